"""Grant applications of companies or clusters to support programmes."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from .. import validation as v
from ..models import Cluster, Company, GrantApplication
from ..models.grant import GRANT_STATUSES, PROGRAMMES
from .aggregate import AggregateService
from .references import require_live


class GrantService(AggregateService[GrantApplication]):
    """Create, edit, delete and list grant applications."""

    model = GrantApplication
    noun_tr, noun_en = "hibe başvurusu", "grant application"
    turkish_columns = frozenset({"title", "programme", "status"})
    default_sort = "submitted_on"

    def normalize(
        self, session: Session, values: dict[str, Any], row: GrantApplication | None
    ) -> dict[str, Any]:
        check = v.Collector()
        out = dict(values)
        company_id, cluster_id = values.get("company_id") or None, values.get("cluster_id") or None
        if (company_id is None) == (cluster_id is None):
            check.errors.append(
                v.ValidationError(
                    "company_id",
                    "Başvuru ya bir firmaya ya da bir kümeye ait olmalıdır; ikisinden yalnızca "
                    "birini seçin.",
                    "An application belongs either to a company or to a cluster; choose exactly "
                    "one of them.",
                )
            )
        elif company_id is not None:
            check.check(
                require_live, session, Company, company_id, "company_id", "Firma", "Company"
            )
        else:
            check.check(require_live, session, Cluster, cluster_id, "cluster_id", "Küme", "Cluster")
        out["company_id"], out["cluster_id"] = company_id, cluster_id
        out["programme"] = check.check(
            v.one_of,
            values.get("programme"),
            "programme",
            PROGRAMMES,
            "Destek programı",
            "Programme",
        )
        out["status"] = check.check(
            v.one_of, values.get("status") or "draft", "status", GRANT_STATUSES, "Durum", "Status"
        )
        out["submitted_on"] = check.check(
            v.date_value,
            values.get("submitted_on"),
            "submitted_on",
            "Başvuru tarihi",
            "Date submitted",
        )
        out["decided_on"] = check.check(
            v.date_value, values.get("decided_on"), "decided_on", "Karar tarihi", "Decision date"
        )
        check.check(v.date_not_before, out["submitted_on"], out["decided_on"], "decided_on")
        for amount in ("requested_amount", "granted_amount"):
            out[amount] = check.check(v.non_negative_decimal, values.get(amount), amount)
        out["title"] = (values.get("title") or "").strip()
        out["notes"] = (values.get("notes") or "").strip()
        check.raise_if_any()
        return out

    def filter_clauses(self, session: Session, filters: dict[str, Any]) -> list[Any]:
        clauses = []
        for key in ("programme", "status", "company_id", "cluster_id", "office"):
            if filters.get(key):
                clauses.append(getattr(GrantApplication, key) == filters[key])
        if filters.get("date_from"):
            clauses.append(GrantApplication.submitted_on >= filters["date_from"])
        if filters.get("date_to"):
            clauses.append(GrantApplication.submitted_on <= filters["date_to"])
        return clauses


grants = GrantService()
