package dev.corpusaudit.generate;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Fills templates of one language: picks names, companies and cities from the pools, words from
 * the language pack, and makes addresses and numbers. {@link #begin(Member)} sets the author of the
 * record being written, whose own name fills {@code {my_name}}.
 */
final class SlotFiller implements Template.SlotValues {
    private static final String[] EMOJI = {
            "🚀", "🎉", "🙌", "👏", "💡", "🔥", "✅", "😅", "🙏", "💪", "👇", "📈", "🤝", "😊", "🤔", "☕", "🌍", "✨"};
    private static final LocalDate FIRST_DATE = LocalDate.of(2023, 1, 1);

    private final LanguagePack pack;
    private final NamePools names;
    private final SplittableRandom rng;
    private final List<String> jobTitles;
    private final List<String> skills;
    private final List<String> hashtags;
    private final List<String> cities;
    private final List<String> conditions;
    private final List<String> providers;
    private final List<String> tlds;
    private final List<String> phoneFormats;
    private final List<String> ibanFormats;
    private final DateTimeFormatter[] dateFormats;
    private final Map<String, List<String>> moneyFormats = new HashMap<>();
    private final StringBuilder buffer = new StringBuilder(256);
    private Member author;
    private int authorAge;
    /** The person last named in the template being filled: an address next to a name is theirs. */
    private String namedFirst;
    private String namedLast;

    SlotFiller(LanguagePack pack, NamePools names, SplittableRandom rng) {
        this.pack = pack;
        this.names = names;
        this.rng = rng;
        this.jobTitles = pack.words("job_titles");
        this.skills = pack.words("skills");
        this.hashtags = pack.words("hashtags");
        this.cities = pack.words("cities");
        this.conditions = pack.words("conditions");
        this.providers = pack.words("email_providers");
        this.tlds = pack.words("company_tlds");
        this.phoneFormats = pack.words("phone_formats");
        this.ibanFormats = pack.words("iban_formats");
        Locale locale = Locale.forLanguageTag(pack.language().code());
        this.dateFormats = pack.words("date_formats").stream()
                .map(p -> DateTimeFormatter.ofPattern(p, locale)).toArray(DateTimeFormatter[]::new);
        for (String currency : Money.CURRENCIES) {
            List<String> formats = pack.words("money_formats." + currency);
            // every format must parse, and some format must write amounts that are not whole thousands
            if (formats.stream().map(f -> Money.render(f, 85_500)).allMatch(java.util.Objects::isNull)) {
                throw new IllegalStateException(pack.language().resource() + ": money_formats." + currency
                        + " can only write whole thousands");
            }
            moneyFormats.put(currency, formats);
        }
    }

    /** Starts a record written by {@code member}, who was {@code ageAtCreation} years old when writing it. */
    void begin(Member member, int ageAtCreation) {
        this.author = member;
        this.authorAge = ageAtCreation;
    }

    Member author() {
        return author;
    }

    int authorAge() {
        return authorAge;
    }

    LanguagePack pack() {
        return pack;
    }

    /** A random template of the list at {@code path}. */
    Template pick(String path) {
        List<Template> list = pack.templates(path);
        return list.get(rng.nextInt(list.size()));
    }

    /** A random template of the list at {@code path}, filled. */
    String fillRandom(String path) {
        return fill(pick(path));
    }

    String fill(Template template) {
        buffer.setLength(0);
        namedFirst = null;
        namedLast = null;
        template.fill(buffer, this);
        return buffer.toString();
    }

    /** A random hashtag of the language. */
    String hashtag() {
        return hashtags.get(rng.nextInt(hashtags.size()));
    }

    String emoji() {
        return EMOJI[rng.nextInt(EMOJI.length)];
    }

    @Override
    public String value(Slot slot) {
        return switch (slot) {
            case NAME -> {
                namedFirst = names.firstName(rng);
                namedLast = names.lastName(rng);
                yield namedFirst + " " + namedLast;
            }
            case FIRST_NAME -> {
                namedFirst = names.firstName(rng);
                namedLast = null;
                yield namedFirst;
            }
            case LAST_NAME -> names.lastName(rng);
            case MY_NAME -> author.firstName() + " " + author.lastName();
            case MY_FIRST_NAME -> author.firstName();
            case COMPANY -> names.company(rng);
            // real cities from the pack mixed with datafaker's, many of which are invented
            case CITY -> rng.nextBoolean() ? any(cities) : names.city(rng);
            case JOB_TITLE -> any(jobTitles);
            case SKILL -> any(skills);
            case HASHTAG -> hashtag();
            case EMOJI -> emoji();
            case NUMBER -> Integer.toString(2 + rng.nextInt(11));
            case COUNT -> Integer.toString(15 + rng.nextInt(886));
            case YEAR -> Integer.toString(2012 + rng.nextInt(15));
            case PERCENT -> Integer.toString(5 + rng.nextInt(81));
            case EMAIL -> EmailAddresses.address(rng, namedFirst != null ? namedFirst : names.firstName(rng),
                    namedLast != null ? namedLast : names.lastName(rng), names.company(rng), providers, tlds);
            case MY_EMAIL -> EmailAddresses.address(rng, author.firstName(), author.lastName(), names.company(rng), providers, tlds);
            case CARD -> CardNumbers.card(rng);
            case EXPIRY -> String.format(Locale.ROOT, "%02d/%02d", 1 + rng.nextInt(12), 26 + rng.nextInt(5));
            case CONDITION -> any(conditions);
            case REF_NUMBER -> NearMissNumbers.referenceNumber(rng);
            case PHONE -> NearMissNumbers.phone(rng, any(phoneFormats));
            case IBAN -> NearMissNumbers.invalidIban(rng, any(ibanFormats));
            case DATE -> dateFormats[rng.nextInt(dateFormats.length)].format(FIRST_DATE.plusDays(rng.nextInt(1200)));
            case HANDLE -> EmailAddresses.handle(rng, names.firstName(rng), names.lastName(rng), names.company(rng));
            case OBFUSCATED_EMAIL -> EmailAddresses.obfuscated(rng, names.firstName(rng), names.lastName(rng), names.company(rng), tlds);
            case AGE -> Integer.toString(authorAge);
            case TEEN_AGE -> Integer.toString(13 + rng.nextInt(5));
            case SALARY -> {
                if (author.salary() == null) {
                    throw new IllegalStateException("{salary} for " + author.id() + ", who has no registered salary");
                }
                yield money(author.salary());
            }
            case MONEY -> money(notTheAuthorsSalary(2_000, 250_000));
            case SALARY_RANGE -> salaryRange();
        };
    }

    /** {@code amount} in a format of this language and the author's currency. */
    String money(int amount) {
        return Money.format(amount, moneyFormats.get(author.currency()), rng);
    }

    /** A round amount from {@code min} to {@code max} that differs from the author's registered salary. */
    private int notTheAuthorsSalary(int min, int max) {
        while (true) {
            int step = rng.nextInt(100) < 70 ? 1000 : 500;
            int amount = (min + rng.nextInt(max - min + 1)) / step * step;
            if (amount >= min && (author.salary() == null || amount != author.salary())) {
                return amount;
            }
        }
    }

    /** "€45,000 – €55,000": a job posting's range, both ends in the same format, neither the author's salary. */
    private String salaryRange() {
        List<String> formats = moneyFormats.get(author.currency());
        int low = notTheAuthorsSalary(30_000, 110_000) / 1000 * 1000;
        int high = low + 5_000 * (1 + rng.nextInt(6));
        if (author.salary() != null && (high == author.salary() || low == author.salary())) {
            low -= 1000;
            high += 1000;
        }
        for (int tries = 0; tries < 20; tries++) {
            String format = formats.get(rng.nextInt(formats.size()));
            String a = Money.render(format, low);
            String b = Money.render(format, high);
            if (a != null && b != null) {
                return a + (rng.nextBoolean() ? " – " : "-") + b;
            }
        }
        return money(low) + " – " + money(high);
    }

    private String any(List<String> list) {
        return list.get(rng.nextInt(list.size()));
    }
}
