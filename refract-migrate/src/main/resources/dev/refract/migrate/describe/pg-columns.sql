-- Columns of tables, views and materialized views in the given schemas (?: text[]), in column order.
SELECT n.nspname AS namespace, c.relname AS table_name, c.relkind AS kind, a.attname AS column_name,
       format_type(a.atttypid, a.atttypmod) AS formatted_type,
       CASE WHEN t.typcategory = 'A' THEN et.typname ELSE t.typname END AS type_name,
       CASE WHEN t.typcategory = 'A' THEN etn.nspname ELSE tn.nspname END AS type_namespace,
       CASE WHEN t.typcategory = 'A' THEN et.typtype ELSE t.typtype END AS type_kind,
       t.typcategory = 'A' AS is_array,
       NOT a.attnotnull AS nullable,
       pg_get_expr(d.adbin, d.adrelid) AS default_expr,
       a.attidentity AS identity,
       a.attgenerated AS generated
FROM pg_attribute a
JOIN pg_class c ON c.oid = a.attrelid
JOIN pg_namespace n ON n.oid = c.relnamespace
JOIN pg_type t ON t.oid = a.atttypid
JOIN pg_namespace tn ON tn.oid = t.typnamespace
LEFT JOIN pg_type et ON et.oid = t.typelem
LEFT JOIN pg_namespace etn ON etn.oid = et.typnamespace
LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
WHERE a.attnum > 0 AND NOT a.attisdropped
  AND c.relkind IN ('r', 'p', 'v', 'm')
  AND n.nspname = ANY(?)
  AND NOT c.relispartition
ORDER BY n.nspname, c.relname, a.attnum
