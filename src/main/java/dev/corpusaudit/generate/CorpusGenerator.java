package dev.corpusaudit.generate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.BitSet;
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
 * <p>Beside them go the side inputs of DESIGN.md ({@link SideFiles}): the member registry, the
 * opt-out register, member salaries, the reference private messages, and {@code generation.json}
 * with the snapshot date. Records labelled from them: every record of a member under 18 when
 * writing it or at the snapshot date ({@code excluded.minor}), every record of a member who opted
 * out on or before the snapshot date ({@code excluded.opted_out}), every {@code message} record
 * ({@code excluded.private_message}) and every {@code job_application} record
 * ({@code excluded.job_application}).
 *
 * <p>The same seed, record count and snapshot date give byte-identical files. Generation streams:
 * memory grows by one bit per member at most.
 */
public final class CorpusGenerator {
    /** The snapshot date when none is given. */
    public static final LocalDate DEFAULT_SNAPSHOT = LocalDate.of(2026, 2, 1);
    /** Share of records that carry their {@code lang}; the others leave it to detection. */
    private static final int LANG_KNOWN_PERCENT = 60;
    /** Share of records that carry {@code member_age}, in percent... */
    private static final int AGE_FIELD_PERCENT = 40;
    /** ...and {@code member_birth_date} (never both). */
    private static final int BIRTH_DATE_FIELD_PERCENT = 10;
    /** Reference messages are this long, in words. */
    private static final int MESSAGE_MIN_WORDS = 20;
    private static final int MESSAGE_MAX_WORDS = 80;
    static final String MINOR = "excluded.minor";
    static final String OPTED_OUT = "excluded.opted_out";
    static final String PRIVATE_MESSAGE = "excluded.private_message";
    static final String JOB_APPLICATION = "excluded.job_application";

    private final long seed;
    private final LocalDate snapshot;

    public CorpusGenerator(long seed) {
        this(seed, DEFAULT_SNAPSHOT);
    }

    /** @param snapshot the date the corpus was taken: every record is created on or before it */
    public CorpusGenerator(long seed, LocalDate snapshot) {
        this.seed = seed;
        this.snapshot = snapshot;
    }

    /**
     * Streams {@code records} records to {@code outDir/corpus.jsonl} and their labels to
     * {@code outDir/labels.jsonl}, and writes the side files.
     */
    public GenerationStats generate(long records, Path outDir) throws IOException {
        if (records < 0) {
            throw new IllegalArgumentException("records must be >= 0, was " + records);
        }
        SplittableRandom rng = new SplittableRandom(seed);
        MemberPool members = new MemberPool(seed, records / 4, snapshot);
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
        for (String category : new String[]{MINOR, OPTED_OUT, PRIVATE_MESSAGE, JOB_APPLICATION}) {
            perCategory.put(category, 0L);
        }
        // records are created in the two years up to the snapshot date, both ends included
        LocalDate firstDay = snapshot.minusYears(2);
        int days = Math.toIntExact(ChronoUnit.DAYS.between(firstDay, snapshot) + 1);

        long textChars = 0;
        long messageRecords = 0;
        BitSet inCorpus = new BitSet();
        TreeSet<String> categories = new TreeSet<>();
        Map<String, String> subjects = new TreeMap<>();
        SortedMap<String, Long> sideFileLines = new TreeMap<>();
        SideFiles.Registers registers;
        try (CorpusWriter writer = new CorpusWriter(outDir); SideFiles side = new SideFiles(outDir)) {
            long[] extraMessages = {0};
            RecordContext context = new RecordContext(recipient -> {
                extraMessages[0]++;
                try {
                    return referenceMessage(recipient, members, fillers, composers, rng, side);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            for (long n = 1; n <= records; n++) {
                Member member = members.pick(rng);
                inCorpus.set(Math.toIntExact(member.number()));
                Language language = member.language();
                Source source = Source.pick(rng);
                LocalDate createdAt = firstDay.plusDays(rng.nextInt(days));
                int age = member.ageAt(createdAt);
                boolean minor = age < 18 || member.ageAt(snapshot) < 18;
                SlotFiller slots = fillers.get(language);
                slots.begin(member, age);
                context.begin(member, createdAt, age, minor);
                Draft draft = composers.get(language).compose(source);

                categories.clear();
                subjects.clear();
                for (Planter planter : Planters.all()) {
                    if (rng.nextDouble() < planter.rate(source, context)) {
                        Plant plant = planter.plant(source, slots, rng, context);
                        // a reference message written meanwhile had its own author
                        slots.begin(member, age);
                        draft.place(plant, rng);
                        if (planter.category() != null) {
                            categories.add(planter.category());
                            if (plant.subject() != null) {
                                subjects.put(planter.category(), plant.subject());
                            }
                        }
                    }
                }
                // what the record is and who wrote it, whatever its text says
                if (minor) {
                    categories.add(MINOR);
                }
                if (member.optedOutAt() != null && !member.optedOutAt().isAfter(snapshot)) {
                    categories.add(OPTED_OUT);
                }
                if (source == Source.MESSAGE) {
                    categories.add(PRIVATE_MESSAGE);
                }
                if (source == Source.JOB_APPLICATION) {
                    categories.add(JOB_APPLICATION);
                }

                String text = draft.render();
                String id = recordId(n);
                String lang = rng.nextInt(100) < LANG_KNOWN_PERCENT ? language.code() : null;
                Integer ageField = null;
                String birthDateField = null;
                int field = rng.nextInt(100);
                if (field >= AGE_FIELD_PERCENT + BIRTH_DATE_FIELD_PERCENT && member.ageMustShowOnRecords()) {
                    // the only place the platform records this young member's age: say it on every record
                    field = rng.nextInt(AGE_FIELD_PERCENT + BIRTH_DATE_FIELD_PERCENT);
                }
                if (field < AGE_FIELD_PERCENT) {
                    ageField = age;
                } else if (field < AGE_FIELD_PERCENT + BIRTH_DATE_FIELD_PERCENT) {
                    birthDateField = member.birthDate().toString();
                }
                writer.writeRecord(id, text, member, source.id(), lang, createdAt.toString(), ageField, birthDateField);
                writer.writeLabels(id, language.code(), categories, subjects);
                if (source == Source.MESSAGE) {
                    side.writeMessage(member.id(), text);
                    messageRecords++;
                }

                textChars += text.length();
                for (String category : categories) {
                    perCategory.merge(category, 1L, Long::sum);
                }
            }
            // as many messages that are not in the corpus as there are message records
            while (extraMessages[0] < messageRecords) {
                Member sender = members.pick(rng);
                extraMessages[0]++;
                referenceMessage(sender, fillers, composers, side);
            }
            registers = side.writeRegisters(members, inCorpus);
            side.writeGeneration(seed, records, snapshot);
            sideFileLines.put(SideFiles.MESSAGES_FILE, side.messageCount());
        } catch (UncheckedIOException e) {
            // a reference message written from inside a planter could not be written
            throw e.getCause();
        }
        sideFileLines.put(SideFiles.MEMBERS_FILE, registers.registry());
        sideFileLines.put(SideFiles.OPTOUTS_FILE, registers.optOuts());
        sideFileLines.put(SideFiles.SALARIES_FILE, registers.salaries());
        return new GenerationStats(records, textChars, Collections.unmodifiableSortedMap(perCategory),
                registers.members(), Collections.unmodifiableSortedMap(sideFileLines));
    }

    /**
     * A new reference message in the language of {@code recipient}, by another member who writes that
     * language (by the recipient when the pool has none), written to {@code messages.jsonl}.
     */
    private static String referenceMessage(Member recipient, MemberPool members, Map<Language, SlotFiller> fillers,
                                           Map<Language, TextComposer> composers, SplittableRandom rng, SideFiles side)
            throws IOException {
        Member sender = members.pick(rng);
        for (int tries = 0; tries < 50 && (sender.language() != recipient.language() || sender.equals(recipient)); tries++) {
            sender = members.pick(rng);
        }
        if (sender.language() != recipient.language()) {
            sender = recipient;
        }
        return referenceMessage(sender, fillers, composers, side);
    }

    /** A new reference message by {@code sender}, in their language, written to {@code messages.jsonl}. */
    private static String referenceMessage(Member sender, Map<Language, SlotFiller> fillers,
                                           Map<Language, TextComposer> composers, SideFiles side) throws IOException {
        Language language = sender.language();
        fillers.get(language).begin(sender, 0);
        String text = composers.get(language).directMessage(MESSAGE_MIN_WORDS, MESSAGE_MAX_WORDS);
        side.writeMessage(sender.id(), text);
        return text;
    }

    /** {@code r-0000042}: seven digits, more when the corpus needs them. */
    static String recordId(long n) {
        String digits = Long.toString(n);
        return digits.length() >= 7 ? "r-" + digits : "r-" + "0000000".substring(digits.length()) + digits;
    }
}
