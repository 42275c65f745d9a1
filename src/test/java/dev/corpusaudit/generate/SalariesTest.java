package dev.corpusaudit.generate;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code excluded.salary} and {@code salaries.csv}: registered amounts, the records that state them
 * in a common format, and the amounts that are no one's pay.
 */
class SalariesTest {
    private static final String LABEL = "excluded.salary";
    /** A money-like amount: digits, maybe grouped by thousands, or thousands with k. */
    private static final Pattern AMOUNT = Pattern.compile("(?<![\\d.,'])\\d{1,3}(?:[,. '\u00a0]\\d{3})(?![\\d])|(?<![\\d.,])\\d{2,3}[kK](?![a-zA-Z\\d])");

    private final GeneratedCorpus corpus = GeneratedCorpus.get();

    @Test
    void salaryFileListsAboutThreePercentOfTheCorpusMembersWithRoundAmountsInTheirCurrency() {
        assertEquals("member_id,amount,currency", corpus.headers.get("salaries.csv"));
        Map<String, String> regions = new HashMap<>();
        for (JsonNode record : corpus.records) {
            regions.put(record.get("member_id").asText(), record.get("region").asText());
        }
        String previous = "";
        Set<String> currencies = new HashSet<>();
        for (String[] line : corpus.csv.get("salaries.csv")) {
            assertEquals(3, line.length);
            assertTrue(line[0].compareTo(previous) > 0, "sorted: " + line[0]);
            previous = line[0];
            assertTrue(regions.containsKey(line[0]), "only members of the corpus: " + line[0]);
            int amount = Integer.parseInt(line[1]);
            assertTrue(amount >= 28_000 && amount <= 160_000 && amount % 500 == 0, line[1]);
            String region = regions.get(line[0]);
            assertEquals(region.equals("GB") ? "GBP" : region.equals("CH") ? "CHF" : "EUR", line[2], line[0] + " in " + region);
            currencies.add(line[2]);
            assertTrue(corpus.member(line[0]).ageAt(GeneratedCorpus.SNAPSHOT) >= 18, "no minor has a salary");
        }
        assertEquals(Set.of("EUR", "GBP", "CHF"), currencies);
        double share = corpus.csv.get("salaries.csv").size() / (double) regions.size();
        assertTrue(share > 0.02 && share < 0.04, "salaries for " + share + " of the members");
    }

    @Test
    void aboutHalfTheMembersWithASalaryStateItExactlyOnceInACommonFormat() {
        Map<String, Integer> salaries = new HashMap<>();
        corpus.csv.get("salaries.csv").forEach(l -> salaries.put(l[0], Integer.parseInt(l[1])));
        Map<String, Integer> stated = new HashMap<>();
        Set<String> formats = new HashSet<>();
        for (int i = 0; i < corpus.records.size(); i++) {
            String member = corpus.memberId(i);
            Integer salary = salaries.get(member);
            String text = corpus.text(i);
            if (corpus.labelled(i, LABEL)) {
                assertTrue(salary != null, "salary label for " + member + ", who has no registered salary");
                assertTrue(Set.of("post", "comment", "message").contains(corpus.source(i)), corpus.source(i));
                String form = statedForm(text, salary);
                assertTrue(form != null, salary + " not in: " + text);
                formats.add(form.replaceAll("\\d", "#"));
                stated.merge(member, 1, Integer::sum);
            } else if (salary != null) {
                // the member's other records never carry that amount, not even as a near miss
                assertEquals(null, statedForm(text, salary), "unlabelled record states the salary: " + text);
            }
        }
        stated.forEach((member, count) -> assertEquals(1, count, member + " states their salary " + count + " times"));
        double share = stated.size() / (double) salaries.size();
        assertTrue(share > 0.35 && share < 0.65, share + " of the members with a salary state it");
        assertTrue(formats.size() >= 6, "formats seen: " + formats);
    }

    @Test
    void amountsThatAreNoOnesPayStayUnlabelled() {
        Map<String, Integer> salaries = new HashMap<>();
        corpus.csv.get("salaries.csv").forEach(l -> salaries.put(l[0], Integer.parseInt(l[1])));
        List<Pattern> ranges = TemplatePatterns.of("near_miss.salary_range");
        List<Pattern> money = TemplatePatterns.of("near_miss.money");
        int rangeCount = 0;
        int moneyCount = 0;
        int bySalaried = 0;
        for (int i = 0; i < corpus.records.size(); i++) {
            String text = corpus.text(i);
            boolean range = TemplatePatterns.find(ranges, text) != null;
            boolean other = TemplatePatterns.find(money, text) != null;
            if (!range && !other) {
                continue;
            }
            assertTrue(AMOUNT.matcher(text).find() || text.matches("(?s).*\\d{4,6}.*"), text);
            if (!corpus.labelled(i, LABEL)) {
                rangeCount += range ? 1 : 0;
                moneyCount += other ? 1 : 0;
                bySalaried += other && salaries.containsKey(corpus.memberId(i)) ? 1 : 0;
            }
            if (range) {
                assertEquals("job_posting", corpus.source(i));
            }
        }
        assertTrue(rangeCount > 100, rangeCount + " salary ranges");
        assertTrue(moneyCount > 30, moneyCount + " other amounts");
        assertTrue(bySalaried > 10, bySalaried + " other amounts by members with a registered salary");
    }

    /**
     * How {@code text} writes {@code amount}, if it does, in a format people use: digits alone, grouped
     * by thousands with a comma, dot, space, apostrophe or no-break space, or whole thousands with k.
     * Written here independently of the generator's formats.
     */
    static String statedForm(String text, int amount) {
        String thousands = Integer.toString(amount / 1000);
        String rest = String.format("%03d", amount % 1000);
        List<String> forms = new ArrayList<>();
        forms.add(Integer.toString(amount));
        for (String separator : List.of(",", ".", " ", "'", "\u00a0", "\u202f")) {
            forms.add(thousands + separator + rest);
        }
        if (amount % 1000 == 0) {
            forms.add(thousands + "k");
            forms.add(thousands + "K");
        }
        for (String form : forms) {
            Matcher m = Pattern.compile("(?<![\\d.,'])" + Pattern.quote(form) + "(?![\\d]|[.,']\\d)").matcher(text);
            if (m.find()) {
                return form;
            }
        }
        return null;
    }

    @Test
    void statedFormReadsTheCommonFormats() {
        for (String text : List.of("85,000", "85.000", "85 000", "85000", "85k", "85K", "€85k", "€85,000", "85.000 €",
                "EUR 85,000", "£85k", "CHF 85'000", "85\u00a0000 €")) {
            assertEquals(text.replaceAll("[^\\dkK,. '\u00a0]", "").strip(), statedForm("I earn " + text + " a year.", 85_000), text);
        }
        assertEquals(null, statedForm("we raised 185,000", 85_000));
        assertEquals(null, statedForm("ticket 85,0001", 85_000));
        assertEquals(null, statedForm("85k", 85_500));
        assertFalse(statedForm("pay: 85.500 €", 85_500) == null);
    }
}
