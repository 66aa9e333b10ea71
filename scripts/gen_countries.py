#!/usr/bin/env python3
"""Write src/votecli/data/countries.py: country names, demonyms and capitals as plain data.

Run from the project root with the test extras installed (pycountry is a dev-only dependency):

    python scripts/gen_countries.py

Names come from pycountry's ISO 3166-1 table (name, official_name, common_name), restricted to
the 193 UN member states, the two observer states (Holy See, State of Palestine), Kosovo (XKX, not
in ISO 3166-1) and Taiwan. "Korea, Republic of" style inversions are turned round and also written
the UN way, "Korea (Republic of)". Everything else below is hand-written: display names, the short
forms news uses, demonyms, capitals and the phrases that contain a country name but are not one.
Variants are derived mechanically: "Saint" -> "St"/"St.", " and " -> " & ", accents folded to
ASCII. Apostrophes are stored as ASCII ' (the runtime maps ’ ‘ ʼ ʻ to it); case variants (ALL CAPS,
Title Case) are also made at runtime.
"""

from __future__ import annotations

import importlib
import importlib.metadata
import re
import sys
import unicodedata
from pathlib import Path

import pycountry

OUT = Path(__file__).resolve().parents[1] / "src" / "votecli" / "data" / "countries.py"

# The 193 UN member states.
UN_MEMBERS = re.findall(
    r"[A-Z]{3}",
    """
AFG ALB DZA AND AGO ATG ARG ARM AUS AUT AZE BHS BHR BGD BRB BLR BEL BLZ BEN BTN BOL BIH BWA BRA
BRN BGR BFA BDI CPV KHM CMR CAN CAF TCD CHL CHN COL COM COG CRI CIV HRV CUB CYP CZE PRK COD DNK
DJI DMA DOM ECU EGY SLV GNQ ERI EST SWZ ETH FJI FIN FRA GAB GMB GEO DEU GHA GRC GRD GTM GIN GNB
GUY HTI HND HUN ISL IND IDN IRN IRQ IRL ISR ITA JAM JPN JOR KAZ KEN KIR KWT KGZ LAO LVA LBN LSO
LBR LBY LIE LTU LUX MDG MWI MYS MDV MLI MLT MHL MRT MUS MEX FSM MCO MNG MNE MAR MOZ MMR NAM NRU
NPL NLD NZL NIC NER NGA MKD NOR OMN PAK PLW PAN PNG PRY PER PHL POL PRT QAT KOR MDA ROU RUS RWA
KNA LCA VCT WSM SMR STP SAU SEN SRB SYC SLE SGP SVK SVN SLB SOM ZAF SSD ESP LKA SDN SUR SWE CHE
SYR TJK THA TLS TGO TON TTO TUN TUR TKM TUV UGA UKR ARE GBR TZA USA URY UZB VUT VEN VNM YEM ZMB
ZWE
""",
)
OBSERVERS_AND_OTHERS = ["VAT", "PSE", "TWN", "XKX"]

# Display names where pycountry's common_name/name is not what news (UN style) writes.
DISPLAY_OVERRIDES = {
    "KOR": "Republic of Korea",
    "PRK": "Democratic People's Republic of Korea",
    "RUS": "Russia",
    "IRN": "Iran",
    "GBR": "United Kingdom",
    "USA": "United States",
    "NLD": "Netherlands",
    "VNM": "Viet Nam",
    "BOL": "Bolivia",
    "VEN": "Venezuela",
    "SYR": "Syria",
    "TZA": "Tanzania",
    "MDA": "Moldova",
    "LAO": "Laos",
    "CIV": "Côte d'Ivoire",
    "CZE": "Czechia",
    "TUR": "Turkey",
    "COD": "Democratic Republic of the Congo",
    "COG": "Congo",
    "FSM": "Micronesia",
    "PSE": "State of Palestine",
    "VAT": "Holy See",
    "TWN": "Taiwan",
    "XKX": "Kosovo",
}

# pycountry names that are not "X, Y" inversions and stay as written.
NOT_INVERSIONS = {"Taiwan, Province of China"}

# Short and other forms news uses (hand-written). The pycountry forms are added on top.
EXTRA_ALIASES = {
    "ARE": "UAE | U.A.E. | Emirates",
    "ATG": "Antigua",
    "BHS": "Commonwealth of the Bahamas",
    "BIH": "Bosnia | Bosnia Herzegovina | Bosnia-Herzegovina",
    "BRN": "Brunei",
    "CAF": "Central African Republic",
    "CHN": "PRC | People's Republic of China | Peoples Republic of China",
    "CIV": "Ivory Coast | Republic of Côte d'Ivoire",
    "COD": (
        "DR Congo | D.R. Congo | DRC | D.R.C. | Congo-Kinshasa | Congo (Kinshasa) | Zaire"
        " | Democratic Republic of the Congo | Democratic Republic of Congo"
        " | Dem. Rep. of the Congo | Dem. Rep. of Congo | Dem. Rep. Congo"
        " | Congo, The Democratic Republic of the | Congo, Democratic Republic of the"
        " | Congo, Dem. Rep. | Congo (Democratic Republic of the)"
    ),
    "COG": (
        "Congo-Brazzaville | Congo (Brazzaville) | Republic of the Congo | Republic of Congo"
        " | Rep. of the Congo | Rep. of Congo | Congo Republic"
    ),
    "CPV": "Cape Verde | Republic of Cape Verde",
    "CZE": "Czech Republic",
    "DEU": "Federal Republic of Germany",
    "FJI": "Fiji Islands",
    "FSM": "Micronesia",
    "GBR": "UK | U.K. | Britain | Great Britain",
    "GNB": "Guinea Bissau",
    "IRL": "Republic of Ireland | Éire | Irish Free State",
    "KGZ": "Kyrgyz Republic",
    "KNA": "Saint Kitts | Saint Christopher and Nevis",
    "KOR": "Korea | South Korea | S. Korea | ROK | Rep. of Korea | Republic of Korea",
    "LAO": "Lao PDR | Laos",
    "LBY": "Libyan Arab Jamahiriya | State of Libya",
    "MDA": "Moldova",
    "MKD": (
        "Macedonia | FYROM | FYR Macedonia | Republic of Macedonia"
        " | Former Yugoslav Republic of Macedonia | The former Yugoslav Republic of Macedonia"
        " | Yugoslav Republic of Macedonia"
    ),
    "MMR": "Burma | Republic of the Union of Myanmar",
    "NLD": "Holland | Kingdom of the Netherlands",
    "PHL": "Republic of the Philippines",
    "PNG": "PNG",
    "PRK": (
        "North Korea | N. Korea | DPRK | D.P.R.K. | DPR Korea"
        " | Korea, Democratic People's Republic of | Dem. People's Rep. of Korea"
    ),
    "PSE": "Palestine | State of Palestine",
    "RUS": "Russia",
    "SAU": "KSA",
    "STP": "São Tomé and Príncipe | Sao Tome | São Tomé",
    "SUR": "Surinam",
    "SVK": "Slovak Republic",
    "SWZ": "Swaziland | Kingdom of Swaziland",
    "TLS": "East Timor | Timor Leste",
    "TTO": "Trinidad",
    "TUR": "Turkey | Republic of Turkey",
    "TWN": "Chinese Taipei | Republic of China | Taiwan, China",
    "USA": "US | U.S. | USA | U.S.A. | United States of America | America",
    "VAT": "Vatican | Holy See | Vatican City | Vatican City State",
    "VCT": "Saint Vincent",
    "VNM": "Vietnam | Socialist Republic of Vietnam",
    "XKX": "Kosovo | Republic of Kosovo",
    # Former names of the same state, as archive news writes them (UN successor codes):
    "BEN": "Dahomey",
    "BFA": "Upper Volta",
    "BLR": "Byelorussia | Byelorussian SSR",
    "IRN": "Persia",
    "LKA": "Ceylon",
    "THA": "Siam",
    "UKR": "Ukrainian SSR",
}

# Adjectives and plurals (hand-written). Left out on purpose, because they are ambiguous or
# are ordinary words: Congolese (COD or COG), Dominican (DOM or DMA, and a religious order),
# Central African (a region), Pole/Poles (North Pole), Malay (an ethnic group), Persian,
# English/Scottish/Welsh (not states), Kiwi, Bengali, Bosniak.
DEMONYMS = {
    "AFG": "Afghan | Afghans",
    "ALB": "Albanian | Albanians",
    "DZA": "Algerian | Algerians",
    "AND": "Andorran | Andorrans",
    "AGO": "Angolan | Angolans",
    "ATG": "Antiguan | Antiguans | Barbudan",
    "ARG": "Argentine | Argentines | Argentinian | Argentinians | Argentinean",
    "ARM": "Armenian | Armenians",
    "AUS": "Australian | Australians",
    "AUT": "Austrian | Austrians",
    "AZE": "Azerbaijani | Azerbaijanis | Azeri | Azeris",
    "BHS": "Bahamian | Bahamians",
    "BHR": "Bahraini | Bahrainis",
    "BGD": "Bangladeshi | Bangladeshis",
    "BRB": "Barbadian | Barbadians | Bajan",
    "BLR": "Belarusian | Belarusians | Belarussian",
    "BEL": "Belgian | Belgians",
    "BLZ": "Belizean | Belizeans",
    "BEN": "Beninese | Beninois",
    "BTN": "Bhutanese",
    "BOL": "Bolivian | Bolivians",
    "BIH": "Bosnian | Bosnians",
    "BWA": "Botswanan | Motswana | Batswana",
    "BRA": "Brazilian | Brazilians",
    "BRN": "Bruneian | Bruneians",
    "BGR": "Bulgarian | Bulgarians",
    "BFA": "Burkinabe | Burkinabè",
    "BDI": "Burundian | Burundians",
    "CPV": "Cape Verdean | Cape Verdeans | Cabo Verdean | Cabo Verdeans",
    "KHM": "Cambodian | Cambodians",
    "CMR": "Cameroonian | Cameroonians",
    "CAN": "Canadian | Canadians",
    "TCD": "Chadian | Chadians",
    "CHL": "Chilean | Chileans",
    "CHN": "Chinese",
    "COL": "Colombian | Colombians",
    "COM": "Comorian | Comorians",
    "CRI": "Costa Rican | Costa Ricans",
    "CIV": "Ivorian | Ivorians",
    "HRV": "Croatian | Croatians | Croat | Croats",
    "CUB": "Cuban | Cubans",
    "CYP": (
        "Cypriot | Cypriots | Greek Cypriot | Greek Cypriots | Turkish Cypriot | Turkish Cypriots"
    ),
    "CZE": "Czech | Czechs",
    "PRK": "North Korean | North Koreans",
    "DNK": "Danish | Dane | Danes",
    "DJI": "Djiboutian | Djiboutians",
    "ECU": "Ecuadorian | Ecuadorians | Ecuadorean",
    "EGY": "Egyptian | Egyptians",
    "SLV": "Salvadoran | Salvadorans | Salvadorean",
    "GNQ": "Equatorial Guinean | Equatorial Guineans | Equatoguinean",
    "ERI": "Eritrean | Eritreans",
    "EST": "Estonian | Estonians",
    "SWZ": "Swazi | Swazis | Emaswati",
    "ETH": "Ethiopian | Ethiopians",
    "FJI": "Fijian | Fijians",
    "FIN": "Finnish | Finn | Finns",
    "FRA": "French | Frenchman | Frenchwoman",
    "GAB": "Gabonese",
    "GMB": "Gambian | Gambians",
    "GEO": "Georgian | Georgians",
    "DEU": "German | Germans",
    "GHA": "Ghanaian | Ghanaians",
    "GRC": "Greek | Greeks",
    "GRD": "Grenadian | Grenadians",
    "GTM": "Guatemalan | Guatemalans",
    "GIN": "Guinean | Guineans",
    "GNB": "Bissau-Guinean | Bissau-Guineans",
    "GUY": "Guyanese",
    "HTI": "Haitian | Haitians",
    "HND": "Honduran | Hondurans",
    "HUN": "Hungarian | Hungarians",
    "ISL": "Icelandic | Icelander | Icelanders",
    "IND": "Indian | Indians",
    "IDN": "Indonesian | Indonesians",
    "IRN": "Iranian | Iranians",
    "IRQ": "Iraqi | Iraqis",
    "IRL": "Irish | Irishman | Irishwoman",
    "ISR": "Israeli | Israelis",
    "ITA": "Italian | Italians",
    "JAM": "Jamaican | Jamaicans",
    "JPN": "Japanese",
    "JOR": "Jordanian | Jordanians",
    "KAZ": "Kazakh | Kazakhs | Kazakhstani | Kazakhstanis",
    "KEN": "Kenyan | Kenyans",
    "KIR": "I-Kiribati",
    "KWT": "Kuwaiti | Kuwaitis",
    "KGZ": "Kyrgyz | Kyrgyzstani | Kyrgyzstanis",
    "LAO": "Lao | Laotian | Laotians",
    "LVA": "Latvian | Latvians",
    "LBN": "Lebanese",
    "LSO": "Basotho | Mosotho",
    "LBR": "Liberian | Liberians",
    "LBY": "Libyan | Libyans",
    "LIE": "Liechtensteiner | Liechtensteiners",
    "LTU": "Lithuanian | Lithuanians",
    "LUX": "Luxembourgish | Luxembourger | Luxembourgers",
    "MDG": "Malagasy",
    "MWI": "Malawian | Malawians",
    "MYS": "Malaysian | Malaysians",
    "MDV": "Maldivian | Maldivians",
    "MLI": "Malian | Malians",
    "MLT": "Maltese",
    "MHL": "Marshallese",
    "MRT": "Mauritanian | Mauritanians",
    "MUS": "Mauritian | Mauritians",
    "MEX": "Mexican | Mexicans",
    "FSM": "Micronesian | Micronesians",
    "MCO": "Monegasque | Monégasque | Monegasques",
    "MNG": "Mongolian | Mongolians",
    "MNE": "Montenegrin | Montenegrins",
    "MAR": "Moroccan | Moroccans",
    "MOZ": "Mozambican | Mozambicans",
    "MMR": "Burmese",
    "NAM": "Namibian | Namibians",
    "NRU": "Nauruan | Nauruans",
    "NPL": "Nepali | Nepalis | Nepalese",
    "NLD": "Dutch | Dutchman | Dutchwoman",
    "NZL": "New Zealander | New Zealanders",
    "NIC": "Nicaraguan | Nicaraguans",
    "NER": "Nigerien | Nigeriens",
    "NGA": "Nigerian | Nigerians",
    "MKD": "Macedonian | Macedonians | North Macedonian | North Macedonians",
    "NOR": "Norwegian | Norwegians",
    "OMN": "Omani | Omanis",
    "PAK": "Pakistani | Pakistanis",
    "PLW": "Palauan | Palauans",
    "PAN": "Panamanian | Panamanians",
    "PNG": "Papua New Guinean | Papua New Guineans",
    "PRY": "Paraguayan | Paraguayans",
    "PER": "Peruvian | Peruvians",
    "PHL": "Filipino | Filipinos | Filipina | Philippine",
    "POL": "Polish",
    "PRT": "Portuguese",
    "QAT": "Qatari | Qataris",
    "KOR": "Korean | Koreans | South Korean | South Koreans",
    "MDA": "Moldovan | Moldovans",
    "ROU": "Romanian | Romanians",
    "RUS": "Russian | Russians",
    "RWA": "Rwandan | Rwandans | Rwandese",
    "KNA": "Kittitian | Kittitians | Nevisian",
    "LCA": "Saint Lucian | Saint Lucians",
    "VCT": "Vincentian | Vincentians",
    "WSM": "Samoan | Samoans",
    "SMR": "Sammarinese",
    "STP": "Santomean | Santomeans | São Toméan",
    "SAU": "Saudi | Saudis | Saudi Arabian | Saudi Arabians",
    "SEN": "Senegalese",
    "SRB": "Serbian | Serbians | Serb | Serbs",
    "SYC": "Seychellois",
    "SLE": "Sierra Leonean | Sierra Leoneans",
    "SGP": "Singaporean | Singaporeans",
    "SVK": "Slovak | Slovaks | Slovakian",
    "SVN": "Slovenian | Slovenians | Slovene | Slovenes",
    "SLB": "Solomon Islander | Solomon Islanders",
    "SOM": "Somali | Somalis | Somalian",
    "ZAF": "South African | South Africans",
    "SSD": "South Sudanese",
    "ESP": "Spanish | Spaniard | Spaniards",
    "LKA": "Sri Lankan | Sri Lankans",
    "SDN": "Sudanese",
    "SUR": "Surinamese",
    "SWE": "Swedish | Swede | Swedes",
    "CHE": "Swiss",
    "SYR": "Syrian | Syrians",
    "TJK": "Tajik | Tajiks | Tajikistani",
    "THA": "Thai | Thais",
    "TLS": "Timorese | East Timorese",
    "TGO": "Togolese",
    "TON": "Tongan | Tongans",
    "TTO": "Trinidadian | Trinidadians | Tobagonian",
    "TUN": "Tunisian | Tunisians",
    "TUR": "Turkish | Turk | Turks",
    "TKM": "Turkmen | Turkmens",
    "TUV": "Tuvaluan | Tuvaluans",
    "UGA": "Ugandan | Ugandans",
    "UKR": "Ukrainian | Ukrainians",
    "ARE": "Emirati | Emiratis",
    "GBR": "British | Briton | Britons | Brit | Brits | Englishman | Englishwoman | Welshman",
    "TZA": "Tanzanian | Tanzanians",
    "USA": "American | Americans",
    "URY": "Uruguayan | Uruguayans",
    "UZB": "Uzbek | Uzbeks | Uzbekistani",
    "VUT": "Ni-Vanuatu | Vanuatuan",
    "VEN": "Venezuelan | Venezuelans",
    "VNM": "Vietnamese",
    "YEM": "Yemeni | Yemenis",
    "ZMB": "Zambian | Zambians",
    "ZWE": "Zimbabwean | Zimbabweans",
    "PSE": "Palestinian | Palestinians",
    "TWN": "Taiwanese",
    "XKX": "Kosovar | Kosovars | Kosovan",
}

# Capitals, and common alternate spellings or former names of the same city (hand-written).
# Left out: capitals named like their country (Singapore, Djibouti, Monaco, San Marino, São
# Tomé, Vatican City: the country alias covers them); "X City" capitals (Mexico City, Guatemala
# City, Kuwait City, Panama City, Luxembourg City), which are in NOT_COUNTRIES because a city is
# not a country; Washington (a state and a surname), Victoria (Seychelles), Georgetown (Guyana),
# Male (an English word; Malé is kept), Jerusalem and Ramallah (disputed).
CAPITALS = {
    "AFG": "Kabul",
    "ALB": "Tirana | Tiranë",
    "DZA": "Algiers",
    "AND": "Andorra la Vella",
    "AGO": "Luanda",
    "ATG": "Saint John's",
    "ARG": "Buenos Aires",
    "ARM": "Yerevan",
    "AUS": "Canberra",
    "AUT": "Vienna",
    "AZE": "Baku",
    "BHS": "Nassau",
    "BHR": "Manama",
    "BGD": "Dhaka",
    "BRB": "Bridgetown",
    "BLR": "Minsk",
    "BEL": "Brussels",
    "BLZ": "Belmopan",
    "BEN": "Porto-Novo",
    "BTN": "Thimphu",
    "BOL": "Sucre | La Paz",
    "BIH": "Sarajevo",
    "BWA": "Gaborone",
    "BRA": "Brasília",
    "BRN": "Bandar Seri Begawan",
    "BGR": "Sofia",
    "BFA": "Ouagadougou",
    "BDI": "Gitega | Bujumbura",
    "CPV": "Praia",
    "KHM": "Phnom Penh",
    "CMR": "Yaoundé",
    "CAN": "Ottawa",
    "CAF": "Bangui",
    "TCD": "N'Djamena | Ndjamena | N'Djaména",
    "CHL": "Santiago",
    "CHN": "Beijing",
    "COL": "Bogotá",
    "COM": "Moroni",
    "COG": "Brazzaville",
    "COD": "Kinshasa",
    "CRI": "San José",
    "CIV": "Yamoussoukro | Abidjan",
    "HRV": "Zagreb",
    "CUB": "Havana",
    "CYP": "Nicosia",
    "CZE": "Prague",
    "PRK": "Pyongyang",
    "DNK": "Copenhagen",
    "DMA": "Roseau",
    "DOM": "Santo Domingo",
    "ECU": "Quito",
    "EGY": "Cairo",
    "SLV": "San Salvador",
    "GNQ": "Malabo",
    "ERI": "Asmara",
    "EST": "Tallinn",
    "SWZ": "Mbabane | Lobamba",
    "ETH": "Addis Ababa",
    "FJI": "Suva",
    "FIN": "Helsinki",
    "FRA": "Paris",
    "GAB": "Libreville",
    "GMB": "Banjul",
    "GEO": "Tbilisi",
    "DEU": "Berlin",
    "GHA": "Accra",
    "GRC": "Athens",
    "GRD": "Saint George's",
    "GIN": "Conakry",
    "GNB": "Bissau",
    "HTI": "Port-au-Prince",
    "HND": "Tegucigalpa",
    "HUN": "Budapest",
    "ISL": "Reykjavík",
    "IND": "New Delhi",
    "IDN": "Jakarta",
    "IRN": "Tehran | Teheran",
    "IRQ": "Baghdad",
    "IRL": "Dublin",
    "ITA": "Rome",
    "JAM": "Kingston",
    "JPN": "Tokyo",
    "JOR": "Amman",
    "KAZ": "Astana | Nur-Sultan",
    "KEN": "Nairobi",
    "KIR": "Tarawa | South Tarawa",
    "KGZ": "Bishkek",
    "LAO": "Vientiane",
    "LVA": "Riga",
    "LBN": "Beirut",
    "LSO": "Maseru",
    "LBR": "Monrovia",
    "LBY": "Tripoli",
    "LIE": "Vaduz",
    "LTU": "Vilnius",
    "MDG": "Antananarivo",
    "MWI": "Lilongwe",
    "MYS": "Kuala Lumpur | Putrajaya",
    "MDV": "Malé",
    "MLI": "Bamako",
    "MLT": "Valletta",
    "MHL": "Majuro",
    "MRT": "Nouakchott",
    "MUS": "Port Louis",
    "FSM": "Palikir",
    "MDA": "Chișinău | Chişinău",
    "MNG": "Ulaanbaatar | Ulan Bator",
    "MNE": "Podgorica",
    "MAR": "Rabat",
    "MOZ": "Maputo",
    "MMR": "Naypyidaw | Nay Pyi Taw | Naypyitaw",
    "NAM": "Windhoek",
    "NRU": "Yaren",
    "NPL": "Kathmandu",
    "NLD": "Amsterdam",
    "NZL": "Wellington",
    "NIC": "Managua",
    "NER": "Niamey",
    "NGA": "Abuja",
    "MKD": "Skopje",
    "NOR": "Oslo",
    "OMN": "Muscat",
    "PAK": "Islamabad",
    "PLW": "Ngerulmud",
    "PNG": "Port Moresby",
    "PRY": "Asunción",
    "PER": "Lima",
    "PHL": "Manila",
    "POL": "Warsaw",
    "PRT": "Lisbon",
    "QAT": "Doha",
    "KOR": "Seoul",
    "ROU": "Bucharest",
    "RUS": "Moscow",
    "RWA": "Kigali",
    "KNA": "Basseterre",
    "LCA": "Castries",
    "VCT": "Kingstown",
    "WSM": "Apia",
    "SAU": "Riyadh",
    "SEN": "Dakar",
    "SRB": "Belgrade",
    "SLE": "Freetown",
    "SVK": "Bratislava",
    "SVN": "Ljubljana",
    "SLB": "Honiara",
    "SOM": "Mogadishu",
    "ZAF": "Pretoria | Cape Town | Bloemfontein",
    "SSD": "Juba",
    "ESP": "Madrid",
    "LKA": "Sri Jayawardenepura Kotte | Colombo",
    "SDN": "Khartoum",
    "SUR": "Paramaribo",
    "SWE": "Stockholm",
    "CHE": "Bern | Berne",
    "SYR": "Damascus",
    "TJK": "Dushanbe",
    "THA": "Bangkok",
    "TLS": "Dili",
    "TGO": "Lomé",
    "TON": "Nuku'alofa",
    "TTO": "Port of Spain | Port-of-Spain",
    "TUN": "Tunis",
    "TUR": "Ankara",
    "TKM": "Ashgabat",
    "TUV": "Funafuti",
    "UGA": "Kampala",
    "UKR": "Kyiv | Kiev",
    "ARE": "Abu Dhabi",
    "GBR": "London",
    "TZA": "Dodoma | Dar es Salaam",
    "URY": "Montevideo",
    "UZB": "Tashkent",
    "VUT": "Port Vila | Port-Vila",
    "VEN": "Caracas",
    "VNM": "Hanoi | Ha Noi",
    "YEM": "Sanaa | Sana'a",
    "ZMB": "Lusaka",
    "ZWE": "Harare",
    "TWN": "Taipei",
    "XKX": "Pristina | Prishtina | Priština",
}

# Phrases that hold a country name, demonym or capital but do not mean that country.
NOT_COUNTRIES = """
Mexico City | Guatemala City | Kuwait City | Panama City | Luxembourg City | Djibouti City
New Mexico | New Mexican | New Mexicans | Gulf of Mexico | New Jersey | Jersey
Papua | West Papua | New Guinea | Guinea pig | Guinea pigs | Guinea fowl | Guinea worm
Gulf of Guinea | New Holland | Zealand | Norfolk | Norfolk Island
Northern Ireland | Northern Irish | Northern Cyprus | North Cyprus
Turkish Republic of Northern Cyprus | New South Wales
Georgia Tech | Georgia State | South Georgia | Atlanta, Georgia
Indian Ocean | Indian Express | American Indian | American Indians | West Indian | West Indians
British Indian Ocean Territory | British Columbia | British Virgin Islands
US Virgin Islands | U.S. Virgin Islands | United States Virgin Islands
United States Minor Outlying Islands | American Samoa | American Samoan | American Samoans
Latin America | Latin American | Latin Americans | North America | North American
North Americans | South America | South American | South Americans | Central America
Central American | Central Americans | African American | African Americans
Native American | Native Americans | Asian American | Asian Americans | Pan American
Pan-American | Inter-American | Organization of American States | America's Cup
Bank of America | Voice of America | French Guiana | French Polynesia
French Southern Territories | Netherlands Antilles | Caribbean Netherlands
Korean Peninsula | Hong Kong, China | Macao, China | Macau, China
South China Sea | East China Sea | Sea of Japan | Gulf of Thailand | Gulf of Oman
Gulf of Finland | Congo River | River Congo | Congo Basin | Belgian Congo | Niger Delta
Niger River | River Niger | Jordan River | River Jordan | Lake Chad
Turks and Caicos | Turks and Caicos Islands | Panama Canal | Panama Papers
Rome Statute | Treaty of Rome | Vienna Convention | Paris Agreement | Paris Club
Minsk Group | Minsk agreements | Oslo Accords | Lima Group | Santiago de Compostela
"""


def split(s: str) -> list[str]:
    return [p.strip() for p in s.replace("\n", "|").split("|") if p.strip()]


def fold(s: str) -> str:
    """Strip accents: "Côte d'Ivoire" -> "Cote d'Ivoire" (ʻ kept as ')."""
    s = s.replace("ʻ", "'").replace("’", "'")
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()


# Not folded to ASCII, because the folded form means something else (San Jose, male).
NO_FOLD = {"San José", "Malé"}


def variants(name: str) -> set[str]:
    """The name, its "St"/"St." and "&" forms, and accent-folded forms of all of them."""
    out = {name}
    if name.startswith("Saint "):
        rest = name[len("Saint ") :]
        out |= {"St " + rest, "St. " + rest}
    for v in list(out):
        if " and " in v:
            out.add(v.replace(" and ", " & "))
    for v in list(out):
        if v in NO_FOLD:
            continue
        f = fold(v)
        if f and len(f) == len(v.replace("ʻ", "'")):
            out.add(f)
    return out


def pycountry_names(country) -> list[str]:
    names = []
    for attr in ("name", "official_name", "common_name"):
        value = getattr(country, attr, None)
        if not value:
            continue
        if value.startswith("the "):
            value = value[4:]
        m = re.fullmatch(r"(.+) \((.+)\)", value)
        if m:  # "Holy See (Vatican City State)"
            names += [m[1], m[2]]
        elif ", " in value and value not in NOT_INVERSIONS:
            head, tail = value.split(", ", 1)
            inverted = f"{tail} {head}"
            if inverted.startswith("The "):
                inverted = inverted[4:]
            names += [inverted, f"{head} ({tail})"]
        else:
            names.append(value)
    return names


def add(table: dict[str, str], key: str, code: str, what: str) -> None:
    old = table.get(key)
    if old is not None and old != code:
        raise SystemExit(f"{what} {key!r} maps to both {old} and {code}")
    table[key] = code


def build():
    codes = UN_MEMBERS + OBSERVERS_AND_OTHERS
    assert len(UN_MEMBERS) == 193 == len(set(UN_MEMBERS)), len(UN_MEMBERS)
    display: dict[str, str] = {}
    aliases: dict[str, str] = {}
    for code in codes:
        country = pycountry.countries.get(alpha_3=code)
        names = pycountry_names(country) if country else []
        if code in DISPLAY_OVERRIDES:
            display[code] = DISPLAY_OVERRIDES[code]
        else:
            assert country is not None, code
            display[code] = getattr(country, "common_name", None) or country.name
            assert ", " not in display[code] and "(" not in display[code], display[code]
        names += [display[code], *split(EXTRA_ALIASES.get(code, ""))]
        for name in names:
            for v in variants(name):
                add(aliases, v, code, "alias")
    demonyms: dict[str, str] = {}
    capitals: dict[str, str] = {}
    for code, text in DEMONYMS.items():
        for name in split(text):
            for v in variants(name):
                add(demonyms, v, code, "demonym")
    for code, text in CAPITALS.items():
        for name in split(text):
            for v in variants(name):
                add(capitals, v, code, "capital")
    not_countries = set()
    for name in split(NOT_COUNTRIES):
        not_countries |= variants(name)
    no_demonym = {"CAF", "COD", "COG", "DMA", "DOM", "VAT"}  # see the note above DEMONYMS
    assert set(DEMONYMS) == set(codes) - no_demonym, set(codes) ^ set(DEMONYMS)
    assert set(CAPITALS) <= set(codes)
    # One key, one meaning: across tables and case-insensitively (lookup() folds case).
    seen: dict[str, tuple[str, str]] = {}
    for what, table in (("alias", aliases), ("demonym", demonyms), ("capital", capitals)):
        for key, code in table.items():
            k = key.casefold()
            if k in seen and seen[k][1] != code:
                raise SystemExit(f"{what} {key!r} ({code}) clashes with {seen[k]}")
            seen[k] = (what, code)
    clash = {n for n in not_countries if n.casefold() in seen}
    if clash:
        raise SystemExit(f"NOT_COUNTRIES entries that are also names: {sorted(clash)}")
    return display, aliases, demonyms, capitals, not_countries


def q(s: str) -> str:
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def render(display, aliases, demonyms, capitals, not_countries) -> str:
    version = importlib.metadata.version("pycountry")
    lines = [
        '"""Country names, demonyms and capitals for votecli.countries.',
        "",
        "GENERATED by scripts/gen_countries.py -- do not edit; change the script and re-run it.",
        "",
        f"Names come from pycountry {version} (ISO 3166-1 name, official_name, common_name),",
        "restricted to the 193 UN member states, the Holy See, the State of Palestine,",
        "Kosovo (XKX, not in ISO 3166-1) and Taiwan; 'Korea, Republic of' style inversions",
        "are turned round.",
        "The display names, the short forms news uses, DEMONYMS, CAPITALS and NOT_COUNTRIES are",
        "hand-written in the script. Variants are made there too: 'Saint' -> 'St'/'St.',",
        "' and ' -> ' & ', accents folded to ASCII. Apostrophes are stored as ASCII \"'\"; the",
        "runtime maps typographic apostrophes to it and adds ALL CAPS and Title Case forms.",
        '"""',
        "",
    ]

    def table(name: str, mapping: dict[str, str], doc: str) -> None:
        lines.append(f"# {doc}")
        lines.append(f"{name}: dict[str, str] = {{")
        for key in sorted(mapping, key=lambda k: (mapping[k], k) if name == "DISPLAY" else k):
            lines.append(f"    {q(key)}: {q(mapping[key])},")
        lines.append("}")
        lines.append("")

    table("DISPLAY", display, "alpha-3 -> display name, UN style as news writes it")
    table("ALIASES", aliases, "country name as capitalised in running text -> alpha-3")
    table("DEMONYMS", demonyms, "adjective or plural noun -> alpha-3")
    table("CAPITALS", capitals, "capital city (and alternate spellings) -> alpha-3")
    lines.append(
        "# phrases that contain a country name, demonym or capital but are not that country"
    )
    lines.append("NOT_COUNTRIES: frozenset[str] = frozenset(")
    lines.append("    {")
    for name in sorted(not_countries):
        lines.append(f"        {q(name)},")
    lines.append("    }")
    lines.append(")")
    return "\n".join(lines) + "\n"


def literal(value: object) -> str:
    """Python source for a str, int, None or tuple of str, formatted as ruff formats it."""
    if isinstance(value, str):
        return q(value)
    if isinstance(value, tuple):
        return "(" + ", ".join(q(v) for v in value) + ")"
    return repr(value)


def render_index() -> str:
    """The lookup index votecli.countries builds from the tables just written."""
    sys.path.insert(0, str(OUT.parents[2]))
    import votecli.countries
    import votecli.data.countries

    importlib.reload(votecli.data.countries)
    importlib.reload(votecli.countries)
    index = votecli.countries.build_index()
    lines = [
        '"""The country lookup index, built by votecli.countries.build_index from countries.py.',
        "",
        "GENERATED by scripts/gen_countries.py -- do not edit; change the script and re-run it.",
        '"""',
        "",
    ]
    for name, value in index.items():
        if isinstance(value, dict):
            lines.append(f"{name} = {{")
            lines += [f"    {q(k)}: {literal(v)}," for k, v in sorted(value.items())]
            lines.append("}")
        elif isinstance(value, frozenset):
            lines.append(f"{name} = frozenset(")
            lines.append("    {")
            lines += [f"        {q(k)}," for k in sorted(value)]
            lines.append("    }")
            lines.append(")")
        else:
            lines.append(f"{name} = {literal(value)}")
        lines.append("")
    return "\n".join(lines)


def main() -> None:
    tables = build()
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(render(*tables), encoding="utf-8")
    OUT.with_name("country_index.py").write_text(render_index(), encoding="utf-8")
    display, aliases, demonyms, capitals, not_countries = tables
    print(
        f"wrote {OUT}: {len(display)} countries, {len(aliases)} aliases, {len(demonyms)} demonyms,"
        f" {len(capitals)} capitals, {len(not_countries)} not-countries"
    )


if __name__ == "__main__":
    main()
