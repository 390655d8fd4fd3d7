"""Chat initialisms and emoticon names of VADER's lexicon carry no tone in news, where the same letters are sign-offs,
names and products; the words it lists that news uses as words keep theirs."""

from __future__ import annotations

import pytest

from tests.transforms.enrichments.tone_texts import tones


@pytest.mark.parametrize("text", [
    "Reporting by John Smith; editing by Jane Doe str/ad/jj",  # a wire's sign-off initials
    "The ID system will be built into Windows XP.",  # a product
    "The film stars Samuel L Jackson and Chris Penn.",  # a middle initial
    "Harry Potter author JK Rowling spoke in Edinburgh.",
    "Kia Motors will build a plant in Georgia.",  # a firm: "kia" is "killed in action" in chat
    "He said on the other hand that the plan was first-hand.",  # "hand": chat's "have a nice day"
    "Fu Ying, China's envoy, met the minister.",  # a surname
])
def test_chat_initialisms_carry_no_tone_in_news(text: str) -> None:
    assert tones(text)[0] == 0


@pytest.mark.parametrize(("text", "sign"), [
    ("It is true that the talks went well.", 1),  # "true" and "well" are words
    ("The minister has gone AWOL.", -1),  # an initialism news uses as a word of its own
    ("The vote was a snafu.", -1),
    ("The bill was OK, he said.", 1),
])
def test_the_words_vaders_chat_list_shares_with_news_keep_their_tone(text: str, sign: int) -> None:
    tone = tones(text)[0]
    assert (tone > 0) - (tone < 0) == sign


@pytest.mark.parametrize("text", [
    "The Eagles gained the upper hand in the second half.",
    "Aid workers are getting a helping hand from mapping technology.",
    "Investors may take heart from the figures.",
    "He has a heart of gold.",  # kindness
    # the help outweighs the plight it answers, as the idiom's two words did before they were chat's
    "Aid workers trying to house, feed and clothe millions of homeless refugees in the Sudanese region of Darfur are "
    "getting a helping hand from advanced mapping technology.",
])
def test_the_good_idioms_of_hand_and_heart_keep_a_good_tone(text: str) -> None:
    assert tones(text)[0] > 0
