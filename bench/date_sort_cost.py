#!/usr/bin/env python3
"""What each date order costs, measured against a database you give: date_asc ranks by a
weight of its own to list undated releases last (common/search/prepared_search.cc) and then
weighs its page by relevance again, where date_desc only sorts by value.

Starts the daemon binary given on a free loopback port and prints, per query, the mean time
of 60 sequential searches (20 hits, after 5 unmeasured) in each order and their ratio.

    build/bench/corpus/dipsearch-corpus-gen --count 10000 --out /tmp/sortcost/src --seed 42
    build/indexer/dipsearch-index --db /tmp/sortcost/db --quiet /tmp/sortcost/src
    bench/date_sort_cost.py --daemon build/searchd/dipsearchd --db /tmp/sortcost/db
"""
import argparse
import socket
import subprocess
import time
import urllib.parse
import urllib.request

QUERIES = ["", "cooperation", "minister talks"]


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def mean_ms(base, query, sort, runs=60):
    url = base + "/api/search?" + urllib.parse.urlencode({"q": query, "sort": sort, "per_page": 20})
    for _ in range(5):
        urllib.request.urlopen(url, timeout=30).read()
    started = time.perf_counter()
    for _ in range(runs):
        urllib.request.urlopen(url, timeout=30).read()
    return (time.perf_counter() - started) / runs * 1000


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--daemon", required=True)
    parser.add_argument("--db", required=True)
    args = parser.parse_args()
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    daemon = subprocess.Popen([args.daemon, "--db", args.db, "--host", "127.0.0.1", "--port", str(port)],
                              stderr=subprocess.DEVNULL)
    try:
        for _ in range(100):
            try:
                urllib.request.urlopen(base + "/api/health", timeout=1)
                break
            except OSError:
                time.sleep(0.1)
        for query in QUERIES:
            desc, asc = mean_ms(base, query, "date_desc"), mean_ms(base, query, "date_asc")
            print(f"q={query!r}: date_desc {desc:.2f} ms, date_asc {asc:.2f} ms, ratio {asc / desc:.2f}")
    finally:
        daemon.terminate()
        daemon.wait(timeout=10)


if __name__ == "__main__":
    main()
