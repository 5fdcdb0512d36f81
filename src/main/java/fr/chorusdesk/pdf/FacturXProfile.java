package fr.chorusdesk.pdf;

import java.util.Locale;
import java.util.Optional;

/** Factur-X / ZUGFeRD profiles, from the guideline id of the XML or the XMP conformance level. */
public enum FacturXProfile {
    MINIMUM, BASIC_WL, BASIC, EN16931, EXTENDED, XRECHNUNG;

    /**
     * Reads a guideline id such as {@code urn:factur-x.eu:1p0:basicwl} or
     * {@code urn:cen.eu:en16931:2017#compliant#urn:factur-x.eu:1p0:basic}.
     */
    public static Optional<FacturXProfile> fromGuidelineId(String id) {
        if (id == null || id.isBlank()) {
            return Optional.empty();
        }
        String s = id.trim().toLowerCase(Locale.ROOT);
        if (s.contains("xrechnung")) {
            return Optional.of(XRECHNUNG);
        }
        if (s.contains("extended")) {
            return Optional.of(EXTENDED);
        }
        if (s.contains("basicwl")) {
            return Optional.of(BASIC_WL);
        }
        if (s.contains("minimum")) {
            return Optional.of(MINIMUM);
        }
        if (s.contains(":basic") || s.endsWith("basic")) {
            return Optional.of(BASIC);
        }
        if (s.startsWith("urn:cen.eu:en16931:2017")) {
            return Optional.of(EN16931);
        }
        return Optional.empty();
    }

    /** Reads the XMP {@code fx:ConformanceLevel}: MINIMUM, BASIC WL, BASIC, EN 16931, EXTENDED, XRECHNUNG. */
    public static Optional<FacturXProfile> fromConformanceLevel(String level) {
        if (level == null) {
            return Optional.empty();
        }
        String s = level.trim().toUpperCase(Locale.ROOT).replace(" ", "").replace("_", "");
        return switch (s) {
            case "MINIMUM" -> Optional.of(MINIMUM);
            case "BASICWL" -> Optional.of(BASIC_WL);
            case "BASIC" -> Optional.of(BASIC);
            case "EN16931", "COMFORT" -> Optional.of(EN16931);
            case "EXTENDED" -> Optional.of(EXTENDED);
            case "XRECHNUNG" -> Optional.of(XRECHNUNG);
            default -> Optional.empty();
        };
    }
}
