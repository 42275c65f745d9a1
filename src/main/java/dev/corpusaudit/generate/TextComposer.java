package dev.corpusaudit.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Composes the text of one record of a given source from the template lists of its language:
 * a profile is a headline and a summary, a post an opener, some body and maybe a closer and
 * hashtags, an article a title and paragraphs, and so on. Lengths follow what each source looks
 * like on the platform (comments 30-200 characters, articles 400-1500).
 */
final class TextComposer {
    private final SlotFiller slots;
    private final SplittableRandom rng;
    private final List<Template> used = new ArrayList<>(16);

    TextComposer(SlotFiller slots, SplittableRandom rng) {
        this.slots = slots;
        this.rng = rng;
    }

    Draft compose(Source source) {
        used.clear();
        return switch (source) {
            case PROFILE -> profile();
            case POST -> post();
            case COMMENT -> comment();
            case ARTICLE -> article();
            case POLL -> new Draft(" ").add("", sentence("sources.poll.question"));
            case GROUP_POST -> sentences(new Draft(" "), "sources.group_post.text", 1, 3, between(60, 500), 600, true);
            case JOB_POSTING -> jobPosting();
            case JOB_APPLICATION -> jobApplication();
            case MESSAGE -> message();
            case AI_PROMPT -> sentences(new Draft(" "), "sources.ai_prompt.text", 1, 3, between(40, 400), 500, false);
        };
    }

    private Draft profile() {
        Draft draft = new Draft(" ").add("", sentence("sources.profile.headline"));
        draft.endHeader();
        draft.add("\n", sentence("sources.profile.summary"));
        return sentences(draft, "sources.profile.summary", 0, 2, between(80, 400), 400, false);
    }

    private Draft post() {
        Draft draft = new Draft(" ").add("", withEmoji(sentence("sources.post.opener"), 35));
        draft.endHeader();
        sentences(draft, "sources.post.body", 1, 4, between(100, 650), 800, false);
        if (rng.nextInt(100) < 55) {
            draft.add(" ", withEmoji(sentence("sources.post.closer"), 25));
        }
        if (rng.nextInt(100) < 45) {
            draft.beginFooter();
            draft.add("\n\n", hashtags(1 + rng.nextInt(3)));
        }
        return draft;
    }

    private Draft comment() {
        Draft draft = new Draft(" ").add("", withEmoji(sentence("sources.comment.text"), 20));
        // one short sentence is too short for a comment: add a second, but stay under 200 characters
        if (draft.length() < 30 || rng.nextInt(100) < 30) {
            String second = sentence("sources.comment.text");
            if (draft.length() + 1 + second.length() <= 200) {
                draft.add(" ", second);
            }
        }
        return draft;
    }

    /**
     * A title, then body sentences in the order the language file lists them, from a random start in
     * the first half and skipping some: the lists are written as one running argument, so an article
     * reads as one.
     */
    private Draft article() {
        Draft draft = new Draft(" ").add("", sentence("sources.article.title"));
        draft.endHeader();
        List<Template> body = slots.pack().templates("sources.article.body");
        int target = between(400, 1500);
        int next = rng.nextInt((body.size() + 1) / 2);
        int inParagraph = 0;
        String separator = "\n\n";
        for (; draft.length() < target && next < body.size(); next++) {
            if (rng.nextInt(100) < 25) {
                continue;
            }
            String sentence = slots.fill(body.get(next));
            if (draft.length() + sentence.length() + 2 > 1500) {
                break;
            }
            draft.add(separator, sentence);
            // paragraphs of two or three sentences
            inParagraph++;
            boolean paragraphEnds = inParagraph >= 3 || (inParagraph == 2 && rng.nextBoolean());
            separator = paragraphEnds ? "\n\n" : " ";
            inParagraph = paragraphEnds ? 0 : inParagraph;
        }
        return draft;
    }

    private Draft jobPosting() {
        Draft draft = new Draft("\n\n").add("", sentence("sources.job_posting.intro"));
        int bullets = 3 + rng.nextInt(4);
        for (int i = 0; i < bullets; i++) {
            draft.add(i == 0 ? "\n\n" : "\n", "• " + sentence("sources.job_posting.body"));
        }
        // planted lines go between the list and the closing, as their own paragraph
        draft.endHeader();
        draft.beginFooter();
        draft.add("\n\n", sentence("sources.job_posting.closing"));
        return draft;
    }

    private Draft jobApplication() {
        Draft draft = new Draft(" ").add("", sentence("sources.job_application.opening"));
        draft.endHeader();
        // most letters open with the language's "I am applying for ...", the first body template
        List<Template> body = slots.pack().templates("sources.job_application.body");
        Template first = rng.nextInt(100) < 60 ? body.get(0) : slots.pick("sources.job_application.body");
        used.add(first);
        draft.add("\n\n", slots.fill(first));
        sentences(draft, "sources.job_application.body", 1, 3, between(300, 900), 1100, false);
        draft.beginFooter();
        draft.add("\n\n", sentence("sources.job_application.closing"));
        draft.add("\n", slots.value(Slot.MY_NAME));
        return draft;
    }

    private Draft message() {
        Draft draft = new Draft(" ");
        if (rng.nextInt(100) < 70) {
            String greeting = sentence("sources.message.greeting");
            draft.add("", greeting);
            draft.endHeader();
            // "Hi Anna," opens a letter-like message: the text starts on the next line
            if (greeting.endsWith(",") || greeting.endsWith(":")) {
                draft.add("\n", sentence("sources.message.text"));
                return sentences(draft, "sources.message.text", 0, 2, between(40, 400), 450, true);
            }
        }
        return sentences(draft, "sources.message.text", 1, 3, between(40, 400), 450, true);
    }

    /**
     * A private message for {@code messages.jsonl}: a greeting and message sentences, each used once,
     * {@code minWords} to {@code maxWords} words (whitespace-separated) in all.
     */
    String directMessage(int minWords, int maxWords) {
        used.clear();
        String greeting = sentence("sources.message.greeting");
        StringBuilder out = new StringBuilder(greeting);
        int words = words(greeting);
        String separator = greeting.endsWith(",") || greeting.endsWith(":") ? "\n" : " ";
        List<Template> texts = slots.pack().templates("sources.message.text");
        int[] order = new int[texts.size()];
        for (int i = 0; i < order.length; i++) {
            int j = rng.nextInt(i + 1);
            order[i] = order[j];
            order[j] = i;
        }
        int target = between(minWords, Math.max(minWords, maxWords - 10));
        for (int i = 0; i < order.length && words < target; i++) {
            String next = slots.fill(texts.get(order[i]));
            int more = words(next);
            if (words + more > maxWords) {
                continue;
            }
            out.append(separator).append(next);
            separator = " ";
            words += more;
        }
        if (words < minWords) {
            throw new IllegalStateException(slots.pack().language() + ": message sentences too short for a "
                    + minWords + "-word message");
        }
        return out.toString();
    }

    static int words(String text) {
        int count = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean space = Character.isWhitespace(text.charAt(i));
            count += !space && !inWord ? 1 : 0;
            inWord = !space;
        }
        return count;
    }

    /**
     * Adds between {@code min} and {@code max} sentences from {@code path}, stopping early once the
     * text reaches {@code target} characters, and never going past {@code limit}.
     */
    private Draft sentences(Draft draft, String path, int min, int max, int target, int limit, boolean emoji) {
        for (int added = 0; added < max; added++) {
            if (added >= min && draft.length() >= target) {
                break;
            }
            String next = sentence(path);
            if (emoji) {
                next = withEmoji(next, 15);
            }
            if (added >= min && draft.length() + 1 + next.length() > limit) {
                break;
            }
            draft.add(" ", next);
        }
        return draft;
    }

    /** A filled template from {@code path}, avoiding one already used in this text when it can. */
    private String sentence(String path) {
        Template template = slots.pick(path);
        for (int retry = 0; retry < 3 && used.contains(template); retry++) {
            template = slots.pick(path);
        }
        used.add(template);
        return slots.fill(template);
    }

    private String withEmoji(String sentence, int percent) {
        return rng.nextInt(100) < percent ? sentence + " " + slots.emoji() : sentence;
    }

    private String hashtags(int count) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < count; i++) {
            String tag = slots.hashtag();
            if (out.indexOf(tag) < 0) {
                out.append(out.length() == 0 ? "" : " ").append(tag);
            }
        }
        return out.toString();
    }

    private int between(int min, int max) {
        return min + rng.nextInt(max - min + 1);
    }
}
