package dev.refract.cli;

import dev.refract.generator.ClientGenerator;
import dev.refract.model.SchemaModel;
import dev.refract.schema.PrismaSchema;
import dev.refract.schema.ValidatedSchema;
import dev.refract.schema.config.StringFromEnvVar;
import dev.refract.schema.model.SchemaModels;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code refract generate}: writes the typed Java client of the schema (refract-generator) under
 * a source root. The client reads its datasource URL as the schema says: a literal URL is kept,
 * {@code env("X")} is read at connect time (environment, then .env); without a url, DATABASE_URL.
 * Without {@code --output}, the {@code output} of a {@code refract-java} generator block is used
 * (relative to the schema's folder), else {@value #DEFAULT_OUTPUT}.
 */
@Command(name = "generate", mixinStandardHelpOptions = true, description = "Generate the typed Java client.")
final class GenerateCommand implements Callable<Integer> {
    static final String DEFAULT_OUTPUT = "target/generated-sources/refract";
    static final String DEFAULT_PACKAGE = "refract.client";

    private final CliContext context;

    @Option(names = "--schema", paramLabel = "PATH",
            description = "Schema file, or folder of *.prisma files. Default: prisma/schema.prisma, then schema.prisma.")
    String schema;

    @Option(names = "--output", paramLabel = "DIR",
            description = "Source root to write into. Default: " + DEFAULT_OUTPUT + ".")
    String output;

    @Option(names = "--package", paramLabel = "PACKAGE", description = "Java package. Default: " + DEFAULT_PACKAGE + ".")
    String packageName;

    @Mixin
    ColorOption color = new ColorOption();

    GenerateCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws IOException {
        SchemaLocation location = new SchemaLocator(context.cwd()).locate(schema);
        Reports.loaded(context.err(), location);
        ValidatedSchema validated = PrismaSchema.validate(location.files());
        if (!validated.isValid()) {
            Reports.invalid(context.err(), validated, color.enabled(context.terminal()));
            return ExitCodes.INVALID;
        }
        Optional<SchemaModel> model = SchemaModels.from(validated);
        if (model.isEmpty()) {
            context.err().println("Error: the schema has no datasource; a client needs one.");
            return ExitCodes.INVALID;
        }
        String pkg = packageName != null ? packageName : DEFAULT_PACKAGE;
        if (!pkg.matches("[A-Za-z_$][\\w$]*(\\.[A-Za-z_$][\\w$]*)*")) {
            throw new UsageException("--package " + pkg + " is not a Java package name.");
        }
        String envVar = "DATABASE_URL";
        String literal = null;
        Optional<StringFromEnvVar> url = validated.configuration().datasource().flatMap(ds -> ds.urlIfSet());
        if (url.isPresent()) {
            envVar = url.get().envVar() != null ? url.get().envVar() : envVar;
            literal = url.get().literal();
        }
        Path root = context.cwd().resolve(output != null ? output : DEFAULT_OUTPUT).normalize();
        if (output == null) {
            // As Prisma: a generator block's output is relative to the schema's folder (refract init writes one).
            Path schemaDir = location.folder() ? location.location() : location.location().getParent();
            for (dev.refract.schema.config.Generator g : validated.configuration().generators()) {
                if (g.provider() != null && InitCommand.GENERATOR.equals(g.provider().literal())
                        && g.output() != null && g.output().literal() != null) {
                    root = context.cwd().resolve(schemaDir).resolve(g.output().literal()).normalize();
                }
            }
        }
        Path schemaFolder = context.cwd().resolve(location.folder() ? location.location()
                : location.location().getParent()).normalize();
        String schemaDir = context.cwd().relativize(schemaFolder).toString().replace('\\', '/');
        List<Path> files = ClientGenerator.write(model.get(),
                new ClientGenerator.Options(pkg, "Refract", envVar, literal, schemaDir), root);
        context.out().println("✔ Generated the Refract client (" + files.size() + " files, package " + pkg + ") to "
                + context.cwd().relativize(root));
        return ExitCodes.OK;
    }
}
