"""A taxonomy's version: a hash of everything in it that changes labels, so a lake relabels when it changes.

Settings that were added later join the hash only when set, so taxonomies without them keep their
versions; a change of how labels are made from the same file (a recipe number below, a rule noted in
`with_version`) joins it for the taxonomies it affects.
"""

from __future__ import annotations

import hashlib
import importlib
import json
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from transforms.taxonomy import Taxonomy, Term

# Names the embedding model in taxonomy versions: a new model relabels.
SEMANTIC_MODEL = "wordllama-l2_supercat_256"
# How theme vectors become scores (2: a sidecar's vectors keep their relative lengths, see
# transforms.semantic.theme_vectors.scaled; 3: other languages' function words carry no evidence either,
# see transforms.semantic.content_words.FUNCTION_WORDS; 4: nor do numbers in words, NUMBER_WORDS; 5 left out
# words that begin with a digit too, and 6 takes them back: `learn --cv 5` lost 0.002 on agnews-dev, whose
# learned vectors read "5bn" as business; 7: a number with a decimal point or commas is one word of evidence,
# "4.5bn" not "5bn", see transforms.semantic.number_words: the same scores, whole spans; 8: with fitted vectors,
# a paragraph's meaning counts for a theme only where its article, when long, names the theme with listed
# terms, see transforms.labeller.article_needs_terms; 9: those terms weighed as written, before their theme's
# `weight` scales them); part of every semantic taxonomy's version, so a new
# recipe relabels.
SEMANTIC_RECIPE = 9
# How theme vectors made from the themes' own text become scores (2: each scaled to unit length, no longer
# centred on the themes' mean; see transforms.semantic.theme_vectors.unit_length); part of the version of
# every semantic taxonomy without loaded sidecar vectors, so those relabel and the bundled one keeps its version.
TEXT_VECTORS_RECIPE = 2
# How the vectors of themes a sidecar has none for are made from their text beside its rows (1: the
# direction of their text, the themes' mean taken off, at the sidecar's shortest row's length; the sidecar's
# rows scaled over themselves alone; see transforms.semantic.theme_vectors.text_rows); part of the version
# of every taxonomy with such themes.
TEXT_ROWS_RECIPE = 1
# How a `noun` term is read (2: read as a verb, before a determiner, it is no hit at all and outruns no shorter word,
# an `exclude` phrase of its phrase is that noun too, and "this" and "that" are no verb's object; 3: a time after the
# determiner keeps the noun, "strike the week before"; 1, the first reading, joined no version); part of the version
# of every taxonomy with a `noun` term, so those relabel.
NOUN_READING = 3


# The matcher's questions about a term that pick what joins a version, each from its module. Imported when first
# asked for (a module `__getattr__`), not with this module: the matcher's modules bring numpy and the Aho-Corasick
# automaton (about 0.1 s), and a taxonomy read from the user cache (warehouse.taxonomy_cache) is versioned already.
# Module attributes still, so a test can stand in an earlier rule for one (monkeypatch).
_PREDICATES = {
    "is_distance_term": "transforms.matching.distance_terms",
    "may_cross_possessive": "transforms.matching.possessives",
    "may_name_unit": "transforms.matching.unit_words",
    "reads_inside_words": "transforms.matching.unspaced_terms",
}


def __getattr__(name: str) -> Callable[[str], bool]:
    if name not in _PREDICATES:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    predicate = getattr(importlib.import_module(_PREDICATES[name]), name)
    globals()[name] = predicate
    return predicate


def _term_key(term: Term) -> list[object]:
    # "noun", "name" and "role" join the hash only when set, so taxonomies that never use them keep their versions.
    flags = [flag for flag in ("noun", "name", "role") if getattr(term, flag)]
    return [term.text.lower(), term.weight, term.verb, *flags]


def with_version(taxonomy: Taxonomy) -> Taxonomy:
    """Return the taxonomy with `version` set to a hash of everything that affects labels."""
    is_distance_term, may_cross_possessive, may_name_unit, reads_inside_words = (
        globals()[name] if name in globals() else __getattr__(name) for name in _PREDICATES)
    content: dict[str, object] = {
        "min_score": taxonomy.min_score,
        "themes": [
            [t.id, t.name, [_term_key(x) for x in t.terms], list(t.exclude)]
            for t in taxonomy.themes
        ],
    }
    if taxonomy.min_density:  # only when set, so taxonomies without it keep their versions
        content["min_density"] = taxonomy.min_density
    if taxonomy.min_share:  # the same
        content["min_share"] = taxonomy.min_share
    if any(is_distance_term(term.text) for theme in taxonomy.themes for term in theme.terms):
        content["digit_terms"] = "not money"  # such terms stopped matching amounts ("£100m"): relabel
    if any(may_name_unit(x) for theme in taxonomy.themes for x in (*(t.text for t in theme.terms), *theme.exclude)):
        content["unit_words"] = "after numbers"  # a number's unit began to count as a word ("99mph"): relabel
    if any(theme.exclude for theme in taxonomy.themes):
        content["exclude_forms"] = "plural"  # exclusions began to match their plurals ("safety nets"): relabel
    if any(may_cross_possessive(x) for theme in taxonomy.themes for x in (*(t.text for t in theme.terms),
                                                                           *theme.exclude)):
        content["possessives"] = "plural joins"  # "farmers' market" began to read "farmers market": relabel
    # Terms began to match without their accents ("cafe" finds "café" and the other way round), which changes
    # any taxonomy's labels on accented text, and so do ligatures, full-width letters and Turkish's "ı" read as the
    # letters they stand for ("ﬁnance" is "finance"): every version moved once, so every lake relabels once.
    content["accents"] = "folded"
    if outranking := [t.id for t in taxonomy.themes if t.outranks_meaning]:  # only when set, as above
        content["outranks_meaning"] = outranking
        # such a theme named strongly in an article's headline began to lead the article
        # (transforms.headline_themes): every lake whose taxonomy has one relabels once
        content["headline_leads"] = "article"
    if any(term.name for theme in taxonomy.themes for term in theme.terms):
        # a name began to count half only beside a strong term of a theme with `outranks_names`, not any: relabel
        content["names"] = ["beside outranks_names", [t.id for t in taxonomy.themes if t.outranks_names]]
    if any(term.role for theme in taxonomy.themes for term in theme.terms):  # only when set, as above
        content["roles"] = ["beside outranks_roles", [t.id for t in taxonomy.themes if t.outranks_roles]]
    if any(reads_inside_words(x) for theme in taxonomy.themes
           for x in (*(t.text for t in theme.terms), *theme.exclude)):
        # a Chinese, Japanese or Thai term began to be found inside a run of characters, a Korean one before a
        # particle ("대통령이"): relabel, as such a lake's labels were few or none
        content["unspaced_terms"] = "inside runs"
    if NOUN_READING > 1 and any(term.noun for theme in taxonomy.themes for term in theme.terms):
        content["noun_reading"] = NOUN_READING
    if taxonomy.languages:  # which articles get labels at all
        content["languages"] = list(taxonomy.languages)
    sem = taxonomy.semantic
    if sem is not None:  # the semantic layer changes labels: its settings, vectors and theme texts count
        settings: list[object] = [SEMANTIC_MODEL, SEMANTIC_RECIPE, sem.weight, sem.floor, sem.vectors_digest,
                                  [[t.description, t.weight] for t in taxonomy.themes]]
        if sem.cap:  # only when set, so taxonomies without it keep their versions
            settings.append(["cap", sem.cap])
        if sem.min_words:  # the same
            settings.append(["min_words", sem.min_words])
            if sem.vectors_digest:  # a short text's meaning began to count only beside a listed term: relabel
                settings.append(["short texts", "meaning beside a term"])
                if any(t.weight < 0 for theme in taxonomy.themes for t in theme.terms):
                    # and then only beside one of positive weight, not one listed against the theme: relabel
                    settings.append(["short texts", "beside a positive term"])
        if sem.min_share:  # the same
            settings.append(["min_share", sem.min_share])
        if not sem.vectors_digest:  # no vectors loaded, so made from text: how they are scaled
            settings.append(["text vectors", TEXT_VECTORS_RECIPE])
        if sem.text_themes:  # some made from text beside the sidecar's: which, and how
            settings.append(["text rows", TEXT_ROWS_RECIPE, list(sem.text_themes)])
        content["semantic"] = settings
    digest = hashlib.sha256(json.dumps(content, sort_keys=True).encode()).hexdigest()
    return replace(taxonomy, version=digest[:12])
