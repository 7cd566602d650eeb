"""Quote attribution patterns on the full pipeline (model loaded once per session)."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from spacy.language import Language

from extractor.components.ext import records_of
from models.quotes import Quote


@dataclass(frozen=True)
class Want:
    prefix: str  # the quote's text starts with this
    speaker: str | None  # canonical name (None: the text names no source)
    mention: str | None = None
    cue: str | None = None
    partial: bool = False
    role: str | None = None  # None: not checked; "": the speaker has none
    organization: str | None = None  # None: not checked; "": the speaker has none


#: A neutral paragraph of about 1,000 characters that names no one.
FILLER = " ".join(["Prices moved sideways through the session as volumes stayed thin."] * 15)


def quotes_of(nlp: Language, text: str) -> list[Quote]:
    doc = nlp(text)
    return list(records_of(doc).get("quotes", []))


def find(quotes: list[Quote], prefix: str) -> Quote:
    hits = [q for q in quotes if q.text.startswith(prefix)]
    assert hits, f"no quote starting {prefix!r} in {[q.text for q in quotes]}"
    return hits[0]


#: pattern name → (article text, the quote to check)
PATTERNS: dict[str, tuple[str, Want]] = {
    "quote, said X, role at org": (
        "“Prices will keep climbing,” said Maria Gonzalez, chief strategist at Harbor Funds.",
        Want(
            "Prices will",
            "Maria Gonzalez",
            "Maria Gonzalez",
            "said",
            False,
            "chief strategist",
            "Harbor Funds",
        ),
    ),
    "quote, X said (surname)": (
        "Maria Gonzalez runs a desk in Madrid. “We are not selling,” Gonzalez said.",
        Want("We are not", "Maria Gonzalez", "Gonzalez", "said"),
    ),
    "X said: quote": (
        "Tom Becker said: “The rally has legs.”",
        Want("The rally", "Tom Becker", "Tom Becker", "said"),
    ),
    "X noted that quote": (
        "Ana Ruiz, CEO of Pinecrest Exchange, noted that “liquidity is thin this week.”",
        Want(
            "liquidity is thin", "Ana Ruiz", "Ana Ruiz", "noted", False, "CEO", "Pinecrest Exchange"
        ),
    ),
    "As X commented, quote": (
        "Ana Ruiz spoke on Monday. As Ruiz commented, “Nobody wants to sell here.”",
        Want("Nobody wants", "Ana Ruiz", "Ruiz", "commented"),
    ),
    "partial quote": (
        "Peter Olsen said the token had become the “default choice” for traders in Asia.",
        Want("default choice", "Peter Olsen", "Peter Olsen", "said", True),
    ),
    "according to X": (
        "The fund is “well positioned for a rebound,” according to Laura Chen, an analyst at "
        "Bluewater Capital.",
        Want("well positioned", "Laura Chen", cue="according to", partial=True),
    ),
    "X told outlet": (
        "“We expect more inflows next month,” Mark Dale told Reuters on Tuesday.",
        Want("We expect", "Mark Dale", "Mark Dale", "told"),
    ),
    "X wrote in a post on X": (
        "“Volatility is back in the market,” Sam Ortiz wrote in a post on X.",
        Want("Volatility is back", "Sam Ortiz", "Sam Ortiz", "wrote"),
    ),
    "pronoun she added": (
        "Rachel Kim, the CEO of Northgate Labs, said the launch went well. "
        "“We doubled our users in a week,” she added.",
        Want("We doubled", "Rachel Kim", "she", "added", False, "CEO", "Northgate Labs"),
    ),
    "pronoun takes the previous sentence's speaker": (
        "Dana Whitfield highlights the fund's steady returns, noting that Omar Reyes is "
        "“the most patient buyer in the market.” She notes that this approach is “paying off” "
        "for holders.",
        Want("paying off", "Dana Whitfield", "She", "notes", True),
    ),
    "speaker in previous sentence": (
        "Daniel Moss, head of research at Kestrel, said demand was broad.\n\n"
        "“Buyers came from every region we track.”",
        Want("Buyers came", "Daniel Moss", role="head of research", organization="Kestrel"),
    ),
    "speaker in next sentence": (
        "The token fell ten percent overnight.\n\n“We saw this coming for weeks.” "
        "Lena Fox said the drop was expected.",
        Want("We saw this", "Lena Fox", cue="said"),
    ),
    "organisation speaks": (
        "“Enforcement against unregistered platforms will continue,” the SEC said on Friday.",
        Want("Enforcement", "SEC", "SEC", "said", organization="SEC"),
    ),
    "possessive title before name": (
        "Kestrel's head of research Daniel Moss said that “demand is broad and steady.”",
        Want(
            "demand is broad",
            "Daniel Moss",
            cue="said",
            role="head of research",
            organization="Kestrel",
        ),
    ),
    "title of org before name": (
        "CEO of Arbor Exchange Nina Patel said that “volumes doubled in May.”",
        Want(
            "volumes doubled", "Nina Patel", cue="said", role="CEO", organization="Arbor Exchange"
        ),
    ),
    "firm analysts": (
        "“On-chain supply keeps shrinking every week,” said analysts at research firm Meridian.",
        Want("On-chain supply", "Meridian", cue="said", role="analysts", organization="Meridian"),
    ),
    "near-miss surname": (
        "James Harlowe, CEO of Pine Digital, spoke on Monday. "
        "As Harlow commented, “This is a speculative market right now.”",
        Want(
            "This is a speculative",
            "James Harlowe",
            "Harlow",
            "commented",
            False,
            "CEO",
            "Pine Digital",
        ),
    ),
    "multi-paragraph quote": (
        "Eva Stone, a partner at Lumen Ventures, said:\n\n“The first part of the plan is done.\n\n"
        "“The second part starts in June.”\n\nMarkets were quiet.",
        Want("The first part", "Eva Stone", cue="said"),
    ),
    "glued paragraphs": (
        "Prices fell on the news.“Today’s drop is healthy for the market,” said Leo Brandt.",
        Want("Today’s drop", "Leo Brandt", "Leo Brandt", "said"),
    ),
    "straight marks": (
        '"Demand is strong across the board," said Omar Haddad, a trader at Dunmore.',
        Want("Demand is strong", "Omar Haddad", cue="said", role="trader", organization="Dunmore"),
    ),
    "signed with a dash": (
        "“Funding rates just flipped negative on every venue.” — Nora Vance (@noravance) "
        "July 3, 2025",
        Want("Funding rates", "Nora Vance", "Nora Vance"),
    ),
    "signed with a title and a middle initial: the person named before": (
        "Norland President Harald Vik spoke on Monday. “THANK YOU ALL! The law is agreed…” "
        "–President Harald K. Vik pic.twitter.com/abCDe12 — The Palace (@Palace) June 23, 2025",
        Want("THANK YOU ALL", "Harald Vik", "Harald K. Vik", None, False, "President", "Norland"),
    ),
    "participle of a verb joined to a main clause after 'but': that clause's subject": (
        "Norrex founder Ola Brenn spoke on Monday. Several of Kett’s posts are now gone, but "
        "Brenn had already shared screenshots and called him out, saying, “Thanks for deleting "
        "all the confusing messages,” while adding that Norrex got no request.",
        Want("Thanks for deleting", "Ola Brenn", "Brenn", "saying", False, "founder", "Norrex"),
    ),
    "participle after a quote whose words the parser made a clause: the speaker before": (
        "Commissioner Dana Holt spoke. Holt considers that the staff’s analysis “may reflect "
        "what some wish the rules to be, but it does not square with the court decisions on "
        "lending,” affirming that “This is yet another example of the agency’s approach.”",
        Want("This is yet", "Dana Holt", "Holt", "affirming"),
    ),
    "'he' after a firm the model may read as a person: the CEO, not the firm's initials": (
        "Velvet Fighting Championships (VFC), a Las Vegas-based women’s fighting league, "
        "announced plans to buy bitcoin on Thursday. However, CEO Jon Vestby told CoinDesk that "
        'VFC believed that "bitcoin has lots of room to grow." "I looked at it like a starter '
        'home," he added. Velvet Fighting Championships, meanwhile, could follow others.',
        Want(
            "I looked at",
            "Jon Vestby",
            "he",
            "added",
            False,
            "CEO",
            "Velvet Fighting Championships",
        ),
    ),
    "'the president' is not the surname of a person introduced as an attorney": (
        "According to attorney Lena Brask, the bill is unusual. Brask told Cointelegraph that "
        "it was new. The attorney explained: “This is the inverse, which I have never seen "
        "before.” It follows proposals from Norland President Harald Vik to cut taxes. Vik has "
        'proposed ending the income tax. "When tariffs cut in, many taxes will be reduced," the '
        "president wrote in a post.",
        Want("When tariffs cut", "Harald Vik", "the president", "wrote", False, "President"),
    ),
    "'wrote chartist X': a chartist is a person's title": (
        "“We might see an end of this bearish curve,” wrote chartist Jimor. He noted the level.",
        Want("We might see", "Jimor", "Jimor", "wrote", False, "chartist", ""),
    ),
    "a titled name set off before its verb, after a heading the parser made the subject": (
        "Traders can use this as a signal. Dollar Weakness May Signal Tailwinds for Bitcoin "
        "Another Norrquant analyst, Darkfrost, highlighted a trend in the dollar. Darkfrost "
        "pointed out that capital flows elsewhere. “Historical data shows that these periods "
        "have helped Bitcoin,” the analyst stated.",
        Want(
            "Historical data", "Darkfrost", "the analyst", "stated", False, "analyst", "Norrquant"
        ),
    ),
    "'“…,” read the survey': the survey's maker named before speaks": (
        "The Norrland central bank, the Riksnorr, released its survey for May on Monday. "
        '"Activity has declined slightly since the previous report," read the survey.',
        Want("Activity has declined", "Riksnorr", "the survey", "read"),
    ),
    "a quote after a colon in a sentence whose earlier quote was attributed: same speaker": (
        "Ola Vestby runs a fund. According to Vestby, putting bitcoin in retirement accounts "
        "will allow officials to “debase the coin and get reelected,” because holders would not "
        "resist the loss: “Debase the coin all you want… I don’t care because I own Bitcoin.” "
        "He concluded there.",
        Want("Debase the coin all", "Ola Vestby", "Vestby"),
    ),
    "a reported clause without 'that' the parser hung on the verb before: the cue's": (
        "Bitcoin fell to $107,600, with analytics platform Norrment warning the drop had "
        "caused traders to change strategies to “holding and ‘hoping for the best.’” Meanwhile, "
        "Norrchain revealed that Wynn had dumped his longs.",
        Want("holding and", "Norrment", "Norrment", "warning", True),
    ),
    "'The firm also said that …:“…”' before 'Vestby claimed that …': the firm's": (
        "Norrbire also claimed that it does not rely on outside services. The firm also said "
        "that the new accounts are easier for AI agents to use:“Account programmability lets "
        "AI agents act for you.”Vestby claimed that Norrbire’s offering is the first.",
        Want("Account programmability", "Norrbire", "The firm", "said"),
    ),
    "'by quoting Congressman X, who equated …': the person quoted is the source": (
        "Author Robert Kiyosa spoke. On May 10, he criticized the central bank by quoting "
        "former Congressman Ron Pauls, who equated rate controls with “price fixing” and called "
        "them Marxist.",
        Want("price fixing", "Ron Pauls", "Ron Pauls", "quoting", True, "former Congressman"),
    ),
    "'citing data from X, she said': a thing cited is no source (guard)": (
        "Analyst Ola Brenn spoke. Citing data from Glassnode, she said the market is "
        "“overheated and due a pause.”",
        Want("overheated", "Ola Brenn", "she", "said", True, "Analyst"),
    ),
    "'…,” co-founder X, who goes by “Nick,” posted': the name before the relative clause": (
        "“Shoutout to the hackers. They decided to scare the degens,” crypto startup g8norr "
        "co-founder Harrison Leggo, who goes by “Pop Punk,” posted to X.Source: Harrison "
        "LeggoThe fake statement was aimed at the price.",
        Want(
            "Shoutout to the",
            "Harrison Leggo",
            "Harrison Leggo",
            "posted",
            False,
            "co-founder",
            "g8norr",
        ),
    ),
    "'Norrland’s Supreme Court said': the court speaks, not the country before it": (
        "Norrland’s Supreme Court said the ban was “a step too far for a free market.”",
        Want("a step too far", "Supreme Court", "Supreme Court", "said", True, "", "Supreme Court"),
    ),
    "'the thread said' after 'in a post …, revisiting a thread': the post's author": (
        "According to energy analyst Lars Norrgaard, the threat is mostly rhetoric. Norrgaard "
        "explained the same in a post on X, revisiting a 2019 thread that showed how closing the "
        "port is easier said than done. “Closing the port means taking over the northern waters. "
        "It means war,” the thread said.",
        Want(
            "Closing the port", "Lars Norrgaard", "the thread", "said", False, "energy analyst", ""
        ),
    ),
    "'said the bank’s CEO, Tove Norrhagen said': the name after the title, not a CEO before": (
        "Norrex CEO Rikard Tengvall opened the panel in Oslo. Fjordbank, which ran the first "
        "pilot, now leads adoption. “Card payments are already common,” said the bank’s CEO, "
        "Tove Norrhagen said.",
        Want(
            "Card payments", "Tove Norrhagen", "Tove Norrhagen", "said", False, "CEO", "Fjordbank"
        ),
    ),
    "'the bank said' after 'Solvik Bank' with another firm named between": (
        "Solvik Bank plans a retail crypto desk, its filing shows. Trades will settle through "
        "Norrex, a local exchange. “Clients asked for it for years,” the bank said.",
        Want("Clients asked", "Solvik Bank", "the bank", "said", False, "", "Solvik Bank"),
    ),
    "'Tom Norrby’s official endorsement': an adjective after a possessive is no title": (
        "Prices rose following Tom Norrby’s official endorsement of the Harbor Party’s plan. "
        "In a statement posted on X, Norrby labeled fiat money “hopeless” and praised the asset.",
        Want("hopeless", "Tom Norrby", "Norrby", "labeled", True, "", ""),
    ),
    "'Source: NorrBTC “…,” said Vexa Capital founder X': the caption's label is no subject": (
        "Traders expect the move to continue. BTC/USD 12-hour chart. Source: NorrBTC “Bitcoin "
        "is going to a record faster than I expected,” said Vexa Capital founder Lars van der "
        "Brenn in a May 20 post on X.",
        Want(
            "Bitcoin is going",
            "Lars van der Brenn",
            "Lars van der Brenn",
            "said",
            False,
            "founder",
            "Vexa Capital",
        ),
    ),
    "'bitcoin twitter poster norrstrife': a handle after a platform written in small letters": (
        "Treasury firms are the talk of the week. “Treasury companies are all the rage this "
        "week,” said modestly well-followed bitcoin twitter poster norrstrife.",
        Want("Treasury companies", "norrstrife", "norrstrife", "said"),
    ),
    "', adding that “…”' read as the subject of the quotation's verb: the reporter above": (
        "Tove Lindahl said the sharp pivot by many corporations integrating BTC into their "
        "long-term investment strategies “is fundamentally reshaping the coin’s market "
        "dynamics,” adding that “what was once a retail-driven market and highly cyclical asset "
        "has become a cornerstone in institutional finance.” Prices held.",
        Want("what was once", "Tove Lindahl", "Tove Lindahl", "adding"),
    ),
    "', director of the department of tourism': a body in small letters is the organisation": (
        "“Visitors cannot pay easily. Norrpay fixes that,” said Dorje Lhamo, director of the "
        "department of tourism.",
        Want(
            "Visitors cannot",
            "Dorje Lhamo",
            "Dorje Lhamo",
            "said",
            False,
            "director",
            "department of tourism",
        ),
    ),
    "'a blockchain built on … and founded by X': X founded the name described": (
        "Norrnet, a Layer-1 blockchain built on the Vexa Protocol and founded by Sasha "
        "Ivarsson, has secured $10 million in funding. “This investment lets us grow,” said "
        "Sasha Ivarsson.",
        Want(
            "This investment",
            "Sasha Ivarsson",
            "Sasha Ivarsson",
            "said",
            False,
            "founder",
            "Norrnet",
        ),
    ),
    "'“…,” the protocol posted on X' with the noun hung inside the quotation": (
        "Meanwhile, Norrliquid reported that NorrFND’s official X account was compromised on "
        "Saturday. “The Norrliquid blockchain is unaffected. Do not interact with any links or "
        "tweets from that account,” the protocol posted on X. NorrFND twitter account was later "
        "restored.",
        Want("The Norrliquid blockchain", "Norrliquid", "the protocol", "posted"),
    ),
    "'the firm stated' after 'banks such as A, B, and C': not a firm given as an example": (
        "Norrstrat today announced a new preferred stock. The involvement of major investment "
        "banks such as Barclays, Morgan Stanley, and TD Securities, as underwriters, suggests a "
        "large raise. “Our treasury strategy is designed to give investors exposure to Bitcoin,” "
        "the firm stated.",
        Want("Our treasury strategy", "Norrstrat", "the firm", "stated"),
    ),
    "'the firm stated' long after the company the article is about (named like its stock)": (
        "On Monday, Strategy announced a new preferred stock for its treasury. Strategy will "
        "pay a fixed dividend. "
        + "Desks reported thin trading in the hours that followed. " * 32
        + "“Our treasury plan gives investors a choice of exposure,” the firm stated.",
        Want("Our treasury plan", "Strategy", "the firm", "stated"),
    ),
    "'the senators cited concerns over A, B, and C, which they say leave …': the group": (
        "Norrland senators wrote to the housing agency on Monday. Beyond market risk, the "
        "senators cited concerns over scams, cyberattacks, and theft, which they say leave "
        "homeowners “vulnerable to losing their crypto assets with little hope of recovery.”",
        Want("vulnerable to losing", "senators", "the senators", "say", True),
    ),
    "'The senators say … They also warned … “…,” they wrote': the group, not firms named": (
        "Norrland senators wrote to the agency. The senators say such a move “could introduce "
        "risks to consumers.” They also warned that volatility could hurt borrowers and lenders "
        "such as Fannie Mae and Freddie Mac. “Borrowers may not be able to exit a crypto "
        "position in time,” they wrote.",
        Want("Borrowers may not", "senators", "they", "wrote"),
    ),
    "'five senators led by Jo Lindgren raised concerns … the senators say': the leader": (
        "In a letter sent Friday, five senators led by Jo Lindgren raised concerns about the "
        "agency’s directive. The letter calls for answers by August 7. The senators say such a "
        "move “could introduce unnecessary risks to consumers.”",
        Want("could introduce", "Jo Lindgren", "The senators", "say", True, "senator"),
    ),
    "'said capital markets commentator, The Norrvik Letter': a newsletter, not a person": (
        "Bond yields jumped after the downgrade. “Yields are surging again,” said capital "
        "markets commentator, The Norrvik Letter, in a post on X.",
        Want(
            "Yields are surging",
            "Norrvik Letter",
            "Norrvik Letter",
            "said",
            False,
            "capital markets commentator",
            "Norrvik Letter",
        ),
    ),
    "'They “…” and … were “…,” the suit alleges': a quote far inside the verb's clause": (
        "Norrgen filed suit against its parent. They “knew through their close ties with "
        "Norrgen that its business was near collapse” and took the chance to pull all their "
        "assets and recover nearly every loan made to the lending platform while members of the "
        "public were “kept in the dark,” the suit alleges.",
        Want("knew through their", "Norrgen", "the suit", "alleges", True),
    ),
    "'Norrgen filed two lawsuits … the suit alleges': the suit's filer": (
        "Crypto lender Norrgen filed two lawsuits against its parent company, Norrvest Group. "
        "The parent “knew the business was near collapse,” the suit alleges.",
        Want("knew the business", "Norrgen", "the suit", "alleges", True, "", "Norrgen"),
    ),
    "'The motion claims … a “…,” as Norrbase called it': the words are Norrbase's": (
        "On July 2, Norrland’s attorney general, Dana Rayfeld, filed a motion to keep the "
        "lawsuit against Norrbase in state court. The motion claims that the lawsuit isn’t a "
        "“regulatory land grab,” as Norrbase called it.",
        Want("regulatory land grab", "Norrbase", "Norrbase", "called", True),
    ),
    "'Norrland’s Attorney General (AG) has filed a motion': a title, no one named": (
        "Norrland’s Attorney General (AG) has filed a motion to keep the lawsuit against "
        "Norrbase in state court. The motion says the case is “a state law action.”",
        Want("a state law action", None, None, "says", True),
    ),
    "'The New York filing says': a place's filing names no author; the firm speaks": (
        "Crypto lender Norrgen filed two lawsuits against its parent company, Norrvest Group "
        "(NVG), NVG CEO Barry Sill and other executives. It is seeking $1 billion in a suit at "
        "the Bankruptcy Court for the Southern District of New York. The New York filing says "
        "money was withdrawn. “These baseless lawsuits recycle the same claims to extract value "
        "from NVG,” a spokesperson for the company said.",
        Want("These baseless", "Norrvest Group", "the company", "said", False, "spokesperson"),
    ),
    "'its parent company, Norrvest Group, … a spokesperson for the company': the parent": (
        "Crypto lender Norrgen filed two lawsuits against its parent company, Norrvest Group "
        "(NVG). The parent “knew the business was near collapse,” the suit alleges. “These "
        "baseless lawsuits recycle old claims,” a spokesperson for the company said.",
        Want("These baseless", "Norrvest Group", "the company", "said", False, "spokesperson"),
    ),
    "'… company, Norrvest Group (NVG) …' far before 'the company': its acronym keeps it named": (
        "Crypto lender Norrgen filed two lawsuits against its parent company, Norrvest Group "
        f"(NVG). {FILLER} NVG executives took loans, the suit alleges. {FILLER} The parent "
        "“knew the business was near collapse,” the suit alleges. “These baseless lawsuits "
        "recycle old claims against NVG,” a spokesperson for the company said.",
        Want("These baseless", "Norrvest Group", "the company", "said", False, "spokesperson"),
    ),
    "'According to Norrtel, … The company admits': the firm that just spoke, not one far back": (
        "Compliance company Norrbot published a report on the freezes. The Norrbot study covers "
        f"six years. {FILLER} {FILLER} According to Norrtel, the delay stems from its "
        "“multisignature governance model.” The company admits the model adds a delay, noting "
        "that “it’s a trade-off for safety.”",
        Want("it’s a trade-off", "Norrtel", "The company", "noting"),
    ),
    "'data from Glassnode supports this view' (parsed as a compound): still a name": (
        "Some traders expect a pause. Bitcoin short-term holder supply data from Glassnode "
        "supports this view, as shown in the chart below. The onchain data company highlighted "
        "profit taking for short-term traders but explained that it does not exceed the "
        "statistical norm. “Recently, the magnitude of realized profit has surged to almost "
        "three standard deviations above its average.”",
        Want("Recently, the magnitude", "Glassnode", "Glassnode"),
    ),
    "'observed analyst ‘Norr Capital.’': the pseudonym in single marks after the title": (
        "The asset is “now on the cusp of breaking down here,” observed analyst ‘Norr Capital.’ "
        "BTC was recovering.",
        Want("now on the cusp", "Norr Capital", "Norr Capital", "observed", True, "analyst"),
    ),
    "'Dave Norrby (Chairman of Norr Magazine)': a title in brackets after the name": (
        "He shared a post by Dave Norrby (Chairman of Norr Magazine), who recently urged people "
        "to “get as much capital” as they can.",
        Want(
            "get as much", "Dave Norrby", "Dave Norrby", "urged", True, "Chairman", "Norr Magazine"
        ),
    ),
    "'chief executive Brad Norrhouse' later 'the Norrpel CEO': the short form the text uses": (
        "At the summit, Norrpel president Mona Lind and chief executive Brad Norrhouse took the "
        "stage. “There’s a lasting impact from meme coins,” she said. The Norrpel CEO offered "
        "the other side. “I think meme coins are generally bad,” the Norrpel CEO conceded.",
        Want("I think meme", "Brad Norrhouse", "the Norrpel CEO", "conceded", False, "CEO"),
    ),
    "'the RSI is “just strength—constant higher lows,” still …': four words, no cue, carried": (
        "“This structure looks really good to me,” Kevin Norrcap said. On the monthly chart, the "
        "Relative Strength Index is “just strength—constant higher lows,” still far beneath the "
        "zone that capped prior tops.",
        Want("just strength", "Kevin Norrcap", "Kevin Norrcap", None, True),
    ),
    "'“Built different,” the trader flexed': a boast is speech": (
        "Jo Wynn shared a screenshot of his profits. “Built different,” the trader flexed.",
        Want("Built different", "Jo Wynn", "the trader", "flexed", False, "trader"),
    ),
    "'In her view, dips are “…”': the view's owner speaks": (
        "Analysts caution that Bitcoin must defend key support zones. Jo Jinn sees the $94,000 "
        "level as a critical threshold. In her view, dips are now seen as “strategic entry "
        "points rather than capitulation signs,” a huge contrast to previous cycles.",
        Want("strategic entry", "Jo Jinn", "she", "view", True),
    ),
    "'Two US senators … Senators Cyra Lummdal and Bern Morrow …': the first one named": (
        "Two US senators are calling on the Treasury to “exercise its authority” and change a "
        "provision. In a May 12 letter, Senators Cyra Lummdal and Bern Morrow suggested the "
        "Treasury had the authority. According to the two senators, the change would provide "
        "“relief to corporations that invest in digital assets.”",
        Want("relief to corporations", "Cyra Lummdal", "the two senators", None, True, "senator"),
    ),
    "'the report reads' before 'Norrbot researchers said': the report's quote has no role": (
        "A report from compliance firm Norrbot says delays help attackers. “This delay creates a "
        "window for illicit actors,” the report reads. Asked whether the delay is technical, "
        "Norrbot researchers said they cannot tell. “We need more data,” Norrbot said.",
        Want("This delay creates", "Norrbot", "the report", "reads", False, ""),
    ),
    "a handle whose sentence calls it 'he' is a person": (
        "NorrchartsUK’s weekly video opens with a warning he repeats often. In a walkthrough "
        "of the charts, the British analyst argues that the market is setting up what he calls "
        "“a slow squeeze” for late longs. “We are not done yet,” he says.",
        Want("We are not done", "NorrchartsUK", cue="says"),
    ),
    "a handle's partial quote after 'what he calls'": (
        "NorrchartsUK’s weekly video opens with a warning he repeats often. In a walkthrough "
        "of the charts, the British analyst argues that the market is setting up what he calls "
        "“a slow squeeze” for late longs. “We are not done yet,” he says.",
        Want("a slow squeeze", "NorrchartsUK", cue="calls", partial=True),
    ),
    "a firm spoken of in a clause is not the 'he' after it": (
        "Lena Norrberg, an analyst, spoke on Monday. Later, Norrberg cautioned that Norrgy is "
        "neither a hero nor a villain; instead, he said that it was “a bet on leverage.”",
        Want("a bet on leverage", "Lena Norrberg", cue="said", partial=True),
    ),
    "a justice of the one court the article names": (
        "Norland’s Supreme Court met on Monday. Justice Arvo Kantele said the trade is “an "
        "illicit trade.”",
        Want(
            "an illicit trade",
            "Arvo Kantele",
            cue="said",
            partial=True,
            role="Justice",
            organization="Supreme Court",
        ),
    ),
    "the Justice Department is no justice named Department": (
        "The Justice Department said the trade is “an illicit trade.”",
        Want("an illicit trade", "Justice Department", cue="said", partial=True, role=""),
    ),
    "'it' takes up a firm a firm's noun introduced in the sentence before": (
        "Trader Kai Norrberg was upbeat. “This is exactly what we need,” Norrberg wrote. The "
        "area around $106,000 was also on the radar for onchain analytics firm Norrnode. “The "
        "surge stalled just below $106,600,” it observed on the day.",
        Want("The surge stalled", "Norrnode", "it", "observed"),
    ),
    "a product's short form is not the firm a titled speaker works at": (
        "Norrbit, developer of the BeL2 protocol, unveiled its bitcoin dollar (NRBD) on "
        "Wednesday. Norrbit said it wants a sound dollar. NRBD is backed by bitcoin. Norrbit "
        "deals with this through collateral, "
        "Ahmed Norrsson, the head of marketing, told reporters. “Oracles feed the rate each "
        "block,” he said. NRBD trades on many venues, and NRBD holders can redeem it.",
        Want(
            "Oracles feed",
            "Ahmed Norrsson",
            "he",
            "said",
            role="head of marketing",
            organization="Norrbit",
        ),
    ),
    "a name written only at sentence starts, never in lower case, still speaks": (
        "A project debuted a stablecoin this week. Elastos , developer of the BeL2 protocol, "
        "unveiled it on Wednesday. Elastos said it is “reimagining money with Bitcoin at its "
        "core.” Stablecoins are tokens pegged to a currency.",
        Want("reimagining money", "Elastos", "Elastos", "said", partial=True),
    ),
    "said Bitcoin OG X": (
        "This is “clearing the path for banks to work with crypto without fear,” said Bitcoin "
        "OG Kai Norrsen.",
        Want("clearing the path", "Kai Norrsen", cue="said", partial=True, role="Bitcoin OG"),
    ),
    "X hinted that … a “…”": (
        "Though Grewal said there were disputes, he hinted that the industry was a "
        "“complicating factor.”",
        Want("complicating factor", "Grewal", "he", "hinted", partial=True),
    ),
    "X, he reminds viewers, “…”": (
        "Kai Norrsen posted a video. Charts, he reminds viewers, “love doing something like” "
        "a fake breakout.",
        Want("love doing something", "Kai Norrsen", "he", "reminds", partial=True),
    ),
    "a quotation after 'according to X,' gives X no title": (
        "According to on-chain sleuth Norrchain, “the Bitcoin OG with 80,009 BTC has moved "
        "40,009 BTC to an exchange,” and the rest stays put.",
        Want(
            "the Bitcoin OG", "Norrchain", cue="according to", partial=True, role="on-chain sleuth"
        ),
    ),
    "'the hacker group' after 'hacker collective X'": (
        "The pro-Norr hacker collective Norrske Daran released the source code of exchange "
        "Nobrex. Norrland responded with missiles. In an X post on Thursday, the hacker group "
        "wrote: “Time is up, the code is below.”",
        Want("Time is up", "Norrske Daran", "the hacker group", "wrote"),
    ),
    "'The filing states:' after 'In a filing, the firm wrote'": (
        "Norrgy, the top corporate Bitcoin holder, bought Bitcoin last week. Norrgy reported a "
        "yield of 16%. In a recent SEC filing, the firm wrote that “a lawsuit was filed in the "
        "US District Court” against its executives. Norrgy officials are accused of "
        "“violations of the Exchange Act.” The filing states: “The suit claims that the named "
        "defendants made false statements about the risks.“ Norrbyte, a pseudonymous developer "
        "at data platform DefiNorr, wrote in a May 19 X post that he believes the lawsuit has "
        "no basis.",
        Want("The suit claims", "Norrgy", "The filing", "states"),
    ),
    "'In a recent SEC filing, the firm wrote' after a glued headline": (
        "Software firm Norrgy bought Bitcoin last week. Norrgy reported a yield of 16%. "
        "Related: Kai Norr takes opposing bets on Bitcoin and Norrgy Norrgy hit with a lawsuit "
        "In a recent SEC filing, the firm wrote that “a lawsuit was filed in the US District "
        "Court” against its executives. The filing states: “The suit claims that the named "
        "defendants made false statements about the risks.”",
        Want("The suit claims", "Norrgy", "The filing", "states"),
    ),
    "the report attributed this “…” to “…”": (
        "Norrnode published its weekly report on Monday. The report attributed this “unique "
        "market dynamic” to intense “maturation and accumulation pressures” overwhelming "
        "selling.",
        Want("maturation and", "Norrnode", "The report", "attributed", partial=True),
    ),
    "said Bitcoiner X": (
        "“Many users find this undesirable,” said Bitcoiner Samson Norrow on X on May 5.",
        Want("Many users", "Samson Norrow", cue="said", role="Bitcoiner"),
    ),
    "said bitcoin twitter poster x": (
        "“Treasury companies are all the rage this week,” said bitcoin twitter poster "
        "norrstrife. “I think they are toxic.”",
        Want("Treasury companies", "norrstrife", cue="said", role="bitcoin twitter poster"),
    ),
    "X and other <plural title>": (
        "That is according to a new draft proposal co-authored by Jameson Norrop and other "
        "crypto security researchers, which introduces a soft fork. “This proposal is "
        "radically different,” Norrop explained.",
        Want(
            "This proposal",
            "Jameson Norrop",
            "Norrop",
            "explained",
            role="crypto security researcher",
        ),
    ),
    "'he' after a one-word speaker named again in the sentence before": (
        "In his latest analysis, X analytics account Norrsk32 argued that the four-year cycle "
        "should provide new highs this year. Bitcoin following gold to new highs is a popular "
        "theory among bulls. Historically, the pair follows gold with a delay of several "
        "months, and the lag has held through three cycles. Gold itself hit a record of $3,500 "
        "per ounce this spring, and the metal kept rising through the quarter. For Norrsk32, "
        "the implications are considerable this time around, and the future is bright. "
        "“Bitcoin’s position relative to gold has improved considerably since April,” he told "
        "X followers.",
        Want("Bitcoin’s position", "Norrsk32", "he", "told"),
    ),
    "'he' is never a group that did something just before": (
        "In his latest analysis, X analytics account Norrsk32 argued that the four-year cycle "
        "should provide new highs this year. Bitcoin following gold to new highs is a popular "
        "theory among bulls. Historically, the pair follows gold with a delay of several "
        "months, and the lag has held through three cycles. Gold itself hit a record of $3,500 "
        "per ounce this spring, while miners and funds added to their holdings through the "
        "quarter. For Norrsk32, the implications are considerable this time around, and the "
        "future is bright. “Bitcoin’s position relative to gold has improved considerably "
        "since April,” he told X followers.",
        Want("Bitcoin’s position", "Norrsk32", "he", "told"),
    ),
    "'the fast food chain’s COO X': the chain named before employs X": (
        "Norrburger has taken bitcoin for two weeks, but the American fast food chain’s COO "
        "Dan Norrby said it has already been a “win” for the company.",
        Want("win", "Dan Norrby", cue="said", partial=True, role="COO", organization="Norrburger"),
    ),
    "'the bitcoin miner’s CEO X': the miner named before employs X": (
        "Norrhash Mining added 900 machines in March. The bitcoin miner’s CEO Jo Norrvall said "
        "the expansion was “on schedule” for the summer.",
        Want(
            "on schedule",
            "Jo Norrvall",
            cue="said",
            partial=True,
            role="CEO",
            organization="Norrhash Mining",
        ),
    ),
    "'analysis uploaded by trading account X described': the name after the title wrote it": (
        "Analysis uploaded to X by trading account Stockmoney Norrzards on May 28 described an "
        "“obvious” BTC price breakout signal.",
        Want("obvious", "Stockmoney Norrzards", cue="described", partial=True),
    ),
    "'“…,” the post claims': the verb the tagger read as a noun, after the quote": (
        "Jo Norrvik posted a chart on Monday. “Rates will fall this year,” the post claims.",
        Want("Rates will fall", "Jo Norrvik", "the post", "claims"),
    ),
    "'“…,” the X post claims, calling …': the post's author, for both quotes": (
        "Analysis uploaded to X by trader Ola Norrlind on May 28 described an “obvious” "
        "signal. The tool is primed for the next top. “The pattern is so obvious it hurts,” "
        "the X post claims, calling the tool the “cleanest trend indicator you can use.”",
        Want("The pattern is", "Ola Norrlind", "the X post", "claims"),
    ),
    "'One user, @handle, challenged …:' an account's handle set off after a person's noun": (
        "Replies pressed the analyst. One user, @Norrtul1994, challenged the shift in tone: "
        "“You said the coin was well placed a couple of weeks ago.” Kevin Norrby replied that "
        "his guidance had been contextual.",
        Want("You said the coin", "Norrtul1994", cue="challenged", role="", organization=""),
    ),
    "'says @handle': an account's handle is a person's, with no organisation": (
        "Banks stopped returning calls in 2017. “We’re all in on crypto,” says @NorrbyJR of "
        "his family’s ties with stablecoins.",
        Want("We’re all in", "NorrbyJR", cue="says", organization=""),
    ),
    "'would, in X’s words, open the “shadow realm” below': a short term after 'in X’s words'": (
        "Losing that band would, in Kevin Norrby’s words, open the “shadow realm” below, with "
        "lower levels flagged next.",
        Want("shadow realm", "Kevin Norrby", cue="in Kevin Norrby’s words", partial=True),
    ),
    "'“…” – By @Norrfost_Coc': signed with a handle that opens with the analyst's name": (
        "Crypto Norrdan, a Norrquant contributor, noted that whales hold. Norrdan emphasized "
        "that large holders wait for euphoria. Whales Near Highs “Whales show no intention of "
        "taking profits at this price level.” – By @NorrdanCoinInvestor pic.twitter.com/W5PtrHo "
        "— Norrquant.com (@norrquant_com) June 11, 2025 Whale Activity Indicates Move Further "
        "reinforcing the sentiment, another Norrquant analyst, Norrfost, highlighted a trend in "
        "whale behavior. According to Norrfost, historical data shows that inflows rise near "
        "highs. This pattern was visible during earlier cycle peaks. A strong bullish signal "
        "from whales! “Today, however, inflows are just around $3 billion and are continuing "
        "to decline.” – By @Norrfost_Coc Full analysis pic.twitter.com/O3XrqhAyEc — "
        "Norrquant.com (@norrquant_com) June 11, 2025 In contrast, recent inflows remain lower.",
        Want("Today, however", "Norrfost", "Norrfost", role="analyst", organization="Norrquant"),
    ),
    "'… Headline Is Buying Another commenter, @handle, noted': not the teaser's subject": (
        "The market was at resistance for a week, he said. Related Reading: Norrcoin Just "
        "Flashed A Rare Weekly Signal — This Analyst Is Buying Another commenter, @norrzamanz, "
        "noted the market’s link to Bitcoin—“Also all depend where Bitcoin will go…”—in a reply.",
        Want("Also all depend", "norrzamanz", cue="noted"),
    ),
    "'Representative X' first, 'House floor leader X' later: the office stays the title": (
        "Representative Marissa Norrbo had urged “thoughtful deliberation” on the bill. The "
        "House voted on Monday, with independent House floor leader Marissa Norrbo airing "
        "concerns. “Every time we talk about casinos, there is a bitter pill,” Norrbo said.",
        Want("Every time we", "Marissa Norrbo", "Norrbo", "said", role="Representative"),
    ),
    "'Norr Rai Corporation' named, 'a Norr Rai Corp. director' later: the name written out": (
        "The island chose local tech firm Norrland Rai Corporation as its provider. Clyde "
        "Norrita, a Norrland Rai Corp. director and local mogul, told the House that the "
        "economy was “dying out” this year.",
        Want(
            "dying out",
            "Clyde Norrita",
            cue="told",
            partial=True,
            role="director",
            organization="Norrland Rai Corporation",
        ),
    ),
    "'with their “mind-boggling” potential, will …, Jo Norrtoul said.': a short term inside": (
        "Jo Norrtoul runs a trading firm. Stablecoins, with their “mind-boggling” potential, "
        "will likely remain the bigger story for years to come, Norrtoul said.",
        Want("mind-boggling", "Jo Norrtoul", "Norrtoul", "said", partial=True),
    ),
    "'The risk will get worse:“…” Z is more optimistic, saying': the colon goes on with X": (
        "Mike Norrtin, chief technology officer at compliance protocol NorrFi, told reporters "
        "that “drainers proved that users will sign ‘harmless’ messages in cloned apps.” The "
        "risk will now get worse:“The change expands that trick from one token to the whole "
        "wallet.“Georgiev is more optimistic, saying he is “confident there will not be a "
        "tangible increase in risk.”",
        Want(
            "The change expands",
            "Mike Norrtin",
            role="chief technology officer",
            organization="NorrFi",
        ),
    ),
    "'… account abstraction0xNorr, lead developer at X, told': a heading glued to a handle": (
        "Better account abstraction0xNorr, lead developer at decentralized exchange Norrbase, "
        "told reporters that the upgrade “is a potentially great addition for Ethereum.”",
        Want(
            "is a potentially",
            "0xNorr",
            cue="told",
            partial=True,
            role="lead developer",
            organization="Norrbase",
        ),
    ),
    "'Two days after declaring that “…,” X faced': the participle's subject is after the quote": (
        "Two days after declaring on X that “The Norr Party is the answer,” Kevin Norrsen faced "
        "a blunt question from a follower.",
        Want("The Norr Party", "Kevin Norrsen", "Kevin Norrsen", cue="declaring"),
    ),
    "'“…?” That was the question posed by X': a sentence pointing back names the source": (
        "Markets slid on Monday. “Do you hold a pension full of stocks?” That was the question "
        "posed by author Kevin Norrsen on X, as he issued a warning about a crash.",
        Want("Do you hold", "Kevin Norrsen", "Kevin Norrsen", cue="posed", role="author"),
    ),
    "'X and Y said …. “…?” they posed': the pair speaks through its first": (
        "The court heard the case on Monday. Justice Kevin Norrsen and Ola Bergstrand said "
        "that there is a “parallel market” for tokens. “Why does the state not act?” they "
        "posed. “Rules would help,” Justice Norrsen added.",
        Want("Why does the", "Kevin Norrsen", "they", cue="posed", role="Justice"),
    ),
    "'X called it “…” and a design where trust is “…”' glued: the sentence's last quote": (
        "It will allow users to join.Kevin Norrsen, co-founder and CEO of Norrlabs, called "
        "NORRPIN “the next step in mobile” and a design where trust is “checked by maths.”In "
        "addition, Norrlabs is planning to launch a token.",
        Want("checked by maths", "Kevin Norrsen", partial=True, role="co-founder and CEO"),
    ),
    "'“…, NRRX, Norrmoto,” said … twitter poster lowmoat.': a lower-case handle after the verb": (
        "Debate goes on. “Treasury firms are all the rage this week. NRRX, Norrplanet, Forty "
        "Two, Norrmoto,” said modestly well-followed bitcoin twitter poster lowmoat. “I think "
        "the leverage is the worst thing for bitcoin.” The issue, according to lowmoat, is the "
        "premium.",
        Want("Treasury firms", "lowmoat", "lowmoat", cue="said", role="bitcoin twitter poster"),
    ),
    "'Some traders said …' and 'Many analysts argue …': a quantified group names no one": (
        "Bitcoin slid on Monday. Some traders said the drop was “a healthy reset.” Many "
        "analysts argue that “the floor is near,” while the Norrland lawmakers said it was “a "
        "warning.”",
        Want("the floor is near", None, cue="argue"),
    ),
    "'The sell-off came as X threatened …, calling him an “…”': the clause's person": (
        "The sell-off came as U.S. President Kevin Norrsen threatened to eliminate the rival's "
        'supreme leader amid the clash, calling him an "easy target." Bitcoin held firm.',
        Want("easy target", "Kevin Norrsen", cue="calling", partial=True, role="President"),
    ),
    "'The United Kingdom’s Financial Conduct Authority (FCA)', tagged a place: 'the regulator'": (
        "The United Kingdom’s Financial Conduct Authority (FCA) has requested public feedback "
        "on proposed rules for tokens.In a May 12 request for comment, the United Kingdom’s "
        "financial regulator announced that its proposals are “the latest milestone on the road "
        "to regulation.” The draft rules are based on roundtables.",
        Want("the latest milestone", "Financial Conduct Authority", cue="announced", partial=True),
    ),
    "'It also recommended that …:“…“Berg added that …': the colon's 'It', not the next cue": (
        "The Norrland Conduct Authority said customers must be told how reserves are run. It "
        "also recommended that issuers appoint custodians to hold reserve assets:“We propose to "
        "require issuers to redeem at par by the end of the next business day.“Berg added that "
        "the proposals are part of a wider effort.",
        Want("We propose", "Norrland Conduct Authority", "It", cue="recommended"),
    ),
    "'… theft “paints a grim picture of the year.” According to the report, “…”'": (
        "On Monday, Norrlysis published its half-year review of token theft. Stolen funds "
        "rose sharply in spring. The surge in thefts from services “paints a grim picture of "
        "the year ahead.” According to the report, “If this goes on, losses could double.”",
        Want("paints a grim", "Norrlysis", partial=True),
    ),
    "'… “has no legal force or effect,” the footnote said': a footnote is its body's": (
        "The Norrland Securities Commission issued a staff statement on Monday on token "
        'staking. It is not a rule and "has no legal force or effect," the footnote said.',
        Want("has no legal", "Norrland Securities Commission", "the footnote", "said", True),
    ),
    "'groups led by X … The banking bodies said that the “…”': the body leading them": (
        "Five banking groups led by the Norrland Bankers Association asked the regulator to drop "
        "its rule in a letter. The SEC adopted the rule in 2023. The banking bodies said that "
        "the “narrow delay mechanism” gets in the way of incident response.",
        Want("narrow delay", "Norrland Bankers Association", "The banking bodies", "said", True),
    ),
    "'The group … claimed “…” … “…,” the groups stated': the plural is the same body": (
        "The Norrland Bankers Association wrote to the regulator on Monday. The group claimed "
        "that disclosure is “weaponized by criminals.” The Norrland Securities Commission "
        "adopted the rule in 2023. “Without the rule, investors are still protected,” the "
        "groups stated.",
        Want("Without the rule", "Norrland Bankers Association", "the groups", "stated"),
    ),
    "'A December 2024 Norrbes report put …, noting that “…”': 'A' hung on the year": (
        "Kevin Norrsen co-founded the firm in 2012. A December 2024 Norrbes report put "
        "Norrsen’s fortune at $9.2 billion, noting that “roughly half is still held in tokens.” "
        "He has not sold since.",
        Want("roughly half", "Norrbes", cue="noting"),
    ),
    "'Senator X’s call for the Treasury to “act swiftly.”': a noun of asking and 'for'": (
        "The measure would tax unrealized gains, leading to Senator Kevin Norrsen’s call for "
        "the Treasury Department to “act swiftly.” The vote is next week.",
        Want("act swiftly", "Kevin Norrsen", cue="call", partial=True, role="Senator"),
    ),
    "'X’ and Y’s calls for the Treasury to “…”': the first of the two owners": (
        "The measure would tax unrealized gains, leading to Norrsen’ and Bergstrand’s calls for "
        "the Treasury Department to “act swiftly.” The vote is next week. Senators Kevin "
        "Norrsen and Ola Bergstrand wrote to the agency.",
        Want("act swiftly", "Kevin Norrsen", "Norrsen", "calls", True),
    ),
    "'Despite Norrsen’ reported doubts …, she posted …, saying she was “…”': the possessor": (
        "Senator Ola Norrsen backed the bill last year. “We should not charge people to tour "
        "the Capitol,” said Senator Lisa Bergstrand, according to a report. Despite Norrsen’ "
        "reported doubts over the plan, on May 2 she posted a video, saying she was "
        "“particularly pleased” by the support for a reserve.",
        Want("particularly pleased", "Ola Norrsen", "she", "saying", True),
    ),
    "'“… Norrsen’s priorities …,” he concluded': a possessor inside the quote is no antecedent": (
        "Kevin Norrsen has put his own cash into other treasury firms, analyst Ola Bergstrand "
        "noted. “This deal shows that Norrsen’s priorities lie in wider use, not in gains,” he "
        "concluded.",
        Want("This deal shows", "Ola Bergstrand", "he", "concluded"),
    ),
    "'“…,” Bank of Norrland’s Koh Kyung-chul reportedly said': a hyphenated name's end": (
        "The news came shortly after a Bank of Norrland executive voiced concerns over won-backed "
        "stablecoins.“Stablecoins have a great impact on the running of central bank policies "
        "such as monetary policy, financial stability, and payment settlement,” Bank of "
        "Norrland’s Koh Kyung-chul reportedly said at a conference on May 12.",
        Want("Stablecoins have", "Koh Kyung-chul", cue="said"),
    ),
    "'Norrsen’s rejoinder—calling Berg “off the rails”—': the speech noun's owner": (
        "President Kevin Norrsen answered on Friday. Norrsen’s rejoinder—calling Berg “off "
        "the rails” in a long post—only hardened the billionaire’s stance.",
        Want("off the rails", "Kevin Norrsen", "Norrsen", "calling", True),
    ),
    "'calling Berg “off the rails” and a “train wreck”': a list of the speaker's words": (
        "President Kevin Norrsen answered on Friday. Norrsen’s rejoinder—calling Berg “off the "
        "rails” and a “train wreck” who was angry about lost subsidies—only hardened the "
        "stance.",
        Want("train wreck", "Kevin Norrsen", partial=True),
    ),
    "'the head of the NFA', later 'took over as superintendent of the NFA'": (
        "Lena Norrvik, the head of the Norrland State Financial Authority (NFA), spoke on Monday. "
        "Norrvik took over as superintendent of the NFA in 2021 after years in banking. "
        "“We added many rules,” Norrvik said.",
        Want(
            "We added",
            "Lena Norrvik",
            "Norrvik",
            "said",
            False,
            "superintendent",
            "Norrland State Financial Authority",
        ),  # fmt: skip
    ),
    "'the head of Norrfin', and no other title: 'head' stays": (
        "Lena Norrvik, the head of Norrfin, spoke on Monday. “We added many rules,” Norrvik said.",
        Want("We added", "Lena Norrvik", "Norrvik", "said", False, "head", "Norrfin"),
    ),
    "'To the analyst, the coin “needs …”': the viewpoint of the title's person": (
        "Analyst Lena Norrvik posted a chart on Monday. To the analyst, the coin “needs to hold "
        "this level” before any rally.",
        Want("needs to hold", "Lena Norrvik", "the analyst", "to", True),
    ),
    "'To Norrvik, the coin “needs …”': the viewpoint of a surname named before": (
        "Analyst Lena Norrvik posted a chart on Monday. To Norrvik, the coin “needs to hold "
        "this level” before any rally.",
        Want("needs to hold", "Lena Norrvik", "Norrvik", "to", True),
    ),
    "'… Weekly Close Analyst Norr Capital pointed out': a title after a glued heading": (
        "To Lena Norrvik, this signals that “the coin will rise.” All Eyes On The Weekly Close "
        "Analyst Norr Capital pointed out that the coin holds its range. He warned that it "
        "would “tease a loss of support.”",
        Want("tease a loss", "Norr Capital", "He", "warned", True, "Analyst"),
    ),
    "'trading resource The Norrvik Letter saw …“…,” it observed': the firm a noun introduces": (
        "Norrfin Capital wrote that prices held. In its own analysis, trading resource The "
        "Norrvik Letter saw gold rising.“In April, Bitcoin joined the gold run,” it observed in "
        "an X thread on May 5.",
        Want("In April", "The Norrvik Letter", "it", "observed", False, "", "The Norrvik Letter"),
    ),
    "'“…?” Jo Park, an analyst at Norrfin, told Reuters': name, title, verb after the mark": (
        "Prices fell in March. “Where does that leave everything else?” Lena Norrvik, an "
        "analyst at Norrfin, told Reuters.",
        Want("Where does", "Lena Norrvik", "Lena Norrvik", "told", False, "analyst", "Norrfin"),
    ),
    "'The judge overseeing the case, Amy Norrvik, also ordered prosecutors to “…”'": (
        "In a May 13 filing in the US District Court for the District of Columbia, the team "
        "asked for leniency. The judge overseeing the case, Amy Norrvik, also ordered "
        "prosecutors to “identify the felony in the record” by May 13.",
        Want(
            "identify the felony",
            "Amy Norrvik",
            "Amy Norrvik",
            "ordered",
            True,
            "judge",
            "US District Court for the District of Columbia",
        ),
    ),
    "'digital currencies (CBDCs) … the CBDC … Per the report': a defined term is no source": (
        "The Norrland Reserve Bank (NRB) plans new central bank digital currencies (CBDCs), "
        "according to the central bank’s annual report. Both versions of the CBDC are in "
        "testing. Per the report, the pilot “has reached 600,000 users” across 17 banks.",
        Want("has reached", "Norrland Reserve Bank", partial=True),
    ),
    "'The Norrland Securities Commission … The NSC said …': the body under its full name": (
        "The Norrland Securities Commission has delayed its decision. The NSC said on May 20 "
        "that it needed more time to “consider the proposed rule change.”",
        Want("consider the", "Norrland Securities Commission", "NSC", "said", True),
    ),
    "'Popular analysts, such as Lena Norrvik , describe …': one of the plural title": (
        "Data from Norrglass confirms that the rally absorbed short interest. Popular analysts, "
        "such as Lena Norrvik , describe the market as “bulls in control,” while others "
        "disagree.",
        Want("bulls in control", "Lena Norrvik", "Lena Norrvik", "describe", True, "analyst", ""),
    ),
    "'Bitcoin proponents such as Jo Norrvik … replied with a “yes”': a stance, no title": (
        "The post drew Bitcoin proponents such as Jo Norrvik, who replied with a “yes, of course.”",
        Want("yes, of course", "Jo Norrvik", "Jo Norrvik", "replied", True, ""),
    ),
    "'Analysts like Lena Norrvik describe …': one of the plural title": (
        "Analysts like Lena Norrvik describe the market as “bulls in control,” while others "
        "disagree.",
        Want("bulls in control", "Lena Norrvik", "Lena Norrvik", "describe", True, "analyst"),
    ),
    "'Lena Norrvik, portfolio manager, head of strategy at Norrbridge Investments, wrote'": (
        "“Key factors remain intact,” Lena Norrvik, portfolio manager, head of strategy and "
        "research for global multi-asset at Norrbridge Investments, wrote in a blog post.",
        Want(
            "Key factors",
            "Lena Norrvik",
            "Lena Norrvik",
            "wrote",
            False,
            "portfolio manager",
            "Norrbridge Investments",
        ),
    ),
    "'Ethereum co-founder Jo Norrlund …. “…,” Norrsys founder and CEO Norrlund said'": (
        "Ethereum co-founder Jo Norrlund was named chairman of the board. “We look forward to "
        "it,” Norrsys founder and CEO Norrlund said.",
        Want("We look", "Jo Norrlund", "Norrlund", "said", False, "founder and CEO", "Norrsys"),
    ),
    "'by trading account Norrmoney Lizards … “…,” the X post claims': the account's kind": (
        "Analysis uploaded to X by trading account Norrmoney Lizards on May 28 described an "
        "obvious breakout signal. “The pattern is so obvious it hurts,” the X post claims.",
        Want(
            "The pattern", "Norrmoney Lizards", "the X post", "claims", False, "trading account", ""
        ),
    ),
    "'X analytics account Norrpsk32 argued …': the account's kind is its title": (
        "In his latest analysis, X analytics account Norrpsk32 argued that the cycle should "
        "“provide new highs this year.”",
        Want("provide new", "Norrpsk32", "Norrpsk32", "argued", True, "analytics account", ""),
    ),
    "'Norrack, who contributes to Norr Core, posted …': the body a person works on": (
        "Senior Bitcoin developer Jo Norrack was arrested over the weekend. Norrack, who "
        "contributes to Norr Core, posted that police took his phone. He thanked supporters "
        "online, saying, “This was the first time I have been in cuffs.”",
        Want("This was", "Jo Norrack", "He", "saying", False, None, "Norr Core"),
    ),
    "'Norway’s government announced …. “…,” the government stated': the country's government": (
        "The Norrland Enforcement Authority seized the cash. Norway’s government announced the "
        "plan on Monday. “This means that a person may forfeit them,” the government stated at "
        "the time.",
        Want(
            "This means",
            "Norway’s government",
            "the government",
            "stated",
            False,
            "",
            "Norway’s government",
        ),
    ),
    "X continued (only beside the quote)": (
        "Rachel Kim spoke first. “We will keep growing,” she continued.",
        Want("We will keep", "Rachel Kim", "she", "continued"),
    ),
    "the role noun refers back": (
        "Craig Holt spoke at the summit on Monday. Asked about the paper, the British computer "
        "scientist said: “Yes, I wrote it myself.”",
        Want("Yes, I wrote", "Craig Holt", cue="said"),
    ),
    "the firm's CEO refers back": (
        "Jack Morrow founded Strand in 2019. In a video, the Strand CEO declared that the "
        "central bank had “finally said the quiet part out loud.”",
        Want("finally said", "Jack Morrow", cue="declared", partial=True),
    ),
    "three-word quote": (
        "Sara Lindqvist leads the desk. “We are not,” Lindqvist said.",
        Want("We are not", "Sara Lindqvist", "Lindqvist", "said"),
    ),
    "role noun with a name in apposition": (
        '"Our strategy is to expand," said a spokeswoman for the hotel group, Clara Dunne.',
        Want("Our strategy", "Clara Dunne", cue="said", role="spokeswoman"),
    ),
    "indefinite article before a known name": (
        "Hanna Berg took the stage. “Tonight, I want to hear you roar,” a smiling Berg said.",
        Want("Tonight", "Hanna Berg", "Berg", "said"),
    ),
    "group at a firm opens the sentence": (
        "Analysts at Norbridge Capital raised their year-end forecast on Monday, saying "
        "“the rally has further to run this quarter.”",
        Want(
            "the rally has",
            "Norbridge Capital",
            partial=True,
            role="analysts",
            organization="Norbridge Capital",
        ),
    ),
    "researchers from a firm": (
        "Researchers at Pellmont Labs warned that “the network could stall under heavy load.”",
        Want("the network could", "Pellmont Labs", cue="warned", organization="Pellmont Labs"),
    ),
    "firm, then titles, then the name": (
        "“We are rebuilding the wallet from scratch,” said Quillo founder and CEO Marta Venn.",
        Want(
            "We are rebuilding",
            "Marta Venn",
            cue="said",
            role="founder and CEO",
            organization="Quillo",
        ),
    ),
    "she skips the man named last (titles)": (
        "Ms. Ana Whitlock met Mr. Tobias Grent on Friday. Grent spoke first. "
        "“The margins are thin this year,” she said.",
        Want("The margins", "Ana Whitlock", "she", "said"),
    ),
    "he skips the woman named last (first names)": (
        "Peter Lindahl chairs the board of Osterby Bank. Sarah Quist joined it in March. "
        "“We will cut fees before the summer,” he said.",
        Want("We will cut", "Peter Lindahl", "he", "said"),
    ),
    "headline verb glued before the name": (
        "Related Reading: Miners Sell As Fees Drop, On-Chain Data Shows Ilse Kovac shared a "
        "chart of miner income. “Fees will recover within weeks,” Kovac said.",
        Want("Fees will recover", "Ilse Kovac", "Kovac", cue="said"),
    ),
    "the firm ended": (
        "Harbor Capital said in a note that volumes fell. For now, the token is holding on to "
        "its “place at the top of the table,” the firm ended.",
        Want("place at the top", "Harbor Capital", cue="ended", partial=True),
    ),
    "a firm's publication by its writer": (
        "According to a recent Norrfin Weekly note by strategist Pia Lund, miners are selling "
        "less. The strategist stressed that this is a “healthy reset for the network.”",
        Want(
            "healthy reset",
            "Pia Lund",
            partial=True,
            role="strategist",
            organization="Norrfin Weekly",
        ),
    ),
    "a capitalised title in a headline is no name": (
        "Veteran Trader Says Rally Is Over\nThe token slid on Monday. “This move has no buyers "
        "behind it,” the trader wrote.",
        Want("This move has", None, cue="wrote"),
    ),
    "a one-letter platform is no source: 'the X user' is the person named before": (
        "Pia Lund posted on X on Monday. “Funding is flat on every venue,” the X user wrote.",
        Want("Funding is flat", "Pia Lund", "the X user", cue="wrote"),
    ),
    "unnamed source": (
        "“Sell everything before the weekend,” one trader said.",
        Want("Sell everything", None, cue="said"),
    ),
    "org introduced once carries to a later 'X said'": (
        "The coin is “a slow grind upward,” according to Lena Voss, CEO of Tarnwick and one of "
        "its first backers. “Every dip gets bought within a day,” Voss said.",
        Want("Every dip", "Lena Voss", "Voss", "said", role="CEO", organization="Tarnwick"),
    ),
    "place-described firm before a trailing type noun": (
        "“Volumes are drying up across the board,” said Oleg Marr, the founder of Riga-based "
        "Velto exchange.",
        Want("Volumes are", "Oleg Marr", role="founder", organization="Velto"),
    ),
    "a title naming a list of regions keeps the firm": (
        "Reform is “a long road,” according to Ines Dahl, regional head of Iberia, North Africa "
        "and Gulf, at crypto exchange Quorvex. “We expect clarity next year,” she told reporters.",
        Want(
            "We expect",
            "Ines Dahl",
            "she",
            role="regional head of Iberia, North Africa and Gulf",
            organization="Quorvex",
        ),
    ),
    "a pronoun glued to the closing mark": (
        "Ines Dahl, head of policy at Quorvex, spoke on Monday. “We expect clarity next year,” "
        "she said.“Another step is a licence regime for brokers,” She added.",
        Want("Another step", "Ines Dahl", organization="Quorvex"),
    ),
    "X of Firm, no title, carries the firm to 'X said'": (
        "Lena Voss of Tarnwick spoke on Monday about the rally. “Every dip gets bought within a "
        "day,” Voss said.",
        Want("Every dip", "Lena Voss", "Voss", "said", organization="Tarnwick"),
    ),
    "Full Name of a firm with glue words": (
        "Ana Ruiz of the Bank of Norland said “inflation is sticky this year.”",
        Want("inflation is", "Ana Ruiz", partial=True, organization="Bank of Norland"),
    ),
    "a short quoted phrase after a reporting verb stays speech": (
        "Lena Voss said the bank needs a “clean slate” approach to lending.",
        Want("clean slate", "Lena Voss", cue="said", partial=True),
    ),
    "a handle is the subject, not a capitalised word of its title": (
        "Veteran trader and analyst Tom_Rex, who runs a busy channel, warned that “the drop is "
        "not over yet.”",
        Want("the drop", "Tom_Rex", cue="warned"),
    ),
    "a handle with the firm before the role in an appositive": (
        "Deep_chart, a Glassline contributor, wrote that “the top is not in yet.”",
        Want("the top", "Deep_chart", role="contributor", organization="Glassline"),
    ),
    "a handle with a role word before it": (
        "A note shared by Glassline contributor Deep_chart points to a cooling market. “Risk "
        "appetite is fading into the autumn,” he wrote.",
        Want(
            "Risk appetite",
            "Deep_chart",
            "he",
            "wrote",
            role="contributor",
            organization="Glassline",
        ),
    ),
    "a camel-case handle with a role after it": (
        "ChartMoe, a contributor at Glassline, posted a chart on Friday. The market watcher "
        "warned that traders should “keep position sizes small this month.”",
        Want(
            "keep position", "ChartMoe", partial=True, role="contributor", organization="Glassline"
        ),
    ),
    "quote, X, titled appositive, verb (the parser hangs the verb on the quote)": (
        '"Oil is sliding hard. Fine by me," Mara Feld, head of digital asset strategy at '
        "Hollin, noted in an X post.",
        Want(
            "Oil is sliding",
            "Mara Feld",
            cue="noted",
            role="head of digital asset strategy",
            organization="Hollin",
        ),
    ),
    "initials stand for the full name": (
        "Norrfin founder Tomas Halvorsen weighed in on the vote. TH said he had doubts. "
        "“Nobody wants a rushed rule,” he wrote.",
        Want(
            "Nobody wants", "Tomas Halvorsen", cue="wrote", role="founder", organization="Norrfin"
        ),
    ),
    "an acronym the article defined": (
        "The Nordic Ledger Council (NLC) published its review. “Custody rules must be final "
        "by spring,” said Vera Sand, policy lead at the NLC.",
        Want(
            "Custody rules",
            "Vera Sand",
            role="policy lead",
            organization="Nordic Ledger Council",
        ),
    ),
    "the study credited to its author, far back": (
        "Stocks gained in the quarter, according to a study released by 42Ledgers last "
        "week. The tech index gained 11.2% while bonds slipped. Miners were mixed. Funds "
        "were flat. “Retail interest is fading fast this year,” the study said.",
        Want("Retail interest", "42Ledgers", "the study", "said"),
    ),
    "a shouted quote beside its cue": (
        'Stocks dipped on payroll data. "PAYROLLS ARE WEAK," said President Dana Kett on his '
        'social site. "The bank should ACT BEFORE JULY." Later came a services survey.',
        Want("PAYROLLS ARE", "Dana Kett", cue="said"),
    ),
    "a capitalised sentence going on after the speaker's quote": (
        'Stocks dipped on payroll data. "PAYROLLS ARE WEAK," said President Dana Kett on his '
        'social site. "The bank should ACT BEFORE JULY." Later came a services survey.',
        Want("The bank should", "Dana Kett"),
    ),
    "a titled name with words the article writes in lower case": (
        "Ether slipped on Tuesday. Elsewhere, trader Dano Crypto Trades said the old high "
        "was “the line every bull is watching” for crypto traders.",
        Want("the line every", "Dano Crypto Trades", partial=True, role="trader"),
    ),
    "a coin's narration between a quote and its continuation": (
        "“Ether keeps bouncing between two walls,” said Norrfin in a post on X. Ether began "
        "drifting lower after the rally faded. “Until Friday's close we expect no real "
        "move.”",
        Want("Until Friday", "Norrfin"),
    ),
    "a name used as a modifier is no antecedent": (
        "“It pays for itself,” Tomas Lund said.Coverage is the next hurdle. Where older "
        "carriers fail to reach villages, cheap WiFi relay grids are spreading fast. Users "
        "can sell spare capacity. “Nobody takes a cut. It is simple,” he said.",
        Want("Nobody takes", "Tomas Lund", "he", "said"),
    ),
    "a hyphenated handle after a title": (
        "On X, popular trader KLT-NR argued that the rally would fade by Sunday. “Will the "
        "week close inside the range? I doubt it,” he wrote.",
        Want("Will the week", "KLT-NR", "he", "wrote", role="trader"),
    ),
    "a titled name after a glued caption, speaking through a participle": (
        "Ether may bounce. ETH chart. Source: Owl of the Fjords Fellow analyst Mira Tenn "
        "projected a deeper pullback for Ether, saying the coin could slide to $1,900 first. "
        "“Buyers are waiting lower down,” the analyst wrote.",
        Want("Buyers are", "Mira Tenn", "the analyst", "wrote"),
    ),
    "a name in apposition to a title before it": (
        "Critics were loud. The CEO of Stability Labs, Emad Moss, said to the team, “Pull "
        "this feature before it hurts someone.”",
        Want("Pull this", "Emad Moss", cue="said", role="CEO", organization="Stability Labs"),
    ),
    "a caption glued to the next sentence": (
        "A model drew criticism. Source: Kai BowmanThe CEO of Stability Labs, Emad Moss, "
        "said to the team, “Pull this feature before it hurts someone.”",
        Want("Pull this", "Emad Moss", cue="said", role="CEO", organization="Stability Labs"),
    ),
    "indirect speech with the name after the verb, then a pronoun": (
        "Many positions will be wiped out if ETH slides to $2,500, observed Ted Kale. He "
        "added that “big wallets keep buying the dip.”",
        Want("big wallets", "Ted Kale", "He", "added"),
    ),
    "a name with particles": (
        "Ether is grinding higher, observed Norr Fund founder Mika van der Berg. “It sits on "
        "the edge of a breakout,” he said.",
        Want("It sits", "Mika van der Berg", "he", "said"),
    ),
    "a heading's auxiliary is no speaker": (
        "Traders stayed hopeful. What The Analysts Are Saying “Ether is waking up again,” "
        "observed fund founder Mika Berg.",
        Want("Ether is waking", "Mika Berg", cue="observed"),
    ),
    "a heading's title-case verb is no antecedent for the analyst": (
        "Fund analyst Mika Berg expects Ether to climb further. “The floor is set,” she said. "
        "What Happens If Ether Stays Above $3,000? While the trend may hold, risks remain. "
        "“Buyers are still here,” the analyst said in closing.",
        Want("Buyers are", "Mika Berg", "the analyst", "said"),
    ),
    "a pseudonym with a firm's word after a person's title is a person": (
        "Analyst Ilka Sorn from CoinNest noted that Ether needs a strong bounce. “We are in a "
        "range,” Sorn said. “Price is attracted by liquidity,” he added. Ether Eyes Key Closes "
        "After being rejected at $4,000 early in the week, analyst Lumen Capital noted that "
        "Ether broke out of two downtrends in the past month. This week, the token retested "
        "the level. He explained that any dip could “count as a retest of the breakout.”",
        Want("count as", "Lumen Capital", "He", "explained", partial=True, role="analyst"),
    ),
    "a term the article also writes in lower case is no person's name": (
        "Ether Open Interest Climbs Against The Trend. As shown in a chart, the Ether Open "
        "Interest rose to a record this week while prices fell. Such open interest surges often "
        "end in a flush. “It is rare for price and open interest to split like this,” notes the "
        "quant.",
        Want("It is rare", None, cue="notes"),
    ),
    "said, then firm, hyphenated title and name": (
        "“The numbers are grim, but two events drove the losses,” said Norrsec co-founder "
        "Lian Zhao.",
        Want("The numbers", "Lian Zhao", cue="said", role="co-founder", organization="Norrsec"),
    ),
    "said, then firm, title with 'of' and name": (
        "“The numbers are grim,” said Norrsec head of research Lian Zhao.",
        Want(
            "The numbers", "Lian Zhao", cue="said", role="head of research", organization="Norrsec"
        ),
    ),
    "an unnamed title in the lede is the next person named with it": (
        "The Norland Markets Authority’s longest-serving commissioner has said the agency is "
        "“dismantling its own guardrails” under new leadership. In remarks on Tuesday, "
        "Commissioner Ada Kresby warned that staff cuts would weaken oversight.",
        Want(
            "dismantling",
            "Ada Kresby",
            cue="said",
            partial=True,
            role="Commissioner",
            organization="Norland Markets Authority",
        ),
    ),
    "a caption's acronym glued to a surname": (
        "Commissioner Ada Kresby cautioned against the change. “We are losing people,” she "
        "said. Norland Commissioner Kresby. Source: NMAKresby, the agency’s longest-serving "
        "member, said the shift is an “about-face” on years of policy.",
        Want("about-face", "Ada Kresby", "Kresby", "said", partial=True),
    ),
    "said, then firm, two titles and name": (
        "“The odds just went up a lot,” commented Norr Action Fund co-founder and CEO Dana "
        "Porter on X.",
        Want(
            "The odds",
            "Dana Porter",
            cue="commented",
            role="co-founder and CEO",
            organization="Norr Action Fund",
        ),
    ),
    "'who' after a thing the speaker talked about": (
        "Norrfin analyst Ola Balder tracks new fund filings. “A new fund will go long Bitcoin,” "
        "commented Balder about one of the funds, who added, “The ticker should be MAXI.”",
        Want("The ticker", "Ola Balder", "Balder", "added"),
    ),
    "'the analyst' far from the name, after an earlier 'the crypto analyst'": (
        "In a chart post, crypto analyst Tova Rask set out bearish patterns for Ether. "
        + FILLER
        + " Since then, the crypto analyst says the market looks “weak” right now. "
        + FILLER
        + " “Stay patient, the trend will turn,” the analyst said in closing.",
        Want("Stay patient", "Tova Rask", "the analyst", "said"),
    ),
    "a brand the tagger calls a common noun speaks through its analysts": (
        "Prices rose. According to analysts at NORR2PAY, this led to big liquidations. “Bitcoin "
        "broke out,” NORR2PAY analysts said.",
        Want(
            "Bitcoin broke",
            "NORR2PAY",
            "NORR2PAY",
            "said",
            role="analysts",
            organization="NORR2PAY",
        ),
    ),
    "a party member described, then named in apposition": (
        "Others include the acting chair. The lone Democrat, Kira Jansen, said she'll depart "
        '"later this year," leaving some doubt.',
        Want("later this year", "Kira Jansen", cue="said", partial=True),
    ),
    "the watchdog is the public body named before": (
        "Fintech firm Tarnby won its case. The Norland Markets Authority (NMA) said on May 2 "
        "it will appeal. “The rule was written broadly,” the watchdog said.",
        Want("The rule", "Norland Markets Authority", "the watchdog", "said"),
    ),
    "an adjacent-only cue after a long title and a name with particles": (
        "The day before, trader Bo Lind had forecast a retest of $102,000. “Bitcoin is stalling "
        "here for a bit,” crypto analyst and entrepreneur Mika van der Berg continued.",
        Want("Bitcoin is", "Mika van der Berg", cue="continued"),
    ),
    "the announcement someone was said to make speaks for them": (
        "The two firms will pool map data, Tarnby said in an announcement on May 6.“This deal "
        "brings the best of both together,” the announcement noted.",
        Want("This deal", "Tarnby", "the announcement", "noted"),
    ),
    "a document nobody was said to write does not hide a named speaker": (
        "The state moved to keep the case. The motion claims that the suit isn't a “regulatory "
        "land grab,” as Norrfin called it.",
        Want("regulatory land grab", "Norrfin", cue="called", partial=True),
    ),
    "a quote on its own after an adjacent-only cue goes on with that speaker": (
        "The day before, trader Bo Lind had forecast a retest of $102,000. “Bitcoin is stalling "
        "here for a bit,” crypto analyst Mika van der Berg continued. “Even if it dips to $98K, "
        "we are still in an uptrend.”",
        Want("Even if it dips", "Mika van der Berg"),
    ),
    "a post's signature and date glued before the next speaker": (
        "A great day for the bill! pic.twitter.com/abc123 — Senator Ola Berg (@SenatorBerg) "
        "June 17, 2025 Treasury Secretary Kai Dunn was also on board, saying that “stablecoin "
        "rules will widen dollar use.”",
        Want("stablecoin rules", "Kai Dunn", cue="saying", role="Treasury Secretary"),
    ),
    "a capitalised title and a name right before the verb, after a long body's name": (
        "The bill passed. Norland Senate Committee on Banking, Housing, and Urban Affairs "
        "Chairman Tom Hale called it a historic day. “After voting on 40 amendments, we forged "
        "a good bill.”",
        Want("After voting", "Tom Hale", role="Chairman"),
    ),
    "a newsletter introduced by a firm's noun is the 'it' that wrote": (
        "Stocks opened higher. Reacting, trading resource The Norrvik Letter noted that the "
        "index had now delivered gains.“The index has entered a new bull market. We see big "
        "moves,” it wrote in a thread on X.",
        Want("The index has", "Norrvik Letter", "it", "wrote"),
    ),
    "a given name the article also writes as a common word ('the bill')": (
        "The bill needs to pass the House. The Clear Coins Act was introduced by Senator Bill "
        "Hagen in February to regulate stablecoins. Speaking after the vote on Tuesday, Hagen "
        "said: “This opens the door for innovation.”",
        Want("This opens", "Bill Hagen", "Hagen", "said", role="Senator"),
    ),
    "a caption's web address glued to the surname": (
        "Altcoins look strong, said crypto analyst Javo Marks on Monday. Altcoin supply chart. "
        "Source: X.comMarks emphasized that altcoins have “bounced off a critical retest level” "
        "this month.",
        Want("bounced off", "Javo Marks", "Marks", "emphasized", partial=True),
    ),
    "a caption's credit glued to a firm the article names on its own": (
        "The regulator filed a motion to dismiss. Motion filed by the regulator on May 5. "
        "Source: CourtfilesNorrbet stipulated in a joint filing that it would pay its own costs. "
        "The platform said that “election markets are here to stay” in a post. Norrbet sued the "
        "regulator in 2023.",
        Want("election markets", "Norrbet", "The platform", "said", partial=True),
    ),
    "'teased' is a reporting verb": (
        "Norrex is a big exchange. “Something new is launching soon,” the exchange teased.",
        Want("Something new", "Norrex", "the exchange", "teased"),
    ),
    "an unnamed official from a firm, after an inverted cue": (
        "Norrex is an exchange. “It seems that Norrpay will take the lead,” stated an official "
        "from Norrex.",
        Want("It seems", "Norrex", cue="stated", role="official", organization="Norrex"),
    ),
    "a participle after a comma goes with the clause's subject": (
        "In her campaign, Ada Sheel contrasted herself with her opponent, former Senator Jon "
        "Tessler, stating , “Crypto represents the future of finance.”",
        Want("Crypto represents", "Ada Sheel", cue="stating"),
    ),
    "a firm's name opening with a number word": (
        "“ETH has failed as an asset,” Two Norrs stated.",
        Want("ETH has failed", "Two Norrs", cue="stated"),
    ),
    "a participle before a colon and the quotation the parser made the head": (
        "Whale trader Jo Wynn downplayed the dramatic liquidation, defiantly stating on X: "
        '"I\'ll run it back, I always do."',
        Want("I'll run", "Jo Wynn", cue="stating"),
    ),
    "an inverted 'read' with an announcement by its author": (
        "“Core’s next release will relay larger outputs,” read the announcement on GitHub by "
        "Bitcoin developer Greg Sand on May 5.",
        Want("Core’s next", "Greg Sand", cue="read", role="Bitcoin developer"),
    ),
    "a hashtag is no name": (
        "We back this! #Crypto #Growth — Ana Kroll (@anakroll) May 2, 2024Speaking to "
        "reporters, Jo Tran, CEO of Swiftline, said the pick is “clearly good for builders.”",
        Want("clearly good", "Jo Tran", partial=True, role="CEO", organization="Swiftline"),
    ),
    "adding a thing is no speech": (
        "“The month was quiet, and that is fine,” Sara Gill said. Studios were busy too, with "
        "Tornfield adding collectible items to its racing game. “Builders are still here,” "
        "she noted.",
        Want("Builders are", "Sara Gill", "she", "noted"),
    ),
    "a verb in a link teaser is no cue": (
        "Tara Voss, CEO of the Harbor Tech Council, said in a statement that the new post "
        "is a “strong signal of real commitment.”Related: Miners call for cheaper power in "
        "the north",
        Want("strong signal", "Tara Voss", partial=True, role="CEO"),
    ),
    "a short title before the name": (
        "Coinvale CLO Paul Gray argued the suit is weak. “This claim will not survive a "
        "court,” Gray wrote.",
        Want("This claim", "Paul Gray", role="CLO", organization="Coinvale"),
    ),
    "a person of a firm the parser takes as the subject": (
        "“He had a real part in the early design,” the investor’s attorney, Clinton Ivo of Ivo "
        "Legal Group LLC told a reporter.",
        Want(
            "He had a real",
            "Clinton Ivo",
            cue="told",
            role="investor’s attorney",
            organization="Ivo Legal Group LLC",
        ),
    ),
    "the firm a noun introduced, over an earlier speaker": (
        "“Ether is boxed in for now,” said Glassline in a post on X. For market intelligence "
        "firm Tarnby, the failed breakout has made traders gloomy. “Prices tend to move "
        "against the crowd,” the firm explained.",
        Want("Prices tend", "Tarnby", "the firm", "explained"),
    ),
    "the firm's title in an appositive": (
        "Goldman Sachs launched a new bitcoin fund on Monday. “Our clients asked for it,” "
        "Jo Park, the firm’s CEO, told reporters.",
        Want("Our clients", "Jo Park", cue="told", role="CEO", organization="Goldman Sachs"),
    ),
    "a firm's possessive before a full name": (
        "Markets were calm. Norrfin’s Alex Kovac argued that fees on the chain had halved. "
        "“Buyers are back,” he said.",
        Want("Buyers are back", "Alex Kovac", organization="Norrfin"),
    ),
    "particles before a surname, non-ASCII first name": (
        "“Nobody rings a bell at the top,” Zentra Research founder Michaël van de Poppe said "
        "on Friday.",
        Want(
            "Nobody rings",
            "Michaël van de Poppe",
            cue="said",
            role="founder",
            organization="Zentra Research",
        ),
    ),
    "a hyphenated surname after a title": (
        "Web pioneer Tom Hart-Ward said the design was “far too central.” “We would build "
        "it again, differently,” he said.",
        Want("We would build", "Tom Hart-Ward", "he", "said"),
    ),
    "a title with 'of' before a name with a camel-case part": (
        "“The old rule is gone,” Secretary of Trade Lina Morel-DeVane said.",
        Want("The old rule", "Lina Morel-DeVane", cue="said"),
    ),
    "a source's name then a new subject after the comma": (
        "Oslo plans to pause new mining farms. According to Reuters, Energy Minister Lena "
        "Fjell said the state wants to curb waste. “We have a clear plan to limit mining,” "
        "she said.",
        Want("We have a clear", "Lena Fjell", "she", "said"),
    ),
    "a possessive on the subject makes the person the topic": (
        "Rafael di Marco founded Cobre in 2018. This week’s Crypto Biz looks at our talk with "
        "the Cobre co-founder. Before Bitcoin, di Marco’s best trade was shorting the peso. "
        "“I was borrowing pesos and buying dollars,” he said.",
        Want("I was borrowing", "Rafael di Marco", "he", "said"),
    ),
    "a listed company's ticker speaks for the company": (
        "Kestrel Gold Holdings (KGH), a Nasdaq-listed holding company, plans to raise up to $300 "
        "million for a crypto reserve.In a May 12 statement, KGH and its unit, Nova Labs, "
        "announced a stock purchase deal with a fund to sell up to $300 million of its stock."
        "The proceeds will fund the firm’s treasury.“Under this plan, KGH intends to buy "
        "crypto assets,” the company said in the announcement.",
        Want("Under this plan", "Kestrel Gold Holdings", "the company", "said"),
    ),
    "an outlet reporting a claim of its own after a quote": (
        "Dana Voss runs Harbor Bank. “We will let you buy it,” Voss said at the bank’s "
        "investor day. “We will not hold it for you.” Harbor TV reported that the bank will "
        "also offer loans.",
        Want("We will not hold", "Dana Voss"),
    ),
    "a caption glued to the speaker's surname": (
        "Mira Kovac, a core contributor at Norrfin, spoke in May. Labs test many models. "
        "Source: DataLabsWeeklyKovac said, “We are entering an era of scarce data.”",
        Want(
            "We are entering",
            "Mira Kovac",
            "Kovac",
            "said",
            role="core contributor",
            organization="Norrfin",
        ),
    ),
    "'the statement' is what the speaker said in a statement": (
        'A spokesperson for Harbor Coalition said in a statement that the group was "not '
        'aware of the case." "We have removed him from the lineup," according to the '
        "statement.",
        Want(
            "We have removed",
            "Harbor Coalition",
            "the statement",
            "according to",
            role="spokesperson",
            organization="Harbor Coalition",
        ),
    ),
    "an unnamed title speaks for its firm": (
        "“We will ship it in May,” a Norrfin representative told reporters.",
        Want("We will ship", "Norrfin", cue="told", role="representative", organization="Norrfin"),
    ),
    "a name in apposition to the title's firm": (
        "“We will ship it in May,” a partner at Norrfin, Jo Park, told reporters.",
        Want("We will ship", "Jo Park", cue="told", role="partner", organization="Norrfin"),
    ),
    "escaped straight marks glued after a full stop": (
        "Dana Voss runs Harbor Bank. Prices climbed, according to Norrfin CEO and analyst Kim "
        'Ahn.\\"Their coins are illiquid,\\" the analyst wrote in a post.',
        Want("Their coins", "Kim Ahn", "the analyst", "wrote", role="CEO and analyst"),
    ),
    "a forecast is a cue for a partial quote, and the next quote goes on": (
        "Harbor analyst Eric Bolt recently forecast in a podcast that approval would have "
        "“a little impact” on inflows. “The bigger problem is performance.”",
        Want("The bigger problem", "Eric Bolt", role="analyst", organization="Harbor"),
    ),
    "a heading's capitalised verb is no cue": (
        "“We know how many coins they hold,” Dan Bailey said in a post. “Explains why the "
        "price was stuck.” Senator Ada Moor Speaks Out Amid Crypto Concerns The reserve was "
        "launched in March.",
        Want("Explains why", "Dan Bailey"),
    ),
    "a reporting aside set off by commas covers its whole sentence": (
        "Ted Fuso posted a note on Monday. Those costs, he wrote, do not vanish; they are "
        "billed to the maker, and “ultimately the end buyer” pays by way of a higher price.",
        Want("ultimately the", "Ted Fuso", "he", "wrote", True),
    ),
    "'framed … as' before a colon is a cue": (
        "Commissioner Mark Uyed framed the move as a fix of an odd rule: before July, the "
        "funds “could not use in-kind creations and redemptions.” The rule is gone.",
        Want("could not use", "Mark Uyed", cue="framed", partial=True),
    ),
    "'the authors' are the named author of the draft before": (
        "A new draft proposal co-authored by Jo Lamb and other researchers introduces a soft "
        "fork. “This proposal is unlike any before,” the authors explained.",
        Want("This proposal", "Jo Lamb", "the authors", "explained"),
    ),
    "a chart indicator that 'suggests' is no speaker": (
        "“The coin may rally,” Dana Kett said on Monday. The weekly Stochastic RSI suggests "
        "“there is still room for the price to run higher.”",
        Want("there is still room", "Dana Kett", partial=True),
    ),
    "'he' after a post 'on X.' takes up the speaker before": (
        "The coin rose. “There is solid demand here,” trader Daan Vos said in a post on X. "
        "He added that “the premium is back.”",
        Want("the premium is back", "Daan Vos", "He", "added"),
    ),
    "'Per the team' opens a quote of the firm the team stands for": (
        "Velto Motors unveiled a new car on Monday. “We are proud of the result,” said Cara "
        "Wynne, the chief brand officer at Velto Motors. The firm made its first model in "
        "1981. Per the team, “applying its bold DNA, Velto is writing its legacy in real time.”",
        Want("applying its bold", "Velto Motors", "the team", "per", True),
    ),
    "a firm's lawyers are people the text never names": (
        "Norrfin Wallet was charged last year. Norrfin’s lawyers asked the court for a hearing "
        "“to determine the circumstances of the late disclosure” and a remedy.",
        Want("to determine", None, cue="asked", partial=True),
    ),
    "a firm's bare title after a name is the person who holds it": (
        "Jo Park, CEO of Norrfin, spoke on Monday. “We will issue the tokens soon,” Norrfin "
        "CEO said.",
        Want("We will issue", "Jo Park", cue="said"),
    ),
    "a group that speaks as one": (
        "The panel sent a letter on Monday. The Democratic lawmakers say their probe is to "
        "“find out whether new law is needed.”",
        Want("find out", "Democratic lawmakers", "The Democratic lawmakers", "say", True),
    ),
    "a group taken up later by its noun": (
        "The Democratic lawmakers say their probe is to “find out whether new law is needed.” "
        "In the letter, the lawmakers argue the token could be a “vehicle for foreign sway.”",
        Want("vehicle for", "Democratic lawmakers", "the lawmakers", "argue", True),
    ),
    "a group pronoun": (
        "“Prices are too high,” critics argue. “Nobody wins here,” they said.",
        Want("Nobody wins", "critics", "they", "said"),
    ),
    "a firm's analysts are the firm, not a group": (
        "“We are watching this closely,” analysts at Norrfin said.",
        Want("We are watching", "Norrfin", cue="said"),
    ),
    "an unnamed representative of a firm the model takes for a nationality": (
        "The miner expanded its pools. A Bitlayer representative told Cointelegraph that the "
        "firm “expects more hash power this year.”",
        Want("expects more", "Bitlayer", cue="told", partial=True, role="representative"),
    ),
    "a nationality is no firm": (
        "“We will ship it in May,” an American spokesperson told reporters.",
        Want("We will ship", None, cue="told"),
    ),
    "a firm's name before a group noun makes the firm speak": (
        "Holders rotated coins at a record pace, said the Tarnwick analysts. “The old guard is "
        "leaving.”",
        Want("The old guard", "Tarnwick"),
    ),
    "a firm whose name ends in a source noun, after a glued paragraph": (
        "Some rewards weigh more, shaping how they respond.“We think this comes from the way "
        "the newest models are trained,” Tarnby Research said.All the tested models ignored "
        "the script.",
        Want("We think", "Tarnby Research", cue="said"),
    ),
    "a participle after a that-clause takes the reporting verb's subject": (
        "Vlad Orlov runs the desk. Orlov said that more than 10,000 investors have already "
        "traded the product, adding: “These are very good numbers for such a short time.”",
        Want("These are very good", "Vlad Orlov", "Orlov", "adding"),
    ),
    "'the analysts' are the firm's analysts named before": (
        "Prices slipped on Monday, however, Bitfinex analysts say a further rise alone will not "
        "“confirm the trend.” The analysts said that Bitcoin had entered a “short-term "
        "range-bound phase.”",
        Want("short-term", "Bitfinex", "The analysts", "said", True, role="analysts"),
    ),
    "a titled noun skips a person of another organisation": (
        "Jack Vale spoke after the Fed meeting. According to Jack Vale, he did not have to. "
        "“Rates will stay high,” Fed Chair Jerome Powell said on Wednesday. In a video released "
        "hours after Powell’s speech, the Strike CEO declared that the Fed Chair had “finally "
        "said the quiet part out loud.”",
        Want("finally said", "Jack Vale", "the Strike CEO", "declared", True, "CEO", "Strike"),
    ),
    "'he' skips a woman by her first name": (
        "Brad Garlin flew to Washington to lobby for the bill. Senator Cynthia Lummis cancelled "
        "a meeting with him. “Heading to DC to push sensible rules,” he wrote on X.",
        Want("Heading to DC", "Brad Garlin", "he", "wrote"),
    ),
    "a chain of pronouns far from the name": (
        "Pseudonymous analyst CoinLantern has warned of a trap. “It could sweep the highs "
        "first,” he said. "
        + " ".join(["The token traded in a narrow band as volumes thinned."] * 14)
        + " “This is a real concern for me,” he said. "
        + " ".join(["Funding stayed green and open interest rose across venues."] * 14)
        + " “We could still be chopping about,” he cautioned.",
        Want("We could still", "CoinLantern", "he", "cautioned"),
    ),
    "a caption's credit glued to the same name": (
        "The chart shows the slot times.Source: TarnoTarno researchers claimed that “Glow will "
        "shatter both latency bounds” and expect finality in 150 milliseconds.",
        Want("Glow will", "Tarno", cue="claimed", partial=True),
    ),
    "a headline glued before the sentence is no second subject": (
        "The talks began in May. Tariff Flipflops Cause Market Turmoil On May 26, Trade "
        "Commissioner Ana Moro said Europe is ready to advance talks swiftly, adding, “To reach "
        "a good deal, we would need the time until July 9.”",
        Want("To reach a good deal", "Ana Moro", cue="adding"),
    ),
    "a headline glued to a known surname": (
        "Vlad Orlov, managing director of the Norr Exchange, spoke on Friday. He said: “We plan "
        "to launch index futures soon.” Regulatory Approval Still Pending Orlov added that "
        "talks with fund firms were ongoing as the parties await approval. The executive said "
        "the parties were discussing new bond products. He explained: “We believe the "
        "industry will soon be ready for structured bonds.”",
        Want("We believe", "Vlad Orlov", "He", "explained", role="managing director"),
    ),
    "a participle the tagger takes for a noun": (
        "Fellow lawyer Fred Rispo dismissed the cancellation as staff-level gamesmanship, "
        "writing, “A staffer cancelled it for her.”",
        Want("A staffer", "Fred Rispo", cue="writing", role="lawyer"),
    ),
    "believes that “…”": (
        "Galaxy Digital sees a shift. Galaxy believes that “perhaps this was inevitable.”",
        Want("perhaps this", "Galaxy", cue="believes"),
    ),
    "a titled noun takes the speaker of its organisation": (
        "“We will fight this,” Ripple CEO Brad Garlin said. “Not now,” Senator Tom Lumis said "
        "of the meeting. The Ripple chief argues that US policy must be “multichain,” whereas "
        "Lumis backs Bitcoin.",
        Want("multichain", "Brad Garlin", "The Ripple chief", "argues", True),
    ),
    "a title given only by a definite noun holds for the person's other quotes": (
        "Jack Vale spoke after the Fed meeting. “Rates will stay high,” Fed Chair Jerome Powell "
        "said on Wednesday. In a video released hours after Powell’s speech, the Strike CEO "
        "declared that the Fed Chair had “finally said the quiet part out loud.” “The system "
        "is breaking,” Vale said.",
        Want("The system", "Jack Vale", "Vale", "said", role="CEO", organization="Strike"),
    ),
    "the firm's title before a name: the firm named before": (
        "The Norr Exchange launched bitcoin futures in June. Speaking at a forum, the Russian "
        "exchange’s Managing Director Vlad Orlov said that demand was strong, adding: “These "
        "are very good numbers.”",
        Want("These are", "Vlad Orlov", role="Managing Director", organization="Norr Exchange"),
    ),
    "a document that reads": (
        "The Treasury said in a release on Monday that it sanctioned the group. Americans "
        "“have lost billions of dollars” to such scams, the release reads.",
        Want("have lost", "Treasury", "the release", "reads", True),
    ),
    "an office named by its holder's title": (
        "“Every city employee must follow the law,” the mayor’s office said in a statement. "
        "“We are disturbed by these claims.”",
        Want("We are disturbed", "mayor’s office"),
    ),
    "a sentence adverb after a caption is no part of a name; 'flagged' is a cue": (
        "The heatmap shows bids. Source: CoinGlass Elsewhere, onchain analytics platform "
        "Glassnode flagged resolve among holders. “Profit-taking stayed low,” it noted.",
        Want("Profit-taking", "Glassnode", "it", "noted"),
    ),
    "'reacted' is a cue": (
        "“Claims came in cooler than expected,” Blacknox, cofounders of trading resource Norr "
        "Indicators, reacted on X.",
        Want("Claims came", "Blacknox", cue="reacted"),
    ),
    "'the entity' stands for the source before": (
        "Onchain platform Lookwhale revealed that the trader was back. “The position reaches "
        "684 BTC,” the entity stated.",
        Want("The position", "Lookwhale", "the entity", "stated"),
    ),
    "a name after a job title is a person whatever the model says, and so is its surname": (
        "On the latest show, Marrow Labs’ co-founder Tavi Oruno says grants are not enough. "
        "Oruno believes loans matter more. “Students understand loans,” Oruno said. "
        "“When someone asks, ‘What is this for?’ — what do we answer?” he asked.",
        Want("When someone asks", "Tavi Oruno", "he", "asked", role="co-founder"),
    ),
    "a heading glued to the next paragraph's name": (
        "Tavi Oruno is co-founder of Marrow Labs. Funds in the classroomOruno said schools "
        "lag. “Students understand loans,” he said.",
        Want("Students understand", "Tavi Oruno", "he", "said"),
    ),
    "a name the parser leaves as the root before 'called …, claiming'": (
        "The dinner drew fire.Ties to cryptoOregon Senator Wil Astor, a Democrat, called "
        "for a review at a May 3 town hall, claiming the event was “a sale of access to the "
        "office.”",
        Want("a sale of access", "Wil Astor", cue="claiming", partial=True, role="Senator"),
    ),
    "according to a firm's titled person, whose surname later takes 'he' in its sentence": (
        "Outflows hit a record, according to Norrfin head of European research Aldo "
        "Dreyfus.“Demand is rising,” Dreyfus added. Analyst Rina Bauer of Vantor said the "
        "pause helps. Rates may wobble, Dreyfus remains “quite optimistic” for the year, he "
        "told Coinpost on May 12.",
        Want(
            "quite optimistic",
            "Aldo Dreyfus",
            "he",
            "told",
            partial=True,
            role="head of European research",
            organization="Norrfin",
        ),
    ),
    "said + a chain of titles ending in a one-word name": (
        "“This level has to hold,” said trader and analyst Bram in a May 6 post on X.",
        Want("This level", "Bram", cue="said", role="trader and analyst"),
    ),
    "said + a show's host and a former reporter, then the name": (
        "“The sentence was fair,” said Web3 Deep Talk podcast host and former Coinpost "
        "reporter Rhea Wolcott, who lost savings.",
        Want("The sentence", "Rhea Wolcott", cue="said"),
    ),
    "a closed quote after a colon is the colon clause's, not the next sentence's cue": (
        "Hassan Kale, CEO of Ordo, was upbeat. Looking ahead, Emil Obrecht shared his view on "
        "the direction: “We are moving slowly toward a new high.” Kale said that “large "
        "inflows show growing confidence.”",
        Want("We are moving", "Emil Obrecht", cue="shared"),
    ),
    "a firm's name on the modifier of a plural source noun": (
        "The pool was drained on Monday. The Norrfin security researchers wrote: “The "
        "attacker added huge positions with one token.”",
        Want("The attacker", "Norrfin", cue="wrote", organization="Norrfin"),
    ),
    "a past-tense cue the tagger calls an adjective, right after the mark": (
        "“We need better rules,” opined analyst Wendell Fry on Friday, who added that more "
        "was to come.",
        Want("We need", "Wendell Fry", cue="opined", role="analyst"),
    ),
    "singular 'they' for a pseudonymous analyst introduced by a title": (
        "Pseudonymous analyst Moonfox took to X on June 7 with a chart. “Prices look "
        "familiar,” they wrote.",
        Want("Prices look", "Moonfox", "they", "wrote"),
    ),
    "singular 'they' after a title that opens the sentence": (
        "Prices fell again. Investor Trade Kappa is not buying the bearish story. “Make no "
        "mistake about these dips,” they asserted.",
        Want("Make no mistake", "Trade Kappa", "they", "asserted"),
    ),
    "title, then the name set off by commas, then a verb the parser left without subject": (
        "In an exclusive interview with Coinpost, Larkspur Mining’s president and CEO, Oren "
        "Baskett, said that the region offers “cheap power and stable rules”.",
        Want("cheap power", "Oren Baskett", cue="said", partial=True, role="president and CEO"),
    ),
    "a paragraph glued after a link teaser is no part of it": (
        "Johan Dalgren, head of crypto at Norrhood, spoke in Cannes. According to Tokenwatch, "
        "the market is worth $22 billion.Related: Norr, Vell ink a $3B tokenization dealNew "
        "coins will be more ‘niche’ tokensDalgren also spoke about coins. “You will see 100 "
        "coins,” he predicted.",
        Want("You will see", "Johan Dalgren", "he", "predicted"),
    ),
    "a person's reaction before a colon, in a clause the parser loses": (
        "Prices fell. Crypto analyst Tom Clemson’s reaction on X captures the mood: “How can "
        "you hold bonds at these yields?”",
        Want("How can you", "Tom Clemson", cue="reaction"),
    ),
    "a heading run into the sentence makes a verb the parser's subject": (
        "Tim Drayton noted that apps drive demand. Firms Explore Bitcoin, Bringing it to "
        "Mainstream Drayton stressed that it is an “extremely low risk” asset. “It is a store "
        "of value,” he said.",
        Want("extremely low risk", "Tim Drayton", "Drayton", "stressed", partial=True),
    ),
    "'summarized' is a cue": (
        "“Next week’s target: $116,000,” popular trader Alan summarized in his latest post.",
        Want("Next week", "Alan", cue="summarized", role="trader"),
    ),
    "an organisation named with 'of' keeps its whole name": (
        "“We will regulate tokens,” the Dubai Department of Finance said in a statement.",
        Want("We will regulate", "Dubai Department of Finance", cue="said"),
    ),
    "a titled pseudonym that holds an asset's name": (
        "Traders weigh a rebound. Crypto analyst Bitcoin Ranchy said, “So the tariffs are "
        "illegal? Do we get green candles now?”",
        Want("So the tariffs", "Bitcoin Ranchy", cue="said", role="Crypto analyst"),
    ),
    "'one of …' with the name in apposition": (
        "One of the network’s first developers, Lefteris Karpas, marked the day by sharing "
        "photos, stating, “We were a small team in a small office.”",
        Want("We were a small", "Lefteris Karpas", cue="stating"),
    ),
    "according to a title whose holder follows a comma, before a colon": (
        "No rules exist yet, according to the chief analyst of local exchange BestSwap, "
        "Nikita Zubov: “Legalization has not happened.”",
        Want("Legalization", "Nikita Zubov", role="chief analyst", organization="BestSwap"),
    ),
    "'the firm’s CEO' works at the firm the article names most, not the last one named": (
        "Kraken raised $50 million on Monday. Kraken will hire engineers with it. The round "
        "was led by Sequoia Capital with help from others. “We are ready to grow,” Jo "
        "Parkes, the firm’s CEO, said.",
        Want("We are ready", "Jo Parkes", cue="said", role="CEO", organization="Kraken"),
    ),
    "'his post said' speaks for the person 'he' stands for": (
        "Trader Daan Kessel watched the chart. Bitcoin is trading “far away from any large "
        "clusters,” his X post said.",
        Want("far away", "Daan Kessel", "he", "said", partial=True),
    ),
    "'the Norrfin representative' with no Norrfin person named is the firm's voice": (
        "Funds were drained on Thursday. The Norrfin representative further explained that "
        "while the team “is calling this a bug,” the timing raises questions.",
        Want(
            "is calling",
            "Norrfin",
            "The Norrfin representative",
            "explained",
            partial=True,
            organization="Norrfin",
        ),  # fmt: skip
    ),
    "a titled noun skips a person just given another title": (
        "Peter Schall took the stage at the conference on Thursday. During a talk with "
        "journalist Nora Brunell in Las Vegas, the longtime gold advocate dismissed the "
        "community as “a giant cult” and said the coin resembles a “memecoin.”",
        # ("dismissed … as" governs the first quote; "said" the second)
        Want("a giant cult", "Peter Schall", "the longtime gold advocate", "dismissed", True),
    ),
    "a quote glued to the colon of its cue": (
        "Max Lind spoke first. Ram Subra, a core contributor at Norrledger, disagreed. He "
        "explained:“Unlike closed vendors, an open system offers traceability.”Lex Sokol, a "
        "partner at Vell, said results are hard to copy.",
        Want("Unlike closed", "Ram Subra", "He", "explained"),
    ),
    "a partial quote whose closing mark the parser leaves out of the verb's clause": (
        "The model may alert the authorities, according to VentureBeat. The report cited "
        "researcher Sam Bowler, who wrote on X that the chatbot will “use command-line tools "
        "to contact the press.”",
        Want("use command-line", "Sam Bowler", cue="wrote", partial=True),
    ),
    "what a speaker calls something is the speaker's words": (
        "Vera Lund says she admired what she calls a “hard-fought win.”",
        Want("hard-fought win", "Vera Lund", "she", "calls", partial=True),
    ),
    "what a speaker has termed something, the determiner outside the marks": (
        "Pia Sorensen, an analyst at Kestrel, pointed to what she has termed the “quiet "
        "accumulation phase” of the cycle.",
        Want("quiet accumulation", "Pia Sorensen", partial=True),
    ),
    "a short quote after a determiner, its sentence's cue after a later quote": (
        "The bill may be the “first step” toward a “borderless and open digital system,” "
        "Marek Olsen said.",
        Want("first step", "Marek Olsen", cue="said", partial=True),
    ),
    "a partial quote belongs to the verb whose clause holds it, not to one beside it": (
        "Meanwhile, Jon Vale, the creator of a popular indicator, noted that the coin looks to "
        "be “setting up for a breakout,” as it continues consolidating near highs.",
        Want("setting up", "Jon Vale", cue="noted", partial=True),
    ),
    "according to a long capitalised title, then a full name before the comma": (
        "The agency acted on Tuesday. According to Acting Under Secretary of the Treasury for "
        "Markets and Payments Dana R. Kett, “Criminals keep relying on these hosts.”",
        Want("Criminals keep", "Dana R. Kett", cue="according to", role="Acting Under Secretary"),
    ),
    "a coin's team speaks for its project": (
        "The Tron team told reporters there “appear to be some similarities” between the two "
        "incidents.",
        Want("appear to be", "Tron", cue="told", partial=True, organization="Tron"),
    ),
    "a coin's DAO is an organisation": (
        "After regaining access, Tron DAO said in an update that a staff member was “targeted "
        "in a phishing attack.”",
        Want("targeted in", "Tron DAO", cue="said", partial=True, organization="Tron DAO"),
    ),
    "a coin's name two words before the team's noun": (
        "In reply to a user, the Curve finance team said it is still “unclear how access was "
        "taken.”",
        Want("unclear how", "Curve", cue="said", partial=True),
    ),
    "an inventor's title is a role": (
        "Meanwhile, Jon Vale, the inventor of a widely used momentum indicator, noted that the "
        "coin looks “ready to run.”",
        Want("ready to run", "Jon Vale", cue="noted", partial=True, role="inventor"),
    ),
    "a name a group's noun introduces is an organisation, however person-like": (
        "The exchange was drained by hacking activist group Maren Dahl. The group said in a "
        "post: “We warned them twice.” Maren Dahl later said: “Pay up.”",
        Want("Pay up", "Maren Dahl", cue="said", organization="Maren Dahl"),
    ),
    "a proposal stands for the person who authored it, even far from a cue": (
        "A draft improvement proposal authored by wallet co-founder Jon Lapp and five others "
        "sets out a roadmap. The proposal warns that “a quarter of all coins have exposed "
        "keys.”",
        Want("a quarter", "Jon Lapp", "The proposal", "warns"),
    ),
    "another written noun stands for the same author": (
        "A draft improvement proposal authored by wallet co-founder Jon Lapp sets out a "
        "roadmap. Later, the draft says nodes will “reject old signatures.”",
        Want("reject old", "Jon Lapp", "the draft", "says", partial=True),
    ),
    "a name with a lower-case particle, from its surname's side": (
        "Patrik von Bahr, treasury director at Fragbite Group, said: “We bought more.” Von "
        "Bahr added that the firm “is not done yet.”",
        Want("We bought", "Patrik von Bahr", "Patrik von Bahr", "said", role="treasury director"),
    ),
    "a place before a second title is no speaker": (
        "Ana Ruiz spoke in Ohio on Monday. The former governor and U.S. senator said it was "
        "“a mistake” to sell.",
        Want("a mistake", "Ana Ruiz", "The former governor", "said", partial=True),
    ),
    "'the team' is a firm's, not the regulator named since": (
        "Norrswap Labs said losses were small. On Friday, the Commodity Futures Trading "
        "Commission said it is looking into the hack. The team added that user funds “are "
        "fully safe.”",
        Want("are fully", "Norrswap Labs", "The team", "added", partial=True),
    ),
    "a title ending in a source noun still names a person": (
        "Prices rose, said Norrfin head of research Jon Butterby. “Flows are back,” Butterby said.",
        Want("Flows are", "Jon Butterby", "Butterby", "said", organization="Norrfin"),
    ),
    "a person's administration is a body, not the person": (
        "As reporters noted, the Kett administration has reiterated the need to use "
        "“budget-neutral ways” to buy Bitcoin.",
        Want("budget-neutral", "Kett administration", cue="reiterated", partial=True),
    ),
    "a sentence with many names is no title": (
        "Exchange Harlow was drained of $12 million by activist group Black Finch. The group "
        "said in an X post: “After Bank Sepah, it was Harlow’s turn,” referring to an earlier "
        "attack.",
        Want("After Bank", "Black Finch", "The group", "said"),
    ),
    "a person's partner is not the person": (
        "Dana Kett runs the fund. “We were early,” Kett’s longtime trading partner said in an "
        "interview.",
        Want("We were early", None),
    ),
    "a person's relatives are not the person": (
        "Ada Vance died in May. Vance’s relatives watched the footage and said they came away "
        "with “more questions than answers.”",
        Want("more questions", None, partial=True),
    ),
    "what a person filed speaks for the person": (
        "Dana Kett sued the exchange. Kett’s brief said the claim was “baseless and late.”",
        Want("baseless and", "Dana Kett", partial=True),
    ),
    "a firm's title holder still speaks for the firm": (
        "Norrfin’s CEO said the exchange “will comply with every rule.”",
        Want("will comply", "Norrfin", role="CEO", organization="Norrfin", partial=True),
    ),
    "a capitalised verb opening the sentence, its speaker after it": (
        "Critics say the fee schedule is complex. Said Ellery: “I doubt they care about small "
        "holders at all.”",
        Want("I doubt", "Ellery", "Ellery", "Said"),
    ),
    "an opening verb before a titled name": (
        "Turnover fell. Wrote Pavel Dunn, in a note to clients: “Sell the bounce.”",
        Want("Sell the", "Pavel Dunn", cue="Wrote"),
    ),
    "a participle the parser hangs on a relative clause speaks for the main clause": (
        "Holt was equally defiant when pressed about not paying a designer who said he was "
        "shortchanged after he built a lobby at one of Holt’s hotels, saying, “Maybe the work "
        "was poor, and I was not happy with it.”",
        Want("Maybe the", "Holt", cue="saying"),
    ),
    "a second verb after 'but' shares the first verb's subject": (
        "Mayor Lena Okafor said Friday that she thinks the tape should be released but said "
        "“the question is the timing.” Governor Paul Reed said it would be “improper” to comment.",
        Want("the question", "Lena Okafor", cue="said", partial=True),
    ),
    "'it' is the firm the article keeps naming, not a standard named once in passing": (
        "Norrfin Inc. launched a payments kit on Tuesday. Norrfin Inc. said the kit lets apps "
        "charge per request. Norrfin Inc. built it on an open standard. The kit wraps the "
        "Hypertext Transfer Protocol in a payment layer, and card rails are “too slow for "
        "machines,” it added.",
        Want("too slow", "Norrfin Inc", "it", "added", partial=True),
    ),
    "'it' is a firm introduced by its noun, though named once": (
        "The Federal Reserve held rates. The Federal Reserve said inflation is sticky. Traders "
        "expect the Federal Reserve to wait. Analysis from trading firm Kestrel Capital found "
        "little chance of a breakout. “Volatility keeps drifting lower across the board,” it "
        "wrote.",
        Want("Volatility keeps", "Kestrel Capital", "it", "wrote"),
    ),
    "'the exchange' is the trading venue written last, not a group named since": (
        "Kraken opened an office in Lisbon on Monday. "
        + " ".join(["Prices moved sideways for most of the week as traders waited."] * 26)
        + " Users of Kraken in the region had asked for local support, and the Orlan Group "
        "praised the move. “We are proud to serve them,” the exchange wrote.",
        Want("We are proud", "Kraken", "the exchange", "wrote"),
    ),
    "a well-known firm the model calls a person speaks as a firm, not its product": (
        "“We can now serve users in the region,” Binance said. Binance Pay is also live there. "
        "“Fees are waived,” Binance added.",
        Want("Fees are", "Binance", "Binance", "added", organization="Binance"),
    ),
    "'according to her' is the woman named before": (
        "Analyst Mara Quist expects a dip. According to her, such zones are touched “most of the "
        "time in past cycles.”",
        Want("most of the", "Mara Quist", cue="according to", partial=True, role="Analyst"),
    ),
    "'according to his models' is the man named before": (
        "Trader Olle Brink sees support lower. According to his models, the zone holds “eight "
        "times out of ten.”",
        Want("eight times", "Olle Brink", cue="according to", partial=True),
    ),
    "a quote in what someone thinks is theirs": (
        "Jo Park of Norrfin was upbeat. Ultimately, Park thinks there is still a “lot of "
        "building to do” in the sector.",
        Want("lot of building", "Jo Park", "Park", "thinks", partial=True, organization="Norrfin"),
    ),
    "a paragraph left open, joined to the next by a space, takes that quote's cue": (
        "Rates held on Monday. “Demand is thin and funding is cheap for now. “We stay "
        "patient,” Ivan Brant added.",
        Want("Demand is thin", "Ivan Brant", cue="added"),
    ),
    "'Will' is a given name before a surname, and a reaction on X before a colon is theirs": (
        "Bonds slid again, and debt keeps rising. Crypto analyst Will Carrow’s reaction on X "
        "(formerly Twitter) shortly after the post captures the mood: “How can anyone hold long "
        "bonds at these yields.” Carrow’s doubts are shared widely.",
        Want("How can anyone", "Will Carrow", role="Crypto analyst"),
    ),
    "a misspelt surname the model reads as a firm still joins the person": (
        "“It is a milestone,” said Alex Obrenovich, founder of Obrenovich Research. The "
        "rally, which Obrenvich said will “pull in new money,” went on.",
        Want("pull in", "Alex Obrenovich", "Obrenvich", "said", partial=True, role="founder"),
    ),
    "', as X stated' after a partial quote": (
        "Volatility hit a two-year low, which could make the coin “a calm retirement asset,” as "
        "Harbor Funds CIO Lena Brix stated.",
        Want("a calm", "Lena Brix", cue="stated", partial=True, role="CIO"),
    ),
    "a shouted quote in capitals is speech, and a body's name ends in its org word": (
        "Hours before, the country’s official Reserve Office proclaimed on X: “WE JUST BOUGHT "
        "MORE COINS,” attaching a screenshot.",
        Want("WE JUST", "Reserve Office", cue="proclaimed"),
    ),
    "'the spokesperson' is the body a spokesperson spoke for": (
        "A spokesperson for the Harbor Review Committee said Dahl acted with intent. “Dahl "
        "meant to deceive every client,” the spokesperson said.",
        Want("Dahl meant", "Harbor Review Committee", "the spokesperson", "said"),
    ),
    "a coin named as a subject is no one's antecedent": (
        "Analyst Jo Park added more. Singapore-based Kestrel Capital said in a note that the "
        "latest BTC move confirmed a robust trend. “This rally feels sounder than the last,” "
        "the firm said.",
        Want("This rally", "Kestrel Capital", "the firm", "said"),
    ),
    "'a spokesperson' with no firm named speaks for the firm named before": (
        "Hackers drained a hot wallet at Norvex Exchange on Friday. “User assets remain "
        "completely unaffected,” a spokesperson added.",
        Want("User assets", "Norvex Exchange", "a spokesperson", "added", role="spokesperson"),
    ),
    "a one-word name that owns 'his' something is a person a titled noun can take up": (
        "Those are the words with which Dravek started his post on X early this morning. The "
        "entrepreneur further added, “When bubbles burst, gold will burst too.”",
        Want("When bubbles", "Dravek", "The entrepreneur", "added"),
    ),
    "a pledge quoted in part is the pledger's": (
        "The mood shifted under Mayor Ilse Brandt, who has pledged to “make the city the "
        "payments capital of the north.”",
        Want("make the city", "Ilse Brandt", cue="pledged", partial=True),
    ),
    "a shouted headline's verb ends the name before it": (
        "Mira Solberg runs Norrfin. BREAKING: BILLIONAIRE MIRA SOLBERG TELLS REPORTERS COIN IS "
        'GOING HIGHER AS FIRMS ARE "BUYING THE ENTIRE SUPPLY." MORE SOON',
        Want("BUYING THE", "Mira Solberg", "MIRA SOLBERG"),
    ),
    "'the analyst' takes up a handle the model calls a firm": (
        "In a recent update shared on X, Vexa AI highlighted the coin’s continued bullish "
        "momentum, pointing to strong weekly candles. The analyst noted that the coin has "
        "“ballooned past recent expectations,” closing the week higher.",
        Want("ballooned", "Vexa AI", "The analyst", "noted", partial=True, role="analyst"),
    ),
    "a handle joined by a hyphen to a lower-case part with a digit is a name": (
        "Focus is shifting to Ethereum. Q-vol7 shared his view, saying, “ETH is back in range. "
        "Nice fake out after all.” “If alts are to do well,” he added, “ETH must go higher.”",
        Want("If alts", "Q-vol7", "he", "added"),
    ),
    "'the Harbor Council President' is the president named before": (
        "Mara Lind, president of the Harbor Council, met traders on Monday. On May 26, the "
        "Harbor Council President said the city is ready to talk, adding, “To reach a deal, we "
        "need more time.”",
        Want("To reach", "Mara Lind", "the Harbor Council President", "adding"),
    ),
    "a firm's capitalised title with no person named is the firm speaking": (
        "On May 26, the Harbor Council President said the city is ready to talk, adding, “To "
        "reach a deal, we need more time.”",
        Want("To reach", "Harbor Council", cue="adding"),
    ),
    "a name with particles the model cuts before the surname stays whole": (
        "Ursula von der Leyen met traders on Monday. Talks went on for hours. “We need more "
        "time,” she said.",
        Want("We need", "Ursula von der Leyen", "she", "said"),
    ),
    "a judgement verb frames a partial quote like 'described … as'": (
        "Former mayor Lena Brix criticized the health law as a “crazy system” during a stop "
        "in Flint.",
        Want("crazy system", "Lena Brix", cue="criticized", partial=True),
    ),
    "a participle of a judgement verb after 'dismissed … as'": (
        "Fellow lawyer Ivo Marr dismissed the cancellation as staff-level gamesmanship, writing, "
        "“A staffer cancelled it for her.”",
        Want("A staffer", "Ivo Marr"),
    ),
    "any verb's own 'as' before a quotation frames the subject's words": (
        "Mayor Ilse Brandt openly admires the general as a “strong leader,” comparing him "
        "favourably to the governor.",
        Want("strong leader", "Ilse Brandt", cue="admires", partial=True),
    ),
    "a nickname in single curly marks inside the name": (
        "Former Norrfin CEO Jalen ‘JB’ Brandt praised the change in a post: “This is good to "
        "see, and overdue.”",
        Want("This is good", "Jalen Brandt", cue="praised", role="CEO", organization="Norrfin"),
    ),
    "a nickname in double marks is no quote, and its later initials join the name": (
        "Market analyst Rosa “The Owl” Ferreira said: “Buyers are tired.” Later, RF wrote: "
        "“Sellers are too.”",
        Want("Sellers are", "Rosa Ferreira", "RF", "wrote"),
    ),
    "partial quotes in the sentence after a cue go on with its speaker": (
        "Norrfin CEO Lena Holm stressed that the wallet keeps “no keys at all.” Instead, it "
        "will run a “fully local engine” on a “private relay network,” and stay “small, quick "
        "and cheap.”",
        Want("private relay", "Lena Holm", partial=True),
    ),
    "a heading's quote glued to the next paragraph's speaker": (
        "Lena Holm runs Norrfin. The app ships in May.  Support of “every phone and laptop”"
        "Holm stressed that the wallet will not use keys.",
        Want("every phone", "Lena Holm", "Holm", "stressed", partial=True),
    ),
    "a firm's possessive title is the person named with it before": (
        "Ola Brenn, CEO of Norrfin Bank, spoke on Monday. Later, Norrfin’s CEO pointed out "
        "the rivals, stating, “They are clever and fast.”",
        Want("They are", "Ola Brenn", "Norrfin’s CEO", "stating", role="CEO"),
    ),
    "a firm speaks for itself, not for the platform it posted on": (
        "As noted in a May 2 X post by Kestrel, a payments provider, the rally is different. "
        "“This is the calmest market we have seen,” Kestrel posted.",
        Want("This is", "Kestrel", cue="posted", organization="Kestrel"),
    ),
    "after a title, a nationality is a word of the name": (
        "Norrfin calls it a quiet market. However, crypto influencer American Walrus thinks "
        "the dam is about to burst. He believes that firms will rush in. “I think the bubble "
        "can get large,” he said in a podcast.",
        Want("I think", "American Walrus", "he", "said", role="crypto influencer"),
    ),
    "'the firm' is the name an appositive called a provider, not a titled person": (
        "As noted in a post by Kestrel, a payments provider, the rally looks calm. “This is "
        "the calmest market yet,” Kestrel posted. Yet crypto influencer American Walrus "
        "thinks prices will soar. He believes firms will rush in. To back their view, Kestrel "
        "researchers listed four phases. “That is the setup for a blow-off top,” the firm "
        "stated.",
        Want("That is", "Kestrel", "the firm", "stated", organization="Kestrel"),
    ),
    "'the post' is its writer's, named with the verb that wrote in it": (
        "“Capital keeps flowing in,” Norrfin contributor Ida Brenn summarized in one of its "
        "blog posts on May 7. Brenn argued that the trend is long-term. “This record reflects "
        "real conviction,” the post concluded.",
        Want("This record", "Ida Brenn", "the post", "concluded", role="contributor"),
    ),
    "'he' after a one-word name with a title and a handle": (
        "Prices Need To Clear This Level Technical analyst Bram (@bram_charts) argues that the "
        "floor held, but only up to a point. “After the dip the coin found the support it "
        "needed,” he wrote.",
        Want("After the dip", "Bram", "he", "wrote", role="Technical analyst"),
    ),
    "a contributor's organisation after 'to'": (
        "Ivo Lund, a core contributor to Norrfin DAO, said in a May 15 X post that he “may "
        "have been hit” by the leak.",
        Want(
            "may have",
            "Ivo Lund",
            partial=True,
            role="core contributor",
            organization="Norrfin DAO",
        ),
    ),
    "a neuroscientist is a person with a title": (
        "The plan failed. Neuroscientist Ida Morn said at the time that it “cannot work” in "
        "people.",
        Want("cannot work", "Ida Morn", role="Neuroscientist", partial=True),
    ),
    "a sentence glued to a link teaser by a space reports speech in the past tense": (
        "Vice President Ivo Lund spoke on Monday. Related: Miners call for tax relief as rates "
        "climb Lund said in a speech at the event that “we reject regulators” and that coins "
        "“have a champion” in the capital.",
        Want("have a champion", "Ivo Lund", "Lund", "said", partial=True),
    ),
    "'For X,' opening a sentence gives X's view": (
        "The coin rallied. For Norrfin founder Ida Brenn, $98,000 is a “crucial area to hold” "
        "before any move higher.",
        Want("crucial area", "Ida Brenn", cue="for", partial=True, role="founder"),
    ),
    "a title phrase ending in 'Sir' and a name": (
        "“They had a duty to act,” wrote Master of the Rolls Sir Geoffrey Vale. “They cannot "
        "recover it.”",
        Want("They had", "Geoffrey Vale", cue="wrote", role="Master of the Rolls"),
    ),
    "'the release' issued by 'the agency' is the public body's, not the group it named": (
        "The Norrland Department of Finance has sanctioned a militia known as the Vale Front "
        "(VF), accusing it of coin scams. According to a May 5 press release issued by the "
        "agency, the Vale Front has run many scams. Savers “have lost millions” to such "
        "schemes, the release reads.",
        Want("have lost", "Norrland Department of Finance", "the release", "reads", True),
    ),
    "a title before an honorific and the name": (
        "This is according to pseudonymous analyst Mr. Long Street, who warned on July 20 that "
        "momentum holds. “It is clear that these holders know the game,” noted the expert.",
        Want("It is clear", "Long Street", "the expert", "noted", role="analyst"),
    ),
    "'the entrepreneur' gives the person it stands for that title": (
        "Those are the words with which Kessler opened his post on X this morning. The "
        "entrepreneur further added, “When bubbles bust, gold will bust too.”",
        Want("When bubbles", "Kessler", "The entrepreneur", "added", role="entrepreneur"),
    ),
    "a partial quote ending the sentence right after a named speaker's cue": (
        "Lena Holm stressed that the rush for new highs could trap both sides. Thus, it is "
        "vital to “always manage your risk.”",
        Want("always manage", "Lena Holm", partial=True),
    ),
    "a place before a group noun keeps the group": (
        "“Savers deserve better,” the U.S. lawmakers said in a letter.",
        Want("Savers deserve", "U.S. lawmakers", "the U.S. lawmakers", "said"),
    ),
    "'players' is a group that speaks": (
        "Industry players called the rule an overreach, noting that the “loose” definition of "
        "a dealer was too broad.",
        Want("loose", "Industry players", cue="noting", partial=True),
    ),
    "a coin named after its issuer speaks as the issuer": (
        "“This milestone shows our strength,” wrote Tether in its quarterly report.",
        Want("This milestone", "Tether", "Tether", "wrote", organization="Tether"),
    ),
    "'the company' after an issuer named like its coin": (
        "Tether reported record profits. “We are committed to users,” the company said on Monday.",
        Want("We are committed", "Tether", "the company", "said", organization="Tether"),
    ),
    "'Per X,' opening a sentence gives X's words": (
        "Banks are moving in. Per Norrfin founder Ana Ruiz, “If I were a bank, I would worry.”",
        Want("If I were", "Ana Ruiz", cue="per", role="founder", organization="Norrfin"),
    ),
    "'the quant' takes up the person named before": (
        "Lena Holm runs a desk at Norrfin. “It is unusual for prices to do that,” notes the quant.",
        Want("It is unusual", "Lena Holm", "the quant", "notes"),
    ),
    "the writer's 'I' outside a quotation names no one": (
        "Ana Ruiz said prices will rise. I believe that the coin is delayed, and a voice has "
        "just hinted: “the coin train is arriving soon.”",
        Want("the coin train", None),
    ),
    "a misspelt surname after the same first name is the same person": (
        "Norrfin CEO Lena Hlom unveiled the wallet. “It runs offline,” Lena Holm said.",
        Want("It runs", "Lena Hlom", role="CEO", organization="Norrfin"),
    ),
    "a whole quote after a firm's goes on with it, not with a new person's 'said that'": (
        "Tallymark Labs shipped an update to its chatbot, Tallymark Labs said in a blog post. "
        "“This was the wrong call,” the company admitted. “The reviews hinted at a real "
        "problem, and we should have listened.” Tallymark CEO Ola Brand said on Monday that "
        "it was working to fix the model.",
        Want("The reviews hinted", "Tallymark Labs"),
    ),
    "(guard) with no speaker before, that person's 'said that' still takes the quote": (
        "“The reviews hinted at a real problem, and we should have listened.” Tallymark CEO "
        "Ola Brand said on Monday that it was working to fix the model.",
        Want("The reviews hinted", "Ola Brand"),
    ),
    "'the spokesperson' with none named before: the firm the text is about speaks": (
        "The Norrfield Fund launched a grant programme on Monday. “The funds will support "
        "builders,” the spokesperson told The Ledger.",
        Want(
            "The funds will", "Norrfield Fund", role="spokesperson", organization="Norrfield Fund"
        ),
    ),
    "'the spokesperson' far after 'a Firm spokesperson': that firm, not a person since": (
        "Norrfield launched a fund. “We build for all,” a Norrfield spokesperson told The "
        f"Ledger. {FILLER} Tallybank CEO Ada Lind welcomed it. {FILLER} “The funds will "
        "support builders,” the spokesperson said.",
        Want("The funds will", "Norrfield", role="spokesperson", organization="Norrfield"),
    ),
    "a firm's spokesperson is the firm's voice, not the firm's CEO named before": (
        "Norrex CEO Ada Lind launched the fund in May. “The pilot worked,” Norrex’s "
        "spokesperson told The Ledger.",
        Want("The pilot", "Norrex", role="spokesperson", organization="Norrex"),
    ),
    "a firm's spokesperson named before is that person, not the firm's CEO": (
        "Jo Park, a spokesperson for Norrex, said the fund is open. Norrex CEO Ada Lind "
        "agreed. “We expect more,” Norrex’s spokesperson added.",
        Want("We expect", "Jo Park", role="spokesperson", organization="Norrex"),
    ),
    "'the Vexa maker' is the firm named before, not its product": (
        "Tallymark Labs shipped an update to its Vexa chatbot, Tallymark Labs said on "
        "Monday. The Vexa maker said its models go through “careful safety checks” first.",
        Want("careful safety", "Tallymark Labs", partial=True),
    ),
    "a firm's name opening with a figure glued to letters speaks through its analysts": (
        "“This breakout is driven by a surge in trading,” wrote 10x Research analysts on June 11.",
        Want("This breakout", "10x Research", role="analysts", organization="10x Research"),
    ),
    "a figure-led firm's name as the subject": (
        "Prices rose on Monday. “This breakout is driven by leverage,” wrote 12x Research "
        "analysts on June 11.",
        Want("This breakout", "12x Research", role="analysts"),
    ),
    "'appointed former X executive Y as its new Z': the post now, at the appointing firm": (
        "The Norr Network Foundation has appointed former Vexa executive Ola Nyman as its new "
        "head of payments. “Joining is an honour,” Nyman said.",
        Want(
            "Joining",
            "Ola Nyman",
            role="head of payments",
            organization="Norr Network Foundation",
        ),
    ),
    "'hired Y as its chief economist to lead research'": (
        "Tallyrock hired Jo Park as its chief economist to lead research. “Rates will fall,” "
        "Park said.",
        Want("Rates will", "Jo Park", role="chief economist", organization="Tallyrock"),
    ),
    "a name after a caption's 'a', with a title in apposition, is named": (
        "The fund charges more in fees. Simply a Machine Ivo Lindqvist, president at Norrvest "
        "Wealth Management (formerly Fund Store), told the outlet that “fee revenue is "
        "reflective of demand for the product.”",
        Want(
            "fee revenue",
            "Ivo Lindqvist",  # (not the caption's last word, "Machine", glued before it)
            role="president",
            organization="Norrvest Wealth Management",
        ),
    ),
    "a titled noun gives the title now to a person given only a former one": (
        "Ola Berg appeared before lawmakers for the first time. Berg, also a former "
        "commissioner, was seen as a reformer. In a hearing, Berg called the rules a “key "
        "priority.” Later, the NSB chair said the findings were “still under development.”",
        Want("key priority", "Ola Berg", partial=True, role="chair", organization="NSB"),
    ),
    "'what he termed' frames a partial quote": (
        "Ivo Lind spoke on Monday. His argument stemmed from what he termed the network’s "
        "“stablecoin drought”, a gap in funds.",
        Want("stablecoin drought", "Ivo Lind", cue="termed", partial=True),
    ),
    "a firm's name ending in a firm word is a firm 'the lender' takes up, however tagged": (
        "Celsius Network sued the bank on Monday over the sale of its coins. “It was a fire "
        "sale at low prices,” the lender said.",
        Want("It was a fire", "Celsius Network", "the lender"),
    ),
    "a place before an unnamed judge is no firm that speaks": (
        "A U.S. bankruptcy judge said the lawsuit can “proceed on the merits.”",
        Want("proceed on the merits", None, partial=True),
    ),
    "'recommended users … to “…”' is advice a source gives": (
        "Norrdata found malware in the drivers. Landmark News recommended users who installed "
        "the drivers to “immediately run a full scan.”",
        Want("immediately run", "Landmark News", cue="recommended", partial=True),
    ),
    "'led X to concede in a post that it “…”': X, whose 'that' clause holds the quote": (
        "Users complained about its tendency to praise any idea, which led Norrlabs to "
        "concede in a blog post that it “was overly flattering.”",
        Want("was overly", "Norrlabs", cue="concede", partial=True),
    ),
    "'forced X to admit that …': the object says it": (
        "The backlash forced Norrlabs to admit that the model “was overly flattering.”",
        Want("was overly", "Norrlabs", cue="admit", partial=True),
    ),
    "'Others complained' names no one": (
        "Some lawmakers objected. Others complained that it was “pretty much nonsense.”",
        Want("pretty much", None, partial=True),
    ),
    "a ratio's name is no speaker 'the analyst' takes up": (
        "According to the quant, the Tron Sharpe Ratio has stayed low. “Whenever the ratio "
        "climbs above 40, it often signals a top,” the analyst explains.",
        Want("Whenever the ratio", None),
    ),
    "'said the co-founder of X', no one named: X speaks through its co-founder": (
        "“The future of finance should be sustainable,” said the co-founder of OPTO Miner.",
        Want(
            "The future",
            "OPTO Miner",
            "the co-founder",
            role="co-founder",
            organization="OPTO Miner",
        ),
    ),
    "'said the co-founder of X' after that co-founder is named: that person": (
        "Jo Park, co-founder of OPTO Miner, spoke on Monday. “Mining must get cleaner,” said "
        "the co-founder of OPTO Miner.",
        Want("Mining must", "Jo Park", role="co-founder", organization="OPTO Miner"),
    ),
    "'NMA research showed that “…”': the body whose research it is": (
        "While 2024 NMA research showed that “most buyers use their own cash,” it also "
        "highlighted risks.",
        Want("most buyers", "NMA", cue="showed"),
    ),
    "a teaser's headline glued by a hard space before 'The company said'": (
        "Norrlabs said the update was a mistake. “We will do better,” Norrlabs wrote in a "
        "post.Related: Traders cool with bots running their portfolios: Survey\u00a0The "
        "company said it had discussed the risks “for a while,” but had no tests for them.",
        Want("for a while", "Norrlabs", "The company", partial=True),
    ),
    "an architect is a title": (
        "Norrvik protocol architect Lena Voss told Coinpost that the upgrade would ship. Voss "
        "said it would be “much faster than before.”",
        Want("much faster", "Lena Voss", partial=True, role="protocol architect"),
    ),
    "'analysts Ana Lindqvist and Tom Becker wrote': the first named, one analyst": (
        "“Three of the four miners reported record profits,” Norrgate analysts Ana Lindqvist "
        "and Tom Becker wrote.",
        Want("Three of", "Ana Lindqvist", role="analyst", organization="Norrgate"),
    ),
    "a partial after 'X earned the most, the bank noted': the bank, not the next result's firm": (
        "Big miners had a good quarter, investment bank Norrgate said in a report. Hashco "
        "earned the most, the bank noted. The miner also had the “lowest cost per coin at just "
        "$36,000.” Conversely, Minerva posted the highest cost per coin of around $72,600, the "
        "bank said.",
        Want("lowest cost", "Norrgate", partial=True),
    ),
    "'the Norrswap Team said': the firm, without the word for its staff": (
        "Norrswap Finance warned users on Monday. Later, the Norrswap Team said the website "
        "“points to the wrong IP” for now.",
        Want("points to", "Norrswap", "Norrswap Team", partial=True, organization="Norrswap"),
    ),
    "'the team said' after a term's acronym: the firm, not the term": (
        "Norrswap Finance has warned that a hacker hijacked its domain name system (DNS) "
        "again. Later, the Norrswap Team said the website “points to the wrong IP” for now. A "
        "DNS works like a directory. Source: Norrswap FinanceThe team also said that the "
        "“password is secure.”",
        Want("password is", "Norrswap", "The team", partial=True),
    ),
    "'according to a May 7 Norrpay announcement': the firm whose announcement it is": (
        "According to a May 7 Norrpay announcement, the startup “secured a strategic "
        "investment through a venture arm.”",
        Want("secured a", "Norrpay", cue="according to", partial=True),
    ),
    "'According to the researcher' after 'NORRQ, an observer and researcher,'": (
        "Norrcoin’s position is at risk from new rivals. NORRQ, an observer and researcher, "
        "shared a report that shows the firm could lose its grip. According to the "
        "researcher, the leading issuer “will lose market dominance to regulated coins.”",
        Want("will lose", "NORRQ", "the researcher", cue="according to", partial=True),
    ),
    "'X and Y … The former claimed': the first of the two": (
        "Calmer forecasts came from Ali Norrtinez and Lena Holt. The former claimed the coin "
        "could form a base, “potentially setting the stage for a breakout.” The latter said "
        "it “looks heavy.”",
        Want("potentially setting", "Ali Norrtinez", cue="claimed", partial=True),
    ),
    "'X and Y … The latter said': the second of the two": (
        "Calmer forecasts came from Ali Norrtinez and Lena Holt. The former claimed the coin "
        "could form a base, “potentially setting the stage for a breakout.” The latter said "
        "it “looks heavy.”",
        Want("looks heavy", "Lena Holt", cue="said", partial=True),
    ),
    "the second of two joined names takes no title from before 'and'": (
        "Analysts with calmer views include Ali Norrtinez and Lena Holt. The latter said it "
        "“looks heavy.”",
        Want("looks heavy", "Lena Holt", cue="said", partial=True, organization=""),
    ),
    "'X notes,“…”': a comma glued to the opening mark": (
        "Liquidity matters for Bitcoin. Mike Howell notes,“The likely policy response is a "
        "great omen.”",
        Want("The likely", "Mike Howell", cue="notes"),
    ),
    "'said pseudonymous BTC investor X': a coin is no employer": (
        "“Bitcoin will pump again,” said pseudonymous BTC investor Random Norr Pal in response.",
        Want("Bitcoin will", "Random Norr Pal", organization=""),
    ),
    "'Key points: … , says Arthur Hayes': the subject after an inverted cue": (
        "Key points:US bonds and capital “repatriation” make a recipe for $1 million BTC, "
        "says Arthur Hayes.",
        Want("repatriation", "Arthur Hayes", cue="says", partial=True),
    ),
    "'the report says' after 'a new ATH': no term's acronym speaks": (
        "The price set a new ATH last week. “The market is at a crossroads,” the report says.",
        Want("The market is", None, cue="says"),
    ),
    "'The post notes that “…”' with no post named before: a quote, source unsaid": (
        "The deal is the first step in a partnership. The post notes that the collaboration "
        "“sets the stage for future work on governance.”",
        Want("sets the stage", None, cue="notes", partial=True),
    ),
    "'X said, adding it would write “…”': the person's words, not the thing's": (
        "Publishing addresses is risky, Ana Norr said. “You have to ask what the problems "
        "are,” Norr said, adding it would write “50 pages of security problems.”",
        Want("50 pages", "Ana Norr", "Norr", cue="adding", partial=True),
    ),
    "'Norrbit Digital CEO X', 'Norrbit Digital' also written elsewhere: the whole firm": (
        "Norrbit Digital shares rose. “We mine more,” Norrbit Digital CEO Sam Tabar said.",
        Want("We mine", "Sam Tabar", role="CEO", organization="Norrbit Digital"),
    ),
    "'X lauded Y for helping develop “…”': praise is a reporting verb": (
        "In January, Gov. Ana Norrby of Vermont lauded Tom Clarke in her address for helping "
        "develop “new and innovative ideas.”",
        Want("new and innovative", "Ana Norrby", cue="lauded", partial=True),
    ),
    "'the President said' after a reporter is named: not the reporter": (
        "Reporter Ana Holt asked about the tariffs. “We will win,” the President said.",
        Want("We will win", None, cue="said"),
    ),
    "'the city’s Comptroller … calling it “…”', then 'Comptroller X': the office holder": (
        "Norrland City’s Comptroller has dismissed a plan by Mayor Eric Adler to back bonds "
        "with bitcoin, calling it “legally dubious and fiscally irresponsible.” Comptroller "
        "Brad Lander, who oversees the city’s finances, rejected the proposal.",
        Want("legally dubious", "Brad Lander", role="Comptroller", partial=True),
    ),
    "'X, who co-chairs … alongside Y, said': the name with the relative clause": (
        "Rep. Tom Emmer, who co-chairs the Crypto Caucus alongside Democratic Representative "
        "Ritchie Torres, said in a May 21 notice that the measure provides “commonsense "
        "clarification” to protect builders.",
        Want("commonsense", "Tom Emmer", cue="said", partial=True),
    ),
    "'what Bank of Norrland calls “…”': the whole name, from its head before 'of'": (
        "Markets are calm. We stand on the edge of what Bank of Norrland calls a "
        "“once-in-a-millennium transformation.”",
        Want("once-in-a", "Bank of Norrland", cue="calls", partial=True),
    ),
    "'One trader wrote on X that “…”': an unnamed source, not a firm called 'One'": (
        "Traders are betting on the token. One trader wrote on X that the “growth has reached "
        "the ceiling,” adding that rivals are strong.",
        Want("growth has", None, cue="wrote", partial=True),
    ),
    "'“… A real dummy!” wrote X': an unnamed noun inside the quote is no subject (guard)": (
        "“Too late. He is the worst. A real dummy, who is costing us billions!” wrote Tom "
        "Kettering in his post.",
        Want("Too late", "Tom Kettering", cue="wrote"),
    ),
    "'X said the report found “…”', no report named before: X's words": (
        "Lena Norr said the report found “a sharp drop in demand.”",
        Want("a sharp drop", "Lena Norr", cue="said", partial=True),
    ),
    "'She says it underscores that … “…”': her words, not the thing's": (
        "Lena Norr criticized the firm on Monday. She says it underscores that the firm is "
        "“temperamentally unfit to lead.”",
        Want("temperamentally", "Lena Norr", "She", cue="says", partial=True),
    ),
    "'Meanwhile, Kettering: “…”': a name and a colon introduce the words": (
        "President Tom Kettering spoke on Monday. The market fell. Meanwhile, Kettering: “Am I "
        "allowed to run the bank myself?” “I would do a much better job.”",
        Want("Am I allowed", "Tom Kettering", "Kettering", role="President"),
    ),
    "'X from decentralized finance (DeFi) lending platform Y wrote': Y employs X": (
        "“People can tell when a human is in front of them,” Lena Holt from decentralized "
        "finance (DeFi) lending platform Norrlend wrote on X.",
        Want("People can", "Lena Holt", organization="Norrlend"),
    ),
    "'the regulator noted' after 'according to a Bloomberg report': the regulator": (
        "The Nordic Markets Authority (NMA) plans to ban credit card purchases. According to "
        "a May 2 Bloomberg report, the ban is one of many new rules. In a document, the "
        "regulator noted that it is “exploring whether to restrict firms from accepting "
        "credit.”",
        Want("exploring whether", "Nordic Markets Authority", "the regulator", partial=True),
    ),
    "'The company’s CEO, X, wrote': the firm 'the company' takes up, not the most named": (
        "Payments firm Norrpay has raised money from Visa. According to a May 7 Norrpay "
        "announcement, the startup “secured a strategic investment from Visa.” Visa is big. "
        "The company’s CEO, Jo Hemmings-Park, wrote: “I am excited about what it means.”",
        Want("I am excited", "Jo Hemmings-Park", role="CEO", organization="Norrpay"),
    ),
    "'the Vermont Republican said': the politician named before": (
        "Senator Ana Holm pushed the bill on Monday. The Vermont Republican said she would be "
        "“very disappointed” if it failed.",
        Want("very disappointed", "Ana Holm", "The Vermont Republican", partial=True),
    ),
    "'the Democrat said' after a quote: the politician named before": (
        "Senator Ana Holm pushed the bill on Monday. “We are close,” the Democrat said.",
        Want("We are close", "Ana Holm", "the Democrat", role="Senator"),
    ),
    "'analysts Reginald Holt and Charles Pim wrote': a given name the model knows": (
        "“Four of the five miners beat forecasts,” analysts Reginald Holt and Charles Pim wrote.",
        Want("Four of", "Reginald Holt", role="analyst"),
    ),
    "'the Norrpay co-founder argues' (a hyphenated title parsed apart): the person before": (
        "Lena Holt has never been shy about bold calls. Writing on Monday, the Norrpay "
        "co-founder argues that markets must keep pace with “the drumbeat” of credit.",
        Want("the drumbeat", "Lena Holt", partial=True, role="co-founder", organization="Norrpay"),
    ),
    "'“…,” the co-founder says': the co-founder named before": (
        "Norrpay co-founder Lena Holt posted a long thread. “Markets must keep pace with "
        "credit,” the co-founder says.",
        Want("Markets must", "Lena Holt", "the co-founder", "says", role="co-founder"),
    ),
    "(guard) 'commented Norrpay Action Fund co-founder and CEO X': the person, not the fund": (
        "“The odds went up by a massive amount today,” commented Norrpay Action Fund "
        "co-founder and CEO Lena Holt.",
        Want(
            "The odds", "Lena Holt", role="co-founder and CEO", organization="Norrpay Action Fund"
        ),
    ),
    "'Lena Holt posted …' (a given name the model calls a firm's) then 'The Norrpay CEO wrote'": (
        "Lena Holt posted a long thread. The Norrpay CEO wrote: “Markets must keep pace with "
        "credit.”",
        Want("Markets must", "Lena Holt", "The Norrpay CEO", role="CEO", organization="Norrpay"),
    ),
    "a headline glued before 'Lena Holt, COO of X, told': the name without its last word": (
        "Fees are low on the network. Smart Wallets to Play Bigger Part in Future Lena Holt, "
        "COO of Norrpay Domains, told Cryptonews that she sees wallets playing a role in "
        "health. “Imagine if your data was stored on the blockchain,” she said.",
        Want("Imagine if", "Lena Holt", "she", role="COO", organization="Norrpay Domains"),
    ),
    "'Raymond James wrote': a firm named like a person": (
        "Raymond James upgraded the miner on Monday. “Margins are rising,” Raymond James wrote.",
        Want("Margins are", "Raymond James", organization="Raymond James"),
    ),
    "(guard) 'co-authored by Morgan Stanley … it said': the firm, though its words are names": (
        "Demand fell in the second quarter, according to a report co-authored by Morgan Stanley "
        "and Norrcharts. “Prices are sticky,” it said.",
        Want("Prices are", "Morgan Stanley", "it", organization="Morgan Stanley"),
    ),
    "'the bank said in a report. “…,” wrote analyst X': the bank's analyst": (
        "Norrbank cut its target on the miner, the bank said in a report on Monday. “The deal "
        "looks rushed,” wrote analyst Lena Holt.",
        Want("The deal", "Lena Holt", role="analyst", organization="Norrbank"),
    ),
    "'X said in a note. “…,” analysts Y and Z wrote': the firm's analysts": (
        "Wall Street bank Norrbank said in a research note Friday that miners had a record "
        "quarter. “Four of five beat forecasts,” analysts Lena Holt and Tom Berg wrote.",
        Want("Four of five", "Lena Holt", role="analyst", organization="Norrbank"),
    ),
    "(guard) 'X said … “…,” said independent analyst Y': no firm for an independent analyst": (
        "Norrbank said prices rose on Monday. “It is a bubble,” said independent analyst Lena "
        "Holt.",
        Want("It is a bubble", "Lena Holt", organization=""),
    ),
    "(guard) a person of the firm reports before 'said analyst Y': no firm lent": (
        "Tom Berg of Norrbank said prices rose on Monday. “It is a bubble,” said analyst Lena "
        "Holt.",
        Want("It is a bubble", "Lena Holt", organization=""),
    ),
    "'In its note X finds that … According to the authors, “…”': the firm that wrote it": (
        "In its weekly note Norrvest Europe points to a chart and finds that, on average, "
        "bitcoin was “up 31 percent fifty days after the event.” According to the authors, "
        "“geopolitical shocks tend to be good buying chances for bitcoin.”",
        Want("geopolitical shocks", "Norrvest Europe", "the authors", partial=True),
    ),
    "'the firm interprets' after 'Israel says': the firm, never a country": (
        "Norrvest Europe published its weekly note on Monday. Israel says it now enjoys “full "
        "control of the skies.” Prices held. Funding rates stayed positive, a pattern the firm "
        "interprets as “bullish positioning by traders.”",
        Want("bullish positioning", "Norrvest Europe", "the firm", partial=True),
    ),
    "a title-case teaser glued before 'The firm highlights a “…”': the sentence after it": (
        "Norrvest Europe published its weekly note on Monday. Second is the dollar. Related "
        "Reading: Token Rally Stalls As Buyers Leave The firm highlights a “pronounced "
        "weakening of the US dollar,” as the index slid.",
        Want("pronounced weakening", "Norrvest Europe", "The firm", partial=True),
    ),
    "(guard) a sentence-case teaser: its own 'X says' is no cue for the next quote": (
        "Ministers met on Monday. You might also like: Token slump may be ‘healthy,’ veteran "
        "author Kay Lund says: tariffs weigh on crypto “If the US insists on its way, Norrland "
        "will respond with force,” the ministry said.",
        Want("If the US insists", None),  # (no ministry named: not the teaser's Kay Lund)
    ),
    "'“…,” it added' after a one-word name the model calls a person: that name": (
        "On Monday, Norrbot provided an update on its chatbot, stating that on Sunday, “an "
        "unauthorized change was made to the bot’s prompt.”“This change violated our internal "
        "policies and core values,” it added.",
        Want("This change", "Norrbot", "it", "added"),
    ),
    "'said crypto YouTuber ‘Professor Norr.’': a title inside the marks is the pseudonym's": (
        "Reserves are rising. “The era of fiat optionality is quietly closing,” said crypto "
        "YouTuber ‘Professor Norr.’",
        Want("The era of", "Professor Norr", role="crypto YouTuber"),
    ),
    "'an optimistic Norr Capital wrote': a name described by an adjective is named": (
        "Opinions differed. “This is exactly what the token needs to be doing,” an optimistic "
        "Norr Capital wrote in part of his latest X analysis.",
        Want("This is exactly", "Norr Capital", cue="wrote"),
    ),
    "'“…,” the protocol posted on X': the project named before, not the platform": (
        "Norrliquid reported that its foundation account was compromised on Saturday. “The "
        "Norrliquid chain is unaffected. Do not click any links,” the protocol posted on X.",
        Want("The Norrliquid chain", "Norrliquid", "the protocol", "posted"),
    ),
    "(guard) 'Decentralized finance protocol X warned … the team said': X, not the adjective": (
        "Decentralized finance (DeFi) protocol Norrcurve Finance has warned that a hacker "
        "hijacked its domain. “We are busy,” the team said.",
        Want("We are busy", "Norrcurve Finance", "the team"),
    ),
    "'“…,” part of his X post said': the post's owner": (
        "Tom Berg kept his view. “There is a big liquidity cluster down at $106K,” part of his "
        "X post said.",
        Want("There is a big", "Tom Berg"),
    ),
    "'according to X:“170 …': a colon and a mark glued before a figure end the name": (
        "Losses grew, according to Norrbot:“170 wallets were drained in one day.”",
        Want("170 wallets", "Norrbot", cue="according to"),
    ),
    "'“…,” Berg told Holm. “…”“Look, …,” Holm answered': the second quote is still Berg's": (
        "Holm told Norrnews’s Ada Berg on May 25 that he knew nothing about the dinner.“We do "
        "not know who was there. The list has not been released,” Berg told Holm. “I have a "
        "hard time imagining that you would not be outraged if the other party did this.”“Look, "
        "I don't know anything about the dinner,” Holm answered, claiming he “was a little busy "
        "this past week,” focusing on the budget.",
        Want("I have a hard", "Ada Berg"),
    ),
    "'“…,” says @NorrJr of his family’s ties': the account speaks": (
        "Banks froze out projects. “We are all in on crypto,” says @LenaHoltJR of her family’s "
        "ties with stablecoins. “We got into crypto out of necessity.”",
        Want("We are all in", "LenaHoltJR", cue="says"),
    ),
    "'could, in Hayes’ words, provide “…”': the words are Hayes's": (
        "Lena Hayes expects a boom. A tax cut could, in Hayes’ words, provide “insane credit "
        "growth” with “no taxes at all.”",
        Want("insane credit", "Lena Hayes", "Hayes", "in Hayes’ words", partial=True),
    ),
    "'in her words, “…”': the person 'her' stands for": (
        "Lena Holt expects a boom. A tax cut could, in her words, provide “insane credit growth "
        "for years.”",
        Want("insane credit", "Lena Holt", "she", partial=True),
    ),
    "'In the words of Holt, … “…”': Holt's": (
        "Lena Holt expects a boom. In the words of Holt, the market is “about to go vertical.”",
        Want("about to go", "Lena Holt", "Holt", partial=True),
    ),
    "analysts at firm said, after another sentence: the group is the firm's role": (
        "Markets expect two cuts. “Clarity may not come before December,” analysts at "
        "Norrbank said in a note to clients Friday.",
        Want("Clarity may", "Norrbank", "Norrbank", "said", False, "analysts", "Norrbank"),
    ),
    "firm's analysts quoted first title a later 'according to' the firm (guard)": (
        "“Supply is thinning,” Norrbank analysts wrote on Monday. Holders are “back in "
        "profit,” according to Norrbank.",
        Want("back in", "Norrbank", "Norrbank", "according to", True, "analysts", "Norrbank"),
    ),
    "SVP of firm in apposition": (
        "Lena Holt, SVP of Norrpay, framed the launch as a milestone: “Payments are no "
        "longer theoretical.”",
        Want("Payments are", "Lena Holt", "Lena Holt", None, False, "SVP", "Norrpay"),
    ),
    "a one-word name from a one-word firm works there": (
        "Nils from CoinNorr added that July “is in play, maybe,” as the hearing ended.",
        Want("is in play", "Nils", "Nils", "added", True, "", "CoinNorr"),
    ),
    "'as he called it' after a capitalised office and a possessive name": (
        "Bitcoin has led since President Kett’s tariff plan of April 2 - “Freedom Day,” as "
        "he called it.",
        Want("Freedom Day", "Kett", "he", "called", False, "President"),
    ),
    "'the firm added' after a firm's analysts: not a data source without a title": (
        "Ether trades above its basisData from Coinpost Markets Pro shows a rise.Prices moved "
        "above the mean. As Coinpost reported, holding above $2,400 was crucial. Norrnode "
        "analysts noted that the price must be “reclaimed to support confidence” in the "
        "coin.The market intelligence firm added:“The range remains crucial.”",
        Want("The range", "Norrnode", "The market intelligence firm", "added"),
    ),
    "a firm's name ending in a firm word keeps a word the text also writes in lower case": (
        "Norrvik Asset Management, founded by entrepreneur Lena Holt, has revealed plans to "
        "buy Bitcoin. The asset manager “intends to build a war chest,” it said.",
        Want("intends to", "Norrvik Asset Management", "it", "said", True, "", None),
    ),
    "'the founders told' after 'according to the founders of' a firm: the firm's": (
        "Prices may not react, according to the founders of the newsletter service "
        "NorrMacroClub. “We do not think it matters,” the founders told Coinpost.",
        Want(
            "We do not", "NorrMacroClub", "the founders", "told", False, "founders", "NorrMacroClub"
        ),
    ),
    "X considers that … “…”: a view reported": (
        "Meanwhile, analyst Crypto Falcon considers that Norrcoin is “setting up very nicely” "
        "after the retest.",
        Want("setting up", "Crypto Falcon", "Crypto Falcon", "considers", True, "analyst"),
    ),
    "'Per the post' takes up the analyst who spoke last, titled or not": (
        "Analyst Hardy noted the coin had retested support. Meanwhile, analyst Crypto Falcon "
        "considers that Norrcoin is “setting up very nicely” after the retest. Per the post, "
        "“It has broken out from a bullish flag pattern.”",
        Want("It has broken", "Crypto Falcon", "the post", "per"),
    ),
    "'according to the X post': the platform is not the author; the firm that posted is": (
        "Norr Shares announced it will launch a staked fund on Wednesday. According to the X "
        "post, the fund will track the coin while “generating yield through staking.”",
        Want("generating yield", "Norr Shares", "the X post", "according to", True),
    ),
    "a pseudonym opening with a given name keeps words the text writes in lower case": (
        "“Big resistance sits at $2.8K for now,” noted Lars Coin Trades in a post on X. Other "
        "coin trades rose.",
        Want("Big resistance", "Lars Coin Trades", "Lars Coin Trades", "noted", False, None, ""),
    ),
    "a capitalised title before a pseudonym ends where the given name starts": (
        "Prices rose. Market Watcher Lars Coin Trades considers Norrcoin “bounced nicely over "
        "the weekend” but has yet to turn. Other coin trades rose.",
        Want("bounced nicely", "Lars Coin Trades", "Lars Coin Trades", "considers", True, None, ""),
    ),
    "a common given name alone is a person, not a firm": (
        "The popular X user Daniel revealed that the influencer showed the trade “to promote "
        "his reflink.”",
        Want("to promote", "Daniel", "Daniel", "revealed", True, None, ""),
    ),
    "a firm's name joined by an ampersand": (
        "This was backed by Holt & Berg, which reported in 2024 that “AI could fix many "
        "shortcomings.”",
        Want("AI could", "Holt & Berg", "Holt & Berg", "reported", False, None, "Holt & Berg"),
    ),
    "(guard) a titled name right before the verb, after a glued teaser": (
        "Related: Crypto spending will grow, but fiat is here to stay: Norrex CEO The main "
        "benefit of paying in crypto is its global reach, Jon Lim, the global head of Norrpay, "
        "told Coinpost. “Travelers can skip exchange lines,” he added.",
        Want("Travelers can", "Jon Lim", "he", "added", False, "global head", "Norrpay"),
    ),
    "a described noun takes up the one once given that description, not the last speaker": (
        "The spat pitted US President Dana Kett against tech billionaire Eli Moss, who said the "
        "tariffs “will cause a recession.” “The bill is the biggest ever,” said Kett on his "
        "network. However, the clearly riled billionaire Norrcar CEO did not stop there, "
        "stating on X that it was “time to drop the really big bomb.”",
        Want(
            "time to drop", "Eli Moss", "the clearly riled billionaire Norrcar CEO", "stating", True
        ),
    ),
    "a firm noun after the title's 'of' does not make the named person a firm": (
        "“Coin vols are richer than stocks,” Jim Yang, a co-founder of institutional "
        "liquidity provider Orbit Markets, told Coinpost.",
        Want("Coin vols", "Jim Yang", "Jim Yang", "told", False, "co-founder", "Orbit Markets"),
    ),
    "'It is worth mentioning that X replied by saying' credits no one unnamed": (
        "Norrbank said it “will raise fees.” The star deleted the post. It is worth mentioning "
        "that the former kickboxer replied by saying: “I will make it all back with one trade.”",
        Want("I will make", None),
    ),
    "'the Norrple CEO' is not the Norrple president quoted before": (
        "Norrple president Mona Lang said the firm is growing. The talk turned when Garlhaus "
        "revisited Dogecoin, a target of his past derision. “It has so much liquidity that it "
        "is not going away,” the Norrple CEO conceded.",
        Want("It has so much", "Garlhaus", "the Norrple CEO", "conceded", False, "CEO", "Norrple"),
    ),
    "the name after a title's firm noun is the firm, not a person holding the title": (
        "Bitcoin rose on Friday. Mikael Saylen, CEO of business intelligence firm Strategon, "
        "which has the largest treasury of any public company, told the media this week that "
        "he sees a $10 trillion value.“My forecast for 2045 is 13 million a coin,” he added.",
        Want("My forecast", "Mikael Saylen", "he", "added", False, "CEO", "Strategon"),
    ),
    "a one-word name no mention clusters is a firm's when no person's": (
        "The chain is built to support “decentralised finance and Web3 apps,” 21Norr said.",
        Want("decentralised finance", "21Norr", "21Norr", "said", True, None, "21Norr"),
    ),
    "'they said' after a firm's spokespeople: the firm": (
        "NMTG spokespeople responded to the report with derision. “Apparently, the newspaper is "
        "still at it,” they said.",
        Want("Apparently", "NMTG", "they", "said", False, None, "NMTG"),
    ),
    "a pseudonym ending in a title word, after a lower-case title, is a name": (
        "Prices held.“Even though BTC looks great, it probably moves sideways from here,” "
        "popular trader Norrvik Trader wrote in one of his latest posts on X.",
        Want("Even though", "Norrvik Trader", "Norrvik Trader", "wrote", False, "trader"),
    ),
    "'she' is not a man named with a given name outside the common list": (
        "Analyst Erika Mentar disagreed with the plan. Trader Daan Velde had praised it on "
        "Monday. “Prices will fall,” she said.",
        Want("Prices will", "Erika Mentar", "she", "said"),
    ),
    "'Co-founded by … X, Norrstream has': X is the firm's co-founder": (
        "Norrstream has unveiled a new language. Co-founded by cryptographer and early Bitcoin "
        "contributor Dr. Ada Bech, Norrstream has introduced it to solve limits. "
        '"It gives Bitcoin expressive power," said Bech in an email.',
        Want("It gives", "Ada Bech", "Bech", "said", False, "co-founder", "Norrstream"),
    ),
    "'Norrlayer was co-founded by X's former head of growth, Mika Gram': the co-founder": (
        "Norrlayer was co-founded by Chainlink Labs’ former head of growth, Mika Gram, and "
        "former executives Andy Kang and Dave Winn. “We believe the industry has turned,” Gram "
        "said.",
        Want("We believe", "Mika Gram", "Gram", "said", False, "co-founder", "Norrlayer"),
    ),
    "according to a regulator's filing: the person the clause is about wrote it": (
        "Ola Berg bought a stake in Norrtech. According to the SEC filing, Berg plans to "
        "replace the board to pursue “strategic options.”",
        Want("strategic options", "Ola Berg", "Berg", "according to", True),
    ),
    "according to a firm's report about a person: the firm (guard)": (
        "According to a Norrtech report, the firm plans to pursue “strategic options.”",
        Want("strategic options", "Norrtech", None, "according to", True),
    ),
    "a country's public office written as a title takes no firm the article is about": (
        "Norrfin said on Monday it will open a US office. United States Vice President Ola "
        "Berg welcomed the move by Norrfin. “We will win,” Berg said.",
        Want("We will win", "Ola Berg", "Berg", "said", False, "United States Vice President", ""),
    ),
    "a one-word name after a title only a person holds is a person, whatever the model says": (
        "Crypto analyst Lasse also hammered on the $3,000 resistance. He noted that this has "
        "been the ceiling for the coin since 2022. Lasse remarked that the level is the “gate "
        "to new highs.”",
        Want("gate to new", "Lasse", "Lasse", "remarked", True, "Crypto analyst", ""),
    ),
    "an abbreviated title before a name with a party tag: the title in full": (
        "Many in the industry, including Sen. Ola Berg (R-Wyo.), think the reserve is a first "
        "step. “We have enough assets,” Berg said.",
        Want("We have enough", "Ola Berg", "Berg", "said", False, "Senator", ""),
    ),
    "words an unnamed subject's verb holds have no speaker, though one spoke before": (
        "“Wild,” analyst Kaspar Lund wrote, while others called the trader an “absolute "
        "madman” after the loss.",
        Want("absolute madman", None, None, "called", True),
    ),
    "'disclosed' reports, its clause's partial quote is the subject's": (
        "Encouraging the plan, Norrex founder Ola Berg (OB) disclosed that neither he nor any "
        "of his affiliates took part in the raise, though he “remains extremely supportive.”",
        Want("remains extremely", "Ola Berg", None, "disclosed", True, "founder", "Norrex"),
    ),
    "a surname misspelt once, read as a firm by the model, is still the person": (
        "Ola Harris, the head of the Norrland Financial Office, said the state has an "
        "“outsized role to play” in crypto. According to Harrus, the office is still “tough "
        "but fair.”",
        Want("tough but", "Ola Harris", "Harrus", "according to", True, "head"),
    ),
    "a firm named with a number word opens its sentence: still a name": (
        "Prices fell, according to Two Larches. Two Larches then went on to say that such "
        "conditions “create a headache” for lenders.",
        Want("create a headache", "Two Larches", "Two Larches", "say", True),
    ),
    "a number word before a capitalised group noun counts unnamed people (guard)": (
        "Markets fell on Monday. Two Analysts said it was “a mess.”",
        Want("a mess", None, None, "said", True),
    ),
    "a sentence adverb ends a link teaser glued to the next sentence": (
        "Prices rose, analyst Amr Tahir said on Monday. “It is a clean break,” Tahir said. "
        "Related: Coin highs may have been driven by a bond market crisis Meanwhile, NorrQuant "
        "analyst Ibrahim Cosen identified a double bottom chart formation, a reversal signal "
        "that indicates “bearish pressure is weakening,” he said.",
        Want("bearish pressure", "Ibrahim Cosen", "he", "said", True, "analyst", "NorrQuant"),
    ),
    "a lower-case word glued to a surname the article writes in full": (
        "Mika Saylor spoke at the summit on Friday. Prices fell after the sell-offSaylor said "
        "“lots of parties are rotating out of the asset.”",
        Want("lots of parties", "Mika Saylor", "Saylor", "said", True),
    ),
    "a handle read as a firm, taken up by 'he', stays the antecedent of later pronouns": (
        "Despite the near-term jitters, KettleCryptoUK reiterated a resolutely bullish macro "
        "stance. “The next stage I’m most certain about is that we’re going to go "
        "significantly higher for crypto,” he told viewers. Drawing parallels with gold’s "
        "record weekly close, he argued that an undercurrent of global risk aversion is "
        "quietly supporting non-sovereign stores of value, positioning coins for accelerated "
        "appreciation once the technical reset concludes. For long-term holders, his advice "
        "was unequivocal: avoid wholesale portfolio shifts and instead treat any sub-$2.00 "
        "wick as a final accumulation window. “Dollar-cost averaging from here is a good "
        "thing to do,” he said.",
        Want("Dollar-cost averaging", "KettleCryptoUK", "he", "said", False),
    ),
    "'he' after a sentence about X that quotes what Y calls something: X": (
        "Ola Berg warned that with few coins left to mine, the price is poised to enter what "
        "macro investor Kaspar Lund calls the “Banana Zone” — a phase of explosive growth. He "
        "advised followers not to be “yellow bananas,” but to buy early.",
        Want("yellow bananas", "Ola Berg", "He", "advised", True),
    ),
    "'by saying': the participle after a preposition shares the clause's subject": (
        "Ola Berg closed the talk by saying that “the best is yet to come.”",
        Want("the best is", "Ola Berg", "Ola Berg", "saying", False),
    ),
    "'before adding' likewise": (
        "Ola Berg ended the call before adding that “prices will rise.”",
        Want("prices will", "Ola Berg", "Ola Berg", "adding", False),
    ),
    "'as far as saying', the subject a pronoun": (
        "Ola Berg is leaning on the top coin. He’s gone as far as saying that “even a small "
        "stake is going to be priceless in two years.”",
        Want("even a small", "Ola Berg", "He", "saying", False),
    ),
    "'without revealing' is no cue of the clause's subject (guard)": (
        "Ola Berg added that proofs, a way of checking data without revealing it, solve "
        "this: “Hackers would get one record instead of millions.”",
        Want("Hackers would", "Ola Berg", "Ola Berg", "added", False),
    ),
    "a colon after a named clause, after an unnamed speaker's quote in the sentence": (
        "When a separate user quipped, “To summarize, the coin will go up, if not it will go "
        "down,” Kevin Lunde distilled the thesis back to the levels: “Hold those levels and go "
        "up if not go down. You almost had it.”",
        Want("Hold those levels", "Kevin Lunde", "Kevin Lunde", "distilled", False),
    ),
    "'the announcement added' after 'the firm said in the announcement'": (
        "Crypto custody firm Norrgo has received a license from the regulator. “With the "
        "license now secured, Norrgo can operate across the region,” the firm said in the "
        "announcement. Norrgo did not specify the services it intends to roll out. “Norrgo’s "
        "license comes at a pivotal moment as Norrgo expands its product suite,” the "
        "announcement added.",
        Want("Norrgo’s license", "Norrgo", "the announcement", "added", False),
    ),
    "'the anonymous sleuth wrote' takes up the on-chain sleuth named before": (
        "Funds left the wallet, according to data shared by on-chain sleuth KarloBTC. “The "
        "wallet sent 40 M tokens to two exchanges,” the anonymous sleuth wrote on X.",
        Want("The wallet sent", "KarloBTC", None, "wrote", False, "on-chain sleuth", ""),
    ),
    "'the investigator' takes up the investigator named before": (
        "The transfers were spotted by blockchain investigator Mira Sol. “Two wallets moved "
        "the coins within an hour,” the investigator said.",
        Want("Two wallets", "Mira Sol", None, "said", False, "blockchain investigator", ""),
    ),
    "a handle named by a copula after 'X user' is the analyst": (
        "Markets were calm. One well-known X user who posted about it is 0xKarlo. The analyst "
        "claimed that the rally could start soon: “Every cycle began the same way, and this "
        "one will too.”",
        Want("Every cycle", "0xKarlo", "The analyst", "claimed", False, "analyst", ""),
    ),
    "a camel-case handle named by a copula after 'the trader behind the call'": (
        "The trader behind the call is KarloTrades. He wrote: “The range will break upward.”",
        Want("The range", "KarloTrades", None, "wrote", False),
    ),
    "'The X user suggested' takes up the handle, and so does a later 'he'": (
        "Some expect a rally. One popular X user who shared views on it is 0xKarlo. The "
        "analyst claimed the season starts soon. The X user suggested that the market is "
        "early. Later, the interest could shift to small coins. “If this holds, the season "
        "could start next week,” he added.",
        Want("If this holds", "0xKarlo", "he", "added", False),
    ),
    "'the poster added' with no one named before stays unnamed (guard)": (
        "A thread on the forum drew replies. “Nobody saw the drop coming,” the poster added.",
        Want("Nobody saw", None, None, "added", False),
    ),
    "a handle the parser reads as an adjective after a copula ('is 0xMeridian')": (
        "One active X user who shared their thoughts on this is 0xMeridian. The analyst "
        "claimed that the rally starts soon: “Every cycle begins on the same day.”",
        Want("Every cycle", "0xMeridian", "The analyst", "claimed", False, "analyst", ""),
    ),
    "'who told' after a title at a firm in apposition to its description is the person": (
        "That view was shared by Lena Ruiz, chief engineer at Oslo-based payments network (PN) "
        "Norrpay, who told Reuters that the project began as a hobby.“We paid developers "
        "first, not a token,” she said.",
        Want("We paid", "Lena Ruiz", "she", "said", False, "chief engineer", "Norrpay"),
    ),
    "'who told' after a title the parser hangs loose after the name's comma": (
        "That experience was echoed by Anders Holt, lead engineer at Lightning-based "
        "decentralized exchange (DEX) Norrswap, who told Reuters that the project started as "
        "open-source code.“Those funds paid developers, not a token,“ he said.",
        Want("Those funds", "Anders Holt", "he", "said", False, "lead engineer", "Norrswap"),
    ),
    "'estimated that' reports the journalist's words": (
        "In March, Norr Business journalist Kai Berg estimated that “the fortune of the firm’s "
        "CEO is around $10 billion, one of the largest.”",
        Want(
            "the fortune", "Kai Berg", "Kai Berg", "estimated", False, "journalist", "Norr Business"
        ),
    ),
    "a judge takes no court that only the quotes name": (
        "“The Court finds the firm in willful violation of this Court’s order,” US district "
        "judge Ana Ruiz said in a filing. “This is an order, not a talk,” Ruiz added.",
        Want("This is an order", "Ana Ruiz", "Ruiz", "added", False, "US district judge", ""),
    ),
    "a chair takes the body named once outside the quotes and again inside (guard)": (
        "The Norrland Securities Commission approved the funds on Monday. “Today the Norrland "
        "Securities Commission starts anew,” Chair Pia Lund said.",
        Want(
            "Today the",
            "Pia Lund",
            "Pia Lund",
            "said",
            False,
            "Chair",
            "Norrland Securities Commission",
        ),
    ),
    "'The ruling stated' is the judge named before": (
        "“The firm is in willful violation,” US district judge Ana Ruiz said in a filing. The "
        "ruling stated that Norrapp must not charge “any fee on purchases made outside the "
        "app.”",
        Want("any fee", "Ana Ruiz", "The ruling", "stated", True, "US district judge", ""),
    ),
    "'It added' after 'The ruling stated' is the same judge": (
        "“The firm is in willful violation,” US district judge Ana Ruiz said in a filing. The "
        "ruling stated that Norrapp must not charge “any fee.” It added, “no reason exists to "
        "audit the purchases.”",
        Want("no reason exists", "Ana Ruiz", "It", "added", False, "US district judge", ""),
    ),
    "'The ruling stated' with no judge named is no one's (guard)": (
        "Norrapp lost its appeal in March. The ruling stated that “no reason exists to audit "
        "the purchases of users.”",
        Want("no reason exists", None, None, "stated", False),
    ),
    "'according to Firms’ Jan Berg': the firm's bare-apostrophe possessive, then its person": (
        "According to Norrshares’ Jan Berg, that may be an illusion. “Tariffs slow growth and "
        "spook risk assets,” he noted in a report.",
        Want("Tariffs slow", "Jan Berg", "he", "noted", False, "", "Norrshares"),
    ),
    "a cue that opens its own quote in the next sentence loses to the one that holds it": (
        "Crypto commentator “Zeno” told their 40,000 X followers on May 2, “This is great for "
        "mobile games.” Meanwhile, Ola Berg said, “This is huge.”",
        Want("This is great", "Zeno", "Zeno", "told", False, "Crypto commentator", ""),
    ),
    "a quote with no cue of its own still takes the next sentence's (guard)": (
        "Ola Berg spoke at the summit on Friday. “We are done with the old plan.” Berg then "
        "said, “The new one starts today.”",
        Want("We are done", "Ola Berg"),
    ),
    "'said “Show” star Surname': the show's name in marks, then its star, speaks": (
        "The miners moved close to cheap power, according to serial investor Kevin O’Neill. "
        "“It all comes down to power,” said “Dragontank” star O’Neill in an interview.",
        Want("It all comes", "Kevin O’Neill", "O’Neill", "said", False, "serial investor", ""),
    ),
    "'according to an announcement' with no author is the firm the article is about": (
        "Norrchain Foundation launched a network on Tuesday, built with Norrpolygon. It lets "
        "users earn yield in a “unique, optimized yield environment,” according to an "
        "announcement shared with Cointelegraph. “Users deserve networks that put lasting "
        "liquidity first,” the announcement added. Norrchain Foundation plans more.",
        Want(
            "Users deserve",
            "Norrchain Foundation",
            "the announcement",
            "added",
            False,
            "",
            "Norrchain Foundation",
        ),
    ),
    "'according to a press release' with two firms named as often is no one's (guard)": (
        "Norrwave and Norrpeak agreed to merge. Norrwave and Norrpeak will keep both brands, "
        "and the new firm is “primarily” a miner, according to a press release.",
        Want("primarily", None, None, "according to", True),
    ),
    "a lower-case handle in marks after the titles is the speaker": (
        "“Bitcoin is still tracking past cycles well,” said engineer and analyst ‘norrk32’ on "
        "X on Monday.",
        Want("Bitcoin is still", "norrk32", "norrk32", "said", False, "engineer and analyst", ""),
    ),
    "a lower-case handle with digits after a title is the speaker": (
        "“The range will hold,” said analyst norrk32 on X.",
        Want("The range", "norrk32", "norrk32", "said", False, "analyst", ""),
    ),
    "a lower-case word after a title, neither marked nor with digits, is no handle (guard)": (
        "“The range will hold,” said analyst firms on Monday.",
        Want("The range", None, None, "said", False),
    ),
    "a pseudonym in marks after a title the parser hangs a firm on is the speaker": (
        "Former Norrsoft and Norrbook tech lead “CodeKing” said that $120,000 was “nothing,” "
        "before adding: “Curves move faster in higher bands.”",
        Want("Curves move", "CodeKing", "CodeKing", "adding", False, "tech lead"),
    ),
    "'he' skips a woman quoted last by her surname alone": (
        "At the summit, Norrple president Anna Lind and chief executive Karl Berg took the "
        "stage for a chat. Berg said his old view no longer holds. Lind replied that many "
        "coins are “outright scams.” The Norrple CEO offered what he called “the other side” "
        "of it.",
        Want("the other side", "Karl Berg", "he", "called", True, "chief executive", "Norrple"),
    ),
    "'the Norrple CEO' is the one introduced as 'chief executive officer', not a name since": (
        "At the event, Norrple president Anna Lind and chief executive officer Karl Berg "
        "spoke. Berg changed his view over the year. What changed his mind was the advocacy "
        "of Tom Hale, a trader. “I think I got it wrong,” the Norrple CEO conceded.",
        Want("I think I got", "Karl Berg", "the Norrple CEO", "conceded", False),
    ),
    "a name ending a long title the parser nests under it is the subject": (
        "Norrland has set up a crypto council. The country’s Minister of State for Blockchain "
        "and Crypto Omar Bin Rashid said: “We are ready.”",
        Want(
            "We are ready",
            "Omar Bin Rashid",
            "Omar Bin Rashid",
            "said",
            False,
            "Minister of State for Blockchain and Crypto",
            "",
        ),
    ),
    "'The Association’s director' works at the one association named before": (
        "Kara Holt, the president of the crypto lobby group the Norrchain Association, spoke. "
        "“We must act now,” she added. The Association’s communications director, Tom Vik, "
        "added that the bills must pass. “Once the midterms start, not a lot moves,” he "
        "explained.",
        Want(
            "Once the midterms",
            "Tom Vik",
            "he",
            "explained",
            False,
            "communications director",
            "Norrchain Association",
        ),
    ),
    "'The Association’s director' with two associations named keeps the word (guard)": (
        "Kara Holt of the Norrchain Association and Ola Berg of the Vik Miners Association "
        "spoke. The Association’s director, Tom Vik, added: “Not a lot moves.”",
        Want("Not a lot", "Tom Vik", "Tom Vik", "added", False, None, "Association"),
    ),
    "'the Ministry’s official' with another ministry named keeps the word (guard)": (
        "The Ministry of Energy and the Finance Ministry met. The Ministry’s spokesman, Ivan "
        "Berg, said: “The registry is ready.”",
        Want("The registry", "Ivan Berg", "Ivan Berg", "said", False, None, "Ministry"),
    ),
    "a generational suffix before a possessive ends the full name, never a name alone": (
        "In a May 13 filing in the US District Court, Eric Council Jr.’s legal team asked for "
        "a lighter term. “A sentence of twelve months serves the ends of justice,” said the "
        "May 13 filing.",
        Want("A sentence", "Eric Council Jr", "the May 13 filing", "said", False),
    ),
    "'the government' is a public body, never the firm named before (guard)": (
        "Norrchip said it would take a charge of $5 billion after licences were required for "
        "its chips. The restrictions named China, and the government cited concern that the "
        "chips “may be used in a supercomputer in China.”",
        Want("may be used", None, None, "cited", True),
    ),
    "'the government' takes up the public body named before (guard)": (
        "The US Commerce Department told Norrchip on Monday that licences were required. The "
        "government cited concern that the chips “may be used in a supercomputer in China.”",
        Want(
            "may be used",
            "US Commerce Department",
            "The government",
            "cited",
            True,
            "",
            "US Commerce Department",
        ),
    ),
    "'the government' is never the firm whose spokesperson spoke before": (
        "A Norrchip spokesperson told Reuters it was still weighing options. “Until we get "
        "approval, we are shut out of the market,” they said. In April, the US government "
        "informed Norrchip that licences were required. The rules named China, and the "
        "government cited concern that the chips “may be used in a supercomputer in China.”",
        # (the US government, written with its noun before, not the firm)
        Want("may be used", "US government", "the government", "cited", True),
    ),
    "'A Norrbes report noted' is the outlet whose report it is": (
        "A December 2024 Norrbes report put his fortune at $9.2 billion, noting that “roughly "
        "half is still held in coins.”",
        Want("roughly half", "Norrbes", "Norrbes", "noting", False),
    ),
    "'A report noted' with no one named is no one's (guard)": (
        "A report noted that “roughly half is still held in coins.”",
        Want("roughly half", None, None, "noted", False),
    ),
    "'a memo published by the task force' is the one task force named before": (
        "Norrrock met with the Norr Crypto Task Force on Friday. According to a May 9 memo "
        "published by the task force, Norrrock sought to “discuss the treatment of staking "
        "in funds.”",
        Want("discuss the", "Norr Crypto Task Force", None, "according to", True),
    ),
    "'by the task force' with two task forces named is no one's (guard)": (
        "Norrrock met the Norr Crypto Task Force and the Vik Mining Task Force on Friday. "
        "According to a memo published by the task force, Norrrock sought to “discuss the "
        "treatment of staking in funds.”",
        Want("discuss the", None, None, "according to", True),
    ),
    "'X published a report stating that' gives the report's words to its publisher": (
        "Earlier this month, Norrstein analysts published a research report stating that “the "
        "story around value capture of public networks is at a turning point.”",
        Want("the story", "Norrstein", "Norrstein", "stating", False, "analysts", "Norrstein"),
    ),
    "'someone published a report stating that' is no one's (guard)": (
        "Earlier this month, someone published a research report stating that “the story "
        "around value capture of public networks is at a turning point.”",
        Want("the story", None, None, "stating", False),
    ),
    "a surname spelled like a pronoun stays in the name": (
        "“The bridge ships this week,” Norrlayer co-founder Wei He said on Monday.",
        Want("The bridge", "Wei He", "Wei He", "said", False, "co-founder", "Norrlayer"),
    ),
    "a title alone before the comma and the name": (
        "“We have tested it for a year,” Norrlayer co-founder, Ola Brandt said in a release.",
        Want("We have", "Ola Brandt", "Ola Brandt", "said", False, "co-founder", "Norrlayer"),
    ),
    "a clause before the comma gives the name no title (guard)": (
        "After meeting the Norrfin CEO, Ola Brandt said “the deal is close.”",
        Want("the deal", "Ola Brandt", "Ola Brandt", "said", True, "", ""),
    ),
    "a far 'he' goes to the only person named before": (
        f"Norrlayer co-founder Ola Brandt said the bridge was ready. {FILLER} {FILLER} "
        "“The waiting time is left to the broker,” he told reporters.",
        Want("The waiting", "Ola Brandt", "he", "told", False, "co-founder", "Norrlayer"),
    ),
    "a far 'He' after the surname He is the pronoun, resolved": (
        f"Norrlayer co-founder Wei He said the bridge was ready. {FILLER} {FILLER} "
        "“The waiting time is left to the broker,” He told reporters.",
        Want("The waiting", "Wei He", "He", "told", False, "co-founder", "Norrlayer"),
    ),
    "a far 'he' with two people named before stays no one's (guard)": (
        f"Norrlayer co-founder Ola Brandt met Tom Vik of Norrbank. {FILLER} {FILLER} "
        "“The waiting time is left to the broker,” he told reporters.",
        Want("The waiting", None),
    ),
    "said X, according to an outlet: X speaks on in the next quote": (
        "Tom Berg directed a film about crypto. “Why does the story spread?” said Berg, "
        "according to Variety. “That is the question I wanted to answer.”",
        Want("That is", "Tom Berg", "Berg", None),
    ),
    "an outlet's report alone speaks on (guard)": (
        "Norrex will list the token, according to Variety. “The listing is set for May.”",
        Want("The listing", "Variety", "Variety", None),
    ),
    "a brand ending in a capital ends the sentence before the next quote": (
        "Asian hours now lead, according to NorrfinX. “It may point to flows from abroad,” "
        "NorrfinX’s head of research Ola Brandt said in a note.",
        Want("It may", "Ola Brandt", "Ola Brandt", "said", False, "head of research", "NorrfinX"),
    ),
    "a participle inside 'said' does not take the next quote from its speaker": (
        "Ivo Brandt is the chief of Norrlabs. Most validators are run by exchanges such as "
        "Norrdo, Brandt said in arguing his point.“It is the same people every time. If a "
        "client needs a patch, I will be happy to help them.”In May, the foundation fixed a bug.",
        Want("It is the same", "Ivo Brandt", None, None),
    ),
    "a bracketed short form, a stop and the next sentence glued on": (
        "Norr Liberty Financial (NLF).The senators said the deal raises "
        "questions:“This deal lets the family profit from foreign money.”",
        Want("This deal", "senators", None, None),
    ),
    "'the court' is a court named in a judge's title (guard)": (
        "Norrcoin holders sued Norrex after Norrland District Court Judge Ada Lind said the case "
        "was weak. Later, the court wrote that holders had “many substitutes.”",
        Want("many substitutes", "Norrland District Court", "the court", "wrote", True),
    ),
    "'the court' with no court named is no one's": (
        "Norrcoin holders sued Norrex in May. Later, the court wrote that holders had “many "
        "substitutes.”",
        Want("many substitutes", None, None, None, True),
    ),
    "a partial quote opening in lower case is no title, whatever its capitals": (
        "Jo Mei told reporters in a note that investors are “crowding into Norr ETFs,” which "
        "saw big inflows in May.",
        Want("crowding into", "Jo Mei", "Jo Mei", "told", True),
    ),
    "one of a firm's contributors, named in apposition": (
        "One of Norrquant’s QuickTake contributors, Arab Norr, saw more miner selling. “The "
        "miners are selling into strength,” Arab Norr explained.",
        Want(
            "The miners",
            "Arab Norr",
            "Arab Norr",
            "explained",
            False,
            "QuickTake contributor",
            "Norrquant",
        ),
    ),
    "a heading glued before a handle: the handle, not the heading's plural noun": (
        "Norrcoin Futures Market Shows Signs of Calm NorrMarkets explained that in past rallies "
        "the market went through what he called “heating and overheating phases,” seen in red.",
        Want("heating and", "NorrMarkets", "he", "called", True),
    ),
    "a plural noun after a plain verb keeps its own reading (guard)": (
        "Market Signs of Calm Norrmarkets explained nothing. Ola Brandt said it was “calm.”",
        Want("calm", "Ola Brandt", "Ola Brandt", "said", True),
    ),
    "a forum user's quoted handle names the speaker, a person": (
        "Members objected on the forum. Norrive user “Ramjo” wrote on May 14 that the rate is "
        "“a poor reflection of the value of the platform.”",
        Want("a poor reflection", "Ramjo", "Ramjo", "wrote", True, "", ""),
    ),
    "another user's quoted handle in commas": (
        "Another user, “AlvaroQ,” called the deal “difficult to justify,” as the rate was low.",
        Want("difficult to", "AlvaroQ", "AlvaroQ", "called", True, "", ""),
    ),
    "an X user's handle is a person's, whatever the model calls it": (
        "Many traders expect a rally. X user Norrchief predicted that the cycle starts in July. "
        "“This time, small caps will pump 175x,” Norrchief wrote.",
        Want("This time", "Norrchief", "Norrchief", "wrote", False, "", ""),
    ),
    "'the judge' is the judge named later, never a party": (
        "Norrcoin called the suit “a money grab,” the company said. However, the judge "
        f"overseeing the case disagreed, arguing that the claimed permission was “insufficient.” "
        f"{FILLER[:300]} In his order, Chief Bankruptcy Judge Ivo Marten of the Norrland court "
        "threw out one count.",
        Want("insufficient", "Ivo Marten", "the judge", "arguing", True),
    ),
    "'the Norrple CEO' far on is the chief executive introduced with the firm": (
        f"At the Norrple summit, Norrple president Ana Lund and chief executive Brad Garl spoke. "
        f"{FILLER} {FILLER[:600]} The market was forged by Eli Maskov’s advocacy. “Where I agree "
        "with Ana, I got it wrong,” the Norrple CEO conceded.",
        Want(
            "Where I agree",
            "Brad Garl",
            "the Norrple CEO",
            "conceded",
            False,
            "CEO",  # (the short form the text takes him up by)
            "Norrple",
        ),
    ),
    "a two-word title after 'and' is whole at the second name (guard)": (
        "Norrple president Ana Lund and chief executive Brad Garl took the stage. “Most coins "
        "are overrated,” Garl said.",
        Want("Most coins", "Brad Garl", "Garl", "said", False, "chief executive", None),
    ),
    "a book's name before its author's title is no person": (
        "On Monday, Rich Uncle Poor Uncle author Tomas Vardaki backed gold once more. Later "
        "the money guru warned that markets face “a long winter.”",
        Want("a long winter", "Tomas Vardaki", "the money guru", "warned", True, "author"),
    ),
    "a person before an adviser's title stays a person (guard)": (
        "Dana Kettel adviser Ivo Marsh met the bankers. Later, Kettel said the plan was "
        "“nearly done.”",
        Want("nearly done", "Dana Kettel", "Kettel", "said", True),
    ),
    "'Name, said “…”' gives no role from the words said": (
        "Commenting on the plan, Norrpoint CEO Yoshi Takaha, said “As CEO, my pay in coins shows "
        "I am “in the same boat” as our holders. We take responsibility.”",
        Want("As CEO", "Yoshi Takaha", "Yoshi Takaha", "said", False, "CEO", "Norrpoint"),
    ),
    "a present-tense verb the tagger calls a plural noun, with a subject": (
        "“The model is the first to offer a full system,” the Norrpay announcement states.",
        Want("The model", "Norrpay", "Norrpay", "states"),
    ),
    "'the politician' takes up the person named before": (
        "Dana Kettel left the dinner by helicopter. The criticism did not bother her, with the "
        "politician posting on her account, “We are winning in crypto!”",
        Want("We are winning", "Dana Kettel", "the politician", "posting"),
    ),
    "a pseudonym in marks before a subjectless verb is the speaker": (
        "Agents act on live inputs.“Tainted samples slip into the training data, which then "
        "becomes embedded in the weights,” co-founder of blockchain security firm NorrMist "
        "“Monster Q” told reporters.",
        Want("Tainted samples", "Monster Q", "Monster Q", "told", False, "co-founder", "NorrMist"),
    ),
    "'reported' with a figure still reports the quoted words": (
        "Norrcoin reported over $1 billion in profit from “safe holdings” in the quarter, "
        "“driven by strong returns on its bond portfolio.”",
        Want("driven by", "Norrcoin", "Norrcoin", "reported", True),
    ),
    "a singular 'they' after an X user's claim is that user (guard)": (
        "Many traders expect a rally. X user Norrchief predicted that the cycle starts in July. "
        "“This time, small caps will pump 175x,” they wrote.",
        Want("This time", "Norrchief", "they", "wrote"),
    ),
    "a singular 'they' after 'the trader' taken up from an X user": (
        "Some analysts see a rally soon. Popular X user Norr Beast has decided to sell some "
        "bags, including Pythor Network (PYT). The trader argued the coins have uses but "
        "doubted the need. “They are good for one thing: making funds richer,” they added.",
        Want("They are good", "Norr Beast", "they", "added"),
    ),
    "'they' after a firm stays the usual search (guard)": (
        "Norrsafe Wallet sold some coins. “They are good for one thing,” they added.",
        Want("They are good", None),
    ),
    "a token named with its ticker is nobody's antecedent (guard)": (
        "Trader Lina Norrsen sold Celnorr (CNR) and Pythor Network (PYT). “These are for funds "
        "only,” she added.",
        Want("These are", "Lina Norrsen", "she", "added"),
    ),
    "an unnamed speaker's 'saying' still gives a quote, no one's": (
        "Critics call the dinner corrupt. At least one senator has called for an inquiry, "
        "saying the host was “selling access for cash paid to him.”",
        Want("selling access", None, None, "saying", True),
    ),
    "'the whale' takes up the trader named before": (
        "Trader Jim Wynnor lost $100 million on a long bet. Others guessed a new account was "
        "his. However, the whale rejected the rumors, saying: “Whoever that trader is, it is "
        "not me.”",
        Want("Whoever that", "Jim Wynnor", "the whale", "saying"),
    ),
    "a document's own name after 'published as' is not its author": (
        "The Norr Exchange Commission on 22 July approved the Norrwise index fund. The order, "
        "published as Release No. 34-1035, concluded that the plan was “consistent with the Act” "
        "in full.",
        Want("consistent with", None, None, "concluded", True),
    ),
    "a plural common noun opening a sentence is no name": (
        "Dana Fold, founder of Norrlabs, said large firms have arrived. Tools needed to support "
        "big activity on fast chains are already in place: “On fast chains the plumbing is ready "
        "today for large players.”",
        Want("On fast chains", "Dana Fold", None, None, False, "founder", "Norrlabs"),
    ),
    "a surname the tagger reads as a plural opening a sentence stays a name (guard)": (
        "Bitcoin fans cheered Ivo Kallers on Monday. Kallers insisted the plan would work. "
        "“Let me be clear,” he said.",
        Want("Let me be clear", "Ivo Kallers", "he", "said"),
    ),
    "'the company' takes up a firm named after a possessive's firm noun": (
        "Norway’s largest crypto exchange, Kovitex, has confirmed a major security breach. The "
        "company said it had “quickly frozen” all access to its wallets.",
        Want("quickly frozen", "Kovitex", "The company", "said", True, None, "Kovitex"),
    ),
    "a caption credit glued to the next paragraph's speaker": (
        "Norrstrat’s Ivo Kallers spoke to Ann Brunell on a podcast. Source: Ann BrunellKallers "
        "said that many holders lacked a “ten-year mindset,” and sold.",
        Want("ten-year mindset", "Ivo Kallers", "Kallers", "said", True),
    ),
    "a one-word name the sentence calls 'it' is a firm 'the platform' takes up": (
        "Kalvano stipulated in a joint filing that it would pay its own costs. The platform "
        "said that “prediction markets are here to stay” in a post.",
        Want("prediction markets", "Kalvano", "The platform", "said", True),
    ),
    "'the firm’s analysts': the firm the noun stands for speaks, the group is the role": (
        "Data firm Norrnode tracked flows. Prices may stall near $120k. “In the event of more "
        "upside, the $120k level is a key zone,” the firm’s analysts concluded.",
        Want("In the event", "Norrnode", "the firm", "concluded", False, "analysts", "Norrnode"),
    ),
    "'the platform' far after 'data platform Norrnode' is Norrnode, named again since": (
        "A weekly report by crypto data platform Norrnode shows strength. "
        + FILLER
        + FILLER
        + " Norrnode also saw a jump in flows. The experts at Kestrelquant urged caution. “In the "
        "event of more upside, the $120k level is a key zone,” the platform’s analysts concluded.",
        Want(
            "In the event", "Norrnode", "the platform", "concluded", False, "analysts", "Norrnode"
        ),
    ),
    "a surname read as a person's joins the person, not a place ending in it": (
        "Norr firms draw scrutiny on Capitol Hill. The hearing, led by Committee Chair Lena "
        "Hill, could address the bill. In a statement, Rep. Hill and three others unveiled it. "
        "Hill and others echoed the plan, calling the US a “crypto capital of the world” now.",
        Want("crypto capital", "Lena Hill", "Hill", None, True, "Chair"),
    ),
    "a public body's capitalised title before a hyphenated name (guard)": (
        "The panel was set up by Committee Chairman Min Jae-won last week. “We will move fast,” "
        "he said.",
        Want("We will move", "Min Jae-won", "he", "said", False),
    ),
    "a bankrupt firm's estate speaks as a body of its own": (
        "Norrex EU said its users can claim. A share transfer to Norrex EU’s founders had not "
        "happened. “As of today, all of the shares of Norrex EU are held by Norrex Europe AG,” "
        "the Norrex estate claimed.",
        Want("As of today", "Norrex estate", "Norrex estate", "claimed"),
    ),
    "'the POTUS' is the president named before": (
        "US President Dan Norrum set new tariffs on Monday. Norr Bank said markets fell. Then the "
        "POTUS described the tariffs as a “more balanced and fair trade” for the US.",
        Want("more balanced", "Dan Norrum", "the POTUS", "described", True),
    ),
    "a company title's unstated firm is never the public body the article is about": (
        "The SEC got a letter. Recently, Norrgan said that it will let clients buy Bitcoin. "
        "“We are going to allow you to buy it,” CEO Jamie Dalton said. The SEC was asked. The "
        "SEC said no.",
        Want("We are going", "Jamie Dalton", "Jamie Dalton", "said", False, "CEO", ""),
    ),
    "a spokesperson for a group a firm's noun introduces speaks for the group": (
        "“Taking gifts from foreign states is wrong,” a spokesperson for the consumer advocacy "
        "organization Norr Citizen, which plans to protest on May 22, told reporters.",
        Want("Taking gifts", "Norr Citizen", None, "told", False, "spokesperson", "Norr Citizen"),
    ),
    "a headline ending in a price move's gerund is no part of the name after it": (
        "Black Market Dollar Prices Also Climbing Norrnoticias, meanwhile, explained that “cheap "
        "dollars” make savers “buy to protect themselves” this year.",
        Want("buy to protect", "Norrnoticias", "Norrnoticias", "explained", True),
    ),
    "'with X, …, saying': the name after 'with' speaks through the participle": (
        "Others backed the measure, with Representative Ola Bergsen, a delegation member who "
        "first voted on the bill, saying it would pull the region out of “a deep economic crisis.”",
        Want("a deep economic", "Ola Bergsen", "Ola Bergsen", "saying", True),
    ),
    "'the announcement' after 'X announced' is X's": (
        "Norrment Labs fired its co-founder on Monday. Norrment Labs also announced the launch of "
        "Norr Industries. “We needed a clean break,” the announcement stated.",
        Want("We needed", "Norrment Labs", "the announcement", "stated"),
    ),
    "'the US president' is not a firm's 'CEO and President' named since": (
        "US President Dan Norrum backed the plan in March. Norr Media CEO and President Devon "
        "Nunor said the firm will buy Bitcoin. “We are all in,” Nunor said. Later, the US "
        "president said the plan was “a great deal” for the country.",
        Want("a great deal", "Dan Norrum", "the US president", "said", True),
    ),
    "'the vice president' still takes up a Vice President (guard)": (
        "Vice President Jon Vanse spoke in Nashville. Prices rose. Later, the vice president "
        "said the plan was “a great deal” for the country.",
        Want("a great deal", "Jon Vanse", "the vice president", "said", True),
    ),
    "'according to 0xNorr': a hex-prefixed handle the tagger calls a number is a person": (
        "Wallets will change soon. According to 0xNorr, it gives “users one more dangerous thing "
        "they could sign.”",
        Want("users one more", "0xNorr", "0xNorr", "according to", True, None, ""),
    ),
    "'according to X user Name': the handle after the noun, not the platform": (
        "Ether may lag. According to X user MarcoFeria, ETH is “the best candidate for "
        "institutional diversification” since fund managers like it.",
        Want("the best candidate", "MarcoFeria", "MarcoFeria", "according to", True),
    ),
    "a one-word name 'he' takes up is a person's at every quote": (
        "Bitcoin rose on Monday. “Prices will double,” Zekrax said in a post. Later, Zekrax "
        "wrote that “the cycle is not over.” “Buy the dip,” he added.",
        Want("Prices will double", "Zekrax", "Zekrax", "said", False, None, ""),
    ),
    "'the unnamed whale' is no one named before": (
        "Carl Hoskin spoke on Monday. A large holder then sold $20 million in coins. The unnamed "
        "whale said the sale was “just a rebalance” in a post.",
        Want("just a rebalance", None, None, "said", True),
    ),
    "'a … firm, Name,' after a comma: 'the firm' takes the name up, though the model found none": (
        "As Ether struggled in the first quarter, a US-based investment adviser firm, Two "
        "Norrime, has dropped support for ETH. “We are Bitcoin only now,” the firm said.",
        Want("We are Bitcoin", "Two Norrime", "the firm", "said"),
    ),
    "a sentence's opening participle is no subject: the name after its comma is": (
        "Prices fell on Monday. Continuing, Darkfrost, a contributor to onchain analytics "
        "platform NorrQuant, noted lower odds of rate cuts, calling the mood “clearly "
        "pessimistic” for now.",
        Want(
            "clearly pessimistic",
            "Darkfrost",
            "Darkfrost",
            "calling",
            True,
            "contributor",
            "NorrQuant",
        ),
    ),
    "'X — a new company founded by Y, an adviser to Z —': Y is X's founder": (
        "Norrgate Holdings — a new company founded by Ola Brenn, a crypto adviser to US "
        "President Dana Vale — plans to build a network of treasury firms. Brenn said:“Markets "
        "are converging.”",
        Want("Markets are", "Ola Brenn", "Brenn", "said", False, "founder", "Norrgate Holdings"),
    ),
    "'X, founded by Y in 2019,': Y is X's founder": (
        "Norrgate, founded by Ola Brenn in 2019, plans to build a network of treasury firms. "
        "“Markets are converging,” Brenn said.",
        Want("Markets are", "Ola Brenn", "Brenn", "said", False, "founder", "Norrgate"),
    ),
    "a later sentence's cue at the end of its own clause does not take the quote before it": (
        "Halvorsen spoke first. According to clips shared online, Halvorsen claimed that the room "
        "held great minds.“You believe in the token thing. This may be special.”Others "
        "complained about how Halvorsen left right after the speech, Brun noted.",
        Want("You believe", "Halvorsen", None, None),
    ),
    "'“…” Ola Berg said, looking …': a name and its cue opening the next sentence (guard)": (
        "Markets were calm.“We are not worried at all.” Ola Berg said, looking at the screens.",
        Want("We are not", "Ola Berg", "Ola Berg", "said"),
    ),
    "'A Reddit gamer who … said the “…”' then a full name's quote: the gamer is that person": (
        "A Reddit gamer who attended the gala dinner for top token holders said the meal was "
        "the “worst food” he had eaten and the speech “pretty much noise.”“It was the worst "
        "food I have ever had,” Ola Brenn told Norrwire on May 23.",
        Want("worst food", "Ola Brenn", None, "said", True, "Reddit gamer"),
    ),
    "… and the description is the person's title at the later quotes too": (
        "A Reddit gamer who attended the gala dinner for top token holders said the meal was "
        "the “worst food” he had eaten.“It was the worst food I have ever had,” Ola Brenn told "
        "Norrwire on May 23.",
        Want("It was the", "Ola Brenn", "Ola Brenn", "told", False, "Reddit gamer"),
    ),
    "an indefinite description before a name the article gave earlier stays unnamed (guard)": (
        "Ola Brenn hosted the dinner. A guest who attended the dinner said the meal was the "
        "“worst food” he had eaten.“It was fine,” Ola Brenn told Norrwire on May 23.",
        Want("worst food", None, None, "said", True),
    ),
    "'…, while other guests the outlet interviewed said that the meal was “…”': no one named": (
        "“It was bad,” Ola Brenn told Norrwire on May 23, while other guests the outlet "
        "interviewed said that the meal was “OK, but not great” at best.",
        Want("OK, but", None, None, "said", True),
    ),
    "'the other co-founders said' stays the named group (guard)": (
        "Norrfin was founded by Ola Brenn and two partners. “We will grow,” Brenn said, while "
        "the other co-founders said that the plan was “sound and simple.”",
        Want("sound and", "co-founders", "co-founders", "said", True),
    ),
    "'Norrbank has warned …' then '“…,” strategists said': the speaking firm's strategists": (
        "Norrbank has warned that the dollar could weaken this summer. Norrbank expects more "
        "losses. “Demand may be about to fall,” strategists said.",
        Want("Demand may", "Norrbank", "strategists", "said", False, "strategists", "Norrbank"),
    ),
    "bare 'analysts said' stays a group when the article's firm never speaks (guard)": (
        "Norrbank shares rose on Monday after strong profits at Norrbank. “The rally may fade "
        "soon,” analysts said.",
        Want("The rally", "analysts", "analysts", "said", False, "", ""),
    ),
    "a company title with no firm goes with the issuer the article is about, named like its coin": (
        "Tether's investment arm has taken a stake in Norrgold. Tether bought the shares from a "
        "fund. CEO Ola Brenn said the deal reflects its “confidence in gold.”",
        Want("confidence in", "Ola Brenn", "Ola Brenn", "said", True, "CEO", "Tether"),
    ),
    "'Ola Brenn from The Norr Show highlighted …': a full name from a firm of several words": (
        "Ola Brenn from The Norr Show highlighted the move, affirming that Ether is “showing "
        "strength” this week.",
        Want("showing", "Ola Brenn", "Ola Brenn", "affirming", True, None, "The Norr Show"),
    ),
    "'Ola Brenn from New York': a place is no employer (guard)": (
        "Ola Brenn from New York highlighted the move, affirming that Ether is “showing "
        "strength” this week.",
        Want("showing", "Ola Brenn", "Ola Brenn", "affirming", True, None, ""),
    ),
    "'Ola Brenn from Norr Labs’ trading app Norrly': not the owner (guard)": (
        "Ola Brenn from Norr Labs’ trading app Norrly highlighted the move, affirming that Ether "
        "is “showing strength” this week.",
        Want("showing", "Ola Brenn", "Ola Brenn", "affirming", True, None, None),
    ),
    "'Reform Norr leader Ola Brenn': a party's leader": (
        "Reform Norr leader Ola Brenn promised a coin reserve. “We will put it in place,” Brenn "
        "said.",
        Want("We will", "Ola Brenn", "Brenn", "said", False, "leader", "Reform Norr"),
    ),
    "'a spokesperson for Norrex.US said': the brand's country domain is part of its name": (
        'In a statement, an external spokesperson for Norrex.US said they were "pleased that '
        'the agency dismissed its charges."',
        Want("pleased that", "Norrex.US", "Norrex.US", "said", True, "spokesperson", "Norrex.US"),
    ),
    "'“…,” Norrunix analyst explained in a note': no name after the title, the firm speaks": (
        "“We cannot rule out a rally to new highs,” Norrunix analyst explained in a note.",
        Want("We cannot", "Norrunix", "Norrunix", "explained", False, "analyst", "Norrunix"),
    ),
    "'Norrunix analyst Ola Brenn explained': the named analyst (guard)": (
        "“We cannot rule out a rally to new highs,” Norrunix analyst Ola Brenn explained.",
        Want("We cannot", "Ola Brenn", "Ola Brenn", "explained", False, "analyst", "Norrunix"),
    ),
    "'popular trader Daan Crypto Charts' with the model's name missing 'Daan': he is him": (
        "Continuing, crypto trader and entrepreneur Michael van Brenn reiterated that the drop "
        "had happened before. “Corrections do happen,” he told followers on May 26. Tackling "
        "short-term price action, popular trader Daan Crypto Charts was among those using order "
        "book liquidity to find targets. “The longer price hovers here, the thicker the "
        "clusters will become,” he summarized on the day.",
        Want("The longer", "Daan Crypto Charts", "he", "summarized", False, "trader"),
    ),
    "'analysts from Norr Research outlined …' then '“…,” analysts say': that firm's analysts": (
        "As analysts from Norr Research outlined in a new note, miners may pivot to data "
        "centres. Shares of Kovex rose. Kovex shares fell later. “These miners had no other "
        "plan,” analysts say.",
        Want(
            "These miners", "Norr Research", "analysts", "say", False, "analysts", "Norr Research"
        ),
    ),
    "two firms' analysts before a bare 'analysts say': no firm is chosen (guard)": (
        "Analysts from Norr Research outlined a pivot. Analysts at Kovex Capital argued "
        "otherwise. “These miners had no other plan,” analysts say.",
        Want("These miners", "analysts", "analysts", "say", False, "", ""),
    ),
    "'as Ola Brenn put it bluntly:' is speech (guard)": (
        "Prices fell hard. As Ola Brenn put it bluntly: “The party is over for now.”",
        Want("The party", "Ola Brenn", "Ola Brenn", "put"),
    ),
    "'advocates, including entrepreneur Ola Brenn, who said:': the person before 'who'": (
        "The move drew the ire of crypto advocates, including entrepreneur Ola Brenn, who said: "
        "“Imagine the ignorance of a politician who thinks so.”",
        Want("Imagine the", "Ola Brenn", "Ola Brenn", "said", False, "entrepreneur"),
    ),
    "'Brenn serves as chief strategist at Norrfin': the post the verb names": (
        "Ola Brenn met the board. Brenn serves as chief strategist at Norrfin. “Coins will "
        "power the region,” Brenn said.",
        Want("Coins will", "Ola Brenn", "Brenn", "said", False, "chief strategist", "Norrfin"),
    ),
    "a quoted question a speaker asks is speech (guard)": (
        "Holt asked the crowd: “What is money?” Nobody answered.",
        Want("What is money", "Holt", "Holt", "asked"),
    ),
    "'X issued a warning to Senate leaders to “…”': the warning's words are X's": (
        "“We see risk,” Kay Holt of Norrlytics said. The Norr Civic Foundation, a group tied to "
        "a PAC, issued a warning to Senate leaders to “avoid political games” this week.",
        Want("avoid political", "Norr Civic Foundation", None, "issued", True),
    ),
    "'X issued new rules …' names no speech (guard)": (
        "“We see risk,” Kay Holt of Norrlytics said. The agency issued new rules for what "
        "traders call “fast money” this week.",
        Want("We see", "Kay Holt", "Kay Holt", "said"),
    ),
    "'Democratic lawmakers introduced fixes to what they called the “…”': the group": (
        "Representative Dana Vale said the bill was flawed.“It is a disaster,” Vale said. "
        "Democratic lawmakers have already introduced fixes to what they called the “biggest "
        "scandal in the history of the office” this year.",
        Want("biggest scandal", "Democratic lawmakers", "Democratic lawmakers", "called", True),
    ),
    "'A trader known as Norrwhale posted': the alias is a person, the title the role": (
        "A trader known as Norrwhale posted a comment: “Old mails confirm the claim.”",
        Want("Old mails", "Norrwhale", "Norrwhale", "posted", False, "trader", ""),
    ),
    "a company title with no firm never goes with a chain the article names most": (
        "Solana co-founder Kay Holt praised the chain. Solana fees fell as Solana traders left. "
        "Norrdigital bought more coins this week to become “the largest holder of SOL in the "
        "world,” according to chief executive Ola Brenn.",
        Want("the largest", "Ola Brenn", "Ola Brenn", "according to", True, None, ""),
    ),
    "'as the Norr Review put it in a long essay, “…”': speech though a preposition follows": (
        "His degrees have not shielded him from being seen, as the Norr Review put it in a "
        "long essay, “the operator.”",
        Want("the operator", "Norr Review", "Norr Review", "put", True),
    ),
    "'according to Firm’s title, Name.': the title in apposition ends the sentence": (
        "Ether could double by December, according to Norrwick Research’s chief executive and "
        "head of research, Tomas Brandvik. “The flows are real,” Brandvik said.",
        Want(
            "The flows",
            "Tomas Brandvik",
            "Brandvik",
            "said",
            False,
            "chief executive and head of research",
            "Norrwick Research",
        ),
    ),
    "'Name, the Swiss bank’s co-head of X, said': the bank named before": (
        "Clients are leaving dollar assets, according to financial services giant Norrbank "
        "Group. “Gold is getting popular,” Jane Alm, the Swiss bank’s co-head of wealth "
        "management for Asia, said.",
        Want(
            "Gold is",
            "Jane Alm",
            "Jane Alm",
            "said",
            False,
            "co-head of wealth management for Asia",
            "Norrbank Group",
        ),
    ),
    "'According to Name , the founder of X,': a stray space before the appositive's comma": (
        "According to Tomas Brandvik , the founder of hedge fund Norrwick Partners, the bill "
        "is bad. “It will hurt savers,” he wrote.",
        Want("It will", "Tomas Brandvik", "he", "wrote", False, "founder", "Norrwick Partners"),
    ),
    "'Norrstrom Finance … Norrstrom said': a name ending 'Finance' is a firm's": (
        "Norrstrom Finance, which builds lending tools, is growing. “Idle capital is waiting,” "
        "Norrstrom said in a blog post.",
        Want(
            "Idle capital", "Norrstrom Finance", "Norrstrom", "said", False, "", "Norrstrom Finance"
        ),
    ),
    "'New York City Mayor X says … Holt said': the city is the mayor's organisation": (
        "New York City Mayor Jan Holt says the city will build a crypto council. “We will "
        "lead,” Holt said.",
        Want("We will", "Jan Holt", "Holt", "said", False, "Mayor", "New York City"),
    ),
    "'another trading account, Norrpin Crypto, … it said': the account, named in full": (
        "Another trading account, Norrpin Crypto, spotted a breakout on the chart. “The "
        "pullback lasted longer than expected,” it said.",
        Want("The pullback", "Norrpin Crypto", "it", "said"),
    ),
    "'Musk’s influence, he said, showed …': the pronoun is not the possessor it interrupts": (
        "Elon Musk backed the coin for years. Jan Holt praised it. “It stays,” Holt said. "
        "Musk’s influence, he said, showed how “liquidity begets liquidity” for new coins.",
        Want("liquidity begets", "Jan Holt", "he", "said", True),
    ),
    "'Nansen’s Sondergaard also weighed in:' joins the full name given before": (
        "“Policy is favorable,” said Nicolai Sondergaard, research analyst at Nansen. "
        "Nansen’s Sondergaard also weighed in: “Bitcoin broke through key levels.”",
        Want(
            "Bitcoin broke",
            "Nicolai Sondergaard",
            "Sondergaard",
            None,
            False,
            "research analyst",
            "Nansen",
        ),
    ),
    "'Norrbit exec Alex Ash stated': an exec is a title": (
        "Norrbit exec Alex Ash stated, “The upgrade is done.”",
        Want("The upgrade", "Alex Ash", "Alex Ash", "stated", False, "exec", "Norrbit"),
    ),
    "'Norrpol Commander Jan Holt said': a commander is a title": (
        "Norrpol Commander Jan Holt said in a statement that the agency has “unique powers” here.",
        Want("unique powers", "Jan Holt", "Jan Holt", "said", True, "Commander", "Norrpol"),
    ),
    "'The US central bank stated': the body named before, not the country": (
        "The Norrland Reserve Board stated on Monday that it is dropping “reputational risk” "
        "as a tool. The US central bank stated that its Board has begun “removing references "
        "to reputation” from its materials.",
        Want(
            "removing references", "Norrland Reserve Board", "The US central bank", "stated", True
        ),
    ),
    "'Citing Ron Paul as an influence, he contrasted …: “…”': he is not the one cited": (
        "Jan Berg spoke at the event. Citing Ron Paul as an early influence, he contrasted "
        "scarcity with inflation: “Our savings shrink every year.”",
        Want("Our savings", "Jan Berg", "he"),
    ),
    "'Recalling his work with Ron Paul on the bill, he said …': he is not the partner": (
        "Jan Berg spoke at the event. Recalling his work with Ron Paul on the bill, he said "
        "the plan “showed what is possible.”",
        Want("showed what", "Jan Berg", "he", "said", True),
    ),
    "'“…” Citing an official, Norrnews reported that …': the quote before is not the outlet's": (
        "“We will act in 50 days,” Kay Holt said. “Tariffs of 100% are secondary tariffs.” "
        "Citing a White House official, Norrnews reported that the tariffs would hit buyers.",
        Want("Tariffs of", "Kay Holt", None, None),
    ),
    "a headline's 'Wall Street' before 'Charles Edwards, founder of X,' is no part of the name": (
        "Old Whales Are Selling On Wall Street Charles Edwards, founder of Norrvest Capital, "
        "wrote a long thread on X. “People are wondering why BTC is stuck,” he wrote.",
        Want("People are", "Charles Edwards", "he", "wrote", False, "founder", "Norrvest Capital"),
    ),
    "'CEO Lena Chu announced … the Norrco CEO said': the firm the later title names": (
        "Norrco Enterprise is adopting a Bitcoin reserve, CEO Lena Chu announced in a letter. "
        "“We are pioneers,” the Norrco CEO said.",
        Want("We are", "Lena Chu", "the Norrco CEO", "said", False, "CEO", "Norrco"),
    ),
    "'reported USA Today': a known outlet's whole name, though 'Today' reads as a date": (
        "“Previously,” reported USA Today, “applicants had to sell their coins first.”",
        Want("Previously", "USA Today", "USA Today", "reported", False, "", "USA Today"),
    ),
    "'Holt, who runs the $16 billion hedge fund Norrwick Investment Corp.,': her firm": (
        "“Rates will fall,” said Jane Holt. Holt, who runs the $16 billion macro hedge fund "
        "Norrwick Investment Corp., has long backed gold.",
        Want("Rates will", "Jane Holt", "Jane Holt", "said", False, "", "Norrwick Investment Corp"),
    ),
    "'the NMA’s Division of Market Finance said': the unit named in full, the body its org": (
        "In a statement, the NMA’s Division of Market Finance said that such activities are "
        "“administrative or ministerial” in nature.",
        Want("administrative or", "Division of Market Finance", None, "said", True, None, "NMA"),
    ),
    "'The Office of the Comptroller of the Currency said': both 'of' phrases": (
        "The Office of the Comptroller of the Currency said banks may hold “crypto assets.”",
        Want("crypto assets", "Office of the Comptroller of the Currency", None, "said", True),
    ),
    "'The Division of Trading and Markets said': 'and' inside a unit's name": (
        "The Division of Trading and Markets said it is “reviewing” the filing.",
        Want("reviewing", "Division of Trading and Markets", None, "said", True),
    ),
    "a company title with no firm never goes with a country the article names most": (
        "Japanese investment firm Norrplanet has added another $129 million to its Bitcoin "
        "treasury, passing El Salvador. “Norrplanet now holds more Bitcoin than El Salvador. We "
        "are just getting started,” said CEO Simon Berg on X. El Salvador holds 6,714 BTC, "
        "according to its Bitcoin Office. El Salvador keeps buying.",
        Want("Norrplanet now", "Simon Berg", "Simon Berg", "said", False, "CEO", "Norrplanet"),
    ),
    "a company title with no firm never goes with the EU": (
        "The EU will allow banks to hold crypto. “We are going to allow you to buy it,” CEO "
        "Jamie Holt said. EU rules come into force next year under EU law.",
        Want("We are", "Jamie Holt", "Jamie Holt", "said", False, "CEO", ""),
    ),
    "'Former Norrex CEO Kay Lindqvist … The Norrex founder believes': the one at that firm": (
        "Former Norrex CEO Kay Lindqvist suggests building a hidden pool. Recently, whale James "
        "Wynn lost $100 million in liquidations. In a recent post, the head of Norr Labs urged "
        "builders to reach out. The Norrex founder believes it is “a good time” for a dark pool.",
        Want(
            "a good time", "Kay Lindqvist", "The Norrex founder", "believes", True, None, "Norrex"
        ),
    ),
    "'according to Firm’s Q2 2025 Signals Report': the report's owner, not 'Report'": (
        "Bitcoin is gearing up for an “acceleration phase,” according to Norrdelity Digital "
        "Assets’ Q2 2025 Signals Report.",
        Want("acceleration phase", "Norrdelity Digital Assets", None, "according to", True),
    ),
    "'the press release shared with Norrnews … the press release says': not the recipient": (
        "Per the press release shared with Norrnews, the program is for large clients. It is "
        "“a direct response to this behavior,” the press release says.",
        Want("a direct", None, None, "says", True),
    ),
    "'A Norrwatch report published on Monday … the report said': the firm before the noun": (
        "A Norrwatch report published on Monday covered the hack. The stolen funds were "
        "“moved in minutes,” the report said.",
        Want("moved in", "Norrwatch", "the report", "said", True),
    ),
    "'As reported by Norrquant, miners are “…”': the source the opening clause names": (
        "As reported by Norrquant, miners are currently “the most underpaid they have been in "
        "a year.”",
        Want("the most", "Norrquant", "Norrquant", "reported", True),
    ),
    "'Norrikos Associates, a firm that he founded': the firm of the man named before": (
        "Prominent short-seller Jim Holtz said he is “selling Norrstrategy stock and buying "
        "Bitcoin.” His bet against a utility made money for Norrikos Associates, a firm that he "
        "founded.",
        Want(
            "selling Norrstrategy",
            "Jim Holtz",
            "Jim Holtz",
            "said",
            True,
            None,
            "Norrikos Associates",
        ),
    ),
    "'Rex Shares announced it will launch “…”': a name ending 'Shares' is a firm's": (
        "Rex Shares announced it will launch “the first staked fund” this week.",
        Want("the first", "Rex Shares", "Rex Shares", "announced", True, None, "Rex Shares"),
    ),
    "'according to a May 27 Norrbank research report': the firm before the kind of report": (
        "According to a May 27 Norrbank research report shared with reporters, Solana "
        "“dominates in cheap payments” due to its design.",
        Want("dominates in", "Norrbank", "Norrbank", "according to", True),
    ),
    "'Tal’s announcement that the operation would go on “…”': the owner of the noun of speech": (
        "Prime Minister Ari Tal spoke on Friday. Tal’s announcement that the operation would "
        "continue “for as many days as it takes” created uncertainty.",
        Want("for as many", "Ari Tal", "Tal", "announcement", True, "Prime Minister", ""),
    ),
    "'In a reply to Norrgy’s CEO, Michael Sayle, he said': he is not the one replied to": (
        "Jan Berg spoke at the event. In a reply to Norrgy’s CEO, Michael Sayle, he said, “Your "
        "idea is spreading.”",
        Want("Your idea", "Jan Berg", "he", "said"),
    ),
    "'Democratic lawmakers in the House and Senate … what they call “…”': the group": (
        "Tron founder Jan Sund attended the dinner. Democratic lawmakers in the House and "
        "Senate proposed a bill to address what they call “the most corrupt dinner in history.”",
        Want("the most corrupt", "Democratic lawmakers", None, "call", True),
    ),
    "'the US central bank stated' after a committee: the reserve named before": (
        "The Norrland Reserve Board dropped reputational risk as a tool on Monday. Later the US "
        "House Committee held a hearing. The US central bank stated that its Board has begun "
        "“removing references to reputation” from its materials.",
        Want(
            "removing references", "Norrland Reserve Board", "The US central bank", "stated", True
        ),
    ),
    "'the US government has recognized … as a “…”': the place names the government": (
        "Under President Jan Trumm, the US government has recognized stablecoins as a “way to "
        "support the dollar.”",
        Want("way to support", "US government", None, None, True),
    ),
    "'JPMorgan … the bank said': a bank with no 'bank' in its name (guard)": (
        "JPMorgan expects outflows. “Gold is popular,” the bank said.",
        Want("Gold is", "JPMorgan", "the bank", "said"),
    ),
    "a company title with no firm never goes with a central bank the article names most": (
        "The European Central Bank warned on crypto. The European Central Bank also said banks "
        "face rules. “We are going to allow you to buy it,” CEO Jamie Holt said.",
        Want("We are", "Jamie Holt", "Jamie Holt", "said", False, "CEO", ""),
    ),
    "'Mara—co-founder of the fund X—criticised': a title between dashes is an appositive": (
        "Mara—co-founder of the hedge fund Norrvik Capital—publicly criticised a chart shown by "
        "Solvane CEO Dag Holm. “This is a failure,” Mara said.",
        Want("This is", "Mara", "Mara", "said", False, "co-founder", "Norrvik Capital"),
    ),
    "'Ola — chief economist at X — warned': spaced dashes": (
        "Ola Brenn — chief economist at Norrbank — warned that rates would stay high. “We are not "
        "done yet,” Brenn said.",
        Want("We are", "Ola Brenn", "Brenn", "said", False, "chief economist", "Norrbank"),
    ),
    "a one-word name the article gave a title is what 'he' takes, not a full name in a "
    "'while' clause": (
        "Mara—co-founder of the hedge fund Norrvik Capital—publicly criticised a chart shown by "
        "Solvane CEO Dag Holm. While Dag Holm and others have shown aligned tops, Mara showed how "
        "small tweaks change the outcome. “Let’s try a lead of 80 days,” he said.",
        Want("Let’s try", "Mara", "he", "said", False, "co-founder", "Norrvik Capital"),
    ),
    "a one-word name given a person's appositive is what a later 'he' takes (guard)": (
        "Dag Holm has argued that liquidity drives cycles. But Mara, a trained statistician who "
        "teaches at a university, says the model fails. To illustrate the idea, Mara compared it "
        "to a noisy wave. A good model captures the pattern. “Overfitting looks better,” he said.",
        Want("Overfitting", "Mara", "he", "said"),
    ),
    "a name the text uses, glued after a title-case teaser, is the speaker, not the teaser": (
        "The model is popular, Mara said on Monday. Related Reading: Gold Poised For Rally As "
        "Trade Tensions Ease And Rate Fears Fall Mara points out that the data was “tortured” "
        "to fit old cycles.",
        Want("tortured", "Mara", "Mara", "points", True),
    ),
    "a name glued after a heading opens its sentence: 'he' takes it, not a name in its "
    "participle": (
        "Jo Park spoke at the summit on Friday. “Get involved,” Park said. Reserve plans signal "
        "deeper investment in crypto Park also spotlighted the role gold could play, citing the "
        "launch of a reserve under President Dan Trumm. “Gold is owned by many,” he said.",
        Want("Gold is", "Jo Park", "he", "said"),
    ),
    "a name glued after a heading: the heading's verb is no subject of the sentence's verb": (
        "Jo Park spoke at the summit on Friday. “Get involved,” Park said. Gold Reserve signals "
        "deeper investment in metals Park also spotlighted the role gold could play in policy, "
        "citing the launch of a reserve under President Dan Trumm. “Gold is owned by many,” he "
        "said.",
        Want("Gold is", "Jo Park", "he", "said"),
    ),
    "a heading glued before a title: the firm the article names again ends it": (
        "Stratify leads the pack, a report from N44 Research says. N44: Premium Shrinks as "
        "Treasury Race Heats Up N44 Head of Research Vetle Brenn attributes the slowdown to two "
        "factors. “The pace is slower,” Brenn noted.",
        Want("The pace", "Vetle Brenn", "Brenn", "noted", False, "Head of Research", "N44"),
    ),
    "'Source: K34 K34 CEO Jo Park posted that he thinks': the doubled credit is no person": (
        "Brokerage firm K34 plans to buy gold. K34 said on May 2 that the money “will be used "
        "in full to buy gold.” Source: K34 K34 CEO Arne Brekke posted on May 2 that he thinks "
        "gold will be the “best asset of the decade,” and his firm will keep buying.",
        Want("best asset", "Arne Brekke", "he", "thinks", True, "CEO", "K34"),
    ),
    "'Whether Norrcafe becomes …' names no 'Whether Norrcafe'": (
        "Norrcafe, a small coffee chain, plans to buy gold. In a statement, Norrcafe said it "
        "“will use gold as its main reserve asset.” Whether Norrcafe becomes the “Tesla of "
        "coffee” remains to be seen.",
        Want("will use gold", "Norrcafe", "Norrcafe", "said", True),
    ),
    "'the outlet concluded' takes a one-word outlet the model may call a person": (
        "The consulting firm Norrlatina explained to a daily: “Demand is seasonal.” Prices also "
        "rose on the street. Diarionorr, meanwhile, explained that savers “buy to protect "
        "themselves.” In other words, the outlet concluded, “the rise comes from trading” by "
        "savers.",
        Want("the rise comes", "Diarionorr", "the outlet", "concluded", True),
    ),
    "'the guidance noted' is the body that issued the guidance": (
        "On Monday, the Norrland Market Authority issued new guidance on lending, affirming that "
        "most loans are outside its rules. Lawyer Jo Park said it was “a big step.” However, the "
        "guidance noted that it does not cover every case: “This statement addresses lending "
        "generally.”",
        Want("This statement", "Norrland Market Authority", "the guidance", "noted"),
    ),
    "'the trader claimed …' with no quote of its own gives the person named before their title": (
        "Kay Lind posted a chart on Monday. “I would want to see a reclaim first,” Lind said. "
        "Later, the trader claimed that demand would hold.",
        Want("I would want", "Kay Lind", "Lind", "said", False, "trader", ""),
    ),
    "'the riled billionaire Norrla CEO' gives 'tech billionaire Elon Norr' his job and firm": (
        "Prices fell after a spat between President Dan Trumm and tech billionaire Elon Norr, "
        "who said the tariffs “will cause a recession.” However, the clearly riled billionaire "
        "Norrla CEO did not stop there, stating on X that it was “time to drop the big bomb.”",
        Want("will cause", "Elon Norr", "Elon Norr", "said", True, "CEO", "Norrla"),
    ),
    "'…,” read the notice' with no notice issued before is the firm named before (guard)": (
        "The marketplace, Norrwang Guarantee, said it will shut down after a ban on May 13. "
        "“Since all our channels were blocked, we will cease operations,” read the notice on "
        "the marketplace website.",
        Want("Since all", "Norrwang Guarantee"),
    ),
    "'Norrquant’s Enigma Trader': a pseudonym written twice works at the firm before it": (
        "In another analysis, Norrquant’s Enigma Trader examined the profit ratio, a key "
        "indicator. “This behavior points to a healthy process,” Enigma Trader noted.",
        Want("This behavior", "Enigma Trader", "Enigma Trader", "noted", False, "", "Norrquant"),
    ),
    "'Norrcoin’s CEO, BC Lund, said' with the name parsed away from the verb": (
        "In an exclusive interview with a daily, Norrcoin’s newly appointed CEO, BC Lund, said "
        "that the exchange has plans to return. “We will be back,” Lund added.",
        Want("We will", "BC Lund", "Lund", "added", False, "newly appointed CEO", "Norrcoin"),
    ),
    "'X, head of the central bank,' works at the bank named before": (
        "Norrland’s central bank pushes ahead with its plan. The Bank of Norrland wants crypto "
        "trading to happen within a sandbox. Elvira Nabina, head of the central bank, said "
        "earlier that “investments in crypto” will need new rules.",
        Want(
            "investments",
            "Elvira Nabina",
            "Elvira Nabina",
            "said",
            True,
            "head",
            "Bank of Norrland",
        ),
    ),
    "'X, head of the central bank,' with no bank named keeps no firm (guard)": (
        "Elvira Nabina, head of the central bank, said earlier that “investments in crypto” "
        "will need new rules.",
        Want("investments", "Elvira Nabina", "Elvira Nabina", "said", True, "head", ""),
    ),
    "a stance is no title: 'longtime gold critic X' is 'the Norrstone CEO' who speaks after": (
        "Veteran investor and longtime gold critic Karl Mott has attacked the metal again. "
        "In an interview, the Norrstone CEO and chairman labeled gold a “useless rock.”",
        Want("useless rock", "Karl Mott", None, "labeled", True, "CEO", "Norrstone"),
    ),
    "'Norrcoin proponent Kay Lind' then 'The trader said': her job is trader, no firm": (
        "Meanwhile, Norrcoin proponent Kay Lind spotted a rising wedge on the daily chart. "
        "The trader said, “Buy the dips while they last.”",
        Want("Buy the dips", "Kay Lind", "The trader", "said", False, "trader", ""),
    ),
    "a title-case heading glued before 'Brenner stated': the surname opens the sentence": (
        "Ola Brenner, chief markets officer at Norrbank, spoke on Monday. “Demand is real,” "
        "Brenner said. Brenner Defends Crypto Legitimacy, Sees Meme Coins as a Small Niche "
        "Brenner stated that the bank does not push “meme coin bets” on clients.",
        Want("meme coin bets", "Ola Brenner", "Brenner", "stated", True, "chief markets officer"),
    ),
    "'the Foundation said' is the Norrchain Foundation named before, not a chart's source": (
        "The Norrchain Foundation has started a security drive, according to a May 14 post. "
        "Norrchain still leads in locked value, according to Norrlytics. Chart by value. "
        "Source: Norrlytics“Security at scale needs the whole ecosystem,” the Foundation said "
        "in a statement.",
        Want("Security at scale", "Norrchain Foundation", "the Foundation", "said"),
    ),
    "'it added' after 'the Foundation said' resolved to the Norrchain Foundation: the same": (
        "The Norrchain Foundation has started a security drive, according to a May 14 post. "
        "Norrchain still leads in locked value, according to Norrlytics. Chart by value. "
        "Source: Norrlytics“Security at scale needs the whole ecosystem,” the Foundation said "
        "in a statement. “Billions now hold coins onchain,” it added.",
        Want("Billions now", "Norrchain Foundation", "it", "added"),
    ),
    "'the Commission said' far after the SEC named in full, 'SEC' in between: the SEC (guard)": (
        "The US Securities and Exchange Commission on Monday approved new orders. "
        + FILLER
        + " The SEC’s orders went further. The Commission said it took steps that “advance "
        "a neutral approach” to funds.",
        Want(
            "advance a neutral",
            "US Securities and Exchange Commission",
            "The Commission",
            "said",
            True,
        ),
    ),
    "'The X user norrwatcher backs …. “…,” they predicted': the handle, named not speaking": (
        "Its weak run has drawn attention from some market observers who think the rally is "
        "over. The X user norrwatcher supports the thesis that the token has no chance to gain. "
        "“I would like to see it at $10, but that is not happening,” they predicted.",
        Want("I would like", "norrwatcher", "they", "predicted"),
    ),
    "'The X user base grew' names no handle: 'they' is the unnamed observers (guard)": (
        "Some market observers think the rally is over. The X user base grew fast this year. "
        "“It is not happening,” they predicted.",
        Want("It is not", None, None, "predicted"),
    ),
    "a name the model calls a firm in one place, taken up as 'the analyst': a person far on": (
        "Crypto analyst Smart Norrflows, on the TradingView site, pointed out a sweep. "
        "Smart Norrflows explains that the drop took out the lows. "
        + FILLER
        + " The first “key reaction point” is near, the analyst points out. "
        + FILLER
        + " “If we reject early, I will prep for a sweep,” the analyst concluded.",
        Want("If we reject", "Smart Norrflows", "the analyst", "concluded", False),
    ),
    "'The SEC sued Norrcoin … “…,” the complaint said': the party that sued": (
        "The SEC sued Norrcoin and its CEO Jo Park on Tuesday. Among its allegations, the SEC "
        "said Norrcoin never owned the buildings it listed. “For example, the firm announced "
        "deals that never closed,” the complaint said.",
        Want("For example", "SEC", "the complaint", "said"),
    ),
    "'Norrcoin sued the regulator … the lawsuit claims': the firm that sued, not the body": (
        "Norrcoin sued the Norrland Financial Authority on Friday over its new levy. The "
        "lawsuit claims the levy is “unlawful and ruinous” for small exchanges.",
        Want("unlawful and ruinous", "Norrcoin", "The lawsuit", "claims", True),
    ),
    "'Norrstrat’s Tom Lee' after a title-case heading (the model's person 'Norrstrat'): firm": (
        "Shares rose. The Backbone Of Stablecoins? Norrstrat’s Tom Lee characterized Norrchain "
        "as “the backbone and architecture” of stablecoins.",
        Want("the backbone", "Tom Lee", "Tom Lee", "characterized", True, "", "Norrstrat"),
    ),
    "'Dana Kett’s son Eli Kett said' keeps no firm 'Dana Kett' (guard)": (
        "Dana Kett’s son Eli Kett said the plan was “a bad bet” for savers.",
        Want("a bad bet", "Eli Kett", None, "said", True, None, ""),
    ),
    "'as quoted by Decrypt' then 'according to the presidential candidate': no outlet": (
        "Democratic presidential candidate Ray Dalton Jr. has said he will defend Bitcoin. "
        "“We live in a time of surveillance,” the politician said, as quoted by Decrypt.\n\n"
        "“Distant technologies have taken over,” according to the presidential candidate.",
        Want("Distant technologies", "Ray Dalton Jr", "the presidential candidate", "according to"),
    ),
    "'An engineer at Norrstream has said …', then 'Norrstream engineer Lisa Nagel said': her": (
        "An engineer at the development firm Norrstream has said she sees a “Cambrian "
        "explosion” coming for layer 2 tools.\n\nThe growth will be fueled by a new language, "
        "Norrstream engineer Lisa Nagel said at the conference.",
        Want("Cambrian", "Lisa Nagel", None, "said", True, "engineer", "Norrstream"),
    ),
    "'A Norrfin analyst said …' with an analyst of another firm named next: the firm (guard)": (
        "A Norrfin analyst said the rally looks “tired and thin” this week. Veltbank analyst "
        "Jo Park disagreed with that view.",
        Want("tired and thin", "Norrfin", None, "said", True, "analyst", "Norrfin"),
    ),
    "'the business said' after a listed company (a stock asset) and the regulator: the company": (
        "Coinbase filed a form with U.S. regulator Securities and Exchange Commission (SEC). "
        "“On May 5, we added 1,045 coins to the treasury,” the business said in its filing.",
        Want("On May 5", "Coinbase", "the business", "said", False, "", "Coinbase"),
    ),
    "'Norrland’s Justice Minister Gunnar Strömberg': the name starts after both title words": (
        "Norrland’s Justice Minister Gunnar Strömberg has ordered local bodies to seize more "
        "assets. “We must follow the money,” Strömberg said.",
        Want("We must follow", "Gunnar Strömberg", "Strömberg", "said", False, "Justice Minister"),
    ),
    "'At Sohn Conference, he said': an event's name is no person 'he' stands for": (
        "Famed short seller Jim Chanos is going long BTC and shorting the stock. At Sohn "
        "Conference, he said: “We are buying coins and selling the stock.”",
        Want("We are buying", "Jim Chanos", "he", "said"),
    ),
    "'Kay Lind informed that Norrfin is winning the “…”': 'inform' reports speech": (
        "In a recent update, Kay Lind informed that Norrfin is winning the “financial triple "
        "crown” due to its coin plan.",
        Want("financial triple crown", "Kay Lind", "Kay Lind", "informed", True),
    ),
    "'Did Michael Saylor lead the Company to …?': the verb 'lead' after a name is no title": (
        "Did Michael Saylor lead the Company to Join Coinbase? Coinbase will enter the index. In "
        "an update, Saylor informed that Norrfin is winning the “financial triple crown” due to "
        "its plan.",
        Want("financial triple crown", "Michael Saylor", "Saylor", "informed", True, ""),
    ),
    "'The company’s founder, MIT graduate Kay Lind,': the title before the description": (
        "The company’s founder, MIT graduate Kay Lind, built the plan. In an update, Lind "
        "informed that Norrfin is winning the “financial triple crown” due to its plan.",
        Want("financial triple crown", "Kay Lind", "Lind", "informed", True, "founder"),
    ),
    "'an interview with CNBC’s Norrwatch Live' is a programme: 'He' is the investor": (
        "Veteran investor Karl Mott has criticised gold again.\n\nDuring a recent interview "
        "with CNBC’s Norrwatch Live, he called gold a dead rock.\n\nHe claimed that buyers "
        "chase “quick gains,” warning of the risks.",
        Want("quick gains", "Karl Mott", "He", "claimed", True),
    ),
    "'Jorvik probably wanted “to repent”, he said': the one spoken of is not the speaker": (
        "Minister Ola Brandt received the coins from Kai Jorvik, a convicted dealer. Brandt did "
        "not check where the coins came from. “I had no way to check it,” he said on Thursday. "
        "Jorvik probably wanted “to repent” through the gift, he said.",
        Want("to repent", "Ola Brandt", "he", "said", True),
    ),
    "'Jorvik said he wanted “to repent”, he added' keeps Jorvik, the sentence's speaker (guard)": (
        "Minister Ola Brandt received the coins from Kai Jorvik. Jorvik said he wanted “to "
        "repent” through the gift.",
        Want("to repent", "Kai Jorvik", "Jorvik", "said", True),
    ),
    "a handle-like firm at the end of an appositive is no subject": (
        "Maria Lena Brandt, general counsel at wallet developer NorrWare, said the rules mark "
        "a “turn in the regulator’s thinking,” which she welcomed.",
        Want(
            "turn in the",
            "Maria Lena Brandt",
            partial=True,
            role="general counsel",
            organization="NorrWare",
        ),
    ),
    "a named subject raises concerns that … “…”": (
        "Senator Mira Holt, a critic of the bill, raised concerns that the token rose on a "
        "“shady deal with a foreign fund.” The vote is due on Friday.",
        Want("shady deal", "Mira Holt", cue="raised concerns", partial=True),
    ),
    "a pronoun after a person's own website names the site's owner": (
        "Senator Ola Brant and Minority Leader Kai Holm filed the bill this week. The bill "
        "would ban gifts to officials. In a statement published on Brant’s website, he said "
        "that “officials must never profit from coins they promote.”",
        Want("officials must", "Ola Brant", "he", "said", role="Senator"),
    ),
    "a pronoun after a possessive on what is spoken of is not its owner (guard)": (
        "Senator Ola Brant spoke after Kai Holm this week. “Gifts corrupt,” Brant said. "
        "Speaking of Holm’s influence, he said that “officials must never profit from coins.”",
        Want("officials must", "Ola Brant", "he", "said"),
    ),
    "a verb before a colon and a mark introduces the quotation (guard)": (
        "Lena Holt, a day trader, lost her savings last spring. Holt searched: “How do I "
        "get my coins back from a frozen exchange?” prosecutors found, according to a court "
        "filing.",
        Want("How do I", "Lena Holt", "Holt", "searched"),
    ),
    "a quotation joined by 'and' to one its cue introduced is the same speaker's": (
        "Lena Holt, a day trader, lost her savings. Holt searched: “How do I get my coins "
        "back” and “Where can a frozen exchange hide funds,” prosecutors found, according to "
        "a court filing.",
        Want("Where can", "Lena Holt", "Holt", "searched"),
    ),
    "a surname that is an organisation's word is a person's after a suffixed full name": (
        "Omar Council Jr., the hacker who took over the agency's account, made $50,000. "
        "“I only did it for the money,” Council told the court.",
        Want("I only did", "Omar Council Jr", "Council", "told"),
    ),
    "'the report' is the owner of the last report written with a possessive": (
        "Norrdale Foods, a snack brand, posted record sales, according to its annual filing "
        "with the Norrland Markets Authority (NMA) on May 15. Although Norrdale’s annual report "
        "does not mention bitcoin, the NMA filing provides hints. “The company is weighing new "
        "funding options,” the report said.",
        Want("The company is", "Norrdale Foods", "the report", "said"),
    ),
    "a bare company title quoted right after a firm reports is that firm's, and stays so": (
        "Norrbank said on Monday that it will let clients buy bitcoin. “We will let you buy "
        "it,” CEO Ivar Lunde said. “We will not hold it for you. We will put it on your "
        "statement.”",
        Want("We will not", "Ivar Lunde", role="CEO", organization="Norrbank"),
    ),
    "'the company' after a name a marketplace noun introduced": (
        "Lending marketplace Norrto has launched a new dollar. Deposits go into Norrto’s "
        "vaults and are lent to what the company describes as “vetted institutional "
        "borrowers,” earning yields for holders.",
        Want("vetted", "Norrto", "the company", "describes", True),
    ),
    "a body's partial quote in a clause a titled person then reports is the person's": (
        "Under the new cabinet, the Norrland Treasury has recognized stablecoins as a “way to "
        "carry the krona abroad,” Norrfin’s chief technology officer, Kay Lindqvist, told "
        "reporters in a written statement.",
        Want(
            "way to carry",
            "Kay Lindqvist",
            cue="told",
            partial=True,
            role="chief technology officer",
            organization="Norrfin",
        ),
    ),
    "a body's partial quote stays its own when no one reports the clause (guard)": (
        "Under the new cabinet, the Norrland Treasury has recognized stablecoins as a “way to "
        "carry the krona abroad,” and banks welcomed the move.",
        Want("way to carry", "Norrland Treasury", cue="recognized", partial=True),
    ),
    "'The exchange, Norrvik Markets, said': the firm set off after the noun": (
        "The exchange, Norrvik Markets, said it will close after the ban. “Since all our "
        "channels were blocked, we will stop trading,” read the notice on the exchange website.",
        Want("Since all", "Norrvik Markets"),
    ),
    "a participle hung on a thing in a phrase goes with the clause's subject": (
        "Norrmine Technologies raised $250 million on Monday. Norrbank advised lead investor "
        "Kestrel on the deal. Norrmine justified its choice of ether as a reserve asset "
        "saying Ethereum leads in stablecoin payments. “By holding ether directly, the company "
        "can stake it,” the company wrote.",
        Want("By holding", "Norrmine Technologies", "the company", "wrote"),
    ),
    "a participle right after a relative clause goes with that clause's subject": (
        "Later, Ola Brenn signalled he would ease tensions with Governor Kai Lund, which Lund "
        "rejected, claiming Brenn has “lost his mind.”",
        Want("lost his mind", "Kai Lund", "Lund", "claiming", True),
    ),
    "a body's partial quote in a person's 'adding that' clause is the person's": (
        "Kay Lindqvist, an adviser, expects reform. “Rules will change,” Lindqvist said, adding "
        "that the Norrland Markets Authority’s tone also suggested “regulatory openness” for "
        "coins.",
        Want("regulatory openness", "Kay Lindqvist", "Lindqvist", "adding", True),
    ),
    "an unnamed subject's partial quote in a person's 'that' clause is the person's": (
        "Kay Lind, a lawyer, spoke on Monday. Lind said that some jurisdictions may say licences "
        "were “wrongly assessed,” which slows firms down.",
        Want("wrongly assessed", "Kay Lind", "Lind", "said", True),
    ),
    "'the former Norrmoon CEO' is the one a title set off after the full name named so": (
        "Jury selection began in the trial of Bram John Kory, the former CEO of crypto firm "
        "Norrmoon. Ola Nord said he would help the prosecutors. The former Norrmoon CEO asked "
        "the court to weigh “significant changes” in the law.",
        Want("significant changes", "Bram John Kory", partial=True, role="former CEO"),
    ),
    "'X will serve as interim US Attorney' gives the title": (
        "The office said Jo Park will serve as interim US Attorney for the region for 120 days. "
        "Park said he intended to prosecute “fraudsters and other criminals.”",
        Want("fraudsters", "Jo Park", "Park", "said", True, role="interim US Attorney"),
    ),
    "a quote in the 'that' clause a person adds about what the company believes is theirs": (
        "“Our plan reflects our long view,” Sami Odeh, head of Norrbraaj’s Treasury Committee, "
        "said. Odeh added that the company believes that “coins will play a central role in "
        "the future of finance.”",
        Want("coins will play", "Sami Odeh", "Odeh", "added", role="head of Treasury Committee"),
    ),
    "an industry body named after a coin speaks": (
        "The Norrland Bitcoin Industry Body said the new rules “help everyone in the market.”",
        Want("help everyone", "Norrland Bitcoin Industry Body", cue="said", partial=True),
    ),
    "'the working group' is the Working Group on … named before": (
        "The Norrland Markets Authority welcomed the report issued by the Working Group on "
        "Digital Coin Markets on Wednesday. “These steps keep the market open,” the working "
        "group said.",
        Want("These steps", "Working Group on Digital Coin Markets", "the working group", "said"),
    ),
    "'the working group' named before a date takes no date for its field (guard)": (
        "The Norrland Working Group on Monday issued a report. “These steps keep the market "
        "open,” the working group said.",
        Want("These steps", "Norrland Working Group", "the working group", "said"),
    ),
    "a given name the article also writes as a lower-case unit still opens a person's name": (
        "Wallets now show amounts in norrs, a new unit. It is named after its designer, Norr "
        "Halvorsen. “Small numbers confuse people,” Norr said.",
        Want("Small numbers", "Norr Halvorsen", "Norr", "said"),
    ),
    "a sentence's opening adverb is no part of the firm owning the title": (
        "Even Norrbank’s chief economist, Lena Ortiz, was open to it. “We could change the "
        "display,” Ortiz said.",
        Want(
            "We could",
            "Lena Ortiz",
            "Ortiz",
            "said",
            role="chief economist",
            organization="Norrbank",
        ),
    ),
    "a user's handle in capitals is a person's, not a firm's": (
        "The popular X user NORRWIZ claimed that a rally might be “brewing,” with a target of "
        "three dollars.",
        Want("brewing", "NORRWIZ", "NORRWIZ", "claimed", True, "", ""),
    ),
    "a partial quote in a body's 'warned that' clause, an outlet reporting the sentence": (
        "The findings came a month after the Norrland Settlement Bank warned that the amount "
        "of capital in coins had “reached a critical mass,” posing a threat to stability, "
        "Norrwire reported on April 19.",
        Want("reached a critical", "Norrland Settlement Bank", cue="warned", partial=True),
    ),
    "a partial quote in a person's 'said that' clause, an outlet reporting the sentence": (
        "Lena Ortiz said on Monday that the bank had “no plans to sell,” Norrwire reported.",
        Want("no plans", "Lena Ortiz", "Lena Ortiz", "said", True),
    ),
    "a law that 'reinforces' a role 'as' a partial quote is no source before the report": (
        "The paper came from Norrsight Ventures. By requiring full reserves, the Norr Act "
        "reinforces the dollar’s role as the “world’s digital settlement currency,” the report "
        "stated.",
        Want("world’s digital", "Norrsight Ventures", "the report", "stated", True),
    ),
    "a plural title before two names joined by 'and' is the second's too": (
        "Norrbank analysts Ana Berg and Tom Lind wrote a note. “We could bring lending back,” "
        "Lind said.",
        Want("We could", "Tom Lind", "Lind", "said", role="analyst", organization="Norrbank"),
    ),
    "'hosts' before two names gives the second the title 'host'": (
        "In this episode, hosts Ana Berg and Tom Lind speak with Kay Moss. “We could bring "
        "lending back,” Lind said.",
        Want("We could", "Tom Lind", "Lind", "said", role="host"),
    ),
    "two names after a verb share no title (guard)": (
        "The panel will include Ana Berg and Tom Lind. “We could bring lending back,” Lind said.",
        Want("We could", "Tom Lind", "Lind", "said", role="", organization=""),
    ),
    "the second of two titled names joined by 'and' has its own firm, not the first name": (
        "Norr Coin CEO Kay Moss and Norrfed director of product Lena Ortiz were among those "
        "who opposed the change. “People understand cents,” Ortiz said on X.",
        Want(
            "People understand",
            "Lena Ortiz",
            "Ortiz",
            "said",
            role="director of product",
            organization="Norrfed",
        ),
    ),
    "two titles joined by 'and' before one name keep the firm before them (guard)": (
        "Norrair Deputy President and CCO Adam Kell said the move would “meet customer needs.”",
        Want("meet customer", "Adam Kell", "Adam Kell", "said", True, organization="Norrair"),
    ),
    "a firm's name holding a title word before 'and' is no person's (guard)": (
        "The head of engineering at Norrbase Developer Platform and co-author of the white "
        "paper, Erik Lund, said, “We are laying the groundwork.”",
        Want(
            "We are laying",
            "Erik Lund",
            "Erik Lund",
            "said",
            role="head of engineering",
            organization="Norrbase Developer Platform",
        ),
    ),
    "'asset manager' before a name says what kind of firm it is, no one's title": (
        "Companies can “hedge against deficits,” asset manager Norrity Digital Assets said in "
        "a 2024 report.",
        Want("hedge against", "Norrity Digital Assets", cue="said", partial=True, role=""),
    ),
    "'the asset manager' is the one of two so introduced that spoke last": (
        "Asset manager Norrland Chartered expects the token to rise to $2,775 by 2028. "
        "Meanwhile, asset manager Vanlund proposed on May 5 the first token ETF. According to "
        "Norrland Chartered, the chain’s “use cases remain almost entirely on exchanges,” it "
        "said in a May research note. “While this caps upside potential, it also provides a "
        "degree of stability,” according to the asset manager.",
        Want(
            "While this caps",
            "Norrland Chartered",
            "the asset manager",
            "according to",
            role="",
            organization="Norrland Chartered",
        ),
    ),
    "a fund manager before a name is a person's title (guard)": (
        "“We are buying more,” fund manager Lena Ortiz said.",
        Want("We are buying", "Lena Ortiz", "Lena Ortiz", "said", role="fund manager"),
    ),
    "'another X post said' is one more post of the source that spoke last": (
        "“This move was headline driven,” trader Kesk said in an X post on Friday. “Markets "
        "hope for more deals,” Kesk continued. Another X post said what is needed now are "
        "“passive flows,” strong volume to support new levels.",
        Want("passive flows", "Kesk", cue="said", partial=True, role="trader"),
    ),
    "'the Norrland lawmaker' stands for a legislator named before, not the President": (
        "Committee Chair Ola Hill led the hearing. Critics asked that Hill amend the bill to "
        "stop President Donald Kett from gaining, as Kett could enrich himself. Reporters "
        "reached out to Hill’s office. The Norrland lawmaker reportedly said in March that the "
        "family’s role made the bill “more complicated.”",
        Want("more complicated", "Ola Hill", "The Norrland lawmaker", "said", True),
    ),
    "'Brenn works as chief strategist at Norrfin': the post the verb names": (
        "Ola Brenn met the board. Brenn works as chief strategist at Norrfin. “Coins will "
        "rise,” Brenn said.",
        Want(
            "Coins will",
            "Ola Brenn",
            "Brenn",
            "said",
            role="chief strategist",
            organization="Norrfin",
        ),
    ),
}


@pytest.mark.parametrize("name", list(PATTERNS))
def test_attribution(nlp: Language, name: str) -> None:
    text, want = PATTERNS[name]
    q = find(quotes_of(nlp, text), want.prefix)
    got_speaker = q.speaker.name if q.speaker else None
    assert got_speaker == want.speaker
    if want.mention is not None:
        assert q.speaker is not None and q.speaker.mention == want.mention
    if want.cue is not None:
        assert q.cue == want.cue
    assert q.partial is want.partial
    if want.role is not None:
        assert q.speaker is not None and q.speaker.role == (want.role or None)
    if want.organization is not None:
        assert q.speaker is not None and q.speaker.organization == (want.organization or None)
    assert text[q.start] in '“"', "start is the opening mark"


#: text → (quote prefix, speaker role, speaker organisation), None meaning none at all
SPEAKER_EMPLOYERS: dict[str, tuple[str, str, str | None, str | None]] = {
    "a nationality before a job names no firm": (
        "Danish analyst Lars Holm said: “Funding is tight.”",
        "Funding is",
        "Danish analyst",
        None,
    ),
    "a region before a job names no firm": (
        "Ada Reyes, a Wall Street veteran, said: “Nobody saw it coming.”",
        "Nobody saw",
        "Wall Street veteran",
        None,
    ),
    "a place after a person's name is no firm": (
        "Mira Kell of Lisbon said: “We bought more.”",
        "We bought",
        None,
        None,
    ),
    "a state before a governor's title is part of it, not a firm": (
        "Idaho Governor Cole Brandt said: “We will sign it.”",
        "We will",
        "Idaho Governor",
        None,
    ),
    "a country's possessive before an office is no firm": (
        "Norway’s finance minister Eira Dahl said: “We will tax it.”",
        "We will",
        "finance minister",
        None,
    ),
    "a unit's short form in parentheses is no firm": (
        "Kestrel Capital broke ground on its 19.9 megawatt (MW) solar site in Texas. “We are "
        "pleased,” Spencer Marr, the firm’s president, told reporters.",
        "We are",
        "president",
        "Kestrel Capital",
    ),
    "an adjective opening the sentence is part of the title, not a firm": (
        "Political strategist Lena Brix said: “It is a problem for everyone.”",
        "It is",
        "Political strategist",
        None,
    ),
    "a firm the tagger calls an adjective stays a firm": (
        "Norrfin analyst Jo Park said: “The chart is bullish now.”",
        "The chart",
        "analyst",
        "Norrfin",
    ),
    "a name an appositive calls a firm is 'the firm' of a later title": (
        "Norrvik Power, a bitcoin mining firm that aims to help utilities, broke ground on its "
        "19.9 megawatt (MW) solar site. “We are pleased so far,” Lena Holt, the firm’s "
        "president, told reporters.",
        "We are",
        "president",
        "Norrvik Power",
    ),
    "the leader of 'analysts led by' speaks, as an analyst of the firm named before": (
        "Investment bank Harbor Capital said so in a research report Wednesday. The bill has "
        "become a “key factor in the outlook,” analysts led by Nikolaos Pana wrote.",
        "key factor",
        "analyst",
        "Harbor Capital",
    ),
    "a trader's handle that sounds like a firm is a person, with no organisation": (
        "Bitcoin rose on Sunday, according to popular trader and analyst Vexo Capital. "
        "“Watch the weekly close,” Vexo Capital wrote.",
        "Watch the",
        "trader and analyst",
        None,
    ),
    "a handle taken up by 'he' is a person, with no organisation": (
        "Bitcoin rose on Sunday, according to popular trader and analyst Vexo Capital. "
        "“The range will break soon,” he said.",
        "The range",
        "trader and analyst",
        None,
    ),
    "a one-word name in apposition to a title's firm has that title at that firm": (
        "Prices rose. The head of research at Norrfin, Velto, said that buyers have “pushed "
        "above the usual levels.”",
        "pushed above",
        "head of research",
        "Norrfin",
    ),
    "a later appositive with a firm gives the title held there": (
        "Prominent financial adviser Ric Edel urged savers to buy. “Put 40% in coins,” Edel "
        "told viewers. Edel, founder of the Norland Council of Advisers, has been active for "
        "years.",
        "Put 40%",
        "founder",
        "Norland Council of Advisers",
    ),
    "a public officer's title without a body takes the body the article is about": (
        "The Norland Securities Commission approved the rule on Tuesday. The Norland "
        "Securities Commission said more will follow. “It is a new day,” Chair Paula Atkin "
        "said.",
        "It is a new",
        "Chair",
        "Norland Securities Commission",
    ),
    "an attorney general takes no body but a justice department": (
        "The Norland Treasury Department froze the funds. The Norland Treasury Department said "
        "more will follow. “We act today,” Deputy Attorney General Ola Brandt said.",
        "We act today",
        "Deputy Attorney General",
        None,
    ),
    "a public office written as a title takes no firm the article is about": (
        "Norrfin Capital hosted the summit. Norrfin Capital sold the tickets. “We reject "
        "regulators,” Vice President Jo Vane said at the event.",
        "We reject",
        "Vice President",
        None,
    ),
    "'analysts led by' work at the firm named before, not at the Senate named since": (
        "Investment bank Harbor Capital said so in a research report Wednesday. The bill's "
        "progress in the Senate has become a “key factor in the outlook,” analysts led by "
        "Nikos Pana wrote.",
        "key factor",
        "analyst",
        "Harbor Capital",
    ),
    "another person's possessive before a title is no firm": (
        "President Dana Kett signed the order. Last week, Kett’s top crypto adviser, Sam "
        "Dacks, said the bill is “going to pass.”",
        "going to pass",
        "top crypto adviser",
        None,
    ),
    "a senator takes no body the article is about": (
        "The Norland Securities Commission approved the rule on Tuesday. The Norland "
        "Securities Commission said more will follow. “It is a bad day,” Senator Paula Atkin "
        "said.",
        "It is a bad",
        "Senator",
        None,
    ),
    "a clipped agency name is given in full": (
        "Fed Governor Dana Kirsch said: “Patience pays.”",
        "Patience pays",
        "Governor",
        "Federal Reserve",
    ),
}


@pytest.mark.parametrize("name", list(SPEAKER_EMPLOYERS))
def test_speaker_employer(nlp: Language, name: str) -> None:
    text, prefix, role, organization = SPEAKER_EMPLOYERS[name]
    q = find(quotes_of(nlp, text), prefix)
    assert q.speaker is not None
    assert (q.speaker.role, q.speaker.organization) == (role, organization)


def test_a_source_before_a_new_subject_is_no_titled_person(nlp: Language) -> None:
    text = (
        "According to Reuters, Energy Minister Lena Fjell said the state wants to curb waste. "
        "“We have a clear plan to limit mining,” she said."
    )
    doc = nlp(text)
    people = {p.name: p for p in records_of(doc).get("people", [])}
    assert "Reuters" not in people  # "Reuters, Energy Minister …" is no appositive of Reuters
    assert people["Lena Fjell"].roles == ["Energy Minister"]


#: sentence → whether its verb "added"/"noted" is a reporting verb there
FIGURE_VERBS: dict[str, tuple[str, bool]] = {
    "percent object": ("The Norrfin Tech Index added 6.3% on the day.", False),
    "money object": ("The fund added $2 billion in May.", False),
    "speech": ("She added that rates would fall.", True),
    "speech with an object": ("He noted the risks of leverage.", True),
    "a result posted": ("Minerva posted the highest cost per coin of $72,600.", False),
    "a message posted": ("Minerva posted a warning on X.", True),
}


@pytest.mark.parametrize("text,expected", FIGURE_VERBS.values(), ids=FIGURE_VERBS)
def test_a_verb_taking_a_figure_is_no_cue(nlp: Language, text: str, expected: bool) -> None:
    from extractor.quotes.attribution import is_reporting_verb

    verb = next(t for t in nlp(text) if t.lower_ in {"added", "noted", "posted"})
    assert is_reporting_verb(verb) is expected


def test_a_title_before_an_earlier_name_is_not_the_speakers(nlp: Language) -> None:
    text = (
        "Sharing the stage with Asher Gale, the CEO of mining firm Hut 9, Kay Trent said demand "
        "was strong. “Everybody wants in,” Trent said."
    )
    q = find(quotes_of(nlp, text), "Everybody wants")
    assert q.speaker is not None and q.speaker.name == "Kay Trent"
    assert q.speaker.role != "CEO"


#: quoted words that are not speech → no quote records
NOT_SPEECH: dict[str, str] = {
    "a signature's name after 'signing off as'": (
        "The chain said the movement is just beginning, before signing off as “Norrtoshi.” It "
        "first hinted at the plan in May, Kevin Norrsen said."
    ),
    "an address fragment in marks ('ending in “4F2A.”')": (
        "Security firm Norrvers said the hack was funded by an address ending in “4F2A.” The "
        "attacker then moved the funds, the firm said."
    ),
    "a mixed-case address in marks ('“0xffFFNorrDead,”')": (
        "One address began with “0xffFFfFFffNorrDead,” according to the explorer, Kevin "
        "Norrsen said."
    ),
    "a name after 'referred to as'": (
        "He runs Norr Town FC, a club often referred to as the “token football team.” The "
        "nickname comes from its backers, Kevin Norrsen said."
    ),
    "a report's title after 'its', a participle right after it": (
        "On Thursday, Norrlysis shared its “2025 Token Crime Mid-Year Update,” revealing that "
        "theft has risen sharply this year."
    ),
    "an acronym spelled out after 'stands for'": (
        "The new design is called NORRPIN, which stands for “Networked Open Relay Resource "
        "Protocol Infrastructure Node.” It has three layers, Kevin Norrsen said."
    ),
    "a market term quoted alone ('dead cat bounce')": (
        "Norr analyst Jo Berg said the rebound looks like a “dead cat bounce” for now."
    ),
    "a chart term quoted alone before a comma ('golden cross')": (
        "A “golden cross,” which traders watch closely, formed on the daily chart, Berg said."
    ),
    "a show's name after a news outlet's possessive": (
        'Speaking Friday on CNBC’s "Norr Movers", Ana Norrster said clients already hold crypto.'
    ),
    "'who goes by “Pop Punk,”': a nickname": (
        "Norrkeep co-founder Harrison Leggo, who goes by “Pop Punk,” joined the firm in 2021."
    ),
    "a partial quote closing its sentence is not the next sentence's source's own claim": (
        "Traders changed strategies to “holding and hoping for the best.” Meanwhile, "
        "Norrchain revealed that Wynn had dumped his longs."
    ),
    "'The statement that the coin was “a scam”': a noun of speech with no owner (guard)": (
        "The statement that the coin was “a scam” was never backed up."
    ),
    "'As noted earlier, miners face a “perfect storm”': no source, the miners are not one": (
        "As noted earlier, miners face a “perfect storm” this year."
    ),
    "a title-case question naming the textbook after it, though a verb reports the sentence": (
        "Holt also noted that Norrtown will add Norrland’s “What is Money?” financial literacy "
        "textbook to its library."
    ),
    "'putting it in “greed” territory': a place for a thing, not 'as X put it'": (
        "The Norr Fear Gauge stands at 71 after the rally, putting it in “greed” territory for "
        "a second week."
    ),
    "a paper's title after its noun and a comma, before 'she wrote'": (
        "In her 2021 paper, “Why Norr Coins Are Not Securities,” she wrote that the law was clear."
    ),
    "a user's handle in marks is a name": (
        "Norrive user “Ramjo” wrote on May 14 that the exchange rate was far too low."
    ),
    "a quoted name in title case before 'which' is still a name (guard)": (
        "Jo Mei pointed to the “Whale Transaction Count,” which tracks large transfers."
    ),
    "a quoted name of a theory before a participle cue (guard)": (
        "The court rejected this “foregone gain” theory, stating that holders had options."
    ),
    "a show's name in marks before its star": (
        "Prices will rise this year, said “Dragontank” star Kevin O’Neill in an interview."
    ),
    "a prediction market's contract named in marks": (
        "Odds of a cut by June stood at 46%, according to trading in the Norrmarket-listed "
        'contract " Rate cut by the Fed before July ." The drop follows a report.'
    ),
    "'an estimated' is an adjective, no cue (guard)": (
        "Norrvault holds an estimated “war chest” of 40,000 coins."
    ),
    "a chart model shows, it does not speak": (
        "Prices rose. The Norr Quantile Model update shows that the market reflects the same "
        "“heat” seen after the rally."
    ),
    "a person's name in marks, the name used later": (
        "Who is “Ola Berg”? Berg describes himself as a high-risk trader."
    ),
    "an account's name in marks": "The X account “Norr Whale” claims to be behind the trade.",
    "'People keep saying' names no one": "People keep saying “this jump is different” again.",
    "(guard) considered as a passive participle": (
        "Norrcoin, considered a “safe haven” by some, fell."
    ),
    "(guard) considering a thing": (
        "A proposal that would consider “coins as reserves” was sent back."
    ),
    "so-called": "Traders piled into the so-called “halving trade” this week.",
    "(guard) 'in other words' credits no one": (
        "In other words, traders piled into the “halving trade.”"
    ),
    "a term after a determiner and a modifier": (
        "According to a May 5 release by the agency, the gang ran many crypto scams, including "
        "the infamous “rug flip” scam, which lures victims into fake coins."
    ),
    "nickname": "The fund, nicknamed “Big Whale”, bought more coins on Monday.",
    "title": "He appeared on the show “Market Hour Live” last night.",
    "scare quote next to a cue": "Analysts said the “Fear and Greed” index rose.",
    "what X calls, when it is a name": "The team shipped what it calls “Project Nimbus,” a wallet.",
    "continue far from the quote": "Prices continued to rise “sharply” today.",
    "teaser caption": "Prices fell.\n\n“Magazine: Why traders love quiet markets”",
    "quoted book title": "Corbin claims his favourite novel is “The Long Quiet Harbour”.",
    "a short quoted term before its noun": "The chart repeats 2019’s “twin summit” pattern.",
    "a title-case name with a number": (
        "Worry about a possible “World War 3” scenario continues to grow, while funding stays flat."
    ),
    "'For' and a thing opening a sentence gives no view": (
        "The coin rallied. For Bitcoin, $98,000 is a “crucial area to hold” before any move higher."
    ),
    "a two-word term ending a sentence after a cue is no quote": (
        "Lena Holm stressed that demand is strong. Buyers see the coin as “digital gold.”"
    ),
    "a name known online": "Ola Brenn, known online as “Cold Harbor” on X, left the fund.",
    "a nickname after 'the nickname'": "She sold coins under the nickname “Coinmum,” he said.",
    "a book's title after 'book'": (
        "In his 2021 book “The Quiet Ledger,” he called a small stake “sensible” for savers."
    ),
    "one word right after a job title is a name": (
        "According to analysis by Norrfin contributor “tidewatch,” buyers are back."
    ),
    "a title-case quotation before a job title names a work": (
        "“Slow Money Fast” author Ida Brenn said a crash would follow the downgrade."
    ),
    "a coin that is no issuer still speaks for no one": (
        "Bitcoin said goodbye to $100,000 as traders fled to the “safe haven” of cash."
    ),
    "a thing that ends is no speaker": (
        "Members are voting on a card to “bridge the gap between coins and daily spending.” "
        "Voting ends July 9."
    ),
    "a descriptive acronym is no speaker": (
        "The major NFT marketplace announced Tuesday that buyers will get “faster and cheaper "
        "trades” soon."
    ),
    "'continues' with an object tells of no speech": (
        "In line with its “Coins First,” the firm continues its policy of buying coins."
    ),
    "a quoted term after an article": "Traders watch the “slow bleed” phase closely, he said.",
    "markup attributes left in the text": (
        'A study (<a href="https://example.org/study-on-markets" rel="nofollow" '
        'target="_blank">example.org</a>) said so.'
    ),
    "reading a book is no cue": "He read the book “Harbor Days” last week.",
    "'known as' before a quotation names": "The fund is known as “Big Whale” among traders.",
    "a reporting verb inside a compound adjective is no cue": (
        "The agencies changed their long-criticized “rule by decree” approach this year."
    ),
    "a nickname between a given name and a surname": (
        "Trader Mila “Big Fish” Varga said she bought more coins on Monday."
    ),
    "escaped markup attributes": (
        'A study (<a href=\\"https://example.org/a-b\\" rel=\\"nofollow\\">example</a>) said so.'
    ),
    "a quoted event's name before a weak verb": (
        "The highly anticipated “Token Week” in Lisbon begins, with votes on key bills."
    ),
}


@pytest.mark.parametrize("name", list(NOT_SPEECH))
def test_not_speech(nlp: Language, name: str) -> None:
    assert quotes_of(nlp, NOT_SPEECH[name]) == []


#: Texts where only some quotations are speech: a name or term in marks beside them is not.
ONLY_THESE: dict[str, tuple[str, list[str]]] = {
    "a long term after a speaker's quote": (
        "“The ruling ignores the facts,” Kevin Norrcap said. Another argument concerned the "
        "“loss of a chance to benefit” from the listing.",
        ["The ruling ignores the facts,"],
    ),
    "a term far after its clause's verb": (
        "The exchange argues that Norrland’s state law (NSL) claims “arise under” the federal "
        "law because the state’s courts use the federal Securities Act of 1933, and the federal "
        "Norrby Test, for guidance to define what constitutes an “investment contract.” "
        "However, the state’s motion explains otherwise.",
        ["arise under"],
    ),
    "a quoted law's name after a speaker's quote": (
        "“We have nothing to hide,” Speaker Tom Hale said. That same day, Representative Ana "
        "Ruiz and 14 colleagues introduced the “Stop GREED in Crypto Act.” The bill would bar "
        "the family from profiting.",
        ["We have nothing to hide,"],
    ),
}


@pytest.mark.parametrize("name", list(ONLY_THESE))
def test_only_these_are_quotes(nlp: Language, name: str) -> None:
    text, expected = ONLY_THESE[name]
    assert [q.text for q in quotes_of(nlp, text)] == expected


def test_an_office_holder_whose_name_the_article_reads_as_a_body_is_a_person() -> None:
    # "Kett administration shifts …President Kett has pledged": the name's cluster is a body,
    # the mention at the quote is a president's, and a person's own name is no employer.
    from extractor.quotes.article import _speaker
    from extractor.quotes.attribution import SpeakerRef
    from extractor.quotes.marks import QuoteSpan
    from extractor.quotes.people import Cluster, NameMention
    from extractor.quotes.speech import Finding

    said = SpeakerRef("Kett", 40, 44, "person", role="President")
    cluster = Cluster(name="Kett", kind="organization", organizations=["Kett"])
    cluster.mentions.append(NameMention("Kett", 40, 44, "person", "President"))
    finding = Finding(QuoteSpan(60, 80, "the world capital"), None, said, said, True, "")
    text = " " * 40 + "Kett has pledged to make the country the world capital"
    got = _speaker(finding, [cluster], {"Kett": "organization"}, {}, text)
    assert got is not None
    assert (got.name, got.kind, got.organization) == ("Kett", "person", None)


def test_a_quoted_modifier_does_not_go_on_with_a_carried_partial(nlp: Language) -> None:
    text = (
        "“Sellers are done,” Lena Holm said. Her fund lifted its “base case” target for the "
        "coin, calling it “a store of value.”"
    )
    assert not [q for q in quotes_of(nlp, text) if q.text.startswith("base case")]


#: odd marks: the article's real quote is still found
ODD_MARKS: dict[str, tuple[str, str]] = {
    "a wrong-way mark with a space opens a quote after a sentence end": (
        "Not everyone is happy with the plan.  ” The budget is empty. Nothing is left for "
        "reserves,” said Ivy Lane, founder of Halden exchange.",
        "The budget is empty",
    ),
    "stray opener": (
        "The “stray mark stays open here. Later, “Markets are calm today,” said Ivy Lane.",
        "Markets are calm",
    ),
    "stray closer": ("Prices rose” sharply. “We like this setup a lot,” said Ivy Lane.", "We like"),
    "unclosed last quote": (
        "“Markets are calm today,” said Ivy Lane.\n\nShe added “and this never closes",
        "Markets are calm",
    ),
    "straight mark typed as an apostrophe": (
        'The bank"s outlook changed overnight. "Rates will hold for now," said Ivy Lane.',
        "Rates will hold",
    ),
    "glued marks": ("crypto.“Today’s move is big,” said Ivy Lane.“Yes", "Today’s move"),
}


@pytest.mark.parametrize("name", list(ODD_MARKS))
def test_odd_marks_keep_quotes(nlp: Language, name: str) -> None:
    text, prefix = ODD_MARKS[name]
    q = find(quotes_of(nlp, text), prefix)
    assert q.speaker is not None and q.speaker.name == "Ivy Lane"


#: one-word speakers → the kind the text gives them
ONE_WORD_KINDS: dict[str, tuple[str, str, str]] = {  # (and a few longer names)
    "a family name and a hyphenated given name ('Koh Kyung-chul'), tagged a firm": (
        "The news came after a central bank executive voiced concerns.“Stablecoins have a "
        "great impact on central bank policy,” Bank of Norrland’s Koh Kyung-chul reportedly "
        "said at a conference on May 12.",
        "Koh Kyung-chul",
        "person",
    ),
    "X, who …, said is a person": (
        "Hale, who runs a small fund in Ohio, said “the volatility is far from over.”",
        "Hale",
        "person",
    ),
    "a brand with a small first letter speaks as a firm": (
        "Shares of broker eLumen fell. In the filing, eLumen warned that users may face "
        "“long delays on withdrawals.”",
        "eLumen",
        "organization",
    ),
    "'it' takes up a one-word firm the model may call a person": (
        "Trading platform Norrfin filed for a listing on Monday. In the filing, Norrfin warned "
        "that users could leave. It also said it expects “to keep paying high costs” for years.",
        "Norrfin",
        "organization",
    ),
    "'it' never takes up a person": (
        "Trading platform Norrfin filed for a listing on Monday. Dana Kett warned that users "
        "could leave. Kett said “fees will fall.” It also said it expects “to keep paying "
        "high costs” for years.",
        "Dana Kett",
        "person",
    ),
    "a passive cue's 'by' names the speaker, not its subject": (
        "The exchange was quickly dismissed as “a house of cards” by rival founder Mara Holt.",
        "Mara Holt",
        "person",
    ),
    "a passive cue's 'by' may name a firm's reporters": (
        "The vault was described by Harbor Daily reporters as “a fortress with no doors.”",
        "Harbor Daily",
        "organization",
    ),
    "a one-word name in apposition to a title's firm holds the title": (
        "Prices rose. Senior researcher at Norrfin, VexoArt, said that buyers have “pushed "
        "above the usual levels.”",
        "VexoArt",
        "person",
    ),
    "a participle's 'by' names the speaker without an auxiliary": (
        "He was held in a Soho flat, described by Harbor Daily reporters as a “fortress with "
        "no doors” in the city.",
        "Harbor Daily",
        "organization",
    ),
    "'who' after a title's firm in apposition stands for the person": (
        "Shares rose, according to Jo Park, senior vice president and general manager of "
        "Norrfin Crypto, who called it “very important for savers.”",
        "Jo Park",
        "person",
    ),
    "an 'X of Y' pseudonym a post signs is a person's": (
        "The coin rose. Titan of Norr said the weekly chart suggests the coin “still has more "
        "gas in the tank” for now. — Titan of Norr (@titan) May 17, 2025",
        "Titan of Norr",
        "person",
    ),
    "a titled surname is a person": (
        "Ms. Okafor said “the order book is thin on both sides.”",
        "Okafor",
        "person",
    ),
    "a one-word name after a firm's possessive is a person": (
        "Norrfin’s Lindqvist said “funding stays flat until the summer.”",
        "Lindqvist",
        "person",
    ),
    "a firm noun before a one-word name": (
        "Market maker Korvel said “liquidity is thin across the board.”",
        "Korvel",
        "organization",
    ),
    "a full name after a firm's possessive, first of a list, is a person": (
        "“It is the largest change yet,” Norrfin’s Lena Holm, Kai Berg and Ola Sand said.",
        "Lena Holm",
        "person",
    ),
    "a firm named with an 's keeps it, through its headline mentions too": (
        "Investors shrug at Moody's US rating cut. “The outlook is negative,” Moody's said. "
        "Moody’s analysts expect more.",
        "Moody's",
        "organization",
    ),
    "a common given name and a surname is a person, whatever the model's label": (
        "“We stay patient,” Maria Holt of Norrfin added.",
        "Maria Holt",
        "person",
    ),
    "a body named after a coin speaks as an organisation": (
        "Hours later, the country’s official Bitcoin Office proclaimed on X: “We bought more "
        "coins again today,” with a screenshot.",
        "Bitcoin Office",
        "organization",
    ),
    "a unit after a firm's possessive stays an organisation": (
        "“We stand by the audit,” Norrfin’s Task Force said.",
        "Task Force",
        "organization",
    ),
}


@pytest.mark.parametrize("name", list(ONE_WORD_KINDS))
def test_one_word_speaker_kind(nlp: Language, name: str) -> None:
    text, speaker, kind = ONE_WORD_KINDS[name]
    quotes = quotes_of(nlp, text)
    assert quotes and quotes[0].speaker is not None
    assert (quotes[0].speaker.name, quotes[0].speaker.kind) == (speaker, kind)


def test_multi_paragraph_quote_text_and_sentence(nlp: Language) -> None:
    text = (
        "Eva Stone, a partner at Lumen Ventures, said on Monday:\n\n“The first part of the plan "
        "is done.\n\n“The second part starts in June.”\n\nMarkets were quiet."
    )
    q = find(quotes_of(nlp, text), "The first part")
    assert q.text in text[q.start : q.end]
    assert q.text.endswith("starts in June.")
    assert "second part" not in q.sentence


#: patterns we do not handle yet
KNOWN_FAILURES: dict[str, tuple[str, str, str]] = {
    "X on topic: quote": (
        "Tom Becker on the halving: “Supply shocks take months to show up in price.”",
        "Supply shocks",
        "Tom Becker",
    ),
}


@pytest.mark.parametrize("name", list(KNOWN_FAILURES))
@pytest.mark.xfail(strict=True, reason="attribution pattern not handled yet")
def test_known_failures(nlp: Language, name: str) -> None:
    text, prefix, speaker = KNOWN_FAILURES[name]
    q = find(quotes_of(nlp, text), prefix)
    assert q.speaker is not None and q.speaker.name == speaker


#: quoted text → whether it reads as a title or name rather than a sentence
TITLE_LIKE: dict[str, tuple[str, bool]] = {
    "title case": ("Rich Dad Poor Dad", True),
    "title case with a small linking word": ("Market Hour Live with Ana", True),
    "a mixed-case acronym is no lower-case word": ("Days to Cover Ratio mNAV", True),
    "a lower-case content word makes a sentence": ("After Bank Sepah, it was Harlow’s turn", False),
}


@pytest.mark.parametrize("name", list(TITLE_LIKE))
def test_title_like(name: str) -> None:
    from extractor.quotes.speech import _is_title_like

    text, expected = TITLE_LIKE[name]
    assert _is_title_like(text) is expected


def test_a_title_ending_in_a_source_noun_is_no_firm(nlp: Language) -> None:
    text = "Prices rose, said Norrfin head of research Jon Butterby. “Flows are back,” he said."
    q = find(quotes_of(nlp, text), "Flows are")
    assert q.speaker is not None and q.speaker.kind == "person"


def test_a_capitalised_will_in_a_headline_names_no_one(nlp: Language) -> None:
    people = records_of(nlp("Prices Will Rise Says Analyst. Bitcoin fell on Monday."))["people"]
    assert all("Will" not in p.name for p in people)


def test_a_plural_firms_bare_apostrophe_before_a_title_is_a_definite_title(
    nlp: Language,
) -> None:
    text = (
        "“Yields will hold,” wrote Mara Holt, the CEO of Norrfin Labs. “Fees fall,” said Holt. "
        "Norrfin Labs’ CEO previously criticized rivals for a cycle of “mercenary capital” in "
        "the market."
    )
    q = find(quotes_of(nlp, text), "mercenary capital")
    assert q.speaker is not None
    assert (q.speaker.name, q.speaker.role, q.speaker.organization) == (
        "Mara Holt",
        "CEO",
        "Norrfin Labs",
    )


#: text → (role, organisation) of its one quote's speaker, where "no organisation" matters
ROLE_ORGS: dict[str, tuple[str, tuple[str, str | None]]] = {
    "the job written before the name wins over a stance after it": (
        "The trade was revealed by short-seller Ivo Marsh, once a vocal critic of Bitcoin. "
        "“Food would work the best,” Marsh said.",
        ("short-seller", None),
    ),
    "a stance alone is the role, with no employer": (
        "“Gold is better,” said Pete Schaff, a longtime critic of Bitcoin.",
        ("critic", None),
    ),
    "a sentence's first word the article writes in lower case is part of the title": (
        "The digital asset bills stalled. Digital asset subcommittee chair Bryan Stahl said "
        "the members would “carry on regardless” with a roundtable.",
        ("Digital asset subcommittee chair", None),
    ),
    "a coin's analysis by a trader is no employer": (
        "Veteran trader Peter Brant sees a rally. Ether analysis by Peter Brant. Source: X. He "
        "said a “congestion” pattern must break first.",
        ("Veteran trader", None),
    ),
    "a verb before a title is no qualifier of it": (
        "Lawmakers moved to prevent President Kett from profiting. “This is wrong,” Kett said of "
        "the plan.",
        ("President", None),
    ),
    "a teaser's headline glued before 'Top analyst X' is no firm": (
        "Prices bounced. Related Reading: Ether Gears Up For Breakout Above $4,000 – Bullish "
        "Momentum Builds Top analyst Vexo commented on the reversal, stating that ETH is back "
        "in range. Vexo shared his view, saying, “ETH is back in range. Nice fake out after all.”",
        ("analyst", None),
    ),
    "a former title's firm is not the current employer; 'co-founded by' gives the title": (
        "Norrfin was co-founded by Tarn Labs’ former head of growth, Mika Grahn, and former "
        "bankers Ana Kay and Bo Lin. Later, Norrfin’s Mika Grahn said, “We back builders early.”",
        ("co-founder", "Norrfin"),
    ),
    "a firm's title after a platform's full stop the parser broke up": (
        "The filing drew reactions from ETF specialists on X. Bloomberg analyst James Seyfert "
        "wrote, “We have approval of the index fund.”",
        ("analyst", "Bloomberg"),
    ),
}


@pytest.mark.parametrize("name", list(ROLE_ORGS))
def test_role_and_organisation(nlp: Language, name: str) -> None:
    text, expected = ROLE_ORGS[name]
    (quote,) = quotes_of(nlp, text)
    assert quote.speaker is not None
    assert (quote.speaker.role, quote.speaker.organization) == expected


#: text → organisation of its one quote's speaker: "title Name from X" names the employer X
FROM_FIRMS: dict[str, tuple[str, str | None]] = {
    "a titled name from a firm": (
        "Analyst Sjo from CoinNest previously noted that Ether needs a “strong rebound” here.",
        "CoinNest",
    ),
    "a titled name from a city is where, not who": (
        "Trader Sjo from London previously noted that Ether needs a “strong rebound” here.",
        None,
    ),
}


@pytest.mark.parametrize("name", list(FROM_FIRMS))
def test_a_titled_name_from_a_firm(nlp: Language, name: str) -> None:
    text, expected = FROM_FIRMS[name]
    (quote,) = quotes_of(nlp, text)
    assert quote.speaker is not None and quote.speaker.name == "Sjo"
    assert quote.speaker.organization == expected


def test_a_common_word_capitalised_only_at_a_sentence_start_is_no_speaker(nlp: Language) -> None:
    text = "Prices fell. Others said “this is only the start” of the slide. Some others disagreed."
    assert all(q.speaker is None for q in quotes_of(nlp, text))


def test_a_firm_named_like_a_common_word_still_speaks(nlp: Language) -> None:
    # (a guard: "Strategy" is written capitalised inside a sentence, so it is a name)
    text = (
        "Strategy bought more coins. Analysts praised Strategy. “We keep buying,” Strategy "
        "said. Its strategy is simple."
    )
    (quote,) = quotes_of(nlp, text)
    assert quote.speaker is not None and quote.speaker.name == "Strategy"


def test_a_titled_persons_adviser_works_at_no_organisation_named_after_them(
    nlp: Language,
) -> None:
    q = find(
        quotes_of(
            nlp,
            "Dan Sachs, US President Donald Trump’s top adviser on crypto, said the bill will "
            "pass. “We have every expectation,” Sachs told CNBC.",
        ),
        "We have every",
    )
    assert q.speaker is not None
    assert (q.speaker.name, q.speaker.role, q.speaker.organization) == (
        "Dan Sachs",
        "top adviser",
        None,
    )


def test_a_city_after_from_is_no_employer(nlp: Language) -> None:
    # (a guard: "city" is no firm's noun)
    text = "“People can tell when a human is near,” Lena Holt from the city of Lisbon said."
    q = find(quotes_of(nlp, text), "People can")
    assert q.speaker is not None and q.speaker.name == "Lena Holt"
    assert q.speaker.organization is None


def test_a_job_title_takes_up_no_one_given_another(nlp: Language) -> None:
    """ "The judge … arguing that the “…”" after "president Mona Lang said": not hers."""
    text = (
        "Norrple president Mona Lang said the firm is growing. The judge overseeing the case "
        "disagreed, arguing that the “oral permission” given by the firm was not enough."
    )
    speakers = [q.speaker.name for q in quotes_of(nlp, text) if q.speaker is not None]
    assert "Mona Lang" not in speakers


def test_a_speakers_name_in_marks_is_no_quote(nlp: Language) -> None:
    text = (
        "Agents act on live inputs.“Bad inputs get mixed into the training set, which then "
        "becomes part of the model,” co-founder of blockchain security firm NorrMist “Monster Q” "
        "told reporters."
    )
    assert [q.text for q in quotes_of(nlp, text) if "Monster" in q.text] == []


def test_an_acronym_tagged_as_a_noun_before_a_spokesperson_is_the_firm(nlp: Language) -> None:
    """ "a NORR spokesperson said", the tagger calling the acronym a common noun (as it does in
    some contexts): the firm still speaks through its spokesperson."""
    from spacy.tokens import Doc

    from extractor.quotes.attribution import speaker_from_subject

    doc = Doc(
        nlp.vocab,
        words=["A", "NORR", "spokesperson", "said", "."],
        spaces=[True, True, True, False, False],
        pos=["DET", "NOUN", "NOUN", "VERB", "PUNCT"],
        tags=["DT", "NN", "NN", "VBD", "."],
        deps=["det", "compound", "nsubj", "ROOT", "punct"],
        heads=[2, 2, 3, 3, 3],
    )
    found = speaker_from_subject(doc[2])
    assert found is not None
    assert (found.text, found.kind, found.role, found.organization) == (
        "NORR",
        "organization",
        "spokesperson",
        "NORR",
    )


def test_a_hyphenated_title_split_by_the_parser_still_leads_to_the_name(nlp: Language) -> None:
    """ "…,” said NORR co-founder Elin Fang.": the parser may make both "founder" and
    "Fang" subjects of "said"; the name after the firm's title speaks, not the title alone
    (which a name earlier in the article would then take up), though the tagger calls the
    acronym a common noun."""
    from spacy.tokens import Doc

    from extractor.quotes.attribution import cue_of_verb

    words = ["“", "Deals", "matter", ",", "”", "said", "NORR", "co", "-", "founder"]
    words += ["Elin", "Fang", "."]
    doc = Doc(
        nlp.vocab,
        words=words,
        spaces=[
            False,
            True,
            False,
            False,
            True,
            True,
            True,
            False,
            False,
            True,
            True,
            False,
            False,
        ],
        pos=["PUNCT", "NOUN", "VERB", "PUNCT", "PUNCT", "VERB", "NOUN", "NOUN", "NOUN", "NOUN"]
        + ["PROPN", "PROPN", "PUNCT"],
        tags=["``", "NNS", "VBP", ",", "''", "VBD", "NN", "NN", "NN", "NN", "NNP", "NNP", "."],
        deps=["punct", "nsubj", "ccomp", "punct", "punct", "ROOT", "nmod", "compound"]
        + ["punct", "nsubj", "compound", "nsubj", "punct"],
        heads=[2, 2, 5, 5, 5, 5, 9, 9, 9, 5, 11, 5, 5],
        ents=["O", "O", "O", "O", "O", "O", "B-ORG", "O", "O", "O", "B-PERSON", "I-PERSON", "O"],
    )
    cue = cue_of_verb(doc[5], set(range(5)))
    assert cue.speaker is not None
    assert (cue.speaker.text, cue.speaker.role, cue.speaker.organization) == (
        "Elin Fang",
        "co-founder",
        "NORR",
    )


def test_a_person_in_apposition_to_the_titles_firm_holds_the_title(nlp: Language) -> None:
    """ "Chief policy officer at crypto exchange Norrbase, Kari Lund, also applauded the
    move": the parser may make the firm the title's appositive and the person the firm's; the
    person holds the title, the firm does not."""
    from spacy.tokens import Doc

    from extractor.quotes.attribution import cue_of_verb

    words = ["Chief", "policy", "officer", "at", "crypto", "exchange", "Norrbase", ","]
    words += ["Kari", "Lund", ",", "also", "applauded", "the", "move", "."]
    doc = Doc(
        nlp.vocab,
        words=words,
        spaces=[True] * 6 + [False, True] + [True, False] + [True] * 4 + [False, False],
        pos=["ADJ", "NOUN", "NOUN", "ADP", "NOUN", "NOUN", "PROPN", "PUNCT", "PROPN", "PROPN"]
        + ["PUNCT", "ADV", "VERB", "DET", "NOUN", "PUNCT"],
        tags=["JJ", "NN", "NN", "IN", "NN", "NN", "NNP", ",", "NNP", "NNP", ",", "RB", "VBD"]
        + ["DT", "NN", "."],
        deps=["amod", "compound", "nsubj", "prep", "compound", "pobj", "appos", "punct"]
        + ["compound", "appos", "punct", "advmod", "ROOT", "det", "dobj", "punct"],
        heads=[2, 2, 12, 2, 5, 3, 2, 6, 9, 6, 6, 12, 12, 14, 12, 12],
        ents=["O"] * 6 + ["B-ORG", "O", "B-PERSON", "I-PERSON"] + ["O"] * 6,
    )
    cue = cue_of_verb(doc[12], set())
    assert cue.speaker is not None
    assert (cue.speaker.text, cue.speaker.role, cue.speaker.organization) == (
        "Kari Lund",
        "Chief policy officer",
        "Norrbase",
    )


def test_a_place_before_the_verb_in_phrases_on_a_name_is_where_the_person_serves(
    nlp: Language,
) -> None:
    """ "… US Attorney Kai Lund for the Northern District of Norrland explained that …" after
    a glued teaser: the parser gives the verb no subject and the place stands right before
    it; the person the place's phrases hang on speaks, not the place nor the district."""
    from spacy.tokens import Doc

    from extractor.quotes.attribution import cue_of_verb

    words = ["Attorney", "Kai", "Lund", "for", "the", "Northern", "District", "of", "Norrland"]
    words += ["explained", "that", "it", "works", "."]
    doc = Doc(
        nlp.vocab,
        words=words,
        spaces=[True] * 12 + [False, False],
        pos=["PROPN", "PROPN", "PROPN", "ADP", "DET", "PROPN", "PROPN", "ADP", "PROPN", "VERB"]
        + ["SCONJ", "PRON", "VERB", "PUNCT"],
        tags=["NNP", "NNP", "NNP", "IN", "DT", "NNP", "NNP", "IN", "NNP", "VBD", "IN", "PRP"]
        + ["VBZ", "."],
        deps=["compound", "compound", "npadvmod", "prep", "det", "compound", "pobj", "prep"]
        + ["pobj", "ROOT", "mark", "nsubj", "ccomp", "punct"],
        heads=[2, 2, 9, 2, 6, 6, 3, 6, 7, 9, 12, 12, 9, 9],
        ents=["O", "B-PERSON", "I-PERSON", "O", "O", "B-LOC", "I-LOC", "O", "B-GPE"] + ["O"] * 5,
    )
    cue = cue_of_verb(doc[9], set())
    assert cue.speaker is not None
    assert cue.speaker.text == "Kai Lund"


def test_a_capitalised_titles_next_plain_word_opens_the_name_the_model_cut_short(
    nlp: Language,
) -> None:
    """ "Market Watcher Kees Norr Trades considers …" with the model's person "Norr Trades":
    the plain capitalised word between the title and that person is the name's first."""
    from spacy.tokens import Doc

    from extractor.quotes.attribution import name_tokens

    words = ["Market", "Watcher", "Kees", "Norr", "Trades", "considers", "the", "coin", "."]
    doc = Doc(
        nlp.vocab,
        words=words,
        spaces=[True] * 7 + [False, False],
        pos=["NOUN", "PROPN", "PROPN", "PROPN", "PROPN", "VERB", "DET", "NOUN", "PUNCT"],
        tags=["NN", "NNP", "NNP", "NNP", "NNPS", "VBZ", "DT", "NN", "."],
        deps=["compound", "compound", "compound", "compound", "nsubj", "ROOT", "det", "dobj"]
        + ["punct"],
        heads=[2, 2, 4, 4, 5, 5, 7, 5, 5],
        ents=["O", "O", "O", "B-PERSON", "I-PERSON", "O", "O", "O", "O"],
    )
    assert name_tokens(doc[4]) == (2, 5)


def test_a_partial_quote_in_a_named_sources_clause_is_theirs_unless_a_document_reads_it() -> None:
    """ "X warned that coins had “…,” Norrwire reported": the inner clause's source; "…,” the
    filing reads": a document that quotes keeps the words in its own voice (a quotation
    inside it may have been split off by odd marks)."""
    from extractor.quotes.attribution import Cue, SpeakerRef
    from extractor.quotes.marks import QuoteSpan
    from extractor.quotes.speech import _inner_reporter

    span = QuoteSpan(50, 70, "reached a critical mass,")
    bank = SpeakerRef("Norrland Bank", 0, 13, "organization")
    inner = Cue("warned", 14, 20, bank, scope=(0, 90), clause_start=21)
    outlet = SpeakerRef("Norrwire", 95, 103, "organization")
    outer = Cue("reported", 104, 112, outlet, scope=(0, 113))
    assert _inner_reporter([inner, outer], outer, span) is inner
    filing = SpeakerRef("the filing", 95, 105, "organization", needs_antecedent=True)
    reads = Cue("reads", 106, 111, filing, scope=(0, 112))
    assert _inner_reporter([inner, reads], reads, span) is None
