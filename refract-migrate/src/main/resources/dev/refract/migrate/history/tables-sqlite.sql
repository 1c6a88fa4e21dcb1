-- The tables of the main database; SQLite's own (sqlite_sequence, sqlite_stat1...) are ignored.
SELECT name FROM sqlite_master WHERE type IN ('table', 'view') AND name NOT LIKE 'sqlite_%'
