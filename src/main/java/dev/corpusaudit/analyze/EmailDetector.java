package dev.corpusaudit.analyze;

import java.util.ArrayList;
import java.util.List;

/**
 * E-mail addresses: a local part of the RFC 5322 "dot-atom" characters and a domain of at least two labels whose
 * last label (the TLD) is alphabetic. Scans outward from each {@code @}, so cost is linear in the text and there is
 * no regex to backtrack.
 */
public final class EmailDetector implements PatternDetector {
    private static final int MAX_LOCAL = 64;
    private static final int MAX_DOMAIN = 253;

    @Override
    public String name() {
        return "email";
    }

    @Override
    public boolean mayMatch(String text, int digits) {
        return text.indexOf('@') >= 0;
    }

    @Override
    public List<Match> find(String text) {
        List<Match> matches = new ArrayList<>();
        int from = 0;
        int at;
        while ((at = text.indexOf('@', from)) >= 0) {
            from = at + 1;
            int start = at;
            while (start > 0 && isLocalChar(text.charAt(start - 1)) && at - start < MAX_LOCAL) {
                start--;
            }
            while (start < at && text.charAt(start) == '.') {
                start++;
            }
            int end = at + 1;
            while (end < text.length() && isDomainChar(text.charAt(end)) && end - at <= MAX_DOMAIN) {
                end++;
            }
            while (end > at + 1 && (text.charAt(end - 1) == '.' || text.charAt(end - 1) == '-')) {
                end--; // sentence punctuation after the address
            }
            if (start == at || end == at + 1) {
                continue;
            }
            if (start > 0 && (text.charAt(start - 1) == '@' || Character.isLetterOrDigit(text.charAt(start - 1)))) {
                continue; // part of a longer token we cannot read as an address
            }
            if (start > 0 && text.charAt(start - 1) == ':' && inUrl(text, start - 1)) {
                continue; // "postgres://admin:S3cret@db.host": a URL's password and host, not an address
            }
            String local = text.substring(start, at);
            String domain = text.substring(at + 1, end);
            String tld = validDomainTld(domain);
            if (local.contains("..") || tld == null) {
                continue;
            }
            matches.add(new Match(start, end, "address shape valid; domain '" + tld + "' top-level label alphabetic"));
            from = end;
        }
        return matches;
    }

    /** Whether the token that ends at {@code colon} holds a URL's scheme separator ("://"). */
    private static boolean inUrl(String text, int colon) {
        for (int i = colon - 1; i >= 2 && colon - i <= MAX_DOMAIN && !Character.isWhitespace(text.charAt(i)); i--) {
            if (text.charAt(i) == '/' && text.charAt(i - 1) == '/' && text.charAt(i - 2) == ':') {
                return true;
            }
        }
        return false;
    }

    /**
     * The TLD when the domain is at least two well-formed labels ending in an alphabetic TLD or an internationalised
     * one in its ASCII form ({@code xn--p1ai} for .рф), else null.
     */
    private static String validDomainTld(String domain) {
        String[] labels = domain.split("\\.", -1);
        if (labels.length < 2) {
            return null;
        }
        for (String label : labels) {
            if (label.isEmpty() || label.length() > 63 || label.startsWith("-") || label.endsWith("-")) {
                return null;
            }
        }
        String tld = labels[labels.length - 1];
        if (tld.length() < 2) {
            return null;
        }
        if (tld.regionMatches(true, 0, "xn--", 0, 4) && tld.length() > 4
                && tld.substring(4).chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '-')) {
            return "." + tld.toLowerCase(java.util.Locale.ROOT);
        }
        for (int i = 0; i < tld.length(); i++) {
            if (!Character.isLetter(tld.charAt(i))) {
                return null;
            }
        }
        return "." + tld.toLowerCase(java.util.Locale.ROOT);
    }

    private static boolean isLocalChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || ".!#$%&'*+/=?^_`{|}~-".indexOf(c) >= 0;
    }

    private static boolean isDomainChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.';
    }
}
