package dev.corpusaudit.provenance;

import dev.corpusaudit.analyze.Pseudonymizer;
import dev.corpusaudit.model.CorpusRecord;
import dev.corpusaudit.ruleset.Policy;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Policies and records for the provenance checks' tests. */
final class Fixtures {
    static final Pseudonymizer KEYS = new Pseudonymizer("test-secret".getBytes(StandardCharsets.UTF_8));

    private Fixtures() {
    }

    static Policy policy(boolean retroactive, List<String> excludedRegions) {
        return new Policy("p", "P", "1.2.3", null, null, List.of("rules"), Map.of(), Map.of(), null,
                List.of("message", "job_application"), 18,
                new Policy.Regions(List.of("EU", "EEA", "CH", "GB"), excludedRegions),
                new Policy.OptOut(retroactive), "2026-02-01", null, null);
    }

    /** A record with these extra fields (name, value, name, value, ...). */
    static CorpusRecord record(String id, String text, String member, String source, String region, String created,
                               String... extra) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; i < extra.length; i += 2) {
            fields.put(extra[i], extra[i + 1]);
        }
        return new CorpusRecord(0, id, text, member, source, region, "en", created, fields,
                new CorpusRecord.Origin("corpus.jsonl", 1));
    }

    static Long key(String member) {
        return member == null ? null : KEYS.key(member);
    }
}
