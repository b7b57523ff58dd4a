r"""A minimal FastAPI app.

Made by the Python Framework Picker from your answers. Needs Python {{python}} or newer.
To try it (on Windows: `py -m venv .venv` and `.venv\Scripts\activate`):

    {{setup}}
    {{dev}}

Then open {{open}}.
`init-db` creates the tables (see the note on migrations).
# [if admin]
`create-admin` makes the first admin user (it asks for a password, or reads
ADMIN_PASSWORD); /admin/ asks for that login. Admin forms carry a CSRF token, and only
this site's own pages may post to the admin.
APP_DEBUG=1 turns on debug mode for local work, with a new random secret key each
start (so sign-ins end when the server restarts). Without it the app refuses to start
unless SECRET_KEY holds 32+ random characters to sign the login cookie, which it then
sends over HTTPS only.

In production (debug off, a real secret key, or it refuses to start; `check` runs
before the server starts its workers):
# [else]

In production:
# [end]

    {{production}}
"""

import argparse
import asyncio
import getpass  # [if admin]
import hashlib  # [if admin]
import hmac  # [if admin]
import os
import secrets  # [if admin]
import sys  # [if admin]
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from contextvars import ContextVar  # [if admin]
from datetime import timedelta  # [if admin]
from typing import Annotated
from urllib.parse import urlsplit  # [if admin]

from fastapi import Depends, FastAPI
from pydantic import BaseModel, ConfigDict
from sqladmin import Admin, ModelView  # [if admin]
from sqladmin.authentication import AuthenticationBackend  # [if admin]
from sqlalchemy import String, select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker, create_async_engine
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
from starlette.middleware import Middleware  # [if admin]
from starlette.middleware.sessions import SessionMiddleware  # [if admin]
from starlette.requests import Request  # [if admin]
from starlette.responses import PlainTextResponse, Response  # [if admin]
from wtforms import Form  # [if admin]
from wtforms.csrf.session import SessionCSRF  # [if admin]

# [if admin]
DEBUG = os.environ.get("APP_DEBUG") == "1"
SECRET_KEY = os.environ.get("SECRET_KEY", "")
REAL_SECRET = len(SECRET_KEY) >= 32
if not REAL_SECRET:
    if not DEBUG:
        raise RuntimeError(
            "Set SECRET_KEY to 32 or more random characters, e.g. "
            'export SECRET_KEY="$(python -c "import secrets; '
            'print(secrets.token_urlsafe(50))")" (or APP_DEBUG=1 for local work).'
        )
    # Local work only: a new random key each start, never a fixed one.
    SECRET_KEY = secrets.token_urlsafe(32)

# [end]
engine = create_async_engine(
    os.environ.get("DATABASE_URL", "sqlite+aiosqlite:///./app.db")
)
SessionLocal = async_sessionmaker(engine, expire_on_commit=False)


class Base(DeclarativeBase):
    pass


class Item(Base):
    __tablename__ = "items"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100))


# [if admin]
class AdminUser(Base):
    __tablename__ = "admin_users"

    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(80), unique=True)
    password_hash: Mapped[str] = mapped_column(String(255))


# [end]
class ItemIn(BaseModel):
    name: str


class ItemOut(ItemIn):
    model_config = ConfigDict(from_attributes=True)

    id: int


@asynccontextmanager
async def lifespan(app: FastAPI) -> AsyncIterator[None]:
    yield
    await engine.dispose()


app = FastAPI(title="My API", lifespan=lifespan, debug=DEBUG)  # [if admin]
app = FastAPI(title="My API", lifespan=lifespan)  # [if not admin]


async def get_session() -> AsyncIterator[AsyncSession]:
    async with SessionLocal() as session:
        yield session


Session = Annotated[AsyncSession, Depends(get_session)]


@app.get("/health")
async def health() -> dict[str, str]:
    return {"status": "ok"}


@app.get("/items")
async def list_items(session: Session) -> list[ItemOut]:
    rows = await session.scalars(select(Item).order_by(Item.id))
    return [ItemOut.model_validate(row) for row in rows]


@app.post("/items", status_code=201)
async def create_item(item: ItemIn, session: Session) -> ItemOut:
    row = Item(name=item.name)
    session.add(row)
    await session.commit()
    return ItemOut.model_validate(row)


# [if admin]
# Passwords are stored as salted scrypt hashes (standard library only).
def hash_password(password: str) -> str:
    salt = secrets.token_bytes(16)
    digest = hashlib.scrypt(password.encode(), salt=salt, n=2**14, r=8, p=1)
    return f"scrypt${salt.hex()}${digest.hex()}"


def check_password(password: str, stored: str) -> bool:
    _, salt, digest = stored.split("$")
    candidate = hashlib.scrypt(
        password.encode(), salt=bytes.fromhex(salt), n=2**14, r=8, p=1
    )
    return hmac.compare_digest(candidate.hex(), digest)


def same_origin(request: Request) -> bool:
    """True when the browser says the request comes from one of this site's pages."""
    return urlsplit(request.headers.get("origin", "")).netloc == request.url.netloc


# The signed-in session of the request being handled: the forms' CSRF tokens live in it.
admin_session: ContextVar[dict] = ContextVar("admin_session")


class CSRFForm(Form):
    """Every admin form carries a token tied to the session (WTForms' SessionCSRF)."""

    class Meta:
        csrf = True
        csrf_class = SessionCSRF
        csrf_secret = SECRET_KEY.encode()
        csrf_time_limit = timedelta(hours=8)

        @property
        def csrf_context(self) -> dict:
            return admin_session.get()


class AdminAuth(AuthenticationBackend):
    def __init__(self) -> None:
        super().__init__(secret_key=SECRET_KEY)
        # The login cookie: signed with SECRET_KEY, HttpOnly and SameSite=Lax (Starlette's
        # defaults), HTTPS-only outside debug mode. Set here rather than through the
        # constructor, which takes cookie options only from SQLAdmin 0.27 on.
        self.middlewares = [
            Middleware(SessionMiddleware, secret_key=SECRET_KEY, https_only=not DEBUG)
        ]

    async def login(self, request: Request) -> bool:
        if not same_origin(request):
            return False
        form = await request.form()
        username = str(form.get("username", ""))
        async with SessionLocal() as session:
            user = await session.scalar(
                select(AdminUser).where(AdminUser.username == username)
            )
        password = str(form.get("password", ""))
        if user is None or not check_password(password, user.password_hash):
            return False
        request.session.clear()
        request.session["admin_user_id"] = user.id
        return True

    async def logout(self, request: Request) -> bool:
        request.session.clear()
        return True

    async def authenticate(self, request: Request) -> Response | bool:
        # SQLAdmin asks this before every admin page and every write.
        if request.method not in ("GET", "HEAD") and not same_origin(request):
            return PlainTextResponse("Refused: not sent from this site.", 403)
        admin_session.set(request.session)
        return "admin_user_id" in request.session


class ItemAdmin(ModelView, model=Item):
    column_list = (Item.id, Item.name)
    form_base_class = CSRFForm


admin = Admin(app, engine, authentication_backend=AdminAuth())
admin.add_view(ItemAdmin)


# [end]
async def init_db() -> None:
    async with engine.begin() as connection:
        await connection.run_sync(Base.metadata.create_all)
    await engine.dispose()


# [if admin]
async def create_admin(username: str, password: str) -> None:
    async with SessionLocal() as session:
        user = AdminUser(username=username, password_hash=hash_password(password))
        session.add(user)
        await session.commit()
    await engine.dispose()
    print(f"Admin user {username} created: sign in at /admin/login")


def check() -> None:
    """Refuse to go on unless the settings are fit for production."""
    if DEBUG or not REAL_SECRET:
        sys.exit(
            "Not fit for production: unset APP_DEBUG and set SECRET_KEY to 32 or more "
            "random characters."
        )
    print("Ready for production.")


# [end]
if __name__ == "__main__":
    parser = argparse.ArgumentParser(description="Manage the database.")
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("init-db", help="create the tables that do not exist yet")
    # [if admin]
    new_admin = commands.add_parser("create-admin", help="add an admin user")
    new_admin.add_argument("username")
    commands.add_parser("check", help="refuse unless fit for production")
    # [end]
    args = parser.parse_args()
    # [if admin]
    if args.command == "check":
        check()
    elif args.command == "create-admin":
        password = os.environ.get("ADMIN_PASSWORD") or getpass.getpass()
        asyncio.run(create_admin(args.username, password))
    else:
        asyncio.run(init_db())
    # [else]
    asyncio.run(init_db())
    # [end]
