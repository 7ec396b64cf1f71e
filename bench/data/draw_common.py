"""What the blind draws' ``build.py`` share: reading the mirrored repositories, the candidate filters they
all apply, the pick of one page per site, and the command's tail (``--write`` brings the pages back, a
re-draw is printed and compared with the committed ``pages.jsonl``, ``--record`` writes it once).

Each set keeps its own choices in its ``build.py``: its sources and their commits, its seed and target, the
exclusions (``known_pages``), the filters that differ (placeholder hosts, names that name no page, made-up
paths, whether ``og:type`` may say "not an article") and how languages are ordered.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import random
import re
import subprocess
import sys
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import known_pages
from lxml import html as lhtml
from mirror_pages import bring_back, git_dir, read_rows

#: a path segment of a listing page (not an article)
LISTING = {"tag", "tags", "category", "categories", "topic", "topics", "search", "page", "archive",
           "archives", "author", "authors", "index", "sitemap", "feed", "rss", "label"}
#: what an ``og:type`` says of a page that is no article (a track, video, podcast episode, book, profile, product)
NOT_ARTICLE_TYPE = re.compile(r"music|video|podcast|book|profile|product")
#: file names that name no page (a folder per page holds one): matched by URL, site and content only
GENERIC = frozenset({"source.html", "input.html", "index.html", "article.html"})
#: hosts of made-up URLs that test pages carry (not a site), as the sets from notices-blind13 on read them; the sets
#: before keep the narrower pattern they were drawn with (a re-draw must draw what they drew)
PLACEHOLDER = re.compile(r"(^|\.)(example|exemple|foo)\.[a-z]+$|(^|\.)example-|^localhost$|^[^.]+$|fakehost")
#: made-up paths of synthetic fixtures (an id such as 12345678, a path naming an example or a test)
MADE_UP = re.compile(r"12345678|/example|/test-article")


class Mirror:
    """The mirrored repositories of a draw: ``git_dirs`` (source name -> git dir) read at ``commits``."""

    def __init__(self, git_dirs: dict[str, Path], commits: dict[str, str]) -> None:
        self.git_dirs, self.commits = git_dirs, commits
        #: source name -> (GitHub repository, commit, licence), as a set's ``SOURCES`` names them (:meth:`of`)
        self.sources: dict[str, tuple[str, str, str]] = {}

    @classmethod
    def of(cls, sources: dict[str, tuple[str, str, str]], mirror_root: Path | None = None) -> Mirror:
        """The mirror of a set's ``SOURCES`` (name -> (GitHub repository, commit, licence)): each repository's git
        dir under /work/.mirror (``mirror_pages.git_dir``; under ``mirror_root`` when given), read at its commit.
        One place, so that every set finds a repository where ``--write`` brings its pages back from."""
        mirror = cls({s: git_dir(repo, mirror_root) for s, (repo, _, _) in sources.items()},
                     {s: commit for s, (_, commit, _) in sources.items()})
        mirror.sources = dict(sources)
        return mirror

    def git(self, src: str, *args: str) -> bytes:
        return subprocess.run(["git", "--git-dir", str(self.git_dirs[src]), *args],
                              capture_output=True, check=True).stdout

    def ls(self, src: str, *dirs: str) -> list[str]:
        out = self.git(src, "ls-tree", "-r", "--name-only", "-z", self.commits[src], *dirs).decode()
        return [p for p in out.split("\0") if p]

    def raw(self, src: str, path: str) -> bytes:
        """The file at the source's commit as stored (what ``--write`` makes a page file from)."""
        return self.git(src, "show", f"{self.commits[src]}:{path}")

    def show(self, src: str, path: str) -> bytes:
        """The file at the source's commit (a ``.gz`` file unpacked)."""
        data = self.raw(src, path)
        return gzip.decompress(data) if path.endswith(".gz") else data

    def present(self, src: str, paths: list[str]) -> list[str]:
        """The ``paths`` (in their order) whose file the mirror holds: it lacks files of 4 MiB and more, too big
        for a draw anyway."""
        out = subprocess.run(["git", "--git-dir", str(self.git_dirs[src]), "cat-file", "--batch-check"],
                             input="".join(f"{self.commits[src]}:{p}\n" for p in paths).encode(),
                             capture_output=True, check=True)
        return [p for p, line in zip(paths, out.stdout.decode().splitlines(), strict=True)
                if not line.endswith("missing")]


def doc_of(data: bytes) -> Any:
    """The page parsed by lxml, or None."""
    try:
        return lhtml.fromstring(data)
    except (ValueError, lhtml.etree.ParserError):
        return None


def is_article(url: str, doc: Any, *, og_type: bool = True) -> bool:
    """A home page (empty path), a listing (a path segment such as tag/category/page/author/feed) or a page with
    fewer than three paragraphs of 80+ characters is not an article; with ``og_type``, neither is a page whose
    ``og:type`` declares a track, video, podcast, book, profile or product."""
    segs = [s.lower() for s in urlsplit(url).path.split("/") if s]
    if not segs or any(s in LISTING for s in segs) or doc is None:
        return False
    if og_type and NOT_ARTICLE_TYPE.search(" ".join(doc.xpath('//meta[@property="og:type"]/@content')).lower()):
        return False
    return sum(1 for p in doc.iter("p") if len(p.text_content().strip()) >= 80) >= 3


def lang_of(doc: Any) -> str:
    """The page's declared language (``<html lang>``, first two letters), "?" when none."""
    got = [v.strip().lower()[:2] for v in doc.xpath("/html/@lang | /html/@xml:lang") if v.strip()] if doc is not None else []
    return got[0] if got else "?"


def lang_or_meta(doc: Any) -> str:
    """The page's declared language: ``<html lang>``, else ``og:locale``, else a Content-Language meta (first two
    letters, lower case); "?" when none. Pages of old sites declare theirs only in the latter two (the history draws
    of notices-blind18 and -19 read them so)."""
    got = lang_of(doc)
    if got != "?" or doc is None:
        return got
    for xp in ('//meta[@property="og:locale"]/@content',
               '//meta[translate(@http-equiv, "CONTENTLAGU", "contentlagu")="content-language"]/@content'):
        vals = [v.strip().lower()[:2] for v in doc.xpath(xp) if v.strip()]
        if vals:
            return vals[0]
    return "?"


def why_dropped(c: dict, data: bytes, doc: Any, known: tuple[set[str], set[str], set[str], set[str]], *,
                placeholder: re.Pattern[str], max_gz: int, generic: Iterable[str] = (),
                made_up: re.Pattern[str] | None = None, og_type: bool = True) -> str:
    """Why candidate ``c`` (its ``url`` read already) is not drawn ("" when it may be): ``no-url`` (none, a
    ``placeholder`` host or a ``made_up`` URL), ``known`` (its file name, unless ``generic``, URL, site or
    content is a set's in ``known``), ``not-article``, ``too-big`` (over ``max_gz`` bytes gzipped)."""
    names, urls, sites, digests = known
    name = known_pages.norm_name(c["path"])
    if (not c["url"] or placeholder.search(known_pages.site_of(c["url"]) or "localhost")
            or (made_up is not None and made_up.search(c["url"]))):
        return "no-url"
    if ((name in names and name not in generic) or c["url"] in urls or known_pages.site_of(c["url"]) in sites
            or hashlib.sha256(data).hexdigest() in digests):
        return "known"
    if not is_article(c["url"], doc, og_type=og_type):
        return "not-article"
    return "too-big" if len(gzip.compress(data, 9, mtime=0)) > max_gz else ""


def pool_of(candidates: list[dict], show: Callable[[str, str], bytes], url_of: Callable[[bytes], str],
            why: Callable[[dict, bytes, Any], str], *,
            stats_key: Callable[[dict, str], str] = lambda _c, why: why) -> tuple[list[dict], dict[str, int]]:
    """The candidates ``why`` keeps (in (source, path) order, each with its ``url``, read with ``url_of``
    when its project gave none, and its ``lang``) and the count of each reason (``eligible`` for those kept)."""
    stats: dict[str, int] = {}
    pool: list[dict] = []
    for c in sorted(candidates, key=lambda c: (c["src"], c["path"])):
        data = show(c["src"], c["path"])
        doc = doc_of(data)
        c["url"] = (c["url"] or url_of(data)).strip()
        reason = why(c, data, doc)
        key = stats_key(c, reason or "eligible")
        stats[key] = stats.get(key, 0) + 1
        if not reason:
            c["lang"] = lang_of(doc)
            pool.append(c)
    return pool, stats


def one_per_site(pool: list[dict], seed: int) -> dict[str, dict]:
    """Site -> its first page in a shuffle of ``pool`` with ``random.Random(seed)`` (in that order)."""
    random.Random(seed).shuffle(pool)
    first: dict[str, dict] = {}
    for c in pool:
        first.setdefault(known_pages.site_of(c["url"]), c)
    return first


#: Second-level labels under a country code ("co.uk", "com.br", "ne.jp"): a publisher's name is the label before them.
_SECOND = {"co", "com", "org", "net", "ac", "gov", "edu", "ne", "or", "go"}


def publisher(url: str) -> str:
    """The host's registrable part, roughly: its last two labels, three under a country code's second level."""
    labels = known_pages.site_of(url).split(".")
    if len(labels) >= 3 and len(labels[-1]) == 2 and labels[-2] in _SECOND:
        return ".".join(labels[-3:])
    return ".".join(labels[-2:])


def one_per_publisher(first: dict[str, dict]) -> dict[str, dict]:
    """Publisher -> the first of ``first``'s pages (one per site, in its order) under it."""
    by_pub: dict[str, dict] = {}
    for c in first.values():
        by_pub.setdefault(publisher(c["url"]), c)
    return by_pub


def round_robin_by_lang(pages: Iterable[dict], target: int) -> list[dict]:
    """Up to ``target`` pages, taken round-robin over their languages (sorted by code), each language's in
    the given order: every language gets a page before any gets a second."""
    by_lang: dict[str, list[dict]] = {}
    for c in pages:
        by_lang.setdefault(c["lang"], []).append(c)
    ordered: list[dict] = []
    while len(ordered) < target and any(by_lang.values()):
        for lang in sorted(by_lang):
            if by_lang[lang] and len(ordered) < target:
                ordered.append(by_lang[lang].pop(0))
    return ordered


#: Murrough-Foley/web-content-extraction-benchmark (WCXB: 2,008 pages of 2025, one per domain, in a ``dev`` and a
#: ``test`` split) at the commit every set from notices-blind14 on draws it at, as a set's ``SOURCES`` names a source
WCXB = ("Murrough-Foley/web-content-extraction-benchmark", "c039d5ee9f5a3a984a0e167e63aacd04e76e78a9",
        "Apache-2.0 (LICENSE; metadata.json says CC-BY-4.0 for the dataset)")
#: WCXB's page types that are articles (not its forum, product, collection, listing, documentation or service pages)
WCXB_ARTICLE_TYPES = frozenset({"article"})


def wcxb_articles(mirror: Mirror, src: str = "wcxb") -> list[dict]:
    """The candidates of WCXB (source ``src`` of ``mirror``): its ``dev/html`` and ``test/html`` pages that its
    ``metadata.json`` types "article", each with the URL its ``<split>/ground-truth/<id>.json`` names (only that
    field is read: the file also holds an author and the article's text, which nobody here reads). One place, so
    that every set drawing from WCXB reads the same candidates the same way."""
    files = json.loads(mirror.show(src, "metadata.json"))["files"]
    out: list[dict] = []
    for path in mirror.ls(src, "dev/html", "test/html"):
        split, _, name = path.split("/")
        key = name.split(".", 1)[0]
        if (files.get(key) or {}).get("page_type") in WCXB_ARTICLE_TYPES:
            url = json.loads(mirror.show(src, f"{split}/ground-truth/{key}.json")).get("url") or ""
            out.append({"src": src, "path": path, "url": url})
    return out


def eligible(candidates: list[dict], show: Callable[[str, str], bytes], url_of: Callable[[bytes], str],
             known: tuple[set[str], set[str], set[str], set[str]], *, max_gz: int, placeholder: Any = PLACEHOLDER,
             generic: Iterable[str] = GENERIC, made_up: Any = MADE_UP,
             stats_key: Callable[[dict, str], str] | None = None) -> tuple[list[dict], dict[str, int]]:
    """The candidates :func:`why_dropped` keeps against ``known`` (:func:`pool_of`), and the counts of each reason;
    the filters default to the ones the sets from notices-blind13 on read."""
    return pool_of(
        candidates, show, url_of,
        lambda c, data, doc: why_dropped(c, data, doc, known, placeholder=placeholder, max_gz=max_gz,
                                         generic=generic, made_up=made_up),
        **({"stats_key": stats_key} if stats_key is not None else {}))


def blind_draw(candidates: list[dict], show: Callable[[str, str], bytes], url_of: Callable[[bytes], str],
               known: tuple[set[str], set[str], set[str], set[str]], *, seed: int, target: int, placeholder: Any,
               max_gz: int, generic: Iterable[str], made_up: Any, per_publisher: bool = False,
               stats_key: Callable[[dict, str], str] | None = None) -> tuple[list[dict], dict[str, int]]:
    """The draw of a blind set's ``build.py``: the eligible candidates (:func:`eligible` against ``known``), one page
    per site in a shuffle with ``seed`` (:func:`one_per_site`), with ``per_publisher`` one per publisher too
    (:func:`one_per_publisher`), taken round-robin over the languages until ``target`` pages
    (:func:`round_robin_by_lang`); and the counts (``sites``, ``publishers``). One place, so that each set's draw
    is this one call and a change to the method reaches every set's dry run (which says whether it still draws
    what ``pages.jsonl`` records)."""
    pool, stats = eligible(candidates, show, url_of, known, placeholder=placeholder, max_gz=max_gz, generic=generic,
                           made_up=made_up, stats_key=stats_key)
    chosen = one_per_site(pool, seed)
    stats["sites"] = len(chosen)
    if per_publisher:
        chosen = one_per_publisher(chosen)
        stats["publishers"] = len(chosen)
    return round_robin_by_lang(chosen.values(), target), stats


def others_then_wcxb(pool: list[dict], stats: dict[str, int], *, seed: int, target: int,
                     pick: Callable[[list[dict]], list[dict]] = list) -> tuple[list[dict], dict[str, int]]:
    """The draw of a set that adds pages of other sources to WCXB's: one page per site of ``pool`` (a shuffle with
    ``seed``), then one per publisher; the other sources' pages ``pick`` keeps (all by default, in that order), then
    WCXB's round-robin over its languages until ``target`` pages; ``stats`` gains ``pool``, ``sites`` and
    ``publishers``."""
    stats["pool"] = len(pool)
    first = one_per_site(pool, seed)
    by_pub = one_per_publisher(first)
    stats["sites"], stats["publishers"] = len(first), len(by_pub)
    other = pick([c for c in by_pub.values() if c["src"] != "wcxb"])
    return other + round_robin_by_lang([c for c in by_pub.values() if c["src"] == "wcxb"], target - len(other)), stats


def history_then_wcxb(candidates: list[dict], show: Callable[[str, str], bytes], url_of: Callable[[bytes], str],
                      known: tuple[set[str], set[str], set[str], set[str]], *, langs: frozenset[str], max_gz: int,
                      seed: int, target: int) -> tuple[list[dict], dict[str, int]]:
    """The draw of a set whose other pages come from projects' git histories (notices-blind18, -19): one page per
    site and publisher, every history page in a language of ``langs`` (:func:`lang_or_meta`), then WCXB's pages
    until ``target``."""
    pool, stats = eligible(candidates, show, url_of, known, max_gz=max_gz,
                           stats_key=lambda c, why: f"{c['src'].split('-')[0]}:{why}")
    for c in pool:
        if c["src"] != "wcxb":
            c["lang"] = lang_or_meta(doc_of(show(c["src"], c["path"])))
    return others_then_wcxb([c for c in pool if c["src"] == "wcxb" or c["lang"] in langs], stats,
                            seed=seed, target=target)


def row_of(here: Path, c: dict, repo: str, commit: str, licence: str, page: bytes) -> dict:
    """The ``pages.jsonl`` row of a drawn page ``c`` whose page file (as made) is ``page``."""
    return {"file": f"bench/data/{here.name}/{c['src']}-{hashlib.sha256(c['path'].encode()).hexdigest()[:12]}.html.gz",
            "url": c["url"], "lang": c["lang"], "source": repo, "commit": commit, "licence": licence,
            "upstream_path": c["path"], "sha256": hashlib.sha256(page).hexdigest(),
            "html_sha256": hashlib.sha256(gzip.decompress(page)).hexdigest()}


def recorder(here: Path, mirror: Mirror, make: Callable[[bytes, str], bytes]) -> Callable[[list[dict]], None]:
    """A set's ``--record``: write ``here/pages.jsonl`` from the draw, a :func:`row_of` row a drawn page, each
    page file made by ``make`` from the upstream file as stored (as ``--write`` makes it) to take its sha256; the
    pages themselves are not written."""
    def record(picked: list[dict]) -> None:
        with (here / "pages.jsonl").open("w", encoding="utf-8") as fh:
            for c in picked:
                repo, commit, licence = mirror.sources[c["src"]]
                page = make(mirror.raw(c["src"], c["path"]), c["path"])
                fh.write(json.dumps(row_of(here, c, repo, commit, licence, page), ensure_ascii=False) + "\n")
    return record


WRITE_HELP = "bring the pages of pages.jsonl back here from /work/.mirror, each checked against its sha256"


def options(description: str, record_help: str | None = None) -> argparse.Namespace:
    """A build.py's options: ``--write``, and ``--record`` when ``record_help`` is given."""
    ap = argparse.ArgumentParser(description=description)
    if record_help is not None:
        ap.add_argument("--record", action="store_true", help=record_help)
    ap.add_argument("--write", action="store_true", help=WRITE_HELP)
    return ap.parse_args()


def say_same(drawn: list[Any], recorded: list[Any]) -> int:
    """Say whether the re-draw is the one ``pages.jsonl`` records; the exit code (0: it is)."""
    same = drawn == recorded
    print(f"the draw {'is' if same else 'is NOT'} the one pages.jsonl records", file=sys.stderr)
    return 0 if same else 1


def main(here: Path, make: Callable[[bytes, str], bytes], description: str,
         draw: Callable[[], tuple[list[dict], dict[str, int]]], *, stats_text: Callable[[dict[str, int]], str] = str,
         record: Callable[[list[dict]], None] | None = None, record_help: str | None = None,
         record_then_compare: bool = False) -> int:
    """A draw's command: ``--write`` brings the pages back (made by ``make``); otherwise the draw is re-run,
    printed (its counts on stderr, a line a page on stdout) and compared with ``pages.jsonl`` by upstream path,
    in order. ``record`` (with ``record_help``): ``--record`` writes ``pages.jsonl`` from the draw, then stops
    (or, ``record_then_compare``, compares as without it)."""
    args = options(description, record_help if record is not None else None)
    if args.write:
        return bring_back(here, make)
    picked, stats = draw()
    print(stats_text(stats), "picked", len(picked), file=sys.stderr)
    for c in picked:
        print(c["src"], c.get("lang", ""), c["url"])
    if record is not None and args.record:
        record(picked)
        if not record_then_compare:
            return 0
    return say_same([c["path"] for c in picked], [r["upstream_path"] for r in read_rows(here)])


def stats_json(stats: dict[str, int]) -> str:
    return json.dumps(stats, sort_keys=True)
