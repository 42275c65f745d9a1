package dev.corpusaudit.report;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.params.provider.Arguments.arguments;

class DataQualitySheetTest {

    /** Reasons as ingest and the provenance checks write them, and the kind each is counted under. */
    static Stream<Arguments> reasons() {
        return Stream.of(
                arguments("blank line", "blank line"),
                arguments("missing field 'id' (record id)", "missing field '…' (record id)"),
                arguments("duplicate id 'p-7' (the first record with this id was kept)",
                        "duplicate id '…' (the first record with this id was kept)"),
                arguments("duplicate id 'p:7' (the first record with this id was kept)",
                        "duplicate id '…' (the first record with this id was kept)"),
                arguments("duplicate id 'p;7' (the first record with this id was kept)", "duplicate id '…'"),
                arguments("text has 250001 characters, over --max-record-chars 250000",
                        "text has N characters, over --max-record-chars N"),
                arguments("line of 5000001 bytes is over the limit of 1000000 bytes (see --max-record-chars); "
                        + "skipped unparsed", "line of N bytes is over the limit of N bytes (see --max-record-chars)"),
                arguments("row has 3 columns, the header has 4", "row has N columns, the header has N"),
                arguments("malformed JSON: Unexpected character ('x' (code 120))", "malformed JSON"),
                arguments("malformed CSV from this line on (IOException reading next record: java.io.IOException: "
                                + "(line 5) invalid char); the rest of the file was not read",
                        "malformed CSV from this line on"),
                arguments("could not be analyzed: java.lang.IllegalStateException: boom", "could not be analyzed"),
                arguments("invalid UTF-8 replaced with U+FFFD; record scanned", "invalid UTF-8 replaced with U+FFFD"),
                arguments("member_birth_date '1990-13-01' is not a date (yyyy-MM-dd); member_age 'x' is not a whole "
                        + "number of years from 0 to 130; that value is not used",
                        "member_birth_date '…' is not a date (yyyy-MM-dd)"),
                arguments("member_age '-3' is not a whole number of years from 0 to 130; that value is not used",
                        "member_age '…' is not a whole number of years from N to N"),
                arguments("", "(no reason given)"));
    }

    @ParameterizedTest
    @MethodSource("reasons")
    void reasonKindKeepsTheWordsAndDropsTheValues(String reason, String kind) {
        assertEquals(kind, DataQualitySheet.reasonKind(reason));
    }
}
