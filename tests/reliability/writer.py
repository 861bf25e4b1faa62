"""A writer process for the crash test: appends logbook entries, searches now and then, and
makes roster changes as fast as it can, and prints one line per acknowledged write.

A line is printed only after the service call returned, i.e. after COMMIT: that is the
moment the GUI would show the change as saved. The parent kills this process at random.
"""

import sys
from datetime import date, timedelta

from piket.logbook.search import search
from piket.logbook.service import append_entry
from piket.roster.shifts import assign
from piket.storage import connect

FIRST_WEEK = date(2030, 1, 7)


def main() -> None:
    db_path, incident, pool, tag = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
    members = [int(member) for member in sys.argv[5].split(",")]
    db = connect(db_path)
    counter = 0
    while True:
        counter += 1
        text = f"{tag}-{counter}"
        append_entry(db, incident, text=text, author="crashtest")
        sys.stdout.write(f"log {text}\n")
        sys.stdout.flush()
        if counter % 4 == 0:  # a search indexes what was saved: may be killed while doing so
            search(db, tag)
        week = FIRST_WEEK + timedelta(weeks=counter % 52)
        assign(db, pool, week, members[counter % len(members)], reason=text)
        sys.stdout.write(f"roster {text}\n")
        sys.stdout.flush()


if __name__ == "__main__":
    main()
