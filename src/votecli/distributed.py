"""Extraction on a Dask cluster: the same batches and outcomes as `pipeline.run`, more machines.

    from votecli.distributed import run_on_cluster

    for outcome in run_on_cluster(["/shared/news/"], "tcp://scheduler:8786"):
        ...

Needs the `dask` extra (`pip install 'votecli[dask]'`) here and votecli, at the same version, on
every worker. Work is cut by `pipeline.plan` and done by `pipeline.work`, as with local processes:

- Text files (`.txt`, `.html`, `.txt.gz`...) are read on the workers: the client sends only
  absolute paths, so every path must be visible at the same place on every worker (a shared
  or network filesystem, or object storage mounted alike on every machine, e.g. with s3fs,
  gcsfuse or rclone mount). Folders are listed on the client.
- JSON Lines files are streamed by the client, which sends the raw lines to the workers in
  batches of about 64 KB: one file needs to be visible to the client only, and its lines are
  parsed and extracted on the workers.
- Standard input is read and extracted on the client.

At most a few batches per worker thread are in flight, and outcomes come back in input order,
so the client's memory stays flat however large the input. Extraction is pure Python: run
workers with one thread each (`dask worker --nthreads 1 --nworkers N`).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator, Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .model import Document

from .pipeline import WINDOW_PER_JOB, Options, Outcome, in_order, named_inputs, plan, work

LOCAL = "local"  # `--scheduler local`: a throw-away cluster of this machine's cores


def run_on_cluster(
    paths: Sequence[str] | None,
    scheduler: str | Any,
    encoding: str | None = None,
    *,
    text_field: str = "text",
    id_field: str | None = None,
    window: int | None = None,
    finish: Callable[[Document], Any] | None = None,
) -> Iterator[Outcome]:
    """Outcomes of every input, in input order, extracted on the Dask cluster at `scheduler`:
    an address (`tcp://host:8786`), a `distributed.Client` already connected, or "local"
    for a cluster of this machine's processes. `window`: batches in flight (default: four
    per worker thread). `finish`: as for `pipeline.run`, run on the workers."""
    client, owned = _client(scheduler)
    try:
        options = Options(
            encoding=encoding, text_field=text_field, id_field=id_field, finish=finish
        )
        threads = sum(client.nthreads().values()) or 1
        yield from in_order(
            plan(named_inputs(paths), options, absolute=True),
            lambda batch: client.submit(work, batch, options, pure=False),
            lambda future: future.result(),
            window=window or threads * WINDOW_PER_JOB,
        )
    finally:
        for closable in reversed(owned):
            closable.close()


def _client(scheduler: str | Any) -> tuple[Any, list[Any]]:
    """A connected client and what this module opened (to close when done)."""
    try:
        from dask.distributed import Client, LocalCluster
    except ImportError as exc:
        from .errors import VotecliError

        raise VotecliError(
            "running on a Dask cluster needs dask: pip install 'votecli[dask]'"
        ) from exc
    if not isinstance(scheduler, str):
        return scheduler, []
    if scheduler == LOCAL:
        cluster = LocalCluster(
            n_workers=os.cpu_count() or 1,
            threads_per_worker=1,
            processes=True,
            dashboard_address=None,
        )
        client = Client(cluster)
        return client, [cluster, client]
    client = Client(scheduler)
    return client, [client]
