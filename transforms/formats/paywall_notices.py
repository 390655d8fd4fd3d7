"""A paywall's notice a page leaves in its article's text ("Subscribe to continue reading"): no paragraph of it.

A page cut at its paywall ends with the publisher's notice where the rest of the story would be: "Subscribe to
continue reading", "This article is for subscribers only", "Already a subscriber? Log in", and in German, French,
Spanish, Portuguese, Italian and Dutch ("Dieser Artikel ist nur für Abonnenten", "Cet article est réservé aux
abonnés", "Suscríbete para seguir leyendo"). trafilatura keeps it as a paragraph, which the themes and the tone
then read as the article's. A short paragraph that opens with such a notice is none; a sentence of the article
that quotes one runs on past it, or opens otherwise, and stays. A records file's text field (a JSON, JSON Lines or CSV
export's, a feed item's) carries the same notice as its last paragraph, where its exporter scraped a cut page, and
loses it the same way (`without_paywall_notices`); a record whose text is nothing but such a notice (an exporter that
scraped the paywall alone) is no article, and its reader says so (`only_paywall_notices`).
"""

from __future__ import annotations

import re

# The notice opens the paragraph (after a symbol, a lock's emoji or a bracket) and the paragraph is short: a
# notice and, at most, a price or a link's words ("Subscribe to continue reading. Plans from £1 a week.").
_NOTICE_WORDS = 25
_NOTICE = re.compile(
    r"[\W_]*(?:"
    # English
    r"(?:subscribe|sign up|register|log in|sign in)(?: now)? to (?:continue|keep) reading"
    r"|to (?:continue|keep) reading,? (?:please )?(?:subscribe|log in|sign in|register)"
    r"|(?:this|the) (?:article|story|content|piece) is (?:only )?(?:available )?(?:exclusively )?(?:for|to) "
    r"(?:paying )?(?:subscribers|members)"
    r"|(?:for )?subscribers only(?=\W*\Z)|exclusive(?:ly)? (?:for|to) subscribers"  # "Subscribers only pay half" stays
    r"|already a subscriber\?|you(?:'ve| have) reached your (?:free )?(?:article|story) limit"
    # German
    r"|(?:dieser|der) (?:artikel|beitrag|inhalt) ist (?:exklusiv |nur )*für (?:abonnenten|abonnentinnen|abonnierende)"
    r"|nur für abonnenten|(?:jetzt )?weiterlesen mit (?:\w+ ?)?(?:abo|plus)\b"
    # French
    r"|(?:cet|l')\s?article est réservé aux abonnés|réservé aux abonnés|abonnez-vous pour (?:lire|continuer)"
    r"|il vous reste \d+ ?% de cet article à lire"
    # Spanish
    r"|suscr[íi]bete para (?:seguir|continuar) leyendo"
    r"|(?:este|el) (?:artículo|contenido) es (?:exclusivo )?(?:solo )?para (?:suscriptores|abonados)"
    r"|contenido exclusivo para (?:suscriptores|abonados)"
    # Portuguese
    r"|assine para (?:continuar|seguir) (?:lendo|a ler)|(?:este )?conteúdo (?:é )?exclusivo para assinantes"
    # Italian
    r"|(?:questo )?articolo è riservato agli abbonati|abbonati per continuare a leggere"
    # Dutch
    r"|dit artikel is (?:alleen|exclusief) voor abonnees|lees verder met (?:een )?(?:\w+ ?)?abonnement"
    r")",
    re.IGNORECASE,
)


def is_paywall_notice(paragraph: str) -> bool:
    """Return whether a paragraph is a paywall's notice, not the article's text.

    >>> is_paywall_notice("Subscribe to continue reading"), is_paywall_notice("This article is for subscribers only.")
    (True, True)
    >>> is_paywall_notice("Cet article est réservé aux abonnés."), is_paywall_notice("Suscríbete para seguir leyendo")
    (True, True)
    >>> is_paywall_notice("Readers who met a 'subscribe to continue reading' notice mostly left, the study found.")
    False
    """
    return (len(paragraph) < 400 and "\n" not in paragraph and len(paragraph.split()) <= _NOTICE_WORDS
            and _NOTICE.match(paragraph) is not None)


def without_paywall_notices(text: str) -> str:
    """Return a text without its paragraphs (parted by blank lines) that are a paywall's notice; a text of nothing
    but notices as it is (no article either way: its reader quarantines it, `only_paywall_notices`).

    >>> without_paywall_notices("The mill will close.\\n\\nSubscribe to continue reading")
    'The mill will close.'
    >>> without_paywall_notices("Subscribers only pay half.\\n\\nThe fee rises in July.")
    'Subscribers only pay half.\\n\\nThe fee rises in July.'
    """
    if "\n\n" not in text:
        return text
    paragraphs = text.split("\n\n")
    kept = [paragraph for paragraph in paragraphs if not is_paywall_notice(paragraph.strip())]
    return "\n\n".join(kept) if kept and len(kept) < len(paragraphs) else text


def only_paywall_notices(text: str) -> bool:
    """Return whether a text is nothing but a paywall's notices (parted by blank lines): no article.

    >>> only_paywall_notices("Subscribe to continue reading"), only_paywall_notices("The mill will close.")
    (True, False)
    """
    paragraphs = [paragraph.strip() for paragraph in text.split("\n\n") if paragraph.strip()]
    return bool(paragraphs) and all(is_paywall_notice(paragraph) for paragraph in paragraphs)
