package dev.corpusaudit.report;

import dev.corpusaudit.eval.EvalResult;
import dev.corpusaudit.eval.Score;
import dev.corpusaudit.model.AuditSummary;
import dev.corpusaudit.model.AuditSummary.CategoryCount;
import dev.corpusaudit.model.AuditSummary.RecordCounts;
import dev.corpusaudit.model.Category;
import dev.corpusaudit.model.ExposedMember;
import dev.corpusaudit.model.FileDigest;
import dev.corpusaudit.model.Finding;
import dev.corpusaudit.model.GateVerdict;
import dev.corpusaudit.model.ProvenanceSummary;
import dev.corpusaudit.model.ToolInfo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Writes {@code report.html}: the audit's story for a browser in one self-contained file. The gate verdict, what was
 * scanned, the findings per category, provenance, the charts, per-category breakdowns with a few masked examples,
 * the rules with hits, the most exposed members (pseudonyms) and the method.
 *
 * <p>The page has no script and loads nothing: the style sheet is inline, charts are {@code data:} images (see
 * {@link ChartImage}), and a Content-Security-Policy forbids every fetch but those. Every text passes
 * {@link Html#escape}. The same content gives the same bytes.
 */
public final class HtmlReport {
    public static final String FILE = "report.html";
    /** How many of the most exposed members the page lists ({@code members.json} has more). */
    public static final int MEMBERS_SHOWN = 20;
    /** Forbids every fetch but inline styles and {@code data:} images, so even a mistake cannot reach the network. */
    static final String CONTENT_SECURITY_POLICY =
            "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

    private static final String STYLE = """
            @page{margin:15mm}
            body{font-family:system-ui,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;color:#111;background:#fff;\
            max-width:1100px;margin:0 auto;padding:1.5rem;line-height:1.4;font-size:15px}
            h1{font-size:1.7rem;margin:0 0 .3rem}
            h2{font-size:1.3rem;border-bottom:2px solid #111;padding-bottom:.2rem;margin-top:2.2rem}
            h3{font-size:1.1rem;margin:1.6rem 0 .4rem}
            table{border-collapse:collapse;margin:.4rem 0 1rem;font-size:.9rem}
            caption{caption-side:top;text-align:left;font-weight:600;padding:.2rem 0;white-space:nowrap}
            th,td{border:1px solid #888;padding:.2rem .5rem;text-align:left;vertical-align:top}
            th{background:#e8e8e8}
            .n{text-align:right;white-space:nowrap;font-variant-numeric:tabular-nums}
            .hash{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:.8rem;word-break:break-all}
            .id{white-space:nowrap}
            .ev{white-space:pre-wrap;overflow-wrap:anywhere;min-width:16rem}
            .prose{min-width:18rem}
            .facts th{white-space:nowrap}
            .grid{display:flex;flex-wrap:wrap;gap:0 2rem;align-items:flex-start}
            .gate{border:3px solid #111;padding:.6rem 1rem;margin:1rem 0}
            .gate.failed{border-width:6px;border-style:double;background:#efefef}
            .verdict{font-size:1.5rem;font-weight:700;margin:0 0 .4rem}
            .note{color:#333;font-size:.9rem}
            figure{margin:1rem 0;break-inside:avoid}
            figure img{max-width:100%;height:auto;border:1px solid #bbb}
            nav ol{columns:2;margin:.3rem 0}
            @media print{body{max-width:none;padding:0;font-size:10pt}nav{display:none}h2,h3{break-after:avoid}\
            tr,figure{break-inside:avoid}}
            """;

    /**
     * Writes the page to {@code html}, atomically.
     *
     * @param charts the charts to show, in order (see {@link ChartRenderer}); their SVG files are read
     * @param sample the first findings of each category, shown as examples
     */
    public void write(Path html, ReportContent content, List<ChartFile> charts, FindingSample sample)
            throws IOException {
        byte[] page = page(content, charts, sample).getBytes(StandardCharsets.UTF_8);
        AtomicFile.write(html, out -> out.write(page));
    }

    private static String page(ReportContent content, List<ChartFile> charts, FindingSample sample)
            throws IOException {
        AuditSummary summary = content.summary();
        Html h = new Html();
        h.markup("<!DOCTYPE html>").newline().open("html", "lang", "en").newline().open("head").newline()
                .empty("meta", "charset", "utf-8").newline()
                .empty("meta", "http-equiv", "Content-Security-Policy", "content", CONTENT_SECURITY_POLICY).newline()
                .empty("meta", "name", "viewport", "content", "width=device-width, initial-scale=1").newline()
                .element("title", ToolInfo.NAME + " audit report: " + summary.ruleset().id()).newline()
                .open("style").markup(STYLE).close("style").newline()
                .close("head").newline().open("body").newline();
        header(h, summary, content.scannedAt());
        contents(h);
        scanned(h, summary);
        categories(h, summary);
        provenance(h, summary.provenance());
        charts(h, charts);
        perCategory(h, summary, sample);
        rules(h, content.rules());
        members(h, summary, content.mostExposed());
        method(h, content);
        h.open("footer", "class", "note").open("p")
                .text(String.format(Locale.ROOT, "Written by %s %s. This page runs no script and loads nothing: "
                        + "charts and styles are inside it.", summary.tool(), summary.toolVersion()))
                .close("p").close("footer").newline();
        return h.close("body").newline().close("html").newline().toString();
    }

    private static void header(Html h, AuditSummary summary, String scannedAt) {
        AuditSummary.RulesetInfo ruleset = summary.ruleset();
        h.open("header").newline().element("h1", ToolInfo.NAME + " audit report").newline();
        Table facts = Table.facts(h);
        facts.fact("Tool", summary.tool() + " " + summary.toolVersion());
        if (scannedAt != null) {
            facts.fact("Scanned", scannedAt + " (start; manifest.json has start and end)");
        }
        facts.fact("Policy", ruleset.id() + ": " + ruleset.title());
        facts.fact("Policy version", ruleset.version());
        facts.hashFact("Ruleset SHA-256", ruleset.sha256());
        facts.end();
        gate(h, summary.gate());
        if (summary.baseline() != null) {
            AuditSummary.Baseline b = summary.baseline();
            h.open("p", "class", "note").text(String.format(Locale.ROOT, "Compared with the earlier audit in %s: "
                    + "%,d findings it already had are left out; %,d of its findings are gone.", b.dir(), b.known(),
                    b.resolved())).close("p").newline();
        }
        h.close("header").newline();
    }

    private static void gate(Html h, GateVerdict gate) {
        String verdict = gate.verdict();
        h.open("section", "class", "gate " + verdict, "id", "gate").newline();
        String headline = switch (verdict) {
            case GateVerdict.FAILED -> "Release gate: FAILED. The corpus does not meet the policy's gate.";
            case GateVerdict.PASSED -> "Release gate: passed. No gate condition holds.";
            default -> "No release gate was set.";
        };
        h.element("p", headline, "class", "verdict").newline();
        if (!gate.conditions().isEmpty()) {
            Table t = new Table(h, null, "Condition (from the " + gate.source() + ")", "Measured", "Records",
                    "Result");
            for (GateVerdict.Check c : gate.conditions()) {
                t.row(c.condition(), Num.text(c.value()), Num.of(c.records()),
                        c.holds() ? "holds: the gate fails" : "does not hold");
            }
            t.end();
        }
        h.close("section").newline();
    }

    private static final String[][] SECTIONS = {
            {"scanned", "What was scanned"}, {"categories", "Findings per category"}, {"provenance", "Provenance"},
            {"charts", "Charts"}, {"details", "Each category"}, {"rules", "Rules with findings"},
            {"members", "Most exposed members"}, {"method", "Method"}};

    /** Links within the page only: a reader of a long report jumps to a section. */
    private static void contents(Html h) {
        h.open("nav").element("strong", "Contents").open("ol");
        for (String[] section : SECTIONS) {
            h.open("li").element("a", section[1], "href", "#" + section[0]).close("li");
        }
        h.close("ol").close("nav").newline();
    }

    private static void section(Html h, String id) {
        for (String[] section : SECTIONS) {
            if (section[0].equals(id)) {
                h.open("section", "id", id).newline().element("h2", section[1]).newline();
                return;
            }
        }
        throw new IllegalArgumentException(id);
    }

    private static void scanned(Html h, AuditSummary summary) {
        section(h, "scanned");
        Table files = new Table(h, "Input files", "File", "SHA-256", "Bytes");
        for (FileDigest f : summary.inputFiles()) {
            files.row(f.path(), new Hash(f.sha256()), Num.of(f.bytes()));
        }
        files.end();

        RecordCounts r = summary.records();
        boolean adds = r.read() == r.indexed() + r.rejected();
        Table records = Table.facts(h);
        records.fact("Records read", Num.of(r.read()));
        records.fact("Indexed and checked", Num.of(r.indexed()));
        records.fact("Rejected (rejected.jsonl)", Num.of(r.rejected()));
        records.fact("Kept with a warning", Num.of(r.flagged()));
        records.fact("Check", String.format(Locale.ROOT, "read = indexed + rejected: %,d = %,d + %,d%s", r.read(),
                r.indexed(), r.rejected(), adds ? "" : " does NOT hold: some input is unaccounted for"));
        records.fact("Findings", Num.of(summary.findings()));
        records.fact("Members with findings", Num.of(summary.membersWithFindings()));
        records.fact("Created", monthRange(summary.months()));
        records.end();

        h.open("div", "class", "grid");
        counts(h, "Records per language", "Language", "Records", summary.languages());
        counts(h, "Records per source", "Source", "Records", summary.sources());
        counts(h, "Records per region", "Region", "Records", summary.regions());
        h.close("div").newline().close("section").newline();
    }

    /** The first and last month with records, and how many records have no date. */
    static String monthRange(SortedMap<String, Long> months) {
        List<String> dated = months.keySet().stream().filter(m -> !m.equals("unknown")).toList();
        long undated = months.getOrDefault("unknown", 0L);
        String range = dated.isEmpty() ? "no record has a date"
                : dated.get(0).equals(dated.get(dated.size() - 1)) ? "in " + dated.get(0)
                : String.format(Locale.ROOT, "from %s to %s (%d months with records)", dated.get(0),
                dated.get(dated.size() - 1), dated.size());
        return undated == 0 ? range : String.format(Locale.ROOT, "%s; %,d records without a date", range, undated);
    }

    private static void counts(Html h, String caption, String keyName, String countName, Map<String, Long> counts) {
        Table t = new Table(h, caption, keyName, countName);
        counts.forEach((key, count) -> t.row(key, Num.of(count)));
        t.end();
    }

    private static void categories(Html h, AuditSummary summary) {
        section(h, "categories");
        if (summary.categories().isEmpty()) {
            h.element("p", "No findings.").close("section").newline();
            return;
        }
        Table t = new Table(h, null, "Category", "What", "Severity", "Findings", "Records", "% of indexed records",
                "Members");
        int i = 0;
        for (Map.Entry<String, CategoryCount> e : summary.categories().entrySet()) {
            CategoryCount c = e.getValue();
            t.row(new Link(e.getKey(), categoryAnchor(i++)), describe(e.getKey()), c.severity(), Num.of(c.findings()),
                    Num.of(c.records()), Num.text(percent(c.records(), summary.records().indexed())),
                    Num.of(c.members()));
        }
        t.end();
        h.close("section").newline();
    }

    private static String describe(String category) {
        return Category.byId(category).map(Category::description).orElse("");
    }

    /** {@code 1 finding}, {@code 2 findings}: the nouns the page counts take an s. */
    static String count(long n, String noun) {
        return String.format(Locale.ROOT, "%,d %s%s", n, noun, n == 1 ? "" : "s");
    }

    static String percent(long part, long whole) {
        return whole == 0 ? "–" : String.format(Locale.ROOT, "%.2f%%", 100.0 * part / whole);
    }

    private static String categoryAnchor(int index) {
        return "category-" + (index + 1);
    }

    private static void provenance(Html h, ProvenanceSummary p) {
        section(h, "provenance");
        if (p == null) {
            h.element("p", "The checks that need provenance (age, opt-out, registers) did not run.")
                    .close("section").newline();
            return;
        }
        Table facts = Table.facts(h);
        if (p.snapshotDate() != null) {
            facts.fact("Snapshot date", p.snapshotDate());
        }
        if (p.registers() != null) {
            ProvenanceSummary.RegisterSizes r = p.registers();
            registerFact(facts, "Member register entries", r.members());
            registerFact(facts, "Opt-out register entries", r.optOuts());
            registerFact(facts, "Salary register entries", r.salaries());
            registerFact(facts, "Reference messages", r.messages());
        }
        if (p.age() != null) {
            facts.fact("Records with an age (checked)", Num.of(p.age().withAge()));
            facts.fact("Records without an age (not checked)", Num.of(p.age().withoutAge()));
            facts.fact("Records with an unusable age", Num.of(p.age().invalidAge()));
        }
        ProvenanceSummary.OptOuts o = p.optOuts();
        if (o != null) {
            facts.fact("Opted-out members in the corpus", Num.of(o.members()));
            facts.fact("Their records", Num.of(o.records()));
            facts.fact("Their records the snapshot must not hold", Num.of(o.inViolation()));
            facts.fact("Their records created after the opt-out", Num.of(o.createdAfter()));
        }
        facts.end();
        if (o != null && !o.byOptOutMonth().isEmpty()) {
            Table t = new Table(h, "Opted-out members by month of opt-out", "Opt-out month", "Members", "Records",
                    "Must not be held", "Created after opt-out", "Newest record");
            o.byOptOutMonth().forEach((month, g) -> t.row(month, Num.of(g.members()), Num.of(g.records()),
                    Num.of(g.inViolation()), Num.of(g.createdAfter()),
                    g.latestRecordMonth() == null ? "" : g.latestRecordMonth()));
            t.end();
        }
        h.close("section").newline();
    }

    private static void registerFact(Table facts, String name, Long entries) {
        facts.fact(name, entries == null ? "not given" : Num.of(entries));
    }

    private static void charts(Html h, List<ChartFile> charts) throws IOException {
        section(h, "charts");
        if (charts.isEmpty()) {
            h.element("p", "No charts.");
        }
        for (ChartFile chart : charts) {
            Optional<String> image = ChartImage.dataUri(Files.readString(chart.svg(), StandardCharsets.UTF_8));
            h.open("figure").newline();
            if (image.isPresent()) {
                h.empty("img", "src", image.get(), "alt", chart.title(), "width",
                        String.valueOf(ChartRenderer.WIDTH), "height", String.valueOf(ChartRenderer.HEIGHT));
            } else {
                h.element("p", "This chart is not shown: its SVG held something active or referred outside itself. "
                        + "charts/" + chart.name() + ".png has it.", "class", "note");
            }
            h.newline().close("figure").newline();
        }
        h.close("section").newline();
    }

    private static void perCategory(Html h, AuditSummary summary, FindingSample sample) {
        section(h, "details");
        if (summary.categories().isEmpty()) {
            h.element("p", "No findings.");
        }
        AuditSummary.Breakdowns by = summary.findingsByCategory();
        int i = 0;
        for (Map.Entry<String, CategoryCount> e : summary.categories().entrySet()) {
            String category = e.getKey();
            CategoryCount c = e.getValue();
            h.open("section", "id", categoryAnchor(i++)).newline();
            String what = describe(category);
            h.element("h3", what.isEmpty() ? category : category + ": " + what).newline();
            h.element("p", String.format(Locale.ROOT, "%s in %s (%s of indexed records), %s; severity %s.",
                    count(c.findings(), "finding"), count(c.records(), "record"),
                    percent(c.records(), summary.records().indexed()), count(c.members(), "member"), c.severity()))
                    .newline();
            h.open("div", "class", "grid");
            counts(h, "Per language", "Language", "Findings", by.language().getOrDefault(category, new TreeMap<>()));
            counts(h, "Per region", "Region", "Findings", by.region().getOrDefault(category, new TreeMap<>()));
            counts(h, "Per source", "Source", "Findings", by.source().getOrDefault(category, new TreeMap<>()));
            h.close("div").newline();
            examples(h, category, c.findings(), sample);
            h.close("section").newline();
        }
        h.close("section").newline();
    }

    private static void examples(Html h, String category, long total, FindingSample sample) {
        List<Finding> shown = sample.of(category);
        if (shown.isEmpty()) {
            h.element("p", "No examples; findings.jsonl lists every finding.", "class", "note");
            return;
        }
        String caption = shown.size() == total
                ? "All " + count(total, "finding") + " (evidence masked)"
                : String.format(Locale.ROOT, "%,d of %,d findings: the first of each rule (at most %d a rule), in "
                + "findings.jsonl order (evidence masked); findings.jsonl lists them all", shown.size(), total,
                sample.perRule());
        Table t = new Table(h, caption, "Record", "Rule", "Subject", "Confidence", "Evidence", "Explanation");
        for (Finding f : shown) {
            t.row(new Id(f.recordId()), f.ruleId() + " " + f.ruleVersion(), f.subject() == null ? "" : f.subject(),
                    Num.text(String.format(Locale.ROOT, "%.2f", f.confidence())), new Evidence(f.evidence()),
                    f.explanation());
        }
        t.end();
    }

    private static void rules(Html h, List<ReportContent.RuleRow> rules) {
        section(h, "rules");
        List<ReportContent.RuleRow> hit = rules.stream().filter(r -> r.findings() > 0).toList();
        if (!hit.isEmpty()) {
            Table t = new Table(h, null, "Rule", "Category", "Type", "Findings", "What it finds", "Legal reference");
            for (ReportContent.RuleRow r : hit) {
                t.row(r.version() == null ? r.id() : r.id() + " " + r.version(),
                        r.category() == null ? "" : r.category(),
                        r.type(), Num.of(r.findings()), new Prose(r.description()),
                        r.legalReference() == null ? "" : r.legalReference());
            }
            t.end();
        }
        h.element("p", String.format(Locale.ROOT, "%,d of the %,d rules and checks found something; %,d found "
                + "nothing in this corpus.", hit.size(), rules.size(), rules.size() - hit.size())).newline();
        h.close("section").newline();
    }

    private static void members(Html h, AuditSummary summary, List<ExposedMember> members) {
        section(h, "members");
        List<ExposedMember> shown = members.subList(0, Math.min(MEMBERS_SHOWN, members.size()));
        h.element("p", String.format(Locale.ROOT, "The %,d most exposed of %,d members with findings: most "
                + "categories found, then most records with findings. Members are shown by pseudonym (a keyed hash), "
                + "never by their id; members.json lists more.", shown.size(), summary.membersWithFindings()))
                .newline();
        if (!shown.isEmpty()) {
            Table t = new Table(h, null, "Member (pseudonym)", "Records", "With findings", "Categories", "Opted out",
                    "Minor");
            for (ExposedMember m : shown) {
                t.row(m.member(), Num.of(m.records()), Num.of(m.recordsWithFindings()),
                        String.join(", ", m.categories()), m.optedOut() ? "yes" : "no", m.minor() ? "yes" : "no");
            }
            t.end();
        }
        h.close("section").newline();
    }

    private static void method(Html h, ReportContent content) {
        section(h, "method");
        h.element("p", "Each record was read, its language identified, and checked by the ruleset's pattern rules "
                + "(with checksum validators), phrase rules (Lucene queries), detectors and the policy's checks "
                + "against the registers given. Every finding names its rule and version, its confidence and why it "
                + "was made. Evidence is masked: a found value is shown only as far as it explains the finding. "
                + "Member ids are keyed pseudonyms.").newline();
        Table t = new Table(h, "What produced the findings", "Kind", "Name", "Version", "SHA-256");
        for (ReportContent.MethodItem item : content.method()) {
            t.row(item.kind(), item.name(), item.version() == null ? "" : item.version(), new Hash(item.sha256()));
        }
        t.end();
        accuracy(h, content.accuracy());
        h.element("h3", "Known limits").open("ul");
        content.knownLimits().forEach(limit -> h.element("li", limit));
        h.close("ul").newline().close("section").newline();
    }

    private static void accuracy(Html h, EvalResult accuracy) {
        h.element("h3", "Accuracy");
        if (accuracy == null) {
            h.element("p", "No accuracy measurement was given with this report; corpus-audit eval measures it on "
                    + "labelled records.").newline();
            return;
        }
        h.element("p", String.format(Locale.ROOT, "Measured by corpus-audit eval on %,d labelled records, per record "
                + "(findings below confidence %.2f ignored).", accuracy.records(), accuracy.minConfidence()));
        Table t = new Table(h, null, "Category", "Precision", "Recall", "F1", "Support");
        for (Score s : accuracy.categories()) {
            scoreRow(t, s.category(), s);
        }
        scoreRow(t, "all (micro-average)", accuracy.micro());
        t.end();
    }

    private static void scoreRow(Table t, String name, Score s) {
        t.row(name, Num.text(ratio(s.precision())), Num.text(ratio(s.recall())), Num.text(ratio(s.f1())),
                Num.of(s.support()));
    }

    private static String ratio(Double value) {
        return value == null ? "–" : String.format(Locale.ROOT, "%.2f", value);
    }

    /** A number, right-aligned; counts get thousands separators. */
    private record Num(String text) {
        static Num of(long count) {
            return new Num(String.format(Locale.ROOT, "%,d", count));
        }

        static Num text(String formatted) {
            return new Num(formatted);
        }
    }

    /** A SHA-256, in a typeface that keeps its digits apart. */
    private record Hash(String hex) {
    }

    /** Running text in a table: a column wide enough to read it. */
    private record Prose(String text) {
    }

    /** A record id, kept on one line. */
    private record Id(String text) {
    }

    /** Masked evidence: line breaks kept, long words wrapped. */
    private record Evidence(String text) {
    }

    /** A link to a part of this page. */
    private record Link(String text, String anchor) {
    }

    /** Writes one table; cells are text, or one of the small types above. */
    private static final class Table {
        private final Html h;

        private Table(Html h) {
            this.h = h;
        }

        /** A table of name, value rows. */
        static Table facts(Html h) {
            h.open("table", "class", "facts").newline().open("tbody").newline();
            return new Table(h);
        }

        Table(Html h, String caption, String... headers) {
            this.h = h;
            h.open("table").newline();
            if (caption != null) {
                h.element("caption", caption);
            }
            h.open("thead").open("tr");
            for (String header : headers) {
                h.element("th", header);
            }
            h.close("tr").close("thead").newline().open("tbody").newline();
        }

        void fact(String name, Object value) {
            h.open("tr").element("th", name, "scope", "row");
            cell(value);
            h.close("tr").newline();
        }

        void hashFact(String name, String sha256) {
            fact(name, new Hash(sha256));
        }

        void row(Object... cells) {
            h.open("tr");
            for (Object cell : cells) {
                cell(cell);
            }
            h.close("tr").newline();
        }

        private void cell(Object value) {
            if (value instanceof Num n) {
                h.element("td", n.text(), "class", "n");
            } else if (value instanceof Hash hash) {
                h.element("td", hash.hex(), "class", "hash");
            } else if (value instanceof Prose p) {
                h.element("td", p.text(), "class", "prose");
            } else if (value instanceof Id id) {
                h.element("td", id.text(), "class", "id");
            } else if (value instanceof Evidence e) {
                h.element("td", e.text(), "class", "ev");
            } else if (value instanceof Link link) {
                h.open("td").element("a", link.text(), "href", "#" + link.anchor()).close("td");
            } else {
                h.element("td", (String) value);
            }
        }

        void end() {
            h.close("tbody").close("table").newline();
        }
    }
}
