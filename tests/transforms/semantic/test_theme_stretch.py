"""A sidecar's stretch: an untaught theme made longer in the layer leaves every other theme's vector as
it was, and a learned taxonomy does not inherit it."""

from __future__ import annotations

import numpy as np
import pytest

from transforms.semantic.theme_vectors import layer_theme_vectors
from transforms.taxonomy import TaxonomyError
from transforms.taxonomy_semantic import with_theme_vectors
from transforms.theme_fit import BUNDLED_LONGER_THEMES
from warehouse.taxonomy_files import read_taxonomy
from warehouse.theme_vectors import read_sidecar, write_theme_vectors


@pytest.fixture(scope="module")
def bundled():
    return read_taxonomy()


def rows_of(taxonomy) -> dict[str, list[float]]:
    return dict(zip([t.id for t in taxonomy.themes], taxonomy.semantic.theme_vectors, strict=True))


def test_the_longer_untaught_themes_leave_every_other_themes_vector_as_with_all_at_the_fitted_share(bundled):
    # The longer rows were written into the sidecar, which made the loader's common scale larger: every
    # taught theme's semantic evidence was 4-9 % weaker than with the untaught themes at the fitted share.
    rows = rows_of(bundled)
    norms = {theme: float(np.linalg.norm(row)) for theme, row in rows.items()}
    shortest = min(norms.values())
    as_fitted = {t: (np.array(row) * shortest / norms[t]).tolist() if t in BUNDLED_LONGER_THEMES else row
                 for t, row in rows.items()}
    plain = layer_theme_vectors(with_theme_vectors(bundled, as_fitted))
    layer = layer_theme_vectors(bundled)
    longer = np.array([t.id in BUNDLED_LONGER_THEMES for t in bundled.themes])
    assert np.allclose(layer[~longer], plain[~longer], rtol=0, atol=1e-6)  # 4-9 % apart before
    # ... and the three are longer than the other untaught themes in the layer, their direction kept
    lengths = np.linalg.norm(layer, axis=1)
    assert lengths[longer].min() > 1.5 * np.sort(lengths)[0]
    cosines = (layer[longer] * plain[longer]).sum(axis=1) / lengths[longer] / np.linalg.norm(plain[longer], axis=1)
    assert np.allclose(cosines, 1.0, atol=1e-5)


def test_a_learned_taxonomy_does_not_inherit_the_stretch_and_the_stretch_is_part_of_the_version(bundled):
    # `learn` attaches its own fitted vectors to a copy of the base: the base's stretch is of the base's rows.
    learned = with_theme_vectors(bundled, rows_of(bundled))
    assert bundled.semantic.stretch and not learned.semantic.stretch
    assert learned.version != bundled.version  # cached labels of the one are not the other's


def test_a_sidecar_keeps_its_stretch_and_writes_none_when_all_are_one(tmp_path):
    sidecar = tmp_path / "t.vectors.npz"
    write_theme_vectors(sidecar, ["a", "b"], np.array([[1.0, 0.0], [0.0, 1.0]]), np.array([1.0, 2.0]))
    assert read_sidecar(sidecar) == ({"a": [1.0, 0.0], "b": [0.0, 1.0]}, {"b": 2.0})
    write_theme_vectors(sidecar, ["a", "b"], np.array([[1.0, 0.0], [0.0, 1.0]]), np.array([1.0, 1.0]))
    with np.load(sidecar) as data:
        assert sorted(data.files) == ["ids", "vectors"]  # as before the stretch, for every other sidecar


@pytest.mark.parametrize("bad", [0.0, -1.0, np.nan])
def test_a_stretch_that_is_not_a_positive_number_is_refused_naming_the_file(tmp_path, bad: float):
    sidecar = tmp_path / "t.vectors.npz"
    write_theme_vectors(sidecar, ["a", "b"], np.array([[1.0, 0.0], [0.0, 1.0]]), np.array([1.0, bad]))
    with pytest.raises(TaxonomyError, match=r"t\.vectors\.npz: a theme's stretch must be a positive number"):
        read_sidecar(sidecar)
