"""Business clusters, their stages, members, activities and benchmark assessments."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import Numeric, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, Synced, browse_index, fk

CLUSTER_STAGES = ("identified", "analysis", "road_map", "implementation", "established")
MEMBER_ROLES = ("member", "lead_firm", "supplier", "other")
ACTIVITY_TYPES = (
    "supply_chain_analysis",
    "value_chain_analysis",
    "workshop",
    "b2b_meeting",
    "study_visit",
    "fair",
    "other",
)
BENCHMARK_SCHEMES = ("national", "esca")
BENCHMARK_LABELS = ("none", "bronze", "silver", "gold")
BENCHMARK_AREAS = (
    "structure",
    "governance",
    "financing",
    "services",
    "interaction",
    "achievements",
)


class Cluster(Synced, Base):
    """A business cluster; its home office is the owner ``office``."""

    __tablename__ = "clusters"
    __table_args__ = (browse_index("clusters"),)

    name: Mapped[str] = mapped_column(String(300))
    nace_divisions: Mapped[str] = mapped_column(String(200), default="")
    provinces: Mapped[str] = mapped_column(String(400), default="")
    stage: Mapped[str] = mapped_column(String(16), default="identified")
    coordinator: Mapped[str] = mapped_column(String(300), default="")
    description: Mapped[str] = mapped_column(Text, default="")
    search_key: Mapped[str] = mapped_column(Text, default="")
    sort_key: Mapped[str] = mapped_column(String(400), default="")


class ClusterStage(Synced, Base):
    """The date a cluster reached a stage (the stage history)."""

    __tablename__ = "cluster_stages"

    cluster_id: Mapped[str] = fk("clusters.id")
    stage: Mapped[str] = mapped_column(String(16))
    reached_on: Mapped[date]
    note: Mapped[str] = mapped_column(Text, default="")


class Membership(Synced, Base):
    """A company's membership of a cluster."""

    __tablename__ = "memberships"

    cluster_id: Mapped[str] = fk("clusters.id")
    company_id: Mapped[str] = fk("companies.id")
    role: Mapped[str] = mapped_column(String(12), default="member")
    joined_on: Mapped[date | None]
    left_on: Mapped[date | None]


class ClusterActivity(Synced, Base):
    """An activity of a cluster: analyses, workshops, B2B meetings, study visits, fairs."""

    __tablename__ = "cluster_activities"

    cluster_id: Mapped[str] = fk("clusters.id")
    activity_type: Mapped[str] = mapped_column(String(24))
    activity_date: Mapped[date]
    title: Mapped[str] = mapped_column(String(300))
    participants: Mapped[int | None]
    notes: Mapped[str] = mapped_column(Text, default="")


class BenchmarkAssessment(Synced, Base):
    """A benchmarking of a cluster (National Benchmarking System or ESCA)."""

    __tablename__ = "benchmark_assessments"

    cluster_id: Mapped[str] = fk("clusters.id")
    assessed_on: Mapped[date]
    scheme: Mapped[str] = mapped_column(String(10))
    label: Mapped[str] = mapped_column(String(8), default="none")
    structure: Mapped[Decimal | None] = mapped_column(Numeric(6, 2))
    governance: Mapped[Decimal | None] = mapped_column(Numeric(6, 2))
    financing: Mapped[Decimal | None] = mapped_column(Numeric(6, 2))
    services: Mapped[Decimal | None] = mapped_column(Numeric(6, 2))
    interaction: Mapped[Decimal | None] = mapped_column(Numeric(6, 2))
    achievements: Mapped[Decimal | None] = mapped_column(Numeric(6, 2))
    notes: Mapped[str] = mapped_column(Text, default="")
