r"""A minimal Flask app.

Made by the Python Framework Picker from your answers. Needs Python {{python}} or newer.
To try it (on Windows: `py -m venv .venv` and `.venv\Scripts\activate`):

    {{setup}}
    {{dev}}

Then open {{open}}.
# [if admin]
`create-admin` makes the first admin user (it asks for a password); /admin/ asks for
that login, and only this site's own pages may post to it.
# [end]
FLASK_DEBUG=1 turns on debug mode for local work, with a new random secret key each
start (so sign-ins end when the server restarts). Without it the app refuses to start
unless SECRET_KEY holds 32+ random characters, and sends its session cookie over HTTPS
only.

In production (debug off, a real secret key, or it refuses to start; `check` runs
before the server starts its workers):

    {{production}}
"""

import os
import secrets
from urllib.parse import urlsplit  # [if admin]

import click
from apiflask import APIFlask, Schema  # [if apiflask]
from apiflask.fields import Integer, String  # [if apiflask]
from flask import (  # [if flask_names]
    Flask,  # [if not apiflask]
    abort,  # [if admin]
    redirect,  # [if admin]
    render_template_string,  # [if pages or admin]
    request,  # [if not apiflask or admin]
    session,  # [if admin]
    url_for,  # [if admin]
)  # [if flask_names]
from flask_admin import Admin, AdminIndexView, expose  # [if admin]
from flask_admin.contrib.sqla import ModelView  # [if admin]
from flask_admin.form import SecureForm  # [if admin]
from flask_sqlalchemy import SQLAlchemy  # [if db]
from werkzeug.security import check_password_hash, generate_password_hash  # [if admin]
from wtforms import PasswordField, StringField  # [if admin]
from wtforms.validators import InputRequired  # [if admin]

app = APIFlask(__name__, title="My API", version="0.1.0")  # [if apiflask]
app = Flask(__name__)  # [if not apiflask]
SECRET_KEY = os.environ.get("SECRET_KEY", "")
REAL_SECRET = len(SECRET_KEY) >= 32
if not REAL_SECRET and not app.debug:
    raise RuntimeError(
        "Set SECRET_KEY to 32 or more random characters, e.g. "
        'export SECRET_KEY="$(python -c "import secrets; '
        'print(secrets.token_urlsafe(50))")" (or FLASK_DEBUG=1 for local work).'
    )
# Local work without a secret: a new random key each start, never a fixed one.
app.config["SECRET_KEY"] = SECRET_KEY if REAL_SECRET else secrets.token_urlsafe(32)
app.config["SESSION_COOKIE_SECURE"] = not app.debug
app.config["SESSION_COOKIE_SAMESITE"] = "Lax"
# [if db]
app.config["SQLALCHEMY_DATABASE_URI"] = os.environ.get(
    "DATABASE_URL", "sqlite:///app.db"
)

db = SQLAlchemy(app)


class Item(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    name = db.Column(db.String(100), nullable=False)


@app.cli.command("init-db")
def init_db():
    """Create the tables that do not exist yet."""
    db.create_all()


# [else]

# No database: items live in memory until the app stops.
ITEMS: list[dict] = []


# [end]
@app.cli.command("check")
def check():
    """Refuse to go on unless the settings are fit for production."""
    if app.debug or not REAL_SECRET:
        raise click.ClickException(
            "Not fit for production: unset FLASK_DEBUG and set SECRET_KEY to 32 or "
            "more random characters."
        )
    click.echo("Ready for production.")


# [if apiflask]
class ItemIn(Schema):
    name = String(required=True)


class ItemOut(Schema):
    id = Integer()
    name = String()


# [end]
# [if pages and db]
@app.get("/")
def index():
    return render_template_string(
        "<h1>Hello from Flask</h1><p>{{ count }} item(s) so far.</p>",
        count=db.session.scalar(db.select(db.func.count(Item.id))),
    )


# [end]
# [if pages and not db]
@app.get("/")
def index():
    return render_template_string(
        "<h1>Hello from Flask</h1><p>{{ count }} item(s) so far.</p>",
        count=len(ITEMS),
    )


# [end]
# [if async]
@app.get("/health")
async def health():
    return {"status": "ok"}


# [else]
@app.get("/health")
def health():
    return {"status": "ok"}


# [end]
# [if apiflask]
@app.get("/items")
@app.output(ItemOut(many=True))
def list_items():
    return db.session.scalars(db.select(Item).order_by(Item.id)).all()  # [if db]
    return ITEMS  # [if not db]


@app.post("/items")
@app.input(ItemIn)
@app.output(ItemOut, status_code=201)
def create_item(json_data):
    # [if db]
    item = Item(name=json_data["name"])
    db.session.add(item)
    db.session.commit()
    # [else]
    item = {"id": len(ITEMS) + 1, "name": json_data["name"]}
    ITEMS.append(item)
    # [end]
    return item


# [else]
@app.get("/items")
def list_items():
    # [if db]
    items = db.session.scalars(db.select(Item).order_by(Item.id)).all()
    return [{"id": item.id, "name": item.name} for item in items]
    # [else]
    return ITEMS
    # [end]


@app.post("/items")
def create_item():
    name = str((request.get_json(silent=True) or {}).get("name", "")).strip()
    if not name:
        return {"error": "name is required"}, 400
    # [if db]
    item = Item(name=name)
    db.session.add(item)
    db.session.commit()
    return {"id": item.id, "name": item.name}, 201
    # [else]
    item = {"id": len(ITEMS) + 1, "name": name}
    ITEMS.append(item)
    return item, 201
    # [end]


# [end]
# [if admin]
class AdminUser(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    username = db.Column(db.String(80), unique=True, nullable=False)
    password_hash = db.Column(db.String(255), nullable=False)


@app.cli.command("create-admin")
@click.argument("username")
@click.password_option(envvar="ADMIN_PASSWORD")
def create_admin(username, password):
    """Add an admin user (asks for the password, or reads ADMIN_PASSWORD)."""
    user = AdminUser(username=username, password_hash=generate_password_hash(password))
    db.session.add(user)
    db.session.commit()
    click.echo(f"Admin user {username} created: sign in at /admin/login/")


@app.before_request
def refuse_cross_origin_admin_writes():
    """Only this site's own pages may post to the admin, whatever token they carry."""
    writes = request.method not in ("GET", "HEAD", "OPTIONS")
    origin = urlsplit(request.headers.get("Origin", "")).netloc
    if writes and request.path.startswith("/admin") and origin != request.host:
        abort(403)


def signed_in():
    user_id = session.get("admin_user_id")
    return user_id is not None and db.session.get(AdminUser, user_id) is not None


LOGIN_PAGE = """<!doctype html>
<title>Sign in</title>
<h1>Sign in to the admin</h1>
<form method="post">
  {{ form.csrf_token }}
  <p>{{ form.username.label }} {{ form.username(autocomplete="username") }}</p>
  <p>{{ form.password.label }} {{ form.password(autocomplete="current-password") }}</p>
  {% if failed %}<p role="alert">Wrong username or password.</p>{% endif %}
  <button type="submit">Sign in</button>
</form>
"""


# SecureForm adds a CSRF token (kept in the signed session) to every admin form.
class LoginForm(SecureForm):
    username = StringField("Username", validators=[InputRequired()])
    password = PasswordField("Password", validators=[InputRequired()])


class SignedInIndexView(AdminIndexView):
    @expose("/")
    def index(self):
        if not signed_in():
            return redirect(url_for(".login"))
        return super().index()

    @expose("/login/", methods=["GET", "POST"])
    def login(self):
        form = LoginForm(request.form)
        failed = False
        if request.method == "POST" and form.validate():
            user = db.session.scalar(
                db.select(AdminUser).filter_by(username=form.username.data)
            )
            if user and check_password_hash(user.password_hash, form.password.data):
                session.clear()
                session["admin_user_id"] = user.id
                return redirect(url_for(".index"))
            failed = True
        return render_template_string(LOGIN_PAGE, form=form, failed=failed)

    @expose("/logout/", methods=["POST"])
    def logout(self):
        if SecureForm(request.form).validate():
            session.clear()
        return redirect(url_for(".login"))


class SignedInModelView(ModelView):
    form_base_class = SecureForm

    def is_accessible(self):
        return signed_in()

    def inaccessible_callback(self, name, **kwargs):
        return redirect(url_for("admin.login"))


admin = Admin(app, name="Admin", index_view=SignedInIndexView())
admin.add_view(SignedInModelView(Item, db))
# [end]
