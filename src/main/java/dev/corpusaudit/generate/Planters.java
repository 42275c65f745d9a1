package dev.corpusaudit.generate;

import java.util.List;

/**
 * Every planter, in the order they run on a record. The order is part of the output: changing it
 * changes which random numbers each planter draws, so a seed then gives other files.
 */
final class Planters {
    private static final double NEAR_MISS_RATE = 0.013;

    private static final List<Planter> ALL = List.of(
            // first: a pasted message may take the place of the composed text
            new LeakedMessagePlanter(),
            new EmailPlanter(),
            new PaymentCardPlanter(),
            new HealthDisclosurePlanter(),
            new FormulaPrefixPlanter(),
            new PastedApplicationPlanter(),
            new SalaryPlanter(),
            new SelfDeclaredAgePlanter(),
            new NearMissPlanter("ref_number", Slot.REF_NUMBER, NEAR_MISS_RATE),
            new NearMissPlanter("phone", Slot.PHONE, NEAR_MISS_RATE),
            new NearMissPlanter("iban", Slot.IBAN, NEAR_MISS_RATE),
            new NearMissPlanter("date", Slot.DATE, NEAR_MISS_RATE),
            new NearMissPlanter("handle", Slot.HANDLE, NEAR_MISS_RATE),
            new ObfuscatedEmailPlanter(),
            new NearMissPlanter("diagnose_other", null, NEAR_MISS_RATE),
            new NearMissPlanter("metaphor", null, NEAR_MISS_RATE),
            // public statements quoted in public: a quotation, but no private message
            new NearMissPlanter("public_quote", null, (source, record) -> switch (source) {
                case POST, GROUP_POST, COMMENT, ARTICLE -> 0.01;
                default -> 0.0;
            }),
            // recruiters counting applications: about applications, but nobody's application
            new NearMissPlanter("applications_received", null, (source, record) -> switch (source) {
                case POST, GROUP_POST -> 0.012;
                case COMMENT -> 0.004;
                default -> 0.0;
            }),
            // amounts that are no one's pay; more often by members with a registered salary, never that salary
            new NearMissPlanter("money", Slot.MONEY, (source, record) -> switch (source) {
                case POST, COMMENT, GROUP_POST -> record != null && record.member().salary() != null ? 0.15 : 0.006;
                default -> 0.0;
            }),
            new NearMissPlanter("salary_range", Slot.SALARY_RANGE, (source, record) -> source == Source.JOB_POSTING ? 0.3 : 0.0),
            // teenage numbers in adults' posts: "my daughter is 16", "16 years of experience"
            new NearMissPlanter("age_other", Slot.TEEN_AGE, (source, record) -> switch (source) {
                case POST, COMMENT, GROUP_POST -> record != null && record.minor() ? 0.0 : 0.005;
                default -> 0.0;
            }));

    private Planters() {
    }

    static List<Planter> all() {
        return ALL;
    }
}
