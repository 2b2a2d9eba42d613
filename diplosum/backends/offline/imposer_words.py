"""The words that may stand between a sanction's imposer and the measure ("the EU
imposed new economic sanctions", "Canada's sanctions", "agreed in 2014 to extend"), and
those that describe a measure before its noun ("a new round of", "100 pct"): word lists,
shared by ``imposers``, ``sanctions`` and ``shapes``.
"""

from __future__ import annotations

import re

from ...text.dates import MONTHS, WEEKDAYS

__all__ = ["BY_ITS_VERB", "IMPOSER_GAP", "MEASURE_WORDS"]


# When, between a verb and what follows it: "agreed on Monday to", "plans last week to".
_MONTHS = rf"(?:{MONTHS})"
# "threatened in December to impose", "agreed in 2014 to extend"
_WHEN = (
    r"(?:\s+on\s+\w+|\s+today|\s+yesterday|\s+(?:last|this|next)\s+(?:week|month|year)|"
    rf"\s+in\s+(?:{_MONTHS}|(?:19|20)\d\d))"
)


# A measure named by its verb ("recalled its ambassador", "broke off ties"): the name
# before it is its subject, never a target ("El Salvador recalled its ambassador").
BY_ITS_VERB = re.compile(r"[a-z]+ed\b|(?:cut|broke|froze|withdrew|put|slapped)\b")


# Words that describe a measure, before its noun: "new economic sanctions", "a new round
# of sanctions", "100 pct tariffs", "its most expansive sanctions".
MEASURE_WORDS = (
    r"new|fresh|further|tough|tougher|harsher|stiff|economic|"
    r"financial|trade|targeted|sweeping|additional|more|its|their|the|a|an|unilateral|"
    r"international|existing|remaining|punitive|broad|limited|travel|heavier|stricter|tighter|"
    r"possible|potential|appropriate|strong|stronger|planned|first|initial|retaliatory|"
    # "its most expansive sanctions", "separate, less comprehensive sanctions", "new and
    # stronger sanctions"
    r"most|less|harsh|severe|comprehensive|expansive|wide-ranging|wider|broader|"
    r"crippling|separate|and|other|far|much|own|"
    # what the measure covers: "a land, sea and air blockade", "a total oil embargo"
    r"land|sea|air|naval|maritime|military|arms|oil|diplomatic|full|total|partial|complete|"
    # "its 54-year-old trade embargo", "the decades-old embargo"
    r"(?:\d+|decades?|years?)-(?:year-)?old|long-standing|longstanding|"
    # "a new batch of sanctions", "another round of"
    r"(?:batch|round|wave|barrage|raft|slew|set|series|package|range|host|number|array)\s+of|"
    r"another|tariff|"
    # "lifted the last of its sanctions", "eased the bulk of the embargo"
    r"(?:last|rest|remainder|bulk|most|part|some|all|many|several)\s+of|"
    # "announced the imposition of 100 pct tariffs"
    r"(?:imposition|introduction|extension)\s+of|"
    # "imposed 100 pct tariffs", "a 25 percent tariff", "up to 300 mln dlrs in tariffs",
    # "planned 150 mln dlr tariffs" (an amount as an adjective, in the singular)
    r"\d[\d.,]*%?|pct|percent|per\s+cent|up\s+to|as\s+much\s+as|more\s+than|nearly|about|"
    r"(?:mln|million|bln|billion|dlrs?|dollars?)(?:\s+(?:worth\s+of|in|of))?"
)


# Between a sanction's imposer and the sanction: nothing but an imposing verb and words that
# describe the measures ("the EU imposed new economic sanctions", "Canada's sanctions").
IMPOSER_GAP = re.compile(
    # "Canada's sanctions", "EU-wide sanctions", "EU-imposed sanctions", "U.S.-led sanctions"
    # "the Security Council, which in March imposed": the imposer of a relative clause.
    # "the United States' sanctions": a plural name's possessive, its apostrophe alone
    r"(?:'s|\u2019s|(?<=s)['\u2019]|-wide|-(?:imposed|led|backed|sponsored|mandated)|"
    r",\s*(?:which|who|that))?"
    r"\s*(?:(?:has|have|had|will|would|could|may|"
    # "President Reagan Friday announced": a weekday as the wire writes it
    rf"might|is|was|were|are|to|{_MONTHS}|(?:19|20)\d\d|{WEEKDAYS}|"
    # "the United States should lift its embargo"
    r"should|must|needs?|needed|"
    # "Congress refuses to lift": kept in force; but "refused to impose" or "to join" the
    # sanctions is no measure of its own
    r"refus(?:e|es|ed|ing)(?=\s+to\s+(?:lift|ease|end|drop|remove|scrap|rescind|waive|"
    r"roll\s+back)\b)|"
    # "will not lift its sanctions", "won't ease the embargo": in force, and kept
    # (``sanction_status``); never "will not impose", which takes none
    r"(?:not|never|(?:wo|would|did|does|do|could)n['\u2019]t)(?=\s+(?:lift|ease|end|drop|"
    r"remove|scrap|rescind|waive|roll\s+back)\b)|"
    # "EU leaders agreed to", "Saudi Arabia and its allies cut": those who act for it.
    r"leaders|officials|ambassadors|envoys|"
    # "Peru's president imposed", "Chile's prime minister ordered": its head
    r"president|prime\s+minister|premier|chancellor|"
    r"(?:(?:foreign|finance|trade|economy|defence|defense)\s+)?ministers|"
    r"government|governments|authorities|lawmakers|administration|"
    # "the U.S. Treasury sanctioned", "Britain's Foreign Office expelled"
    r"treasury|(?:state\s+|commerce\s+|justice\s+)?department|(?:foreign\s+)?ministry|"
    r"foreign\s+office|"
    # "the White House Economic Policy Council decided to recommend": an organ of the state
    r"(?:economic|trade|security|policy|national|supreme|executive|cabinet|\s)*"
    r"(?:council|committee|commission|panel|cabinet)|"
    r"(?:and\s+)?(?:its|their)\s+allies|"
    # "adopted a resolution tightening sanctions"
    r"adopted|approved|passed|signed|adopt|adopts|adopting|approve|approves|approving|"
    r"(?:a|an|the|new)\s+(?:executive\s+)?(?:resolution|package|"
    r"bill|law|order|decree|measure)"
    # "adopted a resolution on Wednesday that expands sanctions"
    rf"(?:{_WHEN}?\s+(?:that|which))?|"
    # "has passed two resolutions threatening sanctions": several such texts
    r"(?:two|three|four|several|new|\d+)\s+(?:resolutions|packages|bills|laws|orders|decrees|"
    r"measures)|"
    # "a Treasury Department statement detailing sanctions against": its own text
    r"(?:statement|notice|announcement|order)\s+(?:detailing|announcing|listing|outlining|"
    r"setting\s+out)|"
    r"tightening|extending|expanding|renewing|broadening|widening|toughening|strengthening|"
    # "the U.S. Senate voted on Wednesday for legislation broadening sanctions"
    r"legislation|for\s+(?:a\s+|the\s+|new\s+)?(?:legislation|bill|measure|resolution)|"
    # "Norway said on Monday that it had expelled": the imposer reports its own measure;
    # "Peru's president said he would": its head.
    r"(?:(?:president|premier|chancellor|prime\s+minister|minister)\s+)?"
    r"(?:said|says|announced|announces|confirmed|declared|stated|warned|warns|signalled|"
    r"signaled|indicated|hinted)"
    rf"{_WHEN}?(?:\s+that)?\s+(?:it|they|he|she)|"
    # "has long banned", "still bans": a measure long in force.
    r"also|already|just|long|still|now|again|soon|later|then|today|tomorrow|on\s+\w+|\w+ly|"
    r"voted|decided|vote|"
    r"votes|"
    # "had no choice but to impose", "will decide on retaliatory measures", "followed suit,
    # imposing"
    r"(?:had|has|have)\s+no\s+(?:other\s+)?(?:choice|option|alternative)\s+but\s+to|"
    r"decid(?:e|es|ed|ing)\s+on|follow(?:ed|s)?\s+suit,?|"
    # "finally went ahead and took retaliatory steps", "will go ahead with sanctions"
    r"(?:go|goes|going|went|gone)\s+ahead\s+(?:and|with)|"
    # "before the EU decides whether to extend sanctions"
    r"(?:decid(?:e|es|ed|ing)|consider(?:s|ed|ing)?|weigh(?:s|ed|ing)?)\s+whether\s+to|"
    # "would not rule out sanctions against": threatened (``sanction.threatened``)
    r"(?:(?:did|does|do)\s+)?(?:not|never)\s+(?:rule|ruled|ruling)\s+out|"
    r"(?:did|does|do|would|could|will|wo)n['\u2019]t\s+rule\s+out|"
    r"refus(?:ed|es|ing)\s+to\s+rule\s+out|"
    # "announced last week plans to impose"
    r"(?:last|this|next)\s+(?:week|month|year|weekend)|"
    # "have in recent months hiked tariffs"
    r"recent\s+(?:days|weeks|months|years)|"
    # "senators voted 98-2 to impose"
    r"\d+-\d+|"
    # "were working on further sanctions"
    r"(?:working|work|works|worked)\s+on|"
    # "the Security Council required member states to freeze": the body's measure
    r"(?:required|requires|requiring|obliged|obliges|ordered|orders)\s+(?:all\s+)?"
    r"(?:its\s+)?(?:member\s+states|members|member\s+countries|member\s+nations)\s+to|"
    r"(?:moved|decided|voted|agreed|plans?|planned|planning|intends?|intended|intending|move|"
    r"decision|"
    r"threat|bid|able|be\s+able|due|about|"
    # "stands prepared to levy"
    r"(?:stands?|stood)\s+(?:ready|prepared)|"
    r"sought|seeks?|wants?|wanted|set|expected|going|ready|prepared|poised|(?:un)?willing|threatened|"
    r"promised|"
    r"vowed|pledged|began|started|tried|tries|trying|try|attempts?|attempted|attempting|"
    r"efforts?)"
    # "agreed on Monday to extend"
    rf"{_WHEN}?\s+to|considering|weighing|mulling|discussing|drafting|drawing\s+up|"
    r"proposing|threatening|preparing|debating|(?:push|pushes|pushing|pushed|press|presses|pressing|pressed|calling|called)\s+for|"
    r"seeking|"
    # "warned of sanctions against Bolivia"
    r"warn(?:s|ed|ing)?\s+of|"
    # "led calls for sanctions against Iraq"
    r"(?:led\s+|renewed\s+)?calls\s+for|"
    r"sought|urging|urged|demanding|demanded|(?:retaliated|responded|hit\s+back)\s+(?:with|by)|in|"
    r"(?:resolution|measure|proposal|draft|bill)(?:\s+(?:that|which)\s+would\s+have)?|"
    # "the U.S. Senate voted to impose"
    r"senate|senators|congress|parliament|legislators|cabinet|house(?:\s+of\s+representatives)?|"
    r"assembly|announced|unveiled)(?:'s|\u2019s)?\s+)*[\"\u201c]?(?:(?:imposed|imposes|impose|imposing|"
    r"sanctioned|reimposed|reimpose|reimposes|reimposing|re-imposed|re-impose|"
    r"slapped|slap|slaps|slapping|ordered|orders|ordering|threatened|threatens|threaten|lifted|lifts|lift|"
    r"lifting|eased|eases|ease|relax|relaxes|relaxed|relaxing|ended|ends|end|rescinded|waived|"
    r"scrapped|"
    r"extended|extends|extend|tightened|tightens|tighten|approved|adopted|announced|vetoed|"
    # "has reinforced its sanctions", "strengthened the embargo": made stronger, in force
    r"reinforced|reinforces|reinforce|strengthened|strengthens|strengthen|toughened|"
    r"toughens|toughen|stepped\s+up|steps\s+up|step\s+up|stepping\s+up|"
    # "was upping sanctions on", "is ratcheting up pressure and sanctions"
    r"upping|upped|ratchet(?:s|ed|ing)?\s+up|"
    r"blocked|expelled|expels|froze|freezes|suspended|renewed|unveiled|agreed|introduced|"
    # "Japan joined the sanctions against Peru", "enforces the U.N. embargo": its own too
    r"join|joins|joined|joining|enforce|enforces|enforced|enforcing|implement|implements|"
    r"implemented|implementing|"
    r"levied|levy|levies|levying|placed|places|placing|place|put|puts|putting|take|takes|took|"
    # "launched a boycott of Qatar", "declared an embargo on"
    r"launch|launches|launched|launching|declare|declares|declared|declaring|"
    r"taken|taking|"
    r"considered|considers|consider|proposed|proposes|cut|severed|sever|broke|"
    r"keep|keeps|kept|maintain|maintains|maintained|roll\s+over|rolls\s+over|rolled\s+over|"
    # "agreed to prolong sanctions", "voted to renew the embargo": kept in force longer
    r"rolling\s+over|prolong|prolongs|prolonged|prolonging|renew|renews|renewing|dropped|drops|"
    r"roll\s+back|rolls\s+back|rolled\s+back|rolling\s+back|"
    r"drop|dropping|phase\s+out|phased\s+out|phasing\s+out|expand|expands|expanded|broaden|"
    r"widen|widens|widened|"
    r"broadens|remove|removes|removed|removing|scrap|scraps|scrapping|abolish|abolishes|"
    r"abolished|abolishing|"
    # "plans to raise tariffs on", "set duties of up to 266 percent on"
    r"raise|raises|raised|raising|increase|increases|increased|hike|hikes|hiked|set|sets|"
    r"setting|"
    r"broadened|enact|enacts|enacted|announce|announces|announcing|"
    # "a decision to proceed with tariffs", "expected to discuss possible sanctions"
    r"proceed\s+with|proceeds\s+with|proceeded\s+with|discuss|discusses|discussed|"
    # "the council decided to recommend trade sanctions against"
    r"recommend|recommends|recommended|recommending|"
    # "Japan has its own sanctions on": measures it keeps
    r"(?:has|have|had)(?=\s+(?:its|their)\s+own\s))\s+"
    # "extended by six months its sanctions": the term comes first
    r"(?:by\s+(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|twelve|\d+)\s+"
    r"(?:more\s+)?(?:days?|weeks?|months?|years?)\s+)?"
    # "approved a raft of sanctions", "imposed a new round of tariffs": a quantity of them
    r"(?:(?:an?|the)\s+(?:new\s+|fresh\s+|further\s+|second\s+|third\s+)?(?:variety|series|raft|"
    r"range|host|number|package|set|round|wave|slew|battery|string|tranche|batch)\s+of\s+)?"
    # after an imposing verb, a word or two more of the measure ("imposed retaliatory"), or
    # a list of kinds ("lifted banking, steel, shipping and other sanctions")
    r"(?:(?:[a-z][\w-]*,\s+){1,4}(?:[a-z][\w-]*\s+)?(?=and\s)|(?:[a-z][\w-]*\s+){0,2}?))?"
    rf"(?:(?:{MEASURE_WORDS}),?\s+)*",
    re.IGNORECASE,
)
