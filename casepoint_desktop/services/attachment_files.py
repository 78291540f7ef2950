"""The stored copies of attached files: parts in the database, hashes and temporary copies.

Used by services.attachments, which checks who may see what; nothing here checks permissions.
"""

from __future__ import annotations

import atexit
import contextlib
import hashlib
import logging
import os
import re
import shutil
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

from casepoint_desktop.data.case_plan_models import Attachment, AttachmentPart
from casepoint_desktop.services.errors import ServiceError

log = logging.getLogger(__name__)

PART_SIZE = 1024 * 1024

# Media types the program shows itself; everything else opens in the system's viewer.
IMAGE_TYPES = frozenset({"image/jpeg", "image/png", "image/gif", "image/bmp", "image/webp"})
PDF_TYPE = "application/pdf"

# (leading bytes, media type, file name extension for the temporary copy)
_SIGNATURES: tuple[tuple[bytes, str, str], ...] = (
    (b"%PDF-", PDF_TYPE, ".pdf"),
    (b"\xff\xd8\xff", "image/jpeg", ".jpg"),
    (b"\x89PNG\r\n\x1a\n", "image/png", ".png"),
    (b"GIF87a", "image/gif", ".gif"),
    (b"GIF89a", "image/gif", ".gif"),
    (b"BM", "image/bmp", ".bmp"),
    (b"II*\x00", "image/tiff", ".tif"),
    (b"MM\x00*", "image/tiff", ".tif"),
)
_SAFE_EXTENSION = re.compile(r"^\.[A-Za-z0-9]{1,8}$")


ProgressCallback = Callable[[int, int], bool]
"""Called with (bytes read, bytes in all) while a file is added; return False to cancel."""


class AttachmentDamaged(ServiceError):
    """The stored copy of an attachment no longer matches the hash taken when it was added."""


class AttachmentCancelled(ServiceError):
    """The user cancelled adding a file; nothing was saved."""


def damaged_attachments() -> list[int]:
    """Return the ids of every attachment whose stored copy does not match its hash.

    Reads every stored file; meant for the integrity check, not for screens.
    """
    damaged = []
    for attachment in Attachment.select().order_by(Attachment.id):
        digest = hashlib.sha256()
        size = 0
        for data in read_parts(attachment.id):
            digest.update(data)
            size += len(data)
        if digest.hexdigest() != attachment.sha256 or size != attachment.size_bytes:
            damaged.append(attachment.id)
    return damaged


_private_folder_path: Path | None = None


def remove_temporary_copies() -> None:
    """Delete the private folder of temporary copies, if one was made."""
    global _private_folder_path
    folder, _private_folder_path = _private_folder_path, None
    if folder is None:
        return
    # Windows refuses to delete read-only files.
    with contextlib.suppress(OSError):
        for path in folder.iterdir():
            path.chmod(0o600)
    shutil.rmtree(folder, ignore_errors=True)


def private_folder() -> Path:
    """Return the program's private folder for temporary copies, making it when needed."""
    global _private_folder_path
    if _private_folder_path is None or not _private_folder_path.is_dir():
        # mkdtemp makes the folder readable by this user only.
        _private_folder_path = Path(tempfile.mkdtemp(prefix="casepoint-attachments-"))
    return _private_folder_path


atexit.register(remove_temporary_copies)


def store_parts(
    attachment_id: int,
    source: Path,
    expected_size: int,
    check_size: Callable[[int], None],
    progress: ProgressCallback | None,
) -> tuple[str, int, bytes]:
    """Copy the file at `source` into parts of `attachment_id`.

    Returns its hash, its size and its first bytes. `check_size` is called with the size
    read so far and raises when the file grew past the limit while it was read.

    Raises:
        OSError: the file cannot be read.
        AttachmentCancelled: `progress` returned False.
    """
    digest = hashlib.sha256()
    size = 0
    head = b""
    with source.open("rb") as file:
        part = 0
        while data := file.read(PART_SIZE):
            head = head or data[:16]
            size += len(data)
            check_size(size)
            digest.update(data)
            AttachmentPart.create(attachment=attachment_id, part=part, data=data)
            part += 1
            if progress is not None and not progress(size, max(expected_size, size)):
                raise AttachmentCancelled("Adding the file was cancelled; nothing was saved.")
    return digest.hexdigest(), size, head


def read_parts(attachment_id: int) -> Iterator[bytes]:
    """Yield the stored parts of an attachment in order."""
    query = (
        AttachmentPart.select(AttachmentPart.data)
        .where(AttachmentPart.attachment == attachment_id)
        .order_by(AttachmentPart.part)
        .tuples()
    )
    for (data,) in query.iterator():
        yield bytes(data)


def verify(attachment: Attachment, digest: str, size: int) -> None:
    """Raise AttachmentDamaged unless `digest` and `size` are those taken when it was added."""
    if digest != attachment.sha256 or size != attachment.size_bytes:
        log.error("Attachment %d does not match its stored hash", attachment.id)
        raise AttachmentDamaged(
            f"The stored copy of “{attachment.file_name}” is damaged: it no longer matches "
            "the file that was attached, so it is not shown. Restore the database from a "
            "backup made after the file was added, or attach the file again."
        )


def write_checked(attachment: Attachment, folder: Path) -> Path:
    """Write the file into `folder` under a temporary name, check it, and return the path."""
    descriptor, name = tempfile.mkstemp(prefix=".casepoint-", suffix=".part", dir=folder)
    temporary = Path(name)
    digest = hashlib.sha256()
    size = 0
    try:
        with os.fdopen(descriptor, "wb") as file:
            for data in read_parts(attachment.id):
                digest.update(data)
                size += len(data)
                file.write(data)
            file.flush()
            os.fsync(file.fileno())
        verify(attachment, digest.hexdigest(), size)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    return temporary


def media_type_of(head: bytes) -> str:
    """Return the media type that a file's first 16 bytes show, by their signature."""
    for signature, media_type, _ in _SIGNATURES:
        if head.startswith(signature):
            return media_type
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "image/webp"
    return "application/octet-stream"


def extension_for(attachment: Attachment) -> str:
    """Return a safe file name extension for a temporary copy of the attachment."""
    for _, media_type, extension in _SIGNATURES:
        if media_type == attachment.media_type:
            return extension
    if attachment.media_type == "image/webp":
        return ".webp"
    # The system viewer picks a program by the extension. Only a short run of letters and
    # digits is taken from the user's file name, so nothing path-like reaches the file system.
    extension = os.path.splitext(attachment.file_name)[1]
    return extension.lower() if _SAFE_EXTENSION.match(extension) else ".bin"
