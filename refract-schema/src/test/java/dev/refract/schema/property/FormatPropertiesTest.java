package dev.refract.schema.property;

import static org.assertj.core.api.Assertions.assertThat;

import dev.refract.schema.format.Formatter;
import java.util.List;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The formatter is a fixed point after one run on every valid seed schema, and never throws or
 * hangs on a broken one (see {@link MutationPropertiesTest} for how inputs are made).
 */
class FormatPropertiesTest {
    private static final List<String> SEEDS = Seeds.all();

    static IntStream seedIndexes() {
        return IntStream.range(0, SEEDS.size());
    }

    /** Every seed, not a sample: there are only a few hundred and each formats in milliseconds. */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seedIndexes")
    void formattingTwiceChangesNothing(int seed) {
        String once = Bounded.run(() -> Formatter.format(SEEDS.get(seed)));
        String twice = Bounded.run(() -> Formatter.format(once));
        assertThat(twice).as("format(format(x)) == format(x) for seed %d", seed).isEqualTo(once);
    }

    @Property(tries = 100, seed = "2718", shrinking = ShrinkingMode.BOUNDED)
    void formattingBrokenSchemasNeverThrows(@ForAll("seedIndex") int seed, @ForAll("edits") List<Mutation> edits) {
        String broken = Mutation.apply(SEEDS.get(seed), edits);
        String formatted = Bounded.run(() -> Formatter.format(broken));
        assertThat(formatted).isNotNull();
    }

    @Provide
    Arbitrary<Integer> seedIndex() {
        return Arbitraries.integers().between(0, SEEDS.size() - 1);
    }

    @Provide
    Arbitrary<List<Mutation>> edits() {
        return Combinators.combine(Arbitraries.of(Mutation.Kind.values()), Arbitraries.integers().greaterOrEqual(0),
                        Junk.any())
                .as(Mutation::new).list().ofMinSize(1).ofMaxSize(3);
    }
}
