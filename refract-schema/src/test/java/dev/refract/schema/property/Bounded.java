package dev.refract.schema.property;

import dev.refract.schema.PrismaSchema;
import dev.refract.schema.ValidatedSchema;
import dev.refract.schema.diagnostics.SourceFile;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs the schema pipeline on a fresh thread with the JVM's default stack size (what a CLI
 * run has), so a deep recursion shows up as the {@link StackOverflowError} a user would get,
 * and under a generous limit, so a hang fails the test instead of stalling the build. The
 * limit only catches hangs: it is minutes away from any normal run, never a timing assertion.
 */
final class Bounded {
    /** Far beyond any normal run of the pipeline, even on a busy 2-core machine. */
    static final Duration LIMIT = Duration.ofSeconds(60);

    private Bounded() {
    }

    /** Validates and renders {@code text} (both colour modes), or fails with what went wrong. */
    static ValidatedSchema validate(String text) {
        return validate(List.of(new SourceFile("schema.prisma", text)));
    }

    static ValidatedSchema validate(List<SourceFile> files) {
        return run(() -> {
            ValidatedSchema schema = PrismaSchema.validate(files);
            schema.render(false);
            schema.render(true);
            return schema;
        });
    }

    /** Runs {@code work} on its own daemon thread; a throwable or the time limit fails the caller. */
    static <T> T run(java.util.function.Supplier<T> work) {
        CompletableFuture<T> result = new CompletableFuture<>();
        Thread thread = new Thread(null, () -> {
            try {
                result.complete(work.get());
            } catch (Throwable t) {
                result.completeExceptionally(t);
            }
        }, "bounded-pipeline", 0);
        thread.setDaemon(true); // a hung run must not keep the test JVM alive
        thread.start();
        try {
            return result.get(LIMIT.toSeconds(), TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            StackTraceElement[] where = thread.getStackTrace();
            thread.interrupt();
            AssertionError hang = new AssertionError("schema pipeline still running after " + LIMIT
                    + " (a hang, or quadratic work); its stack at that moment is attached");
            Throwable stack = new Throwable("stack of the hung thread");
            stack.setStackTrace(where);
            hang.initCause(stack);
            throw hang;
        } catch (ExecutionException e) {
            throw new AssertionError("schema pipeline threw " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }
}
