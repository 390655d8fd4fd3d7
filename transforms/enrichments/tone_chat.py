"""The chat initialisms and emoticon names of VADER's lexicon, which carry no tone in news.

VADER was built for social media: before its word list it lists chat's initialisms ("lol", "jj", "xd", "ftw") and
the names of emoticons ("heart" for "<3"), each with a chat valence. In news the same letters are other things: a
wire's sign-off initials ("str/ad/jj" read +8.3), a product ("Windows XP"), a middle initial ("Samuel L Jackson" +2.0),
a firm ("Kia", chat's "killed in action", −3.2), a surname ("Fu", −3.7), a word of another sense ("first-hand", "on
the other hand": chat's "have a nice day", +2.2; "heart attack": the emoticon's love, +3.2). Of the 299 times bbc-dev
and agnews-dev hold one of them ("hand" 76, "heart" 69, "l" 42, "xp" 36, "hearts" 25, "jp" 19, ...), one is a chat's
use (a reader's forum post ending "LOL") and a few a good idiom of "hand" or "heart" (`IDIOMS`). So every entry of that
block carries none (`CHAT`), with the main list's repeats of its initialisms ("lol", "lmao", "xd", "xp", "muah",
"fav"), except the ones news uses as words with the tone VADER gives them (`_NEWS_USES`: "true", "OK", "a sob", "a
slap", "gone AWOL", "a snafu", "fubar", "nimby" objectors, "dead on arrival"'s "DOA", "mofo"). "gt" is a
leftover of "&gt;", in tone_tables' `NEWS_NEUTRAL` already.

The idioms of "hand" and "heart" that news uses for a good turn keep a tone, their own (`IDIOMS`): "the upper hand" an
advantage, "a helping hand" help, "take heart" encouragement, "a warm heart" and "a heart of gold" warmth ("heart
attack", "at the heart of", "first-hand", "in hand" have none).
"""

from __future__ import annotations

# the block's words that news uses as words, with VADER's tone: kept (listed here so the choice is read where `CHAT` is)
_NEWS_USES = frozenset("true ok sob slap awol snafu fubar nimby doa mofo gt".split())
# VADER's chat block, in its order (its file's entries before "abandon"), less `_NEWS_USES`, and the main list's repeats
# of its initialisms
CHAT = frozenset("""
    aas aayf afu alol ambw aml atab ayc ayor bfd bfe bff bffn bl bsod btd btdt bz cwot d8 dx ez fav fcol ff ffs
    fkm foaf ftw fu fwb fyi fysa g1 gg gga gigo gj gl gla gn gr8 grrr hagd hagn hago hak hand heart hearts hhoj
    hhok hugz hi5 idk ijs ilu iluaaf ily ily2 iou iyq j4f j4g jho jhomf jj jk jp jt jw jealz k4y kfy kia kk kmuf
    l laoj lmao lmbao lmfao lmso lol lolz lts ly ly4e lya lyb lyl lylab lylas lylb m8 mia mml muah mubar musm
    mwah n1 nbd nbif nfc nfw nh nimjd nimq nimy nitl nme noyb np ntmu pita pls plz pmbi pmfji pmji po ptl pu qq
    qt rofl roflmao rotfl rotflmao rotflmfao rotflol rotgl rotglmao sapfu sete sfete sgtm slaw smh swak tgif
    thks thx tia tmi tnx tx txs ty tyvm urw vbg vbs vip vwd vwp wag wd wilco wp wtf wtg wth xd xlnt xoxo xoxozzz
    xp xqzt xtc yolo yoyo yvw yw ywia zzz
    lol lmao xd xp muah fav
""".split()) - _NEWS_USES

# the idioms of "hand" and "heart" that are good news in news, each at the valence of the lexicon's word it means (dev
# corpora: "gained the upper hand", "a helping hand from mapping technology", "you might take heart", "the warm, caring
# heart of Britain")
IDIOMS: dict[str, float] = {
    "upper hand": 1.0,  # "advantage"
    # "help" for each of its two words: the phrase covers "helping", and the idiom says the help twice over, as its
    # words read before chat's "hand" was dropped; one word's worth left a plight the help answers outweighing it
    # ("Aid workers trying to house homeless refugees are getting a helping hand" read bad)
    "helping hand": 3.4,
    "heart of gold": 1.8,  # "warmhearted": a kind person
    **dict.fromkeys(("take heart", "takes heart", "took heart", "taking heart"), 1.5),  # "encouraged"
    **dict.fromkeys(("warm heart", "caring heart"), 1.8),  # "warmhearted"
}
