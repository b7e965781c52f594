"""Config keys for the cache and the executors: cache-dir, jobs, executor, scheduler."""
from __future__ import annotations


from factcheck.config import load_options
from factcheck.pipeline import execution_for


def test_scale_keys_are_read_and_cli_values_win(in_tmp):
    (in_tmp / ".factcheck.toml").write_text(
        'cache-dir = "c"\njobs = 3\nexecutor = "dask"\nscheduler = "tcp://127.0.0.1:8786"\n')
    options = load_options(in_tmp)
    assert (options.cache_dir, options.jobs, options.executor, options.scheduler) == (
        "c", 3, "dask", "tcp://127.0.0.1:8786")
    assert execution_for(options.with_cli(jobs=1, executor="local")).jobs == 1
    assert execution_for(options.with_cli(jobs=None)).jobs == 3


def test_jobs_default_to_the_cores_available(in_tmp):
    import os

    assert execution_for(load_options(in_tmp)).jobs == len(os.sched_getaffinity(0))


