package dev.corpusaudit.generate;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A sentence with {@code {slots}}, parsed once at load so that filling it is a few appends.
 */
final class Template {
    private final String source;
    private final String[] literals;
    private final Slot[] slots;

    private Template(String source, String[] literals, Slot[] slots) {
        this.source = source;
        this.literals = literals;
        this.slots = slots;
    }

    /**
     * Parses {@code text}; {@code where} names the list it came from, for the error message.
     *
     * @throws IllegalArgumentException on an unknown slot or an unclosed brace
     */
    static Template parse(String text, String where) {
        List<String> literals = new ArrayList<>();
        List<Slot> slots = new ArrayList<>();
        int pos = 0;
        while (true) {
            int open = text.indexOf('{', pos);
            if (open < 0) {
                literals.add(text.substring(pos));
                break;
            }
            int close = text.indexOf('}', open);
            if (close < 0) {
                throw new IllegalArgumentException(where + ": unclosed '{' in: " + text);
            }
            String name = text.substring(open + 1, close);
            Slot slot = Slot.byName(name);
            if (slot == null) {
                throw new IllegalArgumentException(where + ": unknown slot {" + name + "} in: " + text);
            }
            literals.add(text.substring(pos, open));
            slots.add(slot);
            pos = close + 1;
        }
        return new Template(text, literals.toArray(String[]::new), slots.toArray(Slot[]::new));
    }

    /** The slots this template uses. */
    Set<Slot> slots() {
        Set<Slot> set = EnumSet.noneOf(Slot.class);
        set.addAll(List.of(slots));
        return set;
    }

    /**
     * Appends the template to {@code out}, asking {@code values} for each slot in order. A sentence
     * that starts with a slot gets a capital letter, so word lists can hold lower-case job titles.
     */
    void fill(StringBuilder out, SlotValues values) {
        int start = out.length();
        for (int i = 0; i < slots.length; i++) {
            out.append(literals[i]);
            out.append(values.value(slots[i]));
        }
        out.append(literals[slots.length]);
        if (slots.length > 0 && literals[0].isEmpty() && out.length() > start) {
            out.setCharAt(start, Character.toUpperCase(out.charAt(start)));
        }
    }

    /** The template as written in the language file. */
    @Override
    public String toString() {
        return source;
    }

    /** Supplies slot values while a template is filled. */
    @FunctionalInterface
    interface SlotValues {
        String value(Slot slot);
    }
}
