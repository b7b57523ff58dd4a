"""
Settings for the benchmark's Django project: `startproject`'s defaults, production-minded
(DEBUG off, persistent database connections as the deployment checklist suggests), configured
from the environment the kit (scripts/bench-frameworks.mjs) sets.
"""
import os

SECRET_KEY = os.environ["BENCH_SECRET_KEY"]
DEBUG = False
ALLOWED_HOSTS = os.environ.get("BENCH_ALLOWED_HOSTS", "127.0.0.1,localhost").split(",")

# No admin (the kit never serves it), but the middleware a new project runs, since a real Django
# project pays for it on every request.
INSTALLED_APPS = [
    "django.contrib.contenttypes",
    "django.contrib.auth",
    "django.contrib.sessions",
    "django.contrib.messages",
    "world",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
]

ROOT_URLCONF = "benchsite.urls"
WSGI_APPLICATION = "benchsite.wsgi.application"

if os.environ.get("BENCH_DB") == "sqlite":
    DATABASES = {
        "default": {
            "ENGINE": "django.db.backends.sqlite3",
            "NAME": os.environ["BENCH_DB_PATH"],
        }
    }
else:
    DATABASES = {
        "default": {
            "ENGINE": "django.db.backends.postgresql",
            "HOST": os.environ["BENCH_DB_HOST"],
            "PORT": os.environ["BENCH_DB_PORT"],
            "NAME": os.environ["BENCH_DB_NAME"],
            "USER": os.environ["BENCH_DB_USER"],
        }
    }
# Django closes its connection after every request unless told otherwise; the deployment
# checklist recommends persistent connections where connecting is a noticeable share of a request.
DATABASES["default"]["CONN_MAX_AGE"] = 60

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
USE_TZ = True

UPSTREAM_URL = os.environ["BENCH_UPSTREAM_URL"]
