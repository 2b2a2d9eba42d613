"""The words around a state's name or adjective that decide whether it acts for the
state (``agent_nouns``): nouns that describe something else ("a Palestinian woman",
"Italian banks"), events named after it ("the Iraq war"), heads that make it the state
("the Chinese government"), teams and officers that act for it, groups that do not
unless armed or political, the state's ties ("U.S. allies") and its press.
"""

from __future__ import annotations

__all__ = [
    "AGENT_GROUPS",
    "AGENT_HEADS",
    "AGENT_TEAMS",
    "BODY_OFFICERS",
    "EVENTS",
    "GROUPS",
    "NOT_AGENTS",
    "PRESS",
    "STATE_OWNED",
    "TEAMS",
    "TIES",
    "UNTIL_VERB",
]

# Nouns after a state's adjective that make it describe something other than an agent
# of its state ("a Palestinian woman", "Italian banks").
NOT_AGENTS = frozenset(
    {
        *("woman", "women", "man", "men", "citizen", "citizens", "national", "nationals"),
        *("people", "civilians", "children", "students", "tourists", "workers", "families"),
        *("family", "child", "student", "tourist", "worker"),
        # Merchant craft: "port calls by Peruvian ships" are no calls of Peru's (not its
        # patrol boats or aircraft, which may act for it).
        *("ship", "ships", "vessel", "vessels", "tanker", "tankers", "freighter", "freighters"),
        *("trawler", "trawlers", "airliner", "airliners"),
        *("businessman", "businessmen", "business", "businesses", "bank", "banks", "company"),
        *("companies", "firm", "firms", "investors", "shares", "stocks", "market", "markets"),
        *("economy", "exports", "imports", "products", "goods", "team", "players", "fans"),
        # Trades: "Chilean farmers protested", "the big producers want to" (states
        # or firms, none the rules can place)
        *("producers", "exporters", "importers", "manufacturers", "farmers", "growers"),
        # Private counsel: "the Chilean lawyer who won the case"
        *("lawyer", "attorney"),
        # What a state says or wants: "questioning the American allegations" is no act of
        # the United States.
        *("allegations", "accusations", "charges", "claims", "motives", "intentions"),
        *("club", "writer", "author", "scholar", "experts", "analysts", "economist"),
        *("economists", "voters", "public", "consumers", "employees", "migrants", "refugees"),
        *("victims", "passengers", "villagers", "residents", "crowd", "mother", "father"),
        *("victim", "passenger", "villager", "resident", "farmer", "voter", "consumer"),
        *("migrant", "protester", "demonstrator", "shopkeeper", "fisherman"),
        *("travelers", "travellers", "traveler", "traveller", "visitors", "pilgrims"),
        *("husband", "wife", "son", "daughter", "brother", "sister", "parents", "relatives"),
        # Diasporas: "the Pakistani community in Manchester" is no voice of Pakistan.
        *("community", "communities", "diaspora", "expatriates", "expats", "immigrants"),
        # Places: "the Chilean city of Arica" is where, not who.
        *("city", "town", "village", "province", "region", "border", "coast", "territory"),
        *("waters", "island", "port", "soil", "airspace", "capital"),
        *("cities", "towns", "villages", "provinces", "regions", "islands", "ports"),
        *("prison", "prisons", "jail", "jails"),
        # A body's capitals are its members' governments: "key EC capitals would voice
        # criticism of" the Commission's plan is no position of the EC.
        *("capitals",),
        # Monitors: "the Chilean Observatory for Human Rights" is no voice of Chile.
        *("observatory", "monitor", "monitors"),
        # Places people work in or visit: "Rome's zoo made plans to ...", "a Chilean
        # university said" speak for no state.
        *("zoo", "zoos", "museum", "museums", "university", "universities", "hospital"),
        *("hospitals", "school", "schools", "airport", "airports", "stadium", "stadiums"),
        *("church", "churches", "mosque", "mosques", "newspaper", "newspapers"),
        *("broadcaster", "broadcasters"),
        # Civil society: "Syrian activists expressed concern" is not Syria's position.
        *("activist", "activists", "campaigners", "protesters", "demonstrators", "dissidents"),
        *("journalist", "journalists", "lawyers", "academics", "scholars", "scientists"),
        *("professor", "professors"),
        # Clergy: "the South African archbishop said" speaks for a church, not the state
        # (not "cleric": "Iran's top cleric" may lead it).
        *("archbishop", "archbishops", "bishop", "bishops", "cardinal", "cardinals"),
        *("imam", "imams", "rabbi", "rabbis", "priest", "priests", "pastor", "pastors"),
        # "Chinese social media was flooded with support for Zhang": users, not the state.
        *("social", "netizens", "users", "bloggers", "influencers"),
        # Law enforcement at home: "Lima's police chief" states no foreign
        # policy of Peru.
        *("police", "policeman", "policemen", "detectives", "prosecutors", "prosecutor"),
        # A city's, not the state's: "London's mayor called for ..."
        *("mayor", "mayors"),
        *("attorney", "attorneys"),
        # Those held or accused: "a British terror suspect plans to sue" is no act of Britain.
        *("suspect", "suspects", "detainee", "detainees", "prisoner", "prisoners", "inmate"),
        *("inmates", "hostage", "hostages"),
        # Courts judge cases, not other states: "a lawsuit filed in U.S. District Court
        # argued that ..." is no position of the United States.
        *("court", "courts", "judge", "judges"),
        # Those for or against someone: "critics of Maduro's government", "supporters of
        # former President Trump", "her backers" speak for no state.
        *("critics", "detractors", "supporters", "backers", "loyalists"),
        *("followers", "sympathisers", "sympathizers", "donors", "donor", "contributors"),
        # Those running for an office hold none: "U.S. presidential hopeful Ana Soto".
        *("hopeful", "hopefuls", "candidate", "candidates", "contender", "contenders"),
        *("civil", "charities", "charity", "ngos", "volunteers", "doctors", "exiles"),
        *("physicians", "nurses", "surgeons", "medics", "paramedics"),
        # Trades and industries: "Peruvian miners hope to reopen the mine".
        *("miners", "farmers", "fishermen", "unions", "union", "producers", "exporters"),
        *("importers", "manufacturers", "industry", "carmakers", "airlines", "traders"),
        *("bankers", "banker", "dealers", "dealer", "brokers", "broker", "refiners", "refiner"),
        *("growers", "packers", "cattlemen", "steelmakers", "chipmakers", "automakers"),
        *("shipowners", "trader", "exporter", "importer", "manufacturer", "analyst"),
        *("customers", "buyers", "sellers", "suppliers", "clients", "shippers", "lenders"),
        *("insurers", "retailers", "makers", "processors", "dealerships"),
        # One firm: "Japan's largest chip maker", "Peru's biggest lender".
        *("maker", "chipmaker", "carmaker", "steelmaker", "automaker", "producer"),
        *("supplier", "lender", "insurer", "retailer", "conglomerate", "airline"),
        *("carrier", "miner", "brewer", "refinery", "operator", "utility", "bourse"),
        *("brokerage", "brokerages", "conglomerates", "utilities", "refineries"),
        # "Chilean brands are in talks with Peru": firms, not the state.
        *("brand", "brands", "corporation", "corporations", "carriers", "chains"),
        *("exchange", "exchanges"),
        *("drugmaker", "drugmakers", "pharmaceutical", "pharmaceuticals", "planemaker"),
        *("shipbuilder", "shipbuilders", "shipyard", "telecoms", "startup", "start-up"),
        *("controller", "controllers"),
        *("contractor", "contractors", "researcher", "researchers"),
        # Owners and bidders: "the US tycoon", "the Irish duo" of a takeover.
        *("tycoon", "tycoons", "billionaire", "billionaires", "bidder", "bidders", "investor"),
        *("shareholder", "shareholders", "entrepreneur", "entrepreneurs", "owner", "owners"),
        # "US oil giant ExxonMobil signed": a company
        *("giant", "giants"),
        *("businesswoman", "duo", "mogul", "moguls", "magnate", "magnates", "financier"),
        *("financiers", "industrialist", "industrialists"),
        # Numbers about a state: "a U.N. estimate that a million migrants could try to".
        *("estimate", "estimates", "figures", "statistics", "forecast", "forecasts"),
        *("survey", "poll", "polls"),
        # People who act for no state: "a visiting American student".
        *("student", "tourist", "fighter", "fighters", "hostage", "hostages", "prisoner"),
        *("prisoners", "detainee", "detainees"),
        # Figures of an economy: "U.S. oil production would continue to fall".
        *("production", "output", "prices", "deficit", "surplus", "bonds", "currency"),
        *("football", "athletes", "athlete", "olympic", "central"),
        *("runner", "runners", "swimmer", "swimmers", "cyclist", "cyclists", "boxer"),
        *("golfer", "tennis", "striker", "coach", "squad", "champion"),
        # Private callings: "an American content creator", "American rabbis and preachers".
        *("creator", "creators", "filmmaker", "filmmakers", "actor", "actress", "singer"),
        *("musician", "artist", "artists", "novelist", "poet", "photographer", "comedian"),
        *("chef", "nurse", "nurses", "teacher", "teachers", "professor", "professors"),
        # (Not priests or bishops: the Holy See's clergy are its officials.)
        *("rabbi", "rabbis", "preacher", "preachers", "pastor", "pastors", "imam", "imams"),
        *("evangelicals", "missionary", "missionaries", "doctor", "physician", "surgeon"),
        # A state's end: "after the Soviet Union's collapse" names no Soviet act.
        *("collapse", "breakup", "break-up", "demise", "disintegration", "dissolution"),
    }
)

# Events named after a state, right after its name: "the anger over the Iraq war" is no
# act of Iraq (but "Iran's war spokesman" speaks for Iran, and its war is its own).
EVENTS = frozenset({"war", "wars", "invasion", "crisis"})

# Nouns right after an adjective that make it the state acting: "the Chinese government".
AGENT_HEADS = frozenset(
    {"government", "authorities", "officials", "leaders", "leadership", "ministry"}
    | {"administration", "regime", "cabinet", "parliament", "delegation", "diplomats"}
)


# A team sent by a government, not a sports team: "a Japanese trade team".
TEAMS = frozenset({"team", "teams"})
# A court's or a body's own prosecutors act for it ("ICC prosecutor Karim Khan"), though a
# state's prosecutors are law enforcement at home, no voice of its foreign policy; so with
# courts ("the top UN court said": the UN's organ; "a U.S. court" judges a case at home).
BODY_OFFICERS = TEAMS | {"prosecutor", "prosecutors"} | {"court", "courts", "tribunal"}
AGENT_TEAMS = frozenset(
    {"trade", "negotiating", "senate", "congressional", "government", "official", "diplomatic"}
    | {"technical", "advance", "ministerial", "military", "security", "inspection", "monitoring"}
)

# Groups that act for no state, unless armed or political: "trade groups", not "rebel groups".
GROUPS = frozenset(
    {"group", "groups", "lobby", "lobbies", "association", "associations", "federation"}
    # "French cereal organisation officials": a trade body's, not the state's
    | {"federations", "organisation", "organisations", "organization", "organizations"}
    # "a report by a Chilean think tank said": research, not the state
    | {"think", "think-tank", "thinktank", "university"}
    | {"universities", "website", "websites", "researchers", "academics", "scholars"}
)
# Other states named by their tie to this one, right after it: "U.S. allies would prefer
# to", "Peru's neighbours fear" (not "Chile and its allies").
TIES = frozenset(
    {"allies", "neighbours", "neighbors", "rivals", "adversaries", "foes", "partners"}
    | {"critics", "enemies", "friends", "backers"}
)
# The press, which speaks for the state only when the state runs it: "French media",
# "Chilean newspapers" (not "Chinese state media", "the official Cuban press").
PRESS = frozenset(
    {"media", "press", "newspaper", "newspapers", "daily", "broadcaster", "tabloid"}
    | {"magazine", "weekly", "columnist", "commentators", "pundits"}
)
# Words before the press that make it the state's: "Chinese state media".
STATE_OWNED = frozenset({"state", "state-run", "state-owned", "official", "government"})
# Where a noun phrase ends and its verb begins: "Chilean media to report".
UNTIL_VERB = frozenset({"to", "will", "would", "must", "should", "could", "may", "might", "can"})
AGENT_GROUPS = frozenset(
    {"rebel", "militant", "armed", "opposition", "insurgent", "jihadist", "islamist"}
    | {"extremist", "terrorist", "guerrilla", "militia", "political", "separatist"}
)
