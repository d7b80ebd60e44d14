-- Kehu schema, version 4: instant search in the customer book. LIKE '%text%' over a million
-- rows scanned the whole table for text that matches few customers (0.8-4.4 s per keystroke);
-- these FTS5 indexes find the matching ids in a few milliseconds.
--
-- customer_search: trigram index of the normalised name, code, company and phone digits, for
-- queries of 3 characters or more (a trigram phrase matches any substring of a column).
-- customer_grams: the trigram tokenizer cannot serve 1- and 2-character queries, yet many Chinese
-- names have 2 characters. search_grams lists the name's character pairs ("张建国" gives
-- "张建 建国 国"), so a 2-character query is one token and a 1-character query a prefix
-- (prefix='1' indexes those). Only the first 8 positions: longer names still match from 3
-- characters through customer_search, and each extra position costs every insert.
-- Both read their text from customers (external content) and are kept in step by triggers, so
-- every writer (repositories, importers, merges, the CLI) stays in sync without knowing.
ALTER TABLE customers ADD COLUMN search_grams TEXT GENERATED ALWAYS AS (
    substr(name_norm, 1, 2) || ' ' || substr(name_norm, 2, 2) || ' ' || substr(name_norm, 3, 2) || ' ' || substr(name_norm, 4, 2) || ' ' || substr(name_norm, 5, 2) || ' ' || substr(name_norm, 6, 2) || ' ' || substr(name_norm, 7, 2) || ' ' || substr(name_norm, 8, 2)) VIRTUAL;
CREATE VIRTUAL TABLE customer_search USING fts5(
    name_norm, code, company, phone_norm, content='customers', content_rowid='id', tokenize='trigram');
CREATE VIRTUAL TABLE customer_grams USING fts5(
    search_grams, content='customers', content_rowid='id', prefix='1');

-- Each trigger body is one statement for Migrations::runScript, which ends a statement at a
-- line ending in ';': the inner statements therefore end with ')' and the next line starts
-- with ';'. Updates of other columns (notes, version, ...) do not touch the indexes.
CREATE TRIGGER customers_search_insert AFTER INSERT ON customers BEGIN
    INSERT INTO customer_search(rowid, name_norm, code, company, phone_norm)
        VALUES (new.id, new.name_norm, new.code, new.company, new.phone_norm)
    ; INSERT INTO customer_grams(rowid, search_grams) VALUES (new.id, new.search_grams)
    ; END;
CREATE TRIGGER customers_search_delete AFTER DELETE ON customers BEGIN
    INSERT INTO customer_search(customer_search, rowid, name_norm, code, company, phone_norm)
        VALUES ('delete', old.id, old.name_norm, old.code, old.company, old.phone_norm)
    ; INSERT INTO customer_grams(customer_grams, rowid, search_grams) VALUES ('delete', old.id, old.search_grams)
    ; END;
CREATE TRIGGER customers_search_update AFTER UPDATE OF name_norm, code, company, phone_norm ON customers BEGIN
    INSERT INTO customer_search(customer_search, rowid, name_norm, code, company, phone_norm)
        VALUES ('delete', old.id, old.name_norm, old.code, old.company, old.phone_norm)
    ; INSERT INTO customer_grams(customer_grams, rowid, search_grams) VALUES ('delete', old.id, old.search_grams)
    ; INSERT INTO customer_search(rowid, name_norm, code, company, phone_norm)
        VALUES (new.id, new.name_norm, new.code, new.company, new.phone_norm)
    ; INSERT INTO customer_grams(rowid, search_grams) VALUES (new.id, new.search_grams)
    ; END;

-- Existing customers become searchable (about 10 s per million customers).
INSERT INTO customer_search(customer_search) VALUES ('rebuild');
INSERT INTO customer_grams(customer_grams) VALUES ('rebuild');

-- The status bar's live-customer count: count(*) over the smallest index minus the deleted
-- ones, which this small partial index finds without reading the table (0.23 s -> ~15 ms).
CREATE INDEX customers_deleted ON customers(deleted_at) WHERE deleted_at IS NOT NULL;
