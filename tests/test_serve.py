"""`consistency serve`: the served report, verdicts written to the review store at once,
concurrent writers all kept, local-only by default, a clean stop on Ctrl-C."""

from __future__ import annotations

import signal
import threading
from pathlib import Path

import httpx
import pytest
from starlette.testclient import TestClient
from typer.testing import CliRunner

from consistency.cli.app import app as cli
from consistency.core.config import ReportConfig, load_config
from consistency.review import interactive
from consistency.review.store import ReviewStore
from consistency.stages.report import write_report
from consistency.web.app import ServeError, bind, create_app, is_loopback
from tests.report_samples import DISPUTE, LOCATION, TIME, many_result, sample_result, start_server

HEADERS = {"X-Consistency": "1"}


@pytest.fixture
def setup(tmp_path: Path) -> tuple[Path, Path]:
    """A report folder with the sample report, and a config whose store is in tmp_path."""
    report = tmp_path / "report"
    write_report(sample_result(), report, ReportConfig())
    cfg = tmp_path / "cfg.yaml"
    cfg.write_text(f"review:\n  store: {tmp_path / 'reviews.sqlite'}\n")
    return report, cfg


@pytest.fixture
def client(setup: tuple[Path, Path]):
    report, cfg = setup
    with TestClient(create_app(report, load_config(cfg)), base_url="http://127.0.0.1") as c:
        yield c


def _stored(cfg: Path) -> dict[str, tuple[str, str | None]]:
    with ReviewStore(load_config(cfg).review.store) as store:
        return {r.finding_id: (r.verdict, r.note) for r in store.verdicts()}


def test_page_is_the_report_in_served_mode(client: TestClient) -> None:
    res = client.get("/")
    assert res.status_code == 200
    assert '<meta name="consistency-mode" content="served">' in res.text
    assert f'data-id="{LOCATION.id}"' in res.text


def test_verdict_and_note_written_at_once(client: TestClient, setup) -> None:
    _, cfg = setup
    res = client.post(f"/api/findings/{LOCATION.id}", json={"verdict": "confirmed"},
                      headers=HEADERS)
    assert res.status_code == 200 and res.json()["verdict"] == "confirmed"
    assert _stored(cfg) == {LOCATION.id: ("confirmed", None)}
    res = client.post(f"/api/findings/{LOCATION.id}", json={"note": "AP fixed it"},
                      headers=HEADERS)
    assert res.json()["note"] == "AP fixed it"
    client.post(f"/api/findings/{LOCATION.id}", json={"verdict": "rejected"}, headers=HEADERS)
    assert _stored(cfg) == {LOCATION.id: ("rejected", "AP fixed it")}  # note kept
    with ReviewStore(load_config(cfg).review.store) as store:
        assert store.get(LOCATION.id).snapshot.kind == "location"  # tune can use it
    listed = client.get("/api/verdicts").json()["verdicts"]
    assert listed[LOCATION.id]["verdict"] == "rejected"


@pytest.mark.parametrize(
    ("path", "body", "headers", "status"),
    [
        (f"/api/findings/{DISPUTE.id}", {"verdict": "confirmed"}, {}, 403),
        ("/api/findings/nope", {"verdict": "confirmed"}, HEADERS, 404),
        (f"/api/findings/{DISPUTE.id}", {"verdict": "maybe"}, HEADERS, 400),
        (f"/api/findings/{DISPUTE.id}", {"other": 1}, HEADERS, 400),
        (f"/api/findings/{DISPUTE.id}", {"note": "no verdict yet"}, HEADERS, 409),
    ],
)
def test_bad_requests_write_nothing(client, setup, path, body, headers, status) -> None:
    res = client.post(path, json=body, headers=headers)
    assert res.status_code == status and res.json()["error"]
    assert _stored(setup[1]) == {}


def test_foreign_host_header_refused(client: TestClient) -> None:
    assert client.get("/", headers={"Host": "attacker.example"}).status_code == 400


def test_non_local_address_needs_allow_remote(setup) -> None:
    assert is_loopback("127.0.0.1") and is_loopback("localhost") and is_loopback("::1")
    assert not is_loopback("0.0.0.0") and not is_loopback("192.168.1.5")
    with pytest.raises(ServeError, match="--allow-remote") as err:
        bind("0.0.0.0", 0)
    assert err.value.exit_code == 2
    report, cfg = setup
    res = CliRunner().invoke(cli, ["serve", str(report), "--host", "0.0.0.0", "--config", str(cfg)])
    assert res.exit_code == 2 and "--allow-remote" in res.output


def test_missing_report_is_one_line_error(tmp_path: Path, setup) -> None:
    res = CliRunner().invoke(cli, ["serve", str(tmp_path / "none"), "--config", str(setup[1])])
    assert res.exit_code == 2 and "no report.html" in res.output


def test_two_clients_and_a_terminal_at_once_lose_nothing(tmp_path: Path) -> None:
    report, cfg = tmp_path / "report", tmp_path / "cfg.yaml"
    result = many_result(60)
    write_report(result, report, ReportConfig())
    cfg.write_text(f"review:\n  store: {tmp_path / 'reviews.sqlite'}\n")
    proc, url = start_server(report, cfg)
    ids = [f.id for f in result.findings]
    errors: list[str] = []

    def browser(part: list[str], verdict: str) -> None:
        with httpx.Client(base_url=url, headers=HEADERS, timeout=30) as c:
            for fid in part:
                res = c.post(f"api/findings/{fid}", json={"verdict": verdict, "note": verdict})
                if res.status_code != 200:
                    errors.append(res.text)

    def terminal(part: list[str]) -> None:
        for fid in part:  # what `consistency review --set ID=confirmed` does
            interactive.set_verdict(report, load_config(cfg), fid, "confirmed", "terminal")

    try:
        threads = [threading.Thread(target=browser, args=(ids[0:20], "confirmed")),
                   threading.Thread(target=browser, args=(ids[20:40], "rejected")),
                   threading.Thread(target=terminal, args=(ids[40:60],))]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    finally:
        proc.send_signal(signal.SIGINT)
        proc.wait(timeout=20)
    assert errors == []
    stored = _stored(cfg)
    assert len(stored) == 60
    assert all(stored[i] == ("confirmed", "confirmed") for i in ids[0:20])
    assert all(stored[i] == ("rejected", "rejected") for i in ids[20:40])
    assert all(stored[i] == ("confirmed", "terminal") for i in ids[40:60])


def test_prints_address_and_stops_cleanly_on_ctrl_c(setup) -> None:
    report, cfg = setup
    proc, url = start_server(report, cfg)
    try:
        assert url.startswith("http://127.0.0.1:")
        res = httpx.post(f"{url}api/findings/{TIME.id}", json={"verdict": "rejected"},
                         headers=HEADERS)
        assert res.status_code == 200
    finally:
        proc.send_signal(signal.SIGINT)
        code = proc.wait(timeout=20)
    out, err = proc.communicate()
    assert code == 0 and "stopped" in out, err
    assert "Traceback" not in err
    assert _stored(cfg)[TIME.id][0] == "rejected"
