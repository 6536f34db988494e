-- The overlays OBS shows as browser sources, at /overlay/{id}. options is a JSON object of the
-- options that the overlay sets; the others take its template's defaults.
CREATE TABLE overlays (
    id         TEXT PRIMARY KEY NOT NULL,
    name       TEXT NOT NULL,
    template   TEXT NOT NULL,
    html       TEXT NOT NULL DEFAULT '',
    css        TEXT NOT NULL DEFAULT '',
    options    TEXT NOT NULL DEFAULT '{}',
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);

-- A first overlay, so that a new user has an address to give OBS at once.
INSERT INTO overlays (id, name, template) VALUES ('now-playing', 'Now playing', 'default');
