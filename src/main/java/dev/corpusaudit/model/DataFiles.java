package dev.corpusaudit.model;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads the tool's own data files (rule files, lexicons, training text): a file that cannot be read, or is not
 * UTF-8, is a {@link ConfigException} that names it.
 */
public final class DataFiles {
    private DataFiles() {
    }

    public static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ConfigException(file + ": cannot be read (" + e.getMessage() + ")");
        }
    }

    /** A file's bytes as text, strictly UTF-8 (no replacement characters). */
    public static String utf8(Path file, byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new ConfigException(file + ": not valid UTF-8");
        }
    }
}
