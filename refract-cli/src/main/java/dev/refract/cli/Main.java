package dev.refract.cli;

/** Placeholder entry point of the {@code refract} command; the CLI lands with its own change. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.err.println("refract: not built yet");
        System.exit(2);
    }
}
