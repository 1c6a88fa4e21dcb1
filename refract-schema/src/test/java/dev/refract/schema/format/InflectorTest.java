package dev.refract.schema.format;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Names of added relation fields: the word forms Prisma's inflector produces. */
class InflectorTest {

    @ParameterizedTest
    @CsvSource({"FooBar, fooBar", "fooBar, fooBar", "FOO_BAR, fooBar", "foo_bar, fooBar", "Foo Bar, fooBar",
            "foo-bar, fooBar", "FooBar3, fooBar3", "Post2, post2", "UserID, userID", "PostableEntity, postableEntity",
            "'Robert C. Martin', robertCMartin", "'-!#$%leading bad chars', leadingBadChars"})
    void camelCase(String input, String expected) {
        assertThat(Inflector.camelCase(input)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"post, posts", "post2, post2s", "user, users", "geometry, geometries", "ox, oxen", "woman, women",
            "test, tests", "axis, axes", "knife, knives", "agendum, agenda", "elf, elves", "zoology, zoology",
            "mice, mice", "people, people", "person, people", "box, boxes", "boxes, boxes", "crate, crates",
            "vengeance, vengeance", "status, statuses", "category, categories", "postableEntity, postableEntities",
            "section_difficulty, section_difficulties", "child, children", "matrix, matrices"})
    void plural(String input, String expected) {
        assertThat(Inflector.plural(input)).isEqualTo(expected);
    }
}
