package dev.corpusaudit.nlp;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.it.ItalianAnalyzer;
import org.apache.lucene.analysis.nl.DutchAnalyzer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.DateFormatSymbols;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * People's names in a text, from a lexicon of first names and capitalisation: a capitalised word of the lexicon
 * ({@link #LEXICONS}, about 21,800 names of the locales of the six languages and their neighbours) starts a name,
 * and the capitalised words after it (with name particles such as van, von, de, della) are its last names; a title
 * (Dr., Frau, Mme, Sra., dott., mevr., ...) followed by a capitalised word is a name too. This is the named-person
 * cue of the decide stage: cheap, and it explains itself (the name it saw), but it misses names the lexicon does
 * not know (a last name alone, a rare first name) and takes a place or a company named like a person for one.
 * Thread-safe.
 */
public final class PersonNames {
    /**
     * The first-name lexicons, in the jar: datafaker's names, which also fill the name finder's training sentences
     * ({@link NamePool}), and more names the finder was not trained with.
     */
    static final List<String> LEXICONS = List.of("/rulesets/lexicons/first-names.txt",
            "/rulesets/lexicons/first-names-more.txt");
    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}\\p{M}'’-]*\\.?");
    /** Lower-case words inside a name: van der, de la, dos, y. */
    static final Set<String> PARTICLES = Set.of("van", "von", "de", "der", "den", "del", "della", "di", "da",
            "du", "dos", "das", "le", "la", "ten", "ter", "zu", "y", "e");
    /** Titles before a name, in lower case, without their full stop. */
    private static final Set<String> TITLES = Set.of("mr", "mrs", "ms", "dr", "prof", "herr", "frau", "m", "mme",
            "mlle", "monsieur", "madame", "sr", "sra", "srta", "señor", "señora", "don", "doña", "dott", "dott.ssa",
            "sig", "sig.ra", "signor", "signora", "dhr", "mevr", "meneer", "mevrouw", "ing", "avv", "sir", "lady");
    /**
     * Names of the lexicons that are more often words of CVs, forms and job posts ("Date of birth", "Date de
     * naissance", "zurück in den Job", "Junior Developer", "Alta de trabajador"), a greeting or a closing ("Hoi,",
     * "Love, Sinead") or a holiday or a planet than a first name. They stay in the lexicon files, whose first list
     * also fills the name finder's training sentences.
     */
    private static final Set<String> NOT_NAMES_ALONE = Set.of("date", "job", "junior", "easter", "mars", "love", "hoi",
            "alta");
    /**
     * Names of the lexicons that are far more often a country, a state, a continent or a city than someone's first
     * name (on the 11,314 newsgroup posts "Israel" alone was read as a person 754 times, "Houston" 151, "Florida"
     * 151). Names that are as often a person's (Virginia, Georgia, Carolina, Austin, Sofia, Santiago) stay: the
     * institution words after them ({@link #INSTITUTION_WORDS}) and "in" before them tell the place.
     */
    private static final Set<String> PLACES = Set.of("israel", "india", "asia", "africa", "florida", "dakota",
            "nevada", "london", "houston", "denver", "dallas", "phoenix", "brooklyn", "vienna", "alexandria",
            "adelaide", "kingston", "sydney", "siena", "valencia", "roma");
    /**
     * Capitalised words that make the words before them an institution, a place, a paper or an event, not a person:
     * "Virginia Tech", "Israel Museum", "Houston Chronicle", "London Marathon", "Madison Square Garden", "Carolina
     * State University", "Kingston Technology Corp", "Anna Schmidt GmbH". Where the name comes after such a word
     * ("Universidad de Valencia", "Museo Reina Sofía") it is no first name of the candidate anyway. Surnames that are
     * such words too (Park, Lane, Lake, Bay, Post) are left out. Lower case.
     */
    static final Set<String> INSTITUTION_WORDS = Set.of(
            // en
            "university", "college", "institute", "school", "academy", "tech", "state", "museum", "gallery",
            "airport", "station", "street", "road", "avenue", "square", "bridge", "marathon",
            "festival", "times", "chronicle", "herald", "journal", "tribune", "gazette", "hospital", "clinic",
            "centre", "center", "council", "county", "city", "area", "department", "dept", "division", "bank",
            "group", "systems", "technology", "technologies", "corp", "corporation", "inc", "ltd", "llc", "plc",
            "network", "airlines", "airways", "stadium", "arena", "zoo", "hotel", "theatre", "theater", "mall",
            "harbour", "harbor", "valley", "beach", "island", "islands", "coast", "river", "forces",
            "army", "navy", "police", "government", "ministry", "club", "fc", "defense", "defence", "foundation",
            "trust", "society", "association", "company", "holdings", "partners", "consulting", "labs",
            // de, nl, fr, es, it: the heads that follow a name in those languages too
            "universität", "hochschule", "institut", "schule", "flughafen", "bahnhof", "straße", "strasse",
            "platz", "allee", "brücke", "klinik", "klinikum", "krankenhaus", "stadt", "gruppe", "gmbh", "ag", "kg",
            "verlag", "zeitung", "stiftung", "verein", "stadion", "universiteit", "hogeschool", "ziekenhuis",
            "straat", "plein", "stichting", "groep", "bv", "nv", "sa", "sas", "sarl", "sl", "srl", "spa");
    private static final Set<String> COMMON_WORDS = commonWords();
    private static PersonNames shipped;

    private final Set<String> names;

    private PersonNames(Set<String> firstNames) {
        this.names = Set.copyOf(firstNames);
    }

    /**
     * A finder with the shipped lexicon (loaded once per process), less the words that are more often something
     * else: the stop words of the six languages' Lucene analyzers ("Man", "Von", "Den"), the names of months and
     * weekdays in them (the JDK's, "Juli", "Mercredi"), {@link #NOT_NAMES_ALONE} and {@link #PLACES}.
     */
    public static synchronized PersonNames shipped() {
        if (shipped == null) {
            Set<String> names = load();
            names.removeIf(PersonNames::isCommonWord);
            shipped = new PersonNames(names);
        }
        return shipped;
    }

    private static boolean isCommonWord(String name) {
        return COMMON_WORDS.contains(name.toLowerCase(Locale.ROOT));
    }

    private static Set<String> commonWords() {
        Set<String> words = new HashSet<>(NOT_NAMES_ALONE);
        words.addAll(PLACES);
        for (CharArraySet stop : List.of(EnglishAnalyzer.getDefaultStopSet(), GermanAnalyzer.getDefaultStopSet(),
                FrenchAnalyzer.getDefaultStopSet(), DutchAnalyzer.getDefaultStopSet(),
                SpanishAnalyzer.getDefaultStopSet(), ItalianAnalyzer.getDefaultStopSet())) {
            stop.forEach(w -> words.add(new String((char[]) w).toLowerCase(Locale.ROOT)));
        }
        for (String lang : List.of("en", "de", "fr", "nl", "es", "it")) {
            DateFormatSymbols symbols = DateFormatSymbols.getInstance(Locale.forLanguageTag(lang));
            for (String[] names : List.of(symbols.getMonths(), symbols.getWeekdays())) {
                for (String n : names) {
                    if (!n.isEmpty()) {
                        words.add(n.toLowerCase(Locale.ROOT));
                    }
                }
            }
        }
        return words;
    }

    /** The [start, end) character spans of the names in {@code text}, in text order. */
    public List<int[]> find(String text) {
        List<int[]> spans = new ArrayList<>();
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            spans.add(new int[]{m.start(), m.end()});
            boolean glued = m.start() > 0 && Character.isLetterOrDigit(text.charAt(m.start() - 1))
                    || m.end() < text.length() && Character.isDigit(text.charAt(m.end()));
            words.add(glued ? "" : m.group()); // "Sommer2024", "x1Anna": a password or a code, not a name
        }
        List<int[]> found = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            boolean title = isTitle(word, false) && i + 1 < words.size()
                    && adjacent(text, spans, i + 1) && capitalised(words.get(i + 1));
            if (!title && !(capitalised(word) && isFirstName(stripDot(word)))) {
                continue;
            }
            int first = title ? i + 1 : i;
            while (title && first + 1 < words.size() && isTitle(words.get(first), false)
                    && adjacent(text, spans, first + 1) && capitalised(words.get(first + 1))) {
                first++; // "Frau Dr. Schuster", "Prof. Dr. Weber": the name is after the last title
            }
            int last = first;
            while (true) {
                int next = last + 1; // past any particles (van der, de la), a capitalised word goes on the name
                while (next < words.size() && adjacent(text, spans, next) && PARTICLES.contains(words.get(next))) {
                    next++;
                }
                if (next < words.size() && adjacent(text, spans, next) && capitalised(words.get(next))
                        && !abbreviation(words.get(next))) {
                    last = next;
                } else {
                    break;
                }
            }
            int end = spans.get(last)[1];
            boolean institution = false;
            for (int k = first; k <= last + 1 && k < words.size() && !institution; k++) {
                institution = (k <= last || adjacent(text, spans, k)) && isInstitutionWord(words.get(k));
            }
            if (!institution) {
                found.add(new int[]{spans.get(first)[0], text.charAt(end - 1) == '.' ? end - 1 : end});
            }
            i = last;
        }
        return found;
    }

    /**
     * In the lexicon, or a compound of first names (Jean-Pierre, Anna-Lena); not a compound of a name and something
     * else (Max-Planck-Institut, Karl-Marx-Allee).
     */
    boolean isFirstName(String word) {
        if (names.contains(word)) {
            return true;
        }
        String[] parts = word.split("-");
        return parts.length > 1 && java.util.Arrays.stream(parts).allMatch(names::contains);
    }

    /** Whether a capitalised word makes the words before it an institution or a place ({@link #INSTITUTION_WORDS}). */
    static boolean isInstitutionWord(String word) {
        return !word.isEmpty() && Character.isUpperCase(word.codePointAt(0))
                && INSTITUTION_WORDS.contains(stripDot(word).toLowerCase(Locale.ROOT));
    }

    /** A title or a short abbreviation with its full stop ("Dr.", "St."), which ends no name; "Weber." does. */
    private static boolean abbreviation(String word) {
        return word.endsWith(".") && (word.length() <= 4 || isTitle(word, true));
    }

    /**
     * Whether a word is a title before a name ("Dr", "Frau", "Mme."), {@code dotted} when a full stop follows it as a
     * token of its own; a one-letter title ("M.") counts only with its full stop ("5 m Höhe" has none), and a word in
     * capitals is none.
     */
    static boolean isTitle(String word, boolean dotted) {
        String bare = word.endsWith(".") ? word.substring(0, word.length() - 1) : word;
        if (bare.length() > 1 && bare.equals(bare.toUpperCase(Locale.ROOT))) {
            return false; // "ING Group", "DON'T": an acronym or a shout, not a title
        }
        return TITLES.contains(bare.toLowerCase(Locale.ROOT)) && (bare.length() > 1 || dotted || word.endsWith("."));
    }

    private static String stripDot(String word) {
        return word.endsWith(".") ? word.substring(0, word.length() - 1) : word;
    }

    /** Whether word {@code i} and the one before it can be one name: one or two spaces between them. */
    private static boolean adjacent(String text, List<int[]> spans, int i) {
        int[] a = spans.get(i - 1);
        int[] b = spans.get(i);
        if (b[0] - a[1] < 1 || b[0] - a[1] > 2) {
            return false;
        }
        for (int c = a[1]; c < b[0]; c++) {
            if (text.charAt(c) != ' ' && text.charAt(c) != '\u00a0') {
                return false;
            }
        }
        return true;
    }

    /** Upper case first and lower case after (so "Anna", "McKay", not "ANNA" or "a"). */
    private static boolean capitalised(String word) {
        if (word.length() < 2 || !Character.isUpperCase(word.codePointAt(0))) {
            return false;
        }
        return word.codePoints().skip(1).anyMatch(Character::isLowerCase);
    }

    private static Set<String> load() {
        Set<String> out = new HashSet<>();
        for (String lexicon : LEXICONS) {
            try (InputStream in = PersonNames.class.getResourceAsStream(lexicon)) {
                if (in == null) {
                    throw new IllegalStateException("the first-name lexicon " + lexicon + " is not in the jar");
                }
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                for (String line; (line = reader.readLine()) != null; ) {
                    line = line.strip();
                    if (!line.isEmpty() && !line.startsWith("#")) {
                        out.add(line);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out;
    }
}
