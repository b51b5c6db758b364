"""Companies (SMEs)."""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, Synced, browse_index, live_unique

SIZE_CLASSES = ("micro", "small", "medium", "large")


class Company(Synced, Base):
    """An SME registered by an Info Spot."""

    __tablename__ = "companies"
    __table_args__ = (
        browse_index("companies"),
        # One live company per tax id and office; the services also refuse a tax id that another
        # office already registered (a merge at HQ keeps both rows, each office's own).
        live_unique("companies", "office", "tax_id"),
    )

    legal_name: Mapped[str] = mapped_column(String(300))
    short_name: Mapped[str] = mapped_column(String(120), default="")
    tax_id: Mapped[str] = mapped_column(String(11), index=True)
    tax_office: Mapped[str] = mapped_column(String(120), default="")
    mersis_no: Mapped[str | None] = mapped_column(String(16))
    province: Mapped[str] = mapped_column(String(6), default="", index=True)
    district: Mapped[str] = mapped_column(String(80), default="")
    address: Mapped[str] = mapped_column(Text, default="")
    phone: Mapped[str | None] = mapped_column(String(40))
    email: Mapped[str | None] = mapped_column(String(200))
    web: Mapped[str | None] = mapped_column(String(200))
    nace_code: Mapped[str | None] = mapped_column(String(8), index=True)
    founding_year: Mapped[int | None]
    employees: Mapped[int | None]
    annual_turnover: Mapped[Decimal | None]
    export_share: Mapped[Decimal | None]
    size_class: Mapped[str | None] = mapped_column(String(6), index=True)
    notes: Mapped[str] = mapped_column(Text, default="")
    search_key: Mapped[str] = mapped_column(Text, default="")
    sort_key: Mapped[str] = mapped_column(String(400), default="")
