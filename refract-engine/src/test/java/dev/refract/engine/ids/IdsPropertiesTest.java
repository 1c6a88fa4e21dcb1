package dev.refract.engine.ids;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** Properties of {@link Ids} over their size arguments and over many draws. */
class IdsPropertiesTest {

    @Property
    void nanoidHasTheAskedSizeAndAlphabet(@ForAll @IntRange(min = 1, max = 300) int size) {
        assertThat(Ids.nanoid(size)).hasSize(size).matches("[A-Za-z0-9_-]+");
    }

    @Property
    void cuid2HasTheAskedLengthAndStartsWithALetter(@ForAll @IntRange(min = 2, max = 32) int length) {
        assertThat(Ids.cuid2(length)).hasSize(length).matches("[a-z][0-9a-z]*");
    }

    /** A burst of ids from one call site: each UUID keeps its version and variant bits. */
    @Property
    void uuidsAlwaysCarryTheirVersionAndVariant(@ForAll @IntRange(min = 1, max = 100) int burst) {
        for (int i = 0; i < burst; i++) {
            UUID v4 = UUID.fromString(Ids.uuid4());
            UUID v7 = UUID.fromString(Ids.uuid7());
            assertThat(v4.version()).isEqualTo(4);
            assertThat(v7.version()).isEqualTo(7);
            assertThat(v4.variant()).isEqualTo(2);
            assertThat(v7.variant()).isEqualTo(2);
        }
    }

    /** Bursts of any length, mostly inside one millisecond, still come out in order. */
    @Property
    void laterIdsSortAfterEarlierOnes(@ForAll @IntRange(min = 1, max = 500) int burst) {
        String uuid = Ids.uuid7();
        String ulid = Ids.ulid();
        for (int i = 0; i < burst; i++) {
            String nextUuid = Ids.uuid7();
            String nextUlid = Ids.ulid();
            assertThat(nextUuid).isGreaterThan(uuid);
            assertThat(nextUlid).isGreaterThan(ulid);
            uuid = nextUuid;
            ulid = nextUlid;
        }
    }

    @Property
    void cuidAndUlidKeepTheirShape(@ForAll @IntRange(min = 1, max = 100) int burst) {
        for (int i = 0; i < burst; i++) {
            assertThat(Ids.cuid()).matches("c[0-9a-z]{24}");
            assertThat(Ids.ulid()).matches("[0-7][0-9A-HJKMNP-TV-Z]{25}");
        }
    }
}
