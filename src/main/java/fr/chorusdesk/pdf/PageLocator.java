package fr.chorusdesk.pdf;

import java.util.Optional;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

/**
 * Finds one page by walking down the page tree and resolving only the nodes on the way, starting
 * from the nearer end of each /Kids array. PDFBox's own lookup resolves every sibling, which on a
 * flat 300-page tree parses all 300 page objects to reach the first one.
 */
final class PageLocator {

    private static final int MAX_DEPTH = 64;

    private PageLocator() {
    }

    /** The page at {@code index} (from 0), when the tree leads to it. */
    static Optional<PDPage> page(PDDocument document, int index) {
        COSDictionary node = document.getDocumentCatalog().getCOSObject().getCOSDictionary(COSName.PAGES);
        int remaining = index;
        for (int depth = 0; node != null && depth < MAX_DEPTH; depth++) {
            if (!isTreeNode(node)) {
                return remaining == 0 ? Optional.of(new PDPage(node)) : Optional.empty();
            }
            COSArray kids = node.getCOSArray(COSName.KIDS);
            if (kids == null) {
                return Optional.empty();
            }
            int total = node.getInt(COSName.COUNT, -1);
            COSDictionary next = null;
            if (total > 0 && remaining >= total / 2) {
                // walk from the end: count the pages after the wanted one
                int fromEnd = total - 1 - remaining;
                for (int k = kids.size() - 1; k >= 0 && next == null; k--) {
                    COSDictionary kid = dictionary(kids.getObject(k));
                    int pages = pagesUnder(kid);
                    if (fromEnd < pages) {
                        next = kid;
                        remaining = pages - 1 - fromEnd;
                    } else {
                        fromEnd -= pages;
                    }
                }
            } else {
                for (int k = 0; k < kids.size() && next == null; k++) {
                    COSDictionary kid = dictionary(kids.getObject(k));
                    int pages = pagesUnder(kid);
                    if (remaining < pages) {
                        next = kid;
                    } else {
                        remaining -= pages;
                    }
                }
            }
            node = next;
        }
        return Optional.empty();
    }

    private static COSDictionary dictionary(COSBase base) {
        return base instanceof COSDictionary dictionary ? dictionary : null;
    }

    private static int pagesUnder(COSDictionary kid) {
        if (kid == null) {
            return 0;
        }
        return isTreeNode(kid) ? Math.max(0, kid.getInt(COSName.COUNT, 0)) : 1;
    }

    private static boolean isTreeNode(COSDictionary node) {
        // /Type is sometimes missing: a node with /Kids is a tree node
        return COSName.PAGES.equals(node.getCOSName(COSName.TYPE)) || node.containsKey(COSName.KIDS);
    }
}
