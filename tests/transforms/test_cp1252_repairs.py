"""transforms.cp1252_repairs: a UTF-8 file with cp1252 rows is UTF-8 with the cp1252 runs repaired."""

from __future__ import annotations

from transforms.cp1252_repairs import utf8_with_cp1252_repairs
from transforms.text import decode_article


def test_a_file_of_utf8_and_cp1252_rows_is_utf8_with_the_cp1252_runs_repaired() -> None:
    # Read wholly as cp874: "Cafรฉ".
    data = (
        'id,title,text\n1,"Le café ferme","Le café ferme ses portes à Paris – “c’est fini”."\n'.encode()
        + '2,"Café closes","The old café closed on Friday – “sadly”."\n'.encode("cp1252")
        + '3,"Brücke","Über die Brücke: 5 €."\n'.encode()
    )
    decoded = decode_article(data)
    assert decoded.encoding == "utf-8+cp1252"
    assert decoded.text == (
        'id,title,text\n1,"Le café ferme","Le café ferme ses portes à Paris – “c’est fini”."\n'
        '2,"Café closes","The old café closed on Friday – “sadly”."\n3,"Brücke","Über die Brücke: 5 €."\n'
    )


def test_a_utf8_file_with_as_many_cp1252_rows_keeps_its_utf8_rows() -> None:
    data = "".join(f"{i},café,ok\n" for i in range(10)).encode() + "".join(
        f"{i},élève a été récompensé,x\n" for i in range(10)).encode("cp1252")
    text = decode_article(data).text
    assert "café" in text and "élève a été récompensé" in text and "Ã" not in text


_ZH = "北京市政府周三宣布，将在未来三年内投资五百亿元用于城市轨道交通建设。\n"
_RU = "Центральный банк России в пятницу повысил ключевую ставку, сообщили в ведомстве.\n"


def test_a_chinese_utf8_article_with_stray_cp1252_quotes_is_read_with_the_quotes_repaired() -> None:
    data = _ZH.encode() + "他说：".encode() + b"\x93" + "这是历史性的一天".encode() + b"\x94\n" + _ZH.encode()
    decoded = decode_article(data)
    assert decoded.encoding == "utf-8+cp1252"
    assert decoded.text == _ZH + "他说：“这是历史性的一天”\n" + _ZH


def test_a_russian_utf8_article_with_a_stray_cp1252_en_dash_keeps_its_cyrillic() -> None:
    data = _RU.encode() + "Ставка останется высокой ".encode() + b"\x96" + " до весны.\n".encode()
    assert decode_article(data).text == _RU + "Ставка останется высокой – до весны.\n"


def test_legacy_cjk_files_are_not_taken_for_utf8_with_stray_marks() -> None:
    japanese = "東京都は水曜日、新しい防災計画を発表した。知事は記者会見で述べた。\n" * 3
    assert decode_article(japanese.encode("shift_jis")).text == japanese
    assert decode_article((_ZH * 3).encode("gbk")).text == _ZH * 3
    chinese = "台北市政府週三宣布新的交通計畫。\n" * 3
    assert decode_article(chinese.encode("big5")).text == chinese


def test_a_utf8_article_with_many_invalid_bytes_is_not_read_as_stray_marks() -> None:
    # Four stray bytes among few valid characters: not a pasted quote, so not UTF-8 with repairs.
    assert utf8_with_cp1252_repairs("北京市政府".encode() + b" \x93\x94\x96\x97") is None
