package dev.corpusaudit.rules;

import dev.corpusaudit.analyze.PatternRules;
import dev.corpusaudit.model.Signal;
import dev.corpusaudit.ruleset.RuleSpec;
import dev.corpusaudit.ruleset.Ruleset;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Rule pairs that split one kind of finding between them (own pay, with or without a currency, vs advertised pay;
 * public vs non-public addresses) must never both report an overlapping span: run both on every example of either,
 * and on a few extra texts, and compare. {@code salary.self_plain} may report the very span {@code salary.advertised}
 * reports when words stand between a verb of earning and the amount ("verdiene ich als Data Scientist CHF 118'000
 * brutto"; the advertised rule's patterns cannot swallow that phrase and keep their automata): there it must be the
 * more confident, since the decide step keeps the more confident of two findings of one span.
 */
class ExclusiveRulesTest {
    private static final Ruleset RULESET = Ruleset.load(Path.of(Ruleset.DEFAULT_POLICY));

    private static final List<String> EXTRA = List.of(
            "My salary is €62,000; salary range €50k-€60k for the role; I was offered 85k base + bonus.",
            "Gehalt: 55.000 - 65.000 €, ich verdiene 4.500 € brutto, mein Gehalt von 55.000 € brutto Jahresgehalt.",
            "Mon salaire : 3 200 € brut, salaire de 3 000 € brut; la mia RAL è di 35.000 euro lordi, RAL 30.000 euro.",
            "Mi sueldo es de 1.850 € brutos, sueldo de 1.500 €; ik verdien € 4.000 bruto, salaris van € 3.000 bruto.",
            "In Zürich verdiene ich als Data Scientist CHF 118'000 brutto; als Azubi krieg ich grad mal 1.050 brutto.",
            "Je gagne en tant que chef de projet environ 3 200 euros net par mois ; mon salaire fixe est de 46 500 €.",
            "Ik krijg als stagiair € 500 per maand; mijn uurtarief als zzp'er ligt op € 85, salaris € 3.000 bruto.",
            "Servers 8.8.8.8, 192.168.1.1, ::ffff:8.8.8.8, ::ffff:10.0.0.1, 2001:db8::1, 2606:4700::1111, ::1.");

    @TestFactory
    Stream<DynamicTest> pairsNeverReportTheSameSpan() {
        return Stream.of(List.of("salary.self", "salary.advertised"), List.of("salary.self_plain", "salary.advertised"),
                        List.of("ip.public", "ip.non_public"))
                .map(pair -> DynamicTest.dynamicTest(pair.get(0) + " / " + pair.get(1), () -> {
                    RuleSpec a = rule(pair.get(0));
                    RuleSpec b = rule(pair.get(1));
                    List<RuleSpec.Example> texts = new ArrayList<>(a.examples());
                    texts.addAll(b.examples());
                    EXTRA.forEach(t -> texts.add(new RuleSpec.Example("en", t, List.of())));
                    PatternRules ra = new PatternRules(List.of(a));
                    PatternRules rb = new PatternRules(List.of(b));
                    List<String> overlaps = new ArrayList<>();
                    for (RuleSpec.Example e : texts) {
                        List<Signal> sa = ra.find(e.text(), e.lang());
                        List<Signal> sb = rb.find(e.text(), e.lang());
                        for (Signal x : sa) {
                            for (Signal y : sb) {
                                boolean sameSpanKept = pair.get(0).equals("salary.self_plain") && x.start() == y.start()
                                        && x.end() == y.end() && x.confidence() > y.confidence();
                                if (x.start() < y.end() && y.start() < x.end() && !sameSpanKept) {
                                    overlaps.add("'" + e.text().substring(x.start(), x.end()) + "' / '"
                                            + e.text().substring(y.start(), y.end()) + "' in: " + e.text());
                                }
                            }
                        }
                    }
                    assertEquals(List.of(), overlaps);
                }));
    }

    private static RuleSpec rule(String id) {
        return RULESET.rules().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    }
}
