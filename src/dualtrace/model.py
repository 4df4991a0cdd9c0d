"""The shared types that stages pass through the store.

Offsets are character offsets into the text they were found in; the pipeline shifts sentence-local
offsets to document offsets before anything is stored, so every span a user sees points into
`Document.text`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

Precision = Literal["day", "month", "quarter", "year", "range", "decade"]
Certainty = Literal["confirmed", "reported", "alleged", "unconfirmed", "denied"]
Stage = Literal["done", "planned", "considered"]
ClaimKind = Literal[
    "supply", "production", "expertise", "meeting", "statement", "warning", "sanction", "denial"
]


@dataclass(frozen=True, slots=True)
class Document:
    """One article as ingested: the text the extractor reads and where it came from."""

    id: str  # content hash of `text` (sha256 hex, first 32 chars)
    origin: str  # the file path or URL as the user gave it; a feed item is "feed.xml#<n>"
    text: str
    format: Literal["text", "html", "feed"]
    title: str | None = None
    outlet: str | None = None
    published: str | None = None  # "YYYY", "YYYY-MM" or "YYYY-MM-DD"
    url: str | None = None


@dataclass(slots=True, unsafe_hash=True)
class Mention:
    """A gazetteer hit: a known name found in text. Treat it as immutable (it hashes by value);
    it is not frozen only because a frozen instance costs five times as much to build, and the
    extractor builds two per name in every article."""

    start: int
    end: int
    text: str  # as written
    kind: str  # country, demonym, company, outlet, government, person, weapon, item, org, place
    key: str  # canonical key shared by all spellings and languages, e.g. "CN", "norinco"
    label: str  # canonical display name, e.g. "China", "Norinco"
    country: str | None = None  # ISO 3166-1 alpha-2 of the thing named, if any
    category: str | None = None  # for items and weapon systems: the item category, e.g. "drones"

    def shifted(self, offset: int) -> Mention:
        """The same mention with its offsets moved by `offset` (sentence to document offsets).
        Spelled out because dataclasses.replace costs three times a direct call, once per
        mention of every article; it must name every field above."""
        return Mention(
            self.start + offset,
            self.end + offset,
            self.text,
            self.kind,
            self.key,
            self.label,
            self.country,
            self.category,
        )


@dataclass(frozen=True, slots=True)
class TimeRef:
    """A date phrase resolved against the publication date."""

    start: int
    end: int
    text: str
    value: str  # "2023-04-15", "2023-04", "2023-Q2", "2022", "2022-06/2022-12"
    precision: Precision
    relation: Literal["at", "by", "since", "after", "before"] = "at"  # "innen april" -> by


@dataclass(frozen=True, slots=True)
class Quantity:
    """A number in text, from digits or number words."""

    start: int
    end: int
    text: str
    value: float
    approx: bool = False  # "rundt 100", "over et dusin", "about 50"
    unit: str | None = None  # the counted noun as written, when one follows


@dataclass(frozen=True, slots=True)
class Cue:
    """A lexicon word or phrase that fired in a sentence."""

    start: int
    end: int
    text: str
    category: str  # e.g. supply, report, hedge, not_confirmed, deny, plan, consider, warn, negation


@dataclass(slots=True)
class Claim:
    """One assertion in one sentence of one document (see DESIGN.md, Claims)."""

    doc_id: str
    kind: ClaimKind
    sentence_start: int
    sentence_end: int
    quote: str
    rule: str
    supplier: str | None = None
    recipient: str | None = None
    intermediary: str | None = None
    supplier_key: str | None = None
    recipient_key: str | None = None
    intermediary_key: str | None = None
    item: str | None = None
    item_category: str | None = None
    quantity: float | None = None
    unit: str | None = None
    when: str | None = None
    when_precision: str | None = None
    stage: Stage = "done"
    source: str | None = None
    source_chain: list[str] = field(default_factory=list)
    certainty: Certainty = "reported"
    hedged: bool = False
    lang: str | None = None
    cues: list[Cue] = field(default_factory=list)
    denies: int | None = None  # index, within the same document, of the claim a denial answers
    repeats: list[tuple[int, int]] = field(default_factory=list)  # spans saying the same again


# --- sanctions and watch lists -------------------------------------------------------------------

ListSchema = Literal["Person", "Company", "Organization", "LegalEntity", "Vessel", "Airplane"]


@dataclass(frozen=True, slots=True)
class Alias:
    name: str
    kind: str = "aka"  # aka, fka, nka, weak, original (a name in its own script), ...
    lang: str | None = None  # ISO 639 where the list says ("ru", "zh"), else None


@dataclass(frozen=True, slots=True)
class Identifier:
    type: str  # inn, ogrn, uscc, lei, imo, registration, tax, passport, national_id, ...
    value: str  # normalised: no spaces or punctuation inside numbers
    country: str | None = None  # ISO2 of the issuing country where known
    origin: str = "field"  # "field", or "remarks" when pulled out of free text


@dataclass(frozen=True, slots=True)
class Link:
    relation: str  # "linked_to", "owned_by", ...
    target: str  # the name as the list writes it
    target_entry: str | None = None  # entry_id in the same list, where it could be resolved


@dataclass(slots=True)
class ListEntry:
    """One entry of a sanctions or watch list, with where it came from."""

    list_id: str  # "us_ofac_sdn", "eu_fsf", "gb_sanctions", "us_csl", "ftm:<dataset>"
    entry_id: str  # the list's own stable id (OFAC ent_num, EU logicalId, UK unique id, FtM id)
    schema: ListSchema
    name: str  # the primary name as written
    aliases: list[Alias] = field(default_factory=list)
    programs: list[str] = field(default_factory=list)
    authority: str = ""  # "US OFAC", "EU", "UK FCDO", "US BIS", ...
    listed_on: str | None = None  # ISO date
    countries: list[str] = field(default_factory=list)  # ISO2
    addresses: list[str] = field(default_factory=list)
    identifiers: list[Identifier] = field(default_factory=list)
    links: list[Link] = field(default_factory=list)
    birth_dates: list[str] = field(default_factory=list)  # ISO, people only
    remarks: str | None = None
    source_file: str = ""  # file name as ingested
    source_line: int = 0  # 1-based line of the entry's first row in that file
