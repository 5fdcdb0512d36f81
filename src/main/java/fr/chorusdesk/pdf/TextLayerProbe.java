package fr.chorusdesk.pdf;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;

/**
 * Tells whether pages carry a text layer from their resources: a page that can show text has a
 * font, directly or in a form it draws; a scanned page has only images. Neither the content nor
 * any font is parsed, which keeps the pre-flight close to the cost of merely opening the file.
 * (A scan with an OCR layer has fonts and rightly counts as text.)
 */
final class TextLayerProbe {

    private static final int MAX_FORM_DEPTH = 4;

    /** True when at least one of the given pages (numbered from 1) has a font to show text with. */
    boolean anyText(PDDocument document, List<Integer> pages) {
        for (int page : pages) {
            try {
                var found = PageLocator.page(document, page - 1);
                if (found.isPresent() && hasFont(found.get().getResources(), 0)) {
                    return true;
                }
            } catch (RuntimeException e) {
                // an unreadable page counts as a page without text
            }
        }
        return false;
    }

    private static boolean hasFont(PDResources resources, int depth) {
        if (resources == null) {
            return false;
        }
        if (resources.getFontNames().iterator().hasNext()) {
            return true;
        }
        if (depth >= MAX_FORM_DEPTH) {
            return false;
        }
        for (COSName name : resources.getXObjectNames()) {
            if (resources.isImageXObject(name)) {
                continue;
            }
            if (xobject(resources, name) instanceof PDFormXObject form && hasFont(form.getResources(), depth + 1)) {
                return true;
            }
        }
        return false;
    }

    private static PDXObject xobject(PDResources resources, COSName name) {
        try {
            return resources.getXObject(name);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
