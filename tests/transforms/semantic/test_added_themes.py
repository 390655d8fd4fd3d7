"""A copy of the bundled taxonomy with a theme added or taken out, beside the bundled vectors file: the
themes it has no vector for get one made from their text, and the others label as they did."""

from __future__ import annotations

import numpy as np
import pytest

from transforms.labeller import label_texts
from transforms.semantic.theme_vectors import layer_theme_vectors, raw_theme_vectors
from transforms.taxonomy import TaxonomyError, parse_taxonomy
from transforms.taxonomy_semantic import vectors_note, with_theme_vectors
from warehouse.taxonomy_files import default_taxonomy_text, read_taxonomy

SPACE = '''
[[themes]]
id = "my:space"
name = "space exploration"
description = "Spaceflight, rockets, astronauts, space agencies, probes and missions to the Moon, Mars and beyond."
terms = [
  { term = "astronaut", weight = 2.0 }, { term = "spacecraft", weight = 2.0 }, { term = "rocket", weight = 1.2 },
  { term = "space station", weight = 2.0 }, { term = "satellite", weight = 1.0 }, { term = "lunar", weight = 1.7 },
  { term = "mars", weight = 1.2 }, { term = "orbit", weight = 1.2, verb = true },
]
'''
RELIGION = "medtop:12000000"

# Written for this test, in the shape of news paragraphs; none is about space.
NEWS = [
    "Striker signs three-year deal with league leaders. The forward joins after a season of goals.",
    "Central bank raises interest rates to curb inflation. Markets fell as lenders braced for dearer loans.",
    "Troops shell the outskirts of the besieged city. Artillery fire and drone strikes killed dozens.",
    "The jury found the former councillor guilty of fraud after a six-week trial at the crown court.",
    "Millions of pilgrims gathered in Mecca for the hajj, the largest yearly gathering of the faithful.",
    "The festival's opening film, a debut by a young director, drew a standing ovation from critics.",
]
ABOUT_SPACE = [
    "Two astronauts returned to Earth on Sunday after six months aboard the space station, their capsule "
    "landing in the sea off Florida.",
    "The rocket carried a lunar lander that will try to set down near the Moon's south pole next month.",
]


@pytest.fixture(scope="module")
def bundled():
    return read_taxonomy()


def bundled_copy(bundled, text: str):
    """Return the taxonomy in `text` with the bundled vectors file's vectors, as a copy reads them."""
    sem = bundled.semantic
    ids = [t.id for t in bundled.themes]
    stretch = dict(zip(ids, sem.stretch, strict=True)) if sem.stretch else None
    return with_theme_vectors(parse_taxonomy(text), dict(zip(ids, sem.theme_vectors, strict=True)), stretch)


@pytest.fixture(scope="module")
def with_space(bundled):
    return bundled_copy(bundled, default_taxonomy_text() + SPACE)


@pytest.fixture(scope="module")
def without_religion(bundled):
    text = default_taxonomy_text()
    at = text.index(f'id = "{RELIGION}"')
    start = text.rindex("[[themes]]", 0, at)
    return bundled_copy(bundled, text[:start] + text[text.index("[[themes]]", at):])


def test_a_theme_added_to_a_copy_labels_paragraphs_about_it_with_term_and_semantic_evidence(with_space) -> None:
    # The bundled science theme lists "astronaut" and "space station" too: both label these, as written.
    for n, labels in enumerate([label_texts(with_space, [text]) for text in ABOUT_SPACE]):
        space = [label for label in labels if label.theme_id == "my:space"]
        assert space, (ABOUT_SPACE[n], labels)
        assert {e.kind for e in space[0].evidence} == {"term", "semantic"}


def test_the_other_themes_keep_their_vectors_and_labels(bundled, with_space) -> None:
    assert np.array_equal(layer_theme_vectors(with_space)[: len(bundled.themes)], layer_theme_vectors(bundled))
    assert label_texts(with_space, NEWS) == label_texts(bundled, NEWS)


def test_an_added_themes_vector_is_made_as_long_as_the_untaught_themes(bundled, with_space) -> None:
    raw = np.linalg.norm(raw_theme_vectors(with_space).astype(np.float64), axis=1)
    untaught = raw[[n for n, t in enumerate(bundled.themes) if t.id == RELIGION]]
    assert raw[-1] == pytest.approx(untaught[0], rel=1e-5)
    assert raw[-1] < raw[: len(bundled.themes)].mean()  # outweighs no fitted theme


def test_a_taken_out_theme_leaves_the_others_vectors_and_labels_as_they_were(bundled, without_religion) -> None:
    keep = [n for n, t in enumerate(bundled.themes) if t.id != RELIGION]
    # The same to float32 rounding: the unused row is summed last, not in its place.
    assert np.allclose(layer_theme_vectors(without_religion), layer_theme_vectors(bundled)[keep], rtol=0, atol=1e-6)
    hajj = NEWS.index(next(text for text in NEWS if "hajj" in text))
    others = [label for label in label_texts(bundled, NEWS) if label.paragraph != hajj]
    assert [label for label in label_texts(without_religion, NEWS) if label.paragraph != hajj] == others


def test_the_note_names_the_themes_made_from_text_and_the_vectors_not_used(bundled, with_space,
                                                                           without_religion) -> None:
    assert vectors_note(bundled) is None
    added = vectors_note(with_space)
    assert added and "my:space" in added and "made from their text" in added and "themelake learn" in added
    taken = vectors_note(without_religion)
    assert taken and RELIGION in taken and "not used" in taken


def test_a_text_made_vector_is_part_of_the_version(bundled, with_space) -> None:
    # The same file with a vector for the added theme (as `learn` would write) is another version.
    sem = with_space.semantic
    vectors = dict(zip([t.id for t in bundled.themes], bundled.semantic.theme_vectors, strict=True))
    vectors["my:space"] = raw_theme_vectors(with_space)[-1].tolist()
    fitted = with_theme_vectors(parse_taxonomy(default_taxonomy_text() + SPACE), vectors)
    assert sem is not None and sem.text_themes == ("my:space",)
    assert fitted.semantic is not None and not fitted.semantic.text_themes
    assert fitted.version != with_space.version != bundled.version


def test_a_vectors_file_with_no_vector_of_any_theme_is_an_error_naming_the_fix() -> None:
    taxonomy = parse_taxonomy('[taxonomy]\nname = "t"\nvectors = "t.npz"\n[[themes]]\nid = "a"\nterms = ["x"]\n')
    with pytest.raises(TaxonomyError, match="no vector of any theme of the taxonomy; delete the `vectors` line"):
        with_theme_vectors(taxonomy, {"b": [1.0, 0.0]})
