"""Executors: a local process pool and a Dask cluster give exactly the report of one process."""
from __future__ import annotations

import pytest

from factcheck import executor
from factcheck.executor import Execution, batches, extract_facts
from factcheck.extract import Settings
from factcheck.load import load_documents


@pytest.fixture
def pooled(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Make even a small corpus go to the pool; records the worker count of each pool."""
    used: list[int] = []
    real = executor._on_pool

    def spy(documents, settings, jobs, progress=None, encode=False):  # type: ignore[no-untyped-def]
        used.append(jobs)
        return real(documents, settings, jobs, progress, encode)

    monkeypatch.setattr(executor, "MIN_PARALLEL_CHARS", 0)
    monkeypatch.setattr(executor, "_on_pool", spy)
    return used


def test_jobs_2_output_is_byte_identical_to_jobs_1(corpus, cli, pooled):
    _, one, _ = cli("check", "docs", "--format", "json", "--no-cache", "--jobs", "1")
    assert pooled == []
    code, two, _ = cli("check", "docs", "--format", "json", "--no-cache", "--jobs", "2")
    assert pooled == [2] and code == 1
    assert two == one and '"rule": "event-date-mismatch"' in one


def test_pool_results_fill_the_cache_like_a_local_run(corpus, cli, pooled):
    _, cold, _ = cli("check", "docs", "--format", "json", "--jobs", "2")
    _, warm, _ = cli("check", "docs", "--format", "json", "--jobs", "2")
    assert pooled == [2] and warm == cold


def test_forked_checkers_give_the_conflicts_of_one_pass(corpus, cli, monkeypatch):
    _, one, _ = cli("check", "docs", "--format", "json", "--no-cache", "--jobs", "1")
    forked: list[int] = []
    real = executor._check_forked
    monkeypatch.setattr(executor, "MIN_PARALLEL_FACTS", 0)
    monkeypatch.setattr(executor, "_can_fork", lambda: True)
    monkeypatch.setattr(executor, "_check_forked", lambda blocks, rules, jobs: forked.append(jobs) or real(blocks, rules, jobs))
    code, two, _ = cli("check", "docs", "--format", "json", "--no-cache", "--jobs", "2")
    assert forked == [2] and code == 1 and two == one


def test_a_small_corpus_runs_without_a_pool(corpus, monkeypatch):
    monkeypatch.setattr(executor, "_on_pool", lambda *a: pytest.fail("pool started for a tiny corpus"))
    documents, _ = load_documents(["docs"])
    assert len(extract_facts(documents, Settings(), Execution(jobs=8))) == len(documents)


def test_batches_keep_order_and_cover_every_document():
    items = list(range(23))
    chunks = batches(items, 4)  # type: ignore[arg-type]
    assert [x for chunk in chunks for x in chunk] == items and len(chunks) == 4
    assert batches([], 4) == [] and [len(c) for c in batches(items, 100)] == [1] * 23  # type: ignore[arg-type]
    assert max(len(c) for c in batches(list(range(5000)), 2, limit=500)) == 500  # type: ignore[arg-type]


def test_shared_batches_shrink_towards_the_end_and_cover_every_document():
    items = list(range(5000))
    work = executor.tapering(items, 2)  # type: ignore[arg-type]
    sizes = [len(batch) for batch in work]
    assert [x for batch in work for x in batch] == items
    assert max(sizes) == executor.SHARED_BATCH and sizes == sorted(sizes, reverse=True) and sizes[-1] == 1
    assert executor.tapering([], 2) == [] and [len(b) for b in executor.tapering(items[:3], 2)] == [1, 1, 1]  # type: ignore[arg-type]


def test_jobs_must_be_positive(corpus, cli):
    code, _, err = cli("check", "docs", "--jobs", "0")
    assert code == 2 and "--jobs" in err


def test_dask_needs_a_scheduler_address(corpus, cli):
    code, _, err = cli("check", "docs", "--executor", "dask", "--no-cache")
    assert code == 2 and err.strip() == "factcheck: error: --executor dask needs --scheduler ADDRESS (e.g. tcp://127.0.0.1:8786)"


def test_dask_cluster_gives_the_same_report(corpus, cli):
    pytest.importorskip("distributed", reason="the dask extra is not installed: pip install '.[dask]'")
    from distributed import LocalCluster

    _, local, _ = cli("check", "docs", "--format", "json", "--no-cache", "--jobs", "1")
    with LocalCluster(n_workers=1, threads_per_worker=2, processes=False, dashboard_address=None) as cluster:
        args = ("check", "docs", "--format", "json", "--executor", "dask", "--scheduler", cluster.scheduler_address)
        code, remote, err = cli(*args, "--no-cache")
        assert code == 1 and remote == local, err
        assert {"extract_encoded", "check_part"} <= set(cluster.scheduler.task_prefixes)  # extraction and alignment
        _, cold, _ = cli(*args)
        _, warm, _ = cli(*args)
    assert cold == warm == local


def test_parts_keep_block_order_and_balance_facts():
    blocks = [(("event", "date", (str(i),)), [object()] * size) for i, size in enumerate([5, 1, 1, 1, 1, 1, 6])]
    split = executor.parts(blocks, 2)  # type: ignore[arg-type]
    assert [b for part in split for b in part] == blocks
    assert [sum(len(facts) for _key, facts in part) for part in split] == [8, 8]
    assert executor.parts([], 4) == [] and len(executor.parts(blocks, 100)) == len(blocks)  # type: ignore[arg-type]


def test_an_unreachable_scheduler_is_a_one_line_error(corpus, cli, monkeypatch):
    pytest.importorskip("distributed", reason="the dask extra is not installed: pip install '.[dask]'")
    monkeypatch.setattr(executor, "CONNECT_TIMEOUT", 1)
    code, _, err = cli("check", "docs", "--no-cache", "--executor", "dask", "--scheduler", "tcp://127.0.0.1:9")
    assert code == 2 and err.startswith("factcheck: error: cannot reach the Dask scheduler") and err.count("\n") == 1
