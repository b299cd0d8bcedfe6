"""Misstatements, safety warnings and interactions by wording class, from the holdout17/holdout18 misses
and false errors and the lead's probes: a drug that treats attacks said to prevent them ("keeps new
attacks from getting going"); an antibacterial given for a cold or flu ("what doctors reach for when a
cold drags on"); a pause of days permitted for a drug that must not be stopped suddenly ("fine to leave
the tablets off for a few days"); ivermectin to keep COVID away; an interacting medicine or drink declared
harmless with the drug ("A beer or two alongside your Xanax is fine"); a prohibition told as impossibility
("You can't take it if you've had an MAOI in the last two weeks", "a hard no") giving the interaction
warning; suicidal thoughts in lay words ("any thoughts of hurting myself"); a misstatement asked and then
answered "It won't, and it's dangerous"; drowsiness named only as a sleep aid's point is not the
drowsiness-and-driving warning. Each case is a draft in other words than the held-out sets', and asserts
what an editor sees: the finding (item, severity) or its absence."""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"
WARNING = "safety-warnings.missing"
INTERACTION = "interactions.missing"

PREVENTION = "not-for-prevention"
VIRUSES = "antibiotics-for-viruses"
CIPRO_VIRUSES = "not-for-viral-infections"
SAFE_TO_STOP = "safe-to-stop"
COVID = "covid-treatment"
BLEEDING = "bleeding-risk-drugs"
SEROTONERGIC = "serotonergic-drugs"
ALCOHOL = "alcohol-cns-depressants"
MAOIS = "maois"
MAOI_A = "maoi-a"
SUICIDALITY = "suicidality"
WEIGHT = "weight-loss"
DROWSY = "drowsiness-driving"

#: (drug in front matter, draft body, rule, item, severity): reported.
SHOULD: list[tuple[str, str, str, str, str]] = [
    # a treatment for attacks said to prevent them
    ("sumatriptan", "Taken daily for a fortnight, sumatriptan also stops new attacks from starting.", MISSTATEMENT, PREVENTION, "warning"),
    ("sumatriptan", "Imitrex wards off future migraines if you take it daily.", MISSTATEMENT, PREVENTION, "warning"),
    ("sumatriptan", "Sumatriptan keeps the headaches at bay when you take one each morning.", MISSTATEMENT, PREVENTION, "warning"),
    ("sumatriptan", "My neurologist says sumatriptan is a decent preventive too.", MISSTATEMENT, PREVENTION, "warning"),
    ("sumatriptan", "I use sumatriptan as a preventer during my period week.", MISSTATEMENT, PREVENTION, "warning"),
    ("sumatriptan", "Sumatriptan. It staves off the next attack before it can build.", MISSTATEMENT, PREVENTION, "warning"),
    # an antibacterial for a viral illness
    (
        "amoxicillin",
        "Amoxicillin is a penicillin-type antibiotic. It's what our GP prescribes when the flu won't clear.",
        MISSTATEMENT,
        VIRUSES,
        "warning",
    ),
    ("amoxicillin", "Our doctor gave us amoxicillin for a stinking cold.", MISSTATEMENT, VIRUSES, "warning"),
    ("amoxicillin", "Amoxicillin is the go-to for a chest cold that drags on.", MISSTATEMENT, VIRUSES, "warning"),
    ("amoxicillin", "When a cold drags on past a week, a course of amoxicillin sorts it out.", MISSTATEMENT, VIRUSES, "warning"),
    ("azithromycin", "Many doctors hand out azithromycin to shake off a nasty flu.", MISSTATEMENT, VIRUSES, "warning"),
    ("doxycycline", "Doxycycline is handy against a winter virus.", MISSTATEMENT, VIRUSES, "warning"),
    ("ciprofloxacin", "Ciprofloxacin is what some doctors reach for if a bout of flu lingers.", MISSTATEMENT, CIPRO_VIRUSES, "error"),
    # a pause of days permitted
    ("atenolol", "It's fine to leave the tablets off for a few days if they make you tired.", MISSTATEMENT, SAFE_TO_STOP, "error"),
    ("atenolol", "You can take a break from atenolol for a week or so on holiday.", MISSTATEMENT, SAFE_TO_STOP, "error"),
    ("atenolol", "If the dizziness bothers you, you may go without the tablets for a couple of days.", MISSTATEMENT, SAFE_TO_STOP, "error"),
    ("atenolol", "It is okay to stop taking it for two days when you feel rough.", MISSTATEMENT, SAFE_TO_STOP, "error"),
    # ivermectin to keep COVID away
    ("ivermectin", "Plenty of our customers take a dose of it to keep covid away in winter.", MISSTATEMENT, COVID, "error"),
    ("ivermectin", "Ivermectin helps ward off Covid, they reckon.", MISSTATEMENT, COVID, "error"),
    ("ivermectin", "A small dose of ivermectin is cheap insurance against COVID.", MISSTATEMENT, COVID, "error"),
    # an interaction declared harmless
    ("warfarin", "A few extra paracetamol or some ibuprofen won't make any difference to your warfarin.", MISSTATEMENT, BLEEDING, "error"),
    ("warfarin", "You can take ibuprofen for a headache while you're on warfarin, it's fine.", MISSTATEMENT, BLEEDING, "error"),
    ("warfarin", "Naproxen and warfarin don't interact, so carry on as normal.", MISSTATEMENT, BLEEDING, "error"),
    ("warfarin", "Taking an aspirin with your warfarin is no problem.", MISSTATEMENT, BLEEDING, "error"),
    ("warfarin", "Nurofen alongside warfarin is perfectly alright for the odd headache.", MISSTATEMENT, BLEEDING, "error"),
    ("sertraline", "It's fine to take St John's wort alongside sertraline for an extra boost.", MISSTATEMENT, SEROTONERGIC, "error"),
    ("sertraline", "Tramadol is safe to mix with your antidepressant.", MISSTATEMENT, SEROTONERGIC, "error"),
    ("sertraline", "You may take tramadol alongside sertraline without worry.", MISSTATEMENT, SEROTONERGIC, "error"),
    ("sertraline", "St John's wort and sertraline go fine together.", MISSTATEMENT, SEROTONERGIC, "error"),
    ("alprazolam", "A beer or two alongside your Xanax is fine for most people.", MISSTATEMENT, ALCOHOL, "error"),
    ("alprazolam", "You can have a glass or two of wine with it, it just makes you a bit more relaxed.", MISSTATEMENT, ALCOHOL, "error"),
    ("alprazolam", "Drinking alcohol while on alprazolam is alright in small amounts.", MISSTATEMENT, ALCOHOL, "error"),
    ("alprazolam", "Feel free to have a pint with your Xanax at the weekend.", MISSTATEMENT, ALCOHOL, "error"),
    # the drowsiness of a sleep aid named only as its point
    (
        "diphenhydramine",
        "Diphenhydramine is the drug in most cheap sleep aids; the drowsiness that makes it a nuisance for hay fever is the "
        "reason it helps you sleep. Alcohol makes the drowsiness heavier. Take it early so it has worn off by milking.",
        WARNING,
        DROWSY,
        "error",
    ),
]

#: (drug, body, rule, item): not reported.
SHOULD_NOT: list[tuple[str, str, str, str]] = [
    ("sumatriptan", "Sumatriptan stops a migraine attack once it has started; it does not prevent new attacks.", MISSTATEMENT, PREVENTION),
    ("sumatriptan", "Sumatriptan treats the attack you have now. It won't keep new attacks from starting.", MISSTATEMENT, PREVENTION),
    ("amoxicillin", "Amoxicillin does nothing for a cold or the flu, which are caused by viruses.", MISSTATEMENT, VIRUSES),
    ("amoxicillin", "Amoxicillin is what doctors give when a cold turns into an ear infection.", MISSTATEMENT, VIRUSES),
    ("amoxicillin", "Amoxicillin is used for ear infections and strep throat.", MISSTATEMENT, VIRUSES),
    ("atenolol", "Never leave the tablets off for a few days; your doctor will lower the dose slowly.", MISSTATEMENT, SAFE_TO_STOP),
    ("atenolol", "If you miss one dose, it's fine to take the next one at the usual time.", MISSTATEMENT, SAFE_TO_STOP),
    ("ivermectin", "Ivermectin does not keep covid away, and the FDA warns against using it for that.", MISSTATEMENT, COVID),
    ("warfarin", "Paracetamol is usually fine with warfarin.", MISSTATEMENT, BLEEDING),
    ("amoxicillin", "You can drink alcohol in moderation with amoxicillin.", MISSTATEMENT, ALCOHOL),
    ("warfarin", "Take paracetamol instead of ibuprofen while you're on warfarin; it's fine.", MISSTATEMENT, BLEEDING),
    ("warfarin", "You can take ibuprofen with warfarin only if your doctor says so.", MISSTATEMENT, BLEEDING),
    ("warfarin", "Check with your pharmacist first, but aspirin with warfarin may be fine at a low dose.", MISSTATEMENT, BLEEDING),
    ("warfarin", "Ibuprofen is not safe with warfarin.", MISSTATEMENT, BLEEDING),
    ("warfarin", "Avoid ibuprofen; paracetamol is fine with warfarin.", MISSTATEMENT, BLEEDING),
    ("warfarin", "Some people think ibuprofen is fine with warfarin, but it isn't.", MISSTATEMENT, BLEEDING),
    ("alprazolam", "Is a glass of wine with Xanax fine?", MISSTATEMENT, ALCOHOL),
    ("alprazolam", "It is never OK to drink alcohol with alprazolam.", MISSTATEMENT, ALCOHOL),
    ("alprazolam", "Despite what you may have heard, alcohol is not safe with alprazolam.", MISSTATEMENT, ALCOHOL),
    ("alprazolam", "You may have read that a glass of wine with Xanax is fine. That is wrong.", MISSTATEMENT, ALCOHOL),
    # a prohibition told as impossibility gives the interaction warning
    (
        "sumatriptan",
        "Sumatriptan treats migraine attacks.\n\n- **MAO inhibitors.** You can't take sumatriptan if you've had one in the past fortnight.",
        INTERACTION,
        MAOI_A,
    ),
    ("citalopram", "Citalopram treats depression.\n\n- **MAO inhibitors are a hard no.** Never within two weeks.", INTERACTION, MAOIS),
    ("sertraline", "Sertraline treats depression. MAO inhibitors are off-limits with it.", INTERACTION, MAOIS),
    ("escitalopram", "Escitalopram treats anxiety. You mustn't take it with an MAOI.", INTERACTION, MAOIS),
    # suicidal thoughts in lay words
    (
        "citalopram",
        "She asked me to call if I had any thoughts of hurting myself, because antidepressants can make those thoughts worse at first.",
        WARNING,
        SUICIDALITY,
    ),
    ("sertraline", "Tell someone at once if you start having dark thoughts or thinking about ending it all.", WARNING, SUICIDALITY),
    ("fluoxetine", "Call your doctor if you feel you'd be better off dead or want to harm yourself.", WARNING, SUICIDALITY),
    # asked, then answered no
    (
        "levothyroxine",
        "We're often asked whether a higher dose of levothyroxine would help shed a few pounds. It won't, and it's dangerous.",
        MISSTATEMENT,
        WEIGHT,
    ),
    (
        "levothyroxine",
        "People ask if levothyroxine will help them lose weight. No, it won't.",
        MISSTATEMENT,
        WEIGHT,
    ),
    # the drowsiness-and-driving warning given
    ("diphenhydramine", "It can make you very drowsy, sometimes into the next morning. Don't drive after taking it.", WARNING, DROWSY),
    ("diphenhydramine", "You will be groggy well into the next day, so don't get on the tractor.", WARNING, DROWSY),
]
