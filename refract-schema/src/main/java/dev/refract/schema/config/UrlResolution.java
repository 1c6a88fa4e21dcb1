package dev.refract.schema.config;

import dev.refract.schema.diagnostics.Diagnostic;

/**
 * The outcome of reading a datasource URL at run time: the URL, or the diagnostic Prisma reports
 * (empty value, missing variable, wrong protocol). Both null when the URL is simply not set.
 */
public record UrlResolution(String url, Diagnostic error) {

    public boolean isOk() {
        return error == null;
    }

    static UrlResolution ok(String url) {
        return new UrlResolution(url, null);
    }

    static UrlResolution failed(Diagnostic error) {
        return new UrlResolution(null, error);
    }
}
