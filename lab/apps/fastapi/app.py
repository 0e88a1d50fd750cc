"""The lab's contract on FastAPI: asyncpg for PostgreSQL, Jinja2Templates, Pydantic return types."""

import asyncio
import contextlib
import os
import zlib

import asyncpg
from fastapi import FastAPI, Request, WebSocket
from fastapi.responses import HTMLResponse, PlainTextResponse
from fastapi.templating import Jinja2Templates
from pydantic import BaseModel
from starlette.websockets import WebSocketDisconnect, WebSocketDisconnected

from lab_common import BUFFER, EXTRA_FORTUNE, crc32, parse_queries, random_id

# lab:begin setup
WORLD_BY_ID = 'SELECT id, randomnumber FROM world WHERE id = $1'
# One statement per request: the two arrays become (id, r) rows joined to world on id.
UPDATE_WORLDS = (
    'UPDATE world SET randomnumber = v.r '
    'FROM unnest($1::int[], $2::int[]) AS v(id, r) WHERE world.id = v.id'
)


# Declared return types: FastAPI validates the result and Pydantic writes the JSON.
class Message(BaseModel):
    message: str


class World(BaseModel):
    id: int
    randomNumber: int


class Checksum(BaseModel):
    crc32: int


# Autoescaping is on for .html files (the Jinja2 environment uses select_autoescape).
templates = Jinja2Templates(directory='templates')

# The open WebSocket connections of this worker process.
clients = set()


@contextlib.asynccontextmanager
async def lifespan(app):
    # asyncpg reads PGHOST, PGPORT, PGUSER and PGDATABASE itself; every connection opens here,
    # before the first request, and is reused until shutdown.
    size = int(os.environ.get('DB_POOL', '10'))
    async with asyncpg.create_pool(min_size=size, max_size=size) as pool:
        yield {'pool': pool}


app = FastAPI(lifespan=lifespan)
# lab:end setup


# lab:begin plaintext
@app.get('/plaintext', response_class=PlainTextResponse)
async def plaintext():
    return 'Hello, World!'
# lab:end plaintext


# lab:begin json
@app.get('/json')
async def json() -> Message:
    return Message(message='Hello, World!')
# lab:end json


# lab:begin db
@app.get('/db')
async def db(request: Request) -> World:
    row = await request.state.pool.fetchrow(WORLD_BY_ID, random_id())
    return World(id=row['id'], randomNumber=row['randomnumber'])
# lab:end db


# lab:begin queries
@app.get('/queries')
async def queries(request: Request, queries: str | None = None) -> list[World]:
    # A plain string, so that a bad value falls back to 1 instead of FastAPI's 422 error.
    count = parse_queries(queries)
    worlds = []
    # One pooled connection for the whole request; the pool resets it when it is released.
    async with request.state.pool.acquire() as conn:
        for _ in range(count):
            row = await conn.fetchrow(WORLD_BY_ID, random_id())
            worlds.append(World(id=row['id'], randomNumber=row['randomnumber']))
    return worlds
# lab:end queries


# lab:begin fortunes
@app.get('/fortunes', response_class=HTMLResponse)
async def fortunes(request: Request):
    rows = await request.state.pool.fetch('SELECT id, message FROM fortune')
    rows.append({'id': 0, 'message': EXTRA_FORTUNE})
    rows.sort(key=lambda fortune: fortune['message'])
    return templates.TemplateResponse(request, 'fortunes.html', {'fortunes': rows})
# lab:end fortunes


# lab:begin updates
@app.get('/updates')
async def updates(request: Request, queries: str | None = None) -> list[World]:
    count = parse_queries(queries)
    worlds = []
    async with request.state.pool.acquire() as conn:
        for _ in range(count):
            row = await conn.fetchrow(WORLD_BY_ID, random_id())
            worlds.append(World(id=row['id'], randomNumber=random_id()))
        # Rows in id order, so that concurrent updates lock them in the same order.
        worlds.sort(key=lambda world: world.id)
        ids = [world.id for world in worlds]
        numbers = [world.randomNumber for world in worlds]
        await conn.execute(UPDATE_WORLDS, ids, numbers)
    return worlds
# lab:end updates


# lab:begin slow
@app.get('/slow')
async def slow() -> Message:
    await asyncio.sleep(0.02)
    return Message(message='Hello, World!')
# lab:end slow


# lab:begin cpu-loop
@app.get('/cpu/loop')
async def cpu_loop() -> Checksum:
    return Checksum(crc32=crc32(BUFFER))
# lab:end cpu-loop


# lab:begin cpu-native
@app.get('/cpu/native')
async def cpu_native() -> Checksum:
    return Checksum(crc32=zlib.crc32(BUFFER))
# lab:end cpu-native


# lab:begin websocket
@app.websocket('/ws')
async def ws(websocket: WebSocket):
    await websocket.accept()
    clients.add(websocket)
    try:
        async for message in websocket.iter_text():
            if message.startswith('broadcast:'):
                payload = message.removeprefix('broadcast:')
                for client in list(clients):
                    # A client that left mid-broadcast is removed by its own handler.
                    with contextlib.suppress(WebSocketDisconnect, WebSocketDisconnected):
                        await client.send_text(payload)
    finally:
        clients.discard(websocket)
# lab:end websocket
