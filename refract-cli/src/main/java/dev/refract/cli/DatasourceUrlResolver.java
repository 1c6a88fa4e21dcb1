package dev.refract.cli;

import dev.refract.engine.connect.DotEnv;
import dev.refract.engine.error.RefractException;
import dev.refract.schema.config.Datasource;
import dev.refract.schema.config.DatasourceUrls;
import dev.refract.schema.config.UrlResolution;
import java.nio.file.Path;
import java.util.function.Function;

/**
 * The database URL of a schema's datasource, as every command that connects finds it: the
 * datasource's {@code url} (a literal or {@code env("X")}), with the environment and the
 * {@code .env} files loaded as Prisma loads them, else {@code DATABASE_URL}.
 */
final class DatasourceUrlResolver {
    private DatasourceUrlResolver() {
    }

    /**
     * @param schemaDir the schema's folder, where Prisma also looks for {@code .env}
     * @throws RefractException P1012 when the URL cannot be resolved or there is none
     */
    static String resolve(CliContext context, Datasource datasource, Path schemaDir) {
        Function<String, String> env = DotEnv.load(context.cwd().toAbsolutePath(), schemaDir);
        UrlResolution resolution = DatasourceUrls.url(datasource, env);
        if (!resolution.isOk()) {
            throw new RefractException("P1012", resolution.error().message());
        }
        String url = resolution.url() != null ? resolution.url() : env.apply("DATABASE_URL");
        if (url == null) {
            throw new RefractException("P1012", "No database URL: the datasource has no `url`, DATABASE_URL is not set"
                    + " and --url was not given.");
        }
        return url;
    }

    /**
     * The datasource's {@code shadowDatabaseUrl}, or null when it has none (or names an unset variable).
     *
     * @throws RefractException P1012 when it cannot be resolved
     */
    static String shadow(CliContext context, Datasource datasource, Path schemaDir) {
        Function<String, String> env = DotEnv.load(context.cwd().toAbsolutePath(), schemaDir);
        UrlResolution resolution = DatasourceUrls.shadowDatabaseUrl(datasource, env);
        if (!resolution.isOk()) {
            throw new RefractException("P1012", resolution.error().message());
        }
        String url = resolution.url();
        return url == null || url.isBlank() ? null : url;
    }
}
