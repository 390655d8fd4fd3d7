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
  bid to match their rivals" use "match" as a verb, "the match" and "a match against" as a noun;
- a distance term ("100m", "10km": `transforms.taxonomy.is_distance_term`) does not count right
  after a currency sign or right before a currency's name: "£100m" and "400m euros" are money, not
  the race (the sign is no letter or digit, so the search text reads " 100m"); a money term such
  as "1bn" counts there.

How a paragraph gets a theme: its score is the sum of the weights of the theme's hits (so every
score is explained by its evidence), its density is that score per word (over at least
`DENSITY_FLOOR_WORDS` words, so a two-word headline is not worth more than a sentence), and it is
labelled when the score reaches the taxonomy's `min_score` and the density its `min_density`. The
density threshold drops a single passing mention in a long paragraph.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property, lru_cache
from itertools import chain

import ahocorasick
import numpy as np

from transforms.key_words import KeyWords, key_words
from transforms.phrase_keys import PhraseKeys
from transforms.taxonomy import Taxonomy, is_distance_term

# Paragraphs of a batch are joined with a character no key contains, so no phrase spans two.
SEPARATOR = " \x01 "
# search_text's tables: ASCII letters and digits are word characters, every other byte a space.
_ASCII_CASED = bytes(b if chr(b).isascii() and chr(b).isalnum() else 32 for b in range(256))
_ASCII_LOWER = bytes(ord(chr(b).lower()) for b in _ASCII_CASED)
_ASCII_WORD = np.array([chr(b).isalnum() for b in range(128)] + [False], dtype=bool)  # [128]: look it up
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
    kind: str = "term"  # or "semantic": a word whose meaning is close to the theme


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
    return float(densities(np.array([score]), np.array([n_words]))[0])


def densities(scores: np.ndarray, n_words: np.ndarray) -> np.ndarray:
    """Return `density` of each (rounded score, word count) pair, for a batch of labels at once."""
    return round4(scores / np.maximum(n_words, DENSITY_FLOOR_WORDS))


def round4(values: np.ndarray) -> np.ndarray:
    """Return `round(v, 4)` of each value of a float64 array: the same floats as Python's round.

    The value times 10,000 is rounded to an integer, then divided by 10,000 (a correctly rounded
    division gives the double nearest that decimal, as Python's round does). Where the product lies
    within 1e-6 of halfway between two integers, its own rounding might have moved it across, so
    Python's round decides those few.

    >>> values = [0.00005, 2.675, 1.23446, 0.1 + 0.2]
    >>> round4(np.array(values)).tolist() == [round(v, 4) for v in values]
    True
    """
    scaled = values * 1e4
    out = np.rint(scaled) / 1e4
    fraction = scaled - np.floor(scaled)
    for i in np.flatnonzero(np.abs(fraction - 0.5) < 1e-6 + np.abs(scaled) * 1e-15).tolist():
        out[i] = round(float(values[i]), 4)
    return out


def search_text(text: str, lower: bool = True) -> str:
    """Return text with non-word characters as spaces (and lower-cased), the same length as text.

    A word character is one `str.isalnum` accepts, as `\\w` without the underscore.

    >>> search_text("Russia's WAR-time")
    'russia s war time'
    >>> search_text("Café «Noël» 2½", lower=False)
    'Café  Noël  2½'
    """
    if text.isascii():  # most news text: a byte table does it at memory speed
        return text.encode("ascii").translate(_ASCII_LOWER if lower else _ASCII_CASED).decode("ascii")
    if lower:
        lowered = text.lower()
        if len(lowered) != len(text):  # a few characters (e.g. "İ") lower-case to two
            lowered = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
        text = lowered
    codes = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32).copy()
    word = _ASCII_WORD[np.minimum(codes, 128)]
    wide = np.flatnonzero(codes >= 128)
    if len(wide):
        seen = np.unique(codes[wide])
        seen_word = np.array([chr(c).isalnum() for c in seen.tolist()], dtype=bool)
        word[wide] = seen_word[np.searchsorted(seen, codes[wide])]
    codes[~word] = ord(" ")
    return codes.tobytes().decode("utf-32-le", "surrogatepass")


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


def ascii_key_text(text: str) -> str:
    """Return `search_text(text)` as an automaton of ASCII keys needs it: each non-ASCII word
    character becomes "\\x80" (a word character no key holds), so the text is one byte per
    character and a byte table does the work, whatever few accents or curly quotes it has.

    >>> ascii_key_text("Naïve «Café» 3€")
    'na\\x80ve  caf\\x80  3 '
    """
    if text.isascii():
        return search_text(text)
    return text.encode("ascii", _NON_ASCII_ERRORS).translate(_KEY_LOWER).decode("latin-1")


def _non_ascii_chars(error: UnicodeError) -> tuple[bytes, int]:
    """Encode a run of non-ASCII characters for `ascii_key_text`, one byte per character."""
    assert isinstance(error, UnicodeEncodeError)
    run = error.object[error.start : error.end]
    return b"".join(_NON_ASCII_BYTES.get(c) or _non_ascii_byte(c) for c in run), error.end


def _non_ascii_byte(c: str) -> bytes:
    lowered = c.lower()
    lowered = lowered if len(lowered) == 1 else c
    if lowered.isascii():  # e.g. the Kelvin sign lower-cases to "k"
        byte = lowered.encode("ascii")
    else:
        byte = b"\x80" if lowered.isalnum() else b" "
    _NON_ASCII_BYTES[c] = byte
    return byte


_NON_ASCII_BYTES: dict[str, bytes] = {}
_NON_ASCII_ERRORS = "themelake-search-text"
codecs.register_error(_NON_ASCII_ERRORS, _non_ascii_chars)
_KEY_LOWER = _ASCII_LOWER[:128] + b"\x80" + b" " * 127


def lexsort_ints(keys: Sequence[np.ndarray]) -> np.ndarray:
    """Return `np.lexsort(keys)` of integer keys (the last key sorts first), the same permutation.

    The keys are packed into one int64 key when their ranges multiply below 2**62, and that key is
    sorted stably, as lexsort sorts: about a sixth of lexsort's time on a part's 77,000 evidence rows
    (1.0 against 5.9 ms). Wider keys go to lexsort itself.

    >>> keys = (np.array([3, 1, 2, 1]), np.array([-1, 0, -1, 0]))
    >>> lexsort_ints(keys).tolist() == np.lexsort(keys).tolist() == [2, 0, 1, 3]
    True
    """
    packed = np.zeros(len(keys[0]), np.int64)
    span = 1
    for key in reversed(keys):
        if not len(key):
            break
        if key.dtype.kind not in "biu":  # not integers
            return np.lexsort(keys)
        low = int(key.min())
        size = int(key.max()) - low + 1
        span *= size
        if span >= 2**62:
            return np.lexsort(keys)
        # Each key less its minimum, in int64: in a narrow dtype the difference can wrap (an int32
        # key from -2**31 to 2**31 - 1), and a uint64 key added to the int64 one would be a float.
        if key.dtype == np.uint64:
            shifted = (key - np.uint64(low)).astype(np.int64)
        else:
            shifted = key.astype(np.int64, copy=False) - low
        packed = packed * size + shifted
    return np.argsort(packed, kind="stable")


def _longest_first(hits: np.ndarray, start: np.ndarray, end: np.ndarray) -> np.ndarray:
    """Return each hit's rank in text order among the hits kept when the longest hit wins, else -1.

    In text order, longer first, a hit ending inside the reach of an earlier one is dropped,
    unless it has the very span of the last kept hit (a lower-case and an acronym key alike).
    """
    order = hits[lexsort_ints((hits, start[hits] - end[hits], start[hits]))]
    s_ord, e_ord = start[order], end[order]
    reach = np.empty_like(e_ord)
    if len(e_ord):
        reach[0] = -1
        np.maximum.accumulate(e_ord[:-1], out=reach[1:])
    keep = e_ord > reach
    for i in (np.flatnonzero((s_ord[1:] == s_ord[:-1]) & (e_ord[1:] == e_ord[:-1])) + 1).tolist():
        keep[i] = keep[i - 1]
    rank = np.full(len(start), -1, dtype=np.int64)
    rank[order[keep]] = np.arange(int(keep.sum()))
    return rank


CURRENCY_SIGNS = frozenset("$£€¥₹₽₩")


CURRENCY_AFTER = re.compile(
    r"\s+(?:euros?|dollars?|pounds?|sterling|yen|yuan|renminbi|francs?|rupees?|roubles?|rubles?|pesos?|"
    r"kronor|kronur|krona|krone|zloty|rand|reais)\b",
    re.IGNORECASE,
)


def _money(joined: str, start: np.ndarray, end: np.ndarray, distance: np.ndarray) -> np.ndarray:
    """Return which hits of distance terms are amounts of money: right after a
    currency sign ("£100m") or right before a currency's name ("400m euros")."""
    money = np.zeros(len(start), dtype=bool)
    for i in np.flatnonzero(distance).tolist():
        money[i] = (start[i] > 0 and joined[start[i] - 1] in CURRENCY_SIGNS) or bool(
            CURRENCY_AFTER.match(joined, int(end[i]))
        )
    return money


def _same_case(text: str, form: str) -> bool:
    """Return True when text reads as `form` with its case kept (an acronym in capitals)."""
    return text == form or search_text(text, lower=False) == form


def _is_acronym(term: str) -> bool:
    letters = [c for c in term if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


# Evidence kinds, in the order a label lists them: matched taxonomy terms, then semantic words.
KINDS = ("term", "semantic")


def joined_bases(texts: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
    """Return where each text starts in `SEPARATOR.join(texts)`, and its length (int64 arrays)."""
    lengths = np.fromiter(map(len, texts), dtype=np.int64, count=len(texts))
    bases = np.zeros(len(texts), dtype=np.int64)
    np.cumsum(lengths[:-1] + len(SEPARATOR), out=bases[1:])
    return bases, lengths


@dataclass(frozen=True)
class JoinedText:
    """A batch's paragraphs joined with `SEPARATOR` (no phrase or word spans two), read once by both
    kinds of evidence: paragraph i is `text[bases[i] : bases[i] + lengths[i]]`."""

    text: str
    bases: np.ndarray  # int64
    lengths: np.ndarray  # int64

    @classmethod
    def of(cls, paragraphs: Sequence[str]) -> JoinedText:
        bases, lengths = joined_bases(paragraphs)
        return cls(SEPARATOR.join(paragraphs), bases, lengths)

    @cached_property
    def key(self) -> str:
        """`ascii_key_text` of the joined text: one byte per character, whatever its letters."""
        return ascii_key_text(self.text)

    @cached_property
    def words(self) -> KeyWords:
        """The words of the key text (transforms.key_words), found once for both kinds of evidence."""
        return key_words(self.key)


@dataclass(frozen=True)
class EvidenceRows:
    """Evidence of a batch before scoring, one row per (paragraph, theme, piece of evidence)."""

    paragraph: np.ndarray  # int64
    theme: np.ndarray  # int64
    order: np.ndarray  # int64: position among its kind's rows in text order
    start: np.ndarray  # int64, offsets in the paragraph
    end: np.ndarray  # int64
    term: np.ndarray  # int64: index into the terms tuple
    weight: np.ndarray  # float64
    kind: np.ndarray  # int64: index into KINDS

    def __add__(self, other: EvidenceRows) -> EvidenceRows:
        return EvidenceRows(*(np.concatenate([a, b]) for a, b in zip(self.columns(), other.columns(), strict=True)))

    def columns(self) -> tuple[np.ndarray, ...]:
        return (self.paragraph, self.theme, self.order, self.start, self.end, self.term, self.weight, self.kind)


@dataclass(frozen=True)
class LabelColumns:
    """The theme labels of a batch as columns, one row per label, evidence flattened.

    Labels are ordered by paragraph, then score (highest first), then theme id. The evidence of
    label i is rows `evidence_offsets[i]:evidence_offsets[i + 1]` of the `evidence_*` arrays, in
    text order; `evidence_term` indexes `terms`, offsets are in the paragraph's own text.
    """

    paragraph: np.ndarray  # int64: index into the batch's paragraphs
    theme: np.ndarray  # int64: index into taxonomy.themes
    score: list[float]
    density: list[float]
    evidence_offsets: np.ndarray  # int64, one more than labels
    evidence_term: np.ndarray  # int64: index into `terms`
    evidence_start: np.ndarray  # int64
    evidence_end: np.ndarray  # int64
    evidence_weight: np.ndarray  # float64
    terms: tuple[str, ...]
    evidence_kind: np.ndarray | None = None  # int64: index into KINDS (None: all terms)

    def __len__(self) -> int:
        return len(self.paragraph)

    def kinds(self) -> np.ndarray:
        """Return each evidence row's kind as an index into KINDS."""
        if self.evidence_kind is None:
            return np.zeros(len(self.evidence_term), np.int64)
        return self.evidence_kind

    def labels(self, taxonomy: Taxonomy) -> list[ThemeLabel]:
        """Return the labels as ThemeLabel objects (for callers that want one object per label)."""
        ids = [theme.id for theme in taxonomy.themes]
        offsets = self.evidence_offsets.tolist()
        terms = [self.terms[i] for i in self.evidence_term.tolist()]
        evidence = [
            Evidence(term, start, end, weight, KINDS[kind])
            for term, start, end, weight, kind in zip(
                terms,
                self.evidence_start.tolist(),
                self.evidence_end.tolist(),
                self.evidence_weight.tolist(),
                self.kinds().tolist(),
                strict=True,
            )
        ]
        return [
            ThemeLabel(p, ids[t], score, tuple(evidence[offsets[i] : offsets[i + 1]]), dense)
            for i, (p, t, score, dense) in enumerate(
                zip(self.paragraph.tolist(), self.theme.tolist(), self.score, self.density, strict=True)
            )
        ]


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
        # (exact automaton?, form) -> {(theme, is_exclusion, case): (term, weight)}; a theme counts
        # a form once, with its largest weight, even when two of its terms inflect to it ("troop",
        # "troops"). An ASCII acronym is found by its lower-case form and kept only where the text
        # has it in capitals (`case`): one pass over the text instead of two.
        entries: dict[tuple[bool, str], dict[tuple[int, bool, str], tuple[str, float]]] = {}
        for t, theme in enumerate(taxonomy.themes):
            for term in theme.terms:
                exact = _is_acronym(term.text)
                base = " ".join(search_text(term.text, lower=not exact).split())
                if exact and base.isascii():
                    places = [((False, base.lower()), (t, False, base))]
                elif exact:
                    places = [((True, base), (t, False, ""))]
                else:
                    places = [((False, form), (t, False, "")) for form in inflections(base, term.verb)]
                for where, which in places:
                    slot = entries.setdefault(where, {})
                    if which not in slot or slot[which][1] < term.weight:
                        slot[which] = (term.text, term.weight)
                if term.noun and not exact:
                    for form in inflections(base, verb=True):
                        for word in DETERMINERS:
                            entries.setdefault((False, f"{form} {word}"), {})[(t, True, "")] = (term.text, 0.0)
            for phrase in theme.exclude:
                form = " ".join(search_text(phrase).split())
                entries.setdefault((False, form), {})[(t, True, "")] = (phrase, 0.0)
        # Keys are numbered lower-case automaton first, then exact; a key's entries are rows
        # key_ptr[k]:key_ptr[k + 1] of the entry arrays (theme, term, weight, exclusion?, case).
        terms: dict[str, int] = {}
        cases: dict[str, int] = {}
        sizes: list[int] = []
        ptr = [0]
        ent_theme: list[int] = []
        ent_term: list[int] = []
        ent_weight: list[float] = []
        ent_excl: list[bool] = []
        ent_case: list[int] = []
        ordered = sorted(entries.items(), key=lambda item: item[0][0])  # stable: lower-case keys first
        for k, ((exact, form), slot) in enumerate(ordered):
            key = f" {form} "
            (self._exact if exact else self._lower).add_word(key, k)
            sizes.append(len(key))
            # A key's case-free entries first: as if an acronym's hit came after the others.
            for (t, excl, case), (text, weight) in sorted(slot.items(), key=lambda item: item[0][2] != ""):
                ent_theme.append(t)
                ent_term.append(terms.setdefault(text, len(terms)))
                ent_weight.append(weight)
                ent_excl.append(excl)
                ent_case.append(cases.setdefault(case, len(cases)) if case else -1)
            ptr.append(len(ent_theme))
        self._key_size = np.array(sizes, dtype=np.int64)
        self._key_ptr = np.array(ptr, dtype=np.int64)
        self._ent_theme = np.array(ent_theme, dtype=np.int64)
        self._ent_term = np.array(ent_term, dtype=np.int64)
        self._ent_weight = np.array(ent_weight, dtype=np.float64)
        self._ent_excl = np.array(ent_excl, dtype=bool)
        self._ent_case = np.array(ent_case, dtype=np.int64)
        self._cases = tuple(cases)
        self._terms = tuple(terms)
        ids = [theme.id for theme in taxonomy.themes]
        self._theme_rank = np.argsort(np.argsort(np.array(ids, dtype=object), kind="stable"), kind="stable")
        self._has_exact = any(exact for exact, _ in entries)
        self._key_distance = np.array([is_distance_term(form) for _, form in (item[0] for item in ordered)], dtype=bool)
        self._ascii_keys = all(form.isascii() for exact, form in entries if not exact)
        # The lower-case keys are found by the batch's words when they are ASCII words (see
        # transforms.phrase_keys: the same hits as the automaton's, in a third of its time).
        lower = [(form, k) for k, ((exact, form), _) in enumerate(ordered) if not exact]
        forms = [form for form, _ in lower]
        self._phrases = (
            PhraseKeys(forms, [k for _, k in lower]) if self._ascii_keys and PhraseKeys.fit(forms) else None
        )
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
        if not paragraphs:
            none = np.zeros(0, np.int64)
            return EvidenceRows(none, none, none, none, none, none, np.zeros(0, np.float64), none)
        batch = batch or JoinedText.of(paragraphs)
        joined, bases = batch.text, batch.bases
        if self._phrases is not None:
            found = [self._phrases.hits(batch.words)]
        else:
            found = [self._hits(batch.key if self._ascii_keys else search_text(joined), self._lower)]
        if self._has_exact:
            found.append(self._hits(search_text(joined, lower=False), self._exact))
        hits = np.concatenate(found) if len(found) > 1 else found[0]
        key = hits[:, 1]
        # A key " term " ends on the space after the word: in the joined text the word is
        # [end - size + 1, end - 1) for the end offset the automaton reports in " " + text + " ".
        end = hits[:, 0] - 1
        start = end - self._key_size[key] + 2
        money = _money(joined, start, end, self._key_distance[key])
        if money.any():
            key, start, end = key[~money], start[~money], end[~money]
        para = np.searchsorted(bases, start, side="right") - 1

        # One row per (hit, theme entry of its key).
        counts = self._key_ptr[key + 1] - self._key_ptr[key]
        hit = np.repeat(np.arange(len(key)), counts)
        first = np.cumsum(counts) - counts
        ent = np.arange(len(hit)) - np.repeat(first, counts) + np.repeat(self._key_ptr[key], counts)
        hit, ent = self._drop_wrong_case(hit, ent, start, end, joined)
        excl = self._ent_excl[ent]
        has_term = np.zeros(len(key), dtype=bool)
        has_term[hit[~excl]] = True
        rank = _longest_first(np.flatnonzero(has_term), start, end)

        # A theme's term does not count inside one of that theme's exclusion phrases.
        term_rows = np.flatnonzero(~excl & (rank[hit] >= 0))
        excl_rows = np.flatnonzero(excl)
        if len(excl_rows) and len(term_rows):
            term_rows = self._drop_excluded(term_rows, excl_rows, hit, ent, start, end, len(joined) + 2)

        h = hit[term_rows]
        e = ent[term_rows]
        return EvidenceRows(
            para[h], self._ent_theme[e], rank[h], start[h] - bases[para[h]], end[h] - bases[para[h]],
            self._ent_term[e], self._ent_weight[e], np.zeros(len(e), np.int64),
        )

    def _drop_wrong_case(
        self, hit: np.ndarray, ent: np.ndarray, start: np.ndarray, end: np.ndarray, joined: str
    ) -> tuple[np.ndarray, np.ndarray]:
        """Return the (hit, entry) rows without the acronym entries whose text is not in capitals."""
        checked = np.flatnonzero(self._ent_case[ent] >= 0)
        wrong = [
            i
            for i, h, c in zip(checked.tolist(), hit[checked].tolist(), self._ent_case[ent[checked]].tolist(),
                               strict=True)
            if not _same_case(joined[start[h] : end[h]], self._cases[c])
        ]
        if not wrong:
            return hit, ent
        valid = np.ones(len(hit), dtype=bool)
        valid[wrong] = False
        return hit[valid], ent[valid]

    def _drop_excluded(
        self, rows: np.ndarray, excl_rows: np.ndarray, hit: np.ndarray, ent: np.ndarray,
        start: np.ndarray, end: np.ndarray, span: int,
    ) -> np.ndarray:
        """Return the term rows that are not inside an exclusion phrase of their own theme."""
        where = self._ent_theme[ent[rows]] * span + start[hit[rows]]
        order = np.argsort(where, kind="stable")
        where = where[order]
        x_theme = self._ent_theme[ent[excl_rows]]
        x_start, x_end = start[hit[excl_rows]], end[hit[excl_rows]]
        lo = np.searchsorted(where, x_theme * span + x_start, side="left")
        hi = np.searchsorted(where, x_theme * span + x_end, side="right")
        dropped = np.zeros(len(rows), dtype=bool)
        ends = end[hit[rows]][order]
        for a, b, e in zip(lo.tolist(), hi.tolist(), x_end.tolist(), strict=True):
            for j in range(a, b):
                if ends[j] <= e:
                    dropped[order[j]] = True
        return rows[~dropped]

    def score(
        self, evidence: EvidenceRows, paragraphs: Sequence[str], n_words: Sequence[int] | None,
        terms: tuple[str, ...] | None = None,
    ) -> LabelColumns:
        """Score (paragraph, theme) groups of evidence rows and keep those that pass the thresholds.

        A group's evidence is ordered by kind (terms first), then `order` (text order).
        """
        para, theme, rank = evidence.paragraph, evidence.theme, evidence.order
        ev_start, ev_end = evidence.start, evidence.end
        rows = lexsort_ints((rank, evidence.kind, theme, para))
        para, theme = para[rows], theme[rows]
        boundary = np.ones(len(rows), dtype=bool)
        boundary[1:] = (para[1:] != para[:-1]) | (theme[1:] != theme[:-1])
        group_start = np.flatnonzero(boundary)
        group = np.cumsum(boundary) - 1
        weight = evidence.weight[rows]
        # bincount adds in row order, as Python's sum over the evidence does: the same float.
        sums = np.bincount(group, weights=weight, minlength=len(group_start))
        g_para = para[group_start]
        if n_words is not None:
            words = np.asarray(n_words, dtype=np.int64)[g_para]
        else:
            counted, where = np.unique(g_para, return_inverse=True)
            words = np.array([len(paragraphs[p].split()) for p in counted.tolist()], dtype=np.int64)[where]
        # Most groups fail by far: numpy drops them, and only groups near the thresholds are rounded
        # (as Python's round does, see `round4`), which moves a value by less than 1e-4.
        tax = self.taxonomy
        near = np.flatnonzero(
            (sums >= tax.min_score - 1e-4)
            & (sums / np.maximum(words, DENSITY_FLOOR_WORDS) >= tax.min_density - 1e-4)
        )
        rounded = round4(sums[near])
        dense_near = densities(rounded, words[near])
        passed = (rounded >= tax.min_score) & (dense_near >= tax.min_density)
        g = near[passed]
        g_score = rounded[passed]
        if tax.min_share and len(g):  # a label scores at least min_share of its paragraph's best
            best = np.zeros(int(g_para[g].max()) + 1)
            np.maximum.at(best, g_para[g], g_score)
            strong = g_score >= tax.min_share * best[g_para[g]] - 1e-9
            passed[np.flatnonzero(passed)[~strong]] = False
            g, g_score = g[strong], g_score[strong]
        score = np.zeros(len(group_start))
        dense = np.zeros(len(group_start))
        score[g], dense[g] = g_score, dense_near[passed]
        out = g[np.lexsort((self._theme_rank[theme[group_start][g]], -g_score, g_para[g]))]
        sizes = np.diff(np.append(group_start, len(rows)))[out]
        offsets = np.zeros(len(out) + 1, dtype=np.int64)
        np.cumsum(sizes, out=offsets[1:])
        take = np.arange(offsets[-1]) - np.repeat(offsets[:-1], sizes) + np.repeat(group_start[out], sizes)
        ev = rows[take]
        return LabelColumns(
            paragraph=g_para[out],
            theme=theme[group_start][out],
            score=score[out].tolist(),
            density=dense[out].tolist(),
            evidence_offsets=offsets,
            evidence_term=evidence.term[ev],
            evidence_start=ev_start[ev],
            evidence_end=ev_end[ev],
            evidence_weight=evidence.weight[ev],
            terms=self._terms if terms is None else terms,
            evidence_kind=evidence.kind[ev],
        )

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
