package dev.refract.maven;

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
import org.apache.maven.plugin.MojoFailureException;

/**
 * The schema the goal works on: one file, or a folder whose {@code *.prisma} files (searched
 * recursively, sorted) form one multi-file schema, as Prisma reads {@code --schema}.
 *
 * @param location the configured file or folder
 * @param paths the files, in the order they are validated
 * @param files the same files named as diagnostics print them (relative to the working directory
 *     when inside it, else absolute, as Prisma's CLI prints them), with their text
 */
record SchemaFiles(Path location, List<Path> paths, List<SourceFile> files) {
    SchemaFiles {
        paths = List.copyOf(paths);
        files = List.copyOf(files);
    }

    /** Reads the schema at {@code location}; a missing or unreadable schema fails the build. */
    static SchemaFiles read(Path location, Path cwd) throws MojoFailureException {
        Path base = cwd.toAbsolutePath().normalize();
        Path at = location.toAbsolutePath().normalize();
        List<Path> paths;
        if (Files.isRegularFile(at)) {
            paths = List.of(at);
        } else if (Files.isDirectory(at)) {
            try (Stream<Path> walk = Files.walk(at)) {
                paths = walk.filter(p -> p.getFileName().toString().endsWith(".prisma"))
                        .filter(Files::isRegularFile)
                        .sorted(Comparator.comparing(p -> display(p, base)))
                        .toList();
            } catch (IOException | UncheckedIOException e) {
                throw new MojoFailureException("Could not read the schema folder `" + display(at, base) + "`: " + e.getMessage());
            }
            if (paths.isEmpty()) {
                throw new MojoFailureException("Could not find any `*.prisma` file in the schema folder `" + display(at, base) + "`");
            }
        } else {
            throw new MojoFailureException("Could not load the schema from `" + display(at, base)
                    + "`: file or directory not found. Set <schema> to the schema file or folder.");
        }
        List<SourceFile> files = new ArrayList<>(paths.size());
        for (Path p : paths) {
            files.add(new SourceFile(display(p, base), text(p, base)));
        }
        return new SchemaFiles(at, paths, files);
    }

    /** The location as printed: relative to the working directory when inside it, else absolute. */
    String displayLocation(Path cwd) {
        return display(location, cwd.toAbsolutePath().normalize());
    }

    private static String text(Path file, Path base) throws MojoFailureException {
        try {
            // Strict decoding: a schema that is not UTF-8 is reported, not silently mangled.
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (CharacterCodingException e) {
            throw new MojoFailureException("Could not read `" + display(file, base) + "`: it is not valid UTF-8");
        } catch (IOException e) {
            throw new MojoFailureException("Could not read `" + display(file, base) + "`: " + e.getMessage());
        }
    }

    private static String display(Path path, Path base) {
        String shown = path.startsWith(base) && !path.equals(base) ? base.relativize(path).toString() : path.toString();
        return shown.replace('\\', '/');
    }
}
