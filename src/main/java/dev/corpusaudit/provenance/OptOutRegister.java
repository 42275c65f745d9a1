package dev.corpusaudit.provenance;

import dev.corpusaudit.analyze.Pseudonymizer;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * The objection register ({@code --optouts}, CSV {@code member_id,opted_out_at}): when each member opted out, keyed
 * by pseudonym. A member listed twice opted out at the earlier date.
 */
public final class OptOutRegister {
    private final LongIntTable optedOut;
    private final long rows;

    private OptOutRegister(LongIntTable optedOut, long rows) {
        this.optedOut = optedOut;
        this.rows = rows;
    }

    public static OptOutRegister none() {
        return new OptOutRegister(LongIntTable.empty(), 0);
    }

    public static OptOutRegister load(Path file, Pseudonymizer keys) {
        LongIntTable.Builder table = new LongIntTable.Builder();
        long rows = RegisterCsv.read(file, List.of("member_id", "opted_out_at"), row ->
                table.add(keys.key(row.get("member_id")), (int) row.date("opted_out_at").toEpochDay()));
        return new OptOutRegister(table.build(Math::min), rows);
    }

    /** When the member opted out, or null. */
    public LocalDate optedOutAt(long memberKey) {
        int day = optedOut.get(memberKey);
        return day == LongIntTable.MISSING ? null : LocalDate.ofEpochDay(day);
    }

    /** Distinct members in the register. */
    public int members() {
        return optedOut.size();
    }

    public long rows() {
        return rows;
    }
}
