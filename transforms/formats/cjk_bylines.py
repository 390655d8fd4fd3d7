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
# The commonest Chinese surnames (the hundred or so that most people bear, in simplified and traditional characters, and
# the compound ones): a slashed byline's names open with one. Over its agency, a place's or a section's name is no
# writer's ("北京 / 新华社", "国际 / 新华网": Beijing, International); a reporter's credit (记者) names its writers
# itself.
_SURNAMES = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许韩邓冯曹彭曾肖田董潘袁蔡蒋余于杜叶程魏苏吕丁任卢姚沈钟姜崔谭陆"
    "范汪廖石金韦贾夏付傅方邹熊白孟秦邱侯江尹薛闫段雷龙黎史陶贺毛郝顾龚邵万覃武钱戴严莫孔向常汤康易乔赖施洪辛柯庄"
    "張劉陳楊黃趙吳孫馬鄭謝許韓鄧馮蕭葉蘇呂盧鍾蔣譚陸賈鄒龔錢嚴莊顧賴湯喬閻龍萬"
)
_COMPOUND_SURNAMES = ("欧阳", "歐陽", "司马", "司馬", "诸葛", "諸葛", "上官", "夏侯", "慕容", "令狐", "皇甫",
                      "公孙", "公孫")
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
    >>> cjk_byline("北京 / 新华社"), cjk_byline("国际 / 新华网"), cjk_byline("欧阳娜娜 / 澎湃新闻").authors
    (None, None, ('欧阳娜娜',))
    """
    line = line.strip()
    if not line or len(line) > 40:
        return None
    if (slashed := _SLASHED.fullmatch(line)) is not None:
        names = tuple(re.split(r"[ 、]+", slashed["names"]))
        return CjkByline(names, slashed["outlet"]) if all(map(_is_person, names)) else None
    if (credit := _REPORTER.fullmatch(line)) is not None:
        return CjkByline(tuple(re.split(r"[ 、]+", credit["names"])), credit["outlet"])
    return None


def _is_person(name: str) -> bool:
    """Return whether a Chinese name is a person's: a common surname and a given name, or a foreign one's "·"."""
    return "·" in name or (name[:1] in _SURNAMES and len(name) <= 3) or name.startswith(_COMPOUND_SURNAMES)
