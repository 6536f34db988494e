-- The user's own audio files, as the last scan of their music folders read them (never
-- modified): a file is read again only when its size or modification time changed.
CREATE TABLE music_files (
    path         TEXT PRIMARY KEY NOT NULL,
    size         INTEGER NOT NULL,
    modified_ms  INTEGER NOT NULL,
    isrc         TEXT NOT NULL DEFAULT '',
    artists      TEXT NOT NULL DEFAULT '',
    title        TEXT NOT NULL DEFAULT '',
    album        TEXT NOT NULL DEFAULT '',
    duration_ms  INTEGER NOT NULL DEFAULT 0,
    track_number INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX music_files_isrc ON music_files (isrc);

-- The folders, usually on external drives, that the liked tracks are copied to. mount_root is
-- where the drive was mounted when it was added: a folder that is now on another file system
-- (an empty mount point of an unplugged drive) is not written to.
CREATE TABLE drives (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    path       TEXT NOT NULL UNIQUE,
    mount_root TEXT NOT NULL DEFAULT '',
    added_at   TEXT NOT NULL
);

-- The audio files MelodyHue placed on each drive, recorded only once each is in place.
-- owned = 0: an identical file of the user's was already there; MelodyHue never moves it.
CREATE TABLE drive_files (
    drive_id      INTEGER NOT NULL REFERENCES drives (id) ON DELETE CASCADE,
    service       TEXT NOT NULL,
    track_id      TEXT NOT NULL,
    relative_path TEXT NOT NULL,
    size          INTEGER NOT NULL,
    owned         INTEGER NOT NULL,
    placed_at     TEXT NOT NULL,
    PRIMARY KEY (drive_id, service, track_id)
);
