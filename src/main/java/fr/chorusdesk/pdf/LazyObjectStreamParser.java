package fr.chorusdesk.pdf;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDocument;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.io.RandomAccessRead;
import org.apache.pdfbox.io.RandomAccessStreamCache.StreamCacheCreateFunction;
import org.apache.pdfbox.pdfparser.PDFObjectStreamParser;
import org.apache.pdfbox.pdfparser.PDFParser;

/**
 * PDFBox's parser, except that the first objects asked of a compressed object stream are read
 * one by one. PDFBox parses the whole stream (a few hundred objects in files it wrote itself) at
 * the first object asked of it, while an inspection asks each stream for one to four: the
 * catalog, the first pages and their resources, the last page, the attachment's dictionary. On a
 * 300-page file with object streams that whole-stream parsing was most of what the pre-flight
 * cost over a bare open (docs/benchmarks.md, "PDF pre-flight"; decision 019).
 *
 * <p>Once {@value #OBJECTS_READ_ALONE} objects of a stream have been asked for, the next makes it
 * parsed whole, as PDFBox does, so a reading that walks every page pays at most that many single
 * reads more per stream. Any
 * stream this class cannot read plainly (an object number given twice, a header that does not
 * add up, a parse error) goes to PDFBox's own code, which decides as it always did.
 */
final class LazyObjectStreamParser extends PDFParser {

    /** Single reads per object stream before it is parsed whole (each costs about a header parse). */
    static final int OBJECTS_READ_ALONE = 4;

    private final Map<Long, Integer> asked = new HashMap<>();
    private int readAlone;
    private int parsedWhole;

    LazyObjectStreamParser(RandomAccessRead source, StreamCacheCreateFunction streamCache) throws IOException {
        super(source, "", null, null, streamCache);
    }

    // called by PDFBox under the parser's lock (parseObjectDynamically is synchronized)
    @Override
    protected COSBase parseObjectStreamObject(long objectStream, COSObjectKey key) throws IOException {
        if (asked.merge(objectStream, 1, Integer::sum) <= OBJECTS_READ_ALONE) {
            COSBase stream = document.getObjectFromPool(getObjectKey(objectStream, 0)).getObject();
            if (stream instanceof COSStream objects) {
                COSBase found = readAlone(objects, key.getNumber());
                if (found != null) {
                    readAlone++;
                    return found;
                }
            }
        }
        parsedWhole++;
        return super.parseObjectStreamObject(objectStream, key);
    }

    private COSBase readAlone(COSStream objects, long number) {
        try {
            return new OneObjectReader(objects, document).read(number);
        } catch (IOException | RuntimeException e) {
            return null; // PDFBox's own parsing decides, and reports, as it always did
        }
    }

    /** Objects read by themselves so far, for tests. */
    int objectsReadAlone() {
        return readAlone;
    }

    /** Objects handed to PDFBox's whole-stream parsing so far, for tests. */
    int objectsParsedWithTheirStream() {
        return parsedWhole;
    }

    /** Reads the header of one object stream, then only the object asked for. */
    private static final class OneObjectReader extends PDFObjectStreamParser {

        private final int count;
        private final int first;

        OneObjectReader(COSStream objects, COSDocument document) throws IOException {
            super(objects, document);
            this.count = objects.getInt(COSName.N);
            this.first = objects.getInt(COSName.FIRST);
        }

        /** The object, or null when the stream cannot be read plainly (PDFBox then decides). */
        COSBase read(long number) throws IOException {
            try {
                if (count < 0 || first < 0) {
                    return null;
                }
                // no capacity from /N: a file can claim any count, the header's own length bounds the loop
                Map<Long, Integer> offsets = new HashMap<>();
                for (int i = 0; i < count && source.getPosition() < first; i++) {
                    long objectNumber = readObjectNumber();
                    offsets.put(objectNumber, (int) readLong());
                }
                Integer offset = offsets.get(number);
                // a number given twice is told apart by the cross-reference's index: PDFBox's job
                if (offsets.size() != count || offset == null || offset < 0) {
                    return null;
                }
                long gap = (long) first + offset - source.getPosition();
                if (gap < 0 || gap > Integer.MAX_VALUE) {
                    return null;
                }
                source.skip((int) gap);
                COSBase object = parseDirObject();
                if (object != null) {
                    object.setDirect(false);
                }
                return object;
            } finally {
                source.close();
            }
        }
    }
}
