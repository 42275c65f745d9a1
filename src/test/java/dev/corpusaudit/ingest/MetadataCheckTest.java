package dev.corpusaudit.ingest;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class MetadataCheckTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            // source | region | lang | created_at | problems
            "post | DE | de | 2025-03-01 | ",
            "ai_prompt | GB | en | 2025-03-01T10:15:00Z | ",
            "- | - | - | - | ",
            "message | CH | fr | 2025-03-01 10:15 | ",
            "dm | DE | de | 2025-03-01 | field 'source' is 'dm', not a source type",
            "post | GERMANY | de | 2025-03-01 | field 'region' is 'GERMANY', not an ISO 3166-1 alpha-2",
            "post | DE | klingon | 2025-03-01 | field 'lang' is 'klingon', not an ISO 639-1 language code, so the language was detected",
            "post | DE | xx | 2025-03-01 | field 'lang' is 'xx'",
            "post | DE | de | 03/01/2025 | field 'created_at' is a value of 10 characters, not an ISO-8601 date",
            "post | DE | de | 1700000000 | field 'created_at' is '1700000000', not an ISO-8601 date",
            "post | DE | de | 2025-02-30 | field 'created_at' is '2025-02-30', not an ISO-8601 date",
            // a CSV with shifted columns: text in the source field is never quoted
            "'I was diagnosed with diabetes' | DE | de | 2025-03-01 | field 'source' is a value of 29 characters,",
    })
    void valuesOutsideTheSchemaAreNamedWithTheFieldAndWhatWasExpected(String source, String region, String lang,
                                                                      String createdAt, String expected) {
        var problems = MetadataCheck.problems(source, region, lang, createdAt);
        if (expected == null) {
            assertEquals(java.util.List.of(), problems);
        } else {
            assertEquals(1, problems.size(), problems.toString());
            assertEquals(true, problems.get(0).startsWith(expected), problems.get(0));
        }
    }
}
