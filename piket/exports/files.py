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
    try:
        handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.")
    except OSError as exc:
        raise PiketError(f"kan {target} niet schrijven: {exc.strerror or exc}") from None
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temporary, target)
    except BaseException as exc:
        Path(temporary).unlink(missing_ok=True)
        if isinstance(exc, OSError):  # a full disk, a folder by that name, no permission
            raise PiketError(f"kan {target} niet schrijven: {exc.strerror or exc}") from None
        raise
    return target
