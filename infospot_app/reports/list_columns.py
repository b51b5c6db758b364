"""The columns of every exported list, with Turkish and English headers and their types."""

from __future__ import annotations

import functools

from ..core.reference import nace_label
from .code_labels import label, province_name, province_names, yes_no
from .list_rows import ParticipantLine
from .xlsx_export import Column, as_date


@functools.cache
def _sector(code: str | None, lang: str) -> str:
    try:
        return nace_label(code, lang) if code else ""
    except KeyError:  # a code from another office's newer reference data
        return ""


_province = functools.cache(province_name)


def company_columns(lang: str) -> list[Column]:
    """Companies (SMEs)."""
    return [
        Column("legal_name", "Firma unvanı", "Legal name", lambda c: c.legal_name, width=40),
        Column("short_name", "Kısa ad", "Short name", lambda c: c.short_name),
        Column("tax_id", "Vergi no", "Tax id", lambda c: c.tax_id, width=13),
        Column("tax_office", "Vergi dairesi", "Tax office", lambda c: c.tax_office),
        Column("mersis_no", "MERSİS no", "MERSIS no.", lambda c: c.mersis_no, width=18),
        Column("province", "İl", "Province", lambda c: _province(c.province)),
        Column("district", "İlçe", "District", lambda c: c.district),
        Column("address", "Adres", "Address", lambda c: c.address, width=40),
        Column("phone", "Telefon", "Phone", lambda c: c.phone, width=18),
        Column("email", "E-posta", "E-mail", lambda c: c.email, width=28),
        Column("web", "Web", "Web", lambda c: c.web),
        Column("nace_code", "NACE kodu", "NACE code", lambda c: c.nace_code, width=11),
        Column("sector", "Sektör", "Sector", lambda c: _sector(c.nace_code, lang), width=40),
        Column("founding_year", "Kuruluş yılı", "Founded", lambda c: c.founding_year, "int"),
        Column("employees", "Çalışan", "Employees", lambda c: c.employees, "int"),
        Column("annual_turnover", "Yıllık ciro (TL)", "Turnover (TRY)",
               lambda c: c.annual_turnover, "money"),
        Column("export_share", "İhracat payı", "Export share", lambda c: c.export_share,
               "percent"),
        Column("size_class", "Ölçek", "Size", lambda c: label("size_class", c.size_class, lang)),
        Column("office", "Ofis", "Office", lambda c: c.office, width=8),
    ]  # fmt: skip


def person_columns(lang: str) -> list[Column]:
    """People (contacts and participants)."""
    return [
        Column("full_name", "Ad soyad", "Full name", lambda r: r.person.full_name, width=28),
        Column("company", "Firma", "Company", lambda r: r.company, width=36),
        Column("position", "Görevi", "Position", lambda r: r.person.position),
        Column("phone", "Telefon", "Phone", lambda r: r.person.phone, width=18),
        Column("email", "E-posta", "E-mail", lambda r: r.person.email, width=28),
        Column("gender", "Cinsiyet", "Gender", lambda r: label("gender", r.person.gender, lang)),
    ]


def visit_columns(lang: str) -> list[Column]:
    """Visits to companies."""
    return [
        Column("visit_date", "Tarih", "Date", lambda r: r.visit.visit_date, "date"),
        Column("company", "Firma", "Company", lambda r: r.company, width=36),
        Column("tax_id", "Vergi no", "Tax id", lambda r: r.tax_id, width=13),
        Column("visit_type", "Ziyaret türü", "Visit type",
               lambda r: label("visit_type", r.visit.visit_type, lang)),
        Column("staff", "Ziyaret eden", "Staff", lambda r: r.visit.staff),
        Column("topics", "Konular", "Topics", lambda r: r.visit.topics, width=36),
        Column("summary", "Özet", "Summary", lambda r: r.visit.summary, width=48),
        Column("needs", "Tespit edilen ihtiyaçlar", "Needs identified", lambda r: r.visit.needs,
               width=36),
        Column("next_visit_on", "Sonraki ziyaret", "Next visit", lambda r: r.visit.next_visit_on,
               "date"),
        Column("office", "Ofis", "Office", lambda r: r.visit.office, width=8),
    ]  # fmt: skip


def training_columns(lang: str) -> list[Column]:
    """Trainings."""
    return [
        Column("title", "Eğitim", "Training", lambda r: r.training.title, width=40),
        Column("topic", "Konu", "Topic", lambda r: r.training.topic),
        Column("status", "Durum", "Status",
               lambda r: label("training_status", r.training.status, lang)),
        Column("start_date", "Başlangıç", "Start", lambda r: r.training.start_date, "date"),
        Column("end_date", "Bitiş", "End", lambda r: r.training.end_date, "date"),
        Column("venue", "Yer", "Venue", lambda r: r.training.venue),
        Column("trainers", "Eğitmen(ler)", "Trainer(s)", lambda r: r.training.trainers),
        Column("organiser", "Düzenleyen", "Organiser", lambda r: r.training.organiser),
        Column("capacity", "Kontenjan", "Capacity", lambda r: r.training.capacity, "int"),
        Column("enrolled", "Kayıtlı", "Enrolled", lambda r: r.enrolled, "int"),
        Column("min_attendance_pct", "Asgari katılım", "Minimum attendance",
               lambda r: r.training.min_attendance_pct, "percent"),
        Column("office", "Ofis", "Office", lambda r: r.training.office, width=8),
    ]  # fmt: skip


def _attendance(row: ParticipantLine, field: str) -> object:
    return None if row.attendance is None else getattr(row.attendance, field)


def participant_columns(lang: str) -> list[Column]:
    """Participants of trainings and their attendance over the whole training."""
    return [
        Column("training", "Eğitim", "Training", lambda r: r.training, width=36),
        Column("full_name", "Ad soyad", "Full name",
               lambda r: r.person.full_name if r.person else "", width=28),
        Column("gender", "Cinsiyet", "Gender",
               lambda r: label("gender", r.person.gender if r.person else None, lang)),
        Column("company", "Firma", "Company", lambda r: r.enrollment.company_name, width=36),
        Column("phone", "Telefon", "Phone", lambda r: r.person.phone if r.person else None),
        Column("email", "E-posta", "E-mail", lambda r: r.person.email if r.person else None),
        Column("attended_hours", "Katıldığı saat", "Hours attended",
               lambda r: _attendance(r, "attended_hours"), "decimal"),
        Column("total_hours", "Toplam saat", "Total hours",
               lambda r: _attendance(r, "total_hours"), "decimal"),
        Column("attendance_pct", "Katılım", "Attendance",
               lambda r: _attendance(r, "attendance_pct"), "percent"),
        Column("eligible", "Belge hakkı", "Certificate",
               lambda r: yes_no(bool(_attendance(r, "eligible")), lang)),
        Column("withdrawn", "Ayrıldı", "Withdrawn",
               lambda r: as_date(r.enrollment.withdrawn_at), "date"),
    ]  # fmt: skip


def cluster_columns(lang: str) -> list[Column]:
    """Business clusters."""
    return [
        Column("name", "Küme", "Cluster", lambda r: r.cluster.name, width=36),
        Column("stage", "Aşama", "Stage", lambda r: label("cluster_stage", r.cluster.stage, lang)),
        Column("nace_divisions", "NACE bölümleri", "NACE divisions",
               lambda r: r.cluster.nace_divisions),
        Column("provinces", "İller", "Provinces", lambda r: province_names(r.cluster.provinces)),
        Column("coordinator", "Koordinatör", "Coordinator", lambda r: r.cluster.coordinator),
        Column("members", "Üye sayısı", "Members", lambda r: r.members, "int"),
        Column("office", "Ofis", "Office", lambda r: r.cluster.office, width=8),
    ]  # fmt: skip


def member_columns(lang: str) -> list[Column]:
    """Members of clusters."""
    return [
        Column("cluster", "Küme", "Cluster", lambda r: r.cluster, width=32),
        Column("company", "Firma", "Company", lambda r: r.company, width=36),
        Column("tax_id", "Vergi no", "Tax id", lambda r: r.tax_id, width=13),
        Column("role", "Rol", "Role", lambda r: label("member_role", r.membership.role, lang)),
        Column("joined_on", "Katılış", "Joined", lambda r: r.membership.joined_on, "date"),
        Column("left_on", "Ayrılış", "Left", lambda r: r.membership.left_on, "date"),
    ]


def grant_columns(lang: str) -> list[Column]:
    """Grant applications."""
    return [
        Column("applicant", "Başvuran", "Applicant", lambda r: r.applicant, width=36),
        Column("programme", "Program", "Programme",
               lambda r: label("programme", r.grant.programme, lang)),
        Column("title", "Proje", "Project", lambda r: r.grant.title, width=36),
        Column("status", "Durum", "Status", lambda r: label("grant_status", r.grant.status, lang)),
        Column("submitted_on", "Başvuru", "Submitted", lambda r: r.grant.submitted_on, "date"),
        Column("decided_on", "Karar", "Decided", lambda r: r.grant.decided_on, "date"),
        Column("requested_amount", "Talep (TL)", "Requested (TRY)",
               lambda r: r.grant.requested_amount, "money"),
        Column("granted_amount", "Hibe (TL)", "Granted (TRY)",
               lambda r: r.grant.granted_amount, "money"),
        Column("office", "Ofis", "Office", lambda r: r.grant.office, width=8),
    ]  # fmt: skip


def measurement_columns(lang: str) -> list[Column]:
    """Productivity measurements."""
    return [
        Column("company", "Firma", "Company", lambda r: r.company, width=36),
        Column("period", "Dönem", "Period", lambda r: r.measurement.period),
        Column("kind", "Tür", "Kind", lambda r: label("measurement_kind", r.measurement.kind, lang)),
        Column("measured_on", "Ölçüm tarihi", "Measured on",
               lambda r: r.measurement.measured_on, "date"),
        Column("turnover", "Ciro (TL)", "Turnover (TRY)", lambda r: r.measurement.turnover,
               "money"),
        Column("employees", "Çalışan", "Employees", lambda r: r.measurement.employees, "int"),
        Column("value_added", "Katma değer (TL)", "Value added (TRY)",
               lambda r: r.measurement.value_added, "money"),
        Column("productivity", "Çalışan başına (TL)", "Per employee (TRY)",
               lambda r: r.productivity, "money"),
    ]  # fmt: skip
