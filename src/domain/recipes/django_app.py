r"""A minimal Django project in one file.

Made by the Python Framework Picker from your answers. Needs Python {{python}} or newer.
To try it (on Windows: `py -m venv .venv` and `.venv\Scripts\activate`):

    {{setup}}
    {{dev}}

Then open {{open}}.
`createsuperuser` makes the first admin user; the admin asks for that login.
DJANGO_DEBUG=1 turns on debug mode for local work, with a new random secret key each
start (so sign-ins end when the server restarts). Without it the app refuses to start
unless DJANGO_SECRET_KEY holds 50+ random characters; it also wants DJANGO_ALLOWED_HOSTS.
Behind a proxy that terminates HTTPS and sets X-Forwarded-Proto, set DJANGO_BEHIND_PROXY=1;
the proxy also serves ./staticfiles at /static/. HSTS starts at DJANGO_HSTS_SECONDS=3600:
raise it once HTTPS works everywhere.
Move to `django-admin startproject` when you add models of your own.

In production (debug off, a real secret key, or it refuses to start; the check runs
before the server starts its workers):

    {{production}}
"""

import os
import secrets
import sys

import django
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured

DEBUG = os.environ.get("DJANGO_DEBUG") == "1"
SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "")
if len(SECRET_KEY) < 50 or SECRET_KEY.startswith("django-insecure"):
    if not DEBUG:
        raise ImproperlyConfigured(
            "Set DJANGO_SECRET_KEY to 50 or more random characters, e.g. "
            'export DJANGO_SECRET_KEY="$(python -c "import secrets; '
            'print(secrets.token_urlsafe(50))")" (or DJANGO_DEBUG=1 for local work).'
        )
    # Local work only: a new random key each start, never a fixed one.
    SECRET_KEY = secrets.token_urlsafe(50)
HTTPS = not DEBUG
HOSTS = os.environ.get("DJANGO_ALLOWED_HOSTS", "localhost,127.0.0.1")
HSTS_SECONDS = int(os.environ.get("DJANGO_HSTS_SECONDS", "3600"))

settings.configure(
    DEBUG=DEBUG,
    SECRET_KEY=SECRET_KEY,
    ALLOWED_HOSTS=HOSTS.split(","),
    ROOT_URLCONF=__name__,
    INSTALLED_APPS=[
        "django.contrib.admin",
        "django.contrib.auth",
        "django.contrib.contenttypes",
        "django.contrib.sessions",
        "django.contrib.messages",
        "django.contrib.staticfiles",
        "rest_framework",  # [if drf]
    ],
    MIDDLEWARE=[
        "django.middleware.security.SecurityMiddleware",
        "django.contrib.sessions.middleware.SessionMiddleware",
        "django.middleware.common.CommonMiddleware",
        "django.middleware.csrf.CsrfViewMiddleware",
        "django.contrib.auth.middleware.AuthenticationMiddleware",
        "django.contrib.messages.middleware.MessageMiddleware",
        "django.middleware.clickjacking.XFrameOptionsMiddleware",
    ],
    TEMPLATES=[
        {
            "BACKEND": "django.template.backends.django.DjangoTemplates",
            "APP_DIRS": True,
            "OPTIONS": {
                "context_processors": [
                    "django.template.context_processors.request",
                    "django.contrib.auth.context_processors.auth",
                    "django.contrib.messages.context_processors.messages",
                ],
            },
        }
    ],
    DATABASES={
        "default": {"ENGINE": "django.db.backends.sqlite3", "NAME": "db.sqlite3"}
    },
    STATIC_URL="static/",
    STATIC_ROOT="staticfiles",
    DEFAULT_AUTO_FIELD="django.db.models.BigAutoField",
    # HTTPS outside debug mode: redirects, secure cookies and HSTS (see the docstring).
    SECURE_SSL_REDIRECT=HTTPS,
    SESSION_COOKIE_SECURE=HTTPS,
    CSRF_COOKIE_SECURE=HTTPS,
    # No script of this app reads the CSRF cookie: forms carry the token.
    CSRF_COOKIE_HTTPONLY=True,
    SECURE_HSTS_SECONDS=HSTS_SECONDS if HTTPS else 0,
    SECURE_HSTS_INCLUDE_SUBDOMAINS=os.environ.get("DJANGO_HSTS_SUBDOMAINS", "1") == "1",
    SECURE_HSTS_PRELOAD=os.environ.get("DJANGO_HSTS_PRELOAD", "1") == "1",
    SECURE_PROXY_SSL_HEADER=(
        ("HTTP_X_FORWARDED_PROTO", "https")
        if os.environ.get("DJANGO_BEHIND_PROXY") == "1"
        else None
    ),
)
django.setup()

# Imported after setup(): these modules need the settings above.
from django.contrib import admin
from django.contrib.auth.models import User
from django.contrib.staticfiles.handlers import ASGIStaticFilesHandler  # [if async]
from django.core.asgi import get_asgi_application  # [if async]
from django.core.management import execute_from_command_line
from django.core.wsgi import get_wsgi_application  # [if not async]
from django.http import HttpResponse  # [if pages and not json_view]
from django.http import HttpResponse, JsonResponse  # [if pages and json_view]
from django.http import JsonResponse  # [if json_view and not pages]
from django.urls import path
from ninja import NinjaAPI  # [if ninja]
from rest_framework.decorators import api_view  # [if drf]
from rest_framework.response import Response  # [if drf]
# [if ninja]

api = NinjaAPI(title="My API")
# [end]


# [if pages and async]
async def index(request):
    users = await User.objects.acount()
    return HttpResponse(
        f"<h1>It works</h1><p>{users} user(s) so far. Sign in at /admin/.</p>"
    )


# [end]
# [if pages and not async]
def index(request):
    users = User.objects.count()
    return HttpResponse(
        f"<h1>It works</h1><p>{users} user(s) so far. Sign in at /admin/.</p>"
    )


# [end]
# [if ninja and async]
@api.get("/health")
async def health(request):
    return {"status": "ok", "users": await User.objects.acount()}


# [end]
# [if ninja and not async]
@api.get("/health")
def health(request):
    return {"status": "ok", "users": User.objects.count()}


# [end]
# [if drf]
@api_view(["GET"])
def health(request):
    return Response({"status": "ok", "users": User.objects.count()})


# [end]
# [if json_view and async]
async def health(request):
    return JsonResponse({"status": "ok", "users": await User.objects.acount()})


# [end]
# [if json_view and not async]
def health(request):
    return JsonResponse({"status": "ok", "users": User.objects.count()})


# [end]
urlpatterns = [
    path("", index),  # [if pages]
    path("admin/", admin.site.urls),
    path("api/", api.urls),  # [if ninja]
    path("api/health/", health),  # [if not ninja]
]

# [if async]
application = get_asgi_application()
if DEBUG:
    # Like runserver: serve static files (the admin’s CSS) while developing.
    application = ASGIStaticFilesHandler(application)
# [else]
application = get_wsgi_application()
# [end]

if __name__ == "__main__":
    execute_from_command_line(sys.argv)
