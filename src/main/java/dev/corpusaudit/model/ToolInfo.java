package dev.corpusaudit.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** Name and version of this build, for reports and the manifest. */
public final class ToolInfo {
    public static final String NAME = "corpus-audit";
    public static final String VERSION = loadVersion();

    private ToolInfo() {
    }

    private static String loadVersion() {
        try (InputStream in = ToolInfo.class.getResourceAsStream("/corpus-audit.properties")) {
            Properties p = new Properties();
            if (in != null) {
                p.load(in);
            }
            return p.getProperty("version", "dev");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
