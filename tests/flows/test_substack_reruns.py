"""A re-run after a Substack export's `posts.csv` changed brings its pages' titles and days up to date."""

from __future__ import annotations

import pytest

from flows.ingest import ingest_articles
from tests.flows.test_incremental import sql

_HEAD = "post_id,post_date,is_published,email_sent_at,inbox_sent_at,type,audience,title,subtitle\n"
_ROW = "148224100.trams,{day},{published},,,newsletter,everyone,{title},\n"


@pytest.mark.slow
def test_a_fixed_title_and_a_published_draft_reach_the_lake_on_the_next_run(tmp_path, taxonomy_file) -> None:
    inbox, lake = tmp_path / "inbox", tmp_path / "lake"
    (inbox / "posts").mkdir(parents=True)
    (inbox / "posts" / "148224100.trams.html").write_text(
        "<p>Soldiers and troops: the war goes on, and trams could return to the centre by 2030.</p>")
    (inbox / "posts.csv").write_text(_HEAD + _ROW.format(day="", published="false", title="Trams (draft)"))
    ingest_articles(source=str(inbox), lake=str(lake), taxonomy=taxonomy_file)
    assert sql(lake, "select title, published_at is null from articles") == [("Trams (draft)", True)]

    (inbox / "posts.csv").write_text(_HEAD + _ROW.format(
        day="2026-01-14T09:12:00.000Z", published="true", title="Trams are back"))
    second = ingest_articles(source=str(inbox), lake=str(lake), taxonomy=taxonomy_file)
    assert second["files_changed"] == 2  # the index and its page
    assert sql(lake, "select title, published_at is null, metadata->>'status' from articles") == [
        ("Trams are back", False, "published")]

    third = ingest_articles(source=str(inbox), lake=str(lake), taxonomy=taxonomy_file)
    assert third["files_unchanged"] == third["files_seen"] == 2  # an unchanged index reads nothing again
