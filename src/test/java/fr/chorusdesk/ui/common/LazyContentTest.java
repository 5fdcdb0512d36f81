package fr.chorusdesk.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** What waits for the first frame is built in the pulse after it, and only once. */
@ExtendWith(ApplicationExtension.class)
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class LazyContentTest {

    @Test
    void aViewLearnsItWasShownOnlyAfterTheWindowIsUp(FxRobot robot) throws Exception {
        StackPane root = new StackPane();
        AtomicBoolean duringShow = new AtomicBoolean(true);
        ReadOnlyBooleanProperty[] shown = new ReadOnlyBooleanProperty[1];
        Stage[] stage = new Stage[1];
        robot.interact(() -> {
            shown[0] = LazyContent.afterFirstShown(root);
            stage[0] = new Stage();
            stage[0].setScene(new Scene(root, 200, 100));
            stage[0].setOnShown(e -> duringShow.set(shown[0].get()));
            assertThat(shown[0].get()).as("before the window exists").isFalse();
            stage[0].show();
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, shown[0]::get);
        assertThat(duringShow).as("still false while the first frame is made").isFalse();
        robot.interact(() -> stage[0].close());
    }

    @Test
    void aViewJoiningAWindowAlreadyUpIsShownToo(FxRobot robot) throws Exception {
        StackPane root = new StackPane();
        Stage[] stage = new Stage[1];
        robot.interact(() -> {
            stage[0] = new Stage();
            stage[0].setScene(new Scene(root, 200, 100));
            stage[0].show();
        });
        VBox late = new VBox();
        ReadOnlyBooleanProperty[] shown = new ReadOnlyBooleanProperty[1];
        robot.interact(() -> {
            shown[0] = LazyContent.afterFirstShown(late);
            root.getChildren().add(late);
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, shown[0]::get);

        // asked about a node already in the window: it was shown long ago
        VBox inPlace = new VBox();
        robot.interact(() -> {
            root.getChildren().add(inPlace);
            shown[0] = LazyContent.afterFirstShown(inPlace);
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, shown[0]::get);
        robot.interact(() -> stage[0].close());
    }

    @Test
    void contentIsBuiltTheFirstTimeItIsNeededAndNeverAgain(FxRobot robot) {
        VBox holder = new VBox();
        SimpleBooleanProperty needed = new SimpleBooleanProperty();
        AtomicInteger built = new AtomicInteger();
        robot.interact(() -> LazyContent.buildWhen(holder, needed, () -> new Label("part " + built.incrementAndGet())));
        assertThat(holder.getChildren()).isEmpty();

        robot.interact(() -> needed.set(true));
        robot.interact(() -> needed.set(false));
        robot.interact(() -> needed.set(true));

        assertThat(built).hasValue(1);
        assertThat(holder.getChildren()).singleElement()
                .satisfies(n -> assertThat(((Label) n).getText()).isEqualTo("part 1"));
    }
}
