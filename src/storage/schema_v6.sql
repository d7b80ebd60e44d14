-- Kehu schema, version 6: which classification is the book's current one. A quarterly review
-- classifies earlier quarter ends it has no snapshot of; those runs are history, made for a
-- comparison, and must never become what the customer book, the exports and the CLI show.
-- The current classification is the newest run a user asked for ('current').
ALTER TABLE snapshots ADD COLUMN purpose TEXT NOT NULL DEFAULT 'current'
    CHECK (purpose IN ('current', 'history'));
-- Books from before version 6 did not record it: a run describing an earlier day than a run
-- stored before it was made for a review.
UPDATE snapshots SET purpose = 'history'
    WHERE EXISTS (SELECT 1 FROM snapshots AS earlier
                  WHERE earlier.id < snapshots.id AND earlier.as_of > snapshots.as_of);
-- The one definition of "current" that every query uses.
CREATE VIEW current_snapshot AS
    SELECT * FROM snapshots WHERE purpose = 'current' ORDER BY id DESC LIMIT 1;
