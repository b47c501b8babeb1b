"""Copy the front-end libraries that generated apps use from node_modules into appforge/runtime/static/vendor/.

Run after `npm ci` (setup does both). The versions are pinned exactly in package.json and package-lock.json; the
copied files are gitignored, and apps serve them from their own origin, so a running app needs no network.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NODE_MODULES = ROOT / "node_modules"
VENDOR = ROOT / "appforge" / "runtime" / "static" / "vendor"

# package -> [(file inside the package, name under static/vendor/)]
FILES: dict[str, list[tuple[str, str]]] = {
    "htmx.org": [("dist/htmx.min.js", "htmx.min.js")],
    "sortablejs": [("Sortable.min.js", "Sortable.min.js")],
    "chart.js": [("dist/chart.umd.min.js", "chart.umd.min.js")],
}


def vendor() -> list[Path]:
    missing = [pkg for pkg in FILES if not (NODE_MODULES / pkg).is_dir()]
    if missing:
        raise SystemExit(f"scripts/vendor.py: {', '.join(missing)} not in node_modules; run `npm ci` first")
    VENDOR.mkdir(parents=True, exist_ok=True)
    written = []
    for package, files in FILES.items():
        for source, name in files:
            src = NODE_MODULES / package / source
            if not src.is_file():
                raise SystemExit(f"scripts/vendor.py: {package} has no {source}; did its layout change?")
            dest = VENDOR / name
            shutil.copyfile(src, dest)
            written.append(dest)
    return written


if __name__ == "__main__":
    for path in vendor():
        print(path.relative_to(ROOT), file=sys.stdout)
