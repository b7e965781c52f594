"""Where extraction runs: in this process, in local worker processes, or on a Dask cluster.

Every executor applies the same pure function to batches of documents and
returns the facts in document order, so the report never depends on the
choice.  The cache sits in front: only documents it does not hold are sent.
Workers return each document's facts already encoded for the cache, so facts
cross a process boundary once and are stored without being encoded again.
"""
from __future__ import annotations

import math
import os
import threading
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any, Callable, Iterator, TYPE_CHECKING, Sequence

from factcheck.cache import codec, paused_gc
from factcheck.cache.share import Pool
from factcheck.errors import UsageError
from factcheck.model import Conflict, Document, Fact

#: Told how many more documents are done.
Progress = Callable[[int], None]

if TYPE_CHECKING:
    from factcheck.align import Block
    from factcheck.cache import FactCache
    from factcheck.check import Rule
    from factcheck.extract import Settings

EXECUTORS = ("local", "dask")
MIN_PARALLEL_CHARS = 200_000  # below this (≈ 25 news articles) a pool costs more than it saves
BATCHES_PER_WORKER = 4  # enough to even out long and short documents
CONNECT_TIMEOUT = 10  # seconds to reach a Dask scheduler


@dataclass(frozen=True)
class Execution:
    """How to run extraction: ``jobs`` local processes, or a Dask scheduler's workers."""

    jobs: int = 1
    executor: str = "local"
    scheduler: str | None = None


def available_cores() -> int:
    """The cores this process may run on (its CPU affinity), at least 1."""
    try:
        return len(os.sched_getaffinity(0)) or 1
    except AttributeError:  # not Linux
        return os.cpu_count() or 1


def extract_facts(documents: Sequence[Document], settings: Settings, execution: Execution = Execution(),
                  cache: FactCache | None = None, progress: Progress | None = None) -> list[list[Fact]]:
    """The facts of each document, in document order: from the cache, else extracted.

    ``progress`` is told how many documents are done, after the cache and after each batch.
    """
    from factcheck.cache import document_key, fingerprint

    version = fingerprint(settings) if cache else ""
    keys = [document_key(version, d) for d in documents] if cache else []
    found = cache.lookup(keys) if cache else {}
    results: list[list[Fact] | None] = [found.get(k) for k in keys] if cache else [None] * len(documents)
    todo = [i for i, facts in enumerate(results) if facts is None]
    if progress:
        progress(len(documents) - len(todo))
    extracted, blobs = _extract([documents[i] for i in todo], settings, execution, progress, encode=bool(cache))
    for i, facts in zip(todo, extracted):
        results[i] = facts
    if cache and todo:
        encoded = blobs or [None] * len(todo)
        cache.store((keys[i], documents[i].path, blob if blob is not None else codec.encode(facts))
                    for i, blob, facts in zip(todo, encoded, extracted))
    return [facts or [] for facts in results]


def extract_batch(documents: Sequence[Document], settings: Settings) -> list[list[Fact]]:
    """Extract each document in this process."""
    from factcheck import extract

    return [extract.extract_document(document, settings) for document in documents]


def extract_encoded(documents: Sequence[Document], settings: Settings) -> list[bytes]:
    """What a worker runs: each document's facts, encoded for the trip back and the cache.

    Facts are encoded with their repeated values shared, so entries are smaller and decode into fewer objects.
    """
    pool = Pool()
    return [codec.encode(pool.facts(facts)) for facts in extract_batch(documents, settings)]


def batches(documents: Sequence[Document], count: int, limit: int = 500) -> list[list[Document]]:
    """``documents`` in about ``count`` consecutive batches of at most ``limit``."""
    size = max(1, min(limit, math.ceil(len(documents) / max(count, 1))))
    return [list(documents[i:i + size]) for i in range(0, len(documents), size)]


def _extract(documents: list[Document], settings: Settings, execution: Execution, progress: Progress | None = None,
             encode: bool = False) -> tuple[list[list[Fact]], list[bytes | None] | None]:
    """Facts per document, and their encoded form where another process sent it or where ``encode``
    asked for it while workers were busy."""
    if not documents:
        return [], None
    if execution.executor == "dask":
        blobs = _on_dask(documents, settings, execution.scheduler)
    elif execution.jobs > 1 and len(documents) > 1 and sum(len(d.text) for d in documents) >= MIN_PARALLEL_CHARS:
        return _on_pool(documents, settings, min(execution.jobs, len(documents)), progress, encode)
    else:
        return _in_process(documents, settings, progress), None
    with paused_gc():
        return [codec.decode(blob) for blob in blobs], blobs


def _in_process(documents: list[Document], settings: Settings, progress: Progress | None,
                pool: Pool | None = None) -> list[list[Fact]]:
    from factcheck import extract

    pool = pool or Pool()  # one for the run: documents repeat each other's values too
    results = []
    for document in documents:
        results.append(pool.facts(extract.extract_document(document, settings)))
        if progress:
            progress(1)
    return results


#: Documents per batch when this process shares the work with its workers: small enough that the
#: last batch to finish (this process's or a worker's) keeps the other waiting only briefly.
SHARED_BATCH = 100
#: Batches queued per worker, so a worker never waits while this process extracts one of its own.
AHEAD = 2


def tapering(documents: Sequence[Document], jobs: int) -> list[list[Document]]:
    """``documents`` in consecutive batches of at most ``SHARED_BATCH`` that shrink towards the end
    (none more than a sixth of each process's share of what remains), so the processes finish together."""
    result, start = [], 0
    while start < len(documents):
        size = max(1, min(SHARED_BATCH, (len(documents) - start) // (jobs * (AHEAD + 1) * 2)))
        result.append(list(documents[start:start + size]))
        start += size
    return result


def _on_pool(documents: list[Document], settings: Settings, jobs: int, progress: Progress | None = None,
             encode: bool = False) -> tuple[list[list[Fact]], list[bytes | None]]:
    """Facts per document from this process and ``jobs - 1`` workers, and the encoded form of those
    the workers sent (for the cache) and, with ``encode``, of this process's own.

    This process is one of the ``jobs``: it keeps each worker ``AHEAD`` batches ahead, extracts the
    next batch itself, and decodes the workers' batches as they arrive.  On a machine with as many
    cores as jobs, no core waits on a process that only decodes, and this process's share of the
    facts never crosses a process boundary.
    """
    from concurrent.futures import Future, ProcessPoolExecutor

    work = tapering(documents, jobs)
    facts: list[list[list[Fact]] | None] = [None] * len(work)
    blobs: list[list[bytes | None] | None] = [None] * len(work)
    shared = Pool()
    workers = jobs - 1
    with ProcessPoolExecutor(workers, mp_context=_context()) as pool:
        pending: dict[Future[list[bytes]], int] = {}

        def collect(finished: list[Future[list[bytes]]]) -> None:
            for future in finished:
                index = pending.pop(future)
                batch = future.result()
                with paused_gc():
                    facts[index] = [codec.decode(blob) for blob in batch]
                blobs[index] = list(batch)
                if progress:
                    progress(len(batch))

        next_batch = 0
        while next_batch < len(work):
            collect([future for future in pending if future.done()])
            while next_batch < len(work) and len(pending) < workers * AHEAD:
                pending[pool.submit(extract_encoded, work[next_batch], settings)] = next_batch
                next_batch += 1
            if next_batch < len(work):
                facts[next_batch] = _in_process(work[next_batch], settings, progress, shared)
                own = facts[next_batch] or []
                blobs[next_batch] = [codec.encode(one) for one in own] if encode else [None] * len(own)
                next_batch += 1
        collect(list(pending))
    return ([one for batch in facts for one in batch or ()],  # type: ignore[misc]
            [one for batch in blobs for one in batch or ()])  # type: ignore[misc]


def _context() -> Any:
    """fork where it is safe (workers inherit the imported modules and the parent's data), else spawn."""
    import multiprocessing

    return multiprocessing.get_context("fork" if _can_fork() else "spawn")


def _can_fork() -> bool:
    return threading.active_count() == 1 and os.name == "posix"  # fork is unsafe once threads exist


def _on_dask(documents: list[Document], settings: Settings, scheduler: str | None) -> list[bytes]:
    with _dask_client(scheduler) as client:
        futures = client.map(extract_encoded, batches(documents, _threads(client) * BATCHES_PER_WORKER),
                             settings=settings, pure=False)
        return [blob for batch in client.gather(futures) for blob in batch]


def check_blocks(blocks: Sequence[Block], rules: list[Rule], execution: Execution = Execution()) -> list[Conflict]:
    """Align and check blocks of facts: in this process, in forked local workers (``--jobs``, big
    corpora) or on the Dask cluster's workers.  Groups never span blocks, so consecutive parts are
    checked apart and their conflicts joined in block order: the same list as one pass."""
    from factcheck.check.engine import conflict_order

    if execution.executor == "dask" and blocks:
        with _dask_client(execution.scheduler) as client:
            futures = client.map(check_part, parts(blocks, _threads(client) * BATCHES_PER_WORKER), rules=rules,
                                 pure=False)
            return sorted((c for part in client.gather(futures) for c in part), key=conflict_order)
    if execution.jobs > 1 and _can_fork() and sum(len(facts) for _key, facts in blocks) >= MIN_PARALLEL_FACTS:
        return sorted(_check_forked(list(blocks), rules, execution.jobs), key=conflict_order)
    return check_part(blocks, rules)


#: Below this many facts (≈ 2,000 news articles) checking in one process is quicker than forking.
MIN_PARALLEL_FACTS = 100_000
_forked: list[tuple[list[Block], list[Rule]]] = []  # what forked checkers read, set only around the pool


def _check_forked(blocks: list[Block], rules: list[Rule], jobs: int) -> list[Conflict]:
    """Check parts of ``blocks`` in forked workers, which inherit the facts rather than receive them;
    each conflict comes back with its claims as (block, fact) positions and is rebuilt from ours."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor
    from dataclasses import replace

    spans, start = [], 0
    for part in parts(blocks, jobs * BATCHES_PER_WORKER):
        spans.append((start, start + len(part)))
        start += len(part)
    _forked[:] = [(blocks, rules)]
    try:
        with ProcessPoolExecutor(jobs, mp_context=multiprocessing.get_context("fork")) as pool:  # only fork shares _forked
            found = [c for part in pool.map(_check_span, spans) for c in part]
    finally:
        _forked.clear()
    return [replace(conflict, claims=tuple(ref if isinstance(ref, Fact) else blocks[ref[0]][1][ref[1]] for ref in refs))
            for conflict, refs in found]


def _check_span(span: tuple[int, int]) -> list[tuple[Conflict, tuple[Any, ...]]]:
    """What a forked checker runs: the conflicts of blocks[start:end], claims given by position."""
    from dataclasses import replace

    blocks, rules = _forked[0]
    start, end = span
    where = {id(fact): (b, i) for b in range(start, end) for i, fact in enumerate(blocks[b][1])}
    return [(replace(conflict, claims=()), tuple(where.get(id(claim), claim) for claim in conflict.claims))
            for conflict in check_part(blocks[start:end], rules)]


def check_part(blocks: Sequence[Block], rules: list[Rule]) -> list[Conflict]:
    """What a worker runs: the conflicts in some blocks, sorted."""
    from factcheck.align import groups_in
    from factcheck.check import run_rules

    return run_rules(groups_in(blocks), rules)


def parts(blocks: Sequence[Block], count: int) -> list[list[Block]]:
    """``blocks`` in at most about ``count`` consecutive parts of similar numbers of facts."""
    target = max(1, math.ceil(sum(len(facts) for _key, facts in blocks) / max(count, 1)))
    result: list[list[Block]] = [[]]
    size = 0
    for block in blocks:
        if size >= target:
            result.append([])
            size = 0
        result[-1].append(block)
        size += len(block[1])
    return [part for part in result if part]


@contextmanager
def _dask_client(scheduler: str | None) -> Iterator[Any]:
    if not scheduler:
        raise UsageError("--executor dask needs --scheduler ADDRESS (e.g. tcp://127.0.0.1:8786)")
    try:
        from distributed import Client
    except ImportError:
        raise UsageError("--executor dask needs Dask: pip install 'factcheck[dask]'") from None
    try:
        client = Client(scheduler, timeout=CONNECT_TIMEOUT)
    except (OSError, TimeoutError) as exc:
        raise UsageError(f"cannot reach the Dask scheduler at {scheduler}: {exc}") from None
    with client:
        yield client


def _threads(client: Any) -> int:
    return sum(client.nthreads().values()) or 1
