"""A listed role (`role = true`: who acts, not what happens) counts half beside a strong term of a theme that
outranks roles (`outranks_roles`), and in full elsewhere: a union's vote is no election."""

from __future__ import annotations

import pytest

from transforms.labeller import label_texts
from transforms.taxonomy import TaxonomyError, parse_taxonomy
from transforms.taxonomy_toml import format_taxonomy

TAXONOMY = """[taxonomy]
semantic = false
min_score = 0.1
[[themes]]
id = "politics"
terms = [{term = "vote", weight = 1.0, verb = true, role = true}, {term = "parliament", weight = 1.0}]
[[themes]]
id = "labour"
outranks_roles = true
terms = [{term = "strike action", weight = 2.0}, {term = "union", weight = 0.4}]
[[themes]]
id = "sport"
terms = [{term = "cup final", weight = 2.0}]
"""


def vote_weight(taxonomy, text: str) -> float:
    """The weight the role "vote" adds to politics in `text`."""
    return sum(e.weight for label in label_texts(taxonomy, [text]) if label.theme_id == "politics"
               for e in label.evidence if e.term == "vote")


def test_a_role_counts_half_beside_a_strong_term_of_a_theme_that_outranks_roles() -> None:
    assert vote_weight(parse_taxonomy(TAXONOMY), "Members vote for strike action at the union") == pytest.approx(0.5)


@pytest.mark.parametrize("text", ["Parliament will vote on the bill", "Union members vote on the bill",
                                  "Fans vote to move the cup final"])
def test_a_role_counts_in_full_without_a_strong_term_of_a_theme_that_outranks_roles(text: str) -> None:
    # "union" (0.4) is no strong term; "cup final" is one, of a theme that does not outrank roles.
    taxonomy = parse_taxonomy(TAXONOMY.replace('{term = "parliament", weight = 1.0}', '{term = "bill", weight = 1.0}'))
    assert vote_weight(taxonomy, text) == pytest.approx(1.0)


def test_a_role_is_not_a_name_beside_a_theme_that_outranks_names() -> None:
    # The two keys are apart: a deal's strong word makes a firm's name the buyer's, not a vote the union's.
    names = parse_taxonomy(TAXONOMY.replace("outranks_roles", "outranks_names"))
    assert vote_weight(names, "Members vote for strike action at the union") == pytest.approx(1.0)


def test_the_role_keys_are_part_of_the_version_and_survive_an_export() -> None:
    taxonomy = parse_taxonomy(TAXONOMY)
    no_role = parse_taxonomy(TAXONOMY.replace(", role = true", ""))
    no_key = parse_taxonomy(TAXONOMY.replace("outranks_roles = true\n", ""))
    assert len({taxonomy.version, no_role.version, no_key.version}) == 3  # a lake relabels once either way
    again = parse_taxonomy(format_taxonomy(taxonomy))
    assert (again.themes, again.version) == (taxonomy.themes, taxonomy.version)
    assert again.theme("politics").terms[0].role and again.theme("labour").outranks_roles


def test_a_role_or_outranks_roles_that_is_not_true_or_false_is_one_line() -> None:
    with pytest.raises(TaxonomyError) as caught:
        parse_taxonomy(TAXONOMY.replace("role = true", 'role = "yes"'), source="my.toml")
    assert str(caught.value) == "my.toml: theme 'politics': term 'vote': role must be true or false"
    with pytest.raises(TaxonomyError) as caught:
        parse_taxonomy(TAXONOMY.replace("outranks_roles = true", "outranks_roles = 1"), source="my.toml")
    assert str(caught.value) == "my.toml: theme 'labour': outranks_roles must be true or false, not 1"
