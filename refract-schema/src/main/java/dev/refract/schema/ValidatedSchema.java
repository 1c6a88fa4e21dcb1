package dev.refract.schema;

import dev.refract.schema.ast.SchemaAst;
import dev.refract.schema.config.Configuration;
import dev.refract.schema.db.ParserDatabase;
import dev.refract.schema.diagnostics.DiagnosticPrinter;
import dev.refract.schema.diagnostics.Diagnostics;
import dev.refract.schema.diagnostics.SourceFile;
import dev.refract.schema.parser.Node;
import java.util.List;

/**
 * The outcome of reading a schema: its files and trees, configuration, resolved database, and
 * every diagnostic. Valid when {@link #diagnostics()} has no errors.
 */
public record ValidatedSchema(List<SourceFile> files, List<Node> trees, List<SchemaAst> asts,
                              ParserDatabase db, Configuration configuration, Diagnostics diagnostics) {

    public boolean isValid() {
        return !diagnostics.hasErrors();
    }

    /** Diagnostics as Prisma prints them, warnings first. */
    public String render(boolean color) {
        return new DiagnosticPrinter(files, color).print(diagnostics);
    }
}
