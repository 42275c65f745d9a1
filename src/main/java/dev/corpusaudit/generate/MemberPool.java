package dev.corpusaudit.generate;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.SplittableRandom;

/**
 * A pool of members of a fixed size. A member's attributes are derived from the seed, the snapshot
 * date and the member's number alone, so the pool needs no memory however large it is, and the same
 * member always has the same language, region, name, birth date, registry entry, opt-out and salary.
 */
final class MemberPool {
    /** Members under 18 at the snapshot date, per thousand. */
    static final int MINOR_PER_MILLE = 30;
    /** Members who turned 18 in the half year before the snapshot date, per thousand. */
    static final int TURNED_18_PER_MILLE = 10;
    /** Members in the registry ({@code members.csv}), in percent. */
    static final int REGISTRY_PERCENT = 70;
    /** Members who opted out of AI training, per thousand. */
    static final int OPT_OUT_PER_MILLE = 40;
    /** Adult members whose salary the platform holds ({@code salaries.csv}), per thousand. */
    static final int SALARY_PER_MILLE = 31;
    /** Opt-outs fall between this many days before the snapshot date... */
    static final int OPT_OUT_DAYS_BEFORE = 90;
    /** ...and this many after it: 2025-11-03 to 2026-04-30 for the default snapshot date 2026-02-01. */
    static final int OPT_OUT_DAYS_AFTER = 88;
    /** Members who turned 18 did so at most this many days before the snapshot date. */
    private static final int TURNED_18_WITHIN_DAYS = 183;

    private final long seed;
    private final long size;
    private final LocalDate snapshot;
    private final NamePools[] names = new NamePools[Language.values().length];

    MemberPool(long seed, long size, LocalDate snapshot) {
        this.seed = seed;
        this.size = Math.max(1, size);
        this.snapshot = snapshot;
        for (Language language : Language.values()) {
            names[language.ordinal()] = NamePools.of(language);
        }
    }

    long size() {
        return size;
    }

    /** A member chosen uniformly from the pool. */
    Member pick(SplittableRandom rng) {
        return member(rng.nextLong(size));
    }

    Member member(long number) {
        // a private generator per member: mixing the number in keeps neighbouring members independent
        SplittableRandom r = new SplittableRandom(seed ^ (0x9E3779B97F4A7C15L * (number + 1)));
        Language language = Language.pick(r);
        String region = language.pickRegion(r);
        NamePools pool = names[language.ordinal()];
        String firstName = pool.firstName(r);
        String lastName = pool.lastName(r);

        // the platform's facts come from a second generator, so that adding one leaves the names alone
        SplittableRandom f = new SplittableRandom((seed + 0x5851F42D4C957F2DL) ^ (0xD1B54A32D192ED03L * (number + 1)));
        int group = f.nextInt(1000);
        Member.AgeGroup ageGroup;
        LocalDate birth;
        if (group < MINOR_PER_MILLE) {
            ageGroup = Member.AgeGroup.MINOR;
            birth = between(f, snapshot.minusYears(18).plusDays(1), snapshot.minusYears(14));
        } else if (group < MINOR_PER_MILLE + TURNED_18_PER_MILLE) {
            ageGroup = Member.AgeGroup.TURNED_18;
            LocalDate latest = snapshot.minusYears(18);
            birth = between(f, latest.minusDays(TURNED_18_WITHIN_DAYS - 1), latest);
        } else {
            ageGroup = Member.AgeGroup.ADULT;
            // 20 to 66: old enough to have been 18 on every record of the two years before the snapshot
            int age = 20 + f.nextInt(20) + f.nextInt(27);
            birth = between(f, snapshot.minusYears(age + 1).plusDays(1), snapshot.minusYears(age));
        }
        boolean inRegistry = f.nextInt(100) < REGISTRY_PERCENT;
        LocalDate optedOutAt = f.nextInt(1000) < OPT_OUT_PER_MILLE
                ? between(f, snapshot.minusDays(OPT_OUT_DAYS_BEFORE), snapshot.plusDays(OPT_OUT_DAYS_AFTER)) : null;
        Integer salary = null;
        boolean salaryStated = false;
        if (ageGroup == Member.AgeGroup.ADULT && f.nextInt(1000) < SALARY_PER_MILLE) {
            salary = Money.salary(f);
            salaryStated = f.nextBoolean();
        }
        return new Member(number, id(number + 1), language, region, firstName, lastName, birth, ageGroup, inRegistry,
                optedOutAt, salary, salaryStated);
    }

    /** A day from {@code first} to {@code last}, both included. */
    private static LocalDate between(SplittableRandom rng, LocalDate first, LocalDate last) {
        return first.plusDays(rng.nextLong(ChronoUnit.DAYS.between(first, last) + 1));
    }

    static String id(long number) {
        String digits = Long.toString(number);
        return digits.length() >= 6 ? "m-" + digits : "m-" + "000000".substring(digits.length()) + digits;
    }
}
