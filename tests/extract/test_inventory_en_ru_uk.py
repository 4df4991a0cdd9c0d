# ruff: noqa: E501  (one sentence a line reads best as a table)
"""Construction inventory for English, Russian and Ukrainian supply reporting.

Every sentence here was written for this test by the dualtrace team; they retell public facts of
the case (Chinese, Iranian and North Korean supplies to Russia's war industry, 2022-2024) in the
constructions the press of each language uses: active supply verbs in several tenses and orders,
dative recipients, passives, receive/buy/import verbs, nominalisations, resale and re-export,
routing and transit, described parties with a place, hedges, attribution, doubt, denials, plans,
warnings, and sentences that must give no supply claim at all.

Expected values were written from the meaning. A party written "~A|B" is a described group:
the label must contain one of A, B (it names the right country or place).
"""

import pytest

from dualtrace.extract.pipeline import extract
from dualtrace.model import Claim, Document
from dualtrace.sources.ids import document_id


def claims(text: str, published: str | None = "2024-06-01") -> list[Claim]:
    doc = Document(
        id=document_id(text), origin="t.txt", text=text, format="text", published=published
    )
    return [c for c in extract(doc).claims if c.supplier and c.recipient]


def _party_ok(got: str | None, want: str) -> bool:
    if got is None:
        return False
    if want.startswith("~"):
        return any(alt.casefold() in got.casefold() for alt in want[1:].split("|"))
    return got == want


Case = tuple[str, str | None, str | None, str | None]

# fmt: off

EN: list[Case] = [
    # active supply verbs, tenses, double objects
    ("China supplied Russia with machine tools worth billions of dollars in 2023, US officials said.", "China", "Russia", "reported"),
    ("Iran has been sending Shahed drones to Russia since the summer of 2022.", "Iran", "Russia", "reported"),
    ("North Korea shipped millions of artillery shells to Russia last year, according to South Korean intelligence.", "North Korea", "Russia", "reported"),
    ("Pyongyang gave Moscow dozens of KN-23 ballistic missiles, Washington says.", "Pyongyang", "Moscow", "reported"),
    ("Tehran is providing Moscow with Fath-360 close-range missiles, Western officials said.", "Tehran", "Moscow", "reported"),
    ("Beijing sold Moscow drone components worth millions of dollars, customs data show.", "Beijing", "Moscow", "reported"),
    # subordinate clauses, perfect
    ("The report found that Norinco had shipped CQ-A rifles to Tekhkrim declared as hunting rifles.", "Norinco", "Tekhkrim", "reported"),
    # passives
    ("Hundreds of Shahed drones were delivered to Russia from Iran in 2022.", "Iran", "Russia", "reported"),
    ("IEMZ Kupol builds the Garpiya-3 with engines supplied by Xiamen Limbach.", "Xiamen Limbach Aircraft Engine", "IEMZ Kupol", "reported"),
    # recipient-side verbs
    ("Russia has received more than 400 Shahed drones from Iran, Ukrainian intelligence said.", "Iran", "Russia", "reported"),
    ("Russia imported 90 percent of its microelectronics from China in 2023, US officials said.", "China", "Russia", "reported"),
    ("Russian defence firms bought machine tools from Chinese suppliers.", "~Chin", "~Russia", "reported"),
    ("Russia ordered thousands of artillery shells from North Korea, officials said.", "North Korea", "Russia", "reported"),
    ("Russia acquired Fath-360 missiles from Iran, according to Western intelligence.", "Iran", "Russia", "reported"),
    ("Moscow obtained navigation modules from Chinese traders, customs records show.", "~Chin", "Moscow", "reported"),
    # nominalisations
    ("Deliveries of North Korean shells to Russia began in the autumn of 2023.", "North Korea", "Russia", "reported"),
    ("China's exports of machine tools to Russia have soared since 2022.", "China", "Russia", "reported"),
    ("Russian imports of nitrocellulose from China rose sharply last year.", "China", "Russia", "reported"),
    # resale, re-export, routing
    ("Chinese chips are re-exported to Russia via Kazakhstan, the report says.", "~Chin", "Russia", "reported"),
    ("Iran smuggled drones to Russia across the Caspian Sea, officials said.", "Iran", "Russia", "reported"),
    ("Xiamen Limbach engines reached IEMZ Kupol via TSK Vektor, Reuters reported.", "Xiamen Limbach Aircraft Engine", "IEMZ Kupol", "reported"),
    ("Beijing has channelled dual-use goods to Moscow through Central Asian states, NATO officials say.", "Beijing", "Moscow", "reported"),
    ("North Korea transferred KN-23 missiles to Russia in late 2023, the White House said.", "North Korea", "Russia", "reported"),
    ("Iran handed over Fath-360 launchers to Russian forces, sources said.", "Iran", "Russian armed forces", "reported"),
    ("Chinese drone parts reach Russia by way of Kazakhstan and Kyrgyzstan.", "~Chin", "Russia", "reported"),
    # described parties with a place
    ("Suppliers in Shenzhen sold jamming equipment to Russian buyers, customs records show.", "~Chin|Shenzhen", "~Russia", "reported"),
    ("A firm registered in Hong Kong shipped navigation gear to Russia, the WSJ reported.", "~Hong Kong", "Russia", "reported"),
    ("Trading companies in Dubai supplied Russia with Western microchips.", "~Emirat|Dubai|UAE", "Russia", "reported"),
    # hedges and attribution
    ("China is reportedly supplying Russia with drone engines.", "China", "Russia", "reported"),
    ("North Korea allegedly sent ballistic missiles to Russia.", "North Korea", "Russia", "reported"),
    ("Iran is said to have delivered missiles to Russia in September.", "Iran", "Russia", "reported"),
    ("North Korea has supplied Russia with artillery shells, Seoul's defence ministry said.", "North Korea", "Russia", "reported"),
    ("Documents seen by Reuters show that IEMZ Kupol delivered Garpiya-3 drones to the Russian army.", "IEMZ Kupol", "Russian armed forces", "reported"),
    # doubt
    ("Ukraine's intelligence said Iran had shipped missiles to Russia, but the claim could not be independently verified.", "Iran", "Russia", "unconfirmed"),
    ("Reports that Turkish firms re-exported drone parts to Russia have not been confirmed.", "~Turk", "Russia", "unconfirmed"),
    # denials
    ("China denies supplying weapons to Russia.", "China", "Russia", "denied"),
    ("Tehran has denied sending any ballistic missiles to Moscow.", "Tehran", "Moscow", "denied"),
    # plans, considerations, warnings
    ("Russia plans to buy more Shahed drones from Iran, the Pentagon said.", "Iran", "Russia", "unconfirmed"),
    ("Beijing is considering supplying lethal aid to Moscow, Antony Blinken warned in February 2023.", "Beijing", "Moscow", "unconfirmed"),
    ("The United States warned that North Korea could ship more missiles to Russia.", "North Korea", "Russia", "unconfirmed"),
    # no supply claim
    ("Vladimir Putin met Kim Jong Un at the Vostochny cosmodrome in September 2023.", None, None, None),
    ("The EU imposed sanctions on three Chinese firms in June 2024.", None, None, None),
    ("Russia produces its own Geran-2 drones at Alabuga.", None, None, None),
    ("Russian forces attacked Kharkiv with drones overnight.", None, None, None),
    ("A Shahed drone costs about 20,000 dollars to produce.", None, None, None),
    ("Russia uses its own drones against Ukrainian cities.", None, None, None),
    ("Kazakhstan's president visited Beijing last week.", None, None, None),
    # added after the first run: bare sources after "according to", turn-to-for, arming
    ("According to investigators, Iran supplied Russia with Fath-360 missiles.", "Iran", "Russia", "reported"),
    ("According to a report, Chinese firms shipped nitrocellulose to Russia in 2023.", "Chinese companies", "Russia", "reported"),
    ("Russia has turned to North Korea for artillery shells, the White House said.", "North Korea", "Russia", "reported"),
    ("Iran is arming Russia with Shahed drones.", "Iran", "Russia", "reported"),
    ("Russia sourced microchips from Chinese distributors.", "~Chin", "Russia", "reported"),
]

RU: list[Case] = [
    ("Китай поставляет России станки и микроэлектронику, заявили в Вашингтоне.", "China", "Russia", "reported"),
    ("Иран передал России сотни беспилотников «Шахед».", "Iran", "Russia", "reported"),
    ("КНДР отправила в Россию миллионы артиллерийских снарядов, сообщает разведка Южной Кореи.", "North Korea", "Russia", "reported"),
    ("В 2023 году Пхеньян передал Москве баллистические ракеты KN-23.", "Pyongyang", "Moscow", "reported"),
    ("Американские чиновники считают, что китайские компании поставляют нитроцеллюлозу российским оборонным заводам.", "Chinese companies", "~Russia", "reported"),
    ("Беспилотники были доставлены в Россию из Ирана по Каспийскому морю.", "Iran", "Russia", "reported"),
    ("Снаряды поставляются в Россию из Северной Кореи по железной дороге.", "North Korea", "Russia", "reported"),
    ("Россия получила от Ирана более 400 дронов, заявила украинская разведка.", "Iran", "Russia", "reported"),
    ("Россия импортирует из Китая около 90% микроэлектроники.", "China", "Russia", "reported"),
    ("Российские оборонные предприятия закупают станки у китайских поставщиков.", "~Chin", "~Russia", "reported"),
    ("Москва заказала у КНДР артиллерийские снаряды.", "North Korea", "Moscow", "reported"),
    ("Россия приобрела у Ирана ракеты малой дальности Fath-360.", "Iran", "Russia", "reported"),
    ("Поставки северокорейских снарядов в Россию начались осенью 2023 года.", "North Korea", "Russia", "reported"),
    ("Экспорт китайских станков в Россию резко вырос после 2022 года.", "China", "Russia", "reported"),
    ("Российский импорт нитроцеллюлозы из Китая вырос в прошлом году.", "China", "Russia", "reported"),
    ("Киргизская фирма-посредник купила чипы в Гонконге и перепродала их российским военным заводам.", "~Kyrgyz", "~Russia", "reported"),
    ("Казахстанские компании реэкспортировали в Россию западные микросхемы.", "~Kazakh", "Russia", "reported"),
    ("Иран тайно переправлял дроны в Россию через Каспийское море.", "Iran", "Russia", "reported"),
    ("Пекин направлял Москве товары двойного назначения через Центральную Азию.", "Beijing", "Moscow", "reported"),
    ("Северная Корея перебросила в Россию ракеты KN-23.", "North Korea", "Russia", "reported"),
    ("Китайские детали для дронов попадают в Россию через Казахстан и Киргизию.", "~Chin", "Russia", "reported"),
    ("Фирма, зарегистрированная в Гонконге, отправила в Россию навигационное оборудование.", "~Hong Kong", "Russia", "reported"),
    ("Торговые компании в Дубае поставляли России западные микросхемы.", "~Emirat|Dubai|UAE", "Russia", "reported"),
    ("Китай якобы поставляет России двигатели для дронов.", "China", "Russia", "reported"),
    ("По имеющимся данным, КНДР отправила России ракеты.", "North Korea", "Russia", "reported"),
    ("По данным Reuters, ИЭМЗ «Купол» получил двигатели от Xiamen Limbach.", "Xiamen Limbach Aircraft Engine", "IEMZ Kupol", "reported"),
    ("Как сообщает Der Spiegel, компания Xi'an Bingo собиралась поставить российской армии 100 дронов.", "Xi'an Bingo Intelligent Aviation Technology", "~Russian armed forces|Russian military", "unconfirmed"),
    ("Согласно таможенным данным, Poly Technologies отправила в Россию запчасти для истребителей.", "Poly Technologies", "Russia", "reported"),
    ("Разведка Украины утверждает, что Иран передал России ракеты, однако проверить это не удалось.", "Iran", "Russia", "unconfirmed"),
    ("Информация о поставках турецких комплектующих в Россию не подтверждена.", "~Turk", "Russia", "unconfirmed"),
    ("Китай отрицает поставки оружия России.", "China", "Russia", "denied"),
    ("Тегеран опроверг сообщения о передаче Москве баллистических ракет.", "Tehran", "Moscow", "denied"),
    ("Американские чиновники заявили, что китайские фирмы поставляли России нитроцеллюлозу. В Пекине отвергли эти обвинения.", "~Chin|Beijing", "Russia", "denied"),
    ("Россия планирует закупить у Ирана новые партии дронов.", "Iran", "Russia", "unconfirmed"),
    ("Пекин рассматривает возможность поставок летального оружия Москве, предупреждал Блинкен.", "Beijing", "Moscow", "unconfirmed"),
    ("США предупредили, что КНДР может поставить России новые ракеты.", "North Korea", "Russia", "unconfirmed"),
    ("Россия получает от Китая оптику и электронику для танков, пишет The Wall Street Journal.", "China", "Russia", "reported"),
    ("Владимир Путин встретился с Ким Чен Ыном на космодроме Восточный.", None, None, None),
    ("Евросоюз ввёл санкции против трёх китайских компаний.", None, None, None),
    ("Россия производит собственные дроны «Герань-2» в Алабуге.", None, None, None),
    ("Российские войска атаковали Харьков беспилотниками.", None, None, None),
    ("Один «Шахед» стоит около 20 тысяч долларов.", None, None, None),
    ("Россия использует собственные дроны против украинских городов.", None, None, None),
    ("Президент Казахстана посетил Пекин на прошлой неделе.", None, None, None),
    ("По данным источников, Иран передал России ракеты Fath-360.", "Iran", "Russia", "reported"),
    ("По оценкам экспертов, КНДР отправила России миллионы снарядов.", "North Korea", "Russia", "reported"),
    ("Россия обратилась к КНДР за артиллерийскими снарядами.", "North Korea", "Russia", "reported"),
    ("Иран вооружает Россию ударными дронами.", "Iran", "Russia", "reported"),
    ("Россия купила станки у Китая в прошлом году.", "China", "Russia", "reported"),
    ("Китайская компания попала под санкции США в прошлом году.", None, None, None),
]

UK: list[Case] = [
    ("Китай постачає Росії верстати та мікроелектроніку, заявили у Вашингтоні.", "China", "Russia", "reported"),
    ("Іран передав Росії сотні безпілотників Shahed.", "Iran", "Russia", "reported"),
    ("КНДР відправила до Росії мільйони артилерійських снарядів, повідомляє південнокорейська розвідка.", "North Korea", "Russia", "reported"),
    ("У 2023 році Пхеньян передав Москві балістичні ракети KN-23.", "Pyongyang", "Moscow", "reported"),
    ("Американські посадовці вважають, що китайські компанії постачають нітроцелюлозу російським оборонним заводам.", "Chinese companies", "~Russia", "reported"),
    ("Безпілотники були доставлені до Росії з Ірану через Каспійське море.", "Iran", "Russia", "reported"),
    ("До Росії з Північної Кореї доставлено мільйони снарядів.", "North Korea", "Russia", "reported"),
    ("Росія отримала від Ірану понад 400 дронів, заявила українська розвідка.", "Iran", "Russia", "reported"),
    ("Росія імпортує з Китаю близько 90% мікроелектроніки.", "China", "Russia", "reported"),
    ("Російські оборонні підприємства купують верстати в китайських постачальників.", "~Chin", "~Russia", "reported"),
    ("Москва замовила у КНДР артилерійські снаряди.", "North Korea", "Moscow", "reported"),
    ("Росія придбала в Ірану ракети малої дальності Fath-360.", "Iran", "Russia", "reported"),
    ("Постачання північнокорейських снарядів до Росії почалися восени 2023 року.", "North Korea", "Russia", "reported"),
    ("Експорт китайських верстатів до Росії різко зріс після 2022 року.", "China", "Russia", "reported"),
    ("Російський імпорт нітроцелюлози з Китаю зріс торік.", "China", "Russia", "reported"),
    ("Киргизька фірма-посередник купила чипи в Гонконзі й перепродала їх російським військовим заводам.", "~Kyrgyz", "~Russia", "reported"),
    ("Казахстанські компанії реекспортували до Росії західні мікросхеми.", "~Kazakh", "Russia", "reported"),
    ("Іран таємно переправляв дрони до Росії через Каспійське море.", "Iran", "Russia", "reported"),
    ("Пекін надсилав Москві товари подвійного призначення через Центральну Азію.", "Beijing", "Moscow", "reported"),
    ("Північна Корея перекинула до Росії ракети KN-23.", "North Korea", "Russia", "reported"),
    ("Китайські деталі для дронів потрапляють до Росії через Казахстан і Киргизстан.", "~Chin", "Russia", "reported"),
    ("Фірма, зареєстрована в Гонконзі, відправила до Росії навігаційне обладнання.", "~Hong Kong", "Russia", "reported"),
    ("Торгові компанії в Дубаї постачали Росії західні мікросхеми.", "~Emirat|Dubai|UAE", "Russia", "reported"),
    ("Китай нібито постачає Росії двигуни для дронів.", "China", "Russia", "reported"),
    ("За наявними даними, КНДР відправила Росії ракети.", "North Korea", "Russia", "reported"),
    ("За даними Reuters, ІЕМЗ «Купол» отримав двигуни від Xiamen Limbach.", "Xiamen Limbach Aircraft Engine", "IEMZ Kupol", "reported"),
    ("Як пише Der Spiegel, компанія Xi'an Bingo збиралася поставити російській армії 100 дронів.", "Xi'an Bingo Intelligent Aviation Technology", "~Russian armed forces|Russian military", "unconfirmed"),
    ("Згідно з митними даними, Poly Technologies відправила до Росії запчастини для винищувачів.", "Poly Technologies", "Russia", "reported"),
    ("Українська розвідка стверджує, що Іран передав Росії ракети, але перевірити це не вдалося.", "Iran", "Russia", "unconfirmed"),
    ("Інформація про постачання турецьких комплектуючих до Росії не підтверджена.", "~Turk", "Russia", "unconfirmed"),
    ("Китай заперечує постачання зброї Росії.", "China", "Russia", "denied"),
    ("Тегеран спростував повідомлення про передачу Москві балістичних ракет.", "Tehran", "Moscow", "denied"),
    ("Американські посадовці заявили, що китайські фірми постачали Росії нітроцелюлозу. У Пекіні відкинули ці звинувачення.", "~Chin|Beijing", "Russia", "denied"),
    ("Росія планує закупити в Ірану нові партії дронів.", "Iran", "Russia", "unconfirmed"),
    ("Пекін розглядає можливість постачання летальної зброї Москві, попереджав Блінкен.", "Beijing", "Moscow", "unconfirmed"),
    ("США попередили, що КНДР може поставити Росії нові ракети.", "North Korea", "Russia", "unconfirmed"),
    ("Росія отримує від Китаю оптику й електроніку для танків, пише The Wall Street Journal.", "China", "Russia", "reported"),
    ("Володимир Путін зустрівся з Кім Чен Ином на космодромі Восточний.", None, None, None),
    ("Євросоюз запровадив санкції проти трьох китайських компаній.", None, None, None),
    ("Росія виробляє власні дрони «Герань-2» в Алабузі.", None, None, None),
    ("Російські війська атакували Харків безпілотниками.", None, None, None),
    ("Один «Шахед» коштує близько 20 тисяч доларів.", None, None, None),
    ("Росія використовує власні дрони проти українських міст.", None, None, None),
    ("Президент Казахстану відвідав Пекін минулого тижня.", None, None, None),
    ("За словами джерел, Іран передав Росії ракети Fath-360.", "Iran", "Russia", "reported"),
    ("Як повідомляють джерела, КНДР відправила Росії мільйони снарядів.", "North Korea", "Russia", "reported"),
    ("Росія звернулася до КНДР по артилерійські снаряди.", "North Korea", "Russia", "reported"),
    ("Іран озброює Росію ударними дронами.", "Iran", "Russia", "reported"),
    ("Китайська компанія потрапила під санкції США минулого року.", None, None, None),
]
# fmt: on

CASES = [("en", *c) for c in EN] + [("ru", *c) for c in RU] + [("uk", *c) for c in UK]


@pytest.mark.parametrize(
    ("lang", "text", "supplier", "recipient", "certainty"),
    CASES,
    ids=[f"{c[0]}-{i:02d}" for i, c in enumerate(CASES)],
)
def test_inventory(
    lang: str, text: str, supplier: str | None, recipient: str | None, certainty: str | None
) -> None:
    found = claims(text)
    got = [(c.supplier, c.recipient, c.certainty, c.kind) for c in found]
    if supplier is None:
        assert found == [], got
        return
    assert recipient is not None
    assert any(
        _party_ok(c.supplier, supplier)
        and _party_ok(c.recipient, recipient)
        and c.certainty == certainty
        for c in found
    ), got
    # nothing the other way round
    assert not any(
        _party_ok(c.supplier, recipient) and _party_ok(c.recipient, supplier) for c in found
    ), got
