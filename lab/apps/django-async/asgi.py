"""The ASGI entry point Uvicorn loads, as Django's `startproject` lays it out."""

import os

from django.core.asgi import get_asgi_application

os.environ.setdefault('DJANGO_SETTINGS_MODULE', 'settings')

application = get_asgi_application()
