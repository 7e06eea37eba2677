package vn.tonghop.excel;

/** The file is not a workbook we can read. {@code encrypted} tells a password-protected one apart. */
public class UnreadableWorkbookException extends Exception {

    private final boolean encrypted;

    public UnreadableWorkbookException(String message, boolean encrypted, Throwable cause) {
        super(message, cause);
        this.encrypted = encrypted;
    }

    public boolean encrypted() {
        return encrypted;
    }
}
