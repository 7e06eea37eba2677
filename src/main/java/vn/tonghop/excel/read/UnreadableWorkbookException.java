package vn.tonghop.excel.read;

/** A file we cannot or will not read: broken, password-protected, or refused for safety. */
public class UnreadableWorkbookException extends Exception {

    /** What the file is: unreadable as a workbook, or, when it is plainly something else, what. */
    public enum Kind { UNREADABLE, ENCRYPTED, HOSTILE, WEB_PAGE, PDF, WORD, IMAGE, ARCHIVE, EMPTY, XLSB, TEXT, OLD_EXCEL }

    private final Kind kind;

    public UnreadableWorkbookException(String message, Kind kind, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }

    public boolean encrypted() {
        return kind == Kind.ENCRYPTED;
    }
}
