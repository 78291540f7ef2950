"""HMIS code lists that the import turns into names: service kinds and sex or gender.

The labels are those of the HMIS Data Standards lists as Green River's HMIS front end
(greenriver/hmis-frontend, generated enums) spells them.
NOTE: the TypeProvided labels were checked against the FY2024 lists only. A code that a
later list renamed keeps its FY2024 label here, and an unknown code gets a generic name.
"""

from __future__ import annotations

from casepoint_desktop.services.hmis_csv import CsvRow

# Services.csv RecordType: name of the record type.
RECORD_TYPES: dict[int, str] = {
    141: "PATH service",
    142: "RHY service connections",
    143: "HOPWA service",
    144: "SSVF service",
    151: "HOPWA financial assistance",
    152: "SSVF financial assistance",
    161: "PATH referral",
    162: "RHY referral",
    200: "Bed night",
    210: "HUD-VASH OTH voucher tracking",
    300: "C2 Moving On Assistance",
}

# Services.csv TypeProvided per RecordType: name of the service.
TYPES_PROVIDED: dict[int, dict[int, str]] = {
    141: {
        1: "Re-engagement",
        2: "Screening",
        3: "Habilitation/rehabilitation",
        4: "Community mental health",
        5: "Substance use treatment",
        6: "Case management",
        7: "Residential supportive services",
        8: "Housing minor renovation",
        9: "Housing moving assistance",
        10: "Housing eligibility determination",
        11: "Security deposits",
        12: "One-time rent for eviction prevention",
        14: "Clinical assessment",
    },
    142: {
        2: "Community service/service learning (CSL)",
        5: "Education",
        6: "Employment and training services",
        7: "Criminal justice/legal services",
        8: "Life skills training",
        10: "Parenting education for youth with children",
        12: "Post-natal care",
        13: "Pre-natal care",
        14: "Health/medical care",
        17: "Substance use disorder treatment",
        18: "Substance use disorder/prevention services",
        26: "Home-based services",
        27: "Post-natal newborn care (wellness exams; immunizations)",
        28: "STD testing",
        29: "Street-based services",
    },
    143: {
        1: "Adult day care and personal assistance",
        2: "Case management",
        3: "Child care",
        4: "Criminal justice/legal services",
        5: "Education",
        6: "Employment and training services",
        7: "Food/meals/nutritional services",
        8: "Health/medical care",
        9: "Life skills training",
        10: "Mental health care/counseling",
        11: "Outreach and/or engagement",
        12: "Substance abuse services/treatment",
        13: "Transportation",
        14: "Other HOPWA funded service",
    },
    144: {
        1: "Outreach services",
        2: "Case management services",
        3: "Assistance obtaining VA benefits",
        4: "Assistance obtaining/coordinating other public benefits",
        5: "Direct provision of other public benefits",
        6: "Other (non-TFA) supportive service approved by VA",
    },
    151: {
        1: "Rental assistance",
        2: "Security deposits",
        3: "Utility deposits",
        4: "Utility payments",
        7: "Mortgage assistance",
    },
    152: {
        1: "Rental assistance",
        2: "Security deposit",
        3: "Utility deposit",
        4: "Utility fee payment assistance",
        5: "Moving costs",
        8: "Transportation services: tokens/vouchers",
        9: "Transportation services: vehicle repair/maintenance",
        10: "Child care",
        11: "General housing stability assistance - emergency supplies",
        12: "General housing stability assistance",
        14: "Emergency housing assistance",
        15: "Extended shallow subsidy - rental assistance",
        16: "Food assistance",
    },
    161: {
        1: "Community mental health",
        2: "Substance use treatment",
        3: "Primary health/dental care",
        4: "Job training",
        5: "Educational services",
        6: "Housing services",
        7: "Permanent housing",
        8: "Income assistance",
        9: "Employment assistance",
        10: "Medical insurance",
        11: "Temporary housing",
    },
    200: {200: ""},  # A bed night has a single TypeProvided, named by the record type alone.
    210: {
        1: "Referral package forwarded to PHA",
        2: "Voucher denied by PHA",
        3: "Voucher issued by PHA",
        4: "Voucher revoked or expired",
        5: "Voucher in use - veteran moved into housing",
        6: "Voucher was ported locally",
        7: "Voucher was administratively absorbed by new PHA",
        8: "Voucher was converted to Housing Choice Voucher",
        9: "Veteran exited - voucher was returned",
        10: "Veteran exited - family maintained the voucher",
        11: "Veteran exited - prior to ever receiving a voucher",
        12: "Other",
    },
    300: {
        1: "Subsidized housing application assistance",
        2: "Financial assistance for Moving On",
        3: "Non-financial assistance for Moving On",
        4: "Housing referral/placement",
        5: "Other",
    },
}


def service_type_name(record_type: int, type_provided: int) -> str:
    """Return the service type name for a RecordType and TypeProvided pair.

    Known pairs read "PATH service: Re-engagement" (a bed night reads "Bed night"); a known
    record type with an unknown TypeProvided reads "PATH service (TypeProvided 99)"; an
    unknown record type reads "HMIS service RecordType 500 TypeProvided 3".
    """
    record_name = RECORD_TYPES.get(record_type)
    if record_name is None:
        return f"HMIS service RecordType {record_type} TypeProvided {type_provided}"
    type_name = TYPES_PROVIDED.get(record_type, {}).get(type_provided)
    if type_name is None:
        return f"{record_name} (TypeProvided {type_provided})"
    return f"{record_name}: {type_name}" if type_name else record_name


# Client.csv, FY2026: Sex is 0 (female) or 1 (male). The codes 8, 9 and 99 give the reason
# for a missing value and map to "".
SEX_NAMES = {0: "Female", 1: "Male"}

# Client.csv, FY2024: one yes/no column per gender, several may be 1.
GENDER_COLUMNS = [
    ("Woman", "Woman"),
    ("Man", "Man"),
    ("NonBinary", "Non-binary"),
    ("CulturallySpecific", "Culturally specific identity"),
    ("Transgender", "Transgender"),
    ("Questioning", "Questioning"),
    ("DifferentIdentity", "Different identity"),
]


def gender_text(row: CsvRow) -> str:
    """Return the client's sex or gender as text, or "" when the row gives none.

    FY2026 exports have a Sex column. FY2024 exports have one column per gender instead,
    and every column that is 1 is listed, in the order of the data standards.
    """
    sex = row.get("Sex")
    if sex is not None and sex.isdigit():
        return SEX_NAMES.get(int(sex), "")
    names = [label for column, label in GENDER_COLUMNS if row.get(column) == "1"]
    return ", ".join(names)
