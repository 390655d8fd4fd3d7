"""Measure theme labels against labeled articles: the pipeline's own labels, rolled up, scored.

An article is right when its primary theme (transforms.rollup) is one of the theme ids its label
(the folder it sits in) maps to. Per-theme precision and recall count an article under the theme it
should have had: the predicted theme when that one is accepted, else the first accepted id.
"""

from __future__ import annotations

import tomllib
from collections import Counter
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime

from transforms.articles import is_record_source
from transforms.pipeline import ArticleFile, BatchRows, article_id, build_batch
from transforms.rollup import DIGITS, primary_themes, role_weight, rollup
from transforms.taxonomy import Taxonomy

NO_THEME = "(none)"
LabelMap = dict[str, tuple[str, ...]]


class LabelMapError(ValueError):
    """A label map is unusable, or does not fit the corpus or the taxonomy; the message says how."""


@dataclass(frozen=True)
class LabeledArticle:
    """An article file and the label (folder name) a person gave it."""

    file: ArticleFile
    label: str


@dataclass(frozen=True)
class LeftOut:
    """A labeled file, or record of one, that `themelake run` would quarantine: not in the figures.

    Left out rather than counted a miss: an empty file or a .pdf says nothing of the taxonomy.
    `label` is None for a bad record of a records file labelled by a field (its label unread).
    """

    source: str
    label: str | None
    reason: str  # the quarantine reason code
    detail: str


@dataclass(frozen=True)
class ThemeScores:
    """Precision, recall and F1 of one theme over the evaluated articles."""

    theme_id: str
    precision: float
    recall: float
    f1: float
    support: int  # articles that should have this theme
    predicted: int  # articles given it as primary theme


@dataclass(frozen=True)
class ThemeCase:
    """A theme's side of a mistake: its article score and its strongest evidence in the article."""

    theme_id: str
    score: float
    evidence: list[tuple[str, str, str, float]]  # role, word or term, kind, weight (largest first)


@dataclass(frozen=True)
class Explanation:
    """A misclassified article: the theme it got and the theme it should have got, with evidence."""

    source: str
    label: str
    given: ThemeCase
    expected: ThemeCase


EXPLAIN_EVIDENCE = 8  # evidence items shown per theme of an explained mistake


@dataclass
class Evaluation:
    """What `themelake eval` reports."""

    taxonomy_version: str
    n_articles: int
    accuracy: float
    macro_f1: float
    coverage: float  # share of body paragraphs with at least one theme
    n_body_paragraphs: int
    per_theme: list[ThemeScores] = field(default_factory=list)
    confusion: dict[str, dict[str, int]] = field(default_factory=dict)  # label → predicted → count
    no_theme: list[str] = field(default_factory=list)  # sources of articles without any theme
    mistakes: list[tuple[str, str, str]] = field(default_factory=list)  # source, label, predicted
    theme_names: dict[str, str] = field(default_factory=dict)  # theme id → name
    explained: list[Explanation] = field(default_factory=list)  # the first `explain` mistakes
    left_out: list[LeftOut] = field(default_factory=list)  # what run would quarantine, not counted

    def to_dict(self) -> dict:
        return asdict(self)


def parse_label_map(text: str, source: str = "<map>") -> LabelMap:
    """Return label → accepted theme ids from a TOML map (`folder = "id"` or `folder = ["id", ...]`).

    >>> parse_label_map('business = "medtop:04000000"\\nworld = ["a", "b"]')
    {'business': ('medtop:04000000',), 'world': ('a', 'b')}
    """
    try:
        doc = tomllib.loads(text)
    except tomllib.TOMLDecodeError as err:
        raise LabelMapError(f"{source}: not valid TOML: {err}") from None
    result: LabelMap = {}
    for label, ids in doc.items():
        ids = [ids] if isinstance(ids, str) else ids
        if not isinstance(ids, list) or not ids or not all(isinstance(i, str) and i.strip() for i in ids):
            raise LabelMapError(f"{source}: {label!r} must map to a theme id or a list of theme ids")
        result[label] = tuple(i.strip() for i in ids)
    if not result:
        raise LabelMapError(f'{source}: maps no label: write lines such as business = "medtop:04000000"')
    return result


def unused_map_keys(label_map: LabelMap, labels: Sequence[str]) -> list[str]:
    """Return the map's labels that no article has (a misspelt folder name, or one of another corpus).

    >>> unused_map_keys({"sport": ("s",), "sprot": ("s",)}, ["sport", "sport"])
    ['sprot']
    """
    return sorted(set(label_map) - set(labels))


def check_label_map(
    label_map: LabelMap, labels: Sequence[str], taxonomy: Taxonomy, source: str = "map"
) -> None:
    """Raise LabelMapError when a label maps to no theme or to ids the taxonomy does not have."""
    unmapped = sorted(set(labels) - set(label_map))
    if unmapped:
        raise LabelMapError(f"{source}: no theme for folder(s) {', '.join(unmapped)}: add them to the map")
    known = {t.id for t in taxonomy.themes}
    unknown = sorted({i for ids in label_map.values() for i in ids} - known)
    if unknown:
        raise LabelMapError(f"{source}: theme id(s) not in taxonomy {taxonomy.name!r}: {', '.join(unknown)}")


def evaluate(
    articles: Sequence[LabeledArticle],
    label_map: LabelMap,
    taxonomy: Taxonomy,
    explain: int = 0,
    left_out: Sequence[LeftOut] = (),
) -> Evaluation:
    """Label the articles exactly as the pipeline does, roll up, and score the primary themes.

    With `explain`, the first `explain` mistakes come with the evidence of both themes; `left_out`
    (files the reader left out) is reported with the figures.
    """
    check_label_map(label_map, sorted({a.label for a in articles}), taxonomy)
    rows = build_batch([a.file for a in articles], taxonomy, "eval", datetime.now(UTC))
    roles = dict(zip(rows.paragraphs["paragraph_id"], rows.paragraphs["role"], strict=True))
    t = rows.paragraph_themes
    article_themes = rollup(
        (aid, roles[pid], theme, score)
        for pid, aid, theme, score in zip(
            t["paragraph_id"], t["article_id"], t["theme_id"], t["score"], strict=True
        )
    )
    primary = primary_themes(article_themes)
    article_scores = {(t.article_id, t.theme_id): t.score for t in article_themes}
    themed_paragraphs = set(t["paragraph_id"])
    body = [pid for pid, role in roles.items() if role == "body"]
    coverage = sum(pid in themed_paragraphs for pid in body) / len(body) if body else 0.0

    gold: list[str] = []
    predicted: list[str] = []
    evaluation = Evaluation(taxonomy.version, len(articles), 0.0, 0.0, round(coverage, 4), len(body))
    evaluation.theme_names = {theme.id: theme.name for theme in taxonomy.themes}
    evaluation.left_out = list(left_out)
    for article in articles:
        accepted = label_map[article.label]
        guess = primary.get(article_id(article.file.source), NO_THEME)
        right = guess in accepted
        # A miss counts against the accepted theme the article scored highest (the one --explain
        # names), so a "world" item about a flood missed is disaster's miss, not politics'.
        gold.append(guess if right else expected_theme(accepted, article_id(article.file.source), article_scores))
        predicted.append(guess)
        row = evaluation.confusion.setdefault(article.label, {})
        row[guess] = row.get(guess, 0) + 1
        if guess == NO_THEME:
            evaluation.no_theme.append(article.file.source)
        if not right:
            evaluation.mistakes.append((article.file.source, article.label, guess))
    if explain:
        evaluation.explained = explanations(evaluation.mistakes[:explain], rows, roles, label_map)
    hits = sum(g == p for g, p in zip(gold, predicted, strict=True))
    evaluation.accuracy = round(hits / len(articles), 4) if articles else 0.0
    evaluation.per_theme = theme_scores(
        gold, predicted, sorted({i for ids in label_map.values() for i in ids})
    )
    scored = [s for s in evaluation.per_theme if s.support]
    evaluation.macro_f1 = round(sum(s.f1 for s in scored) / len(scored), 4) if scored else 0.0
    return evaluation


def explanations(
    mistakes: Sequence[tuple[str, str, str]], rows: BatchRows, roles: dict[str, str], label_map: LabelMap
) -> list[Explanation]:
    """Return, per mistake, the given theme's and the expected theme's article score and evidence.

    The expected theme is the accepted one with the highest article score (the first when none has one).
    """
    wanted = {article_id(source) for source, _, _ in mistakes}
    t = rows.paragraph_themes
    scores: dict[tuple[str, str], float] = {}
    evidence: dict[tuple[str, str], list[tuple[str, str, str, float]]] = {}
    for i, (pid, aid, theme, score) in enumerate(
        zip(t["paragraph_id"], t["article_id"], t["theme_id"], t["score"], strict=True)
    ):
        if aid not in wanted:
            continue
        role = roles[pid]
        scores[(aid, theme)] = scores.get((aid, theme), 0.0) + role_weight(role) * score
        evidence.setdefault((aid, theme), []).extend(
            (role, e["term"], e["kind"], e["weight"]) for e in t["evidence"][i]
        )

    def case(aid: str, theme: str) -> ThemeCase:
        items = sorted(evidence.get((aid, theme), []), key=lambda e: (-e[3], e[1]))
        return ThemeCase(theme, round(scores.get((aid, theme), 0.0), 4), items[:EXPLAIN_EVIDENCE])

    result = []
    for source, label, given in mistakes:
        aid = article_id(source)
        accepted = label_map[label]
        # Chosen on the article scores as rollup rounds them, as evaluate's per-theme figures are: a sum
        # of paragraph scores such as 0.1 + 0.2 is not above a paragraph's 0.3 there, a tie the first wins.
        expected = expected_theme(accepted, aid, {key: round(value, DIGITS) for key, value in scores.items()})
        result.append(Explanation(source, label, case(aid, given), case(aid, expected)))
    return result


def left_out_summary(left_out: Sequence[LeftOut]) -> str:
    """Return one line saying how many files (and records) were left out, and why.

    >>> left_out_summary([LeftOut("/c/a.txt", "a", "empty", ""), LeftOut("/c/b.pdf", "b", "unsupported_format", ""),
    ...                   LeftOut("/c/f.jsonl#record=2", None, "no_text", "")])
    'left out 2 files and 1 record that run would quarantine: 1 empty, 1 unsupported format, 1 no text'
    """
    records = sum(is_record_source(x.source) for x in left_out)
    counts = Counter(x.reason for x in left_out)
    parts = [_count(len(left_out) - records, "file"), _count(records, "record")]
    reasons = ", ".join(f"{n} {reason.replace('_', ' ')}" for reason, n in counts.most_common())
    return f"left out {' and '.join(p for p in parts if p)} that run would quarantine: {reasons}"


def expected_theme(accepted: Sequence[str], aid: str, scores: dict[tuple[str, str], float]) -> str:
    """Return the accepted theme an article should have got: the one it scored highest, the first
    accepted when none scored.

    >>> expected_theme(["politics", "disaster"], "a", {("a", "disaster"): 2.0, ("a", "sport"): 9.0})
    'disaster'
    >>> expected_theme(["politics", "disaster"], "a", {})
    'politics'
    """
    return max(accepted, key=lambda theme: (scores.get((aid, theme), 0.0), theme == accepted[0]))


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}{'s' if n != 1 else ''}" if n else ""


def theme_scores(gold: Sequence[str], predicted: Sequence[str], themes: Sequence[str]) -> list[ThemeScores]:
    """Return precision, recall and F1 per theme from parallel lists of right and given themes.

    >>> scores = theme_scores(["a", "a", "b"], ["a", "b", "b"], ["a", "b"])
    >>> [(s.theme_id, s.precision, s.recall) for s in scores]
    [('a', 1.0, 0.5), ('b', 0.5, 1.0)]
    """
    result = []
    for theme in themes:
        tp = sum(g == theme and p == theme for g, p in zip(gold, predicted, strict=True))
        support = sum(g == theme for g in gold)
        given = sum(p == theme for p in predicted)
        precision = tp / given if given else 0.0
        recall = tp / support if support else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        result.append(ThemeScores(theme, round(precision, 4), round(recall, 4), round(f1, 4), support, given))
    return result
