"""Business clusters with their stage history, members, activities and benchmark assessments."""

from __future__ import annotations

from datetime import date
from typing import Any, ClassVar

from sqlalchemy import literal, select
from sqlalchemy.orm import Session

from .. import validation as v
from ..models import (
    BenchmarkAssessment,
    Cluster,
    ClusterActivity,
    ClusterStage,
    Company,
    Membership,
)
from ..models.cluster import (
    ACTIVITY_TYPES,
    BENCHMARK_AREAS,
    BENCHMARK_LABELS,
    BENCHMARK_SCHEMES,
    CLUSTER_STAGES,
    MEMBER_ROLES,
)
from ..reference import nace_entry
from ..turkish import fold, sort_key
from . import record
from .actor import Actor
from .aggregate import AggregateService
from .references import require_live


def nace_divisions(value: str | list[str] | None, field: str = "nace_divisions") -> str:
    """Comma-separated NACE Rev. 2 divisions ("10, 25" → "10,25"), each checked; "" if none."""
    items = value if isinstance(value, list | tuple) else str(value or "").split(",")
    found: list[str] = []
    for item in (str(i).strip() for i in items):
        if not item:
            continue
        entry = nace_entry(item) if len(item) == 2 and item.isdigit() else None
        if entry is None or entry.level != "division":
            raise v.ValidationError(
                field,
                f"NACE bölümü geçersiz: “{item}”. Bölümleri iki haneli kodlarla, virgülle ayırarak "
                "girin (örneğin 10, 25).",
                f"Invalid NACE division: “{item}”. Enter two-digit division codes separated by "
                "commas (e.g. 10, 25).",
            )
        if entry.code not in found:
            found.append(entry.code)
    return ",".join(sorted(found))


def province_list(value: str | list[str] | None, field: str = "provinces") -> str:
    """Comma-separated province codes ("19, Samsun" → "TR-19,TR-55"), each checked."""
    items = value if isinstance(value, list | tuple) else str(value or "").split(",")
    codes: list[str] = []
    for item in (str(i).strip() for i in items):
        code = v.province_code(item, field) if item else None
        if code and code not in codes:
            codes.append(code)
    return ",".join(sorted(codes))


def _in_list(column: Any, item: str) -> Any:
    """Whether a comma-separated text column holds ``item`` as a whole entry (portable SQL)."""
    return (literal(",") + column + literal(",")).contains(f",{item},")


class ClusterService(AggregateService[Cluster]):
    """Create, edit, delete, find and list clusters; a stage change is kept in the history."""

    model = Cluster
    noun_tr, noun_en = "küme", "cluster"
    sort_columns: ClassVar[dict[str, str]] = {"name": "sort_key"}
    turkish_columns = frozenset({"coordinator"})
    default_sort = "name"

    def normalize(
        self, session: Session, values: dict[str, Any], row: Cluster | None
    ) -> dict[str, Any]:
        check = v.Collector()
        out = dict(values)
        out["name"] = check.check(v.required, values.get("name"), "name", "Küme adı", "Name")
        out["nace_divisions"] = check.check(nace_divisions, values.get("nace_divisions"))
        out["provinces"] = check.check(province_list, values.get("provinces"))
        out["stage"] = check.check(
            v.one_of, values.get("stage") or "identified", "stage", CLUSTER_STAGES, "Aşama", "Stage"
        )
        out["coordinator"] = (values.get("coordinator") or "").strip()
        out["description"] = (values.get("description") or "").strip()
        check.raise_if_any()
        return out

    def derive(self, values: dict[str, Any]) -> dict[str, Any]:
        words = [values.get(k) or "" for k in ("name", "coordinator", "nace_divisions")]
        return {"search_key": fold(" ".join(words)), "sort_key": sort_key(values.get("name"))}

    def create(self, session: Session, actor: Actor, values: dict[str, Any]) -> Cluster:
        """Create a cluster; its first stage enters the history with today's date."""
        row = super().create(session, actor, values)
        add_stage(session, actor, row.id, row.stage, date.today())
        return row

    def update(
        self,
        session: Session,
        actor: Actor,
        row_id: str,
        values: dict[str, Any],
        expected_version: int | None = None,
    ) -> Cluster:
        """Edit a cluster; a new stage enters the history with today's date."""
        return self.set_stage_with(session, actor, row_id, values, date.today(), expected_version)

    def set_stage(
        self,
        session: Session,
        actor: Actor,
        cluster_id: str,
        stage: str,
        reached_on: date | None = None,
        note: str = "",
    ) -> Cluster:
        """Move the cluster to ``stage``, reached on ``reached_on`` (default today)."""
        return self.set_stage_with(
            session, actor, cluster_id, {"stage": stage}, reached_on or date.today(), note=note
        )

    def set_stage_with(
        self,
        session: Session,
        actor: Actor,
        cluster_id: str,
        values: dict[str, Any],
        reached_on: date,
        expected_version: int | None = None,
        note: str = "",
    ) -> Cluster:
        """Apply ``values``; if the stage changes, append it to the history on ``reached_on``."""
        before = self.get(session, cluster_id).stage
        row = super().update(session, actor, cluster_id, values, expected_version)
        if row.stage != before:
            add_stage(session, actor, row.id, row.stage, reached_on, note)
        return row

    def filter_clauses(self, session: Session, filters: dict[str, Any]) -> list[Any]:
        clauses = []
        for key in ("stage", "office"):
            if filters.get(key):
                clauses.append(getattr(Cluster, key) == filters[key])
        if filters.get("nace_division"):
            clauses.append(_in_list(Cluster.nace_divisions, filters["nace_division"]))
        if filters.get("province"):
            clauses.append(_in_list(Cluster.provinces, filters["province"]))
        return clauses

    def stages(self, session: Session, cluster_id: str) -> list[ClusterStage]:
        """The cluster's stage history, oldest first."""
        stmt = (
            select(ClusterStage)
            .where(ClusterStage.cluster_id == cluster_id, ClusterStage.deleted_at.is_(None))
            .order_by(ClusterStage.reached_on, ClusterStage.created_at, ClusterStage.id)
        )
        return list(session.scalars(stmt))


def add_stage(
    session: Session, actor: Actor, cluster_id: str, stage: str, reached_on: date, note: str = ""
) -> ClusterStage:
    """Append a stage to a cluster's history."""
    values = {"cluster_id": cluster_id, "stage": stage, "reached_on": reached_on, "note": note}
    return record.create(session, actor, ClusterStage, values)


class MembershipService(AggregateService[Membership]):
    """Companies in clusters: a company may be in several clusters, once at a time in each."""

    model = Membership
    noun_tr, noun_en = "üyelik", "membership"
    turkish_columns = frozenset({"role"})
    default_sort = "joined_on"

    def normalize(
        self, session: Session, values: dict[str, Any], row: Membership | None
    ) -> dict[str, Any]:
        check = v.Collector()
        out = dict(values)
        out["cluster_id"] = check.check(
            require_live,
            session,
            Cluster,
            values.get("cluster_id"),
            "cluster_id",
            "Küme",
            "Cluster",
        )
        out["company_id"] = check.check(
            require_live,
            session,
            Company,
            values.get("company_id"),
            "company_id",
            "Firma",
            "Company",
        )
        out["role"] = check.check(
            v.one_of, values.get("role") or "member", "role", MEMBER_ROLES, "Rol", "Role"
        )
        out["joined_on"] = check.check(
            v.date_value, values.get("joined_on"), "joined_on", "Katılış tarihi", "Date joined"
        )
        out["left_on"] = check.check(
            v.date_value, values.get("left_on"), "left_on", "Ayrılış tarihi", "Date of leaving"
        )
        check.check(v.date_not_before, out["joined_on"], out["left_on"], "left_on")
        if out["cluster_id"] and out["company_id"] and out["left_on"] is None:
            other = self.open_membership(session, out["cluster_id"], out["company_id"])
            if other is not None and (row is None or other.id != row.id):
                check.errors.append(
                    v.ValidationError(
                        "company_id",
                        "Bu firma bu kümenin zaten üyesi. Var olan üyeliği açın.",
                        "This company is already a member of this cluster. Open that membership.",
                    )
                )
        check.raise_if_any()
        return out

    def open_membership(
        self, session: Session, cluster_id: str, company_id: str
    ) -> Membership | None:
        """The company's current (not left, not deleted) membership of the cluster."""
        return session.scalar(
            select(Membership).where(
                Membership.cluster_id == cluster_id,
                Membership.company_id == company_id,
                Membership.deleted_at.is_(None),
                Membership.left_on.is_(None),
            )
        )

    def filter_clauses(self, session: Session, filters: dict[str, Any]) -> list[Any]:
        clauses = []
        for key in ("cluster_id", "company_id", "role", "office"):
            if filters.get(key):
                clauses.append(getattr(Membership, key) == filters[key])
        if filters.get("current"):
            clauses.append(Membership.left_on.is_(None))
        return clauses


class ClusterActivityService(AggregateService[ClusterActivity]):
    """Analyses, workshops, B2B meetings, study visits and fairs of clusters."""

    model = ClusterActivity
    noun_tr, noun_en = "küme faaliyeti", "cluster activity"
    turkish_columns = frozenset({"title"})
    default_sort = "activity_date"

    def normalize(
        self, session: Session, values: dict[str, Any], row: ClusterActivity | None
    ) -> dict[str, Any]:
        check = v.Collector()
        out = dict(values)
        out["cluster_id"] = check.check(
            require_live,
            session,
            Cluster,
            values.get("cluster_id"),
            "cluster_id",
            "Küme",
            "Cluster",
        )
        out["activity_type"] = check.check(
            v.one_of,
            values.get("activity_type"),
            "activity_type",
            ACTIVITY_TYPES,
            "Faaliyet türü",
            "Activity type",
        )
        out["activity_date"] = check.check(
            v.required_date,
            values.get("activity_date"),
            "activity_date",
            "Faaliyet tarihi",
            "Activity date",
        )
        out["title"] = check.check(v.required, values.get("title"), "title", "Başlık", "Title")
        out["participants"] = check.check(
            v.non_negative_int, values.get("participants"), "participants"
        )
        out["notes"] = (values.get("notes") or "").strip()
        check.raise_if_any()
        return out


class BenchmarkService(AggregateService[BenchmarkAssessment]):
    """Benchmark assessments of clusters (National Benchmarking System or ESCA)."""

    model = BenchmarkAssessment
    noun_tr, noun_en = "kıyaslama değerlendirmesi", "benchmark assessment"
    default_sort = "assessed_on"

    def normalize(
        self, session: Session, values: dict[str, Any], row: BenchmarkAssessment | None
    ) -> dict[str, Any]:
        check = v.Collector()
        out = dict(values)
        out["cluster_id"] = check.check(
            require_live,
            session,
            Cluster,
            values.get("cluster_id"),
            "cluster_id",
            "Küme",
            "Cluster",
        )
        out["assessed_on"] = check.check(
            v.required_date,
            values.get("assessed_on"),
            "assessed_on",
            "Değerlendirme tarihi",
            "Assessment date",
        )
        out["scheme"] = check.check(
            v.one_of,
            values.get("scheme"),
            "scheme",
            BENCHMARK_SCHEMES,
            "Kıyaslama sistemi",
            "Scheme",
        )
        out["label"] = check.check(
            v.one_of, values.get("label") or "none", "label", BENCHMARK_LABELS, "Etiket", "Label"
        )
        for area in BENCHMARK_AREAS:
            out[area] = check.check(v.percentage, values.get(area), area, _AREA_LABELS[area])
        out["notes"] = (values.get("notes") or "").strip()
        check.raise_if_any()
        return out


_AREA_LABELS = {
    "structure": ("Yapı", "Structure"),
    "governance": ("Yönetişim", "Governance"),
    "financing": ("Finansman", "Financing"),
    "services": ("Hizmetler", "Services"),
    "interaction": ("Etkileşim", "Interaction"),
    "achievements": ("Başarılar", "Achievements"),
}

clusters = ClusterService()
memberships = MembershipService()
cluster_activities = ClusterActivityService()
benchmarks = BenchmarkService()
