"""A Substack export read from its folder: each post's page gets its index's title and day; the index no quarantine."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from transforms.articles import QuarantineRecord, read_batch_articles
from warehouse.sources import list_sources, read_sources

_INDEX = (
    "post_id,post_date,is_published,email_sent_at,inbox_sent_at,type,audience,title,subtitle,podcast_url\n"
    "148223817.the-bus-plan,2026-01-14T09:12:00.000Z,true,2026-01-14T09:13:00.000Z,,newsletter,everyone,"
    "The bus plan nobody asked for,Why the timetable is a gamble,\n"
    "148224100.trams,,false,,,newsletter,everyone,Trams (draft),,\n"
)


def _read(folder: Path) -> tuple[dict[str, list], list[QuarantineRecord]]:
    files, quarantined = read_sources(list_sources(folder))
    read = read_batch_articles(files, None, quarantined)
    return {Path(source).name: [item.article for item in found.articles] for source, found in read.items()}, quarantined


def _export(folder: Path, index: str = _INDEX) -> None:
    (folder / "posts").mkdir()
    (folder / "posts.csv").write_text(index)
    (folder / "posts" / "148223817.the-bus-plan.html").write_text("<p>The council said the timetable starts.</p>")
    (folder / "posts" / "148224100.trams.html").write_text("<p>Trams could return to the centre by 2030.</p>")


def test_each_post_gets_its_index_title_and_day_and_the_index_is_no_quarantine(tmp_path: Path) -> None:
    _export(tmp_path)
    read, quarantined = _read(tmp_path)
    post = read["148223817.the-bus-plan.html"][0]
    assert post.title == "The bus plan nobody asked for" and post.text.startswith("The bus plan nobody asked for\n\n")
    assert post.published_at == datetime(2026, 1, 14, 9, 12, tzinfo=UTC)
    assert post.metadata["status"] == "published" and post.metadata["subtitle"] == "Why the timetable is a gamble"
    assert quarantined == [] and read["posts.csv"] == []


def test_a_draft_is_kept_undated_and_says_so(tmp_path: Path) -> None:
    _export(tmp_path)
    draft = _read(tmp_path)[0]["148224100.trams.html"][0]
    assert draft.metadata["status"] == "draft" and draft.title == "Trams (draft)" and draft.published_at is None


def test_an_index_without_its_posts_folder_or_another_csv_reads_as_before(tmp_path: Path) -> None:
    (tmp_path / "posts.csv").write_text(_INDEX)
    other = tmp_path / "other"
    other.mkdir()
    (other / "posts").mkdir()
    (other / "posts.csv").write_text("id,title,date\n1,Rain,2026-01-14\n")  # no index: its rows have no text
    _, quarantined = _read(tmp_path)
    assert sorted((Path(q.source).parent.name, q.reason) for q in quarantined) == [
        ("other", "no_text_field"), (tmp_path.name, "no_text_field")]


def test_a_scheduled_draft_with_a_post_date_is_still_undated(tmp_path: Path) -> None:
    # Substack keeps a day on a draft that was scheduled or saved; it was never sent, so it is no publication day
    _export(tmp_path, _INDEX.replace(",,false,", ",2026-03-01T09:00:00.000Z,false,"))
    draft = _read(tmp_path)[0]["148224100.trams.html"][0]
    assert draft.metadata["status"] == "draft" and draft.published_at is None
