package dev.refract.maven;

import dev.refract.generator.ClientGenerator;
import dev.refract.model.SchemaModel;
import dev.refract.schema.PrismaSchema;
import dev.refract.schema.ValidatedSchema;
import dev.refract.schema.config.StringFromEnvVar;
import dev.refract.schema.model.SchemaModels;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * {@code refract:generate}: validates the Prisma schema (its diagnostics fail the build, printed as
 * Prisma prints them), writes the typed Java client and adds it as a compile source root. When the
 * schema files, the options and the generator are those of the last generation, nothing is
 * validated or written: the source root is only added again.
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.GENERATE_SOURCES, threadSafe = true)
public final class GenerateMojo extends AbstractMojo {
    private static final String JAVA_PACKAGE = "[A-Za-z_$][\\w$]*(\\.[A-Za-z_$][\\w$]*)*";

    /** The schema file, or a folder whose {@code *.prisma} files form one schema. */
    @Parameter(property = "refract.schema", defaultValue = "${project.basedir}/prisma/schema.prisma", required = true)
    private File schema;

    /** The source root the client is written under. */
    @Parameter(property = "refract.outputDirectory", defaultValue = "${project.build.directory}/generated-sources/refract",
            required = true)
    private File outputDirectory;

    /** The Java package of the generated client. */
    @Parameter(property = "refract.packageName", defaultValue = "refract.client", required = true)
    private String packageName;

    /** Skips the goal: nothing is generated and no source root is added. */
    @Parameter(property = "refract.skip", defaultValue = "false")
    private boolean skip;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    /** Maven creates mojos reflectively. */
    public GenerateMojo() {
    }

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        Log log = getLog();
        if (skip) {
            log.info("Refract client generation skipped (refract.skip).");
            return;
        }
        if (packageName == null || !packageName.matches(JAVA_PACKAGE)) {
            throw new MojoFailureException("<packageName> " + packageName + " is not a Java package name.");
        }
        Path cwd = Path.of("").toAbsolutePath();
        Path out = outputDirectory.toPath().toAbsolutePath().normalize();
        SchemaFiles files = SchemaFiles.read(schema.toPath(), cwd);
        try {
            String fingerprint = Fingerprint.of(files, packageName);
            GenerationState previous = GenerationState.read(out);
            if (previous != null && previous.isCurrent(fingerprint, out)) {
                log.info("Refract client is up to date, generation skipped: the schema " + files.displayLocation(cwd)
                        + " is unchanged (" + previous.files().size() + " files in " + out + ").");
            } else {
                generate(files, fingerprint, previous, out, cwd);
            }
        } catch (IOException e) {
            throw new MojoExecutionException("Could not write the Refract client to " + out + ": " + e.getMessage(), e);
        }
        project.addCompileSourceRoot(out.toString());
    }

    private void generate(SchemaFiles files, String fingerprint, GenerationState previous, Path out, Path cwd)
            throws IOException, MojoFailureException {
        Log log = getLog();
        log.info("Prisma schema loaded from " + files.displayLocation(cwd) + ".");
        ValidatedSchema validated = PrismaSchema.validate(files.files());
        if (!validated.isValid()) {
            // The block `refract validate` and Prisma's CLI print, one log line per line.
            StringBuilder report = new StringBuilder("\nError: Prisma schema validation\nError code: P1012\n")
                    .append(validated.render(false))
                    .append("\nValidation Error Count: ").append(validated.diagnostics().errors().size());
            report.toString().lines().forEach(log::error);
            throw new MojoFailureException("The Prisma schema " + files.displayLocation(cwd) + " is invalid: "
                    + validated.diagnostics().errors().size() + " error(s), printed above.");
        }
        if (!validated.diagnostics().warnings().isEmpty()) {
            validated.render(false).lines().forEach(log::warn);
        }
        Optional<SchemaModel> model = SchemaModels.from(validated);
        if (model.isEmpty()) {
            throw new MojoFailureException("The Prisma schema " + files.displayLocation(cwd)
                    + " has no datasource; a client needs one.");
        }
        Map<String, String> sources = ClientGenerator.generate(model.get(), options(validated));
        int changed = GenerationState.generate(out, fingerprint, sources, previous);
        log.info("Generated the Refract client (" + sources.size() + " files, " + changed + " changed, package "
                + packageName + ") to " + out);
    }

    /** The URL as `refract generate` takes it: a literal is kept, env("X") read at connect time, else DATABASE_URL. */
    private ClientGenerator.Options options(ValidatedSchema validated) {
        String envVar = "DATABASE_URL";
        String literal = null;
        Optional<StringFromEnvVar> url = validated.configuration().datasource().flatMap(ds -> ds.urlIfSet());
        if (url.isPresent()) {
            envVar = url.get().envVar() != null ? url.get().envVar() : envVar;
            literal = url.get().literal();
        }
        // The schema's folder relative to the project: where the application runs, as Prisma resolves
        // a relative SQLite path against the schema's folder.
        Path base = (project.getBasedir() != null ? project.getBasedir().toPath() : Path.of(""))
                .toAbsolutePath().normalize();
        Path folder = schema.toPath().toAbsolutePath().normalize();
        if (!java.nio.file.Files.isDirectory(folder)) {
            folder = folder.getParent();
        }
        String schemaDir = base.relativize(folder).toString().replace('\\', '/');
        return new ClientGenerator.Options(packageName, "Refract", envVar, literal, schemaDir);
    }
}
