-- Profiles: one per identity-provider subject, with per-field visibility flags.

CREATE TABLE profile (
    id               BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    -- The token's "sub": stable, unlike usernames, which an identity provider may change.
    subject          TEXT        NOT NULL,
    handle           VARCHAR(15) NOT NULL CHECK (handle ~ '^[A-Za-z0-9_]{1,15}$'),
    name             VARCHAR(100) NOT NULL,
    email            VARCHAR(254) NOT NULL,
    birthday         DATE,
    gender           VARCHAR(11) NOT NULL DEFAULT 'UNSPECIFIED'
                     CHECK (gender IN ('MALE', 'FEMALE', 'UNSPECIFIED')),
    website          VARCHAR(2048),
    im_aim           VARCHAR(100),
    im_icq           VARCHAR(100),
    im_yahoo         VARCHAR(100),
    im_msn           VARCHAR(100),
    im_jabber        VARCHAR(100),
    location_city    VARCHAR(100),
    location_state   VARCHAR(100),
    location_country VARCHAR(2),
    location_zip     VARCHAR(10),
    phone            VARCHAR(16),
    visibility       JSONB       NOT NULL,
    version          BIGINT      NOT NULL,
    created_at       TIMESTAMPTZ NOT NULL,
    updated_at       TIMESTAMPTZ NOT NULL,
    CONSTRAINT profile_subject_key UNIQUE (subject),
    CONSTRAINT visibility_is_object CHECK (jsonb_typeof(visibility) = 'object'),
    -- Defence in depth: whatever the application does, fields the policy keeps private can never
    -- be flagged PUBLIC in the database.
    CONSTRAINT private_fields_stay_private CHECK (
        COALESCE(visibility ->> 'birthday', 'PRIVATE') = 'PRIVATE'
        AND COALESCE(visibility ->> 'gender', 'PRIVATE') = 'PRIVATE'
        AND COALESCE(visibility ->> 'location.zip', 'PRIVATE') = 'PRIVATE'
        AND COALESCE(visibility ->> 'phone', 'PRIVATE') = 'PRIVATE')
);

-- Handles are unique ignoring letter case, and looked up the same way.
CREATE UNIQUE INDEX profile_handle_lower_key ON profile (lower(handle));
