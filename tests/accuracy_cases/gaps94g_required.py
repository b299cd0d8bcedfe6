"""Required warnings and interactions the checks took as given by wording that does not give them,
from eval/holdout91-93, as classes:

- A statin's muscle warning read from "dark urine" beside a pain placed in the belly, the side or under
  the ribs in more words than "in the upper right belly" ("pain in the upper right of your belly, dark
  urine, or yellow skin": the liver warning); dark urine with aching or weak muscles still gives it.
- Albuterol's worsening-asthma warning read from getting help after stopping the inhaler ("If that happens,
  stop using the inhaler and get medical help straight away"): that is the advice for a reaction to a
  puff or an allergy; help when the reliever does not stop the wheezing, or when it is needed more often,
  still gives it.
- A blood thinner's bleeding-risk interaction read from its own lay class as what the reader takes ("Keep
  a card in your wallet saying you take a blood thinner", "tell your dentist you're on a blood thinner"):
  apixaban and warfarin are blood thinners (their ``drug_class``), so that is the drug itself; another or
  other blood thinners, aspirin or NSAIDs named as adding to bleeding still warn.
"""

from __future__ import annotations

WARNING = "safety-warnings.missing"
INTERACTION = "interactions.missing"

MUSCLE = "myopathy-rhabdomyolysis"
WORSENING = "worsening-asthma"
BLEEDING = "bleeding-risk-drugs"

_ATORVASTATIN = "Atorvastatin lowers LDL cholesterol. "
_ROSUVASTATIN = "Rosuvastatin lowers LDL cholesterol. "
_ALBUTEROL = "Albuterol opens the airways. "
_APIXABAN = "Apixaban lowers the chance of a stroke in atrial fibrillation. "
_WARFARIN = "Warfarin prevents clots. Your INR is checked regularly. "

#: (drug, body, rule, item, severity): reported.
SHOULD: list[tuple[str, str, str, str, str]] = [
    # the draft's own wording
    (
        "atorvastatin",
        _ATORVASTATIN + "A few people get diarrhea, an upset stomach, a stuffy nose or sore joints in the first weeks. "
        "Call your doctor if you feel unusually tired, lose your appetite, have pain in the upper right of your belly, "
        "dark urine, or yellow skin or eyes.",
        WARNING,
        MUSCLE,
        "error",
    ),
    (
        "atorvastatin",
        _ATORVASTATIN + "See a doctor if you notice dark urine, pain under your ribs on the right or yellowing eyes.",
        WARNING,
        MUSCLE,
        "error",
    ),
    (
        "rosuvastatin",
        _ROSUVASTATIN + "Tell us about aching in the right side of your tummy with tea-coloured urine: your liver may need checking.",
        WARNING,
        MUSCLE,
        "error",
    ),
    (
        "atorvastatin",
        _ATORVASTATIN + "Cola-coloured urine and soreness on the upper part of your stomach can be a liver sign.",
        WARNING,
        MUSCLE,
        "error",
    ),
    # the draft's own wording
    (
        "albuterol",
        _ALBUTEROL + "Now and then, instead of opening the airways, a puff makes the wheeze suddenly worse right away. "
        "If that happens, stop using the inhaler and get medical help straight away.",
        WARNING,
        WORSENING,
        "error",
    ),
    (
        "albuterol",
        _ALBUTEROL + "Rarely a spray tightens the chest instead. If so, stop using your inhaler and get emergency help.",
        WARNING,
        WORSENING,
        "error",
    ),
    (
        "albuterol",
        _ALBUTEROL + "If your lips or face swell after a dose, stop your puffer and get urgent medical attention.",
        WARNING,
        WORSENING,
        "error",
    ),
    (
        "albuterol",
        _ALBUTEROL + "An allergic rash is rare. Should one appear, stop the inhaler and seek medical care.",
        WARNING,
        WORSENING,
        "error",
    ),
    # the draft's own wording
    (
        "apixaban",
        _APIXABAN + "Keep a card in your wallet saying you take a blood thinner. If you're unsure about anything, come and talk to us.",
        INTERACTION,
        BLEEDING,
        "error",
    ),
    (
        "apixaban",
        _APIXABAN + "Always tell your dentist you're on a blood thinner. Ask your pharmacist if you have questions.",
        INTERACTION,
        BLEEDING,
        "error",
    ),
    (
        "apixaban",
        _APIXABAN + "Wear a medical alert bracelet that says you are taking a blood thinner, and talk to your doctor before surgery.",
        INTERACTION,
        BLEEDING,
        "error",
    ),
    (
        "warfarin",
        _WARFARIN + "Remind every nurse that you take a blood thinner. Talk to your doctor before any procedure.",
        INTERACTION,
        BLEEDING,
        "error",
    ),
]

#: (drug, body, rule, item): not reported.
SHOULD_NOT: list[tuple[str, str, str, str]] = [
    (
        "atorvastatin",
        _ATORVASTATIN + "Call your doctor about dark urine with aching or weak muscles you cannot explain.",
        WARNING,
        MUSCLE,
    ),
    (
        "atorvastatin",
        _ATORVASTATIN + "Call your doctor if you have dark urine and pain in your thighs or shoulders.",
        WARNING,
        MUSCLE,
    ),
    (
        "atorvastatin",
        _ATORVASTATIN + "Tell your doctor at once about muscle pain, tenderness or weakness you can't explain.",
        WARNING,
        MUSCLE,
    ),
    (
        "atorvastatin",
        _ATORVASTATIN + "Weakness, cramps and brown urine can mean muscle breakdown; get help.",
        WARNING,
        MUSCLE,
    ),
    (
        "albuterol",
        _ALBUTEROL + "If your reliever does not stop the wheezing, get medical help.",
        WARNING,
        WORSENING,
    ),
    (
        "albuterol",
        _ALBUTEROL + "If your symptoms do not ease after using your inhaler, get emergency help.",
        WARNING,
        WORSENING,
    ),
    (
        "albuterol",
        _ALBUTEROL + "Get medical help if your inhaler stops working as well as it did.",
        WARNING,
        WORSENING,
    ),
    (
        "albuterol",
        _ALBUTEROL + "See your doctor if you need the inhaler more than usual.",
        WARNING,
        WORSENING,
    ),
    (
        "apixaban",
        _APIXABAN + "Other blood thinners, aspirin and ibuprofen add to the bleeding risk; ask first.",
        INTERACTION,
        BLEEDING,
    ),
    (
        "apixaban",
        _APIXABAN + "Taking it with another blood thinner raises the risk of serious bleeding.",
        INTERACTION,
        BLEEDING,
    ),
    (
        "apixaban",
        _APIXABAN + "Do not take it with other blood thinners unless your doctor says so.",
        INTERACTION,
        BLEEDING,
    ),
    (
        "apixaban",
        _APIXABAN + "Tell your doctor if you take a blood thinner such as clopidogrel or warfarin.",
        INTERACTION,
        BLEEDING,
    ),
]
