package dev.corpusaudit.decide;

import dev.corpusaudit.analyze.PatternStage;
import dev.corpusaudit.model.Finding;
import dev.corpusaudit.model.Signal;
import dev.corpusaudit.nlp.ModelRegistry;
import dev.corpusaudit.nlp.SentenceSplitter;
import dev.corpusaudit.rules.PhraseRule;
import dev.corpusaudit.ruleset.RuleSpec;
import dev.corpusaudit.ruleset.Ruleset;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Whose data a finding is: the shipped salary and health rules on texts about the author, a person, or no one. */
class SubjectsTest {
    private static final Ruleset RULESET = Ruleset.loadDefault();
    private static final PatternStage PATTERNS = new PatternStage(RULESET.rules());
    private static final List<PhraseRule> PHRASES = RULESET.rulesOfType(RuleSpec.PHRASE).stream()
            .map(PhraseRule::new).toList();

    private static Decider decider() {
        return new Decider(RULESET.policy(), PHRASES, RULESET.rules(), new SentenceSplitter(ModelRegistry.shared()));
    }

    @ParameterizedTest(name = "{1}: {0}")
    @CsvSource(delimiter = '|', value = {
            "en | My salary is €62,000 and I love it.                          | self    | 0.8",
            "en | Senior PM role, salary range €50k-€60k plus equity.           | general | 0.55",
            "en | Anna Schmidt told me she earns €85,000 now at the bank.      | person  | 0.65",
            "de | Mein Kollege Jonas verdient 65.000 € im Jahr.                 | person  | 0.75",
            "fr | Le poste est payé 42 000 € brut par an.                       | general | 0.55",
            // a greeted name is the reader's: a recruiter's range is the role's pay, not theirs
            "en | Hi Anna, I have a role paying €85,000 base, fully remote.     | general | 0.45",
            "de | Hallo Herr Schmidt, das Gehalt liegt bei 75.000 € im Jahr.     | general | 0.55"})
    void salaryIsTheAuthorsAPersonsOrAnAdvertisedRange(String lang, String text, String subject, double confidence) {
        List<Finding> findings = decider().decide(0, "r", lang, null, text, PATTERNS.find(text, lang)).stream()
                .filter(f -> f.category().equals("excluded.salary")).toList();
        if (subject.equals("general")) {
            // an advertised range is job data the shipped policy lets in: under its excluded.salary threshold (0.6)
            assertEquals(List.of(), findings);
            findings = decider().decideSignals(0, "r", lang, null, text, PATTERNS.find(text, lang)).stream()
                    .filter(f -> f.category().equals("excluded.salary")).toList();
        }
        assertEquals(1, findings.size(), findings.toString());
        assertEquals(subject, findings.get(0).subject());
        assertEquals(confidence, findings.get(0).confidence(), 1e-9);
        if (subject.equals("person")) {
            assertTrue(findings.get(0).explanation().contains("named person"), findings.get(0).explanation());
            assertFalse(findings.get(0).evidence().contains("Schmidt") || findings.get(0).evidence().contains("Jonas"),
                    "the name keeps only its initials in the evidence: " + findings.get(0).evidence());
        }
    }

    @ParameterizedTest(name = "{1}: {0}")
    @CsvSource(delimiter = '|', value = {
            "Last spring I was diagnosed with type 2 diabetes.         | self    | 0.9",
            "Last week Maria told everyone she was diagnosed with asthma. | person | 0.8",
            "Patients diagnosed with asthma need an inhaler plan.      | general | 0.6",
            // a word for someone else after the first-person word: that person's; the nearest cue decides
            "I was shocked when my mother was diagnosed with cancer.   | person  | 0.8",
            "My best friend got diagnosed with MS last spring.         | person  | 0.8",
            "I told my boss that I was diagnosed with asthma.          | self    | 0.9",
            "I have a friend who was just diagnosed with lupus.        | person  | 0.8",
            "A cousin of mine was diagnosed with colon cancer in May.  | person  | 0.8",
            "Someone I know was diagnosed with epilepsy last year.     | person  | 0.8",
            "Children diagnosed with ADHD need a calm classroom.       | general | 0.6"})
    void aDiagnosisIsTheAuthorsAPersonsOrTheTopic(String text, String subject, double confidence) {
        assertSubject("en", text, "diagnosed with", "special.health", "health.diagnosis", 0.6, subject, confidence);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            // Spanish and Italian drop the pronoun: the verb's first-person form is the cue
            "es | Tengo diabetes desde hace dos años.                 | diabetes | self    | 0.75",
            "es | Estoy embarazada de cinco meses y sigo trabajando.  | embarazada | self  | 0.75",
            "es | Fui diagnosticada de depresión el año pasado.       | depresión | self   | 0.75",
            "es | La diabetes afecta a millones de personas.          | diabetes | general | 0.45",
            "it | Ho il diabete da due anni.                          | diabete  | self    | 0.75",
            "it | Avevo la depressione e ne sono uscita.              | depressione | self | 0.75",
            "it | Il diabete colpisce milioni di persone.             | diabete  | general | 0.45",
            // "sono" is "I am" before a singular word, "they are" before a plural one
            "it | Sono diabetico e lavoro in banca da vent'anni.      | diabetico | self   | 0.75",
            "it | Sono molto felice: sono incinta del secondo figlio. | incinta  | self    | 0.75",
            "it | Sono stato operato al cuore due anni fa.            | operato  | self    | 0.75",
            "it | Molti colleghi sono diabetici e lavorano lo stesso. | diabetici | general | 0.45",
            "it | Ci sono una ventina di pazienti con diabete.        | diabete  | general | 0.45",
            "it | I sintomi della menopausa sono un tema di lavoro.   | menopausa | general | 0.45",
            "it | Da due anni sono diabetica e lavoro in banca.       | diabetica | self   | 0.75",
            "it | Soffro di emicrania cronica, ma lavoro a tempo pieno. | emicrania | self | 0.75",
            "es | Padezco migrañas desde la adolescencia.             | migrañas | self    | 0.75",
            "it | Convivo con il diabete da dieci anni.               | diabete  | self    | 0.75",
            // English and French contractions: "I'll", "j'étais" are first-person words too
            "en | I'll start chemotherapy next week.                  | chemotherapy | self | 0.75",
            "fr | J'étais en burn-out l'an dernier.                   | burn-out | self    | 0.75",
            // German and Dutch put the verb second: a subject after a word for a person is no tie to it
            "de | Als Mann mit Diabetes habe ich gelernt, offen zu sein. | Diabetes | self | 0.75",
            "nl | Als man met diabetes heb ik geleerd open te zijn.    | diabetes | self    | 0.75",
            "de | Bei meinem Mann wurde Diabetes festgestellt.        | Diabetes | person  | 0.65",
            "de | Ein Freund von mir hat Diabetes.                    | Diabetes | person  | 0.65",
            "nl | Een vriend van mij heeft diabetes.                  | diabetes | person  | 0.65",
            // in English a subject after it is a relative clause: "someone I know" is someone else
            "en | Someone I know has diabetes.                        | diabetes | person  | 0.65"})
    void firstPersonVerbFormsAndContractionsAreASelfCue(String lang, String text, String term, String subject,
                                                     double confidence) {
        assertSubject(lang, text, term, "special.health", "health.condition_mention", 0.45, subject, confidence);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            // a first-person word of the match itself wins over a word for another person before it
            "es | Mis padres tienen que firmar una autorización porque soy menor de edad. | soy menor de edad | self | 0.8",
            "it | Serve il consenso dei miei genitori visto che sono minorenne?        | sono minorenne | self | 0.8",
            "nl | Mijn ouders moeten tekenen omdat ik minderjarig ben.                  | ik minderjarig ben | self | 0.8",
            // unless a quote mark or a colon before it may make it someone else's words
            "en | My son: \"I'm under 18, so can I still apply?\"                        | I'm under 18 | person | 0.5",
            "en | My parents say that since I'm under 18 I need their signature.         | I'm under 18 | self | 0.8"})
    void aFirstPersonWordOfTheMatchIsTheAuthors(String lang, String text, String term, String subject,
                                                double confidence) {
        assertSubject(lang, text, term, "excluded.minor", "minor.minor_status", 0.5, subject, confidence);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            // a profile describes its member: the pupil's headline is the member's own class, without "I"
            "profile | Year 11 student at Oakridge Academy • Robotics club                | 1",
            // the rule reads profiles only: a post's "Year 11 student" is anyone's, and a record may have no source
            "post    | A Year 11 student asked me today how to write a CV                | 0",
            "-       | Year 11 student at Oakridge Academy • Robotics club                | 0",
            // a teacher's profile names the class it teaches (the rule's unless words)
            "profile | Maths teacher • Year 11 student mentoring at Oakridge Academy    | 0"})
    void thePupilProfileRuleReadsProfilesAndMakesThemTheMembers(String source, String text, int reported) {
        List<Finding> found = decider().decide(0, "r", "en", source, text,
                List.of(phraseHit(text, "Year 11 student", "excluded.minor", "minor.pupil_profile", 0.5)));
        assertEquals(reported, found.size());
        if (reported == 1) {
            assertEquals("self", found.get(0).subject(), found.get(0).explanation());
            assertEquals(0.8, found.get(0).confidence(), 1e-9);
            assertTrue(found.get(0).explanation().contains("in a profile"), found.get(0).explanation());
        }
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            // a stance expression in the sentence makes a political word the author's own opinion
            "en | political.topic | 0.3 | The rent freeze is long overdue, frankly. | rent freeze | self | 0.6",
            "en | political.stance | 0.3 | Scrap the tariffs before they wreck our farms. | tariffs | self | 0.6",
            "de | political.stance | 0.3 | Der Mindestlohn von 15 Euro ist längst überfällig. | Mindestlohn | self | 0.6",
            "es | political.stance | 0.3 | Lo de los alquileres en Madrid es una vergüenza. | alquileres | self | 0.6",
            // only in its own sentence, and only as whole words
            "en | political.stance | 0.3 | The tariffs rose in May. It is a disgrace to wait. | tariffs | general | 0.3",
            "en | political.stance | 0.3 | New tariffs apply from May: see the scrapyard note. | tariffs | general | 0.3",
            "en | political.topic | 0.3 | Our report on the rent freeze is out today. | rent freeze | general | 0.3"})
    void aStanceInTheSentenceIsTheAuthorsOpinion(String lang, String rule, double base, String text, String term,
                                                 String subject, double confidence) {
        assertSubject(lang, text, term, "special.political", rule, base, subject, confidence);
    }

    /** A phrase rule's match of {@code term} in {@code text}, decided: its subject and confidence. */
    private static void assertSubject(String lang, String text, String term, String category, String rule,
                                      double base, String subject, double confidence) {
        Finding f = decider().decideSignals(0, "r", lang, null, text,
                List.of(phraseHit(text, term, category, rule, base))).get(0);
        assertEquals(subject, f.subject(), f.explanation());
        assertEquals(confidence, f.confidence(), 1e-9);
    }

    /** The signal of a phrase rule's match of {@code term} in {@code text}, before its subject is decided. */
    private static Signal phraseHit(String text, String term, String category, String rule, double base) {
        int start = text.indexOf(term);
        return new Signal(category, rule, "1.0.0", "phrase", base, null, start, start + term.length(),
                "phrase matched");
    }
}
