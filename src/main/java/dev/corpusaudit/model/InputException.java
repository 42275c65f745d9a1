package dev.corpusaudit.model;

/** An input that cannot be read at all (missing file, no permission, not gzip): the command exits with code 3. */
public class InputException extends RuntimeException {
    public InputException(String message) {
        super(message);
    }

    public InputException(String message, Throwable cause) {
        super(message, cause);
    }
}
