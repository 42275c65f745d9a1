package dev.corpusaudit.cli;

import dev.corpusaudit.model.ConfigException;
import dev.corpusaudit.rules.ExampleCheck;
import dev.corpusaudit.ruleset.RuleSpec;
import dev.corpusaudit.ruleset.Ruleset;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

/** {@code corpus-audit rules list|test|explain}: for people who read or write rules. */
@Command(name = "rules", mixinStandardHelpOptions = true,
        description = "List the rules of a ruleset, run their examples, or explain one rule.",
        subcommands = {RulesCommand.ListRules.class, RulesCommand.TestRules.class, RulesCommand.Explain.class})
public final class RulesCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new ConfigException("say which: rules list, rules test [ID], rules explain ID");
    }

    static Ruleset load(Path policy) {
        return policy == null ? Ruleset.loadDefault() : Ruleset.load(policy);
    }

    static PrintStream out() {
        return new PrintStream(System.out, true, StandardCharsets.UTF_8);
    }

    static RuleSpec find(Ruleset ruleset, String id) {
        return ruleset.rules().stream().filter(r -> r.id().equals(id)).findFirst()
                .orElseThrow(() -> new ConfigException("no rule '" + id + "' in " + ruleset.policy().id()));
    }

    /** The languages a rule covers: those of its terms, context words or examples. */
    static TreeSet<String> languages(RuleSpec r) {
        TreeSet<String> langs = new TreeSet<>();
        if (r.terms() != null || r.lexiconTerms() != null) {
            langs.addAll(r.allTerms().keySet());
        }
        if (r.context() != null && r.context().words() != null) {
            langs.addAll(r.context().words().keySet());
        }
        r.examples().forEach(e -> langs.add(e.lang()));
        langs.remove("any");
        return langs;
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "One line per rule: id, category, type, "
            + "languages, positive and negative examples.")
    static final class ListRules implements Callable<Integer> {
        @Option(names = "--ruleset", paramLabel = "FILE", description = "Policy file (default: the shipped one).")
        Path ruleset;

        @Override
        public Integer call() {
            PrintStream out = out();
            out.printf("%-34s %-24s %-9s %-22s %s%n", "id", "category", "type", "languages", "examples (+/-)");
            for (RuleSpec r : load(ruleset).rules()) {
                long positives = r.examples().stream().filter(e -> e.expect() != null && !e.expect().isEmpty()).count();
                out.printf("%-34s %-24s %-9s %-22s %d/%d%n", r.id(), r.category(), r.type(),
                        String.join(",", languages(r)), positives, r.examples().size() - positives);
            }
            return Main.EXIT_OK;
        }
    }

    @Command(name = "test", mixinStandardHelpOptions = true, description = "Run the examples of every rule, or of "
            + "one; exit 1 when any fails.")
    static final class TestRules implements Callable<Integer> {
        @Option(names = "--ruleset", paramLabel = "FILE", description = "Policy file (default: the shipped one).")
        Path ruleset;

        @Parameters(arity = "0..1", paramLabel = "ID", description = "Only this rule.")
        String id;

        @Override
        public Integer call() {
            Ruleset rules = load(ruleset);
            List<RuleSpec> selected = id == null ? rules.rules() : List.of(find(rules, id));
            PrintStream out = out();
            int failed = 0;
            for (RuleSpec r : selected) {
                List<String> problems = ExampleCheck.check(r);
                out.printf("%-4s %s (%d examples)%n", problems.isEmpty() ? "ok" : "FAIL", r.id(), r.examples().size());
                problems.forEach(p -> out.println("     " + p));
                failed += problems.isEmpty() ? 0 : 1;
            }
            out.printf("%d rules, %d failed%n", selected.size(), failed);
            return failed == 0 ? Main.EXIT_OK : Main.EXIT_GATE_FAILED;
        }
    }

    @Command(name = "explain", mixinStandardHelpOptions = true, description = "What one rule looks for and why.")
    static final class Explain implements Callable<Integer> {
        @Option(names = "--ruleset", paramLabel = "FILE", description = "Policy file (default: the shipped one).")
        Path ruleset;

        @Parameters(paramLabel = "ID", description = "The rule id.")
        String id;

        @Override
        public Integer call() {
            RuleSpec r = find(load(ruleset), id);
            PrintStream out = out();
            out.printf("%s %s (%s), %s%n", r.id(), r.version(), r.type(), r.file());
            out.printf("category: %s; base confidence %s%n", r.category(), r.confidence());
            out.printf("what: %s%n", r.description());
            if (r.legalReference() != null) {
                out.printf("legal reference: %s%n", r.legalReference());
            }
            if (r.detector() != null) {
                out.printf("detector: %s%n", r.detector());
            }
            if (r.model() != null) {
                out.printf("model: %s (how it was made: the .json next to it)%n", String.join(", ", r.model()));
            }
            if (r.exceptSources() != null) {
                out.printf("does not read records whose source is: %s%n", String.join(", ", r.exceptSources()));
            }
            if (r.sources() != null) {
                out.printf("reads only records whose source is: %s (there a match is the member's own)%n",
                        String.join(", ", r.sources()));
            }
            if (r.keywords() != null && !r.keywords().isEmpty()) {
                out.printf("runs only when the text contains one of: %s%n", String.join(", ", r.keywords()));
            }
            if (r.patterns() != null) {
                r.patterns().forEach(p -> out.printf("pattern %s: %s%s%n", p.name(), p.regex(),
                        p.group() == null ? "" : " (reports group " + p.group() + ")"));
            }
            if (r.validator() != null) {
                out.printf("validator: %s (a match that fails it is dropped)%n", r.validator());
            }
            if (r.context() != null && r.context().words() != null) {
                out.printf("context: +%s when within %s characters of the match:%n", r.context().boost(),
                        r.context().window());
                for (Map.Entry<String, List<String>> e : r.context().words().entrySet()) {
                    out.printf("  %s: %s%n", e.getKey(), String.join(", ", e.getValue()));
                }
            }
            if (r.allow() != null) {
                out.printf("never reported: values %s; patterns %s%n", r.allow().values() == null ? "-"
                        : String.join(", ", r.allow().values()), r.allow().patterns() == null ? "-"
                        : String.join(", ", r.allow().patterns()));
            }
            if (r.terms() != null) {
                r.terms().forEach((lang, terms) -> out.printf("terms %s: %s%n", lang, String.join(", ", terms)));
            }
            if (r.lexicons() != null) {
                out.printf("lexicons %s: %s%n", String.join(", ", r.lexicons()), r.lexiconTerms().entrySet().stream()
                        .map(e -> e.getKey() + " " + e.getValue().size() + " terms").collect(Collectors.joining(", ")));
            }
            if (Boolean.TRUE.equals(r.exact())) {
                out.printf("exact: a match counts only when written as one of the terms (capitals and endings)%n");
            }
            if (r.except() != null) {
                r.except().forEach((lang, phrases) -> out.printf("no match where it overlaps (%s): %s%n", lang,
                        String.join(", ", phrases)));
            }
            if (r.unless() != null) {
                r.unless().forEach((lang, words) -> out.printf("not in a text with any of (%s): %s%n", lang,
                        String.join(", ", words)));
            }
            if (r.subject() != null) {
                out.printf("subject: %s%n", r.subject());
            }
            if (r.selfCues() != null) {
                out.printf("self-disclosure cues (+%s): %s%n", r.selfBoostOrZero(), r.selfCues());
            }
            if (r.personCues() != null) {
                out.printf("words for other people after a first-person cue: %s%n", r.personCues());
            }
            if (r.stance() != null) {
                out.printf("stance expressions in the sentence: the author's own opinion, subject self (+%s); %s: %s%n",
                        r.stance().boostOrZero(), String.join(", ", r.stance().lexicons()), r.stance().terms()
                                .entrySet().stream().map(e -> e.getKey() + " " + e.getValue().size())
                                .collect(Collectors.joining(", ")));
            }
            if (r.personBoost() != null) {
                out.printf("a person's name (or a word for another person) in the sentence: subject person (+%s)%n",
                        r.personBoost());
            }
            out.printf("examples: %d (run them with: corpus-audit rules test %s)%n", r.examples().size(), r.id());
            return Main.EXIT_OK;
        }
    }
}
