"""The vectorised labeller gives the labels of a plain per-paragraph matcher written from the README.

The reference below reads one paragraph at a time, with str.find and sets, the rules of the
docs/labels.md's "How a paragraph gets a theme": whole words or phrases, case-insensitive, plurals and
possessives (`verb` adds -ed/-ing), acronyms only in capitals; where hits overlap the longest wins;
a theme's `exclude` phrases silence its own terms inside them; a `noun` term followed by a
determiner is no hit, nor an `exclude` phrase that is such a noun's; a theme counts a word once, with its largest
weight; the score is the sum of the evidence weights (in text order, rounded to 4 digits), the density the score per
word over at least 10 words, and both must reach the taxonomy's thresholds.

It shares two word lists with the code, which are data rather than matching: the inflected forms of
a term (`inflections`, tested on its own in matching/test_term_forms.py) and the determiners after which a noun
term is a verb. Only evidence of kind "term" is compared when evidence carries a kind, and the
taxonomies have no semantic features, so the test does not depend on any other evidence layer.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from transforms.matching.term_forms import DETERMINERS, TIME_AFTER, exclusion_forms, inflections
from transforms.matching.themes import ThemeMatcher, label_paragraphs
from transforms.taxonomy import Taxonomy, parse_taxonomy

NON_WORD = re.compile(r"[^\w ]|_")


def words_only(text: str, lower: bool = True) -> str:
    """Return text with every non-word character a space, lower-cased unless told not to; same length."""
    if lower:
        text = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    return NON_WORD.sub(" ", text)


def is_acronym(term: str) -> bool:
    letters = [c for c in term if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def spans(haystack: str, phrase: str) -> list[tuple[int, int]]:
    """Return the [start, end) spans where phrase occurs in haystack as whole words."""
    padded, needle, found = f" {haystack} ", f" {phrase} ", []
    at = padded.find(needle)
    while at >= 0:
        found.append((at, at + len(phrase)))  # padded[at] is the space before: haystack offset `at`
        at = padded.find(needle, at + 1)
    return found


@dataclass(frozen=True)
class Hit:
    theme: int
    term: str
    start: int
    end: int
    weight: float


def reference_labels(taxonomy: Taxonomy, paragraph: str) -> list[tuple]:
    """Return (theme_id, score, evidence) of one paragraph, best first, by the README's rules."""
    lower, cased = words_only(paragraph), words_only(paragraph, lower=False)
    best: dict[tuple[int, int, int], Hit] = {}  # (theme, start, end) -> the heaviest term found there
    excluded: dict[int, list[tuple[int, int]]] = {}

    def verb_starts(base: str) -> set[int]:  # "match the forecast": a noun's phrase read as a verb with its object,
        forms = inflections(base, verb=True)  # but not before a time: "strike the week before exams"
        return ({s for form in forms for word in DETERMINERS for s, _ in spans(lower, f"{form} {word}")}
                - {s for form in forms for after in TIME_AFTER for s, _ in spans(lower, f"{form} {after}")})

    nouns = {" ".join(words_only(term.text).split()) for theme in taxonomy.themes for term in theme.terms
             if term.noun and not is_acronym(term.text)}
    as_verb: dict[tuple[int, str], set[int]] = {}  # (theme, term) -> where it reads as a verb: no hit of it there
    for t, theme in enumerate(taxonomy.themes):
        for term in theme.terms:
            base = " ".join(words_only(term.text, lower=not is_acronym(term.text)).split())
            if is_acronym(term.text):
                found = spans(cased, base)
            else:
                found = [s for form in inflections(base, term.verb) for s in spans(lower, form)]
                if term.noun:
                    as_verb.setdefault((t, term.text), set()).update(verb_starts(base))
            for start, end in found:
                held = best.get((t, start, end))
                if held is None or term.weight > held.weight:
                    best[(t, start, end)] = Hit(t, term.text, start, end, term.weight)
        for phrase in theme.exclude:  # and their plurals ("war parties" for "war party"), as the README says
            base = " ".join(words_only(phrase).split())
            verbs = verb_starts(base) if base in nouns else set()
            excluded.setdefault(t, []).extend(s for form in exclusion_forms(base) for s in spans(lower, form)
                                              if s[0] not in verbs)
    hits = [h for h in best.values() if h.start not in as_verb.get((h.theme, h.term), ())]
    # The longest wins: a hit inside another, longer hit (of any theme) does not count.
    spans_found = {(h.start, h.end) for h in hits}
    hits = [
        h for h in hits
        if not any(s <= h.start and h.end <= e and (s, e) != (h.start, h.end) for s, e in spans_found)
    ]
    # A theme's exclusions silence its own terms inside them.
    hits = [h for h in hits if not any(s <= h.start and h.end <= e for s, e in excluded.get(h.theme, []))]
    n_words = len(paragraph.split())
    labels = []
    for t, theme in enumerate(taxonomy.themes):
        evidence = sorted((h for h in hits if h.theme == t), key=lambda h: (h.start, -h.end))
        total = 0.0
        for h in evidence:
            total += h.weight
        score = round(total, 4)
        density = round(score / max(n_words, 10), 4)
        if evidence and score >= taxonomy.min_score and density >= taxonomy.min_density:
            labels.append((theme.id, score, tuple((h.term, h.start, h.end, h.weight) for h in evidence)))
    # Of those, each must reach min_share of the paragraph's best score.
    best = max((label[1] for label in labels), default=0.0)
    labels = [label for label in labels if label[1] >= taxonomy.min_share * best]
    return sorted(labels, key=lambda label: (-label[1], label[0]))


def term_labels(found) -> list[list[tuple]]:
    """Return the labeller's labels per paragraph as reference_labels gives them (term evidence only)."""
    return [
        (label.paragraph, label.theme_id, label.score,
         tuple((e.term, e.start, e.end, e.weight) for e in label.evidence if getattr(e, "kind", "term") == "term"))
        for label in found
    ]


WORDS = ["war", "troop", "trade", "market", "stock", "match", "price", "party", "of", "words"]
ACRONYMS = ["EU", "UN"]
EXTRA_TOKENS = ["the", "a", "their", "them", "naïve", "café", "warsaw", "eu", "matched", "banned", "parties"]
SEPARATORS = [" ", " ", " ", " ", " ", "  ", ", ", "'s ", "’s ", "-", ". ", "\n", "é", "_", " «", "» "]

term_text = st.one_of(
    st.sampled_from(WORDS),
    st.lists(st.sampled_from(WORDS), min_size=2, max_size=2).map(" ".join),
    st.sampled_from(ACRONYMS),
)
term = st.tuples(term_text, st.sampled_from([0.5, 1.0, 1.5, 2.0, 0.85]), st.booleans(), st.booleans())
theme = st.tuples(
    st.lists(term, min_size=1, max_size=4),
    st.lists(st.lists(st.sampled_from(WORDS), min_size=2, max_size=3).map(" ".join), max_size=2),
)


def taxonomy_toml(themes: list, min_score: float, min_density: float, min_share: float = 0.0) -> str:
    lines = [f"[taxonomy]\nmin_score = {min_score}\nmin_density = {min_density}\nmin_share = {min_share}"]
    for n, (terms, exclude) in enumerate(themes):
        rendered = ", ".join(
            f'{{term = "{text}", weight = {weight}, verb = {str(verb).lower()}, noun = {str(noun).lower()}}}'
            for text, weight, verb, noun in terms
        )
        lines.append(f'[[themes]]\nid = "t{n}"\nterms = [{rendered}]\nexclude = {exclude!r}'.replace("'", '"'))
    return "\n".join(lines) + "\n"


@st.composite
def paragraphs(draw, themes: list) -> str:
    """A paragraph made mostly of the taxonomy's own words and their forms, so that hits overlap."""
    words = sorted({w for terms, exclude in themes for text, *_ in terms for w in text.split()}
                   | {w for _, exclude in themes for phrase in exclude for w in phrase.split()})
    forms = sorted({f for w in words for f in inflections(w.lower(), verb=True)})
    phrases = sorted({text for terms, _ in themes for text, *_ in terms} | {p for _, ex in themes for p in ex})
    # Phrases that overlap ("stock market" and "market price" in "stock market price"): where the
    # longest-wins rule has to keep both.
    chained = sorted({f"{a} {b.split(' ', 1)[1]}" for a in phrases for b in phrases
                      if " " in b and a.split()[-1] == b.split()[0]}) or phrases
    pool = st.one_of(st.sampled_from(words), st.sampled_from(phrases), st.sampled_from(chained),
                     st.sampled_from(forms), st.sampled_from(EXTRA_TOKENS + list(DETERMINERS[:4]) + ["week", "day"]))
    tokens = draw(st.lists(pool, min_size=1, max_size=16))
    cases = draw(st.lists(st.sampled_from([str.lower, str.lower, str.upper, str.title]), min_size=len(tokens),
                          max_size=len(tokens)))
    glue = draw(st.lists(st.sampled_from(SEPARATORS), min_size=len(tokens), max_size=len(tokens)))
    return "".join(case(token) + sep for token, case, sep in zip(tokens, cases, glue, strict=True)).strip()


@settings(max_examples=200, deadline=None)
@given(
    themes=st.lists(theme, min_size=1, max_size=3),
    min_score=st.sampled_from([0.5, 1.0, 2.0, 2.5]),
    min_density=st.sampled_from([0.0, 0.0, 0.1, 0.2]),
    min_share=st.sampled_from([0.0, 0.0, 0.5, 1.0]),
    data=st.data(),
)
@pytest.mark.slow
def test_the_batch_labeller_gives_the_labels_of_a_plain_per_paragraph_matcher(
    themes, min_score, min_density, min_share, data
) -> None:
    texts = data.draw(st.lists(paragraphs(themes), min_size=1, max_size=5), label="paragraphs")
    taxonomy = parse_taxonomy(taxonomy_toml(themes, min_score, min_density, min_share))
    expected = [(p, *label) for p, text in enumerate(texts) for label in reference_labels(taxonomy, text)]
    matcher = ThemeMatcher(taxonomy)
    columns = matcher.label_columns(texts, [len(t.split()) for t in texts])
    assert term_labels(columns.labels(taxonomy)) == expected
    assert term_labels(label_paragraphs(taxonomy, texts)) == expected
    for p, _, _, evidence in expected:  # offsets are exact: each names the words of the paragraph
        for _, start, end, _ in evidence:
            assert texts[p][start:end].strip() and not texts[p][start:end][0].isspace()


def test_the_reference_reads_a_nouns_exclusion_as_the_noun() -> None:
    # "teachers strike" silenced education's "teachers" in "Teachers strike a balance", where it is the verb.
    tax = parse_taxonomy(
        '[[themes]]\nid = "labour"\nterms = [{term = "teachers strike", noun = true}]\n'
        '[[themes]]\nid = "education"\nterms = ["teacher"]\nexclude = ["teachers strike"]\n'
        '[taxonomy]\nmin_score = 1.0\n'
    )
    texts = ["Teachers strike a balance", "Teachers strike closes schools"]
    expected = [[("education", 1.0, (("teacher", 0, 8, 1.0),))], [("labour", 1.0, (("teachers strike", 0, 15, 1.0),))]]
    assert [reference_labels(tax, text) for text in texts] == expected
    assert term_labels(label_paragraphs(tax, texts)) == [(p, *label) for p, (label,) in enumerate(expected)]


def test_the_reference_knows_the_readmes_examples() -> None:
    # The reference is only as good as its rules: the README's own examples, by hand.
    tax = parse_taxonomy(
        '[[themes]]\nid = "sport"\nterms = [{term = "match", noun = true}, "market"]\n'
        '[[themes]]\nid = "economy"\nterms = ["stock market", "EU"]\nexclude = ["eu de toilette"]\n'
        '[taxonomy]\nmin_score = 1.0\n'
    )
    assert reference_labels(tax, "Shares match the forecast; the match, a stock market.") == [
        ("economy", 1.0, (("stock market", 40, 52, 1.0),)), ("sport", 1.0, (("match", 31, 36, 1.0),)),
    ]
    assert reference_labels(tax, "eu rules, EU's rules") == [("economy", 1.0, (("EU", 10, 12, 1.0),))]
