package dev.refract.cli;

import dev.refract.schema.PrismaSchema;
import dev.refract.schema.ValidatedSchema;
import dev.refract.schema.diagnostics.SourceFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code refract format}: formats every file of the schema in place.
 *
 * <p>As Prisma does, the formatted text is validated before anything is written: when it has
 * errors they are printed, nothing is written and the exit code is 1. So a schema whose syntax
 * errors the formatter could not keep verbatim is never rewritten. With {@code --check} nothing
 * is ever written; the exit code is 1 when some file would change.
 */
@Command(name = "format", mixinStandardHelpOptions = true, description = "Format a Prisma schema.")
final class FormatCommand implements Callable<Integer> {
    private final CliContext context;
    private final SchemaFormatter formatter;

    @Option(names = "--schema", paramLabel = "PATH",
            description = "Schema file, or folder of *.prisma files. Default: prisma/schema.prisma, then schema.prisma.")
    String schema;

    @Option(names = "--check", description = "Write nothing; exit 1 when a file is not formatted.")
    boolean check;

    @Mixin
    ColorOption color = new ColorOption();

    /** @param formatter the schema formatter */
    FormatCommand(CliContext context, SchemaFormatter formatter) {
        this.context = context;
        this.formatter = formatter;
    }

    @Override
    public Integer call() {
        SchemaLocation location = new SchemaLocator(context.cwd()).locate(schema);
        Reports.loaded(context.err(), location);
        long started = System.nanoTime();
        List<SourceFile> original = location.files();
        List<String> formatted = formatter.format(original);
        List<SourceFile> result = new ArrayList<>(original.size());
        List<Integer> changed = new ArrayList<>();
        for (int i = 0; i < original.size(); i++) {
            result.add(new SourceFile(original.get(i).name(), formatted.get(i)));
            if (!formatted.get(i).equals(original.get(i).text())) {
                changed.add(i);
            }
        }
        ValidatedSchema validated = PrismaSchema.validate(result);
        boolean colored = color.enabled(context.terminal());
        if (!validated.isValid()) {
            Reports.invalid(context.err(), validated, colored);
            return ExitCodes.INVALID;
        }
        Reports.warnings(context.err(), validated, colored);
        if (check) {
            return check(original, changed);
        }
        for (int i : changed) {
            write(location, i, formatted.get(i));
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        context.out().println("Formatted " + location.displayLocation() + " in " + millis + "ms 🚀");
        return ExitCodes.OK;
    }

    private int check(List<SourceFile> original, List<Integer> changed) {
        if (changed.isEmpty()) {
            context.out().println("All files are formatted correctly!");
            return ExitCodes.OK;
        }
        context.err().println("! There are unformatted files. Run refract format to format them.");
        for (int i : changed) {
            context.err().println("  " + original.get(i).name());
        }
        return ExitCodes.INVALID;
    }

    // A file that cannot be written (read-only, disk full) is the environment's problem, not a
    // bug: one clear message. Files written before it keep their new, valid text.
    private static void write(SchemaLocation location, int index, String text) {
        try {
            Files.writeString(location.paths().get(index), text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UsageException("Could not write `" + location.files().get(index).name() + "`: " + e);
        }
    }
}
