package dev.corpusaudit.validate;

/**
 * Confirms that a candidate a pattern rule found is what the rule claims: a check digit, a valid range, a known
 * country length. Rule files name a validator with {@code validator: NAME}. Implementations are stateless and
 * thread-safe.
 */
public interface Validator {

    /**
     * The outcome: whether the candidate passes, and why (said in the finding's explanation); {@code length}, when
     * not -1, says that only the candidate's first {@code length} characters are the value (a pattern that takes
     * groups of four greedily may have taken the next word too) and the finding is that much.
     */
    record Result(boolean valid, String reason, int length) {
        public static Result pass(String reason) {
            return new Result(true, reason, -1);
        }

        /** The candidate's first {@code length} characters are a valid value. */
        public static Result passFirst(int length, String reason) {
            return new Result(true, reason, length);
        }

        public static Result fail(String reason) {
            return new Result(false, reason, -1);
        }
    }

    /** The name rule files use, e.g. {@code iban}, {@code nl_bsn}. */
    String name();

    /** Checks the matched text as it appears (separators such as spaces, dots or dashes included). */
    Result check(String candidate);
}
