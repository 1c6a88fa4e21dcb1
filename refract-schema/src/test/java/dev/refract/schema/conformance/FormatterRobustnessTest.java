package dev.refract.schema.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.refract.schema.format.Formatter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every schema of Prisma's corpora (valid or not), formatted: no exception, idempotent, and every
 * word and sign of the input still there (text the formatter may drop by design, such as
 * {@code :} of legacy fields, trailing commas and the stars of block comments, aside).
 */
class FormatterRobustnessTest {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}_\\-]+|[^\\s\\p{L}\\p{N}_\\-:,!*\\[\\]/]");

    @Test
    void everyCorpusSchemaFormatsIdempotentlyWithoutLosingText() {
        Path engines = Corpus.prismaEngines();
        List<Path> files = new ArrayList<>();
        files.addAll(Corpus.files(engines.resolve("psl/psl/tests/validation"), ".prisma"));
        files.addAll(Corpus.files(engines.resolve("query-engine/schema/test-schemas"), ".prisma"));
        files.addAll(Corpus.files(engines.resolve("query-engine/dmmf/test_files"), ".prisma"));
        List<String> problems = new ArrayList<>();
        for (Path f : files) {
            String input = Corpus.read(f);
            String name = engines.relativize(f).toString();
            try {
                String once = Formatter.format(input);
                String twice = Formatter.format(once);
                if (!once.equals(twice)) {
                    problems.add(name + ": not idempotent\n" + TextDiff.diff(once, twice));
                }
                Map<String, Integer> after = words(once);
                words(input).forEach((w, n) -> {
                    if (after.getOrDefault(w, 0) < n) {
                        problems.add(name + ": lost " + w);
                    }
                });
            } catch (RuntimeException | StackOverflowError e) {
                problems.add(name + ": threw " + e);
            }
        }
        assertThat(problems).as("%d schemas formatted", files.size()).isEmpty();
    }

    private static Map<String, Integer> words(String text) {
        Map<String, Integer> counts = new HashMap<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            counts.merge(m.group(), 1, Integer::sum);
        }
        return counts;
    }
}
