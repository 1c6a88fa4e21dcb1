package dev.refract.schema.property;

import static org.assertj.core.api.Assertions.assertThat;

import dev.refract.schema.ValidatedSchema;
import dev.refract.schema.diagnostics.SourceFile;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;

/**
 * Broken schemas, made by mutating valid ones, always come back as diagnostics: never an
 * exception, a stack overflow or a hang (see {@link Bounded}), and always printable.
 *
 * <p>Seeds are fixed so that every build tries the same inputs: a red build is then a change
 * in the code, never bad luck. To explore further, change a seed locally (or remove it) and run
 * {@code mvn -o test -pl refract-model,refract-schema -Dtest=MutationPropertiesTest}.
 */
class MutationPropertiesTest {
    private static final List<String> SEEDS = Seeds.all();

    @Property(tries = 150, seed = "4242", shrinking = ShrinkingMode.BOUNDED)
    void deletedDuplicatedOrSwappedTokens(@ForAll("seedIndex") int seed, @ForAll("tokenEdits") List<Mutation> edits) {
        ValidatedSchema schema = Failures.validate(Mutation.apply(SEEDS.get(seed), edits));
        assertThat(schema.diagnostics()).isNotNull();
    }

    @Property(tries = 150, seed = "1123", shrinking = ShrinkingMode.BOUNDED)
    void insertedOrReplacedJunk(@ForAll("seedIndex") int seed, @ForAll("junkEdits") List<Mutation> edits) {
        ValidatedSchema schema = Failures.validate(Mutation.apply(SEEDS.get(seed), edits));
        assertThat(schema.diagnostics()).isNotNull();
    }

    /** Whole lines lost, repeated or moved: duplicate fields, dangling relations, blocks cut open. */
    @Property(tries = 150, seed = "6174", shrinking = ShrinkingMode.BOUNDED)
    void deletedDuplicatedOrSwappedLines(@ForAll("seedIndex") int seed, @ForAll("tokenEdits") List<Mutation> edits) {
        ValidatedSchema schema = Failures.validate(Mutation.applyToLines(SEEDS.get(seed), edits));
        assertThat(schema.diagnostics()).isNotNull();
    }

    /**
     * Lines of one schema put into another: attributes, native types and blocks of one
     * connector meet another connector's datasource, fields meet models they do not belong to.
     */
    @Property(tries = 150, seed = "8128", shrinking = ShrinkingMode.BOUNDED)
    void linesFromAnotherSchema(@ForAll("seedIndex") int seed, @ForAll("seedIndex") int donor,
                                @ForAll("positions") List<Integer> from, @ForAll("positions") List<Integer> to) {
        List<String> donorLines = Mutation.lines(SEEDS.get(donor));
        List<Mutation> edits = new ArrayList<>();
        for (int i = 0; i < Math.min(from.size(), to.size()); i++) {
            String line = donorLines.isEmpty() ? "" : donorLines.get(Math.floorMod(from.get(i), donorLines.size()));
            edits.add(new Mutation(Mutation.Kind.INSERT, to.get(i), line));
        }
        ValidatedSchema schema = Failures.validate(Mutation.applyToLines(SEEDS.get(seed), edits));
        assertThat(schema.diagnostics()).isNotNull();
    }

    @Property(tries = 60, seed = "77", shrinking = ShrinkingMode.BOUNDED)
    void randomBytesAsAWholeFile(@ForAll("wholeFiles") String text) {
        assertThat(Failures.validate(text).diagnostics()).isNotNull();
    }

    /** A schema cut into several files anywhere (even mid-block) is a multi-file schema with errors, not a crash. */
    @Property(tries = 40, seed = "31337", shrinking = ShrinkingMode.BOUNDED)
    void splitIntoFilesAtRandomTokens(@ForAll("seedIndex") int seed, @ForAll("cuts") List<Integer> cuts) {
        List<String> tokens = Tokens.split(SEEDS.get(seed));
        List<Integer> at = cuts.stream().map(c -> Math.floorMod(c, tokens.size() + 1)).sorted().toList();
        List<SourceFile> files = new ArrayList<>();
        int from = 0;
        for (int to : at) {
            files.add(new SourceFile("part" + files.size() + ".prisma", String.join("", tokens.subList(from, to))));
            from = to;
        }
        files.add(new SourceFile("part" + files.size() + ".prisma", String.join("", tokens.subList(from, tokens.size()))));
        assertThat(Failures.validate(files).diagnostics()).isNotNull();
    }

    @Provide
    Arbitrary<Integer> seedIndex() {
        return Arbitraries.integers().between(0, SEEDS.size() - 1);
    }

    @Provide
    Arbitrary<List<Mutation>> tokenEdits() {
        return Combinators.combine(Arbitraries.of(Mutation.Kind.DELETE, Mutation.Kind.DUPLICATE, Mutation.Kind.SWAP),
                        Arbitraries.integers().greaterOrEqual(0), Arbitraries.just(""))
                .as(Mutation::new).list().ofMinSize(1).ofMaxSize(4);
    }

    @Provide
    Arbitrary<List<Mutation>> junkEdits() {
        return Combinators.combine(Arbitraries.of(Mutation.Kind.INSERT, Mutation.Kind.REPLACE),
                        Arbitraries.integers().greaterOrEqual(0), Junk.any())
                .as(Mutation::new).list().ofMinSize(1).ofMaxSize(3);
    }

    @Provide
    Arbitrary<String> wholeFiles() {
        return Arbitraries.oneOf(
                Arbitraries.bytes().array(byte[].class).ofMaxSize(4000)
                        .map(b -> new String(b, java.nio.charset.StandardCharsets.UTF_8)),
                Junk.any().list().ofMaxSize(200).map(parts -> String.join("", parts)));
    }

    @Provide
    Arbitrary<List<Integer>> positions() {
        return Arbitraries.integers().greaterOrEqual(0).list().ofMinSize(1).ofMaxSize(6);
    }

    @Provide
    Arbitrary<List<Integer>> cuts() {
        return Arbitraries.integers().greaterOrEqual(0).list().ofMinSize(1).ofMaxSize(3);
    }
}
