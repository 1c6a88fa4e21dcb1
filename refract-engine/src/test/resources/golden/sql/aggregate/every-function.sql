-- postgresql
SELECT COUNT(*), COUNT("d"), AVG("num"), AVG("big"), AVG("f"), AVG("d"), SUM("num"), SUM("big"), SUM("f"), SUM("d"), MIN("name"), MIN("at"), MIN("role"), BOOL_AND("flag"), MAX("name"), MAX("at"), MAX("role"), BOOL_OR("flag") FROM (SELECT "t0"."d", "t0"."num", "t0"."big", "t0"."f", "t0"."name", "t0"."at", "t0"."role", "t0"."flag" FROM "public"."items" AS "t0") AS "sub"
-- params: []

-- sqlite
SELECT COUNT(*), COUNT("d"), AVG("num"), AVG("big"), AVG("f"), AVG("d"), SUM("num"), SUM("big"), SUM("f"), SUM("d"), MIN("name"), MIN("at"), MIN("role"), MIN("flag"), MAX("name"), MAX("at"), MAX("role"), MAX("flag") FROM (SELECT "t0"."d", "t0"."num", "t0"."big", "t0"."f", "t0"."name", "t0"."at", "t0"."role", "t0"."flag" FROM "items" AS "t0") AS "sub"
-- params: []

