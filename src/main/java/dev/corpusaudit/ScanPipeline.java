package dev.corpusaudit;

import dev.corpusaudit.analyze.AnalyzedRecord;
import dev.corpusaudit.analyze.DetectorRule;
import dev.corpusaudit.analyze.PatternStage;
import dev.corpusaudit.analyze.Pseudonymizer;
import dev.corpusaudit.analyze.RecordAnalyzer;
import dev.corpusaudit.decide.DecideStage;
import dev.corpusaudit.decide.Decider;
import dev.corpusaudit.index.RecordIndexer;
import dev.corpusaudit.ingest.CorpusReader;
import dev.corpusaudit.ingest.RecordHandler;
import dev.corpusaudit.ingest.Rejection;
import dev.corpusaudit.model.AuditSummary;
import dev.corpusaudit.model.CorpusRecord;
import dev.corpusaudit.model.ExposedMember;
import dev.corpusaudit.model.FileDigest;
import dev.corpusaudit.model.Finding;
import dev.corpusaudit.model.Json;
import dev.corpusaudit.model.Signal;
import dev.corpusaudit.model.ToolInfo;
import dev.corpusaudit.nlp.ModelRegistry;
import dev.corpusaudit.nlp.SentenceSplitter;
import dev.corpusaudit.report.AtomicFile;
import dev.corpusaudit.report.FindingsFile;
import dev.corpusaudit.report.KnownFindings;
import dev.corpusaudit.report.Manifest;
import dev.corpusaudit.report.ReportContent;
import dev.corpusaudit.report.ReportFolder;
import dev.corpusaudit.report.ReportPack;
import dev.corpusaudit.nlp.DocumentCategorizer;
import dev.corpusaudit.provenance.ProvenanceChecks;
import opennlp.tools.doccat.DoccatModel;
import dev.corpusaudit.rules.PhraseRule;
import dev.corpusaudit.rules.RuleRunner;
import dev.corpusaudit.ruleset.RuleSpec;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * A whole scan, top to bottom: ingest -> analyze (parallel) -> index (Lucene) -> query rules -> decide -> report.
 *
 * <p>The reader thread streams records into a bounded queue; workers analyze them, decide the findings of their
 * pattern signals while the text is at hand, and index them in parallel (Lucene's writer is thread-safe); after the
 * commit, the phrase rules run as queries over the index, and the decide stage joins each record's findings with
 * those of its phrase hits in parallel and delivers them in input order, so {@code findings.jsonl} is the same
 * whatever the thread schedule; the workbook is written alongside, on its own thread. Memory stays
 * bounded: records stream, findings go to disk, and only per-hit bookkeeping is kept.
 */
public final class ScanPipeline {
    /** How many of the most exposed members {@code members.json} and the workbook list. */
    public static final int MOST_EXPOSED = 100;
    public static final String INDEX = "index";
    private static final int BATCH = 64;
    private static final List<CorpusRecord> END = List.of();

    /** Live counters for a progress display. */
    public static final class Progress {
        public final AtomicLong recordsRead = new AtomicLong();
        public final AtomicLong recordsIndexed = new AtomicLong();
        /** Input bytes read (on disk), against the inputs' total size for an ETA. */
        public final AtomicLong bytesRead = new AtomicLong();
    }

    /** What a scan produced, and how long each stage took (seconds, in stage order). */
    public record Result(AuditSummary summary, Path out, Map<String, Double> stageSeconds) {
    }

    private final ScanOptions options;
    private final Progress progress;
    private final Pseudonymizer pseudonymizer;

    public ScanPipeline(ScanOptions options, Progress progress, Pseudonymizer pseudonymizer) {
        this.options = options;
        this.progress = progress;
        this.pseudonymizer = pseudonymizer;
    }

    public Result run() throws IOException, InterruptedException {
        Instant started = Instant.now();
        StageClock clock = new StageClock();
        Path out = options.out();
        Files.createDirectories(out);
        PatternStage patterns = new PatternStage(options.ruleset().rules());
        List<DetectorRule> categorizerRules = DetectorRule.categorizers(options.ruleset().rules());
        List<PhraseRule> phraseRules = options.ruleset().rulesOfType(RuleSpec.PHRASE).stream().map(PhraseRule::new).toList();
        ModelRegistry models = ModelRegistry.shared();
        models.languageModel(); // load before the workers start, once
        DoccatModel categorizer = options.ruleset().categorizer() == null ? null
                : DocumentCategorizer.load(options.ruleset().categorizer());

        ProvenanceChecks provenance = new ProvenanceChecks(options.ruleset().policy(), options.snapshot(),
                options.registers());
        Path indexDir = out.resolve(INDEX);
        deleteRecursively(indexDir);
        CorpusStats stats = new CorpusStats();
        CorpusReader.Result read;
        long workerRejected;
        long workerFlagged;
        try (Directory directory = FSDirectory.open(indexDir);
             IndexWriter writer = new IndexWriter(directory, RecordIndexer.writerConfig());
             AtomicFile rejected = AtomicFile.open(out.resolve(ReportFolder.REJECTED))) {
            RejectionLog log = new RejectionLog(rejected.stream());
            Workers workers = new Workers(options.threads(), models, patterns, categorizerRules, provenance, writer,
                    stats, log);
            try {
                read = new CorpusReader(options.mapping(), options.maxRecordChars(), options.encoding(),
                        progress.bytesRead).read(options.inputs(), workers);
                workerRejected = workers.finish();
                workerFlagged = workers.flagged.get();
            } catch (RuntimeException | InterruptedException e) {
                workers.abort();
                throw e;
            }
            writer.commit();
            rejected.commit();
        }
        clock.lap("ingest+analyze+index");

        AuditSummary summary;
        // The workbook is written on its own thread as findings are decided, and finished while the other reports are.
        try (Directory directory = FSDirectory.open(indexDir); DirectoryReader reader = DirectoryReader.open(directory);
             ReportPack reports = options.reports() ? new ReportPack(out, options.sarif(),
                     ReportContent.ruleIds(options.ruleset())) : null) {
            Map<Integer, List<Signal>> ruleSignals = new RuleRunner(phraseRules, options.threads()).run(reader);
            clock.lap("query rules");
            MemberExposure exposure = new MemberExposure();
            summary = decideAndWriteFindings(reader, ruleSignals, read, workerRejected, workerFlagged, stats, provenance,
                    exposure,
                    () -> new Decider(options.ruleset().policy(), phraseRules, options.ruleset().rules(),
                            new SentenceSplitter(models), categorizer == null ? null : new DocumentCategorizer(categorizer)),
                    reports);
            AtomicFile.write(out.resolve(ReportFolder.SUMMARY), s -> Json.PRETTY.writeValue(s, summary));
            List<ExposedMember> mostExposed = exposure.mostExposed(MOST_EXPOSED, reader);
            AtomicFile.write(out.resolve(ReportFolder.MEMBERS),
                    s -> Json.PRETTY.writeValue(s, membersFile(exposure, mostExposed)));
            clock.lap("decide+findings");
            if (reports != null) {
                reports.finish(ReportContent.of(summary, options.ruleset(), mostExposed, null, started.toString()));
                clock.lap("reports");
            }
        }
        if (!options.keepIndex()) {
            deleteRecursively(indexDir);
        }
        List<FileDigest> inputs = new ArrayList<>(read.files());
        for (Path register : options.registers().files()) {
            inputs.add(FileDigest.of(register, register.toString()));
        }
        Manifest.write(out, summary.ruleset(), inputs, started);
        clock.lap("manifest");
        return new Result(summary, out, clock.laps());
    }

    /**
     * Decides the records with signals (in parallel, delivered in input order), writes their findings (and hands
     * them to the reports, when they are written), and counts everything.
     */
    private AuditSummary decideAndWriteFindings(DirectoryReader reader, Map<Integer, List<Signal>> ruleSignals,
                                                CorpusReader.Result read, long workerRejected, long workerFlagged,
                                                CorpusStats stats, ProvenanceChecks provenance,
                                                MemberExposure exposure, Supplier<Decider> deciders,
                                                ReportPack reports)
            throws IOException, InterruptedException {
        FindingTally tally = new FindingTally(options.gateConditions());
        KnownFindings known = options.baseline();
        long[] knownCount = {0};
        try (AtomicFile findingsFile = AtomicFile.open(options.out().resolve(ReportFolder.FINDINGS))) {
            OutputStream out = findingsFile.stream();
            new DecideStage(options.threads(), deciders).run(reader, ruleSignals, decided -> {
                List<Finding> findings = decided.findings();
                if (known != null) {
                    findings = findings.stream().filter(f -> !known.contains(f)).toList();
                    knownCount[0] += decided.findings().size() - findings.size();
                }
                for (Finding f : findings) {
                    out.write(FindingsFile.line(f));
                    if (reports != null) {
                        reports.add(f);
                    }
                }
                tally.add(findings, decided.memberPseudonym(), decided.lang(), decided.source(), decided.region(),
                        decided.month());
                exposure.add(findings, decided.memberPseudonym());
            });
            findingsFile.commit();
        }
        var ruleset = options.ruleset();
        return new AuditSummary(ToolInfo.NAME, ToolInfo.VERSION,
                new AuditSummary.RulesetInfo(ruleset.policy().id(), ruleset.policy().title(),
                        ruleset.policy().version(), ruleset.sha256()),
                options.inputs().stream().map(Path::toString).toList(), read.files(),
                new AuditSummary.RecordCounts(read.accepted() + read.rejected(), stats.indexed(),
                        read.rejected() + workerRejected, read.flagged() + workerFlagged),
                tally.total(), tally.categories(), stats.languages(), stats.sources(), stats.regions(),
                stats.months(), tally.breakdowns(), tally.byRule(), exposure.members(), provenance.summary(),
                tally.gate(stats.indexed(), options.gateSource()),
                known == null ? null : new AuditSummary.Baseline(known.dir(), knownCount[0], known.resolved()));
    }

    /**
     * {@code members.json}: the most exposed members by pseudonym. Pseudonyms come from the audit's secret, so this
     * file is the same from one scan to the next only with the same {@code --pseudonym-key}; {@code summary.json}
     * holds no pseudonym and is always the same.
     */
    private static Map<String, Object> membersFile(MemberExposure exposure, List<ExposedMember> mostExposed) {
        Map<String, Object> file = new java.util.LinkedHashMap<>();
        file.put("members_with_findings", exposure.members());
        file.put("listed", mostExposed.size());
        file.put("order", "most categories found, then most records with findings");
        file.put("most_exposed", mostExposed);
        return file;
    }

    /** {@code rejected.jsonl}, written by the reader thread and, for a record a worker could not process, by it. */
    private static final class RejectionLog {
        private final OutputStream out;

        RejectionLog(OutputStream out) {
            this.out = out;
        }

        synchronized void write(Rejection rejection) {
            try {
                out.write(Json.MAPPER.writeValueAsBytes(rejection));
                out.write('\n');
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** The worker pool: takes batches of records from a bounded queue, analyzes and indexes them. */
    private final class Workers implements RecordHandler {
        private final BlockingQueue<List<CorpusRecord>> queue;
        private final List<Thread> threads = new ArrayList<>();
        private final AtomicReference<Throwable> failure = new AtomicReference<>();
        private final AtomicLong rejectedByWorkers = new AtomicLong();
        /** Records kept with a warning by a worker (an unusable age). */
        final AtomicLong flagged = new AtomicLong();
        private final ProvenanceChecks provenance;
        private final RejectionLog log;
        private List<CorpusRecord> batch = new ArrayList<>(BATCH);

        Workers(int count, ModelRegistry models, PatternStage patterns, List<DetectorRule> categorizers,
                ProvenanceChecks provenance, IndexWriter writer, CorpusStats stats, RejectionLog log) {
            this.queue = new ArrayBlockingQueue<>(count * 8);
            this.log = log;
            this.provenance = provenance;
            for (int i = 0; i < count; i++) {
                RecordAnalyzer analyzer = new RecordAnalyzer(models, patterns, categorizers, pseudonymizer);
                Decider decider = Decider.forPatternSignals(options.ruleset().policy(), options.ruleset().rules(),
                        new SentenceSplitter(models));
                Thread t = new Thread(() -> work(analyzer, decider, writer, stats), "scan-worker-" + i);
                t.setDaemon(true);
                threads.add(t);
                t.start();
            }
        }

        private void work(RecordAnalyzer analyzer, Decider decider, IndexWriter writer, CorpusStats stats) {
            try {
                while (true) {
                    List<CorpusRecord> records = queue.take();
                    if (records == END) {
                        // Flush a buffer here, on this thread, so that the workers flush in parallel and the
                        // commit that follows has little left to write on its own.
                        writer.flushNextBuffer();
                        return;
                    }
                    for (CorpusRecord record : records) {
                        process(analyzer, decider, writer, stats, record);
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (Throwable t) {
                failure.compareAndSet(null, t);
            }
        }

        /**
         * Analyzes a record, decides the findings of its signals while its text is at hand (so that the decide stage
         * reads stored text back only for phrase-rule hits), and indexes it.
         */
        private void process(RecordAnalyzer analyzer, Decider decider, IndexWriter writer, CorpusStats stats,
                             CorpusRecord record) {
            AnalyzedRecord analyzed;
            List<Finding> findings;
            try {
                analyzed = analyzer.analyze(record);
                List<Finding> checked = provenance.check(record, analyzed.lang(),
                        Pseudonymizer.keyOf(analyzed.memberPseudonym()), problem -> {
                            flagged.incrementAndGet();
                            log.write(Rejection.kept(record.origin().file(), record.origin().line(), record.id(),
                                    problem));
                        });
                List<Finding> decided = analyzed.signals().isEmpty() ? List.of() : decider.decideSignals(record.seq(),
                        record.id(), analyzed.lang(), record.source(), record.text(), analyzed.signals());
                findings = checked.isEmpty() ? decided : Decider.merge(decided, checked);
                findings = decider.withNames(record.seq(), record.id(), analyzed.lang(), record.text(), findings);
            } catch (RuntimeException e) {
                // One record that breaks a detector must not stop the scan: account for it and go on.
                rejectedByWorkers.incrementAndGet();
                log.write(Rejection.rejected(record.origin().file(), record.origin().line(), record.id(),
                        "could not be analyzed: " + e));
                return;
            }
            RecordIndexer.add(writer, analyzed, findings); // an index failure is fatal: the index would be incomplete
            stats.count(analyzed.lang(), record.source(), record.region(), record.createdMonth(), record.text().length());
            progress.recordsIndexed.incrementAndGet();
        }

        @Override
        public void record(CorpusRecord record) throws InterruptedException {
            progress.recordsRead.incrementAndGet();
            batch.add(record);
            if (batch.size() == BATCH) {
                put(batch);
                batch = new ArrayList<>(BATCH);
            }
        }

        @Override
        public void problem(Rejection rejection) {
            if (rejection.isRejected()) {
                progress.recordsRead.incrementAndGet();
            }
            log.write(rejection);
        }

        private void put(List<CorpusRecord> records) throws InterruptedException {
            while (!queue.offer(records, 100, java.util.concurrent.TimeUnit.MILLISECONDS)) {
                rethrow();
            }
            rethrow();
        }

        /** Stops the workers without waiting for the queue: the scan failed. */
        void abort() {
            threads.forEach(Thread::interrupt);
        }

        /** Waits for the workers to drain the queue; returns how many records they had to reject. */
        long finish() throws InterruptedException {
            if (!batch.isEmpty()) {
                put(batch);
            }
            for (int i = 0; i < threads.size(); i++) {
                put(END);
            }
            for (Thread t : threads) {
                t.join();
            }
            rethrow();
            return rejectedByWorkers.get();
        }

        private void rethrow() {
            Throwable t = failure.get();
            if (t instanceof RuntimeException re) {
                throw re;
            }
            if (t instanceof Error err) {
                throw err;
            }
            if (t != null) {
                throw new IllegalStateException(t);
            }
        }
    }

    /** Wall time per stage. */
    private static final class StageClock {
        private final Map<String, Double> laps = new java.util.LinkedHashMap<>();
        private long last = System.nanoTime();

        void lap(String stage) {
            long now = System.nanoTime();
            laps.put(stage, Math.round((now - last) / 1e7) / 100.0);
            last = now;
        }

        Map<String, Double> laps() {
            return java.util.Collections.unmodifiableMap(laps);
        }
    }

    /** Removes a folder and everything in it; nothing happens when it does not exist. */
    public static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
