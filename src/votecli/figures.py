"""What a number in a sentence stands for: a candidate's count or share, the total of those
who voted, or something else.

A sentence about an election holds many numbers that are no candidate's tally: years, dates,
ages, sums of money, seats, sports scores, memberships, people who came, shares of a market
or of the ballots counted so far. `may_be_tally` decides from the words around a number
whether it can be a count or a share of votes; `stated_total` whether the words state it as
the number of those who voted ("190 members were present and voting"). The sentence reader
(`extract`) asks these for every number of the sentences it reads; the rules then bind the
numbers left to candidates.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from . import numbers, patterns, rules, scan
from .countries import lookup
from .gated import Gated, holds_any

# More than any election has counted (India's: some 640 million); larger "tallies" are
# misreadings or sums ("gets 5 billion in aid")
MAX_VOTES = 10**9 - 1


# Words that, just before a number, make it a bound, a label or a date, not a tally ("more
# than 85", "needed 129", "No. 5", "article 23", "May 23"); and "by" (a margin: "won by 12")
# unless a verb of support comes before it ("backed by 120 countries").
NOT_TALLY_WORDS = (
    "more than", "over", "at least", "fewer than", "less than", "under", "nearly", "almost",
    "upwards of", "in excess of", "short of", "needed", "need", "needs", "needing", "required",
    "requires", "requiring", "necessary", "requisite", "threshold of", "majority of", "minimum of", "maximum of",
    "just over", "well over", "no.", "number", "resolution", "session", "meeting", "article",
    "paragraph", "page", "chapter", "proposition", "prop.", "initiative", "aged", "age", "top",
    "ranked", *scan.MONTHS, "by", "father of", "mother of",
    # what winning takes: "needed to win 50 percent plus 1 of ballots cast"
    "needed to win", "need to win", "needs to win", "needing to win", "required to win",
    "must win", "had to win", "has to win", "have to win",
    "margin of", "margins of", "by the",
    # a margin said small: "beat Y by just four votes", "by only 3"
    "by just", "by only", "by a mere",
    # what was foreseen or promised, not what was cast: "predicted 150 votes for X"
    "predicted", "predicting", "predicts", "expected", "expecting", "forecast", "forecasting",
    "projected", "promised", "pledged", "hoped for", "counted on", "counting on", "targeted",
    "pledges from", "promises from", "commitments from", "assurances from",
    # endorsements before a ballot: "has the backing of 84 MPs" (where "won the backing of
    # 172 states" reports a vote)
    "has the backing of", "have the backing of", "has the support of", "have the support of",
    "has the public backing of", "has the public support of",
    # the field a rank is among: "was second among the seven bidders with 25 votes"
    "among the", "among",
    # the rivals one ran against: "competed with 7 countries for one of the five seats"
    "competed with", "competing with", "competes with", "compete with", "vying with",
    "vied with", "vies with",
    # a change on a count told beside it: "the recount resulted in the addition of two votes
    # for X", "a net gain of 14 votes for Y"
    "addition of", "a gain of", "net gain of",
    # a gain on a count told before: "received an additional 35 votes in the recount"
    "an additional", "an extra", "a further",
    # a loss on a count told before: "X and Y both declined about 100 votes each" (a rise
    # is "increased by", a margin's "by")
    "declined", "declined about", "dropped", "dropped about", "shed",
    # where those voting came from, not how many backed one: "as delegates from 199
    # countries voted for X, Y and Z"
    "delegates from", "delegations from", "representatives from",
    # a periodical's numbering in a byline: "Eurasia Monitor Volume: 9 Issue: 211"
    "vol.", "volume", "volume:", "issue", "issue:",
)  # fmt: skip


SUPPORTED_BY = ("backed by", "supported by", "endorsed by", "favoured by", "chosen by")


# "received 19,313 to win a total of 806,034", "gained 8,550 votes from Y's transfers,
# bringing his total to 77,601": a gain on the count before, the total after it the tally
_GAIN_THEN_TOTAL = patterns.compile(
    r"(?: (?:votes?|transfers?|preferences?))?(?: (?:from|in|on|after) [^,.;:\d]{1,50}?)?,? "
    r"(?:to (?:win|reach|get|make|finish with|end with|end up with|give (?:him|her|it|them)) "
    r"a (?:final |grand )?total of|(?:bringing|taking|pushing|lifting|raising) "
    r"(?:his|her|its|their) (?:final )?(?:total|tally) to) \d",
    re.IGNORECASE,
)
_TOTAL_REACH = 100
# "gained 18, 11, three and two seats respectively": a run of seat counts, the first ones
# too (the seat word follows the last only)
_SEAT_RUN = (
    r"(?:,\s+(?:\d{1,3}|[a-z]+(?:-[a-z]+)?)){0,8},?\s+(?:and|&)\s+(?:\d{1,3}|[a-z]+(?:-[a-z]+)?)"
    r"\s+(?:[\w-]+ )?seats\b"
)
_NOT_TALLY_AFTER = patterns.compile(
    # "5 non-permanent seats" counts seats; "132 to 58 for the seat" counts votes
    rf"^\s*(?:-?years?\b|-year|-?year-old|-\s?member\b|-\s?nation\b|"
    rf"(?:(?!for\b)[\w-]+ ){{0,2}}seats?\b|"
    r"member (?:body|council|assembly|organi[sz]ation|bloc|board)\b|"
    r"times\b|rounds\b|(?:votes? )?(?:needed|required|necessary)\b|"
    # "won three of the five rounds": rounds or races won, not votes
    r"of (?:the |its |his |her |their |all )?(?:[\w-]+ )?(?:rounds|races|contests|matches|"
    r"games|primaries)\b|"
    # "won 28 of Istanbul's 39 districts": areas carried, not votes; "won one of the two
    # open seats": seats; "won 11 out of 12 Senate seats", "42 of Harare's 45 council seats" too
    # (no vote nor "in" among the words between: "44% of the votes in 12 provinces")
    r"(?:out )?of (?:the |its |his |her |their |all )?"
    r"(?:(?!(?:votes?|ballots?|in|across)\b)[\w’'-]+ ){0,3}?(?:districts|provinces|counties|"
    r"wards|precincts|constituencies|municipalities|boroughs|cantons|prefectures|seats)\b|"
    # "won 68 of the 113-seat legislature": seats of a chamber sized by a hyphened count
    r"(?:out )?of (?:the |an? |its )?\d{1,4}[-–]seat\b|"
    rf"{_SEAT_RUN}|"
    # "got one in four votes": a ratio of the vote, no count
    r"in (?:every )?(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\b"
    r"(?= (?:votes|voters|ballots|electors)\b|\s*[.,;)]|\s*$)|"
    r"(?:mark|threshold|barrier|hurdle)\b|"  # "exceeded the 50 percent mark"
    # "with 13 of her transfers going to X", "picked up 9 transfers": votes handed on in a
    # preferential count, a gain on the count before
    r"(?:of (?:the |his |her |their |its )?)?(?:[\w-]+ )?transfers\b|"
    # "with six of his eight preferences going to X": an eliminated one's votes handed on
    # (where "1,234 first preferences" are a count)
    r"of (?:his|her|their|its) (?:[\w-]+ )?preferences\b|"
    r"preferences (?:going|went|flowing|flowed|passing|passed|transferred)\b|"
    # "50 percent plus 1": a majority's bar (not a change: "16% +1%", "+1.5%")
    r"plus (?:one|1)\b|\+ ?1\b(?!\s?%|[.,]\d)|"
    # "had 12,345 voters on the roll": the electorate, not a count of votes
    r"(?:voters|electors) (?:on the (?:electoral |voters' |voter )?(?:rolls?|registers?|lists?)|"
    # ("3.6 million voters had been registered": the roll too)
    r"(?:(?:were|are|had been|have been|had|have) )?(?:registered|enrolled))\b|"
    # "picked up one extra vote", "62 additional backers": a gain on an earlier round's count
    # ("received 3 less votes" in a recount: the loss, colloquial for "fewer")
    r"candidates\b|percentage points|points\b|more\b|fewer\b|less\b|extra\b|additional\b|"
    # "with 16 abstentions", "12 abstaining": those who backed no one
    r"(?:[\w-]+ )?(?:abstentions?|abstaining|abstained)\b|"
    # "beat two rivals with 5,888 votes": the field beaten, not a count of votes
    r"(?:other )?(?:candidates|rivals|opponents|challengers|contenders|contestants|competitors)\b|"
    r"votes? (?:more|fewer|short|ahead|"
    r"behind|shy|less)\b|"
    # ("a four-corner fight", "a three-way race": the field's size, after the hyphen below)
    # "a 505 vote lead", "a 12-vote margin", "a 27,179 vote-majority": the gap between two counts
    r"[-–]?\s*votes?[-–\s](?:lead|margin|edge|advantage|cushion|gap|difference|majority)\b|"
    # "a two-vote victory", "a 12 vote win": a margin as well (an adjective, so "vote" alone)
    r"[-–]?\s*vote[-–\s](?:victory|win|defeat|loss|triumph)\b|"
    r"short\b|shy\b|ahead\b|behind\b|days?\b|months?\b|weeks?\b|hours?\b|"
    # "remained at 6.62% above the closest candidate": the lead over the runner-up
    r"above (?:the |his |her |its |their )?(?:closest|nearest|next|second|runner|rival|"
    r"challenger|opponent|competitor)|"
    # "all 53 delegates from the continent voted for X": a region's bloc, a part of a count
    r"(?:votes?|delegates|delegations|members|countries|states|nations) from (?:the )?"
    r"(?:continent|region|Africa|Asia|Europe|Americas|Latin America|Caribbean|Oceania|Pacific|"
    r"(?:African|Asian|European|Arab|Caribbean|Pacific) (?:continent|region|group|bloc))\b|"
    r"minutes?\b|km\b|kilomet|people\b|inhabitants\b|million people|"
    rf"(?:st|nd|rd|th)\b|(?:{scan.MONTH_PATTERN})\b|"
    # "a two-round system", "one-lap suffrage", "a three-man race", "a one-day poll": a word
    # joined by a hyphen makes the number an adjective, no count
    r"[-–]\s*(?:year|member|nation|seat|(?:term|time|party|way|corner(?:ed)?|horse|round|lap|"
    r"stage|tier|man|woman|person|candidate|day|week|month|hour|point)\b)|"
    # a range ("12-15%", "12 - 15%"), not a change after it: "(11% -1%)"
    r"(?<!\s)[-–]\s*\d|–\s*\d|-\s+\d|/\s*\d|"
    r"(?:dollars|euros|pounds|francs|yuan|rupees)\b)",
    re.IGNORECASE,
)


# "gets 3% boost", "a 5% rise": a percent naming a change or a rate, never a share of the vote
_CHANGE_AFTER = patterns.compile(
    r"\s+(?:boost|rise|increase|gain|growth|jump|drop|fall|decline|cut|hike|stake|discount|"
    r"interest|inflation|tariffs?|tax|yield|return)\b",
    re.IGNORECASE,
)


_TALLY_BEFORE = patterns.compile(
    # ("by the absolute majority of 117 votes", "by a secret ballot of 33 countries")
    # ("by a Senate vote of 52-48", "by an executive committee vote of 17-15": the body or
    # kind of the vote named before it, a few words)
    r"\bby (?:an? (?:[\w-]+ ){0,5}?(?:vote|ballot) of|(?:an?|the(?= (?:absolute|two-thirds) )) "
    r"(?:absolute |two-thirds |simple )?majority of)\s*$",
    re.I,
)


# "by a majority of 54 votes over Y", "with a majority of 5,400 over Y": a margin over the rival
_MAJORITY_OVER = patterns.compile(
    r"\b(?:by|with) an? (?:clear |narrow |slim )?majority of\s*$", re.I
)
# "won ... with a majority of 59.5%": a share above half is the winner's own (a margin in
# points that large is rare, and a count after it stays a margin)
_WON_WITH_MAJORITY = patterns.compile(
    r"\b(?:with an?|(?:secured|securing|won|winning|obtained|obtaining|received|receiving) "
    r"(?:an?|the)(?: necessary| required)?(?: absolute)?) "
    r"(?:clear |large |huge |big |comfortable |overwhelming |resounding )?majority of\s*$",
    re.I,
)
_OVER_RIVAL_AFTER = patterns.compile(r"\s*(?:votes?\s+)?over\b", re.I)
# "after getting an overwhelming majority of 184 votes out of 192": a majority got, then the
# whole it is out of, is the count (where "secured a majority of 5,400" alone is a margin)
_GOT_MAJORITY = patterns.compile(
    r"\b(?:get|gets|getting|got|secured|securing|won|winning|obtained|obtaining|received|"
    r"receiving|garnered|garnering) an? (?:[a-z]+ )?majority of\s*$",
    re.I,
)
_OUT_OF_WHOLE_AFTER = patterns.compile(r"\s*(?:votes?\s+)?out\s+of\s+(?:the\s+)?\d", re.I)


# "a majority of 121 delegates backed X": the majority's size is X's count, not a threshold
_MAJORITY_OF_BEFORE = patterns.compile(r"\bmajority of\s*$", re.I)


BACKERS_AFTER = patterns.compile(
    r"\s+(?:member\s+)?(?:votes|ballots|delegates|members|states|countries|nations|"
    r"delegations|MPs|lawmakers|legislators|deputies|senators|councillors|councilors|electors|"
    r"voters|associations|federations|unions)\s+"
    r"(?:backed|supported|voted (?:for|in favou?r of)|chose|went to|were cast for)\b",
    re.I,
)

# "followed by 162 votes for Y", "followed by 140 for Y": the next one's count in a ranking,
# no margin (a name, capitalised, follows "for": not "followed by 12 votes for the motion")
_FOR_NAME_AFTER = patterns.compile(r"(?:votes? |ballots? )?for (?:[A-Z]|the [A-Z])")

# "got the needed 115 votes", "secured the required 129": a count that reached the bar
_GOT_THE_NEEDED = patterns.compile(
    r"\b(?:got|received|won|obtained|secured|garnered|gained|polled|mustered|collected)"
    r" (?:exactly |precisely |just )?the (?:needed|required|necessary|requisite) $",
    re.I,
)
_NEEDED_ENDINGS = ("needed ", "required ", "necessary ", "requisite ")
# "neither X nor Y had gained the necessary 128", "failed to get the required 97": the bar no
# one reached, no count (the negation within the clause before the verb of getting: not in
# an aside, "X, which was not favoured, got the needed 97"); "no candidate secured the
# necessary 50 percent" too
_NOT_GOT_BEFORE = patterns.compile(
    r"\b(?:not|never|neither|nor|none|failed to|fail to|fails to|unable to|n't|"
    r"no (?:one|candidate|contender|nominee|contestant))\b[^.;:,]{0,60}$",
    re.I,
)

# "elected president by 96.9% of valid votes", "re-elected by 61% of the vote": the share
# of the votes that elected, where "by" otherwise gives a margin ("won by 12")
_ELECTED_BY_SHARE = patterns.compile(
    r"\b(?:elected|re-elected|chosen|returned)(?: [\w-]+){0,3} by [\d.,]+\s*(?:%|per ?cent|percent)$",
    re.IGNORECASE,
)
# "by 95 out of 158 votes", "by 61 of the 90 votes cast": the count of the whole that
# elected, where "by" otherwise gives a margin
_OUT_OF_TOTAL_AFTER = patterns.compile(
    r"\s+(?:votes?\s+)?(?:out\s+of(?:\s+the)?|of\s+the)\s+\d", re.IGNORECASE
)
# "survived but got 39 votes against him": the count of those who voted against the person
# named, never that person's own tally ("87 votes against her opponent's 81": a possessive,
# the rival's count next)
_AGAINST_PERSON_AFTER = patterns.compile(
    r"\s+(?:votes?|ballots?)\s+(?:cast\s+)?against\s+(?:him|them|her(?=\s*(?:$|[.,;:!?)—–-]|"
    r"\s+(?:in|at|on|from|and|but|while|as|during|with|by|after|before|when|to)\b)))\b",
    re.IGNORECASE,
)
# "won by 33 votes against 28": a count set against the other's, where "by" otherwise gives
# a margin
_AGAINST_COUNT_AFTER = patterns.compile(r"\s+votes?\s+against\s+\d", re.IGNORECASE)
# "won by 50 votes, while his rival got only 4 votes", "won by 33 votes, ..., against 28
# bagged by Y": a later, smaller count in the same sentence is the rival's, so the first is
# the winner's own (as a margin it would leave the winner more than twice the rival, which
# reports then tell as counts); not a count of spoilt or blank votes, nor a bar
_VOTES_AFTER_BY = patterns.compile(r"\s+votes?\b", re.IGNORECASE)
_LATER_COUNT = patterns.compile(
    r"(?:\bagainst\s+|\b(?<![\d.,-]))(\d{1,3}(?:,\d{3})*|\d+)"
    r"(?:\s+votes?\b(?!\s+(?:were|was)\b)|(?<=\d)(?=\s+(?:bagged|won|for|by|received)\b))",
    re.IGNORECASE,
)
_NOT_RIVAL_VOTES = patterns.compile(
    r"\b(?:invalid|spoil[a-z]*|blank|void|abstain[a-z]*|abstentions?|null|needed|required|"
    r"majority|margin|more|fewer|short)\b",
    re.IGNORECASE,
)


def _smaller_rival_count_after(text: str, number: numbers.NumberMention) -> bool:
    if number.percent or not isinstance(number.value, int):
        return False
    if not _VOTES_AFTER_BY.match(text, number.end):
        return False
    end = len(text)
    for stop in (". ", ";", "\n"):
        at = text.find(stop, number.end)
        if at != -1:
            end = min(end, at)
    rest = text[number.end : end]
    later = _LATER_COUNT.search(rest, 6)
    if later is None or _NOT_RIVAL_VOTES.search(rest[: later.end() + 12]):
        return False
    count = int(later.group(1).replace(",", ""))
    return 0 < count < number.value


# "was voted in by 139 councillors", "elected by 40 delegates": the voters who elected,
# counted, where "by" otherwise gives a margin (after "elected by", voters named as such:
# "elected by 12 votes" may be a margin; "voted in by 139 votes" is not)
_ELECTED_BY_BEFORE = patterns.compile(
    r"\b(?P<voted>voted(?: in| for)?|(?:re-?)?elected|returned) by $", re.IGNORECASE
)
_ELECTORS_AFTER = patterns.compile(
    r"\s+(?:[a-z]+\s+)?(?:councillors|councilors|delegates|members|MPs|lawmakers|legislators|"
    r"deputies|senators|electors|voters|representatives|assembly\s+members)\b"
)
# "was reelected by 119 votes to the Council of the ITU": the count that sent one to a named
# body (a margin is told on its own, "re-elected by 42 votes on Thursday", or against a rival)
_TO_BODY_AFTER = patterns.compile(r"\s+votes?\s+to\s+(?:the\s+)?(?-i:[A-Z])")
_OF_THE_VOTE_AFTER = patterns.compile(
    r"\s+of (?:the |all )?(?:valid |cast |popular |eligible )?(?:votes?|ballots)\b", re.IGNORECASE
)

# "in round three", "on ballot 2", "at stage 4": a number naming a round (never "in the
# first round 45 votes went to X", with its unit, or "... round 12 for X")
# (and an STV count's "Count 2" heading: capitalised only, not "a vote count 45")
_ROUND_LABEL_ENDINGS = ("round ", "ballot ", "stage ", "Round ", "Ballot ", "Stage ", "Count ")
_ROUND_LABEL_MAX = 30
# capitalised, a measure's name ("prop." and "initiative" are among NOT_TALLY_WORDS; "Prop
# 12" without the dot only capitalised, as a name)
_MEASURE_ENDINGS = ("Measure ", "Question ", "Amendment ", "Issue ", "Prop ")
# capitalised, a numbered part of the rules or of the record ("under Rule 74 to X and Y",
# "See Document 210"): a reference, no count; never a surname after a first name ("Anna
# Rule 412"), so only after a lower-case word, "See", or the start of a line or a clause
_REFERENCE_ENDINGS = ("Rule ", "Document ", "Article ", "Section ", "Paragraph ", "Annex ")
_REFERENCE_BEFORE = patterns.compile(
    r"(?:^|[^\w\s]\s?|\b(?-i:[a-z]+|See|see|Under) )"
    r"(?:Rule|Document|Article|Section|Paragraph|Annex) $"
)
# "June 7 to 18", "March 2 (a holiday) until 9": the range's last day, after a month's first
_RANGE_END_ENDINGS = (" to ", " until ", " till ", " through ", " thru ")
_DAY_RANGE_START = patterns.compile(
    rf"\b(?:{scan.MONTH_PATTERN})\.? \d{{1,2}}(?:st|nd|rd|th)?(?: \([^()]{{1,40}}\))? "
    r"(?:to|until|till|through|thru) $",
    re.IGNORECASE,
)


def _day_range_end(text: str, number: numbers.NumberMention) -> bool:
    return _DAY_RANGE_START.search(text, max(0, number.start - 70), number.start) is not None


# "won one of the closest votes", "in one of the most bitter races": one among a superlative's
# kind, no count
_ONE_OF_SUPERLATIVE = patterns.compile(
    r"\s+of\s+(?:the\s+|its\s+|his\s+|her\s+|their\s+)?(?:[a-z-]+est|most|least|best|worst)\b",
    re.IGNORECASE,
)
# "the one for X", "this one", "that one": "one" standing for a thing named before (a ballot
# paper, a bid), where "the one vote" or "one vote" would be a count
_ONE_PRONOUN_ENDINGS = ("the ", "The ", "this ", "This ", "that ", "That ")
_ONE_PRONOUN_AFTER = patterns.compile(r"\s+(?:for|with|bearing|marked|who|which|that)\b")
_COUNT_AFTER_LABEL = patterns.compile(
    r"\s*(?:[-–%]|per ?cent|percent|votes?|ballots?|for|to|of|out|against|in favou?r)\b",
    re.IGNORECASE,
)


def _round_label(value: float, after: str) -> bool:
    return (
        isinstance(value, int)
        and 1 <= value <= _ROUND_LABEL_MAX
        and not _COUNT_AFTER_LABEL.match(after)
    )


# "won 26 states", "carried 31 states", "won in the other five states": a national race's
# states carried, no vote count (the Assembly's "received the votes of 120 States" and "won
# 120 member states" stay counts)
_STATES_CARRIED = patterns.compile(
    r"\b(?:won|wins|winning|carr(?:ied|ies|ying)|took|takes|taking|swept|sweeps|sweeping|"
    r"captured|captures|capturing|flipped|flips|flipping|lost|loses|losing)"
    # "has won in the other five states": carried there too, as many states
    r"(?: in(?: the)?(?: other| remaining)?)?"
    r"(?: (?:only|just|a total of|all|some|nearly|almost|about))? $",
    re.I,
)
_STATES = patterns.compile(r" states\b(?!['’])", re.I)
_STATES_AFTER = (" states", " States", " STATES")

# "won by 151 votes, 23 more than the required 128": a count set against the threshold,
# so "by" gives no margin here
_OVER_NEEDED_AFTER = patterns.compile(
    r"\s*(?:votes?|ballots?),\s*(?:[\w-]+\s+){0,2}?(?:more|above|over|beyond)\s+(?:than\s+)?"
    r"(?:the\s+)?(?:[\w-]+\s+)?(?:required|needed|necessary|majority|threshold)\b",
    re.I,
)


# a count written in words, below a hundred ("nine", "twenty-one")
_SMALL_COUNT_WORD = (
    rf"(?:(?:{numbers.count_words(20, 90)})(?:[- ](?:{numbers.count_words(1, 9)}))?"
    rf"|{numbers.count_words(1, 19)})\b"
)
_SCORE_AFTER = patterns.compile(
    # "by 103 to 44 votes": a score with its unit after both sides
    r"^\s*[-–]\s*\d+\s*(?:votes?\b|\))|^\s+to\s+\d[\d,]*\s+votes\b|^\s+votes?\s+to\s+"
    # "by 91 votes to the 60 that went to Y": the rival's count with an article
    r"(?:the\s+\d[\d,]*\s+(?:that|which|for)\b|"
    # "by 34 votes to Hayatou's 20": the rival named before their count
    # "by 783 votes to her 494": the rival's count after a pronoun for the rival (a whole
    # count, not "to her 2016 margin of 300")
    r"(?:(?:his|her|its|their)\s+\d[\d,]*(?=\s*(?:votes?\b|[,.;)]|$|and\b|in\b|respectively\b))|"
    # ("by 11 votes to nine", "to Y's eight": the other side's small count in words)
    r"(?:(?-i:[A-Z])[\w.’'-]*\s+){0,2}?(?:(?-i:[A-Z])[\w.-]*(?:'s|’s|’|')\s+)?"
    rf"(?:\d|{_SMALL_COUNT_WORD}(?=\s*(?:votes?\b|[,.;)]|$|and\b|in\b|of\b|for\b)))))",
    re.I,
)


_SHARE_SCORE_AFTER = patterns.compile(
    r"\s*to\s+(?:the\s+)?\d{1,2}(?:\.\d+)?\s*(?:%|per ?cent)", re.I
)


_SPLIT_FIRST = patterns.compile(r"\s*[-–]\s*(\d{1,2}(?:\.\d+)?)\s*(?:%|per ?cent)", re.I)


_SPLIT_SECOND = patterns.compile(r"(?<![\d.])(\d{1,2}(?:\.\d+)?)\s*%?\s*[-–]\s*$")


def _split_shares(value: float, before: str, after: str) -> bool:
    """Whether a share is one side of "54-46 per cent", the two making up the whole (a range,
    "2-5 percent", does not)."""
    near = after[:3] + before[-8:]
    if "-" not in near and "–" not in near:
        return False
    other = _SPLIT_FIRST.match(after) or _SPLIT_SECOND.search(before)
    return other is not None and 98 <= value + float(other.group(1)) <= 100


_RANGE_BEFORE = patterns.compile(r"\d\s*[-–/]\s*$")
# A row's count then its share, "X - 15,204 - 9.8%": no range runs from a count past a
# hundred to a share (which is at most 100)
_SHARE_COLUMN_AFTER = patterns.compile(r"\s+[-–]\s+\d{1,2}(?:\.\d+)?\s?%")
_COUNT_COLUMN_BEFORE = patterns.compile(r"(?<![\d,.])(?:\d{1,3}(?:,\d{3})+|[1-9]\d{3,})\s+[-–]\s+$")


# "a 49-47 percent lead", "leads Y 49-47 percent": a lead told in two shares, which need not
# make up the whole while the count goes on or others take the rest (unlike "a 3-5 percent
# rise", a range)
_LEAD_SHARES = patterns.compile(
    # ("bested Y 36 to 23 percent": the pair written out with "to" too)
    r"(\d{1,2}(?:\.\d+)?)(?:[-–]| to )(\d{1,2}(?:\.\d+)?)\s*(?:%|per ?cent|percent)"
)
_FIRST_OF_PAIR = patterns.compile(r"\d{1,2}(?:\.\d+)?[-–]$")
_LEAD_NOUN_AFTER = patterns.compile(r"\s+(?:lead|edge|advantage|margin|victory|win)\b")
_LEAD_VERB_BEFORE = patterns.compile(
    r"\b(?:leads?|led|leading|trails?|trailed|trailing|beats?|beating|defeat(?:s|ed|ing)?|"
    r"tops|topped|topping|edged?|edges|edging|best(?:s|ed|ing)|outpoll(?:s|ed|ing))\b[^.;:\d<]{1,100}\s$"
)
# (the rival may be described at length between: "beat Y of the National Democratic Union
# of Armenia, 52 to 42 percent"; a number between ends the reach)
_LEAD_VERB_REACH = 110


def lead_shares(text: str, start: int) -> bool:
    """Whether the number at `start` is one of two shares told as a lead ("a 49-47 percent
    lead", "leads Y 49-47 percent"): the first the larger, the two within the whole."""
    if start and text[start - 1] in "-–":
        first = _FIRST_OF_PAIR.search(text, max(0, start - 8), start)
        if first is None:
            return False
        start = first.start()
    pair = _LEAD_SHARES.match(text, start)
    if pair is None:
        return False
    first, second = float(pair.group(1)), float(pair.group(2))
    return (
        first >= second
        and first + second <= 100
        and (
            _LEAD_NOUN_AFTER.match(text, pair.end()) is not None
            or _LEAD_VERB_BEFORE.search(text, max(0, start - _LEAD_VERB_REACH), start) is not None
        )
    )


# "a 139-25 victory over Y", "her 61-39 win against Y", "a 52-44 vote lead over Y": a score
# told as the winner's result over a rival, the winner's count first (in a sentence of a vote,
# not a match's "a 3-1 victory over Chile")
# (or "a 2,310 to 1,874 majority for X over Y": the winner named between noun and rival)
# (or bare, set off: "senators elected X, 44-8, over fellow Texan Y")
_VICTORY_OVER_AFTER = patterns.compile(
    r"(?:\s*[-–]?\s*votes?)?(?:\s+(?:[a-z-]+\s+)?(?:victory|win|lead|edge|advantage|margin|majority)"
    r"(?:\s+(?:for|to)\s+(?-i:[A-Z])[^.;<]{0,60}?)?\s+(?:over|against)|,?\s+over(?:\s+fellow)?)\s+"
    r"(?:(?-i:[A-Z])|(?:the|his|her|its|their)\s)"
)
_PAIR_SECOND = patterns.compile(r"(?:\s*[-–]\s*|\s+to\s+)(\d{1,3}(?:,\d{3})*)\b")
_PAIR_FIRST = patterns.compile(r"(?<![\d,])(\d{1,3}(?:,\d{3})*)(?:\s*[-–]\s*|\s+to\s+)$")


def _victory_score(text: str, number: numbers.NumberMention) -> bool:
    """Whether `number` is one side of a score told as a victory or lead over a named rival
    ("a landslide 139-25 victory over Y"), the larger first, in a sentence of a vote."""
    if number.percent:
        return False  # shares: lead_shares
    second = _PAIR_SECOND.match(text, number.end)
    if second:
        first, other, end = number.value, _count(second.group(1)), second.end()
    else:
        pair = _PAIR_FIRST.search(text, max(0, number.start - 16), number.start)
        if pair is None:
            return False
        first, other, end = _count(pair.group(1)), number.value, number.end
    return (
        first >= other
        and _VICTORY_OVER_AFTER.match(text, end) is not None
        and BALLOT_WORD.search(text) is not None
    )


# "with 102/156 votes": a count, a slash, then the votes cast it was one of
SLASH_TOTAL_AFTER = patterns.compile(r"/(\d{1,3}(?:,\d{3})*|\d+)\s+(?:votes?|ballots?)\b", re.I)


def _count_of_total(text: str, number: numbers.NumberMention) -> bool:
    total = SLASH_TOTAL_AFTER.match(text, number.end)
    return total is not None and number.value <= _count(total.group(1))


# "received 12-14 votes", "got some 40-45 votes": a count's bounds right after a verb of
# getting, the smaller first (where "won by 103-44 votes" is a score, the winner's first)
_RANGE_GET_BEFORE = patterns.compile(
    r"\b(?:received|receives|receiving|got|gets|getting|won|wins|garnered|secured|gained|"
    r"obtained|polled|drew|had|has)\s+(?:(?:some|about|around|roughly|only|just)\s+)?$",
    re.IGNORECASE,
)


def _count_range(text: str, number: numbers.NumberMention) -> bool:
    """Whether `number` opens a range of counts got ("received 12-14 votes")."""
    if number.percent:
        return False
    second = _PAIR_SECOND.match(text, number.end)
    return (
        second is not None
        and number.value < _count(second.group(1))
        and VOTES_AFTER.match(text, second.end()) is not None
        and _RANGE_GET_BEFORE.search(text, max(0, number.start - 30), number.start) is not None
    )


def _count(digits: str) -> int:
    return int(digits.replace(",", ""))


# "by a vote of 54-50", "by a secret-ballot vote of 94-90": the second side of a score, no range
# "with 138-99 votes over Y", "by 143-96 votes in a runoff vote against Y": a score against
# a named rival, no range
_SCORE_OVER_RIVAL_AFTER = patterns.compile(
    r"\s*votes?,?\s+(?:over|against|in an? (?:[\w-]+ ){0,2}?(?:vote\s+)?against)\s+[A-Z]"
)
_VOTE_OF_SCORE_BEFORE = patterns.compile(
    r"\bby an? (?:[\w-]+ )?vote of\s*\d[\d,]*\s*[-–]\s*$", re.I
)


# "Labour, with 120,000 members, won 40%", "whose party has 80,000 members": a membership, where
# "150 members backed X" or "with 150 members voting for it" is a count of votes
# "the party's 400,000 members", "gained 60,000 members" too, and its seats in a chamber: "the
# Greens had 12 MPs", "the party's 33 deputies"; a treaty's parties: "a convention with 161
# States parties", "which has 182 States Parties"
_MEMBERSHIP_BEFORE = patterns.compile(
    r"(?:\b(?:with|has|have|had|boasts?|boasting|counts|(?:party|union|movement) of|"
    r"gain(?:s|ed|ing)?|attract(?:s|ed|ing)?|recruit(?:s|ed|ing)?|lost|los(?:es|ing)|"
    r"signed up)|['’]s)\s+"
    r"(?:(?:some|about|around|roughly|nearly|almost|over|more than|just over|just under)\s+)?$",
    re.IGNORECASE,
)


_MEMBERSHIP_AFTER = patterns.compile(
    r"\s+(?:[\w-]+\s+)?(?:members|MPs|MEPs|deputies|lawmakers|legislators|senators|"
    r"councillors|States\s+parties)\b(?!['’]|\s+(?:voting|backing|supporting|in favou?r|who|that|voted|"
    r"backed|supported|chose|cast|present))",
    re.IGNORECASE,
)


# "42 votes were cast for X" (or "in X's favour") gives X's count, not the total cast
_NOT_FOR = r"(?!\s+(?:for|in favou?r of|in (?:\S+ ){1,3}?favou?r)\b)"


_PROSE_TOTAL = patterns.compile(
    r"^\s*(?:(?:UN )?(?:members?|member states|member-states|countries|states|nations|delegations|"
    r"MPs|delegates|lawmakers)\s+)?(?:were\s+|being\s+|had\s+)?(?:present and voting|"
    rf"cast(?:ing)? (?:their |a )?(?:ballots?|votes?){_NOT_FOR}|took part|participated|taking part|"
    r"(?:in )?present to (?:cast|vote)\b|voted\b(?! for| in favou?r| against| yes\b| no\b))"
    rf"|^\s*(?:valid |total )?(?:ballots?|votes?|ballot papers)\s+(?:were\s+)?cast{_NOT_FOR}"
    r"|^\s*valid (?:ballots|votes)",
    re.IGNORECASE,
)
# Words one of which any match of _PROSE_TOTAL holds (most sentences hold none)
_PROSE_TOTAL_WORDS = ("cast", "present", "voted", "valid", "took part", "taking part", "particip")


def _got_valid_votes(text: str, number: numbers.NumberMention, after: str) -> bool:
    """Whether "valid votes" after a number are one's own, got by the verb before it: "X
    received 42 valid votes" (not "42 valid votes were cast")."""
    return (
        _VALID_VOTES_AFTER.match(after) is not None
        and _GOT_BEFORE.search(text, max(0, number.start - 40), number.start) is not None
    )


# ("amassed 4,145 valid votes cast": of those cast, after the verb, the count got)
_VALID_VOTES_AFTER = patterns.compile(r"\s*valid (?:ballots|votes)(?!\s+were\s+cast)")
_GOT_BEFORE = patterns.compile(
    r"\b(?:received|receives|receiving|got|gets|getting|won|wins|secured|secures|securing|"
    r"polled|polls|polling|obtained|obtains|obtaining|garnered|garners|garnering|bagged|bagging|"
    r"scored|collected|gained|attained|attains|amassed|amassing|amasses)\s+"
    r"(?:only\s+|just\s+|about\s+|some\s+|a total of\s+)?$"
)


def _prose_total(text: str, after: str) -> bool:
    """Whether `after`, the text after a number in `text`, states it as those who voted."""
    if text.isascii() and not holds_any(_PROSE_TOTAL_WORDS, text):
        return False  # lower case is what ignoring case means on ASCII text: the gate is exact
    return _PROSE_TOTAL.match(after) is not None


# "of the 193 member states", "out of all 190 countries", "Of 190 states": a total of members;
# not "a body of 15 members" (its size) nor "the support of 150 member states" (a count)
_OF_THE_BEFORE = patterns.compile(
    r"\b(?<!support )(?<!backing )(?<!endorsement )"
    r"(?:(?:[Oo]f|[Oo]ut of) (?:the|all|a total of)|Of|[Oo]ut of)(?:\s+[A-Z][\w.]*['’]s)?\s*$"
)


_MEMBERS_AFTER = patterns.compile(r"\s*(?:UN )?(?:member|states|countries|nations)", re.I)


# "the vote was attended by 190 States", "the election, attended by 188 States, ...", "the
# ballot, which was attended by 190 States"
_ATTENDED_BY_BEFORE = patterns.compile(
    r"\b(?:vote|voting|ballot|balloting|elections?)(?: (?:was|were)|,? which (?:was|were)|,)? "
    r"attended by (?:all |some |the )?$",
    re.I,
)


_PRESENT_AFTER = patterns.compile(
    r"\s*(?:UN )?(?:member[ -]states|member nations|countries|states|nations)\s+"
    r"(?:(?:that|which|who) were\s+)?(?:in attendance|present|attending)\b(?! day)",
    re.I,
)


# "Some 6.4 million people out of more than 12 million eligible voters cast their ballots",
# "9,100,200 out of the total 11,900,000 registered voters exercising their franchise":
# those who voted are the total; the electorate beside them is not. Their share of the
# electorate may stand between ("1,620,269 voters (46.01%) participated in the election")
_TURNOUT_AFTER = patterns.compile(
    r"\s+(?:(?:people|voters|citizens|electors)\s+)?(?:\(\s*[\d.,]+\s*(?:%|percent)\s*\)\s+)?"
    r"(?:out of (?:the )?(?:total )?(?:(?:more than|over|some|about|around|nearly|almost) )?"
    r"[\d.,]+(?: (?:million|thousand))? (?:eligible |registered )?(?:voters|electors|people|"
    r"citizens)\s+)?(?:have |had )?(?:cast (?:their|a) (?:ballots?|votes?)\b(?! for| in favou?r)|"
    r"voted\b(?! for| in favou?r| against| yes\b| no\b)|exercis(?:ed|ing) their (?:franchise|right to vote)|"
    r"turned out to vote|participated in the (?:election|vote|ballot|poll)|"
    r"took part in the (?:election|vote|ballot|poll))",
    re.I,
)


_TURNOUT_REACH = 160


_AND_AFTER = patterns.compile(r"\s+and\s")


_RANGE_START_BEFORE = patterns.compile(r"\(\s*\d+\s*[-–]\s*$|\ba\s+\d+\s*[-–]\s*$")


# What a count may be of: voters and their votes. A count of other things ("won 3 medals",
# "received 2 million visitors", "won 4 of the 6 finals") is no tally; only lower-case
# words are judged, so names ("130 and Ireland 128") and line ends pass.
_COUNTED_NOUN = patterns.compile(
    r"\s+(?:(?:(?:out )?of|from) (?:the |all |its |their )?(?:top |first |last )?[\d,]+\s+)?"
    r"(?:new )?"  # "12 from 30 matches" counts matches, as "12 of 30 matches" does
    r"(?P<word>[a-z][a-z'-]*)"
)


# (matched on the text too, where the run outreaches `after`)
_SEAT_RUN_AFTER = patterns.compile(_SEAT_RUN)
_SEAT_RUN_REACH = 90

# Two runs of small counts told "in that order", one per subject ("in A, B and C, the X
# had 3, 4 and 6 while the Y got two, five and one, in that order"): each run is spread over
# the places named before, no subject's tally
_RUN_NUMBER = rf"(?:\d{{1,3}}|nil|none|{numbers.count_words(1, 90)})"
_PARALLEL_RUNS = patterns.compile(
    rf"\b{_RUN_NUMBER}(?:,? (?:and )?{_RUN_NUMBER}){{2,8}}(?: seats)?,? (?:while|whereas) "
    rf"(?:the )?(?:[\w’'()-]+ ){{1,6}}?(?:got|had|won|secured|took|obtained|gained|polled) "
    rf"{_RUN_NUMBER}(?:,? (?:and )?{_RUN_NUMBER}){{2,8}}(?: seats)?,? (?:in that order|respectively)\b",
    re.IGNORECASE,
)


def _in_parallel_runs(text: str, number: numbers.NumberMention) -> bool:
    if "in that order" not in text and "respectively" not in text:
        return False
    return any(m.start() <= number.start < m.end() for m in _PARALLEL_RUNS.finditer(text))


# A share reached in a number of areas ("got 25 percent in 29 counties"): a spread over
# areas, as a constitution's rule asks, no tally ("44% of the votes in 12 provinces", the
# share of the whole, stays read)
_SHARE_IN_AREAS = patterns.compile(
    r" in (?:\d{1,3}|"
    rf"{numbers.count_words(2, 90)})(?: of the \d{{1,3}})?(?: [\w-]+)? "
    r"(?:counties|states|provinces|regions|districts|constituencies)\b",
    re.IGNORECASE,
)


# "31 out of 33 Local Government Areas", "12 of the 19 States": areas counted, in capitals;
# in lower case too, the whole in words ("won four of the seven local authority areas"),
# but no "states" ("120 of the 193 member states" counts votes) nor a vote word between
# ("of the 190 votes cast in the districts")
_AREAS_COUNTED = patterns.compile(
    r"\s+(?:(?:out )?of|from) (?:the |all |its )?"
    rf"(?:[\d,]+|{numbers.count_words(2, 50)})\s+"
    r"(?:(?!(?i:votes?|ballots?)\b)[\w-]+\s+){0,3}?"
    r"(?:States|LGAs|(?i:areas|counties|districts|provinces|regions|wards|constituencies|"
    r"municipalities|councils|parishes|boroughs|prefectures|cantons|governorates|precincts))\b"
)


# "45 secret ballots", "120 of the 190 valid ballots", "113 first-preference votes" (and
# "1,234 of the 2,677 valid votes": a whole grouped in thousands)
VOTE_WORDS_AHEAD = patterns.compile(
    rf"\s+(?:(?:\d[\d,]*|[\w'-]+)\s+){{0,5}}?{rules.VOTERS}\b", re.IGNORECASE
)


COUNTABLE = frozenset(
    "vote votes ballot ballots voter voters country countries state states member members "
    "nation nations delegation delegations government governments delegate delegates "
    "lawmakers legislators deputies senators electors elector supporters preferences "
    "abstentions of to in on and or out against while whereas compared versus vs than at for "
    "from with after before but as each apiece by during among when which that who the a this "
    "respectively yes it he she they we its his her their over under so then also only just "
    "still plus per percent cent if not where had has have were was is are will would did do "
    "went came chose cast gave endorsements backers nods ayes yeas proxies associations "
    "federations amid amidst despite because since until though although unlike write-in "
    "write-ins".split()
)  # (prepositions and conjunctions too: "to Y's 10 amid protests" counts no "amid")


# "X was backed by 5.77 percent of voters, Y by 5.02 percent, and Z by 1.54 percent": the
# passive's verb said once, each name after it then "by" its share (no margin)
_ELLIPTIC_BY_BEFORE = patterns.compile(
    r"(?:,|,?\s+and)\s+(?-i:[A-Z])[\w.'’-]*(?:\s+(?-i:[A-Z])[\w.'’-]*){0,3}\s+by\s+$"
)
_BACKED_BY_SHARE = patterns.compile(
    r"\b(?:backed|supported|favou?red|chosen|preferred|endorsed|voted for) by\s+"
    r"(?:about |some |nearly |almost |just |over )?[\d.]+\s*(?:%|per ?cent|percent)",
    re.IGNORECASE,
)
_ELLIPTIC_REACH = 200


def _elliptic_backed_by(text: str, number: numbers.NumberMention) -> bool:
    """Whether a share after "by" continues a passive list ("Y by 5.02 percent") opened
    by a share that backed someone earlier in the sentence."""
    start = max(0, number.start - _ELLIPTIC_REACH)
    if not _ELLIPTIC_BY_BEFORE.search(text, max(0, number.start - 60), number.start):
        return False
    return _BACKED_BY_SHARE.search(text, start, number.start) is not None


# "took 40% of the market", "60 per cent of copper exports": a share of something else
_SHARE_OF = patterns.compile(
    r"\s*(?:per ?cent|percent)?\s+of\s+(?:the\s+|all\s+|its\s+|their\s+)?"
    r"(?P<whole>(?:[A-Z][\w'-]*\s+)?[a-z][\w'-]*(?:\s+[\w'-]+){0,2})"  # "of European market"
)


# Where votes are cast or counted, not votes: "87% of polling stations", "of precincts"
_PLACES_WHOLE = patterns.compile(
    r"(?:polling (?:stations?|locations?|places?|centres?|centers?|booths?|units?)|precincts?|"
    r"ballot boxes|voting (?:stations?|centres?|centers?|locations?))\b",
    re.IGNORECASE,
)


# A round of a vote named: "the 12th-ballot results", "on the final ballot"
_BALLOT_SPOKEN = patterns.compile(
    r"\b(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|final|last)[- ]ballot\b",
    re.IGNORECASE,
)


_VOTE_WHOLE = patterns.compile(
    r"vot|ballot|poll|elect|support|valid|cast|total|delegat|member|state|countr|nation|those|"
    r"turnout|preference|seat|returns|\d",
    re.IGNORECASE,
)


# "..., with 98 percent of ballots counted": how far the count has got, set off by a comma
# or ", and with 98 percent of the votes counted" (where "X led with 52% of the votes
# counted" may be X's share)
_ROUGHLY = (
    r"(?:(?:roughly|about|around|nearly|almost|some|over|more than|just|close to|"
    r"approximately)\s+)?"
)
# (or right after the votes or results it qualifies: "the share of votes with 92 percent of
# all votes counted", whose share is not the one told)
_COUNT_PROGRESS_BEFORE = patterns.compile(
    rf"(?:^|[,;(—–]\s*|\b(?:votes|ballots|results)\s+)(?:and\s+)?with\s+{_ROUGHLY}$",
    re.IGNORECASE,
)
# or right after the contest's own noun: "a lead in the runoff election with 97 percent of
# the ballots counted" tells the count's progress, the election having no share; there a
# counting word must follow ("won the election with 54% of votes in the first round" is a share)
# (a "vote" as the contest only after "in": "leads Y in Sunday's vote with 97 pct of ballots
# counted", where "X led the vote with 51% of the votes counted" may be X's share)
_CONTEST_NOUN_BEFORE = patterns.compile(
    rf"\b(?:elections?|runoff|run-off|race|in\s+(?:[\w'’-]+\s+){{0,3}}vote)\s+with\s+{_ROUGHLY}$",
    re.IGNORECASE,
)
# but one elected or winning in that election is given the share: "X was reelected in Sunday's
# presidential election with 95.5 percent of the votes counted"
_ELECTED_BEFORE = patterns.compile(
    r"\b(?:(?:re-?)?elected|won|wins|winning|victorious)\b", re.IGNORECASE
)
# "... is dead even with Y with roughly 50 percent of votes reported": "reported" tells how far
# the count has got with no comma before (not "the votes reported by the commission")
_REPORTED_BEFORE = patterns.compile(rf"\bwith\s+{_ROUGHLY}$", re.IGNORECASE)
_REPORTED_AFTER = patterns.compile(
    r"\s*(?:per ?cent|percent)?\s+of\s+(?:the\s+|all\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:reported|reporting)\b(?!\s+by\b)",
    re.IGNORECASE,
)


# "after (the) processing of 95% of the ballots", "after counting 40% of the protocols" (Russian
# agency copy rendered): how far the count has got, wherever it stands in the sentence
_PROCESSED_BEFORE = patterns.compile(
    rf"\b(?:after|following|upon)\s+(?:the\s+)?(?:processing|counting|tallying|tabulating)"
    rf"\s+(?:of\s+)?{_ROUGHLY}$",
    re.IGNORECASE,
)


_COUNTED = (
    r"\s*(?:per ?cent|percent)?\s+of\s+(?:the\s+|all\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:(?:having|have|has|had|that have|that had)\s+(?:been\s+)?)?"  # "... having reported"
    r"(?:counted|tallied|processed|reporting|reported"
)
_COUNT_PROGRESS_AFTER = patterns.compile(_COUNTED + r"|in)\b", re.IGNORECASE)
_COUNTED_AFTER = patterns.compile(_COUNTED + r")\b", re.IGNORECASE)


# "with 38.4% of the registered electorate turning out", "41% of eligible voters turned out":
# a turnout, the share of the roll who came, never a candidate's
_TURNED_OUT_AFTER = patterns.compile(
    r"\s*(?:per ?cent|percent)?\s+of\s+(?:the\s+|all\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:electorate|voters|electors)\s+(?:(?:had|have|has)\s+)?(?:turning|turned|turn)\s+out\b",
    re.IGNORECASE,
)


# "with 99.52% of the vote count completed", "98 percent of the count complete": how far the
# count has got, whatever comes before (a count's share is never "of the count completed")
_COUNT_DONE_AFTER = patterns.compile(
    r"\s*(?:per ?cent|percent)?\s+of\s+(?:the\s+)?(?:(?:votes?|ballots?)\s+)?"
    r"(?:count|counting|tally|tabulation)\s+(?:(?:was|is|had been|has been)\s+)?"
    r"(?:completed?|done|finished)\b",
    re.IGNORECASE,
)


def _past_abbreviation_dot(text: str, number: numbers.NumberMention) -> int:
    """Where the words after a share begin: past the dot of "97.2 pct." (agency copy), which
    is no sentence's end when "of the ballots" follows."""
    if number.text.endswith(("pct", "pc")) and text.startswith(".", number.end):
        return number.end + 1
    return number.end


def _share_of_other_whole(text: str, number: numbers.NumberMention) -> bool:
    """Whether a percent is stated as a share of something that is not a vote, or of the
    ballots counted so far."""
    end = _past_abbreviation_dot(text, number)
    share = _SHARE_OF.match(text, end)
    if share is None:
        return False
    if " out" in text and _TURNED_OUT_AFTER.match(text, end):
        return True
    whole = share.group("whole")
    if _PLACES_WHOLE.match(whole):
        return True
    if not _VOTE_WHOLE.search(whole):
        # "21.26 per cent of the points" of a ballot's results: a points-weighted vote's share
        return not (whole.startswith("points") and _BALLOT_SPOKEN.search(text))
    if "count" in whole and _COUNT_DONE_AFTER.match(text, end):
        return True
    before = text[max(0, number.start - 32) : number.start]
    if _REPORTED_BEFORE.search(before) and _REPORTED_AFTER.match(text, end):
        return True
    if "ing" in before and _PROCESSED_BEFORE.search(before):
        return True  # "X after processing of 0.45% of the ballots got 62%": how far counted
    if _COUNT_PROGRESS_BEFORE.search(before):
        return _COUNT_PROGRESS_AFTER.match(text, end) is not None
    return (
        _CONTEST_NOUN_BEFORE.search(before) is not None
        and _COUNTED_AFTER.match(text, end) is not None
        and _ELECTED_BEFORE.search(text, 0, number.start) is None
    )


# past tenses that end in neither: "X with 61 beat Y", "X with 141 led Y"; a participle
# of the votes: "63 votes to the 61 given to Y"
_IRREGULAR_PAST = frozenset(("beat", "led", "won", "lost", "got", "took", "held", "given"))


def counts_other_things(text: str, end: int) -> bool:
    """Whether a word after the count ending at `end` names things that are not votes ("3
    gold medals")."""
    after = _COUNTED_NOUN.match(text, end)
    if after is None:
        return False
    if after.group("word") in ("out", "of", "from") and _AREAS_COUNTED.match(text, end):
        return True
    word = after.group("word")  # verbs follow a count that is the subject ("112 backed X")
    if word in COUNTABLE or word.endswith(("ed", "ing")) or word in _IRREGULAR_PAST:
        return False
    return not VOTE_WORDS_AHEAD.match(text, end)  # "45 secret ballots"


def _not_of_votes(text: str, number: numbers.NumberMention) -> bool:
    if number.percent:
        return _share_of_other_whole(text, number) or bool(_CHANGE_AFTER.match(text, number.end))
    if number.text == "none":
        return False  # stands alone: "had none once voting went on" counts no "once"
    return counts_other_things(text, number.end)


# The number a seat count is set against counts seats too
_SEATS_COMPARED_BEFORE = patterns.compile(
    r"\b(?:\d[\d,]*|[a-z]+(?:-[a-z]+)?) (?:[\w-]+ )?seats?,? (?:compared (?:with|to)|against|"
    r"versus|vs\.?|up from|down from|from)\s*$",
    re.I,
)
# So does a count in brackets after it: "won 11 seats (14 in 2016)", "19 seats overall
# (compared to 15 in 2016)" (a count only: "won 40 seats (52.1%)" may be the vote's share)
_SEATS_BRACKET_BEFORE = patterns.compile(
    r"\b(?:\d[\d,]*|[a-z]+(?:-[a-z]+)?) (?:[\w-]+ )?seats?(?: overall| in total)? \(\s*"
    r"(?P<compared>(?:compared (?:with|to)|up from|down from|from)\s+)?$",
    re.I,
)
# the year the bracket's count is from (not "won the most seats (14), followed by Y (8)",
# a run the seat-count rules read as a whole)
_IN_YEAR_AFTER = patterns.compile(r"\s+in\s+(?:19|20)[0-9]{2}\b")


# "the KMT has 52 seats, and the TPP has 8", "won 284 seats ..., while Y won 29": a bare
# number after a seat count, with no vote named between, counts seats too; the count may be
# in words and its seats described ("won five provincial assembly seats with Y winning three");
# so does one with its share of the seats in brackets ("won 7,017 mandates (34.2%), while Y
# won 3,162 (15.4%) and Z 1,931 (9.4%)")
_SEAT_COUNT = patterns.compile(
    rf"(?<!the )\b(?:[0-9][0-9,]*|{numbers.count_words(1, 12)})"
    r" (?:[\w-]+ ){0,2}(?:seats?|mandates)\b",
    re.IGNORECASE,
)
_VOTE_NAMED = patterns.compile(r"\b(?:vot|ballot)", re.IGNORECASE)
_BARE_END = patterns.compile(
    r"\s*(?:[.,;]|$|and\b(?![^.,;]*\bvot))"  # not "29 and 12 votes"
    # (where the seats were won: "while Y gained 136 in the recently held general election")
    r"|\s+in (?:the )?(?:[\w-]+ ){0,4}?(?i:elections?|polls?|parliament|assembly|house)\b"
    r"|\s*\(\s*[0-9][0-9.,]*\s*(?:%|per ?cent)\s*\)\s*(?:[.,;]|$|and\b|while\b)"
)


# "158 seats going to X, 25 to Y, 56 for Z": a run of seat counts given to parties (an item
# of the run, not a verb's count: "with Norway getting 130 to Canada's 108"); its verb may
# be said again: "three seats went to X, one went to Y"
_GIVEN_TO = patterns.compile(r"\s+(?:(?:went|goes|going|go) )?(?:to|for)\b(?!\s+\d)")
_RUN_ITEM_BEFORE = patterns.compile(r"(?:,|\band)\s+$")
_MOST_SEATS = 1000  # more than this is no chamber's count of seats


def _seats_by_ellipsis(text: str, number: numbers.NumberMention) -> bool:
    if number.percent or (
        text.find("seat", 0, number.start) < 0 and text.find("mandates", 0, number.start) < 0
    ):
        return False
    if _BARE_END.match(text, number.end) is None and (
        number.value > _MOST_SEATS
        or _GIVEN_TO.match(text, number.end) is None
        or _RUN_ITEM_BEFORE.search(text, max(0, number.start - 6), number.start) is None
    ):
        return False
    counts = list(_SEAT_COUNT.finditer(text, 0, number.start))
    return bool(counts) and _VOTE_NAMED.search(text, counts[-1].end(), number.start) is None


# "X has won 299 of these", "took 12 of them": a part the subject won of things the sentence
# before named (constituencies, seats, races); with no vote nor ballot in the sentence it is
# no tally ("27,045 of these were for X", after the votes cast, keeps its count)
_OF_THOSE_AFTER = patterns.compile(r"\s+of\s+(?:these|those|them)\b(?!\s+(?:votes?|ballots?)\b)")
_WON_PART_BEFORE = patterns.compile(
    r"\b(?:won|wins|winning|took|takes|carried|swept|bagged|secured|captured|claimed|clinched)"
    r"\s+$",
    re.IGNORECASE,
)


def _part_of_those(text: str, number: numbers.NumberMention) -> bool:
    return (
        not number.percent
        and _OF_THOSE_AFTER.match(text, number.end) is not None
        and _WON_PART_BEFORE.search(text, max(0, number.start - 12), number.start) is not None
        and _VOTE_NAMED.search(text) is None
    )


# A small count in words in a sentence of seats that names no vote nor ballot is a count of
# seats ("of the three indigenous seats, X garnered two"): news spells out few seats, and
# spells a vote count only with its unit ("won by two votes")
_SEATS_IN_WORDS_MAX = 12


def _seats_in_words(text: str, number: numbers.NumberMention) -> bool:
    return (
        number.words
        and not number.percent
        and number.value <= _SEATS_IN_WORDS_MAX
        and "seat" in text
        and _VOTE_NAMED.search(text) is None
    )


# A count split by the sides of one body its votes came from, the next part after "and":
# "received 156 votes from ruling party deputies and four (votes) from independent deputies"
# (each is only a part; votes of two kinds are each a tally: "149 from lawmakers and 36 from
# prefectural chapters")
_PART_FROM_AFTER = patterns.compile(
    r"(?: votes?)? from (?!the (?:first|second|third|last|previous|earlier)\b)[^,.;:()]{0,60}?"
    r"\b(\w+) and (?:\d[\d,]*|[a-z]+) (?:(?:more |other )?votes? )?from (?:[^,.;:()]{1,40}? )?"
    r"\1\b",
    re.IGNORECASE,
)


# "The party also elected five members for its council", "the Assembly elected 18 judges":
# how many seats a vote filled, never a count of votes for the names listed after
_FILLED_VERBS = ("elected", "elects", "electing", "elect", "chose", "chooses", "choose")
_FILLED_ENDINGS = tuple(f"{verb} " for verb in _FILLED_VERBS)
_SEATS_FILLED = patterns.compile(rf"\b(?:{'|'.join(_FILLED_VERBS)}) $", re.IGNORECASE)
_FILLED = patterns.compile(
    r"\s+(?:new |other |more |additional |non-permanent )?(?:members|judges|deputies|councillors|"
    r"councilors|commissioners|vice-presidents|vice-chairs|trustees|directors)\b",
    re.IGNORECASE,
)


_PEOPLE_VOTED_FOR = patterns.compile(
    # (or as a share's count: "35.4% of the votes, with 1,975,056 people having voted for him")
    r"\s*people (?:(?:having )?voted for|voting for|supported|backed|chose|"
    r"cast (?:their )?(?:votes|ballots) for)\b"
)


# a count of voters set after a share by a dash: "won 4.02% of the vote — 629,116 people."
_SHARE_DASH_BEFORE = patterns.compile(
    r"(?:%|per ?cent) of (?:the )?(?:votes?|ballots?)\s*[—–-]\s*$", re.IGNORECASE
)
_PEOPLE_END = patterns.compile(r"\s*people\s*(?:[.;]|$)")
# "took 9.6% – 84,210 votes.": a share, then its count set off by a dash and closing the clause;
# no range of shares ("7.3% – 9.1%") nor a lead ("– 12,000 votes more than Y")
_DASH_COUNT_CLOSING = patterns.compile(r"\s*[–—-]\s*\d[\d,]{0,14}\s+votes?\s*(?:[.,;)]|$)")


# what makes the sentence about a vote's result: a word for one, or the share the count makes
_RESULT_WORD = patterns.compile(
    r"\b(?:vot|ballot|result|count|poll)|which (?:makes|made|represents|amounts to) [0-9.]+ ?"
    r"(?:%|per ?cent)",
    re.IGNORECASE,
)


# "a split of about 60-40 in favour of X", "the same 60/40 split": a proportion, no count
_SPLIT_RATIO_BEFORE = patterns.compile(
    r"\bsplit (?:of )?(?:about |around |roughly |some |nearly |almost |approximately )?"
    r"(?:\d+\s*[-–/]\s*)?$",
    re.IGNORECASE,
)
_SPLIT_RATIO_AFTER = patterns.compile(r"(?:\s*[-–/]\s*\d+)?\s*(?:%|per ?cent)?\s*split\b", re.I)


# "a 38-38 tie between X and Y": both sides of a tied score are counts
_TIE_AFTER = patterns.compile(r"(?:\s*[-–]\s*\d[\d,]*)?\s+(?:tie|deadlock|dead heat) between\b")
_TIE_FIRST_BEFORE = patterns.compile(r"\d\s*[-–]\s*$")


def _tied_score(text: str, before: str, number: numbers.NumberMention) -> bool:
    after = _TIE_AFTER.match(text, number.end)
    if after is None:
        return False
    first = after.group().lstrip()[:1] in "-–"  # "38-38 tie": the first side has the dash after
    return first or bool(_TIE_FIRST_BEFORE.search(before))


# "resulted in a tied vote of 5-5", "X and Y tied 6-6", "ended on a 108-108 tie": a score of
# equal sides that the text calls a tie, both sides counts (where "5-5" alone may be a range)
_EQUAL_TIE = patterns.compile(
    r"\btied(?: (?:vote|ballot|poll))?(?: of| at| on)? (\d[\d,]*)\s*[-–]\s*(\d[\d,]*)\b|"
    r"\b(\d[\d,]*)\s*[-–]\s*(\d[\d,]*) (?:tie|deadlock)\b",
    re.IGNORECASE,
)


def _equal_tie(text: str, number: numbers.NumberMention) -> bool:
    """Whether `number` is a side of a score of equal sides called a tie."""
    for m in _EQUAL_TIE.finditer(text, max(0, number.start - 30), number.end + 30):
        first, second = (g for g in m.groups() if g is not None)
        if m.start() <= number.start < m.end() and first == second:
            return True
    return False


def _split_ratio(before: str, after: str) -> bool:
    if "split" in before:
        return bool(_SPLIT_RATIO_BEFORE.search(before))
    return "split" in after and bool(_SPLIT_RATIO_AFTER.match(after))


# "got one vote for every five won by X", "two ballots to every three": a ratio between
# counts the text gives elsewhere (or nowhere), neither side a count
_FOR_EVERY_AFTER = patterns.compile(
    r"\s+(?:(?:votes?|ballots?)\s+)?(?:for|to|in|out of)\s+every\b", re.IGNORECASE
)


# "71,996 votes, representing 37.41 per cent ahead of two others": the count's share, what
# follows it says where it stood
_SHARE_OF_COUNT_BEFORE = patterns.compile(
    r"\d votes?,? (?:representing|translating (?:in)?to|or) $", re.IGNORECASE
)


# "won four out of five previous elections", "won two of the last three terms": contests
# won over the years, no count of votes (the whole's words may run past the window after)
_CONTESTS_WON_AFTER = patterns.compile(
    r"\s+(?:out )?of (?:the |his |her |its |their |all )?"
    r"(?:(?!(?:votes?|ballots?|in)\b)[\w-]+ ){0,3}?"
    r"(?:elections|races|contests|terms|polls|primaries|rounds)\b",
    re.IGNORECASE,
)

# "X, considered one of the favourites, came third": one among a group, not one vote (but
# "got one of the 12 votes", "won one of the remaining ballots" stay counts; "received one
# of the highest votes" ranks a count among others)
_ONE_OF_GROUP = patterns.compile(
    r"\s+of\s+(?:the|his|her|its|their|those|these|many)\s+(?!\d)"
    r"(?!(?!(?:highest|largest|biggest|greatest|most|best|top|lowest|smallest)\b)"
    r"(?:[\w-]+\s+)?(?:votes?|ballots?)\b)",
    re.IGNORECASE,
)
# "I was one of 23 members voting for X", "one of 40 delegates who backed Y": one voter among
# a counted group of voters, never a count of votes (but "got one of 12 votes" stays one)
_ONE_OF_COUNTED = patterns.compile(
    r"\s+of\s+(?:the\s+)?\d[\d,]*\s+(?!(?:votes?|ballots?|preferences?)\b)[a-z]",
    re.IGNORECASE,
)

# "the support of five members of the PPP, two of the PTIP ..., securing a total of sixteen
# votes": one party's part of a total stated after it, not the whole count
_PARTY_PART_AFTER = patterns.compile(
    r"\s+(?:(?:members|MPs|MLAs|MPAs|legislators|lawmakers|deputies|votes)\s+)?(?:of|from)\s+"
    r"(?:the\s+)?(?-i:[A-Z])"
    r"[^.;]*\b(?:a|in|for a) total of\b",
    re.IGNORECASE,
)


def _bracketed_word_count_of_no_vote(text: str, number: numbers.NumberMention) -> bool:
    """ "predecessors came from the UK, the US (two), India": a count in words alone in
    brackets, in a sentence that speaks of no vote and brackets no count in digits, counts
    something else (where "Fiji (one) did not receive enough votes" and "the results: Chile
    (98), Peru (55) and Fiji (one)" are votes)."""
    return (
        text.startswith("(", number.start - 1)
        and text.startswith(")", number.end)
        and _DIGITS_BRACKETED.search(text) is None
        and BALLOT_WORD.search(text) is None
    )


_DIGITS_BRACKETED = patterns.compile(r"\(\d")


# A sign glued to a number after a space or a bracket: "(73% +13%)", "[46.7%; -9.6%]", "+1,204"
# is a change on the last election, never a count or a share (a range's dash follows a digit:
# "12-15%", a row's dash a space: "Doe (Green) - 358")
_SIGNS = frozenset("+-−±")
_BEFORE_SIGN = frozenset(" ([;,\t\n")


# "50.6% -923,592 votes- of the total": a count set off by hyphens glued to it, no sign
# "Kofi Mensah (2) had 1,905 votes": a small bracketed number telling two namesakes apart,
# the count after the verb that follows it is the person's
_NAMESAKE_TAG_AFTER = patterns.compile(
    r"\) (?:had|got|received|polled|garnered|obtained|secured|scored|won|managed|took) "
    r"(?:only |just |a paltry )?\d[\d,]{0,12}(?: votes?\b| ?%| per ?cent\b)"
)
_HYPHEN_ASIDE_CLOSE = patterns.compile(r"\s*(?:votes?|ballots?)-(?![\w\d])", re.IGNORECASE)


# "Y Yabagi -43,924": a results row's dash, the count grouped by thousands and closing the line
# after a capitalised name ("a swing of -4.2%", "fell to -3 degrees" keep their sign)
_ROW_DASH_COUNT = patterns.compile(r" -[1-9][0-9]{0,2}(?:,[0-9]{3})++[^\S\n]*+(?:\n|$)")


def _signed(text: str, start: int) -> bool:
    return (
        start > 0
        and text[start - 1] in _SIGNS
        and (start == 1 or text[start - 2] in _BEFORE_SIGN)
        and not _row_dash(text, start)
    )


def _row_dash(text: str, start: int) -> bool:
    if text[start - 1] != "-" or start < 4 or text[start - 2] != " ":
        return False
    k = start - 3
    while k > 0 and text[k - 1].isalpha():
        k -= 1
    return text[k].isupper() and _ROW_DASH_COUNT.match(text, start - 2) is not None


# "40% of Joe Bloggs's transfers", "15% of Y and Z's vote": a share of the votes named
# people passed on in a preferential count (capitalised names only: "60% of the party's
# votes" may be the whole vote of a primary)
_SHARE_OF_ANOTHERS = patterns.compile(
    r" of (?:[A-Z][\w'’.-]*,? (?:and )?){1,6}?[A-Z][\w'’.-]*?['’]s? "
    r"(?:(?:remaining|surplus|first[- ]preference|second[- ]preference|transferred) )?"
    r"(?:votes?|transfers|surplus|preferences|ballots)\b"
)

# "one vote from Mr Y's total", "120 votes from Y's surplus": votes passed on from another's
# pile in a preferential count
_COUNT_FROM_ANOTHERS = patterns.compile(
    r" votes? from (?:[A-Z][\w'’.-]*,? (?:and )?){1,6}?[A-Z][\w'’.-]*?['’]s? "
    r"(?:(?:remaining|surplus|first[- ]preference|second[- ]preference) )?"
    r"(?:total|surplus|transfers|preferences|votes|ballots|tally|pile)\b"
)

# A results row opening on a numbered seat, "Tongatapu 4 Mere Kioa 761 (new)", "TBU 6 Sione
# Havea": one or two capitalised words at the line's start, a small number, then a person's
# name (two capitalised words, an okina or apostrophe allowed before one); not a country's
# "Brazil 12" before another's, the votes of a UN list
_SEAT_LABEL_MAX = 40
# A party-vote table's row flattened: "National Party 1,152,075 44.4% 41 15 56", "... 998,813
# 46.0 41 17 58": a count, its share (the unit may be in the header only), then seat columns
_SEAT_COLUMN_MAX = 400
_ZERO_DECIMAL = patterns.compile(r"\d{1,3}\.00?")  # not "1.000", a thousand in European style
_SEAT_COLUMNS_BEFORE = patterns.compile(r"\d[\d,]{3,} \d{1,2}(?:\.\d+%?|%) (?:\d{1,3} ){0,3}$")
_SEAT_LABEL_BEFORE = patterns.compile(r"[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)? ")
_PERSON_AFTER = patterns.compile(r" ['‘ʻ]?[A-Z][a-z][\w'’-]* ['‘ʻ]?[A-Z][a-z]")


# "In Tongatapu 3, where ...": a numbered seat opening its clause (not "in Ohio 52%")
_IN_NUMBERED_SEAT = patterns.compile(r"(?:^|[.;,]\s*)In [A-Z][\w'’-]+ $")


def _seat_label(text: str, number: numbers.NumberMention) -> bool:
    if number.percent or number.words or not isinstance(number.value, int):
        return False
    start = text.rfind("\n", 0, number.start) + 1
    label = _SEAT_LABEL_BEFORE.fullmatch(text, start, number.start)
    return (
        label is not None
        and _PERSON_AFTER.match(text, number.end) is not None
        and lookup(label.group().strip()) is None
    )


# A group's name in quotes closed by a number: “Solid 7”, "Gang of 4", "Group 20"
_CLOSING_QUOTES = ("”", '"')
_QUOTED_LABEL_BEFORE = patterns.compile(
    r"[“\"](?:[A-Z][\w’'-]*|of) (?:(?:[A-Z][\w’'-]*|of) ){0,3}$"
)


# A party leadership vote counted in points (Japan's parties weigh members' ballots so): "In
# the runoff, X secured 232 points", "led the first round with 267 points"; not a lead ("by 5
# points", "12 points ahead") nor a poll's "percentage points"
_POINTS_ROUND = patterns.compile(
    r"\b(?:first|second|final) round\b|\brun-?off\b|\beliminated\b|"
    r"\bleadership (?:vote|election|race|contest|ballot)\b",
    re.I,
)
_POINTS_MARGIN_AFTER = patterns.compile(
    r" points?\b,? (?:ahead|behind|more|fewer|less|lead|clear|short|up|down|higher|lower)\b"
)


def _round_points(text: str, before: str, after: str) -> bool:
    """Whether "N points" counts a candidate's points in a round of a party's vote."""
    return (
        not before.endswith(("by ", "of "))
        and not _POINTS_MARGIN_AFTER.match(after)
        and _POINTS_ROUND.search(text) is not None
    )


def _no_vote_before() -> bool:
    return False


def _zero_padded(number: numbers.NumberMention) -> bool:
    """Whether a whole number is written with a leading zero ("01", "007"): a label's or a
    ballot position's, unless votes follow it ("secured 02 votes", South Asian press)."""
    digits = number.text
    return len(digits) >= 2 and digits[0] == "0" and digits.isdigit()


def may_be_tally(
    text: str, number: numbers.NumberMention, vote_before: Callable[[], bool] = _no_vote_before
) -> bool:
    """Whether `number` may be a count or share of votes; `vote_before()`: whether the
    sentence before spoke of a vote (a bare score after it may be the next round's), asked
    only of a bare score after a verb of defeat, as finding that sentence may cost a split."""
    value = number.value
    if _signed(text, number.start) and not _HYPHEN_ASIDE_CLOSE.match(text, number.end):
        return False  # "Labour 1,961 (73% +13%)": the change since the last election
    if (
        value <= 9
        and text.endswith("(", 0, number.start)
        and _NAMESAKE_TAG_AFTER.match(text, number.end)
    ):
        return False  # "Kofi Mensah (2) had 1,905 votes": which namesake, no count
    if number.text[0] == "0" and _zero_padded(number) and not VOTES_AFTER.match(text, number.end):
        return False  # "Paslon 02 X-Y won 70,778 votes": a ballot number (not "secured 02 votes")
    if value == 1 and number.words and _ONE_OF_GROUP.match(text, number.end):
        return False
    if value == 1 and number.words and _ONE_OF_COUNTED.match(text, number.end):
        return False
    if "total of" in text and _PARTY_PART_AFTER.match(text, number.end):
        return False
    if number.words and _bracketed_word_count_of_no_vote(text, number):
        return False
    if not number.percent:
        if not isinstance(value, int) or value > MAX_VOTES:
            return False
        if 1900 <= value <= 2100 and not number.words and "," not in number.text:
            after = text[number.end : number.end + 12]
            # ("a total of 1963 vote": a total is never a year, whatever unit follows)
            if (
                not _YEAR_COUNT_AFTER.match(after)
                and not text.endswith("total of ", 0, number.start)
                and not _year_like_row_count(text, number)
            ):
                return False
        if 1700 <= value < 1900 and "," not in number.text and _year_span(text, number):
            return False  # "served as president from 1869 to 1877": an older span of years
    before = text[max(0, number.start - 30) : number.start]
    after = text[number.end : number.end + 30]
    if _split_ratio(before, after):
        return False
    if after.startswith(" for ") and "urnout" in text and _turnout_stated(text, number):
        return False  # "Turnout was 57.1 percent for the vote for X seats": who came, no share
    if " against " in after and _AGAINST_PERSON_AFTER.match(after):
        return False  # "cops 39 votes against him": the count against the one named
    if after[:2].lstrip(",.")[:1] in _CLOSING_QUOTES and _QUOTED_LABEL_BEFORE.search(before):
        return False  # "part of the “Solid 7,” bloc": a group's quoted name, not a count
    if ("every" in after and _FOR_EVERY_AFTER.match(after)) or before.endswith(" every "):
        return False  # "one vote for every five garnered by X": a ratio, no count
    if " between" in after and _tied_score(text, before, number):
        return True
    if ("tie" in before or "tie" in after) and _equal_tie(text, number):
        return True
    if "majority" in before and _MAJORITY_OVER.search(before) and _OVER_RIVAL_AFTER.match(after):
        return False  # "elected by a majority of 54 votes over Y": the margin over Y
    if (
        "majority" in before
        and _OUT_OF_WHOLE_AFTER.match(after)
        and _GOT_MAJORITY.search(text, max(0, number.start - 60), number.start)
    ):
        return True  # "getting a majority of 184 votes out of 192": the count of the whole
    if "people" in after and _PEOPLE_VOTED_FOR.match(after) and _RESULT_WORD.search(text):
        return True  # "the final results: 4,741,868 people supported X" (not at a rally)
    if "people" in after and _SHARE_DASH_BEFORE.search(before) and _PEOPLE_END.match(after):
        return True  # "won 4.02% of the vote — 629,116 people.": the share's count of voters
    if after.startswith("/") and _count_of_total(text, number):
        return True  # "elected with 86/154 votes": a count and the votes cast, no date
    over = text[number.end : number.end + 100]  # "a 2,310 to 1,874 majority for X over Y"
    if (" over " in over or " against " in over) and _victory_score(text, number):
        return True  # "a landslide 139-25 victory over Y": both sides' counts, no range
    if _count_range(text, number):
        return False  # "the US received 12-14 votes in every round": a range, not a score
    # (past the window before: "by an executive committee vote of" runs long)
    tally_before = _TALLY_BEFORE.search(text, max(0, number.start - 72), number.start)
    if tally_before or _SCORE_AFTER.match(after) or _favour_score(text, number):
        return True  # "by a vote of 183", "by an absolute majority of 104", "a 216-212 vote"
    if "by " in before[-8:] and _won_by_score(text, number):
        return True  # "X won by 27-23, with two invalid votes, in a secret ballot"
    if "margin of " in before[-20:] and _margin_score(text, number):
        return True  # "winning the vote by a margin of 47 to 24": both sides, no gap
    if before.endswith("by ") and _later_round_score(text, number):
        return True  # "led Y by 92 votes to 79; on the second by 98 to 72": a score again
    if before.endswith("by ") and _beaten_by_score(text, number):
        return True  # "X defeated Y by 39-13": both sides' counts, no margin
    if before.endswith("elected, by "):
        return True  # "the Assembly elected, by 178 votes, X": set off, the count
    if before.endswith("by ") and _OUT_OF_TOTAL_AFTER.match(after):
        return True  # "elected X by 95 out of 158 votes": a count of the whole, no margin
    if before.endswith("by ") and _AGAINST_COUNT_AFTER.match(after):
        return True  # "won by 33 votes against 28 for Y": the winner's count, no margin
    if before.endswith("by ") and _smaller_rival_count_after(text, number):
        return True  # "won by 50 votes, while his rival won only 4 votes": counts, no margin
    if before.endswith("by ") and _elected_by_voters(before, after):
        return True  # "was voted in by 139 councillors": those who elected, no margin
    if number.percent and before.endswith(" by ") and _elliptic_backed_by(text, number):
        return True  # "X was backed by 5.8 percent of voters, Y by 5.0 percent": Y's share
    if (
        "majority" in before
        and _MAJORITY_OF_BEFORE.search(before)
        and BACKERS_AFTER.match(text, number.end)
    ):
        return True  # "a majority of 121 delegates backed X"
    if before.endswith("followed by ") and _FOR_NAME_AFTER.match(text, number.end + 1):
        return True  # "followed by 162 votes for Y": Y's count after the leader's
    if before.endswith("by ") and _OVER_NEEDED_AFTER.match(text, number.end):
        return True  # "won the seat by 151 votes, 23 more than the required 128"
    if (
        number.percent
        and value > 50
        and "majority" in before
        and _WON_WITH_MAJORITY.search(text, max(0, number.start - 60), number.start)
    ):
        return True  # "won the leadership with a majority of 59.5%": more than half, a share
    if (
        number.percent
        and before.endswith(("by ", "margin of "))
        and _SHARE_SCORE_AFTER.match(after)
    ):
        return True  # "won the run-off by (a margin of) 54.6% to 45.4%": both shares
    if number.percent and (_split_shares(value, before, after) or lead_shares(text, number.start)):
        return True  # "defeated Y 54-46 per cent", "a 49-47 percent lead": shares, no range
    if before.endswith(_NEEDED_ENDINGS) and _got_the_needed(text, number.start):
        return True  # "Norway got the needed 115 votes": its count, the bar as well
    if after.startswith(_STATES_AFTER) and _STATES_CARRIED.search(before) and _STATES.match(after):
        return False  # "won 26 states" in a presidential race: states carried, not votes
    if (
        number.percent
        and before.endswith("by ")
        and _OF_THE_VOTE_AFTER.match(after)
        and _ELECTED_BY_SHARE.search(text, 0, number.end)
    ):
        return True  # "was elected president by 96.9% of valid votes": a share, no margin
    if before.endswith(("and ", ", ")) and _margin_continued(text, number):
        return False  # "lost by two votes to Y and 32 votes to Z": a second margin
    if " over " in after[:12] and _MARGIN_OVER_RIVAL.match(text, number.end):
        return False  # "received three votes over his Socialist rival": the margin
    if (
        (_not_tally_before(before) and not _exact_after_approximate(before, number))
        or _membership(before, after)
        or before.endswith(_CURRENCY)
    ):
        return False
    if value == 1 and number.words and _ONE_OF_SUPERLATIVE.match(after):
        return False
    if (
        value == 1
        and number.words
        and before.endswith(_ONE_PRONOUN_ENDINGS)
        and _ONE_PRONOUN_AFTER.match(after)
    ):
        return False  # "drew the one for Y from the box": a pronoun for a thing, no count
    if before.endswith(_MEASURE_ENDINGS):
        return False  # "Oregon Measure 12", "Question 2": a ballot measure's number
    if before.endswith(_REFERENCE_ENDINGS) and _REFERENCE_BEFORE.search(before):
        return False  # "restricted under Rule 92 to X and Y": the rule's number
    if value <= 31 and before.endswith(_RANGE_END_ENDINGS) and _day_range_end(text, number):
        return False  # "from May 3 to 19 for the Games": a range's last day, no count
    if not number.percent and "." in number.text and _ZERO_DECIMAL.fullmatch(number.text):
        return False  # "46.0" in a share column whose "%" the header holds: no count
    if (
        not number.percent
        and value <= _SEAT_COLUMN_MAX
        and ("%" in before or "." in before)
        and _SEAT_COLUMNS_BEFORE.search(before)
    ):
        return False  # "National Party 1,152,075 44.4% 41 15 56": seats won, after the share
    if number.start < 40 and value <= _SEAT_LABEL_MAX and _seat_label(text, number):
        return False  # "Tongatapu 4 Mere Kioa 761": the fourth seat's row, whose count follows
    if value <= _SEAT_LABEL_MAX and after.startswith(",") and _IN_NUMBERED_SEAT.search(before):
        return False  # "In Tongatapu 3, where X did not stand, ...": the place's number
    if before.endswith(_ROUND_LABEL_ENDINGS) and _round_label(value, after):
        return False  # "eliminated in round three with 4,662 votes": which round, no count
    if _gap_stated(text, number):
        return False  # "The margin between the two now stands at 860,166 votes"
    if holds_any(_VOIDED_WORDS, text) and _VOIDED_AFTER.match(text, number.end):
        return False  # "seven votes cast in favour of X were rejected": none of X's count
    if _foreseen(before):
        return False  # "X is expected to win 61 votes", "X could win 54%": not yet cast
    if before.endswith(_BACKING_ENDINGS) and _NOMINATION_PURPOSE.search(text):
        return False  # "For his nomination, X had the backing of 1,080 delegates": no vote
    if before.endswith(_GOT_VERB_ENDINGS) and _nobody_got(text, number.start):
        return False  # "a runoff after none of the candidates got 50 percent": a bar unmet
    if "seat" in before and _SEATS_COMPARED_BEFORE.search(text, 0, number.start):
        return False  # "has 48 seats compared with 50 on election night": seats too
    if (
        "seat" in before
        and not number.percent
        and (bracket := _SEATS_BRACKET_BEFORE.search(before))
        and (bracket.group("compared") or _IN_YEAR_AFTER.match(after))
    ):
        return False  # "won 11 seats (14 in 2016)": the seats of another year
    if _seats_by_ellipsis(text, number):
        return False
    if not number.percent and _SEAT_RUN_AFTER.match(text, number.end, number.end + _SEAT_RUN_REACH):
        return False  # the first counts of a run of seats, however long the run
    if _in_parallel_runs(text, number):
        return False  # two subjects' counts spread over places, "in that order"
    if _seats_in_words(text, number):
        return False  # "the KMT garnered two in each" of the seats: a party's seats, in words
    if " of " in after[:9] and _CONTESTS_WON_AFTER.match(text, number.end):
        return False  # "won four out of five previous elections": contests won, no count
    if " of th" in after[:12] and _part_of_those(text, number):
        return False  # "X has won 299 of these": a part of places named before, no tally
    if " from " in after[:12] and _PART_FROM_AFTER.match(text, number.end):
        return False  # "received 156 votes from ND deputies and four from independents": a part
    if before.endswith(_FILLED_ENDINGS) and _SEATS_FILLED.search(before) and _FILLED.match(after):
        return False  # "The party also elected five members for its council": seats filled
    if before.endswith(_EACH_HAS_ENDINGS) and _EACH_HAS_BEFORE.search(
        text, max(0, number.start - 60), number.start
    ):
        return False  # "each member country has one vote": the rule of the vote
    if before.endswith(_PLACE_WORDS) and _PLACE_NUMBER_BEFORE.search(before):
        return False
    if (
        before.endswith(_LOWER_PLACE_WORDS)
        and not number.percent
        and value < 1000
        and _LOWER_PLACE_BEFORE.search(before)
    ):
        return False  # "won ward 4 with 1145 votes", "in district 12": which place
    if after.startswith(". ") and scan.dotted_date_at(text, number.start):
        return False  # "am Sonntag, 27. September": a day of the month, no count
    if _gathering(before, after, text, number.start):
        return False
    if "ahead" in after and _count_ahead_of_rival(text, number):
        return True  # "X polled 115 ahead of Y (88)": X's count, Y's after it, no lead
    if _SHARE_OF_NEEDED.match(text, number.end):
        return False  # "has 77 percent of the delegates needed to win": a share of the bar
    score_end = _beaten_score_end(text, number, vote_before)
    if score_end is not None:  # what follows the whole score decides ("51-43 in June" is no score)
        return not _NOT_TALLY_AFTER.match(text[score_end : score_end + 30])
    if _game_score(text, number):
        return False
    points = after.startswith(" points") and _round_points(text, before, after)
    if (
        _NOT_TALLY_AFTER.match(after)
        and not (number.percent and _AND_AFTER.match(after))
        and not points
        and not (number.percent and _SHARE_OF_COUNT_BEFORE.search(before))
        and not (value > 100 and _SHARE_COLUMN_AFTER.match(after))
        and not (number.percent and _DASH_COUNT_CLOSING.match(text, number.end))
    ):
        return False  # a share stays one beside a count of something else ("11.5% and 12 seats")
    if not points and _not_of_votes(text, number):
        return False
    if number.percent and after.startswith(" in ") and _SHARE_IN_AREAS.match(text, number.end):
        return False  # "25 percent in 29 counties": a spread over areas, no tally
    if number.percent and after.startswith(" of ") and _SHARE_OF_ANOTHERS.match(text, number.end):
        return False  # "received 40% of Y's transfers": a share of votes passed on, no tally
    if after.startswith(" vote") and _COUNT_FROM_ANOTHERS.match(text, number.end):
        return False  # "received one vote from Mr Y's total of three": a transfer, no tally
    if "total" in text and _GAIN_THEN_TOTAL.match(text, number.end, number.end + _TOTAL_REACH):
        return False  # "gained 980, bringing her total to 47,105": the gain, no tally
    return not (
        _RANGE_BEFORE.search(before)
        and not _RANGE_START_BEFORE.search(before)
        and not (number.percent and _COUNT_COLUMN_BEFORE.search(before))
        and not _VOTE_OF_SCORE_BEFORE.search(before)
        and not _SCORE_OVER_RIVAL_AFTER.match(text, number.end)
    )


# "Turnout was 57.1 percent for ...", "voter turnout in the hill districts stood at 48% for
# ...": the number a turnout's subject states, whatever vote it was "for" (other turnouts,
# "reached 88.2 percent, Y (71.4 percent)", are _PLACE_FIGURES' in extract)
_TURNOUT_STATED_BEFORE = patterns.compile(
    r"\bturnout(?: rate| figure)?(?: (?:in|for|at|of) [^,.;:\d]{1,50}?)? "
    r"(?:was|is|had been|has been|stood at|stands at|sat at|came to|amounted to|reached|hit)"
    r"(?: (?:just|only|about|around|roughly|some|a low|a record))? $",
    re.IGNORECASE,
)
_TURNOUT_STATED_REACH = 90
# "... 57.1 percent for the vote in the hills and 51.7 percent for the vote in ...": the next
# turnout of a list the first one opens, a vote named after it (never "and 41 percent went to
# X", "and 41 percent for X", a share of the votes)
_FOR_A_VOTE_AFTER = patterns.compile(
    r" for the (?:[\w-]+ ){0,3}?(?:votes?|elections?|ballots?|races?|polls?|contests?)\b",
    re.IGNORECASE,
)
_SHARE_THEN_AND_BEFORE = patterns.compile(
    r"(\d(?:[\d,]*\d)?(?:\.\d+)? ?(?:%|per ?cent))[^.;\d]{1,100}?(?:,|\band) $", re.IGNORECASE
)


def _turnout_stated(text: str, number: numbers.NumberMention) -> bool:
    return _turnout_before(text, number.start, number.end, 3)


def _turnout_before(text: str, start: int, end: int, depth: int) -> bool:
    if _TURNOUT_STATED_BEFORE.search(text, max(0, start - _TURNOUT_STATED_REACH), start):
        return True
    if depth == 0 or not text.endswith(("and ", ", "), 0, start):
        return False
    if not _FOR_A_VOTE_AFTER.match(text, end):
        return False
    previous = _SHARE_THEN_AND_BEFORE.search(text, max(0, start - 130), start)
    return previous is not None and _turnout_before(
        text, previous.start(), previous.start() + len(previous.group(1)), depth - 1
    )


# "has 77 percent of the delegates needed to clinch the nomination", "has 2,141, or 90
# percent of the 2,383 needed": how far one is towards a bar, no share of the votes cast (the
# count before such a share is of the same delegates)
_SHARE_OF_NEEDED = patterns.compile(
    r"(?:\s+delegates)?(?:,?\s+or\s+\d+(?:\.\d+)?\s*(?:%|per ?cent))?\s+of\s+(?:the\s+)?"
    r"(?:\d[\d,]*\s+)?(?:[\w-]+\s+)?(?:needed|required|necessary)\b",
    re.IGNORECASE,
)

# "X polled 115 ahead of Y (88)", "got 64 votes ahead of Y with 40": a count got, then the
# one behind with a smaller count of their own (where "finished 500 votes ahead" is a lead)
_AHEAD_OF_AFTER = patterns.compile(r"\s+(?:votes?\s+)?ahead of\b")
# (the rivals' counts in a relative clause too: "ahead of rivals Y and Z, who got 5878 and
# 3003 votes respectively")
_RIVAL_COUNT_AFTER = patterns.compile(
    r"[^.;\d]{1,60}?(?:\(|\bwith\s+|['’]s\s+|\bwho\s+(?:got|received|polled|won|took|had)\s+)"
    r"(\d{1,3}(?:,\d{3})*|\d+)(?:\)|\s+votes?\b|[,.;]|\s+and\b|$)"
)


def _count_ahead_of_rival(text: str, number: numbers.NumberMention) -> bool:
    if number.percent or not isinstance(number.value, int):
        return False
    ahead = _AHEAD_OF_AFTER.match(text, number.end)
    if ahead is None or not _GOT_BEFORE.search(text, max(0, number.start - 40), number.start):
        return False
    rival = _RIVAL_COUNT_AFTER.match(text, ahead.end())
    return rival is not None and int(rival.group(1).replace(",", "")) < number.value


# "received three votes over his (Socialist) rival": the margin over the one beaten, whose
# own count ("over her rival's 80") would follow
_MARGIN_OVER_RIVAL = patterns.compile(
    r"\s+votes? over (?:his|her|their|its) (?:[\w-]+ ){0,2}?(?:rival|opponent|challenger|"
    r"contender|competitor)s?\b(?!['’])"
    r"(?![^.;]{0,60}\bwho (?:got|received|polled|won|obtained|secured|garnered)\b)"
)


_VOIDED_WORDS = ("reject", "invalid", "spoil", "annul", "discard", "void", "disqualif")
# votes for someone the clause says were thrown out
# (a share of them too, as agency copy words it: "with 0.49% of ballots being damaged or
# recognized as invalid")
_VOIDED_AFTER = patterns.compile(
    r"\s+(?:of (?:the )?)?(?:votes?|ballots?)\b(?:(?!\b(?:while|whereas|but|and)\b)[^.;,\d]){0,80}?"
    r"\b(?:were|was|had been|have been|got|being) "
    r"(?:later |then |all )?(?:rejected|declared (?:invalid|void|null)|invalidated|spoilt|spoiled|"
    r"annulled|discarded|voided|disqualified|damaged|"
    r"(?:recogni[sz]ed|deemed|found|ruled) (?:as )?(?:invalid|void|null))\b",
    re.IGNORECASE,
)

# "after none of the candidates got 50 percent", "no candidate won 40%", "neither contender
# secured 50 percent": the bar no one reached, which an earlier name must not take
_GOT_VERB_ENDINGS = (
    "got ", "won ", "received ", "obtained ", "secured ", "garnered ", "reached ", "gained ",
    "polled ", "achieved ",
)  # fmt: skip
_NOBODY_GOT_BEFORE = patterns.compile(
    r"\b(?:none of the(?: [\w-]+)? (?:candidates|contenders|contestants|nominees|hopefuls)|"
    r"no (?:single |one )?(?:candidate|contender|contestant|nominee|hopeful)|"
    r"neither (?:candidate|contender|contestant|nominee|of them)|nobody|no one)"
    r"(?: [\w-]+){0,2}? (?:got|won|received|obtained|secured|garnered|reached|gained|polled|"
    r"achieved) $",
    re.IGNORECASE,
)


def _nobody_got(text: str, start: int) -> bool:
    return _NOBODY_GOT_BEFORE.search(text, max(0, start - 80), start) is not None


def _got_the_needed(text: str, start: int) -> bool:
    """Whether the bar before `start` is one a verb of getting reached, not denied."""
    got = _GOT_THE_NEEDED.search(text, max(0, start - 30), start)
    if got is None:
        return False
    return not _NOT_GOT_BEFORE.search(text, max(0, got.start() - 60), got.start())


def _gap_stated(text: str, number: numbers.NumberMention) -> bool:
    """Whether the number is what a margin, gap or lead stands at: "The margin between the
    two top contenders now stands at 860,166 votes", "her lead grew to 4,102"."""
    if not holds_any(_GAP_NOUNS, text):  # (the sentence's lower case is kept: not the window's)
        return False
    window = text[max(0, number.start - _GAP_REACH) : number.start]
    return _GAP_STANDS_AT.search(window) is not None


_GAP_REACH = 90
_GAP_NOUNS = ("margin", "gap", "difference", "lead")
_GAP_STANDS_AT = patterns.compile(
    r"\b(?:margin|gap|difference|lead)\b(?: between [^.;]{1,50}?)?(?: now| currently| then)? "
    r"(?:stands|stood|is|was|grows|grew|has grown|had grown|widened|widens|has widened|rose|"
    r"increased|reached|reaches|jumped|narrowed|narrows|has narrowed|shrank|fell) "
    r"(?:at |to )?(?:about |some |nearly |over |just |almost |around )?$",
    re.IGNORECASE,
)


# A sentence that speaks of a vote: its bare scores are counts ("won the seat 132 to 58";
# not "the 60,000-seat stadium")
BALLOT_WORD = Gated(
    ("vot", "ballot", "poll", "elect", "seat", "runoff", "run-off", "chosen over", "selected over"),
    # ("chosen over Y": a choice among candidates, where a team is beaten, not chosen)
    r"\b(?:vot(?:e|es|ed|ing)|ballot(?:s|ing)?|polls?|polling|(?:re-?)?elect\w*|run-?offs?|"
    r"(?:chosen|selected) over)\b|"
    r"\b(?:a|the|its|their|his|her|for|another)"
    r"(?: (?:final|last|vacant|open|remaining|one|sole|single|only|non-?permanent|rotating|"
    r"contested|(?-i:[A-Z])[\w-]*)){0,3} seats?\b",
)  # "for Council seat", "the Security Council seat", "ran for another seat", "the final seat",
# "winning the one seat allocated to Asia", "the non-permanent seat"


_GAME_MAX = 160  # more points than a side scores in any game (basketball's run to 150 or so)
_SCORE_SIDES = patterns.compile(r"\d{1,3}(?:,\d{3})*")


_SCORE_FIRST = patterns.compile(r"\s*[-–]\s*\d{1,3}(?:,\d{3})*\b")


# a digit first, so `re` skips to digits; the lookbehind after it is the word boundary before
_SCORE_SECOND_BEFORE = patterns.compile(r"\d(?<!\w\d)\d{0,2}(?:,\d{3})*\s*[-–]\s*$")


# reach past a long name with its country ("beat Peru's Omar bin Khalid al-Mansour in the final")
# (or trailing or losing: "X trailed Y on the first ballot, 23-19", "X lost to Y 116-77"; or
# beaten: "X was beaten 142-30 by Y")
_BEAT_BEFORE = patterns.compile(
    rf"\b(?:{rules.BEAT_VERBS}|beaten|trailed|trailing|trails|(?:lost|losing|loses) to)\b"
    # (a title's dot is no sentence end: "defeated Sen. Y of Nebraska 39-13")
    rf"(?:[^\d.;:]|\b(?-i:[A-Z][a-z]{{0,3}})\.(?= (?-i:[A-Z]))){{1,110}}$",
    re.IGNORECASE,
)


# "X won the final ballot 48-46 over Y", "won the vote 48-46, beating Y": a score won
# against someone named after it
_RIVAL_AFTER_SCORE = patterns.compile(
    r"(?: votes?)?,? (?:(?-i:[a-z]+ly) )?(?:over|against|beating|defeating|edging(?: out)?|"
    # (the rivals counted or described: "comfortably edging out three other nominees")
    rf"topping) (?:(?-i:[A-Z])|(?:{numbers.count_words(2, 7)}|all|the|his|her|their) "
    r"(?:other |rival |fellow )?(?-i:[A-Z]|[a-z]+(?:s|ent|er|ee)\b))"
)


# "X lost 19-26 to Y": a score lost, the loser's side first, the winner named after it
_LOST_ENDINGS = ("lost ", "losing ", "loses ")
_TO_WINNER_AFTER = patterns.compile(r"(?: votes?)? to (?:the )?(?-i:[A-Z])")
# "Y won the run-off election 138-99.": a score won, the sentence ending on it (the one
# beaten named before it; a game's score only where no vote is spoken of, as below)
_SENTENCE_END = patterns.compile(r"(?: votes?)?\s*\.?\s*$")


def _beaten_score_end(
    text: str, number: numbers.NumberMention, vote_before: Callable[[], bool] = _no_vote_before
) -> int | None:
    """Where the score ends when `number` is one side of a bare score right after a verb of
    defeat ("it defeated Lyon, France, 51-43"): both sides' counts, where elsewhere "51-43"
    is a range. `vote_before()`: whether the sentence before spoke of a vote ("X led with 51
    votes in the first round. Y then defeated X 56-53.")."""
    start, end = number.start, number.end
    first = _SCORE_FIRST.match(text, number.end)
    if first:
        end = first.end()
    else:
        second = _SCORE_SECOND_BEFORE.search(text[max(0, start - 12) : start])
        if not second:
            return None
        start -= len(second.group())
    if (
        not _BEAT_BEFORE.search(text[max(0, start - 125) : start])
        and not (
            _WON_BEFORE.search(text, max(0, start - 60), start)
            and (_RIVAL_AFTER_SCORE.match(text, end) or _SENTENCE_END.match(text, end))
        )
        and not (text.endswith(_LOST_ENDINGS, 0, start) and _TO_WINNER_AFTER.match(text, end))
    ):
        return None
    # Sports reports beat teams by scores too ("Brazil defeated Argentina 2-0"): only a
    # sentence that speaks of a vote gives its score as counts, or a score no game ends with
    # ("beat Y 301-254" among a party's delegates)
    sides = [int(side.replace(",", "")) for side in _SCORE_SIDES.findall(text, start, end)]
    if BALLOT_WORD.search(text) or min(sides) > _GAME_MAX or vote_before():
        return end
    return None


def _beaten_by_score(text: str, number: numbers.NumberMention) -> bool:
    """Whether `number` opens "by N-M" after a verb of defeat, the larger first ("defeated Y
    by 39-13"): a score, where "by 39" alone is a margin and "by 5-10" a range."""
    second = _PAIR_SECOND.match(text, number.end)
    return bool(
        second
        and not number.percent
        and number.value > _count(second.group(1))
        and _beaten_score_end(text, number) is not None
    )


# A bare score "N to M" after a verb of winning or defeat ("the Lakers won 112 to 104",
# "Brazil beat Chile 3 to 1"): a game's score, unless its sentence speaks of a vote
_TO_SCORE_AFTER = patterns.compile(r"\s+to\s+\d")


_TO_SCORE_BEFORE = patterns.compile(r"\d[\d,]*\s+to\s+$")


_WON_BEFORE = patterns.compile(
    rf"\b(?:won|wins|win|winning|prevailed|triumphed|{rules.BEAT_VERBS})\b[^\d.;:]{{0,45}}$",
    re.IGNORECASE,
)


# "won by 27-23": a bare score after a win, counts only in a sentence speaking of votes or a
# ballot (a game's score otherwise: "Leinster won by 27-23")
_WON_BY_SCORE = patterns.compile(
    r"\b(?:won|prevailed|triumphed) by (\d{1,3})(?:[-–]| to )(\d{1,3})\b"  # ("won by 62 to 56")
    r"(?![-–%.,]\d|\s*(?:%|per ?cent))"
)
_VOTES_OR_BALLOT = Gated(("vot", "ballot"), r"\b(?:votes?|voted|voting|ballots?)\b")


# "X led Y by 92 votes to 79; on the second by 98 to 72": a later round's score left bare
# after one told in full
_LATER_ROUND_BY = patterns.compile(
    r"(?:[;,]|\band) (?:and )?(?:in|on) the (?:[a-z]+|\d{1,2}(?:st|nd|rd|th))(?: round| ballot)?,? "
    r"by $",
    re.IGNORECASE,
)
_BARE_SCORE_AFTER = patterns.compile(r"\s+to\s+\d[\d,]*(?:\s+votes?)?\s*(?:[;,.)]|$|and\b)")
_FULL_SCORE_BEFORE = patterns.compile(r"\bby \d[\d,]* votes? to \d")


def _later_round_score(text: str, number: numbers.NumberMention) -> bool:
    """Whether `number` opens a later round's bare "by N to M" after an ordinal, once the
    sentence has told a score in full before it."""
    return bool(
        _LATER_ROUND_BY.search(text, max(0, number.start - 40), number.start)
        and _BARE_SCORE_AFTER.match(text, number.end)
        and _FULL_SCORE_BEFORE.search(text, 0, number.start)
    )


# "by a convincing margin of 47 to 24": a "margin" told as the score itself (a whole count
# each side, never a share's)
# (a constituency's counts run to thousands: "defeated Y by a margin of 1,153 to 559")
_MARGIN_SCORE = patterns.compile(
    r"\bmargin of (\d{1,3}(?:,\d{3})?|\d{4,5})(?: votes?)?(?:[-–]| to )"
    r"(\d{1,3}(?:,\d{3})?|\d{4,5})\b"
    r"(?![-–%.,]\d|\s*(?:%|per ?cent|points|percentage))"
)
_BEATEN_BEFORE_MARGIN = patterns.compile(rf"\b{rules.BEAT_VERBS}\b", re.IGNORECASE)


def _margin_score(text: str, number: numbers.NumberMention) -> bool:
    """Whether `number` is a side of a score told as a margin ("by a margin of 47 to 24") in a
    sentence that speaks of votes or a ballot, or of a defeat ("X defeated Y by a margin of
    1153 to 559"). A count of thousands must lead the other: "a margin of 2,000 to 3,000"
    is a margin's rough size."""
    found = _MARGIN_SCORE.search(text, max(0, number.start - 24), number.end + 14)
    if found is None or number.start not in (found.start(1), found.start(2)):
        return False  # (either side: "to 24" is bare, no unit to read it by)
    first, second = (int(found.group(i).replace(",", "")) for i in (1, 2))
    if max(first, second) >= 1000 and first <= second:
        return False
    return (
        _VOTES_OR_BALLOT.search(text) is not None
        or _BEATEN_BEFORE_MARGIN.search(text, 0, number.start) is not None
    )


# "X trounced its lone rival, Y, by 134 to 65", "X beat Y in the vote by 47 to 24": a bare
# score after a verb of defeat and its object (a margin is "by 69", never "by 134 to 65")
_BEATEN_BY_SCORE = patterns.compile(
    rf"\b{rules.BEAT_VERBS}\b[^\d.;:]{{1,70}}? by (\d{{1,3}})(?:[-–]| to )(\d{{1,3}})\b"
    r"(?![-–%.,]\d|\s*(?:%|per ?cent|points|percentage))",
    re.IGNORECASE,
)


# "X leading over Y by 325 to 198", "X led Y by 412 to 287": a lead told as both sides'
# counts, the larger first (a lead's margin is "by 127", never "by 325 to 198")
_LED_BY_SCORE = Gated(
    ("led", "lead"),
    r"\b(?:led|leads|leading)(?: over)?\b[^\d.;:]{1,70}? by (\d{1,3}(?:,\d{3})?)(?:[-–]| to )"
    r"(\d{1,3}(?:,\d{3})?)\b(?![-–%.,]\d|\s*(?:%|per ?cent|points|percentage))",
)
# a lead's count told in a sentence of results: "Unofficial results show X leading over Y"
_VOTES_OR_RESULTS = Gated(("vot", "ballot", "result"), r"\b(?:vot\w*|ballots?|results?)\b")


def _won_by_score(text: str, number: numbers.NumberMention) -> bool:
    """Whether `number` is one side of a bare score a winner won by ("X won by 27-23", "X
    beat Y by 134 to 65") in a sentence that speaks of votes or a ballot, or of a lead
    ("X leading over Y by 325 to 198") in one that speaks of votes or results."""
    window = _WON_BY_SCORE.search(text, max(0, number.start - 24), number.end + 6)
    if window is None:
        window = _BEATEN_BY_SCORE.search(text, max(0, number.start - 110), number.end + 30)
    if window is None:
        return _led_by_score(text, number)
    if number.start not in (window.start(1), window.start(2)):
        return False
    return _VOTES_OR_BALLOT.search(text) is not None


def _led_by_score(text: str, number: numbers.NumberMention) -> bool:
    """Whether `number` is a side of "led Y by N to M", the larger first, in a sentence of
    votes or results."""
    window = _LED_BY_SCORE.search(text, max(0, number.start - 110), number.end + 30)
    if window is None or number.start not in (window.start(1), window.start(2)):
        return False
    if _count(window.group(1)) <= _count(window.group(2)):
        return False  # "led by 5 to 10": a range
    return _VOTES_OR_RESULTS.search(text) is not None


_MOST_POINTS = 1000  # more than any game's score (a cricket innings stays under it)


def _game_score(text: str, number: numbers.NumberMention) -> bool:
    """Whether `number` is one side of a bare "N to M" score won in a sentence that speaks of
    no vote. The document's election context is no sign: texts about FIFA or the Olympics,
    bodies whose elections votecli reads, are full of games' scores."""
    if number.percent or "to" not in text or number.value >= _MOST_POINTS:
        return False  # "beat Y, 1,350,863 to 1,219,275": no game is scored in thousands
    start = number.start
    if not _TO_SCORE_AFTER.match(text, number.end):
        first = _TO_SCORE_BEFORE.search(text, max(0, start - 16), start)
        if not first:
            return False
        start = first.start()
    won = _WON_BEFORE.search(text, max(0, start - 60), start)
    return bool(won) and not BALLOT_WORD.search(text)


_FAVOUR_AFTER = patterns.compile(r"\s*(?:votes?\s+)?in favou?r of\b", re.IGNORECASE)


# "members voted 47-34 for X": after "voted", a score "for" someone is counts too
_FOR_AFTER = patterns.compile(r"\s*(?:votes?\s+)?for\b", re.IGNORECASE)


# (an adverbial phrase may come between: "voted during a single secret ballot 179-4 for X")
_VOTED_BEFORE = patterns.compile(
    r"\bvot(?:ed|e was|e of)\s+(?:(?:in|during|at|on|by) (?:[A-Za-z’'-]+ ){1,5})?$",
    re.IGNORECASE,
)
_VOTED_REACH = 60  # characters back from the score to "voted"


def _favour_score(text: str, number: numbers.NumberMention) -> bool:
    """Whether `number` is one side of a score for someone ("the vote was 97-95 in favour of
    X", "voted 47-34 for X"): counts, where a bare "97-95" is a range."""
    first = _SCORE_FIRST.match(text, number.end)
    if first:
        return bool(
            _FAVOUR_AFTER.match(text, first.end())
            or (
                _FOR_AFTER.match(text, first.end())
                and _VOTED_BEFORE.search(text, max(0, number.start - _VOTED_REACH), number.start)
            )
        )
    window = max(0, number.start - 12)
    before = text[window : number.start]
    if "-" not in before and "–" not in before:
        return False  # most numbers: no score's dash before them
    second = _SCORE_SECOND_BEFORE.search(before)
    if not second:
        return False
    start = window + second.start()
    return bool(
        _FAVOUR_AFTER.match(text, number.end)
        or (
            _FOR_AFTER.match(text, number.end)
            and _VOTED_BEFORE.search(text, max(0, start - _VOTED_REACH), start)
        )
    )


# "Ward 7 went to X", "in District 12": a place's number (capitalised: "won the district
# 5,400 to 3,200" counts votes); a union's bargaining unit too ("to defend Unit 3")
_PLACE_WORDS = (
    "Ward ", "District ", "Precinct ", "Division ", "Zone ", "Constituency ", "Region ",
    "Sector ", "Circuit ", "Canton ", "Borough ", "Riding ", "Unit ",
)  # fmt: skip


_PLACE_NUMBER_BEFORE = patterns.compile(
    rf"(?<![\w-])(?:{'|'.join(w.strip() for w in _PLACE_WORDS)}) $"
)


# "won ward 4", "in district 12": a place's number after a verb or preposition, lowercase
# (not "won the ward 5,400 to 3,200", whose article leaves a count of votes after it)
_LOWER_PLACE_WORDS = ("ward ", "district ", "precinct ", "constituency ", "division ")
# (or set off after a comma, naming where: "the Y in the Z municipality, ward 4, took")
_LOWER_PLACE_BEFORE = patterns.compile(
    r"(?:\b(?:in|of|for|at|from|to|won|wins|win|winning|retained|retains|kept|held|holds|took|"
    r"takes|captured|lost|loses|gained|flipped|contested|contesting)|[,(]) "
    r"(?:ward|district|precinct|constituency|division) $"
)


# "spent $2 million", "fined up to EGP 500", "Rs. 20,000": a sum of money
_CURRENCY_CODES = (
    "USD EUR GBP JPY CNY RMB INR PKR LKR BDT NPR NGN GHS KES KSh UGX TZS ZAR EGP MAD AUD NZD CAD "
    "CHF SEK NOK DKK RUB UAH TRY BRL MXN ARS CLP COP PEN PHP IDR MYR SGD THB VND KRW Rs Rs. Sh Tk"
)
_CURRENCY = ("$", "€", "£", "¥", "₦", "₹", *(f"{code} " for code in _CURRENCY_CODES.split()))


# "the congress attracted 2,000 delegates", "drew 300 participants": who came, not who voted
_GATHERING_BEFORE = patterns.compile(
    r"\b(?:attract(?:s|ed|ing)?|dr[ae]w(?:s|n|ing)?)\s+"
    r"(?:(?:some|about|around|roughly|nearly|almost|over|more than|just|only)\s+)?$",
    re.IGNORECASE,
)


_GATHERING_AFTER = patterns.compile(
    r"\s+(?:[\w-]+\s+)?(?:delegates|participants|visitors|supporters|people)\b(?!['’])",
    re.IGNORECASE,
)


# "A preselection vote ... for the Y in the seat of Z attracted just 34 ballots": the vote
# itself the subject, the count its turnout (a contestant "attracted 124 ballots" too, so
# only after a vote's noun opening the sentence, with no clause of a contestant between)
_BALLOTS_AFTER = patterns.compile(r"\s+(?:[\w-]+\s+)?(?:ballots|votes|voters)\b")
_VOTE_SUBJECT_START = patterns.compile(
    r"^\W*(?:A|An|The|This|That) (?:[\w-]+ ){0,3}?(?:vote|ballot|preselection|poll|election|"
    r"primary|contest|caucus|by-election)\b(?:(?!\b(?:who|which|while|as|and)\b)[^;:])*$"
)


def _gathering(before: str, after: str, text: str = "", start: int = 0) -> bool:
    """Whether the count is of people who came ("the congress attracted 2,000 delegates"), or
    of a vote's turnout ("the preselection attracted just 34 ballots")."""
    if not _GATHERING_BEFORE.search(before):
        return False
    if _GATHERING_AFTER.match(after):
        return True
    return bool(_BALLOTS_AFTER.match(after) and _VOTE_SUBJECT_START.search(text, 0, start))


# a cheap gate for _MEMBERSHIP_AFTER's words ("arties": a treaty's "States parties/Parties")
_MEMBER_WORD = patterns.compile(r"member|MP|deput|lawmaker|legislat|senator|councillor|arties")


# "the Assembly of States Parties, consisting of 119 countries", "a board comprising 36
# members": what a body is made of, never votes cast
_COMPOSED_OF_BEFORE = patterns.compile(
    r"\b(?:consist(?:s|ing|ed) of|compris(?:es|ing|ed)|composed of|made up of)\s+$",
    re.IGNORECASE,
)
_COMPOSED_OF_AFTER = patterns.compile(
    r"\s+(?:[\w-]+\s+)?(?:members|countries|states|nations|delegations|governments)\b"
    r"(?!\s+(?:voting|backing|supporting|in favou?r|who|that|voted|backed|supported|chose|cast))",
    re.IGNORECASE,
)


def _membership(before: str, after: str) -> bool:
    """Whether the count is of an organisation's members ("a party with 45,000 members", "the
    Assembly, consisting of 119 countries")."""
    cheap = "of " in before[-12:] or "ris" in before[-10:]  # (the cheap test first)
    if cheap and _COMPOSED_OF_BEFORE.search(before) and _COMPOSED_OF_AFTER.match(after):
        return True
    return _MEMBER_WORD.search(after) is not None and bool(
        _MEMBERSHIP_AFTER.match(after) and _MEMBERSHIP_BEFORE.search(before)
    )


# "in which each member country has one vote", "every delegation casts two votes", "each
# nation affiliated to the union has only one vote" (the member qualified, the vote narrowed)
_EACH_HAS_BEFORE = patterns.compile(
    r"\b(?:each|every)(?: [\w-]+){1,5} (?:has|have|had|holds?|casts?|gets?|is given)"
    r"(?: only| just)?\s*$",
    re.IGNORECASE,
)
_EACH_HAS_ENDINGS = (
    "has ", "have ", "had ", "hold ", "holds ", "cast ", "casts ", "get ", "gets ", "given ",
    "only ", "just ",
)  # fmt: skip


# A count foreseen, hoped for or possible, before the votes are cast: "expects to win 61
# votes", "is likely to receive about 61", "could win 54%" (not "would win", which
# narrative uses for what did happen: "Atlanta would win 51 votes in the last round")
_FORESEEN_VERBS = (
    "win get receive secure obtain garner gain poll take collect capture attract muster score "
    "clinch"
).split()
_FORESEEN_QUANTITIES = (
    "about", "around", "roughly", "some", "nearly", "almost", "up to", "at least", "as many as",
    "more than", "over",
)  # fmt: skip
# what might have been: "Y would have picked up two", "X could have won 48 votes"
_COUNTERFACTUAL_VERBS = (
    "won", "got", "gotten", "received", "secured", "obtained", "garnered", "gained", "polled",
    "taken", "picked up", "collected", "captured", "attracted", "mustered", "scored",
)  # fmt: skip
_COUNTERFACTUAL = (
    rf"(?:would|could|might|should)(?: not)? have (?:\w+ )?(?:{'|'.join(_COUNTERFACTUAL_VERBS)})"
)
_FORESEEN_BEFORE = patterns.compile(
    rf"\b{_COUNTERFACTUAL}(?: (?:{'|'.join(_FORESEEN_QUANTITIES)}))? $|"
    r"\b(?:(?:(?:expect|hope|aim|want|plan|intend|seek)(?:s|ed|ing)?|hoping|aiming|"
    r"(?:is|are|was|were|seems?|looks?) (?:set|likely|unlikely|projected|forecast|predicted|"
    r"tipped|poised|expected|certain|sure|bound)|on (?:course|track)|stands?) to|"
    # (not "could only garner 1,897 votes": what was all one got, told after the count)
    r"(?:will|could(?! only)|may|might|should|can|shall)(?: (?:easily|still|only|likely|probably))?|"
    rf"\w'll) (?:{'|'.join(_FORESEEN_VERBS)})(?: (?:{'|'.join(_FORESEEN_QUANTITIES)}))? $",
    re.IGNORECASE,
)
# What the window before such a count ends with: a verb or a quantity's last word
# (`str.endswith` on a tuple runs at C speed; most numbers fail it, and the pattern is tried
# on the few that pass)
_FORESEEN_ENDINGS = tuple(
    f"{phrase.split()[-1]} "
    for phrase in (*_FORESEEN_VERBS, *_FORESEEN_QUANTITIES, *_COUNTERFACTUAL_VERBS)
)


# backers gathered to stand, not votes cast: "For her nomination, X had the support of 120
# delegates", "X secured the backing of 35 MPs to get on the ballot" (the candidate's own
# nomination or place on the ballot; "won the support of 29 states" stays a count)
_BACKING_ENDINGS = ("backing of ", "support of ", "endorsement of ", "endorsements of ")
_NOMINATION_PURPOSE = patterns.compile(
    r"\b(?:for (?:his|her|their|its) (?:re-?)?(?:nomination|candidacy|candidature)|"
    r"to (?:get|be|appear) on the (?:leadership )?ballot|to (?:be )?nominated?)\b",
    re.IGNORECASE,
)


def _foreseen(before: str) -> bool:
    return before.endswith(_FORESEEN_ENDINGS) and bool(_FORESEEN_BEFORE.search(before))


def _elected_by_voters(before: str, after: str) -> bool:
    """Whether "by" before the number gives the count of those who elected ("voted in by
    139 councillors", "elected by 40 delegates", "voted for by 35 votes")."""
    elected = _ELECTED_BY_BEFORE.search(before, max(0, len(before) - 30))
    if elected is None:
        return False
    voted = elected.group("voted").lower().startswith("voted")
    return (
        voted or _ELECTORS_AFTER.match(after) is not None or _TO_BODY_AFTER.match(after) is not None
    )


# a margin over (or behind) one rival, then the next number's over another: "lost by two
# votes to Y and 32 votes to Z", "won by 5 votes over Y, 12 over Z"
_MARGIN_CONTINUED = patterns.compile(
    r"\bby (?:just |only |a mere )?(?:\d[\d,]*|[a-z-]+) votes? (?:to|over) (?!\d)"
    r"[^\d.;<>]{1,40}?(?:,|,? and) $"
)


def _margin_continued(text: str, number: numbers.NumberMention) -> bool:
    window = text[max(0, number.start - 80) : number.start]
    return "by " in window and _MARGIN_CONTINUED.search(window) is not None


def _not_tally_before(before: str) -> bool:
    """Whether `before` ends with one of NOT_TALLY_WORDS as a whole word (then spaces).
    `str.endswith` on a tuple runs at C speed; a regex anchored at the end would try every
    position of the window first. Only the words ending in the tail's last letter can match:
    tried alone (in NOT_TALLY_WORDS' order), they are a tenth of the 120 (a fifth of the time)."""
    tail = before.rstrip().lower()
    words = _NOT_TALLY_BY_LAST.get(tail[-1:])
    if words is None or not tail.endswith(words):
        return False
    for word in words:
        start = len(tail) - len(word)
        if tail.endswith(word) and (start == 0 or not _word_char(tail[start - 1])):
            if word == "maximum of" and _MOST_GOT_BEFORE.search(tail[max(0, start - 24) : start]):
                return False  # "scored the maximum of 146 votes": the most, not a cap
            # ("backed by just 40 delegates": those who backed, no margin)
            return not word.startswith("by") or not (tail[:start] + "by").endswith(SUPPORTED_BY)
    return False


# "secured almost 49,408 first-preference votes": a count written to the last vote is the
# count, however the writer hedges it ("almost 50,000" stays a rough bound, no count)
_APPROXIMATE_ENDINGS = ("almost ", "nearly ")
_ROUND_UNIT = 100


def _exact_after_approximate(before: str, number: numbers.NumberMention) -> bool:
    value = number.value
    return (
        before.lower().endswith(_APPROXIMATE_ENDINGS)
        and not number.percent
        and not number.words
        and isinstance(value, int)
        and value > _ROUND_UNIT * 10
        and value % _ROUND_UNIT != 0
    )


_MOST_GOT_BEFORE = patterns.compile(
    r"\b(?:scored|got|received|polled|secured|won|obtained|garnered|bagged) the $"
)


_NOT_TALLY_BY_LAST = {  # NOT_TALLY_WORDS by their last letter, each group in their order
    last: tuple(word for word in NOT_TALLY_WORDS if word[-1] == last)
    for last in {word[-1] for word in NOT_TALLY_WORDS}
}


def _word_char(char: str) -> bool:
    return char.isalnum() or char == "_"


def stated_total(
    text: str, number: numbers.NumberMention, after: str, with_counts: bool, turnout: bool
) -> bool:
    """Whether the words around a number state it as the count of those who voted: "190
    members were present and voting", "attended by 190 States", "6.4 million people cast
    their ballots", and "of the 193 member states" beside the counts out of it (alone, as
    in "the president of all 209 nations", it is a body's size). `after` is the text after
    the number; `turnout` whether the sentence holds a word `_TURNOUT_AFTER` needs."""
    if _prose_total(text, after) and not _got_valid_votes(text, number, after):
        return True
    if _MEMBERS_AFTER.match(after):
        before = text[max(0, number.start - 30) : number.start]
        if _OF_THE_BEFORE.search(before):
            return with_counts
        if _ATTENDED_BY_BEFORE.search(before):
            return True
        return _PRESENT_AFTER.match(after) is not None and BALLOT_WORD.search(text) is not None
    return (
        turnout and _TURNOUT_AFTER.match(text, number.end, number.end + _TURNOUT_REACH) is not None
    )


def turnout_words_in(text: str) -> bool:
    """Whether a sentence holds a verb `_TURNOUT_AFTER` ends with (most hold none)."""
    return (
        "cast" in text
        or "voted" in text
        or "exercis" in text
        or "turned out" in text
        or "particip" in text
        or "took part" in text
    )


# "Ann Roe- 2087 (SLP)": a results row, a name, a dash, the count closing the line (the
# row's side in brackets after it), never a year
_YEAR_ROW_BEFORE = patterns.compile(r"^[A-Z][\w.’'/ -]{2,40}[^\W\d]\s?[-–:]\s?$")
_YEAR_ROW_AFTER = patterns.compile(r"\s*(?:\([^()]{1,30}\)\s*)?$")
_YEAR_ROW_MAX = 70  # characters: a row, never a sentence of prose


def _year_like_row_count(text: str, number: numbers.NumberMention) -> bool:
    """Whether a year-like number is a results row's count ("Ann Roe- 2087 (SLP)")."""
    return (
        len(text) <= _YEAR_ROW_MAX
        and _YEAR_ROW_AFTER.match(text, number.end) is not None
        and _YEAR_ROW_BEFORE.match(text[: number.start]) is not None
    )


# "from 1869 to 1877", "between 1869 and 1877": a span of two years, the later one second,
# neither with a unit of votes after it (older years than the 1900s read as counts otherwise)
_YEAR_SPAN_FIRST = patterns.compile(
    r"\s+(?:to|and|until|till)\s+(1[7-9]\d\d)\b(?!\s*(?:votes|ballots|voters)\b)"
)
_YEAR_SPAN_SECOND = patterns.compile(
    r"\b(?:from|between)\s+(1[7-9]\d\d)\s+(?:to|and|until|till)\s+$"
)


def _year_span(text: str, number: numbers.NumberMention) -> bool:
    """Whether a four-digit number is one end of a span of years ("from 1869 to 1877")."""
    if _YEAR_COUNT_AFTER.match(text, number.end):
        return False
    if (second := _YEAR_SPAN_FIRST.match(text, number.end)) and text.endswith(
        ("from ", "between "), 0, number.start
    ):
        return int(second.group(1)) > number.value
    first = _YEAR_SPAN_SECOND.search(text, max(0, number.start - 30), number.start)
    return bool(first) and int(first.group(1)) < number.value


VOTES_AFTER = patterns.compile(r"\s*(?:votes?|ballots?|voters)\b", re.IGNORECASE)
# A year-like number is a count only before the plural: "a 2016 vote", "the 1999 ballot" name
# the year of a vote ("received 2016 votes" counts)
_YEAR_COUNT_AFTER = patterns.compile(r"\s*(?:votes|ballots|voters)\b", re.IGNORECASE)
