package dev.refract.maven;

import dev.refract.generator.ClientGenerator;
import dev.refract.model.SchemaModel;
import dev.refract.schema.PrismaSchema;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * What a generated client depends on, as one sha256: the schema files (their names within the
 * schema location and their bytes), the goal's options, and the code that turns a schema into
 * sources (the classes of refract-model, refract-schema, refract-generator and this plugin).
 * Hashing the code rather than a version string means a rebuilt SNAPSHOT generator regenerates
 * too; entries are hashed by name and content, so repackaging the same classes changes nothing.
 */
final class Fingerprint {
    private static final Class<?>[] CODE = {SchemaModel.class, PrismaSchema.class, ClientGenerator.class, Fingerprint.class};
    private static volatile String codeHash;

    private Fingerprint() {
    }

    /** The fingerprint of generating {@code schema} with these options. */
    static String of(SchemaFiles schema, String packageName) throws IOException {
        MessageDigest d = sha256();
        update(d, "refract-maven-plugin/generate v1");
        update(d, "code " + code());
        update(d, "package " + packageName);
        for (Path p : schema.paths()) {
            Path name = p.equals(schema.location()) ? p.getFileName() : schema.location().relativize(p);
            update(d, "file " + name.toString().replace('\\', '/'));
            byte[] bytes = Files.readAllBytes(p);
            update(d, "size " + bytes.length);
            d.update(bytes);
        }
        return HexFormat.of().formatHex(d.digest());
    }

    /** The hash of the generator's code, computed once per JVM (a reactor may run the goal many times). */
    static String code() throws IOException {
        String h = codeHash;
        if (h == null) {
            MessageDigest d = sha256();
            for (Class<?> c : CODE) {
                hashCodeSource(d, c);
            }
            h = HexFormat.of().formatHex(d.digest());
            codeHash = h;
        }
        return h;
    }

    private static void hashCodeSource(MessageDigest d, Class<?> type) throws IOException {
        CodeSource source = type.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null) {
            update(d, "unknown " + type.getName());
            return;
        }
        Path location;
        try {
            location = Path.of(source.getLocation().toURI());
        } catch (URISyntaxException | IllegalArgumentException e) {
            update(d, "location " + source.getLocation());
            return;
        }
        Map<String, byte[]> entries = new TreeMap<>();
        if (Files.isDirectory(location)) {
            List<Path> files = new ArrayList<>();
            try (Stream<Path> walk = Files.walk(location)) {
                walk.filter(Files::isRegularFile).sorted(Comparator.naturalOrder()).forEach(files::add);
            }
            for (Path f : files) {
                entries.put(location.relativize(f).toString().replace('\\', '/'), Files.readAllBytes(f));
            }
        } else {
            try (JarFile jar = new JarFile(location.toFile())) {
                for (JarEntry e : java.util.Collections.list(jar.entries())) {
                    // The manifest and Maven's metadata carry build times; the classes are what counts.
                    if (!e.isDirectory() && !e.getName().startsWith("META-INF/")) {
                        try (InputStream in = jar.getInputStream(e)) {
                            entries.put(e.getName(), in.readAllBytes());
                        }
                    }
                }
            }
        }
        update(d, "source " + type.getName() + " " + entries.size());
        for (Map.Entry<String, byte[]> e : entries.entrySet()) {
            update(d, e.getKey() + " " + e.getValue().length);
            d.update(e.getValue());
        }
    }

    private static void update(MessageDigest d, String line) {
        d.update((line + "\n").getBytes(StandardCharsets.UTF_8));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
