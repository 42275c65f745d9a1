package dev.corpusaudit.nlp;

import dev.corpusaudit.model.ConfigException;
import dev.corpusaudit.model.DataFiles;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.util.Span;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Training sentences for the person-name finder, written as templates: one sentence (or a short passage) a line,
 * where {@code {FULL}}, {@code {FIRST}} and {@code {LAST}} are filled with random names ({@link NamePool}) and
 * {@code [[...]]} marks a name written as it stands ("[[Angela Merkel]]", or a user's own annotated sentence);
 * {@code {XFULL}}, {@code {XFIRST}}, {@code {XLAST}} are random names that name a thing, not a person ("Hospital
 * {XFULL}", "{XLAST}straße"); everything else is not a person. {@code #} lines are comments. Files are named after
 * their language, optionally with a suffix ({@code de.txt}, {@code de-things.txt}). Expansion is deterministic: the same templates, names and seed give the same sentences.
 */
public final class NameSentences {
    private static final Pattern SLOT = Pattern.compile("\\{(X?)(FULL|FIRST|LAST)}|\\[\\[([^\\[\\]]+)]]");
    private static final Pattern STRAY = Pattern.compile("[{}]|\\[\\[|]]");
    static final String TYPE = "person";

    /** A template line and where it came from ({@code file:line}). */
    public record Template(String lang, String line, String origin) {
    }

    private NameSentences() {
    }

    /** The templates of files and folders (their {@code .txt} files, in name order). */
    public static List<Template> read(List<Path> inputs) {
        List<Template> out = new ArrayList<>();
        for (Path file : files(inputs)) {
            String name = file.getFileName().toString();
            String lang = name.replaceFirst("\\.[^.]*$", "").split("-", 2)[0];
            String[] lines = DataFiles.utf8(file, DataFiles.bytes(file)).split("\r?\n", -1);
            for (int i = 0; i < lines.length; i++) {
                String line = lines[i].strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String where = file + ":" + (i + 1);
                if (STRAY.matcher(SLOT.matcher(line).replaceAll("")).find()) {
                    throw new ConfigException(where + ": a brace or bracket that is not a slot ({FULL}, {FIRST}, "
                            + "{LAST}, {XFULL}, {XFIRST}, {XLAST}) or a [[name]]");
                }
                out.add(new Template(lang, line, where));
            }
        }
        if (out.isEmpty()) {
            throw new ConfigException("no training sentences in " + inputs);
        }
        return out;
    }

    /**
     * One filled-in copy of a template, as name-finder samples (one per sentence of it, {@link NameTokens}); the
     * first clears the finder's memory of earlier names, as each record does in a scan.
     */
    public static List<NameSample> expand(Template template, NamePool names, Random random) {
        StringBuilder text = new StringBuilder();
        List<int[]> persons = new ArrayList<>();
        Matcher m = SLOT.matcher(template.line());
        int at = 0;
        while (m.find()) {
            text.append(template.line(), at, m.start());
            String name = m.group(3) != null ? m.group(3).strip() : switch (m.group(2)) {
                case "FULL" -> names.full(template.lang(), random);
                case "FIRST" -> names.first(random);
                default -> names.last(template.lang(), random);
            };
            if (m.group(3) != null || m.group(1).isEmpty()) {
                persons.add(new int[]{text.length(), text.length() + name.length()});
            }
            text.append(name);
            at = m.end();
        }
        text.append(template.line().substring(at));
        String s = text.toString();
        List<NameSample> samples = new ArrayList<>();
        for (NameTokens.Sentence sentence : NameTokens.sentences(s, 0, s.length())) {
            List<Span> names0 = new ArrayList<>();
            for (int[] p : persons) {
                int first = -1;
                int last = -1;
                for (int t = 0; t < sentence.spans().length; t++) {
                    Span span = sentence.spans()[t];
                    if (span.getStart() >= p[0] && span.getEnd() <= p[1]) {
                        first = first < 0 ? t : first;
                        last = t;
                    }
                }
                if (first >= 0) {
                    names0.add(new Span(first, last + 1, TYPE));
                }
            }
            samples.add(new NameSample(sentence.tokens(), names0.toArray(Span[]::new), samples.isEmpty()));
        }
        return samples;
    }

    /** The template files of files and folders, in the order {@link #read} reads them. */
    public static List<Path> files(List<Path> inputs) {
        return DataFiles.trainingFiles(inputs, List.of(".txt"));
    }
}
