"""No harm or no problems promised, said of the medicine in lay words, from eval/holdout186 (fb09, prednisone), eval/holdout183
(ey04, atorvastatin) and eval/holdout187 (fc02, pantoprazole), as a class.

Class: the medicine said to do no harm or to cause no problems, flat and uncited, its subject told otherwise than "it": a course
or a burst of it ("A short burst like Nadia's does no harm at all"), its name or days of it ("Five days of prednisone won't hurt
anybody"), "ones" for its tablets ("these little white ones can't do her any harm at all, whatever her age"), or pills that
"simply" do not cause problems ("one of those rare pills that simply doesn't cause problems, not even if you stay on it for a
decade"); no problems "at all" or "ever" too. An absolute safety claim: an error. Silent: a dose skipped or missed as the
subject, a course of something else, something else done, hedged ("usually", "for most people"), one problem named, a
condition after it, a denial and a question.
"""

from __future__ import annotations

ABSOLUTE = "unsupported-claim.absolute"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the drafts' own wording (fb09, ey04, fc02)
    (
        "prednisone",
        "A rheumatologist we spoke to, who asked not to be named, put it plainly. \"A short burst like Nadia's does no harm at all."
        " Five days of prednisone won't hurt anybody, and people shouldn't be frightened of it.\"",
        ABSOLUTE,
        "error",
    ),
    (
        "atorvastatin",
        "My brother rang worried about her being on so many tablets at eighty-three. I told him these little white ones can't do"
        " her any harm at all, whatever her age, so that one at least he can stop fretting about.",
        ABSOLUTE,
        "error",
    ),
    (
        "pantoprazole",
        "The common ones are headache, diarrhea, nausea, stomach pain, gas and dizziness. Pantoprazole is one of those rare pills"
        " that simply doesn't cause problems, not even if you stay on it for a decade.",
        ABSOLUTE,
        "error",
    ),
    # new wordings, other voices
    ("prednisolone", "The GP says a three-day burst of steroids does no harm whatsoever.", ABSOLUTE, "error"),
    ("atorvastatin", "Lipitor can't do him any harm at his age.", ABSOLUTE, "error"),
    ("omeprazole", "Omeprazole just doesn't cause any trouble, ever.", ABSOLUTE, "error"),
    ("pantoprazole", "This one simply doesn't cause problems, not even after years on it.", ABSOLUTE, "error"),
    ("sertraline", "My GP says it doesn't cause any problems at all.", ABSOLUTE, "error"),
    ("ibuprofen", "Mum's right: these small brown ones won't do her any harm at all.", ABSOLUTE, "error"),
]

#: (drug, body, rule): no finding of that rule.
SHOULD_NOT = [
    # a dose skipped or missed, not the medicine
    ("prednisone", "Skipping a dose of prednisone won't hurt anybody.", ABSOLUTE),
    ("prednisone", "A missed dose does no harm at all.", ABSOLUTE),
    # something else done or taken
    ("prednisone", "A short walk after breakfast does no harm at all.", ABSOLUTE),
    ("prednisone", "A short course of physio won't hurt anybody.", ABSOLUTE),
    # hedged
    ("pantoprazole", "It doesn't usually cause problems, but long-term use can lower your magnesium.", ABSOLUTE),
    ("pantoprazole", "It simply doesn't cause problems for most people.", ABSOLUTE),
    ("pantoprazole", "Some people get a dry mouth, but it usually doesn't cause problems.", ABSOLUTE),
    # one problem named, no totality
    ("pantoprazole", "It doesn't cause problems with driving.", ABSOLUTE),
    # a condition after it
    ("atorvastatin", "These little white ones can't do her any harm if she keeps to one a day.", ABSOLUTE),
    # denied, asked
    ("pantoprazole", "It's not true that it simply doesn't cause problems.", ABSOLUTE),
    ("prednisone", "Does a short burst do no harm at all?", ABSOLUTE),
    # cited
    (
        "pantoprazole",
        "In trials it simply doesn't cause problems, not even over five years.[^1]\n\n[^1]: Smith J. PPI safety. Gut. 2019.",
        ABSOLUTE,
    ),
]
