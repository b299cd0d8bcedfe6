"""The published Markdown body, made safe with the HTML page's policy (``render.py``).

A site generator that renders raw HTML in Markdown would otherwise run a draft's
``<script>``, event attributes or ``javascript:`` links. Every raw HTML tag in the
body is rebuilt by the same sanitiser (nh3, the same allowed tags, attributes and
URL schemes) or dropped (``script`` and ``style`` with their content), comments and
declarations are dropped, and every link or image target and link reference
definition whose scheme is not allowed becomes ``#``. This is deliberately applied
to the whole body, code included: over-sanitising a code sample is safe, guessing
wrong about what a renderer takes as code is not. The result is repeated until it
no longer changes, so removing a tag cannot assemble a new one.
"""

from __future__ import annotations

import html
import re

from pipeline.site.render import ALLOWED_TAGS, URL_SCHEMES, sanitize

_DANGEROUS_CONTENT = ("script", "style", "textarea", "title", "xmp", "iframe", "noscript", "noembed", "noframes", "plaintext")
_COMMENT = re.compile(r"<!--.*?(?:-->|\Z)|<!\[CDATA\[.*?(?:\]\]>|\Z)|<![A-Za-z][^>]*>|<\?.*?(?:\?>|\Z)", re.S)
_AUTOLINK = re.compile(r"<([A-Za-z][A-Za-z0-9+.-]{1,31}):([^\s<>\"]*)>")
_EMAIL = re.compile(r"<[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9-]+)*>")
_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9-]*)((?:[^>\"']|\"[^\"]*\"|'[^']*')*)>")
_TAG_START = re.compile(r"<(?=[A-Za-z/!?])")
#: ``](target`` of an inline link or image; a target may hold balanced parentheses.
_INLINE_TARGET = re.compile(r"(\]\(\s*<?)((?:[^\s()<>]|\([^\s()<>]*\))+)")
_REFERENCE = re.compile(r"^( {0,3}\[[^\]\n]+\]:[ \t]*<?)(\S+?)(>?(?:[ \t]|$))", re.M)
_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]*):")
_INVISIBLE = re.compile(r"[\x00-\x20\x7f-\x9f\u200b-\u200f\u2028-\u202e\u2060-\u2064\ufeff]")


def safe_url(url: str) -> bool:
    """Whether a link target is allowed: relative, or a scheme of the HTML policy."""
    squashed = _INVISIBLE.sub("", html.unescape(url))
    scheme = _SCHEME.match(squashed)
    return scheme is None or scheme.group(1).lower() in URL_SCHEMES


def _tag(match: re.Match[str]) -> str:
    closing, name, attributes = match.group(1), match.group(2).lower(), match.group(3)
    if name not in ALLOWED_TAGS:
        return ""
    if closing:
        return f"</{name}>"
    cleaned = sanitize(f"<{name}{attributes.rstrip('/')}>")
    return cleaned.removesuffix(f"</{name}>")


def _drop_dangerous_content(text: str) -> str:
    for name in _DANGEROUS_CONTENT:
        text = re.sub(rf"<{name}\b[^>]*>.*?(?:</{name}\s*>|\Z)", "", text, flags=re.S | re.I)
    return text


def _links(text: str) -> str:
    def inline(match: re.Match[str]) -> str:
        return match.group(0) if safe_url(match.group(2)) else match.group(1) + "#"

    def reference(match: re.Match[str]) -> str:
        return match.group(0) if safe_url(match.group(2)) else match.group(1) + "#" + match.group(3)

    def autolink(match: re.Match[str]) -> str:
        return match.group(0) if match.group(1).lower() in URL_SCHEMES else ""

    text = _INLINE_TARGET.sub(inline, text)
    text = _REFERENCE.sub(reference, text)
    return _AUTOLINK.sub(autolink, text)


def _held(text: str, change: re.Pattern[str], replace: object) -> str:
    """``change.sub(replace, text)`` with autolinks, e-mail autolinks (and, for the
    final pass, well-formed tags) held aside: they are not raw HTML to clean."""
    kept: list[str] = []

    def hold(match: re.Match[str]) -> str:
        kept.append(match.group(0))
        return f"\x00{len(kept) - 1}\x00"

    holds = (_AUTOLINK, _EMAIL) if change is _TAG else (_AUTOLINK, _EMAIL, _TAG)
    for pattern in holds:
        text = pattern.sub(hold, text)
    text = change.sub(replace, text)  # type: ignore[call-overload]
    return re.sub("\x00(\\d+)\x00", lambda m: kept[int(m.group(1))], text)


def _one_pass(text: str) -> str:
    text = _COMMENT.sub("", text)
    text = _drop_dangerous_content(text)
    text = _links(text)
    return _held(text, _TAG, _tag)


def sanitize_markdown(body: str) -> str:
    """The Markdown ``body`` with raw HTML and link targets cleaned by the HTML policy."""
    text = body.replace("\x00", "")
    for _ in range(8):
        cleaned = _one_pass(text)
        if cleaned == text:
            break
        text = cleaned
    else:  # still changing: whatever could start a tag is shown as text
        return _TAG_START.sub("&lt;", text)
    # A '<' left that starts no complete tag (an unclosed `<img onerror=...`) is shown as text.
    return _held(text, _TAG_START, "&lt;")
