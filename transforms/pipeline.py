"""Turn a batch of article files into the rows of the lake's tables: parse, split, label."""

from __future__ import annotations

import hashlib
from collections import deque
from collections.abc import Container, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime

import numpy as np

from transforms.article_rows import ArticleFound, article_columns
from transforms.articles import (  # noqa: F401  (ArticleFile, QuarantineRecord, article_id: imported from here too)
    ArticleFile,
    ArticleInput,
    FileArticles,
    QuarantineRecord,
    article_id,
    content_hash,
    read_batch_articles,
)
from transforms.enrichments import ParagraphBatch, enrich
from transforms.enrichments.tone_articles import article_tone
from transforms.formats import HEADLINE_FORMATS, ReadOptions
from transforms.labeller import labeller_for
from transforms.language import is_labelled_language, other_languages
from transforms.matching.joined_text import JoinedText
from transforms.matching.theme_labels import KINDS, LabelColumns
from transforms.paragraphs import BOILERPLATE, LABELLED_ROLES, ROLES, TITLE, paragraph_columns
from transforms.taxonomy import Taxonomy

Rows = dict[str, list]


@dataclass
class BatchRows:
    """Column lists for the articles, paragraphs and paragraph_themes tables, plus quarantine."""

    articles: Rows = field(default_factory=dict)
    paragraphs: Rows = field(default_factory=dict)
    paragraph_themes: Rows = field(default_factory=dict)
    paragraph_places: Rows = field(default_factory=dict)  # empty when not enriched
    paragraph_amounts: Rows = field(default_factory=dict)
    quarantined: list[QuarantineRecord] = field(default_factory=list)
    # Every article read (written or already in the lake): records files' states come from these.
    read: list[ArticleInput] = field(default_factory=list)
    # Each file read → what it gave: of a records file, the field mapping used, the given pairs it applied,
    # its field names, and how it is cut off when caught while being written (its complete records are
    # read; what it lacks is not deleted, and its own state not committed: flows/batch.py).
    files: dict[str, FileArticles] = field(default_factory=dict)
    not_labelled: int = 0  # articles in a language the taxonomy does not declare: stored, not labelled
    # paragraph row → its language, where it is surely another than its English article's (`own_languages`)
    paragraph_languages: dict[int, str] = field(default_factory=dict)

    def unfinished(self) -> dict[str, str]:
        """Return the records files caught while being written → how each is cut off (FileArticles.unfinished)."""
        return {source: found.unfinished for source, found in self.files.items() if found.unfinished is not None}


def paragraph_id(article: str, version: str, ordinal: int) -> str:
    """Return the stable id of a paragraph of one version of an article."""
    return hashlib.sha256(f"{article}:{version}:{ordinal}".encode()).hexdigest()[:16]


def paragraph_ids(article: str, version: str, ordinals: Sequence[int]) -> list[str]:
    """Return `paragraph_id` of each ordinal, hashing the article and version once.

    >>> paragraph_ids("a1", "v1", [0, 1]) == [paragraph_id("a1", "v1", 0), paragraph_id("a1", "v1", 1)]
    True
    """
    prefix = hashlib.sha256(f"{article}:{version}:".encode())
    ids = []
    for ordinal in ordinals:
        h = prefix.copy()
        h.update(str(ordinal).encode())
        ids.append(h.hexdigest()[:16])
    return ids


assert LABELLED_ROLES == set(ROLES) - {BOILERPLATE}, "build_batch labels an article without boilerplate whole"


def build_batch(
    files: Sequence[ArticleFile],
    taxonomy: Taxonomy,
    run_id: str,
    now: datetime,
    options: ReadOptions | None = None,
    known: Container[tuple[str, str]] = frozenset(),
    enrichments: bool = True,
    file_options: Mapping[str, ReadOptions] | None = None,
) -> BatchRows:
    """Return the table rows for a batch of article files; unreadable files and bad records become quarantine.

    Articles whose (article_id, version) is in `known` (records the lake already holds) are read but
    not written again. With `enrichments`, places, amounts and tone too (see `add_enrichments`).
    `file_options`: source → the read options of a file read with its own (a records file's mapping).
    """
    rows = BatchRows(
        articles={k: [] for k in _ARTICLE_COLUMNS},
        paragraphs={k: [] for k in _PARAGRAPH_COLUMNS},
        paragraph_themes={k: [] for k in _THEME_COLUMNS},
    )
    to_label: list[str] = []
    to_label_ids: list[tuple[str, str]] = []
    to_label_words: list[int] = []
    to_label_rows: list[int] = []  # each one's row in rows.paragraphs
    row_languages: list[str | None] = []  # each row's article's language
    rows.files = read_batch_articles(list(files), options, rows.quarantined, file_options, now)
    rows.read = [item for found in rows.files.values() for item in found.articles]
    written: list[ArticleFound] = []
    for item in rows.read:
        aid, version = item.article_id, item.version
        if (aid, version) in known:  # a record the lake already has rows for
            continue
        roles, starts, ends, texts, words = paragraph_columns(
            item.text, item.article.title, guess_title=item.format not in HEADLINE_FORMATS
        )
        labelled = is_labelled_language(item.language, taxonomy.languages)
        rows.not_labelled += not labelled
        if not roles:
            written.append(ArticleFound(item, None, 0, 0))
            continue
        title = texts[roles.index(TITLE)] if TITLE in roles else None
        written.append(ArticleFound(item, title, len(roles) - roles.count(BOILERPLATE), sum(words)))
        # Column by column, each extended once per article: no Python call per paragraph and column.
        n = len(roles)
        pids = paragraph_ids(aid, version, range(n))
        p = rows.paragraphs
        first = len(p["paragraph_id"])
        row_languages += [item.language] * n
        p["paragraph_id"] += pids
        p["article_id"] += [aid] * n
        p["content_hash"] += [version] * n
        p["ordinal"] += range(n)
        p["role"] += roles
        p["char_start"] += starts
        p["char_end"] += ends
        p["word_count"] += words
        p["text"] += texts
        p["tone"] += [None] * n
        p["positive"] += [None] * n
        p["negative"] += [None] * n
        p["run_id"] += [run_id] * n
        if labelled and BOILERPLATE not in roles:  # most articles: every paragraph is labelled
            to_label += texts
            to_label_ids += [(pid, aid) for pid in pids]
            to_label_words += words
            to_label_rows += range(first, first + n)
        elif labelled:
            for i, role in enumerate(roles):
                if role in LABELLED_ROLES:
                    to_label.append(texts[i])
                    to_label_ids.append((pids[i], aid))
                    to_label_words.append(words[i])
                    to_label_rows.append(first + i)
    rows.articles = article_columns(written, run_id, now)
    rows.paragraph_languages = own = own_languages(rows.paragraphs["text"], row_languages)
    if own and taxonomy.languages:  # a paragraph in another language is labelled as an article in it would be
        keep = labelled_by_language(taxonomy, own, to_label_rows)
        to_label = [to_label[k] for k in keep]
        to_label_ids = [to_label_ids[k] for k in keep]
        to_label_words = [to_label_words[k] for k in keep]
    # Joined once: the enrichments read its words where they read the same paragraphs (most batches).
    joined = JoinedText.of(to_label)
    rows.paragraph_themes = theme_rows(taxonomy, to_label, to_label_ids, run_id, to_label_words, joined)
    if enrichments:
        add_enrichments(rows, run_id, joined)
    return rows


def own_languages(texts: Sequence[str], article_languages: Sequence[str | None]) -> dict[int, str]:
    """Return paragraph position → its language, for the paragraphs of articles in English or of unknown
    language that are surely in another (`transforms.language.other_languages`: a bilingual article's
    French half): they are labelled as an article in that language is, and get no tone or amounts.

    >>> own_languages(["Les dirigeants européens ont promis deux milliards d'euros aux pays d'accueil.",
    ...                "Die Staats- und Regierungschefs der EU einigten sich am Donnerstag auf mehr Hilfe."],
    ...               ["en", "de"])
    {0: 'fr'}
    """
    at = [i for i, language in enumerate(article_languages) if language in (None, "en")]
    found = other_languages([texts[i] for i in at])
    return {i: language for i, language in zip(at, found, strict=True) if language}


def labelled_by_language(taxonomy: Taxonomy, own: Mapping[int, str], rows: Sequence[int]) -> list[int]:
    """Return the positions k of `rows` whose paragraph the taxonomy labels in its own language (`own`, from
    `own_languages`): all of them, unless the taxonomy declares languages and the paragraph is in another one.
    A run and `relabel` leave out the same paragraphs.

    >>> from types import SimpleNamespace
    >>> labelled_by_language(SimpleNamespace(languages=("en",)), {7: "fr"}, [5, 7, 9])
    [0, 2]
    """
    return [k for k, i in enumerate(rows) if is_labelled_language(own.get(i), taxonomy.languages)]


def add_enrichments(rows: BatchRows, run_id: str, labelled: JoinedText | None = None) -> None:
    """Fill a batch's places, amounts, paragraph tone and article tone: one call over all its labelled paragraphs.

    `labelled`: the paragraphs the labeller read, joined (`theme_rows`): their words are the enrichments' too
    where they are the same paragraphs."""
    p = rows.paragraphs
    at = [i for i, role in enumerate(p["role"]) if role in LABELLED_ROLES]
    batch = ParagraphBatch([p["text"][i] for i in at], [p["paragraph_id"][i] for i in at],
                           [p["article_id"][i] for i in at], labelled)
    # An article of unknown language (too short to tell) is read as English, as it is labelled; a
    # paragraph of its own language (`paragraph_languages`) is not.
    other = {aid for aid, lang in zip(rows.articles["article_id"], rows.articles["language"], strict=True)
             if lang not in (None, "en")}
    own = rows.paragraph_languages
    english = ([aid not in other and i not in own for aid, i in zip(batch.article_ids, at, strict=True)]
               if other or own else None)
    enriched = enrich(batch, english)
    for column, values in enriched["paragraphs"].items():
        if len(values) != len(at):
            raise ValueError(f"{len(values)} values of {column} for {len(at)} paragraphs")
        # Put in place by map, not a Python loop: 11,500 paragraphs and three columns a batch.
        deque(map(p[column].__setitem__, at, values), maxlen=0)
    tones = article_tone(batch.article_ids, enriched["paragraphs"]["tone"], [p["word_count"][i] for i in at])
    rows.articles["tone"] = [tones.get(aid) for aid in rows.articles["article_id"]]
    for table in ("paragraph_places", "paragraph_amounts"):
        columns = enriched[table]
        columns["run_id"] = [run_id] * len(columns["paragraph_id"])
        setattr(rows, table, columns)


def theme_rows(
    taxonomy: Taxonomy,
    texts: Sequence[str],
    ids: Sequence[tuple[str, str]],
    run_id: str,
    n_words: Sequence[int] | None = None,
    joined: JoinedText | None = None,
) -> Rows:
    """Return paragraph_themes columns for paragraph texts and their (paragraph_id, article_id).

    The evidence column is an `EvidenceLists`: flat arrays the lake writes without a Python
    object per matched term. `joined`: the texts already joined (`JoinedText.of(texts)`), when the caller has them.
    """
    labels = labeller_for(taxonomy).label_columns(texts, n_words, joined, [aid for _, aid in ids])
    which = labels.paragraph.tolist()
    n = len(which)
    theme_ids = [theme.id for theme in taxonomy.themes]
    return {
        "paragraph_id": [ids[p][0] for p in which],
        "article_id": [ids[p][1] for p in which],
        "theme_id": [theme_ids[t] for t in labels.theme.tolist()],
        "score": labels.score,
        "n_terms": np.diff(labels.evidence_offsets).tolist(),
        "evidence": EvidenceLists(labels),
        "taxonomy_version": [taxonomy.version] * n,
        "run_id": [run_id] * n,
    }


@dataclass(frozen=True)
class EvidenceLists(Sequence):
    """The evidence column of paragraph_themes rows: one list of {term, start, end, weight} per row."""

    labels: LabelColumns

    def __len__(self) -> int:
        return len(self.labels)

    def __getitem__(self, i):  # type: ignore[no-untyped-def,override]
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(len(self)))]
        lab = self.labels
        a, b = int(lab.evidence_offsets[i]), int(lab.evidence_offsets[i + 1])
        return [
            {"term": lab.terms[t], "start": s, "end": e, "weight": w, "kind": KINDS[k]}
            for t, s, e, w, k in zip(
                lab.evidence_term[a:b].tolist(),
                lab.evidence_start[a:b].tolist(),
                lab.evidence_end[a:b].tolist(),
                lab.evidence_weight[a:b].tolist(),
                lab.kinds()[a:b].tolist(),
                strict=True,
            )
        ]


_ARTICLE_COLUMNS = (
    "article_id content_hash source source_root relative_path title encoding n_paragraphs n_words "
    "n_chars size_bytes modified_at published_at url site authors language format record metadata tone "
    "run_id ingested_at"
).split()
_PARAGRAPH_COLUMNS = (
    "paragraph_id article_id content_hash ordinal role char_start char_end word_count text tone positive "
    "negative run_id"
).split()
_THEME_COLUMNS = "paragraph_id article_id theme_id score n_terms evidence taxonomy_version run_id".split()
