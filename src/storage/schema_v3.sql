-- Kehu schema, version 3: follow-up lists per owner, survey and visit periods, owner
-- targets, and per-snapshot aggregates for the dashboard.
CREATE INDEX followups_assignee_open ON followups(assignee, due_on) WHERE done_on IS NULL;
CREATE INDEX followups_due ON followups(due_on);
CREATE INDEX surveys_day ON surveys(surveyed_on);
CREATE INDEX visits_time ON visits(visited_at);

-- Sales targets per owner and quarter ("2025Q4"); money in minor units.
CREATE TABLE owner_targets (
    owner                   TEXT    NOT NULL,
    quarter                 TEXT    NOT NULL,
    revenue_target          INTEGER NOT NULL DEFAULT 0,
    new_customers_target    INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (owner, quarter)
) WITHOUT ROWID;

-- Dashboard aggregates of a snapshot, grouped by the dashboard's filters (owner, region,
-- channel) so that a filter change reads a few thousand rows instead of a million.
-- kind: 'segment' (key1 = segment key), 'abc' (key1 = class), 'rf' (key1 = R, key2 = F),
-- 'churn' (key1 = segment, key2 = churn flag), 'clv_bin' and 'revenue_bin' (key1 = bin
-- index of analytics::valueBin), 'first_month' (key1 = YYYY-MM of the first purchase),
-- 'type' (key1 = customer type). customers counts, revenue and value (CLV) sum minor units.
CREATE TABLE snapshot_aggregates (
    snapshot_id     INTEGER NOT NULL REFERENCES snapshots(id) ON DELETE CASCADE,
    kind            TEXT    NOT NULL,
    owner           TEXT    NOT NULL,
    region          TEXT    NOT NULL,
    channel         TEXT    NOT NULL,
    key1            TEXT    NOT NULL,
    key2            TEXT    NOT NULL DEFAULT '',
    customers       INTEGER NOT NULL,
    revenue         INTEGER NOT NULL,
    value           INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX snapshot_aggregates_kind ON snapshot_aggregates(snapshot_id, kind);
