"""Generate kronika/data/actors/regions.tsv: first-level regions of the countries Kronika's
news is about, named in Ukrainian and Russian, from ISO 3166-2 (pycountry and its
translations).

Why generated: region names (oblasts, krais, republics) are maintained in ISO 3166-2 with
translations from the iso-codes project that pycountry ships; typing a hundred of them by
hand would go stale and carry typos. pycountry is a development dependency only: the TSV is
committed and read at run time. Translations that are missing (the translation is the
romanised source name) or that two regions share (a translation error upstream) are dropped.
English region names in news ("Kharkiv region") follow the city names of cities.yaml.

Russia's regions have few Russian translations upstream, but their ISO names are a
BGN/PCGN romanisation of the Russian ones ("Kurskaya oblast'"), so the Russian spelling is
recovered by reversing it. Where the romanisation is ambiguous ("ts" is ц in Lipetsk and
тс in Irkutsk) every reading is written: a spelling no text uses never matches.

Usage: python scripts/generate_regions.py [OUTPUT]
"""

from __future__ import annotations

import gettext
import sys
from collections import Counter
from pathlib import Path

#: ISO 3166-1 alpha-2 -> subdivision types kept (cities are in cities.yaml instead)
COUNTRIES = {
    "UA": ("Region", "Republic"),
    "RU": ("Administrative region", "Administrative territory", "Republic", "Autonomous district", "Autonomous region"),
    "BY": ("Oblast",),
    "MD": ("Autonomous territorial unit", "Territorial unit"),
    "GE": ("Autonomous republic", "Region"),
    "AM": ("Region",),
    "AZ": ("Autonomous republic",),
    "KZ": ("Region",),
}
LANGS = ("uk", "ru")


def _is_cyrillic(text: str) -> bool:
    return any("\u0400" <= c <= "\u04ff" for c in text)


_BGN = (("shch", "щ"), ("kh", "х"), ("zh", "ж"), ("ch", "ч"), ("sh", "ш"), ("yu", "ю"), ("ya", "я"), ("ye", "е"),
        ("a", "а"), ("b", "б"), ("v", "в"), ("g", "г"), ("d", "д"), ("e", "е"), ("z", "з"), ("i", "и"), ("k", "к"),
        ("l", "л"), ("m", "м"), ("n", "н"), ("o", "о"), ("p", "п"), ("r", "р"), ("s", "с"), ("t", "т"), ("u", "у"),
        ("f", "ф"), ("'", "ь"), ("-", "-"))
_VOWELS = "аеиоуыэюяй"


def cyrillic_readings(romanised: str) -> list[str]:
    """Russian spellings a BGN/PCGN-romanised Russian name may stand for (lower case)."""
    src = romanised.lower()
    readings = [""]
    i = 0
    while i < len(src):
        if src.startswith("ts", i):
            readings = [r + x for r in readings for x in ("ц", "тс")]
            i += 2
            continue
        if src[i] == "y" and not src.startswith(("yu", "ya", "ye"), i):
            # й after a vowel, ы after a consonant
            readings = [r + ("й" if r[-1:] in _VOWELS else "ы") for r in readings]
            i += 1
            continue
        if src[i] == "e" and (i == 0 or src[i - 1] in " -"):
            readings = [r + "э" for r in readings]  # Mariy El: Марий Эл
            i += 1
            continue
        for lat, cyr in _BGN:
            if src.startswith(lat, i):
                readings = [r + cyr for r in readings]
                i += len(lat)
                break
        else:
            readings = [r + src[i] for r in readings]
            i += 1
    return readings


def russian_names(iso_name: str) -> list[str]:
    """``Adygeya, Respublika`` -> ``Республика Адыгея``; ``Kurskaya oblast'`` -> ``Курская область``."""
    parts = [p.strip() for p in iso_name.split(",")]
    words = " ".join(reversed(parts)).split() if len(parts) == 2 else iso_name.split()
    out = [""]
    for w in words:
        options = cyrillic_readings(w)
        if w[:1].isupper():
            options = ["-".join(x[:1].upper() + x[1:] for x in o.split("-")) for o in options]
        out = [f"{o} {x}".strip() for o in out for x in options]
    return out


def rows() -> list[tuple[str, str, str, str]]:
    """(alpha3, subdivision code, lang, name) for each kept region and translation."""
    import pycountry

    tr = {lang: gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=[lang]) for lang in LANGS}
    out: list[tuple[str, str, str, str]] = []
    for iso2, types in COUNTRIES.items():
        alpha3 = pycountry.countries.get(alpha_2=iso2).alpha_3
        for sub in sorted(pycountry.subdivisions.get(country_code=iso2), key=lambda s: s.code):
            if sub.type not in types:
                continue
            for lang in LANGS:
                name = tr[lang].gettext(sub.name)
                if name != sub.name and _is_cyrillic(name):
                    out.append((alpha3, sub.code, lang, name.split(",")[0].strip()))
                elif lang == "ru" and iso2 == "RU":
                    out.extend((alpha3, sub.code, "ru", n) for n in russian_names(sub.name))
    # a translation two regions share is an upstream error (RU-KYA and RU-KDA both "Краснодарський край")
    shared = Counter((lang, name) for _, _, lang, name in out)
    return [r for r in out if shared[(r[2], r[3])] == 1]


def main(argv: list[str]) -> int:
    target = Path(argv[1]) if len(argv) > 1 else Path(__file__).resolve().parents[1] / "kronika/data/actors/regions.tsv"
    data = rows()
    with target.open("w", encoding="utf-8") as f:
        f.write("# Generated by scripts/generate_regions.py from ISO 3166-2 (pycountry); do not edit by hand.\n")
        f.write("# Cities and English region names are in cities.yaml.\n")
        f.write("country\tcode\tlang\tname\n")
        for row in data:
            f.write("\t".join(row) + "\n")
    print(f"{target}: {len(data)} names", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
