package dev.corpusaudit.generate;

import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The {@code {slots}} a template may contain. Slots whose values are personal data or look like it
 * are {@link #planted()}: only planter and near-miss templates may use them, so that a text made of
 * ordinary source templates never carries something its labels do not say.
 */
enum Slot {
    NAME("name", false),
    FIRST_NAME("first_name", false),
    LAST_NAME("last_name", false),
    MY_NAME("my_name", false),
    MY_FIRST_NAME("my_first_name", false),
    COMPANY("company", false),
    CITY("city", false),
    JOB_TITLE("job_title", false),
    SKILL("skill", false),
    HASHTAG("hashtag", false),
    EMOJI("emoji", false),
    /** A small number: years, weeks, team size. */
    NUMBER("number", false),
    /** A larger count: customers, survey answers, new members. */
    COUNT("count", false),
    YEAR("year", false),
    PERCENT("percent", false),
    EMAIL("email", true),
    MY_EMAIL("my_email", true),
    CARD("card", true),
    EXPIRY("expiry", true),
    CONDITION("condition", true),
    REF_NUMBER("ref_number", true),
    PHONE("phone", true),
    IBAN("iban", true),
    DATE("date", true),
    HANDLE("handle", true),
    OBFUSCATED_EMAIL("obfuscated_email", true),
    /** The author's own age when writing the record. */
    AGE("age", true),
    /** A teenager's age that is not the author's ("my daughter is 16", "16 years of experience"). */
    TEEN_AGE("teen_age", true),
    /** The author's registered salary, in a format of the language and the author's currency. */
    SALARY("salary", true),
    /** An amount of money that is not the author's salary ("we raised €85k for charity"). */
    MONEY("money", true),
    /** A job posting's salary range ("€45,000 – €55,000"). */
    SALARY_RANGE("salary_range", true);

    private static final Map<String, Slot> BY_NAME =
            Arrays.stream(values()).collect(Collectors.toUnmodifiableMap(s -> s.name, Function.identity()));

    private final String name;
    private final boolean planted;

    Slot(String name, boolean planted) {
        this.name = name;
        this.planted = planted;
    }

    /** The name written between braces. */
    String slotName() {
        return name;
    }

    /** True when the value is (or imitates) personal data, so only planted sentences may use it. */
    boolean planted() {
        return planted;
    }

    static Slot byName(String name) {
        return BY_NAME.get(name);
    }
}
