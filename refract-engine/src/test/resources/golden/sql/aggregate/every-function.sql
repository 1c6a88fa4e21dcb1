-- postgresql
SELECT COUNT(*), COUNT("t0"."d"), AVG("t0"."num"), AVG("t0"."big"), AVG("t0"."f"), AVG("t0"."d"), SUM("t0"."num"), SUM("t0"."big"), SUM("t0"."f"), SUM("t0"."d"), MIN("t0"."name"), MIN("t0"."at"), MIN("t0"."role"), BOOL_AND("t0"."flag"), MAX("t0"."name"), MAX("t0"."at"), MAX("t0"."role"), BOOL_OR("t0"."flag") FROM "public"."items" AS "t0"
-- params: []

-- sqlite
SELECT COUNT(*), COUNT("t0"."d"), AVG("t0"."num"), AVG("t0"."big"), AVG("t0"."f"), AVG("t0"."d"), SUM("t0"."num"), SUM("t0"."big"), SUM("t0"."f"), SUM("t0"."d"), MIN("t0"."name"), MIN("t0"."at"), MIN("t0"."role"), MIN("t0"."flag"), MAX("t0"."name"), MAX("t0"."at"), MAX("t0"."role"), MAX("t0"."flag") FROM "items" AS "t0"
-- params: []

