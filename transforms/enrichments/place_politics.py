"""A region of two countries ("Punjab", India's state and Pakistan's province) that its article's places leave
undecided: the country whose politics the article names (places.toml's [politics]: parties, leaders, houses).

The article's places decide first: "Lahore", "Amritsar", "Pakistan", "Indian" name a country, and `place_settle`
chooses the region of that country. An article that names no place of either country ("Punjab's chief minister
Maryam Nawaz launched a solar scheme") was the first country's, India's; its parties and leaders say which
it is, the region's own first ([region_politics]: a Pakistani story names India's prime minister, but
Punjab's chief minister is named by her own country's news).
Only such articles are read for the words, with a `str.find` each in their own paragraphs: a few a batch, if any.
"""

from __future__ import annotations

from functools import lru_cache

import numpy as np

from transforms.enrichments.batch import ParagraphBatch
from transforms.enrichments.place_name_facts import NameFacts
from transforms.enrichments.place_table import places_toml


@lru_cache(maxsize=1)
def politics() -> dict[str, tuple[str, ...]]:
    """Return, per country code, the words of its politics that name it ([politics])."""
    return {code: tuple(words) for code, words in places_toml()["politics"].items()}


@lru_cache(maxsize=1)
def region_politics() -> dict[str, dict[str, tuple[str, ...]]]:
    """Return, per shared region, per country code, the words of the region's own politics ([region_politics])."""
    return {region: {code: tuple(words) for code, words in countries.items()}
            for region, countries in places_toml()["region_politics"].items()}


@lru_cache(maxsize=1)
def shared_regions() -> frozenset[str]:
    """Return the names of [regions] that are regions of several countries.

    >>> sorted(shared_regions())
    ['North West', 'Poonch', 'Punjab', 'South West']
    """
    return frozenset(name for name, codes in places_toml()["regions"].items() if not isinstance(codes, str))


def named_politics(text: str, codes: set[str], words: dict[str, tuple[str, ...]] | None = None) -> set[str]:
    """Return those of the country codes whose politics' words (`words`, else [politics]) the text has whole (no
    letter or digit either side).

    >>> sorted(named_politics("The PML-N's Shehbaz Sharif spoke; Modiji; AAP.", {"IN", "PK"}))
    ['PK']
    """
    found = set()
    for code in codes:
        for word in (politics() if words is None else words).get(code, ()):
            at = text.find(word)
            while at >= 0:
                after = at + len(word)
                if (not at or not text[at - 1].isalnum()) and (after == len(text) or not text[after].isalnum()):
                    found.add(code)
                    break
                at = text.find(word, at + 1)
            if code in found:
                break
    return found


def by_politics(batch: ParagraphBatch, info: NameFacts, name: np.ndarray, article: np.ndarray,
                article_of: np.ndarray, place: np.ndarray, several: np.ndarray) -> None:
    """Settle again, in `place`, the mentions (of `several`) of a region of several countries whose article names
    no place of any of them, on the one country whose politics the article names (`named_politics`)."""
    shared = [info.index_of[n] for n in shared_regions() if n in info.index_of]
    at = several[np.isin(name[several], shared)]
    if not len(at):
        return
    # the countries the article's other names name: on their own (a country, a region, a city of a million) or as
    # the one country of all their places (a small city's)
    other = ~np.isin(name, shared)
    codes = np.r_[info.anchor[name[other]], info.country[name[other]]]
    of = np.r_[article[other], article[other]]
    placed = set(zip(of[codes >= 0].tolist(), codes[codes >= 0].tolist(), strict=True))
    named: dict[tuple[int, int], set[str]] = {}
    for i in at.tolist():
        a = int(article[i])
        key = (a, int(name[i]))
        candidates = {p.country_code: p for p in info.table[info.names[name[i]]]}
        if any((a, info.code_of.get(code, -1)) in placed for code in candidates):
            continue
        if key not in named:
            paragraphs = np.flatnonzero(article_of == a).tolist()
            text = "\n".join(batch.texts[p] for p in paragraphs)
            # the region's own government first ("Chief Minister Maryam Nawaz"), then the countries' ("Modi")
            region = region_politics().get(info.names[name[i]], {})
            named[key] = named_politics(text, set(candidates), region)
            if len(named[key]) != 1:
                named[key] = named_politics(text, set(candidates))
        if len(named[key]) == 1:
            place[i] = info.place(candidates[next(iter(named[key]))])
