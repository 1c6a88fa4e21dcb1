package dev.refract.cli;

import dev.refract.schema.PrismaSchema;
import dev.refract.schema.ValidatedSchema;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code refract validate}: reads the schema, prints its diagnostics to stderr and, when it has
 * no errors, Prisma's success line to stdout. Exit code 0 when valid, 1 when not.
 */
@Command(name = "validate", mixinStandardHelpOptions = true, description = "Validate a Prisma schema.")
final class ValidateCommand implements Callable<Integer> {
    private final CliContext context;

    @Option(names = "--schema", paramLabel = "PATH",
            description = "Schema file, or folder of *.prisma files. Default: prisma/schema.prisma, then schema.prisma.")
    String schema;

    @Mixin
    ColorOption color = new ColorOption();

    ValidateCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        SchemaLocation location = new SchemaLocator(context.cwd()).locate(schema);
        Reports.loaded(context.err(), location);
        ValidatedSchema validated = PrismaSchema.validate(location.files());
        boolean colored = color.enabled(context.terminal());
        if (!validated.isValid()) {
            Reports.invalid(context.err(), validated, colored);
            return ExitCodes.INVALID;
        }
        Reports.warnings(context.err(), validated, colored);
        // Prisma speaks in the plural only for a folder that really holds several files.
        String line = location.files().size() > 1
                ? "The schemas at " + location.displayLocation() + " are valid 🚀"
                : "The schema at " + location.displayLocation() + " is valid 🚀";
        context.out().println(line);
        return ExitCodes.OK;
    }
}
