#!/usr/bin/env python3
"""Archive benchmark (issue 7): generated archives of 1,000 and 10,000 issues.

For each size it generates the archive with `kuaibao-cli dev generate-archive`, then times:
  - 100 one-, 100 two- and 100 four-character queries drawn from the archive's own text, each as a
    whole `kuaibao-cli search Q` run (process start, opening the archive and printing included) and
    in one process with `kuaibao-cli dev time-search` (the search alone, first 50 hits),
  - `stats --by unit` over one year, and `list` (whole CLI runs),
  - peak memory of each (GNU time's maximum resident set size),
and, as the naive baseline in the same run, `grep -rc Q` over the archive exported as one text file
per issue. Prints a Markdown report (docs/performance.md keeps the figures).

Usage: bench/archive/run_bench.py [--cli build/src/cli/kuaibao-cli] [--sizes 1000 10000] [--workdir DIR]
"""
import argparse
import os
import random
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time

QUERIES_PER_LENGTH = 100
YEAR = ("2023-01-01", "2023-12-31")


def run_timed(args, stdin=None):
    """Runs args under GNU time; returns (seconds, peak KiB, stdout)."""
    with tempfile.NamedTemporaryFile("r", suffix=".time") as report:
        start = time.perf_counter()
        done = subprocess.run(["/usr/bin/time", "-f", "%M", "-o", report.name] + args,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, stdin=stdin)
        elapsed = time.perf_counter() - start
        if done.returncode != 0:
            sys.exit("failed: %s\n%s" % (" ".join(args), done.stderr.decode()))
        peak = int(report.read().strip().splitlines()[-1])
    return elapsed, peak, done.stdout


def p95(values):
    ordered = sorted(values)
    return ordered[max(0, int(round(0.95 * len(ordered))) - 1)]


def draw_queries(db_path, length, count, seed):
    """Substrings of the archive's own text, without white space, as a reader might type them."""
    rng = random.Random(seed)
    con = sqlite3.connect(db_path)
    texts = [row[0] for row in con.execute("SELECT text FROM search_text WHERE length(text) > 8")]
    con.close()
    queries = []
    while len(queries) < count:
        text = rng.choice(texts)
        at = rng.randrange(0, len(text) - length)
        query = text[at:at + length]
        if not any(c.isspace() for c in query):
            queries.append(query)
    return queries


def export_text(db_path, folder):
    """One text file per issue with all its searchable text, for the grep baseline."""
    os.makedirs(folder, exist_ok=True)
    con = sqlite3.connect(db_path)
    current, lines = None, []
    for number, text in con.execute(
            "SELECT i.number, t.text FROM search_text t JOIN issues i ON i.id = t.issue_id "
            "ORDER BY i.number, t.id DESC"):
        if number != current and current is not None:
            with open(os.path.join(folder, "%d.txt" % current), "w", encoding="utf-8") as f:
                f.write("\n".join(lines) + "\n")
            lines = []
        current = number
        lines.append(text)
    if current is not None:
        with open(os.path.join(folder, "%d.txt" % current), "w", encoding="utf-8") as f:
            f.write("\n".join(lines) + "\n")
    con.close()


def bench_size(cli, size, workdir):
    db = os.path.join(workdir, "archive-%d.db" % size)
    for suffix in ("", "-wal", "-shm"):
        if os.path.exists(db + suffix):
            os.remove(db + suffix)
    gen_s, gen_kb, _ = run_timed([cli, "--db", db, "dev", "generate-archive", "--issues", str(size), "--seed", "1"])
    text_dir = os.path.join(workdir, "text-%d" % size)
    shutil.rmtree(text_dir, ignore_errors=True)
    export_text(db, text_dir)
    rows = {"generate": (gen_s, gen_kb)}
    startup = [run_timed([cli, "--db", db, "search", "鸮鸮鸮"])[0] for _ in range(20)]
    rows["startup"] = (statistics.median(startup), None)
    for length in (1, 2, 4):
        queries = draw_queries(db, length, QUERIES_PER_LENGTH, seed=length)
        times, peaks, greps = [], [], []
        for q in queries:
            s, kb, _ = run_timed([cli, "--db", db, "search", q])
            times.append(s)
            peaks.append(kb)
        for q in queries[:QUERIES_PER_LENGTH]:
            start = time.perf_counter()
            subprocess.run(["grep", "-rc", "--", q, text_dir], stdout=subprocess.DEVNULL)
            greps.append(time.perf_counter() - start)
        rows["search-%d" % length] = (p95(times), max(peaks), statistics.median(times))
        query_file = os.path.join(workdir, "queries-%d-%d.txt" % (size, length))
        with open(query_file, "w", encoding="utf-8") as f:
            f.write("\n".join(queries) + "\n")
        _, _, timed = run_timed([cli, "--db", db, "dev", "time-search", "--queries", query_file])
        inside = [float(line.split("\t")[0]) / 1000 for line in timed.decode().splitlines()]
        rows["inproc-%d" % length] = (p95(inside), None, statistics.median(inside))
        rows["grep-%d" % length] = (p95(greps), None, statistics.median(greps))
    stats = [run_timed([cli, "--db", db, "stats", "--by", "unit", "--from", YEAR[0], "--to", YEAR[1]]) for _ in range(10)]
    rows["stats"] = (p95([s[0] for s in stats]), max(s[1] for s in stats))
    lists = [run_timed([cli, "--db", db, "list"]) for _ in range(10)]
    rows["list"] = (p95([s[0] for s in lists]), max(s[1] for s in lists))
    rows["size"] = (os.path.getsize(db), None)
    return rows


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--cli", default="build/src/cli/kuaibao-cli")
    parser.add_argument("--sizes", nargs="+", type=int, default=[1000, 10000])
    parser.add_argument("--workdir", default=os.path.join(tempfile.gettempdir(), "kuaibao-archive-bench"))
    args = parser.parse_args()
    os.makedirs(args.workdir, exist_ok=True)
    cli = os.path.abspath(args.cli)
    results = {size: bench_size(cli, size, args.workdir) for size in args.sizes}
    ms = lambda s: "%.1f ms" % (s * 1000)
    mb = lambda kb: "%.1f MB" % (kb / 1024) if kb else "–"
    print("| measure (p95 unless noted) | target | " + " | ".join("%d issues" % s for s in args.sizes) + " |")
    print("|---|---|" + "---|" * len(args.sizes))
    lines = [
        ("generate-archive (wall, once)", "well under 1 min", lambda r: "%.1f s, %s" % (r["generate"][0], mb(r["generate"][1]))),
        ("CLI start + open, no hits (median)", "–", lambda r: ms(r["startup"][0])),
    ]
    for n in (1, 2, 4):
        lines.append(("search %d-char, in process (p95 / median)" % n, "< 30 ms",
                      lambda r, n=n: "%s / %s" % (ms(r["inproc-%d" % n][0]), ms(r["inproc-%d" % n][2]))))
        lines.append(("search %d-char, whole CLI run (p95 / median)" % n, "–",
                      lambda r, n=n: "%s / %s" % (ms(r["search-%d" % n][0]), ms(r["search-%d" % n][2]))))
        lines.append(("grep -rc baseline, %d-char (p95 / median)" % n, "–",
                      lambda r, n=n: "%s / %s" % (ms(r["grep-%d" % n][0]), ms(r["grep-%d" % n][2]))))
    lines += [
        ("stats --by unit, one year", "< 100 ms", lambda r: ms(r["stats"][0])),
        ("list", "< 200 ms", lambda r: ms(r["list"][0])),
        ("peak memory, search / stats / list", "< 150 MB",
         lambda r: "%s / %s / %s" % (mb(max(r["search-1"][1], r["search-2"][1], r["search-4"][1])), mb(r["stats"][1]), mb(r["list"][1]))),
        ("archive file size", "–", lambda r: "%.0f MB" % (r["size"][0] / 1e6)),
    ]
    for label, target, cell in lines:
        print("| %s | %s | %s |" % (label, target, " | ".join(cell(results[s]) for s in args.sizes)))


if __name__ == "__main__":
    main()
