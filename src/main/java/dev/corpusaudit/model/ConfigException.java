package dev.corpusaudit.model;

/** A usage or configuration error (bad option, broken ruleset): the command exits with code 2. */
public class ConfigException extends RuntimeException {
    public ConfigException(String message) {
        super(message);
    }

    public ConfigException(String message, Throwable cause) {
        super(message, cause);
    }
}
