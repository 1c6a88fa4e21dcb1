-- The tables of the current schema (the URL's ?schema=, public by default): whether the history
-- table exists, and whether anything else does (P3005 on a first deploy to a non-empty schema).
SELECT table_name FROM information_schema.tables
WHERE table_schema = current_schema() AND table_type IN ('BASE TABLE', 'VIEW')
