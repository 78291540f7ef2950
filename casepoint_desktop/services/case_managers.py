"""Case-manager assignments: who manages a client's case, for which provider and time span.

The person is a program user (a user of a chosen provider, or the logged-in user: "Me") or,
for case managers of other agencies, a free-text name.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field
from datetime import date

import peewee

from casepoint_desktop.data.case_plan_models import (
    CaseManagerAssignment,
    CaseManagerMember,
    CaseNote,
    Goal,
)
from casepoint_desktop.data.database import db
from casepoint_desktop.data.models import Client, Provider, User, UserProvider
from casepoint_desktop.services import audit, households, record_versions
from casepoint_desktop.services.errors import NotFound, ServiceError, ValidationError
from casepoint_desktop.services.input_checks import add_unstorable_text_errors, get_by_id_or_none
from casepoint_desktop.services.phones import normalize_phone
from casepoint_desktop.services.session import Session, allowed_providers

EMAIL_PATTERN = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
MAX_NAME_LENGTH = 200


@dataclass
class AssignmentInput:
    """The fields of the Add Case Manager dialog.

    "Me" is `user_id` of the logged-in user; "Other" is `user_id` None with `other_name`.
    `member_ids` are the client IDs of household members the case manager also works with.
    """

    user_id: int | None
    provider_id: int | None
    start_date: date | None
    end_date: date | None = None
    other_name: str = ""
    other_agency_uses_program: bool = False
    title: str = ""
    phone: str = ""
    email: str = ""
    member_ids: list[int] = field(default_factory=list)

    @classmethod
    def from_assignment(cls, assignment: CaseManagerAssignment) -> AssignmentInput:
        members = CaseManagerMember.select(CaseManagerMember.client).where(
            CaseManagerMember.assignment == assignment.id
        )
        return cls(
            user_id=assignment.user_id,
            provider_id=assignment.provider_id,
            start_date=assignment.start_date,
            end_date=assignment.end_date,
            other_name=assignment.other_name,
            other_agency_uses_program=assignment.other_agency_uses_program,
            title=assignment.title,
            phone=assignment.phone,
            email=assignment.email,
            member_ids=sorted(member.client_id for member in members),
        )


def validate(session: Session, client_id: int, data: AssignmentInput) -> AssignmentInput:
    """Return a cleaned copy of `data` with the phone number normalised.

    Raises:
        ValidationError: with a message per field: "person", "provider", "start_date",
            "end_date", "title", "phone", "email" or "members".
    """
    cleaned = AssignmentInput(**asdict(data))
    cleaned.other_name = cleaned.other_name.strip()
    cleaned.title = cleaned.title.strip()
    cleaned.email = cleaned.email.strip()
    errors: dict[str, str] = {}

    if cleaned.user_id is None and not cleaned.other_name:
        errors["person"] = "Choose a user, choose Me, or enter the name of the case manager."
    elif cleaned.user_id is not None:
        cleaned.other_name = ""
        cleaned.other_agency_uses_program = False
        if get_by_id_or_none(User, cleaned.user_id) is None:
            errors["person"] = "The chosen user no longer exists. Choose another."
    elif len(cleaned.other_name) > MAX_NAME_LENGTH:
        errors["person"] = f"Enter a name of at most {MAX_NAME_LENGTH} characters."

    if cleaned.provider_id is None:
        errors["provider"] = "The provider is required."
    elif cleaned.provider_id not in {provider.id for provider in provider_choices(session)}:
        errors["provider"] = "Choose your home provider or one of your Enter Data As providers."

    if cleaned.start_date is None:
        errors["start_date"] = "The start date is required."
    elif cleaned.end_date is not None and cleaned.end_date < cleaned.start_date:
        errors["end_date"] = (
            f"The end date {cleaned.end_date.isoformat()} is before the start date "
            f"{cleaned.start_date.isoformat()}."
        )

    try:
        cleaned.phone = normalize_phone(cleaned.phone)
    except ValueError as error:
        errors["phone"] = str(error)

    if cleaned.email and not EMAIL_PATTERN.match(cleaned.email):
        errors["email"] = "Enter an e-mail address such as name@example.org."

    allowed_members = {client.id for client in household_member_choices(client_id)}
    if not set(cleaned.member_ids) <= allowed_members:
        errors["members"] = "Choose only members of the client's household."
    cleaned.member_ids = sorted(set(cleaned.member_ids))

    add_unstorable_text_errors(
        {
            "person": cleaned.other_name,
            "title": data.title,
            "phone": data.phone,
            "email": data.email,
        },
        errors,
    )

    if errors:
        raise ValidationError(errors)
    return cleaned


def overlapping_assignments(
    client_id: int, data: AssignmentInput, exclude_id: int | None = None
) -> list[CaseManagerAssignment]:
    """Return the client's assignments of the same user whose dates overlap those of `data`.

    An assignment without an end date runs on indefinitely. "Other" case managers are
    never reported, because free-text names cannot be compared reliably.
    """
    if data.user_id is None or data.start_date is None:
        return []

    query = CaseManagerAssignment.select().where(
        (CaseManagerAssignment.client == client_id)
        & (CaseManagerAssignment.user == data.user_id)
        & (
            CaseManagerAssignment.end_date.is_null()
            | (CaseManagerAssignment.end_date >= data.start_date)
        )
    )
    if data.end_date is not None:
        query = query.where(CaseManagerAssignment.start_date <= data.end_date)
    if exclude_id is not None:
        query = query.where(CaseManagerAssignment.id != exclude_id)
    return list(query.order_by(CaseManagerAssignment.start_date))


def create_assignment(
    session: Session, client_id: int, data: AssignmentInput
) -> CaseManagerAssignment:
    """Validate and insert an assignment with its household members.

    Raises:
        ValidationError, PermissionDenied, NotFound.
    """
    session.require_write()
    with db.atomic():
        if get_by_id_or_none(Client, client_id) is None:
            raise NotFound(f"Client {client_id} was not found. It may have been deleted.")
        cleaned = validate(session, client_id, data)
        assignment = CaseManagerAssignment.create(
            client=client_id,
            created_by=session.user,
            **_record_fields(cleaned),
        )
        _replace_members(assignment, cleaned.member_ids)
        audit.record(
            session,
            "create",
            "case_manager_assignment",
            assignment.id,
            client_id,
            {name: (None, value) for name, value in asdict(cleaned).items() if value},
        )
    return assignment


def update_assignment(
    session: Session, assignment_id: int, data: AssignmentInput, *, expected_version: int
) -> CaseManagerAssignment:
    """Validate and save changes to an assignment; the audit entry keeps the old values.

    Args:
        expected_version: the `version` of the assignment as the user loaded it. A save
            that changes nothing succeeds at any version and returns the assignment as stored.

    Returns:
        The assignment as stored after the save, with its new version.

    Raises:
        RecordChanged: the assignment changed after the user loaded it; nothing was written.
        ValidationError, PermissionDenied, NotFound.
    """
    session.require_write()
    with db.atomic():
        assignment = get_assignment(assignment_id)
        session.require_provider(assignment.provider)
        cleaned = validate(session, assignment.client_id, data)
        stored = AssignmentInput.from_assignment(assignment)
        changes = audit.diff(asdict(stored), asdict(cleaned))
        if not changes:
            return assignment

        record_versions.check_version(
            session,
            assignment,
            expected_version,
            "case_manager_assignment",
            assignment.client_id,
            lambda: stored,
        )
        if not record_versions.update_if_unchanged(
            CaseManagerAssignment, assignment.id, expected_version, _record_fields(cleaned)
        ):
            record_versions.raise_changed_since_read(
                session,
                get_assignment,
                assignment.id,
                "case_manager_assignment",
                assignment.client_id,
                AssignmentInput.from_assignment,
            )
        _replace_members(assignment, cleaned.member_ids)
        audit.record(
            session,
            "update",
            "case_manager_assignment",
            assignment.id,
            assignment.client_id,
            changes,
        )
    return get_assignment(assignment.id)


def delete_assignment(session: Session, assignment_id: int, *, expected_version: int) -> None:
    """Delete an assignment that no goal or case note names.

    Args:
        expected_version: the `version` of the assignment as the user loaded it.

    Raises:
        RecordChanged: the assignment changed after the user loaded it; nothing was deleted.
        ServiceError: goals or case notes name the assignment, so it must stay in their
            history; the message suggests an end date instead.
        PermissionDenied, NotFound.
    """
    session.require_write()
    with db.atomic():
        assignment = get_assignment(assignment_id)
        session.require_provider(assignment.provider)
        stored = AssignmentInput.from_assignment(assignment)
        record_versions.check_version(
            session,
            assignment,
            expected_version,
            "case_manager_assignment",
            assignment.client_id,
            lambda: stored,
            "delete",
        )
        goal_count = Goal.select().where(Goal.case_manager == assignment.id).count()
        note_count = CaseNote.select().where(CaseNote.case_manager == assignment.id).count()
        if goal_count or note_count:
            raise ServiceError(
                f"{display_name(assignment)} is named on {_count(goal_count, 'goal')} and "
                f"{_count(note_count, 'case note')} of this client, so the assignment stays "
                "in their history. Set an end date instead of deleting it."
            )
        audit.record(
            session,
            "delete",
            "case_manager_assignment",
            assignment.id,
            assignment.client_id,
            {name: (value, None) for name, value in asdict(stored).items() if value},
        )
        if not record_versions.delete_if_unchanged(
            CaseManagerAssignment, assignment.id, expected_version
        ):
            record_versions.raise_changed_since_read(
                session,
                get_assignment,
                assignment.id,
                "case_manager_assignment",
                assignment.client_id,
                AssignmentInput.from_assignment,
                "delete",
            )


def get_assignment(assignment_id: int) -> CaseManagerAssignment:
    """Return the assignment with `assignment_id`.

    Raises:
        NotFound: no such assignment.
    """
    assignment = get_by_id_or_none(CaseManagerAssignment, assignment_id)
    if assignment is None:
        raise NotFound(
            f"Case manager assignment {assignment_id} was not found. It may have been deleted."
        )
    return assignment


def assignments_for_client(
    client_id: int, today: date | None = None
) -> list[CaseManagerAssignment]:
    """Return the client's assignments, active ones first, then by start date, newest first.

    Each assignment comes with its user and provider loaded, so listing them runs one query.
    """
    today = today or date.today()
    query = (
        CaseManagerAssignment.select(CaseManagerAssignment, User, Provider)
        .join(User, peewee.JOIN.LEFT_OUTER, on=(CaseManagerAssignment.user == User.id))
        .switch(CaseManagerAssignment)
        .join(Provider, on=(CaseManagerAssignment.provider == Provider.id))
        .where(CaseManagerAssignment.client == client_id)
    )
    assignments = list(query)
    assignments.sort(key=lambda assignment: assignment.id, reverse=True)
    assignments.sort(key=lambda assignment: assignment.start_date, reverse=True)
    assignments.sort(key=lambda assignment: not is_active(assignment, today))
    return assignments


def is_active(assignment: CaseManagerAssignment, today: date | None = None) -> bool:
    """Return True when `today` (the local date by default) lies within the assignment."""
    today = today or date.today()
    started = assignment.start_date <= today
    return started and (assignment.end_date is None or assignment.end_date >= today)


def display_name(assignment: CaseManagerAssignment) -> str:
    """Return the case manager's name: the user's full name, or the free-text name."""
    user = assignment.user
    return user.full_name if user is not None else assignment.other_name


def provider_choices(session: Session) -> list[Provider]:
    """Return the providers the user may enter data for: home first, then EDA providers."""
    return allowed_providers(session.user)


def provider_users(provider_id: int) -> list[User]:
    """Return the active users whose home or EDA provider is `provider_id`, by name."""
    eda_user_ids = UserProvider.select(UserProvider.user).where(
        UserProvider.provider == provider_id
    )
    return list(
        User.select()
        .where(
            (User.active == True)  # noqa: E712
            & ((User.home_provider == provider_id) | User.id.in_(eda_user_ids))
        )
        .order_by(User.last_name, User.first_name, User.id)
    )


def household_member_choices(client_id: int) -> list[Client]:
    """Return the other current members of the client's household."""
    return [
        member.client
        for member in households.household_members(client_id)
        if member.client_id != client_id
    ]


def _record_fields(cleaned: AssignmentInput) -> dict[str, object]:
    return {
        "user": cleaned.user_id,
        "other_name": cleaned.other_name,
        "other_agency_uses_program": cleaned.other_agency_uses_program,
        "provider": cleaned.provider_id,
        "title": cleaned.title,
        "phone": cleaned.phone,
        "email": cleaned.email,
        "start_date": cleaned.start_date,
        "end_date": cleaned.end_date,
    }


def _replace_members(assignment: CaseManagerAssignment, member_ids: list[int]) -> None:
    CaseManagerMember.delete().where(CaseManagerMember.assignment == assignment.id).execute()
    rows = [{"assignment": assignment.id, "client": client_id} for client_id in member_ids]
    if rows:
        CaseManagerMember.insert_many(rows).execute()


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}" if number == 1 else f"{number} {noun}s"
