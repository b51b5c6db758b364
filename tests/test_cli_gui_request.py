"""Which command lines start the window directly (the file association included)."""

from __future__ import annotations

import pytest

from infospot_app.cli import gui_request


@pytest.mark.parametrize(
    ("argv", "files"),
    [
        ([], []),
        (["--db", "x.db"], []),
        (["gui", "--lang", "en"], []),
        (
            ["C:\\Users\\ayse\\Downloads\\TR19_7_2026-03-12.ispkg"],
            ["C:\\Users\\ayse\\Downloads\\TR19_7_2026-03-12.ispkg"],
        ),
        (["--db", "x.db", "TR19.ISETUP"], ["TR19.ISETUP"]),
    ],
)
def test_plain_starts_and_opened_files_go_to_the_window(argv, files) -> None:
    request = gui_request(argv)
    assert request is not None and request.files == files


@pytest.mark.parametrize(
    "argv",
    [
        ["init", "--office", "TR19"],
        ["--self-test"],
        ["--version"],
        ["-h"],
        ["notes.txt"],
        ["export", "--out", "x"],
        ["--db", "x.db", "users", "list"],
    ],
)
def test_everything_else_goes_to_the_commands(argv) -> None:
    assert gui_request(argv) is None
