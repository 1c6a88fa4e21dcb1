package dev.refract.migrate.seed;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Runs the seed command as Prisma 6 runs it, with its messages: {@code db seed}, and
 * {@code migrate dev}/{@code migrate reset} after they migrate (unless {@code --skip-seed}).
 *
 * <p>The command is split on spaces ({@code \ } keeps a space in an argument) and run directly,
 * not through a shell, exactly as Prisma's {@code execa} runs it, so one {@code package.json} seed
 * does the same under both tools; quotes, {@code $VAR}, pipes and {@code &&} are not interpreted
 * (put them in a script and name the script). The child sees the environment given (the process
 * environment plus the {@code .env} files), reads the terminal's standard input, and its output
 * goes to {@code out} and {@code err}.
 *
 * <pre>{@code
 * Optional<SeedConfig> seed = SeedConfig.find(projectRoot);
 * boolean ok = seed.isEmpty() || new Seeder(projectRoot, env, System.out, System.err).run(seed.get(), List.of());
 * }</pre>
 */
public final class Seeder {
    private static final boolean WINDOWS = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");

    private final Path cwd;
    private final Map<String, String> env;
    private final PrintStream out;
    private final PrintStream err;

    /**
     * @param cwd the directory the command runs in (the project root)
     * @param env variables to set for the command on top of the inherited environment
     */
    public Seeder(Path cwd, Map<String, String> env, PrintStream out, PrintStream err) {
        this.cwd = cwd;
        this.env = env;
        this.out = out;
        this.err = err;
    }

    /**
     * Prints {@code Running seed command `...` ...}, runs it with {@code extraArgs} appended, then
     * prints Prisma's success line, or its error block on {@code err}.
     *
     * @return whether the command ran and exited 0 (the caller then exits 0, else 1)
     */
    public boolean run(SeedConfig seed, List<String> extraArgs) {
        String line = extraArgs.isEmpty() ? seed.command() : seed.command() + " " + String.join(" ", extraArgs);
        out.println("Running seed command `" + line + "` ...");
        List<String> argv = split(line);
        ProcessBuilder pb = new ProcessBuilder(argv).directory(cwd.toFile()).redirectInput(ProcessBuilder.Redirect.INHERIT);
        env.forEach(pb.environment()::putIfAbsent);
        int code;
        try {
            Process p = pb.start();
            Thread stdout = pump(p.getInputStream(), out);
            Thread stderr = pump(p.getErrorStream(), err);
            code = p.waitFor();
            stdout.join();
            stderr.join();
        } catch (IOException e) {
            // As execa reports a program that cannot be started.
            return failed("Command failed with ENOENT: " + line + "\nspawn " + argv.get(0) + " ENOENT");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return failed("Command was canceled: " + line);
        }
        if (code != 0) {
            return failed("Command failed with exit code " + code + ": " + line);
        }
        out.println();
        out.println((WINDOWS ? "" : "\uD83C\uDF31  ") + "The seed command has been executed.");
        return true;
    }

    private boolean failed(String message) {
        err.println();
        err.println("An error occurred while running the seed command:");
        err.println("Error: " + message);
        return false;
    }

    /** Splits on runs of spaces; an argument ending in a backslash joins the next with a space. */
    static List<String> split(String command) {
        List<String> parts = new ArrayList<>();
        for (String token : command.strip().split(" +")) {
            int last = parts.size() - 1;
            if (last >= 0 && parts.get(last).endsWith("\\")) {
                String prev = parts.get(last);
                parts.set(last, prev.substring(0, prev.length() - 1) + " " + token);
            } else {
                parts.add(token);
            }
        }
        return parts;
    }

    private static Thread pump(InputStream in, OutputStream to) {
        Thread t = new Thread(() -> {
            byte[] buffer = new byte[8192];
            try (in) {
                for (int n; (n = in.read(buffer)) > 0; ) {
                    synchronized (to) {
                        to.write(buffer, 0, n);
                        to.flush();
                    }
                }
            } catch (IOException ignored) {
                // The child closed its end: nothing more to copy.
            }
        }, "refract-seed-output");
        t.setDaemon(true);
        t.start();
        return t;
    }
}
