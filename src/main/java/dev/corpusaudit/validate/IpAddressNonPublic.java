package dev.corpusaudit.validate;

import java.util.Optional;

/**
 * A well-formed IPv4 or IPv6 address that is not publicly routable: private, loopback, link-local, CGNAT,
 * documentation, benchmarking, multicast or reserved (see {@link IpRanges}); the reason names the range. Exactly the
 * well-formed addresses {@link IpAddress} rejects.
 */
public final class IpAddressNonPublic implements Validator {
    @Override
    public String name() {
        return "ip_non_public";
    }

    @Override
    public Result check(String candidate) {
        Optional<IpRanges.Kind> kind = IpRanges.classify(candidate);
        if (kind.isEmpty()) {
            return Result.fail("not a well-formed IPv4 or IPv6 address");
        }
        IpRanges.Kind k = kind.get();
        return k.isPublic() ? Result.fail("a public IPv" + k.version()) : Result.pass(k.label());
    }
}
