package dev.refract.engine.exec.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.refract.engine.error.RefractException;
import dev.refract.engine.ir.Values;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * createMany's two bulk paths on PostgreSQL: {@code COPY ... FROM STDIN} for more than one INSERT's
 * worth of rows outside a transaction, and multi-row INSERTs otherwise. The same rows written both
 * ways must be the same rows in the database, whatever their values hold (COPY's separators and
 * escapes, its end-of-data marker, its NULL marker, any Unicode, every scalar type).
 */
class PostgresBulkInsertTest extends WriteDatabase {
    private static final int N = Creates.ROWS_PER_STATEMENT + 5;

    @Override
    String provider() {
        return "postgresql";
    }

    private static final String[] NAMES = {"plain", "tab\there", "new\nline", "cr\rlf\r\n", "back\\slash", "\\.",
        "\\N", "", "é漢😀", "quote'\"", "ends with \\", null};

    /** Row {@code i} of {@code prefix}: every scalar type, with values chosen to trip COPY's text format. */
    private dev.refract.engine.ir.WriteData row(String prefix, int i) {
        return x.data("User", "email", prefix + String.format("%05d", i) + "@x.io",
                "name", NAMES[i % NAMES.length],
                "role", i % 2 == 0 ? "USER" : "ADMIN",
                "views", i - 500,
                "score", i % 7 == 0 ? Double.NaN : i % 11 == 0 ? Double.NEGATIVE_INFINITY : i / 3.0,
                "balance", new BigDecimal("12345678901234567890.123456789").add(BigDecimal.valueOf(i)),
                "big", Long.MAX_VALUE - i,
                "active", i % 3 == 0,
                "meta", i % 5 == 0 ? null : new Values.Json("{\"k\":\"v\\t" + i + "\\n\\\\\",\"a\":[1,2.5,null]}"),
                "createdAt", Instant.ofEpochMilli(1_700_000_000_123L + i * 1000L),
                "updatedAt", Instant.ofEpochSecond(1_700_000_000L, 999_999_999L));
    }

    private List<dev.refract.engine.ir.WriteData> rows(String prefix) {
        List<dev.refract.engine.ir.WriteData> out = new ArrayList<>();
        for (int i = 0; i < N; i++) {
            out.add(row(prefix, i));
        }
        return out;
    }

    @Test
    void copiedRowsAreTheRowsInsertsWrite() throws Exception {
        assertThat(engine.execute(x.createMany("User", rows("c"), false, null))).isEqualTo(Map.of("count", N));
        assertThat(statements()).hasSize(1);
        assertThat(statements().get(0)).startsWith("COPY \"users\" (");
        events.clear();
        // The same rows inside a transaction go as INSERTs.
        Object inTransaction = engine.transaction(tx -> tx.execute(x.createMany("User", rows("i"), false, null)));
        assertThat(inTransaction).isEqualTo(Map.of("count", N));
        assertThat(statements()).noneMatch(s -> s.startsWith("COPY"));
        assertThat(statements().stream().filter(s -> s.startsWith("INSERT")).count()).isEqualTo(2);
        assertThat(table("c")).hasSize(N).isEqualTo(table("i"));
    }

    @Test
    void skipDuplicatesInsertsSinceCopyCannotSkip() throws Exception {
        engine.execute(x.createMany("User", rows("s").subList(0, 3), false, null));
        events.clear();
        assertThat(engine.execute(x.createMany("User", rows("s"), true, null))).isEqualTo(Map.of("count", N - 3));
        assertThat(statements()).hasSize(4).startsWith("BEGIN").endsWith("COMMIT");
        assertThat(statements().get(1)).startsWith("INSERT INTO").endsWith("ON CONFLICT DO NOTHING");
    }

    @Test
    void aFailedCopyInsertsNothingAndIsP2002() throws Exception {
        List<dev.refract.engine.ir.WriteData> rows = rows("d");
        rows.add(row("d", 7)); // a duplicate email in the last row
        assertThatThrownBy(() -> engine.execute(x.createMany("User", rows, false, null)))
                .isInstanceOfSatisfying(RefractException.class, e -> {
                    assertThat(e.code()).isEqualTo("P2002");
                    assertThat(e.getMessage()).contains("email");
                });
        assertThat(count("users")).isZero();
        // The connection went back usable.
        assertThat(engine.execute(x.createMany("User", rows("e"), false, null))).isEqualTo(Map.of("count", N));
    }

    @Test
    void rowsSettingDifferentColumnsInsert() throws Exception {
        List<dev.refract.engine.ir.WriteData> rows = rows("m");
        rows.set(3, x.data("User", "email", "m-short@x.io"));
        assertThat(engine.execute(x.createMany("User", rows, false, null))).isEqualTo(Map.of("count", N));
        assertThat(statements()).noneMatch(s -> s.startsWith("COPY"));
        assertThat(count("users")).isEqualTo(N);
    }

    @Test
    void aTableWithRowLevelSecurityFallsBackToInserts() throws Exception {
        // COPY FROM refuses tables under row-level security, which a superuser (this suite's user)
        // bypasses: the engine connects as a plain role of its own.
        String role = "refract_rls_" + Long.toHexString(System.nanoTime());
        try (Connection c = connect(); Statement st = c.createStatement()) {
            st.execute("CREATE ROLE " + role + " LOGIN");
            st.execute("GRANT USAGE ON SCHEMA public TO " + role);
            st.execute("GRANT ALL ON ALL TABLES IN SCHEMA public TO " + role);
            st.execute("ALTER TABLE \"Pair\" ENABLE ROW LEVEL SECURITY");
            st.execute("CREATE POLICY everything ON \"Pair\" USING (true) WITH CHECK (true)");
        }
        String url = db.prismaUrl().replaceFirst("://[^@]+@", "://" + role + "@");
        List<dev.refract.engine.events.QueryEvent> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
        try (dev.refract.engine.QueryEngine limited = dev.refract.engine.QueryEngine.open(schema(), url,
                java.nio.file.Path.of("."))) {
            limited.addListener(seen::add);
            for (int round = 0; round < 2; round++) {
                List<dev.refract.engine.ir.WriteData> rows = new ArrayList<>();
                for (int i = 0; i < N; i++) {
                    rows.add(x.data("Pair", "a", i + round * N, "b", "k", "v", i));
                }
                assertThat(limited.execute(x.createMany("Pair", rows, false, null))).isEqualTo(Map.of("count", N));
            }
            assertThat(count("Pair")).isEqualTo(2L * N);
            List<String> sql = seen.stream().map(dev.refract.engine.events.QueryEvent::sql).toList();
            // The first createMany tried COPY once, then inserted; the second went straight to INSERTs.
            assertThat(sql.stream().filter(t -> t.startsWith("COPY")).count()).isEqualTo(1);
            assertThat(sql.stream().filter(t -> t.startsWith("INSERT")).count()).isEqualTo(4);
        } finally {
            try (Connection c = connect(); Statement st = c.createStatement()) {
                st.execute("DROP POLICY everything ON \"Pair\"");
                st.execute("ALTER TABLE \"Pair\" DISABLE ROW LEVEL SECURITY");
                st.execute("REVOKE ALL ON ALL TABLES IN SCHEMA public FROM " + role);
                st.execute("REVOKE USAGE ON SCHEMA public FROM " + role);
                st.execute("DROP ROLE " + role);
            }
        }
    }

    /** Every column but id and email of the rows whose email starts with {@code prefix}, as PostgreSQL prints them. */
    private List<List<String>> table(String prefix) throws Exception {
        List<List<String>> out = new ArrayList<>();
        try (Connection c = connect(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT * FROM \"users\" WHERE email LIKE '" + prefix + "%' ORDER BY email")) {
            ResultSetMetaData md = rs.getMetaData();
            while (rs.next()) {
                List<String> row = new ArrayList<>();
                for (int i = 1; i <= md.getColumnCount(); i++) {
                    String name = md.getColumnName(i);
                    if (!name.equals("id") && !name.equals("email")) {
                        row.add(name + "=" + rs.getString(i));
                    }
                }
                out.add(row);
            }
        }
        return out;
    }
}
