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

from dataclasses import dataclass, field
from functools import cache
from typing import TYPE_CHECKING

from dualtrace.extract.attribution import Attribution, attribute
from dualtrace.extract.certainty import Judgement, judge
from dualtrace.extract.cues import Lexicon, load_generic_parties
from dualtrace.extract.parties import ItemRef, Party, country_name, find_phrases
from dualtrace.model import Claim, Cue, Document

if TYPE_CHECKING:
    from dualtrace.extract.pipeline import Sentence

RULES_VERSION = "1"
TRIGGERS = ("supply", "receive", "made_by", "help_from", "expertise", "share")
MARK_GAP = 14  # chars between a preposition and its party ("til det russiske", "aan het")
PARTS = {"electronics_components", "drone_parts", "engines", "microelectronics", "aircraft_parts"}
SYSTEMS = {"weapons", "drones", "military_equipment", "missiles", "aircraft", "vehicles"}


@dataclass(slots=True)
class Discourse:
    source: list[str] = field(default_factory=list)
    supplier: Party | None = None
    claims: list[Claim] = field(default_factory=list)


@dataclass(slots=True)
class Roles:
    supplier: Party | None = None
    recipient: Party | None = None
    intermediary: Party | None = None
    rule: str = ""


@cache
def generic_parties(lang: str) -> Lexicon:
    return load_generic_parties(lang)


def extract_claims(doc: Document, sents: list[Sentence]) -> list[Claim]:
    state = Discourse()
    for i, s in enumerate(sents):
        phrases = find_phrases(s.text, s.lang, s.mentions)
        parties = phrases.parties + _described_parties(s)
        parties.sort(key=lambda p: p.start)
        att = attribute(parties, s.cues)
        chain = att.chain or (state.source if att.anaphoric or not att.chain else [])
        if att.chain:
            state.source = att.chain
        trigger = _trigger(s.cues)
        if trigger is None:
            trigger = _parts_in_weapons(phrases.items, parties)
        if trigger is None:
            if _is_blanket_denial(s.cues):
                _blanket_denial(doc, s, state, att, chain)
            continue
        roles = _roles(trigger, parties, phrases.items, s.cues, att)
        if roles.intermediary is None and roles.supplier is None and _follow_up(s, roles, state):
            continue
        if roles.supplier is None and state.supplier is not None:
            roles.supplier, roles.rule = state.supplier, roles.rule + "+discourse_supplier"
        if roles.supplier is None or roles.recipient is None:
            continue
        if roles.supplier.key == roles.recipient.key:
            continue
        nxt = sents[i + 1] if i + 1 < len(sents) else None
        after = []
        if nxt is not None and nxt.paragraph == s.paragraph and _trigger(nxt.cues) is None:
            after = [c for c in nxt.cues if c.category == "not_confirmed"]
        j = judge(s.cues, trigger, after)
        claim = _claim(doc, s, trigger, roles, phrases.items, j, att, chain)
        if j.denial:
            claim.denies = _denied(state.claims, claim)
        state.claims.append(claim)
        if not j.denial and roles.supplier.kind != "country":
            state.supplier = roles.supplier
    return _merge(state.claims)


def _trigger(cues: list[Cue]) -> Cue | None:
    for c in cues:
        if c.category in TRIGGERS:
            return c
    return None


def _described_parties(s: Sentence) -> list[Party]:
    return [
        Party(c.start, c.end, c.text, c.category, c.category, None, "described", True)
        for c in generic_parties(s.lang).match(s.text)
    ]


def _marked(p: Party, cues: list[Cue], category: str, parties: list[Party]) -> bool:
    for c in cues:
        if c.category == category and 0 <= p.start - c.end <= MARK_GAP:
            between = [q for q in parties if c.end <= q.start < p.start]
            if not between:
                return True
    return False


def _roles(
    trigger: Cue, parties: list[Party], items: list[ItemRef], cues: list[Cue], att: Attribution
) -> Roles:
    avail = [p for p in parties if p.start not in att.source_starts]
    r = Roles(rule=f"{trigger.category}")
    to = [p for p in avail if _marked(p, cues, "prep_to", avail)]
    frm = [p for p in avail if _marked(p, cues, "prep_from", avail)]
    via = [p for p in avail if _marked(p, cues, "prep_via", avail) or "intermediary" in p.label]
    by = [p for p in avail if _marked(p, cues, "prep_by", avail) or _marked(p, cues, "made_by", avail)]
    marked = {id(p) for p in to + frm + via + by}
    before = [p for p in avail if p.end <= trigger.start and id(p) not in marked]
    after = [p for p in avail if p.start >= trigger.end and id(p) not in marked]
    subject = before[-1] if before else None
    if via:
        r.intermediary = via[0]
    if trigger.category in {"receive", "help_from"}:
        r.recipient = subject
        r.supplier = frm[0] if frm else (by[0] if by else None)
        r.rule += ":subject_receives"
    else:
        r.supplier = frm[0] if frm else subject
        if r.supplier is None and by and trigger.category == "made_by":
            r.supplier = by[0]
        r.recipient = to[0] if to else None
        r.rule += ":subject_supplies"
        if r.recipient is None and after:
            r.recipient = next((p for p in after if p.country != (r.supplier and r.supplier.country)), None)
            r.rule += "+next_party"
    if r.supplier is None:
        origin = next((it for it in items if it.origin), None)
        if origin is not None and origin.origin:
            r.supplier = Party(
                origin.start, origin.end, origin.text, country_name(origin.origin), origin.origin,
                origin.origin, "country", False,
            )
            r.rule += "+item_origin"
    if r.recipient is not None and r.supplier is not None and r.recipient.start == r.supplier.start:
        r.recipient = None
    return r


def _parts_in_weapons(items: list[ItemRef], parties: list[Party]) -> Cue | None:
    """"Kinesiske komponenter ... i russiske våpen": parts of one origin in another's systems."""
    parts = [it for it in items if it.category in PARTS and it.origin]
    systems = [it for it in items if it.category in SYSTEMS and it.origin]
    for p in parts:
        for s in systems:
            if s.start > p.end and s.origin != p.origin:
                return Cue(p.start, p.end, p.text, "parts_in")
    return None


def _follow_up(s: Sentence, roles: Roles, state: Discourse) -> bool:
    """"Dronene ble levert av TSK Vektor": a carrier named after the claim it belongs to."""
    if not state.claims or roles.recipient is not None:
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


def _is_blanket_denial(cues: list[Cue]) -> bool:
    return any(c.category in {"deny", "unaware"} for c in cues)


def _blanket_denial(
    doc: Document, s: Sentence, state: Discourse, att: Attribution, chain: list[str]
) -> None:
    """A denial that names no goods answers the claim before it; it keeps that claim's parties."""
    target = next((c for c in reversed(state.claims) if c.kind != "denial"), None)
    if target is None:
        return
    j = judge(s.cues, None, [])
    claim = Claim(
        doc_id=doc.id, kind="denial", sentence_start=s.start, sentence_end=s.end, quote=s.text,
        rule="blanket_denial", supplier=target.supplier, recipient=target.recipient,
        supplier_key=target.supplier_key, recipient_key=target.recipient_key, item=target.item,
        item_category=target.item_category, source=" via ".join(chain) or None,
        source_chain=list(chain), certainty="denied", hedged=j.hedged, lang=s.lang,
        cues=j.reasons, denies=state.claims.index(target),
    )
    state.claims.append(claim)


def _claim(
    doc: Document, s: Sentence, trigger: Cue, roles: Roles, items: list[ItemRef], j: Judgement,
    att: Attribution, chain: list[str],
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
        cues=sorted({(c.start, c.end, c.category): c for c in cues}.values(), key=lambda c: c.start),
    )


def _item(items: list[ItemRef]) -> tuple[str | None, str | None]:
    if not items:
        return None, None
    written = ", ".join(dict.fromkeys(it.text for it in items))
    labels = ", ".join(dict.fromkeys(it.label for it in items))
    return f"{written} [{labels}]", items[0].category


def _quantity(s: Sentence, items: list[ItemRef], trigger: Cue) -> tuple[float | None, str | None]:
    for q in s.quantities:
        heads = [*items, trigger]
        for h in heads:
            if 0 <= h.start - q.end <= 30:
                return q.value, h.text if isinstance(h, ItemRef) else (q.unit or h.text)
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
        key = (c.kind, c.supplier_key, c.recipient_key, c.intermediary_key, c.item_category, c.certainty)
        if key not in seen:
            seen[key] = len(out)
            out.append(c)
        new_index[old] = seen[key]
    for c in out:
        if c.denies is not None:
            c.denies = new_index.get(c.denies)
    return out
