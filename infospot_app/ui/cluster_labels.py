"""Translated names of the codes of clusters, benchmarking, productivity and grants."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def _t(text: str) -> str:
    return QCoreApplication.translate("ClusterLabels", text)


def _names(group: str) -> dict[str, str]:
    groups = {
        "stage": {
            "identified": _t("Identified"),
            "analysis": _t("Analysis"),
            "road_map": _t("Road map"),
            "implementation": _t("Implementation"),
            "established": _t("Established"),
        },
        "role": {
            "member": _t("Member"),
            "lead_firm": _t("Lead firm"),
            "supplier": _t("Supplier"),
            "other": _t("Other"),
        },
        "activity": {
            "supply_chain_analysis": _t("Supply-chain analysis"),
            "value_chain_analysis": _t("Value-chain analysis"),
            "workshop": _t("Workshop"),
            "b2b_meeting": _t("B2B meeting"),
            "study_visit": _t("Study visit"),
            "fair": _t("Fair"),
            "other": _t("Other"),
        },
        "scheme": {"national": _t("National Benchmarking System"), "esca": _t("ESCA")},
        "label": {
            "none": _t("No label"),
            "bronze": _t("Bronze"),
            "silver": _t("Silver"),
            "gold": _t("Gold"),
        },
        "area": {
            "structure": _t("Structure"),
            "governance": _t("Governance"),
            "financing": _t("Financing"),
            "services": _t("Services"),
            "interaction": _t("Interaction"),
            "achievements": _t("Achievements"),
        },
        "kind": {"baseline": _t("Baseline"), "follow_up": _t("Follow-up")},
        "programme": {
            "ur_ge": _t("UR-GE"),
            "kosgeb": _t("KOSGEB"),
            "development_agency": _t("Development agency"),
            "eu": _t("EU"),
            "other": _t("Other"),
        },
        "status": {
            "draft": _t("Draft"),
            "submitted": _t("Submitted"),
            "approved": _t("Approved"),
            "rejected": _t("Rejected"),
            "withdrawn": _t("Withdrawn"),
        },
    }
    return groups[group]


def code_name(group: str, code: str | None) -> str:
    """The translated name of ``code`` in ``group`` (stage, role, activity, scheme, label,
    area, kind, programme, status); the code itself if unknown."""
    if not code:
        return ""
    return _names(group).get(code, code)


def code_items(group: str) -> list[tuple[str, str]]:
    """(name, code) pairs of a group, in their defined order, for a combo box."""
    return [(name, code) for code, name in _names(group).items()]
