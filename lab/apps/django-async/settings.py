"""Settings for the lab's async Django app, following Django's deployment checklist."""

import os
import secrets
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent

# Nothing is signed (no sessions, no CSRF tokens), so a key made at start-up will do when the
# environment gives none.
SECRET_KEY = os.environ.get('DJANGO_SECRET_KEY') or secrets.token_urlsafe(50)
DEBUG = False
ALLOWED_HOSTS = ['127.0.0.1', 'localhost']

# Only what this API uses: no admin, auth, contenttypes, sessions or messages.
INSTALLED_APPS = []
# CommonMiddleware alone, for the Content-Length header it sets (without it every response is
# chunked). The API keeps no sessions, takes no forms and serves plain HTTP on loopback, so the
# CSRF, framing and HTTPS warnings of `check --deploy` have nothing to protect here.
MIDDLEWARE = ['django.middleware.common.CommonMiddleware']
ROOT_URLCONF = 'urls'

DB_POOL = int(os.environ.get('DB_POOL', '10'))
DATABASES = {
    'default': {
        'ENGINE': 'django.db.backends.postgresql',
        'HOST': os.environ.get('PGHOST', ''),
        'PORT': os.environ.get('PGPORT', ''),
        'USER': os.environ.get('PGUSER', ''),
        'NAME': os.environ.get('PGDATABASE', 'hello_world'),
        # Under ASGI Django's docs say to leave persistent connections off (CONN_MAX_AGE 0, the
        # default) and use the backend's pool: psycopg's, opened once per process.
        'OPTIONS': {'pool': {'min_size': DB_POOL, 'max_size': DB_POOL}},
    }
}

# With no `loaders` given, Django wraps its loaders in the cached loader the checklist advises.
TEMPLATES = [
    {
        'BACKEND': 'django.template.backends.django.DjangoTemplates',
        'DIRS': [BASE_DIR / 'templates'],
    }
]

# With DEBUG off Django sends request errors only to mail_admins; the lab wants them on stderr.
LOGGING = {
    'version': 1,
    'disable_existing_loggers': False,
    'handlers': {'stderr': {'class': 'logging.StreamHandler'}},
    'loggers': {'django': {'handlers': ['stderr'], 'level': 'ERROR'}},
}
