package dev.refract.cli;

import picocli.CommandLine.IVersionProvider;

/** {@code refract --version}: the version Maven wrote into the jar's manifest. */
final class Versions implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = Versions.class.getPackage().getImplementationVersion();
        return new String[] {"refract " + (version != null ? version : "(development build)")};
    }
}
