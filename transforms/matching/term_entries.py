"""A taxonomy's terms and exclusions as the automata's keys: each form a term is found by (its inflections, an
acronym's spellings, a noun's "<verb form> <determiner>" verb readings, for a noun term and an exclusion of a noun's
phrase alike), and the themes it counts for."""

from __future__ import annotations

from transforms.matching.folded_words import folded_form
from transforms.matching.number_slots import slot_term
from transforms.matching.search_text import search_text
from transforms.matching.term_forms import (
    DETERMINERS,
    EXCLUSION,
    NOUN,
    TERM,
    TIME_AFTER,
    VERB,
    exclusion_forms,
    inflections,
    is_acronym,
    spellings,
)
from transforms.matching.unspaced_terms import reads_inside_words
from transforms.taxonomy import Taxonomy

# (exact automaton?, form) -> {(theme, kind, case): (term, weight)}
Entries = dict[tuple[bool, str], dict[tuple[int, int, str], tuple[str, float]]]


def term_entries(taxonomy: Taxonomy) -> Entries:
    """Return the taxonomy's keys and what each counts for, except the terms found inside runs of characters
    (Chinese, Japanese, Thai, Korean: `transforms.matching.unspaced_terms`).

    >>> from transforms.taxonomy import Taxonomy, Theme, Term
    >>> tax = Taxonomy("t", (Theme("war", "War", "", (Term("troop"), Term("NATO"))),))
    >>> sorted(form for _, form in term_entries(tax))
    ['nato', 'troop', 'troops']
    """
    # (exact automaton?, form) -> {(theme, kind, case): (term, weight)}; a theme counts
    # a form once, with its largest weight, even when two of its terms inflect to it ("troop",
    # "troops"). An ASCII acronym is found by its lower-case form and kept only where the text
    # has it in capitals (`case`): one pass over the text instead of two.
    entries: Entries = {}
    # A phrase the taxonomy reads as a noun (a `noun` term's) is that noun where a theme excludes it too: "teachers
    # strike" silences education's "teachers" in "Teachers strike closes schools", not in "Teachers strike a balance".
    nouns = {folded_form(" ".join(search_text(term.text).split())) for theme in taxonomy.themes
             for term in theme.terms if term.noun and not is_acronym(term.text)}
    for t, theme in enumerate(taxonomy.themes):
        for term in theme.terms:
            if reads_inside_words(term.text):  # Chinese, Japanese, Thai, Korean: `inside`, below
                continue
            exact = is_acronym(term.text)
            # A number slot ("axe # jobs") is a word the search text keeps (transforms.matching.number_slots).
            base = " ".join(search_text(slot_term(term.text), lower=not exact).split())
            if not exact:
                base = folded_form(base)
            if exact and base.isascii():
                places = [((False, base.lower()), (t, TERM, base))]
            elif exact:
                places = [((True, spelt), (t, TERM, "")) for spelt in spellings(base)]
            else:
                places = [((False, form), (t, TERM, "")) for form in inflections(base, term.verb)]
            for where, which in places:
                slot = entries.setdefault(where, {})
                if which not in slot or slot[which][1] < term.weight:
                    slot[which] = (term.text, term.weight)
            if term.noun and not exact:
                _add_readings(entries, t, base, term.text)
        for phrase in theme.exclude:
            if reads_inside_words(phrase):
                continue
            # Inflected like a term ("safety net" covers "safety nets", "war of words" "wars of words"):
            # a term's plural is found inside the phrase's plural, and an uninflected exclusion let it through.
            base = folded_form(" ".join(search_text(phrase).split()))
            for form in exclusion_forms(base):
                entries.setdefault((False, form), {})[(t, EXCLUSION, "")] = (phrase, 0.0)
            if base in nouns:
                _add_readings(entries, t, base, phrase)
    return entries


def _add_readings(entries: Entries, t: int, base: str, text: str) -> None:
    """Add a noun phrase's verb readings ("<verb form> <determiner>") and the noun readings that undo them ("<verb
    form> <determiner> <time>") to theme `t`'s entries of `text`."""
    for form in inflections(base, verb=True):
        for word in DETERMINERS:
            entries.setdefault((False, f"{form} {word}"), {})[(t, VERB, "")] = (text, 0.0)
        for after in TIME_AFTER:
            entries.setdefault((False, f"{form} {after}"), {})[(t, NOUN, "")] = (text, 0.0)
