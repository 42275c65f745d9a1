package dev.corpusaudit.provenance;

import dev.corpusaudit.model.ProvenanceSummary;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/** Counts for {@link ProvenanceSummary}, from the workers' threads. */
final class ProvenanceTally {
    private final LongAdder withAge = new LongAdder();
    private final LongAdder withoutAge = new LongAdder();
    private final LongAdder invalidAge = new LongAdder();
    private final Map<String, Group> byRegion = new ConcurrentHashMap<>();
    private final Map<String, Group> byMonth = new ConcurrentHashMap<>();
    private final Group all = new Group();

    /** One group's opted-out members and records. */
    private static final class Group {
        final Set<Long> members = ConcurrentHashMap.newKeySet();
        final LongAdder records = new LongAdder();
        final LongAdder inViolation = new LongAdder();
        final LongAdder createdAfter = new LongAdder();
        volatile String latest;

        void add(long member, boolean violation, boolean after, LocalDate created) {
            members.add(member);
            records.increment();
            if (violation) {
                inViolation.increment();
            }
            if (after) {
                createdAfter.increment();
            }
            if (created != null) {
                String month = Facts.month(created);
                synchronized (this) {
                    if (latest == null || month.compareTo(latest) > 0) {
                        latest = month;
                    }
                }
            }
        }

        ProvenanceSummary.OptOutGroup summary(Boolean optOutRegion) {
            return new ProvenanceSummary.OptOutGroup(members.size(), records.sum(), inViolation.sum(),
                    createdAfter.sum(), latest, optOutRegion);
        }
    }

    void age(boolean known, boolean invalid) {
        (known ? withAge : withoutAge).increment();
        if (invalid) {
            invalidAge.increment();
        }
    }

    void optedOut(long member, String region, LocalDate optedOut, boolean violation, boolean createdAfter,
                  LocalDate created) {
        all.add(member, violation, createdAfter, created);
        byRegion.computeIfAbsent(region == null ? "unknown" : region, r -> new Group())
                .add(member, violation, createdAfter, created);
        byMonth.computeIfAbsent(Facts.month(optedOut), m -> new Group()).add(member, violation, createdAfter, created);
    }

    ProvenanceSummary.AgeCounts ages() {
        return new ProvenanceSummary.AgeCounts(withAge.sum(), withoutAge.sum(), invalidAge.sum());
    }

    ProvenanceSummary.OptOuts optOuts(int registerMembers, Set<String> optOutRegions) {
        TreeMap<String, ProvenanceSummary.OptOutGroup> regions = new TreeMap<>();
        byRegion.forEach((r, g) -> regions.put(r, g.summary(optOutRegions.contains(r))));
        TreeMap<String, ProvenanceSummary.OptOutGroup> months = new TreeMap<>();
        byMonth.forEach((m, g) -> months.put(m, g.summary(null)));
        return new ProvenanceSummary.OptOuts(registerMembers, all.members.size(), all.records.sum(),
                all.inViolation.sum(), all.createdAfter.sum(), regions, months);
    }
}
