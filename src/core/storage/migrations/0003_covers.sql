-- Covers seen before: their colours and where their image is kept in the cover cache, so a
-- cover costs one download and one computation, ever. Least recently used rows go first when
-- the cache is over its size.
CREATE TABLE covers (
    url        TEXT PRIMARY KEY NOT NULL,
    dominant   TEXT NOT NULL,
    vibrant    TEXT NOT NULL,
    muted      TEXT NOT NULL,
    text_color TEXT NOT NULL,
    -- The image file's name inside the covers folder of the data folder.
    file       TEXT NOT NULL,
    mime_type  TEXT NOT NULL,
    bytes      INTEGER NOT NULL,
    used_at    INTEGER NOT NULL
);
CREATE INDEX covers_used_at ON covers (used_at);
