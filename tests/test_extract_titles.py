"""Titles on fixture pages written for the project, one per class of failure seen on pages
nobody here had seen: markup taken literally, site and channel names kept, a logo or an
owner's name taken for the headline, a headline cut at a separator, the page's own spacing
lost. The pages are in fixtures/pages/titles/ (only their titles are asserted here; the
pages of test_extract_patterns.py are held to every field)."""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import html as lxml_html
from parsel import Selector

from newscrawler.extract import extract_article
from newscrawler.extract.headline import find_headline
from newscrawler.extract.meta import read_meta
from newscrawler.extract.sitename import SiteNames
from newscrawler.extract.title import pick_title, strip_markup, strip_site_suffix

PAGES = Path(__file__).parent / "fixtures" / "pages" / "titles"


def title_of(name: str) -> str | None:
    return extract_article((PAGES / name).read_bytes(), "https://example.org/a/1.html").title


@pytest.mark.parametrize(("page", "title"), [
    # escaped HTML inside the guideline meta and <title>: tags removed, a block tag leaves
    # a space where the page breaks the line
    ("zh_title_escaped_markup.html", "加快推进滨江新区生态廊道建设 ——写在新区设立十周年之际"),
    # the same in og:title on a page without a visible headline
    ("zh_og_escaped_markup.html", "春季植树活动在城郊启动 万名志愿者参加"),
])
def test_markup_in_a_declared_title_is_not_kept(page, title):
    assert title_of(page) == title


@pytest.mark.parametrize(("page", "title"), [
    # "标题-某某财经": an unspaced hyphen before the site name its copyright line prints
    ("zh_title_unspaced_site_suffix.html", "新能源汽车前五月销量同比增长三成"),
    # "标题 某某网-某某官方网站" after an h1 that agrees with the first part; the
    # headline itself contains "｜"
    ("zh_title_space_site_suffix.html", "图说河西｜职业学院学生剪窗花 迎接新春"),
    # "标题-频道名|频道名-站点名": menu links name the channels
    ("zh_title_channel_site_suffix.html", "写给准备出国读研的同学 一些规划和面试的建议"),
    # Japanese "見出し：サイト名" with og:site_name, no h1
    ("ja_title_site_suffix.html", "新型ロケットの打ち上げに成功\u3000観測衛星を軌道に"),
    # Korean "[사이트명] 제목" in og:title
    ("ko_title_site_brackets.html", "시의회, 내년도 예산안 원안 통과"),
    # Korean spaces its words: a space inside the headline is not where a name begins
    ("ko_title_spaced_words.html", "시의회, 내년도 예산안 원안 통과"),
    # "제목 < 섹션 < 기사본문 - 사이트" (a Korean news CMS) after an h1 with the headline
    ("ko_title_section_path.html", "구청, 겨울철 제설 대책 발표"),
    # "标题－站点名" with a full-width hyphen after an h1 that prints the headline alone
    ("zh_title_fullwidth_hyphen_site.html", "我市启动秋冬季大气污染防治攻坚行动"),
    # the template prints "Headline – Site" in the h1 too (og:site_name names the site)
    ("en_h1_site_name_end.html", "Five exhibitions to see this winter"),
    # "标题,关键词,关键词_站点": search keywords after the headline the h1 prints
    ("zh_title_seo_keywords.html", "全市新能源汽车保有量突破十万辆"),
    # "站点 频道 标题": the channel the breadcrumb names, set off by a space only, before
    # the headline a line over the text prints alone
    ("zh_title_space_channel_prefix.html", "《临川市支持中小企业数字化转型若干措施》解读"),
    # "الوزارة - أخبار الوزارة" over an h1 of the channel (the breadcrumb's last step),
    # the headline an h2 printing og:title whole
    ("ar_channel_h1_og_heading.html",
     "المياه: صيانة 120 بئرا في المحافظات الجنوبية خلال الربع الأول"),
    # "Courts :: Notices :: Headline" over the notice's heading, which goes on after a dash
    # with the court and the island (no name of the site): the heading whole
    ("en_notice_heading_goes_on.html",
     "Closure of the Probate Registry for Stocktaking – High Court, Grand Harbour"),
    # <title> the commission's name, a "Title" column head in a table of other releases
    # (a row of <th>s, no field): the release's own heading
    ("en_release_with_column_heads_table.html",
     "Commission penalises three cement makers for sharing prices before government tenders"),
    # "Portal Rasmi … - Headline": a <title> that opens naming itself the official portal
    # is the site's name, the part after it the headline; the h1 a kind's name in two
    # languages ("KENYATAAN MEDIA / PRESS STATEMENT") is none
    ("en_portal_title_bilingual_kind_h1.html",
     "Fire Safety Campaign Reaches 120 Schools in First Month"),
    # "Ministry-Government of …" over a portal's record table whose "Title" row holds the
    # headline (no heading prints it): the field's value
    ("en_portal_record_title_field.html",
     "Dredging of three river channels to finish before the monsoon"),
    # "Mission : Press Releases" over an h1 "Press Releases" (a list's name) and a bold
    # centred "Press Release" over the bold centred headline
    ("en_list_name_h1_bold_headline.html",
     "Handover of 120 school buses under the Development Partnership Programme"),
    # "County - Department - News Releases" over an h1 printing "County Department" as
    # one name, a release's contact line, then its h2 headline
    ("en_office_h1_contact_line_headline.html",
     "Free Water Testing Kits Offered to Private Well Owners After Summer Flooding"),
    # "County HHS - Program - News Release" over an h1 of the office's name that the
    # footer's address line prints, and a centred bold headline
    ("en_office_h1_footer_address_bold_headline.html",
     "Boil Water Notice Issued for Pine Hollow Water District After Main Break"),
    # an h1 printing the breadcrumb's last step, a link to the channel, in a language
    # whose list names no rule knows ("Pradžia > Pranešimai spaudai"), over a bold headline
    ("lt_crumb_channel_h1_bold_headline.html",
     "Pavasarį prasideda upių pakrančių tikrinimai: daugiausia dėmesio statyboms"),
    # ... and the same step as the whole <title> and the h1 ("Pressiteated")
    ("et_crumb_channel_title_h1_strong_headline.html",
     "Uued kaardirakenduse kihid näitavad üleujutusohuga alasid"),
    # "Committee - Media Statement" over a heading printing the house and the committee,
    # under the house's h1, and the release's bold headline
    ("en_committee_heading_title_kind_bold_headline.html",
     "Inquiry into hospital car parking charges opens for public comment"),
    # an h1 of the site's name as <title> prints it and a list's ("WildCape News") over the
    # release's h3
    ("en_site_news_h1_h3_headline.html",
     "Two hikers rescued after storm on the Swartberg trail"),
    # a <title> of the portal's name ("… / Indian Railways Portal") over an h1 of a list's
    # name and the release's bold headline
    ("en_portal_title_list_h1_bold_headline.html",
     "NWR TO INTRODUCE TWO PAIRS OF FESTIVAL SPECIAL TRAINS"),
    # "Judicial Branch - News Item" (the template's name for an item's view) over an h1 of
    # the list's name and the item's h2
    ("en_news_item_title_list_h1_h2_headline.html",
     "Remote hearings pilot extended to six more districts"),
    # SharePoint's "Pages - <the page's title>" over the release's h1, a longer headline
    ("en_sharepoint_pages_title_h1_headline.html",
     "Department of Natural Resources opens three river boat ramps two weeks early after "
     "mild winter"),
    # "Office - Comunicati stampa" over a header's h1 of the office, which the footer prints
    # in bold before its address and telephone ("080.5401234"), and the release's h2 over
    # its summary's h3 ("sommario")
    ("it_site_h1_footer_address_h2_headline_sommario.html",
     "Trasporto scolastico, la commissione approva il nuovo piano delle corse"),
    # <title> of the paper's name over the headline in <font size=5> and the deck under it
    # in <font size=4>, both bold
    ("en_paper_title_font_headline_and_deck.html",
     "Court of Appeal: Landlord Must Refund Deposit Withheld Over Paint"),
    # "ABBR State :: Press Release" over a header's h1 of the office that the footer's
    # owner line names, and the release's h2 under its number and date
    ("en_header_office_h1_owner_footer.html",
     "Solar pumps for 2,400 farmers approved under state irrigation scheme"),
    # "Office - News Releases" over a header's h1 of the office (its footer's address line
    # names it), a release head whose contact cell labels its lines with a bold "CONTACT:"
    # alone, then the release's h3 headline
    ("en_site_h1_contact_cell_h3_headline.html",
     "Clerk Announces Seven Early Voting Sites and Extended Saturday Hours for the General "
     "Election"),
    # "Town - official site - News" over a header's h1 "City of Town", which the footer's
    # copyright line prints, and the headline's h2
    ("sk_town_h1_copyright_footer.html", "Mesto opraví tri mosty cez Lúčny potok ešte pred letom"),
    # the h1 ends with "%", then "-频道-站点": the headline ends after its punctuation
    ("zh_h1_ends_with_percent.html", "前五月全市外贸进出口同比增长6.3%"),
    # "見出し／県名": a full-width slash before the prefecture's name
    ("ja_title_fullwidth_slash_site.html", "レジ袋削減の取組について"),
    # "标题＿频道＿站点": a full-width low line, over an h2 headline on a GBK page
    ("zh_title_fullwidth_low_line.html", "我市秋粮收购进度过半"),
])
def test_site_and_channel_names_are_taken_out(page, title):
    assert title_of(page) == title


@pytest.mark.parametrize(("page", "title"), [
    # a ministry's short name in an h1 around the logo link, also first in <title>
    ("en_logo_h1_short_name.html", "Harbour dredging contract awarded for the north basin"),
    # a blog owner's name as the site title h1 linking to the home page
    ("en_blog_owner_h1.html", "Why my sourdough rises slowly in winter"),
])
def test_the_site_name_in_an_h1_is_not_the_headline(page, title):
    assert title_of(page) == title


def test_an_h1_that_ends_with_the_sites_name_is_no_headline():
    # the site's name, declared, is the branding's h1 and ends a sidebar's h1 ("… the founder
    # of Site"): neither is the headline; the article's own h1 is
    page = ("<html><head><title>Best Travel Insurance Options | Lotus Studio</title><meta "
            "property='og:site_name' content='Lotus Studio'></head><body><header><div "
            "class='site-branding'><h1>Lotus Studio</h1></div></header><main><article><header>"
            "<h1>Travel Insurance for Retreats</h1></header><div class='entry-content'><p>"
            + "Before you book a retreat abroad, check what your policy covers if you cancel. "
            * 6 + "</p></div></article></main><aside><h1>Meet Jane Doe, the founder of Lotus "
            "Studio</h1></aside></body></html>")
    assert extract_article(page, "https://lotusstudio.example/blog/insurance/").title == (
        "Travel Insurance for Retreats")


def test_a_section_name_ending_the_h1_and_another_title_is_not_the_headlines():
    # "Headline | Opinion" in the h1 and og:title, "SEO headline | Opinion" in <title>: the
    # section's name goes from the title, and the h1's line from the text
    head = "How meditation rewires brains and improves physical health"
    page = (f"<html><head><title>The full impact of meditation on mind and body | Opinion"
            f"</title><meta property='og:title' content='{head} | Opinion'></head><body>"
            f"<article><h1>{head} | Opinion</h1><div class='body'><p>"
            + "Regular practice changes how the brain handles stress, studies show. " * 6
            + "</p></div></article></body></html>")
    fields = extract_article(page, "https://news.example.com/opinion/meditation")
    assert fields.title == head
    assert not fields.body.startswith(head)
    # ... a longer last part is the headline's own ("AlignMerge - Alignment-Preserving …")
    long_end = "Progress Report: What Was Merged And What Is Left"
    page = page.replace(" | Opinion", f" | {long_end}")
    assert extract_article(page, "https://news.example.com/a").title == f"{head} | {long_end}"


def test_a_kicker_in_its_own_element_of_the_h1_that_title_sets_off_with_a_colon_goes():
    # <title> "Kicker: Headline - Section - Site" over an h1 of two spans, a social title
    # worded otherwise: the h1's second element is the headline
    page = ("<html><head><title>Verkehr in München: Stadtrat beschließt neue Radwege - München"
            " - Zeitung</title><meta property='og:title' content='Radverkehr: Stadtrat "
            "beschließt Radwege'></head><body><article><h1><span class='c1'>Verkehr in "
            "München</span><span class='c2'>Stadtrat beschließt neue Radwege</span></h1><p>"
            + "Der Stadtrat hat am Mittwoch den Umbau der Straße beschlossen. " * 6
            + "</p></article></body></html>")
    assert extract_article(page, "https://zeitung.example/muenchen/radwege-1.html").title == (
        "Stadtrat beschließt neue Radwege")


def test_an_h1_of_the_regions_name_that_title_sets_before_the_headline_is_no_part_of_it():
    # a regional edition's banner h1 ("Roeselare"), <title> "Roeselare: Headline - Site",
    # og:title the headline alone, which the article's h2 prints
    page = ("<html><head><title>Roeselare: Stad legt fietspad aan langs de Mandel - KW.be"
            "</title><meta property='og:title' content='Stad legt fietspad aan langs de Mandel'>"
            "</head><body><div class='region-banner'><h1>Roeselare</h1></div><article><h2>Stad "
            "legt fietspad aan langs de Mandel</h2><p>"
            + "Het stadsbestuur trekt 3,1 miljoen euro uit voor een nieuw fietspad. " * 6
            + "</p></article></body></html>")
    assert extract_article(page, "https://kw.example/nieuws/fietspad-mandel/").title == (
        "Stad legt fietspad aan langs de Mandel")
    # ... while an h1 that <title> goes on from without a reference of its own is cut short
    page = page.replace("<meta property='og:title' content='Stad legt fietspad aan langs de "
                        "Mandel'>", "")
    assert extract_article(page, "https://kw.example/nieuws/fietspad-mandel/").title == (
        "Roeselare: Stad legt fietspad aan langs de Mandel")


@pytest.mark.parametrize("kicker, headline", [
    # the element after the kicker is marked up as the headline
    ("<span class='ident'>", "<span class='hl' itemprop='headline'>"),
    # the kicker's element is named as the line over the headline
    ("<span class='ident overhead'>", "<span class='hl'>"),
])
def test_a_kicker_the_h1s_markup_sets_apart_goes_without_a_reference_to_agree(
        kicker, headline):
    # <title> and og:title word the headline otherwise and print no kicker
    page = ("<html><head><title>Heizkosten 2023: Was Mieter prüfen sollten - Magazin</title>"
            "<meta property='og:title' content='Mieterbund: Fünf Posten, die Sie prüfen "
            f"sollten'></head><body><article><h1>{kicker}Abrechnung kommt</span> {headline}"
            "Mieterbund warnt: Bei diesen Posten sollten Sie genau hinsehen</span></h1><p>"
            + "Bis Ende des Jahres müssen Vermieter die Abrechnung verschicken, sagt er. " * 6
            + "</p></article></body></html>")
    assert extract_article(page, "https://magazin.example/wohnen/heizkosten_id_1.html").title \
        == "Mieterbund warnt: Bei diesen Posten sollten Sie genau hinsehen"


def test_a_site_name_joined_by_an_unspaced_hyphen_goes():
    # a .NET portal's <title> and og:title join the channel and the site's name (its logo's
    # and its copyright line's) to the headline by bare hyphens; the headline is an h3
    page = ("<html><head><title>Innovation Park opens second phase-City News-Harbour City "
            "Government</title><meta property='og:title' content='Innovation Park opens "
            "second phase-Harbour City Government'></head><body><div class='logo'><a href='/'>"
            "<img src='/logo.png' alt='Harbour City Government'></a></div><h2>City News</h2>"
            "<div class='news'><h3>Innovation Park opens second phase</h3><p>"
            + "The second phase of the park opened on June 20, adding office space. " * 6
            + "</p></div><div class='footer'><p>Copyright © Harbour City Government. All "
            "Rights Reserved.</p></div></body></html>")
    assert extract_article(page, "https://english.harbour.example/News_Content.aspx?n=1").title \
        == "Innovation Park opens second phase"
    # ... not a hyphen inside the headline's own words
    page = page.replace("opens second phase", "opens pre-Christmas Market")
    assert extract_article(page, "https://english.harbour.example/News_Content.aspx?n=1").title \
        == "Innovation Park opens pre-Christmas Market"


def test_a_kicker_in_its_own_element_of_an_h2_headline_goes_as_in_an_h1():
    # no h1: the headline is an h2 of two spans, which <title> and og:title print as
    # "Kicker: Headline"
    page = ("<html><head><title>Schutz im Moor: Die Bauern, die ihr Land fluten - MAGAZIN"
            "</title><meta property='og:title' content='Schutz im Moor: Die Bauern, die ihr "
            "Land fluten'></head><body><article><header><h2><span class='kicker-x'>Schutz im "
            "Moor</span> <span class='t'>Die Bauern, die ihr Land fluten</span></h2></header>"
            "<p>" + "Im Tal sollen Tausende Hektar Moor wieder nass werden, sagt das Amt. " * 6
            + "</p></article></body></html>")
    assert extract_article(page, "https://magazin.example/natur/moor-a-1.html").title == (
        "Die Bauern, die ihr Land fluten")


def test_a_title_before_a_colon_in_the_h1s_own_text_is_the_headlines():
    # the social titles and <title> leave off the h1's first part; the h1 prints it in the
    # same run of text: the h1 whole
    head = "The Last Stone: Inside the Fight to Save Small-Town Curling Clubs"
    rest = head.split(": ", 1)[1]
    page = (f"<html><head><title>{rest} | The Quarterly</title><meta property='og:title' "
            f"content='{rest}'></head><body><article><h1 class='entry-title'>{head}</h1><p>"
            + "The club has kept its four sheets of ice for ninety years, members say. " * 6
            + "</p></article></body></html>")
    assert extract_article(page, "https://quarterly.example/curling-clubs/").title == head
    # ... a kicker in an element of its own, its colon hidden, stays a kicker
    kicked = page.replace(f"<h1 class='entry-title'>{head}</h1>",
                          "<h1><span class='k'>Press release of the Health Department "
                          f"<span class='sr-only'>:</span></span>{rest}</h1>")
    assert extract_article(kicked, "https://quarterly.example/curling-clubs/").title == rest


def test_a_title_headline_a_block_prints_whole_beats_a_reworded_social_title():
    # og:title reworded for sharing, printed nowhere; no heading: a paragraph of its own
    # prints the <title>'s headline
    head = "港股收市：恆指升312點收19220點 大市成交增至1260億元"
    page = (f"<html><head><meta charset='utf-8'><title>{head} - 某某財經網 - 即時新聞</title>"
            "<meta property='og:title' content='《收市總結》恆指升312點 成交1260億元'>"
            f"</head><body><div class='news'><p class='ArticleHdr'>{head}</p>"
            "<p class='date'>21/05/2024 16:32</p><p>" + "恆生指數今日高開後反覆向上，收市升312點。"
            * 5 + "</p></div></body></html>")
    assert extract_article(page.encode(), "https://www.example.com.hk/news/a.php?id=1"
                           ).title == head


def test_an_h1_the_page_declares_as_its_headline_is_kept_whole_beside_a_shorter_title():
    # the h1 ends with <title>'s headline; the JSON-LD headline is the h1: the h1 whole
    head = "Bundesregierung startet Förderprogramm für kommunale Hitzeaktionspläne"
    short = "Förderprogramm für kommunale Hitzeaktionspläne"
    ld = ('<script type="application/ld+json">{"@type": "NewsArticle", "headline": '
          f'"{head}"}}</script>')
    page = (f"<html><head><title>{short} | Bundesregierung</title>{ld}</head><body><main>"
            f"<h1>{head}</h1><p>" + "Das Kabinett hat am Mittwoch die Förderrichtlinie "
            "beschlossen, mit der Kommunen Hitzeaktionspläne aufstellen. " * 4
            + "</p></main></body></html>")
    assert extract_article(page, "https://www.bund.example.de/aktuelles/hitze-1").title == head
    # ... without it, the h1's opening words before the <title>'s headline stay a kicker's
    assert extract_article(page.replace(ld, ""), "https://www.bund.example.de/aktuelles/hitze-1"
                           ).title == short


def test_a_character_reference_escaped_twice_is_read():
    # the CMS escaped "&#x26;" once more ("&amp;#x26;"): the page shows "&#x26;"
    assert title_of("en_entity_escaped_twice.html") == "Ferries & buses: the new winter timetable"


def test_a_headline_with_a_separator_is_kept_whole():
    # "A | B | Site": the h1 "A | B" agrees with a run of two segments
    assert title_of("en_headline_with_pipe.html") == "Budget 2025 | What changes for renters"


@pytest.mark.parametrize(("printed", "title"), [
    # an underscore inside a name joins it; around a site's name it is a separator
    ("rustc_codegen_gcc: Progress Report #39", "rustc_codegen_gcc: Progress Report #39"),
    ("全市召开防汛工作会议_某某市人民政府", "全市召开防汛工作会议"),
    ("Council adopts the 2025 budget _ City of Example", "Council adopts the 2025 budget"),
])
def test_an_underscore_between_letters_is_no_separator(printed, title):
    # a blog whose h1 is its own name: the title is <title>'s
    page = (f"<html><head><title>{printed}</title></head><body><header><h1><a href='/'>"
            "Example Blog</a></h1></header><article><p>" + "The report covers the month's "
            "work on the project, what was merged and what is left to do. " * 6
            + "</p></article></body></html>")
    assert extract_article(page, "https://blog.example.org/progress-report-39").title == title


def test_the_page_spelling_wins_when_the_keys_agree():
    # og:title writes " : ", the h1 (after its kicker) ": "
    assert title_of("de_colon_spacing.html") == "Verkehr: Neue Radwege in der Altstadt"


def test_spaces_between_cjk_phrases_stay_and_layout_spaces_go():
    # the h1 prints two phrases; "2024　年" (a digit and an ideograph) is layout; the
    # <span> inside the h1 does not split the word
    assert title_of("zh_two_phrase_headline.html") == "全市召开2024年防汛工作会议 部署汛期安全工作"


def test_an_ideographic_space_between_phrases_stays_where_the_page_prints_one():
    # Japanese headlines set their phrases apart with U+3000; the text readers collapse it
    head = "県営バス３路線、来年３月末で廃止へ\u3000利用者減少で"
    page = (f'<html lang="ja"><head><meta charset="utf-8"><title>{head} - 県民ニュース</title>'
            f'</head><body><h1>{head}</h1><p class="date">2014年11月20日</p><div class="main">'
            + "<p>県は来年３月末で県営バス３路線を廃止すると発表した。利用者減。</p>" * 3
            + "</div></body></html>")
    title = extract_article(page.encode(), "https://news.example.jp/a/1.html").title
    assert title == head


@pytest.mark.parametrize("printed, title", [
    ("2007 年工作报告", "2007年工作报告"),  # a number and its unit
    ("第 5 届 全市运动会", "第5届 全市运动会"),  # a number set apart on both sides
    ("2007 年 5 月 28 日", "2007年5月28日"),
    # a phrase that starts with a number keeps the space before it
    ("2024高雄啤酒音樂節 6月駁二登場", "2024高雄啤酒音樂節 6月駁二登場"),
    ("全市召开防汛工作会议 部署汛期安全工作", "全市召开防汛工作会议 部署汛期安全工作"),
    ("今年新建 3 个 口袋公园", "今年新建3个 口袋公园"), ("投资 100 万元", "投资100万元"),
    # a version number is no amount: the word after it is a phrase of its own
    ("微信 iOS 版 8.0.50 正式版发布", "微信 iOS 版 8.0.50 正式版发布"),
    ("2024 中国国际服务贸易交易会开幕", "2024 中国国际服务贸易交易会开幕"),
])
def test_layout_spaces_around_numbers_go_and_phrase_spaces_stay(printed, title):
    from newscrawler.extract.title import clean_title
    assert clean_title(printed) == title


def test_a_detail_views_title_yields_to_the_headline_over_its_post():
    # <title> "보도자료 상세 | …" (a board's detail view); the h2 over the board prints the
    # channel's name, which is most of that segment, and the post's subject is an h3 with
    # its date under it
    assert title_of("ko_board_detail_view.html") == "시, 여름철 물놀이 안전관리 대책 추진"


def test_a_headline_broken_over_lines_is_joined_as_the_title_prints_it():
    # "<h1>市政府推动长者社区<br>照顾据点扩充计划</h1>": the break is layout, <title> has no space
    assert title_of("zh_h1_broken_line.html") == "市政府推动长者社区照顾据点扩充计划"


def test_the_last_paragraph_before_the_copyright_line_names_no_site():
    # the text's last sentence repeats the headline's second phrase, and the copyright line
    # follows it: the phrase is the article's words, not a name from the footer
    assert title_of("zh_title_phrase_near_footer.html") == "全市召开防汛工作会议 部署汛期安全工作"


def test_the_visible_headline_wins_over_a_differently_worded_seo_title():
    # the widget h1 "Menu" shares no word with the title and is passed over
    assert title_of("en_seo_title_differs.html") == "The 9 Best Budget Laptops We Tested in 2026"


@pytest.mark.parametrize(("page", "title"), [
    # old table layout: no h1, <title> is the forum's "show article"
    ("zh_table_layout_headline.html", "谈谈比赛的意义"),
    # the same with the text hard-wrapped, a <br> after every 34 characters: no line is
    # 40 characters long, yet each is as wide as 68 Latin letters and is running text
    ("zh_forum_wrapped_lines.html", "河边的那片旧码头"),
    # <title> is the name on the copyright line: the site's, on every page of it
    ("en_title_is_copyright_name.html", "Province to build 30 elderly care centres"),
    ("zh_title_is_copyright_name.html", "全市召开秋冬季森林防火工作会议"),
    # <title> is how the logo's text begins ("National Information Office Government of
    # Example"): the site's name, not a headline
    ("en_title_is_logo_start.html", "Minister opens national conference on water conservation"),
    # <title> is the logo's text, set as text in a box named "logo"
    ("en_title_is_logo_text.html", "Fishery exports to pass three billion dollars this year"),
    # "보도자료 | 부처": the board's name agrees with the heading over the board, not the headline
    ("ko_board_name_heading.html", "올해 수산물 수출 30억 달러 돌파 전망"),
    # "Channel - Site": the channel is a menu link; the h1 names neither and is the headline
    ("ru_title_names_channel.html", "О подготовке к весеннему паводку на территории района"),
    # <title> names the page's kind and the department; over the subject (a heading of
    # more than 100 characters) a field table: a number, a date, a long office's name
    ("en_release_fields_long_subject.html", "Reservoir Levels Above Normal in All Seven "
     "Districts; Farmers Advised to Plan Second Crop and Conserve Water"),
    # a board's field table: bold labels in cells before their values ("標　　題",
    # "發布單位", "內　　容"), the subject's value in bold too
    ("zh_hant_board_label_cells.html", "中秋節連續假期公有停車場收費調整"),
    # <title> is the site's name as its banner prints it over lines in a box named
    # "site-title" (native name, English name, government), no h1
    ("en_title_is_brand_line.html",
     "Government raises support price for pulses ahead of the sowing season"),
    # <title> is a notice's number ("2021-gn4410 - Official Gazette"): the h1 is the headline
    ("en_title_record_number.html",
     "Notice of Intention to Close Part of Harbour Street for Road Works"),
    # "기관 - 보도자료" over a board's view, no h1 and no emphasis: the cell after "제목"
    ("ko_board_title_field.html", "연안 여객선 안전점검 결과 발표"),
    # "Site :: Channel" (TIS-620), the headline a cell named "head_news" its style sheet
    # sets in bold, the date line under it in the Buddhist Era
    ("th_head_news_cell.html", "จังหวัดตัวอย่างเปิดศูนย์ช่วยเหลือเกษตรกรผู้ประสบภัยแล้ง ประจำปี 2567"),
    # "Bank - Press Releases" over a table layout: the banner's cell named "header_title"
    # far above, a menu between, then the release's bold centred cell over its text's row
    ("en_table_release_bold_cell_under_banner.html",
     "Survey of Households' Inflation Expectations – Results of the 42nd Round"),
    # "Media Statement - Agency" over an h1 "Media Statement": a kind's name names no
    # article; the headline is the centred heading over the text
    ("en_kind_h1_centred_headline.html",
     "DAM LEVELS REMAIN LOW AHEAD OF DRY SEASON, USERS URGED TO SAVE WATER"),
])
def test_the_emphasized_line_above_the_text_when_title_names_no_article(page, title):
    assert title_of(page) == title


@pytest.mark.parametrize(("page", "title"), [
    # "Site - Headline": no h1; the page prints the site's name in its banner and the
    # headline in bold over the text
    ("en_title_site_first.html", "Why small towns keep their railway stations"),
    # ... the site's name in an unlinked banner; a CMS's <meta name="title"> holds the
    # headline alone
    ("fr_meta_title_site_first.html",
     "Fermeture exceptionnelle de la piscine municipale du 8 au 12 juillet"),
    # <title> is a greeting printed nowhere; the headline is a bold line in the row above
    # the text's cell, and the text opens with a bold numbered section heading
    ("zh_title_not_printed.html", "老街坊：我记忆里的城南旧巷"),
    # blog: <title> "blog host--blog name", the headline a permalink to the page itself
    # printed after its category's link, a bold box heading in the side column
    ("zh_blog_permalink_headline.html", "重读《徐霞客游记》"),
    # "Site Headline" with a space between them (GB2312, a table layout): the page prints
    # the part after the space in bold over the text
    ("zh_title_site_space_first.html", "我县召开秋冬季农业生产现场推进会"),
    # "部網-部網站-頻道" printed nowhere, a logo h1 and a menu h2: the h3 over the text with
    # the date row under it is the headline
    ("zh_hant_title_names_site_dated_h3.html", "端午連假疏運計畫出爐 國道實施高乘載管制"),
    # a social title written for sharing (og:title) that the page prints nowhere, beside a
    # <title> whose headline the h3 over the text prints (and a side list of the latest
    # releases links to), under a logo's h1
    ("zh_hant_social_title_not_printed.html", "市區公車新闢三條幹線 串聯高鐵站與科學園區"),
])
def test_the_headline_printed_over_the_text_when_no_h1_agrees(page, title):
    assert title_of(page) == title


def test_a_section_heading_without_a_date_does_not_replace_the_title():
    # <title> names the page; its h2s head sections of a list, with no date under them
    assert title_of("en_title_only_headline_section_headings.html") == "Riverside Walks"


def test_the_headline_element_is_found_for_the_dates_next_to_it():
    root = lxml_html.fromstring((PAGES / "zh_two_phrase_headline.html").read_bytes())
    title = pick_title(read_meta(root), root)
    head = find_headline(root, title)
    assert head is not None and head.tag == "h1"


def test_strip_site_suffix_with_names_and_with_page_evidence():
    assert strip_site_suffix("Headline | GOV.UK", ("GOV.UK",)) == "Headline"
    assert strip_site_suffix("GOV.UK | Headline", ("GOV.UK",)) == "Headline"
    # (a dash between two numbers is a range of the headline's, not a boundary)
    assert strip_site_suffix("Kế hoạch giai đoạn 2024 - 2026 - Cổng thông tin điện tử",
                             ("Cổng thông tin điện tử",)) == "Kế hoạch giai đoạn 2024 - 2026"
    root = lxml_html.fromstring(
        '<html><head><meta property="og:site_name" content="东方财经"></head>'
        '<body><a href="/c/">汽车频道</a></body></html>')
    sites = SiteNames(read_meta(root), root)
    assert strip_site_suffix("销量同比增长三成-汽车频道-东方财经", sites) == "销量同比增长三成"
    # an old CMS's <title> set as a breadcrumb, its steps the menu's names
    root = lxml_html.fromstring(
        '<html><body><a href="/">农牧业局</a><a href="/a/">文章中心</a>'
        '<a href="/a/gz/">工作动态</a></body></html>')
    sites = SiteNames(read_meta(root), root)
    assert strip_site_suffix("农牧业局 >> 文章中心 >> 工作动态 >> 全市春季动物防疫工作会议召开",
                             sites) == "全市春季动物防疫工作会议召开"
    # a hyphen between digits is no boundary, and an unnamed part stays
    kept = "2019-2020学年工作总结-年度报告"
    assert strip_site_suffix(kept, sites) == kept
    # a spaced slash before the office's name its publisher meta gives; not before a part
    # the page does not name ("Fire / Rescue")
    root = lxml_html.fromstring(
        '<html><head><meta name="publisher" content="Landratsamt Traunstein"></head>'
        '<body></body></html>')
    sites = SiteNames(read_meta(root), root)
    assert strip_site_suffix("Neue Buslinie im Stundentakt / Landratsamt Traunstein",
                             sites) == "Neue Buslinie im Stundentakt"
    assert strip_site_suffix("Neue Wache für Feuerwehr / Rettungsdienst", sites) == (
        "Neue Wache für Feuerwehr / Rettungsdienst")
    # a name of two segments (the logo's alt text), before the headline or after it
    root = lxml_html.fromstring(
        '<html><body><a href="/"><img src="/logo.gif" alt="Bydgoszcz - Oficjalny Serwis '
        'Miasta"></a></body></html>')
    sites = SiteNames(read_meta(root), root)
    headline = "Ruszyła przebudowa ulicy Gdańskiej. Tramwaje pojadą objazdem"
    for title in (f"Bydgoszcz - Oficjalny Serwis Miasta - {headline}",
                  f"{headline} - Bydgoszcz - Oficjalny Serwis Miasta"):
        assert strip_site_suffix(title, sites) == headline, title


def test_the_name_on_the_copyright_line_is_the_sites_name():
    # "Office - Headline" on a page that declares no site name: the copyright line names the
    # office, so the other segment is the headline (a sidebar link printing it names no
    # channel)
    headline = "Nowe buspasy na al. Wyzwolenia. Utrudnienia potrwają do marca"
    page = (f'<html><head><title>Urząd Miasta Przykładowo - {headline}</title></head><body>'
            '<table><tr><td><a href="/">Strona główna</a> | <a href="/k">Kontakt</a></td></tr>'
            f'<tr><td><div class="tytul">{headline}</div><p>{"Tekst artykułu. " * 30}</p></td>'
            f'<td><a href="/a?id=2">{headline}</a><a href="/a?id=1">Budżet miasta na 2010 rok'
            ' trafił do radnych</a></td></tr><tr><td>&copy; 2009 Urząd Miasta Przykładowo, '
            'pl. Armii Krajowej 1, tel. (91) 424 50 00</td></tr></table></body></html>')
    root = lxml_html.fromstring(page)
    sites = SiteNames(read_meta(root), root)
    assert strip_site_suffix(f"Urząd Miasta Przykładowo - {headline}", sites) == headline
    assert extract_article(page, "https://example.org/a?id=2").title == headline


def test_the_department_that_owns_the_content_in_the_footer_names_the_site():
    # "Kind : Department, State" over a release whose only h1 is its headline: the footer
    # says the department owns the content (a name longer than a menu's link), so no part
    # of <title> is the headline
    office = "Department of Information and Public Relations, Vindhya Pradesh"
    headline = "Chief Minister opens 12 MW solar plant at Kalighat"
    page = (f"<html><head><title>Press Release : {office}</title></head><body>"
            '<div class="header"><h2>Department of Information and Public Relations</h2></div>'
            f'<h3>Press Release</h3><h1>{headline}</h1><p>{"The plant feeds the grid. " * 30}'
            f"</p><div class='footer'><p>Content Owned, Maintained and Updated by {office}.</p>"
            '<p><a href="/d">Disclaimer</a> | <a href="/c">Copyright Policy</a></p></div>'
            "</body></html>")
    assert extract_article(page, "https://dipr.example.gov.in/pr.aspx?id=7").title == headline


def test_a_writers_credit_after_the_headline_in_title_is_not_the_headline():
    # an old table layout: <title> "Headline by Writer", the headline printed in bold
    headline = "Porto's Ribeira: Walking the Old Waterfront"
    page = (f"<html><head><title>{headline} by Ana Ferreira</title></head><body><table><tr>"
            f"<td><a href='/'>Home</a></td></tr><tr><td><font size='5'><b>{headline}</b>"
            f"</font></td></tr><tr><td><p>{'The lanes drop steeply to the river. ' * 20}</p>"
            "</td></tr></table></body></html>")
    assert extract_article(page, "https://example.org/porto.htm").title == headline
    # a headline that ends so, printed whole, keeps its words
    whole = "Bridge closed by council"
    assert extract_article(page.replace(f"{headline} by Ana Ferreira", whole).replace(
        headline, whole), "https://example.org/porto.htm").title == whole


def test_a_bold_byline_that_names_nobody_is_not_the_headline():
    # an old table layout: <title> names the paper and the channel; the headline is set
    # in <font size="4">, the byline under it, "Our Correspondent", in bold
    text = "".join(f"<p><font size='2'>{'Farmers blocked the highway for four hours. ' * 6}"
                   "</font></p>" for _ in range(3))
    page = ("<html><head><title>The Daily Courier, Chandigarh, India - Punjab</title></head>"
            "<body><table><tr><td><a href='/'>Main News</a> | <a href='/punjab/'>Punjab</a>"
            "</td></tr><tr><td><p><font size='4' color='#990000'><b>Farmers block highway "
            "over canal water</b></font></p><p><font size='2'><b>Our Correspondent</b></font>"
            f"</p>{text}</td></tr></table></body></html>")
    fields = extract_article(page, "https://www.example.com/2006/20060814/punjab1.htm")
    assert fields.title == "Farmers block highway over canal water"
    assert fields.body.startswith("Farmers blocked the highway")


def test_channel_names_before_the_headline_are_passed_over():
    # "Site - Channel - Subchannel - Headline": the menu names the channels; a segment
    # that names nothing is the headline only when it is longer than they are (a town's
    # name after a channel's is no headline)
    root = lxml_html.fromstring(
        '<html><head><title>x</title></head><body><a href="/">Valley Courier</a>'
        '<a href="/news/">News</a><a href="/news/riverton/">Riverton</a></body></html>')
    sites = SiteNames(read_meta(root), root)
    title = "Valley Courier - News - Riverton - Bridge repairs close Main Street"
    assert strip_site_suffix(title, sites) == "Bridge repairs close Main Street"
    assert strip_site_suffix("News - Riverton, Ohio - Valley Courier", sites) == "News"


def test_strip_markup():
    assert strip_markup("A<div>B</div>") == "A B "
    assert strip_markup("A &amp; B <b>C</b>") == "A & B C"
    assert strip_markup("No markup: 3 < 4") == "No markup: 3 < 4"


@pytest.mark.parametrize(("h1", "title"), [
    # a drop cap: the word goes on in lower case after the element
    ('How Cities Plan Their <span class="dropcap">W</span>ater Supply',
     "How Cities Plan Their Water Supply"),
    ("A rule <em>un</em>changed since 1990", "A rule unchanged since 1990"),
    # an element that starts a word is set apart by style: its space stays
    ('<span class="kicker">Update</span>Council passes the budget',
     "Update Council passes the budget"),
])
def test_an_inline_element_inside_a_word_does_not_split_it(h1, title):
    page = (f"<html><head><title>{title} - Daily Gazette</title></head><body><h1>{h1}</h1>"
            "<p>The council met on Monday and voted on the proposal after a long debate.</p>"
            "</body></html>")
    assert extract_article(page, "https://example.org/a/1.html").title == title


def test_a_page_kind_heading_is_not_the_headline():
    # a CMS's "News Flash" module: <title> and h1 name the module, the headline is an h3
    # with its date under it
    page = ("<html><head><title>News Flash • Sangamon County, IL • CivicEngage</title></head>"
            "<body><div id='banner'><a href='/'><img src='/logo.png' alt='Sangamon County'></a>"
            "</div><div id='main'><h1>News Flash</h1><div class='news'><h3>Road Resurfacing "
            "Season Begins June 3 on 14 County Highways</h3><div class='date'>Posted on: May 28, "
            "2024</div><div class='detail'><p>The County Highway Department will begin its "
            "annual resurfacing program on Monday, June 3, weather permitting.</p><p>Crews will "
            "resurface approximately 38 miles of county highways over the summer.</p></div>"
            "</div></div></body></html>")
    assert extract_article(page, "https://www.example.gov/CivicAlerts.aspx?AID=1").title == (
        "Road Resurfacing Season Begins June 3 on 14 County Highways")


def test_the_sites_name_after_a_full_stop_in_the_title_is_not_the_headlines():
    # <title> is "Headline. Site name"; the site's name is its logo's and its footer's
    page = ("<html><head><title>{title}</title></head><body><a href='/' class='logo'><img "
            "src='/logo.svg' alt='Ayuntamiento de Villaverde'></a><main><h1>{h1}</h1><p>El "
            "Ayuntamiento plantará este año más de 2.000 árboles en calles y plazas.</p><p>Las "
            "obras empiezan en octubre</p></main><footer><p>© Ayuntamiento de Villaverde "
            "2024</p></footer></body></html>").format
    h1 = "Villaverde plantará más de 2.000 árboles en 2024 para ampliar la sombra"
    assert extract_article(page(title=f"{h1}. Ayuntamiento de Villaverde", h1=h1),
                           "https://www.villaverde.example.es/noticia/1").title == h1


def test_a_releases_kind_and_issuer_is_no_headline():
    # og:title and a heading say what every release of the office is; <title> is its
    # reference number; the h1 is the headline
    page = ("<html><head><title>PR240123en</title><meta property='og:title' content='Press "
            "Release by the Ministry for Transport and Infrastructure'></head><body><div "
            "class='pr-header'><h2>Press Release by the Ministry for Transport and "
            "Infrastructure</h2><table><tr><td>Reference Number:</td><td>PR240123</td></tr>"
            "</table></div><div class='pr-title'><h1>Night bus routes extended to three more "
            "towns</h1></div><div class='content'><p>Three more towns will be served by night "
            "bus routes from next month, the Ministry announced on Tuesday.</p><p>The routes "
            "will run every hour between midnight and five in the morning.</p></div>"
            "</body></html>")
    assert extract_article(page, "https://www.gov.example.mt/pr/PR240123.aspx").title == (
        "Night bus routes extended to three more towns")


def test_a_list_name_in_traditional_characters_is_no_headline():
    # a department's press release: the h1 names the list (新聞公報) as the breadcrumb and
    # <title> do, the headline is the h2 that <title>'s last part prints
    page = ("<html><head><meta charset='utf-8'><title>漁農自然護理署 - 新聞公報 - 郊野公園"
            "下月起試行延長開放時間</title></head><body><ol class='breadcrumb'><li><a href='/'>"
            "主頁</a></li><li><a href='/news/'>新聞公報</a></li></ol><div class='page-title'>"
            "<h1>新聞公報</h1></div><div class='pr'><h2 class='pr-headline'>郊野公園下月起試行"
            "延長開放時間</h2><p>漁農自然護理署今日宣布，由下月一日起，轄下四個郊野公園的遊客"
            "中心將試行延長開放時間至晚上七時。</p><p>署方表示，試行期為三個月，期間會收集"
            "市民意見。</p></div></body></html>")
    assert extract_article(page, "https://www.afcd.example.hk/tc_chi/news/2024/1.html").title \
        == "郊野公園下月起試行延長開放時間"


@pytest.mark.parametrize("name", ["Tlačové správy", "Tiskové zprávy", "Komunikaty prasowe",
                                  "Saopštenja", "Новости", "Δελτία τύπου"])
def test_a_list_name_in_the_languages_of_europes_newsrooms_is_no_headline(name):
    # the h1 names the ministry's list of releases, as the middle part of <title> does; the
    # headline is the h2 that <title>'s last part prints
    headline = "Na občiansky preukaz sa už objednáte cez internet na všetkých oddeleniach"
    page = (f"<html><head><meta charset='utf-8'><title>Ministerstvo vnútra SR - {name} - "
            f"{headline}</title></head><body><div id='content'><h1>{name}</h1><div class="
            f"'tlacova-sprava'><h2 class='nadpis'>{headline}</h2><p class='datum'>05.10.2023"
            "</p><div class='text'><p>Ministerstvo vnútra SR od pondelka rozširuje "
            "elektronický objednávkový systém na všetky oddelenia dokladov.</p><p>Občania si "
            "budú môcť vopred rezervovať presný termín.</p></div></div></div></body></html>")
    assert extract_article(page, "https://www.minv.example/?tlacove-spravy&sprava=1").title \
        == headline


@pytest.mark.parametrize("line", ["Ufficio responsabile:", "Dated : 21.06.2024",
                                  "Mardi, 14 mai 2024"])
def test_a_field_label_or_a_date_in_bold_is_no_headline(line):
    from newscrawler.extract.headline import headline_like
    assert not headline_like(lxml_html.fromstring(f"<div><b>{line}</b></div>").find("b"))
    assert headline_like(lxml_html.fromstring("<div><b>Travaux rue des Tilleuls : "
                                               "circulation alternée</b></div>").find("b"))


def test_a_record_number_closing_the_breadcrumb_is_not_the_channel():
    fields = extract_article((PAGES / "en_title_record_number.html").read_bytes(),
                             "https://gazette.example.org/notice/id/2021-gn4410")
    assert fields.channel == "General Notices"


@pytest.mark.parametrize(("page", "title"), [
    # the site's name as an h1 named "sitename", the headline in <title> before it
    ('<html><head><title>{0} - Město Lipník</title></head><body><h1 class="sitename">Město '
     'Lipník</h1><table><tr><td class="contentheading">{0}</td></tr></table><p>{1}</p>'
     '</body></html>', "Rekonstrukce náměstí začne v březnu"),
    # <title> an acronym; the headline a bold line over the text, a side column of links
    # in the same table row as the text
    ('<html><head><title>DIPR</title></head><body><table><tr><td class="leftpanel"><a href='
     '"/r/1">{2}</a><br><a href="/r/2">{2}</a></td><td><span class="ReleaseTitle"><b>{0}</b>'
     '</span><p>{1}</p><p>{1}</p></td></tr></table></body></html>',
     "Rekonstrukce náměstí začne v březnu"),
    # two h1s, the first numbering the release, as <title> and og:title do
    ('<html><head><title>Parlamentskorrespondenz Nr. 412 vom 12.04.2022 | Parlament</title>'
     '</head><body><h1>Parlamentskorrespondenz Nr. 412 vom 12.04.2022</h1><h1>{0}</h1>'
     '<p>{1}</p></body></html>', "Rekonstrukce náměstí začne v březnu"),
    # <title> adds the release's number in brackets; the page prints the headline alone
    ('<html><head><title>{0} (2023-25) - Merkez Bankası</title></head><body><div class="top">'
     '<h2 class="duyuru-baslik">{0}</h2></div><p>{1}</p></body></html>',
     "Rekonstrukce náměstí začne v březnu"),
    # a CMS's <meta name="title"> (a short name printed nowhere) beside a <title> whose
    # headline the page prints in a cell
    ('<html><head><meta name="title" content="Rekonstrukce"><title>{0} - Město Lipník</title>'
     '</head><body><table><tr><td class="contentheading">{0}</td></tr></table><p>{1}</p>'
     '</body></html>', "Rekonstrukce náměstí začne v březnu"),
    # <title> is a Chinese portal's name; the h1 prints the headline
    ('<html><head><title>南屏市人民政府门户网站</title></head><body><div class="top-bar"><span>'
     '南屏市人民政府门户网站</span></div><h1 class="detail-title">{0}</h1><p>{1}</p></body>'
     '</html>', "Rekonstrukce náměstí začne v březnu"),
], ids=["sitename h1", "acronym title", "numbered release h1", "number after the headline",
        "short meta title", "portal name title"])
def test_a_title_that_names_the_site_or_numbers_the_release(page, title):
    text = ("Zastupitelstvo města na svém včerejším zasedání schválilo zahájení rekonstrukce "
            "náměstí. Stavební práce začnou v březnu a potrvají do podzimu příštího roku. ") * 3
    link = "Cabinet approves the new water supply scheme for the eastern districts today"
    html = page.format("Rekonstrukce náměstí začne v březnu", text, link)
    assert extract_article(html, "https://example.org/a/1.html").title == title


@pytest.mark.parametrize(("page", "title"), [
    # <h1> is the channel, a middle segment of <title>; og:title is its first segment
    # (not printed: the headline over the text is worded differently)
    ("de_h1_channel_og_headline.html",
     "Sanierung fast fertig: Hallenbad in Nordheim öffnet im Oktober wieder"),
    # every part of <title> names the site or a channel; <h1> is the breadcrumb's step
    ("en_h1_breadcrumb_channel.html", "A Mill Ledger Returns to Northfield"),
])
def test_an_h1_that_names_a_channel_of_the_title_is_not_the_headline(page, title):
    assert title_of(page) == title


def test_a_kicker_or_a_trail_is_not_the_line_over_the_text():
    from newscrawler.extract.headline import headline_like
    for text in ("FOR IMMEDIATE RELEASE", "News Room > Pages > NR11-087 West Nile"):
        el = lxml_html.fromstring(f"<div><b>{text}</b></div>").find("b")
        assert not headline_like(el, (), 1), text
    el = lxml_html.fromstring("<div><b>West Nile virus confirmed in a second resident</b></div>")
    assert headline_like(el.find("b"), (), 1)


_TEXT = ("<p>The volunteers met at the boathouse on Saturday morning and worked until dusk, "
         "sanding hulls and fitting new oarlocks before the spring launch.</p>")


@pytest.mark.parametrize(("head", "body", "title"), [
    # a heading's permanent link ("¶") is no part of the headline
    ("<title>Build your first pipeline - Ferrule</title>",
     '<h1 id="build">Build your first pipeline<a class="headerlink" href="#build">&para;</a>'
     "</h1>", "Build your first pipeline"),
    # the h1 shares a quarter of og:title's words, if not of og:title's and <title>'s
    # together: the visible headline over an SEO title
    ('<title>How we cut Postgres connections by 80% with PgBouncer</title>'
     '<meta property="og:title" content="How we cut Postgres connections by 80%">',
     "<h1>Taming 9,000 Postgres connections</h1>", "Taming 9,000 Postgres connections"),
    # the h1 prints <title>'s first segment and og:title one after the other: it is whole
    ('<title>“The River Taught Me Patience” | Features | Carrollton Magazine</title>'
     '<meta property="og:title" content="A Conversation with Boatbuilder Ada Lindqvist">',
     "<h1>“The River Taught Me Patience”: A Conversation with Boatbuilder Ada Lindqvist</h1>",
     "“The River Taught Me Patience”: A Conversation with Boatbuilder Ada Lindqvist"),
    # <title> quotes the h1 after the author's name
    ('<title>The Fenwick Review :: Issue 11 :: Maren Holt, "On Keeping a Weather Diary"'
     "</title>",
     '<p><a href="holt.html">Maren Holt On Keeping a Weather Diary</a></p>'
     "<h1>On Keeping a Weather Diary</h1>", "On Keeping a Weather Diary"),
    # the h1 is the blog's banner, a link to its front page above the post: it names the
    # site, which <title> puts before the post's title
    ("<title>Ken's Layout Journal: Ballasting the Yard, Part 2</title>",
     '<h1><a href="https://blog.example.org/journal/">Ken\'s Layout Journal</a></h1>'
     "<h2>March 14, 2006</h2><h3>Ballasting the Yard, Part 2</h3>",
     "Ballasting the Yard, Part 2"),
    # no h1: <title> names the kind of page before the headline the page prints
    ("<title>Press Release: Rural Road Programme Crosses 4 Lakh Kilometre Mark</title>",
     "<h2>Rural Road Programme Crosses 4 Lakh Kilometre Mark</h2>",
     "Rural Road Programme Crosses 4 Lakh Kilometre Mark"),
    # an inflected language: the h1 words the title's words with other endings
    ('<meta property="og:title" content="Bilet unic autobuz-tren în zona metropolitană | '
     'Brașovul Azi"><meta property="og:site_name" content="Brașovul Azi">',
     "<h1>Orașul introduce biletul unic pentru autobuze și trenurile metropolitane</h1>",
     "Orașul introduce biletul unic pentru autobuze și trenurile metropolitane"),
    # the guideline meta puts the kicker the portal prints over its headline before it;
    # the h1 and <title> give the headline alone
    ('<meta name="ArticleTitle" content="战疫情\u3000促发展 我县规上工业企业复工率达100%">'
     "<title>我县规上工业企业复工率达100%-清溪县人民政府</title>",
     "<p>战疫情\u3000促发展</p><h1>我县规上工业企业复工率达100%</h1>",
     "我县规上工业企业复工率达100%"),
    # the guideline meta holds a short form the page prints nowhere; the page prints
    # <title>'s headline part
    ('<meta name="ArticleTitle" content="《若干措施》政策解读">'
     "<title>《江东省促进低空经济高质量发展若干措施》政策解读_政策解读_江东省发展和改革委员会</title>",
     '<div class="art-title">《江东省促进低空经济高质量发展若干措施》政策解读</div>',
     "《江东省促进低空经济高质量发展若干措施》政策解读"),
    # no h1: <title> puts the site's name, a link's text on the page, before the headline
    ("<title>政府新聞公報 -- 食物安全中心公布第一季食物監測結果</title>",
     '<p><a href="/gia/">政府新聞公報</a></p><table><tr><td><b>其他資訊</b></td></tr></table>'
     '<span style="font-size:14pt;font-weight:bold">食物安全中心公布第一季食物監測結果</span>',
     "食物安全中心公布第一季食物監測結果"),
    # <title> adds to the h1 what the page prints nowhere: a site's name after a colon, a
    # search engine's extra words in brackets, a guest's name
    ("<title>Deichbau an der Mulde beginnt im Mai: Landesportal Nordmark</title>",
     "<h1>Deichbau an der Mulde beginnt im Mai</h1>", "Deichbau an der Mulde beginnt im Mai"),
    ("<title>Maple Walnut Blondies (Easy One-Bowl Dessert) - Crumb Street</title>",
     "<h1>Maple Walnut Blondies</h1>", "Maple Walnut Blondies"),
    ('<meta property="og:title" content="Why Boats Leak with Hal Brenner">',
     "<h1>Why Boats Leak</h1>", "Why Boats Leak"),
    # ... but what the page prints under a short h1 belongs to the headline
    ('<meta property="og:title" content="Why Boats Leak: a winter of caulking">',
     "<h1>Why Boats Leak</h1><p>A winter of caulking</p>",
     "Why Boats Leak: a winter of caulking"),
    # the h1 and the references name the blog, a step of the trail; the trail ends with
    # the post, whose headline the page prints under the h1
    ("<title>Harbour Works Blog | Town of Ellery - Official Website</title>"
     '<meta property="og:title" content="Harbour Works Blog">',
     '<ol class="breadCrumbs"><li><a href="/">Home</a></li>'
     '<li><a href="/Blog.aspx?CID=4">Harbour Works Blog</a></li>'
     "<li>Slipway Repairs Close the East Ramp Until June</li></ol>"
     "<h1>Harbour Works Blog</h1><h2>Slipway Repairs Close the East Ramp Until June</h2>",
     "Slipway Repairs Close the East Ramp Until June"),
    # the guideline meta writes the headline's quotation marks as straight ones: the
    # page's own
    ('<meta name="ArticleTitle" content="我市举行&quot;一网通办&quot;改革新闻发布会">'
     "<title>某某市人民政府 - 我市举行“一网通办”改革新闻发布会</title>",
     '<div class="detail-title">我市举行“一网通办”改革新闻发布会</div>',
     "我市举行“一网通办”改革新闻发布会"),
    # ... or leaves them out: the page's own
    ('<meta name="ArticleTitle" content="青山计划首批项目在东岭开工">'
     "<title>“青山计划”首批项目在东岭开工 - 某某省林业局</title>",
     "<h1>“青山计划”首批项目在东岭开工</h1>", "“青山计划”首批项目在东岭开工"),
    # ... or the marks of a document's title it names
    ('<meta name="ArticleTitle" content="县政府办公室关于印发春季森林防火工作方案的通知">'
     "<title>县政府办公室关于印发《春季森林防火工作方案》的通知_政府办文件</title>",
     '<div class="Article_bt">县政府办公室关于印发《春季森林防火工作方案》的通知</div>',
     "县政府办公室关于印发《春季森林防火工作方案》的通知"),
    # the h1 is the logo; the post's headline, in an h2 over the text, words the SEO title
    # (which the page prints nowhere) otherwise
    ("<title>3 Days in Porto Itinerary (Updated for 2024) | Slow Roads</title>",
     '<h1><a href="https://blog.example.org/"><img src="/logo.png" alt="Slow Roads"></a></h1>'
     '<h2 class="entry-title">Three Days in Porto: A Slow Itinerary for First-Timers</h2>',
     "Three Days in Porto: A Slow Itinerary for First-Timers"),
    # a kicker or a place opens the h1; the references begin with what follows it
    ('<meta property="og:title" content="Ice closes the upper lock">',
     '<h1><span class="over">Winter on the canal</span><br>Ice closes the upper lock for a '
     "fortnight</h1>", "Ice closes the upper lock for a fortnight"),
    ("<title>Valley Courier - Landslide cuts the provincial road</title>",
     "<h1><span>NORTH FORK</span> Landslide cuts the provincial road: «Two weeks at least»"
     "</h1>", "Landslide cuts the provincial road: «Two weeks at least»"),
    # ... but a word set apart that the references print is the headline's
    ('<meta property="og:title" content="Hamlet review – a triumph on the riverbank">',
     "<h1><em>Hamlet</em> review – a triumph on the riverbank</h1>",
     "Hamlet review – a triumph on the riverbank"),
])
def test_the_h1_and_the_references_agree_on_the_headline(head, body, title):
    page = f"<html><head>{head}</head><body>{body}{_TEXT}</body></html>"
    url = "https://blog.example.org/journal/archives/2006/03/post.html"
    assert extract_article(page, url).title == title


def test_a_joomla_content_heading_over_the_text_listed_among_the_latest_posts():
    # <title> names the club and the section; the headline is in a cell the CMS names
    # "contentheading", and the sidebar's latest posts link to the page under it
    url = "https://www.club.example.org/index.php?option=com_content&task=view&id=412&Itemid=27"
    report = ("<p>Seatown moved up to fourth in the league with a hard-fought win over Axe "
              "Valley at a windswept Gore Lane on Saturday, with both goals after the break.</p>")
    page = ("<html><head><title>Seatown Athletic FC - Match Reports</title></head><body>"
            '<table><tr><td><a href="/">Home</a> | <a href="/reports">Match Reports</a></td>'
            '</tr><tr><td><b>Sat 21 Nov 2009</b><ul><li><a class="latestnews" href="'
            + url.replace("&", "&amp;") + '">Seatown 2 Axe Valley 1</a></li></ul></td><td>'
            '<table><tr><td class="contentheading">Seatown 2 Axe Valley 1</td></tr>'
            "<tr><td>Written by Mike Trask<br>Sunday, 15 November 2009</td></tr>"
            f"<tr><td>{report * 4}</td></tr></table></td></tr></table></body></html>")
    fields = extract_article(page, url)
    assert (fields.title, fields.published_at[:10]) == ("Seatown 2 Axe Valley 1", "2009-11-15")


_TEXT = "".join(f"<p>Paragraph {n} of the article, on the works in the harbour and what the "
                f"council decided about them this week.</p>" for n in range(4))


def _titled(head: str, body: str, lang: str = "en") -> bytes:
    return (f'<html lang="{lang}"><head><meta charset="utf-8">{head}</head><body>{body}'
            f'<div class="text">{_TEXT}</div></body></html>').encode()


@pytest.mark.parametrize(("head", "body", "title"), [
    # the ArticleTitle meta holds the first phrase of a headline the h1 prints whole
    ('<meta name="ArticleTitle" content="农业农村部部署秋冬种生产工作">'
     "<title>农业农村部部署秋冬种生产工作_农业农村部</title>",
     "<h1>农业农村部部署秋冬种生产工作\u3000强调抓好小麦油菜播种</h1>",
     "农业农村部部署秋冬种生产工作\u3000强调抓好小麦油菜播种"),
    # <title> and og:title cut short for search engines; the item's heading goes on
    ('<title>Bandari ya Tanga kuanza kupokea meli kubwa Juni</title>'
     '<meta property="og:title" content="Bandari ya Tanga kuanza kupokea meli kubwa Juni">',
     '<h2 class="itemTitle">Bandari ya Tanga kuanza kupokea meli kubwa Juni baada ya upanuzi'
     " wa gati</h2>", "Bandari ya Tanga kuanza kupokea meli kubwa Juni baada ya upanuzi wa gati"),
    # ... printed in big bold type, and its short form in bold in the day's contents
    ("<title>香江日報 - 港聞 - 港九巴士申加價4.8%</title>",
     '<table><tr><td><b>港九巴士申加價4.8%</b></td></tr><tr><td><font size="5"><b>'
     "港九巴士申加價4.8% 乘客每程平均多付兩毫</b></font></td></tr></table>",
     "港九巴士申加價4.8% 乘客每程平均多付兩毫"),
    # a kind of page and the headline's first words in <title>, the og:title going on past
    # a colon, and a bold heading under a "News Release" h1 that prints it all
    ("<title>DPW News Release - Bridge Inspections Begin</title>"
     '<meta property="og:title" content="Bridge Inspections Begin: DPW Asks Drivers to Plan">',
     "<h1>News Release</h1><h2><strong>Bridge Inspections Begin: DPW Asks Drivers to Plan "
     "for Lane Closures on Route 9</strong></h2>",
     "Bridge Inspections Begin: DPW Asks Drivers to Plan for Lane Closures on Route 9"),
    # <title> cut short by the CMS, og:title reworded, the headline a heading under a
    # hidden h1: the heading that goes on from <title>
    ("<title>La Diputación amplía el servicio de autobús a los municipios - Prensa - "
     "Diputación</title>"
     '<meta property="og:title" content="La Diputación amplía el autobús a toda la provincia">',
     '<h1 class="hide-accessible">Detalle</h1><h2 class="titular">La Diputación amplía el '
     "servicio de autobús a los municipios de la sierra norte</h2>",
     "La Diputación amplía el servicio de autobús a los municipios de la sierra norte"),
    # the release's number and short name as the h1 and <title>, og:title the headline cut
    # short, which a heading under the h1 prints whole
    ("<title>24-11 Dental Outreach Grants</title>"
     '<meta property="og:title" content="Department Awards $12 Million to Bring Dental Care">',
     "<h1>24-11 Dental Outreach Grants</h1><p>NEWS RELEASE</p><h2>Department Awards $12 "
     "Million to Bring Dental Care to Rural Schools</h2>",
     "Department Awards $12 Million to Bring Dental Care to Rural Schools"),
    # a Japanese headline that goes on after an ideographic comma, its ideographic space kept
    ("<title>市民新聞 : 市バス、春の行楽期に増便\u3000市交通局</title>"
     '<meta property="og:title" content="市バス、春の行楽期に増便\u3000市交通局">',
     '<h1 id="logo"><a href="/"><img alt="市民新聞" src="/logo.gif"></a></h1>'
     "<h2>市バス、春の行楽期に増便\u3000市交通局、通勤客の混雑緩和狙う</h2>",
     "市バス、春の行楽期に増便\u3000市交通局、通勤客の混雑緩和狙う"),
    # a Chinese headline that goes on straight after the short form <title> and og:title give
    ("<title>新聞稿 - 2024年4月份綜合消費物價指數 | 統計局</title>"
     '<meta property="og:title" content="2024年4月份綜合消費物價指數">',
     '<div class="news-category">消費物價指數</div>'
     '<h2 class="news-title">2024年4月份綜合消費物價指數按年上升0.91%</h2>',
     "2024年4月份綜合消費物價指數按年上升0.91%"),
    # a subtitle in an element of its own is not the headline's
    ('<meta name="ArticleTitle" content="How I cut our test suite from 14 minutes to 3">',
     "<h1>How I cut our test suite from 14 minutes to 3 <small>without buying a faster "
     "laptop</small></h1>", "How I cut our test suite from 14 minutes to 3"),
    # ... nor what follows a dash or a bar (the site's name, a part's number)
    ('<meta name="ArticleTitle" content="Reflections on building a plugin pipeline">',
     "<h1>Reflections on building a plugin pipeline - Part 1</h1>",
     "Reflections on building a plugin pipeline"),
])
def test_a_heading_that_goes_on_after_the_declared_title_is_the_headline(head, body, title):
    assert extract_article(_titled(head, body), "https://example.org/a/1.html").title == title


def test_a_long_bold_line_that_reads_as_one_phrase_is_the_headline():
    # an old release page: no heading, a side menu's bold label, then the headline in bold
    # big type (over 100 characters), the <title> a shortened form with the event's date
    headline = ("Deputy Minister to lead the South Africa–Kenya Bi-National Commission talks "
                "on trade and energy in Nairobi")
    body = ('<table><tr><td><font size="1"><b>LATEST RELEASES</b></font><br>'
            '<font size="1"><a href="x.htm">Minister meets envoys</a><br>4 March 2024</font></td>'
            '<td><p align="center"><font size="2"><b>MEDIA STATEMENT</b></font></p>'
            f'<p align="center"><font size="3"><b>{headline}</b></font></p></td></tr></table>')
    page = _titled("<title>Media Statement: Deputy Minister to lead the SA–Kenya BNC, 14 March "
                   "2024</title>", body)
    assert len(headline) > 100
    assert extract_article(page, "https://example.org/docs/2024/ken0311.htm").title == headline


@pytest.mark.parametrize(("head", "body", "title"), [
    # a headline with a dash of its own: <title>'s first two segments, which a cell named
    # as the title (in Polish) prints whole, beside a reworded og:title
    ("<title>Budżet Obywatelski 2024 – ruszyło głosowanie. Do wyboru 80 projektów - Urząd "
     "Miasta</title>"
     '<meta property="og:title" content="BO 2024: głosowanie potrwa do 9 października">',
     '<table><tr><td class="tytul_wiadomosci">Budżet Obywatelski 2024 – ruszyło głosowanie. Do '
     "wyboru 80 projektów</td></tr></table>",
     "Budżet Obywatelski 2024 – ruszyło głosowanie. Do wyboru 80 projektów"),
    # the <title> a box named as the title (in Spanish) prints, beside a shorter og:title,
    # under an h1 that names the section
    ("<title>Ministerio inaugura sistema de agua potable que beneficiará a 900 vecinos de "
     "Lota</title>"
     '<meta property="og:title" content="Nuevo sistema de agua en Lota beneficia a 900 personas">',
     '<h1><a href="/prensa">Prensa</a></h1><div class="tituloNoticia">Ministerio inaugura '
     "sistema de agua potable que beneficiará a 900 vecinos de Lota</div>",
     "Ministerio inaugura sistema de agua potable que beneficiará a 900 vecinos de Lota"),
])
def test_the_title_a_box_named_as_the_title_prints_beats_a_reworded_og_title(head, body, title):
    assert extract_article(_titled(head, body, "es"), "https://example.org/n/1.html").title == title


def test_a_word_release_under_its_letterhead_keeps_the_headline_it_prints_in_bold():
    # <title> "Office - Press Release - the headline's end"; the release, exported from a
    # word processor, opens with the office's name in bold over its address line, and the
    # footer names the office before its address
    text = ("<p class=MsoNormal>The Harbor County Sheriff’s Office is warning residents about "
            "callers who claim to be deputies and demand payment for missed jury duty.</p>" * 3)
    page = ("<html><head><meta charset='utf-8'><title>Harbor County Sheriff's Office - Press "
            "Release - Scam Callers Using Deputies' Names</title></head><body><table><tr><td>"
            "<a href='/sheriff/'>HOME</a> | <a href='/sheriff/pr.html'>PRESS RELEASES</a>"
            "</td></tr><tr><td><p class=MsoNormal align=center><b><span>HARBOR COUNTY "
            "SHERIFF’S OFFICE</span></b></p><p class=MsoNormal align=center>225 W. Olive "
            "Street, Newport, OR 97365 • (541) 265-0777</p><p class=MsoNormal><b>PRESS "
            "RELEASE</b></p><p class=MsoNormal>Date: February 11, 2025</p><p class=MsoNormal "
            "align=center><b><span>Sheriff’s Office Warns of Scam Callers Using Deputies’ Names"
            f"</span></b></p>{text}</td></tr><tr><td>Harbor County Sheriff’s Office • 225 W. "
            "Olive Street, Newport<br>Copyright © 2025 Harbor County</td></tr></table>"
            "</body></html>").encode()
    fields = extract_article(page, "https://www.example.gov/sheriff/pr/2025-02-11.html")
    assert fields.title == "Sheriff’s Office Warns of Scam Callers Using Deputies’ Names"
    assert fields.published_at == "2025-02-11"


def test_a_cell_named_as_the_topic_prints_the_headline():
    # <title> is the site's name; a bold cell over a search box is a sidebar's heading
    body = ('<table><tr><td><b><font color="#fff">Search news</font></b></td></tr>'
            '<tr><td class="news_topic">Governor hands out relief packs to flood victims</td>'
            '</tr></table>')
    page = _titled("<title>Provincial Public Relations Office</title>", body)
    assert extract_article(page, "https://example.org/news.php?id=1").title == (
        "Governor hands out relief packs to flood victims")


def test_a_site_named_as_its_host_and_a_channel_named_news_come_before_the_headline():
    # no canonical address: the page's own address names the site ("Riverbend Post" for
    # riverbendpost.com), and "News" is a channel's name
    page = _titled("<title>Riverbend Post » News » New bridge across the river approved</title>",
                   "<p>Feb 17, 2025</p>")
    url = "https://www.riverbendpost.com/news/2"
    assert extract_article(page, url).title == "New bridge across the river approved"
    # the site's name in an h1 over a forum's topic
    page = _titled("<title>Retro Cycle Workshop • Restoring a 1974 Raleigh frame</title>",
                   "<h1>Retro Cycle Workshop</h1><h2>Restoring a 1974 Raleigh frame</h2>")
    url = "https://www.retrocycleworkshop.co.uk/forum/viewtopic.php?t=6120"
    assert extract_article(page, url).title == "Restoring a 1974 Raleigh frame"


def test_a_site_named_as_its_subdomain_after_the_brand_is_not_the_headline():
    # "Raspberry Pi Forums" names forums.raspberrypi.com: the section comes first in the host
    page = _titled("<title>Pico W drops off Wi-Fi after twenty minutes - Raspberry Pi Forums"
                   "</title>",
                   "<h1>Raspberry Pi Forums</h1><h2 class='topic-title'>Pico W drops off Wi-Fi "
                   "after twenty minutes</h2>")
    url = "https://forums.raspberrypi.com/viewtopic.php?t=349812"
    assert extract_article(page, url).title == "Pico W drops off Wi-Fi after twenty minutes"


@pytest.mark.parametrize(("og", "title"), [
    # a word the SEO title adds for the kind of page, printed all over a recipe site
    ("Sheet-Pan Chicken Thighs With Crispy Chickpeas Recipe",
     "Sheet-Pan Chicken Thighs With Crispy Chickpeas"),
    # a headline the h1 prints shortened keeps the words the page prints
    ("Sheet-Pan Chicken Thighs With Crispy Chickpeas Tonight",
     "Sheet-Pan Chicken Thighs With Crispy Chickpeas Tonight"),
])
def test_a_word_naming_the_kind_of_page_after_the_h1_is_not_the_headline(og, title):
    page = _titled(f"<title>{og}</title><meta property='og:title' content='{og}'>",
                   "<nav><a href='/recipes'>Recipes</a> <a href='/x'>Jump to recipe</a> "
                   "<a href='/t'>Tonight</a></nav><h1>Sheet-Pan Chicken Thighs With Crispy "
                   "Chickpeas</h1><p>Recipe notes and a recipe card follow.</p>")
    assert extract_article(page, "https://www.recipes.example/sheet-pan").title == title


def test_what_og_title_and_the_title_share_is_the_headline():
    # each reference names the channel its own way, the h1s name the channel
    page = _titled("<title>Six seasons of keeping a garden notebook: what was worth writing down "
                   ": gardening</title><meta property='og:title' content='r/gardening - Six "
                   "seasons of keeping a garden notebook: what was worth writing down'>",
                   "<h1><a href='/r/gardening/'>gardening</a></h1><p class='title'><a "
                   "class='title' href='/r/gardening/comments/1/six/'>Six seasons of keeping a "
                   "garden notebook: what was worth writing down</a> (self.gardening)</p>"
                   "<div class='side'><h1>discussions in r/gardening</h1></div>")
    url = "https://old.reddit.example/r/gardening/comments/1/six_seasons/"
    assert extract_article(page, url).title == (
        "Six seasons of keeping a garden notebook: what was worth writing down")


def test_an_h1_that_is_the_titles_last_segment_yields_to_the_heading_printing_the_rest():
    page = _titled("<title>[Solved] Bookworm: no sound after upgrade - Debian User Forums</title>",
                   "<div class='headerbar'><h1>Debian User Forums</h1><p>Discussion of Debian"
                   "</p></div><h2 class='topic-title'><a href='./viewtopic.php?t=1'>[Solved] "
                   "Bookworm: no sound after upgrade</a></h2>")
    url = "https://forums.debian.example/viewtopic.php?t=153001"
    assert extract_article(page, url).title == "[Solved] Bookworm: no sound after upgrade"


def test_an_h1_hidden_on_phones_only_is_the_headline():
    # Tailwind's "hidden md:block": shown from a tablet's width on; the dek under it is no
    # headline, and a <title> worded otherwise for search engines is not either
    para = "<p>" + "The display refreshes fast enough for scrolling through code outdoors. " * 4
    page = ("<html><head><title>Startup's e-ink monitor wants you to code outside - Site</title>"
            "</head><body><article><h1 class='mb-28 hidden font-bold md:block'>This startup's "
            "e-ink monitor is built for coding in the sun</h1><h2 class='text-20'>The grayscale "
            "display refreshes fast enough for scrolling through code, most of the time.</h2>"
            + para + "</p>" + para + "</p></article></body></html>")
    assert extract_article(page, "https://example.org/a/1.html").title == (
        "This startup's e-ink monitor is built for coding in the sun")


def test_a_headline_set_in_the_brands_font_is_no_logo():
    # "font-brand" is a utility class of the site's typeface, not a name of its logo
    # ("navbar-brand" is one)
    para = "<p>" + "A feather-light laptop with a bright screen and a short battery life. " * 4
    page = ("<html><head><title>Korvo AirFrame 14 Review | Site</title></head><body>"
            "<a class='navbar-brand' href='/'>Site</a><article><header>"
            "<h1 id='id_title' class='font-brand text-3xl font-bold'>Korvo AirFrame 14 Review"
            "</h1></header><div class='grid'><div><h3 class='font-bold'>Pros</h3><ul><li>Light"
            "</li></ul></div><div><h3 class='font-bold'>Cons</h3><ul><li>Battery life</li>"
            "</ul></div></div>" + para + "</p>" + para + "</p></article></body></html>")
    assert extract_article(page, "https://example.org/a/1.html").title == (
        "Korvo AirFrame 14 Review")


def test_a_channel_pages_headline_is_its_description_printed_in_bold():
    # <title> and the one heading name the channel; the headline is the description, printed
    # in bold under a date line ("an order dated …" in the text is no publication label)
    headline = "RBI imposes monetary penalty on The Karnavati Nagrik Sahakari Bank Ltd."
    page = ("<html><head><title>Reserve Bank of India - Press Releases</title>"
            f"<meta name='description' content='{headline}'></head><body>"
            "<a href='/'><img src='/logo.gif' alt='Reserve Bank of India'></a>"
            "<h2 class='page_title'>Press Releases</h2><table>"
            "<tr><td align='right'><b>Date : </b>Feb 08, 2024</td></tr>"
            f"<tr><td align='center'><b>{headline}</b></td></tr><tr><td><p>The Reserve Bank "
            "of India (RBI) has, by an order dated February 6, 2024, imposed a monetary "
            "penalty of ₹3.50 lakh on the bank for not complying with directions.</p><p>This "
            "action is based on deficiencies in regulatory compliance and is not intended to "
            "pronounce upon the validity of any transaction the bank made.</p></td></tr>"
            "</table></body></html>")
    fields = extract_article(page, "https://www.rbi.org.in/Scripts/Display.aspx?prid=57284")
    assert fields.title == headline
    assert fields.published_at == "2024-02-08"


def test_a_headline_with_a_dash_of_its_own_is_the_run_the_page_prints():
    # "Headline – subtitle - Ministry - Portal": the first segment alone is no headline when
    # a heading prints it and the next segment, and the segments after them name the site
    headline = "New features in the citizen app – reminders of the vehicle inspection"
    para = "<p>" + "Drivers will get a reminder a month before the inspection is due. " * 4
    page = (f"<html><head><title>{headline} - Ministry of Digital Affairs - Portal Gov.example"
            "</title></head><body><header><h2>Ministry of Digital Affairs</h2></header><main>"
            "<nav class='breadcrumbs'><ul><li><a href='/web/digital'>Ministry of Digital "
            "Affairs</a></li><li><a href='/web/digital/news'>News</a></li></ul></nav><article>"
            f"<h2 class='title'>{headline}</h2><p class='event-date'>12.06.2024</p>"
            "<div class='tools'><a href='javascript:window.print()'>Print version</a></div>"
            # (a long lead between the heading and the text: the line above the text is
            # too far from it to be taken as the headline for its emphasis alone)
            "<p class='intro'>" + "Drivers will no longer miss the date of the inspection. " * 5
            + "</p>"
            "<div class='editor-content'>" + para + "</p>" + para + "</p><h3>How do the "
            "reminders work?</h3>" + para + "</p>" + para + "</p></div></article><aside>"
            "<h3>See also</h3><ul><li><a "
            f"href='/web/digital/new-features'>{headline}</a><span>12.06.2024</span></li><li>"
            "<a href='/web/digital/safe'>Safe shopping online – a guide</a></li></ul></aside>"
            "</main><footer><h2>Ministry of Digital Affairs</h2></footer></body></html>")
    article = extract_article(page, "https://www.gov.example/web/digital/new-features")
    assert article.title == headline
    assert not article.body.startswith("New features")


def test_an_epapers_title_field_is_the_headline_under_a_title_naming_the_paper():
    # Founder's e-paper: <title> names the paper, the edition's headlines are listed in a
    # box under a bold label, and the article's headline sits in <founder-title> between
    # its kicker and its subtitle
    text = "".join(f"<p>衛生局表示，季節性流感疫苗接種計劃將於下月十日展開，第{n}批疫苗已運抵"
                   "本澳。</p>" for n in range(6))
    page = ("<html><head><meta charset='utf-8'><title>澳門日報電子版</title></head><body><table>"
            "<tr><td width='330'><table><tr><td><strong>版面導航</strong></td></tr><tr><td><a "
            "href='node_2.htm'>A01：澳聞</a> <a href='node_3.htm'>A02：澳聞</a></td></tr><tr><td>"
            "<strong>本版標題導航</strong></td></tr><tr><td><a href='content_1694321.htm'>季節性"
            "流感疫苗下月十日開打</a></td></tr><tr><td><a href='content_1694322.htm'>社工局：長者"
            "日間中心增設名額</a></td></tr></table></td><td width='650'><table><tr><td class="
            "'position'>當前位置：<a href='node_2.htm'>澳門日報</a> &gt; 正文</td></tr><tr><td "
            "class='font02'>長者幼童等高風險群免費接種</td></tr><tr><td class='font01'><founder-"
            "title>季節性流感疫苗下月十日開打</founder-title></td></tr><tr><td class='font02'>"
            "衛生局冀市民盡早接種減重症風險</td></tr><tr><td><founder-content>"
            f"{text}</founder-content>"
            "</td></tr></table></td></tr></table></body></html>")
    url = "http://www.paper.example/html/2023-08/22/content_1694321.htm"
    assert extract_article(page.encode(), url).title == "季節性流感疫苗下月十日開打"


def test_a_unit_sign_ends_the_headline_before_the_sites_name():
    # "…降温超15℃-某某网" over the h1 "…降温超15℃": the sign closes the headline's last word
    para = "<p>" + "中央气象台18日继续发布寒潮蓝色预警，中东部地区将先后出现大风降温天气。" * 3
    page = ("<html><head><meta charset='utf-8'><title>寒潮来袭 北方多地迎入秋以来最冷时段 局地降温"
            "超15℃-某某网</title></head><body><a href='/'>某某网要闻</a><div class='title'><h1>"
            "寒潮来袭 北方多地迎入秋以来最冷时段 局地降温超15℃</h1></div>" + para + "</p>" + para
            + "</p><p>网友评论仅供其表达个人看法，并不表明某某网同意其观点。</p></body></html>")
    title = extract_article(page.encode(), "https://www.news.example/sh/2021/10-18/1.shtml").title
    assert title == "寒潮来袭 北方多地迎入秋以来最冷时段 局地降温超15℃"


def test_a_table_layouts_headline_in_a_label_named_in_camel_case():
    # an ASP.NET news page laid out as a table: <title> is the paper's name, a left column
    # of headline links, and the article's headline in a label "lblHeadline" of the class
    # "NewsHeadline" over the text (the cell that lays the column out is not the text)
    text = "".join(f"<p>KOHIMA, MAY 20: The district administration directed all departments to "
                   f"clear drains and culverts before the monsoon, item {n}.</p>" for n in range(8))
    side = "".join(f"<tr><td class='LeftNews'><a href='StateNews.aspx?news={n}' "
                   f"class='LeftLink'>Other district news headline number {n}</a></td></tr>"
                   for n in range(12))
    cards = "".join(f"<table><tr><td class='NewsTitleSmall'><a href='StateNews.aspx?news=c{n}'>"
                    f"<b>Latest headline {n}</b></a></td></tr><tr><td class='NewsTeaser'>A "
                    f"summary of the latest story, number {n}, in a sentence. <a href='StateNew"
                    f"s.aspx?news=c{n}'>More&gt;&gt;</a></td></tr></table>" for n in range(10))
    page = ("<html><head><title>Valley Post</title></head><body><table><tr><td width='200'>"
            f"<table><tr><td class='BoxHeader'>Top Stories</td></tr>{side}</table></td><td "
            "width='600'><table><tr><td class='BreadCrumb'><a href='/'>Home</a> &gt;&gt; <a "
            "href='StateNews.aspx'>State</a></td></tr><tr><td><span id='ctl00_Content_"
            "lblHeadline' class='NewsHeadline'>Kohima DC reviews pre-monsoon preparedness"
            "</span></td></tr><tr><td class='NewsDate'>Published on 21 May. 2019 12:46 AM IST"
            f"</td></tr><tr><td><span id='ctl00_Content_lblNews'>{text}</span></td></tr><tr><td"
            f" class='BoxHeader2'>Latest News</td></tr><tr><td>{cards}</td></tr></table></td>"
            "</tr></table><p>Copyright 2019 Valley Post. All rights reserved.</p></body></html>")
    url = "https://www.valleypost.example/State/StateNews.aspx?news=TkVXUz"
    assert extract_article(page, url).title == "Kohima DC reviews pre-monsoon preparedness"


def test_a_short_social_title_yields_to_the_headline_a_title_box_prints():
    # og:title cut short for sharing; <title> holds the whole headline, which the page
    # prints in a box named "title" (no h1) and links in its hot list
    sentence = "记者从市园林绿化局获悉，今年本市将新建和改造口袋公园及小微绿地50处。"
    para = "<p>" + sentence * 3 + "</p>"
    page = ("<html><head><meta charset='utf-8'><title>本市今年将新建改造50处口袋公园和小微绿地 | "
            "某某报</title><meta property='og:title' content='本市今年将新建改造50处口袋公园'>"
            "</head><body><div class='nav'><a href='/'>某某报</a> &gt; <a href='/bj'>本市</a> "
            "&gt; 正文</div><div class='bodyTitle'><div class='title'>本市今年将新建改造50处口袋"
            "公园和小微绿地</div><div class='left'><span class='reporter'>记者 张三</span><span "
            "class='timer'>2024-05-18 10:41</span><span class='source'>来源：某某报</span></div>"
            f"</div><div class='content'>{para}{para}</div><div class='hotList'><div>热点新闻"
            "</div><ul><li><a href='/detail/9.html'>本市今年将新建改造50处口袋公园和小微绿地</a>"
            "</li><li><a href='/detail/2.html'>地铁3号线一期最新进展</a></li></ul></div>"
            "</body></html>")
    # (the hot list links the headline too, at another address: a copy's)
    title = extract_article(page.encode(), "https://www.news.example/detail/1.html").title
    assert title == "本市今年将新建改造50处口袋公园和小微绿地"


@pytest.mark.parametrize(("over", "title"), [
    # the document's kind and number printed over the h1, joined to it in og:title: a label
    ("<p class='doc-type'>Betänkande 2024/25:TU4</p>", "Automatisk trafiksäkerhetskontroll"),
    # ... where the page prints the rest elsewhere only, the h1 is the short form
    ("<p class='doc-type'>Betänkande</p>",
     "Automatisk trafiksäkerhetskontroll Betänkande 2024/25:TU4"),
])
def test_a_label_printed_over_the_h1_is_not_the_rest_of_the_headline(over, title):
    page = ("<html lang='sv'><head><title>Automatisk trafiksäkerhetskontroll Betänkande "
            "2024/25:TU4 - Riksdagen</title><meta property='og:title' content='Automatisk "
            "trafiksäkerhetskontroll Betänkande 2024/25:TU4'></head><body><main>" + over +
            "<h1>Automatisk trafiksäkerhetskontroll</h1><p>Publicerad 12 november 2024</p>"
            "<p>Utskottet föreslår att riksdagen antar regeringens förslag. Ärendet gäller "
            "betänkande 2024/25:TU4 om kameror.</p></main></body></html>")
    assert extract_article(page, "https://riksdag.example.se/dokument/hc01tu4/").title == title


def test_the_h1_that_dublin_cores_title_gives_when_the_others_give_a_number():
    page = ("<html lang='en'><head><title>Report 17 - FOPO (44-1) - House of Commons</title>"
            "<meta property='og:title' content='Report 17 - FOPO (44-1) - House of Commons'>"
            "<meta name='dcterms.title' content='Small Craft Harbours: Keeping Communities "
            "Connected'></head><body><nav><h2>Table of Contents</h2></nav><main><h1 "
            "class='report-title'>Small Craft Harbours: Keeping Communities Connected</h1>"
            "<h2>Summary</h2><p>Canada's small craft harbours are the backbone of many coastal "
            "communities, the committee heard.</p></main></body></html>")
    assert extract_article(page, "https://parl.example.ca/en/FOPO/report-17/page-3").title == (
        "Small Craft Harbours: Keeping Communities Connected")


def test_a_subtitle_box_over_the_text_is_not_the_headline():
    # a ministry's board view: <title> and og:title name the channel and the site, the
    # headline is a heading named "title", and the release's subtitle lines come in a box
    # named "subtitle" between it and the text
    page = ("<html lang='ko'><head><title>보도자료 | 소식 | 과학기술부</title><meta "
            "property='og:title' content='과학기술부'></head><body><header><h1 class='logo'><a "
            "href='/'><img src='/logo.png' alt='과학기술부'></a></h1></header><div class='sub_top'>"
            "<h2 class='sub_title'>보도자료</h2></div><div class='board_view'><div "
            "class='view_head'><p class='cate'>보도자료</p><h3 class='title'>과기부, 「2024 "
            "디지털 역량 조사」 결과 발표</h3><ul class='view_info'><li>담당부서 디지털포용팀</li>"
            "<li>등록일 2024-03-28</li></ul></div><div class='view_cont'><div "
            "class='hwp_subtitle'><p>- 국민 디지털 역량 점수 72.5점으로 상승</p><p>- 고령층 "
            "역량 점수 전년 대비 4.1점 증가</p></div><p>□ 과학기술부는 국민의 디지털 역량 현황을 "
            "조사한 「2024 디지털 역량 조사」 결과를 발표했다. 이번 조사는 전국 2만 가구를 "
            "대상으로 실시되었으며, 디지털 기기 활용 능력과 온라인 서비스 이용 경험을 "
            "측정했다.</p></div></div></body></html>")
    assert extract_article(page, "https://www.example.go.kr/bbs/view.do?nttSeqNo=3184").title == (
        "과기부, 「2024 디지털 역량 조사」 결과 발표")


def test_a_kicker_named_so_inside_the_h1_is_not_the_headline():
    # a German regional paper sets its kicker and headline as two spans of one h1, and its
    # <title> joins them with a colon: the headline is the span after the kicker
    page = ("<html lang='de'><head><title>Verkehrsversuch in Nordstadt: Tempo 30 auf der "
            "Lindenstraße kommt im Frühjahr</title><meta property='og:title' content='Nordstadt: "
            "Tempo 30 ab April'></head><body><article><h1 class='article__headline'><span "
            "class='article__kicker'>Verkehrsversuch in Nordstadt</span> <span "
            "class='article__title'>Tempo 30 auf der Lindenstraße kommt im Frühjahr</span></h1>"
            "<p>Die Stadt will auf einer der am stärksten belasteten Straßen das Tempo drosseln. "
            "Anwohner hoffen auf weniger Lärm.</p></article></body></html>")
    assert extract_article(page, "https://zeitung.example.de/nordstadt/tempo-30_aid-1").title == (
        "Tempo 30 auf der Lindenstraße kommt im Frühjahr")


def test_a_social_title_cut_short_yields_to_the_title_a_cell_prints_whole():
    # og:title is the headline's first clause; <title> and the board's cell print it whole,
    # its clauses joined by an ellipsis
    from newscrawler.extract import extract_article
    full = "포항 영일만항 국제여객터미널 착공… 2019년 완공 목표"
    text = "".join("<p>포항시는 21일 영일만항 국제여객터미널 착공식을 열고 2019년 완공을 목표로 "
                   f"공사에 들어갔다고 밝혔다. 문단 {i}.</p>" for i in range(4))
    page = (f"<html><head><title>{full} - 경북매일</title><meta property='og:title' "
            "content='포항 영일만항 국제여객터미널 착공'></head><body><table><tr><td "
            f"class='view_t'>{full}</td></tr><tr><td>{text}</td></tr></table></body></html>")
    assert extract_article(page.encode(), "https://news.example.kr/view/1").title == full


def test_a_headline_written_as_a_paragraph_inside_the_h1_is_the_h1s():
    # <h1><p>Headline</p></h1>: libxml2 closes the h1 where the paragraph opens, a browser
    # keeps the paragraph in it; the headline is the h1's, not the social title's wording
    from newscrawler.extract import extract_article
    text = "".join(f"<p>Researchers found that sleepers keep one half of the brain more alert "
                   f"in a new place, paragraph {i} of the story.</p>" for i in range(4))
    page = ("<html><head><title>Why You Sleep Badly in a Hotel | Science Weekly</title>"
            "<meta property='og:title' content='Why Does Half Your Brain Stay Awake?'></head>"
            "<body><article><h1 class='hed'><p>Why You Sleep Badly in a Hotel</p></h1>"
            f"<div class='body'>{text}</div></article></body></html>")
    fields = extract_article(page.encode(), "https://science.example.com/podcast/sleep")
    assert fields.title == "Why You Sleep Badly in a Hotel"
    assert "Why You Sleep Badly" not in fields.body
    # ... while an empty heading of its own (a logo's) keeps the paragraph after it in the text
    # (a <title> of its own: a line that prints the <title>'s headline whole is a headline)
    page = page.replace("<h1 class='hed'><p>Why You Sleep Badly in a Hotel</p></h1>",
                        "<h1 class='logo'></h1><p>Why You Sleep Badly in a Hotel</p>").replace(
        "<title>Why You Sleep Badly in a Hotel |", "<title>Sleep and travel |")
    assert "Why You Sleep Badly" in extract_article(
        page.encode(), "https://science.example.com/podcast/sleep").body


def test_the_heading_of_a_file_list_named_as_a_title_is_no_headline():
    # a board's view: <title> and og:title name the board, the h1 is the logo, an h2 the
    # board's name, the headline an h3; the box of attachments under it names its heading
    # "file_tit" ("첨부파일")
    page = ('<html><head><title>보도자료 | 알림 | 보건복지부</title>'
            '<meta property="og:title" content="보건복지부 &gt; 알림 &gt; 보도자료"></head><body>'
            '<h1 class="logo"><a href="/"><img src="/logo.png" alt="보건복지부"></a></h1>'
            '<h2 class="page_title">보도자료</h2><div class="board_view"><div class="view_head">'
            '<h3 class="tit">취약계층 아동 마음건강 바우처, 전국 17개 시·도로 확대</h3>'
            '<ul class="view_info"><li><strong>등록일</strong> 2025-04-03</li></ul></div>'
            '<div class="view_file"><strong class="file_tit">첨부파일</strong><ul><li>'
            '<a href="/f/1.pdf">0403 보도자료.pdf</a></li></ul></div><div class="view_cont">'
            + "<p>□ 보건복지부는 4월 3일부터 정서·행동 문제를 겪는 취약계층 아동에게 심리상담 "
            "비용을 지원하는 사업을 전국으로 확대한다고 밝혔다.</p>" * 4
            + "</div></div></body></html>")
    fields = extract_article(page, url="https://www.example.go.kr/board.es?mid=a1&list_no=1")
    assert fields.title == "취약계층 아동 마음건강 바우처, 전국 17개 시·도로 확대"


def test_a_headline_with_a_dash_after_a_kicker_keeps_its_last_part():
    # og:title prints the kicker, a colon and the whole headline, whose second half follows a
    # dash: neither half is a section's or the site's name
    page = ("<html lang='de'><head><title>Ringbahn: Eröffnung erst 2032, Kosten steigen</title>"
            "<meta property='og:title' content='Nahverkehr in Frankfurt: Die Ringbahn kommt "
            "später – und deutlich teurer'></head><body><article><h1><span class='kicker'>"
            "Nahverkehr in Frankfurt:</span> <span class='headline'>Die Ringbahn kommt später – "
            "und deutlich teurer</span></h1><p>Ursprünglich sollten die ersten Züge 2029 rollen. "
            "Nun rechnet die Verkehrsgesellschaft mit drei Jahren Verzug.</p></article></body>"
            "</html>")
    assert extract_article(page, "https://zeitung.example.de/frankfurt/ringbahn-1").title == (
        "Die Ringbahn kommt später – und deutlich teurer")


def test_an_epaper_pages_list_of_its_stories_does_not_make_the_headline_a_channel():
    # <title> is the paper's name; the page's list of its stories links the headline to
    # the page itself: the h1 is the headline, not the subtitle under it
    page = ("<html><head><title>人民日报</title></head><body><div class='article'>"
            "<h3>加快发展新质生产力</h3><h1>沿海港口智慧化改造提速</h1>"
            "<h2>今年以来全国港口完成货物吞吐量同比增长百分之五点三</h2>"
            "<p>本报北京5月20日电 记者从交通运输部获悉，今年以来全国港口完成货物吞吐量同比增长。"
            "</p></div><ul class='news-list'><li><a href='nw_1-01.htm'>推动高质量发展取得新成效</a>"
            "</li><li><a href='nw_3-01.htm'>沿海港口智慧化改造提速</a></li>"
            "<li><a href='nw_4-01.htm'>多地出台措施促进消费提质扩容</a></li></ul>"
            "<div class='footer'>人民日报社版权所有</div>"
            "</body></html>")
    assert extract_article(page, "http://paper.example.cn/html/2024-05/21/nw_3-01.htm").title == (
        "沿海港口智慧化改造提速")


def test_a_dash_inside_quotation_marks_is_the_headlines_not_a_boundary():
    # the headline names a programme in guillemets whose name holds a dash; og:title words
    # the headline otherwise: the dash is no separator of a section's name
    page = ("<html lang='el'><head><title>Σε λειτουργία η πλατφόρμα για το πρόγραμμα «Ανακυκλώνω"
            " – Αλλάζω Συσκευή 2024» - Υπουργείο Περιβάλλοντος</title><meta property='og:title' "
            "content='Σε λειτουργία η πλατφόρμα για το «Ανακυκλώνω – Αλλάζω Συσκευή 2024»'>"
            "</head><body><article><h1>Σε λειτουργία η πλατφόρμα για το πρόγραμμα «Ανακυκλώνω – "
            "Αλλάζω Συσκευή 2024»</h1><p>Ξεκίνησε η υποβολή αιτήσεων για το πρόγραμμα "
            "αντικατάστασης παλαιών ηλεκτρικών συσκευών από σήμερα.</p></article></body></html>")
    assert extract_article(page, "https://ypen.example.gr/2024/06/18/anakyklono/").title == (
        "Σε λειτουργία η πλατφόρμα για το πρόγραμμα «Ανακυκλώνω – Αλλάζω Συσκευή 2024»")


def test_each_name_of_a_bilingual_logo_is_the_sites_name():
    # <title> is the ministry's English name and a file's code; the logo's alt gives its
    # Malay and English names: the English one names the site, and the headline is the line
    # printed over the text under a heading that names the kind of page
    page = ("<html><head><title>Ministry of Farming - KT-Q2-2024</title></head><body>"
            "<header><img src='/assets/logo-kt.png' alt='Kementerian Pertanian / "
            "Ministry of Farming'></header><div id='content'><h1>PRESS RELEASE</h1>"
            "<h2>PADDY HARVEST REACHES RECORD 12,400 TONNES IN THE SECOND QUARTER</h2>"
            "<p>The Department of Agriculture announces that the paddy harvest in the second "
            "quarter reached 12,400 tonnes, the highest quarterly figure on record.</p>"
            "<p>Yields rose in every district after the new irrigation works were completed "
            "at the start of the planting season.</p>"
            "<p class='issuer'>Ministry of Farming</p></div></body></html>")
    fields = extract_article(page, "https://www.kt.example.bn/SitePages/KT-Q2-2024.aspx")
    assert fields.title == "PADDY HARVEST REACHES RECORD 12,400 TONNES IN THE SECOND QUARTER"


def test_an_h1_linking_to_the_items_short_address_is_the_headline():
    # the h1 links to /fa/news/1073215/, the page's own number without its slug: no front
    # page above the page (a banner), so the h1 is the headline, not og:title's first part
    head = "ذخایر سدهای مشهد به کمتر از ۴ درصد رسید؛ احتمال مدیریت فشار آب در زمستان"
    page = ("<html lang='fa' dir='rtl'><head><title>عصر ايران - " + head + "</title>"
            "<meta property='og:title' content='ذخایر سدهای مشهد به کمتر از ۴ درصد رسید'>"
            "</head><body><h1 class='title'><a href='/fa/news/1073215/'>" + head + "</a></h1>"
            "<p>" + "مدیرعامل شرکت آب و فاضلاب مشهد گفت ذخایر سدها کاهش یافته است. " * 10 +
            "</p></body></html>")
    url = "https://www.asr.example.com/fa/news/1073215/dam-reserves"
    assert extract_article(page, url).title == head


def test_an_h1_that_names_the_channel_in_the_singular_is_no_headline():
    # the h1 "Press Release" over <title>'s "Press Releases" segment: the channel, in the
    # singular; the headline is <title>'s last segment, which an h2 prints
    head = "Food waste smart recycling bins to be extended to 180 more housing estates"
    page = (f"<html><head><title>EPD - Press Releases - {head}</title></head><body>"
            "<h1 class='pagetitle'>Press Release</h1><div class='press'>"
            f"<h2 class='press_title'>{head}</h2>"
            "<p>The department will extend the smart recycling bins to 180 more estates.</p>"
            "<p>Residents can earn points for every kilogram of food waste they recycle.</p>"
            "</div></body></html>")
    url = "https://www.epd.example.gov.hk/english/news/press_250521a.html"
    assert extract_article(page, url).title == head


def test_an_agencys_acronym_and_the_kind_of_page_as_title_yields_to_the_bold_headline():
    # an old release page: <title> "KDHE News Release" on every release, the headline a
    # centred bold line over the text, under the release's date and contact table
    head = "Health Department Lifts Boil Water Advisory for the City of Plainview"
    page = ("<html><head><title>PHD News Release</title></head><body>"
            "<table><tr><td><b>Quick Links</b><br><a href='/'>Home</a></td><td>"
            "<p><font size='4'><b>News Release</b></font></p>"
            "<table><tr><td>For Immediate Release<br>July 11, 2013</td>"
            "<td>Contact: Jo Doe<br>555-0100</td></tr></table>"
            f"<p align='center'><b><font size='3'>{head}</font></b></p>"
            "<p>PLAINVIEW – The Health Department today lifted the boil water advisory issued "
            "for the city last week after laboratory tests showed the water safe.</p>"
            "<p>Residents no longer need to boil tap water before drinking or cooking with it, "
            "the department said in its statement on Thursday.</p>"
            "</td></tr></table></body></html>")
    assert extract_article(page, "https://www.phd.example.gov/news/web/2013/boil.htm"
                           ).title == head


def test_a_bodys_name_with_its_acronym_as_title_yields_to_the_headline_in_a_heading():
    # an ASP.NET release page: <title> the regulator's name and acronym and the channel's,
    # "MEDIA STATEMENT" as h2, the headline in an h3 of the statement's table
    head = "Regulator Publishes Consultation Paper on Municipal Wheeling Charges"
    page = ("<html><head><title>National Energy Regulator of Utopia (NERU) | Media Statements"
            "</title></head><body><div class='header-slogan'><span>National Energy Regulator "
            "of Utopia</span></div><div id='maincol'><h2 class='page-header'>MEDIA STATEMENT"
            f"</h2><table><tr><td><h3><span class='statement-title'>{head}</span></h3></td></tr>"
            "<tr><td><strong>Date Published:</strong> <span>2024/05/23</span></td></tr><tr><td>"
            "<p>The regulator has today published a consultation paper on the methodology for "
            "determining wheeling charges applied by municipalities.</p><p>Written comments "
            "are invited from all stakeholders until the end of next month.</p></td></tr>"
            "</table></div></body></html>")
    assert extract_article(page, "https://www.neru.example.org/MediaRoom/Detail.aspx?id=1147"
                           ).title == head
    # a headline that ends with an acronym of its last words is a headline
    from newscrawler.extract.title import _names_itself
    assert _names_itself("National Energy Regulator of Utopia (NERU)")
    assert not _names_itself("Government launches National Health Insurance (NHI)")


def test_a_title_that_opens_with_the_kind_the_h1_names_yields_to_the_heading_after_it():
    # a transport department's release: the h1 "News release", <title> "News release:
    # <headline> - MnDOT", the headline an h2
    head = "Overnight closures on Hwy 169 in Shakopee begin March 4 for bridge deck repairs"
    page = (f"<html><head><title>News release: {head} - MnDOT</title></head><body><div id="
            "'content'><h1>News release</h1><p class='district'>Metro District</p><p>Feb. 20, "
            f"2024</p><h2 class='headline'>{head}</h2><p>Crews will close the highway at night "
            "while they repair the bridge deck over the river, the department said.</p><p>"
            "Drivers should use the signed detour and expect delays on weekday nights.</p>"
            "</div></body></html>")
    assert extract_article(page, "https://www.dot.example.gov/news/2024/02/20-hwy169.html"
                           ).title == head


@pytest.mark.parametrize(("title", "site", "h1"), [
    # a county's old release template: the h1 names the kind of page, the h2 the headline
    ("Pinellas County News - {head}", "Pinellas County", "News Release"),
    # a Georgian service's and a Nepali police's templates: "News" and "Press release"
    ("შემოსავლების სამსახური - სიახლეები", "შემოსავლების სამსახური", "სიახლეები"),
    ("प्रेस विज्ञप्ति | नेपाल प्रहरी", "नेपाल प्रहरी", "प्रेस विज्ञप्ति"),
    # ... and an Armenian bank's "Press releases"
    ("Կենտրոնական բանկ - Մամլո հաղորդագրություններ", "Կենտրոնական բանկ",
     "Մամլո հաղորդագրություններ"),
])
def test_an_h1_that_names_the_kind_of_page_yields_to_the_headline_under_it(title, site, h1):
    head = "Sand Key Beach Nourishment Project to Begin June 24"
    page = (f"<html><head><title>{title.format(head=head)}</title></head><body><div class="
            f"'header'><a href='/'><img src='/logo.png' alt='{site}'></a></div><div id="
            f"'main'><h1 class='pagetitle'>{h1}</h1><p>June 11, 2019</p><h2 class='nrtitle'>"
            f"{head}</h2><p>Work to widen the beach will begin later this month and last about "
            "three months, the county said.</p><p>Beach access points will close in stages "
            "while the work moves along the shore.</p></div></body></html>")
    assert extract_article(page, "https://www.county.example.gov/press/2019/06/sandkey.htm"
                           ).title == head


def test_an_h1_in_the_logos_box_is_the_sites_name():
    # a court's site: <title> and the h1 in the logo's box give the site's name; the headline
    # is a div named as the article's title
    head = "冒充“熟人”视频借钱？法院审结一起利用AI换脸技术实施诈骗案"
    page = ("<html><head><title>某某法院网</title></head><body><div class='header'><div class="
            "'logo'><img src='/fahui.png' alt='法徽'><h1>某某法院网</h1><p>COURT</p></div></div>"
            f"<div class='main'><div class='article-title'>{head}</div><div class='info'>"
            "2024年11月05日 来源：区法院</div><div class='article-content'><p>近日，区法院审结"
            "一起利用AI换脸技术实施诈骗的案件。</p><p>被告人冒充被害人的熟人，通过视频通话借钱，"
            "骗取财物共计人民币三万元。</p></div></div></body></html>")
    assert extract_article(page, "https://www.court.example.cn/article/12345").title == head


def test_the_pages_place_in_brackets_after_the_headline_is_not_the_headlines():
    head = "El Gobierno destina 62 millones a la conservación de los archivos provinciales"
    page = (f"<html><head><title>\n\t{head} [Prensa/Actualidad/Cultura]\n</title>"
            "<meta property='og:title' content='62 millones para los archivos'></head><body>"
            "<nav><a href='/'>Inicio</a> &gt; <a href='/prensa/'>Prensa</a> &gt; "
            "<a href='/prensa/actualidad/'>Actualidad</a> &gt; "
            "<a href='/prensa/actualidad/cultura/'>Cultura</a></nav>"
            f"<h1>{head}</h1><p>El Consejo de Ministros ha autorizado este martes la "
            "distribución territorial de los fondos destinados a los archivos.</p>"
            "<p>Se trata de la mayor inversión realizada en esta red de archivos.</p>"
            "</body></html>")
    assert extract_article(page, "https://www.gobierno.example.es/prensa/Paginas/2025/a.aspx"
                           ).title == head


def test_a_channel_named_news_of_a_body_between_site_and_headline_goes():
    # (traditional characters, a heading below h1 printing the headline: the <title>'s
    # segments joined by bare hyphens, the site's name first)
    head = "本縣新增三處日間照顧中心　長輩在地安老更便利"
    page = (f"<html><head><title>某某縣政府全球資訊網-縣府新聞-{head}</title></head><body>"
            "<header><img alt='某某縣政府全球資訊網' src='/logo.png'></header>"
            f"<h3>縣政新聞</h3><h2 class='news_title'>{head}</h2>"
            "<p>縣府今（5）日宣布，新設三處日間照顧中心，服務縣內失能及失智長輩，"
            "讓長輩白天有人照顧，晚上回家與家人團聚，減輕家庭照顧者的負擔。</p>"
            "<p>縣長表示，縣府將持續布建長照資源，打造高齡友善的生活環境。</p>"
            "<footer>某某縣政府全球資訊網 版權所有</footer></body></html>")
    assert extract_article(page, "https://www.example.gov.tw/News_Content.aspx?n=1&s=2"
                           ).title == head


def test_a_site_and_channel_before_the_headline_go_when_the_page_prints_the_rest():
    # (an old board's detail table: no h1, the headline in an h3 of a cell, the <title> the
    # site's and the list's names joined to it by bare hyphens, no logo naming the site)
    head = "防範腸病毒 衛生所呼籲家長落實「勤洗手、多通風」"
    page = (f"<html><head><meta charset='utf-8'><title>某某縣衛生局-最新消息-{head}</title>"
            "</head><body><table><tr><td>發布日期</td><td>114-05-06</td></tr>"
            f"<tr><td colspan='2'><h3 class='news_title'>{head}</h3></td></tr>"
            "<tr><td colspan='2'><p>衛生局表示，近期腸病毒門急診就診人次上升，"
            "呼籲家長留意幼兒健康狀況，落實手部衛生，並保持室內空氣流通。</p>"
            "<p>如出現嗜睡、持續嘔吐等症狀，應儘速送醫。</p></td></tr></table>"
            "</body></html>")
    assert extract_article(page, "https://www.health.example.gov.tw/news_detail.asp?sn=1"
                           ).title == head


def test_an_h1_naming_the_section_yields_to_the_headline_a_heading_prints():
    # (<title> the court's name, og:title reworded for sharing and printed nowhere, the h1
    # the section's name: the h2 printing the headline in other words is the headline)
    head = "Tribunal anula lei municipal que criava taxa sobre antenas de telefonia celular"
    page = ("<html><head><title>Tribunal Superior de Exemplo</title><meta property='og:title' "
            "content='Tribunal anula lei que criava taxa sobre antenas'></head><body>"
            "<div class='secao'><h1>Notícias TSE</h1></div>"
            f"<h2 class='titulo-noticia'>{head}</h2><p>O Plenário declarou inconstitucional "
            "uma lei municipal que instituía uma taxa anual sobre antenas de telefonia.</p>"
            "<p>A decisão foi unânime e segue a jurisprudência do tribunal.</p></body></html>")
    assert extract_article(page, "https://portal.tse.example.br/noticia.asp?id=1").title == head


def test_a_section_heading_that_is_part_of_the_title_does_not_replace_it():
    # (<title> and og:title agree on a title the page prints nowhere; an h2 under a short
    # h1 prints a part of it: the title stands)
    head = "Tax Compliance: Applying Accounting Best Practices To Your Business"
    page = (f"<html><head><title>{head}</title><meta property='og:title' content='{head}'>"
            "</head><body><h1>SUPPORTING TAX COMPLIANCE</h1>"
            "<h2>Accounting Best Practices For Your Business</h2><p>Running payroll correctly "
            "every period protects the company and its employees from costly penalties.</p>"
            "<p>Our team reviews each filing before it is submitted.</p></body></html>")
    assert extract_article(page, "https://www.example.com/tax-compliance").title == head


def test_an_h1_longer_than_the_og_series_label_is_the_headline():
    # (a statistics office's flash report: og:title the series and month, <title> the
    # headline then the series then the office, the h1 the headline)
    head = "Januárban 2,1%-kal nőtt a kiskereskedelmi forgalom volumene"
    page = (f"<html><head><title>{head} – Kiskereskedelem, 2025. január | KSH</title>"
            "<meta property='og:title' content='Kiskereskedelem, 2025. január'></head><body>"
            "<p class='series'>Kiskereskedelem, 2025. január</p>"
            f"<h1>{head}</h1><p>A kiskereskedelmi üzletek forgalmának volumene 2025 januárjában "
            "2,1%-kal nőtt az egy évvel korábbihoz képest.</p><p>Az élelmiszer-üzletekben a "
            "forgalom 0,8%-kal bővült.</p></body></html>")
    assert extract_article(page, "https://www.stat.example.hu/gyors/kisker2501.html").title == head


def test_an_office_named_in_the_h1_and_first_in_title_yields_to_the_h2_headline():
    # (a police headquarters' page: <title> "Office - Headline - Service", the h1 the
    # office, the h2 after it the headline, og:title reworded for sharing)
    head = "Controlli straordinari nella zona del porto: due arresti e nove denunce"
    page = (f"<html><head><title>Questura di Esempio - {head} - Polizia</title>"
            "<meta property='og:title' content='Esempio, controlli al porto: due arresti'>"
            "</head><body><h1 class='page-title'>Questura di Esempio</h1><div class='art'>"
            f"<h2 class='titolo'>{head}</h2><p>Nella serata di ieri gli agenti hanno "
            "controllato 140 persone nella zona del porto.</p><p>Due uomini sono stati "
            "arrestati per spaccio.</p></div></body></html>")
    assert extract_article(page, "https://questure.example.it/esempio/articolo/1").title == head
    # ... but an h1 that is the headline stays, whatever heading follows it
    page = (f"<html><head><title>Questura di Esempio - {head} - Polizia</title></head><body>"
            f"<h1>{head}</h1><h2>Questura di Esempio</h2><p>Nella serata di ieri gli agenti "
            "hanno controllato 140 persone.</p></body></html>")
    assert extract_article(page, "https://questure.example.it/esempio/articolo/1").title == head


def test_a_bold_headline_under_an_h1_naming_the_list_on_a_page_titled_by_the_site():
    # (a parliament's old portal: <title> is the site's name, as the logo says; the h1 is the
    # list's name, the menu's current entry; the release's headline is a cell's bold line)
    site = "Državni zbor Republike Slovenije"
    head = "Odbor za zdravstvo podprl novelo zakona o pacientovih pravicah"
    page = (f"<html><head><title>{site}</title></head><body><table><tr><td>"
            f"<a href='/portal/Home'><img src='/logo.gif' alt='{site}'></a></td></tr></table>"
            "<ul class='menu'><li><a href='/portal/Home/seja'>Seje</a></li>"
            "<li class='izbran'><a href='/portal/Home/seja/sporocila'>Sporočila za javnost</a>"
            "</li></ul><h1>Sporočila za javnost</h1><table class='sporocilo'>"
            "<tr><td>Ljubljana, 7. 10. 2024</td><td>Odbor za zdravstvo</td></tr>"
            f"<tr><td colspan='2'><strong>{head}</strong></td></tr><tr><td colspan='2'>"
            "<p>Odbor za zdravstvo je na današnji nujni seji obravnaval predlog zakona o "
            "spremembah zakona o pacientovih pravicah, ki ga je predložila vlada.</p>"
            "<p>Člani odbora so z devetimi glasovi za podprli vse člene predloga.</p>"
            "</td></tr></table></body></html>")
    url = "https://www.parlament.example.si/portal/Home/seja/sporocila/?uid=C1258B9B"
    assert extract_article(page, url).title == head


def test_a_german_newsrooms_name_in_the_h1_and_every_reference_is_no_headline():
    # (a police directorate's release: <title>, og:title and the h1 all name the list,
    # "Presseaussendungen"; the release's headline is the h2 under it)
    head = "Betrug durch falsche Polizisten: Pensionistin übergab Goldmünzen"
    page = ("<html><head><title>Presseaussendungen - Landespolizeidirektion Steiermark</title>"
            "<meta property='og:title' content='Landespolizeidirektion Steiermark - "
            "Presseaussendungen'></head><body><h1>Presseaussendungen</h1><div class='presse'>"
            "<p>Datum: 13.03.2025 Uhrzeit: 11:42</p>"
            f"<h2 class='presse_titel'>{head}</h2><p>Eine 81-jährige Frau aus Graz übergab "
            "am Mittwoch Goldmünzen an einen unbekannten Mann.</p><p>Die Polizei warnt "
            "erneut vor dieser Betrugsmasche.</p></div></body></html>")
    url = "https://www.polizei.example.at/stmk/presse/aussendungen/presse.aspx?prid=4E6B"
    assert extract_article(page, url).title == head


def test_an_article_title_meta_printed_nowhere_yields_to_the_one_h1_that_rewords_it():
    # (a city portal's paper story: the CMS field says "天津市今年将…", the h1 prints it in
    # the paper's own voice, "今年我市将…")
    page = ("<html><head><meta name='ArticleTitle' content='天津市今年将改造提升老旧小区262个'>"
            "<title>天津市今年将改造提升老旧小区262个_天津要闻_天津市人民政府</title></head><body>"
            "<h1 class='tit'>今年我市将改造提升老旧小区262个</h1><div class='content'><p>本报讯"
            "记者从市住房城乡建设委获悉，今年我市计划改造提升老旧小区262个，涉及居民约12.6万户。"
            "</p><p>改造内容包括外墙保温、管网更新和加装电梯等。</p></div></body></html>")
    assert extract_article(page, "https://www.tj.example.gov.cn/sy/202404/t20240409_1.html"
                           ).title == "今年我市将改造提升老旧小区262个"
    # ... but not an h1 that says something else (a column's name)
    other = page.replace("<h1 class='tit'>今年我市将改造提升老旧小区262个</h1>",
                         "<h1 class='tit'>天津要闻</h1>")
    assert extract_article(other, "https://www.tj.example.gov.cn/sy/202404/t20240409_1.html"
                           ).title == "天津市今年将改造提升老旧小区262个"


def test_an_article_title_meta_printed_nowhere_yields_to_the_title_cell_saying_it_longer():
    # (a provincial portal on a table layout, no h1: the CMS field and <title> say it short,
    # the title cell over the text at more length)
    short = "省政府常务会议研究春耕备耕和安全生产工作"
    long_ = "林振东主持召开省政府第42次常务会议 研究部署春季农业生产和安全生产等工作"
    page = (f"<html><head><meta name='ArticleTitle' content='{short}'><title>{short} 沧澜省"
            "人民政府</title></head><body><table class='art_tab'><tr><td class='title'>"
            f"{long_}</td></tr><tr><td class='info'>发布时间：2025-04-08 09:51</td></tr><tr>"
            "<td class='content'><div id='zoom'><p>4月7日，省长林振东主持召开省政府第42次"
            "常务会议，传达学习全国春季农业生产工作会议精神，研究部署我省春季农业生产和安全"
            "生产等工作。</p><p>会议指出，当前正值春耕备耕关键时期，各地各部门要抓好农资供应、"
            "农机检修和技术指导，确保粮食生产稳定，同时压实安全生产责任，深入开展隐患排查"
            "整治。</p></div></td></tr></table></body></html>")
    url = "https://www.canglan.example.gov.cn/art/2025/4/8/art_1123_684213.html"
    assert extract_article(page, url).title == long_
    # ... not a cell that says something else (a column's name), nor one more than twice
    # as long
    for cell in ("政务要闻", long_ + "，审议通过《若干措施》并部署下一阶段的重点工作任务"):
        other = page.replace(f"<td class='title'>{long_}</td>", f"<td class='title'>{cell}</td>")
        assert extract_article(other, url).title == short, cell


def test_a_dash_inside_the_headline_that_the_social_title_prints_too_is_no_section():
    # "… Bonțida – Răscruci" in the h1 and <title>, the social title worded otherwise but
    # ending with the same two places: the dash joins a phrase, "Răscruci" is no section
    head = "A fost semnat contractul pentru modernizarea drumului DJ 109F Bonțida – Răscruci"
    page = (f"<html><head><title>{head} - Consiliul Județean Cluj</title>"
            "<meta property='og:title' content='Contract semnat pentru DJ 109F Bonțida – "
            f"Răscruci'></head><body><article><h1>{head}</h1><div class='body'><p>"
            + "Consiliul Județean a semnat luni contractul de execuție pentru drum. " * 5
            + "</p></div></article></body></html>")
    assert extract_article(page, "https://cj.example.ro/comunicate/dj-109f").title == head


def test_the_site_name_h1_yields_to_a_title_cell_printing_the_rest_of_title():
    # a Joomla 1.0 table layout: the h1 is the site's name, <title> "Site - Kind – Headline",
    # and the headline a "contentheading" cell printing the two segments after the name
    head = "Public Notice – Water Conservation Measures for Funafuti"
    page = (f"<html><head><title>Government of Tuvalu - {head}</title></head><body>"
            "<div id='top'><h1>Government of Tuvalu</h1></div><table><tr><td>"
            "<table class='contentpaneopen'><tr><td class='contentheading' width='100%'>"
            f"{head}</td></tr></table><table class='contentpaneopen'><tr><td><p>"
            + "Residents are asked to limit water use while the tanks are refilled. " * 5
            + "</p></td></tr></table></td></tr></table></body></html>")
    assert extract_article(page, "http://www.gov.example/index.php?option=com_content").title \
        == head


def test_a_heading_printing_titles_run_past_a_social_title_cut_short_is_the_headline():
    # a ministry's Liferay page: no h1 but a hidden navigation heading, the headline in an
    # h2, <title> printing both its parts, the social title only the first
    first = "Työryhmä esittää kuntien valtionosuusjärjestelmään muutoksia"
    whole = f"{first} – tavoitteena ennakoitavampi rahoitus"
    page = (f"<html><head><title>{whole} - Valtiovarainministeriö</title>"
            f"<meta property='og:title' content='{first} - Valtiovarainministeriö'></head>"
            "<body><nav><h1 class='hide-accessible'>Navigaatio</h1></nav><main>"
            f"<h2 class='news-title'>{whole}</h2><div class='text'><p>"
            + "Työryhmä julkaisi tiistaina ehdotuksensa valtionosuusjärjestelmän uudistamiseksi. "
            * 5 + "</p></div></main></body></html>")
    assert extract_article(page, "https://vm.example.fi/-/tyoryhma").title == whole
    # ... where the heading prints the social title alone, that is the headline
    cut = page.replace(f"<h2 class='news-title'>{whole}</h2>",
                       f"<h2 class='news-title'>{first}</h2>")
    assert extract_article(cut, "https://vm.example.fi/-/tyoryhma").title == first


def test_a_letterhead_printing_the_whole_title_yields_to_the_emphasized_headline():
    # an old FrontPage release: no h1, <title> the office's name and the page's kind, which
    # the page prints as its letterhead over the headline in a larger bold font
    head = "Health Department launches nationwide measles and rubella vaccination campaign"
    page = ("<html><head><title>FSM Information Services - Press Release</title></head><body>"
            "<table><tr><td><p><a href='../index.html'>Home</a> | <a href='../press/'>Press "
            "Releases</a></p></td></tr><tr><td>"
            "<p align='center'><font size='2'><b>FSM Information Services</b><br>Press Release"
            f"</font></p><p align='center'><font size='4'><b>{head}</b></font></p><p>"
            + "PALIKIR, Pohnpei - The Department launched the campaign on Monday. " * 5
            + "</p><p>Released: July 9, 2012</p></td></tr></table></body></html>")
    assert extract_article(page, "http://www.gov.example.fm/press/pr070912.htm").title == head


def test_a_box_named_a_sub_title_is_no_title_under_the_headline():
    # an NIC Drupal ministry page: <title> the ministry, the h1 the page's kind, the
    # headline an h2, and under it a "field--name-field-sub-title" box
    head = "Union Health Ministry launches intensified campaign for screening in 17 States"
    page = ("<html><head><title>Ministry of Health and Family Welfare | GOI</title></head><body>"
            "<h1 class='page-title'>Press Release</h1><div class='press'><h2 class='press-title'>"
            f"<span class='field field--name-title'>{head}</span></h2>"
            "<div class='field field--name-field-sub-title'>Over 1.92 crore persons screened "
            "since launch of the mission</div><div class='body'><p>"
            + "The ministry has launched a campaign to screen people in tribal districts. " * 5
            + "</p></div></div></body></html>")
    assert extract_article(page, "https://ministry.example.gov.in/?q=press-release/1").title \
        == head


def test_a_sections_name_in_the_h1_and_title_yields_to_the_headline_under_it():
    # a privacy regulator's static page: "PCPD | Media Statements" and the h1 the section's
    # name, the headline an h2; a Macedonian city's DNN page the same in its language
    head = ("Privacy Commissioner Publishes Investigation Report on Data Breach Incident of "
            "Fitness Club Operator")
    text = "<p>" + "The Privacy Commissioner today published the report of the inquiry. " * 5
    page = ("<html><head><title>PCPD | Media Statements</title></head><body><main>"
            f"<h1 class='pageTitle'>Media Statements</h1><h2>{head}</h2><p>Date: 19 November "
            f"2024</p>{text}</p></main></body></html>")
    assert extract_article(page, "https://www.pcpd.example.hk/en/media/p20241119.html").title \
        == head
    # ... and the Macedonian name of a city's releases is a list's name too
    from newscrawler.extract.title import _list_name
    assert _list_name("Соопштенија") and _list_name("Press statements")


def test_a_title_that_names_the_release_kind_yields_to_the_bold_headline_over_the_text():
    # a constitutional court's release: <title> "Court - Comunicato stampa", no heading, the
    # headline in bold capitals in a box of its own over the text
    head = "ALLOGGI: ILLEGITTIMO CHIEDERE DIECI ANNI DI RESIDENZA PER IL CONTRIBUTO AFFITTI"
    text = "<p>" + "La Corte ha dichiarato illegittima la norma regionale sugli affitti. " * 5
    page = ("<html><head><title>Corte costituzionale - Comunicato stampa</title></head><body>"
            "<div class='header-top'><a href='/home.do'><img src='/logo.png' alt='Corte "
            "costituzionale'></a></div><ol class='breadcrumb'><li><a href='/home.do'>Home</a>"
            "</li><li class='active'>Comunicato stampa</li></ol>"
            "<div class='col-sidebar'><h4>Ufficio stampa</h4><ul><li><a href='/cs'>Comunicati "
            "stampa</a></li></ul></div><div class='cs'><div class='intestazione'>UFFICIO "
            f"STAMPA</div><div class='titolo-cs'><strong>{head}</strong></div>{text}</p>"
            "</div></body></html>")
    assert extract_article(page, "https://www.court.example.it/cs/20240418").title == head


def test_an_h1_that_ends_a_title_segment_other_than_the_social_titles_is_a_channel():
    # a city's press service: <title> "Headline | Stadt Münster: Presse-Service", og:title
    # the headline, the h1 the service's name and the headline an h2
    head = "Fahrradstraße Hafenweg: Bauarbeiten beginnen am 3. Juni"
    page = _titled(f"<title>{head} | Stadt Münster: Presse-Service</title>"
                   f'<meta property="og:title" content="{head}">',
                   f"<h1 class='page-title'>Presse-Service</h1><h2>{head}</h2>", lang="de")
    assert extract_article(page, "https://www.stadt.example.de/presse/meldung/1").title == head


def test_a_title_part_after_the_office_the_page_prints_over_itself_is_no_headline():
    # a ministry: <title> "Headline: Ministerium für …", the h1 the headline, the ministry's
    # name printed in the page's header (and footer) as a line of its own
    head = "Land fördert 14 neue Gemeindeschwester-Projekte im ländlichen Raum"
    office = "Ministerium für Arbeit, Soziales, Gesundheit und Gleichstellung"
    page = _titled(f"<title>{head}: {office}</title>",
                   f"<header><a href='/'><img src='logo.svg' alt='Sachsen-Anhalt'></a><div "
                   f"class='page-header__institution'>{office}</div></header><main><article>"
                   f"<p class='kicker'>Gesundheit</p><h1>{head}</h1></article></main>",
                   lang="de")
    assert extract_article(page, "https://ms.land.example.de/pm/123").title == head


def test_a_release_number_for_the_social_title_and_the_sites_name_first_in_title():
    # a military's release: og:title its number, the headline an h3 under "Press Release"
    head = "Army medical teams continue relief work in flood-affected districts of Sindh"
    page = _titled('<title>Press Release - ISPR</title><meta property="og:title" '
                   'content="No PR-172/2023-ISPR">',
                   f"<div class='container'><h2>Press Release</h2><h3 class='pr-title'>{head}"
                   "</h3><p>Date: 12 September 2023</p></div>")
    assert extract_article(page, "https://ispr.example.pk/press-release-detail/6621").title \
        == head
    # a county portal's <title> "Site--Headline", the headline printed in a table cell and
    # a side box titled "最新信息" (latest) over the page
    zh = "我县召开2015年国庆黄金周旅游市场秩序整治暨安全工作会议"
    page = _titled(f"<title>凤凰县人民政府门户网站--{zh}</title>",
                   "<table><tr><td class='left_title'>最新信息</td></tr><tr><td><a href='/a'>"
                   "关于开展安全检查的通知</a></td></tr></table><table><tr><td><span class="
                   f"'STYLE1'>{zh}</span></td></tr><tr><td>发布时间：2015-9-22 9:35:12</td></tr>"
                   "</table>", lang="zh")
    assert extract_article(page, "http://www.fh.example.gov.cn/News/ShowArticle.asp?id=1"
                           ).title == zh


def test_a_templates_name_for_one_items_view_is_no_headline():
    # a Turkish city's legacy page: <title> "Site - Haber Detay" (news detail), the headline
    # in a cell named "haberBaslik"
    head = "Büyükşehir'den 2012 Yılında 150 Bin Fidan"
    page = _titled("<title>Konya Büyükşehir Belediyesi - Haber Detay</title>",
                   "<table><tr><td class='yol'><a href='/'>Ana Sayfa</a> » <a href='/haberler'>"
                   f"Haberler</a> » Haber Detay</td></tr><tr><td class='haberBaslik'>{head}</td>"
                   "</tr><tr><td>Haber Tarihi : 14.03.2012</td></tr></table>", lang="tr")
    assert extract_article(page, "https://www.city.example.bel.tr/haber.php?id=9").title == head


def test_an_arabic_news_sections_name_in_the_h1_is_no_headline():
    head = "العدل: أكثر من 1.2 مليون وكالة إلكترونية صدرت عبر «ناجز» منذ بداية العام"
    page = _titled("<title>وزارة العدل - الأخبار</title>",
                   f"<h1>الأخبار</h1><div class='news'><h3>{head}</h3><p>تاريخ النشر: "
                   "1445/12/17 هـ - 2024/06/23 م</p></div>", lang="ar")
    assert extract_article(page, "https://www.moj.example.sa/ar/News/Pages/1.aspx").title == head


def test_an_epapers_record_of_its_article_gives_the_headline():
    # a digital newspaper (Founder's e-paper): <title> the paper's name, the page's bold
    # label "本版标题导航" over a list of the page's headlines, the headline in a table cell,
    # and the CMS's record of the article in a comment, read from the page and from a
    # parsed selector alike
    page = ("<html><head><title>武汉晚报数字报</title></head><body><table><tr><td>"
            "<strong>本版标题导航</strong><br><a href='content_1.htm'>地铁6号线首批车辆运抵</a>"
            "<br><a href='content_2.htm'>一条绿道串起12座街头小游园</a></td><td>"
            "<!--enpproperty <articleid>2</articleid><date>2015-09-18</date><author></author>"
            "<title>一条绿道串起12座街头小游园</title><keyword></keyword>/enpproperty-->"
            "<table><tr><td class='font02'>家门口添了休闲好去处</td></tr><tr><td class='font01'>"
            "一条绿道串起12座街头小游园</td></tr><tr><td><p>　　本报讯 昨日，记者从市园林局获悉，"
            "江岸区沿后湖大道建设的口袋公园绿道已基本完工，全长约6.8公里的绿道串起沿线12座街头"
            "小游园。</p><p>　　据介绍，该绿道利用后湖大道沿线的边角地、闲置地和道路绿化带建设。"
            "</p></td></tr></table></td></tr></table></body></html>")
    url = "http://whwb.example.cn/html/2015-09/18/content_2.htm"
    assert extract_article(page, url).title == "一条绿道串起12座街头小游园"
    assert extract_article(Selector(text=page), url).title == "一条绿道串起12座街头小游园"


def test_an_h1_of_the_owner_the_copyright_line_names_is_no_headline():
    # a department's site: the h1 in the header is its name, <title> "Name | Government",
    # the footer "Content owned and maintained by Name, …"; the headline is an h3
    head = "Health Secretary reviews heatwave preparedness in all district hospitals"
    page = _titled("<title>Department of Information &amp; Public Relations | Government of"
                   " the Union Territory</title>",
                   "<div class='header'><h1>Department of Information &amp; Public Relations"
                   "</h1><h4>Government of the Union Territory</h4></div><ol class='breadcrumb'>"
                   "<li><a href='/'>Home</a></li><li>News Details</li></ol>"
                   f"<div class='news-detail'><h3 class='news-head'>{head}</h3>"
                   "<p>Dated : 21/05/2024</p></div>")
    page = page.replace(b"</body>", b"<div class='footer'><p>Content owned and maintained by "
                        b"Department of Information &amp; Public Relations, Government of the "
                        b"Union Territory.</p></div></body>")
    assert extract_article(page, "https://dipr.example.in/NewsDescription.aspx?ID=1").title == head


def test_a_title_keeps_the_separators_the_headline_prints():
    # og:title joins the two phrases with a comma, <title> and the heading with a space
    page = _titled('<meta property="og:title" content="暑期将至，多地博物馆推出夜场和预约新举措">'
                   "<title>暑期将至 多地博物馆推出夜场和预约新举措_环球网</title>",
                   "<h1 class='t-logo'><a href='/'><img src='logo.png' alt='环球网'></a></h1>"
                   "<div class='t-container'><h3>暑期将至 多地博物馆推出夜场和预约新举措</h3>"
                   "<p>2023-06-28 11:26</p></div>", lang="zh")
    assert extract_article(page, "https://china.example.com/article/4DkQ").title == (
        "暑期将至 多地博物馆推出夜场和预约新举措")


def test_a_releases_number_og_title_and_title_share_is_no_headline():
    # <title> "Court - Press release No. 15/2024 of 14.03.2024", og:title the number and the
    # headline cut short: what both share is the release's number; the h1 prints the headline
    head = ("Abstandsflächen für Windenergieanlagen an Flugsicherungseinrichtungen: "
            "Einzelfallprüfung erforderlich")
    page = _titled("<title>Bundesverwaltungsgericht - Pressemitteilung Nr. 15/2024 vom "
                   "14.03.2024</title><meta property='og:title' content='Pressemitteilung Nr. "
                   "15/2024 vom 14.03.2024: Abstandsflächen für Windenergieanlagen an "
                   "Flugsicherungseinrichtungen'>",
                   "<ul class='crumbs'><li><a href='/'>Startseite</a></li><li>Pressemitteilung "
                   "Nr. 15/2024</li></ul><p class='pm-nummer'>Pressemitteilung Nr. 15/2024 vom "
                   f"14.03.2024</p><h1>{head}</h1>", lang="de")
    assert extract_article(page, "https://www.bverwg.example.de/pm/2024/15").title == head


def test_a_heading_that_title_prints_between_labels_and_a_date_is_the_headline():
    # <title> "Office: Media Statement: <headline>, 15 March 2023" over an h2 that prints the
    # headline alone, on a page without an h1
    head = "Deputy Minister opens dedicated Sexual Offences Court in Mthatha"
    page = _titled(f"<title>DOJ&amp;CD: Media Statement: {head}, 15 March 2023</title>",
                   "<table><tr><td class='breadcrumb'><a href='/'>Home</a> &gt; Media "
                   "Statements</td></tr></table><p class='statementtype'>MEDIA STATEMENT</p>"
                   f"<h2 class='heading'>{head}</h2>")
    assert extract_article(page, "https://www.justice.example.za/m_statements/2023/1.html"
                           ).title == head
    # (with words after the headline that are no date, <title>'s reading stands)
    page = page.replace(b", 15 March 2023<", b", says the office<")
    assert extract_article(page, "https://www.justice.example.za/m_statements/2023/1.html"
                           ).title != head


def test_a_title_that_names_a_menus_channel_yields_to_the_line_over_the_text():
    # a ministry's SharePoint release: <title> "Press Room - Ministry - News", "Press Room"
    # the top menu's entry; no h1, the headline an h2 over the text, with no date near it
    head = "Second round of bilateral consultations with Uzbekistan held in the capital"
    page = _titled("<title>Press Room - Ministry of Foreign Affairs - News</title>",
                   "<div class='logo'><a href='/site/home.aspx'><img src='/crest.png' alt="
                   "'Ministry of Foreign Affairs'></a><span class='sitename'>Ministry of "
                   "Foreign Affairs</span></div><ul class='topnav'><li><a href='/site/home."
                   "aspx'>Home</a></li><li><a href='/Pages/About.aspx'>About the Ministry</a>"
                   "</li><li><a href='/Lists/Press/AllItems.aspx'>Press Room</a></li></ul>"
                   "<div class='breadcrumb'><a href='/'>Home</a> &gt; <a href='/Lists/Press/"
                   "AllItems.aspx'>Press Room</a> &gt; <span>News</span></div><div class="
                   "'news-item'><div class='news-label'>PRESS RELEASE</div><h2 class='news-"
                   f"title'>{head}</h2></div>")
    # (and a box of the channel's latest beside it, "Latest in Press Room")
    page = page.replace(b"</body>", b"<div class='latest'><h3>Latest in Press Room</h3><ul><li>"
                        b"<a href='/Lists/Press/news.aspx?id=1186'>Minister receives the new "
                        b"ambassador of Japan</a></li></ul></div></body>")
    assert extract_article(page, "https://www.mfa.example.bn/Lists/Press/news.aspx?id=1187"
                           ).title == head


def test_an_h1_of_a_swahili_lists_name_is_no_headline():
    # a central bank's statement: <title> "Habari - Benki Kuu", the h1 the channel's name
    # "Taarifa kwa Umma" (public statements), the headline an h4 in a card
    head = "Kamati ya Sera ya Fedha yaamua riba ya Benki Kuu ibaki asilimia sita"
    page = _titled("<title>Habari - Benki Kuu ya Tanzania</title>",
                   "<nav><a href='/sw'><img src='/logo.png' alt='Benki Kuu ya Tanzania'></a>"
                   "<ul><li><a href='/sw/Kuhusu'>Kuhusu Sisi</a></li><li><a href='/sw/Sera'>"
                   "Sera ya Fedha</a></li><li><a href='/sw/Takwimu'>Takwimu</a></li><li><a href="
                   "'/sw/Mawasiliano'>Mawasiliano</a></li></ul></nav>"
                   "<div class='page-banner'><h1>Taarifa kwa Umma</h1></div><ol class="
                   "'breadcrumb'><li><a href='/sw'>Mwanzo</a></li><li><a href='/sw/Habari'>"
                   "Habari</a></li><li class='active'>Taarifa kwa Umma</li></ol><div class="
                   f"'card'><h4 class='news-title'>{head}</h4><p class='date'>Tarehe: 03 Oktoba "
                   "2024</p></div>")
    assert extract_article(page, "https://www.bot.example.go.tz/Publications/Details/1").title == (
        head)


def test_a_side_columns_title_cell_is_not_the_headline_of_the_text_beside_it():
    # an old court's page laid out in a table: the side column's "Pesquisa" in a cell
    # named a title, over a search form; the headline a long bold line over the text
    head = ("Tribunal Constitucional declara inconstitucional, com força obrigatória geral, "
            "norma sobre taxas municipais")
    text = "".join(f"<p>{p}, decidido em plenário, sobre a norma que permitia aos municípios "
                   "atualizar as taxas de proteção civil sem lei habilitante da Assembleia da "
                   "República, como o acórdão explica em pormenor.</p>"
                   for p in ("O Tribunal Constitucional declarou hoje a inconstitucionalidade",
                             "A decisão produz efeitos desde a entrada em vigor da norma",
                             "O processo teve origem em três decisões de tribunais"))
    page = ("<html><head><title>Tribunal Constitucional - Comunicados</title></head><body>"
            "<table><tr><td class='lateral'><table><tr><td class='menulat_tit'>Pesquisa</td>"
            "</tr><tr><td><form action='/pesquisa'><input name='q'></form></td></tr></table>"
            f"</td><td><p align='center'><font size='3'><b>{head}</b></font></p>{text}</td></tr>"
            "</table></body></html>")
    assert extract_article(page.encode(), "https://www.tribunal.example.pt/comunicados/c1.html"
                           ).title == head


def test_a_side_columns_heading_that_prints_the_titles_part_is_not_the_headline():
    # a parliament's old spokesman page laid out in a table: <title> "Parliament - Spokesman
    # - Press releases", the side column's bold heading "Spokesman" over its menu; the
    # headline in a large bold font over the text, in the next cell
    head = "Interior committee warns that poor drainage may flood towns in the first storm"
    text = "<br><br>".join(
        f"{p}, the committee heard from the ministry, the water authority and the mayors of "
        "the towns flooded last winter, and asked for a list of the works still unfinished."
        for p in ("The interior committee met today on the councils' winter preparations",
                  "The ministry said it had allocated 42 million to drainage in 37 councils",
                  "The chair asked the ministry to report within two weeks"))
    page = _titled("<title>Parliament - Spokesman - Press releases</title>",
                   "<table><tr><td width='170'><table><tr><td><b>Spokesman</b></td></tr>"
                   "<tr><td><a href='/spokesman/releases'>Press releases</a></td></tr><tr><td>"
                   "<a href='/spokesman/photos'>Photos</a></td></tr><tr><td><a href='/spokesman/"
                   "search'>Search releases</a></td></tr></table></td><td><font size='2'>"
                   "20/11/2018</font><br><font size='4'><b>" + head + "</b></font><br><br>"
                   f"<font size='2'>{text}</font></td></tr></table>")
    assert extract_article(page, "https://www.parliament.example/spokesman/message.asp?id=12774"
                           ).title == head


def test_an_h1_naming_the_channel_over_the_headlines_dated_line_is_no_headline():
    # a central bank's portal: <title> the site's name, the h1 the channel (the breadcrumb's
    # last step), the headline in a line named a title with its date under it
    head = ("NHNN tổ chức Hội nghị triển khai giải pháp thúc đẩy tăng trưởng tín dụng "
            "các tháng cuối năm 2024")
    page = _titled("<title>Ngân hàng Nhà nước Việt Nam</title>",
                   "<div class='breadcrumb'><a href='/'>Trang chủ</a> &gt; <a href='/ttsk'>"
                   "Tin tức - Sự kiện</a> &gt; Hoạt động ngân hàng</div>"
                   "<h1 class='section-title'>Hoạt động ngân hàng</h1>"
                   f"<div class='title-detail'><span>{head}</span></div>"
                   "<div class='date-detail'>15/05/2024 08:30</div>", lang="vi")
    assert extract_article(page, "https://www.bank.example.vn/tin/1").title == head


def test_a_subscript_in_the_headline_is_printed_without_a_space():
    page = _titled("<title>New catalyst turns captured CO2 into ethylene | Lab News</title>",
                   "<h1 class='entry-title'>New Catalyst Turns Captured CO<sub>2</sub> Into "
                   "Ethylene at Record Efficiency</h1>")
    assert extract_article(page, "https://news.lab.example.gov/2024/03/05/catalyst/").title == (
        "New Catalyst Turns Captured CO2 Into Ethylene at Record Efficiency")


_ADVISORY_TEXT = "".join(f"<p>Paragraph {n} of the advisory, on the hearing the commissioners "
                         "hold on the greenway extension next week.</p>" for n in range(4))


@pytest.mark.parametrize("title, h1", [
    # a template's name for the view of one item, in <title> and the h1, the headline an h2
    ("County Government : News Detail", "News Detail"),
    ("Article Details | County Government", "Article Details"),
    # (SharePoint's page layout, the list's name in the h1)
    ("News Release Details", "News Releases"),
])
def test_a_templates_view_name_is_no_headline(title, h1):
    page = (f"<html><head><title>{title}</title></head><body><main><h1>{h1}</h1>"
            "<div id='newsDetail'><h2 id='newsTitle'>Media Advisory: Commissioners to hold "
            "public hearing on greenway extension</h2><p class='newsDate'>Posted on: Wed, Feb "
            "14, 2024</p>" + _ADVISORY_TEXT + "</div></main></body></html>")
    fields = extract_article(page, "https://www.county.example.gov/news-detail?id=9012")
    assert fields.title == ("Media Advisory: Commissioners to hold public hearing on greenway "
                            "extension")


def test_the_heading_the_description_states_beats_a_title_of_section_and_site():
    # <title> "Новости | <portal's name>", the h1 the section's name; the description meta
    # is the headline's h2, word for word
    headline = "В области до конца года отремонтируют 38 сельских фельдшерских пунктов"
    text = "".join(f"<p>Абзац {n} новости о ремонте сельских медицинских пунктов в районах "
                   "области в этом году.</p>" for n in range(4))
    page = ("<html lang='ru'><head><title>Новости | Официальный портал органов власти "
            f"области</title><meta name='description' content='{headline}'></head><body>"
            "<header><div class='logo-text'>Официальный портал органов власти области</div>"
            "</header><main><h1 class='page-title'>Новости</h1><div class='news-detail'><div "
            "class='news-detail-date'>14 августа 2024, 16:25</div><h2 class='news-detail-title'>"
            f"{headline}</h2>{text}</div></main></body></html>")
    fields = extract_article(page, "https://www.region.example.ru/press/news/12345/")
    assert fields.title == headline


def test_a_bodys_latest_news_page_name_is_no_headline():
    # a district council's page: <title> (the councils' portal, the district, the page) and
    # the h1 name the page "最新消息" (latest news); the logo and the breadcrumb name the rest
    text = "".join(f"<p>第{n}段：區議會宣布支持舉辦冬日市集，設有約八十個攤位，"
                   "售賣特色手工及本地產品。</p>" for n in range(1, 5))
    page = ("<html lang='zh-HK'><head><title>區議會 - 灣仔 - 最新消息</title><meta "
            "name='description' content='灣仔區議會 - 最新消息'></head><body><div id='header'>"
            "<a href='/'><img src='/logo.png' alt='區議會'></a></div><div class='breadcrumb'>"
            "<a href='/'>主頁</a> &gt; <a href='/wch/'>灣仔</a> &gt; <a href='/wch/info/'>最新消息"
            "</a> &gt; 詳情</div><main>"
            "<h1 class='pageTitle'>最新消息</h1><div class='newsDetail'><h2>灣仔區議會支持舉辦"
            "「灣仔冬日市集2024」</h2>" + text + "</div></main></body></html>")
    fields = extract_article(page, "https://www.council.example.hk/info/highlight_2024_1118.html")
    assert fields.title == "灣仔區議會支持舉辦「灣仔冬日市集2024」"


@pytest.mark.parametrize("title, logo, h1", [
    # the body's name after its parent ministry's, the logo the body's name alone
    ("T.C. İçişleri Bakanlığı Emniyet Genel Müdürlüğü", "Emniyet Genel Müdürlüğü", None),
    # the h1 a newsroom's name ("News & Headlines"), <title> the agency's
    ("Ghana Statistical Service", "Ghana Statistical Service", "News &amp; Headlines"),
])
def test_a_title_naming_the_body_yields_to_the_heading_over_the_text(title, logo, h1):
    text = "".join(f"<p>Paragraph {n} of the notice on holiday traffic measures and the "
                   "inspections on the intercity roads.</p>" for n in range(4))
    heading = (f"<h1 class='title'>{h1}</h1><h2 class='post-title'>" if h1
               else "<h1 class='baslik'>") + "Holiday traffic measures announced"
    heading += "</h2>" if h1 else "</h1>"
    page = (f"<html><head><title>{title}</title></head><body><header><a href='/' class='logo'>"
            f"<img src='/logo.png' alt='{logo}'></a></header><main>{heading}{text}</main>"
            "</body></html>")
    fields = extract_article(page, "https://www.agency.example.gov/news/holiday-traffic")
    assert fields.title == "Holiday traffic measures announced"


def test_a_county_governments_name_as_title_yields_to_the_large_line_over_the_text():
    # an old table layout: <title> the county government's name, the headline a <font>
    # set large by its style, the info line under it
    text = "".join(f"<p>第{n}段：全县各级党组织以主题党日为载体，开展了形式多样的"
                   "学习教育活动，党员参加。</p>" for n in range(1, 5))
    page = ("<html><head><title>某某满族自治县人民政府</title></head><body><table><tr><td>"
            "<font style='font-size:22px;color:#c00;font-weight:bold'>某某县开展主题党日活动"
            "</font></td></tr><tr><td>【来源：县委组织部】【时间：2024-07-04 09:48:33】</td></tr>"
            f"<tr><td class='zw'>{text}</td></tr></table></body></html>")
    fields = extract_article(page, "https://www.xian.example.gov.cn/djgz/202407/t20240704_1.html")
    assert fields.title == "某某县开展主题党日活动"


def test_an_h1_that_is_the_link_home_is_the_sites_name():
    # an old table layout: <h1><a href='index.php'>office</a></h1>, <title> the office's name
    # and the list's; the headline in bold in a table cell over its date and the text
    text = "".join(f"<p>Paragraph {n} of the provincial office's news on the forest fire "
                   "preparations and the meeting of the district chiefs.</p>" for n in range(4))
    page = ("<html><head><title>Provincial Office :: Public Relations News</title></head><body>"
            "<div id='header'><h1><a href='index.php'>Provincial Office</a></h1></div><table>"
            "<tr><td class='newstopic'><b>Province prepares for the forest fire season</b>"
            "</td></tr><tr><td class='newsdate'>14 November 2024</td></tr><tr><td "
            f"class='newsdetailtext'>{text}</td></tr></table></body></html>")
    fields = extract_article(page, "https://www.province.example.go.th/news_detail.php?id=2301")
    assert fields.title == "Province prepares for the forest fire season"


def test_a_line_named_as_the_releases_head_is_the_headline():
    # <title> the ministry's name; the headline a centred <p class='press_head'> under the
    # page's "Press Release" label; a table named so elsewhere is a header of fields
    text = "".join(f"<p>Paragraph {n} of the release on the meeting that reviewed the "
                   "digitization of tax collection and the revenue measures.</p>" for n in range(4))
    page = ("<html><head><title>Finance Division, Government of Example</title></head><body>"
            "<table><tr><td id='content'><div class='page_title'>Press Release</div><p "
            "class='press_head' align='center'>Finance Minister Chairs Meeting on Revenue "
            f"Mobilization</p>{text}<p align='right'>Dated: 22-04-2024</p></td></tr></table>"
            "</body></html>")
    fields = extract_article(page, "https://www.finance.example.gov.pk/press/pr_22_04_2024.html")
    assert fields.title == "Finance Minister Chairs Meeting on Revenue Mobilization"


def test_a_lower_heading_of_sentences_under_the_headline_is_its_subtitle():
    # a city's page: the city's name the h1, <title> the site's and the list's names; the
    # headline an h2, under it an h3 of two sentences (the standfirst), then the date
    text = "".join(f"<p>Paragraph {n} of the city's notice on the works in the main street "
                   "and the buses that go round them.</p>" for n in range(4))
    page = ("<html><head><title>City of Example - Press releases</title></head><body><h1 "
            "class='logo'><a href='/'>City of Example</a></h1><div class='article'><h2 class="
            "'article-title'>Main street upgrade begins: the changes to traffic and buses</h2>"
            "<h3 class='article-subtitle'>The works will last 14 months in four stages. The "
            "city advises residents to use the car parks and the diverted bus lines</h3><div "
            f"class='article-dates'>Published: 04/03/2025</div>{text}</div></body></html>")
    fields = extract_article(page, "https://www.city.example.il/News/Article.aspx?id=6412")
    assert fields.title == "Main street upgrade begins: the changes to traffic and buses"


def test_an_h1_that_links_an_applications_front_page_is_the_sites_name():
    # a portal served from a folder: the logo and the h1 link "/portal/index.jsp"; <title>
    # the site's name and the menu's "Noticias"; the headline an h2 over the text
    text = "".join(f"<p>Párrafo {n} de la convocatoria de ayudas al desplazamiento para los "
                   "estudiantes que cursan sus estudios fuera de la ciudad.</p>" for n in range(4))
    menu = "".join(f"<li><a href='/portal/contenedor.jsp?seccion={m.lower()}.jsp'>{m}</a></li>"
                   for m in ("Gobierno", "Consejerías", "Noticias", "Trámites", "Turismo"))
    page = ("<html lang='es'><head><title>Ciudad Autónoma de Ejemplo - Noticias</title></head>"
            "<body><div id='cabecera'><div id='logo'><a href='/portal/index.jsp'><img src='/"
            "portal/img/escudo.png' alt='Escudo de Ejemplo'></a></div><h1 id='tituloPortal'><a "
            "href='/portal/index.jsp'>Ciudad Autónoma de Ejemplo</a></h1></div><div id='menu'>"
            f"<ul><li><a href='/portal/index.jsp'>Inicio</a></li>{menu}</ul></div><div "
            "class='noticia'><h2 class='tituloNoticia'>La Consejería de Educación abre el plazo "
            "de las ayudas al desplazamiento de estudiantes</h2><table><tr><td>Fecha de "
            f"publicación:</td><td>05/02/2025</td></tr></table>{text}</div></body></html>")
    fields = extract_article(page, "https://www.city.example.es/portal/contenedor.jsp?id=12")
    assert fields.title == ("La Consejería de Educación abre el plazo de las ayudas al "
                            "desplazamiento de estudiantes")


def test_an_h1_naming_the_list_that_the_title_names_is_passed_over_for_the_bold_headline():
    # an old ASP.NET newsroom: <title> "Agency - Press Releases", the h1 "Press Releases",
    # the headline a centred bold line under the release's contact lines
    text = "".join(f"<p>Paragraph {n} of the release on the contactless fare pilot on the "
                   "busiest bus route of the transit system.</p>" for n in range(4))
    page = ("<html><head><title>Transit Agency - Press Releases</title></head><body><div "
            "class='logo'><a href='/'><img src='/logo.png' alt='Transit Agency'></a></div><ul>"
            "<li><a href='/newsroom.aspx'>Newsroom</a></li><li><a href='/ride.aspx'>Ride</a>"
            "</li></ul><div class='crumbs'><a href='/'>Home</a> &gt; <a href='/newsroom.aspx'>"
            "Newsroom</a> &gt; Press Releases</div><h1 class='page-heading'>Press Releases</h1>"
            "<div class='press-release'><p><strong>FOR IMMEDIATE RELEASE</strong></p><p>Media "
            "Contact:<br>Jo Porter<br>404-000-0000</p><p style='text-align:center'><strong>"
            "Agency Begins Contactless Fare Pilot on Highway Bus Route</strong></p>"
            f"{text}</div></body></html>")
    fields = extract_article(page, "https://www.transit.example.com/press-releases/pilot.aspx")
    assert fields.title == "Agency Begins Contactless Fare Pilot on Highway Bus Route"


def test_a_standfirst_under_the_headline_cell_keeps_it_near_the_text():
    # an old table layout: the headline's cell, the standfirst's, the tools and a
    # captioned picture over the text, the site's and the room's names in <title>
    text = "".join(f"<p>Párrafo {n} de la noticia sobre el plan provincial de obras y "
                   "servicios aprobado por el pleno de la diputación.</p>" for n in range(4))
    page = ("<html lang='es'><head><title>Diputación de Ejemplo - Sala de Prensa - Noticias"
            "</title></head><body><table><tr><td class='activo'><a href='/sala-de-prensa/'>Sala "
            "de Prensa</a></td></tr></table><div class='tituloLateral'>Sala de Prensa</div><div "
            "class='migas'><a href='/'>Inicio</a> &gt; <a href='/sala-de-prensa/'>Sala de Prensa"
            "</a></div><table class='noticia'><tr><td class='fechaNoticia'>Lunes, 24 de febrero "
            "de 2025 - 13:47 h.</td></tr><tr><td class='titularNoticia'>La Diputación destina "
            "18,6 millones al plan provincial de obras</td></tr><tr><td class='entradillaNoticia'>"
            "El pleno aprueba el plan, que beneficiará a 168 municipios y entidades locales "
            "autónomas e incluye por primera vez una línea de 1,1 millones para autoconsumo "
            "solar en edificios municipales y otra de caminos rurales para los municipios de "
            "menos de mil habitantes</td></tr><tr><td class='herramientas'><a href='#'>"
            "A-</a> <a href='#'>A+</a> | <a href='#'>Imprimir</a> | <a href='/enviar/?id=2'>"
            "Enviar a un amigo</a></td></tr><tr><td class='fotoNoticia'><img src='/p.jpg'><div "
            "class='pieFoto'>Un momento de la sesión plenaria celebrada este lunes. FOTO: "
            "DIPUTACIÓN</div></td></tr><tr><td class='cuerpoNoticia'>" + text
            + "</td></tr></table></body></html>")
    fields = extract_article(page, "https://www.diputacion.example.es/sala-de-prensa/noticias/"
                             "?id=28417")
    assert fields.title == "La Diputación destina 18,6 millones al plan provincial de obras"


def test_an_h1_that_is_the_titles_last_part_after_the_channel_is_the_sites_name():
    # <title> "Headline - Aktualności - County", the county's name the h1, the headline
    # an h2 over the text
    text = "".join(f"<p>Akapit {n} wiadomości o podpisaniu umowy na przebudowę drogi "
                   "powiatowej między dwiema wsiami.</p>" for n in range(4))
    page = ("<html lang='pl'><head><title>Umowa na przebudowę drogi podpisana - Aktualności - "
            "Powiat Przykładowy</title></head><body><h1>Powiat Przykładowy</h1><ul><li><a href="
            "'/aktualnosci/'>Aktualności</a></li><li><a href='/bip/'>BIP</a></li></ul><div "
            "class='tresc'><h2 class='tytul'>Umowa na przebudowę drogi podpisana</h2>" + text
            + "</div></body></html>")
    fields = extract_article(page, "https://www.powiat.example.pl/aktualnosci/umowa,2871.html")
    assert fields.title == "Umowa na przebudowę drogi podpisana"


def test_an_h1_of_the_titles_site_and_channel_run_is_no_headline():
    # <title> "The Council - News - Headline", the h1 "Council News", the headline an h2
    text = "".join(f"<p>Paragraph {n} of the council's news on the community trust that "
                   "takes over the town hall and its café.</p>" for n in range(4))
    page = ("<html><head><title>The Example Council - News - Community trust takes over the "
            "town hall after asset transfer approved</title></head><body><h1>Example Council "
            "News</h1><h2 class='newstitle'>Community trust takes over the town hall after "
            f"asset transfer approved</h2>{text}<h3>Other recent news</h3><ul><li><a href='/n/"
            "2.html'>Road closure on the high street</a></li></ul></body></html>")
    fields = extract_article(page, "https://www.council.example.gov.uk/news/article_152311.html")
    assert fields.title == ("Community trust takes over the town hall after asset transfer "
                            "approved")


@pytest.mark.parametrize("h1", ["Agency News Release", "News Release<br>Communiqué"])
def test_a_kind_naming_h1_over_a_centred_bold_headline_that_title_ends_with(h1):
    # an old agency template: <title> "Agency - News Release - Headline", the h1 the kind
    # of page (with the agency's short name, or in two languages), the headline a centred
    # bold line under the release's header
    text = "".join(f"<p>Paragraph {n} of the release on the bridge rehabilitation and the "
                   "lane closures it brings to the interstate.</p>" for n in range(4))
    page = ("<html><head><title>Agency - News Release - Bridge Rehabilitation on the "
            "Interstate to Begin April 15</title></head><body><table><tr><td><h1 class="
            f"'pagetitle'><font face='Arial'>{h1}</font></h1><table><tr><td><b>FOR IMMEDIATE "
            "RELEASE</b></td><td>Contact: Public Affairs</td></tr></table><p align='center'>"
            "<font size='3'><b>Bridge Rehabilitation on the Interstate to Begin April 15</b>"
            f"</font></p>{text}<p align='center'>###</p></td></tr></table></body></html>")
    fields = extract_article(page, "https://www.agency.example.gov/news/release_2024_041.html")
    assert fields.title == "Bridge Rehabilitation on the Interstate to Begin April 15"


def test_a_header_h1_of_the_office_is_no_headline_at_the_sites_own_address():
    # at its own address the host names the site ("dpro"), so <title> is read as the list's
    # name alone ("Press Release"): the header's h1 of the office, which the footer's owner
    # line prints, is still no headline
    page = (PAGES / "en_header_office_h1_owner_footer.html").read_bytes()
    fields = extract_article(page, url="https://dpro.example.gov.in/press_release_details.php?id=5522")
    assert fields.title == "Solar pumps for 2,400 farmers approved under state irrigation scheme"


def test_a_subject_label_beside_the_date_field_has_no_value_of_its_own():
    # "Subject :" in one cell, "Date : 04/03/2025" in the next; the subject is the heading
    # printed under that row, not the date's field
    page = ("<html><head><title>\n\tPress Release\n</title></head><body>"
            "<table><tr><td class='left'><div>Press Release</div><ul>"
            "<li><a href='Details.aspx?id=1'>Traffic diversions for the marathon</a></li>"
            "</ul></td><td class='content'><h1>Press Release</h1><div class='pr-box'>"
            "<table width='100%'><tr><td><span>Subject :</span></td><td align='right'>"
            "<span>Date :</span> <span class='pr-date'>04/03/2025</span></td></tr></table>"
            "<h3 class='pr-title'>Cyber cell recovers Rs. 12 lakh lost to fake investment "
            "app</h3><div class='pr-desc'>"
            + "<p>The cyber police station has recovered money lost by eleven citizens to a "
            "fake share trading application and returned it to their accounts.</p>" * 4
            + "</div></div></td></tr></table></body></html>")
    fields = extract_article(page, url="https://police.example.gov.in/Details.aspx?id=4821")
    assert fields.title == "Cyber cell recovers Rs. 12 lakh lost to fake investment app"


def test_a_title_of_the_ministrys_name_and_a_kind_yields_to_the_h1():
    # <title> "Ministry - Announcements", the ministry's name printed in the header, and an
    # h1 of other words over the text: the h1 is the headline
    page = ("<html><head><title>Υπουργείο Υποδομών και Έργων - Ανακοινώσεις</title></head>"
            "<body><div class='banner'><img src='/emblem.png' alt=''><div class='ministry'>"
            "Υπουργείο Υποδομών και Έργων</div></div><div class='nav'><a href='/'>Αρχική</a> "
            "<a href='/anakoinoseis'>Ανακοινώσεις</a></div><div class='doc'><h1 class="
            "'doctitle'>Έναρξη εργασιών αναβάθμισης του οδικού δικτύου της πόλης</h1>"
            + "<p>Το Υπουργείο ανακοινώνει την έναρξη της δεύτερης φάσης των εργασιών "
            "αναβάθμισης του δρόμου, που θα διαρκέσει δεκατέσσερις μήνες.</p>" * 4
            + "</div></body></html>")
    fields = extract_article(page, url="https://www.ministry.example.gov.cy/anakoinoseis/a1")
    assert fields.title == "Έναρξη εργασιών αναβάθμισης του οδικού δικτύου της πόλης"


def test_a_releases_code_after_the_headline_in_title_is_no_part_of_it():
    # <title> and og:title go on past the h1 with the release's code, which the page prints
    # apart under the h1: the headline is the h1's
    head = "Arrest Made in Harbor City Burglary Series"
    page = (f"<html><head><title>{head} NR24107jm - City Police Online</title>"
            f"<meta property='og:title' content='{head} NR24107jm - City Police Online'>"
            "</head><body><header><h1 class='site-logo'><a href='/' rel='home'><img "
            "src='/logo.svg' alt='City Police Online'></a></h1></header><main><article>"
            f"<h1 class='entry-title'>{head}</h1><div class='meta'><span class='news-number'>"
            "NR24107jm</span> <time datetime='2024-03-18'>March 18, 2024</time></div>"
            + "<p>Detectives arrested a 34-year-old man suspected in a series of burglaries "
            "of small businesses along the harbor front over the past two months.</p>" * 4
            + "</article></main></body></html>")
    fields = extract_article(page, url="https://www.police.example.org/newsroom/arrest-nr24107jm/")
    assert fields.title == head


def test_a_heading_named_a_subtitle_under_the_headline_is_not_it():
    # <title> and og:title name the site and the press room; the bulletin's h2 headline over
    # an h4 named "subtitulo-boletin": the h2 is the headline
    page = ("<html><head><title>Ayuntamiento de Villaverde | Sala de Prensa</title>"
            "<meta property='og:title' content='Ayuntamiento de Villaverde - Sala de Prensa'>"
            "</head><body><div class='banner'><h1>Sala de Prensa</h1></div><div class="
            "'boletin'><p class='fecha'>Villaverde, a 14 de junio de 2024</p><h2 class="
            "'titulo-boletin'>Entregan la renovación del Parque Central con nuevas áreas de "
            "juego</h2><h4 class='subtitulo-boletin'>La obra beneficia a más de 1,200 "
            "habitantes de tres colonias</h4>"
            + "<p>El Ayuntamiento entregó la renovación integral del parque, que incluye juegos "
            "infantiles, alumbrado nuevo y andadores accesibles para las familias.</p>" * 4
            + "</div></body></html>")
    fields = extract_article(page, url="https://www.villaverde.example.gob.mx/prensa/1234")
    assert fields.title == "Entregan la renovación del Parque Central con nuevas áreas de juego"
    assert "1,200 habitantes" not in fields.body


def test_a_remark_in_brackets_after_the_h1_in_title_is_no_part_of_it():
    head = "Maple Tahini Apple Crisp Bars"
    page = (f"<html><head><title>{head} (Naturally Sweetened!) | Kitchen Notes</title>"
            f"<meta property='og:title' content='{head} (Naturally Sweetened!) | Kitchen "
            "Notes'></head><body><header><p class='site-title' itemprop='headline'><a href="
            "'/'>Kitchen Notes</a></p></header><main><div class='breadcrumb'><a href='/'>Home"
            "</a> &raquo; <a href='/category/desserts/'>Desserts</a> &raquo; <span class="
            f"'breadcrumb_last'>{head}</span></div><article><header class='entry-header'><h1 "
            f"class='entry-title' itemprop='headline'>{head}</h1><p class='entry-meta'>Published "
            "<time datetime='2024-10-14T06:00:00-05:00'>October 14, 2024</time></p></header>"
            + "<p><strong>These bars have a tender oat crust and jammy apples. Naturally "
            "sweetened and easy to make gluten free!</strong></p>"
            + "<p>These bars have a buttery oat crust, a layer of tahini and apples baked soft "
            "under a crumble that holds together once it cools.</p>" * 4
            + f"<div class='wprm-recipe'><h2 class='wprm-recipe-name'>{head}</h2><p>Makes 16 "
            "bars.</p></div></article></main></body></html>")
    assert extract_article(page, url="https://kitchen.example.com/bars/").title == head


def test_an_agencys_full_name_in_its_brand_box_names_the_site():
    # <title> "ACRONYM Region - the agency's full name", both printed in the header's brand
    # box (the full name as its tagline), over the news item's h1 of other words
    page = ("<html><head><title>ARPA Calabria - Agenzia Regionale per la Protezione "
            "dell'Ambiente della Calabria</title></head><body><header><div class='it-brand-"
            "wrapper'><a href='/'><div class='it-brand-text'><div class='it-brand-title'>ARPA "
            "Calabria</div><div class='it-brand-tagline'>Agenzia Regionale per la Protezione "
            "dell'Ambiente della Calabria</div></div></a></div></header><main><h1 class="
            "'titolo-notizia'>Ozono, superata la soglia di informazione a Crotone e Vibo</h1>"
            + "<p>Nella giornata di ieri le centraline della rete regionale hanno registrato "
            "valori di ozono superiori alla soglia di informazione per la popolazione.</p>" * 4
            + "</main></body></html>")
    fields = extract_article(page, url="https://www.arpacal.example.it/notizie/ozono-2024")
    assert fields.title == "Ozono, superata la soglia di informazione a Crotone e Vibo"


def test_an_h1_in_the_box_named_the_sites_name_is_no_headline():
    # "<div id='site_name'><h1>…</h1>" in the header, <title> the site's name in two
    # languages, the headline a table cell over the text; a theme's banner named the site's
    # title ("<div class='site-title'><h1>…") holds the page's own h1
    page = ("<html><head><meta charset='utf-8'><title>Provincial Hall :: Example Province"
            "</title></head><body><div id='header'><div id='site_name'><h1>Provincial Hall</h1>"
            "<span class='eng'>Example Province</span></div></div><div class='path'>Home &gt; "
            "News</div><h2 class='head_cat'>Public relations news</h2><table class='news_detail'>"
            "<tr><td class='news_topic'>Province meets to prepare for the coming dry season"
            "</td></tr><tr><td class='news_info'>Posted: 15 Jan 2019</td></tr><tr><td>"
            + "<p>The governor chaired a meeting of district officers on water supplies for "
            "the dry months, asking each district to map its sources.</p>" * 4
            + "</td></tr></table></body></html>")
    assert extract_article(page, "https://www.province.example.go.th/news.php?id=3").title \
        == "Province meets to prepare for the coming dry season"
    banner = ("<html><head><title>How to negotiate an offer | Career Center</title></head>"
              "<body><div class='site-title'>"
              "<h1>How to negotiate an offer</h1></div><main><div class='entry-content'>"
              + "<p>Typically it is best to negotiate after you receive a written offer, "
              "when you have the most leverage.</p>" * 4 + "</div></main></body></html>")
    assert extract_article(banner, "https://www.college.example.edu/negotiate/").title \
        == "How to negotiate an offer"


def test_a_headline_named_so_after_an_acronym_in_camel_case_beats_a_list_h1():
    # an old Hong Kong release page: <title> and h1 "Press Releases", the headline a span in
    # "<div id='PRHeadline'>"
    page = ("<html><head><title>GPA - Press Releases</title></head><body><div id='content'>"
            "<h1 class='pageTitle'>Press Releases</h1><div id='PRHeadline'><span id="
            "'PRHeadlineSpan'>Vacant government premises to be let for community use</span>"
            "</div><div id='pressrelease'>"
            + "&nbsp;&nbsp; The agency invites applications from organisations to use the "
            "premises for community purposes for three years.<br><br>" * 4
            + "Ends/Friday, October 17, 2025</div></div></body></html>")
    assert extract_article(page, "https://www.agency.example.hk/en/pr20251017.html").title \
        == "Vacant government premises to be let for community use"


def test_an_official_documents_title_field_without_its_issuer_yields_to_the_h1_with_it():
    # ArticleTitle and <title> store the subject only, "关于印发…的通知"; the one h1 prints
    # who issued it before it, and the book-title marks
    short = "关于印发甘南州2024年国土绿化工作实施方案的通知"
    full = "甘南州人民政府办公室关于印发《甘南州2024年国土绿化工作实施方案》的通知"
    page = (f"<html><head><meta name='ArticleTitle' content='{short}'>"
            f"<title>{short}_甘南藏族自治州人民政府</title></head><body><h1>{full}</h1>"
            "<div class='text'><p>各县市人民政府，州政府各部门：</p><p>《甘南州2024年国土绿化"
            "工作实施方案》已经州政府同意，现印发给你们，请结合实际，认真抓好贯彻落实。</p>"
            "</div></body></html>")
    url = "https://www.example.gov.cn/zwgk/202403/t20240329_1.html"
    assert extract_article(page, url).title == full
    # ... also where the record table prints the field's value as its 标题
    table = page.replace("<h1>", f"<table><tr><td>标　　题：</td><td>{short}</td></tr></table>"
                                 "<h1>")
    assert extract_article(table, url).title == full
    # ... while an h1 that adds a kicker to a title that is no "关于…" document keeps the field's
    kicker = page.replace(short, "甘南州推进国土绿化").replace(full, "春季植树　甘南州推进国土绿化")
    assert extract_article(kicker, url).title == "甘南州推进国土绿化"


def test_a_heading_that_goes_on_past_what_the_references_share_after_a_colon_is_whole():
    # og:title and <title> each end the headline's first part their own way; the release's
    # h2, under the list's h1, prints it and its second part after a colon
    whole = "Softeis bleibt Sorgenkind: LGL beanstandet fast jede fünfte Probe aus Eisdielen"
    page = ("<html><head><title>LGL Bayern: Softeis bleibt Sorgenkind – Ergebnisse der "
            "Schwerpunktuntersuchung 2023 - Landesamt</title><meta property='og:title' "
            "content='Softeis bleibt Sorgenkind – LGL legt Ergebnisse vor'></head><body>"
            f"<h1>Pressemitteilungen</h1><div class='pm'><h2>{whole}</h2><p>Das LGL hat "
            "2023 insgesamt 812 Proben Speiseeis untersucht, davon 326 Proben Softeis aus "
            "Eisdielen und Gastronomie.</p></div></body></html>")
    assert extract_article(page, "https://www.lgl.example.de/presse/2024_14.htm").title == whole


def test_a_heading_that_prints_the_social_title_whole_beats_the_part_both_titles_share():
    # <title> "Site - Headline" cut at the headline's colon, og:title the whole headline,
    # which the h2 under the banner's h1 ("Vijesti") prints
    whole = "Potpisani ugovori s udrugama: za 148 programa gotovo 1,9 milijuna eura"
    page = ("<html><head><title>Grad Zadar - Potpisani ugovori s udrugama</title>"
            f"<meta property='og:title' content='{whole}'></head><body><h1>Vijesti</h1>"
            f"<div class='article'><h2>{whole}</h2><p>Gradonačelnik je potpisao ugovore s "
            "udrugama za programe od javnog interesa u sportu, kulturi i socijalnoj skrbi."
            "</p></div></body></html>")
    assert extract_article(page, "https://www.grad.example.hr/vijesti/1").title == whole


def test_a_newsrooms_name_in_faroese_or_icelandic_is_no_headline():
    # <title> "Tíðindi - Fíggjarmálaráðið", the h1 "Tíðindi" (news) over the release's h2
    head = "Landsroknskapurin 2022 vísir avlop upp á 412 milliónir krónur"
    page = ("<html lang='fo'><head><title>Tíðindi - Fíggjarmálaráðið</title><meta "
            "property='og:title' content='Avlop upp á 412 mió. kr. í 2022'></head><body>"
            f"<h1 class='page-heading'>Tíðindi</h1><div class='news'><h2>{head}</h2><p>"
            "Landsroknskapurin fyri 2022 vísir eitt avlop, sum er størri enn væntað, og "
            "skattainntøkurnar vórðu hægri enn í fíggjarlógini.</p></div></body></html>")
    assert extract_article(page, "https://www.ministry.example.fo/tidindi/1").title == head
