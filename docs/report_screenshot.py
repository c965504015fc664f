"""Make docs/rapport-voorbeeld.png: the coach's report page (`opdracht overzicht -o X.html`) for
the example assignment and a small group, as headless Chromium shows it.

    .venv/bin/python docs/report_screenshot.py

Needs Chromium (Debian: `apt-get install chromium`). Everything else goes to a throwaway folder.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

DOCS = Path(__file__).resolve().parent
WHEN = datetime(2026, 12, 10, 19, 30, tzinfo=UTC)

GROUP = {
    "Anna": {
        1: "Dat je na vijf uur niet meer bereikbaar hoeft te zijn. Niemand zegt het hardop, "
        "maar om tien uur 's avonds leest iedereen nog mail.",
        3: "Bij de overdracht: we haasten ons en doen daardoor alles twee keer.",
    },
    "Bram": {
        1: "Dat je een fout mag maken zonder dat het in je beoordeling komt.",
        2: "Na de reorganisatie. Het werd stil in het overleg.",
        4: "Mijn nieuwe collega. Ik ga donderdag met haar lunchen.",
    },
    "Chris": {2: "Toen de plannen van het team twee keer van tafel gingen."},
    "Dewi": {},
}


def main() -> int:
    from leeslamp.assignments import build_bundle, build_overview, load_assignment, write_bundle
    from leeslamp.assignments.report_html import report_text
    from leeslamp.journal import Entry

    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium is None:
        print("Chromium is niet geïnstalleerd.", file=sys.stderr)
        return 1
    assignment, _warnings = load_assignment(DOCS / "voorbeeld-opdracht.toml")
    titles = {
        "verbroken-sociale-contracten": "Verbroken sociale contracten",
        "het-leren-faciliteren": "Het leren faciliteren",
    }
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        files = []
        for reader, answers in GROUP.items():
            stamp = WHEN.isoformat()
            entries = {
                n: Entry(
                    id=f"{reader}{n}", kind="antwoord", text=text, created=stamp, updated=stamp
                )
                for n, text in answers.items()
            }
            document = build_bundle(
                assignment,
                entries,
                reader=reader,
                reader_id=f"id-{reader.lower()}",
                exported=WHEN,
                article_titles=titles,
            )
            files.append(write_bundle(document, work / f"{reader.lower()}.json")[0])
        page = work / "rapport.html"
        page.write_text(report_text(build_overview(files), page), encoding="utf-8")
        subprocess.run(
            [
                chromium,
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--host-resolver-rules=MAP * ~NOTFOUND",
                f"--user-data-dir={work / 'profiel'}",
                "--hide-scrollbars",
                "--window-size=820,1100",
                f"--screenshot={DOCS / 'rapport-voorbeeld.png'}",
                page.as_uri(),
            ],
            capture_output=True,
            check=True,
            timeout=120,
        )
    print(DOCS / "rapport-voorbeeld.png")
    return 0


if __name__ == "__main__":
    sys.exit(main())
