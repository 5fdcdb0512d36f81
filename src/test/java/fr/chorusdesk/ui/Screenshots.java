package fr.chorusdesk.ui;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;

/**
 * Writes a node's JavaFX snapshot as a PNG for the docs, only when asked:
 * {@code mvn test -Dtest=... -Dchorusdesk.screenshots=docs/images}. Call on the FX thread.
 */
public final class Screenshots {

    private Screenshots() {
    }

    public static Optional<Path> write(Node node, String name) throws IOException {
        String dir = System.getProperty("chorusdesk.screenshots");
        if (dir == null || dir.isBlank()) {
            return Optional.empty();
        }
        WritableImage image = node.snapshot(null, null);
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        BufferedImage png = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        PixelReader pixels = image.getPixelReader();
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                png.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
        Path file = Path.of(dir).resolve(name + ".png");
        Files.createDirectories(file.getParent());
        ImageIO.write(png, "png", file.toFile());
        return Optional.of(file);
    }
}
