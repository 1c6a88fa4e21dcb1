package dev.refract.migrate.history;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Checksums of migration scripts, as Prisma writes them in {@code _prisma_migrations.checksum}:
 * the sha256 of the script's UTF-8 bytes, as 64 lowercase hex digits.
 *
 * <p>A script matches a stored checksum when the checksum is that of the script as it is, or of
 * the script with its line endings changed. Prisma tries CRLF to LF and LF to CRLF; Refract also
 * tries the script with every line ending made LF first and then CRLF, so a file whose endings git
 * mixed (some CRLF, some LF) still matches. Old Prisma versions wrote checksums without zero
 * padding of each byte; those match too.
 */
public final class Checksums {
    private Checksums() {
    }

    /** The checksum Prisma records for {@code script}. */
    public static String of(String script) {
        return hex(sha256(script), true);
    }

    /** Whether {@code script} is the script {@code checksum} was computed from, up to line endings. */
    public static boolean matches(String script, String checksum) {
        if (checksum == null) {
            return false;
        }
        // Checksums from before Prisma padded each byte to two digits are shorter than 64.
        boolean padded = checksum.isEmpty() || checksum.length() == 64;
        for (String variant : variants(script)) {
            if (hex(sha256(variant), padded).equalsIgnoreCase(checksum)) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> variants(String script) {
        Set<String> variants = new LinkedHashSet<>();
        variants.add(script);
        variants.add(script.replace("\r\n", "\n"));
        variants.add(script.replace("\n", "\r\n"));
        String lf = script.replace("\r\n", "\n");
        variants.add(lf.replace("\n", "\r\n"));
        return variants;
    }

    private static byte[] sha256(String script) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(script.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static String hex(byte[] bytes, boolean padded) {
        StringBuilder out = new StringBuilder(64);
        for (byte b : bytes) {
            String digits = Integer.toHexString(b & 0xff);
            if (padded && digits.length() == 1) {
                out.append('0');
            }
            out.append(digits);
        }
        return out.toString();
    }
}
