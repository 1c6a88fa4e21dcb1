package dev.refract.engine.connect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.refract.engine.error.DatabaseException;
import dev.refract.engine.error.RefractException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/** Runs a statement expected to fail and returns the failure as {@link SqlErrors} maps it. */
final class ErrorCase {
    private ErrorCase() {
    }

    static RefractException run(Connection c, ConnectionInfo info, String sql, Object... bindings) {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < bindings.length; i++) {
                ps.setObject(i + 1, bindings[i]);
            }
            ps.execute();
        } catch (SQLException e) {
            RefractException mapped = SqlErrors.translate(e, info, sql, List.of(bindings));
            if (mapped instanceof DatabaseException d) {
                assertThat(d.sql()).isEqualTo(sql);
                assertThat(d.bindings()).containsExactly(bindings);
                assertThat(d.getCause()).isSameAs(e);
            }
            return mapped;
        }
        return fail("expected `" + sql + "` to fail");
    }
}
