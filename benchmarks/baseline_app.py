"""The baseline of the load benchmark: a minimal FastAPI + SQLAlchemy app written by hand for the tasks example's
`task` table, doing what appforge's generated API does for the two benchmarked endpoints and nothing more.

    GET  /api/task?page_size=25   {"rows": [...], "total", "page", "page_size", "pages"}, ordered by due date
    POST /api/task                a validated body -> 201 and the stored row
    POST /api/auth/token          email + password -> a bearer token

Same table shape (system columns id, created_at, updated_at, created_by; one column per field; tags as JSON text;
the computed fields evaluated per row), same seed rows, and the same auth work per request: the bearer token is an
itsdangerous signature that is verified, then the user is loaded from the database and the password fingerprint
compared, as appforge does. Run by benchmarks/load.py:

    python benchmarks/baseline_app.py --port 8101 [--database-url postgresql://...] [--schema bench_x]
"""

import argparse
import datetime as dt
import hashlib
import json
import math
import sys
from pathlib import Path
from typing import Annotated, Any, Literal

import sqlalchemy as sa
import uvicorn
from argon2 import PasswordHasher
from argon2.exceptions import VerificationError
from fastapi import Depends, FastAPI, HTTPException, Query, Request
from itsdangerous import BadSignature, URLSafeTimedSerializer
from pydantic import BaseModel, ConfigDict, Field

ROOT = Path(__file__).resolve().parent.parent
TOKEN_MAX_AGE = 30 * 24 * 3600
hasher = PasswordHasher()

metadata = sa.MetaData()
users = sa.Table(
    "users", metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("email", sa.String(320), unique=True, nullable=False),
    sa.Column("password_hash", sa.Text, nullable=False),
)
projects = sa.Table(
    "project", metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("name", sa.Text, nullable=False),
)
tasks = sa.Table(
    "task", metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("created_at", sa.DateTime, nullable=False),
    sa.Column("updated_at", sa.DateTime, nullable=False),
    sa.Column("created_by", sa.Integer, nullable=True),
    sa.Column("title", sa.Text, nullable=False),
    sa.Column("project", sa.Integer, sa.ForeignKey("project.id"), nullable=False),
    sa.Column("status", sa.Text, nullable=False),
    sa.Column("priority", sa.Text),
    sa.Column("assignee", sa.Integer),
    sa.Column("due", sa.Date),
    sa.Column("tags", sa.Text),
    sa.Column("estimate_hours", sa.Numeric),
    sa.Column("spent_hours", sa.Numeric),
    sa.Column("done_on", sa.Date),
    sa.Column("link", sa.Text),
    sa.Column("attachment", sa.Text),
    sa.Column("description", sa.Text),
)
sa.Index("task_due", tasks.c.due)

Status = Literal["Backlog", "Todo", "In progress", "Review", "Done"]
Priority = Literal["Low", "Medium", "High", "Urgent"]
Tag = Literal["bug", "feature", "design", "docs", "ops", "research"]


class TaskCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    title: Annotated[str, Field(min_length=1, max_length=120)]
    project: int
    status: Status = "Backlog"
    priority: Priority | None = "Medium"
    assignee: int | None = None
    due: dt.date | None = None
    tags: list[Tag] | None = None
    estimate_hours: Annotated[float, Field(ge=0, le=200)] | None = None
    spent_hours: Annotated[float, Field(ge=0)] | None = None
    done_on: dt.date | None = None
    link: Annotated[str, Field(pattern=r"^https?://\S+$")] | None = None
    description: str | None = None


class TaskOut(BaseModel):
    id: int
    created_at: str | None
    updated_at: str | None
    created_by: int | None
    title: str | None = None
    project: int | None = None
    status: str | None = None
    priority: str | None = None
    assignee: int | None = None
    due: str | None = None
    tags: list[str] | None = None
    estimate_hours: float | None = None
    spent_hours: float | None = None
    remaining_hours: float | None = None
    days_left: int | None = None
    done_on: str | None = None
    link: str | None = None
    attachment: str | None = None
    description: str | None = None


class TaskPage(BaseModel):
    rows: list[TaskOut]
    total: int
    page: int
    page_size: int
    pages: int


class TokenRequest(BaseModel):
    email: str
    password: str


def fingerprint(password_hash: str) -> str:
    return hashlib.sha256(password_hash.encode()).hexdigest()[:16]


def _num(value: Any) -> float | None:
    return None if value is None else float(value)


def row_out(row: Any) -> dict[str, Any]:
    """A stored row as the API returns it, with the computed fields of the spec."""
    m = row._mapping
    estimate, spent = _num(m["estimate_hours"]), _num(m["spent_hours"])
    due = m["due"]
    return {
        "id": m["id"], "created_at": m["created_at"].isoformat(timespec="seconds"),
        "updated_at": m["updated_at"].isoformat(timespec="seconds"), "created_by": m["created_by"],
        "title": m["title"], "project": m["project"], "status": m["status"], "priority": m["priority"],
        "assignee": m["assignee"], "due": due.isoformat() if due else None,
        "tags": json.loads(m["tags"]) if m["tags"] else None,
        "estimate_hours": estimate, "spent_hours": spent,
        "remaining_hours": max((estimate or 0) - (spent or 0), 0),
        "days_left": (due - dt.date.today()).days if due and m["status"] != "Done" else None,
        "done_on": m["done_on"].isoformat() if m["done_on"] else None,
        "link": m["link"], "attachment": m["attachment"], "description": m["description"],
    }


def make_engine(database_url: str | None, data_dir: Path, schema: str | None) -> sa.Engine:
    if not database_url:
        data_dir.mkdir(parents=True, exist_ok=True)
        return sa.create_engine(f"sqlite:///{data_dir / 'baseline.db'}", connect_args={"check_same_thread": False})
    url = database_url.replace("postgresql://", "postgresql+psycopg://", 1)
    if schema:
        with sa.create_engine(url).begin() as conn:
            conn.execute(sa.text(f'CREATE SCHEMA IF NOT EXISTS "{schema}"'))
        return sa.create_engine(url, connect_args={"options": f"-csearch_path={schema}"}, pool_size=10)
    return sa.create_engine(url, pool_size=10)


def seed(engine: sa.Engine, email: str, password: str) -> None:
    """The tables, one user and the tasks example's seed rows (the same ones appforge loads)."""
    sys.path.insert(0, str(ROOT))
    from appforge.examples import read_example

    spec = read_example(ROOT / "examples" / "tasks.json")
    metadata.create_all(engine)
    now = dt.datetime.now(dt.UTC).replace(tzinfo=None, microsecond=0)
    with engine.begin() as conn:
        if conn.execute(sa.select(sa.func.count()).select_from(users)).scalar():
            return
        conn.execute(users.insert(), {"email": email, "password_hash": hasher.hash(password)})
        conn.execute(projects.insert(), [{"name": p["name"]} for p in spec.seed["project"]])
        rows = []
        for t in spec.seed["task"]:
            body = TaskCreate.model_validate(t).model_dump()
            body["tags"] = json.dumps(body["tags"]) if body["tags"] is not None else None
            rows.append({**body, "created_at": now, "updated_at": now, "created_by": None, "attachment": None})
        conn.execute(tasks.insert(), rows)


def create_app(engine: sa.Engine, secret: str) -> FastAPI:
    app = FastAPI(title="baseline", docs_url=None, redoc_url=None)
    tokens = URLSafeTimedSerializer(secret, salt="baseline-api-token")

    def current_user(request: Request) -> int:
        header = request.headers.get("authorization", "")
        if not header.lower().startswith("bearer "):
            raise HTTPException(401, "Sign in first")
        try:
            data = tokens.loads(header[7:].strip(), max_age=TOKEN_MAX_AGE)
        except BadSignature:
            raise HTTPException(401, "The API token is invalid") from None
        with engine.connect() as conn:
            user = conn.execute(sa.select(users.c.id, users.c.password_hash).where(users.c.id == data.get("u"))).first()
        if user is None or data.get("p") != fingerprint(user.password_hash):
            raise HTTPException(401, "The API token is invalid")
        return user.id

    @app.post("/api/auth/token")
    def token(body: TokenRequest) -> dict[str, str]:
        with engine.connect() as conn:
            user = conn.execute(sa.select(users).where(users.c.email == body.email.lower())).first()
        try:
            if user is None or not hasher.verify(user.password_hash, body.password):
                raise VerificationError
        except VerificationError:
            raise HTTPException(401, "Wrong email or password") from None
        return {"token": tokens.dumps({"u": user.id, "p": fingerprint(user.password_hash)}), "token_type": "bearer"}

    @app.get("/api/task", response_model=TaskPage)
    def list_tasks(user: Annotated[int, Depends(current_user)], page: Annotated[int, Query(ge=1)] = 1,
                   page_size: Annotated[int, Query(ge=1, le=500)] = 25) -> Any:
        with engine.connect() as conn:
            total = conn.execute(sa.select(sa.func.count()).select_from(tasks)).scalar_one()
            rows = conn.execute(
                sa.select(tasks).order_by(tasks.c.due.is_(None), tasks.c.due, tasks.c.id)
                .limit(page_size).offset((page - 1) * page_size)
            ).all()
        return {"rows": [row_out(r) for r in rows], "total": total, "page": page, "page_size": page_size,
                "pages": max(1, math.ceil(total / page_size))}

    @app.post("/api/task", response_model=TaskOut, status_code=201)
    def create_task(body: TaskCreate, user: Annotated[int, Depends(current_user)]) -> Any:
        values = body.model_dump(exclude_unset=False)
        values["tags"] = json.dumps(values["tags"]) if values["tags"] is not None else None
        now = dt.datetime.now(dt.UTC).replace(tzinfo=None, microsecond=0)
        with engine.begin() as conn:
            if conn.execute(sa.select(projects.c.id).where(projects.c.id == body.project)).first() is None:
                raise HTTPException(422, f"project {body.project} does not exist")
            new_id = conn.execute(
                tasks.insert().values(**values, created_at=now, updated_at=now, created_by=user).returning(tasks.c.id)
            ).scalar_one()
            row = conn.execute(sa.select(tasks).where(tasks.c.id == new_id)).one()
        return row_out(row)

    return app


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--database-url", default=None, help="postgresql://...; SQLite under --data-dir if not given")
    parser.add_argument("--schema", default=None, help="PostgreSQL schema to use (created if missing)")
    parser.add_argument("--data-dir", type=Path, default=Path("data/baseline"))
    parser.add_argument("--secret", default="baseline-secret-" + "x" * 32)
    parser.add_argument("--email", default="bench@example.com")
    parser.add_argument("--password", default="correct horse battery")
    args = parser.parse_args(argv)
    engine = make_engine(args.database_url, args.data_dir, args.schema)
    seed(engine, args.email, args.password)
    uvicorn.run(create_app(engine, args.secret), host="127.0.0.1", port=args.port, workers=1, log_level="warning",
                access_log=False)


if __name__ == "__main__":
    sys.exit(main())
