"""Party and item phrases in a sentence, built from gazetteer mentions.

A party is a named entity ("IEMZ Kupol"), a country ("Kina"), or a demonym with a party noun
("kinesiske selskaper" -> "Chinese companies"). A demonym before an item gives the item its
origin ("kinesiske angrepsdroner": drones of Chinese origin), which claim rules use when a
sentence names no supplier. Labels are English so claims read the same whatever the language.
"""

from __future__ import annotations

import csv
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import cache, lru_cache

from dualtrace import data
from dualtrace.extract.cues import TOKEN, _token_matches
from dualtrace.model import Cue, Mention

TRADE = {"supply", "receive"}  # cue categories of a trade noun a demonym may qualify
PARTY_KINDS = {"country", "company", "government", "org", "person", "outlet"}
CAPITALISED = re.compile(r"[A-ZА-ЯЁІЇЄҐ][\w-]*|[A-ZА-Я]{2,}")
COMMON_NOUN_CAPITALS = {"de"}
NOUN_FIRST = {"fr"}  # languages whose adjectives follow the noun
NAMED_KINDS = {"company", "org", "government", "person"}
LOOKAHEAD = 3  # tokens after a demonym in which its noun may stand


@dataclass(frozen=True, slots=True)
class Party:
    start: int
    end: int
    text: str  # as written
    label: str  # English label
    key: str  # entity key, or ISO2 for a country-level party
    country: str | None
    kind: str  # country, company, government, org, person, outlet, group, unknown
    named: bool  # a specific entity rather than a country or a kind of actor


@dataclass(frozen=True, slots=True)
class ItemRef:
    start: int
    end: int
    text: str
    category: str
    label: str
    origin: str | None  # ISO2 of a demonym before it ("kinesiske droner")


@dataclass(frozen=True, slots=True)
class Phrases:
    parties: list[Party]
    items: list[ItemRef]


@cache
def countries() -> dict[str, tuple[str, str]]:
    """ISO2 -> (English name, English adjective)."""
    with data.path("countries.tsv").open(encoding="utf-8") as fh:
        rows = [r for r in csv.reader(fh, delimiter="\t") if r and not r[0].startswith("#")]
    return {r[0]: (r[1], r[2]) for r in rows[1:]}


@cache
def party_nouns() -> list[tuple[frozenset[str], str, str]]:
    with data.path("party_nouns.tsv").open(encoding="utf-8") as fh:
        rows = [r for r in csv.reader(fh, delimiter="\t") if r and not r[0].startswith("#")]
    return [(frozenset(r[0].split(",")), r[1].casefold(), r[2]) for r in rows[1:]]


@cache
def item_labels() -> dict[str, str]:
    path = data.path("item_categories.tsv")
    if not path.exists():
        return {}
    with path.open(encoding="utf-8") as fh:
        rows = [r for r in csv.reader(fh, delimiter="\t") if r and not r[0].startswith("#")]
    return {r[0]: r[1] for r in rows[1:] if len(r) > 1}


@cache
def capitals() -> dict[str, str]:
    with data.path("capitals.tsv").open(encoding="utf-8") as fh:
        rows = [r for r in csv.reader(fh, delimiter="\t") if r and not r[0].startswith("#")]
    return {r[0]: r[1] for r in rows[1:]}


def country_name(iso: str) -> str:
    return countries().get(iso, (iso, iso))[0]


def adjective(iso: str) -> str:
    return countries().get(iso, (iso, iso))[1]


@lru_cache(maxsize=100_000)
def party_role(token: str, lang: str) -> str | None:
    tok = token.casefold()
    for langs, pattern, role in party_nouns():
        if (lang in langs or "*" in langs) and _token_matches(pattern, tok):
            return role
    return None


def find_phrases(
    text: str, lang: str, mentions: list[Mention], cues: list[Cue] | None = None
) -> Phrases:
    # Words are only needed around a demonym, or for "firms in China" (a country after "in").
    needs_tokens = any(m.kind == "demonym" for m in mentions) or (
        any(m.kind in {"country", "place"} for m in mentions)
        and any(c.category in {"prep_in", "prep_from"} for c in cues or ())
    )
    tokens = [(m.start(), m.end(), m.group()) for m in TOKEN.finditer(text)] if needs_tokens else []
    starts = [t[0] for t in tokens]
    ends = [t[1] for t in tokens]
    parties: list[Party] = []
    items: list[ItemRef] = []
    origin_at: dict[int, str] = {}  # item mention start -> origin from a demonym before it
    inside: set[int] = set()  # item mentions that are part of a party ("arms factories")
    ordered = sorted(mentions, key=lambda m: m.start)
    for i, m in enumerate(ordered):
        if m.kind != "demonym" or not m.country:
            continue
        at = bisect_left(starts, m.end)
        nxt = tokens[at : at + LOOKAHEAD]
        following = ordered[i + 1] if i + 1 < len(ordered) else None
        before = bisect_right(ends, m.start)
        prev = tokens[before - 1 : before] if before else []
        if prev and lang in NOUN_FIRST and (role := party_role(prev[0][2], lang)):
            # "des entreprises chinoises", "le renseignement sud-coréen"
            start = prev[0][0]
            label = f"{adjective(m.country)} {role}"
            parties.append(
                Party(
                    start, m.end, text[start : m.end], label, m.country, m.country, "group", False
                )
            )
            continue
        preceding = ordered[i - 1] if i else None
        if (
            lang in NOUN_FIRST
            and preceding is not None
            and preceding.kind in {"item", "weapon"}
            and 0 <= m.start - preceding.end <= 1
        ):
            origin_at[preceding.start] = m.country  # "des drones iraniens"
            continue
        if following and following.kind in PARTY_KINDS and _within(nxt[:1], following.start):
            continue  # "det russiske Tekhkrim": the name itself is the party
        # A party noun before any goods makes a party ("Chinese firms shipped navigation gear");
        # goods right after the adjective take it as their origin ("kinesiske angrepsdroner").
        role_at = _role(nxt, lang, following)
        trade = nxt and any(c.start == nxt[0][0] and c.category in TRADE for c in cues or ())
        if role_at is None and trade:
            # "die russischen Einfuhren aus China", "Iranian deliveries to Russia": the
            # adjective names the side of the trade, not the origin of the goods
            side = country_name(m.country)
            parties.append(
                Party(m.start, m.end, m.text, side, m.country, m.country, "country", False)
            )
            continue
        if role_at is None and following and following.kind in {"item", "weapon"}:
            maker = _maker_noun(tokens, starts, following, lang)
            if maker is not None and _within(nxt, following.start):
                # "Russian arms factories", "russische Drohnen-Hersteller": the goods word says
                # what the firms make; they are the party
                role, end = maker
                label = f"{adjective(m.country)} {role}"
                parties.append(
                    Party(
                        m.start,
                        end,
                        text[m.start : end],
                        label,
                        m.country,
                        m.country,
                        "group",
                        False,
                    )
                )
                inside.add(following.start)
                continue
            if _within(nxt, following.start):
                origin_at[following.start] = m.country
            continue
        if role_at is not None:
            role, end = role_at
            if following and following.kind in NAMED_KINDS and 0 <= following.start - end <= 3:
                continue  # "russiske våpenprodusenten IEMZ Kupol": the name is the party
            label = f"{adjective(m.country)} {role}"
            parties.append(
                Party(
                    m.start, end, text[m.start : end], label, m.country, m.country, "group", False
                )
            )
            continue
        # German writes every noun with a capital, so a capital says nothing there.
        name = _proper_noun(nxt, following) if lang not in COMMON_NOUN_CAPITALS else None
        if name is not None:
            start, end = name
            written = text[start:end]
            parties.append(
                Party(start, end, written, written, _slug(written), m.country, "unknown", True)
            )
    parties += _located_groups(text, lang, tokens, ordered, cues or [])
    for m in ordered:
        if m.kind in {"item", "weapon"} and m.start not in inside:
            category = m.category or m.key
            items.append(
                ItemRef(
                    m.start,
                    m.end,
                    m.text,
                    category,
                    item_labels().get(category, category.replace("_", " ")),
                    origin_at.get(m.start),
                )
            )
        elif m.kind in PARTY_KINDS:
            named = m.kind != "country"
            label = m.label
            if m.kind == "country":
                label = capitals().get(m.text.casefold()) or country_name(m.key)
            parties.append(Party(m.start, m.end, m.text, label, m.key, m.country, m.kind, named))
    parties.sort(key=lambda p: p.start)
    return Phrases(parties, items)


# cues that make a clause of their own between a noun and "in <place>"
VERBAL = {"supply", "receive", "expertise", "help_from", "plan", "consider", "attr_verb", "deny"}
PLACED_WORDS = 3  # words between a party noun and "in <place>": "sociétés de négoce basées à"
CLAUSE_BREAK = re.compile(r"[,;:()]")


def _located_groups(
    text: str,
    lang: str,
    tokens: list[tuple[int, int, str]],
    mentions: list[Mention],
    cues: list[Cue],
) -> list[Party]:
    """ "firms in China and Hong Kong", "selskaper i Kina": a party noun placed in a country;
    "suppliers in Shenzhen", "поставщики из Шэньчжэня", "sociétés de négoce basées à Dubaï":
    placed in a city, which the label keeps, since the city is what the text says of them."""
    out: list[Party] = []
    places = {m.start: m for m in mentions if m.kind in {"country", "place"} and m.country}
    # a city is where a firm is "from" as much as "in"; "drones from Iran" stays the origin
    preps = [c for c in cues if c.category in {"prep_in", "prep_from"}]
    if not places or not preps:
        return out
    starts = [t[0] for t in tokens]
    for cue in preps:
        place = next(
            (m for m in places.values() if 0 <= m.start - cue.end <= 2), None
        )  # the place right after the preposition
        if place is None or not place.country:
            continue
        if cue.category == "prep_from" and place.kind != "place":
            continue
        at = bisect_left(starts, cue.start)
        # only "basées à", "registered in" (a cue of several words) reach past a complement to
        # the noun ("sociétés de négoce basées à"); a bare "in" takes the word right before it
        reach = PLACED_WORDS if " " in cue.text.strip() else 1
        for start, _end, tok in reversed(tokens[max(0, at - reach) : at]):
            if CLAUSE_BREAK.search(text[start : cue.start]) or any(
                start < c.start < cue.start and c.category in VERBAL for c in cues
            ):
                break  # "заводы покупают в Китае": the factories buy there, they are not there
            role = party_role(tok, lang)
            if not role:
                continue
            if place.kind == "place":
                label, key = f"{role} in {place.label}", f"{place.country}:{place.key}"
            else:
                label, key = f"{adjective(place.country)} {role}", place.country
            written = text[start : place.end]
            out.append(Party(start, place.end, written, label, key, place.country, "group", False))
            break
    return out


def _maker_noun(
    tokens: list[tuple[int, int, str]], starts: list[int], item: Mention, lang: str
) -> tuple[str, int] | None:
    """A party noun right after a goods word: "arms factories", "drone makers"."""
    at = bisect_left(starts, item.end)
    if at >= len(tokens) or tokens[at][0] - item.end > 1:
        return None
    role = party_role(tokens[at][2], lang)
    return (role, tokens[at][1]) if role else None


def _within(tokens: list[tuple[int, int, str]], start: int) -> bool:
    return any(t[0] == start or t[0] <= start < t[1] for t in tokens)


def _role(
    nxt: list[tuple[int, int, str]], lang: str, following: Mention | None
) -> tuple[str, int] | None:
    for start, end, tok in nxt:
        if following is not None and start >= following.start:
            return None
        role = party_role(tok, lang)
        if role is not None:
            return role, end
    return None


def _proper_noun(
    nxt: list[tuple[int, int, str]], following: Mention | None
) -> tuple[int, int] | None:
    """Capitalised words right after a demonym: a name the gazetteer does not know yet."""
    run: list[tuple[int, int, str]] = []
    for tok in nxt:
        if following is not None and tok[0] >= following.start:
            break
        if not CAPITALISED.fullmatch(tok[2]):
            break
        run.append(tok)
    if not run:
        return None
    return run[0][0], run[-1][1]


def _slug(name: str) -> str:
    return re.sub(r"\W+", "-", name.casefold()).strip("-")
