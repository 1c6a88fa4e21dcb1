package dev.refract.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The {@code refract} CLI in a child JVM (a real OS process, with its own connections, locks and
 * death), started by tests that need processes racing or being killed. The child runs
 * {@link #main}: it says {@code ready}, waits until a start file exists, then runs
 * {@link Main#main} with the remaining arguments, so several children start their command at
 * the same instant whatever their JVM start-up times.
 */
final class CliProcess {
    private static final String READY = "ready";

    private final Process process;
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private final List<String> all = java.util.Collections.synchronizedList(new ArrayList<>());

    private CliProcess(Process process) {
        this.process = process;
        Thread reader = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null; ) {
                    all.add(line);
                    lines.add(line);
                }
            } catch (IOException ignored) {
                // The child was killed: what it printed so far is in `all`.
            }
        }, "cli-process-out");
        reader.setDaemon(true);
        reader.start();
    }

    /**
     * Starts {@code refract args...} in {@code cwd}, waiting for {@code startFile} before running.
     * Standard error is merged into standard output. Returns once the child is ready.
     */
    static CliProcess start(Path cwd, Path startFile, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                // A quick start matters more than peak speed for a command that runs a second.
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto",
                "-cp", System.getProperty("java.class.path"),
                CliProcess.class.getName(), startFile.toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(cwd.toFile()).redirectErrorStream(true);
        // A deploy waiting behind another on a loaded machine must not time out on the lock.
        pb.environment().put(MigrateCommand.LOCK_TIMEOUT_ENV, "120000");
        CliProcess child = new CliProcess(pb.start());
        String first = child.nextLine(60);
        if (!READY.equals(first)) {
            child.process.destroyForcibly();
            throw new IllegalStateException("child did not start: " + first + "\n" + child.output());
        }
        return child;
    }

    /** The next line the child printed, or null if none came within {@code seconds}. */
    String nextLine(long seconds) throws InterruptedException {
        return lines.poll(seconds, TimeUnit.SECONDS);
    }

    /** Waits for the child to end (up to two minutes) and returns its exit code. */
    int waitFor() throws InterruptedException {
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("child did not finish:\n" + output());
        }
        return process.exitValue();
    }

    /** Kills the child as {@code kill -9} does: no shutdown hooks, no closing of connections. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    /** Everything the child printed so far. */
    String output() {
        synchronized (all) {
            return String.join("\n", all);
        }
    }

    /** The child: {@code startFile args...}. */
    public static void main(String[] args) throws Exception {
        System.out.println(READY);
        System.out.flush();
        Path start = Path.of(args[0]);
        while (!Files.exists(start)) {
            Thread.sleep(1);
        }
        Main.main(java.util.Arrays.copyOfRange(args, 1, args.length));
    }
}
