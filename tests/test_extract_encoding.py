"""decode_html: BOM, then header, then meta, then detection; GB family as GB18030. And text
that a site encoded twice, repaired before parsing."""

from __future__ import annotations

from newscrawler.extract import decode_html, extract_article
from newscrawler.extract.mojibake import repair_utf8

TEXT = "<html><body>中文内容：𠮷</body></html>"


def test_bom_wins_over_header():
    body = "\ufeff<p>中文</p>".encode()
    assert decode_html(body, "text/html; charset=gbk") == "<p>中文</p>"


def test_header_charset_gbk_reads_as_gb18030():
    body = TEXT.encode("gb18030")  # 𠮷 exists only in GB18030
    assert decode_html(body, "text/html; charset=GBK") == TEXT


def test_meta_charset_gb2312():
    body = ('<meta http-equiv="Content-Type" content="text/html; charset=gb2312">' + TEXT).encode(
        "gb18030"
    )
    assert decode_html(body).endswith(TEXT)


def test_detection_without_any_declaration():
    assert decode_html(TEXT.encode("utf-8")) == TEXT
    assert decode_html(TEXT.encode("gb18030")) == TEXT


GB_PAGE = ("<html><body><h1>全市召开防汛工作会议</h1>"
           "<p>会议要求各地抓紧开展汛前检查。</p></body></html>")


def test_header_that_lies_is_overruled():
    # a GBK page served as charset=utf-8 decodes as GB18030, not as replacement characters
    assert decode_html(GB_PAGE.encode("gbk"), "text/html; charset=utf-8") == GB_PAGE


def test_meta_that_lies_is_overruled():
    body = ('<meta charset="utf-8">' + GB_PAGE).encode("gbk")
    assert "\ufffd" not in decode_html(body)
    assert "全市召开防汛工作会议" in decode_html(body)


def test_undeclared_gb_page_with_a_few_bad_bytes_is_still_gb():
    body = GB_PAGE.encode("gb18030") * 20 + b"\xff\xff" + GB_PAGE.encode("gb18030") * 20
    text = decode_html(body)
    assert "全市召开防汛工作会议" in text
    assert 1 <= text.count("\ufffd") <= 2


def test_a_page_of_utf8_with_one_bad_byte_stays_utf8():
    body = ("<p>" + "Bürgerinformation " * 200 + "</p>").encode() + b"\xff"
    text = decode_html(body, "text/html; charset=utf-8")
    assert text.startswith("<p>Bürgerinformation") and text.count("\ufffd") == 1


# --- text a site encoded twice (UTF-8 read as Windows-1252 or Latin-1 and written again);
# the fixture page en_double_encoded.html is a case of test_extract_patterns.py

def test_windows_1252_route_and_latin1_letters_are_repaired():
    # "â€™" is how the same damage looks when the site read its UTF-8 as Windows-1252
    page = ("<html><head><title>Ã‰tat de la ville</title></head><body><article>"
            "<h1>Ã‰tat de la ville</h1><p>Le maire a prÃ©sentÃ© le budget de lâ€™annÃ©e "
            "aux habitants du quartier, qui ont posÃ© leurs questions pendant deux heures "
            "dans la salle des fÃªtes.</p></article></body></html>")
    f = extract_article(page.encode(), "https://ville.example.fr/actu/budget.html")
    assert f.title == "État de la ville"
    assert f.body == ("Le maire a présenté le budget de l’année aux habitants du quartier, "
                      "qui ont posé leurs questions pendant deux heures dans la salle des fêtes.")


def test_right_text_with_the_same_letters_is_left_alone():
    # Latin-1 letters and punctuation written right are not a sign: nothing changes
    text = ("<p>Â is a letter, and so is Ã; the café’s owner paid 20 € — “fine”, "
            "said Mr Ä. Müller.</p>")
    assert repair_utf8(text.encode()) == text.encode()
    # "â" before a no-break space has the bytes of a sign; ftfy judges the text right
    text = "<p>la pâ\u00a0te fraîche, crème brûlée à la carte</p>"
    assert b"\xc3\xa2\xc2" in text.encode()
    assert repair_utf8(text.encode()) == text.encode()
    assert repair_utf8(b"plain ascii") == b"plain ascii"
    assert repair_utf8(b"\xc3\xa2\xc2 not utf-8 \xff") == b"\xc3\xa2\xc2 not utf-8 \xff"


def test_utf8_bytes_under_a_western_label_are_read_as_utf8():
    # a template's old <meta> says windows-1252; the bytes are UTF-8: "”" is E2 80 9D, and
    # 0x9D is no cp1252 character, so read as declared the quote would be lost for good
    page = ('<html><head><meta http-equiv="Content-Type" content="text/html; '
            'charset=windows-1252"></head><body><p>“Debt collectors may not threaten,” '
            'the Attorney General said. Café owners welcomed it.</p></body></html>')
    assert decode_html(page.encode("utf-8")) == page
    # text that is really cp1252 stays cp1252
    assert decode_html(page.encode("cp1252")) == page


ES_PAGE = ("<html><head><title>Rehabilitación de viviendas – Noticias</title></head><body>"
           "<p>La Junta aprueba la rehabilitación de viviendas en León y Ávila, según el "
           "consejero, con un presupuesto de 12 millones.</p></body></html>")


def test_a_windows_1252_page_declared_or_taken_as_utf8_is_read_as_windows_1252():
    # accented letters one by one between ASCII letters: a Western single-byte page (a
    # Chinese one has two bytes a character, in words, and stays GB)
    body = ES_PAGE.encode("cp1252")
    assert decode_html(body, "text/html; charset=utf-8") == ES_PAGE
    assert decode_html(('<meta charset="utf-8">' + ES_PAGE).encode("cp1252")).endswith(ES_PAGE)
    assert decode_html(body) == ES_PAGE
    assert decode_html(GB_PAGE.encode("gbk"), "text/html; charset=utf-8") == GB_PAGE
