package dev.refract.client;

import dev.refract.engine.QueryEngine;
import dev.refract.engine.connect.DotEnv;
import dev.refract.engine.error.RefractException;
import dev.refract.model.SchemaModel;
import java.nio.file.Path;
import java.util.function.Function;

/** How a generated client opens its engine: from the schema's datasource URL as Prisma resolves it. */
public final class Connections {
    private Connections() {
    }

    /**
     * Opens an engine on the datasource URL: {@code literalUrl} when the schema wrote one, else the
     * environment variable {@code envVar} (read from the environment, then {@code .env} in the
     * working directory, as Prisma does).
     */
    public static QueryEngine open(SchemaModel schema, String envVar, String literalUrl) {
        return open(schema, envVar, literalUrl, null);
    }

    /**
     * As {@link #open(SchemaModel, String, String)} for a schema in {@code schemaDir} (relative to
     * the working directory): as Prisma does, a relative SQLite path ({@code file:./dev.db}) is
     * relative to the schema's folder, so the client opens the file {@code migrate} made, and
     * {@code schemaDir/.env} is read after the working directory's. When that folder is not there
     * (the application runs elsewhere, say from a jar), the working directory stands in for it.
     */
    public static QueryEngine open(SchemaModel schema, String envVar, String literalUrl, String schemaDir) {
        Path cwd = Path.of("").toAbsolutePath();
        Path base = schemaDir == null ? cwd : cwd.resolve(schemaDir).normalize();
        if (!java.nio.file.Files.isDirectory(base)) {
            base = cwd;
        }
        String url = literalUrl;
        if (url == null) {
            Function<String, String> env = DotEnv.load(cwd, base);
            url = env.apply(envVar);
            if (url == null) {
                throw new RefractException("P1012", "No database URL: environment variable " + envVar
                        + " is not set (nor in .env).");
            }
        }
        return QueryEngine.open(schema, url, base);
    }
}
