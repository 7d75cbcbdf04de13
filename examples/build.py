#!/usr/bin/env python3
"""Regenerate the sample WARC and feeds from examples/news.jsonl.

    python examples/build.py               # writes examples/warc/ and examples/feeds/
    python examples/build.py --out /tmp/x  # writes /tmp/x/warc/ and /tmp/x/feeds/

Output is deterministic: every date, record id and timestamp is derived from the
documents themselves, and gzip members carry mtime 0, so two runs give
byte-identical files. Needs only the standard library and warcio.
"""
from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import html
import io
import json
import uuid
from pathlib import Path
from xml.sax.saxutils import escape as xml_escape
from xml.sax.saxutils import quoteattr

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

HERE = Path(__file__).resolve().parent
NEWS = HERE / "news.jsonl"

# Documents crawled into the WARC, with their page encodings (default utf-8).
WARC_IDS: tuple[str, ...] = (
    "en-hl-0902-uranium-price",
    "en-nw-0904-no-sign-posture",
    "en-cd-0905-no-sign-posture-wire",
    "ru-sk-0908-loginov-doktrina",
    "ru-gv-0908-loginov-doktrina-wire",
    "fr-dc-0908-moscou-doctrine",
    "uk-dv-0911-chornobyl-vystavka",
    "ru-sk-0916-ledokol",
    "en-nw-0918-dprk-icbm",
    "es-aa-0918-corea-icbm",
    "en-cd-0919-dprk-icbm-wire",
    "fr-cm-0924-medecine-nucleaire-lyon",
    "uk-kh-0929-ukraina-vidkydaye-zvynuvachennya",
    "de-tb-1002-inflation",
    "fr-cm-1005-activite-site-stockage",
    "uk-dv-1005-nibyto-aktyvnist",
    "en-cd-1006-pentagon-no-warhead-movement",
    "ru-gv-1006-kreml-oproverg",
    "de-rb-1006-angebliche-bewegungen",
    "de-tb-1012-nato-uebung",
    "es-dm-1023-rusia-ensayo-estrategico",
    "en-hl-1030-analysis-two-months",
)
CHARSETS: dict[str, str] = {
    "ru-gv-1006-kreml-oproverg": "windows-1251",
    "fr-dc-0908-moscou-doctrine": "iso-8859-1",
}

# Items of the RSS 2.0 feed (September desk) and of the Atom feed (October desk).
RSS_IDS: tuple[str, ...] = (
    "en-nw-0904-no-sign-posture",
    "ru-gv-0903-telekanal-demonstratsiya",
    "fr-dc-0908-moscou-doctrine",
    "de-rb-0909-atomdoktrin",
    "uk-dv-0914-mzs-yadernyy-shantazh",
    "ru-gv-0914-mid-vsemi-sredstvami",
    "en-cd-0917-senate-nuclear-option",
    "es-aa-0918-corea-icbm",
    "en-hl-0918-dprk-icbm-wire",
    "en-nw-0922-storm-gulf",
    "en-cd-0923-ctbt-mirror-test",
    "de-rb-0925-fusion-startup",
    "fr-dc-0928-bombe-sale-accusation",
    "es-dm-0928-bomba-sucia",
    "en-hl-0929-dirty-bomb-rejected",
)
ATOM_IDS: tuple[str, ...] = (
    "de-rb-1006-angebliche-bewegungen",
    "en-nw-1012-nato-steadfast-noon",
    "es-aa-1012-otan-ejercicio",
    "ru-sk-1014-mid-ucheniya-nato",
    "fr-cm-1016-dissuasion-europeenne",
    "fr-dc-1019-appel-ministres-defense",
    "uk-kh-1020-gur-oznak-nemaye",
    "en-hl-1021-geneva-new-start-talks",
    "ru-sk-1023-trenirovka-ssn",
    "de-rb-1026-jahrbuch-atomwaffen",
)

WARC_NAME = "sample.warc.gz"
RSS_NAME = "sample.rss"
ATOM_NAME = "sample.atom"

# Page furniture per language: navigation, cookie banner, byline, "most read", footer.
LOCALE: dict[str, dict] = {
    "en": {
        "nav": ["Home", "World", "Politics", "Business", "Science", "Sport", "Opinion"],
        "cookie": "We use cookies to improve your experience and to show relevant advertising.",
        "accept": "Accept all",
        "byline": "By staff reporters",
        "most_read": "Most read",
        "popular": ["Ten autumn walks within an hour of the city", "Crossword: Saturday special",
                    "How to read your energy bill"],
        "rights": "All rights reserved.",
        "links": ["About us", "Contact", "Privacy", "Terms of use"],
        "months": ["January", "February", "March", "April", "May", "June", "July", "August",
                   "September", "October", "November", "December"],
        "datefmt": "{month} {day}, {year}",
    },
    "fr": {
        "nav": ["Accueil", "International", "Politique", "Économie", "Sciences", "Sports", "Débats"],
        "cookie": "Nous utilisons des cookies pour améliorer votre expérience et mesurer l'audience.",
        "accept": "Tout accepter",
        "byline": "Par la rédaction",
        "most_read": "Les plus lus",
        "popular": ["Recette : la tarte aux pommes de grand-mère", "Mots croisés du week-end",
                    "Immobilier : les prix baissent-ils enfin ?"],
        "rights": "Tous droits réservés.",
        "links": ["Qui sommes-nous", "Contact", "Confidentialité", "Mentions légales"],
        "months": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
                   "septembre", "octobre", "novembre", "décembre"],
        "datefmt": "{day} {month} {year}",
    },
    "ru": {
        "nav": ["Главная", "В мире", "Политика", "Экономика", "Наука", "Спорт", "Мнения"],
        "cookie": "Мы используем файлы cookie, чтобы сделать сайт удобнее.",
        "accept": "Согласен",
        "byline": "Редакция",
        "most_read": "Самое читаемое",
        "popular": ["Погода на выходные: тепло задержится", "Как выбрать зимние шины",
                    "Афиша: куда сходить в октябре"],
        "rights": "Все права защищены.",
        "links": ["О редакции", "Контакты", "Реклама", "Политика конфиденциальности"],
        "months": ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
                   "сентября", "октября", "ноября", "декабря"],
        "datefmt": "{day} {month} {year}",
    },
    "uk": {
        "nav": ["Головна", "Світ", "Політика", "Економіка", "Культура", "Спорт", "Думки"],
        "cookie": "Ми використовуємо файли cookie, щоб покращити роботу сайту.",
        "accept": "Погоджуюсь",
        "byline": "Редакція",
        "most_read": "Найпопулярніше",
        "popular": ["Прогноз погоди на вихідні", "Де скуштувати найкращі вареники у Києві",
                    "Курс гривні: що чекає на ринок"],
        "rights": "Усі права захищені.",
        "links": ["Про нас", "Контакти", "Реклама", "Політика конфіденційності"],
        "months": ["січня", "лютого", "березня", "квітня", "травня", "червня", "липня", "серпня",
                   "вересня", "жовтня", "листопада", "грудня"],
        "datefmt": "{day} {month} {year}",
    },
    "de": {
        "nav": ["Startseite", "Politik", "Ausland", "Wirtschaft", "Wissen", "Sport", "Meinung"],
        "cookie": "Wir verwenden Cookies, um Ihnen ein besseres Nutzungserlebnis zu bieten.",
        "accept": "Alle akzeptieren",
        "byline": "Von unserer Redaktion",
        "most_read": "Meistgelesen",
        "popular": ["Herbstwetter: Goldener Oktober in Sicht", "Rätsel der Woche",
                    "Mietpreise: Wo Wohnen noch bezahlbar ist"],
        "rights": "Alle Rechte vorbehalten.",
        "links": ["Impressum", "Kontakt", "Datenschutz", "AGB"],
        "months": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
                   "September", "Oktober", "November", "Dezember"],
        "datefmt": "{day}. {month} {year}",
    },
    "es": {
        "nav": ["Portada", "Internacional", "Política", "Economía", "Ciencia", "Deportes", "Opinión"],
        "cookie": "Utilizamos cookies propias y de terceros para mejorar nuestros servicios.",
        "accept": "Aceptar",
        "byline": "Redacción",
        "most_read": "Lo más leído",
        "popular": ["El tiempo: llegan las primeras lluvias del otoño", "Crucigrama del domingo",
                    "Hipotecas: qué hacer si sube el euríbor"],
        "rights": "Todos los derechos reservados.",
        "links": ["Quiénes somos", "Contacto", "Privacidad", "Aviso legal"],
        "months": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
                   "septiembre", "octubre", "noviembre", "diciembre"],
        "datefmt": "{day} de {month} de {year}",
    },
}

# Central European / Eastern European summer time ends on 2026-10-25.
_DST_END = dt.date(2026, 10, 25)
_UTC_OFFSET = {"en": (0, 0), "fr": (2, 1), "de": (2, 1), "es": (2, 1), "uk": (3, 2), "ru": (3, 3)}


def load_docs(path: Path = NEWS) -> list[dict]:
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def _h(doc_id: str, salt: str) -> int:
    return int.from_bytes(hashlib.sha256(f"{salt}:{doc_id}".encode()).digest()[:4], "big")


def published_at(doc: dict) -> dt.datetime:
    """Local publication time: the doc's date at a fixed hour/minute derived from its id."""
    day = dt.date.fromisoformat(doc["published"])
    summer, winter = _UTC_OFFSET[doc["language"]]
    offset = summer if day < _DST_END else winter
    hour, minute = 6 + _h(doc["id"], "hour") % 14, _h(doc["id"], "minute") % 60
    tz = dt.timezone(dt.timedelta(hours=offset))
    return dt.datetime(day.year, day.month, day.day, hour, minute, tzinfo=tz)


def crawled_at(doc: dict) -> dt.datetime:
    """Crawl time in UTC: a few hours after publication."""
    delay = dt.timedelta(hours=2 + _h(doc["id"], "crawl") % 6, seconds=_h(doc["id"], "sec") % 3600)
    return (published_at(doc) + delay).astimezone(dt.timezone.utc)


def record_id(kind: str, key: str) -> str:
    return f"<urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, f'nukewatch-examples:{kind}:{key}')}>"


def iso_z(t: dt.datetime) -> str:
    return t.astimezone(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def rfc822(t: dt.datetime) -> str:
    days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    off = t.utcoffset() or dt.timedelta(0)
    sign = "+" if off >= dt.timedelta(0) else "-"
    mins = abs(int(off.total_seconds())) // 60
    return (f"{days[t.weekday()]}, {t.day:02d} {months[t.month - 1]} {t.year} "
            f"{t.hour:02d}:{t.minute:02d}:{t.second:02d} {sign}{mins // 60:02d}{mins % 60:02d}")


def http_date(t: dt.datetime) -> str:
    return rfc822(t.astimezone(dt.timezone.utc)).replace("+0000", "GMT")


def paragraphs(doc: dict) -> list[str]:
    return [p for p in doc["text"].split("\n\n") if p.strip()]


def host_of(url: str) -> str:
    return url.split("/")[2]


def section_of(url: str) -> str:
    return url.split("/")[3]


def human_date(doc: dict) -> str:
    loc = LOCALE[doc["language"]]
    d = dt.date.fromisoformat(doc["published"])
    return loc["datefmt"].format(day=d.day, month=loc["months"][d.month - 1], year=d.year)


def render_html(doc: dict, charset: str) -> str:
    """A realistic article page: head metadata, cookie banner, nav, article, sidebar, footer."""
    loc = LOCALE[doc["language"]]
    e = lambda s: html.escape(s, quote=True)  # noqa: E731
    host, section = host_of(doc["url"]), section_of(doc["url"])
    site = f"https://{host}"
    pub = published_at(doc).isoformat()
    paras = paragraphs(doc)
    desc = paras[0] if len(paras[0]) <= 160 else paras[0][:157].rsplit(" ", 1)[0] + "..."
    nav = "\n".join(
        f'      <li><a href="{site}/{"" if i == 0 else f"section-{i}/"}">{e(label)}</a></li>'
        for i, label in enumerate(loc["nav"]))
    popular = "\n".join(
        f'      <li><a href="{site}/popular/{i + 1}">{e(t)}</a></li>' for i, t in enumerate(loc["popular"]))
    links = " | ".join(f'<a href="{site}/page-{i + 1}">{e(t)}</a>' for i, t in enumerate(loc["links"]))
    body = "\n".join(f"    <p>{e(p)}</p>" for p in paras)
    return f"""<!DOCTYPE html>
<html lang="{doc['language']}">
<head>
  <meta charset="{charset}">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{e(doc['title'])} | {e(doc['outlet'])}</title>
  <meta name="description" content="{e(desc)}">
  <link rel="canonical" href="{e(doc['url'])}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="{e(doc['outlet'])}">
  <meta property="og:title" content="{e(doc['title'])}">
  <meta property="og:url" content="{e(doc['url'])}">
  <meta property="article:published_time" content="{pub}">
  <meta property="article:section" content="{e(section)}">
  <link rel="stylesheet" href="{site}/static/css/site.css">
  <script>window.dataLayer = window.dataLayer || []; window.dataLayer.push({{"page": "article"}});</script>
</head>
<body class="article-page">
  <div class="cookie-banner" role="dialog">
    <p>{e(loc['cookie'])}</p>
    <button type="button">{e(loc['accept'])}</button>
  </div>
  <header class="site-header">
    <a class="logo" href="{site}/">{e(doc['outlet'])}</a>
    <nav class="main-nav">
    <ul>
{nav}
    </ul>
    </nav>
  </header>
  <main>
  <header class="story-header">
    <h1>{e(doc['title'])}</h1>
    <p class="byline">{e(loc['byline'])} &middot; <time datetime="{pub}">{e(human_date(doc))}</time></p>
  </header>
  <article class="story-body">
{body}
  </article>
  <aside class="most-read">
    <h2>{e(loc['most_read'])}</h2>
    <ol>
{popular}
    </ol>
  </aside>
  </main>
  <footer class="site-footer">
    <p>&copy; 2026 {e(doc['outlet'])}. {e(loc['rights'])}</p>
    <p>{links}</p>
  </footer>
</body>
</html>
"""


def build_warc(docs: list[dict], path: Path) -> None:
    by_id = {d["id"]: d for d in docs}
    chosen = sorted((by_id[i] for i in WARC_IDS), key=lambda d: (crawled_at(d), d["id"]))
    path.parent.mkdir(parents=True, exist_ok=True)
    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=True, warc_version="1.0")

    info = ("software: nukewatch examples/build.py (warcio)\r\n"
            "format: WARC File Format 1.0\r\n"
            "conformsTo: http://bibnum.bnf.fr/WARC/WARC_ISO_28500_version1_latestdraft.pdf\r\n"
            "description: Fictional sample news pages for nukewatch; not real articles.\r\n"
            "isPartOf: nukewatch-examples\r\n").encode("utf-8")
    first = min(crawled_at(d) for d in chosen)
    warcinfo = writer.create_warc_record(
        "", "warcinfo", payload=io.BytesIO(info), length=len(info),
        warc_content_type="application/warc-fields",
        warc_headers_dict={"WARC-Record-ID": record_id("warcinfo", WARC_NAME),
                           "WARC-Date": iso_z(first - dt.timedelta(minutes=1)),
                           "WARC-Filename": WARC_NAME})
    writer.write_record(warcinfo)

    for doc in chosen:
        charset = CHARSETS.get(doc["id"], "utf-8")
        body = render_html(doc, charset).encode(charset)  # strict: fail loudly on unencodable text
        crawled = crawled_at(doc)
        http_headers = StatusAndHeaders("200 OK", [
            ("Date", http_date(crawled)),
            ("Server", "nginx"),
            ("Content-Type", f"text/html; charset={charset}"),
            ("Content-Length", str(len(body))),
            ("Last-Modified", http_date(published_at(doc))),
            ("Cache-Control", "max-age=300"),
            ("Vary", "Accept-Encoding"),
        ], protocol="HTTP/1.1")
        record = writer.create_warc_record(
            doc["url"], "response", payload=io.BytesIO(body), length=len(body),
            http_headers=http_headers,
            warc_headers_dict={"WARC-Record-ID": record_id("response", doc["url"]),
                               "WARC-Date": iso_z(crawled),
                               "WARC-Warcinfo-ID": record_id("warcinfo", WARC_NAME)})
        writer.write_record(record)
    path.write_bytes(buf.getvalue())


def _html_body(doc: dict) -> str:
    return "".join(f"<p>{html.escape(p, quote=False)}</p>" for p in paragraphs(doc))


def build_rss(docs: list[dict], path: Path) -> None:
    by_id = {d["id"]: d for d in docs}
    items = sorted((by_id[i] for i in RSS_IDS), key=lambda d: (published_at(d), d["id"]), reverse=True)
    out = ['<?xml version="1.0" encoding="utf-8"?>',
           '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" '
           'xmlns:atom="http://www.w3.org/2005/Atom">',
           "<channel>",
           "  <title>Newsdesk sample: world (September)</title>",
           "  <link>https://newsdesk.example/world</link>",
           '  <atom:link href="https://newsdesk.example/feeds/world.rss" rel="self" type="application/rss+xml"/>',
           "  <description>Fictional multilingual sample items for nukewatch. Not real news.</description>",
           f"  <lastBuildDate>{rfc822(published_at(items[0]))}</lastBuildDate>",
           "  <generator>nukewatch examples/build.py</generator>"]
    for d in items:
        out += ["  <item>",
                f"    <title>{xml_escape(d['title'])}</title>",
                f"    <link>{xml_escape(d['url'])}</link>",
                f'    <guid isPermaLink="true">{xml_escape(d["url"])}</guid>',
                f"    <pubDate>{rfc822(published_at(d))}</pubDate>",
                f"    <dc:language>{d['language']}</dc:language>",
                f"    <dc:creator>{xml_escape(d['outlet'])}</dc:creator>",
                f"    <source url={quoteattr('https://' + host_of(d['url']) + '/rss')}>{xml_escape(d['outlet'])}</source>",
                f"    <description>{xml_escape(_html_body(d))}</description>",
                "  </item>"]
    out += ["</channel>", "</rss>", ""]
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes("\n".join(out).encode("utf-8"))


def build_atom(docs: list[dict], path: Path) -> None:
    by_id = {d["id"]: d for d in docs}
    entries = sorted((by_id[i] for i in ATOM_IDS), key=lambda d: (published_at(d), d["id"]), reverse=True)
    out = ['<?xml version="1.0" encoding="utf-8"?>',
           '<feed xmlns="http://www.w3.org/2005/Atom">',
           "  <title>Newsdesk sample: world (October)</title>",
           "  <subtitle>Fictional multilingual sample entries for nukewatch. Not real news.</subtitle>",
           "  <id>tag:newsdesk.example,2026:feeds/world-october</id>",
           '  <link rel="self" type="application/atom+xml" href="https://newsdesk.example/feeds/world.atom"/>',
           '  <link rel="alternate" type="text/html" href="https://newsdesk.example/world"/>',
           f"  <updated>{published_at(entries[0]).isoformat()}</updated>",
           "  <generator>nukewatch examples/build.py</generator>"]
    for d in entries:
        t = published_at(d).isoformat()
        out += [f'  <entry xml:lang="{d["language"]}">',
                f"    <id>tag:newsdesk.example,2026:{d['id']}</id>",
                f'    <title type="text">{xml_escape(d["title"])}</title>',
                f'    <link rel="alternate" type="text/html" href={quoteattr(d["url"])}/>',
                f"    <published>{t}</published>",
                f"    <updated>{t}</updated>",
                f"    <author><name>{xml_escape(d['outlet'])}</name></author>",
                f'    <summary type="text">{xml_escape(paragraphs(d)[0])}</summary>',
                f'    <content type="html">{xml_escape(_html_body(d))}</content>',
                "  </entry>"]
    out += ["</feed>", ""]
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes("\n".join(out).encode("utf-8"))


def build(out_dir: Path, news: Path = NEWS) -> list[Path]:
    docs = load_docs(news)
    paths = [out_dir / "warc" / WARC_NAME, out_dir / "feeds" / RSS_NAME, out_dir / "feeds" / ATOM_NAME]
    build_warc(docs, paths[0])
    build_rss(docs, paths[1])
    build_atom(docs, paths[2])
    return paths


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=HERE, help="output directory (default: examples/)")
    ap.add_argument("--news", type=Path, default=NEWS, help="source JSON Lines (default: examples/news.jsonl)")
    args = ap.parse_args(argv)
    for p in build(args.out, args.news):
        print(p)


if __name__ == "__main__":
    main()
