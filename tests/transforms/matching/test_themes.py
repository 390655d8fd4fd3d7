from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from transforms.matching.themes import ThemeMatcher, label_paragraphs
from transforms.taxonomy import parse_taxonomy

TAX_TOML = """
[taxonomy]
min_score = 1.0
[[themes]]
id = "war"
terms = ["war", "soldier", {term = "world war", weight = 2}, {term = "attack", verb = true}]
exclude = ["war of words"]
[[themes]]
id = "economy"
terms = ["stock market", {term = "market", weight = 0.5}, "sanction", "EU"]
"""
TAX = parse_taxonomy(TAX_TOML)


def labels(*paragraphs: str) -> dict[tuple[int, str], list[tuple[str, str]]]:
    out = {}
    for label in label_paragraphs(TAX, list(paragraphs)):
        out[(label.paragraph, label.theme_id)] = [
            (e.term, paragraphs[label.paragraph][e.start : e.end]) for e in label.evidence
        ]
    return out


def test_whole_words_only_case_insensitive() -> None:
    assert labels("Warsaw and software", "WAR is coming") == {(1, "war"): [("war", "WAR")]}


def test_plurals_possessives_and_opted_in_verb_forms() -> None:
    found = labels("Soldiers' pay, the soldier's kit, Sanctions and attacked villages.")
    assert found[(0, "war")] == [("soldier", "Soldiers"), ("soldier", "soldier"), ("attack", "attacked")]
    assert found[(0, "economy")] == [("sanction", "Sanctions")]


def test_longest_match_wins_and_evidence_offsets_are_exact() -> None:
    found = labels("After the world war, the stock market fell.")
    assert found[(0, "war")] == [("world war", "world war")]
    assert found[(0, "economy")] == [("stock market", "stock market")]


def test_excluded_context_does_not_count() -> None:
    assert labels("A war of words between the two teams.") == {}


def test_below_threshold_gives_no_label() -> None:
    assert labels("The market opened.") == {}
    assert (0, "economy") in labels("The market opened, another market closed.")


def test_acronyms_match_only_in_capitals() -> None:
    assert (0, "economy") in labels("The EU imposed a sanction.")
    assert labels("eu de toilette") == {}


def test_phrases_do_not_span_paragraphs() -> None:
    assert labels("prices at the stock", "market stall") == {}


def test_noun_terms_do_not_count_as_verbs_with_an_object() -> None:
    tax = parse_taxonomy('[[themes]]\nid = "sport"\nterms = [{term = "match", noun = true}, "goal"]')
    found = {(lb.paragraph, e.start) for lb in label_paragraphs(tax, [
        "Profits failed to match the forecast.", "The match ended late.", "It matches their goal.",
    ]) for e in lb.evidence}
    assert found == {(1, 4), (2, 17)}  # "goal" counts, "matches their" does not


def test_a_race_distance_next_to_a_currency_is_money() -> None:
    # "£100m" reads " 100m" in the search text: 32 business and politics articles of bbc-dev got
    # sport from a money figure alone.
    tax = parse_taxonomy('[taxonomy]\nsemantic = false\n[[themes]]\nid = "sport"\nterms = ["100m"]\nweight = 2.0')
    texts = ["BMW announced £100m of investment.", "A $100m deal.", "Profits of 100m euros.",
             "Profits of 100m Euros rose.", "He won the 100m final.", "The 100m, won by Bolt.", "100m"]
    found = {lab.paragraph: [(e.term, e.start) for e in lab.evidence] for lab in label_paragraphs(tax, texts)}
    assert found == {4: [("100m", 11)], 5: [("100m", 4)], 6: [("100m", 0)]}
    # A money term is money after a currency sign too: only distances are kept from it.
    money = parse_taxonomy('[taxonomy]\nsemantic = false\n[[themes]]\nid = "economy"\nterms = ["1bn", "$5bn"]')
    texts = ["A £1bn fund.", "A $5bn rescue.", "US$1bn of debt."]
    assert {lab.paragraph for lab in label_paragraphs(money, texts)} == {0, 1, 2}


def test_an_exclusion_silences_only_its_own_theme() -> None:
    tax = parse_taxonomy(
        '[[themes]]\nid = "war"\nterms = ["battle"]\nexclude = ["relegation battle"]\n'
        '[[themes]]\nid = "sport"\nterms = ["relegation"]'
    )
    found = {(lab.theme_id, lab.score) for lab in label_paragraphs(tax, ["A relegation battle looms."])}
    assert found == {("sport", 1.0)}


def test_an_exclusion_covers_its_plural_as_a_term_does() -> None:
    # "safety net" silenced "net" in "a safety net" but not in "safety nets", whose "nets" is the
    # term's plural: the exclusion is inflected like a term.
    tax = parse_taxonomy('[[themes]]\nid = "tech"\nterms = ["net"]\nexclude = ["safety net"]')
    texts = ["Strengthen social safety nets.", "Strengthen the safety net.", "Fishermen mend their nets."]
    assert [lab.paragraph for lab in label_paragraphs(tax, texts)] == [2]


def test_an_exclusion_of_x_of_y_covers_the_plural_of_x() -> None:
    tax = parse_taxonomy('[[themes]]\nid = "war"\nterms = ["war"]\nexclude = ["war of words"]')
    texts = ["Their wars of words went on.", "A war of words.", "The wars went on."]
    assert [lab.paragraph for lab in label_paragraphs(tax, texts)] == [2]


def test_two_terms_of_a_theme_with_one_form_count_once() -> None:
    tax = parse_taxonomy('[[themes]]\nid = "war"\nterms = ["troop", {term = "troops", weight = 2}]')
    assert [(lab.score, len(lab.evidence)) for lab in label_paragraphs(tax, ["Troops left."])] == [(2.0, 1)]


@given(st.lists(st.text(alphabet="aéİK«»’£ EUwarscf-.\u212a", max_size=25), min_size=1, max_size=6))
# No deadline: each example builds three matchers, and the first, in a process that has built none,
# imports and compiles what they share, past Hypothesis's 200 ms (a FlakyFailure when it ran first).
@settings(deadline=None)
@pytest.mark.slow
def test_labels_of_accented_text_do_not_depend_on_the_search_path(paragraphs: list[str]) -> None:
    # A taxonomy's keys are found by the batch's words, accented or not; where they cannot be, by the
    # automaton in the folded text. Both must give the labels of the same words, and an accented term
    # must change no other theme's labels.
    ascii_only = ThemeMatcher(TAX)
    general = ThemeMatcher(parse_taxonomy(TAX_TOML + '\n[[themes]]\nid = "café"\nterms = ["café"]\n'))
    automaton = ThemeMatcher(parse_taxonomy(TAX_TOML + '\n[[themes]]\nid = "café"\nterms = ["café"]\n'))
    automaton._phrases = None
    assert ascii_only._phrases is not None and general._phrases is not None
    assert general.label(paragraphs) == automaton.label(paragraphs)
    assert ascii_only.label(paragraphs) == [lb for lb in general.label(paragraphs) if lb.theme_id != "café"]


def test_accents_and_curly_quotes_are_word_boundaries_only_where_they_are_not_letters() -> None:
    assert labels("The war’s «soldier»; naïvewar, warré.") == {
        (0, "war"): [("war", "war"), ("soldier", "soldier")]
    }


def test_label_columns_hold_the_same_labels_as_label() -> None:
    texts = ["The EU sanction hit the stock market.", "No theme.", "War, war and a soldier."]
    matcher = ThemeMatcher(TAX)
    columns = matcher.label_columns(texts, [len(t.split()) for t in texts])
    assert columns.labels(TAX) == matcher.label(texts)
    assert columns.paragraph.tolist() == [0, 2]
    assert columns.evidence_offsets.tolist() == [0, 3, 6]


@pytest.mark.parametrize("term, text", [("café", "Two cafe\u0301s closed."), ("cafe\u0301", "Two cafés closed.")])
def test_a_term_matches_its_accent_composed_or_decomposed(term: str, text: str) -> None:
    tax = parse_taxonomy(f'[[themes]]\nid = "food"\nterms = ["{term}"]\nexclude = ["no café"]')
    (label,) = label_paragraphs(tax, [text, "No cafe\u0301 here."])
    (evidence,) = label.evidence
    assert (label.paragraph, text[evidence.start : evidence.end]) == (0, text[4:10].rstrip(" "))


# Two exclusions that share forms ("conflicts of interest" is a form of both): which one a key of the
# automaton named first depended on the order of a set of strings, so on the process's hash seed.
_NUMBERING = """
from transforms.matching.themes import ThemeMatcher
from transforms.taxonomy import parse_taxonomy
print(ThemeMatcher(parse_taxonomy('''[[themes]]
id = "politics"
terms = ["interest", "party"]
exclude = ["conflict of interest", "conflicts of interest", "third party", "third parties"]
''')).terms)
"""


def test_terms_are_numbered_alike_in_every_process() -> None:
    # The evidence of a label indexes `terms`: each worker process numbered them its own way.
    import os
    import subprocess
    import sys

    seen = {
        subprocess.run([sys.executable, "-c", _NUMBERING], capture_output=True, text=True, check=True,
                       env={**os.environ, "PYTHONHASHSEED": str(seed)}).stdout
        for seed in range(1, 7)
    }
    assert len(seen) == 1, seen


def test_an_exclusion_of_a_nouns_phrase_is_that_noun_too() -> None:
    # "teachers strike" silenced education's "teacher" in "Teachers strike a balance", where the phrase is the verb.
    tax = parse_taxonomy('[[themes]]\nid = "labour"\nterms = [{term = "teachers strike", noun = true}]\n'
                         '[[themes]]\nid = "education"\nterms = ["teacher"]\nexclude = ["teachers strike"]\n'
                         '[taxonomy]\nsemantic = false\nmin_score = 1.0')
    found = {(lb.paragraph, lb.theme_id, e.term) for lb in label_paragraphs(tax, [
        "Teachers strike a balance.", "Teachers strike closes schools.", "The teachers strike that closed schools.",
        "Teachers strike this week.",
    ]) for e in lb.evidence}
    assert found == {(0, "education", "teacher"), (1, "labour", "teachers strike"),
                     (2, "labour", "teachers strike"), (3, "labour", "teachers strike")}


def test_a_noun_term_before_a_time_is_the_noun() -> None:
    # "Teachers strike the week before exams" read "strike the" as the verb: labour's term and education's exclusion
    # were both lifted, so the headline was education's "teachers"; a time after the determiner is when the strike is.
    tax = parse_taxonomy('[[themes]]\nid = "labour"\nterms = [{term = "teachers strike", noun = true}]\n'
                         '[[themes]]\nid = "education"\nterms = ["teacher"]\nexclude = ["teachers strike"]\n'
                         '[taxonomy]\nsemantic = false\nmin_score = 1.0')
    found = {(lb.paragraph, lb.theme_id, e.term) for lb in label_paragraphs(tax, [
        "Teachers strike the week before exams.", "Nurses and teachers strike a day after the budget.",
        "Teachers strike the right note.", "Teachers strike a weekly deal.",
    ]) for e in lb.evidence}
    assert found == {(0, "labour", "teachers strike"), (1, "labour", "teachers strike"),
                     (2, "education", "teacher"), (3, "education", "teacher")}
