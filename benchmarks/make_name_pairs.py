"""Write benchmarks/data/name_pairs.tsv from the entity table benchmarks/data/name_entities.yaml.

    .venv/bin/python benchmarks/make_name_pairs.py [--seed 3] [--out PATH]

Deterministic for a seed. Positives pair two surface forms of one entity; negatives pair forms of
entities a list keeps apart: near-miss siblings named in the table, entities of the same group
(city / industry), random entities of the same kind, and Chinese homophones (in characters only).
Every pair carries a split, dev or test, decided per entity by a stable hash of its id (see
entity_split): tune on dev, judge on test.

The transliterations here are written from the published tables, on purpose independently of
dualtrace.names (this file is the yardstick, not the tool):
  bgn   BGN/PCGN 1947 (marks for ъ/ь dropped, as OFAC and most users write it; ë kept)
  icao  ICAO Doc 9303, used in Russian passports since 2013 (й i, ю iu, я ia, ъ ie)
  gost  GOST 7.79-2000 system B (х x, й j, ц cz/c, щ shh), apostrophe marks dropped
  inf   the informal English-style spelling of firms and customs clerks (х h, -ий/-ый y, кс x)
  ofac  OFAC's own style (upper case, й i, ю yu, я ya, -ий i)
  de    German Duden (people only: в w, ж sch, х ch, ц z, ч tsch, й i)
"""

from __future__ import annotations

import argparse
import hashlib
import itertools
import random
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

HERE = Path(__file__).resolve().parent
ENTITIES = HERE / "data" / "name_entities.yaml"
OUT = HERE / "data" / "name_pairs.tsv"

VOWELS = set("аеёиоуыэюя")
BASE = dict(
    zip(
        "абвгдзклмнопрстуф",
        ["a", "b", "v", "g", "d", "z", "k", "l", "m", "n", "o", "p", "r", "s", "t", "u", "f"],
        strict=True,
    )
)
SYSTEMS: dict[str, dict[str, str]] = {
    "bgn": {
        "ж": "zh",
        "и": "i",
        "й": "y",
        "х": "kh",
        "ц": "ts",
        "ч": "ch",
        "ш": "sh",
        "щ": "shch",
        "ъ": "",
        "ы": "y",
        "ь": "",
        "э": "e",
        "ю": "yu",
        "я": "ya",
    },
    "icao": {
        "ж": "zh",
        "и": "i",
        "й": "i",
        "х": "kh",
        "ц": "ts",
        "ч": "ch",
        "ш": "sh",
        "щ": "shch",
        "ъ": "ie",
        "ы": "y",
        "ь": "",
        "э": "e",
        "ю": "iu",
        "я": "ia",
        "е": "e",
        "ё": "e",
    },
    "gost": {
        "ж": "zh",
        "и": "i",
        "й": "j",
        "х": "x",
        "ч": "ch",
        "ш": "sh",
        "щ": "shh",
        "ъ": "",
        "ы": "y",
        "ь": "",
        "э": "e",
        "ю": "yu",
        "я": "ya",
        "е": "e",
        "ё": "yo",
    },
    "inf": {
        "ж": "zh",
        "и": "i",
        "й": "y",
        "х": "h",
        "ц": "ts",
        "ч": "ch",
        "ш": "sh",
        "щ": "sch",
        "ъ": "",
        "ы": "y",
        "ь": "",
        "э": "e",
        "ю": "yu",
        "я": "ya",
        "е": "e",
        "ё": "yo",
    },
    "ofac": {
        "ж": "zh",
        "и": "i",
        "й": "i",
        "х": "kh",
        "ц": "ts",
        "ч": "ch",
        "ш": "sh",
        "щ": "shch",
        "ъ": "",
        "ы": "y",
        "ь": "",
        "э": "e",
        "ю": "yu",
        "я": "ya",
        "е": "e",
        "ё": "e",
    },
    "de": {
        "в": "w",
        "ж": "sch",
        "з": "s",
        "и": "i",
        "й": "i",
        "х": "ch",
        "ц": "z",
        "ч": "tsch",
        "ш": "sch",
        "щ": "schtsch",
        "ъ": "",
        "ы": "y",
        "ь": "",
        "э": "e",
        "ю": "ju",
        "я": "ja",
    },
}


def _word(word: str, system: str) -> str:
    table = SYSTEMS[system]
    low = word.lower()
    out: list[str] = []
    i = 0
    while i < len(low):
        ch = low[i]
        prev = low[i - 1] if i else ""
        nxt = low[i + 1] if i + 1 < len(low) else ""
        end = i + 2 == len(low)
        if ch not in BASE and ch not in table and ch not in "её" + "ц":
            out.append(ch)  # digits, hyphens, Latin letters inside Cyrillic names
        elif system in ("inf", "de") and ch == "к" and nxt == "с":
            out.append("x")  # Алексей -> Alexey / Alexei
            i += 2
            continue
        elif system in ("inf", "ofac", "de") and ch in "иы" and nxt == "й" and end:
            # -ский: inf "-sky", ofac "-ski", de "-ski"; -ный: "-ny"
            out.append("y" if system == "inf" else ("i" if ch == "и" else "y"))
            i += 2
            continue
        elif system == "ofac" and ch == "о" and nxt == "й" and end:
            out.append("oi")
            i += 2
            continue
        elif ch in "её" and system in ("bgn", "de"):
            soft = not prev or prev in VOWELS or prev in "йъь"
            if system == "bgn":
                out.append(("y" if soft else "") + ("e" if ch == "е" else "ë"))
            elif ch == "ё":
                out.append("o" if prev in "жшчщ" else "jo")
            else:
                out.append("je" if soft else "e")
        elif system == "gost" and ch == "ц":
            out.append("c" if nxt in ("и", "е", "ы", "й") else "cz")
        elif system == "de" and ch == "с" and prev in VOWELS and nxt in VOWELS:
            out.append("ss")
        else:
            out.append(table.get(ch, BASE.get(ch, ch)))
        i += 1
    text = "".join(out)
    if word.isupper() and len(word) > 1:
        return text.upper()
    if word[:1].isupper():
        return text[:1].upper() + text[1:]
    return text


def translit(text: str, system: str) -> str:
    text = text.replace("«", "").replace("»", "").replace("№", "No.")
    out = " ".join("-".join(_word(w, system) for w in p.split("-")) for p in text.split(" "))
    return out.upper() if system == "ofac" else out


def title(text: str) -> str:
    small = {"s", "i", "v", "po", "na", "and", "of", "the"}
    words = text.split(" ")
    return " ".join(
        w if w.isupper() or (k and w.lower() in small) else w[:1].upper() + w[1:]
        for k, w in enumerate(words)
    )


@dataclass(frozen=True)
class LegalForm:
    full: str  # Cyrillic, spelled out
    lat: str  # the Cyrillic abbreviation in Latin letters
    en: str  # the usual English abbreviation
    en_alt: str
    en_full: str


LEGAL = {
    "ООО": LegalForm(
        "Общество с ограниченной ответственностью",
        "OOO",
        "LLC",
        "Ltd.",
        "Limited Liability Company",
    ),
    "АО": LegalForm(
        "Акционерное общество", "AO", "JSC", "Joint-Stock Company", "Joint Stock Company"
    ),
    "ЗАО": LegalForm(
        "Закрытое акционерное общество", "ZAO", "CJSC", "Closed JSC", "Closed Joint Stock Company"
    ),
    "ОАО": LegalForm(
        "Открытое акционерное общество", "OAO", "OJSC", "Open JSC", "Open Joint Stock Company"
    ),
    "ПАО": LegalForm(
        "Публичное акционерное общество", "PAO", "PJSC", "Public JSC", "Public Joint Stock Company"
    ),
    "ТОО": LegalForm(
        "Товарищество с ограниченной ответственностью",
        "TOO",
        "LLP",
        "LLP",
        "Limited Liability Partnership",
    ),
    "Госкорпорация": LegalForm(
        "Государственная корпорация",
        "Goskorporatsiya",
        "State Corporation",
        "State Corp.",
        "State Corporation",
    ),
}


@dataclass(frozen=True)
class Form:
    text: str
    tag: str  # how it is written: script and system, for the note column
    info: tuple[str, ...] = ()  # people only: surname, given, patronymic (Cyrillic / hanzi)
    shown: tuple[str, ...] = ()  # people only: "full", "initial" or "" per part above


@dataclass
class Entity:
    id: str
    schema: str
    category: str
    group: str
    forms: list[Form]
    near: list[str]


def _quote(core: str, straight: bool = False) -> str:
    if straight:
        core = core.replace("«", '"').replace("»", '"')
        return f'"{core}"'
    return f"«{core}»"  # nested quotes stay as Russian writes them: «ИЭМЗ «Купол»»


def russian_company(e: dict[str, Any]) -> list[Form]:
    core: str = e["ru"]
    lf = LEGAL[e["form"]] if e.get("form") else None
    abbr: str | None = e.get("abbr")
    out: list[Form] = []
    add = lambda text, tag: out.append(Form(text, tag))  # noqa: E731
    bare = core.replace("«", "").replace("»", "")
    if lf is None:  # state bodies, institutes
        add(core, "cyr")
        for system in ("bgn", "icao", "gost", "inf", "ofac"):
            add(
                title(translit(core, system)) if system != "ofac" else translit(core, system),
                system,
            )
        for en in e.get("en", []):
            add(en, "en")
            add(en.upper(), "en-upper")
        for x in e.get("extra", []):
            add(x, "alias")
        return out
    form = e["form"]
    add(f"{form} {_quote(core)}", "cyr")
    add(f"{lf.full} {_quote(core)}", "cyr-full-form")
    add(f"{form} {_quote(core, straight=True)}", "cyr-straight-quotes")
    add(f"{bare}, {form}", "cyr-form-last")
    if abbr:
        add(f"{form} {_quote(abbr)}", "cyr-abbr")
        add(f"{lf.lat} {translit(abbr, 'bgn')}", "bgn-abbr")
    bgn, icao, gost, inf, ofac = (translit(core, s) for s in ("bgn", "icao", "gost", "inf", "ofac"))
    add(f'{lf.lat} "{bgn}"', "bgn")
    add(f"{title(translit(lf.full, 'bgn'))} {bgn}", "bgn-full-form")
    add(f"{icao} {lf.en}", "icao-en-form")
    add(f"{lf.lat} {gost}", "gost")
    add(f"{inf} {lf.en_alt}", "inf-en-form")
    add(f"{ofac}, {lf.lat.upper()}", "ofac")
    add(f"{translit(lf.full, 'ofac')} {ofac}", "ofac-full-form")
    for en in e.get("en", []):
        add(f"{lf.en} {en}", "en")
        add(f"{en} {lf.en_full}", "en-full-form")
        add(f"{en.upper()}, {lf.en.upper()}", "en-upper")
    for x in e.get("extra", []):
        add(x, "alias")
    return out


def _initial(s: str) -> str:
    return s[:1] + "."


def russian_person(e: dict[str, Any]) -> list[Form]:
    sur, giv, pat = e["ru"]
    info = (sur, giv, pat)
    out: list[Form] = []

    def add(text: str, tag: str, shown: tuple[str, str, str]) -> None:
        out.append(Form(text, tag, info, shown))

    full, short, ini = (
        ("full", "full", "full"),
        ("full", "full", ""),
        ("full", "initial", "initial"),
    )
    add(f"{sur} {giv} {pat}", "cyr-surname-first", full)
    add(f"{giv} {pat} {sur}", "cyr", full)
    add(f"{giv} {sur}", "cyr-no-patronymic", short)
    add(f"{sur} {_initial(giv)} {_initial(pat)}", "cyr-initials", ini)
    add(f"{_initial(giv)} {_initial(pat)} {sur}", "cyr-initials-first", ini)
    t = {s: [translit(x, s) for x in info] for s in SYSTEMS}
    add(f"{t['bgn'][1]} {t['bgn'][2]} {t['bgn'][0]}", "bgn", full)
    add(f"{t['ofac'][0]}, {t['ofac'][1].title()} {t['ofac'][2].title()}", "ofac", full)
    add(f"{t['icao'][0].upper()} {t['icao'][1].upper()}", "icao-passport", short)
    add(f"{t['gost'][0]} {t['gost'][1]} {t['gost'][2]}", "gost-surname-first", full)
    add(f"{t['inf'][1]} {t['inf'][0]}", "inf-no-patronymic", short)
    add(f"{t['de'][1]} {t['de'][0]}", "de-no-patronymic", short)
    add(f"{_initial(t['bgn'][1])} {_initial(t['bgn'][2])} {t['bgn'][0]}", "bgn-initials", ini)
    add(f"{t['icao'][0]} {_initial(t['icao'][1])}{_initial(t['icao'][2])}", "icao-initials", ini)
    for en in e.get("en", []):
        add(en, "en-usual", short)
    return out


def chinese_company(e: dict[str, Any]) -> list[Form]:
    out = [Form(e["zh"], "hans")]
    if e.get("hant") and e["hant"] != e["zh"]:
        out.append(Form(e["hant"], "hant"))
    py: str = e["py"]
    out.append(Form(py, "pinyin"))
    out.append(Form(py.upper(), "pinyin-upper"))
    for legal in (" Gufen Youxian Gongsi", " Youxian Gongsi"):
        if py.endswith(legal):
            stem = py[: -len(legal)]
            out.append(Form(f"{stem} Co., Ltd.", "pinyin-en-form"))
            out.append(Form(stem.replace("'", ""), "pinyin-no-form"))
            break
    for en in e.get("en", []):
        out.append(Form(en, "en"))
        out.append(Form(en.upper().replace(",", ""), "en-upper"))
        for long, short in ((" Co., Ltd.", " Company Limited"), (" Co., Limited", " Ltd")):
            if en.endswith(long):
                out.append(Form(en[: -len(long)] + short, "en-form-spelled"))
                out.append(Form(en[: -len(long)], "en-no-form"))
    for x in e.get("extra", []):
        out.append(Form(x, "alias"))
    return out


def chinese_person(e: dict[str, Any]) -> list[Form]:
    fam, giv = e["zh"]
    pf, pg = e["py"]
    rf, rg = e["ru"]
    info = (fam, giv, "")
    both = ("full", "full", "")
    out = [
        Form(fam + giv, "hans", info, both),
        Form(f"{pf} {pg}", "pinyin", info, both),
        Form(f"{pg} {pf}", "pinyin-given-first", info, both),
        Form(f"{pf.upper()}, {pg}", "ofac", info, both),
        Form(f"{pf.upper()} {pg.upper()}", "pinyin-upper", info, both),
        Form(f"{rf} {rg}", "cyr-palladius", info, both),
    ]
    if e.get("hant") and "".join(e["hant"]) != fam + giv:
        out.append(Form("".join(e["hant"]), "hant", info, both))
    if len(pg) > 3:  # split the given name into its syllables, as HK and passport data often do
        syl = _syllables(pg)
        if len(syl) == 2:
            out.append(Form(f"{pf} {syl[0]}-{syl[1].lower()}", "pinyin-hyphen", info, both))
            out.append(Form(f"{pf} {syl[0]} {syl[1]}", "pinyin-split", info, both))
    return out


INITIALS = (
    "zh",
    "ch",
    "sh",
    "b",
    "p",
    "m",
    "f",
    "d",
    "t",
    "n",
    "l",
    "g",
    "k",
    "h",
    "j",
    "q",
    "x",
    "r",
    "z",
    "c",
    "s",
    "y",
    "w",
)


def _syllables(given: str) -> list[str]:
    """Split a two-syllable pinyin given name where the second syllable starts (Shangfu)."""
    low = given.lower()
    for i in range(2, len(low) - 1):
        if low[i] in "aeiou":
            continue
        for ini in INITIALS:
            if low.startswith(ini, i) and i + len(ini) < len(low) and low[i - 1] in "aeioung":
                if low[i] == "n" and low[i - 1] in "aeiou" and low[i + 1 :][:1] not in "aeiou":
                    break  # the n closes the first syllable (Jinping)
                if low[i] == "g" and low[i - 1] == "n":
                    break  # -ng ends the first syllable
                return [given[:i], given[i:].capitalize()]
    return [given]


def load(path: Path) -> list[Entity]:
    raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    out: list[Entity] = []
    spec = (
        ("russian_companies", "Company", "russian_company", russian_company),
        ("russian_organizations", "Organization", "organization", russian_company),
        ("russian_people", "Person", "russian_person", russian_person),
        ("chinese_companies", "Company", "chinese_company", chinese_company),
        ("chinese_organizations", "Organization", "organization", chinese_company),
        ("chinese_people", "Person", "chinese_person", chinese_person),
    )
    for key, schema, cat, make in spec:
        for e in raw[key]:
            forms = list({f.text: f for f in make(e)}.values())
            out.append(
                Entity(
                    e["id"],
                    schema,
                    e.get("category", cat),
                    e["group"],
                    forms,
                    list(e.get("near", [])),
                )
            )
    for e in raw["other_companies"]:
        forms = [Form(n, "latin") for n in e["names"]]
        out.append(
            Entity(e["id"], "Company", "other_company", e["group"], forms, list(e.get("near", [])))
        )
    return out


def distinct(a: Form, b: Form) -> bool:
    """True when the two person forms show something that tells the people apart."""
    if not a.info or not b.info:
        return True
    for x, y, sa, sb in zip(a.info, b.info, a.shown, b.shown, strict=True):
        if not sa or not sb:
            continue
        if "initial" in (sa, sb):
            if x[:1] != y[:1]:
                return True
        elif x != y:
            return True
    return False


POSITIVES = {
    "russian_company": 8,
    "organization": 6,
    "russian_person": 8,
    "chinese_company": 7,
    "chinese_person": 6,
    "other_company": 4,
}


def entity_split(entity_id: str) -> str:
    """dev or test for one entity, from a stable hash of its id (about half each).

    The split is by entity, not by pair, so a matcher tuned on dev has never seen a test entity's
    names: every pair of one entity lands in one split, and a negative pair between two entities
    is test when either of them is.
    """
    digest = hashlib.sha256(entity_id.encode("utf-8")).digest()
    return "dev" if digest[0] % 2 == 0 else "test"


def pair_split(a: Entity, b: Entity) -> str:
    return "test" if "test" in (entity_split(a.id), entity_split(b.id)) else "dev"


def build(entities: list[Entity], homophones: list[list[str]], seed: int) -> list[tuple[str, ...]]:
    rng = random.Random(seed)
    by_id = {e.id: e for e in entities}
    rows: list[tuple[str, ...]] = []
    seen: set[frozenset[str]] = set()

    def emit(a: Form, b: Form, ea: Entity, eb: Entity, match: int, kind: str) -> bool:
        key = frozenset((a.text, b.text))
        if a.text == b.text or key in seen:
            return False
        if not match and not distinct(a, b):
            return False
        seen.add(key)
        left, right = (a, b) if rng.random() < 0.5 else (b, a)
        el, er = (ea, eb) if left is a else (eb, ea)
        note = f"{kind}: {el.id} [{left.tag}] / {er.id} [{right.tag}]"
        split = pair_split(ea, eb)
        rows.append((left.text, right.text, ea.schema, str(match), ea.category, note, split))
        return True

    for e in entities:
        combos = list(itertools.combinations(e.forms, 2))
        rng.shuffle(combos)
        # cross-script and cross-system pairs first: same-system pairs are the easy ones
        combos.sort(key=lambda p: p[0].tag.split("-")[0] == p[1].tag.split("-")[0])
        for a, b in combos[: POSITIVES[e.category]]:
            emit(a, b, e, e, 1, "variant")

    for e in entities:
        for other_id in e.near:
            other = by_id[other_id]
            combos = [(a, b) for a in e.forms for b in other.forms]
            rng.shuffle(combos)
            n = 0
            for a, b in combos:
                n += emit(a, b, e, other, 0, "near-miss")
                if n >= 7:
                    break

    for e in entities:
        same = [o for o in entities if o.group == e.group and o.id != e.id and o.schema == e.schema]
        for other in rng.sample(same, min(4, len(same))):
            for _ in range(3):
                if emit(rng.choice(e.forms), rng.choice(other.forms), e, other, 0, "same-group"):
                    break
        kind = [
            o
            for o in entities
            if o.category == e.category
            and o.id != e.id
            and o.schema == e.schema
            and o.group != e.group
        ]
        for other in rng.sample(kind, min(3, len(kind))):
            emit(rng.choice(e.forms), rng.choice(other.forms), e, other, 0, "random")

    for left, right, why in homophones:
        company = len(left) > 4
        ent = Entity(
            f"homophone ({why})",
            "Company" if company else "Person",
            "chinese_company" if company else "chinese_person",
            "",
            [],
            [],
        )
        emit(Form(left, "hans"), Form(right, "hans"), ent, ent, 0, "homophone")
    return rows


HEADER = """\
# Labelled name pairs for benchmarks/names.py (issue #3).
# Written by the dualtrace team: generated by benchmarks/make_name_pairs.py (seed {seed}) from the
# hand-written entity table benchmarks/data/name_entities.yaml, built without reference to the
# matcher. match=1: two surface forms of one party (scripts, transliteration systems, legal forms
# spelled out or abbreviated, word order, patronymic or not, official English names); match=0:
# parties a sanctions list keeps apart (near-miss siblings, namesakes, same city and industry,
# Chinese homophones in characters, random). note: kind: entity [form] / entity [form].
# split: dev (for tuning) or test (for judging), by a stable hash of the entity ids, per entity.
"""


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=3)
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args()
    entities = load(ENTITIES)
    raw = yaml.safe_load(ENTITIES.read_text(encoding="utf-8"))
    rows = build(entities, raw["chinese_homophones"], args.seed)
    with args.out.open("w", encoding="utf-8", newline="\n") as fh:
        fh.write(HEADER.format(seed=args.seed))
        fh.write("left\tright\tschema\tmatch\tcategory\tnote\tsplit\n")
        for row in rows:
            fh.write("\t".join(row) + "\n")
    pos = sum(r[3] == "1" for r in rows)
    print(f"{len(rows)} pairs, {pos} matches ({pos / len(rows):.0%}) -> {args.out}")
    for split in ("dev", "test"):
        sub = [r for r in rows if r[6] == split]
        spos = sum(r[3] == "1" for r in sub)
        print(f"  {split}: {len(sub)} pairs, {spos} matches")


if __name__ == "__main__":
    main()
