-- IP addresses of comments on a journal, logged only while its owner consents.

CREATE TABLE comment_ip (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    profile_id  BIGINT       NOT NULL REFERENCES profile (id) ON DELETE CASCADE,
    comment_id  VARCHAR(100) NOT NULL,
    ip          INET         NOT NULL,
    posted_at   TIMESTAMPTZ  NOT NULL,
    recorded_at TIMESTAMPTZ  NOT NULL,
    -- A comment is logged once, however often the comments service retries.
    CONSTRAINT comment_ip_comment_key UNIQUE (profile_id, comment_id)
);

CREATE INDEX comment_ip_owner_idx ON comment_ip (profile_id, posted_at DESC);
-- The retention job deletes by age.
CREATE INDEX comment_ip_posted_idx ON comment_ip (posted_at);
