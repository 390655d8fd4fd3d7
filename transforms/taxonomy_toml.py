"""Write a taxonomy as a readable TOML file that `parse_taxonomy` reads back to the same version."""

from __future__ import annotations

import json
import textwrap
from collections.abc import Mapping, Sequence
from dataclasses import replace

from transforms.learned_terms import SCALE
from transforms.naive_bayes import MIN_WEIGHT, LearnedTerm
from transforms.taxonomy import Taxonomy, Term
from transforms.taxonomy_semantic import default_min_words


def _string(text: str) -> str:
    # JSON string escapes are valid TOML basic-string escapes.
    return json.dumps(text, ensure_ascii=False)


def _number(value: float) -> str:
    return repr(float(value)) if value != int(value) else f"{int(value)}.0"


def _term(term: Term) -> str:
    if term.weight == 1.0 and not term.verb and not term.noun and not term.name and not term.role:
        return _string(term.text)
    flags = "".join(f", {flag} = true" for flag in ("verb", "noun", "name", "role") if getattr(term, flag))
    return f"{{term = {_string(term.text)}, weight = {_number(term.weight)}{flags}}}"


def _unscaled(term: Term, scale: float) -> Term:
    """Return the term with its theme's `weight` taken off, so that parsing it applies it again."""
    if scale == 1.0:
        return term
    for raw in (round(term.weight / scale, 4), term.weight / scale):
        if round(raw * scale, 4) == term.weight:
            return replace(term, weight=raw)
    return replace(term, weight=term.weight / scale)


def _semantic_lines(taxonomy: Taxonomy) -> list[str]:
    """Return the [taxonomy] lines of the semantic layer's settings (transforms.taxonomy_semantic.SEMANTIC_KEYS)."""
    sem = taxonomy.semantic
    if sem is None:
        return ["semantic = false"]
    lines = [f"semantic_weight = {_number(sem.weight)}", f"semantic_floor = {_number(sem.floor)}"]
    if sem.cap:
        lines.append(f"semantic_cap = {_number(sem.cap)}")
    if sem.min_words != default_min_words(sem.vectors):
        lines.append(f"semantic_min_words = {sem.min_words}")
    if sem.min_share:
        lines.append(f"semantic_min_share = {_number(sem.min_share)}")
    if sem.vectors:
        lines.append(f"vectors = {_string(sem.vectors)}")
    return lines


def format_taxonomy(
    taxonomy: Taxonomy,
    header: Sequence[str] = (),
    learned: Mapping[str, Sequence[LearnedTerm]] | None = None,
    left_out: Mapping[str, Sequence[str]] | None = None,
) -> str:
    """Return TOML text for a taxonomy; learned terms get a comment with their counts, and the base
    terms `learn` left out of a theme (`left_out`: theme id → terms) a comment naming them.

    >>> from transforms.taxonomy import parse_taxonomy
    >>> t = parse_taxonomy('[[themes]]\\nid = "x"\\nterms = ["a", {term = "b c", weight = 2.5}]')
    >>> parse_taxonomy(format_taxonomy(t)).version == t.version
    True
    """
    learned = learned or {}
    lines = [f"# {line}" if line else "#" for line in header]
    lines += [
        "",
        "[taxonomy]",
        f"name = {_string(taxonomy.name)}",
        f"description = {_string(taxonomy.description)}",
        f"min_score = {_number(taxonomy.min_score)}",
    ]
    if taxonomy.min_density:
        lines.append(f"min_density = {_number(taxonomy.min_density)}")
    if taxonomy.min_share:
        lines.append(f"min_share = {_number(taxonomy.min_share)}")
    if taxonomy.languages:
        lines.append("languages = [" + ", ".join(_string(code) for code in taxonomy.languages) + "]")
    lines += _semantic_lines(taxonomy)
    for theme in taxonomy.themes:
        notes = {t.text: t for t in learned.get(theme.id, ())}
        lines += ["", "[[themes]]", f"id = {_string(theme.id)}", f"name = {_string(theme.name)}"]
        lines.append(f"description = {_string(theme.description)}")
        if theme.weight != 1.0:
            lines.append(f"weight = {_number(theme.weight)}")
        if theme.outranks_meaning:
            lines.append("outranks_meaning = true")
        if theme.outranks_names:
            lines.append("outranks_names = true")
        if theme.outranks_roles:
            lines.append("outranks_roles = true")
        lines.append("terms = [")
        written_header = False
        for term in theme.terms:
            note = notes.get(term.text)
            if note and not written_header:
                lines.append(
                    f"  # learned: weight = {SCALE} x log of how much more often the term occurs in this"
                )
                lines.append(
                    "  # theme than in the others; comments: matches in / outside the theme, articles"
                )
                written_header = True
            comment = (
                f"  # {note.in_theme} in, {note.elsewhere} out, {note.articles} articles" if note else ""
            )
            lines.append(f"  {_term(_unscaled(term, theme.weight))},{comment}")
        lines.append("]")
        if left_out and left_out.get(theme.id):
            lines.append(f"# left out of the base's terms, learned weight below {MIN_WEIGHT} (log of how much more")
            lines.append("# often each occurs in this theme than in the others, in the labeled articles):")
            listed = ", ".join(_string(text) for text in left_out[theme.id])
            lines += ["# " + line for line in textwrap.wrap(listed, 98, break_long_words=False, break_on_hyphens=False)]
        if theme.exclude:
            lines.append("exclude = [" + ", ".join(_string(e) for e in theme.exclude) + "]")
    return "\n".join(lines) + "\n"
