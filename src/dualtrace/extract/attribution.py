"""Who says it: the attribution chain of a sentence.

"sa Nato-sjefen, ifølge NTB" -> [NATO, NTB]; "dokumenter sett av Reuters" -> [documents, Reuters];
"Ifølge dem" -> the source the article last named. The chain runs from the innermost speaker to
the outlet that carries it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from dualtrace.extract.parties import Party
from dualtrace.model import Cue

SOURCE_KINDS = {"outlet", "person", "org", "government", "country", "company", "group"}
SPEAKERS = {"outlet", "person", "org", "government"}
# Whoever voices a concern, an accusation or a warning is the source of what follows it.
CLAUSAL = {"hedge", "supply", "receive", "plan", "consider", "deny", "attr_verb", "complementizer"}
VOICING = {"attr_verb", "concern", "allege", "warn"}
CLAUSE_END = re.compile(r"[,;:.]")
INVERTED_WORDS = 2  # "sa Nato-sjefen", "seier den sørkoreanske forsvarsministeren"
AFTER_PREP = 24  # chars between "ifølge"/"according to" and the source's name (articles, titles)
BEFORE_VERB = 40  # "Der Spiegel skriver", "Natos generalsekretær Jens Stoltenberg sier"
AFTER_VERB = 24  # inverted order: "sa Nato-sjefen", "skriver Reuters"
AFTER_TITLE = 64  # "according to the South Korean defence minister, Shin Won-sik, ..."
THAT_DROPPING = {"en"}  # "officials said Chinese firms shipped ...": no "that" before the content


@dataclass(slots=True)
class Attribution:
    chain: list[str] = field(default_factory=list)
    source_starts: set[int] = field(default_factory=set)
    anaphoric: bool = False  # "ifølge dem", "sier han": the source named earlier
    documents: bool = False  # evidence words: customs data, invoices, documents seen by
    cues: list[Cue] = field(default_factory=list)


def _adjacent(between: str, words: int) -> bool:
    """No clause break and at most `words` words between: "sa Nato-sjefen", "seier den ..."."""
    return not CLAUSE_END.search(between) and len(between.split()) <= words


def attribute(text: str, parties: list[Party], cues: list[Cue], lang: str = "") -> Attribution:
    att = Attribution()
    found: list[tuple[int, Party]] = []
    for cue in cues:
        if cue.category in {"attr_prep", "seen_by"}:
            # "Nach Angaben des Ministeriums soll Xiamen Limbach ... geliefert haben": a verb
            # between the phrase and a name means the name belongs to the clause, not the source.
            after = [
                p
                for p in parties
                if p.kind in SOURCE_KINDS
                and 0 <= p.start - cue.end <= AFTER_PREP
                and not any(cue.end <= c.start < p.start for c in cues if c.category in CLAUSAL)
            ]
            titled = [
                p
                for p in parties
                if p.kind == "person"
                and AFTER_PREP < p.start - cue.end <= AFTER_TITLE
                and text[cue.end : p.start].rstrip().endswith(",")
                and not any(cue.end <= c.start < p.start for c in cues if c.category in CLAUSAL)
                and not any(cue.end <= q.start < p.start for q in parties)
            ]
            if after or titled:
                # "D'après le ministre sud-coréen de la Défense, Shin Won-sik, ...": a long
                # title, then the name in apposition
                found.append((cue.start, (after or titled)[0]))
            else:
                att.anaphoric = True
            att.cues.append(cue)
        elif cue.category in VOICING:
            before = [
                p
                for p in parties
                if p.kind in SOURCE_KINDS and 0 <= cue.start - p.end <= BEFORE_VERB
            ]
            after = [
                p
                for p in parties
                if p.kind in SOURCE_KINDS and 0 <= p.start - cue.end <= AFTER_VERB
            ]
            # "... til Moskva, skriver Reuters": a speaker right after the verb beats a country
            # that merely ends the clause before it, and that one is no speaker at all.
            before = [p for p in before if not CLAUSE_END.search(text[p.end : cue.start])]
            # Inverted order names the speaker after a reporting verb ("seier den sørkoreanske
            # forsvarsministeren"); after "concern that" comes the content, not a speaker.
            inverted = SPEAKERS | {"group"} if cue.category == "attr_verb" else SPEAKERS
            speaker_after = [
                p
                for p in after
                if p.kind in inverted
                and _adjacent(text[cue.end : p.start], INVERTED_WORDS)
                and not any(
                    cue.end <= c.start < p.start for c in cues if c.category == "complementizer"
                )
            ]
            if lang in THAT_DROPPING and any(
                _adjacent(text[p.end : cue.start], INVERTED_WORDS) for p in before
            ):
                # "US officials said Chinese firms shipped ...": with its subject right before
                # it, the verb is not inverted, and what follows is the content ("that" left
                # out, as English does; verb-second languages invert after any first phrase)
                speaker_after = []
            speaker_before = [p for p in before if p.kind in SPEAKERS]
            pick = speaker_after or speaker_before or before[-1:]
            if pick:
                chosen = pick[0] if pick is speaker_after or pick is after else pick[-1]
                found.append((chosen.start, chosen))
            elif cue.category == "attr_verb":
                att.anaphoric = True
            att.cues.append(cue)
        elif cue.category == "evidence":
            att.documents = True
            att.cues.append(cue)
    # The speaker quoted inside an outlet's report comes first: the outlet is the outer link.
    found.sort(key=lambda x: (x[1].kind == "outlet", x[0]))
    for _, party in found:
        if party.start in att.source_starts:
            continue
        att.source_starts.add(party.start)
        if party.label not in att.chain:
            att.chain.append(party.label)
    return att
