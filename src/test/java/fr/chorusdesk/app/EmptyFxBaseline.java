package fr.chorusdesk.app;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The start-up baseline: an empty JavaFX application, same window size, same jars on the
 * class path, same measure as {@code --smoke}. The main class must not itself extend
 * {@code Application} on the class path, exactly as for the real launcher.
 */
public final class EmptyFxBaseline {

    private EmptyFxBaseline() {
    }

    public static void main(String[] args) {
        Application.launch(EmptyApp.class, args);
    }

    public static final class EmptyApp extends Application {
        @Override
        public void start(Stage stage) {
            stage.setScene(new Scene(new StackPane(), 960, 640));
            stage.setOnShown(event -> {
                System.out.println("first-frame-ms=" + StartupClock.millisSinceJvmStart());
                Platform.runLater(Platform::exit);
            });
            stage.show();
        }
    }
}
