"""Studio speed: from pressing Enter on a new-app sentence to the app rendered in the live preview.

Serves the platform (a fresh data folder, one uvicorn worker in this process), drives Debian's Chromium headless
through Playwright: sign up once, then for each run open the start page, type a sentence, press Enter and wait until
the preview frame shows the new app's page (its heading: the page is rendered on the server). One warm-up run first (it loads the
model: reported apart, not counted). Prints each run, p50 / p95, and the generation's own share (from the
generation log: the whole generation and the model alone). Not part of `make test`: `make bench-studio`.

    python benchmarks/studio_speed.py [--runs 10] [--model appforge] [--json benchmarks/results/studio.json]
"""

from __future__ import annotations

import argparse
import json
import os
import secrets
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SENTENCES = [
    "a booking app for my salon: clients, stylists and appointments on a calendar",
    "a plant care log: my houseplants, their watering schedule and repotting",
    "a recipe book with ingredients and cooking times",
    "a gym membership tracker with members, plans and check-ins",
    "a small library: books, authors and loans with due dates",
    "invoices for my freelance work with clients and payments",
    "a kanban board for my team's tasks with priorities",
    "an inventory of products, suppliers and stock movements",
    "a reading list with books, ratings and notes",
    "plan events with venues, guests and RSVPs",
    "a volunteer rota with shifts and people",
    "track job applications: companies, roles, interviews",
]
CHROMIUM = os.environ.get("APPFORGE_CHROMIUM", "/usr/bin/chromium")


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(share * (len(ordered) - 1))))]


def one_run(page: Any, base: str, sentence: str) -> float | None:
    """Seconds from Enter to the new app's page rendered in the preview frame; None when nothing was built."""
    page.goto(base + "/")
    box = page.locator("#new-message")
    box.fill(sentence)
    started = time.perf_counter()
    box.press("Enter")
    failed = page.locator(".steps li.failed")
    deadline = started + 60
    while not page.url.startswith(base + "/apps/"):  # the page's CSP forbids wait_for_function's eval: poll
        if failed.count() or time.perf_counter() > deadline:
            return None
        page.wait_for_timeout(10)
    frame = page.frame_locator("#preview")
    frame.locator("main h1").first.wait_for(timeout=60_000)  # the app's page, server-rendered: its heading shows
    return time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--model", default="appforge", help="which model answers (default: the in-house model)")
    parser.add_argument("--json", type=Path, default=ROOT / "benchmarks" / "results" / "studio.json")
    args = parser.parse_args()

    from playwright.sync_api import sync_playwright

    from appforge.generation import GenerationLog
    from appforge.runtime.platform import Platform
    from appforge.runtime.server import create_server
    from appforge.settings import Settings
    from tests.runtime.servers import free_port, in_thread

    port = free_port()
    data = Path(tempfile.mkdtemp(prefix="appforge-studio-bench-"))
    settings = Settings(data_dir=data, port=port, secret_key=secrets.token_urlsafe(32), model=args.model,
                        serve_models=False)
    platform = Platform(settings)
    base = f"http://127.0.0.1:{port}"
    timings: list[float] = []
    with in_thread(create_server(settings, platform), port), sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--disable-background-networking"])
        page = browser.new_context(viewport={"width": 1366, "height": 820}).new_page()
        page.goto(base + "/signup")
        page.fill("#name", "Bench")
        page.fill("#email", "bench@example.com")
        page.fill("#password", "correct horse battery")
        page.press("#password", "Enter")
        page.wait_for_url(base + "/")
        warm = one_run(page, base, "a to-do list with projects") or 0.0
        print(f"warm-up (loads {args.model}): {warm:.2f} s")
        failed = 0
        for n in range(args.runs):
            sentence = SENTENCES[n % len(SENTENCES)]
            seconds = one_run(page, base, sentence)
            if seconds is None:
                failed += 1
                print(f"run {n + 1:>2}: nothing built (the model found nothing in it)  {sentence}")
                continue
            timings.append(seconds)
            print(f"run {n + 1:>2}: {seconds:.2f} s  {sentence}")
        browser.close()
    records = [r for r in GenerationLog(platform).recent(limit=None) if r.accepted][: len(timings)]
    platform.close()
    if not timings:
        print("no run built an app: nothing to measure")
        return 1

    result = {
        "model": args.model, "runs": len(timings), "cpus": os.cpu_count(),
        "p50_s": round(statistics.median(timings), 3), "p95_s": round(percentile(timings, 0.95), 3),
        "min_s": round(min(timings), 3), "max_s": round(max(timings), 3), "warm_up_s": round(warm, 3),
        "generation_p50_ms": round(statistics.median(r.latency_ms for r in records), 1) if records else None,
        "model_p50_ms": round(statistics.median(r.model_ms or 0 for r in records), 1) if records else None,
        "failed": failed,
    }
    print(f"\nEnter -> rendered preview, {args.model}, {len(timings)} runs on {os.cpu_count()} CPUs: "
          f"p50 {result['p50_s']:.2f} s, p95 {result['p95_s']:.2f} s (min {result['min_s']:.2f}, "
          f"max {result['max_s']:.2f}); generation p50 {result['generation_p50_ms']} ms, "
          f"model p50 {result['model_p50_ms']} ms")
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(result, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
