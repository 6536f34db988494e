-- One row per music service the user configured or connected. Secrets (tokens, client
-- secrets) are never here: they live in the system keychain.
CREATE TABLE accounts (
    service       TEXT PRIMARY KEY NOT NULL,
    client_id     TEXT NOT NULL DEFAULT '',
    -- Whether a client secret is in the keychain (the secret itself never is here).
    has_secret    INTEGER NOT NULL DEFAULT 0,
    state         TEXT NOT NULL DEFAULT 'disconnected',
    account_id    TEXT NOT NULL DEFAULT '',
    account_name  TEXT NOT NULL DEFAULT '',
    authorized_at TEXT NOT NULL DEFAULT '',
    updated_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
