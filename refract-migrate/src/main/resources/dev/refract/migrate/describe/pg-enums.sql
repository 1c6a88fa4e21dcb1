-- Enum types in the given schemas (?: text[]) with their values in declaration order.
SELECT n.nspname AS namespace, t.typname AS enum_name, e.enumlabel AS value
FROM pg_type t
JOIN pg_namespace n ON n.oid = t.typnamespace
JOIN pg_enum e ON e.enumtypid = t.oid
WHERE t.typtype = 'e' AND n.nspname = ANY(?)
ORDER BY n.nspname, t.typname, e.enumsortorder
