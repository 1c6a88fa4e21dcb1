package dev.refract.schema.config;

import dev.refract.schema.diagnostics.Diagnostic;
import dev.refract.schema.diagnostics.Span;
import java.util.function.Function;

/**
 * Reads a datasource's {@code url}, {@code directUrl} and {@code shadowDatabaseUrl} when a value
 * is needed (never during validation), resolving {@code env("VAR")} through {@code env} and
 * checking the protocol with the connector, with Prisma's messages.
 */
public final class DatasourceUrls {
    private DatasourceUrls() {
    }

    /** The main URL; null URL and no error when the schema does not set one (Prisma 7). */
    public static UrlResolution url(Datasource ds, Function<String, String> env) {
        if (ds.url() == null) {
            return UrlResolution.ok(null);
        }
        UrlResolution raw = read(ds, ds.url(), ds.urlSpan(), env, "URL");
        if (!raw.isOk()) {
            return raw;
        }
        String problem = ds.connector().validateUrl(raw.url());
        if (problem == null) {
            return raw;
        }
        String message = "the URL " + problem;
        if (raw.url().startsWith("prisma")) {
            message += "\n\nTo use a URL with protocol `prisma://` the Data Proxy must be enabled via "
                    + "`prisma generate --data-proxy`.\n\nMore information about Data Proxy: https://pris.ly/d/data-proxy\n";
        }
        return UrlResolution.failed(Diagnostic.error(sourceError(ds, message), ds.urlSpan()));
    }

    /** The direct URL, or the main URL when no {@code directUrl} is set. */
    public static UrlResolution directUrl(Datasource ds, Function<String, String> env) {
        if (ds.directUrl() == null) {
            return url(ds, env);
        }
        return read(ds, ds.directUrl(), ds.directUrlSpan(), env, "direct URL");
    }

    /**
     * The shadow database URL, or none. An unset or blank variable means "no shadow database",
     * so one schema serves development and deployment alike.
     */
    public static UrlResolution shadowDatabaseUrl(Datasource ds, Function<String, String> env) {
        StringFromEnvVar shadow = ds.shadowDatabaseUrl();
        if (shadow == null) {
            return UrlResolution.ok(null);
        }
        String value = shadow.resolve(env);
        if (value == null || value.isBlank()) {
            return UrlResolution.ok(null);
        }
        String problem = ds.connector().validateUrl(value);
        return problem == null ? UrlResolution.ok(value) : UrlResolution.failed(Diagnostic.error(
                sourceError(ds, "the shadow database URL " + problem), ds.shadowDatabaseUrlSpan()));
    }

    private static UrlResolution read(Datasource ds, StringFromEnvVar value, Span span, Function<String, String> env,
                                      String what) {
        if (value.literal() != null) {
            return value.literal().isBlank()
                    ? UrlResolution.failed(Diagnostic.error(sourceError(ds, "You must provide a nonempty " + what), span))
                    : UrlResolution.ok(value.literal());
        }
        String resolved = env.apply(value.envVar());
        if (resolved == null) {
            return UrlResolution.failed(Diagnostic.error("Environment variable not found: " + value.envVar() + ".",
                    span));
        }
        if (resolved.isBlank()) {
            return UrlResolution.failed(Diagnostic.error(sourceError(ds, "You must provide a nonempty " + what
                    + ". The environment variable `" + value.envVar() + "` resolved to an empty string."), span));
        }
        return UrlResolution.ok(resolved);
    }

    private static String sourceError(Datasource ds, String message) {
        return "Error validating datasource `" + ds.name() + "`: " + message;
    }
}
