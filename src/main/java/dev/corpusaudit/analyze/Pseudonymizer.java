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
        if (memberId == null) {
            return null;
        }
        byte[] digest = macs.get().doFinal(memberId.getBytes(StandardCharsets.UTF_8));
        return "p-" + HexFormat.of().formatHex(digest, 0, 8);
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
