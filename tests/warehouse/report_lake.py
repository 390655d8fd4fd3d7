"""A tiny lake for the report's tests: real files through the pipeline, plus the columns it cannot fill yet.

The pipeline labels the articles with a three-theme taxonomy; publication dates, sites and URLs
(issue 11's), semantic evidence (issue 10's) and places (issue 13's) are written into the lake
directly, through the same stage + commit functions the flows use, so the report reads real values.

| article                 | folder     | site         | published  | body's themes (evidence)        |
| ----------------------- | ---------- | ------------ | ---------- | -------------------------------- |
| news/war1.txt           | news       | Daily Planet | 2026-01-05 | war (war, troops)                |
| news/war2.txt           | news       | Daily Planet | 2026-01-06 | war (troops)                     |
| news/trade.txt          | news       | Daily Planet | 2026-01-20 | economy (trade, price, export)   |
| commentary/port.txt     | commentary | -            | - (ingest) | war (war), economy (trade)       |
| commentary/hunger.txt   | commentary | -            | 2026-03-02 | society (poverty, hunger)        |
| commentary/bread.txt    | commentary | -            | - (ingest) | society (semantic: afford, bread)|
| quiet.txt               | desk       | -            | - (ingest) | none                             |

Ingested 2026-03-10 (a Tuesday). Places: Kyiv in war1's and port's bodies, Geneva in trade's.
One more file, broken.txt, is quarantined (binary), and one record of a records file (no_text).

Tone and amounts (what `run` without `--no-enrich` would add) are written in as well, unless
`enriched=False`: every title's tone is 0, the bodies' are below; the amounts are rows of
paragraph_amounts in the bodies (the texts do not say them: the report reads no offsets).

| article               | body's tone | body's amounts (value, unit, object)                       |
| --------------------- | ----------: | ---------------------------------------------------------- |
| news/war1.txt         |        -4.0 | 12000 troops                                               |
| news/war2.txt         |        -2.0 | 300 troops, 5 days                                         |
| news/trade.txt        |         1.0 | 4.5e9 USD, the same 4.5e9 USD again, 3 percent             |
| commentary/port.txt   |        -1.0 | 2e6 USD, 3 percent                                         |
| commentary/hunger.txt |        -3.0 | 40 percent, 7 (neither unit nor object)                    |
| commentary/bread.txt  |         0.0 | -                                                          |
| quiet.txt             |         2.0 | -                                                          |
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, date, datetime
from pathlib import Path

from transforms.pipeline import ArticleFile, QuarantineRecord, article_id, build_batch
from transforms.taxonomy import parse_taxonomy
from warehouse import lake as lakes
from warehouse import staging
from warehouse.schemas import SEMANTIC
from warehouse.tables import run_row, stage_quarantine, stage_rows, theme_rows

TAXONOMY_TOML = """
[taxonomy]
name = "report test"
min_score = 1.0
semantic = false  # the labels of the table above: terms alone (the semantic label is written below)
[[themes]]
id = "war"
name = "conflict, war and peace"
terms = ["war", "troops"]
[[themes]]
id = "economy"
name = "economy, business and finance"
terms = ["trade", "price", "export"]
[[themes]]
id = "society"
name = "society"
terms = ["poverty", "hunger"]
"""
TAXONOMY = parse_taxonomy(TAXONOMY_TOML)
WAR, ECONOMY, SOCIETY = "conflict, war and peace", "economy, business and finance", "society"
ROOT = "/in/desk"
INGESTED = datetime(2026, 3, 10, 9, 0, tzinfo=UTC)
RUN = "run-report-1"

FILES = {
    "news/war1.txt": "Border report\n\nThe war goes on and troops advance near Kyiv.\n",
    "news/war2.txt": "Night news\n\nTroops moved at night.\n",
    "news/trade.txt": "Market news\n\nTrade slows in Geneva as the price of export goods climbs.\n",
    "commentary/port.txt": "Port story\n\nThe war hurts trade at the port of Kyiv.\n",
    "commentary/hunger.txt": "City life\n\nPoverty and hunger grow in the city.\n",
    "commentary/bread.txt": "Winter\n\nFamilies cannot afford bread this winter.\n",
    "quiet.txt": "Quiet day\n\nNothing much happened.\n",
}
PUBLISHED = {
    "news/war1.txt": datetime(2026, 1, 5, 8, tzinfo=UTC),
    "news/war2.txt": datetime(2026, 1, 6, 8, tzinfo=UTC),
    "news/trade.txt": datetime(2026, 1, 20, 8, tzinfo=UTC),
    "commentary/hunger.txt": datetime(2026, 3, 2, 8, tzinfo=UTC),
}
SITES = {"news/war1.txt": "Daily Planet", "news/war2.txt": "Daily Planet", "news/trade.txt": "Daily Planet"}
URLS = {"news/war1.txt": "https://example.org/war1"}
PLACES = {"news/war1.txt": ("Kyiv", "city", "UA"), "commentary/port.txt": ("Kyiv", "city", "UA"),
          "news/trade.txt": ("Geneva", "city", "CH")}
TONES = {"news/war1.txt": -4.0, "news/war2.txt": -2.0, "news/trade.txt": 1.0, "commentary/port.txt": -1.0,
         "commentary/hunger.txt": -3.0, "commentary/bread.txt": 0.0, "quiet.txt": 2.0}
AMOUNTS = {  # relative path -> (value, unit, object, as written)
    "news/war1.txt": [(12000, None, "troops", "12,000 troops")],
    "news/war2.txt": [(300, None, "troops", "300 troops"), (5, None, "days", "5 days")],
    "news/trade.txt": [(4.5e9, "USD", None, "$4.5bn"), (4.5e9, "USD", None, "$4.5bn"), (3, "percent", None, "3%")],
    "commentary/port.txt": [(2e6, "USD", None, "$2m"), (3, "percent", None, "3%")],
    "commentary/hunger.txt": [(40, "percent", None, "40%"), (7, None, None, "7")],
}


def source(relative: str) -> str:
    return f"{ROOT}/{relative}"


def make_report_lake(lake: Path, places: bool = True, labels: bool = True, enriched: bool = True,
                     language: str | None = None, languages: Mapping[str, str] | None = None) -> Path:
    """Write the lake above (without places, without any label, or without tone and amounts as `--no-enrich`
    leaves a lake, when asked; its articles said to be in `language` when given, or some of them in
    `languages`, by relative path); return its folder."""
    files = [ArticleFile(source(r), t.encode(), ROOT, r) for r, t in FILES.items()]
    rows = build_batch(files, TAXONOMY, RUN, INGESTED, enrichments=False)  # places, tone, amounts: written below
    a = rows.articles
    for i, relative in enumerate(a["relative_path"]):
        a["published_at"][i] = PUBLISHED.get(relative)
        a["site"][i] = SITES.get(relative)
        a["url"][i] = URLS.get(relative)
        if language is not None:
            a["language"][i] = language
        a["language"][i] = (languages or {}).get(relative, a["language"][i])
    bodies = body_paragraphs(rows)
    if enriched:
        body_tone = {pid: TONES[relative] for relative, (pid, _, _) in bodies.items()}
        rows.paragraphs["tone"] = [body_tone.get(pid, 0.0) for pid in rows.paragraphs["paragraph_id"]]
    staged = stage_rows(lake, rows, RUN)
    if enriched:
        staged["paragraph_amounts"] = staging.stage_files(lake, "paragraph_amounts", amount_rows(bodies), RUN)
    staged["paragraph_themes"] += staging.stage_files(lake, "paragraph_themes", semantic_label(bodies), f"{RUN}-sem")
    if not labels:
        staged["paragraph_themes"] = []
    if places:
        staged["paragraph_places"] = staging.stage_files(lake, "paragraph_places", place_rows(rows, bodies), RUN)
    staged["themes"] = theme_rows(lake, TAXONOMY, RUN)
    broken = source("broken.txt")
    bad_record = source("feed.jsonl") + "#record=3"
    staged["quarantine"] = stage_quarantine(
        lake, [QuarantineRecord(broken, "binary", "the file holds binary data, not text", "h1"),
               QuarantineRecord(bad_record, "no_text", "no text in field 'text'", None, 3)],
        RUN, INGESTED, RUN,
    )
    staged["sources"] = staging.stage_files(lake, "sources", {
        "source": [broken, bad_record], "article_id": [article_id(broken), article_id(bad_record)],
        "status": ["quarantined"] * 2, "content_hash": ["h1", None], "reason": ["binary", "no_text"],
        "size_bytes": [4, None], "mtime_ns": [1, None], "fields": [None] * 2, "run_id": [RUN] * 2,
        "observed_at": [INGESTED] * 2,
    }, f"{RUN}-src")
    staged["runs"] = [run_row(
        lake, run_id=RUN, flow_name="ingest-articles", deployment="cli", parameters="{}",
        taxonomy_version=TAXONOMY.version if labels else None, source=ROOT, counts={}, started=INGESTED,
        ended=INGESTED, state="COMPLETED",
    )]
    lakes.commit(lake, staged)
    return lake


def body_paragraphs(rows) -> dict[str, tuple[str, str, str]]:
    """Return each article's body paragraph: relative path → (paragraph_id, article_id, text)."""
    paths = dict(zip(rows.articles["article_id"], rows.articles["relative_path"], strict=True))
    p = rows.paragraphs
    return {
        paths[aid]: (pid, aid, text)
        for pid, aid, role, text in zip(p["paragraph_id"], p["article_id"], p["role"], p["text"], strict=True)
        if role == "body"
    }


def semantic_label(bodies: dict[str, tuple[str, str, str]]) -> dict[str, list]:
    """Return the one label with semantic evidence: bread.txt's body, society, on 'afford' and 'bread'."""
    pid, aid, text = bodies["commentary/bread.txt"]
    evidence = [
        {"term": word, "start": text.index(word), "end": text.index(word) + len(word), "weight": 0.8, "kind": SEMANTIC}
        for word in ("afford", "bread")
    ]
    return {
        "paragraph_id": [pid], "article_id": [aid], "theme_id": ["society"], "score": [1.6], "n_terms": [2],
        "evidence": [evidence], "taxonomy_version": [TAXONOMY.version], "run_id": [RUN],
    }


def place_rows(rows, bodies: dict[str, tuple[str, str, str]]) -> dict[str, list]:
    """Return paragraph_places rows for the places named in PLACES."""
    out: dict[str, list] = {k: [] for k in ("paragraph_id", "article_id", "name", "kind", "country_code",
                                            "geonames_id", "latitude", "longitude", "start", "end", "text", "run_id")}
    for relative, (name, kind, country) in PLACES.items():
        pid, aid, text = bodies[relative]
        for key, value in (("paragraph_id", pid), ("article_id", aid), ("name", name), ("kind", kind),
                           ("country_code", country), ("geonames_id", None), ("latitude", None),
                           ("longitude", None), ("start", text.index(name)), ("end", text.index(name) + len(name)),
                           ("text", name), ("run_id", RUN)):
            out[key].append(value)
    return out


def amount_rows(bodies: dict[str, tuple[str, str, str]]) -> dict[str, list]:
    """Return paragraph_amounts rows for the amounts named in AMOUNTS."""
    out: dict[str, list] = {k: [] for k in ("paragraph_id", "article_id", "value", "unit", "object", "approximate",
                                            "text", "start", "end", "run_id")}
    for relative, amounts in AMOUNTS.items():
        pid, aid, _ = bodies[relative]
        for value, unit, counted, text in amounts:
            for key, item in (("paragraph_id", pid), ("article_id", aid), ("value", float(value)), ("unit", unit),
                              ("object", counted), ("approximate", False), ("text", text), ("start", 0),
                              ("end", len(text)), ("run_id", RUN)):
                out[key].append(item)
    return out


def add_old_article(lake: Path, published: date) -> None:
    """Commit one more war article (news/old.txt), published on the given day."""
    add_article(lake, "news/old.txt", "Old news\n\nThe war began.\n", published)


def add_article(lake: Path, relative: str, text: str, published: date, run: str = "run-report-2") -> None:
    """Commit one more article (headline on line 1, then its body), published on the given day."""
    rows = build_batch([ArticleFile(source(relative), text.encode(), ROOT, relative)], TAXONOMY, run, INGESTED)
    rows.articles["published_at"][0] = datetime.combine(published, datetime.min.time(), UTC)
    lakes.commit(lake, stage_rows(lake, rows, run))


def delete_articles(lake: Path) -> Path:
    """Mark every article of the lake deleted, as a run finding their files gone from its folder does; return it."""
    from warehouse.committed_reads import query
    from warehouse.source_state import DELETED, SourceChange, SourceState, stage_source_states

    sources = query(lake, "select source from articles").column("source").to_pylist()
    gone = [SourceChange(s, SourceState(DELETED)) for s in sources]
    lakes.commit(lake, {"sources": stage_source_states(lake, gone, "run-deleted", INGESTED, "run-deleted")})
    return lake
