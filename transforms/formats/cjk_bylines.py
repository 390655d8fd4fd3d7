"""A Chinese byline under a text's headline: a writer's name and the agency or paper they write for, parted by a
slash ("李明 / 新华社", "李明／人民日报"), or a reporter's credit ("新华社记者 李明 王芳", "记者：李明"). It stayed a
paragraph, and the text had no author; the agency is the text's publisher, as a dated byline's organisation is."""

from __future__ import annotations

import re
from typing import NamedTuple

_HAN = r"\u3400-\u4dbf\u4e00-\u9fff"
# A Chinese name: a surname and one or two given characters (a transliterated foreign one with its "·": 约翰·史密斯)
_NAME = rf"(?:[{_HAN}]{{2,4}}|[{_HAN}]{{1,6}}·[{_HAN}]{{1,8}})"
# An agency's or paper's name ends with one of these: 新华社, 中新社, 人民日报, 澎湃新闻, 央视网, 中央广播电视总台
_OUTLET = rf"[{_HAN}]{{1,10}}(?:社|报|网|台|新闻|通讯社|日报|晚报)"
_SLASHED = re.compile(rf"(?P<names>{_NAME}(?:[ 、](?:{_NAME}))*)\s*[/／|｜]\s*(?P<outlet>{_OUTLET})")
_REPORTER = re.compile(rf"(?P<outlet>{_OUTLET})?记者\s*[:：]?\s*(?P<names>{_NAME}(?:[ 、]+(?:{_NAME}))*)")


class CjkByline(NamedTuple):
    """A Chinese byline's writers and the agency or paper it names (None where it names none)."""

    authors: tuple[str, ...]
    outlet: str | None


def cjk_byline(line: str) -> CjkByline | None:
    """Return the writers and the outlet a Chinese byline line names, else None.

    >>> cjk_byline("李明 / 新华社"), cjk_byline("新华社记者 李明 王芳")
    (CjkByline(authors=('李明',), outlet='新华社'), CjkByline(authors=('李明', '王芳'), outlet='新华社'))
    >>> cjk_byline("记者：张伟"), cjk_byline("中国人民银行5日宣布下调存款准备金率"), cjk_byline("上海 / 北京")
    (CjkByline(authors=('张伟',), outlet=None), None, None)
    """
    line = line.strip()
    if not line or len(line) > 40:
        return None
    match = _SLASHED.fullmatch(line) or _REPORTER.fullmatch(line)
    if match is None:
        return None
    return CjkByline(tuple(re.split(r"[ 、]+", match["names"])), match["outlet"])
