package dev.refract.engine.ids;

import java.security.SecureRandom;
import java.util.UUID;

/**
 * The client-side id generators behind Prisma's {@code @default(uuid())}, {@code uuid(7)},
 * {@code cuid()}, {@code cuid(2)}, {@code nanoid()} and {@code ulid()}. Every method is static and
 * safe to call from any thread; all randomness comes from one {@link SecureRandom}.
 *
 * <p>The time-ordered ids ({@link #uuid7()}, {@link #ulid()}) are strictly increasing within this
 * process: ids made in the same millisecond differ by a counter in their random part, and a clock
 * that steps backwards is ignored until it catches up again.
 */
public final class Ids {
    /** The 64 URL-safe characters of nanoid; 64 divides 256, so {@code byte & 63} is unbiased. */
    private static final char[] NANOID_ALPHABET =
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-".toCharArray();
    private static final int NANOID_DEFAULT_SIZE = 21;

    static final SecureRandom RANDOM = new SecureRandom();

    private Ids() {
    }

    /** A random (version 4) UUID in its 36-character lowercase text form. */
    public static String uuid4() {
        return UUID.randomUUID().toString();
    }

    /**
     * A version 7 UUID (RFC 9562): 48 bits of Unix milliseconds, then 74 bits that are random for
     * the first id of a millisecond and count upwards for the next ones, so that ids sort in the
     * order they were made.
     */
    public static String uuid7() {
        return TimeOrdered.uuid7().toString();
    }

    /**
     * A ULID: 26 Crockford base32 characters, 48 bits of Unix milliseconds then 80 bits that are
     * random for the first id of a millisecond and count upwards within it.
     */
    public static String ulid() {
        return TimeOrdered.ulid();
    }

    /**
     * A cuid (version 1) as Prisma makes it: 25 characters, {@code c}, the time in base36, a
     * counter, a host fingerprint and random blocks.
     */
    public static String cuid() {
        return Cuid.v1();
    }

    /** A cuid2 of the default length 24: a lowercase letter then a base36 SHA3-512 hash. */
    public static String cuid2() {
        return Cuid.v2(Cuid.V2_DEFAULT_LENGTH);
    }

    /** A cuid2 of the given length, 2 to 32 characters. */
    public static String cuid2(int length) {
        if (length < 2 || length > Cuid.V2_MAX_LENGTH) {
            throw new IllegalArgumentException("cuid2 length must be 2 to " + Cuid.V2_MAX_LENGTH + ", not " + length);
        }
        return Cuid.v2(length);
    }

    /** A nanoid of 21 characters from {@code A-Za-z0-9_-}. */
    public static String nanoid() {
        return nanoid(NANOID_DEFAULT_SIZE);
    }

    /** A nanoid of {@code size} characters from {@code A-Za-z0-9_-} (size at least 1). */
    public static String nanoid(int size) {
        if (size < 1) {
            throw new IllegalArgumentException("nanoid size must be at least 1, not " + size);
        }
        byte[] bytes = new byte[size];
        RANDOM.nextBytes(bytes);
        char[] out = new char[size];
        for (int i = 0; i < size; i++) {
            out[i] = NANOID_ALPHABET[bytes[i] & 63];
        }
        return new String(out);
    }
}
