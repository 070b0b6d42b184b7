"""A tiny stand-in for the actor resolver, for the coder's own tests only.

The coder's tests must not depend on the size or the decisions of the real actor
dictionary: they check how roles are assigned once mentions are known. Names are
matched as sequences of lemma sets (any candidate lemma of a token), longest first.
"""

from __future__ import annotations

from kronika.model import AnalyzedDocument, Entity, Mention

# (lemma sequence, name, country, sector, kind)
GAZETTEER: list[tuple[str, str, str | None, str | None, str]] = [
    # English
    ("european union", "European Union", "EUR", "GOV", "organisation"),
    ("eu", "European Union", "EUR", "GOV", "organisation"),
    ("europe", "Europe", "EUR", None, "country"),
    ("european country", "European countries", "EUR", "GOV", "demonym_role"),
    ("european representative", "European representatives", "EUR", "GOV", "demonym_role"),
    ("european diplomat", "European diplomats", "EUR", "GOV", "demonym_role"),
    ("belarusian diplomat", "Belarusian diplomat", "BLR", "GOV", "demonym_role"),
    ("senior belarusian diplomat", "Belarusian diplomat", "BLR", "GOV", "demonym_role"),
    ("belarusian authority", "Belarusian authorities", "BLR", "GOV", "demonym_role"),
    ("belarusian leadership", "Belarusian leadership", "BLR", "GOV", "demonym_role"),
    ("belarusian embassy", "Belarusian embassy", "BLR", "GOV", "demonym_role"),
    ("opposition figure", "opposition figures", None, "OPP", "role"),
    ("opposition leader", "opposition leader", None, "OPP", "role"),
    ("belarus", "Belarus", "BLR", "GOV", "country"),
    ("minsk", "Belarus", "BLR", "GOV", "capital"),
    ("moscow", "Russia", "RUS", "GOV", "capital"),
    ("russia", "Russia", "RUS", "GOV", "country"),
    ("ukraine", "Ukraine", "UKR", "GOV", "country"),
    ("kyiv", "Ukraine", "UKR", "GOV", "capital"),
    ("washington", "United States", "USA", "GOV", "capital"),
    ("united states", "United States", "USA", "GOV", "country"),
    ("us", "United States", "USA", "GOV", "country"),
    ("lithuania", "Lithuania", "LTU", "GOV", "country"),
    ("latvia", "Latvia", "LVA", "GOV", "country"),
    ("poland", "Poland", "POL", "GOV", "country"),
    ("warsaw", "Poland", "POL", "GOV", "capital"),
    ("paris", "France", "FRA", "GOV", "capital"),
    ("france", "France", "FRA", "GOV", "country"),
    ("germany", "Germany", "DEU", "GOV", "country"),
    ("berlin", "Germany", "DEU", "GOV", "capital"),
    ("china", "China", "CHN", "GOV", "country"),
    ("beijing", "China", "CHN", "GOV", "capital"),
    ("iran", "Iran", "IRN", "GOV", "country"),
    ("tehran", "Iran", "IRN", "GOV", "capital"),
    ("kremlin", "Russia", "RUS", "GOV", "capital"),
    ("alexander lukashenko", "Alexander Lukashenko", "BLR", "GOV", "person"),
    ("lukashenko", "Alexander Lukashenko", "BLR", "GOV", "person"),
    ("belarusian president alexander lukashenko", "Alexander Lukashenko", "BLR", "GOV", "person"),
    ("donald trump", "Donald Trump", "USA", "GOV", "person"),
    ("trump", "Donald Trump", "USA", "GOV", "person"),
    ("vladimir putin", "Vladimir Putin", "RUS", "GOV", "person"),
    ("putin", "Vladimir Putin", "RUS", "GOV", "person"),
    ("emmanuel macron", "Emmanuel Macron", "FRA", "GOV", "person"),
    ("macron", "Emmanuel Macron", "FRA", "GOV", "person"),
    ("sviatlana tsikhanouskaya", "Sviatlana Tsikhanouskaya", "BLR", "OPP", "person"),
    ("tsikhanouskaya", "Sviatlana Tsikhanouskaya", "BLR", "OPP", "person"),
    ("belavia", "Belavia", "BLR", "BUS", "company"),
    ("reuters", "Reuters", "GBR", "JRN", "organisation"),
    ("polish police", "Polish police", "POL", "COP", "demonym_role"),
    ("nato", "NATO", "IGO", "MIL", "organisation"),
    # Ukrainian
    ("європейський союз", "European Union", "EUR", "GOV", "organisation"),
    ("єс", "European Union", "EUR", "GOV", "organisation"),
    ("євросоюз", "European Union", "EUR", "GOV", "organisation"),
    ("європа", "Europe", "EUR", None, "country"),
    ("європейський країна", "European countries", "EUR", "GOV", "demonym_role"),
    ("європейський представник", "European representatives", "EUR", "GOV", "demonym_role"),
    ("білоруський дипломат", "Belarusian diplomat", "BLR", "GOV", "demonym_role"),
    ("білоруський влада", "Belarusian authorities", "BLR", "GOV", "demonym_role"),
    ("білоруський керівництво", "Belarusian leadership", "BLR", "GOV", "demonym_role"),
    ("посольство білорусь", "Belarusian embassy", "BLR", "GOV", "demonym_role"),
    ("білорусь", "Belarus", "BLR", "GOV", "country"),
    ("мінськ", "Belarus", "BLR", "GOV", "capital"),
    ("москва", "Russia", "RUS", "GOV", "capital"),
    ("росія", "Russia", "RUS", "GOV", "country"),
    ("україна", "Ukraine", "UKR", "GOV", "country"),
    ("київ", "Ukraine", "UKR", "GOV", "capital"),
    ("вашингтон", "United States", "USA", "GOV", "capital"),
    ("сполучений штат", "United States", "USA", "GOV", "country"),
    ("сша", "United States", "USA", "GOV", "country"),
    ("литва", "Lithuania", "LTU", "GOV", "country"),
    ("латвія", "Latvia", "LVA", "GOV", "country"),
    ("польща", "Poland", "POL", "GOV", "country"),
    ("варшава", "Poland", "POL", "GOV", "capital"),
    ("париж", "France", "FRA", "GOV", "capital"),
    ("франція", "France", "FRA", "GOV", "country"),
    ("німеччина", "Germany", "DEU", "GOV", "country"),
    ("іран", "Iran", "IRN", "GOV", "country"),
    ("тегеран", "Iran", "IRN", "GOV", "capital"),
    ("китай", "China", "CHN", "GOV", "country"),
    ("пекін", "China", "CHN", "GOV", "capital"),
    ("кремль", "Russia", "RUS", "GOV", "capital"),
    ("олександр лукашенко", "Alexander Lukashenko", "BLR", "GOV", "person"),
    ("лукашенко", "Alexander Lukashenko", "BLR", "GOV", "person"),
    ("трамп", "Donald Trump", "USA", "GOV", "person"),
    ("дональд трамп", "Donald Trump", "USA", "GOV", "person"),
    ("путін", "Vladimir Putin", "RUS", "GOV", "person"),
    ("макрон", "Emmanuel Macron", "FRA", "GOV", "person"),
    ("тихановська", "Sviatlana Tsikhanouskaya", "BLR", "OPP", "person"),
    ("світлана тихановська", "Sviatlana Tsikhanouskaya", "BLR", "OPP", "person"),
    ("белавіа", "Belavia", "BLR", "BUS", "company"),
    ("reuters", "Reuters", "GBR", "JRN", "organisation"),
    ("опозиціонер", "opposition figures", None, "OPP", "role"),
    ("опозиційний діяч", "opposition figures", None, "OPP", "role"),
    ("польський поліція", "Polish police", "POL", "COP", "demonym_role"),
    # Russian
    ("европейский союз", "European Union", "EUR", "GOV", "organisation"),
    ("ес", "European Union", "EUR", "GOV", "organisation"),
    ("евросоюз", "European Union", "EUR", "GOV", "organisation"),
    ("европа", "Europe", "EUR", None, "country"),
    ("европейский страна", "European countries", "EUR", "GOV", "demonym_role"),
    ("европейский представитель", "European representatives", "EUR", "GOV", "demonym_role"),
    ("белорусский дипломат", "Belarusian diplomat", "BLR", "GOV", "demonym_role"),
    ("белорусский власть", "Belarusian authorities", "BLR", "GOV", "demonym_role"),
    ("белорусский руководство", "Belarusian leadership", "BLR", "GOV", "demonym_role"),
    ("посольство беларусь", "Belarusian embassy", "BLR", "GOV", "demonym_role"),
    ("беларусь", "Belarus", "BLR", "GOV", "country"),
    ("минск", "Belarus", "BLR", "GOV", "capital"),
    ("москва", "Russia", "RUS", "GOV", "capital"),
    ("россия", "Russia", "RUS", "GOV", "country"),
    ("украина", "Ukraine", "UKR", "GOV", "country"),
    ("киев", "Ukraine", "UKR", "GOV", "capital"),
    ("вашингтон", "United States", "USA", "GOV", "capital"),
    ("соединить штат", "United States", "USA", "GOV", "country"),
    ("соединенный штат", "United States", "USA", "GOV", "country"),
    ("сша", "United States", "USA", "GOV", "country"),
    ("литва", "Lithuania", "LTU", "GOV", "country"),
    ("латвия", "Latvia", "LVA", "GOV", "country"),
    ("польша", "Poland", "POL", "GOV", "country"),
    ("варшава", "Poland", "POL", "GOV", "capital"),
    ("париж", "France", "FRA", "GOV", "capital"),
    ("франция", "France", "FRA", "GOV", "country"),
    ("китай", "China", "CHN", "GOV", "country"),
    ("кремль", "Russia", "RUS", "GOV", "capital"),
    ("иран", "Iran", "IRN", "GOV", "country"),
    ("тегеран", "Iran", "IRN", "GOV", "capital"),
    ("германия", "Germany", "DEU", "GOV", "country"),
    ("берлин", "Germany", "DEU", "GOV", "capital"),
    ("александр лукашенко", "Alexander Lukashenko", "BLR", "GOV", "person"),
    ("лукашенко", "Alexander Lukashenko", "BLR", "GOV", "person"),
    ("трамп", "Donald Trump", "USA", "GOV", "person"),
    ("дональд трамп", "Donald Trump", "USA", "GOV", "person"),
    ("путин", "Vladimir Putin", "RUS", "GOV", "person"),
    ("макрон", "Emmanuel Macron", "FRA", "GOV", "person"),
    ("тихановский", "Sviatlana Tsikhanouskaya", "BLR", "OPP", "person"),
    ("тихановская", "Sviatlana Tsikhanouskaya", "BLR", "OPP", "person"),
    ("светлана тихановская", "Sviatlana Tsikhanouskaya", "BLR", "OPP", "person"),
    ("белавиа", "Belavia", "BLR", "BUS", "company"),
    ("оппозиционер", "opposition figures", None, "OPP", "role"),
    ("оппозиционный деятель", "opposition figures", None, "OPP", "role"),
    ("польский полиция", "Polish police", "POL", "COP", "demonym_role"),
    # roles without a country, for the document-country and carry-over rules
    ("prosecutor", "prosecutors", None, "JUD", "role"),
    ("senator", "senators", None, "LEG", "role"),
    ("прокурор", "prosecutors", None, "JUD", "role"),
    ("прокуратура", "prosecutors", None, "JUD", "role"),
    ("российский дипломат", "Russian diplomats", "RUS", "GOV", "demonym_role"),
    ("російський дипломат", "Russian diplomats", "RUS", "GOV", "demonym_role"),
    ("russian diplomat", "Russian diplomats", "RUS", "GOV", "demonym_role"),
    ("литва", "Lithuania", "LTU", "GOV", "country"),
    ("vilnius", "Lithuania", "LTU", "GOV", "capital"),
    ("lithuania", "Lithuania", "LTU", "GOV", "country"),
    ("нато", "NATO", "IGO", "MIL", "organisation"),
    ("ukrainian civilian", "Ukrainian civilians", "UKR", "CVL", "demonym_role"),
]
_PRONOUNS = {"him", "her", "them", "його", "її", "їх", "їм", "его", "ее", "их", "им"}


def _compiled():
    out = []
    for seq, name, country, sector, kind in GAZETTEER:
        out.append((tuple(seq.split()), Entity(seq, name, country, sector), kind))
    out.sort(key=lambda r: -len(r[0]))
    return out


_TABLE = _compiled()


def find_mentions(adoc: AnalyzedDocument) -> list[Mention]:
    """Mentions of the gazetteer's names, longest match first, no overlaps."""
    out: list[Mention] = []
    for s in adoc.sentences:
        toks = s.tokens
        words = [i for i, t in enumerate(toks) if t.kind in ("word", "number")]
        used: set[int] = set()
        for wi, i in enumerate(words):
            if i in used:
                continue
            for seq, ent, kind in _TABLE:
                if wi + len(seq) > len(words):
                    continue
                idx = words[wi : wi + len(seq)]
                if idx[-1] - idx[0] != len(seq) - 1 and not all(toks[k].kind == "quote" for k in range(idx[0], idx[-1]) if k not in idx):
                    continue
                if any(k in used for k in idx):
                    continue
                if all(seq[j] in toks[k].lemmas or seq[j] == toks[k].text.lower() for j, k in enumerate(idx)):
                    a, b = idx[0], idx[-1] + 1
                    text = adoc.document.text[toks[a].start : toks[b - 1].end]
                    e = Entity(text, ent.name, ent.country, ent.sector)
                    out.append(Mention(s.index, toks[a].start, toks[b - 1].end, a, b, text, e, kind, "stub"))
                    used.update(range(a, b))
                    break
    return out
