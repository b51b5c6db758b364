"""Removable drives (USB sticks) mounted now, offered first when a package is saved."""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QStorageInfo

# Where desktop Linux mounts removable media (udisks2, older automounters).
REMOVABLE_ROOTS = ("/media/", "/run/media/", "/mnt/")
SYSTEM_FILESYSTEMS = {"tmpfs", "devtmpfs", "proc", "sysfs", "squashfs", "overlay", "ramfs"}


@dataclass(frozen=True)
class Drive:
    """A mounted drive a package can be saved to."""

    name: str
    path: Path
    free_bytes: int


def looks_removable(root: str, filesystem: str, is_root: bool, system: str = sys.platform) -> bool:
    """True for a mount that looks like a USB stick rather than a system or network volume."""
    if is_root or filesystem.lower() in SYSTEM_FILESYSTEMS:
        return False
    if system.startswith("win"):
        letter = root[:1].upper()
        return len(root) <= 3 and root[1:2] == ":" and letter not in ("C", "")
    if system == "darwin":
        return root.startswith("/Volumes/")
    return root.startswith(REMOVABLE_ROOTS)


def removable_drives() -> list[Drive]:
    """Ready, writable, removable-looking volumes mounted now, by name."""
    found = []
    for volume in QStorageInfo.mountedVolumes():
        if not volume.isValid() or not volume.isReady() or volume.isReadOnly():
            continue
        filesystem = bytes(volume.fileSystemType().data()).decode("ascii", "replace")
        if not looks_removable(volume.rootPath(), filesystem, volume.isRoot()):
            continue
        name = volume.displayName() or volume.name() or volume.rootPath()
        found.append(Drive(name, Path(volume.rootPath()), volume.bytesAvailable()))
    return sorted(found, key=lambda d: d.name.casefold())
