package dev.corpusaudit.provenance;

import dev.corpusaudit.analyze.Pseudonymizer;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * The member registry ({@code --members}, CSV {@code member_id,birth_date,region}), keyed by pseudonym: a member's
 * birth date for the age check when a record does not carry one, and region when a record has none. Either value
 * may be empty in a row.
 */
public final class MemberRegister {
    private final LongIntTable birthDays;
    private final LongIntTable regions;
    private final long rows;

    private MemberRegister(LongIntTable birthDays, LongIntTable regions, long rows) {
        this.birthDays = birthDays;
        this.regions = regions;
        this.rows = rows;
    }

    public static MemberRegister none() {
        return new MemberRegister(LongIntTable.empty(), LongIntTable.empty(), 0);
    }

    /**
     * Reads the registry. A member listed twice with two birth dates keeps the later one (the younger age): a
     * register that disagrees with itself must not make a minor look like an adult.
     */
    public static MemberRegister load(Path file, Pseudonymizer keys) {
        LongIntTable.Builder births = new LongIntTable.Builder();
        LongIntTable.Builder regions = new LongIntTable.Builder();
        long rows = RegisterCsv.read(file, List.of("member_id", "birth_date", "region"), row -> {
            long key = keys.key(row.get("member_id"));
            if (!row.csv().get("birth_date").isBlank()) {
                births.add(key, (int) row.date("birth_date").toEpochDay());
            }
            String region = row.csv().get("region").strip().toUpperCase(Locale.ROOT);
            if (!region.isEmpty()) {
                if (!region.matches("[A-Z]{2}")) {
                    throw row.problem("region", "'" + region + "' is not an ISO 3166-1 alpha-2 code");
                }
                regions.add(key, region.charAt(0) << 8 | region.charAt(1));
            }
        });
        return new MemberRegister(births.build(Math::max), regions.build((a, b) -> a), rows);
    }

    /** The member's birth date, or null. */
    public LocalDate birthDate(long memberKey) {
        int day = birthDays.get(memberKey);
        return day == LongIntTable.MISSING ? null : LocalDate.ofEpochDay(day);
    }

    /** The member's region, or null. */
    public String region(long memberKey) {
        int code = regions.get(memberKey);
        return code == LongIntTable.MISSING ? null : "" + (char) (code >> 8) + (char) (code & 0xff);
    }

    public long rows() {
        return rows;
    }
}
