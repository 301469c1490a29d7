"""extract_article on fixture pages: HTML in, fields out."""

from __future__ import annotations

import re
from datetime import datetime
from pathlib import Path

import lxml.html
import pytest
from parsel import Selector

from newscrawler.extract import decode_html, extract_article
from newscrawler.extract.body import find_container
from newscrawler.extract.chrome import drop_pull_quotes
from newscrawler.extract.meta import read_meta
from newscrawler.extract.reveal import declared_parts

PAGES = Path(__file__).parent / "fixtures" / "pages"
NOW = datetime(2026, 11, 26, 12, 0)


def read(name: str) -> bytes:
    return (PAGES / name).read_bytes()


def test_english_provincial_page():
    f = extract_article(read("en_provincial_news.html"), "http://www.sc.gov.cn/en/news/1.html",
                        timezone="Asia/Shanghai", now=NOW)
    assert f.title == "Sichuan steps up flood prevention along the Min River"
    assert f.published_at == "2018-05-28T09:54:31+08:00"
    assert f.channel == "NEWS"
    assert f.source == "Sichuan Daily"
    assert f.language == "en"
    assert f.body is not None
    paras = f.body.split("\n\n")
    assert paras[0].startswith("The provincial flood control headquarters on Monday")
    assert paras[1] == ("Officials said more than 1,200 people had been assigned to "
                        "round-the-clock duty at key sections of the river.")
    assert paras[-1].endswith("issued by local governments.")
    assert "Print" not in f.body and "Close" not in f.body and "Copyright" not in f.body


def test_english_page_without_timezone_is_naive():
    f = extract_article(read("en_provincial_news.html"), now=NOW)
    assert f.published_at == "2018-05-28T09:54:31"


def test_gbk_page_with_guideline_meta_tags():
    f = extract_article(read("zh_gbk_meta.html"), timezone="Asia/Shanghai", now=NOW)
    assert f.title == "全省防汛工作会议在杭州召开"
    assert f.published_at == "2018-05-28T09:54:00+08:00"
    assert f.source == "浙江日报"
    assert f.channel == "浙江要闻"
    assert f.language == "zh"
    assert f.body == (
        "5月27日，全省防汛工作会议在杭州召开。会议强调，要坚决克服麻痹思想和侥幸心理，"
        "全力做好今年防汛防台各项工作。\n\n"
        "会议要求，各地要抓紧开展汛前检查，落实水库、山塘和海塘的安全度汛措施，确保人民群众生命财产安全。"
    )


def test_selector_input_gives_same_fields():
    text = decode_html(read("zh_gbk_meta.html"))
    assert extract_article(Selector(text=text), now=NOW) == extract_article(text, now=NOW)


def test_visible_chinese_date_and_title_suffix():
    f = extract_article(read("zh_visible_only.html"), timezone="Asia/Shanghai", now=NOW)
    assert f.title == "杭州市出台支持小微企业发展若干措施"
    assert f.published_at == "2018-05-28"  # only a date is shown
    assert f.source == "杭州日报"
    assert f.body is not None
    assert f.body.startswith("近日，杭州市出台")
    assert f.body.endswith("用于创业孵化。")
    assert "分享" not in f.body and "相关新闻" not in f.body


def test_density_choice_skips_related_list_dates():
    f = extract_article(read("no_container_related_dates.html"),
                        "https://www.gov.uk/government/news/x", now=NOW)
    assert f.title == "New funding for rural bus services"
    assert f.published_at == "2019-05-28"
    assert f.language == "en"
    assert f.canonical_url == "https://www.gov.uk/government/news/new-funding-for-rural-bus-services"
    assert f.body is not None
    assert f.body.startswith("Rural communities will benefit")
    assert f.body.endswith("by the end of the year.")
    assert "Cycling grants" not in f.body


def test_date_from_url_when_page_shows_none():
    f = extract_article(read("url_date_only.html"),
                        "http://www.jiangxi.gov.cn/art/2018/5/28/art_5_1.html", now=NOW)
    assert f.published_at == "2018-05-28"
    f = extract_article(read("url_date_only.html"),
                        "http://www.jiangxi.gov.cn/zwgk/201805/t20180528_1.html", now=NOW)
    assert f.published_at == "2018-05-28"
    assert f.body is not None and f.body.startswith("各设区市人民政府")


SELECTORS = {
    "title": "div.detail h1",
    "published": "//div[@class='info']",
    "body": "div.text",
    "source": "div.info",
    "channel": "div.position a:last-child",
}


def test_configured_selectors_come_first():
    f = extract_article(read("en_provincial_news.html"), selectors=SELECTORS,
                        timezone="Europe/London", now=NOW)
    assert f.title == "Sichuan steps up flood prevention along the Min River"
    assert f.published_at == "2018-05-28T09:54:31+01:00"
    assert f.body is not None and f.body.count("\n\n") == 2
    assert f.source == "Sichuan Daily"
    assert f.channel == "NEWS"


def test_selector_that_matches_nothing_falls_back():
    f = extract_article(read("en_provincial_news.html"), selectors={"title": "h5.nothing"}, now=NOW)
    assert f.title == "Sichuan steps up flood prevention along the Min River"


@pytest.mark.parametrize("lang, expected", [(None, "zh"), ("zh", "zh")])
def test_language_guess_from_script(lang, expected):
    f = extract_article(read("zh_visible_only.html"), language=lang, now=NOW)
    assert f.language == expected


@pytest.mark.parametrize("declared, configured, sample, expected", [
    ("zh-CN", None, "中文内容" * 10, "zh"),
    ("en-GB", "zh", "Rural communities will benefit from a new fund for the buses.", "en"),
    # English edition on the Chinese template: the declaration is contradicted
    ("zh-CN", "en", "The provincial flood control headquarters on Monday ordered checks.", "en"),
    ("zh-CN", None, "The provincial flood control headquarters on Monday ordered checks.", "en"),
    ("en", None, "全省防汛工作会议在杭州召开，会议强调要全力做好今年防汛防台各项工作。", "zh"),
    (None, None, "Die Bundesregierung hat die Förderung für den Neubau gestoppt und ist", "de"),
    (None, None, "", None),
    # undeclared: kana say Japanese, Hangul Korean; scripts of one language; Vietnamese
    (None, None, "レジ袋削減の取組について。長野県では、レジ袋の削減に取り組んでいます。", "ja"),
    (None, None, "정부, 하반기 경제정책방향 발표. 정부는 3일 회의를 열었다.", "ko"),
    (None, None, "รัฐบาลเร่งแก้ปัญหาน้ำท่วมในภาคเหนือ", "th"),
    (None, None, "Tỉnh ủy họp bàn phát triển kinh tế - xã hội năm 2024", "vi"),
    # by function words: Spanish, French, Italian, Portuguese, Dutch
    (None, None, "La Municipalidad inició las obras del barrio, según el intendente.", "es"),
    (None, None, "Le gouvernement a présenté son plan pour les hôpitaux dans les régions.", "fr"),
    (None, None, "Il governo ha approvato il decreto per la ricostruzione delle zone.", "it"),
    (None, None, "O governo anunciou uma nova ponte com verbas para os municípios.", "pt"),
    (None, None, "Het kabinet heeft een plan voor de woningbouw en wordt ook besproken.", "nl"),
])
def test_language(declared, configured, sample, expected):
    from newscrawler.extract.language import guess_language

    assert guess_language(declared, configured, sample) == expected


def test_caller_tree_is_left_as_it_was():
    # extraction removes comments and hidden elements from a tree of its own, never the
    # caller's (the crawl may hand over response.selector)
    from lxml import etree
    text = (PAGES / "en_streamed_hidden.html").read_text("utf-8")
    sel = Selector(text=text)
    before = etree.tostring(sel.root)
    fields = extract_article(sel, now=NOW)
    assert etree.tostring(sel.root) == before
    assert fields == extract_article(text, now=NOW)


def test_hidden_text_is_weighed_against_the_visible_text_only():
    # the hidden article is shown where the visible text lacks it; a copy of it in a script
    # (a framework's page data) or in another hidden element does not count as visible,
    # and the text after those elements does; the rest of the tree is left as it was
    from lxml import etree

    from newscrawler.extract.reveal import reveal_hidden_text
    article = "The council approved the budget for next year after a long debate. " * 4
    # (visible text longer than the hidden article: a class that hides is trusted then)
    other = "Residents may comment on the plans at the town hall until the end of May. " * 5
    page = (f"<html><body><div id='app'><p>Loading</p><script>{article}</script> tail one"
            f"<div class='d-none'>{article}</div> tail two</div>"
            f"<div hidden id='S:0'><p>{article}</p></div><p>{other}</p></body></html>")
    root = Selector(text=page).root
    still_hidden = reveal_hidden_text(root)
    assert [el.get("class") for el in still_hidden] == ["d-none"]
    assert root.find(".//div[@id='S:0']").get("hidden") is None
    shown = etree.tostring(root, encoding="unicode")
    assert shown == page.replace("<div hidden id='S:0'>", '<div id="S:0">').replace(
        "id='app'", 'id="app"').replace("class='d-none'", 'class="d-none"')
    # the same text visible elsewhere: a copy, left hidden
    root = Selector(text=page.replace(f"<p>{other}</p>", f"<p>{other} {article}</p>")).root
    assert len(reveal_hidden_text(root)) == 2


def test_a_noscript_page_is_read_where_the_visible_page_lacks_its_text():
    # a script-rendered shell (an empty root div) with the whole article in <noscript>: a
    # reader without scripts sees it; a <noscript> of an image or a copy of visible text stays
    from newscrawler.extract.reveal import reveal_hidden_text
    article = "The council approved the budget for next year after a long debate. " * 4
    shell = (f"<html><body><div id='root'></div><noscript><article><h1>Budget</h1><p>{article}"
             "</p></article></noscript><noscript><img src='/pixel.gif'></noscript>"
             "<script src='/app.js'></script></body></html>")
    root = Selector(text=shell).root
    reveal_hidden_text(root)
    assert [el.tag for el in root.find("body")] == ["div", "div", "noscript", "script"]
    copy = shell.replace("<div id='root'></div>", f"<div id='root'><p>{article}</p></div>")
    root = Selector(text=copy).root
    reveal_hidden_text(root)
    assert [el.tag for el in root.find("body")] == ["div", "noscript", "noscript", "script"]


@pytest.mark.parametrize("page", [
    "<html><body hidden><p>Shown</p><div hidden>secret</div> tail<script>code</script></body>"
    "</html>",
    "<html hidden><body><p>Shown</p><div hidden>secret <b hidden>inner</b></div> tail</body>"
    "</html>",
])
def test_the_visible_text_of_a_page_hidden_as_a_whole(page):
    # a hidden <html> or <body> is still the page that is read; what is hidden in it is not
    from newscrawler.extract.hiding import hidden_elements
    from newscrawler.extract.reveal import _visible_key
    root = Selector(text=page).root
    assert _visible_key(root.find("body"), hidden_elements(root)) == "showntail"


def test_lead_named_wrapper_is_not_taken_as_a_lead():
    # an element named like a lead ("intro") that wraps the whole text: the body read
    # elsewhere already has it, and a lead is a sentence or three, not five paragraphs
    from newscrawler.extract.lead import lead_paragraphs
    sentences = [f"Paragraph {n} of the council's report says what the city will build next."
                 for n in range(1, 6)]
    root = Selector(text="<html><body><h1>Council report</h1><div class='intro'>"
                    + "".join(f"<p>{s}</p>" for s in sentences)
                    + "</div></body></html>").root
    headline = root.find(".//h1")
    assert lead_paragraphs(headline, ["Another first paragraph of the body text here."]
                           + sentences[2:]) == []
    one = Selector(text="<html><body><h1>Council report</h1><div class='intro'><p>"
                   + sentences[0] + "</p></div></body></html>").root
    assert lead_paragraphs(one.find(".//h1"), sentences[1:]) == [sentences[0]]


def test_a_lead_boxs_picture_caption_is_no_lead():
    # a broadcaster's lead box holds the lead picture: its caption is not the lead
    from newscrawler.extract.lead import lead_paragraphs
    root = Selector(text="<html><body><h1>The lake rose this winter</h1><div class='ArtP-lead'>"
                    "<figure><img src='heron.jpg'><figcaption><p>A heron wades near the "
                    "causeway on March 25, 2024. The lake is up about 2 feet.</p></figcaption>"
                    "</figure></div><div class='body'><p>The lake rose by two feet this "
                    "winter after a wet season.</p></div></body></html>").root
    assert lead_paragraphs(root.find(".//h1"), ["The lake rose by two feet this winter after "
                                                "a wet season."]) == []


def test_density_choice_widens_to_the_notice_sections():
    # without a generic extractor, the densest block of a notice whose sections are short
    # lines is its results table; the sections printed around it make their parent the text
    from newscrawler.extract.body import body_from_element
    from newscrawler.extract.density import by_density
    from newscrawler.extract.sections import widen_to_sections
    rows = "".join(f"<tr><td>{n}</td><td>某某第{n}设备有限公司</td>"
                   f"<td>某某省某某市高新区建设路{n}号科技园区三号楼五层东侧</td>"
                   "<td>人民币壹拾万元整</td></tr>"
                   for n in range(1, 30))
    sections = ["一、项目编号：ZC-01", "二、项目名称：教学设备采购", "三、中标信息",
                f"<table>{rows}</table>", "四、公告期限：1个工作日", "五、联系方式：0000-1234"]
    root = Selector(text="<html><body><div class='nav'><a href='/'>首页</a></div>"
                    "<div class='detail'>" + "".join(f"<div>{s}</div>" for s in sections)
                    + "</div></body></html>").root
    block = by_density(root)
    assert body_from_element(block)[0].startswith("| 1 | 某某第1设备有限公司")
    paras = body_from_element(widen_to_sections(block))
    assert paras[0] == "一、项目编号：ZC-01"
    assert paras[-1] == "五、联系方式：0000-1234"


def test_a_cell_that_lays_out_tables_is_not_scored_as_one_text():
    # a table layout: the main column's cell holds the headline's table, the text and a
    # box of teaser tables; read whole, the cell gave its row the score of every text in it
    # and the row beat the text's own element
    from newscrawler.extract.density import by_density
    text = "".join(f"<p>The district administration directed all departments to clear drains "
                   f"and culverts before the monsoon, said the order, item {n}.</p>"
                   for n in range(8))
    cards = "".join(f"<table><tr><td><a href='/n?{n}'>Latest headline {n}</a></td></tr><tr><td>A "
                    f"summary of the latest story, number {n}, in a sentence.</td></tr></table>"
                    for n in range(12))
    side = "".join(f"<p>Opinion: a column about the state of the roads, part {n}.</p>"
                   for n in range(6))
    root = Selector(text="<html><body><table><tr><td>" + side + "</td><td><table><tr><td>"
                    "Headline</td></tr></table><span id='news'>" + text + "</span>" + cards
                    + "</td></tr></table></body></html>").root
    assert by_density(root).get("id") == "news"


def test_numbered_links_are_not_sections():
    # a numbered list of links beside the text ("1、<a>...</a>") is a list of other pages
    from newscrawler.extract.sections import widen_to_sections
    text = "".join(f"<p>第{n}段正文，说明本市今年的防汛工作安排和责任分工。</p>" for n in range(5))
    links = "".join(f"<p>{n}、<a href='/a/{n}.html'>其他新闻标题{n}</a></p>" for n in range(1, 6))
    root = Selector(text=f"<html><body><div id='page'><div id='text'>{text}</div>"
                    f"<div id='side'>{links}</div></div></body></html>").root
    block = root.find(".//div[@id='text']")
    assert widen_to_sections(block) is block
    numbered = links.replace("<a href", "<span data-href").replace("</a>", "</span>")
    root = Selector(text=f"<html><body><div id='page'><div id='text'>{text}</div>"
                    f"<div id='more'>{numbered}</div></div></body></html>").root
    assert widen_to_sections(root.find(".//div[@id='text']")).get("id") == "page"


@pytest.mark.parametrize(("crumb", "info", "channel", "source"), [
    # a breadcrumb that ends with a placeholder for the page itself ("正文", "详情")
    ('<div>您现在的位置: <a href="/">首页</a> &gt; <a href="/xw/">工作动态</a> &gt; 正文</div>',
     "2018-05-28 信息来源：市应急管理局 作者：李四", "工作动态", "市应急管理局"),
    ('<div class="position"><a href="/">首页</a> &gt; <a href="/tz/">通知公告</a> &gt; 详情</div>',
     "发布时间：2018-05-28 来源：市水利局", "通知公告", "市水利局"),
    # the info line in brackets: 【来源：某某】【时间：...】
    ('<ol class="breadcrumb"><li><a href="/">首页</a></li>'
     '<li><a href="/tz/">通知公告</a></li></ol>',
     "【来源：市防汛办】【时间：2018-05-28】", "通知公告", "市防汛办"),
    # the next field's label ends the value, with or without its colon
    ('<div class="position"><a href="/">首页</a> &gt; <a href="/tz/">通知公告</a></div>',
     "发布时间：2018-05-28　来源：区住建局　访问次数：12", "通知公告", "区住建局"),
    ('<div class="position"><a href="/">首页</a> &gt; <a href="/tz/">通知公告</a></div>',
     "2018-05-28 来源：区住建局 撰稿：王某 分享到", "通知公告", "区住建局"),
    # a unit or an office as the label, in either script
    ('<div class="position"><a href="/">首页</a> &gt; <a href="/tz/">通知公告</a></div>',
     "發布日期：2018-05-28　發布單位：都市發展局", "通知公告", "都市發展局"),
    ('<div class="position"><a href="/">首页</a> &gt; <a href="/tz/">通知公告</a></div>',
     "（2018-05-28）（供稿单位：县农业农村局）", "通知公告", "县农业农村局"),
    # a breadcrumb box named "path" or "mbx" (面包屑), without a label; dashes between steps
    ('<div class="path"><a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; '
     '<a href="/bmdt/">部门动态</a></div>', "2018-05-28 来源：区住建局", "部门动态", "区住建局"),
    ('<div class="mbx"><a href="/">首页</a><a href="/bmdt/">部门动态</a></div>',
     "2018-05-28 来源：区住建局", "部门动态", "区住建局"),
    ('<div class="crumb">您的位置：首页 - 政务公开 - 部门动态</div>',
     "2018-05-28 来源：区住建局", "部门动态", "区住建局"),
    # a trail whose box's class says nothing, by its shape: the home page's link, then '>'
    ('<div class="loc"><a href="/">首页</a> &gt; <a href="/col/zwyw/">政务要闻</a></div>',
     "2018-05-28 来源：区住建局", "政务要闻", "区住建局"),
    # the label in an element of its own; a separator after the last step
    ('<div class="place"><strong>当前位置:</strong> <a href="/">主页</a> &gt; '
     '<a href="/a/zwdt/">镇务动态</a> &gt; </div>', "2018-05-28 来源：区住建局", "镇务动态",
     "区住建局"),
    # a trail printed as text, in a box of its own after the menu
    ('<ul class="nav"><li><a href="/">首页</a></li><li><a href="/ztzl/">专题专栏</a></li></ul>'
     '<div class="loc">当前位置：首页 &gt; 视频新闻</div>', "2018-05-28 来源：区住建局", "视频新闻",
     "区住建局"),
    # a menu whose links are not a trail (no '>' between them): no channel
    ('<div class="nav"><a href="/">首页</a> | <a href="/col/zwyw/">政务要闻</a></div>',
     "2018-05-28 来源：区住建局", None, "区住建局"),
])
def test_channel_and_source_from_the_printed_lines(crumb, info, channel, source):
    page = (f'<html lang="zh-CN"><head><meta charset="utf-8"><title>全市召开防汛工作会议</title>'
            f'</head><body>{crumb}<h1>全市召开防汛工作会议</h1><div class="info">{info}</div>'
            f'<div class="text"><p>{"会议要求各地抓紧开展汛前检查，落实防汛责任。" * 6}</p></div>'
            f'</body></html>')
    f = extract_article(page.encode(), "https://www.example.gov.cn/art/2018/5/28/art_1_2.html",
                        now=NOW)
    assert (f.channel, f.source) == (channel, source)
    assert f.published_at == "2018-05-28"


def test_a_comments_box_named_as_the_texts_parts_ends_the_text():
    # an old portal sets its text and its readers' comments in boxes of one name: the
    # comments' heading ends the text, the comments' own lines with it
    text = [f"第{n}项：县人社局组织开展春风行动，为返乡农民工提供就业岗位和政策咨询服务。"
            for n in range(5)]
    page = ('<html><head><meta charset="utf-8"><title>县人社局扎实开展春风行动</title></head>'
            '<body><h1>县人社局扎实开展春风行动</h1><div>作者：汪建平 文章来源：县就业服务局 '
            '发布时间：2010-3-5 9:14:32</div><div class="main_box">'
            + "".join(f"<p>{t}</p>" for t in text) + '</div><div class="main_box"><div>'
            '网友评论：（只显示最新10条。评论内容只代表网友观点！）</div><table><tr><td>匿名 于 '
            '2010-3-6 20:41:18 发表评论：</td><td>得分：5分</td></tr><tr><td colspan="2">'
            '招聘会很好，我在会上找到了一家电子厂的工作，希望以后多办几次。</td></tr></table></div>'
            '</body></html>')
    f = extract_article(page.encode(), "http://www.example.gov.cn/Article/201003/1873.html")
    assert f.body_path == "portal"
    assert f.body.split("\n\n") == text


@pytest.mark.parametrize("paras", [2, 15])
def test_a_source_credited_under_the_text(paras):
    # a short text, the credit inside the window read around the headline; a long one,
    # the credit beyond it
    text = "".join(f"<p>第{n}段：市政府召开常务会议，研究部署重点项目建设和安全生产工作。</p>"
                   for n in range(paras))
    page = ('<html><head><meta charset="utf-8"><title>市长调研重点项目建设</title></head><body>'
            '<h1>市长调研重点项目建设</h1><div class="info">2024-06-12</div><div id="zoom">'
            + text + '<p style="text-align:right">（来源：市政府办公室）</p>'
            '<p style="text-align:right">责任编辑：程晓</p></div></body></html>')
    f = extract_article(page.encode(), "https://www.example.gov.cn/art/2024/6/12/art_1_2.html",
                        now=NOW)
    assert f.source == "市政府办公室"
    assert f.body.endswith("安全生产工作。")


@pytest.mark.parametrize(("box", "source"), [
    # a source line in a box of its own under the text, in the page's language
    ('<div class="noticia-fuente"><strong>Fuente:</strong> Consejería de Medio Ambiente</div>',
     "Consejería de Medio Ambiente"),
    ('<div class="zrodlo">Źródło: Kancelaria Prezydenta Miasta</div>',
     "Kancelaria Prezydenta Miasta"),
    ('<p class="meta"><strong>Released by:</strong> <a href="/m/t">Minister for Transport</a></p>',
     "Minister for Transport"),
    # a field whose label has no colon, its value in the next element
    ('<div class="field"><div class="field--label">Issued by</div>'
     '<div class="field--item"><a href="/dir/health">Health</a></div></div>', "Health"),
    # the article's own footer line, with the share buttons beside the source
    ('<div class="article__footer"><span class="article__source">Forrás: MTI</span>'
     '<div class="share"><a href="#">Facebook</a><a href="#">E-mail</a></div></div>', "MTI"),
    # ... not one in a navigation box or the page's footer
    ('<footer><p>Source: Government Information Office</p></footer>', None),
    # Chinese labels under the text: a news source's box, a release's field list
    ('<div class="newssource">新聞來源：教育暨青年局</div>', "教育暨青年局"),
    ('<section class="info"><ul><li><span>發布日期：</span>106-09-21</li>'
     '<li><span>發布單位：</span>臺中市政府環境保護局</li></ul></section>', "臺中市政府環境保護局"),
    # a notice board's and a register's issuer fields, as label and value cells
    ('<table class="info"><tr><th>Vydal:</th><td>Obecní úřad Lhota</td></tr></table>',
     "Obecní úřad Lhota"),
    ('<table class="metryczka"><tr><td class="m_etykieta">Wytworzył:</td>'
     '<td>Referat Gospodarki Przestrzennej</td></tr></table>', "Referat Gospodarki Przestrzennej"),
    # a label after a field separator
    ('<p class="news-single-timedata">Eingestellt am: 28.05.2024 | Quelle: Ordnungsamt</p>',
     "Ordnungsamt"),
    # ... not a picture's credit in its caption
    ('<p class="caption">Mehrwegbecher. <span class="copyright">Quelle: Thomas Imo / '
     'photothek.net</span></p>', None),
    # Vietnamese and Thai source lines
    ('<div class="source-news">Nguồn: Sở Nông nghiệp và Phát triển nông thôn</div>',
     "Sở Nông nghiệp và Phát triển nông thôn"),
    ('<p>ที่มา : สำนักงานป้องกันและบรรเทาสาธารณภัยจังหวัด</p>',
     "สำนักงานป้องกันและบรรเทาสาธารณภัยจังหวัด"),
    # Uzbek and Swahili labels, the value a link or a field of its own
    ('<div class="news-detail__source">Manba: <a href="https://x.example.uz/">Suv xoʻjaligi '
     'vazirligi</a></div>', "Suv xoʻjaligi vazirligi"),
    ('<ul><li><span class="label">Chanzo:</span> <span class="value">Shirika la Habari la '
     'Afrika Mashariki</span></li></ul>', "Shirika la Habari la Afrika Mashariki"),
])
def test_a_source_line_elsewhere_on_the_page(box, source):
    text = "".join(f"<p>Paragraph {n} of the release, on the works on the river banks and "
                   f"the roads that will close while they last.</p>" for n in range(4))
    page = ("<html lang='en'><head><title>Works on the river banks</title></head><body>"
            "<main><article><h1>Works on the river banks</h1><p class='date'>28 May 2024</p>"
            f"<div class='text'>{text}</div>{box}</article></main></body></html>")
    f = extract_article(page, "https://www.example.gov/news/river-works", now=NOW)
    assert f.source == source
    assert f.body.endswith("while they last.")


def test_a_source_line_loose_in_the_articles_box_after_a_break():
    # the line is a text of its own after a <br>, in the long box that holds the text
    text = "".join(f"<p>Абзац {n}: в акимате города прошло совещание по подготовке к "
                   f"весеннему паводку, были даны поручения.</p>" for n in range(6))
    page = ("<html lang='ru'><head><title>Совещание</title></head><body><div class='news'>"
            f"<h3>Совещание по паводку</h3><div class='text'>{text}</div><br />"
            "Источник:&nbsp;пресс-служба акима города<br /><div class='views'>Просмотров: 318"
            "</div></div></body></html>")
    f = extract_article(page, "https://www.example.kz/ru/news/1/", now=NOW)
    assert f.source == "пресс-служба акима города"
    # a label inside a sentence of the text is no source line
    page = page.replace("<br />Источник:&nbsp;пресс-служба акима города<br />", "").replace(
        "были даны поручения.</p></div>",
        "были даны поручения. Источник: наши данные, говорят, что вода поднимется, и "
        "поэтому все службы будут работать круглосуточно до конца апреля.</p></div>")
    assert extract_article(page, "https://www.example.kz/ru/news/1/", now=NOW).source is None


def test_a_source_label_wins_over_an_author_label_before_it():
    from newscrawler.extract.source import source_from_text
    # (and the report link printed after the source's is not part of it)
    assert source_from_text("2024-03-04 10:22:35　来源: 中国新闻网举报") == "中国新闻网"
    assert source_from_text("Author: Lin Jianping | Source: Shenzhen Daily | Updated: "
                            "2024-05-28") == "Shenzhen Daily"
    assert source_from_text("Author: Lin Jianping") == "Lin Jianping"
    # linked names joined by commas
    assert source_from_text("From: Department for Transport , Highways Agency") == (
        "Department for Transport, Highways Agency")


def test_every_source_label_is_read_in_any_case():
    # (the pattern skips to where a label can start by its first letter: each label, in
    # either case, must still be found)
    from newscrawler.extract.source import _SOURCE_LABELS, source_from_text
    for label in (lb for lb in _SOURCE_LABELS if re.fullmatch(r"[^\\()\[\]*?|]+", lb)):
        for written in (label, label.upper(), label.lower()):
            assert source_from_text(f"正文。 {written}: Harbour Daily") == "Harbour Daily", written


def test_a_news_portals_provider_label_is_a_source():
    from newscrawler.extract.source import source_from_text
    assert source_from_text("提供：みなと通信") == "みなと通信"
    assert source_from_text("ที่มา : สำนักงานจังหวัด") == "สำนักงานจังหวัด"
    assert source_from_text("图片提供：新华社") is None


def test_a_pictures_credit_is_not_the_pages_source():
    from newscrawler.extract.source import source_from_text
    caption = "▲ 7月2日14时卫星云图（来源：省气象台）"
    assert source_from_text(caption) is None
    assert source_from_text(caption + "\n来源：省应急管理厅") == "省应急管理厅"
    assert source_from_text("Mehrwegbecher sollen zum Normalfall werden. Quelle: Thomas "
                            "Imo / photothek.net") is None
    # a date line's or a field line's bracketed source is the page's
    assert source_from_text("2018年05月28日（来源：浙江日报）") == "浙江日报"
    assert source_from_text("发布时间：2018-05-28 09:54（来源：浙江日报）") == "浙江日报"


@pytest.mark.parametrize("line, source", [
    # "From" and an office's name as a link, without a colon, on a line under the headline
    ("From <a href='/en/organisation/dttas/'>Department of Tourism, Culture, Arts, Gaeltacht, "
     "Sport and Media</a>", "Department of Tourism, Culture, Arts, Gaeltacht, Sport and Media"),
    ("From the <a href='/org/moh/'>Ministry of Health</a>", "Ministry of Health"),
    # ... not a line that names nobody's office
    ("From our correspondent in Galway", None), ("From Monday the Council meets", None),
])
def test_from_an_office_without_a_colon(line, source):
    page = ("<html><body><main><h1>Minister announces funding for rural sports clubs</h1>"
            f"<p>{line}</p><p>Published on 28 May 2024</p><p>The Minister today announced "
            "funding of 15 million euro for community sports facilities in rural areas.</p>"
            "</main></body></html>")
    assert extract_article(page, "https://www.example.ie/en/press-release/1/",
                           now=NOW).source == source


def test_the_window_around_the_headline_ends_at_a_line_end():
    from newscrawler.extract.document import parse_html
    from newscrawler.extract.text import text_around
    root = parse_html("<html><body><h1>市长调研重点项目建设</h1><p>副市长陈静参加调研。</p>"
                      "<p>（来源：市政府办公室）</p><p>责任编辑：程晓</p></body></html>")
    anchor = root.find(".//h1")
    whole, at = text_around(root, anchor)
    cut = whole.index("办公") - at  # a window ending inside the label's value
    text, _ = text_around(root, anchor, after=cut)
    assert text.endswith("（来源：市政府办公室）")


@pytest.mark.parametrize(("line", "source"), [
    ("부서명 : 기후환경정책과", "기후환경정책과"), ("提供部局：都市整備局", "都市整備局"),
    ("Nguồn: Sở Nông nghiệp và Môi trường", "Sở Nông nghiệp và Môi trường"),
    ("Entidade: Direcção dos Serviços de Turismo", "Direcção dos Serviços de Turismo"),
    ("แหล่งที่มา : กรมประชาสัมพันธ์", "กรมประชาสัมพันธ์"),
    ("Kaynak: AA", "AA"), ("Sumber: Dinas Komunikasi dan Informatika", "Dinas Komunikasi dan "
                           "Informatika"), ("المصدر: واس", "واس"), ("출처: 연합뉴스", "연합뉴스"),
    ("자료제공 : 해양수산청", "해양수산청"), ("منبع: خبرگزاری پارس", "خبرگزاری پارس"),
    ("מקור: דוברות המשטרה", "דוברות המשטרה"),
    # a bracket the name opens itself is the name's
    ("Fuente: Instituto de Estadística de Valdemora (IEV)",
     "Instituto de Estadística de Valdemora (IEV)"),
    # a board's cells: the label over its value
    ("제목\n해양수산부, 해수욕장 수질 점검\n작성자\n해양보전과\n등록일\n2024-07-15", "해양보전과"),
    # ... or on one line, a space between (an office's label no sentence starts with)
    ("등록일 2024.06.03\n담당부서 미래한강본부 공원여가과\n조회수 2,315",
     "미래한강본부 공원여가과"),
    ("发布机构 市住房和城乡建设局\n成文日期 2024-05-28", "市住房和城乡建设局"),
])
def test_source_labels_in_more_languages(line, source):
    from newscrawler.extract.source import source_from_text
    assert source_from_text(line) == source


def test_a_line_that_starts_with_a_common_word_for_source_is_no_source():
    from newscrawler.extract.source import source_from_text
    assert source_from_text("부처 간 협업 강화 방안\n정부는 오늘") is None
    assert source_from_text("来源于群众的意见\n会议指出") is None


def test_a_source_meta_that_keeps_its_label():
    page = ('<html><head><meta charset="utf-8"><title>区住建局推进老旧小区改造</title>'
            '<meta name="ContentSource" content="来源：人民网－人民日报"></head><body>'
            '<h1>区住建局推进老旧小区改造</h1><div id="zoom"><p>'
            + "区住建局建立了全过程群众参与机制，邀请居民代表担任义务监督员。" * 4
            + "</p></div></body></html>")
    assert extract_article(page.encode(), now=NOW).source == "人民网－人民日报"


@pytest.mark.parametrize(("line", "kept"), [
    # a caption printed as a paragraph, its credit after its last sentence
    ("Workers check a newly built bridge in Beijing, May 27, 2018. (Xinhua/Li Ming)", False),
    # ... a file picture's, as the wires credit it
    ("FILE - Barges wait at a lock on the river, Aug. 12, 2023. (AP Photo/Jo Park, File)", False),
    # ... not a news portal's reporter after its site's address, ending the text
    ("BPS memperkirakan tekanan harga pangan masih akan berlanjut hingga Lebaran. "
     "(Tribunjogja.com/Bunga Kartikasari)", True),
    # a footer's columns of links set apart by middle dots, read as one table row
    ("| Siti tematici · Biblioteca Civica · Musei Civici · Teatro Romano · Informagiovani | "
     "Numeri utili Centralino: 045 8077111 | Servizi online · Pagamenti pagoPA · Certificati "
     "anagrafici online · Iscrizioni scolastiche |", False),
    # ... not a data table's row with a list in a cell
    ("| Primaria Aleardi | Cappotto termico · serramenti · fotovoltaico · LED | € 520.000 |",
     True),
    # an app's promotion around its download prompt
    ("不用抽 不用搶 現在用APP看新聞 保證天天中獎 點我下載APP 按我看活動辦法", False),
    # a Korean caption's label
    ("[사진] 시 관계자가 경로당의 냉방기 가동 상태를 점검하고 있다.", False),
    # a portal's prompt to follow its app
    ("欢迎关注财经日报APP", False), ("欢迎关注本报微信公众号", False),
    ("It rose again in the spring. (See the notes/tables below)", True),
    ("Editor: Wang Xin", False), ("[Editor: Liu Jie]", False),
    # a name and its affiliation; an interview's question
    ("- Mark SubbaRao (NASA/GSFC)", True),
    ("Editor: What do you expect from the new rules for the ports and the railways?", True),
    # a link to another story inside the text, "read also" in other languages
    ("See related: In Sumatra, a community fights fire with water", False),
    ("BASAHIN: Trapik sa MacArthur Highway lalala dahil sa road widening", False),
    ("Baca juga: Pemerintah siapkan anggaran untuk jembatan baru", False),
    ("Leia também: Governo anuncia novas pontes no interior", False),
    ("READ: DPWH completes 14 pumping stations ahead of typhoon season", False),
    # captions whose credit is labelled after a dash or a full stop
    ("Vacina é aplicada em duas doses - Foto: Walterson Rosa/MS", False),
    ("Equipos de respuesta apoyan a las secretarías. Foto: Oficina de Comunicaciones", False),
    ("A Johannesburg Water tanker in Northcliff on Sunday. Picture: Neil Rossouw/The Citizen",
     False),
    # Vietnamese, Malay and Thai photo labels
    ("Phó Thủ tướng chủ trì cuộc họp về các dự án cao tốc - Ảnh: VGP", False),
    # ... the credit in initials
    ("Lãnh đạo thành phố thực hiện nghi thức khởi công trường mới. Ảnh: M.Q", False),
    ("Menteri Kesihatan melawat hospital daerah. Gambar: Bernama", False),
    ("รัฐมนตรีตรวจเยี่ยมโรงพยาบาล - ภาพ: กรมประชาสัมพันธ์", False),
    # the word for a photo in Hebrew, Russian, Turkish, Arabic: a credit alone in brackets,
    # a labelled credit line, one after a caption's full stop
    ("(צילום: shutterstock)", False), ("Фото: пресс-служба мэрии", False),
    ("Bakan hastaneyi ziyaret etti. Fotoğraf: AA", False), ("(تصوير: رويترز)", False),
    ("Sursa foto: gov.ro", False), ("Jaga:", False), ("شارك:", False),
    # ... set off by a bar, as Spanish blogs close their texts, or by a dash with the
    # photographer's office
    ("Imagen | Genbeta con captura de Windows 11", False),
    # ... or thanked for, in Thai ("thanks for the picture: the province's page")
    ("ขอบคุณภาพ: เพจสำนักงานประชาสัมพันธ์จังหวัดเชียงใหม่", False),
    ("Fotos – Márcio James / Semcom", False),
    ("The minister said - photo: it will be shown later today.", True),
    ("Container cranes at the Port of Tacoma. Courtesy of the Seaport Alliance", False),
    # where an advertisement broke the text
    ("Story continues below advertisement", False),
    ("Dalsza część artykułu pod materiałem wideo", False),
    # the PDF reader notice, the page's owning office, skip-link targets
    ("PDF形式のファイルを開くには、Adobe Acrobat Readerが必要です。", False),
    ("To view PDF files you need Adobe Reader, which you can download free.", False),
    ("PDFファイルを閲覧するには、Adobe社のAcrobat Readerが必要です。", False),
    ("We used Adobe Reader settings to make the report accessible, the minister said.", True),
    ("このページの所管所属は環境農政局 資源循環推進課です。", False), (":::", False),
    ("ここから本文です。", False), ("本文", False),
    # appeals for money or to a messenger channel; a sentence that mentions one stays
    ("📲 Participe do canal do Notícias do Vale no WhatsApp", False),
    ("📲 Receba as notícias do Diário do Vale no seu WhatsApp. Clique aqui e entre no canal",
     False),
    ("Join LPN's Telegram channel for the latest updates", False), ("Donate now", False),
    ("The minister asked residents to join the WhatsApp group of their district.", True),
    # a printed page's address line; a sign-up button
    ("URL of this article: https://www.example.com/news/2024/bridge", False),
    ("Sign up", False),
    # a credit bracketed at a caption's end, after a Korean caption's slash, a Chinese
    # credit line; a caption alone in a table's row; a sentence with a slash stays
    ("A storm overflow on the River Lune near Halton (Photo: Graham Wooller/Dispatch)", False),
    ("시민들이 대여소에서 자전거를 빌리고 있다. /한빛일보 DB", False),
    ("시장이 기자회견을 하고 있다. /사진=연합뉴스", False), ("影片／新北市政府提供", False),
    ("| Xe buýt điện vận hành trên tuyến E02. (Ảnh: Minh Quân) |", False),
    ("The rate rose to 4.5 per cent. /The ministry did not comment.", True),
    # a related story's link with its marker, alone or in a one-cell row
    ("▶ 관련기사 : 누비랑 이용자 100만명 돌파…도입 2년 만", False),
    ("【関連記事】県営バス 来年度も運賃据え置き", False),
    ("【相关阅读】全市召开防汛工作会议", False),
    ("| Baca juga: Tarif Transkota Bandung Tetap Rp 4.900 |", False),
    # a page's feedback question in other languages; "read also" alone, with its article
    ("Cette page vous a-t-elle été utile ?", False), ("¿Le ha resultado útil esta página?", False),
    ("Was deze pagina nuttig?", False), ("À lire aussi", False),
    # "see also" over a related list set in one cell, in other languages
    ("| Zobacz także: » Przetarg na przebudowę mostu rozstrzygnięty (2009-10-29) |", False),
    ("Voir aussi : La ville rénove la place du marché", False),
    ("Zie ook: Gemeente opent nieuw zwembad", False),
    ("Tin liên quan: Hà Nội mở thêm 3 tuyến buýt điện", False),
    # a caption under its triangle, a scene's name
    ("▲ 경기도청 광교청사 전경", False), ("会议现场", False), ("6 min", False),
    # a pager between neighbouring pages; a survey set as a table's row; visitor counters
    ("| < Précédent | | Suivant > |", False), ("« Previous Next »", False),
    ("| 이 페이지의 정보에 대해 만족하십니까? 매우만족 만족 보통 불만족 |", False),
    ("Đang truy cập: 128", False), ("Tổng lượt truy cập: 12.540.771", False),
    ("Next week the council meets again.", True),
    # a LINE account's promotion; "further information" heading whose links went
    ("ติดตามข่าวสารล่าสุด เพิ่มเพื่อน LINE @chaophrayanews ไม่พลาดทุกข่าวสำคัญ", False),
    ("Pour en savoir plus", False),
    # a table of contents' heading whose links went, a jump link; a picture's credit alone
    ("Table of Contents", False), ("In This Article", False), ("Jump to Review", False),
    ("Credit: Serious Eats", False), ("Credit: the bank extended the loan by a year.", True),
    # a Polish caption's abbreviated credit
    ("Rozbudowane Przedszkole nr 94 przyjmie dzieci od września. fot. Sławomir Nowak", False),
    # readers' comments: their heading with a count, the site's disclaimer; an alerts prompt
    ("Комментарии (6)", False), ("| Comments (12) |", False),
    ("Os comentários são de responsabilidade exclusiva de seus autores.", False),
    ("The comments were the responsibility of the minister, she said.", True),
    ("Be the first to comment on this post.", False), ("Comments closed.", False),
    ("Reviews (21)", False),
    ("网友评论：（只显示最新10条。评论内容只代表网友观点，与本站立场无关！）", False),
    # a comment's head set as a table's row (who, when, its score); a comment's buttons
    ("| 匿名 于 2010-3-6 20:41:18 发表评论： | 得分：5分 |", False),
    ("【发表评论】【加入收藏】【告诉好友】", False),
    ("县长于2010-3-6在会上发表讲话，部署春耕工作。", True),
    # a Japanese municipal page's box of whom to ask about it
    ("このページへのお問合せ", False), ("このページについてのお問い合わせ", False),
    # an office's offer to send its press releases; a sentence naming releases by e-mail
    ("Sie möchten die Pressemitteilungen der Stadt Nürnberg per E-Mail erhalten? Hier "
     "anmelden oder den RSS-Feed nutzen.", False),
    ("Ricevi ogni settimana i comunicati stampa della Giunta regionale nella tua casella di "
     "posta elettronica.", False),
    ("The office sent its press releases by e-mail to 200 newsrooms on Monday.", True),
    # ... or its news, the line opening with the offer; a sentence about news by e-mail stays
    ("Recibe las noticias del Ayuntamiento en tu correo electrónico o mediante RSS.", False),
    ("Residents will receive news of the works by e-mail, the council said.", True),
    ("Get breaking news alerts", False), ("Get fishing updates in your inbox", False),
    ("Be the first to know when major news breaks.", False),
    # a print bar in Russian or Polish, its separators gone
    ("Версия для печати Обсудить на форуме (5) Отправить другу", False),
    ("drukuj poleć znajomemu", False),
    # a Plone site's document actions
    ("Azioni sul documento", False), ("Invia questa pagina", False), ("Document Actions", False),
    # a menu printed as a line, in any language; a sentence or a table's row with bars stays
    ("O nás | Inzerce | Kontakty | Podmínky užití", False),
    # (a compound of an agglutinative language is long: an accessibility statement's link)
    ("Impresszum | Adatvédelmi tájékoztató | Akadálymentességi nyilatkozat | RSS", False),
    ("Версия для печати | Отправить другу | Обсудить на форуме (12)", False),
    ("Voters chose A | B | C in the poll, the office said.", True),
    # ... or set as a row of one cell, its bars printed "\|"
    ("| \\| Main News \\| Nation \\| Punjab \\| Haryana \\| Jammu & Kashmir \\| Editorial \\| "
     "Home \\| |", False),
    ("| Voters chose A \\| B \\| C in the poll, the office said. |", True),
    ("| Station | Snow | Lifts |", True),
    # a story's staff credits, a role and a name each; a transcript's line stays
    ("- Reporter: Jessica Harlan", False), ("Web Editor: Aaron Tillman", False),
    ("Photographers: J. Doe", False), ("Reporter: Thank you.", True),
    ("Reporter: what does the ministry say about the delay?", True),
    # an update's time alone, set beside the date line by a bar, in any language
    ("| Actualizado 07:45h.", False), ("Aktualisiert um 14:05 Uhr", False),
    ("Atualizado às 10h30", False), ("Actualizado a las 10:30 el plan que se votó ayer.", True),
    # a caption credited after its full stop, with one of its own; the lead picture's caption
    ("Volunteers fill sandbags ahead of the floods. Image: Tasmania SES.", False),
    ("Top photo: The skyline at dusk. Photo by Samantha Chow/University News", False),
    ("Top marks went to the district's schools, the report said.", True),
])
def test_captions_and_editor_lines(line, kept):
    from newscrawler.extract.chrome import strip_chrome
    text = "The ministry said the bridge will open to traffic in July this year."
    assert strip_chrome([text, line]) == ([text, line] if kept else [text])


def test_how_to_cite_the_page_ends_the_text_with_what_follows():
    from newscrawler.extract.chrome import strip_chrome
    text = ["Soil food webs recovered slowly after the drought, the team found.",
            "Citation is one of the ways the study's authors measured its reach, they said; "
            "the paper was retrieved from the archive 400 times."]
    site = ["Citation: Drought weakens soil food webs (2024, June 3) retrieved 4 June 2024 from "
            "https://science.example/news/2024-06-drought-soil.html",
            "This document is subject to copyright. No part may be reproduced without "
            "permission.", "Your feedback is important to us."]
    assert strip_chrome(text + site) == text
    assert strip_chrome(text + ["Cite this report: Municipal budget review 2023. Accessed 2 "
                                "May 2024 at https://city.example/review"]) == text


def test_a_file_list_and_its_heading_go_whatever_follows_them():
    from newscrawler.extract.chrome import strip_chrome
    text = ["Applications are accepted until 30 June at the district service centres.",
            "Tel: 0755-88121234"]
    signature = ["Municipal Human Resources and Social Security Bureau", "28 May 2024"]
    files = ["Attachments:", "1. Application Form.docx", "2. List of Required Documents.pdf"]
    assert strip_chrome(text + files + signature) == text + signature
    assert strip_chrome(text + ["附件：", "1.森林防火工作方案.doc"] + signature) == text + signature
    # a file named in more words when its size follows it (a Korean board's attachments, with
    # their "view" button)
    sized = ["- 0402 (교통정책과) 제주도, 올해 어린이 통학로 안전시설 38곳 확충.hwpx (48.2KB) "
             "바로보기",
             "- 사진자료.zip (3.1MB)"]
    assert strip_chrome(text + sized) == text
    # a sentence naming a file stays, and so does a heading with no file under it
    named = "Remove passing tests from the list in failing-ui-tests.txt"
    assert strip_chrome(text + [named]) == text + [named]
    assert strip_chrome(text + ["Downloads", named]) == text + ["Downloads", named]


@pytest.mark.parametrize("heading", ["Most read", "الأكثر قراءة", "Más leídas", "阅读排行",
                                     "Recent posts", "ALSO IN CALGARY",
                                     "Other News in Public Works", "More press releases",
                                     "Explore further", "Where to Buy", "Trending Stories:",
                                     "Trending now"])
def test_a_most_read_list_ends_the_text(heading):
    from newscrawler.extract.chrome import strip_chrome
    text = ["The council approved the budget for next year after a long debate on Tuesday.",
            "The vote was 31 to 12."]
    assert strip_chrome(text + [heading, "Ministers meet in Muscat", "New port opens"]) == text


def test_a_long_paragraph_met_again_goes_where_a_page_repeats_itself():
    from newscrawler.extract.chrome import strip_chrome
    caption = "The new bridge over the Elbe at Dresden, seen from the old town on opening day."
    lead = ("The bridge took four years to build and cost 180 million euros, the city said. " * 2)
    same_head = lead[:150] + "It opens to cyclists first."  # the same first words only
    short = "The vote was 31 to 12."
    paras = [caption, lead, f"  {caption.upper()}!", same_head, short, short, lead]
    # a copy in other case and spacing is a repeat; a paragraph that only begins alike and a
    # short line are not
    assert strip_chrome(paras, repeats=True) == [caption, lead, same_head, short, short]
    # in a CMS text element the author's own repeats stay
    assert strip_chrome(paras) == [caption, lead, f"  {caption.upper()}!", same_head, short,
                                   short, lead]


def test_a_photo_label_left_alone_is_not_text():
    from newscrawler.extract.chrome import strip_chrome
    assert strip_chrome(["相片", "交通事务局将于九月一日起优化多条巴士路线。"]) == [
        "交通事务局将于九月一日起优化多条巴士路线。"]


@pytest.mark.parametrize("prompt", ["Is this page useful? Yes No", "Was this page helpful?",
                                    "Was this page helpful? Yes · No · Report a problem with "
                                    "this page",
                                    "War diese Seite hilfreich? Ja Nein",
                                    "本页面是否对您有帮助？ 是 否",
                                    "이 페이지에서 제공하는 정보에 대하여 만족하십니까?",
                                    "このページの情報は役に立ちましたか？",
                                    "より良いウェブサイトにするためにみなさまのご意見をお聞かせください"])
def test_a_page_feedback_prompt_is_not_text(prompt):
    from newscrawler.extract.chrome import strip_chrome

    text = ["The fund will repair 14,000 homes over three years, the minister said today.",
            "Councils submit their plans by the end of March."]
    assert strip_chrome(text + [prompt]) == text
    # a sentence that only starts like one stays
    assert strip_chrome(text + ["Is this page useful for the minister to read? Perhaps."]) == \
        text + ["Is this page useful for the minister to read? Perhaps."]


@pytest.mark.parametrize("line", ["上一篇：全市召开安全生产工作会议", "下一篇：市领导调研防汛工作",
                                  "Previous article: City holds safety meeting",
                                  "Next: Mayor inspects flood works", "浏览次数：1234",
                                  "Views: 1,234",
                                  # the notice of an archived government site
                                  "This is historical material “frozen in time”. The website "
                                  "is no longer updated and links may not work.",
                                  "This page has been archived on the Web.",
                                  "This archived news story is available only for your "
                                  "personal, non-commercial use. Information in the story may "
                                  "be outdated or superseded by additional information.",
                                  # reading times, a notice's file versions
                                  "5 min read", "12-minute read", "Lesezeit: 3 Min.",
                                  "阅读时间：约5分钟", "pdf下载 word下载",
                                  # share and print in more languages
                                  "Поделиться | Печать", "Udostępnij Drukuj", "共有 印刷",
                                  "공유하기 인쇄", "Paylaş Yazdır",
                                  # a newsletter form's messages inside the text
                                  "Thanks for signing up!",
                                  "Keep an eye on your inbox for the latest sports news.",
                                  "There was an error processing your subscription.",
                                  # an update stamp of a time alone
                                  "Updated at 1:23 p.m.", "Updated: 14:05 GMT",
                                  # boards: neighbouring posts as rows, counters in Korean
                                  "| ▲ 이전글 | 하반기 공공근로 참여자 모집 |",
                                  "다음글 : 8월 건강강좌 안내",
                                  "조회수 2,315", "點閱次數：1523", "- 조회수 2,315",
                                  "Your feedback helps us improve the NSW Government "
                                  "website.",
                                  # the consent gate in front of an embedded post
                                  "Skip twitter post by Tenby Town Council",
                                  "Allow Twitter content?",
                                  "This article contains content provided by Twitter. We ask "
                                  "for your permission before anything is loaded.",
                                  # a count alone (claps, likes)
                                  "1.4K",
                                  # a file photo's label, a portal's app prompt
                                  "资料图", "扫码下载腾讯新闻APP",
                                  # an outlet's appeal for money after a line about itself
                                  "The Riverbend Observer is a nonprofit newsroom. We rely on "
                                  "readers like you. Donate today.",
                                  "Valley Public Radio is supported by listeners like you. "
                                  "Make your gift today.",
                                  # ... and a heading over such a line
                                  "Support independent local news",
                                  # a "read also" heading alone, its links gone
                                  "Lesen Sie auch", "Lire aussi", "Also read",
                                  # Argentine Spanish says "leé"
                                  "Leé también: Alerta por viento Zonda en todo el oeste",
                                  # ... and "read also" in Romanian, Hungarian, Slovak,
                                  # Croatian, Norwegian
                                  "Citește și: Cum ne protejăm de fulgere pe drum",
                                  "Olvassa el ezt is: Lezárják a hidat a hétvégén",
                                  "Čítajte aj: Mesto opraví dve mosty na Dunaji",
                                  "Pročitajte i: Grad obnavlja dva mosta", "Les også:",
                                  # ... Serbian in Cyrillic, Swahili
                                  "ПОГЛЕДАЈТЕ И: КРАЉЕВО ДОБИЈА НОВУ АУТОБУСКУ СТАНИЦУ",
                                  "Soma zaidi: Bei ya kahawa yapanda mnada wa Moshi",
                                  # a release's note on accessible copies, a template's
                                  # heading of its page details
                                  "This news release may be made available in alternative "
                                  "formats for persons living with visual disabilities.",
                                  "Page details",
                                  # a newsletter box's button and a follow prompt in Spanish
                                  "Apúntate", "Sigue toda la información de la Comunidad "
                                  "Valenciana en Facebook y X, o en nuestra newsletter semanal.",
                                  # a classified ad set between paragraphs
                                  "TEXT AD: Call Willie - +2340000000000",
                                  "The Ledger is a nonprofit newsroom. Your donation keeps "
                                  "our reporting free for everyone.",
                                  # a Chinese outlet's report button, empty comment box,
                                  # advertising desk's link and reservation of rights
                                  "举报", "暂无评论，快来抢沙发吧", "某某财经广告合作，请点击这里",
                                  "此内容为某某财经原创，著作权归某某财经所有。未经某某财经书面授权，"
                                  "不得以任何方式加以使用，包括转载、摘编、复制或建立镜像。",
                                  "① 凡本网注明“来源：某某网”的所有作品，版权均属于某某网，未经本网"
                                  "授权不得转载、摘编或利用其它方式使用上述作品。",
                                  "未经某某新闻网书面特别授权，请勿转载或建立镜像，违者依法必究",
                                  "版权声明：凡注明来源为“某某日报”的所有文字、图片，版权均属某某"
                                  "报业集团所有，未经书面授权，任何媒体、网站或个人不得转载、摘编。",
                                  # "read also" in Greek, an Indonesian portal's video
                                  # link and its embed's placeholder, a Greek reporters'
                                  # credit
                                  "ΔΙΑΒΑΣΤΕ ΕΠΙΣΗΣ: Σε εκκρεμότητα οι αποζημιώσεις",
                                  'Simak Video "Potret Banjir Rob Rendam Permukiman Warga"',
                                  "[Gambas:Video 20detik]",
                                  "Ρεπορτάζ: Ελένη Παπαθανασίου, Γιώργος Ντόκος",
                                  # an outlet's app, messenger channel and LINE account
                                  # prompts with their buttons' words, its call for tips
                                  "📲 下载某某报App，随时掌握最新资讯！点击下载",
                                  "👉 关注某某报WhatsApp频道，第一时间接收新闻推送：点击这里",
                                  "加入某某新聞LINE好友，重大新聞不漏接！", "掃描QR Code或點此加入",
                                  "【如果您有新闻线索，欢迎向我们报料，一经采纳有费用酬谢。报料方式："
                                  "下载某某新闻APP，点击首页右上角“报料”按钮。】",
                                  # a how-to site's view count, rating tally and question form
                                  "This article has been viewed 184,302 times.", "37 votes - 86%",
                                  "200 characters left. Include your email address to get a "
                                  "message when this question is answered.",
                                  # an outlet's blurb that ends on its app
                                  "Discover the latest Business News and market updates. Obtain "
                                  "expert opinions on Example Money or download the Example Money "
                                  "App to stay updated!",
                                  # an editor's and a video's credits in other languages, a
                                  # "read also" link in Russian
                                  "Edição: Maria Cláudia Lopes", "Wideo: TVN24",
                                  "Reportagem – Daniela Pimentel",
                                  "Читайте также: В Петербурге стартовал сезон прогулок",
                                  # a Chinese outlet's notes: first published on its app, its
                                  # app and channel, the writer's permission and its terms
                                  "（本文首发于某某媒体App，作者｜林某，编辑｜陈某）",
                                  "更多精彩内容，关注某某媒体微信号（ID：example），或者下载某某"
                                  "媒体App",
                                  "本文系作者 林某 授权某某媒体发表，并经某某媒体编辑，转载请注明"
                                  "出处、作者和本文链接。",
                                  # an article's keywords: "文章关键词：…"
                                  "文章关键词：山海之约 定档 国庆档",
                                  # ... with the condition first: "如若转载，请注明来源"
                                  "本文属于原创文章，如若转载，请注明来源：折叠屏手机出货量增长 "
                                  "https://news.example.com.cn/871/8712345.html"])
def test_links_to_neighbouring_articles_and_view_counts_are_not_text(line):
    from newscrawler.extract.chrome import strip_chrome

    text = ["The fund will repair 14,000 homes over three years, the minister said today.",
            "Next week the council will vote on the plans of each district."]
    assert strip_chrome(text + [line]) == text


def test_a_sentence_about_an_app_or_votes_is_text():
    from newscrawler.extract.chrome import strip_chrome

    text = ["Patients can download the NHS App to book appointments, the trust said.",
            "Edición: el texto fue revisado por la redacción antes de publicarse.",
            "The motion passed with 37 votes to 12 after a two-hour debate."]
    assert strip_chrome(text) == text


def test_a_regulation_that_bans_copying_is_text():
    # a ban on copying without a permission, or a permission without a site's rights, is
    # what the text says, not a site's notice
    from newscrawler.extract.chrome import strip_chrome

    text = ["各单位要严格落实保密管理规定，加强涉密文件和资料的日常管理。",
            "未经批准，任何单位和个人不得擅自复制、转载涉密文件和资料。"]
    assert strip_chrome(text) == text


@pytest.mark.parametrize("lead", [
    "Storm hits coast of Florida as residents leave their homes for shelters inland.",
    "全市召开防汛工作会议，部署汛期安全工作，要求各地压实责任，确保安全度汛，防患于未然。",
])
def test_a_lead_that_starts_with_the_headline_words_is_kept(lead):
    title = lead[:16] if lead.isascii() else lead[:10]
    page = (f"<html><head><title>{title}</title></head><body><h1>{title}</h1>"
            f"<div class='text'><p>{lead}</p><p>{lead[::-1]}</p></div></body></html>")
    f = extract_article(page, now=NOW)
    assert f.body is not None and f.body.startswith(lead)



def test_blocks_inside_a_list_item_read_as_words():
    # a list item of two <div>s (a term and its text): the generic extractor glued them
    page = ("<html lang='en'><head><title>Commission adopts new rules on data sharing</title>"
            "</head><body><main><h1>Commission adopts new rules on data sharing</h1>"
            "<div class='body'><p>The European Commission today adopted new rules to make it "
            "easier for businesses to share data across borders, cutting costs.</p>"
            "<p>The rules will apply from January 2026 and cover industrial and public "
            "sector data alike.</p><ul><li><div>Member States</div><div>will designate a "
            "competent authority by 2025</div></li><li><div>Companies</div><div>will be able "
            "to request data from public bodies</div></li></ul><p>The proposal now goes to "
            "the European Parliament and the Council.</p></div></main></body></html>")
    body = extract_article(page, "https://ec.example.eu/news/1", now=NOW).body
    assert "Member States will designate" in body
    assert "Companies will be able" in body


TEXT = ["Die Bundesregierung hat heute den Entwurf eines Gesetzes zur Modernisierung des "
        "Vergaberechts beschlossen.", "Der Entwurf geht nun an den Bundesrat."]


@pytest.mark.parametrize(("tail", "kept"), [
    # a press office's contact block closes the text, in any of its languages
    (["Rückfragehinweis", "Bundeskanzleramt, Pressestelle", "+43 1 531 15-202424",
      "presse@bka.gv.at"], 0),
    (["Contact presse :", "Service de presse du Premier ministre", "01 42 75 50 78"], 0),
    (["Kontakt", "Pressesekreterare Sarah Andersson", "Telefon (växel) 08-405 10 00"], 0),
    # India's PIB and the UN end their releases with stars; the staff's initials under them
    (["***", "AS/SK"], 0), (["* *** *"], 0),
    # a heading named so with text under it, or with no telephone or address, stays
    (["Contacts", "The ministry met the regional contacts of the programme twice a year and "
      "agreed on a timetable for the next round of consultations with the industry."], 2),
    (["Kontakt", "Anna Schmidt", "Referat Presse"], 3),
    # the heading of a list of documents or links that went as chrome
    (["Dokumente"], 0), (["Associated links"], 0), (["Allegati"], 0), (["File đính kèm"], 0),
    # a page's change history, and a list of other releases, each with its date at the end
    (["Updates to this page", "Published 28 May 2024", "- Updated with the latest figures.",
      "- First published."], 0),
    # ... under the text's own closing list, which stays
    (["How the scheme works", "- The scheme is one of 2,000 funded through the programme.",
      "- Photographs are available on request from the press office.",
      "Published 12 March 2024", "- Added drone footage.", "- First published."], 3),
    (["Ultimi comunicati", "- Caldo, bollettini per 27 città 31 maggio 2024",
      "- Giornata mondiale senza tabacco 30 maggio 2024"], 0),
    # a timeline, each item beginning with its date, is the text's
    (["Zeitplan", "- 28. Mai 2024: Kabinettsbeschluss", "- 14. Juni 2024: Bundesrat"], 3),
    # a wire's sign-off; a rule of dashes over a signature; Japanese and Korean contacts
    (["-- BERNAMA"], 0), (["------------", "我本浮云命"], 0),
    (["お問い合わせ先", "消費・安全局動物衛生課", "代表：03-3502-8111"], 0),
    (["連絡先", "水産庁漁港漁場整備部計画課", "代表　03-3502-8111", "直通　03-6744-2390",
      "課長　　　山本　一郎", "課長補佐　田中　由美", "担当　　　小林　直樹"], 0),
    # who prepared a release (no heading of a contact block, but its lines are), or a contact
    # person, over a name and a telephone; "for
    # further information" with the office's telephone on its line
    (["Informāciju sagatavoja:", "Anna Bērziņa", "Ministrijas Komunikācijas nodaļa",
      "Tālr.: 67013100", "E-pasts: prese@ministrija.example.lv"], 0),
    (["Contact Person: Chen Ya-ting, Section Chief, Industrial Development Administration",
      "Tel: +886-2-2754-1255 ext. 2310", "Email: ytchen@ida.example.tw"], 0),
    (["For further information: the Bank's Spokesperson, tel. +972-2-655-2000, "
      "media@bank.example.il"], 0),
    # a release's notes for journalists, headed or labelled; a company's media contact
    (["Notes to editors", "1. The fund opened in 2021 and has supported 40 projects.",
      "2. Photographs of the site are available from the press office."], 0),
    (["Editor’s notes", "About the Trust: it cares for 120 nature reserves across the county.",
      "Photographs of the nest are available on request."], 0),
    # ... but an editor's note on the text is the text's
    (["Editor’s note: an earlier version of this story gave the wrong date for the vote."], 1),
    (["Hinweis für Redaktionen: Weitere Informationen zum Programm finden Sie unter "
      "www.landesamt.example.de."], 0),
    (["媒体联系：集团品牌中心 press@group.example.com"], 0),
    # a wire story's credits and the agency's standards under them
    (["Reporting by Jane Roe in Lagos; additional reporting by Ali Khan; Editing by Mark Poe",
      "Our Standards: The Agency Trust Principles., opens new tab"], 0),
    # a photographer's bio and the print edition's note over the magazine's invitation to
    # write to it
    (["Ana Ruiz is a photographer based in Tucson, Arizona. Her work follows water in the "
      "desert.", "This article appeared in the May 2024 print edition of the magazine with "
      "the headline “Dry wells.”", "We welcome reader letters. Email the editors at "
      "letters@magazine.example or submit a letter to the editor."], 0),
    # a columnist's bio over the paper's invitation to answer in its letters section
    (["Dana Whitfield is a Chronicle columnist and the author of The Quiet Year",
      "- Do you have an opinion on the issues raised in this article? If you would like to "
      "submit a response of up to 300 words by email to be considered for publication in "
      "our letters section, please click here."], 0),
    (["【免责声明】本文仅代表作者本人观点，与本网无关。本网对文中陈述、观点判断保持中立。"], 0),
    (["자료 문의", "경제정책국 종합정책과", "044-215-2712"], 0),
    # the page's stamp alone under the last sentence, a weekday beside it or not
    (["2023年4月16日"], 0), (["Tuesday, 28 May 2024"], 0), (["2023年4月16日（星期日）"], 0),
    # an editor's initials alone in lower case, as Latin American papers sign
    (["cbo"], 0),
    # who supplied or edited the text, bracketed or labelled; a line that only begins so stays
    (["（来源：市发展改革委投资处）"], 0), (["責任編輯：王五"], 0),
    # the site's disclaimer under its heading; a longer text so headed stays
    (["Disclaimer:", "As a service to our readers we keep archived articles online.",
      "No content on this site should be used instead of advice from your doctor."], 0),
    (["Disclaimer"] + ["The study's authors note several limits of the trial and of the "
                       "data it rests on, which the rest of this section goes through. " * 3]
     * 3, 4),
    # a Korean public body's licence line and the page's owner under the text
    (["국토교통부의 본 저작물은 \"공공누리 제1유형: 출처표시\" 조건에 따라 이용할 수 있습니다.",
      "콘텐츠 담당부서 : 대변인실 연락처 : 044-201-3039"], 0),
    # a site's disclaimer or advertising statement closing the text
    (["免责声明：本文内容与数据仅供参考，不构成投资建议。"], 0),
    (["广告声明：文内含有的对外跳转链接，用于传递更多信息。"], 0),
    # a broadcaster's credits for its radio piece and its web text
    (["Sujet radio: Julien Maillard", "Adaptation web: vajo"], 0),
    # how to reach the reporter, an interview's contact heading over the press officers
    (["Reach reporter Dana Okafor at dokafor@paper.example or 602-444-8000. Follow him on X "
      "@dokafor_az."], 0),
    (["For more information or to set up interviews please contact:",
      "Maria Lindqvist, Media Relations, +41 79 000 47 12, press@union.example"], 0),
    # ... an organisation's "About" block in French, its name after "À propos de"
    (["À propos de Mews", "Mews conçoit des logiciels pour l'hôtellerie. Sa plateforme regroupe "
      "la gestion des établissements et les paiements."], 0),
    # a finance site's risk notice and its heading
    (["风险提示及免责条款", "市场有风险，投资需谨慎。本文不构成个人投资建议，"
      "也未考虑到个别用户特殊的投资目标、财务状况或需要。"], 0),
    (["（记者 张三 通讯员 李四）"], 0), (["记者从市发改委获悉"], 1),
    # a notice's signing date under its signature is the notice's
    (["市发展改革委", "2024年5月28日"], 2),
    # the end marks and desk sign-offs of other wires: the Philippines', Bangladesh's,
    # the Arab agencies', Indonesia's editors' initials
    (["---oooOooo---"], 0), (["#", "মাহফুজ/রফিকুল/২০২৪/১১৩০ ঘণ্টা"], 0),
    (["//انتهى//", "10:35 ت مـ", "0055"], 0), (["/العُمانية/", "س.ع/ع.م"], 0),
    (["وام/عاصم الخولي/"], 0), (["(ak/hm)"], 0),
    (["Read more at www.example.org/news"], 1),
    # an office's contact lines without a heading; lines that only name a way to write stay
    (["Vyriausybės komunikacijos departamentas", "Tel. +370 706 63 620",
      "El. p. spauda@lrvk.lt"], 0),
    (["Contact the Division of Corporations", "Contact us by email:", "[email protected]"], 3),
    # a Japanese contact heading without its い; a Vietnamese source line
    (["問合せ先", "環境農政局 資源循環推進課", "電話 045-210-4110"], 0),
    (["本件に関する問い合わせ先", "気象リスク対策課 気候情報担当",
      "電話 03-6758-3900（内線 5163）"], 0),
    # the headings of link lists that went as chrome, over a contact block headed 担当
    (["関連資料", "関連リンク", "担当", "新エネルギー課長 伊藤",
      "電話：03-3501-1511（内線 4551）"], 0),
    (["Nguồn: Sở Nông nghiệp và Môi trường"], 0),
    # the reporter's name, labelled, as the last line; a sentence naming one stays
    # "more information" and press offices in other languages, as a heading or as the
    # label of a contact on its own line
    (["Per ulteriori informazioni:", "Divisione delle costruzioni",
      "tel. 091 814 00 00, dt-dc@ti.ch"], 0),
    (["Ufficio Stampa", "Ministero della Salute", "Lungotevere Ripa, 1 - 00153 Roma",
      "Tel. 06 5994 5289"], 0),
    (["Lisätietoja: neuvotteleva virkamies Anna Virtanen, p. 0295 530 000",
      "erityisavustaja Mikko Laine, p. 0295 530 001"], 0),
    (["Lisainfo: valitsuse pressiesindaja, tel 5555 0000, press@riigikantselei.ee"], 0),
    (["Informasi lebih lanjut: Tlp/Fax: (021) 3500 838, Email: humas@kemenkeu.example"], 0),
    (["Untuk maklumat lanjut, sila hubungi:", "Unit Komunikasi Korporat",
      "Tel: 03-8000 8000"], 0),
    (["Pour de plus amples informations", "Personnes de contact pour la presse", "Jean MARTIN",
      "Téléphone", "+32 2 29 00000"], 0),
    # ... not a heading of more information over text or links
    (["Per ulteriori informazioni si rimanda al sito del ministero, dove sono pubblicati i "
      "dati di tutte le città e le mappe delle previsioni per i prossimi tre giorni."], 1),
    # links printed as lines under a list's heading; a sentence's own link stays
    (["Learn More:", "BC Wildfire Service: https://www2.gov.bc.ca/gov/content/wildfire",
      "Wildfire careers: https://www2.gov.bc.ca/gov/content/wildfire/careers"], 0),
    (["To learn more about the programme, visit:", "https://www.example.gov/moon"], 2),
    # an office's address line under the end mark, longer than a date line
    (["# # #", "Montgomery County Public Information Office · 101 Monroe Street, Rockville, "
      "MD 20850 · 240-777-6507"], 0),
    # headings of lists that went, an annex named under the text, an agency's credit
    (["Additional Resources"], 0), (["Follow us"], 0),
    (["Annex A: List of participating retailers"], 0), (["(DA Bicol/PIA-5 Albay)"], 0),
    # a portal's credits and its platform's disclaimer for a reposted account article
    (["来源：北京日报客户端", "记者：李博雅", "流程编辑：刘乐然"], 0),
    (["特别声明：以上内容(如有图片或视频亦包括在内)为自媒体平台用户上传并发布，本平台仅提供信息存储服务。",
      "Notice: The content above (including the pictures and videos if any) is uploaded and "
      "posted by a user of the platform, which only provides information storage services.",
      "本文来源：中国新闻网 作者：蔡敏婕 责任编辑：王晓丽_NN6783"], 0),
    # notes about the story closing it: print edition, an unedited feed, the writer's bio
    (["This article appears in the April 2024 print edition with the headline “Who "
      "Benefits?”"], 0),
    (["Edición impresa - Esta nota fue publicada en la edición impresa del miércoles "
      "13/09/2023. Ver edición digital"], 0),
    (["(This story has not been edited by The National Times staff and is auto-generated "
      "from a syndicated feed.)"], 0),
    (["Jordan Pike covers city government for the Register. Reach him at jpike@example.com "
      "or 515-555-0143."], 0),
    (["Rachel Amsel is a staff writer at The Meridian, where she covers energy."], 0),
    (["Renata Okafor covers agriculture for the Ledger. Contact them at tips@ledger.example."],
     0), (["Aoife Brennan is a documentary photographer based in Co Sligo."], 0),
    (["License this article"], 0),
    (["The Council is a partner of the scheme and will reach agreement with the ministry "
      "next year."], 1),
    # an end mark over notes to editors, however long they are
    (["ENDS", "Notes to editors", "The Alliance is a network of 23 local and international "
      "organisations working with pastoralist communities in the Horn of Africa. "
      "Spokespeople are available in English, Kiswahili and Somali."], 0),
    # the site's copyright words as the last line, without the sign first
    (["RIPRODUZIONE RISERVATA © Copyright ANSA"], 0), (["Todos los derechos reservados."], 0),
    (["Repórter: Carla Souza"], 0), (["Reporter: the minister thanked her for the question."], 1),
    # a press contact on one line, with a telephone; a notice's own contact line stays
    (["新聞聯絡人：工務局 王股長 電話：02-2720-8889轉3512"], 0),
    (["문의전화: 02-2133-1234"], 0), (["Media contact: Jane Roe, 555-0100"], 0),
    (["※ 문의 : 교통항공국 교통정책과 교통안전팀 (064-710-2432)"], 0),
    (["Pour toute information complémentaire : M. Jean Dupont, secrétaire général adjoint, "
      "T. 022 546 69 68."], 0),
    # a site's word to the owners of the pictures it used; a notice's own reminder stays
    (["特别提醒：如果我们使用了您的图片，请作者与本站联系索取稿酬。"], 0),
    (["特别提醒：报名截止时间为5月31日，逾期不再受理。"], 1),
    # a think tank's fellow's bio
    (["Jane Roe is a senior fellow with the Technology Program at the Example Institute."], 0),
    (["联系人：张三，联系电话：0571-87051234"], 1), (["Media contact: the press office"], 1),
    # a source line and the writer's, in Thai; a Vietnamese author's line
    (["แหล่งที่มา : กรมควบคุมโรค", "ผู้เขียน : ศิริพร ใจดี"], 0), (["Tác giả: Minh Anh"], 0),
    # the site's copyright line with its sign; a story's licence that travels with it stays
    (["© 2024 Harbour Daily, a division of Coastal Media Group."], 0),
    (["Copyright ©2024 Ledger & Co., Inc. All Rights Reserved."], 0),
    (["© RIPRODUZIONE RISERVATA"], 0),
    # a public body's reuse notice; a sentence about reproduction stays
    (["Reproduction is permitted provided that the source is acknowledged."], 0),
    (["Reproduction is permitted only for members of the club, the statement added."], 1),
    (["© 2024 The Wire Service. All rights reserved. This material may not be published, "
      "broadcast, rewritten or redistributed."], 1),
    # a blog's or a platform's disclaimer closing the text; a sentence about views stays
    (["The Policy Lab blog shares early findings from our fieldwork. Views expressed are "
      "those of the authors and not necessarily those of the Institute."], 0),
    (["Les opinions exprimées n'engagent que leurs auteurs."], 0),
    (["Disclaimer: The views and investment tips expressed by investment experts on "
      "Example.com are their own and not those of the website or its management."], 0),
    (["The institute does not express opinions of its own. The opinions expressed in this "
      "publication are the responsibility of the author(s)."], 0),
    (["The views expressed at the hearing were mostly those of residents near the site."], 1),
    # credits set as a table row; the page's footer read as one; a row of the text's table
    (["| 编辑：王晓燕 | 来源：青石日报 |  |"], 0),
    (["| 12 Main Street. Tel. 01234 000000 © 2010-2024 Eastvale District Council. |"], 0),
    (["| 区域 | 面积 | 编辑：王晓燕 |"], 1),
    # a release's end mark with its date and time of issue, the page's rows under it
    (["完", "2010年11月23日（星期二）", "香港時間16時05分", "NNNN",
      "| 列印本頁 \\| 返回 \\| 回頁首 |", "| 2010 \\| 重要告示 \\| 私隱政策 |"], 0),
    (["Issued at HKT 15:30"], 0), (["Doors open at 7:30 pm."], 1),
    # a reprint's print-edition line
    (["《 人民日报 》（ 2015年06月18日 10 版）"], 0), (["《经济日报》（2024年3月5日 第3版）"], 0),
    # a Korean release's provider and the official in charge with a telephone
    (["자료제공 : 해양수산청", "담당 : 해사안전과 사무관 김현수 (044-555-4121)"], 0),
    # an Indonesian release's contact; a statement's signature under its label
    (["Sumber: Biro Komunikasi", "Narahubung:", "Siti Rahayu", "Telp. 021-555-0187"], 0),
    (["Signed:", "Ngozi Okafor (Mrs)", "Director, Press and Public Relations",
      "Federal Ministry of Water Resources, Abuja", "23rd October, 2012"], 0),
    # a paper's or an agency's name in brackets; an enumerator or a note stays
    (["（東邦新聞）"], 0), (["(AP)"], 0), (["（三）"], 1), (["(see table 2)"], 1),
    # the place and day a release was dated; a contact heading whose block went; a press
    # office's address with its postcode over the footer's row
    # an end mark over a media contact and the agency's "About"
    (["###", "Media contact:", "Jenna Okafor, Communications Office", "(555) 010-4477",
      "jenna.okafor@dnr.example.gov", "About the DNR: The Department of Natural Resources "
      "manages the state's 4.8 million acres of public land, 71 state parks and more than "
      "11,000 lakes for present and future generations."], 0),
    # ... over the contact and the agency's lines about itself, unlabelled, and its parent's
    (["###", "Jordan Blake, DEP Press Office", "Online", "Phone",
      "Department of Environmental Protection",
      "DEP ensures clean air, land and water. We'll make sure that your environment is "
      "protected, your drinking water is safe, and your waste is properly managed.",
      "Executive Office of Energy and Environmental Affairs",
      "EEA seeks to protect, preserve, and enhance the state's environmental resources while "
      "ensuring a clean energy future for the state's residents."], 0),
    (["（区住建局 供稿）"], 0), (["Paris, le 3 avril 2008"], 0), (["Berlin, den 3. April 2008"], 0),
    # (who wrote it and took its pictures, after the names: "（心血管内科 刘佳 文/图）")
    (["（心血管内科 刘佳 文/图）"], 0),
    # the sending office's short name alone in brackets; a bracketed remark stays
    (["（省防指办）"], 0), (["（市发展改革委）"], 0), (["（以上价格均含税）"], 1),
    # who did what after its role and a colon, with or without brackets
    (["撰稿：何建平 摄影：马浩然 审核：赵晓东", "（一审：李娜 二审：王俊 三审：张志刚）"], 0),
    (["お問い合わせ"], 0),
    # a release's reference; a writer's name alone under the last sentence (a Chinese
    # reporter's line stays)
    (["(Schluss) mbu", "HINWEIS: Fotos von dieser Sitzung finden Sie im Webportal."], 0),
    (["(Schluss Verkehrsausschuss) mbu"], 0),
    # an end mark named for what it ends, over the minister's line and the media contact
    (["- Statement ends -", "Jane Doe MLA | Media Releases",
      "Media contact: Sam Lee | 0400 555 012"], 0),
    (["End of media release"], 0), (["The statement ends here."], 1),
    (["IP/25/712"], 0),
    # a press contact's row, office, telephones and address on one line; a Turkish one
    (["| Contact presse : Bureau de la communication interministérielle Tél. : 02 35 55 10 45 "
      "- Port. : 06 55 21 98 04 Mél : communication@pref.example.gouv.fr |",
      "Document joint : Communiqué au format PDF (48 Ko)", "Mis à jour le 18/03/2009"], 0),
    (["Bilgi için: İletişim ve Dış İlişkiler Genel Müdürlüğü",
      "Tel: 0312 555 10 00 E-posta: iletisim@merkezbankasi.example.gov.tr"], 0),
    (["Thu Hà"], 0), (["Nguyễn Văn Minh"], 0), (["记者 刘涛"], 1),
    (["see below"], 1),
    # a page's managing office with its telephone; inquiries by telephone; a municipality's
    # "for information" with its office hours under it
    (["콘텐츠 관리부서 : 공보담당관 | 전화번호 : 031-000-2041"], 0),
    (["Довідки за телефоном: (0000) 00-00-00, відділ молодіжної політики департаменту."], 0),
    (["Per informazioni: Ufficio Servizi Sociali, Piazza della Repubblica 1 - tel. 0575 000312",
      "Orario di apertura al pubblico: lunedì e giovedì 9.00-12.30"], 0),
    # an end mark over a signature and the page's rows
    (["***", "Joint Director (Information)", "Directorate of Information & Public Relations",
      "| Attachment : Download (PDF, Hindi version) | Print << Back |",
      "| Content owned, maintained and updated by Department of Agriculture & Farmers Welfare, "
      "Government of Madhyanchal. Krishi Bhawan, Secretariat Road \\| Designed & Hosted by NIC |"],
     0),
    # a Japanese release's contact without its heading: the office, the officials, the
    # telephone with its extension
    (["国土水資源省水資源局水資源計画課", "地下水対策室長 中村 雅彦、課長補佐 高橋 美紀",
      "電話：03-5555-8111（内線31412、31418）", "直通：03-5555-8231 FAX：03-5555-8238"], 0),
    (["Pressestelle des Landtags", "Schlossplatz 3", "30159 Nordheim", "Telefon 0511 3030-4120",
      "© Landtag Nordheim 2010 | Impressum | Datenschutz"], 0),
    # a public information bulletin's page record (its "Metryczka") under its files' heading
    (["Pliki do pobrania", "Metryczka", "| Data publikacji | 12.03.2024 |",
      "| Data modyfikacji | 13.03.2024 10:15 |", "| Rejestr zmian | Zobacz zmiany |",
      "| Podmiot udostępniający informację | Urząd Miejski w Nowym Polu |",
      "| Osoba wytwarzająca/odpowiadająca za informację | Anna Nowak Wydział Promocji i "
      "Komunikacji |", "| Osoba udostępniająca informację | Piotr Kowalczyk Biuro Prasowe |"], 0),
    (["Page last reviewed: 12 May 2024", "Content owner: Planning Services"], 0),
    # an agenda box: its heading over items that each begin with their day and month
    (["Agenda della Giunta", "- 13 marzo, ore 10 Firenze, Palazzo Strozzi Sacrati: conferenza "
      "stampa sul bando", "- 14 marzo, ore 11 Arezzo: inaugurazione del centro per l'impiego"], 0),
    (["Upcoming events", "- March 15 – Town hall meeting on the budget",
      "- 22 March 2024: Open day at the water treatment plant"], 0),
    # other stories closing the text: a headline, its dateline alone, a summary (three)
    (["Space agencies partner to study sail propulsion", "Washington DC (SPX) Mar 04, 2025",
      "NASA and ESA have agreed to cooperate on a study of sail propulsion for missions.",
      "Light-powered CubeSat completes first year", "Pasadena CA (SPX) Feb 27, 2025",
      "A small satellite propelled by sunlight has completed its first year in orbit.",
      "New coatings could boost sail efficiency", "Tokyo, Japan (SPX) Feb 20, 2025",
      "Researchers have developed a thin coating that reduces heating of the membrane."], 0),
    # a state government's contact line, then its notice on data protection in social media
    (["Kontakt", "Bei Nachfragen wenden Sie sich bitte an die Pressestelle des Ministeriums, "
      "Telefon 0211 4566-719.", "Dieser Pressetext ist auch verfügbar unter https://www.land.example.",
      "Datenschutzhinweis betr. Soziale Medien",
      "Die Landesregierung nutzt für ihre Öffentlichkeitsarbeit auch soziale Netzwerke. Beim "
      "Besuch der Auftritte werden durch die Betreiber personenbezogene Daten verarbeitet."], 0),
    # an appeal for support without its button
    (["| Thanks for being here; We need your help. The news network continues to grow but "
      "revenues have never been harder to maintain. If you find our news sites informative "
      "and useful then please consider becoming a regular supporter or for now make a one "
      "off contribution. |"], 0),
    (["En el diario creemos que el periodismo independiente es imprescindible. Por eso tu apoyo "
      "es tan importante: si puedes, hazte socio o socia.", "Hazte socio, hazte socia"], 0),
    # ... under no such heading, the dated items are the text's timeline
    (["Timeline", "Consultation opens – March 4, 2025", "The public can comment online.",
      "Hearing – March 10, 2025", "The board hears the submissions in public.",
      "Decision – March 15, 2025", "The board publishes its decision and its reasons."], 7),
    (["The consultation runs in three steps:", "- 13 March: the draft plan is published",
      "- 20 March: public meetings in every district"], 3),
    # a contact block headed "Media Contact(s)"
    (["Media Contact(s)", "Jane Roe, communications, Department of Health, 506-444-4583"], 0),
    # the issuing office in capitals over the date and time it was issued
    (["PUBLIC AFFAIRS DEPARTMENT", "SINGAPORE POLICE FORCE", "13 February 2024 @ 5:40 PM"], 0),
    # ... without the date, lines in capitals are no sign-off
    (["PUBLIC AFFAIRS DEPARTMENT", "SINGAPORE POLICE FORCE"], 2),
    # an editor's credit; a comments section's heading without its comments; an outlet's
    # appeal, the line that opens it with it
    (["(Edited by Jane Roe)"], 0), (["Comentarios"], 0),
    (["(Edited by Jane Roe)",
      "India needs fair and questioning journalism, packed with on-ground reporting. The "
      "paper, with its reporters, columnists and editors, is doing just that.",
      "Sustaining this needs support from wonderful readers like you.",
      "Whether you live here or overseas, you can take a paid subscription by clicking here."],
     0),
    # ... or that the paper needs its readers to pay for it, its heading over the appeal
    (["(Edited by Jane Roe)", "Why news media is in crisis & How you can fix it",
      "The country needs free and questioning journalism even more as it faces crises.",
      "The Paper has the finest young reporters. Sustaining journalism of this quality needs "
      "smart and thinking people like you to pay for it."], 0),
    # a transcript's copyright notice, longer than a story's note
    (["Copyright © 2024 Radio Initiative. All rights reserved. Transcripts are produced on a "
      "tight deadline by a contractor. Fidelity to the original aired audio or video file "
      "might vary, and text might be updated or amended in the future. For the authoritative "
      "record of the programming, please visit the original aired recording. For terms of "
      "use and more information, visit our policies pages."], 0),
    # a blog's and a news site's word that the views are not theirs
    (["The views expressed by the authors of this blog are their own and do not necessarily "
      "reflect the views of the Network Information Centre."], 0),
    (["* Comments posted by users in this discussion thread are opinions of the individuals "
      "posting them and not the views of the site."], 0),
    # a court's word on its summaries, and the page's revision label whose date went
    (["Cases in Brief are prepared by the Court's staff to help people understand the "
      "Court's decisions. They are not intended to be used in legal proceedings.",
      "- Date modified:"], 0),
    # a committee report's making and licence
    (["© Commonwealth of Australia 2024", "This document was prepared by the Senate "
      "Education and Employment References Committee secretariat and printed by the Senate "
      "Printing Unit.", "This work is licensed under the Creative Commons Attribution-"
      "NonCommercial-NoDerivs 3.0 Australia License."], 0),
    # an outlet's appeal under its heading, an invitation to write to the editor under a
    # comments heading, a company blog's recruiting box
    (["Support the Harbour Times", "You can support quality local journalism by subscribing "
      "to the Times. Get unlimited access to all our stories from $3.80 a week."], 0),
    (["What do you think?", "Dear reader, we'd like to hear from you. We regularly publish "
      "letters to the editor. Please send your letters to letters@example.com."], 0),
    (["Join us", "Acme is the region's leading delivery app, serving millions of people.",
      "Join us today to drive change and create new impact together. See open roles"], 0),
    # a Japanese release's contacts without their heading, offices over telephones (kana
    # in a line: Japanese, not a Chinese notice's own 联系电话)
    (["環境局気候変動対策部計画課", "電話 03-5388-3501", "（ゼロエミポイントに関すること）",
      "環境局気候変動対策部家庭エネルギー対策課", "電話 03-5388-3533"], 0),
    # who funded the article, and who may republish it
    (["This article was funded by the Government of the Netherlands and the Hanns Seidel "
      "Foundation.", "Re-publishing", "Exclusive rights to re-publish ISS Today articles have "
      "been given to two papers."], 0),
    # ... and an outlet's terms for republishing it, however long the list of conditions
    (["This Harbour.org story is available for online republication by news media outlets or "
      "nonprofits under these conditions: " + "the writer must be credited with a byline; "
      "the story cannot be edited beyond style and grammar; " * 12], 0),
    # a statistics release's paragraph about its program, which names what the heading does
    (["About the Population Estimates", "The Bureau's Population Estimates Program produces "
      "estimates of the population for the country, its states, counties and towns. They are "
      "developed from a base that integrates the census and administrative records.", "###"],
     0),
    # a company's paragraph about itself under its name with its legal form, the paragraph
    # opening with the name's first word; then how to reach its services
    (["About Harbourline Electronics Co., Ltd.", "Harbourline inspires the world with "
      "transformative ideas and technologies, from displays and memory to home appliances and "
      "networks. For the latest news, visit the Harbourline newsroom.",
      "For media inquiries, please use the media contact form."], 0),
    # ... or a foundation's longer paragraph about itself
    (["About the Harbour Foundation", "The Harbour Foundation provides our global community of "
      "individuals and organisations with a business-friendly environment for open source "
      "software collaboration and innovation. " + "We host projects and working groups in "
      "cloud, edge, automotive and developer tools. " * 6], 0),
    # ... not a name's word opening a sentence of the text's own
    (["About Harbourline Electronics", "Harbourline said the plant would open in May."], 2),
    # a broadcaster's stamp under the text, its name in brackets before it
    (["[テレ朝NEWS] 2024/03/12 11:45"], 0),
    # a regulator's contact lines, then its paragraph about itself without a heading: its
    # name and its short name in brackets say what it is
    (["Media enquiries", "Contact the Media Unit, on +61 2 9000 3636", "All other enquiries",
      "For more information contact the Authority on 1300 000 849.", "The Harbour Prudential "
      "Regulation Authority (HPRA) is the prudential regulator of the financial services "
      "industry. It oversees banks, mutuals, general insurance and reinsurance companies, life "
      "insurance, private health insurers, friendly societies and most members of the "
      "superannuation industry. HPRA currently oversees institutions holding about $9 trillion "
      "in assets for the country's depositors, policyholders and superannuation members."], 0),
    # a research institute's box of the paper under "Sources" (its DOI spaced "DOI : "),
    # then the researcher's contact
    (["Sources", "Hepatic factor restrains fasting gluconeogenesis in type 2 diabetes",
      "Julien Marchand1, Claire Vautrin1*", "1 Institut de biologie hépatique, Lyon",
      "Nature Metabolism, 11 mars 2024", "DOI : 10.1038/s42255-024-00991-x",
      "Contact chercheur", "Claire Vautrin", "Directrice de recherche",
      "claire.vautrin@institut.example"], 0),
    # a news site's box of where the story came from, over the study's own heading
    (["Story Source:", "Materials provided by Harbour University. Note: Content may be "
      "edited for style and length.", "Journal Reference:", "- Jane Roe, Ana Silva. Winter "
      "growth of eelgrass meadows. Marine Ecology Letters, 2024; DOI: 10.1002/mel2.10412",
      "Cite This Page:"], 0),
    # ... the study's heading alone over its citation
    (["Journal Reference:", "Jane Roe et al. Winter growth of eelgrass meadows. Marine "
      "Ecology Letters, 2024; DOI: 10.1002/mel2.10412"], 0),
    # an agency's spokesperson by name, the telephones under it
    (["FTC Spokesperson: Deputy Secretary-General Chen Yu-ting", "Tel: 02-2351-7588 ext. 380",
      "Case contact: Lin Pei-shan, Service Industries Division, Tel: 02-2351-7588 ext. 427"],
     0),
    # a Japanese institute's paper information, its DOI alone under its label, then the
    # presenters and the press office
    (["論文情報", "＜タイトル＞", "A root cap kinase couples mechanical impedance to root "
      "reorientation", "＜著者名＞", "Yosuke Yamazaki, Saki Kimura, and Kenji Morita",
      "＜雑誌＞", "Nature Plants", "＜DOI＞", "10.1038/s41477-024-00000-0", "発表者",
      "研究所 環境資源科学研究センター", "チームリーダー 山崎 陽介（ヤマザキ・ヨウスケ）",
      "大学 大学院生命農学研究科", "准教授 木村 早紀（キムラ・サキ）", "報道担当",
      "研究所 広報室 報道担当", "お問い合わせフォーム", "大学 総務部広報課",
      "Tel: 052-000-0000", "Email: research[at]university.example"], 0),
    # a health site's word that it gives no medical advice
    (["Las informaciones publicadas en Redacción Sanitaria contienen afirmaciones, datos y "
      "declaraciones procedentes de instituciones oficiales. No obstante, ante cualquier duda "
      "relacionada con su salud, consulte con su especialista sanitario correspondiente.",
      "Los comentarios están reservados a usuarios registrados. Regístrate o inicia sesión."],
     0),
    (["This article is for information only and is not a substitute for professional medical "
      "advice."], 0),
    # a bank's paragraph about itself under "Über …", saying when it was founded
    (["Über die Harbour Bank", "Die Harbour Gemeinschaftsbank eG wurde 1974 in Bochum als "
      "erste sozial-ökologische Universalbank gegründet. Sie finanziert ausschließlich "
      "Unternehmen und Projekte mit ökologischem und sozialem Nutzen."], 0),
    # the credit for the text alone, a name under the label
    (["Text: Maria Engström"], 0),
    # a news agency's condition for quoting its items, in English and in Ukrainian
    (["When quoting and using any materials on the Internet, open for search engines, "
      "hyperlinks not lower than the first paragraph to \"agency.example\" are obligatory. "
      "Quoting translations of foreign media is possible only with a hyperlink to them."], 0),
    (["При цитуванні і використанні будь-яких матеріалів в Інтернеті гіперпосилання на "
      "agency.example не нижче першого абзацу обов'язкове."], 0),
    # a paper's print-edition line
    (["Published in The Harbour Tribune, March 4th, 2025."], 0),
    # an agency's notes about the release itself under their heading, and its contact point
    (["Notes", "- This press release, together with all related documents, is available on "
      "the Agency's website.", "- More information on the work of the Agency can be found on "
      "its website: www.agency.example.eu", "Contact point:", "Media office",
      "Tel. +31 (0)88 000 8427"], 0),
    # a comments section's heading, its invitation gone
    (["Conversation"], 0),
    # a contact block whose lines set a name, a role, a department and an e-mail apart by bars
    (["For further information contact:", "Mr. Kofi Mensah | Communication Officer | Department "
      "of Agriculture, Rural Development and Sustainable Environment | Commission | E-mail: "
      "mensahk@commission.example.org", "Web: www.commission.example.org | Addis Ababa"], 0),
    # "Inquiries:" with an office and its telephone, last
    (["Inquiries: Park and Landscape Bureau, Garden City Division, +82-2-2133-2092"], 0),
    # a statistics office's contact box, its heading in German
    (["Kontakt für weitere Auskünfte", "Bautätigkeit, Baugenehmigungen",
      "Telefon: +49 611 75 2482", "Zum Kontaktformular"], 0),
    # the page's record set as a table, a row of it its publication date, under a press
    # office's contact without its heading (a Czech address: its postcode spaced)
    (["Oddělení komunikace a vnějších vztahů",
      "Krajský úřad Kraje, U Jezu 642/2a, 461 80 Liberec 2",
      "tel.: +420 485 000 302, e-mail: media@kraj.example.cz",
      "| Datum zveřejnění: | 12. 3. 2024 |", "|---|---|",
      "| Poslední aktualizace: | 18. 3. 2024 14:02 |",
      "| Zodpovídá: | Oddělení komunikace a vnějších vztahů |",
      "| Rubrika: | Tiskové zprávy, Regionální rozvoj |"], 0),
    # an outlet's appeal for donations under a heading that names its journalism
    (["Support HARBOUR TIMES' journalism of integrity and credibility",
      "At Harbour Times, we firmly believe in the importance of high-quality journalism. "
      "Recognizing that not everyone can afford costly news subscriptions, we are dedicated "
      "to delivering researched, fact-checked news.",
      "Your support will help us maintain our commitment to free news. Kindly consider "
      "donating today."], 0),
    # a canton's contact box under a list's heading: the office and its address, no telephone
    (["Weiterführende Informationen", "Kontakt", "Baudirektion - Kommunikation", "Walcheplatz 2",
      "8090 Zürich", "Bitte beachten Sie: Dieser Kontakt ist ausschliesslich für "
      "Medienschaffende.", "Für dieses Thema zuständig: Amt für Raumentwicklung"], 0),
    # a Québec release's closing contacts under "Source :" and "Information :", after its
    # related links' heading
    (["Liens connexes :", "Source :", "Élise Bergeron", "Attachée de presse",
      "Cabinet de la ministre des Transports", "Tél. : 418 000-6980", "Information :",
      "Relations avec les médias", "Ministère des Transports", "Tél. : 418 000-1404"], 0),
    # a Spanish paper's writer's biography by role and beat
    (["Redactora de la delegación de EL DIARIO en la Comunidad Valenciana, donde cubre "
      "vivienda, urbanismo y política municipal. Antes trabajó en la radio."], 0),
    # ... a Spanish one, the postcode after a dash
    (["Oficina de Comunicación", "Consejería de Vivienda, Transportes e Infraestructuras",
      "Calle Maudes, 17 – 28003 Madrid", "Teléfono: 91 000 31 00 · prensa@example.org"], 0),
    # ... a table of the text's own, its dates labelled as no publication, stays
    (["| Registration opens: | 1 April 2024 |", "|---|---|", "| Venue: | City Hall |"], 3),
])
def test_what_closes_a_release_is_not_text(tail, kept):
    from newscrawler.extract.trim import trim_end
    assert trim_end(TEXT + tail) == TEXT + tail[:kept]


def test_a_mark_the_text_printed_before_is_a_separator():
    # a cabinet's communiqué parts its items with "*****": the last one is no end mark
    from newscrawler.extract.trim import trim_end
    text = ["Il Consiglio dei Ministri si è riunito giovedì 15 aprile alle ore 17.10.",
            "*****", "LEGGI REGIONALI",
            "Il Consiglio dei Ministri ha esaminato diciotto leggi delle regioni.", "*****",
            "Il Consiglio dei Ministri è terminato alle ore 19.40."]
    assert trim_end(text) == text
    # ... and a mark printed once still ends the text
    release = text[:1] + text[2:4] + ["***", "Media enquiries: 020 7000 0000"]
    assert trim_end(release) == text[:1] + text[2:4]


@pytest.mark.parametrize("top", [
    # a speech's or a statement's kind, a release's reference
    ["CHECK AGAINST DELIVERY"], ["PRESS STATEMENT"], ["Seul le prononcé fait foi"],
    ["Es gilt das gesprochene Wort"],
    ["Siaran Pers Nomor: 087/SP/HM/BKIP/VII/2023"],
    # a date line whose <time> the text reader dropped leaves its label
    ["Published"], ["Publicerad"], ["发表时间："],
    # a metadata list: the issuing office under "From", labels whose dates were elements
    ["- From", "- Department of Education", "- Published on", "- Last updated on"],
    # the issuing unit's line of a Taiwanese or Macanese release
    ["發布單位：都市發展局"], ["发布机关：交通事务局"],
    # a dateline with the place and the office
    ["May 28, 2024 - Winnipeg, Manitoba - Infrastructure Canada"],
    ["May 28, 2024 – Winnipeg, Manitoba – Housing, Infrastructure and Communities Canada"],
    # a date line set as a table's row: its cells the date, the source, print and send
    ["| Data publikacji: 2009-11-23, godz. 14:35 \\| Źródło: Wydział Informacji UM "
     "| drukuj wyślij znajomemu |"],
    # a board's record fields, glued together when their spans had no space between
    ["작성자 : 하천관리과등록일 : 2024-05-28조회수 : 512"], ["浏览次数：1024"], ["點閱數：875"],
    ["보도시점 : 2024. 7. 3.(수) 12:00"],
    ["ページ番号：123456"],
    # bylines in other languages
    ["Opracowanie: Anna Nowak"], ["Submitted by jwatts on Tue, 05/28/2024 - 09:54"],
    ["Por Juan Pérez"], ["Oleh Rina Susanti"],
    # a paper's unnamed credits; its dateline without the year
    ["Our Correspondent"], ["Staff Reporter"], ["Tribune News Service"],
    ["Our Correspondent", "Bathinda, August 13"], ["New Delhi, Aug. 13"],
    # the release's contact named with its headline, then who, and how to reach them
    ["Media Contact for DEP Awards $11.2 Million to 23 Communities for Drinking Water "
     "Resilience Projects", "Jordan Blake, DEP Press Office", "Online", "Phone"],
    # a press office named with its address over the text
    ["Region 5 Press Office (r5press@epa.gov)"],
    # the labels of two dates whose dates went; a release's kind with its number
    ["Publicerad · Uppdaterad"], ["Posted , updated"], ["Comunicato n. 112"],
    ["Pressemitteilung Nr. 45/2024"],
    # a notice's number; a release's date and its office; the issuing office's row
    ["冀政办〔2012〕8号"], ["報道発表資料", "掲載日：2016年8月2日", "ページ番号：1004321"],
    ["Please attribute to Detective Sergeant Aroha Tipene, Hamilton CIB:"],
    ["| Ufficio responsabile: Area Servizi alla Persona - Ufficio Servizi Sociali | |"],
    ["発表日：2014年7月1日", "観光部山岳高原観光課"],
    # a city's release header: the page's number, the day, the kind, the era's date, the
    # office with its desk and telephone
    ["ページ番号253123", "2019年6月4日", "広報資料", "令和元年6月4日",
     "環境政策局（循環型社会推進部ごみ減量推進課 電話：075-213-4930）"],
    # a reposted article's original headline
    ["原标题：新增城市绿地200公顷！北京今年将新建改造提升公园50处"],
    # a dateline whose day and month order is ambiguous
    ["Publicado el 12/08/2025"],
    # the page's kind and release time as lines of their own
    ["Communiqué de presse"], ["For release at 2:00 p.m. EDT"], ["Comunicado de prensa"],
    ["KENYATAAN MEDIA"],
    # a release's contact over its text: a name and a title over the telephone
    ["FOR IMMEDIATE RELEASE", "Media contact:", "Lawrence Pacheco",
     "Director of Communications", "720-508-6553", "lawrence.pacheco@coag.gov"],
    # ... or without its label (a field label the text reader dropped)
    ["Communications Office", "602-542-1094", "media@azdhs.example.gov"],
    # a record's field table, as the text reader prints tables
    ["| Press release no. | 2456 |", "|---|---|", "| Date | 23 June 2024 |",
     "| Ministry | Local Government Division |"],
    # ... a speech's details, a long value beside a short label
    ["| Date | 21 Mar 2024 |", "|---|---|", "| Speaker | Ms Lim Hui Wen, Minister of State, "
     "Ministry of Communications and Information |", "| Venue | Our Tampines Hub |"],
    # ... two fields a row: a Chinese portal's disclosure table
    ["| 索引号 | 11330100002489/2024-00123 | 主题分类 | 城乡建设 |", "|---|---|---|---|",
     "| 发布机构 | 市住建局 | 成文日期 | 2024-05-28 |",
     "| 文号 | 杭建〔2024〕5号 | 发布日期 | 2024-05-28 |"],
    # a Japanese release's 【照会先】 box over the text: offices, extensions, telephones
    ["【照会先】", "健康局 健康課", "課長補佐 山田 花子（内線2971）",
     "（代表電話）03（5253）1111"],
    # the breadcrumb trail, then the page's fields; one-cell rows of a layout's labels
    ["ホーム > くらし・手続き > ごみ・リサイクル > 家庭用生ごみ処理機の助成",
     "更新日：2024年4月12日", "ページ番号：1002345"],
    ["Home › Newsroom"], ["首页 > 新闻中心 > 市政要闻"],
    # ... a trail with slashes after the home page's name, in other languages
    ["Главная / Лента новостей / Происшествия"], ["Strona główna / Wiadomości / Region"],
    ["| 第03版：城事 下载本版PDF |", "| 本版新闻 |"],
    # a record's fields read a cell a line: each name over its value, then the text's field
    ["發布單位", "觀光旅遊處", "發布日期", "2023/09/20", "內容"],
    ["发布机关", "市交通运输局", "索引号", "11330100002489-2024-0012", "正文"],
    # ... a board's definition list, its items marked as the text reader marks them
    ["- 작성자", "- 안전총괄과", "- 작성일", "- 2024.07.01", "- 조회수", "- 2381"],
    # ... a name and its value read onto one line without a colon, or a lone row of two
    ["담당부서 미래한강본부 공원여가과"], ["보도시점 2025. 5. 20.(화) 조간"],
    ["| 담당 부서 | 범죄예방정책과 | 책임자 | 과장 이○○ (02-3150-2134) |"],
    # a byline with a colon after its word
    ["By: Gerald Lee"], ["Por: Ana Ruiz"],
    # a summary under its own label over the text
    ["导语：今年1至5月，全市既有多层住宅加装电梯已完工1236台，另有1870余台正在施工。"],
    ["【内容提要】全市推广成片加装模式，楼组议事会让协商更顺畅，老小区居民出行更方便。"],
    ["摘要：降价的消息一条接一条，但对于大多数企业客户来说，调用成本只是因素之一。"],
    # a release's two summary lines set in bold over its place and date line
    ["Issues notices to the Chief Secretary and the Director General of Police calling for a "
     "detailed report within two weeks", "The report is expected to include the status of the "
     "FIR and the compensation paid", "New Delhi, 13th March, 2024"],
    # a Korean release's subtitles, each between dashes
    ["- 20일부터 9월 30일까지 폭염 대응 종합대책 추진…전담팀 운영 -",
     "- 취약계층 2만 1,000여 명 안부 확인, 횡단보도 그늘막 120곳 추가 -"],
])
def test_labels_left_over_the_text_are_not_text(top):
    from newscrawler.extract.trim import trim_top
    assert trim_top(top + TEXT, "Ein Gesetz") == TEXT


@pytest.mark.parametrize("table", [
    ["| Year | Output |", "|---|---|", "| 2023 | 156 |", "| 2024 | 170 |"],
    # four columns: numbers where a field table has its labels
    ["| 2023 | 156 | 2024 | 170 |", "|---|---|---|---|", "| 1st quarter | 12.5 | 2nd | 13.1 |"],
    ["| Project | Cost | Date | State |", "|---|---|---|---|",
     "| Roads | 1.2 million | 2024-05-28 | done |"],
])
def test_a_data_table_over_the_text_stays(table):
    from newscrawler.extract.trim import trim_top
    assert trim_top(table + TEXT, "Ein Gesetz") == table + TEXT


def test_an_english_field_name_starting_a_line_without_a_colon_is_text():
    from newscrawler.extract.trim import trim_top
    assert trim_top(["Views from the river"] + TEXT, "Ein Gesetz") == [
        "Views from the river"] + TEXT


def test_a_long_first_line_with_a_date_stays():
    from newscrawler.extract.trim import trim_top
    line = "Council approved the budget on May 28, 2024 after a long debate about the new bridge"
    assert trim_top([line] + TEXT, "Ein Gesetz") == [line] + TEXT


def test_the_credits_for_the_text_and_pictures_that_open_a_release_go():
    # a Brazilian city's release opens with its writer's and photographer's credits, each
    # with their office after a slash, set off by a dash
    from newscrawler.extract.chrome import strip_chrome
    from newscrawler.extract.trim import trim_top
    credits = ["Texto – Larissa Nogueira / Semsa", "Fotos – Márcio James / Semcom"]
    assert trim_top(strip_chrome(credits + TEXT), "Ein Gesetz") == TEXT


def test_a_sentence_with_arrows_stays():
    from newscrawler.extract.trim import trim_top
    line = "Prices rose > 5% in May, and wages > 3%, the office said."
    assert trim_top([line] + TEXT, "Ein Gesetz") == [line] + TEXT


def test_a_heading_that_is_a_word_of_a_label_stays():
    from newscrawler.extract.trim import trim_top
    assert trim_top(["Updates"] + TEXT, "Ein Gesetz") == ["Updates"] + TEXT
    # a date line that introduces what follows
    assert trim_top(["Effective beginning 6/2/2025:"] + TEXT, "Ein Gesetz")[0].startswith("Eff")


# ("sommario", Italian for "summary", right after the headline is a summary, as "summary"
# is there, and Spanish "entradilla" a standfirst anywhere: test_extract_release_parts)
@pytest.mark.parametrize("name", ["article-ingress", "inleiding",
                                  # a camel-case name: Joomla K2's intro over its full text
                                  "itemIntroText",
                                  # ... or named for what it is, the text's first paragraph
                                  "article-first-paragraph"])
def test_a_lead_named_in_the_language_of_its_template(name):
    lead = ("Regjeringen foreslår å bruke 600 millioner kroner ekstra på beredskap i "
            "Nord-Norge i revidert nasjonalbudsjett.")
    page = (f"<html lang='nb'><head><title>Mer penger til beredskap</title></head><body>"
            f"<main><h1>Mer penger til beredskap</h1><div class='{name}'><p>{lead}</p></div>"
            "<div class='article-body'>"
            + "".join(f"<p>Avsnitt {n}: pengene skal gå til sivilforsvaret, politiet og "
                      f"helseberedskapen i de tre nordligste fylkene i landet.</p>"
                      for n in range(1, 6))
            + "</div></main><footer>© Regjeringen</footer></body></html>")
    body = extract_article(page, "https://www.regjeringen.example/no/aktuelt/1", now=NOW).body
    assert body.startswith(lead)


def test_a_lead_picture_is_no_lead():
    # a picture named for the lead ("c-lead-art") after the headline: its caption is not the
    # text's lead
    caption = ("Nurse midwife Teresa Olvera checks a patient's blood pressure during a "
               "prenatal visit at the clinic in Pearsall on May 22, 2024.")
    page = ("<html lang='en'><head><title>Rural hospitals close labor units</title></head>"
            "<body><header><h1>Rural hospitals close labor units</h1><figure class='c-lead-art'>"
            f"<img src='/clinic.jpg' alt=''><figcaption class='c-lead-art__caption'>{caption}"
            "</figcaption></figure></header><div class='story-body'>"
            + "".join(f"<p>Paragraph {n}: the nearest hospital that still delivers babies is "
                      f"an hour's drive away for many women in the county.</p>"
                      for n in range(1, 6))
            + "</div></body></html>")
    body = extract_article(page, "https://news.example/2024/06/04/rural-hospitals/", now=NOW).body
    assert body.startswith("Paragraph 1:") and "Olvera" not in body


@pytest.mark.parametrize(("line", "kept"), [
    # credits bracketed at the end, as Chinese sites print them
    ("A cargo plane is loaded at the airport. [Photo/Southern Daily]", False),
    ("A pocket park in Futian District. [Photo by Xie Zhanzhi]", False),
    ("A hydrogen station built by a state firm. [Photo provided to example.gov.cn]", False),
    ("Volunteers plant trees on a hillside. [Photo courtesy of the county government]", False),
    ("避難タワーへの避難訓練の様子（黒潮町）［写真：黒潮町提供］", False),
    # marked a file picture, in a table's cell too
    ("观众在博物馆夜场参观。（资料图）", False),
    ("| 翻新後的屋邨街市環境明顯改善。（資料圖片） |", False),
    ("市长（左二）在现场调研企业复工复产情况。", True),
    # a Chinese caption credited to a reporter is text to Chinese news labels
    ("小朋友在互动体验区感受数字艺术。（苏报记者 袁艺 摄）", True),
    # a caption's agency and photographer; a news agency's story ending with its writer's
    # initials and its office is text
    ("Workers install solar panels in Hefei, June 3, 2024. (Xinhua/Li Ming)", False),
    ("More pumps will be handed to farmers in Samar before the end of April. (JRC/PIA-5 Albay)",
     True),
    ("The agency will open two more centres in the province next year. (ABC/PNA-Davao)", True),
])
def test_a_caption_credited_in_brackets_inside_the_text(line, kept):
    from newscrawler.extract.chrome import strip_chrome
    text = ["The city opened its new museum of digital art on Monday.",
            "Visitors can book a free ticket through the city's app."]
    assert strip_chrome([text[0], line, text[1]]) == (
        [text[0], line, text[1]] if kept else text)


def test_a_photo_storys_credited_captions_are_its_text():
    from newscrawler.extract.chrome import strip_chrome
    story = ["Farmers across the district began spring ploughing this week.",
             "A tractor ploughs a field in Pengdu village. [Photo by Zhao Lei]",
             "Technicians check rice seedlings in a greenhouse. [Photo by Zhao Lei]",
             "Workers plant broccoli at a vegetable base. [Photo by Sun Ting]"]
    assert strip_chrome(story) == story
    # the credit of a whole gallery on its last caption
    gallery = ["Rapeseed flowers are in full bloom in Wuyuan county.",
               "Tourists take photos among the flowers.",
               "A farmer tends to bees near a field. [Photo by Zhan Dongmei]"]
    assert strip_chrome(gallery) == gallery


def test_the_text_in_a_paywall_box_is_the_articles():
    # schema.org's paywall markup names the box that holds the locked text ("paywall"); a
    # prompt to subscribe is another box
    paras = "".join(f"<p>Paragraph {n}: shipping rates between Asia and Europe fell again "
                    f"last week as vessels returned to the Red Sea route.</p>" for n in range(5))
    page = ("<html lang='en'><head><title>Shipping rates slide</title></head>"
            "<body class='is-paywalled'><article><h1>Shipping rates slide</h1>"
            "<p class='date'>March 4, 2024</p><div class='article-content'><p>Rates fell for a "
            "third straight week, brokers said on Monday, as ships came back.</p><p>The cost "
            "of moving a container from Shanghai to Rotterdam fell 9% last week to about "
            "$3,100, down from a peak of almost $4,900 in late January.</p>"
            f"<div class='paywall'>{paras}</div><div class='paywall-prompt'><p>Subscribe to "
            "continue reading our journalism today.</p></div></div></article></body></html>")
    body = extract_article(page, "https://www.journal.example/articles/rates", now=NOW).body
    assert "Paragraph 4: shipping rates" in body
    assert "Subscribe" not in body


def test_an_email_bulletins_one_column_table_reads_as_paragraphs():
    rows = "".join(f"<tr><td style='padding:8px'>Paragraph {n}: young riders can take the "
                   f"county's buses for free all summer under a pass announced today.</td></tr>"
                   for n in range(4))
    page = ("<html lang='en'><head><title>Free summer bus rides for youth</title></head><body>"
            "<table width='600' align='center'><tr><td><h2>Free summer bus rides for youth"
            f"</h2></td></tr>{rows}</table></body></html>")
    body = extract_article(page, "https://content.govdelivery.example/bulletins/1", now=NOW).body
    assert "|" not in body
    assert body.split("\n\n")[0].startswith("Paragraph 0: young riders")



def test_a_declared_body_replaces_only_a_shown_fraction_of_it():
    from newscrawler.extract.declared import prefer_declared
    declared = ["A paragraph of the declared article text that goes on for a while. " * 3] * 3
    assert prefer_declared(["Loading article…"], declared)
    # the shown text holds most of it: it stays, whatever the declared body adds
    assert not prefer_declared(declared[:2], declared)
    # a declared summary is never taken
    assert not prefer_declared([], ["A short summary of the article."])
    f = extract_article(read("en_script_shell_jsonld.html"), now=NOW)
    assert f.body_path == "declared" and f.body.count("\n\n") == 3


@pytest.mark.parametrize("heading", ["Related links", "Associated links", "延伸阅读", "See also",
                                     "Read Next", "What to read next", "Other Local Headlines:",
                                     "More headlines", "In evidenza", "Latest news",
                                     "TE PUEDE INTERESAR", "更多三立新聞網報導", "更多精彩内容",
                                     "Tin liên quan", "Noticia Relacionada",
                                     "Notícias relacionadas", "Articoli correlati",
                                     "Articles liés", "Verwandte Artikel",
                                     "If you liked this post, you might also like:"])
def test_a_related_list_heading_ends_the_text(heading):
    from newscrawler.extract.chrome import strip_chrome
    text = ["The department will install 40 new monitoring stations on the lake's tributaries.",
            "The first 12 new stations are expected to be operational by spring 2025."]
    links = [heading, "- Lake Winnipeg Basin Program", "- Freshwater quality monitoring data"]
    assert strip_chrome(text + links) == text


def test_a_related_box_inside_a_chinese_text_leaves_the_text_after_it():
    # the text goes on after the box from its first sentence (Chinese prose is short in
    # characters: a sentence of 70 of them is running text)
    from newscrawler.extract.chrome import strip_chrome
    before = ["按照规定，加装电梯需经本单元一定比例的业主同意，并且对利益受损的业主要进行协商。"]
    box = ["延伸阅读", "- 加装电梯，低层住户的权益如何保障？", "- 老旧小区改造 居民最盼这几件事"]
    after = ["怎么破解：先算账，再商量",
             "在一个上世纪80年代建成的小区，居委会摸索出了“三上三下”议事法：先上门听意见，"
             "再请设计单位出方案，最后召开单元议事会。"]
    out = strip_chrome(before + box + after)
    assert out[0] == before[0] and out[-1] == after[-1]
    assert not any("加装电梯，低层" in line or line == "延伸阅读" for line in out)


def test_a_data_table_reads_the_same_whatever_step_found_the_text():
    # a CMS container's table printed as the generic extractor prints one: "| a | b |"
    table = ("<table><tr><th>镇（街道）</th><th>补贴户数（户）</th><th>备注</th></tr>"
             "<tr><td>武康街道</td><td>3126</td><td></td></tr>"
             "<tr><td>新市镇</td><td>5318</td><td>含补发12户|另计</td></tr></table>")
    text = "<p>" + "现将2016年度耕地地力保护补贴发放情况公示如下。" * 4 + "</p>"
    page = (f"<html><head><meta charset='utf-8'><title>补贴公示</title></head><body>"
            f"<h1>补贴公示</h1><div id='zoom'>{text}{table}</div></body></html>")
    f = extract_article(page.encode(), now=NOW)
    assert f.body_path == "container"
    assert f.body.split("\n\n")[1:] == ["| 镇（街道） | 补贴户数（户） | 备注 |",
                                        "| 武康街道 | 3126 |  |",
                                        "| 新市镇 | 5318 | 含补发12户\\|另计 |"]


def test_a_source_lines_value_ends_at_its_line_break():
    from lxml import html as lxml_html

    from newscrawler.extract.source import source_on_page
    root = lxml_html.fromstring(
        "<html><body><p>本文。</p><table><tr><td>担当課：健康福祉部 健康推進課<br>"
        "〒290-8501 みなと台市本町1番地</td></tr></table></body></html>")
    assert source_on_page(root) == "健康福祉部 健康推進課"


@pytest.mark.parametrize("paras, kept", [
    # a quotation the text holds, and its dashed attribution
    (["She said: “Roads come first this year. Then the bridges.” The vote is today.",
      "“Roads come first this year. Then the bridges.”", "— Mayor Ann Lee", "Next."],
     ["She said: “Roads come first this year. Then the bridges.” The vote is today.", "Next."]),
    # a summary or a list item repeating a sentence is text (recipes, key points)
    (["Cover the bowl and let it rest for 45 minutes.",
      "Mix the flour and salt, cover the bowl and let it rest for 45 minutes. Then bake."],
     None),
    # a quotation that no other paragraph holds, or a short one, stays
    (["“We will build it,” she said.", "The plan was approved."], None),
    (["He said “yes” twice.", "“yes”"], None),
    # ... its sentences printed apart in the text, who spoke between them
    (["“The past gives us a range of what these forests have lived through. Right now we’re "
      "pushing past the edge of that range.”",
      "“The past gives us a range of what these forests have lived through,” said senior author "
      "Gregory Ko. “Right now we’re pushing past the edge of that range.”", "Next."],
     ["“The past gives us a range of what these forests have lived through,” said senior author "
      "Gregory Ko. “Right now we’re pushing past the edge of that range.”", "Next."]),
    # ... its attribution read onto its line after the closing mark: a name and a role
    (["“You install it, it listens for a day, and then it knows what normal is,” said Tomás "
      "Ibarra, who built the first prototype.",
      "“You install it, it listens for a day, and then it knows what normal is.”Tomás Ibarra, "
      "Ph.D. student", "Next."],
     ["“You install it, it listens for a day, and then it knows what normal is,” said Tomás "
      "Ibarra, who built the first prototype.", "Next."]),
    # (a quotation the text holds, "said" after it: the text's own)
    (["“Roads come first this year, then the bridges,” said the mayor.",
      "She repeated: “Roads come first this year, then the bridges,” at every meeting since."],
     None),
    # (a quotation of two sentences that different paragraphs hold is text)
    (["“Roads come first this year. Then the bridges get their turn.”",
      "The mayor said roads come first this year, as last year.",
      "Then the bridges get their turn, she added, once the money is there."], None),
])
def test_a_pull_quote_that_repeats_the_text_goes(paras, kept):
    assert drop_pull_quotes(paras) == (paras if kept is None else kept)


def test_declared_paywalled_parts():
    head = ('<html><head><script type="application/ld+json">{{"isAccessibleForFree": "False",'
            ' "hasPart": [{{"isAccessibleForFree": false, "cssSelector": "{0}"}}]}}</script>'
            '</head><body><div class="locked">Text.</div><div class="free">Teaser.</div>'
            '</body></html>')
    root = lxml.html.fromstring(head.format(".locked"))
    assert [el.get("class") for el in declared_parts(root, read_meta(root))] == ["locked"]
    # a selector written wrong, or a part free to read, declares nothing
    for bad in ("div[", "..x"):
        root = lxml.html.fromstring(head.format(bad))
        assert declared_parts(root, read_meta(root)) == set()
    root = lxml.html.fromstring(head.format(".locked").replace("false", "true"))
    assert declared_parts(root, read_meta(root)) == set()


def test_a_signup_box_is_not_text():
    from newscrawler.extract.boxes import signup_boxes
    box = ('<div class="kg-signup-card"><h2>Newsletter “The week”</h2><p>Every Friday. No '
           'spam.</p><form><input type="email" placeholder="you@example.com"><button>Join'
           '</button></form></div>')
    root = lxml.html.fromstring(f"<html><body><article><p>{'Text. ' * 60}</p>{box}"
                                "</article></body></html>")
    (found,) = signup_boxes(root)
    assert found.get("class") == "kg-signup-card"
    # a search form, or a form inside the text's own box, takes no text with it
    root = lxml.html.fromstring(f"<html><body><div><p>{'Text. ' * 60}</p><form><input "
                                "type='email'></form></div><form><input type='search'></form>"
                                "</body></html>")
    assert [el.tag for el in signup_boxes(root)] == ["form"]


def test_parts_named_only_by_their_test_ids_are_told_by_them():
    # an app whose classes are hashes names its parts in data-testid: the byline, the
    # video's caption, a promotion and an embedded post are no text
    text = [f"Paragraph {n} of the report, on the flooded boathouse and the club." for n in
            range(5)]
    p = [f'<p class="css-1g3n2ff">{t}</p>' for t in text]
    page = ('<html><head><title>Boathouse flooded again</title></head><body><main>'
            '<h1 class="css-1djqoq5">Boathouse flooded again</h1>'
            '<div class="css-1kpdr6f" data-testid="article-byline"><p class="css-h3qk1m">By '
            'Anglia reporter Ella Barton</p></div>'
            f'{p[0]}{p[1]}<div class="css-qk7bm9" data-testid="embed-twitter"><blockquote>'
            '<p>Third time this winter. Water is a foot deep in the boat bay.</p>— Cam Valley RC'
            f' (@CamValleyRC)</blockquote></div>{p[2]}'
            '<div class="css-1tq2xiy" data-testid="promo-block"><p class="css-10xk6pl"><strong>'
            'Want a quick briefing on the news? Listen to our podcasts</strong> <a href="/pod">'
            f'What You Need To Know</a></p></div>{p[3]}<div data-testid="article-video">'
            '<video></video><p class="css-1mkpn2w" data-testid="video-caption">Watch: '
            f'volunteers show the damage</p></div>{p[4]}</main></body></html>')
    body = extract_article(page, "https://news.example.com/a/1").body
    assert body.split("\n\n") == text
    # a caller's parsed page is left as it was
    sel = Selector(text=page)
    assert extract_article(sel, "https://news.example.com/a/1").body == body
    assert sel.css("[data-testid=article-byline]::attr(class)").get() == "css-1kpdr6f"


def test_a_box_of_paid_offers_is_not_text_and_a_reviews_shop_links_are():
    text = "".join(f"<p>Paragraph {n} of the explainer, on saving a little every month for "
                   "the bills that come once a year.</p>" for n in range(5))
    offers = ('<div class="rates"><p>Best Savings Accounts of 2025</p><table><tr><td>'
              'Northfield Savings</td><td>4.10% APY</td><td>'
              '<a href="/go/northfield" rel="sponsored nofollow">Open account</a></td></tr>'
              '<tr><td>Harbor Online</td><td>3.95% APY</td><td><a href="/go/harbor" '
              'rel="sponsored nofollow">Open account</a></td></tr></table><p>Rates as of March 3. '
              'Advertiser disclosure applies.</p></div>')
    more = text.replace("explainer", "guide")
    page = (f"<html><head><title>Sinking funds</title></head><body><main><article><h1>Sinking "
            f'funds</h1><div class="entry-content">{text}{offers}{more}</div></article></main>'
            "</body></html>")
    body = extract_article(page, "https://money.example.com/sinking-fund/").body
    assert "Open account" not in body and "Advertiser disclosure" not in body
    assert "Paragraph 4 of the explainer" in body and "Paragraph 4 of the guide" in body
    # a review's picks, each at a shop by a paid link, with no word of it being paid: the
    # text's own list
    picks = ('<ul class="picks"><li>The best press: <a href="/go/clara" rel="sponsored">Clara '
             'at Amazon</a></li><li>The best budget press: <a href="/go/gator" '
             'rel="sponsored">Gator at Amazon</a></li></ul>')
    page = page.replace(offers, picks)
    assert "Gator at Amazon" in extract_article(page, "https://money.example.com/sinking-fund/").body


def test_a_card_for_another_page_in_the_text_is_not_text():
    from newscrawler.extract.boxes import link_cards
    card = ('<div class="estate-card"><a href="https://sell.example.cn/p/lakeside/"><img '
            'src="/img/lakeside.jpg" width="200" height="150"></a><div><p><a href='
            '"https://sell.example.cn/p/lakeside/">湖畔·云栖府</a></p><p>均价：约28000元/平方米</p>'
            '<p>区域：城南-湖畔　户型：89-128平方米</p><a class="btn" href="https://sell.example.cn/'
            'p/lakeside/">查看详情</a></div></div>')
    text = "".join(f"<p>第{n}段：上周全市新建商品住宅成交量环比上升，城南板块成交最多，"
                   "多个项目集中加推带动了市场回暖，业内人士预计本月仍将保持平稳。</p>"
                   for n in range(4))
    page = (f"<html><head><title>上周新房成交回暖</title></head><body><div class='main'>"
            f"<h1>上周新房成交回暖</h1><div class='info'>2024-05-20 10:14 来源：本网</div>"
            f"<div class='detail_con' id='detail_con'>{text}{card}{text.replace('段', '节')}"
            "</div></div></body></html>")
    body = extract_article(page, "https://news.example.cn/2024/05/20/123.html").body
    assert "均价" not in body and "查看详情" not in body and "云栖府" not in body
    assert "第3段" in body and "第3节" in body
    # a figure whose picture and caption link to the picture, or a text's paragraph with
    # links to other places, is no card
    figure = ('<div class="fig"><a href="/img/big.jpg"><img src="/img/small.jpg"></a><p><a '
              'href="/img/big.jpg">江边新区</a> <a href="/img/big.jpg">（大图）</a></p></div>')
    links = ('<div class="note"><a href="/a/1"><img src="/i/1.jpg"></a><a href="/a/2">二</a>'
             '<a href="/a/1">一</a></div>')
    root = lxml.html.fromstring(
        f"<html><body><article>{text}{figure}{links}</article></body></html>")
    assert link_cards(root, "https://news.example.cn/a") == []
    # cards side by side, or of one class through the text, are the page's own list (a
    # buying guide's products, a course catalogue)
    second = card.replace("lakeside", "hillside").replace("湖畔·云栖府", "山景·观澜苑")
    for html in (f"{text}{card}{second}", f"{text}{card}{text}<div>{second}</div>"):
        root = lxml.html.fromstring(f"<html><body><article>{html}</article></body></html>")
        assert link_cards(root, "https://news.example.cn/a") == []
    root = lxml.html.fromstring(f"<html><body><article>{text}{card}</article></body></html>")
    assert [el.get("class") for el in link_cards(root)] == ["estate-card"]


def test_a_box_opening_with_a_comments_heading_is_no_text():
    from newscrawler.extract.boxes import comment_sections
    comments = ("<section id='comentaris' class='comentaris'><h3>Comentaris (2)</h3><ol><li>"
                "<span>Jordi P.</span> <span>12/03/2024 21:14</span><p>Ja era hora! L'any "
                "passat la meva filla tornava a casa vermella.</p></li><li><span>Montse</span> "
                "<span>12/03/2024 22:03</span><p>I els instituts què?</p></li></ol></section>")
    text = "".join(f"<p>Paràgraf {n}: l'Ajuntament instal·larà veles i arbres als patis de "
                   "les escoles abans de l'estiu.</p>" for n in range(4))
    root = lxml.html.fromstring(f"<html><body><article>{text}{comments}</article></body></html>")
    assert [el.get("class") for el in comment_sections(root)] == ["comentaris"]
    # (a box named so that opens with another heading holds no comments)
    other = comments.replace("Comentaris (2)", "Veles als patis")
    root = lxml.html.fromstring(f"<html><body><article>{text}{other}</article></body></html>")
    assert comment_sections(root) == []


def test_an_old_papers_deck_under_its_font_sized_headline_is_no_text():
    # "<p><b><font size=5>Headline</font></b></p><p><b><font size=4>Deck …</font></b></p>",
    # then the byline and the text
    page = (PAGES / "titles" / "en_paper_title_font_headline_and_deck.html").read_bytes()
    fields = extract_article(page, "https://www.legal.example.com/a/2024/deposit.htm")
    assert fields.title == "Court of Appeal: Landlord Must Refund Deposit Withheld Over Paint"
    assert fields.body.startswith("A landlord who kept a tenant's security deposit")


def test_a_call_to_action_box_is_not_text():
    from newscrawler.extract.boxes import cta_boxes
    box = ('<div class="tl-inline-cta"><p class="tl-inline-cta__eyebrow">Tallyloop for finance '
           'teams</p><p>Pay supplier invoices in one place.</p><a class="btn" href="/signup">'
           'Start your free 14-day trial</a></div>')
    text = "".join(f"<p>Paragraph {n} of the case study, on invoices and the rota.</p>"
                   for n in range(4))
    root = lxml.html.fromstring(f"<html><body><article>{text}{box}{text}</article></body></html>")
    assert [el.get("class") for el in cta_boxes(root)] == ["tl-inline-cta"]
    page = f"<html><head><title>Case study</title></head><body><article><h1>Case study</h1>" \
           f"{text}{box}</article></body></html>"
    assert "free 14-day trial" not in extract_article(page, "https://blog.example.com/a").body
    # a link named so (an entry of the text's own list), or a long box, is not one
    links = "".join(f'<li><a class="cta-link" href="/a/{n}">Guide {n}</a></li>' for n in range(3))
    long = f'<div class="cta">{"A paragraph of the text itself, set in a box. " * 8}<a>x</a></div>'
    root = lxml.html.fromstring(f"<html><body><ul>{links}</ul>{long}</body></html>")
    assert cta_boxes(root) == []
    # a box named a promotion, with its link: a festival's, a podcast's
    promo = ('<div class="c-story-promo c-story-promo--festival"><p><strong>Join us at the '
             'festival, Sept. 5-7 in Austin.</strong> <a href="/festival">Get tickets</a></p>'
             '</div>')
    root = lxml.html.fromstring(f"<html><body><article>{text}{promo}</article></body></html>")
    assert [el.get("class") for el in cta_boxes(root)] == ["c-story-promo c-story-promo--festival"]
    # ... or a CSS module's name that joins the words by their capitals
    module = ('<div class="ArticleNewsletter_root__tQ4v0"><h3>Newsletter</h3><p>«Dernières '
              'nouvelles»</p><p>Deux rendez-vous par jour, directement dans votre boîte.</p>'
              '<a href="/newsletters">Se connecter</a></div>')
    root = lxml.html.fromstring(f"<html><body><article>{text}{module}</article></body></html>")
    assert [el.get("class") for el in cta_boxes(root)] == ["ArticleNewsletter_root__tQ4v0"]
    # a newsletter's invitation under the text, in a box named so
    invite = ('<section class="article-content__subscribe"><p>每日新聞不漏接 '
              '<a href="/newsletter/">訂閱本報電子報</a>，掌握第一手消息</p></section>')
    root = lxml.html.fromstring(f"<html><body><article>{text}{invite}</article></body></html>")
    assert [el.get("class") for el in cta_boxes(root)] == ["article-content__subscribe"]


def test_the_centered_line_under_a_centered_picture_is_its_caption():
    from newscrawler.extract.pictures import picture_captions
    text = "<p>全镇聘请保洁员86名，配备垃圾清运车6辆，实行户分类、村收集模式。</p>"
    picture = '<p align="center"><img src="/1.jpg"></p>'
    page = ('<html><body><div>{}</div></body></html>').format
    root = lxml.html.fromstring(page(text + picture + '<p align="center">东湖镇保洁员正在清理村道'
                                     '垃圾</p>' + text))
    assert [el.text for el in picture_captions(root)] == ["东湖镇保洁员正在清理村道垃圾"]
    # ... centered by a class the style sheet centers ("img_center"), the caption after a
    # line break; and a picture with the one short element beside it that holds its caption
    # ("<span class='popisek'>…(ilustrační foto: …)</span>")
    root = lxml.html.fromstring(page(text + '<p class="img_center"><img src="/3.jpg" alt=""><br>'
                                     '越生梅林の白加賀（昨年3月撮影）</p>' + text))
    assert [el.get("class") for el in picture_captions(root)] == ["img_center"]
    root = lxml.html.fromstring(page(text + '<p class="foto-vlevo"><img src="/5.jpg" alt="Vůz">'
                                     '<span class="popisek">Zametací vůz v ulici Palackého '
                                     '(ilustrační foto: TS)</span></p>' + text))
    assert [el.get("class") for el in picture_captions(root)] == ["popisek"]
    root = lxml.html.fromstring(page(text + '<p style="text-align: center;"><img src="/2.jpg">'
                                     '</p><p style="TEXT-ALIGN: center"><font>管委会主任致辞</font>'
                                     '</p>'))
    assert len(picture_captions(root)) == 1
    # ... a Chinese caption closed by its "。" as a sentence is
    root = lxml.html.fromstring(page(text + picture + '<p align="center">市民在古城墙下欣赏造型菊'
                                     '，游人如织。</p>' + text))
    assert len(picture_captions(root)) == 1
    # a sentence in other scripts, an enumerated heading, a line not centered, a picture with
    # words: text
    for after in ('<p align="center">Residents admire the chrysanthemums under the wall.</p>',
                  '<p align="center"><strong>二、主要任务</strong></p>',
                  "<p>东湖镇保洁员正在清理村道垃圾</p>"):
        assert picture_captions(lxml.html.fromstring(page(text + picture + after))) == [], after
    root = lxml.html.fromstring(page('<p align="center"><img src="/1.jpg">图一</p>'
                                     '<p align="center">东湖镇保洁员</p>'))
    assert picture_captions(root) == []
    # a line not centered that says it is the caption ("图说："), its photographer's credit
    # after it, is one
    # ... and so is a line right after a picture that prints its alt text ("<span
    # class='img_descr'>")
    alt = ('<div class="img_wrapper"><img src="/4.jpg" alt="《山海之约》特别海报">'
           '<span class="img_descr">《山海之约》特别海报</span></div>')
    assert [el.tag for el in picture_captions(lxml.html.fromstring(page(text + alt)))] == [
        "span"]
    said = "图说：市民在社区美术馆内参观居民画作 新民晚报记者 杨建中 摄"
    assert [el.text for el in picture_captions(lxml.html.fromstring(page(
        f"{text}{picture}<p>{said}</p>{text}")))] == [said]
    # ... the caption in the picture's own centered block, after a line break
    captioned = ('<p align="center"><img src="/3.jpg" alt="主普壇開燈"><br>'
                 '主普壇開燈後金碧輝煌，吸引民眾駐足拍照。（民政處提供）</p>')
    root = lxml.html.fromstring(page(text + captioned + text))
    assert [el.tag for el in picture_captions(root)] == ["p"]
    # ... and so in a block named as a picture's, not centered, a Chinese caption closed
    # by "。" too
    named = ('<p class="photo"><img src="/4.jpg" alt=""><br>陳詠詩（右三）今日拜會湖南省商務廳。'
             '</p>')
    assert [el.tag for el in picture_captions(lxml.html.fromstring(page(text + named)))] == [
        "p"]
    # ... not a sentence of the text that goes on there after a picture and a break
    for block in ('<p align="center"><img src="/3.jpg"><br>市民在古城墙下欣赏造型菊，游人如织。'
                  '</p>',
                  '<p align="center">开幕式现场<img src="/3.jpg"><br>主普壇開燈（民政處提供）</p>'):
        assert picture_captions(lxml.html.fromstring(page(text + block))) == [], block


def test_a_gallery_set_as_a_list_is_not_text():
    from newscrawler.extract.pictures import picture_lists
    gallery = ('<h3>相關圖片</h3><ul>'
               '<li><a href="/1.jpg" title="電動公車"><img src="/1s.jpg" alt=""></a>'
               '<span>「宜蘭好行」礁溪—頭城濱海線電動公車</span></li>'
               '<li><a href="/2.jpg"><img src="/2s.jpg" alt=""></a>'
               '<span>新路線行經頭城老街、烏石港等景點</span></li></ul>')
    root = lxml.html.fromstring(f"<html><body><p>縣府表示。</p>{gallery}</body></html>")
    assert [el.tag for el in picture_lists(root)] == ["ul", "h3"]  # (its heading with it)
    # a list of the text with a picture on one item, with check marks for bullets, or with
    # items longer than a caption, stays
    icon = '<img src="/check-circle.svg" width="20" height="20" alt="">'
    checked = f"<li>{icon} Undergraduate transcripts</li><li>{icon} Statement of purpose</li>"
    long_item = "試營運期間將視搭乘情形滾動調整班次及停靠站，" * 5
    for items in ('<li><img src="/i.png"> 申請期間：即日起至9月30日</li>'
                  '<li>申請資格：設籍本縣</li>',
                  f'<li><img src="/i.png"> {long_item}</li>'
                  '<li><img src="/j.png"> 旅客憑當日乘車紀錄消費</li>', checked):
        root = lxml.html.fromstring(f"<html><body><ul>{items}</ul></body></html>")
        assert picture_lists(root) == [], items


def test_the_paragraph_in_a_pictures_box_is_its_caption():
    from newscrawler.extract.pictures import picture_captions
    box = ('<div class="imagen_noticia"><img src="/olivar.jpg" alt=""><p class="pie_foto">'
           'Olivar con sistema de riego localizado en la comarca de La Loma.</p></div>')
    root = lxml.html.fromstring(f"<html><body><p>Texto.</p>{box}<p>Más texto.</p></body></html>")
    assert [el.get("class") for el in picture_captions(root)] == ["pie_foto"]
    # a box with more than the picture and a line (a paragraph of the text beside a
    # picture, a second paragraph) is no picture's box
    for other in ('<div><img src="/a.jpg"><p>Uno.</p><p>Dos.</p></div>',
                  '<div>Texto <img src="/a.jpg"><p>Uno.</p></div>',
                  f'<div><img src="/a.jpg"><p>{"Un párrafo largo del texto. " * 10}</p></div>',
                  # a footer's line with an icon in it over its revision date
                  '<div><p>2024 © <img src="/aa.png"> 版權屬香港特別行政區政府</p>'
                  '<p>最後修訂日期：2024年7月8日</p></div>'):
        assert picture_captions(lxml.html.fromstring(f"<html><body>{other}</body></html>")) \
            == [], other
    # the picture in its wrappers, with its credit
    box = ('<div class="artSplitter"><div class="mol-img"><div class="image-wrap">'
           '<img src="/w.jpg" width="634"><span class="image-credit">Instagram/tamsinkerr</span>'
           '</div></div><p class="imageCaption">Surprise! Tamsin Kerr has revealed she '
           'secretly married her boyfriend</p></div>')
    root = lxml.html.fromstring(f"<html><body><p>Text.</p>{box}<p>More.</p></body></html>")
    # (the credit beside the picture, the one element after it in its wrapper, goes too)
    assert [el.get("class") for el in picture_captions(root)] == ["image-credit",
                                                                  "imageCaption"]
    # ... or its caption a <div> of one line ("<div class='img_txt'>…（記者林宏達攝）</div>")
    box = ('<div class="news_img"><img src="/2.jpg" alt=""><div class="img_txt">志工將餐點分送'
           '到各據點。（記者林宏達攝）</div></div>')
    root = lxml.html.fromstring(f"<html><body><p>內文。</p>{box}<p>內文。</p></body></html>")
    assert [el.get("class") for el in picture_captions(root)] == ["img_txt"]


def test_date_fields_between_the_lead_and_the_text_go():
    from newscrawler.extract.trim import trim_top
    lead = "Cabinet backs a five-year strategy with loans and tougher council tax premiums."
    text = ["Westbridge District Council's cabinet has approved a five-year strategy to bring "
            "400 long-term empty homes back into use."]
    dates = ["- Published:", "- 12 March 2024", "- Last updated:", "- 14 March 2024"]
    assert trim_top([lead, *dates, *text], None) == [lead, *text]
    # a short lead over one date line opening the text is the page's header with it (a
    # standfirst, a caption: the benchmarks' labels leave such lines out)
    assert trim_top([lead, "- 12 March 2024", *text], None) == text


# Two lines of a text, for the tests of what goes around them
TWO_LINES = ["The council approved the budget for the new water works on Monday.",
             "Work on the pumping station begins in the spring and lasts two years."]


@pytest.mark.parametrize("line", [
    # a call for readers' tips and pictures, to an address or a messenger
    "Ako imate informacije, fotografije ili snimke nevremena iz vašeg mesta, pošaljite ih na "
    "vesti@nova.example ili putem Vibera.",
    "If you have photos or video of the storm, send them to news@station.example.",
    # a view count in French
    "Affichages : 2341",
    # a prompt that ends on its form
    "And, to receive pieces like this in your inbox and support our work, subscribe below:",
    # ... and in Chinese: "for more news, follow our page and subscribe to the e-paper"
    "欲知更多新闻，请关注国际时报脸书专页及订阅电子报。",
    "Soma pia: Mradi wa maji Kibamba kukamilika Desemba",  # Swahili "read also"
    "LEXO EDHE: Durrës, rritet tarifa e ujit për bizneset",  # Albanian "read also"
    "ასევე წაიკითხეთ: თბილისის ბიბლიოთეკებს მეტი მკითხველი ჰყავთ",  # Georgian
    "Читайте також: Як працює метро під час снігопаду",  # Ukrainian
    "ये भी पढ़ें: दिल्ली में गर्मी ने तोड़ा रिकॉर्ड",  # Hindi
    "| - โฆษณา - |",  # Thai "advertisement" between dashes, in a table of one cell
    "blog comments powered by Disqus",
])
def test_read_also_lines_advertisement_labels_and_comment_services_go(line):
    from newscrawler.extract.chrome import strip_chrome
    text = TWO_LINES
    assert strip_chrome([text[0], line, text[1]]) == text


@pytest.mark.parametrize("line", [
    "mjkim@hanbitnews.kr",  # a reporter's address, as Korean papers sign
    "This commentary originally appeared in The Harbour Review.",
    "（原标题：地铁7号线东段年底开通）",  # a Chinese report's original headline
])
def test_notes_about_the_report_under_its_text_go(line):
    from newscrawler.extract.trim import trim_end
    text = TWO_LINES
    assert trim_end([*text, line]) == text


def test_a_chinese_reports_original_headline_over_its_text_goes():
    from newscrawler.extract.trim import trim_top
    text = ["记者昨天从市地铁集团获悉，地铁7号线东段已完成全部土建施工。",
            "7号线东段全长约21.3公里，共设车站12座。"]
    lines = ["（原标题：地铁7号线东段年底开通）", *text]
    assert trim_top(lines, "地铁7号线东段预计年底开通") == text


def test_a_paywall_offer_in_front_of_text_in_view_goes_and_the_text_stays():
    # no JSON-LD names the locked part: the offer is the short element named for the
    # paywall with a button; the locked text beside it, named so too, is the article's
    locked = "".join(f"<p>Párrafo {n}: el ayuntamiento destinará los fondos a renovar las "
                     f"tuberías de los barrios del norte antes del verano próximo.</p>"
                     for n in range(1, 5))
    page = ('<html lang="es"><head><meta charset="utf-8"><title>El agua sube un 12%</title>'
            '</head><body><article><h1>El agua sube un 12%</h1><p class="date">3 de marzo de '
            '2021</p><div class="body"><p>La tarifa del agua subirá un 12% a partir de abril, '
            'según aprobó ayer el pleno municipal con los votos del gobierno local.</p>'
            '<div class="paywall-box"><div class="paywall-box__inner"><p class="kicker">Solo '
            'para suscriptores</p><p class="title">Sigue leyendo este artículo</p><p>Suscríbete '
            'a El Diario desde 1 euro el primer mes y accede sin límites a todo.</p>'
            '<a class="btn" href="/suscripcion">Suscríbete ahora</a><p>¿Ya eres suscriptor? '
            f'<a href="/login">Entra aquí</a></p></div></div><div class="paywall-locked">{locked}'
            '</div></div></article>'
            '</body></html>')
    body = extract_article(page.encode(), "https://www.diario.example/local/agua-1", now=NOW).body
    assert "Párrafo 4" in body and body.startswith("La tarifa del agua")
    assert "suscriptores" not in body and "Suscríbete" not in body


def test_footnotes_with_back_links_stay_in_the_text():
    # each footnote ends with a link back to its reference ("↩"): trafilatura took the short
    # list for a menu; the symbol links go, the notes stay
    text = "".join(f"<p>Section {n}: the test suite spent most of its time creating records "
                   f"that no example needed, so the factories were trimmed.<sup><a href='#fn:{n}'>"
                   f"{n}</a></sup></p>" for n in (1, 2))
    page = ('<html lang="en"><head><meta charset="utf-8"><title>Faster specs</title></head>'
            '<body><article><h1>Faster specs</h1><p class="date">October 12, 2013</p>'
            f'<div class="post">{text}<p>That is all for now: tell me what worked for you.</p>'
            '<div class="footnotes"><ol><li id="fn:1"><p>Which is how a broken page shipped on a '
            'Friday.&nbsp;<a href="#fnref:1" class="reversefootnote">&#8617;</a></p></li>'
            '<li id="fn:2"><p>On CI it is about five minutes.&nbsp;<a href="#fnref:2" '
            'class="reversefootnote">&#8617;</a></p></li></ol></div></div></article>'
            '<footer>© 2013 A blog</footer></body></html>')
    url = "https://blog.example/2013/10/faster-specs/"
    body = extract_article(page.encode(), url, now=NOW).body
    assert body.endswith("- Which is how a broken page shipped on a Friday.\n\n"
                         "- On CI it is about five minutes.")
    assert "\u21a9" not in body


def test_a_table_of_contents_goes_with_its_heading_and_the_headings_stay():
    sections = ("What is a win-back email and who should get one?",
                "When should you send one to an inactive subscriber?",
                "How to write one that readers answer", "Five win-back emails that worked")
    toc = "".join(f'<li><a href="#s{n}">{t}</a></li>' for n, t in enumerate(sections))
    text = "".join(f'<h2 id="s{n}">{t}</h2><p>Paragraph {n}: most lists lose a fifth of their '
                   f'readers a year, and a short note asking whether to stay helps.</p>'
                   for n, t in enumerate(sections))
    page = ('<html lang="en"><head><meta charset="utf-8"><title>Win-back emails</title></head>'
            '<body><article><h1>Win-back emails</h1><p class="date">May 4, 2020</p>'
            '<div class="post"><p>Some subscribers stop opening your emails. This guide shows '
            f'what to do about them.</p><ul>{toc}</ul>'
            f'{text}</div></article></body></html>')
    body = extract_article(page.encode(), "https://blog.example/win-back", now=NOW).body
    assert "- What is a win-back email" not in body and "- Five win-back" not in body
    assert body.count("Five win-back emails that worked") == 1
    assert body.endswith("helps.")


def test_a_donation_box_goes_and_a_sentence_asking_for_donations_stays():
    text = "".join(f"<p>Finding {n}: water companies reported spills on dry days at 140 "
                   f"outlets last year, against 96 the year before.</p>" for n in range(1, 4))
    page = ('<html lang="en"><head><meta charset="utf-8"><title>Dry-day spills</title></head>'
            '<body><article><h1>Dry-day spills</h1><p class="date">March 12, 2024</p>'
            f'<div class="entry">{text}<p>Our testers are volunteers; you can <a href="/donate/">'
            'donate to train more</a> of them this spring.</p><div class="donate-box"><h3>Help '
            'us hold polluters to account</h3><p>Our monitoring is funded by supporters.</p>'
            '<div class="button"><a href="/donate/?utm_source=report">Give now</a></div></div>'
            '</div></article></body></html>')
    body = extract_article(page.encode(), "https://rivers.example/report-2024", now=NOW).body
    assert body.endswith("donate to train more of them this spring.")
    assert "polluters" not in body and "funded by supporters" not in body


@pytest.mark.parametrize(("lang", "path", "head", "line", "button"), [
    # the readers' support page named in the site's language: Hungarian, German, Italian
    ("hu", "/tamogatas/", "Támogasd a lapot!", "Lapunk független, nem kap állami hirdetést. "
     "Ha fontosnak tartod a munkánkat, havi 1000 forinttal is sokat segítesz.", "Támogatom"),
    ("de", "/spenden/", "Unterstützen Sie unsere Arbeit", "Wir sind unabhängig und "
     "werbefrei. Schon fünf Euro im Monat helfen.", "Jetzt spenden"),
    ("it", "/sostieni/", "Il giornale vive grazie a te", "Siamo indipendenti, senza "
     "pubblicità di Stato: anche due euro al mese aiutano.", "Contribuisci"),
])
def test_a_support_box_whose_button_goes_to_the_support_page_in_its_language_goes(
        lang, path, head, line, button):
    paras = [f"<p>Paragraph {n} of the report: the valley lost a third of its young people "
             f"in ten years, and the school closed in the nineties.</p>" for n in range(1, 5)]
    page = (f'<html lang="{lang}"><head><meta charset="utf-8"><title>Report</title></head>'
            f'<body><article><h1>Report</h1><div class="entry">{"".join(paras[:2])}'
            f'<div class="support-box"><h4>{head}</h4><p>{line}</p><a href="https://www.'
            f'paper.example{path}" class="button">{button}</a></div>{"".join(paras[2:])}'
            '</div></article></body></html>')
    body = extract_article(page.encode(), "https://www.paper.example/report", now=NOW).body
    assert head not in body and line not in body
    assert body.count("Paragraph") == 4


def test_a_donation_box_whose_button_goes_to_a_payment_service_goes():
    # the button's address names no donation page ("checkout.…/memberform?org_id=…"): its
    # label says it; a link so labelled inside a sentence is the text's
    text = "".join(f"<p>Paragraph {n}: the branch library reopens on Saturday after repairs "
                   f"to a roof leak that forced it to close in 2021.</p>" for n in range(1, 5))
    page = ('<html lang="en"><head><meta charset="utf-8"><title>Library reopens</title></head>'
            '<body><article><h1>Library reopens</h1><p class="date">August 21, 2024</p>'
            f'<div class="entry">{text[:len(text) // 2]}<div class="wp-block-inline-donate">'
            '<p><strong>The Examiner is a nonprofit newsroom.</strong> Every story is free to '
            'read.</p>'
            '<a class="button" href="https://checkout.example.org/memberform?org_id=examiner">'
            f'Donate today</a></div>{text[len(text) // 2:]}<p>Residents can also '
            '<a href="https://friends.example.org/give">donate today</a> to the friends of the '
            'library.</p></div></article></body></html>')
    body = extract_article(page.encode(), "https://examiner.example/library", now=NOW).body
    assert "nonprofit newsroom" not in body and "Paragraph 4:" in body
    assert body.endswith("donate today to the friends of the library.")


@pytest.mark.parametrize("button", [
    # a label of a few words alone in its paragraph is a button too
    '<p><a class="btn" href="https://news.example/donate">Make Contribution</a></p>',
    '<div><a href="https://donate.news.example/?campaign=box">Give now</a></div>',
])
def test_an_appeal_of_several_paragraphs_around_a_donation_button_goes(button):
    # the box is longer than a sign-up box: a heading and four short paragraphs
    text = "".join(f"<p>Case {n}: the agency confirmed twelve more deaths as the outbreak "
                   f"spread to seventeen states, its weekly report says.</p>" for n in range(12))
    appeal = ("<p><strong>Support our journalism of integrity</strong></p>"
              + "".join(f"<p>We never put our stories behind a paywall, reason {n}; would you "
                        "consider a modest contribution every month?</p>" for n in range(4)))
    page = ('<html lang="en"><head><meta charset="utf-8"><title>Outbreak spreads</title></head>'
            '<body><article><h1>Outbreak spreads</h1><p class="date">March 12, 2024</p>'
            f'<div class="entry">{text}<div class="support-box">{appeal}{button}</div>'
            '<p>How to give away old furniture: <a href="/how-to-donate-your-used-items/">'
            "donate it</a>.</p></div></article></body></html>")
    body = extract_article(page.encode(), "https://news.example/outbreak", now=NOW).body
    assert "paywall" not in body and "Support our journalism" not in body
    assert "Case 11: the agency" in body and body.endswith("donate it.")


def test_a_link_to_an_article_about_donating_is_no_donation_button():
    # "/how-to-donate-…" names an article, not a donation page: the section around the
    # link stays (a box of up to an appeal's length around it would take it)
    steps = "".join(f"<li>Step {n}: sort what you keep from what you give away.</li>"
                    for n in range(8))
    text = "".join(f"<p>Paragraph {n}: moving across the country takes two months of "
                   f"planning, the movers we asked agree.</p>" for n in range(30))
    page = ('<html lang="en"><head><meta charset="utf-8"><title>Planning a move</title></head>'
            f'<body><article><h1>Planning a move</h1><div class="entry">{text}<div><h2>Two '
            f'months before your move</h2><ul>{steps}<li><a href="/how-to-donate-your-used-'
            'items/">Declutter and donate unwanted items.</a></li></ul></div></div></article>'
            "</body></html>")
    body = extract_article(page.encode(), "https://movers.example/planning", now=NOW).body
    assert "Two months before your move" in body and "Step 7" in body


def test_a_standfirst_goes_and_a_section_heading_named_like_one_stays():
    text = "".join(f"<p>Paragraph {n}: the county will spend $42 million over five years on "
                   f"medical care at the jail, with eleven new staff positions.</p>"
                   for n in range(1, 4))
    page = ('<html lang="en"><head><meta charset="utf-8"><title>Jail contract approved</title>'
            '</head><body><header><h1>Jail contract approved</h1>'
            '<p class="article-dek">Advocates cited lawsuits against the provider.</p>'
            '<h6 class="styles_Subheadline__65da6">Eleven positions will be added.</h6>'
            '<div class="entry-subhead"><span class="byline">By Rachel Kim</span> <time '
            'datetime="2024-05-07T23:10:00+00:00">May 7, 2024</time></div></header>'
            f'<div class="entry-content">{text}<h3 class="story__subtitle">What comes next</h3>'
            '<p>The contract starts on July 1, after the current agreement expires at the end '
            'of June.</p></div></body></html>')
    fields = extract_article(page.encode(), "https://news.example/jail-contract", now=NOW)
    assert fields.body.startswith("Paragraph 1:")
    assert "What comes next" in fields.body and "Advocates cited" not in fields.body
    assert "Eleven positions" not in fields.body
    # (a sixth-level heading named so is one too)
    from newscrawler.extract.boxes import standfirsts
    root = lxml.html.fromstring(page)
    assert [el.tag for el in standfirsts(root)] == ["p", "h6"]
    assert fields.published_at == "2024-05-07T23:10:00+00:00"


@pytest.mark.parametrize("name", ["c-globalAuthorBio", "author-box", "about-the-author",
                                  # ... named in other languages
                                  "caixa-autor", "caja-autor", "autorenbox", "box-autore"])
def test_a_box_about_the_writer_goes(name):
    text = "".join(f"<p>Paragraph {n}: the soundbar's dialogue mode lifts voices above the "
                   f"score without making the whole mix sound thin.</p>" for n in range(1, 4))
    bio = (f'<div class="{name}"><p>Owen Marsh</p><p>Senior Editor</p><p>Owen reviews '
           'soundbars and speakers. He tests every product with the same three scenes.</p>'
           '<p><strong>Expertise</strong> Home audio</p></div>')
    page = ('<html lang="en"><head><meta charset="utf-8"><title>Arc 5 review</title></head>'
            f'<body><article><h1>Arc 5 review</h1><div class="story">{text}</div>{bio}'
            '</article></body></html>')
    body = extract_article(page.encode(), "https://reviews.example/arc-5/", now=NOW).body
    assert body.startswith("Paragraph 1:") and body.endswith("sound thin.")
    assert "Expertise" not in body and "Senior Editor" not in body


def test_readers_reviews_marked_as_reviews_go_and_a_roundup_of_reviews_stays():
    steps = "".join(f"<p>Step {n}: stir the soaked oats into the flour, knead for ten minutes "
                    f"and let the dough rise until doubled.</p>" for n in range(1, 4))
    reviews = "".join(
        f'<div class="review" itemprop="review" itemscope itemtype="https://schema.org/Review">'
        f'<h4 itemprop="name">Lovely loaf {n}</h4><p itemprop="reviewBody">I made this {n} '
        f'times now and it toasts beautifully.</p></div>' for n in range(1, 4))
    page = ('<html lang="en"><head><meta charset="utf-8"><title>Oat bread</title></head><body>'
            f'<article><h1>Oat bread</h1><div class="recipe__steps">{steps}</div>'
            f'<section id="reviews" class="recipe__reviews"><h2>Reviews</h2>{reviews}</section>'
            '</article></body></html>')
    body = extract_article(page.encode(), "https://bake.example/recipes/oat-bread", now=NOW).body
    assert body.startswith("Step 1:") and body.endswith("until doubled.")
    assert "Reviews" not in body and "toasts" not in body
    # reviews that are most of the page: a roundup's own text
    from newscrawler.extract.boxes import comment_sections
    root = lxml.html.fromstring(f"<html><body><h1>Best loaves</h1><p>Intro.</p>{reviews}"
                                "</body></html>")
    assert comment_sections(root) == []


def test_a_box_a_skip_link_jumps_over_inside_the_text_goes():
    # "skip past newsletter promotion" to a marker after the box, in the middle of the text;
    # a "skip to content" link at the top leaves the page's header (its date line) alone
    paras = [f"<p>Paragraph {n}: beaver dams on the upper river held back water after "
             f"storms, and peak flows downstream fell by almost a third.</p>" for n in range(4)]
    page = ('<html lang="en"><head><meta charset="utf-8"><title>Beavers and floods</title>'
            '</head><body><a href="#maincontent">Skip to main content</a><header>'
            '<p class="cookie">We use cookies to improve your experience on our site and to '
            'show you relevant advertising.</p><h1>Beavers and floods</h1><div class="dateline">'
            'Tue 12 Mar 2024 06.00 GMT</div></header><main id="maincontent"><div class="body">'
            f'{paras[0]}{paras[1]}<a href="#EmailSignup-skip-link-16">skip past newsletter '
            'promotion</a><div class="promo"><span>Sign up to Down to Earth</span><p>Free '
            "weekly newsletter</p><p>The planet's most important stories.</p></div>"
            '<div id="EmailSignup-skip-link-16" role="note">after newsletter promotion</div>'
            f'{paras[2]}{paras[3]}</div></main></body></html>')
    fields = extract_article(page.encode(), "https://news.example/2024/mar/12/beavers", now=NOW)
    assert fields.body.startswith("Paragraph 0:") and fields.body.endswith("a third.")
    assert fields.body.count("Paragraph") == 4
    for chrome in ("newsletter", "Sign up", "planet"):
        assert chrome not in fields.body
    assert fields.published_at.startswith("2024-03-12")


@pytest.mark.parametrize(("where", "kept", "name"), [
    ("header", False, "release-summary"), ("div", False, "release-summary"),
    ("div-apart", True, "release-summary"),
    # the lead's name in the language of the CMS's template (Danish, Nordic, Italian)
    ("header", False, "news-header__manchet"), ("header", False, "article-ingress"),
    ("header", False, "sommario")])
def test_a_summary_by_the_headline_goes(where, kept, name):
    # a summary named so under the headline: in the header that holds it, or right after the
    # headline; named so apart from the headline (an intro section of the text), it stays
    text = "".join(f"<p>Paragraph {n}: the province will fund fourteen training projects "
                   f"in the north, with 2,400 places in the skilled trades.</p>"
                   for n in range(1, 4))
    tag = where.split("-")[0]
    apart = '<p class="kicker">Skills</p>' * 2 if where.endswith("apart") else ""
    page = ('<html lang="en"><head><meta charset="utf-8"><title>Trades training in the north'
            f'</title></head><body><article class="release"><{tag} class="release-header">'
            f'<h1>Trades training in the north</h1>{apart}<p class="{name}">Province '
            'investing $18.5 million to help more than 2,400 people start careers</p>'
            f'<time datetime="2025-03-10T10:15:00-04:00">March 10, 2025</time></{tag}>'
            f'<div class="release-body">{text}</div></article></body></html>')
    body = extract_article(page.encode(), "https://news.example/release/1005873", now=NOW).body
    assert ("Province investing" in body) is kept
    assert "Paragraph 1:" in body and body.endswith("trades.")


@pytest.mark.parametrize("line", [
    "1,693 views", "Back to blog", "You are here:", "Written by",
    "🙌 Awesome, you're subscribed!", "Join Our Genius Newsletter", "Download Now",
    "Book a demo", "* To unsubscribe at any time, use the link in our emails.",
    # a pointer to the whole story elsewhere, under an excerpt or a syndicated copy
    "Read the full article on Example.com", "Leggi l'articolo completo su ANSA.it",
    "Lire l'article complet sur Le Quotidien", "Lee la noticia completa en El Diario",
])
def test_counts_links_back_and_newsletter_messages_go(line):
    from newscrawler.extract.chrome import strip_chrome
    text = TWO_LINES
    assert strip_chrome([line, *text, line]) == text


@pytest.mark.parametrize(("last", "kept"), [
    ("Rebecca Norris is a full-time freelance writer living in the Washington area. She has "
     "covered travel, home and wellness for ten years.", False),
    ("Jagpreet Chhatwal is an Associate Professor of Radiology at a medical school.", False),
    # the text's own last sentence about a person: no role of a writer's or an expert's
    ("Mayor Jane Doe is the city's first mayor to hold the office for three terms.", True),
    # when the writer joined the paper, and what the writer covers
    ("Natalie joined the Post in 2021 and covers transport, housing and urban planning.", False),
    ("Brown joined the Army in 1990 and served two tours in the Gulf.", True),
    # whatever the writer is, who writes about a beat
    ("Harriet Nolan is a former central bank economist who writes about housing and tax "
     "policy.", False),
    ("Jane Doe is a nurse who works nights at the county hospital.", True),
    # ... and who pays for the newsroom's coverage of a place
    ("Harbour Beat’s coverage of Kauai is supported in part by grants from the Island "
     "Community Foundation.", False),
    ("This reporting is funded by the Coastal Journalism Fund.", False),
])
def test_a_writers_biography_closing_the_text_goes(last, kept):
    from newscrawler.extract.trim import trim_end
    text = TWO_LINES
    assert trim_end([*text, last]) == ([*text, last] if kept else text)


def test_an_affiliate_disclosure_in_its_box_goes():
    text = "".join(f"<p>Pick {n}: this stand mixer kneads bread dough in six minutes and "
                   f"fits under a standard kitchen cabinet.</p>" for n in range(1, 4))
    page = ('<html lang="en"><head><meta charset="utf-8"><title>Best stand mixers</title>'
            '</head><body><article><h1>Best stand mixers</h1><div class="entry"><p class="post-'
            'disclosure">Products are chosen by our editors. Purchases made through our links '
            f'may earn us a commission.</p>{text}</div></article></body></html>')
    body = extract_article(page.encode(), "https://reviews.example/mixers", now=NOW).body
    assert body.startswith("Pick 1:") and "commission" not in body


def test_a_pictures_credit_named_so_is_not_text():
    # the owner line inside a figure, whichever step reads the text
    text = "".join(f"<p>Step {i}: the chicken and the chickpeas roast together on one pan "
                   "until the skin is crisp and the lemon turns jammy.</p>" for i in range(8))
    page = ("<html lang='en'><head><title>Sheet-Pan Chicken Thighs</title></head><body><main>"
            "<h1>Sheet-Pan Chicken Thighs</h1><div class='article-content'><figure "
            "class='figure-article'><div class='img'><img src='a.jpg' alt='A sheet pan'></div>"
            "<figcaption class='figure-article-caption'><span class='figure-article-caption-"
            "owner'>Serious Eats / Marisa Chen</span></figcaption></figure>" + text +
            "</div></main></body></html>")
    body = extract_article(page, "https://www.recipes.example/sheet-pan", now=NOW).body
    assert "Marisa Chen" not in body
    assert body.startswith("Step 0: the chicken")



def test_a_pictures_credit_in_a_box_of_its_own_without_a_figure_is_not_text():
    # a university news office's floated picture: <div> with the image, its caption, "Photo
    # by …" and a download link, inside the text's flow
    text = "".join(f"<p>Paragraph {i}: cover crops planted after the harvest cut the nitrate "
                   "draining from the fields without lowering the yields.</p>" for i in range(8))
    box = ("<div class='photo-right'><img src='/files/1.jpg' alt='Two researchers'>"
           "<p class='caption'>The researchers in a field of cover crops.</p>"
           "<p class='credit'>Photo by Michelle Hassan</p>"
           "<p class='download'><a href='/files/1.jpg'>Download photo</a></p></div>")
    page = ("<html lang='en'><head><title>Cover crops cut nitrate losses</title></head><body>"
            "<main><h1>Cover crops cut nitrate losses</h1><div class='news-body'>" + text[:400]
            + box + text[400:] + "</div></main></body></html>")
    body = extract_article(page, "https://news.example.edu/view/1", now=NOW).body
    assert "Michelle Hassan" not in body
    assert "Paragraph 7" in body
    # ... while a page's footer named "copyright", with a badge's picture inside it, dates
    # and says what it says: its own picture is no picture beside it
    footer = ("<footer><div class='footer-copyright'><p>2024 &copy; <img src='/aa.png' "
              "alt='AA'> Government</p><p>Last revision: 8 July 2024</p></div></footer>")
    dated = page.replace("</main>", "</main>" + footer)
    assert extract_article(dated, "https://news.example.edu/view/1", now=NOW).body == body


def test_a_quotation_set_as_a_figure_is_the_texts_an_embedded_post_is_not():
    # a design system's quotation block (<figure><blockquote>): trafilatura drops figures
    # whole; a tweet embedded the same way is not the text's
    para = "<p>" + "The ministry presented a plan for the beekeeping sector on Thursday. " * 3
    page = ("<html><head><title>Plan for beekeepers</title></head><body><main><article>"
            "<h1>Plan for beekeepers</h1>" + para + "</p>"
            "<figure class='fr-quote'><blockquote><p>“Beekeepers are on the front line of "
            "climate change, and this plan gives them the means to rebuild their hives.”</p>"
            "</blockquote><figcaption>The minister of agriculture</figcaption></figure>"
            + para.replace("presented", "described") + "</p>"
            "<figure class='wp-block-embed is-type-rich'><blockquote class='twitter-tweet'>"
            "<p>Our hives are back to full strength this spring, thanks to everyone who "
            "helped.</p></blockquote></figure><p>Applications open in May and are handled by "
            "the national agency for farm products.</p></article></main></body></html>")
    body = extract_article(page, "https://agri.example.gouv.fr/news/plan", now=NOW).body
    assert "“Beekeepers are on the front line of climate change" in body
    assert body.index("Beekeepers") < body.index("described")
    assert "full strength" not in body


def test_a_page_inside_one_form_keeps_its_text_and_loses_its_sign_up_box():
    # ASP.NET WebForms wraps the whole page in <form id="aspnetForm">, the newsletter's
    # e-mail field in the footer too: the sign-up box is found from the field
    para = "<p>" + "The government opened a new round of the home efficiency programme. " * 3
    page = ("<html><head><title>Efficiency programme reopens</title></head><body>"
            "<form method='post' action='./noticia' id='aspnetForm'>"
            "<div class='aspNetHidden'><input type='hidden' name='__VIEWSTATE' value='x'></div>"
            "<main><h1>Efficiency programme reopens</h1>" + para + "</p>"
            + para.replace("opened", "announced") + "</p></main>"
            "<footer><div class='newsletter'><p>Get the government's news by e-mail.</p>"
            "<input type='email' name='email'><input type='submit' value='Subscribe'></div>"
            "</footer></form></body></html>")
    body = extract_article(page, "https://www.gov.example.pt/noticia?i=1", now=NOW).body
    assert body is not None and body.startswith("The government opened a new round")
    assert "announced" in body and "news by e-mail" not in body


def test_a_sections_text_set_as_a_div_under_its_heading_is_read():
    # a recipe card's "Notes" (a div of spans under the heading, closing the card) and an
    # FAQ's answer were dropped by trafilatura; a teaser card's excerpt under a heading
    # that links to another post is not the text
    # (a text long enough that trafilatura reads its paragraphs only, not loose text)
    paras = "".join(f"<p>Step {i}: red lentils cook down in twenty minutes into a thick "
                    "smoky soup, and a charred lemon brightens it at the end.</p>"
                    for i in range(12))
    page = ("<html><head><title>Red lentil soup</title></head><body><main><article>"
            "<h1>Red lentil soup</h1>" + paras +
            "<div class='recipe-card'><h3>Instructions</h3><ol><li>Simmer the lentils.</li>"
            "<li>Blend half of the soup.</li></ol><div class='notes-box'><h3>Notes"
            "<div class='spacer'></div></h3><div class='recipe-notes'>"
            "<span style='display: block;'>*If the soup gets too thick, thin it with more "
            "broth, a quarter cup at a time.</span><span style='display: block;'>*Store "
            "leftovers in the fridge for up to five days.</span></div></div></div>"
            "</article><section class='more'><div class='card'><h3><a href='/bean-soup/'>"
            "White bean soup</a></h3><div>Creamy beans and greens in a bowl that keeps for "
            "days in the fridge.</div></div></section></main></body></html>")
    body = extract_article(page, "https://www.kitchen.example/red-lentil-soup/", now=NOW).body
    assert "If the soup gets too thick" in body
    assert "Creamy beans" not in body


def test_a_readers_comments_section_holding_its_form_is_not_the_text():
    # a portal's comments section named for comments ("hx_comment"), its form and its
    # list together, which trafilatura's own names do not know; an article named for a
    # "Comment" category keeps its text
    paras = "".join(f"<p>第{i}段：多家中小银行近日下调存款挂牌利率，三年期定期存款利率最高下调25个"
                    "基点，业内人士认为银行负债端成本压力仍在。</p>" for i in range(8))
    page = ("<html><head><meta charset='utf-8'><title>中小银行下调存款利率</title></head><body>"
            "<article class='post category-comment'><h1>中小银行下调存款利率</h1>"
            "<div class='art_content'>" + paras + "</div>"
            "<div class='hx_comment' id='hx_comment'><div class='tit'>评论 已有3条评论</div>"
            "<textarea placeholder='我来说两句'></textarea><ul class='cm_list'>"
            "<li><span>网友甲</span><span>2024-05-09 09:26</span><p>存款利率一降再降，"
            "钱只能往国债和理财挪了，息差太薄了。</p></li><li><span>网友乙</span>"
            "<span>2024-05-09 10:02</span><p>中小银行跟进是迟早的事，大家早有预期。</p></li>"
            "</ul></div></article></body></html>")
    body = extract_article(page, "http://bank.example.com/2024-05-09/1.html", now=NOW).body
    assert body.startswith("第0段") and "第7段" in body
    assert "一降再降" not in body and "迟早的事" not in body



def test_a_weakly_named_box_with_less_than_half_the_text_is_not_the_body():
    # a recipe template's intro in "article-content", its card (directions, notes) in boxes
    # beside it: a box of that name holding a third of the running text is not the text
    intro = "".join(f"<p>Intro {i}: fried rice is the best use for yesterday's rice, and "
                    "crisp chickpeas make it a meal.</p>" for i in range(3))
    steps = "".join(f"<li>Step {i}: cook the chickpeas in a hot dry pan until they crackle, "
                    "then push them aside and scramble the eggs.</li>" for i in range(4))
    root = lxml.html.fromstring(
        "<html><body><main><article><h1>Chickpea fried rice</h1>"
        "<div class='comp article-content'>" + intro + "</div><div class='recipe-block'>"
        "<h2>Directions</h2><ol>" + steps + "</ol></div></article></main></body></html>")
    assert find_container(root) is None
    # ... the same box with most of the text is
    root = lxml.html.fromstring(
        "<html><body><main><article><h1>Chickpea fried rice</h1>"
        "<div class='comp article-content'>" + intro * 3 + "</div><div class='recipe-block'>"
        "<h2>Directions</h2><ol>" + steps + "</ol></div></article></main></body></html>")
    assert find_container(root)[0].startswith("Intro 0")


def test_a_weakly_named_box_gives_the_text_it_names_inside_it():
    # "article-content" holding the text's own box, then its tags, a promotion and the
    # station's copyright: the box named for the text is the text
    text = "".join(f"<p>Paragraph {i}: storms with damaging winds are expected across the "
                   "metro area on Tuesday afternoon and evening.</p>" for i in range(8))
    root = lxml.html.fromstring(
        "<html><body><article><h1>Storms</h1><div class='article-content'>"
        "<div class='article-body'>" + text + "</div><div class='article-tags'><h3>Tags</h3>"
        "<ul><li><a href='/tag/weather'>Weather</a></li><li><a href='/tag/heat'>Heat</a></li>"
        "</ul></div><p>This material may not be published. ©2026 Stations</p></div>"
        "</article></body></html>")
    paras = find_container(root)
    assert paras[0].startswith("Paragraph 0") and paras[-1].startswith("Paragraph 7")
    assert len(paras) == 8


@pytest.mark.parametrize("chrome", [
    # a language switcher's entries: the page in another language
    ["- Español", "- Español"], ["中文 | English"], ["- Français (French)"],
    # the notice beside a document that it may not suit assistive technology
    ["This document may not be fully accessible.",
     "For more information read our accessibility statement."],
    ["This file may not be suitable for users of assistive technology."],
    # an invitation to the outlet's video channel
    ["Watch the latest news from the Twin Cities in our YouTube playlist."],
    # a link to the whole list a box shows a few items of
    ["- All speeches by Piero Cipollone"], ["View all news »"], ["Tutti gli appuntamenti"],
    ["Alle Pressemitteilungen"],
    # a video's card (its title over its running time), a rating widget's prompt
    ["Marner, Matthews combine for slick opening goal against Canadiens", "0:48"],
    ["| Rate this article |  |"],
    # a Spanish-language paper's "see" promotion and its subscription offer
    ["MIRA: Vía Expresa Sur: ¿cuándo estará lista la obra y qué distritos conectará?"],
    ["TE RECOMENDAMOS: Línea 4 del Tren Ligero: así operará tras su reapertura"],
    ["LEE AQUÍ: Baches en la capital: las colonias más afectadas, según el ayuntamiento"],
    ["¡Estás leyendo El Diario! Disfruta de todo nuestro contenido sin límites. Suscríbete aquí."],
    # a magazine's feedback line under every article
    ["Questions or comments on this article? E-mail us at feedback@news.example | Reprints FAQ"],
    # a news site's badge for the standards it follows
    ["Conforme a los criterios de The Trust Project"],
    # a newsroom's call for stories with its address
    ["PAY ATTENTION: Share your outstanding story with our editors! Please reach us through "
     "news@paper.example or WhatsApp: 0700000000."], ["Got a news tip? Email tips@paper.example"],
    # a promotion's label run into its headline by an app; a newsletter's offer
    ["Read NextRugby Australia confirms four-team Super Rugby future"],
    ["Watch now on RugbyPass TVSuper Rugby Pacific 2025: Round 3 highlights"],
    ["Get the latest Waterloo news, events and stories delivered to your inbox."],
    # a promotion labelled "you may be interested in" before its headline
    ["También te puede interesar: Los vecinos del Cabanyal denuncian la expulsión silenciosa"],
    # a paywall's pitch and a newsletter's invitation
    ["Get unlimited access to premium content, the digital edition of the weekly and more."],
    ["10 things you need to know direct to your inbox every weekday. Sign up for the Daily "
     "Brief, our digest of essential sci-tech news."],
    ["Unlock in-depth analysis, opinion from leading columnists and the e-paper. Subscribe now "
     "at ₹49 for the first month and get access to all premium stories."],
    # the page in the other official language, a link to all of a box's items in Spanish
    ["Also available in French: Une clinique ouvrira à Miramichi"], ["Version française"],
    ["Ver todas las notas de prensa"],
    # a feedback prompt's heading over its question
    ["Help us make Pet Health Weekly better", "Was this article helpful?"],
    # a feedback prompt in Latvian and Czech
    ["Vai šajā lapā atradāt nepieciešamo informāciju?"], ["Byla pro vás tato stránka užitečná?"],
    # a subscriber's gift link, a review's note on how it tests, an invitation to follow the
    # outlet on Google News
    ["Gift this article", "Subscribers can gift 10 articles each month. Anyone can read "
     "what you share."],
    ["Why you can trust Gadget Weekly We spend hours testing every product or service we "
     "review, so you can be sure you're buying the best."],
    ["Haberler.example'ı Google News üzerinden takip edin"], ["Follow us on Google News"],
    ["Urmărește-ne pe Google News"], ["Kövess minket a Google News-on!"],
    # a recipe site's pick set in the text, a product box's note, the recipe's rating prompt
    ["Kitchen Notes Recommends The Strawberry Crisp Our Readers Make Every Spring"],
    ["Prices may vary."],
    ["Did you love the recipe? Give us some stars and leave a comment below!"],
    # a station's appeal closing on "Give today."; a tip line with a telephone, no address
    ["Support independent local journalism. KPBS is a public service of the university, and our "
     "reporting relies on support from people like you. Give today."],
    ["Har du tips? Kontakta nyhetsdesken via Tipsa eller ring 08-411 11 23. Vi ersätter "
     "publicerade tips."],
    # a newsroom's call for tips in French, its heading over it
    ["Vous avez un scoop à nous transmettre?", "Vous avez des informations à nous communiquer "
     "sur cette histoire? Écrivez-nous à scoop@journal.example ou appelez-nous au 1 800-555-0100."],
    # a reader-support appeal in Spanish, its heading over it
    ["Diario Sur te necesita", "Para seguir haciendo el periodismo que nos define, necesitamos "
     "el apoyo de nuestros lectores. Sumate a la comunidad."],
    # a "read also" label and its headline with only a space between them
    ["Lire aussi Nordstad : le tram rapide reste un projet lointain"],
    # ... "A lire aussi", the accent left off the capital, with a no-break space
    ["A lire aussi\u00a0: Nantes\u00a0: le stationnement devient payant le dimanche"],
    ["Lees ook Gemeente opent nieuw zwembad in het voorjaar"],
    ["Did you know with a Digital Subscription to the Evening Gazette, you can get unlimited "
     "access to the website including our premium content?"],
    [">> Download the WXYZ 7 app for the latest breaking news alerts"],
    ["Join The Daily Courier on WhatsApp and stay up to date"],
    ["Listen to our Inside Politics podcast for the best political chat and analysis"],
    # a station's streaming app, its channel alone on a line
    ["Watch more on WXYZ 7+", "Download the free WXYZ 7+ app for Roku, Fire TV and other "
     "smart TV platforms to watch more from WXYZ 7 anytime!"],
    # a broadcaster's prompt to hear it live in its app, its related link set off by a bar
    ["Listen to KXYZ Radio live, wherever you are, on City Player, the official KXYZ app."],
    ["Listen to Metro News at 5pm and 7pm, or stream the latest bulletin on Metro On Demand "
     "and the Metro Audio app."],
    ["MORE | Where to find free life jacket loaner stations around the sound"],
    # ... or a blog network's, after the blog's name
    ["En Genbeta | 17 trucos de Windows 11 que deberías conocer"],
    # a video's card on one line, its running time after a dash
    ["Ashfall Vanguard Video Review – 08:41"],
    # a review's shop offer under the text
    ["Interested in buying a Kia EV3?", "Find the best new Kia deals with Autocar’s trusted "
     "partners.", "Get a deal"],
    # a food blog's links to what it posted a while ago, under their heading
    ["Previously", "- Six months ago: Apple Cider Donut Cake", "- One year ago: Crispy Potato "
     "Tacos"],
    # a news desk's correction form under every story
    ["Feedback to editors", "Use this form if you have come across a typo, inaccuracy or "
     "would like to send an edit request for the content on this page."],
    # an article's audio version and its credit
    ["Listen to this article", "Produced by Narrator Labs using AI narration."],
])
def test_switchers_notices_and_channel_invitations_are_not_text(chrome):
    from newscrawler.extract.chrome import strip_chrome
    text = ["The board approved the $4.2 million plan to restore the eroded shoreline.",
            "Construction is expected to start after Labor Day and end by June 2025."]
    assert strip_chrome(text[:1] + chrome + text[1:]) == text
    assert strip_chrome(text + chrome) == text


def test_the_citation_of_the_paper_a_story_reports_on_ends_its_text():
    from newscrawler.extract.chrome import strip_chrome
    text = ["Young waxwings that travel with older birds find food faster, a study finds.",
            "The team next hopes to track the birds in Alaska."]
    cited = ["Citation", "J. Doe et al. Songbirds learn winter routes from elders. "
                         "Proceedings B. Published online May 2, 2024. doi: 10.1000/xyz.2024.1"]
    assert strip_chrome(text + cited) == text
    # a heading so named over a line of the text stays
    assert strip_chrome(text[:1] + ["Citation", "Nobody has been cited yet."]) == text[:1] + [
        "Citation", "Nobody has been cited yet."]


def test_a_products_unlimited_access_and_a_notes_newsletter_stay():
    from newscrawler.extract.chrome import strip_chrome
    text = ["The subscription costs $12.99 monthly or $79.99 annually for unlimited access.",
            "Anyone with information is asked to send tips to appeals@police.example.",
            "Note: we plan a separate post on this; readers can sign up for our newsletter to "
            "get it in their inbox."]
    assert strip_chrome(text) == text


def test_a_languages_name_in_a_sentence_stays():
    from newscrawler.extract.chrome import strip_chrome
    text = ["Materials are offered in English, Español and 中文 at every branch library.",
            "Available in French and English, the guide explains how to apply.",
            "Customers can subscribe for $9.99 a month, the company said on Tuesday.",
            "- Español: lunes a viernes, de 9 a 17 horas",
            "All the news that fits is printed here every day, the editor said."]
    assert strip_chrome(text) == text




@pytest.mark.parametrize("heading", ["Otras noticias de Subte", "Más noticias", "Altre notizie",
                                     "Más información", "Weitere Nachrichten", "More Local News",
                                     "| MORE FROM REDIFF NEWS |  |  |",
                                     "You may also be interested in the following articles:",
                                     "Fler nyheter", "Flere nyheder", "Leia mais"])
def test_another_languages_more_news_heading_ends_the_text(heading):
    from newscrawler.extract.chrome import strip_chrome
    text = ["La línea 2 del metro tendrá cinco nuevas estaciones en julio, anunció el ministerio.",
            "Las obras avanzan según el cronograma previsto por la concesionaria."]
    out = strip_chrome(text + [heading, "- Aumento del subte: cuánto cuesta el boleto",
                               "- Paro de subte: qué líneas funcionan"])
    assert out == text


def test_a_list_of_readers_comments_without_a_form_is_not_the_text():
    # readers sign in elsewhere to comment: no form, only the list ("vf-comments" of
    # "vf-comment" items) after the text, which trafilatura reads as more text
    paras = "".join(f"<p>Párrafo {i}: las seis líneas del subte extenderán su horario una hora "
                    "los sábados a partir de mayo, anunció la concesionaria.</p>" for i in range(8))
    comments = "".join(f"<div class='vf-comment'><div class='vf-comment-header'><span>Lector {i}"
                       "</span> <span>hace 3 horas</span></div><p class='vf-content'>Por fin una "
                       f"buena noticia para los que volvemos tarde los sábados, opinión {i}.</p>"
                       "</div>" for i in range(4))
    page = ("<html><head><title>El subte funcionará una hora más</title></head><body><main>"
            "<article class='nota'><h1>El subte funcionará una hora más</h1><section "
            f"class='cuerpo'>{paras}</section><h3>Comentarios</h3><div id='comentarios' "
            f"class='vf-comments'>{comments}</div></article></main></body></html>")
    body = extract_article(page, "https://diario.example/ciudad/subte-nid1/", now=NOW).body
    assert body.startswith("Párrafo 0") and body.endswith("anunció la concesionaria.")


def test_a_list_of_readers_comments_named_in_galician_is_not_the_text():
    # a Galician paper: "<section class='comentarios'>" of "comentario" items, under the
    # newsletter box, each with its reader's name and time
    paras = "".join(f"<p>Parágrafo {i}: as mariscadoras da ría alertan dunha caída do "
                    "berberecho e piden axudas directas á Consellería do Mar.</p>"
                    for i in range(8))
    comments = "".join(f"<div class='comentario'><span class='autor-com'>Lector {i}</span> "
                       f"<span class='data-com'>16/11/2020 10:4{i}</span><p>Sempre o mesmo, "
                       f"ninguén se acorda das mariscadoras ata que é tarde, opinión {i}.</p>"
                       "</div>" for i in range(3))
    page = ("<html><head><title>As mariscadoras alertan</title></head><body><main><article>"
            f"<h1>As mariscadoras alertan</h1><div class='texto'>{paras}</div><section "
            f"id='comentarios' class='comentarios'><h4>3 comentarios</h4>{comments}</section>"
            "</article></main></body></html>")
    body = extract_article(page, "https://xornal.example.gal/noticia/141386", now=NOW).body
    assert body.startswith("Parágrafo 0") and body.endswith("á Consellería do Mar.")


def test_a_list_of_readers_comments_named_in_macedonian_is_not_the_text():
    # a Skopje paper: "<div class='komentari'>" of "komentar" items under the text
    paras = "".join(f"<p>Пасус {i}: земјоделците од Струмичко се незадоволни од откупната "
                    "цена на доматите оваа година.</p>" for i in range(8))
    comments = "".join(f"<div class='komentar'><span class='ime'>Читател {i}</span> <span "
                       f"class='datum'>24.09.2019 13:1{i}</span><p>Секоја година истата "
                       f"приказна, мислење {i}.</p></div>" for i in range(2))
    page = ("<html><head><meta charset='utf-8'><title>Земјоделците незадоволни</title></head>"
            f"<body><main><h1>Земјоделците незадоволни</h1><div class='tekst'>{paras}</div>"
            f"<div class='komentari'><h3>Коментари (2)</h3>{comments}</div></main></body></html>")
    body = extract_article(page, "https://vesnik.example.mk/vesti/1234", now=NOW).body
    assert body.startswith("Пасус 0") and body.endswith("оваа година.")


def test_the_writers_avatar_cards_over_the_text_are_not_text():
    # a company blog's post: each writer's avatar (a 40-pixel picture named for them), name
    # and role over the text; a picture of a person in the text with its caption stays
    paras = "".join(f"<p>Paragraph {i}: when a direct path is not possible, traffic goes "
                    "through a relay server, and the choice of relay matters.</p>"
                    for i in range(8))
    card = ("<div class='flex'><img alt='{0}' width='40' height='40' src='/a/{1}.jpg'><div>"
            "<p class='text-sm'>{0}</p><p class='text-xs'>Software Engineer</p></div></div>")
    page = ("<html><head><title>Picking a better relay</title></head><body><main><article>"
            "<h1>Picking a better relay</h1><div class='mt-6 flex items-center'>"
            + card.format("Maya Lind", 1) + card.format("Raj Patel", 2)
            + "<time datetime='2024-04-16'>April 16, 2024</time></div>"
            "<div class='prose'>" + paras + "<figure><img alt='Ann Lee' width='800' "
            "height='500' src='/p.jpg'><figcaption>Ann Lee</figcaption></figure><p>Ann Lee, "
            "who leads the relay team, said the change took a year of measurements.</p></div>"
            "</article></main></body></html>")
    body = extract_article(page, "https://blog.example.com/relay", now=NOW).body
    assert body.startswith("Paragraph 0") and "Software Engineer" not in body
    assert body.endswith("took a year of measurements.")


def test_a_key_points_box_under_the_pictures_caption_is_a_summary():
    # the box opens the text under the lead picture, whose caption is a long <p>: the
    # caption is no text, so the box still comes before the text
    paras = "".join(f"<p>Paragraph {i}: we sent cash to families in the drought-hit district "
                    "before the hunger season set in, and surveyed what they bought.</p>"
                    for i in range(6))
    points = "".join(f"<li>Point {i}: most of the first payment went to food and seed.</li>"
                     for i in range(3))
    page = ("<html><head><title>Five months of cash transfers</title></head><body><main>"
            "<article><h1>Five months of cash transfers</h1><div class='thumb'><img src='g.jpg'"
            " alt=''><p class='thumbnail-caption'>Grace, a recipient in the district, bought "
            "maize and a goat with her first two payments.</p></div><div class='entry-content'>"
            "<div class='gd-key-points'><h2>Key points</h2><ul>" + points + "</ul></div>"
            + paras + "</div></article></main></body></html>")
    body = extract_article(page, "https://charity.example.org/updates/five-months", now=NOW).body
    assert body.startswith("Paragraph 0") and "Point 1" not in body


def test_a_videos_box_over_the_text_is_not_text():
    # a TV station's lead video: the player, the video's title and a line about it, a
    # carousel's "Up next"; the text's own video further down keeps the text around it
    paras = "".join(f"<p>Paragraph {i}: neighbors on North Avenue are organizing to keep the "
                    "old oak trees the road project would cut down.</p>" for i in range(8))
    page = ("<html><head><title>Neighbors fight plan to cut down oaks</title></head><body><main>"
            "<article><h1>Neighbors fight plan to cut down oaks</h1><div class='ArticlePage-lead'>"
            "<div class='VideoLead'><div class='VideoPlayer' data-video-id='1'><img src='t.jpg'"
            " alt=''><button class='VideoPlayer-play' aria-label='Play Video'></button></div>"
            "<div class='VideoLead-title'>Neighbors push back on tree removal</div>"
            "<div class='VideoLead-description'>Residents want the city to keep the trees."
            "</div><span>Up next</span></div></div><div class='RichTextArticleBody'>" + paras
            + "</div></article></main></body></html>")
    body = extract_article(page, "https://tv.example.com/news/oaks", now=NOW).body
    assert body.startswith("Paragraph 0") and "Up next" not in body
    assert "push back" not in body and body.endswith("would cut down.")


def test_a_sentence_opening_a_list_after_a_related_box_inside_the_text_is_the_texts():
    # the box's links go; the text goes on at a sentence that opens a list of places (the
    # list's short lines with it); a box's heading closed by a colon does not
    from newscrawler.extract.chrome import strip_chrome
    text = ["The City of Austin will expand a treatment program for toxic algae this summer, "
            "officials said on Tuesday after a year of tests at three sites on the lake.",
            "The city said the clay will be applied at the following locations:",
            "Red Bud Isle", "Festival Beach near the boat ramp",
            "Each treatment takes about a day, and the areas will remain open to the public "
            "while crews work from boats along the shoreline."]
    box = ["More Local News", "Heat advisory: Where to find cooling centers in Austin",
           "Lake Travis levels rise after weekend rain", "Headlines from 13 March 2024 :",
           "Barton Springs Pool to close for cleaning Thursday"]
    assert strip_chrome(text[:1] + box + text[1:]) == text


def test_a_boxes_offer_to_republish_the_text_ends_it():
    from newscrawler.extract.chrome import strip_chrome
    text = ["Ireland's emissions fell to a 30-year low in 2023 as coal use collapsed.",
            "The fall was driven by the power sector, the analysis shows."]
    out = strip_chrome(text + ["Republish this article", "This article is published under a "
                               "CC license. You are free to republish it for non-commercial "
                               "purposes, with a link back to the site."])
    assert out == text


def test_a_comment_sections_rules_end_the_text():
    from newscrawler.extract.chrome import strip_chrome
    text = ["La línea 2 del metro tendrá cinco nuevas estaciones en julio, anunció el ministerio.",
            "Las obras avanzan según el cronograma previsto por la concesionaria."]
    out = strip_chrome(text + ["Los comentarios están sujetos a las normas de la comunidad de "
                               "El Diario.", "- Ana: muy buena noticia para el distrito"])
    assert out == text


def test_a_bare_comments_heading_over_its_one_line_ends_the_text():
    from newscrawler.extract.chrome import strip_chrome
    text = ["Los embalses de la cuenca rozan el 80 % tras las lluvias de febrero.",
            "La confederación recuerda que los datos se actualizan cada lunes."]
    assert strip_chrome(text + ["Comentarios", "Comenta es un espacio para que los usuarios "
                                "opinen sobre las noticias publicadas."]) == text
    # a section of the text named so, over its prose, stays
    section = ["Comments", "The council received 214 written comments during the consultation, "
               "most of them on the bus lanes.", "The plan now goes to the cabinet."]
    assert strip_chrome(text + section) == text + section


def test_a_labelled_date_line_with_its_source_and_views_closes_the_text():
    from newscrawler.extract.trim import trim_end
    text = ["O Conselho de Ministros aprovou ontem o Plano de Desenvolvimento da Pesca Artesanal.",
            "O plano prevê a construção de dez centros de processamento até 2027."]
    line = ("Publicado em: 07/03/2024 às 18:25 Fonte: Secretariado do Conselho de Ministros "
            "1 284 visualizações")
    assert trim_end(text + [line]) == text
    # a sentence that opens with the date stays
    sentence = ("Publicado em: 07/03/2024 às 18:25 o despacho que fixa as quotas de pesca para "
                "o segundo semestre, com efeitos a partir de julho.")
    assert trim_end(text + [sentence]) == text + [sentence]


@pytest.mark.parametrize("lines", [
    ["Votre avis sur cet article", "Pour réagir à cet article, connectez-vous ou créez un compte.",
     "Les commentaires sont soumis à la charte de modération."],
    ["Pour réagir à cet article, connectez-vous ou créez un compte."],
    ["To comment, log in or create an account.", "- Ana: great news for the district"],
])
def test_a_comment_sections_heading_and_sign_in_prompt_end_the_text(lines):
    from newscrawler.extract.chrome import strip_chrome
    text = ["Les artisans du bâtiment s'inquiètent du recul des chantiers de rénovation d'ampleur.",
            "La fédération demande un calendrier stable pour les aides publiques."]
    assert strip_chrome(text + lines) == text


@pytest.mark.parametrize("in_header", [True, False])
def test_a_standfirst_named_in_danish_is_a_summary_in_the_headlines_header(in_header):
    # "field-manchet": the lead in the headline's header is its summary, as a "lead" or an
    # "intro" there is (the labels of probe51 leave it out; probe38's, lost, kept it); after
    # the header, over the text's box, it is the text's lead
    lead = ("Fra lørdag kan københavnerne hoppe i vandet fra et nyt havnebad ved Sluseholmen "
            "med plads til 400 badegæster.")
    text = ["Det nye havnebad ligger for enden af Sluseholmen ud mod Sydhavnen og er det "
            "syvende havnebad i Københavns Havn.",
            "Badet består af et 50 meter langt bassin til motionssvømning, et børnebassin med "
            "en dybde på 80 centimeter og to vipper.",
            "I badesæsonen fra 22. juni til 31. august vil der være livreddere til stede hver "
            "dag fra klokken 11 til 19."]
    page = ("<html lang='da'><head><title>Nyt havnebad åbner | Kommunen</title></head><body>"
            "<nav><ul><li><a href='/'>Forside</a></li><li><a href='/nyheder'>Nyheder</a></li>"
            "</ul></nav><main><article class='node'><header class='article-header'>"
            "<p class='article-header__label'>Nyhed</p>"
            "<h1 class='article-header__title'>Nyt havnebad åbner ved Sluseholmen</h1>"
            "<p class='article-header__meta'><time datetime='2024-06-20'>20. juni 2024</time></p>"
            + (f"<div class='field-manchet'><p>{lead}</p></div></header>" if in_header else
               f"</header><div class='field-manchet'><p>{lead}</p></div>")
            + "<figure><img src='a.jpg'><figcaption>Det nye havnebad. Foto: Kommunen</figcaption>"
            "</figure><div class='article-body text-formatted'>"
            + "".join(f"<p>{p}</p>" for p in text)
            + "</div></article></main><footer><p>Københavns Kommune</p></footer></body></html>")
    expected = text if in_header else [lead, *text]
    assert extract_article(page, now=NOW).body == "\n\n".join(expected)


_RELEASE_TEXT = [
    "A new nurse practitioner-led clinic will open in Miramichi this spring, giving about "
    "4,500 residents without a primary health-care provider access to regular care.",
    "The clinic will be staffed by four nurse practitioners, two registered nurses, a "
    "licensed practical nurse and administrative support staff.",
    "Patients will be contacted directly through the provincial registry, in order of the "
    "date they registered, beginning in the second week of May.",
    "The province is investing $1.2 million in start-up costs and $2.1 million a year in "
    "operating funding for the clinic, part of its health plan.",
    "The clinic will offer a full range of primary care services, including chronic disease "
    "management, prescription renewals, preventive screening and prenatal care.",
    "Similar clinics have opened in three other cities in the past 18 months, and together "
    "they now provide regular care to more than 14,000 patients.",
    "Residents who need care before they are attached to the new clinic can continue to use "
    "the province's health line, virtual care services or their local pharmacist.",
]


def test_a_column_of_boxes_beside_a_text_in_no_article_element_is_not_text():
    # no <article> or <main>: the headline's column holds the text, the next column a box
    # of highlights (a link and a line each) that the generic extractor reads as text
    paras = "".join(f"<p>{p}</p>" for p in _RELEASE_TEXT)
    highlights = "".join(
        f"<li><a href='/p{n}'><strong>{link}</strong></a> {line}</li>" for n, (link, line) in
        enumerate([("Need a care provider?", "Register online or by calling Tele-Care 811."),
                   ("Public alerts", "Get the latest information on emergencies and closures "
                                     "affecting residents of the province."),
                   ("Budget 2024-25", "Read the budget speech, the main estimates and the "
                                      "economic outlook.")]))
    page = ("<html><head><title>Clinic to open in Miramichi</title></head><body>"
            "<div id='content'><div class='column-left'><div class='news-release'>"
            "<p class='date'>11 April 2024</p><h1>Clinic to open in Miramichi</h1>"
            f"<div class='news-text'>{paras}</div></div></div>"
            f"<div class='column-right'><div class='box'><h2>Highlights</h2><ul>{highlights}"
            "</ul></div></div></div></body></html>")
    assert extract_article(page, now=NOW).body == "\n\n".join(_RELEASE_TEXT)


def test_a_closed_disclosure_over_the_text_is_not_text():
    # a "How we did this" box: its panel hidden behind a button that says it is closed
    method = ("The Center conducted this analysis to understand how Americans use public "
              "libraries, surveying 5,152 adults from January 16 to 28, 2024, on its panel. ")
    text = ["Public libraries have been part of American life for more than a century, and "
            "they continue to evolve in the digital age with e-books and free Wi-Fi.",
            "Here are five facts about how Americans use and view their local public "
            "libraries, drawn from a survey conducted in January 2024."]
    box = ("<div class='collapsible'><button aria-expanded='false'>How we did this</button>"
           f"<div class='collapsible__content' hidden><p>{method * 2}</p></div></div>")
    page = ("<html><head><title>5 facts about libraries</title></head><body><article>"
            "<h1>5 facts about libraries</h1>" + box
            + "".join(f"<p>{p}</p>" for p in text) + "</article></body></html>")
    assert extract_article(page, now=NOW).body == "\n\n".join(text)
    # ... an open one, or a hidden panel no button closes (a script shows it), is text
    opened = page.replace("aria-expanded='false'", "aria-expanded='true'")
    assert "conducted this analysis" in extract_article(opened, now=NOW).body


def test_a_live_blogs_entry_headings_and_announced_list_are_put_back():
    # each entry a heading over a box of its own; a list closing its box after the
    # sentence that announces it (the first entry's heading, over the text's first
    # paragraph, may be a kicker: left out)
    entries = [
        ("AQI at 460 at 5 pm", [
            "Delhi's average AQI stood at 460 at 5 pm, according to the pollution control "
            "board's hourly bulletin, a slight improvement."]),
        ("Supreme Court pulls up government over delay", [
            "The Supreme Court on Tuesday asked why stage 4 measures were not imposed as soon "
            "as the AQI crossed 400 last week, and said they would stay in force."]),
        ("What is banned under stage 4?", [
            "Under stage 4, the following measures are in force across the capital region:"]),
        ("Doctors report surge in respiratory complaints", [
            "Hospitals in the city reported a sharp rise in patients complaining of "
            "breathlessness, coughing and itchy eyes over the past week."]),
    ]
    items = ["Entry of trucks into the city banned, except those carrying essential goods",
             "Construction and demolition work halted, including on public projects"]
    html = ""
    for n, (heading, paras) in enumerate(entries):
        listed = ("<ul>" + "".join(f"<li>{i}</li>" for i in items) + "</ul>") if n == 2 else ""
        html += (f"<div class='liveSec'><div class='liveTime'><span>Nov 19, 2024 0{5 - n}:10 PM"
                 f"</span></div><h2 class='liveTitle'>{heading}</h2><div class='liveCont'>"
                 + "".join(f"<p>{p}</p>" for p in paras) + listed + "</div>"
                 "<div class='liveShare'><a href='#'>Share this article</a></div></div>")
    root = lxml.html.fromstring(f"<html><body><div class='story'><h1>Delhi AQI live updates</h1>"
                                f"{html}</div></body></html>")
    # (the generic extractor's text on such a page: the paragraphs alone)
    from newscrawler.extract.body import with_dropped_blocks
    paras = [p for _, ps in entries for p in ps]
    assert with_dropped_blocks(root, paras) == [entries[0][1][0],
                    entries[1][0], entries[1][1][0],
                    entries[2][0], entries[2][1][0], *(f"- {i}" for i in items),
                    entries[3][0], entries[3][1][0]]


def test_a_related_boxs_teasers_of_a_headline_and_a_summary_are_not_text():
    # "Fler nyheter" over other news, each item a headline run into its summary: no text
    # going on after the heading, whether the box closes the text or sits inside it
    from newscrawler.extract.chrome import strip_chrome
    text = ["Trafikverket genomför i sommar omfattande banarbeten mellan Göteborg och Alingsås, "
            "och tågtrafiken ersätts delvis med bussar under sex veckor.",
            "Resenärer uppmanas att planera sin resa i god tid och kontrollera avgångar i "
            "reseplaneraren innan de åker."]
    box = ["Fler nyheter",
           "- Ny cirkulationsplats öppnar på riksväg 40 Den nya cirkulationsplatsen vid "
           "Rydboholm ska öka trafiksäkerheten och förbättra framkomligheten för trafiken.",
           "- Samråd om ny väg vid Stenungsund Trafikverket bjuder in allmänheten att lämna "
           "synpunkter på förslaget till ny sträckning av väg 160."]
    assert strip_chrome(text + box) == text
    assert strip_chrome(text[:1] + box + text[1:]) == text



_RUNS = ["The council's transport committee met on Tuesday to review the bus network plan.",
         " Members heard that ridership on the night routes has grown by a fifth since the "
         "timetable changed in the spring, with the busiest services now running full after "
         "midnight on Fridays and Saturdays across the city.",
         "Officers said the growth had come mostly from shift workers in hospitals, warehouses "
         "and hotels, who had few other ways to get home once the trains stopped running.",
         " Extending the service to the new estates was the committee's first request, and "
         "officers said it would need four more drivers on each night of the week, which the "
         "operator has agreed to recruit by the autumn.",
         "The committee also asked for a report on fares, after several members said the night "
         "supplement was putting off younger riders.",
         "Drivers' representatives told the meeting that better lighting at the interchange "
         "would do more for safety than extra staff on board.",
         " The council will publish the revised plan in March, and residents will have six "
         "weeks to comment on it before the committee takes its final decision in the summer, "
         "alongside the budget for the next three years.",
         "Members agreed to visit the depot before then to see the new electric buses that will "
         "take over two of the night routes next year, and to meet the drivers who have been "
         "trialling them since January."]


def test_text_after_an_empty_ad_slot_inside_it_is_kept():
    # a news app prints its text as runs between <!-- --> in one box, an empty video slot
    # before them and ad slots (their scripts gone) between: trafilatura dropped the run
    # after the first slot, fast mode kept enough of the rest to look done
    run = "<!-- -->".join
    page = ("<html lang='en'><head><title>Night buses carry a fifth more riders</title></head>"
            "<body><div id='app'><div class='okf2Z'><div class='pZFl7'><div data-type='in_view' "
            "class='  '><h1 class='HNMDR'><span>Night buses carry a fifth more riders</span></h1>"
            "</div></div><div class='JuyWl'><div data-articlebody='1'><div class='_s30J'>"
            "<div class='MwN2O'><div class='vdo_embedd'>  </div></div>" + run(_RUNS[:3]) +
            "<div data-type='in_view' class='  '><div class='mrec_parent'><div "
            "id='taboola-mid-article-thumbnails-1' class='wdt-taboola'></div></div></div>"
            + run(_RUNS[3:6]) + "<div data-pos='0' class='id-r-component'><div></div></div>"
            + run(_RUNS[6:]) + "</div></div><div class='authorComment'><div id='author_desc'>"
            "<p>The City Desk is a team of reporters who cover the council, transport and "
            "housing for readers across the region every day of the week.</p></div></div>"
            "</div></div></div></body></html>")
    body = extract_article(page, "https://news.example.com/city/night-buses/articleshow/123.cms",
                           now=NOW).body
    assert "Extending the service to the new estates" in body
    assert "shift workers" in body and "publish the revised plan" in body



def test_a_summarys_word_about_itself_over_the_text_goes():
    from newscrawler.extract.trim import trim_top
    note = ("This summary is provided to assist in the understanding of the Court's judgment. "
            "It is not intended to be a substitute for the reasons of the Court.")
    text = ["The appellants owned a unit in a strata development whose roof leaked for years.",
            "The Court of Appeal allowed the appeal in part."]
    assert trim_top([note, *text], None) == text
    # a sentence of the text that says what a rule is not meant to do stays
    rule = ("The new rule is not intended to replace the inspections that councils already "
            "carry out, the minister said on Monday at the opening of the session.")
    assert trim_top([rule, *text], None) == [rule, *text]


@pytest.mark.parametrize("line", [
    # an outlet's appeal in the text: a long note from the author ending with its button
    "Hi, this is Anna Kovalenko. I wrote this piece for you. Since 2022, I have been reporting "
    "from front-line cities on how people keep daily life going. If you value this kind of "
    "reporting, please consider supporting us by becoming a member of the Harbour Independent. "
    "Become a member",
    # ... its heading, and an invitation to its messenger channel with the link
    "Independent journalism needs your support",
    "Dapatkan update berita pilihan setiap hari dari Kabar.com. Mari bergabung di Grup "
    "Telegram \"Kabar.com News Update\", caranya klik link https://t.me/kabarcomupdate",
    "Pilih saluran andalanmu akses berita Kabar.com WhatsApp Channel : "
    "https://www.whatsapp.com/channel/0029Va",
    # ... or with the invitation's verb, its link gone
    "Știri24 e acum pe WhatsApp. Abonează-te la canalul nostru pentru cele mai importante "
    "știri ale zilei.", "Join our WhatsApp channel for the day's top stories.",
    "PAY ATTENTION: Join the Daily's Telegram channel! Never miss important updates!",
    # a prompt to report a mistake
    "Encontrou algum erro? Entre em contato", "Spotted an error? Let us know",
    "Fehler gefunden?", "Ist Ihnen in diesem Artikel ein Fehler aufgefallen? Dann schreiben "
    "Sie uns gern.", "Fehler melden", "Fehler gefunden? Jetzt melden.",
    # a metered wall's count
    "You have read 2 of your 3 free articles this month. Register for free to keep reading, "
    "or subscribe for unlimited access to news, prices and analysis.",
])
def test_appeals_invitations_and_error_prompts_go(line):
    from newscrawler.extract.chrome import strip_chrome
    assert strip_chrome([TWO_LINES[0], line, TWO_LINES[1]]) == TWO_LINES


def test_a_story_that_quotes_a_messenger_channel_keeps_it():
    from newscrawler.extract.chrome import strip_chrome
    line = ("The governor said on his Telegram channel that air defence had shot down six "
            "drones over the region overnight, and that two people were injured.")
    assert strip_chrome([TWO_LINES[0], line, TWO_LINES[1]]) == [TWO_LINES[0], line, TWO_LINES[1]]


@pytest.mark.parametrize("lines", [
    ["Comentários", "Os comentários são exclusivos para assinantes do Diário."],
    ["Komentar", "Silakan login untuk memberikan komentar. Apa yang Anda ingin sampaikan?"],
    ["Please log in to comment."],
    ["Comentarios", "Para poder comentar tenés que ser suscriptor. Suscribite o Ingresá.",
     "Comentarios cerrados para esta nota."],
])
def test_a_comment_sections_subscriber_note_and_sign_in_prompt_end_the_text(lines):
    # (the note ends the text; its heading, left last, goes as a bare comments heading)
    from newscrawler.extract.chrome import strip_chrome
    from newscrawler.extract.trim import trim_end
    assert trim_end(strip_chrome(TWO_LINES + lines)) == TWO_LINES


def test_an_appeal_that_says_its_readers_fund_it_closes_the_text():
    from newscrawler.extract.trim import trim_end
    appeal = ["Independent journalism needs your support",
              "We're a team of journalists bringing you the truth from the front lines. The "
              "Harbour Independent is funded by our readers, not oligarchs or governments. "
              "Help us keep it that way."]
    assert trim_end(TWO_LINES + appeal) == TWO_LINES


def test_an_appeal_that_says_what_its_readers_gifts_pay_for_closes_the_text_with_its_heading():
    from newscrawler.extract.trim import trim_end
    appeal = ["Fact:", "The Example Review was founded as a nonprofit in 1976 because we knew "
              "corporations wouldn't fund the type of journalism we set out to do.",
              "Today, reader support makes up about two-thirds of our budget. If you value what "
              "you get from us, please join us with a tax-deductible donation today."]
    assert trim_end(TWO_LINES + appeal) == TWO_LINES
    # ... a heading with a colon closing a text with no appeal under it is left to the text
    assert trim_end(TWO_LINES + ["Fact:"]) == TWO_LINES + ["Fact:"]


def test_a_lead_named_picture_is_no_lead_and_the_lead_after_it_is():
    # "lead-image" holds the picture and its caption; the lead follows it, outside the
    # body's box
    lead = ("University researchers have developed an optical sensor that counts microplastic "
            "particles in flowing water within seconds.")
    text = ["Microplastics are found almost everywhere: in oceans and lakes, in soils and in "
            "the rivers that cross the country, yet how much a river carries is unknown.",
            "The team has now developed a sensor that delivers results in real time, as the "
            "researchers report in the journal Water Research this week."]
    page = ("<html lang='en'><head><title>Sensor counts microplastics | University News</title>"
            "</head><body><article class='news-article'><div class='news-article__header'>"
            "<h1>Sensor counts microplastics</h1><span class='news-article__date'>14.03.2024"
            "</span></div><div class='lead-image'><figure><img src='a.jpg'><figcaption><p>"
            "Particles from the river under the microscope: the sensor identifies them without "
            "laboratory work. (Image: University / Sensing Lab)</p></figcaption></figure></div>"
            f"<div class='news-article__lead'><p>{lead}</p></div>"
            "<div class='news-article__body'>" + "".join(f"<div class='text'><p>{p}</p></div>"
                                                       for p in text)
            + "</div></article></body></html>")
    body = extract_article(page, "https://uni.example.ch/news/2024/03/sensor.html", now=NOW).body
    assert body == "\n\n".join([lead, *text])


@pytest.mark.parametrize("line", [
    "奥克兰市议会周四通过新财年预算。图片来源：中文先驱资料图",  # a caption and its credit
    "韩家栋搀扶老人回家。（监控视频截图）", "王一帆在比赛中。（图源：视觉中国）",
    "阅读更多：奥克兰水费7月起上涨 这些家庭受影响最大",  # a related story's link
    "延伸閱讀：臺北捷運新線明年通車",
])
def test_chinese_captions_with_their_credit_and_read_more_links_go(line):
    from newscrawler.extract.chrome import strip_chrome
    text = ["奥克兰市议会周四以十四票对六票通过了新财年预算，地方税平均上调百分之六点八。",
            "市长表示，预算优先保障交通和供水设施的维护投入。"]
    assert strip_chrome([text[0], line, text[1]]) == text


def test_a_press_contact_table_under_its_spanning_heading_closes_the_text():
    from newscrawler.extract.trim import trim_end
    text = ["經濟部今日宣布，113年度節能設備汰換補助將自6月3日起受理申請。",
            "經濟部呼籲中小企業把握機會，及早規劃設備汰換。"]
    table = ["| 新聞聯絡人 |  |  |  |", "| 聯絡人 | 職稱 | 電話 | 電子郵件 |",
             "| 林雅婷 | 科長 | (02)2754-1255#2617 | ytlin@example.gov.tw |"]
    assert trim_end(text + table) == text



def test_a_recommended_citation_ends_the_text_with_what_follows():
    from newscrawler.extract.chrome import strip_chrome
    tail = ["Recommended citation",
            "Ferraro, G. and J. Kowalczyk (2025) 'Europe's grid bill', Analysis, Bruegel, 4 "
            "February", "Republishing and referencing",
            "Anyone is free to republish this post without prior consent."]
    assert strip_chrome(TWO_LINES + tail) == TWO_LINES
    # a heading of the text named so, over prose, stays
    prose = ["Recommended citation", "The committee recommends citing the register's "
             "entries by their number, as the courts already do in their judgments."]
    assert strip_chrome(TWO_LINES + prose) == TWO_LINES + prose


@pytest.mark.parametrize("head", ["Cómo citar esta publicación", "Comment citer cet article",
                                  "Zitiervorschlag", "Come citare questo articolo"])
def test_a_citation_head_in_other_languages_ends_the_text(head):
    from newscrawler.extract.chrome import strip_chrome
    tail = [head, "Moreau, Claire. «Le port et la ville». Analyse, n° 112 (mars 2024). "
            "DOI: https://doi.org/10.1234/analyse.2024.112",
            "Les publications n'engagent que leurs auteurs."]
    assert strip_chrome(TWO_LINES + tail) == TWO_LINES


def test_the_pages_own_licence_and_republishing_pointer_close_the_text():
    from newscrawler.extract.trim import trim_end
    tail = ["This work is licensed under a Creative Commons Attribution-NoDerivatives 4.0 "
            "International License.", "Please view the republishing articles page for more "
            "information."]
    assert trim_end(TWO_LINES + tail) == TWO_LINES



def test_a_broadcasters_programme_note_ends_the_text():
    from newscrawler.extract.chrome import strip_chrome
    tail = ["Dieses Thema im Programm:", "NDR 1 Niedersachsen | Regional Lüneburg | 14.03.2024 | "
            "16:30 Uhr"]
    assert strip_chrome(TWO_LINES + tail) == TWO_LINES


def test_a_releases_download_fields_over_its_text_go():
    from newscrawler.extract.trim import trim_top
    text = ["Pada Oktober 2026 terjadi inflasi year on year sebesar 2,31 persen dengan Indeks "
            "Harga Konsumen sebesar 109,84.", "Tingkat inflasi month to month sebesar 0,14 persen."]
    fields = ["Ukuran File : 1.42 MB", "Nomor BRS : 84/11/Th. XXIX"]
    assert trim_top([*fields, *text], None) == text
    # ... a police release's number and the time it went out
    assert trim_top(["Release #: 25-118", "Time: 10:45 a.m.", *text], None) == text
    # a count the text opens with is the text's
    counts = ["Number of victims: 12", *text]
    assert trim_top(counts, None) == counts



@pytest.mark.parametrize("line", [
    "Further Reading: FRA Announces 2024 CRISI Awards",  # a related story's link
    "Hero image: Street trees in Parramatta. Credit: Jane Roe/University",  # a picture's credit
])
def test_further_reading_links_and_a_hero_pictures_credit_go(line):
    from newscrawler.extract.chrome import strip_chrome
    assert strip_chrome([TWO_LINES[0], line, TWO_LINES[1]]) == TWO_LINES


def test_a_chinese_related_heading_takes_its_items_along():
    # "相关阅读：" alone on its line heads a list of other articles inside the text's box,
    # before the site's notice: the heading and its items go (the notice as an ad's)
    from newscrawler.extract.chrome import strip_chrome
    text = ["IT之家 7 月 3 日消息，微信 iOS 版今日发布 8.0.50 正式版更新。",
            "IT之家提醒，进行聊天记录迁移时，请确保两台设备连接同一 Wi-Fi 网络。"]
    related = ["相关阅读：", "《微信安卓版 8.0.50 正式版发布：“状态”可设置可见范围》",
               "《微信 iOS 版 8.0.49 正式版发布：新增“听筒模式”快捷切换》",
               "广告声明：文内含有的对外跳转链接，用于传递更多信息，节省甄选时间，结果仅供参考。"]
    assert strip_chrome(text + related) == text
    # ... an English "Related:" heading alone still goes by itself (the list under it may be
    # the text's own resources, which labels keep)
    english = ["Related:", "- Gardening in a warming world, a guide for schools"]
    assert strip_chrome(["The garden trial ran for three summers in six counties."] + english) == [
        "The garden trial ran for three summers in six counties.", english[1]]


def test_a_chinese_sentence_that_opens_a_list_ends_a_related_box_inside_the_text():
    # a related box inside a Chinese text ("相关阅读：" and its dated links), then the text
    # goes on with a sentence that ends with a colon over its list: the sentence and the list
    # are the text's, though the sentence has no spaces to count words by
    from newscrawler.extract.chrome import strip_chrome
    before = ["为有效防控重大动物疫病，市农业农村局统筹部署、压实责任，"
              "在全市范围内开展春季集中免疫。"]
    box = ["相关阅读：", "全市召开动物疫病防控工作会议（2024-03-12）",
           "我市开展兽用抗菌药使用减量化行动（2024-02-27）"]
    after = ["规范免疫操作。组织市、县两级技术骨干深入乡村开展技术指导，重点抓好以下环节：",
             "- 严格执行免疫操作规程，防止交叉感染；", "- 规范填写免疫档案，确保免疫信息可追溯。",
             "下一步，市农业农村局将持续加强督导检查，推动集中免疫与常年免疫相结合，坚决守住不发生区域性重大动物疫情的底线。"]
    assert strip_chrome(before + box + after) == before + after
    # ... while a box's own heading ending with a colon stays a heading: its items go
    headed = ["相关新闻：", "本市召开春耕生产工作会议", "全市开展植树造林活动"]
    assert strip_chrome(before + headed + after[-1:]) == before + after[-1:]


@pytest.mark.parametrize("line", ["编辑 孙萌 责编 李澜",
                                  "/이준호기자 jhlee@news.example.kr",
                                  "홍길동 기자 hong@news.example.kr",
                                  # a broadcaster's crew, role by role
                                  "촬영기자:정현우/영상편집:최윤정/그래픽:박소연"])
def test_an_editors_or_reporters_credit_closing_the_text_goes(line):
    # the roles and names of a Chinese app's credit set apart by spaces alone, a Korean
    # paper's reporter with an address under the text
    from newscrawler.extract.chrome import strip_chrome
    assert strip_chrome([*TWO_LINES, line]) == TWO_LINES


def test_zero_width_joiners_inside_words_are_kept():
    # Persian writes a zero-width non-joiner inside words ("کم‌برخوردار", "می‌شود"); the
    # generic extractor deletes it as unprintable, which runs two words into one
    from newscrawler.extract import extract_article
    zwnj = "\u200c"
    para = (f"هیئت وزیران برای نوسازی کلاس‌های درس فرسوده در مناطق کم{zwnj}برخوردار اعتبار "
            f"اختصاص داد و این طرح تا پایان سال اجرا می{zwnj}شود.")
    page = ("<html lang='fa' dir='rtl'><head><meta charset='utf-8'><title>نوسازی کلاس‌های درس"
            "</title></head><body><nav><a href='/'>خانه</a> <a href='/news'>اخبار</a></nav>"
            "<div class='post'><h1>نوسازی کلاس‌های درس</h1>"
            + "".join(f"<p>{para} ({i})</p>" for i in range(5))
            + "</div><footer><p>پایگاه اطلاع‌رسانی دولت</p></footer></body></html>")
    body = extract_article(page.encode(), "https://portal.example.ir/detail/1").body
    assert f"کم{zwnj}برخوردار" in body and f"می{zwnj}شود" in body
    # ... and so does a zero-width joiner inside an emoji sequence
    emoji = "👩\u200d🚒"
    page = page.replace("این طرح", f"این طرح {emoji}", 1)
    assert emoji in extract_article(page.encode(), "https://portal.example.ir/detail/1").body
    # ... while a joiner alone, a site builder's empty paragraph ("<p>&zwj;</p>"), is no text
    page = page.replace("</p><p>", "</p><p>&zwj;</p><p>", 2)
    paras = extract_article(page.encode(), "https://portal.example.ir/detail/1").body.split("\n\n")
    assert all(p.strip("\u200c\u200d ") == p for p in paras) and len(paras) == 5, paras


def test_a_facebook_post_embedded_in_the_text_is_not_its_text():
    # the embed code's fallback: the post's text and "Posted by <page> on <day>", in the
    # reader's language; an embedded tweet is left to the text (benchmarks' labels keep it)
    from newscrawler.extract import extract_article
    story = "".join(f"<p>Paragraph {i} of the report on the parking zones, which the city "
                    "council approved on Tuesday after a long debate.</p>" for i in range(4))
    post = ("<div class='fb-post' data-href='https://www.facebook.com/city/posts/1'><blockquote "
            "class='fb-xfbml-parse-ignore'><p>Resident parking comes to two more districts. "
            "Apply online from July.</p>Zveřejnil(a) <a href='https://www.facebook.com/city'>"
            "Brno</a> dne Úterý 20. února 2024</blockquote></div>")
    page = ("<html><head><title>Parking zones grow</title></head><body><article><h1>Parking "
            f"zones grow</h1>{story[:200]}{post}{story[200:]}</article></body></html>")
    body = extract_article(page, "https://news.example.cz/brno/parking-zones.A240220").body
    assert "Zveřejnil" not in body and "Resident parking" not in body
    assert body.count("Paragraph") == 4


@pytest.mark.parametrize(("box", "kept"), [
    # an appeal in the text's middle, named for the readers' membership, heading and button
    ("<div class='socios-box'><p class='socios-box__title'>Este periódico no tiene muros de "
     "pago</p><p>Nuestra única atadura son nuestros lectores. Si quieres que sigamos siendo "
     "libres, hazte socio o socia.</p><a class='btn' href='/socios/'>Hazte socio/a</a></div>",
     False),
    ("<aside class='support-module'><h3>Support our journalism</h3><p>If you value this "
     "reporting, please consider making a one-off contribution.</p><a href='/give'>Give</a>"
     "</aside>", False),
    ("<div class='nc-support-box'><h4>Support our Nation today</h4><p>For the price of a "
     "cup of coffee a month you can help us create an independent, not-for-profit, national "
     "news service.</p><a href='/support/'>Support us</a></div>", False),
    # ... in Dutch
    ("<div class='block-support'><h3>Wij zijn 100 procent onafhankelijk</h3><p>Geen "
     "aandeelhouders, geen adverteerders. Steun onafhankelijke onderzoeksjournalistiek vanaf "
     "6 euro per maand, of een cup of coffee.</p><a href='/abonneren'>Word abonnee</a></div>",
     False),
    # ... in Spanish, the box named for donations ("dona")
    ("<div class='ep-dona-box'><h4>Apoya el periodismo independiente</h4><p>Somos un medio "
     "sin fines de lucro. Con tu aporte mantenemos a nuestros periodistas en las regiones."
     "</p><a class='btn' href='https://diario.example/dona/'>Dona aquí</a></div>", False),
    # a box named so whose text asks for nothing is the text's
    ("<div class='support-note'><p>Residents can ask the tenants' union for support with "
     "their contracts at the office on Carrer de Sueca.</p></div>", True),
])
def test_an_appeal_for_support_in_the_texts_middle_goes(box, kept):
    text = [f"El precio medio del alquiler ha subido un 14% en el último año, punto {n}."
            for n in range(6)]
    page = ("<html lang='es'><head><title>El alquiler sube un 14% - Diario</title></head><body>"
            "<article><h1>El alquiler sube un 14%</h1><div class='article-body'>"
            + "".join(f"<p class='article-text'>{p}</p>" for p in text[:3]) + box
            + "".join(f"<p class='article-text'>{p}</p>" for p in text[3:])
            + "</div></article></body></html>")
    body = extract_article(page.encode(), "https://diario.example/economia/alquiler",
                           now=NOW).body
    assert body.startswith(text[0]) and body.endswith(text[-1])
    assert ("tenants' union" in body) is kept
    assert "socio" not in body and "contribution" not in body and "coffee" not in body
    assert "aporte" not in body and "Dona aquí" not in body


def test_a_paragraph_named_for_its_writer_closing_the_text_is_their_credit():
    # a police force's release signed by the officer's rank and name and the station, in a
    # paragraph named "autor" under the text; a quotation's speaker named so stays
    text = [f"Policjanci z Komendy Powiatowej zatrzymali kierowcę, akapit {n}." for n in range(4)]
    quote = ("<blockquote><p>„Każdy może zareagować, gdy widzi pijanego kierowcę.”</p>"
             "<p class='cita-autor'>mł. insp. Jan Nowak, komendant powiatowy</p></blockquote>")
    page = ("<html lang='pl'><head><title>Pijany kierowca zatrzymany</title></head><body>"
            "<article><h1>Pijany kierowca zatrzymany</h1><div class='tresc'>"
            + "".join(f"<p>{p}</p>" for p in text[:2]) + quote
            + "".join(f"<p>{p}</p>" for p in text[2:])
            + "<p class='autor'>asp. szt. Anna Kowalczyk<br>KPP w Zgierzu</p></div></article>"
            "</body></html>")
    body = extract_article(page, "https://lodzka.policja.example.pl/ld/aktualnosci/1,x.html",
                           now=NOW).body
    assert body.endswith(text[-1]) and "Kowalczyk" not in body
    assert "komendant powiatowy" in body


def test_a_turkish_appeal_under_the_text_goes_with_its_heading_and_button():
    text = [f"Zonguldak’ta maden işçileri ücretleri için eylemi sürdürüyor, bölüm {n}."
            for n in range(5)]
    page = ("<html lang='tr'><head><title>Maden işçileri eylemde</title></head><body><article>"
            "<h1>Maden işçileri eylemde</h1><div class='content'>"
            + "".join(f"<p>{p}</p>" for p in text) + "</div><div class='support-box'><h3>"
            "Bağımsız gazeteciliğe destek olun</h3><p>Sitemiz 1997’den bu yana hak haberciliği "
            "yapıyor. Bağışlarınız habercilerimizin bağımsızlığını güçlendiriyor.</p>"
            "<a class='btn' href='/destek-ol'>Destek ol</a></div></article></body></html>")
    body = extract_article(page, "https://haber.example.org/emek/293530-maden", now=NOW).body
    assert body.endswith(text[-1])


def test_a_shops_label_inside_a_text_goes_and_the_texts_items_stay():
    from newscrawler.extract.chrome import strip_chrome
    text = ["We tested twelve cameras over three months in the studio and outdoors.",
            "1. CANON EOS R6 MARK II", "Its autofocus tracked birds in flight better than any "
            "other camera we tried, and its batteries lasted a full day of shooting.",
            "Where to buy", "2. SONY A7 IV", "The most versatile body of the group, with a "
            "sensor that suits both stills and video work in low light."]
    assert strip_chrome(text) == [p for p in text if p != "Where to buy"]


def test_a_galleries_captions_inside_the_content_container_are_no_text():
    # a gallery of figures set inside the CMS's text container ("article-content"): their
    # captions describe the pictures and are not the text, on this path as on the others
    from newscrawler.extract import extract_article
    paras = [f"The frost covered the fields of the high plateau on Thursday morning, paragraph "
             f"{i}, as the cold air mass settled over the region and the farmers counted the "
             f"damage to their crops." for i in range(5)]
    gallery = "".join(f"<figure class='gallery__item'><img src='/{i}.jpg' alt=''><figcaption>"
                      f"Caption of picture {i} in the gallery <span>Photo: Agency</span>"
                      f"</figcaption></figure>" for i in range(3))
    page = ("<html><head><title>Frost on the plateau</title></head><body><h1>Frost on the "
            f"plateau</h1><div class='article-content'><p>{paras[0]}</p><p>{paras[1]}</p>"
            f"<div class='gallery'>{gallery}</div>"
            + "".join(f"<p>{p}</p>" for p in paras[2:]) + "</div></body></html>")
    body = extract_article(page.encode(), "https://news.example.com/frost").body
    assert body.split("\n\n") == paras


def _summary_page(summary_html: str, description: str, text: list[str]) -> bytes:
    return ("<html><head><title>Bornova market reopens</title>"
            f"<meta name='description' content='{description}'>"
            f"<meta property='og:description' content='{description}'></head><body>"
            "<nav><a href='/'>Home</a></nav><article><div class='detail-title'>"
            f"<h1 class='page-title'>Bornova market reopens</h1>{summary_html}</div>"
            "<div class='detail-body'>" + "".join(f"<p>{p}</p>" for p in text)
            + "</div></article></body></html>").encode()


SUMMARY = ("After two years of restoration the 64 shops of the old market were handed back to "
           "their tenants with their wooden shutters restored.")
MARKET_TEXT = [f"The municipality said on Monday that the restoration of the market, paragraph {i},"
               " followed the original plans of the nineteenth-century buildings and their "
               "wooden shutters." for i in range(4)]


@pytest.mark.parametrize("box", ["<h2 class='spot'>{}</h2>",
                                 "<div class='NewsLead'><p>{}</p></div>",
                                 "<div id='article_lead'><p><strong>{}</strong></p></div>"])
def test_a_summary_box_that_the_page_also_gives_as_its_description_is_no_text(box):
    # the CMS printed its summary in a box of its own under the headline and gave it as the
    # page's description: whatever the box is named, it is a standfirst
    from newscrawler.extract import extract_article
    page = _summary_page(box.format(SUMMARY), SUMMARY, MARKET_TEXT)
    body = extract_article(page, "https://news.example.com/bornova/market").body
    assert body.split("\n\n") == MARKET_TEXT


def test_a_box_the_cms_marks_as_the_articles_description_is_no_text():
    # TYPO3 news: "<div class='lead' itemprop='description'>" under the date and the author,
    # its words not the page's description meta
    from newscrawler.extract import extract_article
    box = ("<div class='news-list-date'><time>05/06/2023</time></div><div class='lead' "
           f"itemprop='description'><p>{SUMMARY}</p></div>")
    page = _summary_page(box, "The market reopened.", MARKET_TEXT)
    body = extract_article(page, "https://news.example.com/bornova/market").body
    assert body.split("\n\n") == MARKET_TEXT


def test_a_summary_box_under_a_row_of_credits_and_buttons_is_found():
    # a university's news page: the credits line of four fields, the banner and its caption,
    # a row of four tool buttons, then the intro box the description gives
    from newscrawler.extract import extract_article
    tools = "".join(f"<a class='tool-{t.lower()}' href='#{t}'>{t}</a> "
                    for t in ("Share", "Print", "Listen", "Republish"))
    box = ("<div class='article-credits'><span class='article-date'>14 May 2025</span> | "
           "<span class='article-story'>Story <a href='/author/t/'>T. Ngcobo</a>.</span> "
           "<span class='article-photo'>Photo L. Maduna.</span> <span class='article-readtime'>"
           "Read time 6 min.</span></div><div class='article-banner'><img src='/b.jpg'><p "
           "class='banner-caption'>Traders at the market on its first day.</p></div><div "
           f"class='article-tools'>{tools}</div><div class='article-intro'><p>{SUMMARY}</p></div>")
    page = _summary_page(box, SUMMARY, MARKET_TEXT)
    body = extract_article(page, "https://news.example.com/bornova/market").body
    assert body.split("\n\n") == MARKET_TEXT


def test_a_description_that_is_the_texts_first_paragraph_stays():
    # a CMS that gives the text's first paragraph as the description (an excerpt): that
    # paragraph is one of the text's <p>s and stays; so does the text's first heading
    from newscrawler.extract import extract_article
    text = [SUMMARY, *MARKET_TEXT]
    page = _summary_page("", SUMMARY, text)
    body = extract_article(page, "https://news.example.com/bornova/market").body
    assert body.split("\n\n") == text
    heading = ("The market's shops were handed back to their tenants after two years of "
               "restoration work")
    page = _summary_page("", heading, MARKET_TEXT).replace(
        b"<div class='detail-body'>", f"<div class='detail-body'><h2 class='sub'>{heading}</h2>"
        .encode())
    body = extract_article(page, "https://news.example.com/bornova/market").body
    assert body.split("\n\n") == [heading, *MARKET_TEXT]


@pytest.mark.parametrize("line", [
    # a newsletter sold at the end of a sentence, a sign-up form's small print
    "Don't miss the biggest stories from across the region by signing up to the Daily "
    "Bulletin newsletter here",
    "By signing up, you agree to our User Agreement and Privacy Policy & Cookie Statement.",
    "This site is protected by reCAPTCHA and the Google Privacy Policy and Terms of Service "
    "apply.",
    # an office's closing prompt to follow its accounts, among its other boilerplate
    "The health department's website is your source for a healthy dose of information. Find "
    "us on Facebook and follow us on X.", "Like us on Facebook",
    # a WeChat account with its id, a video channel to subscribe to, and the button
    "#欢迎关注某某科技官方微信公众号：某某科技（微信号：example），更多精彩内容第一时间为您奉上。",
    "訂閱某某新聞 YouTube 頻道，第一時間收看最新新聞", "立即訂閱",
])
def test_sign_up_small_print_account_prompts_and_channel_invites_go(line):
    from newscrawler.extract.chrome import strip_chrome
    assert strip_chrome([*TWO_LINES, line]) == TWO_LINES


@pytest.mark.parametrize("line", [
    "Residents can sign up for text alerts on the county's website from Monday.",
    "The council will follow up on the complaints residents posted on Facebook.",
    "The mayor wrote a letter to the editor of the local paper about the budget.",
    # (a notice's step that names the account is the notice's)
    "市民可关注“某某发布”微信公众号，点击“办事服务”栏目在线预约办理。",
])
def test_lines_that_only_name_a_sign_up_or_an_account_stay(line):
    from newscrawler.extract.chrome import strip_chrome
    assert strip_chrome([*TWO_LINES, line]) == [*TWO_LINES, line]


def test_a_caption_cell_of_a_pictures_table_in_the_texts_flow_is_no_text():
    from newscrawler.extract.pictures import picture_tables
    table = ('<table class="image" align="center"><tr><td><img src="/1.jpg" width="600"></td>'
             '</tr><tr><td class="image_desc"><em>Phó Chủ tịch UBND tỉnh phát biểu kết luận hội '
             'nghị</em></td></tr></table>')
    page = ("<html><body><div><p>Hội nghị diễn ra sáng 12/3.</p>{}<p>Tỉnh sẽ hỗ trợ.</p>"
            "</div></body></html>")
    root = lxml.html.fromstring(page.format(table))
    assert [el.get("class") for el in picture_tables(root)] == ["image_desc"]
    body = extract_article(page.format(table).replace("<p>", "<p>" + "Nội dung. " * 30)).body
    assert "phát biểu kết luận" not in body and "Tỉnh sẽ hỗ trợ." in body
    # a centered table of a picture and a line without such a name is left (Chinese pages
    # print the text on there), and so is a table of several pictures
    for other in (table.replace(' class="image_desc"', ""),
                  table.replace('width="600">', 'width="600"><img src="/2.jpg">')):
        assert picture_tables(lxml.html.fromstring(page.format(other))) == [], other


@pytest.mark.parametrize("line", [
    # "read also" in Arabic, an Arabic invitation to a Telegram channel, a channel's address
    "اقرأ أيضًا: أسعار الخضروات والفاكهة اليوم الأحد فى سوق العبور",
    "لمتابعة آخر الأخبار لحظة بلحظة.. اشترك فى قناة الصحيفة على تليجرام",
    "Iratkozzon fel hírlevelünkre! Kövesse a lapot a Telegramon is: t.me/example",
    # a QR code's offer after a comma, a WeChat account alone on its line, a support button
    "扫描二维码，第一时间获取前沿科技资讯", "关注太平洋科技公众号", "Támogatom",
    # a comments heading with its count in Hungarian
    "Hozzászólások (38)",
    # an app's prompt to read on in it, a player's note where scripts are off, a chain's
    # "More:" over a related headline
    "打开36氪APP，阅读更多创投资讯",
    "Um dieses Audio abspielen zu können, aktivieren Sie bitte JavaScript.",
    "More: Weaverville library reopens after $1.2M renovation with new children's wing",
    # "read related news" in Thai, a Thai photo credit, "read this too" and an advertisement's
    # label in Hindi, a file with its download count (a university CMS's)
    "อ่านข่าวที่เกี่ยวข้อง : ราคาข้าวเปลือกเจ้าร่วงต่อเนื่อง", "ภาพ : สมชาย ใจดี ผู้สื่อข่าวจังหวัดสุโขทัย",
    "ये भी पढ़ें - चारबाग-वसंतकुंज मेट्रो कॉरिडोर की डीपीआर को मंजूरी", "विज्ञापन",
    "- 附件【附件1：期中教学检查自查报告模板.docx】已下载次",
    # a paper's invitation to write to it, a Swedish call for tips with its address
    "Write a letter to the editor, share a story tip or update, or report an error.",
    "Email corrections@gazette.example to point out mistakes, provide story tips or send in "
    "a letter for publication on our Letters Page blog",
    # a business site's e-mail briefing pitched under the text
    "Keep up to date with the latest news and views by signing up to our free daily email "
    "briefing. Sign up",
    # a release's numbered picture caption, a statistics bulletin's numbered chart title
    "Photo 1: Cartons of cigarettes concealed among boxes of frozen fish balls in a lorry at "
    "the checkpoint on 19 February 2025",
    "Figure 1: Retail sales volumes fell by 1.4% in April 2024",
    "Har du ett tips? Kontakta GP:s nyhetsdesk på nyhetstips@example.se eller via Signal.",
    # ... in Polish, with the web address it takes them at
    "Masz newsa, zdjęcie lub filmik? Prześlij nam przez dziejesie.example.pl",
    "Byłeś świadkiem zdarzenia? Masz zdjęcia lub film? Napisz do nas na kontakt@example.pl "
    "lub przez Messengera. Dbamy o anonimowość.",
    # a newsletter plug and a messenger channel's invitation in Spanish and Portuguese, a
    # picture's source in brackets
    "Suscríbete aquí para recibir directo en tu correo nuestras newsletters sobre noticias "
    "del día, opinión y muchas opciones más.",
    "Siga o canal do Diário no WhatsApp e receba as principais notícias do dia",
    "[사진 출처 : 연합뉴스]",
    # a Hong Kong outlet's channel and app, a Singapore paper's edition and app, a tech
    # outlet's account beside its name
    "立即追蹤am730 WhatsApp頻道，緊貼最新消息！", "想睇更多新聞？立即下載am730 App",
    "看更多本地新闻，请订阅《联合晚报》电子版。", "下载联合晚报App，随时随地掌握狮城大小事。",
    "量子位 | 公众号 QbitAI",
    # an office's accounts by name after "Follow us:"; a regional office's credits set apart
    # by bars; a Vietnamese page's attachments heading
    "Follow Us: Facebook | Twitter | Instagram | YouTube",
    "Penulis: Rina Marlina | Editor: Agus Setiawan",
    # a section's prompt to follow its account, a comments invitation with their count
    "Like Business on Facebook, follow @HarbourBiz on Twitter to stay informed and join in "
    "the conversation.", "Join the conversation. 27 comments",
    # a Hebrew paper's "read more in <the paper>:" over a related headline
    "קראו עוד בכלכליסט: הריבית עלתה שוב: כמה תשלמו על המשכנתא בחודש הבא",
    # ... and a Pashto agency's "read this too:"
    "دا هم ولولئ: کابل: د روژې په لومړیو ورځو کې بازارونه ګڼه ګوڼه شول",
])
def test_read_also_channel_invites_and_buttons_in_more_languages_go(line):
    from newscrawler.extract.chrome import strip_chrome
    assert strip_chrome([*TWO_LINES, line]) == TWO_LINES


@pytest.mark.parametrize("line", [
    # (a story about a channel, and a notice's step that names an account and says more)
    "Az ügyészség szerint a csoport a Telegram üzenetküldőn szervezkedett.",
    "O canal do sindicato no WhatsApp reuniu 3 mil motoristas, segundo a entidade.",
    # (a warning in a notice's list that names an app is the notice's)
    "一、凡是在网上推荐所谓“内幕消息”的，都是诈骗；凡是要求下载陌生APP进行投资理财的，都是诈骗。",
    "关注“某某发布”公众号后，点击“办事服务”栏目即可在线预约。",
])
def test_lines_that_name_a_channel_or_an_account_in_a_sentence_stay(line):
    from newscrawler.extract.chrome import strip_chrome
    assert strip_chrome([*TWO_LINES, line]) == [*TWO_LINES, line]


def test_a_posts_category_links_under_it_are_not_text():
    # a council's news post prints its date and the categories it is filed under, each a
    # link to the category's archive, after the text
    text = "".join(f"<p>The ferry timetable changes on Monday {i}, the council said today.</p>"
                   for i in range(1, 7))
    page = ("<html><head><title>New ferry timetable</title></head><body><main><div class="
            "'news'><h1>New ferry timetable</h1><div class='body'>" + text + "</div>"
            "<p class='news-date'>Posted: 19 September 2024</p><ul class='news-categories'>"
            "<li><a href='/news/category/14'>Roads and transport</a></li>"
            "<li><a href='/news/category/22'>Lochaber</a></li></ul></div></main></body></html>")
    body = extract_article(page, "https://www.council.example.gov.uk/news/article/1").body
    assert body.endswith("the council said today.") and "Lochaber" not in body
    # a list of the text's own whose items link elsewhere stays
    kept = page.replace("/news/category/14", "/roads/winter").replace("/news/category/22",
                                                                    "/ferries/corran")
    assert "Lochaber" in extract_article(kept, "https://www.council.example.gov.uk/news/1").body


def test_a_caption_under_a_centered_picture_set_apart_by_its_color_or_name_goes():
    # a TRS page's blue caption and a caption named so, sentences both, under a centered
    # picture; a centered sentence in the text's own look stays
    text = "".join(f"<p>The delegation visited the port of Vientiane on day {i}.</p>"
                   for i in range(1, 7))
    pic = "<p style='text-align:center'><img src='/1.jpg'></p>"
    for caption in ("<font color='#0000ff'>Vice-Governor Li meets the Lao minister in "
                    "Vientiane on Sept 15.</font>",
                    "<span class='caption'>A light rail train arrives at the station. (Photo "
                    "courtesy of the operator)</span>"):
        page = (f"<html><body><h1>Delegation visits Laos</h1><div class='content'>{pic}"
                f"<p style='text-align:center'>{caption}</p>{text}</div></body></html>")
        body = extract_article(page, "https://en.example.gov.cn/news/1.html").body
        assert "Vientiane on Sept 15" not in body and "arrives at the station" not in body
        assert body.startswith("The delegation visited")
    plain = (f"<html><body><h1>Delegation visits Laos</h1><div class='content'>{pic}"
             "<p style='text-align:center'>The delegation met the minister of public works "
             f"in Vientiane on Sept 15.</p>{text}</div></body></html>")
    assert "minister of public works" in extract_article(plain).body
    # a Joomla page's picture centered by its own style, the caption a centered line in
    # italics under it
    pic = ("<p><img src='/2.jpg' alt='Workers clear a canal' style='display:block;margin:auto'>"
           "</p>")
    page = (f"<html><body><h1>Delegation visits Laos</h1><div class='content'>{pic}<p style="
            "'text-align:center'><em>Personnel from the city office clear a drainage canal "
            f"during the kick-off.</em></p>{text}</div></body></html>")
    body = extract_article(page, "https://en.example.gov.cn/news/2.html").body
    assert "drainage canal" not in body and body.startswith("The delegation visited")


def test_a_release_dated_at_its_end_mark_before_the_revision_its_head_declares():
    # Hong Kong's release dates itself only under its end mark; <meta name="date"> gives the
    # day the footer calls its last revision
    text = "<br><br>".join(f"Road closures on day {i} will be announced by the Police." * 3
                           for i in range(1, 6))
    page = ("<html><head><meta name='date' content='2024-05-27'></head><body><h1>Special "
            f"traffic arrangements</h1><div class='pressrelease'>{text}<br><br>Ends/Sunday, "
            "May 26, 2024<br>Issued at HKT 15:42<br><br>NNNN</div><div class='footer'>Last "
            "revision date: 27 May 2024</div></body></html>")
    fields = extract_article(page, "https://www.td.example.hk/en/press/index_id_1.html")
    assert fields.published_at.startswith("2024-05-26T15:42")


def test_an_appeal_that_says_readers_like_you_support_the_work_closes_the_text():
    from newscrawler.extract.trim import trim_end
    appeal = ["Support local, nonprofit journalism",
              "Our stories are free to read and republish because readers like you support our "
              "work. The Example Today is a nonprofit newsroom, and every gift — large or small "
              "— helps us hold power to account."]
    assert trim_end(TWO_LINES + appeal) == TWO_LINES


# Paragraphs of a release, for the pages below
RELEASE = ["Le Forem ouvrira en 2025 quelque 1.200 places de formation supplémentaires dans les "
           "métiers liés à la rénovation énergétique des bâtiments wallons.",
           "Selon l’analyse annuelle des fonctions critiques, huit des quinze métiers les plus "
           "difficiles à pourvoir relèvent aujourd’hui de la construction durable.",
           "Les nouvelles places seront réparties entre les centres de compétence de Liège, "
           "Mons, Namur et Marche-en-Famenne, ainsi que chez des opérateurs partenaires.",
           "Les premières sessions débuteront en février 2025 et les inscriptions sont ouvertes "
           "dès à présent via l’espace personnel des demandeurs d’emploi."]


def test_a_text_split_into_boxes_of_one_kind_keeps_its_opening_box():
    # Adobe Experience Manager: the dateline and lead in one "cmp-text" box, the rest in the
    # next, after a picture's component; the generic extractor took the second only
    first = "".join(f"<p>{p}</p>" for p in RELEASE[:2])
    rest = "".join(f"<h2>Des formations plus courtes</h2><p>{p}</p>" if i == 0 else f"<p>{p}</p>"
                   for i, p in enumerate(RELEASE[2:] * 3))
    page = ("<html><head><title>Rénovation énergétique | Le Forem</title></head><body>"
            "<div class='cmp-title'><h1>Rénovation énergétique : 1.200 places</h1></div>"
            "<p class='date'><time datetime='2024-11-14'>14/11/2024</time></p>"
            "<div class='image'><img src='/a.jpg' alt=''></div>"
            f"<div class='text'><div class='cmp-text'>{first}</div></div>"
            f"<div class='text'><div class='cmp-text'>{rest}</div></div>"
            "<div class='related'><h3>À lire aussi</h3></div></body></html>")
    body = extract_article(page, "https://www.forem.example/presse/renovation.html").body
    assert body.startswith(RELEASE[0]) and RELEASE[1] in body


def test_an_update_after_the_day_the_address_gives_is_no_publication():
    text = "".join(f"<p>{p}</p>" for p in RELEASE)
    page = ("<html><head><title>Ny indsats</title></head><body><h1>Ny indsats</h1>"
            f"<div class='article'>{text}<p class='article__updated'>Sidst opdateret 19. marts "
            "2025</p></div></body></html>")
    fields = extract_article(page, "https://www.at.example/nyheder/2025/03/12/ny-indsats/")
    assert fields.published_at.startswith("2025-03-12")


def test_the_h1_that_prints_the_json_ld_headline_is_the_headline():
    text = "".join(f"<p>{p}</p>" for p in RELEASE)
    page = ("<html><head><title>Ines Carrow Interview: Inside the Lisbon Designer's Label"
            "</title><meta property='og:title' content='The Designer Who Only Makes 200 Pieces'>"
            '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Ines '
            'Carrow Wants You to Wear Her Clothes for 30 Years"}</script></head><body>'
            "<h1>Ines Carrow Wants You to Wear Her Clothes for 30 Years</h1>"
            f"<div class='body'>{text}</div></body></html>")
    assert extract_article(page, "https://mag.example/a/1").title == \
        "Ines Carrow Wants You to Wear Her Clothes for 30 Years"


def test_a_lead_in_the_headlines_box_an_appeal_and_a_poll_are_no_text():
    text = "".join(f"<p>{p}</p>" for p in RELEASE)
    page = ("<html><head><title>Évora vai recuperar 140 casas</title></head><body><article>"
            "<div class='article-head-content-headline'><h1>Évora vai recuperar 140 casas</h1>"
            "<div class='article-head-content-headline-lead'><p>Câmara aprovou plano de 23 "
            "milhões de euros. Primeiras chaves no final de 2026.</p></div></div>"
            f"<div class='article-body'>{text}<div class='poll-box'><h3>Czy to dobry pomysł?"
            "</h3><form><label><input type='radio'> tak</label></form><p>Oddanych głosów: 1432"
            "</p></div><div class='article-support-box'><h3>Apoie o jornalismo independente</h3>"
            "<p>Ao assinar, está a ajudar-nos.</p><a href='/assinaturas/'>Assine já</a></div>"
            "</div></article></body></html>")
    body = extract_article(page, "https://observador.example/2025/04/08/evora/").body
    assert body.split("\n\n") == RELEASE


@pytest.mark.parametrize("name", ["baca-juga", "lire-aussi", "read-also"])
def test_a_box_of_read_also_links_named_so_is_no_text(name):
    # the box's heading goes by its words; its headlines, by the box's name
    first = "".join(f"<p>{p}</p>" for p in RELEASE[:2])
    rest = "".join(f"<p>{p}</p>" for p in RELEASE[2:])
    items = "".join(f"<li><a href='https://news.example.co.id/berita/{n}/x'>{headline}</a></li>"
                    for n, headline in enumerate(["Transaksi QRIS di Jawa Tengah Tumbuh Dua Kali",
                                                  "Surakarta Terapkan Tarif Parkir Progresif",
                                                  "Dishub Tertibkan Parkir Liar di Kota Lama"]))
    page = ("<html><head><title>Dishub tertibkan parkir</title></head><body>"
            "<div class='read-title'><h1>Dishub tertibkan parkir</h1></div>"
            f"<div class='article-content'>{first}<div class='{name}'><p class='{name}__title'>"
            f"Baca Juga</p><ul>{items}</ul></div>{rest}</div></body></html>")
    body = extract_article(page, "https://news.example.co.id/berita/sf2kq7370/parkir").body
    assert body.split("\n\n") == RELEASE


def test_a_date_fields_name_topics_a_bar_set_contact_a_subdeck_and_newsroom_prompts_are_no_text():
    text = "".join(f"<p>{p}</p>" for p in RELEASE)
    page = ("<html><head><title>Land fördert Moorflächen</title></head><body><article>"
            "<div class='article__header'><h1>Land fördert Moorflächen</h1>"
            "<p class='article__subdeck'>Dean Whitlock posed as a council worker</p></div>"
            "<div class='c-article'><p class='date'>Datum <time datetime='2024-06-12'>12.06.2024"
            "</time></p><p class='topics'>Themen: <a href='/k'>Klimaschutz</a>, <a href='/n'>"
            f"Naturschutz</a></p>{text}<h3>Verantwortlich für diesen Pressetext</h3><p>Jana "
            "Kohlmeier | Ministerium für Energiewende, Klimaschutz, Umwelt und Natur | "
            "Mercatorstraße 3, 24106 Kiel | Telefon 0431 988-7201 | E-Mail: presse@mekun.example | "
            "Weitere "
            "Medien-Informationen der Landesregierung finden Sie im Internet</p>"
            "<div class='tip-box'><p><strong>Do you have a story for The Sun news desk?"
            "</strong></p>"
            "<p>Email us at tips@sun.example or call 0207 782 4104.</p></div>"
            "<p>Unlock 30+ premium stories daily hand-picked by our editors.</p>"
            "<p>Already subscribed? Log in</p></div></article></body></html>")
    body = extract_article(page, "https://www.land.example/presse/moor.html").body
    assert body.split("\n\n") == RELEASE


def test_summaries_as_a_labelled_box_or_a_list_and_channel_named_h1s_are_no_text_or_title():
    text = "".join(f"<p>{p}</p>" for p in RELEASE)
    page = ("<html><head><title>County opens grant round</title></head><body><article>"
            "<h1>County opens grant round</h1><p class='dateline'>October 9, 2024</p>"
            "<div class='kc-news__summary'><h2>Summary</h2><p>Grants of up to $1.5 million will "
            "help child care providers build and renovate.</p></div>"
            "<div class='entry-content'><div class='es-summary-box'><ul><li>Astronomers mapped a "
            "ring of water ice.</li><li>The ring marks the star's snow line.</li></ul></div>"
            f"{text}</div></article></body></html>")
    body = extract_article(page, "https://kingcounty.example/news/2024/grants").body
    assert body.split("\n\n") == RELEASE
    # ... and a blog's "tl;dr" box with its label over the points
    tldr = page.replace("<div class='es-summary-box'><ul>", "<div class='tldr-box'><p class="
                        "'tldr-box__title'><strong>En bref</strong></p><ul>")
    body = extract_article(tldr, "https://kingcounty.example/news/2024/grants").body
    assert body.split("\n\n") == RELEASE
    # a Hong Kong department's channel in the h1 over the headline in an h2
    page = ("<html><head><title>香港警務處 - 警方新聞公報 - 警方破獲跨境電話騙案集團 拘捕六人"
            "</title></head><body><h1 class='pageTitle'>警方新聞公報</h1>"
            f"<h2 class='prTitle'>警方破獲跨境電話騙案集團 拘捕六人</h2>{text}</body></html>")
    assert extract_article(page, "https://www.police.example/ppp_tc/01_media/x.html").title == \
        "警方破獲跨境電話騙案集團 拘捕六人"


def test_a_summary_list_under_its_heading_in_the_headlines_header_is_no_text():
    # a Catalan broadcaster's "Resum": an h2 label over three points, in the <header> with
    # the headline, the byline and the dates; the text in its own box after it
    text = "".join(f"<p>{p}</p>" for p in RELEASE)
    page = ("<html><head><title>Girona tancarà el pont</title></head><body><article><header>"
            "<h1>Girona tancarà el pont a les bicicletes</h1><div class='noticia__resum'><h2 "
            "class='resum__titol'>Resum</h2><ul><li>Les obres començaran el 4 de març</li>"
            "<li>Els vianants podran creuar el pont</li><li>Els ciclistes hauran de desviar-se"
            "</li></ul></div><div class='noticia__dades'><p class='autor'>Núria Puig Casas</p>"
            "<p class='data'><time datetime='2024-02-22T11:04:00+01:00'>22/02/2024 - 11.04 h"
            "</time></p><p class='actualitzat'>Actualitzat 22/02/2024 - 13.25 h</p></div>"
            f"</header><div class='noticia__text'>{text}</div>"
            "</article></body></html>")
    body = extract_article(page, "https://www.tv.example/324/pont/noticia/3282114/").body
    assert body.split("\n\n") == RELEASE
    # a university's "Key takeaways" box opening the text, under a header whose subtitle is
    # a long paragraph (no text of the article's)
    page = ("<html><head><title>Kelp forests recover faster</title></head><body><article>"
            "<header class='entry-header'><h1 class='entry-title'>Kelp forests recover faster "
            "where two predators overlap</h1><p class='entry-subtitle'>A decade of dive surveys "
            "along the coast shows that kelp forests rebound faster where two urchin predators "
            "share the same reefs</p></header><div class='entry-content'><div class='wp-block-"
            "group key-takeaways'><h2>Key takeaways</h2><ul><li>Kelp recovered twice as fast "
            "where both predators were present.</li><li>The two predators take urchins of "
            "different sizes.</li></ul></div>" + text + "</div></article></body></html>")
    body = extract_article(page, "https://news.example.edu/2024/03/kelp-recovery/").body
    assert body.split("\n\n") == RELEASE
    # ... or a regional government's highlights under the headline, named in Spanish
    destacados = page.replace("<div class='wp-block-group key-takeaways'><h2>Key takeaways"
                              "</h2>", "<div class='field field-name-field-destacados'>")
    body = extract_article(destacados, "https://news.example.edu/2024/03/kelp-recovery/").body
    assert body.split("\n\n") == RELEASE
    # ... or an institute's "At a glance" box
    glance = page.replace("wp-block-group key-takeaways'><h2>Key takeaways", "paragraph "
                          "paragraph--type--at-a-glance'><h2>At a glance")
    body = extract_article(glance, "https://news.example.edu/2024/03/kelp-recovery/").body
    assert body.split("\n\n") == RELEASE
    # a bank's "highlights-box" of the release's points between the headline's box and the
    # text's
    page = ("<html><head><title>Ledger trial</title></head><body><main id='center'><div id="
            "'breadcrumbs'><a href='/'>Home</a> › <a href='/press/'>Press releases</a></div>"
            "<div class='page-heading'><div class='doc-type'>Press release</div><h1>Central "
            "banks settle bonds on a shared ledger</h1><div class='date-and-ref'><span class="
            "'date'>12 March 2024</span> <span class='ref'>Press release number: 08/2024</span>"
            "</div></div><div class='highlights-box'><h2>Key takeaways</h2><ul><li>Five "
            "settlement systems were linked to one ledger for tokenised bonds.</li><li>Cross-"
            "currency trades settled simultaneously in minutes.</li></ul></div><div id="
            "'cmsContent'>" + text + "</div></main></body></html>")
    body = extract_article(page, "https://www.bank.example/about/press/p240312.htm").body
    assert body.split("\n\n") == RELEASE
    # a think tank's summary box of two labelled blocks, "Tema" and a long "Resumen", under
    # the lead picture and its caption
    summary = "El Magreb afronta una crisis hídrica estructural que combina la sequía. " * 8
    page = ("<html><head><title>El agua en el Magreb</title></head><body><article><header>"
            "<h1>El agua en el Magreb: riesgos y oportunidades</h1></header><figure><img src="
            "'/e.jpg'><figcaption>Embalse con niveles muy bajos en la región de Tánger-Tetuán, "
            "agosto de 2023. Foto: Youssef Amrani / Flickr (CC BY-NC 2.0).</figcaption>"
            "</figure><div class='entry-content'><div class='resumen-ari'><div class='resumen-"
            "ari__bloque'><h2 class='resumen-ari__titulo'>Tema</h2><p>La escasez de agua en el "
            "Magreb plantea riesgos y oportunidades para España.</p></div><div class='resumen-"
            "ari__bloque'><h2 class='resumen-ari__titulo'>Resumen</h2><p>" + summary + "</p>"
            "</div></div>" + text + "</div></article></body></html>")
    body = extract_article(page, "https://www.instituto.example/analisis/agua-magreb/").body
    assert body.split("\n\n") == RELEASE
    # a university's Drupal field with its label above, "In breve", under the lead picture
    page = ("<html><head><title>Impollinatori e campagne</title></head><body><article><h1>"
            "Impollinatori e campagne lombarde: parte il progetto</h1><div class='node__content'>"
            "<div class='field--name-field-immagine'><img src='/b.jpg' alt='Un bombo'></div>"
            "<div class='box-in-"
            "breve'><div class='field field--name-field-abstract field--label-above'><div class="
            "'field__label'>In breve</div><div class='field__item'><p>Tre anni di monitoraggio "
            "in sei aziende agricole per misurare il contributo di api selvatiche e bombi alle "
            "rese.</p></div></div></div><div class='field--name-body'>" + text + "</div></div>"
            "</article></body></html>")
    body = extract_article(page, "https://www.ateneo.example/it/notizie/impollinatori").body
    assert body.split("\n\n") == RELEASE
    # an authority's callout named an abstract, its title line "In sintesi" over a paragraph,
    # under the date line
    page = ("<html><head><title>Bando tipo pulizie</title></head><body><main><h1>Appalti, "
            "approvato il nuovo bando tipo</h1><p class='data'>12 giugno 2024</p><div class='"
            "dettaglio__abstract callout'><div class='callout-title'>In sintesi</div><p>Il "
            "Consiglio ha approvato il modello di disciplinare per le gare di pulizia sopra "
            "soglia.</p></div><div class='dettaglio__testo'>" + text + "</div></main></body>"
            "</html>")
    body = extract_article(page, "https://www.autorita.example.it/-/bando-tipo-pulizie").body
    assert body.split("\n\n") == RELEASE


@pytest.mark.parametrize("field", ["chapeau", "bajada"])
def test_a_drupal_field_named_a_standfirst_around_its_paragraph_is_left_out(field):
    # Drupal 7's fields wrap their value in "field-items" and "field-item": the summary's
    # name is on the outermost box, its paragraph two boxes down
    text = "".join(f"<p>{p}</p>" for p in RELEASE)
    page = ("<html><head><title>Formation</title></head><body><article><h1>Le Forem ouvre "
            f"1.200 places de formation</h1><div class='content'><div class='field field-name-"
            f"field-{field} field-label-hidden'><div class='field-items'><div class='field-item "
            "even'><p>Le Forem annonce de nouvelles places dans les métiers de la rénovation."
            "</p></div></div></div><div class='field field-name-body'><div class='field-items'>"
            f"<div class='field-item even'>{text}</div></div></div></div></article></body>"
            "</html>")
    body = extract_article(page, "https://www.forem.example.be/fr/content/formation").body
    assert body.split("\n\n") == RELEASE


def test_the_sites_own_paragraph_about_itself_over_the_releases_mark_is_left_out():
    text = "".join(f"<p>{p}</p>" for p in RELEASE)
    page = ("<html><head><meta property='og:site_name' content='Le Forem wallon'><title>"
            "Formation | Le Forem wallon</title></head><body><article><h1>Le Forem ouvre 1.200 "
            f"places de formation</h1><div class='body'>{text}<p>Le Forem wallon est le service "
            "public de l’emploi et de la formation professionnelle en Wallonie.</p><p>- 30 -</p>"
            "<p>Source : Service de presse</p></div></article></body></html>")
    body = extract_article(page, "https://www.forem.example.be/fr/content/formation").body
    assert body.split("\n\n") == RELEASE
    # ... and a short name, an acronym saying what it is, over the contact block's heading
    short = (page.replace("Le Forem wallon est le service", "FOREM is the service")
             .replace("content='Le Forem wallon'", "content='FOREM'")
             .replace("<p>- 30 -</p><p>Source : Service de presse</p>",
                      "<h2>Media Contact</h2><p>Service de presse, 071 20 61 11</p>"))
    body = extract_article(short, "https://www.forem.example.be/fr/content/formation").body
    assert body.split("\n\n") == RELEASE
    # without the mark, a last paragraph naming the site is the text's
    page = page.replace("<p>- 30 -</p>", "")
    assert len(extract_article(page, "https://www.forem.example.be/fr/content/formation"
                               ).body.split("\n\n")) == len(RELEASE) + 1


def test_a_code_blocks_last_line_end_is_no_end_mark():
    from newscrawler.extract.trim import is_end_mark
    assert not is_end_mark("end")
    assert is_end_mark("End") and is_end_mark("END") and is_end_mark("- end -")


def test_a_korean_reporters_other_stories_and_the_readers_opinions_close_no_text():
    from newscrawler.extract.chrome import strip_chrome
    tail = ["김도영 기자의 다른 기사 보기", "- 제주 크루즈 관광객 올해 첫 10만명 돌파 전망 04.23",
            "- 렌터카 총량제 연장 두고 업계 의견 엇갈려 04.19"]
    assert strip_chrome(TWO_LINES + tail) == TWO_LINES
    assert strip_chrome(TWO_LINES + ["독자의견 (0)"]) == TWO_LINES


def test_end_marks_between_full_width_dashes_and_the_iranian_agencies_end_of_message():
    from newscrawler.extract.trim import is_end_mark, trim_end
    assert is_end_mark("－完－") and is_end_mark("－完－", release=True)
    assert is_end_mark("انتهای پیام/")
    assert trim_end(TWO_LINES + ["－完－", "傳媒查詢：", "藝發局傳訊部 陳小姐 電話：2827 8768"]) \
        == TWO_LINES


@pytest.mark.parametrize(("url", "published"), [
    # a country that writes the day first, by its domain: 9 October
    ("https://www.education.gov.fj/2024/news/classroom-block/", "2024-10-09"),
    # ... and one that writes the month first: September 10
    ("https://www.education.example.gov/news/classroom-block/", "2024-09-10"),
])
def test_a_date_in_numbers_is_read_in_the_order_of_the_hosts_country(url, published):
    text = ("<p>The Minister opened a new classroom block and a dormitory at the district school "
            "on Tuesday, built with the support of development partners over eighteen months.</p>"
            "<p>The block has six classrooms, a science laboratory and a library, and the "
            "dormitory will house ninety students from the outer islands.</p>")
    page = ("<html><head><title>New Classroom Block Opened</title></head><body>"
            f"<h1>New Classroom Block Opened</h1><div class='entry'>{text}<p>Date: 09/10/2024</p>"
            "</div></body></html>")
    assert extract_article(page, url).published_at.startswith(published)


def test_a_romanian_last_modified_line_is_an_update_not_the_publication():
    text = "".join(f"<p>{p}</p>" for p in RELEASE)
    page = ("<html><head><title>Ședință extraordinară</title></head><body><h1>Ședință "
            f"extraordinară</h1><div class='entry'>{text}<p>Ultima modificare: 21.03.2024</p>"
            "</div></body></html>")
    fields = extract_article(page, "https://bv.prefectura.example.ro/2024/03/11/sedinta/")
    assert fields.published_at.startswith("2024-03-11")
    assert "Ultima modificare" not in fields.body


def test_a_sentence_that_opens_with_read_also_stays():
    # the words before a lower-case word are the sentence's, not a label's
    from newscrawler.extract.chrome import strip_chrome
    text = ["The board approved the plan to restore the eroded shoreline.",
            "Lees ook de brochure die de gemeente over het plan heeft uitgegeven."]
    assert strip_chrome(text) == text


def _body_around(box: str, headline: str, url: str) -> list[str]:
    """The paragraphs extracted from an article page whose text has *box* after its second
    paragraph."""
    first = "".join(f"<p>{p}</p>" for p in RELEASE[:2])
    rest = "".join(f"<p>{p}</p>" for p in RELEASE[2:])
    page = (f"<html><head><title>{headline}</title></head><body><article><h1>{headline}</h1>"
            f"<div class='entry'>{first}{box}{rest}</div></article></body></html>")
    return extract_article(page, url).body.split("\n\n")


def test_a_support_box_asking_to_support_independent_journalism_is_no_text():
    # a box named for support in the text's middle, its heading and its appeal in Czech
    box = ("<div class='e_box e_box--support'><p class='e_box__title'>Deník je nezávislý díky "
           "předplatitelům</p><p>Děkujeme, že čtete Deník. Pokud chcete podpořit nezávislou "
           "žurnalistiku, staňte se předplatitelem.</p><a href='/predplatne'>Předplatit</a>"
           "</div>")
    assert _body_around(box, "Bazén za 600 milionů",
                        "https://denik.example.cz/1234/bazen") == RELEASE


def test_a_campaigns_take_action_box_named_in_one_word_is_no_text():
    box = ("<div class='wp-block-core-action callToAction'><h2>Take action</h2><p>Tell "
           "governments to stop the spyware trade. Add your name to our petition.</p>"
           "<a class='btn' href='/petition/'>Sign the petition</a></div>")
    assert _body_around(box, "Global: spyware",
                        "https://rights.example.org/en/latest/news/spyware") == RELEASE



def test_a_french_read_also_line_with_its_headline_goes():
    from newscrawler.extract.chrome import strip_chrome
    text = ["Faute de chambres, l'université a négocié avec trois hôtels pour loger près de "
            "200 étudiants ce semestre, a-t-elle annoncé lundi."]
    after = ["La suite du texte continue ici avec une phrase complète, assez longue pour être "
             "de la prose."]
    assert strip_chrome(text + ["Lire également: Logement: le taux de vacance au plus bas"]
                        + after) == text + after


def test_a_perex_over_the_text_is_a_standfirst():
    # a Czech town's legacy page: the bold perex under the headline and date line
    from newscrawler.extract.boxes import standfirsts
    root = lxml.html.fromstring(
        "<html><body><td class='clanek'><span class='nadpis'>Nový systém parkování</span><br>"
        "<div class='perex'><b>Od července se v centru bude platit podle tří zón.</b></div>"
        "<p>Radnice připravuje nový systém parkování v historickém centru města.</p></td>"
        "</body></html>")
    assert [el.get("class") for el in standfirsts(root)] == ["perex"]


@pytest.mark.parametrize("tail", [
    # a Japanese regional paper's date and time in brackets under the text
    ["(2019/10/16 18:30)"],
    # a Thai province's credit for text and pictures at once, and its last edit
    ["ข่าว/ภาพ : กลุ่มงานประชาสัมพันธ์ สำนักงานจังหวัดนครปฐม", "แก้ไขล่าสุด : 10 ส.ค. 2555 14:02 น."],
])
def test_a_bracketed_date_a_joint_credit_and_a_last_edit_close_no_text(tail):
    from newscrawler.extract.trim import trim_end
    assert trim_end(TEXT + tail) == TEXT


def test_a_subscription_offer_named_in_the_newsrooms_language_is_no_text():
    text = "".join(f"<p>{p}</p>" for p in RELEASE)
    box = ("<div class='box-assinatura'><p class='box-assinatura__titulo'>Jornalismo de "
           "qualidade tem valor</p><p>Assine por apenas R$ 1,90 no primeiro mês.</p><a href="
           "'https://assine.example.com.br/'>Assine já</a></div>")
    page = ("<html><head><title>Formation</title></head><body><article><h1>Le Forem ouvre "
            f"1.200 places</h1><div class='body'>{text[:len(text) // 2]}{box}"
            f"{text[len(text) // 2:]}</div></article></body></html>")
    body = extract_article(page, "https://www.jornal.example.com.br/noticia/1").body
    assert "Assine" not in body and "Jornalismo de qualidade" not in body


def test_a_chinese_credits_line_of_text_and_pictures_closes_the_text():
    from newscrawler.extract.trim import trim_end
    text = ["哈工大2024年校园开放日吸引万余名考生和家长走进校园。",
            "活动持续一整天，各学院设置了咨询展台。"]
    assert trim_end(text + ["文字：李思远 图片：张伟宸 编辑：徐雅楠"]) == text


@pytest.mark.parametrize("note", ["（本文為作者觀點，不代表灼見名家立場。）",
                                  "本文仅代表作者个人观点，不代表本网立场。"])
def test_a_chinese_note_that_the_views_are_the_writers_closes_the_text(note):
    from newscrawler.extract.trim import trim_end
    text = ["北部都會區的發展需要更多創科龍頭企業進駐。", "政府應盡快公布土地規劃的時間表。"]
    assert trim_end(text + [note]) == text


@pytest.mark.parametrize("head", ["කතුවරුන් සඳහා සටහන්", "ஆசிரியர்களுக்கான குறிப்புகள்"])
def test_notes_to_editors_in_sinhala_and_tamil_close_the_release(head):
    from newscrawler.extract.trim import trim_end
    text = TWO_LINES
    notes = [head, "The commission was set up under the Telecommunications Act of 1991 and "
             "regulates the sector's operators.", "Media enquiries: +94 11 2689345"]
    assert trim_end(text + notes) == text


def test_two_lines_of_people_and_their_labelled_telephones_close_the_text():
    from newscrawler.extract.trim import trim_end
    contacts = ["Kommunikasjonssjef Marte Solberg Aasen, tlf. 22 93 98 16 / 913 44 207",
                "Seksjonssjef Øyvind Helland, tlf. 22 93 97 52"]
    assert trim_end(TWO_LINES + contacts) == TWO_LINES
    # two lines of the text with numbers but no telephone's label stay
    figures = ["Andelen lån over 85 prosent falt fra 25 til 9 prosent, 2011–2013.",
               "Utlånsveksten var 6,1 prosent i 2013, mot 7,0 prosent i 2012."]
    assert trim_end(TWO_LINES + figures) == TWO_LINES + figures


@pytest.mark.parametrize("line", ["Catatan untuk Editor: Foto-foto acara dapat diunduh melalui "
                                  "akun Flickr kedutaan.", "Nota kepada editor"])
def test_notes_to_editors_in_indonesian_and_malay_close_the_release(line):
    from newscrawler.extract.trim import trim_end
    assert trim_end(TWO_LINES + [line, "Untuk pertanyaan media: pers@example.go.id"]) == TWO_LINES


def test_a_japanese_releases_key_points_box_over_the_text_is_left_out():
    text = "".join(f"<p>{p}</p>" for p in RELEASE)
    page = ("<html><head><title>新しいイオン交換膜を開発</title></head><body><main><h1>海水から"
            "リチウムを取り出す新しいイオン交換膜を開発</h1><div class='entry-body'><div class="
            "'pointbox'><h3>【発表のポイント】</h3><ul><li>海水中のリチウムを選択的に分離できる膜を"
            "開発しました。</li><li>消費電力を約4割に低減しました。</li></ul></div>"
            f"{text}</div></main></body></html>")
    body = extract_article(page, "https://www.univ.example.ac.jp/news/2024/03/press.html").body
    assert body.split("\n\n") == RELEASE


def test_a_news_media_contact_heading_closes_the_release():
    from newscrawler.extract.trim import trim_end
    block = ["News Media Contact", "Samantha Hume", "Jet Propulsion Laboratory, Pasadena, Calif.",
             "818-393-0817", "samantha.hume@jpl.example.gov", "2024-083"]
    assert trim_end(TWO_LINES + block) == TWO_LINES


def test_a_promo_heading_with_a_typographic_apostrophe_and_its_links_go():
    # "Don’t miss:" in bold over a list of headlines, closing the text in its box
    text = "".join(f"<p>Paragraph {n} of the story, on the regulator's deadline for switching "
                   "off the old mobile networks across the country.</p>" for n in range(5))
    page = ("<html lang='en'><head><title>Regulator sets 3G deadline</title></head><body>"
            "<article><h1>Regulator sets 3G deadline</h1><div class='entry-content'>" + text
            + "<p><strong>Don’t miss:</strong></p><ul class='dontmiss'><li><a href='/a/1'>Operator "
            "to invest in network upgrades</a></li><li><a href='/a/2'>Satellite approval back on "
            "the table</a></li></ul></div></article></body></html>")
    body = extract_article(page, "https://www.tech.example/regulator-3g/", now=NOW).body
    assert body.endswith("across the country.")
    assert "miss" not in body and "Satellite" not in body


def test_an_appeal_box_that_says_readers_fund_the_work_goes():
    # a box of its own between two paragraphs of the text, its link to the membership page
    text = "".join(f"<p>Paragraph {n} of the investigation into overdue inspections of private "
                   "water supplies across the council areas.</p>" for n in range(4))
    page = ("<html lang='en'><head><title>Councils failed to inspect supplies</title></head>"
            "<body><article><h1>Councils failed to inspect supplies</h1><div class='entry'>"
            + text + "<div class='inline-support'><p><strong>The Example Ferret is owned by its "
            "members.</strong> We rely on readers to fund investigations like this one. <a "
            "href='/join/'>Join us from £3 a month</a>.</p></div>"
            + text.replace("Paragraph", "Section") + "</div></article></body></html>")
    body = extract_article(page, "https://www.ferret.example/councils-water/", now=NOW).body
    assert "owned by its members" not in body and "Join us" not in body
    assert "Paragraph 3 of" in body and body.endswith("across the council areas.")
    assert "Section 3 of" in body


def test_a_story_that_reports_who_funds_a_service_keeps_it():
    # (the appeal's words inside a reported sentence: the text's)
    from newscrawler.extract.trim import trim_end
    line = ("The charity said it relies on grants from the council; we rely on volunteers "
            "to keep the food bank open three days a week, its manager added.")
    assert trim_end(TWO_LINES + [line]) == TWO_LINES + [line]


def test_a_thumbnails_credit_closing_the_text_goes():
    from newscrawler.extract.chrome import strip_chrome
    credit = ("Photo thumbnail: iStock. This story was produced as part of the water "
              "investigation series.")
    assert strip_chrome(TWO_LINES + [credit]) == TWO_LINES


def test_the_press_officers_signature_closing_a_release_goes():
    from newscrawler.extract.trim import trim_end
    signature = ["(Md. Rahim Uddin Chowdhury)", "Executive Director and Spokesperson",
                 "Phone: 9530155"]
    assert trim_end(TWO_LINES + signature) == TWO_LINES
    # ... signed with the day instead (a Nepali ministry's spokesperson)
    assert trim_end(TWO_LINES + ["(नारायणप्रसाद भट्टराई)", "सह-सचिव एवं प्रवक्ता",
                                 "मिति: २०८०/१२/०५"]) == TWO_LINES
    # ... and without the name's line, the e-mail last
    assert trim_end(TWO_LINES + ["Public Relations Officer", "pro@agency.example.gov"]) \
        == TWO_LINES
    # ... the head of the office that speaks for the agency, signed with the day
    assert trim_end(TWO_LINES + ["Ngozi Adeyemi", "Director, Media & Advocacy",
                                 "Agency Headquarters, Abuja", "Sunday 17th March 2024"]) \
        == TWO_LINES
    # a telephone under a sentence of the text is no signature
    text = TWO_LINES + ["Residents can reach the hotline run by the spokesperson's office "
                        "every day of the week.", "Phone: 9530155"]
    assert trim_end(text) == text


def test_a_signatorys_name_role_and_day_and_the_campaigns_hashtags_close_no_text():
    from newscrawler.extract.trim import trim_end
    closing = ["DATO' HAJI ROSLAN BIN ISMAIL", "Datuk Bandar Johor Bahru", "3 Oktober 2024",
               "#MBJBPrihatin #JohorBahruBersih"]
    assert trim_end(TWO_LINES + closing) == TWO_LINES
    # a role line under a sentence, with no name in capitals over it, stays with its date
    text = TWO_LINES + ["The new schedule was agreed with the operators.",
                        "Council meeting", "3 Oktober 2024"]
    assert trim_end(text)[:3] == text[:3]


def test_a_series_sponsors_note_and_the_republishing_line_close_no_text():
    from newscrawler.extract.trim import trim_end
    sponsor = ("Example Environment Watch examines how public policy, the economy and "
               "environmental issues intersect. Example Environment Watch is made possible by "
               "generous financial support from the Example Foundation and the Lakes Fund. "
               "The paper's editorial independence is maintained.")
    republish = ("Example Bridge articles may be republished for free under a Creative "
                 "Commons license.")
    assert trim_end(TWO_LINES + [sponsor, republish]) == TWO_LINES
    # a sentence of the text about who pays for a programme stays
    text = TWO_LINES + ["The programme is made possible by funding from the state, the "
                        "mayor said, and will run until 2027."]
    assert trim_end(text) == text


def test_a_supporter_box_that_asks_its_readers_goes():
    text = "".join(f"<p>Paragraph {n} of the story on the ferry timetable consultation and "
                   "the crews the council is recruiting.</p>" for n in range(5))
    page = ("<html lang='en'><head><title>Ferry timetable cut</title></head><body><article>"
            "<h1>Ferry timetable cut</h1><div class='entry'>" + text + "<div class='supporter-"
            "box'><h3>Become an Example News supporter</h3><p>Example News is asking its "
            "readers to support us by making a voluntary contribution to help fund our local "
            "journalism.</p><p><a class='button' href='/support/'>Support us</a></p></div></div>"
            "</article></body></html>")
    body = extract_article(page, "https://www.news.example.co.uk/ferry-timetable", now=NOW).body
    assert "supporter" not in body and "voluntary contribution" not in body
    assert body.endswith("the crews the council is recruiting.")


def test_a_summary_list_under_a_series_name_is_a_standfirst():
    # Drupal's summary field: the series' name (32 characters) over the story's points
    text = "".join(f"<p>Paragraph {n} of the story on septic systems and the blooms on the "
                   "lake every summer.</p>" for n in range(5))
    page = ("<html lang='en'><head><title>Lake towns weigh septic costs</title></head><body>"
            "<article><div class='head'><h1>Lake towns weigh septic costs</h1><div class='meta'>"
            "March 7, 2024</div><div class='field--name-field-summary summary-box'><h2>"
            "Northern Lakes Environment Watch</h2><ul><li>Blooms in four of the past six "
            "summers</li><li>Officials weigh a $14 million sewer line</li></ul></div></div><div "
            "class='field--name-body'>" + text + "</div></article></body></html>")
    body = extract_article(page, "https://www.bridge.example/environment/lake-septic", now=NOW).body
    assert body.startswith("Paragraph 0 of the story")
    assert "sewer line" not in body and "Environment Watch" not in body


def test_a_lead_written_as_loose_text_before_the_paragraphs_is_the_texts():
    # a Liferay news body: the lead is the box's own text after a bold dateline, the rest in
    # <p>s; a forum cell's post over its "------" rule keeps its shape (not asserted here)
    paras = "".join(f"<p>Párrafo {n} de la noticia sobre el operativo policial en la región, "
                    "con detalles de los detenidos y de las armas incautadas.</p>"
                    for n in range(1, 5))
    page = ("<html lang='es'><head><title>PDI desarticula banda</title></head><body><div "
            "class='detalle-noticia'><h1>PDI desarticula banda de robo de vehículos</h1><div "
            "class='fecha'>21/05/2024</div><div class='cuerpo-noticia'>\n<strong>Valparaíso.-"
            "</strong> Un total de siete detenidos dejó un operativo realizado por la Brigada "
            "Investigadora de Robos en la región.\n" + paras + "</div></div></body></html>")
    body = extract_article(page, "https://www.pdi.example.cl/prensa/pdi-desarticula-banda",
                           now=NOW).body
    assert body.startswith("Valparaíso.- Un total de siete detenidos")
    assert body.endswith("de las armas incautadas.")


@pytest.mark.parametrize("kind", ["Press Release", "प्रेस विज्ञप्ति", "بيان صحفي", "Basın Duyurusu"])
def test_a_ministrys_letterhead_over_the_releases_kind_is_no_text(kind):
    from newscrawler.extract.trim import trim_top
    text = ["The Ministry has urged all citizens to celebrate the festival safely and to "
            "avoid the use of harmful colours and water balloons this year.", TWO_LINES[1]]
    letterhead = ["Government of Nepal", "Ministry of Home Affairs", "Singhadurbar, Kathmandu"]
    assert trim_top(letterhead + [kind] + text, None) == text
