"""A newsletter forwarded before it was saved (.eml): its mail's From is whoever forwarded it, the newsletter's own
sender, date and subject are read from the forward's header block, which is no article text."""

from __future__ import annotations

import pytest

from transforms.formats import ReadOptions, read_articles

STORY = ("Europe recorded its hottest June since records began, the Copernicus Climate Change Service said on "
         "Wednesday.\n\nTemperatures in Spain passed 46C at the end of the month.\n")


def mail(subject: str, body: str, content_type: str = "text/plain") -> bytes:
    return (f"From: Mark Reader <mark.reader@mail.example>\nTo: Mark Reader <mark.reader@mail.example>\n"
            f"Subject: {subject}\nDate: Sat, 05 Jul 2025 10:14:22 +0100\nMIME-Version: 1.0\n"
            f'Content-Type: {content_type}; charset="UTF-8"\n\n{body}').encode()


GMAIL = ("---------- Forwarded message ---------\nFrom: The Climate Brief <news@climatebrief.example>\n"
         "Date: Thu, Jul 3, 2025 at 7:00 AM\nSubject: The Climate Brief: hottest June\nTo: <mark.reader@mail.example>"
         f"\n\n\n{STORY}")
APPLE = ("Begin forwarded message:\n\nFrom: The Climate Brief <news@climatebrief.example>\nSubject: The Climate "
         "Brief: hottest June\nDate: 3 July 2025 at 07:00:00 BST\nTo: mark.reader@mail.example\n\n" + STORY)
OUTLOOK = ("________________________________\nFrom: The Climate Brief <news@climatebrief.example>\nSent: Thursday, "
           "July 3, 2025 7:00 AM\nTo: Mark Reader <mark.reader@mail.example>\nSubject: The Climate Brief: hottest June"
           f"\n\n{STORY}")
GERMAN = ("-----Ursprüngliche Nachricht-----\nVon: The Climate Brief <news@climatebrief.example>\nGesendet: "
          "Donnerstag, 3. Juli 2025 07:00\nAn: Mark Reader <mark.reader@mail.example>\nBetreff: The Climate Brief: "
          f"hottest June\n\n{STORY}")
GMAIL_HTML = ('<div dir="ltr"><div class="gmail_quote"><div dir="ltr" class="gmail_attr">---------- Forwarded message '
              '---------<br>From: <strong class="gmail_sendername">The Climate Brief</strong> <span>&lt;<a href="mail'
              'to:news@climatebrief.example">news@climatebrief.example</a>&gt;</span><br>Date: Thu, Jul 3, 2025 at 7:'
              '00 AM<br>Subject: The Climate Brief: hottest June<br>To: &lt;mark.reader@mail.example&gt;<br></div><br>'
              "<table><tr><td><p>Europe recorded its hottest June since records began, the Copernicus Climate Change "
              "Service said on Wednesday.</p><p>Temperatures in Spain passed 46C at the end of the month.</p><p><a "
              'href="https://climatebrief.example/unsubscribe">Unsubscribe</a></p></td></tr></table></div></div>')


@pytest.mark.parametrize(
    ("subject", "body", "content_type"),
    [
        ("Fwd: The Climate Brief: hottest June", GMAIL, "text/plain"),
        ("Fwd: The Climate Brief: hottest June", APPLE, "text/plain"),
        ("FW: The Climate Brief: hottest June", OUTLOOK, "text/plain"),
        ("WG: The Climate Brief: hottest June", GERMAN, "text/plain"),
        ("Fwd: The Climate Brief: hottest June", GMAIL_HTML, "text/html"),
    ],
)
def test_a_forwarded_newsletter_is_its_senders_of_its_day(subject: str, body: str, content_type: str) -> None:
    [article] = read_articles(mail(subject, body, content_type), "eml", ReadOptions()).articles
    assert article.site == "The Climate Brief"  # not Mark Reader, who forwarded it to keep it
    assert article.title == "The Climate Brief: hottest June"
    assert article.published_at is not None and article.published_at.date().isoformat() == "2025-07-03"
    assert article.metadata["from"] == "news@climatebrief.example"
    assert article.metadata["forwarded_by"] == "mark.reader@mail.example"
    paragraphs = article.text.split("\n\n")
    assert paragraphs[1].startswith("Europe recorded its hottest June")
    assert not any(word in article.text for word in ("Forwarded", "forwarded", "From:", "Sent:", "Gesendet", "Unsub"))


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        # a letters column whose letters open with From and Subject lines: no forward's marker, no forward's subject
        ("Your letters: bus fares", "From: Tom Roe, Leeds\nSubject: Bus fares\n\nA return to the city now costs more."),
        # forwarded with no header block: the mail is all there is
        ("FW: Ferry times", "From the harbour master: ferries will run every two hours on 25 and 26 December.\n"),
        # a note forwarded by hand whose own lines open with From and Date: no mailbox, no forward's block
        ("Fwd: walk on Saturday", "Hi Sam,\n\nHere's the plan for Saturday:\n\nFrom: London Paddington\nDate: "
         "Saturday 12 July\nTime: 9:15\n\nWe walk from Reading to Pangbourne along the Thames, about 10 miles.\n"),
        # a reply quoting its original under Outlook's marker, as a forward's: the reply is the mail
        ("RE: budget", "Thanks, I'll bring the figures to Monday's meeting.\n\nJane\n\n-----Original Message-----\n"
         "From: Tom Roe <tom@council.example>\nSent: Friday, July 4, 2025 4:02 PM\nTo: Jane Doe <jane@council.example>"
         "\nSubject: budget\n\nCan you send the 2025 budget figures?\n"),
    ],
)
def test_a_mail_with_no_forwards_header_block_is_its_own_senders(subject: str, body: str) -> None:
    [article] = read_articles(mail(subject, body), "eml", ReadOptions()).articles
    assert article.site == "Mark Reader"
    assert article.title == subject
    assert body.split("\n")[0] in article.text
    assert "forwarded_by" not in article.metadata
