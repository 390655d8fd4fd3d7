"""transforms.cp1252_repairs: a UTF-8 file with cp1252 rows is UTF-8 with the cp1252 runs repaired."""

from __future__ import annotations

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
