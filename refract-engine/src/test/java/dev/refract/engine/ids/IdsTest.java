package dev.refract.engine.ids;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** Format, uniqueness and order of every generator in {@link Ids}. */
class IdsTest {
    private static final int MANY = 100_000;
    private static final String CROCKFORD = "[0-9A-HJKMNP-TV-Z]";

    @Test
    void uuid4HasVersion4AndTheRfcVariant() {
        UUID uuid = UUID.fromString(Ids.uuid4());
        assertThat(uuid.version()).isEqualTo(4);
        assertThat(uuid.variant()).isEqualTo(2);
        assertThat(Ids.uuid4()).matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
    }

    @Test
    void uuid7HasVersion7TheRfcVariantAndTheCurrentTime() {
        long before = System.currentTimeMillis();
        String text = Ids.uuid7();
        long after = System.currentTimeMillis();
        assertThat(text).matches("[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
        UUID uuid = UUID.fromString(text);
        assertThat(uuid.version()).isEqualTo(7);
        assertThat(uuid.variant()).isEqualTo(2);
        assertThat(uuid.getMostSignificantBits() >>> 16).isBetween(before, after);
    }

    @Test
    void uuid7IncreasesStrictlyFromOneThread() {
        // The text form compares like the 128-bit number, so string order is the id order.
        assertStrictlyIncreasing(Ids::uuid7);
    }

    @Test
    void ulidIsCrockfordBase32WithTheCurrentTime() {
        long before = System.currentTimeMillis();
        String ulid = Ids.ulid();
        long after = System.currentTimeMillis();
        assertThat(ulid).matches("[0-7]" + CROCKFORD + "{25}");
        assertThat(decodeTime(ulid)).isBetween(before, after);
    }

    @Test
    void ulidIncreasesStrictlyFromOneThread() {
        assertStrictlyIncreasing(Ids::ulid);
    }

    @Test
    void cuidIsTwentyFiveBase36CharactersStartingWithC() {
        long before = System.currentTimeMillis();
        String cuid = Ids.cuid();
        long after = System.currentTimeMillis();
        assertThat(cuid).hasSize(25).matches("c[0-9a-z]{24}");
        assertThat(Long.parseLong(cuid.substring(1, 9), 36)).isBetween(before, after);
    }

    @Test
    void cuidCountsWithinOneProcess() {
        // Characters 9..12 are the counter; the fingerprint after it is the same for the process.
        String first = Ids.cuid();
        String second = Ids.cuid();
        assertThat(second.substring(13, 17)).isEqualTo(first.substring(13, 17));
        int a = Integer.parseInt(first.substring(9, 13), 36);
        int b = Integer.parseInt(second.substring(9, 13), 36);
        assertThat(b).isIn(a + 1, 0);
    }

    @Test
    void cuid2IsTwentyFourCharactersStartingWithALetter() {
        assertThat(Ids.cuid2()).hasSize(24).matches("[a-z][0-9a-z]{23}");
        assertThat(Ids.cuid2(10)).matches("[a-z][0-9a-z]{9}");
        assertThat(Ids.cuid2(32)).matches("[a-z][0-9a-z]{31}");
        assertThatThrownBy(() -> Ids.cuid2(33)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Ids.cuid2(1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void nanoidIsTwentyOneUrlSafeCharacters() {
        assertThat(Ids.nanoid()).matches("[A-Za-z0-9_-]{21}");
        assertThat(Ids.nanoid(5)).matches("[A-Za-z0-9_-]{5}");
        assertThatThrownBy(() -> Ids.nanoid(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void nanoidUsesEveryCharacterOfItsAlphabet() {
        Set<Character> seen = new HashSet<>();
        for (int i = 0; i < 200 && seen.size() < 64; i++) {
            for (char c : Ids.nanoid(64).toCharArray()) {
                seen.add(c);
            }
        }
        assertThat(seen).hasSize(64);
    }

    @Test
    void everyGeneratorIsUniqueOverAHundredThousandIds() {
        List<Supplier<String>> generators =
                List.of(Ids::uuid4, Ids::uuid7, Ids::ulid, Ids::cuid, Ids::cuid2, Ids::nanoid);
        for (Supplier<String> generator : generators) {
            Set<String> ids = new HashSet<>(MANY * 2);
            for (int i = 0; i < MANY; i++) {
                ids.add(generator.get());
            }
            assertThat(ids).hasSize(MANY);
        }
    }

    @Test
    void generatorsStayUniqueAcrossThreads() throws InterruptedException {
        Set<String> uuids = ConcurrentHashMap.newKeySet();
        Set<String> ulids = ConcurrentHashMap.newKeySet();
        Set<String> cuids = ConcurrentHashMap.newKeySet();
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            threads.add(new Thread(() -> {
                for (int i = 0; i < 10_000; i++) {
                    uuids.add(Ids.uuid7());
                    ulids.add(Ids.ulid());
                    cuids.add(Ids.cuid());
                }
            }));
        }
        threads.forEach(Thread::start);
        for (Thread thread : threads) {
            thread.join();
        }
        assertThat(uuids).hasSize(40_000);
        assertThat(ulids).hasSize(40_000);
        assertThat(cuids).hasSize(40_000);
    }

    private static void assertStrictlyIncreasing(Supplier<String> generator) {
        String previous = generator.get();
        for (int i = 0; i < MANY; i++) {
            String next = generator.get();
            assertThat(next.compareTo(previous)).as("%s after %s", next, previous).isPositive();
            previous = next;
        }
    }

    private static long decodeTime(String ulid) {
        String alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
        long ms = 0;
        for (int i = 0; i < 10; i++) {
            ms = (ms << 5) | alphabet.indexOf(ulid.charAt(i));
        }
        return ms;
    }
}
