#!/usr/bin/env python3
"""Writes a synthetic corpus of news pages with ground truth, to measure and benchmark article extraction.

Every page comes in the shapes real sites use:
  news      a news CMS template: JSON-LD and OpenGraph, header navigation, share bar, related list, footer
  blog      a WordPress-like blog post with sidebar widgets and a comments section
  wire      a wire-service story: "CITY (Agency) —" dateline, minimal chrome, "Reporting by" credits
  live      a live blog: key points and timestamped entries
  comments  a news article followed by a long reader comment thread
  table     an explainer with a table, bullet and numbered lists
  longread  a magazine long read with a dek, pull quotes, figures with captions and an author bio

For each page NNNN_shape it writes NNNN_shape.html, the plain-text dump a scraper would save from the same page
(NNNN_shape.txt: menus, share lines, related lists, cookie banners and bios included, as in the seeds) and
NNNN_shape.json with the ground truth: title, author, standfirst and body (what a reader would call the article).

The body is the standfirst, paragraphs, subheadings, list items, table rows and block quotes of the article; never
captions and credits, pull quotes, "Read more" links, ads, newsletter boxes, live-blog timestamps and entry credits,
"Reporting by" lines, author bios or comments. The title is the headline shown on the page (<h1>); on one page in
five of the news templates the OpenGraph / JSON-LD headline is a different, SEO one, as on many real sites. Sites
vary in entity use, charset (a few wire and blog pages are windows-1252), date formats, and markup: semantic HTML5,
or "div soup" with hashed class names and no <article>/<main>/<nav> (and on some, no <p> either).

All text comes from a small generator seeded by --seed: the same arguments always give the same bytes, and no
sentence is taken from a real page.

  tests/bench/make_pages.py --out /tmp/pages --count 140                  # 20 of each shape, natural sizes
  tests/bench/make_pages.py --out /tmp/bench --count 200 --bench          # ~100 KB HTML pages for extract_bench
  tests/bench/make_pages.py --out /tmp/big --size-kb 250 --words 2000-4000 --shapes news,longread
"""

import argparse
import json
import os
import random
import sys

from pagegen_chrome import OUTLETS, Site
from pagegen_dom import render_html, render_text
from pagegen_pages import blog_page, live_page, longread_page, news_page, pad_to, wire_page
from pagegen_text import TOPICS, Writer, pick_place

SHAPES = ["news", "blog", "wire", "live", "comments", "table", "longread"]

# --------------------------------------------------------------------------------------------------------------


def make_page(index, shape, args):
    rng = random.Random(args.seed * 1_000_003 + index)
    topic = TOPICS[rng.randrange(len(TOPICS))]
    w = Writer(rng, topic, pick_place(rng), rng.choice(["£", "€", "$"]))
    words = rng.randrange(args.min_words, args.max_words + 1)
    outlet, domain = rng.choice(OUTLETS)
    if shape == "news":
        site = Site(rng, outlet, domain, shape)
        page, truth = news_page(rng, w, site, words)
    elif shape == "comments":
        site = Site(rng, outlet, domain, shape)
        page, truth = news_page(rng, w, site, words, comments=rng.randrange(40, 160))
    elif shape == "table":
        site = Site(rng, outlet, domain, shape)
        page, truth = news_page(rng, w, site, words, table=True, kicker=rng.choice(["Explainer", "Analysis", None]))
    elif shape == "live":
        site = Site(rng, outlet, domain, shape)
        page, truth = live_page(rng, w, words, site)
    elif shape == "blog":
        site, page, truth = blog_page(rng, w, words)
    elif shape == "wire":
        site, page, truth = wire_page(rng, w, words)
    else:
        site, page, truth = longread_page(rng, w, words * 5 // 2)
    if args.size_kb:
        pad_to(rng, site, w, page, args.size_kb * 1024)
    return site, page, truth


def parse_range(text):
    lo, _, hi = text.partition("-")
    return int(lo), int(hi or lo)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", required=True, help="folder to write into (created if missing)")
    parser.add_argument("--count", type=int, default=140, help="number of pages (default 140)")
    parser.add_argument("--seed", type=int, default=1, help="generator seed (default 1)")
    parser.add_argument("--shapes", default=",".join(SHAPES), help="comma-separated shapes, taken in turn")
    parser.add_argument("--words", default="400-1200", help="article length in words, MIN-MAX (default 400-1200)")
    parser.add_argument(
        "--size-kb", type=int, default=0, help="pad every HTML page to about this size with scripts, styles and menus"
    )
    parser.add_argument("--bench", action="store_true", help="benchmark pages: --size-kb 100 --words 900-1600")
    parser.add_argument("--formats", default="html,txt", help="which files to write: html, txt or both (default)")
    args = parser.parse_args()
    if args.bench:
        args.size_kb = args.size_kb or 100
        if args.words == parser.get_default("words"):
            args.words = "900-1600"
    args.min_words, args.max_words = parse_range(args.words)
    shapes = [s.strip() for s in args.shapes.split(",") if s.strip()]
    unknown = [s for s in shapes if s not in SHAPES]
    if unknown:
        parser.error(f"unknown shapes {unknown}; known: {', '.join(SHAPES)}")
    formats = set(args.formats.split(","))
    os.makedirs(args.out, exist_ok=True)
    total = 0
    for i in range(args.count):
        shape = shapes[i % len(shapes)]
        site, page, truth = make_page(i, shape, args)
        stem = f"{i:04d}_{shape}"
        record = {
            "shape": shape,
            "title": truth["title"],
            "author": truth["author"],
            "published": truth["published"].isoformat(),
            "publication": site.name,
            "metadata_title": truth.get("metadata_title", truth["title"]),
            "standfirst": truth["standfirst"],
            "body": "\n\n".join(truth["body"]),
            "seed": args.seed,
            "index": i,
        }
        if "html" in formats:
            html_text = "<!DOCTYPE html>\n" + render_html(page, site) + "\n"
            data = html_text.encode(site.charset, errors="xmlcharrefreplace")
            with open(os.path.join(args.out, stem + ".html"), "wb") as f:
                f.write(data)
            record["html"] = stem + ".html"
            record["charset"] = site.charset
            total += len(data)
        if "txt" in formats:
            with open(os.path.join(args.out, stem + ".txt"), "w", encoding="utf-8", newline="\n") as f:
                f.write(render_text(page, site.dump_style, random.Random(i)))
            record["txt"] = stem + ".txt"
        with open(os.path.join(args.out, stem + ".json"), "w", encoding="utf-8", newline="\n") as f:
            json.dump(record, f, ensure_ascii=False, indent=1)
            f.write("\n")
    if "html" in formats and args.count:
        print(f"{args.count} pages in {args.out}, HTML {total / args.count / 1024:.1f} KB on average", file=sys.stderr)


if __name__ == "__main__":
    main()
