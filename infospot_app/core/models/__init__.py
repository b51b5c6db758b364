"""The domain model: one module per aggregate (DESIGN.md, "Domain model")."""

from .base import Base, Synced, new_id, utcnow
from .certificate import Certificate
from .cluster import (
    BenchmarkAssessment,
    Cluster,
    ClusterActivity,
    ClusterStage,
    Membership,
)
from .company import Company
from .grant import GrantApplication
from .journal import AuditEntry
from .office import KobiThreshold, Office, Target
from .person import Consent, Person
from .productivity import ProductivityMeasurement
from .settings import Counter, Setting
from .sync_log import Conflict, PackageLog, QuarantinedRow
from .training import Attendance, Enrollment, Training, TrainingSession
from .user import User
from .visit import FollowUpAction, Visit, VisitContact

SYNCED_MODELS: tuple[type[Synced], ...] = (
    Office,
    Target,
    KobiThreshold,
    Company,
    Person,
    Consent,
    Visit,
    VisitContact,
    FollowUpAction,
    Cluster,
    ClusterStage,
    Membership,
    ClusterActivity,
    BenchmarkAssessment,
    Training,
    TrainingSession,
    Enrollment,
    Attendance,
    Certificate,
    ProductivityMeasurement,
    GrantApplication,
)
"""Synced tables in dependency order: a row's references come earlier in the tuple."""

HQ_OWNED_MODELS = (Office, Target, KobiThreshold)

__all__ = [
    "HQ_OWNED_MODELS",
    "SYNCED_MODELS",
    "Attendance",
    "AuditEntry",
    "Base",
    "BenchmarkAssessment",
    "Certificate",
    "Cluster",
    "ClusterActivity",
    "ClusterStage",
    "Company",
    "Conflict",
    "Consent",
    "Counter",
    "Enrollment",
    "FollowUpAction",
    "GrantApplication",
    "KobiThreshold",
    "Membership",
    "Office",
    "PackageLog",
    "Person",
    "ProductivityMeasurement",
    "QuarantinedRow",
    "Setting",
    "Synced",
    "Target",
    "Training",
    "TrainingSession",
    "User",
    "Visit",
    "VisitContact",
    "new_id",
    "utcnow",
]
