-- Consents, the append-only privacy ledger, and email verification.

-- Current consents live on the profile row, beside the visibility flags, so that every reader
-- (owner view, mailer look-up, directory) sees them in the same single-row read.
ALTER TABLE profile
    ADD COLUMN consents         JSONB   NOT NULL DEFAULT '{}'::jsonb,
    ADD COLUMN email_verified   BOOLEAN NOT NULL DEFAULT FALSE,
    ADD COLUMN pending_email    VARCHAR(254),
    -- When the address in use stopped being verified (its creation); NULL once it is verified.
    -- Status is computed from it at read time: INACTIVE after the grace period.
    ADD COLUMN unverified_since TIMESTAMPTZ;

UPDATE profile SET unverified_since = created_at WHERE NOT email_verified;

ALTER TABLE profile
    ADD CONSTRAINT consents_is_object CHECK (jsonb_typeof(consents) = 'object'),
    ADD CONSTRAINT verified_exactly_when_no_unverified_since
        CHECK (email_verified = (unverified_since IS NULL));

-- Post by Phone resolves a number to a handle.
CREATE INDEX profile_phone_idx ON profile (phone) WHERE phone IS NOT NULL;

-- Every consent and visibility change, never updated or deleted. It names the owner by the
-- token subject and holds no personal values, so it may outlive an erased profile.
CREATE TABLE privacy_ledger (
    id             BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    owner_subject  TEXT        NOT NULL,
    kind           VARCHAR(10) NOT NULL CHECK (kind IN ('CONSENT', 'VISIBILITY')),
    item           VARCHAR(40) NOT NULL,
    old_value      VARCHAR(10) NOT NULL,
    new_value      VARCHAR(10) NOT NULL,
    policy_version VARCHAR(20) NOT NULL,
    actor          TEXT        NOT NULL,
    channel        VARCHAR(10) NOT NULL,
    recorded_at    TIMESTAMPTZ NOT NULL
);

CREATE INDEX privacy_ledger_owner_idx ON privacy_ledger (owner_subject, id DESC);

-- Privileges do not bind the table's owner or a superuser; a trigger fires for every role.
CREATE FUNCTION privacy_ledger_is_append_only() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    RAISE EXCEPTION 'privacy_ledger is append-only: % refused', TG_OP
        USING ERRCODE = 'insufficient_privilege';
END
$$;

CREATE TRIGGER privacy_ledger_no_update_or_delete
    BEFORE UPDATE OR DELETE ON privacy_ledger
    FOR EACH ROW EXECUTE FUNCTION privacy_ledger_is_append_only();

CREATE TRIGGER privacy_ledger_no_truncate
    BEFORE TRUNCATE ON privacy_ledger
    FOR EACH STATEMENT EXECUTE FUNCTION privacy_ledger_is_append_only();

-- Single-use verification tokens, stored only as SHA-256 hashes.
CREATE TABLE email_verification (
    id         BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    profile_id BIGINT       NOT NULL REFERENCES profile (id) ON DELETE CASCADE,
    email      VARCHAR(254) NOT NULL,
    token_hash VARCHAR(64)  NOT NULL,
    created_at TIMESTAMPTZ  NOT NULL,
    expires_at TIMESTAMPTZ  NOT NULL,
    used_at    TIMESTAMPTZ,
    CONSTRAINT email_verification_token_hash_key UNIQUE (token_hash)
);

CREATE INDEX email_verification_profile_idx ON email_verification (profile_id, created_at DESC);
