package dev.corpusaudit.generate;

import java.util.Set;

/**
 * What a template list in a language file must look like: where it is, how many templates it needs
 * at least, which slots each template must use (any one of them) and which planted slots it may use.
 *
 * @param path          dotted path in the language file, e.g. {@code plant.email.prose}
 * @param min           minimum number of templates
 * @param requireAnyOf  each template must use at least one of these slots (empty: no requirement)
 * @param allowedPlanted the {@linkplain Slot#planted() planted} slots the templates may use
 */
record TemplateListSpec(String path, int min, Set<Slot> requireAnyOf, Set<Slot> allowedPlanted) {

    /** A list of ordinary sentences that must not use any planted slot. */
    static TemplateListSpec plain(String path, int min) {
        return new TemplateListSpec(path, min, Set.of(), Set.of());
    }

    /** A list whose every template must use {@code slot}, and may use no other planted slot. */
    static TemplateListSpec using(String path, int min, Slot slot) {
        return new TemplateListSpec(path, min, Set.of(slot), Set.of(slot));
    }
}
