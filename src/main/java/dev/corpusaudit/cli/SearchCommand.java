package dev.corpusaudit.cli;

import dev.corpusaudit.RecordSearch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code corpus-audit search}: find records in a scan's index, with masked snippets. */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = {"Search a scan's Lucene index. Prints one hit a line: record id, language, masked snippet "
                + "with the match in [brackets].",
                "Fields: text (any language), source, region, lang, month, member (pseudonym), signal (category "
                        + "found by a pattern detector)."},
        footer = {"", "Examples:",
                "  corpus-audit search --index reports/sample/index 'text:\"diagnosed with\"'",
                "  corpus-audit search --index reports/sample/index 'signal:pii.email AND source:message'"})
public final class SearchCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Option(names = "--index", required = true, paramLabel = "DIR", description = "The index folder of a scan.")
    Path index;

    @Option(names = "--limit", paramLabel = "N", description = "Hits to print (default: ${DEFAULT-VALUE}).")
    int limit = 20;

    @Parameters(paramLabel = "QUERY", description = "Lucene query syntax.")
    String query;

    @Override
    public Integer call() throws Exception {
        RecordSearch.Result result = RecordSearch.search(index, query, limit);
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        for (RecordSearch.Hit hit : result.hits()) {
            out.println(hit.recordId() + "\t" + hit.lang() + "\t" + hit.snippet());
        }
        if (!common.quiet()) {
            System.err.printf("%,d records match; %,d shown%n", result.total(), result.hits().size());
        }
        return Main.EXIT_OK;
    }
}
