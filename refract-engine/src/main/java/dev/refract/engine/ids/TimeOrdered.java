package dev.refract.engine.ids;

import java.util.UUID;

/**
 * State of the two time-ordered generators (UUIDv7 and ULID). Each keeps the last millisecond it
 * used and the random bits it gave out then; the next id in the same millisecond adds one to those
 * bits, which is RFC 9562's "monotonic random" method and the ULID spec's monotonic mode.
 */
final class TimeOrdered {
    private static final char[] CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    private static final long MASK_48 = (1L << 48) - 1;

    // UUIDv7: 12 bits rand_a and 62 bits rand_b, counted as one 74-bit number.
    private static final Object UUID_LOCK = new Object();
    private static long uuidMs = -1;
    private static long uuidRandA;
    private static long uuidRandB;

    // ULID: 80 random bits as a 16-bit high part and a 64-bit low part.
    private static final Object ULID_LOCK = new Object();
    private static long ulidMs = -1;
    private static long ulidHi;
    private static long ulidLo;

    private TimeOrdered() {
    }

    static UUID uuid7() {
        long ms;
        long randA;
        long randB;
        synchronized (UUID_LOCK) {
            long now = System.currentTimeMillis() & MASK_48;
            if (now > uuidMs) {
                uuidMs = now;
                reseedUuid();
            } else {
                // Same millisecond, or the clock stepped back: count up from the last id.
                uuidRandB = (uuidRandB + 1) & ((1L << 62) - 1);
                if (uuidRandB == 0) {
                    uuidRandA = (uuidRandA + 1) & 0xFFF;
                    if (uuidRandA == 0) {
                        // 74 bits exhausted (practically never): borrow the next millisecond.
                        uuidMs = (uuidMs + 1) & MASK_48;
                        reseedUuid();
                    }
                }
            }
            ms = uuidMs;
            randA = uuidRandA;
            randB = uuidRandB;
        }
        long msb = (ms << 16) | (0x7L << 12) | randA;
        long lsb = (0x2L << 62) | randB;
        return new UUID(msb, lsb);
    }

    /** Fresh random bits whose top bit is clear, leaving room to count within the millisecond. */
    private static void reseedUuid() {
        uuidRandA = Ids.RANDOM.nextInt(1 << 11);
        uuidRandB = Ids.RANDOM.nextLong() & ((1L << 62) - 1);
    }

    static String ulid() {
        long ms;
        long hi;
        long lo;
        synchronized (ULID_LOCK) {
            long now = System.currentTimeMillis() & MASK_48;
            if (now > ulidMs) {
                ulidMs = now;
                reseedUlid();
            } else {
                ulidLo++;
                if (ulidLo == 0) {
                    ulidHi = (ulidHi + 1) & 0xFFFF;
                    if (ulidHi == 0) {
                        // The spec would fail here; moving to the next millisecond keeps the order
                        // and cannot realistically happen (2^80 ids in one millisecond).
                        ulidMs = (ulidMs + 1) & MASK_48;
                        reseedUlid();
                    }
                }
            }
            ms = ulidMs;
            hi = ulidHi;
            lo = ulidLo;
        }
        char[] out = new char[26];
        for (int i = 0; i < 10; i++) {
            out[i] = CROCKFORD[(int) (ms >>> (45 - 5 * i)) & 31];
        }
        for (int i = 0; i < 16; i++) {
            out[10 + i] = CROCKFORD[fiveBits(hi, lo, 75 - 5 * i)];
        }
        return new String(out);
    }

    /** Top bit clear for the same reason as {@link #reseedUuid()}. */
    private static void reseedUlid() {
        ulidHi = Ids.RANDOM.nextInt(1 << 15);
        ulidLo = Ids.RANDOM.nextLong();
    }

    /** Bits {@code shift .. shift+4} of the 80-bit number {@code hi:lo}. */
    private static int fiveBits(long hi, long lo, int shift) {
        if (shift >= 64) {
            return (int) (hi >>> (shift - 64)) & 31;
        }
        if (shift <= 59) {
            return (int) (lo >>> shift) & 31;
        }
        return (int) ((lo >>> shift) | (hi << (64 - shift))) & 31;
    }
}
