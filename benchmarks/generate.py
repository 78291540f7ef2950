"""Build a large, realistic CasePoint database for the benchmarks.

Usage: python -m benchmarks.generate PATH --clients 100000 --seed 1

Counts scale with --clients: per 100,000 clients there are 300,000 client notes, 100,000
goals, about 200,000 action steps, 1,000,000 case notes and 200,000 service transactions.
Three clients are the same at every size, so that the benchmark opens records of one size
in a small and a large database:

- client 1 has 200 client notes and 30 goals (the record benchmark);
- client 2 has a goal with 500 case notes (the goal dialog benchmark);
- client 3 has 100 goals with 1,000 case notes in all (the case plan printout benchmark).

The schema comes from migrations.open_and_migrate and the agency from services.setup, so the
file is one the program opens as it is. Rows go in with sqlite3 executemany, table by table,
and the search words come from data.search_terms, so search finds every generated client.
The same seed gives the same file contents, because every date counts from ANCHOR_DATE.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

from benchmarks.names import note_text, pick_last_name, pick_pool
from casepoint_desktop.data import database
from casepoint_desktop.data.lists import GOAL_CLASSIFICATIONS
from casepoint_desktop.data.migrations import open_and_migrate
from casepoint_desktop.data.search_terms import MAX_TERM_LENGTH, sort_name, words
from casepoint_desktop.services import setup

# The log-in of the benchmark user, an administrator with follow-ups of their own.
USERNAME = "bench"
PASSWORD = "benchmark-password-2026"

# Every generated date counts from this day, not from today, so that runs match.
ANCHOR_DATE = date(2026, 12, 1)
TIMESTAMP = "2026-12-01 12:00:00.000000"

RECORD_CLIENT_ID = 1
GOAL_DIALOG_CLIENT_ID = 2
CASE_PLAN_CLIENT_ID = 3

RECORD_CLIENT_NOTES = 200
RECORD_CLIENT_GOALS = 30
GOAL_DIALOG_CASE_NOTES = 500
CASE_PLAN_GOALS = 100
CASE_PLAN_CASE_NOTES = 1000

PROVIDER_COUNT = 8
USER_COUNT = 30
# Users 1 to FOLLOW_UP_USERS get every follow-up. User 1 is the benchmark user.
FOLLOW_UP_USERS = 6
FOLLOW_UP_SHARE = 0.10

HOUSEHOLD_SIZES = (1, 1, 1, 1, 2, 2, 3, 3, 4, 5)
CHUNK_ROWS = 20_000


@dataclass
class Plan:
    """Row counts of one generated database."""

    clients: int
    client_notes: int
    goals: int
    case_notes: int
    services: int

    @classmethod
    def for_clients(cls, clients: int) -> Plan:
        scale = clients / 100_000
        return cls(
            clients=clients,
            client_notes=round(300_000 * scale),
            goals=round(100_000 * scale),
            case_notes=round(1_000_000 * scale),
            services=round(200_000 * scale),
        )


@dataclass
class GoalRows:
    """Per goal (index = goal id - 1): its client and its case manager assignment."""

    client_ids: list[int] = field(default_factory=list)
    assignment_ids: list[int] = field(default_factory=list)


class Generator:
    """Writes the rows of one database through an open sqlite3 connection."""

    def __init__(self, connection, plan: Plan, seed: int) -> None:
        self.connection = connection
        self.plan = plan
        self.rng = random.Random(seed)
        self.counts: dict[str, int] = {}
        self.goal_rows = GoalRows()
        self.assignment_of_client: dict[int, int] = {}
        self.household_of_client: dict[int, list[int]] = {}

    def insert(self, table: str, columns: tuple[str, ...], rows: Iterable[tuple]) -> None:
        """Insert `rows` into `table` in chunks, inside the caller's transaction."""
        names = ", ".join(f'"{column}"' for column in columns)
        marks = ", ".join("?" for _ in columns)
        statement = f'INSERT INTO "{table}" ({names}) VALUES ({marks})'
        chunk: list[tuple] = []
        for row in rows:
            chunk.append(row)
            if len(chunk) >= CHUNK_ROWS:
                self.connection.executemany(statement, chunk)
                self.counts[table] = self.counts.get(table, 0) + len(chunk)
                chunk.clear()
        if chunk:
            self.connection.executemany(statement, chunk)
            self.counts[table] = self.counts.get(table, 0) + len(chunk)

    def day_before_anchor(self, max_days: int) -> date:
        return ANCHOR_DATE - timedelta(days=self.rng.randrange(max_days))

    def provider(self) -> int:
        return self.rng.randrange(1, PROVIDER_COUNT + 1)

    def user(self) -> int:
        return self.rng.randrange(1, USER_COUNT + 1)

    # Staff -----------------------------------------------------------------------------

    def add_staff(self) -> None:
        """Add providers and users from number 2 on, because setup made provider 1 and user 1."""
        password_hash = self.connection.execute(
            'SELECT password_hash FROM "user" WHERE id = 1'
        ).fetchone()[0]
        self.insert(
            "provider",
            ("id", "name", "active", "created_at"),
            (
                (number, f"Program {number}", 1, TIMESTAMP)
                for number in range(2, 1 + PROVIDER_COUNT)
            ),
        )
        roles = ("case_manager", "case_manager", "case_manager", "supervisor", "read_only")
        self.insert(
            "user",
            (
                "id",
                "username",
                "first_name",
                "last_name",
                "password_hash",
                "role",
                "home_provider_id",
                "active",
                "must_change_password",
                "created_at",
            ),
            (
                (
                    number,
                    f"user{number}",
                    "Staff",
                    f"Member {number}",
                    password_hash,
                    roles[number % len(roles)],
                    1 + number % PROVIDER_COUNT,
                    1,
                    0,
                    TIMESTAMP,
                )
                for number in range(2, USER_COUNT + 1)
            ),
        )
        self.insert(
            "user_provider",
            ("user_id", "provider_id"),
            ((1, provider) for provider in range(2, PROVIDER_COUNT + 1)),
        )

    # Clients and households ------------------------------------------------------------

    def add_clients(self) -> None:
        """Add the clients in households, their search words and household memberships."""
        client_rows = []
        term_rows = []
        member_rows = []
        household_count = 0
        client_id = 0
        while client_id < self.plan.clients:
            size = min(self.rng.choice(HOUSEHOLD_SIZES), self.plan.clients - client_id)
            household_count += 1
            pool = pick_pool(self.rng)
            last_name = pick_last_name(self.rng, pool)
            members = list(range(client_id + 1, client_id + size + 1))
            for position, member_id in enumerate(members):
                is_head = position == 0
                first_name = self.rng.choice(pool.first_names)
                alias = self.rng.choice(pool.first_names) if self.rng.random() < 0.1 else ""
                age_days = (
                    self.rng.randrange(18 * 365, 80 * 365)
                    if is_head
                    else (self.rng.randrange(0, 60 * 365))
                )
                birth = ANCHOR_DATE - timedelta(days=age_days)
                last4 = f"{self.rng.randrange(10_000):04d}" if self.rng.random() < 0.7 else None
                client_rows.append(
                    (
                        member_id,
                        first_name,
                        "",
                        last_name,
                        "",
                        alias,
                        birth.isoformat(),
                        self.rng.choice(("Woman", "Man", "")),
                        "",
                        "",
                        "",
                        last4,
                        sort_name(first_name, last_name),
                        self.provider(),
                        1,
                        TIMESTAMP,
                        TIMESTAMP,
                        1,
                    )
                )
                terms = {
                    word[:MAX_TERM_LENGTH]
                    for name in (first_name, last_name, alias)
                    for word in words(name)
                }
                term_rows.extend((member_id, term) for term in sorted(terms))
                relationship = 1 if is_head else self.rng.choice((2, 2, 3, 4, 5))
                joined = self.day_before_anchor(3 * 365).isoformat()
                member_rows.append((household_count, member_id, int(is_head), relationship, joined))
                self.household_of_client[member_id] = members
            client_id += size

        self.insert(
            "household",
            ("id", "created_at"),
            ((number, TIMESTAMP) for number in range(1, household_count + 1)),
        )
        self.insert(
            "client",
            (
                "id",
                "first_name",
                "middle_name",
                "last_name",
                "suffix",
                "alias",
                "date_of_birth",
                "gender",
                "phone",
                "email",
                "address",
                "ssn_last4",
                "sort_name",
                "provider_id",
                "created_by_id",
                "created_at",
                "updated_at",
                "version",
            ),
            client_rows,
        )
        self.insert("client_search_term", ("client_id", "term"), term_rows)
        self.insert(
            "household_member",
            ("household_id", "client_id", "is_head", "relationship_id", "date_joined"),
            member_rows,
        )

    def add_client_notes(self) -> None:
        featured = [RECORD_CLIENT_ID] * RECORD_CLIENT_NOTES
        others = self.plan.client_notes - len(featured)
        client_ids = featured + [
            self.rng.randrange(4, self.plan.clients + 1) for _ in range(others)
        ]
        self.insert(
            "client_note",
            (
                "client_id",
                "provider_id",
                "author_id",
                "note_date",
                "text",
                "created_at",
                "updated_at",
                "version",
            ),
            (
                (
                    client_id,
                    self.provider(),
                    self.user(),
                    self.day_before_anchor(3 * 365).isoformat(),
                    note_text(self.rng, self.rng.randrange(1, 4)),
                    TIMESTAMP,
                    TIMESTAMP,
                    1,
                )
                for client_id in client_ids
            ),
        )

    # Case plans ------------------------------------------------------------------------

    def assignment_for(self, client_id: int) -> int:
        """Return the case manager assignment of `client_id`, creating it on first use."""
        assignment = self.assignment_of_client.get(client_id)
        if assignment is None:
            assignment = len(self.assignment_of_client) + 1
            self.assignment_of_client[client_id] = assignment
        return assignment

    def add_goals(self) -> None:
        """Add the goals, their members, action steps and follow-ups, and the assignments."""
        featured = (
            [RECORD_CLIENT_ID] * RECORD_CLIENT_GOALS
            + [GOAL_DIALOG_CLIENT_ID] * 3
            + [CASE_PLAN_CLIENT_ID] * CASE_PLAN_GOALS
        )
        others = self.plan.goals - len(featured)
        # Half of the clients have a case plan.
        planned = max(1, self.plan.clients // 2)
        client_ids = featured + [self.rng.randrange(4, planned + 4) for _ in range(others)]
        client_ids = [min(client_id, self.plan.clients) for client_id in client_ids]
        types = [
            (classification_number, type_number)
            for classification_number, type_names in enumerate(GOAL_CLASSIFICATIONS.values(), 1)
            for type_number in range(len(type_names))
        ]
        type_ids = {pair: number for number, pair in enumerate(types, 1)}

        goal_rows = []
        step_rows = []
        for goal_id, client_id in enumerate(client_ids, 1):
            assignment = self.assignment_for(client_id)
            self.goal_rows.client_ids.append(client_id)
            self.goal_rows.assignment_ids.append(assignment)
            classification, type_number = self.rng.choice(types)
            date_set = self.day_before_anchor(3 * 365)
            closed = self.rng.random() < 0.4
            outcome = self.rng.randrange(1, 6) if closed else None
            percent = self.rng.randrange(1, 10) * 10 if outcome == 2 else None
            date_closed = (
                min(ANCHOR_DATE, date_set + timedelta(days=self.rng.randrange(30, 400)))
                if closed
                else None
            )
            goal_rows.append(
                (
                    goal_id,
                    *self.follow_up(date_set),
                    client_id,
                    self.provider(),
                    assignment,
                    date_set.isoformat(),
                    classification,
                    type_ids[(classification, type_number)],
                    note_text(self.rng, 1),
                    (date_set + timedelta(days=180)).isoformat(),
                    3 if closed else self.rng.randrange(1, 3),
                    outcome,
                    percent,
                    date_closed.isoformat() if date_closed else None,
                    self.user(),
                    TIMESTAMP,
                    TIMESTAMP,
                    1,
                )
            )
            for _ in range(self.rng.choice((0, 1, 2, 2, 3, 4))):
                step_date = date_set + timedelta(days=self.rng.randrange(0, 60))
                step_rows.append(
                    (
                        *self.follow_up(step_date, share=FOLLOW_UP_SHARE / 2),
                        goal_id,
                        note_text(self.rng, 1),
                        self.provider(),
                        step_date.isoformat(),
                        (step_date + timedelta(days=90)).isoformat(),
                        self.rng.randrange(1, 3),
                        None,
                        None,
                        self.user(),
                        TIMESTAMP,
                        TIMESTAMP,
                        1,
                    )
                )

        self.insert(
            "case_manager_assignment",
            (
                "id",
                "client_id",
                "user_id",
                "other_name",
                "other_agency_uses_program",
                "provider_id",
                "title",
                "phone",
                "email",
                "start_date",
                "created_by_id",
                "created_at",
                "updated_at",
                "version",
            ),
            (
                (
                    assignment,
                    client_id,
                    self.user(),
                    "",
                    0,
                    self.provider(),
                    "Case Manager",
                    "",
                    "",
                    self.day_before_anchor(4 * 365).isoformat(),
                    1,
                    TIMESTAMP,
                    TIMESTAMP,
                    1,
                )
                for client_id, assignment in self.assignment_of_client.items()
            ),
        )
        follow_up_columns = (
            "followup_date",
            "followup_provider_id",
            "followup_user_id",
            "followup_actual_date",
            "followup_made_by_id",
            "followup_notes",
        )
        self.insert(
            "goal",
            (
                "id",
                *follow_up_columns,
                "client_id",
                "provider_id",
                "case_manager_id",
                "date_set",
                "classification_id",
                "goal_type_id",
                "description",
                "target_date",
                "status_id",
                "outcome_id",
                "percent_complete",
                "date_closed",
                "created_by_id",
                "created_at",
                "updated_at",
                "version",
            ),
            goal_rows,
        )
        self.insert(
            "goal_member",
            ("goal_id", "client_id"),
            ((goal_id, client_id) for goal_id, client_id in enumerate(client_ids, 1)),
        )
        self.insert(
            "action_step",
            (
                *follow_up_columns,
                "goal_id",
                "description",
                "provider_id",
                "date_set",
                "target_date",
                "status_id",
                "outcome_id",
                "date_closed",
                "created_by_id",
                "created_at",
                "updated_at",
                "version",
            ),
            step_rows,
        )
        self.insert(
            "action_step_member",
            ("action_step_id", "client_id"),
            (
                (step_id, self.goal_rows.client_ids[row[6] - 1])
                for step_id, row in enumerate(step_rows, 1)
            ),
        )

    def follow_up(self, date_set: date, share: float = FOLLOW_UP_SHARE) -> tuple:
        """Return the six follow-up values, empty or with a date within a year of the anchor."""
        if self.rng.random() >= share:
            return (None, None, None, None, None, "")
        projected = ANCHOR_DATE + timedelta(days=self.rng.randrange(-365, 366))
        projected = max(projected, date_set)
        user = self.rng.randrange(1, FOLLOW_UP_USERS + 1)
        if projected < ANCHOR_DATE and self.rng.random() < 0.8:
            return (
                projected.isoformat(),
                self.provider(),
                user,
                projected.isoformat(),
                user,
                "Reached the client by phone.",
            )
        return (projected.isoformat(), self.provider(), user, None, None, "")

    def add_case_notes(self) -> None:
        """Add the case notes and their members, the featured goals' notes first."""
        goal_count = len(self.goal_rows.client_ids)
        dialog_goal = RECORD_CLIENT_GOALS + 1
        case_plan_goals = range(RECORD_CLIENT_GOALS + 4, RECORD_CLIENT_GOALS + 4 + CASE_PLAN_GOALS)
        featured = [dialog_goal] * GOAL_DIALOG_CASE_NOTES + [
            case_plan_goals[number % CASE_PLAN_GOALS] for number in range(CASE_PLAN_CASE_NOTES)
        ]
        first_other = RECORD_CLIENT_GOALS + 4 + CASE_PLAN_GOALS
        others = self.plan.case_notes - len(featured)
        goal_ids = featured + [
            self.rng.randrange(first_other, goal_count + 1)
            if self.rng.random() < 0.97
            else self.rng.randrange(1, RECORD_CLIENT_GOALS + 1)
            for _ in range(others)
        ]

        def rows() -> Iterator[tuple]:
            for goal_id in goal_ids:
                yield (
                    goal_id,
                    self.provider(),
                    self.goal_rows.assignment_ids[goal_id - 1],
                    self.user(),
                    self.day_before_anchor(2 * 365).isoformat(),
                    note_text(self.rng, self.rng.randrange(1, 5)),
                    TIMESTAMP,
                    TIMESTAMP,
                    1,
                )

        self.insert(
            "case_note",
            (
                "goal_id",
                "provider_id",
                "case_manager_id",
                "author_id",
                "note_date",
                "text",
                "created_at",
                "updated_at",
                "version",
            ),
            rows(),
        )
        self.insert(
            "case_note_member",
            ("case_note_id", "client_id"),
            (
                (note_id, self.goal_rows.client_ids[goal_id - 1])
                for note_id, goal_id in enumerate(goal_ids, 1)
            ),
        )

    def add_services(self) -> None:
        goal_count = len(self.goal_rows.client_ids)

        def rows() -> Iterator[tuple]:
            for _ in range(self.plan.services):
                if self.rng.random() < 0.5:
                    goal_id = self.rng.randrange(1, goal_count + 1)
                    client_id = self.goal_rows.client_ids[goal_id - 1]
                else:
                    goal_id = None
                    client_id = self.rng.randrange(1, self.plan.clients + 1)
                service_type = self.rng.randrange(1, 6)
                start = self.day_before_anchor(3 * 365).isoformat()
                amount = f"{self.rng.randrange(10, 500)}.00" if service_type == 2 else None
                yield (
                    client_id,
                    goal_id,
                    self.provider(),
                    service_type,
                    start,
                    start,
                    "1.00",
                    "Units",
                    amount,
                    "",
                    self.user(),
                    TIMESTAMP,
                    TIMESTAMP,
                    1,
                )

        self.insert(
            "service_transaction",
            (
                "client_id",
                "goal_id",
                "provider_id",
                "service_type_id",
                "start_date",
                "end_date",
                "units",
                "unit_type",
                "amount",
                "notes",
                "created_by_id",
                "created_at",
                "updated_at",
                "version",
            ),
            rows(),
        )


def generate(path: Path, clients: int, seed: int) -> dict[str, int]:
    """Create the database file `path` with `clients` clients and return the rows per table.

    Raises:
        FileExistsError: `path` exists, and the generator never adds to an existing file.
    """
    if path.exists():
        raise FileExistsError(f"{path} exists. Delete it or choose another path.")
    if clients < 3:
        raise ValueError(f"--clients must be at least 3, not {clients}")

    db = open_and_migrate(path)
    setup.create_agency(
        setup.FirstSetup(
            agency_name="Benchmark Community Services",
            provider_name="Program 1",
            username=USERNAME,
            first_name="Bench",
            last_name="Mark",
            password=PASSWORD,
        )
    )
    connection = db.connection()
    # A bulk load that fails is thrown away, so it needs neither the WAL nor full syncs.
    connection.execute("PRAGMA journal_mode = OFF")
    connection.execute("PRAGMA synchronous = OFF")
    generator = Generator(connection, Plan.for_clients(clients), seed)
    steps = (
        generator.add_staff,
        generator.add_clients,
        generator.add_client_notes,
        generator.add_goals,
        generator.add_case_notes,
        generator.add_services,
    )
    for step in steps:
        connection.execute("BEGIN")
        step()
        connection.execute("COMMIT")
    connection.execute("PRAGMA journal_mode = WAL")
    database.close()
    return generator.counts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", type=Path, help="database file to create; must not exist")
    parser.add_argument("--clients", type=int, default=100_000, help="number of clients")
    parser.add_argument(
        "--seed", type=int, default=1, help="random seed (the same seed builds the same data)"
    )
    args = parser.parse_args(argv)

    started = time.perf_counter()
    try:
        counts = generate(args.path, args.clients, args.seed)
    except (FileExistsError, ValueError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    seconds = time.perf_counter() - started
    size_mb = args.path.stat().st_size / 1e6
    for table, count in counts.items():
        print(f"{table:>24}: {count:>10,}")
    print(f"Generated {args.path} ({size_mb:,.0f} MB) in {seconds:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
