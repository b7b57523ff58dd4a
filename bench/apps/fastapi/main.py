"""
The benchmark's FastAPI app, async as FastAPI's docs teach it by default: `async def` path
operations, a SQLAlchemy session per request from a dependency (SQLAlchemy's asyncio extension,
so the query is awaited too), Pydantic models for the body and the answer, and an HTTPX async
client opened in the lifespan. Served by `uvicorn main:app --workers N`.

Why not the SQL tutorial's sync session in a `def` path operation: under many concurrent
requests the threadpool fills with requests waiting for a pooled connection while the requests
holding one wait for a thread to close their session, and the server stalls (fastapi/fastapi
issue 3205; the kit saw it stall at 256 connections).
"""
import os
from contextlib import asynccontextmanager
from typing import Annotated

import httpx
from fastapi import Depends, FastAPI, HTTPException, Request
from pydantic import BaseModel, EmailStr, Field
from sqlalchemy.ext.asyncio import AsyncSession, create_async_engine
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


def database_url():
    if os.environ.get("BENCH_DB") == "sqlite":
        return f"sqlite+aiosqlite:///{os.environ['BENCH_DB_PATH']}"
    # psycopg 3 serves sync and async code alike: the same driver as the other two apps.
    return (
        f"postgresql+psycopg://{os.environ['BENCH_DB_USER']}@{os.environ['BENCH_DB_HOST']}:"
        f"{os.environ['BENCH_DB_PORT']}/{os.environ['BENCH_DB_NAME']}"
    )


engine = create_async_engine(database_url())


class Base(DeclarativeBase):
    pass


class World(Base):
    """A row of the `world` table the kit creates and fills (bench/seed.py)."""

    __tablename__ = "world"
    id: Mapped[int] = mapped_column(primary_key=True)
    randomnumber: Mapped[int]


async def get_session():
    async with AsyncSession(engine) as session:
        yield session


SessionDep = Annotated[AsyncSession, Depends(get_session)]

UPSTREAM_URL = os.environ["BENCH_UPSTREAM_URL"]


@asynccontextmanager
async def lifespan(app: FastAPI):
    # One client per worker process, reusing its connections to the upstream.
    async with httpx.AsyncClient(timeout=10) as client:
        yield {"http": client}


app = FastAPI(lifespan=lifespan)


class Signup(BaseModel):
    name: str = Field(min_length=1, max_length=100)
    email: EmailStr
    age: int = Field(ge=0, le=150)


class WorldOut(BaseModel):
    id: int
    randomNumber: int


@app.get("/json")
async def json_view():
    return {"message": "Hello, World!"}


@app.get("/db/{world_id}")
async def db_view(world_id: int, session: SessionDep) -> WorldOut:
    world = await session.get(World, world_id)
    if world is None:
        raise HTTPException(status_code=404, detail="Not found")
    return WorldOut(id=world.id, randomNumber=world.randomnumber)


@app.post("/validate")
async def validate_view(signup: Signup) -> Signup:
    return signup


@app.get("/upstream")
async def upstream_view(request: Request):
    response = await request.state.http.get(UPSTREAM_URL)
    response.raise_for_status()
    return {"upstream": response.json()}
