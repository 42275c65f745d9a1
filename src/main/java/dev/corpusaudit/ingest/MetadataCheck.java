package dev.corpusaudit.ingest;

import dev.corpusaudit.model.IsoDate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A record's metadata against the input schema of DESIGN.md. A value the checks cannot read is no reason to drop
 * the record (its text is scanned all the same), but the checks that need it pass it by: a private message whose
 * {@code source} says {@code dm}, an age at the record's date that needs a {@code created_at} written
 * {@code 03/01/2025}. So the record is kept with a warning that names the field and what was expected. A value is quoted only when it
 * looks like a code: a CSV with shifted columns puts text in the source field, and no warning holds text.
 */
public final class MetadataCheck {
    /** The schema's source types. */
    public static final Set<String> SOURCES = Set.of("profile", "post", "comment", "article", "poll", "group_post",
            "job_posting", "job_application", "message", "ai_prompt", "other");
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
    private static final Set<String> LANGUAGES = Set.of(Locale.getISOLanguages());
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_.+-]{1,32}");

    private MetadataCheck() {
    }

    /** What is wrong with a record's metadata (its values as the record holds them), or an empty list. */
    static List<String> problems(String source, String region, String lang, String createdAt) {
        List<String> out = new ArrayList<>();
        if (source != null && !SOURCES.contains(source)) {
            out.add("field 'source' is " + quoted(source) + ", not a source type of the schema (profile, post,"
                    + " comment, article, poll, group_post, job_posting, job_application, message, ai_prompt, other),"
                    + " so no source check applies (--source-values maps it to one)");
        }
        if (region != null && !COUNTRIES.contains(region)) {
            out.add("field 'region' is " + quoted(region) + ", not an ISO 3166-1 alpha-2 country code, so no region"
                    + " check applies");
        }
        if (lang != null && !isLanguage(lang)) {
            out.add("field 'lang' is " + quoted(lang) + ", not an ISO 639-1 language code, so the language was"
                    + " detected");
        }
        if (createdAt != null && IsoDate.of(createdAt) == null) {
            out.add("field 'created_at' is " + quoted(createdAt) + ", not an ISO-8601 date, so the record counts as"
                    + " undated (no age at its date, no month)");
        }
        return out;
    }

    /** Whether a lower-case value is an ISO 639-1 code: the language of the record, not to be detected. */
    static boolean isLanguage(String lang) {
        return lang != null && LANGUAGES.contains(lang);
    }

    private static String quoted(String value) {
        return CODE.matcher(value).matches() ? "'" + value + "'" : "a value of " + value.length() + " characters";
    }
}
