package dev.refract.cli;

import dev.refract.schema.ValidatedSchema;
import java.io.PrintStream;

/** The lines every command prints around a schema's diagnostics, shaped like Prisma's CLI output. */
final class Reports {
    private Reports() {
    }

    static void loaded(PrintStream err, SchemaLocation schema) {
        err.println("Prisma schema loaded from " + schema.displayLocation() + ".");
    }

    /** An invalid schema: every diagnostic (warnings first, as rendered), then the error count. */
    static void invalid(PrintStream err, ValidatedSchema schema, boolean color) {
        err.println();
        err.println("Error: Prisma schema validation");
        err.println("Error code: P1012");
        err.print(schema.render(color));
        err.println();
        err.println("Validation Error Count: " + schema.diagnostics().errors().size());
    }

    /** A valid schema that still has warnings: they are printed, and the schema stays valid. */
    static void warnings(PrintStream err, ValidatedSchema schema, boolean color) {
        if (!schema.diagnostics().warnings().isEmpty()) {
            err.println();
            err.print(schema.render(color));
        }
    }
}
