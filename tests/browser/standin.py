"""A stand-in app for page tests while the real server (tests/runtime/servers.py) is not there yet.

It serves the real pages router and static files over real HTTP, with in-memory rows and a fixed signed-in user.
Only used when `appforge.runtime.records` / `tests.runtime.servers` cannot be imported.
"""
import sys, types, math, datetime as dt
from dataclasses import dataclass
try:
    import appforge.runtime.auth  # noqa: F401
except ImportError:
    fake_auth = types.ModuleType("appforge.runtime.auth")
    fake_auth.csrf_token = lambda request: "standin-token"
    sys.modules["appforge.runtime.auth"] = fake_auth
from fastapi import FastAPI, Request
from fastapi.staticfiles import StaticFiles
from appforge.spec.model import AppSpec
from appforge.runtime.context import AppContext, AppUser
from appforge.runtime.pages import build_router

@dataclass
class Page:
    rows: list; total: int; page: int; page_size: int; pages: int

class RecordInvalid(Exception):
    def __init__(self, errors): super().__init__(str(errors)); self.errors = errors
try:
    from appforge.runtime.records import RecordInvalid  # noqa: F811
except ImportError:
    fake_rec = types.ModuleType("appforge.runtime.records"); fake_rec.RecordInvalid = RecordInvalid
    sys.modules["appforge.runtime.records"] = fake_rec

class FakeRecords:
    def __init__(self, spec): self.spec = spec; self.rows = {e.name: [] for e in spec.entities}; self.n = 0
    def _match(self, row, f):
        v = row.get(f.field)
        if f.op == "eq": return v == f.value
        if f.op == "ne": return v != f.value
        if f.op == "empty": return v in (None, "", [])
        if f.op == "contains": return f.value in (v or [])
        if f.op == "ge": return v is not None and str(v) >= str(f.value)
        if f.op == "le": return v is not None and str(v) <= str(f.value)
        return True
    def list(self, entity, *, search=None, filters=(), sort=(), page=1, page_size=25, owner_id=None):
        rows = [r for r in self.rows[entity] if all(self._match(r, f) for f in filters)]
        if search: rows = [r for r in rows if search.lower() in str(r).lower()]
        for k in reversed(list(sort)): rows.sort(key=lambda r: (r.get(k.field) is None, r.get(k.field) or 0 if not isinstance(r.get(k.field), str) else r.get(k.field)), reverse=k.desc)
        total = len(rows); pages = max(1, math.ceil(total / page_size))
        return Page(rows[(page-1)*page_size: page*page_size], total, page, page_size, pages)
    def get(self, entity, id, *, owner_id=None): return next((r for r in self.rows[entity] if r["id"] == id), None)
    def create(self, entity, values, *, user_id=None):
        e = self.spec.entity(entity); errors = {}
        out = {}
        for f in e.fields:
            v = values.get(f.name)
            if f.required and v in (None, "", []): errors[f.name] = "is required"
            if f.type.value in ("integer","rating") and v not in (None, ""):
                try: v = int(v)
                except ValueError: errors[f.name] = "must be a whole number"
            if f.type.value in ("money","decimal") and v not in (None, ""):
                try: v = float(v)
                except ValueError: errors[f.name] = "must be a number"
            if v == "": v = None
            out[f.name] = v
        if errors: raise RecordInvalid(errors)
        self.n += 1; now = dt.datetime.now().isoformat(timespec="seconds")
        row = {"id": self.n, "created_at": now, "updated_at": now, "created_by": user_id, **out}
        self.rows[entity].append(row); return row
    def update(self, entity, id, values, *, owner_id=None):
        r = self.get(entity, id)
        if r is None: return None
        r.update({k: (None if v == "" else v) for k, v in values.items()}); return r
    def delete(self, entity, id, *, owner_id=None):
        r = self.get(entity, id)
        if r: self.rows[entity].remove(r)
        return r is not None
    def aggregate(self, w, *, owner_id=None):
        rows = self.list(w.entity, filters=w.filters, page_size=10**6).rows
        if w.type.value == "stat":
            if w.aggregate == "count": return len(rows)
            vals = [r.get(w.field) or 0 for r in rows]
            return sum(vals) if w.aggregate == "sum" else (sum(vals)/len(vals) if vals else None)
        groups = {}
        for r in rows:
            k = r.get(w.group_by); k = str(k)[:10] if w.period else k
            groups[k] = groups.get(k, 0) + (1 if w.aggregate == "count" else (r.get(w.field) or 0))
        return sorted(groups.items(), key=lambda kv: str(kv[0]))
    def choices(self, entity, search=None, limit=50):
        e = self.spec.entity(entity); return [(r["id"], str(r.get(e.display()))) for r in self.rows[entity]][:limit]
    def label(self, entity, id):
        e = self.spec.entity(entity); r = self.get(entity, id); return str(r.get(e.display())) if r else f"#{id}"
    def rows_for_calendar(self, entity, date_field, start, end, owner_id=None):
        return [r for r in self.rows[entity] if r.get(date_field) and str(start) <= str(r[date_field])[:10] <= str(end)]

def make_app(spec_dict, user=AppUser(1, "ann@example.com", "Ann", None)):
    spec = AppSpec.model_validate(spec_dict)
    records = FakeRecords(spec)
    ctx = AppContext(spec.name, 1, spec, records, None)
    app = FastAPI()
    @app.middleware("http")
    async def state(request: Request, call_next):
        request.state.app = ctx; request.state.user = user
        if request.method == "PATCH" and request.url.path.startswith("/api/"):
            return await api_patch(request)
        return await call_next(request)
    async def api_patch(request):
        from starlette.responses import JSONResponse
        _, _, entity, row_id = request.url.path.split("/")
        if request.headers.get("x-csrf-token") != sys.modules["appforge.runtime.auth"].csrf_token(request):
            return JSONResponse({"detail": "CSRF token missing"}, 403)
        row = records.update(entity, int(row_id), await request.json())
        return JSONResponse(row, 200 if row else 404)
    app.include_router(build_router())
    from pathlib import Path
    app.mount("/static", StaticFiles(directory=str(Path(__file__).resolve().parents[2] / "appforge/runtime/static")), name="static")
    return app, records
