"""Terms in Chinese, Japanese, Thai and Korean are found in news written without spaces between words
(transforms.matching.unspaced_terms), their evidence exactly the term's characters."""

from __future__ import annotations

import pytest

from transforms import taxonomy_version
from transforms.matching.themes import label_paragraphs
from transforms.taxonomy import parse_taxonomy
from transforms.taxonomy_version import with_version

TAXONOMY = """
[taxonomy]
min_score = 1.0
semantic = false

[[themes]]
id = "disaster"
name = "disasters"
terms = ["大雨", "避难", "地震", "台风", "颱風", "폭우", "홍수", "지진", "น้ำท่วม", "แผ่นดินไหว", "flood"]
exclude = [{disaster_exclude}]

[[themes]]
id = "economy"
name = "economy"
terms = ["金利", "关税", "關稅", "금리", "관세", "อัตราดอกเบี้ย", "G7サミット"]

[[themes]]
id = "politics"
name = "politics"
terms = ["選挙", "选举", "選舉", "대통령", "선거", "การเลือกตั้ง", "นายกรัฐมนตรี", "election"]
"""


def labels(text: str, disaster_exclude: str = "") -> dict[str, list[str]]:
    """Return each theme of a paragraph with the paragraph's text at its evidence's offsets, in text order."""
    tax = parse_taxonomy(TAXONOMY.replace("{disaster_exclude}", disaster_exclude))
    return {lb.theme_id: [text[e.start : e.end] for e in lb.evidence] for lb in label_paragraphs(tax, [text])}


@pytest.mark.parametrize(("text", "expected"), [
    ("気象庁は九州北部に大雨特別警報を発表した。", {"disaster": ["大雨"]}),
    ("日銀は政策金利を0.75%に引き上げると決めた。", {"economy": ["金利"]}),
    ("参院選挙の投開票は7月20日に行われた。", {"politics": ["選挙"]}),
    ("受台风影响，广东多地紧急避难，超过十万人转移。", {"disaster": ["台风", "避难"]}),
    ("美国宣布对中国商品加征关税，市场大幅下跌。", {"economy": ["关税"]}),
    ("颱風丹娜絲登陸台灣，中南部豪雨成災。", {"disaster": ["颱風"]}),
    ("川普宣布對台灣半導體課徵關稅。", {"economy": ["關稅"]}),
    ("台北市長選舉將於明年舉行。", {"politics": ["選舉"]}),
    ("น้ำท่วมหนักในจังหวัดเชียงใหม่ ประชาชนกว่าพันคนต้องอพยพ", {"disaster": ["น้ำท่วม"]}),
    ("ธนาคารแห่งประเทศไทยลดอัตราดอกเบี้ยนโยบายลงเหลือ 1.5%", {"economy": ["อัตราดอกเบี้ย"]}),
    ("นายกรัฐมนตรีประกาศยุบสภาและจัดการเลือกตั้งใหม่", {"politics": ["นายกรัฐมนตรี", "การเลือกตั้ง"]}),
    ("東京電力は地震の影響を調べている。", {"disaster": ["地震"]}),
    ("The election (选举) was held on Sunday after floods.",
     {"disaster": ["floods"], "politics": ["election", "选举"]}),
])
def test_a_term_is_found_wherever_its_characters_stand(text: str, expected: dict[str, list[str]]) -> None:
    assert labels(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("이재명 대통령이 25일 국무회의를 주재했다.", {"politics": ["대통령"]}),
    ("집중 폭우로 남부 지역에 홍수 피해가 잇따랐다.", {"disaster": ["폭우", "홍수"]}),
    ("미국의 관세 부과로 수출이 줄었다.", {"economy": ["관세"]}),
    ("윤 전 대통령은 재판에 출석했다.", {"politics": ["대통령"]}),
    ("경북 지역에 지진이 발생해 주민들이 대피했다.", {"disaster": ["지진"]}),
    ("美대통령들의 방한이 이어졌다.", {"politics": ["대통령"]}),
])
def test_a_korean_term_is_found_before_its_particle(text: str, expected: dict[str, list[str]]) -> None:
    assert labels(text) == expected


@pytest.mark.parametrize("text", [
    "배우 홍수아가 새 드라마에 출연한다.",  # an actress's name begins with 홍수 (flood)
    "그는 배우 지진희와 함께 출연했다.",  # an actor's with 지진 (earthquake)
    "관세음보살상이 공개됐다.",  # the bodhisattva with 관세 (tariff)
    "한국은행은 기준금리를 2.5%로 동결했다.",  # a compound: 금리 not at its phrase's start
])
def test_a_korean_term_is_no_other_words_beginning(text: str) -> None:
    assert labels(text) == {}


@pytest.mark.parametrize(("text", "expected"), [
    ("G7サミットが広島で開幕した。", {"economy": ["G7サミット"]}),
    ("OG7サミット", {}),  # a spaced script's letter at a term's edge is still a word's edge
])
def test_a_terms_latin_edge_is_a_whole_words(text: str, expected: dict[str, list[str]]) -> None:
    assert labels(text) == expected


def test_exclusions_silence_a_term_read_across_two_words() -> None:
    # 舞台 (stage) + 风格 (style) reads 台风 (typhoon): the theme's author excludes the longer run.
    text = "这场演唱会的舞台风格十分华丽，台风过后演出照常。"
    assert labels(text) == {"disaster": ["台风", "台风"]}
    assert labels(text, '"舞台风"') == {"disaster": ["台风"]}
    assert labels("เขาน้ำท่วมปาก พูดอะไรไม่ได้", '"น้ำท่วมปาก"') == {}


def test_only_taxonomies_with_such_terms_change_version(monkeypatch: pytest.MonkeyPatch) -> None:
    def version(terms: str) -> str:
        toml = f'[[themes]]\nid = "t"\nterms = [{terms}]\nexclude = ["flood plain"]'
        return with_version(parse_taxonomy(toml)).version

    before = {terms: version(terms) for terms in ('"flood", "election"', '"flood", "大雨"', '"flood", "홍수"')}
    monkeypatch.setattr(taxonomy_version, "reads_inside_words", lambda text: False)  # as before such terms were read
    assert version('"flood", "election"') == before['"flood", "election"']  # a lake labelled before keeps its labels
    assert version('"flood", "大雨"') != before['"flood", "大雨"']  # one whose labels were empty relabels
    assert version('"flood", "홍수"') != before['"flood", "홍수"']
