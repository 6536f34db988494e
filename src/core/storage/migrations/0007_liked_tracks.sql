-- The library: the tracks the user liked on each music service, as the sync last read them.
-- A track unliked since stays, with when it was seen gone, so that its file on a drive can be
-- moved aside rather than lost. Artists are a JSON array. list_order is where the service listed
-- the track when it was last read: it orders tracks liked in the same second as the service does.
CREATE TABLE liked_tracks (
    service     TEXT NOT NULL,
    track_id    TEXT NOT NULL,
    uri         TEXT NOT NULL DEFAULT '',
    title       TEXT NOT NULL DEFAULT '',
    artists     TEXT NOT NULL DEFAULT '[]',
    album       TEXT NOT NULL DEFAULT '',
    duration_ms INTEGER NOT NULL DEFAULT 0,
    isrc        TEXT NOT NULL DEFAULT '',
    added_at    TEXT NOT NULL DEFAULT '',
    cover_url   TEXT NOT NULL DEFAULT '',
    list_order  INTEGER NOT NULL DEFAULT 0,
    first_seen  TEXT NOT NULL,
    unliked_at  TEXT,
    PRIMARY KEY (service, track_id)
);
CREATE INDEX liked_tracks_newest ON liked_tracks (service, added_at DESC, list_order);

-- Where each service's sync stands: the first full read resumes at next_offset after a restart
-- (or a day whose budget it used up); complete once it read everything.
CREATE TABLE sync_progress (
    service     TEXT PRIMARY KEY NOT NULL,
    total       INTEGER NOT NULL DEFAULT 0,
    next_offset INTEGER NOT NULL DEFAULT 0,
    complete    INTEGER NOT NULL DEFAULT 0,
    last_sync   TEXT NOT NULL DEFAULT '',
    last_error  TEXT NOT NULL DEFAULT ''
);
