package dev.corpusaudit.generate;

import java.time.LocalDate;
import java.util.BitSet;

/**
 * What planters may know about the record being written besides its source: its author, date and
 * the author's age then, and a way to make a reference private message. One instance per run,
 * updated for each record.
 */
final class RecordContext {
    /** Makes a new reference private message to {@code recipient} (written to {@code messages.jsonl}) and returns its text. */
    @FunctionalInterface
    interface MessageSource {
        String newReferenceMessage(Member recipient);
    }

    private final MessageSource messages;
    private final BitSet salaryStated = new BitSet();
    private Member member;
    private LocalDate createdAt;
    private int ageAtCreation;
    private boolean minor;

    RecordContext(MessageSource messages) {
        this.messages = messages;
    }

    void begin(Member member, LocalDate createdAt, int ageAtCreation, boolean minor) {
        this.member = member;
        this.createdAt = createdAt;
        this.ageAtCreation = ageAtCreation;
        this.minor = minor;
    }

    Member member() {
        return member;
    }

    LocalDate createdAt() {
        return createdAt;
    }

    /** The author's age in whole years on the record's {@code created_at}. */
    int ageAtCreation() {
        return ageAtCreation;
    }

    /** True when the record is labelled {@code excluded.minor}: its author was under 18 when writing it, or is at the snapshot. */
    boolean minor() {
        return minor;
    }

    /** True while the author is to state their salary in a record and has not yet. */
    boolean salaryDue() {
        return member.salaryStated() && !salaryStated.get(Math.toIntExact(member.number()));
    }

    void salaryPlanted() {
        salaryStated.set(Math.toIntExact(member.number()));
    }

    /**
     * A new reference private message to the record's author, in their language, by another member:
     * a line of {@code messages.jsonl} that is no record of the corpus.
     */
    String newReferenceMessage() {
        return messages.newReferenceMessage(member);
    }
}
