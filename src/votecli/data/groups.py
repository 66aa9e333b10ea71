"""The United Nations regional groups, by ISO alpha-3 code: who stands for which seats in
elections to the Security Council, the Human Rights Council, ECOSOC and the other bodies
the General Assembly fills by region. Written by hand from the UN's list of regional groups:
54 African, 53 Asia-Pacific, 23 Eastern European, 33 Latin American and Caribbean and 29
Western European and Others States. Israel, Türkiye and the United States stand in the
Western European and Others group for elections (Türkiye also meets with the Asia-Pacific
group, and the United States sits in as an observer); Kiribati is in no group, nor are
the Holy See, Palestine, Kosovo and Taiwan.
"""

_MEMBERS = {
    "African": (
        "DZA AGO BEN BWA BFA BDI CPV CMR CAF TCD COM COG CIV COD DJI EGY GNQ ERI SWZ ETH GAB "
        "GMB GHA GIN GNB KEN LSO LBR LBY MDG MWI MLI MRT MUS MAR MOZ NAM NER NGA RWA STP SEN "
        "SYC SLE SOM ZAF SSD SDN TZA TGO TUN UGA ZMB ZWE"
    ),
    "Asia-Pacific": (
        "AFG BHR BGD BTN BRN KHM CHN CYP PRK FJI IND IDN IRN IRQ JPN JOR KAZ KWT KGZ LAO LBN "
        "MYS MDV MHL FSM MNG MMR NRU NPL OMN PAK PLW PNG PHL QAT KOR WSM SAU SGP SLB LKA SYR "
        "TJK THA TLS TON TKM TUV ARE UZB VUT VNM YEM"
    ),
    "Eastern European": (
        "ALB ARM AZE BLR BIH BGR HRV CZE EST GEO HUN LVA LTU MNE POL MDA ROU RUS SRB SVK SVN "
        "MKD UKR"
    ),
    "Latin American and Caribbean": (
        "ATG ARG BHS BRB BLZ BOL BRA CHL COL CRI CUB DMA DOM ECU SLV GRD GTM GUY HTI HND JAM "
        "MEX NIC PAN PRY PER KNA LCA VCT SUR TTO URY VEN"
    ),
    "Western European and Others": (
        "AND AUS AUT BEL CAN DNK FIN FRA DEU GRC ISL IRL ISR ITA LIE LUX MLT MCO NLD NZL NOR "
        "PRT SMR ESP SWE CHE TUR GBR USA"
    ),
}

# alpha-3 code -> the group's name as contests.GROUPS spells it
GROUP_OF: dict[str, str] = {
    code: group for group, codes in _MEMBERS.items() for code in codes.split()
}
