package fr.chorusdesk.ui.wizard;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import java.util.ResourceBundle;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** How the PDF step's « Choisir un PDF… » asks for a file: the system's dialog, or a test's answer. */
@FunctionalInterface
public interface PdfChooser {

    /** The file chosen; empty when the user cancels. */
    Optional<Path> choose(Window owner, ResourceBundle messages);

    /** The system's open dialog, showing PDF files. */
    PdfChooser DIALOG = (owner, messages) -> {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.getString("wizard.pdf.chooserTitle"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.getString("wizard.pdf.filter"),
                "*.pdf", "*.PDF"));
        return Optional.ofNullable(chooser.showOpenDialog(owner)).map(File::toPath);
    };
}
