"""Inflected surface forms of Ukrainian and Russian proper names (people, cities, firms).

Why not only lemmas? pymorphy3 misreads many foreign and rare names (``Слюнькіна`` ->
``слюнькіно``, ``Києві`` -> ``кий``), so the dictionary side adds the regular case forms
of each single-word Cyrillic name as extra match keys. Over-generation is harmless:
a key only matches a capitalised token that spells exactly that form.
"""

from __future__ import annotations

# (ending of the nominative, how many letters to cut, endings of the other cases)
_RULES: tuple[tuple[str, int, tuple[str, ...]], ...] = (
    ("ська", 1, ("ої", "ій", "у", "ою")),
    ("цька", 1, ("ої", "ій", "у", "ою")),
    ("ская", 2, ("ой", "ую", "ою")),
    ("цкая", 2, ("ой", "ую", "ою")),
    ("ая", 2, ("ой", "ую", "ою")),
    ("ий", 2, ("ого", "ому", "им", "ім", "ом")),
    ("ій", 1, ("я", "ю", "єм", "ї", "ію")),
    ("ый", 2, ("ого", "ому", "ым", "ом")),
    ("ой", 2, ("ого", "ому", "ым", "ом")),
    ("ей", 1, ("я", "ю", "ем", "е")),
    ("й", 1, ("я", "ю", "єм", "ем", "ї", "і", "е")),
    ("ова", 1, ("ої", "овій", "у", "ою", "ой", "ы", "е")),
    ("ева", 1, ("ої", "ій", "у", "ою", "ой", "ы", "е")),
    ("іна", 1, ("ої", "ій", "у", "ою")),
    ("ина", 1, ("ой", "у", "ою", "ы", "е", "и", "і")),
    ("а", 1, ("и", "і", "ы", "е", "у", "ою", "ой", "ей", "ою")),
    ("я", 1, ("і", "и", "ї", "ю", "єю", "ею", "ей", "е")),
    ("ь", 1, ("я", "ю", "ем", "і", "е", "ом", "ью", "и", "ем")),
    ("ко", 1, ("а", "у", "ові", "ом")),
    ("о", 0, ()),
    ("е", 0, ()),
    ("у", 0, ()),
    ("и", 0, ()),
    ("і", 0, ()),
)
_CONSONANT_ENDINGS = ("а", "у", "ом", "ові", "ові", "і", "е", "ем", "ым", "им", "ом", "еві", "ым")


def inflect(name: str) -> tuple[str, ...]:
    """The nominative and the regular case forms of a one-word Cyrillic name (lower case)."""
    low = name.lower()
    forms = {low}
    for ending, cut, endings in _RULES:
        if low.endswith(ending):
            stem = low[: len(low) - cut] if cut else low
            forms.update(stem + e for e in endings)
            if ending == "ова":  # Колесникова -> Колесниковой
                forms.update(low[:-1] + e for e in ("ой", "ій", "ої"))
            break
    else:
        if low[-1:].isalpha():
            forms.update(low + e for e in _CONSONANT_ENDINGS)
            # fleeting vowel in -ець/-ок is rare in names; the -ів/-ов -> -ова pattern is regular
    # Київ -> Києва: Ukrainian і in the last closed syllable alternates with е/о.
    if len(low) > 3 and low[-2] in "іїо" and low[-1] not in "аеиіоуяюєїйь":
        for alt in {"і": ("е", "о"), "ї": ("є",), "о": ()}[low[-2]]:
            stem = low[:-2] + alt + low[-1]
            forms.update(stem + e for e in ("а", "у", "і", "ом", "ові"))
    if low.endswith("ів") and len(low) > 3:  # Харків -> Харкова
        forms.update(low[:-2] + "ов" + e for e in ("а", "у", "і", "ом"))
    return tuple(sorted(forms))


# Adjective endings: nominative masculine -> every other form (both languages; a form
# of the other language never occurs in text, so over-generation costs nothing).
_ADJ = {
    "ський": ("ська", "ське", "ські", "ського", "ської", "ському", "ській", "ським", "ських", "ськими", "ську", "ською", "ськім"),
    "цький": ("цька", "цьке", "цькі", "цького", "цької", "цькому", "цькій", "цьким", "цьких", "цькими", "цьку", "цькою", "цькім"),
    "ий": ("а", "е", "і", "ого", "ої", "ому", "ій", "им", "их", "ими", "у", "ою", "ім", "ая", "ое", "ие", "ой", "ую", "ых", "ыми", "ым", "ом", "ую"),
    "ій": ("я", "є", "і", "ього", "ьої", "ьому", "ій", "ім", "іх", "іми", "ю", "ьою"),
    "ый": ("ая", "ое", "ые", "ого", "ой", "ому", "ым", "ых", "ыми", "ую", "ом"),
    "ой": ("ая", "ое", "ие", "ые", "ого", "ой", "ому", "им", "ым", "их", "ых", "ими", "ыми", "ую", "ом"),
}


def inflect_adjective(lemma: str) -> tuple[str, ...]:
    """All case, gender and number forms of a Ukrainian or Russian adjective lemma."""
    low = lemma.lower()
    for ending in ("ський", "цький", "ий", "ій", "ый", "ой"):
        if low.endswith(ending):
            stem = low[: -len(ending)]
            return (low, *(stem + e for e in _ADJ[ending]))
    return (low,)
