"""The Qt binding itself: a release with a reference-counting bug must not be installed."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal


class _Relay(QObject):
    fired = Signal(object)


def test_emitting_a_signal_keeps_python_reference_counts(qapp) -> None:  # noqa: ANN001
    # PySide6 6.12.0 took a reference to True away on every emit(): after a few thousand
    # signals the interpreter aborted ("deallocating True or False").
    relay = _Relay()
    relay.fired.connect(lambda value: None)
    before = sys.getrefcount(True), sys.getrefcount(None)
    for _ in range(200):
        relay.fired.emit(None)
    assert (sys.getrefcount(True), sys.getrefcount(None)) == before
