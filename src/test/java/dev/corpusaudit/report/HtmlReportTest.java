package dev.corpusaudit.report;

import dev.corpusaudit.model.AuditSummary;
import dev.corpusaudit.model.FileDigest;
import dev.corpusaudit.model.Finding;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The page is parsed as XML (the report writes well-formed markup on purpose), so a test reads the numbers from the
 * cells that hold them, and a tag the report did not mean to write would show up as an element.
 */
class HtmlReportTest {

    @TempDir
    Path dir;

    private List<ChartFile> charts;

    @BeforeEach
    void renderCharts() throws IOException {
        charts = new ChartRenderer().render(ReportFixtures.summary(), dir.resolve("charts"));
    }

    @Test
    void headerNamesTheToolThePolicyAndTheGateVerdictWithEachCondition() throws Exception {
        Document page = write(ReportFixtures.summary(), ReportFixtures.findings());

        assertEquals("corpus-audit audit report: linkedin-genai-2025", text(page, "//title"));
        Map<String, String> facts = facts(page);
        assertEquals("corpus-audit 0.1.0", facts.get("Tool"));
        assertEquals("linkedin-genai-2025: LinkedIn generative AI training, 2025", facts.get("Policy"));
        assertEquals("1.0.0", facts.get("Policy version"));
        assertEquals("ab".repeat(32), facts.get("Ruleset SHA-256"));
        assertEquals("Release gate: FAILED. The corpus does not meet the policy's gate.",
                text(page, "//section[@id='gate']/p[@class='verdict']"));
        assertEquals(List.of("Condition (from the policy)|Measured|Records|Result",
                        "excluded.* > 0|2|2|holds: the gate fails",
                        "special.* > 0.5%|12.50%|1|holds: the gate fails"),
                rows(page, "//section[@id='gate']//tr"));
    }

    @Test
    void whatWasScannedAddsUpTheRecordsAndHashesTheInputs() throws Exception {
        Document page = write(ReportFixtures.summary(), ReportFixtures.findings());

        Map<String, String> facts = facts(page);
        assertEquals("10", facts.get("Records read"));
        assertEquals("8", facts.get("Indexed and checked"));
        assertEquals("2", facts.get("Rejected (rejected.jsonl)"));
        assertEquals("1", facts.get("Kept with a warning"));
        assertEquals("read = indexed + rejected: 10 = 8 + 2", facts.get("Check"));
        assertEquals("4", facts.get("Findings"));
        assertEquals("3", facts.get("Members with findings"));
        assertEquals("in 2025-10", facts.get("Created"));
        assertEquals(List.of("sample-data/posts.jsonl|" + "cd".repeat(32) + "|1,234"),
                rows(page, "//table[caption='Input files']/tbody/tr"));
        assertEquals(List.of("de|3", "en|5"), rows(page, "//table[caption='Records per language']/tbody/tr"));
        assertEquals(List.of("post|6", "profile|2"), rows(page, "//table[caption='Records per source']/tbody/tr"));
        assertEquals(List.of("DE|3", "GB|5"), rows(page, "//table[caption='Records per region']/tbody/tr"));
    }

    @Test
    void categoryTableGivesFindingsRecordsShareOfIndexedRecordsAndMembers() throws Exception {
        Document page = write(ReportFixtures.summary(), ReportFixtures.findings());

        assertEquals(List.of(
                        "excluded.minor|Data of a member under the minimum age|high|1|1|12.50%|1",
                        "excluded.payment_card|Payment card numbers (Luhn-valid)|high|1|1|12.50%|1",
                        "pii.email|E-mail address|medium|1|1|12.50%|1",
                        "special.health|Data concerning health (GDPR Art. 9)|high|1|1|12.50%|1"),
                rows(page, "//section[@id='categories']//tbody/tr"));
        // each category links to its own section
        assertEquals("special.health: Data concerning health (GDPR Art. 9)", text(page,
                "//section[@id=substring(//section[@id='categories']//tr[4]//a/@href, 2)]/h3"));
    }

    @Test
    void eachCategoryHasItsBreakdownsAndMaskedExamples() throws Exception {
        Document page = write(ReportFixtures.summary(), ReportFixtures.findings());

        String card = "//section[h3='excluded.payment_card: Payment card numbers (Luhn-valid)']";
        assertEquals("1 finding in 1 record (12.50% of indexed records), 1 member; severity high.",
                text(page, card + "/p"));
        assertEquals(List.of("de|1"), rows(page, card + "//table[caption='Per language']/tbody/tr"));
        assertEquals(List.of("DE|1"), rows(page, card + "//table[caption='Per region']/tbody/tr"));
        assertEquals(List.of("post|1"), rows(page, card + "//table[caption='Per source']/tbody/tr"));
        assertEquals("All 1 finding (evidence masked)", text(page, examples(card) + "/caption"));
        assertEquals(List.of("p-3|card.luhn 1.0.0||1.00|" + ReportFixtures.SUM + "|Luhn-valid card number"),
                rows(page, examples(card) + "/tbody/tr"));
    }

    @Test
    void examplesSayHowManyOfTheCategorysFindingsTheyShow() throws Exception {
        List<Finding> many = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            many.add(new Finding(i, "p-" + i, "special.health", "self", "health.diagnosis", "1.0.0", "lexicon", 0.9,
                    "high", "en", 0, 5, "[diagnosed with]", "phrase"));
        }
        many.add(new Finding(3, "p-3", "special.health", "self", "health.topic", "1.0.0", "lexicon", 0.7, "high",
                "en", 0, 5, "[therapy]", "phrase"));
        AuditSummary s = ReportFixtures.summary();
        TreeMap<String, AuditSummary.CategoryCount> categories = new TreeMap<>(s.categories());
        categories.put("special.health", new AuditSummary.CategoryCount(4, 4, 4, "high"));
        AuditSummary summary = new AuditSummary(s.tool(), s.toolVersion(), s.ruleset(), s.inputs(), s.inputFiles(),
                s.records(), 7, categories, s.languages(), s.sources(), s.regions(), s.months(),
                s.findingsByCategory(), s.findingsByRule(), s.membersWithFindings(), s.provenance(), s.gate(), null);
        Document page = write(summary, FindingSample.of(many, 20, 2));

        String health = examples("//section[h3='special.health: Data concerning health (GDPR Art. 9)']");
        assertEquals("3 of 4 findings: the first of each rule (at most 2 a rule), in findings.jsonl order (evidence "
                + "masked); findings.jsonl lists them all", text(page, health + "/caption"));
        assertEquals(List.of("p-0", "p-1", "p-3"), texts(page, health + "/tbody/tr/td[1]"));
        assertEquals("No examples; findings.jsonl lists every finding.",
                text(page, "//section[h3='excluded.minor: Data of a member under the minimum age']/p[2]"));
    }

    @Test
    void rulesWithFindingsAreListedAndTheOthersCounted() throws Exception {
        Document page = write(ReportFixtures.summary(), ReportFixtures.findings());

        assertEquals(List.of(
                        "health.diagnosis 1.0.0|special.health|phrase|1|A diagnosis being disclosed|GDPR Art. 9(1)",
                        "minor.age 1.0.0||check|1|Records of members under the minimum age|"
                                + "the policy linkedin-genai-2025"),
                rows(page, "//section[@id='rules']//tbody/tr"));
        assertEquals("2 of the 3 rules and checks found something; 1 found nothing in this corpus.",
                text(page, "//section[@id='rules']/p"));
    }

    @Test
    void membersAppearByPseudonym() throws Exception {
        Document page = write(ReportFixtures.summary(), ReportFixtures.findings());

        assertEquals(List.of("p-0a1b2c3d4e5f6071|3|2|excluded.minor, pii.email|no|yes",
                        "p-8091a2b3c4d5e6f7|1|1|special.health|yes|no"),
                rows(page, "//section[@id='members']//tbody/tr"));
        assertTrue(text(page, "//section[@id='members']/p").startsWith("The 2 most exposed of 3 members"));
    }

    @Test
    void methodListsWhatProducedTheFindingsTheAccuracyAndTheLimits() throws Exception {
        Document page = write(ReportFixtures.summary(), ReportFixtures.findings());

        assertEquals(List.of("tool|corpus-audit|0.1.0|", "ruleset|linkedin-genai-2025|1.0.0|" + "ab".repeat(32),
                        "model|special-category categorizer special.bin||" + "ef".repeat(32)),
                rows(page, "//table[caption='What produced the findings']/tbody/tr"));
        assertEquals(List.of("special.health|0.80|0.80|0.80|10", "pii.email|1.00|1.00|1.00|5",
                        "all (micro-average)|0.87|0.87|0.87|15"),
                rows(page, "//section[@id='method']/table[2]/tbody/tr"));
        assertEquals(ReportContent.KNOWN_LIMITS, texts(page, "//section[@id='method']/ul/li"));
    }

    @Test
    void chartsAreDataImagesOfTheirOwnSvg() throws Exception {
        Document page = write(ReportFixtures.summary(), ReportFixtures.findings());

        NodeList images = nodes(page, "//section[@id='charts']//img");
        assertEquals(7, images.getLength()); // every chart but the opt-out effect (no register)
        for (int i = 0; i < images.getLength(); i++) {
            Element img = (Element) images.item(i);
            assertEquals(charts.get(i).title(), img.getAttribute("alt"));
            String svg = decode(img.getAttribute("src"));
            assertTrue(svg.startsWith("<svg "), svg.substring(0, 20));
            assertEquals(Files.readString(charts.get(i).svg()).replaceFirst("(?s)\\A.*?(<svg )", "$1"), svg);
        }
    }

    /**
     * Nothing on the page can fetch: every link is a fragment of the page, every image a data URI whose SVG refers
     * only to its own fragments, the style sheet has no url() or @import, and no element that loads or runs
     * anything exists. An http(s) URL may appear only as text or as a namespace name of the SVGs (xmlns, which
     * names and never loads).
     */
    @Test
    void nothingOnThePageReachesOutside() throws Exception {
        Document page = write(ReportFixtures.summary(), ReportFixtures.hostileFindings());

        for (Element e : elements(page)) {
            assertFalse(Set.of("script", "link", "iframe", "object", "embed", "base", "form", "frame", "audio",
                    "video", "source", "svg").contains(e.getTagName()), e.getTagName());
            NamedNodeMap attributes = e.getAttributes();
            for (int i = 0; i < attributes.getLength(); i++) {
                Attr a = (Attr) attributes.item(i);
                String value = a.getValue();
                switch (a.getName()) {
                    case "href" -> assertTrue(value.startsWith("#"), value);
                    case "src" -> assertTrue(ChartImage.isSelfContained(decode(value)));
                    default -> {
                        assertFalse(a.getName().startsWith("on"), a.getName());
                        assertFalse(value.contains("//"), value);
                    }
                }
            }
        }
        String style = text(page, "//style");
        assertFalse(style.contains("url(") || style.contains("@import"), style);
        assertEquals(HtmlReport.CONTENT_SECURITY_POLICY,
                text(page, "//meta[@http-equiv='Content-Security-Policy']/@content"));
        for (ChartFile chart : charts) {
            String svg = decode(((Element) nodes(page, "//img[@alt='" + chart.title() + "']").item(0))
                    .getAttribute("src"));
            assertFalse(svg.replaceAll("xmlns(:\\w+)?='[^']*'", "").contains("http"), chart.name());
        }
    }

    @Test
    void hostileTextIsEscapedNeverMarkup() throws Exception {
        Path html = dir.resolve(HtmlReport.FILE);
        AuditSummary summary = hostileSummary();
        new HtmlReport().write(html, ReportFixtures.content(summary), charts,
                FindingSample.of(ReportFixtures.hostileFindings(), 20, 5));
        String raw = Files.readString(html);

        assertFalse(raw.toLowerCase(Locale.ROOT).contains("<script"));
        assertFalse(raw.contains("<img src=x"));
        assertFalse(raw.contains("' onmouseover"));
        assertTrue(raw.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        assertTrue(raw.contains("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"));
        assertTrue(raw.contains("&#39; onmouseover=&#39;alert(1)"));
        assertTrue(raw.contains("=HYPERLINK(&quot;http://x&quot;,&quot;y&quot;)"));
        assertFalse(raw.contains("\u0001") || raw.contains("\u0007"));

        // read back, every hostile string is the text it was, in the cell it belongs to
        Document page = parse(html);
        String health = examples("//section[h3='special.health: Data concerning health (GDPR Art. 9)']") + "/tbody/tr";
        assertEquals(List.of(String.join("|", ReportFixtures.SCRIPT, "health.diagnosis 1.0.0", "self", "0.86",
                ReportFixtures.BREAKOUT, ReportFixtures.ATTRIBUTE)), rows(page, health));
        String email = examples("//section[h3='pii.email: E-mail address']") + "/tbody/tr";
        assertEquals(List.of(String.join("|", ReportFixtures.BREAKOUT, "pii.email 1.0.0", "", "0.99",
                ReportFixtures.HYPERLINK, ReportFixtures.SCRIPT)), rows(page, email));
        assertEquals("-1+2 bell", text(page, examples("//section[h3='excluded.minor: Data of a member under the "
                + "minimum age']") + "/tbody/tr/td[5]"));
        assertEquals(List.of(ReportFixtures.BREAKOUT + "|3", ReportFixtures.SCRIPT + "|5"),
                rows(page, "//table[caption='Records per language']/tbody/tr"));
        assertEquals(List.of(ReportFixtures.ATTRIBUTE), texts(page, "//table[caption='Input files']/tbody/tr/td[1]"));
        assertEquals(7, nodes(page, "//img").getLength());
    }

    @Test
    void anEmptyAuditSaysSo() throws Exception {
        AuditSummary empty = ReportFixtures.emptySummary();
        Path html = dir.resolve(HtmlReport.FILE);
        new HtmlReport().write(html, new ReportContent(empty, List.of(), List.of(), List.of(), null, List.of()),
                List.of(), new FindingSample());
        Document page = parse(html);

        assertEquals("No release gate was set.", text(page, "//p[@class='verdict']"));
        assertEquals("No findings.", text(page, "//section[@id='categories']/p"));
        assertEquals("no record has a date", facts(page).get("Created"));
        assertEquals("The checks that need provenance (age, opt-out, registers) did not run.",
                text(page, "//section[@id='provenance']/p"));
        assertEquals("No accuracy measurement was given with this report; corpus-audit eval measures it on labelled "
                + "records.", text(page, "//section[@id='method']/p[2]"));
    }

    @Test
    void sameContentGivesTheSameBytes() throws Exception {
        Path first = dir.resolve("a.html");
        Path second = dir.resolve("b.html");
        for (Path html : List.of(first, second)) {
            new HtmlReport().write(html, ReportFixtures.content(ReportFixtures.summary()), charts,
                    FindingSample.of(ReportFixtures.findings(), 20, 5));
        }
        assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(second));
    }

    @Test
    void writesAtomicallyAndLeavesNoTemporaryFile() throws Exception {
        Path html = dir.resolve(HtmlReport.FILE);
        Files.writeString(html, "an earlier report");
        List<ChartFile> missing = List.of(new ChartFile("gone", "Gone", dir.resolve("gone.png"),
                dir.resolve("gone.svg")));

        assertThrows(NoSuchFileException.class, () -> new HtmlReport().write(html,
                ReportFixtures.content(ReportFixtures.summary()), missing, new FindingSample()));
        assertEquals("an earlier report", Files.readString(html));

        write(ReportFixtures.summary(), ReportFixtures.findings());
        assertTrue(Files.readString(html).startsWith("<!DOCTYPE html>\n<html lang=\"en\">"));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of("charts", HtmlReport.FILE), files.map(p -> p.getFileName().toString()).sorted()
                    .toList());
        }
    }

    @Test
    void monthRangeNamesTheFirstAndLastMonthAndTheUndatedRecords() {
        TreeMap<String, Long> months = new TreeMap<>(Map.of("2024-02", 3L, "2025-10", 1L, "2025-01", 2L,
                "unknown", 1_200L));
        assertEquals("from 2024-02 to 2025-10 (3 months with records); 1,200 records without a date",
                HtmlReport.monthRange(months));
        assertEquals("1.07%", HtmlReport.percent(32, 3000));
        assertEquals("1 member", HtmlReport.count(1, "member"));
        assertEquals("1,370 findings", HtmlReport.count(1370, "finding"));
        assertEquals("–", HtmlReport.percent(0, 0));
    }

    private Document write(AuditSummary summary, List<Finding> findings) throws Exception {
        return write(summary, FindingSample.of(findings, 20, 5));
    }

    private Document write(AuditSummary summary, FindingSample sample) throws Exception {
        Path html = dir.resolve(HtmlReport.FILE);
        new HtmlReport().write(html, ReportFixtures.content(summary), charts, sample);
        return parse(html);
    }

    /** The fixture summary with markup where the corpus or the command line supplies names. */
    private static AuditSummary hostileSummary() {
        AuditSummary s = ReportFixtures.summary();
        return new AuditSummary(s.tool(), s.toolVersion(), s.ruleset(), List.of(ReportFixtures.ATTRIBUTE),
                List.of(new FileDigest(ReportFixtures.ATTRIBUTE, "cd".repeat(32), 1)), s.records(), s.findings(),
                s.categories(), new TreeMap<>(Map.of(ReportFixtures.SCRIPT, 5L, ReportFixtures.BREAKOUT, 3L)),
                s.sources(), s.regions(), s.months(), s.findingsByCategory(), s.findingsByRule(),
                s.membersWithFindings(), s.provenance(), s.gate(), s.baseline());
    }

    /** Parses the page strictly as XML, loading nothing from outside. */
    private static Document parse(Path html) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        factory.setExpandEntityReferences(false);
        return factory.newDocumentBuilder().parse(html.toFile());
    }

    /** A category section's table of examples: after its three breakdowns. */
    private static String examples(String section) {
        return "(" + section + "//table)[4]";
    }

    private static String decode(String dataUri) {
        assertTrue(dataUri.startsWith(ChartImage.PREFIX), dataUri.substring(0, Math.min(40, dataUri.length())));
        return new String(Base64.getDecoder().decode(dataUri.substring(ChartImage.PREFIX.length())),
                StandardCharsets.UTF_8);
    }

    private static NodeList nodes(Document page, String xpath) throws Exception {
        return (NodeList) XPathFactory.newInstance().newXPath().evaluate(xpath, page, XPathConstants.NODESET);
    }

    private static String text(Document page, String xpath) throws Exception {
        NodeList found = nodes(page, xpath);
        assertEquals(1, found.getLength(), xpath);
        return found.item(0).getTextContent();
    }

    private static List<String> texts(Document page, String xpath) throws Exception {
        NodeList found = nodes(page, xpath);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < found.getLength(); i++) {
            out.add(found.item(i).getTextContent());
        }
        return out;
    }

    /** Each row's cells, joined by {@code |}. */
    private static List<String> rows(Document page, String xpath) throws Exception {
        NodeList found = nodes(page, xpath);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < found.getLength(); i++) {
            List<String> cells = new ArrayList<>();
            NodeList children = found.item(i).getChildNodes();
            for (int j = 0; j < children.getLength(); j++) {
                if (children.item(j).getNodeType() == Node.ELEMENT_NODE) {
                    cells.add(children.item(j).getTextContent());
                }
            }
            out.add(String.join("|", cells));
        }
        return out;
    }

    /** The name, value tables, by name. */
    private static Map<String, String> facts(Document page) throws Exception {
        Map<String, String> out = new LinkedHashMap<>();
        NodeList rows = nodes(page, "//table[@class='facts']//tr");
        for (int i = 0; i < rows.getLength(); i++) {
            Element row = (Element) rows.item(i);
            out.put(row.getElementsByTagName("th").item(0).getTextContent(),
                    row.getElementsByTagName("td").item(0).getTextContent());
        }
        return out;
    }

    private static List<Element> elements(Document page) throws Exception {
        NodeList all = nodes(page, "//*");
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < all.getLength(); i++) {
            out.add((Element) all.item(i));
        }
        return out;
    }
}
