#!/usr/bin/env python3
"""Render the application icon (resources/icons/counsel-desk.svg) for the packages.

    QT_QPA_PLATFORM=offscreen python packaging/make_icons.py

writes packaging/icons/:
  counsel-desk.svg        a copy of the source (the scalable icon on Linux)
  counsel-desk-<N>.png    N = 16, 32, 48, 64, 128, 256, 512 (Linux icon theme sizes;
                          installed as hicolor/<N>x<N>/apps/org.counseldesk.CounselDesk.png)
  counsel-desk.ico        Windows (PyInstaller, Inno Setup): PNG entries 16 … 256
  counsel-desk.icns       macOS (PyInstaller BUNDLE): PNG entries 16 … 1024

The PNGs are committed; run this again after changing the SVG. Needs only PySide6
(QtSvg is part of PySide6-Essentials).
"""

from __future__ import annotations

import os
import shutil
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parents[1]
SOURCE = ROOT / "resources" / "icons" / "counsel-desk.svg"
OUT = ROOT / "packaging" / "icons"
SIZES = (16, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# .icns element types holding PNG data, by pixel size.
ICNS_TYPES = ((16, b"icp4"), (32, b"icp5"), (64, b"icp6"), (128, b"ic07"), (256, b"ic08"),
              (512, b"ic09"), (1024, b"ic10"))  # fmt: skip


def render(renderer: QSvgRenderer, size: int) -> bytes:
    """The SVG drawn into a transparent size×size image, as PNG bytes."""
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise SystemExit(f"could not encode a {size}px PNG")
    buffer.close()
    return bytes(data.data())


def ico(images: dict[int, bytes]) -> bytes:
    """A Windows .ico whose entries are PNGs (supported since Windows Vista)."""
    sizes = sorted(images)
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = len(header) + 16 * len(sizes)
    entries, blobs = b"", b""
    for size in sizes:
        blob = images[size]
        dim = 0 if size >= 256 else size  # 0 means 256
        entries += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(blob), offset)
        blobs += blob
        offset += len(blob)
    return header + entries + blobs


def icns(images: dict[int, bytes]) -> bytes:
    """A macOS .icns whose elements are PNGs."""
    body = b""
    for size, kind in ICNS_TYPES:
        if size in images:
            body += kind + struct.pack(">I", 8 + len(images[size])) + images[size]
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        raise SystemExit(f"not a valid SVG: {SOURCE}")
    OUT.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(SOURCE, OUT / "counsel-desk.svg")
    wanted = sorted({*SIZES, *ICO_SIZES, *(s for s, _ in ICNS_TYPES)})
    images = {size: render(renderer, size) for size in wanted}
    for size in SIZES:
        (OUT / f"counsel-desk-{size}.png").write_bytes(images[size])
    (OUT / "counsel-desk.ico").write_bytes(ico({s: images[s] for s in ICO_SIZES}))
    (OUT / "counsel-desk.icns").write_bytes(icns(images))
    print(f"wrote {len(SIZES)} PNG sizes, .ico and .icns to {OUT.relative_to(ROOT)}")
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
