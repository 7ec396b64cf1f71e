"""Write ``archiver/extract/css_supports.json``: what Chromium supports, asked of Chromium itself (rvsec70).

:mod:`archiver.extract.css_supports` decides an ``@supports`` block as Chromium 156 does from this table: the CSS
properties Chromium knows (every name its ``CSSStyleDeclaration`` enumerates, aliases such as ``-webkit-*``
included; a name it does not know is supported with no value), and ``CSS.supports()`` of each ``(property: value)``
and ``selector()`` test named by the ``@supports`` rules of the pages given (``--pages DIR``: every ``*.html`` /
``*.html.gz`` under it, e.g. ``../shared/bench``), of :data:`PRELUDES` (those rules as the benchmark pages held them
on 2026-12-03, so the table can be made again without them) and of :data:`COMMON` (forms sites use).

    python bench/css_supports_table.py [--pages ../shared/bench]

Needs Debian's ``chromium``. Writes the JSON file only.
"""

from __future__ import annotations

import gzip
import json
import re
import sys
from pathlib import Path

from playwright.sync_api import sync_playwright

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from archiver.extract.css_supports import atoms  # noqa: E402

OUT = Path(__file__).resolve().parents[1] / "archiver" / "extract" / "css_supports.json"
#: The ``@supports`` preludes of ../shared/bench's pages (57 forms, less those built by scripts).
PRELUDES = [
    "(color:rgb(0 0 0/0)) and (top:var(--f ))", "(display:grid)", "(display: grid)",
    "((position:-webkit-sticky) or (position:sticky))", "(-ms-ime-align:auto)", "(aspect-ratio:1/1)",
    "(position:sticky)", "(font-variation-settings:normal)", "(-webkit-overflow-scrolling:touch)",
    "((display:-webkit-box) or (display:-webkit-flex) or (display:flex))", "(object-fit:contain)",
    "(object-fit: cover) and (height: 1vh) and (display: flex)", "(-webkit-line-clamp:1)", "(-moz-appearance:none)",
    "((-webkit-mask-image:none) or (mask-image:none)) or (-webkit-mask-image:none)", "(-webkit-hyphens:none)",
    "((-webkit-clip-path: circle(25% at 50% 50%)) or (clip-path: circle(25% at 50% 50%)))", "not (display: grid)",
    "(width: min(250px, 100%))", "(width: 100vw)", "(object-fit: cover)", "(fill: currentColor)",
    "(content-visibility:auto) and (contain-intrinsic-height:100px)", "(box-shadow:none)", "(-webkit-touch-callout: none)",
    "(-webkit-line-clamp:2)", "(-ms-high-contrast:none)", "(-ms-accelerator:true)", "(mix-blend-mode:overlay)",
    "(height:env(safe-area-inset-bottom))", "not (zoom:1.5)", "not (aspect-ratio:1/1)", "(overflow:clip)",
    "(display:-ms-grid)", "(column-gap:0.5em)", "(bottom:constant(safe-area-inset-bottom)) or (bottom:env(safe-area-inset-bottom))",
    "(-ms-overflow-style:none)", "(-moz-appearance:meterbar)", "(--supports:'css-var')", "(--css:variables)",
    "((-webkit-transform-style:preserve-3d) or (transform-style:preserve-3d))",
    "((-webkit-hyphens:auto) or (-ms-hyphens:auto) or (hyphens:auto))", "((-o-object-fit:cover) or (object-fit:cover))",
]
#: Forms sites use beyond those: layout values, features and selectors of the last years.
COMMON = [f"(display:{v})" for v in ("flex", "inline-flex", "grid", "inline-grid", "contents", "flow-root", "subgrid",
                                      "-webkit-box", "-ms-flexbox", "table", "block", "none", "masonry")] + [
    "(display:grid) and (not (display:inline-grid))", "(gap:1rem)", "(gap:1em)", "(row-gap:1rem)",
    "(grid-template-columns:subgrid)", "(grid-template-rows:masonry)", "(grid-template-columns:repeat(auto-fill, minmax(200px, 1fr)))",
    "(position:-webkit-sticky)", "(-webkit-appearance:none)", "(appearance:none)", "(backdrop-filter:blur(10px))",
    "(-webkit-backdrop-filter:blur(10px))", "(backdrop-filter:none)", "(-webkit-backdrop-filter:none)",
    "(aspect-ratio:16/9)", "(aspect-ratio:16 / 9)", "(aspect-ratio:1)", "(container-type:inline-size)",
    "(content-visibility:auto)", "(content-visibility:hidden)", "(text-wrap:balance)", "(text-wrap:pretty)",
    "(height:100dvh)", "(height:100svh)", "(height:1dvh)", "(min-height:100dvh)", "(width:1cqi)",
    "(color:color-mix(in srgb, red, blue))", "(color:oklch(0.5 0.1 100))", "(color:lab(50% 20 20))",
    "(color:rgb(0 0 0 / 0))", "(color:hsl(0 0% 0%))", "(color:color(display-p3 1 0 0))",
    "(inset:0)", "(scroll-behavior:smooth)", "(scroll-snap-type:x mandatory)", "(overscroll-behavior:contain)",
    "(mask-image:none)", "(-webkit-mask-image:none)", "(clip-path:inset(0))", "(clip-path:polygon(0 0, 100% 0, 100% 100%))",
    "(object-fit:cover)", "(object-position:center)", "(font-display:swap)", "(font-variation-settings:'wght' 400)",
    "(hyphens:auto)", "(-webkit-hyphens:auto)", "(-webkit-line-clamp:3)", "(line-clamp:2)", "(accent-color:red)",
    "(translate:10px)", "(rotate:10deg)", "(scale:1)", "(zoom:1)", "(zoom:1.5)", "(filter:blur(1px))", "(will-change:transform)",
    "(transform:translate3d(0,0,0))", "(transform-style:preserve-3d)", "(-webkit-transform-style:preserve-3d)",
    "(text-decoration-thickness:1px)", "(text-underline-offset:2px)", "(text-decoration:underline dotted)",
    "(width:fit-content)", "(width:-moz-fit-content)", "(width:-webkit-fill-available)", "(height:-webkit-fill-available)",
    "(width:stretch)", "(width:max-content)", "(width:min(100%, 500px))", "(width:clamp(1rem, 2vw, 3rem))",
    "(width:calc(100% - 10px))", "(top:env(safe-area-inset-top))", "(padding:max(0px, env(safe-area-inset-left)))",
    "(overflow:overlay)", "(overflow-anchor:none)", "(overflow-wrap:anywhere)", "(word-break:break-word)",
    "(contain:paint)", "(contain:layout)", "(isolation:isolate)", "(mix-blend-mode:multiply)",
    "(background-blend-mode:multiply)", "(-webkit-background-clip:text)", "(background-clip:text)",
    "(-webkit-text-fill-color:transparent)", "(-webkit-text-stroke:1px black)", "(text-stroke:1px black)",
    "(position:fixed)", "(position:absolute)", "(float:left)", "(touch-action:manipulation)", "(user-select:none)",
    "(-webkit-user-select:none)", "(-ms-user-select:none)", "(-moz-user-select:none)", "(pointer-events:none)",
    "(anchor-name:--a)", "(position-anchor:--a)", "(field-sizing:content)", "(interpolate-size:allow-keywords)",
    "(view-transition-name:x)", "(animation-timeline:scroll())", "(transition-behavior:allow-discrete)",
    "(font-size:1cap)", "(font-size:0)", "(visibility:hidden)", "(display:none)", "(top:var(--x))",
    "(color:var(--c))", "(initial-letter:2)", "(-webkit-initial-letter:2)", "(text-size-adjust:100%)",
    "(-webkit-text-size-adjust:100%)", "(-ms-text-size-adjust:100%)", "(font-smooth:always)",
    "(-webkit-font-smoothing:antialiased)", "(-moz-osx-font-smoothing:grayscale)", "(image-rendering:pixelated)",
    "(scrollbar-width:thin)", "(scrollbar-gutter:stable)", "(scrollbar-color:red blue)", "(-webkit-overflow-scrolling:auto)",
    "(caret-color:red)", "(paint-order:stroke)", "(shape-outside:circle(50%))", "(columns:2)", "(column-count:2)",
    "(break-inside:avoid)", "(page-break-inside:avoid)", "(writing-mode:vertical-rl)", "(text-orientation:upright)",
    "(margin-inline:auto)", "(padding-block:1rem)", "(inset-inline-start:0)",
] + [f"selector({s})" for s in (
    ":has(a)", ":has(> img)", ":has(+ p)", ":is(a)", ":where(a)", ":not(a, b)", ":not(a)", ":focus-visible",
    ":focus-within", ":user-valid", ":user-invalid", ":popover-open", ":modal", ":open", ":state(x)", ":defined",
    ":nth-child(1 of .x)", ":nth-child(2n+1)", ":placeholder-shown", ":autofill", ":-webkit-autofill", ":fullscreen",
    ":-webkit-full-screen", ":-moz-focusring", ":-ms-input-placeholder", "::-webkit-scrollbar", "::marker",
    "::backdrop", "::placeholder", "::-moz-placeholder", "::-webkit-input-placeholder", "::selection", "::-moz-selection",
    "::file-selector-button", "::-webkit-file-upload-button", "::cue", "::part(x)", "::slotted(*)", ":host",
    "::view-transition", "::details-content", "::scroll-marker", ":target-within", ":dir(rtl)", ":lang(en)",
    ":any-link", ":read-only", ":-moz-read-only", ":indeterminate", ":blank", "& a", ":scope", ":heading",
    "::target-text", "::spelling-error", ":playing", ":muted", "::picker(select)", "::checkmark", "::column",
)]

_SUPPORTS = re.compile(r"@supports\s*([^{;]{1,300})\{", re.I)


def _page_preludes(folder: Path) -> list[str]:
    found: set[str] = set()
    for path in sorted(folder.rglob("*")):
        if not path.is_file() or not (path.name.endswith(".html") or path.name.endswith(".html.gz")):
            continue
        raw = gzip.decompress(path.read_bytes()) if path.name.endswith(".gz") else path.read_bytes()
        for m in _SUPPORTS.finditer(raw.decode("utf-8", "replace")):
            if '"' not in m.group(1) and "\\" not in m.group(1):  # (those a script builds: '"+e.conditionText+"')
                found.add(" ".join(m.group(1).split()))
    return sorted(found)


def main() -> int:
    args = sys.argv[1:]
    preludes = list(PRELUDES) + COMMON
    if "--pages" in args:
        preludes += _page_preludes(Path(args[args.index("--pages") + 1]))
    declarations: dict[str, tuple[str, str]] = {}
    selectors: set[str] = set()
    for prelude in preludes:
        for kind, key in atoms(prelude):
            if kind == "selector":
                selectors.add(key)
            else:
                name, _, value = key.partition(":")
                declarations[key] = (name, value)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", headless=True, args=["--no-sandbox"])
        page = browser.new_page()
        page.set_content("<!DOCTYPE html><body></body>")
        version = browser.version
        properties = page.evaluate("""() => {
            const names = new Set();
            for (const k in document.body.style) {
                if (typeof document.body.style[k] !== 'string' || k === 'cssText') continue;
                const dashed = k.includes('-') ? k : k.replace(/[A-Z]/g, c => '-' + c.toLowerCase())
                                                    .replace(/^webkit-/, '-webkit-');
                if (CSS.supports(dashed, 'inherit')) names.add(dashed);
            }
            return [...names].sort();
        }""")
        answers = page.evaluate("""([decls, sels]) => [
            decls.map(([n, v]) => CSS.supports(n, v)),
            sels.map(s => CSS.supports('selector(' + s + ')')),
        ]""", [list(declarations.values()), sorted(selectors)])
        browser.close()
    table = {
        "chromium": version,
        "made_by": "bench/css_supports_table.py",
        "properties": properties,
        "declarations": {key: ok for key, ok in zip(declarations, answers[0], strict=True)},
        "selectors": {s: ok for s, ok in zip(sorted(selectors), answers[1], strict=True)},
    }
    OUT.write_text(json.dumps(table, indent=0, sort_keys=True) + "\n", encoding="utf-8")
    print(f"Chromium {version}: {len(properties)} properties, {len(declarations)} declarations "
          f"({sum(answers[0])} supported), {len(selectors)} selectors ({sum(answers[1])} supported) -> {OUT}")
    return 0


if __name__ == "__main__":
    from reader_left import reader_may_leave  # (bench/ is the script's folder, first on sys.path)

    with reader_may_leave():
        sys.exit(main())
