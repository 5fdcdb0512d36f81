package fr.chorusdesk.ui.wizard;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;

/**
 * Snapshots of the window for the user guide, written only when {@code -Dchorusdesk.screenshots=DIR}
 * is given (e.g. {@code docs/images}); otherwise nothing is written.
 */
final class Screenshots {

    private Screenshots() {
    }

    static void take(Stage stage, String name) {
        String target = System.getProperty("chorusdesk.screenshots");
        if (target == null || target.isBlank()) {
            return;
        }
        CompletableFuture<WritableImage> shot = new CompletableFuture<>();
        Platform.runLater(() -> shot.complete(stage.getScene().snapshot(null)));
        try {
            WritableImage image = shot.get(10, TimeUnit.SECONDS);
            int w = (int) image.getWidth();
            int h = (int) image.getHeight();
            BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
            PixelReader pixels = image.getPixelReader();
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    out.setRGB(x, y, pixels.getArgb(x, y));
                }
            }
            Path dir = Path.of(target);
            Files.createDirectories(dir);
            ImageIO.write(out, "png", dir.resolve(name + ".png").toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException("screenshot " + name + " failed", e);
        }
    }
}
