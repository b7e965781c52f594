"""Benchmark `factcheck check` on synthetic corpora of 1,000 and 10,000 news-length documents.

Runs the installed CLI as a child process (``python -m factcheck check DIR
--format json``, report to /dev/null) and reports, per corpus size and
``--jobs``: documents per second cold (empty cache), the warm re-run after
editing one file, and peak memory (ru_maxrss of the child; with --jobs N it is
the largest single process, workers included) and CPU seconds (child and
workers: the figure that holds on a busy machine).  Then, in this process, the
number of comparisons the rules make against the corpus size.  Medians of
``--repeat`` runs.

    python benchmarks/bench.py                       # 1k and 10k, --jobs 1 and 2, 3 runs each
    python benchmarks/bench.py --sizes 1000 --repeat 1
    python benchmarks/bench.py --once 100000 --jobs 2   # one cold run of 100k documents
    python benchmarks/bench.py --startup             # --version, --help and one small document
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import corpus  # noqa: E402

WORK = Path(__file__).resolve().parent / ".work"


def run_check(folder: Path, jobs: int, cache: Path, select: str | None = None) -> tuple[float, int, float]:
    """(wall seconds, peak RSS in MiB, CPU seconds with its workers) of one `factcheck check` child process."""
    command = [sys.executable, "-m", "factcheck", "check", str(folder), "--format", "json", "--exit-zero",
               "--quiet", "--jobs", str(jobs), "--cache-dir", str(cache)] + (["--select", select] if select else [])
    start = time.perf_counter()
    child = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(child.pid, 0)
    elapsed = time.perf_counter() - start
    child.returncode = os.waitstatus_to_exitcode(status)
    error = child.stderr.read().decode() if child.stderr else ""
    if child.returncode != 0:
        raise SystemExit(f"factcheck failed ({child.returncode}): {error.strip()}")
    return elapsed, usage.ru_maxrss // 1024, usage.ru_utime + usage.ru_stime


def measure(folder: Path, size: int, jobs: int, repeat: int, select: str | None = None) -> dict[str, float]:
    """Cold and warm (one file edited) medians for one corpus and one --jobs."""
    cold, warm, memory, warm_memory, cpu = [], [], [], [], []
    for attempt in range(repeat):
        cache = WORK / f"cache-{size}-{jobs}"
        shutil.rmtree(cache, ignore_errors=True)
        seconds, rss, used = run_check(folder, jobs, cache, select)
        cold.append(seconds)
        memory.append(rss)
        cpu.append(used)
        edited = sorted(folder.glob("doc_*"))[attempt * 7 % size]
        with edited.open("a", encoding="utf-8") as handle:
            handle.write(f"\nThe Riyadh talks were held on February {10 + attempt}, 2025.\n")
        seconds, rss, _ = run_check(folder, jobs, cache, select)
        warm.append(seconds)
        warm_memory.append(rss)
    median = statistics.median(cold)
    return {"size": size, "jobs": jobs, "cold_s": median, "docs_per_s": size / median,
            "docs_per_s_per_core": size / median / jobs, "warm_s": statistics.median(warm),
            "peak_mib": max(memory), "warm_peak_mib": max(warm_memory), "cold_cpu_s": statistics.median(cpu), "runs": repeat}


def comparisons(folder: Path, cache: Path) -> dict[str, int]:
    """Facts, groups and date comparisons made by the rules, counted in this process (warm cache)."""
    from factcheck import pipeline
    from factcheck.check.kinds import date_mismatch
    from factcheck.config import Options

    calls = 0
    real = date_mismatch.compatible

    def counting(*args: object) -> bool:
        nonlocal calls
        calls += 1
        return real(*args)  # type: ignore[arg-type]

    date_mismatch.compatible = counting  # type: ignore[assignment]
    try:
        report = pipeline.run([str(folder)], Options(cache_dir=str(cache), jobs=1))
    finally:
        date_mismatch.compatible = real  # type: ignore[assignment]
    from factcheck.align import align

    groups = align(report.facts)
    return {"facts": len(report.facts), "groups": len(groups), "largest_group": max(len(g.facts) for g in groups),
            "date_comparisons": calls, "all_pairs": len(report.facts) * (len(report.facts) - 1) // 2}


def stages(folder: Path, cache: Path) -> dict[str, float]:
    """Seconds per stage of one warm run in this process (cache filled first), to show what grows how."""
    from factcheck import pipeline
    from factcheck.align import align
    from factcheck.cache import paused_gc
    from factcheck.check import run_rules
    from factcheck.config import Options
    from factcheck.executor import extract_facts
    from factcheck.load import load_documents
    from factcheck.report import json as json_report
    from factcheck.resolve import resolve

    options = Options(cache_dir=str(cache), jobs=1)
    pipeline.run([str(folder)], options, rules=[])  # fills the cache
    took: dict[str, float] = {}
    clock = time.perf_counter
    with paused_gc():
        start = clock()
        documents, _ = load_documents([str(folder)])
        took["load"] = clock() - start
        start = clock()
        cache = pipeline.open_cache(options, print)
        facts = extract_facts(documents, pipeline.settings_for(options), pipeline.execution_for(options), cache)
        took["cache (warm)"] = clock() - start
        start = clock()
        flat = resolve([f for fs in facts for f in fs], dict(options.aliases))
        took["resolve"] = clock() - start
        by_kind: dict[str, list] = {}
        for fact in flat:
            by_kind.setdefault(fact.kind, []).append(fact)
        groups = []
        for kind, members in sorted(by_kind.items()):
            start = clock()
            groups.extend(align(members))
            took[f"align {kind}"] = clock() - start
        start = clock()
        conflicts = run_rules(groups, pipeline.rules_for(options))
        took["rules"] = clock() - start
        start = clock()
        report = pipeline.check_facts(documents, facts, pipeline.rules_for(options), options)
        json_report.render(report)
        took["json report"] = clock() - start - took["resolve"] - sum(v for k, v in took.items() if k.startswith("align")) - took["rules"]
    took["conflicts"] = len(conflicts)
    return took


SMALL = Path(__file__).resolve().parent.parent / "seeds"


def startup(repeat: int) -> list[tuple[str, float]]:
    """Median wall seconds of short runs: --version, --help, and `check` on the smallest seed article (3 KB), (a) re-run
    unchanged, (b) just edited (extracted again, the cache directory already holding the gazetteer),
    (c) in a folder checked for the first time (empty cache directory) and (d) with --no-cache."""
    folder = WORK / "small"
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    article = folder / "article.txt"
    smallest = min(sorted(SMALL.glob("*.txt")), key=lambda path: path.stat().st_size)
    article.write_text(smallest.read_text(encoding="utf-8"), encoding="utf-8")
    cache = folder.parent / "small-cache"
    check = [sys.executable, "-m", "factcheck", "check", str(folder), "--exit-zero", "--quiet", "--jobs", "1"]

    def timed(command: list[str], before=lambda attempt: None) -> float:
        runs = []
        for attempt in range(repeat):
            before(attempt)
            start = time.perf_counter()
            subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
            runs.append(time.perf_counter() - start)
        return statistics.median(runs)

    def edit(attempt: int) -> None:
        with article.open("a", encoding="utf-8") as handle:
            handle.write(f"\nThe Riyadh talks were held on February {10 + attempt}, 2025.\n")

    shutil.rmtree(cache, ignore_errors=True)
    subprocess.run(check + ["--cache-dir", str(cache)], stdout=subprocess.DEVNULL, check=True)
    rows = [("factcheck --version", timed([sys.executable, "-m", "factcheck", "--version"])),
            ("factcheck --help", timed([sys.executable, "-m", "factcheck", "--help"])),
            ("check, one document, unchanged (cached)", timed(check + ["--cache-dir", str(cache)])),
            ("check, one document just edited", timed(check + ["--cache-dir", str(cache)], edit)),
            ("check, one document, empty cache directory",
             timed(check + ["--cache-dir", str(cache)], lambda attempt: shutil.rmtree(cache, ignore_errors=True))),
            ("check, one document, --no-cache", timed(check + ["--no-cache"]))]
    return rows


def table(results: list[dict[str, float]]) -> str:
    lines = ["| documents | --jobs | cold s | docs/s | docs/s/core | cold CPU s | warm s (1 file edited) | "
             "peak MiB cold | peak MiB warm |",
             "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"]
    for r in results:
        lines.append(f"| {r['size']:,} | {r['jobs']} | {r['cold_s']:.1f} | {r['docs_per_s']:.0f} | "
                     f"{r['docs_per_s_per_core']:.0f} | {r['cold_cpu_s']:.1f} | {r['warm_s']:.2f} | {r['peak_mib']} | "
                     f"{r['warm_peak_mib']} |")
    return "\n".join(lines)


def _cell(value: float | None) -> str:
    if value is None:
        return "–"
    return f"{value:,}" if isinstance(value, int) else f"{value:.3f} s"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,10000", help="corpus sizes, comma-separated")
    parser.add_argument("--jobs", default="1,2", help="--jobs values, comma-separated")
    parser.add_argument("--repeat", type=int, default=3, help="runs per measurement (median reported)")
    parser.add_argument("--once", type=int, help="one cold run of a corpus this large, then stop")
    parser.add_argument("--json", type=Path, help="also write the results here")
    parser.add_argument("--stages", action="store_true", help="only time each stage in this process, per size")
    parser.add_argument("--startup", action="store_true", help="only time --version, --help and one small document")
    parser.add_argument("--select", help="pass --select to check: only those rules, and the fact families they need")
    args = parser.parse_args()
    jobs = [int(j) for j in args.jobs.split(",")]
    sizes = [args.once] if args.once else [int(s) for s in args.sizes.split(",")]
    results, counts = [], {}
    if args.startup:
        print(f"| run ({args.repeat} runs, median) | seconds |\n| --- | ---: |")
        for name, seconds in startup(args.repeat):
            print(f"| {name} | {seconds:.3f} |")
        return
    if args.stages:
        rows = {}
        for size in sizes:
            rows[size] = stages(corpus.generate(WORK / f"corpus-{size}", size), WORK / f"cache-{size}-stages")
        names = list(dict.fromkeys(k for row in rows.values() for k in row))
        print("| stage | " + " | ".join(f"{s:,} docs" for s in rows) + " |")
        print("| --- |" + " ---: |" * len(rows))
        for name in names:
            print(f"| {name} | " + " | ".join(_cell(row.get(name)) for row in rows.values()) + " |")
        return
    for size in sizes:
        started = time.perf_counter()
        folder = corpus.generate(WORK / f"corpus-{size}", size)
        print(f"corpus of {size:,} documents ready in {time.perf_counter() - started:.0f} s", file=sys.stderr)
        for n in jobs:
            results.append(measure(folder, size, n, 1 if args.once else args.repeat, args.select))
            print(table(results[-1:]).splitlines()[-1], file=sys.stderr)
        if not args.once and not args.select:
            counts[size] = comparisons(folder, WORK / f"cache-{size}-{jobs[-1]}")
    print(table(results))
    by = {(r["size"], r["jobs"]): r["cold_s"] for r in results}
    if len(sizes) > 1:
        for n in jobs:
            print(f"\n--jobs {n}: time({sizes[-1]:,})/time({sizes[0]:,}) = {by[(sizes[-1], n)] / by[(sizes[0], n)]:.2f}")
    if len(jobs) > 1:
        print(f"speed-up, --jobs {jobs[-1]} vs {jobs[0]} on {sizes[-1]:,}: "
              f"{by[(sizes[-1], jobs[0])] / by[(sizes[-1], jobs[-1])]:.2f}x")
    for size, found in counts.items():
        print(f"{size:,} documents: " + ", ".join(f"{k} {v:,}" for k, v in found.items()))
    if args.json:
        args.json.write_text(json.dumps({"results": results, "comparisons": counts}, indent=2) + "\n")


if __name__ == "__main__":
    main()
