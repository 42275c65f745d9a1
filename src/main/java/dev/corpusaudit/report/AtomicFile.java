package dev.corpusaudit.report;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Writes a file through a temporary sibling and a rename, so an interrupted run never leaves a half-written
 * report that looks whole.
 */
public final class AtomicFile implements AutoCloseable {

    /** Writes the body of a file. */
    @FunctionalInterface
    public interface Body {
        void writeTo(OutputStream out) throws IOException;
    }

    private final Path target;
    private final Path tmp;
    private final OutputStream out;
    private boolean committed;

    private AtomicFile(Path target) throws IOException {
        this.target = target;
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        this.tmp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
        try {
            // temp files are owner-only; a report is an ordinary file that the auditor's team reads
            Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-r--r--"));
        } catch (UnsupportedOperationException ignored) {
            // not a POSIX file system: keep its default
        }
        this.out = new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16);
    }

    /** Opens a file to be written over time; it appears under its name only on {@link #commit()}. */
    public static AtomicFile open(Path target) throws IOException {
        return new AtomicFile(target);
    }

    /** Writes a whole file at once. */
    public static void write(Path target, Body body) throws IOException {
        try (AtomicFile file = open(target)) {
            body.writeTo(file.stream());
            file.commit();
        }
    }

    public OutputStream stream() {
        return out;
    }

    /** Closes the stream and moves the file into place. */
    public void commit() throws IOException {
        out.close();
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        committed = true;
    }

    /** Without a commit, the temporary file is removed and the target left as it was. */
    @Override
    public void close() throws IOException {
        if (!committed) {
            out.close();
            Files.deleteIfExists(tmp);
        }
    }
}
