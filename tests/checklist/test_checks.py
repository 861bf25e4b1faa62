"""``piket check`` notices a removed history trigger; a sound database passes."""

from piket.checklist import checks, demo


def test_sound_database_has_no_problems(db):
    demo.add_floriade(db)
    assert checks.check(db) == []


def test_dropped_trigger_is_reported(cli, db):
    demo.add_floriade(db)
    db.execute("DROP TRIGGER checklist_item_history_no_delete")
    assert any("checklist_item_history_no_delete" in p for p in checks.check(db))
    code, out, err = cli("check")
    assert code == 3 and "checklist_item_history_no_delete" in err
