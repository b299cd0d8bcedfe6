"""Safe slugs: whatever a front matter or file name says, the result is one path
component of lower-case ASCII letters, digits and hyphens."""

from __future__ import annotations

import re
import unicodedata

_UNSAFE = re.compile(r"[^a-z0-9]+")


def slugify(value: str, max_length: int = 80) -> str:
    ascii_text = unicodedata.normalize("NFKD", value).encode("ascii", "ignore").decode("ascii")
    slug = _UNSAFE.sub("-", ascii_text.lower()).strip("-")[:max_length].strip("-")
    return slug or "article"
