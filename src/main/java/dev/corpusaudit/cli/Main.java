package dev.corpusaudit.cli;

import dev.corpusaudit.model.ConfigException;
import dev.corpusaudit.model.InputException;
import dev.corpusaudit.model.ToolInfo;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.util.Arrays;

/** The {@code corpus-audit} command: picocli wiring and the mapping of errors to exit codes. */
@Command(name = "corpus-audit", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Audits an AI training corpus for personal data that must not be in it.",
        subcommands = {ScanCommand.class, SearchCommand.class, EvalCommand.class, GenerateCommand.class,
                BenchCommand.class, RulesCommand.class, TrainCommand.class, FingerprintCommand.class,
                RedactCommand.class, ReportCommand.class, VerifyCommand.class, SignCommand.class,
                CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    /** Done, and the gate passed (or there is no gate). */
    public static final int EXIT_OK = 0;
    /** Done, and the gate failed. */
    public static final int EXIT_GATE_FAILED = 1;
    /** {@code verify}: a file, or the signature, does not match (the analogue of a failed gate). */
    public static final int EXIT_VERIFY_FAILED = 1;
    /** Usage or configuration error. */
    public static final int EXIT_USAGE = 2;
    /** An input could not be read. */
    public static final int EXIT_INPUT = 3;
    /** A bug: something failed that should not have. */
    public static final int EXIT_INTERNAL = 4;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns the exit code, without exiting (for tests). */
    public static int run(String... args) {
        boolean verbose = Arrays.asList(args).contains("--verbose");
        CommandLine cli = new CommandLine(new Main());
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            if (verbose) {
                ex.printStackTrace(commandLine.getErr());
            }
            if (ex instanceof ConfigException) {
                commandLine.getErr().println("error: " + ex.getMessage());
                return EXIT_USAGE;
            }
            if (ex instanceof InputException) {
                commandLine.getErr().println("error: " + ex.getMessage());
                return EXIT_INPUT;
            }
            commandLine.getErr().println("internal error: " + ex + (verbose ? "" : " (run with --verbose for the stack trace)"));
            return EXIT_INTERNAL;
        });
        try {
            return cli.execute(args);
        } catch (OutOfMemoryError e) {
            // Thrown past picocli's handler (an Error); the stack unwound, so there is room to say what to do.
            System.err.println("error: out of memory (the Java heap is full): give the JVM a larger heap, e.g. "
                    + "CORPUS_AUDIT_OPTS=-Xmx1g bin/corpus-audit ...; the command did not finish");
            return EXIT_INTERNAL;
        }
    }

    @Override
    public void run() {
        CommandLine.usage(this, System.err);
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[]{ToolInfo.NAME + " " + ToolInfo.VERSION};
        }
    }
}
