-- Web API requests per music service and day (the local calendar day), so that a daily budget
-- survives a restart. Old days are dropped as new ones are written.
CREATE TABLE api_usage (
    service  TEXT NOT NULL,
    day      TEXT NOT NULL,
    requests INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (service, day)
);
