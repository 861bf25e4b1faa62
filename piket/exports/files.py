"""Writing an output file so that a crash never leaves half a PDF under its name."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from piket.errors import PiketError


def write_atomically(path: str | Path, data: bytes) -> Path:
    target = Path(path).expanduser()
    if not target.parent.is_dir():
        raise PiketError(f"map bestaat niet: {target.parent}")
    handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.")
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return target
