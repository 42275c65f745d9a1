package dev.corpusaudit.provenance;

import dev.corpusaudit.model.ConfigException;
import dev.corpusaudit.model.CorpusRecord;
import dev.corpusaudit.model.Finding;
import dev.corpusaudit.model.IsoDate;
import dev.corpusaudit.model.ProvenanceSummary;
import dev.corpusaudit.ruleset.Policy;
import dev.corpusaudit.ruleset.RegionCodes;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The analyze stage's checks that need provenance rather than text patterns: excluded sources, minimum age,
 * excluded regions, the opt-out register, member salary records and reference private messages. One instance
 * serves every worker (the checks hold only read-only tables); it counts what the summary reports.
 */
public final class ProvenanceChecks {
    /** The checks' rule ids, with what each checks, for the reports' rule lists (they have no rule file). */
    public static final java.util.Map<String, String> CHECKS = java.util.Map.of(
            SourceCheck.RULE, "Records of a source type the policy excludes (private messages, job applications)",
            AgeCheck.RULE, "Records of members under the policy's minimum age, at creation or at the snapshot date",
            RegionCheck.RULE, "Records of members in a region the policy excludes",
            OptOutCheck.RULE, "Records of members in the opt-out register that the snapshot must not hold",
            SalaryMatch.RULE, "Amounts matching a member's own entry in the salary register",
            LeakedMessageMatch.RULE, "Text copied from a private message in the message register");

    private final Policy policy;
    private final LocalDate snapshot;
    private final Registers registers;
    private final SourceCheck sources;
    private final AgeCheck ages;
    private final RegionCheck regions;
    private final OptOutCheck optOuts;
    private final SalaryMatch salaries;
    private final LeakedMessageMatch messages;
    private final ProvenanceTally tally = new ProvenanceTally();

    /**
     * @param snapshot the snapshot date ({@code scan --snapshot-date}, else the policy's), or null
     */
    public ProvenanceChecks(Policy policy, LocalDate snapshot, Registers registers) {
        boolean retroactive = policy.optOut() != null && Boolean.TRUE.equals(policy.optOut().retroactive());
        if (registers.given(Registers.OPT_OUTS) && snapshot == null && !retroactive) {
            throw new ConfigException("--optouts needs the snapshot date (--snapshot-date, or snapshot_date in the "
                    + "policy): the policy's opt-out is not retroactive, so whether a record may stay depends on it");
        }
        this.policy = policy;
        this.snapshot = snapshot;
        this.registers = registers;
        this.sources = new SourceCheck(policy);
        this.ages = new AgeCheck(policy, registers.members());
        this.regions = new RegionCheck(policy);
        this.optOuts = new OptOutCheck(policy, registers.optOuts());
        this.salaries = new SalaryMatch(policy, registers.salaries());
        this.messages = new LeakedMessageMatch(policy, registers.messages());
    }

    /**
     * One record's findings from its provenance (record-level ones first), in the order a report lists them.
     *
     * @param memberKey the member's pseudonym key, or null when the record names no member
     * @param problems  told of unusable metadata (an age that is not a number), to be logged with the record
     */
    public List<Finding> check(CorpusRecord record, String lang, Long memberKey, Consumer<String> problems) {
        boolean member = memberKey != null;
        long key = member ? memberKey : 0;
        String region = record.region() != null ? record.region() : member ? registers.members().region(key) : null;
        LocalDate created = IsoDate.of(record.createdAt());
        Facts facts = new Facts(record, lang, member, key, created, region, snapshot);
        List<Finding> found = new ArrayList<>(2);
        add(found, sources.check(facts));
        if (ages.enabled()) {
            AgeCheck.Verdict age = ages.check(facts);
            tally.age(age.known(), age.problem() != null);
            add(found, age.finding());
            if (age.problem() != null) {
                problems.accept(age.problem());
            }
        }
        add(found, regions.check(facts));
        OptOutCheck.Verdict optOut = optOuts.check(facts);
        if (optOut != null) {
            add(found, optOut.finding());
            tally.optedOut(key, region, optOut.optedOut(), optOut.finding() != null, optOut.createdAfter(), created);
        }
        found.addAll(salaries.check(facts));
        add(found, messages.check(facts));
        return found;
    }

    /** What the summary says of these checks, once the scan is done. */
    public ProvenanceSummary summary() {
        Registers r = registers;
        boolean any = !r.files().isEmpty();
        return new ProvenanceSummary(snapshot == null ? null : snapshot.toString(),
                any ? new ProvenanceSummary.RegisterSizes(r.given(Registers.MEMBERS) ? r.members().rows() : null,
                        r.given(Registers.OPT_OUTS) ? r.optOuts().rows() : null,
                        r.given(Registers.SALARIES) ? r.salaries().rows() : null,
                        r.given(Registers.MESSAGES) ? (long) r.messages().messages() : null) : null,
                ages.enabled() ? tally.ages() : null,
                r.given(Registers.OPT_OUTS) ? tally.optOuts(r.optOuts().members(), RegionCodes.expand(
                        policy.regions() == null ? null : policy.regions().optOut())) : null);
    }

    private static void add(List<Finding> found, Finding f) {
        if (f != null) {
            found.add(f);
        }
    }
}
