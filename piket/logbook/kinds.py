"""Entry kinds and the no-GRIP code that the logbook's code relies on by name.

The kinds are reference data (``data/log_entry_kinds.json``), but these few carry
behaviour: a GRIP change, a correction, an action, a handover, a meeting and a count of affected people each have their own verb
and their own columns. They live apart from the service so that readers (queries, reports, the
GUI at start-up) can name them without loading the validation models.
"""

GRIP_KIND = "GRIP-wijziging"
CORRECTION_KIND = "correctie"
ACTION_KIND = "actie"
HANDOVER_KIND = "overdracht"
MEETING_KIND = "overleg"  # opens a BOB meeting, or (with meeting_seq) closes one
AFFECTED_KIND = "getroffenen"  # numbers of affected people (figures), never names
LESSON_KIND = "leerpunt"  # a lesson for the evaluation; the incident PDF lists them
# Kinds with their own verb: logging them as plain text would lose their meaning.
OWN_VERB = {GRIP_KIND: "incident grip", CORRECTION_KIND: "incident correct", HANDOVER_KIND: "incident handover",
            MEETING_KIND: "incident meeting", AFFECTED_KIND: "incident affected"}
NO_GRIP = "geen"  # an incident that never had a GRIP level
