package dev.refract.schema;

import dev.refract.schema.ast.SchemaAst;
import dev.refract.schema.config.ConfigLoader;
import dev.refract.schema.config.Configuration;
import dev.refract.schema.db.ParserDatabase;
import dev.refract.schema.diagnostics.Diagnostics;
import dev.refract.schema.diagnostics.SourceFile;
import dev.refract.schema.parser.AstBuilder;
import dev.refract.schema.parser.Node;
import dev.refract.schema.parser.PslParser;
import dev.refract.schema.validate.Validations;
import java.util.ArrayList;
import java.util.List;

/**
 * Entry point of the schema language: reads one or more schema files and validates them as
 * Prisma does. Problems are reported as diagnostics, never thrown.
 */
public final class PrismaSchema {
    private PrismaSchema() {
    }

    /** Validates a single-file schema named {@code schema.prisma}. */
    public static ValidatedSchema validate(String text) {
        return validate(List.of(new SourceFile("schema.prisma", text)));
    }

    /**
     * Validates a schema made of {@code files} (one, or a folder's worth).
     *
     * <p>Order matters, because it is the order diagnostics are reported in: parse every file;
     * resolve names, types, attributes and relations; load each file's datasources then generators
     * (preview features depend on the provider); and
     * only when all that found no error, run the connector-aware validations.
     */
    public static ValidatedSchema validate(List<SourceFile> files) {
        Diagnostics diagnostics = new Diagnostics();
        List<Node> trees = new ArrayList<>(files.size());
        List<SchemaAst> asts = new ArrayList<>(files.size());
        for (int i = 0; i < files.size(); i++) {
            Node tree = PslParser.parse(files.get(i).text());
            trees.add(tree);
            asts.add(AstBuilder.build(tree, i, diagnostics));
        }
        ParserDatabase db = ParserDatabase.build(asts, diagnostics);
        Configuration configuration = ConfigLoader.load(asts, diagnostics);
        if (!diagnostics.hasErrors()) {
            Validations.validate(db, configuration, diagnostics);
        }
        return new ValidatedSchema(List.copyOf(files), List.copyOf(trees), List.copyOf(asts), db, configuration,
                diagnostics);
    }
}
