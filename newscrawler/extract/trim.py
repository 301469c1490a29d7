"""What sits on top of the text but is not text (the headline again, bylines, datelines),
and what a press release prints under its end mark."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .boxes import MAX_APPEAL_CHARS, SUPPORT_APPEAL
from .chrome import (
    COMMENTS_HEAD,
    RELEASE_LINE,
    STAFF_CREDIT,
    TABLE_RULE,
    is_chrome_line,
    is_list_heading,
    is_tags_line,
)
from .dateline import (
    MAX_FIELDS_TAIL,
    PLAIN,
    is_bare_label,
    is_event_time,
    is_issued_line,
    printed_dates,
)
from .dates import find_dates, starts_with_day_month
from .source import ISSUER_WORDS, SOURCE_WORDS, is_issuer_line, is_source_label
from .text import IDEOGRAPH, SENTENCE_ENDS, fold_hant, one_cell, text_key
from .title import title_key

__all__ = ["MAX_META_LINE", "MAX_SIGN_OFF_LINES", "MAX_UNDER_END", "closing_credits",
           "is_closing_head", "is_contact_line", "is_end_mark", "trim_end", "trim_top"]

# A line at the top of the text that only says who wrote it, where it comes from or when:
# "By Bryan DeArdo", "新华网黑龙江频道 记者 伊琳", "来源：市应急管理局",
# "24.01.2022 - Meldung - Energiewende".
_BYLINE = re.compile(r"^(?:by|von|par|por|door|oleh|written by|posted by|submitted by)\s*[:：]?\s"
                     r"|^(?:autor(?:ka)?|opracowanie|redakcja|yazar|penulis|rep[oó]rter|reportera"
                     r"|redação|redacción|escrito por)"
                     r"\s*:|记者|通讯员|作者\s*[:：]|撰稿"
                     # ... its writer after "文/" ("文/腾讯体育 韩骁", "文/图 张三")
                     r"|^文\s*[/／|｜]\s*\S"
                     # ... or with where it files from: "白桦 发自 凹非寺"
                     r"|^[\u4e00-\u9fff·]{2,6}\s*发自\s*[\u4e00-\u9fff]{2,8}$"
                     r"|^(?:信息|文章|稿件|资料)?来源\s*[:：]|^source\s*:"
                     r"|^(?:(?:发布|供稿|发稿|撰稿|信息提供|来源)单位|发布机[关构])\s*[:：]", re.I)
# A summary over the text under its own label: "导语：…", "【内容提要】…", "核心提示：…"
_LEAD_LABELS = r"(?:导语|導語|内容提要|內容提要|核心提示|(?:内容)?摘要)"
_LABELLED_LEAD = re.compile(rf"^(?:[【\[]{_LEAD_LABELS}[】\]]|{_LEAD_LABELS}\s*[:：])")
# A Korean release's subtitles over its text, each between dashes ("- 20일부터 9월 30일까지 …
# 전담팀 운영 -")
_DASHED_SUBTITLE = re.compile(r"^-\s\S.{2,150}\S\s-$")
# A press office named over the text with its address: "Region 5 Press Office
# (r5press@epa.gov)", "Media Relations, media@example.gov"
_PRESS_OFFICE = re.compile(r"\b(?:press|media|news|communications?|public affairs|public "
                           r"information)\s+(?:office|desk|relations|team|contact)\b",
                           re.IGNORECASE)
# A board's or portal's record fields over the text: who posted it, the office, the views,
# the page's number ("작성자 : 하천관리과", "조회수 : 512", "浏览次数：12", "ページ番号：123").
_CJK_FIELDS = (r"原标题|작성자|작성일|등록일|게시일|담당\s*부서|부서명?|담당자|책임자|조회\s*수?|"
               r"보도\s*시점|浏览(?:次数|量)?|点阅(?:数|次数)?|点击(?:数|量|率)?|阅读(?:数|量)|"
               r"访问(?:次数|量)|ページ番号|ページID|文字サイズ")
_FIELDS = _CJK_FIELDS + r"|views?|hits"
_META_FIELD = re.compile(rf"^[（(]?(?:{_FIELDS})\s*[:：]", re.IGNORECASE)
# ... a CJK or Korean name with its value after a space, its cell or term read onto the
# same line ("담당부서 미래한강본부 공원여가과"), or a number run on ("ページ番号253123"); not
# an English name ("Views differ ...")
_SPACED_FIELD = re.compile(rf"^(?:{_CJK_FIELDS})(?:\s+\S|\d+$)")
# ... or a row of two of them ("| 담당 부서 | 범죄예방정책과 | 책임자 | 과장 이○○ |")
_FIELD_PAIRS = re.compile(rf"^\|\s*(?:{_CJK_FIELDS})\s*\|[^|]{{1,60}}\|\s*(?:{_CJK_FIELDS})"
                          r"\s*\|[^|]{1,60}\|$")
_ITEM_MARK = re.compile(r"^[-•·*]\s+")
# A breadcrumb trail printed over the text: short steps between arrows, at least two of them
# or after the home page's name ("ホーム > くらし > ごみ・リサイクル", "Home › News"), where
# slashes part the steps too ("Главная / Лента новостей / Происшествия")
_CRUMB_LINE = re.compile(
    r"^(?:[^>›»＞]{1,40}?(?:\s*[>›»＞]\s*[^>›»＞]{1,80}?){2,}"
    r"|(?i:home|首页|首頁|ホーム|トップ|홈|startseite|accueil|inicio|início|trang chủ|หน้าแรก"
    r"|beranda|utama|главная|головна|strona główna|úvod|domů|anasayfa|ana sayfa|αρχική"
    r"|pagina iniziale)\s*[>›»＞/]\s*[^>›»＞/]{1,80}(?:\s*/\s*[^>›»＞/]{1,80}){0,4})$")
# Who wrote, edited or supplied the text, printed under it: "（来源：市发展改革委投资处）",
# "责任编辑：王五", "（记者 张三 通讯员 李四）". Bracketed, or labelled with a colon.
_CREDIT_LABEL = (r"(?:(?:信息|文章|稿件|资料|本文|新闻)?来源|稿源"
                 r"|(?:责任|流程|值班|实习|文字|图片)?编辑|栏目主编|(?:题图|封面|图片)来源|采写"
                 r"|记者|通讯员|作者|撰稿|供稿|审核|校对|(?:发布|发文)(?:单位|机关|机构)"
                 # (a university's or a county's credits: "文字：… 图片：… 编辑：…")
                 r"|文字|图片|摄影|图文|视频|排版"
                 # a policy interpretation's interpreter: "解读单位：…", "解读人：…"
                 r"|解读(?:单位|机关|人))")
_END_CREDIT = re.compile(
    rf"^[（(【\[]\s*{_CREDIT_LABEL}\s*[:：]?\s*[^（(）)【】\[\]]{{1,40}}[）)】\]]$"
    rf"|^(?:{_CREDIT_LABEL}|(?i:nguồn|source|quelle|fonte|{'|'.join(SOURCE_WORDS)}"
    rf"|{'|'.join(ISSUER_WORDS)})|แหล่งที่มา|ที่มา)\s*[:：]\s*\S.{{0,68}}$"
    # (a Chinese label may be set off by a full-width bar: "编辑｜何沐阳", "封面来源｜企业官方",
    # or bracketed before the name: "【记者】黄嘉琪", "【来源】 南方+客户端")
    rf"|^{_CREDIT_LABEL}\s*｜\s*\S.{{0,68}}$|^【\s*{_CREDIT_LABEL}\s*】\s*\S.{{0,68}}$")
_FROM_LABEL = re.compile(r"^\s*(?:from|issued by)\s*:?\s*$", re.IGNORECASE)
# A record's field names on lines of their own, their values on the next line (a board's
# "작성자 / 안전총괄과 / 작성일 / 2024.07.01", a definition list read an item a line)
_FIELD_NAME = re.compile(r"^\s*(?:发布单位|发布机关|发布机构|发文机关|发文单位|信息来源|来源单位"
                         rf"|撰稿单位|所属机构|文号|索引号|主题分类|成文日期|作者|{_FIELDS})\s*[:：]?\s*$",
                         re.IGNORECASE)
_TEXT_LABEL = re.compile(r"^\s*(?:内容|正文|新闻内容|文章内容)\s*[:：]?\s*$")
# its contact line ("Contact: Press Office, 202-555-0100"), and the lines under it
# (or "For More Information Contact:" before the name and its reach)
_CONTACT_LINE = re.compile(r"^(?:media |press )?contacts?\s*:"
                           r"|^for (?:more|further) information,? contact\s*:", re.IGNORECASE)
#: Longest top line that can be a dateline or byline rather than text.
MAX_META_LINE = 80
#: Most lines of a release's letterhead over its kind ("FOR IMMEDIATE RELEASE").
MAX_LETTERHEAD = 3
#: Fewest characters (of its comparison key) of a headline's end the text repeats at its top.
MIN_HEADLINE_TAIL = 20


# The section's name after a bar that a template prints in the h1 ("Headline | Opinion"),
# which the title leaves out
_SECTION_END = re.compile(r"\s+[|｜]\s+\S+(?:\s\S+){0,2}$")


_LONE_DATE_FIELD = re.compile(r"^(?:datum|date|fecha|dato|päiväys)$", re.IGNORECASE)


def trim_top(paras: list[str], title: str | None, *, heading: str | None = None) -> list[str]:
    """The text below the headline: a headline repeated at the top (whole, or broken over
    up to three lines), and datelines or bylines right under it, are left out. *heading*:
    the text of the element that shows the headline, when it prints more than the title (a
    kicker before it in the ``<h1>``: "Geburtshilfe in Deutschland Warum immer mehr …"), a
    line of which is the headline's too."""
    key = title_key(title) if title else ""
    if key and heading:
        whole = title_key(heading)
        if whole != key and key in whole:
            paras = _below_headline(paras, whole)
            paras = [p for p in paras[:3] if title_key(p) != whole] + paras[3:]
    headed = False  # the text repeats the headline at its top
    if key:
        paras = _below_headline(paras, key)
        headed = bool(paras) and title_key(paras[0]) == key
        top = [title_key(p) for p in paras[:3]]
        for count in range(len(top), 0, -1):
            if "".join(top[:count]) == key:
                paras, top = paras[count:], top[count:]
                break
        paras = [p for p, k in zip(paras, top, strict=False)
                 if k != key and title_key(_SECTION_END.sub("", p)) != key] + paras[len(top):]
        if paras:
            paras[0] = _without_headline(paras[0], key)
    paras = paras[_field_table(paras):]
    # a release's letterhead over its kind: the office's name (and that name in another of
    # the place's languages) on lines of their own over "FOR IMMEDIATE RELEASE"
    kind = next((i for i, p in enumerate(paras[:MAX_LETTERHEAD + 1])
                 if RELEASE_LINE.match(p.strip(_RULE_MARKS))), 0)
    if kind and all(len(p) <= MAX_META_LINE and not _is_sentence(p) for p in paras[:kind]):
        paras = paras[kind:]
    # a line over the date line that opens the text is the page's header, not the text (a
    # hero picture's caption, "Volunteers plant harakeke above the stream.", over
    # "Published: 21 May 2024")
    # (any date line, labelled or not: with a label only, wcxb-articles 0024, 0085, 0137,
    # 0183 and a cwce-dev page kept such a line, and no page of any set was closer)
    if len(paras) > 2 and len(paras[0]) <= MAX_OVER_DATELINE and _is_dateline(paras[1]) and (
            not _is_dateline(paras[0])):
        paras = paras[1:]
    # ... and so are two lines over it that end with no full stop (a release's summary set in
    # bold over "New Delhi, 13th March, 2024")
    # (lines, not a table's rows, nor a line announcing what follows with a colon)
    elif len(paras) > 3 and paras[2][:1] != "|" and _is_dateline(paras[2]) and all(
            len(p) <= MAX_OVER_DATELINE and p.rstrip()[-1:] not in SENTENCE_ENDS | {":", "："}
            and p[:1] != "|" and not _is_dateline(p) for p in paras[:2]):
        paras = paras[2:]
    # a disclaimer over the text: a summary's word about itself ("This summary is provided to
    # assist in the understanding of the Court's judgment. It is not intended to …")
    if len(paras) > 1 and len(paras[0]) <= MAX_STORY_NOTE and _DISCLAIMER.search(paras[0]):
        paras = paras[1:]
    # (the text's own lines, not only a contact, must follow)
    paras = paras[_headless_contact(paras[:min(MAX_HEADLESS_CONTACT, len(paras) - 1)], top=True):]
    contact = False  # under a release's contact line: its names, telephones, addresses
    while paras and (_LABELLED_LEAD.match(paras[0]) or _CONTACT_HEAD.match(paras[0])
                     # (a contact on one line with its reach, over the text: "For More
                     # Information Contact: Lena Whitcomb, …, lena.whitcomb@…, 276-555-0148")
                     or _CONTACT_LINE.match(paras[0]) and len(paras[0]) <= 2 * MAX_META_LINE
                     and _REACH.search(paras[0]) is not None
                     or not _is_sentence(paras[0]) and (
            len(paras[0]) <= MAX_META_LINE
            # a dateline with its place and a long office's name runs longer
            or len(paras[0]) <= 2 * MAX_META_LINE and _is_dateline(paras[0]))
                     # (a date set as a sentence of its own: "11 de marzo de 2025.")
                     or _dated_sentence(paras[0])):
        # a metadata list's items come as "- From", "- Published on"
        line = _ITEM_MARK.sub("", paras[0])
        if _dated_sentence(line):
            line = line.rstrip()[:-1]
        if _CONTACT_HEAD.match(line.strip()) or _CONTACT_LINE.match(line):
            contact = True
        elif (_FROM_LABEL.match(line) or _FIELD_NAME.match(fold_hant(line))) and len(
                paras) > 1 and len(paras[1]) <= MAX_META_LINE:
            # "From" over the issuing office's name, a record's field name over its value
            # (a board's field table read a cell a line): a metadata list
            paras = paras[1:]
        elif _TEXT_LABEL.match(fold_hant(line)):
            pass  # the field that holds the text ("內容"): the text follows
        elif not (_BYLINE.search(fold_hant(line)) or STAFF_CREDIT.match(line)
                  # (set off by stars or rules: "*** PRESS RELEASE ***")
                  or RELEASE_LINE.match(line.strip(_RULE_MARKS))
                  or _DASHED_SUBTITLE.match(paras[0]) or _LABELLED_LEAD.match(line)
                  or _PRESS_OFFICE.search(line) and "@" in line
                  or _META_FIELD.match(fold_hant(line)) or _SPACED_FIELD.match(line)
                  or _FIELD_PAIRS.match(line)
                  or _is_dateline(line, paras[1] if len(paras) > 1 else "")
                  or is_bare_label(line) or _CELL.match(_EMPTY_END.sub("|", line))
                  or _CRUMB_LINE.match(line)
                  # (a date's field name alone, its <time> read as the date line, and the
                  # topics printed with the date: "Datum", "Themen: Klimaschutz, …")
                  or _LONE_DATE_FIELD.match(line) or is_tags_line(line)
                  or _DOC_NUMBER.match(line) or _OFFICE_LINE.match(line)
                  or _DOWNLOAD_FIELD.match(line) or _APP_NAME.match(line)
                  # (the credits a text prints under it may open it: "编辑｜何沐阳")
                  or _END_CREDIT.match(fold_hant(line))
                  # (... and the writer's and photographer's credit a release closes with may
                  # open it: "Texto – Larissa Nogueira / Semsa")
                  or _TEXT_AND_PICTURES.match(line)
                  # (a metadata list's item that is a widget's words: "- Tempo di lettura:")
                  or is_chrome_line(line)
                  or _YEARLESS_DATELINE.match(line)
                  or _credit_cells(line)
                  # (the headline again under the letterhead, without the kicker the page's
                  # title prints before it: "OFFICE OF THE GOVERNOR – NEWS RELEASE – …")
                  or key and len(title_key(line)) >= MIN_HEADLINE_TAIL
                  and key.endswith(title_key(line))
                  or contact and _contact_detail(paras)
                  # a Chinese paper's subtitle (副题) under the headline, over its byline
                  or _subtitle_over_byline(paras)):
            break
        paras = paras[1:]
    # a record's field table under the lines the loop took off (a subtitle over a release's
    # embargo table: "| 보도시점 | 2025. 2. 20.(목) 조간 |", "| 배포 | 2025. 2. 19.(수) |")
    if headed and len(paras) > 2 and _deck_over_dateline(paras[0], paras[1]):
        paras = paras[1:]
    rows = _field_table(paras)
    if rows:
        return trim_top(paras[rows:], None)
    return _without_dates_under_lead(paras)


#: A release's text opens with its place and a dash: "San Francisco, CA – The Mayor …",
#: "OLYMPIA – The Department …", "WASHINGTON, D.C. — …".
_PLACE_DASH = re.compile(r"^[A-Z][\w.'’]*(?: [A-Z][\w.'’]*){0,3}(?:, [A-Z][\w.]*(?: [A-Z][\w.]*)?)?"
                         r"\s+(?:[–—]|--?)\s+\S")
#: Longest deck under a release's headline.
MAX_DECK = 300


def _deck_over_dateline(line: str, after: str) -> bool:
    """*line* is the deck a release prints under the headline it repeats in its text (a line
    that is no sentence: "Paid jobs and internships …; new single application portal makes
    it easier to apply"), over the text that opens with the place and a dash. (A release
    whose text opens with such a line, no headline over it, opens with its summary: the
    labels of the sets keep it.)"""
    line = line.strip()
    return (len(line) <= MAX_DECK and line[-1:] not in SENTENCE_ENDS and line[-1:] not in ":："
            and bool(_PLACE_DASH.match(after)) and not _PLACE_DASH.match(line))


# Who explains a policy under the explanation (政策解读): "解读机关：昆山市商务局", "解读人：…",
# with the desk's telephone after them
_INTERPRETER = re.compile(r"^(?:解读(?:机关|机构|单位|部门|科室|人)|起草(?:单位|部门|科室))"
                          r"\s*[:：]")
#: Most lines of that block.
MAX_INTERPRETER_LINES = 5


def _interpreter_credits(paras: list[str]) -> int | None:
    """Where the credits of a policy's explanation close the text: a line naming the office
    or the person who explains it, then only short labelled lines (the telephone)."""
    first = max(1, len(paras) - MAX_INTERPRETER_LINES)
    for i in range(first, len(paras)):
        if _INTERPRETER.match(fold_hant(paras[i])) and all(
                len(p) <= MAX_META_LINE and ("：" in p or ":" in p) for p in paras[i:]):
            return i
    return None


def _subtitle_over_byline(paras: list[str]) -> bool:
    """*paras* open with a Chinese headline's subtitle (a short line of ideographs, no
    sentence) over a byline or a date line (``本报记者 韩 笑``): the headline's block."""
    line = paras[0].strip()
    return (len(paras) > 1 and len(line) <= MAX_SUBTITLE and bool(IDEOGRAPH.search(line))
            and line[-1:] not in SENTENCE_ENDS
            # (the byline a line of its own: not a sentence where a reporter saw something)
            and len(paras[1]) <= MAX_META_LINE and not _is_sentence(paras[1])
            and bool(_BYLINE.search(fold_hant(paras[1])) or _is_dateline(paras[1])))


#: Longest subtitle line.
MAX_SUBTITLE = 40


def _dated_sentence(line: str) -> bool:
    """A date line closed by a full stop, as a sentence of its own ("11 de marzo de 2025.")."""
    line = line.rstrip()
    return len(line) <= MAX_META_LINE and line.endswith(".") and _bare_date(line[:-1])


def _without_dates_under_lead(paras: list[str]) -> list[str]:
    """*paras* without the date fields printed between the lead and the text ("- Published:",
    "- 12 March 2024", "- Last updated:", "- 14 March 2024": a summary over a list of
    dates), which the loop above, stopping at the lead's sentence, leaves."""
    n = 1
    while n < len(paras) - 1 and n <= MAX_FIELD_ROWS and len(paras[n]) <= MAX_META_LINE:
        line = _ITEM_MARK.sub("", paras[n])
        if not (is_bare_label(line) or _labelled_date_line(line) or _bare_date(line)):
            break
        n += 1
    if n < 3 or not _is_sentence(paras[0]):
        return paras
    return paras[:1] + paras[n:]


# An app's name alone over the text, the label of its QR code ("新浪财经APP")
_APP_NAME = re.compile(r"^[^\s。！？，,：:]{2,12}\s?(?:APP|App|app|客户端|客戶端)$")
# A paper's dateline alone over the text, the year left to the edition: "Bathinda, August
# 13", "New Delhi, Aug. 13"
#: Marks a line is set off with ("*** PRESS RELEASE ***", "== Embargoed ==").
_RULE_MARKS = "*#=~_ "
_YEARLESS_DATELINE = re.compile(
    r"^[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3},\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct"
    r"|Nov|Dec)[a-z]*\.?\s+\d{1,2}$")
# A document's number alone over its text, as notices print it: "冀政办〔2012〕8号",
# "工信厅企业函〔2025〕87号", "国办发[2024]12号"
_DOC_NUMBER = re.compile(r"^\s*[^\s，。,：:]{1,16}[〔\[［]\d{4}[〕\]］]\s*\d{1,4}\s*号\s*$")
# A release's download fields over its text: its file's size, its number ("Ukuran File :
# 1.42 MB", "File size: 312 KB", "Nomor BRS : 84/11/Th. XXIX", "Release No.: 2024/17")
_DOWNLOAD_FIELD = re.compile(
    r"^[^\W\d][\w ]{1,24}\s*[:：]\s*\d+(?:[.,]\d+)?\s*(?:[kKMG]i?B|bytes)$"
    r"|^(?:nomor|number|no\.|nr\.|número|numéro|numero|nummer)(?: [^\W\d]\w{0,12})?\s*[:：]"
    r"\s*(?=[^:：]{1,30}$)\S*\d"
    # (or named by the kind with a number sign, "Release #: 25-118", and the time it went
    # out on a line of its own, "Time: 10:45 a.m.")
    r"|^(?:(?:news |media |press )?release|bulletin|statement) ?(?:#|no\.?|number)\s*[:：]?"
    r"\s*(?=[^:：]{1,30}$)\S*\d"
    r"|^time\s*[:：]\s*\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?$", re.IGNORECASE)
# The issuing office alone on its line, as releases print it under their date: "観光部山岳
# 高原観光課", "地域力創造グループ", "市场监督管理局", "농림축산식품부 축산정책과"
_OFFICE_LINE = re.compile(r"^[^\s、。，,:：!?！？]{2,24}(?:課|局|部|室|係|グループ|センター|事務所"
                          r"|庁|省|厅|委员会|办公室|委員會|辦公室|과|국|실|청)"
                          # ... with its desk and telephone in brackets ("局（…課 電話：075-…）")
                          r"(?:[（(][^（）()]{0,40}(?:電話|电话|TEL|Tel)\s*[:：]?\s*[\d-]{6,}[）)])?$")
#: Longest line of an agency's boilerplate under a release's end mark ("###", "-30-").
MAX_BOILERPLATE = 300
#: Most rows of a record's field table over the text (number, date, office, subject...).
MAX_FIELD_ROWS = 8
_ROW = re.compile(r"^\|(?:[^|]*\|){2}$")  # a row of two cells, as tables are printed
# ... or of two fields side by side, each a label without digits and its value: a Chinese
# portal's disclosure table ("| 索引号 | 1133…/2024-00123 | 主题分类 | 城乡建设 |")
_PAIRS_ROW = re.compile(r"^\|\s*[^|\d]{1,12}?\s*\|[^|]{1,60}\|\s*[^|\d]{1,12}?\s*\|[^|]{1,60}\|$")
# ... or a label without digits over a longer value: a speech's "| Speaker | Ms …, Minister
# of State, Ministry of … |" beside its "| Date |" and "| Venue |"
_LABEL_ROW = re.compile(r"^\|\s*[^|\d]{1,20}?\s*\|[^|]{1,140}\|$")
# a row of one cell over the text: a layout's label ("| 第03版：要闻 PDF版 |", a side
# column's heading), never the text's first line
_CELL = re.compile(r"^\|[^|]*\|$")
_EMPTY_END = re.compile(r"(?:\|\s*)+$")


def _field_table(paras: list[str]) -> int:
    """How many lines a record's field table over the text takes: rows of two short cells
    (a label and its value), or of two such pairs, one of them a date ("| 发布日期 |
    2024-06-23 |") or a contact's telephone or address; 0 for none. A data table's rows are
    more than a few, or wider, or have numbers where the labels would be."""
    # (a row's empty cells at its end are the table's layout: "| 제목 | … |  |  |"; and the
    # table's caption may come as its first row, one cell: "| 보도자료 상세보기 - 제목, … |")
    rows = [_EMPTY_END.sub("|", p) if p[:1] == "|" else p for p in paras[:MAX_FIELD_ROWS + 2]]
    first = n = 1 if len(rows) > 2 and _CELL.match(rows[0]) and len(rows[0]) > 3 else 0
    while n < len(paras) - 1 and n - first <= MAX_FIELD_ROWS and (
            TABLE_RULE.match(rows[n]) or _ROW.match(rows[n]) and len(rows[n]) <= MAX_META_LINE
            or _PAIRS_ROW.match(rows[n]) or _LABEL_ROW.match(rows[n])):
        n += 1
    # (or a telephone or an address: a release's office, desk and contact as its record,
    # "| 担当者 | 望月 |", "| 電話番号 | 054-221-2684 |")
    if n - first < 2 or n - first > MAX_FIELD_ROWS or not any(
            find_dates(p, limit=1) or _REACH.search(p) for p in paras[first:n]):
        return 0
    return n


def _contact_detail(paras: list[str]) -> bool:
    """The first line is a contact's telephone or address, or a short name or title with
    one in the next two lines (a name, a title, a telephone)."""
    return bool(_REACH.search(paras[0])) or (
        len(paras[0]) <= 50 and any(_REACH.search(p) for p in paras[1:3]))


#: Longest line over a date line at the text's top read as the page's header (a caption).
MAX_OVER_DATELINE = 160


#: How far down the text the headline is looked for (a disclosure table's rows above it).
HEADLINE_REACH = 40


def _below_headline(paras: list[str], key: str) -> list[str]:
    """*paras* from the headline on, when the headline is a line among the first ones and
    only short lines come before it (a disclosure table, an info bar inside the text's
    element): they describe the text, they are not part of it."""
    for i, para in enumerate(paras[:HEADLINE_REACH]):
        if i and title_key(para) == key:
            return paras[i:]
        if len(para) > MAX_META_LINE * 2 or _is_sentence(para):
            break  # text before the headline: it is the text's own line, not a repeat
    return paras


def _without_headline(para: str, key: str) -> str:
    """*para* without the headline it starts with, when the headline is an inline element
    of the text's first block (``<span>Headline</span> The text ...``, read as one line):
    a space after it and a new sentence (a capital, a digit, a CJK character) starting
    there. A lead that begins with the headline's words and goes on (``全市召开防汛工作会议，
    部署…``, ``Storm hits coast of Florida``) is kept."""
    if len(key) < 8 or not text_key(para).startswith(key):
        return para
    seen = 0
    for i, char in enumerate(para):
        seen += len(text_key(char))
        if seen == len(key):
            rest = para[i + 1:]
            head = rest.lstrip()
            if rest[:1].isspace() and head[:1] and not head[:1].islower() and \
                    head[:1].isalnum() and len(text_key(head)) > len(key):
                return head
            return para
    return para


def _is_sentence(line: str) -> bool:
    """A line that ends as a sentence is text, even when it names a reporter ("记者在几所
    学校采访了十几位学生。") or a date: the lead of a press release or news story."""
    return line.rstrip()[-1:] in SENTENCE_ENDS and len(line) > 20


#: Most characters beside the date on a dateline: a place and an office ("May 28, 2024 -
#: Winnipeg, Manitoba - Infrastructure Canada").
MAX_DATELINE_REST = 60
# What parts a dateline's rest: dashes, or bars between a table row's cells ("| Data
# publikacji: … | Źródło: … | drukuj |"; a bar inside a cell is printed "\|")
_DATELINE_PARTS = re.compile(r"\s(?:[-–—|]|\\\|)\s")


def _is_dateline(line: str, after: str = "") -> bool:
    """A short line that is mostly a date: what is left beside the date is not a sentence,
    nor the line (or the line *after* it) the event's place (an event's time and place
    open a notice's text)."""
    for stamp in find_dates(line, limit=1, guess=True):  # the order does not matter here
        if is_event_time(line + "\n" + after, stamp.end):
            return False
        if line.rstrip().endswith((":", "：")):
            return False  # it introduces what follows ("Effective beginning 6/2/2025:")
        rest = (line[:stamp.start] + line[stamp.end:]).strip(" -|–—,:")
        if rest.endswith((".", "。", "!", "?")):
            return False
        # a place and an office after it, each between dashes, may run longer ("May 28,
        # 2024 – Winnipeg, Manitoba – Housing, Infrastructure and Communities Canada")
        parts = _DATELINE_PARTS.split(rest)
        return len(rest) <= MAX_DATELINE_REST or len(parts) >= 2 and all(
            len(part) <= MAX_DATELINE_REST for part in parts)
    return False


# The mark a press release or wire story ends with: "Ends", "-ends-", "NNNN" (the
# teletype's end of message), "###" and "-30-" (US releases; "####" and "#####" too, as UN
# agencies print it), "***" (India's PIB, the UN's "* *** *"), "-- BERNAMA", "完" / "（完）";
# "Ends/Tuesday, March 5, 2024" carries the release's date. (Checked case-sensitively:
# "-- BERNAMA" is a wire's name in capitals.)
# ... and the same named for what ends: "- Statement ends -", "End of media release"
# (set between tildes too: "~ End ~")
# (not a bare lowercase "end": a code block's last line, Ruby's or Lua's, where a release
# prints "End", "END" or the word set off by dashes)
_ENDS = (r"^(?!end$)[\s(（\[–—~－-]*"
         r"(?i:(?:(?:media |press |news )?(?:statement|release) )?ends?|nnnn|完"
         # (Irish "Críoch", Welsh "Diwedd": the end)
         r"|críoch|crioch|diwedd"
         r"|end of (?:the )?(?:media |press |news )?(?:statement|release))"
         r"[\s)）\]–—~－-]*(?:/.*)?$")
# ... and "###" (to "######")
_HASHES = r"^\s*#(?:\s?#){2,5}\s*$"
# (an agency's acronym between dashes ends its releases as "-30-" does: "-BLM-", "-USDA-")
_ACRONYM_END = r"|^\s*-[A-Z]{2,6}-\s*$"
_END_MARK = re.compile(
    _ENDS + r"|" + _HASHES + _ACRONYM_END +
    r"|^\s*[–—-]\s?30\s?[–—-]\s*$|^\s*[*~](?:\s*[*~]){2,}\s*$|^\s*⁂\s*$"
    # a wire's sign-off ("-- BERNAMA", "--SPA", "-- WAM"), a rule of dots or dashes
    r"|^\s*--\s?[A-Z]{2,12}\s*$|^\s*(?:\.\s*){4,}$|^\s*-{4,}\s*$|^\s*_{4,}\s*$"
    # the Philippines' "---oooOooo---", Bangladesh's "#", the Arab wires' "//انتهى//" (ended)
    # (... and "-o0o-", its O a zero)
    r"|^\s*[-–—]*\s*o+[O0]+o+\s*[-–—]*\s*$|^\s*#\s*$|^\s*[/–—-]*\s*انتهى\s*[/–—-]*\s*$"
    # (and the Iranian agencies' "انتهای پیام/" (end of message))
    r"|^\s*[/–—-]*\s*انتهای پیام\s*[/–—-]*\s*$"
    # (and "//END//", as a Pacific ministry's releases close)
    r"|^\s*/{2,}\s*(?i:end)\s*/{2,}\s*$"
    # ... and the Mexican and Central American bulletins' "---000---" (zeros, "oOo" said so)
    r"|^\s*[-–—]+\s*0{3}\s*[-–—]+\s*$"
    # the German-language wires' "(Schluss)", with the desk's initials ("(Schluss) mbu")
    # (the Austrian parliament's names the item: "(Schluss Verkehrsausschuss) mbu")
    r"|^\s*\((?i:schluss)(?:\s+[^()]{1,60})?\)(?:\s+[a-z]{2,4}(?:/[a-z]{2,4})*)?\s*$"
    # ... and the Spanish- and Portuguese-language wires' "(FIN)", "(Fim)", with the desk's
    # initials ("(FIN) LZD/MAO")
    r"|^\s*\((?i:fin|fim)\)(?:\s+[A-Za-z]{2,4}(?:/[A-Za-z]{2,4})*)?\s*$"
    # a signature's label over the name, title and date of who signed: "Signed:", "Sgd."
    r"|^\s*\(?(?i:signed|sgd\.?)\)?\s*:?\s*$")
# What a US release prints under "###": the agency's boilerplate ("About the National
# Institutes of Health (NIH): ..."), however long.
# A release's notes for journalists, after its text: "Notes to editors" (its heading, or its
# label before the first note: "Hinweis für Redaktionen: Weitere Informationen …"). Not an
# "Editor's note", which is the text's own (a correction, an update).
_NOTES_HEAD = re.compile(
    r"^(?:notes? (?:to|for) (?:the )?(?:editors?|journalists|reporters)"
    r"|hinweise? für (?:die )?redaktion(?:en)?"
    # ... and as a heading alone, "Editor's notes" (an "Editor's note: …" is the text's)
    r"|editor[’']?s[’']? notes(?=\s*:?\s*$)"
    r"|nodyn(?:iadau)? i olygyddion|nót(?:a|aí) don eagarthóir"
    r"|notes? aux rédactions|notas? (?:para|a) (?:los )?(?:editores|redactores)"
    r"|(?:noot|toelichting) voor de redactie|nota aan (?:die )?redakteurs"
    r"|notas? (?:aos|para os) editores|notas? às redações"
    # ... in Czech, Slovak and Polish: "Poznámka pro editory", "Informacja dla redakcji"
    r"|poznámk[ay] pr[oe] (?:editory|editorov|redakce|redakcie|redaktory|redaktorov)"
    r"|(?:informacja|notatka|uwagi) dla (?:redakcji|redaktorów)"
    # ... in Indonesian and Malay: "Catatan untuk Editor", "Nota kepada editor"
    r"|catatan (?:untuk|bagi) (?:editor|redaksi)|nota kepada (?:editor|pengarang)"
    # a statistics office's note on where its figures come from
    r"|about (?:these|the) (?:figures|statistics|data)|over deze cijfers"
    # ... and on its sources and method in the Nordic offices' words: "Kilder og metode"
    r"|kilder og metoder?|källor och metoder?"
    r"|(?:über|zu) (?:diesen|den) (?:zahlen|daten))\b"
    # ... in Sinhala, Tamil and Hindi (their words end in a vowel sign: no "\b" after them)
    r"|^(?:කතුවරුන් සඳහා සටහන්|ஆசிரியர்களுக்கான குறிப்புகள்|संपादकों के लिए (?:नोट|टिप्पणी))",
    re.IGNORECASE)
# ... or "Notes to editors" and what it holds, an editor's notes under the mark: the
# sender's boilerplate too
_ABOUT = re.compile(rf"^(?:about|über|à propos|acerca de|نبذة عن)\s|^editor[’']?s[’']? notes?\b"
                    rf"|{_NOTES_HEAD.pattern}", re.IGNORECASE)
# a table's row as the generic extractor prints it
_ROW_LINE = re.compile(r"^\|.*\|$")
# the time a release was issued, under its end mark's date: "Issued at HKT 15:30",
# "香港時間16時05分", "發出時間：16時05分"
_ISSUE_TIME = re.compile(r"^(?:issued at|香港時間|澳門時間|發出時間|发出时间)\W{0,3}[^\d]{0,6}"
                         r"\d{1,2}\s*[:：時时]\s*\d{2}\s*分?(?:發出|发出)?\.?$", re.IGNORECASE)


# ... the marks only a release's end is: not a rule of dashes, dots or stars, which also
# sets a forum post's signature apart
_RELEASE_END = re.compile(_ENDS + r"|" + _HASHES + r"|^\s*[–—-]\s?30\s?[–—-]\s*$" + _ACRONYM_END)


def is_end_mark(line: str, *, release: bool = False) -> bool:
    """*line* marks the end of a text: ``Ends``, ``完``, ``NNNN``, ``###``, ``-30-``, a
    wire's sign-off, a rule; ``Ends/Tuesday, May 28, 2024`` with its date. With *release*,
    only the marks that end a release (no rules)."""
    return len(line) <= MAX_META_LINE and (_RELEASE_END if release else _END_MARK).match(
        line) is not None


# An issuer's name in capitals, a line of its own: "ACCOUNTING AND CORPORATE REGULATORY
# AUTHORITY", "MINISTRY OF HEALTH"
_CAPS_NAME = re.compile(r"^[A-Z][A-Z&’'(),.\- ]{5,118}[A-Z)]$")


def _dated_issuer(paras: list[str], i: int) -> bool:
    """Line *i* is the issuer's name in capitals over the day alone ("MINISTRY OF HEALTH",
    "14 MARCH 2024"): a release's sign-off (a Singapore agency's release closes so, its
    "About …" under it). A heading in capitals is over text, not a date."""
    return (i + 1 < len(paras) and len(paras[i].split()) >= 2
            and _CAPS_NAME.match(paras[i]) is not None and _bare_date(paras[i + 1]))


#: Most paragraphs under an end mark: its date, the time it was issued, a contact, the
#: agency's lines about itself. More, or longer (see below), is text (a mark used as a
#: separator).
MAX_UNDER_END = 8
#: ... of any length under a release's own end mark, as long as they hold at most this share
#: of the characters of the text above it.
MAX_UNDER_SHARE = 0.5


# The heading of a press office's contact block: "Media enquiries", "Press contacts",
# "Contact Information", "For more information, contact:", "Rückfragehinweis", "Adresse
# für Rückfragen", "Contact presse :", "Kontakt". (Not Chinese: a notice's 联系方式 is part
# of the notice.)
# "More information" in the languages whose releases close with it over a contact
# (Indonesian and Malay too: "Informasi lebih lanjut:", "Untuk maklumat lanjut"; Thai).
_MORE_INFO = (r"per (?:(?:ulteriori|maggiori) )?informazioni(?: ai giornalisti| alla stampa)?|"
              r"pour (?:de plus amples|plus d')"
              r" ?informations|pour toute information complémentaire|"
              r"pour tout (?:autre )?renseignement(?: complémentaire)?|"
              r"(?:para )?más información|(?:para )?mais informações|"
              r"meer informatie|för (?:mer|ytterligare) information|for mer informasjon|"
              r"yderligere oplysninger|lisätietoja(?: antaa?| antavat)?|lisainfo|lisateave|"
              r"meediapäringud|"
              r"więcej informacji|další informace|további információ|(?:ayrıntılı )?bilgi için|"
              # Lithuanian, Latvian, Slovenian, Croatian and Serbian, Slovak, Romanian,
              # Bulgarian, Russian, Ukrainian
              r"daugiau informacijos|vairāk informācijas|več informacij|više informacija|"
              r"viac informácií|(?:mai multe informa[țţt]ii|informa[țţt]ii suplimentare)|"
              r"повече информация|(?:nähere|weitere) (?:informationen|auskünfte)|"
              r"дополнительная информация|додаткова інформація|"
              r"(?:untuk )?(?:informasi|maklumat) (?:lebih )?lanjut"
              r"(?:,? (?:sila|silakan) hubungi)?|"
              # Thai: "สอบถามข้อมูลเพิ่มเติม" (for more information, ask), "ติดต่อสอบถาม"
              r"(?:ติดต่อ)?สอบถาม(?:ข้อมูล)?(?:เพิ่มเติม)?(?:ได้ที่)?|ข้อมูลเพิ่มเติม")
_CONTACT_HEAD = re.compile(
    # ... or the contact for the release, named with its headline ("Media Contact for …")
    r"^(?:media|press) contacts? for\s.{1,200}$|"
    # (perhaps two words before it: "News Media Contact")
    r"^(?:(?:news|public)\s+)?(?:(?:media|press|news|public|investors?)\s+)?"
    r"(?:contacts?|contact\(s\)|contact points?"
    r"|enquiries|inquiries|relations)"
    r"(?:\s+(?:information|details|for (?:the )?(?:media|press)|office|bureau|unit|division))?"
    r"\s*:?$"
    r"|^for (?:more|further|press|media) information(?:,? (?:please )?contact)?\s*:?$"
    # ... or an interview's: "For more information or to set up interviews please contact:"
    r"|^for (?:more|further) information,? or to (?:set up|arrange|request|schedule) "
    r"(?:an )?interviews?,? (?:please )?contact\s*:?$"
    # ... or the heading alone over a reference and the contacts ("More information")
    r"|^(?:more|further) information\s*:?$"
    # ... and for the press alone: "For more information, press only:"
    r"|^for (?:more|further) information,? (?:for )?(?:the )?(?:press|media|journalists) only\s*:?$"
    # ... the media's own: "For media queries, please contact:"
    r"|^for (?:media|press) (?:queries|enquiries|inquiries)(?: or [^,:.]{1,60})?"
    r"(?:,? (?:please )?contact(?: the (?:media|press|communications?) officer)?)?\s*:?$"
    r"|^(?:presse)?kontakte?(?: für (?:weitere |nähere )?(?:auskünfte|informationen|rückfragen))?"
    r"\s*:?$|^rückfrage(?:n|hinweis)?(?: für (?:die )?medien)?\s*:?$|^adresse für rückfragen\s*:?$"
    # ... and the Swiss federal releases' other languages' ("Indirizzo cui rivolgere domande",
    # "Adresse pour l'envoi de questions")
    r"|^indirizzo cui rivolgere domande\s*:?$|^adresse pour l['’]envoi de questions\s*:?$"
    # (who answers for the release: "Verantwortlich für diesen Pressetext")
    r"|^verantwortlich für (?:diesen|den) (?:pressetext|text|inhalt)\s*:?$"
    # Finnish "Tiedustelut" (inquiries) over the statisticians' telephones
    r"|^tiedustelut\s*:?$"
    r"|^(?:pressestelle|medienkontakt|pressesprecher(?:in)?)\s*:?$"
    # a Québec release's closing contacts: "Source :" and "Information :" over a press
    # attaché's name, office and telephone
    r"|^(?:source|information|renseignements)\s*:$"
    r"|^contacts? (?:presse|médias?)\s*:?$|^contactos?(?: de prensa)?\s*:?$"
    # Indonesian, Malay: "Narahubung:", "Untuk maklumat lanjut, hubungi:"
    r"|^(?:narahubung|kontak media|hubungi)\s*:?$"
    # ... and the public relations office over its telephone, e-mail and accounts: "Biro
    # Hubungan Masyarakat", "Bagian Humas" (as "Public Relations Office")
    r"|^(?:(?:biro|bagian|pusat|subbagian) )?(?:hubungan masyarakat|humas)\s*:?$"
    # a Chinese release's press contacts, a table under the heading: "新聞聯絡人"
    r"|^(?:新[闻聞]|媒[体體])[联聯][系络絡]人\s*[:：]?$"
    # ... or a Hong Kong release's "media enquiries": "傳媒查詢", "媒體查詢", "新聞界查詢"
    r"|^(?:[传傳]媒|媒[体體]|新[闻聞]界)(?:查[询詢]|垂[询詢])\s*[:：]?$"
    r"|^contatti(?: stampa)?\s*:?$|^perscontact(?:en)?\s*:?$|^persverantwoordelijke\s*:?$"
    # "for the press" over the press office's reach: Dutch "Voor de pers", German "Für die
    # Presse", French "Pour la presse", "For the media"
    r"|^(?:voor de pers|für (?:die )?(?:presse|medien)|pour (?:la presse|les médias)"
    r"|for (?:the )?(?:media|press))\s*:?$"
    # a contact person, over a name and a telephone: "Contact person:"
    r"|^contact persons?\s*:?$"
    # Mongolian: "Хэвлэл мэдээллийн асуудлаар холбогдох:" (for press matters, contact)
    r"|^(?:хэвлэл мэдээллийн асуудлаар )?холбогдох(?: утас)?\s*:?$"
    r"|^(?:press)?kontakt(?: för media)?\s*:?$"
    # "more information" and press offices in more languages: Italian, French, Spanish,
    # Portuguese, Dutch, Scandinavian, Finnish, Estonian, Polish, Czech, Hungarian
    rf"|^(?:(?:{_MORE_INFO})|ufficio stampa|personnes? de contact(?: pour la presse)?"
    r"|gabinete de (?:prensa|comunicación)|assessoria de (?:imprensa|comunicação)"
    r"|persvoorlichting|pressekontakt|kontakt dla mediów|kontakt pro média|kontakt pre médiá"
    # the people to ask, over their names and telephones: "Persone di riferimento:",
    # "Auskunftspersonen:", "Personnes de référence :"
    r"|persone di riferimento|auskunftspersone?n?|personnes? de référence)\s*:?$"
    # Japanese and Korean: お問い合わせ(先), このページ(本件)に関するお問い合わせ, 問い合わせ先,
    # 【照会先】, 連絡先, 担当, 자료 문의, 담당부서 (정보), 담당자, 연락처
    r"|^【?(?:(?:このページ|本件)に関する)?(?:お)?問い?合わ?せ(?:先)?】?\s*[:：]?$"
    r"|^【?(?:照会先|連絡先|担当)】?\s*[:：]?$"
    r"|^(?:자료\s*)?문의(?:처)?\s*[:：]?$|^(?:담당\s*부서|담당자|연락처)(?:\s*(?:정보|안내))?\s*[:：]?$",
    re.IGNORECASE)
# What a contact block holds besides names and titles: a telephone number or an address.
# (Japanese numbers put the area code in full-width brackets, "03（5253）1111"; an office's
# extension is its 内線)
_REACH = re.compile(r"@[\w-]+\.\w|(?:\+|\b0)?\d[\d ()（）/.-]{6,}\d|\be-?(?:mail|post)\b"
                    r"|\btel(?:ephone|efon)?\b|内線\s*\d|電話|전화"
                    # ... or the label of a link to one, the link gone: "Phone", "Online"
                    r"|^(?:phone|online|fax|website)$", re.IGNORECASE)
# ... or a contact's label with the contact after it on the same line: "Lisätietoja:
# neuvotteleva virkamies Anna Virtanen, p. 0295 530 000", "Media contact: Jane Roe, …",
# "新聞聯絡人：觀光局 林科長 電話：…", "※ 문의 : 교통정책과 (064-…)" (a press contact: a
# notice's own 联系人 line is part of the notice and stays)
_CONTACT_INLINE = re.compile(
    # ... or said in a sentence with the contact's reach: "For more information, contact the
    # Communications Unit on 01286 679 000 or …", Welsh "Am ragor o wybodaeth, cysylltwch ag …"
    r"^(?:for (?:(?:further|more) information|(?:media|press) (?:queries|enquiries|inquiries)),?"
    r" (?:please )?contact|am ragor o wybodaeth,? "
    # (its "contact" perhaps a label: "For More Information Contact: Lena Whitcomb, …")
    r"cysylltwch(?: (?:â|ag))?)\s*[:：]?\s+\S|"
    # (or "Contact:" alone before the name and its reach: "Contact: Dana Whitcombe, …, 267-…")
    rf"^(?:※\s*)?(?:{_MORE_INFO}|(?:media|press) (?:contacts?|enquiries|inquiries)|contacts?"
    r"|contacts? presse"
    r"|renseignements (?:aux|pour les) médias"
    r"|for (?:further|more) information|contact persons?"
    r"|pressekontakt|presskontakt|kontakt för media|kontakt (?:pre|pro|dla) (?:médiá|média|mediów)"
    # (the agency's short name before it: "食藥署新聞聯絡人")
    r"|[\u3400-\u9fff]{0,6}(?:新[闻聞][联聯][系络絡]人|媒[体體][联聯][系络絡]人?)"
    r"|(?:자료\s*)?문의(?:처|\s*전화)?"
    r"|담당(?:\s*부서|자)?"
    # a page's managing office (Korean sites), inquiries by telephone (Ukrainian, Russian)
    r"|콘텐츠\s*관리\s*부서|довідки за телефоном|справки по телефону"
    r"|問い合わせ先|お問い合わせ|照会先|連絡先"
    # ... an agency's spokesperson by name, the telephone under it ("FTC Spokesperson: …")
    r"|(?:[A-Z]{2,8} )?spokes(?:person|man|woman)"
    # ... or the reporter's line for readers' comments ("Comments: (319) 398-8217; …@…")
    r"|comments)\s*[:：]\s*\S", re.IGNORECASE)
# ... or, as the text's last line, "Inquiries:" with an office and its telephone (over more
# lines, a spokesperson's block, the name above it may belong to it: the headless rule's)
_INQUIRIES = re.compile(r"^(?:inquiries|enquiries)\s*[:：]\s*\S", re.IGNORECASE)
#: Most lines a contact block holds under its heading (a release may name several people
#: and a media line, each with a title, a telephone and an address).
MAX_CONTACT_LINES = 20


#: Most lines the notes hold under their heading (numbered notes, the agency's lines about
#: itself).
MAX_NOTES_LINES = 15


def is_contact_line(line: str) -> bool:
    """*line* is a press contact on one line, the label and whom to reach ("For more
    information, please contact the Communications Unit on 331 0822 or email …"), or a
    contact block's heading (:func:`is_closing_head`)."""
    line = line.strip()
    return is_closing_head(line) or len(line) <= 2 * MAX_META_LINE and bool(
        _CONTACT_INLINE.match(line)) and bool(_REACH.search(line))


def is_closing_head(line: str) -> bool:
    """*line* heads what closes a release after its text: its notes to editors or its press
    contacts (``Notes to editors:``, ``Media contact``), which :func:`trim_end` cuts."""
    line = line.strip()
    return len(line) <= 60 and bool(_NOTES_HEAD.match(line) or _CONTACT_HEAD.match(line))


# A science release's closing section, as observatories and labs print it (ESO's, NOIRLab's,
# Fermilab's): "More information" over the paper the research was presented in, the team,
# the institution's lines about itself and the contacts; or, its heading gone with the page's
# chrome, the paper's line right over the team's.
_MORE_INFO_HEAD = re.compile(r"^(?:more|further) information\s*:?$", re.IGNORECASE)
_PAPER_LINE = re.compile(r"^(?:this|the) (?:research|study|work|results?) (?:was|were|is|are|"
                         r"will be) (?:presented|published|reported|described)\b|^paper\s*:",
                         re.IGNORECASE)
_TEAM_LINE = re.compile(r"^the team (?:is|was) composed of\b", re.IGNORECASE)
#: Most lines such a section holds from its heading to the text's end.
MAX_SCIENCE_NOTES = 40


def _notes_to_editors(paras: list[str]) -> int | None:
    """Where the notes for journalists that close a release start: the last line among the
    last :data:`MAX_NOTES_LINES` that :data:`_NOTES_HEAD` opens (never the text's first), or
    a science release's "More information" over its paper (:data:`_PAPER_LINE`)."""
    first = max(0, len(paras) - MAX_NOTES_LINES - 1)
    for i in range(len(paras) - 1, first, -1):
        if _NOTES_HEAD.match(paras[i]):
            return i
    # (the section may run longer: its contacts, a box of the release's details)
    for i in range(max(1, len(paras) - MAX_SCIENCE_NOTES), len(paras) - 1):
        under = _ITEM_MARK.sub("", paras[i + 1])
        if _MORE_INFO_HEAD.match(paras[i].strip()) and _PAPER_LINE.search(under) or (
                _PAPER_LINE.search(paras[i]) and _TEAM_LINE.search(under)):
            return i
    return None


# A company blog's recruiting box closing a post: "Join us" over the company's blurb and "See
# open roles"
_JOIN_US = re.compile(r"^(?:join (?:us|our team)|we(?:'|’)re hiring|careers)[.!]?$", re.IGNORECASE)
_OPEN_ROLES = re.compile(r"\b(?:open (?:roles|positions|jobs)|we(?:'|’)re hiring|view (?:all )?"
                         r"(?:jobs|openings|vacancies)|careers page)\b", re.IGNORECASE)
#: The most lines such a box holds under its heading.
MAX_HIRING_LINES = 3


# ... or its one line, last: "Want to come help us build Slack? Check out our engineering jobs
# and apply today!"
_APPLY_LINE = re.compile(r"\b(?:check out|see|browse|view|explore) our (?:[\w-]+ ){0,2}"
                         r"(?:jobs|job openings|openings|open roles|open positions|careers)\b"
                         r".{0,40}\bapply\b", re.IGNORECASE)
# ... or asking them to come and work there, pointing to the open roles: "If building
# innovative products … excites you, come build the future with us! Visit jobs.… to see our
# open roles"
_COME_WORK = re.compile(r"\bcome (?:build|work|join|help)\b.{0,60}\bwith us\b", re.IGNORECASE)
#: Longest such line.
MAX_APPLY_LINE = 300


def _hiring_block(paras: list[str]) -> int | None:
    """Where a recruiting box that ends the text starts: a "Join us" heading among the last
    lines, a line under it pointing to the open roles; or the last line, asking the reader
    to apply (:data:`_APPLY_LINE`) or to come and work there, pointing to the open roles."""
    for i in range(max(1, len(paras) - MAX_HIRING_LINES - 1), len(paras) - 1):
        if _JOIN_US.match(paras[i].strip()) and any(
                _OPEN_ROLES.search(p) for p in paras[i + 1:]):
            return i
    last = paras[-1] if len(paras) > 1 else ""
    if len(last) <= MAX_APPLY_LINE and (_APPLY_LINE.search(last) or _COME_WORK.search(last)
                                        and _OPEN_ROLES.search(last)):
        return len(paras) - 1
    return None


# The heading over the study a research news item reports, its citation under it:
# "Original publication", "Originalpublikation", "Wetenschappelijk artikel" (a magazine's
# "References", "Référence", its own reading list, the labels keep with the text: 2 pages)
_STUDY_HEAD = re.compile(
    r"^(?:original (?:publication|paper|article)|originalpublikation|originalver[öo]ffentlichung|"
    r"publication|publikation|publicatie|publicación|publicação|pubblicazione|"
    r"(?:scientific|research|journal) (?:article|paper|publication)|wetenschappelijke? "
    r"(?:artikel|publicatie)|wissenschaftliche (?:publikation|veröffentlichung)|"
    r"(?:article|publication) scientifique|"
    r"the (?:study|paper)|study|paper|fachartikel|source articles?(?:\(s\))?|journal references?"
    # (or the paper's details, as an institute's release closes: "Publication details")
    r"|(?:publication|paper|study) (?:details|information|info))"
    r"\s*:?$", re.IGNORECASE)
# ... a citation: a year in brackets or after the names, and a journal's marks (a DOI, "et
# al.", initials with commas: "Verbeek, S., de Wit, R. … (2024). Outdoor play …")
# ... and the heading "Sources" in the languages of research institutes' releases
# (and a Japanese institute's "論文情報", paper information)
_SOURCES_HEAD = re.compile(r"^(?:(?:story )?sources?|quellen?|fuentes?|fontes?|fonti|bronnen?"
                           r"|källor|(?:原)?論文情報)\s*[:：]?$", re.IGNORECASE)
_CITATION = re.compile(r"(?:\bdoi\b|doi\.org/|\bet al\b|(?:\b[A-Z]\.,?\s.*){2,})", re.IGNORECASE)
_CITED_YEAR = re.compile(r"[(\s,.](?:19|20)\d\d[).,;:]")
#: A study's reference closes the text within this many lines (heading, citation, a link).
MAX_STUDY_LINES = 6


# A citation's volume, issue and first page: ";196(44):E1402"
_VOLUME_ISSUE = re.compile(r";\s*\d{1,4}\(\d{1,4}\):\s?[A-Za-z]?\d+")


def _study_reference(paras: list[str]) -> int | None:
    """Where the reference of the study a text reports starts: a heading among the last
    lines (:data:`_STUDY_HEAD`) with a citation right under it."""
    headed = None
    for i in range(max(1, len(paras) - MAX_STUDY_LINES), len(paras) - 1):
        line, cited = paras[i].strip(), paras[i + 1]
        if (len(line) <= 40 and _STUDY_HEAD.match(line) and _CITED_YEAR.search(cited)
                and _CITATION.search(cited)):
            headed = i
            break
    # ... or under "Sources", a research institute's box of the paper: its title, authors,
    # their labs, the journal and its DOI each on a line, the DOI near the heading and
    # only such lines (and a researcher's contact) to the end
    # (the presenters' and the press office's blocks may follow: a Japanese release's
    # "発表者" and "報道担当")
    for i in range(max(1, len(paras) - 4 * MAX_STUDY_LINES), len(paras) - 1):
        line, under = paras[i].strip(), paras[i + 1:]
        if (len(line) <= 40 and _SOURCES_HEAD.match(line)
                and any(_DOI.search(p) or _BARE_DOI.match(p) for p in under[:2 * MAX_STUDY_LINES])
                and all(len(p) <= MAX_CITATION for p in under)):
            # (the box may hold the study's own heading: "Story Source:" over the materials'
            # provider, then "Journal Reference:" over the citation)
            return i if headed is None else min(i, headed)
    if headed is not None:
        return headed
    # ... or the citation alone, its heading gone with the box's chrome: authors "et al.",
    # the title, the journal and its DOI, among the last three lines
    for i in range(max(1, len(paras) - 3), len(paras)):
        line = paras[i]
        # (or the journal's own line, its volume, issue and page: "CMAJ 2024 December 9;
        # 196(44):E1402. DOI: https://doi.org/…")
        if (len(line) <= MAX_CITATION and _DOI.search(line) and (
                _CITED_YEAR.search(line) and re.search(r"\bet al\b", line, re.IGNORECASE)
                or _VOLUME_ISSUE.search(line))):
            return i
    return None


# ... or alone on its line under its label ("＜DOI＞" over "10.1038/s41477-…")
_BARE_DOI = re.compile(r"^\s*10\.\d{4,}/\S+\s*$")
_DOI = re.compile(r"\b(?:doi\s*:?\s*|doi\.org/)10\.\d{4,}/", re.IGNORECASE)  # ("DOI : 10.…")
#: Longest line taken for a study's citation.
MAX_CITATION = 400


# The heading of an organisation's paragraph about itself: "About the Agency", "Over de VMM",
# "Om Trafikverket", "À propos de …", "Acerca de …", "Über …"
# (French contracts the article: "À propos du Défenseur des droits", "À propos d'Orano")
_ABOUT_HEAD = re.compile(r"^(?:(?P<about>(?:about|over|om|über|à propos (?:de|du|des)|acerca de|"
                         r"sobre)\s+|à propos d['’])\S"
                         # (a full stop inside an abbreviation or after an initial: "About
                         # the U.S. CPSC:")
                         r"(?:[^.!?]|\.(?=\S)|(?<=\b[A-Z])\.)*"
                         r"\.?"  # (a company's name may end with one: "About Halvard Inc.")
                         # ... and in Chinese, "關於香港科技大學": a name, no notice's
                         # "关于开展…的通知", which says what it is about with "的"
                         r"|(?P<about_zh>[关關]于|[关關]於)[^\s的，。、：:；;]{2,18})$",
                         re.IGNORECASE)
#: Longest such heading.
MAX_ABOUT_HEAD = 60
#: Longest paragraph of such a block (a foundation's paragraph about itself runs to 700
#: characters: what it hosts, how many members, where it is based).
MAX_ABOUT_PARAGRAPH = 900


#: Longest paragraph of such a block under the organisation's name alone (a hospital's, a
#: university's boilerplate runs to a long paragraph: the name over it is the evidence).
MAX_NAMED_ABOUT = 1200
# ... what follows the organisation's name opening its paragraph about itself: its ticker or
# short name in brackets, then what it is or does ("… is leading the way", "…, founded in")
_NAME_SAYS = re.compile(r"\s*(?:\([^)]{1,40}\)\s*)?(?:,|is |are |was |has |have )")
#: Most paragraphs of an organisation's block about itself under its heading.
MAX_ABOUT_PARAGRAPHS = 2
# ... which says what the organisation is: "NatureScot is Scotland's nature agency", "Founded
# in 2016 …, Polarhive Packaging designs …"
_DESCRIBES = re.compile(r"\b(?:is|are|was|est|ist|es|é|è) (?:a|an|the|one|une?|ein[e]?|la|le|"
                        r"el|o|a|il|l')\b|\bfounded in\b|\bestablished in\b"
                        # ... or what it is charged with: "The U.S. Consumer Product Safety
                        # Commission (CPSC) is charged with protecting the public …"
                        r"|\b(?:is|are) (?:charged with|responsible for|dedicated to|committed to|"
                        r"tasked with|the nation's)\b"
                        # ... in the languages of the releases: "L'Agence … est chargée du
                        # pilotage …", "a pour mission", "ist zuständig für", "es responsable de"
                        r"|\b(?:est|sont) (?:chargée?s? d[eu']|responsables? d[eu']|"
                        r"en charge d[eu'])"
                        r"|\ba pour (?:missions?|objet|vocation)\b"
                        r"|\b(?:ist|sind) (?:zuständig|verantwortlich) für\b"
                        r"|\b(?:es|son) (?:responsables? de|la encargada de|el encargado de)\b"
                        # ... or when it was founded, in those languages: "Die GLS
                        # Gemeinschaftsbank eG wurde 1974 in Bochum … gegründet"
                        r"|\bwurde (?:im jahr )?(?:19|20)\d\d\b.{0,120}\bgegründet\b"
                        r"|\b(?:fondée?|fundad[ao]|opgericht) en (?:19|20)\d\d\b"
                        r"|\bopgericht in (?:19|20)\d\d\b",
                        re.IGNORECASE)


# A listed company's release closes with the legal notice on its forecasts under its own
# heading: "Forward-Looking Statements", "Cautionary Note Regarding Forward-Looking
# Statements", "Safe Harbor Statement".
_SAFE_HARBOR_HEAD = re.compile(
    r"^(?:cautionary (?:note|statement|language)s? (?:regarding|concerning|about|on|for) )?"
    r"(?:forward[- ]looking (?:statements?|information)|safe harbou?r(?: statement)?)"
    r"(?: statements?)?\s*[.:]?$", re.IGNORECASE)
#: Most paragraphs of that notice.
MAX_SAFE_HARBOR_PARAGRAPHS = 3
# ... or the notice alone, without a heading, in the words the US law it invokes makes every
# issuer use: "Any statements contained in this document that are not historical facts are
# forward-looking statements as defined in the U.S. Private Securities Litigation Reform Act"
_SAFE_HARBOR_TEXT = re.compile(
    r"\bnot (?:historical|based on historical) facts?\b.{0,80}\bforward[- ]looking statements?\b"
    r"|\bforward[- ]looking statements?\b.{0,200}\bPrivate Securities Litigation Reform Act\b"
    # (or the release's own statements named so: "Certain statements in this press release
    # including, but not limited to, … are forward-looking statements that are subject to …")
    r"|\bstatements in this (?:press |news |media )?release\b.{0,300}\bare forward[- ]looking"
    r" statements\b",
    re.IGNORECASE)


def _safe_harbor(paras: Sequence[str]) -> int | None:
    """Where a release's notice on its forward-looking statements starts: its heading
    (:data:`_SAFE_HARBOR_HEAD`) among the last lines, a few paragraphs under it, the first
    about such statements; or the notice's first paragraph without a heading
    (:data:`_SAFE_HARBOR_TEXT`)."""
    for i in range(max(2, len(paras) - MAX_SAFE_HARBOR_PARAGRAPHS - 1), len(paras)):
        if (i + 1 < len(paras) and len(paras[i]) <= MAX_ABOUT_HEAD
                and _SAFE_HARBOR_HEAD.match(paras[i].strip())
                and re.search(r"forward[- ]looking", paras[i + 1][:300], re.IGNORECASE)):
            return i
        if _SAFE_HARBOR_TEXT.search(paras[i][:400]):
            # (with its heading over it, however many paragraphs the notice runs to)
            head = paras[i - 1].strip()
            return i - 1 if len(head) <= MAX_ABOUT_HEAD and _SAFE_HARBOR_HEAD.match(head) else i
    return None


#: Most short lines under an organisation's paragraph about itself: where to read more, the
#: release's number, its photos ("This press release is available online at …",
#: "Information Number", "INFPSS202406-112", "Press Photos", a photo's file and size).
MAX_ABOUT_TAIL = 8
#: Longest such line (a list of where to report or call: "Report a dangerous product or a
#: product-related injury on www.SaferProducts.gov.").
MAX_ABOUT_TAIL_LINE = 2 * MAX_META_LINE


def _about_name(head: str) -> str:
    """The name an "About …" heading gives ("À propos de Mews": "Mews")."""
    found = _ABOUT_HEAD.match(head)
    if found and found.group("about_zh"):
        return head[found.end("about_zh"):]
    return (head[found.end("about"):] if found else head).rstrip(".:")


def _about_block(paras: Sequence[str]) -> int | None:
    """Where the block an organisation closes its release with about itself starts: a
    heading "About …" (:data:`_ABOUT_HEAD`) among the last lines, one or two paragraphs of
    boilerplate under it, the first saying what the organisation is, and at most
    :data:`MAX_ABOUT_TAIL` short lines after them."""
    # (the boilerplate ends the text, or short lines follow it: it ends above them; lines
    # of a list may run longer than a release number's or a photo's)
    tails = [len(paras)]
    for longest in (MAX_META_LINE, MAX_ABOUT_TAIL_LINE):
        tail = len(paras)
        while tail > 3 and len(paras) - tail < MAX_ABOUT_TAIL and len(
                paras[tail - 1]) <= longest:
            tail -= 1
        tails.append(tail)
    for ends in dict.fromkeys(tails):
        for i in range(max(2, ends - MAX_ABOUT_PARAGRAPHS - 1), ends - 1):
            head, under = paras[i].strip(), paras[i + 1:ends]
            if (len(head) <= MAX_ABOUT_HEAD and _ABOUT_HEAD.match(head)
                    and not _ABOUT_HEAD.match(paras[i - 1].strip())
                    and all(len(p) <= MAX_ABOUT_PARAGRAPH for p in under)
                    and (_DESCRIBES.search(under[0][:200])
                         # (or opens with the name its heading gives: "About Halvard Inc."
                         # over "Halvard Inc. (NASDAQ:HLVD) designs …", or names it in
                         # its first words: "About the Population Estimates" over "The
                         # Census Bureau's Population Estimates Program produces …")
                         or under[0].startswith(_about_name(head))
                         or _names_about(head, under[0]))):
                return i
            # ... or headed by the organisation's name alone, the paragraph under it opening
            # with that name and saying what it is ("St. Jude Children's Research Hospital"
            # over "St. Jude Children's Research Hospital is leading the way …")
            if (len(head) <= MAX_ABOUT_HEAD and len(head.split()) >= 2
                    and head[-1:] not in SENTENCE_ENDS and under[0].startswith(head + " ")
                    and _NAME_SAYS.match(under[0], len(head))
                    and all(len(p) <= MAX_NAMED_ABOUT for p in under)):
                return i
    # ... or without a heading, last, right under a contact's line (a telephone, an
    # address): the organisation by its name and its short name in brackets says what it
    # is ("The Australian Prudential Regulation Authority (APRA) is the prudential regulator
    # of …"; under its "About …" heading the rules above decide)
    if (len(paras) > 3 and len(paras[-1]) <= MAX_NAMED_ABOUT
            and len(paras[-2]) <= MAX_META_LINE and _REACH.search(paras[-2])
            and _ORG_SAYS.match(paras[-1])):
        return len(paras) - 1
    # ... or its heading run into it, last: "About the Water Authority: The Albuquerque …
    # Water Utility Authority provides drinking water …"
    head, colon, rest = paras[-1].strip().partition(":") if len(paras) > 3 else ("", "", "")
    if (colon and len(head) <= MAX_ABOUT_HEAD and _ABOUT_HEAD.match(head)
            and len(rest) <= MAX_ABOUT_PARAGRAPH
            and (_DESCRIBES.search(rest[:200]) or _names_about(head, rest.strip())
                 or _names_in_order(head, rest))):
        return len(paras) - 1
    return None


def _names_in_order(head: str, para: str) -> bool:
    """The words of the name an "About …" *head* gives, two or more, in order in *para*'s
    first sentence ("About the Water Authority" over "The Albuquerque … Water Utility
    Authority provides …")."""
    words = [w.casefold() for w in _about_name(head).split()
             if w.casefold() not in ("the", "la", "le", "die", "der", "das")]
    first = re.split(r"(?<!\b[A-Z])[.!?]\s", para.strip(), maxsplit=1)[0].casefold().split()
    at = 0
    for word in words:
        try:
            at = first.index(word, at) + 1
        except ValueError:
            return False
    return len(words) >= 2


_ORG_SAYS = re.compile(r"(?:The )?(?:[A-Z][\w'’&.-]*,? (?:(?:of|for|and|on|de|du|des) )?){1,9}"
                       r"\([A-Z][A-Za-z&]{1,10}\) (?:is|are) (?:the|a|an|one)\b")


def _names_about(head: str, para: str) -> bool:
    """True when *para* names, in its first sentence, what the heading "About …" *head*
    names (at least two words, "the" left off; or one capitalized name of four letters or
    more, printed so: "About MacArthur" over "The John D. and Catherine T. MacArthur
    Foundation supports …")."""
    name = re.sub(r"^\S+(?:\s+(?:de|the|die|der|das|la|le|les|l'))?\s+", "",
                  head.rstrip(".:"), flags=re.IGNORECASE)
    # (a company's legal form is left off: "About Samsung Electronics Co., Ltd.")
    name = _LEGAL_FORM.sub("", name)
    first = re.split(r"(?<!\b[A-Z])[.!?]\s", para, maxsplit=1)[0]
    if len(name.split()) == 1:
        return (len(name) >= 4 and name[:1].isupper()
                and re.search(rf"\b{re.escape(name)}\b", first) is not None)
    # ... or the paragraph opens with the name's first word, a capitalized name, and sends
    # the reader to the company's site ("About Samsung Electronics" over "Samsung inspires
    # the world … For the latest news, please visit the Samsung Newsroom at …")
    lead = name.split()[0] if name.split() else ""
    return len(name.split()) >= 2 and (name.lower() in first.lower() or (
        len(lead) >= 4 and lead[:1].isupper() and para.startswith(lead + " ")
        and _SITE_POINTER.search(para) is not None))


_SITE_POINTER = re.compile(r"\b(?:visit|www\.|newsroom|website)\b|\.com\b", re.IGNORECASE)


_LEGAL_FORM = re.compile(r"(?:,?\s+(?:co\.,?\s*ltd|ltd|inc|corp|corporation|gmbh|ag|s\.a|plc|llc"
                         r"|n\.v|b\.v)\.?)+$", re.IGNORECASE)


def contact_block(paras: Sequence[str]) -> int | None:
    """Where a contact block that ends the text starts: a contact heading among the last
    lines, only short lines under it, one of them a telephone number or an address (or
    the heading alone, last)."""
    first = max(1, len(paras) - MAX_CONTACT_LINES - 1)
    for i in range(first, len(paras)):
        under = paras[i + 1:]
        # (the agency's line about itself may close the block: "Statistikaamet on
        # riigiasutus, kes …" under its press officer's telephone)
        about = len(under) > 1 and len(under[-1]) <= MAX_BOILERPLATE
        details = under[:-1] if about else under
        # ... or its block about itself under a heading of its own ("Over de VMM" over "De
        # Vlaamse Milieumaatschappij is …"), as long as a boilerplate paragraph or two
        head = next((j for j, p in enumerate(under) if j and len(p) <= MAX_ABOUT_HEAD
                     and _ABOUT_HEAD.match(p)), None)
        if head is not None and len(under) - head - 1 <= 2 and all(
                len(p) <= 2 * MAX_BOILERPLATE for p in under[head + 1:]):
            details = under[:head]
        # (a line that reaches someone may run longer: a name, a role, a department and an
        # e-mail set apart by bars)
        if not all(len(p) <= MAX_META_LINE * 2 or (
                len(p) <= MAX_META_LINE * 3 or p.count(" | ") >= 4 and len(p) <= MAX_META_LINE * 5)
                and _REACH.search(p) for p in details):
            continue
        line = one_cell(paras[i].strip())  # (a box set as a table: its heading a row)
        if (len(line) <= 60 and _CONTACT_HEAD.match(line)
                # (or nothing under it: the block went as the page's chrome)
                # (an office's address is a way to reach it too: "Walcheplatz 2", "8090 Zürich")
                and (not under or any(_REACH.search(p) or _NUMBER_OR_ADDRESS.search(p)
                                      for p in under))):
            return i
        if about and len(under[-1]) > MAX_META_LINE * 2:
            continue  # (the lines below are for a heading's block only)
        if not under and _INQUIRIES.match(line) and _REACH.search(line):
            return i  # "Inquiries: Garden City Division, +82-2-2133-2092", last
        if _CONTACT_INLINE.match(line) and (
                len(line) <= MAX_META_LINE * 2 and any(_REACH.search(p) for p in [line, *under])
                # (an office, a telephone, a mobile and an address on one line run longer)
                or len(line) <= MAX_META_LINE * 3 and len(_NUMBER_OR_ADDRESS.findall(line)) >= 2
                # (and so do two people's, each with a telephone and an e-mail: "For further
                # information: Media: Name, Title, …, 905-…, media@…; Investors: …")
                or len(line) <= MAX_META_LINE * 4 and len(_REACH.findall(line)) >= 4):
            return i
    tail = paras[-MAX_HEADLESS_CONTACT:]
    start = _headless_contact(tail, top=False)
    at = len(paras) - len(tail) + start
    if start < len(tail) and at >= 2 and _OFFICE_LINE.match(paras[at - 1]):
        at -= 1  # (the office the block is for, alone on its line over it: "…自立応援課")
    return at if start < len(tail) and at >= 1 else None  # (never the whole text)


#: A place's name alone on a line: a word or three, each capitalized ("Islamabad", "New
#: Delhi", "Port of Spain" has a small "of").
_PLACE_LINE = re.compile(r"^[A-Z][\w'’.-]+(?: (?:of |de |del |la )?[A-Z][\w'’.-]+){0,2},?$")


#: Most lines under a release's "Issued by:" that closes it (the office, its unit, the place,
#: the date; or a postal address of five lines and the date).
MAX_SIGN_OFF_LINES = 6


# The office that signs a release under it, a communications desk ("Oficina de Imagen
# Institucional y Comunicaciones", "Odbor komunikace", "… Komunikacijos ir informacijos
# skyrius"), or the correspondent's role ("Corresponsal de EL TIEMPO")
# (Romanian and Italian too: "BIROUL COMUNICARE, RELAȚII PUBLICE ȘI MASS-MEDIA")
_COMMUNICATIONS = re.compile(r"\b(?:communications?|comunicaci[oó]n(?:es)?|comunicação|comunicações"
                             r"|komunikac\w*|kommunikation\w*|komunikācij\w*|public relations"
                             r"|comunicare|comunicazione|relații publice"
                             # (and a US agency's "Public Information Office")
                             r"|public information)\b",
                             re.IGNORECASE)
_OFFICE_WORD = re.compile(r"\b(?:office|unit|department|division|section|team|oficina|direcci[oó]n"
                          r"|gabinete|departamento|unidad|assessoria|odbor|oddělení|skyrius|nodaļa"
                          r"|osakond|abteilung|referat|bureau|service|wing|cellule|biroul|ufficio"
                          r"|serviciul|compartimentul)\b",
                          re.IGNORECASE)
_CORRESPONDENT = re.compile(r"^(?:corresponsal|correspondent|enviad[oa] especial|special "
                            r"correspondent)\b", re.IGNORECASE)


def _is_signing_office(line: str) -> bool:
    """A line of its own naming a communications office or a correspondent's role."""
    return len(line) <= MAX_META_LINE + 20 and not _is_sentence(line) and bool(
        _CORRESPONDENT.match(line)
        or _COMMUNICATIONS.search(line) and _OFFICE_WORD.search(line))


def _issuer_sign_off(paras: list[str]) -> int | None:
    """Where a release's sign-off that closes the text starts: a line that opens with who
    issued it (``Issued by:``, ``Imetolewa na:``), or that names its communications office
    or its correspondent's role, and only short lines under it, no sentence (the office,
    the place, the date): the release's metadata, not its text."""
    first = max(1, len(paras) - MAX_SIGN_OFF_LINES - 1)
    for i in range(first, len(paras)):
        if (is_issuer_line(paras[i]) or _is_signing_office(paras[i])) and all(
                # (the office's place may close with a full stop: "Ikulu - Chamwino, Dodoma.")
                len(p) <= MAX_META_LINE and (not _is_sentence(p)
                                             or len(p.split()) <= MAX_SIGN_OFF_WORDS)
                # (... and a contact's heading: "For media enquiries …, please contact the
                # media officer:", or the office's address and telephone on one line)
                or _CONTACT_HEAD.match(p)
                or len(p) <= 2 * MAX_META_LINE and _REACH.search(p) is not None
                for p in paras[i + 1:]):
            return i
    return None


#: Most words of a line under the sign-off that ends with a full stop and is no sentence.
MAX_SIGN_OFF_WORDS = 5


# The role of who signs a release for the press, ending its line: "Executive Director and
# Spokesperson", "Public Relations Officer"
_PRESS_ROLE = re.compile(r"(?:\b(?:spokes(?:person|man|woman)|press secretary|press officer"
                         r"|media officer|(?:public relations|public information|information)"
                         r" officer)|प्रवक्ता)\.?$"
                         # (a head of the office that speaks for it: "Director, Media &
                         # Advocacy", "Head of Corporate Communications")
                         r"|^(?:(?:deputy|assistant) )?(?:director|head|chief|manager)\b"
                         r".{0,30}\b(?:media|press|communications?|public (?:affairs|relations)"
                         r"|information)\b", re.IGNORECASE)
#: Most lines of such a signature: the name, the role, the telephone, the e-mail.
MAX_SIGNATURE_LINES = 4


def _press_signature(paras: list[str]) -> int | None:
    """Where the signature of the release's press officer that closes the text starts: a
    few short lines, no sentence, one naming the role (:data:`_PRESS_ROLE`) and the last
    a labelled telephone, an e-mail or the date it was signed ("(Md. Rahim Uddin)" /
    "Executive Director and Spokesperson" / "Phone: 9530155"): who to call, not what was
    said."""
    if len(paras) < 3:
        return None
    last = paras[-1]
    # (or the day it was signed: "मिति: २०८०/१२/०५" under "सह-सचिव एवं प्रवक्ता")
    if len(last) > MAX_META_LINE or not (_LABELLED_PHONE.search(last) or "@" in last
                                         or _is_dateline(last)):
        return None
    def short(line: str) -> bool:
        return len(line) <= MAX_META_LINE and not _is_sentence(line)

    for i in range(len(paras) - 2, max(0, len(paras) - MAX_SIGNATURE_LINES) - 1, -1):
        if not short(paras[i]):
            return None
        if _PRESS_ROLE.search(paras[i].strip()):
            # (the name over the role, when it has a line of its own)
            return i - 1 if i >= 2 and short(paras[i - 1]) else i
    return None


def _headless_contact(lines: list[str], *, top: bool) -> int:
    """A contact block without a heading that opens (*top*) or closes *lines* (the first or
    the last few of a text): an office's or a person's name over two lines with a
    telephone number or an address, no sentence, no Chinese (a notice's 联系人 and 联系电话
    are the notice's; a Japanese block names its 内線 or 直通). Where it ends (*top*) or
    starts; 0 or ``len(lines)`` for none."""
    # each line's facts once: a short non-sentence, a telephone or address, a reach word
    # (the last two looked for on short lines only: a contact's lines are short)
    # (a Japanese release's block, its extension "内線" or direct line "直通" named, is
    # a contact in ideographs too)
    # (... or written in Japanese: kana on a line of the block, "（…に関すること）")
    japanese = any("内線" in p or "直通" in p or _KANA.search(p) for p in lines)
    short = [len(p) <= MAX_META_LINE and p.rstrip()[-1:] not in SENTENCE_ENDS
             and (japanese or not IDEOGRAPH.search(p)) for p in lines]
    if not top and lines and _NOTE_MARK.match(lines[-1]) and len(lines[-1]) <= 2 * MAX_META_LINE:
        # (a note closing the block: "※スパムメール対策のため、「@」を「_atmark_」と表示して
        # おります。", "* Calls from mobiles may cost more.")
        short[-1] = True
    found = [s and bool(_NUMBER_OR_ADDRESS.search(p)) for p, s in zip(lines, short, strict=True)]
    if sum(found) < 2:
        return 0 if top else len(lines)
    reach = [bool(_REACH.search(p)) for p in lines]
    spans = ([(0, j) for j in range(len(lines), 2, -1)] if top
             else [(i, len(lines)) for i in range(len(lines) - 2)])
    for i, j in spans:
        if (sum(found[i:j]) >= 2 and not reach[i] and (not top or found[j - 1])
                and all(short[i:j])):
            return j if top else i
    # (two lines closing the text, each a person and a telephone it labels: "Seksjonssjef
    # Øyvind Helland, tlf. 22 93 97 52")
    if not top and len(lines) > 2 and all(short[-2:]) and all(
            _LABELLED_PHONE.search(p) for p in lines[-2:]):
        return len(lines) - 2
    return 0 if top else len(lines)


# A telephone number after its label: "tlf. 22 93 97 52", "Tel.: +49 30 …", "phone 555-0100"
_LABELLED_PHONE = re.compile(r"\b(?:tel|tlf|telefon|telephone|phone|tél|puh|ph)\.?\s*:?\s*"
                             r"\+?\d[\d ()/.-]{5,}\d", re.IGNORECASE)


_KANA = re.compile(r"[\u3041-\u30ff]")
# A note's mark: a reference mark or an asterisk opening the line.
_NOTE_MARK = re.compile(r"^\s*[※*＊]")
#: Most lines of a contact block without a heading: a name, its telephone, its address.
MAX_HEADLESS_CONTACT = 5
# (there the number or the address itself, not the word "email" or "tel"; a postcode and
# its town, "55116 Mainz", "75007 Paris")
_NUMBER_OR_ADDRESS = re.compile(r"@[\w-]+\.\w|(?:\+|\b0)?\d[\d ()/.-]{6,}\d"
                                r"|^(?:[A-Z]{1,2}-)?\d{4,5}\s+[^\W\d_][\w .-]{1,30}$"
                                # (... or closing an address's line after a comma, a Czech or
                                # Slovak one spaced: "U Jezu 642/2a, 461 80 Liberec 2")
                                r"|[,–—]\s*(?:[A-Z]{1,2}-)?(?:\d{5}|\d{3} \d{2})"
                                r"\s+[^\W\d_][\w .-]{1,30}$")


# A link printed as a line: "BC Wildfire Service: https://www2.gov.bc.ca/…", a bare address
_LINK_LINE = re.compile(r"^(?:[^:]{1,80}:\s*)?(?:https?://|www\.)\S+$")
#: Longest such line.
MAX_LINK_LINE = 200


#: Most lines of link titles under a list's heading at the text's end.
MAX_LINK_TITLES = 8


def _link_list(paras: list[str]) -> int | None:
    """Where a list of links under a list's heading (``Learn More:``, ``Related links``)
    that ends the text starts: links printed as lines, or their titles (each short and no
    sentence: "Patient Connect NL"), whose heading says they are a list (a sentence ending
    in "visit:" over its link is the text's)."""
    i = len(paras)
    while i > 1 and len(paras[i - 1]) <= MAX_LINK_LINE and _LINK_LINE.match(paras[i - 1]):
        i -= 1
    if i == len(paras):
        while (i > 1 and len(paras) - i < MAX_LINK_TITLES and len(paras[i - 1]) <= MAX_META_LINE
               and not _is_sentence(paras[i - 1]) and not is_list_heading(paras[i - 1])):
            i -= 1
    if i < len(paras) and i >= 2 and is_list_heading(paras[i - 1]):
        return i - 1
    return None


def closing_credits(paras: list[str]) -> list[str]:
    """The credit lines among the text's last three (``（来源：市政府办公室）``,
    ``责任编辑：程晓``, a row of them ``| 编辑：吕峥 | 来源：千龙网 |``), which
    :func:`trim_end` leaves out: read the source from them first."""
    lines = [c for p in paras[-3:] for c in (_credit_cells(p) or [p])]
    return [p for p in lines if len(p) <= MAX_META_LINE and _END_CREDIT.match(fold_hant(p))]


def _credit_cells(line: str) -> list[str] | None:
    """The cells of a table row that holds nothing but credits (``| 编辑：吕峥 | 来源：千龙网
    | |``: a portal sets its editor and source in a table under the text; ``| Vydal: |
    Obecní úřad |``, a source's label and its value), else ``None``."""
    if not _ROW_LINE.match(line):
        return None
    cells = [c.strip() for c in line[1:-1].split("|") if c.strip()]
    if len(cells) == 2 and is_source_label(cells[0]) and len(cells[1]) <= MAX_META_LINE:
        return [f"{cells[0].rstrip(' :：')}: {cells[1]}"]
    if cells and all(len(c) <= MAX_META_LINE and _END_CREDIT.match(fold_hant(c)) for c in cells):
        return cells
    return None


def _field_line(line: str) -> bool:
    """A line of fields set apart by ``|``, each a labelled date or a credit:
    ``Eingestellt am: 28.05.2024 | Quelle: Ordnungsamt``."""
    fields = [f.strip() for f in line.split("|") if f.strip()]
    return len(fields) >= 2 and all(
        _labelled_date_line(f) or _END_CREDIT.match(fold_hant(f)) for f in fields)


# A field of the page's record under the text: Polish public information bulletins (BIP)
# close every page with a "Metryczka" of who made, published and changed it ("| Osoba
# udostępniająca informację | Kamil Zieliński |", "| Rejestr zmian | Zobacz zmiany |"), and
# other portals with "Page last reviewed: 12 May 2024", "Content owner: …"
_RECORD_FIELD = re.compile(
    r"^(?:data (?:publikacji|wytworzenia|modyfikacji|udostępnienia|aktualizacji|wprowadzenia)"
    r"|osoba (?:wytwarzająca|udostępniająca|modyfikująca|odpowiedzialna|sporządzająca"
    r"|wprowadzająca)|podmiot udostępniający|(?:wytworzył|udostępnił|opublikował|zmodyfikował"
    r"|wprowadził)a?|odpowiedzialn[ya] za (?:treść|informację)|rejestr zmian"
    r"|liczba (?:odwiedzin|wyświetleń)|page (?:last )?(?:updated|reviewed|modified)"
    r"|last (?:reviewed|modified)|content owner"
    # a SharePoint release's record: "| Press Release by: | Ministry … |", "| Reference
    # Number: | PR241163 |", "| Press Release Issue Date: | Jun 21, 2024 |"
    r"|press release (?:by|issue date)|reference (?:number|no\.?)|(?:issue|release) date)\b",
    re.IGNORECASE)


#: Longest label of a record table's row ("Poslední aktualizace:", "Zuständige Stelle:").
MAX_RECORD_LABEL = 40


def _record_table(paras: list[str]) -> int | None:
    """Where the page's record set as a table closes the text: its last rows are fields,
    a label and a short value each, one of them the page's publication or update date
    (``| Datum zveřejnění: | 12. 3. 2024 |`` over ``| Zodpovídá: | Oddělení komunikace |``);
    ``None`` when the text does not end so. (A table of the text's own, a schedule, gives
    its dates no such label.)"""
    start, dated = len(paras), False
    while start > 1 and _ROW_LINE.match(paras[start - 1]):
        cells = [c.strip() for c in paras[start - 1][1:-1].split("|")]
        cells = [c for c in cells if c]
        # (two fields a row too: "| Wytworzył: | Referat … | Data wytworzenia: | 15.09.2023 |")
        pairs = list(zip(cells[::2], cells[1::2], strict=False))
        if len(cells) not in (2, 4) or any(
                len(label) > MAX_RECORD_LABEL or len(value) > MAX_META_LINE
                or label[-1:] in SENTENCE_ENDS for label, value in pairs):
            break
        dated = dated or any(_labelled_date_line(f"{label} {value}") for label, value in pairs)
        start -= 1
    return start if dated else None


def _record_field(line: str) -> bool:
    """A field of the page's record and its value, as a table's row (``| Data publikacji |
    29.04.2024 |``) or a labelled line (``Page last reviewed: 12 May 2024``)."""
    if _ROW_LINE.match(line):
        cells = [c.strip() for c in line[1:-1].split("|") if c.strip()]
        return 1 <= len(cells) <= 2 and bool(_RECORD_FIELD.match(cells[0])) and all(
            len(c) <= MAX_META_LINE for c in cells)
    label, colon, _ = line.partition(":")
    return bool(colon) and bool(_RECORD_FIELD.match(label.strip()))


def _repeated_line(paras: list[str], i: int) -> bool:
    """Whether paragraph *i* is printed again elsewhere in *paras*."""
    line = paras[i].strip()
    return any(p.strip() == line for j, p in enumerate(paras) if j != i)


# The article a site's name opens with ("The Library of Congress", "Le Protecteur du
# citoyen")
_NAME_ARTICLE = re.compile(r"^(?:(?:the|le|la|les|der|die|das|el|il|lo|o|a|de|het)\s+|l['’]\s*)",
                           re.IGNORECASE)
#: Fewest characters of a site's name that opens its own paragraph about itself.
MIN_OWN_NAME = 8


# What a paragraph about an organisation says right after its name: what it is
_COPULA = re.compile(r"^,?\s+(?:is|are|est|ist|es|é|è|er|är|on|jest|je)\s")


def _own_about(para: str, site: str | None, *, says_what: bool = False) -> bool:
    """*para* is the site's own paragraph about itself, with no heading: it opens with the
    site's declared name (``og:site_name``), holds no date and is boilerplate-long ("The
    Library of Congress is the world's largest library, …" right over "# # #"). With
    *says_what*, the name must be followed by what it is ("… is …", "… est …")."""
    if not site:
        return False
    name = _NAME_ARTICLE.sub("", site.strip()).casefold()
    opening = _NAME_ARTICLE.sub("", para.strip()).casefold()
    if not opening.startswith(name) or len(para) > 2 * MAX_BOILERPLATE or find_dates(
            para, limit=1):
        return False
    rest = opening[len(name):]
    # (a short name only as an acronym saying what it is: "NREL is the U.S. Department of …")
    if says_what or len(name) < MIN_OWN_NAME:
        return (len(name) >= MIN_OWN_NAME or site.strip().isupper() and len(name) >= 3) and (
            _COPULA.match(rest) is not None)
    return rest[:1] in (" ", ",", "")


def trim_end(paras: list[str], *, site: str | None = None) -> list[str]:
    """:func:`_trim_end`, and the site's own paragraph about itself right over a release's
    end mark or its contact block's heading (:func:`_own_about`: *site* is its declared
    name)."""
    out = _trim_end(paras)
    n = len(out)
    # (right over the mark; over the contact block that closes the release only when it
    # says what the site is: "NREL is the U.S. Department of Energy's …", not "DC Water asks
    # drivers to use caution …", the text's own last word)
    if 2 < n < len(paras) and (
            is_end_mark(paras[n], release=True) and _own_about(out[-1], site)
            or is_closing_head(paras[n]) and _own_about(out[-1], site, says_what=True)):
        return out[:-1]
    return out


# A rule of a few dashes, stars or underscores on a line of its own ("—–", "***", "___")
_SHORT_RULE = re.compile(r"^\s*[-–—_*=~]{2,12}\s*$")
#: Most lines a site's closing promotion sets between two rules ("Like what you read?
#: Subscribe …", "Check us out on …").
MAX_RULED_LINES = 3


def _ruled_tail(paras: Sequence[str]) -> int | None:
    """Where a site's closing lines set between two rules of one kind start, the second
    rule ending the text: a few short lines (:data:`MAX_RULED_LINES`, a meta line's length
    twice at most) of its promotion, which every article of the site ends with ("—–" /
    "Like what you read? Subscribe to our newsletter …" / "—–")."""
    if len(paras) < 4 or not _SHORT_RULE.match(paras[-1]):
        return None
    rule = paras[-1].strip()
    for i in range(len(paras) - 2, max(1, len(paras) - MAX_RULED_LINES - 2), -1):
        if paras[i].strip() == rule:
            between = paras[i + 1:-1]
            if between and all(len(p) <= 2 * MAX_META_LINE for p in between):
                return i
            return None
    return None


def _trim_end(paras: list[str]) -> list[str]:
    """The text above its end mark: the mark and the few short lines under it (the date
    and time of issue, ``NNNN``) are left out, and so are a press office's contact block
    closing the text (``Media enquiries`` and its names, telephones and addresses) and a
    labelled date line closing the text (``Published: 28 May 2024``), its source or editor
    (``（来源：市发展改革委）``, ``责任编辑：王五``), and a date alone under
    the last sentence (a notice's signing date, under its signature, stays). Read the
    release's date from the lines first (:func:`~newscrawler.extract.published.tail_stamp`).
    """
    author = _author_box(paras)
    if author is not None:
        paras = paras[:author]
    bracketed = _ruled_tail(paras)
    if bracketed is not None:
        paras = paras[:bracketed]
    # (the site's disclaimer comes under the release's contact block: cut first)
    disclaimer = _disclaimer_block(paras)
    if disclaimer is not None:
        paras = paras[:disclaimer]
    record = _record_table(paras)
    if record is not None:
        paras = paras[:record]
    notes = _notes_to_editors(paras)
    if notes is not None:
        paras = paras[:notes]
    hiring = _hiring_block(paras)
    if hiring is not None:
        paras = paras[:hiring]
    study = _study_reference(paras)
    if study is not None:
        paras = paras[:study]
    # (the notice on forecasts comes under the contacts as often as over them, and so does
    # the study's reference: "Publication details" over "Media enquiries")
    for _ in range(2):
        harbor = _safe_harbor(paras)
        if harbor is not None:
            paras = paras[:harbor]
        contact = contact_block(paras)
        if contact is not None:
            paras = paras[:contact]
            study = _study_reference(paras)
            if study is not None:
                paras = paras[:study]
    about = _about_block(paras)
    if about is not None:
        paras = paras[:about]
        # (a contact block over two "About …" blocks, the initiative's and the body's: with
        # the last one cut, the contact and the first close the text)
        contact = contact_block(paras)
        if contact is not None:
            paras = paras[:contact]
        # ... or the two blocks one over the other: the company's and its partner's
        about = _about_block(paras)
        if about is not None:
            paras = paras[:about]
    sign_off = _issuer_sign_off(paras)
    if sign_off is not None:
        paras = paras[:sign_off]
    signature = _press_signature(paras)
    if signature is not None:
        paras = paras[:signature]
    links = _link_list(paras)
    if links is not None:
        paras = paras[:links]
    # (the page's rows that the generic extractor read after the text, its print bar and
    # footer set as tables, stand under the mark without counting as its lines)
    rows = next((n for n, p in enumerate(reversed(paras)) if not _ROW_LINE.match(p)), 0)
    first = max(1, len(paras) - MAX_UNDER_END - 1 - rows)
    # (a mark the text prints more than once is its section separator: "*****" between
    # the items of a cabinet's communiqué, the last one over its closing line)
    for i in range(first, len(paras)):
        under = paras[i + 1:]
        if is_end_mark(paras[i]) and not _repeated_line(paras, i) and (
                # (an office's address line under it runs to two meta lines; a contact
                # over the agency's "About ...")
                all(len(p) <= 2 * MAX_META_LINE or _ABOUT.match(p) or _ROW_LINE.match(p)
                    # (an agency's line about itself under its name, "MassDEP ensures
                    # clean air, land and water. …", under a mark of its own: "###")
                    or len(p) <= MAX_BOILERPLATE and len(paras[i].strip()) > 1
                    for p in under)
                and (len(paras[i].strip()) > 1 or all(len(p) <= 2 * MAX_META_LINE for p in under))
                or _ABOUT.match(under[0]) and len(paras[i].strip()) > 1
                # (a release's own mark, "###", "-30-", "Ends", over what is a minority of
                # the page's text: the agency's mission statement however long, its contacts)
                or is_end_mark(paras[i], release=True)
                and MAX_UNDER_SHARE * sum(map(len, paras[:i])) >= sum(map(len, under))):
            return paras[:i]
        # (... or the issuer's name and the day over more lines, the release's "About …" or
        # its annex: as a release's own mark; closing the page, a notice's signature is as
        # often kept as the text's, 15 of 29 written pages)
        if len(under) >= 2 and _dated_issuer(paras, i) and MAX_UNDER_SHARE * sum(
                map(len, paras[:i])) >= sum(map(len, under)):
            return paras[:i]
    appeal = False  # right under an appeal for support: the line over it may open it
    credit = False  # right under a credit for the text and pictures: the office over it goes
    while len(paras) > 1:
        under_appeal, appeal = appeal, False
        under_credit, credit = credit, False
        if _HASHTAGS.match(paras[-1]):
            paras = paras[:-1]  # (the campaign's hashtags: "#MBJBPrihatin #JohorBahruBersih")
            continue
        if len(paras) > 2 and _NUMERIC_DATE.match(paras[-1].strip()) and (
                _TEXT_AND_PICTURES.match(paras[-2])):
            paras = paras[:-1]  # (the credit's own date under it: "15/5/2567")
            continue
        if under_credit and len(paras[-1]) <= MAX_META_LINE and _CREDITED_OFFICE.search(
                paras[-1]):
            paras = paras[:-1]
            continue
        # (a field list's items come as "- 發布日期：106-09-21")
        last = _ITEM_MARK.sub("", paras[-1])
        if len(last) <= MAX_BIO and _BIO.match(last):
            paras = paras[:-1]
            continue
        if len(last) <= MAX_SPONSOR_NOTE and _SERIES_SPONSOR.match(last):
            paras = paras[:-1]
            continue
        if len(last) <= MAX_STORY_NOTE and (_STORY_NOTE.match(last) or _DISCLAIMER.search(last)
                                            or _REGISTRATION.search(last)
                                            or _COPYRIGHT_SIGN.match(last)
                                            or _FOOTER_ROW.match(last)
                                            or _PRINT_EDITION.match(last.strip())
                                            or _ISSUE_TIME.match(last.strip())) or (
                # (a site's notice that opens with its copyright runs longer: the terms of
                # its transcripts, "Copyright © 2024 … All rights reserved. … transcripts
                # are produced on a tight deadline …")
                len(last) <= 2 * MAX_STORY_NOTE and _COPYRIGHT_SIGN.match(last)
                and "rights reserved" in last.lower()) or (
                len(last) <= MAX_REPUBLICATION and _REPUBLICATION.match(last)):
            paras = paras[:-1]
            continue
        if len(last) <= MAX_APPEAL_CHARS and (
                SUPPORT_APPEAL.search(last) or under_appeal and (
                    _OWN_JOURNALISM.search(last) or _SUPPORT_HEAD.match(last)
                    # (or the box's heading of a word or two over it: "Fact:")
                    or len(last) <= MAX_APPEAL_HEAD and last.rstrip().endswith((":", "：")))):
            paras = paras[:-1]  # the outlet's appeal for support under every article
            # (... and the line that opens it, over the lines that ask: "India needs
            # fair … journalism … ThePrint is doing just that.")
            appeal = True
            continue
        if len(last) <= 2 * MAX_META_LINE and _record_field(last):
            paras = paras[:-1]
            continue
        if len(last) <= MAX_AGENCY_CREDITS and (_AGENCY_CREDITS.match(last.strip())
                                                 or _AIRED_IN.match(last)) or len(
                last) <= 2 * MAX_META_LINE and _PRESS_OFFICE_END.match(last.strip()):
            paras = paras[:-1]
            continue
        if len(last) <= 2 * MAX_META_LINE and _COMMENTS_NOTICE.match(last):
            paras = paras[:-1]
            continue
        if len(last) <= MAX_META_LINE and _TEXT_AND_PICTURES.match(last):
            paras = paras[:-1]
            credit = True
            continue
        # (a labelled date line bounds its own length: its label, its date, its fields)
        if _labelled_date_line(last) or len(last) <= MAX_META_LINE and (is_bare_label(last)
                                            or _issued_line(last)
                                            or is_source_label(last)
                                            or is_list_heading(last)
                                            or _HISTORY_HEAD.match(last)
                                            or _END_CREDIT.match(fold_hant(last))
                                            or _credit_cells(last) or _field_line(last)
                                            or TABLE_RULE.match(last) and paras[-2].startswith("|")
                                            or _SIGN_OFF.match(last.strip())
                                            or _END_NAME.match(last.strip())
                                            or _SUPPLIED.match(last.strip())
                                            or _EDITED_BY.match(last.strip())
                                            or COMMENTS_HEAD.match(last.strip())
                                            or _REFERENCE.match(last.strip())
                                            or _EMAIL_LINE.match(last.strip())
                                            or _KO_SIGN_OFF.match(last.strip())
                                            or _is_sentence(paras[-2]) and _is_name_line(last)
                                            or _END_BYLINE.match(last) or _ANNEX.match(last)
                                            or _is_sentence(paras[-2]) and _bare_date(last)
                                            ) or posted_day(last) is not None:
            paras = paras[:-1]
            continue
        if len(paras) > 2 and _bare_date(last) and _PLACE_LINE.match(paras[-2].strip()) and (
                _is_sentence(paras[-3])):
            # the place and the date that sign a release, each a line of its own, under its
            # last sentence ("Islamabad" over "14 May 2024")
            paras = paras[:-2]
            continue
        cut = (_history(paras) or _dated_links(paras) or _agenda(paras) or _dated_teasers(paras)
               or _office_sign_off(paras) or _interpreter_credits(paras))
        if not cut:
            break
        paras = paras[:cut]
    return paras


# The writer's box in the text's closing part under its heading ("About the Author",
# "About this article", "Über den Autor", "À propos de l'auteur"): the bio and what the site
# prints around it (the writer's other posts, their references), never the text's own
_AUTHOR_HEAD = re.compile(
    r"^(?:about (?:the|this) (?:authors?|writers?|contributors?|article)|über (?:den|die) "
    r"autor(?:in|en|innen)?|à propos de l(?:'|’)auteur(?:e)?|sobre (?:el|la|o|a) autor(?:a)?"
    r"|sull(?:'|’)autore|over de auteur"
    # ... Japanese: "この記事を書いた人" (who wrote this article), "筆者プロフィール"
    r"|この記事を書いた人|筆者プロフィール)\s*[:：]?$", re.IGNORECASE)
#: The share of a text's paragraphs before the first that such a heading can close it.
AUTHOR_BOX_SHARE = 0.6


def _author_box(paras: list[str]) -> int | None:
    """Where the writer's box closing the text starts (its heading past
    :data:`AUTHOR_BOX_SHARE` of the text), or ``None``."""
    for i in range(max(3, int(len(paras) * AUTHOR_BOX_SHARE)), len(paras)):
        if len(paras[i]) <= 40 and _AUTHOR_HEAD.match(paras[i].strip()):
            return i
    return None


# The site's disclaimer closing the text under a heading of its own ("Disclaimer:",
# "Haftungsausschluss"): a few short paragraphs the site prints under every article.
_DISCLAIMER_HEAD = re.compile(
    r"^(?:disclaimer|medical disclaimer|haftungsausschluss|avertissement|aviso legal"
    r"|descargo de responsabilidad|esclusione di responsabilità"
    # ... or its notice on data protection ("Datenschutzhinweis betr. Soziale Medien")
    r"|(?:datenschutzhinweis(?:e)?|hinweise? zum datenschutz|privacy notice|data protection "
    r"notice)(?: (?:betr\.|zu|zur|zum|für|on|about|regarding) [\w .-]{1,40})?)\s*[:：]?$",
    re.IGNORECASE)
#: The most lines, and characters in all, under a closing disclaimer's heading.
MAX_DISCLAIMER_LINES, MAX_DISCLAIMER_CHARS = 3, 800


def _disclaimer_block(paras: list[str]) -> int | None:
    """Where a disclaimer under its heading that ends the text starts, or ``None``."""
    for i in range(max(1, len(paras) - MAX_DISCLAIMER_LINES - 1), len(paras)):
        under = paras[i + 1:]
        if _DISCLAIMER_HEAD.match(paras[i].strip()) and (
                sum(len(p) for p in under) <= MAX_DISCLAIMER_CHARS):
            return i
    return None


# A page's change history under the text (GOV.UK: "Published 28 May 2024", "- Updated with
# the latest figures.", "- First published."), and its heading.
_FIRST_PUBLISHED = re.compile(r"^(?:[-•]\s*)?first published\.?$", re.IGNORECASE)
_HISTORY_HEAD = re.compile(r"^(?:updates to this page|page history|change history|"
                           r"history of this page|änderungshistorie|"
                           # ... and the heading of the page's record (a BIP's "Metryczka")
                           r"metryczka(?: (?:strony|dokumentu|informacji))?|"
                           r"informacje o (?:dokumencie|publikacji))\s*:?$", re.IGNORECASE)


def _history(paras: list[str]) -> int:
    """Where a change history closing the text starts (its dated line), or 0."""
    if not _FIRST_PUBLISHED.match(paras[-1]):
        return 0
    # (its items, then the dated lines over them: the walk stops there, above them may be
    # the text's own closing list and its items)
    i = len(paras) - 1
    while i > 1 and len(paras[i - 1]) <= MAX_META_LINE * 2 and _ITEM_MARK.match(paras[i - 1]):
        i -= 1
    items = i
    while i > 1 and len(paras[i - 1]) <= MAX_META_LINE * 2 and _is_dateline(paras[i - 1]):
        i -= 1
    return i if i < items else len(paras) - 1


#: Fewest items of a list of other pages' titles, each closing with its date, that ends a
#: text ("Ultimi comunicati" and its "- Caldo, bollettini per 27 città 31 maggio 2024").
MIN_DATED_LINKS = 2


def _dated_links(paras: list[str]) -> int:
    """Where a list of dated titles closing the text starts (with the short heading over
    it), or 0. Each item ends with its date; a timeline, whose items begin with theirs,
    is the text's."""
    i = len(paras)
    while i > 1 and _ITEM_MARK.match(paras[i - 1]) and len(paras[i - 1]) <= MAX_META_LINE * 2 \
            and _ends_with_date(paras[i - 1]):
        i -= 1
    if len(paras) - i < MIN_DATED_LINKS:
        return 0
    if i > 1 and len(paras[i - 1]) <= 40 and not _is_sentence(paras[i - 1]):
        i -= 1  # "Latest releases"
    return i


#: Fewest teasers of other stories (a headline, its dateline alone on a line, a summary)
#: that make a list closing the text.
MIN_DATED_TEASERS = 3


def _dated_teasers(paras: list[str]) -> int:
    """Where a list of other stories closing the text starts, or 0: from a line on, every
    second or third line is a dateline alone (``Washington DC (SPX) Mar 04, 2025``: a place
    and a date, the date last), with the story's headline over it and its summary under it,
    three stories or more; the text above holds two paragraphs at least."""
    def dateline(i: int) -> bool:
        p = paras[i]
        return (len(p) <= MAX_META_LINE and not _is_sentence(p) and _ends_with_date(p)
                and _is_place_dateline(p))

    # (read from the end, where the last dateline is one of the last three lines; each one
    # before it two or three lines up, the nearest one above)
    last = next((i for i in range(len(paras) - 1, max(-1, len(paras) - 4), -1)
                 if dateline(i)), None)
    if last is None:
        return 0
    run = [last]
    while run[0] >= 2 and not dateline(run[0] - 1):
        up = next((i for i in (run[0] - 2, run[0] - 3) if i >= 0 and dateline(i)), None)
        if up is None:
            break
        run.insert(0, up)
    if len(run) < MIN_DATED_TEASERS:
        return 0
    start = run[0] - 1 if run[0] > 0 and not _is_sentence(paras[run[0] - 1]) else run[0]
    return start if start >= 2 else 0


# A dateline's place before its date: capitalized words, then an agency in brackets or a
# comma ("Pasadena CA (SPX) ", "Tokyo, Japan (SPX) ", "LONDON, "); not a timeline's step
# ("Hearing –")
_PLACE_BEFORE_DATE = re.compile(r"^[A-Z][\w.'’-]*(?:,? [A-Z][\w.'’-]*){0,4}"
                                r"(?: \([A-Z]{2,6}\)|,)\s*$")


def _is_place_dateline(line: str) -> bool:
    stamps = find_dates(line)
    return bool(stamps) and bool(_PLACE_BEFORE_DATE.match(line[:stamps[-1].start]))


# The heading of an agenda box under the text: "Agenda della Giunta", "Upcoming events",
# "Prossimi appuntamenti", "Nächste Termine"
_AGENDA_HEAD = re.compile(
    r"^(?:agenda\b.{0,40}|upcoming events|events calendar|prossimi (?:appuntamenti|eventi)|"
    r"appuntamenti|(?:nächste )?termine|veranstaltungen|próximos eventos|agenda|"
    r"(?:événements à venir|prochains événements)|evenementen|(?:nadchodzące )?wydarzenia)\s*:?$",
    re.IGNORECASE)


def _agenda(paras: list[str]) -> int:
    """Where an agenda box closing the text starts (its heading over items that each begin
    with their date, a year or not), or 0. (Items that begin with their dates under no such
    heading are a timeline, the text's.)"""
    i = len(paras)
    while i > 1 and _ITEM_MARK.match(paras[i - 1]) and len(paras[i - 1]) <= MAX_META_LINE * 2 \
            and starts_with_day_month(_ITEM_MARK.sub("", paras[i - 1])):
        i -= 1
    if len(paras) - i < MIN_DATED_LINKS or i < 2 or not _AGENDA_HEAD.match(paras[i - 1].strip()):
        return 0
    return i - 1


def _ends_with_date(line: str) -> bool:
    stamps = find_dates(line)
    return bool(stamps) and stamps[-1].start > 0 and not line[stamps[-1].end:].strip(" )）")


# The desk's sign-off closing a wire text: the editors' initials and the agency between
# slashes ("(ak/hm)", "س.ع/ع.م", "/العُمانية/", "وام/عاصم الخولي/"), no sentence; or an
# editor's initials alone, in lower case as Latin American papers sign ("cbo", "lrc")
_SIGN_OFF = re.compile(r"^\(?[^\W\d_][\w.]{0,5}(?:/[^\W\d_][\w.]{0,5})+\)?$|^[a-z]{2,4}$"
                       # an agency's bracketed credit: "(DA Bicol/PIA-5 Albay)"
                       r"|^\([^()/.!?]{2,30}/[^()/.!?]{2,30}\)$"
                       r"|^/[^/.!?]{2,30}/(?:[^/.!?]{1,30}/)*$|^[^/\s.!?]{2,12}/[^/.!?]{2,30}/$")
# A paper's or an agency's name in brackets closing the text: "（東邦新聞）", "（共同）", "(AP)"
# (not an enumerator, "（三）", nor a document's own note, "（此件主动公开）")
_END_NAME = re.compile(r"^[（(](?:[A-Z][\w.&-]{1,11}|[^\s()（）\d]{0,8}(?:新聞|新闻|日報|日报|晚报"
                       r"|通信|通讯|共同|時事|时事|新聞社|通信社))[）)]$")
# A writer's name alone under the last sentence, set apart as papers sign reports: "Thu Hà",
# "Nguyễn Văn Minh", "Jane Roe"
_NAME_LINE = re.compile(r"^\s*(?:[^\W\d_][^\W\d_]*[ \t]){1,3}[^\W\d_][^\W\d_]*\s*$")


def _is_name_line(line: str) -> bool:
    """Two to four capitalized words and nothing else (not CJK: no capitals)."""
    return bool(_NAME_LINE.match(line)) and all(w[0].isupper() for w in line.split())
# A Korean paper's reporter tag and rights line under the text: "[박지훈 기자]", "[ⓒ 매일경제 &
# mk.co.kr, 무단전재 및 재배포 금지]"
_KO_SIGN_OFF = re.compile(r"^\[\s*[가-힣]{2,4}\s*(?:기자|특파원|객원기자)\s*\]$"
                          r"|^\[?\s*(?:ⓒ|©|\(c\)).{0,80}무단\s*전재.{0,30}\]?$", re.IGNORECASE)
# A reporter's address alone under the text, as Korean papers sign: "mjkim@hanbitnews.kr"
_EMAIL_LINE = re.compile(r"^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$")
# A release's reference alone under the text: "IP/25/712", "MEMO/24/1032", "PR-2024-118",
# an office's code before its number ("PRO/TVM/0148/2025"; one number, "COVID-19", is a word)
_REFERENCE = re.compile(r"^[A-Z]{2,8}(?:[/-][A-Z]{2,8}){0,3}[/-]\d{2,4}[/-]\d{1,6}$")
# Who supplied the text or its pictures, named before the word: "（区住建局 供稿）"
# A comments section's heading left closing the text, its comments gone ("Comentarios")
# ... or what the comments' box says to a visitor not logged in: "Los comentarios están
# reservados a usuarios registrados. Regístrate o inicia sesión."
_COMMENTS_NOTICE = re.compile(r"^(?:comments are|los comentarios están|les commentaires sont) "
                              r"(?:reserved|reservados|réservés) (?:to|for|a|aux) ", re.IGNORECASE)
# ... or the appeal's heading naming the outlet: "Support the Otago Daily Times"
_SUPPORT_HEAD = re.compile(r"^(?:support (?:the |our )?|támogassa az? )[\w .'’&-]{2,50}!?$",
                           re.IGNORECASE)
# What the outlet says of its own work, opening its appeal
#: Longest heading of an appeal's box ending with a colon ("Fact:", "A note to readers:").
MAX_APPEAL_HEAD = 30
# (or its heading: "Why news media is in crisis & How you can fix it")
_OWN_JOURNALISM = re.compile(r"\b(?:journalism|newsroom|news media)\b", re.IGNORECASE)
# ... an English-language paper's editor credit under the text: "(Edited by Jane Roe)"
_EDITED_BY = re.compile(r"^\((?:edited|editing) by [^()]{2,80}\)$"
                        # ... and who added to the report: "Additional reporting by Jane Roe",
                        # "Mit Informationen von Katrin Bode, NDR", "Mit Material von dpa"
                        r"|^(?:(?:with )?additional reporting|with reporting) (?:by|from) "
                        r"[^.!?]{2,80}\.?$|^mit (?:informationen|material) (?:von|aus) "
                        r"[^.!?]{2,80}\.?$|^\*?con información de [^.!?]{2,80}\.?$"
                        # (... or bracketed: "(Con información de la corresponsalía de …)",
                        # Portuguese "(Com informações de …)")
                        r"|^\((?:con información|com informações) de [^()]{2,80}\)\.?$",
                        re.IGNORECASE)
# ... and a broadcaster's note of the programme that aired it ("Dieses Thema im Programm: MDR
# SACHSEN - Das Sachsenradio | Regionalreport … | 14. März 2024 | 17:30 Uhr")
_AIRED_IN = re.compile(r"^dieses thema im programm\s*:", re.IGNORECASE)
_SUPPLIED = re.compile(r"^[（(][^（()）]{2,30}\s*(?:供稿|供图|撰稿|摄影|供稿供图"
                       # (or who wrote it and took its pictures: "（心血管内科 刘佳 文/图）")
                       r"|文\s*[/／]\s*图|图\s*[/／]\s*文)[）)]$"
                       # ... or the reporter's sign-off with where it was filed from: "（腾讯体育
                       # 刘铮 发自江州）"
                       r"|^[（(][^（()）]{2,30}\s发自[^（()）]{1,12}[）)]$"
                       # ... or the station's reporters after its name: "（成都电视台新闻综合
                       # 频道记者 刘畅 杨帆）"
                       r"|^[（(][^（()）]{2,24}记者(?:\s*[^\s（()）]{2,4}){1,4}\s*[）)]$"
                       # ... or who did what, each after its role and a slash: "（文/化工学院
                       # 陈思远 图/化工学院 审核/王立群 编辑/刘畅）"
                       r"|^[（(]\s*(?:(?:文|图|文字|图片|摄影|视频|审核|审稿|编辑|责编|校对|初审|复审"
                       r"|终审)\s*[/／:：]\s*[^（()）/／:：]{1,24}?\s*){2,}[）)]$"
                       # ... or who did what, each after its role and a colon, in brackets
                       # or not: "撰稿：何建平 摄影：马浩然 审核：赵晓东", "（一审：李娜 二审：王俊
                       # 三审：张志刚）"
                       r"|^[（(]?\s*(?:(?:文|图|文字|图片|撰稿|摄影|视频|审核|审稿|编辑|责编|校对"
                       r"|初审|复审|终审|一审|二审|三审)\s*[:：]\s*[^\s（()）:：/／]{2,4}\s*){2,}[）)]?$"
                       # ... or the office that sent it, its short name alone: "（省防指办）",
                       # "（市发展改革委）"
                       r"|^[（(][^（()）\s，。,.、]{1,12}(?:办|局|委|厅|处|科|站|中心|办公室|指挥部)"
                       r"[）)]$")
# An annex named under the text, its document gone: "Annex A: List of participating retailers"
_ANNEX = re.compile(r"^(?:annex|appendix|attachment|enclosure|anhang|annexe|anexo|allegato)\s+"
                    r"[A-Z0-9]{1,3}\b\s*[:.–-]?", re.IGNORECASE)
# Notes about the page, not the story, closing the text: where it appeared in print, that
# a feed's copy went unedited, a platform's disclaimer for its users' posts, who wrote it
# and how to reach them.
_STORY_NOTE = re.compile(
    r"^(?:a version of this (?:article|story) appear|this (?:article|story|commentary|op-ed"
    r"|column|essay|post|piece) (?:originally |first )?appear(?:s|ed) in"
    # a Chinese report's original headline: "（原标题：地铁7号线东段年底开通）"
    r"|[（(]原标题\s*[:：]"
    r"|[【\[]?(?:特别|免责|广告)声明(?:\s*[:：]|[】\]])|notice: the content above"
    # a finance site's risk notice under every story: "风险提示及免责条款" over "市场有风险，投资
    # 需谨慎。本文不构成个人投资建议…"
    r"|[【\[]?风险提示(?:及免责(?:条款|声明))?[】\]]?(?:\s*[:：].{0,400})?"
    r"|市场有风险[，,]\s*投资需谨慎.{0,400}"
    # ... and its word to the owners of the pictures it used: "特别提醒：如果我们使用了您的图片，
    # 请作者与本站联系…"
    r"|[【\[]?特别提醒\s*[:：】\]](?=.{0,80}(?:本站|本网))"
    # a wire story's credits and the agency's standards under it: "Reporting by Duncan
    # Miriri; Editing by Aaron Ross", "Our Standards: The … Trust Principles."
    r"|(?:additional )?(?:reporting|writing|editing) by\b[^.!?]{0,250}$"
    # ... a broadcaster's credits for its radio piece and the web's text: "Sujet radio:
    # Julien Maillard", "Adaptation web: vajo"
    r"|(?:sujet (?:radio|tv|télé)|adaptation web|texte web)\s*:[^.!?]{1,80}$"
    r"|our (?:editorial )?standards\s*:"
    # a Korean public body's licence line and its page owner under every page: "본 저작물은
    # '공공누리 제1유형: 출처표시' 조건에 따라 …", "콘텐츠 담당부서 : 대변인실 연락처 : …"
    r"|.{0,40}공공누리|(?:콘텐츠\s*)?담당\s*부서\s*[:：]"
    r"|appeared in the .{0,40}print edition"
    # ... in Spanish: "Edición impresa - Esta nota fue publicada en la edición impresa del
    # miércoles 13/09/2023."
    r"|(?:edición impresa\s*[-–—:]\s*)?esta (?:nota|noticia|columna) (?:fue publicada|se publicó)"
    r" en la edición impresa"
    r"|\(?(?:except for the headline, )?this (?:story|article|report) has not been edited by)"
    r"|license this (?:article|story)$"
    # a licence of the page's own, and where to read how to republish it: "This work is
    # licensed under a Creative Commons Attribution-NoDerivatives 4.0 International License."
    r"|this (?:work|article|story|post|piece|content|page) is licensed under (?:a |the )?"
    r"creative commons\b"
    r"|(?:please )?(?:view|see|read) (?:the|our) republishing\b"
    # ... and who made the document: "This document was prepared by the … Committee
    # secretariat and printed by the Senate Printing Unit"
    r"|this (?:document|report|publication) was (?:prepared|produced|printed|compiled) by\b"
    # ... and who paid for the article and who may republish it: "This article was funded by
    # the Government of …", "Exclusive rights to re-publish ISS Today articles have been given"
    r"|this (?:article|story|report|analysis) was (?:funded|made possible|supported) by\b"
    # ... or who pays for the newsroom's coverage of a place or a subject: "Civil Beat's
    # coverage of Kauai is supported in part by grants from …", "This reporting is funded by"
    r"|(?:this |[\w.'’ -]{1,40}['’]s )?(?:coverage|reporting|journalism)(?: (?:of|on|about) "
    r"[^.]{1,80})? (?:is|was) (?:supported|funded|underwritten|made possible)(?: in part)? by\b"
    # ... where to find the release and the agency's other pages: "This press release,
    # together with all related documents, is available on the Agency's website", "More
    # information on the work of the … Agency can be found on its website: www.…" (not "More
    # information on lupin anthracnose … is available on the DPIRD website": the text's)
    # (the heading over them, last once they went, heads nothing; so a comments section's)
    r"|^notes?\s*:?$|^(?:conversation|comments?|discussion|reader comments)\s*:?$"
    r"|this (?:press release|news release|release|statement)(?:, together with [^,]{1,60},)? is "
    r"(?:also )?available (?:on|at|in|from)\b"
    r"|more information (?:on|about) the work of [^.]{1,80} (?:can be|is) (?:found|available)"
    r" (?:on|at) (?:its|our|the [\w ]{1,30}) website\b"
    r"|exclusive rights to re-?publish\b|^re-?publishing$"
    # ... "Bridge Michigan articles may be republished for free under a Creative Commons
    # license."
    r"|[\w .'’&-]{0,60}\b(?:articles|stories|content) (?:may|can) be republished\b"

    # ... and how to reach its reporter: "Reach reporter Daniel Okafor at dokafor@… or
    # 602-444-8000. Follow him on X @…"
    r"|^reach (?:(?:the )?(?:reporter|writer|columnist|author) )?[\w.'’-]+(?: [\w.'’-]+){0,3} "
    r"(?:at|via) [\w.+-]+@[\w-]+\.\w"


    r"|^(?-i:[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){1,3}) (?:is an? (?:[\w-]+ ){0,2}(?:writer"
    r"|reporter|editor|correspondent|journalist|columnist|photographer|photojournalist)\b"
    r"|(?:is|covers|writes|reports)\b"
    r".{0,250}(?:(?:reach|contact) (?:him|her|them) at|e-?mail|follow (?:him|her|them)"
    r"|connect via))",
    re.IGNORECASE)
# ... and a disclaimer of the platform's or the blog's anywhere in it: "Views expressed are
# those of the authors", "Les opinions exprimées n'engagent que leurs auteurs"
_DISCLAIMER = re.compile(
    # a writer's disclosure of holdings: "Megan Aldous has no position in any of the shares
    # mentioned."
    r"\bha(?:s|ve) no (?:position|positions|holdings?) in any of the (?:shares|stocks|"
    r"securities|companies) mentioned\b|"
    r"\b(?:views|opinions) expressed (?:in (?:this|these) [\w ]{1,20} )?(?:here(?:in)? )?"
    r"are (?:solely |entirely )?(?:those|the views|the opinions|the responsibility) of the "
    r"(?:authors?|author\(s\)|writers?)"
    r"|opinions exprimées (?:n'engagent|sont celles) |opiniones expresadas (?:son|no) "
    # "… are their own and do not necessarily reflect the views of APNIC", a site's word on
    # its readers' comments: "… are opinions of the individuals posting them … and not the
    # views of the site"
    r"|\bdo(?:es)? not necessarily (?:reflect|represent)(?: in any way)? the (?:views|opinions|"
    r"position|policy) of\b"
    r"|\b(?:are|is) (?:the )?opinions? of the individuals? posting (?:them|it)\b"
    # ... and in Chinese: "（本文為作者觀點，不代表灼見名家立場。）", "文章仅代表作者本人观点"
    r"|(?:本文|文章|此文)(?:[为為系]|仅代表|僅代表)?(?:作者|撰稿人)(?:个人|個人|本人)?(?:观点|觀點|意见|意見)"
    r"|不代表本(?:网|網|站|报|報|刊)(?:观点|觀點|立场|立場)"
    # "Disclaimer: The views and investment tips expressed by investment experts on … are
    # their own and not those of the website"
    r"|\b(?:views|opinions)(?: and [\w ]{1,30}?)? expressed by (?:[^.]|\.(?=\w)){1,80}? "
    r"are (?:their|his|her) own\b"
    # a court's or an office's summary about itself: "This summary is provided to assist in
    # the understanding of the Court's judgment. It is not intended to be a substitute for the
    # reasons of the Court", "… are not intended to be used in legal proceedings"
    r"|\bnot intended to be used in (?:legal|court) proceedings\b"
    r"|\b(?:this|the) (?:case )?(?:summary|brief)\b[^.]{0,160}\.\s+(?:it|they) (?:is|are) not "
    r"intended to\b"
    # a health site's word that it gives no medical advice: "… is not a substitute for
    # professional medical advice", "… ante cualquier duda relacionada con su salud, consulte
    # con su especialista", "no sustituye la consulta médica"
    r"|\bnot (?:a substitute|intended (?:as a substitute|to replace)) for (?:professional )?"
    r"medical advice\b"
    r"|\bante cualquier duda (?:relacionada )?con su salud\b"
    r"|\bno sustituyen? (?:a |al |la |el )?(?:consejo|consulta|diagnóstico|opinión) médic",
    re.IGNORECASE)
# An organisation's registration notice under the text: "WaterAid is a registered charity:
# Registered charity numbers 288701 (England and Wales) and SC039479 (Scotland)", "Registered
# in England and Wales No. 1234567. Registered office: …" (the line goes whole: what it opens
# with, "Names have been changed", is the site's note too)
_REGISTRATION = re.compile(
    r"\bregistered charity\b[^.]{0,60}?(?:\b(?:no|nos|numbers?)\b\.?\s*:?\s*|\(\s*)"
    r"(?:SC|NI)?\d{5,}"
    r"|\bregistered in england(?: (?:and|&) wales)?\b[^.]{0,40}?\b(?:no|number)\b\.?\s*:?\s*\d{5,}",
    re.IGNORECASE)
# The site's copyright line under the text, with its sign: "© 2024 Pacific News 24, a
# division of …", "Copyright ©2024 … All Rights Reserved.", "© RIPRODUZIONE RISERVATA". A
# story's licence travels with it and stays: the wire's "… may not be published, broadcast,
# rewritten or redistributed" (benchmark labels count it as the story's text).
_COPYRIGHT_SIGN = re.compile(r"^(?:©|\(c\)\s*\d{4}|copyright\s*©"
                             # ... or its words alone, as a line: "RIPRODUZIONE RISERVATA ©
                             # Copyright ANSA", "Todos los derechos reservados."
                             r"|(?:riproduzione riservata|all rights reserved|todos los derechos"
                             r" reservados|alle rechte vorbehalten|tous droits réservés"
                             r"|toate drepturile)\b)"
                             r"(?!.*\bmay not be\b)"
                             # ... or the reuse notice of public bodies (the EU's own wording)
                             r"|^reproduction is (?:permitted|authori[sz]ed),? provided (?:that )?"
                             r"the source is acknowledged\.?$", re.IGNORECASE)
# ... or a reprint's print-edition line: "《 人民日报 》（ 2015年06月18日 10 版）"
_PRINT_EDITION = re.compile(r"^《\s*[^《》]{2,20}\s*》\s*[（(]\s*\d{4}\s*年\s*\d{1,2}\s*月"
                            r"\s*\d{1,2}\s*日\s*(?:第?\s*\d{1,3}\s*版)?\s*[）)]$"
                            # ... "Published in The Express Tribune, March 4th, 2025."
                            r"|^(?i:published in) (?:[Tt]he )?[A-Z][\w.'’ -]{1,40}, (?:[A-Z][a-z]+ "
                            r"\d{1,2}(?:st|nd|rd|th)?|\d{1,2} [A-Z][a-z]+),? \d{4}\.?$")
# ... or the page's footer set as a table row under the text (its address, telephone and
# copyright in one cell): an old portal's footer that the generic extractor read as a table
_FOOTER_ROW = re.compile(r"^\|.*(?:©|\(c\)\s*\d{4}|copyright|all rights reserved|版权所有|版權所有"
                         r"|ICP备|ICP證).*\|$", re.IGNORECASE)
#: Longest such note.
MAX_STORY_NOTE = 300
# The sponsor of a series the story belongs to, its note closing the text: "Michigan
# Environment Watch examines … . Michigan Environment Watch is made possible by generous
# financial support from the … Foundation. … editorial independence is maintained."
# (a foundation's or a fund's name in it: "the programme is made possible by funding from the
# state, the mayor said" is a sentence of the text)
_SERIES_SPONSOR = re.compile(
    r"(?=.*\b(?:foundation|fund|trust|endowment|philanthropies)\b)"
    r"(?:[^.]{0,240}\.\s+)?[\w .'’&-]{1,60} is made possible (?:in part )?by (?:the )?"
    r"(?:generous )?(?:financial )?(?:support|funding|grants?) (?:from|of)\b", re.IGNORECASE)
#: Longest such note (what the series covers, who pays for it, that the paper decides).
MAX_SPONSOR_NOTE = 500
# An outlet's terms for republishing the story under it, a list of conditions that runs
# long: "This NRDC.org story is available for online republication by news media outlets or
# nonprofits under these conditions: The writer(s) must be credited …"
_REPUBLICATION = re.compile(
    r"^this (?:[\w.'’-]+ ){0,3}(?:story|article|report|post|piece) (?:is available for "
    r"(?:online |free )?re-?publication|may be (?:freely )?re-?published)\b"
    # ... or a news agency's condition for quoting its items, a link back: "When quoting and
    # using any materials on the Internet, … hyperlinks … to "agency.net" are obligatory",
    # "При цитировании … гиперссылка на … обязательна"
    r"|^(?:when|in case of|any) (?:quoting|citing|using|use|reproduction|copying)\b"
    r".{0,200}\b(?:hyper)?links?\b.{0,120}\b(?:obligatory|mandatory|required)\b"
    r"|^при (?:цитировании|использовании|цитуванні|використанні)\b.{0,200}"
    r"(?:ссылк|посиланн).{0,120}(?:обязательн|обов)", re.IGNORECASE)
MAX_REPUBLICATION = 1500
# A writer's biography closing the text: a name, then what the writer is, in the third
# person ("Rebecca Norris is a full-time freelance writer living in …", "Jagpreet Chhatwal
# is an Associate Professor of Radiology at …", "Natalie joined the Post in 2021 and covers …")
_BIO = re.compile(
    r"^(?-i:(?:Dr\. )?[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){1,3}) is (?:a|an|the) "
    r"(?:[\w,'’-]+ ){0,5}(?:writer|reporter|editor|journalist|columnist|contributor|author"
    r"|photographer|photojournalist|illustrator"
    r"|director|professor|founder|co-founder|ceo|manager|strategist|specialist|expert"
    r"|consultant|researcher|analyst|dietitian|nutritionist|designer|developer|engineer"
    r"|fellow|scholar)\b"
    # ... or whatever the writer is, who writes about a beat ("Harriet Nolan is a former
    # Reserve Bank economist who writes about housing and tax policy.")
    r"|^(?-i:[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){1,3}) is (?:a|an) [^.!?]{1,80}? who "
    r"(?:writes|reports|blogs) (?:about|on)\b"
    # ... or, named by a first name too, when the writer joined the paper and what the writer
    # covers ("Natalie joined the Post in 2021 and covers transport …")
    r"|^(?-i:[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,3}) joined (?:the )?"
    r"(?-i:(?:[A-Z][\w.&'’-]* ?){1,5})in (?:19|20)\d\d\b(?=.*\b(?:covers|reports on"
    r"|writes about|writer|reporter|editor|correspondent|journalist|columnist)\b)"
    # ... or, in Spanish, Portuguese, Italian and French, by the writer's role and beat:
    # "Redactora de la delegación de EL PAÍS en la Comunidad Valenciana, donde cubre vivienda"
    r"|^(?:redactora?|periodista|reportera?|corresponsal|jornalista|repórter|giornalista"
    r"|journaliste|rédact(?:eur|rice)) (?:de|del|da|do|en|em|di|del|au|à)\b.{0,200}?"
    r"\b(?:donde cubre|onde cobre|dove si occupa|où (?:il|elle) couvre|especializad[oa] en"
    r"|especializad[oa] em|specializzat[oa] in|spécialisée? (?:en|dans))\b",
    re.IGNORECASE)
#: Longest such biography.
MAX_BIO = 800
# Who wrote it, labelled, as the text's last line: "Repórter: Carla Souza", "Texto: …".
_END_BYLINE = re.compile(r"^(?:autor(?:ka)?|opracowanie|redakcja|yazar|penulis|rep[oó]rter"
                         r"|reportera|redação|redacción|texto|written by|escrito por"
                         r"|tác giả|ผู้เขียน|เรียบเรียง)\s*:?\s*"
                         r"[^\W\d_][^.!?:]{1,40}$", re.IGNORECASE)
# A news agency's sign-off with its staff in brackets: "AGERPRES/(A - autor: Doina Mihăilă,
# editor: Adrian Dobre)"
_AGENCY_CREDITS = re.compile(r"^[A-ZĂÂÎȘŞȚŢ][A-ZĂÂÎȘŞȚŢ.-]{2,20}\s*/\s*\([^()]{0,200}"
                             r"\b(?i:autor|editor|redactor|author)\b[^()]{0,200}\)$")
#: Longest such sign-off.
MAX_AGENCY_CREDITS = 250
# The press office that issued the text, named alone under it: "Pressestelle des
# Niedersächsischen Kultusministeriums", "Press Office, Ministry of Health"
_PRESS_OFFICE_END = re.compile(r"^(?:pressestelle|pressebüro|press office|media office|service de "
                               r"presse|ufficio stampa|oficina de prensa)\b[^.!?:]{0,80}$",
                               re.IGNORECASE)
# A credit for the text and the pictures on one line: "Text: Jane Roe / Photos: John Doe",
# Thai "ข่าว: … / ภาพ: …" (news, pictures; the photographer's office may follow the name:
# "ภาพ : ธีรวัฒน์ ปัญญาดี กองประชาสัมพันธ์ สำนักงานอธิการบดี")
_TEXT_AND_PICTURES = re.compile(r"^(?:text|story|words|report|ข่าว)\s*[:：]\s*[^:：/]{1,40}/\s*"
                                r"(?:photos?|pictures?|images?|ภาพ)\s*[:：]\s*[^:：/]{1,80}$"
                                # ... or both by one ("ข่าว/ภาพ : กลุ่มงานประชาสัมพันธ์ …")
                                r"|^(?:text|story|words|ข่าว)\s*/\s*(?:photos?|pictures?|ภาพ)"
                                r"\s*[:：]\s*[^:：]{1,80}$"
                                # ... or the text's alone, a name of two to four words:
                                # "Text: Maria Engström" (a Swedish university's news)
                                r"|^(?:text|texte|testo|texto|tekst)\s*:\s*(?-i:[A-ZÀ-Þ]"
                                r"[\w'’.-]+(?:\s+[A-ZÀ-Þ][\w'’.-]+){1,3})$"
                                # (... or set off by a dash, the writer's office after a
                                # slash: "Texto – Larissa Nogueira / Semsa", as a Brazilian
                                # city's releases open)
                                r"|^(?:texto|text|texte|testo)\s+[–—-]\s+(?-i:[A-ZÀ-Þ])"
                                r"[^:：/.!?]{1,40}(?:/\s*[^:：/.!?]{1,40})?$"
                                # (... or the Thai news's alone, its pictures' on a line of
                                # their own: "ข่าว : สำนักงานประชาสัมพันธ์จังหวัดกระบี่")
                                r"|^ข่าว\s*[:：]\s*[^:：/]{1,80}$",
                                re.IGNORECASE)
# ... the date under it, and the office that issued it over it: "15/5/2567", "สำนักงาน
# ประชาสัมพันธ์ …" (public relations office), "Press Office"
_NUMERIC_DATE = re.compile(r"^\d{1,4}[./-]\d{1,2}[./-]\d{2,4}$")
_CREDITED_OFFICE = re.compile(r"ประชาสัมพันธ์|\b(?:press|media|communications?|public "
                              r"relations)\s+(?:office|unit|division|section|team)\b",
                              re.IGNORECASE)
_WEEKDAY_NOTE = re.compile(r"[（(][^）)]{1,12}[）)]")
_WEEKDAY_WORD = re.compile(r"[^\W\d_]{2,12}\.?,?")


# The place a release or a letter was dated at: "Paris, le", "Berlin, den", "Madrid, a"
_PLACE = re.compile(r"[^\W\d_][\w'’ .-]{1,30},(?:\s*(?:le|den|am|a|el|il|em|dnia|dne))?")


_LEADING_DASH = re.compile(r"^[–—-]+\s+(?=\S)")
# An outlet's name in brackets before its stamp, a broadcaster's: "[テレ朝NEWS] ", "【ANN】"
_OUTLET_TAG = re.compile(r"^[\[【［]\s*[^\]】］\d]{2,20}\s*[\]】］]\s*(?=\d)")


# A post's footer line of fields: its day, then its permalink, its writer, its category
# ("# 21 de febrero de 2024 — Enlace permanente — Por @Wicho — Archivado en: Ciencia")
_FIELD_SEP = re.compile(r"\s+[—–|·]\s+")
#: Longest field after the day on such a line.
MAX_POSTED_FIELD = 60


def posted_day(line: str) -> str | None:
    """The day that opens *line* when it is a post's footer of fields (three or more, set
    apart by dashes or bars, the first a date alone, perhaps after a "#", the others short
    and no sentence): the date's text; else ``None``."""
    fields = _FIELD_SEP.split(line.strip())
    if len(fields) < 3 or len(line) > 3 * MAX_META_LINE:
        return None
    day = fields[0].lstrip("#").strip()
    if not _bare_date(day) or any(len(f) > MAX_POSTED_FIELD or f[-1:] in SENTENCE_ENDS
                                  for f in fields[1:]):
        return None
    return day


def _bare_date(line: str) -> bool:
    """A line that is a date alone, its weekday or its place before it or in brackets after
    it: under a sentence it is the page's stamp (``2023年4月16日``) or the place and day a
    release was dated (``Paris, le 3 avril 2008``); under a signature, a notice's signing
    date. The line may be bracketed whole: ``(2019/10/16 18:30)``, or open with the
    outlet's name in brackets: ``[テレ朝NEWS] 2024/03/12 11:45``."""
    line = _OUTLET_TAG.sub("", line.strip(), count=1)
    # (perhaps after a dash, a sign-off's date: "– March 27, 2024")
    line = _LEADING_DASH.sub("", line)
    if line[:1] in "(（[" and line[-1:] in ")）]":
        line = line[1:-1].strip()
    for stamp in find_dates(line, limit=1, guess=True):
        rest = line[stamp.end:].strip()
        before = line[:stamp.start].strip()
        return (not before or bool(_WEEKDAY_WORD.fullmatch(before) or _PLACE.fullmatch(before))
                ) and (
            not rest or bool(_WEEKDAY_NOTE.fullmatch(rest)))
    return False


# The issuing office's name in capitals, a line of its own: "PUBLIC AFFAIRS DEPARTMENT"
_CAPS_OFFICE = re.compile(r"^[^\W\d_a-z][^\Wa-z\d]*(?:[ &,.'’-]+[^\W\d_a-z]+){1,7}\.?$")
#: Most lines of an office's name over the date a release closes with.
MAX_OFFICE_LINES = 3


# A line of hashtags alone
_HASHTAGS = re.compile(r"^\s*(?:#[^\W_][\w-]*[\s,]*){1,12}$")


def _office_sign_off(paras: list[str]) -> int:
    """Where a release's sign-off starts, or 0: the issuing office in capitals, a line or
    three, over the date (and time) it was issued, closing the text under a sentence
    (``PUBLIC AFFAIRS DEPARTMENT`` / ``SINGAPORE POLICE FORCE`` / ``13 February 2024 @
    5:40 PM``)."""
    if len(paras) < 3 or len(paras[-1]) > MAX_META_LINE or not _bare_date(paras[-1].strip()):
        return 0
    i = len(paras) - 1
    # (or a signatory's name in capitals over the role: "DATO' HAJI ROSLAN BIN ISMAIL" /
    # "Datuk Bandar Johor Bahru" / "3 Oktober 2024")
    role = (len(paras) > 4 and len(paras[-2]) <= 60 and not _is_sentence(paras[-2])
            and _CAPS_OFFICE.match(paras[-3].strip()) is not None and len(paras[-3]) <= 60)
    if role:
        i -= 1
    while (i > 1 and len(paras) - 1 - i < MAX_OFFICE_LINES and len(paras[i - 1]) <= 60
           and _CAPS_OFFICE.match(paras[i - 1].strip())):
        i -= 1
    return i if i < len(paras) - 1 - role and _is_sentence(paras[i - 1]) else 0


#: Longest word after a date line's time that may end with a full stop ("น.", "Uhr.").
MAX_TIME_UNIT = 4


def _issued_line(line: str) -> bool:
    """Who issued the release and the day, as its closing line (``Presse- und
    Informationsamt der Stadt Münster · 11.04.2024``)."""
    return any(is_issued_line(line, item.stamp) for item in printed_dates(line))


_FIELD_HEAD = re.compile(r"[^\W\d_][^:：.!?]{0,20}[:：]\s*\S")


def _labelled_date_line(line: str) -> bool:
    """A line that is a date and its label, nothing else (``Published: 28 May 2024``,
    ``发布时间：2024-05-21``, ``Stand: 12.03.2024``)."""
    for item in printed_dates(line):
        rest = line[item.stamp.end:].strip(" -|–—,:")
        # (a unit's abbreviation after the time is no sentence's end: "14:02 น.")
        # (or fields of their own after it: "Publicado em: 07/03/2024 às 18:25 Fonte:
        # Secretariado do Conselho de Ministros 1 284 visualizações")
        return (item.kind != PLAIN and item.line and bool(line[:item.stamp.start].strip())
                and (len(rest) <= 40 or len(rest) <= MAX_FIELDS_TAIL and _FIELD_HEAD.match(rest))
                and not (rest.endswith((".", "。", "!", "?")) and len(rest) > MAX_TIME_UNIT))
    return False
