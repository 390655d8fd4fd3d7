"""The language of an article's text, detected offline with py3langid (its model ships in its wheel)."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from functools import cache
from typing import Any

import numpy as np

from transforms.language_scripts import script_languages

# Below this many words, or this confidence, a guess is not worth storing (a headline like
# "Liverpool 2 Chelsea 1" reads as Estonian): the language stays unknown. py3langid's English is taken
# at any confidence: a short English wire item full of names ("Karzai set for visit to Pakistan",
# "Today's schedule" of fixtures) is English to it at 0.2 to 0.9, its doubt spread over other languages,
# and of short items in ten other languages full of English names (a German iPhone launch, Tagalog
# "Galaxy AI features", Danish Premier League) none was English to it. (52 of agnews-dev's 3,800, all
# English, were stored with no language.)
MIN_WORDS = 8
MIN_CONFIDENCE = 0.9
# Chinese, Japanese and Thai put no spaces between words: a page of them is a few "words" long.
# A text with this many of their characters is long enough to guess.
_UNSPACED = re.compile(r"[\u0e00-\u0e7f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]")
MIN_UNSPACED_CHARS = 20
_UNSPACED_LANGUAGES = frozenset({"zh", "ja", "th"})
_UNSPACED_CONFIDENCE = 0.5
# py3langid's least confidence among the few languages of a script nearly all of a text's letters are in
# (transforms.language_scripts).
_SCRIPT_CONFIDENCE = 0.5
# The start of an article says its language; reading more costs time and changes nothing.
SAMPLE_CHARS = 600
# English fast path: py3langid costs about as much per article as all the rest of the text path
# (measured: 1.4-2.5 ms an article), and most news in a lake is English. The text is English where
# "the" is in its first ENGLISH_SAMPLE_CHARS characters (about 170 words), and English function words
# that other languages do not write (so not "in", "is", "was", "a" or "of", which Dutch, German or
# Italian write too) are 15 % of the words there, or 8 % where "the" is one word in fifty (sport
# reports and wire items full of names): true of 1,110 of bbc-dev's 1,114 articles and of 2,940 of
# agnews-dev's 3,800 short wire items; py3langid reads the rest. A short French, German, Dutch,
# Italian or Spanish text that names an English title twice ("The Voice of Holland") has the "the"s
# but not the other words (tests/transforms/test_language.py). (A thousand characters, not more:
# reading the words is the cost of this test, and its first sentences say its language.) The words
# are counted for a whole batch at once (`detect_languages`, `english_counts`): splitting each text
# into Python strings cost about as much as the rest of reading a text file.
_ENGLISH_WORDS = frozenset("the and to that for on with said it as by at from he be has have are".split())
_ENGLISH_SHARE = 0.15
_ENGLISH_SHARE_WITH_THE = 0.08
_THE_SHARE = 0.02
ENGLISH_SAMPLE_CHARS = 1000
# ... but most English news shows it sooner: the test reads this much of every text first, and the
# first ENGLISH_SAMPLE_CHARS only of those it did not find English there (about one in twenty of a
# news corpus). A text English in its first 400 characters is English, whatever follows.
FIRST_SAMPLE_CHARS = 400


# Where py3langid's model comes from: None, unpacked from its wheel by py3langid (about 0.7 CPU s and
# 68 MB a process); else a function returning its arrays (warehouse.language_model: unpacked once per
# machine and memory-mapped, which the batch workers use). The same arrays either way.
_model_arrays: Callable[[], Mapping[str, Any]] | None = None


def use_model(arrays: Callable[[], Mapping[str, Any]] | None) -> None:
    """Set where this process reads py3langid's model from (see `_model_arrays`)."""
    global _model_arrays
    _model_arrays = arrays
    _identifier.cache_clear()


@cache
def _identifier() -> Any:
    from py3langid.langid import MODEL_FILE

    from transforms.language_walk import BatchIdentifier

    # Loaded once per process: only a run with text that needs it pays.
    if _model_arrays is None:
        return BatchIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    a = _model_arrays()
    # As py3langid.modelio.load_model gives them, but the two big tables stay memory-mapped (a few of
    # their rows are read per text). The state table through a memoryview: indexed once per byte of
    # text, it gives plain ints, as py3langid's own array does (a numpy array would give numpy
    # scalars, many times slower). The states' rows and features as int64 arrays read through
    # memoryviews too (`BatchIdentifier`): as Python lists, their 100,000 ints each held 12 MB in every
    # batch worker. Row numbers as int64: shifted, a uint16 would overflow. The tables as
    # plain arrays over the mapping (np.asarray: the same memory, no copy): indexing or adding a np.memmap goes
    # through its Python `__getitem__` and `__array_finalize__`, several times the cost of a text's few rows.
    return BatchIdentifier(
        np.asarray(a["ptc"]), np.asarray(a["pc"]), a["classes"].tolist(), memoryview(a["nextmove"]),
        np.asarray(a["out_feat"], np.int64),
        norm_probs=True, tk_row=np.asarray(a["nextmove_row"], np.int64),
    )


def detect_language(text: str) -> str | None:
    """Return the ISO 639-1 code of a text's language, or None when it is too short or unclear.

    >>> detect_language("Les agriculteurs de tout le pays disent que la canicule a réduit leur récolte de blé")
    'fr'
    >>> detect_language("Liverpool 2 Chelsea 1") is None
    True
    """
    return detect_languages([text])[0]


def detect_languages(texts: Sequence[str]) -> list[str | None]:
    """Return `detect_language` of each text: the English test for all of them at once, py3langid for the rest.

    The English test reads the first FIRST_SAMPLE_CHARS characters of every text, then the first
    ENGLISH_SAMPLE_CHARS of those it did not find English (see ENGLISH_SAMPLE_CHARS).
    """
    found: list[str | None] = [None] * len(texts)
    pending = list(range(len(texts)))
    n_words = np.zeros(0, np.int64)
    for size in (FIRST_SAMPLE_CHARS, ENGLISH_SAMPLE_CHARS):
        n_words, english, the = english_counts([texts[i][:size].lower() for i in pending])
        is_english = (n_words >= MIN_WORDS) & (the > 0) & (
            (english >= _ENGLISH_SHARE * n_words)
            | (english >= _ENGLISH_SHARE_WITH_THE * n_words) & (the >= _THE_SHARE * n_words)
        )
        for i in np.asarray(pending, np.int64)[is_english].tolist():
            found[i] = "en"
        n_words = n_words[~is_english]
        pending = np.asarray(pending, np.int64)[~is_english].tolist()
    for i, guess in zip(pending, _guesses([texts[i] for i in pending], n_words.tolist()), strict=True):
        found[i] = guess
    return found


def _guesses(texts: Sequence[str], n_words: Sequence[int]) -> list[str | None]:
    """Return py3langid's language of each text of `n_words` words where it is sure enough, else None
    (py3langid reads them all at once: transforms.language_walk)."""
    # An ASCII text has none of their characters: no scan (a string knows whether it is ASCII).
    unspaced = [not text.isascii() and len(_UNSPACED.findall(text[:SAMPLE_CHARS])) >= MIN_UNSPACED_CHARS
                for text in texts]
    read = [i for i, n in enumerate(n_words) if n >= MIN_WORDS or unspaced[i]]
    found: list[str | None] = [None] * len(texts)
    classified = _identifier().classify_many([texts[i][:SAMPLE_CHARS] for i in read]) if read else []
    for i, (code, confidence) in zip(read, classified, strict=True):
        # Chinese and Japanese share their Han characters: py3langid is right but less sure
        # (0.68 to 0.71 on a Chinese news sentence or two).
        least = _UNSPACED_CONFIDENCE if unspaced[i] and code in _UNSPACED_LANGUAGES else MIN_CONFIDENCE
        if confidence < least and not texts[i].isascii() and code in script_languages(texts[i][:SAMPLE_CHARS]):
            least = _SCRIPT_CONFIDENCE
        found[i] = str(code) if code == "en" or confidence >= least else None
    return found


# A paragraph of an English article may be in another language: a bilingual story, a press release's
# French version below its English one. py3langid reads only the paragraphs where English function
# words (_ENGLISH_WORDS) are under a tenth of the words of their first PARAGRAPH_SAMPLE_CHARS
# characters (a French or Portuguese paragraph writes "on" or "as" now and then): 1,065 of the two dev
# corpora's 14,013 paragraphs, 0.1 ms each; two of them were found French (two French items of
# agnews-dev, French throughout), no English one. A paragraph with fewer words than MIN_WORDS is
# English, as a short article is read (a headline "Police raid homes after flooding leaves hundreds
# displaced" has no function word), and so is an English paragraph quoting another language: it has
# English's words around the quote.
PARAGRAPH_SAMPLE_CHARS = 300
_OTHER_ENGLISH_SHARE = 0.1
# Typesetters' placeholder ("Lorem ipsum dolor sit amet, consectetur ...") opens with these two words, which no
# English sentence opens with: a paragraph that does is Latin whatever its length. A long one py3langid reads as Latin
# anyway; a short one ("Lorem ipsum dolor sit amet." under a file's title "Notice") was too short to guess, read as
# English, and its Latin words' meaning made it sport and economy. English that mentions the filler ("mock-ups full
# of lorem ipsum") and English quoting real Latin do not open with it and stay English, nor does English that opens
# with the two words but writes an English function word ("Lorem ipsum: the filler text designers use"). Only the
# filler's own run counts, "lorem ipsum dolor" or the two words alone: a firm or a tool named after it ("Lorem Ipsum
# Studio wins design award", a heading "Lorem Ipsum Generator") opens with them in English without a function word.
_PLACEHOLDER = re.compile(r"\W*lorem\s+ipsum(?:\s+dolor\b|\W*$)", re.IGNORECASE)


def other_languages(texts: Sequence[str]) -> list[str | None]:
    """Return, per paragraph, its language where it is surely not English (see PARAGRAPH_SAMPLE_CHARS),
    else None: English, or too short or unclear to say.

    >>> other_languages(["Les dirigeants européens ont promis deux milliards d'euros aux pays d'accueil.",
    ...                  "Leaders pledged two billion euros to the countries hosting refugees, officials said."])
    ['fr', None]
    """
    n_words, english, _ = english_counts([text[:PARAGRAPH_SAMPLE_CHARS].lower() for text in texts])
    found: list[str | None] = [None] * len(texts)
    read = np.flatnonzero(english < _OTHER_ENGLISH_SHARE * n_words).tolist()
    for i, code in zip(read, _guesses([texts[i] for i in read], n_words[read].tolist()), strict=True):
        found[i] = "la" if not english[i] and _PLACEHOLDER.match(texts[i]) else None if code == "en" else code
    return found


# White space as str.split() reads it (str.isspace): the ASCII bytes, and the UTF-8 encodings of
# the others (all of them below U+3001), by length.
_SPACE_BYTES = np.array([chr(c).isspace() for c in range(256)], dtype=bool) & (np.arange(256) < 128)
_WIDE_SPACES = [chr(c).encode("utf-8") for c in range(128, 0x3001) if chr(c).isspace()]
_SPACE_2 = np.array(sorted(int.from_bytes(e, "big") for e in _WIDE_SPACES if len(e) == 2), dtype=np.int64)
_SPACE_3 = np.array(sorted(int.from_bytes(e, "big") for e in _WIDE_SPACES if len(e) == 3), dtype=np.int64)
# Every word of _ENGLISH_WORDS is at most 4 ASCII letters: a word of at most 4 bytes is keyed by its
# length and its bytes (a word with other bytes can have the key of none of them).
_KEY_CHARS = 4
_BYTE_MASKS = np.array([(1 << (8 * k)) - 1 for k in range(_KEY_CHARS + 1)], dtype=np.int64)


def _key(word: str) -> int:
    return len(word) << 32 | int.from_bytes(word.encode("ascii"), "little")


_ENGLISH_KEYS = np.array(sorted(_key(w) for w in _ENGLISH_WORDS), dtype=np.int64)
_THE_KEY = _key("the")
# A word's key is looked up in a table of 4,096 slots, each holding the key placed there or -1, at the slot a
# multiplicative hash gives it (the 64-bit golden ratio, the key's top 12 bits of the product): one multiply, take and
# compare a word, where a binary search of the sorted keys was five steps (about 300,000 short words a batch of 2,000
# articles: 6.7 to 1.0 ms). No key shares a slot (checked here), so a word is in the table where its slot holds it.
_HASH = np.uint64(0x9E3779B97F4A7C15)
_HASH_SHIFT = np.uint64(64 - 12)


def _slot(keys: np.ndarray) -> np.ndarray:
    return (keys.view(np.uint64) * _HASH) >> _HASH_SHIFT  # the product wraps around 2**64, as a hash's should


_ENGLISH_TABLE = np.full(1 << 12, -1, dtype=np.int64)
_ENGLISH_TABLE[_slot(_ENGLISH_KEYS)] = _ENGLISH_KEYS
assert len(np.unique(_slot(_ENGLISH_KEYS))) == len(_ENGLISH_KEYS), "two English words' keys share a slot"


def _is_english_key(keys: np.ndarray) -> np.ndarray:
    """Return whether each key (int64, as `_key` makes them) is one of _ENGLISH_WORDS'."""
    return _ENGLISH_TABLE[_slot(keys)] == keys


def _isin(values: np.ndarray, sorted_set: np.ndarray) -> np.ndarray:
    """Return whether each value is in a small sorted array (np.isin would sort the values)."""
    at = np.minimum(np.searchsorted(sorted_set, values), len(sorted_set) - 1)
    return sorted_set[at] == values


def english_counts(samples: Sequence[str]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Return, per sample, how many words `sample.split()` gives, how many of them are in
    _ENGLISH_WORDS, and how many are "the": the same counts as splitting each sample in Python,
    taken for a batch at once (splitting made a string per word, the English test's whole cost).

    >>> [c.tolist() for c in english_counts(["the cat and the hat", "", "le chat\u00a0the"])]
    [[5, 0, 3], [3, 0, 1], [2, 0, 1]]
    """
    assert max(map(len, _ENGLISH_WORDS)) <= _KEY_CHARS
    n = len(samples)
    if not n:
        return np.zeros(0, np.int64), np.zeros(0, np.int64), np.zeros(0, np.int64)
    # Read as UTF-8 bytes; the samples are joined by a white-space character, so that no word spans
    # two of them, and end in _KEY_CHARS zero bytes, so that every word's first _KEY_CHARS bytes can
    # be read as one number. White space beyond ASCII is found by its encoding.
    # Encoded once, joined (UTF-8 is encoded character by character, so the join's bytes are the parts'
    # bytes joined); a sample's length in bytes is its length where it is ASCII, as most are.
    data = "\n".join(samples).encode("utf-8", "surrogatepass") + bytes(_KEY_CHARS)
    sizes = [len(s) if s.isascii() else len(s.encode("utf-8", "surrogatepass")) for s in samples]
    codes = np.frombuffer(data, np.uint8)
    space = codes <= 32
    controls = np.flatnonzero(codes < 32)  # white space or not, by the table
    space[controls] = _SPACE_BYTES[codes[controls]]
    lead = np.flatnonzero(codes >= 0xC2)  # the first byte of a character of two bytes or more
    if len(lead):  # the two bytes after a lead byte are there: the data ends in _KEY_CHARS zero bytes
        two = codes[lead].astype(np.int64) << 8 | codes[lead + 1]
        three = two << 8 | codes[lead + 2]
        for width, encoded, table in ((2, two, _SPACE_2), (3, three, _SPACE_3)):
            at = lead[_isin(encoded, table)]
            for k in range(width):
                space[at + k] = True
    space[-_KEY_CHARS:] = True
    # A word starts or ends where white space starts or ends: starts and ends alternate (the data ends in space).
    edges = np.flatnonzero(space[1:] != space[:-1]) + 1
    if not space[0]:
        edges = np.concatenate(([0], edges))
    starts = edges[0::2]
    length = edges[1::2] - starts
    # Sample i's words are words[first[i]:first[i + 1]]: its bytes start at bases[i].
    bases = np.zeros(n + 1, np.int64)
    np.cumsum(np.array(sizes, np.int64) + 1, out=bases[1:])
    first = np.searchsorted(starts, bases)
    short = np.flatnonzero(length <= _KEY_CHARS)
    # A short word's key: its length and its bytes (read four at a time, little-endian, as _key).
    quads = np.ndarray(len(codes) - _KEY_CHARS + 1, dtype="<u4", buffer=data, strides=(1,))
    short_length = length[short]
    key = quads[starts[short]].astype(np.int64) & _BYTE_MASKS[short_length] | short_length << 32
    # Counts per sample as differences of running counts over the short words.
    sample_short = np.searchsorted(short, first)
    english, the = (np.diff(np.concatenate(([0], np.cumsum(hit)))[sample_short])
                    for hit in (_is_english_key(key), key == _THE_KEY))
    return np.diff(first), english, the


def is_labelled_language(language: str | None, languages: tuple[str, ...]) -> bool:
    """Return True when a taxonomy declaring `languages` labels text in `language`.

    An unknown language, or a taxonomy that declares none, is labelled.

    >>> is_labelled_language("fr", ("en",)), is_labelled_language(None, ("en",)), is_labelled_language("fr", ())
    (False, True, True)
    """
    return not languages or language is None or language in languages
