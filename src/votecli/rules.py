"""Phrasing rules: which number belongs to which candidate in one sentence.

A sentence is rewritten as a *skeleton*: each candidate mention becomes `<C3>`, each
count `<N5>`, each percentage `<P2>` and each number that cannot be a tally `<X4>`.
Rules are regular expressions over that skeleton written in the words news uses
("<C> received <N> votes", "<N> countries backed <C>"), so one rule covers a phrasing
wherever it appears. The skeleton's gaps are bounded (`GAP`), so matching stays linear in
the sentence length.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import lru_cache

from . import patterns
from .countries import lookup
from .names import PARTICIPLES
from .numbers import count_words
from .sentences import UPPER

# --- vocabulary -------------------------------------------------------------------------
# The one beaten described before the name: "over her main rival Y", "over his opposing
# candidate, the clerk to parliament Y" (lower-case words only, so no name slips in between)
_LOSER_DESCRIBED = (
    r"(?:his|her|their) (?:[a-z-]+ ){0,2}(?:rival|opponent|challenger|candidate|contender),? "
    r"(?:the (?:[a-z-]+ ){1,4})?"
)
_STRONG_GET = (
    r"(?:received|receiving|receives|receive|won|winning|wins|win|garnered|garnering|garners|"
    r"obtained|obtaining|obtains|secured|securing|secures|scored|scoring|scores|got|getting|gets|"
    r"gotten|polled|polling|polls|picked up|picking up|gained|gaining|gains|collected|collecting|"
    r"earned|earning|earns|earn|mustered|mustering|attracted|attracting|bag(?:ged|ging|s)|amass(?:ed|ing|es)|"
    # "had attained 1,500,310 valid votes"
    r"attained|attaining|attains|"
    # "procured 45,427,209 votes" (Indonesian and Indian English)
    r"procured|procuring|procures|"
    r"collects|acquired|acquiring|acquires|took home|takes home|taking home|"
    # "clinched 57.8 per cent", "hauled in 331,000 votes"
    r"tallied|tallying|clinch(?:ed|ing|es)|haul(?:ed|ing|s) in|rak(?:ed|ing) in|accumulat(?:ed|es|ing)|"
    r"netted|netting|racked up|racking up|piled up|piling up|captured|capturing|retained|retaining|pulled in|pulling in|"
    r"ended up with|finished with|came (?:in )?(?:first|second|third|fourth|last) with|"
    # "was third on 17%", "finished a distant second on 4,210 votes" (British reports)
    r"(?:came|finished|was|were|placed|ended) (?:a (?:distant|close|strong) )?(?:in )?"
    r"(?:first|second|third|fourth|fifth|last) on|"
    # "saw X pull away with 46 votes", "pulled clear with 61%": the leader's own count
    r"pull(?:ed|ing|s)? (?:away|ahead|clear) with|"
    # "managed to secure 97 votes": done, unlike "needed to secure" or "hoped to obtain"
    r"(?:managed|manages) to (?:secure|obtain|garner|gain|collect|muster|attract|capture|poll|"
    # "managed to get 11,812 votes", "managed to win 31%": done as well
    r"get|win|receive|score|bag|amass|earn|pick up|rack up)|"
    # "was only able to garner 20 votes", "could only muster 1,897 votes": done, as "managed to"
    r"(?:(?:was|were) (?:only )?able to|could only) "
    r"(?:secure|obtain|garner|gain|collect|muster|attract|get|poll)|"
    # "who could secure only 638 votes": done as well, the "only" after the verb (not a
    # bare "could secure 50 votes", which may be what is hoped)
    r"could (?:secure|obtain|garner|gain|collect|muster|attract|get|poll|manage)"
    r"(?= (?:only|just|merely|a mere)\b)|"
    # (not "support from the 193 member states": the whole body named, no count of backers)
    r"(?:(?:was|were|is|being) (?:backed|supported|endorsed|chosen|elected|re-elected|voted for|voted in) by|"
    # ("earned approval from 192 out of 193 voting countries": as "support from")
    r"(?:backed|supported|endorsed) by|support from|approval from)"
    r"(?! the <N\d+> (?:UN )?(?:[Mm]ember|[Ss]tates\b)(?![\w -]{0,16}\b(?:that|who|present|voting)\b))|"
    r"trailed with|followed with|"
    # "Y stayed on 34", "Y remained at 61 votes": a count unchanged from the round before
    # "with Y staying on 48", "and Z still on 24": a preferential count's later round
    r"(?:stayed|stays|staying|remained|remains|remaining|stuck|still) (?:on|at)|"
    # "took the lead at 181 votes": the leader's own count (not "a lead of 30")
    r"(?:took|taking|takes|held|holding|holds) (?:the|an early|a narrow|a clear) lead (?:at|on)|"
    # "The vote saw X get 144 votes": a base form only after "saw X" (never "needed to get")
    r"(?:(?<=\bsaw <C\d> )|(?<=\bsaw <C\d\d> )|(?<=\bsees <C\d> )|(?<=\bsees <C\d\d> ))"
    r"(?:get|secure|take|obtain|garner|collect|capture|poll|earn|muster|attract))"
)
# The participles of getting votes that tell what the sentence's subject got beside
# its verb: "She beat Y, receiving 72%"
_GETTING = (
    r"(?:receiving|garnering|obtaining|scoring|getting|polling|picking up|gaining|collecting|"
    r"earning|attracting|capturing|claiming)"
)
# Verbs that also take non-votes ("had 21 holdouts", "with 11 abstentions"): their number
# counts only when votes, a share or the end of a clause follows it.
_WEAK_GET = (
    r"(?:has|had|having|with|drew|drawing|claimed|claiming|took|taking|takes|posted|posting|"
    r"achieved|achieving|"
    # "was the victor, taking in 65 percent of the vote" (a share or votes: never "took in
    # 300 refugees")
    r"(?:took|taking|takes|take) in(?= <P\d| <N\d+> votes?\b)|"
    r"posts|(?:was|were) given|"
    # "was chosen after being awarded 182 votes" (a weak verb: "awarded 3 seats" is no count)
    r"(?:was|were|being|been) awarded|"
    # "managed 61 votes", "commanded 54.2% of the vote", "notched (up) 88 votes", "carried 54%
    # of the vote" (a share or votes: not "carried 12 states"); not "registered"
    # nor "recorded": "the district recorded 64.9 per cent", a turnout)
    r"manag(?:ed|es|ing)|command(?:ed|s|ing)|"
    # "beat Y who recorded 1,863 votes": a person's (a relative clause of "who", not a district)
    r"(?<=\bwho )record(?:ed|s)|"
    # "could (only) manage 142 votes": done, not "hopes to manage 100" nor a condition's
    # "could manage 100 votes if Y withdrew"
    r"(?:could|did|only) (?:only )?manage(?![^,.;]{0,40}\b(?:if|unless)\b)|"
    r"notch(?:ed|es|ing)(?: up)?|scoop(?:ed|s|ing)|grab(?:bed|s|bing)|pocket(?:ed|s|ing)|"
    # "enjoyed 52 votes", "harvested 61% of the vote" (weak: "enjoyed 20 years in office";
    # the count right after it: a bloc "enjoyed the support of 51 members" is no candidate)
    r"(?:enjoy(?:ed|s|ing)|harvest(?:ed|s|ing))(?= <[NP]\d)|"
    r"carr(?:ied|ies|ying)(?= <P\d+>| <N\d+> votes?\b)|"
    # "the Greens returned 12.4% of the vote" (British reports of a party's result): a share
    # right after it only, never "returned to office", "returned 3 councillors"
    r"return(?:ed|s|ing)(?= (?:just |only |a mere )?<P\d+>)|"
    # "X adds 14.8%", "Y added 2,101 votes": a translated count ("suma", "soma"), only a
    # share or votes right after it (not "adds 3 seats", "added 200 members"), no gain on
    # another ("added 3% to its share", "added 2,000 votes since 2019")
    r"add(?:ed|s|ing)(?= (?:<P\d+>|<N\d+> votes?\b)(?! (?:to|on|from|since|compared|over|more)\b))|"
    # "X is on 49.0%, followed by Y on 38.9%", "He's on 52%" (British reports of a count
    # under way): a share right after it only, never "is on 12 committees"
    r"(?:is|was|['’]s) on(?= <P\d+>)|"
    # "was re-elected on the score of 94.27%" (a French "avec un score de" rendered)
    r"on(?= (?:the |a )score of <P)|"
    # "Kast then reached 28 percent of the vote", "Chile reached 144 and Costa Rica, 134"
    # (a bare count only before the next name's: not an age, "reached 50, the age limit";
    # nor a turnout's, "X said, the turnout reached 66.8 percent")
    r"(?<!turnout )(?<!turnout rate )(?<!participation )"
    r"reach(?:ed|es)(?= <P\d+>| <N\d+>(?: votes?\b| and <C))|"
    # "while X registered 128 and Y 108", "registered 41% of the vote": a count before the
    # next name's or a share of the vote (not a place's "registered 64% turnout")
    r"register(?:ed|s)(?= <P\d+> of the (?:valid |popular )?votes?\b| <N\d+> and <C)|"
    r"snag(?:ged|s|ging)|chalk(?:ed|s|ing) up|"
    # "who copped 18,121 votes" (Caribbean and West African press): votes or a share only,
    # never "copped a fine"
    r"cop(?:ped|s|ping)(?= <P\d+>| <N\d+> votes?\b)|"
    # "Chile and Nigeria each picked 186 votes" (Nigerian press): votes only, never "picked
    # 3 ministers" (the "picked up" of _STRONG_GET takes any count)
    r"pick(?:ed|s|ing)(?= <N\d+> votes?\b)|"
    # "X gathered 5.85 million votes", "gathered 41% of the vote": votes or a share only
    # (not "gathered 5,000 people" at a rally)
    r"gather(?:ed|s|ing)(?= <P\d+>| <N\d+> votes?\b)|"
    # "X pulled 52 percent of the vote", "pulled 1,204 votes" (US press): votes or a share
    # only (the "pulled in" of _STRONG_GET takes any count)
    r"pull(?:ed|s|ing)(?= <P\d+>| <N\d+> votes?\b)|"
    # "The party recorded 32.27% (2,424,172 votes)", "recorded 12.4% of the votes": a share of
    # the votes only (a place "recorded 64.9 per cent" turnout, or a count of all votes cast)
    # ("X recorded 2,810,777 votes" too, West and Southern African press: votes right after,
    # never "votes cast", a place's count)
    r"record(?:ed|s)(?= <P\d+> votes\)| <P\d+> of the (?:valid |total )?votes?\b"
    r"| <N\d+> votes?\b(?! cast\b))|"
    # "X, which held 22 votes, was eliminated", "with X holding two votes" (not seats held)
    r"(?:held|holding)(?= <N\d+> votes?\b)|"
    # "leaving Y eliminated on 31", "went out on 16": where the count stood at the end (a
    # share only with a vote spoken of: "Ghana finished on 41%" of a survey)
    r"(?:eliminated|knocked out|went out|going out|stalled|stuck) on(?= <N\d+>)|"
    # "Y, who stopped at 505,032 votes", "Y stopped at 31%" (Italian, French and Spanish press
    # rendered): the name's own clause only, never "counting stopped at 90%"
    r"(?:(?<=> )|(?<=>, )|(?<=\bwho )|(?<=\bwhich ))stopped at"
    r"(?= <P\d+>| <N\d+>(?: votes?\b|[,.;]|$)))"
)
VOTERS = (  # words for the votes a number counts, or the voters who cast them
    r"(?:(?:valid |first[- ]round |second[- ]round |(?:first[- ]|second[- ])?preference |popular |"
    r"electoral (?:college )?)?votes?|first[- ]preferences|"  # STV: "was elected with 1,234 first preferences"
    r"ballots?|countries|states|(?:UN |U\.N\. )?member states|member-states|members|member nations|nations|"
    r"delegations|governments|delegates|MPs|lawmakers|legislators|deputies|senators|"
    r"electors|voters|members' votes|countries' votes|states' votes|supporters|"
    # a sports body's voters: "17 (member) associations voted in favour", "147 federations"
    r"(?:member |national )?(?:associations|federations)|"
    # a Secretary-General straw poll's support: 12 "encourage" (votes)
    r"[\"“]?encourag(?:es?|ements?)\b[\"”]?(?: votes?)?)"
)
_FOR = (
    # ("the 49 polled for X": the count before it, never "voters polled for the survey")
    r"(?:voted for|voting for|votes? for|(?:(?<=> )|(?<=votes ))polled for|backed|backing|"
    r"supported|supporting|went to|going to|"
    # "34 lawmakers opted for X": a choice told as one's preference
    r"opted for|opting for|plumped for|"
    r"cast (?:their |its )?(?:votes?|ballots?) for|(?:were|was) cast for|in favou?r of|chose|"
    # "Only 27 votes were gained by X": the passive of a verb of getting
    r"choosing|(?:were|was) (?:gained|won|received|obtained|garnered|secured|polled) by|"
    # "one vote written in for X", "two write-ins for X": votes for one not on the ballot
    r"(?:votes? )?written in for|write-ins? for)"
)
# Verbs of defeat; figures.py reads a score after them too
BEAT_VERBS = (
    r"(?:beat|beating|beats|defeated|defeating|defeats|edged(?: out)?|edging(?: out)?|"
    # "managed to defeat Y by a vote of 18 to 13" (not "failed to defeat": a loss)
    r"(?<=to )(?<!failed to )(?<!unable to )(?:defeat|unseat|oust)|"
    r"edges(?: out)?|trounced|trounces|trouncing|"
    # "X upset Y 53-36", never the noun: "a surprise upset came as X lost to Y"
    r"(?<!\ban )(?<!\ba )(?<!\bthe )(?<!surprise )(?<!major )(?<!big )"
    r"(?:upset|upsets|upsetting)(?! (?:came|comes|was|is|of|in|for|as|at|when|by)\b)|ousted|ousts|ousting|outpolled|outpolls|"
    r"outpolling|bested|bests|besting|pipped|pipping|pips|"
    # "re-elected after nipping Y, 43.4 – 42.6 percent": a narrow defeat (never "nipped in")
    r"nipped(?! (?:in|at|away|off)\b)|nipping(?! (?:in|at|away|off)\b)|"
    # ("won in the second round against Y", "won in the run-off against Y": a round's win)
    # ("won a January 2 runoff over Y": the race named between the win and the beaten)
    # ("won re-nomination over Y", "won the primary over Y": the nomination's race too)
    r"won (?:an? |the |re-?(?=nomination|election))(?:[a-z-]+ |<X\d+> ){0,3}?"
    r"(?:run-?off|election|race|contest|ballot|primary|nomination) over|"
    # ("by winning the final round against Y": the round won in the gerund too)
    r"pips|overcame|(?:won|winning|wins) (?:(?:in )?the (?:[a-z]+ )?(?:round|ballot|run-?off) )?against|(?:won|wins|winning) out (?:over|against)|prevailed over|"
    # "claimed victory over Y", "secured a narrow win over Y": the winner is the subject
    r"(?:claimed|claims|claiming|secured|securing|secures|sealed|sealing|clinched|clinching|"
    r"won|wins|winning|scored|scoring) (?:an? |the |his |her |their )?(?:[a-z-]+ ){0,2}?"
    r"(?:victory|win|triumph) (?:over|against)|"
    r"defeat of|topped|topping|unseated|unseating|"
    r"unseats|usurped|toppled|toppling|topples|dethroned|dethroning|outvoted|routed|thrashed|"
    r"inflict(?:ed|ing|s)? (?:a |an )?(?:[a-z]+ )?defeat on|"  # "inflicting a stunning defeat on Y"
    r"(?:saw|sees|seeing|seen) off|(?:held|holding|holds|fended|fending|fends) off|"
    r"crushed|crushing|downed|overwhelmed|vanquished|outlasted|outdistanced|triumphed over|"
    # "X easily dispatched Y, capturing 61%": a defeat (never the noun, a paper's "Dispatch")
    r"dispatched|dispatching|"
    r"(?:romped|cruised|swept|eased|squeezed) past|"
    # Nigerian and Indian press: "X floored Y with 1,234 votes"
    r"floored|flooring|humbled|humbling|dislodged|dislodging|walloped|clobbered|"
    # "X was chosen over Y, 55-28": a choice between candidates, the one not chosen beaten
    r"(?:chosen|selected|picked|preferred) over)"
)
# The participles of BEAT_VERBS in a passive ("was defeated by X")
_BEATEN_WORDS = (
    "defeated", "beaten", "edged out", "ousted", "unseated", "outpolled", "outvoted", "toppled",
    "trounced", "routed", "bested", "pipped", "thrashed", "crushed", "overcome", "floored",
    "humbled", "dislodged", "walloped", "clobbered",
)  # fmt: skip
_PASSIVE_BEATEN = rf"(?:{'|'.join(_BEATEN_WORDS)})"
# What a description of a person after "The" may call them: an age ("48-year-old"), a
# demonym ("Slovenian", checked by the reader), an office or trade
_DESCRIBED_ROLES = (
    "lawmaker",
    "politician",
    "diplomat",
    "lawyer",
    "ambassador",
    "envoy",
    "minister",
    "secretary",
    "president",
    "governor",
    "mayor",
    "senator",
    "chancellor",
    "premier",
    "economist",
    "official",
    "candidate",
    "principal",  # "the former team principal"
    "boss",
    "chief",
    "leader",  # "the former leader of the X party"
    "chairperson",  # "the former Policy Council chairperson"
    "chairman",
    "chairwoman",
    # "the former history professor", "the former England international", "the ex-army
    # general": callings news describes a person by, once named
    "professor",
    "academic",
    "international",
    "footballer",
    "player",
    "captain",
    "coach",
    "journalist",
    "judge",
    "general",
    "banker",
    "businessman",
    "businesswoman",
    "activist",
)
_ROLE_PHRASE = (  # "Ambassador to the UN", "foreign secretary"
    rf"(?:[a-z-]+ ){{0,2}}?(?P<role>{'|'.join(_DESCRIBED_ROLES)})\b(?: (?:to|at|in) the [\w.]+)?"
)
# "The 48-year-old (Slovenian)", "The former foreign secretary": read however long the aside
# before the verb
_DESCRIPTION = (  # ("The Dubai-born former rally driver": where one was born, then the rest)
    r"(?:(?P<born>(?-i:[A-Z])\w+-born) )?(?:(?P<age><X\d+>[- ]year[- ]old(?: |(?=, (?:of|from) the )))|(?=(?:former|outgoing|new|newly elected) )"
    # "the entrepreneur-turned-politician", "the actor-turned-senator": one career, then another
    r"|(?P<turned>(?-i:[a-z])[\w]+-turned-[\w-]+)(?= ))"
    # (the name of a country or subject may read as a name: "The former <C0> international")
    # ("The new IPU president was supported by 287 votes": the one just said elected)
    r"(?:(?P<rank>former|outgoing|veteran|incumbent|new|newly elected) )?(?:(?P<word>(?-i:[A-Z])[\w-]+) ?|<C\d+> )?"
    # the rest of a body's name before the office ("former LDP Policy Council chairperson")
    rf"(?:(?:(?-i:[A-Z])[\w-]+ ){{0,3}}?{_ROLE_PHRASE})?"
)
# "The Slovenian", "The Lithuanian Ambassador to the UN": a capitalised word (a demonym,
# checked by the reader), with the verb near, as most sentences open with "The" and a name
# (or a country's body before the office: "The Japan Rowing Association (JRA) president")
_DEMONYM_DESCRIPTION = (
    rf"(?P<word>(?-i:[A-Z])[\w-]+)"
    rf"(?:(?: (?-i:[A-Z])[\w-]+){{0,3}}(?: \((?-i:[A-Z]{{2,6}})\))? {_ROLE_PHRASE}(?:-general)?)?"
)
# "the former" of two named, never "the former foreign secretary" (a description)
_THE_FORMER = rf"the former(?! (?:[a-z-]+ ){{0,2}}?(?:{'|'.join(_DESCRIBED_ROLES)})\b)"
# "the East African nation", "the Central Asian republic", "the island nation": a country
# named before, by its region (the noun in lower case: never "the Czech Republic")
_REGION_COUNTRY = (
    r"the (?:(?-i:[A-Z])[\w-]+ ){1,2}(?-i:country|nation|republic|kingdom|state)|"
    r"the (?-i:island|archipelago|landlocked|Himalayan|Gulf|Caribbean) (?-i:nation|country|state)"
)
# (checked once "who" has matched: set before it, it was tried at every position)
_WHO_NOT_OF_PLURAL = "who" + "".join(
    rf"(?<!\b{noun}, who)"
    for noun in ("candidates", "nominees", "contenders", "contestants", "rivals", "challengers")
)
_PRONOUN = (
    # ("the vote in which she led with 16": the subject after "which" is the one meant)
    # ("the Peruvian and Chilean candidates, who got 12 each": "who" is the plural noun's)
    rf"(?:it|which(?! (?:he|she|they)\b)|{_WHO_NOT_OF_PLURAL}|he|she|they|the latter|{_THE_FORMER}|"
    r"the country|the nation|the city|"
    # a country by its kind of state ("the kingdom was elected ..., receiving 47 votes")
    r"the kingdom|the emirate|the sultanate|the principality|"
    rf"the candidate|the party|{_REGION_COUNTRY}|"
    r"the incumbent|the challenger|the favourite|the favorite|the winner|the runner-up|"
    # "The president-elect polled 4,509 votes": the one just named as elected
    r"the (?:president|chair(?:man|woman|person)?|governor|mayor|senator)[- ]elect|"
    r"the winning candidate|the victor|"
    r"(?:its|his|her|their) (?:rival|opponent|challenger|competitor|contender))"
)
_POSSESSIVE_PRONOUN = r"(?:his|her|its|their)"
# "rival", "main opponent", "predecessor": whom a pronoun's count was set against
_RIVAL_ROLE = r"(?:[a-z-]+ ){0,2}?(?:rival|opponent|challenger|competitor|contender|predecessor)"
# "a landslide 139-25 victory", "a narrow 50-48 win": one lower-case word before a score
_SCORE_ADJECTIVE = r"(?:(?-i:[a-z])[a-z-]+ )?"
_CHOSE = r"(?:chose|choosing|picked|selected|preferred|elected|electing|re-elected|re-electing)"
# "for challenger X", "for incumbent X": a bare word saying which side X is on
# "the candidate supported by the BSP and the coalition, X": the parties that put X up, then X
_BACKED_NOMINEE = r"the (?:candidate|nominee) (?:supported|backed|endorsed|fielded) by "
_RIVAL_WORD = r"(?:(?:the )?(?:challenger|incumbent|rival|opponent|runner-up|contender|nominee))"
# "the Ohio Republican", "the House speaker": a role standing for a person named before
ROLE_NOUNS = frozenset(
    "republican democrat conservative speaker mayor chair chairman chairwoman nominee minister "
    "senator judge diplomat lawmaker legislator governor premier congressman congresswoman mp "
    "mep mla msp mpp mna".split()
)
_ROLE = (
    r"(?:the (?:(?:new|newly[- ]elected|outgoing|veteran|incumbent) )?"
    # "the two-term Congressman", "the 20-year senator" (the number read as no tally)
    r"(?:<X\d+>-(?:term|year) )?"
    # "the divisive MP for Buckingham", "the popular mayor": one word of praise or blame (not
    # "the other senator", "the rival mayor": someone else)
    r"(?:(?!(?:other|rival|opposing|losing|defeated|second|third)\b)(?-i:[a-z])[a-z]+ )?"
    # (a party's acronym too: "the Democratic Progressive Party (DPP) legislator")
    rf"(?:(?:(?-i:[A-Z])[\w.-]*|\((?-i:[A-Z]{{2,6}})\))\s+){{0,4}}"
    rf"(?:{'|'.join(sorted(ROLE_NOUNS))}))"
)

# Participles of getting votes only ("taking", "drawing" take other things too)
_GAINING = (
    r"receiving|winning|garnering|obtaining|securing|scoring|polling|gaining|collecting|"
    r"earning|mustering|attracting|amassing|tallying|netting|capturing|picking up|racking up|"
    r"bagging|clinching|hauling in|raking in"
)
# The participles of getting, and "taking", "getting", "managing" too: whose count follows
_PARTICIPLE_OF_GETTING = rf"(?:{_GAINING}|taking|getting|managing)"
# A candidate's fate in brackets after their count in a results line: "Doe 30 (OUT)"
# (a list of seats won marks the holder kept or new: "X 1422 (returned)", "Y 761 (new)")
# (or the winner's row marked: "Y 2,268 (winner)")
_FATE = (
    r" \((?:out|eliminated|elected|re-elected|withdrawn|withdrew|excluded|returned|new|incumbent|"
    r"winner|won)\)"
)

# a share's whole after a results row's figure: "X – 72.1% of the total vote" (the line
# ends there: not "X – 72.1% of the vote went to Y")
_SHARE_WHOLE = r" of (?:the )?(?:total )?(?:valid )?votes?(?: cast)?\.?\s*$"
# a board row's term after the name: "X, 3 year term (2022) – 164 votes" (its length, maybe
# the year it ends; the dash and the count after it are the row's)
_TERM_ASIDE = r", <X\d+>[- ]year term(?: \(<X\d+>\))?(?= [-–—] )"
_FATE_DASH = r"\s*[-–—]\s*(?:eliminated|out|elected|re-elected|withdrawn|withdrew)\b"
# "Starmer – 56.2% ELECTED": the fate as a bare word closing the row (or before the next row's
# name), not "X – 120 elected members"
_FATE_WORD = r"\s+(?:elected|re-elected|eliminated|excluded)(?=\s*(?:$|[,.;|]|<C))"
# "Istanbul, 7 (eliminated)": the row's fate in brackets after its count
_FATE_BRACKET = r" \((?:eliminated|out|elected|re-elected|withdrawn|withdrew)\)"
# "Spain (78 - Not Elected)": the row's fate inside the count's own bracket
_FATE_IN_BRACKET = (
    r"\s*[-–—:]\s*(?:not )?(?:elected|re-elected|eliminated|withdrawn|withdrew|defeated)\)"
)
# A row's status column in capitals, between the name and the count: "Ann Roe  Elected 27,364"
_FATE_COLUMN = (
    r"\s+(?-i:Elected|ELECTED|Re-elected|RE-ELECTED|Excluded|EXCLUDED|Eliminated|ELIMINATED)!?"
)
# An embedded tweet's byline, glued by a scraper to its last line: "— Jo Doe (@jodoe)"
_TWEET_BYLINE = r"\s*[-–—]\s*(?:[^<()@]|<C\d+>){1,50}\(@\w+\)"

# The first word after a possessive naming its tally: "Y's tally stood at", "Y's vote share"
_POSSESSED_TALLY = (
    "final",
    "total",
    "own",
    "vote",
    "tally",
    "count",
    "share",
    "primary",
    "nationwide",
    "statewide",
    "national",
    "overall",
    "first-pref",
    "first pref",
    "ballot",  # "ballot-count", "ballot count"
)
# "Norway's X", "Labour's X", "South Korea's X": a capitalised possessive (no candidate
# itself) before a name
_OWNER_BEFORE = r"(?:(?-i:[A-Z])[\w-]+ )?(?-i:[A-Z])[\w-]+(?:'s|’s) "
# "his opponent, Peru's Ambassador to Chile, X": the office of the person after it, its
# country no candidate (the extractor drops it)
_OWNED_OFFICE = r"(?:(?-i:[A-Z])[\w-]+(?:'s|’s) [^<;.]{1,50}?,? )?"
C = r"<C(\d+)>"
# a party's person, named after ("the Green Party candidate, X")
_PARTY_PERSON = r"(?:candidate|nominee|standard-bearer|activist|member|leader|challenger)"
# A name that belongs to the words before it ("bishop of <C>", "Committee on <C>", "of
# <C>, <C>"): a place or body, skipped when looking back for who won
_OWNED_NAME = r"(?:(?<=of )|(?<=on )|(?<=the )|(?<=\.))<C\d+>(?:, <C\d+>)?"
N = r"<N(\d+)>"
P = r"<P(\d+)>"
NUM = r"<([NP])(\d+)>"
GAP = r"(?:[^<]|<X\d+>)"  # any text that is not a candidate or a usable number


def gap(low: int, high: int) -> str:
    return f"{GAP}{{{low},{high}}}?"


def clause_gap(low: int, high: int) -> str:
    """A gap that stays inside one clause: no dash, semicolon or colon."""
    return rf"(?:[^<–—;:]|<X\d+>){{{low},{high}}}?"


@dataclass(frozen=True)
class Binding:
    """The rule `rule` read number token `number` as candidate token `candidate`'s tally."""

    candidate: int
    number: int
    rule: str
    step: int | None = None  # position in a run over rounds ("from 109 votes to 73")
    step_count: int = 1
    rival: int | None = None  # for a pronoun: the candidate token it cannot stand for
    earlier: bool = False  # the figure a count changed from ("up from 98 in the first round")


Reader = Callable[[re.Match[str]], Iterator[tuple[int, ...]]]


@dataclass(frozen=True)
class Rule:
    """A phrasing binding numbers to candidates: a pattern over the skeleton, and its reader."""

    name: str
    pattern: re.Pattern[str]
    read: Reader
    needs_candidate: bool = True  # False for rules that read pronouns
    words: tuple[str, ...] = ()  # lower-case words one of which the skeleton must hold
    needs_vote_word: bool = False  # read only in a sentence that speaks of a vote or round


def _pairs(*groups: tuple[int, int]) -> Reader:
    """A reader taking (candidate group, number group) index pairs from the match."""

    def read(m: re.Match[str]) -> Iterator[tuple[int, int]]:
        for c, n in groups:
            if m.group(c) is not None:  # an optional part of the rule left unmatched
                yield int(m.group(c)), int(m.group(n))

    return read


# An aside that opens a description and ends by naming a person after its lower-case words
# ("..., the candidate of the Communist party Y, who scored 26%"): the "who" is Y's, not
# the first name's (never after a function word: "X, the MP for Y, who had 61" is X's;
# nor in a list: "X, Y and Z also W, who scored 44")
_DESCRIBED_NAME_END = patterns.compile(
    r"^(?:the|a|an) [^<]*(?<![\w-])(?-i:[a-z])[\w-]*(?<!\bthe)(?<!\bof)(?<!\bfor)(?<!\bfrom)(?<!\bin)"
    r"(?<!\bat)(?<!\band)(?<!\bby)(?<!\ba)(?<!\ban)(?<!\bto)(?<!\bwith) <C(\d+)>$"
)


def _who_after_aside(m: re.Match[str]) -> Iterator[tuple[int, int]]:
    """The name the aside sets off and its figure, or the person the aside ends by naming
    after a description, whom the "who" follows."""
    aside = m.string[m.end(1) + 3 : m.start() + m.group(0).index(", who")]  # (after ">, ")
    described = _DESCRIBED_NAME_END.search(aside)
    yield int(described.group(1) if described else m.group(1)), int(m.group(3))


def _row_count_and_share(m: re.Match[str]) -> Iterator[tuple[int, int]]:
    """A row's count (groups 1 and 3) and the share after it when there is one (group 5)."""
    yield int(m.group(1)), int(m.group(3))
    if m.group(5) is not None:
        yield int(m.group(1)), int(m.group(5))


def _head_or_described_person(m: re.Match[str]) -> Iterator[tuple[int, ...]]:
    """A described row's head and its count; a name alone as the description goes as the
    rival, which lets the reader give a party-first row to the person ("Labour, Jo Eze - 812")."""
    described = m.group("described")
    side = int(described[2:-1]) if described else None
    yield int(m.group(1)), int(m.group(4)), None, 1, side


def _name_then_side(m: re.Match[str]) -> Iterator[tuple[int, ...]]:
    """The row's first name and its count; the side named between, as the rival, lets the
    reader swap a party-first row ("Labour - Jane Doe - 812") to the person."""
    side = m.group("side")
    yield int(m.group(1)), int(m.group(4)), None, 1, int(side) if side else None


# What the text calls a rival placed beside one ("behind the incumbent Y", "after former Y")
_RIVAL_TITLE = (
    r"(?:the )?(?:(?:incumbent|former|outgoing|sitting|current|fellow|rival|frontrunner|"
    r"front-runner|favou?rite) )?"
)


def _placed_beside(m: re.Match[str]) -> Iterator[tuple[int, int]]:
    """The placing's subject and its count; the rival beside it only with a score's second."""
    yield int(m.group(1)), int(m.group(4))
    if m.group(6) is not None:
        yield int(m.group(2)), int(m.group(6))


# "won the seat by a majority of 61": the British margin over the runner-up, not a count
_WON_BY_MAJORITY = patterns.compile(
    r"\b(?:won|wins|win|winning|held|holds|holding|retained|retains|retaining|kept|keeps)\b"
)


# A verb of winning or beating earlier in the sentence: a plain majority after it is a margin
_WON_OR_BEAT = patterns.compile(rf"{_WON_BY_MAJORITY.pattern}|\b{BEAT_VERBS}\b")


# A defeat verb right before a name, in the same clause: the name is the one beaten
_BEATEN_BEFORE = patterns.compile(rf"\b{BEAT_VERBS} (?!by\b)(?:[^<.;,]|<C\d+>){{0,60}}$")


def _by_a_vote_of(m: re.Match[str]) -> Iterator[tuple[int, int]]:
    """The count of 'by a vote of', 'by an absolute majority of'; a plain majority after a
    verb of winning is the margin."""
    plain_majority = "majority" in m.group(0) and m.group("kind") is None
    if plain_majority and _WON_BY_MAJORITY.search(m.group("between")):
        return
    if plain_majority and _WON_OR_BEAT.search(m.string, max(0, m.start() - 120), m.start()):
        # "She won the seat, trumping A, B and C by a majority of 4,119": a winner's lead
        # over the names that follow the verb, never one of theirs
        return
    if _BEATEN_BEFORE.search(m.string, max(0, m.start() - 80), m.start()):
        # "X defeated Y by a vote of 67-39": Y is the beaten one, the 67 X's, never Y's
        yield CLAIM_ONLY, int(m.group(5))
        return
    yield int(m.group(1)), int(m.group(5))


# The slots of a skeleton: <C0> a candidate, <N1> a count, <P2> a percentage.
_NAME_SLOT = patterns.compile(r"<C(\d+)>")
_NUMBER_SLOT = patterns.compile(r"<[NP](\d+)>")
_CANDIDATE_SLOT = patterns.compile(r"<C(\d+)>")
_COUNT_SLOT = patterns.compile(r"<N(\d+)>")


# An ordinal naming a round: "second", "12th"
_ROUND_WORD = r"(?:[a-z]+|\d+(?:st|nd|rd|th))"


# A count's year closing it in a list of elections: "82/119 votes in 1967-1968" (the
# count over its total, then the year or term alone: not "in 12 districts")
_YEAR_ITEM = rf"(?:/<X\d+>| of <X\d+>)?(?: {VOTERS})? in <X\d+>(?:[-–/]<X\d+>)?(?=[,.;]| and |$)"


def _each_count_in_rest(m: re.Match[str]) -> Iterator[tuple[int, int]]:
    """Each count or share the rest of a list of rounds gives the candidate (the first, in
    the round named in full, is the verb rule's)."""
    candidate = int(m.group(1))
    for index in _NUMBER_SLOT.findall(m.group("rest")):
        yield candidate, int(index)


def _places_in_brackets(m: re.Match[str]) -> Iterator[tuple[int, int]]:
    """The subject's counts in each next place, when they are the same kind of figure as
    the first place's: "X won 52% in A, Y (2,311) and Z (1,904)" names rivals, not places."""
    kinds = {m.group(2).upper(), *_SLOT_KIND.findall(m.group("rest").upper())}
    if len(kinds) == 1:
        yield from _each_count_in_rest(m)


_SLOT_KIND = patterns.compile(r"<([NP])\d+>")


def _names_with_counts_in_rest(m: re.Match[str]) -> Iterator[tuple[int, int]]:
    """Each name in the rest of a list with the count after it."""
    rest = m.group("rest")
    for name, number in zip(_NAME_SLOT.findall(rest), _NUMBER_SLOT.findall(rest), strict=False):
        yield int(name), int(number)


def _pair_in_each_round(m: re.Match[str]) -> Iterator[tuple[int, int]]:
    """The pair's two counts in the first score, then in each later round's."""
    first, second = int(m.group(1)), int(m.group(2))
    counts = _NUMBER_SLOT.findall(m.group(0)[m.end(2) - m.start(0) :])
    for ours, theirs in zip(counts[::2], counts[1::2], strict=False):
        yield first, int(ours)
        yield second, int(theirs)


def _respectively(m: re.Match[str]) -> Iterator[tuple[int, int]]:
    names = [int(x) for x in _NAME_SLOT.findall(m.group("names"))]
    numbers = [int(x) for x in _NUMBER_SLOT.findall(m.group("numbers"))]
    if len(names) == len(numbers):
        yield from zip(names, numbers, strict=True)


# ", leader of the Y party", ", representative of "Z"": a role set off after a person, up to
# the comma closing it
_ROLE_DESCRIPTION = (
    r", (?:the |an? )?(?:[\w-]+ ){0,2}?(?:leader|head|representative|candidate|nominee|"
    r"member|founder|chairman|chairwoman|chair|president|secretary|spokesman|spokeswoman|"
    r"minister) (?:of|for) (?:[^<,;]|<C\d+>){1,60}?(?=,|$)"
    # or a role alone, in small words, as Ghanaian and Nigerian reports list office holders:
    # ", former national vice-chairman,", ", a regional treasurer,"
    r"|, (?-i:(?:the |an? )?(?:[a-z][\w-]* ){0,3}?(?:[a-z]+-)?(?:leader|chairman|chairwoman|"
    r"chair|president|secretary|treasurer|organi[sz]er|member|candidate|nominee))(?=,)"
)
_ROLE_APPOSITIVE = rf"(?:{_ROLE_DESCRIPTION})?"
_ROLE_APPOSITIVE_SPAN = patterns.compile(_ROLE_DESCRIPTION, re.IGNORECASE)


# Lower-case words describing the person a name then gives, ending in a role ("opposition
# deputy", "independent billionaire"), or a side taken ("pro-government Senator Y"): never
# "it was" nor "in the city" before a name
_LIST_ROLES = (
    *_DESCRIBED_ROLES, "deputy", "nominee", "challenger", "incumbent", "contender", "rival",
    "independent", "businessman", "businesswoman", "billionaire", "activist", "journalist",
    "legislator", "environmentalist", "outsider", "veteran", "newcomer",
    # "former National Assembly member Y", "city councillor Y": a seat once held
    "member", "councillor", "councilor",
    "speaker",  # "..., deputy speaker Y on 66": the chamber's officers, listed by their post
)  # fmt: skip
_LOWER_DESCRIPTION = (
    rf"(?:(?-i:(?:[a-z][a-z-]{{1,20}} ){{0,2}}?(?:{'|'.join(_LIST_ROLES)})|(?:pro|anti)-[\w-]+) )?"
)


# A ticket's ballot number before its names ("candidate pair 02 Y-Z 35.4 percent", "and
# number 3 Y 1,204", as Indonesian and other reports list tickets)
_BALLOT_LABEL = r"(?:(?:candidate pair|pair|candidate number|number|no\.)(?: number)? <X\d+> )?"


# A listed name's description before it, ending in a role: "X and former Ismaily player Y",
# "X and ex-Zamalek coach Y" (up to four words before the role, a club's name among them:
# "X, and National People's Power leader Y")
_LIST_ROLE_BEFORE = (
    # (a word may be quoted: "the \"dark horse\" candidate Y")
    rf"(?-i:(?:[\"“]?(?:[a-z][\w-]*|[A-Z][\w'’-]*)[\"”]? ){{0,4}}?(?:player|footballer|coach|striker|"
    rf"goalkeeper|defender|midfielder|captain|referee|athlete|{'|'.join(_LIST_ROLES)}) )"
)


# A party's full name after a person with no "the", as Nigerian and Sierra Leonean reporting
# gives it ("X of All Progressives Grand Alliance", "X of National Grand Coalition"): its
# party word closes it, or opens it ("X of Coalition for Change")
_PARTY_WORD = r"(?-i:Party|Alliance|Congress|Movement|Front|Union|Coalition|Bloc|League|Forum)"
_PARTY_NAMED_OF = (
    rf" of (?:(?-i:[A-Z][\w'’-]*)(?: (?-i:[A-Z][\w'’-]*)){{0,4}} {_PARTY_WORD}"
    rf"|{_PARTY_WORD} (?:for|of) (?-i:[A-Z][\w'’-]*)(?: (?-i:[A-Z][\w'’-]*)){{0,3}})"
)

# A person's party of "the" after the name, a party word in it and its acronym in brackets
# after it ("X of the Union for the Total Renewal of Lomeland (UTRL)"): an aside, no rival
_PARTY_OF_THE = (
    # (a side before it in small words: "of the ruling Y Movement", "of the opposition Y")
    rf" of the (?=[^<,;()]{{0,60}}\b{_PARTY_WORD}\b)(?-i:(?:ruling|governing|opposition) )?"
    r"(?-i:[A-Z][\w'’-]*)"
    r"(?: (?:(?-i:[A-Z][\w'’-]*)|for|of|the|and)){0,7}(?: \((?-i:[A-Z][A-Za-z]{1,7})\))?"
)

# A name's party left in the text, no mention ("X of the PDP and Y of the APGA", "X of CCC")
# a name's side or country after it: "X of the PDP", "X (Trinidad and Tobago)"; or the
# party's full name, its words capitalised ("X of the Alliance of Patriots and Y of the
# Democratic Movement – Free Georgia")
_SIDE_OF = (
    r"(?: (?:of|from) (?:the )?(?-i:[A-Z]{2,6})| \([^()<]{1,40}\)"
    # a country or town left unread, as sports bodies' reports give one's home: "X from
    # Switzerland and Y of New Zealand" (one or two capitalised words)
    r"| (?:of|from) (?-i:[A-Z][a-z]+)(?: (?-i:[A-Z][a-z]+))?(?=,| and |,? &| as well as )"
    r"| (?:of|from) the (?-i:[A-Z][\w'’-]*)(?: (?-i:[A-Z][\w'’-]*|of|for|the|[–—/])){0,6}"
    rf"|{_PARTY_NAMED_OF})?"
)


def _respectively_described(m: re.Match[str]) -> Iterator[tuple[int, int]]:
    """ "respectively" over names each described by a role: the described names, in order;
    when they do not pair up, no one's numbers (the first is not the last name's)."""
    names = _ROLE_APPOSITIVE_SPAN.sub("", m.group("names"))
    numbers = [int(x) for x in _NUMBER_SLOT.findall(m.group("numbers"))]
    heads = [int(x) for x in _NAME_SLOT.findall(names)]
    if len(heads) == len(numbers):
        yield from zip(heads, numbers, strict=True)
    elif _ROLE_APPOSITIVE_SPAN.search(m.group("names")):
        yield from ((CLAIM_ONLY, number) for number in numbers)


def _in_order(m: re.Match[str]) -> Iterator[tuple[int, int]]:
    """Names and numbers paired in order; when they do not pair up, no one's numbers."""
    names = [int(x) for x in _NAME_SLOT.findall(m.group("names"))]
    numbers = [int(x) for x in _NUMBER_SLOT.findall(m.group("numbers"))]
    if len(names) == len(numbers):
        yield from zip(names, numbers, strict=True)
    else:
        yield from ((CLAIM_ONLY, number) for number in numbers)


def _shared(m: re.Match[str]) -> Iterator[tuple[int, int]]:
    """Several candidates with one number each ("X, Y and Z ... with 190 votes each")."""
    number = int(m.group("number"))
    for name in _NAME_SLOT.findall(m.group("names")):
        yield int(name), number


def _shared_several(m: re.Match[str]) -> Iterator[tuple[int, int]]:
    """As _shared, for two names or more only (one is the other rules' to read)."""
    if len(_NAME_SLOT.findall(m.group("names"))) > 1:
        yield from _shared(m)


# A name in a list item that is the item's own: one a comma, "and" or the count closes, not
# a word describing the next ("the <C> deputy Y", "the president of <C> viva, Y") nor a
# title in quotes ("the host of ‘<C>’"), nor the end of a longer name ("the Minister
# of Industries and <C>, Mr Y": the office's, Y the item)
_ITEM_NAME = patterns.compile(r"(?<![‘“\"'])<C(\d+)>(?=,|\Z| and )")
_NAME_AND_BEFORE = patterns.compile(r"\b[A-Z][\w-]* and \Z")


def _list_item_shared(m: re.Match[str]) -> Iterator[tuple[int, int]]:
    """Each of the two or more names of a list item with the count that closes it."""
    text = m.group("names")
    names = [
        name.group(1)
        for name in _ITEM_NAME.finditer(text)
        if not _NAME_AND_BEFORE.search(text, 0, name.start())
    ]
    if len(names) > 1:
        number = int(m.group("number"))
        for name in names:
            yield int(name), number


# the round a trajectory's step is in: "from 85 votes in the first round to 81 in the second"
# ("... to 81 and 68 votes in the second and third ballots")
_STEP_ROUND = r"(?: in the [a-z-]+(?: and [a-z-]+)?(?: (?:round|ballot)s?)?)?"


# What a count from one number to another may be of besides votes: a party's seats or its
# members ("X lifted the party's number of MPs from eight to 12"): no tally of X's
_HELD_BEFORE_STEPS = patterns.compile(
    r"\b(?:seats|MPs|MEPs|MSPs|councill?ors|deputies|lawmakers|legislators|senators|mandates|"
    r"membership)\b"
)


def _trajectory(m: re.Match[str]) -> Iterator[tuple[int, ...]]:
    """One candidate over rounds (or organs): candidate, number, step, steps."""
    if _HELD_BEFORE_STEPS.search(m.string, m.end(1), m.start("steps")):
        return
    steps = [int(x) for x in _COUNT_SLOT.findall(m.group("steps"))]
    for index, number in enumerate(steps):
        yield int(m.group(1)), number, index, len(steps)


PERSON_PRONOUNS = frozenset({"he", "she", "his", "her", "him"})
THING_PRONOUNS = frozenset({"it", "its"})
CLAIM_ONLY = -9  # a number a rule reads as nobody's tally here (the loser's in "9 to 5 for X")
# Candidate indices the extractor resolves: any candidate, a person, a country or thing.
ANY_REFERENCE, PERSON_REFERENCE, THING_REFERENCE, RIVAL_REFERENCE = -1, -2, -3, -4
FORMER_REFERENCE, LATTER_REFERENCE = -5, -6  # of the last two candidates named
# The sides of a score whose winner and loser the sentence before named ("X defeated Y. In a
# 147-44 vote, the Nordic nation ..."); the loser's count is the token after the winner's
WINNER_REFERENCE, LOSER_REFERENCE = -7, -8
ELECTED_REFERENCE = -10  # the person the text elsewhere says was elected to the office named
# The other finalist of a two-way vote the sentence before names ("it came down to a vote
# between X and Y. X won by 54 votes to 50"), the winner being the binding's rival
FINALIST_REFERENCE = -11
# A description opening the sentence that stands for a person named before ("The
# 48-year-old Slovenian received 42 votes"): resolved only where one person fits it
DESCRIBED_REFERENCE = -12
# A demonym standing alone after "for the" for the one person of that country in the race
# ("101 countries voted for the South Korean compared to 61 for the Russian")
DEMONYM_REFERENCE = -13
# A demonym standing alone as a clause's subject, for the one person of that country ("a
# run-off, which the Brazilian won with 19 votes", "while the Swede got 12")
DEMONYM_SUBJECT_REFERENCE = -14
# A country by its kind of state ("the kingdom"): the last country named, never a person,
# a party, or a word the sieve took for a name ("under the Islamic regime")
COUNTRY_REFERENCE = -15
# "the party" ("X retained the ward, the party received 49%"): the last party named, never
# a place or person named between
PARTY_REFERENCE = -16
# A party's candidate named by the party alone ("BJP candidate polled 16 votes", "the AAP's
# nominee secured 12"): the one person the text introduced as that party's
PARTY_NOMINEE_REFERENCE = -17
# The rival of the one an opening pronoun stands for ("He obtained 812 votes against 662
# cast for his rival"): the other finalist the text set out, once the pronoun is resolved
PRONOUN_RIVAL_REFERENCE = -18
# "the winner", "the winning candidate": of the last sentence read's counts, the one ahead
# ("X got 638 while Y secured 331. The winner got 65.8%": X, not Y named last)
TOP_REFERENCE = -19


def _described(m: re.Match[str]) -> Iterator[tuple[int, ...]]:
    """A description stands for a person only with an age, a demonym or a former office
    ("The 48-year-old", "The Slovenian", "The former foreign secretary", "The Dubai-born
    former rally driver"); "The House
    speaker" is left to the rules for roles."""
    found = m.groupdict()
    if (
        found.get("age")
        or found.get("turned")
        or (found.get("word") and lookup(found["word"]))
        or (found.get("rank") and (found.get("role") or found.get("born")))
    ):
        yield DESCRIBED_REFERENCE, int(m.group("got") or m.group("had") or m.group("share"))


def _demonym_for(m: re.Match[str]) -> Iterator[tuple[int, ...]]:
    """A demonym's count, for the reader to give the one person of that country."""
    if lookup(m.group("word")):
        yield DEMONYM_REFERENCE, int(m.group(2) or m.group(4))


def _demonym_subject(m: re.Match[str]) -> Iterator[tuple[int, ...]]:
    """A demonym subject's count, for the reader to give the one person of that country."""
    if lookup(m.group("word")):
        yield DEMONYM_SUBJECT_REFERENCE, int(m.group(3) or m.group(5))


# A party spelled out with its acronym before its candidate: "One Bermuda Alliance (OBA)"
_PARTY_SPELLED = r"(?-i:(?:[A-Z][\w’'-]* ){1,4}\([A-Z]{2,6}\) )"
# "X has been elected (112 votes)": a passive of election before a bracketed count
_ELECTED_BRACKET = r" (?:has been|had been|was|were|is) (?:re-?)?elected(?= \()"
# "DLP – Ann Roe  WINNER (3259 votes)": a results row's mark of whom it elected, in capitals
_WINNER_MARK = r"\s+(?-i:WINNER|Winner|ELECTED|Elected|RE-ELECTED|Re-elected)(?= \()"
# ", who has twice held the post,": a relative clause between a subject and its verb
_WHO_CLAUSE = r"(?:, who (?:[^<,;:()]|<X\d+>){3,90},)?"
# "was elected", "has been re-elected": a passive of election a score may follow
_ELECTED_PASSIVE = r"(?:was|were|(?:has|have|had) been) (?:re-?)?elected(?: [\w-]+){0,4}?"


def _pronoun_against_rival(m: re.Match[str]) -> Iterator[tuple[int, ...]]:
    """The opening pronoun's count, then its rival's (see PRONOUN_RIVAL_REFERENCE)."""
    first, second = _NUMBER_SLOT.findall(m.group(0))[:2]
    yield _pronoun_reference(m.group("pronoun")), int(first)
    yield PRONOUN_RIVAL_REFERENCE, int(second)


def _won_by_votes_to(m: re.Match[str]) -> Iterator[tuple[int, ...]]:
    winner = int(m.group(1))
    yield winner, int(m.group(3))
    yield FINALIST_REFERENCE, int(m.group(5)), None, 1, winner


def _won_by_then_other(m: re.Match[str]) -> Iterator[tuple[int, ...]]:
    """The winner's count, then the other finalist's (the extractor finds who)."""
    winner = int(m.group(1))
    yield winner, int(m.group(3))
    yield FINALIST_REFERENCE, int(m.group(5)), None, 1, winner


def _won_by_votes_for(m: re.Match[str]) -> Iterator[tuple[int, ...]]:
    """As `_won_by_votes_to`, the other's count given to the one named after it ("X won by
    33 votes against 28 for Y")."""
    if m.group(6) is None:
        yield from _won_by_votes_to(m)
        return
    yield int(m.group(1)), int(m.group(3))
    yield int(m.group(6)), int(m.group(5))


# "..., and the second and third rounds by 20 votes to 15": one more score of the leader's
_LED_BY_MORE = patterns.compile(
    r",? and (?:[^<;:–—.]|<X\d+>){0,40}?\bby <([NP])(\d+)> votes? to <([NP])(\d+)>"
    r"(?=[.;,]|$| in\b| on\b| at\b)"
)


def _led_by_votes_to(m: re.Match[str]) -> Iterator[tuple[int, ...]]:
    yield from _won_by_votes_to(m)
    winner, at = int(m.group(1)), m.end()
    while more := _LED_BY_MORE.match(m.string, at):
        yield winner, int(more.group(2))
        yield FINALIST_REFERENCE, int(more.group(4)), None, 1, winner
        at = more.end()


# Where a score "167 U.S. vs. 174 Kyrgyzstan" may open: a line, or a clause after a colon,
# a bracket or a verb of being (not "grew from 61 Ireland to 54 Norway")
_VERSUS_OPENS = patterns.compile(r"(?:^\W*|[:(]\s*|\b(?:was|were|is|stood at) )(?:the )?$")


def _number_first_versus(m: re.Match[str]) -> Iterator[tuple[int, ...]]:
    if _VERSUS_OPENS.search(m.string, max(0, m.start() - 12), m.start()):
        yield int(m.group(3)), int(m.group(2))
        yield int(m.group(6)), int(m.group(5))


# "X of Honduras": where a finalist is from, after the name
_OF_PLACE = r"(?: of (?:<C\d+>|(?:the )?(?-i:[A-Z])[\w-]+(?: (?-i:[A-Z])[\w-]+){0,2}))?"

_FINAL_PAIR = patterns.compile(
    r"\b(?:vote|run-?off|head-to-head|contest|race|duel|choice)(?: (?:was|is|will be))? between "
    rf"(?:the )?{C}{_OF_PLACE} and (?:the )?{C}{_OF_PLACE}(?=[.;,]|$| in\b| for\b)"
    # "X and Y were forced into a runoff", "X and Y advanced to the second round"
    rf"|(?<!>, ){C} and (?:the )?{C},? (?:were |will be |then )?"
    r"(?:forced into|went (?:in)?to|go (?:in)?to|advanced to|advance to|moved on to|"
    r"headed (?:in)?to|head (?:in)?to|proceeded to|qualified for|faced (?:off |each other )?in|"
    r"face (?:off |each other )?in|met in|meet in) (?:a|the) (?:[\w-]+ )?"
    r"(?:run-?off|second round|final round|final ballot|head-to-head|duel)\b"
    # "X tied Y, each with 29 votes", "X and Y tied at 29": the two the next ballot is between
    rf"|{C} (?:tied|drew level|was level|finished level)(?: with)? {C},? "
    r"(?:each |both )?(?:on|at|with) (?:<N\d+>|\d)"  # (numbers are bare in a sentence before)
    rf"|(?<!>, ){C} and {C},? (?:were |finished |ended )?(?:tied|level|deadlocked) (?:on|at|with) "
    r"(?:<N\d+>|\d)",
    re.IGNORECASE,
)


def final_pair(skeleton: str) -> tuple[int, int] | None:
    """The two candidate tokens of the one two-way vote a skeleton names, if one."""
    found = list(_FINAL_PAIR.finditer(skeleton))
    if len(found) != 1:
        return None
    first, second = (int(g) for g in found[0].groups() if g is not None)
    return first, second


# More numbers after the pronoun's first, each for a name in turn: "They won 44%, 27% and
# 6% respectively"
_NUMBERS_RESPECTIVELY = patterns.compile(
    r"(?: votes?)?(?:,? (?:and )?<[NP]\d+>(?: votes?)?)+,? (?:respectively|in that order)\b"
)


def _pronoun_verb(m: re.Match[str]) -> Iterator[tuple[int, ...]]:
    """A pronoun's count or share; none when it opens a list of them that "respectively"
    gives to names in turn (a plural "they" for the names before, never the last alone)."""
    listed = "respectively" in m.string or "in that order" in m.string  # (the cheap test first)
    if listed and _NUMBERS_RESPECTIVELY.match(m.string, m.end()):
        return iter(())
    return _pronoun_at(m, 3 if m.group(3) else 5)


def _pronoun_at(m: re.Match[str], number_group: int) -> Iterator[tuple[int, ...]]:
    return _pronoun(number_group)(m)


def _pronoun(number_group: int) -> Reader:
    """A pronoun's number, for the extractor to give to the last person or thing named."""

    def read(m: re.Match[str]) -> Iterator[tuple[int, ...]]:
        yield _pronoun_reference(m.group("pronoun")), int(m.group(number_group))

    return read


def _pronoun_reference(pronoun: str) -> int:
    """Whom a pronoun (or a role) stands for, for the extractor to resolve."""
    word = pronoun.lower()
    if word in ("the former", "the latter"):
        return FORMER_REFERENCE if word == "the former" else LATTER_REFERENCE
    if word in ("the winner", "the winning candidate", "the victor"):
        return TOP_REFERENCE
    if " " in word and word.split()[0] in ("its", "his", "her", "their"):  # "its rival"
        return RIVAL_REFERENCE
    if word in PERSON_PRONOUNS or word.rsplit(" ", 1)[-1] in ROLE_NOUNS:
        return PERSON_REFERENCE
    if word in _STATE_KINDS:
        return COUNTRY_REFERENCE
    if word == "the party":
        return PARTY_REFERENCE
    if word.count(" ") > 1 and word.rsplit(" ", 1)[-1] in _COUNTRY_NOUNS:
        return THING_REFERENCE  # "the East African nation": a country, never a person
    # "The city ... picked up just 18 votes": a bid's city, never a person
    return THING_REFERENCE if word in THING_PRONOUNS or word == "the city" else ANY_REFERENCE


def _participle_first_pronoun(m: re.Match[str]) -> Iterator[tuple[int, ...]]:
    """The count of the one the subject stands for: "the new President" a person, never
    the last thing named."""
    pronoun = m.group("pronoun")
    new_role = pronoun.lower().startswith(("the new ", "the newly"))
    yield PERSON_REFERENCE if new_role else _pronoun_reference(pronoun), int(m.group("count"))


_COUNTRY_NOUNS = frozenset(("country", "nation", "republic", "kingdom", "state"))
# a country by its kind of state: "the kingdom", never a person
_STATE_KINDS = frozenset(("the kingdom", "the emirate", "the sultanate", "the principality"))


def _pronoun_or_object(m: re.Match[str]) -> Iterator[tuple[int, ...]]:
    """ "voted for her candidature" or "voted for him": whichever the pattern found."""
    yield _pronoun_reference(m.group("pronoun") or m.group("object")), int(m.group(2))


def _pronoun_beating_several(m: re.Match[str]) -> Iterator[tuple[int, ...]]:
    """The pronoun's count before "to their" (someone before the sentence: the extractor
    looks no further back), then each one beaten with their count in turn."""
    names = _CANDIDATE_SLOT.findall(m.group("names"))
    counts = _NUMBER_SLOT.findall(m.group("numbers"))
    if len(names) != len(counts):
        return
    own = _NUMBER_SLOT.search(m.group(0), m.end("names"))
    assert own is not None  # the pattern holds a number after the names
    yield _pronoun_reference(m.group("pronoun")), int(own.group(1))
    for name, count in zip(names, counts, strict=True):
        yield int(name), int(count)


def _pair_then_pronoun(m: re.Match[str]) -> Iterator[tuple[int, ...]]:
    """The named one's figure, then the pronoun's (someone other than the named one)."""
    named = int(m.group(1))
    yield named, int(m.group(3))
    yield _pronoun_reference(m.group("pronoun")), int(m.group(6)), None, 1, named


def _winner_then_rival(m: re.Match[str]) -> Iterator[tuple[int, ...]]:
    """The winner's count, then the second count for the rival named before (anyone but
    the winner)."""
    winner = int(m.group(1))
    numbers = _NUMBER_SLOT.findall(m.group(0))
    yield winner, int(numbers[0])
    yield RIVAL_REFERENCE, int(numbers[1]), None, 1, winner


def _pronoun_versus(
    pronoun_number: int, name: int, number: int, third: tuple[int, int] | None = None
) -> Reader:
    """ "He defeated X by a 217-211 vote", "her victory at 58.8% to X's 41.2%": the pronoun
    stands for someone other than X, and the second number is X's (and the `third` pair of
    groups, when matched, a third one's: "to X's 27 percent and Y's 9 percent")."""

    def read(m: re.Match[str]) -> Iterator[tuple[int, ...]]:
        rival = int(m.group(name))
        for reference, value in _pronoun(pronoun_number)(m):
            yield reference, value, None, 1, rival
        yield rival, int(m.group(number))
        if third and m.group(third[0]):
            yield int(m.group(third[0])), int(m.group(third[1]))

    return read


def _beaten_pronoun(m: re.Match[str]) -> Iterator[tuple[int, ...]]:
    """ "X beat him by 60 votes to 40": X's count first; the second the pronoun's, someone
    other than X."""
    winner = int(m.group(1))
    yield winner, int(m.group(4))
    yield PERSON_REFERENCE, int(m.group(6)), None, 1, winner


def _changed_from(m: re.Match[str]) -> Iterator[tuple[int, ...]]:
    """ "X got 120 votes, up from 98 in the first round": both are X's, the second earlier."""
    candidate = int(m.group("name"))
    yield candidate, int(m.group("now"))
    yield candidate, int(m.group("was") or m.group("was_then")), None, 1, None, True
    yield from _change_claimed(m)


def _row_with_earlier(m: re.Match[str]) -> Iterator[tuple[int, ...]]:
    """ "Anna Hale 88 (51 in first ballot)": both are Anna Hale's, the second earlier."""
    candidate = int(m.group("name"))
    yield candidate, int(m.group("now"))
    yield candidate, int(m.group("was")), None, 1, None, True


def _change_claimed(m: re.Match[str]) -> Iterator[tuple[int, ...]]:
    """The size of a change ("up 12 from 40") is no one's count."""
    if m.group("by") and m.group("by_kind") != "X":
        yield CLAIM_ONLY, int(m.group("by"))


def _pronoun_changed_from(m: re.Match[str]) -> Iterator[tuple[int, ...]]:
    """ "She won 41%, up from 35% in 2015": the pronoun's two figures."""
    for reference, now in _pronoun(_NOW_GROUP)(m):
        yield reference, now
        yield reference, int(m.group("was") or m.group("was_then")), None, 1, None, True
    yield from _change_claimed(m)


# "X received two more votes than Y (114-112)": a comparison and its score, subject first
_MORE_VOTES_THAN = patterns.compile(
    # "X won the election with more votes than Y did four years ago, about 395,000 to 383,000"
    rf"(?:{C}|\b(?P<pronoun>{_PRONOUN})\b){clause_gap(0, 40)}\b(?:{_STRONG_GET}|with) "
    rf"(?:(?:<[NX](?P<diff>\d+)>|[a-z]+) )?(?P<cmp>more|fewer) (?:votes?|ballots?) than "
    rf"<C(?P<rival>\d+)>(?: did(?: (?:[a-z]+|<X\d+>)){{0,4}})?(?: \(|, |: )"
    rf"(?:(?:about|around|some|roughly|nearly|almost) )?<N(?P<first>\d+)>(?:-|–| to )"
    rf"<N(?P<second>\d+)>"
    r"(?:\)|(?= *(?:[.,;]|$)))",
    re.IGNORECASE,
)


_GAIN_VERB = patterns.compile(r"gain|pick")


def _defeat_then_participle(m: re.Match[str]) -> Iterator[tuple[int, ...]]:
    """The subject's count; a gain ("after gaining 12 votes") is no one's."""
    if m.group("verb") and _GAIN_VERB.match(m.group("verb")):
        yield CLAIM_ONLY, int(m.group(5))
        return
    yield int(m.group(1)), int(m.group(5) or m.group(7))


# "X won, beating y z who secured 300 votes": the beaten one's name went unread, and the
# count its relative clause gives is that one's, never the subject's ("X won against a rival
# who was favoured, with 212 votes" is X's: the clause ends before the count)
_BEATEN_ONES_CLAUSE = patterns.compile(
    rf"\b(?:{BEAT_VERBS}|over|against) [^<]{{0,60}}?\b(?:who|which) (?:[\w-]+ ){{1,4}}<[NP]\d+>$"
)


# "X defeated Y and took 55%": the second verb is the subject's, not the beaten one's
_BEATEN_THEN_AND = patterns.compile(
    rf"<C\d+>,? and (?:then |also |[a-z]+ly )?(?:{_STRONG_GET}|{_WEAK_GET}) ", re.IGNORECASE
)
_BEATEN_BY_SUBJECT = patterns.compile(
    rf"(?:<C(?P<subject>\d+)>[^<.;:,]{{0,30}}?)?"
    rf"\b{BEAT_VERBS} (?:[a-z-]+ ){{0,3}}$",
    re.IGNORECASE,
)


# A name set after "of the" and then a participle's clause: what the subject leads or joins
# ("leader of the federal <C1> party, receiving"), never the participle's subject, whatever
# the subject's verb between ("X of the <C1> eased to a victory in Karnal, securing")
_LED_BODY_THEN_PARTICIPLE = patterns.compile(r"<C\d+>(?: [\w'’-]+){0,8}, [a-z]+ing\b")
_OF_BEFORE = patterns.compile(r"\bof (?:the )?(?:[a-z]+ )?$")
_NAME_OF_BODY = patterns.compile(r"<C(\d+)> of (?:the )?(?:[a-z]+ )?$")
_LED_BODY_THEN_WITH = patterns.compile(r"<C\d+>(?: [a-z]+){0,2} with\b")
# The sentence's subject, then its clause up to that complement
# "Y lost to X, taking 40 votes", "Y was beaten by X, winning 40": the loser is the subject
_LOST_TO_BEFORE = patterns.compile(
    rf"(?:<C(?P<subject>\d+)>[^<.;:,]{{0,30}}?)?\b(?:(?:was|were) (?:[a-z]+ly )?"
    rf"{_PASSIVE_BEATEN} by|lost(?: out)? to|losing(?: out)? to|fell to) $",
    re.IGNORECASE,
)
_PARTICIPLE_AFTER_WINNER = patterns.compile(rf"<C\d+>, {_PARTICIPLE_OF_GETTING} ")
_SUBJECT_BEFORE = patterns.compile(
    r"^(?:[^<,;:]|<X\d+>){0,40}?<C(\d+)>(?:[^<;:–—]|<X\d+>){10,200}$"
)


# An office's organisation: "elected leader of the Unity Party with 51%", "chosen to lead the
# federal Unity Party, taking 51%"
_OFFICE_BEFORE = patterns.compile(
    r"\b(?:(?:leader|head|chair|chairman|chairwoman|chairperson|president) of|(?:to )?lead) "
    r"(?:the )?(?:[a-z]+ )?$"
)


def _led_body(m: re.Match[str], text: str) -> bool:
    """Whether the verb rule's name is what the subject leads or joins, not the subject: a
    participle's clause or (after an office) "with" follows it. Not "former head of the
    <C> received": a name glued to the office's words ("Chancellery Helge Braun")."""
    before = max(0, m.start() - 40)
    if ", " in text and _LED_BODY_THEN_PARTICIPLE.match(text):
        return bool(
            _OF_BEFORE.search(m.string, before, m.start())
            or _OFFICE_BEFORE.search(m.string, before, m.start())
        )
    return bool(
        _LED_BODY_THEN_WITH.match(text) and _OFFICE_BEFORE.search(m.string, before, m.start())
    )


# "X defeated Y, pastor of a church in Ohio, in the run-off by earning 52%": the one beaten
# is the verb's object, and the participle's doer the sentence's subject
_BEATEN_OBJECT = patterns.compile(rf"\b{BEAT_VERBS} $")
_BY_PARTICIPLE = patterns.compile(
    rf"\b(?:by|after) (?:{'|'.join(sorted(PARTICIPLES))}) [^<]{{0,30}}<[NP]\d+>$"
)
_OPENING_NAME = patterns.compile(r"^\W*<C(\d+)>")

# a pronoun subject of its own between the name and the verb: the name is in a phrase before
# (or of a clause of its own: "X, who served under Y, kept the post, as he received 41 votes")
# "..., the party received 49.28 percent": a new clause whose subject is the party (not an
# aside on one: "the party of Y", "the party's leader")
_PARTY_SUBJECT_BETWEEN = patterns.compile(
    r", the party (?:(?:also|then|has|had|only|just) )?(?=[a-z]+ [^<]{0,30}<[NP]\d+>$)"
    r"(?!of\b|that\b|which\b|who\b|whose\b|led\b|founded\b|formed\b)"
)
# A clause of its own whose subject is the person's side, right before the verb: "X said
# turnout was high and her slate got 97 per cent", "..., while his party won 41%"
_OWN_SUBJECT_BETWEEN = patterns.compile(
    r"\b(?:and|but|while|whereas|that) (?:his|her) (?:party|slate|team|list|ticket|coalition|"
    r"alliance|faction|camp|side|supporters|group|bloc) (?:[a-z]+ )?(?=\S+ [^<]{0,30}<[NP]\d+>$)"
)
# (a place or time may open the pronoun's clause: ", while in the Security Council he won 9")
_PRONOUN_SUBJECT_BETWEEN = patterns.compile(
    r", (?:(?:as|when|after|since|because|while|whereas|once) )?"
    r"(?:(?:in|at|on|during) (?:[^<,]|<X\d+>){1,40}? )?(?:he|she) (?:[a-z]+ )?$|"
    r", (?:(?:as|when|after|since|because|while|whereas|once) )?"
    r"(?:(?:in|at|on|during) (?:[^<,]|<X\d+>){1,40}? )?(?:he|she) (?=\S+ <|[^<]{1,40}<[NP]\d+>$)|"
    # "X, formerly Y, to react to the election in which she got eight votes": the relative
    # clause's own subject
    r" (?:in|at|during|after|by|with) which (?:he|she) (?=[^<]{1,40}<[NP]\d+>$)"
)

# The one a winner replaces, then the winner's figure: "... to replace Z, with 56.5%"
_REPLACED_BEFORE = patterns.compile(
    r"\b(?:to (?:replace|succeed)|replacing|succeeding) (?:the )?$", re.IGNORECASE
)
_PARTICIPLE_AFTER_NAME = patterns.compile(
    r"<C\d+>,? (?:with|taking|winning|securing|receiving|garnering) "
)


def _loser_then_winner(m: re.Match[str]) -> Iterator[tuple[int, ...]]:
    """The loser (a name, or the speaker's country) and the winner, each with a number."""
    winner = int(m.group(2))
    if m.group(1):
        yield int(m.group(1)), int(m.group(4))
    else:
        yield THING_REFERENCE, int(m.group(4)), None, 1, winner
    yield winner, int(m.group(6))


# "X, 57, of the Unity Party (UP), won 12,853,162": the party is an aside of X, the one who
# won; after an age ("The 66 year old, from the Civic Alliance, won") the one it describes
_PARTY_ASIDE = patterns.compile(r"<C\d+>(?: \([A-Z]{2,6}\))?, ")
_PARTY_ASIDE_OWNER = patterns.compile(r"(?:<C(\d+)>|<X\d+>[- ]year[- ]old),? (?:of|from) the $")


def _party_aside_owner(m: re.Match[str]) -> int | None:
    """The candidate a party named as an aside belongs to (DESCRIBED_REFERENCE after an
    age), None when the subject is no such aside."""
    if not _PARTY_ASIDE.match(m.group()):
        return None
    owner = _PARTY_ASIDE_OWNER.search(m.string, max(0, m.start() - 40), m.start())
    if owner is None:
        return None
    return int(owner.group(1)) if owner.group(1) else DESCRIBED_REFERENCE


# A party holding seats in a house: "has 213 out of the 360 members of the House"
_HOLDS_MEMBERS = patterns.compile(
    r"\b(?:has|have|had|holds|held|controls|controlled) (?:<[NP]\d+>)$"
)
_MEMBERS_AFTER = patterns.compile(
    r" (?:out )?of (?:the |its )?<X\d+> "
    r"(?:members|seats|lawmakers|legislators|senators|MPs)\b(?!['’])"
)
# "The APC has 62 lawmakers while the PDP has 44": the seats of each, the unit said once
_MEMBERS_BEFORE = patterns.compile(
    r"\b(?:has|have|had|holds|held|controls) <X\d+> (?:members|seats|lawmakers|legislators|"
    r"senators|MPs)\b"
)


_PARTY_NOMINEE = r"(?:candidate|nominee|contender|challenger)\b"
# A speaker's verb before the clause it reports: "X said Y has won", "X announced that Y"
_REPORTED_BY = r" (?:also )?(?:said|says|announced|stated|told reporters|added|noted)(?: that)? <C"


def _subject_of_participle(m: re.Match[str]) -> Iterator[tuple[int, ...]]:
    """The participle's doer, the clause's subject; none when the first name is itself the
    one beaten (the subject unnamed: "The group's candidate defeated X of the Y by bagging")."""
    if _BEATEN_BEFORE.search(m.string, max(0, m.start() - 80), m.start()):
        # "... defeated <C0> of the <C1> (ABVP) by bagging": the first name is one beaten
        yield CLAIM_ONLY, int(m.group(4))
        return
    yield int(m.group(1)), int(m.group(4))


# The one beaten, by how much, then the clause's "with": "defeating <C2> by a narrow margin
# with <P3>" (with nothing between, the count may be the beaten one's: "beating Y with 55 votes")
_WITH_AFTER_NAME = patterns.compile(r"<C\d+> by [^<,;.]{1,40} with ")


# Several contestants as the verb's own subject, past an earlier name: "ended in a tie with
# both candidates polling 1,306 votes" (a tie's count, never the earlier name's alone)
_SHARED_SUBJECT = patterns.compile(
    r"\b(?:both|two|each|all)(?: of the| the)? (?:candidates?|contenders?)\b[^<]{0,25}<[NP]\d+>"
)
# One led in a count, whose "with N votes" after the name is the lead (or the leader's);
# a predicate only: after a comma the count is the led one's ("X took 71%, ahead of Y with 18%")
_LED_BEFORE = patterns.compile(
    r"\b(?:was|is|were|are|remained|stayed) (?:ahead of|leading) (?:(?:his|her|their|its) )?"
    r"(?:(?:[A-Za-z-]+|<C\d+>) ){0,2}$"
)


# A name naming a seat won, not the one who won it
_SEAT_NAMED = patterns.compile(
    r"<C\d+> (?:[a-z]+ )?(?:seat|constituency|ward|district|riding|division)\b"
)
_SEAT_WON_BEFORE = patterns.compile(
    r"\b(?:won|win|wins|winning|held|holds|retained|retains|took|takes|captured|contested) "
    r"the $"
)


def _chosen_by(m: re.Match[str]) -> Iterator[tuple[int, ...]]:
    """The one chosen's count; the rival's after "to" goes to someone not named here."""
    yield int(m.group(1)), int(m.group(3))
    if m.group(5):
        yield CLAIM_ONLY, int(m.group(5))


# "His opponent (for the post) — former minister X of Chile — mustered 48 votes": the
# aside names who the subject is, so its name is the verb's
_ROLE_BEFORE_DASH = patterns.compile(
    r"\W*(?:his|her|its|their|the) (?:[\w-]+ )?(?:opponent|rival|challenger|runner-up|"
    r"contender|competitor|winner|loser)\b(?:[^<—;]|<C\d+>){0,40}? — ",
    re.IGNORECASE,
)


# A relative clause open before a name and closed by a comma before the verb ("X's nominee,
# who entered the race with <C> support, secured"): the name is the clause's, never the
# subject of the verb after it
_RELATIVE_OPEN_BEFORE = patterns.compile(r", (?:who|which) (?:[^,;:<]|<[CX]\d+>){1,120}$")
_CLAUSE_CLOSED = patterns.compile(
    r"<C\d+>(?:[^,;:<]|<X\d+>){0,40}, (?!(?:and|or|who|whose|which)\b)[a-z]"
)


def _inside_relative_clause(m: re.Match[str], text: str) -> bool:
    """Whether the subject a verb rule found is a name inside a relative clause that closes
    before the verb (see _RELATIVE_OPEN_BEFORE)."""
    start = m.start()
    return (
        ", " in text
        and ", wh" in m.string[max(0, start - 124) : start]
        and _CLAUSE_CLOSED.match(text) is not None
        and _RELATIVE_OPEN_BEFORE.search(m.string, max(0, start - 124), start) is not None
    )


# "was elected as", "became", "was sworn in as": the possessive name after it owns the office
_OFFICE_OWNER_BEFORE = patterns.compile(r"\b(?:as|became|becomes|become) $")


# Members of a party's or group's bloc, counted by "their"/"its" before: its size
_BLOC_MEMBERS = r"(?:members|delegates|MPs|lawmakers|legislators|deputies|electors)"


def _verb_count(m: re.Match[str]) -> Iterator[tuple[int, ...]]:
    """The subject's count, unless a relative clause of someone it beat holds it, or the
    subject's count after the one it beat ("X defeated Y and took 55%")."""
    number = int(m.group(3) or m.group(5))
    text = m.group()
    if " the <" in m.string[max(0, m.start() - 6) : m.start() + 2]:
        owner = _party_aside_owner(m)
        if owner is not None:
            yield owner, number
            return
    if _WITH_AFTER_NAME.match(text) and _BEATEN_BEFORE.search(
        m.string, max(0, m.start() - 80), m.start()
    ):
        yield CLAIM_ONLY, number  # "defeating Y by a narrow margin with 98.3%": never Y's
        return
    if ("candidate" in text or "contender" in text) and _SHARED_SUBJECT.search(text):
        yield CLAIM_ONLY, number  # "in a tie with both candidates polling 1,306": theirs
        return
    if text.startswith(" with ", text.index(">") + 1) and _LED_BEFORE.search(
        m.string, max(0, m.start() - 40), m.start()
    ):
        yield CLAIM_ONLY, number  # "X was ahead of Y with 809 votes": the lead, never Y's
        return
    if _SEAT_NAMED.match(text) and _SEAT_WON_BEFORE.search(
        m.string, max(0, m.start() - 30), m.start()
    ):
        # "X had won the Kemaman seat in a four-corner fight with 65,714 votes": X's
        holders = _NAME_SLOT.findall(m.string, 0, m.start())
        yield (int(holders[-1]) if holders else CLAIM_ONLY), number
        return
    if _HOLDS_MEMBERS.search(text) and (
        _MEMBERS_AFTER.match(m.string, m.end()) or _MEMBERS_BEFORE.search(m.string, 0, m.start())
    ):
        yield CLAIM_ONLY, number  # "The APC has 213 out of the 360 members": its seats
        return
    if (" he " in text or " she " in text) and _PRONOUN_SUBJECT_BETWEEN.search(text):
        return  # "At the General Meeting in Rome, he received 118 votes": the pronoun's
    if ", the party " in text and _PARTY_SUBJECT_BETWEEN.search(text):
        return  # "X retained the ward in Cape Town, the party received 49%": the party's
    if (" her " in text or " his " in text) and _OWN_SUBJECT_BETWEEN.search(text):
        return  # "X estimated that ... and her slate got 97 per cent": the slate's share
    if (
        " — " in text
        and m.string.count(" — ", 0, m.start()) % 2
        and not _ROLE_BEFORE_DASH.match(m.string)
    ):
        return  # "The 78-year-old — who took over after X stepped down — won": the aside's X
    if ("who" in text or "which" in text) and _BEATEN_ONES_CLAUSE.search(text):
        yield CLAIM_ONLY, number
        return
    if text[text.index(">") + 1 : text.index(">") + 3] in ("'s", "’s") and (
        _OFFICE_OWNER_BEFORE.search(m.string, max(0, m.start() - 12), m.start())
    ):
        # "X was reelected as Japan's 103rd prime minister, obtaining 221 votes": the office's
        # country or body is no subject; the sentence's opening name is
        subject = _SUBJECT_BEFORE.match(m.string, 0, m.start()) or _OPENING_NAME.match(m.string)
        if subject:
            yield int(subject.group(1)), number
        return
    if _inside_relative_clause(m, text):
        return  # "the AAP's nominee, who ran with Y's support, secured 12 votes": not Y's
    beaten = " by " in text and _BEATEN_OBJECT.search(m.string, max(0, m.start() - 30), m.start())
    if beaten and _BY_PARTICIPLE.search(text):  # the doer of "by earning" is the one who beat
        opening = _OPENING_NAME.match(m.string)
        yield (int(opening.group(1)) if opening else CLAIM_ONLY), number
        return
    if _REPLACED_BEFORE.search(m.string, max(0, m.start() - 24), m.start()) and (
        _PARTICIPLE_AFTER_NAME.match(text)
    ):
        # "beat Y in the contest to replace Z, with 56.5%": not Z's; the sentence's subject's
        # when it opens the sentence and no one else stands before Z ("X needed one round to
        # clinch the race to succeed Z, winning a majority with 49 of the 97 votes")
        subject = _OPENING_NAME.match(m.string) and _SUBJECT_BEFORE.match(m.string, 0, m.start())
        yield (int(subject.group(1)) if subject else CLAIM_ONLY), number
        return
    if _led_body(m, text):
        subject = _NAME_OF_BODY.search(m.string, max(0, m.start() - 40), m.start()) or (
            _SUBJECT_BEFORE.match(m.string, 0, m.start())
        )  # "X of the <C> eased to a win, securing 61%": the name the body's is set after
        if subject:  # "X was chosen leader of the Unity party, receiving 51%": X's
            yield int(subject.group(1)), number
        return
    if text.startswith("<C") and _PARTICIPLE_AFTER_WINNER.match(text):
        loser = _LOST_TO_BEFORE.search(m.string, max(0, m.start() - 90), m.start())
        if loser:  # "Y lost to X, taking only 40 votes": the participle is Y's
            yield (int(loser.group("subject")) if loser.group("subject") else CLAIM_ONLY), number
            return
    if " and " in text and _BEATEN_THEN_AND.match(text):
        beaten = _BEATEN_BY_SUBJECT.search(m.string, max(0, m.start() - 90), m.start())
        if beaten:
            subject = beaten.group("subject")
            yield (int(subject) if subject else CLAIM_ONLY), number
            return
    yield int(m.group(1)), number


# "The Chilean delegation cast 3 votes for X", "Chile cast its 3 votes for X": what one voter
# gave (not "Delegates cast 120 votes for X", a count of many, nor "it", perhaps the Assembly)
_ONE_VOTER_CAST = patterns.compile(
    r"(?:\bdelegation|<C\d+>(?:['’]s)?|\b(?:he|she))(?: [\w-]+){0,2}? cast "
    r"(?:its |his |her |their |all (?:its |of its )?)?"
    # "... cast 3 votes for X and 2 for Y": the next of the same voter's
    r"(?:<N\d+>[^<;.]{0,20}<C\d+>(?:,| and|,? while)? )?$",
    re.IGNORECASE,
)


def _one_voters(m: re.Match[str]) -> bool:
    """Whether the number a match starts at is what one voter cast for someone."""
    start = max(0, m.start() - 90)
    return " cast " in m.string[start : m.start()] and bool(
        _ONE_VOTER_CAST.search(m.string, start, m.start())
    )


# "The Chilean delegation gave 3 votes to X": the voter before the verb is one ("it" may be
# the Assembly: "it gave 160 votes to X")
_ONE_VOTER_GAVE = patterns.compile(
    r"(?:\bdelegation|<C\d+>(?:['’]s)?|\b(?:he|she))(?: [\w-]+){0,2}? $", re.IGNORECASE
)


def _gave_votes_to(m: re.Match[str]) -> Iterator[tuple[int, ...]]:
    """X's count, unless one voter gave X its votes."""
    if _ONE_VOTER_GAVE.search(m.string, max(0, m.start() - 60), m.start()):
        yield CLAIM_ONLY, int(m.group(2))
        return
    yield int(m.group(3)), int(m.group(2))


def _number_for(m: re.Match[str]) -> Iterator[tuple[int, ...]]:
    """X's count, unless one voter's votes for X are told."""
    if _one_voters(m):
        yield CLAIM_ONLY, int(m.group(2))
        return
    yield int(m.group(3)), int(m.group(2))


def _more_votes_than(m: re.Match[str]) -> Iterator[tuple[int, ...]]:
    rival = int(m.group("rival"))
    if m.group("pronoun"):
        for reference, value in _pronoun("first")(m):
            yield reference, value, None, 1, rival
    else:
        yield int(m.group(1)), int(m.group("first"))
    yield rival, int(m.group("second"))


def failed_comparisons(skeleton: str, values: dict[int, float | None]) -> set[int]:
    """The number tokens of "N more votes than Y (A-B)" comparisons that the numbers do not
    bear out: A must exceed B ("fewer": fall short of it), by N where N is stated in figures."""
    failed: set[int] = set()
    for m in _MORE_VOTES_THAN.finditer(skeleton):
        first, second = int(m.group("first")), int(m.group("second"))
        a, b = values.get(first), values.get(second)
        diff = values.get(int(m.group("diff"))) if m.group("diff") else None
        more = m.group("cmp").lower() == "more"
        holds = a is not None and b is not None and (a > b if more else a < b)
        if holds and diff is not None and abs(a - b) != diff:
            holds = False
        if not holds:
            failed.update((first, second))
    return failed


def _both_tied(m: re.Match[str]) -> Iterator[tuple[int, ...]]:
    """The two candidates named last share the number they tied on; a bare "they" may
    stand for more than two, so it counts only with "each"."""
    if m.group("who").lower() == "they" and not m.group("each"):
        return
    number = int(m.group("tied"))
    yield FORMER_REFERENCE, number
    yield LATTER_REFERENCE, number


def _tied_score(m: re.Match[str]) -> Iterator[tuple[int, ...]]:
    """A tie told as a score with no name: the last two named, one side each (a tie, so
    the order does not matter)."""
    yield FORMER_REFERENCE, int(m.group("tied"))
    yield LATTER_REFERENCE, int(m.group("other"))


def _favour_one(m: re.Match[str]) -> Iterator[tuple[int, ...]]:
    """The first number of "N to M in favour of X" is X's; M went to no one named, or to the
    one X was voted for over ("voted 179-4 for X over Y")."""
    first, second = (2, 4) if m.group(2) else (6, 8)
    yield int(m.group(9)), int(m.group(first))
    yield (int(m.group(10)) if m.group(10) else CLAIM_ONLY), int(m.group(second))


def _score_sides(m: re.Match[str]) -> Iterator[tuple[int, ...]]:
    yield WINNER_REFERENCE, int(m.group("won"))
    yield LOSER_REFERENCE, int(m.group("lost"))


# A word every defeat verb holds ("edg" for "edged", "edging", "edges"): the gate of the
# rules reading BEAT_VERBS
_BEAT_WORDS = (
    "beat", "defeat", "edg", "trounc", "upset", "oust", "outpoll", "best", "pip", "overcame",
    "nipp",
    "won against", "round against", "ballot against", "off against", " out over", " out against", "prevailed over", "topp", "unseat", "usurp",
    "dethron", "outvot", "rout", "thrash", " off", "crush", "downed", "overwhelmed", "vanquish", "outlast", "outdistanc",
    "triumphed over", " past", "dispatch", "floored", "flooring", "humbled", "humbling", "dislodg", "wallop",
    "clobber", "chosen over", "selected over", "picked over", "preferred over",
    "off over", "election over", "race over", "contest over", "ballot over", "primary over",
    "nomination over",
    "victory over", "victory against", "win over", "win against", "triumph over",
)  # fmt: skip

_ORDINAL = (
    r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|"
    r"final|last)"
)
# "the second, third and fourth rounds": the rounds a list of counts is in, in order
_ROUND_LIST = rf"{_ORDINAL}(?:,? (?:and )?{_ORDINAL}){{1,3}} (?:rounds|ballots)\b"


def _rule(
    name: str,
    pattern: str,
    read: Reader,
    words: tuple[str, ...] = (),
    needs_vote_word: bool = False,
) -> Rule:
    """A rule; with `words`, tried only on skeletons holding one of them (a cheap `in` test
    spares most skeletons a rule for a rare phrasing)."""
    compiled = patterns.compile(pattern, re.IGNORECASE)
    return Rule(name, compiled, read, "<C(" in pattern, words, needs_vote_word)


# A sentence that speaks of a vote or its round, for verbs that report other races too
_VOTE_SPOKEN = patterns.compile(
    r"\b(?:vot(?:e|es|ed|ing)|ballots?|polls?|polling|(?:re-?)?elect\w*|run-?offs?|rounds?|"
    r"first[- ]preferences)\b",
    re.IGNORECASE,
)


_GET = rf"(?:{_STRONG_GET}|{_WEAK_GET})"
# Verbs of where one stands in a count: "is on 35%", "stood at 41%"
_STANDS = r"(?:is|are|was|were|sits|sit|sat|stands|stand|stood|remains|remain|remained)"
# A later year's count after a first one, the subject left out: "... and again in 2011 with
# 55.5%", "... and in 2016 winning 61%" (the year read as no number)
_AGAIN_IN_YEAR = (
    r"(?: of the (?:valid |popular )?votes?(?: cast)?)?,? and (?:(?:again|later|once more) )?"
    r"in <X\d+>,? (?:with|winning|obtaining|taking|securing|polling|getting|garnering|"
    r"receiving) <[NP](?P<later>\d+)>"
)
_AGAIN_IN_YEAR_WORDS = ("and in <x", "again in <x", "later in <x", "more in <x")
# The two bodies electing the judges of the International Court of Justice together
_ICJ_BODY = r"(?:Security Council|General Assembly|Council|Assembly)\b"
# The comma closing an aside, or a US state's abbreviation that swallowed it ("X, pastor of
# Y in Petal, Miss. received 1,685")
_ASIDE_END = r"(?:, [A-Z][a-z]{1,4}\.,?|,)"
# An apposition naming no one between a subject and its verb: "X, the incumbent, won ..."
_APPOSITION = r"(?:, [^<,;:()]{3,90},)?"
# A relative clause set off after a subject ("X, who has promised ... to three, won by")
_WHO_APPOSITION = r", (?:who|whose) (?:[^<,;:()]|<[CNX]\d+>){3,160}?,"
_SCORE_TO = r"(?: to |-|–|—| [-–—] | votes? to )"  # "120 to 70", "216-212", "115 - 92"
# "120 to 70", and "beating X by 783 votes to her 494": the loser's count owned by a pronoun
# standing for X
_SCORE_TO_OWN = (
    r"(?: to (?:(?:his|her|its|their) )?|-|–|—| [-–—] | votes? to (?:(?:his|her|its|their) )?)"
)
# Words after a subject before its clause's verb: no other candidate, except the one it
# replaces ("X, replacing outgoing Y, after beating Z")
_SUBJECT_ASIDE = (
    r"(?:[^<;:]|<X\d+>|(?:(?<=replacing )|(?<=succeeding )|(?<=outgoing )|(?<=incumbent )|"
    r"(?<=of the ))<C\d+>)"
)
# "her victory ... at 57% to X's 43%": the result itself is the subject, so the figures may
# come after a longer aside than after a bare pronoun
_OWN_RESULT = r"(?<=his|her|its) (?:victory|win|margin|result|share|lead|tally)\b"
# what a perfect participle opening a sentence says was got: "Having secured 97 votes, X"
_HAVING_GOT = (
    r"(?:received|won|secured|obtained|garnered|gained|polled|collected|earned|got|gotten)"
)
# a running count's move, up or down, to its new figure (after it)
_MOVED_TO = (
    r"(?:has |had |have )?(?:now |then |since |further |steadily )?(?:risen|rose|climbed|"
    r"jumped|leapt|leaped|surged|grown|grew|increased|edged|crept|dropped|fell|fallen|slipped|"
    r"slid|dwindled|declined|shrunk|shrank)(?: up| ahead| back| down)? to "
)
_QUANT = (  # "won the backing of 172 member states" counts them as X's voters
    # ("a total votes of 254,698", as Nigerian reports put it; Liberian ones: "obtains
    # total votes of 4,540"; "secured a winning total of 24 votes": the count, however the
    # total is qualified)
    r"(?:(?:only|just|(?:a )?total votes? of|(?:a |the )?(?:final |lowest |highest |winning )?(?:tally|total) of|some|nearly|a|an|the|all|exactly|"
    r"about|around|almost|roughly|approximately|mere|remaining|"
    # "got the needed 115 votes" (figures.py lets the count through after a verb of getting)
    r"needed|required|necessary|requisite|"
    # "with an impressive 54.3%", "a whopping 160 votes"
    r"impressive|overwhelming|comfortable|whopping|massive|solid|healthy|respectable|perfect|"
    # "came third with a credible 10%", "a creditable 4,210 votes": praise, still the count
    r"credible|creditable|decent|handsome|"
    # "topped the poll with a leading 177 votes", "a record 181 votes", "a resounding 150"
    r"leading|record|commanding|resounding|convincing|decisive|hefty|sizeable|sizable|"
    # "received a paltry one vote", "a meagre 12 votes": a small count, still the count
    r"paltry|meagre|meager|measly|modest|miserly|"
    # "crowned leader with a landslide 77.8% of the vote", "won with a narrow 50.4%"
    r"landslide|narrow|slim|razor-thin|clear|strong|"
    # "has garnered a cumulative 57% over the regional rounds": the running total is the
    # count (never "a combined 45%": two rivals' counts summed)
    r"cumulative|overall|"
    # "polled a total 15,191,847 votes", as Nigerian reports drop the "of": the count so named
    r"total(?= <N\d+> votes)|"
    r"(?:support|backing|endorsement|votes) of|"
    # "won with support reaching 41.2 percent", as Polish reports put it (a share only)
    r"support (?:reaching|amounting to|totall?ing|standing at)(?= <P)|"
    # "received a vote of 51,651", as Irish and older reports put it (never a score: "by a
    # vote of 120 to 80" is the vote's tally, read by the pair rules)
    r"vote of(?= <N\d+>(?! (?:votes? )?to |[-–]))|"
    # "received a vote count of 4,210", "got a vote value of 6,38,116" (India's electoral
    # college weighs each vote), "secured a vote share of 45.2%": the count so named
    r"(?:a |the )?(?:final |total )?vote (?:count|value|tally|total) of(?= <N)|"
    r"(?:a |the )?vote share of(?= <P)|"
    # "obtained a share of 3.41 per cent": the share so named (a share of seats stays unread)
    r"a share of(?= <P\d+>(?! of (?:the )?seats))|"
    # "re-elected with a score of 64.2%", "obtained a score of 41%", as French reports put it
    # (a share only: "a score of 3-1" is a match's)
    r"score of(?= <P)|"
    # "with more than 1.2 million votes or 58.75% of the total": a rounded count (no tally)
    # then the exact share
    r"(?:more than|over|upwards of|in excess of) <X\d+> votes?,? or(?= <P)|"
    # "getting an overwhelming majority of 184 votes out of 192": a majority out of the whole
    # (figures.py lets only that count through; "a majority of 5,400" alone is a margin)
    r"majority of(?= <N\d+> (?:votes? )?out of)|"
    # "was knocked out with his 3,344 votes": the subject's own count
    r"(?:his|her|its|their)(?= <[NP]\d+>)|"
    # "who received in the first round 46.5%", as translations put it: the round's count
    r"in the (?:first|second|third|final|last|opening) (?:round|ballot)(?= <[NP]\d+>)|"
    # "got maximum 41 votes" (the most, as Indian reports put it), "polling a majority 49
    # votes": the count right after; never "a maximum of 41 votes" (a cap, no count)
    r"(?:maximum|highest|majority)(?= <N\d+> votes?\b)|"
    # "got the highest number of 164 votes": the most any got, and the count right after
    r"(?:highest|largest|greatest|biggest|maximum) number of(?= <N\d+> votes?\b)|"
    # "scored the highest number of votes, totalling 32,405", as Nigerian reports put it
    r"(?:highest|largest|greatest|biggest|maximum) number of votes,? (?:totall?ing|numbering|"
    r"amounting to)(?= <N\d+>)|"
    # "scored the maximum of 146 votes": the most (figures.py lets only that through)
    r"maximum of(?= <N\d+> votes?\b)|"
    # "bagged votes from a total of 2,412 electors": voters counted, never "from 12 districts"
    rf"votes from(?= (?:a total of )?<N\d+> {VOTERS}\b)|"
    # "secured the necessary absolute majority of 62.1 percent": figures.py lets through
    # only a share above half after it; a count only in a score ("with an overwhelming
    # majority of 137 votes to the 26 for Y")
    r"(?:an?|the) (?:necessary |required )?(?:absolute |clear |overwhelming )?majority of"
    r"(?= <P| <N\d+> votes? to\b))\s+|"
    # "had received a majority - 115 votes - in the Assembly": the count set off after it
    rf"(?:an?|the) (?:clear |absolute |simple |comfortable |narrow )?majority(?:,| [-–—]) "
    rf"(?=<N\d+> {VOTERS}\b)|"
    # "with more than 1.79 million votes (79.64%)", "nearly 52,000 votes (61.2 percent)": a
    # rounded count (no tally) and the exact share in brackets after it
    r"(?:more than|over|upwards of|in excess of|nearly|almost|about|around|roughly|some) "
    r"<X\d+> votes? \((?=<P))*"
)
# Not the first of a list of counts ("took 30, 20 and 10 votes"): the list's rules read it
_NOT_LIST_HEAD = rf"(?!(?: {VOTERS})?(?:,| and|,? &) <[NP])"
# A rank among the counts, then the count itself: "the highest number of votes, 61", "the
# second most votes at 148", "the majority of votes, a total of 129" (or at the bottom: "the
# lowest number of votes — 155 —", "the fewest, 12"); the count is the last group
_RANKED_VOTES_COUNT = (
    r"(?:the )?(?:(?:second|third|next)[- ])?(?:"
    r"(?:(?:highest|most|largest|greatest|lowest|fewest|smallest|least) (?:number of )?"
    r"|majority of (?:the )?)(?:first[- ]preference |popular |valid )?(?:votes|ballots)"
    # ("the most votes - 584 - out of all": the count set off by dashes; "the greatest
    # number of votes in the election, 19,219,919": where, then the count)
    r"(?:,? at|,? with|,| of|:| [-–—]| in (?:the )?[^<,;:]{1,40}?(?:,? at|,? with|:|,)"
    # "the highest number of votes of the four countries – 146": the field, then the count
    r"| (?:of|among) (?:all )?(?:the )?(?:<[NX]\d+> )?[a-z]{3,20}(?: [a-z]{3,20})?(?:,| [-–—])) "
    rf"{_QUANT}(?=<N)|"
    # "the highest share of the vote, 45.2%", "the lowest share of the vote this round
    # (7.42%)": the rank of a share, then the share itself
    r"(?:highest|largest|greatest|biggest|lowest|smallest) (?:share|percentage|proportion) "
    r"of (?:the )?(?:first[- ]preference |popular |valid )?(?:votes?|ballots)"
    r"(?: [^<,;:()]{1,30}?)?(?:,? (?:at|with|of) |, |: | [-–—] | \()"
    r"(?=<P))"
    # (its share folded in: "19,219,919, that represents 38.21% of the votes issued")
    r"<[NP](\d+)>(?= ?(?:votes?)?(?:[,.;)]|$| [-–—]| of (?:the )?(?:total|votes?|ballots?)\b))"
)
_RANKED_VOTES_WORDS = (
    "highest",
    "most",
    "largest",
    "greatest",
    "biggest",
    "lowest",
    "fewest",
    "smallest",
    "least",
    "majority of",
)
_COUNTS = (  # what may follow a weak verb's number: votes, a clause's end, never "15 ballots to"
    r"(?!\s+(?:ballots(?! (?:cast |marked )?in (?:its|his|her|their) favou?r)|rounds|attempts|tries|"
    r"times)\b)"
    # "with 20 votes against and 3 abstentions", "with 97 votes still to be counted": no one's
    # (nor "with 2 against and 2 abstentions": a yes-or-no vote's noes, the unit left out)
    r"(?!\s+votes? (?:still\b|yet to\b|uncounted\b|outstanding\b))"
    # "with 5 States abstaining", "with 3 members absent": those who voted for no one
    r"(?!\s+(?:[\w-]+\s+)?(?:abstain(?:ing|ed)|abstentions?|absent|not voting)\b)"
    r"(?!\s+(?:votes? )?against(?=[,.;)]|$| and\b))"
    # "X with 141 led Y with 108": the count, then the lead or the win it gave
    rf"(?=\s*(?:{VOTERS}|[,.;)]|$|\s(?:and|or|to|in|on|of|out|against|while|whereas|compared|versus|"
    # ("X won with 587,010 beating Y": the count, its share folded in, then the win's clause)
    r"led(?! by)|beat(?:ing)?|defeat(?:ed|ing)|trailed|topped|edged|"
    # "X is third with 19,451 followed by Y", "with 61 ahead of Y": the count, then the next
    # (its place said between: "followed in 8th place by Y", "followed closely by Y")
    r"followed (?:closely |in [\w-]+ (?:place|spot|position) )?by|ahead of|"
    # "X had a 42.5 percent share", "took a 38% vote share": the share named after the figure
    # (a share of something else is no vote: "a 12 per cent share of the market")
    r"(?:vote )?share(?! (?:of|in) (?!(?:the )?(?:votes?|ballots?|poll)\b))|"
    # "X with 1,315 came next", "X with 40 finished third": the count, then the place it gave
    r"came (?:next|in|first|second|third|fourth|fifth|sixth|last)|finished|placed|"
    # "with 6,730,413 votes which represent 51.59% approximately": a figure hedged after it
    r"approximately|roughly|"
    # "led the poll with 63.4% nationwide": where the count was made, then the clause's end
    r"nationwide|nationally|statewide|countrywide|"
    # "with 73 from 208 votes": a count out of a total (not "with 6 from 2015 onwards")
    # "led with 3,103 votes, or 48.79 percent at the last count Thursday", "as of
    # Friday": the count's moment, not another election's ("at the last election")
    r"as of|at (?:the )?(?:last|latest|final|most recent) (?:count|tally)|"
    r"once)\b|\sfrom <[XN]\d+>(?= (?:[\w-]+ ){0,2}?(?:votes|ballots)\b)"
    # "with 102/156 votes": a count over the ballots cast
    r"|/<X\d+> (?:valid )?(?:votes|ballots)\b"
    # "took a 38.2 per cent share of the vote": a share named as such
    r"|(?<=>) share of the (?:[a-z]+ )?(?:votes?|poll|ballots?)\b"
    # "had 31% support", "pulled 16% support": a leadership ballot's share named as support
    # (not "with 26% support", a poll's wording as often, nor a poll's or survey's support)
    r"|(?<=>)(?<!with <P\d>)(?<!with <P\d\d>) support\b"
    r"(?! (?:in|from) (?:the |a |an )?(?:[\w-]+ )?(?:polls?|surveys?)\b)))"
)
# "Ghana achieved 20 in the rankings", "got 20 on the index": a place or score in a table,
# a contest of other things than votes
_NOT_A_VOTES_COUNT = (
    r"(?!(?: [\w-]+)? (?:in|on|at) (?:the |its |their |a |this )?(?:[\w-]+ ){0,2}?"
    r"(?:rankings?|standings|table|league|index|charts?|tournament|championships?|games|olympics|"
    r"competition|cup|survey|leaderboard)\b)"
)
# "won 40 seats and 52% of the vote", "won 26 states and 52%": the seats or states won (no
# count) before the vote's figure
_SEATS_FIRST = r"(?:<X\d+> (?:[\w-]+ )?(?:seats|states) (?:and|as well as|plus) )?"
# "India topped the group with 163 votes for X": votes for another named after the count are
# that one's (the subject is X's country or party), not the subject's
_FOR_ANOTHER = r"(?! votes? for (?:(?:its|his|her|their) (?:[a-z-]+ ){0,2})?<C\d+>(?!['’]s))"
# "90 of the 193 nations in the Assembly": the total and where they sit, before the verb
# The one after "by" described first: "polled by the foreign minister of Fiji Y" (a name
# inside the description is followed by the one it describes)
# (or by the owner's pronoun: "the 10,380 garnered by his closest contender Y")
_BY_DESCRIBED = r"(?:(?:the|his|her|their) (?:[^<,;]|<C\d+>(?= )){1,60}? )?"
_OF_TOTAL = (
    rf"(?: (?:out )?of (?:the |all )?<X\d+> {VOTERS}"
    r"(?: (?:in|at|on) (?:the )?(?-i:[A-Z])[\w.-]*(?: (?-i:[A-Z])[\w.-]*){0,4})?)"
)
# "171 out of 184 states, participating in the session, voted for X", "... member states
# of the body, which took part in the voting, supported X": the voters' aside between
# commas, before their verb (after a stated total only, where the count is plainly theirs)
_VOTERS_ASIDE = r"(?:(?: of (?:the )?[\w ]{1,30}?)?, [^<,;:()]{3,60},)"
# "X of the Vila Nova (New Town) Citizens Association": a person's organisation, whose
# capitalised words may read as names of their own
_OF_BODY = r"(?: of (?:the )?(?:[^<,;]|<C\d+>){1,80}?)"
# "X got 120 votes, down from 98 ...": a count and the earlier one it changed from
_CHANGED_FROM = (
    rf"\b(?:{_STRONG_GET}|{_WEAK_GET}) {_QUANT}<[NP](?P<now>\d+)>"
    rf"(?: of the (?:valid |popular )?(?:votes?|ballots?)(?: cast)?| {VOTERS})?"
    # the count's own round between ("62 percent in the run-off, up from 38 percent")
    r"(?: (?:in|on) (?:the |a |this )?(?:[\w'’-]+ ){0,2}?(?:round|ballot|run-?off|runoff)s?)?,? "
    r"(?:(?:up|down|rising|falling|climbing|dropping|slipping|an? (?:rise|fall|drop|jump|gain|"
    r"increase|decrease))"
    # the change itself ("up 12 from 40", "down by 3 points from 45%"): nobody's tally
    r"(?: (?:by )?<(?P<by_kind>[NPX])(?P<by>\d+)>(?: votes?| (?:percentage )?points?)?)?"
    # ("down from the 2009 total of 65.9%": the past race's year, then its figure)
    r" from (?:the |just |only )?(?:<X\d+> (?:total|figure|result|share|tally) of )?"
    r"<[NP](?P<was>\d+)>"
    # "compared to 4.55% in the 2009 elections": a past race's figure, its year said after
    r"|(?:compared (?:to|with)|as against) <[NP](?P<was_then>\d+)>"
    r"(?= (?:in|at) (?:the )?<X\d+>))"
)
_NOW_GROUP = "now"
# A relative clause's words up to its subject's verb: never into another clause ("while",
# "but") or another relative clause, whose verb has a subject of its own
_RELATIVE_GAP = (
    r"(?:(?!\b(?:while|whereas|but|although|though|which|who|whose|that)\b)"
    r"(?:[^<;:–—]|<X\d+>)){1,180}?"
)
# Offices a body elects one person to ("the Assembly elected its new President")
# ("chair" is left out: committees and boards elect chairs of many things in one text)
_OFFICES = r"(?:president|speaker|secretary-general|director-general|prosecutor|high commissioner)"
# "the world body elected its new president, by a vote of 178 in favour": no one named
_ELECTED_OFFICE = patterns.compile(
    rf"\belected (?:its|the|their|a) (?:new )?(?P<office>{_OFFICES})\b,? by (?:a (?:recorded )?"
    rf"vote of|an? (?:absolute |two-thirds |simple )?majority of) <N(?P<number>\d+)>",
    re.IGNORECASE,
)
# An appositive between a person and the office they were elected to: "X, of Y, as President"
_APPOSITIVE = r"(?:,(?:[^<.;]|<C\d+>){1,160}?,)?"


# "The new President-elect defeated Y by a vote of 94 to 90": the office's new holder, whom
# the text elsewhere says was elected to it, as the subject of a defeat
_NEW_HOLDER = (
    rf"^\W*(?-i:The) (?:new |newly[- ]elected )?(?P<office>{_OFFICES})(?:-elect)?\b"
    rf"{gap(0, 40)}{BEAT_VERBS} {gap(0, 30)}{C}{gap(0, 40)}<N(?P<number>\d+)>(?: votes?)?"
    rf"{_SCORE_TO}{N}"
)
_NEW_HOLDER_AT_START = patterns.compile(_NEW_HOLDER, re.IGNORECASE)


def elected_office(skeleton: str) -> str | None:
    """The office a skeleton says a body elected someone to by a vote, naming no one, or
    whose new holder it says won a vote."""
    found = _ELECTED_OFFICE.search(skeleton) or _NEW_HOLDER_AT_START.search(skeleton)
    return found.group("office").lower() if found else None


def _new_holder_beat(m: re.Match[str]) -> Iterator[tuple[int, ...]]:
    yield ELECTED_REFERENCE, int(m.group("number"))
    yield int(m.group(2)), int(m.group(4))


def _possessive_tally_to(m: re.Match[str]) -> Iterator[tuple[int, ...]]:
    if m.group(2) is not None:
        yield CLAIM_ONLY, int(m.group(2))
    yield int(m.group(1)), int(m.group(3))


def _gain_to_reach(m: re.Match[str]) -> Iterator[tuple[int, ...]]:
    yield CLAIM_ONLY, int(m.group(2))
    yield int(m.group(1)), int(m.group(3))


def _beaten_by_vote_of(m: re.Match[str]) -> Iterator[tuple[int, ...]]:
    """ "... defeated Y by a vote of 94 to 90" with no winner read: Y's is the second side;
    the first is the unnamed winner's, never Y's."""
    yield CLAIM_ONLY, int(m.group(3))
    yield int(m.group(1)), int(m.group(5))


@lru_cache(maxsize=64)
def _elected_as(office: str) -> re.Pattern[str]:
    return patterns.compile(
        rf"\belected (?:by acclamation |unanimously )?{C}{_APPOSITIVE} as (?:its |the |their )?"
        rf"(?:new )?{re.escape(office)}\b|{C}{_APPOSITIVE} (?:was|is|has been|had been) "
        rf"(?:unanimously )?elected (?:as )?(?:its |the |their )?(?:new )?{re.escape(office)}\b",
        re.IGNORECASE,
    )


def elected_as(skeleton: str, office: str) -> list[int]:
    """The candidate tokens a skeleton says were elected to `office` ("elected X as President",
    "X was elected President")."""
    return [int(m.group(1) or m.group(2)) for m in _elected_as(office).finditer(skeleton)]


# Words that describe a contestant ("the Nordic nation", "the EU member state", "the former
# minister"), never the body that votes ("the Assembly")
_CONTESTANT = (
    r"(?:nation|country|state|republic|kingdom|island|islands|archipelago|democracy|candidate|"
    r"incumbent|challenger|contender|hopeful|newcomer|favourite|favorite|winner|neighbour|"
    r"neighbor|ally|minister|diplomat|envoy|ambassador|official|lawmaker|politician)"
)
# The two organs that elect the judges of the International Court of Justice
_ORGAN = r"(?:(?:General )?Assembly|(?:Security )?Council)\b"
_LIST = rf"{C}(?:{gap(0, 3)}(?:,|and|&){gap(0, 4)}{C}){{0,5}}"  # "X, Y and Z": six at most
# A name with the country it is from: "France's X", "Prince X of Jordan"
# a name with its possessor or place: "Peru's X", "X of Chile", "X of the US"
_FROM = (
    rf"(?:(?-i:[A-Z])[\w-]+(?:'s|’s) )?{C}"
    # (whose side or home: "X of the Greens", "X from Egypt")
    r"(?: (?:of|from) (?:the )?(?-i:[A-Z])[\w-]+(?: (?-i:[A-Z])[\w-]+)?)?"
    # (or bracketed: "X (Mexico) and Y (Costa Rica)"; no number or name inside)
    r"(?: \((?-i:[A-Z])[A-Za-z .'’-]{1,30}\))?"
)
# (a later name with its role before it: "X of CCC and independent candidate Y")
# (or with a capitalised office set off by commas: "X, and Mexico's Secretary of Foreign
# Affairs, Y", "X and Interior Minister Y")
_LIST_OFFICE_BEFORE = (
    r"(?-i: (?:[A-Z][\w-]*['’]s )?(?:[A-Z][\w-]* ){0,2}(?:Minister|Secretary|Ambassador|"
    r"Governor|Senator|Director|Chancellor)(?: of(?: the)?(?: [A-Z][\w-]*){1,3})?,? )"
)
# (a name described between commas: "X, a former party chairman, and Y won 21 votes each")
_LIST_APPOSITIVE = r"(?:, (?-i:an?|the) [^<,;:()]{1,50}(?=,))?"
_LIST_FROM = (
    rf"{_FROM}{_LIST_APPOSITIVE}(?:{gap(0, 3)}(?:,|and|&)"
    rf"(?:{gap(0, 4)}| {_LIST_ROLE_BEFORE}|{_LIST_OFFICE_BEFORE})"
    rf"{_FROM}){{0,5}}"
)
# Not right after another name and a list's joint ("X, Y and Z won 134 votes": one joint count)
# "the Danish former culture minister": a country's word describing someone, no candidate
_DEMONYM_IN_DESCRIPTION = r"(?<=the )<C\d+>(?= (?!and\b|or\b)[a-z])"
# "The former <C0> international received 31 votes": a country or subject inside a person's
# description, whom described-verb reads
_NOT_IN_DESCRIPTION = rf"(?!(?<=\bformer )<C\d+> (?:[a-z-]+ )?(?:{'|'.join(_DESCRIBED_ROLES)})\b)"
_NOT_AFTER_NAME = (
    r"(?<!<C\d> and )(?<!<C\d\d> and )(?<!<C\d> & )(?<!<C\d\d> & )"
    # (nor the country one is the president-elect of: "X is the President-elect of the
    # Republic of Y, after securing 52%" is X's)
    r"(?<!-elect of the )(?<!-elect of )"
)
# The seat's holder before the vote: "won the seat (previously) held by X with 42%"; the
# one who nominated the candidate: neither is the subject of the verb of getting after it
# (or backed them: "Y, backed by President Z, trailed with 46%" is Y's)
_PUT_UP_VERBS = (
    "nominated",
    "chosen",
    "proposed",
    "fielded",
    "endorsed",
    "sponsored",
    "backed",
    "supported",
)
_HOLDER_LOOKS = (
    [
        f"{before}{held} by {the}"
        for before in ("seat ", "previously ", "formerly ", "currently ", "now ")
        for held in ("held", "occupied")  # ("vacated by" below, whatever comes before it)
        for the in ("", "the ")
    ]
    + [  # the one who put the candidate up: "X was chosen by China ... and won 149 votes"
        f"{verb} by {the}" for verb in _PUT_UP_VERBS for the in ("", "the ")
    ]
    + [  # the outgoing member: "elected to the seat (that will be) left vacant by X with 183"
        f"{vacant} by {the}" for vacant in ("vacated", "vacant") for the in ("", "the ")
    ]
)
# the backer's side before its name: "X, backed by the centre-right Y, came out on top with
# 31%" is X's, as after "backed by the Y" (the first look ends as the side word does, so the
# looks of the whole phrase are tried only after one)
_BACKER_SIDES = (
    "centre-left", "centre-right", "center-left", "center-right", "left-wing", "right-wing",
    "ruling", "opposition", "conservative", "liberal", "nationalist", "socialist",
)  # fmt: skip
_BACKER_SIDE_BEFORE = (
    "(?:(?<!-left )(?<!-right )(?<!-wing )(?<!ruling )(?<!opposition )(?<!conservative )"
    "(?<!liberal )(?<!nationalist )(?<!socialist )|"
    + "".join(
        f"(?<!{verb} by {the}{side} )"
        for verb in _PUT_UP_VERBS
        for the in ("", "the ")
        for side in _BACKER_SIDES
    )
    + ")"
)
# the office one ran for: "X who ran for the position of Education Officer got 1,333"
_OFFICE_LOOKS = [
    f"{office} of {the}" for office in ("position", "post", "office") for the in ("", "the ")
]
# A name that only says whose votes are meant: "X picked up most of the Y votes and led with
# 32" (Y's voters went to X, the subject)
_VOTES_OF = r"(?<=of the )<C\d+>(?= votes\b)"
# (a holder's look ends on "by " or "by the ", an office's on "of " or "of the ": a name after
# none of them is let through at once)
_SEAT_HOLDER_BEFORE = (
    "(?:(?<!by )(?<!by the )|" + "".join(f"(?<!{look})" for look in _HOLDER_LOOKS) + ")"
    "(?:(?<! of )(?<! of the )|" + "".join(f"(?<!{look})" for look in _OFFICE_LOOKS) + ")"
    # a backer: "She had backing from X and picked up support from 70 Y lawmakers" (X
    # gave support, it got none)
    "(?<!backing from )(?<!support from )"
    + _BACKER_SIDE_BEFORE
    # nor a later one of several who put the candidate up: "X who was nominated by the Y, Z
    # coalition received 28 votes"
    + "(?:(?<!, )(?<! and )|"
    + "".join(
        f"(?<!{verb} by {the}<C{digits}>{joint})"
        for verb in _PUT_UP_VERBS
        for the in ("", "the ")
        for digits in (r"\d", r"\d\d")
        for joint in (", ", " and ")
    )
    + ")"
)
_SEAT_HOLDER = (
    "(?:(?:(?<=by )|(?<=by the ))(?:" + "|".join(f"(?<={look})" for look in _HOLDER_LOOKS) + ")"
    "|(?:(?<= of )|(?<= of the ))(?:"
    + "|".join(f"(?<={look})" for look in _OFFICE_LOOKS)
    + r"))<C\d+>(?:(?:, | and (?:the )?)<C\d+>){0,3}"
    # the body whose office it is: "X was elected as Labour's new leader with 57%"
    r"|(?:(?<=elected )|(?<=elected as )|(?<=chosen as ))<C\d+>(?=['’]s (?:new )?"
    r"(?:leader|deputy leader|president|chair(?:man|woman)?)\b)"
)
# A sentence opening on a participle's clause with a number, before the clause's subject
_OPENING_PARTICIPLE = (
    r"^\W*(?:After|Despite) (?:coming|finishing|placing|winning|taking|getting|receiving|"
    r"securing|polling|garnering|gaining)\b(?:[^<,–—;:]|<X\d+>){0,60}? (?:with|on|at) "
    rf"{_QUANT}{NUM}(?: of (?:the )?(?:votes?|ballots?)(?: cast)?)?, "
)
# a country describing the beaten one before the name: "Qatar's World Cup chief Y",
# "French candidate Y"
# (set off by a comma when one or two words describe: "upset the Swiss favorite, Y, 53-36")
_DESCRIBED_BY_COUNTRY = (
    r"(?:<C\d+>(?:['’]s)? (?!(?:and|or|&|nor|then)\b)"
    r"(?:[a-z-]+(?: [a-z-]+)?, (?=<C)|[^<,]{1,40}?))?"
)
# a loser described by the place it stands for, set off by a comma before its name: "the
# Congress MP from Trivandrum, Y", "the former mayor of Lagos, Y"
_DESCRIBED_BY_PLACE = r"(?:(?:from|of|for) <C\d+>, )?"
# a description set off by commas after a subject, from a small word on: ", the head of the
# federation since 2006,"
# (no name in it but a modifier after "the": ", replacing outgoing Y," would make the winner
# the body before it; ", the president of the French federation," is the winner's own)
# a bracketed gloss holding a name, a comma allowed: "Vetevendosje (Self-Determination, Y)"
_GLOSS = r"\((?:[^<;:()]|<[CX]\d+>){0,60}?<C\d+>(?:[^<;:()]|<[CX]\d+>){0,60}?\)"
_SUBJECT_APPOSITIVE = (
    # up to three descriptions in a row, a name in them only as what describes ("a former
    # Conservative Party lawmaker, a two-time 1,500-meter champion and organiser of the 2012
    # London Olympics,"): a name there is never the subject
    r"(?:(?:, (?=[a-z])(?!(?:and|but|while|whereas|then)\b)"
    # (one opened by "a"/"an" holds a name after any describing word: "a 63 year-old Sunni
    # Arab", "a close ally of Governor Y"; not "replacing outgoing Y", a clause of its own)
    r"(?:an? (?:[^<,;:()]|<X\d+>|(?<=[a-z] )<C\d+>|<N\d+>(?=-[a-z])){1,78}|"
    # (a relative clause on the subject holds any name: "X, who won praise from Y, beat Z")
    r"who (?:[^<,;:()]|<[CX]\d+>){3,100}|"
    # ("the first Republican to win since Y in 1965": the one before, never the subject;
    # "head of the federation and Y's Olympic committee": an owner describes, too)
    r"(?:[^<,;:()]|<X\d+>|(?:(?<=the )|(?<=former )|(?<=since )|(?<=<X\d> )|(?<=<X\d\d> ))<C\d+>|"
    r"<C\d+>(?='s )|"
    r"<N\d+>(?=-[a-z])){1,80})){1,3},)?"
)
# what a vote passes or throws out, named by the word before it ("the Activities fee")
_MEASURE = (
    r"(?:fee|motion|bill|proposal|amendment|plan|resolution|measure|levy|budget|law|policy|"
    r"ordinance|charter|treaty|deal|agreement|initiative|reform|project|scheme)s?\b"
)
# a side or home set off by commas that names no candidate: "Jane Doe, Labour, 2,001 votes",
# "X, of York, 40", "X, JLP (5,726)"
_SIDE_ASIDE = r", (?:(?:of|from) )?(?-i:[A-Z])[\w'’-]+(?: (?-i:[A-Z])[\w'’-]+)?(?=,| \()"
# a US member's party and state: "Jane Doe, D-New York, 212 votes"
_PARTY_STATE = r", [DRI]-[A-Z][\w.]*(?: [A-Z][\w.]*)?(?=,)"
# the seat a member holds, between the name and a listed count: "X, MP for Avon, 13", "X,
# M.P. for Bay of Plenty, 13", "X, member for Avon, 13" (the seat named, never a contestant)
_SEAT_ASIDE = (
    r", (?:the )?(?:MP|M\.P\.|MLA|M\.L\.A\.|member) for(?: the)?(?: (?-i:[A-Z])[\w'’.-]*| of| and){1,5}"
    r"(?=,)"
)
# a nominee's country before a bracketed count: "X of the Russian Federation (143)", "X of
# Trinidad and Tobago (142 votes)"
_OF_COUNTRY = r" of(?: the)?(?: (?-i:[A-Z])[\w'’-]*| of| and){1,5}(?= \()"
# a nominee's description between the name and its bracketed votes: "X of Italy, the
# Court's current president (146 votes)" (no name, number or clause inside it)
_DESCRIBED_BRACKET = (
    r"(?: of(?: the)?(?: (?-i:[A-Z])[\w'’-]*| of| and){1,5})?, (?:the|a|an) [^<>()\d;:.]{1,60}"
    r"(?= \(<N\d+> (?:votes?|ballots?)\))"
)
# numbers in a list, each with its unit: "40 and 31 votes", "3.7 per cent (32 votes) and 2.9
# per cent (26 votes)" (a share's bracketed count leaves its unit and bracket in the skeleton)
# (a count with its share bracketed after it leaves the bracket's end: "2,258 (48 per cent),
# and 1,702 (36 per cent) votes" reads "<N2>), and <N3>) votes")
_NUMS = rf"{NUM}(?: {VOTERS}\)?|\))?(?:(?:,| and|, and|,? &)? {NUM}(?: {VOTERS}\)?|\))?){{1,7}}"


def _subject_beating_score(m: re.Match[str]) -> Iterator[tuple[int, ...]]:
    """The subject's count (a name, or a pronoun for the extractor to resolve) and the
    beaten one's."""
    if m.group(1) is not None:
        yield int(m.group(1)), int(m.group(5))
        yield int(m.group(3)), int(m.group(7))
    else:  # the pronoun stands for someone other than the one beaten
        yield from _pronoun_versus(5, 3, 7)(m)


def _shares_in_order(m: re.Match[str]) -> Iterator[tuple[int, int]]:
    """ "X ... to Y's ..., a 61% to 39% share" (or ", or 61% to 39%"): X's then Y's share."""
    yield int(m.group(1)), int(m.group(3) or m.group(5))
    yield int(m.group(2)), int(m.group(4) or m.group(6))


def _winner_then_respectively(m: re.Match[str]) -> Iterator[tuple[int, int]]:
    """The winner's count, then the losers' in order; nothing when they do not pair up."""
    names = [int(x) for x in _NAME_SLOT.findall(m.group("names"))]
    numbers = [int(x) for x in _NUMBER_SLOT.findall(m.group("numbers"))]
    if len(names) != len(numbers):
        return
    yield int(m.group("winner")), int(m.group("count"))
    yield from zip(names, numbers, strict=True)


def _described_beating_score(m: re.Match[str]) -> Iterator[tuple[int, ...]]:
    """The description's count (when it is one _described accepts) and the beaten one's."""
    beaten = int(m.group("beaten"))
    if m.group("age") or (m.group("word") and lookup(m.group("word"))) or m.group("rank"):
        yield DESCRIBED_REFERENCE, int(m.group("won"))
    yield beaten, int(m.group("lost"))


def _beaten_score(m: re.Match[str]) -> Iterator[tuple[int, int]]:
    """The beaten one's count (the score's second number); the first is nobody's here."""
    yield from _claim_all(m)
    yield int(m.group(1)), int(m.group(6))


def _claim_all(m: re.Match[str]) -> Iterator[tuple[int, int]]:
    """Every number in the match's `rest` is nobody's tally here."""
    for number in _NUMBER_SLOT.findall(m.group("rest")):
        yield CLAIM_ONLY, int(number)


# What a description of the one person beaten may end in: "the former prime minister's"
_PERSON_NOUN = (
    r"minister|president|premier|chancellor|mayor|governor|senator|incumbent|challenger|"
    r"candidate|nominee|leader|tycoon|billionaire|businessman|businesswoman|general|"
    r"economist|lawyer|diplomat|politician|rival|opponent|favou?rite|veteran"
)
# "followed by French nominee Y", "behind the former minister Y": a short description ending
# in a person's noun before the runner-up's name
# (or by a political leaning: "trailed by libertarian Y on 13%", "followed by independent Y")
_LEANING = (
    r"libertarian|conservative|socialist|liberal|leftist|rightist|centrist|nationalist|"
    r"populist|progressive|moderate|independent|communist|far-right|far-left|"
    # "followed by the centre-right's Y on 38.9%": the camp's own, a possessive of it
    r"(?:centre|center)-(?:right|left)|(?:centre|center|far)-(?:right|left)['’]s"
)
_RUNNER_UP_DESCRIBED = (
    # ("with Trump-backed Y at 39%": who backs the runner-up, the name's own adjective)
    rf"(?:(?:the |a )?(?:[\w-]+ ){{0,2}}?(?i:{_PERSON_NOUN}|envoy|ambassador|{_LEANING}|"
    r"\w+-(?:backed|aligned|allied|supported|endorsed|sponsored)) "
    # or by what the person made or led: "ahead of the architect of Brazil's pension reform
    # Y on 30%" (a name inside only as an owner, "Brazil's"; the figure follows the name)
    rf"|(?-i:the [a-z][\w-]* (?:of|behind) )(?:[^<,;:()]|<X\d+>|<C\d+>(?=['’]s )){{1,60}}? "
    rf"(?=<C\d+>,? (?:on|with|at) ))?"
)


def _pronoun_subject_beat(m: re.Match[str]) -> Iterator[tuple[int, int]]:
    """The subject's figure, then the beaten one's when a description owns one."""
    yield int(m.group(1)), int(m.group(4))
    if m.group(6) is not None:
        yield int(m.group(2)), int(m.group(6))


_SHARE_SLOT = patterns.compile(r"<P(\d+)>")


def _own_areas(m: re.Match[str]) -> Iterator[tuple[int, int]]:
    """Every share in the match's `rest` is the subject's, whatever area it was won in."""
    for number in _SHARE_SLOT.findall(m.group("rest")):
        yield int(m.group(1)), int(number)


# Rules read before all others: each claims numbers a later, more general rule misreads.
_EARLY_RULES: tuple[Rule, ...] = (
    _rule(
        "best-areas",  # "X's biggest win was in A district, where he received 83%, followed by
        # B with 81% and C with 79%": X's shares in the areas named, never the areas' own
        rf"^\W*{C}['’]s (?:biggest|best|strongest|largest|widest|highest) (?:wins?|leads?|"
        rf"margins?|results?|showings?|shares?|support|victor(?:y|ies)) (?:was|were|came)"
        rf"(?: also| again| likewise)? in\b"  # "X's strongest result was also in Ward 6"
        rf"(?P<rest>(?:(?!\b(?:while|whereas|but|and|or) (?:<C\d+>['’]s|his|her|their|its) "
        rf"|\bwhile\b|\bwhereas\b)[^<;]|<[CNPX]\d+>){{1,200}})",
        _own_areas,
        ("biggest", "best ", "strongest", "largest", "widest", "highest"),
    ),
    _rule(
        "beat-as-pronoun",  # "X defeated Y as he scored 35.4 per cent against the former
        # prime minister's 35 per cent": the pronoun is the subject, the description Y
        rf"{C} {BEAT_VERBS} {C},? (?:as|when|with|while) (?:he|she|it|they) "
        rf"(?:{_STRONG_GET}|{_WEAK_GET}) {_QUANT}{NUM}(?: {VOTERS})?(?: of the vote)?"
        rf"(?: (?:against|to|versus|vs\.?|compared (?:to|with)) "
        rf"(?:the (?:[a-z-]+ ){{0,3}}?|(?:his|her|its|their) (?:[a-z-]+ )?)"
        rf"(?:{_PERSON_NOUN})['’]s {NUM})?",
        _pronoun_subject_beat,
        (" he ", " she ", " it ", " they "),
    ),
    _rule(
        "beat-with-to-possessive",  # "X edged out Y with 142 votes compared to Z's 136": the
        # count after the beaten Y is the winner's (the pair rule would give it to Y), the
        # possessive one the named rival's
        rf"{C} {BEAT_VERBS} {C}(?: \([^()<]{{1,40}}\))?,? (?:with|on|taking|winning|securing) "
        rf"{_QUANT}{NUM}(?: {VOTERS})?,? (?:to|against|versus|vs\.?|as against|compared (?:to|with)) "
        rf"{C}(?:'s|’s) {NUM}",
        _pairs((1, 4), (5, 7)),
        ("'s <", "’s <"),
    ),
    _rule(
        "votes-split-between",  # "X's votes were split between Y (17) and Z (15)": the votes
        # an eliminated candidate passed on, not Y's or Z's tally
        rf"{C}['’]s (?:votes?|ballots?|supporters|backers|support)\b[^<]{{0,40}}?\b(?:split|"
        rf"divided|shared|spread|transferred|redistributed)\b(?P<rest>(?:[^<.;]|<[CNPX]\d+>){{1,160}})",
        _claim_all,
        ("split", "divided", "shared", "spread", "transferred", "redistributed"),
    ),
    _rule(
        "whose-members",  # "UEFA, whose 53 members mostly backed X": the members of a body
        rf"\bwhose {N} (?:member (?:associations|states|nations|countries)|members|"
        rf"associations|federations)\b(?P<rest>)",
        lambda m: iter([(CLAIM_ONLY, int(m.group(1)))]),
        ("whose",),
    ),
    _rule(
        "to-x-over-y-by",  # "awarded the Games to X over Y, by a vote of 54-50": X's, Y's
        rf"\bto {C} over {C},? (?:by|in|with) (?:a|an) (?:[\w-]+ )?(?:vote|ballot|margin) of {NUM}"
        rf"(?:{_SCORE_TO}{NUM})?",
        _pairs((1, 4), (2, 6)),
        ("over",),
    ),
    _rule(
        "gave-votes-to",  # "the Assembly delivered 160 votes to X": X's count
        rf"\b(?:delivered|delivering|gave|giving|handed|handing) (?:just |only |a mere )?{NUM} "
        rf"(?:votes?|ballots?) to {C}",
        _gave_votes_to,
        ("delivered", "delivering", "gave", "giving", "handed", "handing"),
    ),
    _rule(
        "name-comma-on",  # "separated X, on 61, and Y, on 59": each one's count
        rf"{C}, on {NUM}(?: {VOTERS})?(?=,| and\b|;|\.|$)",
        _pairs((1, 3)),
        (", on",),
    ),
    _rule(
        "joint-beat-respectively",  # "X and Y defeated Z for the two open seats, garnering
        # 133 and 151 votes respectively": the joint subject's counts in order, none the
        # beaten one's (before "beat-then-participle", which would give Y the first)
        rf"(?<!>, )(?<!> and )(?P<names>{C}(?:(?:,| and|, and) {C}){{1,3}}) {BEAT_VERBS}(?: out)? "
        rf"{gap(0, 20)}<C\d+>(?:,? (?:and )?<C\d+>){{0,3}}"
        rf"{gap(1, 80)}(?P<numbers>{_NUMS}){gap(0, 40)}respectively",
        _respectively,
        ("respectively",),
    ),
    _rule(
        "subject-count-to-respectively",  # "X defeated Y and Z, garnering 264 votes to 61
        # votes and 55 votes for Y and Z, respectively": the subject's count, then the named
        # rivals' in order (before "beat-then-participle", which would stop at the first)
        rf"^{gap(0, 40)}<C(?P<winner>\d+)>(?:[^<;]|<[CX]\d+>){{0,200}}?, (?:(?-i:[a-z]+) ){{0,2}}?"
        rf"<N(?P<count>\d+)>(?: votes?)? to (?P<numbers>{_NUMS}) "
        rf"for (?P<names>{C}(?:(?:,| and|, and) {C}){{1,5}}),? respectively",
        _winner_then_respectively,
        ("respectively",),
    ),
    _rule(
        "beat-then-participle",  # "X beat out Y in a second round, picking up 138 votes":
        # the subject's count, not the nearer Y's ("X defeated former Gov. Y ..., posting 44
        # percent": a share too, past a few small words before the rival's name)
        rf"{C} {BEAT_VERBS}(?: out)? (?:(?!(?:and|but|while|then)\b)(?-i:[a-z][\w-]* )){{0,2}}?"
        # (the rival's side owning the name: "defeated the AAP's Y")
        rf"(?:(?-i:[A-Z][\w.&-]*)['’]s )?"
        rf"{C}(?:,? (?:and )?<C\d+>){{0,3}}"  # "beat Y and Z, winning 61 votes": all beaten
        rf"(?:[^<,;.]|<X\d+>){{0,60}}, (?:{_STRONG_GET}|posting) {_QUANT}{NUM}"
        # "..., winning 54-50", "receiving 153 votes versus 38": a score, its second side
        # the one beaten ("polling 16 votes against the 12 won by his rival" too)
        rf"(?:(?: votes?)?(?:[-–]| to | versus | vs\.? | against (?:the )?){NUM}(?=(?: votes?)?"
        rf"(?: (?:won|polled|received|secured|garnered|got) by (?:his|her|their) "
        rf"(?:rival|opponent|challenger))?(?:[,.;]|$)))?",
        _placed_beside,
        _BEAT_WORDS,
    ),
    _rule(
        "beat-to-infinitive",  # "X beat Y and Z to garner 110 votes", "He comfortably beat off
        # competition from challengers Y and Z to win 110 votes": the subject's count, never
        # the nearer Y's (the one beaten wins nothing); a pronoun only opening the sentence,
        # for someone named before it
        rf"(?:{C}|^\W*(?P<pronoun>he|she|it|they)\b) (?:(?-i:[a-z]+) )?{BEAT_VERBS}(?: out| off)? "
        rf"(?:(?!(?:and|but|while|then)\b)(?-i:[a-z][\w-]* )){{0,4}}?"
        # (not the beaten one's own clause: "defeated Y who was only able to garner 20 votes")
        rf"<C\d+>(?:,? (?:and )?<C\d+>){{0,3}}"
        rf"(?:(?!\b(?:who|whom|which|that|whose)\b)(?:[^<,;.]|<X\d+>)){{0,40}}? to (?:win|garner|secure|"
        rf"get|poll|gain|collect|earn|muster|claim|take|bag|amass|receive|clinch) "
        rf"{_QUANT}<[NP](?P<count>\d+)>",
        lambda m: iter(
            [
                (
                    int(m.group(1)) if m.group(1) else _pronoun_reference(m.group("pronoun")),
                    int(m.group("count")),
                )
            ]
        ),
        _BEAT_WORDS,
    ),
)

RULES: tuple[Rule, ...] = (
    *_EARLY_RULES,
    _rule(
        "trajectory",  # "X saw its support fall from 109 votes to 73 and finally 60"
        # a field or a lead that narrows ("the field narrows from 14 to two") is no count
        rf"{C}{gap(0, 80)}(?<!narrow )(?<!narrows )(?<!narrowed )(?<!narrowing )"
        # nor a range ("X's votes ranged from 68 to 79"): the bounds of several counts
        rf"(?<!range )(?<!ranged )(?<!ranges )(?<!ranging )(?<!varied )(?<!varying )"
        rf"\bfrom (?P<steps>{N}(?: {VOTERS})?{_STEP_ROUND} to {N}(?: {VOTERS})?{_STEP_ROUND}"
        rf"(?:,? (?:and )?(?:then |finally |later )?(?:to )?{N}(?: {VOTERS})?{_STEP_ROUND}){{0,3}})",
        _trajectory,
        ("from <n",),
    ),
    _rule(
        "share-from-to",  # "X saw their support fall from 10.6% to 8%", "X's vote share rose
        # from 4.1% to 9.3%": the share now, the one before a past election's (left unread)
        rf"{C}(?:['’]s| (?:saw|sees|see|has seen|had) (?:its|his|her|their)) "
        rf"(?:(?:vote |popular )?share(?: of the (?:vote|poll))?|support|vote)(?: [a-z]+ly)? "
        rf"(?:fall|fell|falls|falling|drop|dropped|drops|dropping|rise|rose|rises|rising|"
        rf"increase|increased|increases|decrease|decreased|decreases|climb|climbed|slip|slipped|"
        rf"dip|dipped|grow|grew|jump|jumped|slide|slid|go up|went up|go down|went down)"
        rf"(?: [a-z]+ly)? from {P} to {P}",
        _pairs((1, 3)),
        ("from <p",),
    ),
    _rule(
        "respectively",
        rf"(?<!>, )(?<!> and )"  # from a list's first name, never its middle
        # ("and former Y", "and ex-Acme CEO Y": a past role's word before the next name)
        rf"(?P<names>{C}{_SIDE_OF}(?:(?:,| and|,? &| as well as) (?:{gap(0, 6)}|{_LIST_ROLE_BEFORE}|"
        rf"(?-i:(?:former|ex-[\w-]+|then-[\w-]+) ))"
        rf"{C}{_SIDE_OF}){{1,7}})"
        # (past a clause naming no one: "X and Y were the only contenders in the Western
        # European and Other States group, and they received 180 and 186 votes respectively")
        # ("in that order" says the same: "took 10%, 2% and 1%, in that order")
        rf"{gap(1, 130)}(?P<numbers>{_NUMS}){gap(0, 40)}(?:respectively|in that order)",
        _respectively,
        ("respectively", "in that order"),
    ),
    _rule(
        "respectively-then-counts",  # "X and Y were re-elected, respectively earning 152
        # and 151 votes": "respectively" before the counts pairs them in the same order
        rf"(?<!>, )(?<!> and )(?P<names>{C}(?:(?:,| and|, and) {C}){{1,7}})"
        rf"{gap(1, 130)}\brespectively,? (?:(?-i:[a-z]+) ){{0,2}}?(?P<numbers>{_NUMS})",
        _respectively,
        ("respectively",),
    ),
    _rule(
        "counts-then-shares-respectively",  # "X got 594,864 with Y gaining 257,061 votes,
        # accounting for 2.5 and 0.88 percent respectively": each name's count beside it, then
        # the shares in the names' order
        rf"(?P<names>{C}{clause_gap(1, 40)}<N\d+>(?:{clause_gap(1, 40)}{C}{clause_gap(1, 40)}"
        rf"<N\d+>){{1,5}})(?: {VOTERS})?,? (?:accounting for|representing|or|that is) "
        rf"(?P<numbers><P\d+>(?:(?:,| and|,? &) <P\d+>){{1,5}}){gap(0, 40)}respectively",
        _respectively,
        ("respectively",),
    ),
    _rule(
        "beat-respectively",  # "X edged out Y for the post, with 382,393 and 343,473 votes,
        # respectively": the winner's, then the one beaten's
        rf"{C}{gap(0, 30)}{BEAT_VERBS} {gap(0, 30)}{C}(?: [a-z]+ the [a-z]+)?,? with "
        rf"{NUM} and {NUM}(?: votes?| ballots?)?,? respectively",
        _pairs((1, 4), (2, 6)),
        ("respectively",),
    ),
    _rule(
        "respectively-before-verb",  # "rivals X and Y, who respectively received about 25%
        # and 16%", "X and Y respectively won 40 and 31 votes": in order
        rf"(?<!>, )(?<!> and )"
        rf"(?P<names>{C}(?:(?:,| and|, and|,? &) {C}){{1,7}}),? (?:(?:who|which) )?"
        # (one number for two names is no one's: "who respectively received 25% in 2019")
        rf"respectively (?:{_GET}) {_QUANT}(?P<numbers>{NUM}(?: {VOTERS})?"
        rf"(?:(?:,| and|,? &)? {NUM}(?: {VOTERS})?){{0,7}}){_COUNTS}(?! (?:to|-|–)\b)",
        _in_order,
        ("respectively",),
    ),
    _rule(
        "respectively-appositives",  # "X, leader of the Y party, and Z, head of "W", with 11%
        # and 7% respectively": the names the appositives describe, not those inside them
        rf"(?<!>, )(?<!> and )"
        rf"(?P<names>{C}{_ROLE_APPOSITIVE}"
        rf"(?:(?:,[\"”]?| and|,? &) {gap(0, 6)}{C}{_ROLE_APPOSITIVE}){{1,5}})"
        rf"{gap(1, 80)}(?P<numbers>{_NUMS}){gap(0, 40)}respectively",
        _respectively_described,
        ("respectively",),
    ),
    _rule(
        "one-name-respectively",  # "the Assembly and the Council each gave X a majority, 121
        # and 10 votes respectively": one candidate's counts in as many rounds or organs
        rf"{C}{gap(0, 100)}(?P<steps>{N}(?: {VOTERS})?(?:(?:,| and|,? &) {N}(?: {VOTERS})?)"
        rf"{{1,5}}){clause_gap(1, 50)}\brespectively",
        _trajectory,
        ("respectively",),
    ),
    _rule(
        "one-name-listed-rounds",  # "X got 40, 45 and 51 votes in the second, third and
        # fourth rounds": one candidate's counts in the rounds listed, in order
        rf"{C}{gap(0, 100)}(?P<steps>{N}(?: {VOTERS})?(?:(?:,| and|,? &) {N}(?: {VOTERS})?)"
        rf"{{1,3}}){clause_gap(1, 30)}\b(?:in|on) the {_ROUND_LIST}",
        _trajectory,
        ("rounds", "ballots"),
    ),
    _rule(
        "one-name-listed-rounds-first",  # "X led in the second, third and fourth rounds with
        # 40, 45 and 51 votes"
        rf"{C}{gap(0, 60)}\b(?:in|on) the {_ROUND_LIST}{clause_gap(1, 30)}"
        rf"(?P<steps>{N}(?: {VOTERS})?(?:(?:,| and|,? &) {N}(?: {VOTERS})?){{1,3}})"
        rf"(?! (?:to|-|–)\b)",
        _trajectory,
        ("rounds", "ballots"),
    ),
    _rule(
        "in-both-organs",  # "X obtained an absolute majority in both organs: 106 in the
        # Assembly and 8 in the Council"
        rf"{C}{gap(0, 90)}\b{_STRONG_GET}\b{clause_gap(0, 60)}[:,—–]\s*"
        rf"(?P<steps>{N}(?: votes?)? in the {_ORGAN},? and {N}(?: votes?)? in the {_ORGAN})",
        _trajectory,
        ("assembly",),
    ),
    _rule(
        "respectively-implied",  # "X, Y and Z garnered 174, 160 and 150 votes": in order
        # (", and" too: "X, Y, and Z won 41, 30 and 20 votes"; "X and the Y polled ...")
        rf"(?<!>, )(?<!> and )(?<!>, and )(?<!> and the )(?<!>, the )"
        rf"(?P<names>{C}(?:(?:,| and|, and|,? &) (?:the )?{C}){{1,7}}),? "
        rf"(?:{_GET}) {_QUANT}"
        rf"(?P<numbers>{_NUMS})(?! (?:to|-|–)\b)",
        _in_order,
    ),
    _rule(
        "respectively-implied-shares",  # "X and Y won 412 and 198 votes, or 61.1% and 30.2%
        # respectively": the shares after the counts, in the names' order too
        rf"(?<!>, )(?<!> and )(?<!>, and )(?<!> and the )(?<!>, the )"
        rf"(?P<names>{C}(?:(?:,| and|, and|,? &) (?:the )?{C}){{1,7}}),? "
        rf"(?:{_GET}) {_QUANT}<N\d+>(?: {VOTERS})?(?:(?:,| and|,? &) <N\d+>(?: {VOTERS})?){{1,7}},? "
        rf"(?:or|representing|accounting for|that is) "
        rf"(?P<numbers><P\d+>(?:(?:,| and|,? &) <P\d+>){{1,7}})(?! (?:to|-|–)\b)",
        _respectively,
        ("or <p", "representing <p", "accounting for <p", "that is <p"),
    ),
    _rule(
        "shared-elected-with",  # "X, Y and Z had already been elected in the first round,
        # with 190 votes": the joint subject of an election to several seats, each with it
        rf"^(?:[^<,;:]|<X\d+>){{0,20}}?(?P<names>{_LIST_FROM}) (?:had |have )?"
        rf"(?:already |also )?(?:been|were) (?:re-)?elected\b{clause_gap(0, 60)}, with "
        rf"<N(?P<number>\d+)> (?:votes|ballots)\b(?! between)",
        _shared_several,
        ("elected",),
    ),
    _rule(
        "subject-of-who-aside",  # "X, head of fund Y, whose holdings include Z, garnered 31%",
        # "X, who became the face of the Y administration, was in second place, with 434,558
        # votes": the names inside the person's asides are not who got the count
        # (not a description before the name it describes: "another SAN, X, who ...")
        rf"(?<!\banother )(?<!\bfellow ){C}(?:, (?!(?:who|whose|which|and|or|but|while)\b)(?:[^,;<]|<[CX]\d+>){{1,80}}?)?, "
        rf"(?:who|whose) (?:[^,;<]|<[CX]\d+>){{1,160}}?, "
        # (an appositive inside it: "who stands for the largest party, the centrist Y (PO),")
        rf"(?:(?:the|a|an) (?:[^,;<]|<[CX]\d+>){{1,60}}?, )?"
        rf"(?:(?:was|is|came|finished) (?:in )?(?:first|second|third|fourth|fifth|last)"
        rf"(?: place)?,? with|{_STRONG_GET}) {_QUANT}{NUM}"
        rf"{_NOT_LIST_HEAD}",
        _pairs((1, 3)),
        (", who",),
    ),
    _rule(
        "who-clause-count",  # "X representing Borno South, who despite the backing of the
        # opposition party got 28 votes", "X who has the support of the ruling party was
        # voted with 79 votes": the relative clause's own verb, however long, gives X's count
        # (no name between: the one nearest "who" is the one it describes)
        # (not a joint "X and Y, who each received 95": shared-each-verb reads it)
        rf"{C}(?: [^<,;]{{1,40}}?)?,? who (?!(?:each|both|all)\b)(?:[^<;:]|<X\d+>){{1,150}}?\b"
        rf"(?:{_STRONG_GET} {_QUANT}{NUM}|with {_QUANT}<(N)(\d+)> {VOTERS}\b)"
        rf"{_NOT_LIST_HEAD}",
        lambda m: iter([(int(m.group(1)), int(m.group(3) or m.group(5)))]),
        (" who ",),
    ),
    _rule(
        "count-then-parts-from",  # "X won 298 votes, 175 from lawmakers and 123 from local
        # chapters", "X got 399, of which 194 were from MPs and 205 from members": a party
        # leadership's total, then its parts by who cast them (each the count of a body)
        rf"{C} (?:won|received|got|gained|obtained|secured|garnered|polled|took) {NUM}"
        rf"(?: {VOTERS})?,? (?:of which,? |including )?{NUM}(?: {VOTERS})?(?: (?:were|came))? "
        rf"from (?:the )?[a-z][^<;:]{{1,40}}? and {NUM}(?: {VOTERS})?(?: (?:were|came))? from\b",
        _pairs((1, 3), (1, 5), (1, 7)),
        (" from ",),
    ),
    _rule(
        "support-parts-total",  # "X had the support of five members of A, two of B and nine
        # of C, securing a total of sixteen votes": the parts' parties name no contestant;
        # the total after them is the subject's count
        rf"^{C} (?:had|has|won|received|got|enjoyed|drew|gained) the (?:support|backing|votes) "
        rf"of (?:[^<;:]|<[CX]\d+>){{1,160}}?, (?:securing|getting|receiving|taking|winning|"
        rf"garnering|gaining|for) (?:a total of|in all) {NUM}",
        _pairs((1, 3)),
        ("total of",),
    ),
    _rule(
        "clause-subject",  # "Russia, which is ranked by Freedom House, obtained 112 votes"
        # (a size in the aside too: "X, a town of 18,000 in the Alps of eastern France, had"),
        # after a party and state in brackets too: "Rep. X (D-Calif.), a former Speaker, ..."
        # and through a perfect: "X, running for Y with Z as her running mate, had received"
        # (a colon ends the name's clause: "2) Karnal, Haryana: X of the BJP ..., securing")
        # (never a name inside a phrase with an aside that is only a name: "the nominee of
        # X, Y, gained 22%" is Y's; one opening a clause keeps it: "Lyon, France, received 12
        # votes", "..., while X, Y Party (YP), got 2,100")
        # (the name's bracketed acronym too: "the candidate of the X Party (XP), Y, received")
        r"(?!(?<=[a-z] )(?<!\band )(?<!\bbut )(?<!\bwhile )(?<!\bwhereas )<C\d+>"
        r"(?: \([^()<]{1,12}\))?, <C\d+>, )"
        # (never the side that backs the subject: "X, supported by the Y, is the winner")
        r"(?<!supported by the )(?<!supported by )(?<!backed by the )(?<!backed by )"
        r"(?<!endorsed by the )(?<!endorsed by )(?<!nominated by the )(?<!nominated by )"
        # (a second aside naming a body after a noun: "X, candidate for the A Party, a
        # breakaway from the B Party, finished third, receiving": B is only described)
        # (never an aside of peers whose last has a count: "X, along with Y, with 900 votes")
        r"(?!<C\d+>(?: \([^()<]{1,12}\))?, (?:along with|together with|as well as)\b[^;:<]*"
        r"<C\d+>, with <N)"
        rf"{C}(?: \([^()<]{{1,12}}\))?, "
        # (never a place's "where" clause naming its own subject: "X, where the Y was the
        # biggest party, with 54%" is Y's count)
        # (or an acronym the names missed: "where the DA was")
        r"(?!where (?:the )?(?:<C\d+>|(?-i:[A-Z]{2,6})\b))"
        rf"(?:[^,;:<]|<[CX]\d+>|<N\d+>(?=-)|(?<= of )<N\d+>(?! {VOTERS})"
        r"|, an? [a-z]+ (?:from|of) (?:the )?<C\d+>(?:, )?"
        # "X, also from the Y-backed alliance, won with": the side the subject is from
        r"|(?<=, )(?:also |too )?from (?:the )?<C\d+>"
        # "X, supported by the Y, is the winner ..., with": the side behind the subject, in
        # an aside of its own (never the subject: see the lookbehinds below)
        r"|(?<=, )(?:supported|backed|endorsed|nominated|fielded) by (?:the )?<C\d+>, )"
        rf"{{1,140}}?{_ASIDE_END} (?:and )?(?:(?:had|has) (?=[a-z]+ed\b))?\b{_GET} "
        # not the first of a list of numbers ("..., with 9%, 5% and 3% respectively")
        rf"(?:(?:only|just|a total of|some|exactly)\s+)*{NUM}"
        rf"{_NOT_LIST_HEAD}",
        _pairs((1, 3)),
    ),
    _rule(
        "who-aside-commas",  # "X, who heads an alliance, in the new formula, of the Y with
        # the Z Party (ZP), adds 297,714 votes": a relative clause on the subject that runs
        # over several commas and names only sides, no number, before the verb and its count
        # (the subject opening its clause, never a verb's object: "Y beat X, who had led in
        # the polls, and took 60%"; so no "and" before the verb either)
        r"(?:(?<![a-z] )|(?<=\bwhile )|(?<=\bwhereas )|(?<=\bbut ))"
        rf"{C}, (?:who|which) (?:[^;:<]|<C\d+>){{3,200}}?, {_GET} "
        rf"(?:(?:only|just|a total of|some|exactly)\s+)*{NUM}{_NOT_LIST_HEAD}",
        _pairs((1, 3)),
        (", who ", ", which "),
    ),
    _rule(
        "aside-nested-name",  # "X, the only candidate left after the withdrawal of Peru's
        # trade minister, Y, received 27 votes", "X, who ousted the former chairman, Y, won
        # 412": Y only names the noun that ends X's aside, so the count is the subject X's
        # (an aside opening with "the"/"who" after the first name; never "the nominee of
        # X, Y, received", where the aside is Y's)
        rf"{C}, (?:the|an?|who|which) [^<,;:()]{{3,140}}?, <C\d+>, (?:[a-z]+ )?{_GET} "
        rf"(?:(?:only|just|a total of|some|exactly)\s+)*{NUM}{_NOT_LIST_HEAD}",
        _pairs((1, 3)),
        (", the ", ", a", ", who ", ", which "),
    ),
    _rule(
        "led-by-subject",  # "The Unity Party (UP) led by former Prime Minister Y, who ran in
        # the district, only managed 30,875 votes": the party's leader named after "led by"
        # without a comma is still the party's, so the count after him is the party's
        rf"{C}(?: \([^()<]{{1,12}}\))? (?:led|headed|founded) by (?:[a-z-]+ ){{0,2}}?<C\d+>"
        rf"(?:{_WHO_APPOSITION}|{_APPOSITION})? (?:only |just )?(?:managed|{_GET}) {_QUANT}{NUM}"
        rf"{_NOT_LIST_HEAD}",
        _pairs((1, 3)),
        ("led by", "headed by", "founded by"),
    ),
    _rule(
        "side-aside-won-with",  # "X, also from the Y-backed alliance, won with 10,794 votes":
        # the aside names the subject's side, the count after it is the subject's
        rf"{C}, (?:also |too )?(?:from|of) (?:the )?<C\d+>(?: [a-z]+)?, (?:won|wins|winning) "
        rf"with {_QUANT}{NUM}{_NOT_LIST_HEAD}",
        _pairs((1, 3)),
        ("from", "of the"),
    ),
    _rule(
        "dash-aside-subject",  # "X – represented by its ambassador Y – received 30 votes",
        # "the Moroccan candidacy – led by Y – received thirty votes": the aside between dashes
        # names its own people; the verb after it is the subject's before it (a finite verb:
        # "X beat Y – the favourite – winning 30" is X's, whose clause goes on); not an owner's
        # name, nor an aside that is only a name: "The rival of X – Y – received 44" is Y's
        rf"(?<!\bof ){C}(?: (?:candidacy|candidature|bid))? (?:[–—]|-(?= )) "
        rf"(?!<C\d+> [–—-] )(?:[^;:<–—]|<[CX]\d+>){{1,140}}? "
        rf"(?:[–—]|(?<= )-) (?:(?:had|has) (?=[a-z]+ed\b))?(?![a-z]+ing\b)"
        # (the seats before the count too: "X – which made a pact with Y – won five seats
        # with 23,590 votes")
        rf"(?:(?:won|took|secured) <X\d+> seats? with|{_GET}) {_QUANT}{NUM}"
        rf"{_NOT_LIST_HEAD}",
        _pairs((1, 3)),
        ("– ", "— ", " - "),
    ),
    _rule(
        "who-aside-unclosed",  # "X, who served as minister during Y's long tenure took 377
        # of 534 votes": a relative aside whose closing comma the writer left out; its own
        # verb comes first, so the verb of getting is the subject's (names inside only as
        # owners, "Y's"; no second relative: "X, who beat Y who took 30" is Y's)
        rf"{C}, who (?:[a-z]+ed|was|is|had|has|ran|led|held|won|lost|spent) "
        rf"(?:(?!\b(?:who|whom|which|that|whose|and|but)\b)(?:[^<,;:–—]|<X\d+>|<C\d+>['’]s\b))"
        rf"{{10,160}}? (?:took|received|won|garnered|obtained|secured|polled|got|gathered|bagged) "
        rf"{_QUANT}{NUM}",
        _pairs((1, 3)),
        (", who",),
    ),
    _rule(
        "which-clause-elected-with",  # "X, which is at the frontline of the Y crisis, was
        # also elected with 178 votes": a country's relative clause, names in it or not, and
        # then its passive election's count (an appositive may name the one the person stands
        # for: "Ambassador X, the candidate for Y, was elected with 139" is Y's)
        rf"{C}, which (?:[^;:<]|<[CX]\d+>){{1,140}}?, (?:(?:was|were|has been|had been) "
        rf"(?:also )?(?:re-)?elected|(?:won|secured|took|gained|clinched) (?:a|the|its|one) "
        # (where: "was elected to the Council with 178 votes")
        rf"(?:[\w-]+ )?seat)(?: (?:to|on|in) the [^<,;:]{{1,40}}?)? with {_QUANT}{NUM}"
        rf"{_NOT_LIST_HEAD}",
        _pairs((1, 3)),
        (", which",),
    ),
    _rule(
        "appositive-who-subject",  # "X, the MP for Lower Dene, who had 6,164 votes": the
        # name the description sets off, not a place or body inside it (an aside opening a
        # relative clause is no description: "X, who beat Y, who had 13" is Y's)
        rf"{C}, (?!(?:who|which|whose|and|or|but|while)\b)(?:[^,;<]|<[CX]\d+>){{1,120}}?, "
        # ("which" may be the body's own; "..., who was nominated by the Y and received 128":
        # the party that put one up is no rival)
        rf"who (?:also )?(?:was (?:nominated|put forward|backed|endorsed) by (?:the )?<C\d+> and )?"
        rf"{_GET} {_QUANT}{NUM}",
        _who_after_aside,
        (", who",),
    ),
    _rule(
        "appositive-subject",  # "X, a protest party similar to formations like Y, had won
        # 2,100 votes": the name the description sets off, not one named inside it
        # (or set off by dashes: "X - with the Y party - has garnered 50.2 percent")
        rf"{C}(?:, (?:a|an|the) (?-i:[a-z])(?:[^,;<]|<[CX]\d+>){{1,120}}?,"
        rf"| [-–—] (?:(?:with|of|from|for) )?(?:a|an|the) (?:[^,;<–—-]|<[CX]\d+>){{1,80}}? [-–—]) "
        rf"(?:(?:has|had|have|also|then|now|eventually|finally) )?{_STRONG_GET} {_QUANT}{NUM}",
        _pairs((1, 3)),
        (", a ", ", an ", ", the ", " - ", " – ", " — "),
    ),
    _rule(
        "bloc-of-members",  # "the X Alliance of Y and the opposition Z (ZP) claimed 51%": a
        # bloc named with its member parties, whose count is the bloc's, not its last member's
        rf"{C} of (?:the )?<C\d+>(?: \([^()<]{{1,30}}\))? and (?:the )?(?:[a-z-]+ )?<C\d+>"
        rf"(?: \([^()<]{{1,30}}\))? {_GET} {_QUANT}{NUM}",
        _pairs((1, 3)),
        ("> of <", "> of the <"),
    ),
    _rule(
        "name-from-body",  # "X from the Dutch FA got 13", "X of the Unity Party received 40":
        # the body one comes from is no candidate beside one
        # (and its region, before a relative: "X from the Y Party in Lower Saxony, who won 9";
        # or the relative alone: "X of the right-wing Y, who won 40%": a body is no "who")
        # (a coalition's name quoted, many names long: "X of the coalition "Y - Z" received
        # 48%"; or the body's other name set off by commas: "X of the Y Party, also known as
        # the Z movement (ZM), has won 43%")
        rf"{C} (?:from|of) the (?:[\w-]+ ){{0,2}}"
        rf"(?:<C\d+>(?: [\w-]+)?|[\"“][^\"“”;<>]{{0,5}}(?:<C\d+>[^\"“”;<>]{{0,30}}){{1,6}}[\"”]"
        rf"|(?-i:[{UPPER}])[\w-]+(?: (?-i:[{UPPER}])[\w-]+){{0,3}}(?=, (?:also )?(?:known|called) as | \())"
        rf"(?:, (?:also )?(?:known|called) as (?:the )?<C\d+>(?: \([^()<]{{1,12}}\))?,"
        # (or an aside in brackets on the body, its members named, a word after it as after
        # the body's name: "X of the Y (combining the A and B) won with 48%"; in words, not
        # the body's acronym: "beat X of the Y (YU) with 57" is no count of X's; nor a bare
        # "with" after it: "beat X of the Y (an alliance of ...) with 57" is the winner's)
        rf"| \((?-i:[a-z])(?:[^()<]|<C\d+>){{1,60}}\)(?! with )(?: [\w-]+)?)?"
        rf"(?:(?: in (?:<C\d+>|(?-i:[{UPPER}])[\w-]+(?: (?-i:[{UPPER}])[\w-]+){{0,2}}))?, who)? "
        rf"(?:has |had )?{_GET} {_QUANT}{NUM}",
        _pairs((1, 3)),
        (" from the ", " of the "),
    ),
    _rule(
        "name-from-body-placed",  # "X of the Diocese of Y came in second, receiving 24 votes",
        # "... was X of the Z Party of Kent, with 9 votes": the body and its place are X's
        rf"{_NOT_AFTER_NAME}{C} (?:from|of) the (?:[\w-]+ ){{0,2}}<C\d+>"
        rf"(?: of (?:the )?(?:<C\d+>|(?-i:[{UPPER}])[\w-]+(?: (?-i:[{UPPER}])[\w-]+){{0,2}}))?"
        rf"(?:,? (?:came|placed|finished|ended|was|were)\b(?:[^<;:]|<X\d+>){{0,40}}?)?,? "
        rf"(?:{_STRONG_GET} {_QUANT}{NUM}|{_WEAK_GET} {_QUANT}{NUM}{_COUNTS})",
        lambda m: iter([(int(m.group(1)), int(m.group(3) or m.group(5)))]),
        (" from the ", " of the "),
    ),
    _rule(
        "dash-aside-subject",  # "X – known for her campaign for a UK bank note – received
        # 26.4%": an aside set off by dashes, whose names are not the verb's subject (one
        # opening with a name or a joint is no aside: "the rival of X – Y – received 40%")
        rf"{C} [–—] (?!<C|(?:and|or|but|while|then)\b)(?:[^<–—;]|<[CX]\d+>){{1,160}}? [–—] "
        rf"(?:and )?(?:{_STRONG_GET} {_QUANT}{NUM}"
        rf"|{_WEAK_GET} {_QUANT}{NUM}{_COUNTS})",
        lambda m: iter([(int(m.group(1)), int(m.group(3) or m.group(5)))]),
        ("–", "—"),
    ),
    _rule(
        "relative-clause-subject",  # "Italy, which won a seat in 2016 with 180 votes, got 95
        # this time": a relative clause set off by commas may hold counts of its own
        rf"{C}, (?:which|who) (?:[^,;<]|<[CXNP]\d+>){{1,120}}?, (?:and )?\b{_GET} "
        rf"(?:(?:only|just|a total of|some|exactly)\s+)*{NUM}",
        _pairs((1, 3)),
        ("which", "who"),
    ),
    _rule(
        "beat-then-participle-pair",  # "X has usurped the British candidate, attracting 37
        # votes to Y's eight": the participle tells of the subject who beat, not of the
        # name nearest it (the one beaten)
        # (before the subject, a sentence adverb and a description naming a country may
        # stand: "Instead, current French vice-president X has usurped")
        rf"^(?:[^<;:]|<X\d+>|<C\d+>(?= (?:[\w-]+ ){{1,3}}<C)){{0,60}}?{C}"
        rf"(?:[^<;:–—]|<[XN]\d+>){{0,80}}?\b{BEAT_VERBS} "
        rf"(?:[^<;:–—,]|<[CX]\d+>){{1,160}}, (?:{_GAINING}) {_QUANT}{NUM}(?: {VOTERS})? "
        rf"(?:to|against) {C}(?:'s|’s|’|') {NUM}(?=[,.;]|$| in\b| on\b| and <C)",
        _pairs((1, 3), (4, 6)),
        tuple(v for v in _GAINING.split("|")),
    ),
    _rule(
        "pair-to-shares",  # "X polled 155,933 votes to Y's 100,864, a 61% to 39% share": the
        # shares after the counts, in the same order
        rf"{C}{gap(0, 60)}<N\d+>{gap(0, 30)} (?:to|against|versus) (?:{gap(0, 20)})?{C}"
        rf"(?:'s|’s|’|')? <N\d+>,? (?:(?:an?|for an?) <P(\d+)> to <P(\d+)>"
        rf"(?= (?:share|split|margin|result)\b)|or <P(\d+)> to <P(\d+)>(?=[,.;]|$))",
        _shares_in_order,
        ("> to <p",),
    ),
    _rule(
        "beat-by-getting",  # "X defeated the MP from Z-town, Y, by securing 7,897 votes
        # against Y's 1,072": the means of the defeat is the winner's count, never the
        # beaten one's (pair-to would give it to the name nearest before it)
        # ("defeated the only other candidate for the post, minister Y, by gaining 1,092
        # votes": a longer description of the beaten one before the name)
        rf"{C}{gap(0, 100)}{BEAT_VERBS} {gap(0, 70)}{_DESCRIBED_BY_COUNTRY}{_DESCRIBED_BY_PLACE}"
        rf"{C},? by (?:securing|winning|polling|getting|garnering|bagging|obtaining|taking|"
        rf"gaining|receiving|collecting) {_QUANT}{NUM}",
        _pairs((1, 4)),
        (
            " by securing",
            " by winning",
            " by polling",
            " by getting",
            " by garnering",
            " by bagging",
            " by obtaining",
            " by taking",
            " by gaining",
            " by receiving",
            " by collecting",
        ),
    ),
    _rule(
        "beat-aside-then-pair-to",  # "X clinched a fourth term, edging out rival Y by 900
        # votes, taking 49.5% of the votes to Y's 45.2%": the beaten one named again by the
        # possessive, so the first share is the subject's (pair-to would give both to Y)
        rf"<C(?P<winner>\d+)>(?:[^<;:.]|<X\d+>){{0,80}}?, {BEAT_VERBS}(?: out)? "
        rf"(?:(?-i:[a-z][\w-]* )){{0,3}}?<C\d+>(?:[^<,;.]|<X\d+>){{0,60}}, "
        rf"{_PARTICIPLE_OF_GETTING} {_QUANT}<[NP](?P<own>\d+)>{gap(0, 30)} "
        rf"(?:to|against|versus|vs\.?|compared with) <C(?P<loser>\d+)>(?:'s|’s|’|') "
        rf"<[NP](?P<theirs>\d+)>",
        lambda m: iter(
            [
                (int(m.group("winner")), int(m.group("own"))),
                (int(m.group("loser")), int(m.group("theirs"))),
            ]
        ),
        ("'s <", "’s <", "' <", "’ <"),
    ),
    _rule(
        "pair-to",  # "X won 44 votes to Y's 40", "X receiving 113 to Y's 77", "X led with
        # 24,336, to Y’ 20,559 and Z's 5,599": a third after "and" when possessive too (after
        # the second's unit: "against Y's 18 votes, and Z's 10");
        # "against Y's tally of 912,301"
        # (not past "the former" or "the latter": the count is the one it stands for)
        # ("X received 73.5 percent, three times more than Y's 24.3 percent": a comparison;
        # "X got 140, less than Y's 164" the other way)
        # (not one beaten: "X defeated Y by securing 97 votes against Y's 12" is X's 97)
        rf"(?<!defeated )(?<!defeating )(?<!beat )(?<!beating )"
        # (the share's whole may run long: "58% of the ballots cast in the Democratic primary
        # to Y's 42%", after "of" and with no comma)
        rf"{C}(?:(?!the (?:former|latter)\b){GAP}){{0,60}}?{NUM}"
        rf"(?:{gap(0, 30)}|(?<=>) of (?:[^<;:,]|<X\d+>){{26,50}}?) "
        rf"(?:to|against|versus|vs\.?|over|compared with|(?:more|less|fewer) than|ahead of) "
        # (the possessive's party in brackets: "to Y’s (Lab) 1,309")
        rf"(?:{gap(0, 20)})?{C}(?:(?:'s|’s|’|')(?: \([^()<]{{1,30}}\))?)?"
        # ("to Y’ mere 894 votes": the possessive's count belittled)
        rf"(?: with| on| at| (?:tally|total|count) of| (?:mere|paltry|meagre|meager))? {NUM}"
        rf"(?:(?: votes?)?,? and {C}(?:'s|’s|’|') {NUM})?",
        _pairs((1, 3), (4, 6), (7, 9)),
        (
            "> <n",
            "> <p",
            "'s <",
            "’s <",
            "' <",
            "’ <",
            " with <",
            " on <",
            " at <",
            " of <",
            "'s (",
            "’s (",
            " mere <",
            " paltry <",
            " meagre <",
            " meager <",
        ),
    ),
    _rule(
        "number-first-versus",  # "167 U.S. vs. 174 Kyrgyzstan", "52% Yes versus 48% No": a
        # score with each count before its name
        # (opening the line or a clause: after a colon, a bracket or "was", as the reader checks)
        rf"{NUM} (?:the )?{C} (?:vs\.?|versus|v\.?|to|against) (?:the )?{NUM} (?:the )?{C}"
        r"(?=[,;.)]|$)",
        _number_first_versus,
        ("> vs", "> versus", "> v. ", "> to <", "> against <"),
        needs_vote_word=True,  # not a match's "Final score: 2 Chile vs. 1 Peru"
    ),
    _rule(
        "rival-owned-count",  # "X, who needed the majority of the 190 countries present,
        # secured 128 votes over Y's 62": the subject too far for pair-to, whose rival's count
        # its possessive still names (the subject's count is left to the other rules)
        # (votes said, unlike "turnout at 31 per cent to Y's 45 per cent")
        rf"<N\d+> {VOTERS}{gap(0, 30)} (?:to|against|versus|vs\.?|over|compared with) "
        rf"{C}(?:'s|’s|’|') (?:(?:tally|total|count) of )?<N(\d+)>",
        _pairs((1, 2)),
        ("'s <", "’s <", "' <", "’ <", " of <"),
    ),
    _rule(
        "lead-over-with-versus",  # "X had a slight lead over Y, with 35.79 percent of the
        # votes versus 35.11 percent": the leader's share, then the one led's
        rf"{C}{gap(0, 40)}\b(?:lead|edge|advantage) over {gap(0, 60)}{C},? with {_QUANT}{NUM}"
        rf"(?: {VOTERS}| of the (?:valid )?(?:votes?|ballots?)(?: cast)?)?,? "
        rf"(?:versus|vs\.?|against|compared (?:to|with)|to) {_QUANT}{NUM}",
        _pairs((1, 4), (2, 6)),
        ("lead over", "edge over", "advantage over"),
    ),
    _rule(
        "pair-ahead",  # "put X slightly ahead of Y – 91 to 87"
        # (never the loser of a defeat and the next name: "X beat Y and Z, 91 to 87", Y and Z
        # one name)
        r"(?<!\bbeat )(?<!\bbeating )(?<!\bdefeated )(?<!\bdefeating )(?<!\boutpolled )"
        rf"{C}{gap(0, 30)}\b(?:ahead of|over|against|versus|vs\.?|and) {C}\s*[-–—:,]\s*{NUM}"
        rf"(?: votes?)?(?: to |-|–){NUM}",
        _pairs((1, 4), (2, 6)),
    ),
    _rule(
        "beat-several-to-their",  # "X beat Y and Z by 703 votes to their 385 and 250": the
        # winner's count, then the losers' in the order they were named
        # (a pronoun winner is pronoun-beat-several's, which looks for it before the sentence)
        rf"<C(?P<winner>\d+)>{gap(0, 40)}{BEAT_VERBS} (?P<names>{C}(?:(?:,| and|,? &) {C}){{1,5}}) "
        rf"by <N(?P<count>\d+)>(?: votes?)? to their (?P<numbers>{_NUMS})(?=,? respectively\b|[,.;]|$)",
        _winner_then_respectively,
        ("to their",),
    ),
    _rule(
        "subject-relative-beating",  # "X, who had endorsed Y, was re-elected, defeating Z 131
        # to 62": the subject before the relative clause beat Z, never the name inside it
        rf"{C}, (?:who|which) (?:[^<;:]|<[CX]\d+>){{1,80}}?, (?:was|were|is|has|had)\b"
        rf"(?:[^<;:]|<X\d+>){{0,80}}?,? (?:beating|defeating|topping|edging(?: out)?|besting|"
        rf"trouncing|outpolling) {gap(0, 30)}{C}{gap(0, 20)}{NUM}(?: votes?)?{_SCORE_TO}{NUM}",
        _pairs((1, 4), (2, 6)),
        ("who", "which"),
    ),
    _rule(
        "pair-beat",  # "X beat Y 120 to 70", "X defeated Y by a 216-212 vote", "(114-112)",
        # "X defeated Y, the envoy of Z, by a vote of 99 to 85": Y's description set off by commas
        rf"(?<!replacing )(?<!succeeding )(?<!outgoing )"  # "..., replacing X, after beating Y"
        # (the loser may be described by a country first, "defeated French candidate Y", and
        # described after, by words that may name someone: ", a minister under president Z,")
        # (not "Y was defeated by X, 61 to 40": the passive, read by passive-beat)
        # (the winner too may be described, set off by commas: "X, the head of the federation
        # since 2006, defeated Y")
        # (never the last of a list of names: "eight candidates from A, B and C in a six-round
        # ballot by winning against Y": a list's last is no subject of its own)
        r"(?<!<C\d> and )(?<!<C\d\d> and )"
        rf"{C}{_SUBJECT_APPOSITIVE}{gap(0, 40)}{BEAT_VERBS} (?!(?:out )?by\b){gap(0, 45)}"
        rf"{_DESCRIBED_BY_COUNTRY}{C}"
        # (a description with a relative clause runs long: ", a small island nation which has
        # never served on the council,")
        rf"(?:,(?! (?:and|but|while|whereas|then)\b)(?: (?=[a-z]))?(?:[^<,;:()]|(?<=[a-z] )<C\d+>){{1,110}},"
        # or by dashes: "beat Y - president of the boxing federation - by 56 votes to 36"
        r"| [-–—] (?=[a-z])(?:(?! [-–—] )[^<;:()]){1,110} [-–—]"
        # or an age: "beat Y, also 57, by 101 votes to 61", "beat Y, 49, by ..."
        r"|, (?:also |aged )?<[NX]\d+>,(?= by\b))?"
        r"(?: \((?=[a-z])[^<()]{1,40}\))?"  # or in brackets: "beat Y (the incumbent) 61-40"
        rf"(?:{gap(0, 40)}|(?:[^<,;:]|<X\d+>){{0,40}}? by (?:an? )?(?:[a-z-]+ )?"  # "in a fair and
        # hard-fought contest by an overwhelming 103 to 44": a long gap only before "by"
        # (or "in the race for chair on Sunday by a vote of 66-61")
        r"(?:(?:vote|ballot) of )?"
        # or before a bare score closing the sentence ("X beat Y in the party's conference
        # election to pick a nominee for Speaker, 200-43."; "beat Y of the National
        # Democratic Union of Armenia, 52 to 42 percent.")
        r"|(?:[^<;:]|<X\d+>){41,110}?, (?=<N\d+>[-–]<N\d+>\.?$|<P\d+> to <P\d+>(?:[.,;]|$)))"
        rf"{NUM}(?: votes?)?\)?"  # ")": a share in brackets paired with the count
        rf"{_SCORE_TO_OWN}{NUM}",
        _pairs((1, 4), (2, 6)),
        _BEAT_WORDS,
    ),
    _rule(
        "passive-beat",  # "Y was defeated by X by 61 votes to 40", "Y was narrowly beaten by
        # X, 61-40": the one after "by" won, and the score gives the winner's count first
        # (not after a participle of the one beaten: "Y was beaten by X, taking only 40 votes
        # to her 61" gives Y the 40, as beat-then-participle-pair reads it)
        rf"{C}{gap(0, 40)}\b(?:was|were|is|are|been|being) (?:[a-z]+ly )?{_PASSIVE_BEATEN} by "
        rf"{C}(?:(?!,? {_PARTICIPLE_OF_GETTING}\b)(?:[^<]|<X\d+>)){{0,40}}"
        rf"{NUM}(?: votes?)?{_SCORE_TO_OWN}{NUM}",
        _pairs((2, 4), (1, 6)),
        tuple(f"{word} by" for word in _BEATEN_WORDS),
    ),
    _rule(
        "passive-beat-score-first",  # "Y was defeated 142-30 by X", "Y was beaten 61 to 40 by
        # X in the second round": the score before the winner, the winner's count first
        rf"{C}{gap(0, 40)}\b(?:was|were|is|are|been|being) (?:[a-z]+ly )?{_PASSIVE_BEATEN} "
        rf"(?:by (?:a (?:vote|margin|score) of )?)?{NUM}(?: votes?)?{_SCORE_TO_OWN}{NUM}"
        rf"(?: votes?)? by {C}",
        _pairs((6, 3), (1, 5)),
        _BEATEN_WORDS,
    ),
    _rule(
        "beat-participle-score",  # "X exceeded the 50 percent mark in the third round,
        # topping Y 56-44 percent": the participle's doer is the clause's subject
        # (no other name between: "X pulled off a surprising victory ..., handily beating Y")
        rf"{C}{clause_gap(1, 130)}, (?:[a-z]+ly )?(?:beating|defeating|topping|edging(?: out)?|"
        # (the one beaten may be placed: "Y of Newark by a vote of 130-104")
        # (a round's place between: "beating out Y at the end of the fourth ballot, 106 to 49")
        rf"besting|trouncing|outpolling|pipping) {gap(0, 30)}{C}{gap(0, 40)}"
        rf"(?:by a (?:[a-z]+ )?margin of )?{NUM}(?: votes?)?"  # "... on the third ballot by a margin of"
        rf"{_SCORE_TO}{NUM}",
        _pairs((1, 4), (2, 6)),
        (
            "beating",
            "defeating",
            "topping",
            "edging",
            "besting",
            "trouncing",
            "outpolling",
            "pipping",
        ),
    ),
    _rule(
        "subject-beat",  # "X is the new president, replacing Y, after beating Z 115 - 92": the
        # one who beat Z is the sentence's subject, not the predecessor named in the aside
        # (a dateline may open the sentence: "NEW DELHI, Oct 19: X was declared elected")
        rf"^(?=.*?<[NP]\d+>(?: votes?)?{_SCORE_TO}<[NP]\d+>)"  # a score, checked once
        rf"(?:(?:[^<;:]|<X\d+>){{1,40}}: )?(?:(?-i:[A-Z])[\w.'’-]* ){{0,3}}{C}{_SUBJECT_ASIDE}{{0,120}}?,? (?:(?:after|by) )?"
        rf"{BEAT_VERBS} {gap(0, 30)}{C}{gap(0, 20)}{NUM}(?: votes?)?{_SCORE_TO}{NUM}",
        _pairs((1, 4), (2, 6)),
        _BEAT_WORDS,
    ),
    _rule(
        "pair-score-round-ellipsis",  # "X led Y by 92 votes to 79; on the second by 98 to 72;
        # and on the third round by 113 to 57": the same pair's score in each later round
        rf"{C}{gap(0, 40)}\b(?:led|leads|leading|outpaced|{BEAT_VERBS}) {gap(0, 30)}{C} by "
        rf"<N\d+> votes? to <N\d+>(?P<rest>(?:[;,] (?:and )?(?:in|on) the {_ROUND_WORD}"
        rf"(?: round| ballot)?,? by <N\d+>(?: votes?)? to <N\d+>)+)",
        _pair_in_each_round,
        ("votes to <n", "vote to <n"),
    ),
    _rule(
        "pair-led",  # "X led Y 52% to 46%": a lead in the count, no defeat (so no deciding
        # round is read from it), yet the same pairing
        # ("X is ahead of Y 42.6 percent to 41.5 percent": the same lead, told so)
        rf"{C}{gap(0, 40)}\b(?:led|leads|leading|outpaced|outpacing|outpaces|"
        # (or running so: "X was running far ahead of Y 63 percent to 34 percent")
        rf"(?:is|was|stays|stayed|remains|remained|(?:is |was )?(?:running|runs|ran)) "
        rf"(?:narrowly |well |far |comfortably |just )?ahead of) {gap(0, 45)}"
        # (the rival's party first: "... ahead of governing Y Party (YP) candidate Z 52 to 47")
        rf"(?:<C\d+> \([^()<]{{1,10}}\) (?:candidate |nominee )?)?{C}"
        # (the rival's party after: "X was leading Y of the ruling Democratic Party (DP) 57
        # percent to 40 percent", a party the text has not named before)
        rf"(?: (?:of|from) the (?:(?-i:[a-z]+) )?(?:(?-i:[A-Z])[\w'’-]* ){{1,5}}(?:\([^()<]{{1,10}}\))?)?"
        # (the score set off by a comma: "X is leading Y, 58.9% to 41.1%")
        rf"(?:, (?=<[NP]\d+>))?"
        rf"(?:[^<,;:–—]|<X\d+>){{0,25}}?{NUM}(?: votes?)?\)?(?: to |-|–|—| votes? to ){NUM}",
        _pairs((1, 4), (2, 6)),
        ("led", "lead", "outpac", "ahead of"),
    ),
    _rule(
        "pair-lead-over",  # "X holds a 49-47 percent lead over Y", "X won a 61-39 victory over
        # Y": the lead told in both figures, the first the subject's, the second the rival's
        # (an adjective before the score: "X claimed a landslide 139-25 victory over Y")
        rf"{C}{gap(0, 40)}\b(?:an?|(?:his|her|its|their)) {_SCORE_ADJECTIVE}{NUM}(?:[-–]| to ){NUM}"
        rf"(?: votes?)? (?:lead|edge|advantage|margin|victory|win) over {gap(0, 60)}{C}",
        _pairs((1, 3), (6, 5)),
        (" over ",),
    ),
    _rule(
        "pair-for-over",  # "voters gave a 2,310 to 1,874 majority for X over Y", "a 61-39 win
        # for X over Y": the winner named after the score has the first figure, Y the second
        rf"\ban? {_SCORE_ADJECTIVE}{NUM}(?:[-–]| to ){NUM}(?: votes?)? "
        rf"(?:lead|edge|advantage|margin|victory|win|majority) (?:for|to) {C} over {gap(0, 60)}{C}",
        _pairs((5, 2), (6, 4)),
        (" over ",),
    ),
    _rule(
        "pronoun-lead-over",  # "She claimed a landslide 139-25 victory over Y": the one the
        # pronoun stands for (someone other than Y) has the first figure, Y the second
        rf"(?:^|[.;:]\s*|, )(?P<pronoun>he|she|it|they)\b{gap(0, 40)}\b(?:an?|his|her|its|their) "
        rf"{_SCORE_ADJECTIVE}{NUM}(?:[-–]| to ){NUM}(?: votes?)? "
        rf"(?:lead|edge|advantage|margin|victory|win) "
        rf"over {gap(0, 60)}{C}",
        _pronoun_versus(3, 6, 5),
        (" over ",),
    ),
    _rule(
        "pair-lost-to",  # "X lost the 17th round to Y by a 77-116 vote": the one losing has
        # the fewer (the extractor orders the pair by value)
        # ("his country was withdrawing after losing ...": the country named last)
        rf"(?:{C}|\b(?:his|her|its|their) (?:country|nation)\b){gap(0, 60)}\b(?:lost|losing|loses)"
        rf"(?: the [\w-]+ (?:round|ballot|vote|run-?off)"
        # "lost its Security Council bid to Y in a 142-49 vote"
        # ("lost the Democratic primary to Y 52.6% to 47.4%": a party's primary or nomination)
        rf"| (?:its|his|her|their|the) (?:[\w-]+ ){{0,4}}?"
        rf"(?:bid|seat|race|contest|election|primary|nomination|run-?off))? "
        # ("lost to Y by a margin of 48.5 to 51.5 percent": the two shares, not their gap)
        rf"to (?:the )?{C},? (?:by |in )?(?:(?:a|the) margin of |an? (?:[a-z-]+ )?(?:vote of |score of )?)?"
        rf"{NUM}(?: votes?)?{_SCORE_TO}{NUM}"
        rf"(?: votes?)?(?=[,.;]|$| in\b| on\b)",
        _loser_then_winner,
        ("lost", "losing", "loses"),
    ),
    _rule(
        "lost-score-to",  # "X lost 19-26 to Y", "X lost 40 to 52 to Y's Z": the loser's count
        # first, the winner's second (a possessive owner before the winner is not the winner)
        rf"(?P<loser>{C}){clause_gap(0, 60)}\b(?:lost|losing|loses) "
        rf"<N(?P<lost>\d+)>(?:-|–| to )<N(?P<won>\d+)>(?: votes?)? to (?:the )?"
        rf"(?:{C}'s? )?(?P<winner>{C})",
        lambda m: iter(
            [
                (int(m.group("loser")[2:-1]), int(m.group("lost"))),
                (int(m.group("winner")[2:-1]), int(m.group("won"))),
            ]
        ),
        ("lost", "losing", "loses"),
    ),
    _rule(
        "won-score-rival-before",  # "A run-off between X and Y followed. X won the run-off
        # election 138-99.": the winner's count, then the rival's, the one named before
        # ("With 54 needed, X prevailed 66-41.": an opening clause of no name before it)
        rf"^(?:(?:With|After|In) (?:[^<,]|<X\d+>)+, )?{C}{_SUBJECT_APPOSITIVE} "
        rf"(?:won|prevailed|triumphed) (?:the (?:[a-z-]+ ){{0,3}})?{NUM}(?:-|–| to ){NUM}"
        rf"(?: votes?)?\.?$",
        _winner_then_rival,
        ("won", "prevailed", "triumphed"),
    ),
    _rule(
        "won-score-rivals-after",  # "X won the vote 51-22, comfortably edging out three other
        # nominees": the winner's count; the second is the rivals' together, no one's own
        rf"^{C}{_SUBJECT_APPOSITIVE} won (?:the (?:[a-z-]+ ){{0,3}})?{NUM}(?:-|–| to ){NUM}"
        rf"(?: votes?)?, (?:(?-i:[a-z]+ly) )?(?:edging out|beating|defeating|seeing off) "
        rf"(?:{count_words(2, 10)}|<X\d+>|all) (?:other |rival |fellow )?",
        _pairs((1, 3)),
        ("won",),
    ),
    _rule(
        "pair-trailed",  # "X trailed Y 46% to 52%", "X trailed Y on the first ballot, 23-19":
        # the one trailing has the fewer (the extractor orders the pair by value)
        # ("X trailed Y by two votes in the first round, 36-34": the margin, then the round)
        rf"{C}{gap(0, 40)}\b(?:trailed|trailing|trails) {gap(0, 30)}{C}"
        rf"(?:[^<;:–—]|<X\d+>){{0,40}}?{NUM}(?: votes?)?\)?(?: to |-|–|—| votes? to ){NUM}",
        _pairs((1, 4), (2, 6)),
        ("trail",),
    ),
    _rule(
        "beat-taking-against-rival",  # "X defeated Y, taking 28 votes against 18 for his
        # rival": the winner's count, then the beaten one's
        rf"{C}{gap(0, 100)}{BEAT_VERBS} {gap(0, 30)}{_DESCRIBED_BY_COUNTRY}{C}"
        rf",? (?:with|taking|winning|securing) {NUM}(?: votes?)? (?:against|to) {NUM}(?: votes?)? "
        rf"for (?:his|her|its|their) (?:rival|opponent|challenger)\b",
        _pairs((1, 4), (2, 6)),
        ("rival", "opponent", "challenger"),  # rarer than the verbs of defeat it also needs
    ),
    _rule(
        "count-then-rival-elided",  # "X won 204 votes, her opponent 152": the verb left out
        # before the rival's count, the rival the words stand for (someone other than X)
        rf"{C}{gap(0, 90)}\b{_STRONG_GET} {_QUANT}{NUM}(?: votes?)?,? (?:and |while |with )?"
        rf"(?P<pronoun>(?:his|her|its|their) (?:rival|opponent|challenger|competitor)) "
        rf"{NUM}(?: votes?)?(?=[,.;]|$| and\b)",
        _pronoun_versus(6, 1, 3),
        ("rival <", "opponent <", "challenger <", "competitor <"),
    ),
    _rule(
        "count-against-for-rival",  # "X received nine votes as against five for his
        # opponent", "X won 61 votes to 40 for her rival": the subject's count, then that of
        # the rival the words stand for, named before (not a name after: "for his rival, Y")
        rf"{C}{gap(0, 90)}\b{_STRONG_GET} {_QUANT}{NUM}(?: votes?)?,? "
        rf"(?:as against|against|to|versus|vs\.?|compared (?:with|to)) {NUM}(?: votes?)? "
        rf"for (?P<pronoun>(?:his|her|its|their) (?:rival|opponent|challenger|competitor))\b"
        rf"(?!,? (?:[^<.;]{{0,60}}, )?<C)",
        _pronoun_versus(5, 1, 3),
        ("rival", "opponent", "challenger", "competitor"),
    ),
    _rule(
        "beat-with",  # "X defeated Y with 54.3%": the share is the winner's, not Y's
        # "X of Y was elected as the body's new Deputy Director-General, defeating Z, with 97"
        # (the loser may be described by a country first: "Qatar's World Cup chief Z")
        # (not when the winner's count comes before the verb: "X with 61 beat Y with 40")
        rf"{C}(?! (?:with|on|at) <[NXP])"
        # (the winner described, set off by commas: "X, the first to win since Z in 1965,")
        rf"{_SUBJECT_APPOSITIVE}"
        # (the loser no runner-up told after "with": "X beat five rivals, with Y coming in
        # second with 11.7%" is Y's share)
        # ("defeated One Bermuda Alliance (OBA) candidate Y": the loser's party spelled out)
        # (a long title or sponsor before the loser: "defeated former deputy Senate
        # president Y", "defeated the Z Party adopted candidate Y")
        rf"{gap(0, 100)}{BEAT_VERBS} {_PARTY_SPELLED}?{gap(0, 50)}{_DESCRIBED_BY_COUNTRY}(?<!\bwith ){C}"
        rf"(?: \([^()<]{{1,40}}\))?"
        # (the loser's party set off: "defeated Y, also of the Z Party (ZP) with 79 votes")
        rf"(?:,? (?:also |too )?of the <C\d+>(?: \([^()<]{{1,12}}\))?(?=,? with\b))?"
        rf"(?:,? (?:and )?<C\d+>(?! {_STRONG_GET}\b)){{0,3}}"  # "defeated Y and Z with"
        # not past a clause of its own subject ("after she led with 150")
        rf"(?:(?!\b(?:he|she|it|they|who|which)\b)(?:[^<,–—;:]|<X\d+>)){{0,60}}?,? "
        rf"(?:with|on|at|taking|winning|securing) {_QUANT}{NUM}",
        _pairs((1, 4)),
        _BEAT_WORDS,
    ),
    _rule(
        "lead-with",  # "X leads Y with 52.4% of the vote": a lead, not yet a win, yet the
        # share is the leader's as in "beat-with", never the trailing Y's
        rf"{C}{gap(0, 40)}\b(?:leads|led|(?:is|was) (?:narrowly |comfortably )?leading) (?!by\b)"
        # (the lead's size first is a margin: "leads Y by 3 points with 52.4%")
        rf"{gap(0, 30)}{C}(?: \([^()<]{{1,40}}\))?(?: by <[NPX]\d+>(?: percentage)? (?:points?|votes?))?"
        rf",? with {_QUANT}{NUM}",
        _pairs((1, 4)),
        ("leads", " led ", "leading"),
    ),
    _rule(
        "beat-by-of-total",  # "X defeated Y by 212 votes out of 290": told out of the whole
        # cast, the winner's count, never a margin
        # (the loser described before or after: "defeating EFF leader Y", "Y of the ATM")
        rf"{C}{gap(0, 100)}{BEAT_VERBS} {gap(0, 50)}{_DESCRIBED_BY_COUNTRY}{C}"
        rf"(?: \([^()<]{{1,40}}\)|,? (?:of|from) [^<;:]{{1,60}}?)? by {N}(?: votes?)? "
        rf"out of <[NX]\d+>",
        _pairs((1, 3)),
        ("out of",),
    ),
    _rule(
        "placed-beside-with",  # "X finished ahead of Y, with 61 votes (to 40)", "X came in
        # behind Y on 40%": the placing's subject owns the count, never the rival beside it
        # "X ranked third after Y and Z with 20.7 percent", "came second behind incumbent Y":
        # the rivals placed before the subject own none of it ("with X trailing Y with 499":
        # the one trailing too; "X followed Y with 890": the follower's; "X came second to Y")
        rf"{C}{gap(0, 60)}\b(?:(?:finished|finishes|came|comes|ended|ends|placed|places|"
        rf"stood|stands|emerged|ranked|ranks)(?: in| up| home)?"
        rf"(?:(?: (?:well|just|narrowly|comfortably|far|slightly|second|third|fourth|last))?,? "
        rf"(?:ahead of|behind)| (?:second|third|fourth|fifth|last) (?:after|to)"
        # ("X finished runner-up against Y, with 61 votes": the runner-up's, never the winner's)
        rf"| (?:as )?(?:the )?runner-up (?:against|to))|"
        # ("X trailed behind Y with 44%": the one trailing)
        rf"(?:trailed|trailing|trails)(?: behind)?|followed|follows) {_RIVAL_TITLE}"
        rf"(?:(?:<C\d+>|(?-i:[A-Z][\w.&-]{{0,30}}))['’]s )?{C}"  # ("behind the BJP's Y": a party's)
        rf"(?: \([^()<]{{1,40}}\))?(?:(?:,| and) {_RIVAL_TITLE}<C\d+>(?: \([^()<]{{1,40}}\))?){{0,3}},? "
        rf"(?:with|on|at|taking|winning|securing|polling|getting) {_QUANT}{NUM}"
        rf"(?:(?: votes?)?{_SCORE_TO}{NUM}(?! votes? (?:margin|lead)))?",  # "61 votes to 40"
        _placed_beside,
        (
            "ahead of",
            "behind",
            "second after",
            "third after",
            "fourth after",
            "fifth after",
            "last after",
            "second to",  # "X came second to Y with 39 votes": the runner-up's count
            "third to",
            "fourth to",
            "fifth to",
            "last to",
            "trail",
            "followed ",  # "X followed Y with 31,893 votes": the follower's count
            "follows ",
            "runner-up",
        ),
    ),
    _rule(
        "pronoun-placed-beside-with",  # "..., as they finished fifth, behind Y, getting only 59
        # votes": as the rule before, for a pronoun; the rival placed beside owns none of it
        rf"\b(?P<pronoun>he|she|it|they)\b (?:finished|came|ended|placed|ranked)(?: in| up)?"
        rf"(?: (?:second|third|fourth|fifth|sixth|last))?,? (?:well |far |just )?behind "
        rf"{_RIVAL_TITLE}{C}(?: \([^()<]{{1,40}}\))?,? "
        rf"(?:with|on|at|taking|winning|securing|polling|getting) {_QUANT}{NUM}",
        lambda m: iter(
            [(_pronoun_reference(m.group("pronoun")), int(m.group(4)), None, 1, int(m.group(2)))]
        ),
        ("behind",),
    ),
    _rule(
        "won-race-against-with",  # "X won the run-off against Y with 54.2%": the winner's
        # share, never the opponent's
        rf"{C}{gap(0, 60)}\b(?:won|wins|winning) (?:the|a|an|this|last) (?:[\w-]+ ){{0,2}}?"
        rf"(?:run-?off|race|contest|vote|ballot|election|round|seat|battle|duel|primary) "
        rf"against (?:the )?{C}(?: \([^()<]{{1,40}}\))?,? "
        rf"(?:with|on|taking|winning|securing|polling) {_QUANT}{NUM}{_COUNTS}",
        _pairs((1, 4)),
        ("against",),
    ),
    _rule(
        "most-votes-then-count",  # "X obtained the highest number of votes, 61", "X received
        # the highest votes of 412": the subject's count named after its rank
        # "X got the second highest number of votes in the group at 148": the rank, where
        # (an aside may come between: "X, which chairs the group, received the most votes")
        rf"{C}{_APPOSITION}{gap(0, 60)}\b(?:{_GET}|emerged with) {_RANKED_VOTES_COUNT}",
        _pairs((1, 2)),
        _RANKED_VOTES_WORDS,
    ),
    _rule(
        "pronoun-most-votes-then-count",  # "..., during which he received the majority of
        # votes, a total of 129": as the rule before, for a pronoun standing for one named
        # too far before it (the most-votes phrase says the count is the subject's own)
        rf"\b(?P<pronoun>he|she|it)\b {_GET} {_RANKED_VOTES_COUNT}",
        lambda m: _pronoun_at(m, 2),
        _RANKED_VOTES_WORDS,
    ),
    _rule(
        "pronoun-beat-with",  # "He defeated Y with 58% of the vote", "The former party
        # president beat Y in the contest to replace Z, with 56.5%": the pronoun's, never Y's
        # (not "the former", which may be a description: "the former party chair")
        rf"\b(?P<pronoun>he|she|it|they|the (?:incumbent|challenger|winner)|{_ROLE})\b"
        rf"{gap(0, 40)}{BEAT_VERBS} {gap(0, 30)}{_DESCRIBED_BY_COUNTRY}{C}(?: \([^()<]{{1,40}}\))?"
        rf"(?: in the (?:contest|race|election|battle|ballot|vote) to (?:replace|succeed) <C\d+>)?"
        rf"(?:(?!\b(?:he|she|it|they|who|which)\b)(?:[^<,–—;:]|<X\d+>)){{0,30}}?,? "
        # (or a participle of getting: "She defeated Y in this election, receiving 72%")
        rf"(?:with|taking|winning|securing|{_GETTING}) {_QUANT}{NUM}",
        lambda m: iter(
            [(_pronoun_reference(m.group("pronoun")), int(m.group(4)), None, 1, int(m.group(2)))]
        ),
        _BEAT_WORDS,
    ),
    _rule(
        "object-then-participle",  # "X will face Y in the run-off after winning 41.2%": the
        # participle's doer is the clause's subject, X, not Y named between
        # (Y described by a party: "X floored Jubilee candidate Y after getting 699,393")
        # (not "<party>’s <person> won ... by bagging": the party owns the doer; nor "X won
        # the seat with Y winning it by securing 2,547": Y after "with" is a doer of its own)
        # (the office and its body may stand between, without a comma: "X has been elected as
        # president of the Y Association replacing Z after polling 163")
        # (nor "<party>’s former minister <person> won": a description after the possessive)
        # (nor a speaker: "X said Y has won by securing 4,118 votes": Y's clause is reported)
        rf"{C}(?! {_PARTY_NOMINEE})(?!['’]s (?:(?-i:[a-z][\w-]*) ){{0,3}}<C)(?!{_REPORTED_BY})"
        rf"(?:[^<,;]|<X\d+>){{1,100}}?"
        rf"(?:<C\d+> {_PARTY_NOMINEE} )?(?<!\bwith ){C}"
        # (not Y declared the winner: "the officer X declared Y winner after amassing 6,754":
        # the winner amassed them)
        rf"(?! (?:as )?(?:the )?(?:winner|victor)\b)"
        rf"(?:[^<,;]|<X\d+>){{0,40}}? "
        rf"(?:after|by|despite|while) (?:{'|'.join(sorted(PARTICIPLES))}) {_QUANT}{NUM}",
        _subject_of_participle,
    ),
    _rule(
        "beat-pronoun-object",  # "Tom Berg was the incumbent. Ana Lind beat him by 60 votes
        # to 40": the one beaten, named before, by a pronoun (never the subject)
        rf"{C}{gap(0, 40)}{BEAT_VERBS} (?P<pronoun>him|her) (?:{gap(0, 30)})?"
        rf"{NUM}(?: votes?)?{_SCORE_TO_OWN}{NUM}",
        _beaten_pronoun,
        _BEAT_WORDS,
    ),
    _rule(
        "pronoun-passive-beat",  # "He was defeated in the vote on Monday by X, the finance
        # minister, by a vote of 31 to 19": the one after "by" won, so the score's first count
        # is X's and the second the pronoun's (as passive-beat reads it for a name)
        rf"\b(?P<pronoun>{_PRONOUN}|{_ROLE})\b{gap(0, 40)}\b(?:was|were|is|are|been|being) "
        rf"(?:[a-z]+ly )?{_PASSIVE_BEATEN}\b{clause_gap(0, 60)} by {C}"
        rf"(?:(?!,? {_PARTICIPLE_OF_GETTING}\b)(?:[^<]|<X\d+>)){{0,40}}"
        rf"{NUM}(?: votes?)?{_SCORE_TO_OWN}{NUM}",
        _pronoun_versus(6, 2, 4),
        tuple(f"{word} " for word in _BEATEN_WORDS),
    ),
    _rule(
        "pronoun-beat",  # "He defeated X by a 217-211 vote", "The Ohio Republican defeated X"
        # (a description before X: "She defeated the Egyptian culture minister, X, by a vote
        # of 31 to 27") (never a passive: "He was defeated ... by X" is X's win)
        rf"\b(?P<pronoun>{_PRONOUN}|{_ROLE})\b{gap(0, 40)}"
        rf"(?<!\bwas )(?<!\bwere )(?<!\bbeen )(?<!\bbeing )(?<!\bis )(?<!\bare ){BEAT_VERBS} "
        rf"(?:[^<]|<X\d+>|{_DEMONYM_IN_DESCRIPTION}){{0,50}}?{C}"
        # (X described after, set off by commas: "It defeated X, a small island nation which
        # has never served on the council, by a vote of 144-46")
        rf"(?:, (?=[a-z])(?!(?:and|but|while|whereas|then)\b)[^<,;:()]{{1,110}},)?{gap(0, 40)}"
        rf"{NUM}(?: votes?)?{_SCORE_TO_OWN}{NUM}",
        _pronoun_versus(4, 2, 6),
        _BEAT_WORDS,
    ),
    _rule(
        "pronoun-led",  # "He led X 11 to 10 in the first round", "She was leading X 52-47":
        # a lead, no defeat, yet the pronoun's count first and X's second
        rf"\b(?P<pronoun>{_PRONOUN}|{_ROLE})\b{gap(0, 20)}\b(?:led|leads|leading|outpaced|outpacing) "
        rf"{_DESCRIBED_BY_COUNTRY}{C}(?:[^<,;:–—]|<X\d+>){{0,25}}?{NUM}(?: votes?)?"
        rf"(?: to |-|–| votes? to ){NUM}",
        _pronoun_versus(4, 2, 6),
        ("led", "lead", "outpac"),
    ),
    _rule(
        "pronoun-beat-several",  # "He beat X and Y by 703 votes to their 385 and 250,
        # respectively": the pronoun's count (the others' are read "respectively")
        rf"\b(?P<pronoun>{_PRONOUN}|{_ROLE})\b{gap(0, 40)}{BEAT_VERBS} {gap(0, 30)}"
        rf"(?P<names>{C}(?:(?:,| and|,? &) {C}){{1,4}}) by {N}(?: votes?)? to their "
        rf"(?P<numbers>{N}(?:(?:,| and|,? &) {N}){{1,4}}),? respectively",
        _pronoun_beating_several,
        _BEAT_WORDS,
    ),
    _rule(
        "beaten-to-own",  # "The club president won re-election, beating X by 783 votes to her
        # 494": the beaten one's count (the subject, no name, is left to the rules for roles)
        rf"\b{BEAT_VERBS} {C} by {N}(?: votes?)? to (?:his|her|its|their) {N}",
        _pairs((1, 3)),
        _BEAT_WORDS,
    ),
    _rule(
        "pair-compared-to-own",  # "with X's opponent Y garnering 11,006 votes, compared to
        # his 12,609": Y's count, then that of the one the pronoun stands for (never Y)
        # (or of Y's rival: "Y polled 412 votes against her opponent's 398"; not "her
        # predecessor's", often a past race's figure)
        rf"{C}{clause_gap(0, 40)}\b{_GET} {_QUANT}{NUM}"
        rf"(?: {VOTERS}| of the (?:valid |popular )?(?:votes?|ballots?))?,? "  # "55% of the votes"
        rf"(?:compared (?:to|with)|as against|against|versus|vs\.?) "
        rf"(?P<pronoun>(?:his|her|its|their)(?: (?:rival|opponent|challenger|competitor)(?=['’]s))?)"
        rf"(?:['’]s)? {NUM}(?:(?: {VOTERS})?[.,;]|$)",
        _pair_then_pronoun,
        ("compared", "against", "versus", "vs"),
    ),
    _rule(
        "passive-pair-compared-to",  # "Only 27 votes were gained by X, compared to Y's 43"
        rf"{NUM}(?: {VOTERS})? (?:were|was) (?:gained|won|received|obtained|garnered|secured|"
        rf"polled|cast for) by {C},? (?:compared (?:to|with)|against|versus) {C}(?:'s|’s) {NUM}",
        _pairs((3, 2), (4, 6)),
        ("compared", "against", "versus"),
    ),
    _rule(
        "opening-participle-subject",  # "After finishing second with 31% of the vote, X
        # called for a recount": the participle's doer, the clause's subject
        rf"{_OPENING_PARTICIPLE}{C}",
        _pairs((3, 2)),
        ("after", "despite"),
    ),
    _rule(
        "opening-participle-pronoun",  # "After coming in third in the first round with some
        # 24 percent of votes, he called on ...": the one the pronoun stands for
        rf"{_OPENING_PARTICIPLE}(?P<pronoun>he|she|they|it)\b",
        _pronoun(2),
        ("after", "despite"),
    ),
    _rule(
        "pronoun-pair-to",  # "Her victory was slimmer, at 58.8% to Hussain's 41.2%", "saw the
        # former pull away with 46 votes to Jones' 26"
        # (never a noun after "of", which owns no count: "X was returned to the post of
        # chairman of the party with 352 votes compared to Y's 253" is X's)
        rf"\b(?<!\bof )(?P<pronoun>{_POSSESSIVE_PRONOUN}|{_PRONOUN})\b"
        rf"(?:{_OWN_RESULT}{gap(0, 100)}|{gap(0, 60)}){NUM}{gap(0, 40)} "
        rf"(?:to|against|versus|vs\.?|compared (?:with|to)) (?:{gap(0, 20)})?"
        rf"{C}(?:'s|’s|'|’)(?: with| on| at)? {NUM}"
        # a third after "and" when possessive too: "to Y's 27 percent and Z's 9 percent"
        # (described in a small word: "and former Rep. Z's 9 percent")
        rf"(?:(?: votes?)?,? and (?:(?-i:[a-z]+) )?{C}(?:'s|’s|'|’) {NUM})?",
        _pronoun_versus(3, 4, 6, third=(7, 9)),
        (">'s", ">’s", ">' <", ">’ <"),
    ),
    _rule(
        "pair-voted-for",  # "members voted 47-34 for the long-favoured X bid over Y"
        rf"\bvot(?:ed|e was|e of) {NUM}(?: votes?)?(?: to |-|–){NUM}(?: votes?)? "
        rf"for (?:(?!(?:by|of|from|to|on|in|at|and|or) )[\w-]+ ){{0,3}}{C}{clause_gap(0, 40)}"
        rf"\b(?:over|against|versus) {C}(?!['’]s)",
        _pairs((5, 2), (6, 4)),
        words=("vot",),
    ),
    _rule(
        "pair-in-favour",  # "voted 30 to 28 in favour of X over Y"
        rf"{NUM}(?: votes?)?(?: to |-|–){NUM}(?: votes?)? in favou?r of {C}{gap(0, 80)}"
        rf"\b(?:over|against|versus) (?:(?:<C\d+>|[\w-]+)(?:'s|’s) )?{C}",  # "Lebanon's X"
        _pairs((5, 2), (6, 4)),
    ),
    _rule(
        "named-split-in-favour",  # "Y County was five to four in favour of the Z party": a
        # named place or body's split, its seats or divisions, no vote ("the vote was 9 to 5"
        # names no one before "was")
        # (a place not read as a name too: "Kent Parish was")
        rf"(?:<C\d+>|(?-i:[A-Z])[\w.]*) (?:was|is|stood at) (?P<rest>{NUM}(?: to |-|–){NUM}) in favou?r of\b",
        _claim_all,
        ("favo",),
    ),
    _rule(
        "pair-in-favour-one",  # "the Council voted 9 to 5 in favour of X": 5 went elsewhere;
        # "for X" only after "voted" ("X got 113 votes to 70 for Y" gives Y the 70)
        # ("in favour of the X bid": an article before the name too; not "of the X fee", a
        # measure the word names)
        rf"(?:{NUM}(?: votes?)?(?: to |-|–){NUM}(?: votes?)? in favou?r of "
        # ("voted during a secret ballot 179-4 for X": a phrase may say how, first)
        # (not "an edge in the popular vote of 52% to 48% for Y": shares, the second Y's)
        rf"|\bvot(?:ed|e was|(?<!popular vot)e of) (?:(?:in|during|at|on|by) (?:[\w’'-]+ ){{1,5}})?"
        rf"{NUM}(?: votes?)?(?: to |-|–){NUM}(?: votes?)? for )"
        rf"(?:the )?{C}(?! {_MEASURE})"
        # "179-4 for X over Y": the rest went to Y (not "over Y's objections")
        rf"(?: over (?:the )?{C}(?!['’]))?",
        _favour_one,
        ("favo", "vot"),
    ),
    _rule(
        "voted-score-rest",  # "voted 12-3 for the plan drafted by X": a score for something
        # X is not; neither side is X's ("N for X" would take the 3)
        rf"\bvot(?:ed|e was|(?<!popular vot)e of) (?P<rest>{NUM}(?: votes?)?(?: to |-|–){NUM})(?: votes?)? for\b",
        _claim_all,
        ("vot",),
    ),
    _rule(
        "tied-with-name",  # "X was out after tying with Y on 26 votes": both had the count
        # ("X tied Y, each with 29 votes": the verb may take the rival as its object)
        rf"{C}{clause_gap(0, 40)}\b(?:(?:tied|tying|ties)(?: with)?|(?:drew level|drawing level|"
        rf"finished level|was level|were level|was tied|were tied) with) {C},? "
        rf"(?:each |both )?(?:on|at|with) {_QUANT}<N(\d+)>"
        rf"(?: {VOTERS})?(?: each| apiece)?(?=[ ,.;)]|$)",
        lambda m: iter([(int(m.group(1)), int(m.group(3))), (int(m.group(2)), int(m.group(3)))]),
        ("tied", "tying", "ties", "level"),
        needs_vote_word=True,
    ),
    _rule(
        "pair-then-both-tied",  # "Although X had led Y throughout, at one point the countries
        # were tied at 93 votes apiece": the two just named, each with the count ("the two"
        # may be read as a number)
        rf"(?<!, )(?<!and ){C}{clause_gap(1, 60)}{C}{gap(1, 80)}\b(?:the (?:two )?(?:countries|"
        rf"nations|candidates|contenders|rivals)|the (?:two|pair|<[NX]\d+>)|both(?: countries| nations| "
        rf"candidates)?) (?:were|was|stood|remained|finished|ended(?: up)?) (?:tied|level|"
        rf"deadlocked) (?:at|on|with) <N(\d+)>(?: {VOTERS})?(?: each| apiece)?(?=[ ,.;)]|$)",
        lambda m: iter([(int(m.group(1)), int(m.group(3))), (int(m.group(2)), int(m.group(3)))]),
        ("tied", "level", "deadlocked"),
        needs_vote_word=True,
    ),
    _rule(
        "number-each-for",  # "..., 68 for Y and 1 each for X, Z and W", "two votes apiece
        # went to X and Y": the count, then the names each got it
        rf"<N(?P<number>\d+)>(?: {VOTERS})? (?:each|apiece) (?:for|to|went to|going to) "
        rf"(?P<names>{C}(?:, {C}){{0,6}},? (?:and|&) {C})(?=[,.;)]|$| (?!<))",
        _shared,
        ("each for", "each to", "each went", "each going", "apiece"),
    ),
    _rule(
        "shared-each",  # "X, Y and Z ... with 190 votes each", "tied on 114 votes"
        # (a share too: "X and Y trail with 12% each")
        rf"(?P<names>{_LIST_FROM}){gap(0, 100)}(?:with |on |at |received |got |won )?"
        rf"<(?:N|P)(?P<number>\d+)>(?: {VOTERS}| of the vote)?(?: each| apiece)",
        _shared,
        ("each", "apiece"),
    ),
    _rule(
        "shared-each-before",  # "X and Y were elected, each receiving 148 votes", "X, Y and Z
        # won seats, each with 150 votes": the count set off after the list is every one's
        rf"(?P<names>{C}(?:(?:,| and|, and|,? &) (?:the )?{C}){{1,7}}){gap(0, 100)}, "
        rf"(?:each|both) (?:with|on|receiving|getting|obtaining|securing|winning|garnering|"
        rf"taking|polling) {_QUANT}<N(?P<number>\d+)>(?: {VOTERS})?(?=[ ,.;)]|$)",
        _shared,
        (", each ", ", both "),
    ),
    _rule(
        "pronoun-each-got",  # "X and Y joined the council. Each of these countries received
        # 148 votes", "Both received 150 votes": the two just named, each with the count
        # (after an opening phrase that names no one: "In a manual count, the pair received")
        rf"^\W*(?:(?:[^<;:]|<X\d+>){{1,120}}?, )?"
        rf"(?:both(?: (?:of them|countries|nations|states|candidates))?|they (?:each|both)|"
        rf"each of (?:them|these|those|the two)(?: (?:countries|nations|states|candidates))?|"
        rf"the two (?:countries|nations|states|candidates)(?: each)?|"
        # ("the two" is a number token by now: "The two (candidates) received 40 votes each";
        # the gate asks for "the two" in the text)
        rf"the <[NX]\d+>(?: (?:countries|nations|states|candidates|contenders|finalists|"
        rf"rivals|nominees))?(?: each)?|"
        # "The pair received 14 votes each"
        rf"the (?:pair|duo)) "
        rf"(?:{_GET}) {_QUANT}<N(\d+)>(?: {VOTERS})?(?: each| apiece)?(?=[ ,.;)]|$)",
        lambda m: iter([(FORMER_REFERENCE, int(m.group(1))), (LATTER_REFERENCE, int(m.group(1)))]),
        ("both", "each", "the two", "the pair", "the duo"),
    ),
    _rule(
        "tie-score-between",  # "a 38-38 tie between X and Y", "a 38-38 tie between the
        # interim president, X and television host Y": one side each, in the order named
        rf"<N(\d+)>[-–]<N(\d+)> (?:tie|deadlock|dead heat) between (?:[^<.;:]{{0,40}}?, )?"
        rf"(?:the )?{C},? and (?:the )?(?:[a-z-]+ ){{0,2}}?{C}",
        _pairs((3, 1), (4, 2)),
        ("tie", "deadlock", "dead heat"),
    ),
    _rule(
        "shared-place-with-both",  # "X tied with Y, both receiving 95 votes", "X rose to
        # fourth position, shared with Y, both receiving seven": the place X shares with Y
        # (Y's country after it: "from Slovenia", "(Fiji)")
        rf"(?P<names>{C}(?:[^<;]|<X\d+>){{0,120}}?\b(?:tied|level|shar(?:e|es|ed|ing)\b"
        rf"(?:[^<;]|<X\d+>){{0,40}}?) with {_FROM})(?: from (?-i:[A-Z])[\w-]+"
        rf"(?: (?-i:[A-Z])[\w-]+)?| \([^<()]{{1,40}}\))?,? (?:both|each) {_GET} "
        rf"<N(?P<number>\d+)>",
        _shared,
        ("both", "each"),
    ),
    _rule(
        "shared-then-list",  # "X and Y got 53 votes, Z 52 votes and W 49": a joint subject
        # whose count a list of one count per name goes on from is a tie, not a sum
        rf"(?P<names>{C}(?:, <C\d+>){{0,4}},? and <C\d+>) {_GET} <N(?P<number>\d+)>"
        # ("followed by X and Y with 186 votes, Z with 184 votes": the list told with "with")
        rf"(?: {VOTERS})?,(?= (?:and )?<C\d+> (?:with |on )?<N\d+>)",
        _shared,
        (" and <c",),
    ),
    _rule(
        "shared-each-verb",  # "Peru and Iran each collected one", "X and Y both received 101"
        # (in a relative too: "Then came X and Y, who each received 18,054 votes"; or past
        # one: "X and Y, which were not candidates, each received one vote")
        rf"(?P<names>{_LIST_FROM})(?:, (?:who|which) [^<;,]{{1,60}})?,? (?:who |which )?"
        rf"(?:each|both|all three|all four|all) {_GET} "
        rf"<N(?P<number>\d+)>",
        # (one name alone shares with no one: "the delegates of X each had one vote" is
        # the voters' weight, not X's count)
        _shared_several,
        ("each", "both", "all"),
    ),
    _rule(
        "tie-with-each",  # "X and Y were locked in a tie, with each receiving 95 votes", "X
        # and Y finished level, both on 40": the tie's sides, each with the count
        rf"(?P<names>{_FROM}(?:, {_FROM}){{0,3}},? and (?:the )?{_FROM}) "
        rf"(?:[a-z-]+ ){{0,4}}?(?:tied|a tie|level|deadlocked),? "
        rf"(?:with )?(?:each|both)(?: of them)? (?:{_GETTING}|on|at|with) <N(?P<number>\d+)>"
        r"(?! (?:votes? )?(?:between|combined|together|jointly))",
        _shared_several,
        ("each", "both"),
    ),
    _rule(
        "shared-both-before",  # "Both X and Y received 95 votes": each got them, never a
        # joint count ("95 votes between them")
        rf"\bboth (?P<names>{_FROM} and {_FROM}),? {_GET} <N(?P<number>\d+)>"
        r"(?! (?:votes? )?(?:between|combined|together|jointly))",
        _shared,
        ("both",),
    ),
    _rule(
        "shared-all",  # "X, Y and Z were all elected in the first round with 190 votes"
        rf"(?P<names>{_LIST_FROM}),? (?:were |are )?(?:all|both)\b{gap(0, 60)}\b"
        rf"(?:with|on|at|received|got|won|secured|obtained) <N(?P<number>\d+)>",
        _shared,
        ("all", "both"),
    ),
    _rule(
        "shared-inverted",  # "One vote gained Armenia and Moldova": each got it
        rf"<N(?P<number>\d+)> {VOTERS} (?:gained|received|got|obtained|won|secured|collected) "
        rf"(?P<names>{_LIST})(?!\s*<[NP])",  # not "... Kazakhstan and Thailand 40"
        _shared,
    ),
    _rule(
        "pair-tied-score",  # "asked to vote between X and Y, which resulted in a tied vote of
        # 5-5", "X and Y tied 6-6 on the second ballot": one side each, in the order named
        rf"{C},? and (?:the )?{C}{clause_gap(0, 60)}\btied(?: (?:vote|ballot|poll))?"
        rf"(?: of| at| on)? <N(\d+)>[-–]<N(\d+)>",
        _pairs((1, 3), (2, 4)),
        ("tied",),
    ),
    _rule(
        "pair-score-tie",  # "X and Y ended in a 95-95 tie after five rounds", "X and Y were
        # locked in a 7-7 deadlock": the tie's score, one side each
        rf"{C},? and (?:the )?{C}{clause_gap(0, 40)}\ban? <N(\d+)>[-–]<N(\d+)> "
        r"(?:tie|deadlock|stalemate)\b",
        _pairs((1, 3), (2, 4)),
        (" tie", "deadlock", "stalemate"),
    ),
    _rule(
        "shared-tied",
        rf"(?P<names>{_LIST_FROM}){gap(0, 40)}(?:tied|level|were tied|drew) (?:on|at|with) "
        rf"<N(?P<number>\d+)>",
        _shared,
        ("tied", "level", "drew"),
    ),
    _rule(
        "pair-tied-score",  # "X and Y were tied, 95 to 95": a tie told as a score, one side
        # each in the order named
        rf"(?<!, )(?<!> and ){C},? and (?:the )?{C} (?:were|was|stood|remained|finished|ended) "
        rf"(?:tied|level|deadlocked),? (?:at )?<N(\d+)>(?: {VOTERS})? (?:to|[-–]) <N(\d+)>",
        _pairs((1, 3), (2, 4)),
        ("tied", "level", "deadlocked"),
    ),
    _rule(
        "vote-tied-score",  # "The vote was tied, 95 to 95": the last two named, the same
        # count each
        r"^\W*(?:the |that |this )?(?:[a-z]+ )?(?:vote|ballot|voting|race|contest|result|count) "
        rf"(?:[^<;:]|<X\d+>){{0,100}}?\b(?:was|were|stood|remained|ended) (?:tied|level|deadlocked),? "
        rf"(?:at )?<N(?P<tied>\d+)>(?: {VOTERS})? (?:to|[-–]) <N(?P<other>\d+)>",
        _tied_score,
        ("tied", "level", "deadlocked"),
    ),
    _rule(
        "pronoun-tied",  # "on the sixth ballot they tied at 93 votes each": the last two named
        # ("the pair were knotted at 49% of the vote each": news refers to two rivals as "the
        # pair" or "the two"; "two" is read as a number)
        rf"\b(?P<who>they|both|the (?:pair|duo|<N\d+>)(?= (?:were|are|finished|ended|tied|drew)\b))"
        rf"{clause_gap(0, 20)}\b(?:were |finished |ended )?"
        rf"(?:tied|level|drew|knotted|deadlocked) (?:on|at|with) <(?:N|P(?=\d+> of the vote))(?P<tied>\d+)>"
        rf"(?: of the vote)?"
        rf"(?P<each>(?: {VOTERS})? (?:each|apiece)\b)?(?=(?: {VOTERS})?(?:[ ,.;]|$))"
        rf"(?! (?:other|more)\b)",  # "tied with 3 other bids" is no count of votes
        _both_tied,
        ("tied", "level", "drew", "knotted", "deadlocked"),
    ),
    _rule(
        "pronoun-respectively",  # "In the third round, they obtained 29 and 24 votes
        # respectively": the last two named, in order (no name before it in the sentence)
        r"^(?:[^<;:]|<X\d+>){0,60}?\b(?:they|the (?:two |<X\d+> )?(?:candidates|finalists|"
        # (a clause between: "They will both advance, having received 57% and 43% of the vote
        # respectively"; "the pair" and "the two", "two" read as a number: "The two were
        # neck-and-neck, at 30.6% and 29.8% respectively")
        rf"contenders|rivals)|the (?:pair|duo|<N\d+>)(?= (?:were|are|had|have|got|received)\b)) "
        rf"(?:(?:[^<;:.]|<X\d+>){{0,80}}? )?(?:{_GET}|at) {_QUANT}<([NP])(\d+)>"
        rf"(?: {VOTERS})?,? and <([NP])(\d+)>(?: {VOTERS}| of the (?:votes?|ballots))?,? respectively",
        lambda m: (
            iter([(FORMER_REFERENCE, int(m.group(2))), (LATTER_REFERENCE, int(m.group(4)))])
            if m.group(1) == m.group(3)
            else iter(())
        ),
        ("respectively",),
    ),
    _rule(
        "pronoun-tied-score",  # "the candidates were tied, 29 to 29", "they were level
        # 40-40": a tie's score names two sides, the last two named
        r"\b(?:they|the (?:two )?(?:candidates|finalists|contenders|rivals))(?: were)? "
        r"(?:tied|level|deadlocked),? (?:at )?<N(\d+)>(?: votes?)?(?: to |[-–])<N(\d+)>",
        lambda m: iter([(FORMER_REFERENCE, int(m.group(1))), (LATTER_REFERENCE, int(m.group(2)))]),
        ("tied", "level", "deadlocked"),
    ),
    _rule(
        "took-the-lead",  # "X, who took the lead at 181 votes": a count, never "with 52% of
        # precincts reporting"; past a description set off by commas ("X, candidate of the
        # Progress bloc and most Sunni lists, took the lead with 153 votes"), whoever it names
        # ("X, backed by Y, took the lead": the subject's lead), never a list ("X, and Y")
        rf"{C}(?:,? |, (?=[a-z])(?!(?:and|or|but|while|whereas|then)\b)"
        rf"(?:[^<,;:]|<[CX]\d+>){{3,160}}?, )(?:who |which )?(?:had )?(?:took|takes|taking|taken|held|holds|holding|seized) "
        rf"the lead (?:at|with|on) {_QUANT}{NUM}(?= {VOTERS}\b| of the votes?\b)",
        _pairs((1, 3)),
        ("the lead",),
    ),
    _rule(
        "each-as-they-did",  # "if the two candidates had received 29 votes each, as they did in
        # the fourth round": the clause after says the tie happened; the last two named
        rf"\b(?P<who>both|they|the <X\d+> (?:candidates|contenders|rivals|finalists|bids|cities))"
        rf"(?: {clause_gap(0, 20)})? (?:had |have |would have )?{_STRONG_GET} <N(?P<tied>\d+)>"
        rf"(?: {VOTERS})?(?P<each> (?:each|apiece)),? as (?:they|both|the two) (?:did|had)\b",
        _both_tied,
        ("as they did", "as both did", "as the two did", "as they had", "as both had"),
    ),
    _rule(
        "party-of-aside",  # "X, the party of President Y, 3,068,086": the count is the party's,
        # not the person's its description names (whom the parenthesis rule would take)
        rf"{C}, (?:the|a|an) (?:[a-z-]+ ){{0,2}}?(?:party|movement|coalition|alliance|bloc|list) "
        rf"(?:of|led by|founded by|headed by) (?:[a-z-]+ ){{0,2}}?<C\d+>, {NUM}(?: {VOTERS})?"
        rf"(?=[;,.)]|$| and )",
        _pairs((1, 3)),
        (
            "party of",
            "movement of",
            "coalition of",
            "alliance of",
            "led by",
            "founded by",
            "headed by",
            "bloc of",
            "list of",
        ),
    ),
    _rule(
        "ran-for-office-bracket",  # "X who ran for Vice Chairman (1138 votes)", "X, who
        # contested the post of Treasurer (412)": the office named, then X's count bracketed
        rf"{C},? who (?:ran|stood|contested|vied)(?: for)? (?:the )?(?:(?:post|position|office) "
        rf"of (?:the )?)?(?:<C\d+>|(?-i:[{UPPER}])[\w-]*(?: (?-i:[{UPPER}])[\w-]*){{0,3}}) "
        rf"\({NUM}(?: votes?)?\)",
        _pairs((1, 3)),
        ("ran ", "stood ", "contested ", "vied "),
    ),
    _rule(
        "row-described-bracket",  # a results row whose name a description follows, its votes
        # bracketed at the row's end: "X, Chile, Spanish – second term (118 votes)" (a UN
        # committee's list of those elected): the count is the row's head's
        # (not a joint bid's names: "X, Y and Z (120 votes)")
        rf"^\W*{C},(?![^()]* (?:and|&) )(?: (?:[^<>\d();:]|<C\d+>){{1,80}}?) "
        rf"\({NUM} votes?\)\s*\.?\s*$",
        _pairs((1, 3)),
        ("votes)", "vote)"),
    ),
    _rule(
        "list-item-shared",  # "The others got: A, 16; B, the deputy C, and the former
        # minister D, 7; E and F, 4": an item of a list introduced by a colon and set apart by
        # semicolons, several names sharing the one count that closes it (one name alone is
        # the parenthesis rule's)
        rf"(?:(?<=: )|(?<=; ))(?P<names>(?:[^<;:.]|<C\d+>){{1,600}}?), <N(?P<number>\d+)>"
        rf"(?: {VOTERS})?(?=;|\.?$)",
        _list_item_shared,
        (";",),
    ),
    _rule(
        "places-in-brackets",  # "X won 506 votes in Shanghai, Beijing (327) and Guangzhou
        # (167)": a breakdown by place, the first place's count after the verb and each
        # next place's in brackets after it, all the subject's (the places are no rivals)
        rf"{C} {_STRONG_GET} {NUM}(?: votes?)? in (?:<C\d+>|(?-i:[A-Z])[\w'’-]+)"
        rf"(?P<rest>(?:, <C\d+> \({NUM}\))*,? and <C\d+> \({NUM}\))",
        _places_in_brackets,
        words=("votes in ", "> in "),
    ),
    _rule(
        "parenthesis",  # "X (182 votes)", "X (Country), 34", "X (182)", "X from Country (5 votes)",
        # "X, Labour, 2,001" (the side the sieve left unnamed), "X of the United Republic of
        # Tanzania (131 votes)" (the country a UN release names after each nominee),
        # "Bishop X of Santa Fe (20)", "X, (18,055 votes) who ran for ..." (a stray comma)
        # ("X has been elected (112 out of 188 votes)": the passive of election between)
        rf"{C}(?: \([^()<]{{1,40}}\)| from(?: [A-Z][\w'’-]*){{1,3}}(?= \()|{_OF_COUNTRY}|"
        rf"{_PARTY_NAMED_OF}(?: \([^()<]{{1,40}}\))?|{_PARTY_OF_THE}|{_PARTY_STATE}|{_SIDE_ASIDE}|{_SEAT_ASIDE}|{_DESCRIBED_BRACKET}|{_ELECTED_BRACKET}|{_WINNER_MARK})? {{0,3}}(?:, \(|[(,]) ?{NUM}(?: {VOTERS})?"
        # "X (32.99 percent of the votes)": the share's whole named in the bracket
        rf"(?: of (?:the )?(?:valid |total |popular )?(?:votes?|ballots?)(?: cast)?)?"
        # "X (133 out of 187 votes cast)": the whole the count is out of
        rf"(?: out of <X\d+>(?: {VOTERS})?(?: cast)?)?"
        # ("X, 136 while Y ...": the next clause closes the count)
        # (a list's row may close with a stray space or a colon: "and Z, 475 .", "Y, 4,258:")
        rf"(?:\)|;|,|\.|$| \.$|:$| and | while | whereas |{_FATE_BRACKET}|{_FATE_IN_BRACKET})",
        _pairs((1, 3)),
    ),
    _rule(
        "most-votes-bracket",  # "X received the fewest votes (155), followed by Y (164)": the
        # count in brackets after the superlative, which keeps the parenthesis rule from it
        rf"{C},? (?:who |which )?(?:had |has )?{_STRONG_GET} the (?:most|fewest|least|"
        # (a place's ordinal before it: "the second-highest number of votes (144)")
        # ("the highest votes": the number left unsaid)
        rf"(?:(?:second|third|fourth|fifth)[- ])?(?:highest|largest|greatest|lowest|smallest)"
        rf"(?: number of| share of| tally of)?) "
        # (the whole after it: "(53 out of the 54 votes cast)", "(53 of 54, one abstaining)")
        rf"(?:votes|ballots|support)(?: {GAP}{{0,30}}?)? \({NUM}(?: {VOTERS})?"
        rf"(?: (?:out )?of (?:the )?<X\d+>(?:[^()<]|<X\d+>){{0,40}})?\)",
        _pairs((1, 3)),
        (
            "the most",
            "the fewest",
            "the least",
            "highest",  # (also "the second-highest")
            "largest",
            "greatest",
            "lowest",
            "smallest",
        ),
    ),
    _rule(
        "majority-share-bracket",  # "X won a majority of the votes (51.6 percent)": the share
        # in brackets is that majority's, the subject's (never "a majority of the seats (54%)")
        rf"{C},? (?:who |which )?(?:had |has )?{_STRONG_GET} (?:an? (?:absolute |clear |narrow |"
        rf"slim )?majority|a plurality) of (?:the )?(?:valid |popular )?(?:votes|ballots)"
        rf"(?: cast)? \({P}\)",
        _pairs((1, 2)),
        ("majority of", "plurality of"),
    ),
    _rule(
        "name-party-dash",  # "Jill Doe - Conservative - 15,529": a results line of name,
        # party and count, where the count is the name's, never the party's beside it
        # (a party of two names: "X - Scottish Conservative and Unionist - 203"; the share's
        # bracket and the row's fate may close it: "X - Green - 106 (12.0%) **elected**")
        rf"^{C}\s*[-–—]\s*(?:the )?(?:<C(?P<side>\d+)>(?: party)?(?: (?:and|&) <C\d+>)?"
        rf"|(?-i:[A-Z])[\w'’&.]*(?: [\w'’&]+){{0,5}})"
        rf"\s*[-–—]\s*{NUM}(?: {VOTERS})?\)?(?:\s*\**(?:elected|re-elected)\**)?\s*$",
        _name_then_side,
    ),
    _rule(
        "row-described-dash",  # a results row whose name a description follows: "X, leader
        # of the Radical Party – 5.48%", "X, MP from <party> – 4.15%": the count is the row's
        # head's (a party the description names is the head's side); a colon and votes too
        # ("X, outgoing president (Ensemble): 124 votes")
        # (a name alone as the description, "<party (ACR)>, Jo Eze - 12,156": the person's,
        # the party first)
        rf"^\W*{C},(?: [^<>\d–—:;]{{1,60}}?| (?P<described><C\d+>)(?= [-–—])"
        rf"| [^<>\d–—:;]{{0,40}}?<C\d+>[^<>\d–—:;]{{0,20}}?)"
        rf"(?: [-–—]|:) {NUM}(?: {VOTERS})?\s*\.?\s*$",
        _head_or_described_person,
        ("–", "—", " - ", ": <"),
    ),
    _rule(
        "nominee-dash",  # "X, nominated by the Y Group - 0.7%", "X, backed by Z - 1,204": the
        # row is the nominee's, the party that put X up only describes X
        rf"{C}, (?:nominated|backed|supported|endorsed|fielded|put forward) by (?:the )?"
        rf"(?:<C\d+>|(?-i:[A-Z][\w'’-]*(?: (?:of )?[A-Z][\w'’-]*){{0,5}}))"
        rf"(?: \([^()<]{{1,40}}\))?\s*[-–—:]\s*{NUM}(?=\s*(?:{VOTERS}|\(|[,.;)]|$))",
        _pairs((1, 3)),
        (
            "nominated by",
            "backed by",
            "supported by",
            "endorsed by",
            "fielded by",
            "put forward by",
        ),
    ),
    _rule(
        "dash",  # "X - 181", "X – 98", "X: 113", "X = 113", "X .......... 113"
        # (a party or country in the brackets is the candidate's: "X (Unity Party) – 98"; or
        # its acronym after a comma: "X, NDC: 5,574,761"; or the country after it, left
        # as words by the sieve: "X, New Zealand: 49 votes")
        # (the stop of a suffix the name ends with: "X Jnr. – 16,221")
        rf"{C}(?:\.(?= [-–—] ))?(?:,? \((?:[^()<]|<C\d+>){{1,60}}\)|, (?-i:[A-Z]{{2,6}}|[A-Z][a-z]+(?: [A-Z][a-z]+){{0,2}})(?=:| [-–—] )|{_TERM_ASIDE})?(?:\s*(?:[-–—:|=]|\.{{2,}}|…+)\s*|\t+\s*| {{2,}}){NUM}"
        # (or the next row's name, rows run together: "X: 41.7% Y: 17.3%"; or the byline
        # of an embedded tweet the row ends: "X: 91%— UN Watch (@UNWatch) October 17")
        # (or the list's last row after "and": "Y – 1.11% and Z – 0.47%")
        # (or the next row's name with its party and dash: "X (R) - 527,785 Y (D) - 468,970",
        # "X - 17,606 Y - 16,090", maybe after the next race's heading in capitals: "X (R) -
        # 240,205 STATE TREASURER Y (D) - 365,583")
        # (or the share's whole: "X – 72.1% of the total vote")
        rf"(?=\s*(?:{VOTERS}|or|\(|[,.;)|]|$)|{_SHARE_WHOLE}|{_FATE_DASH}|{_FATE_WORD}|\s<C\d+>:|{_TWEET_BYLINE}"
        rf"| (?:(?-i:[A-Z]{{3,}})[^<a-z]{{0,40}} )?<C\d+>(?: \([^()<]{{1,20}}\))? ?[-–—] ?<"
        rf"| and <C\d+> [-–—:] {NUM})",
        _pairs((1, 3)),
    ),
    _rule(
        "the-votes-it-received",  # "the 180 votes it received", "the 131 first-round
        # ballot votes it won": a few words may qualify votes (only votes: "member states")
        rf"\bthe {NUM}(?:(?: [\w-]+){{0,3}}? (?:votes|ballots)| {VOTERS})? (?:that )?"
        rf"(?P<pronoun>it|he|she|they) "
        rf"(?:had )?{_STRONG_GET}",
        _pronoun(2),
        ("the <n", "the <p"),
    ),
    _rule(
        "the-votes-its-country-received",  # "the 187 votes her country received": the
        # speaker's country (or party), the last one named, not the speaker
        rf"\bthe {NUM}(?: (?:votes|ballots))? (?:that )?(?:his|her|their|our|its) "
        rf"(?:country|nation|government|party) (?:had )?{_STRONG_GET}",
        lambda m: iter([(THING_REFERENCE, int(m.group(2)))]),
        ("country", "nation", "government", "party"),
    ),
    _rule(
        "pair-in-contest-with",  # "X got 90 votes against 69 in a run-off with Y", "X won 61
        # to 40 in a head-to-head vote against Y": the second count the rival's the contest names
        rf"{C}{clause_gap(0, 40)}{NUM}(?: votes?)? (?:against|to) {NUM}(?: votes?)?,? in an? "
        rf"(?:[\w-]+ ){{0,2}}?(?:run-?offs?|head-to-head|contest|duel|race|vote|ballot) "
        rf"(?:with|against) {C}(?!,? (?:and|&) <C|, <C)",
        _pairs((1, 3), (6, 5)),
        (" with <c", " against <c"),
    ),
    _rule(
        "pair-over-first-name",  # "• Bishop X of Town, chairman-elect of the Committee on Y in
        # a 114-102 vote over Z": the line's first name won, never a place or committee named
        # after "of", "on" or "the" between it and the score
        rf"^[^<]{{0,30}}?{C}(?:[^<]|<X\d+>|{_OWNED_NAME}){{0,160}}?{NUM}(?: votes?)?(?: to |-|–|—)"
        rf"{NUM}(?: votes?)?,? (?:in an? (?:[\w-]+ ){{0,2}}?(?:vote )?)?"  # "in a runoff vote against"
        rf"(?:over|against|beating|defeating) {C}(?!,? (?:and|&) <C|, <C)",
        _pairs((1, 3), (6, 5)),
        (" over <c", " against <c", " beating <c", " defeating <c"),
    ),
    _rule(
        "pair-over",  # "X won by a vote of 222 to 209 over Y", "The vote was 97-95 ... over Y"
        rf"{C}{gap(0, 80)}{NUM}(?: votes?)?(?: to |-|–|—){NUM}(?: votes?)?,? "
        # (the loser may be called a fellow: "elected X, 44-8, over fellow Texan Y"; or
        # described first: "over his opposing candidate, the clerk to parliament Y")
        # (or by a trade or office in small words: "over attorney Y", "over former state senator Y")
        rf"(?:over|against|beating|defeating|edging(?: out)?|topping) "
        rf"(?:fellow |{_LOSER_DESCRIBED}|(?:(?!(?:in|on|at|the|a|and|for|by)\b)(?-i:[a-z][a-z-]+) ){{1,3}})?{C}"
        rf"(?!,? (?:and|&) <C|, <C)",  # one loser: "over Y and Z" leaves the second side unknown
        _pairs((1, 3), (6, 5)),
    ),
    _rule(
        "office-by-a-vote-of",  # "the Assembly elected its new President, by a vote of 178":
        # the person the text elsewhere says it elected, never a name before it in the sentence
        _ELECTED_OFFICE.pattern,
        lambda m: iter([(ELECTED_REFERENCE, int(m.group("number")))]),
        ("elected",),
    ),
    _rule(
        "elected-by-then-name",  # "The Assembly then elected, by 178 votes, X as a member"
        # ("by 126 votes in favour with one abstention, X": the votes against or abstaining
        # set beside it are no one's)
        rf"\b(?:re-)?elected, by {N}(?: votes| ballots)?(?: in favou?r)?"
        rf"(?:,? (?:with|and|to) <[NX]\d+>(?: votes?)? (?:against|abstentions?|abstaining))?, {C}",
        _pairs((2, 1)),
        ("elected, by",),
    ),
    _rule(
        "in-name-favour",  # "Some 120 votes were cast in Ms. X's favour"
        rf"{NUM}(?: {VOTERS})? (?:were |was )?(?:polled|cast|given|recorded) in {C}(?:'s|’s) "
        rf"favou?r",
        _pairs((3, 2)),
        ("favo",),
    ),
    _rule(
        "new-holder-beat",  # "The new President-elect defeated Y by a vote of 94 to 90"
        _NEW_HOLDER,
        _new_holder_beat,
        ("defeat", "beat", "edg", "trounc", "oust", "outpoll", "best", "pip", "overcame"),
    ),
    _rule(
        "beaten-by-vote-of",  # "... defeated Y by a secret-ballot vote of 94 to 90": Y's 90
        rf"{BEAT_VERBS} {C}{clause_gap(0, 40)}\bby an? (?:[\w-]+ )?vote of {NUM}{_SCORE_TO}{NUM}",
        _beaten_by_vote_of,
        ("vote of",),
    ),
    _rule(
        "passive-won-by-score",  # "The race was won by X by a vote of 351-282": a contest won
        # has a loser, so the score's second side is the other finalist's (never a lone
        # nominee's votes against, as after "X was elected by a vote of 76-12")
        rf"\b(?:was|were) won by {C},? by a (?:recorded |secret )?(?:vote|ballot) of "
        rf"{NUM}{_SCORE_TO}{NUM}(?![-–]?\d|%| ?per)",
        _won_by_then_other,
        ("won by <c",),
    ),
    _rule(
        "by-a-vote-of",  # "X was elected by a vote of 183 in favour", "by an absolute majority of"
        # ("by the absolute majority of 117 votes" in UN style; "by a secret ballot of 33")
        # ("by a Senate vote of", "by an executive committee vote of": a few words naming the
        # body or kind of the vote, as figures.py lets it through)
        # (never the country after a person's name: "X, 61, of Denmark, was chosen by": X's)
        r"(?<!<C\d> of )(?<!<C\d\d> of )"
        # (never a name in a bracketed aside, and the subject's reach past one: "X was
        # elected president (with Y as vice president) by a majority of 10 states to 4": X's)
        rf"{C}(?!(?:[^()<]|<X\d+>){{0,40}}\))(?: of <C\d+>,?)?"
        rf"(?P<between>{gap(0, 80)}(?:\((?:[^()<]|<C\d+>){{1,40}}\){gap(0, 40)})?)\b(?:by (?:an? (?:[\w-]+ ){{0,5}}?(?:vote|ballot) of|"
        rf"(?:an?|the(?= (?:absolute|two-thirds) )) (?P<kind>absolute |"
        # "X won with a vote of 128 to 62" (never "with a majority of", often a margin)
        rf"two-thirds |simple )?majority of)|with a (?:recorded |secret )?vote of) {NUM}",
        _by_a_vote_of,
        ("vote of", "majority of", "ballot of"),
    ),
    _rule(
        "pronoun-elected-by-a-vote-of",  # "He was elected by a vote of 44 votes", "She was
        # re-elected by an absolute majority of 121": the person the pronoun stands for (a
        # person's election only: "it was adopted by a vote of 120" is a motion's)
        rf"\b(?P<pronoun>he|she)\b (?:was|has been|had been) (?:re-?)?(?:elected|chosen|appointed|"
        rf"confirmed)\b{gap(0, 40)}\bby (?:a (?:recorded )?vote of|(?:an?|the) (?:absolute|two-thirds) "
        # (not a score: "He was elected by a vote of 76-12" may be a lone candidate's for and
        # against)
        rf"majority of) {NUM}(?! ?(?:[-–]|to) ?<)",
        _pronoun(3),
        ("vote of", "majority of"),
    ),
    _rule(
        "elected-pronoun-by-a-vote-of",  # "the Assembly elected him by a vote of 100 out of
        # the 106 members present", "the board re-elected her by an absolute majority of 30":
        # the person the object stands for (no score: "by a vote of 11 to 0" may be for and
        # against)
        rf"\b(?:re-?)?(?:elected|chose|appointed) (?P<pronoun>him|her) by (?:a (?:recorded |secret )?"
        rf"(?:vote|ballot) of|(?:an?|the) (?:absolute|two-thirds) majority of) {NUM}"
        rf"(?! ?(?:[-–]|to) ?<)",  # (not a plain "majority of 12": a margin, often)
        _pronoun(3),
        ("him by", "her by"),
    ),
    _rule(
        "by-score-first",  # "By a vote of 133 to 73, X has won a fifth term over Y", "By 61
        # votes to 40, X defeated Y": the score opens the sentence, the winner's side first
        # (an aside on spoilt ballots may follow it: "with 3 invalid ballots")
        rf"^\W*by (?:an? (?:[a-z-]+ )?(?:vote|margin|tally) of )?{N}{_SCORE_TO}{N}(?: votes?)?"
        rf"(?:[^<,;]|<X\d+>|<N\d+>(?= (?:invalid|spoilt|spoiled|blank|abstentions?)\b)){{0,40}}"
        rf", {C}{gap(0, 40)}\b(?:{BEAT_VERBS} |(?:has |had )?(?:won|was elected|was re-elected)"
        rf"\b{gap(0, 60)}\b(?:over|against) ){_DESCRIBED_BY_COUNTRY}{C}",
        _pairs((3, 1), (4, 2)),
        ("by a ", "by an ", "by <n"),
    ),
    _rule(
        "in-score-vote-first",  # "In a 210-185 vote X defeated Y", "In a narrow 61-40 vote,
        # X beat the former minister Y": the score named as the vote opens the sentence, the winner's side first
        rf"^\W*in an? (?:[a-z-]+ )?{N}[-–]{N} (?:vote|ballot),? {C}{_SUBJECT_APPOSITIVE}"
        rf"{gap(0, 40)}\b{BEAT_VERBS} {gap(0, 30)}{_DESCRIBED_BY_COUNTRY}{C}",
        _pairs((3, 1), (4, 2)),
        (" vote ", " ballot ", " vote,", " ballot,"),
    ),
    _rule(
        "in-his-favour",  # "143 votes were polled in his favour"
        rf"{NUM}(?: {VOTERS})? (?:were |was )?(?:polled|cast|given|recorded) in "
        rf"(?P<pronoun>his|her|its|their) favou?r",
        _pronoun(2),
        ("favo",),
    ),
    _rule(
        "former-latter-verb",  # "X and Y ran: the former obtained 118 votes" (before "verb")
        rf"\b(?P<pronoun>{_THE_FORMER}|the latter)\b{gap(0, 30)}\b{_STRONG_GET} {_QUANT}{NUM}",
        _pronoun(3),
        ("the former", "the latter"),
    ),
    _rule(
        "support-reached",  # "Support for X reached 145 votes", "backing for X rose to 120"
        rf"\b(?:support|backing|votes?) for {C}{clause_gap(0, 30)}\b(?:reached|rose to|grew to|"
        rf"climbed to|increased to|jumped to|stood at|fell to|dropped to|slipped to) {_QUANT}{NUM}",
        _pairs((1, 3)),
        ("for <c",),
    ),
    _rule(
        "results-showed",  # "Reuters tallies showed X on 49.8 percent", "partial results put X
        # at 52%": a count's figure, never a poll's ("a poll put X on 38%", "poll figures")
        rf"(?<!\bpoll )(?<!\bpolls )(?<!\bpolling )(?<!\bsurvey )"
        rf"\b(?:results?|tall(?:y|ies)|counts?|returns|figures)\b{clause_gap(0, 40)}"
        rf"\b(?:showed|shows|show|showing|put|puts|putting|had|has|have|having|placed|places|"
        rf"placing|left|leaves) {C} (?:on|at) {_QUANT}{P}",
        _pairs((1, 2)),
        ("result", "tall", "count", "return", "figure"),
    ),
    _rule(
        "with-on-share",  # "Neither won the 50% needed for a first-round win, with X on 39.2%
        # and Y on 35.3%": a clause of who stands where in a vote's count (only where the
        # sentence speaks of a vote: "Inflation eased, with Germany on 2.9%" gives nobody any;
        # nor of its turnout: "turnout in the vote was high, with Paris at 71%")
        # ("with Y in second place on 26%": the place it took said between)
        rf"^(?!.*\b(?:turnout|participation)\b).*?, with (?-i:(?:the (?:[a-z-]+ ){{1,2}})?){C}"
        rf"(?: in (?:[a-z-]+ )?(?:first|second|third|fourth|fifth|last|\d(?:st|nd|rd|th)) "
        rf"(?:place|position|spot))? (?:on|at) {_QUANT}{P}",
        _pairs((1, 2)),
        (", with ",),
        True,
    ),
    _rule(
        "pronoun-share-was",  # "Its vote share in the 2017 elections was 49.05 per cent", "Her
        # share was 44%": the share of the party or person just named (never one of seats)
        r"\b(?P<pronoun>its|his|her) (?:(?:vote|voting|popular|national) )?share"
        r"(?! of (?:the )?(?:seats|assembly|house|parliament|chamber))"
        r"(?: (?:of|in|at) (?:the )?(?:[^<,;.]|<X\d+>){0,40}?)? (?:was|is|stood at|stands at|"
        rf"reached|rose to|fell to|dropped to|climbed to|slipped to) {_QUANT}<P(\d+)>",
        _pronoun(2),
        ("share",),
    ),
    _rule(
        "stands-on-share",  # "Labour is on 35.7 per cent", "X stood at 41%": where one stands
        # in a count, as election-night reports put it (only where the sentence speaks of a
        # vote: "Inflation is at 2.9%" gives nobody any; never a poll's: "X is on 38% in polls")
        rf"{C} {_STANDS} (?:on|at) {_QUANT}{P}(?! (?:in|of) (?:the )?(?:[a-z]+ )?(?:polls?|surveys?)\b)",
        _pairs((1, 2)),
        (" on <p", " at <p"),
        True,
    ),
    _rule(
        "stands-on-shares",  # "NZ First is on 7.1 per cent and the Greens on 6.1 per cent":
        # two standings side by side say a count's shares, whatever else the sentence says
        rf"{C} {_STANDS} on {_QUANT}{P},? (?:and|while|with) (?:the )?{C}(?: {_STANDS})? on "
        rf"{_QUANT}{P}(?! (?:in|of) (?:the )?(?:[a-z]+ )?(?:polls?|surveys?)\b)",
        _pairs((1, 2), (3, 4)),
        (" on <p",),
    ),
    _rule(
        "elected-on-share",  # "X was elected deputy leader in the third round on 53%", "X
        # won on 41%": the share the win came on, as UK reporting puts it (not a turnout's or
        # a swing's: "won on a 30% turnout", "won on 53% turnout")
        rf"{C}{clause_gap(0, 20)}\b(?:won|wins|was elected|was re-elected|were elected|"
        rf"held the seat|took the seat|topped the poll)(?: (?:[a-z-]+|<X\d+>)){{0,6}}? on {_QUANT}{P}"
        rf"(?! (?:turnout|swing|margin|majority|lead)\b)",
        _pairs((1, 2)),
        ("won", "elected", "the seat", "topped the poll"),
    ),
    _rule(
        "trailed-score",  # "X conceded after trailing 46.2% to 53.8%": the first figure is
        # X's, the second the unnamed leader's
        rf"{C}{clause_gap(0, 60)}\b(?:trailed|trailing|trails|lost|losing|loses)(?: by)? "
        rf"(?:{P}(?: to |-|–){P}|{N} votes? to {N})",
        lambda m: iter(
            [
                (int(m.group(1)), int(m.group(2) or m.group(4))),
                (CLAIM_ONLY, int(m.group(3) or m.group(5))),
            ]
        ),
        ("trail", "los"),
    ),
    _rule(
        "rose-to",  # "The second round saw Qatar rise to 120 votes", "X climbed to 131"
        # "with X moving to 61 votes": a preferential count's later round
        rf"{C}{clause_gap(0, 30)}\b(?:rose|rise|rises|rising|climbed|climb|climbs|climbing|"
        rf"moved|moving|"
        rf"jumped|jump|jumps|increased|increase|improved|improve|grew|grow|dropped|fell|fall|"
        rf"slipped|slid)(?: back)?(?: (?:its|his|her|their) (?:tally|total|count|score|support))? to "
        rf"{NUM} {VOTERS}(?=[,.;)]|$| (?:in|on|and|while|but|after|before)\b)",
        _pairs((1, 3)),
        (" to <n", " to <p"),
    ),
    _rule(
        "possessive-tally-to",  # "X's support went up by 14 votes to 75": the count reached;
        # the change is no one's
        rf"{C}(?:'s|’s) (?:support|tally|total|vote count|count|backing) (?:went up|went down|"
        rf"rose|climbed|jumped|increased|grew|fell|dropped|slipped|edged up|crept up)"
        rf"(?: by {N}(?: {VOTERS})?)? to {N}(?: {VOTERS})?"
        rf"(?=[,.;)]|$| (?:in|on|and|while|but|after|before|as)\b)",
        _possessive_tally_to,
        ("'s", "’s"),
    ),
    _rule(
        "gain-to-reach",  # "X gained 40 votes to reach 212", "X picked up 62 extra backers to
        # reach 174": the count reached is X's; the gain is no one's
        rf"{C}{clause_gap(0, 40)}\b(?:gained|gains|gaining|picked up|picking up|added|adding|"
        rf"racked up|racking up|collected|attracted|drew|won) (?:another |an? (?:extra|further|"
        rf"additional) )?<[NX](\d+)>(?: (?:more|extra|additional|further|new))? "
        rf"(?:{VOTERS}|backers|supporters)(?:,)? to (?:reach|hit|total|end (?:up )?(?:with|on)) "
        rf"{N}(?: {VOTERS})?(?=[,.;)]|$| (?:in|on|and|while|but|after|before|as)\b)",
        _gain_to_reach,
        ("to reach", "to hit", "to total", "to end"),
    ),
    _rule(
        "gain-to",  # "with Y gaining 17 votes to 42": the count reached, the gain no one's
        # (a gain's verb only: "won 45 votes to 40" is a score)
        rf"{C}{clause_gap(0, 40)}\b(?:gained|gains|gaining|picked up|picking up|added|adding) "
        rf"(?:another |an? (?:extra|further|additional) )?<[NX](\d+)>"
        rf"(?: (?:more|extra|additional|further|new))? {VOTERS} to "
        rf"{N}(?: {VOTERS})?(?=[,.;)]|$| (?:in|on|and|while|but|after|before|as)\b)",
        _gain_to_reach,
        ("gain", "picked up", "picking up", "add"),
    ),
    _rule(
        "gain-to-total",  # "X received 192,313 to reach a total of 1,206,034", "X picked up 412
        # transfers to finish with a total of 5,120": the total the gain made (the gain, read
        # as no tally, is the <X> between)
        # (not what might have been: "Y would have picked up two, to make a total of 18")
        rf"{C}(?:(?!\b(?:would|could|might)\b)(?:[^<–—;:]|<X\d+>)){{0,40}}?<X\d+>(?: [\w-]+)?,? "
        rf"to (?:win|reach|get|make|finish with|"
        rf"end with|end up with|give (?:him|her|it|them)) a (?:final |grand )?total of {NUM}",
        _pairs((1, 3)),
        ("a total of", "a final total of", "a grand total of"),
    ),
    _rule(
        "rounded-then-exact",  # "X secured nearly 10 lakh votes (972739 votes)", "won about 1.2
        # million votes (1,187,532)": the rounded figure no count, the exact one in brackets X's
        rf"{C}{clause_gap(0, 20)}\b{_STRONG_GET} (?:nearly|about|around|over|more than|almost|"
        rf"close to|some|roughly|just (?:over|under)) <X\d+> votes \({N}(?: votes)?\)",
        _pairs((1, 2)),
        (" votes (",),
    ),
    _rule(
        "subject-bringing-total",  # "X received 40% of Y's transfers, bringing her total to
        # 3,120": the participle's subject is the getter's, not the last name before it
        # (nor past another getter's clause: "X received 192, while Y received 84, bringing
        # his total to 977" is Y's)
        rf"{C}{clause_gap(0, 20)}\b(?:{_STRONG_GET}|{_WEAK_GET}) "
        rf"(?:(?!\b(?:while|whereas|but)\b|<C\d+> (?:{_STRONG_GET}|{_WEAK_GET})\b)[^;:–—]){{0,100}}?,? "
        rf"(?:bringing|taking|lifting|pushing|raising) (?:his|her|its|their) "
        rf"(?:tally|total|count|score) to {N}",
        _pairs((1, 2)),
        ("total to", "tally to", "count to", "score to"),
    ),
    _rule(
        "pronoun-tally-to",  # "..., increased her tally to 99"
        rf"\b(?:increased|increasing|raised|raising|lifted|pushed|boosted|improved|upped|took|"
        rf"brought|taking|bringing) (?P<pronoun>his|her|its|their) (?:tally|total|count|score) "
        rf"to {NUM}",
        _pronoun(3),
        ("tally", "total", "count", "score"),
    ),
    _rule(
        "changed-from",  # "X got 120 votes, down from 98 in the first round"
        rf"<C(?P<name>\d+)>{gap(0, 90)}{_CHANGED_FROM}",
        _changed_from,
        (" from ", "compared ", "as against"),
    ),
    _rule(
        "pronoun-changed-from",  # "She won 41%, up from 35% in 2015"
        rf"\b(?P<pronoun>{_PRONOUN})\b{gap(0, 60)}{_CHANGED_FROM}",
        _pronoun_changed_from,
        (" from ", "compared ", "as against"),
    ),
    _rule(
        "verb-round-ellipsis",  # "X got 61 votes in the first round and 78 in the second",
        # "X received 107 votes in the 11th round, 109 in the 12th and 112 in the 13th": each
        # later round's count, its round left at its ordinal; "... 5,634,915 votes in the
        # first count and 105,264 preferential votes during the second count": a
        # preferential count's rounds alike
        rf"{C}{gap(0, 90)}\b(?:{_STRONG_GET}|{_WEAK_GET}) {_QUANT}<[NP]\d+>(?: {VOTERS})? "
        # ("led in each round with 32 in the first, 38 in the second": the noun left out)
        rf"(?:in|on) the {_ROUND_WORD}(?: (?:round|ballot|count)(?: of voting)?|(?=,))"
        rf"(?P<rest>(?:, (?:then |and )?<[NP]\d+>(?: {VOTERS})? (?:in|on) the {_ROUND_WORD}\b)*"
        rf",? (?:and|but|then|before|while) (?:only |just |then )?{NUM}"
        rf"(?: (?:preferential |second-preference )?{VOTERS})? (?:in|on|during) the\b)",
        _each_count_in_rest,
        ("round", "ballot", "count"),
    ),
    _rule(
        "verb-body-ellipsis",  # "X had 10 votes in the Security Council, but only 88 in the
        # General Assembly": a judge's two counts, one in each body voting at once (the
        # first is the verb rule's)
        rf"{C}{gap(0, 90)}\b(?:{_STRONG_GET}|{_WEAK_GET}) {_QUANT}<N\d+>(?: {VOTERS})? "
        rf"in the {_ICJ_BODY}(?P<rest>,? (?:and|but|while|whereas) (?:only |just )?{NUM}"
        rf"(?: {VOTERS})? in the {_ICJ_BODY})",
        _each_count_in_rest,
        ("council", "assembly"),
    ),
    _rule(
        "verb-year-list",  # "X won 82 votes in 1967, 107 votes in 1972 and 184 in 2020": one
        # candidate's counts in elections of several years, each year closing its count
        # (a count over its total: "82/119 votes in 1967-1968"; the first is the verb rule's)
        rf"{C}{gap(0, 90)}\b(?:{_STRONG_GET}|{_WEAK_GET}) (?:by )?{_QUANT}<N\d+>{_YEAR_ITEM}"
        rf"(?P<rest>(?:,? (?:and )?(?:finally |then |later )?(?:by )?<N\d+>{_YEAR_ITEM})+)",
        _each_count_in_rest,
        ("> in <x", "votes in <x"),
    ),
    _rule(
        "chose-then-score",  # "MPs elected X speaker in a run-off, 126 votes to 98 for Y"
        rf"\b{_CHOSE} {C}(?:[^<;:–—]|<X\d+>){{0,60}}?, {N}(?: votes?)? to {N}(?: votes?)? "
        rf"for {C}",
        _pairs((1, 2), (4, 3)),
        ("chose", "choosing", "picked", "selected", "preferred", "elect"),
    ),
    _rule(
        "ended-with-on",  # "The first vote ended with X on 85 votes, Y on 61"
        rf"\b(?:ended|ends|finished|closed|concluded) with {C} (?:on|at|with) {_QUANT}{NUM}",
        _pairs((1, 3)),
        ("ended", "ends", "finished", "closed", "concluded"),
    ),
    _rule(
        "pronoun-count-beating",  # "X wins the election -- her 1,221 beating out Y (920)":
        # a possessive's count set against those it beat
        rf"\b(?P<pronoun>his|her|its|their) {_QUANT}{N}(?: {VOTERS})? (?:beating|besting|"
        rf"topping|edging|outpolling|eclipsing)\b",
        _pronoun(2),
        ("beating", "besting", "topping", "edging", "outpolling", "eclipsing"),
    ),
    _rule(
        "giving-pronoun",  # "4,902 backed X, giving her 58.3 percent"
        rf"\b(?:giving|gave|gives|give) (?P<pronoun>him|her|it) {_QUANT}{NUM}",
        _pronoun(3),
        ("giv", "gave"),
    ),
    _rule(
        "gave-name-count",  # "The final count gave X 176,344 votes and 45 per cent of the
        # vote": the one given the count, named right after the verb (not "gave X 3 seats")
        # ("gave incumbent X of the Y Party (YP) 49.6 percent": a role before, a party after)
        rf"\b(?:giving|gave|gives|give|handed|handing) {_LOWER_DESCRIPTION}{C}(?:{_PARTY_OF_THE})? "
        rf"{_QUANT}{NUM}"
        # ("gave X 204 of the 372 votes": the count, then the total it is part of)
        rf"(?= {VOTERS}\b| of (?:the )?(?:valid |popular |total )?(?:votes?|ballots?)\b|{_OF_TOTAL}"
        # ("gave X a 39.9 percent plurality": a share so named, never a count's majority)
        r"|(?:(?<=<P\d>)|(?<=<P\d\d>)) (?:plurality|majority)\b"
        r"|[,.;)]|$)",
        _pairs((1, 3)),
        ("giv", "gave", "hand"),
    ),
    _rule(
        "beat-then-after-participle",  # "X beat Y, after leading the first round with 150 votes":
        # a participle's clause after the loser tells of the subject, the winner (never "Y,
        # who led", "Y, the leader with 150", "after Y led")
        rf"{C}{clause_gap(0, 60)}\b(?:{BEAT_VERBS}|lost(?: out)? to|(?:was|were) (?:defeated|"
        rf"beaten|edged out|ousted) by) (?:[\w'’.-]+ ){{0,3}}?{C},? (?:(?:after|despite|while|"
        rf"before) (?:first |earlier |initially )?(?=[a-z]+ing\b)|having\b)"
        rf"{clause_gap(0, 60)}\b(?:(?P<verb>{_STRONG_GET}) {_QUANT}{NUM}|{_WEAK_GET} {_QUANT}{NUM}"
        rf"{_COUNTS})",
        _defeat_then_participle,
        ("after", "despite", "while", "having"),
    ),
    _rule(
        "beat-then-closing-participle",  # "X edged out Y by two points on the final ballot,
        # finishing with 50.9 per cent": a participle closing the sentence tells of its
        # subject (never one that takes an object: "..., leaving her with 40%")
        # (before the subject, a sentence adverb and a description naming a country may
        # stand: "Instead, current French vice-president X has usurped")
        rf"^(?:[^<;:]|<X\d+>|<C\d+>(?= (?:[\w-]+ ){{1,3}}<C)){{0,60}}?{C}"
        rf"(?:[^<;:–—]|<[XN]\d+>){{0,80}}?\b{BEAT_VERBS} "
        rf"(?:[\w'’.-]+ ){{0,3}}?<C\d+>(?:[^<;:–—,]|<X\d+>){{0,120}}, "
        rf"(?:(?:finishing|ending(?: up)?|closing) with|{_GAINING}) {_QUANT}{NUM}"
        rf"(?: {VOTERS})?(?=[,.;]|$| of\b| in\b)",
        _pairs((1, 3)),
        ("finishing", "ending", "closing", *(v for v in _GAINING.split("|"))),
    ),
    _rule(
        "more-votes-than",  # "the latter received two more votes than Y (114-112)": the
        # subject's count first; extract.py keeps it only when the numbers bear it out
        _MORE_VOTES_THAN.pattern,
        _more_votes_than,
        ("more votes than", "fewer votes than", "more ballots than", "fewer ballots than"),
    ),
    _rule(
        "example-aside",  # "Small states, such as X, received 4 votes": the plural subject's
        # count, not that of the example set off inside it (but "including X with 159 votes,
        # Y with 147": "with" right after the example is the example's own count)
        rf", (?:such as|e\.g\.,? ?|for example,? |for instance,? |including ){C}"
        rf"(?:(?:,|,? and|,? or) {C}){{0,4}}(?:, | (?!with\b)){_GET} {_QUANT}(?P<rest>{NUM})",
        _claim_all,
        ("such as", "e.g", "for example", "for instance", "including"),
    ),
    _rule(
        "subject-then-beating-score",  # "X won 63% of the vote – beating Y by 47,900 votes to
        # 28,000", "She won ..., defeating Y 131 to 62": the clause's subject beat Y
        rf"(?:^|[.;:]\s*)(?:{C}|\b(?P<pronoun>{_PRONOUN})\b)(?:[^<;:.]|<[NPX]\d+>){{0,120}}?"
        rf"(?:,|\s[–—-]) ?(?:after )?(?:beating|defeating|topping|edging(?: out)?|besting|"
        rf"trouncing|outpolling) {gap(0, 30)}{C}{gap(0, 20)}{NUM}(?: votes?)?{_SCORE_TO}{NUM}",
        _subject_beating_score,
        ("beating", "defeating", "topping", "edging", "besting", "trouncing", "outpolling"),
    ),
    _rule(
        "described-beating-score",  # "The 58-year-old Spaniard was elected, beating Y 96-41":
        # a description as the subject (whom the extractor resolves) beat Y; the first
        # number is the description's, never Y's
        rf"^\W*(?-i:The) {_DESCRIPTION}(?:[^<;:.]|<X\d+>){{0,120}}?"
        rf"(?:,|\s[–—-]) ?(?:after )?(?:beating|defeating|topping|edging(?: out)?|besting|"
        rf"trouncing|outpolling) {gap(0, 30)}<C(?P<beaten>\d+)>{gap(0, 20)}<N(?P<won>\d+)>"
        rf"(?: votes?)?{_SCORE_TO}<N(?P<lost>\d+)>",
        _described_beating_score,
        ("year-old", "year old", "former ", "outgoing "),
    ),
    _rule(
        "beaten-score",  # "..., beating Y 131 votes to 62" with no winner in reach: the 62 is
        # Y's and the 131 the winner's, never Y's (the nearest-name rules would give it)
        rf"\b(?:beating|defeating|topping|edging(?: out)?|besting|trouncing|outpolling) "
        rf"{gap(0, 30)}{C}{gap(0, 20)}(?P<rest>{NUM})(?: votes?)?{_SCORE_TO_OWN}{NUM}",
        _beaten_score,
        ("beating", "defeating", "topping", "edging", "besting", "trouncing", "outpolling"),
    ),
    _rule(
        "verb-bound-then-share",  # "X won almost 7.18 million votes (50.49 percent)", "more
        # than 85 million votes, or 55.5%": a bound is no count, the share after it is exact
        # (set off by dashes too: "has clinched over 9.8 million -- or 38.2 percent --")
        rf"{_NOT_AFTER_NAME}{C}{gap(0, 90)}\b{_STRONG_GET} (?:almost|nearly|more than|over|"
        rf"just over|just under|well over|close to|upwards of|in excess of|at least) "
        rf"<X\d+>(?: {VOTERS})?(?:,? or |,? representing |,? amounting to | \(| [—–] or )"
        rf"<P(\d+)>",
        _pairs((1, 2)),
        ("almost <x", "nearly <x", "than <x", "over <x", "under <x", "to <x", "of <x", "least <x"),
    ),
    _rule(
        "demonym-subject",  # "a run-off, which the Brazilian won with 19 votes", "while the
        # Swede got 12": the one person of that country (never the name before the clause)
        # (after an opening phrase too: "In the next round, the Eritrean collected 104 votes")
        rf"(?:\b(?:which|whom|while|whereas|when|but)|^(?:[^<,;:]|<X\d+>){{3,40}},) "
        rf"the (?P<word>(?-i:[A-Z])[a-z]+) "
        rf"(?:(?:won|prevailed|finished|ended) (?=with\b))?"
        rf"(?:{_STRONG_GET} {_QUANT}{NUM}|{_WEAK_GET} {_QUANT}{NUM}{_COUNTS})",
        _demonym_subject,
        (
            "which the ",
            "whom the ",
            "while the ",
            "whereas the ",
            "when the ",
            "but the ",
            ", the ",
        ),
    ),
    _rule(
        "verb-then-participle-figure",  # "X won 60.5 per cent of the vote, winning 98 votes",
        # "X won 98 votes, taking 60.5%": the participle's figure, of the other kind, is the
        # subject's too (the verb rule reads the first)
        rf"{_NOT_AFTER_NAME}{C}{clause_gap(0, 60)}\b{_GET} {_QUANT}"
        rf"(?:<P\d+>(?: of the (?:valid |popular )?(?:votes?|ballots?)(?: cast)?)?, "
        rf"{_PARTICIPLE_OF_GETTING} {_QUANT}<N(\d+)>(?= {VOTERS}\b)"
        rf"|<N\d+> {VOTERS},? {_PARTICIPLE_OF_GETTING} {_QUANT}<P(\d+)>"
        rf"(?= of the (?:total )?(?:valid |popular )?(?:votes?|ballots?)|[,.;]|$))",
        lambda m: iter([(int(m.group(1)), int(m.group(2) or m.group(3)))]),
        (
            # (the comma may be left out after the votes: "X gathered 4.2 million votes
            # securing 51.3 per cent")
            "votes securing",
            "votes winning",
            "votes taking",
            "votes garnering",
            ", receiving",
            ", winning",
            ", taking",
            ", getting",
            ", securing",
            ", garnering",
            ", obtaining",
            ", polling",
            ", gaining",
            ", earning",
            ", collecting",
            ", scoring",
        ),
    ),
    _rule(
        "verb-past-votes-of",  # "X picked up most of the Y votes in the third round and led
        # with 44": as "verb", past a name that only says whose votes are meant (apart from
        # "verb", whose gap would try it at every name)
        rf"(?=<C){_NOT_AFTER_NAME}{_SEAT_HOLDER_BEFORE}{C}{gap(0, 60)}{_VOTES_OF}{gap(0, 60)}\b"
        rf"(?:{_STRONG_GET} {_SEATS_FIRST}{_QUANT}{NUM}|{_WEAK_GET} {_QUANT}{NUM}{_COUNTS})"
        rf"{_NOT_A_VOTES_COUNT}{_FOR_ANOTHER}",
        _verb_count,
        ("of the <c",),
    ),
    _rule(
        "challenged-then-score",  # "X unsuccessfully challenged Y for the post, losing 1,084
        # to 9,473 votes", "X took on Y, winning 312 to 250": the participle's subject is the
        # sentence's, so the score's first count is X's and the second Y's (before "verb",
        # which would give Y the first)
        rf"{_NOT_AFTER_NAME}{C}{gap(0, 60)}\b(?:challenged|challenging|faced|facing|took on|"
        rf"taking on|ran against|running against|contested against|fought) "
        rf"{gap(0, 40)}{C}{gap(0, 80)}, (?:winning|losing) (?:by )?{N}(?: votes?)? "
        rf"(?:to|-|–) {N}(?: votes?)?(?=[,.;)]|$| in\b| on\b| at\b)",
        _pairs((1, 3), (2, 4)),
        ("winning <n", "losing <n", "winning by <n", "losing by <n"),
    ),
    _rule(
        "faced-then-participle-count",  # "X had to face Y in the second round, comfortably
        # winning the seat with 149 votes", "X took on Y — securing 61%": the participle's doer
        # is the sentence's subject, as in the score above, so the one count is X's (before
        # "verb", which would give it to Y, the name nearest)
        rf"{_NOT_AFTER_NAME}{C}{gap(0, 60)}\b(?:challenged|challenging|faced|face|facing|took on|"
        rf"taking on|ran against|running against) {gap(0, 40)}{C}"
        rf"(?:[^<,;:–—]|<X\d+>){{0,80}}?(?:,| [–—]) (?:[a-z]{{2,20}}ly )?"
        rf"(?:winning|securing|taking|receiving|garnering|obtaining|getting|polling|gaining)"
        rf"(?: (?:<X\d+>-)?(?-i:[a-z][a-z-]{{0,20}})| <X\d+>){{0,5}}? (?:with )?{_QUANT}{NUM}(?: votes?)?"
        rf"(?=[,.;)]|$| in\b| on\b| at\b| and\b)",
        _pairs((1, 4)),
        ("face", "faci", "took on", "taking on", "challeng", "ran against", "running against"),
    ),
    _rule(
        "subject-past-appositive-verb",  # "X, an MP from Y who is backed by the Z party,
        # received 60 votes": the names in a description set off by commas after the
        # sentence's opening subject only describe it; the verb after it is the subject's
        # (before "verb", which would give the count to the last name in the description)
        # (not "the slate, headed by Y, won": the one at its head is meant; nor ", who had
        # 13 votes" after the description, a relative clause of the name before it)
        # (after a report's opening too: "the commission announced that X, the candidate
        # for the Y party, has won with 55%")
        rf"^(?:[^;:<]{{0,80}}?(?:<C\d+>[^;:<]{{0,80}}?)?\b(?:announced|said|reported|confirmed|"
        rf"declared|stated) that )?"
        # (or after an opening phrase naming no one, and a former office: "With most votes
        # counted, former mayor X, backed by the Y, came out on top with 31%")
        rf"(?:[^<,;:]{{1,60}}, )?(?:(?:former|outgoing|incumbent) (?:[a-z-]+ ){{0,2}}?)?"
        rf"{C}, (?=[a-z])(?!(?:and|or|but|while|whereas|then|where|when)\b)"
        rf"(?!(?:headed|led|fronted) by\b)"
        # (nor an aside of peers whose last has a count: "X, along with Y, with 900 votes")
        rf"(?!(?:along with|together with|as well as)\b[^;:<]*<C\d+>, with <N)"
        # (a gloss in brackets may hold a comma: "the ruling Y (Self-Determination, Z) party")
        rf"(?:[^<,;:()]|<X\d+>|<C\d+>|{_GLOSS}){{3,160}}?(?:<C\d+>|{_GLOSS})"
        rf"(?:[^<,;:()]|<X\d+>){{0,60}}, "
        rf"(?!(?:who|whom|whose|which|that)\b)"
        rf"{gap(0, 90)}\b"
        rf"(?:{_STRONG_GET} {_SEATS_FIRST}{_QUANT}{NUM}|{_WEAK_GET} {_QUANT}{NUM}{_COUNTS})"
        rf"{_NOT_A_VOTES_COUNT}{_FOR_ANOTHER}",
        _verb_count,
        (">, ",),
    ),
    _rule(
        "subject-bare-appositive-verb",  # "X a former aide to Governor Y was third with 4
        # votes": a description opened by "a"/"an" straight after the opening name, with no
        # commas, names the one described (never the subject) right before the verb
        rf"^{C} an? (?:[a-z-]+ ){{1,8}}(?:to|of|for|under) (?:[a-z]+ )?<C\d+> "
        rf"{gap(0, 40)}\b(?:{_STRONG_GET} {_SEATS_FIRST}{_QUANT}{NUM}|{_WEAK_GET} {_QUANT}{NUM}{_COUNTS})"
        rf"{_NOT_A_VOTES_COUNT}{_FOR_ANOTHER}",
        _verb_count,
        ("> a ", "> an "),
    ),
    _rule(
        "share-of-two-bases",  # "X won 59.46% of the regional votes and 41.74% of the total
        # votes": one subject's shares of two counts (a double majority's, an electoral
        # college's parts), the second the subject's as much as the first
        rf"{C} {_GET} {P} of the (?:[a-z]+ )?(?:votes?|ballots?) and {P} of the "
        # (not a clause of its own: "and 2.1% of the ballots were spoiled")
        rf"(?:[a-z]+ )?(?:votes?|ballots?)\b(?! (?:were|was|are|is|went|had)\b)",
        _pairs((1, 2), (1, 3)),
        ("vote and <p", "votes and <p", "ballot and <p", "ballots and <p"),
    ),
    _rule(
        "list-ordinal-on",  # "X was third with 9,915 votes, Y fourth on 5,069": a list's later
        # place with its count, the verb left out (the first is the verb rule's)
        rf"(?:(?<=, )|(?<=\band )){C} (?:second|third|fourth|fifth|sixth|seventh|eighth|last) "
        rf"(?:on|with) {NUM}",
        _pairs((1, 3)),
        (
            " second on",
            " third on",
            " fourth on",
            " fifth on",
            " sixth on",
            " seventh on",
            " eighth on",
            " last on",
            " second with",
            " third with",
            " fourth with",
            " fifth with",
            " sixth with",
            " seventh with",
            " eighth with",
            " last with",
        ),
    ),
    _rule(
        "placed-ordinal-at",  # "X finished second at 1,300", "Y, who placed third in overall
        # votes at 1,208", "Z came fourth in the count on 980 votes", "W took third ... at
        # 950": a place, then its count
        rf"{C}(?:, who)? (?:finished|placed|came|took|ended up|ended) (?:in )?"
        r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|last)\b(?: place)?"
        rf"(?: [^<;:.,]{{1,30}}?)? (?:at|on) {NUM}",
        _pairs((1, 3)),
        ("finished ", "placed ", "came ", "took ", "ended "),
    ),
    _rule(
        "beaten-on",  # "X garnered 10,635 votes, edging out Y on 10,279": "on" gives the
        # beaten one's own count (never "with", which may be the winner's)
        rf"\b(?:edging out|edged out|beating|pipping|ahead of|defeating) (?:[a-z-]+ ){{0,3}}"
        rf"{C} on {NUM}(?! (?:votes? )?to\b)",
        _pairs((1, 3)),
        ("edging out", "edged out", "beating", "pipping", "ahead of", "defeating"),
    ),
    _rule(
        "won-own-bid-with",  # "X won her re-election bid for the town of Y council seat with
        # 612 votes", "X won his race for one Y Board Position with 56 votes": the pronoun's
        # bid is the subject's, so the count is too, not that of a place or seat named in it
        rf"{C} (?:won|clinched|secured) (?:his|her|their) (?:[a-z-]+ ){{0,2}}"
        rf"(?:bid|race|contest|seat)\b(?:[^<;:.]|<[CX]\d+>){{0,100}}? with {_QUANT}{N} votes?\b",
        lambda m: iter([(int(m.group(1)), int(m.group(2)))]),
        (
            "won his ",
            "won her ",
            "won their ",
            "clinched h",
            "secured h",
            "clinched t",
            "secured t",
        ),
    ),
    _rule(
        "verb",  # "X received 138 votes", "X's bid was backed by 140 countries"; not the last
        # name of a joint subject ("the United States, Canada and Mexico won 134 votes")
        # (not the seat's former holder: "The party won the seat previously held by X with 42%")
        # (the lookahead first: the lookbehinds are tried only where a name starts)
        # (not what each member of a body got: "the delegates of X each had one vote", "the
        # member nations of the X (Y Federation) each had one vote", their weight; the last
        # of several names keeps its count: "X and the Z candidate Y each received 40", a
        # list shared-each-verb cannot read)
        rf"(?=<C)(?!(?:(?<=\bof )|(?<=\bof the ))<C\d+>(?: \([^()<]{{1,60}}\))? each )"
        rf"{_NOT_AFTER_NAME}{_SEAT_HOLDER_BEFORE}{_NOT_IN_DESCRIPTION}{C}"
        # (not a place the clause after "where" is about: "in Rome, where X took 69%")
        r"(?!,? where\b)"
        rf"(?:{GAP}|{_SEAT_HOLDER}){{0,90}}?\b"
        rf"(?:{_STRONG_GET} {_SEATS_FIRST}{_QUANT}{NUM}|{_WEAK_GET} {_QUANT}{NUM}{_COUNTS})"
        rf"{_NOT_A_VOTES_COUNT}{_FOR_ANOTHER}",
        _verb_count,
    ),
    _rule(
        "subject-then-with-votes",  # "X secured the top spot in the election for a
        # three-year term starting on January 1, 2025, with a leading 177 votes": the only
        # one named, the subject, and the count closing the sentence past the verb's reach
        # (or without the comma, the voters counted: "X was elected ... on October 28,
        # 2015 with (the) vote(s) of 172 countries")
        rf"^(?:[^<;:]{{0,40}})?{C}{gap(60, 220)}"
        rf"(?:, with {_QUANT}{N} votes?| with (?:the )?votes? of {N} (?:member )?"
        r"(?:states|countries|nations))\.?$",
        lambda m: iter([(int(m.group(1)), int(m.group(2) or m.group(3)))]),
        (", with", " with vote", " with the vote"),
    ),
    _rule(
        "subject-then-participle",  # "X was on Monday elected President of the ... Assembly
        # with an overwhelming majority, polling 143 out of 191": the sentence's subject, the
        # only candidate named before the participle, however long the clause between; an
        # opening phrase naming no one may come first ("According to the commission, X, ...")
        # ("getting" too, when votes or a share follows: not "getting 3 seats")
        # (a dateline may open the sentence: "Geneva: X was elected", "Rome, 4 May 2021 (ANS): X")
        # (the opening phrase may hold a figure: "In the 450-seat chamber, X fell short ...")
        # (no comma before the participle after "elected", when votes follow it: "X was
        # elected to the Board ... during the 42nd session securing 144 votes")
        rf"^(?:(?:[^<;:]|<[CX]\d+>){{1,40}}: )?(?:(?:[^<,;:]|<X\d+>){{1,40}}, )?(?:[^<,;:]|<X\d+>){{0,40}}?{C}"
        rf"(?:(?:[^<;:–—]|<X\d+>){{20,220}}?, |(?:[^<;:–—]|<X\d+>){{0,80}}?\belected\b"
        rf"(?:[^<;:–—]|<X\d+>){{10,200}}? (?=(?:{_GAINING}) <N\d+> (?:votes?|ballots?)\b))"
        rf"(?:{_GAINING}|getting(?= [^<]{{0,30}}(?:<P\d+>|<N\d+> votes?\b))|"
        # "X won the elections to the Council for 2023-2025, having received the support
        # of 126 member states": the perfect participle, as well
        r"having (?:received|won|obtained|secured|garnered|gained)(?= (?:the )?(?:support|"
        r"backing|votes?) of <N\d+> (?:member )?(?:states|countries|nations)\b)"
        rf") {_QUANT}{NUM}",
        _pairs((1, 3)),
        (
            "having ",
            "getting",
            "receiving",
            "winning",
            "garnering",
            "obtaining",
            "securing",
            "scoring",
            "polling",
            "gaining",
            "collecting",
            "earning",
            "mustering",
            "attracting",
            "amassing",
            "tallying",
            "netting",
            "capturing",
            "picking up",
            "racking up",
        ),
        needs_vote_word=True,
    ),
    _rule(
        "pronoun-subject-then-participle",  # "Nevertheless, the kingdom was elected in April
        # to the panel by a secret ballot of the council, receiving 47 votes": as the rule
        # before, for a sentence whose subject is a pronoun or a reference (no name in it)
        rf"^(?:[^<,;:]{{1,40}}, )?(?P<pronoun>{_PRONOUN})\b(?:[^<;:–—]|<X\d+>){{20,220}}?, "
        rf"(?:{_GAINING}) {_QUANT}<[NP](?P<count>\d+)>",
        lambda m: iter([(_pronoun_reference(m.group("pronoun")), int(m.group("count")))]),
        tuple(f", {word}" for word in _GAINING.split("|")),
        needs_vote_word=True,
    ),
    _rule(
        "pronoun-despite-getting",  # "She was unable to garner the needed eight votes in the
        # Council, despite getting 109 in the Assembly": the count conceded after "despite" is
        # the subject's own, however long the clause of what it failed to get before it
        rf"^(?:[^<,;:]{{1,40}}, )?(?P<pronoun>he|she|it)\b(?:[^<;:–—]|<X\d+>){{10,200}}?, "
        rf"despite (?:{_STRONG_GET}) {_QUANT}<N(?P<count>\d+)>",
        lambda m: iter([(_pronoun_reference(m.group("pronoun")), int(m.group("count")))]),
        (", despite",),
    ),
    _rule(
        "elected-with-support-aside",  # "X was elected to the seat with the widest support
        # ever, 141 votes in favour": the support's size set off after it is X's count (only
        # the sentence's subject is named before it)
        # (or bracketed: "X was elected ... with the highest number of votes (171 votes)")
        # (an opening phrase ending in a comma may name the body or the session: "At the
        # 38th session of the General Conference of <C> on 11 November in Paris, X was")
        rf"^(?:[^<;:]{{1,40}}, |(?:At|During|In) (?:[^<;:]|<[CX]\d+>){{1,200}}?, )?{C}(?:[^<;:]|<X\d+>){{0,80}}?\b(?:(?:was|were|has been|have been) )?"
        rf"(?:re-?)?elected\b(?:[^<;:]|<X\d+>){{0,80}}? with (?:an? |the )?(?:[^<,;:]{{3,50}}, "
        rf"{_QUANT}<N(\d+)> {VOTERS}(?: in (?:its|his|her|their) )?(?: in favou?r)?(?=[,.;)]|$)|"
        rf"[^<,;:()]{{3,50}} \({_QUANT}<N(\d+)>(?: {VOTERS})?\))",
        lambda m: iter([(int(m.group(1)), int(m.group(2) or m.group(3)))]),
        ("elected",),
    ),
    _rule(
        "verb-majority-aside",  # "X received a majority — 115 votes — in the Assembly", "X got
        # majority (nine) of the votes": the majority's size set off beside it is X's count
        rf"{C}{clause_gap(0, 40)}\b{_STRONG_GET} (?:an? |the )?(?:absolute |clear |simple )?"
        rf"majority (?:[—–] ?<N(\d+)> {VOTERS} ?[—–]|\(<N(\d+)>(?: {VOTERS})?\))",
        lambda m: iter([(int(m.group(1)), int(m.group(2) or m.group(3)))]),
        ("majority",),
    ),
    _rule(
        "subject-elected-then-with",  # "X of Y was announced as the new Deputy Director in the
        # fourth round of voting, with 104 votes", "X, aged 61, was elected via secret ballot
        # by the agency's 56-member board in the second round with 30 votes": the one the
        # passive names, however far
        rf"^(?:[^<,;:]|<X\d+>){{0,40}}?{C}(?:[^<;:–—]|<X\d+>){{0,80}}? (?:was|were|has been|"
        rf"had been|is) (?:(?:re-?)?elected|announced|chosen|named|confirmed|declared|selected|"
        # "X, ..., was voted onto the board ... with 88 in favour and six against"
        rf"voted (?:on|onto|into|in|to)(?= ))\b"
        rf"(?:[^<;:–—]|<X\d+>){{0,160}}?,? with {_QUANT}<N(\d+)>{_COUNTS} (?:(?:valid )?"
        rf"(?:votes|ballots)\b(?! cast for (?:his|her|its|their) )|(?:votes )?in favou?r\b(?! of))",
        _pairs((1, 2)),
        (
            "elected",
            "announced",
            "chosen",
            "named",
            "confirmed",
            "declared",
            "selected",
            "voted on",
            "voted in",
            "voted to",
        ),
    ),
    _rule(
        "verb-fraction-bracket",  # "X received more than two-thirds of ballots cast (5,410)":
        # the count in brackets after a fraction of the votes
        rf"{C}{gap(0, 90)}\b{_STRONG_GET} (?:(?:more|less|fewer) than |over |nearly |almost |"
        rf"about |just (?:over|under) )?(?:a |one[- ])?(?:half|third|quarter|two[- ]thirds|"
        rf"three[- ]quarters) of (?:the )?(?:valid )?(?:votes|ballots)(?: cast)? \(<N(\d+)>\)",
        _pairs((1, 2)),
        ("votes (<n", "ballots (<n", "cast (<n"),
    ),
    _rule(
        "possessive-share-from-to",  # "Y's share soared from 21.1% to 42.1%", "Y's vote share
        # fell from 41.2% to 35.3%": the share now is the one after "to" (the first is an
        # earlier vote's, whose year the sentence seldom tells)
        rf"{C}(?:'s|’s|’|') (?:(?:popular )?vote )?share(?: of the (?:popular )?vote)? "
        rf"(?:(?:also|then|meanwhile|only) )?(?:[a-z]+ed|rose|fell|grew|went (?:up|down)) "
        rf"from <P\d+> to {_QUANT}<P(\d+)>",
        lambda m: iter([(int(m.group(1)), int(m.group(2)))]),
        tuple(
            f"{apostrophe}s {word}"
            for apostrophe in "'’"
            for word in ("share", "vote share", "popular vote share")
        ),
        needs_vote_word=True,
    ),
    _rule(
        "possessive-tally",  # "Y's tally stood at 912,301", "Y's vote share was 41.2%", "Y's
        # share of the vote reached 41%": the count or share the possessive names
        # ("Y's ballot-count stood at 798,233": the count hyphenated, of ballots)
        rf"{C}(?:'s|’s|’|') (?:final |total |own |vote |votes |ballot[- ]|vote-)?(?:tally|total|count|"
        rf"vote share|share of the (?:valid |popular )?(?:vote|votes|ballots)|"
        # ("Y's nationwide primary vote sat at 41.7 per cent": its reach, where it sat)
        rf"(?:(?:nationwide|national|statewide|overall) )?(?:primary|first[- ]preference) vote)"
        rf"(?: of (?:the )?votes)? (?:stood at|sat at|sits at|stands at|was|reached|came to|rose to|climbed to|"
        rf"amounted to|totall?ed|ended at|finished at|is) {_QUANT}"
        # (not a change: "was 4.2% lower")
        rf"(?:<P(\d+)>(?! (?:lower|higher|less|more|down|up)\b)"
        rf"|<N(\d+)>(?=(?: {VOTERS})?(?:[,.;]|$| and\b| while\b| against\b)))",
        lambda m: iter([(int(m.group(1)), int(m.group(2) or m.group(3)))]),
        # ("the Liberals' primary vote sat at": a plural's apostrophe alone, after the name)
        tuple(
            f"{ending} {word}"
            for apostrophe in "'’"
            for ending in (f"{apostrophe}s", f">{apostrophe}")
            for word in _POSSESSED_TALLY
        ),
        needs_vote_word=True,
    ),
    _rule(
        "runner-up-on",  # "Y, the runner-up on 25.8 percent", "Z, a distant third place at
        # 9%": a placing's own count, right after it
        rf"{C},? (?:was )?(?:the |a )?(?:(?:distant|close|narrow) )?(?:runner-up|(?:second|third|"
        rf"fourth|fifth) place) (?:on|at|with) (?:(?:about|around|nearly|just|only) )?"
        rf"(?:<P(\d+)>|<N(\d+)>(?= (?:votes|ballots|delegates|electors|members|MPs)\b))",
        lambda m: iter([(int(m.group(1)), int(m.group(2) or m.group(3)))]),
        ("runner-up", " place"),
        needs_vote_word=True,
    ),
    _rule(
        "finished-on",  # "X finished on 51.3%", "X ended second at 44.2 percent", "finished on
        # 112 votes": a race's end, so only where a vote is spoken of (not a market's close)
        # "came a distant second on 61 votes", "trailed on 40 votes" (not "X's lead over Y
        # stood at 3,410 votes": what stands or is at a number may be a lead or a total)
        # "came in third on 157 votes", "came in as a third candidate on 157 votes": the
        # place as a role (British and translated reports)
        rf"{C}{clause_gap(0, 40)}\b(?:finished|finishing|finishes|ended|ending|ends|"
        rf"(?:came|comes|coming)(?: in)?|placed|placing|trailed|trailing|trails) "
        # ("was trailing in fourth (place) on around 7 percent": the place as where one stood)
        rf"(?:(?:a |an |in )?(?:distant |close |strong |comfortable |narrow |poor |respectable )?"
        rf"(?:first|second|third|fourth|fifth|sixth|seventh|last|ahead|behind|narrowly)"
        rf"(?: place)? )?"
        rf"(?:as (?:a|the) (?:[\w-]+ ){{1,2}}?(?:candidate|contender|finisher) )?"
        rf"(?:on|at) {_QUANT}(?:<P(\d+)>|<N(\d+)>(?= {VOTERS}\b))",
        lambda m: iter([(int(m.group(1)), int(m.group(2) or m.group(3)))]),
        (
            "finish",
            "ended",
            "ends",
            "ending",
            "came",
            "comes",
            "coming",
            "placed",
            "placing",
            "trail",
        ),
        needs_vote_word=True,
    ),
    _rule(
        "aside-at",  # "The US, at 131 votes, earned the most", "Ann Roe, at 41.2%, came
        # second": the count set off after the name (votes or a share: not an age "X, at 54,")
        rf"{C}, at {_QUANT}(?:<P(\d+)>(?! in (?:the )?(?:[a-z]+ )?(?:polls?|surveys?)\b)"
        rf"|<N(\d+)> {VOTERS})(?: of the (?:valid |total )?votes?)?,",
        lambda m: iter([(int(m.group(1)), int(m.group(2) or m.group(3)))]),
        (", at ",),
        needs_vote_word=True,
    ),
    _rule(
        "rival-at",  # "far more than her closest challenger, Y, a lawyer, at just 844,151
        # votes", "ahead of Y at 3,410 votes": the rival a comparison names, its count after
        # "at" (past a description set off by commas; votes said, not an age or a time)
        r"\b(?:more than|ahead of|compared (?:with|to)|followed by) "
        r"(?:(?:her|his|their|the) (?:[\w-]+ ){0,3}?(?:rival|challenger|opponent|contender),? )?"
        rf"{C}(?:, (?:a|an|the) (?:[^,;<]|<[CX]\d+>){{1,120}}?)?,? at {_QUANT}<N(\d+)> votes?\b",
        _pairs((1, 2)),
        ("more than", "ahead of", "compared ", "followed by"),
    ),
    _rule(
        "is-at-share",  # "Joe Miller is at 36 percent and X is at 25 percent with 68 percent
        # of votes reported": a running count's share. A share only, right after the name:
        # "X's lead stood at 3,410" is a lead, and a count that "is at" a number may be a total
        rf"{C} (?:is|was|stands|stood|remains|remained|sits|sat) at {_QUANT}<P(\d+)>"
        r"(?! in (?:the )?(?:[a-z]+ )?(?:polls?|surveys?)\b)",  # "36% in the polls": no count
        _pairs((1, 2)),
        (" is at ", " was at ", " stands at ", " stood at ", " remains at ", " remained at "),
        needs_vote_word=True,
    ),
    _rule(
        "has-on",  # "the latest total has X on 162,675 and Y on 107,762", "the count put X on
        # 6,020": a count's standing given as its object (counts only: "the latest poll has X
        # on 52%" is a survey's share; not "had X on 12 committees")
        rf"\b(?:has|had|have|put|puts|showed|shows|showing|gave|gives|left|leaves) {C} on "
        rf"{_QUANT}<N(\d+)>(?=,| and\b|;|\.|\)|\]|$| {VOTERS}\b)",
        lambda m: iter([(int(m.group(1)), int(m.group(2)))]),
        (
            " has <c",
            " had <c",
            " have <c",
            " put <c",
            " puts <c",
            " showed <c",
            " shows <c",
            " showing <c",
            " gave <c",
            " gives <c",
            " left <c",
            " leaves <c",
        ),
    ),
    _rule(
        "was-on",  # "X was on 1,013,721 (40%) while Y had ...", "X is on 45%", "X sat on 212
        # votes": where a count stands, a British way to give it. A share, or a count with its
        # share or votes after it, right after the name (not "was on 12 committees")
        rf"{C} (?:is|was|were|are|sits|sat|stands|stood|remains|remained) on {_QUANT}"
        rf"(?:<P(\d+)>(?! in (?:the )?(?:[a-z]+ )?(?:polls?|surveys?)\b)|<N(\d+)>(?=\)| {VOTERS}\b))",
        lambda m: iter([(int(m.group(1)), int(m.group(2) or m.group(3)))]),
        (
            " was on ",
            " is on ",
            " were on ",
            " are on ",
            " sits on ",
            " sat on ",
            " stands on ",
            " stood on ",
            " remains on ",
            " remained on ",
        ),
        needs_vote_word=True,
    ),
    _rule(
        "round-end-on",  # "X topped the first ballot on 88 votes", "X was knocked out in the
        # third round on 31 votes": the count a round left X on (its end, as finished-on)
        rf"{C}{clause_gap(0, 40)}\b(?:(?:topped|topping|tops|headed|heading|heads|led|leading|"
        rf"leads|won|winning|wins|ended|ending|ends|finished|finishing) the (?:{_ORDINAL} )?"
        rf"(?:ballot|round|count)|(?:topped|topping|tops) the poll|"
        rf"(?:(?:was|were) (?:eliminated|knocked out)|(?:went|dropped|bowed) out)"
        rf"(?: (?:in|after|on) the {_ORDINAL} (?:ballot|round|count))?) (?:on|at) {_QUANT}"
        rf"(?:<P(\d+)>(?! turnout\b)|<N(\d+)>(?= {VOTERS}\b))",
        lambda m: iter([(int(m.group(1)), int(m.group(2) or m.group(3)))]),
        (
            "ballot on",
            "round on",
            "count on",
            "poll on",
            "out on",
            "eliminated on",
            "ballot at",
            "round at",
            "count at",
        ),
        needs_vote_word=True,
    ),
    _rule(
        "relative-subject",  # "X which has long sought a permanent seat on the Council ran
        # unopposed to win 184 votes": a relative clause about X may run long before X's verb
        rf"{C},? (?:which|who)\b(?! (?:the|a|an|its|his|her|their|it|he|she|they)\b)"
        rf"{_RELATIVE_GAP}\b{_STRONG_GET} {_QUANT}{NUM}",
        _pairs((1, 3)),
    ),
    _rule(
        "seats-on-share",  # "the Farmers' Union took 9 seats on 6.1%": the share, not the seats
        rf"{C}{gap(0, 60)}\b(?:{_STRONG_GET}|{_WEAK_GET}) <X\d+> (?:[\w-]+ )?seats?,? "
        rf"(?:on|with) {_QUANT}{P}",
        _pairs((1, 2)),
        ("seat",),
    ),
    _rule(
        "chose-over",  # "IOC members chose X over Y by 48 votes to 44": the voters are the
        # subject, the winner the object
        rf"\b{_CHOSE} {C} over {C}{clause_gap(0, 30)}{NUM}(?: votes?)?(?: to |-|–){NUM}",
        _pairs((1, 4), (2, 6)),
        ("> over <c",),
    ),
    _rule(
        "elected-office-by-score",  # "X has been elected Speaker of the Seanad by 46 votes to
        # 6", "X, who was nominated by Y, was elected chair by 46 votes to 6": the subject's
        # count, the other side the other finalist's when the text names one (else nobody's:
        # a lone nominee's votes against)
        rf"{C}(?:{_APPOSITION}|{_WHO_APPOSITION})? (?:has been|had been|was|were) "
        rf"(?:re-?)?elected [^<;:,]{{0,60}}?\bby {NUM}(?: votes?)?(?: to |-|–){NUM}"
        rf"(?=[.;,]|$| of\b| in\b| at\b| on\b)",
        _won_by_then_other,
        ("elected",),
    ),
    _rule(
        "chose-by",  # "Lawmakers chose X as speaker by 338 votes to 243": the 243 went to
        # someone not named here; "elected X Deputy Director by 95 out of 158 votes": of all
        rf"\b{_CHOSE} {C}(?:[^<,;:–—]|<X\d+>){{0,80}}?\bby {NUM}(?: votes?)?"
        rf"(?:(?: to |-|–){NUM}|(?= (?:out of|of the) <X\d+>))",
        _chosen_by,
        ("by <n", "by <p"),
    ),
    _rule(
        "participle-first-each",  # "Receiving 18 votes each in the first round, X and Y faced
        # a run-off": the count is each name's of the subject after the clause
        rf"^\W*(?:{'|'.join(sorted(PARTICIPLES))}) <N(?P<number>\d+)> (?:votes|ballots) "
        rf"(?:each|apiece)(?: [a-z-]+){{0,5}}?, (?:the )?(?P<names>{_LIST_FROM})",
        _shared_several,
        ("votes each", "ballots each", "votes apiece", "ballots apiece"),
    ),
    _rule(
        "participle-first",  # "Collecting 171 votes, Ireland ...", "After winning 58%, X ...",
        # "Winning 163 out of 178 approval votes, X ...": the count of a whole
        # ("Obtaining 284,213 votes (35.01%), X ...": the share's bracket closes after the count)
        # ("Having secured 97 votes, X ...": the perfect participle)
        rf"\b(?:{'|'.join(sorted(PARTICIPLES))}|picking up|racking up|having {_HAVING_GOT}) "
        rf"{_QUANT}{NUM}\)?"
        rf"(?: (?:out )?of (?:a total of |the )?<X\d+>)?"
        # (lower-case words, or numbers not counted, may follow: "Receiving 114 votes of the
        # 13 seats open to Africa, X", "Winning 61 votes in the second of 3 rounds, X"; the
        # whole body after "the": "Having received 102 votes from the 192 member countries, X")
        rf"(?: (?:[a-z-]+ )?{VOTERS}(?: (?:[a-z-]+|<X\d+>|(?<=the )<N\d+>)){{0,8}}?"
        rf"| of the (?:votes?|ballots?)(?: cast)?)?, "
        rf"(?:the )?{C}"
        # ("With 131 out of a total of 190 votes, X was elected": the count of a whole)
        rf"|^\W*(?:with|on) {_QUANT}{NUM}(?: (?:out )?of (?:a total of |the )?<X\d+>)? "
        rf"(?:(?:votes|ballots)(?: cast| in (?:its|his|her) favou?r| "
        rf"in favou?r)?|of the (?:valid |popular )?(?:votes?|ballots?)(?: cast)?), "
        # "With 141 votes in favour, Sierra Leone joined the Council", "With 54% of the vote, X"
        rf"(?:the )?{C}",
        lambda m: iter([(int(m.group(3) or m.group(6)), int(m.group(2) or m.group(5)))]),
        (", <c", ", the <c"),
    ),
    _rule(
        "participle-first-pronoun",  # "Having garnered 143 votes of 191 ballots cast, the new
        # President took the podium", "Receiving 97 votes, she ...": as "participle-first",
        # its subject standing for the one named before (the sentence's first words only)
        rf"^\W*(?:after |upon )?(?:{'|'.join(sorted(PARTICIPLES))}|having {_HAVING_GOT}) "
        rf"{_QUANT}<N(?P<count>\d+)>(?: {VOTERS}(?: (?:[a-z-]+|<X\d+>)){{0,6}}?)?, "
        rf"(?P<pronoun>he|she|the (?:new|newly[- ]elected) (?:president|chair|chairman|"
        rf"chairwoman|chairperson|secretary-general|director-general|leader|mayor|speaker))"
        rf"\b(?![^<]*<C\d+>)",
        _participle_first_pronoun,
        (", he ", ", she ", ", the new ", ", the newly"),  # (", the " alone: most sentences)
    ),
    _rule(
        "with-count-first-no-comma",  # "With 69 votes X was elected president": as
        # "participle-first" opening on "with", the comma before the subject left out (its
        # own rule: the gate of the other stays narrow)
        rf"^\W*with {_QUANT}{NUM} (?:(?:votes|ballots)(?: cast)?|of the (?:valid |popular )?"
        rf"(?:votes?|ballots?)(?: cast)?) (?:the )?{C}",
        _pairs((3, 2)),
        ("with <",),
    ),
    _rule(
        "with-a-vote-of-first",  # "With a vote of 171 and 9 abstentions, X was elected": the
        # count opening the sentence, as "X was elected with a vote of 171" ends it
        rf"^\W*with a (?:recorded |secret )?(?:vote|ballot) of {NUM}(?: votes?)?"
        rf"(?: (?:and|with) <[NX]\d+> abstentions?)?, (?:the )?{C}",
        _pairs((3, 2)),
        ("a vote of", "ballot of"),
    ),
    _rule(
        "share-first",  # "At only 2.5%, the NPP looks set to lose its seats", "On 34%, Labour
        # leads": a share opening the sentence, then its subject (never its possessive: "At
        # 45%, X's lead ...")
        rf"^\W*(?:at|on) {_QUANT}{P}, (?:the )?{C}(?![\w'’])",
        lambda m: iter([(int(m.group(2)), int(m.group(1)))]),
        (", <c", ", the <c"),
    ),
    _rule(
        "won-by-votes-to",  # "X won by 54 votes to 50" (or "by 54-50", a score figures.py lets
        # through only beside votes or a ballot): the 50 is the other finalist's
        # (an apposition may stand between: "X, the first city from Asia to host them, won")
        # ("won by 33 votes against 28 for Y": the other's count after "against")
        # (or a relative clause, which may name things and count them: "X, who has promised
        # to cut the clubs in the <C> to three, won by 27 votes to 23")
        rf"{C}(?:{_APPOSITION}|{_WHO_APPOSITION}) (?:won|prevailed|triumphed) by {NUM}"
        rf"(?: votes? to | votes? against |[-–])"
        rf"{NUM}(?=[.;,]|$| in\b| on\b| at\b| following\b| after\b| (?:votes? )?for {C})",
        _won_by_votes_for,
        (" by <",),
    ),
    _rule(
        "led-by-votes-to",  # "X led by 22 votes to 21 for Y": a score, the leader's side first
        # (no margin: "led by 22 votes" alone is one)
        rf"{C} (?:led|was leading|were leading) by {NUM} votes? to <[NP]\d+>",
        _pairs((1, 3)),
        ("led by <", "leading by <"),
    ),
    _rule(
        "won-votes-to",  # "In the final vote, X won 31 to 27": the 27 is the other
        # finalist's (in a sentence that speaks of a vote: never a match's score)
        rf"{C}{_APPOSITION} won {NUM}(?: votes?)? to {NUM}(?: votes?)?(?=[.;,]|$| in\b| on\b| at\b)",
        _won_by_votes_to,
        (" won <",),
        needs_vote_word=True,
    ),
    _rule(
        "majority-votes-to",  # "X achieved a first-round majority of 31 votes to 20": the
        # 20 is the other finalist's
        rf"{C}{clause_gap(0, 30)}\b(?:achieved|secured|won|gained|obtained|had) an? "
        rf"(?:[\w-]+ ){{0,2}}?majority of {NUM} votes? to {NUM}(?=[.;,]|$| in\b| on\b)",
        _won_by_votes_to,
        ("majority of",),
    ),
    _rule(
        "votes-to-finalist",  # "X won 55 votes to 31": the 31 is the other finalist's, the
        # one the sentence before names ("X beat Y."); none when it names no such one
        rf"{C}{clause_gap(0, 45)}\b(?:{_STRONG_GET}|{_WEAK_GET}) {NUM} votes? to {NUM}"
        r"(?=[.;,]|$| in\b| on\b| at\b)",
        _won_by_votes_to,
        ("votes to", "vote to"),
    ),
    _rule(
        "won-by-to-finalist",  # "On the first vote X won by 62 to 56": the 56 is the other
        # finalist's, as in votes-to-finalist
        # "which X won by a vote of 124 to 57" (by-a-vote-of reads only the 124); "X won with
        # a vote of 128 to 62", "X has been elected chair by 46 votes to six", "X was elected
        # 27 votes to 23": the same score after the passive of election (a relative clause
        # may stand between: "X, who has twice been premier, was elected 27 votes to 23")
        rf"{C}{_WHO_CLAUSE}{clause_gap(0, 45)}\b(?:(?:won|prevailed|triumphed) (?:by|with(?= a))"
        rf"|{_ELECTED_PASSIVE}(?: by| with(?= a))?) (?:a (?:[\w-]+ )?vote of )?"
        rf"{NUM}(?: votes?)? to {NUM}(?=[.;,]|$| in\b| on\b| at\b| of\b)",
        _won_by_votes_to,
        ("by <n", "vote of <n", "votes to <n"),
    ),
    _rule(
        "led-by-votes-to-finalist",  # "X led all three rounds, the first by 21 votes to 14,
        # and the second by 20 votes to 15": each score's second count the other finalist's
        rf"{C}{clause_gap(0, 30)}\bled\b(?:[^<;:–—.]|<X\d+>){{0,40}}?\bby {NUM} votes? to {NUM}"
        r"(?=[.;,]|$| in\b| on\b| at\b)",
        _led_by_votes_to,
        ("votes to", "vote to"),
    ),
    _rule(
        "won-votes-to-over",  # "X prevailed 45 votes to 40 in the leadership contest over Y"
        rf"{C} (?:won|prevailed|triumphed)(?: by)? {NUM} votes? to {NUM}"
        rf"(?: in (?:the |a )?[\w -]{{1,40}}?)? (?:over|against) {C}",
        _pairs((1, 3), (6, 5)),
        (" votes to <", " vote to <"),
    ),
    _rule(
        "pronoun-won-by-shares",  # "She won the vote of members by 54.3 per cent to the 45.7
        # per cent for Y": a score of two shares, the first the pronoun's
        rf"^\W*(?P<pronoun>he|she)\b{clause_gap(0, 60)}\b(?:won|wins|secured|clinched|took)\b"
        rf"{clause_gap(0, 80)}\bby <P(\d+)> to the <P\d+>",
        _pronoun(2),
        ("to the <p",),
    ),
    _rule(
        "ahead-winning-by-score",  # "X won the right to host the Games ahead of Y, winning the
        # vote by 47 votes to 24" (or "by a margin of 47 to 24"): the subject's count first,
        # the one it finished ahead of second (never Y's the first, the nearest name)
        rf"^\W*{C}{gap(0, 90)}\b(?:ahead of|over) {C},? (?:after )?winning "
        rf"(?:the (?:vote|ballot|race|contest) )?by (?:a (?:[a-z]+ )?margin of )?{NUM}"
        rf"(?: votes?)?{_SCORE_TO}{NUM}",
        _pairs((1, 4), (2, 6)),
        ("winning the vote", "winning the ballot", "winning by", "winning the race"),
    ),
    _rule(
        "won-by",  # "X won the seat by 151 votes" when the extractor took 151 for a count
        # ("X has been elected chair by 46 votes to six": the perfect too)
        rf"{C}{gap(0, 60)}\b(?:won|wins|winning|secured|clinched|took|"
        rf"(?:was|were|(?:has|have|had) been) (?:re-?)?elected)\b"
        rf"{clause_gap(0, 80)}\bby {NUM}",
        _pairs((1, 3)),
        ("by <n", "by <p"),
    ),
    _rule(
        "won-score-alone",  # "X won the run-off, 54.2% to 31.5%", "X won, 1,234 votes to 987":
        # a score whose loser goes unnamed; its first side is the winner's
        # "X was elected 27 votes to 23": the passive too, with the word "votes" (a bare
        # "elected 76-12" may be a lone nominee's for and against)
        rf"{C}{clause_gap(0, 40)}\b(?:won|wins|winning|(?:was|were) (?:re-?)?elected(?= <N\d+> votes? to))"
        rf"(?: the (?:[\w-]+ )?(?:run-?off|race|"
        # ("X won the popular vote of 53.4% to 46.6% for Y": "of" before the score too)
        rf"election|by-election|primary|seat|ward|vote(?: of)?|ballot|contest|"
        rf"nomination|leadership))?,? "
        rf"(?:<P(\d+)> to <P\d+>|<N(\d+)>(?: votes?)? to <N\d+>(?: votes?)?)"
        rf"(?!,? (?:over|against|beating|defeating|ahead of|in the polls)\b)",
        lambda m: iter([(int(m.group(1)), int(m.group(2) or m.group(3)))]),
        ("> to <", "votes to <", "vote to <"),
        needs_vote_word=True,
    ),
    _rule(
        "verb-and-verb",  # "X led the first round with 44% and won the run-off with 52.6%"
        rf"{C}{gap(0, 90)}\b(?:{_STRONG_GET}|{_WEAK_GET}) {_QUANT}<[NP]\d+>{clause_gap(0, 40)} "
        rf"and (?:then |later |finally |also )?(?P<rest>(?:{_STRONG_GET}|led|took)\b"
        rf"(?:{clause_gap(0, 60)}\b(?:with|on|at))? {_QUANT}<[NP]\d+>){_COUNTS}",
        lambda m: iter([(int(m.group(1)), int(_NUMBER_SLOT.findall(m.group("rest"))[-1]))]),
        (" and ",),  # its two verbs' clauses are joined by "and"
    ),
    _rule(
        "verb-inverted",  # "X scored in the group of Eastern Europe 104 votes"
        rf"{C}{gap(0, 60)}\b{_STRONG_GET} (?:in|at|on|from|among|during) [^<,;]{{1,40}}? "
        rf"{_QUANT}{NUM} {VOTERS}",
        _pairs((1, 3)),
    ),
    _rule(
        "described-verb",  # "The 48-year-old Slovenian received 42 votes", "The Lithuanian
        # Ambassador to the UN was supported by 85 countries": a description as the subject
        # after an opening phrase too: "Ultimately, with 12 invalid votes, the former ..."
        # or a speaker's report: "The commission said the 66-year-old won ..."
        rf"^\W*(?:(?-i:[A-Z])(?:[^<;:–—]|<[XN]\d+>){{0,60}}?(?:, | said )(?-i:the)|(?-i:The)) "
        rf"{_DESCRIPTION}"
        # an aside of the party may name it: "the 66 year old, from the Civic Alliance (CA), won";
        # an aside set off by dashes may name anyone: "The 78-year-old — who took over after
        # X stepped down — won"
        rf"(?:(?!\b(?:and|while|but|or)\b)[^<;:–—]|<X\d+>|(?:(?<=of the )|(?<=from the ))<C\d+>|"
        rf"(?<= )[–—] (?:[^<–—;]|<[CX]\d+>){{1,220}}? [–—] )"
        rf"{{0,110}}?"
        rf"\b(?:{_STRONG_GET} {_QUANT}<[NP](?P<got>\d+)>|{_WEAK_GET} {_QUANT}<N(?P<had>\d+)>"
        rf"{_COUNTS}|with {_QUANT}<P(?P<share>\d+)>)",
        _described,
        ("year-old", "year old", "former ", "outgoing ", "new ", "-turned-"),
    ),
    _rule(
        "demonym-described-verb",  # "The Lithuanian Ambassador to the UN was supported by 85
        # countries", "The Slovenian received 42 votes"
        rf"^\W*(?-i:The) {_DEMONYM_DESCRIPTION},? "
        rf"(?:(?!\b(?:and|while|but|or)\b)[^<;:–—]|<X\d+>)"
        rf"{{0,30}}?\b(?:{_STRONG_GET} {_QUANT}<N(?P<got>\d+)>|{_WEAK_GET} {_QUANT}"
        rf"<N(?P<had>\d+)>{_COUNTS})",
        _described,
        ("<n",),  # a count token, which most skeletons lack
    ),
    _rule(
        "party-nominee-verb",  # "While BJP candidate polled 16 votes, the AAP's nominee, who
        # ran with Y's support, secured 12 votes": a party word (no name read) for its one
        # candidate, whom the text named beside the party before
        # ("After the fourth round of counting BJP candidate had got 23,674 votes": after a
        # lower-case word too, without "the" (the text's own bare style; "said the APC
        # candidate polled" is left to the pronoun rules), and the auxiliary of a perfect)
        rf"(?:(?:^|(?<=\bWhile )|(?<=\bwhile )|(?<=, )|(?<=\band ))(?:the )?"
        rf"|(?<=(?-i:[a-z])\w\w )(?<!\bthe )(?<!\bThe ))"
        rf"(?P<party>(?-i:[A-Z])[\w-]{{1,12}})(?:['’]s)? (?:candidate|nominee)"
        rf"(?:, (?:who|whose) (?:[^<,;]|<[CX]\d+>){{1,140}}?,)? (?:(?:had|has|have) )?"
        rf"{_STRONG_GET} {_QUANT}<N(?P<num>\d+)>",
        lambda m: iter([(PARTY_NOMINEE_REFERENCE, int(m.group("num")))]),
        (" candidate ", " nominee"),
    ),
    _rule(
        "pronoun-against-rival",  # "He obtained 812 votes against 662 cast for his rival",
        # "She polled 138 votes against her predecessor's 136": the second count the rival's
        # (the rival a role only: a name after it is read by the rules for names)
        rf"^\W*(?P<pronoun>he|she)\b{clause_gap(0, 40)}\b(?:{_STRONG_GET}|{_WEAK_GET}) "
        rf"{NUM}(?: votes?)? (?:as )?against (?:{NUM}(?: votes?)?(?: (?:cast|won|polled))? for "
        rf"(?:his|her) {_RIVAL_ROLE}|(?:his|her) {_RIVAL_ROLE}['’]s? {NUM})"
        r"(?=[.;,]|$| in\b| with\b| on\b| at\b)(?![^.;]*<C\d+>)",
        _pronoun_against_rival,
        ("against",),
    ),
    _rule(
        "pronoun-beat-described",  # "He defeated the former Afghan foreign minister in a
        # 143-48 vote", "She beat her rival by 61 votes to 40": the one beaten described, not
        # named, so the second count goes to the rival the text set out before
        rf"^\W*(?P<pronoun>he|she)\b{clause_gap(0, 40)}\b{BEAT_VERBS} "
        r"(?:his|her|the) (?:[\w’'-]+ ){0,5}?(?:in|by|with) (?:a |an )?(?:vote of )?"
        rf"{_SCORE_ADJECTIVE}{NUM}(?: votes?)?{_SCORE_TO_OWN}{NUM}"
        r"(?![\w%]| ?per ?cent)(?![^.;]*<C\d+>)",
        _pronoun_against_rival,
        _BEAT_WORDS,
    ),
    _rule(
        "pronoun-verb",  # "it garnered 108 votes", "the House speaker received 220 votes"
        # (resolved to the last named candidate, a person for a role); never after "of": "the
        # leader of the Ohio Conservative won" is whose leader, not who won
        # ("His candidacy was supported by 93 members": the bid's owner, the one named before;
        # never "her nomination", a confirmation's vote)
        rf"(?<!\bof )\b(?P<pronoun>{_PRONOUN}|{_ROLE}|(?:his|her|its)(?= (?:candidacy|candidature|bid)\b))"
        rf"\b{gap(0, 60)}\b"
        # (not a negated verb: "the ambassador ... never got one" is no count of his)
        rf"(?<!\bnever )(?<!\bnot )(?<!n't )(?<!n’t )"
        # (nor a body's size: "Group B, which has 10 nations with ...")
        rf"(?!(?:has|have|had) <N\d+> (?:member )?(?:nations|countries|states|members)\b)"
        # (nor who came to the body "which" stands for: "the assembly, which has about 3,000
        # delegates", where "Chile, which had 120 votes" is Chile's count)
        rf"(?!(?<=\bwhich )(?:has|have|had) {_QUANT}<N\d+> (?:delegates|delegations|participants)\b)"
        rf"(?:{_STRONG_GET} {_QUANT}{NUM}|{_WEAK_GET} {_QUANT}<([NP])(\d+)>{_COUNTS})",
        _pronoun_verb,
        # a count or share token: most skeletons (nine in ten) hold neither, and this rule,
        # tried on every one and with no literal to skip to, cost half of all rule matching
        ("<n", "<p"),
    ),
    _rule(
        "moved-to-count",  # "X has leapt ahead to 67 votes", "Y has dropped to 34", "Z's
        # total has dwindled to 17": a running count's new figure, in a vote's rounds (never
        # a lead, a majority or seats: "X's lead grew to 500 votes", "fell to 22 seats")
        rf"{C}(?P<total>['’]s (?:vote |votes )?(?:total|count|tally))? {_MOVED_TO}"
        rf"{_QUANT}{NUM}(?: votes?| ballots?)?(?=[,.;)]|$| in\b| on\b| after\b| and\b)"
        r"(?! (?:in|according to) (?:the |a |an |recent )?(?:[a-z]+ )?(?:polls?|surveys?)\b)"
        # "X's total rose to 29 votes, while Y's fell to 23": the total left out after Y's
        # is the same total, so Y's count (only after a total named: never a lead's)
        rf"(?:(?(total), (?:while|whereas|and) {C}['’]s {_MOVED_TO}{_QUANT}{NUM}(?: votes?)?"
        r"(?=[,.;)]|$)))?",
        _pairs((1, 4), (5, 7)),
        ("to <n", "to <p"),
        needs_vote_word=True,
    ),
    _rule(
        "leaving-count-to",  # "X won with 71 of the 128 votes, leaving 31 to Y": the rest
        # of the votes, the count the one named after got (a later "and 26 to Z" is
        # number-for-continuation's)
        rf"\bleaving (?:just |only |a mere )?{NUM}(?: votes?| ballots?)? (?:to|for) {C}"
        r"(?![\w'’])"
        # (the next past the first one's party and the second one's description: "31 to Y
        # of the Greens and 26 to the former Labour leader Z")
        r"(?:(?: of the (?:[\w’'-]+ ){1,4}?| \([^()<]{1,40}\) )and "
        rf"{NUM}(?: votes?)? (?:to|for) (?:the (?:[\w’'-]+ ){{1,5}}?)?{C}(?![\w'’]))?",
        _pairs((3, 2), (6, 5)),
        ("leaving <n", "leaving just", "leaving only", "leaving a mere"),
    ),
    _rule(
        "more-votes-than-score",  # "Labour won more votes than the Greens, 10,102 to 9,776":
        # the score after the comparison is the two's, in the order named
        rf"{C}{gap(0, 30)}\b(?:won|wins|got|gets|received|took|polled|gained|drew|had) more "
        rf"votes than (?:the )?{C},? (?:by )?{NUM}(?: votes?)? (?:to|against|versus|vs\.?) "
        rf"{NUM}(?: votes?)?(?=[,.;)]|$)",
        _pairs((1, 4), (2, 6)),
        ("more votes than",),
    ),
    _rule(
        "again-in-year",  # "X won the 2006 election with 53.7% and again in 2011 with
        # 55.5%": the later year's share is the same subject's (the first is the verb rule's)
        rf"{C}{gap(0, 80)}<[NP]\d+>{_AGAIN_IN_YEAR}",
        lambda m: iter([(int(m.group(1)), int(m.group("later")))]),
        _AGAIN_IN_YEAR_WORDS,
    ),
    _rule(
        "pronoun-again-in-year",  # "He won in 2006 obtaining 53.7% and again in 2011
        # winning 55.5%": the later share is the pronoun's too
        rf"\b(?P<pronoun>{_PRONOUN})\b{gap(0, 80)}<[NP]\d+>{_AGAIN_IN_YEAR}",
        lambda m: _pronoun_at(m, "later"),
        _AGAIN_IN_YEAR_WORDS,
    ),
    _rule(
        "pronoun-elected-by-of-total",  # "He was elected unopposed by 57 out of 108
        # senators": the count of the whole that elected the one named before
        rf"\b(?P<pronoun>{_PRONOUN})\b (?:was|were|had been|has been) (?:re-?)?elected"
        rf"(?: unopposed| unanimously)?(?: [a-z]+){{0,3}}? by <(N)(\d+)>(?: votes?)? "
        rf"out of <[NX]\d+>",
        lambda m: _pronoun_at(m, 3),
        ("out of",),
    ),
    _rule(
        "number-or-share-for",  # "12,400 voters or 51.2% of the city's residents voted for X":
        # the count and its share both X's (the place the voters live in is no contestant)
        rf"<N(\d+)>(?: {VOTERS})? or <P(\d+)> of (?:the |all )?(?:(?:[\w'’-]+|<C\d+>) ){{0,2}}?"
        rf"(?:{VOTERS}|residents|citizens|electorate|inhabitants) {_FOR} {C}(?=[,.;(]|$| \()",
        _pairs((3, 1), (3, 2)),
        (" or <p",),
    ),
    _rule(
        "number-for-then-share",  # "120 countries voted for X, or 62.5% of the vote", "Thirty
        # of the 48 governors voted for X, including 23 from the region, amounting to 66.8% of
        # the vote": the share after the name is X's (number-for reads the count)
        rf"<N\d+>(?: {VOTERS})?(?: (?:out )?of (?:the |all )?(?:[\w'’]+ )?<[NX]\d+>(?: [\w-]+)?)?"
        rf"{clause_gap(0, 30)}\b{_FOR} {C},? (?:(?:[^<;:.]|<[NX]\d+>){{1,40}}?, )?"
        rf"(?:or|amounting to|representing|equivalent to|accounting for) <P(\d+)>"
        rf"(?= of the (?:valid |popular )?(?:votes?|ballots?)|[,.;)]|$)",
        _pairs((1, 2)),
        ("amounting to", "representing", "equivalent to", "accounting for", ", or <p"),
    ),
    _rule(
        "number-for-rival-apposition",  # "17 votes against 15 for his main rival, the Dutch
        # head of the UN agency for refugees (UNHCR) Jan Smit": the person closing the long
        # aside is the rival, not a demonym or body named inside it
        rf"<(?<!\bout of <)([NP])(\d+)>(?: {VOTERS})? for (?:his|her|its|their) "
        rf"(?:main |closest |nearest |only )?(?:rival|opponent|challenger|contender), (?:the )?"
        # (not when the rival is named first and the aside tells their side: "for his rival,
        # X from the Y movement led by former president Z" is X's, read by number-for-bare)
        rf"(?!<C\d+>,? (?:from|of) )"
        # (never a name owned by the words before it: "the candidate backed by Y and Z")
        rf"(?:[^<;:.,]|<[CX]\d+>){{5,110}} (?<!\bby )(?<!\bof )(?<!\band )(?<!\bfrom ){C}(?=[,.;]|$)",
        _number_for,
        ("rival, ", "opponent, ", "challenger, ", "contender, "),
    ),
    _rule(
        "number-for",  # "150 states backed X", "183 had voted for X", "140 votes went to X";
        # "157 countries out of 180 voted for X": the total is never X's count
        # (the lookbehind after the "<": a pattern opening on it is searched for fast)
        # (nor a bloc's own size: "opening the way for their 124 members backing X")
        rf"<(?<!\bout of <)(?!(?:(?<=\btheir <)|(?<=\bits <))N\d+> {_BLOC_MEMBERS}\b)"
        rf"([NP])(\d+)>(?:{_OF_TOTAL}{_VOTERS_ASIDE}?{clause_gap(0, 12)}|"
        # (the voters' body, read as a name: "51 members of the Riigikogu voted for X")
        rf"(?: (?:members|deputies|MPs|delegates|senators|lawmakers) of the <C\d+>| {VOTERS})?"
        # (the total may be read as no tally: "186 out of the 192 UN member states")
        rf"(?: (?:out )?of (?:the |all )?<[NX]\d+>(?: {VOTERS})?)?{clause_gap(0, 30)})\b"
        # (not those who did not: "only 11 members did not vote for X" counts X's rivals)
        rf"(?<!\bnot )(?<!\bnever )(?<!n't )(?<!n’t ){_FOR} "
        # (nor a later name when a pronoun's bid is the object: "125 states supported her
        # candidacy, giving Georgia a seat": number-for-pronoun reads her)
        rf"(?!(?:his|her|its|their) (?:candidacy|candidature|bid|nomination)\b)"
        # ("voted for the candidate supported by the <C> and the <C>, X": X, never who backed X)
        rf"(?:{_BACKED_NOMINEE}[^,;]{{1,60}}, |(?!{_BACKED_NOMINEE}))"
        # (nor those who chose someone else: "9 states voted for a country other than X")
        rf"(?:{clause_gap(0, 40)})?(?<!other than )(?<!rather than )(?<!instead of ){C}"
        # (nor a yes-or-no vote on one nominee: "150 voted in favour of X, with 2 against")
        rf"(?!,? (?:with |and )?<[NX]\d+>(?: votes?)? (?:against|opposed)(?=[,.;)]|$| and\b))",
        _number_for,
    ),
    _rule(
        "share-of-voters-elected",  # "43 of the 54 nations in the Council elected X": the
        # part of a body that chose X (the whole is never X's count; "the 54 nations elected"
        # alone, all of them, is no count)
        rf"<N(\d+)> (?:out )?of (?:the |all )?<[NX]\d+> {VOTERS}\b{clause_gap(0, 80)} "
        rf"(?:elected|re-elected|chose|picked) {C}",
        _pairs((2, 1)),
        ("elected", "chose", "picked"),
    ),
    _rule(
        "number-for-continuation",  # "6.2 percent of the votes went to X and 3.9 percent for
        # Y", "... went to X, and 12 to Y": the verb left out before the next name
        rf"\b(?:went|go|goes|going) to (?:{clause_gap(0, 40)})?<C\d+>,? and {NUM}(?: {VOTERS})? "
        rf"(?:for|to) (?:{clause_gap(0, 40)})?{C}",
        _pairs((3, 2)),
        ("went to", "go to", "goes to", "going to"),
    ),
    _rule(
        "votes-received-by",  # "as opposed to 41 votes received by X": the participle alone,
        # right before X and never X's office ("the 190 votes received by X's commission")
        rf"<(?<!\bof <)(?<!\bof the <)(?<!\bof all <)([NP])(\d+)> votes (?:received|obtained|garnered|"
        rf"secured|polled) by {C}(?![\w'’])",
        _number_for,
        (
            "votes received by",
            "votes obtained by",
            "votes garnered by",
            "votes secured by",
            "votes polled by",
        ),
    ),
    _rule(
        "votes-by-continued",  # "against 41 votes garnered by X, 45, a former mayor, and 12
        # votes by Y": the participle said once, for the next rival's count too
        rf"\bvotes (?:received|obtained|garnered|secured|polled|won) by <C\d+>[^<;]{{0,80}}?"
        rf"(?:,| and|, and) <([NP])(\d+)> votes by {C}(?![\w'’])",
        _number_for,
        ("votes by",),
    ),
    _rule(
        "share-with-people-for-pronoun",  # "X received 35.4% of the votes, with 1,975,056
        # people (having) voted for him": the count of X's voters beside X's share
        rf"{C}{clause_gap(0, 60)}\b{_GET} {_QUANT}<P\d+>[^<;]{{0,30}}?, with <(N)(\d+)> "
        rf"(?:people|voters) (?:having )?vot(?:ed|ing) for (?:him|her)\b",
        _pairs((1, 3)),
        ("people", "voters"),
    ),
    _rule(
        "share-dash-people",  # "X won 4.02% of the vote — 629,116 people.": the count of X's
        # voters set after X's share by a dash (translated agency copy)
        rf"{C}{clause_gap(0, 60)}\b{_GET} {_QUANT}<P\d+> of the (?:votes?|ballots?) ?[—–-] ?"
        rf"<(N)(\d+)> (?:people|voters)(?=[.;]|$)",
        _pairs((1, 3)),
        ("people",),
    ),
    _rule(
        "against-the-polled-by",  # "securing 83 votes against the 47 polled by the foreign
        # minister of Fiji Y and 20 by the Omani ambassador Z": the rivals' counts, each told
        # by its participle (or left out for the next) and the one described after "by"
        rf"\bagainst the {NUM}(?: votes?)? (?:received|obtained|garnered|secured|polled|won) "
        rf"by {_BY_DESCRIBED}{C}(?![\w'’]| <C)"
        rf"(?:,? and {NUM}(?: votes?)? by {_BY_DESCRIBED}{C}(?![\w'’]| <C))?",
        _pairs((3, 2), (6, 5)),
        ("against the",),
    ),
    _rule(
        "supporters-which-makes",  # "4,741,868 people supported X, which makes 54.21 percent":
        # the share the count of X's voters makes
        rf"<N\d+> (?:people|voters) (?:voted for|supported|backed|chose) {C},? "
        rf"which (?:makes|made|is|was|represents|amounts to|means) {_QUANT}{P}",
        _pairs((1, 2)),
        ("which",),
    ),
    _rule(
        "of-these-were-for",  # "Of the 9,000 votes cast, 5,120 of these were for X", "12 were
        # for X": the votes named before, split by whom they were for
        # (within a sentence, only after votes: "Of the 40 seats, 12 of these were for X")
        # and after another's ("120 were for X and 80 were for Y")
        rf"(?:^\W*|\b(?:votes?|ballots?)\b(?:[^<;]|<X\d+>){{0,60}}?[,;:] (?:and |while )?"
        rf"|(?:(?<=were for <C\d>)|(?<=were for <C\d\d>)),? (?:and|while) )"
        rf"{NUM}(?: of (?:these|those|them))?(?: {VOTERS})? "
        rf"(?:were|was) (?:all )?for {C}",
        _pairs((3, 2)),
        ("for <c",),
    ),
    _rule(
        "won-with-majority-share",  # "X has won the leadership election with a majority of
        # 59.5%" (figures.py lets only a share above half through as a tally)
        rf"{C}{clause_gap(0, 80)}\b(?:won|wins|winning|(?:was|were|been) (?:re-?)?elected)\b"
        rf"{clause_gap(0, 80)}\bwith an? (?:[\w-]+ )?majority of {P}",
        _pairs((1, 2)),
        ("majority of <p",),
    ),
    _rule(
        "compared-for",  # "X won 79 votes, far less than 158 for Y": a bound word, yet a tally
        rf"{NUM}(?: {VOTERS})?,? (?:[a-z]+ )?(?:less|fewer|more) than <X(\d+)>(?: {VOTERS})? "
        rf"for {C}",
        _pairs((4, 3)),
    ),
    _rule(
        "number-for-demonym",  # "101 countries voted for the South Korean compared to 61
        # for the Russian": each demonym the one person of its country (the reader checks)
        rf"(?:{NUM}(?: {VOTERS})?{clause_gap(0, 30)}\b{_FOR}|"
        rf"\b(?:to|against|versus|compared (?:with|to)|and|while) {NUM}(?: {VOTERS})? for) "
        rf"the (?P<word>(?-i:[A-Z])[a-z]+(?: (?-i:[A-Z])[a-z]+)?)"
        rf"(?=[,.;]|$| (?:compared|against|while|and|to|with|in)\b)",
        _demonym_for,
        # each way `_FOR` ends, before "the": "voted for the", "backed the", "went to the",
        # "in favour of the", "were won by the"
        tuple(
            f"{verb} the"
            for verb in (
                "for",
                "backed",
                "backing",
                "supported",
                "supporting",
                "to",
                "of",
                "chose",
                "choosing",
                "by",
            )
        ),
    ),
    _rule(
        "against-number-by",  # "X bagged 57 votes against 46 by Y", "with 54 votes against
        # 44 bagged by Y": the second count is Y's (Y may be described first: "by his main
        # challenger Y"; "as against" the same); a translated outlet's "of" too, each count
        # with its share: "leads with 986,902 votes (53,29 %), against 632 709 (34,17 %) of Y"
        rf"{N}\)?(?: votes?)?,?(?: as)? against {N}\)?(?: votes?)? (?:(?:bagged|polled|secured|"
        rf"garnered|won|received|obtained|got|scored) )?(?:by|of) (?:(?:his|her|their|the) (?:[a-z-]+ )?"
        rf"(?:rival|challenger|opponent|contender|competitor),? )?{C}",
        _pairs((3, 2)),
        (" against <n",),
    ),
    _rule(
        "to-the-number-of",  # "receiving 63 votes to the 61 given to Y", "64 votes, to the 10
        # of sole opponent Y": the count set against the first is Y's
        rf"\bto the {N}(?: votes?)? (?:(?:given|awarded|cast|that went) to |won by |polled by |"
        rf"of (?:(?:his|her|their|the|sole|lone|only|main|closest|nearest) ){{0,2}}"
        rf"(?:rival|challenger|opponent|contender|competitor),? ){C}",
        _pairs((2, 1)),
        ("to the <n",),
    ),
    _rule(
        "beat-object-after-against",  # "X beat his main rival Y after garnering 2,675 votes
        # against 2,145": the second count is the beaten one's
        # ("defeated Alliance (OBA) candidate Y with a total of 375 votes against 300 votes
        # respectively": the loser's party first, the pair's order told)
        rf"{BEAT_VERBS} (?:(?:his|her|its|their|the) )?{_PARTY_SPELLED}?"
        rf"(?:[a-z-]+ ){{0,3}}{C},? (?:after|by|with) (?:a total of )?"
        rf"(?:(?:{_GAINING}) )?{N}(?: votes?)? against {N}(?: votes?)?(?: respectively)?"
        rf"(?=[.,;]|$| [—–] )",
        _pairs((1, 3)),
        (" against <n",),
    ),
    _rule(
        "number-for-bare",  # "10.9% for Auyl Party", "150 votes for X", "to 50,455 (44.7%)
        # for X"; never "It took 3 ballots for X to win" (the rounds a win took)
        # "61 ballots cast for X; 24 for Norway's Y": a place's or party's possessive before Y
        # ("42.05 percent (2,351,245 votes) for X": the bracketed count's unit left over)
        # ("won 30 to the 17 cast for X": the unit left out before "cast" too)
        # ("cast 52.5 percent of their ballots for X, 30.1 percent for Y": the whole named)
        # (not a figure set right after a name: "trailed by Y on 13% for the Z party" is Y's,
        # the party Y's own)
        rf"(?<!took )(?<!takes )(?<!taking )(?<!<C\d> on )(?<!<C\d\d> on )"
        rf"{NUM}(?: {VOTERS}\))?\)?(?: {VOTERS})?"
        rf"(?: of (?:the|their) (?:votes|ballots))?(?: cast)? for "
        # "for the far-left Green Party activist, X": the party's person, named after
        rf"(?:the (?:(?-i:[a-z][a-z-]*) ){{0,2}}<C\d+> (?-i:{_PARTY_PERSON}), "
        rf"|(?:the|his|her|its|their) (?:[^<,;]{{1,30}},? (?:[a-z-]+ ){{0,2}})?"
        # "for his opponent, former national police chief, X": a description set off first
        rf"|(?:his|her|their) {_RIVAL_WORD}, [^<,;]{{1,60}}, "
        # "for the candidate of the ruling Broad Front, X": a party's candidate, named after
        rf"|the (?:candidate|nominee|standard-bearer) (?:of|for|from) [^<,;]{{1,60}}, "
        # ("for the candidate backed by the Socialists and the Greens, X": who put X up, the
        # parties named)
        rf"|{_BACKED_NOMINEE}[^,;]{{1,60}}, "
        rf"|{_OWNER_BEFORE})?{_OWNED_OFFICE}{C}(?! {_RIVAL_WORD} <C)"  # "for Social Democratic challenger X": X's
        # (not a name heading its own dashed count: "39 delegates for X – three, Y – 0" is
        # another's count, X's the three)
        r"(?! ?[–—] ?<[NP]\d+>)",
        _number_for,
    ),
    _rule(
        "pair-for-rival",  # "against 27 for France's X", "to 39,880 for challenger X": the
        # rival's side of a pair, told by the word before the number
        rf"\b(?:to|against|versus|compared (?:with|to)) {NUM}\)?(?: {VOTERS})? for "
        # ("for conservative rival X": a lower-case word or two before the rival word)
        rf"(?:(?:<C\d+> )?(?:(?-i:[a-z][a-z-]*) ){{0,2}}{_RIVAL_WORD} |(?-i:[A-Z])[\w-]+(?:'s|’s) "
        # "compared to 25 for Peruvian rights lawyer X", "for Latvian UN envoy X": a demonym
        # and a description (lower-case words, or an acronym of a body)
        rf"|(?-i:[A-Z][a-z]+(?: (?:[a-z][a-z-]*|[A-Z]{{2,5}})){{1,3}}) "
        # "compared with 41.0 for opposition leader X", "to 30 for former mayor X": a
        # lower-case description, no preposition in it ("for the party of X" is no one's)
        rf"|(?:the )?(?:(?!(?:of|in|and|or|at|from|by|on|with|to|whom|which|who)\b)"
        rf"(?-i:[a-z][a-z-]*) ){{1,3}}){C}",
        _pairs((3, 2)),
        ("to <", "against <", "versus <", "with <"),
    ),
    _rule(
        "pair-comma-for-rival",  # "against 248,478, or 25.9 percent, for X and 38,960, or 4.1
        # percent, for Y": each loser's count (its share folded in) set before the name; the
        # party's name may come first ("for Green Party (GP) city councillor Y")
        rf"\b(?:against|versus|and) {NUM}, for (?-i:[A-Z][^<,;.]{{0,50}}? )?{C}",
        _pairs((3, 2)),
        ("against <", "versus <", "and <"),
    ),
    _rule(
        "pair-by-rival",  # "compared with 10 received by X", "against 41 won by the former
        # minister, X": the rival's side of a pair told in the passive (a description of X,
        # naming no one, may come between)
        # ("compared with 29 by X": after a comparison the participle may go unsaid)
        # ("the second largest, after the 4,338,936 collected by X in 2012": a record's holder)
        rf"\b(?:(?:to|against|versus|compared (?:with|to)|(?:after|behind) the) {NUM}(?: {VOTERS})? "
        # ("as against 1,814,201 votes gotten by incumbent President Y": West African press)
        rf"(?:received|won|obtained|garnered|polled|secured|gained|collected|bagged|gotten) by "
        rf"(?:(?:incumbent|outgoing|sitting) )?"
        rf"|(?:compared (?:with|to)|versus|as against) {NUM}(?: {VOTERS})? by "
        # ("compared to the 73 of X": translated news's "los 73 de X")
        rf"|(?:compared (?:with|to)|versus|as against|against) the {NUM}(?: {VOTERS})? of )"
        # ("against 28 bagged by his only rival X": the rival named after the role)
        rf"(?:the [^<,;]{{1,60}}, |(?:his|her|its|their) (?:[a-z]+ ){{0,2}}"
        # (a party with its article, the pair's year after: "compared with 32% received by the
        # Y during the 2021 elections")
        rf"(?:rival|opponent|challenger|competitor),? |the (?=<))?{C}"
        rf"(?=[,.;]|$| in\b| on\b| of\b| during\b| at\b)",
        lambda m: iter([(int(m.group(7)), int(m.group(2) or m.group(4) or m.group(6)))]),
        ("ed by ", "won by ", "gotten by ", "> by <c", "> of <c", "> of his", "> of her"),
    ),
    _rule(
        "number-for-pronoun",  # "Thirty of the 58 members supported her candidature";
        # "186 delegates voted in favour of the incumbent president", "... voted for him"
        # (a vote's verb only: "5,000 supporters backed him" at a rally is no count)
        rf"{NUM}(?: {VOTERS})?{gap(0, 40)}\b(?:(?:voted for|backed|supported|cast (?:their )?"
        rf"(?:votes|ballots) for|in favou?r of) (?P<pronoun>his|her|its)|"
        rf"(?:voted (?:for|in favou?r of)|cast (?:their )?(?:votes|ballots) for) "
        rf"(?P<object>him|the incumbent))\b",
        _pronoun_or_object,
        ("voted for", "backed", "supported", "cast", "favo"),
    ),
    _rule(
        "votes-to-pair",  # "almost a tie – 27 votes to X and 26 to Y": counts allotted, the
        # verb left out (both allotted: a lone "27 votes to X" may be a margin's "beat ... by")
        rf"(?<!\bfrom )(?<!\bby )(?<!\bof )<N(\d+)> (?:votes|ballots) to {C},? and "
        rf"<N(\d+)>(?: votes| ballots)? to {C}(?![\w'’])",
        _pairs((2, 1), (4, 3)),
        (" to <c",),
    ),
    _rule(
        "number-for-continuation",  # "140 votes went to X, 117 to Y and 109 to Z"
        rf"(?:,|;|\band\b|\bgiving\b|\bgave\b|\bgive\b|\bgives\b)\s+(?:and\s+|while\s+)?"
        rf"{NUM}(?: {VOTERS}\))?(?: {VOTERS})? (?:to|for) (?:{_OWNER_BEFORE})?{C}",
        _pairs((3, 2)),
        (" to <c", " for <c", "'s <c", "’s <c"),
    ),
    _rule(
        "ahead-of",  # "X won with 58%, ahead of Y on 42%", "followed by Y with 90", and
        # "X won 58%, with Y at 32%": the runner-up set beside the winner's figure
        # (the runner-up may be described first: "followed by French nominee Y on 13")
        # ("X polled 43 in the first round with Y on 26": no comma needed after a round's word)
        rf"(?:\b(?:ahead of|behind|followed by|trailed by|trailing|against)|[,;] with(?: the)?"
        rf"|\b(?:round|ballot|runoff|run-off) with(?: the)?) "
        # ("followed by (Labour) former Home Secretary Y on 74": a past office in the name's
        # title, after the side's word)
        # ("followed by the Y Party on 25%", "followed by the Left Alliance at 8.2%": a party's
        # article before its name)
        rf"{_RUNNER_UP_DESCRIBED}(?:the )?(?:(?-i:(?:[A-Z][a-z]+ )?(?:former|ex-)) ?)?{C}"
        # ("..., with Y behind on 29.5%", "with Y well behind on 12")
        rf"(?: \([^()<]{{1,40}}\))?,? (?:(?:second|third|next|trailing|"
        rf"(?:close |just |well |far )?(?:behind|back)|"
        rf"(?:the |a )?(?:distant |close )?runner-up) )?"
        rf"(?:on|with|at) {_QUANT}{NUM}",
        _pairs((1, 3)),
        (
            "ahead of",
            "behind",
            "followed by",
            "trailed by",
            "trailing",
            "against",
            ", with",
            "; with",
            "round with",
            "ballot with",
            "off with",
        ),
    ),
    _rule(
        "ahead-of-possessive",  # "X led with 36.2%, ahead of Y's 29.9%"; "With 68.1%, X
        # far outpaced runner up Y's 16.1%": after the winner's tally, the rival's
        # ("Y received 40 votes, well behind X's 61": the one behind named first; so is
        # "with his 3,344 votes falling short of X's 3,945")
        # ("Y came third with 139, just after X's 146": "after" set off, or only just)
        # ("beating the SNP's Y's 934 votes, or 48.8 percent", "behind the SNP's 47.5%": a
        # party's possessive, or "the", before the rival's)
        rf"\b(?:ahead of|behind|short of|followed by|trailed by|against|{BEAT_VERBS}|outpac(?:ed|ing)|"
        rf"(?<=, )after|(?<=just )after|(?<=right )after|"
        # ("X garnered 15,802 votes, surpassing Y's 15,308", "overtaking Y's": the same)
        rf"outstripp(?:ed|ing)|outdistanc(?:ed|ing)|surpass(?:ed|ing)|overtak(?:ing|en)|overtook|"
        # ("won 35.2%, a lead over Y's 31.6%", "a narrow edge over Y's 48%")
        rf"(?:lead|edge) (?:over|to)) "
        # (the rival described by a role: "ahead of former French prime minister Y's 31.6%")
        rf"(?:{_RIVAL_WORD} |(?:the )?runner[- ]up |(?:the )?second-placed |"
        rf"(?:the )?(?:[\w-]+ ){{0,3}}?(?:{_PERSON_NOUN}) (?=<C\d+>(?:'s|’s|'|’) )|"
        # (a party's side, its acronym after the possessive: "beating the main opposition Y
        # Party's (YP) 30.1 percent")
        rf"(?:the )?(?:main |largest )?(?:opposition|ruling|governing) |"
        rf"(?:the )?(?:(?:<C\d+>|(?:(?-i:[A-Z])[\w-]+ ){{0,2}}(?-i:[A-Z])[\w-]+)(?:'s|’s) )?)?"
        rf"{C}(?:'s|’s|'|’)(?: \((?-i:[A-Z]{{2,6}})\))? {NUM}",
        _pairs((1, 3)),
        ("'s", "’s", ">' <", ">’ <"),
    ),
    _rule(
        "list-continuation-shared",  # "X received 177 votes, Y and Z 167 votes, W 161 votes":
        # inside a list of name-count pairs, two names before one count each got it (alone,
        # "Y and Z got 167 votes" may be their sum)
        rf"<N\d+>(?: votes?)?,\s+(?P<names>{C} and {C}) <N(?P<number>\d+)>(?: votes?)?"
        rf"(?=(?:,|,? and) {C} <N\d+>)",
        _shared,
    ),
    _rule(
        "list-semicolon-item",  # "X obtained 4,540 votes; Y, Independent candidate, 2,699
        # votes; Z, True Whig Party, 88 votes, and W of the CDC, 63,971 votes": a semicolon
        # list's item, the person's side set off by commas between the name and the count
        # (or the person's post in lower case: "; Y, president of the Bar Association, 15.7
        # percent; and Z, professor at the university, 11.6 percent")
        rf"(?:;|, and|\bfollowed by)\s+(?:and\s+)?{C}(?: \((?:[^()<]|<C\d+>){{1,40}}\))?"
        rf"(?:{_OF_BODY},|,?(?-i: (?:[A-Z][\w-]*|candidate|nominee)){{1,4}},"
        rf"|, (?-i:[a-z])[^<,;]{{2,80}},)? {NUM}(?!-)",
        _pairs((1, 3)),
        (";", ", and", "followed by"),
    ),
    _rule(
        "list-continuation",  # "X received 169 votes, Y 164, Z 150", "..., and the Y 88"
        rf"(?<!<C\d> )(?<!<C\d\d> )"  # not "the bid of X and Y 71"
        # (a party named in the bracket: "Y (Ford Kenya) 6, 485")
        # (a description of lower-case words before the name: "and opposition deputy Y 1.9%")
        rf"(?:,|;|and|while|whereas)\s+(?:the )?{_LOWER_DESCRIPTION}{_BALLOT_LABEL}{C}"
        rf"(?: \((?:[^()<]|<C\d+>){{1,40}}\))?{_OF_BODY}?"
        # ("..., and Y well back on 11.4%", "Y far behind at 9%": where the later one stands)
        rf"(?: (?:well |far |some way |just |close )?(?:back|behind)(?= (?:on|with|at) ))?"
        # ("X took 69%, while Y the remaining 31%": the rest of a two-way split, the verb left out)
        # ("X was backed by 5.8%, Y by 5.0%": the passive's "by", its verb said once)
        rf"(?: with| on| at| got| had| by(?= <P)|(?:'s|’s)(?= <P))?"
        rf"(?: just| only| a mere| the remaining)? {NUM}(?!-)",
        _pairs((1, 3)),
    ),
    _rule(
        "support-of-continuation",  # "X won the support of 146 countries, Y of 131 countries
        # and Z of 84 countries": the verb and "the support" left out for each later name
        rf"\b(?:support|backing|votes) of {_QUANT}<[NP]\d+> {VOTERS}"
        rf"(?P<rest>(?:(?:,|;|,? and)\s+{C} of <N\d+> {VOTERS}\b)+)",
        _names_with_counts_in_rest,
        ("support of", "backing of", "votes of"),
    ),
    _rule(
        "former-latter-score",  # "X beat Y by winning 27 votes, against the latter's 24":
        # the count set against the first is the one "the latter" (or "the former") stands for
        rf"<[NP]\d+>(?: votes?| ballots?)?,? (?:to|against|versus|vs\.?|as against|"
        rf"compared (?:with|to)) (?P<pronoun>the former|the latter)['’]s {NUM}(?!-)",
        _pronoun(3),
        ("the former", "the latter"),
    ),
    _rule(
        "former-latter-continuation",  # "the former obtained 118 votes and the latter 72"
        rf"(?:,|;|\band\b|\bwhile\b)\s+(?P<pronoun>the former|the latter)\s+(?:with |had |got )?"
        rf"{NUM}(?!-)",
        _pronoun(3),
        ("the former", "the latter"),
    ),
    _rule(
        "number-dash-row",  # a row "164 - Panama" (extract.py keeps it only in a block of
        # such rows whose counts go down, never a ranking's "1 - X", "2 - Y")
        rf"^\s*{N}\s*[-–—:]\s*{C}\s*$",
        _pairs((2, 1)),
    ),
    _rule(
        "number-first-continuation",  # "..., 5,401 or 1.63% Pespublica Party, ..."
        rf"(?:,|;)\s+(?:and\s+)?{NUM} (?:the )?{C}(?=[,;.]|$| and\b)",
        _pairs((3, 2)),
    ),
    _rule(
        "count-for-is",  # "The vote count for pair No. 1, X, is 61,204,551"; "For Y, it is 52"
        rf"(?:\b(?:vote count|votes|tally|count|result|share) for|^\W*for) {gap(0, 20)}{C},? "
        # (or the tally as a record "reads" it: "The UN vote tally for Y reads 171")
        rf"(?:it |the (?:count|tally|figure) )?(?:is|was|stood at|stands at|came to|reads|read) "
        rf"{_QUANT}{NUM}",
        _pairs((1, 3)),
        (" is ", " was ", " stood at ", " stands at ", " came to ", " read"),
    ),
    _rule(
        "possessive",  # "China's 139 votes"
        # (never a body's or place's electorate: "the state's 4.1 million voters", "the
        # Assembly's 193 members" count those who may vote, not a tally; "members' votes" is)
        rf"{C}(?:'s|’s) {_QUANT}{NUM} "
        rf"(?!(?:voters|electors|members|member states|member nations|nations|MPs)\b(?!['’]))"
        rf"{VOTERS}",
        _pairs((1, 3)),
    ),
    _rule(
        "possessive-total-of",  # "X's total of 1,234 votes", "from X's total of three": the
        # count named as X's total (never "X's total of 12 seats": votes, or the clause ends)
        rf"{C}(?:'s|’s|'|’) (?:(?:final|overall|vote|first[- ]preference) ){{0,2}}(?:total|tally) "
        rf"of {_QUANT}{NUM}(?= {VOTERS}\b|[,.;)]|$| (?:was|were|is|put|left|gave)\b)",
        _pairs((1, 3)),
        ("total of", "tally of"),
    ),
    _rule(
        "compared-possessive",  # "X got 20 in the first round compared to Y's 18", "...
        # compared to Vallas' vote share of 48.6%": after a tally, the rival's (after
        # "possessive", which reads "compared to Y's 75 votes" with no tally before)
        rf"\bcompared (?:to|with) {C}(?:'s|’s|'|’) (?:(?:vote )?share of |tally of |total of )?"
        rf"{NUM}",
        _pairs((1, 3)),
        ("compared",),
    ),
    _rule(
        "score-described",  # "X defeated Y. In a 147-44 vote, the Nordic nation will join":
        # the score's sides are the winner and loser named before, never a body ("the Assembly")
        rf"^\W*(?:(?:in|by|with|after|following) an? (?:[\w-]+ ){{0,2}}?"
        rf"(?=<N\d+>(?:-|–|—| to )<N\d+> (?:[\w-]+ ){{0,2}}?(?:vote|ballot)\b)"
        rf"|by an? (?:recorded )?vote of )<N(?P<won>\d+)>(?:-|–|—| to )<N(?P<lost>\d+)>"
        rf"(?: (?:[\w-]+ ){{0,2}}?(?:vote|ballot)\b)?,? the (?:<C\d+>[ -]|[\w-]+ ){{0,4}}?"
        rf"{_CONTESTANT}\b",
        _score_sides,
        ("vote", "ballot"),
    ),
    _rule(
        "tally-was-score",  # "X beat Y. The final tally was 133 votes to 50": a sentence of
        # its own holding only the score; its sides are the winner and loser named before
        # (after the round it was: "On the second ballot the tally was 88 to 61")
        r"^\W*(?:(?:in|on|at|after) the (?:[\w-]+ ){1,2}?(?:round|ballot|vote),? )?"
        # ("The final vote tally was 88 to 61!": the vote's tally, an exclamation)
        r"(?:the )?(?:final |official |overall )?(?:vote )?(?:tally|count|vote|result|score)"
        r"(?: (?:in|of) the (?:[\w-]+ ){0,2}?(?:round|ballot|run-?off|vote))? "
        r"(?:was|stood at|came to|ended at|finished at)(?: at)? <N(?P<won>\d+)>(?: votes?)?"
        # (past a comma naming no one: "..., with three abstaining")
        r"(?:-|–|—| to )<N(?P<lost>\d+)>(?: votes?)?(?=\s*(?:[.;!]|$)|,(?:[^<]|<[NX]\d+>)*$)",
        _score_sides,
        ("tally", "count", "vote", "result", "score"),
    ),
    _rule(
        "row-earlier-in-brackets",  # "Anna Hale 88 (51 in first ballot)": the row's count,
        # then the same candidate's in the earlier round named
        rf"{_NOT_AFTER_NAME}<C(?P<name>\d+)> <N(?P<now>\d+)>(?: {VOTERS})? \(<N(?P<was>\d+)>"
        rf"(?: {VOTERS})? (?:in|on) (?:the )?[\w-]+[- ](?:round|ballot|vote)s?\)",
        _row_with_earlier,
        ("(<n",),
    ),
    _rule(
        "row-share-then-count",  # a US results table's row, the share before the count:
        # "JANE ROE (D) 57.4% 189,097", "Ann Lee 12.1% 3,052" (the line holds nothing more)
        rf"^\W*{C}(?: \((?:[^()<]){{1,20}}\))? {P} <N(\d+)>(?: {VOTERS})?\W*$",
        _pairs((1, 2), (1, 3)),
        ("<p",),
    ),
    _rule(
        "row-seats-then-votes",  # a results row giving seats first: "Unity 84 seats 2,930,136
        # votes", "Reform Party: 12 seats, 818,652 votes (4.7%)" (the seats never a tally)
        # (a count may hold its share, read as one: "605,864 votes 3.4 % of votes")
        rf"^(?:[•*-] )?{C}:? <X\d+> seats?,? <(N)(\d+)>(?: votes?\b|(?= of (?:the )?votes\b|\)))"
        # (the share of the seats may come first: "54% of seats and 39.4% of the votes")
        rf"(?:,? (?:<X\d+> (?:of (?:the )?)?seats,? (?:and )?)?\(?{NUM}\)?(?! (?:of (?:the )?)?seats))?",
        _row_count_and_share,
        (" seat",),
    ),
    _rule(
        "adjacent",  # headline style "Kazakhstan 138, Thailand 55"; a row's "Jan Kral* 0.08"
        # (a status column between: "Ann Roe  Elected 27,364", "Peru * Elected! 131",
        # "Ann Roe ✓ 27,364")
        # (a new sentence may follow with no stop: "Green 48 (3.0 per cent) Figures for ...")
        # (an old paper's dot leaders between: "X (Labour) .. .. 24,692", and the majority's
        # row after: "Y (Conservative) .. 23,017 Majority .. 1,675"; or OCR's stray dot before
        # the bracket: "Y .(Labour) 10,690"; the party in it may read as a name: "X (<C>) 98")
        rf"{_NOT_AFTER_NAME}{C}(?: ?[*✓✔]){{0,2}}(?:{_PARTY_NAMED_OF})?"
        # (a party's long name in it: "X (Agrarian Social Democratic Party of Moldova) 4.1%")
        r"(?: [.,]?\((?:[^()<]|<C\d+>){1,60}\))?"
        # (where the person is from, a country the sieve left as a word: "Ann Roe from
        # France 18", "Ann Roe of Chile 18")
        r"(?: (?:from|of) (?-i:[A-Z])[\w-]+(?: (?-i:[A-Z])[\w-]+)?)?"
        rf"(?:{_FATE_COLUMN})?"
        rf"(?: \.(?: ?\.)+)* {NUM}(?: {VOTERS})?"
        # (French typography's space before a semicolon: "X 3556 votes, 7.8% ; Y 2109 votes")
        rf"(?=[,;.)]| ;|$| and| to| vs| <C|{_FATE}| (?-i:[A-Z][a-z]+ [a-z]+ )| (?:majority|informal)\b"
        # (a row's fate after its count, ending it: "X (Left) 36,647 elected")
        rf"| (?:re-)?elected$| eliminated$| excluded$"
        # a row's share and its change in brackets after it: "Con 1187 (37.5; -1.5)"
        rf"| \(<X\d+>; ?[-+–−]?<X\d+>\)$"
        # a table's row with columns of no tally after the count: "X 1,152,075 44.4% 41 15 56"
        rf"|(?: <X\d+>){{1,4}}$"
        # (or a table flattened into one line, the next row's name after the columns:
        # "Party Votes % Seats ... X 8,166,203 55.06 194 Y 4,732,782 31.91 36")
        rf"|(?: <X\d+>){{1,4}} (?=<C))",
        _pairs((1, 3)),
    ),
    _rule(
        "shared-zero",  # "Y and Z received no votes", "Y, Z and W got 0 vote respectively": a
        # count of nothing is each one's; the extractor keeps only a zero (a joint count of
        # more is no one's alone). Last of all: any rule reading the count ("X and Y both
        # received 101 votes") reads it first
        # (not "both received 101 votes", "53 votes each": a tie the tie rules read)
        rf"(?P<names>{C}(?:, {C}){{0,6}}(?:,? and|,? &) {C}) "
        # ("Y and Z didn't have any votes": "any" read as a zero)
        r"(?:(?:did not|didn[’']t|failed to|could not|couldn[’']t) (?:have|get|receive|win|"
        r"obtain|secure|poll|garner)|"
        rf"received|got|polled|garnered|obtained|secured|scored|won|had) <N(?P<number>\d+)> "
        rf"votes?(?: respectively)?(?=[,.;)]|$| (?!each|apiece))",
        _shared_several,
        ("and <c", "& <c"),
    ),
)


# "X defeated Y", "X was elected after defeating Russia-aligned Y", "Y lost to X": a winner
# and a loser, the first candidates on either side of the verb (no other candidate between)
# "saw off the challenge of Jordan's Y": a defeat whose loser may follow a possessive
_SAW_OFF = (
    r"(?:saw|sees|seeing) off(?: the (?:challenges?|bid) (?:of|from))?(?: (?:<C\d+>|[\w-]+)['’]s)?"
)
_TOKEN_INDEX = patterns.compile(r"<C(\d+)>")
_BEATEN_PAIR = patterns.compile(
    rf"{C}(?P<between>(?:[^<.;:]|<C\d+>){{0,120}}?)(?<!\bto )\b(?:{BEAT_VERBS}(?! by\b)|{_SAW_OFF}|"
    r"(?:(?:re-)?elected|chosen|picked|selected|preferred) over|"
    # "X was elected by a margin of 179 votes over Y", "X won with a lead of 12 over Y"
    r"(?:by|with) (?:an? (?:[\w-]+ )?(?:margin|majority|lead) of )?(?:<N\d+>|[\w,.]+) (?:votes? )?over|"
    # ("X was re-elected by a very wide margin over Y": the score told in the next sentence)
    r"by an? (?:[\w-]+ ){0,2}?(?:margin|majority) over|"
    r"(?P<lost>lost(?: out)? to|(?:was|were) (?:defeated|beaten|edged out|ousted|trounced) by)) "
    # the loser last: "Moscow-backed Y", "the challenger, Y"
    rf"(?:[\w-]+ ){{0,3}}?(?:(?<=[a-z] )(?=[a-z]+, <)[\w-]+, )?(?:<C\d+>[\w-]* )*{C}",
    re.IGNORECASE,
)


def beaten_pair(skeleton: str) -> tuple[tuple[int, ...], int, bool] | None:
    """The candidate tokens of the one defeat a skeleton states, if one: those before the
    verb, nearest last, and the one after it. The side before the verb may name others
    ("Former Wales captain X has been re-elected as World Rugby chairman after beating Y");
    the caller picks the one of the other side's kind."""
    found = list(_BEATEN_PAIR.finditer(skeleton))
    if len(found) != 1:
        return None
    match = found[0]
    before = (int(match.group(1)), *map(int, _TOKEN_INDEX.findall(match.group("between"))))
    after = int(match.group(_BEATEN_PAIR.groups))  # the last group: the name after the verb
    return before[::-1], after, bool(match.group("lost"))


# "X obtained 95 votes to Y's 69": a score naming its two sides in order, its leader first
# or second (a names-only skeleton: the counts stay digits)
_SCORED_PAIR = patterns.compile(
    rf"{C}[^<.;:]{{0,60}}?\b(\d[\d,]*)(?: votes?)? (?:to|against) {C}(?:'s|’s|’|') (\d[\d,]*)\b"
)


def scored_pair(skeleton: str) -> tuple[int, int] | None:
    """The leader's and the trailer's tokens of the one two-sided score a skeleton states,
    if one ("X obtained 95 votes to Y's 69"), for a score after it that names no one."""
    found = list(_SCORED_PAIR.finditer(skeleton))
    if len(found) != 1:
        return None
    first, first_count, second, second_count = found[0].groups()
    first_count, second_count = (
        int(first_count.replace(",", "")),
        int(second_count.replace(",", "")),
    )
    if first_count == second_count:
        return None
    leads = first_count > second_count
    return (int(first), int(second)) if leads else (int(second), int(first))


def _holds_a_word(words: tuple[str, ...], lower: str) -> bool:
    # a loop rather than any(...) over a generator: asked for each of the 71 gated rules per
    # skeleton, the generator cost a tenth of rule matching (as in gated.holds_any)
    for word in words:  # noqa: SIM110
        if word in lower:
            return True
    return False


@lru_cache(maxsize=4096)
def apply(skeleton: str) -> tuple[Binding, ...]:
    """Bindings for one skeleton, each number claimed by the first rule that reads it.

    Cached: news repeats its phrasings ("<C0> received <N1> votes"), and a skeleton holds
    no names or numbers, only their places."""
    claimed: set[int] = set()
    bindings: list[Binding] = []
    named = "<C" in skeleton
    lower = skeleton.lower()
    if not named and "<n" not in lower and "<p" not in lower:
        return ()  # nine skeletons in ten: no name, and no count or share a nameless rule needs
    # most rules bind a number to a named candidate, and most skeletons name none: those
    # skip straight to the few rules that need no name (looping over all 186 rules to skip
    # them was two thirds of rule matching)
    for rule in RULES if named else _NAMELESS_RULES:
        if rule.words and not _holds_a_word(rule.words, lower):
            continue
        if rule.needs_vote_word and not _VOTE_SPOKEN.search(skeleton):
            continue
        for match in rule.pattern.finditer(skeleton):
            # one match may give a number to several candidates ("X and Y, 95 votes each")
            taken_here: set[int] = set()
            for candidate, number, *step in rule.read(match):
                if number in claimed and number not in taken_here:
                    continue
                claimed.add(number)
                taken_here.add(number)
                bindings.append(Binding(candidate, number, rule.name, *step))
    return tuple(_with_leads(bindings, skeleton))


# (in RULES' order) Each needs a count or share token ("<N1>", "<P2>"): tests/test_gated.py
_NAMELESS_RULES = tuple(rule for rule in RULES if not rule.needs_candidate)


# Rules that read a figure as one more of a run ("..., Y 164", "..., with Y at 32%"): they
# carry on a tally read before them and say nothing of a vote by themselves
_CONTINUATIONS = frozenset(
    (
        "ahead-of",
        "ahead-of-possessive",
        "compared-possessive",
        "list-continuation",
        "list-semicolon-item",
        "list-continuation-shared",
        "former-latter-continuation",
        "number-first-continuation",
    )
)


# "They were followed by X on 74 votes, Y on 66": a sentence that opens by following the
# tally the sentence before led with carries it on
_FOLLOWING_OPENING = patterns.compile(
    r"\W*(?:(?:They|He|She|The two|Both|These) (?:were|was) )?(?:closely )?[Ff]ollowed by "
)


def _with_leads(bindings: list[Binding], skeleton: str) -> list[Binding]:
    """Continuations only after a tally another rule read before them in the sentence:
    "Inflation eased to 3.4%, with Germany at 2.9% and France on 3.1%" gives nobody
    anything, as the 3.4% is no one's."""
    leads = [
        b.number
        for b in bindings
        if b.rule not in _CONTINUATIONS and b.candidate != CLAIM_ONLY and not b.earlier
    ]
    if "ollowed by " in skeleton and _FOLLOWING_OPENING.match(skeleton):
        leads.append(-1)  # the lead is the sentence before's
    first = min(leads, default=None)
    if first is None and not any(b.rule in _CONTINUATIONS for b in bindings):
        return bindings
    return [
        b
        for b in bindings
        if b.rule not in _CONTINUATIONS or (first is not None and first < b.number)
    ]
