package dev.corpusaudit.report;

import dev.corpusaudit.model.ConfigException;
import dev.corpusaudit.model.Json;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.util.Base64;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ManifestSignatureTest {
    @TempDir
    Path root;

    private Path report;

    @BeforeEach
    void makeReport() throws IOException {
        report = ReportFixtures.reportFolder(root);
    }

    static KeyPair keys(String type) throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance(type);
        if (type.equals("RSA")) {
            generator.initialize(2048);
        } else if (type.equals("EC")) {
            generator.initialize(new ECGenParameterSpec("secp256r1"));
        }
        return generator.generateKeyPair();
    }

    private static String expectedAlgorithm(String type) {
        return switch (type) {
            case "Ed25519" -> "Ed25519";
            case "RSA" -> "SHA256withRSA";
            default -> "SHA256withECDSA";
        };
    }

    @ParameterizedTest
    @ValueSource(strings = {"Ed25519", "RSA", "EC"})
    void aSignedManifestVerifiesAndAChangeAfterSigningFails(String type) throws Exception {
        KeyPair keys = keys(type);
        // EC keys cannot be derived: their file holds the public key too, as the docs ask
        Path keyFile = ReportFixtures.pemFile(root.resolve("key.pem"), keys, type.equals("EC"));
        ManifestSignature.Content signed = ManifestSignature.sign(report, keyFile);
        assertEquals(expectedAlgorithm(type), signed.algorithm());
        assertArrayEquals(keys.getPublic().getEncoded(), Base64.getDecoder().decode(signed.publicKey()));
        assertEquals(SigningKeys.fingerprint(keys.getPublic()), signed.publicKeySha256());

        assertEquals(ManifestSignature.State.VALID_TRUSTED, ManifestSignature.verify(report, keys.getPublic()).state());
        ManifestSignature.Verdict embedded = ManifestSignature.verify(report, null);
        assertEquals(ManifestSignature.State.VALID_EMBEDDED_KEY, embedded.state());
        assertTrue(embedded.detail().contains("not who signed it"), embedded.detail());

        Path manifest = report.resolve(Manifest.FILE);
        Files.writeString(manifest, Files.readString(manifest).replace("\"linkedin-genai-2025\"", "\"other\""));
        ManifestSignature.Verdict changed = ManifestSignature.verify(report, keys.getPublic());
        assertEquals(ManifestSignature.State.INVALID, changed.state());
        assertTrue(changed.detail().startsWith("manifest.json changed since it was signed"), changed.detail());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Ed25519", "RSA"})
    void thePublicKeyIsDerivedFromThePrivateKey(String type) throws Exception {
        KeyPair keys = keys(type);
        KeyPair read = SigningKeys.readPrivate(ReportFixtures.pemFile(root.resolve("key.pem"), keys, false));
        assertArrayEquals(keys.getPublic().getEncoded(), read.getPublic().getEncoded());
    }

    @Test
    void anotherPublicKeyFails() throws Exception {
        KeyPair signer = keys("Ed25519");
        ManifestSignature.sign(report, ReportFixtures.pemFile(root.resolve("key.pem"), signer, false));
        KeyPair other = keys("Ed25519");
        ManifestSignature.Verdict verdict = ManifestSignature.verify(report, other.getPublic());
        assertEquals(ManifestSignature.State.INVALID, verdict.state());
        assertEquals("signed with the key sha256 " + SigningKeys.fingerprint(signer.getPublic())
                + ", not with the given public key sha256 " + SigningKeys.fingerprint(other.getPublic()),
                verdict.detail());
    }

    @Test
    void aForgedSignatureFileFails() throws Exception {
        KeyPair signer = keys("Ed25519");
        ManifestSignature.Content signed = ManifestSignature.sign(report,
                ReportFixtures.pemFile(root.resolve("key.pem"), signer, false));
        // someone re-hashes a changed manifest but cannot sign it: they keep the old signature
        Path manifest = report.resolve(Manifest.FILE);
        Files.writeString(manifest, Files.readString(manifest) + " ");
        var sha = dev.corpusaudit.model.FileDigest.of(manifest, "m").sha256();
        Json.PRETTY.writeValue(report.resolve(ManifestSignature.FILE).toFile(), new ManifestSignature.Content(
                signed.algorithm(), signed.publicKey(), signed.publicKeySha256(), sha, signed.signature()));
        assertEquals(new ManifestSignature.Verdict(ManifestSignature.State.INVALID,
                "the signature does not match manifest.json"), ManifestSignature.verify(report, null));

        Files.writeString(report.resolve(ManifestSignature.FILE), "{\"algorithm\":\"Ed25519\"}");
        assertEquals(new ManifestSignature.Verdict(ManifestSignature.State.INVALID,
                "manifest.sig lacks its public_key or signature"), ManifestSignature.verify(report, null));
    }

    @Test
    void anRsaSignatureClaimingAnotherAlgorithmFails() throws Exception {
        KeyPair signer = keys("RSA");
        ManifestSignature.Content signed = ManifestSignature.sign(report,
                ReportFixtures.pemFile(root.resolve("key.pem"), signer, false));
        Json.PRETTY.writeValue(report.resolve(ManifestSignature.FILE).toFile(), new ManifestSignature.Content(
                "SHA1withRSA", signed.publicKey(), signed.publicKeySha256(), signed.manifestSha256(),
                signed.signature()));
        assertEquals("the algorithm SHA1withRSA does not fit the RSA key (SHA256withRSA)",
                ManifestSignature.verify(report, null).detail());
    }

    @Test
    void anUnsignedReportIsAbsentNotInvalid() throws IOException {
        assertEquals(ManifestSignature.State.ABSENT, ManifestSignature.verify(report, null).state());
    }

    @Test
    void unusableKeyFilesAreConfigurationErrorsThatSayWhatToDo() throws Exception {
        Path ec = ReportFixtures.pemFile(root.resolve("ec.pem"), keys("EC"), false);
        assertTrue(assertThrows(ConfigException.class, () -> ManifestSignature.sign(report, ec)).getMessage()
                .endsWith("append it to the key file: 'openssl pkey -in KEY -pubout >> KEY'"));

        Path pkcs1 = root.resolve("rsa.pem");
        Files.writeString(pkcs1, ReportFixtures.pem("RSA PRIVATE KEY", new byte[]{1, 2, 3}));
        assertTrue(assertThrows(ConfigException.class, () -> ManifestSignature.sign(report, pkcs1)).getMessage()
                .contains("'RSA PRIVATE KEY' block is not PKCS#8"));

        Path encrypted = root.resolve("enc.pem");
        Files.writeString(encrypted, ReportFixtures.pem("ENCRYPTED PRIVATE KEY", new byte[]{1, 2, 3}));
        assertTrue(assertThrows(ConfigException.class, () -> ManifestSignature.sign(report, encrypted))
                .getMessage().contains("the private key is encrypted"));

        Path mismatched = root.resolve("mixed.pem");
        KeyPair one = keys("Ed25519");
        KeyPair two = keys("Ed25519");
        Files.writeString(mismatched, ReportFixtures.pem("PRIVATE KEY", one.getPrivate().getEncoded())
                + ReportFixtures.pem("PUBLIC KEY", two.getPublic().getEncoded()));
        assertEquals(mismatched + ": the public key does not belong to the private key",
                assertThrows(ConfigException.class, () -> ManifestSignature.sign(report, mismatched)).getMessage());

        assertThrows(ConfigException.class, () -> ManifestSignature.sign(report, root.resolve("nowhere.pem")));
        Path good = ReportFixtures.pemFile(root.resolve("good.pem"), one, false);
        assertTrue(assertThrows(ConfigException.class, () -> ManifestSignature.sign(root.resolve("empty"), good))
                .getMessage().startsWith("no manifest.json in "));
    }
}
