-- Profile pictures, stored in the database beside the profile they represent.

CREATE TABLE picture (
    profile_id   BIGINT      PRIMARY KEY REFERENCES profile (id) ON DELETE CASCADE,
    content_type VARCHAR(20) NOT NULL CHECK (content_type IN ('image/jpeg', 'image/png', 'image/gif')),
    bytes        BYTEA       NOT NULL CHECK (octet_length(bytes) <= 40960),
    sha256       VARCHAR(64) NOT NULL,
    width        INTEGER     NOT NULL CHECK (width BETWEEN 1 AND 100),
    height       INTEGER     NOT NULL CHECK (height BETWEEN 1 AND 100),
    updated_at   TIMESTAMPTZ NOT NULL
);

-- The picture's hash on the profile row lets the public view link to it (and tell caches its
-- version) without a second statement.
ALTER TABLE profile ADD COLUMN picture_sha256 VARCHAR(64);
