package dev.corpusaudit.provenance;

import dev.corpusaudit.model.Finding;
import dev.corpusaudit.model.IsoDate;
import dev.corpusaudit.ruleset.Policy;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;

/**
 * Members under the policy's minimum age. The age comes from the record's {@code member_birth_date}, its
 * {@code member_age} (the member's age when the record was created), or the member registry's birth date, and is
 * computed at the record's {@code created_at} and at the snapshot date: a member who was under age when writing
 * is a minor's data even if an adult now, and one under age at the snapshot is a minor today. When the sources
 * disagree, the youngest reading counts (the policy keeps out members "believed to be" under age). A record with
 * no usable age is not taken for an adult's: it is counted apart ({@link Verdict#known} false).
 */
final class AgeCheck {
    static final String RULE = "policy.minimum_age";
    private static final String CATEGORY = "excluded.minor";
    private final Policy policy;
    private final int minimum;
    private final MemberRegister members;

    /** What the check found: whether an age was known, the finding (or null), a bad value (or null). */
    record Verdict(boolean known, Finding finding, String problem) {
    }

    AgeCheck(Policy policy, MemberRegister members) {
        this.policy = policy;
        this.minimum = policy.minimumAge() == null ? 0 : policy.minimumAge();
        this.members = members;
    }

    boolean enabled() {
        return minimum > 0;
    }

    Verdict check(Facts facts) {
        List<String> problems = new ArrayList<>();
        List<Reading> readings = new ArrayList<>();
        String birthField = facts.record().extra().get("member_birth_date");
        if (birthField != null) {
            LocalDate birth = IsoDate.of(birthField.strip());
            if (birth == null) {
                problems.add("member_birth_date '" + birthField + "' is not a date (yyyy-MM-dd)");
            } else {
                readFromBirth(birth, "the record's member_birth_date", facts, readings, problems);
            }
        }
        String ageField = facts.record().extra().get("member_age");
        if (ageField != null) {
            Integer age = wholeYears(ageField.strip());
            if (age == null) {
                problems.add("member_age '" + ageField + "' is not a whole number of years from 0 to 130");
            } else {
                readings.add(new Reading(age, facts.created() != null ? "created_at" : "an unknown date",
                        "the record's member_age"));
            }
        }
        if (facts.member()) {
            LocalDate birth = members.birthDate(facts.memberKey());
            if (birth != null) {
                readFromBirth(birth, "the member registry's birth_date", facts, readings, problems);
            }
        }
        String problem = problems.isEmpty() ? null : String.join("; ", problems) + "; that value is not used";
        if (readings.isEmpty()) {
            return new Verdict(false, null, problem);
        }
        Reading youngest = readings.stream().min((a, b) -> Integer.compare(a.age, b.age)).get();
        if (youngest.age >= minimum) {
            return new Verdict(true, null, problem);
        }
        String explanation = "member " + youngest.age + " at " + youngest.when + " (" + youngest.source + "), under "
                + "the policy's minimum age of " + minimum;
        Finding finding = facts.finding(CATEGORY, RULE, policy.version(), 1.0, policy.severityOf(CATEGORY),
                "age " + youngest.age + " at " + youngest.when, explanation);
        return new Verdict(true, finding, problem);
    }

    /** The ages a birth date gives: at the record's creation and at the snapshot date. */
    private static void readFromBirth(LocalDate birth, String source, Facts facts, List<Reading> readings,
                                      List<String> problems) {
        LocalDate created = facts.created();
        if (created != null && created.isBefore(birth)) {
            problems.add(source + " is after the record's created_at");
            return;
        }
        if (created != null) {
            readings.add(new Reading(Period.between(birth, created).getYears(), "created_at", source));
        }
        if (facts.snapshot() != null && !facts.snapshot().isBefore(birth)) {
            readings.add(new Reading(Period.between(birth, facts.snapshot()).getYears(),
                    "the snapshot date " + facts.snapshot(), source));
        }
    }

    private static Integer wholeYears(String value) {
        if (!value.matches("\\d{1,3}")) {
            return null;
        }
        int age = Integer.parseInt(value);
        return age <= 130 ? age : null;
    }

    private record Reading(int age, String when, String source) {
    }
}
