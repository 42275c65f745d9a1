package dev.corpusaudit.nlp;

import dev.corpusaudit.model.ConfigException;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NameSentencesTest {
    @TempDir
    Path dir;

    private NamePool pool() throws Exception {
        Files.writeString(dir.resolve("first-names.txt"), "# first\nAnna\nJean-Luc\n");
        Files.createDirectories(dir.resolve("last-names"));
        Files.writeString(dir.resolve("last-names/de.txt"), "Weber\n");
        Files.writeString(dir.resolve("last-names/nl.txt"), "Berg\n");
        return NamePool.read(dir);
    }

    private static List<String> names(NameSample sample) {
        return Arrays.stream(sample.getNames())
                .map(s -> String.join(" ", Arrays.copyOfRange(sample.getSentence(), s.getStart(), s.getEnd())))
                .toList();
    }

    @Test
    void fillsSlotsAndMarksLiteralNamesAndNothingElse() throws Exception {
        NameSentences.Template t = new NameSentences.Template("de",
                "Gestern hat {FULL} bei Siemens angefangen. Frau {LAST} und [[Angela Merkel]] gratulierten {FIRST}.",
                "de.txt:1");
        List<NameSample> samples = NameSentences.expand(t, pool(), new Random(1));
        assertEquals(2, samples.size(), "two sentences");
        assertTrue(samples.get(0).isClearAdaptiveDataSet());
        assertFalse(samples.get(1).isClearAdaptiveDataSet());
        List<String> first = names(samples.get(0));
        assertEquals(1, first.size());
        assertTrue(first.get(0).matches("(Anna|Jean - Luc) ((van|de|van der|van den|van de|ter|von) )?(Weber|Berg)"),
                first.get(0));
        List<String> second = names(samples.get(1));
        assertEquals(3, second.size());
        assertTrue(second.get(0).matches("((van|de|van der|van den|van de|ter|von) )?(Weber|Berg)"), second.get(0));
        assertEquals("Angela Merkel", second.get(1));
        assertTrue(second.get(2).matches("Anna|Jean - Luc"), second.get(2));
        for (NameSample s : samples) {
            for (Span span : s.getNames()) {
                assertEquals("person", span.getType());
            }
        }
    }

    @Test
    void namesOfThingsAreFilledButNotMarked() throws Exception {
        NameSentences.Template t = new NameSentences.Template("de", "{FULL} leitet das {XFULL}-Institut in der "
                + "{XLAST}straße.", "de-things.txt:1");
        NameSample sample = NameSentences.expand(t, pool(), new Random(5)).get(0);
        assertEquals(1, sample.getNames().length);
        assertEquals(0, sample.getNames()[0].getStart(), "only the person at the start");
        assertTrue(String.join(" ", sample.getSentence()).matches(".* leitet das .+ - Institut in der .+straße \\."),
                String.join(" ", sample.getSentence()));
    }

    @Test
    void sameSeedSameSentences() throws Exception {
        NamePool pool = pool();
        NameSentences.Template t = new NameSentences.Template("nl", "Met {FULL} en {FULL}.", "nl.txt:1");
        assertEquals(NameSentences.expand(t, pool, new Random(3)), NameSentences.expand(t, pool, new Random(3)));
    }

    @Test
    void readsLanguageFromTheFileNameAndRejectsBrokenSlots() throws Exception {
        Files.writeString(dir.resolve("fr.txt"), "# header\n\nMerci {FIRST} !\n");
        Files.writeString(dir.resolve("fr-things.txt"), "Rue {XFULL}\n");
        List<NameSentences.Template> read = NameSentences.read(List.of(dir));
        assertEquals(List.of(new NameSentences.Template("fr", "Rue {XFULL}", dir.resolve("fr-things.txt") + ":1"),
                new NameSentences.Template("fr", "Merci {FIRST} !", dir.resolve("fr.txt") + ":3")), read);
        Files.delete(dir.resolve("fr-things.txt"));
        Files.writeString(dir.resolve("fr.txt"), "ok {FIRST}\nMerci {PRENOM} !\n");
        ConfigException e = assertThrows(ConfigException.class, () -> NameSentences.read(List.of(dir)));
        assertTrue(e.getMessage().startsWith(dir.resolve("fr.txt") + ":2: "), e.getMessage());
        Files.writeString(dir.resolve("fr.txt"), "# nothing\n");
        assertThrows(ConfigException.class, () -> NameSentences.read(List.of(dir)));
    }
}
