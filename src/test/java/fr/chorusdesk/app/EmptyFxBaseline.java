package fr.chorusdesk.app;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The start-up baseline: an empty JavaFX application, same window size, same jars on the
 * class path, same measure as {@code --smoke}. The main class must not itself extend
 * {@code Application} on the class path, exactly as for the real launcher.
 *
 * <p>With the argument {@code skeleton} it shows a menu bar and three tabs instead: the floor
 * any window built of standard controls pays (user-agent stylesheet, control skins).
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
            boolean skeleton = getParameters().getRaw().contains("skeleton");
            Parent root = skeleton
                    ? new BorderPane(new TabPane(new Tab("Nouveau dépôt", new Label("Compte")), new Tab("Brouillons"),
                            new Tab("Historique")), new MenuBar(new Menu("Fichier"), new Menu("Aide")), null, null, null)
                    : new StackPane();
            stage.setScene(new Scene(root, 960, 640));
            // as --smoke prints them with -Dchorusdesk.startup.cpu=true: the FX thread's CPU time
            // when built and when shown (asked only then: the management beans cost time to load)
            boolean cpu = Boolean.getBoolean("chorusdesk.startup.cpu");
            long built = cpu ? StartupClock.threadCpuMillis() : -1;
            stage.setOnShown(event -> {
                System.out.println("first-frame-ms=" + StartupClock.millisSinceJvmStart());
                if (cpu) {
                    System.out.println("startup-cpu built=" + built);
                    System.out.println("startup-cpu shown=" + StartupClock.threadCpuMillis());
                }
                Platform.runLater(Platform::exit);
            });
            stage.show();
        }
    }
}
