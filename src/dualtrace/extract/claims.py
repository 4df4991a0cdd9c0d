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

import itertools
import re
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from dualtrace.extract.attribution import Attribution, attribute
from dualtrace.extract.certainty import Judgement, judge
from dualtrace.extract.cues import ANAPHOR, COUNTRY_ANAPHOR, PARTY
from dualtrace.extract.parties import (
    ItemRef,
    Party,
    Phrases,
    adjective,
    country_name,
    find_phrases,
)
from dualtrace.model import Claim, Cue, Document, Mention, TimeRef

if TYPE_CHECKING:
    from dualtrace.extract.pipeline import Sentence

TRIGGERS = ("supply", "receive", "made_by", "help_from", "expertise", "share", "use")
# What the goods are built into: "kinesiske komponenter i russiske våpen".
WORD = re.compile(r"\w+")
CLAUSE_BREAK = re.compile(r"[,;:]|\s[-–—]\s")
OBSERVERS = {"outlet", "org"}  # outlets, think tanks, NGOs: they report and research trade
DENYING = {"deny", "dismiss", "unaware"}
CYRILLIC = re.compile(r"[а-яёіїєґ]")
DATIVE = ("и", "і", "у", "ю", "ї")  # oblique endings of Russian and Ukrainian country names
MONTH_LEN = len("2024-01")
YEAR_WRITTEN = re.compile(r"\d")  # "desember 2023", "Dec '23": a month phrase with its year
BLANKET_WORDS = 4  # "Beijing rejected the accusations." (a shorter one is a headline fragment)
BLANKET_NEAR = 2  # sentences between a blanket denial and the denial that says what it denies
PASSIVE_GAP = 6  # chars between a participle and "by X": "levert av", "supplied by"
CLAUSE_CUES = {*TRIGGERS, "relative", "complementizer", "sanction", "attr_verb", "plan", "deny"}
# a verb at the end of its clause (verb-final order) and verbs of buying, in our languages
VERB_FINAL = re.compile(r"\s*(?:[,.;:!?)]|$)")
BUYING = re.compile(
    r"kauf|kocht|koop|bestel|order|kjøp|köp|køb|achet|закуп|купи|купл|придба|замов", re.I
)
S_PASSIVE = {"sv", "da", "nb", "nn"}
REPEATED_PREP_WORDS = 4  # "et à la", "and from the": a list that says its preposition again
PASSIVE_REACH = 60  # chars to an agent after the recipient: "shipped to Tekhkrim in 2022 by"
QUANTITY_GAP = 30  # chars between a number and the goods it counts
COORDINATED = 3  # words between two shipment nouns that still make one list ("en grote")
# Words between a verb and a party that is its object: "forsyne Russland med", "supplied Russia",
# ru/uk dative "поставил российской компании «Техкрим»".
OBJECT_WORDS = 2
MARK_GAP = 32  # chars between a preposition and its party ("an den russischen Rüstungsbetrieb")
# Words a preposition may stand before its party: "til det russiske militæret", but an agent
# comes right after "av"/"by" ("produsert av kinesiske Sichuan AEE").
MARK_WORDS = {"prep_by": 1, "made_by": 1, "prep_in": 2}
MADE_GAP = 12  # chars between goods, a made-in word and the country: "droner produsert i Kina"
ORIGIN_GAP = 6  # "komponenter fra Kina": the country right after from
PHRASE_ENDS = {
    "infinitive",
    "conj",
    "prep_to",
    "prep_from",
    "prep_via",
    "prep_by",
    "prep_with",
    "prep_in",
    "complementizer",
    "date",
}
_UP = "A-ZÀ-ÖØ-ÞА-ЯЁІЇЄҐ"
# Wire datelines: "SÉOUL, 30 avr 2024 (AFP) -", "KYIV (Reuters) -", "Berlin (dpa) -", "WASHINGTON,
# 14 March -". The place
# an agency filed from is no party to what the story says.
DATELINE = re.compile(
    rf"^\s*(?:[{_UP}][{_UP}'./-]{{2,}}(?:\s[{_UP}][{_UP}'./-]+){{0,2}}"
    rf"(?:,[^()\n]{{1,30}}?\s*(?:\([^()\n]{{2,30}}\)\s*)?|\s*\([^()\n]{{2,30}}\)\s*)"
    rf"|\w[\w'./-]*(?:\s[\w'./-]+){{0,2}}(?:,[^()\n]{{1,30}}?)?\s*\([^()\n]{{2,30}}\)\s*)"
    r"[-–—]\s"
)
PERCENT = "percent"  # a share written as a percentage, "about 90%"
SECOND_WORDS = 4  # words between "and" and a second supply verb: ", а часть товаров доставляется"
SHARE_WORDS = 3  # words between a party and the share it has: "China accounted for about 90%"
GENERIC_ITEMS = {None, "military_equipment", "weapons", "dual_use_goods", "technology"}
PARTS = {"electronics_components", "drone_parts", "engines", "microelectronics", "aircraft_parts"}
SYSTEMS = {"weapons", "drones", "military_equipment", "missiles", "aircraft", "vehicles"}


@dataclass(slots=True)
class Discourse:
    source: list[str] = field(default_factory=list)
    supplier: Party | None = None
    recipient: Party | None = None
    company: Party | None = None  # the last company named, for "selskapet", "the firm"
    claims: list[Claim] = field(default_factory=list)
    sentence_of: list[int] = field(default_factory=list)  # sentence index of each claim


@dataclass(slots=True)
class Roles:
    supplier: Party | None = None
    recipient: Party | None = None
    intermediary: Party | None = None
    deniers: list[Party] = field(default_factory=list)  # "Pyongyang et Moscou démentent"
    passive: bool = False  # "levert av X", "supplied by X"
    rule: str = ""
    # "bought machinery in Germany, Japan and Taiwan": the suppliers joined to the one a
    # preposition marks
    also: list[Party] = field(default_factory=list)


def extract_claims(doc: Document, sents: list[Sentence]) -> list[Claim]:
    state = Discourse()
    found = [find_phrases(s.text, s.lang, s.mentions, s.cues) for s in sents]
    for i, s in enumerate(sents):
        if i:
            named = [p for p in found[i - 1].parties if p.kind in {"company", "unknown"}]
            state.company = named[-1] if named else state.company
        phrases = found[i]
        parties = sorted(phrases.parties + _described_parties(s), key=lambda p: p.start)
        if (line := DATELINE.match(s.text)) is not None:
            parties = [p for p in parties if p.start >= line.end()]
        items = _with_origins(phrases.items, parties, s.cues, s.mentions)
        att = attribute(s.text, parties, s.cues, s.lang)
        chain = att.chain or _source_after(sents, found, i) or state.source
        if att.chain:
            state.source = att.chain
        triggers = _triggers(s.cues, parties) or [
            t for t in [_parts_in_weapons(items, parties), _flow(items, s.cues)] if t
        ]
        if not triggers:
            _doubt_paragraph(s, sents, state, {it.category for it in phrases.items})
            if _is_blanket_denial(s):
                _blanket_denial(doc, s, state, chain, parties)
            continue
        # "fuelling the war by giving Russia support": the first trigger that finds both
        # parties speaks for the sentence; otherwise the first one, helped by the story so far.
        # A date between a preposition and a party ends the phrase: "С сентября прошлого года
        # Россия ..." is not "from Russia".
        marks = (
            [c for c in s.cues if not _counts_of(c, s)]
            + [Cue(d.start, d.end, d.text, "date") for d in s.dates]
            + [Cue(q.start, q.end, q.text, PERCENT) for q in s.quantities if q.unit == "%"]
        )
        options = (
            (t, r)
            for t in triggers
            if (r := _roles(s.text, t, parties, items, marks, att, s.lang))
            # using one's own or unknown goods says nothing about a supplier
            and (t.category != "use" or _foreign_goods(r))
        )
        head = next(options, None)
        if head is None:
            continue
        trigger, roles = next(
            (
                (t, r)
                for t, r in itertools.chain([head], options)
                if r.recipient and (r.supplier or r.deniers or state.supplier)
            ),
            head,
        )
        if roles.passive and roles.recipient is None and _follow_up(s, state, roles):
            continue
        own = _own_voice(
            roles.supplier or next(iter(roles.deniers), None) or state.supplier,
            roles,
            parties,
            found[i - 1].parties if i else [],
        )
        j = judge(s.cues, trigger, _doubt_after(sents, i), own)
        denier = next(
            (d for d in roles.deniers if d.country and d.country != _country(roles.recipient)),
            None,
        )
        if j.denial and roles.deniers and not att.chain:
            # "Irans utenriksdepartement avviser ...": the denier speaks, via whoever carried it
            chain = [_speaker(roles.deniers, s.text), *chain]
        if roles.supplier is None and j.denial and denier is not None:
            # "Teheran ontkent dat het drones heeft geleverd": the denier speaks for itself;
            # a capital stays as written ("Pékin a démenti" -> Beijing), a ministry or a
            # spokesman stands for the country
            roles.supplier = denier if denier.kind == "country" else _country_of(denier)
            roles.rule += "+denier"
        if (
            roles.recipient is None
            and trigger.category in {"receive", "help_from"}
            and state.company is not None
            and _anaphor_before(s, trigger)
        ):
            # "Selskapet mottok også droner fra Kina": the firm named before receives
            roles.recipient, roles.rule = state.company, roles.rule + "+anaphor"
        lead = _country_anaphor(s, trigger, parties) if trigger.category == "supply" else None
        if (
            lead is not None
            and state.supplier is not None
            and state.supplier.country
            and (roles.supplier is None or roles.supplier.start > lead)
        ):
            # "Landet ... handel med Russland og har aldri levert ...": the state told of
            roles.supplier = _country_of(state.supplier)
            roles.rule += "+country_anaphor"
        if roles.supplier is None and state.company is not None and _anaphor_before(s, trigger):
            roles.supplier, roles.rule = state.company, roles.rule + "+anaphor"
        if roles.supplier is None and state.supplier is not None:
            roles.supplier, roles.rule = state.supplier, roles.rule + "+story_supplier"
        if (
            roles.recipient is None
            and state.recipient is not None
            and (j.denial or j.stage != "done")
        ):
            # "China denies supplying weapons": denials and plans leave the recipient implied,
            # and what is implied is the country, not the unit or firm the story named last
            implied = state.recipient
            if implied.kind != "country" and implied.country:
                implied = _country_of(implied)
            roles.recipient, roles.rule = implied, roles.rule + "+story_recipient"
        if roles.supplier is None or roles.recipient is None:
            continue
        if "story_supplier" in roles.rule and j.negated and not j.denial:
            continue  # "(he) did not promise to help Russia": nothing asserted about anyone named
        if roles.supplier.key == roles.recipient.key:
            continue
        second = None
        if not j.denial and not j.negated:
            second = _second_clause(s.text, trigger, triggers, roles, parties, items, marks, att)
        if second is not None:
            items = [it for it in items if it.end <= second[0]]
            if roles.intermediary is not None and roles.intermediary.start >= second[0]:
                roles.intermediary = None  # "..., а ... через Казахстан": the second claim's route
        also = [p for p in roles.also if p.key not in {roles.supplier.key, roles.recipient.key}]
        for supplier in [roles.supplier, *_coordinated(s, roles.supplier, parties), *also]:
            counts = [(q.start, q.end) for q in s.quantities]
            if supplier.key == roles.recipient.key:
                continue  # "У Москві та Пхеньяні": a listed party is not its own supplier
            for part in _split_shipments(s.text, s.cues, items, counts):
                who = replace(roles, supplier=supplier)
                claim = _claim(doc, s, trigger, who, part, j, att, chain)
                if j.denial:
                    claim.denies = _denied(state.claims, claim)
                first = _repeated(state, claim, i)
                if first is not None:
                    first.repeats.append((claim.sentence_start, claim.sentence_end))
                    continue
                state.claims.append(claim)
                state.sentence_of.append(i)
        if second is not None:
            _, t2, roles2, tail = second
            j2 = judge(s.cues, t2, _doubt_after(sents, i), own)
            here = [c for c, at in zip(state.claims, state.sentence_of, strict=True) if at == i]
            assert roles2.supplier is not None
            for supplier in [roles2.supplier, *_coordinated(s, roles2.supplier, parties)]:
                claim = _claim(doc, s, t2, replace(roles2, supplier=supplier), tail, j2, att, chain)
                if j2.denial or j2.negated or any(_key(c) == _key(claim) for c in here):
                    continue
                state.claims.append(claim)
                state.sentence_of.append(i)
        if not j.denial and trigger.category != "parts_in":
            # The story's supplier is the first one it names: the lead carries the main claim.
            state.supplier = state.supplier or roles.supplier
            state.recipient = roles.recipient
    _merge_blanket_denials(state)
    return state.claims


def _merge_blanket_denials(state: Discourse) -> None:
    """'Kinas utenriksdepartement avviste anklagene. Landet har aldri levert ...': a blanket
    denial next to a denial that says what is denied is one denial, told by the fuller
    sentence, so the blanket one goes back to carrying no parties."""
    at = state.sentence_of
    for i, c in enumerate(state.claims):
        if "+accused" not in c.rule:
            continue
        if any(
            o is not c
            and o.kind == "denial"
            and "blanket" not in o.rule
            and o.supplier_key == c.supplier_key
            and abs(at[k] - at[i]) <= BLANKET_NEAR
            for k, o in enumerate(state.claims)
        ):
            c.supplier = c.supplier_key = c.recipient = c.recipient_key = None
            c.rule = c.rule.replace("+accused", "")


def _doubt_after(sents: list[Sentence], i: int) -> list[Cue]:
    """ "Opplysningen er ikke bekreftet." right after a claim, in its paragraph or as a paragraph of
    its own, speaks of that claim."""
    if i + 1 >= len(sents):
        return []
    nxt = sents[i + 1]
    alone = i + 2 >= len(sents) or sents[i + 2].paragraph != nxt.paragraph
    if _trigger(nxt.cues) is not None or not (nxt.paragraph == sents[i].paragraph or alone):
        return []
    # in this sentence's frame, so the offsets stored with the claim point at the next one
    shift = nxt.start - sents[i].start
    return [
        replace(c, start=c.start + shift, end=c.end + shift)
        for c in nxt.cues
        if c.category == "not_confirmed"
    ]


def _doubt_paragraph(s: Sentence, sents: list[Sentence], state: Discourse, named: set[str]) -> None:
    """ "Unabhängig überprüfen ließen sich diese Angaben nicht.", "Reuters could not verify these
    records.": doubt with no claim of its own speaks of every claim its paragraph told so far,
    not only of the sentence right before it; doubt that names goods ("Uppgifterna om västarna
    har inte kunnat bekräftas") only of the claims about those goods."""
    doubt = [c for c in s.cues if c.category == "not_confirmed"]
    if not doubt:
        return
    cues = [replace(c, start=c.start + s.start, end=c.end + s.start) for c in doubt]
    for claim, at in zip(state.claims, state.sentence_of, strict=True):
        if (
            at < s.index
            and sents[at].paragraph == s.paragraph
            and claim.kind != "denial"
            and claim.certainty == "reported"
            and (not named or claim.item_category in named)
        ):
            claim.certainty = "unconfirmed"
            claim.cues = sorted([*claim.cues, *cues], key=lambda c: (c.start, c.category))


def _made_in(place: Mention, made: Cue, cues: list[Cue]) -> bool:
    """A maker's country: an adjective ("kinesiskproduserte", "китайського виробництва"), or a
    country after the made-word or after "in" ("produsert i Kina", "in China gebaute"); not the
    subject of a production verb ("Russland skal kunne produsere droner")."""
    if not _close(place, made):
        return False
    if place.kind == "demonym" or place.start >= made.end:
        return True
    return any(c.category == "prep_in" and 0 <= place.start - c.end <= 1 for c in cues)


def _close(a: Cue | Mention | ItemRef, b: Cue | Mention | ItemRef) -> bool:
    return -MADE_GAP <= b.start - a.end <= MADE_GAP or -MADE_GAP <= a.start - b.end <= MADE_GAP


def _source_after(sents: list[Sentence], found: list[Phrases], i: int) -> list[str]:
    """ "... geleverd aan Russische bedrijven. Dat meldt Politico.": a reporting sentence with no
    claim of its own attributes the sentence before it."""
    if i + 1 >= len(sents) or sents[i + 1].paragraph != sents[i].paragraph:
        return []
    nxt = sents[i + 1]
    if _trigger(nxt.cues) is not None or not any(c.category == "attr_verb" for c in nxt.cues):
        return []
    return attribute(nxt.text, found[i + 1].parties, nxt.cues).chain


def _with_origins(
    items: list[ItemRef], parties: list[Party], cues: list[Cue], mentions: list[Mention]
) -> list[ItemRef]:
    """ "komponenter fra Kina": an item followed by from-a-country takes that origin; so does one
    with a made-in phrase beside it ("droner produsert i Kina", "in China gebaute Drohnen",
    "безпілотників китайського виробництва")."""
    out = []
    made = [c for c in cues if c.category in {"made_by", "produce"}]
    places = [m for m in mentions if m.kind in {"country", "demonym"} and m.country]
    for it in items:
        if it.origin is None:
            home = next(
                (m for c in made if _close(c, it) for m in places if _made_in(m, c, cues)), None
            )
            if home is not None:
                it = replace(it, origin=home.country)
        if it.origin is None:
            frm = next(
                (c for c in cues if c.category == "prep_from" and 0 <= c.start - it.end <= 3), None
            )
            if frm is not None:
                src = next(
                    (p for p in parties if p.country and 0 <= p.start - frm.end <= ORIGIN_GAP),
                    None,
                )
                if src is not None:
                    it = replace(it, origin=src.country)
        out.append(it)
    return out


def _split_by_counts(
    text: str, cues: list[Cue], items: list[ItemRef], counts: list[tuple[int, int]]
) -> list[list[ItemRef]]:
    """ "rund 70 Prozent seiner Werkzeugmaschinen und etwa 90 Prozent seiner Mikroelektronik":
    goods that each have their own count, joined by "and", are two shipments. `counts` are the
    (start, end) spans of the quantities in the sentence."""
    spans = sorted(counts)
    if len(spans) < 2 or items[0].start < spans[0][1]:
        return []
    groups: list[list[ItemRef]] = []
    for k, (_start, end) in enumerate(spans):
        stop = spans[k + 1][0] if k + 1 < len(spans) else 10**9
        group = [it for it in items if end <= it.start < stop]
        if not group:
            return []
        if groups:
            gap = (groups[-1][-1].end, spans[k][0])
            if (
                not any(c.category == "conj" and gap[0] <= c.start < gap[1] for c in cues)
                or ";" in text[gap[0] : gap[1]]
            ):
                return []
        groups.append(group)
    return groups


def _split_shipments(
    text: str, cues: list[Cue], items: list[ItemRef], counts: list[tuple[int, int]] | None = None
) -> list[list[ItemRef]]:
    """ "twaalf leveringen van drone-onderdelen en grote zendingen kogelwerende vesten": two
    shipment nouns, each with its own goods, are two claims; one verb with a list is one."""
    nouns = [c for c in cues if c.category == "supply"]
    if len(items) >= 2 and (by_count := _split_by_counts(text, cues, items, counts or [])):
        return by_count
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


def _triggers(cues: list[Cue], parties: list[Party] | None = None) -> list[Cue]:
    """Supply-type cues that are not part of a party's name ("kinesiske eksperter" is a party;
    "teknisk utvikling" after it is what they did)."""
    return [
        c
        for c in cues
        if c.category in TRIGGERS
        and not any(p.start <= c.start and c.end <= p.end for p in parties or ())
    ]


def _trigger(cues: list[Cue]) -> Cue | None:
    found = _triggers(cues)
    return found[0] if found else None


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
            and len(text[c.end : p.start].split()) <= MARK_WORDS.get(category, 3)
        ):
            # a preposition inside another party's phrase ("Поставщики из Шэньчжэня") is used
            between = [
                q
                for q in parties
                if c.end <= q.start < p.start or (q.start < c.start < q.end and q.end <= p.start)
            ]
            breaks = [
                b
                for b in cues
                if (c.end <= b.start < p.start or c.end < b.end <= p.start)
                and b.category in PHRASE_ENDS
                # "til at Russland skal kunne ...": "so that" still points at its party
                and not (b.category == "complementizer" and b.start - c.end <= 1)
            ]
            if not between and not breaks:
                return True
    return False


def _roles(
    text: str,
    trigger: Cue,
    parties: list[Party],
    items: list[ItemRef],
    cues: list[Cue],
    att: Attribution,
    lang: str = "",
) -> Roles:
    r = Roles(rule=f"{trigger.category}")
    if any(trigger.start < p.start < trigger.end for p in parties):
        # a gapped cue ("giving ~ support") must not swallow the party inside it
        head = WORD.match(text, trigger.start)
        trigger = replace(trigger, end=head.end() if head else trigger.end)
    # Outlets report; they never supply or receive in the story they report. Whoever denies
    # ("Pyongyang og Moskva har avvist at ...") speaks about the claim rather than in it, and a
    # party one acts against ("mot Ukraina") is no party to the deal.
    deny = next((c for c in cues if c.category in DENYING and c.end <= trigger.start), None)
    deniers = [p for p in parties if deny is not None and p.end <= deny.start]
    r.deniers = deniers
    # "sanksjoner mot to kinesiske selskaper, som skal ha levert ...": a target one clause
    # before the verb is that verb's subject again.
    against = [
        p
        for p in parties
        if _marked(p, cues, "prep_against", parties, text)
        and not any(
            c.category == "relative"
            and p.end <= c.start < trigger.start
            and not WORD.search(text[p.end : c.start])
            for c in cues
        )
        and not _accused_target(p, trigger, cues)
    ]
    excluded = {id(p) for p in deniers + against + _sanctioners(parties, trigger, cues)}
    avail = [
        p
        for p in parties
        if p.start not in att.source_starts and p.kind not in OBSERVERS and id(p) not in excluded
    ]
    to = [p for p in avail if _marked(p, cues, "prep_to", avail, text)]
    frm = [
        p
        for p in avail
        if _marked(p, cues, "prep_from", avail, text) and not _appositive(p, trigger, avail)
    ]
    # "through a Kyrgyz intermediary" is the route; "A Kyrgyz intermediary ... resold them"
    # acts: an intermediary standing unmarked before the verb is its subject
    via = [
        p
        for p in avail
        if _marked(p, cues, "prep_via", avail, text)
        or ("intermediary" in p.label and p.start >= trigger.end)
    ]
    by = [
        p
        for p in avail
        if _marked(p, cues, "prep_by", avail, text) or _marked(p, cues, "made_by", avail, text)
    ]
    if trigger.category == "share" or any(c.category == "plan" for c in cues):
        # "delt bilder med Russland", "verhandelt mit dem russischen Militär über die Lieferung"
        to += [p for p in avail if _marked(p, cues, "prep_with", avail, text)]
    # "holdning til Ukraina-krisen, aldri levert våpen til noen part": the goods go to the
    # party marked after the verb; one marked before it belongs to another phrase.
    # "utviklet i Kina": a place where something happens is no party to it.
    located = [p for p in avail if _marked(p, cues, "prep_in", avail, text)]
    marked = {id(p) for p in to + frm + via + by + located}
    to = [p for p in to if p.start >= trigger.end] + [
        p
        for p in to
        if p.end <= trigger.start and not CLAUSE_BREAK.search(text[p.end : trigger.start])
    ]
    before = [p for p in avail if p.end <= trigger.start and id(p) not in marked]
    after = [p for p in avail if p.start >= trigger.end and id(p) not in marked]
    # "in Beijing wordt gesproken over het leveren": with no other candidate, the place where
    # it happens is the actor.
    places_before = [p for p in located if p.end <= trigger.start]
    subject = before[-1] if before else (places_before[-1] if places_before else None)
    if via:
        r.intermediary = via[0]
    if trigger.category == "parts_in":
        # Parts of one origin inside another's weapons: the origins are the parties.
        part = next(it for it in items if it.start == trigger.start)
        target = next(
            (p for p in avail if p.start > part.end and p.country and p.country != part.origin),
            None,
        )
        system = next(
            (it for it in items if it.start > part.end and it.origin not in {None, part.origin}),
            None,
        )
        r.supplier = _country_party(part)
        r.recipient = _country_party(system) if system else target
        r.rule += ":origins"
        return r
    if trigger.category == "use":
        # "Russland skaut nordkoreanske missil mot Kharkiv": who uses foreign goods got them
        # from the goods' country; nothing else in the sentence says who supplied
        r.recipient = subject
        r.rule += ":user"
        return _fallbacks(r, items, [])
    if trigger.category in {"receive", "help_from"}:
        subordinate = any(c.category == "complementizer" and c.end <= trigger.start for c in cues)
        obj = _object(text, trigger, avail, marked)
        inverted = (
            subject is None
            and obj is not None
            and not subordinate
            and (
                bool(frm)
                or any(it.start > obj.end for it in items)
                or any(p.start > obj.end and p.kind == "country" for p in located)
            )
        )
        if inverted:
            subject = obj  # verb-second order: "I fjor mottok Russland droner fra Iran"
        buyer = _passive_agent(text, trigger, by, cues)
        if buyer is not None:
            # "importées par la Russie depuis Hong Kong", "ble kjøpt av Russland": in the
            # passive the agent is the one who receives; the subject is the goods
            r.recipient, r.supplier = buyer, frm[0] if frm else None
            if r.intermediary is buyer:  # French "par" is also "via"
                r.intermediary = None
            r.rule += ":passive_receiver"
            return _fallbacks(r, items, after)
        r.recipient = subject
        r.supplier = frm[0] if frm else (by[0] if by else None)
        r.rule += ":subject_receives" + ("+inverted" if inverted else "")
        # "bought parts from A and resold them to B": what follows a resale verb is not part
        # of the purchase
        resale = min(
            (c.start for c in cues if c.category == "supply" and c.start >= trigger.end),
            default=len(text),
        )
        seller = next((p for p in to if trigger.end <= p.start < resale and p is not subject), None)
        bought_in = next(
            (
                p
                for p in located
                if trigger.end <= p.start < resale
                and p.kind == "country"
                and p.country != (subject and subject.country)
            ),
            None,
        ) or _bought_in_before(text, trigger, located, subject)
        if bought_in is not None and seller is not None and seller.start < bought_in.start:
            bought_in = None  # the nearer one speaks for the purchase
        if r.supplier is None and trigger.category == "receive" and bought_in is not None:
            # "droner kjøpt i Iran", "opplæring i Iran": where goods are bought or training held
            r.supplier, r.rule = bought_in, r.rule + "+where"
        if r.supplier is None and trigger.category == "receive" and seller is not None:
            # "la Russie a acheté des drones à l'Iran": after a purchase, "à" marks the seller
            r.supplier, r.rule = seller, r.rule + "+seller"
            # "to Pyongyang and Tehran", "à l'Iran et à la Corée du Nord"
            r.also = _conjoined(text, cues, seller, avail, subject, "prep_to")
        holder = _share_holder(text, trigger, avail, cues, subject)
        if r.supplier is None and trigger.category == "receive" and holder is not None:
            # "China accounted for about 90% of the microelectronics Russia imported", "на Китай
            # приходится около 90% микроэлектроники, которую импортирует Россия": whoever has
            # the share of the imports supplied them
            r.supplier, r.rule = holder, r.rule + "+share"
            if r.recipient is None and obj is not None and obj is not holder:
                r.recipient = obj
        if r.supplier is not None and (r.supplier in frm or r.supplier is bought_in):
            marker = "prep_from" if r.supplier in frm else "prep_in"
            r.also = _conjoined(text, cues, r.supplier, avail, subject, marker)
        if r.supplier is None and trigger.category == "help_from" and located:
            # "utviklet i Kina med hjelp fra lokale spesialister": the helpers are local
            place = next((p for p in located if p.country != (subject and subject.country)), None)
            if place is not None:
                r.supplier, r.rule = place, r.rule + "+local_help"
    else:
        r.supplier = frm[0] if frm else subject
        if frm:
            r.also = _conjoined(text, cues, frm[0], avail, None, "prep_from")
        passive = next(
            (
                p
                for p in by
                if 0 <= p.start - trigger.end <= PASSIVE_GAP
                and any(trigger.end <= c.start < p.start for c in cues if c.category == "prep_by")
            ),
            None,
        ) or _distant_agent(text, trigger, by, cues, _s_passive(trigger, lang))
        if passive is not None and trigger.category == "supply":
            # "Shahed drones supplied by Iran": the agent supplies; a subject before holds them.
            r.passive, r.supplier = True, passive
            r.recipient = to[0] if to else subject
            if r.intermediary is passive:  # "par Norinco": French "par" is also "via"
                r.intermediary = None
            r.rule += ":passive"
            return _fallbacks(r, items, after)
        if trigger.category == "made_by" and by:
            # "Russland bruker droner produsert av Iran": the maker supplies the subject
            r.supplier, r.recipient = by[0], to[0] if to else subject
            r.rule += ":maker_supplies"
            return _fallbacks(r, items, after)
        # "gik via Tyrkiet": a party on the route is no object
        obj = _object(text, trigger, avail, {id(p) for p in via})
        r.rule += ":subject_supplies"
        pair = _middle_field(text, trigger, (before, after), cues, (bool(to), obj is not None))
        if pair is not None:
            # "dass China Russland mit Waffen ausrüstet", "unterstützt der Iran Russland mit
            # Drohnen": two bare parties in one clause, the first gives and the second gets
            r.supplier, r.recipient = pair
            r.rule += "+two_bare"
            return _fallbacks(r, items, after)
        if obj is not None and to and obj.end <= to[0].start and _clause_between(text, obj, to[0]):
            # "forsyner Russland med våpen, og sa at Kina aldri har levert ... til noen": the
            # object belongs to this verb, the later "til" to another one
            to = [obj]
        if to:
            r.recipient = to[0]
            subordinate = any(
                c.category == "complementizer" and c.end <= trigger.start for c in cues
            )
            if r.supplier is None and obj is not None and obj is not to[0] and not subordinate:
                # verb-second order: "I fjor leverte Kina droner til Russland"
                r.supplier, r.rule = obj, r.rule + "+inverted"
        elif obj is not None:
            r.recipient, r.rule = obj, r.rule + "+object"  # "supplied Russia with drones"
        if r.recipient is None and after and trigger.category == "expertise":
            r.recipient = next(
                (p for p in after if p.country != (r.supplier and r.supplier.country)), None
            )
            r.rule += "+next_party"
    return _fallbacks(r, items, after)


def _bought_in_before(
    text: str, trigger: Cue, located: list[Party], subject: Party | None
) -> Party | None:
    """Verb-final clauses put the place before the participle: "Rusland heeft in Iran raketten
    besteld", "Russland plant, weitere Drohnen im Iran zu kaufen"."""
    if not BUYING.search(trigger.text) or not VERB_FINAL.match(text, trigger.end):
        return None  # "hat in der Ukraine Drohnen erhalten" is where they arrived
    return next(
        (
            p
            for p in reversed(located)
            if p.end <= trigger.start
            and p.kind == "country"
            and subject is not None
            and subject.end <= p.start
            and p.country != subject.country
            and not CLAUSE_BREAK.search(text[p.end : trigger.start])
        ),
        None,
    )


def _s_passive(trigger: Cue, lang: str) -> bool:
    """The Scandinavian passive in -s ("levererades", "leveres", "såldes"): active verbs of
    supply in these languages do not end so."""
    return lang in S_PASSIVE and trigger.text.casefold().endswith("s")


def _distant_agent(
    text: str, trigger: Cue, by: list[Party], cues: list[Cue], s_passive: bool = False
) -> Party | None:
    """With a passive auxiliary (or an -s passive), the agent further off in the same clause:
    after the recipient ("were shipped to Tekhkrim by Norinco", "ble levert til Kupol av et
    kinesisk selskap", "levererades till Kupol av ett kinesiskt företag") or, in verb-final
    clauses, between the auxiliary and the participle ("wurden von Norinco an Tekhkrim
    geliefert", "werden door Norinco aan Tekhkrim verkocht")."""
    aux = [c for c in cues if c.category == "passive" and c.end <= trigger.start]
    if not aux and not s_passive:
        return None
    last = aux[-1] if aux else trigger
    if s_passive or trigger.start - last.end <= MARK_GAP:
        after = (
            p
            for p in by
            if 0 <= p.start - trigger.end <= PASSIVE_REACH
            and not CLAUSE_BREAK.search(text[trigger.end : p.start])
        )
        if (agent := next(after, None)) is not None:
            return agent
    # verb-final: nothing between auxiliary and participle may start a clause or act itself
    # ("were imposed by the United States on firms that supplied ...")
    if trigger.start - last.end > PASSIVE_REACH or any(
        last.end <= c.start < trigger.start and c.category in CLAUSE_CUES for c in cues
    ):
        return None
    return next(
        (
            p
            for p in by
            if last.end <= p.start
            and p.end <= trigger.start
            and not CLAUSE_BREAK.search(text[last.end : trigger.start])
        ),
        None,
    )


def _passive_agent(text: str, trigger: Cue, by: list[Party], cues: list[Cue]) -> Party | None:
    """The agent right after a participle with a passive auxiliary before it ("were bought by
    X"); "fikk opplæring av X" has no auxiliary, and there X gives."""
    if not any(c.category == "passive" and 0 <= trigger.start - c.end <= MARK_GAP for c in cues):
        return None
    return next(
        (
            p
            for p in by
            if 0 <= p.start - trigger.end <= MARK_GAP
            and any(
                c.category == "prep_by" and 0 <= c.start - trigger.end <= PASSIVE_GAP for c in cues
            )
        ),
        None,
    )


def _foreign_goods(r: Roles) -> bool:
    return (
        "item_origin" in r.rule
        and r.supplier is not None
        and r.recipient is not None
        and r.supplier.country != r.recipient.country
    )


def _speaker(parties: list[Party], text: str) -> str:
    """Who speaks, in English: "Irans utenriksdepartement" -> "Iranian foreign ministry",
    "Pyongyang og Moskva" -> "Pyongyang and Moscow"."""
    names: list[str] = []
    for i, p in enumerate(parties):
        before = parties[i - 1] if i else None
        if (
            p.kind == "government"
            and before is not None
            and before.kind == "country"
            and before.country
            and not text[before.end : p.start].strip()
        ):
            names[-1] = f"{adjective(before.country)} {p.label}"
        else:
            names.append(p.label)
    return " and ".join(names)


def _counts_of(c: Cue, s: Sentence) -> bool:
    """ "90 prosent av mikroelektronikken", "dusinvis av soldater": "av" after a count says
    what is counted, not who acts."""
    return c.category == "prep_by" and any(
        q.end <= c.start and len(s.text[q.end : c.start].split()) <= 1 for q in s.quantities
    )


def _middle_field(
    text: str,
    trigger: Cue,
    parties: tuple[list[Party], list[Party]],
    cues: list[Cue],
    marked: tuple[bool, bool],
) -> tuple[Party, Party] | None:
    """Verb-final and verb-second clauses (de, nl) put both parties on one side of the verb:
    `parties` are the unmarked ones before and after it, `marked` says whether a recipient is
    marked ("til", "an") and whether the verb has an object of its own."""
    before, after = parties
    has_to, has_object = marked
    if has_to:
        return None
    if len(before) >= 2 and not has_object:
        pair = before[-2], before[-1]
    elif not before and len(after) >= 2:
        pair = after[0], after[1]
    else:
        return None
    a, b = pair
    between = text[a.end : b.start]
    lead = text[trigger.end : a.start] if a.start >= trigger.end else ""
    ends = [c for c in cues if a.end <= c.start < b.start and c.category in PHRASE_ENDS]
    if (
        len(between.split()) <= 1
        and len(lead.split()) <= 1
        and not CLAUSE_BREAK.search(between + lead)
        and not ends
        and a.country != b.country
    ):
        if _dative(a) and not _dative(b):
            return b, a  # "России Иран поставил ракеты": the case, not the order, says who gets
        return a, b
    return None


def _dative(p: Party) -> bool:
    """A Russian or Ukrainian country name in the dative (or another oblique case): "России",
    "Ирану", "Китаю", "Росії"; nominatives end otherwise ("Россия", "Иран", "Китай")."""
    word = p.text.casefold()
    return p.kind == "country" and CYRILLIC.search(word) is not None and word.endswith(DATIVE)


def _object(text: str, trigger: Cue, avail: list[Party], marked: set[int]) -> Party | None:
    """The party right after the verb, with no preposition of its own: its object, or in
    verb-second order its subject."""
    return next(
        (
            p
            for p in avail
            if p.start >= trigger.end
            and id(p) not in marked
            and len(WORD.findall(text[trigger.end : p.start])) <= OBJECT_WORDS
            and not CLAUSE_BREAK.search(text[trigger.end : p.start])
        ),
        None,
    )


def _clause_between(text: str, a: Party, b: Party) -> bool:
    return bool(CLAUSE_BREAK.search(text[a.end : b.start]))


def _fallbacks(r: Roles, items: list[ItemRef], after: list[Party]) -> Roles:
    if r.supplier is None:
        origin = next((it for it in items if it.origin), None)
        if origin is not None:
            r.supplier = _country_party(origin)
            r.rule += "+item_origin"
    if r.recipient is None:
        # "aldri levert våpen til noen part i konflikten", "ни одной из сторон конфликта"
        described = next((p for p in after if p.kind == "described"), None)
        if described is not None:
            r.recipient, r.rule = described, r.rule + "+described"
    if r.recipient is not None and r.supplier is not None and r.recipient.start == r.supplier.start:
        r.recipient = None
    return r


def _coordinated(s: Sentence, first: Party, parties: list[Party]) -> list[Party]:
    """ "Iran and North Korea are fuelling the war": parties joined to the supplier by "and"."""
    out: list[Party] = []
    for p in parties:
        if p.start >= first.start or p.kind not in {"country", "company", "group"}:
            continue
        between = s.text[p.end : first.start]
        joined = [c for c in s.cues if c.category == "conj" and p.end <= c.start < first.start]
        if joined and len(between.split()) == 1:
            out.append(p)
    return out


def _second_clause(
    text: str,
    head: Cue,
    triggers: list[Cue],
    roles: Roles,
    parties: list[Party],
    items: list[ItemRef],
    cues: list[Cue],
    att: Attribution,
) -> tuple[int, Cue, Roles, list[ItemRef]] | None:
    """ "закупают в Китае станки, а часть товаров доставляется в Россию через Казахстан",
    "soupçonnent Moscou d'aider Pyongyang ... et de lui livrer du pétrole": a conjunction, then
    within a few words a second supply verb, is a second claim. Its clause gives its own
    parties and goods; whatever it leaves out (the subject both verbs share, "lui") is the
    first claim's. Returns where the second clause starts, its trigger, roles and goods."""
    for conj in (c for c in cues if c.category in {"conj", "relative"} and c.start >= head.end):
        t2 = next(
            (
                t
                for t in triggers
                if t.start >= conj.end
                and t.category in {"supply", "receive", "expertise", "help_from"}
                and len(WORD.findall(text[conj.end : t.start])) <= SECOND_WORDS
            ),
            None,
        )
        if t2 is None or ";" in text[head.end : t2.start] or _listed(text, conj, parties):
            continue
        resale = False
        if (
            conj.category == "conj"
            and not text[: conj.start].rstrip().endswith(",")
            and len(WORD.findall(text[conj.end : t2.start])) < 2
        ):
            # "deler og kunnskap", "and shipped": a list, or one subject's two verbs; but
            # "bought parts from A and resold them to B": the buyer sells on, a claim of its own
            resale = head.category == "receive" and t2.category == "supply"
            if not resale:
                continue
        tail = [p for p in parties if p.start >= conj.end]
        tail_items = [it for it in items if it.start >= conj.end]
        tail_cues = [c for c in cues if c.start >= conj.end]
        r = _roles(text, t2, tail, tail_items, tail_cues, att)
        own = (
            r.supplier is not None
            or r.recipient is not None
            or r.intermediary is not None
            or bool(tail_items and any(it.end <= conj.start for it in items))
            or _family(t2) != _family(head)
        )
        if not own:
            continue
        antecedent = next(
            (p for p in parties if p.end <= conj.start and text[p.end : conj.start].strip() in ",")
            if conj.category == "relative"
            else iter(()),
            None,
        )
        if conj.category == "relative" and (antecedent is None or r.supplier is not None):
            continue  # "Kazakhstan and Kyrgyzstan, whose exports ...": the party it follows
        if resale and r.recipient is None:
            continue
        if resale and not tail_items:  # "and resold them": the goods bought
            tail_items = [it for it in items if it.end <= conj.start]
        r.supplier = r.supplier or antecedent or (roles.recipient if resale else roles.supplier)
        r.recipient = r.recipient or roles.recipient
        r.rule += "+resale" if resale else "+second_clause"
        if r.supplier is None or r.recipient is None or r.supplier.key == r.recipient.key:
            continue
        if (
            (r.supplier.label, r.recipient.label)
            == (roles.supplier and roles.supplier.label, roles.recipient and roles.recipient.label)
            and not tail_items
            and _family(t2) == _family(head)
        ):
            # "modtaget syv droner fremstillet i Kina, og de blev leveret gennem ...": the same
            # delivery told again, with its route
            if roles.intermediary is None:
                roles.intermediary = r.intermediary
            return None
        return conj.start, t2, r, tail_items
    return None


def _listed(text: str, conj: Cue, parties: list[Party]) -> bool:
    """ "Japan and Taiwan": "and" between two parties with no comma lists them."""
    return any(
        p.end <= conj.start and not text[p.end : conj.start].strip() for p in parties
    ) and any(p.start >= conj.end and not text[conj.end : p.start].strip() for p in parties)


def _family(c: Cue) -> bool:
    return c.category in {"help_from", "expertise"}


def _share_holder(
    text: str, trigger: Cue, parties: list[Party], cues: list[Cue], subject: Party | None
) -> Party | None:
    """The party a few words before a percentage that stands before an import verb."""
    for share in (c for c in cues if c.category == PERCENT and c.end <= trigger.start):
        holder = next(
            (
                p
                for p in reversed(parties)
                if p.end <= share.start
                and p is not subject
                and p.country
                and len(text[p.end : share.start].split()) <= SHARE_WORDS
                and not CLAUSE_BREAK.search(text[p.end : share.start])
            ),
            None,
        )
        if holder is not None:
            return holder
    return None


def _conjoined(
    text: str,
    cues: list[Cue],
    first: Party,
    parties: list[Party],
    other: Party | None,
    marker: str = "",
) -> list[Party]:
    """ "in Germany, Japan and Taiwan", "fra Kina og Iran": the parties listed after the one a
    preposition marks, joined by commas and "and", each a party of the same role; with the
    preposition said again ("à l'Iran et à la Corée du Nord") when `marker` names it."""
    out: list[Party] = []
    last = first
    for p in parties:
        if p.start < last.end or p is other or p.kind not in {"country", "company", "group"}:
            continue
        between = text[last.end : p.start]
        words = between.replace(",", " ").split()
        joined = any(c.category == "conj" and last.end <= c.start < p.start for c in cues)
        again = bool(marker) and any(
            c.category == marker and last.end <= c.start < p.start for c in cues
        )
        listed = (words == [] and between.strip() == ",") or (joined and len(words) == 1)
        if not listed and not (joined and again and len(words) <= REPEATED_PREP_WORDS):
            break
        out.append(p)
        last = p
    return out


def _country_anaphor(s: Sentence, trigger: Cue, parties: list[Party]) -> int | None:
    """Where "landet"/"the country" stands as the subject: before the trigger and before any
    party, so it is not "handel med landet"."""
    first = min((p.start for p in parties), default=len(s.text))
    preps = {c.end for c in s.cues if c.category.startswith("prep_")}
    return next(
        (
            c.start
            for c in s.cues
            if c.category == COUNTRY_ANAPHOR
            and c.end <= trigger.start
            and c.start < first
            and not any(0 <= c.start - end <= 1 for end in preps)  # "i landet": a place
        ),
        None,
    )


def _anaphor_before(s: Sentence, trigger: Cue) -> bool:
    return any(c.category == ANAPHOR and c.end <= trigger.start for c in s.cues)


def _own_voice(
    supplier: Party | None, roles: Roles, parties: list[Party], previous: list[Party]
) -> bool:
    """Whether someone of the supplier's own country speaks in the sentence: "China's foreign
    ministry said Beijing does not provide ...", "..., hieß es in Peking"; or a ministry named
    without a country right after a sentence that names the supplier's ("..., betont das
    Außenministerium")."""
    if supplier is None or supplier.country is None:
        return False
    taken = {id(p) for p in (roles.supplier, roles.recipient, roles.intermediary) if p}
    if any(
        p.country == supplier.country and id(p) not in taken and p.start != supplier.start
        for p in parties
    ):
        return True
    # "Kina har ikke levert våpen ..., sier utenriksdepartementets talsperson": a ministry of
    # no named country speaks for the state that is the sentence's subject, unless the sentence
    # before was about other states (whose ministry it may be)
    first = min(parties, key=lambda p: p.start, default=None)
    subject = first is not None and first.start == supplier.start and supplier.kind == "country"
    others = any(q.country and q.country != supplier.country for q in previous)
    return any(p.kind == "government" and p.country is None for p in parties) and (
        any(q.country == supplier.country for q in previous) or (subject and not others)
    )


def _country(p: Party | None) -> str | None:
    return p.country if p is not None else None


def _country_of(p: Party) -> Party:
    iso = p.country or "XX"
    return Party(p.start, p.end, p.text, country_name(iso), iso, iso, "country", False)


def _country_party(item: ItemRef) -> Party:
    iso = item.origin or "XX"
    return Party(item.start, item.end, item.text, country_name(iso), iso, iso, "country", False)


def _accused_target(p: Party, trigger: Cue, cues: list[Cue]) -> bool:
    """A sanction target the sentence accuses ("accusing them of helping Russia")."""
    return any(
        c.category == "allege" and p.end <= c.start and c.end <= trigger.start for c in cues
    ) and any(c.category == "sanction" and c.end <= p.start for c in cues)


def _sanctioners(parties: list[Party], trigger: Cue, cues: list[Cue]) -> list[Party]:
    """Who imposes sanctions on a target before the verb acts on the supplier, not in the deal:
    "Washington sanctioned two firms that supplied ...", "ввело санкции против фирм, обвинив их"."""
    sanction = next((c for c in cues if c.category == "sanction" and c.end <= trigger.start), None)
    if sanction is None:
        return []
    target = any(
        c.category in {"prep_against", "relative", "allege"}
        and sanction.end <= c.start < trigger.start
        for c in cues
    )
    if not target:
        return []
    return [p for p in parties if p.end <= sanction.start and p.kind in {"government", "country"}]


def _appositive(p: Party, trigger: Cue, parties: list[Party]) -> bool:
    """ "de grootste wapenbedrijven van China, Norinco, zou ... leveren": a country before the
    verb with a named party after it is the company's home, not the origin of the goods."""
    return p.end <= trigger.start and any(
        q.named and p.end <= q.start and q.end <= trigger.start for q in parties
    )


def _flow(items: list[ItemRef], cues: list[Cue]) -> Cue | None:
    """ "de vesten gingen van China via Turkije naar Rusland": goods moving from one place to
    another make a claim without a supply verb; the goods stand in for it."""
    cats = {c.category for c in cues}
    if items and {"prep_from", "prep_to"} <= cats:
        return Cue(items[0].start, items[0].end, items[0].text, "flow")
    return None


def _parts_in_weapons(items: list[ItemRef], parties: list[Party]) -> Cue | None:
    """ "Kinesiske komponenter ... i russiske våpen", "... på russiske militærsystemer": parts of
    one origin in another's weapons or systems."""
    parts = [it for it in items if it.category in PARTS and it.origin]
    systems = [it for it in items if it.category in SYSTEMS and it.origin]
    for p in parts:
        later = [s.origin for s in systems if s.start > p.end] + [
            q.country for q in parties if q.start > p.end and q.kind == "group"
        ]
        if any(origin and origin != p.origin for origin in later):
            return Cue(p.start, p.end, p.text, "parts_in")
    return None


def _follow_up(s: Sentence, state: Discourse, roles: Roles) -> bool:
    """ "Dronene ble levert av TSK Vektor": a carrier named after the claim it belongs to."""
    if not state.claims or roles.supplier is None or roles.supplier.kind == "country":
        return False
    last = state.claims[-1]
    if last.intermediary is not None or last.supplier_key == roles.supplier.key:
        return False
    last.intermediary, last.intermediary_key = roles.supplier.label, roles.supplier.key
    last.rule += "+follow_up_carrier"
    return True


def _is_blanket_denial(s: Sentence) -> bool:
    words = len(s.text.split())
    return words >= BLANKET_WORDS and any(c.category in DENYING for c in s.cues)


def _accused_state(deniers: list[Party], state: Discourse) -> Party | None:
    """The denier that is the state the story accuses of supplying (a country, its capital or
    its government), as written when a country or capital, else as its country."""
    accused = state.supplier.country if state.supplier is not None else None
    for d in deniers:
        if d.kind in {"country", "government"} and d.country and d.country == accused:
            return d if d.kind == "country" else _country_of(d)
    return None


def _blanket_denial(
    doc: Document, s: Sentence, state: Discourse, chain: list[str], parties: list[Party]
) -> None:
    """A denial that names no goods: its own claim, linked to the claim it answers, without
    borrowing that claim's parties (it does not say them; giving it the accused and the
    answered claim's recipient cost more precision than it gained on our development
    articles). Its source is whoever denies: "Kinas utenriksdepartement avviste ..."."""
    target = next((c for c in reversed(state.claims) if c.kind != "denial"), None)
    j = judge(s.cues, None, [])
    deny = next(c for c in s.cues if c.category in DENYING)
    deniers = [p for p in parties if p.end <= deny.start and p.country]
    who = [_speaker(deniers, s.text)] if deniers else []
    chain = who + [c for c in chain if c not in who]
    accused = _accused_state(deniers, state)
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
        cues=_in_document(s, j.reasons),
        denies=state.claims.index(target) if target is not None else None,
    )
    if (
        accused is not None
        and deny.category == "deny"  # not "called it disinformation", not "knew nothing"
        and state.recipient is not None
        and state.recipient.country not in {None, accused.country}
    ):
        # "Beijing has rejected the accusations": the state the story accuses denies supplying
        # the country the story is about; nothing narrower is said, so the recipient is the
        # country, not the firm of the claim it answers
        claim.supplier, claim.supplier_key = accused.label, accused.key
        recipient = _country_of(state.recipient)
        claim.recipient, claim.recipient_key = recipient.label, recipient.key
        claim.rule += "+accused"
    state.claims.append(claim)
    state.sentence_of.append(s.index)


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
    value = (
        None if when is None else _past(when, doc.published) if j.stage == "done" else when.value
    )
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
        when=value,
        when_precision=when.precision if when else None,
        stage=j.stage,
        source=" via ".join(full_chain) or doc.outlet,
        source_chain=full_chain,
        certainty=j.certainty,
        hedged=j.hedged,
        lang=s.lang,
        cues=_in_document(s, cues),
    )


def _past(when: TimeRef, published: str | None) -> str:
    """A month said without its year in a claim of something done lies before publication:
    "kom i desember" in a January article is last December (the dates layer alone, which
    knows no tense, gives the publication year)."""
    value = when.value
    if (
        published
        and when.precision == "month"
        and len(value) == MONTH_LEN
        and value[:4] == published[:4]
        and value > published[:MONTH_LEN]
        and not YEAR_WRITTEN.search(when.text)
        and when.relation == "at"
    ):
        return f"{int(value[:4]) - 1}{value[4:]}"
    return value


def _in_document(s: Sentence, cues: list[Cue]) -> list[Cue]:
    """The cues that fired, once each, with document offsets like every other span stored."""
    unique = {(c.start, c.end, c.category): c for c in cues}.values()
    return sorted(
        (replace(c, start=c.start + s.start, end=c.end + s.start) for c in unique),
        key=lambda c: (c.start, c.category),
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


def _key(c: Claim) -> tuple[object, ...]:
    return (
        c.kind,
        c.supplier_key,
        c.recipient_key,
        c.intermediary_key,
        c.item_category,
        c.certainty,
        c.stage,
        c.rule.split(":")[0] in {"help_from", "expertise"},
    )


def _repeated(state: Discourse, claim: Claim, sentence: int) -> Claim | None:
    """The claim this one repeats, if any: the same assertion in the next sentence ("Stoltenberg
    says ... – We have not seen ...") or the same plan told again later in the article. The same
    parties later in a story about deliveries are a new piece of it, not a repeat."""
    key = _key(claim)
    for earlier, at in zip(reversed(state.claims), reversed(state.sentence_of), strict=True):
        if "blanket" in earlier.rule:
            continue  # the fuller denial tells it (see _merge_blanket_denials)
        if (
            _key(earlier) == key
            and (at >= sentence - 1 or claim.stage != "done")
            and _same_time(earlier, claim)
            and _same_voice(earlier, claim)
        ):
            return earlier
        if at >= sentence - 1 and _elaborates(earlier, claim):
            # "... forsendelser av militært utstyr fra Kina." "Navigasjonsutstyr ... skal ha
            # blitt sendt": the next sentence names the goods; keep the claim, take the detail.
            if claim.item_category not in GENERIC_ITEMS:
                earlier.item, earlier.item_category = claim.item, claim.item_category
            return earlier
    return None


def _same_voice(a: Claim, b: Claim) -> bool:
    """A second source telling the same ("the White House said in October ...") is a claim of
    its own: who says it is half of what a claim is."""
    return not a.source_chain or not b.source_chain or a.source_chain == b.source_chain


def _same_time(a: Claim, b: Claim) -> bool:
    """Two dates that differ make two events; a sentence without a date may retell either."""
    return a.when is None or b.when is None or a.when == b.when


def _elaborates(a: Claim, b: Claim) -> bool:
    """Same assertion with the goods named generally in one and specifically in the other."""
    same = (a.kind, a.supplier_key, a.recipient_key, a.certainty, a.stage) == (
        b.kind, b.supplier_key, b.recipient_key, b.certainty, b.stage
    )  # fmt: skip
    return same and (a.item_category in GENERIC_ITEMS or b.item_category in GENERIC_ITEMS)
