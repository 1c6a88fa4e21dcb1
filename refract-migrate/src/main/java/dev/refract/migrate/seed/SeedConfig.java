package dev.refract.migrate.seed;

import dev.refract.engine.error.RefractException;
import dev.refract.engine.json.Json;
import dev.refract.engine.json.JsonException;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where the seed command is configured, looked up from the project root (the working directory)
 * in this order:
 * <ol>
 * <li>{@code refract.config.properties}, key {@code migrations.seed}: Refract's own, for Java
 *     projects with no Node files (the key is the path Prisma's config uses);</li>
 * <li>{@code prisma.config.ts} (or {@code .mts .cts .js .mjs .cjs}): {@code migrations.seed}, read
 *     when it is a string literal (Refract does not run TypeScript);</li>
 * <li>the nearest {@code package.json} up from the root: {@code "prisma": {"seed": "..."}}, which
 *     Prisma 6 still reads (deprecated in favour of its config file).</li>
 * </ol>
 * The config file comes before {@code package.json}, as in Prisma 6.19.
 *
 * @param command the command line, as written
 * @param source the file it came from, for messages
 */
public record SeedConfig(String command, Path source) {
    /** Refract's own configuration file, in the project root. */
    public static final String REFRACT_CONFIG = "refract.config.properties";
    /** The key of the seed command, in {@link #REFRACT_CONFIG} as in {@code prisma.config.ts}. */
    public static final String KEY = "migrations.seed";

    private static final String[] PRISMA_CONFIGS = {"prisma.config.ts", "prisma.config.mts", "prisma.config.cts",
        "prisma.config.js", "prisma.config.mjs", "prisma.config.cjs"};
    // `seed: "..."` with any JS string quote; the text is checked to sit inside `migrations` below.
    private static final Pattern SEED_LITERAL = Pattern.compile("\\bseed\\s*:\\s*([\"'`])((?:\\\\.|(?!\\1)[^\\\\])*)\\1");
    private static final Pattern SEED_ANY = Pattern.compile("\\bseed\\s*:");

    /**
     * The seed command configured for the project at {@code root}, if any.
     *
     * @throws RefractException when a file names a seed that is not a non-empty string
     */
    public static Optional<SeedConfig> find(Path root) {
        Path dir = root.toAbsolutePath().normalize();
        Path refract = dir.resolve(REFRACT_CONFIG);
        if (Files.isRegularFile(refract)) {
            Properties p = new Properties();
            try (Reader r = Files.newBufferedReader(refract, StandardCharsets.UTF_8)) {
                p.load(r);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + refract, e);
            }
            String seed = p.getProperty(KEY);
            if (seed != null) {
                return Optional.of(checked(seed.strip(), refract, root));
            }
        }
        for (String name : PRISMA_CONFIGS) {
            Path config = dir.resolve(name);
            if (Files.isRegularFile(config)) {
                Optional<SeedConfig> seed = fromPrismaConfig(read(config), config, root);
                if (seed.isPresent()) {
                    return seed;
                }
                break; // Prisma loads one config file
            }
        }
        for (Path d = dir; d != null; d = d.getParent()) {
            Path pkg = d.resolve("package.json");
            if (Files.isRegularFile(pkg)) {
                return fromPackageJson(read(pkg), pkg, root);
            }
        }
        return Optional.empty();
    }

    static Optional<SeedConfig> fromPrismaConfig(String text, Path file, Path root) {
        Matcher m = SEED_LITERAL.matcher(text);
        if (m.find()) {
            if (!text.substring(0, m.start()).contains("migrations")) {
                return Optional.empty();
            }
            if (m.group(1).equals("`") && m.group(2).contains("${")) {
                throw notLiteral(file, root);
            }
            return Optional.of(checked(unescape(m.group(2)), file, root));
        }
        if (SEED_ANY.matcher(text).find() && text.contains("migrations")) {
            throw notLiteral(file, root);
        }
        return Optional.empty();
    }

    static Optional<SeedConfig> fromPackageJson(String text, Path file, Path root) {
        Object json;
        try {
            json = Json.parse(text);
        } catch (JsonException e) {
            throw new RefractException(null, "Cannot parse " + display(file, root) + ": " + e.getMessage());
        }
        if (!(json instanceof Map<?, ?> pkg) || !(pkg.get("prisma") instanceof Map<?, ?> prisma)
                || !prisma.containsKey("seed")) {
            return Optional.empty();
        }
        Object seed = prisma.get("seed");
        if (!(seed instanceof String s)) {
            // Prisma's messages for a seed that is not a string, or is empty.
            throw new RefractException(null, "Provided seed command `" + seed + "` from `" + display(file, root)
                    + "` must be of type string");
        }
        return Optional.of(checked(s, file, root));
    }

    private static SeedConfig checked(String seed, Path file, Path root) {
        if (seed.isEmpty()) {
            throw new RefractException(null, "Provided seed command `` from `" + display(file, root) + "` cannot be empty");
        }
        return new SeedConfig(seed, file);
    }

    private static RefractException notLiteral(Path file, Path root) {
        return new RefractException(null, "Refract reads `" + KEY + "` from `" + display(file, root)
                + "` only when it is a plain string literal. Write the command there as a string, or in "
                + REFRACT_CONFIG + " as `" + KEY + "=...`.");
    }

    private static String unescape(String js) {
        StringBuilder out = new StringBuilder(js.length());
        for (int i = 0; i < js.length(); i++) {
            char c = js.charAt(i);
            if (c == '\\' && i + 1 < js.length()) {
                char n = js.charAt(++i);
                out.append(n == 'n' ? '\n' : n == 't' ? '\t' : n);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static String display(Path file, Path root) {
        Path r = root.toAbsolutePath().normalize();
        return file.startsWith(r) ? r.relativize(file).toString().replace('\\', '/') : file.toString();
    }
}
