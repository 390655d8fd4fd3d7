"""Label paragraphs with themes: one Aho-Corasick automaton over a whole batch of paragraphs.

How matching works, so that evidence offsets stay exact:
- the paragraph is lower-cased and every character that is not a letter or digit becomes a space,
  which keeps its length, so an offset in this search text is an offset in the paragraph;
- automaton keys are terms padded with one space on each side, so every hit is a whole word or
  phrase, and possessives ("Russia's" reads "russia s") need no rule but the plural's (matching.possessives);
- a term written in capitals ("EU", "NHS") is an acronym and matches only in capitals;
- when hits overlap, a hit inside a longer one is dropped ("stock market" beats "market");
- a hit inside one of its theme's `exclude` phrases, or their plurals, does not count (nor, in the
  labeller, a semantic word of that theme: `transforms.labeller.outside_exclusions`);
- accents do not count: "cafe" and "café" match "cafe", "café", "CAFÉ" and "cafe" + U+0301 alike, and a
  letter with no base letter ("ß", "ø", Greek) only itself (`transforms.matching.folded_words`);
- a term marked `noun` is no hit when a determiner follows it: "match the forecast" and "a
  bid to match their rivals" use "match" as a verb, "the match" and "a match against" as a noun;
  an `exclude` phrase that is such a noun is read so too ("teachers strike" silences education's
  "teachers" in "Teachers strike closes schools", not in "Teachers strike a balance"); a time after the
  determiner keeps the noun ("Teachers strike the week before exams");
- a distance term ("100m", "10km": `transforms.matching.distance_terms.is_distance_term`) does not count right
  after a currency sign or right before a currency's name: "£100m" and "400m euros" are money, not
  the race (the sign is no letter or digit, so the search text reads " 100m"); a money term such
  as "1bn" counts there;
- a number's unit is a word too ("99mph" is also "mph", "120km/h" "km h":
  `transforms.matching.unit_words`), its evidence the unit's span; an acronym names no unit ("3GP").
- a term's word "#" is one number ("axe # jobs" finds "axe 3,200 jobs": `transforms.matching.number_slots`), and
  an initial's full stop joins a phrase as a space does ("E. coli" reads "e coli": `transforms.matching.initials`).
- a term in Chinese, Japanese or Thai is found wherever its characters stand, one in Korean at a
  phrase's start ("대통령" in "대통령이"), as those scripts write no spaces between words, or none before
  a particle (`transforms.matching.unspaced_terms`).

How a paragraph gets a theme from its hits: transforms.matching.theme_scores.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from itertools import chain

import ahocorasick
import numpy as np

from transforms.matching.distance_terms import is_distance_term
from transforms.matching.folded_words import folded_text
from transforms.matching.joined_text import JoinedText
from transforms.matching.number_slots import phrase_and_slot_keys, slot_spans
from transforms.matching.possessives import automaton_spans
from transforms.matching.search_text import search_text
from transforms.matching.term_entries import term_entries
from transforms.matching.term_forms import EXCLUSION, NOUN, VERB
from transforms.matching.term_hits import amounts_of_money, longest_first, same_case, terms_outside_exclusions
from transforms.matching.theme_labels import EvidenceRows, LabelColumns, PhraseSpans, ThemeLabel
from transforms.matching.theme_scores import score_evidence
from transforms.matching.unit_words import unit_hits, unit_starts, unit_vocabulary
from transforms.matching.unspaced_terms import UnspacedKeys, unspaced_entries
from transforms.taxonomy import Taxonomy


class ThemeMatcher:
    """The automata of one taxonomy: build once per process, apply to many batches.

    Matching and scoring work on whole batches as numpy arrays (one row per automaton hit, then
    one per (hit, theme) entry): no Python code runs per hit, which is what makes labelling run
    at close to the speed of reading the text.
    """

    def __init__(self, taxonomy: Taxonomy) -> None:
        self.taxonomy = taxonomy
        self._lower = ahocorasick.Automaton()
        self._exact = ahocorasick.Automaton()
        entries = term_entries(taxonomy)
        # Keys are numbered lower-case automaton first, then exact; a key's entries are rows
        # key_ptr[k]:key_ptr[k + 1] of the entry arrays (theme, term, weight, kind, case).
        terms: dict[str, int] = {}
        cases: dict[str, int] = {}
        sizes: list[int] = []
        ptr = [0]
        ent_theme: list[int] = []
        ent_term: list[int] = []
        ent_weight: list[float] = []
        ent_kind: list[int] = []
        ent_case: list[int] = []
        # Lower-case keys first, each kind in order of its form: the forms come from sets (inflections,
        # spellings), whose order of strings changes with every process's hash seed, so numbering keys
        # as inserted gave each process its own numbers of the terms (`terms`, the evidence's indexes).
        ordered = sorted(entries.items(), key=lambda item: item[0])
        # Terms and exclusions found inside runs of characters (transforms.matching.unspaced_terms), numbered last.
        inside = [((None, form), slot) for form, slot in sorted(unspaced_entries(taxonomy).items())]
        for k, ((in_exact, form), slot) in enumerate(chain(ordered, inside)):
            key = f" {form} "
            if in_exact is not None:
                (self._exact if in_exact else self._lower).add_word(key, k)
            sizes.append(len(key))
            # A key's case-free entries first: as if an acronym's hit came after the others.
            for (t, kind, case), (text, weight) in sorted(slot.items(), key=lambda item: item[0][2] != ""):
                ent_theme.append(t)
                ent_term.append(terms.setdefault(text, len(terms)))
                ent_weight.append(weight)
                ent_kind.append(kind)
                ent_case.append(cases.setdefault(case, len(cases)) if case else -1)
            ptr.append(len(ent_theme))
        self._key_size = np.array(sizes, dtype=np.int64)
        self._key_ptr = np.array(ptr, dtype=np.int64)
        self._ent_theme = np.array(ent_theme, dtype=np.int64)
        self._ent_term = np.array(ent_term, dtype=np.int64)
        self._ent_weight = np.array(ent_weight, dtype=np.float64)
        self._ent_excl = np.array(ent_kind, dtype=np.int64) == EXCLUSION
        self._ent_verb = np.array(ent_kind, dtype=np.int64) == VERB
        self._ent_noun = np.array(ent_kind, dtype=np.int64) == NOUN
        self._ent_case = np.array(ent_case, dtype=np.int64)
        self._cases = tuple(cases)
        self._terms = tuple(terms)
        ids = [theme.id for theme in taxonomy.themes]
        self._theme_rank = np.argsort(np.argsort(np.array(ids, dtype=object), kind="stable"), kind="stable")
        self._has_exact = any(exact for exact, _ in entries)
        self._key_distance = np.array([in_exact is not None and is_distance_term(form)
                                       for (in_exact, form), _ in chain(ordered, inside)], dtype=bool)
        inside_ids = range(len(ordered), len(ordered) + len(inside))
        self._unspaced = UnspacedKeys([form for (_, form), _ in inside], inside_ids) if inside else None
        # The lower-case keys are found by the batch's folded words (transforms.matching.phrase_keys: the
        # same hits as the automaton's in the folded text, in a third of its time), accented or not.
        lower = [(form, k) for k, ((exact, form), _) in enumerate(ordered) if not exact]
        forms = [form for form, _ in lower]
        # Terms with a number slot ("axe # jobs") apart: transforms.matching.number_slots.
        self._phrases, self._slots = phrase_and_slot_keys(forms, [k for _, k in lower])
        # A number's unit is read as a word too ("99mph" as "mph": transforms.matching.unit_words).
        self._units = unit_vocabulary(forms)
        self._longest = max((len(form) for form in forms), default=0)
        for automaton in (self._lower, self._exact):
            automaton.make_automaton()

    @property
    def terms(self) -> tuple[str, ...]:
        """The taxonomy's terms and exclusions, as `EvidenceRows.term` indexes them."""
        return self._terms

    def label(self, paragraphs: Sequence[str]) -> list[ThemeLabel]:
        """Return the theme labels of a batch of paragraph texts (indexes into `paragraphs`)."""
        return self.label_columns(paragraphs).labels(self.taxonomy)

    def label_columns(self, paragraphs: Sequence[str], n_words: Sequence[int] | None = None) -> LabelColumns:
        """Return the theme labels of a batch of paragraph texts as columns.

        `n_words` are the paragraphs' word counts when the caller has them (else they are counted).
        """
        return self.score(self.term_rows(paragraphs), paragraphs, n_words)

    def term_rows(self, paragraphs: Sequence[str], batch: JoinedText | None = None) -> EvidenceRows:
        """Return the term evidence of a batch, one row per (matched term, theme), before scoring.

        `batch`: the paragraphs already joined (`JoinedText.of(paragraphs)`), when the caller has them."""
        return self.term_rows_and_exclusions(paragraphs, batch)[0]

    def term_rows_and_exclusions(
        self, paragraphs: Sequence[str], batch: JoinedText | None = None,
    ) -> tuple[EvidenceRows, PhraseSpans]:
        """Return the term evidence of a batch (see `term_rows`) and where its themes' `exclude` phrases are,
        so that the semantic layer's words inside them do not count either."""
        if not paragraphs:
            none = np.zeros(0, np.int64)
            return (EvidenceRows(none, none, none, none, none, none, np.zeros(0, np.float64), none),
                    PhraseSpans(none, none, none, none))
        batch = batch or JoinedText.of(paragraphs)
        joined, bases = batch.text, batch.bases
        if self._phrases is not None:
            spans = self._phrases.spans(batch.folded_words, text=joined)
            if self._slots is not None:
                spans = np.concatenate([spans, slot_spans(self._slots, batch.folded_words, joined)])
        else:  # (no taxonomy's terms come here: a term's words are letters and digits)
            spans = automaton_spans(lambda text: self._hits(text, self._lower), folded_text(joined),
                                    batch.possessive_joins, self._key_size)
        found = [spans[:, :2]]
        units = unit_starts(batch.words, self._units)
        found.append(unit_hits(batch.key, joined, units, self._lower, self._key_size, self._longest))
        if self._has_exact:
            found.append(self._hits(search_text(joined, lower=False), self._exact))
        if self._unspaced is not None:
            found.append(self._unspaced.hits(joined, batch.key))
        hits = np.concatenate(found) if len(found) > 1 else found[0]
        key = hits[:, 1]
        # A key " term " ends on the space after the word: in the joined text the word is
        # [end - size + 1, end - 1) for the end offset the automaton reports in " " + text + " ",
        # and for a hit by words from its first word (a combining mark the key has not makes it longer).
        end = hits[:, 0] - 1
        start = end - self._key_size[key] + 2
        start[: len(spans)] = spans[:, 2]
        money = amounts_of_money(joined, start, end, self._key_distance[key])
        if money.any():
            key, start, end = key[~money], start[~money], end[~money]
        para = np.searchsorted(bases, start, side="right") - 1

        # One row per (hit, theme entry of its key).
        counts = self._key_ptr[key + 1] - self._key_ptr[key]
        hit = np.repeat(np.arange(len(key)), counts)
        first = np.cumsum(counts) - counts
        ent = np.arange(len(hit)) - np.repeat(first, counts) + np.repeat(self._key_ptr[key], counts)
        hit, ent = self._drop_wrong_case(hit, ent, start, end, joined, units)
        hit, ent = self._drop_verbs(hit, ent, start)
        excl = self._ent_excl[ent]
        has_term = np.zeros(len(key), dtype=bool)
        has_term[hit[~excl]] = True
        rank = longest_first(np.flatnonzero(has_term), start, end)

        # A theme's term does not count inside one of that theme's exclusion phrases.
        term_rows = np.flatnonzero(~excl & (rank[hit] >= 0))
        excl_rows = np.flatnonzero(excl)
        if len(excl_rows) and len(term_rows):
            term_rows = terms_outside_exclusions(
                self._ent_theme, term_rows, excl_rows, hit, ent, start, end, len(joined) + 2
            )

        h = hit[term_rows]
        e = ent[term_rows]
        xh = hit[excl_rows]
        return EvidenceRows(
            para[h], self._ent_theme[e], rank[h], start[h] - bases[para[h]], end[h] - bases[para[h]],
            self._ent_term[e], self._ent_weight[e], np.zeros(len(e), np.int64),
        ), PhraseSpans(para[xh], self._ent_theme[ent[excl_rows]], start[xh] - bases[para[xh]],
                       end[xh] - bases[para[xh]])

    def _drop_wrong_case(
        self, hit: np.ndarray, ent: np.ndarray, start: np.ndarray, end: np.ndarray, joined: str, units: np.ndarray
    ) -> tuple[np.ndarray, np.ndarray]:
        """Return the (hit, entry) rows without the acronym entries whose text is not in capitals, or is a
        number's unit ("3GP" is no GP)."""
        checked = np.flatnonzero(self._ent_case[ent] >= 0)
        at_unit = np.isin(start[hit[checked]], units).tolist()
        wrong = [
            i
            for i, h, c, unit in zip(checked.tolist(), hit[checked].tolist(), self._ent_case[ent[checked]].tolist(),
                                     at_unit, strict=True)
            if unit or not same_case(joined[start[h] : end[h]], self._cases[c])
        ]
        if not wrong:
            return hit, ent
        valid = np.ones(len(hit), dtype=bool)
        valid[wrong] = False
        return hit[valid], ent[valid]

    def _drop_verbs(self, hit: np.ndarray, ent: np.ndarray, start: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Return the (hit, entry) rows without the verb readings and the noun terms and noun exclusions they read
        as verbs: a theme's entry of the same phrase starting where its "<verb form> <determiner>" does.

        Such a hit is no hit at all, so it neither counts nor outruns a shorter one: in "Teachers strike a balance"
        labour's "teachers strike" is no longer hit and education's "teachers" counts; in "Teachers strike the week
        before exams" a time follows the determiner, and the phrase is the noun."""
        verb, noun = self._ent_verb[ent], self._ent_noun[ent]
        if not verb.any():
            return hit[~noun], ent[~noun]
        # (theme, phrase, start) as one integer: a phrase's row is read as a verb where a verb reading has it and no
        # noun reading (a time after the determiner: "strike the week before") takes it back.
        n_terms, span = len(self._terms), int(start.max()) + 1
        at = (self._ent_theme[ent] * n_terms + self._ent_term[ent]) * span + start[hit]
        as_verb = verb & ~np.isin(at, at[noun])
        keep = ~verb & ~noun & ~np.isin(at, at[as_verb])
        return hit[keep], ent[keep]

    def score(
        self, evidence: EvidenceRows, paragraphs: Sequence[str], n_words: Sequence[int] | None,
        terms: tuple[str, ...] | None = None,
    ) -> LabelColumns:
        """Score (paragraph, theme) groups of evidence rows and keep those that pass the thresholds.

        A group's evidence is ordered by kind (terms first), then `order` (text order)
        (transforms.matching.theme_scores.score_evidence, with this taxonomy's themes and terms).
        """
        terms = self._terms if terms is None else terms
        # the taxonomy's terms handed over apart where `terms` opens with them (a pointer compare per term, 0.02 ms)
        own = self._terms if terms[:len(self._terms)] == self._terms else ()
        return score_evidence(self.taxonomy, self._theme_rank, evidence, paragraphs, n_words, terms, own)

    @staticmethod
    def _hits(text: str, automaton: ahocorasick.Automaton) -> np.ndarray:
        """Return (end offset, key) of every whole-word hit in " " + text + " ", one row per hit."""
        if len(automaton) == 0:
            return np.zeros((0, 2), dtype=np.int64)
        flat = np.fromiter(chain.from_iterable(automaton.iter(f" {text} ")), dtype=np.int64)
        return flat.reshape(-1, 2)


@lru_cache(maxsize=4)
def matcher_for(taxonomy: Taxonomy) -> ThemeMatcher:
    """Return this process's matcher for a taxonomy, building its automata on first use."""
    return ThemeMatcher(taxonomy)


def label_paragraphs(taxonomy: Taxonomy, paragraphs: Sequence[str]) -> list[ThemeLabel]:
    """Return the theme labels of a batch of paragraph texts.

    >>> from transforms.taxonomy import parse_taxonomy
    >>> tax = parse_taxonomy('[[themes]]\\nid = "war"\\nterms = ["soldier", "armed forces"]')
    >>> [(l.paragraph, l.theme_id, l.score, [(e.term, e.start, e.end) for e in l.evidence])
    ...  for l in label_paragraphs(tax, ["Soldiers' pay.", "No match in swordiers.", "Armed forces"])]
    [(0, 'war', 1.0, [('soldier', 0, 8)]), (2, 'war', 1.0, [('armed forces', 0, 12)])]
    """
    return matcher_for(taxonomy).label(paragraphs)
