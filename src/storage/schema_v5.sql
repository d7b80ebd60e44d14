-- Kehu schema, version 5: snapshot rows in a rowid table. As a WITHOUT ROWID table keyed by
-- (snapshot, customer), a million-row snapshot went in at random places of both the table and
-- the CLV-ordered indexes of version 2 (20 s on the 1M-customer benchmark). With a rowid the
-- writer appends rows in CLV order, so the table and the CLV indexes grow at their ends and
-- only the small (snapshot, customer) index is written at random.
CREATE TABLE snapshot_rows_v5 (
    id                  INTEGER PRIMARY KEY,
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
    churn_reason        TEXT
);
INSERT INTO snapshot_rows_v5 (snapshot_id, customer_id, first_purchase_on, last_purchase_on, recency_days,
                              frequency, orders, monetary, revenue, profit, r_score, f_score, m_score,
                              rfm_segment, abc_class, behaviour, value_tier, clv, p_alive, expected_purchases,
                              churn_flag, churn_reason)
    SELECT snapshot_id, customer_id, first_purchase_on, last_purchase_on, recency_days, frequency, orders,
           monetary, revenue, profit, r_score, f_score, m_score, rfm_segment, abc_class, behaviour, value_tier,
           clv, p_alive, expected_purchases, churn_flag, churn_reason
    FROM snapshot_rows ORDER BY snapshot_id, ifnull(clv, -1), customer_id;
DROP TABLE snapshot_rows;
ALTER TABLE snapshot_rows_v5 RENAME TO snapshot_rows;
CREATE UNIQUE INDEX snapshot_rows_customer ON snapshot_rows(snapshot_id, customer_id);
CREATE INDEX snapshot_rows_clv ON snapshot_rows(snapshot_id, ifnull(clv, -1), customer_id);
CREATE INDEX snapshot_rows_churn_clv ON snapshot_rows(snapshot_id, churn_flag, ifnull(clv, -1), customer_id);
