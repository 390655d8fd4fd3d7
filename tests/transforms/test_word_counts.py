"""transforms.word_counts: words as a reader counts them, each Han ideograph and kana run one between no spaces."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from transforms.paragraphs import paragraph_columns
from transforms.word_counts import word_count


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # Chinese: each hanzi a word; a number or Latin letters between them one; its punctuation none.
        ("中国央行宣布下调存款准备金率", 14),
        ("国内生产总值同比增长5.3%，高于市场预期。", 17),
        ("美国科技公司将在上海投资5亿美元。", 16),
        ("台风“摩羯”登陆海南", 8),
        ("新华社北京1月24日电 中国人民银行", 16),
        # Japanese: each kanji a word, each run of hiragana or katakana one; ・ parts a name's two words.
        ("東京都は予算を発表した", 10),
        ("ドナルド・トランプ氏が来日", 6),
        ("総額3,000億円の防災予算", 10),
        # Korean writes spaces between its words: counted by them, as before.
        ("삼성전자가 미국 텍사스주 공장에 5억 달러를 투자한다고 밝혔다.", 8),
        # An English sentence quoting a Chinese name: its spaced words, and the name's hanzi.
        ("The mayor, Li Qiang (李强), said so.", 8),
    ],
)
def test_words_of_chinese_and_japanese_are_their_ideographs_and_kana_runs(text: str, words: int) -> None:
    # Each was one word a white-space separated run: a Chinese paragraph of 60 hanzi was 1 word.
    assert word_count(text) == words


# Text without Han or kana: Latin, Cyrillic, Hangul, Thai, curly quotes, white space of every kind.
_SPACED_ALPHABET = [*" \t\n\x1c\xa0\u2003\u3000", "a", "é", "’", "—", "ж", "한", "ก", "，", "。", "5"]


@given(st.text(alphabet=st.sampled_from(_SPACED_ALPHABET)))
def test_text_without_han_or_kana_is_counted_by_its_white_space(text: str) -> None:
    assert word_count(text) == len(text.split())


@given(st.text(alphabet=st.sampled_from([*_SPACED_ALPHABET, "中", "国", "の", "カ", "ナ"]), max_size=40))
def test_han_and_kana_only_add_words(text: str) -> None:
    # A white-space separated run is a word unless it is punctuation beside Han or kana; each hanzi or kana
    # is a word and may part its run's other letters in two ("5の5": three words).
    assert len(text.split()) - text.count("—") - text.count("，") - text.count("。") <= word_count(text)
    assert word_count(text) <= len(text.split()) + 2 * sum(c in "中国のカナ" for c in text)


def test_a_chinese_articles_paragraphs_and_title_count_their_words() -> None:
    text = ("中国央行宣布下调存款准备金率\n\n"
            "中国人民银行行长潘功胜周三在北京表示，将于2月5日下调存款准备金率0.5个百分点。\n\n"
            "分析人士指出，此举显示决策层稳定经济增长的决心。")
    columns = paragraph_columns(text)
    assert columns.role == ["title", "body", "body"]
    assert columns.word_count == [14, 37, 22]
