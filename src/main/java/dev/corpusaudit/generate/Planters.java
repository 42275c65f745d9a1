package dev.corpusaudit.generate;

import java.util.List;

/**
 * Every planter, in the order they run on a record. The order is part of the output: changing it
 * changes which random numbers each planter draws, so a seed then gives other files.
 */
final class Planters {
    private static final double NEAR_MISS_RATE = 0.013;

    private static final List<Planter> ALL = List.of(
            new EmailPlanter(),
            new PaymentCardPlanter(),
            new HealthDisclosurePlanter(),
            new FormulaPrefixPlanter(),
            new NearMissPlanter("ref_number", Slot.REF_NUMBER, NEAR_MISS_RATE),
            new NearMissPlanter("phone", Slot.PHONE, NEAR_MISS_RATE),
            new NearMissPlanter("iban", Slot.IBAN, NEAR_MISS_RATE),
            new NearMissPlanter("date", Slot.DATE, NEAR_MISS_RATE),
            new NearMissPlanter("handle", Slot.HANDLE, NEAR_MISS_RATE),
            new NearMissPlanter("obfuscated_email", Slot.OBFUSCATED_EMAIL, NEAR_MISS_RATE),
            new NearMissPlanter("diagnose_other", null, NEAR_MISS_RATE),
            new NearMissPlanter("metaphor", null, NEAR_MISS_RATE));

    private Planters() {
    }

    static List<Planter> all() {
        return ALL;
    }
}
