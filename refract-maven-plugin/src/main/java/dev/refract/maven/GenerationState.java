package dev.refract.maven;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The record a generation leaves in its output directory ({@value #FILE_NAME}): the fingerprint
 * it was made from and the files it wrote. The next build compares fingerprints to skip the work,
 * and on a regeneration deletes exactly the files the last one wrote that are no longer generated
 * (a removed model), never anything else in the directory.
 *
 * <p>The record is deleted before files are written and written after the last one, so a build
 * stopped half-way is never mistaken for an up-to-date client.
 *
 * @param fingerprint the {@link Fingerprint} the files were generated from
 * @param files the generated files, relative to the output directory, with {@code /}
 */
record GenerationState(String fingerprint, List<String> files) {
    static final String FILE_NAME = ".refract-generate";
    private static final String HEADER = "# Written by refract-maven-plugin: what the client here was generated from."
            + " Delete it to force a regeneration.";

    GenerationState {
        files = List.copyOf(files);
    }

    /** The state recorded in {@code dir}, or null when there is none or it is not readable as one. */
    static GenerationState read(Path dir) {
        Path file = dir.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            return null;
        }
        String fingerprint = null;
        List<String> files = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (line.startsWith("fingerprint ")) {
                    fingerprint = line.substring("fingerprint ".length()).trim();
                } else if (line.startsWith("file ")) {
                    files.add(line.substring("file ".length()));
                }
            }
        } catch (IOException e) {
            return null;
        }
        return fingerprint == null ? null : new GenerationState(fingerprint, files);
    }

    /** Whether this state was made from {@code current} and every file it lists is still there. */
    boolean isCurrent(String current, Path dir) {
        return fingerprint.equals(current) && files.stream().allMatch(f -> Files.isRegularFile(dir.resolve(f)));
    }

    /** Writes {@code sources} under {@code dir} and records them; returns the number of files whose text changed. */
    static int generate(Path dir, String fingerprint, Map<String, String> sources, GenerationState previous)
            throws IOException {
        Files.createDirectories(dir);
        Files.deleteIfExists(dir.resolve(FILE_NAME));
        int changed = 0;
        for (Map.Entry<String, String> e : sources.entrySet()) {
            if (writeIfChanged(dir.resolve(e.getKey()), e.getValue())) {
                changed++;
            }
        }
        if (previous != null) {
            for (String old : previous.files()) {
                if (!sources.containsKey(old)) {
                    Files.deleteIfExists(dir.resolve(old));
                }
            }
        }
        write(dir, new GenerationState(fingerprint, List.copyOf(sources.keySet())));
        return changed;
    }

    private static void write(Path dir, GenerationState state) throws IOException {
        StringBuilder text = new StringBuilder(HEADER).append('\n');
        text.append("fingerprint ").append(state.fingerprint()).append('\n');
        for (String f : state.files()) {
            text.append("file ").append(f).append('\n');
        }
        writeIfChanged(dir.resolve(FILE_NAME), text.toString());
    }

    /**
     * Writes through a temporary file and a rename, so no reader sees half a file; an unchanged file
     * is left alone (its time too, so incremental compilers have nothing to redo).
     */
    private static boolean writeIfChanged(Path file, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        if (Files.isRegularFile(file) && java.util.Arrays.equals(Files.readAllBytes(file), bytes)) {
            return false;
        }
        Files.createDirectories(file.getParent());
        Path tmp = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
        try {
            Files.write(tmp, bytes);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
        return true;
    }
}
