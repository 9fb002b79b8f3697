#!/usr/bin/env python3
"""Soak load for a running dipsearchd (bench/soak.sh starts one and calls this).

For --minutes, normal clients send a mix of searches (GET and POST), document look-ups and
whole exports; an exporter aborts exports after their first rows; slow clients drip request
headers a byte at a time and idle clients hold open connections without sending anything;
and every --rebuild-every seconds the database is rebuilt under the load. Every --sample
seconds it prints the daemon's RSS, open descriptors and threads beside the requests of the
normal clients in that interval (failed ones, the slowest but exports, which take as long as
their rows). A normal client's request fails when it gets no answer within --timeout (no byte
for that long), an error status, or a broken answer. Exits 1 when
any normal request failed, so a script can tell.
"""

import argparse
import http.client
import json
import os
import random
import socket
import subprocess
import sys
import threading
import time
import urllib.parse

# Failures are counted; the first few are shown with what went wrong.
MAX_ERRORS_SHOWN = 8


class Stats:
    """Counts of the normal clients' requests, per sampling interval and in total."""

    def __init__(self):
        self.lock = threading.Lock()
        self.interval = self._zero()
        self.total = self._zero()
        self.errors = []  # the first failures, with what went wrong

    @staticmethod
    def _zero():
        return {"requests": 0, "failed": 0, "over_1s": 0, "max_ms": 0.0, "exports": 0, "aborted": 0,
                "slow_connections": 0}

    def add(self, key, value=1):
        with self.lock:
            for bucket in (self.interval, self.total):
                bucket[key] += value

    def request(self, kind, started, error=None):
        # A whole export takes as long as its rows take to stream: only its failure counts.
        ms = (time.monotonic() - started) * 1000 if kind != "export" else 0.0
        with self.lock:
            for bucket in (self.interval, self.total):
                bucket["requests"] += 1
                bucket["max_ms"] = max(bucket["max_ms"], ms)
                if ms > 1000:
                    bucket["over_1s"] += 1
                if error:
                    bucket["failed"] += 1
            if error and len(self.errors) < MAX_ERRORS_SHOWN:
                self.errors.append(f"{time.strftime('%H:%M:%S')} {kind}: {error}")

    def take_interval(self):
        with self.lock:
            taken, self.interval = self.interval, self._zero()
            return taken


def process_facts(pid):
    """RSS in MiB, open descriptors and threads of a process, from /proc."""
    rss_kb = threads = 0
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                rss_kb = int(line.split()[1])
            elif line.startswith("Threads:"):
                threads = int(line.split()[1])
    return rss_kb / 1024, len(os.listdir(f"/proc/{pid}/fd")), threads


def query_mix(path):
    """Search parameter sets from the engine-neutral query file, with filters and paging added."""
    with open(path) as f:
        queries = json.load(f)["queries"]
    texts = []
    for q in queries:
        words = list(q.get("terms", [])) + [f'"{p}"' for p in q.get("phrases", [])]
        if words:
            texts.append(" ".join(words))
    extras = [{}, {"lang": "ko"}, {"from": "2021", "sort": "date_desc"}, {"page": "2", "per_page": "50"},
              {"country": "JP", "facets": "country,date", "date_interval": "month"}, {"match": "any"}]
    return texts, extras


# The search parameters /api/export refuses (searchd/handlers.cc).
EXPORT_REFUSES = {"page", "per_page", "facets", "facet_size", "date_interval", "fields"}


class Client:
    """One keep-alive connection of a normal client; reconnects after any failure."""

    def __init__(self, args):
        self.args = args
        self.conn = None

    def call(self, method, path, body=None):
        if self.conn is None:
            self.conn = http.client.HTTPConnection(self.args.host, self.args.port, timeout=self.args.timeout)
        headers = {"Content-Type": "application/json"} if body is not None else {}
        try:
            self.conn.request(method, path, body=body, headers=headers)
            response = self.conn.getresponse()
            data = response.read()
            return response.status, data
        except Exception:
            self.close()
            raise

    def close(self):
        if self.conn is not None:
            self.conn.close()
            self.conn = None


def normal_client(args, stats, stop, texts, extras, seed):
    rng = random.Random(seed)
    client = Client(args)
    doc_ids = []
    while not stop.is_set():
        roll = rng.random()
        params = {"q": rng.choice(texts), **rng.choice(extras)}
        if roll < 0.45:
            kind, method, path, body = "GET search", "GET", "/api/search?" + urllib.parse.urlencode(params), None
        elif roll < 0.75:
            numbers = {k: int(v) if k in ("page", "per_page", "facet_size") else v for k, v in params.items()}
            kind, method, path, body = "POST search", "POST", "/api/search", json.dumps(numbers)
        elif roll < 0.93:
            if not doc_ids:
                continue
            kind, method, path, body = "document", "GET", "/api/documents/" + rng.choice(doc_ids), None
        else:
            # An export writes every match, whole: paging, facets and fields do not apply to it.
            params = {k: v for k, v in params.items() if k not in EXPORT_REFUSES}
            params["format"] = rng.choice(["ndjson", "csv"])
            kind, method, path, body = "export", "GET", "/api/export?" + urllib.parse.urlencode(params), None
        started = time.monotonic()
        try:
            status, data = client.call(method, path, body)
            if status != 200:
                raise RuntimeError(f"status {status}: {data[:200]!r}")
            if kind.endswith("search"):
                hits = json.loads(data)["hits"]
                doc_ids = ([h["id"] for h in hits] + doc_ids)[:200]
            elif kind == "document":
                json.loads(data)["id"]
            else:
                stats.add("exports")
            stats.request(kind, started)
        except Exception as e:  # noqa: BLE001 -- every failure is counted and shown
            stats.request(kind, started, f"{type(e).__name__}: {e}")


def aborting_exporter(args, stats, stop):
    """Starts exports of every release and hangs up after the first rows."""
    while not stop.is_set():
        try:
            conn = http.client.HTTPConnection(args.host, args.port, timeout=args.timeout)
            conn.request("GET", "/api/export?format=" + random.choice(["ndjson", "csv"]))
            response = conn.getresponse()
            response.read(32 * 1024)
            stats.add("aborted")
            # Hang up without reading on: the daemon's write fails mid-stream.
            conn.sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, b"\x01\x00\x00\x00\x00\x00\x00\x00")
            conn.close()
        except Exception:  # noqa: BLE001 -- the aborting client does not count failures
            pass
        stop.wait(0.2)


def slow_client(args, stats, stop, index):
    """Drips a request's headers a byte a second from its own loopback address, or (every
    other client) connects and sends nothing; starts again when the daemon hangs up."""
    source = (f"127.0.0.{2 + index % 250}", 0)
    request = b"GET /api/health HTTP/1.1\r\nHost: soak\r\nX-Padding: " + b"x" * 4096 + b"\r\n\r\n"
    idle = index % 2 == 1
    while not stop.is_set():
        try:
            with socket.create_connection((args.host, args.port), timeout=5, source_address=source) as sock:
                stats.add("slow_connections")
                for byte in request:
                    if stop.is_set():
                        return
                    if not idle:
                        sock.sendall(bytes([byte]))
                    stop.wait(1.0)
        except OSError:
            stop.wait(1.0)


def rebuilder(args, stop, log):
    while not stop.wait(args.rebuild_every):
        started = time.monotonic()
        result = subprocess.run(args.rebuild_command, shell=True, capture_output=True, text=True)
        took = time.monotonic() - started
        last = (result.stdout.strip().splitlines() or [""])[-1]
        log.append(f"{time.strftime('%H:%M:%S')} rebuild exit {result.returncode} in {took:.1f} s: {last}")
        print(f"  {log[-1]}", flush=True)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--pid", type=int, required=True, help="dipsearchd's process id")
    parser.add_argument("--queries", required=True, help="engine-neutral query file (bench/queries.json)")
    parser.add_argument("--minutes", type=float, default=30)
    parser.add_argument("--clients", type=int, default=4, help="normal clients")
    parser.add_argument("--slow", type=int, default=32, help="slow and idle clients")
    parser.add_argument("--timeout", type=float, default=10, help="seconds a normal request may take")
    parser.add_argument("--sample", type=float, default=10, help="seconds between samples")
    parser.add_argument("--rebuild-every", type=float, default=300)
    parser.add_argument("--rebuild-command", required=True)
    args = parser.parse_args()

    stats, stop, rebuilds = Stats(), threading.Event(), []
    texts, extras = query_mix(args.queries)
    threads = [threading.Thread(target=normal_client, args=(args, stats, stop, texts, extras, i)) for i in range(args.clients)]
    threads.append(threading.Thread(target=aborting_exporter, args=(args, stats, stop)))
    threads += [threading.Thread(target=slow_client, args=(args, stats, stop, i)) for i in range(args.slow)]
    rebuild_thread = threading.Thread(target=rebuilder, args=(args, stop, rebuilds))
    threads.append(rebuild_thread)
    for t in threads:
        t.daemon = True
        t.start()

    print(f"soak: {args.minutes:g} min, {args.clients} normal clients, 1 aborting exporter, {args.slow} slow/idle "
          f"clients, a rebuild every {args.rebuild_every:g} s", flush=True)
    header = f"{'time':>6} {'RSS MiB':>8} {'fds':>5} {'threads':>7} {'requests':>8} {'failed':>6} {'>1s':>5} {'max ms':>8} {'exports':>7} {'aborted':>7}"
    print(header, flush=True)
    samples = []
    started = time.monotonic()
    end = started + args.minutes * 60
    try:
        while time.monotonic() < end:
            time.sleep(min(args.sample, max(0.0, end - time.monotonic())))
            rss, fds, nthreads = process_facts(args.pid)
            i = stats.take_interval()
            samples.append((rss, fds, nthreads))
            print(f"{time.monotonic() - started:6.0f} {rss:8.1f} {fds:5d} {nthreads:7d} {i['requests']:8d} {i['failed']:6d} "
                  f"{i['over_1s']:5d} {i['max_ms']:8.0f} {i['exports']:7d} {i['aborted']:7d}", flush=True)
    except FileNotFoundError:
        print("soak: dipsearchd exited", flush=True)
        samples.append((float("nan"), 0, 0))
    finally:
        stop.set()
        rebuild_thread.join()  # a rebuild under way finishes rather than being left behind

    t = stats.total
    print(f"\nnormal requests: {t['requests']}, failed: {t['failed']}, over 1 s: {t['over_1s']}, slowest: {t['max_ms']:.0f} ms; "
          f"exports read whole: {t['exports']}, aborted: {t['aborted']}; slow/idle connections made: {t['slow_connections']}")
    if samples:
        # The first sample is taken warm: caches fill in the first seconds.
        first, last = samples[0], samples[-1]
        print(f"dipsearchd RSS {first[0]:.1f} → {last[0]:.1f} MiB (max {max(s[0] for s in samples):.1f}), "
              f"descriptors {first[1]} → {last[1]} (max {max(s[1] for s in samples)}), "
              f"threads {first[2]} → {last[2]}")
    print(f"rebuilds: {len(rebuilds)}" + "".join(f"\n  {r}" for r in rebuilds))
    for error in stats.errors:
        print(f"  failed: {error}")
    return 1 if t["failed"] or any(" exit 0 " not in r for r in rebuilds) else 0


if __name__ == "__main__":
    sys.exit(main())
