"""Spanish pack: small, general behaviours (negation, modality, hedging, dates, distractors)."""
import datetime as dt

import pytest

from nukewatch import Analyzer, Document


@pytest.fixture(scope="module")
def analyzer():
    return Analyzer(["es"])


def events(analyzer, text, published=dt.date(2024, 5, 10)):  # a Friday
    doc = Document(id="t", text=text, published=published, language="es")
    return {(e.type, e.actor.code.split(".")[0], e.modality): e for e in analyzer.analyze(doc).events}


def test_no_indication_negates_preparation(analyzer):
    ev = events(analyzer, "Washington no ha detectado indicios de que Rusia se esté preparando para usar armas nucleares.")
    assert ("PREPARATION", "RUS", "negated") in ev
    assert not any(k[0] == "NUCLEAR_USE" and k[2] == "asserted" for k in ev)


def test_hypothetical_use(analyzer):
    ev = events(analyzer, "Rusia podría utilizar armas nucleares tácticas en Ucrania, según los analistas.")
    assert ("NUCLEAR_USE", "RUS", "hypothetical") in ev


def test_hedged_deployment_and_weekday(analyzer):
    ev = events(analyzer, "Rusia ha trasladado supuestamente el jueves ojivas nucleares a Bielorrusia.")
    e = next(e for k, e in ev.items() if k[0] in ("DEPLOYMENT", "WARHEAD_MOVEMENT") and k[1] == "RUS")
    assert e.hedged
    assert e.date == "2024-05-09"


def test_fixed_denial(analyzer):
    ev = events(analyzer, "Putin aseguró que por ahora «no hay ninguna necesidad» de emplear el arma nuclear.")
    assert ("DENIAL", "RUS", "asserted") in ev


def test_doctrine_condition_is_not_hypothetical(analyzer):
    ev = events(analyzer, "Moscú solo usaría armas nucleares si está en peligro la existencia del Estado ruso.")
    assert ("DOCTRINE", "RUS", "asserted") in ev


def test_nuclear_power_distractor_yields_nothing(analyzer):
    text = ("Las eléctricas solicitaron prorrogar hasta 2030 la actividad de la central nuclear de Almaraz. "
            "El Consejo de Seguridad Nuclear deberá emitir un informe. El debate sobre la energía nuclear sigue abierto.")
    assert events(analyzer, text) == {}
