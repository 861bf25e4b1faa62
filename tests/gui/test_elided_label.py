"""The status bar's on-call line fits the window and keeps the whole list in its tooltip."""

from piket.gui.elided_label import ElidedLabel


def test_a_long_text_does_not_widen_the_label_and_stays_whole_in_the_tooltip(qtbot):
    names = [f"Pool {n} Persoon {n} 06-1234567{n}" for n in range(10)]
    label = ElidedLabel()
    qtbot.addWidget(label)
    label.setText("Nu piket: " + ", ".join(names))
    assert label.minimumSizeHint().width() == 0
    label.resize(300, 20)
    label.show()
    label.grab()  # paints without error at a width far below the text's
    assert all(name in label.toolTip() for name in names)
    assert label.toolTip().count("\n") == len(names) - 1
