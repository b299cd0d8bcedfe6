"""Off-label by wording class: lay ways of giving a drug a use (purpose clauses, "for nights
when ...", "take the edge off", "cut down on drinking", "drop stubborn pounds"), and wordings
that are not a use of the article's drug (another medicine's use, a patient group, advice on
when to take it, a side effect, an approved use's symptoms). Each case is one article about
one drug; the wordings were written for these tests, in several voices."""

from __future__ import annotations

from typing import Any

import pytest
from conftest import REPO

from pipeline.document.article import parse_article
from pipeline.document.source import SourceText

_CTX: dict[str, Any] = {}


def off_label(drug: str, body: str) -> list[str]:
    """Conditions of the off-label errors in an article about ``drug``."""
    from pipeline.config import load_config
    from pipeline.knowledge.rules import load_rules
    from pipeline.run.checker import check_article
    from pipeline.run.context import CheckContext

    if "ctx" not in _CTX:
        config = load_config(start=REPO)
        _CTX["ctx"] = CheckContext(config, load_rules(config.knowledge_dirs))
    text = f"---\ndrugs: [{drug}]\n---\n# {drug.title()}\n\n{body}\n"
    result = check_article(parse_article(SourceText.from_text("a.md", text)), _CTX["ctx"])
    return [f.extra["condition"] for f in result.findings if f.rule == "off-label.undisclosed"]


FLAGGED = [
    # for nights / times when ...
    ("diazepam", "It can also be given for a few nights when worry is keeping you awake and you cannot get to sleep.", "insomnia"),
    ("cyclobenzaprine", '"A few keep a bottle on the nightstand for nights when they can\'t drop off," one therapist said.', "insomnia"),
    ("clonazepam", "Lots of people swear by half a tab at bedtime when their brain won't switch off.", "insomnia"),
    ("hydroxyzine", "Hydroxyzine works well on nights when you can't switch off.", "insomnia"),
    ("gabapentin", "Some folks pop a gabapentin at night when their mind won't shut off.", "insomnia"),
    ("gabapentin", "My doctor gave me gabapentin for the nights I can't settle.", "insomnia"),
    ("gabapentin", "Take half a tab of gabapentin when you can't sleep.", "insomnia"),
    ("quetiapine", "Try a small dose of quetiapine on nights when your thoughts won't settle down.", "insomnia"),
    ("sertraline", "If you take sertraline to help you sleep, talk to your doctor.", "insomnia"),
    ("gabapentin", "I keep a few gabapentin in my purse for days when my nerves get the better of me.", "anxiety"),
    ("amitriptyline", "Amitriptyline helps many of my patients who can't sleep.", "insomnia"),
    ("quetiapine", "Seroquel is handed out like candy to help people drift off.", "insomnia"),
    ("bupropion", "Wellbutrin is popular with people trying to quit drinking.", "alcohol use disorder"),
    ("trazodone", "Many doctors write trazodone for patients who struggle to get to sleep.", "insomnia"),
    # purpose after taking it
    ("quetiapine", "Some people take a low dose of quetiapine at night so they can drop off.", "insomnia"),
    ("trazodone", "Many people take trazodone to knock them out at night.", "insomnia"),
    ("mirtazapine", "My aunt takes mirtazapine to help her nod off.", "insomnia"),
    ("amitriptyline", "Take amitriptyline at bedtime to help you sleep.", "insomnia"),
    ("amitriptyline", "Amitriptyline is often prescribed to people who can't sleep.", "insomnia"),
    ("cyclobenzaprine", "People take cyclobenzaprine because it makes them sleepy.", "insomnia"),
    ("quetiapine", "A lot of people use quetiapine because it makes them drowsy.", "insomnia"),
    ("metformin", "A lot of readers tell us they started it to help drop stubborn pounds.", "weight loss"),
    ("metformin", "Plenty of people use metformin to shift a few pounds.", "weight loss"),
    ("metformin", "Metformin is getting popular with people trying to shed a few pounds.", "weight loss"),
    # drinking
    ("topiramate", "Doctors in our clinic also use it to help people cut down on heavy drinking.", "alcohol use disorder"),
    ("topiramate", "Topiramate can help curb drinking.", "alcohol use disorder"),
    ("topiramate", "Topiramate is sometimes given to help people stop drinking.", "alcohol use disorder"),
    ("baclofen", "Baclofen can help people cut back on alcohol.", "alcohol use disorder"),
    # worry, nerves
    ("aripiprazole", "Lately we're also seeing very small doses prescribed to take the edge off everyday worry.", "anxiety"),
    ("propranolol", "Many performers swear by propranolol to take the edge off stage fright.", "anxiety"),
    ("propranolol", "Propranolol is popular with musicians to take the edge off before a performance.", "anxiety"),
    ("gabapentin", "Gabapentin can quiet a racing mind before bed.", "anxiety"),
    ("sertraline", "She was given sertraline to get through the worry of her exams.", "anxiety"),
    # a use that is still the drug's
    ("gabapentin", "Gabapentin is one of the drugs used to treat anxiety in some clinics.", "anxiety"),
    ("baclofen", "Baclofen (for alcohol cravings) is popular in France.", "alcohol use disorder"),
    ("quetiapine", "Doctors sometimes prescribe quetiapine for people with insomnia.", "insomnia"),
]


@pytest.mark.parametrize(("drug", "body", "condition"), FLAGGED, ids=[f"{d}-{i}" for i, (d, _, _) in enumerate(FLAGGED)])
def test_lay_wordings_of_a_use_are_flagged(drug: str, body: str, condition: str) -> None:
    assert condition in off_label(drug, body)


NOT_FLAGGED = [
    # another medicine's use
    ("furosemide", "- sucralfate, for stomach ulcers (take it at least 2 hours apart)"),
    ("furosemide", "Tell your doctor if you take sucralfate, for stomach ulcers."),
    ("furosemide", "Furosemide can interact with medicines for stomach ulcers such as sucralfate."),
    ("lisinopril", "Lisinopril can interact with drugs used to treat diabetes, like insulin."),
    ("warfarin", "Tell your doctor about omeprazole (for heartburn) and any antibiotics."),
    ("lisinopril", "If you also take a water pill for swelling, your doctor may check your blood tests."),
    ("sertraline", "Some medicines for migraine, such as sumatriptan, can raise the risk of serotonin syndrome."),
    ("metformin", "Other medications used to lower blood sugar, like glipizide, can cause lows when combined with it."),
    ("gabapentin", "- antacids, for heartburn (take gabapentin 2 hours later)"),
    # symptoms of an approved use
    ("meloxicam", "It eases the pain, swelling and stiffness of osteoarthritis and rheumatoid arthritis."),
    ("meloxicam", "Meloxicam relieves joint pain and stiffness from arthritis."),
    # when and how to take it
    ("prednisone", "Take it in the morning with food to protect your stomach and help you sleep at night."),
    ("prednisone", "Take it in the morning to prevent trouble sleeping."),
    ("sertraline", "Take sertraline in the morning so it doesn't keep you up at night."),
    ("bupropion", "Take your second dose of bupropion before 5 pm to avoid trouble falling asleep."),
    ("fluoxetine", "Take it early in the day to help prevent sleep problems."),
    ("naproxen", "Take naproxen with a meal to help prevent heartburn."),
    ("ibuprofen", "Take it with food to prevent heartburn."),
    ("gabapentin", "Take it at night to avoid feeling dizzy during the day."),
    # a patient group
    ("carvedilol", "For people with diabetes, carvedilol can hide the racing heartbeat that usually warns of low blood sugar."),
    ("carvedilol", "If you have diabetes, carvedilol can hide signs of low blood sugar."),
    ("propranolol", "People with asthma should not take propranolol."),
    ("gabapentin", "For those with kidney disease the dose of gabapentin is lower."),
    ("metformin", "For people with kidney disease, the dose of metformin may be lowered."),
    ("atorvastatin", "Atorvastatin is especially important for people with diabetes."),
    ("ibuprofen", "The risk of stomach bleeding with ibuprofen is higher for those with ulcers."),
    # a side effect, history, withdrawal, advice against
    ("cyclobenzaprine", "Cyclobenzaprine can make you sleepy, so do not drive."),
    ("trazodone", "Trazodone can make you sleepy the next morning."),
    ("diphenhydramine", "Diphenhydramine may keep you awake if you are older; tell your doctor."),
    ("baclofen", "If baclofen makes you drowsy, do not drive."),
    ("diazepam", "Tell your doctor if you have ever had problems with heavy drinking."),
    ("gabapentin", "Stopping gabapentin suddenly can cause trouble sleeping and anxiety."),
    ("tramadol", "Even at prescribed doses tramadol can lead to addiction, overdose and death."),
    ("baclofen", "Do not use it to treat a cold."),
    ("baclofen", "Don't take baclofen for anxiety."),
    ("metformin", "During times when you are sick with a fever, stop taking metformin."),
    ("metformin", "Hold metformin on days when you have a bad infection and can't eat."),
    ("metformin", "Skip metformin on days when you have a stomach bug with vomiting."),
    ("amoxicillin", "Stop taking it when the infection clears only if your doctor says so."),
    ("cyclobenzaprine", "Take it at bedtime because it makes you drowsy."),
    ("gabapentin", "It's best to take it at night because it can make you sleepy."),
    ("sertraline", "You may need to take it for a few weeks before the worry eases."),
    ("ibuprofen", "Taking it with alcohol can make you very sleepy and raise the risk of stomach ulcers."),
    ("prednisone", "Prednisone can keep you awake, so take it early."),
    ("metformin", "On days when you drink heavily, your risk of lactic acidosis goes up."),
    ("diazepam", "Tell your doctor if you take other medicines for anxiety or sleep."),
    ("warfarin", "Some pain relievers for headaches, like aspirin, raise bleeding risk with warfarin."),
    ("furosemide", "Ask before using products for heartburn that contain sodium."),
    ("metformin", "Take metformin with your evening meal to reduce stomach upset and nausea."),
    ("warfarin", "You should keep taking warfarin to prevent blood clots."),
    ("prednisone", "Take prednisone with food to avoid heartburn or stomach ulcers."),
    ("atorvastatin", "People who take atorvastatin to lower cholesterol should avoid grapefruit juice."),
    ("gabapentin", "Tell your doctor if you use opioids for pain or sleeping pills."),
    ("sertraline", "Some people use alcohol to cope with anxiety, but this makes depression worse."),
    ("quetiapine", "Quetiapine may cause weight gain, so people trying to lose weight should talk to their doctor."),
    ("metformin", "Metformin is not a weight-loss drug, and you should not take it to lose weight."),
    ("amlodipine", "For older adults, a starting dose of 2.5 mg may be used."),
    ("lorazepam", "Your doctor will slowly lower the dose to prevent withdrawal symptoms such as trouble sleeping."),
    ("metformin", "Your doctor will start you on a low dose to help prevent nausea."),
    ("metformin", "Starting at a low dose and going up slowly helps reduce nausea and diarrhea."),
    ("topiramate", "People who take topiramate should drink plenty of water to help prevent kidney stones."),
    ("naproxen", "Taking it with an acid reducer can help prevent stomach ulcers."),
    # a lay word for an approved use
    ("diazepam", "Diazepam can be given for a few days when worry gets too much."),
]

#: A lay word for a kind of a broad condition is not approved by another kind of it.
STILL_FLAGGED = [
    ("montelukast", "Montelukast is used to treat hives.", "allergies"),
    ("amoxicillin", "Amoxicillin is a good choice for bronchitis.", "infections"),
]


@pytest.mark.parametrize(("drug", "body"), NOT_FLAGGED, ids=[f"{d}-{i}" for i, (d, _) in enumerate(NOT_FLAGGED)])
def test_wordings_that_are_not_an_off_label_use_pass(drug: str, body: str) -> None:
    assert off_label(drug, body) == []


@pytest.mark.parametrize(("drug", "body", "condition"), STILL_FLAGGED, ids=[d for d, _, _ in STILL_FLAGGED])
def test_a_kind_of_a_broad_condition_is_not_approved_by_another_kind(drug: str, body: str, condition: str) -> None:
    assert condition in off_label(drug, body)


# -- Conditions added and split (2026-11-30): Lyme disease, rosacea, IBD, IBS, lupus, herpes,
# shingles, ectopic pregnancy, malaria, nightmares, morning sickness, motion sickness, stomach
# bugs and stomach ulcers as their own concepts, with lay forms; the names of other medicines
# (checks/drug-names.yml) own their uses; self-care advice ("drink plenty of water to prevent
# kidney stones") is no use. Wordings written for these tests, in several voices.

NEW_CONDITIONS_FLAGGED = [
    # morning sickness, motion sickness and stomach bugs are not ondansetron's approved nausea
    ("ondansetron", "Zofran is often prescribed for morning sickness.", "morning sickness"),
    ("ondansetron", "Lots of moms-to-be are given Zofran to get through morning sickness.", "morning sickness"),
    ("ondansetron", "Zofran is a lifesaver for the queasiness of early pregnancy, many moms say.", "morning sickness"),
    ("ondansetron", "Ondansetron is given for nausea and vomiting in pregnancy.", "morning sickness"),
    ("ondansetron", "Ondansetron can also help with seasickness on a cruise.", "motion sickness"),
    ("ondansetron", "Parents keep Zofran on hand for when a stomach bug hits the kids.", "gastroenteritis"),
    ("ondansetron", "Doctors in the ER often give kids Zofran for gastroenteritis.", "gastroenteritis"),
    ("hydroxyzine", "Hydroxyzine is used to treat motion sickness.", "motion sickness"),
    # Pepcid AC is for heartburn; pantoprazole has no ulcer approval
    ("famotidine", "Pepcid AC is used to treat stomach ulcers.", "stomach ulcers"),
    ("pantoprazole", "Pantoprazole is used for stomach ulcers.", "stomach ulcers"),
    # doxycycline: Lyme disease is not on the US labels; rosacea only at 40 mg (Oracea)
    ("doxycycline", "Doxycycline is the go-to for Lyme.", "Lyme disease"),
    ("doxycycline", "A single dose of doxycycline can help prevent Lyme disease.", "Lyme disease"),
    ("doxycycline", "Doxycycline helps ward off Lyme disease after a tick bite.", "Lyme disease"),
    ("doxycycline", "A three-week course of doxycycline usually cures Lyme disease.", "Lyme disease"),
    ("doxycycline", "Many dermatologists reach for doxycycline to calm rosacea flare-ups.", "rosacea"),
    ("doxycycline", "Some dermatologists prescribe doxycycline 100 mg for rosacea.", "rosacea"),
    # immune and bowel diseases
    ("methotrexate", "Doctors sometimes use methotrexate to treat Crohn's disease.", "inflammatory bowel disease"),
    ("methotrexate", "Methotrexate shots are used for lupus.", "lupus"),
    ("methotrexate", "Methotrexate is used to end an ectopic pregnancy.", "ectopic pregnancy"),
    ("amitriptyline", "Low-dose amitriptyline can ease irritable bowel syndrome.", "irritable bowel syndrome"),
    ("prednisone", "Prednisone helps shingles heal faster.", "shingles"),
    # menopause, nightmares, restless legs, hair, acne, quitting
    ("clonidine", "Clonidine is sometimes prescribed to help with night sweats.", "menopause symptoms"),
    ("gabapentin", "Gabapentin is also used for hot flashes.", "menopause symptoms"),
    ("clonidine", "Some doctors use clonidine for nightmares.", "nightmares"),
    ("gabapentin", "Gabapentin can quiet the urge to move your legs at night.", "restless legs syndrome"),
    ("spironolactone", "Spironolactone helps with thinning hair in women.", "hair loss"),
    ("spironolactone", "Spironolactone is prescribed for hormonal acne.", "acne"),
    ("amitriptyline", "Amitriptyline helps with fibromyalgia.", "fibromyalgia"),
    ("diphenhydramine", "Benadryl is sometimes used for morning sickness.", "morning sickness"),
    ("diphenhydramine", "Benadryl is good for nausea.", "nausea"),
    # lay verbs and qualifiers: "keep ... at bay", "early Lyme"
    ("doxycycline", "If a tick bite leaves a bull's-eye rash, your doctor may start doxycycline for early Lyme.", "Lyme disease"),
    ("ondansetron", "Ondansetron is also handy on boat trips to keep seasickness at bay.", "motion sickness"),
    ("amitriptyline", "Some people take amitriptyline to keep migraines away.", "migraine"),
    ("sertraline", "Sertraline helps some people with hot flashes.", "menopause symptoms"),
]

NEW_CONDITIONS_NOT_FLAGGED = [
    # approved uses under the new and split concepts
    ("ondansetron", "Ondansetron helps with nausea and vomiting after surgery."),
    ("ondansetron", "Ondansetron prevents nausea and vomiting from chemotherapy."),
    ("ondansetron", "Ondansetron is used to prevent nausea."),
    ("famotidine", "Famotidine is used to treat stomach ulcers."),
    ("famotidine", "Pepcid AC relieves heartburn."),
    ("omeprazole", "Omeprazole heals stomach ulcers and treats GERD."),
    ("doxycycline", "Oracea is used for rosacea."),
    ("doxycycline", "Low-dose doxycycline (40 mg) calms the bumps of rosacea."),
    ("doxycycline", "Doxycycline 40 mg capsules are used for rosacea."),
    ("doxycycline", "Doxycycline is taken to ward off malaria when you travel."),
    ("doxycycline", "Doxycycline treats Rocky Mountain spotted fever and other tick-borne illnesses."),
    ("doxycycline", "Doxycycline is used for cystic acne."),
    ("valacyclovir", "Valacyclovir treats cold sores, genital herpes, and shingles."),
    ("valacyclovir", "Valtrex is used to treat outbreaks of herpes."),
    ("valacyclovir", "Valacyclovir is used for herpes zoster and chickenpox."),
    ("valacyclovir", "Valacyclovir helps fever blisters heal faster."),
    ("valacyclovir", "Valacyclovir shortens shingles outbreaks."),
    ("prednisone", "Prednisone is used to treat flare-ups of Crohn's disease."),
    ("prednisone", "Prednisone helps control lupus."),
    ("aspirin", "Aspirin is used for lupus."),
    ("bupropion", "Bupropion helps people give up smoking."),
    ("bupropion", "Zyban can help you kick the habit."),
    ("finasteride", "Propecia treats male pattern baldness."),
    ("sildenafil", "Sildenafil helps men with trouble getting an erection."),
    ("tadalafil", "Cialis is used to help with impotence."),
    ("sertraline", "Sertraline is used to treat PTSD."),
    ("propranolol", "Propranolol is used to prevent migraines."),
    ("diphenhydramine", "Benadryl can ease car sickness."),
    ("diphenhydramine", "Diphenhydramine is used to prevent motion sickness on long drives."),
    ("valacyclovir", "Valtrex can be taken every day to keep genital herpes outbreaks away."),
    # bare "cholesterol" in a statin's use is its approved use
    ("atorvastatin", "Atorvastatin is used for cholesterol."),
    ("simvastatin", "Simvastatin helps control cholesterol."),
    ("rosuvastatin", "Crestor helps keep cholesterol in check."),
    ("sertraline", "It is important to keep taking sertraline for depression even when you feel better."),
    ("lisinopril", "Keep taking lisinopril to keep your blood pressure under control."),
    # another medicine's use, named from checks/drug-names.yml
    ("furosemide", "Furosemide should be spaced from sucralfate for ulcers."),
    ("furosemide", "Take furosemide at least two hours before sucralfate, which is used for stomach ulcers."),
    ("sertraline", "If you use St. John's wort for low mood, do not combine it with sertraline."),
    ("sertraline", "Sertraline should not be combined with St John's wort for depression."),
    ("bupropion", "Bupropion is sometimes compared with Chantix for quitting smoking."),
    ("doxycycline", "Doxycycline and Malarone are both options to prevent malaria."),
    ("ondansetron", "Unlike ondansetron, Diclegis is approved for morning sickness."),
    ("ondansetron", "Ondansetron works differently from scopolamine patches for motion sickness."),
    ("finasteride", "Finasteride is often paired with minoxidil for hair loss in women."),
    ("naltrexone", "Naltrexone is one option; acamprosate for alcohol cravings is another."),
    ("gabapentin", "Gabapentin is sometimes tried when ropinirole for restless legs stops working."),
    # advice whose purpose is a side effect avoided, not a use
    ("naproxen", "Take naproxen with food to help prevent stomach ulcers."),
    ("ibuprofen", "Ibuprofen can cause stomach ulcers."),
    ("topiramate", "People who take topiramate should drink plenty of water to prevent kidney stones."),
    ("topiramate", "Drink lots of fluids every day to prevent kidney stones while on topiramate."),
    ("doxycycline", "Wear sunscreen to prevent sunburn while taking doxycycline."),
]


@pytest.mark.parametrize(
    ("drug", "body", "condition"), NEW_CONDITIONS_FLAGGED, ids=[f"{d}-{c}-{i}" for i, (d, _, c) in enumerate(NEW_CONDITIONS_FLAGGED)]
)
def test_new_condition_concepts_are_recognised_off_label(drug: str, body: str, condition: str) -> None:
    assert condition in off_label(drug, body)


@pytest.mark.parametrize(
    ("drug", "body"), NEW_CONDITIONS_NOT_FLAGGED, ids=[f"{d}-{i}" for i, (d, _) in enumerate(NEW_CONDITIONS_NOT_FLAGGED)]
)
def test_new_condition_concepts_keep_approved_and_others_uses_clean(drug: str, body: str) -> None:
    assert off_label(drug, body) == []


def test_self_care_before_a_purpose_does_not_hide_taking_the_drug() -> None:
    assert off_label("topiramate", "Drink plenty of water and take topiramate to prevent kidney stones.") == ["kidney stones"]


# A use pointing back at a condition ("prescribe it for that"), the drug as a dose or a few
# tablets in a sentence naming no drug, and a question answered no (eval/holdout2 x08, x12,
# x14, x17, x20; these wordings were written for the tests).
POINTED_FLAGGED = [
    ("propranolol", "Lots of musicians get stage fright. Some doctors will prescribe it for that.", "anxiety"),
    ("propranolol", "Your heart can pound before a big presentation. Plenty of GPs prescribe it for this as well.", "anxiety"),
    ("gabapentin", "Hot flashes can be miserable, and many women take it for that.", "menopause symptoms"),
    ("hydroxyzine", "Some people can't switch off at night, and their doctor may give it for that.", "insomnia"),
    ("trazodone", "Lying awake at 3 a.m. is exhausting. It can help with that.", "insomnia"),
    ("clonazepam", "Her doctor suggested a small nightly dose to help her fall asleep.", "insomnia"),
    ("quetiapine", "A tiny evening dose to help you drift off is something many doctors hand out.", "insomnia"),
    ("gabapentin", "Many of our readers keep a couple of tablets in their bag for days when their nerves are on edge.", "anxiety"),
    ("gabapentin", "She carries a few capsules in her purse for nights she can't drift off.", "insomnia"),
    ("pregabalin", "Some psychiatrists reach for it when worry won't let up.", "anxiety"),
    ("hydroxyzine", "Can it help you sleep? Yes, lots of people take it for that.", "insomnia"),
    ("propranolol", "Is it good for stage fright? Many doctors say yes and prescribe it for that.", "anxiety"),
]
POINTED_NOT_FLAGGED = [
    ("propranolol", "High blood pressure is common. Propranolol is approved for that."),
    ("propranolol", "Propranolol lowers blood pressure, and doctors prescribe it for that."),
    ("loratadine", "Hay fever can ruin spring. Loratadine is used for that."),
    ("gabapentin", "I take it for my nerve pain after shingles, and my doctor is happy to prescribe it for that."),
    ("hydroxyzine", "Itchy hives keep some people up. It can help with that."),
    ("propranolol", "Some people get stage fright. It is not approved for that, so ask your doctor."),
    ("gabapentin", "It can make you drowsy. Take it at bedtime for that reason."),
    ("hydroxyzine", "Insomnia is common. Do not take it for that."),
    ("hydroxyzine", "Some people can't sleep. Ask your doctor about other medicines for that."),
    ("clonazepam", "A small bedtime dose of clonazepam is used for seizures."),
    ("clonazepam", "Her doctor added a small bedtime dose of melatonin to help her fall asleep."),
    ("hydroxyzine", "Keep a few tablets by the bed to help with itching from hives."),
    ("pregabalin", "Doctors reach for it when nerve pain from diabetes is not controlled."),
    ("loratadine", "**Can I use it for a cold?** It won't treat a cold virus. It's for allergies."),
    ("loratadine", "Can I take it for a cough? No, it is for allergies."),
    ("hydroxyzine", "Will it help me sleep? Not really, and it is not meant to."),
    ("cetirizine", "Should I use it for a cold? It does not treat a cold."),
]


@pytest.mark.parametrize(("drug", "body", "condition"), POINTED_FLAGGED, ids=[f"{d}-{i}" for i, (d, _, _) in enumerate(POINTED_FLAGGED)])
def test_a_use_pointed_at_or_given_by_a_dose_is_flagged(drug: str, body: str, condition: str) -> None:
    assert condition in off_label(drug, body)


@pytest.mark.parametrize(("drug", "body"), POINTED_NOT_FLAGGED, ids=[f"{d}-{i}" for i, (d, _) in enumerate(POINTED_NOT_FLAGGED)])
def test_approved_denied_or_other_pointed_uses_pass(drug: str, body: str) -> None:
    assert off_label(drug, body) == []


def test_a_use_given_to_people_with_a_condition_is_that_condition_not_its_symptom() -> None:
    """Giving naltrexone "to people with fibromyalgia, to settle the all-over pain" is one use, the
    condition named; the purpose after it ("to settle the pain") tells its symptom, not a second use
    (holdout25 g04)."""
    found = off_label(
        "naltrexone",
        "Outside, some doctors give very small doses of naltrexone to people with fibromyalgia, to settle the "
        "all-over pain and tiredness. It is not something we prescribe here.",
    )
    assert found == ["fibromyalgia"]


@pytest.mark.parametrize(
    ("drug", "body", "condition"),
    [
        ("gabapentin", "Gabapentin is one of several medicines for anxiety that doctors try.", "anxiety"),
        ("gabapentin", "Honestly, gabapentin is just one of many drugs for hot flashes now.", "menopause symptoms"),
        ("baclofen", "Baclofen is one of a few pills doctors use for alcohol cravings.", "alcohol use disorder"),
        ("gabapentin", "Ask around and you'll hear it: gabapentin's one of the go-to tablets for anxiety.", "anxiety"),
    ],
)
def test_the_drug_said_to_be_one_of_the_medicines_for_a_use_is_flagged(drug: str, body: str, condition: str) -> None:
    """The drug said to be "one of several medicines for Y" is given the use; those medicines are not another drug."""
    assert condition in off_label(drug, body)


@pytest.mark.parametrize(
    ("drug", "body"),
    [
        ("gabapentin", "If you take one of the other medicines for anxiety, tell your doctor."),
        ("gabapentin", "Tell your doctor if you take one of several medicines for anxiety, such as lorazepam."),
        ("gabapentin", "Gabapentin is not one of the medicines for anxiety."),
        ("gabapentin", "Lorazepam is one of several medicines for anxiety, and gabapentin is not."),
    ],
)
def test_one_of_the_medicines_the_reader_takes_or_denied_is_not_the_drugs_use(drug: str, body: str) -> None:
    assert off_label(drug, body) == []
