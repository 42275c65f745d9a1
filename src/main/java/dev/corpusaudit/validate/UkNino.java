package dev.corpusaudit.validate;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * UK National Insurance number (HMRC format rules; it has no check digit): two prefix letters, six digits, a suffix
 * letter A-D. Neither prefix letter may be D, F, I, Q, U or V, the second not O, and the prefixes BG, GB, KN, NK,
 * NT, TN and ZZ are never allocated. Spaces are allowed between the prefix, the digit pairs and the suffix.
 */
public final class UkNino implements Validator {
    private static final Pattern FORMAT =
            Pattern.compile("([A-Z]{2}) ?([0-9]{2}) ?([0-9]{2}) ?([0-9]{2}) ?([A-D])");
    private static final String NEVER_IN_PREFIX = "DFIQUV";
    private static final Set<String> UNALLOCATED = Set.of("BG", "GB", "KN", "NK", "NT", "TN", "ZZ");

    @Override
    public String name() {
        return "uk_nino";
    }

    @Override
    public Result check(String candidate) {
        Matcher m = FORMAT.matcher(candidate.toUpperCase(Locale.ROOT));
        if (!m.matches()) {
            return Result.fail("format rules: not 2 letters, 6 digits and a suffix A-D");
        }
        String prefix = m.group(1);
        if (NEVER_IN_PREFIX.indexOf(prefix.charAt(0)) >= 0 || NEVER_IN_PREFIX.indexOf(prefix.charAt(1)) >= 0) {
            return Result.fail("format rules: prefix " + prefix + " uses a letter never used (D F I Q U V)");
        }
        if (prefix.charAt(1) == 'O') {
            return Result.fail("format rules: prefix " + prefix + " has O as second letter");
        }
        if (UNALLOCATED.contains(prefix)) {
            return Result.fail("format rules: prefix " + prefix + " is never allocated");
        }
        return Result.pass("format rules passed (no check digit): prefix " + prefix + ", suffix " + m.group(5));
    }
}
