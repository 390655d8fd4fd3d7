"""Dates as non-English newsrooms write them: Arabic and Hindi ones (their digits and month names), an Indian page's
IST, an Italian time after "ore", a Chinese dateline naming its source."""

from __future__ import annotations

import json

import pytest

from transforms.formats import ReadOptions, read_articles


def page(lang: str, headline: str, under: str, paragraphs: list[str]) -> bytes:
    body = "".join(f"<p>{text}</p>" for text in paragraphs)
    return (f'<html lang="{lang}"><head><meta charset="utf-8"><title>{headline}</title></head><body><article>'
            f"<h1>{headline}</h1>{under}{body}</article></body></html>").encode()


ARABIC = ["ارتفعت أسعار النفط الخام في التعاملات الآسيوية يوم الخميس بعد أن قرر تحالف أوبك+ تمديد خفض الإنتاج.",
          "وقال محللون إن القرار يعكس قلق المنتجين من ضعف الطلب في الصين وأوروبا خلال الأشهر المقبلة."]
HINDI = ["राजधानी दिल्ली में बुधवार सुबह वायु गुणवत्ता सूचकांक 420 के पार पहुंच गया, जिसके बाद प्रशासन ने रोक लगा दी है।",
         "डॉक्टरों ने बुजुर्गों और बच्चों को सुबह की सैर से बचने की सलाह दी है।"]
ITALIAN = ["Il tasso di disoccupazione in Italia è sceso al 5,9% a gennaio, il livello più basso dal 2007.",
           "Il numero degli occupati è cresciuto di 45 mila unità rispetto a dicembre."]
CHINESE = ["国家统计局9日发布数据显示，2月份全国居民消费价格指数同比上涨0.7%，环比上涨0.3%。",
           "分类别看，食品价格同比上涨1.2%，非食品价格上涨0.6%。"]


@pytest.mark.parametrize(("lang", "under", "paragraphs", "expected"), [
    # Eastern Arabic digits and an Arabic month's name: the page was undated
    ("ar", '<div class="date">الخميس ٥ مارس ٢٠٢٦ - ١٠:٣٠</div>', ARABIC, "2026-03-05T10:30:00+00:00"),
    # the Levant's month names
    ("ar", '<p class="date">١٥ كانون الثاني ٢٠٢٦</p>', ARABIC, "2026-01-15T00:00:00+00:00"),
    # a Hindi month's name, and IST on a Hindi page is India's (+05:30): undated, its line a body paragraph
    ("hi", '<p class="date">अपडेटेड: 5 मार्च 2026, 08:45 IST</p>', HINDI, "2026-03-05T03:15:00+00:00"),
    # ... and its time written with AM or PM before the zone
    ("hi", '<div class="time-stamp">प्रकाशित: 12 जनवरी 2026 | 11:30 AM IST</div>', HINDI, "2026-01-12T06:00:00+00:00"),
    # Italian's "ore" before the time: the page was dated its day alone, and its line a body paragraph
    ("it", '<p class="data">5 marzo 2026 ore 10:05</p>', ITALIAN, "2026-03-05T10:05:00+00:00"),
    # a Chinese dateline naming its source after the date stayed a body paragraph
    ("zh-CN", '<div class="info">2026年3月9日 09:30 来源：新华社</div>', CHINESE, "2026-03-09T09:30:00+00:00"),
    # ... or its label ("published at")
    ("zh-CN", '<div class="info">发布时间：2026-03-05 10:20 来源：人民网</div>', CHINESE, "2026-03-05T10:20:00+00:00"),
])
def test_a_dateline_in_another_script_or_language_dates_the_page_and_is_no_paragraph(
    lang: str, under: str, paragraphs: list[str], expected: str
) -> None:
    article = read_articles(page(lang, "Headline", under, paragraphs), "html", ReadOptions()).articles[0]
    assert article.published_at is not None and article.published_at.isoformat() == expected
    assert article.text.split("\n\n") == ["Headline", *paragraphs]


def test_ist_on_an_english_page_stays_unread() -> None:
    # IST is India's, Ireland's or Israel's: a page that does not say which is not dated hours off
    under = '<p class="date">5 March 2026, 08:45 IST</p>'
    story = ["The council approved the plan for six miles of segregated cycle lanes through the town centre today."]
    article = read_articles(page("en", "Cycle lanes", under, story), "html", ReadOptions()).articles[0]
    assert article.published_at is None or article.published_at.hour != 8


def test_a_records_file_date_in_arabic_words_and_digits_is_read() -> None:
    records = [{"title": "افتتاح معرض الكتاب", "text": ARABIC[0], "date": "الخميس ٢٢ يناير ٢٠٢٦"}]
    article = read_articles(json.dumps(records, ensure_ascii=False).encode(), "json", ReadOptions()).articles[0]
    assert article.published_at is not None and article.published_at.date().isoformat() == "2026-01-22"
