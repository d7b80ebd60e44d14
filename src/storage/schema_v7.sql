-- Kehu schema, version 7: Chinese names found by their pinyin, in full or by initials (`wang`,
-- `zhangwei`, `zw` for 张伟). SQLite cannot transliterate, so the writers of customers fill
-- name_pinyin in C++ (NamePinyin: ICU's Han-Latin, one lookup per character) and the
-- migration's C++ step fills it for the customers already in the book. The terms are words
-- ("zhang wei zhangwei zw"), matched by prefix, so they join the word index customer_grams
-- (schema v4) as a second column rather than the trigram index: 1- and 2-letter initials
-- must be found, and a trigram index would also match across syllables ("ngw").
-- An FTS5 table cannot gain a column: customer_grams and the triggers that feed both indexes
-- are made again. The C++ step then fills name_pinyin with the triggers taken out and
-- rebuilds customer_grams once (Migrations::migrate, CustomerSearchIndex).
DROP TRIGGER customers_search_insert;
DROP TRIGGER customers_search_delete;
DROP TRIGGER customers_search_update;
DROP TABLE customer_grams;
ALTER TABLE customers ADD COLUMN name_pinyin TEXT NOT NULL DEFAULT '';
CREATE VIRTUAL TABLE customer_grams USING fts5(
    search_grams, name_pinyin, content='customers', content_rowid='id', prefix='1');

-- As in version 4: each trigger body is one statement for Migrations::runScript.
CREATE TRIGGER customers_search_insert AFTER INSERT ON customers BEGIN
    INSERT INTO customer_search(rowid, name_norm, code, company, phone_norm)
        VALUES (new.id, new.name_norm, new.code, new.company, new.phone_norm)
    ; INSERT INTO customer_grams(rowid, search_grams, name_pinyin) VALUES (new.id, new.search_grams, new.name_pinyin)
    ; END;
CREATE TRIGGER customers_search_delete AFTER DELETE ON customers BEGIN
    INSERT INTO customer_search(customer_search, rowid, name_norm, code, company, phone_norm)
        VALUES ('delete', old.id, old.name_norm, old.code, old.company, old.phone_norm)
    ; INSERT INTO customer_grams(customer_grams, rowid, search_grams, name_pinyin)
        VALUES ('delete', old.id, old.search_grams, old.name_pinyin)
    ; END;
CREATE TRIGGER customers_search_update AFTER UPDATE OF name_norm, code, company, phone_norm, name_pinyin ON customers BEGIN
    INSERT INTO customer_search(customer_search, rowid, name_norm, code, company, phone_norm)
        VALUES ('delete', old.id, old.name_norm, old.code, old.company, old.phone_norm)
    ; INSERT INTO customer_grams(customer_grams, rowid, search_grams, name_pinyin)
        VALUES ('delete', old.id, old.search_grams, old.name_pinyin)
    ; INSERT INTO customer_search(rowid, name_norm, code, company, phone_norm)
        VALUES (new.id, new.name_norm, new.code, new.company, new.phone_norm)
    ; INSERT INTO customer_grams(rowid, search_grams, name_pinyin) VALUES (new.id, new.search_grams, new.name_pinyin)
    ; END;
