-- Kehu schema, version 1. Released steps are never edited: add a new step instead.
-- Money columns are INTEGER minor units (fen / cents); dates are ISO-8601 text.
CREATE TABLE customers (
    id              INTEGER PRIMARY KEY,
    code            TEXT    NOT NULL UNIQUE,
    name            TEXT    NOT NULL DEFAULT '',
    phone           TEXT    NOT NULL DEFAULT '',
    phone_norm      TEXT    NOT NULL DEFAULT '',
    email           TEXT    NOT NULL DEFAULT '',
    email_norm      TEXT    NOT NULL DEFAULT '',
    name_norm       TEXT    NOT NULL DEFAULT '',
    company         TEXT    NOT NULL DEFAULT '',
    industry        TEXT    NOT NULL DEFAULT '',
    company_size    TEXT    NOT NULL DEFAULT '',
    region          TEXT    NOT NULL DEFAULT '',
    channel         TEXT    NOT NULL DEFAULT '',
    owner           TEXT    NOT NULL DEFAULT '',
    lifecycle       TEXT    NOT NULL DEFAULT 'active',
    personality     TEXT    NOT NULL DEFAULT 'unknown'
                    CHECK (personality IN ('unknown','analytic','expressive','amiable','steady')),
    customer_type   TEXT    NOT NULL DEFAULT 'end_customer',
    explicit_needs  TEXT    NOT NULL DEFAULT '',
    implicit_needs  TEXT    NOT NULL DEFAULT '',
    budget          INTEGER,
    preferences     TEXT    NOT NULL DEFAULT '',
    tags            TEXT    NOT NULL DEFAULT '',
    notes           TEXT    NOT NULL DEFAULT '',
    created_at      TEXT    NOT NULL,
    updated_at      TEXT    NOT NULL,
    version         INTEGER NOT NULL DEFAULT 1,
    deleted_at      TEXT
);
CREATE INDEX customers_phone_norm ON customers(phone_norm) WHERE phone_norm <> '';
CREATE INDEX customers_email_norm ON customers(email_norm) WHERE email_norm <> '';
CREATE INDEX customers_name_norm ON customers(name_norm);

-- import_key is a hash of the row's source reference (or of its amount and line), so that
-- importing the same file twice inserts nothing; it is unique per customer and day only,
-- which lets one index serve both that check and the per-customer history.
CREATE TABLE purchases (
    id              INTEGER PRIMARY KEY,
    customer_id     INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    purchased_on    TEXT    NOT NULL,
    amount          INTEGER NOT NULL,
    profit          INTEGER,
    quantity        INTEGER NOT NULL DEFAULT 1,
    channel         TEXT    NOT NULL DEFAULT '',
    source_ref      TEXT    NOT NULL DEFAULT '',
    import_key      INTEGER NOT NULL
);
CREATE UNIQUE INDEX purchases_customer_day_key ON purchases(customer_id, purchased_on, import_key);

CREATE TABLE visits (
    id              INTEGER PRIMARY KEY,
    customer_id     INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    visited_at      TEXT    NOT NULL,
    kind            TEXT    NOT NULL DEFAULT 'store'
                    CHECK (kind IN ('store','call','on_site','online')),
    staff           TEXT    NOT NULL DEFAULT '',
    amount          INTEGER,
    satisfaction    INTEGER CHECK (satisfaction BETWEEN 1 AND 5),
    note            TEXT    NOT NULL DEFAULT '',
    next_followup   TEXT,
    import_key      INTEGER
);
CREATE INDEX visits_customer_time ON visits(customer_id, visited_at);
CREATE UNIQUE INDEX visits_import_key ON visits(import_key) WHERE import_key IS NOT NULL;

CREATE TABLE surveys (
    id              INTEGER PRIMARY KEY,
    customer_id     INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    surveyed_on     TEXT    NOT NULL,
    nps             INTEGER CHECK (nps BETWEEN 0 AND 10),
    csat            INTEGER CHECK (csat BETWEEN 1 AND 5),
    comment         TEXT    NOT NULL DEFAULT '',
    import_key      INTEGER
);
CREATE INDEX surveys_customer_day ON surveys(customer_id, surveyed_on);
CREATE UNIQUE INDEX surveys_import_key ON surveys(import_key) WHERE import_key IS NOT NULL;

CREATE TABLE followups (
    id              INTEGER PRIMARY KEY,
    customer_id     INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    due_on          TEXT    NOT NULL,
    done_on         TEXT,
    assignee        TEXT    NOT NULL DEFAULT '',
    reason          TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX followups_open_due ON followups(due_on) WHERE done_on IS NULL;
CREATE INDEX followups_customer ON followups(customer_id);

CREATE TABLE churn_events (
    id              INTEGER PRIMARY KEY,
    customer_id     INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    flagged_on      TEXT    NOT NULL,
    reason          TEXT    NOT NULL
                    CHECK (reason IN ('service','price','needs_changed','competitor','moved','other')),
    note            TEXT    NOT NULL DEFAULT '',
    outcome         TEXT    NOT NULL DEFAULT 'open' CHECK (outcome IN ('open','won_back','lost')),
    outcome_on      TEXT
);
CREATE INDEX churn_events_customer ON churn_events(customer_id);

-- A classification run, frozen: its parameters as JSON and one row per customer.
CREATE TABLE snapshots (
    id              INTEGER PRIMARY KEY,
    taken_at        TEXT    NOT NULL,
    as_of           TEXT    NOT NULL,
    label           TEXT    NOT NULL DEFAULT '',
    parameters      TEXT    NOT NULL DEFAULT '{}',
    summary         TEXT    NOT NULL DEFAULT '{}',
    frozen          INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE snapshot_rows (
    snapshot_id         INTEGER NOT NULL REFERENCES snapshots(id) ON DELETE CASCADE,
    customer_id         INTEGER NOT NULL,
    first_purchase_on   TEXT,
    last_purchase_on    TEXT,
    recency_days        INTEGER,
    frequency           INTEGER NOT NULL DEFAULT 0,
    orders              INTEGER NOT NULL DEFAULT 0,
    monetary            INTEGER NOT NULL DEFAULT 0,
    revenue             INTEGER NOT NULL DEFAULT 0,
    profit              INTEGER NOT NULL DEFAULT 0,
    r_score             INTEGER,
    f_score             INTEGER,
    m_score             INTEGER,
    rfm_segment         TEXT,
    abc_class           TEXT,
    behaviour           TEXT,
    value_tier          TEXT,
    clv                 INTEGER,
    p_alive             REAL,
    expected_purchases  REAL,
    churn_flag          TEXT,
    churn_reason        TEXT,
    PRIMARY KEY (snapshot_id, customer_id)
) WITHOUT ROWID;

CREATE TABLE users (
    id              INTEGER PRIMARY KEY,
    name            TEXT    NOT NULL UNIQUE,
    role            TEXT    NOT NULL DEFAULT 'staff' CHECK (role IN ('admin','manager','staff')),
    password_hash   TEXT    NOT NULL DEFAULT ''
);

CREATE TABLE audit_log (
    id              INTEGER PRIMARY KEY,
    at              TEXT    NOT NULL,
    user_name       TEXT    NOT NULL DEFAULT '',
    action          TEXT    NOT NULL,
    entity          TEXT    NOT NULL DEFAULT '',
    entity_id       INTEGER,
    detail          TEXT    NOT NULL DEFAULT ''
);

CREATE TABLE settings (
    key             TEXT    PRIMARY KEY,
    value           TEXT    NOT NULL
) WITHOUT ROWID;
