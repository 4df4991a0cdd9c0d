"""English, Russian and Ukrainian constructions the cue lexicons and gazetteers were widened for.

Sentences written for these tests (not taken from any article or from examples/): passive
training, relative clauses with their speaker inside, "for" a beneficiary, Russian/Ukrainian
help verbs, "knows nothing" denials, "при посредничестве"/"за посередництвом" intermediaries,
admissions, hoped-for receipts, Moscow in its cases, and "на Украине" as a place, not a seller.
"""

from dualtrace.extract.pipeline import extract
from dualtrace.model import Claim, Document
from dualtrace.sources.ids import document_id


def claims(text: str, published: str | None = "2024-06-01") -> list[Claim]:
    doc = Document(
        id=document_id(text), origin="t.txt", text=text, format="text", published=published
    )
    return [c for c in extract(doc).claims if c.supplier and c.recipient]


def one(text: str) -> Claim:
    found = claims(text)
    assert len(found) == 1, [(c.supplier, c.recipient, c.quote) for c in found]
    return found[0]


def test_passive_training_makes_the_trainees_recipients_en() -> None:
    c = one("Russian specialists were trained in Iran last year, the officials said.")
    assert (c.supplier, c.recipient) == ("Iran", "Russian specialists")
    assert c.certainty == "reported"


def test_relative_clause_with_its_own_speaker_en() -> None:
    c = one(
        "Washington blacklisted two Chinese firms that it said had shipped drone engines "
        "to Russia."
    )
    assert (c.supplier, c.recipient) == ("Chinese companies", "Russia")


def test_for_marks_the_beneficiary_en() -> None:
    c = one("Chinese firms supplied engines for Russia's attack drones, officials said.")
    assert (c.supplier, c.recipient) == ("Chinese companies", "Russia")


def test_help_verb_ru() -> None:
    c = one("Иран помогает России строить завод по сборке беспилотников.")
    assert (c.supplier, c.recipient) == ("Iran", "Russia")


def test_knows_nothing_is_a_denial_ru() -> None:
    found = claims(
        "Министр заявил, что Китай поставляет России станки. В Пекине ответили, что ничего "
        "не знают о поставках станков в Россию."
    )
    assert [c.certainty for c in found] == ["reported", "denied"]


def test_intermediary_phrase_ru() -> None:
    c = one("Китай поставил станки в Россию при посредничестве Казахстана.")
    assert (c.supplier, c.recipient, c.intermediary) == ("China", "Russia", "Kazakhstan")


def test_intermediary_phrase_uk() -> None:
    c = one("Китай постачав Росії верстати за посередництвом Киргизстану.")
    assert (c.supplier, c.recipient, c.intermediary) == ("China", "Russia", "Kyrgyzstan")


def test_underwent_training_ru() -> None:
    c = one("Российские военные прошли в Иране обучение работе с беспилотниками.")
    assert (c.supplier, c.recipient) == ("Iran", "Russian military")


def test_admission_and_moscow_in_the_dative_ru() -> None:
    c = one("Тегеран признавал, что передал Москве несколько дронов.")
    assert (c.supplier, c.recipient) == ("Tehran", "Moscow")
    assert c.certainty == "reported"


def test_admission_uk() -> None:
    c = one("Тегеран визнавав, що передав Москві кілька дронів.")
    assert (c.supplier, c.recipient) == ("Tehran", "Moscow")
    assert c.certainty == "reported"


def test_hoped_for_receipt_is_not_done_ru() -> None:
    c = one("Пхеньян рассчитывает получить от Москвы истребители.")
    assert (c.supplier, c.recipient) == ("Moscow", "Pyongyang")
    assert c.stage == "planned" and c.certainty == "unconfirmed"


def test_help_verb_uk() -> None:
    c = one("Іран допомагає Росії будувати завод із виробництва дронів.")
    assert (c.supplier, c.recipient) == ("Iran", "Russia")


def test_send_verb_and_state_companies_uk() -> None:
    c = one("Китайські держкомпанії надсилали до Росії мікросхеми.")
    assert (c.supplier, c.recipient) == ("Chinese state companies", "Russia")


def test_ukraine_as_a_place_is_not_the_seller_ru() -> None:
    found = claims("Россия получила новые ракеты и применит их на Украине, заявил министр.")
    assert not any(c.supplier == "Ukraine" for c in found)
