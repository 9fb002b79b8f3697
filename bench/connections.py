#!/usr/bin/env python3
"""What dipsearchd's connection layer costs and buys, measured against a database you give.

Starts the daemon binary given (run it twice, with two binaries, to compare builds) on a
free loopback port and prints, one line each:
  - the time and size of a whole CSV and NDJSON export per Accept-Encoding (identity, gzip, br);
  - the slowest of 20 answers to a normal client while 200 clients drip a request one byte
    per 100 ms and 50 idle keep-alive connections are open (1 s counts as no answer);
  - how long SIGTERM takes to stop the daemon with those clients connected;
  - resident memory before and after eight clients send megabyte bodies at once.

    bench/connections.py --daemon build/searchd/dipsearchd --db /path/to/db
"""
import argparse
import http.client
import json
import os
import signal
import socket
import subprocess
import tempfile
import threading
import time


def start(daemon, db):
    port_file = tempfile.NamedTemporaryFile(delete=False).name
    proc = subprocess.Popen([daemon, "--db", db, "--host", "127.0.0.1", "--port", "0", "--port-file", port_file],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    for _ in range(200):
        text = open(port_file).read().strip()
        if text:
            port = int(text)
            try:
                c = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
                c.request("GET", "/api/health")
                c.getresponse().read()
                os.unlink(port_file)
                return proc, port
            except OSError:
                pass
        time.sleep(0.05)
    proc.kill()
    raise SystemExit("the daemon did not start")


def resident_mb(pid):
    for line in open(f"/proc/{pid}/status"):
        if line.startswith("VmRSS"):
            return int(line.split()[1]) / 1024
    return -1


def exports(port):
    for fmt in ("csv", "ndjson"):
        for coding in ("identity", "gzip", "br"):
            c = http.client.HTTPConnection("127.0.0.1", port, timeout=600)
            started = time.monotonic()
            c.request("GET", f"/api/export?format={fmt}", headers={"Accept-Encoding": coding})
            r = c.getresponse()
            size = len(r.read())
            print(f"export {fmt} {coding}: {time.monotonic() - started:.2f} s, {size} bytes "
                  f"(Content-Encoding: {r.getheader('Content-Encoding') or 'none'})")


def crowd(port, request):
    """50 idle keep-alive connections, then 200 that start a request at once, from five
    loopback addresses besides 127.0.0.1."""
    idle = []
    for _ in range(50):
        c = http.client.HTTPConnection("127.0.0.1", port, timeout=5, source_address=("127.0.0.6", 0))
        try:
            c.request("GET", "/api/health")
            c.getresponse().read()
        except OSError:
            pass
        idle.append(c)
    slow = []
    for i in range(200):
        s = socket.socket()
        s.bind((f"127.0.0.{2 + i % 4}", 0))
        s.connect(("127.0.0.1", port))
        s.setblocking(False)
        s.send(request[:1])
        slow.append(s)
    return slow, idle


def starved(port):
    request = b"GET /api/health HTTP/1.1\r\nHost: x\r\n"
    slow, idle = crowd(port, request)
    done = threading.Event()

    def drip():
        i = 1
        while not done.is_set() and i < len(request) - 2:
            for s in slow:
                try:
                    s.send(request[i:i + 1])
                except OSError:
                    pass
            i += 1
            time.sleep(0.1)

    dripper = threading.Thread(target=drip)
    dripper.start()
    worst, missed = 0.0, 0
    for i in range(20):
        started = time.monotonic()
        try:
            c = http.client.HTTPConnection("127.0.0.1", port, timeout=1)
            c.request("GET", "/api/search?q=Korea" if i % 2 else "/api/health")
            c.getresponse().read()
            worst = max(worst, time.monotonic() - started)
        except OSError:
            missed += 1
    done.set()
    dripper.join()
    print(f"normal client beside 200 slow and 50 idle connections: slowest answer {worst * 1000:.0f} ms, "
          f"{missed} of 20 not answered within 1 s")
    return slow, idle


def stop_time(proc):
    started = time.monotonic()
    proc.send_signal(signal.SIGTERM)
    try:
        proc.wait(timeout=60)
        print(f"SIGTERM with those clients connected: stopped in {time.monotonic() - started:.2f} s")
    except subprocess.TimeoutExpired:
        proc.kill()
        print("SIGTERM with those clients connected: not stopped in 60 s")


def memory(port, pid):
    before = resident_mb(pid)
    body = json.dumps({"q": "x" * 1_000_000}).encode()

    def client():
        c = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
        for _ in range(4):
            c.request("POST", "/api/search", body=body, headers={"Content-Type": "application/json"})
            c.getresponse().read()

    threads = [threading.Thread(target=client) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    time.sleep(1)
    print(f"resident memory around 32 one-megabyte bodies from 8 clients: {before:.0f} MB before, "
          f"{resident_mb(pid):.0f} MB after")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--daemon", required=True)
    parser.add_argument("--db", required=True)
    parser.add_argument("--no-export", action="store_true", help="skip the exports (slow on a large database)")
    args = parser.parse_args()
    proc, port = start(args.daemon, args.db)
    try:
        memory(port, proc.pid)
        if not args.no_export:
            exports(port)
        clients = starved(port)
        stop_time(proc)
        del clients
    finally:
        if proc.poll() is None:
            proc.kill()


if __name__ == "__main__":
    main()
