"""Test files for the viewers: a JPEG with an EXIF orientation, a PNG and a PDF of N pages."""

from __future__ import annotations

import struct

from fpdf import FPDF
from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QColor, QImage, QPainter

EXIF_ORIENTATION_TAG = 0x0112
TIFF_SHORT = 3
# EXIF orientation 6: a viewer turns the stored pixels 90° clockwise to show the photo upright.
ROTATE_90_CLOCKWISE = 6


def image_bytes(width: int, height: int, image_format: str) -> bytes:
    """Return a `width` × `height` image, left third red and the rest blue, in `image_format`."""
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("blue"))
    painter = QPainter(image)
    painter.fillRect(0, 0, width // 3, height, QColor("red"))
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    assert image.save(buffer, image_format)
    buffer.close()
    return bytes(data.data())


def exif_segment(orientation: int) -> bytes:
    """Return a JPEG APP1 segment whose EXIF data has only the orientation tag."""
    entry = struct.pack(">HHIHH", EXIF_ORIENTATION_TAG, TIFF_SHORT, 1, orientation, 0)
    # Big-endian TIFF header, first IFD at offset 8, one entry, no next IFD.
    tiff = b"MM\x00\x2a" + struct.pack(">I", 8) + struct.pack(">H", 1) + entry + b"\x00" * 4
    payload = b"Exif\x00\x00" + tiff
    return b"\xff\xe1" + struct.pack(">H", len(payload) + 2) + payload


def jpeg_with_orientation(width: int, height: int, orientation: int) -> bytes:
    """Return a JPEG of `width` × `height` pixels tagged with an EXIF `orientation`."""
    jpeg = image_bytes(width, height, "JPEG")
    assert jpeg[:2] == b"\xff\xd8"
    # The APP1 segment goes right after the start-of-image marker.
    return jpeg[:2] + exif_segment(orientation) + jpeg[2:]


def pdf_bytes(page_count: int) -> bytes:
    """Return an A4 PDF document with "Page N" on each of its `page_count` pages."""
    pdf = FPDF()
    pdf.set_font("Helvetica", size=28)
    for number in range(1, page_count + 1):
        pdf.add_page()
        pdf.cell(0, 20, f"Page {number}")
    return bytes(pdf.output())
