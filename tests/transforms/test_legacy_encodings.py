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
