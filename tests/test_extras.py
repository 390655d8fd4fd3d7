"""A missing extra skips a test on a developer's machine and fails it in CI (tests/conftest.py)."""

from __future__ import annotations

import pytest

from tests.conftest import import_extra


def test_a_missing_extra_fails_when_ci_is_set(monkeypatch) -> None:
    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception, match="themelake_no_such_module"):
        import_extra("themelake_no_such_module", "dask")


@pytest.mark.parametrize("value", [None, "", "false", "0"])
def test_a_missing_extra_skips_outside_ci(monkeypatch, value) -> None:
    if value is None:
        monkeypatch.delenv("CI", raising=False)
    else:
        monkeypatch.setenv("CI", value)
    with pytest.raises(pytest.skip.Exception, match=r"pip install -e '\.\[s3\]'"):
        import_extra("themelake_no_such_module", "s3")


def test_an_installed_extra_is_returned(monkeypatch) -> None:
    monkeypatch.setenv("CI", "true")
    assert import_extra("json", "dask").__name__ == "json"
