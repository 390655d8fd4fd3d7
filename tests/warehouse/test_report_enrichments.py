"""The report's tone and amounts (the enrichments' tables) on the tiny lake of report_lake.py.

Expected values are read off report_lake.py's tables (TONES, AMOUNTS), not from the queries.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime

import pytest

from tests.warehouse.report_lake import ECONOMY, INGESTED, ROOT, SOCIETY, TAXONOMY, WAR, add_article, make_report_lake
from transforms.pipeline import ArticleFile, build_batch
from transforms.report.page import render_page
from warehouse import lake as lakes
from warehouse.catalog import connect
from warehouse.report import Window, read_report
from warehouse.tables import stage_rows


def page_of(lake) -> str:
    report = read_report(lake, Window())
    return render_page(report.sections, lake=report.lake, made_at=report.made_at, since=None, until=None)


@pytest.fixture(scope="module")
def lake(tmp_path_factory):
    return make_report_lake(tmp_path_factory.mktemp("report-enrichments"))


@pytest.fixture(scope="module")
def sections(lake):
    return read_report(lake, Window()).sections


def test_tone_by_theme_is_the_mean_of_its_paragraphs_with_the_shares_read_positive_and_negative(sections) -> None:
    tone = sections["tone"]["rows"]
    got = {r["theme"]: (r["paragraphs"], r["mean_tone"], r["positive"], r["negative"]) for r in tone}
    assert got == {
        WAR: (3, pytest.approx(-7 / 3, abs=1e-3), 0, 3),  # war1 -4, war2 -2, port -1
        ECONOMY: (2, 0.0, 1, 1),  # trade +1, port -1
        SOCIETY: (2, -1.5, 0, 1),  # hunger -3, bread 0 (neither)
    }
    # Every paragraph of the window, labelled or not: 7 titles at 0 and the 7 bodies (-7 in all).
    everything = sections["tone"]["all"]
    assert (everything["paragraphs"], everything["mean_tone"], everything["positive"], everything["negative"]) == (
        14, -0.5, 2, 4)
    assert everything["untoned_english"] == 0


def test_amounts_per_theme_count_an_amount_once_per_article_with_its_median_and_largest(sections) -> None:
    got = {(r["theme"], r["what"]): (r["kind"], r["mentions"], r["articles"], r["median"], r["largest"])
           for r in sections["amounts"]["rows"]}
    assert got == {
        # war1's 12,000 and war2's 300: the median is an amount said, of two the lower (not 6,150)
        (WAR, "troops"): ("count", 2, 2, 300.0, 12000.0),
        (WAR, "days"): ("count", 1, 1, 5.0, 5.0),
        (WAR, "USD"): ("money", 1, 1, 2e6, 2e6),  # port's
        (WAR, "percent"): ("measure", 1, 1, 3.0, 3.0),
        # trade says $4.5bn twice: once, beside port's $2m. Port and trade's 3% are two articles: twice.
        (ECONOMY, "USD"): ("money", 2, 2, 2e6, 4.5e9),
        (ECONOMY, "percent"): ("measure", 2, 2, 3.0, 3.0),
        (SOCIETY, "percent"): ("measure", 1, 1, 40.0, 40.0),  # hunger's bare 7 says nothing of its kind
    }
    assert all("total" not in r for r in sections["amounts"]["rows"])  # unrelated sums are not added up


@pytest.mark.slow
def test_a_headline_and_its_body_saying_the_same_sum_count_it_once(tmp_path) -> None:
    # Read by the real enrichment: the headline and the body both say $5m, both labelled economy (trade).
    lake = make_report_lake(tmp_path)
    add_article(lake, "news/deal.txt", "Trade deal worth $5m\n\nThe trade deal is worth $5m to exporters.\n",
                date(2026, 1, 7))
    said = connect(lake).sql(
        "SELECT p.role, pa.value, pa.unit FROM paragraph_amounts pa JOIN paragraphs p USING (paragraph_id) "
        "JOIN paragraph_themes l USING (paragraph_id) JOIN articles a ON a.article_id = pa.article_id "
        "WHERE a.relative_path = 'news/deal.txt' AND l.theme_id = 'economy' ORDER BY p.role"
    ).fetchall()
    assert said == [("body", 5e6, "USD"), ("title", 5e6, "USD")]  # the lake holds it twice
    usd = next(r for r in read_report(lake, Window()).sections["amounts"]["rows"]
               if (r["theme"], r["what"]) == (ECONOMY, "USD"))
    assert (usd["mentions"], usd["articles"], usd["median"]) == (3, 3, 5e6)  # $2m, $5m once, $4.5bn


@pytest.mark.slow
def test_a_headlines_sum_that_its_body_repeats_counts_under_the_bodys_themes_only(tmp_path) -> None:
    # Read by the real enrichment and labeller: the headline names war and trade, its body trade alone (bbc-dev's
    # "UK homes hit £3.3 trillion total" put the housing stock's value under arts and politics). A headline's sum
    # its body does not say still counts under the headline's themes.
    lake = make_report_lake(tmp_path)
    add_article(lake, "news/levy.txt", "War levy hits trade: $5m\n\nThe trade levy is worth $5m to exporters.\n",
                date(2026, 1, 7))
    add_article(lake, "news/cost.txt", "War costs $9m\n\nTroops wait at the border.\n", date(2026, 1, 8))
    themes = connect(lake).sql(
        "SELECT a.relative_path, p.role, l.theme_id FROM paragraph_amounts pa JOIN paragraphs p USING (paragraph_id) "
        "JOIN paragraph_themes l USING (paragraph_id) JOIN articles a ON a.article_id = pa.article_id "
        "WHERE a.relative_path IN ('news/levy.txt', 'news/cost.txt') ORDER BY ALL"
    ).fetchall()
    assert themes == [("news/cost.txt", "title", "war"), ("news/levy.txt", "body", "economy"),
                      ("news/levy.txt", "title", "economy"), ("news/levy.txt", "title", "war")]
    usd = {r["theme"]: (r["mentions"], r["median"], r["largest"])
           for r in read_report(lake, Window()).sections["amounts"]["rows"] if r["what"] == "USD"}
    assert usd == {WAR: (2, 2e6, 9e6), ECONOMY: (3, 5e6, 4.5e9)}  # war: port's $2m and cost's $9m, not levy's


def test_the_page_shows_the_tone_and_amounts_tables(lake) -> None:
    html = page_of(lake)
    tone = html.split('<section id="tone">')[1].split("</section>")[0]
    assert "positive minus its negative words per 100 words" in tone
    assert "<td class=\"n\">\u22122.33</td>" in tone and "<td class=\"n\">\u22120.50</td>" in tone  # minus signs
    amounts = html.split('<section id="amounts">')[1].split("</section>")[0]
    assert "<th class=\"n\">median</th><th class=\"n\">largest</th>" in amounts and "total" not in amounts
    assert "<td class=\"n\">USD 2m</td><td class=\"n\">USD 4.5bn</td>" in amounts  # economy: median, largest
    assert "<td class=\"n\">300 troops</td><td class=\"n\">12,000 troops</td>" in amounts
    assert "--no-enrich" not in html


def test_the_tone_bars_heading_names_each_side_and_the_mean_at_its_ends(lake, sections) -> None:
    # The bars' column had no visible heading: red and green were named nowhere, and a bar was a share of an
    # unnamed widest mean, so two pages' equal bars could be -3.7 and -0.4.
    tone = sections["tone"]
    widest = max(abs(r["mean_tone"]) for r in [*tone["rows"], tone["all"]] if r["mean_tone"] is not None)
    heading = page_of(lake).split('<section id="tone">')[1].split("</tr>")[0]
    sides = re.findall(r'<span class="(neg|pos)">([^<]*)</span>', heading)
    assert sides == [("neg", "negative"), ("pos", "positive"),
                     ("neg", f"\u2212{widest:.2f}"), ("pos", f"+{widest:.2f}")], sides


def test_places_and_amounts_give_each_themes_own_count_beside_its_name(lake, sections) -> None:
    # "313 paragraphs" name the United States: of how many? The theme's heading said only its name.
    html = page_of(lake)
    for section, count in (("places", "paragraphs"), ("amounts", "articles")):
        body = html.split(f'<section id="{section}">')[1].split("</section>")[0]
        headings = re.findall(r'<bdi>([^<]*)</bdi> <span class="group-count">of its ([\d,]+) (\w+)</span>', body)
        grouped = {r["theme"] for r in sections[section]["rows"]}
        assert {name for name, _, _ in headings} == grouped and grouped, (section, headings)
        totals = {t["name"]: t[count] for t in sections["themes"]["top"]}
        for name, number, word in headings:
            assert (int(number.replace(",", "")), word) == (totals[name], count if totals[name] > 1 else count[:-1])


def test_a_lake_ingested_without_enrichment_says_so_instead_of_empty_tables(tmp_path) -> None:
    lake = make_report_lake(tmp_path, enriched=False, places=False)  # as `run --no-enrich` leaves a lake
    s = read_report(lake, Window()).sections
    assert s["tone"]["all"]["paragraphs"] == 0 and s["tone"]["all"]["untoned_english"] == 14
    assert s["amounts"]["rows"] == []
    html = page_of(lake)
    for section, says in (("tone", "No tone: these articles were ingested with <code>--no-enrich</code>"),
                          ("amounts", "No amounts: these articles were ingested with <code>--no-enrich</code>"),
                          # It said "No places recorded", naming no command that records them.
                          ("places", "No places: these articles were ingested with <code>--no-enrich</code>")):
        # the lake's path is written with a <wbr> after each slash, where a phone may break it
        text = html.split(f'<section id="{section}">')[1].split("</section>")[0].replace("<wbr>", "")
        assert says in text and f"themelake enrich --lake {lake}" in text and "<table>" not in text


def add_bilingual_article(lake) -> None:
    """Commit a page as a run with enrichment writes it: its English paragraphs have a tone, its French one none."""
    relative = "news/bilingual.txt"
    text = ("War news\n\nThe war goes on and troops advance.\n\n"
            "Les dirigeants européens ont promis deux milliards d'euros aux pays d'accueil.\n")
    rows = build_batch([ArticleFile(f"{ROOT}/{relative}", text.encode(), ROOT, relative)], TAXONOMY, "run-bi",
                       INGESTED, enrichments=False)
    rows.articles["published_at"][0] = datetime(2026, 1, 7, tzinfo=UTC)
    rows.articles["tone"][0] = -2.0
    rows.paragraphs["tone"] = [0.0, -4.0, None]  # title, English body, French body
    lakes.commit(lake, stage_rows(lake, rows, "run-bi"))


def test_an_enriched_articles_paragraph_in_another_language_has_no_tone_yet_to_add(tmp_path) -> None:
    # As a run with enrichment writes a bilingual page: its English paragraphs have a tone, and so has the article;
    # its French one has none (enrichment reads English words), and `themelake enrich` would give it none either.
    lake = make_report_lake(tmp_path)
    add_bilingual_article(lake)
    tone = read_report(lake, Window()).sections["tone"]
    assert (tone["all"]["paragraphs"], tone["all"]["without_tone"], tone["all"]["untoned_english"]) == (16, 1, 0)
    assert "have no tone yet" not in page_of(lake)


def test_the_tone_table_says_how_many_paragraphs_in_other_languages_it_leaves_out(tmp_path) -> None:
    # Its last line, "every paragraph of these articles", counted 7,598 paragraphs of agnews-dev's 7,600 in the
    # overview, unsaid: an article in German has no tone, nor an English article's French paragraph.
    lake = make_report_lake(tmp_path)
    assert 'id="tone-other-languages"' not in page_of(lake)
    add_bilingual_article(lake)
    section = page_of(lake).split('<section id="tone">')[1].split("</section>")[0]
    assert "1 paragraph in a language other than English has no tone (it is read from English words)" in section


@pytest.mark.slow
def test_paragraphs_left_without_tone_are_counted_apart_from_the_means(tmp_path) -> None:
    # One more article committed as `run --no-enrich` writes it: its two paragraphs have no tone, and the means
    # are the enriched paragraphs' alone (they were not pulled towards 0), the page says how many are missing.
    lake = make_report_lake(tmp_path)
    relative = "news/war3.txt"
    files = [ArticleFile(f"{ROOT}/{relative}", b"Front\n\nThe war goes on.\n", ROOT, relative)]
    rows = build_batch(files, TAXONOMY, "run-bare", INGESTED, enrichments=False)
    rows.articles["published_at"][0] = datetime(2026, 1, 7, tzinfo=UTC)
    lakes.commit(lake, stage_rows(lake, rows, "run-bare"))
    tone = read_report(lake, Window()).sections["tone"]
    war = next(r for r in tone["rows"] if r["theme"] == WAR)
    assert (war["paragraphs"], war["without_tone"], war["mean_tone"]) == (3, 1, pytest.approx(-7 / 3, abs=1e-3))
    assert (tone["all"]["paragraphs"], tone["all"]["untoned_english"]) == (14, 2)
    assert "2 paragraphs of English articles have no tone yet" in page_of(lake)


def test_a_mean_tone_is_shown_rounded_once(tmp_path) -> None:
    # Rounded to 3 places in SQL, then to 2 on the page, a mean of -0.5049875 was shown "-0.51" (from -0.505),
    # where the same mean computed by hand reads -0.50.
    lake = make_report_lake(tmp_path)
    relative = "news/calm.txt"
    rows = build_batch([ArticleFile(f"{ROOT}/{relative}", b"Calm\n\nA quiet day.\n", ROOT, relative)], TAXONOMY,
                       "run-calm", INGESTED, enrichments=False)
    rows.articles["published_at"][0] = datetime(2026, 1, 7, tzinfo=UTC)
    rows.articles["tone"][0] = -1.0798
    rows.paragraphs["tone"] = [0.0, -1.0798]
    lakes.commit(lake, stage_rows(lake, rows, "run-calm"))
    everything = read_report(lake, Window()).sections["tone"]["all"]
    assert everything["mean_tone"] == pytest.approx((-7 - 1.0798) / 16)  # the 14 paragraphs of the lake sum to -7
    last_row = page_of(lake).split('<tr class="all-paragraphs">')[1].split("</tr>")[0]
    assert '<td class="n">\u22120.50</td>' in last_row
