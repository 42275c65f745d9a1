package dev.corpusaudit.generate;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Writes a synthetic member corpus with ground-truth labels: {@code corpus.jsonl} (records as
 * DESIGN.md describes them: profiles, posts, comments, articles, messages... in six languages) and
 * {@code labels.jsonl} (per record, the true language, the planted categories and, for special
 * categories, whose data it is). The texts also hold near misses that must stay unlabelled.
 *
 * <p>The same seed and record count give byte-identical files. Generation streams: memory does not
 * grow with the record count.
 */
public final class CorpusGenerator {
    /** Share of records that carry their {@code lang}; the others leave it to detection. */
    private static final int LANG_KNOWN_PERCENT = 60;
    private static final long FIRST_DAY = LocalDate.of(2024, 1, 1).toEpochDay();
    private static final int DAYS = (int) (LocalDate.of(2025, 12, 31).toEpochDay() - FIRST_DAY + 1);

    private final long seed;

    public CorpusGenerator(long seed) {
        this.seed = seed;
    }

    /** Streams {@code records} records to {@code outDir/corpus.jsonl} and their labels to {@code outDir/labels.jsonl}. */
    public GenerationStats generate(long records, Path outDir) throws IOException {
        if (records < 0) {
            throw new IllegalArgumentException("records must be >= 0, was " + records);
        }
        SplittableRandom rng = new SplittableRandom(seed);
        MemberPool members = new MemberPool(seed, records / 4);
        Map<Language, TextComposer> composers = new EnumMap<>(Language.class);
        Map<Language, SlotFiller> fillers = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            SlotFiller filler = new SlotFiller(LanguagePack.of(language), NamePools.of(language), rng);
            fillers.put(language, filler);
            composers.put(language, new TextComposer(filler, rng));
        }
        SortedMap<String, Long> perCategory = new TreeMap<>();
        for (Planter planter : Planters.all()) {
            if (planter.category() != null) {
                perCategory.put(planter.category(), 0L);
            }
        }

        long textChars = 0;
        TreeSet<String> categories = new TreeSet<>();
        Map<String, String> subjects = new TreeMap<>();
        try (CorpusWriter writer = new CorpusWriter(outDir)) {
            for (long n = 1; n <= records; n++) {
                Member member = members.pick(rng);
                Language language = member.language();
                Source source = Source.pick(rng);
                SlotFiller slots = fillers.get(language);
                slots.begin(member);
                Draft draft = composers.get(language).compose(source);

                categories.clear();
                subjects.clear();
                for (Planter planter : Planters.all()) {
                    if (rng.nextDouble() < planter.rate(source)) {
                        Plant plant = planter.plant(source, slots, rng);
                        draft.place(plant, rng);
                        if (planter.category() != null) {
                            categories.add(planter.category());
                            if (plant.subject() != null) {
                                subjects.put(planter.category(), plant.subject());
                            }
                        }
                    }
                }
                String text = draft.render();
                String id = recordId(n);
                String lang = rng.nextInt(100) < LANG_KNOWN_PERCENT ? language.code() : null;
                String createdAt = LocalDate.ofEpochDay(FIRST_DAY + rng.nextInt(DAYS)).toString();
                writer.writeRecord(id, text, member, source.id(), lang, createdAt, member.age());
                writer.writeLabels(id, language.code(), categories, subjects);

                textChars += text.length();
                for (String category : categories) {
                    perCategory.merge(category, 1L, Long::sum);
                }
            }
        }
        return new GenerationStats(records, textChars, Collections.unmodifiableSortedMap(perCategory));
    }

    /** {@code r-0000042}: seven digits, more when the corpus needs them. */
    static String recordId(long n) {
        String digits = Long.toString(n);
        return digits.length() >= 7 ? "r-" + digits : "r-" + "0000000".substring(digits.length()) + digits;
    }
}
