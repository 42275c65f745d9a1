#!/usr/bin/env python3
"""Writes rulesets/lexicons/first-names-more.txt: first names of gender-detection-from-name (npm, MIT) that
rulesets/lexicons/first-names.txt (datafaker's) lacks.

The person-name cue reads both files; the name finder's training sentences take their names from first-names.txt
only (so its model does not change when this list does). datafaker's lists lack common names of older people
(Wolfgang, Heinrich, Günter, Manfred, Annegret) and of public figures (Barack, Vladimir, Giorgia).
gender-detection-from-name has first-name lists for de, it, es (2,000-10,000 names, curated) and en, fr (30,000+
each, with places and words among them).
A name is added when:
  - it is in the de, it or es list, or in both the en and fr lists (a name in one big list only is as often a place:
    "Berlin", "Chicago", "England");
  - it has three letters or more, all letters, hyphens or apostrophes;
  - it is not in first-names.txt, nor one of the names its header lists as removed (Amber, August, Will ...);
  - no part of it is a lower-case word of the Debian word lists of the six languages (wngerman, wfrench, wspanish,
    witalian, wdutch, wamerican): "Horst" (a horst in geology), "Fortuna";
  - it is not a country's name in English or one of the six languages (the JDK's locale data: "Italia", "Amerika").
The header of first-names-more.txt (its comment lines) is kept; the names under it are written anew.

Usage: npm pack gender-detection-from-name@1.11.5 && tar xzf gender-detection-from-name-1.11.5.tgz
       apt-get install wngerman wfrench wspanish witalian wdutch wamerican
       python3 tools/first-names.py package/names
"""
import pathlib
import subprocess
import sys
import tempfile

LEXICON = pathlib.Path("rulesets/lexicons/first-names.txt")
MORE = pathlib.Path("rulesets/lexicons/first-names-more.txt")
DICTIONARIES = ["ngerman", "french", "spanish", "italian", "dutch", "american-english"]
COUNTRIES_JAVA = """
public class Countries {
    public static void main(String[] args) {
        for (String code : java.util.Locale.getISOCountries())
            for (String lang : new String[]{"en", "de", "fr", "nl", "es", "it"})
                System.out.println(new java.util.Locale("", code).getDisplayCountry(java.util.Locale.forLanguageTag(lang)));
    }
}
"""


def names_of(js_file):
    """The keys of a names/<lang>.js file: lines of the form ['name', 'gender'],"""
    out = set()
    for line in js_file.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line.startswith("['"):
            out.add(line[2:line.index("'", 2)])
    return out


def countries():
    with tempfile.TemporaryDirectory() as d:
        source = pathlib.Path(d, "Countries.java")
        source.write_text(COUNTRIES_JAVA, encoding="utf-8")
        return set(subprocess.run(["java", str(source)], check=True, capture_output=True, text=True).stdout.split("\n"))


def main(names_dir):
    lists = {lang: names_of(pathlib.Path(names_dir, lang + ".js")) for lang in ["de", "it", "es", "en", "fr"]}
    words = set()
    for name in DICTIONARIES:
        for w in pathlib.Path("/usr/share/dict", name).read_text(encoding="utf-8", errors="ignore").split("\n"):
            if w[:1].islower():
                words.add(w.lower())
    lines = LEXICON.read_text(encoding="utf-8").split("\n")
    header = [l for l in lines if l.startswith("#")]
    current = {l for l in lines if l and not l.startswith("#")}
    removed_from = next(i for i, l in enumerate(header) if l.rstrip().endswith("someone's first name:")) + 1
    removed = {w for l in header[removed_from:] for w in l[1:].split()}
    not_names = countries()
    added = set()
    for n in set().union(*lists.values()):
        if not (any(n in lists[l] for l in ["de", "it", "es"]) or n in lists["en"] and n in lists["fr"]):
            continue
        if len(n) < 3 or not all(c.isalpha() or c in "-'" for c in n):
            continue
        name = "-".join(p[:1].upper() + p[1:] for p in n.split("-"))
        if name in current or name in removed or name in not_names or any(p.lower() in words for p in n.split("-")):
            continue
        added.add(name)
    more_header = [l for l in MORE.read_text(encoding="utf-8").split("\n") if l.startswith("#")] if MORE.exists() else []
    body = sorted(added, key=lambda s: s.encode("utf-8"))
    MORE.write_text("\n".join(more_header + body) + "\n", encoding="utf-8")
    print(f"{len(current)} names in {LEXICON}, {len(added)} in {MORE}", file=sys.stderr)


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    main(sys.argv[1])
