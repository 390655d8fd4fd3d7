"""An HTML page's site name from the end of its <title>, where the page names its site nowhere else."""

from __future__ import annotations

import pytest

from transforms.formats import ReadOptions, read_articles

_BODY = ("<p>Der Bundestag in Berlin hat am Freitag das umstrittene Gebäudeenergiegesetz verabschiedet. Für das Gesetz "
         "stimmten 399 Abgeordnete, 275 stimmten dagegen.</p><p>Ab 2024 sollen neu eingebaute Heizungen zu mindestens "
         "65 Prozent mit erneuerbaren Energien betrieben werden. Für bestehende Gebäude gelten lange Übergangsfristen."
         "</p>")


def _read(title: str, head: str = "", h1: str | None = None) -> tuple[str | None, str | None]:
    heading = f"<h1>{h1}</h1>" if h1 else ""
    page = f"<html><head><title>{title}</title>{head}</head><body><main>{heading}{_BODY}</main></body></html>"
    article = read_articles(page.encode(), "html", ReadOptions()).articles[0]
    return article.title, article.site


def test_the_site_name_after_a_bar_in_the_title_is_the_site_where_the_h1_is_the_rest() -> None:
    # A Nordkurier page: no og:site_name, no JSON-LD; its site was null.
    title = "Bundestag beschließt Heizungsgesetz"
    assert _read(f"{title} | Nordkurier Online", h1=title) == (title, "Nordkurier Online")


@pytest.mark.parametrize(
    ("site", "separator", "head"),
    [
        ("BBC News", "-", '<link rel="canonical" href="https://www.bbc.co.uk/news/uk-123">'),
        ("Nordkurier Online", "::", '<meta property="og:url" content="https://www.nordkurier.de/politik/x">'),
    ],
    ids=["canonical", "og-url"],
)
def test_a_title_part_holding_the_hosts_name_is_the_site_and_leaves_the_headline(site: str, separator: str,
                                                                                  head: str) -> None:
    # trafilatura gave the host name ("bbc.co.uk") or nothing.
    assert _read(f"Rail fares rise {separator} {site}", head) == ("Rail fares rise", site)


def test_a_page_naming_its_site_in_og_site_name_keeps_that_name() -> None:
    head = '<meta property="og:site_name" content="Die Tageszeitung">'
    title = "Bundestag beschließt Heizungsgesetz"
    assert _read(f"{title} | Nordkurier Online", head, h1=title) == (title, "Die Tageszeitung")
    assert _read(f"{title} | Die Tageszeitung", head) == (title, "Die Tageszeitung")


@pytest.mark.parametrize("h1", [None, "Covid-19 - what we know"])
def test_a_headline_with_a_dash_and_no_confirmation_keeps_its_words_and_names_no_site(h1: str | None) -> None:
    # Without an <h1>, trafilatura cut the <title> at its dash: "Covid-19".
    assert _read("Covid-19 - what we know", h1=h1) == ("Covid-19 - what we know", None)


def test_a_title_part_confirmed_by_nothing_is_no_site() -> None:
    assert _read("Heizungsgesetz | Politik Aktuell", h1="Bundestag beschließt Heizungsgesetz")[1] is None


def test_a_section_between_the_headline_and_the_site_is_left_out() -> None:
    title = "Bundestag beschließt Heizungsgesetz"
    assert _read(f"{title} | Politik | Nordkurier", h1=title) == (title, "Nordkurier")


@pytest.mark.parametrize(
    ("site", "head", "h1"),
    [
        ("Süddeutsche Zeitung", '<link rel="canonical" href="https://www.sueddeutsche.de/politik/heizung-1.html">',
         None),
        ("Новая газета", "", "Bundestag beschließt Heizungsgesetz"),
        ("Ελευθεροτυπία", "", "Bundestag beschließt Heizungsgesetz"),
    ],
    ids=["host-spelled", "cyrillic", "greek"],
)
def test_a_site_name_in_other_letters(site: str, head: str, h1: str | None) -> None:
    title = "Bundestag beschließt Heizungsgesetz"
    assert _read(f"{title} | {site}", head, h1) == (title, site)


_COURIER = '<link rel="canonical" href="https://www.thecourier.co.uk/news/budget-1.html">'


@pytest.mark.parametrize("separator", ["·", "•"])
@pytest.mark.parametrize("h1", [None, "Bundestag beschließt Heizungsgesetz"])
def test_a_middle_dot_or_bullet_parts_the_title_as_a_bar_does(separator: str, h1: str | None) -> None:
    # The site was the host name, "thecourier.co.uk".
    title = "Bundestag beschließt Heizungsgesetz"
    assert _read(f"{title} {separator} The Courier", _COURIER, h1) == (title, "The Courier")


@pytest.mark.parametrize("separator", ["·", "•", "|", "-"])
def test_a_site_name_first_in_the_title_is_the_site_and_the_rest_the_headline(separator: str) -> None:
    # Without an <h1>, trafilatura took the first part for the headline: "The Courier".
    title = "Bundestag beschließt Heizungsgesetz"
    assert _read(f"The Courier {separator} {title}", _COURIER) == (title, "The Courier")
    assert _read(f"The Courier {separator} {title}", '<meta property="og:site_name" content="The Courier">') == (
        title, "The Courier")


def test_a_rubric_first_in_the_title_is_no_site() -> None:
    title = "Bundestag beschließt Heizungsgesetz"
    assert _read(f"Opinion · {title}", h1=title) == (title, None)


_BBC = '<link rel="canonical" href="https://www.bbc.co.uk/news/uk-123">'


@pytest.mark.parametrize("h1", [None, "BBC Proms 2024 - Bundestag beschließt Heizungsgesetz"])
def test_a_headline_opening_with_the_hosts_name_keeps_its_first_words(h1: str | None) -> None:
    # "BBC Proms 2024" holds the host's label, as a site's name does: it was the site, the headline the rest.
    title = "BBC Proms 2024 - Bundestag beschließt Heizungsgesetz"
    assert _read(title, _BBC, h1)[0] == title


@pytest.mark.parametrize("site", ["BBC News", "The Courier"])
def test_the_hosts_name_first_with_one_word_of_its_own_is_the_site(site: str) -> None:
    title = "Bundestag beschließt Heizungsgesetz"
    head = _BBC if site.startswith("BBC") else _COURIER
    assert _read(f"{site} · {title}", head) == (title, site)


@pytest.mark.parametrize(("site", "url"), [
    ("Yahoo Finance", "https://finance.yahoo.com/news/a"), ("BBC Weather", "https://www.bbc.co.uk/weather/a"),
    ("CNN Travel", "https://edition.cnn.com/travel/a"),
])
def test_the_hosts_name_first_with_a_branded_sections_word_is_the_site(site: str, url: str) -> None:
    # they were the headline's first words, beside the host name as the site
    title = "Bundestag beschließt Heizungsgesetz"
    assert _read(f"{site} - {title}", f'<link rel="canonical" href="{url}">') == (title, site)


_BBC_NEWS = '<meta property="og:site_name" content="BBC News">'


@pytest.mark.parametrize("head", [_BBC, _BBC + _BBC_NEWS, _BBC_NEWS], ids=["host", "host-and-og", "og"])
@pytest.mark.parametrize("rest", ["Full line-up announced", "Full Line-Up Announced"], ids=["sentence", "title-case"])
def test_a_first_part_that_is_not_the_sites_name_stays_in_the_headline(head: str, rest: str) -> None:
    # "BBC Proms" holds the host's label but is not the site's name (bbc.co.uk's "BBC News"): it was the site,
    # the headline "Full line-up announced", or "BBC Proms" alone beside the og:site_name.
    title = f"BBC Proms - {rest}"
    headline, site = _read(title, head)
    assert headline == title
    assert site != "BBC Proms"
    if _BBC_NEWS in head:
        assert site == "BBC News"


@pytest.mark.parametrize("rest", ["Rates held at 4% for now", "The Bank Should Cut Rates Now"])
def test_a_rubric_first_in_a_title_without_an_h1_is_not_the_headline(rest: str) -> None:
    # trafilatura took the <title>'s first part for the headline: the article was headlined "Opinion".
    assert _read(f"Opinion | {rest}") == (f"Opinion | {rest}", None)
