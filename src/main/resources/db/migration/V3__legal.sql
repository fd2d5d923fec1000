-- Legal-process disclosure (section 7): requests and their targets, the disclosure packages,
-- preservation holds, and an append-only, hash-chained audit log of every legal action.

CREATE TABLE legal_request (
    id                   BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    legal_basis          VARCHAR(14)   NOT NULL
                         CHECK (legal_basis IN ('SEARCH_WARRANT', 'PRESERVATION', 'SUBPOENA',
                                                'COURT_ORDER', 'STATUTE')),
    issuing_authority    VARCHAR(200)  NOT NULL,
    reference_number     VARCHAR(100)  NOT NULL,
    issued_on            DATE          NOT NULL,
    -- Field lists are comma-separated disclosable names (see GET /policy, legalReach).
    requested_fields     VARCHAR(1000) NOT NULL CHECK (requested_fields ~ '^[A-Za-z_.,]*$'),
    non_disclosure_until TIMESTAMPTZ,
    state                VARCHAR(9)    NOT NULL
                         CHECK (state IN ('RECEIVED', 'APPROVED', 'REJECTED', 'FULFILLED')),
    filed_by             TEXT          NOT NULL,
    filed_at             TIMESTAMPTZ   NOT NULL,
    decided_by           TEXT,
    decided_at           TIMESTAMPTZ,
    decision_reason      VARCHAR(2000),
    approved_fields      VARCHAR(1000) CHECK (approved_fields ~ '^[A-Za-z_.,]*$'),
    fulfilled_by         TEXT,
    fulfilled_at         TIMESTAMPTZ,
    -- Defence in depth for the state machine: every state carries the facts that led to it.
    CONSTRAINT decided_requests_record_the_decision CHECK (
        state = 'RECEIVED'
        OR (decided_by IS NOT NULL AND decided_at IS NOT NULL AND decision_reason IS NOT NULL)),
    CONSTRAINT four_eyes CHECK (decided_by IS NULL OR decided_by <> filed_by),
    CONSTRAINT approvals_name_fields CHECK (
        (state IN ('APPROVED', 'FULFILLED')) = (approved_fields IS NOT NULL)),
    CONSTRAINT fulfilled_requests_record_the_disclosure CHECK (
        (state = 'FULFILLED') = (fulfilled_at IS NOT NULL AND fulfilled_by IS NOT NULL)),
    CONSTRAINT preservation_discloses_nothing CHECK (
        legal_basis <> 'PRESERVATION' OR state <> 'FULFILLED')
);

CREATE INDEX legal_request_state_idx ON legal_request (state, id);

-- Each target is resolved to its account at intake: the subject, unlike a profile, outlives
-- erasure, and the owner's notice (GET /me/disclosures) finds requests by it.
CREATE TABLE legal_target (
    id         BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    request_id BIGINT      NOT NULL REFERENCES legal_request (id),
    handle     VARCHAR(15) NOT NULL,
    subject    TEXT        NOT NULL,
    CONSTRAINT legal_target_once_per_request UNIQUE (request_id, subject)
);

CREATE INDEX legal_target_subject_idx ON legal_target (subject);

-- What was disclosed, kept so that a second call returns the very same package.
CREATE TABLE legal_disclosure (
    request_id BIGINT PRIMARY KEY REFERENCES legal_request (id),
    contents   JSONB  NOT NULL,
    CONSTRAINT contents_lists_targets CHECK (jsonb_typeof(contents -> 'targets') = 'array')
);

CREATE TABLE preservation_hold (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    request_id  BIGINT      NOT NULL REFERENCES legal_request (id),
    subject     TEXT        NOT NULL,
    placed_at   TIMESTAMPTZ NOT NULL,
    expires_at  TIMESTAMPTZ NOT NULL,
    extended_by TEXT,
    extended_at TIMESTAMPTZ,
    CONSTRAINT preservation_hold_once_per_target UNIQUE (request_id, subject),
    CONSTRAINT hold_ends_after_it_starts CHECK (expires_at > placed_at),
    CONSTRAINT extension_is_recorded_whole CHECK ((extended_by IS NULL) = (extended_at IS NULL))
);

CREATE INDEX preservation_hold_subject_idx ON preservation_hold (subject, expires_at);

-- The audit log. seq is assigned by the application under the chain-head lock rather than by an
-- identity column: identity values are used up by rolled-back transactions, and the resulting
-- gaps would be indistinguishable from deleted entries.
CREATE TABLE legal_audit_entry (
    seq           BIGINT PRIMARY KEY CHECK (seq > 0),
    at            TIMESTAMPTZ NOT NULL,
    actor         TEXT        NOT NULL,
    action        VARCHAR(13) NOT NULL
                  CHECK (action IN ('FILED', 'DECIDED', 'DISCLOSED', 'ACCESSED', 'HOLD_EXTENDED')),
    request_id    BIGINT      NOT NULL REFERENCES legal_request (id),
    detail        TEXT        NOT NULL,
    previous_hash VARCHAR(64) NOT NULL CHECK (previous_hash ~ '^[0-9a-f]{64}$'),
    hash          VARCHAR(64) NOT NULL CHECK (hash ~ '^[0-9a-f]{64}$'),
    -- A fork (two entries chained onto the same predecessor) cannot be stored at all.
    CONSTRAINT legal_audit_entry_previous_key UNIQUE (previous_hash),
    CONSTRAINT legal_audit_entry_hash_key UNIQUE (hash)
);

-- One row naming the newest entry. Appends lock it (SELECT ... FOR UPDATE) in the transaction of
-- the action they record, so two actions never chain onto the same entry; verification compares
-- it with the stored tail, so a deleted last entry is noticed too.
CREATE TABLE legal_audit_head (
    id        INTEGER PRIMARY KEY CHECK (id = 1),
    last_seq  BIGINT      NOT NULL,
    last_hash VARCHAR(64) NOT NULL
);

INSERT INTO legal_audit_head (id, last_seq, last_hash) VALUES (1, 0, repeat('0', 64));

CREATE FUNCTION legal_audit_append_only() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    RAISE EXCEPTION 'the legal audit log is append-only: % is not allowed', TG_OP
        USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER legal_audit_entry_no_change
    BEFORE UPDATE OR DELETE ON legal_audit_entry
    FOR EACH ROW EXECUTE FUNCTION legal_audit_append_only();

CREATE TRIGGER legal_audit_entry_no_truncate
    BEFORE TRUNCATE ON legal_audit_entry
    FOR EACH STATEMENT EXECUTE FUNCTION legal_audit_append_only();
