"""What Chinese, Japanese and Korean text looks like, for telling a right decoding of legacy bytes from a
wrong one: its punctuation between its characters, and the Hangul syllables Korean is written with."""

from __future__ import annotations

import re
from functools import cache

# Han ideographs (with extension A and the compatibility block), kana (half-width too) and Hangul
# (syllables and jamo): the characters CJK punctuation stands between.
CJK_CHARACTER = (
    r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u3040-\u30ff\u31f0-\u31ff\uff66-\uff9f"
    r"\uac00-\ud7a3\u1100-\u11ff\u3130-\u318f]"
)
# CJK text writes its punctuation between its characters, with no space: 今週、桜が満開, 支持，专家,
# 「安全」と, “경제”이라고. Ideographic punctuation and brackets (U+3000-U+303F), the full-width forms
# (，：；！？（）％ and digits: ２日), the katakana middle dot (・), and general punctuation (“ ” … ―).
CJK_PUNCTUATION = r"[\u3000-\u303f\uff01-\uff65\u30fb\u2010-\u205e]"

_HANGUL_SYLLABLE = re.compile(r"[\uac00-\ud7a3]")
# More than this share of a decoding's Hangul syllables outside KS X 1001 is no Korean text. Korean
# is written with KS X 1001's 2,350 syllables (EUC-KR holds no others); cp949 adds the 8,822 others in
# its lead bytes 0x81-0xC6, where Shift_JIS puts its kana and most kanji: Japanese read as cp949 is
# all such syllables ("京都で桜が" as "떈뱒궳랎궕"), Korean almost none.
_MAX_RARE_HANGUL = 0.5


@cache
def _ks_x_1001_syllables() -> frozenset[str]:
    """Return the 2,350 Hangul syllables of KS X 1001 (EUC-KR rows 0xB0-0xC8)."""
    return frozenset(bytes([lead, trail]).decode("euc_kr") for lead in range(0xB0, 0xC9) for trail in range(0xA1, 0xFF))


def reads_as_rare_hangul(text: str) -> bool:
    """Return whether most of the text's Hangul syllables are ones Korean is hardly written with: bytes of
    another script (Shift_JIS Japanese) read as cp949, not Korean.

    >>> reads_as_rare_hangul("서울시는 새로운 정책을 발표했다."), reads_as_rare_hangul("떈뱒궳랎궕뼖둎궸")
    (False, True)
    >>> reads_as_rare_hangul("No Hangul here.")
    False
    """
    syllables = _HANGUL_SYLLABLE.findall(text)
    if not syllables:
        return False
    common = _ks_x_1001_syllables()
    rare = sum(1 for syllable in syllables if syllable not in common)
    return rare > _MAX_RARE_HANGUL * len(syllables)
