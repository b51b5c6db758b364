"""The demo's shared state: the random source, Turkish name pools, and each office's firms."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date, timedelta
from random import Random

from faker import Faker

from ..reference import office_info
from ..services.actor import Actor
from ..turkish import fold
from .bulk import BulkWriter
from .flavour import FLAVOURS, Flavour


@dataclass
class Firm:
    """A demo company as later generators need it."""

    id: str
    name: str
    nace: str
    employees: int
    turnover: int
    domain: str
    people: list[str] = field(default_factory=list)


@dataclass
class OfficeWorld:
    """One office's slice of the demo: who acts, where, and what was made."""

    code: str
    actor: Actor
    province: str
    flavour: Flavour
    staff: list[str]
    firms: list[Firm] = field(default_factory=list)
    people_gender: dict[str, str] = field(default_factory=dict)
    clusters: list[str] = field(default_factory=list)
    certificate_consent: set[str] = field(default_factory=set)
    """People who consented to their name on a certificate (asked at their first training)."""


class World:
    """Deterministic randomness (one seed drives Python's random, Faker and the row ids)."""

    writer: BulkWriter

    def __init__(self, seed: int, today: date) -> None:
        self.rng = Random(seed)
        self.faker = Faker("tr_TR")
        self.faker.seed_instance(seed)
        self.today = today
        self.female = sorted({self.faker.first_name_female() for _ in range(600)})
        self.male = sorted({self.faker.first_name_male() for _ in range(600)})
        self.surnames = sorted({self.faker.last_name() for _ in range(600)})

    def new_id(self) -> str:
        """A UUID drawn from the seeded generator, so the same seed gives the same ids."""
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))

    def office(self, code: str, user: str) -> OfficeWorld:
        """The state of one office, with a few staff names."""
        staff = [self.person_name(self.rng.random() < 0.5)[0] for _ in range(3)]
        return OfficeWorld(
            code,
            Actor(user=user, office=code, role="staff"),
            office_info(code).province_code,
            FLAVOURS[code],
            staff,
        )

    def person_name(self, female: bool) -> tuple[str, str, str]:
        """(full name, first name, surname) of a Turkish person."""
        first = self.rng.choice(self.female if female else self.male)
        if self.rng.random() < 0.12:
            first = f"{first} {self.rng.choice(self.female if female else self.male)}"
        last = self.rng.choice(self.surnames)
        return f"{first} {last}", first, last

    def day_between(self, start: date, end: date) -> date:
        """A random day from ``start`` to ``end`` inclusive."""
        span = max((end - start).days, 0)
        return start + timedelta(days=self.rng.randint(0, span))

    def weekday_between(self, start: date, end: date) -> date:
        """A random working day from ``start`` to ``end`` (moved back from a weekend)."""
        day = self.day_between(start, end)
        return day - timedelta(days=max(day.weekday() - 4, 0))

    def mobile(self) -> str:
        """A Turkish mobile number as people type it."""
        r = self.rng
        return f"05{r.choice('345')}{r.randint(0, 9)} {r.randint(100, 999)} {r.randint(10, 99)} {r.randint(10, 99)}"

    def landline(self, area: str) -> str:
        """A landline of the province, as written on letterheads."""
        r = self.rng
        return f"0{area} {r.randint(200, 799)} {r.randint(10, 99)} {r.randint(10, 99)}"


def slug(text: str) -> str:
    """An ASCII e-mail/web label from Turkish words ("Öztürk Gıda" → "ozturkgida")."""
    return "".join(ch for ch in fold(text) if ch.isascii() and ch.isalnum())
