"""A misspelt key or table in a taxonomy file is an error naming the key, its line and the key meant."""

from __future__ import annotations

import pytest

from transforms.taxonomy import TaxonomyError, parse_taxonomy
from warehouse.taxonomy_files import default_taxonomy_text

GOOD = """[taxonomy]
name = "t"
min_score = 1.0
min_density = 0.0

[[themes]]
id = "a"
name = "A"
description = "a theme"
weight = 0.9
terms = ["war", {term = "troops", weight = 2.0, verb = true}, {term = "match", noun = true}]
exclude = ["war of words"]
"""


def error_of(text: str) -> str:
    with pytest.raises(TaxonomyError) as caught:
        parse_taxonomy(text, source="my.toml")
    return str(caught.value)


def test_every_documented_key_is_accepted() -> None:
    taxonomy = parse_taxonomy(GOOD)
    assert taxonomy.theme("a").exclude == ("war of words",)
    parse_taxonomy(default_taxonomy_text())  # the bundled file uses only valid keys


@pytest.mark.parametrize(
    "good, bad, line, meant",
    [
        ("min_score = 1.0", "min_scor = 1.0", 3, "'min_score'"),  # in [taxonomy]
        ("weight = 0.9", "wieght = 0.9", 10, "'weight'"),  # a theme's key
        ("description = ", "descripton = ", 9, "'description'"),
        ("weight = 2.0, verb", "wieght = 2.0, verb", 11, "'weight'"),  # a term's key, in an inline table
        ("noun = true", "nuon = true", 11, "'noun'"),
        ("exclude = ", "excludes = ", 12, "'exclude'"),
    ],
)
def test_a_misspelt_key_names_the_key_its_line_and_the_nearest_valid_key(good, bad, line, meant) -> None:
    assert good in GOOD
    message = error_of(GOOD.replace(good, bad))
    wrong = bad.split(" =")[0]
    assert message.startswith("my.toml")
    assert f"line {line}: unknown key '{wrong}'" in message
    assert f"did you mean {meant}?" in message
    assert "\n" not in message


def test_a_misspelt_table_is_named_with_its_line() -> None:
    message = error_of(GOOD.replace("[[themes]]", "[[theme]]"))
    assert message == "my.toml: line 6: unknown table [[theme]] (did you mean [[themes]]?)"
    message = error_of(GOOD.replace("[taxonomy]", "[taxonomi]"))
    assert message == "my.toml: line 1: unknown table [taxonomi] (did you mean [taxonomy]?)"


def test_the_error_says_which_theme_and_term() -> None:
    message = error_of(GOOD.replace("verb = true", "verbs = true"))
    assert message.startswith("my.toml: theme 'a': term 'troops': line 11: unknown key 'verbs'")
    second = GOOD + '\n[[themes]]\nid = "b"\nterms = ["x"]\ncolor = "red"\n'
    message = error_of(second)
    assert message.startswith("my.toml: theme 'b': line 17: unknown key 'color'")
    # nothing close: the list
    assert ("valid keys: description, exclude, id, name, outranks_meaning, outranks_names, outranks_roles, terms, "
            "weight") in message


def test_a_taxonomy_key_outside_its_table_says_where_it_belongs() -> None:
    message = error_of('min_score = 2.0\n[[themes]]\nid = "a"\nterms = ["x"]\n')
    assert message == "my.toml: line 1: unknown key 'min_score' ('min_score' belongs in [taxonomy])"


def test_a_misspelt_id_is_named_rather_than_reported_missing() -> None:
    message = error_of('[[themes]]\nidd = "a"\nterms = ["x"]\n')
    assert "line 2: unknown key 'idd' (did you mean 'id'?)" in message
