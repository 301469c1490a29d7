"""One fixture page per pattern seen on real portals: HTML in, fields out.

Each case names the pattern it stands for, the page, the address it was served under,
and what the extraction must give: exact values for the short fields, the first and
last words of the body and text that must not be in it.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from newscrawler.extract import extract_article

PAGES = Path(__file__).parent / "fixtures" / "pages"
NOW = datetime(2026, 11, 26, 12, 0)

CASES: dict[str, dict[str, Any]] = {
    # guideline metas win; 【字体】, 【打印本页】【关闭窗口】 and 责任编辑 go; GBK bytes
    "guideline metas, GBK": dict(
        page="zh_gbk_meta.html", tz="Asia/Shanghai",
        title="全省防汛工作会议在杭州召开", published="2018-05-28T09:54:00+08:00",
        source="浙江日报", channel="浙江要闻", language="zh",
        first="5月27日，全省防汛工作会议", last="确保人民群众生命财产安全。",
        absent=["责任编辑", "打印", "关闭", "字体"]),
    # PubDate rewritten on regeneration; the 信息公开 table above the headline prints
    # 生成日期; the 关联稿件 list right under the headline has its own date
    "disclosure table and regenerated PubDate": dict(
        page="zh_disclosure_table.html",
        title="万载县2022年国民经济和社会发展统计公报", published="2023-05-11",
        source="万载县统计局", channel="统计数据",
        first="万载县统计局", last="同比增长5.3%。", absent=["图文解读", "打印本页"]),
    # table layout, GB2312 behind a crawl-corpus wrapper, 来源 on the info line,
    # byline and editor line around the text, side column with dated links
    "table layout, GB2312": dict(
        page="zh_table_layout_gb2312.html",
        title="农机专家李金泽：为农机行业搭建现代化信息平台", published="2005-08-16",
        source="新华网", channel="人物专访",
        first="李金泽同志现任", last="增加农民收入。",
        absent=["责任编辑", "记者　伊琳", "林权制度改革", "当前位置"]),
    # a stray </html> in the header include splits the page; gov.cn's own date meta;
    # the headline repeated over two lines at the top of the text; 字号 and 打印 in the
    # breadcrumb bar
    "split <html>, firstpublishedtime": dict(
        page="zh_split_html_root.html", tz="Asia/Shanghai",
        title="关于批准发行特别国债购买外汇及调整2007年末国债余额限额的决议",
        published="2007-08-20T23:59:59+08:00", channel="2007年第23号",
        first="第十届全国人民代表大会常务委员会", last="特别国债购买外汇。",
        absent=["页面生成时间", "相关稿件", "调整2007年末国债余额限额的决议"]),
    # rendered single-page app: a hidden copy of the article and a hidden headline in
    # the menu; the shown headline is shorter than ArticleTitle; the text is a table
    "hidden copy, table text": dict(
        page="zh_hidden_copy.html",
        title="国家金融监督管理总局行政处罚信息公开表(金罚决字〔2024〕36号)",
        published="2024-07-12T17:33:00", source="保险和非银机构检查局", channel="总局机关",
        first="| 行政处罚决定书文号 |", last="| 2024年7月8日 |",
        absent=["隐藏的副本", "版权与免责声明"]),
    # TRS with the UEditor editor; the headline broken over two lines inside the h1; the
    # text box named for the font-size control; 信息来源 after the text; a hidden copy
    "TRS UEditor, two-line headline": dict(
        page="zh_ueditor_two_line_title.html", tz="Asia/Shanghai",
        title="内蒙古延续部分到期税收优惠政策助企纾困预计4年为纳税人减负180亿元",
        published="2022-02-11T08:52:25+08:00", source="内蒙古日报", channel="今日关注",
        first="自治区财政厅传出最新消息", last="为纳税人减负180亿元。",
        absent=["信息来源", "打印", "手机版"]),
    # 2018年05月28日 on the info line, title suffix _浙江省人民政府, share bar, related list
    "年月日 date, site suffix": dict(
        page="zh_visible_only.html",
        title="杭州市出台支持小微企业发展若干措施", published="2018-05-28", source="杭州日报",
        first="近日，杭州市出台", last="用于创业孵化。", absent=["分享", "相关新闻", "宁波"]),
    # impossible (2018-02-30) and future (2099) dates are rejected: the URL gives it
    "impossible and future dates": dict(
        page="zh_impossible_dates.html", url="http://www.jiangxi.gov.cn/art/2018/3/2/art_1.html",
        title="关于做好2018年春季农业生产工作的通知", published="2018-03-02", source="省农业厅",
        first="各设区市农业局", last="报送工作总结。"),
    # no date on the page at all: the TRS address /201805/t20180528_
    "date only in the URL": dict(
        page="url_date_only.html", url="http://www.jiangxi.gov.cn/zwgk/201805/t20180528_1.html",
        title="关于开展2018年度安全生产大检查的通知", published="2018-05-28",
        first="各设区市人民政府", last="现将有关事项通知如下。"),
    # English edition: 2018-05-28 09:54:31, Source:, breadcrumb home > NEWS, [Print] [Close]
    "English edition, ISO stamp": dict(
        page="en_provincial_news.html", tz="Asia/Shanghai",
        title="Sichuan steps up flood prevention along the Min River",
        published="2018-05-28T09:54:31+08:00", source="Sichuan Daily", channel="NEWS",
        language="en", first="The provincial flood control", last="by local governments.",
        absent=["Print", "Close", "Copyright"]),
    # Updated: before Date:, 2018/05/28, "[ Print ] [ Close ]" inside the text container
    "Date: label, slashes, update stamp": dict(
        page="en_labelled_dates.html",
        title="Zhejiang opens new rail link", published="2018-05-28",
        source="Zhejiang Daily", channel="Latest",
        first="A new high-speed rail link", last="ten million passengers a year.",
        absent=["Print", "Close"]),
    # "28 May 2019" under the headline; a latest-news list full of dates above it
    "related list full of dates": dict(
        page="no_container_related_dates.html", url="https://www.gov.uk/government/news/x",
        title="New funding for rural bus services", published="2019-05-28",
        first="Rural communities will benefit", last="by the end of the year.",
        absent=["Cycling grants", "Crown copyright"]),
    # "September 10, 2011 at 1:06 PM ET by ..." and a "last updated" line at the bottom
    "month-name date with time": dict(
        page="en_us_time_by.html", tz="America/New_York",
        title="Serve and Remember", published="2011-09-10T13:06:00-04:00",
        first="September 11th has been designated", last="the spirit of service.",
        absent=["Katelyn", "last updated"]),
    # WordPress: <time class=published> and <time class=updated> side by side; <title>
    # with site name and tagline; an icon inside the h1
    "published and updated <time>": dict(
        page="en_wordpress_updated.html",
        title="10 Tips to Finish Online Courses", published="2020-06-29T15:00:23-05:00",
        first="Last spring, many students", last="wants you to succeed.",
        absent=["Share this", "Recent Posts", "Paying for college"]),
    # JSON-LD datePublished in a @graph, og:url, byline and share bar, READ MORE promo,
    # photo credit, newsletter prompt, related list
    "JSON-LD date, news chrome": dict(
        page="en_jsonld_news.html",
        title="Browns player on Rudolph's role in fight: He asked for it",
        published="2019-11-18T21:24:00-05:00",
        first="The Steelers spent Monday", last="closing seconds of the game.",
        absent=["READ MORE", "Photo:", "Subscribe", "Chiefs beat", "Bryan DeArdo", "Tweet"]),
    # German: soft hyphens in the h1, "Datum: 26. Januar 2022", lead outside the text
    # element, other dates in the text, "Letzte Änderung" at the bottom
    "German press release": dict(
        page="de_pressemitteilung.html",
        title="Messengerdienste sind kein rechtsfreier Raum", published="2022-01-26",
        channel="Pressemitteilungen 2022", language="de",
        first="Pressemitteilung vom 26. Januar 2022", last="schwere Straftaten verfolgen.",
        absent=["Letzte Änderung", "Impressum"]),
    # "24.01.2022 - Meldung" above the headline; <title> without the headline; a date in
    # a sentence of the text comes later and loses
    "dotted German date above the headline": dict(
        page="de_meldung_dotted.html",
        title="Förderung vorläufig gestoppt - Bundesregierung ordnet Förderung für Neubau neu",
        published="2022-01-24",
        first="Die Bewilligung von Anträgen", last="sobald Haushaltsmittel bereitstehen.",
        absent=["Meldung - Energiewende"]),
    # React renders <!-- --> between text runs; the generic extractor reads this page
    "text after inline comments": dict(
        page="en_react_comments.html",
        title="Council approves next year's budget", published="2025-03-04T18:20:00+00:00",
        first="After a debate that ran past midnight, the council approved the budget for next",
        last="a plain-language summary on the city's website next week.",
        present=["sets aside $4.2 million for resurfacing", "from June, the first extension",
                 "below the 15 percent the city charter"]),
    # CMS markers (<!--正文开始-->) and editor comments inside the text box
    "CMS comment markers": dict(
        page="zh_cms_comment_markers.html", tz="Asia/Shanghai",
        title="市政府召开常务会议研究部署安全生产工作", published="2024-04-16T10:30:00+08:00",
        first="4月15日，市长主持召开市政府常务会议，研究部署当前安全生产工作。",
        last="会议还研究了其他事项。", present=["各级各部门要压实责任"]),
    # "Related Resources:" box and a "Read more" line between sections: the text goes on
    # after them; the related list that closes the page is dropped
    "related box inside the article": dict(
        page="en_related_box_inside.html",
        title="How the county plans its winter road service", published="2024-11-12",
        first="Every autumn the public works department",
        last="at any library branch or through the online form.",
        present=["Residents can help the plows", "Sidewalks remain the responsibility"],
        absent=["Related Resources", "Winter route map", "Read more", "Related articles",
                "six new plows"]),
    # teaser cards in the side column share the body's class name (article-content); one
    # holds over 200 characters, still a small share of the page's text
    "teaser card named like the body": dict(
        page="en_teaser_container.html",
        title="State opens applications for small business grants", published="2025-06-03",
        first="The state commerce office opened applications on Monday",
        last="does not pay for the same costs as the loan.",
        absent=["governor's statement", "Tax deadlines"]),
    # a streaming renderer sends the article in <div hidden id="S:0"> and a script moves it
    # into place; a hidden consent dialog stays out though nothing visible repeats it
    "article hidden until a script shows it": dict(
        page="en_streamed_hidden.html",
        title="Water treatment plant upgrade completed", published=None,
        first="Lakeside Utilities finished the two-year upgrade",
        last="booked through the utility's customer service line.", absent=["cookies"]),
    # intro, stats box with share buttons, and steps in a separate block further down
    "recipe steps in a later block": dict(
        page="en_recipe_steps.html",
        title="Everyday sourdough loaf", published="2025-04-02",
        first="This loaf is the one our extension kitchen teaches",
        last="or the crumb will be gummy.",
        present=["Scoop the dough into a greased loaf pan"], absent=["Share on Facebook"]),
    # the text as a run of <p class="text"> with an advertisement between two of them
    "text as a run of same-named paragraphs": dict(
        page="zh_paragraph_run.html", tz="Asia/Shanghai",
        title="孩子的压岁钱该由谁来管", published="2005-02-21T09:12:00+08:00", source="某某晚报",
        first="春节过后，不少家长把孩子的压岁钱", last="这比简单地“没收”更有意义。",
        present=["张同学（14岁）", "李同学（19岁）"], absent=["医疗关注", "责任编辑", "元宵节"]),
    # a consent banner, a promotion and a fact box inside the text box
    "boxes inside the text box": dict(
        page="en_boxes_in_text.html",
        title="Ministry publishes new rules for drone flights", published="2024-09-17",
        first="The Ministry of Transport published new rules on Tuesday",
        last="by e-mail within five working days.",
        present=["Drones heavier than 250 grams", "Flights within five kilometres"],
        absent=["cookies", "weekly bulletin", "At a glance", "Free online theory test"]),
    # the text closes with a short list of links in its own element; the author box and
    # a related list with its heading follow outside it
    "closing list of links": dict(
        page="en_closing_list.html",
        title="Week of service: agencies share their volunteers' stories",
        published="2023-09-08T16:30:00-04:00",
        first="This week thousands of residents joined", last="Director of Parks Simone Okafor",
        present=["Take a look at their videos.", "Secretary of Health Maria Lopez"],
        absent=["Deputy Director", "More from the blog", "ridge loop"]),
    # a procurement notice: intro line, then numbered sections 一、 to 九、; the results
    # table, in its own content-named box, holds nine tenths of the characters
    "notice with a results table": dict(
        page="zh_procurement_notice.html",
        title="某某市中小学教学设备框架协议采购项目入围结果公告",
        published="2025-04-08T17:05:00", source="某某市公共资源交易中心", channel="结果公告",
        first="某某市公共资源交易中心受某某市教育局委托",
        last="代理机构：某某市公共资源交易中心 联系电话：0000-12345678",
        present=["一、项目编号：MMZC-2025-0318", "三、入围（中标）信息",
                 "某某鑫源教学设备有限公司", "九、联系方式"],
        absent=["当前位置", "打印本页", "网站标识码"]),
    # the same class on a bidding agency's site the generic extractor reads: it starts at
    # the results table's content-named box and leaves out the sections around it
    "notice with a results table in a content box": dict(
        page="zh_notice_results_box.html",
        title="某某县人民医院医用耗材带量采购项目入围结果公告", published="2025-06-12",
        first="某某招标代理有限公司受某某县人民医院委托",
        last="采购代理机构：某某招标代理有限公司 联系电话：0000-55556789",
        present=["一、项目编号：MMZB-2025-C061", "某某盛康医疗器械有限公司", "八、联系方式"],
        absent=["分享到", "上一篇", "最新公告", "版权所有"]),
    # the whole page is a table: banner and menu rows, a cell with a table of links, the
    # article cell with the headline and a data table in the text, a footer row
    "page laid out as a table": dict(
        page="en_table_layout.html", url="https://www.example.gov.cn/en/news/2018-05/28/c_4.htm",
        tz="Asia/Shanghai",
        title="Province completes dike checks before flood season",
        published="2018-05-28T09:54:31+08:00", channel="NEWS", language="en",
        first="The provincial flood control headquarters said on Monday",
        last="follow the warnings issued by local governments.",
        present=["| River | Dikes checked (km) | Weak sections |", "| Min River | 1,260 | 48 |"],
        absent=["Latest news", "Spring sowing", "Home", "Copyright", "[Print]",
                "| The provincial"]),
    # the site read its own UTF-8 as Latin-1 and wrote it out again ("councilâ\x80\x99s")
    # in the title, the h1 and two paragraphs; "café" and "Straße" beside the damage are
    # right and stay
    "text encoded twice": dict(
        page="en_double_encoded.html", url="https://news.example.org/2026/01/budget.html",
        title="Council’s budget — what changes in 2026", published="2026-01-05T10:30:00",
        language="en",
        first="The council’s finance committee approved the budget on Monday — a week",
        last="the final vote is in February.",
        present=["“We won’t raise the rates,” the treasurer said",
                 "the café licences and the Straße-style street markets"],
        absent=["â", "Â"]),
    # a press release: the headline a <span> inline with the text's first block; the
    # end mark, the date and time of issue and NNNN under the text
    "headline inline with the text, end mark": dict(
        page="en_headline_inline.html",
        title="LCQ7: Meal services for elderly people living alone",
        published="2021-11-24T15:42:00",
        first="Following is a question by a Member", last="Thank you, President.",
        absent=["LCQ7", "Ends", "Issued at", "NNNN"]),
    # traditional characters in every label: 發佈日期, 資料來源, 【列印本頁】【關閉視窗】,
    # 責任編輯, 上一則
    "traditional labels": dict(
        page="zh_hant_labels.html", tz="Asia/Taipei",
        title="市府推動長者社區照顧據點擴充計畫", published="2023-10-17T09:30:00+08:00",
        source="社會局", language="zh",
        first="市府今（17）日宣布", last="詳情可洽各區公所。",
        absent=["列印", "關閉", "責任編輯", "上一則", "瀏覽次數"]),
    # the disclosure table and the headline inside the text's element, a read-aloud
    # button and the source line under the headline, the attachments as file links, the
    # notice's own file versions (pdf下载 word下载)
    "text under a disclosure table, file links": dict(
        page="zh_text_under_table_and_files.html", tz="Asia/Shanghai",
        title="关于开展秋冬季森林防火检查的通知", published="2024-10-15",
        source="市应急管理局", language="zh",
        first="各区、县（市）应急管理局", last="报送市应急管理局。",
        absent=["索引号", "语音播报", "来源", "附件", ".doc", ".xls", "下载"]),
    # a US newsroom: the issuing office as a <dt>From:</dt> field, the date month first
    # with dots, release lines over the text, "###" and a labelled date line under it
    "US press release": dict(
        page="en_us_press_release.html",
        title="Department Announces $25 Million for Rural Water Systems",
        published="2024-05-28", source="Office of Rural Water Programs", language="en",
        first="WASHINGTON — The Department today", last="open in September.",
        absent=["IMMEDIATE RELEASE", "Contact:", "###", "Published:"]),
    # German and French chrome under the text: print, share, back to the top, back to the
    # overview, the tags; the date as a kicker, or only as a labelled line at the end
    "German chrome under the text": dict(
        page="de_chrome_under_text.html",
        title="Land fördert Ladesäulen in ländlichen Gemeinden", published="2024-03-12",
        language="de", first="Stuttgart, 12. März 2024.", last="ab dem 1. April stellen.",
        absent=["drucken", "Teilen", "Nach oben", "Übersicht", "Schlagworte"]),
    "French chrome and closing date line": dict(
        page="fr_communique_chrome.html",
        title="La région soutient les bornes de recharge rurales", published="2024-03-14",
        language="fr", first="Le conseil régional", last="moins de 5 000 habitants.",
        absent=["Imprimer", "Partager", "Publié le"]),
    # a newsroom: the breadcrumb's steps are links whose separators a style draws; the
    # feedback prompt with its "Report a problem" link under the text
    "breadcrumb of links, feedback prompt": dict(
        page="en_newsroom_links_breadcrumb.html",
        title="New funding for rural bus services", published="2024-05-28",
        source="Department for Transport", channel="Transport", language="en",
        first="Councils in rural England", last="budget for this year.",
        absent=["useful", "Report a problem"]),
    # a release whose text ends in a list of downloads the generic extractor left out and
    # the closing-list reading would put back; an era date, a weekday, the hour alone
    "download list after the text, era date with the hour": dict(
        page="ja_press_release_files.html", url="https://www.mhlw.go.jp/stf/houdou/0528.html",
        tz="Asia/Tokyo", title="令和6年能登半島地震に係る被災者支援について",
        published="2024-05-28T14:00:00+09:00", channel="報道発表資料", language="ja",
        first="厚生労働省では、令和6年能登半島地震", last="詳細は別添資料をご覧ください。",
        absent=["PDF", "ページの先頭", "照会先", "内線"]),
    "Korean dotted date with an afternoon time": dict(
        page="ko_press_release_dotted.html",
        url="https://www.korea.kr/briefing/pressReleaseView.do?newsId=1", tz="Asia/Seoul",
        title="정부, 하반기 경제정책방향 발표", published="2024-07-03T14:30:00+09:00",
        language="ko", first="정부는 3일 정부서울청사에서",
        last="전기료 감면 등 지원 대책을 마련했다.",
        # (the inquiries line under the text is the release's contact, as a "Media contact:")
        absent=["인쇄", "첨부파일", "Copyright", "문의 :"]),
    # a release's contact lines over the text, its "###", the agency's "About" under it and
    # a media enquiries block at the very end
    "release contacts over and under the text, About after ###": dict(
        page="en_release_contacts_about.html",
        url="https://governor.example.gov/news/2024/05/28/rural-broadband",
        title="Governor Announces $12 Million for Rural Broadband", published="2024-05-28",
        language="en", first="CAPITAL CITY — The Governor today announced",
        last="by the end of 2025.",
        absent=["555", "###", "About the Broadband Office", "Media enquiries", "@"]),
    # a one-paragraph notice: too short for the content box after the headline to count,
    # the generic extractor takes the menus above the headline with it
    "one paragraph under the menus": dict(
        page="zh_one_paragraph_under_menus.html", url="https://www.x.gov.cn/tzgg/1.html",
        tz="Asia/Shanghai", title="关于暂停办理不动产登记业务的通知",
        published="2024-03-12", source="县自然资源局", language="zh",
        first="因系统升级", last="敬请谅解。", absent=["首页", "政务公开", "搜索", "发布时间"]),
    # a disclosure table over the headline's block, its labels in cells of their own
    # without colons: the posting date and the issuing office are read from it, not the
    # date the text takes effect
    "disclosure table above the title, labels without colons": dict(
        page="zh_disclosure_table_above_title.html", url="https://www.x.gov.cn/zcwj/1.html",
        tz="Asia/Shanghai", title="某某市公共自行车管理办法", published="2024-04-08",
        source="某某市人民政府", channel="政策文件", language="zh",
        first="第一条", last="本办法自2024年5月1日起施行。", absent=["索引号", "发文字号"]),
    # a related story's card named "teaser" after the text is not the text's lead
    "related teaser card after the text": dict(
        page="en_related_teaser_after_text.html", url="https://www.health.example.gov.au/news/1",
        title="New hospital wing opens in Ballarat", published="2024-05-28", language="en",
        first="The Minister for Health today opened", last="ahead of schedule.",
        absent=["ambulance", "28 May 2024"]),
    # a press conference's time and place open its transcript: text, and not the page's
    # date (the info line's 16:05 is)
    "press conference: its time and place open the text": dict(
        page="zh_press_conference_time_place.html", url="https://www.x.gov.cn/xwfbh/1.html",
        tz="Asia/Shanghai", title="某某市2024年一季度经济运行情况新闻发布会",
        published="2024-04-18T16:05:00+08:00", source="市政府新闻办", language="zh",
        first="时间：2024年4月18日（星期四）上午10时", last="主要指标好于预期。",
        present=["地点：市政府新闻发布厅"]),
    # three short Chinese paragraphs in a cell of a layout table: running text (a CJK
    # character is as wide as two letters), read as paragraphs, not one "| ... |" row
    "short Chinese text in a layout table's cell": dict(
        page="zh_short_text_in_a_layout_cell.html", url="http://www.x.gov.cn/art/2023/7/18/1.html",
        tz="Asia/Shanghai", title="张某调研城东工业园区重点项目建设", published="2023-07-18",
        source="县委办公室", language="zh", first="7月18日上午，县委书记张某带队",
        last="注入强劲动能。", absent=["|", "打印本页", "领导活动"]),
    # a section's subheading between two paragraphs of the text, which the generic
    # extractor drops on this layout (a <section> with the text's box in it)
    "subheading inside the text": dict(
        page="es_section_subheading.html",
        url="https://www.gob.cl/noticias/gobierno-refuerza-campana-de-invierno/",
        tz="America/Santiago", title="Gobierno refuerza Campaña de Invierno con 1.200 camas "
        "adicionales", published="2024-07-02", channel="Salud", language="es",
        first="El Ministerio de Salud anunció", last="Salud Responde, al 600 360 7777.",
        present=["Más personal y horarios extendidos\n\nLa medida contempla"],
        absent=["Comparte"]),
    # a board's view of one post: label rows with header cells (제목, 담당부서, 등록일,
    # 첨부파일) over one cell of paragraphs, a <title> naming the view ("공지사항 상세"), the
    # neighbouring posts as table rows under it
    "board view table, EUC-KR": dict(
        page="ko_board_view_table.html", url="https://www.forest.example.kr/notice/view.do?no=310",
        tz="Asia/Seoul", title="산림청, 봄철 산불 조심기간 동안 입산 통제 구역 확대",
        published="2024-03-04", source="산불방지과", language="ko",
        first="산림청은 봄철 산불 조심기간을 맞아", last="협조해 주시기 바란다”고 말했다.",
        absent=["|", "이전글", "다음글", "첨부파일", "공지사항 상세"]),
    # the same, its post opening with the release's own box of dates and office set as a
    # table of its own (보도일시, 배포일시, 담당부서) inside the post's cell
    "board view table with the release's box": dict(
        page="ko_board_view_press_box.html", url="https://www.kcg.example.kr/news/view.do?no=2211",
        tz="Asia/Seoul", title="해양경찰, 여름철 연안 안전사고 예방 집중 관리",
        published="2024-06-14", source="연안안전과", language="ko",
        first="□ 해양경찰청은 여름철 물놀이객 증가에 대비하여",
        last="구명조끼를 착용해 달라”고 당부했다.",
        absent=["|", "이전글", "다음글", "첨부파일", "보도일시"]),
    # a newswire's release in a <section> of <main>, the wire's "Also from this source"
    # and "Similar Topics" sections after it in the same <main>; the release closes with
    # its blurb, the notice on forecasts, the exchange's disclaimer and one contact line
    "newswire release among sections of main": dict(
        page="en_newswire_release_sections.html",
        url="https://www.newswire.example.ca/news-releases/example-water-awarded-829417563.html",
        tz="America/Toronto",
        title="Example Water Awarded $48 Million Smart Metering Contract by the Region",
        published="2024-03-12T07:00:00-04:00", language="en",
        first="BURLINGTON, ON, March 12, 2024 /CNW/ - Example Water Inc. today announced",
        last="substantially completed by the end of 2027.",
        absent=["Also from this source", "Fourth Quarter", "grid resilience", "SOURCE",
                "For further information", "About Example Water", "Forward-Looking"]),
    # the lead image's caption with its credit between the headline's header and the
    # text: not put back as the lead (a consent box and a ticker of other stories above);
    # the wire's credits under the text are not its text either
    "lead image caption with a credit": dict(
        page="en_lead_image_credit.html",
        url="https://www.harbourcourier.example/business/uk-gilt-yields-climb-4472301",
        tz="Europe/London", title="UK gilt yields climb as traders pare bets on June rate cut",
        published="2024-03-04T14:22:00+00:00", channel="Markets", language="en",
        first="LONDON, March 4 (Reuters) - British government bond yields rose",
        last="edged up 0.1% against the euro.",
        absent=["Photo: Reuters", "Share", "Advertisement", "Editing by"]),
    # an e-paper (Founder's templates): <title> puts the paper's name first, joined with a
    # bare "-"; the edition's headline list beside the text links the article's own
    # headline; the text's cell wraps its paragraphs in a box and a tag of the template's
    # own, under one-cell label rows (the edition's page, the list's heading)
    "e-paper, site name first, wrapped cell": dict(
        page="zh_epaper_founder.html",
        url="https://epaper.ljwb.example.cn/html/2023-06/12/content_88410.htm",
        tz="Asia/Shanghai", title="城区十二座老旧泵站完成改造", published="2023-06-12",
        language="zh", first="记者昨日从市城市管理局获悉",
        last="相关部门将在接报后30分钟内到场处置。",
        present=["投入汛期运行。\n\n此次改造更换了水泵机组"],
        absent=["|", "本版新闻", "第03版", "上一篇", "汛期排涝能力提升三成"]),
    # an old town site laid out as a table: the notice is loose text in a <font>, its
    # paragraphs set apart by <br><br>, no <p> anywhere; under it a table of the latest
    # notices, one link and its date a row (the generic extractor, finding no paragraph,
    # took that table for the text); Shift_JIS
    "text between breaks, a table of dated links under it": dict(
        page="ja_text_between_breaks.html",
        url="https://www.town.midori.example.jp/kurashi/gomi/nenmatsu.html", tz="Asia/Tokyo",
        title="ごみ収集日程の変更について", published="2025-10-06", channel="ごみ・リサイクル",
        language="ja", first="年末年始の期間中、ごみ収集の日程を次のとおり変更します。",
        last="清掃センターへの持ち込みは12月28日（日曜日）の正午まで受け付けます。",
        present=["出してください。\n\n■変更する期間\n\n12月29日"],
        absent=["新着情報", "2025/10/03", "町民運動会", "メニュー", "Copyright"]),
    # a story whose text starts in its box and goes on in an <i> that holds the quoted
    # paragraphs, set apart by <br><br>: the words before the <i> open the first paragraph
    "quoted paragraphs between breaks inside an <i>": dict(
        page="en_quote_between_breaks.html",
        url="https://civicdigest.example.com/story/2025/07/14/cooling-centers",
        title="County Opens Three New Cooling Centers Ahead of Heat Wave",
        # (the <time> prints its moment on the page's clock, "@02:05PM": told so)
        published="2025-07-14T14:05:00-04:00", language="en",
        first="The county will open three more cooling centers this week",
        last="keep pets indoors during the afternoon.",
        present=["The Valley Courier reports: \"We are not waiting for the first emergency call,\"",
                 "charging points.\n\nBuses on the three routes"],
        absent=["Posted by", "comments", "reader42", "Copyright"]),
    # a script-rendered shell: an empty root element, the whole page in <noscript>, which
    # is what a crawler (a reader without scripts) sees; the hour written "07h45"
    "page in <noscript> under an empty app root": dict(
        page="fr_noscript_shell.html", url="https://www.ouest-info.example.fr/nantes/bus-express",
        title="Nantes : la métropole ouvre deux nouvelles lignes de bus express",
        published="2025-03-12T07:45:00", language="fr",
        first="Nantes Métropole mettra en service le 1er avril",
        last="au titre du plan de relance.",
        absent=["Par Julien Garnier", "Transports", "Mentions légales", "JavaScript"]),
    # a municipal notice in an element named like nothing: the generic extractor's fallback
    # reads paragraphs only and drops the detour's list between two of them (its heading
    # put back too); the side column's dated links stay out
    "list between two paragraphs dropped by the generic extractor": dict(
        page="de_lists_between_paragraphs.html",
        url="https://www.waldhausen.example.de/rathaus/aktuelles/sperrung-brueckenstrasse/",
        tz="Europe/Berlin", title="Sperrung der Brückenstraße ab 10. Juni",
        published="2024-06-04", language="de", first="Wegen der Sanierung der Brücke",
        last="um Verständnis.",
        present=["wie folgt umgeleitet:\n\n- aus Richtung Ortsmitte über die Bahnhofstraße",
                 "über die Bundesstraße B 27\n\nDie Umleitung ist ausgeschildert.",
                 "\n\nBusverkehr und Müllabfuhr\n\n"],
        absent=["Gemeinderatssitzung", "Impressum", "Startseite", "Amtsblatt"]),
    # laid out in tables with no element named for the text: the generic extractor's
    # fallback read every table of the page, the banner above the headline, the menu and
    # the footer with its address and copyright under the text
    "banner, menu and footer tables around the text": dict(
        page="en_banner_footer_tables.html",
        url="http://www.eastvale.example/news/detail.php?ID=7734",
        title="Spring clean-up month starts on 8 April", published="2024-04-03T11:20:00",
        channel="News", language="en",
        first="The district’s spring clean-up month", last="carries a fine.",
        absent=["Eastvale District Council", "Site map", "About the district",
                "All rights reserved"]),
    # "<p>…以上，<table><script src=ad.js></table>各乡镇要…</p>": the parser closes the <p> at
    # the ad slot's table, and the generic extractor dropped the rest of the paragraph; the
    # editor and source set as a table row under the text, the footer as a table
    "text after an ad slot's table, credits in a table row": dict(
        page="zh_old_portal_tables.html",
        url="http://www.qingshi.gov.cn/xwzx/zwyw/201903/t20190321_1234.html",
        tz="Asia/Shanghai", title="青石县召开春季农业生产现场推进会",
        published="2019-03-21T10:12:00+08:00", source="青石日报", language="zh",
        first="3月20日，青石县春季农业生产现场推进会", last="打下坚实基础。",
        present=["以上，\n\n各乡镇要把任务分解到村、落实到户"],
        absent=["编辑", "版权所有", "政务公开", "部门动态", "打印"]),
    # a Hong Kong release whose text is lines between breaks; its end mark with the date
    # and the time of issue in a <div> of its own under the text, which the generic
    # extractor half drops ("Issued at HKT 14:45" came out as the text's last line)
    "release's end mark, date and time in a block under the text": dict(
        page="en_release_end_block.html",
        url="https://www.info.gov.hk/gia/general/202403/06/P2024030600512.htm",
        tz="Asia/Hong_Kong", title="LCQ7: Cycle tracks in new development areas",
        published="2024-03-06T14:45:00+08:00", language="en",
        first="Following is a question by the Hon Chan Ka-wai", last="finalising the alignment.",
        absent=["Issued at", "Ends", "NNNN", "Important notices"]),
    # a script-rendered shell (a <noscript> prompt, the menu, "Loading article…") over the
    # whole article in its NewsArticle JSON-LD: the declared articleBody is the text
    "script-rendered shell, the text in JSON-LD": dict(
        page="en_script_shell_jsonld.html",
        url="https://www.valleycourier.example/news/2025/05/12/cooling-centres",
        title="City to open four new cooling centres this summer",
        published="2025-05-12T09:15:00-07:00", language="en",
        first="The city will open four new cooling centres", last="handed out by community "
        "organisations.", present=["\n\nThe centres, in libraries and community halls,"],
        absent=["JavaScript", "Loading", "Log in"]),
    # a notice signed by its office with the day in Chinese numerals, and under the text a
    # record's row: 信息来源 and 录入时间 (the day the portal entered it, two days later)
    "signing date under the signature, record row under the text": dict(
        page="zh_notice_signed_record_row.html",
        url="http://www.qingshan.gov.cn/tzgg/Article/ShowArticle.asp?ArticleID=3321",
        tz="Asia/Shanghai", title="关于做好2012年度城镇居民医疗保险参保登记工作的通知",
        published="2011-10-28T09:41:07+08:00", source="市人力资源和社会保障局", language="zh",
        first="各县（市）区人力资源和社会保障局：", last="二○一一年十月二十六日",
        absent=["信息来源", "录入时间", "打印", "版权所有"]),
    # a paywalled page: the locked text sits in a display:none element that its JSON-LD
    # names (hasPart, cssSelector) while a sidebar outweighs it; the offer in front of it,
    # a pull quote that repeats the text, the rule under a table's header row
    "declared paywalled text, pull quote": dict(
        page="en_paywall_declared.html",
        title="Harbour district heating prices to rise by a third",
        published="2022-10-12T16:45:00+01:00",
        first="About 14,000 homes on the district heating network",
        last="at its meeting on 27 October.",
        present=["Tenants in the Northpark and Lindenhof estates", "| Northpark | 5,200 | £430 |",
                 "ourselves. We do not earn"],
        absent=["Courier Plus", "Already a subscriber", "|---", "ourselves.”\n", "Most read"]),
    # <title> numbers the release ("Pressemitteilung 87/2010"), the h1 says what; the date
    # only in the kicker over the headline, a closing sentence that names another day; the
    # press office's contact block in the side column read after the text (Latin-1)
    "release numbered in <title>, contact block under the text": dict(
        page="de_release_number_title.html", url="http://www.landtag.nordheim.example/Presse/2010/87/",
        title="Landtag beschließt Programm für sichere Schulwege mit dem Rad",
        published="2010-06-22", source="Landtag Nordheim, Pressestelle",
        first="Der Landtag hat am Dienstag", last="Das Programm tritt am 1. August 2010 in Kraft.",
        absent=["Pressestelle des Landtags", "30159", "Quelle", "drucken"]),
    # a "read also" link set as a line of the text (Hindi), the agency's source line under
    # the text, an "updated" line under the headline
    "read-also line, source line under the text (Hindi)": dict(
        page="hi_read_also_source_end.html",
        url="https://www.nagar.example/bihar/patna-ganga-1234.html",
        title="पटना में गंगा का जलस्तर खतरे के निशान के पार, निचले इलाकों में अलर्ट",
        published="2022-08-19T18:40:00+05:30", source="राज्य समाचार सेवा", language="hi",
        first="पटना, 19 अगस्त।", last="अफवाहों पर ध्यान न दें।",
        absent=["यह भी पढ़ें", "स्रोत", "येलो अलर्ट"]),
    # table layout in ISO-8859-2: an advertisement's label in a table of one cell between
    # two paragraphs; <title> puts the site and channels before the headline
    "advertisement label in a one-cell table (Polish)": dict(
        page="pl_ad_label_row.html", url="http://www.kurier.example/wiadomosci/reda/plywalnia,n,812.html",
        title="Nowa pływalnia w Redzie otwarta", published="2009-06-02T12:15:00",
        channel="Reda", language="pl",
        first="W sobotę otwarto nową pływalnię", last="wszystkich szkół podstawowych.",
        absent=["reklama", "Dodano"]),
    # an old newspaper template laid out in tables: the right column's boxes (other
    # stories with their dates, obituaries, a poll, classifieds) in a table of their own
    # beside the text's cell; a picture in a table floated right, its caption and credit
    # under it; <title> puts the channel the breadcrumb names before the headline
    "side column and floated picture in a table layout": dict(
        page="en_table_layout_side_column.html",
        url="http://www.harborgazette.com/region/0411/ferry.shtml",
        title="County approves new ferry landing at Pike Point", published="2006-04-11",
        language="en",
        first="County commissioners voted 5-0 Monday", last="at the courthouse annex.",
        absent=["MORE REGION NEWS", "School levy", "Walter Prentiss", "CLASSIFIEDS",
                "Boats", "Gazette photo", "Copyright"]),
    # a regional newsroom's article in a portal CMS's columns of boxes, which the generic
    # extractor reads on into: a grid of featured cards in the same column, then the next
    # column's latest news, the cabinet's agenda and a link to all of its appointments
    "portal boxes after the article": dict(
        page="it_portal_boxes_after_article.html", tz="Europe/Rome",
        url="https://www.notizie.example/-/argini-ombrone",
        title="Argini dell'Ombrone, al via i lavori a Ponte Nuovo: investimento da 2,8 milioni",
        published="2024-03-18T12:40:00+01:00", language="it",
        first="Inizieranno martedì prossimo i lavori", last="negli anni successivi.",
        absent=["In evidenza", "Qualità dell'aria", "Ultime notizie", "Agenda della Giunta",
                "20 marzo", "Tutti gli appuntamenti"]),
}


@pytest.mark.parametrize("case", list(CASES), ids=list(CASES))
def test_pattern(case: str) -> None:
    spec = CASES[case]
    fields = extract_article((PAGES / spec["page"]).read_bytes(), spec.get("url"),
                             timezone=spec.get("tz"), now=NOW)
    assert fields.title == spec["title"]
    assert fields.published_at == spec["published"]
    for name in ("source", "channel", "language"):
        if name in spec:
            assert getattr(fields, name) == spec[name], name
    assert fields.body is not None
    assert fields.body.startswith(spec["first"]), fields.body[:80]
    assert fields.body.endswith(spec["last"]), fields.body[-80:]
    for text in spec.get("present", []):
        assert text in fields.body, text
    for text in spec.get("absent", []):
        assert text not in fields.body, text
    assert "\n\n\n" not in fields.body and fields.body == fields.body.strip()


def test_every_fixture_page_has_a_case() -> None:
    used = {spec["page"] for spec in CASES.values()}
    assert used == {p.name for p in PAGES.glob("*.html")}
