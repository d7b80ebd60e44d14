-- Kehu schema, version 2: indexes for the customer book. The list pages through SQL with
-- keyset pagination, so every sortable column needs an index ending in the row id, and the
-- filter chips need their columns indexed. Snapshot columns are sorted through expression
-- indexes (NULL mapped to -1) so that the keyset comparison never meets a NULL.
CREATE INDEX customers_owner ON customers(owner);
CREATE INDEX customers_company ON customers(company);
CREATE INDEX customers_region ON customers(region);
CREATE INDEX customers_industry ON customers(industry);
CREATE INDEX snapshot_rows_clv ON snapshot_rows(snapshot_id, ifnull(clv, -1), customer_id);
CREATE INDEX snapshot_rows_churn_clv ON snapshot_rows(snapshot_id, churn_flag, ifnull(clv, -1), customer_id);
