package dev.corpusaudit.ingest;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** One file that was read, with its SHA-256 and size (as stored on disk, before decompression), for the manifest. */
@JsonPropertyOrder({"path", "sha256", "bytes"})
public record InputFile(String path, String sha256, long bytes) {
}
