"""Screening speed: the whole OFAC SDN list against 100,000 distinct party names.

    .venv/bin/python benchmarks/screen_names.py [OFAC_FOLDER] [--names 100000] [--seed 7]
        [--min-score 0.85]

Reads the OFAC legacy CSV files (default ../shared/data/ofac), builds dualtrace.names.NameIndex
over every entry's names, and screens a deterministic set of distinct party names: Chinese firms
in characters and in English/pinyin, Russian firms and people in Cyrillic and in several
transliterations, Chinese people, third-country traders, and about 2% real list names written
the way a customs clerk might (order, case, legal form, punctuation changed). Hits are reported
from --min-score (default the match threshold; the index skips candidates whose score bound is
below it). Prints the index build time, screening time, names per second, candidates and full
comparisons per name, matches found (and how many planted list names came back with their own
entry at that score), peak RSS, and as a baseline in the same run a bare pass that
normalises every name once (NFKC, casefold, split into words).
"""

from __future__ import annotations

import argparse
import csv
import os
import random
import re
import resource
import sys
import time
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_name_pairs import LEGAL, translit

ROOT = Path(__file__).resolve().parents[1]
OFAC = ROOT.parent / "shared" / "data" / "ofac"

# --- list reading -------------------------------------------------------------------------------


@dataclass
class MiniEntry:
    """FALLBACK ONLY: enough of a ListEntry to index, when the real reader is not there yet."""

    entry_id: str
    schema: str
    name: str
    aliases: list[Any] = field(default_factory=list)
    countries: list[str] = field(default_factory=list)
    identifiers: list[Any] = field(default_factory=list)


@dataclass
class MiniAlias:
    name: str


def read_list(folder: Path) -> tuple[list[Any], str]:
    try:
        from dualtrace.sources.lists.ofac_csv import read
    except ImportError:
        return _fallback_read(folder), "FALLBACK minimal reader in benchmarks/screen_names.py"
    result = read(folder)
    return list(
        result.entries
    ), f"dualtrace.sources.lists.ofac_csv ({len(result.problems)} problems)"


def _fallback_read(folder: Path) -> list[MiniEntry]:
    # FALLBACK: a bare reader of sdn.csv + alt.csv, used only until ofac_csv.read is importable.
    kinds = {"individual": "Person", "vessel": "Vessel", "aircraft": "Airplane"}
    entries: dict[str, MiniEntry] = {}
    with (folder / "sdn.csv").open(encoding="utf-8", errors="replace", newline="") as fh:
        for row in csv.reader(fh):
            if len(row) < 4:
                continue
            kind = row[2].strip().lower()
            entries[row[0]] = MiniEntry(row[0], kinds.get(kind, "LegalEntity"), row[1].strip())
    alt = folder / "alt.csv"
    if alt.exists():
        with alt.open(encoding="utf-8", errors="replace", newline="") as fh:
            for row in csv.reader(fh):
                if len(row) >= 4 and row[0] in entries:
                    entries[row[0]].aliases.append(MiniAlias(row[3].strip()))
    return list(entries.values())


# --- party names --------------------------------------------------------------------------------

CN_CITIES = [
    ("深圳", "Shenzhen"),
    ("广州", "Guangzhou"),
    ("东莞", "Dongguan"),
    ("厦门", "Xiamen"),
    ("西安", "Xi'an"),
    ("成都", "Chengdu"),
    ("武汉", "Wuhan"),
    ("杭州", "Hangzhou"),
    ("宁波", "Ningbo"),
    ("苏州", "Suzhou"),
    ("北京", "Beijing"),
    ("上海", "Shanghai"),
    ("天津", "Tianjin"),
    ("青岛", "Qingdao"),
    ("长沙", "Changsha"),
    ("哈尔滨", "Harbin"),
    ("义乌", "Yiwu"),
    ("香港", "Hong Kong"),
]
CN_BRAND = [
    ("宏", "Hong"),
    ("达", "Da"),
    ("华", "Hua"),
    ("信", "Xin"),
    ("兴", "Xing"),
    ("远", "Yuan"),
    ("博", "Bo"),
    ("高", "Gao"),
    ("天", "Tian"),
    ("翼", "Yi"),
    ("鑫", "Xin"),
    ("泰", "Tai"),
    ("安", "An"),
    ("盛", "Sheng"),
    ("瑞", "Rui"),
    ("丰", "Feng"),
    ("海", "Hai"),
    ("星", "Xing"),
    ("光", "Guang"),
    ("明", "Ming"),
    ("中", "Zhong"),
    ("创", "Chuang"),
    ("联", "Lian"),
    ("恒", "Heng"),
    ("金", "Jin"),
    ("科", "Ke"),
    ("威", "Wei"),
    ("亿", "Yi"),
    ("汇", "Hui"),
    ("源", "Yuan"),
]
CN_TRADE = [
    ("科技", "Technology"),
    ("电子", "Electronics"),
    ("光电", "Optoelectronics"),
    ("贸易", "Trading"),
    ("机械", "Machinery"),
    ("航空科技", "Aviation Technology"),
    ("新材料", "New Materials"),
    ("精密机械", "Precision Machinery"),
    ("微电子", "Microelectronics"),
    ("进出口", "Import and Export"),
    ("智能科技", "Intelligent Technology"),
    ("无人机", "UAV"),
    ("通信", "Communication"),
]
CN_SURNAMES = [
    ("王", "Wang"),
    ("李", "Li"),
    ("张", "Zhang"),
    ("刘", "Liu"),
    ("陈", "Chen"),
    ("杨", "Yang"),
    ("黄", "Huang"),
    ("赵", "Zhao"),
    ("吴", "Wu"),
    ("周", "Zhou"),
    ("徐", "Xu"),
    ("孙", "Sun"),
    ("马", "Ma"),
    ("朱", "Zhu"),
    ("胡", "Hu"),
    ("郭", "Guo"),
    ("何", "He"),
    ("林", "Lin"),
    ("高", "Gao"),
    ("罗", "Luo"),
]
CN_GIVEN = [
    ("伟", "wei"),
    ("芳", "fang"),
    ("娜", "na"),
    ("敏", "min"),
    ("静", "jing"),
    ("丽", "li"),
    ("强", "qiang"),
    ("磊", "lei"),
    ("军", "jun"),
    ("洋", "yang"),
    ("勇", "yong"),
    ("艳", "yan"),
    ("杰", "jie"),
    ("涛", "tao"),
    ("明", "ming"),
    ("超", "chao"),
    ("秀", "xiu"),
    ("霞", "xia"),
    ("平", "ping"),
    ("刚", "gang"),
    ("建", "jian"),
    ("文", "wen"),
    ("海", "hai"),
    ("志", "zhi"),
    ("国", "guo"),
]
RU_ROOTS = [
    "Техно",
    "Альфа",
    "Вектор",
    "Строй",
    "Энерго",
    "Сиб",
    "Урал",
    "Транс",
    "Пром",
    "Нефте",
    "Агро",
    "Мега",
    "Гранит",
    "Север",
    "Волга",
    "Балт",
    "Дальпром",
    "Спец",
    "Электро",
    "Радио",
    "Микро",
    "Авиа",
    "Мото",
    "Инжи",
    "Оптима",
    "Регион",
    "Стандарт",
]
RU_TAILS = [
    "снаб",
    "сервис",
    "торг",
    "комплект",
    "маш",
    "лайн",
    "трейд",
    "логистик",
    "систем",
    "инвест",
    "проект",
    "монтаж",
    "импорт",
    "групп",
    "тех",
    "деталь",
    "ресурс",
    "альянс",
]
RU_SURNAMES = [
    "Иванов",
    "Смирнов",
    "Кузнецов",
    "Попов",
    "Васильев",
    "Петров",
    "Соколов",
    "Михайлов",
    "Новиков",
    "Фёдоров",
    "Морозов",
    "Волков",
    "Алексеев",
    "Лебедев",
    "Семёнов",
    "Егоров",
    "Павлов",
    "Козлов",
    "Степанов",
    "Николаев",
    "Орлов",
    "Андреев",
    "Макаров",
    "Никитин",
    "Захаров",
    "Зайцев",
    "Соловьёв",
    "Борисов",
    "Яковлев",
    "Григорьев",
    "Романов",
    "Воробьёв",
    "Сергеев",
    "Кузьмин",
    "Фролов",
]
RU_MALE = [
    "Александр",
    "Сергей",
    "Дмитрий",
    "Андрей",
    "Алексей",
    "Максим",
    "Евгений",
    "Иван",
    "Михаил",
    "Артём",
    "Никита",
    "Владимир",
    "Юрий",
    "Олег",
    "Павел",
    "Роман",
    "Игорь",
]
RU_FEMALE = [
    "Елена",
    "Ольга",
    "Наталья",
    "Татьяна",
    "Ирина",
    "Светлана",
    "Мария",
    "Анна",
    "Юлия",
    "Екатерина",
    "Людмила",
    "Галина",
]
RU_FATHERS = [
    "Александро",
    "Сергее",
    "Андрее",
    "Алексее",
    "Евгенье",
    "Ивано",
    "Михайло",
    "Владимиро",
    "Юрье",
    "Олего",
    "Павло",
    "Романо",
    "Игоре",
    "Викторо",
    "Петро",
]
WEST = [
    "Global",
    "United",
    "Prime",
    "Star",
    "Eastern",
    "Silk",
    "Caspian",
    "Pacific",
    "Orient",
    "Atlas",
    "Nova",
    "Delta",
    "Apex",
    "Vertex",
    "Crown",
    "Golden",
    "Blue",
    "Grand",
]
WEST_TRADE = [
    "Trading",
    "General Trading",
    "Logistics",
    "Electronics",
    "Technologies",
    "Industrial Supply",
    "Import Export",
    "Components",
    "Machinery",
    "Solutions",
]
WEST_FORMS = [
    "LLC",
    "FZE",
    "FZCO",
    "Ltd",
    "Limited",
    "Ltd. Şti.",
    "A.Ş.",
    "GmbH",
    "Sp. z o.o.",
    "DOO",
    "LLP",
    "OÜ",
    "SIA",
    "UAB",
]


def _company_cn(rng: random.Random) -> str:
    city, brand = rng.choice(CN_CITIES), rng.sample(CN_BRAND, 2)
    trade = rng.choice(CN_TRADE)
    if rng.random() < 0.5:
        return f"{city[0]}{brand[0][0]}{brand[1][0]}{trade[0]}有限公司"
    name = f"{city[1]} {brand[0][1]}{brand[1][1].lower()} {trade[1]}"
    return name + rng.choice([" Co., Ltd.", " Co., Limited", " Company Limited", " CO LTD"])


def _company_ru(rng: random.Random) -> str:
    root = rng.choice(RU_ROOTS) + rng.choice(RU_TAILS)
    if rng.random() < 0.3:
        root += f"-{rng.choice(['М', 'Плюс', 'Юг', 'Урал', 'Сибирь', str(rng.randint(1, 99))])}"
    form = rng.choice(["ООО", "ООО", "ООО", "АО", "ЗАО", "ПАО"])
    style = rng.random()
    if style < 0.45:
        return f"{form} «{root}»"
    system = rng.choice(["bgn", "icao", "gost", "inf", "ofac"])
    lat = translit(root, system)
    if style < 0.75:
        return f"{lat}, {LEGAL[form].lat}".upper()
    return f"{lat} {LEGAL[form].en}"


def _person_ru(rng: random.Random) -> str:
    sur = rng.choice(RU_SURNAMES)
    if rng.random() < 0.7:
        giv, pat = rng.choice(RU_MALE), rng.choice(RU_FATHERS) + "вич"
    else:
        giv, pat, sur = rng.choice(RU_FEMALE), rng.choice(RU_FATHERS) + "вна", sur + "а"
    if rng.random() < 0.5:
        return f"{sur} {giv} {pat}"
    s = rng.choice(["bgn", "icao", "ofac", "inf"])
    return f"{translit(sur, s).upper()}, {translit(giv, s).title()} {translit(pat, s).title()}"


def _person_cn(rng: random.Random) -> str:
    sur = rng.choice(CN_SURNAMES)
    given = rng.sample(CN_GIVEN, rng.choice([1, 2, 2]))
    if rng.random() < 0.4:
        return sur[0] + "".join(g[0] for g in given)
    py = "".join(g[1] for g in given).capitalize()
    return rng.choice([f"{sur[1]} {py}", f"{py} {sur[1]}", f"{sur[1].upper()}, {py}"])


def _company_west(rng: random.Random) -> str:
    words = rng.sample(WEST, 2) if rng.random() < 0.5 else [rng.choice(WEST)]
    return f"{' '.join(words)} {rng.choice(WEST_TRADE)} {rng.choice(WEST_FORMS)}"


FORMS_EN = [
    (r"\bLIMITED\b", "LTD"),
    (r"\bLTD\.?", "LIMITED"),
    (r"\bCOMPANY\b", "CO."),
    (r"\bCORPORATION\b", "CORP."),
    (r"\bOOO\b", "LLC"),
    (r"\bAO\b", "JSC"),
]


def _variant(name: str, schema: str, rng: random.Random) -> str:
    """A list name as a clerk might type it: still the same party."""
    out = name
    if schema == "Person" and ", " in out:
        last, first = out.split(", ", 1)
        out = f"{first} {last}" if rng.random() < 0.6 else f"{last} {first}"
    elif ", " in out and rng.random() < 0.5:
        head, tail = out.rsplit(", ", 1)
        if len(tail) <= 5:
            out = f"{tail} {head}"  # "TSK VEKTOR, OOO" -> "OOO TSK VEKTOR"
    for pattern, repl in FORMS_EN:
        if rng.random() < 0.5 and re.search(pattern, out):
            out = re.sub(pattern, repl, out, count=1)
            break
    if rng.random() < 0.5:
        out = out.title()
    if rng.random() < 0.3:
        out = re.sub(r"[.,]", "", out)
    return out


def party_names(entries: list[Any], n: int, seed: int) -> tuple[list[str], dict[str, str]]:
    """n distinct names, and for the planted list names the entry each was made from."""
    rng = random.Random(seed)
    makers = [
        (_company_cn, 0.3),
        (_company_ru, 0.25),
        (_person_ru, 0.2),
        (_person_cn, 0.1),
        (_company_west, 0.15),
    ]
    people = [
        e for e in entries if e.schema in ("Person", "Company", "Organization", "LegalEntity")
    ]
    planted: dict[str, str] = {}
    seen: set[str] = set()
    names: list[str] = []
    for e in rng.sample(people, min(len(people), n // 50)):
        pool = [e.name] + [a.name for a in e.aliases]
        name = _variant(rng.choice(pool), e.schema, rng)
        if name not in seen:
            seen.add(name)
            names.append(name)
            planted[name] = e.entry_id
    funcs, weights = zip(*makers, strict=True)
    while len(names) < n:
        name = rng.choices(funcs, weights)[0](rng)
        if name not in seen:
            seen.add(name)
            names.append(name)
    rng.shuffle(names)
    return names, planted


# --- the run ------------------------------------------------------------------------------------


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux: KiB


def bare_pass(names: Iterable[str]) -> int:
    words = re.compile(r"\w+")
    total = 0
    for name in names:
        total += len(words.findall(unicodedata.normalize("NFKC", name).casefold()))
    return total


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("folder", nargs="?", type=Path, default=OFAC)
    ap.add_argument("--names", type=int, default=100_000)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument(
        "--min-score",
        type=float,
        default=None,
        help="report name hits from this score (default: the match threshold; 0.3 is what"
        " `dualtrace match` shows)",
    )
    args = ap.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
    if not (args.folder / "sdn.csv").exists():
        raise SystemExit(f"{args.folder}: no sdn.csv (give the OFAC folder as the argument)")

    t0 = time.perf_counter()
    entries, reader = read_list(args.folder)
    read_s = time.perf_counter() - t0
    n_names = sum(1 + len(e.aliases) for e in entries)
    print(f"read {len(entries):,} entries ({n_names:,} names) in {read_s:.2f} s with {reader}")

    t0 = time.perf_counter()
    parties, planted = party_names(entries, args.names, args.seed)
    print(
        f"generated {len(parties):,} distinct party names ({len(planted):,} planted list names)"
        f" in {time.perf_counter() - t0:.2f} s"
    )

    t0 = time.perf_counter()
    bare_pass(parties)
    bare_s = time.perf_counter() - t0
    print(
        f"baseline: normalise every name once {bare_s:.2f} s ({len(parties) / bare_s:,.0f} names/s)"
    )

    try:
        from dualtrace.names import MATCH_THRESHOLD, NameIndex
    except ImportError as exc:
        print(f"dualtrace.names.NameIndex is not importable yet ({exc}); baseline only.")
        print(f"peak RSS {peak_rss_mb():,.0f} MB")
        return

    t0 = time.perf_counter()
    index = NameIndex()
    for e in entries:
        index.add(
            e.entry_id,
            [e.name] + [a.name for a in e.aliases],
            e.schema,
            countries=tuple(e.countries),
            identifiers=tuple((i.type, i.value) for i in e.identifiers),
        )
    build_s = time.perf_counter() - t0
    print(f"index build {build_s:.2f} s; peak RSS so far {peak_rss_mb():,.0f} MB")

    min_score = MATCH_THRESHOLD if args.min_score is None else args.min_score
    print(f"screening with min_score {min_score} (hits scoring below it are not reported)")
    # in chunks, so a slow run shows its pace instead of looking hung
    t0 = time.perf_counter()
    hits: dict[str, list[Any]] = {}
    step = max(1, len(parties) // 10)
    candidates = comparisons = 0
    for start in range(0, len(parties), step):
        hits.update(index.screen(parties[start : start + step], min_score=min_score))
        candidates += index.stats.candidates
        comparisons += index.stats.comparisons
        done = min(start + step, len(parties))
        print(f"  screened {done:,} in {time.perf_counter() - t0:.1f} s", flush=True)
    screen_s = time.perf_counter() - t0
    matched = {name: found for name, found in hits.items() if found}
    back = (
        sum(any(h.key == planted[name] for h in matched.get(name, [])) for name in planted)
        if all(hasattr(h, "key") for found in matched.values() for h in found)
        else None
    )
    print(
        f"screening {screen_s:.2f} s: {len(parties) / screen_s:,.0f} names/s"
        f" ({screen_s / bare_s:.1f}x the bare normalising pass)"
    )
    print(
        f"per name: {candidates / len(parties):.1f} candidates from blocking,"
        f" {comparisons / len(parties):.2f} full comparisons (index holds {index.name_count:,}"
        " names)"
    )
    matches = sum(h.comparison.is_match for found in matched.values() for h in found)
    print(
        f"names with a hit {len(matched):,} of {len(parties):,};"
        f" hits {sum(len(v) for v in matched.values()):,} ({matches:,} matches)"
    )
    if back is not None:
        print(f"planted list names found with their own entry: {back:,} of {len(planted):,}")
    print(f"peak RSS {peak_rss_mb():,.0f} MB")


if __name__ == "__main__":
    main()
