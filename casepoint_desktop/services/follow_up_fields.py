"""Follow-up fields shared by goals and action steps: the projected follow-up and its completion.

A follow-up with a projected date, a provider and a user appears on that user's Follow Up
List until its completion (actual date or made-by user) is filled in.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import date

from casepoint_desktop.data.case_plan_models import FollowUpMixin
from casepoint_desktop.data.models import User
from casepoint_desktop.services.case_managers import provider_choices, provider_users
from casepoint_desktop.services.errors import ValidationError
from casepoint_desktop.services.input_checks import add_unstorable_text_errors, get_by_id_or_none
from casepoint_desktop.services.session import Session


@dataclass
class FollowUpInput:
    """The follow-up fields of the goal and action step dialogs; every field may be blank."""

    followup_date: date | None = None
    followup_provider_id: int | None = None
    followup_user_id: int | None = None
    followup_actual_date: date | None = None
    followup_made_by_id: int | None = None
    followup_notes: str = ""

    @classmethod
    def from_record(cls, record: FollowUpMixin) -> FollowUpInput:
        return cls(
            followup_date=record.followup_date,
            followup_provider_id=record.followup_provider_id,
            followup_user_id=record.followup_user_id,
            followup_actual_date=record.followup_actual_date,
            followup_made_by_id=record.followup_made_by_id,
            followup_notes=record.followup_notes,
        )

    def record_fields(self) -> dict[str, object]:
        """Return the values keyed by the model's field names, for create or setattr."""
        return {
            "followup_date": self.followup_date,
            "followup_provider": self.followup_provider_id,
            "followup_user": self.followup_user_id,
            "followup_actual_date": self.followup_actual_date,
            "followup_made_by": self.followup_made_by_id,
            "followup_notes": self.followup_notes,
        }


def validate_follow_up(
    session: Session, data: FollowUpInput, today: date | None = None
) -> FollowUpInput:
    """Return a cleaned copy of `data`; `today` defaults to the local date.

    Raises:
        ValidationError: with a message per field: "followup_date", "followup_provider",
            "followup_user", "followup_actual_date", "followup_made_by" or "followup_notes".
    """
    today = today or date.today()
    cleaned = FollowUpInput(**asdict(data))
    errors: dict[str, str] = {}

    if cleaned.followup_provider_id is not None and cleaned.followup_provider_id not in {
        provider.id for provider in provider_choices(session)
    }:
        errors["followup_provider"] = (
            "Choose your home provider or one of your Enter Data As providers as the "
            "follow-up provider."
        )

    projected = cleaned.followup_date is not None
    if projected:
        if cleaned.followup_provider_id is None:
            errors.setdefault("followup_provider", "A follow-up date needs a follow-up provider.")
        if cleaned.followup_user_id is None:
            errors["followup_user"] = "A follow-up date needs a follow-up user."
    else:
        if cleaned.followup_user_id is not None or cleaned.followup_provider_id is not None:
            errors["followup_date"] = (
                "Enter the projected follow-up date, or clear the follow-up provider and user."
            )

    if (
        cleaned.followup_user_id is not None
        and cleaned.followup_provider_id is not None
        and "followup_provider" not in errors
        and cleaned.followup_user_id
        not in {user.id for user in provider_users(cleaned.followup_provider_id)}
    ):
        errors["followup_user"] = (
            "Choose an active user of the follow-up provider as the follow-up user."
        )

    completed = cleaned.followup_actual_date is not None or cleaned.followup_made_by_id is not None
    if completed and not projected:
        errors["followup_actual_date"] = (
            "Enter the projected follow-up before recording that it was made."
        )
    if cleaned.followup_actual_date is not None and cleaned.followup_actual_date > today:
        errors["followup_actual_date"] = (
            f"The actual follow-up date {cleaned.followup_actual_date.isoformat()} is in the "
            "future. Enter the date the follow-up was made."
        )
    if (
        cleaned.followup_made_by_id is not None
        and get_by_id_or_none(User, cleaned.followup_made_by_id) is None
    ):
        errors["followup_made_by"] = "The user who made the follow-up no longer exists."
    add_unstorable_text_errors({"followup_notes": cleaned.followup_notes}, errors)

    if errors:
        raise ValidationError(errors)
    return cleaned
