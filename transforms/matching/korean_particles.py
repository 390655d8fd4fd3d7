"""What Korean writes onto a noun without a space: its particles, a plural and the copula's common forms.

A Korean term is found at a phrase's start (transforms.matching.unspaced_terms), and the rest of that phrase
must be one of these: "대통령이", "홍수로", "관세를", "지진에도", "선거였다". Any syllables at all let a name or
another word that begins with the term's syllables in ("홍수아" is an actress, "지진희" an actor, "관세음" the
bodhisattva); a compound ("대통령실", "관세협상") is a term of its own, for the taxonomy to list.
"""

from __future__ import annotations

# Particles of case and of topic, and the ones news joins to them ("에서는", "으로의", "까지도").
_PARTICLES = (
    "이", "가", "을", "를", "은", "는", "의", "에", "에서", "에게", "에게서", "께", "께서", "한테", "로", "으로",
    "와", "과", "도", "만", "까지", "부터", "보다", "처럼", "마다", "조차", "마저", "밖에", "뿐", "이나", "나",
    "라도", "이라도", "든지", "이든지", "랑", "이랑", "하고", "만큼",
    "에는", "에서는", "에도", "에서도", "에게는", "으로는", "로는", "으로도", "로도", "와는", "과는", "와의", "과의",
    "에의", "에서의", "으로의", "로의", "로서", "으로서", "로써", "으로써", "만의", "만이", "만은", "까지는", "까지도",
    "까지의", "부터는", "부터의", "보다는", "뿐만", "이라는", "라는", "이란", "란", "이라고", "라고", "이라며", "라며",
)
# The copula's forms written onto a noun: "선거다", "대통령이었다", "홍수였던", "지진이자".
_COPULA = (
    "이다", "다", "였다", "이었다", "이며", "며", "인", "이자", "이지만", "지만", "였던", "이었던", "이고", "고",
    "일", "이라", "라", "이라서", "라서", "인데", "였고", "이었고", "였지만", "이었지만",
)

# What may follow a Korean term in its phrase: nothing, one of the above, or the plural "들" and one of them.
ENDINGS = frozenset(("", *_PARTICLES, *_COPULA, "들", *(f"들{p}" for p in _PARTICLES), *(f"들{c}" for c in _COPULA)))
LONGEST = max(map(len, ENDINGS))


def is_ending(rest: str) -> bool:
    """Return whether the rest of a phrase after a Korean term is a particle, a plural or the copula.

    >>> is_ending("이"), is_ending("에서는"), is_ending("들의"), is_ending(""), is_ending("아가"), is_ending("실")
    (True, True, True, True, False, False)
    """
    return rest in ENDINGS
