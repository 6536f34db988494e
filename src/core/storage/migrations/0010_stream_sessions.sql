-- The streams and recordings OBS made, as MelodyHue saw them: their tracks are those of the
-- play history between the two times. Times are UTC, ISO 8601 with milliseconds; ended_at is
-- empty while it runs.
CREATE TABLE stream_sessions (
    id         INTEGER PRIMARY KEY,
    kind       TEXT NOT NULL CHECK (kind IN ('stream', 'recording')),
    started_at TEXT NOT NULL,
    ended_at   TEXT NOT NULL DEFAULT ''
);
CREATE INDEX stream_sessions_started ON stream_sessions (started_at);
