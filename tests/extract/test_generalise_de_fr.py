"""German and French lexicon coverage on sentences written for these tests (not taken from the
example articles): Konjunktiv I and modal plans, inverted "cannot be verified", "vom", "auprès de",
"à" after a purchase, a spokesman speaking for "son pays", fixed expressions that hide a preposition
("en échange", "reproche aux"), and trade stops that are no supply."""

from test_claims import claims, one

from dualtrace.extract.cues import find_cues


def test_vom_marks_the_supplier_de() -> None:
    c = one("Russland hat vom Iran Hunderte Drohnen bekommen.")
    assert (c.supplier, c.recipient) == ("Iran", "Russia")


def test_wolle_kaufen_is_a_plan_with_the_seller_after_von_de() -> None:
    c = one("Teheran wolle Kampfjets von Russland kaufen.")
    assert (c.supplier, c.recipient) == ("Russia", "Tehran")
    assert c.stage == "planned" and c.certainty == "unconfirmed"


def test_volksrepublik_denies_for_china_de() -> None:
    c = one("Die Volksrepublik habe nie Waffen an eine der Konfliktparteien verkauft, hieß es.")
    assert c.supplier == "China" and c.certainty == "denied"


def test_weitergereicht_with_party_nouns_de() -> None:
    c = one("Chinesische Zulieferer sollen Bauteile an russische Abnehmer weitergereicht haben.")
    assert (c.supplier, c.recipient) == ("Chinese suppliers", "Russian buyers")
    assert c.hedged and c.certainty == "reported"


def test_demonym_gives_the_ministry_its_country_de() -> None:
    c = one("Das chinesische Außenministerium bestritt jede Lieferung von Waffen an Russland.")
    assert (c.supplier, c.recipient, c.certainty) == ("China", "Russia", "denied")


def test_inverted_not_verifiable_in_the_next_sentence_de() -> None:
    c = one(
        "Nordkorea hat Granaten an Russland geliefert. Unabhängig überprüfen ließ sich das nicht."
    )
    assert (c.supplier, c.recipient) == ("North Korea", "Russia")
    assert c.certainty == "unconfirmed"


def test_impersonal_not_known_is_doubt_not_denial_de() -> None:
    c = one("Ob Nordkorea auch Raketen an Russland verkauft hat, ist nicht bekannt.")
    assert c.certainty == "unconfirmed"


def test_selon_le_document_does_not_make_the_subject_a_source_fr() -> None:
    c = one("Selon le document, la Corée du Nord a fourni des obus à la Russie.")
    assert (c.supplier, c.recipient) == ("North Korea", "Russia")
    assert c.source != "North Korea"


def test_son_pays_speaks_for_the_denier_fr() -> None:
    # the capital that denies stays as written, as the seed gold writes "Beijing svarte ..."
    c = one("Téhéran a assuré que son pays n'avait livré aucune arme à Moscou.")
    assert (c.supplier, c.recipient, c.certainty) == ("Tehran", "Moscow", "denied")


def test_promise_is_a_plan_fr() -> None:
    c = one("Téhéran a promis de livrer des missiles à Moscou.")
    assert c.stage == "planned" and c.certainty == "unconfirmed"


def test_training_soldiers_is_expertise_fr() -> None:
    c = one("Des militaires iraniens forment des soldats russes en Crimée.")
    assert (c.supplier, c.recipient) == ("Iranian military", "Russian military")
    assert c.kind == "expertise"


def test_en_echange_is_no_recipient_fr() -> None:
    c = one("En échange, Séoul soupçonne Moscou d'aider Pyongyang.")
    assert (c.supplier, c.recipient) == ("Moscow", "Pyongyang")
    assert c.certainty == "unconfirmed"


def test_aupres_de_marks_the_seller_fr() -> None:
    c = one("La Russie s'est procuré des drones auprès de l'Iran.")
    assert (c.supplier, c.recipient) == ("Iran", "Russia")


def test_principal_fournisseur_de_fr() -> None:
    c = one("La Chine est le principal fournisseur de la Russie en machines-outils.")
    assert (c.supplier, c.recipient) == ("China", "Russia")


def test_suspended_sales_are_no_supply_fr() -> None:
    assert claims("Le fabricant DJI a suspendu ses ventes en Russie.") == []


def test_procureur_is_not_a_purchase_fr() -> None:
    cats = {c.category for c in find_cues("Le procureur général a indiqué jeudi.", "fr")}
    assert "receive" not in cats
