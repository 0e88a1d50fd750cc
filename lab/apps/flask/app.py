"""The lab's contract on Flask: one psycopg 3 connection per worker, Jinja2 via render_template."""

import time
import zlib

import psycopg
from flask import Flask, Response, render_template, request
from psycopg.rows import dict_row

from lab_common import BUFFER, EXTRA_FORTUNE, crc32, parse_queries, random_id

# lab:begin setup
WORLD_BY_ID = 'SELECT id, randomnumber FROM world WHERE id = %s'
# One statement per request: the two arrays become (id, r) rows joined to world on id.
UPDATE_WORLDS = (
    'UPDATE world SET randomnumber = v.r '
    'FROM unnest(%s::int[], %s::int[]) AS v(id, r) WHERE world.id = v.id'
)

app = Flask(__name__)

# Gunicorn imports this module in each worker after forking (preload_app is off by default), so
# every sync worker opens its own connection here and keeps it. psycopg reads PGHOST, PGPORT,
# PGUSER and PGDATABASE itself; autocommit ends each statement's transaction at once.
conn = psycopg.connect(autocommit=True, row_factory=dict_row)
# lab:end setup


# lab:begin plaintext
@app.get('/plaintext')
def plaintext():
    return Response('Hello, World!', mimetype='text/plain')
# lab:end plaintext


# lab:begin json
@app.get('/json')
def json():
    return {'message': 'Hello, World!'}
# lab:end json


# lab:begin db
@app.get('/db')
def db():
    row = conn.execute(WORLD_BY_ID, (random_id(),)).fetchone()
    return {'id': row['id'], 'randomNumber': row['randomnumber']}
# lab:end db


# lab:begin queries
@app.get('/queries')
def queries():
    count = parse_queries(request.args.get('queries'))
    worlds = []
    for _ in range(count):
        row = conn.execute(WORLD_BY_ID, (random_id(),)).fetchone()
        worlds.append({'id': row['id'], 'randomNumber': row['randomnumber']})
    return worlds
# lab:end queries


# lab:begin fortunes
@app.get('/fortunes')
def fortunes():
    rows = conn.execute('SELECT id, message FROM fortune').fetchall()
    rows.append({'id': 0, 'message': EXTRA_FORTUNE})
    rows.sort(key=lambda fortune: fortune['message'])
    return render_template('fortunes.html', fortunes=rows)
# lab:end fortunes


# lab:begin updates
@app.get('/updates')
def updates():
    count = parse_queries(request.args.get('queries'))
    worlds = []
    for _ in range(count):
        row = conn.execute(WORLD_BY_ID, (random_id(),)).fetchone()
        worlds.append({'id': row['id'], 'randomNumber': random_id()})
    # Rows in id order, so that concurrent updates lock them in the same order.
    worlds.sort(key=lambda world: world['id'])
    ids = [world['id'] for world in worlds]
    numbers = [world['randomNumber'] for world in worlds]
    conn.execute(UPDATE_WORLDS, (ids, numbers))
    return worlds
# lab:end updates


# lab:begin slow
@app.get('/slow')
def slow():
    time.sleep(0.02)
    return {'message': 'Hello, World!'}
# lab:end slow


# lab:begin cpu-loop
@app.get('/cpu/loop')
def cpu_loop():
    return {'crc32': crc32(BUFFER)}
# lab:end cpu-loop


# lab:begin cpu-native
@app.get('/cpu/native')
def cpu_native():
    return {'crc32': zlib.crc32(BUFFER)}
# lab:end cpu-native
