package dev.refract.engine.ids;

import java.math.BigInteger;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * cuid (version 1, what Prisma's {@code cuid()} makes) and cuid2. Both are base36 and lowercase.
 *
 * <p>cuid v1 is {@code c}, the Unix milliseconds, a 4-character counter that wraps at 36^4, a
 * 4-character fingerprint (2 from the process id, 2 from the host name) and two 4-character random
 * blocks. cuid2 hashes the time, random salt, a counter starting at a random value and a random
 * per-process fingerprint with SHA3-512 and prefixes a random letter, so that nothing about the
 * host or time can be read back from it.
 */
final class Cuid {
    static final int V2_DEFAULT_LENGTH = 24;
    static final int V2_MAX_LENGTH = 32;

    private static final int BLOCK = 4;
    private static final int BLOCK_VALUES = 36 * 36 * 36 * 36;
    /** The reference starts its counter below this, leaving room to count in a JS number. */
    private static final int V2_INITIAL_COUNT_MAX = 476_782_367;
    private static final int V2_FINGERPRINT_LENGTH = 32;

    private static final AtomicInteger V1_COUNTER = new AtomicInteger();
    private static final AtomicLong V2_COUNTER = new AtomicLong(Ids.RANDOM.nextInt(V2_INITIAL_COUNT_MAX));
    private static final ThreadLocal<MessageDigest> SHA3 = ThreadLocal.withInitial(Cuid::sha3);

    private Cuid() {
    }

    /** Lazily computed: the host name lookup can be slow and most applications never use cuid. */
    private static final class Fingerprints {
        static final String V1 = v1Fingerprint();
        static final String V2 = hash(processSource() + entropy(V2_FINGERPRINT_LENGTH))
                .substring(0, V2_FINGERPRINT_LENGTH);
    }

    static String v1() {
        int count = V1_COUNTER.getAndUpdate(c -> (c + 1) % BLOCK_VALUES);
        StringBuilder id = new StringBuilder(25);
        id.append('c')
                .append(Long.toString(System.currentTimeMillis(), 36))
                .append(pad(Integer.toString(count, 36), BLOCK))
                .append(Fingerprints.V1)
                .append(pad(Integer.toString(Ids.RANDOM.nextInt(BLOCK_VALUES), 36), BLOCK))
                .append(pad(Integer.toString(Ids.RANDOM.nextInt(BLOCK_VALUES), 36), BLOCK));
        return id.toString();
    }

    static String v2(int length) {
        char letter = (char) ('a' + Ids.RANDOM.nextInt(26));
        String input = Long.toString(System.currentTimeMillis(), 36)
                + entropy(length)
                + Long.toString(V2_COUNTER.getAndIncrement(), 36)
                + Fingerprints.V2;
        return letter + hash(input).substring(1, length);
    }

    /**
     * SHA3-512 of the text as one base36 number, without its first digit: the leading digit of a
     * big number is skewed towards small values, the rest are uniform.
     */
    private static String hash(String input) {
        MessageDigest digest = SHA3.get();
        byte[] bytes = digest.digest(input.getBytes(StandardCharsets.UTF_8));
        return new BigInteger(1, bytes).toString(36).substring(1);
    }

    private static String entropy(int length) {
        char[] out = new char[length];
        for (int i = 0; i < length; i++) {
            out[i] = Character.forDigit(Ids.RANDOM.nextInt(36), 36);
        }
        return new String(out);
    }

    private static String v1Fingerprint() {
        String host = hostName();
        // The host block: the sum of the name's characters plus its length plus 36, in base36.
        int sum = host.length() + 36;
        for (int i = 0; i < host.length(); i++) {
            sum += host.charAt(i);
        }
        return pad(Long.toString(ProcessHandle.current().pid(), 36), 2) + pad(Integer.toString(sum, 36), 2);
    }

    private static String processSource() {
        return ProcessHandle.current().pid() + hostName() + System.nanoTime();
    }

    private static String hostName() {
        String env = System.getenv("HOSTNAME");
        if (env != null && !env.isEmpty()) {
            return env;
        }
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (Exception e) {
            return "localhost";
        }
    }

    /** The last {@code size} characters of the text left-padded with zeros. */
    private static String pad(String text, int size) {
        String padded = "000000000" + text;
        return padded.substring(padded.length() - size);
    }

    private static MessageDigest sha3() {
        try {
            return MessageDigest.getInstance("SHA3-512");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this Java has no SHA3-512, which every Java 17 has", e);
        }
    }
}
