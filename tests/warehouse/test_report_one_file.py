"""A file that holds most of a top theme's paragraphs is named beside the theme's counts and its tone."""

from __future__ import annotations

import re
from typing import Any

import pytest

from tests.browser import visit
from tests.warehouse.big_file_lake import make_big_file_lake, records
from tests.warehouse.report_page import need_chromium, page_of, section_of
from warehouse.report_files import write_page

ECONOMY, WAR = "economy, business and finance", "conflict, war and peace"
SMALL = {f"desk/war{i}.txt": f"Border {i}\n\nThe war goes on and troops advance.\n" for i in range(5)}
TRADE = [f"Trade slows as the price of export goods climbs, day {i}." for i in range(30)]
WIRE = "feeds/2026/autumn-wire-coverage-export-of-the-news-agency.jsonl"


def one_file_notes(html: str, section: str) -> list[str]:
    found = re.findall(r'<p class="note one-file">(.*?)</p>', section_of(html, section), re.S)
    return [" ".join(re.sub(r"<[^>]+>|\u200b", "", n).split()) for n in found]


@pytest.fixture(scope="module")
def big_lake(tmp_path_factory):
    return make_big_file_lake(tmp_path_factory.mktemp("big") / "lake", {WIRE: records(TRADE), **SMALL})


def test_a_theme_of_5_articles_from_one_file_is_named(tmp_path) -> None:
    # The least a note needs (ONE_FILE_LEAST_ARTICLES): a theme of 5 articles, all one file's, is still noted.
    html = page_of(make_big_file_lake(tmp_path / "lake", {WIRE: records(["Trade and price."] * 5), **SMALL}))
    assert one_file_notes(html, "themes") == [f"{WIRE} holds most of the paragraphs of {ECONOMY} (5 of its 5 "
                                              "paragraphs, 5 of its 5 articles): its rank and tone are mostly this "
                                              "one file's."]


def test_a_records_file_holding_most_of_a_themes_paragraphs_is_named_beside_it(big_lake) -> None:
    # A records file of many articles among small files decided a theme's rank and tone while the page counted its
    # paragraphs as if they came from many sources: the file is named, with its share, beside that theme alone.
    html = page_of(big_lake)
    themes, tone = one_file_notes(html, "themes"), one_file_notes(html, "tone")
    assert themes == [f"{WIRE} holds most of the paragraphs of {ECONOMY} (30 of its 30 paragraphs, 30 of its 30 "
                      "articles): its rank and tone are mostly this one file's."], themes
    assert tone == [f"Mostly one file's paragraphs ({WIRE}): the mean of {ECONOMY}."], tone
    assert WAR not in " ".join(themes + tone)


def test_every_theme_a_file_holds_most_of_is_named_once_under_it(tmp_path) -> None:
    mixed = records(TRADE + [f"War and troops, day {i}." for i in range(20)])
    html = page_of(make_big_file_lake(tmp_path / "lake", {WIRE: mixed, **SMALL}))
    themes = one_file_notes(html, "themes")
    assert len(themes) == 1 and themes[0].startswith(f"{WIRE} holds most of the paragraphs of these themes"), themes
    assert f"{ECONOMY} (30 of its 30 paragraphs" in themes[0] and f"{WAR} (20 of its 25 paragraphs" in themes[0]
    assert one_file_notes(html, "tone") == [f"Mostly one file's paragraphs ({WIRE}): the means of {ECONOMY}; {WAR}."]


@pytest.mark.parametrize("files", [
    pytest.param({WIRE: records(TRADE)}, id="a lake of one file: every theme is its"),
    pytest.param({WIRE: records(TRADE[:2] + ["Quiet day."] * 5),
                  **{f"desk/t{i}.txt": f"Market {i}\n\nTrade, export and price.\n" for i in range(6)}},
                 id="a records file with a minority of a theme"),
    pytest.param({"desk/long.txt": "Long\n\n" + "\n\n".join(f"War, part {i}, troops." for i in range(12)) + "\n",
                  **SMALL}, id="one long article: the articles column says it"),
    pytest.param({WIRE: records(["Trade and price.\n\nExport and trade.\n\nPrice of export."] * 4), **SMALL},
                 id="a theme of 4 articles of 12 paragraphs: the articles column says how few"),
    pytest.param({WIRE: records(["Trade, export, price.\n\nTrade again."] * 2), **SMALL},
                 id="a theme of 2 articles: not 2 of its 2"),
])
def test_no_file_is_named_where_none_decides_a_theme(tmp_path, files) -> None:
    html = page_of(make_big_file_lake(tmp_path / "lake", files))
    assert one_file_notes(html, "themes") == one_file_notes(html, "tone") == []


_NOTES = """() => [...document.querySelectorAll('p.one-file')].map(p => ({
    right: p.getBoundingClientRect().right, width: document.documentElement.clientWidth,
    page: document.documentElement.scrollWidth }))"""


@pytest.mark.slow
@pytest.mark.parametrize("width", [320, 390])
def test_a_files_note_stays_within_a_phones_width(big_lake, tmp_path, width) -> None:
    # A records file's path is one long word: it breaks at its slashes and hyphens, never pushing the page wider.
    need_chromium()
    page = write_page(tmp_path / "report.html", page_of(big_lake))
    notes: Any = visit(page, probe=_NOTES, width=width).probed
    assert len(notes) == 2, notes
    assert all(n["right"] <= n["width"] and n["page"] <= n["width"] for n in notes), notes


@pytest.mark.parametrize(("other", "wire", "agency"), [
    pytest.param("/in/agency", "wire/", "agency/", id="folders of other names: their last parts"),
    pytest.param("/other/wire", "/in/wire/", "/other/wire/", id="folders ending alike: their whole paths"),
])
def test_a_file_of_one_path_in_two_folders_is_named_with_its_folder(tmp_path, other, wire, agency) -> None:
    # Two runs from different folders, each with a feeds/wire.jsonl: the notes named both by the path below its
    # folder, alike, and grouped them as one file holding both themes.
    wars = records([f"War and troops, day {i}." for i in range(20)])
    lake = make_big_file_lake(tmp_path / "lake", {"feeds/wire.jsonl": records(TRADE), **SMALL},
                              elsewhere={other: {"feeds/wire.jsonl": wars}})
    themes = one_file_notes(page_of(lake), "themes")
    assert sorted(themes) == sorted([
        f"feeds/wire.jsonl (in {wire}) holds most of the paragraphs of {ECONOMY} (30 of its 30 paragraphs, 30 of its "
        "30 articles): its rank and tone are mostly this one file's.",
        f"feeds/wire.jsonl (in {agency}) holds most of the paragraphs of {WAR} (20 of its 25 paragraphs, 20 of its "
        "25 articles): its rank and tone are mostly this one file's."]), themes
