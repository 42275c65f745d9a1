package dev.corpusaudit.generate;

import java.util.List;
import java.util.SplittableRandom;

/**
 * The source types of DESIGN.md, with their share of records and the parts their text is composed
 * from. Each part is a template list under {@code sources.<id>.<part>} in the language files.
 */
enum Source {
    PROFILE("profile", 8, 25, List.of("headline", "summary")),
    POST("post", 28, 25, List.of("opener", "body", "closer")),
    COMMENT("comment", 27, 25, List.of("text")),
    ARTICLE("article", 5, 25, List.of("title", "body")),
    POLL("poll", 3, 10, List.of("question")),
    GROUP_POST("group_post", 7, 10, List.of("text")),
    JOB_POSTING("job_posting", 6, 10, List.of("intro", "body", "closing")),
    JOB_APPLICATION("job_application", 3, 10, List.of("opening", "body", "closing")),
    MESSAGE("message", 8, 10, List.of("greeting", "text")),
    AI_PROMPT("ai_prompt", 5, 10, List.of("text"));

    private static final WeightedPick<Source> BY_SHARE = WeightedPick.of(values(), s -> s.share);

    private final String id;
    private final int share;
    private final int minTemplates;
    private final List<String> parts;

    Source(String id, int share, int minTemplates, List<String> parts) {
        this.id = id;
        this.share = share;
        this.minTemplates = minTemplates;
        this.parts = parts;
    }

    /** The value of the record's {@code source} field. */
    String id() {
        return id;
    }

    /** The template lists this source's text is made of. */
    List<String> parts() {
        return parts;
    }

    /** How many templates (all parts together) a language file must have, so texts do not repeat. */
    int minTemplates() {
        return minTemplates;
    }

    static Source pick(SplittableRandom rng) {
        return BY_SHARE.pick(rng);
    }
}
