package dev.corpusaudit.provenance;

import dev.corpusaudit.ingest.CsvReader;
import dev.corpusaudit.ingest.TextEncoding;
import dev.corpusaudit.model.ConfigException;
import dev.corpusaudit.model.InputException;
import dev.corpusaudit.model.IsoDate;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads a register given beside the corpus (opt-outs, members, salaries): CSV with a header that has the named
 * columns (others are ignored). A register is evidence an audit relies on, so a row that cannot be read is not
 * skipped: it stops the scan with its file, line and column (exit 2); a file that cannot be opened is exit 3.
 */
final class RegisterCsv {
    /** One row, with where it was read for messages. */
    record Row(CSVRecord csv, Path file) {
        String get(String column) {
            String value = csv.get(column);
            if (value == null || value.isBlank()) {
                throw problem(column, "is empty");
            }
            return value.strip();
        }

        LocalDate date(String column) {
            String value = get(column);
            LocalDate date = IsoDate.of(value);
            if (date == null) {
                throw problem(column, "'" + value + "' is not a date (yyyy-MM-dd)");
            }
            return date;
        }

        ConfigException problem(String column, String what) {
            return new ConfigException(file + ":" + csv.getParser().getCurrentLineNumber() + ": column '" + column
                    + "' " + what);
        }
    }

    private RegisterCsv() {
    }

    /**
     * A parser over the register's text (UTF-8 without a byte-order mark, {@link TextEncoding}), with the delimiter
     * its header row uses: a comma, or the semicolon a spreadsheet may export. Invalid UTF-8 is an error, not replaced.
     */
    private static CSVParser parse(InputStream in) throws IOException {
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(CsvReader.delimiterOf(in)).setHeader()
                .setSkipHeaderRecord(true).setTrim(true).setIgnoreEmptyLines(true).get();
        return CSVParser.parse(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)), format);
    }

    /** Reads every row of {@code file}, which must have the {@code columns}; returns the number of rows. */
    static long read(Path file, List<String> columns, Consumer<Row> rows) {
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new InputException("cannot read " + file);
        }
        try (InputStream in = TextEncoding.toUtf8(Files.newInputStream(file)); CSVParser parser = parse(in)) {
            for (String column : columns) {
                if (!parser.getHeaderMap().containsKey(column)) {
                    throw new ConfigException(file + ":1: the header needs the columns " + String.join(",", columns)
                            + " (found " + String.join(",", parser.getHeaderNames()) + ")");
                }
            }
            long n = 0;
            for (CSVRecord record : parser) {
                if (!record.isConsistent()) {
                    throw new ConfigException(file + ":" + parser.getCurrentLineNumber() + ": " + record.size()
                            + " columns, the header has " + parser.getHeaderNames().size());
                }
                rows.accept(new Row(record, file));
                n++;
            }
            return n;
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new ConfigException(file + ": not valid UTF-8");
        } catch (UncheckedIOException e) {
            throw new ConfigException(file + ": " + e.getCause().getMessage());
        } catch (IOException e) {
            throw new ConfigException(file + ": " + e.getMessage());
        }
    }
}
