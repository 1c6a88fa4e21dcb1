package dev.refract.cli;

import picocli.CommandLine.Option;

/** The {@code --color} option, shared by every command that prints diagnostics. */
public final class ColorOption {
    @Option(names = "--color", paramLabel = "WHEN", defaultValue = "auto",
            description = "Colour diagnostics: auto (when writing to a terminal), always, never. Default: ${DEFAULT-VALUE}.")
    ColorMode mode = ColorMode.AUTO;

    /** Whether to colour, given where the output goes. */
    public boolean enabled(boolean terminal) {
        return mode.enabled(terminal);
    }
}
