package dev.corpusaudit.generate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The sentence material of one language, read from {@code /generate/<lang>.yaml}: template lists
 * for each source type and each planter, and word lists (job titles, skills, conditions, number
 * formats). Loading checks the file against the specs of {@link Source} and {@link Planters}, and
 * rejects unknown lists, so that a typo in a file fails at once with its path.
 */
final class LanguagePack {

    /** Word lists (plain strings, not templates) and the minimum size of each. */
    static final Map<String, Integer> WORD_LISTS = orderedMap(
            "job_titles", 15, "skills", 10, "hashtags", 10, "cities", 10, "conditions", 12,
            "email_providers", 4, "company_tlds", 2, "phone_formats", 2, "iban_formats", 1, "date_formats", 2,
            "money_formats.EUR", 3, "money_formats.GBP", 3, "money_formats.CHF", 3);

    private static final Map<Language, LanguagePack> CACHE = new EnumMap<>(Language.class);

    private final Language language;
    private final Map<String, List<Template>> templates;
    private final Map<String, List<String>> words;

    private LanguagePack(Language language, Map<String, List<Template>> templates, Map<String, List<String>> words) {
        this.language = language;
        this.templates = templates;
        this.words = words;
    }

    /** The pack of {@code language}, loaded and checked once per JVM (packs are immutable). */
    static synchronized LanguagePack of(Language language) {
        return CACHE.computeIfAbsent(language, LanguagePack::load);
    }

    /** Every template list a language file must have: the parts of each source, then each planter's lists. */
    static List<TemplateListSpec> requiredTemplateLists() {
        Map<String, TemplateListSpec> specs = new LinkedHashMap<>();
        for (Source source : Source.values()) {
            for (String part : source.parts()) {
                String path = "sources." + source.id() + "." + part;
                specs.put(path, TemplateListSpec.plain(path, 3));
            }
        }
        for (Planter planter : Planters.all()) {
            for (TemplateListSpec spec : planter.templateLists()) {
                specs.merge(spec.path(), spec, (a, b) -> a.min() >= b.min() ? a : b);
            }
        }
        return List.copyOf(specs.values());
    }

    private static LanguagePack load(Language language) {
        String resource = language.resource();
        JsonNode root;
        try (InputStream in = LanguagePack.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            root = new YAMLMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        Map<String, JsonNode> lists = new LinkedHashMap<>();
        collectLists(root, "", lists);

        Map<String, List<String>> words = new LinkedHashMap<>();
        WORD_LISTS.forEach((name, min) -> words.put(name, strings(resource, name, lists.remove(name), min)));

        Map<String, List<Template>> templates = new LinkedHashMap<>();
        for (TemplateListSpec spec : requiredTemplateLists()) {
            List<String> texts = strings(resource, spec.path(), lists.remove(spec.path()), spec.min());
            templates.put(spec.path(), checkedTemplates(resource, spec, texts));
        }
        for (Source source : Source.values()) {
            int total = source.parts().stream().mapToInt(p -> templates.get("sources." + source.id() + "." + p).size()).sum();
            if (total < source.minTemplates()) {
                throw new IllegalStateException(resource + ": sources." + source.id() + " has " + total
                        + " templates, needs at least " + source.minTemplates());
            }
        }
        if (!lists.isEmpty()) {
            throw new IllegalStateException(resource + ": unknown lists " + lists.keySet());
        }
        return new LanguagePack(language, Map.copyOf(templates), Map.copyOf(words));
    }

    private static List<Template> checkedTemplates(String resource, TemplateListSpec spec, List<String> texts) {
        List<Template> parsed = new ArrayList<>(texts.size());
        String where = resource + ": " + spec.path();
        for (String text : texts) {
            Template template = Template.parse(text, where);
            for (Slot slot : template.slots()) {
                if (slot.planted() && !spec.allowedPlanted().contains(slot)) {
                    throw new IllegalStateException(where + ": slot {" + slot.slotName() + "} is not allowed here: " + text);
                }
            }
            if (!spec.requireAnyOf().isEmpty() && spec.requireAnyOf().stream().noneMatch(template.slots()::contains)) {
                throw new IllegalStateException(where + ": template needs one of " + spec.requireAnyOf() + ": " + text);
            }
            parsed.add(template);
        }
        return List.copyOf(parsed);
    }

    private static List<String> strings(String resource, String path, JsonNode node, int min) {
        if (node == null) {
            throw new IllegalStateException(resource + ": missing list " + path);
        }
        List<String> values = new ArrayList<>(node.size());
        for (JsonNode item : node) {
            if (!item.isTextual() || item.asText().isBlank()) {
                throw new IllegalStateException(resource + ": " + path + " must hold non-empty strings, found " + item);
            }
            values.add(item.asText());
        }
        if (values.size() < min) {
            throw new IllegalStateException(resource + ": " + path + " has " + values.size() + " entries, needs at least " + min);
        }
        return List.copyOf(values);
    }

    private static void collectLists(JsonNode node, String path, Map<String, JsonNode> out) {
        if (node.isArray()) {
            out.put(path, node);
            return;
        }
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            collectLists(field.getValue(), path.isEmpty() ? field.getKey() : path + "." + field.getKey(), out);
        }
    }

    private static Map<String, Integer> orderedMap(Object... keysAndValues) {
        Map<String, Integer> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], (Integer) keysAndValues[i + 1]);
        }
        return Collections.unmodifiableMap(map);
    }

    Language language() {
        return language;
    }

    /** The templates at {@code path} (a required list, so never empty). */
    List<Template> templates(String path) {
        List<Template> list = templates.get(path);
        if (list == null) {
            throw new IllegalArgumentException("no template list " + path + " (is it declared in a spec?)");
        }
        return list;
    }

    /** The word list {@code name}, one of {@link #WORD_LISTS}. */
    List<String> words(String name) {
        List<String> list = words.get(name);
        if (list == null) {
            throw new IllegalArgumentException("no word list " + name);
        }
        return list;
    }

    /** Number of templates in the source lists and the planter lists, for reports. */
    int templateCount(String pathPrefix) {
        return templates.entrySet().stream().filter(e -> e.getKey().startsWith(pathPrefix))
                .mapToInt(e -> e.getValue().size()).sum();
    }
}
