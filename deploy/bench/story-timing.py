#!/usr/bin/env python3
"""One timed read of an assembled story (section 4): prints
"<HTTP status> <ms to the first byte> <ms to the first N entries> <ms to the end> <entries> <degraded 0/1> <peak heap MiB>".

The answer is read as it arrives, chunk by chunk, and the entries are counted as they come (each entry object
starts with {"type":"), so the time to the first N entries is the time a streaming client could show them. At the end
the whole body is parsed: the entries are the document's total, degraded its flag (-1 and 1 when it is not complete
JSON). With a process id, the heap that JVM uses (jstat: survivors, eden, old) is sampled every 50 ms during the read
and its peak reported; without one, -1.

usage: story-timing.py <url> <Authorization header value> <N> [<pid of the timelines JVM>]
"""
import http.client
import json
import subprocess
import sys
import threading
import time
import urllib.parse

MARK = b'{"type":"'


def heap_sampler(pid, peak, stop):
    # jstat -gc columns: S0C S1C S0U S1U EC EU OC OU ... (KiB); used heap = S0U + S1U + EU + OU
    proc = subprocess.Popen(["jstat", "-gc", str(pid), "50"], stdout=subprocess.PIPE, text=True)
    header = None
    for line in proc.stdout:
        fields = line.split()
        if header is None:
            header = fields
            continue
        try:
            # only the columns read: with the serial collector the concurrent ones (CGC, CGCT) are "-"
            row = dict(zip(header, fields))
            used = sum(float(row[name]) for name in ("S0U", "S1U", "EU", "OU")) / 1024
            peak[0] = max(peak[0], used)
        except (ValueError, KeyError):
            pass
        if stop.is_set():
            break
    proc.terminate()


def main():
    url, auth, wanted = sys.argv[1], sys.argv[2], int(sys.argv[3])
    pid = sys.argv[4] if len(sys.argv) > 4 and sys.argv[4] else None
    peak, stop = [-1.0], threading.Event()
    sampler = None
    if pid:
        sampler = threading.Thread(target=heap_sampler, args=(pid, peak, stop), daemon=True)
        sampler.start()
        time.sleep(0.2)  # the first samples: the heap before the read
    parts = urllib.parse.urlsplit(url)
    connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=60)
    start = time.monotonic()
    connection.request("GET", parts.path + ("?" + parts.query if parts.query else ""), headers={"Authorization": auth})
    response = connection.getresponse()
    first_byte = first_n = None
    seen, tail, body = 0, b"", []
    while True:
        chunk = response.read1(65536)
        if not chunk:
            break
        now = time.monotonic()
        if first_byte is None:
            first_byte = now
        body.append(chunk)
        seen += (tail + chunk).count(MARK) - tail.count(MARK)
        tail = chunk[-(len(MARK) - 1):]
        if first_n is None and seen >= wanted:
            first_n = now
    end = time.monotonic()
    stop.set()
    if sampler:
        sampler.join(timeout=2)
    try:
        document = json.loads(b"".join(body))
        entries, degraded = document.get("total", -1), int(bool(document.get("degraded")))
    except ValueError:
        entries, degraded = -1, 1
    ms = lambda t: -1 if t is None else (t - start) * 1000
    print("%d %.0f %.0f %.0f %d %d %.0f" % (response.status, ms(first_byte), ms(first_n), ms(end), entries, degraded,
                                            peak[0]))


if __name__ == "__main__":
    main()
