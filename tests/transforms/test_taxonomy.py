from __future__ import annotations

import pytest

from transforms import taxonomy_version
from transforms.taxonomy import TaxonomyError, parse_taxonomy

GOOD = """
[taxonomy]
name = "t"
min_score = 1.5
[[themes]]
id = "a"
name = "A"
terms = ["x", {term = "y z", weight = 2, verb = true}]
exclude = ["x ray"]
"""


def test_parses_terms_weights_and_exclusions() -> None:
    tax = parse_taxonomy(GOOD)
    theme = tax.theme("a")
    assert tax.min_score == 1.5
    assert [(t.text, t.weight, t.verb) for t in theme.terms] == [("x", 1.0, False), ("y z", 2.0, True)]
    assert theme.exclude == ("x ray",)


def test_version_changes_with_content_only() -> None:
    assert parse_taxonomy(GOOD).version == parse_taxonomy(GOOD + "\n# a comment\n").version
    assert parse_taxonomy(GOOD).version != parse_taxonomy(GOOD.replace('"x"', '"w"')).version


@pytest.mark.parametrize(
    "text, message",
    [
        ("[[themes]\nid=", "my.toml: not valid TOML"),
        ('[[themes]]\nid = "a"\nterms = ["x"]\n[[themes]]\nid = "a"\nterms = ["y"]', "theme 'a' is defined twice"),
        ('[[themes]]\nid = "a"\nname = "News"\nterms = ["x"]\n[[themes]]\nid = "b"\nname = "news"\nterms = ["y"]',
         "themes 'a' and 'b' have the same name 'news': give each its own"),
        ('[[themes]]\nid = "a"\nterms = []', "theme 'a': has no terms"),
        ('[[themes]]\nid = "a"\nterms = ["x", " "]', "theme 'a': has an empty term"),
        ('[[themes]]\nid = "a"\nterms = ["x", "-"]', "theme 'a': term '-' has no letter or digit to match"),
        ('[[themes]]\nid = "a"\nterms = ["🎉"]', "term '🎉' has no letter or digit"),
        ('[[themes]]\nid = "a"\nterms = [{term = "war", weight = 1e308}]', "term 'war': weight 1e+308 is beyond"),
        ('[[themes]]\nid = "a"\nweight = -2e3\nterms = ["war"]', "theme 'a': weight -2000 is beyond ±1000"),
        ('[[themes]]\nid = "a"\nterms = [{term = "x", weight = "heavy"}]', "term 'x': weight must be a number"),
        ('[taxonomy]\nname = "t"', "no themes"),
        ('[taxonomy]\nsemantic_floor = 0.2\nsemantic_cap = 0.1\n[[themes]]\nid = "a"\nterms = ["x"]',
         "semantic_cap must be 0 (no cap) or a positive number no smaller than semantic_floor (0.2), not 0.1"),
        ('[taxonomy]\nsemantic_cap = -1\n[[themes]]\nid = "a"\nterms = ["x"]', "semantic_cap must be 0"),
        ('[taxonomy]\nsemantic_cap = "big"\n[[themes]]\nid = "a"\nterms = ["x"]', "semantic_cap must be a number"),
        ('[taxonomy]\nsemantic_cap = true\n[[themes]]\nid = "a"\nterms = ["x"]', "semantic_cap must be a number"),
        ('[taxonomy]\nmin_share = 1.5\n[[themes]]\nid = "a"\nterms = ["x"]',
         "min_share must be a share from 0 (off) to 1, not 1.5"),
        ('[taxonomy]\nsemantic_min_words = -1\n[[themes]]\nid = "a"\nterms = ["x"]',
         "semantic_min_words must be a whole number, 0 or more, not -1"),
        ('[taxonomy]\nsemantic_min_words = 2.5\n[[themes]]\nid = "a"\nterms = ["x"]',
         "semantic_min_words must be a whole number, 0 or more, not 2.5"),
    ],
)
def test_bad_taxonomies_name_the_file_and_the_theme(text: str, message: str) -> None:
    with pytest.raises(TaxonomyError) as caught:
        parse_taxonomy(text, source="my.toml")
    assert message in str(caught.value)
    assert str(caught.value).startswith("my.toml")


@pytest.mark.parametrize(
    "source, text, kind",
    [
        ("desk.json", '{"themes": [{"id": "a", "name": "A", "terms": ["x"]}]}', "JSON"),
        ("desk.yaml", "themes:\n  - id: a\n    terms: [x]\n", "YAML"),
        ("desk.YML", "themes:\n  - id: a\n", "YAML"),
    ],
)
def test_a_json_or_yaml_taxonomy_is_told_that_taxonomies_are_toml(source: str, text: str, kind: str) -> None:
    # Was "desk.json: not valid TOML: Invalid statement (at line 1, column 1)": true, but it left the
    # user looking for the syntax error in a file that has none.
    with pytest.raises(TaxonomyError) as caught:
        parse_taxonomy(text, source=source)
    message = str(caught.value)
    assert message.startswith(f"{source}: a taxonomy is a TOML file, not {kind}")
    assert "themelake themes --export" in message and "\n" not in message


def test_theme_weight_scales_its_terms_and_the_version() -> None:
    scaled = parse_taxonomy(GOOD.replace('name = "A"', 'name = "A"\nweight = 0.5'))
    assert [t.weight for t in scaled.theme("a").terms] == [0.5, 1.0]
    assert scaled.version != parse_taxonomy(GOOD).version
    with pytest.raises(TaxonomyError, match="theme 'a': weight must be a number"):
        parse_taxonomy(GOOD.replace('name = "A"', 'name = "A"\nweight = "low"'))


def test_a_theme_without_a_name_or_with_a_blank_one_is_shown_by_its_id() -> None:
    tax = parse_taxonomy('[[themes]]\nid = "war"\nname = "  "\nterms = ["x"]\n[[themes]]\nid = "peace"\nterms = ["y"]')
    assert [t.name for t in tax.themes] == ["war", "peace"]


def test_semantic_min_words_is_10_for_vectors_made_from_text_and_0_with_a_sidecar() -> None:
    from transforms.taxonomy_toml import format_taxonomy

    themes = '[[themes]]\nid = "a"\nterms = ["x"]\n'
    text = parse_taxonomy(themes)
    fitted = parse_taxonomy('[taxonomy]\nvectors = "v.npz"\n' + themes)
    assert (text.semantic.min_words, fitted.semantic.min_words) == (10, 0)
    # Writing the default changes nothing, another value is another version, and both survive a round trip.
    assert parse_taxonomy("[taxonomy]\nsemantic_min_words = 10\n" + themes).version == text.version
    assert parse_taxonomy('[taxonomy]\nvectors = "v.npz"\nsemantic_min_words = 0\n' + themes).version == fitted.version
    own = parse_taxonomy("[taxonomy]\nsemantic_min_words = 0\n" + themes)
    assert own.version != text.version
    for taxonomy in (text, fitted, own):
        assert parse_taxonomy(format_taxonomy(taxonomy)).semantic == taxonomy.semantic


def test_only_taxonomies_with_a_noun_term_change_version_with_its_reading(monkeypatch: pytest.MonkeyPatch) -> None:
    # A noun read as a verb became no hit at all, and an exclusion of its phrase that noun: such lakes relabel.
    def version(terms: str) -> str:
        return parse_taxonomy(f'[[themes]]\nid = "t"\nterms = [{terms}]\nexclude = ["match point"]').version

    now = {terms: version(terms) for terms in ('"match", "goal"', '{term = "match", noun = true}, "goal"')}
    monkeypatch.setattr(taxonomy_version, "NOUN_READING", 1)  # the first reading, which joined no version
    assert version('"match", "goal"') == now['"match", "goal"']
    assert version('{term = "match", noun = true}, "goal"') != now['{term = "match", noun = true}, "goal"']


@pytest.mark.parametrize("text", [
    'business = "medtop:04000000"\nsport = "medtop:15000000"\n',  # bbc-dev's map
    'world = ["medtop:11000000", "medtop:16000000"]\nsports = "medtop:15000000"\n',  # agnews-dev's: a list too
    '# my desk\nfront = "home-front"\n',  # a custom taxonomy's ids
])
def test_a_label_map_given_as_a_taxonomy_is_said_to_be_one_for_eval_and_learn(text: str) -> None:
    # It said "line 2: unknown key 'business' (valid keys: taxonomy, themes)", of a file that is right for --map.
    with pytest.raises(TaxonomyError) as caught:
        parse_taxonomy(text, source="map.toml")
    message = str(caught.value)
    assert message.startswith("map.toml: is a label map") and "--map" in message and "unknown key" not in message
    assert "themelake themes --export" in message and "\n" not in message


@pytest.mark.parametrize(("text", "message"), [
    ('name = "mine"\n', "'name' belongs in [taxonomy]"),  # a taxonomy's own key, misplaced
    ('[[theme]]\nid = "x"\nname = "X"\nterms = ["a"]\n', "unknown table [[theme]]"),  # tables: a taxonomy's shape
    ('sport = "medtop:15000000"\n[[themes]]\nid = "x"\nname = "X"\nterms = ["a"]\n', "unknown key 'sport'"),
    ("", "no themes"),
    ('sport = 15\n', "unknown key 'sport'"),  # no id is a number
])
def test_a_taxonomy_of_another_mistake_keeps_its_message(text: str, message: str) -> None:
    with pytest.raises(TaxonomyError) as caught:
        parse_taxonomy(text, source="t.toml")
    assert message in str(caught.value) and "label map" not in str(caught.value)
