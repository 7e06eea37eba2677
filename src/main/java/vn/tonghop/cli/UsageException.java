package vn.tonghop.cli;

/** Bad command-line usage: exit code 2 with a one-line reason. */
public class UsageException extends Exception {
    public UsageException(String message) {
        super(message);
    }
}
