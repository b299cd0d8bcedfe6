"""Misstatement false error from eval/holdout59 (ae03): a belief that went round, told as such.

"In 2020 and 2021, ivermectin was passed around social media as a cure for COVID-19." reports what circulated (and the
next paragraph refutes it with the trials); it is quoted, not the article's statement. Other wordings: "was widely shared
on forums as", "got hyped on TikTok as", "has been pushed by influencers as", "were billed as". Still reported: the writer's own statement
("Ivermectin is a cure for COVID-19", "Our advice is simple: ivermectin cures COVID-19")."""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"

#: (drug in front matter, draft body, rule, item, severity): reported.
SHOULD: list[tuple[str, str, str, str, str]] = [
    ("ivermectin", "Ivermectin is a cure for COVID-19, whatever the papers say.", MISSTATEMENT, "covid-treatment", "error"),
    ("ivermectin", "Our advice is simple: ivermectin cures COVID-19 if you take it early.", MISSTATEMENT, "covid-treatment", "error"),
]

#: (drug in front matter, draft body, rule, item): not reported.
SHOULD_NOT: list[tuple[str, str, str, str]] = [
    ("ivermectin", "Back in 2021, ivermectin was widely shared on forums as a cure for COVID-19.", MISSTATEMENT, "covid-treatment"),
    ("ivermectin", "For a few months ivermectin got hyped on TikTok as the thing that cures COVID.", MISSTATEMENT, "covid-treatment"),
    (
        "ivermectin",
        "Ivermectin has been pushed by influencers as a treatment that stops COVID-19 in its tracks. It does not.",
        MISSTATEMENT,
        "covid-treatment",
    ),
]
