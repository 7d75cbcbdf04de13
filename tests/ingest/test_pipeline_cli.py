"""`nukewatch ingest`, `export` and `search` on the command line."""
from __future__ import annotations

import csv
import io
import json

import pytest
from click.testing import CliRunner

from nukewatch.cli import cli
from test_pipeline_support import build_corpus

FAKE = ["--analyzer", "test_pipeline_support:FakeAnalyzer"]


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """A store built by `nukewatch ingest` from a small corpus (plus one missing input)."""
    root = tmp_path_factory.mktemp("cli")
    build_corpus(root / "corpus", n_irrelevant=200, n_stories=15, files=2)
    db = str(root / "store.db")
    result = CliRunner().invoke(cli, ["ingest", str(root / "corpus"), str(root / "missing.txt"), "--db", db, *FAKE])
    return root, db, result


def test_ingest_summary_errors_and_exit_status(built):
    root, db, result = built
    assert result.exit_code == 1  # two inputs failed, the rest is stored
    err = result.stderr.splitlines()
    assert f"{root / 'missing.txt'}: no such file or directory" in err
    assert any(line.startswith(str(root / "corpus")) and "invalid JSON" in line for line in err)
    out = result.stdout
    for word in ("read", "new", "duplicate", "relevant", "signals", "errors 2"):
        assert word in out
    again = CliRunner().invoke(cli, ["ingest", str(root / "corpus"), "--db", db, "-q", *FAKE])
    assert again.exit_code == 1 and again.stdout == ""  # quiet: no summary, errors still on stderr
    assert "invalid JSON" in again.stderr


def test_ingest_clean_input_exits_zero_and_uses_env_db(tmp_path, monkeypatch):
    (tmp_path / "a.txt").write_text("Russia threatened to use nuclear weapons.", encoding="utf-8")
    monkeypatch.setenv("NUKEWATCH_DB", str(tmp_path / "env.db"))
    r = CliRunner().invoke(cli, ["ingest", str(tmp_path / "a.txt"), "--published", "2022-11-03", *FAKE])
    assert r.exit_code == 0, r.output
    assert "new 1" in r.stdout and "relevant 1" in r.stdout
    assert (tmp_path / "env.db").exists()
    bad = CliRunner().invoke(cli, ["ingest", str(tmp_path / "a.txt"), "--published", "03/11/2022", *FAKE])
    assert bad.exit_code == 2 and "YYYY-MM-DD" in bad.stderr


def test_export_jsonl_filters_and_evidence(built):
    _, db, _ = built
    r = CliRunner().invoke(cli, ["export", "--db", db])
    assert r.exit_code == 0, r.output
    rows = [json.loads(line) for line in r.stdout.splitlines()]
    assert rows and all(row["evidence"] and row["url"] and row["outlet"] for row in rows)
    assert any(row["corroboration"] >= 2 for row in rows)
    assert {"story_id", "published", "title", "corroboration", "track"} <= set(rows[0])
    threats = [json.loads(x) for x in CliRunner().invoke(cli, ["export", "--db", db, "--type", "threat"]
                                                         ).stdout.splitlines()]
    assert threats and {t["type"] for t in threats} == {"THREAT"}
    rus = [json.loads(x) for x in CliRunner().invoke(cli, ["export", "--db", db, "--actor", "RUS"]).stdout.splitlines()]
    assert rus and {t["actor_country"] for t in rus} == {"RUS"}
    days = sorted(row["day"] for row in rows)
    mid = days[len(days) // 2]
    since = CliRunner().invoke(cli, ["export", "--db", db, "--since", mid]).stdout.splitlines()
    assert 0 < len(since) < len(rows) and all(json.loads(x)["day"] >= mid for x in since)


def test_export_csv_and_parquet(built, tmp_path):
    _, db, _ = built
    r = CliRunner().invoke(cli, ["export", "--db", db, "--format", "csv"])
    rows = list(csv.DictReader(io.StringIO(r.stdout)))
    assert rows and rows[0]["evidence"] and int(rows[0]["evidence_count"]) >= 1
    assert rows[0]["hedged"] in ("true", "false") and rows[0]["evidence_urls"].startswith("https://")
    out = tmp_path / "s.parquet"
    r = CliRunner().invoke(cli, ["export", "--db", db, "--format", "parquet", "--out", str(out)])
    assert r.exit_code == 0, r.output
    import pyarrow.parquet as pq

    t = pq.read_table(out)
    assert t.num_rows == len(rows)
    first = t.slice(0, 1).to_pylist()[0]
    assert first["evidence"][0]["text"] and str(t.schema.field("day").type) == "date32[day]"
    assert CliRunner().invoke(cli, ["export", "--db", db, "--format", "parquet"]).exit_code == 2
    assert CliRunner().invoke(cli, ["export", "--db", db, "--type", "NOPE"]).exit_code == 2


def test_search_cli(built):
    _, db, _ = built
    r = CliRunner().invoke(cli, ["search", "threatened nuclear", "--db", db, "--limit", "3"])
    assert r.exit_code == 0, r.output
    blocks = [b for b in r.stdout.split("\n\n") if b.strip()]
    assert len(blocks) == 3
    assert "https://" in blocks[0] and "[threatened]" in blocks[0] and "Story" in blocks[0]
    j = CliRunner().invoke(cli, ["search", "threatened", "--db", db, "--json", "-n", "1"])
    hit = json.loads(j.stdout)
    assert hit["url"].startswith("https://") and "[threatened]" in hit["snippet"]
    none = CliRunner().invoke(cli, ["search", "zzzzunfindable", "--db", db])
    assert none.exit_code == 0 and none.stdout == "" and "no match" in none.stderr


def test_export_and_search_refuse_a_missing_store(tmp_path):
    for args in (["export"], ["search", "x"]):
        r = CliRunner().invoke(cli, [*args, "--db", str(tmp_path / "nope.db")])
        assert r.exit_code == 1 and "no store at" in r.stderr
        assert not (tmp_path / "nope.db").exists()


@pytest.mark.parametrize("command", ["ingest", "export", "search"])
def test_every_option_has_help(command):
    cmd = cli.get_command(None, command)
    assert cmd.help and len(cmd.help) > 40
    import click

    for p in cmd.params:
        if isinstance(p, click.Option) and not p.hidden:
            assert p.help, f"{command} {p.name} has no help"
        elif isinstance(p, click.Argument):
            assert p.name.upper() in cmd.help  # arguments are explained in the command's help
    r = CliRunner().invoke(cli, [command, "--help"])
    assert r.exit_code == 0 and "--db" in r.stdout and "--analyzer" not in r.stdout
