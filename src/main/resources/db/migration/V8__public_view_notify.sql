-- Every committed change or deletion of a profile row is announced on channel profile_public_view,
-- with the lower-case handle as payload, so that every replica evicts its cached public view of it.
-- pg_notify inside the writing transaction is delivered only when it commits (and once per
-- distinct payload), and a trigger catches every writer: the API, a job, or SQL by hand. A new row
-- needs no announcement: no replica keeps a view of a handle that had no active profile.
CREATE FUNCTION profile_public_view_changed() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    IF TG_OP = 'DELETE' THEN
        PERFORM pg_notify('profile_public_view', lower(OLD.handle));
    ELSE
        PERFORM pg_notify('profile_public_view', lower(NEW.handle));
    END IF;
    RETURN NULL;
END;
$$;

CREATE TRIGGER profile_public_view_changed
    AFTER UPDATE OR DELETE ON profile
    FOR EACH ROW EXECUTE FUNCTION profile_public_view_changed();
