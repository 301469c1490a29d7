"""The words a link's text is judged by, in the languages of the portals seen so far: pager
words, "more" and "all …" words, names of lists (news, press releases, 新闻, 公告 …), names of
static pages and site services (contact, FAQ, 办事指南 …), calendars of events, job and tender
pages and Chinese documents by their names. Data for
:mod:`newscrawler.linkclass`, which decides with them; a word added here is measured like a
rule (``benchmarks/link_classes.py`` on the corpus and every written set).
"""

from __future__ import annotations

import re
import unicodedata

PAGER_TEXT = re.compile(
    r"^(?:下一页|上一页|尾页|末页|首页|下页|上页|前一页|后一页|最后一页|第一页|"
    # ... in traditional characters, Japanese and Korean
    r"下一頁|上一頁|尾頁|末頁|首頁|下頁|上頁|前一頁|後一頁|最後一頁|第一頁|"
    r"次へ|前へ|次のページ|前のページ|最初へ|最後へ|다음|이전|처음|마지막|다음 페이지|이전 페이지|"
    r"next|prev|previous|last|first|"
    r"next page|previous page|older|newer|older posts|newer posts|weiter|zurück|vor|nächste|"
    r"vorherige|letzte|erste|suivant|précédent|suivante|précédente|siguiente|anterior|"
    r"volgende|vorige|następna|poprzednia|następne|poprzednie|próxima|seguinte|successiva|"
    r"successivo|precedente|nästa|föregående|neste|forrige|næste|seuraava|edellinen|další|"
    r"předchozí|dalej|wstecz|prejšnja|naslednja|prethodna|sljedeća|sledeća|"
    r"[<>«»‹›→←]+|\[?\d{1,4}\]?|page \d+|seite \d+|第\d+页)$", re.I)
#: A pager word may come with its arrow: "Siguiente »", "« Précédent", "Next ›".
PAGER_ARROWS = re.compile(r"^[<«‹←]+\s*|\s*[>»›→]+$")
#: An article page's link to its neighbour: "上一篇：...", "Older Blog Post ...", "Next article".
ADJACENT = re.compile(
    r"^[\s«»‹›←→<>]*(?:上一篇|下一篇|上一条|下一条|前の記事|次の記事|이전\s?글|다음\s?글"
    r"|(?:(?:older|newer|previous|next|prev)\s+(?:blog\s+)?(?:post|article|story|entry|"
    r"press release)"
    # (the same in other languages: "« Vorherige Meldung", "Noticia anterior", "Article
    # suivant", "الخبر السابق", "Önceki Haber")
    r"|(?:vorherige|nächste)[rs]?\s+(?:meldung|pressemitteilung|nachricht|artikel|beitrag)"
    r"|(?:noticia|nota|artículo|notícia|artigo|articolo|notizia|article|actualité|communiqué)"
    r"\s+(?:anterior|siguiente|próxima|seguinte|precedente|successiv[oa]|précédente?|"
    r"suivante?)"
    r"|(?:vorig|volgend)e?\s+(?:bericht|artikel|nieuwsbericht)"
    r"|(?:poprzedni|następny)\s+(?:artykuł|wpis|komunikat)"
    r"|(?:önceki|sonraki)\s+haber"
    r"|(?:الخبر|المقال)\s+(?:السابق|التالي)"
    # (a plural is the list's pager: "Önceki Haberler", "Vorherige Meldungen", "Next posts")
    r")(?![^\W\d_]))", re.I)
NEIGHBOUR_LABEL = re.compile(r"^(?:previous|prev|next|newest|oldest|newer|older|latest)\s+"
                              r"(?:page|post|article|item|story|entry|release)\b", re.I)
AMBIGUOUS_PAGER = re.compile(r"^(?:首页|首頁|first|erste)$", re.I)
MORE_TEXT = re.compile(
    r"(更多|查看更多|\bmore\b|see all|view all|show all|show overview|all news|all stories|"
    r"archive|archiv\b|\bmehr\b|weitere[mnrs]?\b|alle meldungen|zur übersicht|^übersicht$|"
    r"plus d|voir tout|ver más|ver tod[ao]s|ver mais|vedi tutt[ei]|bekijk (?:alle|de hele)\b|"
    r"zobacz (?:wszystkie|więcej|kalendarz)|toutes les actualités|"
    # earlier issues of a series: "Edições anteriores", "Eerdere gemeentepagina's"
    r"edições anteriores|ediciones anteriores|edizioni precedenti|eerdere|past issues|"
    r"^(?:all issues|tous les numéros|todos los números|tutti i numeri|alle ausgaben)\b|"
    # Greek "see all …" ("Δείτε όλο το πρόγραμμα", "Δείτε όλες τις ανακοινώσεις")
    r"^δείτε όλ|"
    r"previous (?:issues|editions)|"
    # Slavic "all …": "Sve vijesti", "Sva priopćenja", "Vse novice", "Všechny galerie"
    r"^(?:sve|sva|svi|vse|vsa|vsi|všechny|všechna|všetky|wszystkie|kõik)\s|"
    # Hungarian "more …" ("További hirdetmények")
    r"^további\s|"
    r"^zobraziť (?:všetky|viac)|"
    # Nordic "see all": "Se alle taler og artikler", "Visa alla nyheter"
    r"^(?:se alle|se alla|visa alla|vis alle|näytä kaikki)\b|"
    # ... and "show more" ("Visa fler", "Vis flere", "Se flere", "Näytä lisää")
    r"^(?:visa fler|vis flere|se flere|näytä lisää)\b|"
    # "Ver agenda completa", "Bekijk de volledige agenda", "Calendario completo"
    r"^ver (?:la |el |a |o )?\w+ complet[ao]$|bekijk de volledige|"
    r"(?:agenda|calendario|calendário|programa) complet[ao]|"
    # Vietnamese "see more", "see all"; Portuguese "more …" ("Mais intervenções")
    r"xem thêm|xem tất cả|^mais\s|"
    # Nordic "more …" ("Mer krim", "Mer fra Sport")
    r"^mer\s|"
    # Thai "all" ("ดูทั้งหมด", "ดูปฏิทินทั้งหมด": see the whole calendar)
    r"ทั้งหมด$|"
    # Japanese and Korean "see more" ("…のニュースをもっと見る", "더보기", "전체보기")
    r"もっと見る|더\s?보기|전체\s?보기)",
    re.I)
#: A link's text that opens by asking to see all or the rest of a list it names: "See all
#: publications from this group", "View archived press releases" (however long it is; "View
#: all bins and recycling" names a service, no list).
MORE_START = re.compile(r"^(?:see|view|browse|show)\s+(?:all|full|the full|more|archived)\b",
                         re.I)
#: "All …" in several languages: with a list's name after it ("Tous les communiqués de
#: presse", "Alle nyheter fra regjeringen"), a link to that whole list, however long.
ALL_OF = re.compile(r"^(?:all|alle|alla|tous les|toutes les|todos los|todas las|todos os|"
                     r"todas as|tutti i|tutti gli|tutte le|wszystkie|všechny|kaikki|sve|svi|sva|"
                     r"tüm|bütün|toate|toți|összes|visi|visos|visas|"
                     r"lihat semua|semua|όλες οι|όλα τα)\s+(.+)$",
                     re.I)
#: Names of lists of items, by language. Tried longest first, so that a longer word is not
#: hidden by a shorter one it begins with ("Berichterstattung" by "berichte").
LIST_NAMES = (
    # English
    "news", "press", "releases?", "statements", "speeches", "remarks", "briefings",
    "announcements", "notices", "updates", "blog", "stories", "features", "events", "videos?",
    "photos?", "gallery", "galeria", "media", "publications", "reports", "archive", "advisories",
    "bulletins?", "headlines", "latest", "briefing room", "press room", "media room", "galler",
    "documents", "articles", "podcasts?", "consultations", "readouts",
    # Estonian, Finnish, Polish, Italian
    "arvamuslood", "väljaanded", "valjaanded", "uuringud", "analüüsid", "tapahtumat",
    "tapahtumakalenteri", "kuulutukset", "uchwały", "konsultacje", "deliberazioni",
    # German
    "aktuell", "(?<!an)meldung", "nachricht", "presse", r"reden\b", "interviews", "termin",
    "veranstaltung", "publikation", "berichte", "archiv", "mediathek", "medien", "fotos",
    "fotoreihen", "bekanntmachung", "kundmachung", "mitteilung", "dokumente", "protokolle",
    "erklärungen", "ausschreibung", "kalender", "veröffentlichung", "berichterstattung",
    # (not "Artikel 15a": an article of a law)
    r"artikel(?!\s*\d)", "medieninformation", "presseinformation", "presseaussendung",
    # French, Spanish, Portuguese, Italian, Dutch, Nordic, Polish
    "actualités", "actualites", "communiqués", "communiques", "discours", "événements",
    "noticias", "comunicados", "prensa", "discursos", "novedades", "actualidad", "notícias",
    "imprensa", "notizie", "comunicati", "stampa", "nieuws", "persberichten", "publicaties",
    "nyheter", "nyheder", "uutiset", "tiedotteet", "pressmeddelanden", "pressemeldinger",
    "aktuelt", "pressrum", "presserom", "anslagstavla", r"\btaler\b", "dokumenter", "høringer",
    "aktuality", "tiskové zprávy", "hírek", "közlemények", "ανακοινώσεις", "δελτία τύπου",
    "photothèque", "vidéothèque", "médiathèque", "galeries", "infographies", "eventi", "eventos",
    "infografías", "infografias", "entrevistas", "consultas públicas", "presă", "dispoziții",
    "nyhetsarkiv", "amtsblatt", "proclamations", "wydarzenia", "galerie zdjęć", "publikacje",
    "obvestila", "glasilo", "galerije", "hirdetmények", "események", "sajtószoba",
    "pressemeddelelser", "ajankohtaista", "blogit", "blogi", "kolumnit", "publicações",
    "publicacoes", "imagens", "boletins",
    "materiały wideo", "raporty", "úřední deska", "délibérations", "nieuwsbrieven",
    "vernehmlassungen", "medienkonferenzen",
    "hirek", "rendezvény", "galéria", "videók", "archívum", "naujienos", "renginiai",
    "archyvas", "vaizdo įrašai", "pranešimai spaudai", "pranešimai žiniasklaidai",
    "renginių kalendorius", "galerijos", "イベント",
    "الأخبار", "أخبار", "البيانات", "بيانات", "كلمات", "تصريحات", "الإصدارات", "إصدارات",
    "مكتبة الفيديو", "مكتبة الصور", "الفعاليات", "فعاليات",
    "一覧", "バックナンバー", "カレンダー",
    "aktualności", "komunikaty", "wiadomości", "informacje prasowe",
    # "latest" and "most read" (lists of the newest and the most read items) in more
    # languages
    "najnovšie", "nejnovější", "najnowsze", "najčítanejšie", "nejčtenější",
    "najczęściej czytane", "seneste", "senaste", "siste nytt", "mest læste", "mest lest",
    "mest lästa", "última hora", "últimas noticias", "últimas notícias", "lo último",
    "más leídas", "mais lidas", "più lette", "ultim'ora", "ultimora", "dernière minute",
    "les plus lus", "laatste nieuws", "meest gelezen", "meistgelesen", "neueste",
    "most read", "most popular",
    # Written by concept for the languages of Europe's portals, not from pages that missed:
    # news, notice boards, announcements and events, each a list of dated items wherever a
    # menu names it. (A council's meetings, minutes and decisions and a site's reports were
    # tried too: the written sets' annotators call them lists as often as other pages, 14
    # links lost for 12 gained, and "financial reports" is a static page)
    "nouvelles", "neuigkeiten", "novinky", "zprávy", "správy", "novosti", "новини", r"\bștiri",
    r"\bstiri\b", "notiziario", "albo pretorio", "tablón de anuncios", "amtstafel",
    "anschlagtafel", "úradná tabuľa", "tablica ogłoszeń", "oglasna ploča", "avis publics",
    "oznámení", "obavijesti", "skelbimai", "kungörelser", "kunngjøringer", "mededelingen",
    "anuncios", "anúncios", "ilmoitukset", "arrangementer", "begivenheder", "podujatí",
    "rendezvények", "evenimente", "događanja", "üritused", "sporočila za javnost", "spravodaj",
    "oglasna deska", "βίντεο", "φωτογραφικό υλικό", "hemeroteca", "opinions",
    # an official gazette, a list of its issues ("Amtsblatt" above)
    "gazette", "gazeta", "uradni vestnik", "uradni list", "diario oficial", "boletín oficial",
    "gazzetta ufficiale", "journal officiel", "staatscourant", "dziennik urzędowy",
    "beschlüsse", "risoluzioni", "messaggi", "discorsi", "avisos", "bandos", "hotărâri",
    r"fotogal[eé]ri(?:ja|je|e|en|i|a)", "galerie foto", "galerie photo", "white papers",
    "audios", "áudios",
    "vijesti", "priopćenja", "najave", "uudised", "pressiteated", "kõned", "galeriid", "galerii",
    "videod", "službeni glasnik", "sluzbeni glasnik",
    # ... and Serbian's news, statements, interviews and galleries, in both its scripts
    r"\bvesti\b", "вести", "saopštenja", "saopstenja", "саопштења", "intervjui", "интервјуи",
    r"\bgalerija\b", "галерија",
    "novice", "dogodki", "publikacije", "govori", "izjave", "fotogalerij", "mediji",
    "fréttir", "fréttasafn", "ræður", "myndefni", "útgefið efni", "besluiten", "amakuru",
    r"recueils? des actes", "enquêtes publiques", "pubblicazioni", "publicaciones", "notícies",
    "noticies", "comunicats", "premsa", "jaarverslagen", "memos", "istungid", "posėdžiai",
    "ogłoszenia",
    "wideo", "eseménynaptár", "relatórios", "bilddatenbank", "beeldbank", "archivio", "архив",
    "věstník", "videa", "kalendář akcí", "diário oficial",
    "wystąpienia", "wywiady", "bekendmakingen",
    "haberler", "duyurular", "etkinlikler", "bültenleri", "bültenler", r"galeri\b", "kararları",
    "raporları", r"arşivi?\b",
    "berita", "pengumuman", "siaran pers", "pidato", "infografis", "publikasi",
    "ομιλίες", "συνεντεύξεις", "ειδήσεις", "ανακοινώσεις τύπου", "evenementen", "speciali",
    "εκδηλώσεις", "jaunumi", "pasākumi", "paziņojumi", "publikācijas", "galerijas",
    "preses relīzes", "tlačové správy", "tlačové centrum", "podujatia", "rozhovory", "videá",
    "publikácie", "výročné správy", "oznamy", "zpravodaj", "séances",
    "intervenções", "noutăți", "noutățile", "anunțuri", "anunțurile", "comunicate",
    "galeriile", "rapoarte", "obwieszczenia", "zarządzenia", "circulars", "tin tức",
    "tin nổi bật", "thư viện ảnh", "tin mới nhất", "tin mới",
    # blogs, bulletins, albums and public consultations, by concept in more of Europe's
    # languages (not Lithuanian "konsultacijos" or Latvian "konsultācijas", which are as
    # often a service's advice: two written sets' menus)
    "blogg", "bülten", "bülteni", "albümler", "albumy", "savjetovanja", "posvetovanja",
    "konzultace", "konzultácie", "konsultatsioonid", "remisser",
    # an archive, in more of Europe's languages ("archive", "archiv", "archivio" above; not
    # Spanish "archivo" or Portuguese "arquivo", as often a province's archive service)
    "archief", "arkiv", "archiwum", "arkisto", "arhiva", "arhiv", "arhivă",
    # ... and Hungarian, Estonian
    "archívum", "archivum", "arhiiv",
    # Russian, Japanese, Korean
    "новости", "пресс-релизы", "ニュース", "お知らせ", "報道発表", "新着情報", "보도자료",
    "뉴스", "공지사항",
    # ... Korean by concept: press, notices, news, an official's activities, videos,
    # publications, legislative and administrative notices
    "보도", "공지", "소식", "동정", "동영상", "간행물", "입법예고", "행정예고",
    # Chinese (a name is taken whole)
    "新闻", "新聞", "要闻", "动态", "报道", "报导", "资讯", "公告", "通知", "公示", "公报", "文件",
    "政策", "解读",
    "发布", "公开", "快讯", "专题", "视频", "图片", "访谈", "征集", "头条", "关注", "会议", "数据",
    "统计", "报告", "通报", "专栏", "发布会", "工作", "信息", "互动交流",
)
LIST_WORDS = re.compile("(" + "|".join(sorted(LIST_NAMES, key=len, reverse=True)) + ")", re.I)
#: A newspaper's sections by their usual names, the link's whole text: each is the list of
#: its stories (written sets to links116: "Opinion" 60 of 60 labelled links lists,
#: "Politics" 53 of 53, "World" 41 of 41); not "Culture", "Health" or "Business", as often
#: a portal's static topic pages.
NEWS_SECTION = re.compile(
    r"^(?:politics|politik|politique|política|politica|polityka|politika|политика|politiek|"
    r"політика|politic|politică|"
    r"world|welt|monde|mundo|mondo|świat|svět|svijet|svet|мир|wereld|світ|свят|externe|"
    r"opinion|opinions|opinión|opinião|opinione|opinioni|opinie|opinia|meinung|мнения|"
    r"entertainment|espectáculos|spettacoli|unterhaltung|lifestyle|"
    r"economy|economía|economia|économie|wirtschaft|gospodarka|ekonomika|экономика|"
    r"економіка|икономика|economic|economie|ekonomija|gospodarstvo|"
    r"sport|sports|deportes|desporto|esportes|спорт|football|fútbol|futebol|calcio|fußball|"
    r"society|société|sociedad|società|gesellschaft|"
    r"international|internacional|internacionales|internazionale|"
    r"technology|tech|tecnología|tecnologia|technologie|"
    r"basketball|baloncesto|basket|μπάσκετ|tennis|tenis|τένις|ποδόσφαιρο|formula 1|"
    # ... more sports (a sports paper's menu: "Futsal", "Andebol", "Ciclismo", "MotoGP")
    r"futsal|handball|andebol|balonmano|pallamano|basquetebol|pallacanestro|"
    r"cycling|ciclismo|cyclisme|radsport|motogp|fórmula 1|formule 1|motorsport|"
    r"volleyball|voleibol|pallavolo|rugby|cricket|athletics|atletismo|atletica|"
    # ... and a wire's regions ("Asia", "Europe", "Middle East")
    r"asia|europe|africa|americas|middle east|oceania|latin america|"
    r"asien|europa|afrika|amerika|nahost|ásia|áfrica|américa latina|amérique latine|"
    r"时政|国际|国内|社会|经济|体育|娱乐|财经)$", re.I)
#: Scripts whose words are not joined into compounds: a list word there is a name whole.
WHOLE_WORD_SCRIPT = re.compile(r"[\u0400-\u04ff\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
#: German (and English) compounds name what they are by their last part: "Pressemitteilungen"
#: and "Integrationsberichte" are lists, "Pressekontakt", "Medienrecht" and "Zollanmeldung"
#: are not. A list word counts when it ends its word (an inflection after it allowed) or
#: is followed by a word for a hub ("Medienraum", "Newsroom", "Mediathek").
LIST_WORD_END = re.compile(r"(?:e|en|n|s|es|er|ern|ies)?"
                            r"(?:room|raum|thek|center|centre|zentrum|(?:play)?lists?)?$")
#: A calendar of events (a list of them), not a calendar of one kind of thing ("Collection
#: calendar", "Calendario delle sedute") nor a bare "Calendar" (a site's static page as often).
EVENT_CALENDAR = re.compile(r"\b(?:events?|community|city|full) calendar\b|"
                             r"\bcalendar of events\b|^view (?:the )?calendar$|"
                             # an official's agenda ("Agenda ministrului", "Agenda de la
                             # Gobernadora", "Dagskrá ráðherra"), not a policy's ("Agenda 2030")
                             r"^agenda (?:\w+ ){0,2}(?:minist|gobernador|governador|préfet|"
                             r"prefeit|president|alcald|sindac|maire|secret[aá]ri|"
                             r"conseller|consejer)|"
                             r"^dagskrá ráðherra|darbotvarkė$", re.I)
COLLECTION_CALENDAR = re.compile(r"(?:abfall|abfuhr|müll|afval|tømme|toemme|tomme|"
                                  r"sophämtnings?)[-_]?kalender",
                                  re.I)
#: Names of static pages and site services: "Pressekontakt", "News abonnieren", "Follow us
#: on social media"; Chinese names by their head (the end: 办事指南, 机构职能, 总局领导,
#: 手机版) or their first word (关于工程, 依申请公开, 长者模式).
QUALIFIER = re.compile(r"\s(?:zu|zur|zum|für|von|vom|bei|mit|über|gegen|of|for|on|about|"
                        r"from|to|with)\s", re.I)
STATIC_NAME = re.compile(
    r"(?:kontakt|contact|ansprechpartner|contatti|portavoce|press kit|media kit|abonnieren|"
    r"nyhetsbrev|prenumerera|nieuwsbrief|infolettre|bejelentése|bejelentés|"
    r"subscribe|inschrijven|abonneren|social media|e-?mail|"
    r"\bfaqs?\b|"
    r"\brss\b|"
    # a newsroom's contact and policy pages ("Media enquiries", "Media policy")
    r"enquir|inquir|media polic|press office\b|"
    # a subscription in other languages ("Suscríbase a nuestras noticias", "Tilaa tiedotteet
    # sähköpostiisi", "Telli pressiteated e-postiga", "Prijava na e-novice"). (A tenders'
    # list by its name was tried too: the written sets call those other, 176 links, as the
    # class definitions do, but the corpus's annotator called four lists.)
    r"suscr[ií]b|suscripci[oó]n|^tilaa\b|^telli\b|^prijava na\b|e-novice|iscriviti)|"
    # an action's name is a form's: "Submit a media request", "Apply for a permit"
    # (and the newsroom's tip form: "Send us your news", "Send us a news tip")
    r"^(?:submit|request|apply|book|sign up)\b|^send us\b|accreditation|accréditation|acreditación|"
    r"acreditação|accrediti|acreditare|"
    r"^(?:关于|依申请|长者|无障碍|联系|联络|走进)|"
    # a site's legal pages, whose names hold a list's word ("Copyright Notices",
    # 隱私權保護政策, 資訊安全政策): the whole name only. (Not "Important Notices": a legal
    # page in one government's footers, a list of notices in another's news; nor "Legal
    # Notices", a gazette's list)
    r"^(?:copyright|privacy) notices?$|"
    r"^(?:隐私|隱私|私隐|私隱)\S{0,6}(?:政策|声明|聲明)$|^(?:资讯|資訊|信息|网站|網站)安全\S{0,2}(?:政策|声明|聲明)$|"
    r"^(?:网站|網站|免责|免責|版权|版權)(?:声明|聲明)$|^(?:网站|網站)地[图圖]$", re.I)
STATIC_HEAD = re.compile(
    r"(?:指南|信箱|热线|简介|概况|职能|职责|领导|机构|手机版|微信|微博|客户端|咨询|沿革|区划|"
    r"地理|须知|介绍|課|事務局|科室|机构设置|机构信息|领导之窗|领导信息|领导班子|单位|历史文化|旅游资源|旅游景点|"
    # a page of links to other sites (友情链接, 更多链接), an account on a platform (公众号)
    r"链接|公众号|"
    r"(?<=[\u4e00-\u9fff])(?:APP|App|app))$")
#: ... and a service's, a form's, a survey's or a lookup's name (办事服务, 表格下载, 办件查询,
#: 网上报警, 在线调查, 常见问题, 企业名录, 邮箱订阅, 养老金测算), which a headline may end
#: with too ("…推出…‘智能秒批’服务"): a name only. (征集调查 names a list of consultations
#: beside the surveys: a list.)
#: ... of which a guide, a notice of requirements or an introduction is static even as a
#: headline on a dated article address (户籍业务办理指南, 身份证办理须知, 警徽警服介绍).
GUIDE_HEAD = re.compile(r"(?:指南|须知|介绍|简介|主要职责|联系方式|联系电话)$")
# (and a pledge's, a structure's or a map's: 服务承诺, 部门架构, 校园地图, as Hong Kong's sites
# and universities name their pages)
SERVICE_HEAD = re.compile(r"(?:服务|业务|查询|下载|报警|投诉|举报|证明|缴费|预约|办事|"
                           r"(?<!征集)调查|问题|问题解答|名录|订阅|测算|网点|路况|登录|注册|下载中心|"
                           r"承诺|架构|地图)$")
MAX_SERVICE_NAME = 10
SITE_WORDS = re.compile(
    r"^(?:contact(?: us)?|kontakt|impressum|imprint|privacy(?: policy)?|datenschutz\w*|"
    r"data protection\w*|sitemap|site map|accessibility|barrierefreiheit|terms(?: and conditions"
    r"| of use)?|disclaimer|copyright\w*|help|hilfe|faqs?|login|log in|sign in|register|search|"
    r"suche|rss|rss feeds?|newsletter|about(?: us| this (?:site|website))?|über uns|"
    r"leichte sprache|gebärdensprache|"
    r"联系我们|网站地图|关于我们|关于本网|网站声明|隐私声明|隐私政策|版权声明|版权保护|"
    r"安全隐私|隐私保护|网站帮助|使用帮助|无障碍|网站纠错|用户中心|会员中心|登录|注册|"
    r"法律声明|"
    # ... and the same pages in the languages of Europe's public sites ("Mentions légales",
    # "Plan du site", "Protection des données", "Aviso legal", "Mapa del sitio", "Note
    # legali", "Toegankelijkheid")
    r"mentions légales|plan du site|protection des données(?: personnelles)?|accessibilité|"
    r"aviso legal|mapa del sitio|mapa web|política de privacidad|accesibilidad|"
    r"note legali|mappa del sito|dichiarazione di accessibilità|accessibilità|"
    r"mapa do site|política de privacidade|acessibilidade|"
    r"toegankelijkheid|privacyverklaring|privacybeleid)$", re.I)
CJK = re.compile(r"[\u3400-\u9fff]")
KANA = re.compile(r"[\u3040-\u30ff]")
#: Links with kana in their text that make a page Japanese.
MIN_KANA_LINKS = 3


def _mark_class() -> str:
    """The combining marks of the Basic Multilingual Plane as the body of a regex class, from
    the running Python's Unicode tables: the vowel signs of Indic and Thai scripts (বাংলাদেশ,
    समाचार) are no ``\\w``, so a word of those scripts is letters with marks between them.
    (The other planes' scripts are not read for links; their 1.1 million code points would
    cost 0.2 s at import.)"""
    ranges, start = [], None
    for code in range(0x10001):
        mark = code < 0x10000 and unicodedata.category(chr(code)).startswith("M")
        if mark and start is None:
            start = code
        elif not mark and start is not None:
            ranges.append(f"{chr(start)}-{chr(code - 1)}" if code - 1 > start else chr(start))
            start = None
    return "".join(ranges)


#: A combining mark (:func:`_mark_class`).
MARK = re.compile(f"[{_mark_class()}]")
#: A word of two letters or more, its combining marks inside it.
WORD = re.compile(rf"(?:[^\W\d_]{MARK.pattern}*){{2,}}")
#: A letter of a script written without spaces between words (Thai, Lao, Myanmar, Khmer) ...
UNSPACED = re.compile(r"[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff]")
#: ... where a text's runs of letters between its vowel signs stand for its words (คลิปข่าว, a
#: menu's "news clips", has three; a headline a dozen).
LETTER_RUN = re.compile(r"[^\W\d_]{2,}")


#: One job or tender notice: a page right under a folder of them (/en/tender/supply-of-…,
#: /recruitment/walk-in-interview-…); the class definitions make them "other".
JOB_OR_TENDER = re.compile(
    r"/(tenders?(?:-(?:and-)?quotations?)?|recruitment|vacanc(?:y|ies)|careers?|jobs?|procurements?|ausschreibungen|"
    r"stellenangebote|stellenausschreibungen|licitaci(?:on|ones)|appalti|bandi|concorsi|"
    r"concursos|recrutements?|allaspalyazatok|"
    # (public jobs' competitions named so in full: /concursos-publicos/<the post>)
    r"concursos-publicos|concorsi-pubblici|empleo-publico|"
    r"zaposljavanje|zapošljavanje|offres-(?:d-?)?emploi|"
    # (Lithuanian careers and competitions, Estonian job ads)
    r"karjera(?:/konkursai)?|konkursai|t[oö][oö]kuulutused|t[oö][oö]pakkumised|"
    # (Swedish vacancies: /jobb/lediga-jobb/<the ad>; German "Stelle", Romanian "cariere",
    # Galician and Portuguese public jobs)
    r"lediga-jobb|stellenangebote/stelle|cariere|emprego-publico|"
    r"tuyen-dung|cariera/concursuri|achizitii-publice|allasajanlatok|kozbeszerzesek|"
    r"prosliseis|diagonismoi|vacatures?|"
    # (Turkish tenders and job postings)
    r"ihaleler|ihale|is-ilanlari|kariyer|"
    # (Croatian competitions "and public calls": /natjecaji-i-javni-pozivi/<slug>/<id>)
    r"przetargi?|oferty-pracy|natje[cč]aji(?:-i-[a-z-]+)?|"
    # (a job folder's own folder of vacancies: /job/ledige-stillinger/<slug>)
    r"jobs?/(?:ledige-stillinger|lediga-jobb|vacancies|openings)"
    # (a careers folder's vacancies: /Council/Careers/Current-vacancies/<the ad>)
    r"|careers?/(?:current-)?vacancies)"
    # (Liferay shows an item through the folder's asset publisher: /-/asset_publisher/…/content/)
    r"(/(?:(?:item|detail|details|view)/|-/asset_publisher/[^/]+/content/|\d+/)?[^/]+(?:/\d+)?/?)$",
    re.I)
#: A job's or a tender's page by its file: TenderDetail.aspx?ItemID=88, VacancyView.aspx,
#: job_details.php?id=64, tender.php?ref=MBL-2024-031.
JOB_OR_TENDER_FILE = re.compile(r"/(?:tender|vacancy|vacancies|job|career|bid)[-_]?"
                                 r"(?:detail|details|item|view)?s?\.\w+$", re.I)
#: The list of a site's jobs or tenders itself (/tenders/, /vacancies, /careers/, /job): the
#: written sets' annotators call it other as they call its items (10 of 11 links).
JOB_OR_TENDER_LIST = re.compile(
    r"/(?:tenders?|vacanc(?:y|ies)|careers?|jobs?|ausschreibungen|stellenangebote|"
    r"licitaciones|appalti|bandi|concorsi|przetargi|emploi|offres-(?:d-?)?emploi|"
    r"karjera|t[oö][oö]kuulutused|t[oö][oö]pakkumised|ledige-stillinger|achizitii-publice|"
    r"cariera/concursuri|employment|vacatures)/?$", re.I)
#: ... and a notice of one by its headline: "Invitation for tender: …", "Names of applicants
#: called for interview", "Nabór na stanowisko …" (a call for applications for a grant or an
#: expression of interest is news: the sets call those articles).
JOB_OR_TENDER_TITLE = re.compile(
    r"^(?:invitation (?:to|for) (?:tender|bids?)|request for (?:proposals|quotations)|"
    r"vacanc(?:y|ies)\b|shortlist(?:ed)?\b|(?:list of )?shortlisted candidates|"
    r"names of applicants|tender notice|nabór na stanowisk|przetarg|ogłoszenie o przetargu|"
    r"ogłoszenia o naborze|"
    # Indonesian selection results, Vietnamese recruitment notices
    r"(?:pengumuman )?hasil seleksi|(?:thông báo )?tuyển dụng|"
    # Slovenian tenders, procurement and vacancies ("Razpisi in javne objave", "Javna naročila")
    r"razpisi\b|javna naročila|prosta delovna mesta|javni razpis\b|javno naročilo|"
    r"javni natečaj\b|"
    # Hungarian vacancies ("Álláspályázat pénzügyi ügyintéző munkakör betöltésére"), German
    # ones ("Stellenausschreibung: …")
    r"álláspályázat|stellenausschreibung|"
    # Brazilian and Portuguese tenders and selections ("Pregão Eletrônico nº 014/2024",
    # "Processo Seletivo Simplificado nº 02/2024"), an English job's ("Recruitment of …")
    r"preg[aã]o\b|processo seletivo|licita[cç][aã]o\b|chamamento p[uú]blico|"
    r"recruitment of\b|"
    # ... a tender's award notice (news that a tender was awarded is news), a Polish
    # recruitment's result ("Wyniki naboru na stanowisko …"; a grant programme's results
    # are news), Peru's job contracts ("Convocatoria CAS N° 005-2024"), a Nordic "we are
    # looking for" ("Vi søger ny skoleleder til …")
    r"tender award notice|notice of intention to award|wyniki naboru na stanowisk"
    r"|convocatoria cas\b|vi s[øö][gk]er\b|"
    # Romanian public jobs' and procurements' notices ("Anunț concurs pentru ocuparea
    # funcției …", "Anunț privind procedura de achiziție …")
    r"anun[țţt] (?:de )?concurs|anun[țţt] privind (?:procedura de )?achizi[țţt]i)",
    re.I)
#: ... or, anywhere in it, the marks of every gender a European job ad must address:
#: "(m/w/d)", "(h/f)", "(h/f/x)", "(w/m/d)", "(m/f/d)".
JOB_GENDER_MARKS = re.compile(r"\((?:[mwfhxd]|div)(?:/(?:[mwfhxd]|div)){1,2}\)", re.I)
#: ... and in Chinese: a list of them by its name (政府采购, 招标公告, 招聘信息), a tender's notice
#: by its headline's end (…施工招标公告, …竞争性磋商公告, …中标结果公示), a job's by its
#: kind (…公开招聘编外工作人员公告, …遴选公务员公告; not a stage's or a result's notice:
#: 笔试公告, 拟聘用人员公示, which the labeled corpus calls articles).
CN_JOB_OR_TENDER = re.compile(
    r"^(?:政府[采採][购購]|招标(?:投标|采购)?(?:信息|公告|资讯)?|[采採][购購](?:信息|公告|资讯)|"
    r"招聘(?:信息|公告)|中标(?:公告|公示)"
    # (and Taiwan's words: 徵才公告, 採購資訊, its traditional characters folded but for a few)
    r"|(?:[徵征]才|[徵征]人|求才)(?:公告|资讯|信息|专区|專區)?)$"
    r"|(?:招标|中标(?:候选人|结果)?|成交(?:结果)?|竞争性(?:磋商|谈判)|询价|比选|采购)(?:公告|公示)$"
    r"|^(?!.*(?:笔试|面试|拟|结果|成绩|体检|考察|复审|名单)).*(?:招聘|招录|招考|选调|"
    r"遴选(?:公务员|工作人员))[^，。]{0,20}(?:公告|简章)(?:[（(][^）)]{1,20}[）)])?$"
    # (or opening with its kind before a dash, as Macau's bodies title them: "開考通告——以行政任用
    # 合同制度填補…職位", "公開招標——供應印刷用紙及耗材")
    r"|^(?:开考(?:通告|公告)|公开(?:招标|竞投|咨询)|招标公告|招聘(?:公告|启事))\s*(?:——|—|－|-|:|：)")
#: ... and in Korean, a board of them by its name (채용정보, 입찰공고), whatever its address.
KO_JOB_OR_TENDER = re.compile(r"^(?:채용|입찰|구인|계약)\s*(?:정보|공고|안내)$")
#: A Chinese document by its name: a regulation, measures, rules, opinions, a plan, a
#: decision (信访工作条例, …管理实施细则, …的实施意见), whatever list word its name holds.
CN_DOCUMENT = re.compile(r"[\u4e00-\u9fff》」”）)]{4,}"
                         r"(?:条例|办法|规定|细则|意见|方案|决定|准则|纲要)$")
