"""Label paragraphs with themes: one Aho-Corasick automaton over a whole batch of paragraphs.

How matching works, so that evidence offsets stay exact:
- the paragraph is lower-cased and every character that is not a letter or digit becomes a space,
  which keeps its length, so an offset in this search text is an offset in the paragraph;
- automaton keys are terms padded with one space on each side, so every hit is a whole word or
  phrase, and possessives ("Russia's" reads "russia s") need no rule of their own;
- a term written in capitals ("EU", "NHS") is an acronym and matches only in capitals;
- when hits overlap, a hit inside a longer one is dropped ("stock market" beats "market");
- a hit inside one of its theme's `exclude` phrases does not count;
- a term marked `noun` does not count when a determiner follows it: "match the forecast" and "a
  bid to match their rivals" use "match" as a verb, "the match" and "a match against" as a noun.

How a paragraph gets a theme: its score is the sum of the weights of the theme's hits (so every
score is explained by its evidence), its density is that score per word (over at least
`DENSITY_FLOOR_WORDS` words, so a two-word headline is not worth more than a sentence), and it is
labelled when the score reaches the taxonomy's `min_score` and the density its `min_density`. The
density threshold drops a single passing mention in a long paragraph.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

import ahocorasick

from transforms.taxonomy import Taxonomy

# Paragraphs of a batch are joined with a character no key contains, so no phrase spans two.
_SEPARATOR = " \x01 "
_NOT_WORD = re.compile(r"[^\w]|_")
_VOWELS = set("aeiou")
# Words after which a `noun` term is a verb with its object ("match the forecast", "fine them").
DETERMINERS = ("the", "a", "an", "this", "that", "these", "those", "their", "his", "her", "its", "our",
               "my", "your", "them", "him", "it", "us", "me", "expectations", "forecasts")
# Paragraphs shorter than this count as this long when the score is normalised by length.
DENSITY_FLOOR_WORDS = 10


@dataclass(frozen=True)
class Evidence:
    """A matched term and its [start, end) character offsets in the paragraph."""

    term: str
    start: int
    end: int
    weight: float


@dataclass(frozen=True)
class ThemeLabel:
    """A theme given to one paragraph of a batch, with its score and the evidence for it."""

    paragraph: int
    theme_id: str
    score: float
    evidence: tuple[Evidence, ...]
    density: float = 0.0  # score per word of the paragraph, see `density()`


def density(score: float, n_words: int) -> float:
    """Return a paragraph score normalised by the paragraph's length in words.

    >>> density(2.0, 40), density(2.0, 3)
    (0.05, 0.2)
    """
    return round(score / max(n_words, DENSITY_FLOOR_WORDS), 4)


def search_text(text: str, lower: bool = True) -> str:
    """Return text with non-word characters as spaces (and lower-cased), the same length as text.

    >>> search_text("Russia's WAR-time")
    'russia s war time'
    """
    if lower:
        lowered = text.lower()
        if len(lowered) != len(text):  # a few characters (e.g. "İ") lower-case to two
            lowered = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
        text = lowered
    return _NOT_WORD.sub(" ", text)


def inflections(term: str, verb: bool = False) -> set[str]:
    """Return the forms of a term that match it: plural, and with `verb` the -ed and -ing forms.

    >>> sorted(inflections("policy"))
    ['policies', 'policy']
    >>> sorted(inflections("ban", verb=True))
    ['ban', 'baned', 'baning', 'banned', 'banning', 'bans']
    """
    head, _, last = term.rpartition(" ")
    prefix = f"{head} " if head else ""
    forms = {last}
    if last.endswith("y") and len(last) > 1 and last[-2] not in _VOWELS:
        forms.add(last[:-1] + "ies")
    elif last.endswith(("s", "x", "z", "ch", "sh")):
        forms.add(last + "es")
    else:
        forms.add(last + "s")
    if verb:
        stem = last[:-1] if last.endswith("e") else last
        if last.endswith("y") and len(last) > 1 and last[-2] not in _VOWELS:
            forms.add(last[:-1] + "ied")
        forms.update({stem + "ed", stem + "ing"})
        if len(last) >= 3 and last[-1] not in _VOWELS | {"w", "x", "y"} and last[-2] in _VOWELS:
            forms.update({last + last[-1] + "ed", last + last[-1] + "ing"})
    return {prefix + form for form in forms if form}


def _is_acronym(term: str) -> bool:
    letters = [c for c in term if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


class ThemeMatcher:
    """The automata of one taxonomy: build once per process, apply to many batches."""

    def __init__(self, taxonomy: Taxonomy) -> None:
        self.taxonomy = taxonomy
        self._lower = ahocorasick.Automaton()
        self._exact = ahocorasick.Automaton()
        # (exact?, form) -> {(theme, is_exclusion): (term, weight)}; a theme counts a form once,
        # with its largest weight, even when two of its terms inflect to it ("troop", "troops").
        entries: dict[tuple[bool, str], dict[tuple[int, bool], tuple[str, float]]] = {}
        for t, theme in enumerate(taxonomy.themes):
            for term in theme.terms:
                exact = _is_acronym(term.text)
                base = " ".join(search_text(term.text, lower=not exact).split())
                forms = {base} if exact else inflections(base, term.verb)
                for form in forms:
                    slot = entries.setdefault((exact, form), {})
                    if (t, False) not in slot or slot[(t, False)][1] < term.weight:
                        slot[(t, False)] = (term.text, term.weight)
                if term.noun and not exact:
                    for form in inflections(base, verb=True):
                        for word in DETERMINERS:
                            entries.setdefault((False, f"{form} {word}"), {})[(t, True)] = (term.text, 0.0)
            for phrase in theme.exclude:
                form = " ".join(search_text(phrase).split())
                entries.setdefault((False, form), {})[(t, True)] = (phrase, 0.0)
        for (exact, form), slot in entries.items():
            key = f" {form} "
            values = tuple((t, term, weight, excl) for (t, excl), (term, weight) in slot.items())
            (self._exact if exact else self._lower).add_word(key, (len(key), values))
        self._has_exact = any(exact for exact, _ in entries)
        for automaton in (self._lower, self._exact):
            automaton.make_automaton()

    def label(self, paragraphs: Sequence[str]) -> list[ThemeLabel]:
        """Return the theme labels of a batch of paragraph texts (indexes into `paragraphs`)."""
        if not paragraphs:
            return []
        joined = _SEPARATOR.join(paragraphs)
        bases = [0]
        for text in paragraphs[:-1]:
            bases.append(bases[-1] + len(text) + len(_SEPARATOR))
        hits = self._hits(" " + search_text(joined) + " ", self._lower)
        if self._has_exact:
            hits += self._hits(" " + search_text(joined, lower=False) + " ", self._exact)
        by_paragraph: dict[int, list[tuple[int, int, tuple]]] = {}
        for start, end, values in hits:
            p = bisect.bisect_right(bases, start) - 1
            by_paragraph.setdefault(p, []).append((start - bases[p], end - bases[p], values))
        labels: list[ThemeLabel] = []
        for p in sorted(by_paragraph):
            labels.extend(self._score(p, by_paragraph[p], len(paragraphs[p].split())))
        return labels

    @staticmethod
    def _hits(haystack: str, automaton: ahocorasick.Automaton) -> list[tuple[int, int, tuple]]:
        """Return (start, end, values) of every whole-word hit, in offsets of the joined text."""
        if len(automaton) == 0:
            return []
        # A key " term " ends on the space after the word: the word spans [i-size+2, i) in the
        # space-padded haystack, i.e. [i-size+1, i-1) in the joined text.
        return [(i - size + 1, i - 1, values) for i, (size, values) in automaton.iter(haystack)]

    def _score(self, paragraph: int, hits: list[tuple[int, int, tuple]], n_words: int) -> list[ThemeLabel]:
        # Exclusion phrases only silence their own theme's terms: they take no part in
        # "longest hit wins", which would otherwise hide other themes' terms inside them.
        excluded: dict[int, list[tuple[int, int]]] = {}
        terms: list[tuple[int, int, tuple]] = []
        for start, end, values in hits:
            kept_values = []
            for value in values:
                if value[3]:
                    excluded.setdefault(value[0], []).append((start, end))
                else:
                    kept_values.append(value)
            if kept_values:
                terms.append((start, end, tuple(kept_values)))
        terms.sort(key=lambda h: (h[0], h[0] - h[1]))
        kept: list[tuple[int, int, tuple]] = []
        reach = -1
        for start, end, values in terms:
            if end <= reach and not (kept and (kept[-1][0], kept[-1][1]) == (start, end)):
                continue  # inside a longer hit
            kept.append((start, end, values))
            reach = max(reach, end)
        evidence: dict[int, list[Evidence]] = {}
        for start, end, values in kept:
            for t, term, weight, _ in values:
                if any(s <= start and end <= e for s, e in excluded.get(t, ())):
                    continue
                evidence.setdefault(t, []).append(Evidence(term, start, end, weight))
        tax = self.taxonomy
        labels = []
        for t, found in evidence.items():
            score = round(sum(e.weight for e in found), 4)
            dense = density(score, n_words)
            if score >= tax.min_score and dense >= tax.min_density:
                labels.append(ThemeLabel(paragraph, tax.themes[t].id, score, tuple(found), dense))
        labels.sort(key=lambda label: (-label.score, label.theme_id))
        return labels


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
