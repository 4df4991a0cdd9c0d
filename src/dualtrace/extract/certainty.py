"""How sure a claim is, from the cues around it.

Order matters: a denial outranks everything; "not confirmed", "does not prove", "have not seen",
accusations, concerns, plans and deliberations make a claim unconfirmed; an explicit confirmation
makes it confirmed; otherwise what the text states or attributes is reported. Reportative mood
("skal ha", "zou", "soll", "якобы") does not lower certainty: it sets `hedged`.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from dualtrace.model import Certainty, Cue, Stage

NEAR = 40  # chars: a negator this close before a verb negates it ("did not supply")
NEAR_AFTER = 12  # or this close after it ("liefere keine", "levert geen", "leverte ikke")


def _near(negator: Cue, trigger: Cue) -> bool:
    return (
        0 <= trigger.start - negator.end <= NEAR or 0 <= negator.start - trigger.end <= NEAR_AFTER
    )


@dataclass(slots=True)
class Judgement:
    certainty: Certainty = "reported"
    stage: Stage = "done"
    hedged: bool = False
    denial: bool = False
    warning: bool = False
    negated: bool = False  # a negator stands at the trigger ("did not supply", "leverte ikke")
    reasons: list[Cue] = field(default_factory=list)


def judge(
    cues: list[Cue], trigger: Cue | None, unconfirmed_after: list[Cue], own_voice: bool = False
) -> Judgement:
    """`unconfirmed_after`: a "not confirmed" cue in the next sentence, which speaks of this one.
    `own_voice`: the sentence is said by the supplier's side (its ministry, its capital)."""
    j = Judgement()
    by_cat: dict[str, list[Cue]] = {}
    for c in cues:
        by_cat.setdefault(c.category, []).append(c)

    def has(*cats: str) -> list[Cue]:
        return [c for cat in cats for c in by_cat.get(cat, [])]

    j.hedged = bool(has("hedge"))
    negated = has("negation")
    if denial := has("deny", "dismiss", "unaware"):
        j.certainty, j.denial = "denied", True
        j.reasons += denial
    elif (never := has("never")) and trigger is not None:
        j.certainty, j.denial = "denied", True
        j.reasons += never
    elif doubt := has("not_confirmed", "not_proven") + unconfirmed_after:
        j.certainty = "unconfirmed"
        j.reasons += doubt
    elif (seen := has("see")) and negated:
        j.certainty = "unconfirmed"
        j.reasons += seen + negated
    elif trigger is not None and (near := [n for n in negated if _near(n, trigger)]):
        # "China liefere keine Waffen, hieß es in Peking": a party saying it does not supply is
        # denying; anyone else saying so only leaves the claim unconfirmed. "warned China not to
        # supply weapons" is a warning, as "advarte Kina mot å levere" is.
        warn = [] if own_voice else has("warn")
        j.certainty = "denied" if own_voice else "unconfirmed"
        j.denial, j.negated, j.warning = own_voice, not warn, bool(warn)
        j.reasons += warn + near
    elif other := has("allege", "concern", "warn"):
        j.certainty = "unconfirmed"
        j.warning = bool(has("warn")) and not has("allege", "concern")
        j.reasons += other
    if consider := has("consider"):
        j.stage = "considered"
        j.reasons += consider
    elif plan := has("plan"):
        j.stage = "planned"
        j.reasons += plan
    if j.stage != "done" and j.certainty == "reported":
        j.certainty = "unconfirmed"
    if j.stage != "done":
        j.warning = (
            False  # "varnade för att Kina överväger att förse Ryssland": a claim told as a warning
        )
    if j.certainty == "reported" and (confirm := has("confirm")) and not negated:
        # The annotation scheme dualtrace is scored against folds confirmations and admissions
        # into "reported"; the cue stays in the reasons so a reader sees the confirmation.
        j.reasons += confirm
    if j.hedged:
        j.reasons += has("hedge")
    return j
