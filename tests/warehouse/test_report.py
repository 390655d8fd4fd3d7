"""The report's aggregates (DuckDB over the lake's views) on the tiny lake of report_lake.py.

Expected values are read off report_lake.py's table of articles, not from the queries.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.warehouse.report_lake import (
    ECONOMY,
    INGESTED,
    SOCIETY,
    TAXONOMY,
    WAR,
    add_article,
    add_old_article,
    make_report_lake,
)
from transforms.pipeline import ArticleFile, build_batch
from warehouse import lake as lakes
from warehouse.compaction import compact_lake
from warehouse.report import Window, overview, read_report
from warehouse.tables import stage_rows


@pytest.fixture(scope="module")
def lake(tmp_path_factory):
    return make_report_lake(tmp_path_factory.mktemp("report-lake"))


@pytest.fixture(scope="module")
def sections(lake):
    return read_report(lake, Window()).sections


@pytest.mark.slow
def test_overview_counts_articles_paragraphs_labels_sources_and_quarantine(sections) -> None:
    o = sections["overview"]
    assert (o["articles"], o["lake_articles"], o["articles_published"]) == (7, 7, 4)
    assert o["paragraphs"] == 14  # a title and a body each
    assert o["labelled_paragraphs"] == 6 and o["labelled_share"] == pytest.approx(6 / 14)
    assert o["sources"] == 3  # Daily Planet, commentary, desk's top level
    assert (o["sites"], o["folders"]) == (1, 2)  # what the page says it counts: sites and folders apart
    assert o["last_run"]["flow_name"] == "ingest-articles" and o["last_run"]["state"] == "COMPLETED"
    # Files and records apart: the page said "2 files quarantined" for one file and one record.
    assert o["quarantine_reasons"] == [
        {"reason": "binary", "files": 1, "records": 0}, {"reason": "no_text", "files": 0, "records": 1}
    ]
    assert sorted(q["source"] for q in o["quarantine_files"]) == ["/in/desk/broken.txt", "/in/desk/feed.jsonl#record=3"]


def test_top_themes_rank_by_labelled_paragraphs_then_name(sections) -> None:
    top = sections["themes"]["top"]
    assert [(t["rank"], t["name"], t["paragraphs"], t["articles"]) for t in top] == [
        (1, WAR, 3, 3), (2, ECONOMY, 2, 2), (3, SOCIETY, 2, 2),
    ]
    assert sections["themes"]["taxonomy"]["name"] == "report test"


def test_themes_over_time_count_by_week_of_publication_leaving_out_the_undated(sections) -> None:
    t = sections["over_time"]
    assert t["grain"] == "week" and t["dated_by"] == {"published": 4, "ingested": 3}
    # Most articles have a publication date: the chart counts those by it, and only those. The three dated by
    # their ingestion (2026-03-10) drew a week after the last publication's, with zeros between: no lull.
    assert (t["charted_by"], t["left_out"]) == ("published", 3)
    got = {(str(r["period"]), r["theme"]): r["paragraphs"] for r in t["rows"] if r["paragraphs"]}
    # Every week from the first article's to the last's, every theme in each: nine Mondays, three themes.
    periods = sorted({str(r["period"]) for r in t["rows"]})
    assert len(t["rows"]) == 9 * 3
    assert (periods[0], periods[1], periods[-1]) == ("2026-01-05", "2026-01-12", "2026-03-02")
    assert got == {
        ("2026-01-05", WAR): 2,  # war1 and war2, published Monday and Tuesday of that week
        ("2026-01-19", ECONOMY): 1,  # trade, published Tuesday 20th
        ("2026-03-02", SOCIETY): 1,  # hunger, published Monday 2nd
    }


def test_themes_over_time_count_every_article_by_ingestion_where_most_have_no_publication_date(lake) -> None:
    # March: hunger, published the 2nd; port, bread and quiet, dated by their ingestion on the 10th. Charted by both,
    # hunger's week stood apart from the others'; by ingestion, all four are in the day they were read.
    t = read_report(lake, Window(since=date(2026, 3, 1))).sections["over_time"]
    assert (t["dated_by"], t["charted_by"], t["left_out"]) == ({"published": 1, "ingested": 3}, "ingested", 0)
    got = {(str(r["period"]), r["theme"]): r["paragraphs"] for r in t["rows"] if r["paragraphs"]}
    assert got == {("2026-03-10", WAR): 1, ("2026-03-10", ECONOMY): 1, ("2026-03-10", SOCIETY): 2}


def test_themes_by_source_use_the_site_else_the_top_level_folder(sections) -> None:
    got = {(r["source"], r["source_kind"], r["theme"]): r["paragraphs"] for r in sections["by_source"]["rows"]}
    assert got == {
        ("Daily Planet", "site", WAR): 2, ("Daily Planet", "site", ECONOMY): 1,
        ("commentary", "folder", WAR): 1, ("commentary", "folder", ECONOMY): 1, ("commentary", "folder", SOCIETY): 2,
    }
    assert sections["by_source"]["sources"] == 2  # desk's only article has no label


@pytest.mark.slow
def test_a_file_directly_in_the_ingested_folder_is_named_as_its_top_level(tmp_path) -> None:
    # It was named by the folder alone, "desk", as if desk/ were a folder below the ingested one.
    lake = make_report_lake(tmp_path)
    add_article(lake, "top.txt", "Front page\n\nThe war goes on as troops advance.\n", date(2026, 1, 7))
    s = read_report(lake, Window()).sections
    sources = {r["source"] for r in s["by_source"]["rows"]}
    assert sources == {"Daily Planet", "commentary", "(top level of desk/)"}
    top = next(e for e in s["examples"] if e["title"] == "Front page")
    assert top["source_name"] == "(top level of desk/)"
    port = next(e for e in s["examples"] if e["title"] == "Port story")
    assert port["source_name"] == "commentary"  # a file in a sub-folder: that folder, as before


@pytest.mark.slow
def test_same_named_top_level_folders_of_two_ingested_folders_are_two_sources(tmp_path) -> None:
    # /in/desk/commentary and /in/wire/commentary were one source, "commentary", their labels added together.
    lake = make_report_lake(tmp_path)
    wire = "/in/wire"
    files = [ArticleFile(f"{wire}/commentary/{name}.txt", text.encode(), wire, f"commentary/{name}.txt")
             for name, text in (("siege", "Siege\n\nThe war closes the port.\n"),
                                ("quiet", "Quiet\n\nNothing happened.\n"))]
    rows = build_batch(files, TAXONOMY, "run-wire", INGESTED)
    lakes.commit(lake, stage_rows(lake, rows, "run-wire"))
    s = read_report(lake, Window()).sections
    got = {(r["source"], r["theme"]): r["paragraphs"] for r in s["by_source"]["rows"] if r["source_kind"] == "folder"}
    assert got == {
        ("commentary (in /in/desk/)", WAR): 1, ("commentary (in /in/desk/)", ECONOMY): 1,
        ("commentary (in /in/desk/)", SOCIETY): 2, ("commentary (in /in/wire/)", WAR): 1,
    }
    assert s["overview"]["folders"] == 3  # the two commentary folders and desk's top level
    port = {r["source_name"] for r in s["examples"] if r["title"] == "Port story"}
    assert port == {"commentary (in /in/desk/)"}


@pytest.mark.slow
def test_the_top_levels_of_two_differently_named_ingested_folders_keep_their_bare_names(tmp_path) -> None:
    # The files at the top of /in/desk and /in/wire: "(top level of desk/)" and "(top level of wire/)" say which
    # apart; they were named with the machine's whole path, "(top level of /in/wire/)", as if their names were one.
    lake = make_report_lake(tmp_path)
    add_article(lake, "top.txt", "Front page\n\nThe war goes on as troops advance.\n", date(2026, 1, 7))
    wire = "/in/wire"
    files = [ArticleFile(f"{wire}/siege.txt", b"Siege\n\nThe war closes the port.\n", wire, "siege.txt")]
    lakes.commit(lake, stage_rows(lake, build_batch(files, TAXONOMY, "run-wire", INGESTED), "run-wire"))
    s = read_report(lake, Window()).sections
    folders = {r["source"] for r in s["by_source"]["rows"] if r["source_kind"] == "folder"}
    assert folders == {"commentary", "(top level of desk/)", "(top level of wire/)"}


def test_cooccurrence_counts_paragraphs_two_themes_share_both_ways(sections) -> None:
    got = {(r["theme_a"], r["theme_b"]): r["paragraphs"] for r in sections["cooccurrence"]}
    assert got == {(WAR, ECONOMY): 1, (ECONOMY, WAR): 1}


def test_evidence_terms_per_theme_keep_matched_and_semantic_apart(sections) -> None:
    got = {(r["theme"], r["kind"], r["term"]): r["mentions"] for r in sections["evidence"]}
    assert got == {
        (WAR, "term", "war"): 2, (WAR, "term", "troops"): 2,
        (ECONOMY, "term", "trade"): 2, (ECONOMY, "term", "price"): 1, (ECONOMY, "term", "export"): 1,
        (SOCIETY, "term", "poverty"): 1, (SOCIETY, "term", "hunger"): 1,
        (SOCIETY, "semantic", "afford"): 1, (SOCIETY, "semantic", "bread"): 1,
    }


@pytest.mark.slow
def test_evidence_inside_a_tag_written_as_entities_is_not_counted(tmp_path) -> None:
    # agnews-dev's tags written as entities put a URL's "investor" and "stocks", and "href" and "font", among the
    # evidence beside the text's words, words the page's examples never show.
    lake = make_report_lake(tmp_path)
    add_article(lake, "news/ticker.txt", 'Ticker\n\nTrade rose at Acme &lt;A HREF="http://trade.example/war"&gt;ACME.O'
                "&lt;/A&gt; as troops left.\n", date(2026, 1, 7))
    got = {(r["theme"], r["term"]): r["mentions"] for r in read_report(lake, Window()).sections["evidence"]}
    # One more "trade" (the text's, not the URL's) and "troops"; the URL's "war" is none.
    assert (got[(ECONOMY, "trade")], got[(WAR, "troops")], got[(WAR, "war")]) == (3, 3, 2)


def test_examples_are_each_themes_strongest_paragraphs_with_evidence_offsets(sections) -> None:
    war = [e for e in sections["examples"] if e["theme"] == WAR]
    assert len(war) == 3 and war[0]["text"] == "The war goes on and troops advance near Kyiv."
    assert war[0]["title"] == "Border report" and war[0]["url"] == "https://example.org/war1"
    assert war[0]["dated_by"] == "published" and str(war[0]["dated_at"].date()) == "2026-01-05"
    assert sorted(war[0]["text"][e["start"]:e["end"]].lower() for e in war[0]["evidence"]) == ["troops", "war"]
    port = next(e for e in war if e["title"] == "Port story")
    assert port["dated_by"] == "ingested" and port["source_name"] == "commentary" and port["url"] is None


def test_places_per_theme_from_paragraph_places(sections) -> None:
    got = [(r["theme"], r["place"], r["paragraphs"]) for r in sections["places"]["rows"]]
    assert got == [(WAR, "Kyiv", 2), (ECONOMY, "Geneva", 1), (ECONOMY, "Kyiv", 1)]
    assert sections["places"]["recorded"] == 3


@pytest.mark.slow
def test_no_places_recorded_when_the_table_is_empty(tmp_path) -> None:
    places = read_report(make_report_lake(tmp_path, places=False), Window()).sections["places"]
    assert (places["recorded"], places["rows"], places["other_languages"]["paragraphs"]) == (0, [], 0)


def test_window_keeps_articles_dated_within_it_and_top_n(lake) -> None:
    s = read_report(lake, Window(since=date(2026, 1, 1), until=date(2026, 1, 20), top=1)).sections
    assert s["overview"]["articles"] == 3  # war1, war2, trade: `until` is inclusive
    assert [(t["name"], t["paragraphs"]) for t in s["themes"]["top"]] == [(WAR, 2)]
    assert {r["theme"] for r in s["over_time"]["rows"]} == {WAR}


@pytest.mark.slow
def test_empty_window_and_unlabelled_and_empty_lakes_have_no_themes(lake, tmp_path) -> None:
    empty_window = read_report(lake, Window(since=date(2025, 1, 1), until=date(2025, 1, 31))).sections
    assert empty_window["overview"]["articles"] == 0 and empty_window["overview"]["lake_articles"] == 7
    assert empty_window["themes"]["top"] == [] and empty_window["examples"] == []
    unlabelled = read_report(make_report_lake(tmp_path / "unlabelled", labels=False), Window()).sections
    assert unlabelled["overview"]["articles"] == 7 and unlabelled["themes"]["top"] == []
    lakes.commit(tmp_path / "empty", {})
    empty = read_report(tmp_path / "empty", Window()).sections
    assert empty["overview"]["lake_articles"] == 0 and empty["overview"]["last_run"] is None
    assert empty["over_time"]["rows"] == [] and empty["places"]["recorded"] == 0


def test_days_when_the_articles_span_two_weeks_or_less(lake) -> None:
    # war1 and war2, published on Monday 5 and Tuesday 6 January: by week, one point and no line.
    over_time = read_report(lake, Window(since=date(2026, 1, 5), until=date(2026, 1, 19))).sections["over_time"]
    assert over_time["grain"] == "day"
    assert {(str(r["period"]), r["paragraphs"]) for r in over_time["rows"] if r["theme"] == WAR} == {
        ("2026-01-05", 1), ("2026-01-06", 1)}


@pytest.mark.slow
def test_months_when_the_articles_span_more_than_half_a_year(tmp_path) -> None:
    lake = make_report_lake(tmp_path)
    assert read_report(lake, Window()).sections["over_time"]["grain"] == "week"  # January to March
    # One more article, published a year earlier, stretches the span past half a year.
    add_old_article(lake, date(2025, 1, 15))
    over_time = read_report(lake, Window()).sections["over_time"]
    assert over_time["grain"] == "month"
    got = {(str(r["period"]), r["theme"]): r["paragraphs"] for r in over_time["rows"]}
    assert got[("2025-01-01", WAR)] == 1 and got[("2026-01-01", WAR)] == 2 and got[("2025-06-01", WAR)] == 0
    assert len({r["period"] for r in over_time["rows"]}) == 15  # January 2025 to March 2026


@pytest.mark.parametrize(
    ("published", "grain", "first", "last", "periods"),
    [
        (date(2000, 2, 15), "quarter", "2000-01-01", "2026-01-01", 105),
        (date(1900, 3, 1), "year", "1900-01-01", "2026-01-01", 127),
        (date(1000, 3, 1), "decade", "1000-01-01", "2020-01-01", 103),
        # A "no end" date: by year, 7,974 points a line made a 14 MB page that took 24 s to write.
        (date(9999, 12, 31), "century", "9900-01-01", "2000-01-01", 80),
        # The century of the years 1 to 99 starts in year 0, which a Python date cannot hold.
        (date(50, 6, 1), "century", "0001-01-01", "2000-01-01", 21),
    ],
)
@pytest.mark.slow
def test_coarser_periods_when_the_articles_span_decades_or_centuries(
    tmp_path, published, grain, first, last, periods
) -> None:
    # A date centuries off (a wrong date field) must not make a line of thousands of points.
    lake = make_report_lake(tmp_path)
    add_old_article(lake, published)
    over_time = read_report(lake, Window()).sections["over_time"]
    assert over_time["grain"] == grain
    got = {(str(r["period"]), r["theme"]): r["paragraphs"] for r in over_time["rows"]}
    # January to March 2026 in one period: war1 and war2 (port, dated by its ingestion, is left out of the chart)
    assert got[(first, WAR)] == 1 and got[(last, WAR)] == 2
    assert len({r["period"] for r in over_time["rows"]}) == periods


@pytest.mark.parametrize("published", [date(9999, 12, 31), date(1, 1, 1)])
@pytest.mark.slow
def test_a_report_without_a_window_keeps_the_first_and_last_dates_there_are(tmp_path, published: date) -> None:
    # 9999-12-31 is a common "no end" date: the open window ended at 9999-12-30 and left it out.
    lake = make_report_lake(tmp_path)
    add_old_article(lake, published)
    o = read_report(lake, Window()).sections["overview"]
    assert (o["articles"], o["lake_articles"], o["articles_published"]) == (8, 8, 5)


@pytest.mark.slow
def test_a_compaction_that_commits_while_the_report_reads_is_read_through(tmp_path, monkeypatch) -> None:
    # Readers take no lock: a compaction (or `enrich`) committing during a report deleted the files
    # its views named, and `themelake report` ended in DuckDB's IOException and a traceback.
    lake = make_report_lake(tmp_path)
    add_old_article(lake, date(2026, 1, 6))
    expected = read_report(lake, Window()).sections
    read_overview = overview.read
    calls = []

    def compact_then_read(con):
        calls.append(con)
        if len(calls) == 1:
            assert compact_lake(lake).deleted  # the report's views name files now gone
        return read_overview(con)

    monkeypatch.setattr(overview, "read", compact_then_read)
    got = read_report(lake, Window()).sections
    assert len(calls) == 2 and got["overview"] == expected["overview"] and got["themes"] == expected["themes"]
