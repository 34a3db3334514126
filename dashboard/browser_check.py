"""Load every dashboard page in headless Chromium against a built warehouse and check each chart drew data.

    python dashboard/browser_check.py --out .ci-work/screenshots/duckdb

Starts the dashboard (`streamlit run dashboard/app.py`) on 127.0.0.1, reading the warehouse of the dbt
profile's current target (the same environment variables dbt reads: M360_TARGET, M360_DUCKDB_PATH,
M360_PG_PORT, ...), opens each page with Playwright driving the system's Chromium (Debian's `chromium`
package, `executable_path`; Playwright downloads no browser), and fails when a page shows an error or
warning box, draws fewer charts than it should, or a chart has no data. Saves one full-page screenshot per
page to --out and prints the time each page took to draw. Also checks that the person-level page is absent
unless M360_DASHBOARD_PERSON_PAGES is set.
"""

from __future__ import annotations

import argparse
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

HERE = Path(__file__).resolve().parent
# page name -> (url path, charts the page draws on the demo); the default page is the bare URL.
PAGES: dict[str, tuple[str, int]] = {
    "programs": ("", 7),
    "journey": ("journey", 4),
    "canvassers": ("canvassers", 2),
    "sync-health": ("sync-health", 1),
}
APP_IDLE = '[data-testid="stApp"][data-test-script-state="notRunning"]'


# For every Plotly chart on the page: its trace count and the number of data points it plots.
CHART_SIZES_JS = """
() => Array.from(document.querySelectorAll('.js-plotly-plot')).map(el => {
    const traces = el._fullData || el.data || [];
    let points = 0;
    for (const t of traces) {
        for (const key of ['x', 'y', 'values', 'z']) {
            if (t[key] && t[key].length) { points += t[key].length; break; }
        }
        if (t.link && t.link.value && t.link.value.length) { points += t.link.value.length; }
    }
    return {traces: traces.length, points: points};
})
"""


def free_port() -> int:
    """A free TCP port on loopback."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def dashboard_server(port: int, log: Path) -> Iterator[str]:
    """Run the dashboard on 127.0.0.1:port until the block ends; yields its base URL."""
    command = [
        sys.executable, "-m", "streamlit", "run", "app.py",
        "--server.address", "127.0.0.1", "--server.port", str(port), "--server.headless", "true",
    ]  # fmt: skip
    with log.open("w") as out:
        process = subprocess.Popen(command, stdout=out, stderr=subprocess.STDOUT, cwd=HERE)
        base = f"http://127.0.0.1:{port}"
        try:
            deadline = time.monotonic() + 90
            while True:
                try:
                    with urllib.request.urlopen(f"{base}/_stcore/health", timeout=2) as response:
                        if response.status == 200:
                            break
                except OSError:
                    pass
                if process.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(f"the dashboard did not start; see {log}")
                time.sleep(0.5)
            yield base
        finally:
            process.terminate()
            try:
                process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                process.kill()


def check_page(page, base: str, name: str, path: str, charts: int, out: Path) -> tuple[list[str], float]:
    """Open one page; return its problems and the seconds it took to draw."""
    problems: list[str] = []
    started = time.monotonic()
    page.goto(f"{base}/{path}", wait_until="domcontentloaded")
    try:
        # The script has run to its end, and its charts are drawn (or a message says why not).
        page.wait_for_selector(APP_IDLE, timeout=90_000)
        page.wait_for_function(
            "n => document.querySelectorAll('.js-plotly-plot .main-svg').length >= n"
            ' || document.querySelector(\'[data-testid="stException"], [data-testid="stAlert"]\')',
            arg=charts,
            timeout=90_000,
        )
    except Exception as error:  # a timeout is reported with the page's state below
        problems.append(f"{name}: timed out waiting for {charts} charts ({type(error).__name__})")
    seconds = time.monotonic() - started
    page.wait_for_timeout(1000)  # let Plotly finish its transitions before the screenshot
    page.screenshot(path=str(out / f"{name}.png"), full_page=True)
    for selector, what in (('[data-testid="stException"]', "an exception"), ('[data-testid="stAlert"]', "a message")):
        for element in page.query_selector_all(selector):
            problems.append(f"{name}: shows {what}: {element.inner_text()[:200]!r}")
    sizes = page.evaluate(CHART_SIZES_JS)
    if len(sizes) < charts:
        problems.append(f"{name}: {len(sizes)} charts drawn, expected {charts}")
    for number, size in enumerate(sizes, 1):
        if size["traces"] == 0 or size["points"] == 0:
            problems.append(f"{name}: chart {number} is empty ({size})")
    return problems, seconds


def main(argv: list[str] | None = None) -> int:
    """Run the check; 0 when every page drew every chart with data."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, required=True, help="folder for the screenshots")
    parser.add_argument("--port", type=int, default=0, help="port (default: a free one)")
    parser.add_argument("--chromium", default=os.environ.get("M360_CHROMIUM") or shutil.which("chromium"))
    args = parser.parse_args(argv)
    if not args.chromium:
        print("no chromium found: apt-get install chromium, or set M360_CHROMIUM", file=sys.stderr)
        return 2
    from playwright.sync_api import sync_playwright

    args.out.mkdir(parents=True, exist_ok=True)
    problems: list[str] = []
    with dashboard_server(args.port or free_port(), args.out / "streamlit.log") as base, sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=args.chromium, args=["--no-sandbox", "--disable-gpu"])
        page = browser.new_page(viewport={"width": 1440, "height": 2000})
        # A first visit warms the server (imports, connection) so the timings below are the pages'.
        page.goto(base, wait_until="domcontentloaded")
        page.wait_for_selector(".js-plotly-plot", timeout=120_000)
        for name, (path, charts) in PAGES.items():
            found, seconds = check_page(page, base, name, path, charts, args.out)
            problems += found
            print(f"{name:<14} {seconds:5.1f} s  {'ok' if not found else 'FAIL'}")
        person_pages = os.environ.get("M360_DASHBOARD_PERSON_PAGES", "").strip().lower() in {"1", "true", "yes", "on"}
        page.goto(base)
        page.wait_for_selector('[data-testid="stSidebarNav"]', timeout=60_000)
        nav = page.inner_text('[data-testid="stSidebarNav"]')
        if ("Member timeline" in nav) != person_pages:
            problems.append(f"member timeline page {'missing' if person_pages else 'shown without being turned on'}")
        browser.close()
    for problem in problems:
        print(problem)
    print(f"screenshots in {args.out}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
