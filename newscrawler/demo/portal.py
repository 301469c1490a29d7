"""A generated government news portal to crawl: an English edition and a GBK Chinese edition.

>>> portal = DemoPortal(en=36, zh=30)
>>> pages = portal.render()            # {path: Page}
>>> expected = portal.expected_articles("http://127.0.0.1:8765")

The English edition is laid out like a provincial English site (breadcrumb ``home > NEWS``,
a timestamp line, ``[Print] [Close]``); the Chinese one like a TRS/Hanweb provincial site (GBK,
the guideline meta tags, ``发布时间：... 来源：...``, ``【打印本页】【关闭窗口】``). With
``extras=True`` it also has the traps a crawler must handle: an article under two URLs, a link
with tracking parameters, a robots.txt-disallowed path, a dead link and a malformed page.

``layout="redesigned"`` serves the same content the way a redesign breaks a crawl that still
"works": article pages print their date from a script (and the Chinese edition drops its
``PubDate`` meta), the content container has a new name, and the second channel's list
(policies, 政策文件) is drawn by a script from a JSON feed, so that list has no article link.
The health checks of a crawl of it fail (``newscrawler/health/``).
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from html import escape

from newscrawler.demo import LAYOUTS

__all__ = ["LAYOUTS", "DemoArticle", "DemoPortal", "Page"]

EN_SITE = "Demo Provincial People's Government"
ZH_SITE = "示范省人民政府"
EN_CHANNELS = {"news": "NEWS", "policies": "POLICIES"}
ZH_CHANNELS = {"xwdt": "要闻动态", "zcwj": "政策文件"}
TIMEZONE_OFFSET = "+08:00"  # the demo sites' configs say Asia/Shanghai
# The channel whose list the redesign draws with a script, per edition.
_SCRIPTED_LISTS = ("policies", "zcwj")


@dataclass(frozen=True, slots=True)
class Page:
    body: bytes
    content_type: str = "text/html; charset=utf-8"
    status: int = 200


@dataclass(slots=True)
class DemoArticle:
    id: int
    edition: str  # "en" or "zh"
    channel: str  # the channel's path segment
    title: str
    published: datetime
    paragraphs: list[str]
    source: str | None
    date_only: bool = False  # the page prints only the date

    @property
    def path(self) -> str:
        d = self.published
        if self.edition == "en":
            return f"/en/art/{d.year}/{d.month}/{d.day}/art_{self.id}.html"
        return f"/zh/{self.channel}/{d:%Y%m}/t{d:%Y%m%d}_{self.id}.html"

    @property
    def published_at(self) -> str:
        if self.date_only:
            return self.published.date().isoformat()
        timespec = "seconds" if self.edition == "en" else "minutes"
        stamp = self.published.isoformat(timespec=timespec)
        if timespec == "minutes":
            stamp += ":00"
        return stamp + TIMEZONE_OFFSET

    @property
    def channel_name(self) -> str:
        return (EN_CHANNELS if self.edition == "en" else ZH_CHANNELS)[self.channel]


@dataclass
class DemoPortal:
    """The portal's content; :meth:`render` turns it into pages, and tests may edit it between
    crawls (``portal.add_articles(...)``) to see what an incremental crawl picks up."""

    en: int = 36
    zh: int = 30
    per_page: int = 10
    extras: bool = True
    seed: int = 1
    layout: str = "classic"  # or "redesigned" (see the module)
    articles: list[DemoArticle] = field(default_factory=list)

    def __post_init__(self) -> None:
        if self.layout not in LAYOUTS:
            raise ValueError(f"layout must be one of {', '.join(LAYOUTS)}, got {self.layout!r}")
        rng = random.Random(self.seed)
        start = datetime(2018, 5, 28, 9, 54, 31)
        for i in range(self.en):
            channel = "news" if i % 3 else "policies"
            self.articles.append(_english_article(rng, 1000 + i, channel, start - timedelta(
                hours=7 * i, minutes=i % 17), date_only=i % 5 == 4))
        for i in range(self.zh):
            channel = "xwdt" if i % 3 else "zcwj"
            published = (start - timedelta(hours=5 * i, minutes=i % 23)).replace(second=0)
            self.articles.append(_chinese_article(rng, 2000 + i, channel, published))
        self._next_id = 3000

    # -- editing -------------------------------------------------------------------------------

    def add_articles(self, count: int, *, edition: str = "en", channel: str | None = None
                     ) -> list[DemoArticle]:
        """Publish *count* new articles at the top of the lists (newest first), in the first
        channel of the edition unless *channel* names another."""
        rng = random.Random(self.seed * 7919 + self._next_id)
        newest = max(a.published for a in self.articles) if self.articles else datetime(2018, 1, 1)
        added = []
        for i in range(count):
            published = newest + timedelta(hours=i + 1)
            if edition == "en":
                article = _english_article(rng, self._next_id, channel or "news", published)
            else:
                article = _chinese_article(rng, self._next_id, channel or "xwdt",
                                           published.replace(second=0))
            self._next_id += 1
            added.append(article)
        self.articles.extend(added)
        return added

    # -- pages ---------------------------------------------------------------------------------

    def render(self) -> dict[str, Page]:
        pages: dict[str, Page] = {
            "/robots.txt": Page(b"User-agent: *\nDisallow: /en/private/\n", "text/plain"),
            "/": Page(_html_en("Home", '<a href="/en/index.html">English</a> '
                                       '<a href="/zh/index.html">中文</a>')),
            "/en/index.html": Page(_html_en(EN_SITE, "".join(
                f'<li><a href="/en/{c}/index.html">{n}</a></li>' for c, n in EN_CHANNELS.items()))),
            "/zh/index.html": Page(_gbk(_html_zh(ZH_SITE, "".join(
                f'<li><a href="/zh/{c}/index.html">{n}</a></li>' for c, n in ZH_CHANNELS.items()
            ))), "text/html"),
        }
        redesigned = self.layout == "redesigned"
        for article in self.articles:
            pages[article.path] = _render_article(article, redesigned=redesigned)
        extras = self._extra_links() if self.extras else {}
        for edition, channels in (("en", EN_CHANNELS), ("zh", ZH_CHANNELS)):
            for channel in channels:
                listed = sorted((a for a in self.articles
                                 if a.edition == edition and a.channel == channel),
                                key=lambda a: a.published, reverse=True)
                links = [(a.path, a.title, a.published) for a in listed]
                links[1:1] = extras.get(channel, [])
                pages.update(_list_pages(edition, channel, links, self.per_page,
                                         scripted=redesigned and channel in _SCRIPTED_LISTS))
        if self.extras:
            pages.update(self._extra_pages())
        return pages

    def expected_articles(self, base_url: str) -> list[dict[str, str | None]]:
        """The articles a correct crawl stores, as the fields the database holds."""
        base = base_url.rstrip("/")
        return [
            {"url": base + a.path, "site": f"demo-{a.edition}", "title": a.title,
             "published_at": a.published_at, "body": "\n\n".join(a.paragraphs),
             "source": a.source, "channel": a.channel_name,
             "language": a.edition}
            for a in self.articles
        ]

    # The traps, all in the English edition's lists except where noted.
    def _extra_links(self) -> dict[str, list[tuple[str, str, datetime]]]:
        when = datetime(2018, 6, 3, 10, 0)
        first_news = next(a for a in self.articles if a.edition == "en" and a.channel == "news")
        second_news = [a for a in self.articles if a.edition == "en" and a.channel == "news"][1]
        return {
            "news": [
                (second_news.path + "?utm_source=weibo&from=timeline", second_news.title, when),
                ("/en/private/art/2018/6/1/art_9001.html", "Internal draft", when),
                ("/en/art/2018/6/2/art_9404.html", "A removed article", when),
                ("/en/art/2018/6/3/art_9500.html", "A broken article", when),
            ],
            # The same news article listed again under a second address.
            "policies": [(_alias_path(first_news), first_news.title, first_news.published)],
        }

    def _extra_pages(self) -> dict[str, Page]:
        first_news = next(a for a in self.articles if a.edition == "en" and a.channel == "news")
        private = DemoArticle(9001, "en", "news", "Internal draft, not for crawlers",
                              datetime(2018, 6, 1, 8, 0), ["This page is disallowed."], None)
        return {
            # Both addresses name the first one canonical, as CMSs with aliases do.
            first_news.path: _render_article(first_news, canonical=first_news.path,
                                             redesigned=self.layout == "redesigned"),
            _alias_path(first_news): _render_article(first_news, canonical=first_news.path,
                                                     redesigned=self.layout == "redesigned"),
            private.path.replace("/en/art/", "/en/private/art/"): _render_article(private),
            # A CMS error page: served 200, but no title and no article text.
            "/en/art/2018/6/3/art_9500.html": Page(
                b"<html><head><title></title></head><body><div class='content'>"
                b"<!-- template error: article 9500 --></div></body>"),
        }


def _alias_path(article: DemoArticle) -> str:
    d = article.published
    return f"/en/art/{d.year}/{d.month}/{d.day}/art_{article.id + 4000}.html"


# -- content -------------------------------------------------------------------------------------

_EN_TOPICS = ["rural revitalization", "the digital economy", "clean water supply", "elderly care",
              "green transport", "flood prevention", "small business loans", "vocational training",
              "cultural heritage", "public health", "smart ports", "forest protection"]
_EN_CITIES = ["Hangzhou", "Ningbo", "Wenzhou", "Jiaxing", "Huzhou", "Shaoxing", "Jinhua", "Quzhou",
              "Zhoushan", "Taizhou", "Lishui"]
_EN_SOURCES = ["Zhejiang Daily", "Provincial Development and Reform Commission",
               "Department of Commerce", None]
_EN_SENTENCES = [
    "Officials from {city} presented a plan on {topic} at a meeting held on {day}.",
    "The plan sets {n} targets for the coming year and names the departments responsible.",
    "According to the provincial statistics bureau, investment in {topic} rose {p} percent.",
    "Residents of {city} will be able to apply online from next month, officials said.",
    "The province has set aside {n} million yuan to support {topic} in {city}.",
    "Experts at the meeting called for closer cooperation between {city} and its neighbours.",
    "A pilot program covering {n} villages will be evaluated at the end of the year.",
    "The measures follow a survey of {n} households carried out in {city} last spring.",
]
_ZH_TOPICS = ["乡村振兴", "数字经济", "生态环境保护", "养老服务", "营商环境", "防汛抗台",
              "职业技能培训", "文化遗产保护", "公共卫生", "港口建设", "森林资源保护", "科技创新"]
_ZH_CITIES = ["杭州市", "宁波市", "温州市", "嘉兴市", "湖州市", "绍兴市", "金华市", "衢州市",
              "舟山市", "台州市"]
_ZH_SOURCES = ["浙江日报", "省发展改革委", "省商务厅", "新华社"]
_ZH_SENTENCES = [
    "{day}，{city}召开{topic}工作推进会，部署下一阶段重点任务。",
    "会议指出，要把{topic}作为重要抓手，确保{n}项目标任务按期完成。",
    "据统计，今年以来全省{topic}相关投资同比增长{p}%，总体运行平稳。",
    "{city}将安排专项资金{n}万元，支持{topic}重点项目建设。",
    "下一步，各地各部门要加强协调配合，形成工作合力，推动{topic}取得新成效。",
    "目前，{city}已有{n}个乡镇纳入试点范围，群众满意度明显提升。",
]
_WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def _english_article(rng: random.Random, article_id: int, channel: str, published: datetime,
                     *, date_only: bool = False) -> DemoArticle:
    topic, city = rng.choice(_EN_TOPICS), rng.choice(_EN_CITIES)
    title = f"{city} moves ahead on {topic} ({article_id})"
    paragraphs = []
    for _ in range(rng.randint(3, 6)):
        sentences = rng.sample(_EN_SENTENCES, 3)
        day = _WEEKDAYS[published.weekday()]
        paragraphs.append(" ".join(s.format(city=city, topic=topic, day=day,
                                            n=rng.randint(3, 900), p=rng.randint(2, 40))
                                   for s in sentences))
    paragraphs[0] = f"Article {article_id}. " + paragraphs[0]
    return DemoArticle(article_id, "en", channel, title, published, paragraphs,
                       rng.choice(_EN_SOURCES), date_only=date_only)


def _chinese_article(rng: random.Random, article_id: int, channel: str,
                     published: datetime) -> DemoArticle:
    topic, city = rng.choice(_ZH_TOPICS), rng.choice(_ZH_CITIES)
    title = f"{city}扎实推进{topic}工作（第{article_id}期）"
    day = f"{published.month}月{published.day}日"
    paragraphs = []
    for _ in range(rng.randint(3, 5)):
        sentences = rng.sample(_ZH_SENTENCES, 2)
        paragraphs.append("".join(s.format(city=city, topic=topic, day=day,
                                           n=rng.randint(3, 900), p=rng.randint(2, 40))
                                  for s in sentences))
    paragraphs[0] = f"（编号{article_id}）" + paragraphs[0]
    return DemoArticle(article_id, "zh", channel, title, published, paragraphs,
                       rng.choice(_ZH_SOURCES))


# -- rendering -----------------------------------------------------------------------------------


def _gbk(text: str) -> bytes:
    return text.encode("gbk")


def _html_en(title: str, main: str, head: str = "") -> bytes:
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{escape(title)}'
            f"</title>{head}</head><body><div class=\"header\"><a href=\"/en/index.html\">"
            f"{escape(EN_SITE)}</a> | <a href=\"/zh/index.html\">中文</a></div>"
            f'<div class="main">{main}</div><div class="footer">Copyright © 2006-2026 '
            f"{escape(EN_SITE)}. All rights reserved.</div></body></html>").encode()


def _html_zh(title: str, main: str, head: str = "") -> str:
    return (f'<!DOCTYPE html><html><head><meta http-equiv="Content-Type" '
            f'content="text/html; charset=gb2312"><title>{escape(title)}</title>{head}</head>'
            f'<body><div class="top"><a href="/zh/index.html">{ZH_SITE}</a> '
            f'<a href="/en/index.html">English</a></div><div class="main">{main}</div>'
            f'<div class="bottom">版权所有：{ZH_SITE}办公厅 主办 网站标识码3300000001</div>'
            f"</body></html>")


def _scripted(stamp: str) -> str:
    """A date a script prints: what a reader sees, and no text for a parser."""
    return f'<script>document.write("{stamp}")</script>'


def _render_article(a: DemoArticle, *, canonical: str | None = None,
                    redesigned: bool = False) -> Page:
    body = "".join(f"<p>{escape(p)}</p>" for p in a.paragraphs)
    link = f'<link rel="canonical" href="{canonical}">' if canonical else ""
    if a.edition == "en":
        stamp = (f"{a.published:%B} {a.published.day}, {a.published.year}" if a.date_only
                 else f"{a.published:%Y-%m-%d %H:%M:%S}")
        source = f' <span class="source">Source: {escape(a.source)}</span>' if a.source else ""
        container = "story-body" if redesigned else "article-content"
        main = (f'<div class="crumb"><a href="/en/index.html">home</a> &gt; '
                f'<a href="/en/{a.channel}/index.html">{a.channel_name}</a></div>'
                f'<div class="article"><h1>{escape(a.title)}</h1>'
                f'<div class="info">{_scripted(stamp) if redesigned else stamp}{source}</div>'
                f'<div class="{container}">{body}</div>'
                f'<div class="tools">[<a href="javascript:window.print()">Print</a>] '
                f'[<a href="javascript:window.close()">Close</a>]</div></div>')
        return Page(_html_en(f"{a.title} - {EN_SITE}", main, link))
    stamp = f"{a.published:%Y-%m-%d %H:%M}"
    meta = (f'<meta name="ArticleTitle" content="{escape(a.title)}">'
            + ("" if redesigned else f'<meta name="PubDate" content="{stamp}">')
            + f'<meta name="ContentSource" content="{escape(a.source or "")}">'
            f'<meta name="ColumnName" content="{a.channel_name}">'
            f'<meta name="SiteName" content="{ZH_SITE}">')
    text = (f'<div class="article-body">{body}</div>' if redesigned
            else f'<div id="zoom"><div class="TRS_Editor">{body}</div></div>')
    main = (f'<div class="crumb">当前位置：<a href="/zh/index.html">首页</a> &gt; '
            f'<a href="/zh/{a.channel}/index.html">{a.channel_name}</a></div>'
            f'<div class="title">{escape(a.title)}</div>'
            f'<div class="info">发布时间：{_scripted(stamp) if redesigned else stamp}&nbsp;&nbsp;'
            f"来源：{escape(a.source or '')}&nbsp;&nbsp;【字体：大 中 小】</div>"
            f'{text}'
            f'<div class="tools">【打印本页】【关闭窗口】</div>')
    return Page(_gbk(_html_zh(f"{a.title}_{ZH_SITE}", main, meta)), "text/html")


def _list_pages(edition: str, channel: str, links: list[tuple[str, str, datetime]],
                per_page: int, *, scripted: bool = False) -> dict[str, Page]:
    if scripted:  # one page, whose list a script draws from a feed: no links in the HTML
        feed = f"/{edition}/{channel}/list.json"
        main = (f'<ul class="list" id="list" data-feed="{feed}"></ul>'
                f'<script src="/static/list.js"></script>')
        title = f"{(EN_CHANNELS if edition == 'en' else ZH_CHANNELS)[channel]}"
        page = (Page(_html_en(f"{title} - {EN_SITE}", main)) if edition == "en"
                else Page(_gbk(_html_zh(f"{title}_{ZH_SITE}", main)), "text/html"))
        return {f"/{edition}/{channel}/{_list_name(0)}": page}
    chunks = [links[i:i + per_page] for i in range(0, len(links), per_page)] or [[]]
    pages = {}
    for number, chunk in enumerate(chunks):
        items = "".join(f'<li><a href="{escape(path)}">{escape(title)}</a>'
                        f"<span>{when:%Y-%m-%d}</span></li>" for path, title, when in chunk)
        prev_label, next_label = ("上一页", "下一页") if edition == "zh" else ("Prev", "Next")
        nav = []
        if number > 0:
            nav.append(f'<a href="{_list_name(number - 1)}">{prev_label}</a>')
        if number + 1 < len(chunks):
            nav.append(f'<a href="{_list_name(number + 1)}">{next_label}</a>')
        main = f'<ul class="list">{items}</ul><div class="pages">{" ".join(nav)}</div>'
        path = f"/{edition}/{channel}/{_list_name(number)}"
        if edition == "en":
            pages[path] = Page(_html_en(f"{EN_CHANNELS[channel]} - {EN_SITE}", main))
        else:
            pages[path] = Page(_gbk(_html_zh(f"{ZH_CHANNELS[channel]}_{ZH_SITE}", main)),
                               "text/html")
    return pages


def _list_name(number: int) -> str:
    return "index.html" if number == 0 else f"index_{number}.html"
