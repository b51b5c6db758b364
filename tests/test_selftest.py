"""The installation self-test passes from source (the frozen build runs the same steps)."""

from __future__ import annotations

import pytest

from infospot_app.selftest import run_self_test


@pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")  # offscreen noise
def test_self_test_passes_every_step() -> None:
    lines: list[str] = []
    assert run_self_test(lines.append) == 0, "\n".join(lines)
    passed = [line.split()[1] for line in lines if line.startswith("PASS")]
    assert passed == ["migrate", "demo", "certificate", "package", "xlsx", "window"]
