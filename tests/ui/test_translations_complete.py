"""The Turkish and English translations are complete, keep every placeholder, and compile."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

from infospot_app.core.paths import resource_path

LANGUAGES = ("tr", "en")
PLACEHOLDER = re.compile(r"\{[^{}]*\}|%n|%L?\d+")
ACCELERATOR = re.compile(r"&(?=[^&\s])")


def ts_path(lang: str) -> Path:
    """The .ts file of ``lang``."""
    return resource_path("translations", f"infospot_{lang}.ts")


def live_messages(lang: str) -> list[tuple[str, str, ET.Element]]:
    """(context, source, translation element) of every message lupdate still finds in the code."""
    root = ET.parse(ts_path(lang)).getroot()
    found = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation.get("type") in ("vanished", "obsolete"):
                continue
            found.append((name, message.findtext("source") or "", translation))
    return found


def translated_texts(translation: ET.Element) -> list[str]:
    """The translated text, or each plural form of a numerus message."""
    forms = translation.findall("numerusform")
    return [form.text or "" for form in forms] if forms else [translation.text or ""]


def placeholders(text: str) -> Counter[str]:
    """The {name}, %n and %1 placeholders of ``text``, counted."""
    return Counter(PLACEHOLDER.findall(text))


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_message_is_translated(lang: str) -> None:
    messages = live_messages(lang)
    assert len(messages) > 100
    problems = [
        f"{context}: {source!r}"
        for context, source, translation in messages
        if translation.get("type") == "unfinished"
        or not all(text.strip() for text in translated_texts(translation))
    ]
    assert not problems, (
        f"{len(problems)} unfinished or empty in infospot_{lang}.ts:\n" + "\n".join(problems[:40])
    )


@pytest.mark.parametrize("lang", LANGUAGES)
def test_placeholders_and_accelerators_are_kept(lang: str) -> None:
    problems = []
    for context, source, translation in live_messages(lang):
        for text in translated_texts(translation):
            if not text:
                continue
            if placeholders(text) != placeholders(source):
                problems.append(f"{context}: {source!r} -> {text!r} (placeholders)")
            if len(ACCELERATOR.findall(text)) != len(ACCELERATOR.findall(source)):
                problems.append(f"{context}: {source!r} -> {text!r} (accelerator)")
    assert not problems, "\n".join(problems)


def test_placeholder_check_catches_a_lost_placeholder() -> None:
    assert placeholders("{n} firma") == placeholders("{n} companies")
    assert placeholders("%{n}") == placeholders("{n} %")
    assert placeholders("firmalar") != placeholders("{n} companies")
    assert placeholders("{sayı} firma") != placeholders("{n} companies")


@pytest.mark.parametrize(("lang", "expected"), [("tr", "Yeni kişi"), ("en", "New person")])
def test_compiled_translations_load(lang: str, expected: str) -> None:
    qm = resource_path("translations", f"infospot_{lang}.qm")
    translator = QTranslator()
    assert translator.load(str(qm)), f"{qm} does not load; run make translations"
    assert not translator.isEmpty()
    assert translator.translate("PeoplePage", "New person") == expected
