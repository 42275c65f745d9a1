package dev.corpusaudit.generate;

import java.util.SplittableRandom;

/**
 * A pool of members of a fixed size. A member's attributes are derived from the seed and the
 * member's number alone, so the pool needs no memory however large it is, and the same member
 * always has the same language, region, age and name.
 */
final class MemberPool {
    /** Share of members whose age the platform knows, in percent. */
    private static final int AGE_KNOWN_PERCENT = 50;
    /** Share of members with a known age who are under 18, in percent. */
    private static final int MINOR_PERCENT = 3;

    private final long seed;
    private final long size;
    private final NamePools[] names = new NamePools[Language.values().length];

    MemberPool(long seed, long size) {
        this.seed = seed;
        this.size = Math.max(1, size);
        for (Language language : Language.values()) {
            names[language.ordinal()] = NamePools.of(language);
        }
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
        Integer age = null;
        if (r.nextInt(100) < AGE_KNOWN_PERCENT) {
            age = r.nextInt(100) < MINOR_PERCENT ? 15 + r.nextInt(3) : 18 + r.nextInt(20) + r.nextInt(30);
        }
        NamePools pool = names[language.ordinal()];
        return new Member(id(number + 1), language, region, age, pool.firstName(r), pool.lastName(r));
    }

    private static String id(long number) {
        String digits = Long.toString(number);
        return digits.length() >= 6 ? "m-" + digits : "m-" + "000000".substring(digits.length()) + digits;
    }
}
