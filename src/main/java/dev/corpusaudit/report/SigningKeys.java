package dev.corpusaudit.report;

import dev.corpusaudit.model.ConfigException;
import dev.corpusaudit.model.FileDigest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.interfaces.ECKey;
import java.security.interfaces.EdECKey;
import java.security.interfaces.EdECPrivateKey;
import java.security.interfaces.RSAKey;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.spec.NamedParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The keys an auditor supplies to sign a manifest, read from PEM files as {@code openssl} writes them: a private key
 * in PKCS#8 ({@code BEGIN PRIVATE KEY}, from {@code openssl genpkey}) and a public key in X.509 SubjectPublicKeyInfo
 * ({@code BEGIN PUBLIC KEY}, from {@code openssl pkey -pubout}). Ed25519, RSA and EC keys are supported; the
 * signature algorithm follows from the key.
 *
 * <p>The signature carries the public key, so it is derived from the private key: for RSA from its CRT parameters,
 * for Ed25519 from its 32-byte seed (RFC 8032 defines the public key as a function of the seed). Java has no way to
 * derive an EC public key, so an EC key file must hold the public key too, as a second PEM block after the private
 * key ({@code openssl pkey -in key.pem -pubout >> key.pem}); any key file may. A public key is always checked to
 * belong to the private key before it is used.
 */
public final class SigningKeys {
    private static final Pattern PEM = Pattern.compile(
            "-----BEGIN ([A-Z0-9 ]+)-----([A-Za-z0-9+/=\\s]*)-----END \\1-----");
    private static final List<String> KEY_TYPES = List.of("Ed25519", "RSA", "EC");

    private SigningKeys() {
    }

    /** The private key of a PEM file and its public key, derived or from the same file. */
    public static KeyPair readPrivate(Path pemFile) {
        Map<String, byte[]> blocks = pemBlocks(pemFile);
        byte[] pkcs8 = blocks.get("PRIVATE KEY");
        if (pkcs8 == null) {
            throw new ConfigException(pemFile + ": " + privateKeyHint(blocks));
        }
        PrivateKey privateKey;
        try {
            privateKey = privateKey(pkcs8);
        } catch (GeneralSecurityException e) {
            throw new ConfigException(pemFile + ": the private key is not an Ed25519, RSA or EC key", e);
        }
        PublicKey publicKey = blocks.containsKey("PUBLIC KEY") ? readPublic(pemFile) : derivePublic(privateKey, pemFile);
        if (!belongTogether(privateKey, publicKey)) {
            throw new ConfigException(pemFile + ": the public key does not belong to the private key");
        }
        return new KeyPair(publicKey, privateKey);
    }

    /** The public key of a PEM file ({@code BEGIN PUBLIC KEY}). */
    public static PublicKey readPublic(Path pemFile) {
        byte[] spki = pemBlocks(pemFile).get("PUBLIC KEY");
        if (spki == null) {
            throw new ConfigException(pemFile + ": no '-----BEGIN PUBLIC KEY-----' block; make one with "
                    + "'openssl pkey -in PRIVATE.pem -pubout -out PUBLIC.pem'");
        }
        try {
            return publicKey(spki);
        } catch (GeneralSecurityException e) {
            throw new ConfigException(pemFile + ": the public key is not an Ed25519, RSA or EC key", e);
        }
    }

    /** A public key from its X.509 SubjectPublicKeyInfo bytes; throws {@link GeneralSecurityException} if none fits. */
    public static PublicKey publicKey(byte[] spki) throws GeneralSecurityException {
        GeneralSecurityException last = null;
        for (String type : KEY_TYPES) {
            try {
                return KeyFactory.getInstance(type).generatePublic(new X509EncodedKeySpec(spki));
            } catch (GeneralSecurityException e) {
                last = e;
            }
        }
        throw last;
    }

    private static PrivateKey privateKey(byte[] pkcs8) throws GeneralSecurityException {
        GeneralSecurityException last = null;
        for (String type : KEY_TYPES) {
            try {
                return KeyFactory.getInstance(type).generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
            } catch (GeneralSecurityException e) {
                last = e;
            }
        }
        throw last;
    }

    /** The JCA signature algorithm for a key: {@code Ed25519}, {@code SHA256withRSA} or {@code SHA256withECDSA}. */
    public static String algorithm(Key key) {
        if (key instanceof EdECKey ed) {
            return ed.getParams().getName();
        }
        if (key instanceof RSAKey) {
            return "SHA256withRSA";
        }
        if (key instanceof ECKey) {
            return "SHA256withECDSA";
        }
        throw new ConfigException("unsupported key type " + key.getAlgorithm() + ": use Ed25519, RSA or EC");
    }

    /** The SHA-256 of the key's SubjectPublicKeyInfo, in hex: what {@code openssl pkey -pubin -outform DER} hashes to. */
    public static String fingerprint(PublicKey key) {
        var sha = FileDigest.newSha256();
        sha.update(key.getEncoded());
        return FileDigest.hex(sha);
    }

    private static Map<String, byte[]> pemBlocks(Path pemFile) {
        String text;
        try {
            text = Files.readString(pemFile, StandardCharsets.US_ASCII);
        } catch (NoSuchFileException e) {
            throw new ConfigException("key file not found: " + pemFile, e);
        } catch (IOException e) {
            throw new ConfigException("key file not readable: " + pemFile + " (" + e + ")", e);
        }
        Map<String, byte[]> blocks = new LinkedHashMap<>();
        Matcher m = PEM.matcher(text);
        while (m.find()) {
            try {
                blocks.putIfAbsent(m.group(1), Base64.getMimeDecoder().decode(m.group(2)));
            } catch (IllegalArgumentException e) {
                throw new ConfigException(pemFile + ": the " + m.group(1) + " block is not valid base64", e);
            }
        }
        return blocks;
    }

    private static String privateKeyHint(Map<String, byte[]> blocks) {
        if (blocks.containsKey("ENCRYPTED PRIVATE KEY")) {
            return "the private key is encrypted; give an unencrypted PKCS#8 copy on a protected path "
                    + "('openssl pkcs8 -in KEY -out PLAIN.pem')";
        }
        for (String label : blocks.keySet()) {
            if (label.endsWith("PRIVATE KEY")) {
                return "a '" + label + "' block is not PKCS#8; convert it with "
                        + "'openssl pkcs8 -topk8 -nocrypt -in KEY -out KEY.pk8.pem'";
            }
        }
        return "no '-----BEGIN PRIVATE KEY-----' block; make a key with 'openssl genpkey -algorithm ed25519 -out KEY'";
    }

    private static PublicKey derivePublic(PrivateKey key, Path file) {
        try {
            if (key instanceof RSAPrivateCrtKey rsa) {
                return KeyFactory.getInstance("RSA").generatePublic(
                        new RSAPublicKeySpec(rsa.getModulus(), rsa.getPublicExponent()));
            }
            if (key instanceof EdECPrivateKey ed && ed.getBytes().isPresent()) {
                String curve = ed.getParams().getName();
                KeyPairGenerator generator = KeyPairGenerator.getInstance(curve);
                generator.initialize(new NamedParameterSpec(curve), new Seed(ed.getBytes().get()));
                return generator.generateKeyPair().getPublic();
            }
        } catch (GeneralSecurityException | IllegalStateException e) {
            throw new ConfigException(file + ": could not derive the public key (" + e.getMessage() + "); append it "
                    + "to the key file: 'openssl pkey -in KEY -pubout >> KEY'", e);
        }
        throw new ConfigException(file + ": the public key of an " + key.getAlgorithm() + " key cannot be derived; "
                + "append it to the key file: 'openssl pkey -in KEY -pubout >> KEY'");
    }

    /** Signs a probe and checks it: a mismatched or mis-derived public key never makes it into a signature. */
    private static boolean belongTogether(PrivateKey privateKey, PublicKey publicKey) {
        byte[] probe = "corpus-audit key check".getBytes(StandardCharsets.US_ASCII);
        try {
            String algorithm = algorithm(privateKey);
            if (!algorithm.equals(algorithm(publicKey))) {
                return false;
            }
            Signature signer = Signature.getInstance(algorithm);
            signer.initSign(privateKey);
            signer.update(probe);
            byte[] signature = signer.sign();
            Signature verifier = Signature.getInstance(algorithm);
            verifier.initVerify(publicKey);
            verifier.update(probe);
            return verifier.verify(signature);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    /**
     * Hands an EdDSA key generator the private key's seed as its "random" bytes, so that it computes that key's
     * public key. The generator draws exactly one seed of the key's length; anything else is refused.
     */
    private static final class Seed extends SecureRandom {
        private final byte[] seed;
        private boolean used;

        Seed(byte[] seed) {
            this.seed = seed.clone();
        }

        @Override
        public void nextBytes(byte[] bytes) {
            if (used || bytes.length != seed.length) {
                throw new IllegalStateException("the key generator asked for other random bytes than a seed");
            }
            System.arraycopy(seed, 0, bytes, 0, seed.length);
            used = true;
        }
    }
}
