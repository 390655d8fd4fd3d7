"""Parse and validate a taxonomy: themes, their weighted terms, and the score threshold."""

from __future__ import annotations

import tomllib
from collections.abc import Collection, Mapping
from dataclasses import dataclass, field, fields, replace

from transforms.taxonomy_errors import TaxonomyError, label_map_message, number
from transforms.taxonomy_keys import table_starts, unknown_key_message, unknown_keys
from transforms.taxonomy_semantic import SemanticSettings, parse_semantic
from transforms.taxonomy_version import with_version

# The keys each table of a taxonomy file may hold: any other key is a misspelling or a table in the
# wrong place, and an error naming it (transforms/taxonomy_keys.py). A new key of the format is
# added here, next to the code below that reads it.
FILE_KEYS = frozenset({"taxonomy", "themes"})  # the top-level tables: [taxonomy] and [[themes]]
# [taxonomy]; the semantic layer's keys are SEMANTIC_KEYS (read by transforms.taxonomy_semantic.parse_semantic)
TAXONOMY_KEYS = frozenset(
    {"name", "description", "min_score", "min_density", "min_share", "languages", "language",
     "semantic", "vectors", "semantic_weight", "semantic_floor", "semantic_cap", "semantic_min_words",
     "semantic_min_share"}
)
# each [[themes]]
THEME_KEYS = frozenset(
    {"id", "name", "description", "terms", "weight", "exclude", "outranks_meaning", "outranks_names",
     "outranks_roles"})
TERM_KEYS = frozenset({"term", "weight", "verb", "noun", "name", "role"})  # each {term = ...} of a theme's terms

# File name endings of formats a taxonomy is not written in, which a user may try (a TOML error
# message about them points at a line, not at the format).
OTHER_FORMATS = {"json": "JSON", "yaml": "YAML", "yml": "YAML"}


@dataclass(frozen=True)
class Term:
    """A word or phrase that counts towards a theme, with its weight."""

    text: str
    weight: float = 1.0
    verb: bool = False
    noun: bool = False  # does not count when followed by "the", "a", "their"...: a verb use
    # a company's or a product's name: counts half in a paragraph where a theme with `outranks_names` has a strong
    # listed term (transforms.matching.name_terms): Microsoft in a takeover story is the buyer, not the technology
    name: bool = False
    # a word of who acts rather than what happens (a vote, the government, a council): counts half in a paragraph
    # where a theme with `outranks_roles` has a strong listed term: a union's vote is no election, the employer no
    # politics (transforms.matching.name_terms)
    role: bool = False


@dataclass(frozen=True)
class Theme:
    """A theme: its id, name, description, terms and excluded contexts."""

    id: str
    name: str
    description: str
    terms: tuple[Term, ...]
    exclude: tuple[str, ...] = ()
    weight: float = 1.0  # the theme's `weight`: already applied to its terms, and scales its semantic score
    # `outranks_meaning = true`: a strong listed term of this theme halves the meaning of the themes with few
    # listed terms of their own in that paragraph (transforms.labeller.outranked_meaning); in an article's headline it
    # makes the article its story (transforms.headline_themes)
    outranks_meaning: bool = False
    # `outranks_names = true`: a strong listed term of this theme halves the other themes' listed names (`name =
    # true`) in that paragraph (transforms.matching.name_terms): a takeover makes a firm's name the buyer's
    outranks_names: bool = False
    # `outranks_roles = true`: the same for the other themes' listed roles (`role = true`): a strike or a pay award
    # makes a vote the union's and the government the employer
    outranks_roles: bool = False


@dataclass(frozen=True)
class Taxonomy:
    """A set of themes plus the score a paragraph needs to get one; `version` hashes the content."""

    name: str
    themes: tuple[Theme, ...]
    min_score: float = 1.0
    description: str = ""
    min_density: float = 0.0  # minimum score per word (see transforms.matching.theme_scores.density)
    # A label must score at least this share of its paragraph's best label: a passing mention of a side
    # theme beside the paragraph's subject is not a label (0: off).
    min_share: float = 0.0
    semantic: SemanticSettings | None = None  # the semantic layer (transforms.semantic), None: terms only
    version: str = field(default="", compare=False)
    # ISO 639-1 codes of the languages its terms are written in; articles in another language are
    # stored but not labelled. Empty: every language is labelled. Not part of `version`: it picks
    # which articles a run labels, not how a paragraph is labelled.
    languages: tuple[str, ...] = ()

    def __hash__(self) -> int:
        # Computed once: this process's matcher, labeller and semantic layer are found by the
        # taxonomy (functools caches) for each part of each batch, and the hash a frozen dataclass
        # makes walks every term (about 2 ms for the bundled taxonomy, each time).
        cached = self.__dict__.get("_hash")
        if cached is None:
            cached = hash(tuple(getattr(self, f.name) for f in fields(self) if f.compare))
            object.__setattr__(self, "_hash", cached)
        return cached

    def __getstate__(self) -> dict:
        # Not the cached hash: another process hashes strings differently.
        return {k: v for k, v in self.__dict__.items() if k != "_hash"}

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
        kind = OTHER_FORMATS.get(source.rpartition(".")[2].lower())
        if kind:  # the user's syntax is fine, the format is not ours: say so, not where TOML stopped
            raise TaxonomyError(
                f"{source}: a taxonomy is a TOML file, not {kind}: write it as TOML "
                f"(`themelake themes --export` prints one to start from; docs/labels.md, \"Bad taxonomy files\")"
            ) from None
        raise TaxonomyError(f"{source}: not valid TOML: {err}") from None
    if (wrong_file := label_map_message(doc, source, {*FILE_KEYS, *TAXONOMY_KEYS})) is not None:
        raise TaxonomyError(wrong_file)  # was "line 2: unknown key 'business'": the map's first label
    _check_keys(doc, FILE_KEYS, text, source, elsewhere={k: "[taxonomy]" for k in TAXONOMY_KEYS})
    head = doc.get("taxonomy", {})
    if not isinstance(head, dict):
        raise TaxonomyError(f"{source}: [taxonomy] must be a table")
    _check_keys(head, TAXONOMY_KEYS, text, f"{source}: [taxonomy]", start=_first(table_starts(text, "taxonomy")))
    raw_themes = doc.get("themes")
    if not isinstance(raw_themes, list) or not raw_themes:
        raise TaxonomyError(f"{source}: no themes: add [[themes]] entries with id, name and terms")
    themes: list[Theme] = []
    seen: set[str] = set()
    starts = table_starts(text, "themes")
    for n, raw in enumerate(raw_themes, start=1):
        start = starts[n - 1] if len(starts) == len(raw_themes) else 1  # else: themes = [{...}] inline
        theme = _parse_theme(raw, f"{source}: theme #{n}", text, start)
        if theme.id in seen:
            raise TaxonomyError(f"{source}: theme {theme.id!r} is defined twice")
        # The report's charts and tables and `themes` go by name: two themes of one name would be one.
        twin = next((t for t in themes if t.name.casefold() == theme.name.casefold()), None)
        if twin is not None:
            raise TaxonomyError(
                f"{source}: themes {twin.id!r} and {theme.id!r} have the same name {theme.name!r}: give each its own"
            )
        seen.add(theme.id)
        themes.append(theme)
    min_score = number(head.get("min_score", 1.0), f"{source}: [taxonomy] min_score")
    min_density = number(head.get("min_density", 0.0), f"{source}: [taxonomy] min_density")
    min_share = number(head.get("min_share", 0.0), f"{source}: [taxonomy] min_share")
    if not 0 <= min_share <= 1:
        raise TaxonomyError(f"{source}: [taxonomy] min_share must be a share from 0 (off) to 1, not {min_share}")
    taxonomy = Taxonomy(
        name=str(head.get("name", "custom")),
        description=str(head.get("description", "")),
        min_score=min_score,
        min_density=min_density,
        min_share=min_share,
        themes=tuple(themes),
        semantic=parse_semantic(head, f"{source}: [taxonomy]"),
        languages=_languages(head.get("languages", head.get("language", [])), f"{source}: [taxonomy] languages"),
    )
    return with_version(taxonomy)


def _first(lines: list[int]) -> int:
    return lines[0] if lines else 1


def _check_keys(
    table: Mapping[str, object],
    allowed: Collection[str],
    text: str,
    where: str,
    start: int = 1,
    elsewhere: Mapping[str, str] | None = None,
) -> None:
    """Raise TaxonomyError for the first key of `table` that is not in `allowed`."""
    for key in unknown_keys(table, allowed):
        value = table[key]
        # A top-level unknown that holds tables was written as a table: [[theme]] or [taxonomi].
        is_table = allowed is FILE_KEYS and isinstance(value, (dict, list)) and key not in (elsewhere or {})
        brackets = ("[[" if isinstance(value, list) else "[") if is_table else ""
        raise TaxonomyError(unknown_key_message(key, allowed, text, where, start, brackets, elsewhere))


def _languages(value: object, where: str) -> tuple[str, ...]:
    values = [value] if isinstance(value, str) else value
    if not isinstance(values, list) or not all(isinstance(v, str) and len(v.strip()) == 2 for v in values):
        raise TaxonomyError(f'{where} must be ISO 639-1 codes, such as languages = ["en"]')
    return tuple(v.strip().lower() for v in values)


def _parse_theme(raw: object, where: str, toml: str = "", start: int = 1) -> Theme:
    if not isinstance(raw, dict):
        raise TaxonomyError(f"{where}: must be a table with id, name and terms")
    theme_id = raw.get("id")
    if not isinstance(theme_id, str) or not theme_id.strip():
        _check_keys(raw, THEME_KEYS, toml, where, start)  # a misspelt `id` is why there is none
        raise TaxonomyError(f"{where}: needs an id (a non-empty string)")
    where = where.rsplit(":", 1)[0] + f": theme {theme_id!r}"
    _check_keys(raw, THEME_KEYS, toml, where, start)
    raw_terms = raw.get("terms")
    if not isinstance(raw_terms, list) or not raw_terms:
        raise TaxonomyError(f"{where}: has no terms")
    terms = tuple(_parse_term(t, where, toml, start) for t in raw_terms)
    # A theme's `weight` scales all its terms: a side topic of many stories (crime, health) can count
    # a little less than the main subject. Applied here, so evidence shows the weight that counted.
    scale = number(raw.get("weight", 1.0), f"{where}: weight")
    if abs(scale) > MAX_WEIGHT:
        raise TaxonomyError(f"{where}: weight {scale:g} is beyond ±{MAX_WEIGHT:g}")
    if scale != 1.0:
        terms = tuple(replace(t, weight=round(t.weight * scale, 4)) for t in terms)
    exclude = raw.get("exclude", [])
    if not isinstance(exclude, list) or not all(isinstance(e, str) and e.strip() for e in exclude):
        raise TaxonomyError(f"{where}: exclude must be a list of non-empty phrases")
    outranks, names = raw.get("outranks_meaning", False), raw.get("outranks_names", False)
    roles = raw.get("outranks_roles", False)
    for key, value in (("outranks_meaning", outranks), ("outranks_names", names), ("outranks_roles", roles)):
        if not isinstance(value, bool):
            raise TaxonomyError(f"{where}: {key} must be true or false, not {value!r}")
    return Theme(
        id=theme_id.strip(),
        # No name, or a blank one: the id. A name is kept as written (it is part of the version).
        name=name if (name := str(raw.get("name", theme_id))).strip() else theme_id.strip(),
        description=str(raw.get("description", "")),
        terms=terms,
        exclude=tuple(e.strip() for e in exclude),
        weight=scale,
        outranks_meaning=outranks,
        outranks_names=names,
        outranks_roles=roles,
    )


# A term's weight is at most this far from 0: a paragraph's score sums weights, and weights near the
# float limit sum to infinity (a score `inf`, shares NaN). Hand-written weights are about 1, learned ones
# below 6.
MAX_WEIGHT = 1000.0


def _parse_term(raw: object, where: str, toml: str = "", start: int = 1) -> Term:
    if isinstance(raw, str):
        raw = {"term": raw}
    if not isinstance(raw, dict):
        raise TaxonomyError(f"{where}: a term must be a string or {{term = ..., weight = ...}}, not {raw!r}")
    named = f"{where}: term {raw['term']!r}" if isinstance(raw.get("term"), str) else where
    _check_keys(raw, TERM_KEYS, toml, named, start)
    text = raw.get("term")
    if not isinstance(text, str) or not text.strip():
        raise TaxonomyError(f"{where}: has an empty term")
    if not any(c.isalnum() for c in text):  # punctuation and symbols count as spaces when matching
        raise TaxonomyError(f"{where}: term {text!r} has no letter or digit to match")
    weight = number(raw.get("weight", 1.0), f"{where}: term {text!r}: weight")
    if abs(weight) > MAX_WEIGHT:
        raise TaxonomyError(f"{where}: term {text!r}: weight {weight:g} is beyond ±{MAX_WEIGHT:g}")
    flags = {}
    for flag in ("verb", "noun", "name", "role"):
        flags[flag] = raw.get(flag, False)
        if not isinstance(flags[flag], bool):
            raise TaxonomyError(f"{where}: term {text!r}: {flag} must be true or false")
    return Term(text=" ".join(text.split()), weight=weight, **flags)
