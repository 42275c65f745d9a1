package dev.corpusaudit.validate;

/**
 * Confirms that a candidate a pattern rule found is what the rule claims: a check digit, a valid range, a known
 * country length. Rule files name a validator with {@code validator: NAME}. Implementations are stateless and
 * thread-safe.
 */
public interface Validator {

    /** The outcome: whether the candidate passes, and why (said in the finding's explanation). */
    record Result(boolean valid, String reason) {
        public static Result pass(String reason) {
            return new Result(true, reason);
        }

        public static Result fail(String reason) {
            return new Result(false, reason);
        }
    }

    /** The name rule files use, e.g. {@code iban}, {@code nl_bsn}. */
    String name();

    /** Checks the matched text as it appears (separators such as spaces, dots or dashes included). */
    Result check(String candidate);
}
