# ruff: noqa: E501  (a table of sentences: one case per line reads best)
"""Construction inventory for Norwegian (Bokmål, Nynorsk), Danish and Swedish: the ways the press
of each language says who supplied what to whom (tenses, verb-second inversion, subordinate
clauses, bare recipients, passives, receive/import/buy verbs, nominalisations, resale, routing,
transit, described parties with a place, hedges, attribution, doubt, denials, plans) and sentences
that must give no supply claim. Every sentence was written for this test from public facts; none
is taken from an article. Expected values were written from the meaning of each sentence.

A wanted party is a label, a tuple of acceptable labels (a described firm with a place may be
labelled by the place or its country), a prefix ending in `*` ("Russia*": Russia or any Russian
group) or a part starting with `~` ("~Dubai": "companies in Dubai"). Warnings, sanctions and
meetings are not supply claims, so a sentence that must give no claim may still give those.
"""

import pytest
from test_claims import claims

Want = str | tuple[str, ...]

R, U, D = "reported", "unconfirmed", "denied"
UAE = ("United Arab Emirates", "~Dubai", "~Emirat")
HK = ("~Hong Kong", "China", "Chinese*")
SZ = ("~Shenzhen", "China", "Chinese*")
SUPPLY_KINDS = ("supply", "expertise", "production")
# A one-sentence Nynorsk text is often named Bokmål (few function words tell them apart), so the
# Nynorsk sentences follow a short Nynorsk lead paragraph, as in an article; it holds no claim.
NN_LEAD = "Her er ei kort oversikt over kva vi veit om saka så langt.\n\n"

NB: list[tuple[str, Want | None, Want | None, str | None]] = [
    # active, tenses, word order
    (
        "Kina leverer stadig flere droner til Russland, ifølge amerikanske tjenestemenn.",
        "China",
        "Russia",
        R,
    ),
    ("I fjor leverte Iran hundrevis av Shahed-droner til Russland.", "Iran", "Russia", R),
    (
        "Reuters skriver at Xiamen Limbach har levert motorer til IEMZ Kupol.",
        "Xiamen Limbach Aircraft Engine",
        "IEMZ Kupol",
        R,
    ),
    (
        "Nord-Korea har siden høsten 2023 sendt millioner av artillerigranater til Russland.",
        "North Korea",
        "Russia",
        R,
    ),
    (
        "Iran har solgt Russland ballistiske missiler av typen Fath-360, sa Blinken.",
        "Iran",
        "Russia",
        R,
    ),
    ("Sichuan AEE sendte droner til IEMZ Kupol via TSK Vektor.", "Sichuan AEE", "IEMZ Kupol", R),
    (
        "Nord-Korea har overlevert KN-23-missiler til Russland, sier Det hvite hus.",
        "North Korea",
        "Russia",
        R,
    ),
    # passives
    ("Rundt tusen CQ-A-rifler ble sendt fra Kina til Russland i fjor.", "China", "Russia", R),
    ("Granatene fraktes med tog fra Nord-Korea til Russland.", "North Korea", "Russia", R),
    (
        "Ifølge Politico ble skuddsikre vester fraktet fra Kina til Russland gjennom Tyrkia.",
        "China",
        "Russia",
        R,
    ),
    # recipient side
    ("Russland har mottatt over 400 missiler fra Iran, melder Reuters.", "Iran", "Russia", R),
    (
        "Russland importerer nesten 90 prosent av mikroelektronikken sin fra Kina.",
        "China",
        "Russia",
        R,
    ),
    ("Tekhkrim kjøpte rundt tusen rifler fra Norinco, ifølge tolldata.", "Norinco", "Tekhkrim", R),
    (
        "IEMZ Kupol bestilte flere motorer fra Xiamen Limbach.",
        "Xiamen Limbach Aircraft Engine",
        "IEMZ Kupol",
        R,
    ),
    ("Russiske våpenprodusenter har skaffet seg maskinverktøy fra Kina.", "China", "Russia*", R),
    ("Russland tok imot de første dronene fra Iran i august 2022.", "Iran", "Russia", R),
    # nominalisations
    ("Leveransene av droner fra Iran til Russland begynte i august 2022.", "Iran", "Russia", R),
    (
        "Kinas eksport av mikrobrikker til Russland har økt kraftig siden 2022.",
        "China",
        "Russia",
        R,
    ),
    ("Russisk import av nitrocellulose fra Kina har doblet seg.", "China", "Russia", R),
    # resale, re-export, smuggling
    (
        "Et handelsselskap i Dubai kjøpte brikkene i Hongkong og solgte dem videre til Russland.",
        UAE,
        "Russia",
        R,
    ),
    (
        "Tyrkiske selskaper har reeksportert vestlige komponenter til Russland.",
        ("Turk*", "Türkiye"),
        "Russia",
        R,
    ),
    # described parties with a place
    ("Leverandører i Shenzhen har sendt dronedeler til russiske kjøpere.", SZ, "Russia*", R),
    ("Et selskap registrert i Hongkong solgte navigasjonsutstyr til Russland.", HK, "Russia", R),
    (
        "Handelsselskaper i De forente arabiske emirater videresolgte mikrobrikker til Russland.",
        UAE,
        "Russia",
        R,
    ),
    # hedges and attribution
    ("Kina skal ha levert satellittbilder til Russland, ifølge Bloomberg.", "China", "Russia", R),
    (
        "Poly Technologies har angivelig sendt navigasjonsutstyr til Russland.",
        "Poly Technologies",
        "Russia",
        R,
    ),
    (
        "Ifølge dokumenter sett av Reuters skal Kupol ha mottatt sju droner fra Kina.",
        "China",
        "IEMZ Kupol",
        R,
    ),
    ("Iran har sendt Russland droner, opplyste Det hvite hus.", "Iran", "Russia", R),
    (
        "Russland har kjøpt granater fra Nord-Korea, sa talsmannen John Kirby.",
        "North Korea",
        "Russia",
        R,
    ),
    (
        "Ifølge tolldokumenter som Wall Street Journal har gjennomgått, leverte Poly Technologies navigasjonsutstyr til Russland.",
        "Poly Technologies",
        "Russia",
        R,
    ),
    # doubt
    (
        "Opplysningene om at Kina har levert droner til Russland, kan ikke bekreftes.",
        "China",
        "Russia",
        U,
    ),
    (
        "Det er ikke bekreftet at Nord-Korea har levert missiler til Russland.",
        "North Korea",
        "Russia",
        U,
    ),
    # denials
    ("Kina avviser å ha levert våpen til Russland.", "China", "Russia", D),
    (
        "Beijing nekter for at kinesiske selskaper har solgt droner til Russland.",
        ("Chinese companies", "Beijing", "China"),
        "Russia",
        D,
    ),
    # plans, considerations
    (
        "Iran planlegger å sende flere droner til Russland, ifølge amerikansk etterretning.",
        "Iran",
        "Russia",
        U,
    ),
    ("Kina vurderer å levere våpen til Russland, sa Blinken.", "China", "Russia", U),
    # equip, channel, secure, contribute, train, end up with, passive hedges, described firms
    (
        "Kina har forsynt Russland med store mengder mikroelektronikk, sier amerikanske tjenestemenn.",
        "China",
        "Russia",
        R,
    ),
    ("Kina har utstyrt Russland med navigasjonsutstyr.", "China", "Russia", R),
    (
        "Kinesiske selskaper har kanalisert mikrobrikker til Russland via Kasakhstan.",
        "Chinese companies",
        "Russia",
        R,
    ),
    ("Russland har sikret seg maskinverktøy fra Kina.", "China", "Russia", R),
    ("Iran har bidratt med droner til Russland.", "Iran", "Russia", R),
    ("Kina påstås å ha levert droner til Russland.", "China", "Russia", R),
    (
        "Iranske instruktører har lært opp russiske soldater i bruk av dronene.",
        "Iran*",
        "Russia*",
        R,
    ),
    ("Nordkoreanske granater har havnet hos russiske styrker.", "North Korea", "Russia*", R),
    ("Et handelsfirma i Dubai solgte brikker til Russland.", UAE, "Russia", R),
    ("Et skallselskap i Hongkong sto bak leveransene av brikker til Russland.", HK, "Russia", R),
    (
        "Dronene, som ble produsert i Kina, ble levert til Russland via Tyrkia.",
        "China",
        "Russia",
        R,
    ),
    (
        "Kupol fikk motorene levert fra Xiamen Limbach.",
        "Xiamen Limbach Aircraft Engine",
        "IEMZ Kupol",
        R,
    ),
    (
        "Reuters har sett dokumenter som viser at TSK Vektor kjøpte droner fra Sichuan AEE.",
        "Sichuan AEE",
        "TSK Vektor",
        R,
    ),
    (
        "Xi'an Bingo skal ha forhandlet om å levere 100 ZT-180-droner til det russiske forsvaret innen april.",
        "Xi'an Bingo Intelligent Aviation Technology",
        "Russia*",
        U,
    ),
    (
        "Amerikanske myndigheter anklager Kina for å forsyne Russland med våpenkomponenter.",
        "China",
        "Russia",
        U,
    ),
    (
        "Kina nekter for å ha levert dødelige våpen til noen av partene i krigen.",
        "China",
        "any party to the conflict",
        D,
    ),
    ("Handelen mellom Kina og Russland nådde et rekordnivå i fjor.", None, None, None),
    # no supply claim
    ("USA advarte Kina mot å sende våpen til Russland.", None, None, None),
    ("Putin møtte Kim Jong-un ved Vostotsjnyj-kosmodromen i september 2023.", None, None, None),
    ("EU innførte nye sanksjoner mot kinesiske selskaper i februar.", None, None, None),
    ("Russland produserer nå selv tusenvis av Geran-droner i Alabuga.", None, None, None),
    ("Russiske styrker angrep Kharkiv med missiler natt til tirsdag.", None, None, None),
    ("Prisen på en Shahed-drone er anslått til rundt 20 000 dollar.", None, None, None),
    ("Russland bruker sine egne droner i angrepene mot Ukraina.", None, None, None),
]

NN: list[tuple[str, Want | None, Want | None, str | None]] = [
    (
        "Nord-Korea har sendt fleire millionar artillerigranatar til Russland, seier sørkoreanske styresmakter.",
        "North Korea",
        "Russia",
        R,
    ),
    ("I fjor leverte Iran hundrevis av droner til Russland.", "Iran", "Russia", R),
    ("Ifølgje Reuters har Kina levert dronemotorar til IEMZ Kupol.", "China", "IEMZ Kupol", R),
    (
        "Det kvite huset seier at Nord-Korea har gjeve Russland ballistiske missil.",
        "North Korea",
        "Russia",
        R,
    ),
    ("I 2023 selde Iran Russland fleire tusen droner.", "Iran", "Russia", R),
    (
        "Nord-Korea har overlevert KN-23-missil til Russland, opplyste ukrainske påtalemakter.",
        "North Korea",
        "Russia",
        R,
    ),
    # passives
    ("Granatane vart frakta med tog frå Nord-Korea til Russland.", "North Korea", "Russia", R),
    ("Komponentane blir sende frå Kina til Russland via Kasakhstan.", "China", "Russia", R),
    # recipient side
    ("Russland har fått over 400 missil frå Iran, melde Reuters.", "Iran", "Russia", R),
    ("Russland importerer mesteparten av mikroelektronikken sin frå Kina.", "China", "Russia", R),
    ("Tekhkrim kjøpte rundt tusen rifler frå Norinco.", "Norinco", "Tekhkrim", R),
    ("Russland tok imot dei første dronene frå Iran i august 2022.", "Iran", "Russia", R),
    # nominalisations
    (
        "Leveransane av granatar frå Nord-Korea til Russland auka kraftig i fjor haust.",
        "North Korea",
        "Russia",
        R,
    ),
    ("Kinas eksport av maskinverktøy til Russland har auka sidan 2022.", "China", "Russia", R),
    # resale, smuggling, places
    (
        "Eit handelsselskap i Dubai kjøpte brikkene og selde dei vidare til Russland.",
        UAE,
        "Russia",
        R,
    ),
    (
        "Kinesiske selskap har smugla dronedelar til Russland gjennom Tyrkia.",
        "Chinese companies",
        "Russia",
        R,
    ),
    (
        "Leverandørar i Hongkong har sendt elektronikk til russiske våpenprodusentar.",
        HK,
        "Russia*",
        R,
    ),
    (
        "Eit firma registrert i Kirgisistan sende mikrobrikker til Russland.",
        ("Kyrgyzstan", "Kyrgyz companies"),
        "Russia",
        R,
    ),
    # hedges and attribution
    ("Kina skal ha levert satellittbilete til Russland.", "China", "Russia", R),
    ("Iran har visstnok sendt Fath-360-missil til Russland.", "Iran", "Russia", R),
    (
        "Ifølgje tolldokument som Wall Street Journal har sett, sende Poly Technologies navigasjonsutstyr til Russland.",
        "Poly Technologies",
        "Russia",
        R,
    ),
    # doubt
    ("Det er ikkje stadfesta at Kina har sendt våpen til Russland.", "China", "Russia", U),
    (
        "Opplysningane om at Iran har levert missil til Russland, har ikkje kunna verifiserast.",
        "Iran",
        "Russia",
        U,
    ),
    # denials
    ("Nord-Korea nektar for å ha levert våpen til Russland.", "North Korea", "Russia", D),
    ("Kina avviser at landet har sendt våpen til Russland.", "China", "Russia", D),
    # plans, considerations
    (
        "Nord-Korea skal etter planen sende fleire missil til Russland i vår.",
        "North Korea",
        "Russia",
        U,
    ),
    ("Kina vurderer å levere dødelege våpen til Russland, sa Blinken.", "China", "Russia", U),
    # equip, give with a bare recipient, train, end up with, described firms
    (
        "Kina har forsynt Russland med store mengder mikroelektronikk, seier amerikanske styresmakter.",
        "China",
        "Russia",
        R,
    ),
    ("Iran har visstnok gjeve Russland fleire hundre dronar.", "Iran", "Russia", R),
    ("Nordkoreanske granatar har hamna hos russiske styrkar.", "North Korea", "Russia*", R),
    (
        "Iranske instruktørar har lært opp russiske soldatar i bruken av dronane.",
        "Iran*",
        "Russia*",
        R,
    ),
    ("Eit selskap i Shenzhen sende dronedelane vidare til Moskva.", SZ, "Moscow", R),
    (
        "Dronane, som vart produserte i Kina, vart leverte til Russland via Tyrkia.",
        "China",
        "Russia",
        R,
    ),
    (
        "Amerikanske styresmakter skuldar Kina for å forsyne Russland med våpenkomponentar.",
        "China",
        "Russia",
        U,
    ),
    (
        "Kina nektar for å ha levert dødelege våpen til nokon av partane i krigen.",
        "China",
        "any party to the conflict",
        D,
    ),
    ("Handelen mellom Kina og Russland nådde eit rekordnivå i fjor.", None, None, None),
    # no supply claim
    ("Blinken åtvara Kina mot å sende våpen til Russland.", None, None, None),
    ("Kim Jong-un møtte Vladimir Putin i Russland i september 2023.", None, None, None),
    ("USA innførte sanksjonar mot Xiamen Limbach i oktober 2024.", None, None, None),
    ("Russland produserer no sjølv Geran-droner i Alabuga.", None, None, None),
    ("Russiske styrkar skaut fleire missil mot Kharkiv i januar.", None, None, None),
    ("Russland brukar sine eigne droner mot Ukraina.", None, None, None),
    ("Prisen på ein artillerigranat har auka kraftig.", None, None, None),
]

DA: list[tuple[str, Want | None, Want | None, str | None]] = [
    (
        "Kina leverer i stigende grad droner til Rusland, siger amerikanske embedsmænd.",
        "China",
        "Russia",
        R,
    ),
    ("Sidste år leverede Iran hundredvis af Shahed-droner til Rusland.", "Iran", "Russia", R),
    (
        "Reuters skriver, at Xiamen Limbach har leveret motorer til IEMZ Kupol.",
        "Xiamen Limbach Aircraft Engine",
        "IEMZ Kupol",
        R,
    ),
    (
        "Nordkorea har siden efteråret 2023 sendt millioner af granater til Rusland.",
        "North Korea",
        "Russia",
        R,
    ),
    ("Iran har solgt Rusland ballistiske missiler, sagde Blinken.", "Iran", "Russia", R),
    (
        "Nordkorea har overdraget KN-23-missiler til Rusland, siger Det Hvide Hus.",
        "North Korea",
        "Russia",
        R,
    ),
    # passives
    ("Granaterne sendes med tog fra Nordkorea til Rusland.", "North Korea", "Russia", R),
    (
        "Ifølge Politico blev skudsikre veste fragtet fra Kina til Rusland via Tyrkiet.",
        "China",
        "Russia",
        R,
    ),
    # recipient side
    ("Rusland har modtaget over 400 missiler fra Iran, oplyser Reuters.", "Iran", "Russia", R),
    ("Rusland importerer næsten 90 procent af sin mikroelektronik fra Kina.", "China", "Russia", R),
    ("Tekhkrim købte omkring tusind rifler fra Norinco.", "Norinco", "Tekhkrim", R),
    ("Russiske våbenproducenter har anskaffet maskinværktøj i Kina.", "China", "Russia*", R),
    ("Rusland fik de første droner fra Iran i august 2022.", "Iran", "Russia", R),
    # nominalisations
    ("Leverancerne af droner fra Iran til Rusland begyndte i august 2022.", "Iran", "Russia", R),
    ("Kinas eksport af mikrochips til Rusland er steget markant.", "China", "Russia", R),
    # resale, re-export, smuggling, places
    (
        "Et handelsselskab i Dubai købte chippene i Hongkong og videresolgte dem til Rusland.",
        UAE,
        "Russia",
        R,
    ),
    (
        "Tyrkiske virksomheder har reeksporteret vestlige komponenter til Rusland.",
        ("Turk*", "Türkiye"),
        "Russia",
        R,
    ),
    (
        "Kinesiske firmaer har smuglet dronedele til Rusland gennem Kasakhstan.",
        "Chinese companies",
        "Russia",
        R,
    ),
    ("Leverandører i Shenzhen har sendt elektronik til russiske købere.", SZ, "Russia*", R),
    ("Et selskab registreret i Hongkong har solgt navigationsudstyr til Rusland.", HK, "Russia", R),
    # hedges and attribution
    ("Kina skulle angiveligt have leveret satellitbilleder til Rusland.", "China", "Russia", R),
    ("Iran har efter sigende sendt Fath-360-missiler til Rusland.", "Iran", "Russia", R),
    (
        "Ifølge tolddokumenter, som Wall Street Journal har set, leverede Poly Technologies navigationsudstyr til Rusland.",
        "Poly Technologies",
        "Russia",
        R,
    ),
    # doubt
    (
        "Det er ikke bekræftet, at Nordkorea har leveret missiler til Rusland.",
        "North Korea",
        "Russia",
        U,
    ),
    (
        "Oplysningerne om, at Kina har leveret droner til Rusland, har ikke kunnet verificeres.",
        "China",
        "Russia",
        U,
    ),
    # denials
    ("Kina afviser at have leveret våben til Rusland.", "China", "Russia", D),
    ("Nordkorea benægter, at landet har sendt granater til Rusland.", "North Korea", "Russia", D),
    # plans, considerations
    (
        "Iran planlægger at sende flere droner til Rusland, ifølge amerikansk efterretning.",
        "Iran",
        "Russia",
        U,
    ),
    ("Kina overvejer at levere dødelige våben til Rusland, sagde Blinken.", "China", "Russia", U),
    # equip, channel, secure, ship, train, end up with, passive hedges, described firms
    (
        "Kina har forsynet Rusland med store mængder mikroelektronik, siger amerikanske embedsmænd.",
        "China",
        "Russia",
        R,
    ),
    ("Kina har udstyret Rusland med navigationsudstyr.", "China", "Russia", R),
    (
        "Kinesiske firmaer har kanaliseret mikrochips til Rusland via Kasakhstan.",
        "Chinese companies",
        "Russia",
        R,
    ),
    ("Rusland har sikret sig maskinværktøj fra Kina.", "China", "Russia", R),
    ("Nordkorea har skibet granater til Rusland.", "North Korea", "Russia", R),
    ("Kina påstås at have leveret droner til Rusland.", "China", "Russia", R),
    ("Nordkoreanske granater er endt hos russiske styrker.", "North Korea", "Russia*", R),
    (
        "Iranske instruktører har trænet russiske soldater i brugen af dronerne.",
        "Iran*",
        "Russia*",
        R,
    ),
    (
        "Iran skal have leveret hundredvis af droner til Rusland, oplyser kilder til Reuters.",
        "Iran",
        "Russia",
        R,
    ),
    ("Iran har givet Rusland flere hundrede droner.", "Iran", "Russia", R),
    ("Et skuffeselskab i Hongkong stod bag leverancerne af chips til Rusland.", HK, "Russia", R),
    (
        "Amerikanske myndigheder beskylder Kina for at forsyne Rusland med våbenkomponenter.",
        "China",
        "Russia",
        U,
    ),
    (
        "Kina nægter at have leveret dødelige våben til nogen af parterne i krigen.",
        "China",
        "any party to the conflict",
        D,
    ),
    ("Handelen mellem Kina og Rusland nåede et rekordniveau sidste år.", None, None, None),
    # no supply claim
    ("USA advarede Kina mod at sende våben til Rusland.", None, None, None),
    ("Putin mødte Kim Jong-un på Vostotjnyj-kosmodromen i september 2023.", None, None, None),
    ("EU indførte nye sanktioner mod kinesiske virksomheder i februar.", None, None, None),
    ("Rusland producerer nu selv tusindvis af Geran-droner.", None, None, None),
    ("Russiske styrker angreb Kharkiv med missiler natten til tirsdag.", None, None, None),
    ("Rusland bruger sine egne droner i angrebene på Ukraine.", None, None, None),
]

SV: list[tuple[str, Want | None, Want | None, str | None]] = [
    (
        "Kina levererar allt fler drönare till Ryssland, enligt amerikanska tjänstemän.",
        "China",
        "Russia",
        R,
    ),
    ("I fjol levererade Iran hundratals Shahed-drönare till Ryssland.", "Iran", "Russia", R),
    (
        "Reuters skriver att Xiamen Limbach har levererat motorer till IEMZ Kupol.",
        "Xiamen Limbach Aircraft Engine",
        "IEMZ Kupol",
        R,
    ),
    (
        "Nordkorea har sedan hösten 2023 skickat miljontals artillerigranater till Ryssland.",
        "North Korea",
        "Russia",
        R,
    ),
    ("Iran har sålt ballistiska robotar till Ryssland, sade Blinken.", "Iran", "Russia", R),
    ("Iran har gett Ryssland tusentals drönare.", "Iran", "Russia", R),
    (
        "Nordkorea har överlämnat KN-23-robotar till Ryssland, säger Vita huset.",
        "North Korea",
        "Russia",
        R,
    ),
    (
        "Sichuan AEE skickade drönare till IEMZ Kupol via TSK Vektor.",
        "Sichuan AEE",
        "IEMZ Kupol",
        R,
    ),
    # passives
    ("Omkring tusen CQ-A-gevär blev skickade från Kina till Ryssland.", "China", "Russia", R),
    ("Granaterna fraktas med tåg från Nordkorea till Ryssland.", "North Korea", "Russia", R),
    (
        "Enligt Politico fraktades skyddsvästar från Kina till Ryssland via Turkiet.",
        "China",
        "Russia",
        R,
    ),
    # recipient side
    (
        "Ryssland har tagit emot över 400 robotar från Iran, rapporterar Reuters.",
        "Iran",
        "Russia",
        R,
    ),
    (
        "Ryssland importerar nästan 90 procent av sin mikroelektronik från Kina.",
        "China",
        "Russia",
        R,
    ),
    ("Tekhkrim köpte omkring tusen gevär från Norinco.", "Norinco", "Tekhkrim", R),
    ("Ryska vapentillverkare har skaffat verktygsmaskiner i Kina.", "China", "Russia*", R),
    ("Ryssland fick de första drönarna från Iran i augusti 2022.", "Iran", "Russia", R),
    (
        "IEMZ Kupol beställde motorer från Xiamen Limbach.",
        "Xiamen Limbach Aircraft Engine",
        "IEMZ Kupol",
        R,
    ),
    # nominalisations
    (
        "Leveranserna av drönare från Iran till Ryssland inleddes i augusti 2022.",
        "Iran",
        "Russia",
        R,
    ),
    ("Kinas export av mikrochip till Ryssland har ökat kraftigt.", "China", "Russia", R),
    ("Rysslands import av nitrocellulosa från Kina har fördubblats.", "China", "Russia", R),
    # resale, re-export, smuggling, places
    (
        "Ett handelsbolag i Dubai köpte kretsarna i Hongkong och sålde dem vidare till Ryssland.",
        UAE,
        "Russia",
        R,
    ),
    (
        "Turkiska företag har återexporterat västerländska komponenter till Ryssland.",
        ("Turk*", "Türkiye"),
        "Russia",
        R,
    ),
    (
        "Kinesiska bolag har smugglat drönardelar till Ryssland genom Kazakstan.",
        "Chinese companies",
        "Russia",
        R,
    ),
    ("Leverantörer i Shenzhen har skickat elektronik till ryska köpare.", SZ, "Russia*", R),
    (
        "Ett företag registrerat i Hongkong sålde navigationsutrustning till Ryssland.",
        HK,
        "Russia",
        R,
    ),
    (
        "Handelsföretag i Förenade Arabemiraten har vidaresålt mikrochip till Ryssland.",
        UAE,
        "Russia",
        R,
    ),
    # hedges and attribution
    ("Kina ska ha levererat satellitbilder till Ryssland, enligt Bloomberg.", "China", "Russia", R),
    (
        "Poly Technologies uppges ha skickat navigationsutrustning till Ryssland.",
        "Poly Technologies",
        "Russia",
        R,
    ),
    ("Iran lär ha skickat Fath-360-robotar till Ryssland.", "Iran", "Russia", R),
    ("Kina har enligt uppgift levererat nitrocellulosa till Ryssland.", "China", "Russia", R),
    ("Iran har skickat drönare till Ryssland, uppgav Vita huset.", "Iran", "Russia", R),
    (
        "Enligt tulldokument som Wall Street Journal har tagit del av levererade Poly Technologies navigationsutrustning till Ryssland.",
        "Poly Technologies",
        "Russia",
        R,
    ),
    # doubt
    (
        "Uppgifterna om att Kina har levererat drönare till Ryssland har inte kunnat bekräftas.",
        "China",
        "Russia",
        U,
    ),
    (
        "Det är inte bekräftat att Nordkorea har levererat robotar till Ryssland.",
        "North Korea",
        "Russia",
        U,
    ),
    # denials
    ("Kina förnekar att landet har levererat vapen till Ryssland.", "China", "Russia", D),
    (
        "Nordkorea tillbakavisar uppgifterna om att landet har skickat granater till Ryssland.",
        "North Korea",
        "Russia",
        D,
    ),
    # plans, considerations
    (
        "Iran planerar att skicka fler drönare till Ryssland, enligt amerikansk underrättelsetjänst.",
        "Iran",
        "Russia",
        U,
    ),
    (
        "Kina överväger att leverera dödliga vapen till Ryssland, sade Blinken.",
        "China",
        "Russia",
        U,
    ),
    # equip, give with a bare recipient, secure, forward, train, end up with, passive hedges
    (
        "Kina har försett Ryssland med stora mängder mikroelektronik, säger amerikanska tjänstemän.",
        "China",
        "Russia",
        R,
    ),
    ("Kina har utrustat Ryssland med navigationsutrustning.", "China", "Russia", R),
    ("Nordkorea gav Ryssland miljontals granater.", "North Korea", "Russia", R),
    ("Ryssland har säkrat verktygsmaskiner från Kina.", "China", "Russia", R),
    (
        "Enligt EU har företag i Turkiet vidarebefordrat europeiska varor till Ryssland.",
        ("Turk*", "Türkiye", "~Turk"),
        "Russia",
        R,
    ),
    ("Iran påstås ha levererat hundratals drönare till Ryssland.", "Iran", "Russia", R),
    ("Iran misstänks ha levererat drönare till Ryssland.", "Iran", "Russia", U),
    ("Iran anklagas för att ha levererat drönare till Ryssland.", "Iran", "Russia", U),
    ("Nordkoreanska granater har hamnat hos ryska styrkor.", "North Korea", "Russia*", R),
    ("Iranska instruktörer har tränat ryska soldater på Krim.", "Iran*", "Russia*", R),
    ("Enligt Reuters ska Kupol ha tagit emot sju drönare från Kina.", "China", "IEMZ Kupol", R),
    ("Ett handelsbolag i Dubai sålde chip till Ryssland.", UAE, "Russia", R),
    ("Ett skalbolag i Hongkong låg bakom leveranserna av kretsar till Ryssland.", HK, "Russia", R),
    (
        "Uppgifter som DN har tagit del av visar att TSK Vektor köpte drönare från Sichuan AEE.",
        "Sichuan AEE",
        "TSK Vektor",
        R,
    ),
    (
        "Kina förnekar att ha levererat dödliga vapen till någon av parterna i kriget.",
        "China",
        "any party to the conflict",
        D,
    ),
    ("Handeln mellan Kina och Ryssland nådde rekordnivåer i fjol.", None, None, None),
    # no supply claim
    ("USA varnade Kina för att skicka vapen till Ryssland.", None, None, None),
    ("Putin träffade Kim Jong-un i Vostotjnyj i september 2023.", None, None, None),
    ("EU införde nya sanktioner mot kinesiska företag i februari.", None, None, None),
    ("Ryssland tillverkar nu själv tusentals Geran-drönare.", None, None, None),
    ("Ryska styrkor angrep Charkiv med robotar under natten.", None, None, None),
    ("Ryssland använder sina egna drönare i attackerna mot Ukraina.", None, None, None),
    ("Priset på en Shahed-drönare uppskattas till omkring 20 000 dollar.", None, None, None),
]


def _is(got: str | None, want: Want) -> bool:
    wants = (want,) if isinstance(want, str) else want
    for w in wants:
        if got is None:
            continue
        if got == w or (w.endswith("*") and got.startswith(w[:-1])):
            return True
        if w.startswith("~") and w[1:] in got:
            return True
    return False


def _check(
    text: str, supplier: Want | None, recipient: Want | None, certainty: str | None, lead: str = ""
) -> None:
    found = claims(lead + text)
    got = [(c.kind, c.supplier, c.recipient, c.certainty) for c in found]
    if supplier is None:
        assert not [c for c in found if c.kind in SUPPLY_KINDS], got
        return
    assert recipient is not None
    assert any(
        _is(c.supplier, supplier) and _is(c.recipient, recipient) and c.certainty == certainty
        for c in found
    ), got


def _ids(cases: list[tuple[str, Want | None, Want | None, str | None]]) -> list[str]:
    return [c[0][:40] for c in cases]


@pytest.mark.parametrize(("text", "supplier", "recipient", "certainty"), NB, ids=_ids(NB))
def test_inventory_nb(
    text: str, supplier: Want | None, recipient: Want | None, certainty: str | None
) -> None:
    _check(text, supplier, recipient, certainty)


@pytest.mark.parametrize(("text", "supplier", "recipient", "certainty"), NN, ids=_ids(NN))
def test_inventory_nn(
    text: str, supplier: Want | None, recipient: Want | None, certainty: str | None
) -> None:
    _check(text, supplier, recipient, certainty, NN_LEAD)


@pytest.mark.parametrize(("text", "supplier", "recipient", "certainty"), DA, ids=_ids(DA))
def test_inventory_da(
    text: str, supplier: Want | None, recipient: Want | None, certainty: str | None
) -> None:
    _check(text, supplier, recipient, certainty)


@pytest.mark.parametrize(("text", "supplier", "recipient", "certainty"), SV, ids=_ids(SV))
def test_inventory_sv(
    text: str, supplier: Want | None, recipient: Want | None, certainty: str | None
) -> None:
    _check(text, supplier, recipient, certainty)
