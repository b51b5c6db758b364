"""Companies (SMEs): validation, size class, duplicate tax ids, Turkish search."""

from __future__ import annotations

import re
from datetime import date
from typing import Any, ClassVar

from sqlalchemy import exists, select
from sqlalchemy.orm import Session

from .. import validation as v
from ..models import Company, KobiThreshold, Membership
from ..reference import size_class
from ..turkish import fold, sort_key
from .aggregate import AggregateService
from .listing import search_clause

_LEGAL_SUFFIXES = re.compile(
    r"\b(a ?s|ltd|sti|san|tic|ve|limited|sirketi|anonim|ins|paz|ith|ihr|gida|ltd sti)\b\.?"
)


class DuplicateTaxId(v.ValidationError):
    """Another live company already has this tax id; ``existing_id`` names it."""

    def __init__(self, existing: Company) -> None:
        super().__init__(
            "tax_id",
            f"Bu vergi numarası zaten kayıtlı: {existing.legal_name} ({existing.office}). "
            "Yeni kayıt açmak yerine o firmayı açın.",
            f"This tax id is already registered: {existing.legal_name} ({existing.office}). "
            "Open that company instead of creating a new one.",
        )
        self.existing_id = existing.id


def kobi_threshold(session: Session, year: int) -> KobiThreshold | None:
    """HQ's KOBİ thresholds in force in ``year`` (None if the table is empty)."""
    return session.scalar(
        select(KobiThreshold)
        .where(KobiThreshold.year <= year, KobiThreshold.deleted_at.is_(None))
        .order_by(KobiThreshold.year.desc())
        .limit(1)
    )


def size_under(
    row: KobiThreshold | None, employees: int | None, turnover: Any, year: int
) -> str | None:
    """The KOBİ size class under HQ's threshold row, or the built-in table without one."""
    if employees is None:
        return None
    if row is None:
        return size_class(employees, turnover, year)
    limits = (
        (row.micro_employees, row.micro_turnover, "micro"),
        (row.small_employees, row.small_turnover, "small"),
        (row.medium_employees, row.medium_turnover, "medium"),
    )
    for max_employees, max_turnover, name in limits:
        if employees < max_employees and (turnover is None or turnover <= max_turnover):
            return name
    return "large"


def company_size(session: Session, employees: int | None, turnover: Any, year: int) -> str | None:
    """The KOBİ size class under the thresholds in force in ``year`` (HQ's table first)."""
    if employees is None:
        return None
    return size_under(kobi_threshold(session, year), employees, turnover, year)


class CompanyService(AggregateService[Company]):
    """Create, edit, delete, find and list companies."""

    model = Company
    noun_tr, noun_en = "firma", "company"
    sort_columns: ClassVar[dict[str, str]] = {"name": "sort_key"}
    turkish_columns = frozenset({"district", "province", "tax_office"})
    default_sort = "name"

    def normalize(
        self, session: Session, values: dict[str, Any], row: Company | None
    ) -> dict[str, Any]:
        check = v.Collector()
        out = dict(values)
        out["legal_name"] = check.check(
            v.required, values.get("legal_name"), "legal_name", "Firma unvanı", "Legal name"
        )
        tax = check.check(v.required, values.get("tax_id"), "tax_id", "Vergi numarası", "Tax id")
        out["tax_id"] = check.check(v.tax_id, tax) if tax else None
        out["province"] = check.check(v.province_code, values.get("province"), "province") or ""
        out["district"] = check.check(v.district, out["province"], values.get("district")) or ""
        out["nace_code"] = check.check(v.nace_code, values.get("nace_code"))
        out["email"] = check.check(v.email, values.get("email"))
        out["phone"] = check.check(v.phone, values.get("phone"))
        out["mersis_no"] = check.check(v.mersis_no, values.get("mersis_no"))
        out["founding_year"] = check.check(v.year, values.get("founding_year"), "founding_year")
        out["employees"] = check.check(v.non_negative_int, values.get("employees"), "employees")
        out["annual_turnover"] = check.check(
            v.non_negative_decimal, values.get("annual_turnover"), "annual_turnover"
        )
        out["export_share"] = check.check(v.percentage, values.get("export_share"), "export_share")
        for text_field in ("short_name", "tax_office", "address", "notes"):
            out[text_field] = (values.get(text_field) or "").strip()
        out["web"] = (values.get("web") or "").strip() or None
        if out["tax_id"] and not check.errors:
            existing = self.find_by_tax_id(session, out["tax_id"])
            if existing is not None and (row is None or existing.id != row.id):
                check.errors.append(DuplicateTaxId(existing))
        check.raise_if_any()
        year = date.today().year
        out["size_class"] = size_under(
            self.threshold(session, year), out["employees"], out["annual_turnover"], year
        )
        return out

    def derive(self, values: dict[str, Any]) -> dict[str, Any]:
        words = [values.get(k) or "" for k in ("legal_name", "short_name", "tax_id", "district")]
        name = values.get("legal_name") or ""
        return {"search_key": fold(" ".join(words)), "sort_key": sort_key(name)}

    def filter_clauses(self, session: Session, filters: dict[str, Any]) -> list[Any]:
        clauses = []
        for key in ("province", "district", "size_class", "office"):
            if filters.get(key):
                clauses.append(getattr(Company, key) == filters[key])
        if filters.get("nace_section"):
            from ..reference import section_of

            codes = {
                c for c in self._nace_codes(session) if section_of(c) == filters["nace_section"]
            }
            clauses.append(Company.nace_code.in_(sorted(codes)))
        member = filters.get("cluster_member")
        if member is not None:
            live = exists().where(
                Membership.company_id == Company.id,
                Membership.deleted_at.is_(None),
                Membership.left_on.is_(None),
            )
            clauses.append(live if member else ~live)
        return clauses

    def _nace_codes(self, session: Session) -> list[str]:
        return [c for c in session.scalars(select(Company.nace_code).distinct()) if c]

    def threshold(self, session: Session, year: int) -> KobiThreshold | None:
        """The KOBİ thresholds of ``year`` (a method, so bulk loaders can look them up once)."""
        return kobi_threshold(session, year)

    def find_by_tax_id(self, session: Session, tax_id: str) -> Company | None:
        """The live company with this tax id, in any office."""
        return session.scalar(
            select(Company).where(Company.tax_id == tax_id, Company.deleted_at.is_(None)).limit(1)
        )

    def similar(self, session: Session, name: str, limit: int = 5) -> list[Company]:
        """Live companies whose name shares the significant words of ``name``."""
        words = [w for w in _LEGAL_SUFFIXES.sub(" ", fold(name)).split() if len(w) > 2][:3]
        if not words:
            return []
        clause = search_clause(Company.search_key, " ".join(words))
        stmt = select(Company).where(Company.deleted_at.is_(None), clause).limit(limit)
        return list(session.scalars(stmt))


companies = CompanyService()
