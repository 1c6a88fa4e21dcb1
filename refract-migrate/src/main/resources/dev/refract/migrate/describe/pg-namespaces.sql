-- Which of the given schemas (?: text[]) exist.
SELECT nspname AS namespace FROM pg_namespace WHERE nspname = ANY(?) ORDER BY nspname
