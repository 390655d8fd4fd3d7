"""The report page's tables (places, amounts, tone): what they leave out, their signs, a phone's width and paper."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

import pytest

from tests.browser import visit
from tests.warehouse.report_lake import ECONOMY, add_article, make_report_lake
from tests.warehouse.report_page import need_chromium, page_of
from transforms.report.page import render_page
from warehouse.report import Window, read_report
from warehouse.report_files import write_page


@pytest.fixture(scope="module")
def lake(tmp_path_factory):
    return make_report_lake(tmp_path_factory.mktemp("report-page-tables"))


def test_the_places_table_says_how_many_paragraphs_in_other_languages_it_leaves_out(tmp_path) -> None:
    # A French article naming Paris has no label of the English taxonomy: its place was left out of the table unsaid.
    lake = make_report_lake(tmp_path)
    add_article(lake, "news/retraites.txt", "Retraites\n\nLe gouvernement a annoncé hier à Paris une réforme des "
                "retraites très contestée par les syndicats.\n", date(2026, 1, 7))
    html = page_of(lake)
    assert "Paris" not in re.sub(r"<p class=\"note\">.*?</p>", "", html.split('<section id="places">')[1])
    assert "Not counted: 1 paragraph naming a place in 1 article in another language than English (fr)" in html


# How wide the page is drawn, and how many lines each theme name of a table takes (a top theme's id, under its name
# until a tap shows it, is not part of it).
_NARROW = """() => ({page: document.documentElement.scrollWidth, window: document.documentElement.clientWidth,
    names: [...document.querySelectorAll('td.theme-name')].map(td => {
        const style = getComputedStyle(td);
        const text = td.clientHeight - parseFloat(style.paddingTop) - parseFloat(style.paddingBottom);
        return [(td.querySelector('summary') || td).textContent, Math.round(text / parseFloat(style.lineHeight))];
    })})"""


@pytest.mark.slow
def test_tables_at_a_phones_width_scroll_in_their_box_and_keep_theme_names_whole(lake, tmp_path) -> None:
    # At 420 px the top themes' table ran out of the column (the page scrolled sideways) and cut
    # "economy, business and finance" into three lines of a word or two.
    need_chromium()
    seen = visit(write_page(tmp_path / "report.html", page_of(lake)), probe=_NARROW, width=420)
    widths = seen.probed
    assert widths["page"] <= widths["window"], widths
    assert widths["names"] and all(lines <= 2 for _, lines in widths["names"]), widths["names"]
    assert dict(widths["names"])[ECONOMY] == 1


# Where the places' and amounts' counts are drawn: each row's first count (paragraphs, mentions) and its right edge.
_COUNTS = """() => ({window: document.documentElement.clientWidth,
    counts: [...document.querySelectorAll('#places tr, #amounts tr')].filter(tr => tr.querySelector('td.n'))
        .map(tr => [tr.closest('section').id, tr.querySelector('td.n').textContent,
                    Math.round(tr.querySelector('td.n').getBoundingClientRect().right)])})"""


@pytest.mark.slow
@pytest.mark.parametrize("width", [390, 320])
def test_the_places_and_amounts_counts_show_at_a_phones_width(lake, tmp_path, width: int) -> None:
    # Each row began with its theme's name, the same on five rows: at 390 px the name and the place (or
    # the kind of amount) filled the window, and the counts were off its edge, scrolled to one table at a time.
    need_chromium()
    seen = visit(write_page(tmp_path / "report.html", page_of(lake)), probe=_COUNTS, width=width)
    shown = seen.probed
    assert {section for section, _, _ in shown["counts"]} == {"places", "amounts"}, shown
    assert all(right <= shown["window"] for _, _, right in shown["counts"]), shown


@pytest.mark.slow
def test_the_places_count_shows_at_320_pixels_beside_a_place_of_long_words(tmp_path) -> None:
    # The places' count came after the place's kind and country: with "United Kingdom" (its "Kingdom" the place's
    # column's least width) the table was 337 pixels in a box of 292, the count off the edge and "paragr" its head.
    need_chromium()
    lake = make_report_lake(tmp_path / "lake")
    for n in range(3):
        add_article(lake, f"news/kingdom{n}.txt", f"Troops {n}\n\nThe war in the United Kingdom and Switzerland: "
                    "troops at the front.\n", date(2026, 1, 12 + n))
    shown: Any = visit(write_page(tmp_path / "report.html", page_of(lake)), probe=_COUNTS, width=320).probed
    assert "places" in {section for section, _, _ in shown["counts"]}, shown
    assert all(right <= shown["window"] for _, _, right in shown["counts"]), shown


def test_tone_figures_are_signed_with_a_minus_sign_and_none_reads_minus_zero(lake) -> None:
    # The table wrote "-0.40" with a hyphen-minus, and "-0.00" for a mean a little below zero (bbc-dev's economy).
    report = read_report(lake, Window())
    tone = report.sections["tone"]
    rows = [{**tone["rows"][0], "theme": f"t{i}", "mean_tone": mean} for i, mean in enumerate((-0.4, -0.001, 1.5))]
    html = render_page({**report.sections, "tone": {**tone, "rows": rows}}, lake=report.lake,
                       made_at=report.made_at, since=None, until=None)
    figures = re.findall(r'<td class="theme-name">t\d</td><td class="n">([^<]*)</td>', html)  # the mean, next
    assert figures == ["\u22120.40", "0.00", "+1.50"], figures


_TONE_COLUMNS = """() => { const box = document.querySelector('#tone-table').parentElement.getBoundingClientRect();
  return [...document.querySelectorAll('#tone-table tr:first-child th')].map(
    th => [th.textContent, th.getBoundingClientRect().right <= box.right]); }"""


@pytest.mark.slow
def test_a_phone_shows_each_themes_mean_tone_without_scrolling(lake, tmp_path) -> None:
    # At 390 px the tone table showed the names and their paragraphs; the means were past the box's edge.
    need_chromium()
    seen = visit(write_page(tmp_path / "report.html", page_of(lake)), probe=_TONE_COLUMNS, width=390)
    shown = dict(seen.probed)
    assert shown["theme"] and shown["mean tone"], seen.probed


# The top themes' table: each row's count of paragraphs (its first td.n after the rank) and its box's right edge.
_THEME_COUNTS = """() => { const box = document.querySelector('#themes div.table').getBoundingClientRect();
    const rows = [...document.querySelectorAll('#themes tr')].filter(tr => tr.querySelector('td'));
    return {right: Math.round(box.right), counts: rows.map(tr => { const count = tr.querySelectorAll('td.n')[1];
        return [count.textContent, Math.round(count.getBoundingClientRect().right)]; })}; }"""


@pytest.mark.slow
def test_the_top_themes_counts_show_at_320_pixels(lake, tmp_path) -> None:
    # The theme's name kept 16em (208 pixels) beside the rank: the paragraphs' count, third, was off a 320-pixel
    # phone's box (a new user's lake of ten themes: a table of 581 pixels in a box of 292).
    need_chromium()
    shown: Any = visit(write_page(tmp_path / "report.html", page_of(lake)), probe=_THEME_COUNTS, width=320).probed
    assert shown["counts"], shown
    assert all(right <= shown["right"] for _, right in shown["counts"]), shown


# The tone table: each row's count of paragraphs (the column headed "paragraphs") and its mean's, and the box's edge.
_TONE_COUNTS = """() => { const box = document.querySelector('#tone-table').parentElement.getBoundingClientRect();
    const heads = [...document.querySelectorAll('#tone-table tr:first-child th')].map(th => th.textContent);
    const at = heads.indexOf('paragraphs');
    return {right: Math.round(box.right), heads, counts: [...document.querySelectorAll('#tone-table tr')].slice(1)
        .map(tr => { const cell = tr.querySelectorAll('td')[at];
                     return [cell.textContent, Math.round(cell.getBoundingClientRect().right)]; })}; }"""


@pytest.mark.slow
@pytest.mark.parametrize("width", [320, 390])
def test_a_phone_shows_how_many_paragraphs_each_mean_tone_is_over(lake, tmp_path, width: int) -> None:
    # The count was the table's last column, at 666 to 736 pixels on a phone: a theme's mean of 3 paragraphs read as
    # sure as one of 3,000 beside it, unless the reader scrolled the table sideways to find the counts.
    need_chromium()
    shown: Any = visit(write_page(tmp_path / "report.html", page_of(lake)), probe=_TONE_COUNTS, width=width).probed
    assert "mean tone" in shown["heads"] and shown["counts"], shown
    assert all(re.fullmatch(r"\d{1,3}(,\d{3})*", count) for count, _ in shown["counts"]), shown
    assert all(right <= shown["right"] for _, right in shown["counts"]), shown


# Each absolutely placed element inside a box that scrolls (the tone bars' heading for a screen reader): is it placed
# against that box, whose scrolling clips it, or against the page, past whose edge it widens the whole page.
_PLACED = """() => ({page: document.documentElement.scrollWidth, window: document.documentElement.clientWidth,
    placed: [...document.querySelectorAll('div.table *, div.chart *')]
        .filter(e => getComputedStyle(e).position === 'absolute')
        .map(e => [e.textContent.slice(0, 30), e.closest('div.table, div.chart').contains(e.offsetParent)])})"""


@pytest.mark.slow
@pytest.mark.parametrize("width", [320, 390])
def test_a_tables_hidden_heading_stays_inside_its_scrolling_box(lake, tmp_path, width: int) -> None:
    # With the paragraphs' count moved beside the mean, the bars' heading for a screen reader (1 pixel, placed
    # absolutely) sat 3 pixels past a phone's edge: placed against the page, not the table's box, it was not
    # clipped by the box's scrolling, and the whole page scrolled sideways.
    need_chromium()
    shown: Any = visit(write_page(tmp_path / "report.html", page_of(lake)), probe=_PLACED, width=width).probed
    assert any(text.startswith("bar of the mean tone") for text, _ in shown["placed"]), shown
    assert all(inside for _, inside in shown["placed"]) and shown["page"] <= shown["window"], shown


# Tone's note on how tone is read, behind a <details>: the height its text takes under its summary.
_METHOD = """() => { const d = document.querySelector('#tone-method');
    return {open: d.open, text: Math.round(d.getBoundingClientRect().height
                                           - d.querySelector('summary').getBoundingClientRect().height)}; }"""


@pytest.mark.slow
def test_a_printed_page_shows_how_tone_is_read(lake, tmp_path) -> None:
    # Closed on screen (one line before the table on a phone), the note printed closed: its summary alone, with a
    # triangle that paper cannot open. On screen it stays closed.
    need_chromium()
    page = write_page(tmp_path / "report.html", page_of(lake))
    printed: Any = visit(page, probe=_METHOD, width=718, media="print").probed
    screen: Any = visit(page, probe=_METHOD, width=718, media="screen").probed
    assert printed["text"] > 30, printed
    assert not screen["open"] and screen["text"] == 0, screen


# Every <details> of the page, open or not, as a print dialog's `beforeprint` leaves it and as `afterprint` restores it.
_PRINTING = """() => { const all = [...document.querySelectorAll('details')];
    const before = all.map(d => d.open);
    window.dispatchEvent(new Event('beforeprint')); const printing = all.map(d => d.open);
    window.dispatchEvent(new Event('afterprint')); const after = all.map(d => d.open);
    return {before, printing, after}; }"""


@pytest.mark.slow
def test_printing_opens_every_note_and_restores_them_after(lake, tmp_path) -> None:
    # The printed notes were shown open by `::details-content` alone, a style older browsers do not know: there they
    # printed closed, a summary whose text paper cannot open. The print dialog opens them all and closes them after.
    need_chromium()
    page = write_page(tmp_path / "report.html", page_of(lake))
    shown: Any = visit(page, probe=_PRINTING, width=718).probed
    assert shown["before"] and not any(shown["before"]), shown
    assert all(shown["printing"]) and shown["after"] == shown["before"], shown


# A print dialog's events as a browser may send them: `beforeprint` again before `afterprint` (a second Ctrl+P while
# the preview is open, or a page's print() called twice), then `afterprint` once or twice.
_PRINTED_TWICE = """() => { const all = [...document.querySelectorAll('details')];
    const before = all.map(d => d.open);
    for (const e of ['beforeprint', 'beforeprint', 'afterprint']) window.dispatchEvent(new Event(e));
    const once = all.map(d => d.open);
    all[0].open = true;  // a note the reader opened, then two prints in a row
    const opened = all.map(d => d.open);
    for (const e of ['beforeprint', 'afterprint', 'beforeprint', 'afterprint']) window.dispatchEvent(new Event(e));
    return {before, once, opened, after: all.map(d => d.open)}; }"""


@pytest.mark.slow
def test_a_print_dialog_opened_twice_leaves_the_notes_as_the_reader_had_them(lake, tmp_path) -> None:
    # The second `beforeprint` found every note open (the first had opened them) and forgot which it had opened: the
    # `afterprint` closed none, and the page stayed with every theme's id and the tone's method open.
    need_chromium()
    page = write_page(tmp_path / "report.html", page_of(lake))
    shown: Any = visit(page, probe=_PRINTED_TWICE, width=718).probed
    assert shown["before"] and shown["once"] == shown["before"], shown
    assert shown["opened"][0] and shown["after"] == shown["opened"], shown
