package dev.refract.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code refract init}: starts a project as {@code prisma init} does. It writes
 * {@code prisma/schema.prisma} (a generator block for Refract's Java client and a datasource whose
 * url is {@code env("DATABASE_URL")}), puts {@code DATABASE_URL} in {@code .env} (Prisma's default
 * URL per provider), and keeps {@code .env} out of git. Like Prisma it refuses, with exit code 1,
 * in a project that already has {@code schema.prisma} or a {@code prisma} folder, and writes
 * nothing then.
 */
@Command(name = "init", mixinStandardHelpOptions = true, description = "Set up a new Refract project.")
final class InitCommand implements Callable<Integer> {
    static final List<String> PROVIDERS = List.of("postgresql", "mysql", "sqlite");
    static final String GENERATOR = "refract-java";

    private final CliContext context;

    @Option(names = "--datasource-provider", paramLabel = "PROVIDER",
            description = "The datasource provider: postgresql (default), mysql or sqlite.")
    String provider;

    @Option(names = "--url", paramLabel = "URL",
            description = "The datasource URL for .env; without --datasource-provider, its scheme picks the provider.")
    String url;

    @Option(names = "--output", paramLabel = "DIR",
            description = "The generated client's source root, relative to the schema (the generator's output).")
    String output;

    InitCommand(CliContext context) {
        this.context = context;
    }

    /** Prisma's placeholder URL for a provider. */
    static String defaultUrl(String provider) {
        switch (provider) {
            case "mysql": return "mysql://johndoe:randompassword@localhost:3306/mydb";
            case "sqlite": return "file:./dev.db";
            default: return "postgresql://johndoe:randompassword@localhost:5432/mydb?schema=public";
        }
    }

    /** The provider a URL's scheme names, as Prisma maps it. */
    static String providerOf(String url) {
        String scheme = url.contains(":") ? url.substring(0, url.indexOf(':')).toLowerCase(Locale.ROOT) : "";
        switch (scheme) {
            case "postgresql":
            case "postgres": return "postgresql";
            case "mysql": return "mysql";
            case "file": return "sqlite";
            default:
                throw new UsageException("Unknown protocol of --url " + url
                        + ": use postgresql://, postgres://, mysql:// or file: (SQLite).");
        }
    }

    static String schema(String provider, String output) {
        StringBuilder s = new StringBuilder()
                .append("// A Prisma schema, read by Refract: Prisma's schema language, a Java client.\n")
                .append("// The language: https://pris.ly/d/prisma-schema\n\n")
                .append("generator client {\n")
                .append("  provider = \"").append(GENERATOR).append("\"\n");
        if (output != null) {
            s.append("  output   = \"").append(output.replace("\\", "\\\\").replace("\"", "\\\"")).append("\"\n");
        }
        return s.append("}\n\n")
                .append("datasource db {\n")
                .append("  provider = \"").append(provider).append("\"\n")
                .append("  url      = env(\"DATABASE_URL\")\n")
                .append("}\n").toString();
    }

    static String env(String url) {
        return "# Variables here are read when the schema says env(\"...\"), by Refract as by Prisma;\n"
                + "# the real environment wins. URL formats: https://pris.ly/d/connection-strings\n\n"
                + "DATABASE_URL=\"" + url + "\"\n";
    }

    @Override
    public Integer call() throws IOException {
        Path cwd = context.cwd();
        String refusal = null;
        if (Files.exists(cwd.resolve("schema.prisma"))) {
            refusal = "File schema.prisma already exists in your project.";
        } else if (Files.exists(cwd.resolve("prisma"))) {
            refusal = Files.exists(cwd.resolve("prisma/schema.prisma"))
                    ? "File prisma/schema.prisma already exists in your project."
                    : "A folder called prisma already exists in your project.";
        }
        if (refusal != null) {
            context.err().println("Error: " + refusal);
            context.err().println("Please try again in a project that is not yet using Prisma or Refract.");
            return ExitCodes.INVALID;
        }
        String chosen;
        if (provider != null) {
            chosen = provider.toLowerCase(Locale.ROOT);
            if (!PROVIDERS.contains(chosen)) {
                throw new UsageException("Provider \"" + provider
                        + "\" is invalid or not supported. Try again with \"postgresql\", \"mysql\" or \"sqlite\".");
            }
        } else {
            chosen = url != null ? providerOf(url) : "postgresql";
        }
        String databaseUrl = url != null ? url : defaultUrl(chosen);

        Files.createDirectories(cwd.resolve("prisma"));
        Files.writeString(cwd.resolve("prisma/schema.prisma"), schema(chosen, output), StandardCharsets.UTF_8);
        List<String> warnings = new ArrayList<>();
        Path envFile = cwd.resolve(".env");
        if (!Files.exists(envFile)) {
            Files.writeString(envFile, env(databaseUrl), StandardCharsets.UTF_8);
        } else if (dev.refract.engine.connect.DotEnv.parse(Files.readString(envFile, StandardCharsets.UTF_8)).containsKey("DATABASE_URL")) {
            warnings.add("warn Refract would have added DATABASE_URL but it already exists in .env");
        } else {
            String existing = Files.readString(envFile, StandardCharsets.UTF_8);
            Files.writeString(envFile, existing + (existing.endsWith("\n") || existing.isEmpty() ? "" : "\n")
                    + "\n# This was inserted by `refract init`:\n" + env(databaseUrl), StandardCharsets.UTF_8);
        }
        gitignore(cwd.resolve(".gitignore"));

        List<String> steps = new ArrayList<>();
        if (url == null || provider != null) {
            steps.add("Set the DATABASE_URL in the .env file to point to your existing database"
                    + ("sqlite".equals(chosen) ? " (SQLite creates the file)." : "."));
            if (provider == null) {
                steps.add("Set the provider of the datasource block in schema.prisma to match your database: "
                        + "postgresql, mysql or sqlite.");
            }
        }
        steps.add("Run refract db pull to turn your database schema into a Prisma schema, or add models to "
                + "prisma/schema.prisma and run refract migrate dev.");
        steps.add("Run refract generate to generate the Java client (refract.client.Refract). "
                + "You can then start querying your database.");
        StringBuilder out = new StringBuilder("\n✔ Your Prisma schema was created at prisma/schema.prisma\n")
                .append("  You can now open it in your favorite editor.\n");
        if (!warnings.isEmpty()) {
            out.append('\n').append(String.join("\n", warnings)).append('\n');
        }
        out.append("\nNext steps:\n");
        for (int i = 0; i < steps.size(); i++) {
            out.append(i + 1).append(". ").append(steps.get(i)).append('\n');
        }
        context.out().print(out);
        return ExitCodes.OK;
    }

    /** Creates .gitignore holding .env, or adds .env to the one there unless it already lists it. */
    private static void gitignore(Path file) throws IOException {
        String entry = "# Keep environment variables out of version control\n.env\n";
        if (!Files.exists(file)) {
            Files.writeString(file, entry, StandardCharsets.UTF_8);
            return;
        }
        String text = Files.readString(file, StandardCharsets.UTF_8);
        if (text.lines().map(String::strip).anyMatch(l -> l.equals(".env") || l.equals("/.env") || l.equals(".env*"))) {
            return;
        }
        Files.writeString(file, text + (text.isEmpty() || text.endsWith("\n") ? "" : "\n") + entry, StandardCharsets.UTF_8);
    }
}
