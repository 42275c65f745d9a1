package dev.corpusaudit.validate;

import java.math.BigInteger;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Parses an IPv4 or IPv6 address as written in text and says whether it is public (globally routable) or in which
 * special-purpose range it falls (IANA IPv4 and IPv6 Special-Purpose Address Registries, the parts a post would show).
 * Strict: IPv4 is four decimal parts 0-255 without leading zeros (so {@code 1.000.000.000} is no address); IPv6 is
 * eight groups of 1-4 hex digits, one {@code ::} at most, an embedded IPv4 tail allowed, no zone or prefix length, and
 * at least one decimal digit (so {@code Cafe::Add} in a code snippet is no address).
 * Stateless.
 */
final class IpRanges {

    /** What an address is: its version, whether public, and the name of the range that makes it non-public. */
    record Kind(int version, boolean isPublic, String range) {
        String label() {
            return isPublic ? "public IPv" + version : "non-public IPv" + version + ": " + range;
        }
    }

    private record Block(BigInteger base, int prefix, String name) {
        boolean contains(BigInteger address, int bits) {
            return address.shiftRight(bits - prefix).equals(base.shiftRight(bits - prefix));
        }
    }

    private static final List<Block> V4 = List.of(
            v4("0.0.0.0", 8, "\"this network\" (0.0.0.0/8)"),
            v4("10.0.0.0", 8, "private (10.0.0.0/8)"),
            v4("100.64.0.0", 10, "shared CGNAT (100.64.0.0/10)"),
            v4("127.0.0.0", 8, "loopback (127.0.0.0/8)"),
            v4("169.254.0.0", 16, "link-local (169.254.0.0/16)"),
            v4("172.16.0.0", 12, "private (172.16.0.0/12)"),
            v4("192.0.0.0", 24, "IETF protocol assignments (192.0.0.0/24)"),
            v4("192.0.2.0", 24, "documentation (192.0.2.0/24)"),
            v4("192.88.99.0", 24, "reserved 6to4 relay (192.88.99.0/24)"),
            v4("192.168.0.0", 16, "private (192.168.0.0/16)"),
            v4("198.18.0.0", 15, "benchmarking (198.18.0.0/15)"),
            v4("198.51.100.0", 24, "documentation (198.51.100.0/24)"),
            v4("203.0.113.0", 24, "documentation (203.0.113.0/24)"),
            v4("224.0.0.0", 4, "multicast (224.0.0.0/4)"),
            v4("240.0.0.0", 4, "reserved (240.0.0.0/4)"));

    private static final List<Block> V6 = List.of(
            v6("::", 128, "unspecified (::/128)"),
            v6("::1", 128, "loopback (::1/128)"),
            v6("100::", 64, "discard-only (100::/64)"),
            v6("64:ff9b:1::", 48, "local NAT64 (64:ff9b:1::/48)"),
            v6("2001:db8::", 32, "documentation (2001:db8::/32)"),
            v6("2001::", 23, "IETF protocol assignments (2001::/23)"),
            v6("3fff::", 20, "documentation (3fff::/20)"),
            v6("fc00::", 7, "unique local (fc00::/7)"),
            v6("fe80::", 10, "link-local (fe80::/10)"),
            v6("fec0::", 10, "deprecated site-local (fec0::/10)"),
            v6("ff00::", 8, "multicast (ff00::/8)"));

    private static final BigInteger MAPPED = parse6("::ffff:0:0").orElseThrow();
    private static final BigInteger NAT64 = parse6("64:ff9b::").orElseThrow();
    private static final BigInteger SIX_TO_FOUR = parse6("2002::").orElseThrow();
    private static final BigInteger GLOBAL_UNICAST = parse6("2000::").orElseThrow();

    private IpRanges() {
    }

    /** The kind of address the text is, or empty when it is no well-formed IPv4 or IPv6 address. */
    static Optional<Kind> classify(String text) {
        String s = text.strip();
        if (s.indexOf(':') >= 0) {
            // Hex words without a digit ("Cafe::Add", a C++ scope) are far likelier code than an address.
            if (s.chars().noneMatch(c -> c >= '0' && c <= '9')) {
                return Optional.empty();
            }
            return parse6(s).map(IpRanges::kind6);
        }
        return parse4(s).map(a -> kind4(a.longValue()));
    }

    private static Kind kind4(long address) {
        BigInteger a = BigInteger.valueOf(address);
        if (address == 0xFFFFFFFFL) {
            return new Kind(4, false, "broadcast (255.255.255.255)");
        }
        for (Block b : V4) {
            if (b.contains(a, 32)) {
                return new Kind(4, false, b.name());
            }
        }
        return new Kind(4, true, null);
    }

    private static Kind kind6(BigInteger a) {
        // Addresses that carry an IPv4 address are as public as the IPv4 address they carry.
        BigInteger low32 = a.and(BigInteger.valueOf(0xFFFFFFFFL));
        if (a.shiftRight(32).equals(MAPPED.shiftRight(32)) || a.shiftRight(32).equals(NAT64.shiftRight(32))) {
            Kind inner = kind4(low32.longValue());
            return new Kind(6, inner.isPublic(), inner.isPublic() ? null : "IPv4-embedding, " + inner.range());
        }
        if (a.shiftRight(112).equals(SIX_TO_FOUR.shiftRight(112))) {
            Kind inner = kind4(a.shiftRight(80).and(BigInteger.valueOf(0xFFFFFFFFL)).longValue());
            return new Kind(6, inner.isPublic(), inner.isPublic() ? null : "6to4 of " + inner.range());
        }
        for (Block b : V6) {
            if (b.contains(a, 128)) {
                return new Kind(6, false, b.name());
            }
        }
        if (!a.shiftRight(125).equals(GLOBAL_UNICAST.shiftRight(125))) {
            return new Kind(6, false, "reserved (outside 2000::/3)");
        }
        return new Kind(6, true, null);
    }

    /** Four decimal parts 0-255, no leading zeros, nothing else. */
    static Optional<BigInteger> parse4(String s) {
        String[] parts = s.split("\\.", -1);
        if (parts.length != 4) {
            return Optional.empty();
        }
        long value = 0;
        for (String part : parts) {
            if (part.isEmpty() || part.length() > 3 || !part.chars().allMatch(c -> c >= '0' && c <= '9')
                    || (part.length() > 1 && part.charAt(0) == '0')) {
                return Optional.empty();
            }
            int octet = Integer.parseInt(part);
            if (octet > 255) {
                return Optional.empty();
            }
            value = value << 8 | octet;
        }
        return Optional.of(BigInteger.valueOf(value));
    }

    /** Eight 16-bit hex groups, at most one "::", optionally ending in a dotted IPv4 address. */
    static Optional<BigInteger> parse6(String text) {
        String s = text.toLowerCase(Locale.ROOT);
        if (s.isEmpty() || s.indexOf(":::") >= 0) {
            return Optional.empty();
        }
        int gap = s.indexOf("::");
        if (gap >= 0 && s.indexOf("::", gap + 1) >= 0) {
            return Optional.empty();
        }
        String head = gap < 0 ? s : s.substring(0, gap);
        String tail = gap < 0 ? "" : s.substring(gap + 2);
        int[] h = groups(head);
        int[] t = groups(tail);
        if (h == null || t == null) {
            return Optional.empty();
        }
        int count = h.length + t.length;
        if (gap < 0 ? count != 8 : count > 7) {
            return Optional.empty();
        }
        BigInteger value = BigInteger.ZERO;
        for (int g : h) {
            value = value.shiftLeft(16).or(BigInteger.valueOf(g));
        }
        value = value.shiftLeft(16 * (8 - count));
        for (int g : t) {
            value = value.shiftLeft(16).or(BigInteger.valueOf(g));
        }
        return Optional.of(value);
    }

    /** Colon-separated hex groups; a last part with dots counts as two groups (an embedded IPv4); null if malformed. */
    private static int[] groups(String part) {
        if (part.isEmpty()) {
            return new int[0];
        }
        String[] pieces = part.split(":", -1);
        String last = pieces[pieces.length - 1];
        boolean v4 = last.indexOf('.') >= 0;
        int[] out = new int[pieces.length + (v4 ? 1 : 0)];
        for (int i = 0; i < pieces.length; i++) {
            String p = pieces[i];
            if (v4 && i == pieces.length - 1) {
                Optional<BigInteger> four = parse4(p);
                if (four.isEmpty()) {
                    return null;
                }
                long v = four.get().longValue();
                out[i] = (int) (v >>> 16);
                out[i + 1] = (int) (v & 0xFFFF);
                continue;
            }
            if (p.isEmpty() || p.length() > 4 || !p.chars().allMatch(c -> Character.digit(c, 16) >= 0 && c < 128)) {
                return null;
            }
            out[i] = Integer.parseInt(p, 16);
        }
        return out;
    }

    private static Block v4(String base, int prefix, String name) {
        return new Block(parse4(base).orElseThrow(), prefix, name);
    }

    private static Block v6(String base, int prefix, String name) {
        return new Block(parse6(base).orElseThrow(), prefix, name);
    }
}
