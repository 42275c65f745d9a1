package dev.corpusaudit.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Reads an input stream line by line as UTF-8, telling for each line whether it held invalid UTF-8 (which is then
 * replaced by U+FFFD) and refusing to buffer a line longer than a limit (the rest of such a line is skipped, so one
 * huge line cannot exhaust the heap). Public so that {@code redact} numbers lines exactly as the scan did.
 */
public final class Utf8Lines {
    /** One line: its 1-based number, its text (null when too long), and what went wrong. */
    public record Line(long number, String text, boolean invalidUtf8, long byteLength) {
        public boolean tooLong() {
            return text == null;
        }
    }

    private final InputStream in;
    private final int maxLineBytes;
    private final CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    private final CharsetDecoder lenient = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);
    private final byte[] buf = new byte[1 << 16];
    private int pos;
    private int limit;
    private byte[] line = new byte[1024];
    private long lineNumber;
    private boolean eof;

    public Utf8Lines(InputStream in, int maxLineBytes) {
        this.in = in;
        this.maxLineBytes = maxLineBytes;
    }

    /** The next line, or null at the end of the stream. */
    public Line next() throws IOException {
        if (eof) {
            return null;
        }
        int length = 0;
        long total = 0;
        boolean sawAny = false;
        while (true) {
            if (pos == limit) {
                limit = in.read(buf, 0, buf.length);
                pos = 0;
                if (limit <= 0) {
                    limit = 0;
                    eof = true;
                    if (!sawAny) {
                        return null;
                    }
                    break;
                }
            }
            sawAny = true;
            int start = pos;
            while (pos < limit && buf[pos] != '\n') {
                pos++;
            }
            int chunk = pos - start;
            total += chunk;
            if (total <= maxLineBytes) {
                ensure(length + chunk);
                System.arraycopy(buf, start, line, length, chunk);
                length += chunk;
            }
            if (pos < limit) {
                pos++; // the newline
                break;
            }
        }
        lineNumber++;
        if (total > maxLineBytes) {
            return new Line(lineNumber, null, false, total);
        }
        if (length > 0 && line[length - 1] == '\r') {
            length--;
        }
        if (lineNumber == 1 && length >= 3 && (line[0] & 0xff) == 0xEF && (line[1] & 0xff) == 0xBB
                && (line[2] & 0xff) == 0xBF) {
            // a byte-order mark is not content
            System.arraycopy(line, 3, line, 0, length - 3);
            length -= 3;
        }
        ByteBuffer bytes = ByteBuffer.wrap(line, 0, length);
        try {
            CharBuffer chars = strict.reset().decode(bytes);
            return new Line(lineNumber, chars.toString(), false, total);
        } catch (CharacterCodingException e) {
            CharBuffer chars = lenient.reset().decode(ByteBuffer.wrap(line, 0, length));
            return new Line(lineNumber, chars.toString(), true, total);
        }
    }

    private void ensure(int capacity) {
        if (capacity > line.length) {
            line = Arrays.copyOf(line, Math.max(capacity, line.length * 2));
        }
    }
}
