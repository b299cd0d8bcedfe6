"""A drafts repository of an editorial team, as a new user would set it up: its own
pipeline.toml, a house rule pack with a `house` family, a drug that is not built
in, dictionary words, and a draft in a subfolder (used by test_knowledge_layers.py
and the installed-wheel test in test_packaging.py)."""

from __future__ import annotations

import re
import textwrap
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent

HOUSE_PACK = """\
families:
  - name: house
    description: Our house style.
rules:
  - id: house.utilize
    family: house
    type: forbidden-pattern
    severity: warning
    description: Say "use", not "utilize".
    message: 'House style: "{match}"'
    suggestion: Write "use".
    patterns:
      - '\\butiliz(?:e|es|ed|ing)\\b'
    examples:
      pass: ["Use the inhaler twice a day."]
      fail: ["Utilize the inhaler twice a day."]
"""

CONFIG = """\
paths = ["articles"]
knowledge = ["checks"]

[severity]
"promotional.price" = "warning"
grammar = "off"
"""

DRAFT = """\
---
title: Fexofenadine for hay fever
drugs: [fexofenadine]
---
# Fexofenadine for hay fever

Utilize fexofenadine to ease hay fever. Only $19.99 a box. Ask about zorblemeds.
"""


def fexofenadine_facts() -> str:
    """A drug that is not built in: the loratadine facts renamed."""
    text = (REPO / "checks" / "drugs" / "loratadine.yml").read_text(encoding="utf-8")
    text = text.replace("Claritin Reditabs", "Allegra ODT").replace("CLARITIN-D", "ALLEGRA-D")
    for old, new in (("loratadine", "fexofenadine"), ("Loratadine", "Fexofenadine"), ("CLARITIN", "ALLEGRA"), ("Claritin", "Allegra")):
        text = text.replace(old, new)
    text = text.replace("Alavert", "Mucinex Allergy")
    return re.sub(r"\|alavert|alavert\|", "", text, flags=re.IGNORECASE)


def make_team_repo(root: Path) -> Path:
    """The team's repository under ``root``; returns the subfolder with the draft."""
    (root / "checks" / "rules").mkdir(parents=True)
    (root / "checks" / "drugs").mkdir()
    (root / "pipeline.toml").write_text(CONFIG, encoding="utf-8")
    (root / "checks" / "rules" / "house.yml").write_text(HOUSE_PACK, encoding="utf-8")
    (root / "checks" / "drugs" / "fexofenadine.yml").write_text(fexofenadine_facts(), encoding="utf-8")
    (root / "checks" / "dictionary.txt").write_text("# house words\nzorblemeds\n", encoding="utf-8")
    sub = root / "articles" / "allergy"
    sub.mkdir(parents=True)
    (sub / "fexofenadine.md").write_text(textwrap.dedent(DRAFT), encoding="utf-8")
    (root / "README.md").write_text("# Our drafts\n\nUtilize this repository.\n", encoding="utf-8")
    (root / "articles" / "README.md").write_text("# Drafts\n\nUtilize the template.\n", encoding="utf-8")
    return sub
