r"""Your first Flask app: one file, a page and a route.

Made by the Python Framework Picker from your answers. Needs Python {{python}} or newer.
To try it (on Windows: `py -m venv .venv` and `.venv\Scripts\activate`):

    {{setup}}
    {{dev}}

Then open http://127.0.0.1:5000/ and http://127.0.0.1:5000/hello/Ada .
`--debug` reloads on changes and shows errors in the browser: for your machine only.
Next: the official tutorial, {{tutorial}}
"""

from flask import Flask
from markupsafe import escape

app = Flask(__name__)


@app.get("/")
def home():
    return "<h1>Hello, Flask</h1><p>Try /hello/your-name</p>"


@app.get("/hello/<name>")
def hello(name):
    return f"<h1>Hello, {escape(name)}!</h1>"
