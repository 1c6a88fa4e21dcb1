package dev.refract.engine.exec.raw;

import static org.assertj.core.api.Assertions.assertThat;

import dev.refract.engine.ir.Values;
import dev.refract.engine.raw.Sql;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Raw SQL on PostgreSQL: its types, arrays, and Prisma's {@code $n} placeholders. */
class PostgresRawQueryTest extends RawQueryContract {
    @Override
    protected String provider() {
        return "postgresql";
    }

    @Override
    String uniqueCode() {
        return "23505";
    }

    @Override
    String uniqueMessage() {
        return "duplicate key value violates unique constraint \"User_email_key\""; // the primary message
    }

    @Override
    String syntaxErrorCode() {
        return "42601";
    }

    @Test
    void postgresTypesMapAsPrismaMapsThem() {
        Map<String, Object> row = engine().queryRaw(Sql.of("SELECT 1::int2 AS s, 2::int4 AS i, 3::int8 AS l,"
                + " 1.25::numeric AS n, 1.5::float4 AS f4, 2.5::float8 AS f8, true AS b, 'x'::varchar AS v,"
                + " 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11'::uuid AS u, '2024-01-02 03:04:05.006'::timestamp AS ts,"
                + " '2024-01-02 03:04:05+02'::timestamptz AS tz, '2024-01-02'::date AS d, '12:34:56'::time AS t,"
                + " '{\"k\": 1}'::json AS j, '{\"k\": 1}'::jsonb AS jb, '\\x00ff'::bytea AS by,"
                + " ARRAY[1, 2, NULL]::int4[] AS ai, ARRAY['a', 'b']::text[] AS at,"
                + " ARRAY['2024-01-02 00:00:00']::timestamp[] AS ats, NULL::int4 AS nul")).get(0);
        assertThat(row.get("s")).isEqualTo(1);
        assertThat(row.get("i")).isEqualTo(2);
        assertThat(row.get("l")).isEqualTo(3L);
        assertThat(row.get("n")).isEqualTo(new BigDecimal("1.25"));
        assertThat(row.get("f4")).isEqualTo(1.5);
        assertThat(row.get("f8")).isEqualTo(2.5);
        assertThat(row.get("b")).isEqualTo(true);
        assertThat(row.get("v")).isEqualTo("x");
        assertThat(row.get("u")).isEqualTo("a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11");
        assertThat(row.get("ts")).isEqualTo(Instant.parse("2024-01-02T03:04:05.006Z"));
        assertThat(row.get("tz")).isEqualTo(Instant.parse("2024-01-02T01:04:05Z"));
        assertThat(row.get("d")).isEqualTo(Instant.parse("2024-01-02T00:00:00Z"));
        assertThat(row.get("t")).isEqualTo(Instant.parse("1970-01-01T12:34:56Z"));
        assertThat(row.get("j")).isEqualTo(new Values.Json("{\"k\": 1}"));
        assertThat(row.get("jb")).isEqualTo(new Values.Json("{\"k\": 1}"));
        assertThat((byte[]) row.get("by")).containsExactly(0, 255);
        assertThat(row.get("ai")).isEqualTo(java.util.Arrays.asList(1, 2, null));
        assertThat(row.get("at")).isEqualTo(List.of("a", "b"));
        assertThat(row.get("ats")).isEqualTo(List.of(Instant.parse("2024-01-02T00:00:00Z")));
        assertThat(row).containsEntry("nul", null);
    }

    @Test
    void placeholdersMayRepeatAndComeInAnyOrder() {
        Map<String, Object> row = engine().queryRawUnsafe("SELECT $2::int AS b, $1::text AS a, $2::int + $2::int AS bb,"
                + " '$1 ?' AS lit, \"c\".\"$1\" AS q, $$ $1 ? $$ AS dollar -- $3 ?\n"
                + " FROM (SELECT 7 AS \"$1\") AS c /* $1 /* ? */ $2 */", "one", 2).get(0);
        assertThat(row).containsExactly(Map.entry("b", 2), Map.entry("a", "one"), Map.entry("bb", 4),
                Map.entry("lit", "$1 ?"), Map.entry("q", 7), Map.entry("dollar", " $1 ? "));
        assertThat(events.get(0).params()).containsExactly(2, "one", 2, 2);
    }

    @Test
    void aQuestionMarkOperatorReachesTheServer() {
        Map<String, Object> row = engine().queryRaw(Sql.of("SELECT {}::jsonb ? 'k' AS has, E'it\\'s $1' AS e",
                new Values.Json("{\"k\": 1}"))).get(0);
        assertThat(row).containsEntry("has", true).containsEntry("e", "it's $1");
    }

    @Test
    void aListIsAnArrayParameter() {
        List<Map<String, Object>> rows = engine().queryRaw(Sql.of("SELECT x FROM unnest({}::int[]) AS x WHERE x = ANY({})"
                + " ORDER BY x", List.of(1, 2, 3), List.of(2, 3)));
        assertThat(rows).containsExactly(Map.of("x", 2), Map.of("x", 3));
    }

    @Test
    void anUntypedStringTakesTheTypeOfItsPlace() {
        Map<String, Object> row = engine().queryRaw(Sql.of("SELECT {}::uuid = 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11'"
                + " AS same, {}::timestamptz AS at", "a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11",
                Instant.parse("2024-05-06T07:08:09.010Z"))).get(0);
        assertThat(row).containsEntry("same", true).containsEntry("at", Instant.parse("2024-05-06T07:08:09.010Z"));
    }

    @Test
    void columnTypesComeFromTheRowDescriptionWithoutAskingTheCatalog() throws Exception {
        engine().executeRaw(Sql.of("CREATE TABLE serials (id serial PRIMARY KEY, big bigserial)"));
        engine().executeRaw(Sql.of("INSERT INTO serials DEFAULT VALUES"));
        try (java.sql.Connection c = db().connect(); java.sql.Statement st = c.createStatement();
             java.sql.ResultSet rs = st.executeQuery("SELECT id, big FROM serials")) {
            // pgjdbc's public getColumnTypeName says serial after a catalog query; the row description says int4.
            assertThat(RawColumns.postgresTypeName(rs.getMetaData(), 1)).isEqualTo("int4");
            assertThat(RawColumns.postgresTypeName(rs.getMetaData(), 2)).isEqualTo("int8");
        }
        assertThat(engine().queryRaw(Sql.of("SELECT id, big FROM serials"))).containsExactly(Map.of("id", 1, "big", 1L));
    }
}
