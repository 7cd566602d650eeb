"""Roles and organisations from appositives and titles (pure string rules)."""

from __future__ import annotations

import pytest

from extractor.quotes.roles import RoleOrg, parse_appositive, parse_title

#: text after "Name," → expected (role, organisation)
APPOSITIVES: dict[str, tuple[str, RoleOrg]] = {
    "a firm's abbreviated 'Corp.' before a lower-case title stays in its name": (
        "a Norrland Rai Corp. director and local mogul",
        RoleOrg("director", "Norrland Rai Corp."),
    ),
    "'Inc.' before 'and' ends the firm's name": (
        " the CEO of media firm Norrvik Inc. and a close adviser to the President on assets",
        RoleOrg("CEO", "Norrvik Inc"),
    ),
    "'Inc.' likewise": (
        " a Norrvik Inc. board member, said",
        RoleOrg("board member", "Norrvik Inc."),
    ),
    "a sentence's period after 'Corp.' still ends the appositive": (
        " head of research at Norrland Corp. Prices fell",
        RoleOrg("head of research", "Norrland Corp"),
    ),
    "'who founded <firm>': the founder of that firm": (
        " who founded Norrwave and spends his time with funds, believes",
        RoleOrg("founder", "Norrwave"),
    ),
    "'who co-founded <description> <firm>': its co-founder": (
        " who co-founded payments startup Norrpay in 2019, said",
        RoleOrg("co-founder", "Norrpay"),
    ),
    "'who founded the movement in …': nothing named, no firm (guard)": (
        " who founded the movement in his twenties, said",
        RoleOrg(None, None),
    ),
    "'Not' opening a firm's name is the name's, no sentence adverb (guard)": (
        "the head of design and product lead for Not Norrgames, spoke",
        RoleOrg("head of design and product lead", "Not Norrgames"),
    ),
    "a firm's long name between an adjective and the title": (
        "a senior Norrland Capital Market Institute researcher, warned",
        RoleOrg("researcher", "Norrland Capital Market Institute"),
    ),
    "a long run of lower-case words before a far title is no firm's name (guard)": (
        "a voice heard across these markets for many years and a researcher, warned",
        RoleOrg(None, None),
    ),
    "a unit after a firm's possessive is part of the title, at the firm": (
        "head of Norrbraaj’s Bitcoin Treasury Committee, said",
        RoleOrg("head of Bitcoin Treasury Committee", "Norrbraaj"),
    ),
    "a possessive's unit without a unit word stays the firm's (guard)": (
        "head of Norrfin’s research desk",
        RoleOrg("head", "Norrfin"),
    ),
    "'an author and a NorrFi scholar': a scholar's title, with the programme it is at": (
        " an author and a NorrFi scholar, also said",
        RoleOrg("scholar", "NorrFi"),
    ),
    "', former board chair Maria Lund, …': a list's next title holder, not this name's title": (
        " former board chair Maria Lund, senior vice president Ray Dale and others",
        RoleOrg(),
    ),
    "', chief economist at Norrbank Maria …': a firm's name before no given name (guard)": (
        " chief economist at Norrbank, said on Monday",
        RoleOrg("chief economist", "Norrbank"),
    ),
    "'who runs the $16 billion hedge fund X': the firm after its description": (
        " who runs the $16 billion macro hedge fund Norrwick Capital, has long",
        RoleOrg(None, "Norrwick Capital"),
    ),
    "'who runs a small blog about Bitcoin': a preposition ends the description, no firm": (
        " who runs a small blog about Bitcoin and Ether.",
        RoleOrg(None, None),
    ),
    "'co-creator of X alongside Jan Berg': the people alongside are not the firm": (
        " a co-creator of the Norr Ledger alongside Jan Berg and Tove Lind, posted",
        RoleOrg("co-creator", "Norr Ledger"),
    ),
    "'co-head of X at Y': a co- title is a title": (
        " co-head of wealth management at Norrbank, said",
        RoleOrg("co-head of wealth management", "Norrbank"),
    ),
    "'co-author of a proposal': a co- title with no firm": (
        " co-author of EIP-9999, criticized the plan",
        RoleOrg("co-author", None),
    ),
    "'research specialist at a firm': a specialist is a title": (
        " research specialist at Norrwick, said",
        RoleOrg("research specialist", "Norrwick"),
    ),
    "'the bank's co-head of X': the title without the description": (
        " the bank’s co-head of wealth management, said",
        RoleOrg("co-head of wealth management", None),
    ),
    "'senior fellow in the X program at the Y': Y is the employer": (
        " senior fellow in the Global Economy and Development program at the Norr Institution, "
        "the tariffs are",
        RoleOrg("senior fellow", "Norr Institution"),
    ),
    "'analyst in the Norrfin research team at Kova': the firm after the unit": (
        " analyst in the Norrfin Research team at Kova Bank, said",
        RoleOrg("analyst", "Kova Bank"),
    ),
    "who founded the firm is no part of the title": (
        " an asset manager founded by entrepreneur and politician Vik Ramasen, has raised",
        RoleOrg("asset manager", None),
    ),
    "an acronym inside a firm's description before more of it": (
        " co-founder of Norrchain decentralized exchange (DEX) aggregator 1norr, said",
        RoleOrg("co-founder", "1norr"),
    ),
    "a firm's own acronym after its name stays (guard)": (
        " co-founder of Norr Exchange (NEX), said",
        RoleOrg("co-founder", "Norr Exchange"),
    ),
    "an actor known for his roles: the profession": (
        " an actor known for his roles on two police dramas, will direct a film.",
        RoleOrg("actor", None),
    ),
    "a documentary filmmaker: the profession": (
        " a documentary filmmaker, said.",
        RoleOrg("documentary filmmaker", None),
    ),
    "a firm's qualified title for a region: the firm": (
        " Norrex’s regional head for Central and Eastern Europe, said.",
        RoleOrg("regional head for Central and Eastern Europe", "Norrex"),
    ),
    "a firm's qualified title of a region: the firm": (
        " Norrex’s regional head of Central and Eastern Europe, said.",
        RoleOrg("regional head of Central and Eastern Europe", "Norrex"),
    ),
    "a firm's plain title keeps the owner (guard)": (
        " Norrex’s head of research, said.",
        RoleOrg("head of research", "Norrex"),
    ),
    "a country's body after its possessive: the body": (
        " director of Norway’s National Norr Office and a supporter of the president, said",
        RoleOrg("director", "National Norr Office"),
    ),
    "a country's dotted short form does not end the body's name": (
        " the chief of the task force at the U.S. Norr Exchange Commission. “I do",
        RoleOrg("chief of the task force", "U.S. Norr Exchange Commission"),
    ),
    "'U.K.' likewise": (
        " head of research at the U.K. Norr Authority, said",
        RoleOrg("head of research", "U.K. Norr Authority"),
    ),
    "a firm's country unit: the firm": (
        " managing director of Norrfin’s UK business, told",
        RoleOrg("managing director", "Norrfin"),
    ),
    "a firm's possessive before the title: the 'of' names the title's region": (
        " Norrex’s general manager of APAC and Middle East, said",
        RoleOrg("general manager of APAC and Middle East", "Norrex"),
    ),
    "a firm's possessive, two titles joined by 'and': the first (guard)": (
        " Norrex’s head of research and the fund’s portfolio manager, said",
        RoleOrg("head of research", "Norrex"),
    ),
    "a hyphenated 'director-general' is one title, with its office": (
        " director-general of the Norrland Debt Office. He added",
        RoleOrg("director-general", "Norrland Debt Office"),
    ),
    "a 'secretary-general' likewise": (
        " secretary-general of the Norr Trade Council, said",
        RoleOrg("secretary-general", "Norr Trade Council"),
    ),
    "the book an author wrote is no employer": (
        " best-selling author of Norr Money Now, said",
        RoleOrg("best-selling author", None),
    ),
    "a businessman and author: both titles, the book no employer": (
        " businessman and best-selling author of Norr Money Now, is again",
        RoleOrg("businessman and best-selling author", None),
    ),
    "an author at a firm keeps the firm (guard)": (
        " an author at Norrlytics, said",
        RoleOrg("author", "Norrlytics"),
    ),
    "the body a relative clause says the person chairs is the organisation": (
        " a Democrat from Ohio who chairs the Senate Norr Affairs Committee on tax, told",
        RoleOrg(None, "Senate Norr Affairs Committee"),
    ),
    "a relative clause right after the comma: the body the person heads": (
        " who heads the Norrland Budget Office, said on Monday",
        RoleOrg(None, "Norrland Budget Office"),
    ),
    "a relative clause that chairs no named body gives nothing": (
        " who chairs a working group on tokens, said",
        RoleOrg(None, None),
    ),
    "'associated with' the firm: the title ends before it": (
        " an analyst associated with Norrlytics, adding",
        RoleOrg("analyst", "Norrlytics"),
    ),
    "the title's abbreviation in parentheses is dropped": (
        " the chief operating officer (COO) at Norrex exchange, also said",
        RoleOrg("chief operating officer", "Norrex"),
    ),
    "a participle phrase about the name gives it no title": (
        " founded by entrepreneur and former candidate Lena Holt, has revealed plans",
        RoleOrg(None, None),
    ),
    "'backed by' likewise": (" backed by investor Ivo Lind, said", RoleOrg(None, None)),
    "a role word ending the firm's name after 'of' is the name's": (
        "founder of Global Norr Investor.",
        RoleOrg("founder", "Global Norr Investor"),
    ),
    "the employer as a second appositive after the title": (
        "head of trading, Norr Trust, said in a note",
        RoleOrg("head of trading", "Norr Trust"),
    ),
    "a market term after 'Head of' is the title's field, the firm after it the employer": (
        "Head of OTC, Norr Trust, said in a note",
        RoleOrg("Head of OTC", "Norr Trust"),
    ),
    "a body's possessive before its unit: the body, without the 's": (
        "a Commissioner at the Norrland Securities Commission’s crypto task force, said",
        RoleOrg("Commissioner", "Norrland Securities Commission"),
    ),
    "(guard) a firm named with its 's keeps it": (
        "an analyst at Moody’s, said",
        RoleOrg("analyst", "Moody’s"),
    ),
    "a brand with a small first letter is a firm after 'of'": (
        "CEO of eNorro, said",
        RoleOrg("CEO", "eNorro"),
    ),
    "a second appositive that is no name is no employer": (
        "head of trading, meanwhile, said",
        RoleOrg("head of trading", None),
    ),
    "a bracket after the firm's name ends it": (
        "Co-Founder of BOB (Build on Bitcoin), told",
        RoleOrg("Co-Founder", "BOB"),
    ),
    "a quote glued after the firm's name is no part of it": (
        "CEO of Norrex Europe:“We’re glad,” she said",
        RoleOrg("CEO", "Norrex Europe"),
    ),
    "a firm's former name in brackets is no part of its name": (
        "president at Norrvest Wealth (formerly Fund Store), told the outlet",
        RoleOrg("president", "Norrvest Wealth"),
    ),
    "a role word right before the firm says what the firm is": (
        "the founder and CEO of blockchain analytics developer Tallyrock, told Coinpost",
        RoleOrg("founder and CEO", "Tallyrock"),
    ),
    "a relative clause that names no title": (
        "who has been a vocal skeptic of Bitcoin, calling it a fad",
        RoleOrg(None, None),
    ),
    "a relative clause that names a title": (
        "who is the CEO of Norrfin, said",
        RoleOrg("CEO", "Norrfin"),
    ),
    "role at org": ("head of research at Norrfin. Then", RoleOrg("head of research", "Norrfin")),
    "an infinitive clause gives the post taken after 'as'": (
        "to lead the unit as Treasury Director. He believes",
        RoleOrg("Treasury Director", None),
    ),
    "an infinitive clause without a post gives none": (
        "to join the board, said",
        RoleOrg(None, None),
    ),
    "where a firm is based is no part of its name": (
        "partner at Lisbon- and Hong Kong-based Norr Group, said",
        RoleOrg("partner", "Norr Group"),
    ),
    "a dateline's year glued to the firm's name": (
        "head of research at 2025Norrslam, said",
        RoleOrg("head of research", "Norrslam"),
    ),
    "a unit of a named body": (
        "associate director in the NMA’s Division of Enforcement, claimed",
        RoleOrg("associate director", "NMA"),
    ),
    "a coordination after the name describes others": (
        "and former Norr Sigma executives Ana Kay and Bo Lin.",
        RoleOrg(None, None),
    ),
    "a preposition of company describes someone else": (
        "alongside Executive Chairman Kay, highlighted the results",
        RoleOrg(None, None),
    ),
    "role of org": ("CEO of Arbor Exchange, noted", RoleOrg("CEO", "Arbor Exchange")),
    "joined roles": (
        "CEO and co-founder of Pine Digital, in a release.",
        RoleOrg("CEO and co-founder", "Pine Digital"),
    ),
    "at wins over of": (
        "head of digital assets research at Harbor Bank. Next",
        RoleOrg("head of digital assets research", "Harbor Bank"),
    ),
    "glued next sentence": ("co-founder at Space Lab.He added", RoleOrg("co-founder", "Space Lab")),
    "role only": ("senior analyst, said", RoleOrg("senior analyst", None)),
    "descriptor before the firm's name": (
        "partner at crypto venture firm Tidewater Capital, said",
        RoleOrg("partner", "Tidewater Capital"),
    ),
    "glue words inside a name": ("CEO of Bank of Norland, said", RoleOrg("CEO", "Bank of Norland")),
    "a city after a private job is where, not who": (
        "a trader from Lisbon, said",
        RoleOrg("trader from Lisbon", None),
    ),
    "a state after a public office is part of the title, not a firm": (
        "a senator from Vermont, said",
        RoleOrg("senator from Vermont", None),
    ),
    "firm then a lower-case coordination": (
        "CEO of Tarnwick and one of its first backers. Then",
        RoleOrg("CEO", "Tarnwick"),
    ),
    "place-based firm with a type noun after": (
        "the founder of Riga-based Velto exchange. Then",
        RoleOrg("founder", "Velto"),
    ),
    "list of regions before the firm": (
        " regional head of Iberia, North Africa and Gulf, at crypto exchange Quorvex. Then",
        RoleOrg("regional head of Iberia, North Africa and Gulf", "Quorvex"),
    ),
    "firm written before the role": (
        " a Glassline contributor, wrote",
        RoleOrg("contributor", "Glassline"),
    ),
    "list of regions with an article": (
        "head of Europe, the Middle East and Africa at Quorvex, said",
        RoleOrg("head of Europe, the Middle East and Africa", "Quorvex"),
    ),
    "no role": ("who has traded for years", RoleOrg()),
    "a firm's possessive, then a title with a field and a region": (
        " Norrfin's head of Asia business development. “Demand is back,",
        RoleOrg("head of Asia business development", "Norrfin"),
    ),
    "of two titles each with its firm, the first": (
        " co-founder of Harbor Research and chairman of mining firm Kestrel Mines. “We buy,",
        RoleOrg("co-founder", "Harbor Research"),
    ),
    "a possessive firm's title, then the fund's second title": (
        " Norrfin’s head of digital asset research and the Harbor ETF’s portfolio manager, said",
        RoleOrg("head of digital asset research", "Norrfin"),
    ),
}

#: text before a name → expected (role, organisation)
TITLES: dict[str, tuple[str, RoleOrg]] = {
    "a headline's verb and last words before a title are no employer": (
        "Momentum Weakens: RSI Signals Caution Crypto analyst ",
        RoleOrg("Crypto analyst", None),
    ),
    "a firm's name may end in a headline verb's word": (
        "Norr Signals CEO ",
        RoleOrg("CEO", "Norr Signals"),
    ),
    "a book's title before 'author' is no employer": (
        "Rich Uncle Poor Uncle author ",
        RoleOrg("author", None),
    ),
    "a writer's calling before the name": ("American poet ", RoleOrg("American poet", None)),
    "a scientist's field before the name": ("the physicist ", RoleOrg("physicist", None)),
    "a firm's name in small letters with a digit, after a firm noun": (
        "crypto startup g8norr co-founder ",
        RoleOrg("co-founder", "g8norr"),
    ),
    "'Ranking Member' is one title, after the committee's name": (
        "House Norrland Affairs Committee Ranking Member ",
        RoleOrg("Ranking Member", "House Norrland Affairs Committee"),
    ),
    "how the writer rates the person is no word of the title": (
        "seasoned crypto market commentator ",
        RoleOrg("crypto market commentator", None),
    ),
    "two titles at two firms: the first, with its firm": (
        "Norrstrom’s chief investment officer and Norrmex co-founder and former CEO ",
        RoleOrg("chief investment officer", "Norrstrom"),
    ),
    "a founder's title first, a job at another firm second: the job held now": (
        "Norrcle co-founder and Norrena Labs CEO ",
        RoleOrg("CEO", "Norrena Labs"),
    ),
    "'and' inside a body's name after a title is no second title (guard)": (
        "Chair of the Securities and Exchange Commission ",
        RoleOrg("Chair", "Securities and Exchange Commission"),
    ),
    "a party's name before 'leader' is the organisation, a country's possessive dropped": (
        "Sweden’s Unity Party leader ",
        RoleOrg("leader", "Unity Party"),
    ),
    "'party leader' in lower case stays the title (guard)": (
        "opposition party leader ",
        RoleOrg("opposition party leader", None),
    ),
    "a club's owner": (
        "Bitcoin podcaster and Norr Town FC owner ",
        RoleOrg("owner", "Norr Town FC"),
    ),
    "a police rank is a title": ("In Norrport, Lieutenant ", RoleOrg("Lieutenant", None)),
    "'Self-proclaimed Norrcoin creator': a participle's hyphenated adjective is no firm's": (
        "Self-proclaimed Norrcoin creator",
        RoleOrg("creator", "Norrcoin"),
    ),
    "a dash ends the clause before a name: the title before it is another's": (
        "a non-profit group and the host of the Norr Freedom Forum — ",
        RoleOrg(),
    ),
    "'X head of product': a company title at the platform's firm keeps it (guard)": (
        "X head of product",
        RoleOrg("head of product", "X"),
    ),
    "'Chinese-speaking X crypto influencer': a platform before a title is no employer": (
        "Chinese-speaking X crypto influencer",
        RoleOrg("crypto influencer", None),
    ),
    "'Norr-chan Initiative founder': a hyphenated word inside the firm's name": (
        "Norr-chan Initiative founder",
        RoleOrg("founder", "Norr-chan Initiative"),
    ),
    "'Dubai-based Norrfin CEO': an adjective before the firm is no part of it (guard)": (
        "Dubai-based Norrfin CEO",
        RoleOrg("CEO", "Norrfin"),
    ),
    "a heading's lower-case words before a sentence-case title are no part of it": (
        "launch a fund for crypto and tech sectors Chief executive officer",
        RoleOrg("CEO", None),
    ),
    "'the former Chief Executive Officer': a title-case title keeps its qualifier (guard)": (
        "the former Chief Executive Officer",
        RoleOrg("former CEO", None),
    ),
    "a heading's words glued before a well-known firm's title: the firm starts at its name": (
        "Legal Threats And Next Steps Binance founder",
        RoleOrg("founder", "Binance"),
    ),
    "'Binance Labs founder': a known firm's longer name stays (guard)": (
        "Binance Labs founder",
        RoleOrg("founder", "Binance Labs"),
    ),
    "a heading's '… Long Way To Go' glued before 'Crypto analyst': no firm 'Go'": (
        "Norrcoin Still Has A Long Way To Go Crypto analyst",
        RoleOrg("Crypto analyst", None),
    ),
    "'Teach For Norrland CEO': a linking word inside a firm's name (guard)": (
        "Teach For Norrland CEO",
        RoleOrg("CEO", "Teach For Norrland"),
    ),
    "a heading's 'A Clean Breakout' glued before 'Crypto analyst': no firm": (
        "Norrcoin Price Shows A Clean Breakout Crypto analyst",
        RoleOrg("Crypto analyst", None),
    ),
    "'Norrcoin proponent': the coin a stance favours is part of it, no employer": (
        "Meanwhile, Norrcoin proponent",
        RoleOrg("Norrcoin proponent", None),
    ),
    "'longtime Norrchain critic': likewise": (
        "longtime Norrchain critic",
        RoleOrg("Norrchain critic", None),
    ),
    "'Position trader' opening a sentence is a kind of trader, no firm 'Position'": (
        "Position trader",
        RoleOrg("Position trader", None),
    ),
    "'Options trader': likewise": ("Options trader", RoleOrg("Options trader", None)),
    "'billionaire Norrla CEO': a title in lower case is not joined over a firm's name": (
        "the clearly riled billionaire Norrla CEO",
        RoleOrg("CEO", "Norrla"),
    ),
    "'Chief Brand Officer': a title-case title stays one (guard)": (
        "Chief Brand Officer",
        RoleOrg("Chief Brand Officer", None),
    ),
    "a headline's 'This Price Level' before a title is no firm": (
        "Norrcoin Needs To Conquer This Price Level Technical analyst",
        RoleOrg("Technical analyst", None),
    ),
    "'This' opening the sentence before a firm's title keeps the firm (guard)": (
        "This Norr Capital analyst",
        RoleOrg("analyst", "Norr Capital"),
    ),
    "a city before 'Mayor': the city employs its mayor": (
        "New York City Mayor",
        RoleOrg("Mayor", "New York City"),
    ),
    "a state before 'Senator' stays in the title (guard)": (
        "Wyoming Senator",
        RoleOrg("Wyoming Senator", None),
    ),
    "a reporting verb before a title ends its lead words": (
        "The firm cited attorney ",
        RoleOrg("attorney", None),
    ),
    "'quoted' ends the lead too, while 'senior' stays with the title": (
        "The firm quoted senior analyst ",
        RoleOrg("senior analyst", None),
    ),
    "'Bitcoin evangelist' is a title": (
        "Longtime Bitcoin evangelist ",
        RoleOrg("Bitcoin evangelist", None),
    ),
    "'onchain detective' is a title": (
        "onchain detective ",
        RoleOrg("onchain detective", None),
    ),
    "'press secretary' at a body": (
        "White House press secretary ",
        RoleOrg("press secretary", "White House"),
    ),
    "a person's name before 'and' is no part of the next title's body": (
        "US Senator Jeff Merkel and Senate Minority Leader ",
        RoleOrg("Minority Leader", "Senate"),
    ),
    "'and' inside a body's name (guard)": (
        "US Securities and Exchange Commission Chair ",
        RoleOrg("Chair", "Securities and Exchange Commission"),
    ),
    "'auditor' is a title": (
        "Norrchain auditor ",
        RoleOrg("auditor", "Norrchain"),
    ),
    "titles listed with commas before a name are one title": (
        "Continuing, crypto trader, analyst and entrepreneur ",
        RoleOrg("crypto trader, analyst and entrepreneur", None),
    ),
    "a title after a clause's comma stands alone (guard)": (
        "Continuing, an analyst, trader ",
        RoleOrg("trader", None),
    ),
    "'Labour MP': a member of parliament": (
        "During a committee session, Labour MP ",
        RoleOrg("Labour MP", None),
    ),
    "'political candidate' is a title": (
        "Dublin-born fighter and Irish political candidate ",
        RoleOrg("Irish political candidate", None),
    ),
    "a firm's 'Inc.' is part of its name, not a sentence's end": (
        "Norrvik Inc. head of payments strategy ",
        RoleOrg("head of payments strategy", "Norrvik Inc."),
    ),
    "'Corp.' before a one-word title": (
        "Norrvik Corp. CEO ",
        RoleOrg("CEO", "Norrvik Corp."),
    ),
    "a sentence that ends before a title still ends there (guard)": (
        "The fund sold. Chief strategist ",
        RoleOrg("Chief strategist", None),
    ),
    "'chief executive officer' is written CEO": (
        "Norrfin chief executive officer ",
        RoleOrg("CEO", "Norrfin"),
    ),
    "'chief technology officer' stays as written (guard)": (
        "Norrfin chief technology officer ",
        RoleOrg("chief technology officer", "Norrfin"),
    ),
    "a heading glued before a public office gives neither title words nor firm": (
        "Norr Media’s Crypto Strategy US President ",
        RoleOrg("US President", None),
    ),
    "a firm's own words before a company title stay the title's (guard)": (
        "Norrfin’s Crypto Research Director ",
        RoleOrg("Crypto Research Director", "Norrfin"),
    ),
    "a firm before 'author' is the employer (guard)": (
        "Norrquant author ",
        RoleOrg("author", "Norrquant"),
    ),
    "one of a firm's contributors: one contributor at the firm": (
        "One of Norrquant’s QuickTake contributors",
        RoleOrg("QuickTake contributor", "Norrquant"),
    ),
    "one of after a glued heading: the firm, not the heading": (
        "Miner Activity Rises One of Norrquant’s analysts",
        RoleOrg("analyst", "Norrquant"),
    ),
    "'one of' inside a title's 'of' keeps the title (guard)": (
        "CEO of one of the largest exchanges",
        RoleOrg("CEO of one of the largest exchanges", None),
    ),
    "'Press' before a title belongs to the title": (
        "White House Press Secretary ",
        RoleOrg("Press Secretary", "White House"),
    ),
    "'Minister of State' for several fields: all title, no employer": (
        "Minister of State for Blockchain and Crypto ",
        RoleOrg("Minister of State for Blockchain and Crypto", None),
    ),
    "a country's possessive before the title is no part of it": (
        "The country’s Minister for Digitalization ",
        RoleOrg("Minister for Digitalization", None),
    ),
    "an author's book before the name is no employer": (
        "Economist and author of The Norr Standard ",
        RoleOrg("Economist and author", None),
    ),
    "a caption's credit glued to the same firm's name before a title": (
        "Source: N33 N33 CEO ",
        RoleOrg("CEO", "N33"),
    ),
    "a descriptive word between a firm's name and a company title ends the name": (
        "Around the same time, Norr Bitcoin CEO ",
        RoleOrg("CEO", "Norr Bitcoin"),
    ),
    "a descriptive word after 'The' before a company title stays in it (guard)": (
        "The Crypto CEO ",
        RoleOrg("Crypto CEO", None),
    ),
    "a descriptive word after a place before a company title stays in it (guard)": (
        "Texas Bitcoin CEO ",
        RoleOrg("Texas Bitcoin CEO", None),
    ),
    "'what' before a title belongs to the clause, not the title": (
        "urged readers to enter what macro investor ",
        RoleOrg("macro investor", None),
    ),
    "a caption credit with a slash glued to the next sentence is no firm": (
        "Source: NorrKing/XAnother popular trader ",
        RoleOrg("trader", None),
    ),
    "an abbreviated title reads in full": (
        "including Sen. ",
        RoleOrg("Senator", None),
    ),
    "an abbreviated title with a place before it": (
        "Ohio Gov. ",
        RoleOrg("Ohio Governor", None),
    ),
    "a percentage in the capitalised words before a title: a glued headline, no firm": (
        "The Predicted 90% NORR/BTC Crash Analyst ",
        RoleOrg("Analyst", None),
    ),
    "a city and a country before an office: both places, no employer": (
        "Manhattan US Attorney ",
        RoleOrg("Manhattan US Attorney", None),
    ),
    "a firm's possessive before the title: the 'of' names the title's regions": (
        "Norrex’s general manager of APAC and Middle East ",
        RoleOrg("general manager of APAC and Middle East", "Norrex"),
    ),
    "two stacked capitalised ranks both stay in the title": (
        "Norrfin Interim Acting CEO ",
        RoleOrg("Interim Acting CEO", "Norrfin"),
    ),
    "a country's body named in full after its possessive is the employer": (
        "Norway’s Federal Norr Agency (FNA) Director ",
        RoleOrg("Director", "Federal Norr Agency"),
    ),
    "a capitalised rank before the title is the title's, not the firm's": (
        "Bank of Norrland Deputy Governor ",
        RoleOrg("Deputy Governor", "Bank of Norrland"),
    ),
    "a headline's closing single mark ends the words before the title": (
        "Traders brace for a ‘range-bound market’ Popular crypto trader ",
        RoleOrg("crypto trader", None),
    ),
    "'Digital' before 'asset lawyer' describes the job, it names no firm": (
        "Digital asset lawyer ",
        RoleOrg("Digital asset lawyer", None),
    ),
    "a headline glued before 'The' and the firm": (
        "Norr Considers Crypto as Mortgage Collateral The NHFA Director ",
        RoleOrg("Director", "NHFA"),
    ),
    "a caption's credit glued to the title's first word is no firm": (
        "Source: NorrViewBitcoin advocate ",
        RoleOrg("Bitcoin advocate", None),
    ),
    "a headline's last lower-case word glued to the firm's name": (
        "Use cases for the new zero-knowledge proverNorrWare chief operating officer ",
        RoleOrg("chief operating officer", "NorrWare"),
    ),
    "(guard) a firm's name in camel case is whole": (
        "MicroStrategy chief executive ",
        RoleOrg("chief executive", "MicroStrategy"),
    ),
    "a brand with a small first letter before the title is the firm": (
        "eNorro CEO ",
        RoleOrg("CEO", "eNorro"),
    ),
    "a web name's period is no sentence's end": (
        "Norr.com managing director ",
        RoleOrg("managing director", "Norr.com"),
    ),
    "a caption's credit glued to 'Fellow'": (
        "Source: Skew/XFellow trader ",
        RoleOrg("trader", None),
    ),
    "a headline's modal before the title: its words are no firm": (
        "Prices Drop as Strikes Could Continue for Days Prime Minister ",
        RoleOrg("Prime Minister", None),
    ),
    "a field after 'for' is the title's": (
        "said Minister for Digitalization ",
        RoleOrg("Minister for Digitalization", None),
    ),
    "a field after 'of', with the firm's possessive and a word of the title before": (
        "said Norrex’s Global Head of Consumer",
        RoleOrg("Global Head of Consumer", "Norrex"),
    ),
    "a firm's possessive inside a capitalised title": (
        "Norrbit's Asia Business Development Head ",
        RoleOrg("Asia Business Development Head", "Norrbit"),
    ),
    "(guard) a department's field after 'of' stays its name": (
        "Secretary of Labor ",
        RoleOrg("Secretary", "Labor"),
    ),
    "a nationality before a title is no employer": (
        "Taiwanese lawmaker ",
        RoleOrg("Taiwanese lawmaker", None),
    ),
    "the mark opening a quoted pseudonym ends the title": (
        "commented crypto trader ‘",
        RoleOrg("crypto trader", None),
    ),
    "a caption's credit glued to the same firm's name": (
        "events.Source: NORNOR Labs CEO ",
        RoleOrg("CEO", "NOR Labs"),
    ),
    "a preposition of company is no qualifier of the title": (
        "CEO Jo Park, alongside Executive Chairman ",
        RoleOrg("Executive Chairman", None),
    ),
    "a headline glued to the firm": (
        "AI may fix the gapKTC’s chairman and CEO",
        RoleOrg("chairman and CEO", "KTC"),
    ),
    "a firm's own camel case stays": ("CoinDCX CEO", RoleOrg("CEO", "CoinDCX")),
    "a founder's project is the organisation": (
        "Ethereum co-founder",
        RoleOrg("co-founder", "Ethereum"),
    ),
    "a project word before another title only describes it": (
        "Ethereum developer",
        RoleOrg("Ethereum developer", None),
    ),
    "a region the title covers is no firm": (
        "Norrex’s head of Europe",
        RoleOrg("head of Europe", "Norrex"),
    ),
    "a firm named only by a noun's possessive": (
        "the Russian exchange’s Managing Director",
        RoleOrg("Managing Director", None),
    ),
    "the cue before the title is no part of it": (
        "is waking up again,” observed fund founder",
        RoleOrg("fund founder", None),
    ),
    "a tweeted cue before the title": ("tweeted analyst", RoleOrg("analyst", None)),
    "possessive org": ("Norrfin's head of research", RoleOrg("head of research", "Norrfin")),
    "role of org": ("CEO of Arbor Exchange", RoleOrg("CEO", "Arbor Exchange")),
    "qualified role": ("network economist", RoleOrg("network economist", None)),
    "org before role": ("Fed chair", RoleOrg("chair", "Fed")),
    "verb before role": ("said analyst", RoleOrg("analyst", None)),
    "multiword title": (
        "Harborex’s Chief Legal Officer",
        RoleOrg("Chief Legal Officer", "Harborex"),
    ),
    "title with of-phrase": (
        "Northwind’s vice president of public policy",
        RoleOrg("vice president of public policy", "Northwind"),
    ),
    "preposition is no qualifier": ("may top $90,000 before Chair", RoleOrg("Chair")),
    "a describing adjective is no firm": (
        "Pseudonymous trader",
        RoleOrg("trader"),
    ),
    "a describing noun is no firm": ("Crypto analyst", RoleOrg("Crypto analyst")),
    "a party is no firm": ("Republican Senator", RoleOrg("Republican Senator")),
    "a hyphenated describing word is no firm": ("On-chain analyst", RoleOrg("analyst")),
    "no title": ("the", RoleOrg()),
    "a ticker between the firm and the title": (
        "The plan came from Norrfin ( NRF ) CEO",
        RoleOrg("CEO", "Norrfin"),
    ),
    "a hyphenated title": (
        "At the time, senior vice-president of payments",
        RoleOrg("senior vice-president of payments"),
    ),
    "a new title word": ("prosecutor", RoleOrg("prosecutor")),
    "an acronym describing the job": (
        "Bloomberg senior ETF analyst",
        RoleOrg("senior ETF analyst", "Bloomberg"),
    ),
    "a firm's creator": ("DeGods creator", RoleOrg("creator", "DeGods")),
    "a headline's capitalised reporting verb is no firm": (
        "Dana Kett Says analyst",
        RoleOrg("analyst"),
    ),
    "a state before a public office is part of the title, not a firm": (
        "Nevada Governor",
        RoleOrg("Nevada Governor"),
    ),
    "a country before a public office is part of the title, not a firm": (
        "US President",
        RoleOrg("US President"),
    ),
    "a public body before an office is its organisation": (
        "Norland Senate President",
        RoleOrg("President", "Norland Senate"),
    ),
    "a region with a private job is part of the title": (
        "Silicon Valley veteran",
        RoleOrg("Silicon Valley veteran"),
    ),
    "a city with a private job is part of the title": ("London trader", RoleOrg("London trader")),
    "a ministry's field before a minister is part of the title": (
        "Energy Minister",
        RoleOrg("Energy Minister"),
    ),
    "a department's field before a secretary is part of the title": (
        "Treasury Secretary",
        RoleOrg("Treasury Secretary"),
    ),
    "a field before a title, after a firm, is the title's": (
        "Norrfin Group Treasury Director",
        RoleOrg("Treasury Director", "Norrfin Group"),
    ),
    "a court's district before a judge is part of the title": (
        "US District Judge",
        RoleOrg("US District Judge"),
    ),
    "a nationality is no firm": ("Norwegian economist", RoleOrg("Norwegian economist")),
    "a place at the end of a longer name stays a firm": (
        "Teach For Kenya CEO",
        RoleOrg("CEO", "Teach For Kenya"),
    ),
    "a role word inside the firm's name is no title": (
        "The head of engineering at Norrfin Developer Platform",
        RoleOrg("head of engineering", "Norrfin Developer Platform"),
    ),
    "a second title after the firm stays out": (
        "The head of payments at Norrfin and co-author of the draft standard",
        RoleOrg("head of payments", "Norrfin"),
    ),
    "two titles, each with its own firm: the first one": (
        "Harbor Talk podcast host and former Norrfin reporter",
        RoleOrg("podcast host", "Harbor Talk"),
    ),
    "a capitalised field of work before the title is the title's": (
        "Harbor Fund Communications Director",
        RoleOrg("Communications Director", "Harbor Fund"),
    ),
    "a field of work alone before the title names no firm": (
        "Marketing Director",
        RoleOrg("Marketing Director"),
    ),
    "a field of work between the title and the firm": (
        "director of communications at Harbor Funds",
        RoleOrg("director of communications", "Harbor Funds"),
    ),
    "a place's possessive before a private job drops": (
        "Berlin’s best-known trader",
        RoleOrg("best-known trader"),
    ),
    "a place after 'of' a public office is part of the title": (
        "Governor of Idaho",
        RoleOrg("Governor of Idaho"),
    ),
    "a region after 'of' a private job is part of the title": (
        "head of Southeast Asia",
        RoleOrg("head of Southeast Asia"),
    ),
}


def test_a_dangling_preposition_is_cut_from_a_role() -> None:
    from extractor.quotes.roles import _clean_role

    assert _clean_role("representative of the") == "representative"
    assert _clean_role("head of research") == "head of research"


@pytest.mark.parametrize("name", list(APPOSITIVES))
def test_appositive(name: str) -> None:
    text, expected = APPOSITIVES[name]
    assert parse_appositive(text) == expected


@pytest.mark.parametrize("name", list(TITLES))
def test_title(name: str) -> None:
    text, expected = TITLES[name]
    assert parse_title(text) == expected
