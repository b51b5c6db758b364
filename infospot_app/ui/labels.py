"""Readable, translated names of the codes stored in the database (size class, roles …)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def size_class(code: str | None) -> str:
    """ "micro" → "Micro" / "Mikro"."""
    names = {
        "micro": QCoreApplication.translate("Labels", "Micro"),
        "small": QCoreApplication.translate("Labels", "Small"),
        "medium": QCoreApplication.translate("Labels", "Medium"),
        "large": QCoreApplication.translate("Labels", "Large"),
    }
    return names.get(code or "", code or "")


def role(code: str) -> str:
    """A user role's name."""
    names = {
        "admin": QCoreApplication.translate("Labels", "Administrator"),
        "staff": QCoreApplication.translate("Labels", "Staff"),
        "viewer": QCoreApplication.translate("Labels", "Viewer"),
    }
    return names.get(code, code)


def consent_purpose(code: str) -> str:
    """A consent purpose's name."""
    names = {
        "contact": QCoreApplication.translate("Labels", "Contact"),
        "certificate": QCoreApplication.translate("Labels", "Certificate"),
        "photos": QCoreApplication.translate("Labels", "Photos"),
        "ministry_sharing": QCoreApplication.translate("Labels", "Sharing with the ministry"),
        "newsletter": QCoreApplication.translate("Labels", "Newsletter"),
    }
    return names.get(code, code)


def consent_method(code: str) -> str:
    """How a consent was given."""
    names = {
        "paper_form": QCoreApplication.translate("Labels", "Paper form"),
        "email": QCoreApplication.translate("Labels", "E-mail"),
        "verbal": QCoreApplication.translate("Labels", "Verbal"),
        "electronic_form": QCoreApplication.translate("Labels", "Electronic form"),
    }
    return names.get(code, code)


def gender(code: str) -> str:
    """A gender's name."""
    names = {
        "female": QCoreApplication.translate("Labels", "Female"),
        "male": QCoreApplication.translate("Labels", "Male"),
        "other": QCoreApplication.translate("Labels", "Other"),
        "unspecified": QCoreApplication.translate("Labels", "Not stated"),
    }
    return names.get(code, code)


def visit_type(code: str) -> str:
    """A visit type's name."""
    names = {
        "first_contact": QCoreApplication.translate("Labels", "First contact"),
        "needs_analysis": QCoreApplication.translate("Labels", "Needs analysis"),
        "follow_up": QCoreApplication.translate("Labels", "Follow-up"),
        "cluster_meeting": QCoreApplication.translate("Labels", "Cluster meeting"),
        "grant_support": QCoreApplication.translate("Labels", "Grant support"),
        "other": QCoreApplication.translate("Labels", "Other"),
    }
    return names.get(code, code)


def audit_action(code: str) -> str:
    """An audit log action's name."""
    names = {
        "create": QCoreApplication.translate("Labels", "created"),
        "update": QCoreApplication.translate("Labels", "changed"),
        "delete": QCoreApplication.translate("Labels", "deleted"),
        "erase": QCoreApplication.translate("Labels", "erased"),
        "password": QCoreApplication.translate("Labels", "password changed"),
        "activate": QCoreApplication.translate("Labels", "activated"),
        "deactivate": QCoreApplication.translate("Labels", "deactivated"),
    }
    return names.get(code, code)


def mode(code: str) -> str:
    """The database's mode."""
    return (
        QCoreApplication.translate("Labels", "Central office")
        if code == "central"
        else QCoreApplication.translate("Labels", "Info Spot office")
    )


def field_name(name: str) -> str:
    """A stored field's name, for the readable history."""
    names = {
        "legal_name": QCoreApplication.translate("Labels", "Legal name"),
        "short_name": QCoreApplication.translate("Labels", "Short name"),
        "tax_id": QCoreApplication.translate("Labels", "Tax ID"),
        "tax_office": QCoreApplication.translate("Labels", "Tax office"),
        "mersis_no": QCoreApplication.translate("Labels", "MERSIS no."),
        "province": QCoreApplication.translate("Labels", "Province"),
        "district": QCoreApplication.translate("Labels", "District"),
        "address": QCoreApplication.translate("Labels", "Address"),
        "phone": QCoreApplication.translate("Labels", "Phone"),
        "email": QCoreApplication.translate("Labels", "E-mail"),
        "web": QCoreApplication.translate("Labels", "Web site"),
        "nace_code": QCoreApplication.translate("Labels", "Sector (NACE)"),
        "founding_year": QCoreApplication.translate("Labels", "Founding year"),
        "employees": QCoreApplication.translate("Labels", "Employees"),
        "annual_turnover": QCoreApplication.translate("Labels", "Annual turnover"),
        "export_share": QCoreApplication.translate("Labels", "Export share"),
        "size_class": QCoreApplication.translate("Labels", "Size"),
        "notes": QCoreApplication.translate("Labels", "Notes"),
        "full_name": QCoreApplication.translate("Labels", "Full name"),
        "position": QCoreApplication.translate("Labels", "Position"),
        "gender": QCoreApplication.translate("Labels", "Gender"),
        "company_id": QCoreApplication.translate("Labels", "Company"),
        "erased_at": QCoreApplication.translate("Labels", "Erased"),
    }
    return names.get(name, name)


def table_name(name: str) -> str:
    """What kind of record a table holds."""
    names = {
        "companies": QCoreApplication.translate("Labels", "Company"),
        "people": QCoreApplication.translate("Labels", "Person"),
        "consents": QCoreApplication.translate("Labels", "Consent"),
        "visits": QCoreApplication.translate("Labels", "Visit"),
        "users": QCoreApplication.translate("Labels", "User"),
    }
    return names.get(name, name)
