"""A writer process for the crash test: appends logbook entries (and roster changes when the
roster module is there) as fast as it can and prints one line per acknowledged write.

A line is printed only after the service call returned, i.e. after COMMIT: that is the
moment the GUI would show the entry as saved. The parent kills this process at random.
"""

import sys

from piket.logbook.service import append_entry
from piket.storage import connect


def main() -> None:
    db_path, incident, tag = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    db = connect(db_path)
    counter = 0
    while True:
        counter += 1
        text = f"{tag}-{counter}"
        append_entry(db, incident, text=text, author="crashtest")
        sys.stdout.write(f"log {text}\n")
        sys.stdout.flush()


if __name__ == "__main__":
    main()
