-- Index columns (primary keys, unique and plain indexes) in the given schemas (?: text[]).
-- column_name is null for an expression; is_default_opclass tells whether the operator class was written.
SELECT n.nspname AS namespace, t.relname AS table_name, i.relname AS index_name,
       ix.indisunique AS is_unique, ix.indisprimary AS is_primary,
       pg_get_expr(ix.indpred, ix.indrelid) AS predicate,
       am.amname AS method,
       k.ord AS position,
       a.attname AS column_name,
       (ix.indoption[k.ord - 1] & 1) = 1 AS descending,
       opc.opcname AS opclass,
       opc.opcdefault AS is_default_opclass
FROM pg_index ix
JOIN pg_class i ON i.oid = ix.indexrelid
JOIN pg_class t ON t.oid = ix.indrelid
JOIN pg_namespace n ON n.oid = t.relnamespace
JOIN pg_am am ON am.oid = i.relam
CROSS JOIN LATERAL unnest(ix.indkey::int2[]) WITH ORDINALITY AS k(attnum, ord)
LEFT JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum AND k.attnum <> 0
LEFT JOIN pg_opclass opc ON opc.oid = ix.indclass[k.ord - 1]
WHERE n.nspname = ANY(?)
  AND k.ord <= ix.indnkeyatts
  AND t.relkind IN ('r', 'p')
ORDER BY n.nspname, t.relname, i.relname, k.ord
