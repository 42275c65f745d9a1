package dev.corpusaudit.provenance;

import dev.corpusaudit.decide.Evidence;
import dev.corpusaudit.decide.Masks;
import dev.corpusaudit.model.Finding;
import dev.corpusaudit.ruleset.Policy;

import java.util.ArrayList;
import java.util.List;

/**
 * Exact data match of member-provided salaries: an amount in a record by a member that is one of that member's
 * salary records, in any common writing of it ({@link MoneyAmounts}), is {@code excluded.salary} with confidence 1.0.
 * Only the records of members with a salary record are read.
 */
final class SalaryMatch {
    static final String RULE = "register.salaries";
    private static final String CATEGORY = "excluded.salary";
    private static final int MIN_AMOUNT = 100;
    private final Policy policy;
    private final SalaryRegister register;

    SalaryMatch(Policy policy, SalaryRegister register) {
        this.policy = policy;
        this.register = register;
    }

    List<Finding> check(Facts facts) {
        if (!facts.member() || !register.hasMember(facts.memberKey())) {
            return List.of();
        }
        String text = facts.record().text();
        List<Finding> found = new ArrayList<>();
        for (MoneyAmounts.Amount a : MoneyAmounts.find(text)) {
            if (a.value() >= MIN_AMOUNT && register.matches(facts.memberKey(), a.value())) {
                found.add(new Finding(facts.record().seq(), facts.record().id(), CATEGORY, "self", RULE,
                        policy.version(), "register", 1.0, policy.severityOf(CATEGORY), facts.lang(), a.start(),
                        a.end(), Evidence.around(text, a.start(), a.end(), Masks.mask(CATEGORY,
                        text.substring(a.start(), a.end()))), "an amount of the author's own salary record (salary "
                        + "register, exact match of the amount in whole units)"));
            }
        }
        return found;
    }
}
