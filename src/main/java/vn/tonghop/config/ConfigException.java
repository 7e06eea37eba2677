package vn.tonghop.config;

/** Broken or missing configuration under jobs/: the operator must fix it, so the exit code is 2. */
public class ConfigException extends RuntimeException {
    public ConfigException(String message) {
        super(message);
    }

    public ConfigException(String message, Throwable cause) {
        super(message, cause);
    }
}
