#!/usr/bin/python3
"""Tables of one benchmark run (bench/run.sh): dipsearch's JSON lines, and the peers' when
they ran, in the peers' harness format. Prints markdown and writes it, with the machine facts,
to --out.

  report.py --ours RUN/dipsearch.jsonl --out FILE [--build DIR] [--command TEXT]
            [--shard-run N local|remote RUN/shards-N-WHERE.jsonl ...] [PEER.jsonl ...]
"""
import argparse
import datetime
import json
import os
import platform
import re
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

# The absolute targets: (label, key, comparison, target, unit, stated at 100,000
# releases). Speeds are otherwise targets as ratios to the peers of the same run
# (PEER_TARGETS): a shared machine's load moves both sides of a ratio alike.
TARGETS = [
    ("index --rebuild", "rebuild_docs_per_s", ">=", 1200, "docs/s", True),
    ("index incremental (into a live 90 % database)", "incremental_docs_per_s", ">=", 800, "docs/s", True),
    ("index / corpus", "index_ratio", "<=", 2.0, "", False),
    ("dipsearchd peak RSS", "server_peak_mib", "<=", 150, "MiB", True),
]


def read_lines(path):
    if not os.path.exists(path):
        return []
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def first(records, phase, **match):
    for r in records:
        if r.get("phase") == phase and all(r.get(k) == v for k, v in match.items()):
            return r
    return None


def qps_of(records, clients):
    r = first(records, "qps", clients=clients)
    return r.get("qps") if r else None


class Engine:
    """The numbers of the main table for one engine, from its records."""

    def __init__(self, name, records, clients):
        self.name = name
        summary = first(records, "query_summary") or {}
        self.p50 = summary.get("p50_ms")
        self.p95 = summary.get("p95_ms")
        self.qps1 = qps_of(records, 1)
        self.qps_n = qps_of(records, clients)
        mems = [r for r in records if r.get("phase") == "server_mem"]
        self.server_peak_kb = max((r.get("vmhwm_kb") or 0 for r in mems), default=None) or None
        self.hits = {r["qid"]: r.get("hits") for r in records if r.get("phase") == "query" and "qid" in r}
        self.docs_per_s = self.mb_per_s = self.index_ratio = self.index_peak_kb = None


def peer_engine(name, records, clients):
    e = Engine(name, records, clients)
    index = first(records, "index")
    if index:
        size = first(records, "index_size") or index
        e.docs_per_s = index.get("docs_per_s")
        e.mb_per_s = index.get("mb_per_s")
        e.index_peak_kb = index.get("peak_rss_kb")
        if size.get("index_bytes") and index.get("corpus_mb"):
            e.index_ratio = size["index_bytes"] / (index["corpus_mb"] * 1e6)
    return e


def our_engine(records, clients):
    e = Engine("dipsearch", records, clients)
    rebuild = first(records, "index", step="rebuild")
    if rebuild and rebuild["wall_s"] > 0:
        e.docs_per_s = rebuild["docs"] / rebuild["wall_s"]
        e.mb_per_s = rebuild["corpus_bytes"] / 1e6 / rebuild["wall_s"]
        e.index_ratio = rebuild["index_bytes"] / rebuild["corpus_bytes"]
        e.index_peak_kb = rebuild["peak_rss_kb"]
    return e


def num(x, digits=0):
    if x is None:
        return "–"
    return f"{x:,.{digits}f}"


def mib(kb):
    return None if kb is None else kb / 1024


def ratio(a, b):
    return None if a is None or not b else a / b


def table(header, rows, align=None):
    align = align or ["---"] + ["---:"] * (len(header) - 1)
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join(align) + "|"]
    lines += ["| " + " | ".join(str(c) for c in row) + " |" for row in rows]
    return "\n".join(lines)


def engines_table(ours, peers, clients):
    header = ["engine", "index docs/s", "MB/s", "index / corpus", "indexer peak RSS MiB",
              "p50 / p95 ms, 1 client", "queries/s, 1 client", f"queries/s, {clients} clients",
              "server peak RSS MiB"]

    def row(e):
        return [e.name, num(e.docs_per_s), num(e.mb_per_s, 1), num(e.index_ratio, 2), num(mib(e.index_peak_kb)),
                f"{num(e.p50, 2)} / {num(e.p95, 1)}", num(e.qps1), num(e.qps_n), num(mib(e.server_peak_kb))]

    def ratio_row(p):
        r = lambda a, b: num(ratio(a, b), 2)  # noqa: E731
        return [f"ours / {p.name}", r(ours.docs_per_s, p.docs_per_s), r(ours.mb_per_s, p.mb_per_s),
                r(ours.index_ratio, p.index_ratio), r(ours.index_peak_kb, p.index_peak_kb),
                f"{r(ours.p50, p.p50)} / {r(ours.p95, p.p95)}", r(ours.qps1, p.qps1), r(ours.qps_n, p.qps_n),
                r(ours.server_peak_kb, p.server_peak_kb)]

    rows = [row(ours)] + [row(p) for p in peers] + [ratio_row(p) for p in peers]
    return table(header, rows)


def client_note(records, clients):
    load = first(records, "qps", clients=clients)
    if not load or load.get("client_cpu_cores") is None:
        return ""
    return (f"\n\nThe load client of dipsearch used {load['client_cpu_cores']:.2f} of the {os.cpu_count()} cores during the "
            f"{clients}-client phase; the engine and the client share the machine, as the peers' do.")


def our_facts(records, ours):
    facts = {"rebuild_docs_per_s": ours.docs_per_s, "index_ratio": ours.index_ratio,
             "index_peak_rss_mib": mib(ours.index_peak_kb), "p50_ms": ours.p50, "p95_ms": ours.p95,
             "qps4": qps_of(records, 4), "server_peak_mib": mib(ours.server_peak_kb)}
    inc = first(records, "index", step="incremental")
    if inc and inc["wall_s"] > 0:
        facts["incremental_docs_per_s"] = inc["docs"] / inc["wall_s"]
    ready = first(records, "ready")
    facts["ready_s"] = ready.get("ready_s") if ready else None
    export = first(records, "export", format="ndjson")
    facts["export_rows_per_s"] = export.get("rows_per_s") if export else None
    return facts


def targets_table(facts, docs):
    rows = []
    for label, key, op, target, unit, at_100k in TARGETS:
        value = facts.get(key)
        met = "–" if value is None else ("yes" if (value >= target if op == ">=" else value <= target) else "**no**")
        if at_100k and docs != 100000 and value is not None:
            met = f"– ({met.strip('*')} at {docs:,})"
        digits = 2 if isinstance(target, float) else 0
        stated = f"{op} {num(target, digits)} {unit}".strip() + (" at 100,000" if at_100k else "")
        rows.append([label, stated, num(value, digits if value and value < 100 else 0), met])
    note = "" if docs == 100000 else (f"\n\nThis run has {docs:,} releases: the targets stated at 100,000 are "
                                      "shown, not judged.")
    also = []
    if facts.get("index_peak_rss_mib") is not None:
        also.append(f"indexer peak RSS {num(facts['index_peak_rss_mib'], 0)} MiB")
    if facts.get("ready_s") is not None:
        also.append(f"dipsearchd answers {num(facts['ready_s'], 2)} s after it starts")
    if also:
        note += "\n\nAlso measured (no target): " + "; ".join(also) + "."
    return table(["dipsearch", "target", "measured", "met"], rows, ["---", "---", "---:", "---"]) + note


# The targets against the peers of the same run: (label, ours, peer, attribute,
# comparison, target ratio ours / theirs).
PEER_TARGETS = [
    ("--rebuild docs/s / raw Xapian writer", "xapian raw writer", "docs_per_s", ">=", 1.2),
    ("p50, 1 client / Sphinx", "sphinx-word", "p50", "<=", 1.0),
    ("p95, 1 client / Sphinx", "sphinx-word", "p95", "<=", 1.0),
    ("queries/s, {clients} clients / Sphinx", "sphinx-word", "qps_n", ">=", 1.0),
]


def peer_targets_table(ours, peers, clients):
    by_name = {p.name: p for p in peers}
    rows = []
    for label, name, attribute, op, target in PEER_TARGETS:
        peer = by_name.get(name)
        value = ratio(getattr(ours, attribute), getattr(peer, attribute)) if peer else None
        met = "–" if value is None else ("yes" if (value >= target if op == ">=" else value <= target) else "**no**")
        rows.append([label.format(clients=clients), f"{op} {target:.1f}", num(value, 2), met])
    return table(["dipsearch / peer, same run", "target", "measured", "met"], rows, ["---", "---", "---:", "---"])


def kinds_table(records):
    rows = [[r["kind"], r["samples"], num(r["p50_ms"], 2), num(r["p95_ms"], 2), num(r["p99_ms"], 2)]
            for r in records if r.get("phase") == "kind"]
    summary = first(records, "query_summary")
    if summary:
        rows.append(["**all**", summary["samples"], num(summary["p50_ms"], 2), num(summary["p95_ms"], 2),
                     num(summary["p99_ms"], 2)])
    return table(["kind", "samples", "p50 ms", "p95 ms", "p99 ms"], rows)


def queries_table(records, peers):
    header = ["qid", "kind", "dipsearch total", "truth"] + [p.name for p in peers] + ["p50 ms", "p95 ms"]
    rows = []
    for r in records:
        if r.get("phase") != "query":
            continue
        truth = r.get("truth_hits")
        mark = " *" if truth is not None and truth != r["hits"] else ""
        rows.append([r["qid"], r["kind"], f"{num(r['hits'])}{mark}", num(truth)] +
                    [num(p.hits.get(r["qid"])) for p in peers] + [num(r["p50_ms"], 2), num(r["p95_ms"], 2)])
    return table(header, rows, ["---", "---"] + ["---:"] * (len(header) - 2))


def indexing_table(records):
    rows = []
    for r in records:
        if r.get("phase") != "index":
            continue
        wall = r["wall_s"] or float("nan")
        rows.append([r["step"], num(r["docs"]), num(r["corpus_bytes"] / 1e6, 1), num(wall, 2), num(r["docs"] / wall),
                     num(r["corpus_bytes"] / 1e6 / wall, 1), num(r.get("user_s"), 1), num(r.get("sys_s"), 1),
                     num(mib(r.get("peak_rss_kb"))), num(r["index_bytes"] / 1e6, 1)])
    return table(["run", "releases", "MB", "wall s", "docs/s", "MB/s", "user s", "sys s", "peak RSS MiB",
                  "index MB after"], rows)


def rebuild_rate_and_mb(record):
    if not record or not record["wall_s"]:
        return None, None
    return record["docs"] / record["wall_s"], record["index_bytes"] / 1e6


def requests_sent(records):
    """Every request of a load: the warm-up (one per query), then each load phase's."""
    summary = first(records, "query_summary") or {}
    return summary.get("queries", 0) + sum(r["queries"] for r in records if r.get("phase") == "qps")


def answer_differences(base, other):
    """The queries whose first answer (total, facets) differs from the one-database run's."""
    expected = {r["qid"]: r for r in base if r.get("phase") == "query"}
    found = []
    for r in other:
        if r.get("phase") != "query":
            continue
        want = expected.get(r["qid"], {})
        if want.get("hits") != r["hits"]:
            found.append(f"{r['qid']} total {num(r['hits'])}, not {num(want.get('hits'))}")
        elif want.get("facets") != r.get("facets"):
            found.append(f"{r['qid']} facets")
    return found


def shards_table(records, ours, shard_runs, clients):
    """One database beside each sharded run: (shards, where, records) per run."""
    header = ["database", "index docs/s", "index MB", "p50 / p95 ms, 1 client", "queries/s, 1 client",
              f"queries/s, {clients} clients", "bytes from shards per query"]

    def row(name, rebuild, engine, bytes_per_query=None):
        rate, mb = rebuild_rate_and_mb(rebuild)
        return [name, num(rate), num(mb, 1), f"{num(engine.p50, 2)} / {num(engine.p95, 1)}", num(engine.qps1),
                num(engine.qps_n), num(bytes_per_query)]

    rows = [row("1 database", first(records, "index", step="rebuild"), ours)]
    warnings = []
    for shards, where, run in shard_runs:
        name = f"{shards} {where} shards"
        engine = Engine(name, run, clients)
        if where == "remote":
            network = first(records, "shard_network", shards=shards) or {}
            sent = requests_sent(run)
            per_query = network["tcpsrv_written_bytes"] / sent if network and sent else None
            rows.append(row(name, None, engine, per_query))
        else:
            rows.append(row(name, first(records, "index", step=f"rebuild-{shards}-shards"), engine))
        differences = answer_differences(records, run)
        if differences:
            warnings.append([f"**warning: {name}**", "answers differ from 1 database: " + "; ".join(differences)]
                            + [""] * (len(header) - 2))
    return table(header, rows + warnings)


def export_table(records):
    rows = [[r["format"], r["status"], num(r["rows"]), num(r["mb"], 1), num(r["seconds"], 2), num(r["rows_per_s"]),
             f"{num(mib(r['rss_before_kb']), 1)} → {num(mib(r['rss_peak_kb']), 1)} (+{num(mib(r['rss_growth_kb']), 1)})"]
            for r in records if r.get("phase") == "export"]
    return table(["export", "HTTP", "rows", "MB", "s", "rows/s", "daemon RSS MiB: before → peak"], rows)


def command_output(cmd):
    try:
        return subprocess.run(cmd, capture_output=True, text=True, timeout=20).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return ""


def package_version(name):
    return command_output(["dpkg-query", "-W", "-f=${Version}", name]) or "–"


def machine_facts(build):
    cpu = "–"
    with open("/proc/cpuinfo") as f:
        for line in f:
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    mem = "–"
    with open("/proc/meminfo") as f:
        m = re.search(r"MemTotal:\s+(\d+)", f.read())
        if m:
            mem = f"{int(m.group(1)) / 1024 / 1024:.1f} GiB"
    os_name = "–"
    if os.path.exists("/etc/os-release"):
        m = re.search(r'PRETTY_NAME="([^"]+)"', open("/etc/os-release").read())
        os_name = m.group(1) if m else os_name
    compiler = "–"
    cache = os.path.join(build, "CMakeCache.txt") if build else ""
    if cache and os.path.exists(cache):
        m = re.search(r"CMAKE_CXX_COMPILER:\w+=(.+)", open(cache).read())
        if m:
            compiler = command_output([m.group(1).strip(), "--version"]).splitlines()[0]
    commit = command_output(["git", "-C", ROOT, "rev-parse", "--short", "HEAD"]) or "–"
    if command_output(["git", "-C", ROOT, "status", "--porcelain", "--untracked-files=no"]):
        commit += " with uncommitted changes"
    return [("date", datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")),
            ("commit", commit),
            ("CPU", f"{os.cpu_count()} × {cpu}"), ("memory", mem),
            ("system", f"{os_name}, Linux {platform.release()}"), ("compiler", compiler),
            ("Xapian", package_version("libxapian-dev")), ("ICU", package_version("libicu-dev")),
            ("cpp-httplib", package_version("libcpp-httplib-dev")),
            ("Sphinx", package_version("sphinxsearch")), ("SQLite", package_version("libsqlite3-0"))]


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--ours", required=True, help="dipsearch.jsonl of the run")
    ap.add_argument("--out", required=True, help="markdown file to write")
    ap.add_argument("--build", default="", help="build directory (for the compiler's version)")
    ap.add_argument("--command", default="bench/run.sh", help="the command that made the run")
    ap.add_argument("--shard-run", nargs=3, action="append", default=[], metavar=("N", "WHERE", "FILE"),
                    help="dipsearch-api-bench's JSON lines of the corpus in N shards, served locally or remotely")
    ap.add_argument("peers", nargs="*", help="the peers' JSON lines of the same run")
    a = ap.parse_args()
    records = read_lines(a.ours)
    shard_runs = [(int(n), where, read_lines(path)) for n, where, path in a.shard_run]
    corpus = first(records, "corpus")
    if not corpus:
        sys.exit(f"report.py: {a.ours} holds no corpus record: not a bench/run.sh run")
    load = [r for r in records if r.get("phase") == "qps"]
    clients = max((r["clients"] for r in load), default=4)
    ours = our_engine(records, clients)
    peers = []
    for path in a.peers:
        by_peer = {}
        for r in read_lines(path):
            by_peer.setdefault(r["peer"], []).append(r)
        peers += [peer_engine(name, recs, clients) for name, recs in by_peer.items()]
    errors = sum((r.get("errors") or 0) for run in [records] + [run for _, _, run in shard_runs]
                 for r in run if r.get("phase") in ("query_summary", "qps"))
    errors += sum(1 for r in records if r.get("phase") == "export" and r.get("status") != 200)

    docs = corpus["docs"]
    parts = [
        "# Benchmark results",
        f"`{a.command}`: {docs:,} releases, {corpus['corpus_bytes'] / 1e6:,.1f} MB "
        f"({corpus['generator']}), {corpus['queries']} "
        f"({sum(1 for r in records if r.get('phase') == 'query')} queries). "
        "Every engine answers every query with its exact total; ours with `match=all`, the peers' page "
        "size and only the facets asked for. MB = 10^6 bytes; docs/s and MB/s are for the whole "
        "`--rebuild`; ratio rows divide ours by theirs (higher is better for docs/s, MB/s and "
        "queries/s, lower for the rest). Queries/s: closed loop, each client with its own "
        "connection, on the same cores as the engine."
        + (f" **{errors} requests failed.**" if errors else " No request failed."),
        "## Engines\n\n" + engines_table(ours, peers, clients) + client_note(records, clients),
        "## dipsearch against its targets\n\n" + targets_table(our_facts(records, ours), docs)
        + ("\n\n" + peer_targets_table(ours, peers, clients) if peers else ""),
        "## Indexing\n\nThe incremental run adds the last 10 % of the source files to a database "
        "built from the first 90 % (\"incremental-base\"), which stays live.\n\n" + indexing_table(records),
    ]
    if shard_runs:
        parts.append(
            "## Shards\n\nThe same corpus indexed with `--shards N` (\"rebuild-N-shards\" above) and driven "
            "with the same load, served by dipsearchd from the local shard directories, then by one "
            "`xapian-tcpsrv` per shard on loopback (the same shard files, so the remote rows have no "
            "index columns of their own). Bytes from shards per query: what every `xapian-tcpsrv` "
            "process wrote during the load (`wchar` in `/proc/PID/io`, its forked children included) "
            "over every request sent, the warm-up and both load phases. A warning row names the "
            "queries whose total or facets differ from the one-database run.\n\n"
            + shards_table(records, ours, shard_runs, clients))
    parts += [
        "## Latency per query kind (dipsearch, 1 client)\n\n" + kinds_table(records),
        "## Totals per query\n\n`*`: differs from the truth, which counts releases containing every "
        "term as a case-insensitive substring (so it misses inflections and names in the other "
        "language, and finds words inside longer words).\n\n" + queries_table(records, peers),
        "## Export of every match\n\n" + export_table(records),
        "## Machine\n\n" + table(["", ""], machine_facts(a.build), ["---", "---"]),
    ]
    text = "\n\n".join(parts) + "\n"
    print(text)
    with open(a.out, "w", encoding="utf-8") as f:
        f.write(text)


if __name__ == "__main__":
    main()
