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
        Path cwd = Path.of("").toAbsolutePath();
        String url = literalUrl;
        if (url == null) {
            Function<String, String> env = DotEnv.load(cwd, cwd);
            url = env.apply(envVar);
            if (url == null) {
                throw new RefractException("P1012", "No database URL: environment variable " + envVar
                        + " is not set (nor in .env).");
            }
        }
        return QueryEngine.open(schema, url, cwd);
    }
}
