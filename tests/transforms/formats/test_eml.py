"""A newsletter saved as an e-mail (.eml): its Subject, Date and sender, and its text without the mail's boilerplate."""

from __future__ import annotations

import pytest

from transforms.formats import ReadOptions, format_of, read_articles
from transforms.formats.base import FormatError
from transforms.formats.newsletter_lines import without_newsletter_lines

NEWSLETTER = b"""From: The Morning Briefing <briefing@courier.test>
To: reader@example.test
Subject: =?utf-8?q?Morning_Briefing=3A_strikes=2C_storms_and_the_budget?=
Date: Wed, 06 Mar 2024 06:30:00 +0000
Message-ID: <abc123@courier.test>
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="B"

--B
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Junior doctors in England will strike for five days from next=
 Wednesday.

--B
Content-Type: text/html; charset="utf-8"

<html><body><table><tr><td><a href="https://courier.test/view">View in browser</a></td></tr>
<tr><td><h1>Morning Briefing</h1><p>Junior doctors in England will strike for five days from next Wednesday after
pay talks broke down, the British Medical Association said on Tuesday evening.</p>
<p>Storm Isha left 40,000 homes without power in Scotland overnight, and engineers expect repairs to take days.</p>
</td></tr><tr><td><p><a href="https://courier.test/unsubscribe">Unsubscribe</a> | <a href="https://courier.test/prefs">
Manage preferences</a></p></td></tr></table></body></html>
--B--
"""


def test_a_newsletters_subject_date_sender_and_text() -> None:
    assert format_of("briefing.eml") == "eml"  # it was unsupported_format
    [article] = read_articles(NEWSLETTER, "eml", ReadOptions()).articles
    assert article.title == "Morning Briefing: strikes, storms and the budget"
    assert article.published_at is not None and article.published_at.isoformat() == "2024-03-06T06:30:00+00:00"
    assert article.site == "The Morning Briefing"
    assert article.metadata["from"] == "briefing@courier.test"
    paragraphs = article.text.split("\n\n")
    assert paragraphs[0] == article.title
    assert any(p.startswith("Junior doctors in England will strike") for p in paragraphs)
    assert any(p.startswith("Storm Isha left 40,000 homes") for p in paragraphs)
    assert not any("Unsubscribe" in p or "View in browser" in p for p in paragraphs)


def test_a_plain_text_mail_is_read_by_its_text_part() -> None:
    plain = NEWSLETTER.split(b"--B\nContent-Type: text/html")[0] + b"--B--\n"
    [article] = read_articles(plain, "eml", ReadOptions()).articles
    # Its quoted-printable soft line break is no break.
    assert article.text.split("\n\n")[1] == "Junior doctors in England will strike for five days from next Wednesday."


def test_a_mail_without_a_text_part_has_no_article_text() -> None:
    mail = (b"From: a@b.test\nSubject: Scan\nContent-Type: multipart/mixed; boundary=X\n\n--X\n"
            b"Content-Type: application/pdf\nContent-Transfer-Encoding: base64\n\nJVBERi0=\n--X--\n")
    with pytest.raises(FormatError) as error:
        read_articles(mail, "eml", ReadOptions())
    assert error.value.reason == "no_article_text"


def test_a_file_that_is_no_mail_has_no_article_text() -> None:
    with pytest.raises(FormatError) as error:
        read_articles(b"\x00\x01garbage\xff\xfe", "eml", ReadOptions())
    assert (error.value.reason, error.value.detail) == (
        "no_article_text", "not an e-mail: no From, Subject or Date header before its text")


@pytest.mark.parametrize(("written", "site"), [
    (b"Message-ID: <:abc123@courier.test>", "The Morning Briefing"),
    (b"From: Desk: ; The Morning Briefing <briefing@courier.test>", "The Morning Briefing"),
])
def test_a_header_the_mail_parser_fails_on_is_read_as_written(written: bytes, site: str) -> None:
    # Python's header parser raised IndexError and AttributeError on these: the run stopped at the file.
    name = written.split(b":")[0] + b":"
    line = next(line for line in NEWSLETTER.split(b"\n") if line.startswith(name))
    [article] = read_articles(NEWSLETTER.replace(line, written), "eml", ReadOptions()).articles
    assert (article.title, article.site) == ("Morning Briefing: strikes, storms and the budget", site)
    assert article.published_at is not None


PLAIN_NEWSLETTER = b"""From: Jane Writer from The Policy Letter <thepolicyletter@substack.test>
Subject: Why the budget matters
Date: Tue, 05 Mar 2024 12:00:00 +0000
Content-Type: text/plain; charset=utf-8

View this email in your browser

Why the budget matters

The chancellor will set out tax and spending plans on Wednesday, with public services facing tight limits.

Share prices of builders rose after the housing announcement.

Share

Leave a comment

You are receiving this email because you signed up for The Policy Letter.

Unsubscribe | Update your preferences
"""


def test_a_plain_text_newsletters_furniture_is_no_article_text() -> None:
    [article] = read_articles(PLAIN_NEWSLETTER, "eml", ReadOptions()).articles
    paragraphs = article.text.split("\n\n")
    # The mail's actions and its reason for coming were body paragraphs, each labelled as the newsletter's words.
    assert paragraphs == [
        "Why the budget matters",
        "The chancellor will set out tax and spending plans on Wednesday, with public services facing tight limits.",
        "Share prices of builders rose after the housing announcement.",
    ]


def test_a_plain_text_newsletters_actions_with_their_links_are_no_article_text() -> None:
    mail = (b"From: Harbour Weekly <news@harbour.test>\nSubject: Ferry cuts\nDate: Fri, 08 Mar 2024 08:00:00 +0000\n"
            b"Content-Type: text/plain; charset=utf-8\n\nRead online: https://harbour.test/weekly/42\n\n"
            b"The island ferry will run twice a day from April, the operator said.\n\n"
            b"View in browser (https://harbour.test/v)\n\n"
            b"To unsubscribe from this list, click here: https://harbour.test/u\n")
    [article] = read_articles(mail, "eml", ReadOptions()).articles
    assert article.text.split("\n\n") == [
        "Ferry cuts", "The island ferry will run twice a day from April, the operator said."
    ]


def test_a_plain_text_mails_signature_is_no_article_text() -> None:
    body = b"The island ferry will run twice a day from April, the operator said.\n\n"
    head = (b"From: Harbour Weekly <news@harbour.test>\nSubject: Ferry cuts\nDate: Fri, 08 Mar 2024 08:00:00 +0000\n"
            b"Content-Type: text/plain; charset=utf-8\n\n")
    [signed] = read_articles(head + body + b"-- \nSam Roe\nHarbour Weekly, 1 Quay St\n", "eml", ReadOptions()).articles
    assert signed.text.split("\n\n") == ["Ferry cuts", body.decode().strip()]
    # A long text after a "--" line is the mail's own, a rule between its parts.
    rest = b"".join(b"Paragraph %d of the second story.\n\n" % n for n in range(15))
    [ruled] = read_articles(head + body + b"--\n" + rest, "eml", ReadOptions()).articles
    assert "Paragraph 14 of the second story." in ruled.text


HARBOUR = (b"From: Harbour Weekly <news@harbour.test>\nSubject: Ferry cuts\nDate: Fri, 08 Mar 2024 08:00:00 +0000\n"
           b"Content-Type: text/plain; charset=utf-8\n\n")


@pytest.mark.parametrize("paragraph", [
    "To unsubscribe from the gym chain, members must now visit a branch in person, the regulator said.",
    "You received a letter from the tax office about your pension? Most are routine, the agency says.",
])
def test_a_paragraph_of_prose_that_opens_as_a_mails_footer_is_the_articles(paragraph: str) -> None:
    # Opening with "To unsubscribe" or "You received" made a story's own paragraph a newsletter's footer.
    body = f"The island ferry will run twice a day from April.\n\n{paragraph}\n\nThe operator said fares hold.\n"
    [article] = read_articles(HARBOUR + body.encode(), "eml", ReadOptions()).articles
    assert paragraph in article.text.split("\n\n")


QUOTED = ("You are receiving this email because unusual activity was detected on your account, the message began, "
          "before asking readers to click a link and enter their card details.")
FOOTER = "You are receiving this email because you signed up for the Harbour Weekly newsletter."


def test_a_storys_paragraph_that_quotes_a_mails_why_is_the_articles_and_the_footer_still_none() -> None:
    # Where it stands between a story's paragraphs it is the story's (it was dropped as the mail's footer); after the
    # last of them, or at the top before any story, it is the mail's own.
    body = (f"Thousands of bank customers received a fake fraud alert on Monday morning, police said.\n\n{QUOTED}\n\n"
            "Police said the messages were sent from a server abroad and urged customers not to reply.\n\n"
            f"Unsubscribe | Update your preferences\n\n{FOOTER}\n\nCopyright © 2024 Harbour Weekly, All rights "
            "reserved.\n")
    [article] = read_articles(HARBOUR + body.encode(), "eml", ReadOptions()).articles
    paragraphs = article.text.split("\n\n")
    assert QUOTED in paragraphs and FOOTER not in paragraphs
    top = f"{FOOTER}\n\nThe island ferry will run twice a day from April, the operator said on Friday.\n"
    [headed] = read_articles(HARBOUR + top.encode(), "eml", ReadOptions()).articles
    assert FOOTER not in headed.text


def test_a_storys_last_paragraph_quoting_a_mails_why_is_the_articles() -> None:
    # Right before the footer no place tells it from the mail's own: its words do, a quote's attribution ("..., the
    # message said"), which no footer writes of itself. It was dropped.
    quoted = ("You are receiving this email because unusual activity was detected on your account, the message said.")
    body = (f"Thousands of bank customers received a fake fraud alert on Monday morning, police said.\n\n{quoted}\n\n"
            f"Unsubscribe | Update your preferences\n\n{FOOTER}\n")
    [article] = read_articles(HARBOUR + body.encode(), "eml", ReadOptions()).articles
    assert quoted in article.text.split("\n\n") and FOOTER not in article.text


STORY = "The central bank held interest rates at 5.25% on Thursday, as most economists had expected.\n\n"


@pytest.mark.parametrize("body", [
    # a sponsor's or publisher's line of prose after the footer (the footer was kept as the story's last paragraph)
    f"{STORY}{FOOTER}\n\nThis week's issue is brought to you by Quay Coffee, roasting beans on the quay since 1998.\n",
    # a header that names the mail but not its list (it was kept as the story's first paragraph)
    f"You are receiving this email because you are a member of the Harbour Sailing Club.\n\n{STORY}",
])
def test_a_mails_why_with_prose_after_or_a_header_naming_no_list_is_no_article_text(body: str) -> None:
    [article] = read_articles(HARBOUR + body.encode(), "eml", ReadOptions()).articles
    assert "You are receiving" not in article.text and STORY.strip() in article.text


def test_a_wrapped_lines_last_word_that_names_an_action_stays_in_its_sentence() -> None:
    # A plain-text mail wraps at 72 columns: "comment." alone on its line was taken for Substack's "Comment".
    body = b"The union and the ministry reached a deal on Monday. A spokesman for the ministry declined to\ncomment.\n"
    [article] = read_articles(HARBOUR + body, "eml", ReadOptions()).articles
    assert article.text.endswith("declined to\ncomment.")


def test_a_short_story_after_a_rule_is_no_signature() -> None:
    # A "--" rule before the mail's last story, under 12 lines: the story was cut as a signature.
    story = (b"And finally: the city's oldest bakery closes on Friday after\n112 years. Its owners, who are retiring, "
             b"said no buyer had come\nforward.\n")
    [article] = read_articles(HARBOUR + b"The island ferry will run twice a day.\n\n--\n" + story, "eml",
                              ReadOptions()).articles
    assert "oldest bakery" in article.text


def laid_out_in_tables(stories: list[tuple[str, str]], footer: str) -> bytes:
    rows = "".join(f'<tr><td><h2 style="font-family:Georgia">{heading}</h2></td></tr><tr><td>{text}</td></tr>'
                   for heading, text in stories)
    return (
        "From: Morning Brief <brief@news.test>\nSubject: Morning Brief: rates, rail and rain\n"
        "Date: Wed, 06 Mar 2024 06:30:00 +0000\nContent-Type: text/html; charset=utf-8\n\n"
        f'<html><body><table role="presentation"><tr><td><a href="/v">View this email in your browser</a></td></tr>'
        f"{rows}<tr><td>{footer}</td></tr></table></body></html>\n"
    ).encode()


def test_an_html_newsletters_section_headings_in_its_layout_table_are_paragraphs() -> None:
    # Two of three were lost: the first taken for the page's title, the second left out by extraction; and the
    # footer's "You are receiving this email because ..." was a body paragraph.
    stories = [
        ("Rates on hold", "The Bank of England kept interest rates at 5.25% on Thursday, saying inflation was "
                          "falling but still too high for a cut."),
        ("Rail strike called off", "Train drivers called off next week's strike after a new pay offer from the "
                                   "operators, their union said last night."),
        ("Flood warnings in the south-west", "The Environment Agency issued 30 flood warnings across Devon and "
                                             "Cornwall as heavy rain continued into a third day."),
    ]
    mail = laid_out_in_tables(stories, "You are receiving this email because you signed up for the Morning Brief.")
    [article] = read_articles(mail, "eml", ReadOptions()).articles
    assert article.title == "Morning Brief: rates, rail and rain"
    assert article.text.split("\n\n") == [article.title, *(part for story in stories for part in story)]


# Mailchimp's footer (its template's `*|LIST:COMPANY|*`, `*|HTML:LIST_ADDRESS_HTML|*` and links), as it sends it.
MAILCHIMP_FOOTER = (
    "<em>Copyright &copy; 2024 City Bulletin, All rights reserved.</em><br>You are receiving this email because you "
    "opted in via our website.<br><br><strong>Our mailing address is:</strong><br>City Bulletin<br>1 Main St<br>"
    "Springfield, IL 62701<br><br>Want to change how you receive these emails?<br>You can <a href=\"/p\">update your "
    "preferences</a> or <a href=\"/u\">unsubscribe from this list</a>."
)


def test_a_mailchimp_footer_after_its_copyright_line_is_no_article_text() -> None:
    # Its "You are receiving ..." after the copyright line, the mailing address and "Want to change how you receive
    # these emails?" were three body paragraphs.
    stories = [
        ("Budget approved", "The city council voted on Tuesday to approve a new budget that raises spending on schools "
                            "and public transport by more than ten percent over the next two years."),
        ("Library hours extended", "The central library will open until nine on weekdays from April, after a "
                                   "petition signed by more than four thousand residents."),
    ]
    [article] = read_articles(laid_out_in_tables(stories, MAILCHIMP_FOOTER), "eml", ReadOptions()).articles
    assert article.text.split("\n\n") == [article.title, *(part for story in stories for part in story)]
    plain = (b"From: City Bulletin <news@city.test>\nSubject: Budget approved\nContent-Type: text/plain; charset=utf-8"
             b"\n\nThe city council approved a new budget on Tuesday.\n\n============\n"
             b"Copyright (C) 2024 City Bulletin. All rights reserved.\n"
             b"You are receiving this email because you opted in via our website.\n\n"
             b"Our mailing address is:\nCity Bulletin\n1 Main St\nSpringfield, IL 62701\n\nWant to change how you "
             b"receive these emails?\nYou can update your preferences or unsubscribe from this list.\n")
    [article] = read_articles(plain, "eml", ReadOptions()).articles
    assert article.text.split("\n\n")[1:] == ["The city council approved a new budget on Tuesday."]


def test_a_copyright_line_and_the_senders_address_under_it_are_no_article_text() -> None:
    # Substack's plain-text footer: the address was a body paragraph with the copyright line.
    mail = (b"From: The Policy Letter <policy@substack.test>\nSubject: Budget approved\nContent-Type: text/plain; "
            b"charset=utf-8\n\nThe council approved a new budget on Tuesday.\n\nShare\n\n\xc2\xa9 2024 Jane Doe\n"
            b"548 Market Street PMB 72296, San Francisco, CA 94104\nUnsubscribe\n\n"
            b"\xc2\xa9 2024 figures from the council show a rise in spending on schools of ten percent.\n")
    [article] = read_articles(mail, "eml", ReadOptions()).articles
    assert article.text.split("\n\n")[1:] == [
        "The council approved a new budget on Tuesday.",
        "\u00a9 2024 figures from the council show a rise in spending on schools of ten percent.",
    ]


def plain_mail(body: str) -> bytes:
    return ("From: The Policy Letter <policy@letter.test>\nSubject: Rights roundup\nContent-Type: text/plain; "
            "charset=utf-8\n\n" + body).encode()


def test_a_section_on_copyright_is_article_text_where_no_copyright_sign_marks_a_footer() -> None:
    # A paragraph opening "Copyright 2024" and holding no sentence (a heading, a list of cases) was taken for
    # Substack's footer ("© 2024 Jane Doe" and the sender's address) and dropped.
    sections = ["Copyright 2024: the cases to watch",
                "Copyright 2024 rulings\nGetty v Stability: judgment due in May\nNYT v OpenAI: hearing set for June"]
    mail = plain_mail("The court heard the first day of arguments on Tuesday.\n\n" + "\n\n".join(sections))
    [article] = read_articles(mail, "eml", ReadOptions()).articles
    assert article.text.split("\n\n")[2:] == sections


@pytest.mark.parametrize("paragraph", [
    "Our mailing address is: 10 Downing Street, the minister joked in an email to staff about the move.",
    "Our mailing address is changing. From April, post for the food bank goes to 4 Mill Lane; email us with questions.",
])
def test_a_story_on_a_mailing_address_is_article_text(paragraph: str) -> None:
    # Mailchimp's "Our mailing address is:" over its sender's address made any paragraph opening so a footer's.
    mail = plain_mail("The court heard the first day of arguments on Tuesday.\n\n" + paragraph)
    [article] = read_articles(mail, "eml", ReadOptions()).articles
    assert article.text.split("\n\n")[-1] == paragraph


@pytest.mark.parametrize(("line", "kept"), [
    ("View this post on the web at https://thewaterdesk.substack.com/p/budget", False),  # Substack's plain-text head
    ("Officials met at https://council.test/minutes to vote on the budget.", True),  # a sentence with its link
])
def test_an_action_line_whose_link_follows_at_is_no_paragraph(line: str, kept: bool) -> None:
    text = without_newsletter_lines(f"{line}\n\nRail strike called off.\n\nUnsubscribe https://substack.test/u")
    assert (line in text) is kept and "Rail strike called off." in text and "Unsubscribe" not in text


def test_a_plain_text_mail_of_only_its_furniture_says_so() -> None:
    # it has a text/plain part: the reason said it had none
    mail = (b"From: Courier <news@courier.test>\nSubject: Weekly\nDate: Wed, 06 Mar 2024 06:30:00 +0000\n"
            b"Content-Type: text/plain; charset=utf-8\n\nView in browser\n\nUnsubscribe\n")
    with pytest.raises(FormatError, match="only its furniture") as error:
        read_articles(mail, "eml", ReadOptions())
    assert error.value.reason == "no_article_text"
