package dev.refract.generator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;

/** Compiles generated sources in-process (javax.tools) against the test classpath, as a user's build would. */
final class Javac {
    /**
     * @param ok whether compilation succeeded
     * @param errors the error diagnostics, one per line ("Foo.java:12: message")
     * @param classes the output directory
     */
    record Result(boolean ok, String errors, Path classes) {
        /** A class loader over the compiled classes and the test classpath. */
        ClassLoader loader() {
            try {
                return new URLClassLoader(new URL[] {classes.toUri().toURL()}, Javac.class.getClassLoader());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private Javac() {
    }

    /** Compiles {@code sources} (path to text) with {@code --release 17 -Xlint:all -Werror}. */
    static Result compile(Map<String, String> sources) {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, null, null)) {
            Path out = Files.createTempDirectory("refract-gen-classes");
            out.toFile().deleteOnExit();
            files.setLocation(StandardLocation.CLASS_OUTPUT, List.of(out.toFile()));
            List<JavaFileObject> units = new ArrayList<>();
            for (Map.Entry<String, String> e : sources.entrySet()) {
                units.add(new SimpleJavaFileObject(URI.create("string:///" + e.getKey()), JavaFileObject.Kind.SOURCE) {
                    @Override
                    public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                        return e.getValue();
                    }
                });
            }
            List<String> options = List.of("--release", "17", "-Xlint:all", "-Werror", "-proc:none",
                    "-classpath", System.getProperty("java.class.path"));
            boolean ok = javac.getTask(null, files, diagnostics, options, null, units).call();
            String errors = diagnostics.getDiagnostics().stream()
                    .filter(d -> d.getKind() == Diagnostic.Kind.ERROR || d.getKind() == Diagnostic.Kind.WARNING
                            || d.getKind() == Diagnostic.Kind.MANDATORY_WARNING)
                    .map(d -> (d.getSource() == null ? "" : Path.of(d.getSource().toUri().getPath()).getFileName() + ":"
                            + d.getLineNumber() + ": ") + d.getMessage(null))
                    .collect(Collectors.joining("\n"));
            return new Result(ok, errors, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
