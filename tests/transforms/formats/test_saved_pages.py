"""News pages of 2024-26 as users save them (a browser's "Save page as", SingleFile, wget): headline, date, text."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta, timezone

import pytest

from transforms.formats import FormatError, ReadOptions, read_articles
from transforms.formats.base import ArticleRecord

LEDE = "Die Stadtwerke Leipzig erhöhen zum 1. April die Preise für Fernwärme um durchschnittlich elf Prozent."
MORE = "Als Grund nannte das Unternehmen am Freitag gestiegene Beschaffungskosten und Investitionen in das Netz."


def read(html: str) -> ArticleRecord:
    [article] = read_articles(html.encode(), "html", ReadOptions()).articles
    return article


def test_a_bylines_time_is_read_in_the_zone_of_its_time_element() -> None:
    # The byline's "08:15 Uhr" was read as 08:15 UTC: its <time>'s offset, +01:00, unread (an hour late).
    article = read('<html lang="de"><head><title>Fernwärme wird teurer</title></head><body><article>'
                   '<h1>Fernwärme wird teurer</h1><p class="meta">Von Anna Krüger · <time datetime="2025-03-14T08:15:00'
                   f'+01:00">14.03.2025, 08:15 Uhr</time></p><p>{LEDE}</p><p>{MORE}</p></article></body></html>')
    assert article.published_at == datetime(2025, 3, 14, 8, 15, tzinfo=timezone(timedelta(hours=1)))


def test_a_title_whose_headline_holds_a_dot_is_not_headlined_by_its_site() -> None:
    # trafilatura took "... 2.000 millones ..." for a domain, the site's name: the page was headlined by that name.
    article = read('<html lang="es"><head><title>El Gobierno aprueba 2.000 millones para Cercanías | Diario del Centro'
                   '</title></head><body><article><h1>El Gobierno aprueba 2.000 millones para Cercanías</h1>'
                   f'<p>{LEDE}</p><p>{MORE}</p></article></body></html>')
    assert (article.title, article.site) == ("El Gobierno aprueba 2.000 millones para Cercanías", "Diario del Centro")
    assert article.text.split("\n\n") == [article.title, LEDE, MORE]


def test_a_bylines_utc_time_stays_utc() -> None:
    # A control: a time element whose clock time is another's gives the byline no zone.
    article = read('<html><head><title>Fares rise</title></head><body><article><h1>Fares rise</h1><p class="byline">'
                   'By Jo Lee | 5 March 2025 09:00 GMT <time datetime="2025-03-05T14:00:00+01:00">later</time></p>'
                   f'<p>{LEDE}</p><p>{MORE}</p></article></body></html>')
    assert article.published_at == datetime(2025, 3, 5, 9, tzinfo=UTC)


def test_a_page_rendered_by_its_scripts_is_read_from_its_json_ld_article_body() -> None:
    # An app's shell saved before its scripts ran: its article only in JSON-LD. It was no_article_text.
    ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Fernwärme wird teurer",
                     "datePublished": "2025-03-14T08:15:00+01:00", "articleBody": f"{LEDE}\n\n{MORE}",
                     "author": {"@type": "Person", "name": "Anna Krüger"}})
    article = read(f'<html lang="de"><head><title>Fernwärme wird teurer</title><script type="application/ld+json">{ld}'
                   '</script></head><body><div id="root"></div><noscript>Bitte aktivieren Sie JavaScript.</noscript>'
                   '</body></html>')
    assert article.text.split("\n\n") == ["Fernwärme wird teurer", LEDE, MORE]
    assert article.published_at == datetime(2025, 3, 14, 8, 15, tzinfo=timezone(timedelta(hours=1)))
    assert article.authors == ("Anna Krüger",)


def test_an_empty_page_with_an_article_body_of_no_article_is_still_no_article() -> None:
    ld = json.dumps({"@type": "WebPage", "articleBody": LEDE})
    with pytest.raises(FormatError) as raised:
        read(f'<html><head><script type="application/ld+json">{ld}</script></head><body><div id="root"></div>'
             '</body></html>')
    assert raised.value.reason == "no_article_text"


def test_a_live_blogs_relative_timestamps_are_no_paragraphs_nor_dates() -> None:
    # Each post's "Updated 25 min ago" was a body paragraph.
    posts = "".join(f'<div class="post"><p class="time">{age}</p><p>{text}</p></div>'
                    for age, text in (("Updated 1h ago", LEDE), ("Updated 25 min ago", MORE)))
    article = read('<html><head><title>Rates live: Bank holds rates</title><meta property="article:published_time" '
                   'content="2025-09-18T08:00:00+01:00"></head><body><h1>Rates live: Bank holds rates</h1>'
                   f'<div class="liveblog">{posts}</div></body></html>')
    assert article.text.split("\n\n")[1:] == [LEDE, MORE]
    assert article.published_at == datetime(2025, 9, 18, 7, tzinfo=UTC)


def test_a_japanese_date_under_the_headline_is_no_paragraph() -> None:
    # "2025年7月14日 10時30分" alone under the <h1> was the first body paragraph (a European language's is none).
    lede = "気象庁は14日、関東甲信地方が梅雨明けしたとみられると発表した。"
    more = "東京都心では最高気温が35度を超えた。"
    article = read('<html lang="ja"><head><title>関東甲信で梅雨明け</title></head><body><article>'
                   '<h1>関東甲信で梅雨明け</h1>'
                   f'<p class="date">2025年7月14日 10時30分</p><p>{lede}</p><p>{more}</p></article></body></html>')
    assert article.text.split("\n\n") == ["関東甲信で梅雨明け", lede, more]
    assert article.published_at == datetime(2025, 7, 14, 10, 30, tzinfo=UTC)  # no zone written: UTC, as everywhere


def test_a_dutch_link_and_an_italian_dateline_label_are_no_paragraphs() -> None:
    article = read('<html lang="de"><head><title>Fernwärme wird teurer</title></head><body><article>'
                   f'<h1>Fernwärme wird teurer</h1><p>{LEDE}</p><p>{MORE}</p><p>Mehr zum Thema: <a href="/x">So sparen '
                   'Sie Heizkosten</a></p></article></body></html>')
    assert article.text.split("\n\n")[1:] == [LEDE, MORE]


def test_a_bylines_date_after_a_line_break_is_read_with_its_time_and_zone() -> None:
    # "By Dana Whitlock<br>July 30, 2025 9:05 AM ET" read as "WhitlockJuly 30, ...": the page was dated midnight UTC.
    article = read('<html lang="en-US"><head><title>Chipmaker shares jump</title></head><body><article>'
                   '<h1>Chipmaker shares jump</h1>'
                   '<div class="byline">By Dana Whitlock<br>July 30, 2025 9:05 AM ET</div>'
                   f'<p>{LEDE}</p><p>{MORE}</p></article></body></html>')
    assert article.published_at == datetime(2025, 7, 30, 13, 5, tzinfo=UTC)  # 9:05 EDT


def test_a_live_blogs_post_headings_are_kept_where_extraction_kept_none() -> None:
    # A LiveBlogPosting without its updates listed: every post's <h2> was dropped, the posts ran together.
    ld = json.dumps({"@context": "https://schema.org", "@type": "LiveBlogPosting", "headline": "Storm live",
                     "datePublished": "2025-01-23T07:12:00+00:00"})
    posts = "".join(f'<div class="block"><span class="ts">{t}</span><h2>{h}</h2><p>{p}</p></div>'
                    for t, h, p in (("12:15", "Trains cancelled", LEDE), ("07:12", "Warning in force", MORE)))
    article = read(f'<html><head><title>Storm live</title><script type="application/ld+json">{ld}</script></head>'
                   f'<body><h1>Storm live</h1><section class="live-blog">{posts}</section></body></html>')
    assert article.text.split("\n\n")[1:] == ["Trains cancelled", LEDE, "Warning in force", MORE]


def test_a_plain_bylines_names_are_no_paragraph_once_its_time_is_out() -> None:
    # "By Kate Lowry, <time>16 May 2025</time>": extraction kept "By Kate Lowry," as the first body paragraph.
    article = read('<html><head><title>Wreck found</title></head><body><article><h1>Wreck found</h1><p>By Kate Lowry, '
                   f'<time datetime="2025-05-16">16 May 2025</time></p><p>{LEDE}</p><p>{MORE}</p></article>'
                   '</body></html>')
    assert article.text.split("\n\n")[1:] == [LEDE, MORE]
    assert article.authors == ("Kate Lowry",)


def test_a_datelines_label_left_without_its_time_is_no_paragraph_in_other_languages() -> None:
    # "Pubblicato il <time>...</time>": extraction took the <time> out and "Pubblicato il" was a body paragraph.
    article = read('<html lang="it"><head><title>Piste ciclabili</title></head><body><article><h1>Piste ciclabili</h1>'
                   '<div class="data">Pubblicato il <time datetime="2025-10-20T09:00:00+02:00">'
                   '20 ottobre 2025 alle 09:00'
                   f'</time></div><p>{LEDE}</p><p>{MORE}</p><p>Lees ook: <a href="/x">Parkeertarieven stijgen</a></p>'
                   '</article></body></html>')
    assert article.text.split("\n\n")[1:] == [LEDE, MORE]
    assert article.published_at == datetime(2025, 10, 20, 7, tzinfo=UTC)


def test_a_korean_bylines_year_first_date_is_the_pages_and_no_paragraph() -> None:
    # "입력 2025.10.20 14:05" (published): the page was dated midnight by its body's day, the line a paragraph.
    lede = "서울시는 내년부터 시내버스 요금을 200원 인상한다고 20일 밝혔다."
    more = "시는 적자가 누적돼 요금 조정이 불가피하다고 설명했다."
    article = read('<html lang="ko"><head><title>버스 요금 인상</title></head><body><article><h1>버스 요금 인상</h1>'
                   f'<p class="date">입력 2025.10.20 14:05</p><p>{lede}</p><p>{more}</p></article></body></html>')
    assert article.text.split("\n\n") == ["버스 요금 인상", lede, more]
    assert article.published_at == datetime(2025, 10, 20, 14, 5, tzinfo=UTC)


def test_a_live_blogs_standfirst_stays_above_its_posts() -> None:
    # Each post an <article>: extraction took the first for the article, and the standfirst above it came after it.
    posts = "".join(f'<article class="update"><span class="age">{age}</span><p>{text}</p></article>'
                    for age, text in (("5 mins ago", LEDE), ("2 hours ago", MORE)))
    article = read('<html><head><title>Strike live: talks resume</title></head><body><h1>Strike live: talks resume</h1>'
                   '<p class="standfirst">Follow the latest as unions and employers meet again.</p>'
                   f'<div class="updates">{posts}</div></body></html>')
    assert article.text.split("\n\n")[1:] == ["Follow the latest as unions and employers meet again.", LEDE, MORE]


def test_a_live_blogs_post_heading_the_standfirst_repeats_stays_with_its_post() -> None:
    # The standfirst opens with the second post's heading, "Polls close": found there first, the heading was put
    # before the first post, away from its own text.
    updates = (("5 mins ago", "Fares frozen", LEDE), ("2 hours ago", "Polls close", MORE))
    posts = "".join(f'<article class="update"><span class="age">{age}</span><h2>{heading}</h2><p>{text}</p></article>'
                    for age, heading, text in updates)
    standfirst = "Polls close at 10pm; follow the night here."
    article = read('<html><head><title>Election live</title></head><body><h1>Election live</h1>'
                   f'<p class="standfirst">{standfirst}</p><div class="updates">{posts}</div></body></html>')
    assert article.text.split("\n\n")[1:] == [standfirst, "Fares frozen", LEDE, "Polls close", MORE]


@pytest.mark.parametrize("label", ["Publié", "Veröffentlicht", "Aktualisiert:", "Mis à jour", "Pubblicato"])
def test_a_datelines_label_without_its_preposition_is_no_paragraph_once_its_time_is_out(label: str) -> None:
    # "Publié <time>...</time>": as "Published" alone is, the label left without its <time> is no body paragraph.
    article = read('<html><head><title>Fernwärme wird teurer</title></head><body><article><h1>Fernwärme wird teurer'
                   f'</h1><div class="data">{label} <time datetime="2025-10-20T09:00:00+02:00">20.10.2025 09:00</time>'
                   f'</div><p>{LEDE}</p><p>{MORE}</p></article></body></html>')
    assert article.text.split("\n\n")[1:] == [LEDE, MORE]


@pytest.mark.parametrize("zone, stamp", [("GMT", "2025-03-05T09:00:00+01:00"), ("UTC", "2025-03-05T09:00:00-05:00")])
def test_a_bylines_written_utc_is_not_changed_by_a_time_element_of_the_same_clock(zone: str, stamp: str) -> None:
    # "09:00 GMT" says its zone: another story's <time> at 09:00 of another zone made it 08:00 or 14:00 UTC.
    article = read('<html><head><title>Fares rise</title></head><body><article><h1>Fares rise</h1><p class="byline">'
                   f'By Jo Lee | 5 March 2025 09:00 {zone}</p><p>{LEDE}</p><aside><time datetime="{stamp}">Earlier: '
                   f'prices</time></aside><p>{MORE}</p></article></body></html>')
    assert article.published_at == datetime(2025, 3, 5, 9, tzinfo=UTC)


def test_a_one_line_paragraph_of_prose_about_time_is_kept() -> None:
    # "A week ago." was dropped as a relative timestamp: a sentence of the article, its words a timestamp's too.
    page = ('<html lang="en"><head><title>Flooded street waits</title></head><body><article>'
            '<h1>Flooded street waits</h1>'
            '<p>Maria Lopez had never seen the river this high.</p><p>A week ago.</p><p>a week ago</p>'
            '<p>That is when the water first crossed the road outside her bakery, she said on Friday.</p>'
            '</article></body></html>')
    assert read(page).text.split("\n\n")[1:] == [
        "Maria Lopez had never seen the river this high.", "A week ago.",
        "That is when the water first crossed the road outside her bakery, she said on Friday."]
