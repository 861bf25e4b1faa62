"""Reference data: validated on load, errors name file, entry and field; codes never vanish."""

import json
import shutil

import pytest

from piket import refdata
from piket.errors import PiketError


@pytest.fixture
def data_copy(tmp_path, monkeypatch):
    copy = tmp_path / "data"
    shutil.copytree(refdata.data_dir(), copy)
    monkeypatch.setattr(refdata, "data_dir", lambda: copy)
    return copy


def test_every_shipped_file_is_valid():
    for kind in refdata.kinds():
        path = refdata.data_dir() / f"{kind}.json"
        if path.exists():
            header, items = refdata.load_file(kind, path)
            assert items


def test_broken_entry_names_file_entry_and_field(data_copy, db):
    path = data_copy / "functions.json"
    doc = json.loads(path.read_text())
    doc["items"][1]["opkomsttijd_min"] = "half uur"
    path.write_text(json.dumps(doc))
    with pytest.raises(PiketError) as info:
        refdata.sync(db)
    message = str(info.value)
    assert "functions.json" in message and "item 2 (COMCOPI)" in message and "opkomsttijd_min" in message


def test_retired_code_stays_for_old_records(data_copy, db):
    path = data_copy / "incident_categories.json"
    doc = json.loads(path.read_text())
    doc["items"] = [item for item in doc["items"] if item["code"] != "verkeer"]
    doc["items"].append({"code": "drone", "label": "Drone-incident"})
    path.write_text(json.dumps(doc))
    assert refdata.sync(db) == 1
    assert "verkeer" not in refdata.codes(db, "incident_categories")
    assert "drone" in refdata.codes(db, "incident_categories")
    assert refdata.labels(db, "incident_categories")["verkeer"] == "Verkeersongeval"
    assert refdata.sync(db) == 0


def test_require_names_the_known_codes(db):
    with pytest.raises(PiketError, match="GRIP9.*GRIP0, GRIP1"):
        refdata.require(db, "grip_levels", "GRIP9", "GRIP-niveau")


def test_unchanged_data_folder_is_not_revalidated(db, data_copy):
    assert refdata.sync(db) == 0  # same content as loaded at connect
    (data_copy / "teams.json").write_text((data_copy / "teams.json").read_text().replace("Lokaal", "Plaatselijk"))
    assert refdata.sync(db) == 1
    assert refdata.labels(db, "teams")["lokaal"].startswith("Plaatselijk")
