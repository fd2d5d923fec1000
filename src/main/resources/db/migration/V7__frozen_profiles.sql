-- Copies of erased profiles that the law requires to be kept, until the hold ends.

CREATE TABLE frozen_profile (
    id        BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    subject   TEXT         NOT NULL,
    frozen_at TIMESTAMPTZ  NOT NULL,
    reason    VARCHAR(200) NOT NULL,
    document  JSONB        NOT NULL
);

CREATE INDEX frozen_profile_subject_idx ON frozen_profile (subject);
