package dev.refract.cli;

/** The {@code --color} option: when diagnostics carry ANSI colour escapes. */
public enum ColorMode {
    /** Colour when writing to a terminal and {@code NO_COLOR} is unset. */
    AUTO,
    /** Always colour, even into a pipe or a file (Prisma's own CLI always does). */
    ALWAYS,
    /** Never colour. */
    NEVER;

    /** Whether to colour, given where the output goes. */
    public boolean enabled(boolean terminal) {
        return switch (this) {
            case ALWAYS -> true;
            case NEVER -> false;
            case AUTO -> terminal && System.getenv("NO_COLOR") == null;
        };
    }
}
