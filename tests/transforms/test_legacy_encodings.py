"""transforms.legacy_encodings: the legacy encoding a file that is not UTF-8 is read in."""

from __future__ import annotations

import pytest

from transforms.text import DecodedText, decode_article, normalize_text


def test_a_large_files_legacy_encoding_is_guessed_from_its_non_ascii_bytes_wherever_they_are() -> None:
    # The guess looked at the first 64 KB only, all ASCII here: "not UTF-8, and not ascii either".
    rows = [f'{i},"T{i}","The council met on Monday to discuss the budget, officials said."' for i in range(900)]
    rows.append('901,"Café closes","The old café closed on Friday."')
    data = ("id,title,text\n" + "\n".join(rows) + "\n").encode("cp1252")
    assert data.index(b"\xe9") > 65536
    decoded = decode_article(data)
    assert decoded.encoding == "cp1252"
    assert decoded.text.endswith('901,"Café closes","The old café closed on Friday."\n')


WESTERN_CP1252 = [
    # Read as cp775 ("Cafķ") and mac_latin2: the detector's near-tie between code pages.
    b'title,text\nCaf\xe9 owners protest,"Owners of caf\xe9s said the rules \x96 which ban seating after nine '
    b'\x96 would cost them \x93thousands\x94 a month."\n',
    "titre,texte\nLa mairie ferme le café,« Nous sommes déçus », a déclaré le propriétaire.\n".encode("cp1252"),
    "Berlin. Die Regierung hat neue Maßnahmen angekündigt. Der Haushalt werde „planmäßig“ umgesetzt.".encode("cp1252"),
    "Madrid. El ministro dijo que la economía crecerá un 2 % este año — según el Banco de España.".encode("cp1252"),
    "Headline\n\nThe chef’s £15.8m takeover of the café chain — “a bold move” — was approved.\n".encode("cp1252"),
    "Rates rise\n\nThe Bank of England raised rates to 5.25% on Thursday – the 14th rise in a row.\n".encode("cp1252"),
    "Naïve hopes\n\nThe résumé of the coöperative’s director was “impressive”, she said.\n".encode("cp1252"),
]


@pytest.mark.parametrize("raw", WESTERN_CP1252)
def test_western_text_in_cp1252_is_read_as_cp1252(raw: bytes) -> None:
    decoded = decode_article(raw)
    assert (decoded.encoding, decoded.text) == ("cp1252", normalize_text(raw.decode("cp1252")))


RUSSIAN = (
    "Москва. Правительство России объявило в понедельник о новых мерах поддержки экономики, сообщает ТАСС. "
    "Министр финансов заявил, что бюджет будет исполнен в полном объёме, а дефицит не превысит двух процентов."
)
POLISH = (
    "Warszawa. Rząd ogłosił w poniedziałek nowe środki wsparcia dla gospodarki. Minister finansów zapowiedział, "
    "że budżet zostanie wykonany zgodnie z planem, a deficyt nie przekroczy trzech procent."
)
GREEK = (
    "Αθήνα. Η κυβέρνηση ανακοίνωσε τη Δευτέρα νέα μέτρα στήριξης της οικονομίας, σύμφωνα με το υπουργείο "
    "Οικονομικών. Ο προϋπολογισμός θα εκτελεστεί κανονικά, δήλωσε ο υπουργός."
)


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        (RUSSIAN, "cp1251"), (RUSSIAN, "koi8_r"), (POLISH, "cp1250"), (POLISH, "iso8859_2"),
        (GREEK, "cp1253"), (GREEK, "iso8859_7"),
        ("Новости: Путин встретился с министром финансов.", "cp1251"),
        ("Rząd ogłosił nowe środki.", "iso8859_2"),
        ("Rząd ogłosił nowe środki.", "cp1250"),
        ("Η κυβέρνηση ανακοίνωσε νέα μέτρα.", "iso8859_7"),
    ],
    ids=["ru-cp1251", "ru-koi8-r", "pl-cp1250", "pl-iso-8859-2", "el-cp1253", "el-iso-8859-7",
         "ru-short", "pl-short-iso-8859-2", "pl-short-cp1250", "el-short"],
)
def test_cyrillic_greek_and_central_european_texts_are_read_in_their_own_encoding(text: str, encoding: str) -> None:
    # Preferring cp1252 must not take them: "Путин" in cp1252 is "Ïóòèí", "Rząd" in iso-8859-2 "Rz±d".
    assert decode_article(text.encode(encoding)).text == text


def test_a_legacy_file_with_a_chance_utf8_sequence_is_read_in_its_own_encoding() -> None:
    # "ТАСС»" in cp1251 holds D1 BB, a valid UTF-8 pair: one such pair does not make the file UTF-8.
    text = RUSSIAN + " «ТАСС»"
    assert text.encode("cp1251").count(b"\xd1\xbb") == 1
    assert decode_article(text.encode("cp1251")) == DecodedText(text, "cp1251")


@pytest.mark.parametrize(
    ("text", "encoding"),
    [(("東京都は十二月三日、新しい条例を発表した。市民の反応はさまざまで、多くの人が賛成の意見を示した。"
       "経済への影響は大きいと専門家は述べている。" * 2 + "\n\n") * 300, "shift_jis"),
     (("臺北市政府週三宣佈了新的交通政策，許多市民表示支持，專家認為這將對經濟產生重大影響。" * 4 + "\n\n") * 300,
      "big5")],
)
def test_a_large_multi_byte_legacy_file_decodes_whole(text: str, encoding: str) -> None:
    data = text.encode(encoding)
    assert len(data) > 65536  # beyond the 64 KB that the legacy guess samples
    assert decode_article(data).text.strip() == text.strip()


KYOTO_TITLE = "京都で桜が満開に"
KYOTO_BODY = (
    "京都市内では今週、桜が満開となり、多くの観光客が訪れている。市によると、週末にはさらに人出が増える見込みで、"
    "混雑への注意を呼びかけている。"
)
KYOTO = f"{KYOTO_TITLE}\n\n{KYOTO_BODY}\n\n{KYOTO_BODY}\n"
# CJK punctuation (、。，；：「」“”・) between CJK characters, as each language writes it.
CJK_TEXTS = [
    (KYOTO, "shift_jis"),
    (KYOTO, "cp932"),
    (KYOTO, "euc_jp"),
    ("東京電力は２日、福島第一原発の処理水について「安全性に問題はない」と発表した。政府・与党は、地元の理解を"
     "得たうえで放出を進める方針だ。\n\n一方、漁業関係者からは「風評被害が心配だ」との声も上がっている。\n",
     "shift_jis"),
    ("北京市政府周三宣布了新的交通政策。许多市民表示支持，专家认为这将对经济产生重大影响；但也有人担心：“成本太高"
     "了！”\n\n据报道，新政策将于下月实施，市民可以通过网站、电话等方式提出意见。\n", "gbk"),
    ("新华社北京电——国务院总理周一表示，中国经济“稳中向好”，今年前三季度国内生产总值同比增长5.2%。\n\n"
     "他说：“我们有信心、有能力实现全年目标。”\n", "gbk"),
    ("臺北市政府週三宣佈了新的交通政策。許多市民表示支持，專家認為這將對經濟產生重大影響；但也有人擔心：「成本太高"
     "了！」\n\n據報導，新政策將於下月實施，市民可以透過網站、電話等方式提出意見。\n", "big5"),
    ("서울시는 수요일 새로운 교통 정책을 발표했다. 많은 시민들이 지지를 표명했으며, 전문가들은 “경제에 큰 영향을 "
     "미칠 것”이라고 말했다.\n\n시에 따르면, 새 정책은 다음 달부터 시행되며 시민들은 인터넷·전화 등으로 의견을 낼 수 "
     "있다.\n", "euc_kr"),
]


@pytest.mark.parametrize(("text", "encoding"), CJK_TEXTS,
                         ids=["ja-shift-jis", "ja-cp932", "ja-euc-jp", "ja-shift-jis-quotes", "zh-gbk",
                              "zh-gbk-quotes", "zh-big5", "ko-euc-kr"])
def test_cjk_text_with_its_punctuation_is_read_in_its_own_encoding(text: str, encoding: str) -> None:
    # Shift_JIS Japanese was read as cp949 Hangul ("떈뱒궳랎궕"): its 、 and 。 between kanji counted as
    # symbols inside words, which dropped the right decoding.
    assert decode_article(text.encode(encoding)).text == text


def test_shift_jis_japanese_is_read_as_japanese_not_korean() -> None:
    decoded = decode_article(KYOTO.encode("shift_jis"))
    assert (decoded.encoding, decoded.text) == ("cp932", KYOTO)


@pytest.mark.parametrize(
    "text",
    [
        "Moscow says talks stalled\n\nMoscow (Москва) said on Tuesday that talks with Kyiv had stalled.\n",
        "Navalny widow speaks\n\nYulia Navalnaya (Юлия Навальная) told reporters she would go on.\n",
        "Kyiv mayor speaks\n\nKyiv (Київ) mayor Vitali Klitschko said the city had power again.\n",
    ],
)
def test_a_short_english_text_naming_something_in_cyrillic_is_read_as_cp1251(text: str) -> None:
    # Its few Cyrillic letters among many English ones read as cp1252's accented letters: "Moscow (Ìîñêâà)".
    decoded = decode_article(text.encode("cp1251"))
    assert (decoded.encoding, decoded.text) == ("cp1251", text)


@pytest.mark.parametrize(
    "text",
    [
        "Þingvellir opnar\n\nÞjóðgarðurinn á Þingvöllum verður opnaður aftur í næstu viku, sagði vörður.\n",
        "ÖKO-STROM FÜR ÄMTER\n\nDie Ämter der Stadt beziehen ab Januar Ökostrom, teilte die Verwaltung mit.\n",
        "Summer in Paris\n\nThe French call it l'été, and this year it was the hottest on record.\n",
    ],
)
def test_western_words_full_of_accents_are_still_cp1252(text: str) -> None:
    decoded = decode_article(text.encode("cp1252"))
    assert (decoded.encoding, decoded.text) == ("cp1252", text)
