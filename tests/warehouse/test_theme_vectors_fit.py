from __future__ import annotations

import numpy as np
import pytest

from transforms.taxonomy import TaxonomyError
from warehouse.theme_vectors import fit_half, read_theme_vectors, write_theme_vectors


def test_the_fitted_half_is_the_files_numbered_1_mod_4() -> None:
    assert fit_half("agnews-dev/world/0033.txt") and fit_half("bbc-dev/tech/001.txt")
    assert not fit_half("agnews-dev/world/0035.txt") and not fit_half("bbc-dev/tech/004.txt")
    assert not fit_half("notes/readme.txt")  # no number: never fitted on


def test_the_other_half_is_the_held_out_one() -> None:
    # --other-half fits on half B, to measure the fit on half A the other way round
    assert fit_half("agnews-dev/world/0035.txt", 3) and not fit_half("agnews-dev/world/0033.txt", 3)
    assert not fit_half("agnews-dev/world/0034.txt", 3) and not fit_half("agnews-dev/world/0034.txt")


@pytest.mark.parametrize("bad", [np.nan, np.inf])
def test_a_sidecar_with_a_nan_or_infinite_vector_is_refused_naming_the_file(tmp_path, bad: float) -> None:
    # `learn` from no article wrote all-NaN vectors, and every paragraph then scored NaN, silently.
    sidecar = tmp_path / "t.vectors.npz"
    write_theme_vectors(sidecar, ["a", "b"], np.array([[1.0, 0.0], [bad, 1.0]]))
    with pytest.raises(TaxonomyError, match=r"t\.vectors\.npz: theme vectors must be finite numbers") as caught:
        read_theme_vectors(sidecar)
    assert "\n" not in str(caught.value)
    write_theme_vectors(sidecar, ["a", "b"], np.array([[1.0, 0.0], [0.0, 1.0]]))
    assert read_theme_vectors(sidecar) == {"a": [1.0, 0.0], "b": [0.0, 1.0]}


def test_help_prints_the_usage_and_writes_nothing(capsys, monkeypatch) -> None:
    # `--help` was taken for the IPTC file's path: FileNotFoundError.
    from warehouse import theme_vectors

    monkeypatch.setattr(theme_vectors, "write_theme_vectors", lambda *a: pytest.fail("wrote a sidecar"))
    theme_vectors.main(["--help"])
    assert capsys.readouterr().out.strip() == theme_vectors.USAGE


def test_the_bundled_sidecar_has_its_untaught_themes_at_a_quarter_and_three_stretched_to_the_longer_share() -> None:
    # What `--reshare S THEME ...` wrote: a refit or a reshare that drifts changes every label figure
    from importlib import resources

    from transforms.theme_fit import BUNDLED_LONGER_THEMES, BUNDLED_UNTAUGHT_SHARES, UNTAUGHT_SHARE
    from warehouse.theme_vectors import read_sidecar

    with resources.as_file(resources.files("transforms").joinpath("taxonomies", "iptc-media-topics.vectors.npz")) as p:
        rows, stretch = read_sidecar(p)
    norms = {theme: float(np.linalg.norm(row)) for theme, row in rows.items()}
    quarter = min(norms.values())
    untaught = {t for t, n in norms.items() if np.isclose(n, quarter, rtol=1e-4)}
    fitted = [n for t, n in norms.items() if t not in untaught]
    assert len(untaught) == 9 and set(BUNDLED_LONGER_THEMES) <= untaught
    assert quarter == pytest.approx(UNTAUGHT_SHARE * np.mean(fitted), rel=1e-3)
    assert set(stretch) == set(BUNDLED_LONGER_THEMES)
    for theme, share in BUNDLED_UNTAUGHT_SHARES.items():
        assert stretch[theme] * norms[theme] == pytest.approx(share * np.mean(fitted), rel=1e-4)


def test_reshare_names_a_theme_the_bundled_taxonomy_does_not_have_and_writes_nothing(monkeypatch) -> None:
    import warehouse.theme_vectors as theme_vectors

    written: list[object] = []
    monkeypatch.setattr(theme_vectors, "write_theme_vectors", lambda *args: written.append(args))
    with pytest.raises(SystemExit, match="not a theme of the bundled taxonomy: medtop:99000000"):
        theme_vectors.main(["--reshare", "0.5", "medtop:99000000"])
    with pytest.raises(SystemExit, match="usage"):
        theme_vectors.main(["--reshare", "0.5"])
    assert not written
