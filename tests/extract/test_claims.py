"""Claim rules on sentences written for these tests, one behaviour per test, several languages."""

from dualtrace.extract.pipeline import extract
from dualtrace.model import Claim, Document
from dualtrace.sources.ids import document_id


def claims(text: str, published: str | None = "2024-03-10") -> list[Claim]:
    doc = Document(
        id=document_id(text), origin="t.txt", text=text, format="text", published=published
    )
    return [c for c in extract(doc).claims if c.supplier and c.recipient]


def one(text: str, published: str | None = "2024-03-10") -> Claim:
    found = claims(text, published)
    assert len(found) == 1, [(c.supplier, c.recipient, c.quote) for c in found]
    return found[0]


def test_subject_supplies_to_marked_recipient_nb() -> None:
    c = one("Ifølge Reuters skal Sichuan AEE ha levert droner til IEMZ Kupol i fjor.")
    assert (c.supplier, c.recipient) == ("Sichuan AEE", "IEMZ Kupol")
    assert c.hedged and c.certainty == "reported" and c.source == "Reuters"
    assert c.item_category == "drones" and c.when == "2023"
    assert c.quote.startswith("Ifølge Reuters") and c.rule.startswith("supply")


def test_receive_verb_makes_the_subject_the_recipient_en() -> None:
    c = one("Russia received hundreds of drones from Iran last year, officials said.")
    assert (c.supplier, c.recipient) == ("Iran", "Russia")


def test_after_a_purchase_a_marks_the_seller_fr() -> None:
    c = one("Selon Washington, la Russie a acheté des centaines de drones à l'Iran.")
    assert (c.supplier, c.recipient) == ("Iran", "Russia")
    assert c.rule.endswith("+seller")


def test_demonym_before_a_trade_noun_is_that_side_of_the_trade_en() -> None:
    c = one("Russian imports of microchips from China doubled last year.")
    assert (c.supplier, c.recipient) == ("China", "Russia")
    c = one("Iranian deliveries of Shahed drones to Russia began in 2022.")
    assert (c.supplier, c.recipient) == ("Iran", "Russia")


def test_receive_verb_before_its_subject_in_verb_second_order() -> None:
    c = one("I fjor mottok Russland over tusen droner fra Iran.")
    assert (c.supplier, c.recipient) == ("Iran", "Russia") and c.rule.endswith("+inverted")
    c = one("Im vergangenen Jahr erhielt Russland Tausende Drohnen aus dem Iran.")
    assert (c.supplier, c.recipient) == ("Iran", "Russia")


def test_where_goods_are_bought_sells_them_nb() -> None:
    c = one("Russland har angrepet Ukraina med droner kjøpt i Iran.")
    assert (c.supplier, c.recipient) == ("Iran", "Russia") and c.rule.endswith("+where")


def test_of_after_a_count_is_no_agent_nb() -> None:
    c = one("Rundt 90 prosent av mikroelektronikken Russland importerte kom fra Kina.")
    assert (c.supplier, c.recipient) == ("China", "Russia")


def test_the_denier_is_the_source_of_a_denial_nb() -> None:
    found = [
        c
        for c in claims(
            "Ifølge Reuters fikk Russland raketter fra Iran i fjor. "
            "Irans utenriksdepartement avviser at landet har levert raketter til Russland."
        )
        if c.kind == "denial"
    ]
    assert [c.source for c in found] == ["Iranian foreign ministry via Reuters"]


def test_two_bare_parties_in_one_clause_give_and_get_de_nl() -> None:
    c = one("Der Iran soll Russland ballistische Raketen geliefert haben.")
    assert (c.supplier, c.recipient) == ("Iran", "Russia") and c.hedged
    c = one("De VS zeggen dat China Rusland wapens levert.")
    assert (c.supplier, c.recipient) == ("China", "Russia")
    c = one("Nach Erkenntnissen der US-Regierung liefert der Iran Russland Drohnen.")
    assert (c.supplier, c.recipient) == ("Iran", "Russia")


def test_demonym_after_the_goods_gives_their_origin_fr() -> None:
    c = one("La Russie a reçu des drones iraniens.")
    assert (c.supplier, c.recipient) == ("Iran", "Russia")


def test_a_sanctioned_party_is_the_subject_of_its_relative_clause() -> None:
    c = one(
        "USA har innført sanksjoner mot to kinesiske selskaper, "
        "som skal ha levert motorer til Kupol."
    )
    assert (c.supplier, c.recipient) == ("Chinese companies", "IEMZ Kupol")
    c = one("L'UE a adopté des sanctions contre l'Iran, qui a fourni des drones à la Russie.")
    assert (c.supplier, c.recipient) == ("Iran", "Russia")


def test_passive_agent_supplies_en() -> None:
    c = one("Russia has fired hundreds of Shahed drones supplied by Iran at Ukrainian cities.")
    assert (c.supplier, c.recipient) == ("Iran", "Russia")


def test_from_to_and_via_nl() -> None:
    c = one("Volgens Politico gingen de kogelwerende vesten van China via Turkije naar Rusland.")
    assert (c.supplier, c.recipient, c.intermediary) == ("China", "Russia", "Turkey")


def test_verb_final_dutch_subordinate_clause() -> None:
    c = one("Politico meldt dat Norinco geweren aan het Russische Tekhkrim heeft geleverd.")
    assert (c.supplier, c.recipient) == ("Norinco", "Tekhkrim")
    assert c.source == "Politico"


def test_demonym_with_party_noun_de() -> None:
    c = one("Chinesische Firmen haben Mikroelektronik an russische Rüstungsfirmen geliefert.")
    assert c.supplier == "Chinese companies" and c.recipient.startswith("Russian")


def test_not_confirmed_in_next_sentence_makes_unconfirmed_nb() -> None:
    c = one("Kina skal ha levert droner til Russland. Opplysningen er ikke bekreftet.")
    assert c.certainty == "unconfirmed"


def test_plan_is_unconfirmed_and_planned_en() -> None:
    c = one("Xi'an Bingo Intelligent Aviation Technology plans to deliver drones to Russia.")
    assert c.stage == "planned" and c.certainty == "unconfirmed"


def test_denial_is_its_own_claim_fr() -> None:
    text = (
        "Selon Reuters, la Corée du Nord a livré des obus à la Russie. "
        "Pyongyang dément avoir livré des armes à la Russie."
    )
    found = claims(text)
    assert [c.certainty for c in found] == ["reported", "denied"]
    denial = found[1]
    assert denial.kind == "denial" and denial.denies == 0
    assert (denial.supplier, denial.recipient) == ("North Korea", "Russia") or (
        denial.supplier == "Pyongyang"
    )


def test_negation_by_the_suppliers_own_side_is_a_denial_de() -> None:
    c = one("China liefere keine tödlichen Waffen an die Konfliktparteien, hieß es in Peking.")
    assert c.certainty == "denied" and c.recipient == "parties to the conflict"


def test_never_supplied_any_party_ru() -> None:
    c = one(
        "В МИД КНР заявили, что Китай никогда не поставлял летальное оружие ни одной из сторон."
    )
    assert c.certainty == "denied" and c.supplier == "China"


def test_hedge_and_dative_recipient_ru() -> None:
    c = one("Norinco якобы поставил российской компании «Техкрим» тысячу автоматов.")
    assert (c.supplier, c.recipient) == ("Norinco", "Tekhkrim")
    assert c.hedged and c.quantity == 1000


def test_parts_of_one_origin_in_anothers_weapons_nb() -> None:
    c = one("Ukrainske styrker finner kinesiske komponenter i russiske våpen, melder Reuters.")
    assert (c.supplier, c.recipient) == ("China", "Russia")


def test_follow_up_sentence_names_the_carrier_nb() -> None:
    text = (
        "Fakturaer viser at Kupol mottok droner produsert av kinesiske Sichuan AEE. "
        "Dronene ble levert av TSK Vektor."
    )
    c = one(text)
    assert (c.supplier, c.recipient, c.intermediary) == ("Sichuan AEE", "IEMZ Kupol", "TSK Vektor")


def test_outlets_are_sources_not_parties_en() -> None:
    c = one(
        "The Wall Street Journal reported that Chinese firms shipped navigation gear to Russia."
    )
    assert c.supplier == "Chinese companies" and "Wall Street Journal" in (c.source or "")


def test_meeting_is_not_a_supply_claim_nb() -> None:
    assert claims("Wang Yi møtte Sergej Lavrov i Moskva onsdag.") == []


def test_same_assertion_in_next_sentence_is_one_claim_with_repeat_nb() -> None:
    text = (
        "Stoltenberg sier alliansen har sett tegn til at Kina vurderer å sende våpen til Russland. "
        "– Vi har ikke sett forsyninger av våpen fra Kina til Russland, men tegn til at de "
        "vurderer det, sier han."
    )
    c = one(text)
    assert c.certainty == "unconfirmed" and len(c.repeats) == 1


def test_every_claim_points_into_the_text() -> None:
    text = "Det var kaldt i Oslo. Kina skal ha levert droner til Russland i fjor, ifølge NTB."
    for c in claims(text):
        assert text[c.sentence_start : c.sentence_end] == c.quote
        for cue in c.cues:
            assert text[cue.start : cue.end] == cue.text


def test_doubt_in_the_next_sentence_is_stored_where_it_stands() -> None:
    text = (
        "Ifølge Reuters har Sichuan AEE levert droner til IEMZ Kupol. "
        "Opplysningene er ikke bekreftet."
    )
    doc = Document(id=document_id(text), origin="t.txt", text=text, format="text")
    [c] = [c for c in extract(doc).claims if c.supplier]
    assert c.certainty == "unconfirmed"
    doubt = [cue for cue in c.cues if cue.category == "not_confirmed"]
    assert doubt and all(text[cue.start : cue.end] == cue.text for cue in doubt)


def test_using_foreign_goods_is_evidence_of_supply_but_own_goods_are_not() -> None:
    c = one("Russia has launched hundreds of Iranian-made Shahed drones at Ukrainian cities.")
    assert (c.supplier, c.recipient) == ("Iran", "Russia") and c.rule == "use:user+item_origin"
    c = one("Россия применяет иранские беспилотники против Украины.")
    assert (c.supplier, c.recipient) == ("Iran", "Russia")
    assert claims("Russia used drones against Kyiv.") == []
    assert claims("Russia fired Russian missiles at Kharkiv.") == []


def test_the_firm_named_before_receives_through_an_anaphor() -> None:
    c = one(
        "Ifølge Reuters har IEMZ Kupol utviklet dronen. Selskapet mottok også sju droner fra Kina."
    )
    assert (c.supplier, c.recipient) == ("China", "IEMZ Kupol") and c.rule.endswith("+anaphor")


def test_a_denying_capital_stays_as_written() -> None:
    c = one("Pékin a démenti toute livraison d'armes à la Russie.")
    assert (c.supplier, c.recipient, c.certainty) == ("Beijing", "Russia", "denied")
    c = one("Auch Pjöngjang bestreitet, Waffen an Russland verkauft zu haben.")
    assert (c.supplier, c.certainty) == ("Pyongyang", "denied")


def test_a_ministry_that_denies_stands_for_its_country() -> None:
    c = one("Irans utenriksdepartement avviser at landet har levert droner til Russland.")
    assert (c.supplier, c.certainty) == ("Iran", "denied")


def test_the_accused_state_denies_a_blanket_denial() -> None:
    text = (
        "Chinese firms have shipped drone engines to Russia, according to Reuters.\n\n"
        "Beijing has rejected the accusations."
    )
    denial = [c for c in claims(text) if c.kind == "denial"]
    assert [(c.supplier, c.recipient, c.certainty) for c in denial] == [
        ("Beijing", "Russia", "denied")
    ]


def test_a_blanket_denial_beside_a_full_one_names_no_parties() -> None:
    text = (
        "Chinese firms have shipped drone engines to Russia, according to Reuters.\n\n"
        "China's foreign ministry rejected the accusations. "
        "China has never supplied lethal weapons to Russia, a spokesman said."
    )
    doc = Document(id=document_id(text), origin="t.txt", text=text, format="text")
    denial = [c for c in extract(doc).claims if c.kind == "denial"]
    assert [(c.supplier, c.recipient) for c in denial] == [(None, None), ("China", "Russia")]


def test_an_implied_recipient_is_the_country_not_the_last_unit_named() -> None:
    text = (
        "Iran has shipped ballistic missiles to the Russian armed forces, Reuters reported.\n\n"
        "Iran's foreign ministry denied sending any missiles."
    )
    denial = [c for c in claims(text) if c.kind == "denial"]
    assert [(c.supplier, c.recipient) for c in denial] == [("Iran", "Russia")]


def test_the_country_as_subject_is_the_state_the_story_is_about() -> None:
    text = (
        "Chinese firms sold machine tools to Russia, US officials said.\n\n"
        "Landet driver normal handel med Russland og har aldri levert dødelige våpen til noen "
        "av partene i konflikten."
    )
    denial = [c for c in claims(text) if c.kind == "denial"]
    assert [(c.supplier, c.certainty) for c in denial] == [("China", "denied")]
    assert denial[0].rule.endswith("+country_anaphor")



def test_a_subject_before_said_makes_what_follows_content_en() -> None:
    c = one("US officials said Chinese firms shipped nitrocellulose to Russia.")
    assert (c.supplier, c.recipient) == ("Chinese companies", "Russia")
    c = one("Iran has supplied drones to Russia, said Reuters.")
    assert c.source == "Reuters"


def test_a_four_word_blanket_denial_counts() -> None:
    text = "Iran has shipped drones to Russia, Reuters reported.\n\nTehran rejected the charges."
    denial = [c for c in claims(text) if c.kind == "denial"]
    assert [(c.supplier, c.recipient) for c in denial] == [("Tehran", "Russia")]


def test_a_ministry_of_no_named_country_speaks_for_the_subject_state() -> None:
    c = one("Kina har ikke levert våpen til Russland, sier utenriksdepartementets talsperson.")
    assert (c.supplier, c.certainty) == ("China", "denied")
