package dev.corpusaudit.ingest;

import dev.corpusaudit.model.ConfigException;
import org.apache.commons.io.ByteOrderMark;
import org.apache.commons.io.input.BOMInputStream;
import org.apache.commons.io.input.ReaderInputStream;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The bytes of an input file as UTF-8, which the readers read: a byte-order mark is dropped (spreadsheet programs
 * write one before a CSV header), and a file in UTF-16 or UTF-32 (with its mark, or UTF-16 without one, as Windows
 * tools export it) or in the encoding the user names ({@code --encoding windows-1252}) is transcoded. Line breaks
 * stay where they were, so line numbers are the file's.
 */
public final class TextEncoding {
    private static final int BUFFER = 1 << 16;

    private TextEncoding() {
    }

    /** The stream as UTF-8 without a byte-order mark; it supports {@link InputStream#mark}. */
    public static InputStream toUtf8(InputStream in) throws IOException {
        return toUtf8(in, StandardCharsets.UTF_8);
    }

    /**
     * The stream as UTF-8 without a byte-order mark; it supports {@link InputStream#mark}.
     *
     * @param encoding the file's encoding when it has no byte-order mark and is no UTF-16 without one; bytes it
     *                 cannot decode become U+FFFD (in UTF-8, the readers replace and flag them)
     */
    public static InputStream toUtf8(InputStream in, Charset encoding) throws IOException {
        BOMInputStream bom = BOMInputStream.builder().setInputStream(in).setByteOrderMarks(ByteOrderMark.UTF_8,
                ByteOrderMark.UTF_16LE, ByteOrderMark.UTF_16BE, ByteOrderMark.UTF_32LE, ByteOrderMark.UTF_32BE).get();
        String charset = bom.getBOMCharsetName();
        BufferedInputStream buffered = new BufferedInputStream(bom, BUFFER);
        if (charset == null) {
            charset = utf16WithoutMark(buffered);
        }
        if (charset == null) {
            charset = encoding.name();
        }
        if (charset.equals(StandardCharsets.UTF_8.name())) {
            return buffered;
        }
        InputStreamReader reader = new InputStreamReader(buffered, Charset.forName(charset).newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE));
        return new BufferedInputStream(ReaderInputStream.builder().setReader(reader).setCharset(StandardCharsets.UTF_8)
                .get(), BUFFER);
    }

    /**
     * The encoding a user names ({@code --encoding}): any name or alias Java knows ({@code windows-1252},
     * {@code latin1}, {@code ISO-8859-15}, {@code cp850}).
     *
     * @throws ConfigException for a name Java does not know
     */
    public static Charset named(String name) {
        try {
            return Charset.forName(name.trim());
        } catch (IllegalArgumentException e) { // illegal or unsupported name
            throw new ConfigException("--encoding: unknown encoding '" + name + "' (e.g. UTF-8, windows-1252, "
                    + "ISO-8859-15)");
        }
    }

    /**
     * UTF-16 without a byte-order mark: a zero byte beside each of the first two characters, as in any UTF-16 text
     * that starts with ASCII (a JSON line's '{', a CSV header's column name). UTF-8 text has no zero bytes.
     */
    private static String utf16WithoutMark(BufferedInputStream in) throws IOException {
        in.mark(4);
        byte[] b = in.readNBytes(4);
        in.reset();
        if (b.length < 4) {
            return null;
        }
        if (b[0] != 0 && b[1] == 0 && b[2] != 0 && b[3] == 0) {
            return StandardCharsets.UTF_16LE.name();
        }
        if (b[0] == 0 && b[1] != 0 && b[2] == 0 && b[3] != 0) {
            return StandardCharsets.UTF_16BE.name();
        }
        return null;
    }
}
