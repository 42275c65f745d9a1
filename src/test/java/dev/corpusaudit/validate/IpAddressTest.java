package dev.corpusaudit.validate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Both IP validators on one table: every well-formed address passes exactly one; a malformed one passes neither. */
class IpAddressTest {
    private static final Validator PUBLIC = IpAddress.publicOnes();
    private static final Validator NON_PUBLIC = IpAddress.nonPublicOnes();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            // public IPv4
            "8.8.8.8 | public | public IPv4",
            "1.1.1.1 | public | public IPv4",
            "81.169.145.22 | public | public IPv4",
            "172.15.255.255 | public | public IPv4",
            "172.32.0.1 | public | public IPv4",
            "100.63.255.255 | public | public IPv4",
            "100.128.0.1 | public | public IPv4",
            "192.0.3.1 | public | public IPv4",
            "198.51.99.7 | public | public IPv4",
            "203.0.114.9 | public | public IPv4",
            "223.255.255.254 | public | public IPv4",
            // non-public IPv4
            "10.0.0.1 | non-public | private (10.0.0.0/8)",
            "172.16.0.1 | non-public | private (172.16.0.0/12)",
            "172.31.255.255 | non-public | private (172.16.0.0/12)",
            "192.168.1.20 | non-public | private (192.168.0.0/16)",
            "127.0.0.1 | non-public | loopback",
            "169.254.10.3 | non-public | link-local",
            "100.64.0.1 | non-public | CGNAT",
            "100.127.255.255 | non-public | CGNAT",
            "192.0.2.44 | non-public | documentation (192.0.2.0/24)",
            "198.51.100.7 | non-public | documentation (198.51.100.0/24)",
            "203.0.113.250 | non-public | documentation (203.0.113.0/24)",
            "198.18.0.5 | non-public | benchmarking",
            "224.0.0.251 | non-public | multicast",
            "239.255.255.250 | non-public | multicast",
            "240.1.2.3 | non-public | reserved (240.0.0.0/4)",
            "255.255.255.255 | non-public | broadcast",
            "0.0.0.0 | non-public | this network",
            "192.0.0.8 | non-public | IETF protocol assignments",
            // public IPv6
            "2a00:1450:4001:82a::200e | public | public IPv6",
            "2606:4700:4700::1111 | public | public IPv6",
            "2001:4860:4860::8888 | public | public IPv6",
            "2A02:8108:1240:4E00:D5B1:2F3C:91A0:7C11 | public | public IPv6",
            "::ffff:8.8.4.4 | public | public IPv6",
            "64:ff9b::1.1.1.1 | public | public IPv6",
            "2002:0808:0808::1 | public | public IPv6",
            // non-public IPv6
            "::1 | non-public | loopback (::1/128)",
            "fe80::1c2a:3bff:fe4d:5e6f | non-public | link-local (fe80::/10)",
            "fd12:3456:789a::1 | non-public | unique local (fc00::/7)",
            "2001:db8::1 | non-public | documentation (2001:db8::/32)",
            "2001:0db8:85a3:0000:0000:8a2e:0370:7334 | non-public | documentation (2001:db8::/32)",
            "3fff:12::7 | non-public | documentation (3fff::/20)",
            "ff02::fb | non-public | multicast",
            "::ffff:192.168.0.1 | non-public | private (192.168.0.0/16)",
            "2002:c0a8:0101::1 | non-public | 6to4 of private (192.168.0.0/16)",
            "2001:0:4136:e378::1 | non-public | IETF protocol assignments",
            "100::1 | non-public | discard-only",
            "4000::1 | non-public | reserved (outside 2000::/3)",
            "dead:beef::c0fe | non-public | reserved (outside 2000::/3)",
            // not addresses at all
            "1.2.3 | neither | ",
            "1.2.3.4.5 | neither | ",
            "256.1.1.1 | neither | ",
            "01.2.3.4 | neither | ",
            "1.000.000.000 | neither | ",
            "12.03.2024 | neither | ",
            "1.2.3.x | neither | ",
            "12:30:45 | neither | ",
            "00:1a:2b:3c:4d:5e | neither | ",
            "1::2::3 | neither | ",
            "2001:db8:::1 | neither | ",
            "1:2:3:4:5:6:7:8:9 | neither | ",
            "12345::1 | neither | ",
            "fe80::g | neither | ",
            "::ffff:999.1.1.1 | neither | ",
            "2001:db8::1/64 | neither | ",
            "dead:beef::cafe | neither | ",
            "Cafe::Add | neither | ",
            ":: | neither | "})
    void eachAddressPassesExactlyOneValidator(String candidate, String expected, String reasonPart) {
        Validator.Result pub = PUBLIC.check(candidate);
        Validator.Result non = NON_PUBLIC.check(candidate);
        assertEquals(expected.equals("public"), pub.valid(), pub.reason());
        assertEquals(expected.equals("non-public"), non.valid(), non.reason());
        if (!expected.equals("neither")) {
            Validator.Result passed = pub.valid() ? pub : non;
            assertTrue(passed.reason().contains(reasonPart.strip()), passed.reason());
        } else {
            assertEquals("not a well-formed IPv4 or IPv6 address", pub.reason());
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"10.1.2.3, non-public IPv4: private (10.0.0.0/8)", "8.8.8.8, public IPv4", "2606:4700::1, public IPv6",
            "fe80::1, non-public IPv6: link-local (fe80::/10)"})
    void reasonsNameVersionAndRange(String candidate, String reason) {
        Validator.Result r = PUBLIC.check(candidate).valid() ? PUBLIC.check(candidate) : NON_PUBLIC.check(candidate);
        assertEquals(reason, r.reason());
    }
}
