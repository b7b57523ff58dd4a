"""
The benchmark's Flask app, as Flask's and its extensions' docs teach: an app factory,
Flask-SQLAlchemy for the database, marshmallow for the request body, requests for the upstream
call. Served by gunicorn's default (sync) workers: `gunicorn 'app:create_app()'`.
"""
import os

import requests
from flask import Flask, request
from flask_sqlalchemy import SQLAlchemy
from marshmallow import Schema, ValidationError, fields, validate
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


db = SQLAlchemy(model_class=Base)


class World(db.Model):
    """A row of the `world` table the kit creates and fills (bench/seed.py)."""

    __tablename__ = "world"
    id: Mapped[int] = mapped_column(primary_key=True)
    randomnumber: Mapped[int]


class SignupSchema(Schema):
    name = fields.String(required=True, validate=validate.Length(min=1, max=100))
    email = fields.Email(required=True)
    age = fields.Integer(required=True, validate=validate.Range(min=0, max=150))


def database_url():
    if os.environ.get("BENCH_DB") == "sqlite":
        return f"sqlite:///{os.environ['BENCH_DB_PATH']}"
    return (
        f"postgresql+psycopg://{os.environ['BENCH_DB_USER']}@{os.environ['BENCH_DB_HOST']}:"
        f"{os.environ['BENCH_DB_PORT']}/{os.environ['BENCH_DB_NAME']}"
    )


def create_app():
    app = Flask(__name__)
    app.config["SQLALCHEMY_DATABASE_URI"] = database_url()
    db.init_app(app)
    upstream_url = os.environ["BENCH_UPSTREAM_URL"]
    # One session per worker process keeps its connection to the upstream open between calls.
    http = requests.Session()
    signup_schema = SignupSchema()

    @app.get("/json")
    def json_view():
        return {"message": "Hello, World!"}

    @app.get("/db/<int:world_id>")
    def db_view(world_id):
        world = db.get_or_404(World, world_id)
        return {"id": world.id, "randomNumber": world.randomnumber}

    @app.post("/validate")
    def validate_view():
        try:
            signup = signup_schema.load(request.get_json())
        except ValidationError as error:
            return {"errors": error.messages}, 400
        return signup

    @app.get("/upstream")
    def upstream_view():
        response = http.get(upstream_url, timeout=10)
        response.raise_for_status()
        return {"upstream": response.json()}

    return app
