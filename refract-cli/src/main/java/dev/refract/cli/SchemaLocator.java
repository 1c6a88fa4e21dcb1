package dev.refract.cli;

import dev.refract.schema.diagnostics.SourceFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Finds the schema a command works on, the way Prisma's CLI does: the {@code --schema} path
 * (a file, or a folder whose {@code *.prisma} files, searched recursively, form one schema),
 * else {@code prisma/schema.prisma}, else {@code schema.prisma}.
 *
 * <p>File names are printed as Prisma prints them: relative to the working directory when the
 * file lies inside it, absolute otherwise, always with {@code /} separators.
 */
public final class SchemaLocator {
    /** The default locations, in the order they are tried. */
    static final List<String> DEFAULT_LOCATIONS = List.of("prisma/schema.prisma", "schema.prisma");

    private final Path cwd;

    public SchemaLocator(Path cwd) {
        this.cwd = cwd.toAbsolutePath().normalize();
    }

    /**
     * Locates and reads the schema.
     *
     * @param schemaOption the {@code --schema} value, or {@code null} for the default locations
     * @throws UsageException when there is no schema where one was looked for, or it cannot be read
     */
    public SchemaLocation locate(String schemaOption) {
        if (schemaOption == null) {
            return locateDefault();
        }
        Path location = cwd.resolve(schemaOption).normalize();
        if (Files.isDirectory(location)) {
            return readFolder(location);
        }
        if (Files.isRegularFile(location)) {
            return readFile(location);
        }
        throw new UsageException("Could not load `--schema` from provided path `" + schemaOption
                + "`: file or directory not found");
    }

    private SchemaLocation locateDefault() {
        StringBuilder checked = new StringBuilder();
        for (String candidate : DEFAULT_LOCATIONS) {
            Path path = cwd.resolve(candidate);
            if (Files.isRegularFile(path)) {
                return readFile(path);
            }
            checked.append('\n').append(candidate).append(": file not found");
        }
        throw new UsageException("Could not find a Prisma schema that is required for this command.\n"
                + "You can either provide it with `--schema` argument,\n"
                + "or put it into the default location (`./prisma/schema.prisma`, or `./schema.prisma`).\n"
                + "Checked following paths:\n" + checked);
    }

    private SchemaLocation readFile(Path file) {
        String name = display(file);
        return new SchemaLocation(file, name, false, List.of(file), List.of(new SourceFile(name, read(file))));
    }

    private SchemaLocation readFolder(Path folder) {
        List<Path> paths;
        try (Stream<Path> walk = Files.walk(folder)) {
            paths = walk.filter(p -> p.getFileName().toString().endsWith(".prisma"))
                    .filter(Files::isRegularFile)
                    .sorted(Comparator.comparing(this::display))
                    .toList();
        } catch (IOException | UncheckedIOException e) {
            throw new UsageException("Could not read the schema folder `" + display(folder) + "`: " + e.getMessage());
        }
        if (paths.isEmpty()) {
            throw new UsageException("Could not find any `*.prisma` file in the schema folder `" + display(folder) + "`");
        }
        List<SourceFile> files = new ArrayList<>(paths.size());
        for (Path p : paths) {
            files.add(new SourceFile(display(p), read(p)));
        }
        return new SchemaLocation(folder, display(folder), true, paths, files);
    }

    private String read(Path file) {
        try {
            // Strict decoding: a schema that is not UTF-8 is reported, not silently mangled.
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (CharacterCodingException e) {
            throw new UsageException("Could not read `" + display(file) + "`: it is not valid UTF-8");
        } catch (IOException e) {
            throw new UsageException("Could not read `" + display(file) + "`: " + e.getMessage());
        }
    }

    /** How a path is printed: relative to the working directory when inside it, else absolute. */
    public String display(Path path) {
        Path p = path.toAbsolutePath().normalize();
        String shown = p.startsWith(cwd) && !p.equals(cwd) ? cwd.relativize(p).toString() : p.toString();
        return shown.replace('\\', '/');
    }
}
