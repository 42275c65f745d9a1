package dev.corpusaudit.generate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every language file loads, has every list its sources and planters need, and keeps planted slots in place. */
class LanguagePackTest {

    @ParameterizedTest
    @EnumSource(Language.class)
    void languageFileHasEveryRequiredList(Language language) {
        LanguagePack pack = LanguagePack.of(language);
        for (TemplateListSpec spec : LanguagePack.requiredTemplateLists()) {
            List<Template> templates = pack.templates(spec.path());
            assertTrue(templates.size() >= spec.min(), language + " " + spec.path() + ": " + templates.size());
            assertEquals(templates.size(), templates.stream().map(Template::toString).distinct().count(),
                    language + " " + spec.path() + " has duplicates");
        }
        LanguagePack.WORD_LISTS.forEach((name, min) -> assertTrue(pack.words(name).size() >= min, language + " " + name));
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void commonSourcesHaveAtLeastTwentyFiveTemplatesAndRareOnesTen(Language language) {
        LanguagePack pack = LanguagePack.of(language);
        for (Source source : Source.values()) {
            int total = pack.templateCount("sources." + source.id() + ".");
            assertTrue(total >= source.minTemplates(), language + " " + source.id() + ": " + total);
        }
        for (Source common : List.of(Source.POST, Source.COMMENT, Source.PROFILE, Source.ARTICLE)) {
            assertTrue(pack.templateCount("sources." + common.id() + ".") >= 25, language + " " + common.id());
        }
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void sourceTemplatesUseNoPlantedSlot(Language language) {
        LanguagePack pack = LanguagePack.of(language);
        for (TemplateListSpec spec : LanguagePack.requiredTemplateLists()) {
            if (spec.path().startsWith("sources.")) {
                for (Template template : pack.templates(spec.path())) {
                    assertTrue(template.slots().stream().noneMatch(Slot::planted), language + ": " + template);
                    // "Engineer @ Acme" is fine; anything glued to an @ could read as an address
                    assertFalse(template.toString().matches("(?s).*\\S@\\S.*"), language + ": " + template);
                }
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void diagnosedTemplatesUseTheLanguagesVerb(Language language) {
        for (Template template : LanguagePack.of(language).templates(HealthDisclosurePlanter.SELF_DIAGNOSED)) {
            String text = template.toString().toLowerCase();
            assertTrue(text.contains("diagnos"), language + ": " + template);
        }
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void provenanceListsUseTheirSlots(Language language) {
        LanguagePack pack = LanguagePack.of(language);
        for (Template template : pack.templates(SelfDeclaredAgePlanter.SELF_DECLARED)) {
            assertTrue(template.slots().contains(Slot.AGE), language + ": " + template);
        }
        for (Template template : pack.templates(SalaryPlanter.SELF)) {
            assertEquals(Set.of(Slot.SALARY), template.slots().stream().filter(Slot::planted).collect(java.util.stream.Collectors.toSet()),
                    language + ": " + template);
        }
        for (Template template : pack.templates(PastedApplicationPlanter.OPENING)) {
            assertTrue(template.slots().contains(Slot.JOB_TITLE), language + ": " + template);
        }
        for (String path : List.of(LeakedMessagePlanter.FRAMING, "near_miss.public_quote", "near_miss.applications_received")) {
            for (Template template : pack.templates(path)) {
                assertTrue(template.slots().stream().noneMatch(Slot::planted), language + ": " + template);
            }
        }
        for (Template template : pack.templates(LeakedMessagePlanter.FRAMING)) {
            assertTrue(template.toString().endsWith(":") || template.toString().endsWith("?"), language + ": " + template);
        }
    }

    @Test
    void templatesRejectUnknownSlotsAndUnclosedBraces() {
        assertThrows(IllegalArgumentException.class, () -> Template.parse("Hello {nmae}", "test"));
        assertThrows(IllegalArgumentException.class, () -> Template.parse("Hello {name", "test"));
        assertEquals(Set.of(Slot.NAME, Slot.CITY), Template.parse("{name} lives in {city}.", "test").slots());
    }

    @Test
    void templatesStartingWithASlotAreCapitalized() {
        StringBuilder out = new StringBuilder();
        Template.parse("{job_title} at Acme", "test").fill(out, slot -> "data analyst");
        assertEquals("Data analyst at Acme", out.toString());
    }
}
