-- The user directory: who consented to be listed, in listing order.

-- Partial, so it holds only the profiles that can be listed; its columns are the directory's
-- sort key, so a page (filtered by country or state, or continuing after a cursor) is a short
-- index range scan rather than a sort of the table. Byte order ("C") keeps the listing order the
-- same on every server, whatever its locale. Whether an account is still active depends on the
-- clock, so that is checked on the rows the index yields.
CREATE INDEX profile_directory_idx ON profile (
    location_country COLLATE "C",
    (lower(coalesce(location_state, ''))) COLLATE "C",
    (lower(coalesce(location_city, ''))) COLLATE "C",
    (coalesce(location_zip, '')) COLLATE "C",
    (lower(handle)) COLLATE "C")
    WHERE location_country IS NOT NULL
      AND consents @> '{"directory_listing": true}'::jsonb;

-- Demographics count every active profile once per request in a single aggregate, which a
-- sequential scan serves best; they need no index.
