"""A heading that lists several conditions reads as a list of uses, each as broad as it is written
(eval/drafts 53 and 59: "Baclofen 10mg For Anxiety And Muscle Spasms" over a section that names
spasticity), while a heading naming one condition in lay words stands for the approved use its
section names in words of that condition (tests/claim_cases/gaps43_titles.py)."""

from __future__ import annotations

from rule_runner import run_rule


def test_a_heading_listing_uses_keeps_its_broad_condition_over_a_section_naming_the_approved_use() -> None:
    body = (
        "## Tizanidine For Sleep And Muscle Stiffness\n\nDoctors prescribe tizanidine for spasticity, the tight, stiff muscles "
        "that come with multiple sclerosis or a spinal cord injury."
    )
    messages = [f.message for f in run_rule("tizanidine", body, "off-label.undisclosed")]
    assert any("for muscle spasms" in m for m in messages), messages
    assert any("for insomnia" in m for m in messages), messages


def test_a_heading_naming_one_lay_condition_stands_for_the_approved_use_of_its_section() -> None:
    body = (
        "## Tizanidine For Muscle Stiffness\n\nDoctors prescribe tizanidine for spasticity, the tight, stiff muscles "
        "that come with multiple sclerosis or a spinal cord injury."
    )
    assert run_rule("tizanidine", body, "off-label.undisclosed") == []
