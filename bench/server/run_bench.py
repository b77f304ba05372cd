#!/usr/bin/env python3
"""Shared-archive benchmark (issue 13): one generated archive on SQLite and on PostgreSQL.

Starts a throwaway PostgreSQL server on loopback (scripts/pg-test-server.sh; stopped at the end,
whatever happens), generates a 10,000-issue SQLite archive (`dev generate-archive --seed 1`),
times `copy-archive` of it into a fresh server database (after `server init`), then measures in
the same run, for both engines:
  - opening an issue: 100 random issues loaded in one process (`dev time-open`), and `show N`
    as whole CLI runs;
  - search: 100 one-, two- and four-character queries drawn from the archive's own text, in one
    process (`dev time-search`, first 50 hits) and 20 of each as whole `search Q` runs;
  - a year's statistics (2023, by unit): in one process (`dev time-stats`) and as whole CLI runs;
  - a change seen by another client: a `watch` process runs while other processes save an issue
    (`dev save-loop --count 1`, one process per save); the time from the writer's "saved" line
    (printed right after its commit) to the watch process's line for that save.
Prints a Markdown report with the ratio PostgreSQL / SQLite (docs/performance.md keeps the figures).

Usage: bench/server/run_bench.py [--cli build-rel/src/cli/kuaibao-cli] [--issues 10000]
                                 [--workdir DIR] [--changes 20]
"""
import argparse
import os
import platform
import queue
import random
import signal
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))

def _archive_bench():
    """The archive benchmark's module (bench/archive/run_bench.py), for its helpers."""
    import importlib.util
    spec = importlib.util.spec_from_file_location("archive_bench", os.path.join(ROOT, "bench", "archive", "run_bench.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


_ARCHIVE = _archive_bench()
draw_queries, p95, run_timed = _ARCHIVE.draw_queries, _ARCHIVE.p95, _ARCHIVE.run_timed

YEAR = ("2023-01-01", "2023-12-31")
WATCH_NUMBER = 99001  # a save-loop issue, outside the generated numbers


def ms(seconds):
    return seconds * 1000


def cli_lines(cli, db, args):
    """Runs a dev timing command; returns its first column (milliseconds) per line."""
    _, _, out = run_timed([cli, "--db", db] + args)
    return [float(line.split("\t")[0]) for line in out.decode().splitlines() if line]


def whole_runs(cli, db, argss):
    return [ms(run_timed([cli, "--db", db] + args)[0]) for args in argss]


class LineClock:
    """Reads a process's stdout in a thread and keeps each line with the monotonic time it arrived."""

    def __init__(self, stream):
        self.lines = queue.Queue()
        self.thread = threading.Thread(target=self._read, args=(stream,), daemon=True)
        self.thread.start()

    def _read(self, stream):
        for raw in iter(stream.readline, b""):
            self.lines.put((time.monotonic(), raw.decode("utf-8", "replace").rstrip("\n")))

    def next(self, timeout):
        try:
            return self.lines.get(timeout=timeout)
        except queue.Empty:
            return None, None


def change_latency(cli, db, changes, env):
    """Milliseconds from a writer's commit to the watch line for it, once per change."""
    watcher = subprocess.Popen([cli, "--db", db, "watch"], stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, env=env)
    try:
        ready = watcher.stderr.readline().decode()
        if "watching" not in ready:
            sys.exit("watch did not start on %s: %s" % (db, ready))
        seen = LineClock(watcher.stdout)
        latencies = []
        for _ in range(changes):
            writer = subprocess.Popen([cli, "--db", db, "dev", "save-loop", "--numbers", str(WATCH_NUMBER),
                                       "--count", "1", "--writer", "bench"],
                                      stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
            saved_at, saved = LineClock(writer.stdout).next(timeout=30)
            writer.wait()
            if saved is None or not saved.startswith("saved"):
                sys.exit("the writer failed on %s: %s %s" % (db, saved, writer.stderr.read().decode()))
            at, line = seen.next(timeout=10)
            if line is None:
                sys.exit("watch printed nothing within 10 s of a save on %s" % db)
            if str(WATCH_NUMBER) not in line:
                sys.exit("watch printed an unexpected line on %s: %s" % (db, line))
            latencies.append(ms(at - saved_at))
            time.sleep(0.3)  # the next save starts apart from this one
        return latencies
    finally:
        watcher.send_signal(signal.SIGTERM)
        try:
            watcher.wait(timeout=10)
        except subprocess.TimeoutExpired:
            watcher.kill()


def measure(cli, db, numbers, query_files, queries, changes, env):
    rows = {}
    rows["startup"] = whole_runs(cli, db, [["search", "鸮鸮鸮"]] * 10)
    rows["open"] = cli_lines(cli, db, ["dev", "time-open", "--numbers", ",".join(map(str, numbers))])
    rows["open-cli"] = whole_runs(cli, db, [["show", str(n)] for n in numbers[:20]])
    for length, path in query_files.items():
        rows["search-%d" % length] = cli_lines(cli, db, ["dev", "time-search", "--queries", path])
        rows["search-cli-%d" % length] = whole_runs(cli, db, [["search", q] for q in queries[length][:20]])
    year = ["--by", "unit", "--from", YEAR[0], "--to", YEAR[1]]
    rows["stats"] = cli_lines(cli, db, ["dev", "time-stats"] + year + ["--repeat", "20"])
    rows["stats-cli"] = whole_runs(cli, db, [["stats"] + year] * 10)
    rows["change"] = change_latency(cli, db, changes, env)
    return rows


def psql(url, sql, env):
    subprocess.run(["psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", url, "-c", sql], check=True, env=env,
                   stdout=subprocess.DEVNULL)


def describe_machine():
    cpu = "unknown CPU"
    try:
        with open("/proc/cpuinfo") as f:
            cpu = next(line.split(":", 1)[1].strip() for line in f if line.startswith("model name"))
    except (OSError, StopIteration):
        pass
    return "%s, %d cores, %s" % (cpu, os.cpu_count(), platform.platform())


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--cli", default="build-rel/src/cli/kuaibao-cli")
    parser.add_argument("--issues", type=int, default=10000)
    parser.add_argument("--changes", type=int, default=20)
    parser.add_argument("--workdir", default=os.path.join(tempfile.gettempdir(), "kuaibao-server-bench"))
    args = parser.parse_args()
    cli = os.path.abspath(args.cli)
    os.makedirs(args.workdir, exist_ok=True)
    state = os.path.join(args.workdir, "pg-state")
    server_script = os.path.join(ROOT, "scripts", "pg-test-server.sh")
    load_before = os.getloadavg()
    started = subprocess.run(["bash", server_script, "start", state], capture_output=True, text=True)
    print(started.stdout.strip(), file=sys.stderr)
    try:
        if started.returncode != 0 or os.path.exists(os.path.join(state, "skipped")):
            sys.exit("no PostgreSQL server for the benchmark: %s%s" % (started.stderr, started.stdout))
        env = dict(os.environ, PGPASSFILE=os.path.join(state, "pgpass"))
        os.environ["PGPASSFILE"] = env["PGPASSFILE"]  # run_timed passes the environment on
        port = open(os.path.join(state, "port")).read().strip()
        psql("postgresql://kuaibao_owner@127.0.0.1:%s/postgres?sslmode=disable" % port,
             "CREATE DATABASE kuaibao_bench", env)
        server = "postgresql://kuaibao_owner@127.0.0.1:%s/kuaibao_bench?sslmode=disable" % port
        run_timed([cli, "--db", server, "server", "init"])

        sqlite_db = os.path.join(args.workdir, "archive-%d.db" % args.issues)
        for suffix in ("", "-wal", "-shm"):
            if os.path.exists(sqlite_db + suffix):
                os.remove(sqlite_db + suffix)
        generate = run_timed([cli, "--db", sqlite_db, "dev", "generate-archive", "--issues", str(args.issues),
                              "--seed", "1"])
        copy = run_timed([cli, "--db", server, "copy-archive", sqlite_db])

        con = sqlite3.connect(sqlite_db)
        all_numbers = [row[0] for row in con.execute("SELECT number FROM issues WHERE series = 'regular'")]
        con.close()
        numbers = random.Random(13).sample(all_numbers, min(100, len(all_numbers)))
        queries, query_files = {}, {}
        for length in (1, 2, 4):
            queries[length] = draw_queries(sqlite_db, length, 100, seed=length)
            query_files[length] = os.path.join(args.workdir, "queries-%d.txt" % length)
            with open(query_files[length], "w", encoding="utf-8") as f:
                f.write("\n".join(queries[length]) + "\n")

        results = {
            "SQLite": measure(cli, sqlite_db, numbers, query_files, queries, args.changes, env),
            "PostgreSQL": measure(cli, server, numbers, query_files, queries, args.changes, env),
        }
        version = subprocess.run(["psql", "-X", "-A", "-t", server, "-c", "SHOW server_version"],
                                 capture_output=True, text=True, env=env).stdout.strip()
    finally:
        subprocess.run(["bash", server_script, "stop", state], capture_output=True)
    load_after = os.getloadavg()

    print("Machine: %s; PostgreSQL %s on 127.0.0.1; %s; load average %.2f before, %.2f after (1 min)"
          % (describe_machine(), version, time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
             load_before[0], load_after[0]))
    print()
    print("| measure | target | SQLite | PostgreSQL | PG / SQLite |")
    print("|---|---|---|---|---|")
    print("| generate-archive, %d issues (SQLite, wall, once) | – | %.1f s | – | – |" % (args.issues, generate[0]))
    print("| copy-archive SQLite → server (wall, once; peak memory) | < 1 min | – | %.1f s, %.0f MB | – |"
          % (copy[0], copy[1] / 1024))

    def both(label, target, key, how):
        s, p = how(results["SQLite"][key]), how(results["PostgreSQL"][key])
        ratio = p[0] / s[0] if s[0] > 0 else float("inf")
        cell = lambda v: " / ".join("%.1f ms" % x for x in v)
        print("| %s | %s | %s | %s | %.1f× |" % (label, target, cell(s), cell(p), ratio))

    p95_median = lambda v: (p95(v), statistics.median(v))
    median = lambda v: (statistics.median(v),)
    both("CLI start + open, no hits (median)", "–", "startup", median)
    both("open an issue, in process (p95 / median)", "≤ 50 ms", "open", p95_median)
    both("`show N`, whole CLI run (p95 / median)", "–", "open-cli", p95_median)
    for n in (1, 2, 4):
        both("search %d-char, in process (p95 / median)" % n, "≤ 30 ms", "search-%d" % n, p95_median)
        both("search %d-char, whole CLI run (p95 / median)" % n, "–", "search-cli-%d" % n, p95_median)
    both("a year's stats by unit, in process (p95 / median)", "≤ 100 ms", "stats", p95_median)
    both("a year's `stats --by unit`, whole CLI run (p95 / median)", "–", "stats-cli", p95_median)
    both("change seen by a `watch` process (p95 / median)", "≤ 1 s", "change", p95_median)


if __name__ == "__main__":
    main()
