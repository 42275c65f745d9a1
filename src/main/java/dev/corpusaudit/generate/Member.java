package dev.corpusaudit.generate;

import java.time.LocalDate;
import java.time.Period;

/**
 * A synthetic member: the author of records (or the person a profile describes), with the facts the
 * platform keeps about them (birth date, registry entry, opt-out, salary).
 *
 * @param number       the member's number in its pool (0-based); {@code id} is {@code number + 1}
 * @param id           {@code m-} and six digits
 * @param language     the language the member writes
 * @param region       ISO 3166-1 alpha-2 country of the account, consistent with the language
 * @param firstName    the member's first name, used where a text speaks as the member
 * @param lastName     the member's last name
 * @param birthDate    the member's date of birth
 * @param ageGroup     how the member's age relates to the snapshot date
 * @param inRegistry   whether the member is in the registry ({@code members.csv})
 * @param optedOutAt   when the member opted out of AI training, or null
 * @param salary       the member-provided yearly salary, whole units of {@link #currency()}, or null
 * @param salaryStated whether one of the member's records states that salary
 */
record Member(long number, String id, Language language, String region, String firstName, String lastName,
              LocalDate birthDate, AgeGroup ageGroup, boolean inRegistry, LocalDate optedOutAt, Integer salary,
              boolean salaryStated) {

    /** How a member's age relates to the snapshot date. */
    enum AgeGroup {
        /** Under 18 at the snapshot date (14 to 17). */
        MINOR,
        /** 18 at the snapshot date, with an 18th birthday in the half year before it: some records were written at 17. */
        TURNED_18,
        /** 20 or older at the snapshot date: 18 or older on every record. */
        ADULT
    }

    /** The member's age in whole years on {@code date}. */
    int ageAt(LocalDate date) {
        return Period.between(birthDate, date).getYears();
    }

    /**
     * True when the member's age is known from no other source but the records, so that every record
     * must carry it: members who are or were under 18 in the corpus and are not in the registry.
     */
    boolean ageMustShowOnRecords() {
        return ageGroup != AgeGroup.ADULT && !inRegistry;
    }

    /** The currency of the member's pay: pounds in the UK, francs in Switzerland, euros elsewhere. */
    String currency() {
        return Money.currencyOf(region);
    }
}
