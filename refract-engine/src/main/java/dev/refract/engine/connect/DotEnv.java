package dev.refract.engine.connect;

import dev.refract.engine.error.RefractException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code .env} files, loaded as Prisma loads them: the project root's {@code .env} first, then the
 * one next to the schema; a variable already set (in the process environment, or by an earlier
 * file) is never overwritten. Values are parsed as the {@code dotenv} package parses them (quotes,
 * {@code export}, comments, {@code \n} in double quotes) and {@code ${VAR}} is expanded as
 * Prisma's {@code dotenvExpand} expands it ({@code \${VAR}} stays literal; plain {@code $VAR} is
 * left alone so that passwords with {@code $} survive).
 *
 * <p>The result is a lookup function: the {@code env} argument of refract-schema's
 * {@code DatasourceUrls.url(datasource, env)}, which resolves {@code url = env("DATABASE_URL")}
 * with Prisma's messages, and of {@link #require(Function, String)} here.
 */
public final class DotEnv {
    // dotenv 16's line pattern.
    private static final Pattern LINE = Pattern.compile("^\\s*(?:export\\s+)?([\\w.-]+)(?:\\s*=\\s*?|:\\s+?)"
            + "(\\s*'(?:\\\\'|[^'])*'|\\s*\"(?:\\\\\"|[^\"])*\"|\\s*`(?:\\\\`|[^`])*`|[^#\\r\\n]+)?\\s*(?:#.*)?$",
            Pattern.MULTILINE);
    private static final Pattern QUOTED = Pattern.compile("^(['\"`])([\\s\\S]*)\\1$", Pattern.MULTILINE);
    private static final Pattern REFERENCE = Pattern.compile("(\\\\)?\\$\\{([\\w]*)}");

    private DotEnv() {
    }

    /** The process environment, then {@code projectRoot/.env}, then {@code schemaDir/.env}. */
    public static Function<String, String> load(Path projectRoot, Path schemaDir) {
        List<Path> files = new ArrayList<>();
        if (projectRoot != null) {
            files.add(projectRoot.resolve(".env"));
        }
        if (schemaDir != null) {
            files.add(schemaDir.resolve(".env"));
        }
        return load(System.getenv(), files);
    }

    /** {@code base} (the environment), then each existing file in order; earlier values win. */
    public static Function<String, String> load(Map<String, String> base, List<Path> files) {
        Map<String, String> env = new HashMap<>(base);
        List<Path> seen = new ArrayList<>();
        for (Path file : files) {
            Path normal = file.toAbsolutePath().normalize();
            if (seen.contains(normal) || !Files.isRegularFile(normal)) {
                continue; // the schema's folder may be the root: read its .env once
            }
            seen.add(normal);
            Map<String, String> parsed;
            try {
                parsed = parse(Files.readString(normal, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + normal, e);
            }
            for (Map.Entry<String, String> e : parsed.entrySet()) {
                env.putIfAbsent(e.getKey(), expand(e.getValue(), env, parsed, new java.util.HashSet<>(
                        java.util.Set.of(e.getKey()))));
            }
        }
        Map<String, String> frozen = Map.copyOf(env);
        return frozen::get;
    }

    /** One file's variables, in order, unexpanded. */
    public static Map<String, String> parse(String text) {
        Map<String, String> out = new LinkedHashMap<>();
        Matcher m = LINE.matcher(text.replace("\r\n", "\n").replace('\r', '\n'));
        while (m.find()) {
            String value = m.group(2) == null ? "" : m.group(2).trim();
            char quote = value.isEmpty() ? 0 : value.charAt(0);
            value = QUOTED.matcher(value).replaceAll("$2");
            if (quote == '"') {
                value = value.replace("\\n", "\n").replace("\\r", "\r");
            }
            out.put(m.group(1), value);
        }
        return out;
    }

    /** The value of {@code variable}, or Prisma's error when it is unset. */
    public static String require(Function<String, String> env, String variable) {
        String value = env.apply(variable);
        if (value == null) {
            throw new RefractException("P1012", "Environment variable not found: " + variable + ".");
        }
        return value;
    }

    /** Expands {@code ${KEY}}; a key that refers back to itself (through {@code active}) expands to nothing. */
    private static String expand(String value, Map<String, String> env, Map<String, String> parsed,
                                 java.util.Set<String> active) {
        if (value.indexOf("${") < 0) {
            return value;
        }
        Matcher m = REFERENCE.matcher(value);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String replacement;
            if (m.group(1) != null) {
                replacement = m.group(0).substring(1); // \${X} stays ${X}
            } else {
                String key = m.group(2);
                if (env.containsKey(key)) {
                    replacement = env.get(key);
                } else if (active.add(key)) {
                    replacement = expand(parsed.getOrDefault(key, ""), env, parsed, active);
                    active.remove(key);
                } else {
                    replacement = "";
                }
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }
}
