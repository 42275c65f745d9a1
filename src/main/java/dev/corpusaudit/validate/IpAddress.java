package dev.corpusaudit.validate;

import java.util.Optional;

/**
 * A well-formed IPv4 or IPv6 address on one side of the public/non-public line (see {@link IpRanges}):
 * {@code ip_public} passes globally routable addresses; {@code ip_non_public} passes exactly the well-formed ones
 * it rejects (private, loopback, link-local, CGNAT, documentation, benchmarking, multicast, reserved). The reason
 * names the range.
 */
public final class IpAddress implements Validator {
    private final boolean wantPublic;

    private IpAddress(boolean wantPublic) {
        this.wantPublic = wantPublic;
    }

    public static IpAddress publicOnes() {
        return new IpAddress(true);
    }

    public static IpAddress nonPublicOnes() {
        return new IpAddress(false);
    }

    @Override
    public String name() {
        return wantPublic ? "ip_public" : "ip_non_public";
    }

    @Override
    public Result check(String candidate) {
        Optional<IpRanges.Kind> kind = IpRanges.classify(candidate);
        if (kind.isEmpty()) {
            return Result.fail("not a well-formed IPv4 or IPv6 address");
        }
        IpRanges.Kind k = kind.get();
        return k.isPublic() == wantPublic ? Result.pass(k.label()) : Result.fail(k.label());
    }
}
