-- Kehu schema, version 8: people sign in, and every change says who made it.
-- users is made again: nothing used it before, and SQLite cannot change a CHECK. A password
-- is stored only as libsodium's Argon2id string (algorithm, cost and salt with the hash).
-- failed_sign_ins and locked_until slow down guessing: each failure after the third doubles
-- the wait before the next try (UserDirectory).
DROP TABLE users;
CREATE TABLE users (
    id              INTEGER PRIMARY KEY,
    name            TEXT    NOT NULL UNIQUE,
    role            TEXT    NOT NULL CHECK (role IN ('owner','manager','staff','viewer')),
    team            TEXT    NOT NULL DEFAULT '',
    password_hash   TEXT    NOT NULL,
    disabled        INTEGER NOT NULL DEFAULT 0,
    failed_sign_ins INTEGER NOT NULL DEFAULT 0,
    locked_until    TEXT,
    created_at      TEXT    NOT NULL
);

-- One record per operation: who (user_name), what (action), on which record (entity,
-- entity_id; customer_id when it concerns one customer, kept after the customer is erased,
-- so no foreign key), whether it was done, refused or failed, and the values before and
-- after as JSON.
ALTER TABLE audit_log ADD COLUMN outcome TEXT NOT NULL DEFAULT 'done' CHECK (outcome IN ('done','refused','failed'));
ALTER TABLE audit_log ADD COLUMN customer_id INTEGER;
ALTER TABLE audit_log ADD COLUMN before_json TEXT NOT NULL DEFAULT '';
ALTER TABLE audit_log ADD COLUMN after_json TEXT NOT NULL DEFAULT '';
CREATE INDEX audit_log_at ON audit_log(at);
CREATE INDEX audit_log_user ON audit_log(user_name, at);
CREATE INDEX audit_log_customer ON audit_log(customer_id, at) WHERE customer_id IS NOT NULL;

-- Marketing consent with the day it was given or withdrawn; erased_at marks a person whose
-- identity was removed on request (their purchases stay, anonymous, for the figures).
ALTER TABLE customers ADD COLUMN marketing_consent INTEGER NOT NULL DEFAULT 0;
ALTER TABLE customers ADD COLUMN consent_on TEXT;
ALTER TABLE customers ADD COLUMN erased_at TEXT;
