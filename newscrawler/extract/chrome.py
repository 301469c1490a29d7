"""Page chrome told by its lines: the print/close/font-size/share bars, editor lines,
credits, promotions and related lists that portals put inside or next to the article text,
dropped from its paragraphs (:func:`strip_chrome`), and pull quotes. What is chrome as an
element is told in :mod:`.hiding` (by its tag and attributes), :mod:`.boxes` and
:mod:`.pictures`."""

from __future__ import annotations

import re

from .text import IDEOGRAPH, SENTENCE_ENDS, fold_hant, one_cell, text_key, width

__all__ = ["COMMENTS_HEAD", "COMMENT_WORDS", "RELEASE_LINE", "STAFF_CREDIT", "TABLE_RULE",
           "drop_pull_quotes", "is_chrome_line", "is_list_heading", "is_tags_line", "strip_chrome"]


# What a press release prints over its text: "FOR IMMEDIATE RELEASE", "News Release No.
# 24-117", "News release #18-067", "Embargoed until 10:00", "For release at 2:00 p.m. EDT",
# "Communiqué de presse".
RELEASE_LINE = re.compile(
    r"^(?:for )?immediate release\b|^(?:news|press|media) release(?: (?:no\.?|number|#) ?\S+)?$"
    r"|^embargoed\b|^for release at\b"
    # a speech's or a statement's kind over it: "CHECK AGAINST DELIVERY", "PRESS STATEMENT"
    r"|^(?:check against delivery|(?:press|media|joint) statement|statement)$"
    # ... in other languages: "Seul le prononcé fait foi", "Es gilt das gesprochene Wort",
    # "Fa fede il testo pronunciato", "Sólo es válido el discurso pronunciado"
    r"|^[(\[]?(?:seul (?:le )?(?:texte )?(?:prononcé|le prononcé) fait foi|(?:es )?gilt das "
    r"gesprochene wort|fa fede (?:solo )?il (?:testo )?pronunciato|(?:s[oó]lo )?(?:es )?v[aá]lido "
    r"(?:el|lo) (?:discurso )?pronunciado)[.!]?[)\]]?$"
    # the page's kind in other languages, as a line of its own
    r"|^(?:communiqué de presse|comunicado(?: de prensa| de imprensa)?|nota de prensa"
    r"|comunicato stampa|pressemitteilung|persbericht|komunikat prasowy|tisková zpráva"
    r"|comunicat de presă|basın bülteni|siaran pers|kenyataan media|報道発表資料|報道発表|広報資料"
    r"|プレスリリース"
    r"|보도자료|新闻稿|新聞稿"
    # ... Nepali, Hindi, Bengali, Urdu, Arabic, Turkish, Russian, Ukrainian, Greek, Spanish
    r"|प्रेस विज्ञप्ति|प्रेस नोट|প্রেস বিজ্ঞপ্তি|پریس ریلیز|بيان صحفي|basın duyurusu"
    r"|basın açıklaması|пресс-релиз|прес-реліз|δελτίο τύπου|boletín de prensa)$"
    # a statement's attribution over it: "Please attribute to Detective Sergeant Jane Roe:"
    r"|^please attribute (?:(?:this|these|the following) )?(?:statement |quotes? )?to\b.{0,100}$"
    # ... with its number: "Comunicato n. 112", "Communiqué n° 45", "Pressemitteilung Nr. 12"
    r"|^(?:comunicato|communiqué|comunicado|pressemitteilung|press release|media release)"
    r"(?: stampa| de presse| de prensa)?\s*(?:n(?:o|r|º|°)?\.?|#)\s*\d+(?:/\d+)?$"
    # ... or its reference: "Siaran Pers Nomor: 087/SP/HM/BKIP/VII/2023"
    r"|^(?:siaran pers|press release|media release|news release)\s+(?:nomor|no\.?|number|ref\.?)"
    r"\s*[:.]?\s*[\w./-]+$"
    # ... or the number alone, as a ministry prints it over the text: "No. 236/2024"
    r"|^(?:no|nr|n[º°])\.?\s*\d{1,5}\s*/\s*(?:19|20)\d\d$", re.I)


# A paper's credit that names nobody, a line of its own under the headline: "Our
# Correspondent", "Staff Reporter", "Tribune News Service" (no headline either)
STAFF_CREDIT = re.compile(r"^(?:from )?our (?:own |special )?(?:correspondent|reporter|bureau)s?$"
                          r"|^(?:special|staff) (?:correspondent|reporter)s?$"
                          r"|^[\w ]{2,30} news service$", re.IGNORECASE)


# Bracketed buttons: 【打印本页】【关闭窗口】【字体：大 中 小】 [Print] [Close] [Top]
_BUTTON = re.compile(
    r"[【\[［(（]\s*(?:(?:打印|列印)(?:本页|此页|页面)?|关闭(?:本页|窗口|视窗|页面)?|字体|字号|收藏|纠错|我要纠错|"
    r"发表评论|加入收藏|告诉好友|推荐给好友|"
    r"返回顶部|分享)[^】\]］)）]{0,12}[】\]］)）]"
    r"|\[\s*(?:print|close|top|back|e-?mail|share)(?: (?:this )?(?:page|window|article))?\s*\]",
    re.IGNORECASE,
)
# A whole line that is only chrome words: "打印 关闭", "Print | Close", "字体：大 中 小",
# "Seite drucken", "Drucken Teilen Nach oben", "Imprimer", "Zurück zur Übersicht"
# A video's running time, as a player's card prints it under the video's title ("0:48")
_RUNNING_TIME = r"(?:\d{1,2}:)?[0-5]?\d:[0-5]\d"
_VIDEO_TIME = re.compile(f"^{_RUNNING_TIME}$")
# A blog's links to what it posted a while ago, items of a list under a heading such as
# "Previously": "- Six months ago: Apple Cider Donut Cake"
_THROWBACK = re.compile(r"^(?:[-•·*]\s+)?(?:one|two|three|four|five|six|seven|eight|nine|ten|"
                        r"eleven|twelve|\d{1,2}) (?:weeks?|months?|years?) ago\s*:\s*\S",
                        re.IGNORECASE)
#: Longest heading over such a list.
MAX_THROWBACK_HEAD = 30
# ... or a video's card on one line, its time after a dash ("Ashfall Vanguard Video Review –
# 08:41")
_VIDEO_CARD = re.compile(rf"\bvideo\b.{{0,80}}\s[–—-]\s{_RUNNING_TIME}$", re.IGNORECASE)
#: Longest video title over its running time.
MAX_VIDEO_TITLE = 150

_CHROME_LINE = re.compile(
    r"^(?:(?:(?:打印|列印)(?:本页|此页)?|关闭(?:窗口|视窗|本页)?|收藏|分享到?[:：]?|返回顶部|返回列表|返回|"
    r"扫一扫在手机(?:上)?打开当前页|举报|我要纠错|"
    # a comment box's empty state and button, an advertising desk's link: "暂无评论，快来抢沙发吧",
    # "发表评论", "某某广告合作，请点击这里"
    r"暂无评论[^。！？]{0,12}|(?:快来)?抢沙发吧?|发表评论|我要评论|[^。！？，]{0,12}广告合作[^。！？]{0,12}|"
    r"字体[:：]?\s*[大中小\s]+|字号[:：]?\s*[大中小\s]+|print(?: this page)?|close(?: window)?|"
    r"share(?: this(?: page)?)?[:：]?|back to (?:top|overview|list|blog|news|all (?:posts|articles"
    r"|news|stories)|(?:the )?(?:blog|articles|posts|resources|newsroom))|top|email|e-mail|tweet|"
    # a page's view count, a breadcrumb's lead or a byline's label left alone
    r"[\d.,]+[KkMm]?\s+(?:views|reads)|you are here[:：]?|written by|posted by|page details|"
    # ... said in a sentence, and a rating widget's tally: "This article has been viewed
    # 184,302 times.", "37 votes - 86%"
    r"this (?:article|page|post|story|guide) has been (?:viewed|read) [\d.,]+ times\.?|"
    r"\d[\d,]* votes?(?: [-–] \d{1,3}\s?%)?|"
    # a form's counter of what is left to type, with its hint: "200 characters left. Include
    # your email address to get a message when this question is answered."
    r"\d{1,5} characters? (?:left|remaining)\b.{0,120}|"
    # a release's note on accessible copies: "This news release may be made available in
    # alternative formats for persons living with visual disabilities."
    r"this (?:news release|release|publication|document|page) (?:is|may be) (?:also )?"
    r"(?:made )?available (?:(?:up)?on request )?in (?:alternative|alternate|accessible) "
    r"formats?.{0,80}|"
    # a rating widget's prompt and a video's running time left alone ("0:48", "12:05")
    r"rate this (?:article|story|post|page)|" + _RUNNING_TIME + "|"
    r"facebook|twitter|linkedin|whatsapp|weibo|wechat|微信|微博|qq空间|caption|don[’']?t miss|"
    # an advertisement's label, set between dashes too ("- โฆษณา -")
    r"[-–—]?\s*(?:advertisement|advertising|anzeige|广告|reklama|โฆษณา|विज्ञापन)\s*[-–—]?|"
    # ... numbered by its slot, and the placeholder an unloaded one leaves ("Advertisement 2",
    # "This advertisement has not loaded yet, but your article continues below.")
    r"advertisement \d{1,2}|this advertisement has not loaded yet.{0,60}|"
    r"语音播报|朗读本文|听全文|"
    # a comment service's line whose comments went: "blog comments powered by Disqus"
    r"(?:blog )?comments powered by disqus|"
    # where an advertisement interrupts the text: "Story continues below advertisement"
    r"(?:story|article|text) continues (?:below|after)(?: (?:this )?(?:advertisement|ad))?|"
    r"continue reading below|scroll to continue(?: with content)?|"
    # ... in Polish: "Dalsza część artykułu pod materiałem wideo", "… pod reklamą"
    r"dalsza część artykułu (?:pod|poniżej)(?: materiałem wideo| reklamą| wideo)?|"
    # a consent gate in front of an embedded post: "Skip twitter post by …", "Allow Twitter
    # content?", "This article contains content provided by Twitter. …"
    r"(?:skip|end of) (?:twitter|x|instagram|facebook|tiktok|youtube) (?:post|content|video)"
    r"(?:,? by .{1,60})?|allow (?:twitter|x|instagram|facebook|tiktok|youtube) content\??|"
    r"this article contains content provided by .{1,250}|"
    # skip-link targets and accessibility anchors: "ここから本文です。", ":::"
    r"ここから本文(?:です)?。?|本文ここまで|本文|:::|"
    # a printed page's address line and a sign-up button
    r"(?:url of this (?:article|page)|article url|url dieses artikels|url de cet article|"
    r"本文(?:链接|网址|地址))\s*[:：]\s*\S*|sign up(?: now)?|subscribe(?: now)?|"
    # ... the button in other languages ("S'abonner", "Abonnieren", "Suscribirse")
    r"s['’]abonner|abonnieren|suscribirse|assine(?: já)?|abbonati|"
    r"立即(?:订阅|訂閱)|马上订阅|馬上訂閱|"
    r"támogatom|"  # (a support box's button, "I support": "Donate" in Hungarian)
    # ... an app's prompt to read more in it ("打开36氪APP，阅读更多创投资讯")
    r"打开[^。！？，\s]{1,12}\s?(?:APP|App|app|客户端)[，,][^。！？]{0,20}|"
    # a player's note where scripts are off: "Um dieses Audio abspielen zu können, aktivieren
    # Sie bitte JavaScript.", "Please enable JavaScript to view this video."
    r"(?:um (?:dieses|das) (?:audio|video) abspielen zu können, )?aktivieren sie (?:bitte )?"
    r"javascript\.?|please enable javascript to (?:view|play|watch) (?:this|the) (?:video|audio"
    r"|content)\.?|"
    # ... in other languages: "Apúntate", "Suscríbete", "Inscreva-se", "Abonnez-vous"
    r"apúntate|suscríbete|inscríbete|inscreva-se|assine já|abonnez-vous|inscrivez-vous|"
    r"jetzt (?:abonnieren|anmelden)|iscriviti|abbonati|"
    # a photo's label left alone when its picture went: "相片", "图片" (not "Photos": a
    # heading in English texts, measured on news-aeb)
    r"相片|图片|照片|资料(?:图片?|照片)|"
    # ... or naming the scene it shows: "会议现场", "活动现场图片"
    r"[\u4e00-\u9fff]{0,8}现场(?:图片|照片)?|"
    # a count alone: claps, likes, views ("1.4K")
    r"\d{1,3}(?:[.,]\d)?[KkMm]|"
    # a portal's app prompt: "扫码下载腾讯新闻APP", "扫码关注公众号", "欢迎关注某某新闻APP"
    r"扫(?:码|描二维码)(?:下载|关注|阅读)[^。！？]{0,20}|"
    r"欢迎(?:关注|下载)[^。！？，]{0,16}(?:APP|App|app|客户端|公众号)|"
    # ... the account named with its id and what it offers, a tag's "#" before it
    r"#?\s*欢迎关注[^。！？]{0,20}(?:公众号|微信号|视频号)[^。！？]{0,50}[。！!]?|"
    # ... or the outlet's page and paper for more: "欲知更多新闻，请关注国际时报脸书专页及订阅
    # 电子报。"
    r"(?:欲知|想知道|想看|看)更多[^。！？]{0,12}[，,]\s*(?:请|敬请)?(?:关注|留意|追踪|订阅|訂閱|關注)"
    r"[^。！？]{0,40}[。！!]?|"
    # ... "点我下载APP" with the promotion around it ("不用抽 不用搶 現在用APP看新聞 …")
    # (after a question to the reader too: "想睇更多新聞？立即下載am730 App")
    r"(?:[^。！？]{0,12}[？?])?[^。！？]{0,40}(?:下载|下載)[^。！？，\s]{0,8}?\s*(?:APP|App|app|客户端"
    r"|客戶端)[^。！？]{0,30}[！!]?|"
    # ... opening its line, a sentence of what it offers after it: "下载联合晚报App，随时随地…。"
    r"(?:立即|马上|馬上)?(?:下载|下載)[^。！？，\s]{1,12}\s*(?:APP|App|app|客户端|客戶端)[，,]"
    r"[^。！？]{0,30}[。！!]?|"
    # ... and a subscription to the paper's own edition: "看更多本地新闻，请订阅《联合晚报》电子版"
    r"[^。！？]{0,16}(?:请|請)(?:订阅|訂閱)《[^》]{1,20}》(?:电子版|電子版|数字版|數位版)?[。！!]?|"
    # ... and the account beside the outlet's name: "量子位 | 公众号 QbitAI"
    r"[^。！？|｜\s]{1,12}\s*[|｜]\s*(?:公众号|公眾號)\s*[A-Za-z][\w-]{1,30}|"
    # ... its button's words, "点击下载", "點此加入", and the outlet's messenger channel, LINE
    # account or video channel: "👉 关注某某报WhatsApp频道，第一时间接收新闻推送",
    # "加入某某新聞LINE好友，…不漏接！", "訂閱某某新聞 YouTube 頻道，第一時間收看最新新聞",
    # "掃描QR Code或點此加入"
    r"点(?:击|此)(?:下载|这里|此处|加入)|點(?:擊|此)(?:下載|這裡|此處|加入)|"
    r"[^。！？，]{0,3}\s*(?:关注|關注|加入|订阅|訂閱|追蹤|追踪)[^。！？，]{0,16}"
    r"(?:whatsapp|telegram|line|youtube|facebook|instagram)\s*"
    r"(?:频道|頻道|群组|群組|好友)[^。！？]{0,30}[！!]?|"
    r"(?:扫描|掃描)\s*(?:二维码|二維碼|qr\s?code)[^。！？，]{0,8}|"
    # ... its offer after a comma ("扫描二维码，第一时间获取前沿科技资讯"), and the account
    # named alone on its line ("关注太平洋科技公众号")
    r"(?:扫描|掃描)\s*(?:二维码|二維碼)[，,]\s*(?:第一时间|随时|及时)[^。！？]{0,24}|"
    r"关注[^。！？，\s]{1,16}(?:公众号|微信号|视频号)|"
    r"\[gambas:[^\]]{1,40}\]|"  # (a CMS's placeholder of an embed: "[Gambas:Video 20detik]")
    # ... and the outlet's note that the story first ran on its app or site, with its writer
    # and editor: "（本文首发于钛媒体App，作者｜…，编辑｜…）"
    r"[（(]\s*本文(?:首发于|首发在|原载于|来源于|来自|转载自)[^（）()]{1,60}[）)]|"
    r"listen(?: to (?:this|the) (?:article|story))?|"
    # a button's call to action left as a line: "Download Now", "Get started", "Book a demo"
    r"download now|get started(?: (?:now|today|for free))?|book a (?:free )?demo|"
    r"start (?:your |a )?free trial|try (?:it )?(?:for )?free|shop now|buy now|"
    # reading and listening times: "5 min read", "12-minute read", "Lesezeit: 3 Min."
    r"\d{1,3}[\s-]?min(?:ute)?s?\.?(?: read| listen)?|"
    # ... labelled, or the label alone over its value: "Tempo di lettura: 3 min"
    r"(?:reading time|lesezeit|tempo di lettura|temps de lecture|tiempo de lectura|"
    r"tempo de leitura|leestijd|czas czytania|lukuaika|lästid|lesetid)[:：]?"
    r"(?:\s*\d{1,3}\s*min\w*\.?)?|"
    r"(?:阅读|阅读时间|阅读时长)[:：]?\s*(?:约)?\d{1,3}\s*分钟|"
    # German, French, Spanish, Italian, Portuguese, Dutch: print, share, back to the top
    r"(?:seite |artikel |inhalt )?(?:drucken|teilen)|druckversion|nach oben|zum seitenanfang|"
    r"zurück(?: zur übersicht| zur liste)?|vorlesen|merken|"
    r"imprimer(?: la page)?|partager(?: la page)?|haut de page|retour en haut|"
    r"imprimir|compartir|compartilhar|partilhar|volver arriba|ir arriba|voltar ao topo|"
    r"stampa|condividi|torna su|afdrukken|printen|delen|naar boven|"
    # a Plone site's bar of document actions ("Azioni sul documento: Invia questa pagina")
    r"document actions|azioni sul documento|invia questa pagina|send this page|"
    r"dokumentaktionen|artikelaktionen|actions sur le document|"
    # Russian, Ukrainian, Polish, Turkish, Indonesian, Japanese, Korean, Arabic
    r"поделиться|печать|распечатать|наверх|поділитися|друк|udostępnij|drukuj|do góry|"
    r"версия для печати|отправить (?:другу|ссылку)|обсудить(?: на форуме)?(?: \(\d+\))?|"
    r"версія для друку|надіслати другові|wersja do druku|poleć znajomemu|"
    r"paylaş|yazdır|bagikan|cetak|共有する|共有|印刷する|印刷|ページの先頭へ|공유하기|공유|"
    r"인쇄하기|인쇄|맨 위로|مشاركة|طباعة|شارك|"
    # Romanian, Czech, Greek, Estonian, Latvian, Lithuanian, Hebrew, Hindi
    r"distribuie|tipărește|sdílet|tisk|κοινοποίηση|εκτύπωση|jaga|prindi|dalīties|drukāt|"
    r"dalintis|spausdinti|שתף|הדפס|साझा करें|प्रिंट|"
    # the file-version buttons under a notice: "pdf下载 word下载", "下载附件"
    r"(?:pdf|word|wps|ofd|docx?|excel|xlsx?)\s*(?:版|格式|文件)?\s*下载|下载(?:附件|全文)?|"
    # the heading of a table of contents whose links went, a jump link
    r"table of contents|contents|in this (?:article|guide|post)|on this page|"
    r"jump to (?:review|recipe|section|the list|content)|inhaltsverzeichnis|sommaire|"
    # a pager between neighbouring pages: "< Précédent | Suivant >", "« Previous  Next »"
    r"[<«‹←]?\s*(?:précédent|suivant|previous|next|anterior|siguiente|precedente|successivo"
    r"|vorherige|nächste|vorige|volgende|poprzedni|następny)\s*[>»›→]?)"
    r"[\s|/·•:：]*)+$",
    re.IGNORECASE,
)
# The notice that PDF files need a reader, and the page's owning office (Japanese pages:
# "このページの所管所属は…です。"), printed under the text.
_SITE_NOTICE = re.compile(
    r"^(?=.*(?:need|require|download|free|必要|無償|ダウンロード|필요|다운로드|需要|下载))"
    r".{0,80}adobe(?:社の?)?\s*(?:acrobat\s*)?reader|^このページの(?:所管|担当|作成)"
    # ... and the notice beside a document that it may not suit assistive technology: "This
    # document may not be fully accessible. For more information read our accessibility
    # statement.", "This file may not be suitable for users of assistive technology."
    r"|^this (?:document|file|publication) may not be (?:fully accessible|suitable for users "
    r"of assistive technology)|^(?:for more information,? )?(?:please )?(?:read|see|view) our "
    r"accessibility statement\W*$|^request an accessible format\W*$"
    # a news site's badge for the standards it follows: "Conforme a los criterios de The
    # Trust Project", "Learn more about The Trust Project"
    r"|^.{0,60}\bthe trust project\b.{0,30}$", re.IGNORECASE)
# The page in the other official language, named with its headline there: "Also available
# in French: Une clinique…", "Version française", "Disponible en anglais"
_OTHER_LANGUAGE = re.compile(
    r"^(?:(?:this (?:page|release|news release|article|story|statement) is )?(?:also )?"
    r"available in|version|disponible en|auch (?:auf|in)|también (?:disponible )?en) "
    r"(?:english|french|spanish|german|italian|chinese|anglais|français|espagnol|allemand|"
    r"englisch|französisch|spanisch|inglés|francés|español|alemán)(?: version)?"
    r"(?:\s*[:.]\s*.{0,200}|\s*)$|^(?:english|french|spanish|german) version\s*[:.]?.{0,200}$"
    r"|^version (?:française|anglaise|espagnole|allemande)\s*[:.]?.{0,200}$", re.IGNORECASE)
# A link to the whole list a box shows a few items of ("All speeches by Piero Cipollone",
# "View all news", "Tutti gli appuntamenti", "Alle Pressemitteilungen"), left as a line
_ALL_ITEMS = re.compile(
    r"^(?:[-–•]\s+)?(?:(?:(?:see|view|show|browse|read) )?all (?:(?:our|the|recent|latest|other) )?"
    r"(?:news(?: releases)?|press releases|releases|speeches|statements|articles|stories|posts|"
    r"blog posts|interviews|publications|events|videos|photos|updates)(?: (?:by|from|of|on|about)"
    r" .{1,60})?|tutt[ie] (?:gli|le|i) (?:notizie|appuntamenti|comunicati|eventi|news|articoli)|"
    r"alle (?:meldungen|nachrichten|pressemitteilungen|termine|artikel|reden|beiträge)|"
    r"(?:voir )?(?:toutes les (?:actualités|nouvelles|informations)|"
    r"tous les (?:communiqués|articles|discours))|"
    r"(?:ver )?tod[oa]s (?:las|los) (?:noticias|comunicados|eventos|notas(?: de prensa)?)|"
    r"alle nieuwsberichten|al het nieuws|"
    r"wszystkie (?:aktualności|wiadomości))\s*[»›>→]?$", re.IGNORECASE)
# A language switcher's entry, the language's own name, alone on its line or as a list item
# ("- Español", "中文 | English"): the page in another language, never the text's words
_LANGUAGE_SWITCH = re.compile(
    r"^(?:[-–•]\s+)?(?:(?:english|español|français|deutsch|italiano|português|nederlands|polski|"
    r"русский|українська|türkçe|tiếng việt|tagalog|kreyòl ayisyen|한국어|日本語|中文|简体中文|"
    r"繁體中文|简体|繁體|繁体|العربية|فارسی|हिन्दी|বাংলা|ภาษาไทย|bahasa (?:indonesia|melayu))"
    r"(?:\s*\(\w+\))?[\s|/·•]*)+$", re.IGNORECASE)
# (both tried in one match: each short line is)
_SWITCH_OR_ALL = re.compile(f"{_LANGUAGE_SWITCH.pattern}|{_ALL_ITEMS.pattern}", re.IGNORECASE)
# A Chinese outlet's reservation of its rights, under the text: "此内容为第一财经原创，著作权归
# 第一财经所有。未经第一财经书面授权，不得以任何方式加以使用，包括转载、摘编…", "凡本网注明
# “来源：某某网”的所有作品，版权均属于…，未经本网授权不得转载", "未经某某网书面特别授权，请勿转载或
# 建立镜像". A permission and a ban on copying both: a regulation's "未经批准，不得复制" is the
# text's own
_RIGHTS_RESERVED = re.compile(
    r"^\W{0,3}(?:(?:版权|特别|免责)声明\W{0,2})?(?:[①②③④⑤1-5][、.．]?\s*)?"
    r"(?:此内容|本内容|本文|本稿|本网|凡本网|凡注明|此文|未经)"
    r"(?=.{0,150}(?:授权|许可|同意).{0,40}(?:不得|请勿|禁止|严禁).{0,40}(?:转载|摘编|复制|镜像)"
    # ... or a permission's terms: "本文系作者…授权某某发表，…转载请注明出处、作者和本文链接"
    # (also with a condition before the request: "如若转载，请注明来源")
    r"|.{0,150}转载[，,]?\s*请(?:注明|联系|与))"
    r"(?=.*(?:本网|本站|网站|网|原创|版权|著作权|出处))")
#: Longest such notice.
MAX_RIGHTS_NOTICE = 400
# A Chinese site's registration lines (ICP licence, the government site code, the public
# security filing, "版权所有") and a bar of links to site pages ("网站地图 | 联系我们"):
# the footer, never an article's words, when a generic reader takes the footer along.
_EMPTY_BRACKETS = re.compile(r"^[\s【】\[\]［］()（）|｜/·•]+$")
_SITE_FOOTER = re.compile(r"ICP[备证]|网站标识码|公网安备|版权所有")
_SITE_LINKS = re.compile(
    r"^(?:(?:网站地图|联系我们|使用帮助|关于我们|网站声明|隐私(?:声明|政策)|法律声明|版权声明|网站纠错|"
    r"sitemap|site map|contact us|privacy(?: policy)?|terms of use|accessibility|imprint|"
    r"impressum|datenschutz|kontakt)[\s|/·•]*){2,}$", re.IGNORECASE)
# A menu printed as a line in any language: three items or more between bars ("O nás |
# Inzerce | Kontakty | Podmínky užití"), none a sentence, each up to 40 characters (a compound
# such as "Akadálymentességi nyilatkozat" is one item). (A table's row starts with a bar.)
_MENU_ROW = re.compile(r"^[^\W\d](?:[^|.!?:;\n]{0,39}[^\s|.!?:;]\s+\|\s+){2,}"
                       r"[^|.!?:;\n]{1,39}[^\s|.!?:;]$")
# ... or items set apart by middle dots, a cell of a table's row each ("Siti tematici ·
# Biblioteca Civica · Musei Civici · …"): a footer's columns of links
_DOT_ITEMS = re.compile(r"\s+[·•]\s+")
#: A cell of a footer's link list has this many items at least, each this short at most.
MIN_MENU_ITEMS, MAX_MENU_ITEM = 4, 40
#: Longest row of one cell that is read as a menu set apart by bars.
MAX_MENU_CELL = 600


def _menu_cells(row: str) -> bool:
    """A table row (``| … | … |``) whose cells are mostly lists of short items set apart by
    middle dots, none a sentence."""
    cells = [c.strip() for c in row.strip().strip("|").split("|") if c.strip()]
    menus = 0
    for cell in cells:
        items = _DOT_ITEMS.split(cell)
        if len(items) >= MIN_MENU_ITEMS and all(
                len(i) <= MAX_MENU_ITEM and i[-1:] not in SENTENCE_ENDS for i in items):
            menus += 1
    return menus > 0 and 2 * menus >= len(cells)


# The page-feedback prompt government sites print under the text: "Is this page useful?
# Yes No (Report a problem with this page)", "Was this page helpful?", "War diese Seite
# hilfreich?", "本页面是否对您有帮助？"
_FEEDBACK = re.compile(
    r"^(?:is this page useful|was this (?:page|article|information|content) (?:helpful|useful)|"
    r"your feedback helps us improve[\w .]*|"
    # its heading: "Help us make PetMD better" over "Was this article helpful?"
    r"help us (?:make (?:[\w&'’.-]+ ){1,4}better|improve (?:this (?:page|site|article)"
    r"|our (?:site|website|content)))|"
    # a news desk's correction form under every story: "Feedback to editors" over "Use this
    # form if you have come across a typo, inaccuracy or would like to send an edit request …"
    r"feedback to (?:the )?editors?|"
    r"(?:use this form|let us know|tell us) if you (?:have )?(?:come across|found|spot(?:ted)?|"
    r"noticed?|see) an? (?:typo|error|mistake|inaccuracy)\b[^.?!]{0,120}|"
    # a magazine's line under every article: "Questions or comments on this article? E-mail
    # us at feedback@… | Reprints FAQ"
    r"questions or comments (?:on|about) this (?:article|story|page)\?.{0,100}|"
    r"did you find (?:this page|this information|what you were looking for)[\w ]*|"
    r"war diese seite hilfreich|hat ihnen diese seite geholfen|"
    # ... in French, Spanish, Italian, Dutch, Portuguese, Polish
    r"cette page vous a-t-elle été utile|cette information vous a-t-elle été utile|"
    r"¿?(?:te|le) (?:ha (?:sido|resultado)|resultó) útil (?:esta|la) (?:página|información)|"
    r"¿?(?:es|fue) útil esta página|questa pagina (?:ti )?è stata utile|"
    # (the Italian public administration's template: "Quanto sono chiare le informazioni su
    # questa pagina?")
    r"quanto sono chiare le informazioni su questa pagina|"
    r"was deze (?:pagina|informatie) nuttig|esta página (?:foi|é) útil|"
    r"czy (?:ta )?(?:strona|informacja) (?:była )?(?:przydatna|pomocna)|"
    # ... Latvian, Lithuanian, Estonian, Czech, Hungarian, Finnish, Swedish, Danish, Norwegian
    r"vai (?:šajā lapā )?(?:jūs )?atradāt (?:nepieciešamo|meklēto) informāciju|"
    r"ar (?:radote|suradote) (?:ieškomą |reikiamą )?informaciją|kas (?:see )?(?:leht|info) oli "
    r"(?:kasulik|abiks)|kas leidsite vajaliku info|"
    r"byla (?:pro vás )?(?:tato )?(?:stránka|informace) (?:užitečná|užitečné)|"
    r"hasznos volt (?:ez )?az? (?:oldal|információ)|"
    r"oliko (?:tästä )?(?:sivusta|sivu) (?:apua|hyötyä|hyödyllinen)|"
    r"var (?:den här sidan|sidan|informationen) (?:till )?(?:hjälp|användbar)|"
    r"var (?:denne )?side(?:n)? (?:nyttig|brugbar)|"
    r"fant du det du lette etter|"
    r"本?(?:页面|网页|文章|信息)(?:内容)?(?:是否)?对您有(?:所)?帮助(?:吗)?|"
    # Korean and Japanese government sites' survey: "이 페이지에서 제공하는 정보에 대하여
    # 만족하십니까?", "このページの情報は役に立ちましたか", "より良いウェブサイトにするために
    # みなさまのご意見をお聞かせください"
    r"(?:이 (?:페이지|홈페이지)(?:의|에서 제공하는) )?(?:정보|내용)(?:에 대(?:하여|해)|에)? "
    r"(?:얼마나 )?만족하십니까\s*\??(?:\s*(?:매우\s?만족|만족|보통|불만족|매우\s?불만족))*|"
    r"このページの(?:情[報报]|内容)は(?:役に立ちましたか|見つけやすかったですか|わかりやすかったですか)|"
    r"より良い(?:ウェブサイト|ホームページ)にするため.{0,40}(?:ご意見|アンケート).{0,20})\s*[?？。]?"
    r"(?:[\s|/·•]*(?:yes|no|ja|nein|是|否|有|没有|maybe)\b)*[\s.·•|/]*"
    r"(?:report a (?:problem|mistake)(?: (?:with|on) this page)?[\s.]*)?$",
    re.IGNORECASE,
)
# The notice an archived government site puts over every page: "This is historical material
# “frozen in time”. The website is no longer updated ...", "This page has been archived on
# the Web", "We have archived this page and will not be updating it."
_ARCHIVED = re.compile(
    r"^(?:this is historical material|this (?:page|content|information|website) (?:has been|"
    r"was|is) archived|(?:information|content) identified as archived|we have archived this "
    r"(?:page|content)|archived (?:content|page|information)\s*[:.-]"
    # a news site's notice over its archive: "This archived news story is available only
    # for your personal, non-commercial use."
    r"|this archived (?:[\w-]+ ){0,2}(?:story|article|report) is available only for)",
    re.IGNORECASE,
)
#: Longest paragraph that can be such a notice.
MAX_ARCHIVED_LINE = 300
# Links to the neighbouring articles and the view counter that portals print under the
# text: "上一篇：...", "下一篇：...", "Previous article: ...", "浏览次数：1234", "Views: 56";
# boards print them as table rows with an arrow ("| ▲ 이전글 | ... |")
_NEIGHBOUR = re.compile(
    r"^(?:\|\s*)?(?:[▲▼△▽◀▶◁▷]\s*)?"
    r"(?:上一(?:篇|条|页|则)|下一(?:篇|条|页|则)|(?:previous|prev|next) (?:article|post|story|"
    r"news|item|page)s?|(?:previous|next)(?= ?[:：])|vorheriger artikel|nächster artikel|"
    r"이전\s?글|다음\s?글|이전\s?기사|다음\s?기사|前の記事|次の記事)"
    r"\s*[:：]?"
    r"|^(?:浏览次数|阅读次数|访问次数|点击次数|点击数|点击量|阅读量|浏览量|点阅次数|点阅数|조회수|조회"
    r"|閲覧数|views|hits|aufrufe|lượt xem|lượt truy cập|đang truy cập|tổng lượt truy cập"
    r"|visitors|besucher"
    # (and in the Romance languages and Dutch: "Affichages : 2341", "Visualizações: 88")
    r"|affichages|visualiza[çc][õo]es|visualizaciones|visite|visualizzazioni|weergaven)"
    r"\s*[:：]?\s*\d[\d,.]*\s*(?:次)?$",
    re.IGNORECASE,
)
#: Longest line that can be such a link (a headline after the label).
MAX_NEIGHBOUR_LINE = 100
#: The rule under a table's first row as tables are printed ("|---|---|"): left alone when
#: its row went as chrome.
TABLE_RULE = re.compile(r"^\|(?:\s*:?-{3,}:?\s*\|)+$")
# Editor lines end the article text on Chinese portals: 责任编辑：周雁 / （责任编辑：周雁）
_EDITOR = re.compile(r"^[（(\[【]?\s*(?:责任编辑|责编|编辑|审核|校对|初审|复审|终审)\s*[:：]"
                     # ... or roles and names set apart by spaces alone: "编辑 孙萌 责编 李澜"
                     r"|^(?:(?:责任编辑|责编|编辑|审核|校对|监制|主编)\s+[\u4e00-\u9fff·]{2,4}\s*){1,4}$"
                     # a Korean story's reporter under it, with an address: "/이준호기자
                     # jhlee@…", "홍길동 기자 hong@…"
                     r"|^/?\s*[가-힣]{2,4}\s?기자(?:\s+[\w.+-]+@[\w-]+\.[\w.]+)?$"
                     # ... a broadcaster's crew, role by role: "촬영기자:정현우/영상편집:최윤정"
                     r"|^(?:(?:촬영기자|영상편집|영상취재|그래픽|촬영|편집)\s*[:：]\s*[가-힣]{2,4}"
                     r"\s*/?\s*){1,5}$"
                     # ... and a picture's source alone in brackets: "[사진 출처 : 연합뉴스]"
                     r"|^\[\s*(?:사진|写真|photo|foto)\s*(?:출처|source)\s*[:：]\s*[^\]]{1,40}\]$"
                     # an English edition's "Editor: Wang Xin", "[Editor: Liu Jie]": a
                     # name alone (an interview's "Editor: What ...?" is text)
                     r"|^[(\[]?\s*editors?\s*[:：]\s*[\w.' -]{2,30}[)\]]?$"
                     # ... or roles and names set apart by bars: "Penulis: Rina Marlina |
                     # Editor: Agus Setiawan"
                     r"|^(?:(?:penulis|pewarta|redaktur|editor|fotografer|reporter|writer|"
                     r"photographer|text|photos?|foto)\s*:\s*[^|:]{2,40}?\s*(?:\||$)\s*){2,4}$"
                     # ... in Portuguese, Spanish, Polish, Russian: "Edição: Maria Lopes"
                     r"|^(?:edição|edición|edita|reportagem|reportaje|redakcja|redaktor"
                     r"|редактор|ρεπορτάζ|επιμέλεια)\s*[:–—-]\s*"
                     # (names, a comma between two: "Ρεπορτάζ: Ελένη Π., Γιώργος Ν.")
                     r"(?-i:[A-ZÁÉÍÓÚÂÊÔÃÕÇŁŚŻŹА-ЯΑ-ΩΆΈΉΊΌΎΏ][\w'-]*\.?"
                     r"(?:,? (?:[A-ZÁÉÍÓÚÂÊÔÃÕÇŁŚŻŹА-ЯΑ-ΩΆΈΉΊΌΎΏ][\w'-]*\.?|d[aeo]s?|de la|del))"
                     r"{1,5})$"
                     # ... or a story's staff credits, a role each ("- Reporter: Jessica
                     # Harlan", "- Photographer: …", "- Web Editor: …"; a "Credits" heading
                     # alone may head a visualization's credits, which are its text)
                     r"|^(?:- )?(?:reporter|photographer|photojournalist|videographer"
                     r"|producer|(?:web |copy |photo |video )editor)s?\s*:\s*"
                     # (a name: capitalized words; a transcript's "Reporter: Thank you." is text)
                     r"(?-i:[A-Z][\w'-]*\.?(?: [A-Z][\w'-]*\.?){1,3})$"
                     # a Japanese municipal CMS's box of whom to ask about the page
                     r"|^このページ(?:へ|に関する|について)の?お[問问](?:い)?合(?:わ)?せ",
                     re.IGNORECASE)
# How to cite the page, which science and report sites print under the text ("Citation:
# Drought weakens soil (2024, June 3) retrieved 4 June 2024 from https://…"): the text has
# ended, and what follows is the site's (its copyright notice, a feedback form)
# The box that offers the text to other outlets under its licence ("Republish this article",
# "This article is published under a CC license …"): everything after it is the box's
_REPUBLISH = re.compile(r"^republish this (?:article|story)\s*$", re.IGNORECASE)
# A broadcaster's note on when the story was on air, over its programme line and the page's
# own prompts ("Dieses Thema im Programm:" / "NDR 1 Niedersachsen | 14.03.2024 | 16:30 Uhr")
_PROGRAMME_NOTE = re.compile(r"^(?:dieses thema im programm|dieser beitrag im programm)\s*:?$",
                             re.IGNORECASE)
# ... or its heading alone, over a citation of the page ("Recommended citation" / "Ferraro,
# G. (2025) 'Europe's grid bill …', Analysis, Bruegel, 4 February")
_CITE_HEAD = re.compile(r"^(?:citations?|recommended citation|suggested citation"
                        r"|how to cite(?: this \w+)?"
                        r"|cite this (?:article|page|report|story|post|paper|analysis)"
                        # (in the languages think tanks publish in: "Cómo citar esta
                        # publicación", "Comment citer cet article", "Zitiervorschlag")
                        r"|(?:c[oó]mo |para |pour |comment |come |per )?cit(?:ar|er|are)"
                        r"(?: (?:esta|este|cet|cette|questo|questa|this) \w+)?"
                        r"|(?:empfohlene )?zitier(?:vorschlag|weise|hinweis)|citaci[oó]n sugerida"
                        r"|citation sugg[ée]r[ée]e)\s*:?$",
                        re.IGNORECASE)
_CITATION = re.compile(r"\(\s*(?:19|20)\d\d[a-z]?\s*\)|\b(?:retrieved|accessed|doi)\b|https?://",
                       re.IGNORECASE)
_CITE_PAGE = re.compile(
    r"^(?:citation|cite this (?:article|page|report|story|post|paper)|how to cite(?: this "
    r"\w+)?)\s*[:：]\s*\S.{10,}?\b(?:retrieved|accessed)\b", re.IGNORECASE)
# A photo's caption printed as a paragraph, told by its credit closing it after the
# caption's last sentence: "... in Beijing, May 27, 2018. (Xinhua/Li Ming)", ". (AP
# Photo/Jane Doe)", a file picture's ". (AP Photo/Jane Doe, File)" (not "- Mark SubbaRao
# (NASA/GSFC)", a name and its affiliation). The photographer's name holds no digit and is
# not an office's code: a news agency's story ends with its writer's initials and the
# office, ". (MEVC/PIA-8 Leyte)", which is the text's last sentence's end, no caption.
_PHOTO_CREDIT = re.compile(
    # (not a site's address before the slash: ". (Tribunjogja.com/Bunga Kartikasari)" ends a
    # news portal's text with its reporter's name)
    r"[.。]\s*\((?![\w.]*\.[a-z]{2,}\s?/)(?:[A-Z][\w.]*(?: [A-Z][\w.]*){0,2})\s?/\s?"
    r"(?![A-Z]{2,}-)[A-Z](?:[^\W\d]|[.' -]){1,40}"
    r"(?:,\s*[Ff]ile)?\)\s*$")
# ... or bracketed at its end, as Chinese sites' English editions print them: "... Airport.
# [Photo/Southern Daily]", "[Photo by Xie Zhanzhi]". (Not a Chinese caption's "（记者 王明 摄）":
# Chinese news labels keep captions so credited as text, measured on cwce-dev.)
_BRACKET_CREDIT = re.compile(
    # (or given by someone: "[Photo provided to chinadaily.com.cn]", "[Photo courtesy of …]")
    r"[\[【(（]\s*(?:photos?|pictures?|images?|pic)\s*(?:/|by\b|provided (?:to|by)\b|"
    r"courtesy(?: of)?\b)[^\[\]【】()（）]{2,40}[\]】)）]\s*$"
    # ... or marked a file picture: "…参观。（资料图）", "（資料圖片）", "(File photo)"
    r"|[\[【(（]\s*(?:[资資]料(?:[图圖]片?|照片)|file (?:photo|picture|image))\s*[\]】)）]\s*$"
    # ... or a Japanese picture's, in full-width brackets: "［写真：黒潮町提供］",
    # "（写真提供：県）"
    r"|[［\[【(（]\s*写真(?:提供)?\s*[：:／/]\s*[^［］\[\]【】()（）]{1,30}[］\]】)）]\s*$",
    re.IGNORECASE)
_CLOSERS = (")", "）", "]", "】", "］")

# ... or after a dash or a full stop, labelled: "Vacina é aplicada - Foto: Walterson
# Rosa/MS", "Equipos de respuesta. Foto: Oficina de Comunicaciones MinSalud".
# The word for a photo that labels a credit, in the languages whose Latin word is not
# "foto"/"photo": Russian and Ukrainian, Greek, Turkish, Hebrew, Arabic, Persian, Hindi,
# Japanese, Korean
_PHOTO_WORDS = r"фото|φωτ(?:ογραφία|ο)|fotoğraf|צילום|تصوير|صورة|عکس|फ़ोटो|फोटो|写真|사진|ภาพ"
_LABELLED_CREDIT = re.compile(
    r"(?:\s[-–—|]|[.。])\s*(?:foto(?:grafía|grafia)?|photo|picture|pic|image|imagem|imagen|bild"
    r"|zdjęcie|fotó|ảnh"
    r"|gambar|ภาพ|" + _PHOTO_WORDS + r")s?"
    # (initials in the name: "Ảnh: M.Q")
    # (or a name of capitalized words and its own full stop: "… Image: Tasmania SES.")
    r"\s*:\s*(?:(?:[^.!?:]|\.(?=\w)){2,60}|[A-Z][^.!?:\s]*(?: [A-Z&][^.!?:\s]*){0,4}\.)$"
    r"|[.。]\s*(?:(?:photo|image) )?courtesy of [^.!?:]{2,60}$"
    # ... or abbreviated, as Polish and Czech captions credit them: "… od września. fot. Jan Nowak"
    r"|[.。]\s*fot\.\s*[^.!?:]{2,60}$"
    # ... or in Chinese: "奥克兰市议会周四通过新财年预算。图片来源：中文先驱资料图"
    r"|[.。]\s*(?:图片来源|圖片來源|图片|圖片|摄影|攝影|图|圖)\s*[:：]\s*[^.!?:。！？：]{2,40}$"
    # ... or bracketed at its end: "... in dry weather (Photo: Name/Paper)"
    r"|[(（\[]\s*(?:foto|photo|imagem|imagen|image|bild|zdjęcie|ảnh|gambar|ภาพ|图源|圖源|"
    r"图片来源|圖片來源|" + _PHOTO_WORDS + r")s?(?: credit)?"
    r"\s*[:：]\s*[^()（）\[\]]{2,60}[)）\]]$"
    # ... or a Chinese caption's source of a still: "…回家。（监控视频截图）"
    r"|。[（(][^（）()]{0,12}(?:截图|截圖)[）)]$",
    re.IGNORECASE)
# ... or after a slash, as Korean papers credit them: "... 빌리고 있다. /한빛일보 DB", "/사진=뉴스1"
_SLASH_CREDIT = re.compile(r"[.。]\s*/\s*(?:사진\s*[=:]\s*)?[가-힣][가-힣\w ]{0,20}$")
# The readers' comments under a text: their heading with its count ("Comments (6)",
# "Комментарии (6)", "评论（12）"), an invitation to write one, the site's disclaimer
# about them ("Os comentários são de responsabilidade exclusiva de seus autores")
# What a comments section is called, over its comments or with their count
COMMENT_WORDS = (r"comments?|reviews?|kommentare?|commentaires?|coment[aá]rios?|commenti|"
                 r"komentarze?|komentar|komentari|комментарии|коментарі|коментари|yorumlar|"
                 r"bình luận|评论|网友评论|"
                 r"댓글|독자\s?의견|コメント|التعليقات|hozzászólások|kommentek")
_COMMENTS = re.compile(
    rf"^(?:{COMMENT_WORDS})\s*[(（]\s*\d+\s*[)）]$"
    # a Chinese comments box's heading with its note ("网友评论：（只显示最新10条…）")
    r"|^(?:网友评论|网友留言|读者评论)\s*[:：]"
    # ... or a comment's own head: who, when ("匿名 于 2010-3-6 20:41:18 发表评论：")
    r"|^\S{1,20}\s*于\s*\d{4}-\d{1,2}-\d{1,2}[\d: ]*(?:发表评论|评论|留言)\s*[:：]"
    # ... closed to new ones: "Comments closed."
    r"|^comments? (?:are )?(?:now )?closed\.?$"
    r"|^comentarios (?:est[aá]n )?cerrados(?: para (?:esta|este) (?:nota|art[ií]culo))?\.?$"
    # a prompt over no comments yet: "Be the first to comment on this post."
    r"|^be the first to (?:comment|reply)\b"
    # ... or an invitation with their count: "Join the conversation. 27 comments"
    r"|^(?:join|start) the conversation\.?(?:\s*\d+\s+comments?)?$"
    r"|^(?:leave|post|add|write) a (?:comment|reply)$|^(?:deixe|deja|laissez|lascia) (?:seu |su |"
    r"un |votre |il tuo )?(?:comentário|comentario|commentaire|commento)$|^(?:发表|我要)评论$"
    r"|^(?:the |os |los |les |i |die )?(?:comments?|coment[aá]rios?|commentaires?|commenti"
    r"|kommentare?)\b.{0,40}\bresponsab.{0,40}\b(?:autor|author|auteur)"
    # ... or subject to its rules: "Los comentarios están sujetos a las normas de la comunidad"
    r"|^(?:los |the )?(?:comentarios|comments) (?:están|are) (?:sujetos a|subject to)\b"
    r"|^(?:les |os |i )?(?:commentaires|comentários|commenti) (?:sont soumis à|estão sujeitos a"
    r"|sono soggetti a)\b"
    # ... or open to subscribers only: "Os comentários são exclusivos para assinantes"
    r"|^(?:the |os |los |les |i )?(?:comments?|coment[aá]rios|commentaires|commenti) (?:are|são"
    r"|son|sont|sono) (?:exclusive|exclusivos|réservés|riservati)\b"
    # ... or a sign-in prompt: "Please log in to comment", "Silakan login untuk memberikan
    # komentar"
    r"|^(?:please )?(?:log|sign) ?in to (?:comment|leave a comment|post a comment|join the "
    r"conversation)\b|^silakan (?:login|masuk)\b.{0,40}\bkomentar"
    # ... or its heading and its sign-in prompt: "Votre avis sur cet article", "Pour réagir à
    # cet article, connectez-vous", "To comment, log in", "Para comentar, ingresá"
    r"|^(?:votre avis sur cet article|donnez votre avis)\s*[:?]?$"
    r"|^(?:pour (?:réagir|commenter)(?: à cet article)?|to (?:comment|join the conversation)"
    r"|para (?:poder )?comentar|per commentare),? (?:\w+ ){0,3}(?:connectez|identifiez|abonnez"
    r"|log|sign|ingres|inici|regístr|suscri|accedi|registra)",
    re.IGNORECASE)
# ... or its bare heading closing the text, over nothing or one line about the comments
# ("Comentarios" / "Comenta es un espacio para que los usuarios opinen …")
COMMENTS_HEAD = re.compile(rf"^(?:(?:reader |readers' )?(?:{COMMENT_WORDS})|reacties)\s*:?$"
                           r"|^what do you think\s*\?$", re.IGNORECASE)
_COMMENT_STEM = re.compile(r"coment|comment|kommentar|komentar|opin", re.IGNORECASE)
# Headings that open a related-article list
_RELATED = re.compile(
    r"^(?:相关(?:链接|新闻|阅读|文章|稿件|报道|附件)|延伸阅读|推荐阅读|热点推荐|关联稿件|"
    # Vietnamese: "Tin liên quan", "Bài liên quan", "Tin cùng chuyên mục", "Tin khác"
    r"(?:tin|bài(?: viết)?) (?:liên quan|cùng chuyên mục|khác)|"
    # "更多三立新聞網報導", "更多精彩内容" (traditional characters come folded)
    r"更多[^\s，。、：:]{0,12}?(?:新闻|报道|报导|资讯|文章|阅读|精彩内容|内容)|"
    r"related(?: [\w-]+){0,2}|associated links|see also|"
    # "More news", "Other News in Public Works", "More stories from the council"
    r"(?:more|other)(?: [\w-]+)? (?:news|stories|articles|posts)"
    r"(?: (?:in|from|on|about) [\w&' -]{1,40})?|more from [\w&' .-]{1,40}|"
    # ... in other languages: "Otras noticias de Subte", "Más noticias", "Altre notizie"
    r"(?:más|otras|mais|outras) not[ií]cias(?: (?:de|del|sobre|en|em|da|do) [\w&' -]{1,40})?|"
    r"(?:altre|più) notizie(?: (?:di|su|da|dal|della) [\w&' -]{1,40})?|"
    r"autres (?:actualités|articles)|plus d'actualités|weitere (?:nachrichten|meldungen|artikel)|"
    # ... a French release's links and the office's other releases: "Liens connexes",
    # "Communiqués récents", "Derniers communiqués"
    r"liens connexes|articles connexes|communiqués (?:récents|connexes)|(?:derniers|autres) "
    r"communiqués|"
    # ... Armenian: "Այլ հաղորդագրություններ" (other releases), "Այլ լուրեր" (other news)
    r"այլ (?:հաղորդագրություններ|լուրեր|նորություններ)|"
    r"meer nieuws|ander nieuws|(?:więcej|inne) (?:wiadomości|aktualności)|"
    # ... Korean: a reporter's other stories ("김도영 기자의 다른 기사 보기"), related stories
    r"(?:[가-힣]{2,4}\s?기자의\s?)?다른\s?기사(?:\s?보기)?|관련\s?기사|"
    # Swedish, Norwegian, Danish, Finnish: "Fler nyheter", "Flere nyheter", "Flere nyheder",
    # "Lisää uutisia"
    r"(?:fler|flere|andra|andre) (?:nyheter|nyheder|artiklar|artikler)|lisää uutisia|"
    # "Other Local Headlines", "More headlines", "Top headlines from the region"
    r"(?:more|other|latest|top)(?: [\w-]+)? headlines(?: (?:in|from|on|about) [\w&' -]{1,40})?|"
    r"(?:more|other|latest|recent) (?:press |news |media )?releases|"
    r"recent (?:posts|articles|stories)|"
    r"latest (?:posts|articles|stories)|also in(?: [\w-]+){1,3}|"
    r"read more|(?:what to )?read next|further information|siehe auch|verwandte themen|"
    # a science desk's box of earlier stories: "Explore further", "Keep exploring"
    r"explore further|keep exploring|"

    # ... and "read more" in Portuguese, Spanish, Dutch, German, Polish as a box's heading
    r"leia (?:mais|também)|le[ea]r? (?:más|también)|lees (?:meer|ook)|weiterlesen|"
    r"czytaj (?:więcej|także)|"
    r"weitere informationen|más información|mais informações|più informazioni|"
    r"plus d'informations|meer informatie|"
    # "related news" as a box's heading in other languages: "Noticia relacionada", "Notícias
    # relacionadas", "Artículos relacionados", "Articoli correlati", "Articles liés",
    # "Verwandte Artikel"
    r"(?:noticias?|not[ií]cias?|art[ií]culos?|mat[eé]rias?|conte[uú]dos?) relacionad[oa]s?|"
    r"(?:articoli|notizie) correlat[ie]|articles? li[ée]s|sur le même sujet|"
    r"(?:verwandte|ähnliche) (?:artikel|beiträge)|"
    r"pour en savoir plus|en savoir plus|para saber más|mehr erfahren|"
    # "You may be interested in": "Te puede interesar", "Quizás te interese"
    # ... also after the reader's liking: "If you liked this post, you might also like:"
    r"(?:if you (?:liked|enjoyed) this (?:post|article|story|piece)[,.]? )?"
    r"you (?:may|might) (?:also )?(?:be interested in|like|enjoy)"
    r"(?: (?:the following|these) [\w ]{1,30})?|"
    r"(?:también )?te puede interesar|le puede interesar|quizás te interese|"
    # a portal's boxes of its other news: "In evidenza", "Latest news", "Últimas noticias"
    r"in evidenza|in primo piano|ultime notizie|latest news|últimas noticias|"
    r"dernières (?:actualités|nouvelles)|aktuelle meldungen|neueste (?:meldungen|nachrichten)|"
    r"laatste nieuws|najnowsze (?:wiadomości|aktualności)|"
    # lists of the most read: "Most read", "Meistgelesen", "Más leídas", "الأكثر قراءة"
    r"most (?:read|popular|viewed)|trending(?: (?:now|stories|news|articles|topics))?|"
    r"meistgelesen|les plus lus|más leíd[ao]s|lo más leído|"
    r"mais lid[ao]s|più lett[ie]|najczęściej czytane|الأكثر قراءة|الأكثر مشاهدة|"
    r"热门(?:文章|新闻|排行)|阅读排行|点击排行)\s*[:：]?$",
    re.IGNORECASE,
)


# Promotion lines news and portal CMSs insert between paragraphs: "READ MORE: <headline>",
# "Related: <headline>", newsletter and share prompts.
_PROMO = re.compile(
    r"^(?:(?:read|see|watch|listen|view) (?:more|also|next|now|related)|read|"
    r"related(?: (?:article|story|coverage|reading|news|content))?|also on [\w.]+|also read|"
    r"more from [\w .]+|don[’']?t miss|"
    r"recommended(?: for you)?|trending|must read|top stories|editor[’']?s picks?|pilihan editor|"
    # a classified ad set in the text: "TEXT AD: Call …", "Sponsored ad: …"
    r"(?:text|sponsored|paid|classified) ad|advertisement|"
    r"更多|相关阅读|延伸阅读|推荐阅读|lesen sie auch|mehr zum thema|auch interessant|"
    # "read also" in other languages: Indonesian, Portuguese, Spanish, French, Polish, Italian
    r"baca juga|lihat juga|leia (?:também|mais)|le[eé] (?:también|más)|"
    r"(?:[aà] )?lire (?:aussi|[ée]galement)|"
    r"czytaj (?:też|także|więcej)|leggi anche|"
    # ... Romanian, Hungarian, Czech, Slovak, Croatian, Nordic, Dutch, Finnish
    r"cite[sș]te (?:[sș]i|mai mult)|vezi [sș]i|olvassa el (?:ezt )?is|olvasta már\?|"
    r"čtěte (?:také|též|více)|čítajte (?:aj|tiež)|pročitajte (?:i|još)|pogledajte i|"
    # ... in Serbian Cyrillic ("ПРОЧИТАЈТЕ ЈОШ:", "ПОГЛЕДАЈТЕ И:") and Swahili ("Soma zaidi:",
    # "Soma pia:")
    r"прочитајте (?:и|још)|погледајте и|soma (?:zaidi|pia)|"
    # ... Albanian ("LEXO EDHE: …"), Armenian ("Կարդացեք նաև"), Irish ("Léigh freisin"),
    # Welsh ("Darllen mwy"), Faroese ("Les eisini")
    r"lexo (?:edhe|më shumë)|կարդացեք նաև|léigh freisin|darllen mwy|les eisini|"
    r"läs (?:också|även|mer)|læs (?:også|mere)|les også|lees ook|lue myös|lue lisää|"
    # "see also" in other languages: Polish, German, French, Spanish, Portuguese, Italian, Dutch
    r"zobacz (?:też|także|również)|siehe auch|voir aussi|ver también|veja também|vedi anche|"
    r"zie ook|"
    # ... Greek ("ΔΙΑΒΑΣΤΕ ΕΠΙΣΗΣ:"), Indonesian "see also" ("Simak juga: …")
    r"διαβ[άα]στε (?:επ[ίι]σης|ακ[όο]μα)|simak juga|"
    # ... Arabic ("اقرأ أيضًا: …", "إقرأ ايضا"), Thai ("อ่านข่าวที่เกี่ยวข้อง : …"), Hindi ("ये भी
    # पढ़ें - …")
    r"[اإ]قرأ (?:أ|ا)يض(?:ًا|اً|ا)|อ่านข่าวที่เกี่ยวข้อง|อ่านเพิ่มเติม|(?:ये|यह) भी पढ़ें|"
    # ... Hebrew "read more / also", perhaps "in <the paper>" ("קראו עוד בכלכליסט: …")
    r"קר(?:או|א) (?:עוד|גם)(?: ב\S+)?|"
    # ... Pashto "read this too" ("دا هم ولولئ: …")
    r"دا هم ولولئ|"
    # Spanish-language papers' "see" and "read": "MIRA: <headline>", "LEE TAMBIÉN: …"
    r"mira|lee|lea|lee también|lea también|(?:también )?te puede interesar|le puede interesar|"
    # ... "LEE AQUÍ: …", "TE RECOMENDAMOS: …", "CHECA: …"
    r"le[ea] aqu[ií]|te recomendamos|le recomendamos|checa|"
    # Tagalog "read (also)": "BASAHIN: <headline>"
    r"basahin(?: din| rin)?|"
    # a broadcaster's related link set off by a bar: "MORE | Where to find …"
    r"more(?=\s*\|)|"
    # ... a Spanish blog network's, after the blog's name: "En Genbeta | 17 trucos de …"
    r"en [\w.]+(?= \|))"
    r"\s*[:：|\-–]"
    # ... an Indonesian portal's video under its title in quotation marks ("Simak Video
    # "Potret Banjir Rob …"")
    r"|^simak video\s*[:：\"“]"
    # ... a chain's "More:" over a related headline ("More: Weaverville library reopens …")
    r"|^more\s*:\s*\S"
    # ... or alone on its line, the links under it gone (the line only: what follows is
    # text again or a list the other rules judge)
    r"|^(?:lesen sie auch|(?:[aà] )?lire (?:aussi|[ée]galement)|leia também|le[eé] también"
    r"|baca juga|czytaj (?:też|także)|leggi anche|read also|also read|läs också|lees ook|čtěte také"
    r"|cite[sș]te [sș]i|les også|læs også|lue myös)\s*$"
    # ... an invitation to send the newsroom a story ("Do you have a story for The Sun news
    # desk?", "Do YOU know more? Email tips@…") and its address line
    # ... a recipe's rating prompt ("Did you love the recipe? Give us some stars …") and a
    # product box's "Prices may vary."
    r"|^did you (?:love|like|make|try|enjoy) (?:the|this) recipe\?|^prices may vary\.?$"
    r"|^(?:do you have a story for\b|do you know more\?|got a (?:news )?(?:story|tip)\b.{0,40}\?"
    # ... in French: "Vous avez un scoop à nous transmettre?"
    r"|vous avez un scoop\b.{0,40}\?)"
    r"|^email us at \S+@\S+ or call\b"
    # ... a paywall's offer and its login ("Unlock 30+ premium stories daily …", "Already
    # subscribed? Log in") and a publisher's note on the text's free use ("This article is
    # made freely available for personal use …")
    r"|^unlock\b.{0,60}\bpremium\b|^already (?:a )?(?:subscribed|subscriber|member)\?"
    r"|^this article is (?:made )?freely available\b"
    r"|^(?:like this (?:story|article)|share (?:this|it)|subscribe (?:to|for|now)|"
    r"sign up (?:for|to|now)|get (?:the|our) [\w ’'-]{0,40}(?:newsletter|inbox|updates)|"
    # an alerts prompt: "Get breaking news alerts", "Be the first to know when …"
    r"get [\w ’'-]{0,30}(?:alerts|notifications)$|be the first to know\b|"
    r"get [\w ’',-]{0,40}(?:updates|news|stories) (?:delivered |sent )?(?:in|to|straight to)"
    r" your inbox|"
    r"follow us on|click here to|tap here to|we (?:use|value) cookies|"
    # ... a prompt that ends on its form ("… support our work, subscribe below:"; not "Follow
    # NBC Latino on Facebook, Twitter and Instagram.", which news-aeb's labels keep)
    r".{0,120}\bsubscribe below:?$|"
    # an outlet's app or streaming channel: "Download the free KARE 11+ app for Roku, …",
    # "Watch more on KARE 11+" alone on its line
    r"[^\w\s]{0,3}\s*download (?:our|the) (?:free )?(?:[\w’'+&.-]+ ){0,4}app\b|"

    # a subscriber's gift link and a review's note on how it tests: "Gift this article",
    # "Subscribers can gift 10 articles each month", "Why you can trust TechRadar We spend …"
    r"gift (?:this|the) (?:article|story)$|subscribers can gift\b|"
    # the outlet's channel on a messenger, its own podcast: "Join The Irish Times on WhatsApp
    # and stay up to date", "Listen to our Inside Politics podcast for …"
    r"join [\w ’'.-]{1,40} on (?:whatsapp|telegram)\b|listen to our [\w ’'-]{0,40}podcast\b|"
    # a broadcaster's prompt to hear it live in its app: "Listen to LBC live, wherever you
    # are, on Global Player, the official LBC app."
    r"listen to [\w ’'.,&+-]{1,120}\bapp\.?$|"
    # a review's shop offer under the text: "Interested in buying a Kia EV3?", "Find the best
    # new Kia deals with …'s trusted partners", "Get a deal"
    r"interested in buying (?:a|an|the|one)\b[^.?!]{1,60}\?$|get a deal$|"
    r"find the best (?:new |used )?[\w ’'.-]{1,40} deals\b|"
    # (the note with its text on one line: a heading "Why You Can Trust Our Content" over
    # the text's own section stays)
    r"why you can trust \S.{0,40}?\s(?:we|our experts?) \w+|"
    r"(?:watch|read|listen to) more (?:on|at) [\w .’'+&-]{1,30}$|"
    # an article's audio version: "Listen to this article" (its credit: _NARRATION)
    r"listen to this (?:article|story)\b.{0,40}$|"
    # "Sigue toda la información de … en Facebook y X, o en nuestra newsletter semanal"
    r"sigue (?:toda )?(?:la )?(?:información|actualidad|última hora)\b.{0,80}\b(?:facebook|"
    r"twitter|instagram|whatsapp|telegram|newsletter|boletín)\b|"
    # an invitation to the outlet's video channel: "Watch the latest news from the Twin
    # Cities in our YouTube playlist", "Subscribe to our YouTube channel"
    r"(?:watch|subscribe to|see) [\w ’'-]{0,60}\b(?:on|in|to) (?:our|the) youtube "
    r"(?:playlist|channel)\b|"
    r"this (?:site|website) uses cookies|"
    # a newsletter form's messages: "Thanks for signing up!", "Keep an eye on your inbox"
    r"thanks? (?:you )?for (?:signing up|subscribing)|keep an eye on your inbox|"
    r"\W{0,3}(?:awesome, |great, |success! )?you(?:'|’)?re (?:now )?subscribed\b|"
    # a sign-up form's small print: "* To unsubscribe at any time, please use …"
    r"\W{0,3}(?:to )?unsubscribe at any time\b|"
    r"join our [\w ’'-]{0,30}newsletter\b|"
    r"there was an error processing your (?:subscription|request|sign-?up)|"
    # an appeal for money or for a messenger channel: "Make your gift today", "Donate now",
    # "Join our Telegram channel", "📲 Participe do canal ... no WhatsApp"
    r"(?:make (?:a|your) (?:gift|donation)|donate (?:now|today))\b|"
    # "Support independent local news" (the text under it: _APPEAL)
    r"support (?:independent|local|nonprofit|quality|our)(?: local| independent)? "
    r"(?:news|journalism|reporting)[.!]?$|"
    r"(?:independent |quality |local )?(?:journalism|reporting) needs your support[.!]?$|"
    # a prompt to report a mistake: "Spotted an error? Let us know", "Encontrou algum erro?
    # Entre em contato", "¿Encontraste un error?"
    r"(?:found|spotted|see) an? (?:error|mistake|typo)\b.{0,60}$|"
    r"encontrou (?:algum|um) erro\b.{0,60}$|"
    r"¿?encontr(?:aste|ó) (?:algún|un) error\b.{0,60}$|"
    # (and a Swiss chain's "Fehler gefunden? Jetzt melden." under every article)
    r"fehler gefunden\s*\??(?:\s*jetzt melden\.?)?$|fehler melden$|"
    r"ist ihnen (?:in diesem (?:artikel|beitrag) )?ein "
    r"fehler aufgefallen\b.{0,200}$|"
    # (a label may open it: "PAY ATTENTION: Join … Telegram channel!")
    r"\W{0,3}(?:[^\W\d][\w ]{0,20}:\s*)?"
    r"(?:join|follow|participe d[oa]|entre n[oa]|siga|únete a|suivez) .{0,60}"
    r"\b(?:whatsapp|telegram|signal) (?:channel|canal|chaîne|group|grupo)\b"
    r"|\W{0,3}(?:join|participe d[oa]|entre n[oa]|únete a|rejoignez) .{0,40}"
    r"\b(?:canal|channel|chaîne|grupo|group) .{0,40}\b(?:whatsapp|telegram)\b"
    # ... or the news on the reader's messenger: "📲 Receba as notícias do Cruzeiro do Sul no
    # seu WhatsApp", "Recibe las noticias en tu WhatsApp", "Get our news on Telegram"
    r"|\W{0,3}(?:receba|recibe|reciba|ricevi|recevez|get) .{0,60}\b(?:no|pelo|en|por|su|on"
    r"|sur) (?:o |seu |tu |su |your |votre )?(?:whatsapp|telegram)\b)",
    re.IGNORECASE,
)

# A promotion's label run into its headline where an app renders them as two elements without
# a space ("Read NextRugby Australia confirms …", "Watch now on RugbyPass TVSuper Rugby …"):
# the label's last letter lower case, the headline's first upper case (case-sensitive)
_GLUED_LABEL = re.compile(r"^(?:Read|Watch|See|Listen|View) (?:[Nn]ext|[Nn]ow|[Mm]ore|[Aa]lso)"
                          r"(?: on [\w ]{1,30}[a-z])?(?=[A-Z])"
                          # ... or a site's pick before it: "Simply Recipes Recommends The
                          # Strawberry Rhubarb Crisp Our Readers Make Every Spring"
                          r"|^[A-Z][\w’'&.]*(?: [A-Z][\w’'&.]*){0,3} Recommends (?=[A-Z])")
# A paywall's pitch opening with the offer ("Get unlimited access to premium content, the
# digital edition …"; a review's "… for unlimited access" is the product's), and a
# newsletter's invitation as a sentence of its own ("… direct to your inbox every weekday.
# Sign up for the Daily Brief"; "readers can sign up for our newsletter" is a note's)
_PAYWALL_PITCH = re.compile(r"^(?:get|enjoy|unlock|gain) unlimited (?:digital )?access\b"
                            # ... or leading up to it: "Did you know with a Digital
                            # Subscription to the Evening Post, you can get unlimited access"
                            r"|^(?:did you know )?(?:that )?with an? (?:digital )?subscription\b"
                            r".{0,80}\byou (?:can |will )?(?:get|enjoy|have) unlimited access\b"
                            # ... or a subscription's price: "Unlock in-depth analysis …
                            # Subscribe now at ₹49 for the first month"
                            r"|\bsubscribe (?:now|today) (?:at|for) (?:just |only )?"
                            r"(?:[$€£₹¥]|rs\.? ?|inr ?)\d"
                            # ... or a metered wall's count: "You have read 2 of your 3 free
                            # articles this month. Register … or subscribe for unlimited access"
                            r"|\byou(?:'ve|’ve| have) read \d+ of (?:your )?\d+ free "
                            r"(?:articles|stories)\b", re.IGNORECASE)
# A newsroom's call for stories with its address: "Share your outstanding story with our
# editors! Please reach us through news@… or WhatsApp", "Got a news tip? Email …" (a police
# appeal for information, "send tips to …", is the release's)
_TIP_LINE = re.compile(r"\b(?:share|send|tell)(?: us)? your (?:[\w-]+ ){0,2}stor(?:y|ies)\b"
                       r"|\b(?:got|have) a (?:news )?story\b|\bnews ?tips?\b"
                       # ... in Swedish, Norwegian, Danish: "Har du ett tips? Kontakta
                       # nyhetsdesken på nyhetstips@…", "Tips oss på …"
                       r"|\bhar du (?:et |ett )?tips\b|\bnyhetstips\b|^tips oss\b"
                       # ... French: "Vous avez des informations à nous communiquer sur cette
                       # histoire? Écrivez-nous à …"
                       r"|^vous avez (?:des informations|un scoop)\b"
                       # ... Polish: "Masz newsa, zdjęcie lub filmik? Prześlij nam przez …",
                       # "Byłeś świadkiem zdarzenia? … Napisz do nas na kontakt@…"
                       r"|^masz newsa\b|^(?:byłeś|byłaś|byliście) świadkiem\b", re.IGNORECASE)
# ... or the web address it takes them at ("Prześlij nam przez dziejesie.wp.pl")
_WEB_ADDRESS = re.compile(r"\b[\w-]+(?:\.[\w-]+)*\.[a-z]{2,6}\b", re.IGNORECASE)
# ... and its telephone number, where it gives no address ("Har du tips? Kontakta …
# nyhetsdesk via Tipsa eller ring 08-411 11 23.")
_PHONE = re.compile(r"\d{2,4}[- ]\d{2,4}[- ]\d{2,4}")
# ... or the paper's invitation to write to it: "Write a letter to the editor, share a story
# tip or update, or report an error."
_WRITE_TO_US = re.compile(r"^(?:write|send|submit) a letter to the editor\b"
                         # ... or to its corrections address: "Email pged@… to point out
                         # mistakes, provide story tips or send in a letter for publication"
                         r"|^e-?mail \S+@\S+ to (?:point out|report|flag) (?:a |any )?"
                         r"(?:mistakes?|errors?|corrections?)\b", re.IGNORECASE)
# ... or the call for readers' tips, pictures and videos to an address or a messenger: "Ako
# imate informacije, fotografije ili snimke …, pošaljite ih na vesti@… ili putem Vibera.",
# "If you have photos or video of the storm, send them to news@…"
_READER_TIP = re.compile(r"^(?:if you have|ako imate|si (?:vous avez|tienes|tiene|usted tiene)|"
                         r"se (?:você )?tiver|wenn sie|haben sie|jeśli masz|se avete|als u)\b"
                         r"(?=.{0,120}\b(?:informa\w*|fotos?|fotografi\w*|photos?|pictures?|"
                         r"videos?|vídeos?|snimk\w*|zdjęci\w*|hinweise?|tips?)\b)"
                         r"(?=.*(?:@|whatsapp|viber|telegram))", re.IGNORECASE)
# ... in Chinese: "【如果您有新闻线索，欢迎向我们报料，一经采纳有费用酬谢。…】"
_CN_TIP_LINE = re.compile(r"^[【\[]?(?:如果您有|如您有|如有|欢迎提供)?(?:新闻)?线索"
                          r"[^】\]]{0,60}[报爆]料")
_NEWSLETTER_PITCH = re.compile(r"(?:^|[.!?]\s+)sign up (?:for|to|now)\b"
                               # ... or closing a sentence that sells it: "Don't miss the
                               # biggest stories … by signing up to the ECHO Daily newsletter"
                               r"|\bby signing up (?:to|for) (?:[\w’'&.-]+ ){0,5}newsletters?\b"
                               # (or its e-mail briefing: "Keep up to date … by signing up
                               # to our free daily email briefing.")
                               r"|\bby signing up (?:to|for) (?:[\w’'&.-]+ ){0,5}e-?mail "
                               r"briefings?\b", re.IGNORECASE)
# A sign-up form's small print left under the text: "By signing up, you agree to our User
# Agreement and Privacy Policy …", "This site is protected by reCAPTCHA and the Google
# Privacy Policy and Terms of Service apply."
_FORM_CONSENT = re.compile(r"^by (?:signing up|subscribing|registering|submitting|clicking)"
                           r"\b[^.]{0,40}, you (?:agree|acknowledge|consent)\b"
                           r"|\bprotected by recaptcha\b", re.IGNORECASE)
#: Longest such line.
MAX_FORM_CONSENT = 300
# A closing prompt to follow the office's accounts, among the sentences of its boilerplate:
# "The DOH website is your source for … Find us on Facebook and follow us on X."
_SOCIAL_PROMPT = re.compile(r"^follow us\s*:?\s*(?:(?:facebook|twitter|x|instagram|youtube|linkedin"
                            r"|tiktok|flickr|threads)\s*[|,/·•]?\s*){1,8}$"
                            r"|\b(?:follow|find|like) (?:us|@\w+) on (?:facebook|x|twitter"
                            r"|instagram|linkedin|youtube|tiktok|threads|bluesky|mastodon)\b",
                            re.IGNORECASE)
#: Longest line read as such a prompt (a sentence or three of boilerplate).
MAX_SOCIAL_PROMPT = 250
# A subscription offer closing a line: "¡Estás leyendo El Comercio! … Suscríbete aquí."
# (tried only on lines that hold "scr" or "abonn": its open run costs on every line)
_SUBSCRIBE_OFFER = re.compile(r".{0,200}\b(?:suscr[ií]bete|subscribe|abonnez-vous|abonnieren sie)"
                              r" (?:aquí|here|now|ahora|ici|jetzt)[.!]?$"
                              # ... or opening it, the offer's time and what comes with it:
                              # "Abonnez-vous dès maintenant et profitez de la fonction audio."
                              r"|^(?:abonnez-vous|subscribe|suscr[ií]bete|abonnieren sie)"
                              r" (?:dès maintenant|now|today|ahora|jetzt)\b.{0,120}$"
                              # ... or opening it, for the outlet's newsletters: "Suscríbete aquí
                              # para recibir directo en tu correo nuestras newsletters …"
                              r"|^(?:suscr[ií]bete|subscribe|inscreva-se|abonnez-vous|iscriviti)"
                              r"\b.{0,40}\b(?:para recibir|to (?:get|receive)|para receber"
                              r"|pour recevoir|per ricevere)\b.{0,200}\b(?:newsletters?|boletines"
                              r"|boletim|lettres? d'information)\b", re.IGNORECASE)

# An appeal closing a line about the outlet: "We rely on readers like you. Donate today.",
# "The Courier is a nonprofit newsroom. Your donation keeps our reporting free for everyone."
_APPEAL = re.compile(
    r"^(?:.{0,400}[.!]\s+(?:donate|give (?:today|now)|make (?:a|your) (?:gift|donation)"
    r"|become a (?:member|supporter)|"
    r"support (?:us|our (?:work|journalism)))\b[^.!?]{0,30}[.!]?$|"
    r".{0,200}\b(?:newsroom|journalism|reporting)\b.{0,200}\byour (?:donation|gift|support|"
    r"contribution) (?:keeps|makes|helps|powers|allows)\b.{0,120}$"
    # ... in Spanish, Portuguese, Italian, French: "Para seguir haciendo el periodismo que nos
    # define, necesitamos el apoyo de nuestros lectores."
    r"|.{0,200}\b(?:periodismo|jornalismo|giornalismo|journalisme)\b.{0,200}"
    r"\b(?:necesitamos|precisamos|abbiamo bisogno|nous avons besoin)\b.{0,40}"
    r"\b(?:apoyo|apoio|sostegno|soutien)\b.{0,200}$"
    # ... and its heading: "Página12 te necesita", "O Público precisa de si"
    r"|[\w .’'-]{1,40} (?:te|lo|los|nos) necesita[.!]?$"
    r"|[\w .’'-]{1,40} precisa de (?:si|você|ti)[.!]?$)",
    re.IGNORECASE,
)
# One of the words "donat", "gift", "member", "support", "contribution" is in every appeal;
# the pattern's open runs are tried only then (tried on every line, they were a third of
# the chrome test's time).


# A related article's link set in the text with a marker: "▶ 관련기사 : …", "【関連記事】…",
# "【相关阅读】…", "Tin liên quan: …", "Xem thêm: …", "İlgili haber: …", "اقرأ أيضا: …"
_RELATED_LINK = re.compile(
    r"^[▶►▷→☞■●※]?\s*(?:관련\s?기사|관련\s?뉴스|関連[記记]事|関連ニュース|相关(?:新闻|阅读|报道|文章)|"
    r"相關(?:新聞|閱讀|報導|文章)|阅读更多|閱讀更多|更多阅读|更多閱讀|延伸阅读|延伸閱讀|"
    r"tin liên quan|xem thêm|đọc thêm|ilgili haber|ayrıca oku|اقرأ أيضا|اقرأ أيضاً|"
    r"te puede interesar|ver también|leia mais|lees ook|läs också|czytaj więcej|further reading|"
    # Hindi, Swahili, Ukrainian
    r"यह भी पढ़ें|ये भी पढ़ें|soma pia|читайте також|"
    # (Georgian "also read")
    r"ასევე წაიკითხეთ|"
    # Russian, Bulgarian, Serbian and Macedonian
    r"читайте также|смотрите также|прочетете още|прочитајте (?:још|и)|прочитајте повеќе)\s*[:：]"
    r"|^【(?:関連[記记]事|関連|관련기사|相关(?:新闻|阅读|报道|文章|链接)|延伸阅读|推荐阅读)】",
    re.IGNORECASE)


# An invitation to the outlet's messenger channel with its link, in any language ("Mari
# bergabung di Grup Telegram "… News Update", caranya klik link https://t.me/…"); a story
# that quotes a Telegram channel gives no link
_MESSENGER_INVITE = re.compile(
    r"\b(?:whatsapp|telegram)\b.{0,40}?\b(?:channel|canal(?:ul)?|chaîne|group|grupo|grup|saluran"
    r"|kanal)\b"
    r"|\b(?:channel|canal(?:ul)?|chaîne|group|grupo|grup|saluran|kanal)\b.{0,40}?"
    r"\b(?:whatsapp|telegram)\b",
    re.IGNORECASE)
# ... in Arabic, the verb and the messenger: "اشترك فى قناة … على تليجرام" (subscribe to …'s
# channel on Telegram), "انضم إلى قناتنا على واتساب"
_AR_CHANNEL_INVITE = re.compile(r"(?:اشترك|اشتركوا|انضم|انضموا|تابع|تابعوا)[^.!؟]{0,60}"
                                r"(?:تليجرام|تيليجرام|تلغرام|تيلجرام|واتساب|واتس اب)")
# ... its link, or the invitation's verb, said to the reader ("Abonează-te la canalul nostru",
# "Join our WhatsApp channel", "Únete a nuestro canal"): a story about a channel says neither
_LINK_TEXT = re.compile(r"https?://|\bwww\.|\bt\.me/|\b(?:join|subscribe|follow)\s+(?:us|our)\b"
                        r"|^(?:siga|segue) o canal\b|^sigue (?:el|nuestro) canal\b"
                        r"|abonează-te|urmărește-ne|únete|suscríbete|síguenos|inscreva-se|siga-nos"
                        r"|rejoignez|abonnez-vous|iscriviti|seguici|dołącz|bergabung|gabung(?:lah)?\s"
                        r"|katılın|takip edin", re.IGNORECASE)
#: The longest line an invitation to a messenger channel runs to.
MAX_INVITE_CHARS = 400


# An invitation to follow the outlet on Google News: "NTV.com.tr'yi Google News üzerinden
# takip edin", "Follow us on Google News", "Síguenos en Google News"
_GOOGLE_NEWS = re.compile(r"\b(?:follow|takip|folg|suive|sígu|sigu|segu|ikuti|obserwuj|sleduj"
                          r"|theo dõi"
                          # ... in Romanian, Hungarian, Croatian and Serbian, Slovenian, Dutch,
                          # Swedish, Danish and Norwegian, Finnish, Estonian, Latvian and
                          # Lithuanian, Greek, Bulgarian: "Urmărește-ne pe Google News"
                          r"|urmăr|urmar|kövess|prati|sledi|volg|följ|følg|seuraa|jälgi|sek"
                          r"|ακολουθ|последва)")
MAX_GOOGLE_NEWS = 120
# A pointer to the story's whole text elsewhere, under an excerpt or a syndicated copy:
# "Read the full article on ANSA.it", "Leggi l'articolo completo su ANSA.it", "Lire l'article
# complet sur …", "Lee la noticia completa en …", "Den ganzen Artikel lesen"
_FULL_STORY = re.compile(
    r"^(?:read|see|view) the (?:full|whole|complete|entire) (?:article|story|report|interview"
    r"|text)\b|^(?:leggi|lee|lea|lire|leia) (?:l['’]articolo|la notizia|el artículo|la noticia"
    r"|l['’]article|a matéria|a notícia|o artigo) (?:complet[oa]?|integrale|en entier)\b"
    r"|^(?:den )?(?:ganzen|vollständigen) (?:artikel|beitrag) (?:lesen|auf)\b", re.IGNORECASE)
MAX_FULL_STORY = 120
# An article's audio version's credit: "Produced by ElevenLabs and News Over Audio (NOA) using
# AI narration." (looked for on the lines that name a narration or a voice only: a pattern
# that reads up to the phrase on every line cost a tenth of the promotion test)
_NARRATION = re.compile(r"\busing (?:ai|artificial intelligence|automated|synthetic) "
                        r"(?:narration|voices?)[.!]?$", re.IGNORECASE)
MAX_NARRATION = 150


# An outlet's blurb that ends on its app: "Discover the latest Business News … or download the
# Moneycontrol App to stay updated!"
_APP_BLURB = re.compile(r"\bdownload (?:our|the) (?:free )?(?:[\w’'+&.-]+ ){0,4}app to stay "
                        r"(?:updated|informed|up to date)[.!]?$", re.IGNORECASE)
#: Longest such blurb.
MAX_APP_BLURB = 320


# A "read also" label before its headline with only a space between them, the label set in
# its own element ("<strong>Lire aussi</strong> <a>Nordstad : le tram …</a>"): the headline
# opens with a capital (checked in code: the pattern ignores case)
_READ_ALSO_BEFORE = re.compile(
    r"^(?:lesen sie auch|(?:[aà] )?lire aussi|leia também|le[eé] también|baca juga"
    r"|czytaj (?:też|także)|leggi anche|read also|also read|läs också|lees ook|čtěte také"
    r"|cite[sș]te [sș]i|les også|læs også|lue myös|pročitajte (?:i|još))\s+", re.IGNORECASE)
#: Longest such line.
MAX_READ_ALSO = 200


# ... an app's download as a step: the app named and what to do with it
_APP_STEP = re.compile(r"^- download (?:our|the) (?:free )?(?:[\w’'+&.-]+ ){0,4}app to \w+",
                       re.IGNORECASE)


def _is_promo(line: str) -> bool:
    """A promotion line: "READ MORE: …", a related article's link, a newsletter or share
    prompt, an appeal."""
    if _PROMO.match(line) or _RELATED_LINK.match(line) or _GLUED_LABEL.match(line):
        return True
    if (len(line) <= MAX_READ_ALSO and (also := _READ_ALSO_BEFORE.match(line))
            and line[also.end():also.end() + 1].isupper()):
        return True
    low = line.lower()
    if "download" in low and len(line) <= MAX_APP_BLURB and _APP_BLURB.search(line):
        return True
    if ("เพิ่มเพื่อน" in line or "friend" in low) and _LINE_ACCOUNT.match(line):
        return True
    if ("scr" in low or "abonn" in low) and _SUBSCRIBE_OFFER.match(line):
        return True
    if ("报料" in line or "爆料" in line) and len(line) <= MAX_RELEASE_SUBSCRIPTION and (
            _CN_TIP_LINE.match(line)):
        return True
    if "google news" in low and len(line) <= MAX_GOOGLE_NEWS and _GOOGLE_NEWS.search(low):
        return True
    if len(line) <= MAX_FULL_STORY and _FULL_STORY.match(line):
        return True
    if "narration" in low or "voice" in low:
        return len(line) <= MAX_NARRATION and _NARRATION.search(line) is not None
    if ("جرام" in line or "غرام" in line or "واتس" in line) and len(line) <= MAX_INVITE_CHARS and (
            _AR_CHANNEL_INVITE.search(line)):
        return True
    # (the channel's own address with the messenger named: "Kövesse az Indexet a Telegramon
    # is: t.me/indexhu")
    if "t.me/" in low and "telegram" in low and len(line) <= MAX_INVITE_CHARS:
        return True
    if (("whatsapp" in low or "telegram" in low) and len(line) <= MAX_INVITE_CHARS
            and _LINK_TEXT.search(line) and _MESSENGER_INVITE.search(line)):
        return True
    if len(line) <= MAX_RELEASE_SUBSCRIPTION and (
            # (the call first: one search for most lines, not three)
            _TIP_LINE.search(line) and ("@" in line or "whatsapp" in low or _PHONE.search(line)
                                        or _WEB_ADDRESS.search(line))
            or ("unlimited" in low or "subscribe" in low) and _PAYWALL_PITCH.search(line)
            or "sign" in low and ("newsletter" in low or "inbox" in low or "digest" in low
                                  or "briefing" in low)
            and _NEWSLETTER_PITCH.search(line)):
        return True
    if len(line) <= MAX_RELEASE_SUBSCRIPTION and (_WRITE_TO_US.match(line)
                                                  or _READER_TIP.match(line)):
        return True
    if len(line) <= MAX_FORM_CONSENT and ("recaptcha" in low or low[:3] == "by ") and (
            _FORM_CONSENT.search(line)):
        return True
    if len(line) <= MAX_SOCIAL_PROMPT and (
            " us on " in low or " @" in low or low.startswith("follow us")) and (
            _SOCIAL_PROMPT.search(line)):
        return True
    # (the words' stems tried first: the patterns on every short line cost a quarter more)
    if len(line) <= MAX_RELEASE_SUBSCRIPTION and ("pres" in low or "comunicat" in low
                                                  or "communiqu" in low or "persber" in low
                                                  or "komunikat" in low) and (
            _RELEASES.search(low) and _BY_MAIL.search(low) and _OFFER.search(low)):
        return True
    # ... or its news, the line opening with the offer ("Recibe las noticias del
    # Ayuntamiento en tu correo electrónico o mediante RSS.")
    if len(line) <= MAX_RELEASE_SUBSCRIPTION and _NEWS_OFFER.match(low) and _BY_MAIL.search(low):
        return True
    # (the words tried one by one: a generator over them cost twice the promotion pattern)
    return ("donat" in low or "gift" in low or "member" in low or "support" in low
            or "contribution" in low or "necesita" in low or "apoyo" in low or "apoio" in low
            or "precisa" in low or "sostegno" in low or "soutien" in low
            ) and _APPEAL.match(line) is not None


# An office's offer to send its press releases by e-mail or feed ("Sie möchten die
# Pressemitteilungen der Stadt per E-Mail erhalten? Hier anmelden …", "Ricevi ogni settimana
# i comunicati stampa … nella tua casella di posta"): the newsroom's, under every release
_RELEASES = re.compile(r"press(?:e)?[- ]?(?:releases?|mitteilungen|meldungen)|comunicati stampa"
                       r"|communiqués de presse|notas de prensa|persberichten|komunikaty prasowe")
_BY_MAIL = re.compile(r"e-?mail|\brss\b|newsletter|abonn|casella di posta|inbox|subscri|suscri"
                      r"|boîte (?:mail|aux lettres)|correo electr")
# (an offer, not a sentence that names releases sent by e-mail)
_OFFER = re.compile(r"receiv|erhalten|bekommen|ricev|recev|recib|subscri|suscri|anmeld|abonn"
                    r"|sign up|iscri|inscri|ontvang|otrzym")
#: Longest such offer (a sentence or two).
MAX_RELEASE_SUBSCRIPTION = 250
_NEWS_OFFER = re.compile(
    r"(?:receive|get|subscribe to|recib[ea]|suscríbete a|recevez|abonnez-vous à|ricevi|"
    r"iscriviti a|erhalten sie|abonnieren sie|ontvang|otrzymuj|receba)\s+(?:\w+\s+){0,2}"
    r"(?:news|noticias|actualités|notizie|nachrichten|nieuws|wiadomości|notícias)\b")


# ... a LINE account's ("เพิ่มเพื่อน LINE @news": add it as a friend), tried only on lines
# with the word (in the pattern above, its open run doubled the pattern's time)
_LINE_ACCOUNT = re.compile(
    r".{0,40}(?:เพิ่มเพื่อน|add (?:us )?(?:as a )?friend(?: on)?)\s*line\b", re.IGNORECASE)


# Lines about the page rather than the article: "This page was last updated on ...",
# "Letzte Änderung 14.02.2019", "页面生成时间 2023-10-23".
_PAGE_META = re.compile(
    r"^(?:this page was (?:originally published|last (?:updated|modified|reviewed)"
    # (or its correction: "This page was updated on 3 December 2024 to correct …")
    r"|updated on \d)|"
    r"(?:page )?last (?:updated|modified|reviewed)\b|letzte änderung|"
    r"zuletzt (?:aktualisiert|geändert)|seite zuletzt|页面生成时间|最后更新"
    # (in Japanese: "最終更新:12/8(日) 9:40", "最終更新日：2024年12月8日")
    # (lines are read folded to simplified characters: 終 is 终)
    r"|最终更新日?\s*[:：]?\s*\d"
    # Canada's federal and provincial pages: "Date modified: 2024-05-16", "Date de
    # modification : 2024-05-16"
    r"|date (?:modified|de modification)\s*:"
    # ... and in other languages: "Dernière mise à jour de cette page le 21.02.2024",
    # "Última actualización: …", "Laatst bijgewerkt op …", "Senast uppdaterad …"
    r"|dernière mise à jour\b|última (?:actualización|atualização)|ultimo aggiornamento"
    r"|laatst (?:bijgewerkt|gewijzigd)|senast (?:uppdaterad|ändrad)|sidst (?:opdateret|ændret)"
    r"|sist (?:oppdatert|endret)|viimeksi päivitetty"
    # (Basque, Catalan and Spanish "last change": "Azken aldaketa: 2023/11/17 12:04",
    # "Darrera modificació: …", "Última modificación: …")
    r"|azken (?:aldaketa|eguneratzea)|darrera (?:modificació|actualització)"
    r"|última modificaci[oó]n?\b"
    # ... as a sentence about the page: "Deze pagina is voor het laatst gewijzigd op 12
    # november 2024", "Diese Seite wurde zuletzt am … aktualisiert", "Cette page a été mise
    # à jour le …", "Esta página fue actualizada …"
    r"|deze pagina is (?:voor het )?laatst (?:gewijzigd|bijgewerkt)|diese seite wurde zuletzt"
    r"|cette page a été (?:mise à jour|modifiée)|esta página (?:fue|ha sido|foi) "
    r"(?:actualizada|modificada|atualizada)|questa pagina è stata (?:aggiornata|modificata)"
    # a story's own update note: "Juttua päivitetty 21.11. klo 7.05: …"
    r"|(?:juttua|artikkelia) päivitetty\b"
    # an update stamp of a time alone: "Updated at 1:23 p.m.", "Updated: 14:05 GMT", in
    # other languages ("Actualizado 07:45h.", "Aktualisiert um 14:05 Uhr", "Atualizado às
    # 10h30"), after the separator that set it beside the date ("| Actualizado 07:45h.") or
    # the place the byline gives ("Valencia Actualizado 08:15h.")
    r"|(?:[^\W\d_][^\W\d_'’ -]{1,24}\s+)?(?:[|·•]\s*)?"
    r"(?:updated|actualizado|atualizado|aktualisiert|aggiornato|mis à jour"
    r"|bijgewerkt|päivitetty)(?: at| a las| às| alle| à| um| om| klo)?\s*[:：]?\s*"
    r"\d{1,2}[:.h]\d{2}\s*(?:h|uhr|[ap]\.?m\.?)?\.?\s*(?:[A-Z]{2,4})?\s*$)",
    re.IGNORECASE,
)


# Download links printed as a line of their own: "Pressemitteilung als PDF (PDF, 298KB)",
# "Annual report (PDF 1.2 MB)", "Download [DOCX, 45 KB]", a recording's "Vídeo de la
# operación (MP4, 38 MB)": the file's type and size close it.
_DOWNLOAD = re.compile(
    r"[(\[（]\s*(?:pdf|docx?|xlsx?|pptx?|odt|ods|csv|zip|rtf|mp4|mp3|mov|wav|jpe?g|png)\b"
    r"[^)\]）]{0,20}?"
    r"\d[\d.,]*\s*(?:[kmg]i?b|bytes?)\s*[)\]）]$",
    re.IGNORECASE,
)
# A file's name printed as a link line: "1.森林防火工作方案.doc", "Annual report 2024.pdf"
# (at most three words: "Remove passing tests from failing-ui-tests.txt" is a sentence, a
# URL a reference); and the heading over such a list ("附件：", "Attachments:") when nothing
# but files follows it.
# A numbered item of an attachments list may name its file in a few more words ("2. List
# of Required Documents.pdf").
_FILE_NAME = re.compile(
    r"^(?!.*://)\s*(?:(?:\d{1,2}[.、)]|[(（]\d{1,2}[)）])\s*(?:\S+ ){0,4}|(?:\S+ ){0,2})\S*"
    r"\.(?:pdf|docx?|xlsx?|pptx?|hwpx?|wps|et|ofd|odt|ods|csv|zip|rar|7z|txt)\s*$", re.IGNORECASE)
# ... or in more words when its size follows, and a button to view it: "0402 (교통정책과) 제주도,
# … 확충.hwpx (48.2KB) 바로보기", "사진자료.zip (3.1MB)"
_SIZED_FILE = re.compile(
    r"\.(?:pdf|docx?|xlsx?|pptx?|hwpx?|wps|ofd|odt|ods|csv|zip|rar|7z|txt|jpe?g|png)\s*[(\[（]"
    r"\s*\d[\d.,]*\s*(?:[kmg]i?b|bytes?)\s*[)\]）]\s*"
    r"(?:바로보기|미리보기|다운로드|내려받기|download|view|preview|下载|预览|查看)?$",
    re.IGNORECASE)
_SIZE_CELL = re.compile(r"\|\s*\d[\d.,]*\s*(?:[kmg]i?b|bytes?)\s*\|?\s*$", re.IGNORECASE)
#: Most characters of a file's name before its extension in such a line.
MAX_SIZED_NAME = 120
_FILES_HEADING = re.compile(
    r"^(?:相关)?附件(?:下载)?\s*[:：]?$|^(?:attachments?|downloads?|anlagen?)\s*:?$"
    # the heading of a list of documents or links the chrome took: "Dokumente", "Allegati",
    # "Associated links", "Related links", "Pièces jointes", "相关链接"
    r"|^(?:documents?|dokumente|allegati|documenti|documentos|anexos|bijlagen|bilagor|vedlegg|"
    r"liitteet|załączniki|(?:pliki )?do pobrania|přílohy|(?:soubory )?ke stažení|pièces jointes|"
    # South Slavic, Slovak, Russian: "Документи за преземање", "Dokumenti za preuzimanje",
    # "Priponke", "Prilozi", "Dokumenty na stiahnutie", "Документы для скачивания"
    r"(?:документи|dokumenti) за (?:преземање|преузимање)|dokumenti za preuzimanje|priponke|"
    r"prilozi|(?:dokumenty )?na stiahnutie|документы для скачивания|"
    # Vietnamese, Indonesian and Malay, Thai: "File đính kèm", "Lampiran", "ไฟล์แนบ"
    r"(?:file|tệp|tài liệu) đính kèm|lampiran|ไฟล์แนบ|เอกสารแนบ|"
    r"documents à télécharger|téléchargements|"
    r"descargas|documentos para descargar|(?:associated|related|useful) links|"
    r"additional (?:resources|information|links)|(?:more|useful|related) resources|"
    r"learn more|follow us|"
    r"weiterführende (?:links|informationen)|liens (?:utiles|connexes)|enlaces relacionados|"
    r"link utili|"
    r"相关(?:链接|档案|文件)|"
    r"添付(?:資料|ファイル)|関連(?:リンク|情報|資料)|첨부\s*파일|관련\s*(?:링크|자료))"
    r"\s*[:：]?$",
    re.IGNORECASE)


#: Longest line that can be a list's heading (the longest heading has 26 letters).
MAX_HEADING_LINE = 60


# A review's box of shops: its heading ends the text, or is a button's label inside it
_SHOPS = re.compile(r"^where to buy\s*:?$", re.IGNORECASE)


def is_chrome_line(line: str) -> bool:
    """*line* is a button's or a widget's words alone (``Print``, ``【关闭窗口】``, ``3 min
    read``, ``Tempo di lettura:``)."""
    return len(line) <= MAX_CHROME_LINE and bool(_CHROME_LINE.match(line))


def is_list_heading(line: str) -> bool:
    """*line* is the heading of a list of files or links (``附件：``, ``Dokumente``,
    ``Associated links``): what is left when the list went as chrome."""
    # (Japanese headings as written: folding 連, 資 to their simplified forms unmakes them)
    return bool(_FILES_HEADING.match(line) or len(line) <= MAX_HEADING_LINE
                and _FILES_HEADING.match(fold_hant(line)))


# The tags a CMS prints under the text: "Tags: water, grants", "Schlagworte: ...", "标签：".
# ... or their topics: "Themen: Klimaschutz, Naturschutz", "Topics: Health, Housing"
_TAGS = re.compile(r"^(?:tags?|tagged(?: with)?|schlagw(?:orte|örter)|stichw(?:orte|örter)|"
                   r"mots[- ]clés|etiquetas|标签|tag|themen|topics"
                   # a Chinese article's keywords: "文章关键词：…", "关键字："
                   r"|(?:文章|本文)?关键[词字])\s*[:：]", re.IGNORECASE)
#: Longest line that can be such a tag line.
MAX_TAGS_LINE = 200


def is_tags_line(line: str) -> bool:
    """*line* is the tags or topics a CMS prints with the text (``Tags: water, grants``)."""
    return len(line) <= MAX_TAGS_LINE and bool(_TAGS.match(fold_hant(line)))
#: Longest line that can be a download link rather than a sentence that mentions a file.
MAX_DOWNLOAD_LINE = 150

# Picture credits: "Photo: Gene J. Puskar", "图片来源：新华社". (Rights notices such as
# "© 2019 Associated Press ..." stay: wire copy carries them as part of the text.)
_CREDIT = re.compile(
    # (and "pic", "Pic: Bernama", as Malaysian papers credit their pictures; not "Main image
    # credit: Getty", which news-aeb's labels keep as the text's)
    r"^(?:(?:(?:hero|header|featured|cover|top|lead|banner) )?(?:photo|image|picture|pic"
    r"|video|graphic|illustration|foto|bild|grafik|wideo|vídeo|видео|відео|imagen|imagem"
    r"|imágene|" + _PHOTO_WORDS + r")s?"
    # (numbered too, as a release sets its pictures' captions under them: "Photo 1: …")
    # ... and a post's card picture: "Photo thumbnail: iStock."
    # (or set off by a bar, as Spanish blogs close their texts: "Imagen | Genbeta")
    r"(?: credit| by|nachweis| thumbnail| \d{1,2})?\s*[:：|]|(?:photo|image) courtesy of"
    # ... or by a dash, the photographer's office after a slash ("Fotos – Márcio James /
    # Semcom")
    r"|(?:fotos?|photos?)\s+[–—-]\s+(?-i:[A-ZÀ-Þ])[^:：/.!?]{1,40}/\s*[^:：/.!?]{1,40}$"
    r"|sursa foto\s*:|"
    # a chart's numbered title, as a statistics office prints it over the chart
    r"(?:figure|chart) \d{1,2}[a-z]?\s*:\s|"
    # a credit alone: "Credit: Serious Eats", "Credits: Jane Roe/Agency"
    r"credits?\s*:\s*[^.!?:]{1,50}$|"
    r"(?:图片|摄影|图|照片|影片|视频)\s*(?:来源)?\s*[:：／/]"
    # (Thai "thanks for the picture": "ขอบคุณภาพ: เพจ…")
    r"|ขอบคุณภาพ\s*[:：]"
    # a Korean caption's label: "[사진] 시 관계자가 …"
    r"|[\[(]사진[\])])",
    re.IGNORECASE,
)
_BULLETS = frozenset("-•·*")
# A file's name in brackets with the count of its downloads (its number written by a script)
_DOWNLOAD_COUNT = re.compile(r"附件\s*【[^】]{1,120}\.\w{2,5}】\s*已下载\s*\d*\s*次$")
# The triangle Chinese posts set before a picture's caption: "▲ 7月2日14时卫星云图"
_CAPTION_MARKS = frozenset("▲△")
_BULLET = re.compile(r"^[-•·*]\s+")
#: Longest line that can be chrome words or a promotion (no prose is tried against them).
MAX_CHROME_LINE = 300
#: Longest line read as a language switcher's entries, or a link to the whole list.
MAX_SWITCH_LINE = 80
#: How far from a caption's end its labelled credit can start ("- Foto: Name/Agency").
MAX_CREDIT_TAIL = 90
#: A paragraph this long (in letters) seen again is a template copy (slideshow captions,
#: mobile duplicates); shorter lines ("Also at Walmart") may repeat in a text.
MIN_REPEAT = 40

#: Longest line tried as a feedback prompt (its patterns match whole lines).
MAX_FEEDBACK_LINE = 200
#: A paragraph's comparison key is first built from this many of its characters.
_HEAD_CHARS = 64


def _repeated(para: str, seen: dict[str, list[str]]) -> bool:
    """Whether *para* has the comparison key (:func:`text_key`) of a paragraph in *seen*
    when that key has :data:`MIN_REPEAT` letters or more; else it joins *seen*.

    *seen* holds paragraphs by the first letters of their key, which the paragraph's head
    gives: the whole key is built only for paragraphs whose heads agree (building it for
    every long paragraph was a seventh of the chrome test's time)."""
    head = text_key(para[:_HEAD_CHARS])  # a prefix of the whole key
    if len(head) < MIN_REPEAT:
        if len(para) <= _HEAD_CHARS:
            return False
        head = text_key(para)
        if len(head) < MIN_REPEAT:
            return False
    alike = seen.setdefault(head[:MIN_REPEAT], [])
    if alike:
        key = text_key(para)
        if any(text_key(other) == key for other in alike):
            return True
    alike.append(para)
    return False


# A site's disclosure set as a paragraph of the text: that it earns from the links ("If you
# purchase a product … through a link on our site, we may receive compensation", "when you
# buy something through our retail links, we may earn an affiliate commission"), or that the
# text is no advice ("This article is for informational purposes only and is not meant to
# offer medical advice")
_DISCLOSURE = re.compile(
    r"\bwe (?:may|might|could) (?:earn|receive|get) (?:an? )?(?:small )?(?:affiliate )?"
    r"(?:commissions?|compensation|share of (?:the )?(?:sales|revenue))\b"
    r"|^this (?:article|story|content|information|page) is (?:provided )?for (?:general )?"
    r"informational purposes only\b"
    # (... or a firm's blog "made available by …" for that: "This blog is made available by
    # Example LLP … for informational purposes only. It is not meant to convey …")
    r"|^this (?:blog|article|alert|publication|update|post) (?:is|has been) (?:made available|"
    r"prepared|published|provided) by\b.{0,120}\bfor (?:general )?informational purposes only\b",
    re.IGNORECASE)
#: Longest such paragraph.
MAX_DISCLOSURE = 700  # (a law firm's, in full: "… It is not meant to convey the Firm's legal
# position …, nor is it intended to create an attorney-client relationship …")


def strip_chrome(paras: list[str], *, repeats: bool = False) -> list[str]:
    """Remove chrome from a list of paragraphs.

    Buttons are cut out of any line; lines that are only chrome words and picture
    credits are dropped, and with *repeats* also repeats of an earlier long paragraph
    (for text from a whole page, where slideshow captions and mobile copies repeat; a
    CMS text element's repeats are the author's); an editor line (``责任编辑：``) or a
    related-list heading ends the text when it comes after the first paragraph (a related
    list above the article is simply dropped).
    """
    out: list[str] = []
    seen: dict[str, list[str]] = {}
    skipping = False  # inside a related list that the article's text continues after
    # a photo story's captions are its text: a bracketed credit on most of its lines, or
    # on the last line only (the credit of the whole set), leaves them there
    credited = sum(1 for p in paras if p.endswith(_CLOSERS) and _BRACKET_CREDIT.search(p))
    story = credited >= 2 and 2 * credited > len(paras)
    file_lines = [_is_file_line(p) for p in paras]  # (each line's, read once: the next's too)
    for i, para in enumerate(paras):
        if "【" in para or "[" in para or "［" in para or "(" in para or "（" in para:
            para = _without_buttons(para)
        # the Chinese patterns are simplified: traditional labels (列印本頁, 上一則) fold
        probe = fold_hant(para)
        # (chrome words and promotions may come set as a table's row, a caption or a
        # survey as a row of one cell)
        bare = probe.strip("| ") if probe[:1] == "|" else probe
        cell = one_cell(probe)
        if not para or len(para) <= MAX_CHROME_LINE and (
                _CHROME_LINE.match(bare)
                # (a Chinese related box's bare heading, "相关阅读：" over its list, is judged
                # as one below: its items go with it. English ones, "Resources:", head lists
                # that the benchmarks' labels keep as often: wcxb-articles lost two)
                or _is_promo(bare) and not (IDEOGRAPH.search(bare) and _RELATED.match(bare))
                # (an item of a list whose item above it is kept, saying what the app is
                # for, is one more step of the text's own list: "- Download the CHI 311 app
                # to receive push notifications" under the ways to sign up for alerts)
                and not (para[:2] == "- " and out and out[-1][:2] == "- "
                         and _APP_STEP.match(para))
                or len(para) <= MAX_SWITCH_LINE and _SWITCH_OR_ALL.match(bare)
        ) or _PAGE_META.match(probe):
            continue
        if len(para) < MAX_FEEDBACK_LINE and _FEEDBACK.match(cell):
            continue
        if len(para) <= MAX_VIDEO_TITLE and i + 1 < len(paras) and len(paras[i + 1]) <= 8 and (
                _VIDEO_TIME.match(paras[i + 1])):
            continue  # a video's card: its title over its running time
        if len(para) <= MAX_VIDEO_TITLE and _VIDEO_CARD.search(para):
            continue
        if len(para) <= MAX_DISCLOSURE and ("e may " in para or "e might " in para
                                            or "e could " in para or para[:5] in ("This ", "THIS ")
                                            ) and _DISCLOSURE.search(para):
            continue  # the site's affiliate or advice disclaimer, set in the text
        if _THROWBACK.match(para) or len(para) <= MAX_THROWBACK_HEAD and i + 1 < len(
                paras) and _THROWBACK.match(paras[i + 1]):
            continue
        if len(para) < 200 and (_SITE_FOOTER.search(probe) or _SITE_LINKS.match(probe)
                                or _MENU_ROW.match(para)
                                or ("dobe" in para or "このページ" in para
                                    or "ccessib" in para or "ssistive" in para
                                    or "rust Project" in para)
                                and _SITE_NOTICE.match(para) or _OTHER_LANGUAGE.match(para)):
            continue
        if len(para) <= MAX_RIGHTS_NOTICE and _RIGHTS_RESERVED.match(probe):
            continue
        if para[:1] == "|" and _menu_cells(para):
            continue  # a footer's row of link lists set apart by dots
        if "\\|" in cell and len(cell) < MAX_MENU_CELL and _MENU_ROW.match(
                cell.replace("\\|", "|").strip("| ")):
            continue  # ... or a menu set apart by bars in a row of one cell (printed "\|")
        if _EMPTY_BRACKETS.match(para):
            continue  # the brackets of buttons whose words went: "【", "】【", "[ | ]"
        if len(para) <= MAX_NEIGHBOUR_LINE and _NEIGHBOUR.match(
                # an info list's items come with their bullet ("- 조회수 2,315")
                _BULLET.sub("", probe, count=1) if para[:1] in _BULLETS else probe):
            continue
        if len(para) <= MAX_ARCHIVED_LINE and _ARCHIVED.match(para):
            continue
        cap = one_cell(para)
        if len(cap) < 200 and (_CREDIT.match(cell)
                               or cap[:1] in _CAPTION_MARKS) or len(
                cap) < 400 and (
                cap.endswith(")") and _PHOTO_CREDIT.search(cap)
                or cap.endswith(_CLOSERS) and not story and i < len(paras) - 1
                and _BRACKET_CREDIT.search(cap)
                or (":" in cap or "：" in cap or "ourtesy" in cap or "fot." in cap
                    or "截图" in cap[-8:] or "截圖" in cap[-8:])
                and _LABELLED_CREDIT.search(cap, max(0, len(cap) - MAX_CREDIT_TAIL))
                or "/" in cap[-25:] and _SLASH_CREDIT.search(cap)):
            continue
        if file_lines[i] if para == paras[i] else _is_file_line(para):
            continue
        if i + 1 < len(paras) and file_lines[i + 1] and is_list_heading(para):
            continue  # the heading of a file list, whatever follows the list
        if repeats and len(para) >= MIN_REPEAT and _repeated(para, seen):
            continue  # slideshow captions, mobile copies: the same text again
        # (a box's heading may come as a table's row of one cell: "| MORE FROM … |  |  |")
        related = _RELATED.match(bare if probe[:1] == "|" else probe) or _SHOPS.match(probe)
        if _EDITOR.match(probe) or _CITE_PAGE.match(para) or _REPUBLISH.match(para) or (
                _PROGRAMME_NOTE.match(para)) or (
                _CITE_HEAD.match(para) and i + 1 < len(paras)
                and _CITATION.search(paras[i + 1])) or (
                related and not _prose_follows(paras, i + 1)) or len(
                para) <= MAX_CHROME_LINE and _COMMENTS.match(bare) or (
                COMMENTS_HEAD.match(bare) and i + 2 >= len(paras)
                and all(len(p) <= MAX_CHROME_LINE and _COMMENT_STEM.search(p)
                        for p in paras[i + 1:])):
            if out:
                break
            continue
        if related:
            if _SHOPS.match(probe):
                continue  # (in a text, a shop button's label: the text's own items follow)
            skipping = True  # a related box inside the text: its links go, the text goes on
            continue
        if skipping:
            # (a box's items, teasers of a headline and a summary, are no text going on)
            if not _is_prose(para) and not _opens_list(para) or _BULLET.match(para):
                continue
            skipping = False
        if TABLE_RULE.match(para) and not (out and out[-1].startswith("|")):
            continue
        out.append(para)
    while out and (is_list_heading(out[-1]) or (
            len(out) > 1 and len(out[-1]) <= MAX_TAGS_LINE and _TAGS.match(fold_hant(out[-1])))):
        # the heading of a file list whose entries went as downloads; the tags under a text
        out.pop()
    return out


#: A pull quote is a sentence or two: lines this long or shorter are tried, and only
#: those with this many comparison-key characters (a short phrase may recur in a text).
MAX_PULL_QUOTE = 300
MIN_PULL_QUOTE = 30
_QUOTE_SENTENCES = re.compile(r"(?<=[.!?])\s+")
_QUOTE_MARKS = frozenset("\"“”„«»‘’‚‹›「『")
# The attribution under a pull quote: "— Markus Herzog", "- Jane Doe, mayor"
_ATTRIBUTION = re.compile(r"^[—–-]\s*\S.{0,80}$")
# ... or after its closing mark on its line, a name and a role with no sentence's end
_ATTRIBUTED = re.compile(r"^(.{20,}[.!?,]?[”\"»’」』])[—–-]?\s*([^\W\d][^“”\"«».!?]{1,60}"
                         r"(?:\.[^“”\"«».!?]{1,40}){0,3})$")


def drop_pull_quotes(paras: list[str]) -> list[str]:
    """*paras* without the quotations whose words a longer paragraph of the same text
    holds, with a dashed attribution under them: pull quotes, which magazine and news templates
    set in large type beside the text they repeat.

    >>> drop_pull_quotes(["He said: “We only pass on what we pay ourselves. Not a cent more.”",
    ...                   "“We only pass on what we pay ourselves.”", "— Mark Hale", "Next."])
    ['He said: “We only pass on what we pay ourselves. Not a cent more.”', 'Next.']
    """
    keys: list[str] = []
    joined = ""
    out: list[str] = []
    after_quote = False
    for n, para in enumerate(paras):
        if after_quote and len(para) <= 90 and _ATTRIBUTION.match(para):
            continue
        after_quote = False
        # (a quotation: lists and summaries repeat the text's words too, and are text)
        if len(para) <= MAX_PULL_QUOTE and para[:1] in _QUOTE_MARKS:
            if not keys:
                keys = [text_key(p) for p in paras]
                joined = "\n".join(keys)
            key = keys[n]
            # (its attribution read onto its line: "“… for that connection.”Tomás Ibarra,
            # Ph.D. student": the quotation alone)
            # (a name, capitalized: "…,” said the mayor" is the text's own quotation)
            said = _ATTRIBUTED.match(para)
            if said is not None and said.group(2)[:1].isupper():
                key = text_key(said.group(1))
            # found twice in the whole text before any paragraph is looked at
            if len(key) >= MIN_PULL_QUOTE and joined.find(key, joined.find(key) + 1) >= 0 and any(
                    len(other) > len(keys[n]) and key in other for other in keys):
                after_quote = True
                continue
            # ... or its sentences, each in one paragraph that says who spoke between them
            # ("“The past gives us a range … through,” said senior author …, “Right now …”")
            parts = [p for p in map(text_key, _QUOTE_SENTENCES.split(para)) if p]
            if len(parts) > 1 and len(key) >= MIN_PULL_QUOTE and any(
                    len(other) > len(key) and all(p in other for p in parts)
                    for other in keys):
                after_quote = True
                continue
        out.append(para)
    return out


def _is_file_line(para: str) -> bool:
    """A download link or a file's name as a line of its own."""
    # (each pattern's end first, a closing bracket or a dot before an extension of at most
    # four letters: most lines have neither; a university CMS's count of downloads after
    # the name, "附件【附件1：….docx】已下载次", ends with its own word)
    return len(para) <= MAX_DOWNLOAD_LINE and bool(
        para.endswith("次") and _DOWNLOAD_COUNT.search(para) or
        # a downloads table's row: an icon's empty cell, the file's name, its size last ("| |
        # Form | 84 KB |"; a table of figures, "| RAM | 192 GB |", has no icon)
        para[:1] == "|" and _SIZE_CELL.search(para) and _downloads_row(para) or
        para.endswith((")", "]", "）")) and _DOWNLOAD.search(para)
        or "." in para.rstrip()[-5:] and _FILE_NAME.match(para)
        or ("(" in para or "（" in para) and _sized_file(para))


def _downloads_row(row: str) -> bool:
    cells = [c.strip() for c in row.strip().strip("|").split("|")]
    return "" in cells[:-1] and sum(1 for c in cells if _SIZE_CELL.search(f"|{c}|")) == 1


def _sized_file(para: str) -> bool:
    """*para* names a file followed by its size (:data:`_SIZED_FILE`), a bullet before it
    aside, in at most :data:`MAX_SIZED_NAME` characters and no address."""
    # (the extension and its size are searched for first, from their dot: a pattern anchored
    # at the line's start tried the name's every length)
    found = _SIZED_FILE.search(para)
    if found is None or "://" in para:
        return False
    name = para[:found.start()].lstrip()
    if name[:1] in ("-", "•"):
        name = name[1:].lstrip()
    return 1 <= len(name) <= MAX_SIZED_NAME and "\n" not in name


def _without_buttons(para: str) -> str:
    """*para* without its bracketed buttons (``【打印本页】``, ``【列印本頁】``, ``[Print]``)."""
    folded = fold_hant(para)
    if folded is para:
        return _BUTTON.sub(" ", para).strip()
    kept, last = [], 0
    for m in _BUTTON.finditer(folded):
        kept += [para[last: m.start()], " "]
        last = m.end()
    return ("".join(kept) + para[last:]).strip() if kept else para.strip()


#: A paragraph this long (in characters) is prose, whatever its punctuation.
PROSE_CHARS = 200


def _is_prose(para: str) -> bool:
    """A paragraph of running text rather than a headline, a label or a link's text
    (measured as it prints: a CJK character counts as two)."""
    wide = width(para)
    return wide >= PROSE_CHARS or (wide >= 80 and para.rstrip()[-1:] in SENTENCE_ENDS)



#: Fewest words of a sentence that opens a list ("The city said the clay will be applied at
#: the following locations:"); a box's heading is shorter ("Headlines from 13 March 2024 :").
MIN_LIST_OPENER_WORDS = 8
#: ... and, in Chinese or Japanese, which sets no spaces, its width (an ideograph counts two)
#: with a comma or a full stop inside ("规范免疫操作。组织…，重点抓好以下环节："); a box's
#: heading is a phrase ("相关阅读：").
MIN_LIST_OPENER_WIDTH = 24
_CJK_CLAUSE_MARKS = ("，", "。", "、", "；")


def _opens_list(para: str) -> bool:
    """A sentence of the text that ends with a colon, the list it opens after it (short
    lines, as a related box's links are)."""
    line = para.rstrip()
    if line[-1:] not in (":", "：") or line[:-1].endswith(" "):
        return False
    if len(line.split()) >= MIN_LIST_OPENER_WORDS:
        return True
    return (width(line) >= MIN_LIST_OPENER_WIDTH and IDEOGRAPH.search(line) is not None
            and any(mark in line for mark in _CJK_CLAUSE_MARKS))


def _prose_follows(paras: list[str], start: int) -> bool:
    """Whether running text follows *start*, not only a list's items: then a related
    heading there opens a box inside the article ("Related Resources:", "Read more"
    between sections), not the list that ends it."""
    return any(_is_prose(p) and not _BULLET.match(p) for p in paras[start:])
