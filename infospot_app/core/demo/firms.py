"""Demo companies (SMEs) with their contact people and KVKK consents."""

from __future__ import annotations

from datetime import date, timedelta
from functools import cache
from typing import Any

from stdnum.tr import vkn

from ..models.person import CONSENT_METHODS
from ..reference import current_districts, nace_entries, province
from ..services.people import consents, people
from .bulk import BulkCompanies
from .flavour import AVENUES, LEGAL_FORMS, NEIGHBOURHOODS, OTHER_WORDS, POSITIONS, TRADE_WORDS
from .world import Firm, OfficeWorld, World, slug

NOTICE_VERSION = "v1.2"
MANUFACTURING_SHARE = 0.65
SPECIALTY_SHARE = 0.6
"""Of manufacturers, the share in the province's typical industries."""


@cache
def _classes() -> dict[str, list[str]]:
    """NACE Rev. 2 classes by division."""
    by_division: dict[str, list[str]] = {}
    for entry in nace_entries():
        if entry.level == "class":
            by_division.setdefault(entry.code[:2], []).append(entry.code)
    return by_division


@cache
def _manufacturing() -> list[str]:
    return [d for d in _classes() if "10" <= d <= "33"]


SERVICE_DIVISIONS = ("01", "41", "43", "45", "46", "47", "49", "52", "55", "56", "62", "71")


def _division(world: World, office: OfficeWorld) -> str:
    r = world.rng
    if r.random() < MANUFACTURING_SHARE:
        pool = office.flavour.specialties if r.random() < SPECIALTY_SHARE else _manufacturing()
    else:
        pool = SERVICE_DIVISIONS
    return r.choice(pool)


def _size(world: World) -> tuple[int, int]:
    """Employees and annual turnover (TRY) shaped like Turkish SMEs: mostly micro and small."""
    r = world.rng
    band = r.random()
    if band < 0.62:
        employees = r.randint(1, 9)
    elif band < 0.9:
        employees = r.randint(10, 49)
    elif band < 0.985:
        employees = r.randint(50, 249)
    else:
        employees = r.randint(250, 900)
    per_head = r.uniform(0.4, 1.8) * 1_000_000
    return employees, int(employees * per_head) // 1000 * 1000


def _legal_name(world: World, division: str) -> tuple[str, str]:
    r = world.rng
    owner = r.choice(world.surnames)
    if r.random() < 0.25:
        owner = f"{owner} {r.choice(world.surnames)}"
    elif r.random() < 0.15:
        owner = f"{owner} Kardeşler"
    trade = r.choice(TRADE_WORDS.get(division, OTHER_WORDS))
    form = r.choices([f for f, _ in LEGAL_FORMS], [w for _, w in LEGAL_FORMS])[0]
    return f"{owner} {trade} {form}", f"{owner.split()[0]} {trade.split()[0]}"


def _tax_id(world: World, taken: set[str]) -> str:
    while True:
        base = f"{world.rng.randint(1, 999_999_999):09d}"
        number = base + vkn.calc_check_digit(base)
        if number not in taken:
            taken.add(number)
            return number


def _address(world: World, district: str, province_name: str) -> str:
    r = world.rng
    street = (
        r.choice(AVENUES) if r.random() < 0.3 else f"{r.choice(world.male + world.female)} Sokak"
    )
    return (
        f"{r.choice(NEIGHBOURHOODS)} Mah. {street} No: {r.randint(1, 180)}, "
        f"{district}/{province_name}"
    )


@cache
def _place(province_code: str) -> tuple[str, tuple[str, ...]]:
    """The province's name and current districts."""
    return province(province_code).name, tuple(current_districts(province_code))


def company_values(
    world: World, office: OfficeWorld, taken: set[str]
) -> tuple[dict[str, Any], Firm]:
    """The form values of one company, and what later steps need to know about it."""
    r = world.rng
    place, districts = _place(office.province)
    division = _division(world, office)
    nace = r.choice(_classes()[division])
    name, owner = _legal_name(world, division)
    employees, turnover = _size(world)
    district = r.choice(districts)
    domain = f"{slug(owner)}.com.tr"
    values = {
        "legal_name": name,
        "short_name": owner,
        "tax_id": _tax_id(world, taken),
        "tax_office": f"{place} Vergi Dairesi",
        "mersis_no": None,
        "province": office.province,
        "district": district,
        "address": _address(world, district, place),
        "phone": world.landline(office.flavour.area_code),
        "email": f"info@{domain}" if r.random() < 0.8 else None,
        "web": f"www.{domain}" if r.random() < 0.5 else None,
        "nace_code": nace,
        "founding_year": r.randint(1968, world.today.year - 1),
        "employees": employees,
        "annual_turnover": turnover,
        "export_share": r.choice((0, 0, 0, 5, 10, 20, 35, 60)),
        "notes": "",
    }
    if r.random() < 0.6:
        values["mersis_no"] = f"0{values['tax_id'][:10]}{r.randint(0, 99999):05d}"
    return values, Firm("", name, nace, employees, turnover, domain)


def add_companies(world: World, office: OfficeWorld, count: int, service: BulkCompanies) -> None:
    """Create ``count`` companies of the office, in its province."""
    made = [company_values(world, office, service.taken) for _ in range(count)]
    ids = world.writer.create(office.actor, service, [v for v, _ in made])
    for row_id, (_values, firm) in zip(ids, made, strict=True):
        firm.id = row_id
        office.firms.append(firm)


def add_people(world: World, office: OfficeWorld, share: float) -> None:
    """Contact people for a share of the office's companies (one or two each), with consents."""
    r = world.rng
    values, owners = [], []
    for firm in office.firms:
        if r.random() >= share:
            continue
        for _ in range(1 if r.random() < 0.75 else 2):
            female = r.random() < 0.4
            full, first, last = world.person_name(female)
            domain = "gmail.com" if r.random() < 0.3 else firm.domain
            values.append(
                {
                    "full_name": full,
                    "company_id": firm.id,
                    "position": r.choice(POSITIONS),
                    "phone": world.mobile(),
                    "email": f"{slug(first)}.{slug(last)}@{domain}" if r.random() < 0.7 else None,
                    "gender": "female" if female else "male",
                }
            )
            owners.append(firm)
    ids = world.writer.create(office.actor, people, values)
    for person_id, firm, value in zip(ids, owners, values, strict=True):
        firm.people.append(person_id)
        office.people_gender[person_id] = value["gender"]
    add_consents(world, office, ids)


def add_consents(world: World, office: OfficeWorld, person_ids: list[str]) -> None:
    """Consents per purpose under information notice v1.2; a few withdrawn."""
    r = world.rng
    start = world.today - timedelta(days=720)
    values = []
    for person_id in person_ids:
        given = world.weekday_between(start, world.today - timedelta(days=10))
        method = r.choice(CONSENT_METHODS)
        purposes = ["contact"]
        purposes += [
            p for p, odds in (("ministry_sharing", 0.35), ("photos", 0.1)) if r.random() < odds
        ]
        for purpose in purposes:
            withdrawn = world.day_between(given, world.today) if r.random() < 0.03 else None
            values.append(
                consent_values(person_id, purpose, given, office.staff[0], method, withdrawn)
            )
    world.writer.create(office.actor, consents, values)


def consent_values(
    person_id: str,
    purpose: str,
    given: date,
    staff: str,
    method: str = "paper_form",
    withdrawn: date | None = None,
) -> dict[str, Any]:
    """The form values of one consent under the current information notice."""
    return {
        "person_id": person_id,
        "purpose": purpose,
        "notice_version": NOTICE_VERSION,
        "given_on": given,
        "method": method,
        "recorded_by": staff,
        "withdrawn_on": withdrawn,
    }
