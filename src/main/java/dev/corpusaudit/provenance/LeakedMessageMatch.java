package dev.corpusaudit.provenance;

import dev.corpusaudit.decide.Masks;
import dev.corpusaudit.model.Finding;
import dev.corpusaudit.ruleset.Policy;

import java.util.List;
import java.util.Locale;

/**
 * Private messages pasted into public-looking records: a record that holds at least {@value #MIN_CONTAINMENT} of a
 * reference message's rare shingles and of all of them (and at least {@value #MIN_SHARED}; see
 * {@link MessageFingerprints#match}) is {@code excluded.private_message}, at a
 * confidence that grows with the share (0.82 at the threshold, 1.0 for a copy). Editing a fifth of a message's words
 * keeps about half of its word 3-grams, so lightly edited copies are found; the span is the part of the record the
 * shared shingles cover, and the evidence is its masked start only, without the words around it (they may be the
 * message's too). Records that are messages themselves are left to the source check.
 */
final class LeakedMessageMatch {
    static final String RULE = "register.messages";
    static final int MIN_SHARED = 5;
    static final double MIN_CONTAINMENT = 0.4;
    private static final String CATEGORY = "excluded.private_message";
    private static final int SHOWN = 24;
    private final Policy policy;
    private final MessageFingerprints messages;

    LeakedMessageMatch(Policy policy, MessageFingerprints messages) {
        this.policy = policy;
        this.messages = messages;
    }

    Finding check(Facts facts) {
        if (messages.messages() == 0 || "message".equals(facts.record().source())) {
            return null;
        }
        String text = facts.record().text();
        List<MessageFingerprints.Match> matches = messages.match(text, MIN_SHARED, MIN_CONTAINMENT);
        if (matches.isEmpty()) {
            return null;
        }
        MessageFingerprints.Match best = matches.get(0);
        double share = best.containment();
        double confidence = Math.round(Math.min(1.0, 0.7 + 0.3 * share) * 100) / 100.0;
        String others = matches.size() == 1 ? "" : "; " + (matches.size() - 1) + " other reference message"
                + (matches.size() == 2 ? "" : "s") + " match less";
        String explanation = String.format(Locale.ROOT, "%.0f%% of the %s of reference private message %s "
                        + "(%d of %d) are in this record%s", share * 100, Shingles.describe(), best.messageId(),
                best.shared(), best.shingles(), others);
        int cut = Math.min(best.end(), best.start() + SHOWN);
        if (cut < best.end() && Character.isLowSurrogate(text.charAt(cut))) {
            cut--; // never half an emoji
        }
        String masked = Masks.generic(text.substring(best.start(), cut)) + (cut < best.end() ? "…" : "");
        return new Finding(facts.record().seq(), facts.record().id(), CATEGORY, null, RULE, policy.version(),
                "fingerprint", confidence, policy.severityOf(CATEGORY), facts.lang(), best.start(), best.end(),
                "[" + masked + "]", explanation);
    }
}
