package dev.refract.schema.parser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.refract.schema.PrismaSchema;
import dev.refract.schema.ast.Field;
import dev.refract.schema.ast.FieldArity;
import dev.refract.schema.ast.Model;
import dev.refract.schema.ast.SchemaAst;
import dev.refract.schema.diagnostics.Diagnostics;
import dev.refract.testing.Golden;
import org.junit.jupiter.api.Test;

/** The concrete tree for tricky input, as golden files, and a few AST facts the passes rely on. */
class PslParserTest {

    private static final String TRICKY = String.join("\n",
            "/// The user",
            "model User {",
            "  id    Int     @id @default(autoincrement()) // trailing",
            "  /* block */",
            "  name  String? @db.VarChar(200)",
            "  tags  String[]",
            "  bad : Int",
            "  junk here ???",
            "  @@index([name(sort: Desc), id], map: \"idx\")",
            "}",
            "",
            "enum Role {",
            "  USER @map(\"user\")",
            "  @@map(\"roles\")",
            "}",
            "datasource db {",
            "  provider = \"postgresql\"",
            "  url      = env(\"DATABASE_URL\")",
            "  nothing  =",
            "}",
            "something else",
            "block {",
            "}",
            "type Alias = String @id",
            "model Unclosed {",
            "  id Int @id",
            "");

    @Test
    void concreteTreeOfTrickyInput() {
        Golden.assertMatches("parser/tricky.cst.txt", dump(PslParser.parse(TRICKY), TRICKY, 0, new StringBuilder()));
    }

    @Test
    void diagnosticsOfTrickyInput() {
        Golden.assertMatches("parser/tricky.diagnostics.txt", PrismaSchema.validate(TRICKY).render(false));
    }

    @Test
    void fieldsCarryArityTypeAndDocumentation() {
        String text = "model A {\n  /// doc\n  a Int?\n  b String[] // trailing\n  c Unsupported(\"x\")\n}\n";
        SchemaAst ast = AstBuilder.build(PslParser.parse(text), 0, new Diagnostics());
        Model m = (Model) ast.tops().get(0);
        Field a = m.fields().get(0);
        assertThat(a.arity()).isEqualTo(FieldArity.OPTIONAL);
        assertThat(a.documentation().text()).isEqualTo("doc");
        assertThat(m.fields().get(1).arity()).isEqualTo(FieldArity.LIST);
        assertThat(m.fields().get(1).documentation()).isNull();
        assertThat(m.fields().get(2).type()).hasToString("Unsupported[typeName=x, span=Span[fileId=0, start=58, end=74]]");
    }

    @Test
    void stringEscapesAreResolvedAndBadOnesReported() {
        Diagnostics d = new Diagnostics();
        String text = "model A {\n  a String @default(\"q\\\"\\u00e9\\x\")\n}\n";
        AstBuilder.build(PslParser.parse(text), 0, d);
        assertThat(d.errors()).singleElement().satisfies(e -> assertThat(e.message()).startsWith("Unknown escape"));
    }

    @Test
    void crlfLineEndingsParseLikeLf() {
        String lf = "model A {\n  id Int @id\n}\n";
        assertThat(PrismaSchema.validate(lf.replace("\n", "\r\n")).diagnostics().isEmpty()).isTrue();
    }

    private static String dump(Node n, String text, int depth, StringBuilder out) {
        out.append("  ".repeat(depth)).append(n.rule()).append(' ').append(n.start()).append("..").append(n.end());
        if (n.children().isEmpty()) {
            out.append(' ').append(text.substring(n.start(), n.end()).replace("\n", "\\n"));
        }
        out.append('\n');
        for (Node c : n.children()) {
            dump(c, text, depth + 1, out);
        }
        return out.toString();
    }
}
