"""Extraction on a Dask cluster gives what one local process gives, in the same order."""

from __future__ import annotations

import gzip
import importlib.util
import json
import os
from pathlib import Path

import pytest

pytest.importorskip("dask.distributed")

from dask.distributed import Client, LocalCluster

from votecli import pipeline
from votecli.distributed import run_on_cluster

ROOT = Path(__file__).resolve().parents[1]


def corpus(root: Path, kb: int, seed: int) -> None:
    """Small generated news files (benchmarks/make_corpus.py) in `root`."""
    spec = importlib.util.spec_from_file_location(
        "make_corpus", ROOT / "benchmarks" / "make_corpus.py"
    )
    make_corpus = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(make_corpus)
    for doc_id, _title, text in make_corpus.generate(seed, kb * 1000):
        (root / f"{doc_id}.txt").write_text(text, encoding="utf-8")


@pytest.fixture(scope="module")
def client():
    with (
        LocalCluster(
            n_workers=2,
            threads_per_worker=1,
            processes=True,
            host="127.0.0.1",
            dashboard_address=None,
        ) as cluster,
        Client(cluster) as connected,
    ):
        yield connected


def test_cluster_output_equals_one_process(tmp_path, monkeypatch, client):
    (tmp_path / "news").mkdir()
    corpus(tmp_path / "news", kb=60, seed=3)
    feed = tmp_path / "feed.jsonl.gz"
    rows = [{"id": f"a{i}", "text": f"Kenya won {100 + i} votes."} for i in range(30)]
    lines = [json.dumps(r) for r in rows]
    lines.insert(5, "{broken")
    feed.write_bytes(gzip.compress(("\n".join(lines) + "\n").encode()))
    monkeypatch.chdir(tmp_path)  # relative paths, as a user gives them: made absolute for workers
    monkeypatch.setattr(pipeline, "BATCH_FILES", 4)  # several batches from a small corpus
    paths = ["news", "feed.jsonl.gz", "missing.txt"]
    local = list(pipeline.run(paths, id_field="id"))
    remote = list(run_on_cluster(paths, client, id_field="id", window=3))
    assert len(local) == len(os.listdir("news")) + 31 + 1
    assert remote == local
    assert [o.name for o in remote][-2:] == ["feed.jsonl.gz#a29", "missing.txt"]
    assert remote[-1].error == "missing.txt: no such file"


def test_finish_runs_on_the_cluster_workers(tmp_path, monkeypatch, client):
    from votecli import views

    corpus(tmp_path, kb=40, seed=5)
    monkeypatch.setattr(pipeline, "BATCH_FILES", 3)
    local = [views.tally_records(o.document) for o in pipeline.run([str(tmp_path)])]
    remote = list(run_on_cluster([str(tmp_path)], client, finish=views.tally_records))
    assert [o.finished for o in remote] == local
    assert sum(map(len, local)) > 5
