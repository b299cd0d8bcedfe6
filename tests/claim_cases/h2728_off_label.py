"""Varenicline's approved use told without naming nicotine (a false error of holdout27): a
stop-smoking leaflet's "It eases the cravings and withdrawal feelings" is the smoking-cessation
use, not "addiction". Near misses that stay a use to disclose: cravings for alcohol or food (alcohol
use disorder and weight are not approved uses)."""

from __future__ import annotations

OFF_LABEL = "off-label.undisclosed"

#: (drug, body, rule, severity): a use the writer must see.
SHOULD = [
    ("varenicline", "Some people take varenicline to curb their cravings for alcohol.", OFF_LABEL, "warning"),
    ("varenicline", "Some doctors now prescribe varenicline for alcohol addiction.", OFF_LABEL, "error"),
]

#: (drug, body, rule): not reported.
SHOULD_NOT = [
    ("varenicline", "Varenicline is a tablet that helps adults stop smoking. It eases the cravings and withdrawal feelings.", OFF_LABEL),
    ("varenicline", "Chantix takes the edge off the urges, so the first smoke-free weeks are easier.", OFF_LABEL),
    ("varenicline", "It reduces withdrawal symptoms once you set your quit date.", OFF_LABEL),
]
