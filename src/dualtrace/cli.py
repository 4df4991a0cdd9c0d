"""The command line: parses arguments, calls stages, prints. No logic of its own."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated, Any, get_args

import duckdb
import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn
from rich.table import Table

from dualtrace.build import build as run_build
from dualtrace.ingest import ingest as run_ingest
from dualtrace.model import Certainty, ClaimKind
from dualtrace.resolve.link import listings_by_party
from dualtrace.resolve.listings import ListIndex, Listing, has_lists
from dualtrace.resolve.queries import Query, read_queries
from dualtrace.sources.errors import SourceError
from dualtrace.store import Store, default_store_path
from dualtrace.store.db import StoreError
from dualtrace.store.records import query_claims

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    help="Trace military and dual-use supply chains from news, customs records and lists.",
)
out = Console()
err = Console(stderr=True, soft_wrap=True)

DEMO_STORE = Path("demo.duckdb")
LIST_WARNINGS = 20  # skipped list rows shown one per line; the rest are counted
SUPPLY_KINDS = ["supply", "expertise", "production", "denial"]
JSON_FIELDS = [
    "doc",
    "kind",
    "supplier",
    "recipient",
    "intermediary",
    "item",
    "item_category",
    "quantity",
    "unit",
    "when",
    "when_precision",
    "stage",
    "source",
    "source_chain",
    "certainty",
    "hedged",
    "quote",
    "span",
    "rule",
    "cues",
    "lang",
    "supplier_key",
    "recipient_key",
    "intermediary_key",
    "denies",
    "repeats",
    "doc_id",
    "published",
    "supplier_listings",
    "recipient_listings",
    "intermediary_listings",
]


class State:
    store_path: Path = default_store_path()


def _open() -> Store:
    return Store(State.store_path)


def _progress() -> Progress:
    return Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        console=err,
        transient=True,
        disable=not err.is_terminal,
    )


@app.callback()
def main_options(
    store: Annotated[
        Path | None,
        typer.Option("--store", help="DuckDB store file [env DUALTRACE_STORE; ./dualtrace.duckdb]"),
    ] = None,
) -> None:
    State.store_path = store or default_store_path()


@app.command()
def ingest(
    paths: Annotated[
        list[Path],
        typer.Argument(
            help="Files or folders: news (text, HTML, RSS/Atom) and lists (OFAC CSV/XML, EU XML, "
            "UK CSV/XML, US CSL CSV/JSON, FtM JSON lines)"
        ),
    ],
) -> None:
    """Read news files, pages, feeds, sanctions lists and folders of them into the store."""
    with _open() as store, _progress() as bar:
        from dualtrace.sources import list_files

        try:
            total = len(list_files(paths))
        except Exception:
            total = 0
        task = bar.add_task("ingest", total=total or None)
        report = run_ingest(store, paths, on_file=lambda _p: bar.advance(task))
    for line in report.errors:
        err.print(f"error: {line}", markup=False, highlight=False)
    for line in report.list_problems[:LIST_WARNINGS]:
        err.print(f"warning: {line}", markup=False, highlight=False)
    if len(report.list_problems) > LIST_WARNINGS:
        err.print(f"warning: ... and {len(report.list_problems) - LIST_WARNINGS:,} more")
    for load in report.lists:
        err.print(
            f"{load.label}: {load.entries:,} entries ({load.new:,} new, {load.updated:,} updated), "
            f"{load.skipped:,} rows skipped",
            markup=False,
            highlight=False,
        )
    err.print(
        f"ingested {report.documents} documents from {report.files} files "
        f"({report.new} new, {report.documents - report.new} already in the store); "
        f"{len(report.errors)} failed"
    )
    if report.errors:
        raise typer.Exit(1)


@app.command()
def build() -> None:
    """Extract mentions and claims from every document not yet built."""
    with _open() as store, _progress() as bar:
        task = bar.add_task("build", total=None)
        report = run_build(
            store, on_doc=lambda n, total: bar.update(task, completed=n, total=total)
        )
    err.print(
        f"built {report.processed} documents ({report.up_to_date} already up to date): "
        f"{report.claims} claims, {report.mentions} mentions"
    )
    links = report.links
    if links is not None and links.skipped:
        err.print("list links up to date")
    elif links is not None:
        err.print(
            f"linked {links.linked} of {links.parties} named parties to list entries "
            f"({links.entities} entities)"
        )


def _row_json(row: dict[str, Any]) -> dict[str, Any]:
    row = dict(row)
    row["span"] = [row.pop("span_start"), row.pop("span_end")]
    row["cues"] = json.loads(row["cues"]) if row.get("cues") else []
    row["repeats"] = json.loads(row["repeats"]) if row.get("repeats") else []
    return {k: row.get(k) for k in JSON_FIELDS}


@app.command()
def claims(
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object per line")] = False,
    entity: Annotated[str | None, typer.Option(help="Only claims naming this party")] = None,
    kind: Annotated[
        list[str] | None, typer.Option(help="supply, expertise, denial, warning, ... or all")
    ] = None,
    certainty: Annotated[
        list[str] | None, typer.Option(help="reported, unconfirmed, denied...")
    ] = None,
) -> None:
    """List extracted claims with their evidence (supply-type claims unless --kind says more)."""
    _check_choice("--kind", kind, [*get_args(ClaimKind), "all"])
    _check_choice("--certainty", certainty, list(get_args(Certainty)))
    kinds = None if kind and "all" in kind else (kind or SUPPLY_KINDS)
    with Store(State.store_path, read_only=True) as store:
        label, key = _entity(entity)
        rows = query_claims(store.con, kinds, certainty, label, key)
        listed = listings_by_party(store.con)
    for row in rows:
        for role in ("supplier", "recipient", "intermediary"):
            row[f"{role}_listings"] = listed.get(row[f"{role}_key"] or "", [])
    if not kind:
        # A denial that names no parties is evidence on the claim it answers (`denies`), shown
        # with --kind denial; the default list is of assertions about who supplied whom.
        rows = [r for r in rows if r["supplier"] or r["recipient"]]
    if as_json:
        for row in rows:
            sys.stdout.write(json.dumps(_row_json(row), ensure_ascii=False, default=str) + "\n")
        return
    _print_table(rows)


def _entity(name: str | None) -> tuple[str | None, str | None]:
    """A party as the user writes it ("Kina", "Китай", "Pékin") as the label and key claims
    carry ("China", "CN"); an unknown name is searched as written."""
    if not name:
        return name, None
    from dualtrace.extract.gazetteer import label_of

    known = label_of(name)
    return known if known is not None else (name, None)


def _check_choice(option: str, given: list[str] | None, allowed: list[str]) -> None:
    for value in given or ():
        if value not in allowed:
            raise typer.BadParameter(
                f"{value!r} is not one of {', '.join(allowed)}", param_hint=option
            )


def _print_table(rows: list[dict[str, Any]]) -> None:
    if not out.is_terminal:
        out.width = max(out.width, 160)  # a log or pipe reads better wide than folded
    table = Table(show_lines=True, title=f"{len(rows)} claims")
    for col in ("supplier → recipient", "item", "certainty", "source", "evidence"):
        table.add_column(col, overflow="fold")
    for r in rows:
        parties = f"{r['supplier']} → {r['recipient']}"
        if r["intermediary"]:
            parties += f"\nvia {r['intermediary']}"
        for role in ("supplier", "recipient", "intermediary"):
            for entry in r.get(f"{role}_listings", [])[:2]:
                parties += (
                    f"\n⚑ {r[role]}: {entry['list']} {entry['entry_id']} "
                    f"“{entry['name']}” ({entry['score']:.2f})"
                )
        cert = r["certainty"] + (" (hedged)" if r["hedged"] else "")
        if r["stage"] != "done":
            cert += f"\n{r['stage']}"
        item = r["item"] or ""
        if r["quantity"] is not None:
            item = f"{r['quantity']:g} × {item}"
        if r["when"]:
            item += f"\nwhen: {r['when']}"
        evidence = f"{Path(r['doc']).name} [{r['span_start']}:{r['span_end']}]\n“{r['quote']}”"
        table.add_row(parties, item, cert, r["source"] or "", evidence)
    out.print(table)


@app.command()
def match(
    name: Annotated[str | None, typer.Argument(help="A party name, in any script")] = None,
    file: Annotated[
        Path | None, typer.Option("--file", help="CSV with a name column, or one name per line")
    ] = None,
    schema: Annotated[str | None, typer.Option(help="Person, Company, Organization, ...")] = None,
    country: Annotated[str | None, typer.Option(help="ISO2 country of the party")] = None,
    limit: Annotated[int, typer.Option(min=1, help="Entries per name")] = 5,
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object per name")] = False,
) -> None:
    """Screen names against the list entries in the store: ranked entries, and why."""
    if (name is None) == (file is None):
        raise typer.BadParameter("give a NAME or --file, not both", param_hint="NAME")
    queries = read_queries(file) if file else [Query(name or "", schema, country)]
    with Store(State.store_path, read_only=True) as store:
        if not has_lists(store.con):
            raise StoreError(f"{store.path}: holds no list entries; ingest a list first")
        index = ListIndex(store.con)
    answers: dict[Query, list[Listing]] = {}
    for q in queries:  # each distinct query once, however often the file repeats it
        if q not in answers:
            answers[q] = index.search(
                q.name, q.schema or schema, q.country or country, q.identifiers, limit
            )
    if as_json:
        for q in queries:
            found = answers[q]
            sys.stdout.write(
                json.dumps(
                    {
                        "query": q.name,
                        "line": q.line or None,
                        "matched": any(m.is_match for m in found),
                        "entries": [m.as_json() for m in found],
                    },
                    ensure_ascii=False,
                )
                + "\n"
            )
        return
    for q in queries:
        _print_matches(q, answers[q])
    hits = sum(1 for q in queries if any(m.is_match for m in answers[q]))
    err.print(f"{len(queries)} names screened against {len(index):,} list entries: {hits} matched")


def _print_matches(q: Query, found: list[Listing]) -> None:
    if not out.is_terminal:
        out.width = max(out.width, 160)
    table = Table(title=f"{q.name}: {sum(m.is_match for m in found)} matching entries")
    for col in ("score", "list entry", "matched name", "programs", "why"):
        table.add_column(col, overflow="fold")
    for m in found:
        verdict = f"{m.score:.2f}" + (" match" if m.is_match else "")
        entry = f"{m.name}\n{m.list_id} {m.entry_id} · {m.schema}\n{m.source}"
        table.add_row(verdict, entry, m.matched_name, ", ".join(m.programs), m.explanation)
    out.print(table)


@app.command()
def demo(
    corpus: Annotated[Path | None, typer.Argument(help="Folder to ingest")] = None,
) -> None:
    """Ingest the example corpus into a fresh store, build, and show the claims."""
    folder = corpus or _demo_corpus()
    path = State.store_path if State.store_path != default_store_path() else DEMO_STORE
    if path != DEMO_STORE and path.exists():
        raise StoreError(f"{path}: exists; the demo builds a fresh store (omit --store)")
    for p in (path, Path(f"{path}.wal")):
        p.unlink(missing_ok=True)
    State.store_path = path
    err.print(f"demo: {folder} -> {path}")
    with Store(path) as store:
        report = run_ingest(store, [folder])
        for line in report.errors:
            err.print(f"error: {line}", markup=False)
        b = run_build(store)
        rows = [r for r in query_claims(store.con, SUPPLY_KINDS) if r["supplier"] or r["recipient"]]
    err.print(
        f"{report.documents} documents from {report.files} files, {b.claims} claims extracted; "
        f"shown: who supplied whom (the rest: dualtrace --store {path} claims --kind all)"
    )
    _print_table(rows)


def _demo_corpus() -> Path:
    for base in (Path.cwd(), Path(__file__).resolve().parents[2]):
        candidate = base / "examples" / "news"
        if candidate.is_dir():
            return candidate
    raise StoreError("examples/news not found: run from the dualtrace checkout or name a folder")


def main() -> None:
    try:
        app()
    except (StoreError, SourceError, OSError, duckdb.Error) as exc:
        err.print(f"error: {exc}", markup=False, highlight=False)
        sys.exit(1)
    except RuntimeError as exc:
        if "interrupt" not in str(exc).lower():
            raise
        err.print("interrupted; nothing half-written was kept")
        sys.exit(130)
    except KeyboardInterrupt:
        # Every write is one transaction, so an interrupt leaves the store as it was.
        err.print("interrupted; nothing half-written was kept")
        sys.exit(130)


if __name__ == "__main__":
    main()
