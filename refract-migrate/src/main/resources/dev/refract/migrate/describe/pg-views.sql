-- Views and materialized views in the given schemas (?: text[]) with their definitions.
SELECT n.nspname AS namespace, c.relname AS view_name, pg_get_viewdef(c.oid, true) AS definition
FROM pg_class c
JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE c.relkind IN ('v', 'm') AND n.nspname = ANY(?)
ORDER BY n.nspname, c.relname
