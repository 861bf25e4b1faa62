"""The committed form and resource modules match ui/ and resources/ (run `make forms`)."""

from piket.gui.build_forms import FORMS_OUT, RESOURCES_OUT, generate


def _code(text: str) -> list[str]:
    # The generator stamps its version in comments; compare the code itself.
    return [line for line in text.splitlines() if not line.lstrip().startswith("#")]


def test_generated_modules_are_current(tmp_path):
    fresh = generate(tmp_path / "forms", tmp_path / "resources_rc.py")
    for path in fresh:
        committed = RESOURCES_OUT if path.name == "resources_rc.py" else FORMS_OUT / path.name
        assert committed.exists(), f"{committed.name} missing: run make forms"
        assert _code(path.read_text()) == _code(committed.read_text()), f"{committed.name}: run make forms"
