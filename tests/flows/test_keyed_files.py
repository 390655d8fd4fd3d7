"""Files that are not records files but hold keyed articles (an alert mail's stories, a Factiva text export's
documents): deleting the file, or a story from it, takes those articles out of the current views."""

from __future__ import annotations

import os
from pathlib import Path

import duckdb
import pytest

from flows.ingest import ingest_articles
from tests.transforms.formats.test_alert_mails import TWO, alert_mail
from warehouse.lake import CATALOG

FIRST_STORY, SECOND_STORY = TWO.split("</tr><tr>")[0] + "</tr>", "<tr>" + TWO.split("</tr><tr>", 1)[1]


def _factiva(headline: str, lead: str, number: str) -> str:
    return (f"HD\n{headline}\nPD\n4 March 2026\nSN\nFinancial Times\nSC\nFTCOM\nLA\nEnglish\nLP\n{lead}\n"
            f"TD\nThe port authority said ships would be cleared by Friday.\nAN\nDocument FTCOM0002026030{number}\n")


DOCK = _factiva("Dock strike ends after pay deal", "Dockworkers at Santos returned to work on Tuesday.", "4")
GRAIN = _factiva("Grain exports resume", "Grain ships left Santos for the first time in a week.", "5")


def _titles(lake: Path) -> list[str]:
    con = duckdb.connect(str(lake / CATALOG), read_only=True)
    try:
        return [title for (title,) in con.sql("select title from articles order by title").fetchall()]
    finally:
        con.close()


def _run(inbox: Path, lake: Path, taxonomy: str) -> dict:
    return ingest_articles(source=str(inbox), lake=str(lake), taxonomy=taxonomy)


@pytest.fixture
def keyed_lake(tmp_path: Path, taxonomy_file: str) -> tuple[Path, Path]:
    """A lake of a folder holding an alert mail of two stories and a Factiva export of two documents."""
    inbox, lake = tmp_path / "inbox", tmp_path / "lake"
    inbox.mkdir()
    (inbox / "alert.eml").write_bytes(alert_mail(TWO))
    (inbox / "export.txt").write_text(DOCK + "\n" + GRAIN)
    first = _run(inbox, lake, taxonomy_file)
    assert first["articles_written"] == 4
    return inbox, lake


ALL = ["Council approves new cycle lanes", "Dock strike ends after pay deal", "Grain exports resume",
       "Riders welcome cycle lanes plan"]


@pytest.mark.slow  # several flow runs
def test_an_unchanged_rerun_of_keyed_files_writes_nothing(keyed_lake, taxonomy_file) -> None:
    inbox, lake = keyed_lake
    again = _run(inbox, lake, taxonomy_file)
    assert (again["articles_written"], again["files_unchanged"]) == (0, 2)
    assert _titles(lake) == ALL


@pytest.mark.slow  # several flow runs
@pytest.mark.parametrize("name", ["alert.eml", "export.txt"])
def test_a_deleted_keyed_file_takes_its_articles_out_of_the_current_views(keyed_lake, taxonomy_file, name) -> None:
    # they stayed current: the deletion only walked records files (.jsonl, .csv, ...) for their records
    inbox, lake = keyed_lake
    os.remove(inbox / name)
    gone = _run(inbox, lake, taxonomy_file)
    assert gone["files_deleted"] == 1 and gone["articles_written"] == 0
    left = ALL[1:3] if name == "alert.eml" else [ALL[0], ALL[3]]
    assert _titles(lake) == left
    assert _run(inbox, lake, taxonomy_file)["articles_written"] == 0 and _titles(lake) == left


@pytest.mark.slow  # several flow runs
@pytest.mark.parametrize("name", ["alert.eml", "export.txt"])
def test_a_story_dropped_from_a_keyed_file_leaves_the_current_views(keyed_lake, taxonomy_file, name) -> None:
    inbox, lake = keyed_lake
    if name == "alert.eml":
        (inbox / name).write_bytes(alert_mail(FIRST_STORY))
        left = ALL[:3]
    else:
        (inbox / name).write_text(GRAIN)
        left = ALL[:1] + ALL[2:]
    changed = _run(inbox, lake, taxonomy_file)
    assert changed["files_changed"] == 1
    if name == "export.txt":  # the document kept has its own version, as a record has: not written again
        assert changed["articles_written"] == 0
    assert _titles(lake) == left
    assert _run(inbox, lake, taxonomy_file)["articles_written"] == 0 and _titles(lake) == left


def _statuses(lake: Path) -> dict[str, str]:
    con = duckdb.connect(str(lake / CATALOG), read_only=True)
    try:
        return dict(con.sql("select source, status from sources where source not like '%#%'").fetchall())
    finally:
        con.close()


@pytest.mark.slow  # several flow runs
def test_a_keyed_file_s_own_row_says_records_as_a_records_file_s_does(keyed_lake, taxonomy_file) -> None:
    # it said `article`, with an article id no article carries: `count(*) ... where status = 'article'` counted a
    # mail of two stories as three articles
    inbox, lake = keyed_lake
    (inbox / "note.txt").write_text("Lanes open\n\nThe council opened new cycle lanes on Monday morning.\n")
    (inbox / "feed.jsonl").write_text('{"id": "1", "title": "Buses", "text": "New buses ran on Monday."}\n')
    _run(inbox, lake, taxonomy_file)
    assert {Path(s).name: status for s, status in _statuses(lake).items()} == {
        "alert.eml": "records", "export.txt": "records", "feed.jsonl": "records", "note.txt": "article"}
    con = duckdb.connect(str(lake / CATALOG), read_only=True)
    try:
        [(counted,)] = con.sql("select count(*) from sources where status = 'article'").fetchall()
        [(articles,)] = con.sql("select count(*) from articles").fetchall()
    finally:
        con.close()
    assert counted == articles == 6


def _lexis(title: str, body: str) -> str:
    return (f"{title}\n\nThe Guardian (London)\nMarch 5, 2026 Thursday\n\nByline: Jane Doe\n\nBody\n\n{body}\n\n"
            "Load-Date: March 6, 2026\n\nEnd of Document\n")


LEXIS = [_lexis("Water budget approved", "Ministers approved a budget for the city's water network."),
         _lexis("Reservoir site chosen", "A site north of the city was chosen for the new reservoir."),
         _lexis("Pipes replaced", "Crews replaced the old pipes under the high street.")]


def _article_ids(lake: Path) -> dict[str, str]:
    con = duckdb.connect(str(lake / CATALOG), read_only=True)
    try:
        return dict(con.sql("select title, article_id from articles").fetchall())
    finally:
        con.close()


@pytest.mark.slow  # several flow runs
def test_a_lexis_export_without_its_first_document_deletes_that_one_and_keeps_the_others(
    tmp_path: Path, taxonomy_file: str
) -> None:
    # its documents were keyed by place: the second became the first, each rewritten as new, the old ones deleted
    inbox, lake = tmp_path / "inbox", tmp_path / "lake"
    inbox.mkdir()
    (inbox / "lexis.txt").write_text("\n".join(LEXIS))
    assert _run(inbox, lake, taxonomy_file)["articles_written"] == 3
    before = _article_ids(lake)
    (inbox / "lexis.txt").write_text("\n".join(LEXIS[1:]))
    again = _run(inbox, lake, taxonomy_file)
    assert again["articles_written"] == 0
    assert _article_ids(lake) == {t: i for t, i in before.items() if t != "Water budget approved"}


@pytest.mark.slow  # several flow runs
def test_a_lexis_export_with_one_body_corrected_writes_that_document_s_new_version(
    tmp_path: Path, taxonomy_file: str
) -> None:
    # keyed by a digest of its text too, the corrected document was deleted and written again as a new article:
    # a user expects the same article, its new version, as a records file's record of the same key and a new text
    inbox, lake = tmp_path / "inbox", tmp_path / "lake"
    inbox.mkdir()
    (inbox / "lexis.txt").write_text("\n".join(LEXIS))
    _run(inbox, lake, taxonomy_file)
    before = _article_ids(lake)
    (inbox / "lexis.txt").write_text("\n".join([LEXIS[0], LEXIS[1].replace("north of", "to the north of"), LEXIS[2]]))
    again = _run(inbox, lake, taxonomy_file)
    assert (again["articles_written"], again["records_deleted"]) == (1, 0)
    assert _article_ids(lake) == before
    con = duckdb.connect(str(lake / CATALOG), read_only=True)
    try:
        texts = con.sql("select p.text from paragraphs p join articles a using (article_id, content_hash) "
                        "where a.title = 'Reservoir site chosen'").fetchall()
    finally:
        con.close()
    assert any("to the north of" in text for (text,) in texts)


def _positional(read):  # noqa: ANN001, ANN202 (the reader it wraps)
    """Return a text export's reader as main's before content keys: its documents without an id (`record=N`)."""
    return lambda text: None if (found := read(text)) is None else [
        {name: value for name, value in document.items() if name != "id"} for document in found]


def _title(document: str) -> str:
    """Return a Lexis document's title (its first line) or a Factiva document's (the line under "HD")."""
    lines = document.split("\n")
    return lines[1] if lines[0] == "HD" else lines[0]


FACTIVA_WITHOUT_AN = [_factiva(h, "Ships left Santos on Tuesday.", "0").split("AN\n")[0]
                      for h in ("Port reopens", "Tariffs cut", "Fuel prices rise")]


@pytest.mark.slow  # several flow runs
@pytest.mark.parametrize("export", ["lexis", "factiva"])
def test_a_lake_of_positional_keys_rerun_neither_loses_nor_duplicates_an_export_s_documents(
    tmp_path: Path, taxonomy_file: str, monkeypatch: pytest.MonkeyPatch, export: str
) -> None:
    # a lake made before its documents were keyed by their names: each `record=N`, the file's own row `article`
    import flows.batch
    import transforms.formats.txt

    inbox, lake = tmp_path / "inbox", tmp_path / "lake"
    inbox.mkdir()
    documents = LEXIS if export == "lexis" else FACTIVA_WITHOUT_AN
    titles = sorted(_title(document) for document in documents)
    (inbox / "export.txt").write_text("\n".join(documents))
    with monkeypatch.context() as old:
        old.setattr(transforms.formats.txt, "lexis_documents", _positional(transforms.formats.txt.lexis_documents))
        old.setattr(transforms.formats.txt, "factiva_documents", _positional(transforms.formats.txt.factiva_documents))
        old.setattr(flows.batch, "holds_keyed_articles", lambda found: False)
        assert _run(inbox, lake, taxonomy_file)["articles_written"] == 3
    assert _statuses(lake) == {str(inbox / "export.txt"): "article"}
    # unchanged, it is not read again: its articles stay as they are, none lost, none twice
    assert _run(inbox, lake, taxonomy_file)["articles_written"] == 0 and _titles(lake) == titles
    # changed, it is re-keyed in one run: the positional articles deleted, each document kept written once, its new key
    (inbox / "export.txt").write_text("\n".join(documents[1:]))
    changed = _run(inbox, lake, taxonomy_file)
    assert (changed["articles_written"], changed["records_deleted"]) == (2, 3)
    assert _titles(lake) == sorted(_title(document) for document in documents[1:])
    assert _statuses(lake) == {str(inbox / "export.txt"): "records"}
    assert _run(inbox, lake, taxonomy_file)["articles_written"] == 0
