#!/usr/bin/env python3
"""Measures how well `credence extract` reads the pages make_pages.py writes.

For every NNNN_shape.json in a folder it runs `credence extract --json` on the page's HTML file and its text dump
and compares the result with the ground truth:
  title%    titles equal to the page's headline (white space folded, nothing else forgiven)
  byline%   authors equal to the page's byline: the same names in the same order, whatever separates them
  date%     publication dates equal
  P, R      bag-of-words precision and recall of the body: the words extracted that belong to the article, and
            the article's words that were extracted. A standfirst stored apart from the body counts as body.
            "micro" adds up words over all pages; "mean" averages the per-page figures.
per page shape and overall, then the worst pages with the lines that leaked in and the lines that were lost.
A page that gives an error counts as a miss everywhere (precision and recall 0).

  tests/bench/make_pages.py --out /tmp/pages --count 140
  tests/bench/evaluate.py /tmp/pages --credence build-bench/bin/credence
  tests/bench/evaluate.py /tmp/pages --formats txt --worst 20 --json /tmp/eval.json
  tests/bench/evaluate.py /tmp/pages --formats html --extractor "node tests/bench/readability_extract.mjs"

Targets: titles >= 95 % exact, body precision >= 0.95 and recall >= 0.95 (micro). --check exits 1 below them.
"""

import argparse
import collections
import json
import os
import re
import shlex
import subprocess
import sys
import unicodedata

TARGET_TITLE = 95.0
TARGET_P = 0.95
TARGET_R = 0.95
WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")


def words(text):
    return WORD.findall(unicodedata.normalize("NFC", text or "").lower())


def fold(text):
    return " ".join(unicodedata.normalize("NFC", text or "").split())


def names(byline):
    """A byline as its list of names: "A, B and C", "A, B, C" and "A & B & C" are the same three people."""
    return [n for n in re.split(r"\s*(?:,|;|&|\band\b)\s*", fold(byline)) if n]


def find_credence(explicit):
    if explicit:
        return shlex.split(explicit)
    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    for build in ("build-bench", "build"):
        path = os.path.join(root, build, "bin", "credence")
        if os.access(path, os.X_OK):
            return [path]
    sys.exit("evaluate.py: no credence binary found; pass --credence PATH")


def run_extract(credence, files, timeout):
    """{path: extracted object or error string}. Batches; a batch that crashes is retried file by file."""
    results = {}

    def one_batch(batch):
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", LC_ALL="C.UTF-8")
        try:
            proc = subprocess.run(
                [*credence, "extract", "--json", *batch],
                capture_output=True,
                timeout=timeout * len(batch),
                env=env,
            )
        except subprocess.TimeoutExpired:
            return None, "timed out"
        if proc.returncode not in (0, 1):
            return None, f"exit status {proc.returncode}: {proc.stderr.decode(errors='replace').strip()[:300]}"
        try:
            parsed = json.loads(proc.stdout.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError) as e:
            return None, f"unreadable output: {e}"
        return parsed, proc.stderr.decode(errors="replace")

    batch_size = 40
    for i in range(0, len(files), batch_size):
        batch = files[i : i + batch_size]
        parsed, errors = one_batch(batch)
        if parsed is None and len(batch) > 1:
            for f in batch:
                p, e = one_batch([f])
                results[f] = p[0] if p else (e.strip() or "no result")
            continue
        if parsed is None:
            results[batch[0]] = errors
            continue
        by_file = {o["file"]: o for o in parsed}
        error_lines = [line for line in errors.splitlines() if line.strip()]
        for f in batch:
            if f in by_file:
                results[f] = by_file[f]
            else:
                name = os.path.basename(f)
                results[f] = next((line for line in error_lines if name in line), "no result")
    return results


class Score:
    def __init__(self):
        self.pages = 0
        self.errors = 0
        self.titles = 0
        self.bylines = 0
        self.dates = 0
        self.overlap = 0
        self.predicted = 0
        self.truth = 0
        self.p_sum = 0.0
        self.r_sum = 0.0

    def add(self, page):
        self.pages += 1
        self.errors += page["error"] is not None
        self.titles += page["title_ok"]
        self.bylines += page["byline_ok"]
        self.dates += page["date_ok"]
        self.overlap += page["overlap"]
        self.predicted += page["predicted_words"]
        self.truth += page["truth_words"]
        self.p_sum += page["precision"]
        self.r_sum += page["recall"]

    def row(self):
        n = max(self.pages, 1)
        return dict(
            pages=self.pages,
            errors=self.errors,
            title=100.0 * self.titles / n,
            byline=100.0 * self.bylines / n,
            date=100.0 * self.dates / n,
            p_micro=self.overlap / self.predicted if self.predicted else 0.0,
            r_micro=self.overlap / self.truth if self.truth else 0.0,
            p_mean=self.p_sum / n,
            r_mean=self.r_sum / n,
        )


def lines_off(lines_a, bag_b, limit=3):
    """Lines of one text whose words are mostly absent from the other: what leaked in, or what was lost."""
    out = []
    for line in lines_a:
        ws = words(line)
        if not ws:
            continue
        missing = sum(1 for w in ws if bag_b[w] == 0)
        if missing >= 0.5 * len(ws):
            out.append(line if len(line) <= 110 else line[:107] + "...")
            if len(out) >= limit:
                break
    return out


def judge(record, fmt, extracted):
    truth_body = record["body"]
    truth_bag = collections.Counter(words(truth_body))
    page = dict(
        file=record[fmt],
        shape=record["shape"],
        format=fmt,
        error=None,
        title_ok=False,
        byline_ok=False,
        date_ok=False,
        expected_title=record["title"],
        got_title=None,
        seo_title=False,
        expected_author=record["author"],
        got_author=None,
        overlap=0,
        predicted_words=0,
        truth_words=sum(truth_bag.values()),
        precision=0.0,
        recall=0.0,
        leaked=[],
        lost=[],
    )
    if not isinstance(extracted, dict):
        page["error"] = extracted
        page["lost"] = ["(the whole article)"]
        return page
    body = extracted.get("body") or ""
    standfirst = extracted.get("standfirst") or ""
    if standfirst and fold(standfirst) not in fold(body):
        body = standfirst + "\n\n" + body
    bag = collections.Counter(words(body))
    overlap = sum((bag & truth_bag).values())
    page.update(
        got_title=extracted.get("title"),
        seo_title=fold(extracted.get("title")) == fold(record.get("metadata_title")) != fold(record["title"]),
        got_author=extracted.get("author"),
        title_ok=fold(extracted.get("title")) == fold(record["title"]),
        byline_ok=names(extracted.get("author")) == names(record["author"]),
        date_ok=(extracted.get("published") or "") == record["published"],
        overlap=overlap,
        predicted_words=sum(bag.values()),
        precision=overlap / sum(bag.values()) if bag else 0.0,
        recall=overlap / page["truth_words"] if page["truth_words"] else 1.0,
        leaked=lines_off(body.split("\n"), truth_bag),
        lost=lines_off(truth_body.split("\n"), bag),
    )
    return page


def f1(page):
    p, r = page["precision"], page["recall"]
    return 2 * p * r / (p + r) if p + r else 0.0


def print_table(pages, fmt):
    by_shape = collections.defaultdict(Score)
    total = Score()
    for page in pages:
        by_shape[page["shape"]].add(page)
        total.add(page)
    header = (
        f"{'format':6} {'shape':9} {'pages':>5} {'errors':>6} {'title%':>6} {'byline%':>7} {'date%':>6}"
        f" {'P micro':>7} {'R micro':>7} {'P mean':>7} {'R mean':>7}"
    )
    print(header)
    print("-" * len(header))
    rows = sorted(by_shape.items()) + [("ALL", total)]
    for shape, score in rows:
        r = score.row()
        print(
            f"{fmt:6} {shape:9} {r['pages']:5d} {r['errors']:6d} {r['title']:6.1f} {r['byline']:7.1f} {r['date']:6.1f}"
            f" {r['p_micro']:7.3f} {r['r_micro']:7.3f} {r['p_mean']:7.3f} {r['r_mean']:7.3f}"
        )
    return total.row()


def print_worst(pages, count):
    errors = collections.Counter()
    for p in pages:
        if p["error"]:
            errors[p["error"].replace(os.path.basename(p["file"]), "PAGE")] += 1
    if errors:
        print("\nerrors:")
        for message, n in errors.most_common():
            print(f"  {n} pages: {message}")
    worst = sorted((p for p in pages if not p["error"]), key=f1)[:count]
    if worst:
        print(f"\nworst {len(worst)} pages by body F1 (+ leaked into the body, - lost from it):")
    for p in worst:
        print(f"  {p['file']} [{p['format']}] P {p['precision']:.3f} R {p['recall']:.3f}")
        for line in p["leaked"]:
            print(f"      + {line}")
        for line in p["lost"]:
            print(f"      - {line}")
    misses = [p for p in pages if not p["title_ok"] and p["error"] is None][:count]
    if misses:
        print(f"\ntitle misses (first {len(misses)}):")
        for p in misses:
            seo = " (the page's OpenGraph/JSON-LD headline)" if p["seo_title"] else ""
            print(f"  {p['file']}: expected {p['expected_title']!r}, got {p['got_title']!r}{seo}")
    misses = [p for p in pages if not p["byline_ok"] and p["error"] is None][:count]
    if misses:
        print(f"\nbyline misses (first {len(misses)}):")
        for p in misses:
            print(f"  {p['file']}: expected {p['expected_author']!r}, got {p['got_author']!r}")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("folder", help="a folder written by make_pages.py")
    parser.add_argument("--credence", help="the credence binary (default: build-bench/bin or build/bin)")
    parser.add_argument(
        "--extractor",
        dest="credence",
        help="any command that answers `extract --json FILE...` "
        'like credence, e.g. "node tests/bench/readability_extract.mjs"',
    )
    parser.add_argument("--formats", default="txt,html", help="txt, html or both (default)")
    parser.add_argument("--worst", type=int, default=10, help="how many of the worst pages to show (default 10)")
    parser.add_argument("--timeout", type=float, default=30, help="seconds allowed per page (default 30)")
    parser.add_argument("--json", help="also write every page's result to this file")
    parser.add_argument("--check", action="store_true", help="exit 1 when a format misses the targets")
    args = parser.parse_args()

    credence = find_credence(args.credence)
    records = []
    for name in sorted(os.listdir(args.folder)):
        if name.endswith(".json"):
            with open(os.path.join(args.folder, name), encoding="utf-8") as f:
                record = json.load(f)
            if "shape" in record and "body" in record:
                records.append(record)
    if not records:
        sys.exit(f"evaluate.py: no ground-truth files in {args.folder}")

    all_pages = []
    below = []
    for fmt in [f.strip() for f in args.formats.split(",") if f.strip()]:
        wanted = [r for r in records if fmt in r]
        if not wanted:
            continue
        paths = [os.path.join(args.folder, r[fmt]) for r in wanted]
        extracted = run_extract(credence, paths, args.timeout)
        pages = []
        for r, path in zip(wanted, paths):
            page = judge(r, fmt, extracted.get(path, "no result"))
            page["file"] = path
            pages.append(page)
        print()
        total = print_table(pages, fmt)
        print_worst(pages, args.worst)
        met = total["title"] >= TARGET_TITLE and total["p_micro"] >= TARGET_P and total["r_micro"] >= TARGET_R
        verdict = "meets" if met else "misses"
        print(
            f"\n{fmt}: {verdict} the targets (title >= {TARGET_TITLE:.0f} %, P >= {TARGET_P}, R >= {TARGET_R}):"
            f" title {total['title']:.1f} %, P {total['p_micro']:.3f}, R {total['r_micro']:.3f},"
            f" {total['errors']} of {total['pages']} pages gave errors"
        )
        if not met:
            below.append(fmt)
        all_pages.extend(pages)
    if args.json:
        with open(args.json, "w", encoding="utf-8") as f:
            json.dump(all_pages, f, ensure_ascii=False, indent=1)
    return 1 if (args.check and below) else 0


if __name__ == "__main__":
    sys.exit(main())
