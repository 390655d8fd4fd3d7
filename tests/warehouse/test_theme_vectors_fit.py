from __future__ import annotations

from warehouse.theme_vectors import fit_half


def test_the_fitted_half_is_the_files_numbered_1_mod_4() -> None:
    assert fit_half("agnews-dev/world/0033.txt") and fit_half("bbc-dev/tech/001.txt")
    assert not fit_half("agnews-dev/world/0035.txt") and not fit_half("bbc-dev/tech/004.txt")
    assert not fit_half("notes/readme.txt")  # no number: never fitted on


def test_the_other_half_is_the_held_out_one() -> None:
    # --other-half fits on half B, to measure the fit on half A the other way round
    assert fit_half("agnews-dev/world/0035.txt", 3) and not fit_half("agnews-dev/world/0033.txt", 3)
    assert not fit_half("agnews-dev/world/0034.txt", 3) and not fit_half("agnews-dev/world/0034.txt")
