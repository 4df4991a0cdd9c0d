"""Identifiers from list remarks and fields: typed only when the checksum proves the type."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dualtrace.model import Identifier, Link
from dualtrace.sources.lists.identifiers import (
    from_remarks,
    is_inn,
    is_lei,
    is_ogrn,
    is_uscc,
    label_kind,
    normalise,
    typed,
)


def test_ofac_remarks() -> None:
    ids, links = from_remarks(
        "Secondary sanctions risk: section 11 of Executive Order 14024.; Tax ID No. 7707083893 "
        "(Russia); Registration Number 1027700132195 (Russia); Linked To: SBERBANK OF RUSSIA."
    )
    assert ids == [
        Identifier("inn", "7707083893", "RU", "remarks"),
        Identifier("ogrn", "1027700132195", "RU", "remarks"),
    ]
    assert links == [Link("linked_to", "SBERBANK OF RUSSIA")]


@pytest.mark.parametrize(
    ("remark", "expected"),
    [
        (
            "Unified Social Credit Code (USCC) 91310115MA1K4DLAXM (China).",
            ("uscc", "91310115MA1K4DLAXM", "CN"),
        ),
        (
            "Legal Entity Number 253400V1H6ART1UQ0N98 (Russia)",
            ("lei", "253400V1H6ART1UQ0N98", "RU"),
        ),
        ("Legal Entity Number 851683897 (Netherlands)", ("registration", "851683897", "NL")),
        ("Vessel Registration Identification IMO 9187629.", ("imo", "9187629", None)),
        ("Identification Number IMO 9187620", ("registration", "9187620", None)),
        ("Business Registration Number 1037739709138 (Russia).", ("ogrn", "1037739709138", "RU")),
        ("alt. Tax ID No. 231701001 (Russia)", ("tax", "231701001", "RU")),
        ("Tax ID No. 52-1943868 (United States).", ("tax", "521943868", "US")),
        ("Registration ID 27134614 (Netherlands).", ("registration", "27134614", "NL")),
        ("Registration Number 467323, Doc. 694710 (Panama).", ("registration", "467323", "PA")),
        (
            "Passport D00579743 (Hong Kong) issued 28 Apr 2018 expires 28 Apr 2025",
            ("passport", "D00579743", "HK"),
        ),
        ("Tax ID No. 7707083894 (Russia)", ("tax", "7707083894", "RU")),  # bad checksum
        ("Registration Number 1027700132195 (Kazakhstan)", ("registration", "1027700132195", "KZ")),
    ],
)
def test_labelled_values(remark: str, expected: tuple[str, str, str | None]) -> None:
    [found], _ = from_remarks(remark)
    assert (found.type, found.value, found.country) == expected
    assert found.origin == "remarks"


def test_unlabelled_numbers_and_other_facts_are_not_identifiers() -> None:
    assert from_remarks("DOB 13 Feb 1958; nationality Russia; Phone 74951234567; 7707083893.") == (
        [],
        [],
    )


def test_checksums() -> None:
    assert is_inn("7707083893") and not is_inn("7707083894")
    assert is_inn("771406273815")  # a person's 12-digit INN from the OFAC list
    assert is_ogrn("1027700132195") and not is_ogrn("1027700132196")
    # OGRNIP where (first 14 digits mod 13) is 11: rigour and stdnum reject it, we do not.
    base = next(str(n) for n in range(30400000000000, 30400000001000) if n % 13 == 11)
    assert is_ogrn(base + "1") and not is_ogrn(base + "0")
    assert is_uscc("91310115MA1K4DLAXM") and not is_uscc("91310115MA1K4DLAXN")
    assert is_lei("253400V1H6ART1UQ0N98") and not is_lei("253400V1H6ART1UQ0N99")


def test_field_labels() -> None:
    assert label_kind("Tax ID No.") == "tax"
    assert label_kind("regnumber") == "registration"
    assert label_kind(" Unified Social Credit Code (USCC) ") == "uscc"
    assert label_kind("Favourite colour") is None
    assert typed("tax", "7707083893", "RU") == Identifier("inn", "7707083893", "RU")
    assert typed("tax", "7707083893", "KZ") == Identifier("tax", "7707083893", "KZ")
    assert typed("inn", "12345", None) == Identifier("tax", "12345", None)
    assert typed("registration", " - ") is None
    assert normalise("AABA 670850 Y.") == "AABA670850Y"


@given(st.text(max_size=300))
def test_any_text(text: str) -> None:
    ids, links = from_remarks(text)
    for found in ids:
        assert found.value and found.value == found.value.strip()
        if found.type == "inn":
            assert is_inn(found.value)
        if found.type == "ogrn":
            assert is_ogrn(found.value)
    assert all(link.target for link in links)


@given(
    label=st.sampled_from(
        [
            "Tax ID No.",
            "Registration Number",
            "Unified Social Credit Code (USCC)",
            "Legal Entity Number",
            "Vessel Registration Identification IMO",
        ]
    ),
    value=st.text(alphabet="0123456789ABCDEFGHJKLMNPQRTUWXY -", min_size=1, max_size=22),
    country=st.sampled_from(["Russia", "China", "Panama", ""]),
)
def test_typed_values_always_pass_their_checksum(label: str, value: str, country: str) -> None:
    remark = f"{label} {value}" + (f" ({country})" if country else "")
    ids, _ = from_remarks(remark)
    checks = {"inn": is_inn, "ogrn": is_ogrn, "uscc": is_uscc, "lei": is_lei}
    for found in ids:
        if found.type in checks:
            assert checks[found.type](found.value)
