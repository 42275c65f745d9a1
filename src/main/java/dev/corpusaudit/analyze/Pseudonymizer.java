package dev.corpusaudit.analyze;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * Member pseudonyms: HMAC-SHA-256 of the member id under a per-audit secret, cut to 16 hex digits. Without the
 * secret a pseudonym cannot be turned back into a member id, nor matched against another audit's pseudonyms.
 * Thread-safe (a {@link Mac} per thread).
 */
public final class Pseudonymizer {
    private final byte[] key;
    private final ThreadLocal<Mac> macs;

    public Pseudonymizer(byte[] key) {
        this.key = key.clone();
        this.macs = ThreadLocal.withInitial(this::newMac);
    }

    /** A pseudonymizer with a fresh random secret: pseudonyms are stable within one audit only. */
    public static Pseudonymizer withRandomKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return new Pseudonymizer(key);
    }

    public String pseudonym(String memberId) {
        return memberId == null ? null : "p-" + HexFormat.of().toHexDigits(key(memberId));
    }

    /**
     * The member's pseudonym as a number: the key the registers (opt-outs, members, salaries) are looked up by, so
     * they hold no member id either.
     */
    public long key(String memberId) {
        byte[] digest = macs.get().doFinal(memberId.getBytes(StandardCharsets.UTF_8));
        return java.nio.ByteBuffer.wrap(digest, 0, 8).getLong();
    }

    /** The key of a pseudonym made by {@link #pseudonym}; null for null. */
    public static Long keyOf(String pseudonym) {
        return pseudonym == null ? null : Long.parseUnsignedLong(pseudonym.substring(2), 16);
    }

    private Mac newMac() {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
