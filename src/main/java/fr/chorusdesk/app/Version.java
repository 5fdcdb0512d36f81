package fr.chorusdesk.app;

import java.util.Optional;

/** The version written in the jar manifest; "dev" when running from classes. */
final class Version {

    private Version() {
    }

    static String current() {
        return Optional.ofNullable(Version.class.getPackage().getImplementationVersion()).orElse("dev");
    }
}
