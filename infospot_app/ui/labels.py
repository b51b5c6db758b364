"""Readable, translated names of the codes stored in the database (size class, roles …)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def _t(text: str) -> str:
    return QCoreApplication.translate("Labels", text)


def size_class(code: str | None) -> str:
    """ "micro" → "Micro" / "Mikro"."""
    names = {
        "micro": _t("Micro"),
        "small": _t("Small"),
        "medium": _t("Medium"),
        "large": _t("Large"),
    }
    return names.get(code or "", code or "")


def role(code: str) -> str:
    """A user role's name."""
    names = {"admin": _t("Administrator"), "staff": _t("Staff"), "viewer": _t("Viewer")}
    return names.get(code, code)


def consent_purpose(code: str) -> str:
    """A consent purpose's name."""
    names = {
        "contact": _t("Contact"),
        "certificate": _t("Certificate"),
        "photos": _t("Photos"),
        "ministry_sharing": _t("Sharing with the ministry"),
        "newsletter": _t("Newsletter"),
    }
    return names.get(code, code)


def consent_method(code: str) -> str:
    """How a consent was given."""
    names = {
        "paper_form": _t("Paper form"),
        "email": _t("E-mail"),
        "verbal": _t("Verbal"),
        "electronic_form": _t("Electronic form"),
    }
    return names.get(code, code)


def gender(code: str) -> str:
    """A gender's name."""
    names = {
        "female": _t("Female"),
        "male": _t("Male"),
        "other": _t("Other"),
        "unspecified": _t("Not stated"),
    }
    return names.get(code, code)


def visit_type(code: str) -> str:
    """A visit type's name."""
    names = {
        "first_contact": _t("First contact"),
        "needs_analysis": _t("Needs analysis"),
        "follow_up": _t("Follow-up"),
        "cluster_meeting": _t("Cluster meeting"),
        "grant_support": _t("Grant support"),
        "other": _t("Other"),
    }
    return names.get(code, code)


def audit_action(code: str) -> str:
    """An audit log action's name."""
    names = {
        "create": _t("created"),
        "update": _t("changed"),
        "delete": _t("deleted"),
        "erase": _t("erased"),
        "password": _t("password changed"),
        "activate": _t("activated"),
        "deactivate": _t("deactivated"),
    }
    return names.get(code, code)


def mode(code: str) -> str:
    """The database's mode."""
    return _t("Central office") if code == "central" else _t("Info Spot office")


def field_name(name: str) -> str:
    """A stored field's name, for the readable history."""
    names = {
        "legal_name": _t("Legal name"),
        "short_name": _t("Short name"),
        "tax_id": _t("Tax ID"),
        "tax_office": _t("Tax office"),
        "mersis_no": _t("MERSIS no."),
        "province": _t("Province"),
        "district": _t("District"),
        "address": _t("Address"),
        "phone": _t("Phone"),
        "email": _t("E-mail"),
        "web": _t("Web site"),
        "nace_code": _t("Sector (NACE)"),
        "founding_year": _t("Founding year"),
        "employees": _t("Employees"),
        "annual_turnover": _t("Annual turnover"),
        "export_share": _t("Export share"),
        "size_class": _t("Size"),
        "notes": _t("Notes"),
        "full_name": _t("Full name"),
        "position": _t("Position"),
        "gender": _t("Gender"),
        "company_id": _t("Company"),
        "erased_at": _t("Erased"),
    }
    return names.get(name, name)


def table_name(name: str) -> str:
    """What kind of record a table holds."""
    names = {
        "companies": _t("Company"),
        "people": _t("Person"),
        "consents": _t("Consent"),
        "visits": _t("Visit"),
        "users": _t("User"),
    }
    return names.get(name, name)
