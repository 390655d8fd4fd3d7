"""An HTML page's date written in words in its byline or dateline, near its headline: read with its time and
zone, and never another story's, a sidebar's, the masthead's or a sentence's of the article."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from transforms.formats import ReadOptions, read_articles

STORY = (
    "<p>Regulated rail fares in England will rise by almost five per cent from March, the largest increase for "
    "commuters in more than a decade, the government confirmed on Thursday.</p>"
    "<p>Passenger groups said the rise would push people back into their cars, while the industry said the money "
    "was needed to maintain services and pay for new trains on busy routes.</p>"
)
# Around the article: the masthead's today, a sidebar's and a teaser's dates, and a sentence naming a day.
MASTHEAD = '<header class="masthead"><a href="/">The Gazette</a><p>Tuesday 3 June 2025</p></header>'
SIDEBAR = ('<aside><h2>Most read</h2><p><a href="/a">Bus lanes extended</a> <span class="date">2 May 2023</span></p>'
           "</aside>")
TEASER = ('<article class="teaser"><h2><a href="/b">Fares frozen</a></h2><p class="date">Published 1 August 2023, '
          "09:00 GMT</p></article>")
SENTENCE = "<p>The rise was first proposed on 12 January 2023, the minister told MPs.</p>"


def page(byline: str) -> bytes:
    return (
        f"<html><head><title>Rail fares to rise</title></head><body>{MASTHEAD}<main><article>"
        f"<h1>Rail fares to rise</h1>{byline}{STORY}{SENTENCE}</article>{TEASER}</main>{SIDEBAR}</body></html>"
    ).encode()


@pytest.mark.parametrize(
    ("byline", "expected"),
    [
        # Undated: htmldate reads no date written with its time first.
        ('<p class="byline">Updated 14:32 BST, 5 March 2024</p>', datetime(2024, 3, 5, 13, 32, tzinfo=UTC)),
        ('<div class="byline">By <a href="/jo">Jo Lee</a> | Updated 14:32 BST, 5 March 2024</div>',
         datetime(2024, 3, 5, 13, 32, tzinfo=UTC)),
        ("<p>Updated 14:32 BST, 5 March 2024</p>", datetime(2024, 3, 5, 13, 32, tzinfo=UTC)),
        # Dated the day only: its time was dropped.
        ('<div class="dateline">Published 5 March 2024, 14:32 GMT</div>', datetime(2024, 3, 5, 14, 32, tzinfo=UTC)),
        ('<p class="meta">March 5, 2024 at 9:32 AM EST</p>', datetime(2024, 3, 5, 14, 32, tzinfo=UTC)),
        # The publication's, not the update's, wherever each is written.
        ('<p class="meta">Updated 6 March 2024, 08:00 GMT · Published 5 March 2024, 14:32 GMT</p>',
         datetime(2024, 3, 5, 14, 32, tzinfo=UTC)),
        ('<p class="dateline">5 de marzo de 2024 a las 10:30</p>', datetime(2024, 3, 5, 10, 30, tzinfo=UTC)),
        # A date with dots is day first (it was read 3 May, and the time then dropped for another day than htmldate's)
        ('<p class="meta">05.03.2024, 14:32</p>', datetime(2024, 3, 5, 14, 32, tzinfo=UTC)),
        # French's "14h20", Italian's "alle" and Portuguese's "às" before the time: each page kept its day alone.
        ('<p class="date">Publié le 5 mars 2024 à 14h20</p>', datetime(2024, 3, 5, 14, 20, tzinfo=UTC)),
        ('<p class="date">Pubblicato il 5 marzo 2024 alle 10:30</p>', datetime(2024, 3, 5, 10, 30, tzinfo=UTC)),
        ('<p class="date">Publicado em 5 de março de 2024 às 10:30</p>', datetime(2024, 3, 5, 10, 30, tzinfo=UTC)),
        # An update's label in another language: the update, written first, dated the page.
        ('<p class="meta">Mis à jour le 6 mars 2024 à 09h15</p><p class="meta">Publié le 5 mars 2024 à 14h20</p>',
         datetime(2024, 3, 5, 14, 20, tzinfo=UTC)),
        ('<p class="meta">Aktualisiert am 6. März 2024, 09:15 Uhr · Veröffentlicht am 5. März 2024, 14:20 Uhr</p>',
         datetime(2024, 3, 5, 14, 20, tzinfo=UTC)),
        # Dutch's "om" before the time (the day alone was kept), and a day in CJK characters (undated).
        ('<p class="meta">Gepubliceerd op 5 maart 2024 om 14:20</p>', datetime(2024, 3, 5, 14, 20, tzinfo=UTC)),
        ('<p class="date"><time>2024年3月5日 14:20</time></p>', datetime(2024, 3, 5, 14, 20, tzinfo=UTC)),
    ],
    ids=["updated-first-time", "byline-with-author", "no-class", "published", "month-first", "both", "spanish",
         "dotted", "french-h", "italian-alle", "portuguese-as", "french-update", "german-update", "dutch-om", "cjk"],
)
def test_a_date_written_in_the_byline_is_the_pages_with_its_time(byline: str, expected: datetime) -> None:
    [article] = read_articles(page(byline), "html", ReadOptions()).articles
    assert article.published_at == expected


def test_a_dateline_above_the_headline_in_its_header_is_the_pages() -> None:
    header = ('<header><p class="kicker">Transport</p><p class="dateline">Updated 14:32 BST, 5 March 2024</p>'
              "<h1>Rail fares to rise</h1></header>")
    html = page("").replace(b"<h1>Rail fares to rise</h1>", header.encode())
    assert read_articles(html, "html", ReadOptions()).articles[0].published_at == datetime(
        2024, 3, 5, 13, 32, tzinfo=UTC
    )


@pytest.mark.parametrize(
    "byline",
    ["", '<p class="byline">By Jo Lee</p>'],
    ids=["none", "author-only"],
)
def test_a_page_whose_byline_writes_no_date_takes_none_from_the_teasers_sidebar_masthead_or_text(
    byline: str,
) -> None:
    # A teaser's "Published 1 August 2023", the sidebar's, the masthead's or the sentence's day is not the page's.
    [article] = read_articles(page(byline), "html", ReadOptions()).articles
    assert article.published_at is None


def test_a_date_after_the_articles_text_is_not_its_byline() -> None:
    # A date past the article's first paragraphs (a box of the next story, a timeline) is not read as its byline.
    late = '<p class="date">Updated 14:32 BST, 5 March 2024</p>'
    html = page("").replace(b"</article>", late.encode() + b"</article>")
    assert read_articles(html, "html", ReadOptions()).articles[0].published_at is None


def test_a_masthead_date_above_the_headline_in_its_header_loses_to_the_bylines() -> None:
    # Today's date beside the <h1> in one <header> is no part around the article: htmldate read it first, and
    # the page was dated 3 June 2025, its byline's <time> lost.
    header = ('<header><p class="date">Tuesday 3 June 2025</p><h1>Rail fares to rise</h1><p class="byline">By Jo Lee, '
              '<time datetime="2024-03-05T14:32:00Z">5 March 2024</time></p></header>')
    html = page("").replace(b"<h1>Rail fares to rise</h1>", header.encode())
    assert read_articles(html, "html", ReadOptions()).articles[0].published_at == datetime(
        2024, 3, 5, 14, 32, tzinfo=UTC
    )


@pytest.mark.parametrize(
    ("lang", "written", "expected", "order"),
    [
        ("en-GB", "05/03/2024", datetime(2024, 3, 5, tzinfo=UTC), "day first, as the page says its language is en-GB"),
        ("en-US", "05/03/2024", datetime(2024, 5, 3, tzinfo=UTC),
         "month first, as the page says its language is en-US"),
        ("fr", "05/03/2024 à 14:32", datetime(2024, 3, 5, 14, 32, tzinfo=UTC),
         "day first, as the page says its language is fr"),
        ("", "25/03/2024 14:32", datetime(2024, 3, 25, 14, 32, tzinfo=UTC), None),  # a day over 12 says the order
        ("en-US", "03/25/2024, 9:32 AM EDT", datetime(2024, 3, 25, 13, 32, tzinfo=UTC), None),
        # the region subtag says the order, wherever it is: en-Latn-US was read day first
        ("en-Latn-US", "05/03/2024", datetime(2024, 5, 3, tzinfo=UTC),
         "month first, as the page says its language is en-Latn-US"),
        ("en-PH", "05/03/2024", datetime(2024, 5, 3, tzinfo=UTC),
         "month first, as the page says its language is en-PH"),
    ],
    ids=["en-GB", "en-US", "fr-with-time", "day-over-12", "month-first-over-12", "script-subtag", "philippines"],
)
def test_a_byline_date_with_slashes_is_read_in_the_order_its_page_shows(
    lang: str, written: str, expected: datetime, order: str | None
) -> None:
    # It was skipped as ambiguous, and htmldate read it day first, its time dropped: an American page's
    # 05/03/2024 was 5 March. The choice the page's language made is noted.
    html = page(f'<p class="byline">By Jo Lee | {written}</p>').replace(b"<html>", f'<html lang="{lang}">'.encode())
    [article] = read_articles(html, "html", ReadOptions()).articles
    assert (article.published_at, article.metadata.get("date_order")) == (expected, order)


def test_a_byline_date_with_slashes_whose_order_nothing_says_is_not_read_so() -> None:
    html = page('<p class="byline">By Jo Lee | 05/03/2024</p>').replace(b"<html>", b'<html lang="en">')
    [article] = read_articles(html, "html", ReadOptions()).articles
    assert "date_order" not in article.metadata


def test_a_short_date_below_the_headline_that_is_no_bylines_leaves_htmldates_day() -> None:
    # A standfirst's "From 2 January 2025" (an event's, a policy's start) has no byline's class, label or "By": the
    # day htmldate finds in the page stays the page's (it was taken over it).
    html = page('<p class="standfirst">From 2 January 2025</p><p class="byline">By Jo Lee</p>'
                "<p>Posted 2024-03-05</p>")
    assert read_articles(html, "html", ReadOptions()).articles[0].published_at == datetime(2024, 3, 5, tzinfo=UTC)


EDITION_DAY = '<span class="date">Monday 3 March 2025</span>'


@pytest.mark.parametrize(
    ("masthead", "in_header"),
    [
        # the masthead above the <h1>'s box, and beside the <h1> in its box
        (f'<div class="masthead"><span class="site">The Gazette</span> {EDITION_DAY}</div>', ""),
        ("", f'<p class="masthead-date">{EDITION_DAY}</p>'),
    ],
    ids=["masthead-box", "in-header"],
)
def test_an_earlier_day_above_the_headline_is_the_first_publication_not_the_bylines_update(
    masthead: str, in_header: str,
) -> None:
    # The byline writes only when the story was updated; the day above the headline is earlier, so it is no
    # reader's today (a page cannot show today's date before its own update) but its edition's: the first
    # publication (the page was dated its update, 5 March 14:20).
    header = (f"<header>{in_header}<h1>Rail fares to rise</h1>"
              '<p class="byline">By Jo Lee | Updated 14:20 GMT, 5 March 2025</p></header>')
    html = page("").replace(MASTHEAD.encode(), masthead.encode()).replace(
        b"<h1>Rail fares to rise</h1>", header.encode())
    assert read_articles(html, "html", ReadOptions()).articles[0].published_at == datetime(2025, 3, 3, tzinfo=UTC)


def test_a_later_day_above_the_headline_is_todays_and_the_update_stands() -> None:
    # The masthead's today (3 June 2025) is after the update: the update's date is the page's, as before.
    byline = '<p class="byline">By Jo Lee | Updated 14:32 BST, 5 March 2024</p>'
    assert read_articles(page(byline), "html", ReadOptions()).articles[0].published_at == datetime(
        2024, 3, 5, 13, 32, tzinfo=UTC)


def test_a_related_storys_day_above_the_headline_is_no_edition_day() -> None:
    # "Most read" above the article, its story dated 2 May 2023: no edition's day, the update's stands
    header = '<h1>Rail fares to rise</h1><p class="byline">By Jo Lee | Updated 14:32 BST, 5 March 2024</p>'
    html = page("").replace(MASTHEAD.encode(), SIDEBAR.encode()).replace(
        b"<h1>Rail fares to rise</h1>", header.encode())
    assert read_articles(html, "html", ReadOptions()).articles[0].published_at == datetime(
        2024, 3, 5, 13, 32, tzinfo=UTC)


@pytest.mark.parametrize(
    ("byline", "expected"),
    [
        # A zone in brackets: read as no zone, 14:20 UTC, nine hours off.
        ('<p class="date">Tuesday, March 5, 2024 14:20 (JST)</p>', datetime(2024, 3, 5, 5, 20, tzinfo=UTC)),
        ('<p class="date">March 5, 2024 2:20 PM (EST)</p>', datetime(2024, 3, 5, 19, 20, tzinfo=UTC)),
        # A bar between the day and its time, and a time in CJK characters: the page kept its day alone.
        ('<p class="date">March 5, 2024 | 14:20 JST</p>', datetime(2024, 3, 5, 5, 20, tzinfo=UTC)),
        ('<p class="date">2024年3月5日 14時20分 JST</p>', datetime(2024, 3, 5, 5, 20, tzinfo=UTC)),
        ('<p class="date">2024年3月5日(火) 午後2時20分</p>', datetime(2024, 3, 5, 14, 20, tzinfo=UTC)),
        ('<p class="date">2024년 3월 5일 오후 2:20 KST</p>', datetime(2024, 3, 5, 5, 20, tzinfo=UTC)),
    ],
)
def test_a_bylines_zone_in_brackets_bar_or_cjk_time_is_read(byline: str, expected: datetime) -> None:
    [article] = read_articles(page(byline), "html", ReadOptions()).articles
    assert article.published_at == expected


def test_an_ambiguous_zone_in_brackets_is_not_read_as_utc() -> None:
    # IST is India's, Ireland's or Israel's: the time is left unread rather than hours off (it was 14:20 UTC).
    [article] = read_articles(page('<p class="date">Tuesday, March 5, 2024 14:20 (IST)</p>'), "html",
                              ReadOptions()).articles
    assert article.published_at != datetime(2024, 3, 5, 14, 20, tzinfo=UTC)


@pytest.mark.parametrize("byline", ['<p class="byline">Updated 14:32 IST, 5 March 2024</p>',
                                    '<p class="date">Updated - March 05, 2024 10:14 pm IST</p>',
                                    '<p>Updated - March 05, 2024 10:14 pm IST</p>',
                                    '<p class="date">Published: 5 March 2024, 10:14 AST</p>'])
def test_a_bylines_day_whose_zone_names_several_is_read_without_its_time(byline: str) -> None:
    # IST is India's, Ireland's and Israel's, AST the Atlantic's and Arabia's: on a page whose language names no
    # country the time is left unread (hours off either way), the day as written is the page's, as a text file's is.
    # The page was undated
    [article] = read_articles(page(byline), "html", ReadOptions()).articles
    assert article.published_at == datetime(2024, 3, 5, tzinfo=UTC)


def test_a_bylines_day_with_a_word_for_a_zone_in_a_sentence_stays_unread() -> None:
    [article] = read_articles(page('<p class="date">Flight XYZ 2024 left at 22:14</p>'), "html",
                              ReadOptions()).articles
    assert article.published_at is None


def test_a_bylines_time_before_a_bar_and_its_day_is_read() -> None:
    # The bar after the time, as before it ("March 5, 2024 | 14:20 JST"): the page kept its day alone (00:00 UTC).
    [article] = read_articles(page('<p class="date">14:20 JST | March 5, 2024</p>'), "html", ReadOptions()).articles
    assert article.published_at == datetime(2024, 3, 5, 5, 20, tzinfo=UTC)


@pytest.mark.parametrize(
    ("lang", "byline", "month"),
    [
        # "listopada" with its day's full stop was read as Croatian's October; Polish's "dnia" (on the day) before
        # it, "r." (roku) after its year or the page's language say Polish, whose "listopada" is November.
        ("", '<p class="date">Opublikowano dnia 15. listopada 2024</p>', 11),
        ("", '<p class="date">15. listopada 2024 r.</p>', 11),
        (' lang="pl"', '<p class="date">15. listopada 2024</p>', 11),
        (' lang="hr"', '<p class="date">15. listopada 2024.</p>', 10),
        ("", '<p class="date">15. listopada 2024.</p>', 10),
    ],
)
def test_a_polish_bylines_listopada_is_november(lang: str, byline: str, month: int) -> None:
    data = page(byline).replace(b"<html>", f"<html{lang}>".encode())
    [item] = read_articles(data, "html").articles
    assert item.published_at is not None
    assert (item.published_at.month, item.published_at.day) == (month, 15)


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        # A byline's time without a zone, no <time> of the same clock time: the page's other dates' one offset.
        ('<meta property="article:modified_time" content="2024-03-05T16:10:00+01:00">',
         datetime(2024, 3, 5, 13, 30, tzinfo=UTC)),
        ('<meta property="article:modified_time" content="2024-03-06T08:00:00-05:00">',  # the next day's
         datetime(2024, 3, 5, 19, 30, tzinfo=UTC)),
        # none, two offsets that disagree, or one months away (its summer's): UTC, as before
        ("", datetime(2024, 3, 5, 14, 30, tzinfo=UTC)),
        ('<meta property="article:modified_time" content="2024-03-05T16:10:00+01:00">'
         '<meta property="og:updated_time" content="2024-03-05T15:10:00Z">', datetime(2024, 3, 5, 14, 30, tzinfo=UTC)),
        ('<meta property="article:modified_time" content="2024-07-05T16:10:00+02:00">',
         datetime(2024, 3, 5, 14, 30, tzinfo=UTC)),
    ],
)
def test_a_bylines_time_without_a_zone_takes_the_one_zone_of_the_pages_dates(head: str, expected: datetime) -> None:
    data = page('<p class="byline">By Jo Lee | Published 5 March 2024 14:30</p>').replace(
        b"</title></head>", f"</title>{head}</head>".encode())
    [item] = read_articles(data, "html").articles
    assert item.published_at == expected


CROATIAN = ("<p>Gradsko vijeće je u četvrtak odobrilo izgradnju nove tramvajske linije koja će povezati istočne "
            "dijelove grada sa središtem, rekao je gradonačelnik.</p><p>Radovi bi trebali početi sljedeće godine, a "
            "cijeli projekt stajat će oko 120 milijuna eura, što je više nego što se očekivalo.</p>")
POLISH = ("<p>Rada Ministrów przyjęła we wtorek projekt ustawy, który zakłada, że deficyt nie wzrośnie, jak "
          "powiedział minister finansów.</p><p>Opozycja zapowiedziała, że nie poprze projektu, ponieważ jest on "
          "jej zdaniem zbyt optymistyczny, a wydatki już rosną.</p>")


@pytest.mark.parametrize(
    ("lang", "byline", "story", "month"),
    [
        # A page that writes no language: its words say which month "listopada" is. A Croatian byline's day
        # without its full stop was read as Polish's November, a Polish one's with it as Croatian's October.
        ("", '<p class="date">Objavljeno 3 listopada 2024 u 09:15</p>', CROATIAN, 10),
        ("", '<p class="date">Opublikowano: 3. listopada 2024, 10:30</p>', POLISH, 11),
        (' lang="hr"', '<p class="date">3 listopada 2024</p>', CROATIAN, 10),  # its language said so, and was lost
        # words of neither language: the day's full stop decides, as before
        ("", '<p class="date">3. listopada 2024.</p>', "<p>Fares rise in May, the operator said on Monday.</p>", 10),
    ],
)
def test_a_pages_words_say_which_month_listopada_is(lang: str, byline: str, story: str, month: int) -> None:
    data = (f"<html{lang}><head><title>Vijesti</title></head><body><article><h1>Nova linija</h1>{byline}{story}"
            "</article></body></html>").encode()
    [item] = read_articles(data, "html").articles
    assert item.published_at is not None
    assert (item.published_at.month, item.published_at.day) == (month, 3)


@pytest.mark.parametrize(("byline", "expected"), [
    ('<p class="timestamp">03/05/2024 06:00 AM EST</p>', datetime(2024, 3, 5, 11, 0, tzinfo=UTC)),
    ('<p class="timestamp">Published 03/05/2024 10:15 PM PDT</p>', datetime(2024, 3, 6, 5, 15, tzinfo=UTC)),
])
def test_a_bylines_date_with_slashes_and_a_north_american_zone_is_read_month_first(
    byline: str, expected: datetime
) -> None:
    # As Politico prints its timestamp on a page whose language is "en": its time's zone is the US's (and Canada's),
    # which write the month first. The page was dated 3 May by the body's day, read day first
    [article] = read_articles(page(byline).replace(b"<html>", b'<html lang="en">'), "html", ReadOptions()).articles
    assert article.published_at == expected
    assert str(article.metadata.get("date_order", "")).startswith("month first")


@pytest.mark.parametrize("byline", ['<p class="timestamp">03/05/2024 06:00 GMT</p>',
                                    '<p class="timestamp">03/05/2024 06:00 AM</p>'])
def test_a_bylines_date_with_slashes_and_no_north_american_zone_stays_unordered(byline: str) -> None:
    [article] = read_articles(page(byline).replace(b"<html>", b'<html lang="en">'), "html", ReadOptions()).articles
    assert not str(article.metadata.get("date_order", "")).startswith("month first")


@pytest.mark.parametrize(("byline", "expected"), [
    ("<p>By Jane Doe</p><p>Updated 03/05/2024 10:15 PM PDT</p>", datetime(2024, 3, 6, 5, 15, tzinfo=UTC)),
    ("<p>Last updated 02/10/2024 6:45 PM CST</p>", datetime(2024, 2, 11, 0, 45, tzinfo=UTC)),
])
def test_an_updates_date_with_slashes_alone_under_the_headline_is_read_in_its_zones_order(
    byline: str, expected: datetime
) -> None:
    # The page's only date: htmldate read the same digits day first and the page was dated 3 May (10 February)
    data = (f'<html lang="en"><head><title>Rail fares to rise</title></head><body><article><h1>Rail fares to rise</h1>'
            f"{byline}{STORY}</article></body></html>").encode()
    [article] = read_articles(data, "html", ReadOptions()).articles
    assert article.published_at == expected


def test_a_bylines_day_beside_its_updates_day_is_read() -> None:
    # As CNA prints both under its headline, with no class that names them: the words beside each date were the
    # other's, too many for a byline, and the page was undated
    byline = "<p>05 Mar 2024 08:15PM<br>(Updated: 05 Mar 2024 09:30PM)</p>"
    [article] = read_articles(page(byline), "html", ReadOptions()).articles
    assert article.published_at == datetime(2024, 3, 5, 20, 15, tzinfo=UTC)


def test_two_days_of_an_event_under_the_headline_are_no_byline() -> None:
    [article] = read_articles(page("<p>From 5 March 2024 to 9 March 2024</p>"), "html", ReadOptions()).articles
    assert article.published_at is None
