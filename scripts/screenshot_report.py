"""Render the seeds' HTML report and screenshot it with headless Chromium.

    python3 scripts/screenshot_report.py                 # -> docs/report-seeds.png
    python3 scripts/screenshot_report.py -o shot.png --height 4000 --keep report.html

Needs `chromium` (Debian: `apt-get install chromium`) or Google Chrome on the PATH.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

from votecli import analysis, pipeline, report

ROOT = Path(__file__).resolve().parents[1]
BROWSERS = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("-o", "--output", type=Path, default=ROOT / "docs" / "report-seeds.png")
    parser.add_argument("--width", type=int, default=1280)
    parser.add_argument("--height", type=int, default=3500)
    parser.add_argument("--keep", type=Path, help="also write the HTML report here")
    args = parser.parse_args()

    browser = next((found for name in BROWSERS if (found := shutil.which(name))), None)
    if browser is None:
        sys.stderr.write("screenshot_report: no chromium or chrome on the PATH\n")
        return 1

    documents = [o.document for o in pipeline.run() if o.document]
    page = report.render_report(
        documents,
        analysis.analyse(documents),
        _findings(documents),
        generated_at=datetime.now(UTC).replace(microsecond=0),
        inputs=[d.source.name for d in documents],
    )
    args.output.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as scratch:
        html = Path(args.keep or Path(scratch) / "report.html").resolve()
        html.write_text(page, encoding="utf-8")
        command = [
            browser, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
            "--no-first-run", "--disable-background-networking", "--disable-component-update",
            "--disable-sync", "--hide-scrollbars", f"--user-data-dir={scratch}/profile",
            f"--screenshot={args.output.resolve()}", f"--window-size={args.width},{args.height}",
            html.as_uri(),
        ]  # fmt: skip
        result = subprocess.run(command, capture_output=True, text=True, timeout=120)
    if result.returncode != 0 or not args.output.exists():
        sys.stderr.write(result.stderr[-2000:])
        return 1
    print(args.output)
    return 0


def _findings(documents: list) -> list:
    """What `votecli check` finds, as `votecli report` shows it (none where check is absent)."""
    try:
        from votecli.check import run_checks
    except ImportError:
        return []
    return run_checks(documents)


if __name__ == "__main__":
    raise SystemExit(main())
