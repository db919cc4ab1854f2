"""The page templates of make_pages.py, one per shape, and the page weight that --size-kb adds."""

import datetime
import json

from pagegen_chrome import (
    AGENCIES,
    BLOGS,
    MAGAZINES,
    OUTLETS,
    SECTIONS,
    Site,
    ad_slot,
    article_blocks,
    author_bio,
    block_nodes,
    byline_node,
    cookie_banner,
    figure,
    footer,
    head,
    jsonld_article,
    nav,
    newsletter_box,
    read_more,
    related_list,
    share_bar,
    slug,
    sprinkle,
    tags,
    top_bar,
    truth_lines,
)
from pagegen_dom import Raw, h, render_html
from pagegen_text import headline_case, pick_person

# --------------------------------------------------------------------------------------------------------------
# The page templates. Each returns (html tree, ground truth).


def news_page(rng, w, site, words, *, table=False, comments=0, kicker=None):
    published = w.date()
    author = w.author_line(rng.random() < 0.12)
    title = headline_case(w.headline(kicker=kicker), site.title_case)
    standfirst = w.standfirst() if rng.random() < 0.7 else None
    blocks = article_blocks(w, words, lists=table or rng.random() < 0.3, table=table, quotes=rng.random() < 0.2)
    truth = ([standfirst] if standfirst else []) + truth_lines(blocks)
    og_title = title if rng.random() < 0.8 else headline_case(w.headline(), site.title_case)
    meta = [
        ("description", standfirst or blocks[0][1][:150]),
        ("og:type", "article"),
        ("og:title", og_title),
        ("og:site_name", site.name),
        ("article:published_time", published.isoformat()),
    ]
    if rng.random() < 0.5:
        meta.append(("author", author))
    jsonld = jsonld_article(
        "NewsArticle", og_title, author, published, site, standfirst or "", truth if rng.random() < 0.35 else None
    )
    body_nodes = block_nodes(rng, blocks, site)
    furniture = [ad_slot(rng), read_more(rng, site, w), newsletter_box(rng, site), read_more(rng, site, w)]
    rng.shuffle(furniture)
    body_nodes = sprinkle(rng, body_nodes, furniture[: rng.randrange(1, 5)])
    header = [
        h("a.breadcrumb", {"href": site.url(slug(w.section))}, w.section),
        h("h1.headline", None, title),
    ]
    if standfirst:
        header.append(h("p.standfirst", None, standfirst))
    header.append(byline_node(rng, site, author, published))
    header.append(share_bar(rng))
    article = h(
        "article.story",
        None,
        h("header.story-header", None, *header),
        figure(rng, site, w, pick_person(rng)),
        h("div.story-body", {"itemprop": "articleBody"}, *body_nodes),
        tags(rng, site, w),
        share_bar(rng),
        author_bio(rng, author, w, site)
        if rng.random() < 0.5 and "," not in author and " and " not in author
        else None,
    )
    main = [article]
    if comments:
        main.append(comment_thread(rng, w, comments))
    main.append(
        related_list(
            rng, site, w, rng.choice(["Related Posts", "More from " + w.section, "Read next"]), rng.randrange(4, 9)
        )
    )
    body = h(
        "body.article-page",
        None,
        top_bar(rng, site, published + datetime.timedelta(days=rng.randrange(0, 30))),
        h("header.masthead", None, h("a.logo", {"href": site.url("")}, site.name), nav(rng, site, nested=True)),
        h("main", None, *main),
        h(
            "aside.sidebar",
            None,
            related_list(rng, site, w, rng.choice(["Most read", "Trending", "Popular"]), 5, bylines=False),
        ),
        footer(rng, site),
        cookie_banner(rng, site),
    )
    page = h("html", {"lang": "en"}, head(site, title, meta, jsonld), body)
    return page, dict(
        title=title, metadata_title=og_title, author=author, standfirst=standfirst, published=published, body=truth
    )


def comment_thread(rng, w, n):
    comments = []
    made = 0
    while made < n:
        replies = []
        for _ in range(rng.choice([0, 0, 0, 1, 2, 3])):
            replies.append(one_comment(rng, w))
            made += 1
        c = one_comment(rng, w)
        if replies:
            c.children.append(h("div.replies", None, *replies))
        comments.append(c)
        made += 1
    return h(
        "section#comments.comments",
        None,
        h("h2", None, f"{n} comments"),
        h(
            "div.comment-sort",
            None,
            "Sort by: ",
            h("a", None, "Newest"),
            " | ",
            h("a", None, "Oldest"),
            " | ",
            h("a", None, "Top"),
        ),
        *comments,
        h("button.load-more", None, "Load more comments"),
    )


def one_comment(rng, w):
    name = pick_person(rng) if rng.random() < 0.6 else w.handle()
    paras = [h("p", None, w.comment()) for _ in range(rng.choice([1, 1, 1, 2, 3]))]
    return h(
        "article.comment",
        None,
        h("header", None, h("strong.comment-author", None, name), " ", h("time", None, w.ago())),
        h("div.comment-body", None, *paras),
        h(
            "footer.comment-actions",
            None,
            h("a", None, "Reply"),
            " · ",
            h("a", None, "Report"),
            " · ",
            h("span", None, f"{rng.randrange(0, 90)} likes"),
        ),
    )


def blog_page(rng, w, words):
    name, domain, tagline = rng.choice(BLOGS)
    site = Site(rng, name, domain, "blog")
    published = w.date()
    author = w.author_line(False)
    title = headline_case(w.headline(), site.title_case)
    blocks = article_blocks(w, words, subheads=rng.random() < 0.5, lists=rng.random() < 0.3)
    truth = truth_lines(blocks)
    jsonld = {
        "@context": "https://schema.org",
        "@graph": [
            {"@type": "WebSite", "name": site.name, "url": site.url("")},
            {
                "@type": "BlogPosting",
                "headline": title,
                "datePublished": published.isoformat(),
                "author": {"@type": "Person", "name": author},
            },
        ],
    }
    meta = [("og:type", "article"), ("og:title", title), ("og:site_name", site.name), ("generator", "WordPress 6.5")]
    post_meta = rng.choice(["on-by", "by-on", "author-box"])
    if post_meta == "on-by":
        entry_meta = h(
            "div.entry-meta",
            None,
            "Posted on ",
            h("time", None, site.date(published)),
            " by ",
            h("a.author", None, author),
        )
    elif post_meta == "by-on":
        entry_meta = h(
            "div.entry-meta", None, "By ", h("a.author", None, author), " on ", h("time", None, site.date(published))
        )
    else:
        entry_meta = h(
            "div.entry-meta",
            None,
            h("div", None, "by ", h("a.author", None, author)),
            h("div", None, site.date(published)),
        )
    n_comments = rng.randrange(0, 12)
    comments = []
    for _ in range(n_comments):
        c = one_comment(rng, w)
        comments.append(h("li.comment", None, c))
    post = h(
        "article.post",
        None,
        h("header.entry-header", None, h("h1.entry-title", None, title), entry_meta),
        h("div.entry-content", None, *block_nodes(rng, blocks, site)),
        h(
            "div.sharedaddy",
            None,
            h("h3", None, "Share this:"),
            h("ul", None, *[h("li", None, h("a", None, n)) for n in ["Facebook", "X", "Email", "Print"]]),
        ),
        h("div.jp-relatedposts", None, h("h3", None, "Like this:"), h("p", None, "Like Loading...")),
        h(
            "footer.entry-footer",
            None,
            "Posted in ",
            h("a", None, w.section),
            " | Tagged ",
            *[x for t in w.tags(3) for x in (h("a", None, t), ", ")][:-1],
        ),
    )
    widgets = h(
        "aside#secondary.widget-area",
        None,
        related_list(rng, site, w, "Recent Posts", 5, bylines=False),
        h(
            "section.widget",
            None,
            h("h2", None, "Archives"),
            h("ul", None, *[h("li", None, h("a", None, f"{m} 2025")) for m in ["March", "February", "January"]]),
        ),
        h(
            "section.widget",
            None,
            h("h2", None, "Categories"),
            h("ul", None, *[h("li", None, h("a", None, s)) for s in rng.sample(SECTIONS, 4)]),
        ),
        h(
            "section.widget",
            None,
            h("h2", None, "Meta"),
            h("ul", None, *[h("li", None, h("a", None, s)) for s in ["Log in", "Entries feed", "Comments feed"]]),
        ),
    )
    discussion = h(
        "div#comments.comments-area",
        None,
        h("h2.comments-title", None, f"{n_comments} thoughts on “{title}”" if n_comments else "No comments yet"),
        h("ol.comment-list", None, *comments) if comments else None,
        h(
            "div#respond",
            None,
            h("h3", None, "Leave a Reply"),
            h("p", None, "Your email address will not be published. Required fields are marked *"),
            h("form", None, h("textarea", None), h("button", None, "Post Comment")),
        ),
    )
    body = h(
        "body.single-post",
        None,
        h("a.skip-link", {"href": "#content"}, "Skip to content"),
        h(
            "header#masthead",
            None,
            h("p.site-title", None, h("a", None, site.name)),
            h("p.site-description", None, tagline),
            nav(rng, site),
        ),
        h(
            "div#content",
            None,
            h(
                "main#primary",
                None,
                post,
                h("nav.post-navigation", None, h("a", None, "← Previous post"), h("a", None, "Next post →")),
                discussion,
            ),
            widgets,
        ),
        h("footer#colophon", None, h("p", None, "Proudly powered by WordPress | Theme: Twenty Something")),
    )
    page = h("html", {"lang": "en-GB"}, head(site, title, meta, jsonld), body)
    return site, page, dict(title=title, author=author, standfirst=None, published=published, body=truth)


def wire_page(rng, w, words):
    agency, short = rng.choice(AGENCIES)
    outlet, domain = rng.choice(OUTLETS)
    site = Site(rng, outlet, domain, "wire")
    published = w.date()
    reporter = pick_person(rng)
    title = headline_case(w.headline(), site.title_case)
    blocks = article_blocks(w, words, subheads=False)
    city = w.place.upper()
    dash = "—"
    opener = rng.choice(
        [f"{city} ({agency}) {dash} ", f"{city}, {published.strftime('%B')} {published.day} ({agency}) {dash} "]
    )
    blocks[0] = ("p", opener + blocks[0][1])
    truth = truth_lines(blocks)
    credits = f"Reporting by {reporter}; Editing by {pick_person(rng)}"
    has_byline = rng.random() < 0.75
    meta = [("og:title", title), ("og:type", "article")]
    story = [h("h1", None, title)]
    if has_byline:
        story.append(h("p.byline", None, f"By {reporter}"))
    story.append(h("p.timestamp", None, site.date(published)))
    story.extend(block_nodes(rng, blocks, site))
    story.append(h("p.credits", None, credits))
    story.append(h("p.standards", None, h("a", None, f"Our Standards: The {agency} Trust Principles.")))
    body = h(
        "body",
        None,
        h(
            "div.wire-header",
            None,
            h("a", None, site.name),
            " ",
            h("span", None, f"Wire stories from {agency} ({short})"),
        ),
        h("article.wire-story", None, *story),
        h("footer", None, h("p", None, f"© {published.year} {agency}. All rights reserved.")),
    )
    page = h("html", None, head(site, title, meta), body)
    return site, page, dict(title=title, author=reporter, standfirst=None, published=published, body=truth)


def live_page(rng, w, words, site):
    published = w.date()
    people = [pick_person(rng) for _ in range(rng.randrange(1, 4))]
    author = people[0] if len(people) == 1 else ", ".join(people[:-1]) + " and " + people[-1]
    title = w.live_title()
    standfirst = w.standfirst()
    points = [w.list_item() for _ in range(rng.randrange(3, 6))]
    entries = []
    count = 0
    minute = rng.randrange(6 * 60, 9 * 60)
    while count < words:
        heading = w.subhead() if rng.random() < 0.6 else None
        paras = [w.paragraph(1, 4) for _ in range(rng.randrange(1, 4))]
        count += sum(len(p.split()) for p in paras)
        entries.append((minute, heading, paras, rng.choice(people)))
        minute += rng.randrange(3, 40)
    entries.reverse()  # newest first, as live pages show them
    truth = [standfirst] + points
    nodes = []
    for minute_of_day, heading, paras, who in entries:
        stamp = f"{minute_of_day // 60 % 24:02d}:{minute_of_day % 60:02d}"
        kids = [
            h("time", {"datetime": f"{published.isoformat()}T{stamp}"}, stamp + (" GMT" if rng.random() < 0.5 else ""))
        ]
        if heading:
            kids.append(h("h3", None, heading))
            truth.append(heading)
        kids.extend(h("p", None, p) for p in paras)
        truth.extend(paras)
        kids.append(h("p.entry-author", None, who))
        kids.append(share_bar(rng) if rng.random() < 0.3 else None)
        nodes.append(h("article.live-entry", None, *kids))
    key_events = [h("li", None, h("a", {"href": "#"}, e[1])) for e in entries if e[1]][:6]
    jsonld = {
        "@context": "https://schema.org",
        "@type": "LiveBlogPosting",
        "headline": title,
        "coverageStartTime": published.isoformat(),
        "liveBlogUpdate": [
            {"@type": "BlogPosting", "headline": e[1] or "", "articleBody": " ".join(e[2])} for e in entries[:10]
        ],
    }
    meta = [("og:title", title), ("og:type", "article"), ("og:site_name", site.name)]
    body = h(
        "body.live",
        None,
        h("header.masthead", None, h("a.logo", None, site.name), nav(rng, site)),
        h(
            "main",
            None,
            h("span.live-badge", None, "LIVE"),
            h("h1", None, title),
            h("p.standfirst", None, standfirst),
            byline_node(rng, site, author, published),
            h(
                "section.key-points",
                None,
                h("h2", None, "Key points"),
                h("ul", None, *[h("li", None, p) for p in points]),
            ),
            h("section.key-events", None, h("h2", None, "Key events"), h("ul", None, *key_events))
            if key_events
            else None,
            h("div.live-feed", None, *nodes),
            h("button", None, f"Show {rng.randrange(5, 30)} more updates"),
        ),
        related_list(rng, site, w, "More on this story", 4),
        footer(rng, site),
        cookie_banner(rng, site) if rng.random() < 0.5 else None,
    )
    page = h("html", {"lang": "en"}, head(site, title, meta, jsonld), body)
    return page, dict(title=title, author=author, standfirst=standfirst, published=published, body=truth)


def longread_page(rng, w, words):
    name, domain = rng.choice(MAGAZINES)
    site = Site(rng, name, domain, "longread")
    published = w.date()
    author = pick_person(rng)
    photographer = pick_person(rng)
    title = headline_case(w.longread_title(), site.title_case)
    dek = w.standfirst()
    blocks = article_blocks(w, words, subheads=rng.random() < 0.5, quotes=True)
    truth = [dek] + truth_lines(blocks)
    nodes = block_nodes(rng, blocks, site, dropcap=True)
    furniture = []
    for _ in range(max(1, len(nodes) // 8)):
        paragraphs = [c for k, c in blocks if k == "p"]
        sentence = w.pull_quote(rng.choice(paragraphs))
        furniture.append(h("aside.pullquote", None, h("p", None, sentence)))
        furniture.append(figure(rng, site, w, photographer))
        furniture.append(h("div.section-break", None, "◆ ◆ ◆"))
    nodes = sprinkle(rng, nodes, furniture, every=3)
    credit = rng.choice(["words-photos", "by", "by-dot"])
    if credit == "words-photos":
        credit_node = h("p.credits", None, "Words by ", h("a", None, author), h("br"), "Photographs by ", photographer)
    elif credit == "by":
        credit_node = h("p.credits", None, "By ", h("a", None, author))
    else:
        credit_node = h("p.credits", None, "By ", h("a", None, author), " · ", h("time", None, site.date(published)))
    meta = [("og:title", title), ("og:description", dek), ("og:type", "article"), ("author", author)]
    jsonld = jsonld_article("Article", title, author, published, site, dek)
    body = h(
        "body.longread",
        None,
        h("header.masthead", None, h("a.logo", None, site.name), nav(rng, site), h("a.subscribe", None, "Subscribe")),
        h(
            "article",
            None,
            h("p.kicker", None, rng.choice(["The Long Read", "Feature", "Cover story", "Essay"])),
            h("h1", None, title),
            h("p.dek", None, dek),
            credit_node,
            figure(rng, site, w, photographer),
            h("div.article-body", None, *nodes),
            h("p.issue-note", None, f"This article appears in the {published.strftime('%B')} issue of {site.name}."),
            author_bio(rng, author, w, site),
        ),
        related_list(rng, site, w, "More from The Long Read", 4),
        newsletter_box(rng, site),
        footer(rng, site),
    )
    page = h("html", {"lang": "en"}, head(site, title, meta, jsonld), body)
    return site, page, dict(title=title, author=author, standfirst=dek, published=published, body=truth)


# --------------------------------------------------------------------------------------------------------------
# Page weight: what real pages carry besides the article (scripts, styles, menus), used to reach --size-kb.


def padding_chunk(rng, site, w, i):
    kind = i % 4
    if kind == 0:
        rules = []
        for j in range(40):
            n = rng.randrange(10**5)
            rules.append(
                f".c-{slug(w.section)}__el--{n}{{margin:0 {j % 8}px;padding:{j % 5}px {j % 7}px;color:#{n % 4096:03x};"
                f"font:400 {12 + j % 6}px/1.4 var(--font-sans)}}"
            )
        return "head", h("style", None, Raw("\n".join(rules)))
    if kind == 1:
        state = {
            "page": {"id": rng.randrange(10**9), "section": w.section, "tags": w.tags(6)},
            "ads": [
                {"slot": f"mpu-{j}", "sizes": [[300, 250], [300, 600]], "targeting": {"kw": w.tags(4)}}
                for j in range(12)
            ],
            "related": [
                {"id": rng.randrange(10**9), "headline": w.headline(), "url": site.url(str(j))} for j in range(10)
            ],
        }
        return "body", h(
            "script", None, Raw("window.__PRELOADED_STATE__ = " + json.dumps(state, ensure_ascii=False) + ";")
        )
    if kind == 2:
        groups = []
        for name in rng.sample(SECTIONS, 4):
            links = [
                h("li", None, h("a", {"href": site.url(slug(name) + "/" + slug(t)), "class": "mega-link"}, t))
                for t in w.tags(10)
            ]
            groups.append(h("div.mega-group", None, h("h5", None, name), h("ul", None, *links)))
        return "nav", h("div.mega-menu", {"hidden": None}, *groups)
    icons = []
    for j in range(12):
        path = " ".join(
            f"{rng.randrange(24)}.{rng.randrange(100)},{rng.randrange(24)}.{rng.randrange(100)}" for _ in range(14)
        )
        icons.append(h("symbol", {"id": f"icon-{j}", "viewBox": "0 0 24 24"}, h("path", {"d": "M" + path + "Z"})))
    return "body", h("svg", {"style": "display:none", "xmlns": "http://www.w3.org/2000/svg"}, *icons)


def pad_to(rng, site, w, page, target_bytes):
    head_el, body_el = page.children[0], page.children[1]
    size = len(render_html(page, site).encode("utf-8"))
    i = 0
    while size < target_bytes:
        where, chunk = padding_chunk(rng, site, w, i)
        if where == "head":
            head_el.children.append(chunk)
        elif where == "nav":
            body_el.children.insert(1, chunk)
        else:
            body_el.children.append(chunk)
        size += len(render_html(chunk, site).encode("utf-8")) + 1
        i += 1
