package dev.corpusaudit.provenance;

import dev.corpusaudit.model.Finding;
import dev.corpusaudit.ruleset.Policy;

import java.time.LocalDate;

/**
 * Records of members in the opt-out register. The rule, from the policy's {@code opt_out.retroactive}:
 * <ul>
 *   <li>{@code false} (LinkedIn's): an opt-out on day D keeps every record of the member out of every snapshot taken
 *   on or after D, whenever the record was created; models trained before D keep what they learnt, and a snapshot
 *   taken before D may hold the records. So a record is a finding when the snapshot date is on or after D.</li>
 *   <li>{@code true}: no record of an opted-out member may be in any snapshot.</li>
 * </ul>
 * The finding says when the member opted out (the month) and whether the record was created before or after it:
 * records created after an opt-out show that collection went on.
 */
final class OptOutCheck {
    static final String RULE = "policy.opt_out";
    private static final String CATEGORY = "excluded.opted_out";
    private final Policy policy;
    private final OptOutRegister register;
    private final boolean retroactive;

    /** A record of an opted-out member: the finding (null when the snapshot predates the opt-out) and the dates. */
    record Verdict(Finding finding, LocalDate optedOut, boolean createdAfter) {
    }

    OptOutCheck(Policy policy, OptOutRegister register) {
        this.policy = policy;
        this.register = register;
        this.retroactive = policy.optOut() != null && Boolean.TRUE.equals(policy.optOut().retroactive());
    }

    /** Null when the record's member is not in the register. */
    Verdict check(Facts facts) {
        if (!facts.member()) {
            return null;
        }
        LocalDate optedOut = register.optedOutAt(facts.memberKey());
        if (optedOut == null) {
            return null;
        }
        boolean createdAfter = facts.created() != null && !facts.created().isBefore(optedOut);
        boolean violation = retroactive || !facts.snapshot().isBefore(optedOut);
        if (!violation) {
            return new Verdict(null, optedOut, createdAfter);
        }
        String created = facts.created() == null ? "has no created_at"
                : "was created " + (createdAfter ? "after" : "before") + " the opt-out (" + Facts.month(facts.created()) + ")";
        String rule = retroactive ? "the policy's opt-out is retroactive: no record of the member may be in any snapshot"
                : "the snapshot (" + facts.snapshot() + ") was taken after it, so none of the member's records may be "
                + "in it (the opt-out is not retroactive: only models trained before it keep them)";
        Finding finding = facts.finding(CATEGORY, RULE, policy.version(), 1.0, policy.severityOf(CATEGORY),
                "opted out " + Facts.month(optedOut), "the member opted out in " + Facts.month(optedOut)
                        + " (opt-out register); " + rule + "; this record " + created);
        return new Verdict(finding, optedOut, createdAfter);
    }
}
