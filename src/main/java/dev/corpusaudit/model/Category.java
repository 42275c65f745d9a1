package dev.corpusaudit.model;

import java.util.Arrays;
import java.util.Optional;

/** The stable category ids of DESIGN.md. Reports and rulesets refer to them by {@link #id()}. */
public enum Category {
    SPECIAL_POLITICAL("special.political", "Political opinions (GDPR Art. 9)"),
    SPECIAL_RELIGIOUS("special.religious", "Religious or philosophical beliefs (GDPR Art. 9)"),
    SPECIAL_HEALTH("special.health", "Data concerning health (GDPR Art. 9)"),
    SPECIAL_ETHNIC_ORIGIN("special.ethnic_origin", "Racial or ethnic origin (GDPR Art. 9)"),
    SPECIAL_SEXUAL_ORIENTATION("special.sexual_orientation", "Sex life or sexual orientation (GDPR Art. 9)"),
    SPECIAL_TRADE_UNION("special.trade_union", "Trade-union membership (GDPR Art. 9)"),
    SPECIAL_GENETIC_BIOMETRIC("special.genetic_biometric", "Genetic or biometric data (GDPR Art. 9)"),
    SPECIAL_CRIMINAL("special.criminal", "Criminal convictions and offences (GDPR Art. 10)"),
    EXCLUDED_PRIVATE_MESSAGE("excluded.private_message", "Private message content"),
    EXCLUDED_CREDENTIALS("excluded.credentials", "Log-in credentials, keys, tokens"),
    EXCLUDED_PAYMENT_CARD("excluded.payment_card", "Payment card numbers (Luhn-valid)"),
    EXCLUDED_BANK_ACCOUNT("excluded.bank_account", "IBAN and other account numbers"),
    EXCLUDED_SALARY("excluded.salary", "Member-provided salary data"),
    EXCLUDED_JOB_APPLICATION("excluded.job_application", "Job-application content"),
    EXCLUDED_MINOR("excluded.minor", "Data of a member under the minimum age"),
    EXCLUDED_OPTED_OUT("excluded.opted_out", "Data of a member who opted out"),
    EXCLUDED_REGION("excluded.region", "Data from an excluded region"),
    PII_PERSON("pii.person", "A person's name"),
    PII_EMAIL("pii.email", "E-mail address"),
    PII_PHONE("pii.phone", "Phone number"),
    PII_NATIONAL_ID("pii.national_id", "National identifier"),
    PII_POSTAL_ADDRESS("pii.postal_address", "Postal address"),
    PII_IP_ADDRESS("pii.ip_address", "IP address"),
    PII_DATE_OF_BIRTH("pii.date_of_birth", "Date of birth");

    private final String id;
    private final String description;

    Category(String id, String description) {
        this.id = id;
        this.description = description;
    }

    public String id() {
        return id;
    }

    public String description() {
        return description;
    }

    public static Optional<Category> byId(String id) {
        return Arrays.stream(values()).filter(c -> c.id.equals(id)).findFirst();
    }
}
