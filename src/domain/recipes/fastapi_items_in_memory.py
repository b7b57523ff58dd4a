r"""A minimal FastAPI app.

Made by the Python Framework Picker from your answers. Needs Python {{python}} or newer.
To try it (on Windows: `py -m venv .venv` and `.venv\Scripts\activate`):

    {{setup}}
    {{dev}}

Then open {{open}}.

In production:

    {{production}}
"""

from fastapi import FastAPI
from pydantic import BaseModel

app = FastAPI(title="My API")


class Item(BaseModel):
    name: str


# No database: items live in memory until the app stops.
items: list[Item] = []


@app.get("/health")
async def health() -> dict[str, str]:
    return {"status": "ok"}


@app.get("/items")
async def list_items() -> list[Item]:
    return items


@app.post("/items", status_code=201)
async def create_item(item: Item) -> Item:
    items.append(item)
    return item
