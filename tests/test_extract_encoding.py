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
