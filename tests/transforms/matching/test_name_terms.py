"""A listed name (`name = true`) counts half beside a strong term of a theme that outranks names (`outranks_names`),
and in full elsewhere, beside another theme's strong term too."""

from __future__ import annotations

import pytest

from transforms.labeller import label_texts
from transforms.taxonomy import TaxonomyError, parse_taxonomy
from transforms.taxonomy_toml import format_taxonomy

TAXONOMY = """[taxonomy]
semantic = false
[[themes]]
id = "tech"
terms = [{term = "acme", weight = 1.7, name = true}, {term = "software", weight = 1.0}]
[[themes]]
id = "money"
outranks_names = true
terms = [{term = "takeover", weight = 2.0}, {term = "profit", weight = 1.0}]
[[themes]]
id = "games"
terms = [{term = "gold medal", weight = 2.0}]
"""


def name_weight(taxonomy, text: str) -> float:
    """The weight the name "acme" adds to tech in `text`."""
    return sum(e.weight for label in label_texts(taxonomy, [text]) if label.theme_id == "tech"
               for e in label.evidence if e.term == "acme")


def test_a_name_counts_half_beside_another_theme_s_strong_term() -> None:
    taxonomy = parse_taxonomy(TAXONOMY)
    assert name_weight(taxonomy, "Acme agrees takeover of a rival software maker") == pytest.approx(0.85)


@pytest.mark.parametrize("text", ["Acme releases new software", "Acme profit rises as software sells",
                                  "Acme software wins gold medal at maths olympiad"])
def test_a_name_counts_in_full_without_a_strong_term_of_a_theme_that_outranks_names(text: str) -> None:
    # "profit" (1.0) is no strong term: the story may still be the firm's products; "gold medal" is a strong term,
    # but of a theme that does not outrank names: the firm won no contest as a buyer wins a deal.
    assert name_weight(parse_taxonomy(TAXONOMY), text) == pytest.approx(1.7)


def test_without_outranks_names_a_name_counts_in_full_beside_any_strong_term() -> None:
    plain = parse_taxonomy(TAXONOMY.replace("outranks_names = true\n", ""))
    assert name_weight(plain, "Acme agrees takeover of a rival software maker") == pytest.approx(1.7)


def test_a_name_is_no_strong_term_for_another_name() -> None:
    two_names = TAXONOMY.replace('{term = "takeover", weight = 2.0}', '{term = "bigco", weight = 2.0, name = true}')
    assert name_weight(parse_taxonomy(two_names), "Acme and Bigco agree on software") == pytest.approx(1.7)


def test_the_name_key_is_part_of_the_version_and_survives_an_export() -> None:
    taxonomy = parse_taxonomy(TAXONOMY)
    plain = parse_taxonomy(TAXONOMY.replace(", name = true", ""))
    assert taxonomy.version != plain.version
    again = parse_taxonomy(format_taxonomy(taxonomy))
    assert again.theme("tech").terms[0].name and again.version == taxonomy.version


def test_outranks_names_is_part_of_the_version_and_survives_an_export() -> None:
    taxonomy = parse_taxonomy(TAXONOMY)
    plain = parse_taxonomy(TAXONOMY.replace("outranks_names = true\n", ""))
    assert [t.outranks_names for t in taxonomy.themes] == [False, True, False]
    assert taxonomy.version != plain.version  # a lake relabels when the key is set or taken off
    assert parse_taxonomy(TAXONOMY.replace("outranks_names = true", "outranks_names = false")).version == plain.version
    again = parse_taxonomy(format_taxonomy(taxonomy))
    assert (again.themes, again.version) == (taxonomy.themes, taxonomy.version)


def test_a_name_that_is_not_true_or_false_is_one_line() -> None:
    with pytest.raises(TaxonomyError) as caught:
        parse_taxonomy(TAXONOMY.replace("name = true", 'name = "yes"'), source="my.toml")
    assert str(caught.value) == "my.toml: theme 'tech': term 'acme': name must be true or false"


def test_an_outranks_names_that_is_not_true_or_false_is_one_line() -> None:
    with pytest.raises(TaxonomyError) as caught:
        parse_taxonomy(TAXONOMY.replace("outranks_names = true", "outranks_names = 1"), source="my.toml")
    assert str(caught.value) == "my.toml: theme 'money': outranks_names must be true or false, not 1"
