package dev.corpusaudit.report;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.corpusaudit.model.Finding;
import dev.corpusaudit.model.Json;
import dev.corpusaudit.model.ToolInfo;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code findings.sarif}: the findings in SARIF 2.1.0, for code-scanning and security dashboards. Written after the
 * scan from {@code findings.jsonl}, one finding at a time, so a million findings take no more memory than one.
 *
 * <p>One run; {@code tool.driver.rules} holds every rule with findings (ruleset order). A result is one finding:
 * its rule, a level from the severity ({@code critical}/{@code high} error, {@code medium} warning, {@code low}
 * note), a message with the category, the explanation and the masked evidence, the record as a logical location,
 * the {@link Finding#fingerprint()} as partial fingerprint, and the rest of the finding as properties. A finding
 * locates a span of a record's text, not of a file, so there is no physical location: the offsets are properties.
 */
public final class SarifReport {
    public static final String FILE = "findings.sarif";
    public static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
    /** The key of our fingerprint in {@code partialFingerprints}; the version changes if its recipe does. */
    public static final String FINGERPRINT_KEY = "corpusAudit/v1";

    private SarifReport() {
    }

    /**
     * Writes {@code sarif} from the findings file of a scan.
     *
     * @param rules the report's rules ({@link ReportContent#rules()}); those with findings become the driver's rules
     */
    public static void write(Path findingsJsonl, Path sarif, List<ReportContent.RuleRow> rules) throws IOException {
        List<ReportContent.RuleRow> reported = rules.stream().filter(r -> r.findings() > 0).toList();
        Map<String, Integer> ruleIndex = new HashMap<>();
        for (int i = 0; i < reported.size(); i++) {
            ruleIndex.putIfAbsent(reported.get(i).id(), i);
        }
        AtomicFile.write(sarif, stream -> {
            try (JsonGenerator gen = Json.MAPPER.getFactory().createGenerator(stream, JsonEncoding.UTF8)) {
                gen.writeStartObject();
                gen.writeStringField("$schema", SCHEMA);
                gen.writeStringField("version", "2.1.0");
                gen.writeArrayFieldStart("runs");
                gen.writeStartObject();
                writeTool(gen, reported);
                gen.writeArrayFieldStart("results");
                for (Finding finding : FindingsFile.read(findingsJsonl)) {
                    writeResult(gen, finding, ruleIndex);
                }
                gen.writeEndArray();
                gen.writeEndObject();
                gen.writeEndArray();
                gen.writeEndObject();
                gen.writeRaw('\n');
            }
        });
    }

    private static void writeTool(JsonGenerator gen, List<ReportContent.RuleRow> rules) throws IOException {
        gen.writeObjectFieldStart("tool");
        gen.writeObjectFieldStart("driver");
        gen.writeStringField("name", ToolInfo.NAME);
        gen.writeStringField("version", ToolInfo.VERSION);
        gen.writeArrayFieldStart("rules");
        for (ReportContent.RuleRow rule : rules) {
            gen.writeStartObject();
            gen.writeStringField("id", rule.id());
            if (rule.description() != null) {
                gen.writeObjectFieldStart("shortDescription");
                gen.writeStringField("text", rule.description());
                gen.writeEndObject();
            }
            gen.writeObjectFieldStart("properties");
            writeIfPresent(gen, "category", rule.category());
            writeIfPresent(gen, "legal_reference", rule.legalReference());
            writeIfPresent(gen, "version", rule.version());
            writeIfPresent(gen, "type", rule.type());
            gen.writeEndObject();
            gen.writeEndObject();
        }
        gen.writeEndArray();
        gen.writeEndObject();
        gen.writeEndObject();
    }

    private static void writeResult(JsonGenerator gen, Finding f, Map<String, Integer> ruleIndex) throws IOException {
        gen.writeStartObject();
        gen.writeStringField("ruleId", f.ruleId());
        Integer index = ruleIndex.get(f.ruleId());
        if (index != null) {
            gen.writeNumberField("ruleIndex", index);
        }
        gen.writeStringField("level", level(f.severity()));
        gen.writeObjectFieldStart("message");
        gen.writeStringField("text", message(f));
        gen.writeEndObject();

        gen.writeArrayFieldStart("locations");
        gen.writeStartObject();
        if (f.input() != null) {
            // where the record is: the input file and its line, which code-scanning tools need to show a result
            gen.writeObjectFieldStart("physicalLocation");
            gen.writeObjectFieldStart("artifactLocation");
            gen.writeStringField("uri", uri(f.input()));
            gen.writeEndObject();
            if (f.line() != null) {
                gen.writeObjectFieldStart("region");
                gen.writeNumberField("startLine", f.line());
                gen.writeEndObject();
            }
            gen.writeEndObject();
        }
        gen.writeArrayFieldStart("logicalLocations");
        gen.writeStartObject();
        gen.writeStringField("fullyQualifiedName", f.recordId());
        gen.writeStringField("kind", "record");
        gen.writeEndObject();
        gen.writeEndArray();
        gen.writeEndObject();
        gen.writeEndArray();

        gen.writeObjectFieldStart("partialFingerprints");
        gen.writeStringField(FINGERPRINT_KEY, f.fingerprint());
        gen.writeEndObject();

        gen.writeObjectFieldStart("properties");
        gen.writeStringField("category", f.category());
        writeIfPresent(gen, "subject", f.subject());
        writeIfPresent(gen, "rule_version", f.ruleVersion());
        writeIfPresent(gen, "detector", f.detector());
        gen.writeNumberField("confidence", f.confidence());
        writeIfPresent(gen, "severity", f.severity());
        writeIfPresent(gen, "lang", f.lang());
        writeIfPresent(gen, "field", f.field());
        if (f.start() != null) {
            gen.writeNumberField("start", f.start());
        }
        if (f.end() != null) {
            gen.writeNumberField("end", f.end());
        }
        gen.writeEndObject();
        gen.writeEndObject();
    }

    /**
     * An input path as SARIF's {@code artifactLocation.uri}, a URI reference: a relative path stays relative (to where
     * the scan ran), with {@code /} and percent-encoding; an absolute one becomes a {@code file:} URI.
     */
    static String uri(String inputPath) {
        Path path = Path.of(inputPath);
        if (path.isAbsolute()) {
            return path.toUri().toASCIIString();
        }
        try {
            return new URI(null, null, inputPath.replace('\\', '/'), null).toASCIIString();
        } catch (URISyntaxException e) {
            return path.toUri().toASCIIString();
        }
    }

    /** SARIF's level for a severity; a finding without one gets SARIF's default, {@code warning}. */
    static String level(String severity) {
        if (severity == null) {
            return "warning";
        }
        return switch (severity) {
            case "critical", "high" -> "error";
            case "low" -> "note";
            default -> "warning";
        };
    }

    /** The category, the explanation and the masked evidence: the same words {@code findings.jsonl} has. */
    private static String message(Finding f) {
        StringBuilder text = new StringBuilder(f.category());
        if (f.explanation() != null) {
            text.append(": ").append(f.explanation());
        }
        if (f.evidence() != null) {
            text.append("; evidence (masked): ").append(f.evidence());
        }
        return text.toString();
    }

    private static void writeIfPresent(JsonGenerator gen, String name, String value) throws IOException {
        if (value != null) {
            gen.writeStringField(name, value);
        }
    }
}
