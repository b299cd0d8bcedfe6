"""Missed class: an interacting class named only to say what the drug is not. "It is an anti-seizure
medicine, not an opioid" (holdout58 ad09) had counted as gabapentin's opioid interaction, because
the sentence before it spoke of taking it "together with other medicines". A class the drug is
said not to be ("isn't a narcotic", "not an opioid") or set against ("unlike opioids, it ...") is
its own description, not a warning about taking the two together.

Still silent: the same articles when they do warn ("Do not take it with an opioid ...")."""

from __future__ import annotations

INTERACTION = "interactions.missing"
OPIOIDS = "opioids"

#: (drug in front matter, draft body, rule, item, severity): reported.
SHOULD: list[tuple[str, str, str, str, str]] = [
    (
        "gabapentin",
        "Gabapentin is used together with other medicines for partial seizures. It is an anti-seizure medicine, "
        "not an opioid and not a muscle relaxant.",
        INTERACTION,
        OPIOIDS,
        "error",
    ),
    (
        "gabapentin",
        "Unlike opioids, gabapentin does not cause constipation, so it can be taken alongside your other medicines.",
        INTERACTION,
        OPIOIDS,
        "error",
    ),
    (
        "pregabalin",
        "Pregabalin isn't a narcotic. Take it with your other medicines as your doctor told you.",
        INTERACTION,
        "opioids-cns-depressants",
        "error",
    ),
]

#: (drug in front matter, draft body, rule, item): not reported.
SHOULD_NOT: list[tuple[str, str, str, str]] = [
    (
        "gabapentin",
        "Gabapentin isn't a narcotic. Even so, do not take it with an opioid such as morphine without asking "
        "your doctor: together they can slow your breathing.",
        INTERACTION,
        OPIOIDS,
    ),
    (
        "gabapentin",
        "Unlike opioids, gabapentin does not cause constipation. Taking it with an opioid such as oxycodone can "
        "slow your breathing dangerously.",
        INTERACTION,
        OPIOIDS,
    ),
]
