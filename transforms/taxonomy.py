"""Parse and validate a taxonomy: themes, their weighted terms, and the score threshold."""

from __future__ import annotations

import hashlib
import json
import math
import tomllib
from dataclasses import dataclass, field, replace


class TaxonomyError(ValueError):
    """A taxonomy file is unusable; the message names the file and the theme or line."""


@dataclass(frozen=True)
class Term:
    """A word or phrase that counts towards a theme, with its weight."""

    text: str
    weight: float = 1.0
    verb: bool = False
    noun: bool = False  # does not count when followed by "the", "a", "their"...: a verb use


@dataclass(frozen=True)
class Theme:
    """A theme: its id, name, description, terms and excluded contexts."""

    id: str
    name: str
    description: str
    terms: tuple[Term, ...]
    exclude: tuple[str, ...] = ()


@dataclass(frozen=True)
class Taxonomy:
    """A set of themes plus the score a paragraph needs to get one; `version` hashes the content."""

    name: str
    themes: tuple[Theme, ...]
    min_score: float = 1.0
    description: str = ""
    min_density: float = 0.0  # minimum score per word (see transforms.themes.density)
    version: str = field(default="", compare=False)
    # ISO 639-1 codes of the languages its terms are written in; articles in another language are
    # stored but not labelled. Empty: every language is labelled. Not part of `version`: it picks
    # which articles a run labels, not how a paragraph is labelled.
    languages: tuple[str, ...] = ()

    def theme(self, theme_id: str) -> Theme:
        for theme in self.themes:
            if theme.id == theme_id:
                return theme
        raise KeyError(theme_id)


def parse_taxonomy(text: str, source: str = "<taxonomy>") -> Taxonomy:
    """Return the Taxonomy described by TOML `text`; raise TaxonomyError naming `source`.

    >>> t = parse_taxonomy('[[themes]]\\nid = "x"\\nname = "X"\\nterms = ["war", {term = "troop", weight = 2}]')
    >>> [(term.text, term.weight) for term in t.themes[0].terms], len(t.version)
    ([('war', 1.0), ('troop', 2.0)], 12)
    """
    try:
        doc = tomllib.loads(text)
    except tomllib.TOMLDecodeError as err:
        raise TaxonomyError(f"{source}: not valid TOML: {err}") from None
    head = doc.get("taxonomy", {})
    if not isinstance(head, dict):
        raise TaxonomyError(f"{source}: [taxonomy] must be a table")
    raw_themes = doc.get("themes")
    if not isinstance(raw_themes, list) or not raw_themes:
        raise TaxonomyError(f"{source}: no themes: add [[themes]] entries with id, name and terms")
    themes: list[Theme] = []
    seen: set[str] = set()
    for n, raw in enumerate(raw_themes, start=1):
        theme = _parse_theme(raw, f"{source}: theme #{n}")
        if theme.id in seen:
            raise TaxonomyError(f"{source}: theme {theme.id!r} is defined twice")
        seen.add(theme.id)
        themes.append(theme)
    min_score = _number(head.get("min_score", 1.0), f"{source}: [taxonomy] min_score")
    min_density = _number(head.get("min_density", 0.0), f"{source}: [taxonomy] min_density")
    taxonomy = Taxonomy(
        name=str(head.get("name", "custom")),
        description=str(head.get("description", "")),
        min_score=min_score,
        min_density=min_density,
        themes=tuple(themes),
        languages=_languages(head.get("languages", head.get("language", [])), f"{source}: [taxonomy] languages"),
    )
    return with_version(taxonomy)


def _languages(value: object, where: str) -> tuple[str, ...]:
    values = [value] if isinstance(value, str) else value
    if not isinstance(values, list) or not all(isinstance(v, str) and len(v.strip()) == 2 for v in values):
        raise TaxonomyError(f'{where} must be ISO 639-1 codes, such as languages = ["en"]')
    return tuple(v.strip().lower() for v in values)


def _parse_theme(raw: object, where: str) -> Theme:
    if not isinstance(raw, dict):
        raise TaxonomyError(f"{where}: must be a table with id, name and terms")
    theme_id = raw.get("id")
    if not isinstance(theme_id, str) or not theme_id.strip():
        raise TaxonomyError(f"{where}: needs an id (a non-empty string)")
    where = where.rsplit(":", 1)[0] + f": theme {theme_id!r}"
    raw_terms = raw.get("terms")
    if not isinstance(raw_terms, list) or not raw_terms:
        raise TaxonomyError(f"{where}: has no terms")
    terms = tuple(_parse_term(t, where) for t in raw_terms)
    # A theme's `weight` scales all its terms: a side topic of many stories (crime, health) can count
    # a little less than the main subject. Applied here, so evidence shows the weight that counted.
    scale = _number(raw.get("weight", 1.0), f"{where}: weight")
    if scale != 1.0:
        terms = tuple(replace(t, weight=round(t.weight * scale, 4)) for t in terms)
    exclude = raw.get("exclude", [])
    if not isinstance(exclude, list) or not all(isinstance(e, str) and e.strip() for e in exclude):
        raise TaxonomyError(f"{where}: exclude must be a list of non-empty phrases")
    return Theme(
        id=theme_id.strip(),
        name=str(raw.get("name", theme_id)),
        description=str(raw.get("description", "")),
        terms=terms,
        exclude=tuple(e.strip() for e in exclude),
    )


def _parse_term(raw: object, where: str) -> Term:
    if isinstance(raw, str):
        raw = {"term": raw}
    if not isinstance(raw, dict):
        raise TaxonomyError(f"{where}: a term must be a string or {{term = ..., weight = ...}}, not {raw!r}")
    text = raw.get("term")
    if not isinstance(text, str) or not text.strip():
        raise TaxonomyError(f"{where}: has an empty term")
    weight = _number(raw.get("weight", 1.0), f"{where}: term {text!r}: weight")
    flags = {}
    for flag in ("verb", "noun"):
        flags[flag] = raw.get(flag, False)
        if not isinstance(flags[flag], bool):
            raise TaxonomyError(f"{where}: term {text!r}: {flag} must be true or false")
    return Term(text=" ".join(text.split()), weight=weight, **flags)


def _number(value: object, where: str) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
        raise TaxonomyError(f"{where} must be a number, not {value!r}")
    return float(value)


def _term_key(term: Term) -> list[object]:
    # "noun" joins the hash only when set, so taxonomies that never use it keep their versions.
    return [term.text.lower(), term.weight, term.verb] + (["noun"] if term.noun else [])


def with_version(taxonomy: Taxonomy) -> Taxonomy:
    """Return the taxonomy with `version` set to a hash of everything that affects labels."""
    content: dict[str, object] = {
        "min_score": taxonomy.min_score,
        "themes": [
            [t.id, t.name, [_term_key(x) for x in t.terms], list(t.exclude)]
            for t in taxonomy.themes
        ],
    }
    if taxonomy.min_density:  # only when set, so taxonomies without it keep their versions
        content["min_density"] = taxonomy.min_density
    digest = hashlib.sha256(json.dumps(content, sort_keys=True).encode()).hexdigest()
    return Taxonomy(
        name=taxonomy.name,
        description=taxonomy.description,
        min_score=taxonomy.min_score,
        min_density=taxonomy.min_density,
        themes=taxonomy.themes,
        version=digest[:12],
        languages=taxonomy.languages,
    )
