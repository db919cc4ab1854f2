"""A tiny element tree for make_pages.py: serialised once as HTML and once as the text a scraper saves from it.

The text rendering imitates what browsers' innerText and the usual scrapers give: block elements on their own lines,
inline elements run together with no space added ("Share on FacebookShare on Twitter"), list items with a bullet,
table cells joined by spaces, scripts and styles dropped, hidden menus kept.
"""

import zlib

# fmt: off
VOID = {
    "meta", "link", "img", "br", "hr", "input", "source",
}
RAW_TEXT = {
    "script", "style",
}
BLOCK = {
    "html", "body", "head", "div", "p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "header", "footer", "nav",
    "section", "article", "aside", "main", "figure", "figcaption", "blockquote", "table", "thead", "tbody", "tr", "td",
    "th", "form", "title", "meta", "link", "script", "style", "svg", "symbol", "path", "textarea", "hr",
}
# fmt: on
# Blocks after which a browser-like dump leaves an empty line.
# fmt: off
PARAGRAPHS = {
    "p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "figure", "table", "ul", "ol", "section", "form",
}
NOT_RENDERED = {
    "head", "script", "style", "svg", "template", "input", "textarea", "img",
}
# fmt: on

ENTITIES = {
    "’": ("&rsquo;", "&#8217;"),
    "‘": ("&lsquo;", "&#8216;"),
    "“": ("&ldquo;", "&#8220;"),
    "”": ("&rdquo;", "&#8221;"),
    "—": ("&mdash;", "&#8212;"),
    "–": ("&ndash;", "&#8211;"),
    "é": ("&eacute;", "&#233;"),
    "ö": ("&ouml;", "&#246;"),
    "ë": ("&euml;", "&#235;"),
    "·": ("&middot;", "&#183;"),
    "©": ("&copy;", "&#169;"),
    "…": ("&hellip;", "&#8230;"),
}


class Raw:
    """Content written as it is: script and style bodies, JSON-LD."""

    __slots__ = ("text",)

    def __init__(self, text):
        self.text = text


class El:
    __slots__ = ("tag", "attrs", "children")

    def __init__(self, tag, attrs, children):
        self.tag = tag
        self.attrs = attrs
        self.children = children


def _flatten(items, out):
    for c in items:
        if c is None:
            continue
        if isinstance(c, (list, tuple)):
            _flatten(c, out)
        elif hasattr(c, "__next__"):
            _flatten(list(c), out)
        else:
            out.append(c)
    return out


def h(spec, attrs=None, *children):
    """h("div.byline#top", {"data-x": "1"}, "text", h("a", ...)): tag with optional classes and id."""
    tag, classes, ident = spec, [], None
    if "#" in tag:
        tag, _, rest = tag.partition("#")
        ident, *classes = rest.split(".")
    if "." in tag:
        tag, *more = tag.split(".")
        classes = more + classes
    a = {}
    if ident:
        a["id"] = ident
    if classes:
        a["class"] = " ".join(classes)
    if attrs:
        a.update(attrs)
    return El(tag, a, _flatten(children, []))


def _escape(text, entities):
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    if entities != "utf8":
        which = 0 if entities == "named" else 1
        for char, forms in ENTITIES.items():
            if char in text:
                text = text.replace(char, forms[which])
    return text


# What "div soup" sites (hashed CSS-in-JS class names, no semantic elements) make of semantic markup.
SOUP_TAGS = {
    "article": "div",
    "main": "div",
    "nav": "div",
    "header": "div",
    "footer": "div",
    "aside": "div",
    "section": "div",
    "figure": "div",
    "figcaption": "div",
    "time": "span",
}
SOUP_DROPPED = {"itemprop", "rel", "role", "aria-label"}


class _Markup:
    def __init__(self, site):
        self.entities = site.entities
        self.style = getattr(site, "markup", "semantic")
        self.salt = site.name

    def tag(self, tag):
        if self.style == "semantic":
            return tag
        if tag == "p" and self.style == "soup-divs":
            return "div"
        return SOUP_TAGS.get(tag, tag)

    def attrs(self, attrs):
        if self.style == "semantic":
            return attrs
        out = {}
        for key, value in attrs.items():
            if key in SOUP_DROPPED:
                continue
            if key in ("class", "id") and value:
                value = " ".join(f"css-{zlib.crc32((self.salt + c).encode()) % 16**6:06x}" for c in value.split())
            out[key] = value
        return out


def _write(node, out, markup):
    if isinstance(node, str):
        out.append(_escape(node, markup.entities))
        return
    if isinstance(node, Raw):
        out.append(node.text.replace("</", "<\\/"))
        return
    tag = markup.tag(node.tag)
    out.append("<" + tag)
    for key, value in markup.attrs(node.attrs).items():
        if value is None:
            out.append(" " + key)
        else:
            out.append(f' {key}="{_escape(str(value), markup.entities).replace(chr(34), "&quot;")}"')
    out.append(">")
    if node.tag in VOID:
        return
    last_block = False
    for c in node.children:
        # Line breaks only around block elements, where HTML ignores white space: the text stays the same.
        is_block = isinstance(c, El) and c.tag in BLOCK
        if is_block:
            out.append("\n")
        _write(c, out, markup)
        last_block = is_block
    if last_block:
        out.append("\n")
    out.append(f"</{tag}>")


def render_html(node, site):
    """The tree as HTML in the site's style: entity use, and semantic markup or "div soup" (site.markup)."""
    out = []
    _write(node, out, _Markup(site))
    return "".join(out)


class _Dump:
    def __init__(self, style):
        self.style = style
        self.lines = []
        self.current = []
        self.prefix = ""
        self.depth = 0

    def flush(self):
        text = " ".join("".join(self.current).split())
        self.current = []
        if text:
            self.lines.append(self.prefix + text)
            self.prefix = ""

    def gap(self):
        if self.style != "dense" and self.lines and self.lines[-1] != "":
            self.lines.append("")

    def bullet(self):
        if self.style == "browser":
            return "  " * self.depth + "• "
        if self.style == "dense":
            return "- "
        return "• "

    def walk(self, node):
        if isinstance(node, str):
            self.current.append(node)
            return
        if isinstance(node, Raw) or node.tag in NOT_RENDERED:
            return
        tag = node.tag
        if tag == "br":
            self.flush()
            return
        if tag == "tr":
            self.flush()
            cells = []
            for cell in node.children:
                inner = _Dump(self.style)
                inner.walk(cell)
                inner.flush()
                cells.append(" ".join(inner.lines))
            self.lines.append(" ".join(c for c in cells if c))
            return
        if tag not in BLOCK:
            for c in node.children:
                self.walk(c)
            return
        self.flush()
        if tag in ("ul", "ol"):
            self.depth += 1
        if tag == "li":
            self.prefix = self.bullet()
        for c in node.children:
            self.walk(c)
        self.flush()
        if tag in ("ul", "ol"):
            self.depth -= 1
        if tag in PARAGRAPHS or (tag == "li" and self.style == "spaced"):
            self.gap()


def render_text(node, style, rng):
    """The page as a scraper's text dump; @p style is "browser", "dense" or "spaced"."""
    dump = _Dump(style)
    dump.walk(node)
    dump.flush()
    lines = dump.lines
    while lines and lines[-1] == "":
        lines.pop()
    text = "\n".join(lines) + "\n"
    if rng.random() < 0.15:
        # Some scrapers save the page's trailing layout characters too.
        text += "\n" + " ".join(rng.choice([".", "$", "-"]) for _ in range(rng.randrange(10, 60)))
    return text
