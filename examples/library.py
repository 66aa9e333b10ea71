"""votecli as a library: extract tallies from a string and analyse them."""

from votecli import analyse, extract_text

STORY = (
    "The General Assembly elected two members of the Security Council for 2027-2028. "
    "Of the 192 members present and voting, Norway received 130 votes and Ireland 128, "
    "while Canada trailed with 108."
)

document = extract_text(STORY, name="story")
for result in analyse([document]):
    print(result.contest.label, "| required majority:", result.majority.value)
    for row in result.rows:
        tally = row.tally
        print(
            f"{row.rank}. {tally.candidate.name:<8} {tally.votes:>4} votes "
            f"{row.share:6.1%}  line {tally.span.line}: {tally.span.sentence[:50]}"
        )
