"""Agency-editable lists (goal classifications and types, statuses, outcomes, service types)
and the starting entries of every list, relationships included.

Entries in use are retired, never deleted, so old records keep their meaning.
"""

from __future__ import annotations

import peewee

from casepoint_desktop.data.models import BaseModel, Relationship


class ListEntry(BaseModel):
    """Fields shared by every list entry."""

    name = peewee.CharField(max_length=100)
    sort_order = peewee.IntegerField(default=0)
    retired = peewee.BooleanField(default=False)


class GoalClassification(ListEntry):
    class Meta:
        indexes = ((("name",), True),)


class GoalType(ListEntry):
    """A goal type; its list depends on the classification."""

    classification = peewee.ForeignKeyField(
        GoalClassification, backref="types", on_delete="RESTRICT"
    )

    class Meta:
        indexes = ((("classification", "name"), True),)


class GoalStatus(ListEntry):
    """An overall status of a goal or action step; `is_closed` marks the closing status."""

    is_closed = peewee.BooleanField(default=False)

    class Meta:
        indexes = ((("name",), True),)


class GoalOutcome(ListEntry):
    """An outcome of a closed goal; `is_partial` makes the dialog ask for percent complete."""

    is_partial = peewee.BooleanField(default=False)
    is_achieved = peewee.BooleanField(default=False)
    # Counted as "not achieved" in the outcomes report; other outcomes count apart.
    is_not_achieved = peewee.BooleanField(default=False)

    class Meta:
        indexes = ((("name",), True),)


class ServiceType(ListEntry):
    """A kind of service; `hmis_record_type` and `hmis_type_provided` map imported services."""

    default_unit_type = peewee.CharField(max_length=50, default="")
    hmis_record_type = peewee.IntegerField(null=True)
    hmis_type_provided = peewee.IntegerField(null=True)

    class Meta:
        indexes = (
            (("name",), True),
            (("hmis_record_type", "hmis_type_provided"), True),
        )


GOAL_CLASSIFICATIONS: dict[str, list[str]] = {
    "Education": [
        "Obtain GED",
        "Enroll in school",
        "Improve attendance",
        "Complete vocational training",
        "Obtain ESL/literacy skills",
    ],
    "Employment": [
        "Obtain employment",
        "Increase hours or wages",
        "Complete job training",
        "Prepare résumé",
        "Maintain employment",
    ],
    "Housing": [
        "Obtain permanent housing",
        "Maintain housing",
        "Obtain transitional housing",
        "Resolve eviction",
        "Obtain housing voucher",
    ],
    "Income & Benefits": [
        "Apply for benefits",
        "Obtain SSI/SSDI",
        "Obtain child support",
        "Create budget",
        "Reduce debt",
    ],
    "Health": [
        "Obtain health insurance",
        "Establish primary care",
        "Attend medical appointments",
        "Obtain dental care",
    ],
    "Mental Health & Substance Use": [
        "Enroll in treatment",
        "Maintain sobriety",
        "Attend counseling",
    ],
    "Family & Children": [
        "Obtain child care",
        "Improve parenting skills",
        "Reunify family",
        "Enroll children in school",
    ],
    "Transportation": [
        "Obtain driver's licence",
        "Obtain vehicle",
        "Obtain transit pass",
    ],
    "Legal": [
        "Obtain identification documents",
        "Resolve legal issue",
        "Comply with probation or parole",
    ],
    "Life Skills": [
        "Improve money management",
        "Improve nutrition",
        "Improve social support",
    ],
}

# (name, is_closed)
GOAL_STATUSES = [("Identified", False), ("In Progress", False), ("Closed", True)]

# (name, is_partial, is_achieved, is_not_achieved)
GOAL_OUTCOMES = [
    ("Achieved", False, True, False),
    ("Partially Achieved", True, False, False),
    ("Not Achieved", False, False, True),
    ("Client Withdrew", False, False, False),
    ("Referred Elsewhere", False, False, False),
]

# HMIS Data Standards, RelationshipToHoH: (code, name).
RELATIONSHIPS = [
    (1, "Self (head of household)"),
    (2, "Child"),
    (3, "Spouse or partner"),
    (4, "Other relative"),
    (5, "Unrelated household member"),
    (99, "Data not collected"),
]

# (name, default unit type)
SERVICE_TYPES = [
    ("Case management", "Hours"),
    ("Financial assistance", "Dollars"),
    ("Food", "Meals"),
    ("Transportation", "Trips"),
    ("Referral", "Referrals"),
]

LIST_MODELS: list[type[BaseModel]] = [
    GoalClassification,
    GoalType,
    GoalStatus,
    GoalOutcome,
    ServiceType,
]


def seed_lists() -> None:
    """Insert the starting entries of every list; entries already present are kept.

    Each list is read once and its missing entries are inserted in one statement. Creating
    them one by one took about 280 statements, each a round trip to a database server.
    """
    _insert_missing(
        GoalClassification,
        ("name",),
        [{"name": name, "sort_order": order} for order, name in enumerate(GOAL_CLASSIFICATIONS)],
    )
    classification_ids: dict[str, int] = {
        entry.name: entry.id
        for entry in GoalClassification.select(GoalClassification.name, GoalClassification.id)
    }
    _insert_missing(
        GoalType,
        ("classification", "name"),
        [
            {
                "classification": classification_ids[classification_name],
                "name": type_name,
                "sort_order": type_order,
            }
            for classification_name, type_names in GOAL_CLASSIFICATIONS.items()
            for type_order, type_name in enumerate(type_names)
        ],
    )
    _insert_missing(
        GoalStatus,
        ("name",),
        [
            {"name": name, "sort_order": order, "is_closed": is_closed}
            for order, (name, is_closed) in enumerate(GOAL_STATUSES)
        ],
    )
    _insert_missing(
        GoalOutcome,
        ("name",),
        [
            {
                "name": name,
                "sort_order": order,
                "is_partial": is_partial,
                "is_achieved": is_achieved,
                "is_not_achieved": is_not_achieved,
            }
            for order, (name, is_partial, is_achieved, is_not_achieved) in enumerate(GOAL_OUTCOMES)
        ],
    )
    _insert_missing(
        Relationship,
        ("hmis_code",),
        [
            {"hmis_code": code, "name": name, "sort_order": order}
            for order, (code, name) in enumerate(RELATIONSHIPS)
        ],
    )
    _insert_missing(
        ServiceType,
        ("name",),
        [
            {"name": name, "sort_order": order, "default_unit_type": unit_type}
            for order, (name, unit_type) in enumerate(SERVICE_TYPES)
        ],
    )


def _insert_missing(
    model: type[BaseModel], key_fields: tuple[str, ...], rows: list[dict[str, object]]
) -> None:
    """Insert, in their order, the `rows` whose values of `key_fields` no row of `model` has."""
    key_columns = [getattr(model, name) for name in key_fields]
    existing = set(model.select(*key_columns).tuples())
    missing = [row for row in rows if tuple(row[name] for name in key_fields) not in existing]
    if missing:
        model.insert_many(missing).execute()
