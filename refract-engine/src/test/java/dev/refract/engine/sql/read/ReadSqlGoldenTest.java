package dev.refract.engine.sql.read;

import dev.refract.engine.sql.Sql;
import dev.refract.engine.sql.UnsupportedFeatureException;
import dev.refract.testing.Golden;
import org.junit.jupiter.api.Test;

/** The SQL of every read shape, per dialect, pinned in golden files (one section per shape). */
class ReadSqlGoldenTest {
    @Test
    void postgresql() {
        check("postgresql");
    }

    @Test
    void sqlite() {
        check("sqlite");
    }

    private static void check(String provider) {
        ReadFixture fx = new ReadFixture(provider);
        SelectRenderer renderer = new SelectRenderer(fx.dialect, provider.equals("postgresql") ? "public" : null);
        StringBuilder out = new StringBuilder();
        for (ReadCases.Case c : ReadCases.all(fx)) {
            out.append("-- ").append(c.name()).append('\n');
            try {
                Sql sql = renderer.render(c.spec());
                out.append(sql.text()).append('\n');
                if (!sql.params().isEmpty()) {
                    String values = sql.values().toString();
                    out.append("-- params: ").append(values.length() > 300 ? values.substring(0, 300) + "..." : values)
                            .append('\n');
                }
            } catch (UnsupportedFeatureException e) {
                out.append("-- unsupported: ").append(e.getMessage()).append('\n');
            }
            out.append('\n');
        }
        Golden.assertMatches("golden/sql/read/" + provider + ".sql", out.toString());
    }
}
