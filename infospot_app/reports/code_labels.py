"""Readable Turkish and English names of the codes stored in the database, for documents.

The screens translate these with Qt (``ui/labels.py``); reports and exports run without Qt.
"""

from __future__ import annotations

from ..core.reference import find_province

LABELS: dict[str, dict[str, tuple[str, str]]] = {
    "size_class": {
        "micro": ("Mikro", "Micro"),
        "small": ("Küçük", "Small"),
        "medium": ("Orta", "Medium"),
        "large": ("Büyük", "Large"),
    },
    "gender": {
        "female": ("Kadın", "Female"),
        "male": ("Erkek", "Male"),
        "other": ("Diğer", "Other"),
        "unspecified": ("Belirtilmemiş", "Not stated"),
    },
    "visit_type": {
        "first_contact": ("İlk temas", "First contact"),
        "needs_analysis": ("İhtiyaç analizi", "Needs analysis"),
        "follow_up": ("İzleme", "Follow-up"),
        "cluster_meeting": ("Küme toplantısı", "Cluster meeting"),
        "grant_support": ("Hibe desteği", "Grant support"),
        "other": ("Diğer", "Other"),
    },
    "training_status": {
        "planned": ("Planlandı", "Planned"),
        "held": ("Yapıldı", "Held"),
        "cancelled": ("İptal edildi", "Cancelled"),
    },
    "cluster_stage": {
        "identified": ("Belirlendi", "Identified"),
        "analysis": ("Analiz", "Analysis"),
        "road_map": ("Yol haritası", "Road map"),
        "implementation": ("Uygulama", "Implementation"),
        "established": ("Kuruldu", "Established"),
    },
    "member_role": {
        "member": ("Üye", "Member"),
        "lead_firm": ("Lider firma", "Lead firm"),
        "supplier": ("Tedarikçi", "Supplier"),
        "other": ("Diğer", "Other"),
    },
    "programme": {
        "ur_ge": ("UR-GE", "UR-GE"),
        "kosgeb": ("KOSGEB", "KOSGEB"),
        "development_agency": ("Kalkınma ajansı", "Development agency"),
        "eu": ("AB", "EU"),
        "other": ("Diğer", "Other"),
    },
    "grant_status": {
        "draft": ("Taslak", "Draft"),
        "submitted": ("Başvuruldu", "Submitted"),
        "approved": ("Onaylandı", "Approved"),
        "rejected": ("Reddedildi", "Rejected"),
        "withdrawn": ("Geri çekildi", "Withdrawn"),
    },
    "measurement_kind": {
        "baseline": ("Başlangıç", "Baseline"),
        "follow_up": ("İzleme", "Follow-up"),
    },
    "yes_no": {"yes": ("Evet", "Yes"), "no": ("Hayır", "No")},
}


def label(group: str, code: str | None, lang: str = "tr") -> str:
    """The name of ``code`` in ``group`` ("" for None; the code itself if unknown)."""
    if not code:
        return ""
    names = LABELS[group].get(code)
    if names is None:
        return code
    return names[1] if lang == "en" else names[0]


def yes_no(value: bool, lang: str = "tr") -> str:
    """ "Evet"/"Hayır" or "Yes"/"No"."""
    return label("yes_no", "yes" if value else "no", lang)


def province_name(code: str | None) -> str:
    """ "TR-19" → "Çorum" (the code itself if unknown, "" for none)."""
    if not code:
        return ""
    found = find_province(code)
    return found.name if found is not None else code


def province_names(codes: str | None) -> str:
    """ "TR-19,TR-55" → "Çorum, Samsun"."""
    return ", ".join(province_name(c) for c in (codes or "").split(",") if c)
