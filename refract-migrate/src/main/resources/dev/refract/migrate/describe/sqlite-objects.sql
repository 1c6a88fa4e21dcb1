-- Tables and views, SQLite's own tables left out, by name.
SELECT type, name, sql
FROM sqlite_master
WHERE type IN ('table', 'view')
  AND name NOT LIKE 'sqlite_%'
ORDER BY name
