r"""Your first Django app: one file, a page and a route.

Made by the Python Framework Picker from your answers. Needs Python {{python}} or newer.
To try it (on Windows: `py -m venv .venv` and `.venv\Scripts\activate`):

    {{setup}}
    {{dev}}

Then open http://127.0.0.1:8000/ and http://127.0.0.1:8000/hello/Ada/ .
Next: the official tutorial, {{tutorial}}
"""

import os
import secrets
import sys

from django.conf import settings

settings.configure(
    DEBUG=os.environ.get("DJANGO_DEBUG") == "1",
    # Nothing here is signed or stored, so a fresh random key each start is fine.
    SECRET_KEY=os.environ.get("DJANGO_SECRET_KEY") or secrets.token_urlsafe(50),
    ALLOWED_HOSTS=["localhost", "127.0.0.1"],
    ROOT_URLCONF=__name__,
)

# Imported after configure(): these modules need the settings above.
from django.core.management import execute_from_command_line
from django.http import HttpResponse
from django.urls import path
from django.utils.html import escape


def home(request):
    return HttpResponse("<h1>Hello, Django</h1><p>Try /hello/your-name/</p>")


def hello(request, name):
    return HttpResponse(f"<h1>Hello, {escape(name)}!</h1>")


urlpatterns = [
    path("", home),
    path("hello/<str:name>/", hello),
]

if __name__ == "__main__":
    execute_from_command_line(sys.argv)
