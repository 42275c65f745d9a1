package dev.corpusaudit.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A text being composed: parts, each with the separator written before it. A header (a headline,
 * a greeting) and a footer (a sign-off) can be fixed, so that planted sentences land in the body.
 */
final class Draft {
    private static final String PARAGRAPH_BREAK = "\n\n";
    private final List<String> parts = new ArrayList<>(12);
    private final List<String> separators = new ArrayList<>(12);
    private final String bodySeparator;
    private int headerEnd;
    private int footerStart = Integer.MAX_VALUE;

    /** @param bodySeparator what goes before a sentence inserted into the body */
    Draft(String bodySeparator) {
        this.bodySeparator = bodySeparator;
    }

    /** Appends a part; {@code separator} goes before it unless it is the first. */
    Draft add(String separator, String part) {
        separators.add(parts.isEmpty() ? "" : separator);
        parts.add(part);
        return this;
    }

    /** Marks the parts added so far as the header: nothing is inserted before them. */
    void endHeader() {
        headerEnd = parts.size();
    }

    /** Marks the parts added from now on as the footer: insertions go before them. */
    void beginFooter() {
        footerStart = parts.size();
    }

    int length() {
        int length = 0;
        for (int i = 0; i < parts.size(); i++) {
            length += separators.get(i).length() + parts.get(i).length();
        }
        return length;
    }

    /** Places a planted sentence where its placement says. */
    void place(Plant plant, SplittableRandom rng) {
        switch (plant.placement()) {
            case START -> insert(0, plant.text());
            case END -> add("\n\n", plant.text());
            case INSIDE -> insert(bodyPosition(rng), plant.text());
            case PARAGRAPH -> {
                int index = bodyPosition(rng);
                insert(index, plant.text());
                if (index > 0) {
                    separators.set(index, PARAGRAPH_BREAK);
                }
                if (index + 1 < parts.size()) {
                    separators.set(index + 1, PARAGRAPH_BREAK);
                }
            }
            case REPLACE -> {
                parts.clear();
                separators.clear();
                headerEnd = 0;
                footerStart = Integer.MAX_VALUE;
                add("", plant.text());
            }
        }
    }

    /** A random place in the body: after the header, before the footer. */
    private int bodyPosition(SplittableRandom rng) {
        int last = Math.min(footerStart, parts.size());
        int first = Math.min(headerEnd, last);
        return first + rng.nextInt(last - first + 1);
    }

    private void insert(int index, String text) {
        if (index == parts.size()) {
            add(bodySeparator, text);
            return;
        }
        String separator = bodySeparator;
        if (index == 0 || index == headerEnd) {
            // first in the text or in the body: take over the separator of that place ("" or "Dear Anna,\n\n")
            separator = separators.get(index);
            separators.set(index, bodySeparator);
        }
        parts.add(index, text);
        separators.add(index, separator);
        if (index < headerEnd) {
            headerEnd++;
        }
        if (index <= footerStart && footerStart != Integer.MAX_VALUE) {
            footerStart++;
        }
    }

    String render() {
        StringBuilder out = new StringBuilder(length());
        for (int i = 0; i < parts.size(); i++) {
            out.append(separators.get(i)).append(parts.get(i));
        }
        return out.toString();
    }
}
