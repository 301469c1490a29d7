"""Dates a page prints, and what the words before each say it is.

A date line reads ``Published: 28 May 2018``, ``Last updated on June 3, 2024``,
``发布时间：2019年09月07日 08:05:32``, ``Stand: 12.03.2024``, or just ``May 28, 2018`` under
the byline. :func:`printed_dates` finds the dates in a stretch of visible text and labels
each ``published``, ``updated`` or ``plain``; which one a page's publication date is, is
decided in :mod:`newscrawler.extract.published`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import datetime

from .dates import WEEKDAY_END, Stamp, find_dates, is_plausible
from .text import fold_hant

__all__ = ["PLAIN", "PUBLISHED", "UPDATED", "WRITTEN", "Printed", "at_clock", "clock_reading",
           "is_bare_label", "is_event_time", "is_issued_line", "label_kind", "printed_dates",
           "with_line_time"]

PUBLISHED = "published"
#: Labelled as the day the document was written or the record created (成文日期, 印发日期,
#: 生成日期, Created): the publication date when the page prints no posting label.
WRITTEN = "written"
UPDATED = "updated"
PLAIN = "plain"


def _cjk(word: str) -> str:
    """A Chinese label with any spacing between its characters (``发 布 时 间``)."""
    return r"\s*".join(word)


# Labels that say "this is when it was published", in the languages of the month names
# of :mod:`.dates`. Checked against the text right before a date; separators (colon,
# bar, bullet, dash) may sit between label and date.
# Chinese: 发布时间, 发布日期, 发文日期, 成文日期, 发表于, 发布于, 发稿时间, ...; and the
# forum and blog signature "本贴由<name>于<date>" (posted by <name> on <date>)
# Of these, the document's or the record's own day (发文, 成文, 生成, 印发, 录入, 添加, 创建) ranks
# below the posting's (an information-disclosure table prints 成文日期 and 发布日期).
_WRITTEN_VERBS = ("发文", "成文", "生成", "印发", "录入", "添加", "创建")
_PUB_CJK = (
    "(?:(?:" + "|".join(_cjk(w) for w in ("发布", "公开", "发稿", "发表", "刊发", "上传", "首发",
                                          *_WRITTEN_VERBS))
    + ")" + r"\s*(?:" + "|".join(_cjk(w) for w in ("时间", "日期", "于")) + ")?"
    + r"|由\s*[^\s，。,]{1,20}\s*于)"
)
_PUB_WORDS = [
    r"(?:first |originally )?(?:published|posted|released|issued|written|created)"
    r"(?: on| at| in)?",
    # a blog's byline: "Posted by Lt. Dana Whitfield on"
    r"(?:posted|published|written|submitted) by [^。\n\d|:]{1,40}? on"
    r"(?: (?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?)?",
    r"(?:date |publish(?:ed)? ?|publication |release |issue )(?:published|date)",
    # "Dated: 5 March 2024" opening its line (not "an order dated February 6, 2024")
    # (and a notice's formula, "Dated this 11th day of March, A.D., 2024", its day's number
    # read with the date)
    r"(?<![^\n])\s*dated(?: this)?",
    r"date of (?:publication|issue|release)",
    r"veröffentlicht(?: am)?", r"erschienen(?: am)?", r"publiziert(?: am)?", r"erstellt(?: am)?",
    r"eingestellt(?: am)?",
    r"(?:erscheinungs|veröffentlichungs)datum",
    # (a Swiss town's i-web news record: "Datum der Neuigkeit" in its table of fields)
    r"datum der (?:neuigkeit|meldung|mitteilung|medienmitteilung|nachricht|veröffentlichung)",
    # ... also with its number: "Pressemitteilung Nr. 68/2024 vom 15. August 2024"
    # (Austrian and Swiss offices: "Medieninformation vom 21.05.2025", "Presseinformation vom")
    # (and "Pressemeldung vom 05.09.2023", a city's press service)
    r"(?:presse|medien)(?:mitteilung|information|meldung)(?: nr\. ?\d{1,4}(?:/\d{2,4})?)? vom",
    r"publiée?s?(?: le)?", r"mise? en ligne(?: le)?", r"date de (?:publication|parution)",
    r"paru(?: le)?", r"diffusée?(?: le)?",
    # (Portuguese "Publicado em", "Publicada a", Catalan "Publicat el")
    r"publicad[oa](?: el| en| em| a)?", r"fecha de publicaci[oó]n", r"publicat el",
    r"pubblicat[oa](?: il)?", r"data di pubblicazione",
    r"data de publica[cç][aã]o",
    r"gepubliceerd(?: op)?", r"geplaatst(?: op)?", r"publicatiedatum",
    # Swedish, Danish, Norwegian, Finnish, Polish, Czech
    r"publicerad(?: den)?", r"publiceret(?: den)?", r"udgivet(?: den)?", r"publisert",
    r"julkaistu", r"data publikacji", r"opublikowano", r"dodano(?: dnia)?", r"publikováno",
    r"zveřejněno", r"vloženo",
    # ... and "created" ("erstellt", "created" above) in Czech, Slovak and Polish
    r"vytvořeno", r"vytvorené", r"utworzono",
    # "the date of publication" as a noun phrase: Czech, Slovak, the South Slavic languages,
    # Hungarian, the Nordic and Baltic languages
    r"datum (?:zveřejnění|vydání|publikace|vložení|objave|objavljivanja)",
    # Faroese and Icelandic "published" ("Birt: 16. mars 2023 kl. 14.22"), and Faroese
    # "written", "created" as a paper's and a municipality's CMS label the posting
    # ("Skrivað: 12.03.2019 kl. 15:47 | Dagført: 13.03.2019")
    r"birt(?: þann)?", r"skrivað", r"stovnað",
    r"dátum (?:zverejnenia|publikovania|vydania|vloženia)", r"zverejnené", r"publikované",
    r"uverejnené", r"objavljeno",
    r"közzététel(?: dátuma| ideje)?", r"publicerings?datum", r"publiseringsdato",
    # ... and Hungarian's "published" ("Megjelent: 2019. november 10., 19:42")
    r"megjelent", r"megjelenés(?: dátuma| ideje)?", r"közzétéve", r"publikálva",
    r"udgivelsesdato", r"julkaisup[äa]iv[äa]", r"paskelbta", r"publicēts", r"avaldatud",
    # Albanian "published"
    r"publikuar(?: m[eë])?",
    # Japanese and Korean: 公開日, 掲載日, 発表日, 登録日 (a municipal CMS's "registered",
    # beside its 更新日); 등록일, 게시일, 작성일, 보도일
    r"(?:公[開开]|掲載|発表|発行|登録)日(?:時)?", r"(?:등록|게시|작성|보도|배포)일(?:자|시)?",
    # (a Korean paper's "승인 2018.11.27 17:42" beside its "수정": approved for publication)
    r"승인(?:일|시간)?",
    # (a Korean paper's "입력 2024-03-12 오후 5:41" beside its "수정": entered, posted)
    r"(?:기사)?입력(?:일|시간)?",
    # Romanian, Greek, Turkish, Indonesian, Russian, Ukrainian, Arabic, Hebrew, Hindi,
    # Vietnamese
    r"publicat(?: la| pe)?", r"data public[aă]rii", r"δημοσιεύθηκε", r"δημοσίευση",
    r"yay[ıi]n(?:lanma)? tarihi", r"yay[ıi]nlanma", r"yay[ıi]nlandı", r"yay[ıi]mlanma tarihi",
    r"haber tarihi", r"diterbitkan",
    r"dipublikasikan",
    r"opublikowane", r"опубликовано", r"опубліковано", r"дата публикации", r"تاريخ النشر",
    # Persian: "date of publication", "published on"
    r"تاریخ انتشار", r"منتشر شده(?: در)?",
    # Serbian, Macedonian and Bulgarian in Cyrillic
    r"објављено", r"датум објаве", r"објавено", r"публикуван[аои]?(?: на)?", r"дата на публикуване",
    r"نشر في", r"פורסם", r"प्रकाशित", r"प्रकाशन तिथि", r"प्रविष्टि तिथि", r"đăng ngày",
    r"ngày đăng",
    # Bengali "publication date", "date of publication", "published"
    r"প্রকাশন তারিখ", r"প্রকাশের তারিখ", r"প্রকাশিত",
    # (and the Bangladeshi wires' "Bangladesh time:" closing a story with its time and day)
    r"বাংলাদেশ সময়",
    # Thai: announced, published, posted on, the news posted on; Malay: date of
    # publication or release
    r"ประกาศเมื่อ", r"(?:วันที่)?เผยแพร่(?:เมื่อ)?", r"(?:วันที่)?โพสต์(?:เมื่อ)?", r"วันที่ประกาศ",
    r"ลงข่าว(?:เมื่อ)?(?:วันที่)?",
    r"tarikh (?:terbit(?:an)?|diterbitkan|siaran|keluaran)", r"diterbitkan pada",
    # Tamil "posted", "published"
    r"பதிவு", r"வெளியிடப்பட்டது",
]
# The bare words for "date" and "time" count only as a field label ("日期：", "Date:"),
# not inside a sentence ("作出处罚决定的日期 2024年7月8日" is a decision date).
_FIELD_WORDS = [_cjk("日期"), _cjk("时间"), "date", "datum", "time", "fecha", "data", "zeit"]
_SEP = r"[\s:：|•·,\-–—/\]】]*"
_PUB_WORD_LABEL = (r"(?:(?:^|[^\w])(?:" + "|".join(_PUB_WORDS) + ")|" + _PUB_CJK + ")" + _SEP
                   + "$")
_PUB_LABEL = re.compile(
    _PUB_WORD_LABEL + r"|(?:^|[\s|【\[（(])(?:" + "|".join(_FIELD_WORDS) + r")\s*[:：]\s*$",
    re.IGNORECASE,
)
# (a bare "Date:" labels the page's date, not when a word before it says which date it is:
# "Closing date:", "Hearing date:")
_PUB_WORDS_ONLY = re.compile(_PUB_WORD_LABEL, re.IGNORECASE)
_WRITTEN_LABEL = re.compile(
    r"(?:(?:^|[^\w])(?:(?:written|created)(?: on| at)?|erstellt(?: am)?)|(?:"
    + "|".join(_cjk(w) for w in _WRITTEN_VERBS) + r")\s*(?:"
    + "|".join(_cjk(w) for w in ("时间", "日期", "于")) + r")?)" + _SEP + "$",
    re.IGNORECASE,
)
# Labels of a later revision: updated, modified, reviewed, "content current as of",
# German "Stand". Up to 20 characters without a digit may follow them ("Updated by Jon
# Smith on"; not "Open until July 31", which is another date).
_UPDATE_CJK = (
    "(?:" + "|".join(_cjk(w) for w in ("更新", "修改", "修订")) + ")"
    + r"\s*(?:" + "|".join(_cjk(w) for w in ("时间", "日期", "于")) + ")?"
)
_UPDATE_WORDS = [
    # ("Update" counts where no word comes before it: "Legal Update March 04 2025" and
    # "Client Update" name a kind of page)
    r"updated", r"(?<![^\W\d_] )update(?=\s*[:：]|\s)", r"modified",
    r"last (?:updated|modified|changed|reviewed|edited|revised)",
    # Canada's "Date modified:", "Page last updated:"
    r"date (?:modified|updated|last (?:modified|updated))",
    r"(?:page|this page was) last (?:updated|modified|reviewed)",
    # Hong Kong's footer: "Last revision date: 27 May 2024"
    r"(?:last )?revision date", r"date of (?:last )?revision",
    # an editor's dated note on what changed ("Editor's Note, December 19, 2025: We've added …")
    r"editor(?:'|’)?s note",
    r"(?:medically |fact[- ]checked |content )?reviewed", r"revised", r"current as of",
    r"as of", r"geändert", r"letzte (?:änderung|aktualisierung)", r"aktualisiert",
    r"zuletzt \w+",
    r"stand(?: vom)?",
    r"mise? à jour(?: le)?", r"modifiée?(?: le)?", r"actualisée?(?: le)?",
    r"actualizad[oa](?: el| en)?", r"[uú]ltima actualizaci[oó]n", r"modificad[oa]",
    # (and Spanish and Portuguese "last modification": "Última modificación: 15/02/2024")
    r"[uú]ltima modificaci[oó]n", r"[uú]ltima modifica[cç][aã]o",
    r"aggiornat[oa](?: il| al)?", r"ultimo aggiornamento", r"modificat[oa]",
    r"atualizad[oa](?: em)?", r"[uú]ltima atualiza[cç][aã]o",
    r"bijgewerkt(?: op)?", r"laatst (?:bijgewerkt|gewijzigd)(?: op)?", r"gewijzigd(?: op)?",
    r"aangepast(?: op)?",
    r"uppdaterad(?: den)?", r"opdateret(?: den)?", r"oppdatert", r"päivitetty",
    r"(?:最終)?更新日(?:時)?", r"(?:최종\s*)?(?:수정|변경)(?:일(?:자|시)?|(?=\s*[:：]?\s*$))",
    r"data aktualizacji", r"zaktualizowano", r"aktualizacja", r"aktualizováno",
    # Albanian "updated"
    r"p[eë]rdit[eë]suar(?: m[eë])?",
    r"(?:posledn[íá] )?aktualiz[aá]c[ei]", r"aktualizované", r"ažurirano", r"zadnja izmjena",
    r"posodobljeno", r"frissítve", r"utolsó (?:módosítás|frissítés)", r"sist (?:oppdatert|endret)",
    r"senast (?:uppdaterad|ändrad)", r"atnaujinta", r"atjaunināts", r"uuendatud",
    # Faroese and Icelandic ("Seinast dagført: 17. mars 2023", "Síðast uppfært")
    r"(?:seinast )?dagført", r"(?:síðast )?uppfært",
    r"actualizat(?: la| pe)?", r"ultima modificare", r"ενημερώθηκε", r"τελευταία ενημέρωση",
    r"güncell\w*",
    r"diperbarui", r"обновлено", r"оновлено", r"ажурирано", r"актуализирано", r"آخر تحديث",
    # Bulgarian, agreeing with the article ("Обновена: 15 март 2022")
    r"обновен[аи]?", r"актуализиран[аи]?",
    r"تم التحديث", r"עודכן",
    r"अपडेटेड", r"अद्यतन", r"संशोधित", r"cập nhật",
    # Bengali "updated" (a transliteration, and the word), "last updated"
    r"আপডেট", r"হালনাগাদ",
    # Thai "last updated (data)", Malay "updated"
    r"(?:ปรับปรุง|แก้ไข)(?:ข้อมูล)?(?:ล่าสุด)?(?:เมื่อ)?", r"dikemas ?kini(?: pada)?",
    # Tamil "changed", "updated"
    r"மாற்றம்", r"புதுப்பிக்கப்பட்டது",
]
_UPDATE_LABEL = re.compile(
    r"(?:(?:^|[^\w])(?:" + "|".join(_UPDATE_WORDS) + ")|" + _UPDATE_CJK + r")[^.。\n\d]{0,20}$",
    re.IGNORECASE)
# Dates that are neither: when a page was visited, a deadline, a site's founding, when a
# forum's member joined (the profile beside each post).
_OTHER_LABEL = re.compile(
    # ("due" as a label, "due by", "Due:": Italian's "due" is a number, "due giovani")
    r"(?:accessed|retrieved|abgerufen|consulté|deadline|expires?|closing date|"
    r"\bdue(?: by| on| date|\s*:)|"
    r"on or before|no later than|until|bis zum|截止|截至|建立于|注册于|有效期|"
    # ... a call's deadline in the languages of its notices ("Rok za prijavo", "Plazo de
    # presentación", "Scadenza", "Bewerbungsfrist", "Date limite", "Prazo", "Határidő")
    r"rok za (?:prijav|oddaj)\w*|rok prijav\w*|plazo(?: de (?:presentación|inscripción))?|"
    r"scadenza|\w*frist\b|"
    r"(?:einsende|anmelde|bewerbungs|abgabe)schluss|date limite|prazo|határidő|"
    r"termín podání|termin składania|määräaika|son başvuru|batas waktu|申込期限|마감|"
    # a court's hearing of the case a judgment or its summary reports ("Hearing date /
    # 14 May 2024" over "Judgment date / 11 September 2024")
    r"hearing date|date of (?:the )?hearing|heard on|"
    # ... an incident's or an offence's on a police release's field table ("Release Date:
    # 11/19/2024" over "Incident Date: 11/16/2024"), an event's, a meeting's
    r"(?:incident|offen[cs]e|arrest|event|meeting) date|"
    r"joined|member since|registered|mitglied seit|registriert|inscrit|miembro desde|"
    r"membro desde|注册时间|註冊時間|加入时间|가입일|"
    # a visitor counter's start ("สถิติผู้เข้าชม … เริ่มนับ 1 ตุลาคม 2555", "Visitors since …")
    r"เริ่มนับ|(?:visitors?|counting|counter(?: started)?) since|besucher seit|"
    # a banner's "today is …" over the page ("Dnes je úterý 12. 3. 2024, svátek má Řehoř")
    r"today is|heute ist|dnes je|dziś jest|dzisiaj jest|hoy es|hoje é|oggi è|vandaag is|"
    r"aujourd'hui nous sommes|i dag er|idag är|tänään on|сегодня|danas je|今天是|今日は|오늘은|"
    r"hôm nay là|"
    # ... or "today:" ("Bugün: 18 Ocak 2024 Perşembe", "Heute: …", "今天：…")
    r"(?:today|heute|hoy|hoje|oggi|vandaag|dziś|dnes|bugün|danas|tänään|今天|今日|오늘|आज"
    r"|اليوم|امروز|วันนี้)\s*[:：]|"
    # an event's time as a notice's field ("日時：令和6年2月15日（木曜日）午前10時30分から", "开会
    # 时间：…", "Date and time: …"): the event's, not the notice's (not a bare "时间：", which
    # Chinese portals label their publication with)
    # (read folded: 日時 is 日时 by then)
    r"(?:(?:開催|开催)?日[時时]|活动时间|举办时间|会议时间|开会时间|date and time|fecha y hora|"
    r"datum und uhrzeit|date et heure|data e ora|"
    # ... or its "when" ("Termín: sobota 22. 3. 2025, 9:00–12:00" in a town's event box,
    # "Wann:", "Quand :", "When:")
    r"termín|termin|kdy|kedy|wann|quand|cuándo|quando|when)\s*[:：]"
    # ... or a service's start or a rule's effect, also as a table's field over its cell
    # ("開始日" over "令和6年3月1日（金曜日）午前10時", "施行日期：", "시작일")
    r"|(?:開始|开始|施行|実施|实施)(?:日|日[時时]|日期)\s*[:：]?\s*|시작일\s*[:：]?\s*)"
    r"[^.。\n\d]{0,12}$",
    re.IGNORECASE,
)

# Chinese puts the deadline's words after the date: "2024年5月6日前", "…或之前", "…为止";
# and Chinese, Japanese and Korean the words of a range or a start ("…起施行", "…至9月1日",
# "令和6年7月6日（土曜日）から", "…부터"): an event's or a rule's dates, not the page's.
_OTHER_AFTER = re.compile(r"\s*(?:（[^）]{1,4}）)?\s*(?:(?:或|以)?(?:之前|以前|前|为止|止)|起|至|"
                          r"から|まで|부터|까지|[~～])")
# Languages that put the verb last label a revision after its date, the line ending there:
# "16.05.2025 İçerik Güncellendi", "2024年10月18日更新", "2024.05.02 수정"
_UPDATE_AFTER = re.compile(
    r"[^\S\n]*(?:[^\W\d_]+[^\S\n]+)?(?:" + "|".join(_UPDATE_WORDS) + "|" + _UPDATE_CJK
    + r"|수정|갱신)[^\S\n]*(?:\n|$)", re.IGNORECASE)
# ... and any language a revision in brackets after its date, whatever follows ("Datum:
# 16.11.2023 (aktualizace) | Zveřejněno: 14.11.2023", "12 March 2024 (updated)")
_UPDATE_BRACKETED = re.compile(
    r"[^\S\n]*[(（\[][^\S\n]*(?:" + "|".join(_UPDATE_WORDS) + "|" + _UPDATE_CJK
    + r")[^\S\n]*[)）\]]", re.IGNORECASE)
# ... and their publication, "2024年3月12日 掲載" under a regional paper's text, "2024.05.02
# 게재"
# (and a press release's "令和6年5月22日　記者発表", announced to the press)
# (in the brackets it is set in too: "［2024年11月18日　掲載］" under a paper's text)
_PUBLISH_AFTER = re.compile(r"[^\S\n]*(?:掲載|公開|(?:記者)?発表|게재)[^\S\n]*[\]］)）】]?[^\S\n]*"
                            r"(?:\n|$)")
# A masthead's today with the day's name days after it ("2024. május 22., szerda | Névnap:
# Júlia, Rita", "úterý 12. 3. 2024, svátek má Řehoř", "imieniny: Grzegorza"): no page's date
_NAME_DAY_AFTER = re.compile(r"[^\n]{0,30}?\b(?:névnap|svátek|sviatok|meniny|imieniny|"
                             r"vārda dien|nimipäiv|namnsdag|navnedag)", re.IGNORECASE)
# What joins the two ends of a period: a construction's, an exhibition's, a consultation's
# dates, never the page's ("施工时间：2025年3月15日至2025年8月31日", "1 May 2024 to 31 May 2024")
_RANGE = re.compile(r"\s*(?:至|到|~|～|-|–|—|to|until|till|through|bis|au|al|hasta|tot)\s*",
                    re.IGNORECASE)
#: How far before a date its label is looked for.
LABEL_REACH = 40
#: A date with at most this many characters before it on its line stands on its own
#: ("24.01.2022 - Meldung", "Bern, 17.08.2007", "By Jane Doe May 5, 2024"); one with
#: more is part of a sentence ("... bis zum 31.1.2022").
STANDALONE_LEAD = 25
#: Most characters after a date on its line for the line to be a date line
#: ("May 5, 2024 · 6 min read"), not a sentence that starts with a date.
DATELINE_TAIL = 40
# (or the next field's label: "07/03/2024 às 18:25 Fonte: Secretariado …")
_FIELD_BREAK = re.compile(r"\s*(?:[-|·•–—/,:]|\s\s|$)|\s+[^\W\d_]{2,15}\s*[:：]")
#: Fields after a date line's date ("- Meldung - Energiewende", "来源：… 浏览次数：…") are
#: short; a tail longer than this that ends as a sentence is the date's sentence.
MAX_FIELDS_TAIL = 80
_SENTENCE_END = re.compile(r"[.!?。！？]\s*$")
_COMMA = re.compile(r"\s*[,，、]")
#: Words on a line cut short, around a date that a comma or a small letter continues, that
#: make it a sentence.
MIN_CUT_WORDS = 5
_WORDS = re.compile(r"[^\W\d_]+")
_DASH = re.compile(r"\s(?:--?|[–—|])\s")


# A line that holds only a time, printed under a date line: "Issued at HKT 12:30", "12:30",
# "Stand: 14:00 Uhr", "14.00 Uhr", "香港時間15時42分發出" (a dot only before "Uhr": "10.50
# Euro" is no time).
_TIME_LINE = re.compile(
    r"^[^\d\n]{0,30}?(?P<H>\d{1,2})(?:[:：h]|\.(?=\d\d\s*Uhr)|\s*[时時点點]\s*)(?P<M>\d{2})\s*分?"
    r"\s*(?P<ampm>[ap]\.?m\.?)?[^\d\n]{0,12}$",
    re.IGNORECASE)


def with_line_time(stamp: Stamp, line: str) -> Stamp:
    """*stamp* with the time *line* prints when it has none of its own and *line* (the
    line under its date line) holds only a time; else *stamp* as it is."""
    m = None if stamp.has_time else _TIME_LINE.match(line.strip())
    if m is None:
        return stamp
    return at_clock(stamp, clock_reading(m["H"], m["M"], m["ampm"]))


def clock_reading(hour: str, minute: str, ampm: str | None) -> tuple[int, int]:
    """``(hour, minute)`` on a 24-hour clock of a printed time (``9:41``, ``3:30 PM``)."""
    h, suffix = int(hour), (ampm or "").lower()
    if suffix:
        h = h % 12 + (12 if suffix.startswith("p") else 0)
    return h, int(minute)


def at_clock(stamp: Stamp, reading: tuple[int, int]) -> Stamp:
    """*stamp* at the ``(hour, minute)`` *reading*; *stamp* as it is if that is no time."""
    try:
        moment = stamp.moment.replace(hour=reading[0], minute=reading[1])
    except ValueError:
        return stamp
    return replace(stamp, moment=moment, has_time=True)


@dataclass(frozen=True, slots=True)
class Printed:
    """A date as the page prints it: what its label says, where it stands."""

    stamp: Stamp
    kind: str  # PUBLISHED, WRITTEN, UPDATED or PLAIN
    line: bool  # on a date line of its own, not inside a sentence
    after: bool  # at or after the anchor (the headline)
    sentence: bool = False  # inside a sentence: an event's or a caption's date


#: A line longer than this, or one ending as a sentence, is running text.
MAX_FIELD_LINE = 120


def _in_sentence(text: str, stamp: Stamp) -> bool:
    """The date's line reads as a sentence: it ends as one, or it is long."""
    start = text.rfind("\n", 0, stamp.start) + 1
    end = text.find("\n", stamp.end)
    line = text[start: len(text) if end < 0 else end].strip()
    if end < 0 and _CUT_SENTENCE.match(text, stamp.end):
        # (a line the text read cut short, going on in small letters after the date: "A
        # partire da lunedì 15 aprile 2024 la raccolta porta a port")
        return True
    return len(line) > MAX_FIELD_LINE or (len(line) > 40 and line[-1:] in ".!?。！？")


# Words in small letters, five or more and no figure, to the end of the text read
_CUT_SENTENCE = re.compile(r"\s+(?=[^\W\d_])(?-i:[^\W\d_A-Z])[^\d\n]*?(?:[^\W\d_]+[^\w\d\n]+){4}"
                           r"[^\d\n]*$")


# The same day in the Hijri calendar before the Gregorian date, which the line then gives
# ("1 Ramadan 1445H bersamaan 12 Mac 2024", "١٦ رمضان ١٤٤٥هـ الموافق 26 مارس 2024"): a
# year 1300 to 1499 is no news page's Gregorian year
# (a label and a weekday before it, "التاريخ: الأحد"; its month by name or number,
# "14/04/1434هـ")
# (or written year first, "1445/12/17 هـ - 2024/06/23 م")
_HIJRI_DAY = (r"(?:\d{1,2}[\s/.-]+(?:[^\d\n]{2,24}?|[01]?\d)[\s/.-]*[1١۱][34٣٤۳۴]\d\d"
              r"|[1١۱][34٣٤۳۴]\d\d[/.-][01]?\d[/.-][0-3]?\d)\s*"
              r"(?:H|AH|هـ|ه|ش)?\.?\s*(?:bersamaan(?: dengan)?|الموافق(?: لـ?)?|corresponding to"
              r"|[=/|,–-])?\s*$")
_OTHER_CALENDAR = re.compile(r"[^\n\d]{0,24}" + _HIJRI_DAY, re.IGNORECASE)
# ... the same day before the date, read past for the label over both ("تاريخ النشر: 1445/12/17
# هـ - 2024/06/23 م" labels the Gregorian date a publication)
_HIJRI_BEFORE = re.compile(_HIJRI_DAY, re.IGNORECASE)


def _on_date_line(text: str, stamp: Stamp) -> bool:
    """Little before the date on its line, and little after it or a field separator
    (``24.01.2022 - Meldung - Energiewende``); in parentheses only when they hold the
    date alone (``（2024-05-21）`` under a headline; ``（2007年6月29日第十届…通过）`` is the date
    of the text's adoption)."""
    start = text.rfind("\n", 0, stamp.start) + 1
    if stamp.start - start > STANDALONE_LEAD and not _OTHER_CALENDAR.match(
            text, start, stamp.start):
        return False
    if text[max(0, stamp.start - 1): stamp.start] in ("(", "（") and \
            text[stamp.end: stamp.end + 2].strip()[:1] not in (")", "）"):
        return False
    end = text.find("\n", stamp.end)
    cut = end < 0  # (the line runs on to the end of the text read, which cut it)
    end = len(text) if cut else end
    # a sentence goes on after a comma: "Ab Montag, 19. Februar 2024, wird ..." (a
    # release's "RIYADH, May 28, 2024, SPA -- Saudi ..." is its dateline)
    # (not a name's dash in a sentence that goes on in small letters: "Joi, 13 martie 2025,
    # la sediul Instituției Prefectului – Județul Constanța a avut loc …")
    comma = _COMMA.match(text, stamp.end)
    wire = comma and _DASH.search(text, stamp.end, stamp.end + DATELINE_TAIL) and not (
        text[comma.end():comma.end() + 2].strip()[:1].islower())
    goes_on = comma and not wire
    # (a line that runs to the end of the text read may be cut short there, and then says
    # nothing by its length: "On the afternoon of 9 October 2023, Police were called to a
    # house i", words and no figures after the comma; "…: 19 Temmuz 2025, Cumartesi" and
    # "… 31 maggio 2024, ultimo aggiornamento 4 giugno 2024" end where their lines do)
    # (... or, without a comma, a sentence going on in small letters: "A partire da lunedì 15
    # aprile 2024 la raccolta porta a port")
    # (the words of a cased script before the date count too: "On 6 November 2024 the Home
    # Office publish", cut four words after it, is a sentence that opens the text; a
    # Chinese line's fields before its date are no sentence, "网易娱乐 发布时间 2005/07/23 by …")
    lead = [w for w in _WORDS.findall(text, start, stamp.start) if w.lower() != w.upper()]
    sentence = cut and (goes_on or text[stamp.end:stamp.end + 3].strip()[:1].islower()) \
        and len(lead) + len(_WORDS.findall(text, stamp.end, end)) >= MIN_CUT_WORDS \
        and not any(c.isdigit() for c in text[stamp.end:end])
    if end - stamp.end <= DATELINE_TAIL and not sentence:
        return True
    if goes_on and (sentence or end - stamp.end > MAX_FIELDS_TAIL and (
            cut or _SENTENCE_END.search(text, stamp.end, end))):
        return False
    return bool(_FIELD_BREAK.match(text, stamp.end))


_BARE_LABEL = re.compile(
    r"^(?:(?:" + "|".join(_PUB_WORDS + _UPDATE_WORDS) + "|" + _PUB_CJK + "|" + _UPDATE_CJK + ")"
    r"(?:\s(?:on|at|am|le|el|il|em|op|den))?" + _SEP
    # ... or a field's name, "Data:", "Fecha:" (a metadata list's term over its date)
    + r"|(?:" + "|".join(_FIELD_WORDS) + r")\s*[:：]\s*)$", re.IGNORECASE)


# An event's place right after its time: "时间：6月15日上午10时 地点：市政府新闻发布厅",
# "Date: 28 May 2024, 10:00 / Venue: City Hall". The date is the event's, not the page's.
_PLACE_AFTER = re.compile(r"[^\n]{0,12}?(?:\n\s*)?(?:地点|会场|venue)\s*[:：]", re.IGNORECASE)


def is_event_time(text: str, end: int) -> bool:
    """The date ending at *end* in *text* is an event's time: its place follows."""
    return bool(_PLACE_AFTER.match(fold_hant(text[end: end + 60])))


# A heading that names an event's time, numbered or not, on the line over its date: a
# notice's "1　日時" (then "2　会場"), "（一）活动时间", "Date and time:", "When:"
_EVENT_HEADING = re.compile(
    r"^\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3}|[(（]\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})"
    r"\s*[)）])?[\s、.．]*(?:開催日時|日時|日程|活动时间|举办时间|会议时间|时间|date and time|when"
    r"|fecha y hora|datum und uhrzeit|date et heure|data e ora)\s*[:：]?\s*$", re.IGNORECASE)


def under_event_heading(text: str, start: int) -> bool:
    """The date starting at *start* in *text* opens the line under a heading that names
    an event's time: the event's, not the page's."""
    line_start = text.rfind("\n", 0, start) + 1
    # (a weekday's or a Japanese era's name may open the line: "Saturday, June 15, 2024",
    # "平成29年10月21日")
    before = text[line_start:start]
    if not line_start or len(before) > 12 or any(c.isdigit() for c in before):
        return False
    above = text[text.rfind("\n", 0, line_start - 1) + 1:line_start - 1]
    # (Japanese read as written: folded, 日時 would be 日时)
    return len(above) <= 30 and bool(_EVENT_HEADING.match(above)
                                     or _EVENT_HEADING.match(fold_hant(above)))


def is_bare_label(line: str) -> bool:
    """*line* is a date's label and nothing else (``Published``, ``Last updated on``,
    ``Publicerad``, ``发布时间：``): what is left of a date line whose date was an element
    the text reader dropped (a ``<time>``)."""
    if len(line) > 60 or any(c.isdigit() for c in line):
        return False
    # the labels of two dates whose dates went: "Publicerad · Uppdaterad", "Publié le –
    # Mis à jour le"
    return all(len(part) <= 30 and _BARE_LABEL.match(fold_hant(part))
               for part in _LABEL_SEP.split(line.strip()) if part) and bool(line.strip())


_LABEL_SEP = re.compile(r"\s*[·•|/,–—]\s*|\s+-\s+")


# a time of day printed before the day it belongs to ("Published: 15:40 17/10/2023"):
# the label is read past it
_CLOCK_END = re.compile(r"(?:(?<![\d:.])[0-2]?\d[:.h][0-5]\d(?::[0-5]\d)?(?:\s*[ap]\.?m\.?)?"
                        # (or a wire's four digits and its word for hours: "২৩৪৫ ঘণ্টা", the
                        # Bangladeshi agencies' time before the day)
                        r"|(?<![\d০-৯])[0-2০-২][0-9০-৯][0-5০-৫][0-9০-৯]\s*(?:ঘণ্টা|hrs))"
                        r"(?:\s*[,|·–-])?\s*$", re.IGNORECASE)


# A pair of labels over a pair of dates: "Vytvořeno / změněno: 12. 2. 2025 / 17. 2. 2025",
# "Created / updated: …": the first date is the publication, the second the update
_PAIR_LABEL = re.compile(
    r"(?:^|[^\w])(?:" + "|".join(_PUB_WORDS) + r"|created|erstellt|vytvořeno|vytvorené)"
    r"\s*/\s*(?:" + "|".join(_UPDATE_WORDS) + r"|změněno|zmenené|geändert|changed)\s*[:：]?\s*$",
    re.IGNORECASE)
_PAIR_SEP = re.compile(r"\s*/\s*")


_FIELD_NAME = re.compile(r"^(?:" + "|".join(_FIELD_WORDS) + r")\s*[:：]?$", re.IGNORECASE)


def is_field_name(term: str) -> bool:
    """*term* is a field's bare name, "Date", "Datum", "日期": it does not say which date."""
    return bool(_FIELD_NAME.match(fold_hant(term.strip())))


def label_kind(lead: str) -> str | None:
    """What the text right before a date says it is: :data:`PUBLISHED`, :data:`WRITTEN`,
    :data:`UPDATED`, :data:`PLAIN` (nothing), or ``None`` for another kind of date
    (accessed, deadline). Traditional characters read as simplified (``發佈日期``)."""
    lead = WEEKDAY_END.sub("", _CLOCK_END.sub("", fold_hant(lead)))
    if _UPDATE_LABEL.search(lead):
        return UPDATED
    if _PUB_LABEL.search(lead) and not (_OTHER_LABEL.search(lead)
                                        and not _PUB_WORDS_ONLY.search(lead)):
        return WRITTEN if _WRITTEN_LABEL.search(lead) else PUBLISHED
    if _OTHER_LABEL.search(lead):
        return None
    return PLAIN


# A release's closing line: who issued it, then the day as its last field, set apart by a
# separator ("Presse- und Informationsamt der Stadt Münster · 11.04.2024", "Ufficio stampa |
# 16.05.2023"): a name, no sentence
# (perhaps the place before the day: "Dirección de Prensa y Comunicación - Cipolletti, 14 de
# octubre de 2024.")
_ISSUER_FIELD = re.compile(r"^[^\W\d][^.!?:;\d\n]{0,60}\s[·|•–—-]\s*"
                           r"(?:[^\W\d][^\W\d\s]*(?:\s[^\W\d][^\W\d\s]*){0,3},\s*)?$")


def is_issued_line(line: str, stamp: Stamp) -> bool:
    """*stamp*, found in *line*, is its last field after the name of who issued it."""
    return not line[stamp.end:].strip(" .") and bool(_ISSUER_FIELD.match(line[:stamp.start]))


def printed_dates(text: str, anchor: int = 0, now: datetime | None = None) -> list[Printed]:
    """The plausible dates in *text* in order, each with its label's kind; *anchor* is
    where the headline starts in *text*. Dates labelled as another kind (accessed,
    deadline) are left out; ``03/04/2019`` is kept, marked ``guessed``."""
    out: list[Printed] = []
    stamps = find_dates(text, guess=True)
    rows: dict[int, int] | None = None  # (made for the first date above the headline)
    ranged = {i for i, (a, b) in enumerate(zip(stamps, stamps[1:], strict=False))
              if _RANGE.fullmatch(text, a.end, b.start)}
    for i, stamp in enumerate(stamps):
        if not is_plausible(stamp, now) or i in ranged or i - 1 in ranged:
            continue  # (the two ends of a range: "2025年3月15日至2025年8月31日")
        lead = text[max(0, stamp.start - LABEL_REACH): stamp.start]
        # a label belongs to the nearest date: cut the lead at an earlier date's end (and
        # past the verb that labels that date after it: "更新日：2024年3月15日更新" over
        # "令和6年3月12日")
        for prev in reversed(out):
            if prev.stamp.end > stamp.start - LABEL_REACH:
                after = _UPDATE_AFTER.match(fold_hant(text[prev.stamp.end: prev.stamp.end + 30]))
                bracketed = _UPDATE_BRACKETED.match(text, prev.stamp.end)
                begin = (bracketed.end() if bracketed else
                         prev.stamp.end + (after.end() if after else 0))
                lead = text[max(begin, stamp.start - LABEL_REACH): stamp.start]
            break
        hijri = _HIJRI_BEFORE.search(lead)
        kind = label_kind(lead[:hijri.start()] if hijri else lead)
        if "/" in lead and _PAIR_LABEL.search(lead):
            kind = PUBLISHED
        elif (out and out[-1].kind == PUBLISHED and _PAIR_LABEL.search(
                text[max(0, out[-1].stamp.start - LABEL_REACH): out[-1].stamp.start])
                and _PAIR_SEP.fullmatch(text, out[-1].stamp.end, stamp.start)):
            kind = UPDATED
        if kind in (PLAIN, PUBLISHED) and (_UPDATE_AFTER.match(
                fold_hant(text[stamp.end: stamp.end + 30]))
                or _UPDATE_BRACKETED.match(text, stamp.end)):
            # (the verb after the date says what the label before it does not: a
            # municipal CMS's "掲載日：2024年6月3日更新" is the page's last change)
            kind = UPDATED
        elif kind == PLAIN and _PUBLISH_AFTER.match(text, stamp.end):
            kind = PUBLISHED
        if kind is None or _OTHER_AFTER.match(fold_hant(text[stamp.end: stamp.end + 10])) \
                or _NAME_DAY_AFTER.match(text, stamp.end) \
                or is_event_time(text, stamp.end) or under_event_heading(text, stamp.start):
            continue
        line = _on_date_line(text, stamp)
        if kind == PLAIN and stamp.start < anchor:
            rows = _dated_rows(text, stamps) if rows is None else rows
            if _row_of_list(stamp, rows):
                continue  # (an item's date in a list above the headline: a calendar, the news)
        if line and not stamp.has_time:
            stamp = with_line_time(stamp, _next_line(text, stamp.end))
            if not stamp.has_time:
                stamp = with_line_time(stamp, _labelled_time(text, stamp.end))
            if not stamp.has_time:
                stamp = with_line_time(stamp, _release_line(text, stamp.end))
        out.append(Printed(stamp, kind, line, stamp.start >= anchor,
                           not line and _in_sentence(text, stamp)))
    return out


#: A list of dated items prints this many date lines, each under the one before it past
#: the same number of lines (its item's title).
MIN_LIST_ROWS = 3


#: What may follow a date that closes its line: "… ประจำเดือนมกราคม 2568 (28 ม.ค. 2568)"
_LINE_CLOSE = re.compile(r"[\s)\]）】]*(?:\n|$)")


def _dated_rows(text: str, stamps: list[Stamp]) -> dict[int, int]:
    """The line number of each date that opens or closes its line, by the date's start."""
    rows: dict[int, int] = {}
    line, pos = 0, 0
    for stamp in stamps:
        line += text.count("\n", pos, stamp.start)
        pos = stamp.start
        if text.rfind("\n", 0, stamp.start) + 1 >= stamp.start - 1 or _LINE_CLOSE.match(
                text, stamp.end):
            rows[stamp.start] = line
    return rows


def _row_of_list(stamp: Stamp, rows: dict[int, int]) -> bool:
    """The date opens (or closes) a row of a list of dated items: with the dates opening or
    closing other lines it makes :data:`MIN_LIST_ROWS` or more a fixed number of lines apart
    (``2. 3. 2024`` / ``Jarní trh`` / ``24. 2. 2024`` / ``Masopustní průvod``; ``… (20 ม.ค.
    2568)`` / ``… (28 ม.ค. 2568)``)."""
    here = rows.get(stamp.start)
    if here is None:
        return False
    lines = set(rows.values())
    for step in (1, 2, 3):
        run = 1
        for way in (-1, 1):
            n = here + way * step
            while n in lines:
                run += 1
                n += way * step
        if run >= MIN_LIST_ROWS:
            return True
    return False


# A release's time on a line of its own near its date line: "For release at 2:00 p.m. EDT",
# "Released at 10:30", "Embargoed until 00:01"
_RELEASE_TIME = re.compile(r"^\s*(?:for (?:immediate )?release|released|embargoed(?: until)?)"
                           r"\b[^\d\n]{0,12}\d", re.IGNORECASE)
#: How many lines after a date line its release time is looked for (the headline between).
RELEASE_LINES = 3


def _release_line(text: str, pos: int) -> str:
    """The first of the :data:`RELEASE_LINES` lines after the one holding *pos* that gives a
    release's time (``For release at 2:00 p.m. EDT``), or ``""``."""
    for _ in range(RELEASE_LINES):
        line = _next_line(text, pos)
        if _RELEASE_TIME.match(line):
            return line
        start = text.find("\n", pos)
        if start < 0:
            break
        pos = start + 1
    return ""


# A field table's time label on a line of its own, its value on the next: "提供日 /
# 2024年6月3日 / 提供時間 / 14時00分", "Date / 3 June 2024 / Time / 14:00"
_TIME_LABEL = re.compile(r"^[^\d\n]{0,12}?(?:时间|时刻|시간|\btime|uhrzeit|\bzeit|heure|hora)"
                         r"\s*[:：]?\s*$", re.IGNORECASE)


def _labelled_time(text: str, pos: int) -> str:
    """The line after the one holding *pos* joined with the one after it when the first is
    a time's label alone (``提供時間`` over ``14時00分``), or ``""``."""
    label = _next_line(text, pos)
    if not _TIME_LABEL.match(fold_hant(label)):
        return ""
    return label + " " + _next_line(text, text.find("\n", pos) + 1)


def _next_line(text: str, pos: int) -> str:
    """The line after the one holding *pos*."""
    start = text.find("\n", pos)
    if start < 0:
        return ""
    end = text.find("\n", start + 1)
    return text[start + 1: end if end >= 0 else len(text)]
