"""How extraction reads a page's blocks around the generic extractor: text set apart by
<br> becomes paragraphs, tables that lay the page out become blocks, what the extractor
dropped is put back and a teaser grid it appended is cut."""

from __future__ import annotations

import pytest
from lxml import etree, html

from newscrawler.extract.breaks import (
    paragraphs_after_blocks,
    paragraphs_from_breaks,
    paragraphs_from_divs,
)
from newscrawler.extract.layout import drop_dated_link_lists, unwrap_layout_tables
from newscrawler.extract.text import element_text

LONG = "The council approved the budget for next year after a long debate. "
CJK = "町営バスの運行ダイヤを改正します。"


def _tags(root) -> list[str]:
    return [el.tag for el in root.iter()]


def _paragraphs(root) -> list[str]:
    return [" ".join("".join(p.itertext()).split()) for p in root.iter("p")]


def test_runs_of_text_between_breaks_become_paragraphs():
    root = html.fromstring(f"<div>{LONG * 2}<br><br>{LONG * 2}<br>{LONG}<br><br></div>")
    assert paragraphs_from_breaks(root) == 1
    assert _tags(root) == ["div", "p", "p", "p"]
    assert _paragraphs(root) == [(LONG * 2).strip(), (LONG * 2).strip(), LONG.strip()]


def test_an_inline_holder_is_dissolved_into_its_block():
    # the words before the <i> and its first run are one paragraph, as a reader sees them
    root = html.fromstring(f"<div>Reports: <i>{LONG * 2}<br> <br>{LONG * 2}</i></div>")
    assert paragraphs_from_breaks(root) == 1
    assert _tags(root) == ["div", "p", "p"]
    assert _paragraphs(root)[0] == "Reports: " + (LONG * 2).strip()


def test_blocks_between_the_runs_stay_in_place():
    root = html.fromstring(f"<div>{CJK * 4}<br><br><table><tr><td>x</td></tr></table>"
                           f"{CJK * 4}<br><br><span>{CJK}</span></div>")
    assert paragraphs_from_breaks(root) == 1
    assert [el.tag for el in root] == ["p", "table", "p", "p"]


def test_inline_elements_of_a_run_stay_in_its_paragraph():
    root = html.fromstring(f"<div>{LONG}<a href='/a'>the plan</a> was read.<br><br>{LONG * 2}"
                           "</div>")
    paragraphs_from_breaks(root)
    first = root.find("p")
    assert first.find("a").text == "the plan" and first.find("a").tail == " was read."


def test_paragraphs_cells_items_and_short_or_linked_lines_are_left_alone():
    pages = [
        f"<p>{LONG * 2}<br><br>{LONG * 2}</p>",                     # already a paragraph
        f"<table><tr><td>{LONG * 2}<br><br>{LONG * 2}</td></tr></table>",  # a data cell
        f"<ul><li><span>{LONG * 2}<br><br>{LONG * 2}</span></li></ul>",    # in a list item
        "<div>Town Hall<br>1 Main Street<br>Tel 555 0100</div>",      # an address
        "<div>" + "<br>".join(f"<a href='/{i}'>{LONG}</a>" for i in range(5)) + "</div>",
        f"<div>{LONG * 6}<br></div>",                                 # one break
    ]
    for page in pages:
        root = html.fromstring(page)
        before = html.tostring(root)
        assert paragraphs_from_breaks(root) == 0, page
        assert html.tostring(root) == before, page


def test_a_table_of_dated_links_is_a_list_of_other_pages():
    rows = "".join(f"<tr><td>2024/03/2{i}</td><td><a href='/n/{i}.html'>{CJK}</a></td></tr>"
                   for i in range(1, 5))
    root = html.fromstring(f"<div><table><tr><td colspan='2'><b>新着情報</b></td></tr>{rows}"
                           "</table></div>")
    assert unwrap_layout_tables(root) == 1
    assert "table" not in _tags(root)


def test_dates_in_words_and_brackets_count_as_dates():
    for date in ("March 21, 2024", "[03-21]", "2024年3月21日", "21.03.2024",
                 # a bullet before the link, the date in brackets after it ("• 標題 (12/08/2553)")
                 "• (12/08/2553)", "•99-05-11"):
        rows = "".join(f"<tr><td><a href='/n/{i}'>Notice number {i}</a></td><td>{date}</td></tr>"
                       for i in range(4))
        root = html.fromstring(f"<div><table>{rows}</table></div>")
        assert unwrap_layout_tables(root) == 1, date


def test_links_beside_values_or_several_a_row_are_data():
    values = "".join(f"<tr><td><a href='/r/{i}'>District {i}</a></td><td>1,2{i}0 km</td></tr>"
                     for i in range(4))
    several = "".join(f"<tr><td>2024-03-2{i}</td><td><a href='/a{i}'>Notice</a></td>"
                      f"<td><a href='/a{i}.pdf'>PDF</a></td></tr>" for i in range(4))
    headed = "<tr><th>Date</th><th>Notice</th></tr>" + "".join(
        f"<tr><td>2024-03-2{i}</td><td><a href='/n{i}'>Notice {i}</a></td></tr>"
        for i in range(4))
    for rows in (values, several, headed):
        root = html.fromstring(f"<div><table>{rows}</table></div>")
        assert unwrap_layout_tables(root) == 0, rows


def test_a_cell_of_paragraphs_inside_a_box_lays_the_page_out():
    # the text's paragraphs in a box of the cell (<td><div class="body"><p>), a column of
    # links beside it: a layout, however deep the paragraphs sit
    text = "".join(f"<p>{LONG}</p>" for _ in range(4))
    menu = "".join(f"<li><a href='/{i}'>Section {i}</a></li>" for i in range(4))
    root = html.fromstring(f"<div><table><tr><td><div class='body'>{text}</div></td>"
                           f"<td><ul>{menu}</ul></td></tr></table></div>")
    assert unwrap_layout_tables(root) == 1
    # one paragraph a cell, as a Word table's, is still data
    cells = "".join(f"<td><div><p>{LONG}</p></div></td>" for _ in range(2))
    root = html.fromstring(f"<div><table><tr>{cells}</tr><tr>{cells}</tr></table></div>")
    assert unwrap_layout_tables(root) == 0


def test_a_menu_cell_beside_a_cell_of_lines_lays_the_page_out():
    # an old regional parliament's page: the menu's list in one cell, the release beside it
    # in lines broken by <br><br> (no paragraph): the columns of a page, not data
    lines = "<br><br>".join(LONG for _ in range(8))
    menu = "".join(f"<li><a href='/{i}'>Section {i}</a></li>" for i in range(6))
    root = html.fromstring(f"<div><table><tr><td><ul>{menu}</ul></td><td><div class='testo'>"
                           f"{lines}</div></td></tr></table></div>")
    assert unwrap_layout_tables(root) == 1
    # a forum's post beside its writer's cell of two links stays a table
    root = html.fromstring("<div><table><tr><td><a href='/u/1'>ana</a><br><a href='/pm/1'>PM"
                           f"</a></td><td>{lines}</td></tr></table></div>")
    assert unwrap_layout_tables(root) == 0


def test_a_table_of_one_cell_of_lines_under_the_headline_is_the_articles_box():
    # an old regional office's template: the h1, then the text in a one-cell table, its
    # paragraphs set apart by <br><br>
    lines = "<br><br>".join(LONG * 2 for _ in range(3))
    root = html.fromstring(f"<div><h1>Kraj opraví 86 kilometrov ciest</h1><table><tr>"
                           f"<td class='text'>{lines}</td></tr></table></div>")
    assert unwrap_layout_tables(root) == 1
    # ... not a forum's post of one cell under another post, nor a one-cell note of a line
    root = html.fromstring(f"<div><h1>Forum</h1><p>First post</p><table><tr><td>{lines}</td>"
                           "</tr></table><h1>Notice</h1><table><tr><td>Closed on Monday<br>"
                           "<br>Open on Tuesday</td></tr></table></div>")
    assert unwrap_layout_tables(root) == 0


@pytest.mark.parametrize("summary", ["layout", "Layout table", "This table is used for page layout",
                                     "Layout-Tabelle", "presentation"])
def test_a_summary_that_says_layout_marks_no_data(summary):
    # a 2000s portal's page table, summary="layout" as accessibility guides then asked:
    # the headline and the text's cell beside the menu's are blocks, not one table row
    text = "".join(f"<p>{LONG}</p>" for _ in range(3))
    page = (f"<div><table summary='{{}}'><tr><td><ul><li><a href='/a'>News</a></li></ul></td>"
            f"<td><h1>Rural well program expanded</h1>{text}</td></tr></table></div>")
    root = html.fromstring(page.format(summary))
    assert unwrap_layout_tables(root) == 1
    assert root.find(".//table") is None
    # a summary that describes the data keeps the table
    root = html.fromstring(page.format("Well loans by region, 2017 and 2018"))
    assert unwrap_layout_tables(root) == 0


def test_links_set_apart_by_separators_are_a_menu():
    # "HOME | SITEMAP | ENGLISH": the bars and spaces are not text beside the links
    links = " | ".join(f"<a href='/{name}'>{name}</a>" for name in ("HOME", "SITEMAP", "ENGLISH"))
    root = html.fromstring(f"<div><table><tr><td><img src='/logo.gif'></td><td>{links}</td>"
                           "</tr></table></div>")
    assert unwrap_layout_tables(root) == 1
    # words between the links are text: a sentence with three links stays where it is
    words = ("See <a href='/a'>the plan</a> and the <a href='/b'>budget</a> or the "
             "<a href='/c'>minutes</a> of the meeting held on Monday evening")
    root = html.fromstring(f"<div><table><tr><td>{words}</td><td>x</td></tr></table></div>")
    assert unwrap_layout_tables(root) == 0


def test_a_board_view_whose_post_is_lines_between_breaks_lays_out_the_post():
    # a Korean board's view: a title row, a row of labels (author, date, views), a file row
    # with one link, and the post as lines set apart by <br>: the post is the page's text
    lines = "<br>".join(f"{i}. 통제 구간 안내 : 구남로 해운대역 ~ 해운대해수욕장 입구 (약 500m)"
                        for i in range(1, 7))
    root = html.fromstring(
        "<div><table class='bbs_view'><tr><td colspan='6'>교통 통제 안내</td></tr>"
        "<tr><td>작성자</td><td>문화관광과</td><td>작성일</td><td>2024-08-02</td><td>조회</td>"
        "<td>512</td></tr><tr><td>첨부</td><td colspan='5'><a href='/f/1'>map.jpg</a></td></tr>"
        f"<tr><td colspan='6'>{lines}<br></td></tr></table></div>")
    assert unwrap_layout_tables(root) == 1


def test_a_list_of_dated_links_is_removed_and_the_text_after_it_stays():
    items = "".join(f"<li>6月{i}日　<a href='/hodo/{i}'>府営公園の利用案内について</a></li>"
                    for i in range(1, 4))
    root = html.fromstring(f"<div><p>本文。</p><h3>最近の報道発表資料</h3><ul>{items}</ul>"
                           "after</div>")
    assert drop_dated_link_lists(root) == 1
    assert _tags(root) == ["div", "p", "h3"] and root.find("h3").tail == "after"


def test_a_feed_of_links_with_a_source_and_a_short_stamp_each_is_a_list_of_other_pages():
    # a portal's "为你推荐": each item a headline's link, its source and a stamp without a year
    items = "".join(f"<li><a href='/c/{i}'><h4>城市书房成为市民第三空间 {i}</h4></a><p><span>"
                    f"凤凰网文化</span><span>10-0{i} 18:20</span></p></li>" for i in range(1, 4))
    root = html.fromstring(f"<div><p>本文。</p><h3>为你推荐</h3><ul>{items}</ul></div>")
    assert drop_dated_link_lists(root) == 1 and _tags(root) == ["div", "p", "h3"]
    # ratings beside the links are no stamps
    items = "".join(f"<li><a href='/m/{i}'>Mover {i}</a>: 4.5{i} out of 5 stars</li>"
                    for i in range(1, 4))
    root = html.fromstring(f"<div><p>The text.</p><ul>{items}</ul></div>")
    assert drop_dated_link_lists(root) == 0


def test_paragraphs_in_a_row_of_a_date_and_a_link_each_are_a_list_of_other_pages():
    rows = "".join(f"<p class='news'><span>{d}/02/2012</span><br><a href='/n/{d}'>Item {d}</a>"
                   "</p>" for d in (28, 14, 9))
    root = html.fromstring(f"<div><p>The text.</p><h3>Latest news</h3>{rows}"
                           "<p><a href='/news/'>More news</a></p></div>")
    assert drop_dated_link_lists(root) == 3
    assert [p.text_content() for p in root.iter("p")] == ["The text.", "More news"]
    # two in a row, or rows parted by a paragraph of text, stay
    for page in (rows.replace("<p class='news'><span>9/", "<div><span>9/"),
                 rows.replace("</p><p class='news'><span>14", "</p><p>Text.</p><p><span>14")):
        root = html.fromstring(f"<div>{page}</div>")
        assert drop_dated_link_lists(root) == 0, page


def test_lists_with_text_beside_their_links_or_undated_items_stay():
    for items in (
        # an item of running text with a link in it
        "".join(f"<li>On March {i}, 2024 the <a href='/{i}'>council</a> met.</li>"
                for i in range(1, 4)),
        # one item without a date
        "<li><a href='/a'>Overview</a></li>" + "".join(
            f"<li>2024-03-0{i} <a href='/{i}'>Notice {i}</a></li>" for i in range(1, 3)),
        # two items only
        "".join(f"<li>2024-03-0{i} <a href='/{i}'>Notice {i}</a></li>" for i in range(1, 3)),
    ):
        root = html.fromstring(f"<div><ul>{items}</ul></div>")
        assert drop_dated_link_lists(root) == 0, items


def test_a_boards_list_of_posts_set_as_a_data_table_is_removed():
    # under a board's post: number, title, office, date, views, with its caption and header
    rows = "".join(f"<tr><td>{8216 - i}</td><td><a href='/view?no={i}'>보도자료 제목 {i}</a></td>"
                   f"<td>일자리투자과</td><td>2010-08-2{i}</td><td>{300 + i}</td></tr>"
                   for i in range(4))
    table = ("<table class='board_list'><caption>보도자료 목록</caption><thead><tr><th>번호</th>"
             f"<th>제목</th><th>담당부서</th><th>작성일</th><th>조회</th></tr></thead><tbody>{rows}"
             "</tbody></table>")
    root = html.fromstring(f"<div><p>{LONG}</p>{table}</div>")
    assert drop_dated_link_lists(root) == 1 and _tags(root) == ["div", "p"]
    # a comparison of products, one link a row, scores and sizes beside it, is the text's
    rows = "".join(f"<tr><td><a href='/r/{i}'>Trail shoe {i}</a></td><td>9.{i}</td>"
                   f"<td>$165</td><td>9.1 oz</td></tr>" for i in range(4))
    root = html.fromstring(f"<div><p>{LONG}</p><table>{rows}</table></div>")
    assert drop_dated_link_lists(root) == 0
    # ... and so is a table whose cells beside the link say more than a name or a number
    rows = "".join(f"<tr><td><a href='/m/{i}'>Minutes {i}</a></td><td>2024-03-0{i}</td>"
                   "<td>The council approved the budget after a long debate.</td></tr>"
                   for i in range(1, 5))
    root = html.fromstring(f"<div><p>{LONG}</p><table>{rows}</table></div>")
    assert drop_dated_link_lists(root) == 0


def _put_back(page: str, paras: list[str]) -> list[str]:
    from newscrawler.extract.body import with_dropped_blocks
    return with_dropped_blocks(html.fromstring(page), paras)


ONE, TWO = "The detour runs as follows.", "The detour is signposted."


def test_a_list_and_its_heading_between_two_paragraphs_are_put_back():
    page = (f"<div><p>{ONE}</p><h3>Detour</h3><ul><li>via Station Road</li>"
            f"<li>via the ring road</li></ul><p>{TWO}</p></div>")
    assert _put_back(page, [ONE, TWO]) == [ONE, "Detour", "- via Station Road",
                                           "- via the ring road", TWO]


def test_a_list_and_its_heading_after_a_quotation_are_put_back():
    # the run's first neighbour is a quotation the extractor kept, by its last paragraph
    quote = "We built every part ourselves."
    page = (f"<div><p>{ONE}</p><blockquote><p>It took two years.</p><p>{quote}</p>"
            f"</blockquote><h3>Specifications</h3><ul><li>Top speed: 110 km/h</li>"
            f"<li>Weight: 168 kg</li></ul><p>{TWO}</p></div>")
    paras = [ONE, "It took two years.", quote, TWO]
    assert _put_back(page, paras) == [ONE, "It took two years.", quote, "Specifications",
                                      "- Top speed: 110 km/h", "- Weight: 168 kg", TWO]


def test_a_heading_after_the_texts_table_is_put_back():
    # the run's first neighbour is a data table the extractor kept, printed by its rows
    page = (f"<div><p>{ONE}</p><table><tr><th>Region</th><th>Wells</th></tr>"
            f"<tr><td>North</td><td>214</td></tr></table><h3>2. Next steps</h3>"
            f"<p>{TWO}</p></div>")
    rows = ["| Region | Wells |", "|---|---|", "| North | 214 |"]
    assert _put_back(page, [ONE, *rows, TWO]) == [ONE, *rows, "2. Next steps", TWO]


def test_a_heading_over_the_texts_table_is_put_back():
    # the run's last neighbour is the table the heading names, printed from its first row
    page = (f"<div><p>{ONE}</p><h2>■ Fees</h2><table><tr><th>Region</th><th>Fee</th></tr>"
            f"<tr><td>North</td><td>500</td></tr></table><p>{TWO}</p></div>")
    rows = ["| Region | Fee |", "| North | 500 |"]
    assert _put_back(page, [ONE, *rows, TWO]) == [ONE, "■ Fees", *rows, TWO]
    # ... not when the table's rows are not the next lines
    assert _put_back(page, [ONE, TWO]) == [ONE, TWO]


def test_headings_beside_paragraphs_broken_into_lines_and_over_a_captioned_table_are_put_back():
    # a notice's numbered items: a paragraph of two lines (<br>) before or after a heading,
    # and a table that opens with its caption
    page = ("<div><p>福岡県は総合防災訓練を実施します。</p><h2>1　日時</h2><p>令和6年10月20日</p>"
            "<h2>2　場所</h2><p>メイン会場：筑後川河川敷<br>サブ会場：宮ノ陣小学校</p>"
            "<h2>3　主催</h2><p>福岡県、久留米市</p><h2>4　訓練内容</h2><table><caption>"
            "訓練スケジュール</caption><tr><td>9時00分</td><td>本部設置</td></tr></table></div>")
    paras = ["福岡県は総合防災訓練を実施します。", "令和6年10月20日", "メイン会場：筑後川河川敷",
             "サブ会場：宮ノ陣小学校", "福岡県、久留米市", "| 訓練スケジュール |  |",
             "| 9時00分 | 本部設置 |"]
    out = _put_back(page, paras)
    assert "1 日時" in out
    assert out.index("2 場所") == out.index("メイン会場：筑後川河川敷") - 1
    assert out.index("3 主催") == out.index("福岡県、久留米市") - 1
    assert out.index("4 訓練内容") == out.index("| 訓練スケジュール |  |") - 1


def test_a_heading_over_the_texts_list_beside_the_texts_headings_is_put_back():
    # a notice's sections: "Documents" over the list of them, after the last item of the
    # list before, as its rank's heading over a paragraph is the text's
    opening = "Applicants send the form to the environment office before the works start."
    page = (f"<div><h2>How to apply</h2><p>{opening}</p><ol><li>Apply</li><li>Build</li></ol>"
            "<h2>Documents</h2><ul><li>The application form</li><li>A quotation</li></ul>"
            f"<p>{TWO}</p></div>")
    paras = [opening, "- Apply", "- Build", "- The application form", "- A quotation", TWO]
    out = _put_back(page, paras)
    assert out.index("Documents") == out.index("- The application form") - 1
    # ... not a page's record over its list after the text, beside no heading of the text
    page = (f"<div><p>{ONE}</p><p>{TWO}</p><h2>Record</h2><ul><li>Created: 2024-03-01</li>"
            "<li>Author: Press office</li></ul></div>")
    rows = ["- Created: 2024-03-01", "- Author: Press office"]
    assert _put_back(page, [ONE, TWO, *rows]) == [ONE, TWO, *rows]


def test_the_first_of_the_texts_section_headings_over_its_first_paragraph_is_put_back():
    # a report whose text opens with the first of its sections' headings, which the generic
    # extractor drops with nothing before it
    first = "Five rounds in, one name stands alone at the top of the table after Sunday."
    later = "The story of the tournament so far, however, may be a teenager from Kharkiv."
    page = (f"<div><figure><img src='/hall.jpg'></figure><h2>A long day</h2><p>{first}</p>"
            f"<p>{ONE}</p><h2>Keeps climbing</h2><p>{later}</p></div>")
    assert _put_back(page, [first, ONE, later]) == ["A long day", first, ONE, "Keeps climbing",
                                                    later]
    # ... not a heading alone over the text (a standfirst set as one), nor one under another
    # heading of the box (the headline's)
    page = f"<div><h2>A long day</h2><p>{first}</p><p>{ONE}</p><p>{later}</p></div>"
    assert _put_back(page, [first, ONE, later]) == [first, ONE, later]
    page = (f"<div><h1>Valletta Open</h1><h2>A long day</h2><p>{first}</p><p>{ONE}</p>"
            f"<h2>Keeps climbing</h2><p>{later}</p></div>")
    assert _put_back(page, [first, ONE, later]) == [first, ONE, "Keeps climbing", later]


def test_a_closing_section_of_a_heading_and_items_without_links_is_put_back():
    from newscrawler.extract.body import closing_section
    page = (f"<html><body><div><p>{ONE}</p><p>{TWO}</p><h2>Notes</h2><ul><li>Used "
            "equipment is not covered.</li><li>Apply before the works start.</li></ul>"
            "<h2>Files</h2><ul><li><a href='/f.pdf'>Form (PDF)</a></li></ul></div></body></html>")
    assert closing_section(html.fromstring(page), [ONE, TWO]) == [
        "Notes", "- Used equipment is not covered.", "- Apply before the works start."]
    # ... not a heading over a list of links (a related list), nor after another line
    related = page.replace("<li>Used equipment is not covered.</li>",
                           "<li><a href='/n/2'>Other news</a></li>")
    assert closing_section(html.fromstring(related), [ONE, TWO]) == []
    assert closing_section(html.fromstring(page), [TWO, ONE]) == []


def test_a_callout_between_two_paragraphs_is_put_back():
    tip = "If you measure your own setup, measure for at least a week."
    page = (f"<div><p>{ONE}</p><div class='kg-card kg-callout-card'><div class='kg-callout-"
            f"emoji'>💡</div><div class='kg-callout-text'>{tip}</div></div><h2>What broke</h2>"
            f"<p>{TWO}</p></div>")
    assert _put_back(page, [ONE, "What broke", TWO]) == [ONE, tip, "What broke", TWO]
    # a box named otherwise stays out, and so does an appeal set as a callout
    assert _put_back(page.replace("callout", "promo"), [ONE, "What broke", TWO]) == [
        ONE, "What broke", TWO]
    appeal = page.replace(tip, "We are a nonprofit newsroom. Donate today.")
    assert _put_back(appeal, [ONE, "What broke", TWO]) == [ONE, "What broke", TWO]
    # a callout of bare text, no element inside
    bare = f"<div><p>{ONE}</p><div class='pro-tip'>{tip}</div><p>{TWO}</p></div>"
    assert _put_back(bare, [ONE, TWO]) == [ONE, tip, TWO]


def test_a_table_in_a_box_of_its_own_between_two_paragraphs_is_put_back():
    # a site builder's embed box around a data table, a chart after it
    table = ("<table><thead><tr><th>Network</th><th>p50</th></tr></thead><tbody>"
             "<tr><td>Wi-Fi</td><td>0.61 s</td></tr><tr><td>LTE</td><td>0.93 s</td></tr>"
             "</tbody></table>")
    page = (f"<div><p>{ONE}</p><div class='w-embed'>{table}</div><figure><img src='/c.png'>"
            f"<figcaption>The chart</figcaption></figure><p>{TWO}</p></div>")
    rows = ["| Network | p50 |", "| Wi-Fi | 0.61 s |", "| LTE | 0.93 s |"]
    assert _put_back(page, [ONE, TWO]) == [ONE, *rows, TWO]
    # a table of links in such a box is a list of other pages
    linked = page.replace("<td>Wi-Fi</td>", "<td><a href='/w'>How Wi-Fi calls work</a></td>")
    linked = linked.replace("<td>LTE</td>", "<td><a href='/l'>Voice over LTE explained</a></td>")
    assert _put_back(linked, [ONE, TWO]) == [ONE, TWO]


def test_links_galleries_kept_lists_and_lists_off_the_text_are_not_put_back():
    pages = [
        # a box of links between two paragraphs: a related list
        f"<div><p>{ONE}</p><ul><li><a href='/a'>Another story</a></li>"
        f"<li><a href='/b'>And another</a></li></ul><p>{TWO}</p></div>",
        # a gallery: its items are captions
        f"<div><p>{ONE}</p><ul><li><img src='/1.jpg'>A photo of the bridge</li></ul>"
        f"<p>{TWO}</p></div>",
        # the paragraphs around it are not consecutive lines of the text
        f"<div><p>{ONE}</p><ul><li>via Station Road</li></ul><p>Other text.</p></div>",
    ]
    for page in pages:
        assert _put_back(page, [ONE, TWO]) == [ONE, TWO], page
    # a list the extractor kept is not added again
    page = f"<div><p>{ONE}</p><h3>Detour</h3><p>{TWO}</p></div>"
    assert _put_back(page, [ONE, "Detour", TWO]) == [ONE, "Detour", TWO]


def test_text_after_a_table_or_a_list_becomes_a_paragraph():
    root = html.fromstring(f"<div><p>{LONG}</p><table><tr><td><script src='ad.js'></script>"
                           f"</td></tr></table>the rest <b>of it</b>, {LONG}<br>Next line"
                           f"<ul><li>x</li></ul>{CJK}</div>")
    assert paragraphs_after_blocks(root) == 2
    assert _paragraphs(root) == [LONG.strip(), f"the rest of it, {LONG.strip()}", CJK]
    # the run ends at the break: the line after it is not the paragraph's
    assert root.find("table").getnext().getnext().tag == "br"


def test_text_after_blocks_inside_cells_items_and_paragraphs_or_without_words_stays():
    for page in (f"<table><tr><td><ul><li>x</li></ul>{LONG}</td></tr></table>",
                 f"<ul><li><table><tr><td>x</td></tr></table>{LONG}</li></ul>",
                 "<div><table><tr><td>x</td></tr></table> | · </div>"):
        root = html.fromstring(page)
        assert paragraphs_after_blocks(root) == 0, page


def test_a_div_of_text_between_two_paragraphs_is_a_paragraph():
    root = html.fromstring(f"<div><p>{LONG}</p><div class='special-container'>Updates: {LONG}"
                           f"</div><div>{CJK * 3}</div><p>{LONG}</p></div>")
    assert paragraphs_from_divs(root) == 2
    assert _tags(root) == ["div", "p", "p", "p", "p"]


def test_captions_credits_promos_blocks_and_divs_off_the_text_stay_divs():
    for middle in ("<div>Photo: Lisa Jennings / AP</div>",  # short, no sentence end
                   f"<div class='image-description'>{LONG}</div>",
                   f"<div class='blog-cta-snippet'>{LONG}</div>",
                   f"<div class='newsletter'>{LONG}</div>",
                   f"<div>{LONG}<div>{LONG}</div></div>",  # a block in it
                   f"<div><a href='/a'>{LONG}</a></div>"):  # a link
        root = html.fromstring(f"<div><p>{LONG}</p>{middle}<p>{LONG}</p></div>")
        assert paragraphs_from_divs(root) == 0, middle
    # under the last paragraph: a licence or a source line, not a paragraph between two
    root = html.fromstring(f"<div><p>{LONG}</p><p>{LONG}</p>"
                           f"<div>Copyright 2024. {LONG}</div></div>")
    assert paragraphs_from_divs(root) == 0


def test_the_generic_extractor_reads_the_page_without_its_footers_and_gives_them_back():
    from lxml import etree

    from newscrawler.extract.document import parse_html
    from newscrawler.extract.generic import main_text

    text = "".join(f"<p>{LONG}{n}</p>" for n in range(6))
    page = (f"<html><head><title>t</title></head><body><div><article>{text}"
            "<footer>Filed under budget</footer>The session closed at noon after the vote."
            f"</article></div><footer><ul>{'<li><a href=/x>Link</a></li>' * 40}</ul>"
            "</footer></body></html>")
    root = parse_html(page)
    before = etree.tostring(root)
    paras = main_text(root, "https://example.org/a.html")
    assert etree.tostring(root) == before  # (the footers and their tails put back)
    assert paras and paras[0].startswith("The council approved")
    assert not any("Filed under" in p or p == "Link" for p in paras)


def _promo_and_story(title: str) -> str:
    promo = "".join(f"<p>Our newsletter brings the week's stories to you, issue {n}, every "
                    "Friday morning with the editors' picks and the calendar.</p>"
                    for n in range(4))
    story = "".join(f"<p>{LONG} Part {n}.</p>" for n in range(12))
    return (f"<html><head><title>{title} | City News</title></head><body>"
            f"<div class='main'><div class='top'>{promo}</div>"
            f"<h1>Council approves the budget</h1>"
            f"<h2>Voices from the session</h2>{story}</div></body></html>")


def test_the_generic_extractor_reads_the_page_from_its_headline_on():
    # the page's header, menus and teasers above its headline are not the text, and
    # trafilatura reads the page faster without them; they are put back afterwards
    from lxml import etree

    from newscrawler.extract.body import pick_body
    from newscrawler.extract.document import parse_html

    root = parse_html(_promo_and_story("Council approves the budget"))
    before = etree.tostring(root)
    paras, _ = pick_body(root, "https://example.org/a.html", root.find(".//h1"))
    assert etree.tostring(root) == before
    assert any(p.startswith("The council approved") for p in paras)
    assert not any("newsletter" in p for p in paras)


def test_a_heading_inside_the_text_that_the_titles_do_not_name_lends_nothing_above_it():
    # a wrong title leads to a heading inside the text: what is above it stays in the tree
    from newscrawler.extract.body import pick_body
    from newscrawler.extract.document import parse_html

    page = _promo_and_story("Council approves the budget").replace(
        "<h2>Voices from the session</h2>", "").replace(" Part 1.</p>", " Part 1.</p>"
                                                        "<h2>Voices from the session</h2>")
    root = parse_html(page)
    paras, _ = pick_body(root, "https://example.org/a.html", root.find(".//h2"))
    assert any(p.endswith("Part 0.") for p in paras)


_CARD = ("<li class='card'><a href='/news/{n}'><span>Scientists track the river's fish through "
         "the dry season, part {n}</span></a><p>Tiny tags show how far they travel in search of "
         "refuge pools.</p></li>")


def _story_and_grid(card: str = _CARD, cards: int = 4) -> str:
    # a page without <article>: the text's box, a related list, a side column, then a
    # grid of teaser cards, all in <main> (trafilatura reads the grid as more text)
    story = "".join(f"<p>The fossil jaw found by a miner belongs to a new species of crocodile, "
                    f"the researchers said in paragraph {i}.</p>" for i in range(8))
    grid = "".join(card.format(n=n) for n in range(cards))
    return ("<html><head><title>A new crocodile from the opal fields - News</title></head>"
            "<body><main id='content'><div class='header'><h1>A new crocodile from the opal "
            f"fields</h1></div><div id='body'><div class='render'>{story}</div></div><div "
            "class='footer'><section><h2>Related stories</h2><ul><li><a href='/news/r1'>Rare "
            "opalised dinosaur bones found by miners</a></li><li><a href='/news/r2'>Opal museum"
            " funded</a></li></ul></section></div><aside><section><h2>Just in</h2><ul><li><a "
            "href='/news/x'>Harbour closed</a><time>4m ago</time></li><li><a href='/news/y'>"
            "Rates held</a><time>12m ago</time></li></ul></section></aside><section><h2>Science"
            f" features</h2><ul class='cards'>{grid}</ul></section></main></body></html>")


def test_a_grid_of_teaser_cards_after_the_text_is_not_the_text():
    from newscrawler.extract import extract_article

    body = extract_article(_story_and_grid(), "https://example.org/news/crocodile").body
    assert body.endswith("in paragraph 7.")
    assert "Science features" not in body and "refuge pools" not in body


@pytest.mark.parametrize("card, cards", [
    # two cards are a "see also" pair the text may end with
    (_CARD, 2),
    # entries with a paragraph of their own beside the summary are the text's (a listicle)
    (_CARD.replace("</p></li>", "</p><p>" + "The tags weigh less than a gram and stay on "
                   "for a whole season, the team says, long enough to follow them. " * 3
                   + "</p></li>"), 4),
])
def test_two_cards_or_entries_with_paragraphs_are_no_teaser_grid(card, cards):
    from newscrawler.extract.teasers import without_teaser_grid

    root = html.fromstring(_story_and_grid(card, cards))
    lines = [f"The fossil jaw found by a miner, line {i}. " * 20 for i in range(8)]
    grid = root.find(".//ul[@class='cards']")
    tail = ["- " + element_text(li) for li in grid]
    assert without_teaser_grid(root, lines + tail, "https://example.org/news/c") == lines + tail


def test_the_lines_of_a_teaser_grid_at_the_end_go_with_its_heading():
    from newscrawler.extract.teasers import without_teaser_grid

    root = html.fromstring(_story_and_grid())
    lines = [f"The fossil jaw found by a miner, line {i}. " * 4 for i in range(6)]
    tail = ["Science features"] + ["- " + element_text(li)
                                   for li in root.find(".//ul[@class='cards']")]
    assert without_teaser_grid(root, lines + tail, "https://example.org/news/c") == lines


def test_the_summaries_of_teaser_cards_the_extractor_kept_alone_go():
    # the extractor dropped each card's linked headline and kept its summary; two grids,
    # one with its heading as its first child, one card's summary dropped as well
    from newscrawler.extract.teasers import without_teaser_grid

    news = "".join(f"<li><a href='/press/{n}'>Visit of the Prime Minister, part {n}</a><p>Talks "
                   f"on green shipping, round {n}.</p><span>March 0{n + 1}, 2024</span></li>"
                   for n in range(4))
    links = "".join(f"<div class='teaser'><h3><a href='/focus/{n}'>In focus: the G20 legacy, "
                    f"{n}</a></h3><p>Documents and outcomes of the presidency, set {n}.</p></div>"
                    for n in range(3))
    root = html.fromstring("<html><body><div class='detail'><p>Thank you.</p></div><section>"
                           f"<h2>What's new</h2><ol>{news}</ol></section><section><h2>Quick "
                           f"links</h2>{links}</section></body></html>")
    text = [f"Trade between the two regions has grown, the secretary said, point {n}." * 3
            for n in range(5)]
    tail = ([f"Talks on green shipping, round {n}." for n in range(4)]
            + [f"Documents and outcomes of the presidency, set {n}." for n in (0, 2)])
    assert without_teaser_grid(root, text + tail, "https://mea.example/speech/1") == text


@pytest.mark.parametrize("card", [
    # the link wraps the whole card: its date, headline and summary
    "<li><a href='/r/{n}'><span>17 March 2024</span><h3>More nurses for regional hospitals "
    "{n}</h3><p>Graduates start work this year.</p></a></li>",
    # a category before the linked headline
    "<div><span>Salud</span><h4><a href='/n/{n}'>A drug cuts heart failure admissions {n}</a>"
    "</h4><p>A trial of 4,000 patients shows it.</p></div>",
])
def test_cards_with_a_date_or_a_category_or_wrapped_in_their_link_are_teasers(card):
    from newscrawler.extract.teasers import without_teaser_grid

    cards = "".join(card.format(n=n) for n in range(4))
    root = html.fromstring(f"<html><body><p>Text.</p><section><h2>Latest</h2><ul>{cards}</ul>"
                           "</section></body></html>")
    text = [f"The new road will cut the journey by twenty minutes, part {n}." * 3
            for n in range(5)]
    tail = ["- " + element_text(item) for item in root.find(".//ul")]
    assert without_teaser_grid(root, text + tail, "https://gov.example/r/x") == text


def test_a_list_of_references_is_no_teaser_grid():
    # each entry names a work, then links its address: the text's own list
    from newscrawler.extract.teasers import without_teaser_grid

    refs = "".join(f"<li>(n.d.). <em>Building effective agents, part {n}</em>. Engineering "
                   f"Blog. <a href='https://blog.example/agents-{n}'>https://blog.example/"
                   f"agents-{n}</a></li>"
                   for n in range(4))
    root = html.fromstring(f"<html><body><h2>References</h2><ul>{refs}</ul></body></html>")
    text = [f"Agents and workflows differ in who decides the next step, part {n}." * 3
            for n in range(5)]
    tail = ["- " + element_text(li) for li in root.iter("li")]
    assert without_teaser_grid(root, text + tail, "https://blog.example/post") == text + tail


def test_a_gallery_of_captioned_thumbnails_after_the_text_is_not_the_text():
    # each thumbnail links to its picture; the extractor kept the captions
    from newscrawler.extract.teasers import without_teaser_grid

    photos = "".join(f"<li><a href='/media/1/{n}.jpg'><img src='/media/1/{n}_s.jpg' alt='花海 {n}'>"
                     f"</a><p>去年花毯節新社花海吸引大批遊客 {n}</p></li>" for n in range(3))
    root = html.fromstring(f"<html><body><p>正文</p><div><h3>相關圖片</h3><ul>{photos}</ul></div>"
                           "</body></html>")
    text = [f"臺中國際花毯節11月登場，新社花海邀民眾共賞，活動期間將有多項表演與市集。第{n}段。" * 2
            for n in range(5)]
    tail = ["相關圖片"] + [f"去年花毯節新社花海吸引大批遊客 {n}" for n in range(3)]
    assert without_teaser_grid(root, text + tail, "https://city.example/post/1") == text


def _boxed_story(header_box: bool) -> str:
    # the headline in an <article> that holds the whole text, or only the headline (a
    # header box, the text in the section after it); a related list and a footer after
    story = "".join(f"<p>The harbour board approved the dredging plan for the east basin, "
                    f"the chair said in paragraph {i}.</p>" for i in range(12))
    head = "<h1>Harbour board approves dredging plan</h1>"
    article = (f"<article class='header'>{head}</article><section>{story}</section>"
               if header_box else f"<article>{head}{story}</article>")
    return ("<html><head><title>Harbour board approves dredging plan</title></head><body>"
            f"<main><div class='col'>{article}<div class='related'><h2>More news</h2><ul>"
            "<li><a href='/n/1'>Ferry timetable changes</a></li><li><a href='/n/2'>Pier "
            "reopens</a></li></ul></div></div></main><div id='bottom'><p>Harbour Board, "
            "1 Quay Street</p></div></body></html>")


def test_what_follows_the_articles_box_is_lent_out_while_the_extractor_reads():
    # trafilatura walks and copies the tree several times a run: what comes after the box
    # that holds the headline and the text (related lists, comments, the page's footer)
    # is not text, and is taken out while it reads (and put back)
    from newscrawler.extract.body import _below, pick_body
    from newscrawler.extract.document import parse_html

    root = parse_html(_boxed_story(header_box=False))
    lent = _below(root, root.find(".//h1"))
    assert [el.get("class") or el.get("id") for el in lent] == ["related", "bottom"]
    before = etree.tostring(root)
    paras, _ = pick_body(root, "https://example.org/n/3", root.find(".//h1"))
    assert etree.tostring(root) == before
    assert paras[-1].endswith("paragraph 11.") and not any("Ferry" in p for p in paras)


def test_a_header_box_over_the_text_lends_nothing_after_it():
    # <article class="header"> holds the headline only: the text follows it outside, and
    # lending what follows the header box would take the text out of the extractor's view
    from newscrawler.extract import extract_article
    from newscrawler.extract.body import _below
    from newscrawler.extract.document import parse_html

    root = parse_html(_boxed_story(header_box=True))
    assert [el.tag for el in _below(root, root.find(".//h1"))] == ["div"]  # (after <main>)
    body = extract_article(_boxed_story(header_box=True), "https://example.org/n/3").body
    assert body.startswith("The harbour board") and body.endswith("paragraph 11.")


def _release_with_opening_list(items: str) -> str:
    # a regional government's release: the highlights as a list that opens the text's box,
    # which the generic extractor drops on this layout
    story = "".join(f"<p>La Consejería de Medio Ambiente ha aprobado el plan de regadío para la "
                    f"comarca, con una inversión prevista de {i} millones de euros en cinco "
                    "años.</p>" for i in range(6))
    return ("<html><head><title>La Junta aprueba el plan de regadío - Comunicación</title>"
            "</head><body><div class='aviso-cookies'><p>Este portal web utiliza cookies "
            "propias con finalidad técnica. Más información sobre cookies</p></div><div "
            "id='contenido'><div class='nota'><div class='cabecera'><span class='fecha'>"
            "15/05/2024</span><span class='consejeria'><a href='/c?x=1'>Medio Ambiente</a>"
            "</span></div><h1>La Junta aprueba el plan de regadío de la comarca</h1><div "
            f"class='cuerpo'><ul>{items}</ul>{story}</div></div></div><div class='pie'><ul><li>"
            "<a href='/a'>Aviso legal</a></li></ul></div></body></html>")


def test_the_highlights_that_open_a_release_are_its_first_lines():
    from newscrawler.extract import extract_article

    page = _release_with_opening_list(
        "<li>El plan moderniza cuarenta mil hectáreas de regadío en las vegas del río</li>"
        "<li>La inversión asociada supera los ciento ochenta millones de euros en el medio "
        "rural</li>")
    lines = extract_article(page, "https://example.es/nota/1").body.split("\n\n")
    assert lines[:3] == [
        "- El plan moderniza cuarenta mil hectáreas de regadío en las vegas del río",
        "- La inversión asociada supera los ciento ochenta millones de euros en el medio rural",
        "La Consejería de Medio Ambiente ha aprobado el plan de regadío para la comarca, con "
        "una inversión prevista de 0 millones de euros en cinco años."]


@pytest.mark.parametrize("items", [
    # the text's meta line as a list; a list of lists (a page's dated updates)
    "<li>Por Ana Ruiz</li><li>15/05/2024</li><li>3 min de lectura</li>",
    "<li>Actualizaciones<ul><li>2024-05-16 Se corrige la cifra de hectáreas del plan de "
    "regadío de la comarca</li></ul></li>",
])
def test_a_list_of_short_fields_or_of_lists_that_opens_the_box_is_not_text(items):
    from newscrawler.extract import extract_article

    body = extract_article(_release_with_opening_list(items), "https://example.es/nota/1").body
    assert body.startswith("La Consejería de Medio Ambiente")


def _press_release_zh(closing: str) -> str:
    # a press release in traditional Chinese: its paragraphs set apart by line breaks in one
    # span, under it the release's end mark and a column of other releases with their times
    paras = "".join(f"&nbsp;&nbsp;&nbsp; 發言人表示，截至三月第{i}周，學校及院舍錄得的流感樣疾病"
                    "爆發個案較前一星期顯著增加，中心會繼續密切監察流感活躍程度，並呼籲市民及早接種"
                    "季節性流感疫苗，以保障自己及家人的健康。<br /><br />" for i in range(9))
    return ("<html><head><meta charset='utf-8'><title>衞生防護中心呼籲市民提高警覺</title>"
            "</head><body><div class='wrap'><div class='leftContent'><h1>衞生防護中心呼籲市民"
            "提高警覺</h1><div id='pressrelease-body'><span id='pressrelease'>" + paras
            + closing + "</span></div><div id='pressrelease-footer'>完<br />2024年3月14日"
            "（星期四）<br />香港時間16時30分</div></div><div class='rightContent'><div "
            "class='sideBox'><h2>相關新聞公報</h2><ul><li><a href='/gia/0307.htm'>中心公布最新"
            "流感監測數據</a><span>2024年3月7日 17時05分</span></li><li><a href='/gia/0229.htm'>"
            "學校疫苗外展計劃繼續進行</a><span>2024年2月29日 15時40分</span></li></ul></div>"
            "<div class='sideBox'><h2>本日新聞</h2><ul><li><a href='/gia/1.htm'>財政司司長會見"
            "訪港商界代表</a><span>11時20分</span></li><li><a href='/gia/2.htm'>運輸署宣布臨時"
            "交通安排</a><span>15時55分</span></li></ul></div></div></div></body></html>")


def test_a_cjk_article_box_holds_its_text_as_it_prints():
    # 9 paragraphs of 60-odd ideographs are 600 characters: the box that holds them and the
    # headline is the article's (ideographs count twice), and the column after it is lent
    # out while the extractor reads
    from newscrawler.extract import extract_article
    from newscrawler.extract.body import _below
    from newscrawler.extract.document import parse_html

    root = parse_html(_press_release_zh(""))
    assert [el.get("class") for el in _below(root, root.find(".//h1"))] == ["rightContent"]
    body = extract_article(_press_release_zh(""), "https://www.example.gov.hk/gia/P1.htm").body
    assert body.endswith("以保障自己及家人的健康。") and "本日新聞" not in body


def test_a_short_closing_sentence_with_two_links_is_the_texts():
    # trafilatura drops a last paragraph under 60 characters whose links are all short; a
    # sentence of the text's own parent, mostly not linked, is put back
    from newscrawler.extract import extract_article

    closing = ("市民可瀏覽中心的<a href='/flu.html'>流感專題網頁</a>及每周出版的《<a "
               "href='/fe.html'>流感速遞</a>》，以獲取更多資訊。")
    body = extract_article(_press_release_zh(closing), "https://www.example.gov.hk/gia/P1.htm").body
    assert body.endswith("市民可瀏覽中心的流感專題網頁及每周出版的《流感速遞》，以獲取更多資訊。")
    # ... a link box of the same length is not
    links = ("<a href='/a.html'>流感專題網頁</a> <a href='/b.html'>流感速遞</a> <a "
             "href='/c.html'>疫苗接種計劃</a>")
    body = extract_article(_press_release_zh(links), "https://www.example.gov.hk/gia/P1.htm").body
    assert body.endswith("以保障自己及家人的健康。")


def _widget_page(between: str, second_class: str = "text") -> str:
    # a news CMS's widgets: the text's first part, a related widget, the text going on in a
    # widget of the first one's kind (trafilatura takes the first "text" box as the text)
    first = "".join(f"<p>The province is reviewing {n + 40} transport contracts after an audit "
                    f"found payments for routes that did not run, part {n}.</p>"
                    for n in range(4))
    second = "".join(f"<p>Operators said late payments had forced them to cut trips, and the "
                     f"department promised a report by April, point {n}.</p>" for n in range(5))
    return ("<html><head><title>Province reviews transport contracts - Daily</title></head>"
            "<body><main><div class='article-wrapper'><div class='article-header'><h1>Province "
            "reviews transport contracts</h1><div class='date'>03 February 2025</div></div>"
            f"<div class='widget widget-text'><div class='text'>{first}</div></div>{between}"
            f"<div class='widget widget-text'><div class='{second_class}'>{second}</div></div>"
            "</div></main><footer><p>Daily is a product of Example Holdings.</p></footer>"
            "</body></html>")


_RELATED_WIDGET = ("<div class='widget widget-related'><h4>READ MORE:</h4><ul><li><a href="
                   "'/news/a'>School year opens with learners unplaced</a></li><li><a href="
                   "'/news/b'>Learners walk to school as a contract lapses</a></li></ul></div>")


@pytest.mark.parametrize(("between", "second_class", "continued"), [
    (_RELATED_WIDGET, "text", True),
    # a box of the same kind right after the text's: the writer's bio, the tags
    ("", "text", False),
    # a box of another kind after the widget: another part of the page
    (_RELATED_WIDGET, "promo", False),
])
def test_a_text_split_by_a_widget_goes_on_in_the_next_box_of_its_kind(between, second_class,
                                                                      continued):
    from newscrawler.extract import extract_article

    body = extract_article(_widget_page(between, second_class).encode(),
                           "https://daily.example/news/2025-02-03-transport").body
    assert "part 3." in body
    assert ("point 4." in body) is continued
    assert "School year opens" not in body


def _table_rows_page(second_row_class: str) -> bytes:
    # an old county portal: the text's cell (#zoom) in one row, a picture in the next, the
    # text going on in a cell of the first one's class in the row after, set with <br>
    first = "<br />".join(f"　　镇里组织技术人员深入各村开展育秧技术指导，"
                          f"第{n}批服务队已完成现场培训。" for n in range(3))
    second = "<br />".join(f"　　下一步，该镇将持续做好技术指导和服务保障，第{n}项工作正在推进。"
                           for n in range(3))
    page = ("<html><head><meta charset='utf-8'><title>安定镇：早稻育秧正当时</title></head><body>"
            "<table class='main'><tr><td class='bt'><h2>安定镇：早稻育秧正当时</h2></td></tr>"
            "<tr><td class='ly'>发布日期：2024-04-15</td></tr>"
            f"<tr><td class='hei14' id='zoom'>{first}</td></tr>"
            "<tr><td align='center'><img src='/a.jpg'><br><span>育秧大棚内</span></td></tr>"
            f"<tr><td class='{second_row_class}'>{second}</td></tr>"
            "<tr><td class='hui12'>责任编辑：吴湘君</td></tr></table></body></html>")
    return page.encode("utf-8")


@pytest.mark.parametrize(("second_row_class", "continued"), [("hei14", True), ("promo", False)])
def test_a_text_in_table_rows_goes_on_in_the_next_cell_of_its_class(second_row_class,
                                                                    continued):
    from newscrawler.extract import extract_article

    body = extract_article(_table_rows_page(second_row_class),
                           "http://www.example.gov.cn/3367/3396/content_1.html").body
    assert body.startswith("镇里组织技术人员")
    assert ("第2项工作正在推进。" in body) is continued
    assert "责任编辑" not in body


@pytest.mark.parametrize("byline", [
    "<p class='ath'><a href='/autor/itziar-goikoetxea-1234.html'>Itziar Goikoetxea</a> "
    "<span>Bilbao</span></p>",
    "<div class='meta'>By <a rel='author' href='/team/jane'>Jane Roe</a> and "
    "<a href='/authors/john-doe/'>John Doe</a></div>",
])
def test_a_line_of_writers_linked_to_their_pages_is_a_byline_not_text(byline):
    from newscrawler.extract import extract_article
    text = ("<p>El Ayuntamiento extenderá el servicio de estacionamiento regulado a cuatro "
            "barrios que hasta ahora se habían quedado fuera del sistema.</p>"
            "<p>La medida entrará en vigor en otoño, tras la aprobación de la ordenanza.</p>"
            "<p>Escribe <a href='/autor/maria-ruiz-2.html'>nuestra redactora María Ruiz</a>, "
            "que siguió el pleno, que la oposición votó en contra de la ampliación.</p>")
    page = (f"<html><body><main><article><h1>La OTA llegará a cuatro nuevos barrios</h1>"
            f"{byline}<div class='body'>{text}</div></article></main></body></html>")
    body = extract_article(page, "https://www.diario.example.com/bilbao/ota.html").body
    assert body.startswith("El Ayuntamiento extenderá")
    assert "Bilbao" not in body and "Jane Roe" not in body
    # a writer's link inside a sentence of the text stays with it
    assert "nuestra redactora María Ruiz" in body


def _article_with_furniture(preview: str = "") -> str:
    # (the text's element holds most of what is found: furniture is a few short lines)
    more = (" The company says the plan was drawn up with the police and the festival board, "
            "and that it will be reviewed after the festival. Last year the buses carried 2.3 "
            "million passengers in the festival week, eighteen per cent more than in a normal "
            "week of March.")
    text = "".join(f"<p>{line}{more}</p>" for line in (
        "Paragraph 1 of the report: the transport company adds ninety-five buses on forty "
        "lines during the festival week.",
        "The historic centre is closed to cars from Friday morning, except for residents, "
        "deliveries and emergency vehicles.",
        "Twenty-eight lines change their routes; temporary stops are marked with orange "
        "signs and listed in the company's app.",
        "Night lines run every twenty minutes between the fifteenth and the nineteenth, "
        "against forty minutes in a normal week.",
        "During the fireworks at midday buses stop within five hundred metres of the town "
        "hall square for two hours.",
        "Neighbourhood associations welcome the plan but ask for more street cleaning and "
        "the centre is closed to cars every night."))
    return ("<html><body><main><article class='v-a'><h1>Buses added on forty lines for the "
            "festival</h1><h2 class='sub'>Ninety-five extra buses and night service</h2>"
            "<div class='ath'><p><a href='/writers/ana'>Ana Ruiz</a></p>"
            "<p><span>Valencia</span> Updated 08:15h.</p></div>"
            "<div class='sh'><a href='/share/fb'>f</a><p>Saving is for subscribers only.</p>"
            f"</div>{preview}<div class='v-a-b'>{text}</div>"
            "<div class='nl'><p>Festival newsletter</p><p>Get the fireworks and the prizes "
            "in your inbox every day of the festival.</p></div>"
            "<section class='cmt'><p>Commenting is for subscribers only</p></section>"
            "</article></main></body></html>")


def test_short_lines_around_the_texts_own_element_are_the_articles_furniture():
    from newscrawler.extract import extract_article
    body = extract_article(_article_with_furniture(),
                           "https://daily.example/city/buses-festival.html").body
    assert body.startswith("Paragraph 1 of the report")
    assert body.endswith("a normal week of March.")
    for furniture in ("Ninety-five extra", "Updated 08:15h", "subscribers only",
                      "Festival newsletter", "in your inbox"):
        assert furniture not in body


def test_two_sentences_set_apart_before_the_text_are_text():
    # a paywall's free preview in an element of its own above the rest of the text
    from newscrawler.extract import extract_article
    preview = ("<div class='preview'><p>SPRINGFIELD—When the store opened on Main Street in "
               "1924, the town had a creamery and two churches.</p><p>A hundred years later "
               "the creamery is gone and the store still sells nails from oak drawers.</p></div>")
    body = extract_article(_article_with_furniture(preview),
                           "https://daily.example/city/buses-festival.html").body
    assert body.startswith("SPRINGFIELD—When the store opened")
    assert "Festival newsletter" not in body and "Updated 08:15h" not in body


def test_one_teaser_card_the_extractor_put_over_the_text_goes():
    # a related story's card (its date, its headline, its summary), which an extractor that
    # favours <article> elements printed over the text; the grid it belongs to is after the
    # text. A text that opens with a short line of its own keeps it.
    from newscrawler.extract.teasers import without_teaser_grid

    cards = "".join(f"<article class='summary'><span class='date'>{d} January 2025</span><h3>"
                    f"<a href='/news/science/story-{d}'>Mapping the damage of antibiotics, part "
                    f"{d}</a></h3><p>A new atlas shows which bacteria survive treatment {d}.</p>"
                    "</article>" for d in (28, 21, 14))
    root = html.fromstring("<html><body><main><h1>Gut bacteria reshape bile acids</h1><div>"
                           "<p>Text.</p></div><section><h2>Related articles</h2><div "
                           f"class='grid'>{cards}</div></section></main></body></html>")
    text = [f"Most medicines taken by mouth spend hours in the gut, line {i}. " * 3
            for i in range(5)]
    card = ["28 January 2025", "Mapping the damage of antibiotics, part 28",
            "A new atlas shows which bacteria survive treatment 28."]
    url = "https://www.embl.example.org/news/science/bile-acids/"
    assert without_teaser_grid(root, card + text, url) == text
    assert without_teaser_grid(root, ["12 March 2025", *text], url) == ["12 March 2025", *text]


@pytest.mark.parametrize(("hrefs", "kept"), [
    # the release's files under "Descargar:": the page's attachments, no text
    (("/media/nota-079.pdf", "/media/informe-tecnico-mar-2024.PDF?v=2"), False),
    # a list of the text's own links that closes it stays ("Take a look at their videos.")
    (("/media/nota-079.pdf", "/videos/parks-week"), True),
])
def test_a_closing_list_of_the_releases_files_is_not_put_back(hrefs, kept):
    from newscrawler.extract.body import closing_list

    items = "".join(f"<li><a href='{h}'>File {n}</a></li>" for n, h in enumerate(hrefs))
    root = html.fromstring(f"<html><body><div class='texto'><p>Text.</p></div><div "
                           f"class='descargas'><p><strong>Descargar:</strong></p><ul>{items}</ul>"
                           "</div></body></html>")
    assert closing_list(root, ["Text.", "Descargar:"]) == (["File 0", "File 1"] if kept else [])


def test_a_data_table_between_two_paragraphs_of_the_text_is_put_back():
    from newscrawler.extract.body import with_dropped_blocks

    rows = "".join(f"<tr><td>Group {n}</td><td>10{n}.5</td><td>2.{n}</td></tr>" for n in range(4))
    root = html.fromstring("<html><body><div class='essay'><p>8. Changes by group are as "
                           "follows:</p><table class='table'><tr><th>Item</th><th>Index</th>"
                           f"<th>YoY</th></tr>{rows}</table><p>9. The next release is due in "
                           "March.</p></div></body></html>")
    paras = ["8. Changes by group are as follows:", "9. The next release is due in March."]
    out = with_dropped_blocks(root, paras)
    assert out[0] == paras[0] and out[-1] == paras[-1] and len(out) == 2 + 5
    assert "Group 3" in out[-2]
