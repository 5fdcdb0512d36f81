package fr.chorusdesk.pdf;

import java.util.Set;

/** The stable ids of the pre-flight checks, in the order they are reported. */
public final class CheckIds {

    public static final String FILE_READABLE = "file.readable";
    public static final String FILE_SIZE = "file.size";
    public static final String FILE_NAME = "file.name";
    public static final String PDF_HEADER = "pdf.header";
    public static final String PDF_STRUCTURE = "pdf.structure";
    public static final String PDF_PARSE = "pdf.parse";
    public static final String PDF_ENCRYPTION = "pdf.encryption";
    public static final String PDF_PAGES = "pdf.pages";
    public static final String PDF_TEXT = "pdf.text";
    public static final String PDF_PDFA = "pdf.pdfa";
    public static final String FACTURX = "facturx";

    /** A failure of one of these means the file could not be read as a PDF at all. */
    static final Set<String> READABILITY = Set.of(FILE_READABLE, PDF_HEADER, PDF_PARSE);

    private CheckIds() {
    }
}
