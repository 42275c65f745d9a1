package dev.corpusaudit.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A file's SHA-256 and size as stored on disk (before decompression), for the manifest: the inputs a scan read and
 * the outputs it wrote. Also the one place that makes SHA-256 digests.
 */
@JsonPropertyOrder({"path", "sha256", "bytes"})
public record FileDigest(String path, String sha256, long bytes) {

    /** A fresh SHA-256 digest. */
    public static MessageDigest newSha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    /** The digest's value in lower-case hex (this completes the digest). */
    public static String hex(MessageDigest digest) {
        return HexFormat.of().formatHex(digest.digest());
    }

    /** Reads a whole file and returns its digest, recorded under {@code name}. */
    public static FileDigest of(Path file, String name) throws IOException {
        MessageDigest digest = newSha256();
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buf = new byte[1 << 16];
            int n;
            while ((n = in.read(buf)) > 0) {
                digest.update(buf, 0, n);
            }
        }
        return new FileDigest(name, hex(digest), Files.size(file));
    }
}
