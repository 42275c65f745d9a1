package dev.corpusaudit.provenance;

import dev.corpusaudit.analyze.Pseudonymizer;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Member-provided salary records ({@code --salaries}, CSV {@code member_id,amount,currency}), held only as keyed
 * hashes: a member's pseudonym key (an HMAC under the audit's secret) mixed with the amount in whole units. Neither
 * member ids nor amounts stay in memory or reach any output; a hash can only be matched by someone who holds the
 * member id, the amount and the audit's secret.
 */
public final class SalaryRegister {
    private final long[] hashes;
    private final LongIntTable members;
    private final long rows;

    private SalaryRegister(long[] hashes, LongIntTable members, long rows) {
        this.hashes = hashes;
        this.members = members;
        this.rows = rows;
    }

    public static SalaryRegister none() {
        return new SalaryRegister(new long[0], LongIntTable.empty(), 0);
    }

    public static SalaryRegister load(Path file, Pseudonymizer keys) {
        long[][] collected = {new long[1024]};
        int[] size = {0};
        LongIntTable.Builder members = new LongIntTable.Builder();
        long rows = RegisterCsv.read(file, List.of("member_id", "amount", "currency"), row -> {
            long key = keys.key(row.get("member_id"));
            Long amount = MoneyAmounts.parse(row.get("amount"));
            if (amount == null || amount <= 0) {
                throw row.problem("amount", "'" + row.get("amount") + "' is not an amount (e.g. 85000 or 85,000.00)");
            }
            if (!row.get("currency").toUpperCase(Locale.ROOT).matches("[A-Z]{3}")) {
                throw row.problem("currency", "'" + row.get("currency") + "' is not an ISO 4217 code (EUR, GBP, CHF)");
            }
            if (size[0] == collected[0].length) {
                collected[0] = Arrays.copyOf(collected[0], size[0] * 2);
            }
            collected[0][size[0]++] = hash(key, amount);
            members.add(key, 1);
        });
        long[] hashes = Arrays.copyOf(collected[0], size[0]);
        Arrays.sort(hashes);
        return new SalaryRegister(hashes, members.build(Integer::sum), rows);
    }

    /** Whether the member has a salary record at all (so that only their records are read for amounts). */
    public boolean hasMember(long memberKey) {
        return members.contains(memberKey);
    }

    /** Whether this amount is one of the member's salary records. */
    public boolean matches(long memberKey, long amount) {
        return Arrays.binarySearch(hashes, hash(memberKey, amount)) >= 0;
    }

    public long rows() {
        return rows;
    }

    /** The key mixed with the amount, through the murmur3 finaliser: a keyed hash, as the key is a per-audit HMAC. */
    static long hash(long memberKey, long amount) {
        return Shingles.mix(memberKey ^ (amount * 0x9E3779B97F4A7C15L));
    }
}
