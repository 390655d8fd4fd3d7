"""A newsroom's wire stories saved as .xml: NITF, NewsML-G2 and NewsML 1.x, each story an article."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from transforms.articles import ArticleFile, read_file_articles
from transforms.formats import FormatError, ReadOptions, format_of, read_articles

LEDE = "Dock workers returned to work on Tuesday after a three-week strike over pay ended with a deal."
DEAL = "The agreement gives workers a seven per cent rise this year, the union said."
NEXT = "Shipping lines said the backlog of containers would take weeks to clear."
WRAPPED = NEXT.replace("backlog of", "backlog\nof")  # a wire's text wrapped at a line's width

NITF = f"""<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE nitf SYSTEM "nitf-3-6.dtd">
<nitf xmlns="http://iptc.org/std/NITF/2006-10-18/" version="-//IPTC//DTD NITF 3.6//EN">
 <head><title>PORTS-STRIKE</title><docdata><doc-id id-string="PW-20240305-0042"/>
  <date.issue norm="20240305T142000Z"/></docdata></head>
 <body><body.head><hedline><hl1>Port strike ends after pay deal</hl1></hedline><byline>By Jane Doe</byline>
   <dateline><location>FELIXSTOWE</location></dateline></body.head>
  <body.content><block><p>{LEDE}</p><p>{DEAL.replace("seven", "<em>seven</em>")}</p></block>
   <table><tr><td>2024</td><td>7%</td></tr></table>
   <media media-type="image"><media-caption>Cranes</media-caption></media>
   <block><hl2>What comes next</hl2><p>{NEXT}</p></block></body.content></body></nitf>"""


def read(xml: str) -> list:
    return read_articles(xml.encode(), format_of("story.xml") or "", ReadOptions()).articles


def test_a_nitf_story_is_its_headline_date_byline_and_paragraphs() -> None:
    # It was not_records: "XML, but not an RSS or Atom feed (its document element is <nitf>)".
    [article] = read(NITF)
    assert article.title == "Port strike ends after pay deal"  # the story's headline, not its slug's <title>
    assert article.published_at == datetime(2024, 3, 5, 14, 20, tzinfo=UTC)
    assert article.authors == ("Jane Doe",)
    assert article.key == "id=PW-20240305-0042"
    # its table and photo caption are no paragraphs, its section heading is one
    assert article.text.split("\n\n") == ["Port strike ends after pay deal", LEDE, DEAL, "What comes next", NEXT]


@pytest.mark.parametrize(
    ("byline", "authors"),
    [
        ("By MARY CLARE JALONICK<byttl>Associated Press</byttl>", ("MARY CLARE JALONICK",)),
        ("By <person>Jane Doe</person> and <person>John Roe</person>, <byttl>Reuters</byttl>",
         ("Jane Doe", "John Roe")),
    ],
)
def test_a_nitf_bylines_title_is_no_author(byline: str, authors: tuple[str, ...]) -> None:
    # Its <byttl> (the writer's agency or title) was read into the name: "MARY CLARE JALONICKAssociated Press".
    [article] = read(NITF.replace("<byline>By Jane Doe</byline>", f"<byline>{byline}</byline>"))
    assert article.authors == authors


def test_a_nitf_story_without_a_headline_is_titled_by_its_head() -> None:
    [article] = read(f"<nitf><head><title>Strike ends</title></head><body><body.content><p>{LEDE}</p>"
                     "</body.content></body></nitf>")
    assert (article.title, article.published_at) == ("Strike ends", None)


@pytest.mark.parametrize("xml", [
    f"<nitf><head><title>Cut</title></head><body><body.content><p>{LEDE}</p></body.content></nitf>",  # mismatched
    '<!DOCTYPE nitf [<!ENTITY a "aaaa">]><nitf><body><body.content><p>&a;</p></body.content></body></nitf>',
])
def test_a_broken_nitf_file_is_not_records(xml: str) -> None:
    with pytest.raises(FormatError) as error:
        read(xml)
    assert error.value.reason == "not_records"


def test_a_nitf_story_without_paragraphs_is_a_bad_record() -> None:
    result = read_articles(b"<nitf><head><title>Photo</title></head><body><body.content><media/></body.content>"
                           b"</body></nitf>", "feed", ReadOptions())
    assert result.articles == [] and [bad.reason for bad in result.bad] == ["no_text"]


def test_a_file_of_several_nitf_stories_is_an_article_each() -> None:
    # A wire's day in one file, <nitf> after <nitf> under a root of its own: it was not_records ("XML, but not an
    # RSS or Atom feed (its document element is <nitf-collection>)").
    story = NITF.split("?>", 1)[1].split("<nitf ", 1)[1]
    second = (f"<nitf><head><title>FERRY</title><docdata><date.issue norm='20240306T090000Z'/></docdata></head>"
              f"<body><body.head><hedline><hl1>Ferry timetable cut</hl1></hedline></body.head><body.content>"
              f"<p>{NEXT}</p></body.content></body></nitf>")
    articles = read(f'<?xml version="1.0"?><nitf-collection><nitf {story}{second}</nitf-collection>')
    assert [(a.title, a.published_at, a.key) for a in articles] == [
        ("Port strike ends after pay deal", datetime(2024, 3, 5, 14, 20, tzinfo=UTC), "id=PW-20240305-0042"),
        ("Ferry timetable cut", datetime(2024, 3, 6, 9, 0, tzinfo=UTC), "record=2"),
    ]
    assert articles[1].text == f"Ferry timetable cut\n\n{NEXT}"


G2 = 'xmlns="http://iptc.org/std/nar/2006-10-01/"'


def g2_item(guid: str, headline: str, content: str, meta: str = "") -> str:
    return (f'<newsItem guid="{guid}" standard="NewsML-G2"><itemMeta><itemClass qcode="ninat:text"/>{meta}'
            f'<versionCreated>2024-03-06T09:00:00Z</versionCreated></itemMeta><contentMeta><headline>{headline}'
            f'</headline><language tag="en-GB"/><creator><name>Jane Doe</name></creator></contentMeta>'
            f'<contentSet>{content}</contentSet></newsItem>')


def test_a_newsml_g2_item_carrying_nitf_is_an_article() -> None:
    inline = f'<inlineXML contenttype="application/nitf+xml">{NITF.split("?>", 1)[1].split("]>", 1)[-1]}</inlineXML>'
    inline = inline.replace("<!DOCTYPE nitf SYSTEM \"nitf-3-6.dtd\">", "")
    item = g2_item("urn:newsml:pw:20240305:42", "Port strike ends", inline,
                   "<firstCreated>2024-03-05T14:20:00Z</firstCreated>").replace("<newsItem ", f"<newsItem {G2} ")
    [article] = read(item)
    assert (article.key, article.title, article.language) == ("id=urn:newsml:pw:20240305:42", "Port strike ends", "en")
    assert article.published_at == datetime(2024, 3, 5, 14, 20, tzinfo=UTC)  # first created, not this version
    assert article.authors == ("Jane Doe",)
    assert article.text.split("\n\n")[1:] == [LEDE, DEAL, "What comes next", NEXT]


def test_a_newsml_g2_message_is_an_article_per_item_and_one_without_text_a_bad_record() -> None:
    xhtml = (f'<inlineXML contenttype="application/xhtml+xml"><html xmlns="http://www.w3.org/1999/xhtml"><body>'
             f'<h1>Port strike ends</h1><p>{LEDE}</p></body></html></inlineXML>')
    plain = f'<inlineData contenttype="text/plain">{WRAPPED}\n\n{DEAL}</inlineData>'
    photo = '<remoteContent href="https://wire.test/photo.jpg" contenttype="image/jpeg"/>'
    message = (f"<newsMessage {G2}><header/><itemSet>{g2_item('urn:a:1', 'Port strike ends', xhtml)}"
               f"{g2_item('urn:a:2', 'Backlog', plain)}{g2_item('urn:a:3', 'Cranes', photo)}</itemSet></newsMessage>")
    result = read_articles(message.encode(), "feed", ReadOptions())
    assert [a.text.split("\n\n") for a in result.articles] == [["Port strike ends", LEDE], ["Backlog", NEXT, DEAL]]
    assert result.articles[0].published_at == datetime(2024, 3, 6, 9, tzinfo=UTC)  # its one date, this version's
    assert [(bad.record, bad.reason) for bad in result.bad] == [(3, "no_text")]


@pytest.mark.parametrize("data", [
    '<inlineData contenttype="image/jpeg" encoding="base64">/9j/4AAQSkZJRgABAQEASABIAAD/2wBDAAYEBQYF</inlineData>',
    '<inlineData encoding="base64">VGhlIGJhY2tsb2cgb2YgY29udGFpbmVycw==</inlineData>',
    '<inlineData contenttype="application/pdf">%PDF-1.7 %âãÏÓ 1 0 obj</inlineData>',
])
def test_a_newsml_g2_items_inline_bytes_are_no_text(data: str) -> None:
    result = read_articles(g2_item("urn:a:4", "Cranes", data).encode(), "feed", ReadOptions())
    assert (result.articles, [bad.reason for bad in result.bad]) == ([], ["no_text"])


def test_a_newsml_1_item_is_an_article() -> None:
    news = (f"<NewsML><NewsEnvelope><DateAndTime>20240306T090000Z</DateAndTime></NewsEnvelope><NewsItem>"
            f"<Identification><NewsIdentifier><PublicIdentifier>urn:newsml:pw:1</PublicIdentifier></NewsIdentifier>"
            f"</Identification><NewsManagement><FirstCreated>20240305T142000Z</FirstCreated></NewsManagement>"
            f"<NewsComponent><NewsLines><HeadLine>Port strike ends</HeadLine></NewsLines><ContentItem><DataContent>"
            f"<nitf><body><body.content><p>{LEDE}</p></body.content></body></nitf></DataContent></ContentItem>"
            f"<ContentItem Href='photo.jpg'/></NewsComponent></NewsItem></NewsML>")
    [article] = read(news)
    assert (article.key, article.title, article.text) == ("id=urn:newsml:pw:1", "Port strike ends",
                                                          f"Port strike ends\n\n{LEDE}")
    assert article.published_at == datetime(2024, 3, 5, 14, 20, tzinfo=UTC)


def test_a_newsml_1_items_photos_and_their_captions_are_no_text() -> None:
    text = (f"<ContentItem><MediaType FormalName='Text'/><MimeType FormalName='text/vnd.IPTC.NITF'/><DataContent>"
            f"<nitf><body><body.content><p>{LEDE}</p></body.content></body></nitf></DataContent></ContentItem>")
    photo = ("<ContentItem><MediaType FormalName='Photo'/><MimeType FormalName='image/jpeg'/>"
             "<Encoding Notation='base64'><DataContent>/9j/4AAQSkZJRgABAQEASABIAAD/2wBDAAYEBQYFBAYG</DataContent>"
             "</Encoding></ContentItem>")
    caption = ("<NewsComponent><Role FormalName='Caption'/><ContentItem><MediaType FormalName='Text'/><DataContent>"
               "Cranes stand idle at the port.</DataContent></ContentItem></NewsComponent>")
    news = (f"<NewsML><NewsItem><NewsComponent><NewsLines><HeadLine>Port strike ends</HeadLine></NewsLines>"
            f"<NewsComponent><Role FormalName='Main'/>{text}</NewsComponent>"
            f"<NewsComponent><Role FormalName='Picture'/>{photo}{caption}</NewsComponent></NewsComponent></NewsItem>"
            f"</NewsML>")
    [article] = read(news)
    assert article.text == f"Port strike ends\n\n{LEDE}"


def test_a_newsml_g2_items_main_headline_is_its_title_else_its_nitfs() -> None:
    nitf = ('<inlineXML><nitf><body><body.head><hedline><hl1>Port strike ends after pay deal</hl1></hedline>'
            f'</body.head><body.content><p>{LEDE}</p></body.content></body></nitf></inlineXML>')
    roles = g2_item("urn:a:1", "Strike ends", nitf).replace(
        "<headline>Strike ends</headline>", '<headline role="hlrole:short">Strike ends</headline>'
        '<headline role="hlrole:main">Port strike ends, union hails rise</headline>')
    untitled = g2_item("urn:a:2", "", nitf).replace("<headline></headline>", "")
    titles = [article.title for article in read(f"<newsMessage><itemSet>{roles}{untitled}</itemSet></newsMessage>")]
    assert titles == ["Port strike ends, union hails rise", "Port strike ends after pay deal"]


@pytest.mark.parametrize("status", ['qcode="stat:canceled"', 'uri="http://cv.iptc.org/newscodes/pubstatusg2/canceled"'])
def test_a_withdrawn_newsml_g2_item_is_a_bad_record_not_an_article(status: str) -> None:
    # A canceled item was read as any other article: a story its wire withdrew, labelled and counted.
    nitf = f'<inlineXML><nitf><body><body.content><p>{LEDE}</p></body.content></body></nitf></inlineXML>'
    kept = g2_item("urn:a:1", "Port strike ends", nitf, '<pubStatus qcode="stat:usable"/>')
    withdrawn = g2_item("urn:a:2", "Port strike ends (withdrawn)", nitf, f"<pubStatus {status}/>")
    result = read_articles(f"<newsMessage><itemSet>{kept}{withdrawn}</itemSet></newsMessage>".encode(), "feed",
                           ReadOptions())
    assert [article.key for article in result.articles] == ["id=urn:a:1"]
    assert [(bad.record, bad.reason) for bad in result.bad] == [(2, "withdrawn")]
    alone = read_articles(withdrawn.encode(), "feed", ReadOptions())
    assert alone.articles == [] and [bad.reason for bad in alone.bad] == ["withdrawn"]


def test_a_withheld_newsml_g2_item_is_a_bad_record_until_the_wire_releases_it() -> None:
    # An embargoed item (stat:withheld) was read and published before its embargo lifted; its usable version is read.
    nitf = f'<inlineXML><nitf><body><body.content><p>{LEDE}</p></body.content></body></nitf></inlineXML>'
    held = g2_item("urn:a:1", "Port strike ends", nitf, '<pubStatus qcode="stat:withheld"/>')
    result = read_articles(held.encode(), "feed", ReadOptions())
    assert result.articles == [] and [bad.reason for bad in result.bad] == ["withheld"]
    assert "embargo" in result.bad[0].detail
    released = held.replace("stat:withheld", "stat:usable")
    assert [a.key for a in read_articles(released.encode(), "feed", ReadOptions()).articles] == ["id=urn:a:1"]


@pytest.mark.parametrize("name", ["story.nitf", "ITEM.NEWSML", "story.nitf.gz"])
def test_a_wire_file_named_by_its_format_is_read(name: str) -> None:
    # .nitf and .newsml files were unsupported_format: a wire's files are often so named.
    assert format_of(name) == "feed"
    [article] = read_articles(NITF.encode(), format_of(name) or "", ReadOptions()).articles
    assert article.title == "Port strike ends after pay deal"


def test_nested_caption_components_are_no_text_at_any_depth() -> None:
    # Captions inside captions (a gallery's parts) are left out, each walked once (they were gathered again for every
    # caption around them: 20,000 nested took about a minute; no timed assertion here, the README's rule).
    depth = 50
    news = (f"<NewsML><NewsItem><NewsComponent><ContentItem><DataContent>{LEDE}</DataContent></ContentItem>"
            + "<NewsComponent><Role FormalName='Caption'/><ContentItem><DataContent>A photo's caption.</DataContent>"
              "</ContentItem>" * depth + "</NewsComponent>" * depth
            + "</NewsComponent></NewsItem></NewsML>")
    [article] = read(news)
    assert article.text == LEDE


def test_a_newsml_1_storys_equivalent_renditions_are_read_once() -> None:
    # A component listing equivalents holds the same story in two formats (plain text and NITF): the first is read.
    plain = f"<ContentItem><MimeType FormalName='text/plain'/><DataContent>{LEDE}\n\n{DEAL}</DataContent></ContentItem>"
    nitf = (f"<ContentItem><MimeType FormalName='text/vnd.IPTC.NITF'/><DataContent><nitf><body><body.content>"
            f"<p>{LEDE}</p><p>{DEAL}</p></body.content></body></nitf></DataContent></ContentItem>")
    news = (f"<NewsML><NewsItem><NewsComponent><NewsLines><HeadLine>Port strike ends</HeadLine></NewsLines>"
            f"<NewsComponent EquivalentsList='yes'><BasisForChoice>./MimeType</BasisForChoice>"
            f"<ContentItem Href='photo.jpg'/>{plain}{nitf}</NewsComponent></NewsComponent></NewsItem></NewsML>")
    [article] = read(news)
    assert article.text == f"Port strike ends\n\n{LEDE}\n\n{DEAL}"


@pytest.mark.parametrize(("xml", "named"), [
    (f"<nitf><head><title>Cut</title></head><body><body.content><p>{LEDE}</p></body.content></nitf>",
     "not a readable NITF story: not well-formed XML (mismatched tag at line 1, column "),
    (f"<newsItem><contentSet><inlineData>{LEDE}</inlineXML></contentSet></newsItem>",
     "not a readable NewsML file: not well-formed XML (mismatched tag at line 1, column "),
    (f'<?xml version="1.0"?><NewsML><NewsItem><DataContent>{LEDE}</NewsItem></NewsML>',
     "not a readable NewsML file: not well-formed XML (mismatched tag at line 1, column "),
    ('<!DOCTYPE nitf [<!ENTITY a "aaaa">]><nitf><body><body.content><p>&a;</p></body.content></body></nitf>',
     "not a readable NITF story: it declares entities (<!ENTITY a>)"),
    ("<rss><channel><item></channel></rss>", "not a feed: not well-formed XML (mismatched tag"),
])
def test_a_broken_wire_file_is_named_what_its_first_element_says(xml: str, named: str) -> None:
    # its quarantine detail said "not a feed" of a broken NITF story or NewsML file; the reason is still not_records
    with pytest.raises(FormatError) as error:
        read(xml)
    assert error.value.reason == "not_records" and error.value.detail.startswith(named)


def test_a_cut_off_nitf_story_read_once_is_named_a_nitf_story() -> None:
    with pytest.raises(FormatError) as error:
        read_articles(f"<nitf><body><body.content><p>{LEDE}".encode(), "feed", ReadOptions(unfinished=False))
    assert error.value.detail.startswith("not a readable NITF story: it ends before its elements close (")


@pytest.mark.parametrize(("name", "named"), [("story.nitf", "NITF story"), ("in/ITEM.NewsML.gz", "NewsML file")])
def test_a_broken_wire_file_no_element_names_is_named_by_its_extension(name: str, named: str) -> None:
    # a file of its wire's name that holds no XML at all (a text, a server's error) is said to be what its name says
    with pytest.raises(FormatError) as error:
        read_file_articles(ArticleFile(f"/in/{name}", b"Service unavailable, try later.", relative_path=name))
    assert error.value.reason == "not_records"
    assert error.value.detail == f"not a readable {named}: not well-formed XML (syntax error at line 1, column 1)"
    with pytest.raises(FormatError) as feed:  # a feed's name keeps the feed's detail
        read_file_articles(ArticleFile("/in/news.xml", b"Service unavailable, try later.", relative_path="news.xml"))
    assert feed.value.detail.startswith("not a feed: not well-formed XML")
