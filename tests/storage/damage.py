"""Damaging database files the way a bad disk or a half-written copy would."""


def scribble_over_pages(data: bytes, page_size: int = 4096) -> bytes:
    """Overwrite the b-tree header of every page after the first: SQLite must notice."""
    damaged = bytearray(data)
    for offset in range(page_size, len(damaged), page_size):
        damaged[offset: offset + 12] = b"\xa5" * 12
    return bytes(damaged)
