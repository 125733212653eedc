"""report.html and `consistency serve` in a real browser: headless system Chromium driven
by Selenium through Debian's chromedriver (no browser download). .ci/run installs both."""

from __future__ import annotations

import os
import shutil
import signal
from pathlib import Path

import pytest

from consistency.core.config import ReportConfig, load_config
from consistency.review.interactive import import_verdicts
from consistency.review.store import ReviewStore
from consistency.stages.report import write_report
from tests.report_samples import (
    DISPUTE,
    HOSTILE_SENTENCE,
    LOCATION,
    REUTERS,
    sample_result,
    start_server,
)

CHROMIUM = os.environ.get("CONSISTENCY_CHROMIUM") or next(
    (p for p in map(shutil.which, ("chromium", "chromium-browser", "google-chrome")) if p), None
)
CHROMEDRIVER = os.environ.get("CONSISTENCY_CHROMEDRIVER") or shutil.which("chromedriver")
pytestmark = pytest.mark.skipif(
    not (CHROMIUM and CHROMEDRIVER),
    reason="no chromium and chromedriver found (Debian: apt-get install chromium chromium-driver)",
)


@pytest.fixture(scope="module")
def driver(tmp_path_factory):
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--window-size=1280,1400", "--no-first-run",
                f"--user-data-dir={tmp_path_factory.mktemp('chromium-profile')}"):
        options.add_argument(arg)
    browser = webdriver.Chrome(options=options, service=Service(executable_path=CHROMEDRIVER))
    yield browser
    browser.quit()


def _wait(driver, condition, timeout: float = 15):
    from selenium.webdriver.support.ui import WebDriverWait

    return WebDriverWait(driver, timeout).until(condition)


def _open(driver, url: str) -> None:
    driver.get(url)
    _wait(driver, lambda d: d.execute_script("return document.body.dataset.ready") == "yes")


def _card(driver, finding_id: str):
    from selenium.webdriver.common.by import By

    return driver.find_element(By.ID, f"f-{finding_id}")


def _choose(driver, select_id: str, value: str) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select

    Select(driver.find_element(By.ID, select_id)).select_by_value(value)


def _shown(driver) -> list[str]:
    return driver.execute_script(
        "return [...document.querySelectorAll('li.finding')].map(c => c.dataset.id)")


def _keys(driver, keys: str) -> None:
    from selenium.webdriver.common.action_chains import ActionChains

    ActionChains(driver).send_keys(keys).perform()


def _click(driver, finding_id: str, css: str) -> None:
    from selenium.webdriver.common.by import By

    _card(driver, finding_id).find_element(By.CSS_SELECTOR, css).click()


def _screenshot(driver, path: Path, finding_id: str, text: str) -> None:
    """Screenshot the page with the finding in view; its text must be shown in the DOM."""
    card = _card(driver, finding_id)
    driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", card)
    assert card.is_displayed() and text in card.text
    assert driver.save_screenshot(str(path))
    assert path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and path.stat().st_size > 10_000
    keep = os.environ.get("CONSISTENCY_SCREENSHOTS")
    if keep:
        Path(keep).mkdir(parents=True, exist_ok=True)
        shutil.copy(path, Path(keep) / path.name)


def test_report_from_disk_filters_and_keeps_verdicts(driver, tmp_path: Path) -> None:
    write_report(sample_result(), tmp_path, ReportConfig())
    url = (tmp_path / "report.html").as_uri()
    _open(driver, url)
    assert driver.execute_script("return document.scripts.length") == 1  # no injected script
    from selenium.common.exceptions import NoAlertPresentException

    with pytest.raises(NoAlertPresentException):
        driver.switch_to.alert  # noqa: B018 - the hostile titles must not have run
    assert HOSTILE_SENTENCE in _card(driver, DISPUTE.id).text
    assert len(_shown(driver)) == 3
    _choose(driver, "f-kind", "dispute")
    assert _shown(driver) == [DISPUTE.id]
    _choose(driver, "f-kind", "")
    _choose(driver, "f-source", REUTERS.id)
    assert DISPUTE.id not in _shown(driver) and LOCATION.id in _shown(driver)
    _choose(driver, "f-source", "")

    _click(driver, LOCATION.id, "button.confirm")  # a button ...
    _keys(driver, "jr")  # ... and the keys: next finding, reject
    assert _card(driver, DISPUTE.id).get_attribute("data-verdict") == "rejected"
    driver.refresh()
    _open(driver, url)
    assert _card(driver, LOCATION.id).get_attribute("data-verdict") == "confirmed"
    assert DISPUTE.id not in _shown(driver)  # rejected ones are hidden by default
    _choose(driver, "f-verdict", "rejected")
    assert _shown(driver) == [DISPUTE.id]
    _choose(driver, "f-verdict", "")
    _screenshot(driver, tmp_path / "report-from-disk.png", LOCATION.id, LOCATION.a.text)

    # "Export verdicts" gives a file `consistency review --import` takes
    downloads = tmp_path / "downloads"
    driver.execute_cdp_cmd("Browser.setDownloadBehavior",
                           {"behavior": "allow", "downloadPath": str(downloads)})
    driver.find_element("id", "export").click()
    exported = downloads / "verdicts.jsonl"
    _wait(driver, lambda d: exported.is_file() and exported.stat().st_size > 0)
    config = load_config(overrides=[f"review.store={tmp_path / 'reviews.sqlite'}"])
    assert import_verdicts(config, exported).written == 2
    with ReviewStore(config.review.store) as store:
        kept = {r.finding_id: (r.verdict, r.snapshot.kind) for r in store.verdicts()}
    assert kept == {LOCATION.id: ("confirmed", "location"), DISPUTE.id: ("rejected", "dispute")}


def test_served_app_writes_verdicts_to_the_store(driver, tmp_path: Path) -> None:
    report, cfg = tmp_path / "report", tmp_path / "cfg.yaml"
    write_report(sample_result(), report, ReportConfig())
    cfg.write_text(f"review:\n  store: {tmp_path / 'reviews.sqlite'}\n")
    proc, url = start_server(report, cfg)
    try:
        _open(driver, url)
        _wait(driver, lambda d: "review store:" in d.find_element("id", "store-state").text)
        _choose(driver, "f-kind", "location")
        assert _shown(driver) == [LOCATION.id]
        _choose(driver, "f-kind", "")
        _click(driver, LOCATION.id, "button.confirm")
        _wait(driver, lambda d: _card(d, LOCATION.id).get_attribute("data-verdict") == "confirmed")
        _keys(driver, "n")  # a note on the current finding: type, Enter saves
        _keys(driver, "desk checked\n")
        _wait(driver, lambda d: _card(d, LOCATION.id).get_attribute("data-note") == "desk checked")
        _keys(driver, "jr")
        _wait(driver, lambda d: _card(d, DISPUTE.id).get_attribute("data-verdict") == "rejected")
        with ReviewStore(load_config(cfg).review.store) as store:
            kept = {r.finding_id: (r.verdict, r.note) for r in store.verdicts()}
        assert kept == {LOCATION.id: ("confirmed", "desk checked"), DISPUTE.id: ("rejected", None)}
        driver.refresh()
        _open(driver, url)
        _wait(driver, lambda d: "review store:" in d.find_element("id", "store-state").text)
        assert _card(driver, LOCATION.id).get_attribute("data-verdict") == "confirmed"
        assert "desk checked" in _card(driver, LOCATION.id).text
        _choose(driver, "f-verdict", "rejected")
        assert _shown(driver) == [DISPUTE.id]
        _choose(driver, "f-verdict", "")
        _screenshot(driver, tmp_path / "served.png", LOCATION.id, LOCATION.b.text)
    finally:
        proc.send_signal(signal.SIGINT)
        proc.wait(timeout=20)
