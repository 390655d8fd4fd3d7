"""The current views equal their definitions on a lake the ingest flow wrote, through compaction.

tests/warehouse/test_current_views.py checks the same on hand-made commits, in the fast suite; this
runs the flow itself: changed, deleted, quarantined and fixed files, a version coming back.
"""

from __future__ import annotations

import os

import pytest

from flows.ingest import ingest_articles
from tests.warehouse.test_current_views import current_views
from warehouse.compaction import compact_lake

WAR = "Troops at the border\n\nSoldiers and troops: the war goes on, fighting in the north.\n"
TRADE = "Trade talks\n\nSanctions hit trade; an economist sees export prices rise.\n"
HUNGER = "Food banks\n\nPoverty and hunger grow; the food bank queue is longer.\n"
BOTH = "War and trade\n\nThe war brings sanctions: troops at the port, trade and export prices fall.\n"


@pytest.mark.slow
def test_views_equal_their_definitions_through_changes_and_compaction(tmp_path, taxonomy_file) -> None:
    inbox, lake = tmp_path / "inbox", tmp_path / "lake"
    inbox.mkdir()

    def run(**files: str | bytes | None) -> None:
        for name, body in files.items():
            path = inbox / f"{name}.txt"
            if body is None:
                path.unlink()
            else:
                path.write_bytes(body if isinstance(body, bytes) else body.encode())
                os.utime(path, ns=(path.stat().st_mtime_ns + 1_000_000_000,) * 2)  # seen as changed
        ingest_articles(source=str(inbox), lake=str(lake), taxonomy=taxonomy_file)

    run(a=WAR, b=TRADE, c=HUNGER, d=BOTH, bad=b"\x00\x01binary")
    run(a=HUNGER, c=None, bad=TRADE)  # changed, deleted, no longer quarantined
    before = current_views(lake)
    assert len(before["articles"]) == 4 and before["quarantine"] == []

    compact_lake(lake)
    assert current_views(lake) == before
    # After compaction: a file back to its first version, a deleted one back, an article quarantined.
    run(a=WAR, c=HUNGER, b=b"\x00\x02binary")
    after = current_views(lake)
    assert sorted(r[4] for r in after["articles"]) == ["a.txt", "bad.txt", "c.txt", "d.txt"]
    assert len(after["quarantine"]) == 1
