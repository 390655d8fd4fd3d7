"""A one-article file whose content gives no date is dated by the day its name or folders give."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime
from pathlib import Path

import pytest

from transforms.articles import ArticleFile, read_file_articles
from transforms.path_dates import path_date
from transforms.pipeline import build_batch
from transforms.taxonomy import Taxonomy

FORMATS_DOC = Path(__file__).resolve().parents[2] / "docs" / "formats.md"  # the README's "Article formats"
NOW = datetime(2025, 6, 1, 9, 30, tzinfo=UTC)  # the ingestion moment
OCTOBER_1 = datetime(2024, 10, 1, tzinfo=UTC)
TEXT = b"Dockers walk out\n\nPort workers began a strike on Tuesday over pay.\n"
MARKUP = (
    "<html><head><title>Dockers walk out</title>{head}</head><body><article><h1>Dockers walk out</h1>"
    "<p>Port workers along the coast began a strike over pay and automation, closing the container "
    "terminals that handle most of the country's imports.</p><p>The union said the walkout would last "
    "until the employers returned to talks, and ships queued offshore as the cranes stood still.</p>"
    "</article></body></html>"
)


def dated(relative_path: str, data: bytes = TEXT, now: datetime = NOW) -> tuple[datetime | None, object]:
    """Return the publication date and `date_from` note of the one article of a file at a relative path."""
    file = ArticleFile(f"/in/{relative_path}", data, "/in", relative_path)
    [item] = read_file_articles(file, now=now).articles
    return item.article.published_at, item.article.metadata.get("date_from")


@pytest.mark.parametrize(
    "relative_path",
    [
        "2024-10-01-port-strike.txt",
        "2024_10_01_port_strike.txt",
        "20241001_port_strike.txt",
        "20241001-port-strike.md",
        "2024-10-01.md",  # a day's note
        "clippings/2024-10-01 port strike.txt",
        "_posts/2024-10-01-port-strike.md",  # a Jekyll post
        "2024/10/01/port-strike.txt",
        "archive/2024/10/01/port-strike.html.gz",
        "2024/10/01/strikes/port.txt",  # a day's folder, and one below it
        "news/port-strike-20241001.html",  # a page saved under its slug, which ends with the day
        "port_strike_20241001.txt",
    ],
)
def test_a_file_without_a_date_of_its_own_is_dated_by_the_day_its_path_gives(relative_path: str) -> None:
    data = MARKUP.format(head="").encode() if ".html" in relative_path else TEXT
    assert dated(relative_path, data) == (OCTOBER_1, "path")


@pytest.mark.parametrize(
    "relative_path",
    [
        "port-strike.txt",
        "2024-10-port-strike.txt",  # a month is no day
        "2024/10/port-strike.txt",
        "2024/10/01port-strike.txt",  # "01port" is no folder
        "2024100112_port_strike.txt",  # a number, not a day then a separator
        "2024-10_01-port-strike.txt",  # two separators: no way of writing a day
        "report-2024-10-01.txt",  # the day not at the name's opening
        "1234-10-01-port-strike.txt",  # no year of the news
        "2024-13-45-port-strike.txt",  # impossible
        "2023-02-29-port-strike.txt",  # no such day
        "2023/02/30/port-strike.txt",
        "2025-06-02-port-strike.txt",  # after the ingestion moment
        "2025/06/02/port-strike.txt",
        "port-strike-20241399.html",  # a slug's eight digits that are no day
        "port-strike-20250602.html",  # a slug's day after the ingestion moment
        "port-strike-2024100112.html",  # a number
        "port-strike20241001.html",  # no word of the slug: part of another
    ],
)
def test_a_path_without_a_possible_day_before_the_run_dates_nothing(relative_path: str) -> None:
    data = MARKUP.format(head="").encode() if ".html" in relative_path else TEXT
    assert dated(relative_path, data) == (None, None)


def test_the_ingestion_day_itself_dates_an_article() -> None:
    assert dated("2025-06-01-port-strike.txt") == (datetime(2025, 6, 1, tzinfo=UTC), "path")


def test_a_day_already_begun_east_of_utc_dates_an_article() -> None:
    """A clipping named in Sydney on its morning, 1 October, is read when it is still 30 September in UTC."""
    sydney_morning = datetime(2024, 9, 30, 22, 0, tzinfo=UTC)  # 08:00 on 1 October at UTC+10
    assert path_date("2024-10-01-port-strike.txt", sydney_morning) == OCTOBER_1
    assert path_date("2024-10-02-port-strike.txt", sydney_morning) is None  # no time zone has reached it


@pytest.mark.parametrize("relative_path", ["clippings\\2024-10-01-port-strike.txt", "2024\\10\\01\\port-strike.html"])
def test_a_windows_relative_path_gives_its_day(relative_path: str) -> None:
    """The listing writes a relative path with the system's separator: Windows' backslashes."""
    assert path_date(relative_path, NOW) == OCTOBER_1


def test_the_name_s_day_wins_over_its_folders_and_an_impossible_name_leaves_them() -> None:
    assert path_date("2024/09/30/2024-10-01-port-strike.txt", NOW) == OCTOBER_1
    assert path_date("2024/09/30/2024-13-01-port-strike.txt", NOW) == datetime(2024, 9, 30, tzinfo=UTC)


@pytest.mark.parametrize(
    ("relative_path", "data", "published"),
    [
        # front matter
        ("2024-10-01-port-strike.md", b"---\ntitle: Dockers\ndate: 2024-09-28 14:00\n---\n\nPort workers struck.\n",
         datetime(2024, 9, 28, 14, tzinfo=UTC)),
        ("2024/10/01/port-strike.txt", b"+++\ntitle = 'Dockers'\ndate = 2024-09-28\n+++\n\nPort workers struck.\n",
         datetime(2024, 9, 28, tzinfo=UTC)),
        # the page's meta tag, and its URL's day
        ("2024-10-01-port-strike.html",
         MARKUP.format(head='<meta property="article:published_time" content="2024-09-28T14:00:00Z">').encode(),
         datetime(2024, 9, 28, 14, tzinfo=UTC)),
        ("2024-10-01-port-strike.html",
         MARKUP.format(head='<link rel="canonical" href="https://news.example/2024/09/28/port-strike/">').encode(),
         datetime(2024, 9, 28, tzinfo=UTC)),
    ],
)
def test_a_date_the_content_gives_wins_over_the_path_s(relative_path: str, data: bytes, published: datetime) -> None:
    assert dated(relative_path, data) == (published, None)


def test_a_content_date_that_cannot_be_read_leaves_the_path_s_day_and_its_note() -> None:
    data = b"---\ndate: soon\n---\n\nPort workers struck.\n"
    file = ArticleFile("/in/2024-10-01-x.md", data, "/in", "2024-10-01-x.md")
    [item] = read_file_articles(file, now=NOW).articles
    assert item.article.published_at == OCTOBER_1
    assert item.article.metadata["date_unparsed"] == "soon"


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("2024-10-01-feed.jsonl", b'{"id": 1, "text": "Port workers struck."}\n{"id": 2, "text": "Ships queued."}\n'),
        ("2024/10/01/feed.csv", b"id,text\n1,Port workers struck.\n"),
        ("20241001_export.json", json.dumps([{"id": 1, "text": "Port workers struck."}]).encode()),
    ],
)
def test_a_records_file_s_name_dates_none_of_its_records(name: str, data: bytes) -> None:
    found = read_file_articles(ArticleFile(f"/in/{name}", data, "/in", name), now=NOW)
    assert found.articles
    assert [(i.article.published_at, i.article.metadata.get("date_from")) for i in found.articles] == [
        (None, None)
    ] * len(found.articles)


def test_the_articles_table_holds_the_path_s_day_and_its_note() -> None:
    files = [ArticleFile("/in/2024-10-01-port-strike.txt", TEXT, "/in", "2024-10-01-port-strike.txt"),
             ArticleFile("/in/port-strike.txt", TEXT, "/in", "port-strike.txt")]
    rows = build_batch(files, Taxonomy("t", ()), "run-1", NOW, enrichments=False).articles
    assert rows["published_at"] == [OCTOBER_1, None]
    assert [json.loads(m or "{}").get("date_from") for m in rows["metadata"]] == ["path", None]


def test_the_readme_s_examples_are_dated_as_it_says() -> None:
    text = " ".join(FORMATS_DOC.read_text("utf-8").split())
    sentence = text[text.index("is dated by the day its path gives") :].split("(`transforms/path_dates.py`)")[0]
    paths = re.findall(r"`([^`]+\.(?:txt|md|html))`", sentence)
    dated_paths = [p for p in paths if "13-45" not in p and "YYYY" not in p]
    assert len(dated_paths) == 5 and "2024-13-45-port-strike.txt" in paths
    assert {p: path_date(p, NOW) for p in dated_paths} == dict.fromkeys(dated_paths, OCTOBER_1)
    assert path_date("2024-13-45-port-strike.txt", NOW) is None
    assert '`"date_from": "path"`' in sentence


@pytest.mark.parametrize(
    "relative_path",
    ["clippings/2024-10-01/port-strike.txt", "20241001/port-strike.txt", "2024-10-01 strikes/port.txt",
     "2024-10-01/misc/port-strike.txt"],
)
def test_a_folder_named_by_one_day_dates_the_files_in_it(relative_path: str) -> None:
    # A day's exports in their folder were dated by their ingestion.
    assert dated(relative_path) == (OCTOBER_1, "path")


@pytest.mark.parametrize(
    "root", ["/in/clippings/2024-10-01", "/in/clippings/2024-10-01/", "/in/20241001", "s3://news/archive/2024/10/01",
             "C:\\clippings\\2024-10-01"],
)
def test_the_folder_a_run_reads_dates_its_files_where_its_name_is_a_day(root: str) -> None:
    # `themelake run clippings/2024-10-01`: the files' relative paths hold no day, the root's name does.
    file = ArticleFile(f"{root}/port-strike.txt", TEXT, root, "port-strike.txt")
    [item] = read_file_articles(file, now=NOW).articles
    assert (item.article.published_at, item.article.metadata.get("date_from")) == (OCTOBER_1, "path")


@pytest.mark.parametrize("root", ["/backups/2019-05-03/clippings", "/data/2024/10/01/clippings", "/data/2024/10"])
def test_a_day_further_up_the_root_s_path_dates_nothing(root: str) -> None:
    # A backup's folder holding every year's clippings names no article's day.
    file = ArticleFile(f"{root}/port-strike.txt", TEXT, root, "port-strike.txt")
    [item] = read_file_articles(file, now=NOW).articles
    assert item.article.published_at is None


def test_a_day_nearer_the_file_wins_over_the_root_s() -> None:
    assert path_date("2024/10/01/port-strike.txt", NOW, "/in/2023-01-01") == OCTOBER_1
    assert path_date("2024-10-01/port-strike.txt", NOW, "/in/2023/01/01") == OCTOBER_1


@pytest.mark.parametrize(
    ("relative_path", "root"),
    [("2024-09-30/2024-10-01/port-strike.txt", "/in"), ("2024-10-01/port-strike.txt", "/in/2024-09-30"),
     ("2024/09/30/2024/10/01/port-strike.txt", "/in"), ("2024/10/01/port-strike.txt", "/in/2024/09/30")],
)
def test_the_nearest_of_two_days_of_one_kind_wins(relative_path: str, root: str) -> None:
    # The folder days of one kind were read from the top only: the outer day, 2024-09-30, won.
    assert path_date(relative_path, NOW, root) == OCTOBER_1


@pytest.mark.parametrize("relative_path", ["2024-10-01_strikes/port.txt", "20241001_exports/port.txt"])
def test_a_folder_named_as_a_file_is_by_its_day_and_an_underscore_is_dated(relative_path: str) -> None:
    # "20241001_port_strike.md" was dated, its folder "20241001_exports/" was not.
    assert dated(relative_path) == (OCTOBER_1, "path")


@pytest.mark.parametrize(("relative_path", "root"), [("01/port-strike.txt", "/archive/2024/10"),
                                                     ("10/01/port-strike.txt", "/archive/2024")])
def test_a_run_of_a_year_or_month_folder_dates_its_files_by_their_day_folders(relative_path: str, root: str) -> None:
    # `themelake run archive/2024/10` over archive/2024/10/01/: the day's folder alone was no day.
    assert path_date(relative_path, NOW, root) == OCTOBER_1
    assert path_date("port-strike.txt", NOW, root) is None
    assert path_date("2024/10/01/port-strike.txt", NOW, "/archive/2019") == OCTOBER_1


def _scanned_path_date(relative_path: str, now: datetime, root: str = "") -> datetime | None:
    """`path_date` as it read every path: each folder pattern searched, whatever the path holds."""
    from datetime import date

    import transforms.path_dates as pd

    folders, _, name = relative_path.replace("\\", "/").rpartition("/")
    path = f"{pd._root_days.__wrapped__(root)}/{folders}/".replace("//", "/")
    candidates = [m.group(1, 3, 4) for m in [pd._NAME_DAY.match(name)] if m]
    candidates += [m.group(1, 2, 3) for m in [pd._SLUG_DAY.search(name)] if m]
    folder_days = [(m.end(), m.group(1, 2, 3)) for m in pd._FOLDER_DAY.finditer(path)]
    folder_days += [(m.end(), m.group(1, 3, 4)) for m in pd._FOLDER_NAME_DAY.finditer(path)]
    candidates += [day for _, day in sorted(folder_days, key=lambda pair: pair[0], reverse=True)]
    today = (now.astimezone(UTC) + pd._EARLIEST_ZONE).date()
    for year, month, day in candidates:
        try:
            found = date(int(year), int(month), int(day))
        except ValueError:
            continue
        if found <= today:
            return datetime(found.year, found.month, found.day, tzinfo=UTC)
    return None


_PIECES = ["2024", "1999", "2025", "10", "01", "13", "31", "-", "_", "/", "x", "20241001", "19", "20", ".txt", " "]


@pytest.mark.parametrize("seed", range(40))
def test_a_path_without_a_century_is_dated_as_one_scanned_for_folder_days(seed) -> None:
    # Folder days are looked for only where the path holds "19" or "20" (each opens with its century), and a
    # run's root is read once per root: the same day as searching every path, for paths and roots of all shapes.
    import random

    rng = random.Random(seed)
    for _ in range(200):
        path = "".join(rng.choice(_PIECES) for _ in range(rng.randint(1, 12)))
        root = rng.choice(["", "/data/clippings", "/data/2024/10", "archive/2024-10-01/", "s3://news/1999/12/31"])
        assert path_date(path, NOW, root) == _scanned_path_date(path, NOW, root), (path, root)
