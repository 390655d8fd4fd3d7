"""The report page: the sections' rows and charts put into one self-contained HTML file (a Jinja2 template).

The Vega, Vega-Lite and Vega-Embed JavaScript comes from vl-convert's bundle, inlined into the
page, so it opens from disk with no network: nothing is fetched from a CDN.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from functools import cache
from typing import Any

import jinja2
from markupsafe import Markup  # Jinja2's own escaping, installed with it

from transforms.formats.report_pages import GENERATOR
from transforms.report import charts, time_chart
from transforms.report.amounts import amount_rows
from transforms.report.languages import other_languages, other_languages_note, unlabelled_note
from transforms.report.last_run import last_run_text
from transforms.report.marks import Segment, article_link, evidence_spans, marked_segments
from transforms.report.periods import date_axis_title, date_title, one_period_note
from transforms.report.readable_text import readable_text
from transforms.report.shares import share_text
from transforms.report.shown_path import breakable_path, short_path
from transforms.report.sources import one_source_note, source_title, sources_label
from transforms.report.tone import tone_rows, tone_scale, tone_status
from transforms.text import same_headline

SEMANTIC = "semantic"  # warehouse.schemas.SEMANTIC: transforms do not import the warehouse
# What the page says instead of charts: the lake is empty, the window holds nothing, nothing is labelled.
EMPTY_LAKE, EMPTY_WINDOW, NO_LABELS, SHOWN = "empty_lake", "empty_window", "no_labels", "shown"

# The page's own script, run after the bundle: it draws the charts (templates/embed.js).
EMBED_SCRIPT = "embed.js"
# The charts whose rows' names (theme or source, left of the cells) stay in view as they scroll (keepRowNames).
KEEP_ROW_NAMES = ("over-time", "by-source", "cooccurrence")


@dataclass(frozen=True)
class Chart:
    """One chart of the page: its element id, heading, note and Vega-Lite spec (None: the note says why none)."""

    id: str
    title: str
    note: str
    spec: dict | None


@dataclass(frozen=True)
class Example:
    """One example paragraph of a theme, cut into marked segments, with its article."""

    theme: str
    score: float
    segments: list[Segment]
    title: str
    date: str
    dated_by: str
    link: str
    where: str
    language: str = ""  # the article's ISO 639-1 code, the paragraph's `lang`; "" unknown
    title_language: str = ""  # the title's `lang`: the article's, but for the page's own words or a file's name
    copies: int = 1  # the articles whose paragraphs of the theme have this text (wire copies): it is shown once


@cache
def _environment() -> jinja2.Environment:
    environment = jinja2.Environment(
        loader=jinja2.PackageLoader("transforms.report", "templates"),
        autoescape=True,
        trim_blocks=True,
        lstrip_blocks=True,
        undefined=jinja2.StrictUndefined,
    )
    environment.filters["share"] = share_text  # every percent the page writes: never 100% of some, 0% of some
    environment.filters["short_path"] = short_path
    environment.filters["breakable_path"] = breakable_path
    return environment


@cache
def vega_bundle() -> str:
    """Return the JavaScript of Vega, Vega-Lite and Vega-Embed with the page's embedding code, bundled."""
    import vl_convert

    # Inlined in a <script> element: a "</script" inside the code would end it early.
    embed, _, _ = _environment().loader.get_source(_environment(), EMBED_SCRIPT)  # type: ignore[union-attr]
    return str(vl_convert.javascript_bundle(embed)).replace("</script", "<\\/script")


def page_status(overview: Mapping[str, Any], n_themes: int) -> str:
    """Return what the page can show: charts, or why not.

    >>> page_status({"lake_articles": 0, "articles": 0}, 0), page_status({"lake_articles": 5, "articles": 0}, 0)
    ('empty_lake', 'empty_window')
    >>> page_status({"lake_articles": 5, "articles": 5}, 0), page_status({"lake_articles": 5, "articles": 5}, 3)
    ('no_labels', 'shown')
    """
    if not overview["lake_articles"]:
        return EMPTY_LAKE
    if not overview["articles"]:
        return EMPTY_WINDOW
    return SHOWN if n_themes else NO_LABELS


def _day(value: datetime | date | None) -> str:
    """Return a day as ISO 8601 writes it, four digits of year always (strftime wrote year 204 "204-03-05").

    >>> _day(date(204, 3, 5)), _day(datetime(2024, 3, 5, 22, 45)), _day(None)
    ('0204-03-05', '2024-03-05', '')
    """
    return value.isoformat()[:10] if value else ""


def _untitled(relative_path: str | None, source: str) -> str:
    """Return what names an article without a title: its file, and a record's key in it (a records
    file's examples were all named by the file alone).

    >>> _untitled("exports/w.json", "/data/exports/w.json#id=7"), _untitled("a.txt", "/data/a.txt")
    ('exports/w.json#id=7', 'a.txt')
    """
    if not relative_path:
        return source
    key = source[source.rfind("#"):] if "#" in source else ""
    return relative_path + key if key and not relative_path.endswith(key) else relative_path


# The link under an example that is its article's headline: the headline again, as the link's text, read twice.
# "The same" is text.same_headline's, the batch's own test of a headline line: the same words whatever their case
# and punctuation, so that "Rent Cap: Struck Down" under "Rent cap struck down." is not read twice either.
HEADLINE_LINK = "the article (this is its headline)"


def _example(row: Mapping[str, Any]) -> Example:
    """Return one example paragraph, its text and title as a reader should see them (readable_text.py)."""
    text, spans = readable_text(row["text"], evidence_spans(row["evidence"]))
    title = readable_text(row["title"])[0] if row["title"] else _untitled(row["relative_path"], row["source"])
    headline = bool(row["title"]) and same_headline(text, title)
    return Example(
        theme=row["theme"],
        score=row["score"],
        segments=marked_segments(text, spans),
        title=HEADLINE_LINK if headline else title,
        date=_day(row["dated_at"]),
        dated_by=row["dated_by"],
        link=article_link(row["url"], row["source"]),
        where=row["source_name"] or "",
        language=row.get("language") or "",
        # A Russian title was read aloud as English, the page's language, beside its paragraph read as Russian.
        title_language=(row.get("language") or "") if row["title"] and not headline else "",
        copies=row.get("copies") or 1,
    )


def make_examples(rows: list[Mapping[str, Any]]) -> list[Example]:
    """Return the example paragraphs with their evidence cut out as marked segments."""
    return [_example(r) for r in rows]


def evidence_note(rows: list[Mapping[str, Any]]) -> str:
    """Return the note over what carries each theme: semantic evidence is spoken of where the labels have any.

    >>> evidence_note([{"kind": "term"}])[:96]
    'The evidence most often behind each theme: the taxonomy terms matched in the text. Each theme is'
    """
    scale = " Each theme is drawn on its own scale: read the counts on its axis."
    if not any(r["kind"] == SEMANTIC for r in rows):
        return "The evidence most often behind each theme: the taxonomy terms matched in the text." + scale
    return ("The evidence most often behind each theme: taxonomy terms matched in the text, and semantic evidence "
            "(words whose meaning carries the theme)." + scale)


def make_charts(sections: Mapping[str, Any]) -> list[Chart]:
    """Return the page's charts, in page order, leaving out those with nothing to draw."""
    over_time, by_source = sections["over_time"], sections["by_source"]
    time_title = date_title(over_time["dated_by"], over_time["grain"], over_time["charted_by"],
                            over_time.get("strays_note", ""))
    kinds = {r["source_kind"] for r in by_source["rows"]}
    shown = len({r["source"] for r in by_source["rows"]})
    more = f" ({shown} with the most labels of {by_source['sources']})" if by_source["sources"] > shown else ""
    # The overview counts every source of the articles: a chart of fewer sources disagreed with it, unsaid.
    unlabelled = sections["overview"]["sites"] + sections["overview"]["folders"] - by_source["sources"]
    left_out = (f" {unlabelled:,} more {'source has' if unlabelled == 1 else 'sources have'} no paragraph labelled"
                " with these themes." if unlabelled > 0 else "")
    top_names = [t["name"] for t in sections.get("themes", {}).get("top", [])]  # the square's rows and columns
    one_period = one_period_note(over_time, time_title)
    # The axis says only its date; what the chart leaves out is the note's (time_title), said once.
    time_axis = date_axis_title(over_time["dated_by"], over_time["grain"], over_time["charted_by"])
    charted = len({r["theme"] for r in over_time["rows"]})  # one theme's heatmap: coloured by its count
    one_source = one_source_note(by_source["rows"])
    candidates = [
        ("over-time", "Themes over time",
         one_period or time_chart.over_time_note(over_time["grain"], time_title, charted),
         time_chart.over_time_chart(over_time["rows"], over_time["grain"], time_axis)),
        ("by-source", "Themes by source",
         (one_source or f"Labelled paragraphs per {source_title(kinds)}{more} and theme.") + left_out,
         None if one_source else charts.by_source_chart(by_source["rows"], source_title(kinds))),
        ("cooccurrence", "Theme co-occurrence", COOCCURRENCE_NOTE,
         charts.cooccurrence_chart(sections["cooccurrence"], top_names)),
        ("evidence", "What carries each theme", evidence_note(sections["evidence"]),
         charts.evidence_chart(sections["evidence"])),
    ]
    return [Chart(id_, title, note, described(spec, title, note, keep_row_names=id_ in KEEP_ROW_NAMES))
            for id_, title, note, spec in candidates
            if spec is not None or (id_ == "over-time" and one_period) or (id_ == "by-source" and one_source)]


# The heatmap's blanks, its diagonal and a pair of themes that share no paragraph, were left to be guessed at.
COOCCURRENCE_NOTE = (
    "Paragraphs labelled with both themes, the number in each cell; a blank cell, none"
    " (the diagonal: a theme is not paired with itself)."
)


def cooccurrence_absent_note(top_names: list[str], labelled_themes: int) -> Markup:
    """Return why the page draws no co-occurrence square, in words true of these articles.

    A lake (or window) whose every label is one theme was told "this page shows 1 (--top)", as if a bigger
    `--top` would draw a square; only a page that `--top` cut to one theme of several is sent to it.

    >>> str(cooccurrence_absent_note(["sport"], 1))
    'Co-occurrence needs two themes; the only theme these articles are labelled with is sport.'
    >>> str(cooccurrence_absent_note(["sport"], 3))
    'Co-occurrence needs two themes; this page shows 1 of the 3 themes with labels (<code>--top</code>).'
    """
    if len(top_names) >= 2:
        return Markup("No two of the top themes share a paragraph.")
    if labelled_themes <= 1:
        # The name last: "economy, business and finance" in mid-sentence read as a list.
        return Markup("Co-occurrence needs two themes; the only theme these articles are labelled with is {}.").format(
            top_names[0] if top_names else "")
    return Markup("Co-occurrence needs two themes; this page shows {} of the {} themes with labels"
                  " (<code>--top</code>).").format(len(top_names), labelled_themes)


def described(spec: dict | None, title: str, note: str, keep_row_names: bool = False) -> dict | None:
    """Return a chart's spec with its description, what a screen reader says the chart is (Vega makes it the
    chart's aria-label): every chart was "Vega visualization", where its marks name their own counts.

    >>> described({"mark": "rect"}, "Themes by source", "Labelled paragraphs per site and theme.")["description"]
    'Themes by source: Labelled paragraphs per site and theme.'
    >>> described(None, "Themes over time", "All in one day.") is None
    True
    """
    if spec is None:
        return None
    kept = {"usermeta": {"keepRowNames": True}} if keep_row_names else {}
    return {**spec, "description": f"{title}: {note}", **kept}


def render_page(sections: Mapping[str, Any], *, lake: str, made_at: datetime,
                since: date | None, until: date | None, generator: str = GENERATOR) -> str:
    """Return the report page's HTML for a lake's report sections; `generator` its generator meta tag's content
    ("themelake 0.1.0"), which must start with the word "themelake"."""
    overview, themes = sections["overview"], sections["themes"]
    status = page_status(overview, len(themes["top"]))
    shown = status == SHOWN
    examples = make_examples(sections["examples"]) if shown else []
    tone = sections["tone"]
    lines = tone_rows(tone["rows"], tone["all"]) if shown else []
    return _environment().get_template("report.html.j2").render(
        lake=lake,
        generator=generator,
        made_at=made_at.strftime("%Y-%m-%d %H:%M UTC"),
        since=_day(since),
        until=_day(until),
        status=status,
        overview=overview,
        last_run=last_run_text(overview.get("last_run")),
        sources_label=sources_label(overview["sites"], overview["folders"]),
        other_languages=other_languages(overview.get("languages", [])),
        unlabelled_note=unlabelled_note(overview["paragraphs"] - overview.get("labelled_paragraphs", 0),
                                        overview.get("unlabelled_other_languages")),
        themes=themes,
        charts=make_charts(sections) if shown else [],
        examples=examples,
        has_semantic=any(s.kind == SEMANTIC for e in examples for s in e.segments),
        cooccurrence_absent=cooccurrence_absent_note([t["name"] for t in themes["top"]],
                                                     overview.get("labelled_themes", len(themes["top"]))),
        theme_totals={t["name"]: t for t in themes["top"]},
        places=sections["places"],
        places_left_out=other_languages_note(sections["places"].get("other_languages")),
        tone=tone,
        tone_status=tone_status(tone["all"]),
        tone_rows=lines,
        tone_scale=tone_scale(lines),
        amounts=sections["amounts"],
        amount_rows=amount_rows(sections["amounts"]["rows"]),
        bundle=vega_bundle() if shown else "",
    )
