"""What every Python app of the lab shares, so that the apps differ only in their framework."""

import random
import re

# lab:begin setup
EXTRA_FORTUNE = 'Additional fortune added at request time.'

# Signs and surrounding spaces are allowed as in the Node.js apps; int() alone would also take
# '1_0' and non-ASCII digits, which are not integers to the contract.
_INTEGER = re.compile(r'\s*[+-]?[0-9]+\s*', re.ASCII)


def random_id():
    """A uniform random id in 1–10000: a `world` row id, and also a new `randomNumber`."""
    return random.randint(1, 10000)


def parse_queries(raw):
    """`queries` as the contract reads it: missing or not an integer gives 1, then 1–500."""
    if raw is None or not _INTEGER.fullmatch(raw):
        return 1
    return min(500, max(1, int(raw)))


# The 65,536-byte input of both CPU scenarios, built once.
BUFFER = bytes(i % 251 for i in range(65536))


def _crc_table():
    table = []
    for n in range(256):
        c = n
        for _ in range(8):
            c = 0xEDB88320 ^ (c >> 1) if c & 1 else c >> 1
        table.append(c)
    return tuple(table)


# The CRC-32 (IEEE, reflected polynomial 0xEDB88320) lookup table, built once.
CRC_TABLE = _crc_table()
# lab:end setup


# lab:begin cpu-loop
def crc32(data):
    """CRC-32 of `data` in plain Python, one table lookup per byte; equals `zlib.crc32`."""
    crc = 0xFFFFFFFF
    for byte in data:
        crc = CRC_TABLE[(crc ^ byte) & 0xFF] ^ (crc >> 8)
    return crc ^ 0xFFFFFFFF
# lab:end cpu-loop
