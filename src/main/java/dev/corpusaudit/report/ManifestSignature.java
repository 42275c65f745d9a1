package dev.corpusaudit.report;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.corpusaudit.model.ConfigException;
import dev.corpusaudit.model.FileDigest;
import dev.corpusaudit.model.Json;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.PublicKey;
import java.security.Signature;
import java.util.Arrays;
import java.util.Base64;

/**
 * {@code manifest.sig}: a signature of {@code manifest.json}'s bytes with a key the auditor supplies (see
 * {@link SigningKeys}), beside it in the report folder. It holds the algorithm, the signer's public key, the SHA-256
 * of the manifest it signed and the signature, so that anyone can check the manifest has not changed since; checking
 * against a public key obtained from the signer by other means proves who signed it.
 */
public final class ManifestSignature {
    public static final String FILE = "manifest.sig";

    /**
     * The file's content.
     *
     * @param publicKey       the signer's public key, X.509 SubjectPublicKeyInfo in base64
     * @param publicKeySha256 the SHA-256 of those key bytes, to compare with a key's fingerprint by eye
     * @param manifestSha256  the SHA-256 of the {@code manifest.json} that was signed
     * @param signature       the signature of {@code manifest.json}'s bytes, base64
     */
    @JsonPropertyOrder({"algorithm", "public_key", "public_key_sha256", "manifest_sha256", "signature"})
    public record Content(String algorithm, @JsonProperty("public_key") String publicKey,
                          @JsonProperty("public_key_sha256") String publicKeySha256,
                          @JsonProperty("manifest_sha256") String manifestSha256, String signature) {
    }

    /** How a check came out. */
    public enum State {
        /** There is no {@code manifest.sig}. */
        ABSENT,
        /** Valid, made with the trusted public key given. */
        VALID_TRUSTED,
        /** Valid for the public key it carries: the manifest is unchanged since signing; who signed is unproven. */
        VALID_EMBEDDED_KEY,
        /** The signature does not hold. */
        INVALID
    }

    /** A check's outcome with a sentence saying why. */
    public record Verdict(State state, String detail) {
    }

    private ManifestSignature() {
    }

    /**
     * Signs {@code reportDir/manifest.json} with the private key in {@code keyFile} and writes
     * {@code reportDir/manifest.sig}; returns what was written.
     *
     * @throws ConfigException when the key file cannot be used, or the folder has no manifest
     */
    public static Content sign(Path reportDir, Path keyFile) throws IOException {
        KeyPair keys = SigningKeys.readPrivate(keyFile);
        byte[] manifest = manifestBytes(reportDir);
        String algorithm = SigningKeys.algorithm(keys.getPrivate());
        byte[] signature;
        try {
            Signature signer = Signature.getInstance(algorithm);
            signer.initSign(keys.getPrivate());
            signer.update(manifest);
            signature = signer.sign();
        } catch (GeneralSecurityException e) {
            throw new ConfigException(keyFile + ": cannot sign with this key (" + e.getMessage() + ")", e);
        }
        Content content = new Content(algorithm, Base64.getEncoder().encodeToString(keys.getPublic().getEncoded()),
                SigningKeys.fingerprint(keys.getPublic()), sha256(manifest),
                Base64.getEncoder().encodeToString(signature));
        AtomicFile.write(reportDir.resolve(FILE), stream -> Json.PRETTY.writeValue(stream, content));
        return content;
    }

    /**
     * Checks {@code reportDir/manifest.sig} against {@code manifest.json}: with {@code trusted}, against that public
     * key (the signature must carry the same key); without it, against the key the signature carries.
     */
    public static Verdict verify(Path reportDir, PublicKey trusted) throws IOException {
        Path file = reportDir.resolve(FILE);
        if (!Files.exists(file)) {
            return new Verdict(State.ABSENT, "the report is not signed (no " + FILE + ")");
        }
        byte[] manifest = manifestBytes(reportDir);
        Content sig;
        PublicKey carried;
        byte[] signature;
        try {
            sig = Json.MAPPER.readValue(file.toFile(), Content.class);
            if (sig.publicKey() == null || sig.signature() == null) {
                return invalid(FILE + " lacks its public_key or signature");
            }
            carried = SigningKeys.publicKey(Base64.getDecoder().decode(sig.publicKey()));
            signature = Base64.getDecoder().decode(sig.signature());
        } catch (IOException | GeneralSecurityException | IllegalArgumentException e) {
            return invalid(FILE + " is unreadable: " + e.getMessage());
        }
        if (trusted != null && !Arrays.equals(trusted.getEncoded(), carried.getEncoded())) {
            return invalid("signed with the key sha256 " + SigningKeys.fingerprint(carried)
                    + ", not with the given public key sha256 " + SigningKeys.fingerprint(trusted));
        }
        PublicKey key = trusted != null ? trusted : carried;
        String algorithm = SigningKeys.algorithm(key);
        if (!algorithm.equals(sig.algorithm())) {
            return invalid("the algorithm " + sig.algorithm() + " does not fit the " + key.getAlgorithm()
                    + " key (" + algorithm + ")");
        }
        String now = sha256(manifest);
        if (!now.equals(sig.manifestSha256())) {
            return invalid(Manifest.FILE + " changed since it was signed (sha256 " + sig.manifestSha256()
                    + " signed, " + now + " now)");
        }
        if (!holds(algorithm, key, manifest, signature)) {
            return invalid("the signature does not match " + Manifest.FILE);
        }
        String fingerprint = "sha256 " + SigningKeys.fingerprint(key);
        return trusted != null
                ? new Verdict(State.VALID_TRUSTED, "valid " + algorithm + " signature by the given public key ("
                + fingerprint + ")")
                : new Verdict(State.VALID_EMBEDDED_KEY, "valid " + algorithm + " signature by the key it carries ("
                + fingerprint + "): this proves " + Manifest.FILE + " is unchanged since it was signed, not who "
                + "signed it; give the signer's key with --public-key for that");
    }

    private static boolean holds(String algorithm, PublicKey key, byte[] manifest, byte[] signature) {
        try {
            Signature verifier = Signature.getInstance(algorithm);
            verifier.initVerify(key);
            verifier.update(manifest);
            return verifier.verify(signature);
        } catch (GeneralSecurityException e) {
            return false; // a malformed signature (an ECDSA one that is not DER, say) does not hold either
        }
    }

    private static Verdict invalid(String detail) {
        return new Verdict(State.INVALID, detail);
    }

    private static byte[] manifestBytes(Path reportDir) throws IOException {
        Path manifest = reportDir.resolve(Manifest.FILE);
        if (!Files.isRegularFile(manifest)) {
            throw new ConfigException("no " + Manifest.FILE + " in " + reportDir + ": not a report folder");
        }
        return Files.readAllBytes(manifest);
    }

    private static String sha256(byte[] bytes) {
        var sha = FileDigest.newSha256();
        sha.update(bytes);
        return FileDigest.hex(sha);
    }
}
