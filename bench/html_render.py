"""Size and browser timings of report.html for a big report (1,000 articles, 450 findings).

    python bench/html_render.py [ARTICLES FINDINGS]

Prints the seconds to render the page in Python, its size (and gzipped size), and, in
headless system Chromium (Selenium + chromedriver), the time to first contentful paint,
to DOMContentLoaded and to load, and how long a filter change takes until the next
frame. Each browser figure is the median of 5 fresh page loads.
"""

from __future__ import annotations

import gzip
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from synthetic_report import synthetic_result  # noqa: E402

from consistency.core.config import ReportConfig  # noqa: E402
from consistency.stages.report_html import to_html  # noqa: E402

TIMINGS = """
const nav = performance.getEntriesByType('navigation')[0];
const fcp = performance.getEntriesByName('first-contentful-paint')[0];
return {fcp: fcp ? fcp.startTime : null, dcl: nav.domContentLoadedEventEnd,
        load: nav.loadEventEnd};
"""
FILTER = """
const done = arguments[arguments.length - 1];
const [id, value] = [arguments[0], arguments[1]];
const el = document.getElementById(id);
const t = performance.now();
el.value = value;
el.dispatchEvent(new Event(id === 'f-text' ? 'input' : 'change'));
requestAnimationFrame(() => setTimeout(() => done(performance.now() - t), 0));
"""


def browser():
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = shutil.which("chromium") or shutil.which("chromium-browser")
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--window-size=1280,1000"):
        options.add_argument(arg)
    return webdriver.Chrome(options=options, service=Service(shutil.which("chromedriver")))


def main(articles: int = 1000, findings: int = 450) -> None:
    result = synthetic_result(articles, findings)
    t0 = time.perf_counter()
    page = to_html(result, ReportConfig())
    render = time.perf_counter() - t0
    raw = page.encode("utf-8")
    print(f"{articles} articles, {findings} findings, {len(result.story)} story claims")
    print(f"render (Python): {render:.2f} s")
    print(f"report.html: {len(raw) / 1e6:.2f} MB ({len(gzip.compress(raw)) / 1e6:.2f} MB gzipped)")
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "report.html"
        path.write_bytes(raw)
        driver = browser()
        try:
            loads, filters = [], {"kind": [], "source": [], "text": [], "verdict": []}
            for _ in range(5):
                driver.get(path.as_uri())
                loads.append(driver.execute_script(TIMINGS))
                source = driver.execute_script(
                    "return document.querySelector('#f-source option:nth-child(2)').value")
                for name, (el, value) in {"kind": ("f-kind", "time"),
                                          "source": ("f-source", source),
                                          "text": ("f-text", "geneva"),
                                          "verdict": ("f-verdict", "confirmed")}.items():
                    filters[name].append(driver.execute_async_script(FILTER, el, value))
        finally:
            driver.quit()
    for key, label in (("fcp", "first contentful paint"), ("dcl", "DOMContentLoaded"),
                       ("load", "load")):
        values = [x[key] for x in loads if x[key] is not None]
        print(f"{label}: {statistics.median(values):.0f} ms (median of {len(values)})")
    for name, values in filters.items():
        print(f"filter by {name} until next frame: {statistics.median(values):.0f} ms")


if __name__ == "__main__":
    main(*(int(a) for a in sys.argv[1:3]))
