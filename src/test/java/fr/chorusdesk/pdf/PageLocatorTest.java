package fr.chorusdesk.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;

class PageLocatorTest {

    /** Pages told apart by their width: page i is 100 + i points wide. */
    private static PDDocument pages(int count) {
        PDDocument doc = new PDDocument();
        for (int i = 0; i < count; i++) {
            doc.addPage(new PDPage(new PDRectangle(100 + i, 100)));
        }
        return doc;
    }

    @Test
    void findsEveryPageOfAFlatTreeFromBothEnds() throws IOException {
        try (PDDocument doc = pages(7)) {
            for (int i = 0; i < 7; i++) {
                assertThat(PageLocator.page(doc, i)).get()
                        .extracting(p -> (int) p.getMediaBox().getWidth()).isEqualTo(100 + i);
            }
            assertThat(PageLocator.page(doc, 7)).isEmpty();
            assertThat(PageLocator.page(doc, -1)).isEmpty();
        }
    }

    @Test
    void findsPagesInANestedTree() throws IOException {
        try (PDDocument doc = pages(5)) {
            // regroup pages 1..3 under an intermediate node: root kids = [p0, node(p1,p2,p3), p4]
            COSDictionary root = doc.getDocumentCatalog().getCOSObject().getCOSDictionary(COSName.PAGES);
            COSArray kids = root.getCOSArray(COSName.KIDS);
            COSDictionary node = new COSDictionary();
            node.setItem(COSName.TYPE, COSName.PAGES);
            COSArray inner = new COSArray();
            for (int i = 1; i <= 3; i++) {
                COSDictionary page = (COSDictionary) kids.getObject(i);
                page.setItem(COSName.PARENT, node);
                inner.add(page);
            }
            node.setItem(COSName.KIDS, inner);
            node.setItem(COSName.COUNT, COSInteger.get(3));
            node.setItem(COSName.PARENT, root);
            COSArray regrouped = new COSArray();
            regrouped.add(kids.getObject(0));
            regrouped.add(node);
            regrouped.add(kids.getObject(4));
            root.setItem(COSName.KIDS, regrouped);

            for (int i = 0; i < 5; i++) {
                assertThat(PageLocator.page(doc, i)).get()
                        .extracting(p -> (int) p.getMediaBox().getWidth()).as("page %d", i).isEqualTo(100 + i);
            }
        }
    }
}
