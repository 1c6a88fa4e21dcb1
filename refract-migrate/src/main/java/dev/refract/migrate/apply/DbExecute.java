package dev.refract.migrate.apply;

import dev.refract.engine.error.RefractException;
import java.sql.SQLException;
import java.util.Map;

/**
 * {@code db execute}: runs a SQL script on a database, outside the migration history. The script
 * runs as a migration does (one transaction where {@link SqlScript} allows), so a failing script
 * leaves nothing half done where the database can undo it.
 */
public final class DbExecute {
    private DbExecute() {
    }

    /**
     * Runs {@code script} on {@code db}.
     *
     * @throws RefractException with the database's own message (as {@code prisma db execute} prints
     *         it) and its error code in {@code meta.database_error_code}
     */
    public static void run(MigrateDatabase db, String script) {
        try {
            db.run(script, null);
        } catch (MigrateDatabase.ScriptFailure failure) {
            String[] codeAndMessage = db.describe(failure.sqlCause());
            throw new RefractException(null, codeAndMessage[1],
                    Map.of("database_error_code", codeAndMessage[0]), failure.getCause());
        } catch (SQLException e) {
            throw db.error(e);
        }
    }
}
