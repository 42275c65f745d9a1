package dev.corpusaudit.model;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

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

    /**
     * The files of some training inputs: a file as given, a folder's files whose names end in one of
     * {@code suffixes}, in name order; an input that is neither is a {@link ConfigException}.
     */
    public static List<Path> trainingFiles(List<Path> inputs, List<String> suffixes) {
        List<Path> files = new ArrayList<>();
        for (Path input : inputs) {
            if (Files.isRegularFile(input)) {
                files.add(input);
                continue;
            }
            if (!Files.isDirectory(input)) {
                throw new ConfigException("training data not found: " + input);
            }
            try (Stream<Path> list = Files.list(input)) {
                list.filter(p -> suffixes.stream().anyMatch(p.getFileName().toString()::endsWith)).sorted()
                        .forEach(files::add);
            } catch (IOException e) {
                throw new ConfigException(input + ": cannot be read (" + e.getMessage() + ")");
            }
        }
        return files;
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
