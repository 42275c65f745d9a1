package dev.corpusaudit.validate;

/** Removes the separators a format allows between its groups, as written in running text. */
final class Separators {
    private Separators() {
    }

    /**
     * The candidate without the {@code allowed} separator characters, or {@code null} when a separator leads,
     * trails or follows another one (those are not how the number is written).
     */
    static String strip(String candidate, String allowed) {
        StringBuilder out = new StringBuilder(candidate.length());
        boolean lastWasSeparator = true;
        for (int i = 0; i < candidate.length(); i++) {
            char c = candidate.charAt(i);
            if (allowed.indexOf(c) >= 0) {
                if (lastWasSeparator) {
                    return null;
                }
                lastWasSeparator = true;
            } else {
                out.append(c);
                lastWasSeparator = false;
            }
        }
        return candidate.isEmpty() || lastWasSeparator ? null : out.toString();
    }

    /** Whether every character is an ASCII digit (and there is at least one). */
    static boolean allDigits(CharSequence s) {
        if (s.length() == 0) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
