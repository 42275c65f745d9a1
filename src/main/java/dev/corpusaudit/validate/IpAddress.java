package dev.corpusaudit.validate;

import java.util.Optional;

/**
 * A public, globally routable IPv4 or IPv6 address: well-formed and in none of the private, loopback, link-local,
 * CGNAT, documentation, benchmarking, multicast or reserved ranges (see {@link IpRanges}). Its complement among
 * well-formed addresses is {@link IpAddressNonPublic}.
 */
public final class IpAddress implements Validator {
    @Override
    public String name() {
        return "ip_public";
    }

    @Override
    public Result check(String candidate) {
        Optional<IpRanges.Kind> kind = IpRanges.classify(candidate);
        if (kind.isEmpty()) {
            return Result.fail("not a well-formed IPv4 or IPv6 address");
        }
        IpRanges.Kind k = kind.get();
        return k.isPublic() ? Result.pass(k.label()) : Result.fail(k.label());
    }
}
