"""The Cluster Info Spots (Kümelenme Bilgi Noktaları) of the project and the central office."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["CENTRAL_OFFICE", "OFFICES", "OfficeInfo", "office_info"]


@dataclass(frozen=True, slots=True)
class OfficeInfo:
    """An office as first installed; the Office table may add more (81 provinces exist)."""

    code: str
    name: str
    province_code: str
    host: str
    central: bool = False


OFFICES: tuple[OfficeInfo, ...] = (
    OfficeInfo("TR19", "Çorum Kümelenme Bilgi Noktası", "TR-19", "Çorum Ticaret ve Sanayi Odası"),
    OfficeInfo(
        "TR27",
        "Gaziantep Kümelenme Bilgi Noktası",
        "TR-27",
        "Güneydoğu Anadolu İhracatçı Birlikleri",
    ),
    OfficeInfo(
        "TR46",
        "Kahramanmaraş Kümelenme Bilgi Noktası",
        "TR-46",
        "Kahramanmaraş Ticaret ve Sanayi Odası",
    ),
    OfficeInfo("TR55", "Samsun Kümelenme Bilgi Noktası", "TR-55", "Samsun Ticaret ve Sanayi Odası"),
    OfficeInfo(
        "TR61", "Trabzon Kümelenme Bilgi Noktası", "TR-61", "Trabzon Ticaret ve Sanayi Odası"
    ),
    OfficeInfo(
        "HQ",
        "Merkezi Proje Birimi",
        "TR-06",
        "Ekonomi Bakanlığı — Merkezi Proje Birimi",
        central=True,
    ),
)

CENTRAL_OFFICE: OfficeInfo = next(o for o in OFFICES if o.central)


def office_info(code: str) -> OfficeInfo:
    """The office with this code (case-insensitive); raises KeyError if unknown."""
    wanted = (code or "").strip().upper()
    for office in OFFICES:
        if office.code == wanted:
            return office
    raise KeyError(code)
