"""Demo data for trying the program: an invented agency, its staff, clients, households,
client notes and case plans, written through the service layer so audit entries and search
terms are right.

Names, dates of birth and identity digits are invented. The same seed gives the same data,
except that note dates count back from today so that the notes look recent.
"""

from __future__ import annotations

import logging
import random
from dataclasses import dataclass
from datetime import date, timedelta

from casepoint_desktop.data.database import db
from casepoint_desktop.data.models import (
    AgencySettings,
    Client,
    Provider,
    Relationship,
    User,
    UserProvider,
)
from casepoint_desktop.services import audit, clients, demo_case_plans, households, notes, setup
from casepoint_desktop.services.auth import hash_password
from casepoint_desktop.services.clients import ClientInput
from casepoint_desktop.services.errors import ServiceError
from casepoint_desktop.services.session import Role, Session

log = logging.getLogger(__name__)

AGENCY_NAME = "Riverside Community Services"
PROVIDER_NAMES = [
    "Riverside Family Shelter",
    "Northside Housing Program",
    "Eastgate Outreach Center",
]

# Password of every demo user. A demo start shows it on the log-in dialog, so it is no secret.
DEMO_PASSWORD = "demo-password-2026"


@dataclass(frozen=True)
class DemoCredentials:
    """The user name and password of the demo administrator."""

    username: str
    password: str


@dataclass(frozen=True)
class _StaffMember:
    username: str
    first_name: str
    last_name: str
    role: Role
    home_provider: int  # index into PROVIDER_NAMES
    eda_providers: tuple[int, ...] = ()


ADMINISTRATOR = _StaffMember("demo", "Dana", "Demo", Role.ADMINISTRATOR, 0, (1, 2))
OTHER_STAFF = [
    _StaffMember("casey", "Casey", "Morales", Role.CASE_MANAGER, 0, (1,)),
    _StaffMember("reader", "Robin", "Reyes", Role.READ_ONLY, 2),
]


@dataclass(frozen=True)
class _DemoClient:
    key: str
    first_name: str
    last_name: str
    middle_name: str = ""
    suffix: str = ""
    alias: str = ""
    gender: str = ""
    child: bool = False


CLIENTS = [
    _DemoClient("minh", "Minh", "Nguyễn", middle_name="Thị", gender="Female"),
    _DemoClient("an", "An", "Nguyễn", middle_name="Văn", gender="Male"),
    _DemoClient("bao_anh", "Bảo Anh", "Nguyễn", gender="Female", child=True),
    _DemoClient("lukasz", "Łukasz", "Wójcik", gender="Male"),
    _DemoClient("grace", "Grace", "Wójcik", gender="Female"),
    _DemoClient("jose", "José", "Álvarez", alias="Pepe", gender="Male"),
    _DemoClient("rosa", "Rosa", "Martínez", gender="Female"),
    _DemoClient("lucia", "Lucía", "Álvarez", gender="Female", child=True),
    _DemoClient("mateo", "Mateo", "Álvarez", gender="Male", child=True),
    _DemoClient("zoe", "Zoë", "O'Brien", gender="Female"),
    _DemoClient("soren", "Søren", "Møller", gender="Male"),
    _DemoClient("dmitry", "Дмитрий", "Иванов", alias="Dima Ivanov", gender="Male"),
    _DemoClient("alexandros", "Αλέξανδρος", "Παπαδόπουλος", alias="Alex Papadopoulos"),
    _DemoClient("mohammed", "محمد", "العلي", alias="Mohammed Al-Ali", gender="Male"),
    _DemoClient("david", "דוד", "כהן", alias="David Cohen", gender="Male"),
    _DemoClient("sarah", "Sarah", "Cohen", gender="Female"),
    _DemoClient("noa", "Noa", "Cohen", gender="Female", child=True),
    _DemoClient("fang", "芳", "王", alias="Fang Wang", gender="Female"),
    _DemoClient("hanako", "花子", "佐藤", alias="Hanako Sato", gender="Female"),
    _DemoClient("minjun", "민준", "김", alias="Minjun Kim", gender="Male"),
    _DemoClient("anna", "Anna", "Müller", gender="Female"),
    _DemoClient("jurgen", "Jürgen", "Müller", gender="Male"),
    _DemoClient("hung", "Hùng", "Đặng", middle_name="Văn", gender="Male"),
    _DemoClient("francois", "François", "Lefèvre", gender="Male"),
    _DemoClient("siobhan", "Siobhán", "Kelly", gender="Female"),
    _DemoClient("ana_maria", "Ana María", "Rodríguez", gender="Female"),
    _DemoClient("chinedu", "Chinedu", "Okafor", gender="Male"),
    _DemoClient("kwame", "Kwame", "Mensah", gender="Male"),
    _DemoClient("priya", "प्रिया", "शर्मा", alias="Priya Sharma", gender="Female"),
    _DemoClient("ayse", "Ayşe", "Yılmaz", gender="Female"),
    _DemoClient("thorunn", "Þórunn", "Guðmundsdóttir", gender="Female"),
    _DemoClient("marcus", "Marcus", "Johnson", suffix="Jr.", gender="Male"),
    _DemoClient("aroha", "Aroha", "Te Rangi", gender="Female"),
    _DemoClient("fatima", "Fatima Zahra", "Benali", gender="Female"),
    _DemoClient("mary_jane", "Mary-Jane", "Smith-Jones", alias="MJ", gender="Female"),
    _DemoClient("emily", "Emily", "Chen", gender="Female"),
]

# Households: the head's key, then (member key, HMIS RelationshipToHoH code) per member.
HOUSEHOLDS: list[tuple[str, list[tuple[str, int]]]] = [
    ("minh", [("an", 3), ("bao_anh", 2)]),
    ("lukasz", [("grace", 3)]),
    ("jose", [("rosa", 3), ("lucia", 2), ("mateo", 2)]),
    ("david", [("sarah", 3), ("noa", 2)]),
    ("anna", [("jurgen", 4)]),
    ("chinedu", [("kwame", 5)]),
]

SHORT_NOTES = [
    "Called to confirm the appointment for Thursday at 10:00. Client will bring ID.",
    "Dropped off a bus pass and a list of food pantries near the shelter.",
    "Client asked about evening GED classes. Gave the schedule for the library program.",
    "Left a voicemail; no answer. Will try again tomorrow morning.",
    "Met at the office. Client is doing well and has started the new job.",
    "Helped fill in the benefits renewal form. Copy is in the paper file.",
    "Client reports the landlord fixed the heating. No further action needed.",
    "Referred to the legal clinic about the deposit dispute.",
    "Walk-in visit: needed diapers and formula. Provided from the pantry.",
    "Reviewed the monthly budget together; rent is covered through next month.",
    "Client prefers text messages over calls. Updated the contact notes.",
    "Interpreter booked for the next visit (Vietnamese).",
    "Nota: la clienta pidió información sobre clases de inglés por la tarde.",
    "Ghi chú: gia đình cần thêm chăn cho mùa đông.",
]

LONG_NOTES = [
    (
        "Home visit with the whole household.\n\n"
        "The apartment is clean and the children have their own room now. The oldest "
        "started at the neighborhood school on Monday and the family walked us through "
        "the new morning routine. The utility bill from last month is still open; we "
        "agreed to apply for the energy assistance program before the end of the week.\n\n"
        "Next steps: bring the application form, check the lease renewal date, and ask "
        "the school about the after-school program."
    ),
    (
        "Intake conversation.\n\n"
        "Client came in after two nights in the car. Main needs: a safe place to sleep, "
        "a way to charge the phone, and help replacing a lost ID card. We found a bed at "
        "the family shelter for tonight and booked an appointment at the DMV for next "
        "Tuesday.\n\n"
        "Client has part-time work at a warehouse and wants to keep the job, so transport "
        "from the shelter matters. Gave a weekly bus pass.\n\n"
        "Follow up on Friday."
    ),
    (
        "Case conference with the housing specialist.\n\n"
        "We reviewed the three listings the client liked. Two are over the voucher "
        "limit; the third is on the bus line and has a ground-floor unit, which matters "
        "because of the knee injury. The landlord accepts vouchers and wants the "
        "inspection done within two weeks.\n\n"
        "Action: submit the request for tenancy approval today and schedule the "
        "inspection. Client will collect the last two pay stubs."
    ),
    (
        "Quarterly review.\n\n"
        "Goals from the last review: (1) keep the job, (2) open a bank account, "
        "(3) reconnect with the doctor. The first two are done; the doctor's office has a "
        "waiting list until next month.\n\n"
        "Client said that the biggest change is sleeping through the night. We talked "
        "about saving for a deposit and set a target of $50 a week."
    ),
]


def populate_demo(seed: int = 2026) -> DemoCredentials:
    """Fill the open, empty database with the demo agency, staff, clients, notes and plans.

    Everything is written in one transaction. The demo administrator is "demo" with the
    password DEMO_PASSWORD. The case manager "casey" and the read-only user "reader" have
    the same password.

    Returns:
        The user name and password of the demo administrator.

    Raises:
        ServiceError: the database already has agency settings, a user or a client.
    """
    in_use = (AgencySettings, User, Client)
    if any(model.select().exists() for model in in_use):
        raise ServiceError(
            "Demo data can only be added to an empty database. Choose a new database file."
        )

    randomizer = random.Random(seed)
    today = date.today()
    with db.atomic():
        admin = setup.create_agency(
            setup.FirstSetup(
                agency_name=AGENCY_NAME,
                provider_name=PROVIDER_NAMES[0],
                username=ADMINISTRATOR.username,
                first_name=ADMINISTRATOR.first_name,
                last_name=ADMINISTRATOR.last_name,
                password=DEMO_PASSWORD,
            )
        )
        providers = [admin.home_provider] + [
            Provider.create(name=name) for name in PROVIDER_NAMES[1:]
        ]
        admin_session = Session(user=admin, provider=providers[0])
        for provider in providers[1:]:
            audit.record(
                admin_session,
                "create",
                "provider",
                provider.id,
                changes={"name": (None, provider.name)},
            )

        _link_eda_providers(admin, ADMINISTRATOR, providers)
        staff = [_create_user(admin_session, member, providers) for member in OTHER_STAFF]
        writer_sessions = [
            admin_session,
            Session(user=admin, provider=providers[1]),
            Session(user=staff[0], provider=staff[0].home_provider),
        ]

        created = _create_clients(writer_sessions, randomizer)
        _create_households(admin_session, created, randomizer, today)
        note_count = _create_notes(writer_sessions, created, randomizer, today)
        goal_count = demo_case_plans.create_case_plans(
            admin_session, created, {"demo": admin, "casey": staff[0]}, today
        )

    log.info(
        "Created demo data: %d providers, %d users, %d clients, %d households, %d notes, %d goals",
        len(providers),
        1 + len(staff),
        len(created),
        len(HOUSEHOLDS),
        note_count,
        goal_count,
    )
    return DemoCredentials(ADMINISTRATOR.username, DEMO_PASSWORD)


def _link_eda_providers(user: User, member: _StaffMember, providers: list[Provider]) -> None:
    for index in member.eda_providers:
        UserProvider.create(user=user, provider=providers[index])


def _create_user(session: Session, member: _StaffMember, providers: list[Provider]) -> User:
    user = User.create(
        username=setup.validate_username(member.username),
        first_name=member.first_name,
        last_name=member.last_name,
        password_hash=hash_password(DEMO_PASSWORD),
        role=member.role.value,
        home_provider=providers[member.home_provider],
    )
    _link_eda_providers(user, member, providers)
    audit.record(session, "create", "user", user.id, changes={"username": (None, user.username)})
    return user


def _create_clients(sessions: list[Session], randomizer: random.Random) -> dict[str, Client]:
    """Create every demo client, spread over the sessions' providers; return them by key."""
    created: dict[str, Client] = {}
    for index, person in enumerate(CLIENTS):
        if person.child:
            birth_date = date(randomizer.randint(2010, 2020), randomizer.randint(1, 12), 1)
        else:
            birth_date = date(randomizer.randint(1950, 2004), randomizer.randint(1, 12), 1)
        birth_date += timedelta(days=randomizer.randint(0, 27))
        has_contact = not person.child and randomizer.random() < 0.6
        data = ClientInput(
            first_name=person.first_name,
            last_name=person.last_name,
            middle_name=person.middle_name,
            suffix=person.suffix,
            alias=person.alias,
            date_of_birth=birth_date,
            gender=person.gender,
            phone=f"(555) 01{index % 10}-{randomizer.randint(1000, 9999)}" if has_contact else "",
            email=f"{person.key.replace('_', '.')}@example.org" if has_contact else "",
            address=f"{randomizer.randint(10, 999)} River Road\nRiverside" if has_contact else "",
            ssn_last4=f"{randomizer.randint(0, 9999):04d}" if randomizer.random() < 0.7 else None,
        )
        session = sessions[index % len(sessions)]
        created[person.key] = clients.create_client(session, data)
    return created


def _create_households(
    session: Session, created: dict[str, Client], randomizer: random.Random, today: date
) -> None:
    relationships = {
        relationship.hmis_code: relationship
        for relationship in Relationship.select().where(Relationship.hmis_code.is_null(False))
    }
    for head_key, members in HOUSEHOLDS:
        joined = today - timedelta(days=randomizer.randint(60, 900))
        for member_key, code in members:
            households.add_member(
                session,
                created[head_key].id,
                created[member_key].id,
                relationships[code],
                joined,
            )


def _create_notes(
    sessions: list[Session],
    created: dict[str, Client],
    randomizer: random.Random,
    today: date,
) -> int:
    """Write two to four notes per client, about one in five of them long; return the count."""
    count = 0
    for client in created.values():
        for _ in range(randomizer.randint(2, 4)):
            if randomizer.random() < 0.2:
                text = randomizer.choice(LONG_NOTES)
            else:
                text = randomizer.choice(SHORT_NOTES)
            note_date = today - timedelta(days=randomizer.randint(0, 240))
            notes.create_note(randomizer.choice(sessions), client, note_date, text)
            count += 1
    return count
