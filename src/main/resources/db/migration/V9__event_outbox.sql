-- The transactional outbox of change events (issue 13): written in the transaction of the change,
-- read by the pull feed (GET /internal/events) and, when configured, relayed to RabbitMQ.
-- Rows carry identifiers and field names only, never a personal value; none references the profile
-- row, so an erasure's own event survives the erasure.

CREATE TABLE outbox_event (
    -- The feed's order. Every insert takes one transaction-scoped advisory lock just before it and
    -- holds it to commit (events/ChangeEvents), so positions become visible in the order they
    -- were drawn: a reader never sees a position whose predecessor is still to commit.
    position     BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    id           UUID         NOT NULL DEFAULT gen_random_uuid() UNIQUE,
    type         VARCHAR(60)  NOT NULL,
    handle       VARCHAR(15)  NOT NULL,
    profile_id   BIGINT       NOT NULL,
    sequence     BIGINT       NOT NULL,
    occurred_at  TIMESTAMPTZ  NOT NULL,
    data         JSONB        NOT NULL,
    -- When the broker confirmed the event; null while it waits (or while no relay runs).
    published_at TIMESTAMPTZ,
    CONSTRAINT outbox_event_sequence_key UNIQUE (profile_id, sequence)
);

CREATE INDEX outbox_event_unpublished_idx ON outbox_event (position) WHERE published_at IS NULL;
CREATE INDEX outbox_event_occurred_idx ON outbox_event (occurred_at);

-- The last sequence number given to each profile's events; goes with the profile.
CREATE TABLE event_sequence (
    profile_id BIGINT PRIMARY KEY REFERENCES profile (id) ON DELETE CASCADE,
    last       BIGINT NOT NULL
);

-- The highest position the retention job has deleted: a cursor below it may have missed events.
CREATE TABLE event_retention (
    only_row      BOOLEAN PRIMARY KEY DEFAULT TRUE CHECK (only_row),
    purged_through BIGINT NOT NULL DEFAULT 0
);
INSERT INTO event_retention DEFAULT VALUES;

-- Wakes long-polling readers and the relay when the inserting transaction commits (PostgreSQL
-- delivers notifications at commit and drops them on rollback).
CREATE FUNCTION outbox_event_notify() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('outbox_event', '');
    RETURN NULL;
END;
$$;

CREATE TRIGGER outbox_event_notify AFTER INSERT ON outbox_event
    FOR EACH STATEMENT EXECUTE FUNCTION outbox_event_notify();
