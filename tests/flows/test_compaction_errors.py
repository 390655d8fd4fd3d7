"""A run's compaction that fails: its own error is the one raised, whatever the catalog's rebuild after it does."""

from __future__ import annotations

import pytest

from flows import run_record


def _fails(error: Exception):
    def fail(*_: object) -> None:
        raise error
    return fail


def test_a_failed_compactions_error_is_not_hidden_by_a_failed_catalog_rebuild(monkeypatch, caplog) -> None:
    # The rebuild ran in a `finally`: its error replaced the compaction's, which the run's one line never named.
    monkeypatch.setattr(run_record, "compaction_due", lambda lake: True)
    monkeypatch.setattr(run_record, "compact_lake", _fails(OSError(28, "No space left on device")))
    monkeypatch.setattr(run_record, "refresh_catalog", _fails(RuntimeError("catalog locked")))
    with pytest.raises(OSError, match="No space left on device") as raised:
        run_record.compact_if_due("lake")
    assert any("catalog locked" in note for note in raised.value.__notes__)
    assert "catalog locked" in caplog.text


def test_the_catalog_is_rebuilt_after_a_failed_compaction(monkeypatch) -> None:
    rebuilt: list[str] = []
    monkeypatch.setattr(run_record, "compaction_due", lambda lake: True)
    monkeypatch.setattr(run_record, "compact_lake", _fails(OSError(28, "No space left on device")))
    monkeypatch.setattr(run_record, "refresh_catalog", rebuilt.append)
    with pytest.raises(OSError, match="No space left on device") as raised:
        run_record.compact_if_due("lake")
    assert rebuilt == ["lake"] and not getattr(raised.value, "__notes__", None)


def test_a_compaction_not_due_rebuilds_the_catalog_and_returns_none(monkeypatch) -> None:
    rebuilt: list[str] = []
    monkeypatch.setattr(run_record, "compaction_due", lambda lake: False)
    monkeypatch.setattr(run_record, "refresh_catalog", rebuilt.append)
    assert run_record.compact_if_due("lake") is None and rebuilt == ["lake"]
