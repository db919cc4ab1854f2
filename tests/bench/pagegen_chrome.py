"""Page parts for make_pages.py: site styles, the article body as blocks, and the furniture around it.

Every function returns elements of pagegen_dom; ground truth is kept apart by the callers (truth_lines()).
"""

import datetime
import json
import random

from pagegen_dom import Raw, h
from pagegen_text import TOPICS, Writer, headline_case, pick_person, pick_place


OUTLETS = [
    ("The Eastmere Courier", "eastmere-courier.example"),
    ("Valley Sentinel", "valleysentinel.example"),
    ("Harbour Ledger", "harbourledger.example"),
    ("Coastline Daily", "coastlinedaily.example"),
    ("The Civic Record", "civicrecord.example"),
    ("Brightwater Post", "brightwaterpost.example"),
    ("Northreach Times", "northreachtimes.example"),
    ("The Marrow Point Herald", "marrowpointherald.example"),
]
BLOGS = [
    ("Notes from the Estuary", "notesfromtheestuary.example", "Local politics, slowly and carefully"),
    ("The Quiet Ledger", "quietledger.example", "Budgets, councils and the money in between"),
    ("Tarnby Watch", "tarnbywatch.example", "Independent reporting on the Tarnby valley"),
    ("Kestrel Falls Notebook", "kestrelnotebook.example", "A reporter's notebook"),
]
AGENCIES = [("Meridian Press", "MP"), ("Continental News Agency", "CNA"), ("Pacifica Wire", "PW")]
MAGAZINES = [("Atlas Quarterly", "atlasquarterly.example"), ("The Long Table", "longtable.example")]
SECTIONS = ["World", "Politics", "Business", "Climate", "Health", "Science", "Local", "Opinion", "Sport", "Culture"]


# --------------------------------------------------------------------------------------------------------------
# Site style: everything that varies between sites but not within one page.


class Site:
    def __init__(self, rng, name, domain, shape):
        self.rng = rng
        self.name = name
        self.domain = domain
        self.shape = shape
        self.title_case = rng.random() < 0.6
        self.curly = rng.random() < 0.75
        self.entities = rng.choice(["utf8", "utf8", "named", "numeric"])
        self.charset = "windows-1252" if (shape in ("wire", "blog") and rng.random() < 0.12) else "utf-8"
        styles = ["long", "day-month", "iso"] + (["weekday", "pipe"] if shape in ("news", "comments", "table") else [])
        self.date_style = rng.choice(styles)
        self.dump_style = rng.choice(["browser", "browser", "dense", "spaced"])
        self.title_pattern = rng.choice(["{t} | {s}", "{t} - {s}", "{t} – {s}", "{s}: {t}", "{t}"])
        # Semantic HTML5, or "div soup": hashed class names and no semantic elements (soup-divs: not even <p>).
        self.markup = rng.choice(["semantic", "semantic", "semantic", "soup", "soup", "soup-divs"])

    def url(self, path):
        return f"https://www.{self.domain}/{path}"

    def date(self, d, with_time=None):
        t = with_time or datetime.time(self.rng.randrange(6, 22), self.rng.randrange(60))
        if self.date_style == "long":
            return f"{d.strftime('%B')} {d.day}, {d.year}"
        if self.date_style == "day-month":
            return f"{d.day} {d.strftime('%B')} {d.year}"
        if self.date_style == "iso":
            return d.isoformat()
        if self.date_style == "weekday":
            return f"{d.strftime('%a')} {d.day} {d.strftime('%b')} {d.year} {t.hour:02d}.{t.minute:02d} GMT"
        return f"Updated: {d.strftime('%d-%m-%Y')} {t.hour:02d}:{t.minute:02d} IST"


def slug(text):
    out = []
    for c in text.lower():
        if c.isascii() and c.isalnum():
            out.append(c)
        elif out and out[-1] != "-":
            out.append("-")
    return "".join(out).strip("-")[:80]


# --------------------------------------------------------------------------------------------------------------
# The article itself: a list of blocks, some of which are ground truth and some page furniture inside the body.


def article_blocks(w, words, *, subheads=True, lists=False, table=False, quotes=False):
    """Blocks of one article body, about @p words words long. Every block returned is ground truth."""
    blocks = []
    count = 0
    since_head = 0
    while count < words:
        if subheads and since_head >= 3 and w.rng.random() < 0.3:
            blocks.append(("h2", w.subhead()))
            since_head = 0
            continue
        if lists and w.rng.random() < 0.12:
            items = [w.list_item() for _ in range(w.rng.randrange(3, 7))]
            blocks.append((w.rng.choice(["ul", "ol"]), items))
            count += sum(len(i.split()) for i in items)
            continue
        if table and w.rng.random() < 0.08:
            head, rows = w.table()
            blocks.append(("h3", w.subhead()))
            blocks.append(("table", [head] + rows))
            blocks.append(("p", w.table_note()))
            count += 6 * len(rows)
            table = False
            continue
        if quotes and w.rng.random() < 0.05:
            text = w.paragraph(2, 3)
            blocks.append(("blockquote", text))
            count += len(text.split())
            continue
        text = w.paragraph()
        blocks.append(("p", text))
        count += len(text.split())
        since_head += 1
    return blocks


def truth_lines(blocks):
    lines = []
    for kind, content in blocks:
        if kind in ("p", "h2", "h3", "blockquote"):
            lines.append(content)
        elif kind in ("ul", "ol"):
            lines.extend(content)
        elif kind == "table":
            lines.extend(" ".join(row) for row in content)
    return lines


def with_inline_markup(rng, text, site):
    """The paragraph with a link or emphasis around a few of its words: the text stays exactly the same."""
    words = text.split(" ")
    if len(words) < 8 or rng.random() < 0.55:
        return [text]
    start = rng.randrange(1, len(words) - 4)
    end = start + rng.randrange(2, 4)
    if any(not w[-1].isalnum() for w in words[start : end - 1]):
        return [text]  # links do not cross sentence or clause boundaries
    before = " ".join(words[:start]) + " "
    inside = " ".join(words[start:end])
    after = " " + " ".join(words[end:])
    if rng.random() < 0.75:
        wrapped = h("a", {"href": site.url("news/" + slug(inside))}, inside)
    else:
        wrapped = h(rng.choice(["em", "strong"]), None, inside)
    return [before, wrapped, after]


def block_nodes(rng, blocks, site, *, dropcap=False):
    nodes = []
    for i, (kind, content) in enumerate(blocks):
        if kind == "p":
            if dropcap and i == 0 and len(content) > 1:
                nodes.append(h("p", None, h("span.dropcap", None, content[0]), content[1:]))
            else:
                nodes.append(h("p", None, *with_inline_markup(rng, content, site)))
        elif kind in ("h2", "h3"):
            nodes.append(h(kind, None, content))
        elif kind in ("ul", "ol"):
            nodes.append(h(kind, None, *[h("li", None, item) for item in content]))
        elif kind == "table":
            head, rows = content[0], content[1:]
            nodes.append(
                h(
                    "table.data-table",
                    None,
                    h("thead", None, h("tr", None, *[h("th", None, c) for c in head])),
                    h("tbody", None, *[h("tr", None, *[h("td", None, c) for c in row]) for row in rows]),
                )
            )
        elif kind == "blockquote":
            nodes.append(h("blockquote", None, h("p", None, content)))
    return nodes


def sprinkle(rng, nodes, furniture, every=4):
    """Puts furniture (ads, read-more links, figures) between body paragraphs, never first."""
    if not furniture:
        return nodes
    out = []
    pending = list(furniture)
    for i, n in enumerate(nodes):
        out.append(n)
        if pending and i >= 1 and i % every == every - 1 and rng.random() < 0.8:
            out.append(pending.pop(0))
    return out + pending[:1]


# --------------------------------------------------------------------------------------------------------------
# Page furniture shared by several templates.


def head(site, title, meta, jsonld=None, extra=None):
    children = [
        h("meta", {"charset": site.charset}),
        h("meta", {"name": "viewport", "content": "width=device-width, initial-scale=1"}),
        h("title", None, site.title_pattern.format(t=title, s=site.name)),
    ]
    for key, value in meta:
        attr = "property" if key.startswith(("og:", "article:")) else "name"
        children.append(h("meta", {attr: key, "content": value}))
    children.append(h("link", {"rel": "canonical", "href": site.url("story")}))
    children.append(h("link", {"rel": "stylesheet", "href": site.url("static/main.css")}))
    if jsonld is not None:
        children.append(h("script", {"type": "application/ld+json"}, Raw(json.dumps(jsonld, ensure_ascii=False))))
    children.append(h("script", {"async": None, "src": site.url("static/analytics.js")}))
    children.extend(extra or [])
    return h("head", None, *children)


def nav(rng, site, *, nested=False):
    items = []
    for name in rng.sample(SECTIONS, rng.randrange(5, 9)):
        link = h("a", {"href": site.url(slug(name))}, name)
        if nested and rng.random() < 0.3:
            subs = [h("li", None, h("a", {"href": site.url(slug(s))}, s)) for s in rng.sample(SECTIONS, 3)]
            items.append(h("li.menu-item", None, link, h("ul.sub-menu", None, *subs)))
        else:
            items.append(h("li.menu-item", None, link))
    return h("nav.site-nav", {"aria-label": "Main"}, h("ul", None, *items))


def top_bar(rng, site, today):
    links = ["About us", "Our Authors", "Contact Us", "Advertise", "Newsletters"]
    return h(
        "div.top-bar",
        None,
        h("span.today", None, f"{today.strftime('%A')}, {today.strftime('%B')} {today.day}, {today.year}"),
        h("ul", None, *[h("li", None, h("a", {"href": site.url(slug(x))}, x)) for x in rng.sample(links, 4)]),
    )


def share_bar(rng):
    style = rng.choice(["on", "short", "tweetpin"])
    if style == "on":
        nets = ["Facebook", "Twitter", "LinkedIn", "WhatsApp", "Email"][: rng.randrange(2, 5)]
        links = [h("a.share", {"href": "#"}, f"Share on {n}") for n in nets]
    elif style == "short":
        links = [h("a.share", {"href": "#"}, n) for n in ["Share", "Tweet", "Email", "Print"]]
    else:
        links = [h("a.share", {"href": "#"}, n) for n in ["Share", "Tweet", "Pin"]]
    return h("div.share-bar", None, *links)


def related_list(rng, site, w, title, n, *, bylines=True, own_topic=None):
    cards = []
    for _ in range(n):
        other = Writer(random.Random(rng.random()), TOPICS[rng.randrange(len(TOPICS))], pick_place(rng), w.money)
        headline = headline_case(other.headline(), site.title_case)
        bits = [h("a.related-title", {"href": site.url("news/" + slug(headline))}, headline)]
        if bylines:
            bits.append(h("div.related-meta", None, f"by {pick_person(rng)}"))
            bits.append(h("div.related-date", None, site.date(other.date())))
        cards.append(h("li.related-item", None, *bits))
    return h("section.related", None, h("h3", None, title), h("ul", None, *cards))


def cookie_banner(rng, site):
    text = rng.choice(
        [
            "This website uses cookies. By continuing to use this website you are giving consent to cookies "
            "being used. Visit our Privacy and Cookie Policy.",
            "We use cookies to improve your experience and to show you relevant advertising. You can change your "
            "choices at any time.",
            f"{site.name} and our partners use cookies to personalise content and measure our audience.",
        ]
    )
    return h(
        "div.cookie-banner",
        {"role": "dialog"},
        h("p", None, text),
        h("button", None, "Accept all"),
        h("button", None, "Manage preferences"),
    )


def footer(rng, site):
    links = ["Privacy Policy", "Terms of Use", "Cookie Policy", "Contact", "Careers", "Accessibility"]
    year = 2025
    return h(
        "footer.site-footer",
        None,
        h("ul", None, *[h("li", None, h("a", {"href": site.url(slug(x))}, x)) for x in rng.sample(links, 5)]),
        h(
            "p.copyright",
            None,
            rng.choice([f"© {year} {site.name}", f"Copyright © {year} {site.name}. All rights reserved."]),
        ),
    )


def newsletter_box(rng, site):
    return h(
        "aside.newsletter",
        None,
        h("h4", None, rng.choice(["Sign up for the Morning Briefing", "Newsletter", "Get the news first"])),
        h("p", None, f"The stories that matter, from {site.name}, in your inbox every weekday."),
        h(
            "form",
            None,
            h("input", {"type": "email", "placeholder": "Your email address"}),
            h("button", None, "Subscribe"),
        ),
    )


def ad_slot(rng):
    return h("div.ad-slot", {"data-slot": str(rng.randrange(1000))}, h("span.ad-label", None, "Advertisement"))


def read_more(rng, site, w):
    other = Writer(random.Random(rng.random()), TOPICS[rng.randrange(len(TOPICS))], pick_place(rng), w.money)
    headline = headline_case(other.headline(), site.title_case)
    return h(
        "p.read-more",
        None,
        h("strong", None, rng.choice(["Read more:", "Related:", "READ MORE:"])),
        " ",
        h("a", {"href": site.url("news/" + slug(headline))}, headline),
    )


def figure(rng, site, w, photographer):
    caption = w.caption()
    credit = rng.choice(
        [f"Photograph: {photographer}", f"Photo: {photographer}/{site.name}", f"{photographer} for {site.name}"]
    )
    return h(
        "figure",
        None,
        h("img", {"src": site.url(f"img/{rng.randrange(10**6)}.jpg"), "alt": caption}),
        h("figcaption", None, caption, " ", h("span.credit", None, credit)),
    )


def tags(rng, site, w):
    names = w.tags(rng.randrange(3, 8))
    return h(
        "div.tags",
        None,
        h("span", None, "Tags: "),
        *[h("a", {"href": site.url("tag/" + slug(t))}, t) for t in names],
    )


def author_bio(rng, author, w, site):
    return h("div.author-bio", None, h("strong", None, author), h("p", None, w.bio(author, site.name)))


def jsonld_article(kind, title, author, published, site, description, body_lines=None):
    data = {
        "@context": "https://schema.org",
        "@type": kind,
        "headline": title,
        "datePublished": published.isoformat() + "T08:00:00Z",
        "publisher": {"@type": "Organization", "name": site.name},
        "description": description,
    }
    if author:
        data["author"] = [{"@type": "Person", "name": a} for a in split_authors(author)]
    if body_lines:
        data["articleBody"] = "\n\n".join(body_lines)
    return data


def split_authors(author):
    parts = author.replace(" and ", ", ").split(", ")
    return [p for p in parts if p]


def byline_node(rng, site, author, published, *, prefix="By "):
    people = split_authors(author)
    linked = []
    for i, p in enumerate(people):
        if i:
            linked.append(" and " if i == len(people) - 1 else ", ")
        linked.append(h("a", {"href": site.url("author/" + slug(p)), "rel": "author"}, p))
    stamp = h("time", {"datetime": published.isoformat()}, site.date(published))
    if rng.random() < 0.5:
        return h("div.byline", None, h("div.author", None, prefix, *linked), h("div.date", None, stamp))
    return h("div.byline", None, h("span.author", None, prefix, *linked), rng.choice([" · ", " | ", " "]), stamp)
