"""Claim rules: who supplied what to whom, said by whom, how sure.

Per sentence: find a trigger (a supply, receive, made-by, help or expertise cue, or foreign parts
found in weapons), assign parties to roles from the prepositions around them ("fra X til Y",
"via Z", "produsert av X") and word order (the subject before a supply verb supplies; before a
receive verb it receives), then attach item, quantity, date, the attribution chain and a
certainty judgement. A small discourse state carries what articles leave implicit: the source
named earlier ("ifølge dem"), the supplier of the story so far, the claim a denial answers.
Every claim keeps its rule id and the cue words that fired.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from dualtrace.extract.attribution import Attribution, attribute
from dualtrace.extract.certainty import Judgement, judge
from dualtrace.extract.cues import PARTY
from dualtrace.extract.parties import ItemRef, Party, Phrases, country_name, find_phrases
from dualtrace.model import Claim, Cue, Document

if TYPE_CHECKING:
    from dualtrace.extract.pipeline import Sentence

RULES_VERSION = "1"
TRIGGERS = ("supply", "receive", "made_by", "help_from", "expertise", "share")
# What the goods are built into: "kinesiske komponenter i russiske våpen".
CLAUSE_BREAK = re.compile(r"[,;:]|\s[-–—]\s")
QUANTITY_GAP = 30  # chars between a number and the goods it counts
COORDINATED = 3  # words between two shipment nouns that still make one list ("en grote")
OBJECT_GAP = 3  # chars between a verb and its object ("forsyne Russland med", "supplied Russia")
MARK_GAP = 14  # chars between a preposition and its party ("til det russiske", "aan het")
PARTS = {"electronics_components", "drone_parts", "engines", "microelectronics", "aircraft_parts"}
SYSTEMS = {"weapons", "drones", "military_equipment", "missiles", "aircraft", "vehicles"}


@dataclass(slots=True)
class Discourse:
    source: list[str] = field(default_factory=list)
    supplier: Party | None = None
    recipient: Party | None = None
    claims: list[Claim] = field(default_factory=list)


@dataclass(slots=True)
class Roles:
    supplier: Party | None = None
    recipient: Party | None = None
    intermediary: Party | None = None
    rule: str = ""


def extract_claims(doc: Document, sents: list[Sentence]) -> list[Claim]:
    state = Discourse()
    found = [find_phrases(s.text, s.lang, s.mentions) for s in sents]
    for i, s in enumerate(sents):
        phrases = found[i]
        parties = sorted(phrases.parties + _described_parties(s), key=lambda p: p.start)
        items = _with_origins(phrases.items, parties, s.cues)
        att = attribute(parties, s.cues)
        chain = att.chain or _source_after(sents, found, i) or state.source
        if att.chain:
            state.source = att.chain
        trigger = _trigger(s.cues) or _parts_in_weapons(items)
        if trigger is None:
            if _is_blanket_denial(s):
                _blanket_denial(doc, s, state, chain)
            continue
        roles = _roles(s.text, trigger, parties, items, s.cues, att)
        if roles.intermediary is None and roles.supplier is None and _follow_up(s, state):
            continue
        j = judge(s.cues, trigger, _doubt_after(sents, i))
        if roles.supplier is None and state.supplier is not None:
            roles.supplier, roles.rule = state.supplier, roles.rule + "+story_supplier"
        if (
            roles.recipient is None
            and state.recipient is not None
            and (j.denial or j.stage != "done")
        ):
            # "China denies supplying weapons": denials and plans leave the recipient implied
            roles.recipient, roles.rule = state.recipient, roles.rule + "+story_recipient"
        if roles.supplier is None or roles.recipient is None:
            continue
        if roles.supplier.key == roles.recipient.key:
            continue
        if "story_supplier" in roles.rule and not items:
            continue  # a borrowed supplier needs goods in the sentence to make it a claim
        for part in _split_shipments(s.text, s.cues, items):
            claim = _claim(doc, s, trigger, roles, part, j, att, chain)
            if j.denial:
                claim.denies = _denied(state.claims, claim)
            state.claims.append(claim)
        if not j.denial and trigger.category != "parts_in":
            # The story's supplier is the first one it names: the lead carries the main claim.
            state.supplier = state.supplier or roles.supplier
            state.recipient = roles.recipient
    return _merge(state.claims)


def _doubt_after(sents: list[Sentence], i: int) -> list[Cue]:
    """ "Opplysningen er ikke bekreftet." right after a claim, in its paragraph or as a paragraph of
    its own, speaks of that claim."""
    if i + 1 >= len(sents):
        return []
    nxt = sents[i + 1]
    alone = i + 2 >= len(sents) or sents[i + 2].paragraph != nxt.paragraph
    if _trigger(nxt.cues) is not None or not (nxt.paragraph == sents[i].paragraph or alone):
        return []
    return [c for c in nxt.cues if c.category == "not_confirmed"]


def _source_after(sents: list[Sentence], found: list[Phrases], i: int) -> list[str]:
    """ "... geleverd aan Russische bedrijven. Dat meldt Politico.": a reporting sentence with no
    claim of its own attributes the sentence before it."""
    if i + 1 >= len(sents) or sents[i + 1].paragraph != sents[i].paragraph:
        return []
    nxt = sents[i + 1]
    if _trigger(nxt.cues) is not None or not any(c.category == "attr_verb" for c in nxt.cues):
        return []
    return attribute(found[i + 1].parties, nxt.cues).chain


def _with_origins(items: list[ItemRef], parties: list[Party], cues: list[Cue]) -> list[ItemRef]:
    """ "komponenter fra Kina": an item followed by from-a-country takes that origin."""
    out = []
    for it in items:
        if it.origin is None:
            frm = next(
                (c for c in cues if c.category == "prep_from" and 0 <= c.start - it.end <= 3), None
            )
            if frm is not None:
                src = next(
                    (p for p in parties if p.country and 0 <= p.start - frm.end <= MARK_GAP), None
                )
                if src is not None:
                    it = replace(it, origin=src.country)
        out.append(it)
    return out


def _split_shipments(text: str, cues: list[Cue], items: list[ItemRef]) -> list[list[ItemRef]]:
    """ "twaalf leveringen van drone-onderdelen en grote zendingen kogelwerende vesten": two
    shipment nouns, each with its own goods, are two claims; one verb with a list is one."""
    nouns = [c for c in cues if c.category == "supply"]
    if len(nouns) < 2 or len(items) < 2:
        return [items]
    groups: list[list[ItemRef]] = []
    for k, noun in enumerate(nouns):
        end = nouns[k + 1].start if k + 1 < len(nouns) else 10**9
        group = [it for it in items if noun.end <= it.start < end]
        if len(group) != 1:
            return [items]
        if groups and len(text[groups[-1][-1].end : noun.start].split()) > COORDINATED:
            return [items]  # the second noun belongs to another clause
        groups.append(group)
    return groups


def _trigger(cues: list[Cue]) -> Cue | None:
    for c in cues:
        if c.category in TRIGGERS:
            return c
    return None


def _described_parties(s: Sentence) -> list[Party]:
    out: list[Party] = []
    for c in s.cues:
        if c.category.startswith(PARTY) and (not out or c.start >= out[-1].end):
            label = c.category[len(PARTY) :]
            out.append(Party(c.start, c.end, c.text, label, label, None, "described", True))
    return out


def _marked(p: Party, cues: list[Cue], category: str, parties: list[Party], text: str) -> bool:
    """A preposition marks the party after it, with at most an article and an adjective between
    ("til det russiske Tekhkrim"), not one a clause later ("til å krige i Ukraina")."""
    for c in cues:
        if (
            c.category == category
            and 0 <= p.start - c.end <= MARK_GAP
            and len(text[c.end : p.start].split()) <= 2
        ):
            between = [q for q in parties if c.end <= q.start < p.start]
            if not between:
                return True
    return False


def _roles(
    text: str,
    trigger: Cue,
    parties: list[Party],
    items: list[ItemRef],
    cues: list[Cue],
    att: Attribution,
) -> Roles:
    # Outlets report; they never supply or receive in the story they report.
    avail = [p for p in parties if p.start not in att.source_starts and p.kind != "outlet"]
    r = Roles(rule=f"{trigger.category}")
    to = [p for p in avail if _marked(p, cues, "prep_to", avail, text)]
    frm = [
        p
        for p in avail
        if _marked(p, cues, "prep_from", avail, text) and not _appositive(p, trigger, avail)
    ]
    via = [
        p for p in avail if _marked(p, cues, "prep_via", avail, text) or "intermediary" in p.label
    ]
    by = [
        p
        for p in avail
        if _marked(p, cues, "prep_by", avail, text) or _marked(p, cues, "made_by", avail, text)
    ]
    # "holdning til Ukraina-krisen, aldri levert våpen til noen part": the goods go to the
    # party marked after the verb; one marked before it belongs to another phrase.
    marked = {id(p) for p in to + frm + via + by}
    to = [p for p in to if p.start >= trigger.end] + [
        p
        for p in to
        if p.end <= trigger.start and not CLAUSE_BREAK.search(text[p.end : trigger.start])
    ]
    before = [p for p in avail if p.end <= trigger.start and id(p) not in marked]
    after = [p for p in avail if p.start >= trigger.end and id(p) not in marked]
    subject = before[-1] if before else None
    if via:
        r.intermediary = via[0]
    if trigger.category == "share":
        to += [
            p for p in avail if _marked(p, cues, "prep_with", avail, text) and p.start > trigger.end
        ]
    if trigger.category == "parts_in":
        # Parts of one origin inside another's weapons: the origins are the parties.
        part = next(it for it in items if it.start == trigger.start)
        target = next((p for p in after if p.country and p.country != part.origin), None)
        system = next(
            (it for it in items if it.start > part.end and it.origin not in {None, part.origin}),
            None,
        )
        r.supplier = _country_party(part)
        r.recipient = _country_party(system) if system else target
        r.rule += ":origins"
        return r
    if trigger.category in {"receive", "help_from"}:
        r.recipient = subject
        r.supplier = frm[0] if frm else (by[0] if by else None)
        r.rule += ":subject_receives"
    else:
        r.supplier = frm[0] if frm else subject
        if r.supplier is None and by and trigger.category == "made_by":
            r.supplier = by[0]
        obj = next((p for p in avail if 0 <= p.start - trigger.end <= OBJECT_GAP), None)
        r.rule += ":subject_supplies"
        if to:
            r.recipient = to[0]
            if r.supplier is None and obj is not None and obj is not to[0]:
                # verb-second order: "I fjor leverte Kina droner til Russland"
                r.supplier, r.rule = obj, r.rule + "+inverted"
        elif obj is not None:
            r.recipient, r.rule = obj, r.rule + "+object"  # "supplied Russia with drones"
        if r.recipient is None and after and trigger.category == "expertise":
            r.recipient = next(
                (p for p in after if p.country != (r.supplier and r.supplier.country)), None
            )
            r.rule += "+next_party"
    if r.supplier is None:
        origin = next((it for it in items if it.origin), None)
        if origin is not None:
            r.supplier = _country_party(origin)
            r.rule += "+item_origin"
    if r.recipient is not None and r.supplier is not None and r.recipient.start == r.supplier.start:
        r.recipient = None
    return r


def _country_party(item: ItemRef) -> Party:
    iso = item.origin or "XX"
    return Party(item.start, item.end, item.text, country_name(iso), iso, iso, "country", False)


def _appositive(p: Party, trigger: Cue, parties: list[Party]) -> bool:
    """ "de grootste wapenbedrijven van China, Norinco, zou ... leveren": a country before the
    verb with a named party after it is the company's home, not the origin of the goods."""
    return p.end <= trigger.start and any(
        q.named and p.end <= q.start and q.end <= trigger.start for q in parties
    )


def _parts_in_weapons(items: list[ItemRef]) -> Cue | None:
    """ "Kinesiske komponenter ... i russiske våpen": parts of one origin in another's systems."""
    parts = [it for it in items if it.category in PARTS and it.origin]
    systems = [it for it in items if it.category in SYSTEMS and it.origin]
    for p in parts:
        for s in systems:
            if s.start > p.end and s.origin != p.origin:
                return Cue(p.start, p.end, p.text, "parts_in")
    return None


def _follow_up(s: Sentence, state: Discourse) -> bool:
    """ "Dronene ble levert av TSK Vektor": a carrier named after the claim it belongs to."""
    if not state.claims:
        return False
    by = [c for c in s.cues if c.category in {"prep_by", "made_by"}]
    if not by:
        return False
    last = state.claims[-1]
    carrier = next((m for m in s.mentions if m.kind == "company" and m.start > by[0].start), None)
    if carrier is None or last.intermediary is not None:
        return False
    last.intermediary, last.intermediary_key = carrier.label, carrier.key
    last.rule += "+follow_up_carrier"
    return True


def _is_blanket_denial(s: Sentence) -> bool:
    words = len(s.text.split())
    return words >= 5 and any(c.category in {"deny", "unaware", "dismiss"} for c in s.cues)


def _blanket_denial(doc: Document, s: Sentence, state: Discourse, chain: list[str]) -> None:
    """A denial that names no goods: its own claim, linked to the claim it answers, without
    borrowing that claim's parties (it does not say them)."""
    target = next((c for c in reversed(state.claims) if c.kind != "denial"), None)
    j = judge(s.cues, None, [])
    claim = Claim(
        doc_id=doc.id,
        kind="denial",
        sentence_start=s.start,
        sentence_end=s.end,
        quote=s.text,
        rule="blanket_denial",
        source=" via ".join(chain) or None,
        source_chain=list(chain),
        certainty="denied",
        hedged=j.hedged,
        lang=s.lang,
        cues=j.reasons,
        denies=state.claims.index(target) if target is not None else None,
    )
    state.claims.append(claim)


def _claim(
    doc: Document,
    s: Sentence,
    trigger: Cue,
    roles: Roles,
    items: list[ItemRef],
    j: Judgement,
    att: Attribution,
    chain: list[str],
) -> Claim:
    assert roles.supplier is not None and roles.recipient is not None
    kind = "denial" if j.denial else "warning" if j.warning else "supply"
    if trigger.category in {"expertise", "help_from"} and not items:
        kind = "expertise" if kind == "supply" else kind
    item_text, category = _item(items)
    qty, unit = _quantity(s, items, trigger)
    when = s.dates[0] if s.dates else None
    full_chain = (["documents"] if att.documents and "documents" not in chain else []) + chain
    cues = [trigger, *j.reasons, *att.cues]
    return Claim(
        doc_id=doc.id,
        kind=kind,  # type: ignore[arg-type]
        sentence_start=s.start,
        sentence_end=s.end,
        quote=s.text,
        rule=roles.rule,
        supplier=roles.supplier.label,
        supplier_key=roles.supplier.key,
        recipient=roles.recipient.label,
        recipient_key=roles.recipient.key,
        intermediary=roles.intermediary.label if roles.intermediary else None,
        intermediary_key=roles.intermediary.key if roles.intermediary else None,
        item=item_text,
        item_category=category,
        quantity=qty,
        unit=unit,
        when=when.value if when else None,
        when_precision=when.precision if when else None,
        stage=j.stage,
        source=" via ".join(full_chain) or doc.outlet,
        source_chain=full_chain,
        certainty=j.certainty,
        hedged=j.hedged,
        lang=s.lang,
        cues=sorted(
            {(c.start, c.end, c.category): c for c in cues}.values(), key=lambda c: c.start
        ),
    )


def _item(items: list[ItemRef]) -> tuple[str | None, str | None]:
    if not items:
        return None, None
    written = ", ".join(dict.fromkeys(it.text for it in items))
    labels = ", ".join(dict.fromkeys(it.label for it in items))
    return f"{written} [{labels}]", items[0].category


def _quantity(s: Sentence, items: list[ItemRef], trigger: Cue) -> tuple[float | None, str | None]:
    """The number right before the goods ("100 kinesiske angrepsdroner") or before the shipment
    noun ("twaalf leveringen")."""
    for q in s.quantities:
        for it in items:
            if 0 <= it.start - q.end <= QUANTITY_GAP:
                return q.value, it.text
        if 0 <= trigger.start - q.end <= QUANTITY_GAP:
            return q.value, q.unit or trigger.text
    return None, None


def _denied(previous: list[Claim], denial: Claim) -> int | None:
    for idx in range(len(previous) - 1, -1, -1):
        c = previous[idx]
        if c.kind != "denial" and c.recipient_key == denial.recipient_key:
            return idx
    return None


def _merge(claims: list[Claim]) -> list[Claim]:
    """One claim per assertion within a document: a repeat adds nothing a reader needs."""
    seen: dict[tuple[object, ...], int] = {}
    new_index: dict[int, int] = {}
    out: list[Claim] = []
    for old, c in enumerate(claims):
        key = (
            c.kind,
            c.supplier_key,
            c.recipient_key,
            c.intermediary_key,
            c.item_category,
            c.certainty,
        )
        if key not in seen:
            seen[key] = len(out)
            out.append(c)
        new_index[old] = seen[key]
    for c in out:
        if c.denies is not None:
            c.denies = new_index.get(c.denies)
    return out
