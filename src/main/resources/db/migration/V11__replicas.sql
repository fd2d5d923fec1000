-- State that every replica of the service must share (issue 11, docs/replicas.md).

-- One row per scheduled job: the last period (epoch milliseconds divided by the job's period) that
-- some replica ran. A replica claims a period by raising last_period in the job's own transaction,
-- so a failed or interrupted run gives the period back.
CREATE TABLE scheduled_job (
    name        TEXT        PRIMARY KEY,
    last_period BIGINT      NOT NULL DEFAULT -1,
    runs        BIGINT      NOT NULL DEFAULT 0,
    last_run_at TIMESTAMPTZ
);

-- Keys the replicas must agree on (the directory cursor key), created once by the first replica
-- that needs one (insert if absent) when none is configured. Only the table's owner, the service's
-- database user, may read it.
CREATE TABLE service_secret (
    name       TEXT        PRIMARY KEY,
    value      BYTEA       NOT NULL,
    created_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
REVOKE ALL ON scheduled_job, service_secret FROM PUBLIC;
