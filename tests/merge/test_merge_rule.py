"""The merge rule: what must merge and what must not (in memory)."""

from __future__ import annotations

from kronika.merge.events import merge_events

from .factories import (
    BELARUSKALI, BELAVIA, BLR_GOV, BLR_LEADERSHIP, EU, LTU, LVA, RUS, USA, ent, event,
)

LANGS = ("en", "uk", "ru")
SEPT = ("2025-09-01", "2025-09-30", "month")


def _easing(lang: str, date=SEPT, doc_id: str | None = None, **kw):
    return event("RETREAT", [USA[lang]], [BELAVIA[lang]], date=date, doc_id=doc_id or f"doc-{lang}",
                 language=lang, sanction_action="ease", **kw)


def test_same_event_in_three_languages_merges_into_one():
    merged = merge_events([_easing(lang) for lang in LANGS])
    assert len(merged) == 1
    m = merged[0]
    assert m.languages == 3 and m.documents == 3
    assert {x.language for x in m.mentions} == set(LANGS)


def test_second_mention_in_article_without_date_merges_with_dated_one():
    dated = _easing("en", sentence=3)
    undated = event("RETREAT", [USA["en"]], [BELAVIA["en"]], doc_id="doc-en", sanction_action="ease", sentence=9)
    merged = merge_events([undated, dated])
    assert len(merged) == 1
    assert len(merged[0].mentions) == 2
    # the merged event keeps the date the text gives, not the publication date
    assert merged[0].event.date.precision == "month"
    assert merged[0].event.date.start == "2025-09-01"


def test_cross_language_unknown_names_fall_back_to_country_and_sector():
    # Belavia is unknown to the dictionary: names differ by script but country/sector agree
    merged = merge_events([_easing("en"), _easing("ru")])
    assert len(merged) == 1


def test_same_language_different_companies_do_not_merge():
    a = event("RETREAT", [USA["en"]], [BELAVIA["en"]], date=SEPT, doc_id="a", sanction_action="ease")
    b = event("RETREAT", [USA["en"]], [BELARUSKALI["en"]], date=SEPT, doc_id="b", sanction_action="ease")
    assert len(merge_events([a, b])) == 2


def test_releases_months_apart_stay_apart():
    june = event("RETREAT", [BLR_GOV["en"]], [ent("prisoners", "political prisoners", "BLR", "OPP")],
                 mode="release", date=("2025-06-01", "2025-06-30", "month"), doc_id="a", published="2025-07-01")
    sept = event("RETREAT", [BLR_GOV["uk"]], [ent("в'язнів", "political prisoners", "BLR", "OPP")],
                 mode="release", date=("2025-09-11", "2025-09-11", "day"), doc_id="b", language="uk",
                 published="2025-09-12")
    # undated reports published months apart are different releases too
    w1 = event("RETREAT", [BLR_GOV["en"]], [], mode="release", doc_id="c", published="2025-03-01")
    w2 = event("RETREAT", [BLR_GOV["en"]], [], mode="release", doc_id="d", published="2025-08-01")
    assert len(merge_events([june, sept])) == 2
    assert len(merge_events([w1, w2])) == 2


def test_undated_reports_days_apart_merge():
    w1 = event("RETREAT", [BLR_GOV["en"]], [], mode="release", doc_id="c", published="2025-09-11")
    w2 = event("RETREAT", [BLR_GOV["ru"]], [], mode="release", doc_id="d", published="2025-09-13", language="ru")
    assert len(merge_events([w1, w2])) == 1


def test_sanction_and_its_lifting_do_not_merge():
    imposed = event("SANCTION", [USA["en"]], [BELAVIA["en"]], date=SEPT, sanction_action="impose", doc_id="a")
    lifted = event("RETREAT", [USA["en"]], [BELAVIA["en"]], date=SEPT, sanction_action="lift", doc_id="b")
    assert len(merge_events([imposed, lifted])) == 2


def test_imposition_and_strengthening_in_other_years_do_not_merge():
    imposed = event("SANCTION", [EU["en"]], [BLR_LEADERSHIP["en"]], mode="discontinue", sanction_action="impose",
                    date=("2020-01-01", "2020-12-31", "year"))
    strengthened = event("SANCTION", [EU["en"]], [BLR_LEADERSHIP["en"]], mode="discontinue",
                         sanction_action="strengthen", date=("2022-01-01", "2022-12-31", "year"))
    imposed_again = event("SANCTION", [EU["en"]], [BLR_LEADERSHIP["en"]], mode="discontinue",
                          sanction_action="impose", date=("2022-03-01", "2022-03-31", "month"), doc_id="x")
    assert len(merge_events([imposed, strengthened, imposed_again])) == 3


def test_year_date_contains_month_date_but_not_the_next_month():
    y = event("SANCTION", [EU["en"]], [BLR_GOV["en"]], sanction_action="impose", date=("2022-01-01", "2022-12-31", "year"), doc_id="a")
    m = event("SANCTION", [EU["uk"]], [BLR_GOV["uk"]], sanction_action="impose", date=("2022-03-01", "2022-03-31", "month"), doc_id="b", language="uk")
    other = event("SANCTION", [EU["ru"]], [BLR_GOV["ru"]], sanction_action="impose", date=("2022-06-01", "2022-06-30", "month"), doc_id="c", language="ru")
    merged = merge_events([y, m, other])
    assert sorted(len(x.mentions) for x in merged) == [1, 2]


def test_asserted_never_merges_with_negated_or_desired():
    done = event("RETREAT", [LTU["en"], LVA["en"]], [BLR_GOV["en"]], date=SEPT, sanction_action="lift", doc_id="a")
    refused = event("RETREAT", [LTU["en"], LVA["en"]], [BLR_GOV["en"]], date=SEPT, sanction_action="lift",
                    factuality="negated", doc_id="b")
    hoped = event("RETREAT", [LTU["en"], LVA["en"]], [BLR_GOV["en"]], date=SEPT, sanction_action="lift",
                  factuality="desired", doc_id="c")
    assert len(merge_events([done, refused, hoped])) == 3


def test_reciprocal_meeting_either_way_round_merges():
    a = event("CONSULT", [BLR_GOV["en"]], [USA["en"]], mode="phone", reciprocal=True, date=SEPT, doc_id="a")
    b = event("CONSULT", [USA["ru"]], [BLR_GOV["ru"]], mode="phone", reciprocal=True, date=SEPT, doc_id="b", language="ru")
    assert len(merge_events([a, b])) == 1


def test_directed_events_the_other_way_round_do_not_merge():
    a = event("ACCUSE", [BLR_GOV["en"]], [USA["en"]], mode="disapprove", date=SEPT, doc_id="a")
    b = event("ACCUSE", [USA["en"]], [BLR_GOV["en"]], mode="disapprove", date=SEPT, doc_id="b")
    assert len(merge_events([a, b])) == 2


def test_different_sizes_do_not_merge_overlapping_do():
    def rel(doc_id, lo, hi, lang="en"):
        return event("RETREAT", [BLR_GOV[lang]], [], mode="release", date=SEPT, doc_id=doc_id, language=lang,
                     size={"released": {"min": lo, "max": hi, "text": "x"}})
    assert len(merge_events([rel("a", 14, 14), rel("b", 52, 52)])) == 2
    assert len(merge_events([rel("a", 51, None), rel("b", 52, 52, "uk")])) == 1


def test_different_recipient_countries_do_not_merge():
    a = event("COOPERATE", [BLR_GOV["en"]], [RUS["en"]], date=SEPT, doc_id="a", reciprocal=True)
    b = event("COOPERATE", [BLR_GOV["en"]], [USA["en"]], date=SEPT, doc_id="b", reciprocal=True)
    assert len(merge_events([a, b])) == 2


def test_cross_language_fallback_needs_known_countries_and_equal_sectors():
    a = event("AGREE", [ent("Foo", "Foo", None, None)], [], date=SEPT, doc_id="a")
    b = event("AGREE", [ent("Фу", "Фу", None, None)], [], date=SEPT, doc_id="b", language="ru")
    assert len(merge_events([a, b])) == 2
    c = event("AGREE", [ent("Acme", "Acme", "BLR", "BUS")], [], date=SEPT, doc_id="c")
    d = event("AGREE", [ent("Акме", "Акме", "BLR", "GOV")], [], date=SEPT, doc_id="d", language="ru")
    assert len(merge_events([c, d])) == 2


def test_first_report_is_the_earliest_published():
    late = _easing("en", doc_id="late", published="2025-10-17")
    early = _easing("uk", doc_id="early", published="2025-09-20")
    [m] = merge_events([late, early])
    assert m.event.document.id == "early"
    assert m.id == early.id
    assert [x.document for x in m.mentions] == ["early", "late"]
    rec = m.to_record()
    assert rec["documents"] == 2 and rec["languages"] == 2
    assert rec["mentions"][0] == {"document": "early", "sentence": early.evidence.sentence_index, "language": "uk",
                                  "attribution": None, "id": early.id, "published": "2025-09-20"}


def test_identified_entities_with_other_ids_never_merge_across_languages():
    a = event("CONSULT", [ent("Minsk", "Belarus", "BLR", "GOV", "Q184")], [USA["en"]], mode="visit", date=SEPT, doc_id="a")
    b = event("CONSULT", [ent("Лукашенко", "Alexander Lukashenko", "BLR", "GOV", "Q14")], [USA["ru"]], mode="visit",
              date=SEPT, doc_id="b", language="ru")
    assert len(merge_events([a, b])) == 2


def test_undated_lifting_in_the_article_of_a_dated_easing_is_the_same_event():
    eased = event("RETREAT", [USA["en"]], [BELAVIA["en"]], sanction_action="ease", date=SEPT, doc_id="a", sentence=3)
    lifted = event("RETREAT", [USA["en"]], [BELAVIA["en"]], sanction_action="lift", doc_id="a", sentence=11)
    [m] = merge_events([lifted, eased])
    assert m.event.sanction_action == "ease" and len(m.mentions) == 2


def test_easing_and_a_later_or_separately_reported_lifting_stay_apart():
    eased = event("RETREAT", [USA["en"]], [BELAVIA["en"]], sanction_action="ease", date=SEPT, doc_id="a")
    lifted_dated = event("RETREAT", [USA["en"]], [BELAVIA["en"]], sanction_action="lift", doc_id="a",
                         date=("2025-10-10", "2025-10-10", "day"))
    lifted_elsewhere = event("RETREAT", [USA["uk"]], [BELAVIA["uk"]], sanction_action="lift", doc_id="b",
                             language="uk", date=SEPT)
    assert len(merge_events([eased, lifted_dated])) == 2
    assert len(merge_events([eased, lifted_elsewhere])) == 2
