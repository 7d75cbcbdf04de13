"""Full-text search, signal queries and ingest-run bookkeeping."""
from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys

import pytest

from factories import WIRE
from nukewatch.store import Store
from nukewatch.store.store import fts5_query, signal_day

RU = ("Президент России Владимир Путин заявил, что Москва готова применить ядерное оружие "
      "для защиты территориальной целостности страны, сообщает агентство ТАСС.")
FR = ("Selon le New York Times, de hauts responsables militaires russes auraient abordé "
      "l'éventualité d'utiliser des armes nucléaires tactiques en Ukraine.")


def test_search_finds_text_and_title_with_snippet(store, mk):
    store.add_document(*mk(title="Kremlin rhetoric", key="en"))
    store.add_document(*mk(text=RU, title="Путин и ядерное оружие", url="https://tass.ru/1", key="ru"))
    store.add_document(*mk(text=FR, title="Armes nucléaires", url="https://www.lemonde.fr/1", key="fr"))
    store.add_document(*mk(text="tactical nuclear weapons nuclear weapons irrelevant copy", relevant=False,
                           key="irr", url="https://x.example/irr"))
    hits = store.search("tactical nuclear")
    assert [h.url for h in hits] == ["https://www.reuters.com/world/1"]  # documents without text are not indexed
    assert "[tactical]" in hits[0].snippet and hits[0].title == "Kremlin rhetoric"
    assert hits[0].outlet == "reuters.com" and hits[0].published == dt.date(2022, 11, 2)
    assert [h.url for h in store.search("ядерное оружие")] == ["https://tass.ru/1"]
    assert [h.url for h in store.search("armes nucléaires")] == ["https://www.lemonde.fr/1"]
    assert [h.url for h in store.search("rhetoric")] == ["https://www.reuters.com/world/1"]  # title only
    assert [h.url for h in store.search('"Putin threatened"')] == ["https://www.reuters.com/world/1"]
    assert store.search('"threatened Putin"') == []  # phrase order matters
    assert {h.url for h in store.search("Brussels OR ТАСС")} == {"https://www.reuters.com/world/1",
                                                                 "https://tass.ru/1"}
    assert len(store.search("nuclear OR ядерное OR nucléaires", limit=2)) == 2
    assert store.search("   ") == []


@pytest.mark.parametrize("q", ['"unbalanced', "AND(", "NEAR(a b)", "a:b", "*", "-", "OR", 'x" OR "y', "^start"])
def test_search_never_raises_on_user_syntax(store, mk, q):
    store.add_document(*mk())
    assert isinstance(store.search(q), list)


def test_fts5_query_quotes_everything():
    assert fts5_query('nuclear "dirty bomb" OR radiological') == '"nuclear" "dirty bomb" OR "radiological"'
    assert fts5_query("warhead* AND(") == '"warhead"* "AND("'
    assert fts5_query('OR a OR') == '"a"'
    assert fts5_query('say "x""') == '"say" "x"'


def test_search_index_follows_updates_and_deletes(store, mk):
    res = store.add_document(*mk())
    with store.engine.begin() as conn:
        conn.exec_driver_sql(f"UPDATE documents SET text = 'hypersonic glide vehicle test' WHERE id = {res.document_id}")
    assert store.search("tactical") == []
    assert [h.document_id for h in store.search("hypersonic")] == [res.document_id]
    with store.engine.begin() as conn:
        conn.exec_driver_sql("DELETE FROM signal_evidence")
        conn.exec_driver_sql("DELETE FROM signals")
        conn.exec_driver_sql("DELETE FROM lsh_bands")
        conn.exec_driver_sql("DELETE FROM documents")
    assert store.search("hypersonic") == []


def test_signals_filters_and_metadata(store, mk, sig):
    store.add_document(*mk(events=[sig("THREAT", "RUS.HOS", "UKR", date="2022-10-20"),
                                   sig("DEPLOYMENT", "RUS.MIL", "BLR", date="2022-11", text="Troops moved.",
                                       start=40),
                                   sig("WARNING", "USA.GOV", "RUS", date=None, text="The US warned.", start=80)]))
    rows = store.signals()
    assert [(r.type, r.day) for r in rows] == [("THREAT", dt.date(2022, 10, 20)), ("DEPLOYMENT", dt.date(2022, 11, 1)),
                                              ("WARNING", dt.date(2022, 11, 2))]  # no date: publication day
    assert [r.type for r in store.signals(since=dt.date(2022, 11, 1))] == ["DEPLOYMENT", "WARNING"]
    assert [r.type for r in store.signals(until=dt.date(2022, 10, 31))] == ["THREAT"]
    assert [r.type for r in store.signals(type="deployment")] == ["DEPLOYMENT"]
    assert [r.type for r in store.signals(actor="RUS")] == ["THREAT", "DEPLOYMENT"]
    assert [r.type for r in store.signals(actor="RUS.MIL")] == ["DEPLOYMENT"]
    assert store.signals(actor="RUS.GOV") == []
    d = rows[1]
    assert (d.track, d.actor_role, d.target_country, d.date) == ("posture", "MIL", "BLR", "2022-11")
    assert (d.title, d.url, d.outlet, d.language) == ("Putin nuclear threat", "https://www.reuters.com/world/1",
                                                      "reuters.com", "en")
    assert [(e.text, e.start, e.end) for e in d.evidence] == [("Troops moved.", 40, 53)]
    out = d.to_dict()
    assert out["day"] == "2022-11-01" and out["evidence"][0]["url"] == "https://www.reuters.com/world/1"


def test_quantity_and_attribution_are_stored(store, mk, sig):
    from nukewatch.model import Actor, Quantity

    s = sig("CAPABILITY", "RUS", None, quantity=Quantity(2000, True, "tactical nuclear weapons"))
    s.attributed_to = Actor("USA.GOV", "Pentagon")
    store.add_document(*mk(events=[s]))
    [r] = store.signals()
    assert (r.quantity_value, r.quantity_approx, r.quantity_unit) == (2000.0, True, "tactical nuclear weapons")
    assert (r.attributed_code, r.attributed_text, r.target_code) == ("USA.GOV", "Pentagon", None)


def test_signal_without_evidence_still_counts_its_carrier(store, mk, sig):
    s = sig()
    s.evidence = []
    store.add_document(*mk(events=[s]))
    [r] = store.signals()
    assert len(r.evidence) == 1 and r.evidence[0].text == "" and r.corroboration == 1


def test_signal_day():
    assert signal_day("2022-11-03", None) == dt.date(2022, 11, 3)
    assert signal_day("2022-11", None) == dt.date(2022, 11, 1)
    assert signal_day("2022", dt.date(2023, 5, 5)) == dt.date(2022, 1, 1)
    assert signal_day("garbage", dt.date(2023, 5, 5)) == dt.date(2023, 5, 5)
    assert signal_day(None, None) == dt.datetime.now(dt.timezone.utc).date()


def test_runs_begin_finish(store):
    run = store.begin_run(["a.jsonl", "b/"])
    [r] = store.runs()
    assert (r.id, r.status, r.sources, r.pid, r.finished) == (run, "running", ["a.jsonl", "b/"], os.getpid(), None)
    from nukewatch.model import InputError

    store.finish_run(run, {"read": 3, "new": 2}, [InputError("b/x.warc", "truncated")], "done")
    [r] = store.runs()
    assert r.status == "done" and r.counts == {"read": 3, "new": 2}
    assert r.errors == [{"source": "b/x.warc", "message": "truncated"}] and r.finished is not None


def test_run_of_a_dead_process_is_marked_interrupted_on_open(db_url):
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True,
                          text=True, check=True)
    dead_pid = int(dead.stdout)
    with Store.open(db_url) as store:
        mine = store.begin_run(["alive"])
        other = store.begin_run(["killed"])
        with store.engine.begin() as conn:
            conn.exec_driver_sql(f"UPDATE ingest_runs SET pid = {dead_pid} WHERE id = {other}")
    with Store.open(db_url) as store:
        status = {r.id: r.status for r in store.runs()}
        assert status == {mine: "running", other: "interrupted"}
        assert store.reap_runs() == []


def test_store_rejects_unknown_revision_without_upgrade(db_url):
    Store.open(db_url).close()
    with Store.open(db_url, upgrade=False) as store:  # at head: opens
        assert store.counts()["documents"] == 0
