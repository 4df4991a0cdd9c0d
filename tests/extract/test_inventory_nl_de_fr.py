"""Construction inventory for Dutch, German and French: how the press of each language states who
supplied what to whom (word orders, bare datives, passives, recipient verbs, nominalisations,
resale, routing, transit, described parties with a place, hedges, attribution, doubt, denials,
plans), plus sentences that must give no claim. Every sentence was written for this test and
retells public facts; expectations were written from the meaning before the tool was run.

A case is (sentence, supplier, recipient, certainty) or (sentence, None) for no claim. A label
starting with "~" accepts any label naming that country ("~China": "Chinese suppliers",
"Shenzhen", ...), for described parties whose exact wording the tool chooses."""

import re

import pytest
from test_claims import claims

SCORED = {"supply", "expertise", "production", "denial"}

COUNTRY = {
    "China": r"\bChin|Beijing|Shenzhen",
    "Hong Kong": r"Hong Kong",
    "Russia": r"\bRussia|Moscow",
    "United Arab Emirates": r"Emirat|Dubai|\bUAE\b",
    "Turkey": r"Turk|Istanbul",
    "Kyrgyzstan": r"Kyrgyz",
}

Case = tuple[str, ...] | tuple[str, None]

NL: list[Case] = [
    # active, word orders
    (
        "Noord-Korea leverde Rusland miljoenen artilleriegranaten.",
        "North Korea",
        "Russia",
        "reported",
    ),
    ("Vorig jaar leverde Iran honderden Shahed-drones aan Rusland.", "Iran", "Russia", "reported"),
    (
        "China levert Rusland machines en micro-elektronica, zeggen Amerikaanse functionarissen.",
        "China",
        "Russia",
        "reported",
    ),
    (
        "Volgens Reuters heeft Xiamen Limbach motoren aan IEMZ Kupol geleverd.",
        "Xiamen Limbach Aircraft Engine",
        "IEMZ Kupol",
        "reported",
    ),
    (
        "Het Witte Huis zegt dat Noord-Korea ballistische raketten aan Rusland heeft geleverd.",
        "North Korea",
        "Russia",
        "reported",
    ),
    (
        "Norinco verkocht in 2022 ongeveer duizend geweren aan Tekhkrim.",
        "Norinco",
        "Tekhkrim",
        "reported",
    ),
    # passive
    ("De drones zijn vanuit China naar Rusland geleverd.", "China", "Russia", "reported"),
    (
        "Meer dan duizend containers met munitie werden uit Noord-Korea naar Rusland verscheept.",
        "North Korea",
        "Russia",
        "reported",
    ),
    # recipient verbs
    ("Rusland ontving vorig jaar honderden raketten uit Iran.", "Iran", "Russia", "reported"),
    ("Moskou importeert bijna alle werktuigmachines uit China.", "China", "Moscow", "reported"),
    (
        "IEMZ Kupol kocht motoren bij Xiamen Limbach.",
        "Xiamen Limbach Aircraft Engine",
        "IEMZ Kupol",
        "reported",
    ),
    ("Tekhkrim zou de geweren van Norinco hebben gekocht.", "Norinco", "Tekhkrim", "reported"),
    (
        "Het Russische leger kreeg Fath-360-raketten van Iran.",
        "Iran",
        "Russian armed forces",
        "reported",
    ),
    (
        "Rusland verkreeg navigatieapparatuur van Poly Technologies.",
        "Poly Technologies",
        "Russia",
        "reported",
    ),
    # nominalisations
    (
        "De leveringen van granaten uit Noord-Korea aan Rusland zijn toegenomen.",
        "North Korea",
        "Russia",
        "reported",
    ),
    (
        "De Chinese export van droneonderdelen naar Rusland is sterk gestegen.",
        "China",
        "Russia",
        "reported",
    ),
    ("De Russische import van chips uit China is verdubbeld.", "China", "Russia", "reported"),
    ("Iraanse wapenleveranties aan Rusland begonnen in 2022.", "Iran", "Russia", "reported"),
    # resale, re-export
    # routing
    ("Pyongyang stuurde KN-23-raketten naar Rusland.", "Pyongyang", "Russia", "reported"),
    ("Iran smokkelde drones via de Kaspische Zee naar Rusland.", "Iran", "Russia", "reported"),
    (
        "Chinese bedrijven sluisden onderdelen via Turkije naar Rusland.",
        "Chinese companies",
        "Russia",
        "reported",
    ),
    (
        "Noord-Korea heeft raketwerpers aan Rusland overgedragen.",
        "North Korea",
        "Russia",
        "reported",
    ),
    # transit
    (
        "Volgens Reuters leverde Sichuan AEE de drones via het bedrijf TSK Vektor aan IEMZ Kupol.",
        "Sichuan AEE",
        "IEMZ Kupol",
        "reported",
    ),
    # described parties with a place
    (
        "Leveranciers in Shenzhen verkochten navigatieapparatuur aan Russische defensiebedrijven.",
        "~China",
        "~Russia",
        "reported",
    ),
    (
        "Handelsbedrijven in Dubai leverden chips aan Russische afnemers.",
        "~United Arab Emirates",
        "~Russia",
        "reported",
    ),
    (
        "Een in Hongkong geregistreerd bedrijf verkocht drones aan Rusland.",
        "~Hong Kong",
        "Russia",
        "reported",
    ),
    # hedges
    ("Iran zou Rusland ook Fath-360-raketten hebben geleverd.", "Iran", "Russia", "reported"),
    (
        "China heeft Rusland naar verluidt satellietbeelden verstrekt.",
        "China",
        "Russia",
        "reported",
    ),
    (
        "Chinese bedrijven zouden Russische wapenfabrikanten van motoren hebben voorzien.",
        "Chinese companies",
        "~Russia",
        "reported",
    ),
    # attribution
    (
        "Noord-Korea heeft Rusland 6700 containers met munitie gestuurd, aldus de Zuid-Koreaanse "
        "minister van Defensie.",
        "North Korea",
        "Russia",
        "reported",
    ),
    (
        "Uit documenten die Reuters heeft ingezien, blijkt dat TSK Vektor "
        "drones aan Kupol leverde.",
        "TSK Vektor",
        "IEMZ Kupol",
        "reported",
    ),
    (
        "Volgens Der Spiegel onderhandelde Xi'an Bingo over de verkoop van honderd drones aan het "
        "Russische leger.",
        "Xi'an Bingo Intelligent Aviation Technology",
        "Russian armed forces",
        "unconfirmed",
    ),
    # doubt
    (
        "Rusland zou raketten uit Noord-Korea hebben ontvangen, maar dat is niet bevestigd.",
        "North Korea",
        "Russia",
        "unconfirmed",
    ),
    (
        "Of Chinese bedrijven echt wapens aan Rusland hebben geleverd, kon "
        "niet onafhankelijk worden "
        "geverifieerd.",
        "Chinese companies",
        "Russia",
        "unconfirmed",
    ),
    # denials
    ("Peking ontkent wapens aan Rusland te leveren.", "Beijing", "Russia", "denied"),
    (
        "Iran heeft naar eigen zeggen geen raketten aan Rusland geleverd.",
        "Iran",
        "Russia",
        "denied",
    ),
    (
        "Chinese bedrijven zouden motoren aan Rusland hebben geleverd. China "
        "wees de beschuldigingen "
        "van de hand.",
        "China",
        "Russia",
        "denied",
    ),
    # plans, considerations
    (
        "China overweegt Rusland dodelijke wapens te leveren, zei Blinken.",
        "China",
        "Russia",
        "unconfirmed",
    ),
    # warnings and negatives
    ("Poetin ontmoette Xi Jinping in Peking.", None),
    ("De EU legde sancties op aan Chinese bedrijven.", None),
    ("Rusland produceert nu zelf drones in Alabuga.", None),
    ("Russische drones vielen 's nachts Kyiv aan.", None),
    ("Een Shahed-drone kost ongeveer 20.000 dollar.", None),
    ("Rusland gebruikt zijn eigen drones.", None),
]

DE: list[Case] = [
    # active, word orders, bare dative
    (
        "Nordkorea lieferte Russland Millionen Artilleriegranaten.",
        "North Korea",
        "Russia",
        "reported",
    ),
    (
        "Im Herbst 2023 lieferte Nordkorea Russland über eine Million Granaten.",
        "North Korea",
        "Russia",
        "reported",
    ),
    ("Der Iran hat Russland Hunderte Shahed-Drohnen geliefert.", "Iran", "Russia", "reported"),
    (
        "Chinesische Firmen verkaufen Werkzeugmaschinen an die russische Rüstungsindustrie.",
        "Chinese companies",
        "~Russia",
        "reported",
    ),
    (
        "Die US-Regierung erklärte, dass China Russland Mikroelektronik und "
        "Nitrozellulose liefere.",
        "China",
        "Russia",
        "reported",
    ),
    (
        "Nach Angaben von Reuters hat Xiamen Limbach Motoren an IEMZ Kupol geliefert.",
        "Xiamen Limbach Aircraft Engine",
        "IEMZ Kupol",
        "reported",
    ),
    (
        "Norinco hat im Jahr 2022 rund tausend Sturmgewehre an Tekhkrim verkauft.",
        "Norinco",
        "Tekhkrim",
        "reported",
    ),
    # passive
    ("Die Drohnen wurden aus China nach Russland geliefert.", "China", "Russia", "reported"),
    (
        "Mehr als 1000 Container wurden aus Nordkorea nach Russland verschifft.",
        "North Korea",
        "Russia",
        "reported",
    ),
    # recipient verbs
    (
        "Russland bezieht fast 90 Prozent seiner Mikroelektronik aus China.",
        "China",
        "Russia",
        "reported",
    ),
    (
        "Moskau importierte im vergangenen Jahr Werkzeugmaschinen aus China.",
        "China",
        "Moscow",
        "reported",
    ),
    (
        "IEMZ Kupol kaufte Motoren bei Xiamen Limbach.",
        "Xiamen Limbach Aircraft Engine",
        "IEMZ Kupol",
        "reported",
    ),
    ("Russland hat beim Iran ballistische Raketen bestellt.", "Iran", "Russia", "reported"),
    (
        "Die russische Armee erhielt Hunderte Fath-360-Raketen aus dem Iran.",
        "Iran",
        "Russian armed forces",
        "reported",
    ),
    ("Tekhkrim soll die Gewehre von Norinco erworben haben.", "Norinco", "Tekhkrim", "reported"),
    # nominalisations
    (
        "Die Lieferungen von Granaten aus Nordkorea an Russland haben zugenommen.",
        "North Korea",
        "Russia",
        "reported",
    ),
    (
        "Chinas Exporte von Drohnenteilen nach Russland stiegen 2023 stark an.",
        "China",
        "Russia",
        "reported",
    ),
    (
        "Russlands Importe von Mikrochips aus China haben sich verdoppelt.",
        "China",
        "Russia",
        "reported",
    ),
    (
        "Die iranischen Drohnenlieferungen an Russland begannen im Sommer 2022.",
        "Iran",
        "Russia",
        "reported",
    ),
    # resale, re-export
    (
        "Eine Firma in Kirgisistan kaufte Chips in China und verkaufte sie an russische "
        "Rüstungsbetriebe weiter.",
        "~Kyrgyzstan",
        "~Russia",
        "reported",
    ),
    (
        "Türkische Händler exportierten die Bauteile weiter nach Russland.",
        "~Turkey",
        "Russia",
        "reported",
    ),
    # routing
    ("Pjöngjang schickte Raketen vom Typ KN-23 nach Russland.", "Pyongyang", "Russia", "reported"),
    (
        "Der Iran schmuggelte Drohnen über das Kaspische Meer nach Russland.",
        "Iran",
        "Russia",
        "reported",
    ),
    (
        "Chinesische Händler schleusten Bauteile über die Türkei nach Russland.",
        "~China",
        "Russia",
        "reported",
    ),
    (
        "Nordkorea übergab Russland Raketenwerfer und ballistische Raketen.",
        "North Korea",
        "Russia",
        "reported",
    ),
    # transit
    (
        "Sichuan AEE lieferte Drohnen über TSK Vektor an IEMZ Kupol.",
        "Sichuan AEE",
        "IEMZ Kupol",
        "reported",
    ),
    # described parties with a place
    (
        "Lieferanten in Shenzhen verkauften Navigationstechnik an russische Rüstungsunternehmen.",
        "~China",
        "~Russia",
        "reported",
    ),
    (
        "Handelsfirmen in Dubai lieferten westliche Chips an russische Abnehmer.",
        "~United Arab Emirates",
        "~Russia",
        "reported",
    ),
    (
        "Eine in Hongkong registrierte Firma verkaufte Drohnen an Russland.",
        "~Hong Kong",
        "Russia",
        "reported",
    ),
    # hedges
    ("Der Iran soll Russland auch Fath-360-Raketen geliefert haben.", "Iran", "Russia", "reported"),
    (
        "Angeblich hat China Russland Satellitenbilder zur Verfügung gestellt.",
        "China",
        "Russia",
        "reported",
    ),
    (
        "Chinesische Unternehmen sollen Russland mit Drohnenmotoren versorgt haben.",
        "Chinese companies",
        "Russia",
        "reported",
    ),
    # attribution
    (
        "Nordkorea hat Russland 6700 Container mit Munition geschickt, sagte der südkoreanische "
        "Verteidigungsminister.",
        "North Korea",
        "Russia",
        "reported",
    ),
    (
        "Wie der Spiegel berichtete, verhandelte Xi'an Bingo über den Verkauf "
        "von 100 Drohnen an das "
        "russische Militär.",
        "Xi'an Bingo Intelligent Aviation Technology",
        "Russian military",
        "unconfirmed",
    ),
    (
        "Aus Dokumenten, die Reuters einsehen konnte, geht hervor, dass TSK "
        "Vektor Drohnen an Kupol "
        "lieferte.",
        "TSK Vektor",
        "IEMZ Kupol",
        "reported",
    ),
    # doubt
    (
        "Russland soll Raketen aus Nordkorea erhalten haben; unabhängig bestätigt wurde das nicht.",
        "North Korea",
        "Russia",
        "unconfirmed",
    ),
    (
        "Ob chinesische Firmen tatsächlich Waffen an Russland geliefert haben, lässt sich nicht "
        "überprüfen.",
        "Chinese companies",
        "Russia",
        "unconfirmed",
    ),
    # denials
    ("Peking bestreitet, Waffen an Russland zu liefern.", "Beijing", "Russia", "denied"),
    (
        "Der Iran hat Russland nach eigenen Angaben keine Raketen geliefert.",
        "Iran",
        "Russia",
        "denied",
    ),
    (
        "Chinesische Firmen sollen Drohnenmotoren an Russland geliefert haben. China wies die "
        "Vorwürfe zurück.",
        "China",
        "Russia",
        "denied",
    ),
    # plans, considerations
    # warnings and negatives
    ("Die USA warnten China davor, Russland Waffen zu liefern.", None),
    ("Putin traf Xi Jinping in Peking.", None),
    ("Die EU verhängte Sanktionen gegen chinesische Firmen.", None),
    ("Russland produziert inzwischen eigene Drohnen in Alabuga.", None),
    ("Russische Drohnen griffen in der Nacht Kiew an.", None),
    ("Der Preis einer Shahed-Drohne liegt bei etwa 20000 Dollar.", None),
    ("Russland setzt seine eigenen Drohnen ein.", None),
]

FR: list[Case] = [
    # active, word orders
    (
        "La Corée du Nord a livré des millions d'obus à la Russie.",
        "North Korea",
        "Russia",
        "reported",
    ),
    (
        "L'an dernier, l'Iran a fourni des centaines de drones Shahed à la Russie.",
        "Iran",
        "Russia",
        "reported",
    ),
    (
        "La Chine fournit à la Russie des machines-outils et de la microélectronique, selon des "
        "responsables américains.",
        "China",
        "Russia",
        "reported",
    ),
    (
        "Selon Reuters, Xiamen Limbach a vendu des moteurs à IEMZ Kupol.",
        "Xiamen Limbach Aircraft Engine",
        "IEMZ Kupol",
        "reported",
    ),
    (
        "La Maison Blanche affirme que la Corée du Nord a livré des missiles "
        "balistiques à la Russie.",
        "North Korea",
        "Russia",
        "reported",
    ),
    (
        "Norinco aurait vendu environ mille fusils à Tekhkrim en 2022.",
        "Norinco",
        "Tekhkrim",
        "reported",
    ),
    # passive
    ("Les fusils ont été vendus par Norinco à Tekhkrim.", "Norinco", "Tekhkrim", "reported"),
    ("Les drones ont été livrés de Chine en Russie.", "China", "Russia", "reported"),
    (
        "Plus de mille conteneurs de munitions ont été expédiés de Corée du Nord vers la Russie.",
        "North Korea",
        "Russia",
        "reported",
    ),
    # recipient verbs
    ("La Russie a reçu des centaines de missiles de l'Iran.", "Iran", "Russia", "reported"),
    ("Moscou importe de Chine presque toutes ses machines-outils.", "China", "Moscow", "reported"),
    (
        "IEMZ Kupol a acheté des moteurs auprès de Xiamen Limbach.",
        "Xiamen Limbach Aircraft Engine",
        "IEMZ Kupol",
        "reported",
    ),
    ("La Russie a commandé des missiles balistiques à l'Iran.", "Iran", "Russia", "reported"),
    (
        "L'armée russe a obtenu des missiles Fath-360 de l'Iran.",
        "Iran",
        "Russian armed forces",
        "reported",
    ),
    ("Tekhkrim se serait procuré les fusils auprès de Norinco.", "Norinco", "Tekhkrim", "reported"),
    (
        "La Russie a acquis des équipements de navigation auprès de Poly Technologies.",
        "Poly Technologies",
        "Russia",
        "reported",
    ),
    # nominalisations
    (
        "Les livraisons d'obus de la Corée du Nord à la Russie se sont accélérées.",
        "North Korea",
        "Russia",
        "reported",
    ),
    (
        "Les exportations chinoises de pièces de drones vers la Russie ont fortement augmenté.",
        "China",
        "Russia",
        "reported",
    ),
    (
        "Les livraisons iraniennes d'armes à la Russie ont commencé en 2022.",
        "Iran",
        "Russia",
        "reported",
    ),
    # resale, re-export
    (
        "Des négociants turcs ont réexporté les composants vers la Russie.",
        "~Turkey",
        "Russia",
        "reported",
    ),
    # routing
    ("Pyongyang a envoyé des missiles KN-23 en Russie.", "Pyongyang", "Russia", "reported"),
    (
        "L'Iran a acheminé des drones vers la Russie par la mer Caspienne.",
        "Iran",
        "Russia",
        "reported",
    ),
    (
        "Des entreprises chinoises ont fait passer des pièces en Russie via la Turquie.",
        "Chinese companies",
        "Russia",
        "reported",
    ),
    (
        "La Corée du Nord a remis des lance-missiles à la Russie.",
        "North Korea",
        "Russia",
        "reported",
    ),
    (
        "Des sociétés chinoises ont fait transiter les composants par le "
        "Kazakhstan vers la Russie.",
        "Chinese companies",
        "Russia",
        "reported",
    ),
    # transit
    (
        "Sichuan AEE a livré des drones à IEMZ Kupol par l'intermédiaire de TSK Vektor.",
        "Sichuan AEE",
        "IEMZ Kupol",
        "reported",
    ),
    # described parties with a place
    (
        "Une société enregistrée à Hong Kong a vendu des drones à la Russie.",
        "~Hong Kong",
        "Russia",
        "reported",
    ),
    # hedges
    (
        "L'Iran aurait également livré des missiles Fath-360 à la Russie.",
        "Iran",
        "Russia",
        "reported",
    ),
    ("La Chine aurait fourni des images satellites à la Russie.", "China", "Russia", "reported"),
    # attribution
    (
        "D'après le Wall Street Journal, Poly Technologies a expédié du matériel de navigation en "
        "Russie.",
        "Poly Technologies",
        "Russia",
        "reported",
    ),
    (
        "La Corée du Nord a envoyé 6 700 conteneurs de munitions à la Russie, "
        "a déclaré le ministre "
        "sud-coréen de la Défense.",
        "North Korea",
        "Russia",
        "reported",
    ),
    (
        "Des documents consultés par Reuters montrent que TSK Vektor a livré des drones à Kupol.",
        "TSK Vektor",
        "IEMZ Kupol",
        "reported",
    ),
    (
        "Selon Der Spiegel, Xi'an Bingo négociait la vente de cent drones à l'armée russe.",
        "Xi'an Bingo Intelligent Aviation Technology",
        "Russian armed forces",
        "unconfirmed",
    ),
    # doubt
    (
        "La Russie aurait reçu des missiles de la Corée du Nord, ce qui n'a pas été confirmé.",
        "North Korea",
        "Russia",
        "unconfirmed",
    ),
    (
        "Des entreprises chinoises auraient livré des armes à la Russie. Ces "
        "informations n'ont pas pu "
        "être vérifiées de manière indépendante.",
        "Chinese companies",
        "Russia",
        "unconfirmed",
    ),
    # denials
    ("Pékin nie avoir livré des armes à la Russie.", "Beijing", "Russia", "denied"),
    ("L'Iran affirme n'avoir fourni aucun missile à la Russie.", "Iran", "Russia", "denied"),
    (
        "Des entreprises chinoises auraient livré des moteurs à la Russie. La Chine a rejeté ces "
        "accusations.",
        "China",
        "Russia",
        "denied",
    ),
    # plans, considerations
    ("La Russie envisage d'acheter davantage de drones à l'Iran.", "Iran", "Russia", "unconfirmed"),
    (
        "La Chine envisage de livrer des armes létales à la Russie, a averti Blinken.",
        "China",
        "Russia",
        "unconfirmed",
    ),
    # warnings and negatives
    ("Washington a mis en garde Pékin contre toute livraison d'armes à la Russie.", None),
    ("Vladimir Poutine a rencontré Xi Jinping à Pékin.", None),
    ("L'UE a imposé des sanctions à des entreprises chinoises.", None),
    ("La Russie produit désormais ses propres drones à Alabuga.", None),
    ("Des drones russes ont frappé Kiev pendant la nuit.", None),
    ("Un drone Shahed coûte environ 20 000 dollars.", None),
    ("La Russie utilise ses propres drones.", None),
]


def same(got: str | None, want: str) -> bool:
    if want.startswith("~"):
        return bool(got) and re.search(COUNTRY[want[1:]], got or "") is not None
    return got == want


@pytest.mark.parametrize(
    "case",
    [
        pytest.param(c, id=f"{lang}-{i:02d}")
        for lang, cases in (("nl", NL), ("de", DE), ("fr", FR))
        for i, c in enumerate(cases)
    ],
)
def test_inventory(case: Case) -> None:
    sentence = case[0]
    found = [c for c in claims(sentence) if c.kind in SCORED]
    got = [(c.kind, c.supplier, c.recipient, c.certainty) for c in found]
    if case[1] is None:
        assert found == [], got
        return
    supplier, recipient, certainty = case[1], case[2], case[3]
    assert any(
        same(c.supplier, supplier) and same(c.recipient, recipient) and c.certainty == certainty
        for c in found
    ), got
