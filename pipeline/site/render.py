"""Markdown body to safe, well-formed HTML for a published page.

mistune renders; nh3 (the Ammonia sanitiser) keeps only an allow-list of tags,
attributes and URL schemes, whatever raw HTML the draft contains (no script,
iframe, event handler or ``javascript:`` URL survives, however it is spelled).
Then two fix-ups make the page valid and well-outlined: heading levels are
re-numbered (the template's ``<h1>`` is the title, the body starts at ``<h2>``
and never skips a level) and ``id`` attributes are made unique and legal.
"""

from __future__ import annotations

import html
import re

import mistune
import nh3

_render = mistune.create_markdown(escape=False, plugins=["table", "footnotes", "strikethrough", "url"])

ALLOWED_TAGS = {
    "a",
    "abbr",
    "b",
    "blockquote",
    "br",
    "caption",
    "code",
    "dd",
    "del",
    "details",
    "dfn",
    "div",
    "dl",
    "dt",
    "em",
    "figcaption",
    "figure",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "hr",
    "i",
    "img",
    "kbd",
    "li",
    "mark",
    "ol",
    "p",
    "pre",
    "q",
    "s",
    "section",
    "small",
    "span",
    "strong",
    "sub",
    "summary",
    "sup",
    "table",
    "tbody",
    "td",
    "tfoot",
    "th",
    "thead",
    "tr",
    "u",
    "ul",
}
ALLOWED_ATTRIBUTES = {
    "*": {"id", "title", "lang"},
    "a": {"href"},
    "img": {"src", "alt", "width", "height"},
    "td": {"colspan", "rowspan"},
    "th": {"colspan", "rowspan", "scope"},
    "ol": {"start"},
}
URL_SCHEMES = {"http", "https", "mailto"}
#: ids the page templates use themselves; a draft's element may not take them.
RESERVED_ID_PREFIX = "pl-"

_HEADING = re.compile(r"<h([1-6])((?:\s[^>]*)?)>(.*?)</h\1>", re.S)
_TAG = re.compile(r"<[^>]+>")
_ID_ATTR = re.compile(r'\sid="([^"]*)"')
_IMG_WITHOUT_ALT = re.compile(r"<img(?![^>]*\salt=)([^>]*)>")
_A_WITHOUT_HREF = re.compile(r'<a(?![^>]*\shref=)([^>]*?)\srel="[^"]*"')
_NUMBER_ATTR = re.compile(r'\s(width|height|start|colspan|rowspan)="([^"]*)"')


def sanitize(fragment: str) -> str:
    return nh3.clean(
        fragment,
        tags=ALLOWED_TAGS,
        clean_content_tags={"script", "style"},
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes=URL_SCHEMES,
        link_rel="noopener noreferrer",
        strip_comments=True,
    )


def plain(fragment: str) -> str:
    """The text of an HTML fragment, tags dropped and entities decoded, white space collapsed."""
    return " ".join(html.unescape(_TAG.sub("", fragment)).split())


def relevel_headings(fragment: str, title: str) -> str:
    """Body headings from ``<h2>`` down with no skipped level.

    A first heading that is an ``<h1>`` repeating the title is dropped (the page
    shows the title as its only ``<h1>``). Every other heading keeps its place in
    the outline: a heading is one level below the nearest earlier heading of a
    higher original level, so ``# A / ### B / ## C`` becomes ``h2 / h3 / h3``.
    """
    stack: list[tuple[int, int]] = []  # (original level, new level)
    first = True
    wanted_title = " ".join(title.split()).casefold()

    def replace(match: re.Match[str]) -> str:
        nonlocal first
        level, attrs, inner = int(match.group(1)), match.group(2), match.group(3)
        was_first, first = first, False
        if was_first and level == 1 and plain(inner).casefold() == wanted_title:
            return ""
        while stack and stack[-1][0] >= level:
            stack.pop()
        new = min(6, stack[-1][1] + 1 if stack else 2)
        stack.append((level, new))
        return f"<h{new}{attrs}>{inner}</h{new}>"

    return _HEADING.sub(replace, fragment)


def fix_attributes(fragment: str) -> str:
    """Make the sanitised fragment valid HTML: unique, non-empty, space-free ids that do
    not clash with the template's; ``alt`` on every image; numeric attributes numeric;
    no ``rel`` on a link whose unsafe ``href`` the sanitiser removed."""
    seen: set[str] = set()

    def fix_id(match: re.Match[str]) -> str:
        value = match.group(1)
        if not value or any(c.isspace() for c in value) or value in seen or value.startswith(RESERVED_ID_PREFIX):
            return ""
        seen.add(value)
        return match.group(0)

    def fix_number(match: re.Match[str]) -> str:
        name, value = match.group(1), match.group(2)
        ok = re.fullmatch(r"-?\d+" if name == "start" else r"\d+", value) and (name != "colspan" or int(value) > 0)
        return match.group(0) if ok else ""

    fragment = _ID_ATTR.sub(fix_id, fragment)
    fragment = _NUMBER_ATTR.sub(fix_number, fragment)
    fragment = _A_WITHOUT_HREF.sub(r"<a\1", fragment)
    return _IMG_WITHOUT_ALT.sub(r'<img alt=""\1>', fragment)


def markdown_to_html(body: str, title: str = "") -> str:
    """Sanitised, valid HTML for a Markdown body whose page title is ``title``
    (footnotes, if any, as a list at the end; see :func:`markdown_parts`)."""
    text, notes = markdown_parts(body, title)
    return text + (f"\n<section>\n{notes}</section>\n" if notes else "")


#: mistune's footnotes plugin puts the footnote list last, in this section.
_FOOTNOTES = '<section class="footnotes">'
#: Between body and footnotes while ids are made unique over both (the sanitiser strips every comment the draft has).
_SPLIT = "<!--pl-notes-->"


def markdown_parts(body: str, title: str = "") -> tuple[str, str]:
    """The body's sanitised HTML and, apart, its footnotes' list (``""`` without footnotes),
    so the page can show them under their own "Notes" heading, not run into "References"."""
    rendered = str(_render(body))
    head, marker, tail = rendered.rpartition(_FOOTNOTES)
    if not marker or not tail.rstrip().endswith("</section>"):
        head, tail = rendered, ""
    else:
        tail = tail.rstrip().removesuffix("</section>")
    text = relevel_headings(sanitize(head), title)
    notes = sanitize(tail) if tail else ""
    fixed = fix_attributes(f"{text}{_SPLIT}{notes}")
    text, _, notes = fixed.partition(_SPLIT)
    return text, notes.strip() + "\n" if notes.strip() else ""
