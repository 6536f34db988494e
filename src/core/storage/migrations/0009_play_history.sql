-- Every track played, for the setlist, VOD chapters, /recent.txt and /api/history. Times are
-- UTC, ISO 8601 with milliseconds; ended_at is empty while the track plays (a killed process
-- leaves it so, and the next start closes it at the track's length). Rows older than
-- `history_days` are dropped.
CREATE TABLE play_history (
    id          INTEGER PRIMARY KEY,
    started_at  TEXT NOT NULL,
    ended_at    TEXT NOT NULL DEFAULT '',
    source      TEXT NOT NULL,
    reporter    TEXT NOT NULL DEFAULT '',
    service     TEXT NOT NULL DEFAULT '',
    type        TEXT NOT NULL DEFAULT 'track',
    uri         TEXT NOT NULL DEFAULT '',
    title       TEXT NOT NULL,
    artists     TEXT NOT NULL DEFAULT '[]',
    album       TEXT NOT NULL DEFAULT '',
    duration_ms INTEGER NOT NULL DEFAULT 0,
    -- 1 safe to stream, 0 not, NULL when the stream-safe guard was off.
    stream_safe INTEGER,
    muted       INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX play_history_started ON play_history (started_at);
