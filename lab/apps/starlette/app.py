"""The lab's contract on Starlette: asyncpg for PostgreSQL, Jinja2 via Starlette's templating."""

import asyncio
import contextlib
import os
import zlib

import asyncpg
from starlette.applications import Starlette
from starlette.responses import JSONResponse, PlainTextResponse
from starlette.routing import Route, WebSocketRoute
from starlette.templating import Jinja2Templates
from starlette.websockets import WebSocketDisconnect, WebSocketDisconnected

from lab_common import BUFFER, EXTRA_FORTUNE, crc32, parse_queries, random_id

# lab:begin setup
WORLD_BY_ID = 'SELECT id, randomnumber FROM world WHERE id = $1'
# One statement per request: the two arrays become (id, r) rows joined to world on id.
UPDATE_WORLDS = (
    'UPDATE world SET randomnumber = v.r '
    'FROM unnest($1::int[], $2::int[]) AS v(id, r) WHERE world.id = v.id'
)

# Autoescaping is on for .html files (Starlette's Jinja2 environment uses select_autoescape).
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
# lab:end setup


# lab:begin plaintext
async def plaintext(request):
    return PlainTextResponse('Hello, World!')
# lab:end plaintext


# lab:begin json
async def json(request):
    return JSONResponse({'message': 'Hello, World!'})
# lab:end json


# lab:begin db
async def db(request):
    row = await request.state.pool.fetchrow(WORLD_BY_ID, random_id())
    return JSONResponse({'id': row['id'], 'randomNumber': row['randomnumber']})
# lab:end db


# lab:begin queries
async def queries(request):
    count = parse_queries(request.query_params.get('queries'))
    worlds = []
    # One pooled connection for the whole request; the pool resets it when it is released.
    async with request.state.pool.acquire() as conn:
        for _ in range(count):
            row = await conn.fetchrow(WORLD_BY_ID, random_id())
            worlds.append({'id': row['id'], 'randomNumber': row['randomnumber']})
    return JSONResponse(worlds)
# lab:end queries


# lab:begin fortunes
async def fortunes(request):
    rows = await request.state.pool.fetch('SELECT id, message FROM fortune')
    rows.append({'id': 0, 'message': EXTRA_FORTUNE})
    rows.sort(key=lambda fortune: fortune['message'])
    return templates.TemplateResponse(request, 'fortunes.html', {'fortunes': rows})
# lab:end fortunes


# lab:begin updates
async def updates(request):
    count = parse_queries(request.query_params.get('queries'))
    worlds = []
    async with request.state.pool.acquire() as conn:
        for _ in range(count):
            row = await conn.fetchrow(WORLD_BY_ID, random_id())
            worlds.append({'id': row['id'], 'randomNumber': random_id()})
        # Rows in id order, so that concurrent updates lock them in the same order.
        worlds.sort(key=lambda world: world['id'])
        ids = [world['id'] for world in worlds]
        numbers = [world['randomNumber'] for world in worlds]
        await conn.execute(UPDATE_WORLDS, ids, numbers)
    return JSONResponse(worlds)
# lab:end updates


# lab:begin slow
async def slow(request):
    await asyncio.sleep(0.02)
    return JSONResponse({'message': 'Hello, World!'})
# lab:end slow


# lab:begin cpu-loop
async def cpu_loop(request):
    return JSONResponse({'crc32': crc32(BUFFER)})
# lab:end cpu-loop


# lab:begin cpu-native
async def cpu_native(request):
    return JSONResponse({'crc32': zlib.crc32(BUFFER)})
# lab:end cpu-native


# lab:begin websocket
async def ws(websocket):
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


app = Starlette(
    routes=[
        Route('/plaintext', plaintext),
        Route('/json', json),
        Route('/db', db),
        Route('/queries', queries),
        Route('/fortunes', fortunes),
        Route('/updates', updates),
        Route('/slow', slow),
        Route('/cpu/loop', cpu_loop),
        Route('/cpu/native', cpu_native),
        WebSocketRoute('/ws', ws),
    ],
    lifespan=lifespan,
)
