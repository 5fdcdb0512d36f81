package fr.chorusdesk.testing;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;

/**
 * The three official Factur-X examples shipped in {@code src/test/resources/samples/facturx}
 * (their README there gives the expected values and the licence). They are read from the test
 * class path, so a clone of the project alone is enough to run the tests.
 */
public final class Samples {

    private Samples() {
    }

    /** A sample by file name, e.g. {@code Facture_FR_BASICWL.pdf}. */
    public static Path facturX(String fileName) {
        URL url = Samples.class.getResource("/samples/facturx/" + fileName);
        if (url == null) {
            throw new IllegalArgumentException("no such sample on the test class path: " + fileName);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
