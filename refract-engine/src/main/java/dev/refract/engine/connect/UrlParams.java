package dev.refract.engine.connect;

import java.time.Duration;

/** Reading numeric URL parameters as Prisma reads them: unsigned integers, else P1013. */
final class UrlParams {
    private UrlParams() {
    }

    /** An unsigned integer, or {@code fallback} when the parameter is absent. */
    static long unsigned(String name, String value, long fallback) {
        if (value == null) {
            return fallback;
        }
        if (value.isEmpty() || !value.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw DatasourceUrl.invalid("Invalid value `" + value + "` for the connection parameter `" + name
                    + "` (expected a non-negative integer)");
        }
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw DatasourceUrl.invalid("Invalid value `" + value + "` for the connection parameter `" + name
                    + "` (number too large)");
        }
    }

    /** Seconds, where 0 means "no limit" (null); {@code fallbackSeconds} when absent (null if negative). */
    static Duration seconds(String name, String value, long fallbackSeconds) {
        long s = unsigned(name, value, fallbackSeconds);
        return s <= 0 ? null : Duration.ofSeconds(s);
    }

    /** A pool size: at least 1. */
    static int connectionLimit(String value) {
        long limit = unsigned("connection_limit", value, DatasourceUrl.defaultConnectionLimit());
        if (limit < 1 || limit > 10_000) {
            throw DatasourceUrl.invalid("Invalid value `" + value + "` for the connection parameter"
                    + " `connection_limit` (expected 1 or more)");
        }
        return (int) limit;
    }

    /** Rust's bool parsing: exactly {@code true} or {@code false}. */
    static boolean bool(String name, String value) {
        if (value == null) {
            return false;
        }
        if (value.equals("true") || value.equals("false")) {
            return value.equals("true");
        }
        throw DatasourceUrl.invalid("Invalid value `" + value + "` for the connection parameter `" + name
                + "` (expected `true` or `false`)");
    }
}
