"""How fast ``consistency serve`` answers a verdict (target: under 50 ms).

    python bench/serve_latency.py [N]

Writes a synthetic report (1,000 articles, 450 findings) and an empty review store to a
temporary folder, starts ``consistency serve`` on a free loopback port, and times N
verdict requests (default 200) from one client, then N more from two clients at once.
Each verdict is a committed SQLite transaction (on disk) before the answer comes back.
"""

from __future__ import annotations

import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent))

from synthetic_report import synthetic_result  # noqa: E402

from consistency.core.config import ReportConfig  # noqa: E402
from consistency.stages.report import write_report  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent


def start(report: Path, cfg: Path) -> tuple[subprocess.Popen, str]:
    proc = subprocess.Popen(
        [sys.executable, "-m", "consistency", "serve", str(report), "--port", "0",
         "--config", str(cfg)], cwd=ROOT, stdout=subprocess.PIPE, text=True,
    )
    line = proc.stdout.readline()
    return proc, line.split(" at ", 1)[1].split()[0]


def post(client: httpx.Client, ids: list[str], verdict: str, out: list[float]) -> None:
    for fid in ids:
        t = time.perf_counter()
        res = client.post(f"api/findings/{fid}", json={"verdict": verdict})
        out.append((time.perf_counter() - t) * 1000)
        res.raise_for_status()


def summary(label: str, ms: list[float]) -> None:
    ms = sorted(ms)
    p95 = ms[int(0.95 * (len(ms) - 1))]
    print(f"{label}: median {statistics.median(ms):.1f} ms, p95 {p95:.1f} ms, "
          f"max {ms[-1]:.1f} ms ({len(ms)} verdicts)")


def main(n: int = 200) -> None:
    result = synthetic_result()
    ids = [f.id for f in result.findings]
    with tempfile.TemporaryDirectory() as tmp:
        report, cfg = Path(tmp) / "report", Path(tmp) / "cfg.yaml"
        write_report(result, report, ReportConfig())
        cfg.write_text(f"review:\n  store: {Path(tmp) / 'reviews.sqlite'}\n")
        proc, url = start(report, cfg)
        headers = {"X-Consistency": "1"}
        try:
            with httpx.Client(base_url=url, headers=headers) as c:
                c.get("api/verdicts").raise_for_status()  # warm up
                one: list[float] = []
                post(c, [ids[i % len(ids)] for i in range(n)], "confirmed", one)
            summary("one client", one)
            two: list[float] = []
            clients = [httpx.Client(base_url=url, headers=headers) for _ in range(2)]
            half = [[ids[i % len(ids)] for i in range(k, n, 2)] for k in range(2)]
            threads = [threading.Thread(target=post, args=(c, part, v, two))
                       for c, part, v in zip(clients, half, ("confirmed", "rejected"),
                                             strict=True)]
            for t in threads:
                t.start()
            for t in threads:
                t.join()
            for c in clients:
                c.close()
            summary("two clients at once", two)
        finally:
            proc.send_signal(signal.SIGINT)
            proc.wait(timeout=20)


if __name__ == "__main__":
    main(*(int(a) for a in sys.argv[1:2]))
