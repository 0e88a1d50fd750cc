from django.urls import path

import app

urlpatterns = [
    path('plaintext', app.plaintext),
    path('json', app.json),
    path('db', app.db),
    path('queries', app.queries),
    path('fortunes', app.fortunes),
    path('updates', app.updates),
    path('slow', app.slow),
    path('cpu/loop', app.cpu_loop),
    path('cpu/native', app.cpu_native),
]
