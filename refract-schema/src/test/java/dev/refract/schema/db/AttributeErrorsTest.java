package dev.refract.schema.db;

import static org.assertj.core.api.Assertions.assertThat;

import dev.refract.schema.PrismaSchema;
import dev.refract.schema.diagnostics.Diagnostic;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Messages and spans of attribute problems the parser database reports, checked end to end. */
class AttributeErrorsTest {

    private static List<String> errors(String schema) {
        return PrismaSchema.validate(schema).diagnostics().errors().stream().map(Diagnostic::message).toList();
    }

    private static String spanText(String schema, int error) {
        Diagnostic d = PrismaSchema.validate(schema).diagnostics().errors().get(error);
        return schema.substring(d.span().start(), d.span().end());
    }

    @Test
    void duplicateAndUnusedArguments() {
        String dup = "model User {\n  id Int @id\n  firstName String @map(name: \"first_name\", name: \"Duplicate\")\n}\n";
        assertThat(errors(dup)).containsExactly("Argument \"name\" is already specified.");
        assertThat(spanText(dup, 0)).isEqualTo("name: \"Duplicate\"");

        String unnamed = "model User {\n  id Int @id\n  firstName String @map(\"first_name\", name: \"Duplicate\")\n}\n";
        assertThat(errors(unnamed)).containsExactly("Argument \"name\" is already specified as unnamed argument.");

        String extra = "model User {\n  id Int @id\n  firstName String @map(\"first_name\", unused: \"Unnamed\")\n}\n";
        assertThat(errors(extra)).containsExactly("No such argument.");
        assertThat(spanText(extra, 0)).isEqualTo("unused: \"Unnamed\"");
    }

    @Test
    void multipleUnnamedArgumentsSuggestBrackets() {
        assertThat(errors("model A {\n  a Int\n  b Int\n  @@id(a, b)\n}\n")).containsExactly(
                "Error parsing attribute \"@id\": You provided multiple unnamed arguments. This is not possible. "
                        + "Did you forget the brackets? Did you mean `[a, b]`?");
    }

    @Test
    void defaultValues() {
        assertThat(errors("model Model {\n  id Int @id\n  rel A @default(\"\")\n}\nmodel A {\n  id Int @id\n}\n"))
                .containsExactly("Error parsing attribute \"@default\": Cannot set a default value on a relation field.");
        assertThat(errors("model Model {\n  id Int @id\n  rel String @default([\"hello\"])\n}\n")).containsExactly(
                "Error parsing attribute \"@default\": The default value of a non-list field cannot be a list.");
        assertThat(errors("model Model {\n  id Int @id\n  rel String[] @default([\"hello\", 101, \"x\"])\n}\n"))
                .containsExactly("Error parsing attribute \"@default\": Expected a String value, but found `101`.");
        assertThat(errors("model M {\n  id Int @id\n  enm Color[] @default([green, yellow, red])\n}\n"
                + "enum Color {\n  red\n  green\n}\n")).containsExactly("Error parsing attribute \"@default\": The "
                + "defined default value `yellow` is not a valid value of the enum specified for the field.");
        assertThat(errors("model M {\n  id Int @id @default(autoincrement(name: \"meow\"))\n}\n")).containsExactly(
                "Error parsing attribute \"@default\": The `autoincrement` function does not take any argument. "
                        + "Consider changing this default to `autoincrement()`.");
        assertThat(errors("model M {\n  id Int @id\n  b Int @default(dbgenerated(5))\n}\n")).containsExactly(
                "Error parsing attribute \"@default\": `dbgenerated()` takes a single String argument");
        assertThat(errors("model M {\n  id Int @id\n  b Unsupported(\"x\") @default(12)\n}\n")).containsExactly(
                "Error parsing attribute \"@default\": Only @default(dbgenerated(\"...\")) can be used for "
                        + "Unsupported types.");
        assertThat(errors("model M {\n  id Int @id\n  b Boolean @default(yes)\n}\n")).containsExactly(
                "Error parsing attribute \"@default\": A boolean literal must be `true` or `false`.");
    }

    @Test
    void duplicateAttributesAreEachReported() {
        String schema = "model M {\n  id Int @id\n  a Int @unique @unique\n}\n";
        assertThat(errors(schema)).containsExactly("Attribute \"@unique\" can only be defined once.",
                "Attribute \"@unique\" can only be defined once.");
    }

    @Test
    void relationFieldAttributes() {
        String schema = """
                model A {
                  id  Int @id
                  bId Int
                  b   B   @relation(fields: [bId], references: [id]) @unique @map("x")
                }
                model B {
                  id Int @id
                  a  A[]
                }
                """;
        assertThat(errors(schema)).containsExactly(
                "Error parsing attribute \"@map\": The attribute `@map` cannot be used on relation fields.",
                "Error parsing attribute \"@unique\": The field `b` is a relation field and cannot be marked with "
                        + "`unique`. Only scalar fields can be made unique. Did you mean to put it on `bId`?");
    }

    @Test
    void relationArgumentsReferToExistingScalarFields() {
        String schema = """
                model A {
                  id  Int @id
                  b   B   @relation(fields: [nope], references: [alsoNope], onDelete: Explode)
                }
                model B {
                  id Int @id
                  a  A[]
                }
                """;
        assertThat(errors(schema)).containsExactly(
                "Error validating: The argument fields must refer only to existing fields. The following fields do "
                        + "not exist in this model: nope",
                "Error validating: The argument `references` must refer only to existing fields in the related "
                        + "model `B`. The following fields do not exist in the related model: alsoNope",
                "Error parsing attribute \"@relation\": Invalid referential action: `Explode`");
    }

    @Test
    void idErrors() {
        assertThat(errors("model A {\n  a Int @id\n  b Int @id\n}\n")).containsExactly(
                "Error validating model \"A\": At most one field must be marked as the id field with the `@id` "
                        + "attribute.");
        assertThat(errors("model A {\n  a Int?\n  b Int\n  @@id([a, b, c])\n}\n")).containsExactly(
                "Error validating model \"A\": The multi field id declaration refers to the unknown field `c`.");
        assertThat(errors("model A {\n  a Int?\n  b Int\n  @@id([a, b])\n}\n")).containsExactly(
                "Error validating model \"A\": The id definition refers to the optional field `a`. ID definitions "
                        + "must reference only required fields.");
        assertThat(errors("model A {\n  a Int? @id\n}\n")).containsExactly(
                "Error parsing attribute \"@id\": Fields that are marked as id must be required.");
    }

    @Test
    void mapCollisions() {
        assertThat(errors("model A {\n  id Int @id\n  a Int @map(\"x\")\n  b Int @map(\"x\")\n}\n")).containsExactly(
                "Field \"b\" is already defined on model \"A\".");
        assertThat(errors("model A {\n  id Int @id\n  a Int @map(\"b\")\n  b Int\n}\n")).containsExactly(
                "Field \"a\" is already defined on model \"A\".");
    }
}
