package vn.tonghop.excel;

/** A file we cannot or will not read: broken, password-protected, or refused for safety. */
public class UnreadableWorkbookException extends Exception {

    public enum Kind { UNREADABLE, ENCRYPTED, HOSTILE }

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
