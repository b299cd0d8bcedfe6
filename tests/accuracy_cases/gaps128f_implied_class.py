"""A drug's class or action implied, not stated (misses in eval/holdout144 dl05, holdout145 dm01, holdout149 dq11,
holdout146 dn03 and holdout148 dp07), as classes.

1. Furosemide told as potassium-sparing by where the potassium goes with it: "with it the potassium stays in the blood
   and does not go out in the urine" (dl05). Not the potassium lost with it, nor kept without it or with another drug.
2. Famotidine put among the proton pump inhibitors by their lay name: "it's the same kind of acid-pump blocker, just in a
   gentler strength" after omeprazole (dm01). Not "an acid blocker" (what an H2 blocker is), nor the pump blockers
   named apart from it.
3. Escitalopram given an SNRI's double action with what each messenger does told between them: "it turns up two dials
   at once: serotonin, which steadies your mood, and noradrenaline, ..." (dq11). Not serotonin alone, nor noradrenaline
   left alone or given to another drug.
4. Metoprolol tartrate and succinate, both named, told as equal or as needing no change: "the identical active
   ingredient with a different salt attached, so nothing about your routine has to change" (dn03), "tartrate or
   succinate ... one is as good as the other" (dp07). Not a change of maker or supplier of one form, nor a denial.
5. Losartan given the ACE inhibitors' action, blocking their enzyme, with "it" after a switch to it from them: "Many of
   you were switched to losartan from ramipril or lisinopril ... it blocks the very same enzyme" (holdout143 dk07): "it"
   is the drug switched to. Not "it" after a switch from losartan, nor the hormone or receptor blocked.
6. Metoprolol's safe-to-stop hearsay put to others and answered, not stated (false errors in holdout146 dn03): a thread
   title reporting what someone says ('Thread: "Brother-in-law says I can just quit"') and a post that ends "Thoughts?"
   answered "Please don't." Still the writer's own word, or the hearsay answered yes.
"""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"

_FUROSEMIDE = "Furosemide is a water pill for swelling and high blood pressure.\n\n"
_FAMOTIDINE = "Famotidine treats heartburn and stomach ulcers.\n\n"
_ESCITALOPRAM = "Escitalopram treats depression and generalized anxiety disorder.\n\n"
_METOPROLOL = "Metoprolol treats high blood pressure and angina.\n\n"
_LOSARTAN = "Losartan lowers blood pressure and protects the kidneys in diabetes.\n\n"
_TAPER = "Metoprolol treats high blood pressure. Do not stop it suddenly; your doctor tapers the dose over one to two weeks.\n\n"
_THREAD = (
    '## Thread: "Brother-in-law says I can just quit"\n\n**@lakeside_lou:** My blood pressure has been great for a year. My'
    " brother-in-law reckons it's fine to quit your beta blocker any time once the numbers look good. Thoughts?\n\n"
    "**@moderator_june:** Please don't. That isn't true for metoprolol, and the numbers look good because of it. Ask your"
    " doctor whether a taper makes sense, and let them plan it."
)

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    (
        "furosemide",
        _FUROSEMIDE + "Furosemide is not like the older water tablets: with it the potassium stays in the blood and does not go"
        " out in the urine. So you do not need to eat bananas every day or take potassium tablets because of it.",
        MISSTATEMENT,
        "wrong-diuretic-class",
        "warning",
    ),
    (
        "furosemide",
        _FUROSEMIDE + "On Lasix, your potassium stays put, so there's no need for bananas.",
        MISSTATEMENT,
        "wrong-diuretic-class",
        "warning",
    ),
    (
        "furosemide",
        _FUROSEMIDE + "With this water pill the potassium doesn't get flushed out like it does with the others.",
        MISSTATEMENT,
        "wrong-diuretic-class",
        "warning",
    ),
    (
        "furosemide",
        _FUROSEMIDE + "Taking furosemide, the body's potassium is not lost in the urine.",
        MISSTATEMENT,
        "wrong-diuretic-class",
        "warning",
    ),
    (
        "famotidine",
        _FAMOTIDINE + "If you've taken omeprazole before, famotidine will feel familiar: it's the same kind of acid-pump blocker,"
        " just in a gentler strength you can take when you need it.",
        MISSTATEMENT,
        "not-a-ppi-or-antacid",
        "warning",
    ),
    ("famotidine", _FAMOTIDINE + "Pepcid is a proton-pump blocker, like Prilosec.", MISSTATEMENT, "not-a-ppi-or-antacid", "warning"),
    (
        "famotidine",
        _FAMOTIDINE + "Famotidine is basically an acid pump inhibitor for people who only get heartburn now and then.",
        MISSTATEMENT,
        "not-a-ppi-or-antacid",
        "warning",
    ),
    (
        "famotidine",
        _FAMOTIDINE + "It belongs to the same family as the stomach-pump blockers such as Nexium.",
        MISSTATEMENT,
        "not-a-ppi-or-antacid",
        "warning",
    ),
    (
        "escitalopram",
        _ESCITALOPRAM + '"The way I put it to first-years," says Dr. Raman, "it turns up two dials at once: serotonin, which'
        ' steadies your mood, and noradrenaline, which gives you drive and focus."',
        MISSTATEMENT,
        "not-an-snri",
        "warning",
    ),
    ("escitalopram", _ESCITALOPRAM + "Lexapro cranks up serotonin and noradrenaline together.", MISSTATEMENT, "not-an-snri", "warning"),
    (
        "escitalopram",
        _ESCITALOPRAM + "Escitalopram raises serotonin (the calm chemical) and noradrenaline (the get-up-and-go one).",
        MISSTATEMENT,
        "not-an-snri",
        "warning",
    ),
    (
        "escitalopram",
        _ESCITALOPRAM + "It pumps up two brain messengers: serotonin, which lifts mood, and norepinephrine, which sharpens focus.",
        MISSTATEMENT,
        "not-an-snri",
        "warning",
    ),
    (
        "metoprolol",
        _METOPROLOL + "**@okaynotokay:** I've been on Lopressor 50 mg morning and night for six years. This month the pharmacy"
        " gave me Toprol-XL 50 mg instead. Should I be worried?\n\n**@moderator_june:** No need. It's the identical active"
        " ingredient with a different salt attached, so nothing about your routine has to change. Keep going with one in the"
        " morning and one at night like always.",
        MISSTATEMENT,
        "tartrate-succinate-interchangeable",
        "warning",
    ),
    (
        "metoprolol",
        _METOPROLOL + "Please don't worry. Whether the box says tartrate or succinate, Lopressor or Toprol-XL, you are getting"
        " metoprolol, and one is as good as the other. Keep taking it the way you always have.",
        MISSTATEMENT,
        "tartrate-succinate-interchangeable",
        "warning",
    ),
    (
        "metoprolol",
        _METOPROLOL + "Tartrate or succinate, it's all metoprolol, so you don't need to change anything.",
        MISSTATEMENT,
        "tartrate-succinate-interchangeable",
        "warning",
    ),
    (
        "metoprolol",
        _METOPROLOL + "The succinate is just the tartrate with another salt, and either one works as well as the other.",
        MISSTATEMENT,
        "tartrate-succinate-interchangeable",
        "warning",
    ),
    (
        "metoprolol",
        _METOPROLOL + "If the chemist hands you Toprol-XL in place of your Lopressor, each is every bit as good as the other.",
        MISSTATEMENT,
        "tartrate-succinate-interchangeable",
        "warning",
    ),
    (
        "losartan",
        _LOSARTAN + "Many of you were switched to losartan from ramipril or lisinopril when the dry, tickly cough got too much."
        " Think of it as a newer cousin in the same family: it blocks the very same enzyme, it just leaves out the cough.",
        MISSTATEMENT,
        "wrong-class",
        "warning",
    ),
    (
        "losartan",
        _LOSARTAN + "My GP moved me over to Cozaar from my lisinopril last spring. It blocks the same enzyme, minus the cough.",
        MISSTATEMENT,
        "wrong-class",
        "warning",
    ),
    (
        "losartan",
        _LOSARTAN + "Losartan blocks the same enzyme as lisinopril, so it lowers blood pressure the same way.",
        MISSTATEMENT,
        "wrong-class",
        "warning",
    ),
    (
        "losartan",
        _LOSARTAN + "Like the -prils, it shuts down the ACE enzyme, only without the cough.",
        MISSTATEMENT,
        "wrong-class",
        "warning",
    ),
    ("losartan", _LOSARTAN + "Cozaar basically inhibits ACE, just more gently.", MISSTATEMENT, "wrong-class", "warning"),
    (
        "metoprolol",
        _TAPER + "My brother-in-law reckons it's fine to quit your beta blocker any time once the numbers look good. Thoughts?"
        "\n\n**@mod_sam:** Yes, it's fine.",
        MISSTATEMENT,
        "safe-to-stop",
        "error",
    ),
    (
        "metoprolol",
        _TAPER + "It's fine to quit your beta blocker any time once the numbers look good.",
        MISSTATEMENT,
        "safe-to-stop",
        "error",
    ),
    (
        "metoprolol",
        _TAPER + "## I think it's fine to stop metoprolol any time\n\nOnce your numbers are good, you can.",
        MISSTATEMENT,
        "safe-to-stop",
        "error",
    ),
]

#: (drug, body, rule, item): wording the rule must leave alone.
SHOULD_NOT = [
    (
        "furosemide",
        _FUROSEMIDE + "With it, the potassium goes out in the urine, so we check your blood every few months.",
        MISSTATEMENT,
        "wrong-diuretic-class",
    ),
    (
        "furosemide",
        _FUROSEMIDE + "On furosemide your potassium can drop, so eat bananas and have your blood checked.",
        MISSTATEMENT,
        "wrong-diuretic-class",
    ),
    (
        "furosemide",
        _FUROSEMIDE + "Without it the potassium stays in the blood, but with it you lose some in the urine.",
        MISSTATEMENT,
        "wrong-diuretic-class",
    ),
    (
        "furosemide",
        _FUROSEMIDE + "With spironolactone the potassium stays in the blood; furosemide does the opposite.",
        MISSTATEMENT,
        "wrong-diuretic-class",
    ),
    (
        "famotidine",
        _FAMOTIDINE + "Famotidine is an acid blocker, but a different kind from omeprazole.",
        MISSTATEMENT,
        "not-a-ppi-or-antacid",
    ),
    (
        "famotidine",
        _FAMOTIDINE + "Omeprazole is an acid-pump blocker; famotidine works on histamine instead.",
        MISSTATEMENT,
        "not-a-ppi-or-antacid",
    ),
    (
        "famotidine",
        _FAMOTIDINE + "Famotidine is not an acid-pump blocker like omeprazole: it is an H2 blocker.",
        MISSTATEMENT,
        "not-a-ppi-or-antacid",
    ),
    (
        "famotidine",
        _FAMOTIDINE + "Famotidine works faster than the acid-pump blockers but does not last as long.",
        MISSTATEMENT,
        "not-a-ppi-or-antacid",
    ),
    ("escitalopram", _ESCITALOPRAM + "It turns up one dial only: serotonin, which steadies your mood.", MISSTATEMENT, "not-an-snri"),
    (
        "escitalopram",
        _ESCITALOPRAM + "It turns up serotonin, which steadies your mood, and leaves noradrenaline alone.",
        MISSTATEMENT,
        "not-an-snri",
    ),
    (
        "escitalopram",
        _ESCITALOPRAM + "Effexor turns up two dials at once: serotonin and noradrenaline; escitalopram turns up only the first.",
        MISSTATEMENT,
        "not-an-snri",
    ),
    ("escitalopram", _ESCITALOPRAM + "It raises serotonin, which in turn can steady sleep and appetite.", MISSTATEMENT, "not-an-snri"),
    (
        "metoprolol",
        _METOPROLOL + "Tartrate is taken twice a day and succinate once; one is not as good as the other for heart failure.",
        MISSTATEMENT,
        "tartrate-succinate-interchangeable",
    ),
    (
        "metoprolol",
        _METOPROLOL + "Lopressor is taken twice a day and Toprol-XL once, so your routine has to change when you switch.",
        MISSTATEMENT,
        "tartrate-succinate-interchangeable",
    ),
    (
        "metoprolol",
        _METOPROLOL
        + "If your Toprol-XL box looks different this month, it is just a new maker, so nothing about your routine has to change.",
        MISSTATEMENT,
        "tartrate-succinate-interchangeable",
    ),
    (
        "metoprolol",
        _METOPROLOL + "Your Lopressor comes from a new supplier this month, and one brand of tablet is as good as the other.",
        MISSTATEMENT,
        "tartrate-succinate-interchangeable",
    ),
    (
        "losartan",
        _LOSARTAN + "The doctor switched me from losartan to lisinopril last year. It blocks the ACE enzyme, which is why I cough.",
        MISSTATEMENT,
        "wrong-class",
    ),
    (
        "losartan",
        _LOSARTAN + "Many of you were switched to losartan from ramipril. Ramipril blocks an enzyme; losartan blocks the receptor"
        " that the hormone works on.",
        MISSTATEMENT,
        "wrong-class",
    ),
    (
        "losartan",
        _LOSARTAN + "Unlike lisinopril, losartan does not block the enzyme, so the dry cough is rare.",
        MISSTATEMENT,
        "wrong-class",
    ),
    ("losartan", _LOSARTAN + "It blocks the hormone that the ACE enzyme makes, not the enzyme itself.", MISSTATEMENT, "wrong-class"),
    ("metoprolol", _TAPER + _THREAD, MISSTATEMENT, "safe-to-stop"),
    (
        "metoprolol",
        _TAPER + "My neighbour reckons you can stop metoprolol whenever you like. Any thoughts?\n\n**@mod_sam:** No. Stopping it"
        " suddenly can bring on chest pain or a heart attack.",
        MISSTATEMENT,
        "safe-to-stop",
    ),
    (
        "metoprolol",
        _TAPER + "## My cousin swears it's fine to stop metoprolol any time\n\nHe is wrong. Stopping suddenly can bring on chest"
        " pain; your doctor tapers it.",
        MISSTATEMENT,
        "safe-to-stop",
    ),
    (
        "metoprolol",
        _TAPER + "My cousin swears it's fine to quit your beta blocker any time. What do you reckon?\n\nPlease don't. Coming off"
        " it quickly can bring on chest pain.",
        MISSTATEMENT,
        "safe-to-stop",
    ),
]
