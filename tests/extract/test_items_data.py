"""Checks on the item and weapon-system lexicons (data/gazetteer/items.tsv, weapons.tsv).

The files are read with the csv module rather than through the Gazetteer, so a broken row is
reported here with its line, and the `*` rule is re-implemented in a few lines to prove that real
words in every language land in the category a reader would expect.
"""

from __future__ import annotations

import csv
import re
from collections import defaultdict
from functools import cache
from pathlib import Path
from typing import NamedTuple

import pytest

DATA = Path(__file__).resolve().parents[2] / "src" / "dualtrace" / "data"
ITEMS = DATA / "gazetteer" / "items.tsv"
WEAPONS = DATA / "gazetteer" / "weapons.tsv"
CATEGORIES = DATA / "item_categories.tsv"

HEADER = ["key", "kind", "label", "country", "lang", "name", "category"]
LANGS = ("nb", "nn", "da", "sv", "nl", "de", "en", "fr", "ru", "uk")
SLUG = re.compile(r"[a-z0-9]+(?:_[a-z0-9]+)*")
HS = re.compile(r"\d{2}(?:\d{2})?")
SHORT_CAPS = 4  # a name this short written in capitals matches only in capitals
# A leading `*` with a shorter literal would swallow unrelated words ("*arm" in "farm").
MIN_STARRED_LITERAL = 4


class Row(NamedTuple):
    line: int
    key: str
    kind: str
    label: str
    country: str
    lang: str
    name: str
    category: str

    @property
    def langs(self) -> tuple[str, ...]:
        return LANGS if self.lang == "*" else tuple(self.lang.split(","))

    @property
    def literal(self) -> str:
        return self.name.strip("*")


def _read(path: Path) -> tuple[list[str], list[tuple[int, list[str]]]]:
    """Header and (line number, fields) of a TSV whose `#` lines are comments."""
    with path.open(encoding="utf-8", newline="") as fh:
        lines = [
            (n, fields)
            for n, fields in enumerate(csv.reader(fh, delimiter="\t"), start=1)
            if not (fields and fields[0].startswith("#"))
        ]
    assert lines, f"{path.name} has no header"
    return lines[0][1], lines[1:]


@cache
def rows(path: Path) -> tuple[Row, ...]:
    header, body = _read(path)
    assert header == HEADER, f"{path.name}: header is {header}"
    for n, fields in body:
        assert len(fields) == len(HEADER), f"{path.name}:{n}: {len(fields)} columns"
    return tuple(Row(n, *fields) for n, fields in body)


@cache
def categories() -> dict[str, tuple[str, str, str]]:
    header, body = _read(CATEGORIES)
    assert header == ["slug", "label", "definition", "hs"]
    out: dict[str, tuple[str, str, str]] = {}
    for n, fields in body:
        assert len(fields) == 4, f"item_categories.tsv:{n}: {len(fields)} columns"
        slug, label, definition, hs = fields
        assert slug not in out, f"item_categories.tsv:{n}: {slug} twice"
        out[slug] = (label, definition, hs)
    return out


def all_rows() -> tuple[Row, ...]:
    return rows(ITEMS) + rows(WEAPONS)


# --- the `*` rule, folded the way the gazetteer folds -------------------------------------------


def fold(text: str) -> str:
    """Lower case, "ё" read as "е", every character that is not a letter or digit a space (so a
    hyphen is a word boundary and "machine-gun" is "machine gun"); the length never changes."""
    return "".join(c if c.isalnum() else " " for c in text.lower().replace("ё", "е"))


def spelling(name: str) -> tuple[bool, str, bool, bool]:
    """What a name matches: open start, folded literal, open end, and whether it is a short
    capitalised name ("GPS", "БПЛА") that only matches as written."""
    core = name.strip("*")
    exact = len(core) <= SHORT_CAPS and core.isupper()
    return name.startswith("*"), fold(core), name.endswith("*"), exact


@cache
def pattern(name: str) -> re.Pattern[str]:
    """`*` at an end lets the match run on to the end of the word; otherwise the end must be a
    word boundary."""
    lead, core, trail, _ = spelling(name)
    return re.compile(
        r"(?<!\S)"
        + (r"\S*" if lead else "")
        + re.escape(core)
        + (r"\S*" if trail else "")
        + r"(?!\S)"
    )


class Hit(NamedTuple):
    start: int
    end: int
    row: Row


def hits(text: str, lang: str) -> list[Hit]:
    folded = fold(text)
    found = []
    for r in all_rows():
        if lang not in r.langs:
            continue
        exact = spelling(r.name)[3]
        for m in pattern(r.name).finditer(folded):
            if exact and r.literal not in text[m.start() : m.end()]:
                continue
            found.append(Hit(m.start(), m.end(), r))
    return found


def winners(text: str, lang: str) -> list[Hit]:
    """The hits the gazetteer should keep: longest span, then the longer (more specific) name."""
    found = hits(text, lang)
    if not found:
        return []

    def rank(h: Hit) -> tuple[int, int]:
        return (h.end - h.start, len(h.row.literal))

    best = max(rank(h) for h in found)
    return [h for h in found if rank(h) == best]


# --- structure -----------------------------------------------------------------------------------


@pytest.mark.parametrize("path", [ITEMS, WEAPONS], ids=lambda p: p.name)
def test_header_and_columns(path: Path) -> None:
    assert rows(path), f"{path.name} has no rows"
    with path.open(encoding="utf-8") as fh:
        first = fh.readline()
    assert first.startswith("#"), f"{path.name} should open with a comment naming its source"


@pytest.mark.parametrize("path", [ITEMS, WEAPONS], ids=lambda p: p.name)
def test_no_duplicate_rows(path: Path) -> None:
    seen: dict[tuple[str, str, str, bool, str, bool, bool], int] = {}
    for r in rows(path):
        for lang in r.langs:
            k = (r.kind, r.key, lang, *spelling(r.name))
            assert k not in seen, f"{path.name}:{r.line} repeats line {seen[k]}: {k}"
            seen[k] = r.line


def test_lang_values() -> None:
    for r in all_rows():
        if r.lang == "*":
            continue
        parts = r.lang.split(",")
        assert all(p in LANGS for p in parts), f"line {r.line}: lang {r.lang!r}"
        assert len(set(parts)) == len(parts), f"line {r.line}: lang {r.lang!r} repeats"


def test_names_are_well_formed() -> None:
    for r in all_rows():
        where = f"{r.kind} line {r.line}: {r.name!r}"
        assert r.name and r.literal, where
        assert "*" not in r.literal, f"{where}: `*` only at the ends"
        assert r.literal == r.literal.strip() and "  " not in r.literal, where
        assert r.literal[0].isalnum() or r.literal[0] in "«", where
        if r.name.startswith("*"):
            assert len(r.literal) >= MIN_STARRED_LITERAL, f"{where}: leading `*` on a short stem"


def test_item_rows_use_listed_categories() -> None:
    cats = categories()
    for r in rows(ITEMS):
        assert r.kind == "item", f"line {r.line}"
        assert r.category in cats, f"line {r.line}: {r.category}"
        assert r.key == r.category, f"line {r.line}: key {r.key} != category {r.category}"
        assert r.label == cats[r.category][0], f"line {r.line}: label {r.label}"
        assert r.country == "", f"line {r.line}: items have no country"


def test_weapon_rows() -> None:
    cats = categories()
    per_key: dict[str, tuple[str, str, str]] = {}
    for r in rows(WEAPONS):
        assert r.kind == "weapon", f"line {r.line}"
        assert SLUG.fullmatch(r.key), f"line {r.line}: key {r.key!r}"
        assert re.fullmatch(r"[A-Z]{2}", r.country), f"line {r.line}: country {r.country!r}"
        assert r.category in cats, f"line {r.line}: {r.category}"
        assert r.label, f"line {r.line}"
        first = per_key.setdefault(r.key, (r.label, r.country, r.category))
        assert first == (r.label, r.country, r.category), f"line {r.line}: {r.key} disagrees"


def test_one_spelling_means_one_thing() -> None:
    """The same spelling in the same language under two keys would make a tie nobody can break."""
    owner: dict[tuple[str, tuple[bool, str, bool, bool]], tuple[str, int]] = {}
    for r in all_rows():
        for lang in r.langs:
            k = (lang, spelling(r.name))
            key, line = owner.setdefault(k, (r.key, r.line))
            assert key == r.key, f"{k} is {key} (line {line}) and {r.key} (line {r.line})"


def test_every_category_in_every_language() -> None:
    covered: dict[str, set[str]] = defaultdict(set)
    for r in rows(ITEMS):
        covered[r.category].update(r.langs)
    for slug in categories():
        missing = set(LANGS) - covered[slug]
        assert not missing, f"{slug} has no rows for {sorted(missing)}"


def test_category_file() -> None:
    cats = categories()
    assert len(cats) >= 25
    for slug, (label, definition, hs) in cats.items():
        assert SLUG.fullmatch(slug), slug
        assert label and definition, slug
        for code in filter(None, hs.split(",")):
            assert HS.fullmatch(code), f"{slug}: HS {code!r}"


# --- matching real words -------------------------------------------------------------------------

EXPECTED: list[tuple[str, str, str]] = [
    # Norwegian Bokmål
    ("nb", "angrepsdroner", "drones"),
    ("nb", "kamikazedroner", "drones"),
    ("nb", "engangsdroner", "drones"),
    ("nb", "dronene", "drones"),
    ("nb", "dronedeler", "drone_parts"),
    ("nb", "deler til droner", "drone_parts"),
    ("nb", "navigasjonsutstyr", "navigation"),
    ("nb", "deler til kampfly", "aircraft_parts"),
    ("nb", "reservedeler til kampfly", "aircraft_parts"),
    ("nb", "kampfly", "aircraft"),
    ("nb", "jagerflyene", "aircraft"),
    ("nb", "teknologi for blokkering av radiosignaler", "jamming"),
    ("nb", "blokkering av radiosignaler", "jamming"),
    ("nb", "motorer", "engines"),
    ("nb", "dronemotorer", "engines"),
    ("nb", "komponenter", "electronics_components"),
    ("nb", "dronekomponenter", "drone_parts"),
    ("nb", "kunnskap", "technology"),
    ("nb", "våpen", "weapons"),
    ("nb", "kjernevåpen", "weapons"),
    ("nb", "våpenleveranser", "weapons"),
    ("nb", "håndvåpen", "small_arms"),
    ("nb", "maskingevær", "small_arms"),
    ("nb", "jaktgevær", "rifles"),
    ("nb", "dødbringende hjelp", "weapons"),
    ("nb", "dødelige våpen", "weapons"),
    ("nb", "militært utstyr", "military_equipment"),
    ("nb", "forsvarsutstyr", "military_equipment"),
    ("nb", "dobbelt bruk", "dual_use_goods"),
    ("nb", "skuddsikre vester", "body_armour"),
    ("nb", "halvledere", "microelectronics"),
    ("nb", "mikroelektronikk", "microelectronics"),
    ("nb", "artillerigranater", "ammunition"),
    ("nb", "krysserakettene", "missiles"),
    ("nb", "satellittbilder", "satellite_imagery"),
    ("nb", "luftfartøy", "aircraft"),
    ("nb", "krigsskip", "ships"),
    ("nb", "stridsvogner", "vehicles"),
    ("nb", "krutt", "propellants"),
    # Nynorsk
    ("nn", "dronar", "drones"),
    ("nn", "våpna", "weapons"),
    ("nn", "dødeleg hjelp", "weapons"),
    ("nn", "motorar", "engines"),
    ("nn", "komponentar", "electronics_components"),
    # Danish
    ("da", "dronerne", "drones"),
    ("da", "skudsikre veste", "body_armour"),
    ("da", "våben", "weapons"),
    ("da", "militært udstyr", "military_equipment"),
    ("da", "kampfly", "aircraft"),
    ("da", "halvledere", "microelectronics"),
    ("da", "sprængstoffer", "explosives"),
    # Swedish
    ("sv", "drönare", "drones"),
    ("sv", "attackdrönarna", "drones"),
    ("sv", "vapen", "weapons"),
    ("sv", "skottsäkra västar", "body_armour"),
    ("sv", "stridsflygplan", "aircraft"),
    ("sv", "halvledare", "microelectronics"),
    ("sv", "militär utrustning", "military_equipment"),
    ("sv", "kryssningsrobotar", "missiles"),
    ("sv", "automatkarbiner", "rifles"),
    # Dutch
    ("nl", "drones", "drones"),
    ("nl", "kogelwerende vesten", "body_armour"),
    ("nl", "geweren", "rifles"),
    ("nl", "jachtgeweren", "rifles"),
    ("nl", "machinegeweren", "small_arms"),
    ("nl", "onderdelen voor drones", "drone_parts"),
    ("nl", "drone-onderdelen", "drone_parts"),
    ("nl", "onderdelen", "electronics_components"),
    ("nl", "wapens", "weapons"),
    ("nl", "wapenleveranties", "weapons"),
    ("nl", "militair materieel", "military_equipment"),
    ("nl", "tweeërlei gebruik", "dual_use_goods"),
    ("nl", "gevechtsvliegtuigen", "aircraft"),
    ("nl", "halfgeleiders", "microelectronics"),
    ("nl", "stoorzenders", "jamming"),
    # German
    ("de", "Kampfdrohnen", "drones"),
    ("de", "Drohnenteile", "drone_parts"),
    ("de", "Rüstungsgüter", "military_equipment"),
    ("de", "Waffen", "weapons"),
    ("de", "Handfeuerwaffen", "small_arms"),
    ("de", "Sturmgewehre", "rifles"),
    ("de", "schusssichere Westen", "body_armour"),
    ("de", "Halbleiter", "microelectronics"),
    ("de", "Triebwerke", "engines"),
    ("de", "Kampfflugzeuge", "aircraft"),
    ("de", "Flugzeugteile", "aircraft_parts"),
    ("de", "Wärmebildkameras", "optics"),
    ("de", "Schießpulver", "propellants"),
    ("de", "Kampfpanzer", "vehicles"),
    ("de", "Körperpanzer", "body_armour"),
    ("de", "Werkzeugmaschinen", "machine_tools"),
    ("de", "Störsender", "jamming"),
    # English
    ("en", "drones", "drones"),
    ("en", "drone parts", "drone_parts"),
    ("en", "rifles", "rifles"),
    ("en", "assault rifles", "rifles"),
    ("en", "small arms", "small_arms"),
    ("en", "body armour", "body_armour"),
    ("en", "bulletproof vests", "body_armour"),
    ("en", "lethal aid", "weapons"),
    ("en", "arms", "weapons"),
    ("en", "military equipment", "military_equipment"),
    ("en", "dual-use", "dual_use_goods"),
    ("en", "semiconductors", "microelectronics"),
    ("en", "fighter jet parts", "aircraft_parts"),
    ("en", "jammers", "jamming"),
    ("en", "machine tools", "machine_tools"),
    ("en", "satellite imagery", "satellite_imagery"),
    ("en", "night vision", "optics"),
    ("en", "nitrocellulose", "propellants"),
    ("en", "know-how", "technology"),
    ("en", "artillery shells", "ammunition"),
    ("en", "artillery", "artillery"),
    ("en", "GPS", "navigation"),
    # French
    ("fr", "drones", "drones"),
    ("fr", "gilets pare-balles", "body_armour"),
    ("fr", "armes", "weapons"),
    ("fr", "armes légères", "small_arms"),
    ("fr", "matériel militaire", "military_equipment"),
    ("fr", "double usage", "dual_use_goods"),
    ("fr", "pièces de drones", "drone_parts"),
    ("fr", "semi-conducteurs", "microelectronics"),
    ("fr", "fusils", "rifles"),
    ("fr", "brouilleurs", "jamming"),
    ("fr", "hélicoptères", "helicopters"),
    ("fr", "obus", "ammunition"),
    # Russian
    ("ru", "беспилотники", "drones"),
    ("ru", "дронов", "drones"),
    ("ru", "беспилотных летательных аппаратов", "drones"),
    ("ru", "бронежилеты", "body_armour"),
    ("ru", "оружие", "weapons"),
    ("ru", "военная техника", "military_equipment"),
    ("ru", "двойного назначения", "dual_use_goods"),
    ("ru", "комплектующие", "electronics_components"),
    ("ru", "комплектующие для беспилотников", "drone_parts"),
    ("ru", "микросхемы", "microelectronics"),
    ("ru", "винтовки", "rifles"),
    ("ru", "боеприпасы", "ammunition"),
    ("ru", "артиллерийских снарядов", "ammunition"),
    ("ru", "тепловизоры", "optics"),
    ("ru", "станки", "machine_tools"),
    ("ru", "радиоэлектронной борьбы", "jamming"),
    ("ru", "спутниковые снимки", "satellite_imagery"),
    ("ru", "бомбардировщики", "aircraft"),
    ("ru", "вертолётов", "helicopters"),
    ("ru", "пороха", "propellants"),
    # Ukrainian
    ("uk", "безпілотники", "drones"),
    ("uk", "дронів", "drones"),
    ("uk", "бронежилети", "body_armour"),
    ("uk", "зброю", "weapons"),
    ("uk", "військової техніки", "military_equipment"),
    ("uk", "подвійного призначення", "dual_use_goods"),
    ("uk", "комплектуючі", "electronics_components"),
    ("uk", "комплектуючі до дронів", "drone_parts"),
    ("uk", "мікросхеми", "microelectronics"),
    ("uk", "гвинтівки", "rifles"),
    ("uk", "боєприпаси", "ammunition"),
    ("uk", "літаків", "aircraft"),
    # weapon systems, matched by their own rows
    ("nb", "ZT-180", "drones"),
    ("nb", "Garpiya-3", "drones"),
    ("ru", "Гарпия", "drones"),
    ("en", "Shahed-136", "drones"),
    ("ru", "Герань-2", "drones"),
    ("ru", "Ланцеты", "drones"),
    ("uk", "Орлан-10", "drones"),
    ("en", "Mavic 3", "drones"),
    ("nl", "CQ-A", "rifles"),
    ("en", "CQ-A5", "rifles"),
    ("en", "Su-35S", "aircraft"),
    ("ru", "С-400", "missiles"),
    ("ru", "ГЛОНАСС", "navigation"),
    ("de", "BeiDou", "navigation"),
    ("en", "Kinzhal", "missiles"),
    ("ru", "Искандеры", "missiles"),
    ("en", "KUB-BLA", "drones"),
    ("en", "Krasukha-4", "jamming"),
]


@pytest.mark.parametrize(("lang", "text", "category"), EXPECTED)
def test_word_lands_in_expected_category(lang: str, text: str, category: str) -> None:
    best = winners(text, lang)
    assert best, f"{text!r} ({lang}) is not matched at all"
    spans = {(h.start, h.end) for h in best}
    assert spans == {(0, len(text))}, f"{text!r}: best match covers only {spans}"
    got = {h.row.category for h in best}
    assert got == {category}, f"{text!r} ({lang}): {got}, rows {[h.row.line for h in best]}"


WEAPON_KEYS = [
    ("nb", "Garpiya-3", "garpiya_3"),
    ("nb", "Garpiya", "garpiya"),
    ("en", "Lancet-3", "lancet_3"),
    ("en", "Mavic 3", "dji_mavic_3"),
    ("ru", "Шахеды", "shahed"),
    ("en", "Iskander-M", "iskander"),
]


@pytest.mark.parametrize(("lang", "text", "key"), WEAPON_KEYS)
def test_model_beats_family(lang: str, text: str, key: str) -> None:
    assert {h.row.key for h in winners(text, lang)} == {key}


# Words that look like a stem in the lexicon but are not goods.
NOT_ITEMS = [
    ("en", "army"),
    ("en", "farm"),
    ("en", "think"),
    ("nb", "vest"),  # the compass point, not a garment
    ("nb", "fly"),  # also the verb "to fly"
    ("nb", "droneprodusent"),  # a maker, not the goods
    ("nb", "våpenprodusenten"),
    ("nb", "Tor"),
    ("nb", "materiell støtte"),
    ("nl", "jammer"),  # "a pity"
    ("nl", "wapenbedrijven"),
    ("de", "Wilhelm"),
    ("de", "Vorteile"),
    ("de", "Jammer"),
    ("de", "wissen"),
    ("sv", "kub"),  # a cube
    ("fr", "matrice"),
    ("ru", "житель"),
    ("ru", "рацион"),
    ("ru", "Пушкин"),
    ("ru", "каскад"),
    ("ru", "автоматический"),
    ("ru", "бла-бла"),  # not the abbreviation БЛА
]


@pytest.mark.parametrize(("lang", "text"), NOT_ITEMS)
def test_ordinary_words_are_not_items(lang: str, text: str) -> None:
    found = hits(text, lang)
    assert not found, f"{text!r} ({lang}) matched {[(h.row.line, h.row.name) for h in found]}"
