package dev.corpusaudit.decide;

import java.util.List;
import java.util.Set;

/**
 * Italian "sono" is both "I am" and "they are". It is read as "I am" when its clause has no subject before it and
 * the word after it is singular: "Sono diabetico", "Oggi sono incinta", "Da anni sono iscritta al PD", "sono stato
 * operato" are the author's; "sono diabetici", "I sintomi della menopausa sono un tema", "ci sono una ventina di"
 * are not. Singular: an article or a word ending in -o or -a (past an adverb such as "molto" or "ancora").
 */
final class ItalianSono {
    /** Adverbs that say nothing of number, skipped before the word that does: "sono molto malati" is plural. */
    private static final Set<String> ADVERBS = Set.of("molto", "troppo", "poco", "tanto", "ancora", "sempre",
            "davvero", "proprio", "spesso", "quasi", "solo", "ormai", "appena", "almeno", "abbastanza", "pure",
            "ora", "già", "anche", "così", "tutto", "veramente", "sicuramente", "fortunatamente", "purtroppo");
    private static final Set<String> SINGULAR = Set.of("un", "uno", "una", "il", "lo", "la");
    /** Words that may stand before a first-person "sono" in its clause: no subject, "io", a conjunction, time. */
    private static final Set<String> BEFORE = Set.of("io", "anch'io", "non", "e", "ma", "però", "perché", "quando",
            "se", "poi", "ora", "oggi", "ieri", "finalmente", "purtroppo", "ormai", "anche", "quindi", "da", "anni",
            "mesi", "settimane", "giorni", "tempo", "sempre", "già", "adesso", "qualche", "due", "tre", "quattro",
            "cinque", "sei", "sette", "otto", "nove", "dieci");
    /** Characters that end a clause between two words. */
    private static final String CLAUSE_END = ",;:.!?()[]—–-\"“”«»\n";

    private ItalianSono() {
    }

    /**
     * Whether words[i] (lower case, their spans in the text) is "sono" meaning "I am": the words before it in its
     * clause are only words of {@link #BEFORE}, and the next word is singular.
     */
    static boolean isFirstPerson(String text, List<int[]> spans, String[] words, int i) {
        if (!words[i].equals("sono")) {
            return false;
        }
        for (int j = i - 1; j >= 0; j--) {
            if (clauseEndBetween(text, spans.get(j)[1], spans.get(j + 1)[0])) {
                break;
            }
            if (!BEFORE.contains(words[j])) {
                return false; // a subject before it ("I sintomi ... sono"), or "ci sono"
            }
        }
        int next = i + 1;
        while (next < words.length && ADVERBS.contains(words[next])) {
            next++;
        }
        if (next >= words.length) {
            return false;
        }
        String w = words[next];
        return SINGULAR.contains(w) || w.startsWith("un'") || w.startsWith("l'")
                || w.length() > 2 && (w.endsWith("o") || w.endsWith("a"));
    }

    private static boolean clauseEndBetween(String text, int from, int to) {
        for (int k = from; k < to; k++) {
            if (CLAUSE_END.indexOf(text.charAt(k)) >= 0) {
                return true;
            }
        }
        return false;
    }
}
