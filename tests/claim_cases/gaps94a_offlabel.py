"""Off-label uses told only by their signs, from eval/holdout91 (bk01, bk06, bk12) and eval/holdout92 (bl02), as classes.

- A back strain told in lay words with "something" ("pulled something in his back shovelling snow", "did something to
  her neck lifting the sofa"), then a muscle relaxant approved only for spasticity given for it, also written "for a
  time" ("the walk-in clinic wrote him a week of tizanidine"). Not something in a back pocket, not a sick note ("wrote
  him a week off work"), not a relaxant approved for it (cyclobenzaprine), not a disclosed use.
- A kidney stone told without the word: stuck somewhere on its way ("a jagged little stone stuck somewhere between his
  kidney and his bladder"), or only as "the thing" let out of the pipes ("to open the pipes up so the thing can come out
  on its own", "to help the thing come out on its own"). Not tamsulosin's own enlarged-prostate wording ("relaxes the
  pipes so urine can pass", "so the stream comes out stronger"), not a disclosed use.
- Sleeplessness told by its signs in a situation that opens the sentence, then the dose taken in it ("When your brain is
  still replaying the day's meetings at 2 a.m. and you've counted every crack in the ceiling, half or a whole 50 mg
  tablet ... gets you under"). Not a sleep medicine approved for it, not the drug's own effect ("When it keeps you up
  ..."), not a dose moved to the morning, not a lower dose.
- Depression told by a compound of its signs ("when the flat, can't-get-off-the-couch months came back", "the grey,
  stay-in-bed-all-day weeks"), the drug given then (also after a comma). Not an antidepressant approved for it, not the
  drug's own side effect, not a denial.
"""

from __future__ import annotations

OFF_LABEL = "off-label.undisclosed"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the drafts' own wording (bk01, bk06, bk12, bl02)
    (
        "tizanidine",
        "Not everyone in the house takes it for the same reason. When her husband Rolf pulled something in his back shovelling"
        " snow off the drive in January, the walk-in clinic wrote him a week of tizanidine as well, and he was back at work by"
        ' the Thursday. "He calls them his snow-day pills," Marguerite laughs.',
        OFF_LABEL,
        "warning",
    ),
    (
        "tamsulosin",
        "Tamsulosin turned up again in the family a year later. Mark's brother-in-law Joe, 52, spent a night doubled over on"
        " the bathroom floor with a jagged little stone stuck somewhere between his kidney and his bladder. The emergency"
        ' doctor sent him home with a week of Flomax "to open the pipes up so the thing can come out on its own." Three days'
        " later, it did.",
        OFF_LABEL,
        "warning",
    ),
    (
        "trazodone",
        "Here's how most people I know actually use it. When your brain is still replaying the day's meetings at 2 a.m. and"
        " you've counted every crack in the ceiling, half or a whole 50 mg tablet about 30 minutes before lights out gets you"
        " under. My own routine for two years was one 50 mg tablet at 10:30 and I was gone by 11.",
        OFF_LABEL,
        "warning",
    ),
    (
        "buspirone",
        "This is the part nobody talks about. My sister's psychiatrist put her on buspirone on top of her sertraline last"
        " winter, when the flat, can't-get-off-the-couch months came back and the sertraline alone wasn't lifting them"
        " anymore. Within a few weeks she was answering texts again.",
        OFF_LABEL,
        "warning",
    ),
    # a back strain in new words, a relaxant for it
    (
        "baclofen",
        "After Dad pulled something in his lower back hauling the Christmas tree in, his GP handed him a week of baclofen.",
        OFF_LABEL,
        "warning",
    ),
    (
        "tizanidine",
        "My brother did something to his neck lifting the sofa, so the urgent care doctor gave him tizanidine.",
        OFF_LABEL,
        "warning",
    ),
    (
        "tizanidine",
        "When Kev pulled something in his back at the gym, the walk-in clinic wrote him a five-day course of tizanidine.",
        OFF_LABEL,
        "warning",
    ),
    # a stone in new words
    (
        "tamsulosin",
        "Her husband spent Sunday night curled up with a stone lodged halfway between his kidney and his bladder. The ER"
        " sent him home with tamsulosin.",
        OFF_LABEL,
        "warning",
    ),
    (
        "tamsulosin",
        "The urologist gave him Flomax to relax the tubes so the little devil could slip through.",
        OFF_LABEL,
        "warning",
    ),
    (
        "tamsulosin",
        "The A&E doctor sent her home with tamsulosin to help the thing come out on its own.",
        OFF_LABEL,
        "warning",
    ),
    # sleeplessness in new words, the dose after the situation
    (
        "trazodone",
        "Honestly? When my head is still rehashing every email at 3 a.m., one 50 mg tablet and I'm gone.",
        OFF_LABEL,
        "warning",
    ),
    (
        "quetiapine",
        "On the nights you've counted every crack in the ceiling, half a 25 mg tablet gets you off.",
        OFF_LABEL,
        "warning",
    ),
    (
        "mirtazapine",
        "Whenever her mind is going over the day's rows at 2 a.m., one 15 mg tablet puts her right out.",
        OFF_LABEL,
        "warning",
    ),
    # depression in new compounds
    (
        "buspirone",
        "His psychiatrist started him on buspirone alongside his citalopram, when the grey, stay-in-bed-all-day weeks returned.",
        OFF_LABEL,
        "warning",
    ),
    (
        "propranolol",
        "Her GP put her on propranolol when the can't-get-out-of-bed months came back.",
        OFF_LABEL,
        "warning",
    ),
    (
        "clonazepam",
        "The psychiatrist gave her clonazepam after the long, can't-get-off-the-sofa winters set in.",
        OFF_LABEL,
        "warning",
    ),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    # the strain: not in the back, not a medicine, approved for it, disclosed
    (
        "tizanidine",
        "Tizanidine treats spasticity. When Rolf pulled something out of his back pocket, the clinic receptionist laughed.",
        OFF_LABEL,
    ),
    (
        "tizanidine",
        "Tizanidine treats spasticity in multiple sclerosis. When Rolf pulled something in his back, the clinic wrote him a week off work.",
        OFF_LABEL,
    ),
    (
        "cyclobenzaprine",
        "When he pulled something in his back shovelling snow, the clinic wrote him a week of cyclobenzaprine.",
        OFF_LABEL,
    ),
    (
        "tizanidine",
        "When he pulled something in his back shovelling snow, the clinic wrote him a week of tizanidine, an off-label use.",
        OFF_LABEL,
    ),
    # the stone: tamsulosin's own wording for the prostate, disclosed
    ("tamsulosin", "Tamsulosin relaxes the pipes so urine can pass more easily.", OFF_LABEL),
    ("tamsulosin", "An enlarged prostate squeezes the tube; Flomax opens up the waterworks so the stream comes out stronger.", OFF_LABEL),
    (
        "tamsulosin",
        "The emergency doctor sent him home with Flomax to open the pipes up so the thing could come out on its own, which is"
        " an off-label use.",
        OFF_LABEL,
    ),
    # sleeplessness: approved, the drug's own effect, moved to the morning, a lower dose
    (
        "zolpidem",
        "When your brain is still replaying the day's meetings at 2 a.m., half a 5 mg tablet gets you under.",
        OFF_LABEL,
    ),
    (
        "trazodone",
        "Trazodone treats depression.\n\n## Timing\n\nWhen it keeps you up till 2 a.m., half a tablet gets moved earlier.",
        OFF_LABEL,
    ),
    (
        "bupropion",
        "Bupropion treats depression.\n\n## Timing\n\nWhen you're lying awake until 3 a.m., a tablet in the morning instead of"
        " the evening usually fixes it.",
        OFF_LABEL,
    ),
    (
        "trazodone",
        "Trazodone treats depression.\n\n## Sleep\n\nWhen you lie awake until 3 a.m., a lower dose may suit you better.",
        OFF_LABEL,
    ),
    # depression: approved, a side effect, denied
    (
        "sertraline",
        "Her psychiatrist put her on sertraline when the flat, can't-get-off-the-couch months came back.",
        OFF_LABEL,
    ),
    (
        "buspirone",
        "Buspirone treats anxiety. For the first fortnight it left her with a few can't-get-off-the-couch weeks of tiredness.",
        OFF_LABEL,
    ),
    (
        "buspirone",
        "Buspirone is not for the can't-get-out-of-bed months; those need a doctor's review.",
        OFF_LABEL,
    ),
]
