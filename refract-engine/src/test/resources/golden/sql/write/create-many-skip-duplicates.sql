-- postgresql
INSERT INTO "public"."Pair" ("a","b","v") VALUES (?,?,?),(?,?,?) ON CONFLICT DO NOTHING RETURNING "a", "b"
-- params: [1, x, 1, 2, y, 2]

-- sqlite
INSERT INTO "Pair" ("a","b","v") VALUES (?,?,?),(?,?,?) ON CONFLICT DO NOTHING RETURNING "a", "b"
-- params: [1, x, 1, 2, y, 2]

