"""Load benchmark: appforge's generated API against a hand-written FastAPI + SQLAlchemy app, on SQLite and PostgreSQL.

For each backend, serves the tasks example with appforge (one uvicorn worker, its own process) and then the baseline
of benchmarks/baseline_app.py (same table shape, same seed rows, same token check, one worker), and drives each with
wrk for a fixed time:

    list    GET  /api/task?page_size=25
    create  POST /api/task   (a small valid task; Authorization: Bearer <token>)

Prints a table (backend, endpoint, req/s of each, ratio, p99 of each) and writes benchmarks/results/load.json,
a timestamped copy and load.png. Not part of `make test`; run it with `make bench-load`. See docs/benchmarks.md.

    python benchmarks/load.py [--duration 10] [--connections 32] [--threads 2] [--backends sqlite,postgresql]
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import json
import os
import platform as host_platform
import re
import secrets
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import httpx

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
RESULTS = HERE / "results"
WRK_SCRIPT = HERE / "wrk.lua"
DEFAULT_PG = os.environ.get("APPFORGE_BENCH_DATABASE_URL") or os.environ.get(
    "APPFORGE_TEST_DATABASE_URL", "postgresql://postgres@127.0.0.1:5432/test")
EMAIL, PASSWORD = "bench@example.com", "correct horse battery"
LIST_PATH = "/api/task?page_size=25"
CREATE_PATH = "/api/task"
CREATE_BODY = {"title": "Benchmark task", "project": 1, "status": "Todo", "priority": "High",
               "due": "2026-12-01", "tags": ["ops"], "estimate_hours": 3}


@dataclass
class Run:
    backend: str
    endpoint: str
    side: str  # "appforge" or "baseline"
    requests_per_s: float
    p50_ms: float
    p99_ms: float
    requests: int
    errors: int


# --- processes -------------------------------------------------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextlib.contextmanager
def process(args: list[str], port: int, log: Path, what: str) -> Iterator[None]:
    """Start a server process, wait for its port, stop it afterwards."""
    with log.open("w") as out:
        proc = subprocess.Popen(args, stdout=out, stderr=subprocess.STDOUT, cwd=ROOT)
    try:
        deadline = time.time() + 90
        while True:
            if proc.poll() is not None:
                raise SystemExit(f"{what} exited with status {proc.returncode}:\n{log.read_text()[-3000:]}")
            with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), timeout=0.5):
                break
            if time.time() > deadline:
                raise SystemExit(f"{what} did not listen on port {port} within 90 s:\n{log.read_text()[-3000:]}")
            time.sleep(0.1)
        yield
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def serve_appforge(data_dir: Path, port: int, database_url: str | None, name: str) -> None:
    """In the server process: a fresh platform holding the tasks example as `name`, served by one uvicorn worker."""
    sys.path.insert(0, str(ROOT))
    import uvicorn

    from appforge.examples import read_example
    from appforge.runtime.platform import Platform
    from appforge.runtime.server import create_server
    from appforge.settings import Settings
    from appforge.spec.model import AppSpec

    settings = Settings(data_dir=data_dir, database_url=database_url, port=port, secret_key=secrets.token_urlsafe(32))
    platform = Platform(settings)
    data = read_example(ROOT / "examples" / "tasks.json").model_dump(mode="json")
    data["name"] = name
    platform.create_app(AppSpec.model_validate(data), message="benchmark")
    uvicorn.run(create_server(settings, platform), host="127.0.0.1", port=port, workers=1, log_level="warning",
                access_log=False, lifespan="on")


def appforge_token(port: int, host: str) -> str:
    """Sign up through the form (as a person would), then trade email and password for an API token."""
    with httpx.Client(base_url=f"http://127.0.0.1:{port}", headers={"Host": host}, timeout=30) as client:
        page = client.get("/auth/signup").text
        match = re.search(r'name="csrf_token" value="([^"]+)"', page)
        if not match:
            raise SystemExit("appforge: no CSRF token on /auth/signup; cannot sign up the benchmark user")
        client.post("/auth/signup", data={"email": EMAIL, "name": "Bench", "password": PASSWORD,
                                          "csrf_token": match.group(1)})
        response = client.post("/api/auth/token", json={"email": EMAIL, "password": PASSWORD})
    if response.status_code != 200:
        raise SystemExit(f"appforge: POST /api/auth/token answered {response.status_code}: {response.text[:300]}")
    return response.json()["token"]


def baseline_token(port: int) -> str:
    response = httpx.post(f"http://127.0.0.1:{port}/api/auth/token", json={"email": EMAIL, "password": PASSWORD})
    if response.status_code != 200:
        raise SystemExit(f"baseline: POST /api/auth/token answered {response.status_code}: {response.text[:300]}")
    return response.json()["token"]


def check(port: int, host: str | None, token: str, what: str) -> None:
    """Both endpoints answer 2xx before any figure is taken, so a benchmark never measures error pages."""
    headers = {"Authorization": f"Bearer {token}", **({"Host": host} if host else {})}
    with httpx.Client(base_url=f"http://127.0.0.1:{port}", headers=headers, timeout=30) as client:
        listed = client.get(LIST_PATH)
        created = client.post(CREATE_PATH, json=CREATE_BODY)
    for response in (listed, created):
        if response.status_code >= 300:
            raise SystemExit(f"{what}: {response.request.method} {response.request.url.path} answered "
                             f"{response.status_code}: {response.text[:300]}")


# --- wrk -------------------------------------------------------------------------------------------------------------


def wrk(port: int, path: str, token: str, host: str | None, method: str, body: dict[str, Any] | None,
        duration: float, connections: int, threads: int) -> dict[str, Any]:
    env = {**os.environ, "BENCH_TOKEN": token, "BENCH_HOST": host or "", "BENCH_METHOD": method,
           "BENCH_BODY": json.dumps(body) if body else ""}
    args = ["wrk", f"-t{threads}", f"-c{connections}", f"-d{max(1, round(duration))}s", "--timeout", "10s",
            "-s", str(WRK_SCRIPT), f"http://127.0.0.1:{port}{path}"]
    result = subprocess.run(args, env=env, capture_output=True, text=True, check=False)
    line = next((s for s in result.stdout.splitlines() if s.startswith("BENCH_JSON ")), None)
    if result.returncode != 0 or line is None:
        raise SystemExit(f"wrk failed ({result.returncode}): {result.stderr.strip() or result.stdout.strip()}")
    return json.loads(line[len("BENCH_JSON "):])


def measure(backend: str, side: str, port: int, host: str | None, token: str, args: argparse.Namespace) -> list[Run]:
    runs = []
    for endpoint, method, path, body in (("list", "GET", LIST_PATH, None), ("create", "POST", CREATE_PATH, CREATE_BODY)):
        if args.warmup > 0:
            wrk(port, path, token, host, method, body, args.warmup, min(4, args.connections), 1)
        figures = wrk(port, path, token, host, method, body, args.duration, args.connections, args.threads)
        seconds = figures["duration_us"] / 1e6
        errors = sum(figures[k] for k in ("non_2xx", "connect_errors", "read_errors", "write_errors", "timeouts"))
        run = Run(backend, endpoint, side, figures["requests"] / seconds, figures["p50_us"] / 1000,
                  figures["p99_us"] / 1000, figures["requests"], errors)
        print(f"  {backend:<10} {side:<8} {endpoint:<6} {run.requests_per_s:8.0f} req/s  p99 {run.p99_ms:6.1f} ms"
              + (f"  ({errors} errors)" if errors else ""), flush=True)
        runs.append(run)
    return runs


# --- one backend ---------------------------------------------------------------------------------------------------


def postgres_reachable(url: str) -> str | None:
    try:
        import psycopg

        psycopg.connect(url, connect_timeout=3).close()
    except Exception as exc:  # noqa: BLE001 - any failure means: skip PostgreSQL
        return str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return None


def drop_schemas(url: str, suffix: str) -> None:
    """Remove what this run made in PostgreSQL: every schema whose name holds the run's random suffix."""
    import psycopg

    with contextlib.suppress(Exception), psycopg.connect(url, autocommit=True) as conn:
        names = [r[0] for r in conn.execute(
            "SELECT schema_name FROM information_schema.schemata WHERE schema_name LIKE %s", (f"%{suffix}%",))]
        for name in names:
            conn.execute(f'DROP SCHEMA IF EXISTS "{name}" CASCADE')


def bench_backend(backend: str, database_url: str | None, work: Path, args: argparse.Namespace) -> list[Run]:
    suffix = secrets.token_hex(3)
    runs: list[Run] = []
    try:
        name = f"bench-tasks-{suffix}"
        port = free_port()
        host = f"{name}.localhost:{port}"
        command = [sys.executable, str(HERE / "load.py"), "serve-appforge", "--data-dir", str(work / f"appforge-{backend}"),
                   "--port", str(port), "--name", name] + (["--database-url", database_url] if database_url else [])
        with process(command, port, work / f"appforge-{backend}.log", f"appforge ({backend})"):
            token = appforge_token(port, host)
            check(port, host, token, f"appforge ({backend})")
            runs += measure(backend, "appforge", port, host, token, args)

        port = free_port()
        command = [sys.executable, str(HERE / "baseline_app.py"), "--port", str(port),
                   "--data-dir", str(work / f"baseline-{backend}"), "--email", EMAIL, "--password", PASSWORD]
        if database_url:
            command += ["--database-url", database_url, "--schema", f"bench_baseline_{suffix}"]
        with process(command, port, work / f"baseline-{backend}.log", f"baseline ({backend})"):
            token = baseline_token(port)
            check(port, None, token, f"baseline ({backend})")
            runs += measure(backend, "baseline", port, None, token, args)
    finally:
        if database_url:
            drop_schemas(database_url, suffix)
    return runs


# --- report --------------------------------------------------------------------------------------------------------


def rows_of(runs: list[Run]) -> list[dict[str, Any]]:
    """One row per backend and endpoint: both sides side by side, and appforge's share of the baseline's rate."""
    rows = []
    for backend in dict.fromkeys(r.backend for r in runs):
        for endpoint in ("list", "create"):
            pair = {r.side: r for r in runs if r.backend == backend and r.endpoint == endpoint}
            if len(pair) != 2:
                continue
            a, b = pair["appforge"], pair["baseline"]
            rows.append({
                "backend": backend, "endpoint": endpoint,
                "appforge_rps": round(a.requests_per_s, 1), "baseline_rps": round(b.requests_per_s, 1),
                "ratio": round(a.requests_per_s / b.requests_per_s, 3) if b.requests_per_s else None,
                "appforge_p99_ms": round(a.p99_ms, 2), "baseline_p99_ms": round(b.p99_ms, 2),
                "appforge_errors": a.errors, "baseline_errors": b.errors,
            })
    return rows


def print_table(rows: list[dict[str, Any]]) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table(title="appforge vs hand-written FastAPI + SQLAlchemy (1 uvicorn worker each)", title_justify="left")
    for column in ("backend", "endpoint", "appforge req/s", "baseline req/s", "ratio", "appforge p99", "baseline p99"):
        table.add_column(column, justify="left" if column in ("backend", "endpoint") else "right", no_wrap=True)
    for r in rows:
        table.add_row(r["backend"], r["endpoint"], f"{r['appforge_rps']:,.0f}", f"{r['baseline_rps']:,.0f}",
                      f"{r['ratio']:.2f}x" if r["ratio"] is not None else "-",
                      f"{r['appforge_p99_ms']:.1f} ms", f"{r['baseline_p99_ms']:.1f} ms")
    console = Console()
    console.print(table)
    if any(r["appforge_errors"] or r["baseline_errors"] for r in rows):
        console.print("[yellow]Some requests failed (non-2xx or socket errors); see results/load.json.[/]")


def draw_chart(rows: list[dict[str, Any]], path: Path) -> bool:
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:
        print("matplotlib is not installed (pip install -e '.[dev]'); no chart drawn", file=sys.stderr)
        return False
    labels = [f"{r['backend']}\n{r['endpoint']}" for r in rows]
    xs = range(len(rows))
    width = 0.38
    fig, ax = plt.subplots(figsize=(max(6, 1.9 * len(rows)), 4.2), dpi=120)
    ours = ax.bar([x - width / 2 for x in xs], [r["appforge_rps"] for r in rows], width, label="appforge", color="#4f46e5")
    theirs = ax.bar([x + width / 2 for x in xs], [r["baseline_rps"] for r in rows], width,
                    label="hand-written FastAPI", color="#94a3b8")
    ax.bar_label(ours, fmt="%.0f", fontsize=8)
    ax.bar_label(theirs, fmt="%.0f", fontsize=8)
    ax.set_xticks(list(xs), labels)
    ax.set_ylabel("requests per second (higher is better)")
    ax.set_title("appforge API vs a hand-written baseline, 1 uvicorn worker each")
    ax.legend(frameon=False)
    ax.spines[["top", "right"]].set_visible(False)
    fig.tight_layout()
    fig.savefig(path)
    plt.close(fig)
    return True


def machine() -> dict[str, Any]:
    return {"python": sys.version.split()[0], "platform": host_platform.platform(), "cpus": os.cpu_count(),
            "processor": host_platform.processor() or host_platform.machine()}


# --- main ------------------------------------------------------------------------------------------------------------


def parse(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description="Load benchmark: appforge against a hand-written FastAPI app.")
    sub = parser.add_subparsers(dest="command")
    serve = sub.add_parser("serve-appforge", help="(internal) the appforge server process of one run")
    serve.add_argument("--data-dir", type=Path, required=True)
    serve.add_argument("--port", type=int, required=True)
    serve.add_argument("--name", required=True)
    serve.add_argument("--database-url", default=None)
    parser.add_argument("--duration", type=float, default=10, help="seconds of load per endpoint and side (10)")
    parser.add_argument("--warmup", type=float, default=2, help="seconds of light load before each measurement (2)")
    parser.add_argument("--connections", type=int, default=32, help="open connections (32)")
    parser.add_argument("--threads", type=int, default=2, help="wrk threads (2)")
    parser.add_argument("--backends", default="sqlite,postgresql", help="comma-separated: sqlite, postgresql")
    parser.add_argument("--database-url", default=DEFAULT_PG, help=f"PostgreSQL to use (default {DEFAULT_PG})")
    parser.add_argument("--out", type=Path, default=RESULTS, help="folder for load.json and load.png")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse(argv)
    if args.command == "serve-appforge":
        serve_appforge(args.data_dir, args.port, args.database_url, args.name)
        return 0
    if not shutil.which("wrk"):
        print("wrk is not installed (apt-get install wrk); it drives the load", file=sys.stderr)
        return 1
    backends = [b.strip() for b in args.backends.split(",") if b.strip()]
    unknown = set(backends) - {"sqlite", "postgresql"}
    if unknown:
        print(f"unknown backend {sorted(unknown)[0]!r}; use sqlite and/or postgresql", file=sys.stderr)
        return 2
    runs: list[Run] = []
    skipped: dict[str, str] = {}
    print(f"{args.duration:g} s per endpoint and side, {args.connections} connections, {args.threads} wrk threads")
    with tempfile.TemporaryDirectory(prefix="appforge-bench-") as tmp:
        for backend in backends:
            url = None
            if backend == "postgresql":
                problem = postgres_reachable(args.database_url)
                if problem:
                    skipped[backend] = f"PostgreSQL at {args.database_url} is not reachable: {problem}"
                    print(f"  skipping postgresql: {skipped[backend]}")
                    continue
                url = args.database_url
            runs += bench_backend(backend, url, Path(tmp), args)
    rows = rows_of(runs)
    if not rows:
        print("nothing was measured", file=sys.stderr)
        return 1
    print_table(rows)
    args.out.mkdir(parents=True, exist_ok=True)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    report = {
        "when": dt.datetime.now().isoformat(timespec="seconds"), "machine": machine(),
        "settings": {"duration_s": args.duration, "warmup_s": args.warmup, "connections": args.connections,
                     "wrk_threads": args.threads, "uvicorn_workers": 1, "list": f"GET {LIST_PATH}",
                     "create": f"POST {CREATE_PATH}"},
        "skipped": skipped, "results": rows, "runs": [asdict(r) for r in runs],
    }
    text = json.dumps(report, indent=2)
    (args.out / "load.json").write_text(text)
    (args.out / f"load-{stamp}.json").write_text(text)
    chart = args.out / "load.png"
    drawn = draw_chart(rows, chart)
    shown = args.out.relative_to(ROOT) if args.out.is_relative_to(ROOT) else args.out
    print(f"figures: {shown / 'load.json'}" + (f", chart: {shown / 'load.png'}" if drawn else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
