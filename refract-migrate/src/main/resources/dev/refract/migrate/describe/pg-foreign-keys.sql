-- Foreign keys in the given schemas (?: text[]), one row per column pair.
SELECT n.nspname AS namespace, t.relname AS table_name, con.conname AS constraint_name,
       con.confdeltype AS on_delete, con.confupdtype AS on_update,
       rn.nspname AS referenced_namespace, rt.relname AS referenced_table,
       k.ord AS position, a.attname AS column_name, ra.attname AS referenced_column
FROM pg_constraint con
JOIN pg_class t ON t.oid = con.conrelid
JOIN pg_namespace n ON n.oid = t.relnamespace
JOIN pg_class rt ON rt.oid = con.confrelid
JOIN pg_namespace rn ON rn.oid = rt.relnamespace
CROSS JOIN LATERAL unnest(con.conkey, con.confkey) WITH ORDINALITY AS k(col, refcol, ord)
JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.col
JOIN pg_attribute ra ON ra.attrelid = con.confrelid AND ra.attnum = k.refcol
WHERE con.contype = 'f' AND n.nspname = ANY(?)
ORDER BY n.nspname, t.relname, con.conname, k.ord
