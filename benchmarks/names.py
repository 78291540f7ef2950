"""Invented names and note sentences in several scripts for the generated benchmark data.

Each script gets a weight, the share of generated clients named from it. Within a script the
first names are equally likely and the last names follow the list order, most common first,
so a few last names ("Nguyễn", "García") match thousands of clients, as they do in real data.
"""

from __future__ import annotations

import random
from dataclasses import dataclass


@dataclass(frozen=True)
class NamePool:
    """First and last names of one script or language, and the share of clients using it."""

    script: str
    weight: float
    first_names: tuple[str, ...]
    last_names: tuple[str, ...]


POOLS = (
    NamePool(
        "English",
        0.34,
        (
            "James",
            "Mary",
            "Robert",
            "Patricia",
            "John",
            "Jennifer",
            "Michael",
            "Linda",
            "David",
            "Elizabeth",
            "William",
            "Barbara",
            "Tyrone",
            "Keisha",
            "Dakota",
            "Aaliyah",
        ),
        (
            "Smith",
            "Johnson",
            "Williams",
            "Brown",
            "Jones",
            "Miller",
            "Davis",
            "Wilson",
            "Anderson",
            "Taylor",
            "Thomas",
            "Moore",
            "Jackson",
            "Martin",
            "Lee",
            "Thompson",
            "White",
            "Harris",
            "Clark",
            "Lewis",
            "Robinson",
            "Walker",
            "Young",
            "Allen",
            "O'Brien",
            "McDonald-Reyes",
        ),
    ),
    NamePool(
        "Spanish",
        0.20,
        (
            "José",
            "María",
            "Jesús",
            "Sofía",
            "Ángel",
            "Lucía",
            "Andrés",
            "Inés",
            "Raúl",
            "Begoña",
            "Iñaki",
            "Mónica",
            "Tomás",
            "Verónica",
        ),
        (
            "García",
            "Rodríguez",
            "Martínez",
            "Hernández",
            "López",
            "González",
            "Pérez",
            "Sánchez",
            "Ramírez",
            "Muñoz",
            "Jiménez",
            "Álvarez",
            "Gómez",
            "Díaz",
            "Núñez",
            "Ibáñez",
            "Peña",
            "Castañeda",
        ),
    ),
    NamePool(
        "Vietnamese",
        0.10,
        (
            "Anh",
            "Bảo",
            "Châu",
            "Dũng",
            "Giang",
            "Hải",
            "Hương",
            "Khánh",
            "Linh",
            "Minh",
            "Ngọc",
            "Phương",
            "Quỳnh",
            "Thảo",
            "Tuấn",
            "Việt",
        ),
        (
            "Nguyễn",
            "Trần",
            "Lê",
            "Phạm",
            "Hoàng",
            "Huỳnh",
            "Phan",
            "Vũ",
            "Võ",
            "Đặng",
            "Bùi",
            "Đỗ",
            "Hồ",
            "Ngô",
            "Dương",
        ),
    ),
    NamePool(
        "Polish and German",
        0.08,
        (
            "Łukasz",
            "Małgorzata",
            "Paweł",
            "Zofia",
            "Jürgen",
            "Jörg",
            "Bärbel",
            "Grzegorz",
            "Żaneta",
            "Ewa",
            "Günther",
            "Agnieszka",
        ),
        (
            "Kowalski",
            "Wiśniewska",
            "Wójcik",
            "Kamiński",
            "Łukaszewicz",
            "Żółkiewska",
            "Müller",
            "Schröder",
            "Groß",
            "Weiß",
            "Krüger",
            "Dąbrowski",
            "Szymańska",
        ),
    ),
    NamePool(
        "Russian and Ukrainian",
        0.08,
        (
            "Александр",
            "Мария",
            "Дмитрий",
            "Анна",
            "Сергей",
            "Ольга",
            "Иван",
            "Наталья",
            "Олександр",
            "Юлія",
            "Андрій",
            "Ірина",
        ),
        (
            "Иванов",
            "Смирнова",
            "Кузнецов",
            "Попова",
            "Соколов",
            "Лебедева",
            "Козлов",
            "Шевченко",
            "Коваленко",
            "Бондаренко",
            "Ткаченко",
            "Кравчук",
        ),
    ),
    NamePool(
        "Greek",
        0.04,
        ("Γιώργος", "Μαρία", "Νίκος", "Ελένη", "Δημήτρης", "Αικατερίνη", "Κώστας", "Σοφία"),
        (
            "Παπαδόπουλος",
            "Παπαδοπούλου",
            "Βλάχος",
            "Ιωάννου",
            "Γεωργίου",
            "Νικολάου",
            "Οικονόμου",
            "Αντωνίου",
        ),
    ),
    NamePool(
        "Arabic",
        0.07,
        ("محمد", "فاطمة", "أحمد", "عائشة", "علي", "مريم", "يوسف", "زينب", "عمر", "نور"),
        ("العلي", "الحسن", "خليل", "منصور", "حداد", "سعيد", "الأحمد", "عبد الله", "ناصر"),
    ),
    NamePool(
        "Chinese",
        0.06,
        ("伟", "芳", "娜", "秀英", "敏", "静", "丽", "强", "磊", "军", "洋", "艳"),
        ("王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙"),
    ),
    NamePool(
        "French and Turkish",
        0.03,
        (
            "François",
            "Hélène",
            "Gaël",
            "Loïc",
            "Cécile",
            "Çağlar",
            "Şule",
            "Ömer",
            "Gülşen",
            "İbrahim",
        ),
        (
            "Lefèvre",
            "Girard",
            "Bérubé",
            "Côté",
            "Gagné",
            "Öztürk",
            "Yılmaz",
            "Çelik",
            "Şahin",
            "Doğan",
        ),
    ),
)

SENTENCES = (
    "Met with client at the office to review progress on the housing search.",
    "Client reported that the landlord has not returned calls about the lease.",
    "Called the benefits office; the application is still pending a document.",
    "Client attended the job readiness workshop and updated the résumé.",
    "Discussed the budget and a plan to pay the utility arrears by March.",
    "Referred client to the food pantry on Fifth Street for this week.",
    "Client missed the appointment; left a voicemail to reschedule.",
    "Transportation voucher given for the medical appointment on Tuesday.",
    "Children are enrolled in school and attending regularly.",
    "Client seemed anxious about court date; reviewed what to bring.",
    "Khách hàng đã nộp đơn xin trợ cấp nhà ở và đang chờ kết quả.",
    "La clienta consiguió una entrevista de trabajo para el próximo lunes.",
    "Клиент получил временное жильё и ищет постоянную работу.",
    "Ο πελάτης ολοκλήρωσε την εκπαίδευση και ψάχνει εργασία.",
    "حضر العميل الموعد وقدم المستندات المطلوبة.",
    "客户已经提交了住房申请，正在等待结果。",
    "Klient złożył wniosek o zasiłek mieszkaniowy w urzędzie.",
    "Followed up by phone: client is stable and keeping appointments.",
    "Home visit completed; apartment is clean and rent is current.",
    "Client asked for help with the ESL class schedule at the library.",
)


def pick_pool(rng: random.Random) -> NamePool:
    """Return a name pool chosen by the pools' weights."""
    return rng.choices(POOLS, weights=[pool.weight for pool in POOLS])[0]


def pick_last_name(rng: random.Random, pool: NamePool) -> str:
    """Return a last name of `pool`, where names early in the list are the most common."""
    count = len(pool.last_names)
    weights = [1.0 / (rank + 1) for rank in range(count)]
    return rng.choices(pool.last_names, weights=weights)[0]


def note_text(rng: random.Random, sentence_count: int) -> str:
    """Return a note of `sentence_count` random sentences."""
    return " ".join(rng.choices(SENTENCES, k=sentence_count))
