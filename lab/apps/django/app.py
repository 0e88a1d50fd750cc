"""The lab's contract on Django with sync views: the ORM on psycopg 3, Django templates."""

import time
import zlib

from django.http import HttpResponse, JsonResponse
from django.shortcuts import render

from lab_common import BUFFER, EXTRA_FORTUNE, crc32, parse_queries, random_id
from models import Fortune, World


# lab:begin setup
def json_response(data):
    # Compact separators give the same bytes as the other apps; the encoder is Django's default.
    return JsonResponse(data, safe=False, json_dumps_params={'separators': (',', ':')})
# lab:end setup


# lab:begin plaintext
def plaintext(request):
    return HttpResponse('Hello, World!', content_type='text/plain; charset=utf-8')
# lab:end plaintext


# lab:begin json
def json(request):
    return json_response({'message': 'Hello, World!'})
# lab:end json


# lab:begin db
def db(request):
    world = World.objects.get(id=random_id())
    return json_response({'id': world.id, 'randomNumber': world.randomnumber})
# lab:end db


# lab:begin queries
def queries(request):
    count = parse_queries(request.GET.get('queries'))
    worlds = [World.objects.get(id=random_id()) for _ in range(count)]
    return json_response([{'id': w.id, 'randomNumber': w.randomnumber} for w in worlds])
# lab:end queries


# lab:begin fortunes
def fortunes(request):
    fortunes = list(Fortune.objects.all())
    fortunes.append(Fortune(id=0, message=EXTRA_FORTUNE))
    fortunes.sort(key=lambda fortune: fortune.message)
    return render(request, 'fortunes.html', {'fortunes': fortunes})
# lab:end fortunes


# lab:begin updates
def updates(request):
    count = parse_queries(request.GET.get('queries'))
    worlds = [World.objects.get(id=random_id()) for _ in range(count)]
    for world in worlds:
        world.randomnumber = random_id()
    # Rows in id order, so that concurrent updates lock them in the same order.
    worlds.sort(key=lambda world: world.id)
    World.objects.bulk_update(worlds, ['randomnumber'])
    return json_response([{'id': w.id, 'randomNumber': w.randomnumber} for w in worlds])
# lab:end updates


# lab:begin slow
def slow(request):
    time.sleep(0.02)
    return json_response({'message': 'Hello, World!'})
# lab:end slow


# lab:begin cpu-loop
def cpu_loop(request):
    return json_response({'crc32': crc32(BUFFER)})
# lab:end cpu-loop


# lab:begin cpu-native
def cpu_native(request):
    return json_response({'crc32': zlib.crc32(BUFFER)})
# lab:end cpu-native
