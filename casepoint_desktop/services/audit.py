"""The audit log: who created, changed, deleted, viewed or printed which record, and when."""

from __future__ import annotations

import json
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from casepoint_desktop.data.models import AuditEntry
from casepoint_desktop.services.session import Session


def _plain(value: Any) -> Any:
    if isinstance(value, date | datetime):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if hasattr(value, "id") and hasattr(value, "_meta"):
        return value.id
    return value


def record(
    session: Session | None,
    action: str,
    record_type: str,
    record_id: int | None,
    client_id: int | None = None,
    changes: dict[str, tuple[Any, Any]] | None = None,
) -> AuditEntry:
    """Insert and return an audit entry; call it inside the transaction of the change.

    Args:
        action: "create", "update", "delete", "view", "print", "export", "import" or "login".
        changes: for "update", {field: (old, new)} of the fields that changed; for
            "create" and "delete", {field: (None, value)} or {field: (value, None)}.
    """
    payload = None
    if changes:
        payload = json.dumps(
            {name: [_plain(old), _plain(new)] for name, (old, new) in changes.items()},
            ensure_ascii=False,
        )
    return AuditEntry.create(
        user=session.user if session else None,
        provider=session.provider if session else None,
        action=action,
        record_type=record_type,
        record_id=record_id,
        client_id=client_id,
        changes=payload,
    )


def diff(old: dict[str, Any], new: dict[str, Any]) -> dict[str, tuple[Any, Any]]:
    """Return {field: (old, new)} for the fields whose value differs."""
    return {name: (old.get(name), value) for name, value in new.items() if old.get(name) != value}
