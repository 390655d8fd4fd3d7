"""transforms.matching.theme_scores: a label's score, density and share against the taxonomy's thresholds."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from transforms.matching.theme_scores import round4
from transforms.matching.themes import label_paragraphs
from transforms.taxonomy import parse_taxonomy
from transforms.taxonomy_errors import TaxonomyError
from transforms.taxonomy_toml import format_taxonomy


def test_density_threshold_drops_a_passing_mention_in_a_long_paragraph() -> None:
    tax = parse_taxonomy('[taxonomy]\nmin_density = 0.08\n[[themes]]\nid = "war"\nterms = ["war"]')
    long = "The war was mentioned once in a paragraph about the weather, the roads, the shops and the hills."
    found = label_paragraphs(tax, ["War returns.", long])
    assert [(lb.paragraph, lb.density) for lb in found] == [(0, 0.1)]


def test_min_share_drops_a_passing_mention_beside_the_paragraphs_subject() -> None:
    text = '[taxonomy]\nmin_share = 0.5\n[[themes]]\nid = "war"\nterms = ["troops", "shelling", "front line"]\n' \
           '[[themes]]\nid = "sport"\nterms = ["football"]\n[[themes]]\nid = "economy"\nterms = ["prices"]'
    tax = parse_taxonomy(text)
    passing = "Troops held the front line under shelling; a soldier, a keen football fan, said prices rose."
    both = "Troops and shelling drove prices up, traders said."
    found = [(lb.paragraph, lb.theme_id) for lb in label_paragraphs(tax, [passing, both])]
    # 3.0 for war: football and prices (1.0 each) are passing mentions; 2.0 against 1.0 is not.
    assert found == [(0, "war"), (1, "war"), (1, "economy")]
    off = parse_taxonomy(text.replace("min_share = 0.5", "min_share = 0"))
    assert len(label_paragraphs(off, [passing])) == 3 and off.version != tax.version


@given(st.lists(st.one_of(
    st.floats(min_value=0, max_value=1e6, allow_nan=False),
    st.integers(min_value=0, max_value=10**9).map(lambda n: n / 1e4 + 5e-5),  # halfway, as a decimal reads it
    st.integers(min_value=0, max_value=10**6).map(lambda n: n / 2e4),
), max_size=50))
def test_round4_gives_pythons_round_to_four_places(values: list[float]) -> None:
    assert round4(np.array(values, dtype=np.float64)).tolist() == [round(v, 4) for v in values]


def test_semantic_min_share_asks_more_of_a_label_of_meaning_alone() -> None:
    from transforms.labeller import label_texts

    head = "[taxonomy]\nmin_score = 0.1\nmin_share = 0.3\nsemantic_weight = 10.0\nsemantic_min_words = 0\n"
    themes = ('[[themes]]\nid = "sport"\ndescription = "Football matches and their results."\nterms = ["football"]\n'
              '[[themes]]\nid = "labour"\ndescription = "Workers, wages and strikes."\nterms = ["strike"]\n')
    plain = parse_taxonomy(head + themes)
    strict = parse_taxonomy(head + "semantic_min_share = 0.6\n" + themes)
    alone, with_term = "Workers strike after the final match", "Workers strike after the football match"

    def found(tax, text):
        return {lb.theme_id: [e.kind for e in lb.evidence] for lb in label_texts(tax, [text])}

    # "final" and "match" lean to sport: a second label of meaning alone, at about 0.35 of labour's score.
    assert set(found(plain, alone)) == {"labour", "sport"} and "term" not in found(plain, alone)["sport"]
    assert set(found(strict, alone)) == {"labour"}
    assert set(found(strict, with_term)) == {"labour", "sport"}  # a listed term: min_share is enough
    assert strict.version != plain.version
    assert parse_taxonomy(format_taxonomy(strict)).semantic == strict.semantic


def test_semantic_min_share_is_a_share() -> None:
    with pytest.raises(TaxonomyError, match="semantic_min_share must be a share"):
        parse_taxonomy('[taxonomy]\nsemantic_min_share = 2\n[[themes]]\nid = "a"\nterms = ["a"]')
