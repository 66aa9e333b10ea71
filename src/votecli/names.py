"""Names of people, parties and cities: the candidates that are not countries.

A name is a run of capitalised words ("Lindsay Hoyle", "Sheikh Salman bin Ebrahim
al-Khalifa", "Amanat party"). Titles are dropped from the name ("Sir", "Mr", "Rep."),
and a later mention of a registered person by surname ("Hoyle") or by title and first
name ("Sir Lindsay") resolves to the same candidate. Words that start sentences, name
institutions or months are never names on their own.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache

from . import patterns
from .countries import is_multiword_form, lookup
from .gated import Gated
from .model import Candidate, Kind
from .numbers import count_words
from .sentences import UPPER

TITLES = frozenset(
    [
        "mr",
        "mr.",
        "mrs",
        "mrs.",
        "ms",
        "ms.",
        "mx",  # the honorific that tells no sex ("Mx. McKenney")
        "mx.",
        "dr",
        "dr.",
        "sir",
        "dame",
        "lord",
        "lady",
        "prof",
        "prof.",
        "professor",
        "rep",
        "rep.",
        "representative",
        "sen",
        "sen.",
        "senator",
        "gov",
        "gov.",
        "governor",
        "sheikh",
        "shk",
        "shk.",
        "sheik",
        "prince",
        "princess",
        "king",
        "queen",
        "president",
        "judge",
        "justice",
        "ambassador",
        "minister",
        "general",
        "gen",
        "gen.",
        "mayor",
        "congressman",
        "congresswoman",
        "h.e.",
        "madam",
        "monsieur",
        "mme",
        "mme.",
        "rev",  # clergy: "The Rt. Rev. J. Scott Barker", "the Very Rev. ..."
        "rev.",
        "reverend",
        "rt",
        "rt.",
        # titles of other presses: Nigerian and Kenyan ("Hon.", "Alhaji", "Engr."), South
        # Asian ("Shri", "Smt.", "Maulana"), Malay ("Datuk", "Tun") and clergy ("Bishop")
        "hon",
        "hon.",
        "barr",
        "barr.",
        "barrister",
        "engr",
        "engr.",
        "alhaji",
        "alhaja",
        "otunba",
        "shri",
        "smt",
        "smt.",
        "maulana",
        "mufti",
        "sheikha",
        "datuk",
        "dato",
        "datin",
        "tun",
        "archbishop",
        "cardinal",
        "bishop",
        "pastor",
        "imam",
        "rabbi",
        # a trade set before a name like a title, in US local reporting: "Attorney X won",
        # "over businessman Y" (the name is the person's, never "Attorney X")
        "attorney",
        "lawyer",
        "physician",
        "businessman",
        "businesswoman",
    ]
)
# Malay titles of two words, the first of which is a surname elsewhere ("Tan Sri X", but
# "Tan Cheng Lock"), or whose second word is a name elsewhere ("Datuk Seri X", "Sri Mulyani")
_TWO_WORD_TITLES = frozenset(
    [
        ("tan", "sri"),
        ("puan", "sri"),
        ("toh", "puan"),
        ("datuk", "seri"),
        ("dato", "seri"),
        ("dato", "sri"),
        ("datin", "seri"),
        ("datuk", "patinggi"),
    ]
)
_TWO_WORD_FIRSTS = frozenset(first for first, _ in _TWO_WORD_TITLES)  # a cheap test first
_TITLE_WORDS = frozenset(t.rstrip(".") for t in TITLES)
# Titles that tell the office held, and the role nouns that stand for its holder ("Rep. X
# ... The Congressman garnered 54 percent": X)
TITLE_OFFICES = (
    dict.fromkeys("rep representative congressman congresswoman".split(), "congress")
    | dict.fromkeys("sen senator".split(), "senate")
    | dict.fromkeys("gov governor".split(), "governor")
    | {"mayor": "mayor"}
)
# Titles that tell a person's sex, for "he" and "she" to find the one they stand for
_TITLE_GENDERS = dict.fromkeys(
    "mr sir lord king prince monsieur congressman".split(), "m"
) | dict.fromkeys("mrs ms miss dame lady queen princess madam mme congresswoman".split(), "f")
# Honorifics before one word make it a surname even when it names a place ("Ms Hall"); never
# an office ("Mr President", "Madam Speaker" address its holder)
_HONORIFICS = frozenset(("mr", "mrs", "ms", "mx", "miss", "mme", "dr"))
_PLACE_SURNAMES = frozenset(("hall", "city"))  # besides the words for institutions
# "The joint bid, branded United 2026, won": the name a bid or a list goes by, whatever words
# Words no person's name opens with, but a party's or a slogan's may ("For Life",
# "Together for Change"): such a name is no person "he" or "she" stands for
FUNCTION_FIRSTS = frozenset(("for", "of", "the", "and", "with", "from", "together", "by"))
# Words no name ends with: capitalised before a number they are a Title Case verb's
# preposition ("Wins With 148"), never the end of a person's or a body's name
_FUNCTION_LASTS = frozenset(("with", "by", "to", "from", "at", "the", "and"))
# Organs in the plural, never one candidate's name (no surname among them, unlike "Banks")
_ORGAN_PLURALS = frozenset(
    "bureaus bureaux committees councils commissions tribunals ministries agencies boards "
    "departments secretariats".split()
)
_BRAND_BEFORE = patterns.compile(r"\b(?:branded|dubbed|billed as|known as) $")
_ROLE_AFTER = patterns.compile(
    r" (?:envoy|ambassador|diplomat|official|lawmaker|politician|delegate|representative)\b"
)
# A body's title naming its topic: "the Committee on Priorities and Plans", "Commission
# for Racial Equality" (the capitalised topic words are no one's name)
_BODY_TOPIC_BEFORE = Gated(
    (
        "committee", "commission", "council", "board", "office", "department", "ministry",
        "secretariat", "institute", "centre", "center", "agency",
    ),
    r"\b(?:Committee|Subcommittee|Commission|Council|Board|Office|Department|Ministry|"
    r"Secretariat|Institute|Cent(?:re|er)|Agency) (?:on|for)(?: the)? "
    r"(?:[A-Z][\w-]*,? (?:and |& )?)*$",
    0,
)  # fmt: skip
_ORGANS = frozenset((("security", "council"), ("general", "assembly")))
# A meeting or body named before a person's name in one run of capitals: where the news
# happened ("At the UEFA Congress Ana Ruiz was re-elected") or whose office the person holds
# ("President of the Chess Federation Ana Ruiz"); the name opens after the body's word
_GATHERINGS = frozenset("congress conference convention synod summit session meeting".split())
_BODY_BEFORE = patterns.compile(r"\b(?:[Aa]t|[Dd]uring|of) (?:the|its|their|this) $")
# An office named by its portfolio before a person ("Minister of Labor Muriel Pénicaud",
# "Secretary of State Ana Lopes", "Minister for Foreign Affairs X"): the capitalised
# portfolio words open the run of the person's name
_OFFICE_OF_BEFORE = patterns.compile(
    r"\b(?:minister|secretary|commissioner)(?: of| for) (?:the )?$", re.IGNORECASE
)
# A local office named by its place before a person ("Governor of Primorye Andrey
# Tarasenko", "Mayor of New York Eric Adams"): the place opens the run of capitals, the
# person's given name and surname close it
_PLACE_OFFICE_BEFORE = patterns.compile(
    r"\b(?:governor|mayor|premier|head)(?: of) (?:the )?$", re.IGNORECASE
)
_PORTFOLIO_WORDS = frozenset(
    """
    labor labour health finance defence defense justice education culture agriculture
    trade commerce interior economy energy environment transport tourism foreign affairs
    state industry planning information communications science technology employment home
    housing welfare women youth sport sports treasury works mines petroleum fisheries water
    lands social security national public development cooperation immigration
    work pensions rural local media digital
    """.split()
)
# "Former England captain Bill Carter", "World Rugby chairman X", "France coach X": a name
# right before a role noun and a person's name describes that person (their country, side
# or body), so it is no candidate there
_ROLE_NOUN_AFTER = patterns.compile(
    r" (?:[a-z]+ )?(?:captain|coach|manager|skipper|boss|chief|chairman|chairwoman|chair|"
    r"president|head|leader|envoy|ambassador|diplomat|official|lawmaker|politician|delegate|"
    r"representative|minister|international|legend|great|icon|hero|veteran|champion|star|"
    r"player|striker|midfielder|goalkeeper|athlete|spokesman|"
    r"spokeswoman|spokesperson|director|secretary|treasurer|candidate|nominee|"
    # "the leader of the Kyrgyzstan parliamentary group X": a chamber's group (by a country's
    # name as post-Soviet parties go) before its leader's name
    r"group|faction|caucus) "
    r"(?P<next>[A-Z][\w’'-]*)"
)
# "the pro-European Green economist", "the Conservative candidate": one capitalised word
# (a party's, a side's or a faith's) before a person's role and no name, so a person is meant
_PERSON_ROLE_AFTER = patterns.compile(
    r" (?:economist|politician|lawmaker|legislator|diplomat|lawyer|candidate|nominee|"
    r"leader|incumbent|challenger|veteran|mayor|senator|congressman|congresswoman|"
    r"governor|activist|businessman|businesswoman|chief minister|minister|premier|"
    # "a former Christian pastor", "the Catholic priest": a faith before a cleric's role
    r"pastor|priest|preacher|cleric|bishop|imam|evangelist|clergyman)\b(?! [A-Z])"
)
# "the APC candidate who is the incumbent got 3,646 votes", "PDP candidate who secured 955": a
# party's nominee left unnamed, a relative clause or a verb straight after, stands for the
# party the text already named, when it names no nominee of it (see _nominee_named)
_UNNAMED_NOMINEE_AFTER = patterns.compile(
    r" (?:candidate|nominee|flagbearer)(?:,? who\b| (?:won|got|polled|secured|scored|received|"
    r"obtained|garnered)\b)"
)


@lru_cache(maxsize=64)
def _nominee_named(document: str, party: str) -> bool:
    """Whether the document names the party's nominee somewhere ("the APC candidate, Senator
    X", "the candidate of the All Progressives Congress (APC), X", "X of the APC"): then "the
    APC candidate" stands for that person, never the party. (Not "X (APC)": the party's own
    name, "Congress (APC)", looks the same.)"""
    word = re.escape(party)
    return (
        re.search(
            rf"\b{word}\)? (?:[a-z-]+ )?(?:candidate|nominee|flagbearer),? (?!who\b)[{UPPER}]"
            rf"|(?:candidate|nominee|flagbearer) (?:of|for) the [^,.;]{{0,60}}\b{word}\)?, [{UPPER}]"
            rf"|[{UPPER}][\w'’-]+,? (?:of|from) the (?:[{UPPER}][\w'’-]* ){{0,5}}\(?{word}\b",
            document,
        )
        is not None
    )


# "the former leader of the Ontario Progressive Conservative won": the words after "leader
# of" name what the person leads, not who won
_LED_BY_SUBJECT = patterns.compile(
    r"\b(?:leader|head|chief|founder|chair|chairman|chairwoman|boss) of (?:the )?$"
)
# "the Alliance for Patriotic Reorientation and Construction of President X won 52 percent":
# a party named, then "of" its leader in office; the party is the subject, the person says
# whose it is (the capitalised run from the party word reaches "of" unbroken)
_PARTY_OF_OFFICE = patterns.compile(
    r"\b(?:Party|Alliance|Movement|Front|Union|Coalition|Congress|Rally|Bloc|League|Forum)"
    r"(?:\s+(?:(?:and|for|of|the)\s+)*[A-Z][\w’'-]*)*\s+of\s+$"
)
# The last words of parties' names that are adjectives ("Progressive Conservative")
SIDE_WORDS = frozenset(
    """
    conservative conservatives liberal liberals democrat democrats democratic progressive
    progressives green greens socialist socialists republican republicans communist
    communists nationalist nationalists labour labor revolutionary people's people’s
    """.split()
)
# "candidate Kh.Tumur", "M.Dorj": an initial glued to the name after it (Mongolian style),
# so the stop before the name ends no sentence; never "St.", "Mt." or "U.S."
_GLUED_INITIAL = patterns.compile(r"(?<![\w.’'-])(?!St\.|Mt\.|Ft\.)[A-Z][a-z]?\.$")
# "28 of Istanbul's 39 districts": a name owning areas is a place, the areas' whole
# "Luxor club", "the Zamalek clubs": a club named by its place, lower-case word after
_CLUB_AFTER = patterns.compile(r" clubs?\b")
_AREAS_AFTER = patterns.compile(
    r"['’]s (?:\d[\d,]* |[a-z]+ )?(?:districts|provinces|counties|wards|precincts|boroughs|"
    r"constituencies|municipalities|neighbou?rhoods|regions|cantons|prefectures)\b"
)
# "won the Serenje district of the Muchinda ward", "a HoR seat": a name between an article
# and a lower-case area word names the area, never who stood there (nor before the office
# of a place: "took the Selwyn mayoralty", "won the Ogun governorship"; "came from the
# Shanghai PPLN area")
# (South Asia's local areas too: Bhutan's "gewog", "dzongkhag"; India's "tehsil", "taluka";
# Bangladesh's "upazila")
# (the areas one stands for, also after a preposition: see _PLACE_FOR_BEFORE)
_PLACE_NOUNS = (
    "constituency", "district", "ward", "county", "municipality", "parish", "precinct",
    "riding", "borough",
)  # fmt: skip
_AREA_NOUN_AFTER = patterns.compile(
    rf" ({'|'.join(_PLACE_NOUNS)}|seat|"
    r"division|mayoralty|governorship|by-?election|gewog|dzongkhag|tehsil|taluka|"
    r"upazila|area|region|province|"
    # a body by its seat's name: "the Holyrood parliament", "the Stormont assembly"
    r"parliament|assembly|legislature)\b"
)
# "won a second term for Kpando constituency", "the MP for Tema district": after a
# preposition of whom one stands for, a name before a lower-case place word names the place
_PLACE_FOR_BEFORE = patterns.compile(r"\b(?:for|of|at|across|representing) $")
# "defended its Chini state-assembly seat", "held his Ashfield seat": a name between an
# owner's pronoun (or an article) and a seat's word, a lower-case word or two qualifying
# it, names the seat, never who held it
_SEAT_OWNED_AFTER = patterns.compile(
    r" (?:[a-z]+(?:-[a-z]+)? )?(?:seat|constituency|ward|electorate|riding)\b"
)
_OWNER_BEFORE = patterns.compile(r"\b(?:the|a|its|his|her|their) $")
# "in the southern seat of Brindabella", "the electorate of Kooyong": a name after an area
# noun and "of" names the area, never who stood there (no "city of": host cities contest)
_AREA_OF_BEFORE = patterns.compile(
    r"\b(?:seat|electorate|constituency|ward|riding|district|borough|parish|county|province|"
    r"municipality) of $"
)
# "some Y supporters", "the Y loyalists": a name qualifying a group of followers is no
# subject there (a count after it is the one who drew the followers')
_FOLLOWERS_AFTER = patterns.compile(r" (?:supporters|backers|loyalists|followers)\b")
# "the Y team", "the Y camp", "a Y faction": a side named by its leader, whose member (named
# apart) takes the count
_SIDE_TEAM_AFTER = patterns.compile(r" (?:team|camp|faction|slate)\b")
# "X has been elected as the new Scottish Conservative leader": words between "the new" and
# "leader" name the party led, no person (a "he" after them stands for X)
_LED_SIDE_BEFORE = patterns.compile(r"\bthe (?:new|next|newly[- ]elected) $")
# "from the Dausa seat" or "from Dausa seat", "in Dokar gewog": a preposition of place
# before the name says the same as the article ("Zecko from Dokar gewog got 882 votes")
# "wins the seat from Bumthang", "elected from Thimphu": a lone unknown word after them is
# the place represented (or the side that lost the seat), never who the count is for
_SEAT_FROM_BEFORE = patterns.compile(r"\b(?:seat|elected|contested|contesting) from $")
# "Paro's NC representative", "Haa's member": a lone word owning whoever stands for it
_REPRESENTED_AFTER = patterns.compile(
    r"['’]s (?:[A-Z]{2,5} )?(?:representative|member|delegate|MP|lawmaker|legislator)\b"
)
# "according to UML lawmaker Y", "according to Y": a source new to the text, who told the
# count (a known name after it stays: a candidate quoting his own count)
_SOURCE_BEFORE = patterns.compile(r"\baccording to (?:[\w-]+ ){0,3}$")
# "the returning officer, Prof. X, who announced the results", "Collation Officer X said":
# the official who tells the count, never one counted (Nigerian, Ghanaian and Kenyan usage)
_OFFICIAL_BEFORE = patterns.compile(r"\b(?:[Rr]eturning|[Cc]ollation|[Pp]residing) [Oo]fficer,? $")
_RESULTS_OFFICERS = frozenset(("Returning", "Collation", "Presiding"))
# ("won every Ohio county", "carried each Labour seat": a determiner of its own as well)
_ARTICLE_BEFORE = patterns.compile(r"\b(?:the|a|an|from|in|every|each) $")
# "for Han- son": a name broken at a line's end, its rest in lower case after the hyphen
# (never a suspended hyphen's "and", "or", "to": "pre- and post-war")
# a US member's party and state after the name: "Jane Doe, D-New York, 212 votes"
_PARTY_STATE_TAG = patterns.compile(r"[DRI]-[A-Z]")
# "Ana Ruiz (EPP, ES)", "Jan Berg (Renew, FR)": a group and a country's code in brackets
# after a member's name say whose side, never who ran
_GROUP_COUNTRY_TAG = patterns.compile(r"[\w&/-]*, [A-Z]{2}\)")
_GROUP_TAG_OPEN = patterns.compile(r"\([\w&-]*/$")  # "(Greens/EFA, DE)"
_LINE_BROKEN_REST = patterns.compile(r"- (?!(?:and|or|to|nor|but|than|as)\b)([a-z]{2,})\b")
# The lower-case patronymic word that ends a Turkic full name ("Aliyev Ilham Heydar oglu",
# "Asanov Bakyt uulu", "Mammadova Aysel Rafig qizi"): part of the name, so nothing stands
# between the name and its tally ("X oglu - 24,799 votes")
_PATRONYMIC_END = patterns.compile(r" (?:oglu|ogly|oğlu|qizi|gizi|kyzy|kizi|uulu|uly)\b")
# Words that make a run of capitalised words an organisation's name, wherever they stand in
# it ("World Rugby", "Athletics Kenya", "Football Australia"): no person's
SPORTS = frozenset(
    """
    rugby football soccer athletics cricket hockey tennis swimming cycling basketball
    volleyball rowing golf boxing judo netball baseball softball
    """.split()
)  # alone ("Athletics" of "Athletics Kenya") no name either
_ORGANISATION_WORDS = SPORTS | frozenset(
    """
    association confederation federation council committee union party league congress bank
    fund organisation organization agency commission university foundation society institute
    corporation police army navy ministry department authority
    fédération federación federação federazione confédération confederación internationale
    internacional internazionale asociación associação associazione organización
    organização organizzazione comité comisión comissão commissione
    """.split()
)  # (in other languages too: "the Fédération Internationale de l'Automobile")
# The plural last word of a body whose members cast the votes ("ITF Member Clubs", "the
# FIFA Member Associations", "National Federations"): the voters, never a contestant
_VOTING_BODIES = frozenset(
    """
    clubs associations federations confederations unions members delegations chapters
    branches societies committees organisations organizations
    """.split()
)
_PARTICLES = frozenset(
    [
        "de",
        "da",
        "do",
        "dos",
        "das",
        "del",
        "della",
        "di",
        "van",
        "von",
        "der",
        "den",
        "bin",
        "bint",
        "arap",
        "binti",
        "ibn",
        "al",
        "el",
        "la",
        "le",
        "du",
        "y",
        "e",
        "los",
        "las",
    ]
)
_PARTY_WORDS = (
    r"(?:[Pp]arty-?[Ll]ist|[Pp]arty|[Mm]ovement|[Aa]lliance|[Ff]ront|[Cc]oalition|[Uu]nion|"
    r"[Bb]loc|League|Forum)"
)
_PARTY_FIRST_WORDS = frozenset(("partido", "parti", "partei", "partij", "partito"))
# The plural a party's members go by, ending a party's name ("Liberal Democrats", "Sweden
# Democrats", "Social Democrats"): no person's surname
_PARTY_PLURALS = frozenset(
    "democrats liberals greens socialists republicans conservatives progressives".split()
)
_PARTY_AFTER = patterns.compile(rf"\s+{_PARTY_WORDS}\b")  # "Santos Unity Party"
# Capitalised words that begin sentences or name institutions, places and times, never a
# candidate on their own.
STOPWORDS = frozenset(
    """
    tory winner
    elected re-elected excluded eliminated withdrawn vacancies vacancy quota
    quorum quoracy threshold
    about around nearly almost roughly approximately exactly fewer less least over under up
    down out off above below between among within without across some any
    a an the this that these those it its he she his her they their we our you i in on at by
    for from to of with after before during since until as while when where which who whom
    whose what why how however meanwhile eventually finally also but and or nor yet so then
    there here thus therefore moreover furthermore according although though despite because
    if once only just even still already overall altogether together earlier later today
    yesterday tomorrow now new old other another each every all both some many most more
    much several no not none nobody neither either one two three four five six seven eight nine
    ten first second third others
    fourth fifth last final next previous round ballot ballots vote votes voting result bid bids
    results total number majority required abstentions invalid valid candidate candidates
    members member states state countries country nations nation group groups seat seats
    category categories
    term january february march april may june july august september october november
    december monday tuesday wednesday thursday friday saturday sunday jan feb mar apr jun
    jul aug sep sept oct nov dec un u.n. united nations general assembly security council
    human rights economic social court justice international committee commission
    organization organisation board conference session secretary secretary-general office
    ministry foreign affairs house commons representatives senate congress parliament legislature
    chamber speaker president presidency chairman chair premier election elections electoral
    executive
    speakership chairmanship governorship mayoralty leadership premiership
    rector vice-chancellor provost treasurer chairperson registrar ombudsman comptroller sheriff
    whip moderator warden bursar auditor coroner alderman councillor
    cathaoirleach leas-chathaoirleach ceann comhairle leas-cheann
    lok rajya vidhan sabha dail dáil seanad knesset bundestag sejm duma storting majlis riksdag
    poll polls asia pacific asia-pacific africa african europe european latin america americas
    australasia oceania
    american caribbean western eastern northern southern north south east west central
    olympic olympics games world cup federation association fifa ioc unesco ecosoc icj hrc
    unhrc unsc ga pga party parties democrat republican news press reuters afp ap xinhua
    tass photo video source title read mr mrs ms dr sir dame lord lady rep sen gov sheikh
    writethru roundup factbox ld urgent
    prince king queen judge ambassador minister mayor headquarters hall city capital city's
    government opposition republic kingdom mps meps mlas mpps tds msps
    mep mla mpp msp mna mha
    voters delegates delegations residents citizens officials observers diplomats analysts
    lawmakers legislators deputies senators supporters opponents critics participants
    shareholders investors workers students women men people
    asian asians africans europeans spoiled spoilt blank void null abstain president-elect
    speaker-elect turnout turn-out electorate papers figures cast polled counted tallied
    electors rejected abstained abstaining absent expired exhausted non-transferable
    volume
    instead nevertheless nonetheless additionally ultimately initially subsequently
    consequently notably similarly likewise otherwise indeed besides elsewhere previously
    currently separately importantly interestingly surprisingly unsurprisingly hence
    accordingly alternatively conversely specifically traditionally historically officially
    reportedly apparently clearly obviously fortunately unfortunately ironically remarkably
    crucially significantly
    presidential vice-presidential parliamentary parliamentarians legislative gubernatorial
    mayoral congressional senatorial municipal provincial
    education health healthcare economy diversity inclusion activities collections housing
    immigration infrastructure employment unemployment transport transportation agriculture
    inflation crime taxes taxation welfare pensions corruption
    facebook twitter instagram telegram youtube tiktok whatsapp linkedin
    """.split()
)
# The US states as news agencies abbreviate them after a town ("Mobile, Ala."), where a
# reader would otherwise take the word for a name
_US_STATES_AP = frozenset(
    "Ala Ariz Ark Calif Colo Conn Del Fla Ill Ind Kan Kans Ky La Md Mass Mich Minn Miss Mo "
    "Mont Neb Nev Okla Ore Pa Tenn Tex Vt Va Wash Wis Wyo".split()
)
_SHORT_TITLES = (
    "Mr Mrs Ms Mx Dr St Rep Sen Gov Gen Shk Prof Mme Lt Col Capt Rev Rt Hon Barr Engr Smt".split()
)  # with a stop
_NAME_PREFIXES = (
    "al el bin bint binti ibn van von de da di del della du la le dos das der den los las "
    "arap".split()  # Kalenjin "son of": "Daniel arap Moi"
)


def _after_first_letter(words: list[str]) -> str:
    """An alternation of `words` for a pattern that has taken their first letter already:
    ["Mr", "Mrs", "Dr"] -> "(?<=M)(?:r|rs)|(?<=D)(?:r)"."""
    rests: dict[str, list[str]] = {}
    for word in words:
        rests.setdefault(word[0], []).append(word[1:])
    return "|".join(f"(?<={first})(?:{'|'.join(ends)})" for first, ends in rests.items())


# A word of a name: a short title, an initial, a capitalised word ("al-Thani" too) or a
# prefix before one. The pattern takes the word's first letter before anything else, so `re`
# scans for the letters such words begin with instead of trying the lookbehind at every
# position (twice as fast); each alternative then looks back at the letter it begins with.
_FIRST_LETTERS = UPPER + "".join(sorted({"a", "e"} | {word[0] for word in _NAME_PREFIXES}))
_WORD = patterns.compile(
    rf"[{_FIRST_LETTERS}](?<![\w’'-].)(?:"
    rf"(?:{_after_first_letter(_SHORT_TITLES)})\.(?=\s)"
    r"|(?<=[A-Z])\.(?:[A-Z]\.)*(?=\s[A-Z])"  # an initial, or initials run together ("A.B.")
    # an initial without its stop, before a name's next word ("Manu C Pulickal", "K Suresh",
    # "George K YULE" of a results table), never "A" nor "I" (an article, a pronoun)
    r"|(?<=[B-HJ-Z])(?= [A-Z][a-zA-Z])"
    # (a hyphen before a count grouped by thousands ends the word: "Eze-12,156", a row's dash)
    rf"|(?<=[Aa])l-[{UPPER}][\w’'-]*\w|(?<=[Ee])l-[{UPPER}][\w’'-]*\w|(?<=[{UPPER}])(?:[\w’']|-(?![1-9]\d{{0,2}},\d{{3}}))*\w"
    rf"|(?:{_after_first_letter(_NAME_PREFIXES)})(?= (?:(?:{'|'.join(_NAME_PREFIXES)}) )?(?:[A-Z]|al-|el-))"
    r")",
)
# A possessive ending: `str.endswith` of these, as no word `_WORD` takes holds a line break
# (what `$` would also let stand after it); a regex search per word cost more
_POSSESSIVE = ("'s", "’s")
# Capitalised words that open a run before a name, never part of it
_LEADERS = frozenset(
    {"the", "a", "an", "neither", "either", "none", "nobody"}
    # a clause's opening word at a sentence's start: "After McCarthy failed to win ..."
    | {"after", "before", "when", "while", "once", "although", "though", "since", "until"}
    # or a preposition: "With England dropping out ...", "By Robert Wagman" (a byline)
    | {"with", "without", "despite", "unlike", "by", "as", "if", "because"}
    # or an adverb of time: "Later Bell got 45", "Then bin Ali got 45"
    | {"later", "then", "now", "earlier", "meanwhile", "eventually", "finally", "ultimately"}
    # or what a sentence opens with before its subject: "Both X and Y won 61 votes",
    # "Behind X (61 votes) came Y", "Having won 61 votes, X ..."
    | {"both", "behind", "having", "being"}
    # or a conjunction or adverb joining it to the sentence before: "But Hosny, 71, was
    # accused ...", "And Ruiz got 27", "Yet Lee won"
    | {"but", "and", "yet", "also", "still", "instead", "thus"}
    # or a question word opening a headline: "How Boyd won the leadership", "Why Ruiz lost"
    | {"how", "why", "where", "whether"}
)
# "In Geneva, X was elected": what opens a sentence before a place (or a time) set off by a
# comma
_OPENING_PREPOSITION = patterns.compile(
    r"\s*(?:In|At|On|From|During|Across|Throughout)\s+(?:the\s+)?"
)
_MAX_WORDS = 8  # "Tan Sri Raja Kamal Azmi Raja Yusof": titled names run long
# Words naming an office or allegiance before a person's name: the name is what follows
# ("MEC": a South African provincial minister, "health MEC Jane Doe"; the Irish offices:
# "Cathaoirleach X", "Tánaiste X"; a firm's: "ex-Acme CEO X", "Chief Investment Officer X",
# "Chief Executive X").
ROLE_WORDS = frozenset(
    """
    minister foreign prime deputy former president vice speaker chairman chairwoman chair
    secretary secretary-general ambassador envoy justice judge leader candidate incumbent
    challenger rival contender frontrunner front-runner newcomer outsider opponent
    mayor governor senator congressman congresswoman representative rep sen gov democrat
    republican mp lawmaker legislator delegate chief head director director-general general
    professor prof dr mr mrs ms sir dame lord lady sheikh shk prince princess king queen
    emir sultan premier chancellor commissioner president-elect speaker-elect principal boss
    clerk registrar senator-elect governor-elect mayor-elect mec businessman businesswoman
    controller accountant inspector solicitor attorney parliamentarian prosecutor auditor
    cathaoirleach taoiseach tánaiste tanaiste
    ceo cfo coo officer executive chairperson councilor councillor councilman councilwoman
    """.split()
)
# Parties news names by one word, which may open a sentence without a verb of winning after
# it ("Labour also did not stand a candidate, after securing 6.7% in 2017")
_PARTIES_OPENING = frozenset(
    "Labour Tories Conservatives Greens Liberals Socialists Republicans Democrats".split()
)
# Last words of institutions' names, which are never candidates' names.
INSTITUTIONS = frozenset(
    """
    court council assembly committee commission tribunal federation union university
    school college faculty academy
    ministry office bank agency organization organisation institute house senate congress
    parliament legislature government administration department board fund programme program
    nations state
    states republic kingdom church times post news press agency service services club
    olympics games championships expo bureau conference conferences brotherhood secretariat
    affairs meeting meetings convention synod summit
    treaty treaties amendment protocol charter constitution referendum division authority
    """.split()
)  # and events ("the 2026 Winter Olympics"), whose hosts are the candidates, and the texts a
# referendum asks about ("the Nice Treaty was approved by 62.89 per cent to 37.11 per cent"),
# and the schools that describe a candidate ("Professor X, Graduate School of Law, ...")
# Election commissions by their acronyms ("CENI", "INEC", "IEBC", "COMELEC"): the bodies
# that count and announce, named as a sentence's subject ("the CEC received 2.1 million
# ballots"), never a contestant
_ELECTION_BODIES = frozenset(
    """
    CEC NEC INEC IEC ECI ECP CENI CENA CNE TSE ISIE IEBC ZEC ECZ NEBE JNE ONPE KPU COMELEC
    """.split()
)
# Counted things, never a word of a name: "Total Votes Counted", "Ballots Cast"
_COUNT_NOUNS = frozenset(("votes", "ballots"))
# A register's count, never a name: "Total Registered Voters 25,281", "Eligible Voters";
# "voters" alone may end a party's name ("Free Voters")
_REGISTER_WORDS = frozenset(("registered", "eligible", "total"))
# A results list's label rows alone, never a name: "Registered: 93,469,008", "Accredited:
# 25,286,616", "Turnout: 61%" (the register, those checked in, the share who voted)
_RESULT_LABELS = frozenset(
    ("registered", "accredited", "eligible", "turnout", "electorate", "abstention", "abstentions")
)
# How votes were cast, never who took them: "Electronic Voting Machines", "Early Voting",
# "Absentee Voting" ("PDP led the Electronic Voting Machines with 56,180 votes")
_CHANNEL_WORDS = frozenset(("voting", "machines", "evms"))
# "Trump-backed", "Kremlin-aligned": a word for who stands behind the one named after it
_BACKER_SUFFIXES = ("-backed", "-aligned", "-allied", "-supported", "-endorsed", "-sponsored")
# Korean and Japanese districts and wards ("Gangnam-gu", "Shinjuku-ku"), never candidates
_DISTRICT_SUFFIXES = ("-gu", "-gun", "-ku")
# The last word of an area's name that no contestant's name ends with ("Harris County")
_AREA_WORDS = frozenset(
    "County District Province Constituency Ward Borough Riding Prefecture Governorate Oblast "
    "Parish Gewog Dzongkhag Tehsil Taluka Upazila".split()
)
# Areas counted in capitals after their number ("33 Local Government Areas", "12 States")
# Area words that are surnames too ("Mark Ward", "Jane Parish"): a person's after a side's
# possessive ("Sinn Féin's Mark Ward") or a title ("Mr Ward")
_SURNAME_AREA_WORDS = frozenset(("Ward", "Parish"))
_POSSESSIVE_BEFORE = ("’s ", "'s ")


# A web page's infobox field, never a name, before its colon: a year ("Year: 1880", "Next
# Year: 1884"), a numbered field ("Image Size2: 125") or a count's words run together
# ("Totaldelegates: 755", "Votesneeded: 378")
_INFOBOX_GLUED = patterns.compile(r"(?:Total|Votes|Delegates|Ballots)[a-z]{4,20}")


def _infobox_field(core: list[str]) -> bool:
    last = core[-1]
    if last == "Year" or (len(core) > 1 and last[-1].isdigit() and last[:-1].isalpha()):
        return True
    return len(core) == 1 and _INFOBOX_GLUED.fullmatch(last) is not None


def _area_word_surname(text: str, start: int, end: int, core: list[str]) -> bool:
    """Whether a name ending in an area word is a person's ("Labour's Mark Ward", "David
    Ward, who defeated Y": a relative "who" speaks of a person, never of a ward)."""
    if core[-1] not in _SURNAME_AREA_WORDS or len(core) > 3:
        return False
    if core[0].lower().rstrip(".") in _HONORIFICS:
        return True
    if len(core) == 2 and text.startswith((", who ", ", whose "), end):
        return True
    return len(core) == 2 and text.endswith(_POSSESSIVE_BEFORE, 0, start)


def _weekday_surname(words: list[str], core: list[str]) -> bool:
    """Whether a weekday ends a titled person's name ("Dr Godwin Friday", "Mr Ian Monday"),
    where a day's name after other words ("Super Tuesday", "Good Friday") is no one's."""
    return (
        len(core) >= 2
        and words[0].lower().rstrip(".") in _HONORIFICS
        and core[-1].lower() in _WEEKDAYS
        and not any(w.lower() in _TIME_WORDS for w in core[1:-1])
    )


_PLURAL_AREAS = frozenset(
    "Areas Counties Districts Provinces Regions States Wards Constituencies Municipalities "
    "Councils Parishes Boroughs Prefectures Cantons Governorates Oblasts LGAs".split()
)
_COUNT_BEFORE = patterns.compile(r"\b\d[\d,]* $")
# The rest of a body's name after "and": "Independent Electoral and Boundaries Commission",
# "Food and Agriculture Organization" (the words before "and" are no one's name), and a
# portfolio's: "appointed Roads and Transport Cabinet Secretary", "Lands and Housing
# Minister" (not "May and Foreign Secretary Boris Johnson", a name after the office)
# (an office after the body's word names a person next: "X and Mexican Foreign Affairs
# Secretary Y", two people, where X's words are no body's)
_AND_INSTITUTION_REST = patterns.compile(
    rf" (?:and|&) (?:[{UPPER}][\w’'-]+ ){{1,3}}(?:(?i:{'|'.join(sorted(INSTITUTIONS))})\b"
    rf"(?! (?:Minister|Secretary|Commissioner) [{UPPER}])|"
    rf"(?:Minister|Secretary|Commissioner)\b(?! [{UPPER}]))"
)
# A portfolio's second word and its office before a person's name: "Work and Pensions
# Secretary X", "Trade and Industry Minister X" (after a portfolio's word only: "May and
# Foreign Secretary X" names two people)
_AND_OFFICE_REST = patterns.compile(
    rf" (?:and|&) (?:[{UPPER}][\w’'-]+ ){{1,3}}(?:Minister|Secretary|Commissioner)\b"
)
# The rest of a body's name listed with commas: "United Nations Educational, Scientific and
# Cultural Organization", "the U.N. Educational, Scientific, and Cultural Organization":
# the words before the first comma, and each one-word item ("Scientific"), are no one's
# name (the items are one word each, so a list of people, "Ana Ruiz, Tom Roe and ...", is
# not taken for it)
_COMMA_INSTITUTION_REST = patterns.compile(
    rf"(?:, [{UPPER}][\w’'-]+)*,? (?:and|&) (?:[{UPPER}][\w’'-]+ ){{0,3}}"
    rf"(?i:{'|'.join(sorted(INSTITUTIONS))})\b"
)
# After a sentence's first word, what makes it a candidate's name rather than "However".
# A count right beside a name in a results line: "JANE DOE - 322", "JANE DOE: 322"
# (its share after it too: "JANE DOE: 28,428 73%"; the party's acronym before: "JANE DOE (APC) 322")
_COUNT_BESIDE = patterns.compile(
    r"[ \t]*(?:[-–—:]|\([A-Z]{2,10}\)[ \t]*[-–—:]?)[ \t]*\d[\d,]*[ \t]*(?:votes?)?[ \t]*"
    r"(?:\(?\d{1,3}(?:\.\d+)?[ \t]*%\)?[ \t]*)?(?:\n|$)"
)
# A results row that gives the count first and the name closing it: "817 - Pupatello"
# (the count and dash open the row, so the name after them is no sentence's first word)
_COUNT_BEFORE_ROW = patterns.compile(r"(?:^|\n)[ \t]{0,8}\d[\d,]{0,12}[ \t]{0,4}[-–—:][ \t]{0,4}$")
_ROW_END = patterns.compile(r"[ \t]{0,8}(?:\n|$)")
# (an adverb of manner may stand before the verb: "Ryan handily beat", "Ana narrowly won")
_ACTS_LIKE_A_CANDIDATE = patterns.compile(
    r"\s*(?:[-–—:=]\s*\d|\(\d|\t|\s\d{1,3}\s+seats?\s+\d|['’]s (?:vote |popular vote )?share\b(?=(?:[^.;/|]|\.(?=\d)){0,40}?\d\s?(?:%|per ?cent))|\s\s+\d|\s\d[\d,.]*(?:\s*%|\s+votes?)?\s*(?:[,;.]|$|\((?i:out|eliminated)\)|[(\[]\d[\d.]*\s?(?:%|per ?cent\b|percent\b))|(?:(?:still|also|then|later|only|just|[a-z]+ly) )?(?:received|won|got|garnered|obtained|secured|polled|scored|"
    r"gained|collected|took|captured|picked|bagged|racked|netted|earned|tallied|mustered|topped|"
    r"achieved|acquired|"
    r"finished|ended|came|led|trailed|beat|defeated|emerged|was elected|was chosen|was selected|"
    r"upset|trounced|"  # "Turin upset Sion 53-36": a win over a favourite
    r"was awarded|was handed|"  # "Lyon was awarded the Games, beating X": a host city
    r"was (?:first|second|third|fourth|fifth|sixth|last)\b|"  # "Toronto was second with 22"
    # "Ruiz placed first on the opening ballot": a placing only (not "Police placed a cordon")
    r"placed (?:a (?:distant|close|strong) )?(?:first|second|third|fourth|fifth|sixth|last)\b|"
    r"wins|beats|edges|defeats|gets|takes|"
    r"has been elected|has been re-elected|was re-elected|was eliminated|was knocked out|"
    r"dropped out|pulled out|bowed out|withdrew|will host|won the right|had|has|with|and|of|"
    # "Lyon did not make it into the second round": a contestant's fate
    r"did not make it|didn['’]t make it|failed to (?:make|reach|advance|qualify)|missed out|"
    # "Coventry needed only one round of voting to clinch the race": a contestant's race
    r"needed only|needed just|clinched|sealed|"
    r"\(|,|–|—)(?:\b|(?<=\W)))"
)
# "Milan in Italy beat Stockholm": a place set after the name, then a verb of winning
_PLACED_CANDIDATE = patterns.compile(
    rf",? in [{UPPER}][\w’'-]+(?: [{UPPER}][\w’'-]+)?,? (?:beat|defeated|edged|won|received|got|"
    r"garnered|obtained|secured|polled)\b"
)
# Words that with a number after them label a seat or an area ("won District 2 with 65%",
# "Precinct 4:", "in Ward 6, where she earned 58%"), never a candidate; a count after the
# number ("District 7 votes") or a list's comma leaves the word a name; the number may be
# spelt ("won Ward one with 3,100 votes"); US blogs shorten the districts ("Arizona CD 8",
# "LD 14": congressional, legislative); a clause after the comma ends the label too ("301
# votes for District 1, while ...")
_LABEL_WORDS = frozenset(
    "district precinct constituency division region zone circuit subdistrict riding place "
    "position ward province cd ld hd sd".split()
)
_LABEL_NUMBER = patterns.compile(
    rf" (?:\d{{1,3}}[A-Z]?|(?:{count_words(1, 12)})\b)"
    r"(?=:| [a-z]| ?$| ?\.(?:\s|$)|, (?:where|which|in which|while|whereas)\b)(?! (?:votes?|per|percent)\b)"
)
# "Constituencies 33, 13 and 26": a list of seats' labels after the plural
_LABEL_LIST = patterns.compile(
    r" \d{1,3}[A-Z]?(?:, \d{1,3}[A-Z]?)*,? (?:and|&) \d{1,3}[A-Z]?\b(?!%| (?:votes?|per|percent)\b)"
)


def _seat_label(word: str, text: str, end: int) -> bool:
    """Whether `word` before `end` labels seats by number ("District 2", "Wards 3 and 4",
    "Constituencies 33, 13 and 26"), never a contestant's count."""
    lower = word.lower()
    if lower in _LABEL_WORDS:
        return _LABEL_NUMBER.match(text, end) is not None
    if not lower.endswith("s"):
        return False
    single = lower[:-3] + "y" if lower.endswith("ies") else lower[:-1]
    return single in _LABEL_WORDS and bool(
        _LABEL_NUMBER.match(text, end) or _LABEL_LIST.match(text, end)
    )


# Verbs of getting that open a sentence before its subject ("Winning 126 votes, Iceland
# took the seat"): followed by a number they look like a name in a table row.
PARTICIPLES = frozenset(
    "receiving winning garnering obtaining securing scoring getting polling gaining collecting "
    "earning mustering attracting bagging amassing tallying netting capturing taking drawing "
    "claiming".split()
)
_WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
_TIME_WORDS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april "
    "june july august september october november december".split()
)
_NOT_PARTY_NAMES = frozenset(
    [
        "the",
        "a",
        "this",
        "that",
        "his",
        "her",
        "its",
        "their",
        "our",
        "ruling",
        "opposition",
        "main",
        "new",
        "former",
        "other",
        "each",
        "every",
    ]
)
_CAP = rf"[{UPPER}][\w’'-]*+"
# Starts only at a word's start, so a run of capitals is read once; tried only on sentences
# holding a party word. ("United for a New Alternative Party": "for a" inside the name)
# A verb between a person and "party" ends the name: "X wins party vote", "X leads party
# members' ballot" (headlines' wording), never the name "X wins"
# (a party word before "for" and a capital opens a name `_PARTY_FOR` reads whole: "X of
# People's Alliance for Change", never the party "X of People's Alliance")
_NOT_IN_PARTY_NAME = (
    r"(?:wins|won|leads|led|takes|took|tops|topped|heads|headed|quits|joins|joined|leaves|"
    r"left|backs|backed|says|said|beats|beat|elected|named|chosen|ousted|retains|keeps|"
    r"secures|clinches|loses|lost)"
)
# A possessive inside tells whose party it is ("President Ana Lima’s Green Party"), no word
# of its name, save the few names built on one ("People’s Party", "Women’s Equality Party")
_NOT_OWNER = r"(?:(?<![’']s)|(?<=[Pp]eople[’']s)|(?<=[Ww]omen[’']s)|(?<=[Ww]orker[’']s))"
# "the Alliance for Progress of President Ana Lima": an office after "of" opens the
# person who leads the party, a description of it, never a word of its name
_NO_OFFICE = r"(?!(?:President|Prime\s+Minister|Premier|Vice[\s-]+President|Governor|Mayor)\b)"
# "the People's Alliance of AK Party and the MHP", "the Nation Alliance of the CHP and Y":
# a bloc's member parties after "of" (a party's name, an acronym and "and"), no words of its
# name (the bloc's count is not its last member's)
_NOT_BLOC = r"(?<!Alliance)(?<!Coalition)(?<!Bloc)"  # nor "of" after a bloc's word, inside
_NO_MEMBER_PARTY = r"(?!(?:[\w’'-]+\s+){1,3}Party\b|[A-Z]{2,6}\s+and\b)"
_PARTY = Gated(
    ("party", "movement", "alliance", "front", "coalition", "union", "bloc", "league", "forum"),
    rf"(?<![\w’'-])(?P<name>(?:{_CAP}{_NOT_OWNER}(?:\s+|\s+(?:and|for)\s+|{_NOT_BLOC}\s+of\s+|\s+for\s+an?\s+)){{0,5}}{_CAP}"
    rf"(?:\s+(?!{_NOT_IN_PARTY_NAME}\b)[a-z]{{2,}}(?=\s+[Pp]arty))?)"
    rf"(?:\s+\([^()]{{1,30}}\))?"
    rf"\s+{_PARTY_WORDS}\b(?!\s+for\s+(?:the\s+)?[{UPPER}])"
    rf"(?:\s+of\s+(?:the\s+)?{_NO_OFFICE}{_NO_MEMBER_PARTY}(?P<of>{_CAP}(?:\s+{_CAP}){{0,3}}))?",
    0,
)

# "the Centre, Liberal and Christian Democrat parties": the last of a list of parties named
# by the plural after it (the list's other items are the parties' own short names)
_PARTIES_LAST = Gated(
    (" parties",),
    rf"(?:,|\band)\s+(?:the\s+)?(?P<name>{_CAP}(?:\s+{_CAP})?)\s+(?P<plural>parties)\b",
    0,
)

# "the Movement for Democratic Change", "Alternative for Germany", "Party for Freedom": a
# name opening with its party word, whose aim follows "for" (without it "Movement" and
# "Democratic Change" read as two names)
_PARTY_FOR = Gated(
    tuple(
        f"{word} for "
        for word in "movement alliance coalition union front congress alternative party rally".split()
    ),
    rf"(?<![\w’'-])(?P<name>(?:{_CAP}\s+){{0,2}}"
    r"(?:Movement|Alliance|Coalition|Union|Front|Congress|Alternative|Party|Rally) for "
    rf"(?:the |an? )?{_CAP}(?:\s+(?:(?:and|of|the)\s+)*{_NO_OFFICE}{_CAP}){{0,4}})",
    0,
)

# "Coalición Equipo por Colombia", "Alianza para el Progreso", "Rassemblement pour la
# République": a Spanish, Portuguese or French party name, whose aim follows its "for" (else
# the country at its end reads as a contestant beside the person the bracket describes)
_PARTY_POR = Gated(
    (" por ", " para ", " pour ", " pela ", " pelo "),
    rf"(?<![\w’'-])(?P<name>(?:Coalici[oó]n|Alianza|Movimiento|Frente|Pacto|Partido|Uni[oó]n|"
    r"Fuerza|Compromiso|Rassemblement|Mouvement|Parti|Alian[cç]a|Movimento|Coliga[cç][aã]o)"
    rf"(?:\s+{_CAP}){{0,2}} (?:por|para|pour|pela|pelo) (?:(?:el|la|los|las|le|les|a|o|the) )?"
    rf"{_CAP}(?:\s+(?:(?:y|e|et|de|del|la)\s+)*{_CAP}){{0,3}})",
    0,
)

# "the Alliance of Liberals and Democrats", "Union of Democratic Forces", "Party of
# Regions": a name opening with its party word, whose members or aim follow "of" (without it
# "Alliance" and "Democrats" read as two names and the last takes the count); never
# "Congress of", a chamber ("the Congress of Deputies")
_PARTY_OF = Gated(
    tuple(f"{word} of " for word in "movement alliance coalition union front party rally".split()),
    rf"(?<![\w’'-])(?P<name>(?:{_CAP}\s+){{0,2}}"
    r"(?:Movement|Alliance|Coalition|Union|Front|Party|Rally) of "
    rf"(?:the )?{_NO_OFFICE}{_NO_MEMBER_PARTY}(?P<members>{_CAP}(?:\s+(?:(?:and|of|the|in|for)\s+)*{_NO_OFFICE}{_CAP}){{0,4}}))",
    0,
)

# An acronym: capitals, or capitals with small letters between ("Patriots for Economic
# Progress (PeP)", whose small letter is an initial too)
_ACRONYM_LETTERS = rf"(?:[{UPPER}][{UPPER}0-9&-]{{1,9}}|[{UPPER}][{UPPER}0-9a-z&-]{{0,8}}[{UPPER}])"
# "Movement for Democratic Change (MDC)", "Anti-Crime and Terrorism – Community Involvement
# and Support (ACT-CIS)": a body's name whose initials its bracketed acronym spells, read as
# one name however many small words or dashes join it (no party word need end it)
_ACRONYM_NAME = Gated(
    (" (",),
    rf"(?<![\w’'-])(?P<name>{_CAP}(?:(?:\s+(?:(?:and|of|for|the|on|in|de|du|des|del|la|le)\s+)*"
    rf"|\s+[–—-]\s+){_CAP}){{1,8}}) \((?P<acronym>{_ACRONYM_LETTERS})\)",
    0,
)

_CAP_WORD = patterns.compile(_CAP)  # one capitalised word
# "party RPG (Rally of the Guinean People)": the acronym first, its name spelled out (often
# translated, the initials in another order) in the brackets after it
_ACRONYM_THEN_NAME = Gated(
    (" (",),
    rf"(?<![\w’'-])(?P<acronym>{_ACRONYM_LETTERS}) \((?P<name>{_CAP}(?:\s+(?:(?:and|of|for|the"
    rf"|on|in|de|du|des|del|la|le)\s+)*{_CAP}){{1,8}})\)",
    0,
)

# British parties' short forms in results lines ("C 696, Lab 530, LD 203, Ind 44"), named in
# full; the other forms (Green, UKIP, SNP) are the parties' own names
_SHORT_PARTY_NAMES = {
    "C": "Conservative",
    "Con": "Conservative",
    "Lab": "Labour",
    "LD": "Liberal Democrat",
    "Lib Dem": "Liberal Democrat",
    "Ind": "Independent",
    "Grn": "Green",
    "PC": "Plaid Cymru",
}
# the forms a row may open with; a sentence holding none of the cues has no such row (a row
# of the parties' own names alone, "Green 61", goes with rows of short forms)
_SHORT_PARTIES = "|".join(
    [*_SHORT_PARTY_NAMES, "Green", "UKIP", "Ukip", "SNP", "Reform", "BNP", "TUSC", "SDP"]
)
_SHORT_PARTY_CUES = tuple(f"{short} " for short in _SHORT_PARTY_NAMES if short != "PC")
# a row: the short form at a list's item start (line start, or after ": ", ", ", ". ", "; "),
# its count, then the item's end (a share in brackets may follow: "Lab 696 (41%)"); a dash
# may part the two and square brackets hold the share ("Ind – 176 [17.4%, +17.4]")
_SHORT_PARTY_ROW = patterns.compile(
    rf"(?:^|(?<=[,:;.] )|(?<=\n))(?P<short>{_SHORT_PARTIES})"
    r"(?= (?:[-–—] )?\d[\d,]*(?:\s*(?:\([^()]{1,20}\)|\[[^\[\]]{1,20}\]))?\s*(?:[,;.]|$))",
    0,
)

# a results block's row a line: "Con 1187 (37.5; -1.5)", "Ind – 176 [17.4%, +17.4]"
_SHORT_PARTY_LINE = patterns.compile(
    rf"^(?:{_SHORT_PARTIES}) (?:[-–—] )?\d[\d,]*"
    r"(?:[ \t]*(?:\([^()\n]{1,20}\)|\[[^\[\]\n]{1,20}\]))?[ \t]*$",
    re.MULTILINE,
)

# Institutions' last words, but "Congress" and "Union" end parties' names too ("African
# National Congress (ANC)"); and places' ("Hong Kong Special Administrative Region (SAR)")
_BODIES_NOT_PARTIES = (INSTITUTIONS - {"congress", "union"}) | frozenset(
    "region territory territories province district zone area county city municipality".split()
)

# Words that mark a name ending in "Union" as an international body, never a
# party ("the Universal Postal Union (UPU)", "International Telecommunication Union (ITU)")
_INTERNATIONAL_BODY_WORDS = frozenset(
    "universal international inter-parliamentary interparliamentary postal telecommunication "
    "telecommunications world".split()
)

# Words that make a name spelled with its acronym a club's, never a party's, wherever they
# stand ("the Cricket Club of India (CCI)", "the Royal Rowing Club (RRC)")
_CLUB_WORDS = SPORTS | frozenset(("club",))

# The acronym bracketed between a party's name and its party word: "(AK) Party"
_INNER_ACRONYM = patterns.compile(rf"\s*\((?P<acronym>{_ACRONYM_LETTERS})\)\s+{_PARTY_WORDS}\b")

# A bracketed acronym alone, searched before the name it may close
_ACRONYM = patterns.compile(rf" \({_ACRONYM_LETTERS}\)", 0)


# The role words as one alternation, for patterns that allow an office before a name
_ROLE_ALTERNATION = "|".join(re.escape(w) for w in sorted(ROLE_WORDS, key=lambda w: (-len(w), w)))

# "defeating her nearest rival Y", "a lead over his opponent, Y": Y is the rival of the one
# the pronoun stands for, so a "she" or "he" after it stands for that one, not for Y
_PRONOUNS_RIVAL_BEFORE = patterns.compile(
    r"\b(?:his|her) (?:[a-z]+ )?(?:rival|opponent|challenger|contender)(?:,? [a-z]+){0,3},? $"
    # or the one beaten by the sentence's subject ("X won, defeating economic minister Y in a
    # runoff ... He had won 154 votes in the first round"): a "he" after stands for X
    # (an office set off by a comma may come between: "against former Speaker, Prof Y")
    # ("defeating male candidates such as Y": a few words may describe those beaten)
    # (or a country owning the rival: "defeating Greece's Y")
    # ("X defeated the incumbent, Y. She polled 138": the past tense too, never the passive's
    # "defeated by Y", whose Y won)
    # ("saw off a challenge from Y", "fending off Y": those the subject held off)
    rf"|\b(?:against|defeating|beating|challenges? from|(?:fend|fended|fending|fought|"
    rf"fighting|saw|seeing|stave|staved|staving) off|"
    rf"(?:defeated|ousted|unseated|beat)(?! by\b)(?= (?!by\b)))"
    # (set off by a dash, the country owning a described rival: "against his opponent --
    # Chile's former trade minister Y")
    rf" (?:(?!by )(?-i:[a-z])[\w-]* ){{0,5}}(?:[-–—]{{1,2}} )?(?:(?i:{_ROLE_ALTERNATION}), )?"
    r"(?:(?-i:[A-Z])[\w-]+['’]s (?:(?-i:[a-z])[\w-]* ){0,3})?$"
)
# How far before a name the words making it the subject's rival may begin ("against his
# opponent -- Chile's former trade minister Y")
_RIVAL_REACH = 64
# The list of rivals going on: "defeating Y and former governor Z" (Z beaten too)
_RIVALS_JOINED = patterns.compile(r"(?:,|,? and|,? or) (?:(?-i:[a-z])[\w-]* ){0,3}")


def _acronym_name_start(match: re.Match[str]) -> int | None:
    """Where the name its acronym spells begins ("Ghana's National Democratic Congress
    (NDC)": at "National"); None when the acronym spells none, or names a body or place."""
    words = list(re.finditer(_CAP, match.group("name")))
    first = _spelled_by([w.group() for w in words], match.group("acronym"))
    if first is None or words[-1].group().lower() in _BODIES_NOT_PARTIES:
        return None  # "the Central Election Commission (CEC)": a body, never a candidate
    if any(w.group().lower() in _CLUB_WORDS for w in words[first:]):
        return None  # "the Cricket Club of India (CCI)": a club, whose members vote
    return match.start("name") + words[first].start()


# A lower-case word other than a name's particle: "for", "and", "of" ("Alliance for the
# Union of Romanians"), which ends a run of capitalised words
_SPLITS_A_RUN = patterns.compile(r" (?:for|and|of|in|to|on|with)(?: the)? (?=[A-Z])")

# "The Law and Justice party won": a party whose name joins two words with "and", named so
# somewhere in the document, the party doing something; a bare "Law and Justice wins"
# elsewhere is that one party, never "Law" alone ("the Labour and Conservative party
# conferences", "... party leaders": "party" qualifies a noun of two parties)
_AND_PARTY = patterns.compile(
    r"\b[Tt]he ([A-Z][\w’'-]{1,20}(?: [A-Z][\w’'-]{1,20}){0,2} and [A-Z][\w’'-]{1,20}"
    r"(?: [A-Z][\w’'-]{1,20}){0,2}) party(?=\s*(?:[,.;:)]|$)|\s+(?:has|had|is|was|won|wins|"
    r"took|takes|got|gets|received|receives|secured|polled|garnered|obtained|came|finished|"
    r"led|leads|swept|emerged|claimed|said|says|will|would|which|who)\b)"
)


def _names_without_acronym(name: str) -> tuple[str, ...]:
    """The keys a party named with its acronym goes by when a later mention leaves the
    acronym out: the name whole, and without its last party word (as `NameBook.parties`
    keys a name its party word closes: "Social Democratic")."""
    whole = name.casefold()
    words = whole.split()
    if len(words) > 2 and words[-1] in _TRANSLATED_PARTY_ENDS:
        return (whole, " ".join(words[:-1]))
    return (whole,)


def _outside(text: str, mention: NameMention, start: int, end: int) -> bool:
    """Whether a party's name reaches outside the span of a name its acronym spells, more
    than by the article before it ("The Social Democratic Party (PSD)")."""
    before = mention.start < start and text[mention.start : start].strip().lower() != "the"
    return before or mention.end > end


def _spelled_by(words: list[str], acronym: str) -> int | None:
    """The index of the first of `words` from which their initials (each part of a hyphened
    word counting, or each word whole) spell `acronym`; None when none does. A party's name
    translated keeps its own language's acronym, the same initials in another order ("Social
    Democratic Party (PSD)", "National Liberal Party (PNL)"): read too, the name whole."""
    letters = "".join(c for c in acronym if c.isalpha()).upper()  # ("PeP": "PEP")
    for start in range(len(words) - 1):
        rest = words[start:]
        whole = "".join(w[0] for w in rest)
        parts = "".join(p[0] for w in rest for p in w.split("-") if p)
        if letters in (whole.upper(), parts.upper()):
            return start
    last = words[-1].lower() if words else ""
    if len(letters) >= 3 and last in _TRANSLATED_PARTY_ENDS:
        for start in range(len(words) - 1):
            initials = "".join(w[0] for w in words[start:]).upper()
            if sorted(initials) == sorted(letters):
                return start
    return None


def _spells_whole(words: list[str], acronym: str) -> bool:
    """Whether the initials of all `words` spell `acronym` of three letters or more, in
    order or, as a translation keeps its own language's acronym, in another ("Union of
    Democratic Forces of Guinea" for "UFDG")."""
    letters = "".join(c for c in acronym if c.isalpha()).upper()
    initials = "".join(w[0] for w in words).upper()
    return len(letters) >= 3 and sorted(initials) == sorted(letters)


# The last words of parties' names a translation moves (the original's acronym kept)
_TRANSLATED_PARTY_ENDS = frozenset(
    ("party", "alliance", "union", "front", "movement", "bloc", "coalition", "congress")
)


@dataclass(frozen=True)
class NameMention:
    """A candidate's name (or a short form of it) found in a sentence."""

    start: int
    end: int
    text: str
    candidate: Candidate


def _surname_with_particles(parts: list[str]) -> str | None:
    """The surname with the lower-case particles before it ("van der Berg", "de la Cruz"),
    as a later mention may write it; None when the name holds no such particle."""
    for index in range(1, len(parts) - 1):
        if parts[index] in _PARTICLES:
            return " ".join(parts[index:])
    return None


def _without_article(surname: str) -> str | None:
    """An Arabic surname without its article ("Sisi" of "al-Sisi"), as news writes it again
    after the full name; None when the surname has no such article."""
    head, dash, rest = surname.partition("-")
    return rest if dash and head.lower() in ("al", "el") and rest[:1].isupper() else None


def _paternal_surname(parts: list[str]) -> str | None:
    """The word before the last of a name of three words or more, which a later mention may
    use alone: the first of two Spanish surnames ("Petro" of "Gustavo Petro Urrego"); never a
    particle, an initial or a common word."""
    if len(parts) < 3:
        return None
    word = parts[-2]
    lower = word.lower()
    if lower in _PARTICLES or lower in STOPWORDS or word.endswith(".") or len(word) < 3:
        return None  # never "May" of "Ana May Ross": a month alone stays one
    return word


# the stop after a one-letter initial, which copies of one name keep or drop ("Michael D.
# Higgins", then "Michael D Higgins: 822,566")
_INITIAL_STOP = patterns.compile(r"(?<=\b\w)\.(?= )")


_VOWELS = patterns.compile(r"[aeiouy]+")
_DOUBLED = patterns.compile(r"(\w)\1+")


def _same_transliteration(one: str, other: str) -> bool:
    """Whether two first names are spellings of one ("Moushira", "Mashira"): the same first
    and last letters and consonants, vowels aside; never short ones, where those are
    another name ("Maria", "Mario") and never gender's ending ("Marina", "Marine")."""
    one, other = one.casefold(), other.casefold()
    if one == other or min(len(one), len(other)) < 6 or not (one + other).isalpha():
        return False
    if one[0] != other[0] or one[-1] != other[-1]:
        return False
    return _DOUBLED.sub(r"\1", _VOWELS.sub("", one)) == _DOUBLED.sub(r"\1", _VOWELS.sub("", other))


def _alias_key(name: str) -> str:
    """How the name book files a name: in any case, an initial with or without its stop."""
    return (_INITIAL_STOP.sub("", name) if "." in name else name).casefold()


def _title_after_district(words: list[str]) -> str | None:
    """The title after a district named before it ("Fourth District Rep. X", "11th District
    Sen. Y"), as US reports name members by their seat."""
    if len(words) < 4 or words[1] != "District":
        return None
    title = words[2]
    return title if title.lower().rstrip(".") in TITLE_OFFICES else None


def _names_an_area(text: str, start: int, area_noun: str) -> bool:
    """Whether the name at `start`, before a lower-case area word, names the area: after an
    article ("the Muchinda ward"), or a place after a preposition of whom one stands for
    ("a second term for Kpando constituency with 31,005")."""
    if _ARTICLE_BEFORE.search(text, max(0, start - 6), start):
        return True
    return area_noun in _PLACE_NOUNS and bool(
        _PLACE_FOR_BEFORE.search(text, max(0, start - 8), start)
    )


class NameBook:
    """The names a document has introduced, so later short mentions find them."""

    def __init__(self) -> None:
        self.by_alias: dict[str, Candidate] = {}
        # people's first names ("gianni"), None where two people share one
        self.by_first_name: dict[str, Candidate | None] = {}
        # the word before the surname of longer names ("Petro" of "Gustavo Petro Urrego"),
        # read alone only where it is no one's first name or surname
        self.by_middle_name: dict[str, Candidate | None] = {}
        # the names the text spelled out with an acronym whose lower-case words ("Alliance
        # for the Union of Romanians (AUR)") split a run of capitalised words: found as
        # written wherever the text repeats them without the acronym
        self.spelled_names: dict[str, Candidate] = {}
        # "m" or "f" for a person a title gave one ("Sir Vince Cable", "Ms Swinson"), by key
        self.genders: dict[str, str] = {}
        # the office a title before a person's name gives ("Rep. X": "congress"), for "the
        # Congressman" to find the one it stands for
        self.offices: dict[str, str] = {}
        self.incumbents: set[str] = set()  # people the text calls the incumbent
        # people named as a pronoun's rival ("defeating her nearest rival Y"): keys
        self.rivals_of_pronoun: set[str] = set()
        # the whole text, for what one sentence cannot tell ("Con 1187 (37.5; -1.5)" a row
        # of a results block whose other rows are sentences of their own)
        self.document = ""
        # the two-letter acronyms the document was searched for, spelled out or not
        self._acronyms_sought: set[str] = set()
        self._short_row_lines: bool | None = None
        # the full names of people a word is found as the surname of elsewhere in the text
        self._surnames_seen: dict[str, str | None] = {}
        # where each capitalised word stands after a space, made at the first such question
        self._word_places: dict[str, list[int]] | None = None
        self._and_parties_sought = False

    def _seek_and_parties(self) -> None:
        """Files the document's "The A and B party" names as spelled names, once."""
        self._and_parties_sought = True
        if " party" not in self.document:
            return
        for match in _AND_PARTY.finditer(self.document):
            start, end = match.span(1)
            name = match.group(1)
            mention = self._register(self.document, start, end, name, Kind.PARTY)
            self.spelled_names.setdefault(name, mention.candidate)

    def parties(self, text: str) -> list[NameMention]:
        """Party names, found before countries so "People's Party of Kazakhstan" stays one."""
        mentions = []
        for match in _PARTY.finditer(text):
            name = match.group("name")
            start = match.start("name") + _person_of_party(name)
            name = text[start : match.end("name")]
            words = [w for w in name.split() if w.lower() not in ("the",)]
            unnamed = not words or all(w.lower() in _NOT_PARTY_NAMES for w in words)
            if unnamed and not _capital_new_party(text, start, match):
                continue  # "the party", "the ruling party"; not "the New Party"
            label = " ".join(words)
            if match.group("of"):
                label = " ".join(match.group(0).split()).removeprefix("the ")
            elif label.isupper() and label.casefold() not in self.by_alias:
                self._spell_out_inner(label)  # "the AK Party" of "... (AK) Party" anywhere
            mention = self._register(text, start, match.end(), label, Kind.PARTY)
            mentions.append(mention)
            if "(" in match.group(0):
                self._file_inner_acronym(match, mention.candidate)
        for match in itertools.chain(
            _PARTY_FOR.finditer(text),
            _PARTY_OF.finditer(text),
            _PARTY_POR.finditer(text),
            _PARTIES_LAST.finditer(text),
        ):
            start, end = match.span("name")
            if any(m.start < end and start < m.end for m in mentions):
                continue  # read above, with a party word at its end
            if _of_a_people(match):
                continue  # "The Union of Croatians": a people's body, left as before
            if match.groupdict().get("plural") and _kind_of_parties(match.group("name")):
                continue  # "Western and Kurdish parties": a kind of party, no party's name
            name = " ".join(match.group("name").split()).removeprefix("The ")
            mentions.append(self._register(text, start, end, name, Kind.PARTY))
        if any(short in text for short in _SHORT_PARTY_CUES):  # (case-sensitive: rare)
            mentions += self._short_party_rows(text, mentions)
        acronyms = _ACRONYM.search(text) if " (" in text else None  # (cheap tests first)
        for match in _ACRONYM_NAME.finditer(text) if acronyms else ():
            start = _acronym_name_start(match)
            if start is None:
                continue
            end = match.end()
            overlapping = [m for m in mentions if m.start < end and start < m.end]
            if any(_outside(text, m, start, end) for m in overlapping):
                continue  # a party name found above reaches outside it
            # "the ... – Workers Alliance of Farmers (APH-WAF)": the party word's name a part
            mentions = [m for m in mentions if m not in overlapping]
            name = " ".join(text[start : match.end("name")].split())
            dropped = [m.candidate for m in overlapping]  # (the name read above, its alias)
            mention = self._spelled_party(text, start, end, name, match.group("acronym"), dropped)
            mentions.append(mention)
            if _SPLITS_A_RUN.search(name):
                self.spelled_names[name.removeprefix("The ").removeprefix("the ")] = (
                    mention.candidate
                )
        if " (" in text:
            mentions = self._acronyms_first(text, mentions)
        if not self._and_parties_sought:
            self._seek_and_parties()  # once: a test of the whole document per sentence was
            # quadratic in a long text with no party in it
        if self.spelled_names:
            mentions += self._spelled_again(text, mentions)
        return mentions

    def _file_inner_acronym(self, match: re.Match[str], candidate: Candidate) -> None:
        """A party whose acronym stands before its party word ("Justice and Development (AK)
        Party", "Bharatiya Janata (BJ) Party"): later "the AK Party" stands for it, the
        acronym in the original's language, so it need not spell the translated name."""
        inner = _INNER_ACRONYM.match(match.group(0), match.end("name") - match.start())
        if inner is None:
            return
        self.by_alias.setdefault(inner.group("acronym").casefold(), candidate)  # as "AK" Party

    def _spell_out_inner(self, acronym: str) -> None:
        """Files an acronym under the party the document names with it bracketed before the
        party word ("Justice and Development (AK) Party"), in any sentence, read or not."""
        at = self.document.find(f"({acronym}) ")
        if at < 0:
            return
        line = self.document[self.document.rfind("\n", 0, at) + 1 : at + len(acronym) + 40]
        for match in _PARTY.finditer(line):
            if f"({acronym})" in match.group(0):
                name = " ".join(w for w in match.group("name").split() if w.lower() != "the")
                mention = self._register(line, match.start("name"), match.end(), name, Kind.PARTY)
                self._file_inner_acronym(match, mention.candidate)

    def _acronyms_first(self, text: str, mentions: list[NameMention]) -> list[NameMention]:
        """Parties named by their acronym with the name spelled out after it ("the ruling
        party RPG (Rally of the Guinean People)"): one party, as "Name (RPG)" is."""
        for match in _ACRONYM_THEN_NAME.finditer(text):
            words = _CAP_WORD.findall(match.group("name"))
            if not _spells_whole(words, match.group("acronym")):
                continue
            if words[-1].lower() in _BODIES_NOT_PARTIES | _CLUB_WORDS:
                continue  # "CEC (Central Election Commission)": a body, never a candidate
            start, end = match.span()
            overlapping = [m for m in mentions if m.start < end and start < m.end]
            if any(m.start < start or m.end > end for m in overlapping):
                continue  # a name found above reaches outside it
            name = " ".join(match.group("name").split())
            dropped = [m.candidate for m in overlapping]
            mentions = [m for m in mentions if m not in overlapping]
            acronym = match.group("acronym")
            mentions.append(self._spelled_party(text, start, end, name, acronym, dropped))
        return mentions

    def _spelled_party(
        self, text: str, start: int, end: int, name: str, acronym: str, dropped: list[Candidate]
    ) -> NameMention:
        """A party spelled out with its acronym ("the Democratic Alliance (DA)"), filed under
        both: a later "the DA" and "the Democratic Alliance" stand for it."""
        mention = self._register(text, start, end, f"{name} ({acronym})", Kind.PARTY)
        known = self.by_alias.get(acronym.casefold())  # "the MDC" later; a bare "MDC"
        words = name.lower().split()
        body = words[-1] == "union" and _INTERNATIONAL_BODY_WORDS.intersection(words)
        # (not an international body's: "the 26th UPU Congress" later names no contestant)
        if not body and (known is None or known.name == acronym):  # before stands for it too
            self.by_alias[acronym.casefold()] = mention.candidate
        for alias in _names_without_acronym(name):  # "The Social Democratic Party" later
            if self.by_alias.get(alias) is None or self.by_alias[alias] in dropped:
                self.by_alias[alias] = mention.candidate
        return mention

    def _short_rows_in_lines(self) -> bool:
        """Whether the document gives two or more short-form rows a line each ("Con 1187
        (37.5; -1.5)", "Lab 1011 (31.9; +11.2)"): each its own sentence, read alone."""
        if self._short_row_lines is None:
            lines = _SHORT_PARTY_LINE.finditer(self.document)
            self._short_row_lines = next(lines, None) is not None and next(lines, None) is not None
        return self._short_row_lines

    def _short_party_rows(self, text: str, found: list[NameMention]) -> list[NameMention]:
        """British results lines that name parties by their short forms ("Voting was: C 696,
        Lab 530, LD 203, Green 61"): each short form a party, named in full ("Labour"), where
        two or more rows run so (a lone "C 5" may be a grade or a group)."""
        rows = [
            m
            for m in _SHORT_PARTY_ROW.finditer(text)
            if not any(f.start < m.end("short") and m.start() < f.end for f in found)
        ]
        if not rows or (len(rows) < 2 and not self._short_rows_in_lines()):
            return []
        return [
            self._register(
                text,
                row.start(),
                row.end("short"),
                _SHORT_PARTY_NAMES.get(row.group("short"), row.group("short")),
                Kind.PARTY,
            )
            for row in rows
        ]

    def _spelled_again(self, text: str, found: list[NameMention]) -> list[NameMention]:
        """The names spelled out with an acronym before, named again without it."""
        again = []
        for name, candidate in self.spelled_names.items():
            start = text.find(name)
            end = start + len(name)
            if start >= 0 and not any(m.start < end and start < m.end for m in found):
                again.append(NameMention(start, end, name, candidate))
        return again

    def find(self, text: str, taken: list[tuple[int, int]]) -> list[NameMention]:
        """Names in `text` outside the `taken` spans (countries found first)."""
        mentions = []
        for start, _, end, name in _inverted_with_country(text):
            # "CLARK, Maureen Harding Ireland with 65 votes": the person, with the country
            # that is theirs inside the mention (no contestant of its own)
            mentions.append(self._register(text, start, end, name, Kind.PERSON))
            taken = [*(t for t in taken if not start <= t[0] < end), (start, end)]
        for start, end, name in _inverted_in_list(text, taken):
            # "...; Weeks, Kimmie L., 4,628 votes; Wie, Paulita C. C. of the CDC, 63,971
            # votes": each item one person, not a surname and a given name apart
            mentions.append(self._register(text, start, end, name, Kind.PERSON))
            taken = [*taken, (start, end)]
        for start, end in _single_quoted_names(text, taken):
            # "the 'National Progress' party with 18.89%", "'Mother Armenia' with 15.43%": the
            # quotes bound one body's name (no country, no lone word of it)
            name = text[start:end]  # (the mention holds the quotes, so rules see a bare name)
            mentions.append(self._register(text, start - 1, end + 1, name, Kind.PARTY))
            taken = [*(t for t in taken if not start <= t[0] <= end), (start - 1, end + 1)]
        inverted = _inverted_row_name(text, taken)
        if inverted is not None:  # "CORBYN, Jeremy 251,417": one person, "Jeremy Corbyn"
            surname, given = inverted.group("surname", "given")
            name = f"{given} {surname.title()}"
            start = inverted.start("surname")
            mentions.append(self._register(text, start, inverted.end(), name, Kind.PERSON))
            taken = [*taken, (start, inverted.end())]
        masked = text
        for s, e in taken:  # a country inside a run ("Maldives Foreign Minister ...") splits it
            masked = masked[:s] + "\x00" * (e - s) + masked[e:]
        for start, end, words in _runs(masked):
            if mentions and _home_of(text, mentions[-1], start):
                continue  # "Bishop Ana Ruiz of Jefferson City": where she is from, not who
            mention = self._mention(text, start, end, words)
            if mention:
                mentions.append(mention)
                if mention.candidate.kind is Kind.PERSON:  # (the cheap test first)
                    self._note_gender(mention.candidate, words)
                    self._note_office_before(mention.candidate, text, start)
                    if _PRONOUNS_RIVAL_BEFORE.search(
                        text, max(0, start - _RIVAL_REACH), start
                    ) or self._rivals_go_on(text, mentions, start):
                        self.rivals_of_pronoun.add(mention.candidate.key)
        return mentions

    def _rivals_go_on(self, text: str, mentions: list[NameMention], start: int) -> bool:
        """Whether the name at `start` goes on a list of rivals right before it."""
        if len(mentions) < 2 or mentions[-2].candidate.key not in self.rivals_of_pronoun:
            return False
        end = mentions[-2].end
        return start - end < 40 and _RIVALS_JOINED.fullmatch(text, end, start) is not None

    def _note_gender(self, person: Candidate, words: list[str]) -> None:
        """The sex a title before the person's name gives ("Sir Vince Cable", "The Ms X")."""
        title = words[1] if len(words) > 1 and words[0].lower() in _LEADERS else words[0]
        if title.lower().rstrip(".") not in TITLE_OFFICES:
            title = _title_after_district(words) or title
        gender = _TITLE_GENDERS.get(title.lower().rstrip("."))
        if gender:
            self.genders.setdefault(person.key, gender)
        office = TITLE_OFFICES.get(title.lower().rstrip("."))
        if office:
            self.offices.setdefault(person.key, office)

    def _note_office_before(self, person: Candidate, text: str, start: int) -> None:
        """The office a title in lower case gives just before the name ("incumbent mayor Ana
        Ruiz"), and whether the text calls the person the incumbent, so that "The incumbent
        mayor" or "The incumbent" later stands for that person."""
        if text.startswith("Incumbent ", start):  # the run's own first word
            self.incumbents.add(person.key)
        if start < 4:
            return
        if person.key not in self.offices:
            title = _OFFICE_BEFORE.search(text, max(0, start - 20), start)
            if title:
                self.offices[person.key] = TITLE_OFFICES[title.group(1)]
        if _INCUMBENT_BEFORE.search(text, max(0, start - 30), start):
            self.incumbents.add(person.key)

    def _mention(self, text: str, start: int, end: int, words: list[str]) -> NameMention | None:
        if _in_named_body(text, start):
            return None  # "X, of the Partido ng Bayan (PB) with 9,120 votes": X's party, not who
        if _BODY_TOPIC_BEFORE.search(text, max(0, start - 60), start):
            return None  # "Chair of the Committee on Pro-Life Activities": a body's title
        if text.startswith("- ", end) and (split := _LINE_BROKEN_REST.match(text, end)):
            words = [*words[:-1], words[-1] + split.group(1)]  # "Han- son": "Hanson"
            end = split.end()
        if len(words) > 1 and (patronymic := _PATRONYMIC_END.match(text, end)):
            end = patronymic.end()
        if len(words) > 1 and opening_place(text, text.find(words[1], start), end):
            return None
        if _PARTY_STATE_TAG.match(words[0]) and text.endswith(", ", 0, start):
            return None  # whose side the named member is on, not a candidate
        if text[start - 1 : start] in ("(", "/") and _group_tag(text, start, end):
            return None  # "Ana Ruiz (EPP, ES)": her side, not a candidate
        article = len(words) > 1 and words[0].lower() in _LEADERS
        if article:
            if words[0].lower() == "both":  # "Both X and Y won 95": the rules read "both"
                start = text.index(words[1], start + 4)
            words = words[1:]  # "The Dutch", "The Santos-Almeida ticket", "Neither Garcia"
        lone = len(words) == 1 and words[0].lower()
        if lone and (lone in _SURNAME_ROLES or lone in _TITLE_WORDS):
            known = self.by_alias.get(lone)  # "King" after "Angus King", "Julie Bishop"
            if known:
                return NameMention(start, end, text[start:end], known)
        if len(words) > 2 and (words[0].lower(), words[1].lower()) in _ORGANS:
            # "in the Security Council Greenwood got nine": where, then who (before titles
            # are stripped: "General" of "General Assembly" is no rank); the name opens
            # after the organ, so "in the" before it says where, never who
            start = text.index(words[2], start)
            words = words[2:]
        if len(words) > 2 and _BODY_BEFORE.search(text, max(0, start - 12), start):
            words, start = _after_body(text, start, words)
        titled = bool(words) and words[0].lower().rstrip(".") in _TITLE_WORDS
        office = titled or (bool(words) and words[0] in ("Prime", "Premier", "Vice"))
        if office and _PARTY_OF_OFFICE.search(text, max(0, start - 80), start):
            return None  # "the Alliance for Progress of President X": whose party, not who
        core = _strip_titles(words)
        if len(core) > 2 and core[0] in _FATE_CAPS:
            core = core[1:]  # "52.6% ELECTED Ann Roe: 26.1%": the last row's fate, then a name
        if (
            len(core) > 2
            and core[-1] in _POST_NOMINALS
            and not article
            and not _SEAT_HELD_BEFORE.search(text, max(0, start - 30), start)
        ):
            # "Heidi Alexander MP (Moderate) 74972": the seat held after the name, no role
            # before one (as "Labour MP Jane Doe" is); the mention keeps the letters in
            # ("The Sinn Fein TD received", "the former Kitui West MP": a party's member or
            # a seat's holder, no name, after an article)
            core = core[:-1]
        if len(core) > 2 and core[-1] in _FATE_CAPS:
            # "DLP – Ann Roe WINNER (3259 votes)": a results row marks whom it elected
            core = core[:-1]
            end = start + text[start:end].rindex(core[-1]) + len(core[-1])
        roles = [
            i
            for i, w in enumerate(core)
            if w.lower().rstrip(".") in ROLE_WORDS or ("-" in w and compound_role(w))
        ]
        if roles and _role_as_surname(core):
            roles.pop()  # "Angus King": a surname, as no name follows the word
        if roles and _office_conferred(text, start, core, roles):
            # "elected Ana Ruiz Prime Minister": the office after the name is what it became
            end = start + text[start:end].rindex(core[roles[0] - 1]) + len(core[roles[0] - 1])
            core, roles = core[: roles[0]], []
        if roles and _party_of_members(text, end, core, roles):
            return self._register(text, start, end, " ".join(core), Kind.PARTY)
        if roles:  # "Foreign Minister Abdulla Shahid", "New York Democrat Hakeem Jeffries"
            core, titled = core[roles[-1] + 1 :], True
        office = len(core) > 2 and _OFFICE_OF_BEFORE.search(text, max(0, start - 30), start)
        if office and core[0].lower() in _PORTFOLIO_WORDS:
            while len(core) > 2 and core[0].lower() in _PORTFOLIO_WORDS:
                core = core[1:]  # "Minister of Labor Muriel Pénicaud": the portfolio, then who
            # the mention takes in the office as "Foreign Minister X" does: "gave 100 votes to
            # Minister for Housing X" reads as "to X"
            start = office.start()
        if len(core) > 2 and _PLACE_OFFICE_BEFORE.search(text, max(0, start - 30), start):
            core = core[-2:]  # "Governor of Primorye Andrey Tarasenko": the place, then who
            start = text.index(core[0], start)
        while len(core) > 2 and _is_demonym(core[0]):  # "Jordanian Prince Ali", "Frenchman ..."
            core = core[1:]
        if len(core) > 1 and core[0].lower() in _WEEKDAYS and core[1].lower() not in _TIME_WORDS:
            # "but on Saturday Mwendwa garnered 77": the day the clause opens with, then who
            core = core[1:]
            start = text.index(core[0], start)
        if len(core) > 2 and core[0] == "Independent":
            core, titled = core[1:], True  # "and Independent Jane Doe (25)": her side, then who
        surname = (
            len(words) == 2
            and words[0].lower().rstrip(".") in _HONORIFICS
            and (words[1].lower() in INSTITUTIONS or words[1].lower() in _PLACE_SURNAMES)
        )
        if not core or (core[-1].lower() in INSTITUTIONS and not surname):
            return None
        if len(core) == 1 and core[0] in _ELECTION_BODIES:
            return None  # "CENI collected 4,099,321 valid votes": who counts, never who ran
        if any(w.lower() in _COUNT_NOUNS for w in core):
            return None  # "Total Votes Counted: 24,735,185": a results table's label row
        if core[-1].lower() == "voters" and any(w.lower() in _REGISTER_WORDS for w in core):
            return None  # "Total Registered Voters 25,281": the register, not a party
        if len(core) == 1 and core[0].lower() in _RESULT_LABELS:
            return None  # "Registered: 93,469,008": a results list's label row
        if text.startswith(":", end) and _infobox_field(core):
            return None  # "Next Year: 1884", "Totaldelegates: 755": a web page's infobox
        if len(core) > 1 and any(w.lower() in _CHANNEL_WORDS for w in core):
            return None
        if text.startswith((" and ", " & "), end) and _AND_INSTITUTION_REST.match(text, end):
            return None
        if (
            len(core) == 1
            and core[0].lower() in _PORTFOLIO_WORDS
            and text.startswith((" and ", " & "), end)
            and _AND_OFFICE_REST.match(text, end)
        ):
            return None  # "Work and Pensions Secretary X": the portfolio's first word
        if text.startswith(",", end) and _COMMA_INSTITUTION_REST.match(text, end):
            return None
        if "-b" in text and any(w.endswith(("-born", "-based")) for w in core):
            born = [i for i, w in enumerate(core) if w.endswith("-born")]
            if not born or len(core) - born[-1] < 3:
                return None  # "The Dubai-born former rally driver", "Paris-based UNESCO"
            # "Soweto-born Kabelo Gwamanda": where the person was born, then who
            core = core[born[-1] + 1 :]
            start = text.index(core[0], start)
        if "ed" in text and any(w.endswith(_BACKER_SUFFIXES) for w in core):
            backed = [i for i, w in enumerate(core) if w.endswith(_BACKER_SUFFIXES)]
            if backed[-1] == len(core) - 1:
                return None  # "the Trump-backed conservative": who backs, not who
            # "Trump-backed Jane Doe": the backer is an adjective of the one named after it
            core = core[backed[-1] + 1 :]
            start = text.index(core[0], start)
        if len(core) == 1 and core[0].endswith(_DISTRICT_SUFFIXES):
            return None  # "Seocho-gu followed with 71.02 percent": a district's result
        if (
            len(core) > 1
            and core[-1] in _AREA_WORDS
            and not _area_word_surname(text, start, end, core)
        ):
            return None  # "X carried Harris County with 54%": where, never who
        if described_person_at(text, end) is not None:
            return None  # "Former England captain Bill Carter": whose side, not who
        if _AREAS_AFTER.match(text, end):
            return None  # "28 of Istanbul's 39 districts": a place
        if text.startswith(" ", end) and _FOLLOWERS_AFTER.match(text, end):
            return None  # "X won over some Y supporters, taking 32 votes": whose backers
        if _SIDE_TEAM_AFTER.match(text, end) and _ARTICLE_BEFORE.search(
            text, max(0, start - 6), start
        ):
            return None  # "another victory for the Y team as X got 630": whose side, not who
        if text.startswith(" leader", end) and _LED_SIDE_BEFORE.search(
            text, max(0, start - 22), start
        ):
            return None  # "elected as the new Y Z leader": the party led, not who
        if text.endswith(" of ", 0, start) and _AREA_OF_BEFORE.search(
            text, max(0, start - 16), start
        ):
            return None  # "the seat of Brindabella attracted 34 ballots": where, never who
        if (area := _AREA_NOUN_AFTER.match(text, end)) and _names_an_area(text, start, area[1]):
            return None  # "the Muchinda ward", "a HoR seat", "for Kpando constituency": a place
        if _SEAT_OWNED_AFTER.match(text, end) and _OWNER_BEFORE.search(
            text, max(0, start - 6), start
        ):
            return None  # "defended its Chini state-assembly seat": the seat, not who held it
        if text.startswith(" club", end) and _CLUB_AFTER.match(text, end):
            return None  # "former president of Luxor club": a club, a voter, never who
        if core[-1] in _PLURAL_AREAS and _COUNT_BEFORE.search(text, max(0, start - 12), start):
            return None  # "won 31 out of 33 Local Government Areas": areas counted
        if core[-1].lower() in SIDE_WORDS and _LED_BY_SUBJECT.search(
            text, max(0, start - 30), start
        ):
            return None  # "the leader of the Ontario Progressive Conservative": whose, not who
        if len(core) > 1 and any(w.lower() in _ORGANISATION_WORDS for w in core):
            return None  # "World Rugby", "Athletics Kenya": a body, never a contestant
        if len(core) > 1 and core[-1].lower() in _VOTING_BODIES:
            return None  # "votes from ITF Member Clubs": who voted, never who was voted for
        if _common_compound(core[-1]):
            return None
        if _seat_label(core[-1], text, end):
            return None  # "District 2", "Council District 4", "Divisions 4 and 6": seats' labels
        if len(core) > 1 and is_multiword_form(core):
            return None  # a country's name or demonym ("the Costa Rican") read as none here
        if any(w.lower() in _TIME_WORDS for w in core) and not _weekday_surname(words, core):
            return None  # "ET Saturday", "Monday Morning"
        if len(core) > 1 and all(w.isupper() for w in core):
            if not _COUNT_BESIDE.match(text, end) and not _capitals_lead(text, start, end, core):
                return None  # bylines and headings in capitals: "WEB DESK"
            core = [w.title() if len(w) > 2 else w for w in core]  # a result line: "JANE DOE - 322"
        if len(core) > 1 and _is_demonym(core[0]) and all(w.lower() in STOPWORDS for w in core[1:]):
            return None  # "Lithuanian UN (ambassador X)": whose, not who
        if len(core) > 1 and _is_demonym(core[0]) and _ROLE_AFTER.match(text, end):
            return None  # "Latvian EU envoy X": a description before a name
        if len(core) > 1 and core[0].lower() in _PARTY_FIRST_WORDS:
            return self._register(text, start, end, " ".join(core), Kind.PARTY)  # "Partido X"
        if len(core) > 1 and core[-1].lower() in _PARTY_PLURALS:
            return self._register(text, start, end, " ".join(core), Kind.PARTY)
        after = text[end : end + 12]
        party = _PARTY_AFTER.match(after)
        if party and not all(w.lower() in _NOT_PARTY_NAMES for w in core):  # "The party" is none
            end += party.end()
            return self._register(text, start, end, " ".join(core), Kind.PARTY)
        if len(core) == 1 and not titled and _PERSON_ROLE_AFTER.match(text, end):
            party = self.by_alias.get(_alias_key(core[0]))
            if (
                party is not None
                and party.kind is Kind.PARTY
                and _UNNAMED_NOMINEE_AFTER.match(text, end)
                and not _nominee_named(self.document, core[0])
            ):
                return self._register(text, start, end, core[0], Kind.PARTY)
            return None  # "the Green economist", "the Conservative candidate": a person meant
        known = self.by_alias.get(_alias_key(" ".join(core)))
        # a first name alone after the full one ("Mr Paul", "Paul got 34%"): the one person
        # of the text with it, never a place's name ("Jordan")
        if known is None and len(core) == 1 and self.by_first_name:
            first = self.by_first_name.get(core[0].casefold())
            if first is None and len(core[0]) <= _SHORT_FORM_MAX:
                first = self.person_by_short_form(core[0])  # "Ed: 149" after "Edward Payne"
            if first is not None and (titled or _first_name_alone(text, end, core[0])):
                known = first
        if known is None and len(core) == 1 and self.by_middle_name:
            key = core[0].casefold()
            if key not in self.by_first_name:
                known = self.by_middle_name.get(key)
        if known:
            return NameMention(start, end, text[start:end], known)
        if len(core) == 1 and _SEAT_FROM_BEFORE.search(text, max(0, start - 14), start):
            return None  # "won the seat from Bumthang with 4,381 votes": where, not who
        if (
            len(core) == 1
            and text.startswith(("'s ", "’s "), end)
            and _REPRESENTED_AFTER.match(text, end)
        ):
            return None  # "re-elected as Paro's NC representative. He secured": the place
        if "according to" in text and _SOURCE_BEFORE.search(text, max(0, start - 50), start):
            return None  # "..., according to UML lawmaker Y": who told it, never who ran
        if "fficer" in text and _OFFICIAL_BEFORE.search(text, max(0, start - 60), start):
            return None  # "the returning officer, Prof. X,": who told it, never who ran
        if len(core) > 1 and core[-1] == "Officer" and core[-2] in _RESULTS_OFFICERS:
            return None  # "The INEC Collation Officer": a post, whoever holds it
        if _is_headline(text):
            return None  # Title Case Headlines Capitalise Every Word
        content = [w for w in core if w not in _PARTICLES]  # "Das" in "Ravi Das" is a name
        if _BRAND_BEFORE.search(text, max(0, start - 16), start):
            return self._register(text, start, end, " ".join(core), Kind.OTHER)
        if all(w.lower().rstrip(".") in STOPWORDS for w in content) and not surname:
            return None
        if len(content) >= 2 and content[-1].lower() in _FUNCTION_LASTS:
            return None  # Title Case prose: "X Wins With 148", "Y Leads By 20"
        if len(content) >= 2 and not titled and content[0].lower() in FUNCTION_FIRSTS:
            return self._register(text, start, end, " ".join(core), Kind.OTHER)
        if len(content) >= 2 or titled:
            return self._register(text, start, end, " ".join(core), Kind.PERSON)
        if _GLUED_INITIAL.search(text, max(0, start - 3), start):
            return self._register(text, start, end, core[0], Kind.PERSON)  # "Kh.Tumur"
        # "van der Berg", "de Souza": a surname with its particles, read as the surname
        if content and core[0] in _PARTICLES:
            mention = self._single(text, start, end, content[-1], after_article=article)
            return mention and self._with_particles(mention, " ".join(core))
        return self._single(text, start, end, core[0], after_article=article)

    def _with_particles(self, mention: NameMention, name: str) -> NameMention:
        """The surname `mention` read ("Berg"), named as written with its particles ("van der
        Berg"), unless a fuller name holds it already; the bare surname stays its alias."""
        bare = mention.candidate
        if bare.kind is not Kind.OTHER or bare.name != name.split()[-1]:
            return mention
        candidate = self.by_alias.get(name.casefold()) or Candidate(name, None, Kind.OTHER)
        self.by_alias[name.casefold()] = self.by_alias[bare.name.casefold()] = candidate
        return NameMention(mention.start, mention.end, mention.text, candidate)

    def _single(
        self, text: str, start: int, end: int, word: str, after_article: bool = False
    ) -> NameMention | None:
        """One capitalised word: a name only where it cannot be a sentence's first word."""
        lower = word.lower()
        if lower in STOPWORDS or lower in SPORTS or len(word) < 2 or lookup(word):
            return None  # a function word, a sport, or a country's name or demonym ("Kazakh")
        if lower in _ORGAN_PLURALS:
            return None  # "electing the Bureaus of its six Main Committees": organs, no one
        if lower.startswith("co-") and _shared_office(lower[3:]):
            return None  # "the Co-Moderators", "Co-Chair": an office shared, no one's name
        if _not_a_short_name(word):
            party = self._spelled_out_party(word)  # "Democratic Alliance (DA)", "the DA"
            if party is not None:
                return NameMention(start, end, word, party)
            return None  # "UN", "Mr"
        if (
            word[:-1].isupper()
            and not _ACTS_LIKE_A_CANDIDATE.match(text[end:])
            and not _score_for(text, start, end)
        ):
            the = after_article and text.startswith(("The ", "the "), start)
            if _party_acronym(text, start, end, word, the):  # "the DPP is ahead with 36.5%"
                return self._register(text, start, end, word, Kind.PARTY)
            return None  # an acronym, unless it stands where a candidate does ("AMANAT – 53.9%")
        if _TITLE_OF.search(text, max(0, start - 40), start):
            return None  # a word of an organ's title: "Commission on the Status of Women"
        if word in _US_STATES_AP and text.startswith(".", end) and text.endswith(", ", 0, start):
            return None  # "of Tupelo, Miss., received": a US state in news agency style
        before = text[:start].rstrip()
        sentence_start = not after_article and (not before or before[-1] in '.!?:;"“‘(\n|•*-–—')
        if word in _PARTIES_OPENING and (not before or before[-1] in ".!?\n"):
            return self._register(text, start, end, word, Kind.PARTY)  # "Labour also did not"
        if sentence_start and not (
            _ACTS_LIKE_A_CANDIDATE.match(text[end:])
            or _PLACED_CANDIDATE.match(text, end)
            or _count_first_row(text, start, end)
        ):
            full = self._full_name_elsewhere(word)
            if full is None:
                return None
            return self._register(text, start, end, full, Kind.PERSON)  # that person
        if sentence_start and (word.endswith("ly") or lower in PARTICIPLES or lower in _LEADERS):
            return None  # "Eventually", "Finally"; "Collecting 171 votes, Ireland ..."
        return self._register(text, start, end, word, Kind.OTHER)

    def _full_name_elsewhere(self, word: str) -> str | None:
        """The full name of a person the text names with `word` as the surname, in a sentence
        not read yet ("Kipchoge Keino and team returned to office"): a sentence opening with
        the word ("Keino retained the post after he collected 21 votes") names that person."""
        if word in self._surnames_seen:
            return self._surnames_seen[word]
        full = None
        if word.lower() not in INSTITUTIONS and word.lower() not in ROLE_WORDS:
            for match in _given_names_before(self.document, self._places_of(word)):
                given = match.group(1).split()
                while given and _no_given_name(given[0]):
                    given = given[1:]  # "Secretary Alan Peter Cayetano": the title is no name
                if given and not any(_no_given_name(w) for w in given):
                    full = " ".join([*given, word])
                    break
        self._surnames_seen[word] = full
        return full

    def _places_of(self, word: str) -> Iterable[int]:
        """Where `word` stands in the document as a whole word after a space: looked up in an
        index made once (a scan of the document for each word asked would grow with the
        square of its length), or found by search for a word with a hyphen or apostrophe."""
        if not _INDEXED_WORD.fullmatch(word):
            return _found_places(self.document, word)
        if self._word_places is None:
            self._word_places = {}
            for m in _SPACED_CAPITAL.finditer(self.document):
                self._word_places.setdefault(m.group(1), []).append(m.start())
        return self._word_places.get(word, ())

    def _spelled_out_party(self, word: str) -> Candidate | None:
        """The party a two-letter acronym ("DA") stands for where the text spells its name out
        with it in brackets ("the Democratic Alliance (DA)"), in any sentence, read or not: a
        short form no list could hold safely, read only once the text set it."""
        if not word.isupper():
            return None
        key = word.casefold()
        if key not in self.by_alias and word not in self._acronyms_sought:
            self._acronyms_sought.add(word)  # (the document searched once a word: "UN", "MP")
            self._spell_out(word)
        known = self.by_alias.get(key)
        return (
            known if known is not None and known.kind is Kind.PARTY and known.name != word else None
        )

    def _spell_out(self, word: str) -> None:
        """Files a two-letter acronym under the party's name the document spells out with it
        in brackets, if it does."""
        at = self.document.find(f"({word})")
        if at < 0:
            return
        line = self.document[self.document.rfind("\n", 0, at) + 1 : at + len(word) + 2]
        for match in _ACRONYM_NAME.finditer(line):
            start = _acronym_name_start(match) if match.group("acronym") == word else None
            if start is not None:
                name = " ".join(line[start : match.end("name")].split())
                self._spelled_party(line, start, match.end(), name, word, [])

    def _register(self, text: str, start: int, end: int, name: str, kind: Kind) -> NameMention:
        key = _alias_key(name)
        parts = name.split()
        candidate = (
            self.by_alias.get(key)
            or (kind is Kind.PERSON and self._spelled_otherwise(parts))
            or (kind is Kind.PERSON and self._without_second_surname(parts))
            or Candidate(name, None, kind)
        )
        self.by_alias.setdefault(key, candidate)
        if kind is Kind.PERSON and len(parts) >= 2:
            surname = parts[-1].casefold()
            known = self.by_alias.get(surname)
            if known is None or known.kind is Kind.OTHER:  # "Tokayev" seen before his full name
                self.by_alias[surname] = candidate
            bare = _without_article(parts[-1])  # "Sisi" of "Abdel Fatah al-Sisi"
            if bare and bare.casefold() not in self.by_alias:
                self.by_alias[bare.casefold()] = candidate
            with_particles = _surname_with_particles(parts)  # "van der Berg" of "Jan van der Berg"
            if with_particles:  # (as the surname: "de Casas" read alone before the full name)
                known = self.by_alias.get(with_particles.casefold())
                if known is None or known.kind is Kind.OTHER:
                    self.by_alias[with_particles.casefold()] = candidate
            paternal = _paternal_surname(parts)  # "Petro" of "Gustavo Petro Urrego"
            if paternal:
                middle = paternal.casefold()  # a middle name two people share is no one's
                shared = self.by_middle_name.get(middle, candidate) != candidate
                self.by_middle_name[middle] = None if shared else candidate
            first = parts[0].casefold()  # a first name two people share is no one's
            shared = self.by_first_name.get(first, candidate) != candidate
            self.by_first_name[first] = None if shared else candidate
        return NameMention(start, end, text[start:end], candidate)

    def _spelled_otherwise(self, parts: list[str]) -> Candidate | None:
        """The person already named with the same surname and a first name that is another
        transliteration of this one ("Moushira Khattab", then "Mashira Khattab"; "Mohamed"
        and "Muhammad"), whom news spells both ways in one text."""
        if len(parts) != 2:
            return None
        known = self.by_alias.get(parts[-1].casefold())
        if known is None or known.kind is not Kind.PERSON or " " not in known.name:
            return None
        first = known.name.split()[0]
        return known if _same_transliteration(first, parts[0]) else None

    def _without_second_surname(self, parts: list[str]) -> Candidate | None:
        """The person already named with two surnames ("Luis Arce Catacora") whom a later
        mention names by first name and first surname only ("Luis Arce"), as Spanish and
        Portuguese names are shortened."""
        if len(parts) != 2:
            return None
        known = self.by_middle_name.get(parts[1].casefold())
        if known is None or known.kind is not Kind.PERSON:
            return None
        return known if known.name.split()[0] == parts[0] else None

    def resolve(self, name: str) -> Candidate | None:
        return self.by_alias.get(_alias_key(name))

    def person_named(self, word: str) -> Candidate | None:
        """The one person of the text with two or more names whose surname, or else whose
        first name, is `word` ("Infantino", "Gianni"); None when none or several are."""
        word = word.casefold()
        known = self.by_alias.get(word)
        if known is not None and known.kind is Kind.PERSON and " " in known.name:
            return known
        return self.by_first_name.get(word)

    def people_in_full(self) -> dict[str, Candidate]:
        """The people the text names in full, by last name (casefolded) where one person
        alone has it: whom a surname met first on its own stands for ("Mayor X reelected",
        then "Mayor Jan X has been re-elected"), though it took its own entry."""
        by_last: dict[str, dict[str, Candidate]] = {}
        for c in self.by_alias.values():
            if c.kind is Kind.PERSON and " " in c.name:
                by_last.setdefault(c.name.rsplit(" ", 1)[1].casefold(), {})[c.key] = c
        return {last: next(iter(v.values())) for last, v in by_last.items() if len(v) == 1}

    def person_by_short_form(self, word: str) -> Candidate | None:
        """The one person of the text whose first name `word` shortens ("Ed" of "Edward
        Payne", "Alex" of "Alexandra Roe"), as results lists label people; None when no
        first name, or more than one, starts so (two people's shared first name too)."""
        word = word.casefold()
        if len(word) < 2 or word in self.by_first_name or word in STOPWORDS:
            return None  # a first name of its own, or shared; a word ("He", "So", "Mr")
        found = [
            person
            for first, person in self.by_first_name.items()
            if len(first) > len(word) and first.startswith(word)
        ]
        return found[0] if len(found) == 1 else None


# A capitalised word (not the sentence's first), then "of" or "on the": the next word
# continues a title ("Commission on the Status of Women"), as in "Mr Bryant of Rhondda"
_TITLE_OF = patterns.compile(r"(?<=\w )[A-Z][\w-]+ (?:of|on)(?: the)? $")
_PEOPLE_SUFFIX = patterns.compile(r"(?:wo)?m[ae]n$")  # "Frenchman", "Englishwomen"
_LETTER_WORD = patterns.compile(r"[^\W\d_][\w’'-]*")


# what follows a first name standing alone for a person: a verb or a clause's end, never a
# word of an organisation's longer name ("Teamsters Local 25", "Teamsters for a Union"); a
# spaced dash opening an aside ("beat Wu - president of the boxing body - by 56 to 36")
_ALONE_AFTER = patterns.compile(r"['’]s\b|[,;:.]|\s+(?!(?:for|of|and|in)\b)[a-z]|\s+[-–—]+\s")


# What may stand before a wire story's lead in capitals: its dateline ("LONDON (AP) - ")
_DATELINE = patterns.compile(r"[A-Z][A-Z ,.'-]*(?:\([A-Za-z. ]+\))?[ \t]*[-–—:][ \t]*")


def _capitals_lead(text: str, start: int, end: int, core: list[str]) -> bool:
    """Whether a run of capitals is the person a wire story's lead opens with ("TONY SMITH
    was elected ...", "PARIS (AP) - JANE DOE won ..."): at the sentence's start or after a
    dateline, before a candidate's verb, every word with a vowel (never "BJP", "NATO UNSC")."""
    if start and not _DATELINE.fullmatch(text, 0, start):
        return False
    if not all(any(c in "AEIOUY" for c in w) for w in core):
        return False
    return bool(_ACTS_LIKE_A_CANDIDATE.match(text[end:]))


# A row of a results list that writes the surname first, in capitals: "CORBYN, Jeremy
# 251,417 59.5%", "DE LA CRUZ, Ana Maria 3,760" (a count follows on the row; a dateline's
# "NEW YORK, Reuters -" has none right after)
_INVERTED_ROW_NAME = patterns.compile(
    r"(?P<surname>[A-Z][A-Z’'-]+(?: [A-Z][A-Z’'-]+){0,2}), "
    r"(?P<given>[A-Z][a-z][\w’'-]*(?: [A-Z][a-z][\w’'-]*)?)(?=\s+\(?\d)"
)


# A list item that writes the surname first: "- Weah, George Manneh of CDC polled 596,037",
# "• Cummings, Alexander B. (ANC) 112,067" (a bullet, then the name, then the person's side
# or count; "However, Labour ..." opens no item)
_INVERTED_ITEM_NAME = patterns.compile(
    r"(?:[-•*–]|\d{1,2}[.)])\s+(?P<surname>[A-Z][a-z][\w’'-]+), "
    r"(?P<given>[A-Z][a-z][\w’'-]*(?: [A-Z][a-z][\w’'-]*){0,2}(?: [A-Z]\.){0,2})"
    r"(?=\s+(?:of|from)\s+|\s*\(|\s+\d|\s*[-–:]\s*\d)"
)


# Official ballot lists that run surname-first names together, each with the person's
# country, then the count: "Ms. CLARK, Maureen Harding Ireland with 65 votes Mr. SONG,
# Sang-hyun Rep. of Korea with 63 votes" (the surname in capitals)
_INVERTED_COUNTRY_CUE = patterns.compile(r"\b[A-Z][A-Z’'-]{2,}, [A-Z][a-z]")
_INVERTED_SURNAME = patterns.compile(
    r"(?<![\w’'-])(?P<surname>[A-Z][A-Z’'-]+(?: [A-Z][A-Z’'-]+){0,2}), (?=[A-Z][a-z])"
)
_GIVEN_WORD = patterns.compile(
    r"(?:[A-Z][a-z][\w’'-]*|[A-Z]\.|(?:de|da|del|van|von|dos|du)(?= [A-Z]))"
)
_SHORT_FORM_MAX = 4  # "Ed", "Alex", "Sam": the short forms of first names lists label rows by
_GIVEN_MAX = 6  # given names and particles: "Maria del Carmen Luisa" and more is prose
_COUNTRY_WORD = patterns.compile(r"[A-Z][\w.’'-]*|of|and|the")
_COUNT_AFTER_COUNTRY = patterns.compile(r"\s+(?:with\s+)?\d[\d,]*\s+votes?\b")
_BARE_COUNT_AFTER = patterns.compile(
    r"\s*[,:]?\s+(?:with\s+)?\d[\d,]*(?:\s+votes?\b|\s*(?:[;,.]|$))"
)


# One or two capitalised words right before a surname: the given names it may have
_GIVEN_BEFORE = patterns.compile(r"\b((?:[A-Z][a-z]+ ){1,2})$")
_GIVEN_REACH = 60  # characters before the surname to look in


# A capitalised word after a space, and a word an index of such words can hold
_SPACED_CAPITAL = patterns.compile(r" ([A-Z]\w*)(?!\w)")
_INDEXED_WORD = patterns.compile(r"[A-Z]\w*")


def _found_places(document: str, word: str) -> Iterator[int]:
    """Where `word` stands in `document` after a space, not run on into a longer word."""
    at = document.find(f" {word}")
    while at >= 0:
        end = at + 1 + len(word)
        if end == len(document) or not (document[end].isalnum() or document[end] == "_"):
            yield at
        at = document.find(f" {word}", at + 1)


def _given_names_before(document: str, places: Iterable[int]) -> Iterator[re.Match[str]]:
    """The given names before a surname at each of `places` (the space before it), in order."""
    for at in places:
        match = _GIVEN_BEFORE.search(document, max(0, at - _GIVEN_REACH), at + 1)
        if match:
            yield match


def _no_given_name(word: str) -> bool:
    """Whether a capitalised word is a function word, title or body's word, no given name."""
    lower = word.lower()
    return lower in STOPWORDS or lower in ROLE_WORDS or lower in INSTITUTIONS


def _inverted_with_country(text: str) -> list[tuple[int, int, int, str]]:
    """Each surname-first name followed by a country and a count: (start, the given names'
    end, the country's end, "Given Surname")."""
    if ", " not in text or not _INVERTED_COUNTRY_CUE.search(text):  # the cheap tests first
        return []
    found = []
    for surname in _INVERTED_SURNAME.finditer(text):
        given, at = [], surname.end()
        while len(given) < _GIVEN_MAX and (word := _GIVEN_WORD.match(text, at)) is not None:
            given.append(word.group())
            at = word.end()
            country_end = _country_then_count(text, at)
            if country_end is not None and given[-1][0].isupper():  # never ending on "de"
                name = f"{' '.join(given)} {surname.group('surname').title()}"
                found.append((surname.start(), at, country_end, name))
                break
            if not text.startswith(" ", at):
                break
            at += 1
    return found


def _country_then_count(text: str, at: int) -> int | None:
    """Where a country of up to four words that starts after the space at `at` ends, when a
    count follows it ("Ireland with 65 votes", "Trinidad and Tobago 53 votes"; in brackets,
    "(Canada) 55", the count may stand bare)."""
    if not text.startswith(" ", at):
        return None
    bracket = text.startswith("(", at + 1)
    words, end = [], at + 1 + bracket
    for _ in range(4):
        word = _COUNTRY_WORD.match(text, end)
        if word is None:
            return None
        words.append(word.group())
        end = word.end()
        if lookup(" ".join(words)):
            if not bracket and _COUNT_AFTER_COUNTRY.match(text, end):
                return end
            if bracket and text.startswith(")", end) and _BARE_COUNT_AFTER.match(text, end + 1):
                return end + 1
        if not text.startswith(" ", end):
            return None
        end += 1
    return None


# A running list of results whose items write the surname first, set apart by semicolons:
# "Enders, Samuel Reagen, Independent candidate, 2,699 votes; Kanyon, Massa Massaquoi, 883
# votes; ... and Tubor, Jr., Amos Nyanwleh (CLP) 1,114 votes" (two such items after a
# semicolon make the list; then every item of the sentence is read so)
_INVERTED_LIST_CUE = patterns.compile(
    r";\s+(?:and\s+)?[A-Z][a-z][\w’'-]+,(?: (?:Sr|Jr)\.,)? [A-Z][a-z]"
)
_INVERTED_LIST_SURNAME = patterns.compile(
    r"(?<![\w’'.-])(?P<surname>[A-Z][a-z][\w’'-]+),(?: (?P<suffix>Sr|Jr)\.,)? (?=[A-Z][a-z])"
)
# the word before an item's surname: none, a clause's or list's punctuation, or a word in
# lower case ("followed by", "and", "candidate"); never a given name ("Samuel Reagen, ...")
_BEFORE_LIST_SURNAME = patterns.compile(r"(?:^|[;:(]\s*|,\s+|\b[a-z]+\s+)$")
# a word after the given names that tells the person's side, not a name of theirs
_ITEM_SIDE_WORDS = frozenset(("Independent", "Incumbent"))


def _inverted_in_list(text: str, taken: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """Each surname-first item of a semicolon list: (start, end, "Given Surname")."""
    if "; " not in text or len(_INVERTED_LIST_CUE.findall(text)) < 2:  # the cheap test first
        return []
    found = []
    for item in _INVERTED_LIST_SURNAME.finditer(text):
        start = item.start()
        if not _BEFORE_LIST_SURNAME.search(text, max(0, start - 20), start):
            continue
        given, at = [], item.end()  # (each given word with where it ends)
        while len(given) < _GIVEN_MAX and (word := _GIVEN_WORD.match(text, at)) is not None:
            if word.group() in _ITEM_SIDE_WORDS or lookup(word.group()):
                break
            given.append((word.group(), word.end()))
            at = word.end()
            if not text.startswith(" ", at):
                break
            at += 1
        while given and not given[-1][0][0].isupper():  # never ending on a particle ("de")
            given.pop()
        words = " ".join(w for w, _ in given)
        if not given or not _plain_list_item(item.group("surname"), words):
            continue
        end = given[-1][1]
        if any(s < end and start < e for s, e in taken):
            continue
        suffix = f" {item.group('suffix')}." if item.group("suffix") else ""
        found.append((start, end, f"{words} {item.group('surname')}{suffix}"))
    return found


def _plain_list_item(surname: str, given: str) -> bool:
    """Whether an item's words may be a name's: as `_plain_name_words`, but a surname may
    end in "-ly" ("Dukuly"; an adverb opens no item after a semicolon in such a list)."""
    lower = surname.lower()
    if lower in STOPWORDS or lower in _TIME_WORDS or lookup(surname):
        return False
    for word in given.split():
        lower = word.lower().rstrip(".")
        if lower in STOPWORDS and lower not in _SURNAME_ROLES:
            return False
        if lower in _TIME_WORDS or lower.endswith("ly") or lookup(word):
            return False
    return True


# A council's results row, surname first in mixed case, the other given names and the
# party after, then the count (and share) ending the row: "Caudwell, Stephen Alexander
# Green Party 35,559 5.79%" (the person is "Stephen Caudwell"; the row's words up to the
# count are the mention, so no party run takes the count)
_INVERTED_PARTY_ROW = patterns.compile(
    r"(?P<surname>[A-Z][a-z][\w’'-]+), (?P<given>[A-Z][a-z][\w’'-]*)"
    r"(?: (?:[A-Z][\w’'.-]*|and|of|the|for|&)){0,8}"
    r"(?= \d{1,3}(?:,\d{3})+(?: \d{1,2}(?:\.\d+)?%)?\s*$| \d+(?: \d{1,2}(?:\.\d+)?%)?\s*$)"
)


# A title in lower case right before a name: "incumbent mayor Ana Ruiz", "Pateros' mayor X"
_OFFICE_BEFORE = patterns.compile(
    r"\b(mayor|governor|senator|congressman|congresswoman|representative) $"
)

# A body's name in single quotes after a lower-case word or a comma: "the 'National
# Progress' party", "third is 'Mother Armenia' with" (never a nickname inside a person's
# name: "Ferdinand 'Bongbong' Marcos")
_SINGLE_QUOTED_NAME = patterns.compile(
    r"(?<![\w'’])['‘]"
    r"(?P<name>[A-Z][\w-]*(?: (?:[A-Z][\w-]*|of|and|the|for|&)){0,5}?)['’]"
    # (only where a result follows: a body's noun, "with", a dash or a colon; not a slogan,
    # a symbol or a show: "the 'GameChanger' had polled", "'Elephant' symbol")
    r"(?= (?:party|alliance|bloc|coalition|movement|list)\b| with | [-–—] |:)"
)
_QUOTED_NOT_NAMES = frozenset({"yes", "no", "none", "other", "others", "against", "abstain"})


def _single_quoted_names(text: str, taken: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans of the names in single quotes in `text` (the quotes left out)."""
    if "'" not in text and "‘" not in text:  # the cheap test first
        return []
    spans = []
    for found in _SINGLE_QUOTED_NAME.finditer(text):
        start, end = found.span("name")
        if found.group("name").lower() in _QUOTED_NOT_NAMES:
            continue
        before = text[max(0, start - 25) : start - 1].rstrip()
        last = before.rsplit(" ", 1)[-1] if before else ""
        if before and not (before[-1] in ",:;(" or last.islower()):
            continue  # "Ferdinand 'Bongbong' Marcos": a nickname in a name
        if last == "of":
            continue  # "the host of 'Morning Talk'": a show's or a book's title
        # (a country or a known party inside the quotes is part of the name: "'Mother
        # Armenia'"; a span reaching in from before is something else's)
        if not any(s < start < e for s, e in taken):
            spans.append((start, end))
    return spans


# "incumbent mayor Ana Ruiz", "Incumbent Ana Ruiz": the holder standing again
_INCUMBENT_BEFORE = patterns.compile(r"\b[Ii]ncumbent (?:[a-z-]+ )?$")


# A results row, surname first in mixed case, then a dash, the party, another dash and the
# count: "Walsh, Peter James – Labour Party – 1,204 (31.5%)" (the person is "Peter James
# Walsh", the party between the dashes only the row's side)
_INVERTED_DASH_ROW = patterns.compile(
    r"(?P<surname>[A-Z][a-z][\w’'-]+), "
    r"(?P<given>[A-Z][a-z][\w’'-]*(?: [A-Z][a-z][\w’'-]*){0,2}(?: [A-Z]\.){0,2})"
    r"(?= [-–—] [^\d–—]{2,60} [-–—] \d)"
)


def _inverted_row_name(text: str, taken: list[tuple[int, int]]) -> re.Match[str] | None:
    """The name that opens a row written surname first (in capitals, or after a list's
    bullet), if the row opens so."""
    if ", " not in text[:40]:  # the cheap tests first
        return None
    if text[:2].isupper():
        found = _INVERTED_ROW_NAME.match(text)
    elif text[:1] in "-•*–" or text[:1].isdigit():
        found = _INVERTED_ITEM_NAME.match(text)
        if found and not _plain_name_words(found.group("surname"), found.group("given")):
            return None
    elif text[:1].isupper():
        found = _INVERTED_PARTY_ROW.match(text)
        if found is None and (" – " in text or " - " in text or " — " in text):
            dashed = _INVERTED_DASH_ROW.match(text)
            if dashed and _dash_row_name_words(dashed.group("surname"), dashed.group("given")):
                return None if any(s < dashed.end() for s, _ in taken) else dashed
        if found is None or found.group("surname").lower() in STOPWORDS:
            return None  # "However, Labour Party 1,234": no surname
        # the party read after the given name ("John Labour Party") is the row's, not a
        # contestant of its own
        given, end = found.start("given"), found.end()
        return None if any(s < given or e > end for s, e in taken if s < end) else found
    else:
        return None
    if found is None or any(s < found.end() for s, _ in taken):
        return None
    return found


def _dash_row_name_words(surname: str, given: str) -> bool:
    """Whether a dashed results row's inverted name is a person's: the row's shape is
    telling, so a surname may end in -ly ("Kelly") or be a compass point ("North"), though
    never a clause's opening word ("However")."""
    lower = surname.lower()
    if lower in STOPWORDS and lower not in _COMPASS_SURNAMES:
        return False
    if lower in _TIME_WORDS or lookup(surname):
        return False
    return _plain_name_words(given.split()[0], " ".join(given.split()[1:])) if given else True


_COMPASS_SURNAMES = frozenset({"north", "south", "east", "west"})


def _plain_name_words(surname: str, given: str) -> bool:
    """Whether every word of an inverted name may be a name's: no function or time word,
    no country, no adverb ("Moreover"); a given name may be an office's word ("Prince")."""
    for word in (surname, *given.split()):
        lower = word.lower().rstrip(".")
        if lower in STOPWORDS and (word is surname or lower not in _SURNAME_ROLES):
            return False
        if lower in _TIME_WORDS or lower.endswith("ly") or lookup(word):
            return False
    return True


def _after_body(text: str, start: int, words: list[str]) -> tuple[list[str], int]:
    """The words of a run after a meeting's or body's name that opens it ("UEFA Congress Ana
    Ruiz" -> "Ana Ruiz") and where they start; the run as it is unless two or more words
    follow the body's last word, each capitalised and none a common or a body's word."""
    for i in range(len(words) - 3, -1, -1):
        lower = words[i].lower()
        if lower in _GATHERINGS or lower in INSTITUTIONS or lower in _ORGANISATION_WORDS:
            rest = words[i + 1 :]
            if any(_body_or_common(w) or not w[0].isupper() for w in rest):
                return words, start  # "Fédération Internationale de Natation": one body
            return rest, text.index(rest[0], start)
    return words, start


# "the New Party won 4%": "New" after "the", its party word capitalised too, is a name
# (Taiwan's, Japan's); "the new party" and a sentence's "New party" describe one
_NEW_PARTY = patterns.compile(r"(?:\b[Tt]he\s+)?New\s+(?:Party|Movement|Alliance|Front)\b")
_THE_BEFORE = patterns.compile(r"\b[Tt]he\s+$")


def _capital_new_party(text: str, start: int, match: re.Match[str]) -> bool:
    """Whether a party match of no name word but "New" names the New Party itself."""
    named = _NEW_PARTY.fullmatch(text, start, match.end())
    if named is None:
        return False
    return text.startswith(("The", "the"), start) or _THE_BEFORE.search(text, 0, start) is not None


def _person_of_party(name: str) -> int:
    """Where the party opens in a run "Isa Bello of Peoples Redemption Party": a person of
    two or three plain words, then "of" and the party (Nigerian and Kenyan reporting drops
    "the"); 0 when the run is all one name ("Union of Forces Party")."""
    head, of, _ = name.partition(" of ")
    words = head.split()
    if not of or not 2 <= len(words) <= 3 or any(_body_or_common(w) for w in words):
        return 0
    if any(_PARTY_AFTER.match(" " + w) or w.lower() in _PARTY_FIRST_WORDS for w in words):
        return 0
    return len(head) + len(of)


def _body_or_common(word: str) -> bool:
    lower = word.lower()
    return lower in STOPWORDS or lower in INSTITUTIONS or lower in _ORGANISATION_WORDS


def _home_of(text: str, before: NameMention, start: int) -> bool:
    """Whether a run at `start` follows a person's full name and "of": the person's home
    town or see ("Senator Ana Ruiz of Ohio", "Archbishop X of Oklahoma City")."""
    person = before.candidate
    return (
        before.end + 4 == start
        and text.startswith(" of ", before.end)
        and person.kind is Kind.PERSON
        and " " in person.name
    )


def _count_first_row(text: str, start: int, end: int) -> bool:
    """Whether the word closes a row that opens with its count: "817 - Pupatello"."""
    if _ROW_END.match(text, end) is None:
        return False
    return _COUNT_BEFORE_ROW.search(text, max(0, start - 30), start) is not None


def _first_name_alone(text: str, end: int, word: str) -> bool:
    return _ALONE_AFTER.match(text, end) is not None and not lookup(word)


def _common_compound(word: str) -> bool:
    """ "Member-States", "Secretary-General": a hyphenated word made only of common nouns, or
    an office "-General",
    names a group or an office, never a candidate ("ITU Member-States elected X")."""
    parts = word.lower().split("-")
    if len(parts) == 2 and parts[1] == "general":  # "Accountant-General", "Solicitor-General"
        return True
    if len(parts) == 2 and parts[0] in STOPWORDS and len(parts[1]) == 1:
        return True  # "Category-B", "Group-A": a class of seats, no one standing
    return len(parts) > 1 and all(p in STOPWORDS or p in INSTITUTIONS for p in parts)


# Two-letter words in capitals that are no surname ("Li", "Qu", "Wu" are)
_TWO_LETTER_WORDS = frozenset(
    "my me be do go is am st jr sr mt oh ok hi vs us al el la le de da di du ad pm tv".split()
)


def _not_a_short_name(word: str) -> bool:
    """Whether a two-letter word cannot be a surname: not "Li" but "UN", "Mr", "Go"."""
    return len(word) == 2 and (not word[1].islower() or word.lower() in _TWO_LETTER_WORDS)


def _group_tag(text: str, start: int, end: int) -> bool:
    """Whether the word at `start`:`end` opens (or follows a slash in) a bracketed group
    and country code: "(EPP, ES)", "(Greens/EFA, DE)"."""
    if not _GROUP_COUNTRY_TAG.match(text, end):
        return False
    return text.endswith("(", 0, start) or bool(
        _GROUP_TAG_OPEN.search(text, max(0, start - 12), start)
    )


def opening_place(text: str, start: int, end: int) -> bool:
    """Whether the name at `start`:`end` is where the sentence's news happened, opening it
    after a preposition and set off by a comma: "In Geneva, X was elected"."""
    return text[end : end + 1] == "," and _OPENING_PREPOSITION.fullmatch(text, 0, start) is not None


# Acronyms read after "the" in a sentence with a share that name no party: bodies, media,
# election commissions and measures ("the CEC tally", "the GDP")
_NOT_PARTY_ACRONYMS = frozenset(
    """
    UN EU AU UK US USA UAE IOC FIFA UEFA NATO WHO IMF OECD OSCE OAS ASEAN OPEC WTO ICC ICJ
    UNGA UNSC IAAF FIBA FIVB ITF BBC CNN AP AFP ABC CBS NBC NPR PBS ITV RTE SBS GDP GNP CPI
    VAT CEO CFO MP MPS PM TV AI EST GMT UTC BST CET CEC NEC INEC IEC ECI ECP FEC FBI CIA NSA
    IRS NHS NGO PR HQ AGM EGM MLS NFL NBA NHL MLB
    """.split()
)
_THE_BEFORE = patterns.compile(r"\b[Tt]he $")
_SHARE_IN = patterns.compile(r"\d\s*(?:%|per ?cent\b)")
# "the CEC tally", "the DPP candidate": the acronym qualifies the noun after it
_NOUN_AFTER = patterns.compile(
    r" (?:polls?|polling|surveys?|reports?|data|figures|count|tally|website|officials?|"
    r"statement|spokes(?:man|woman|person)|candidates?|nominees?|leader|chair(?:man|woman)?|"
    r"chief|head|president|members?|government|index|rates?|estimates?|projections?|"
    r"forecasts?|models?|exit|chart|study|research|analysis|findings|sample|panel)\b"
)


# A score's second count before the one it is for: "gave the UAW 1,013 votes to 526 for "
_SCORE_FOR_BEFORE = patterns.compile(r"\d votes? to \d[\d,]* for (?:the )?$")
_CLAUSE_END = patterns.compile(r"\s*(?:[.,;:)]|$)")


def _score_for(text: str, start: int, end: int) -> bool:
    """Whether an acronym is the side a score's second count is for ("gave X 1,013 votes to
    526 for the SEIU."): a union's or party's initials in a candidate's place."""
    return (
        _SCORE_FOR_BEFORE.search(text, max(0, start - 30), start) is not None
        and _CLAUSE_END.match(text, end) is not None  # never "for the GDP growth plan"
    )


def _party_acronym(text: str, start: int, end: int, word: str, the: bool) -> bool:
    """Whether an acronym after "the" (`the`: the run began with it), in a sentence stating a
    share, names a party ("the DPP is ahead with 36.54%", "the KMT close behind on 34.5%"):
    not a body's, a medium's or a measure's ("the UN", "the BBC", "the GDP"), nor one
    qualifying a noun ("the CEC tally")."""
    return (
        2 <= len(word) <= 6
        and word.isupper()
        and word not in _NOT_PARTY_ACRONYMS
        and (the or _THE_BEFORE.search(text, max(0, start - 4), start) is not None)
        and not _NOUN_AFTER.match(text, end)
        and _SHARE_IN.search(text) is not None
    )


def _shared_office(rest: str) -> bool:
    """Whether the word after "co-" names an office or a role ("chair", "moderators")."""
    singular = rest.removesuffix("s")
    return any(w in STOPWORDS or w in ROLE_WORDS for w in (rest, singular))


def described_person_at(text: str, end: int) -> int | None:
    """Where the person's name starts that the name ending at `end` describes, standing
    before a role noun and that name: "England captain Bill Carter", "France coach Ann Roy".
    None when no such name follows, or a time or a function word does ("elected Jane Doe
    president Tuesday")."""
    role = _ROLE_NOUN_AFTER.match(text, end)
    if role is None:
        return None
    following = role.group("next").lower()
    if following in STOPWORDS or following in _TIME_WORDS:
        return None
    return role.start("next")


def _kind_of_parties(name: str) -> bool:
    """Whether the words before a plural "parties" tell a kind of party ("opposition",
    "African", "Kurdish") rather than one party's name."""
    words = name.split()
    first = words[0]
    if len(words) == 1 and first.endswith(("ish", "ian", "ese", "ic")):
        return True  # "Kurdish parties", "Islamic parties" (not "Christian Democrat parties")
    return first.lower() in STOPWORDS or first.lower() in _NOT_PARTY_NAMES or _is_demonym(first)


def _of_a_people(match: re.Match[str]) -> bool:
    """Whether a "<party word> of" name is of one people or country only: "the Union of
    Croatians" (a minority's body), "the Party of Kazakhstan"."""
    members = match.groupdict().get("members")
    return bool(members) and " " not in members and _is_demonym(members)


def _is_demonym(word: str) -> bool:
    stem = _PEOPLE_SUFFIX.sub("", word)
    code = lookup(word) or (stem != word and lookup(stem))
    # a country's code counts only in capitals: "Ken Read", "Ben Ali", "Guy Ryder" are names
    return bool(code) and not (code == word.upper() and not word.isupper())


# A results line's end, a count after a bracket: "Jane Doe (Official Loony Party) – 184"
# a results line's end: "Jane Doe (Official Loony Party) – 184", "Jane Doe - Green Party - 358"
# (a share may close either: "Jane Doe (Unity Party) - 5,564,239 votes (41.99%)")
_SHARE_END = r"(?:,? \(?\d[\d.,]*\s?(?:%|per ?cent)\)?)?\s*$"
# (or with no dash after the bracket: "- Ana Ruiz (The Left, ES) 61", never a year)
# (or the share first, the count in brackets after it: "Jane Doe (Unity Party) – 41.9 percent
# (5,564 votes)")
_BRACKETED_COUNT_END = patterns.compile(
    rf"(?:(?:\)|\s[-–—]\s[^-–—\d]+?)\s*[-–—:]|\)(?= (?!(?:19|20)\d\d\b)))\s*\d[\d,]*"
    rf"(?:(?: votes?)?{_SHARE_END}|[.,]?\d*\s?(?:%|per ?cent) \(\d[\d,]* votes?\)\s*$)"
)


# "Syed Yousuf Raza Gilani 511 votes": a results line, no Title Case headline (headlines
# write "Votes" in capitals)
_COUNT_END = patterns.compile(rf" \d[\d,]* votes?{_SHARE_END}")
# "Boot Party (BP), Dr Jo Eze - 12,156": a results line, the party and its acronym first, then
# the name and its count grouped by thousands after a dash (glued or not: "Eze-12,156")
_PARTY_ROW_COUNT_END = patterns.compile(r"\),? [^()\d\n]{1,60}?[-–—] ?[1-9]\d{0,2}(?:,\d{3})++\s*$")
# "Work and Pensions Secretary Ana Ruiz - 34 (10%)": a results line, its count after a dash
# and its share in brackets (a headline's count never has both)
_DASH_COUNT_SHARE_END = patterns.compile(
    r"\s[-–—:]\s*\d[\d,]*(?: votes?)?\s*\(\d{1,3}(?:\.\d+)?\s?%\)\s*$"
)
# "• Archbishop Ana Ruiz of Santa Fe (20)": a list's item, its count in brackets
_ITEM_COUNT_END = patterns.compile(r"[-*•·–]\s.*\(\d[\d,]*\)\s*$")
# "Sports Secretary : Jane Roe (7,255 votes)": an office's row, the winner's count in brackets
_VOTES_BRACKETED_END = patterns.compile(r" \(\d[\d,]* votes?\)\s*$")
# "Tongatapu 2 Semisi Kioa Lafu Sika 1050 (returned)": a seat's row, its holder's fate last
_FATE_COUNT_END = patterns.compile(
    r" \d[\d,]* \((?:new|returned|re-elected|elected|incumbent)\)\s*$", re.IGNORECASE
)
# "Ann Roe MP (Moderate) 74972 elected": a results row, its fate in a word after the count
_COUNT_FATE_WORD_END = patterns.compile(r" \d[\d,]* (?:re-)?elected\s*$", re.IGNORECASE)


# A row's fate in capitals, which a run of rows on one line sets before the next row's name
# Letters after a person's name for the seat or rank held: "Ann Roe MP", "Ben Lee MSP"
_SEAT_HELD_BEFORE = patterns.compile(r"\b(?i:the|a|an)(?: [a-z-]+)? $")
_POST_NOMINALS = frozenset(("MP", "MEP", "MSP", "MLA", "MPP", "MNA", "MHA", "TD", "AM", "MS"))
_FATE_CAPS = frozenset(
    ("ELECTED", "RE-ELECTED", "ELIMINATED", "EXCLUDED", "WITHDRAWN", "WINNER", "WINS", "WON")
)
# "First round: Ann Roe: 41.7% Ben Lee: 17.3% ...": results rows run together on one line,
# a name and its figure after the last one's (no headline writes two "Name: figure")
# ("Ann Roe: 3102 • 55.4% Ben Lee: 2011 • 35.9%": a count, a bullet, then its share)
_ROWS_RUN = patterns.compile(
    r":\s*\d[\d.,]*\s?%?(?:\s?[•·]\s?\d[\d.]{0,8}\s?%)?"
    r"(?:\s*\([^()]{0,12}\))?(?:\s+[A-Z]+)?,?\s+"
    r"(?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'.-]*:\s*\d"
)


# a count, then its share in brackets: "UKIP 320 (12% -9%)", "Green 95 [3.7%; +1.2%]"
_COUNT_THEN_SHARE = patterns.compile(r"\d[\d,]* [(\[]\d[\d.]*\s?%")
# a name, its share, then another's: "Roe 51.2%, Ben Lee 30.1% and Kay 6%" (results listed
# by share; a headline gives no two names their shares)
_NAMED_SHARES = patterns.compile(
    r"[A-Z][\w’'.-]{0,30} \d{1,2}(?:\.\d{1,2})?%(?:,| and) (?:[A-Z][\w’'.-]{0,30} ){1,3}"
    r"\d{1,2}(?:\.\d{1,2})?%"
)


@lru_cache(maxsize=64)  # asked once per unknown name in the sentence
def _is_headline(text: str) -> bool:
    """Short Title Case lines; lists of names ("A (X), 3; B (Y), 2") are not headlines."""
    if len(text) > 160 or ";" in text or text.rstrip(" \"”’'").endswith("."):
        return False  # tested first: most sentences end in a full stop
    words = _LETTER_WORD.findall(text)
    if len(words) < 5:
        return False
    if (
        _BRACKETED_COUNT_END.search(text)
        or _COUNT_END.search(text)
        or (text[-1:].isdigit() and _PARTY_ROW_COUNT_END.search(text))
        or (text.endswith("%)") and _DASH_COUNT_SHARE_END.search(text))
        or (text.endswith(("elected", "ELECTED")) and _COUNT_FATE_WORD_END.search(text))
    ):
        return False  # a results line: "Jane Doe (Official Loony Party) – 184"
    if text.endswith(")") and (
        _ITEM_COUNT_END.match(text)
        or _FATE_COUNT_END.search(text)
        or _VOTES_BRACKETED_END.search(text)
    ):
        return False  # a list's results line: "• Archbishop Jane Doe of Miami (4)"
    if ":" in text and _ROWS_RUN.search(text):
        return False
    if "%" in text and len(_COUNT_THEN_SHARE.findall(text)) > 1:
        return False  # results run on: "Labour 1,961 (73% +13%), UKIP 320 (12% -9%)"
    if ("%," in text or "% and" in text) and _NAMED_SHARES.search(text):
        return False
    capitalised = sum(1 for w in words if w[0].isupper())
    return capitalised / len(words) > 0.6


# Offices that are common surnames too: the last word of a run after a first name
# ("Angus King", "Willow Jean Prime": "Prime" before no "Minister" is no office)
# ("Bose Sharma Officer": a surname too, where "Chief Investment Officer X" is an office)
_SURNAME_ROLES = frozenset(("king", "lord", "judge", "prince", "prime", "officer"))


def compound_role(word: str) -> bool:
    """A compound of office words ("Deputy-Director", "Vice-Chair")."""
    return all(part in ROLE_WORDS or part == "vice" for part in word.lower().split("-"))


def _role_as_surname(core: list[str]) -> bool:
    """'Angus King': the office word ends the run after a word that is no office, country
    or common word, so names its holder's surname, not an office before a name."""
    if len(core) < 2 or core[-1].lower() not in _SURNAME_ROLES:
        return False
    before = core[-2].lower().rstrip(".")
    return not (before in ROLE_WORDS or before in STOPWORDS or lookup(core[-2]))


# A verb that makes its object an office's holder: "elected X Prime Minister", "named X
# Speaker", "elected the League (N)'s X Prime Minister" (the office after the name)
_CONFERRED_BEFORE = patterns.compile(
    r"\b(?:elected|re-elected|named|appointed|declared|confirmed|voted|chose|made|installed)"
    r" (?:[\w() -]{1,60}?['’]s )?$"
)
# The verb in the passive: "X was elected Union Welfare Secretary" names the office X won,
# with no person after the verb
_PASSIVE_BEFORE = patterns.compile(r"\b(?:was|were|is|are|be|been|being)(?: [a-z]+ly)? $")


# A party named for its members ("Liberal Democrat", "Social Democrat") with its count right
# after it: a results row's name, where "New York Democrat Jane Doe" puts the person after it
# (the row's candidate may stand in brackets between: "Liberal Democrat (Ann Roe): 375")
_MEMBER_PARTY_WORDS = frozenset(("democrat", "republican"))
_COUNT_RIGHT_AFTER = patterns.compile(r"[ \t]*(?:\([^()\n]{2,50}\)[ \t]*)?(?:[-–—:][ \t]*)?\d")


def _party_of_members(text: str, end: int, core: list[str], roles: list[int]) -> bool:
    return (
        roles == [len(core) - 1]
        and len(core) > 1
        and core[-1].lower() in _MEMBER_PARTY_WORDS
        and _COUNT_RIGHT_AFTER.match(text, end) is not None
        and not lookup(core[0])
    )


def _office_conferred(text: str, start: int, core: list[str], roles: list[int]) -> bool:
    """Whether the run is a name of two words or more, then only office words, right after
    a verb that makes the person its holder."""
    first = roles[0]
    return (
        first >= 2
        and roles == list(range(first, len(core)))
        and start == text.find(core[0], start)  # no title before the name was dropped
        and (verb := _CONFERRED_BEFORE.search(text, max(0, start - 80), start)) is not None
        and _PASSIVE_BEFORE.search(text, max(0, verb.start() - 20), verb.start()) is None
    )


def _strip_titles(words: list[str]) -> list[str]:
    core = list(words)
    while core:
        first = core[0].lower().rstrip(".")
        if (
            first in _TWO_WORD_FIRSTS
            and len(core) > 1
            and (first, core[1].lower()) in _TWO_WORD_TITLES
        ):
            del core[:2]
        elif first in _TITLE_WORDS:
            del core[0]
        else:
            break
    return core


# The words of a body's name before a lower-case particle inside it, after "of (the)": the
# capitalised words after the particle are the name's tail, no one's name ("of the Partido
# Lakas ng Bayan", "of the Parti pour la Justice")
_BODY_BEFORE_PARTICLE = patterns.compile(
    r"\bof (?:the )?(?:[A-Z][\w’'-]*\s){1,6}"
    r"(?:(?:ng|sa|de|del|la|las|los|el|des|du|da|do|dos|das|di|della|pour|et|y|für)\s){1,2}$"
)
_PARTICLE_BEFORE = frozenset(
    "ng sa de del la las los el des du da do dos das di della pour et y für".split()
)


def _in_named_body(text: str, start: int) -> bool:
    """Whether a run of capitals at `start` is the tail of a body's name that a lower-case
    particle split: "Bayan" of "of the Partido Lakas ng Bayan"."""
    if start < 6 or text[start - 1] != " " or not text[start - 2].islower():
        return False
    space = text.rfind(" ", start - 8, start - 1)
    if (
        text[space + 1 : start - 1] not in _PARTICLE_BEFORE
        and text[start : start + 4].split(" ")[0] not in _PARTICLE_BEFORE
    ):
        return False
    return _BODY_BEFORE_PARTICLE.search(text[max(0, start - 90) : start]) is not None


# A nickname in quotes inside a name: "Ferdinand 'Bongbong' Marcos", 'Emmanuel "Manny"
# Pacquiao' (a one-word nickname between capitalised words)
_QUOTED_NICKNAME = patterns.compile(r"[\"“‘][A-Z][\w’'-]*[\"”’] [A-Z]")
_NICKNAME_GAP = patterns.compile(r" [\"“‘'][A-Z][\w’'-]*[\"”’'] ")


# How every gap `_joins_name` lets through opens: a Malay title's apostrophe, a quote
_JOINING_GAP_OPENINGS = frozenset(("' ", "’ ", ' "', " “", " ‘", " '"))


def _joins_name(word: re.Match[str], gap: str) -> bool:
    """Whether the `gap` (no space alone) after `word` lets the name go on: a quoted nickname,
    or the apostrophe of the Malay title "Dato' Sri X"."""
    if gap in ("' ", "’ "):
        return word.group() == "Dato"
    return _NICKNAME_GAP.fullmatch(gap) is not None


# "National People's Power", "People's Action Party": "People's" inside an organisation's
# name, which goes on with its next word (no person owned by "National People"), when that
# is an organisation's word (not "Ford People's Daniel Omao": a person of the party)
_PEOPLES_NAME = patterns.compile(
    r"(?<=[Pp]eople['’]s) (?:Power|Party|Front|Alliance|Movement|Congress|Republic|Democratic|"
    r"Action|Liberation|Progressive|Coalition|Union|Assembly|Voice|Force|Mandate|Convention|"
    r"Council|National|United|Unity|Justice|Freedom|Redemption|Salvation|Democracy|Army)\b"
)


# "the Women’s Leadership Team", "the Youth’s Caucus": a group's possessive opening a body's
# name, which goes on to the body's word (no person "Leadership Team" owned by "Women")
_GROUPS_BODY_NAME = patterns.compile(
    r"(?<=[Ww]omen['’]s|[Yy]outh['’]s) (?:[A-Z][a-z]{1,15} ){0,2}"
    r"(?:Team|Caucus|Network|League|Council|Committee|Association|Coalition|Forum|Group|"
    r"Federation|Party|Union|Wing|Section)\b"
)


def _organisation_goes_on(text: str, end: int) -> bool:
    """Whether the possessive ending at `end` is inside an organisation's name."""
    return bool(_PEOPLES_NAME.match(text, end) or _GROUPS_BODY_NAME.match(text, end))


def _runs(text: str) -> list[tuple[int, int, list[str]]]:
    """Runs of capitalised words (with name particles inside), as (start, end, words)."""
    runs: list[tuple[int, int, list[str]]] = []
    current: list[re.Match[str]] = []

    def close() -> None:
        # a lower-case particle ends no name; a capitalised one may be a surname ("Ravi Das")
        while current and current[-1].group().strip(" -") in _PARTICLES:
            current.pop()
        if current:
            words = [m.group() for m in current]
            end = current[-1].end()
            if words[-1].endswith(_POSSESSIVE):
                words[-1] = words[-1][:-2]
                end -= 2
            runs.append((current[0].start(), end, words))
        current.clear()

    for match in _WORD.finditer(text):
        if current:
            gap = text[current[-1].end() : match.start()]
            if gap in (" ", "\u00a0"):
                if len(current) >= _MAX_WORDS:
                    close()
            elif gap in (' "', " “", " ‘") and _QUOTED_NICKNAME.match(text, match.start() - 1):
                continue  # 'Ferdinand "Bongbong" Marcos': the name goes on after it
            elif (
                gap[:2] not in _JOINING_GAP_OPENINGS  # most gaps: no call, no pattern
                or not _joins_name(current[-1], gap)
                or len(current) >= _MAX_WORDS
            ):
                close()
        current.append(match)
        if match.group().endswith(_POSSESSIVE) and not _organisation_goes_on(text, match.end()):
            close()
    close()
    return _without_member_title(text, runs) if " of Parliament " in text else runs


def _without_member_title(
    text: str, runs: list[tuple[int, int, list[str]]]
) -> list[tuple[int, int, list[str]]]:
    """The runs with the title "Member of Parliament" taken out, as "MP" is: "former
    Kitui Member of Parliament Tom Kale" names Tom Kale, never "Kitui Member"."""
    kept: list[tuple[int, int, list[str]]] = []
    for start, end, words in runs:
        if words[-1] == "Member" and text.startswith(" of Parliament ", end):
            continue
        if words[0] == "Parliament" and text.endswith("Member of ", 0, start):
            if len(words) == 1:
                continue
            start, words = start + len("Parliament "), words[1:]
        kept.append((start, end, words))
    return kept
