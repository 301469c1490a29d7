"""decode_html: BOM, then header, then meta, then detection; GB family as GB18030."""

from __future__ import annotations

from newscrawler.extract import decode_html

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
