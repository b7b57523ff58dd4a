r"""Your first FastAPI app: one file, a page and a route.

Made by the Python Framework Picker from your answers. Needs Python {{python}} or newer.
To try it (on Windows: `py -m venv .venv` and `.venv\Scripts\activate`):

    {{setup}}
    {{dev}}

Then open http://127.0.0.1:8000/ , http://127.0.0.1:8000/hello/Ada and the
interactive docs at http://127.0.0.1:8000/docs .
Next: the official tutorial, {{tutorial}}
"""

from html import escape

from fastapi import FastAPI
from fastapi.responses import HTMLResponse

app = FastAPI()


@app.get("/", response_class=HTMLResponse)
async def home() -> str:
    return "<h1>Hello, FastAPI</h1><p>Try /hello/your-name and /docs</p>"


@app.get("/hello/{name}")
async def hello(name: str) -> dict[str, str]:
    return {"message": f"Hello, {escape(name)}!"}
