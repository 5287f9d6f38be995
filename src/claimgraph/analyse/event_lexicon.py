"""Event triggers, as data: lemma → (PLOVER category, mode).

Categories and modes follow the PLOVER manual, Draft 2.0 (the 16 categories and their mode
tables); trigger words come from the manual's descriptions and its CAMEO cue words. A value of
``None`` for the mode means the manual's mode cannot be told from the trigger alone.
"""

from __future__ import annotations

from typing import Final

PLOVER_CATEGORIES: Final[tuple[str, ...]] = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)  # fmt: skip

# PLOVER category → CAMEO root code (the manual's "CAMEO to PLOVER translation" table, read backwards).
PLOVER_TO_CAMEO: Final[dict[str, str]] = {
    "AGREE": "03", "CONSULT": "04", "SUPPORT": "05", "COOPERATE": "06", "AID": "07", "CONCEDE": "08",
    "RETREAT": "08", "REQUEST": "10", "ACCUSE": "11", "REJECT": "12", "THREATEN": "13", "PROTEST": "14",
    "MOBILIZE": "15", "SANCTION": "16", "COERCE": "17", "ASSAULT": "19",
}  # fmt: skip
# Modes whose CAMEO root differs from the category's: investigations are CAMEO 09, and one-sided
# violence against persons (abduction, beating, torture, killings) is CAMEO 18 rather than 19.
CAMEO_BY_MODE: Final[dict[tuple[str, str], str]] = {
    ("ACCUSE", "investigate"): "09", ("ASSAULT", "abduct"): "18", ("ASSAULT", "beat"): "18",
    ("ASSAULT", "torture"): "18", ("ASSAULT", "sexual"): "18", ("ASSAULT", "targeted"): "18",
    ("ASSAULT", "suicide-attack"): "18", ("ASSAULT", "unconventional"): "20",
}  # fmt: skip


def cameo_root(category: str, mode: str | None) -> str | None:
    """The CAMEO root code for a PLOVER category and mode, for users who need CAMEO."""
    return CAMEO_BY_MODE.get((category, mode or "")) or PLOVER_TO_CAMEO.get(category)


Trigger = tuple[str, str | None]

VERB_TRIGGERS: Final[dict[str, Trigger]] = {
    # ASSAULT: deliberate actions that can cause substantial physical harm.
    "attack": ("ASSAULT", None), "strike": ("ASSAULT", None), "hit": ("ASSAULT", None),
    "shell": ("ASSAULT", "heavy-weapons"), "bomb": ("ASSAULT", "aerial"), "bombard": ("ASSAULT", "heavy-weapons"),
    "kill": ("ASSAULT", None), "shoot": ("ASSAULT", "firearms"), "gun": ("ASSAULT", "firearms"),
    "ambush": ("ASSAULT", None), "raid": ("ASSAULT", None), "storm": ("ASSAULT", None),
    "capture": ("ASSAULT", None), "liberate": ("ASSAULT", None), "seize": ("ASSAULT", None),
    "recapture": ("ASSAULT", None), "overrun": ("ASSAULT", None), "occupy": ("ASSAULT", None),
    "invade": ("ASSAULT", None), "massacre": ("ASSAULT", "targeted"), "assassinate": ("ASSAULT", "targeted"),
    "execute": ("ASSAULT", "targeted"), "behead": ("ASSAULT", "targeted"), "abduct": ("ASSAULT", "abduct"),
    "kidnap": ("ASSAULT", "abduct"), "hijack": ("ASSAULT", "abduct"), "torture": ("ASSAULT", "torture"),
    "drill": ("MOBILIZE", "troops"),
    "rape": ("ASSAULT", "sexual"), "beat": ("ASSAULT", "beat"), "stab": ("ASSAULT", "primitive"),
    "torch": ("ASSAULT", "primitive"), "burn": ("ASSAULT", "primitive"), "loot": ("ASSAULT", "destroy"),
    "destroy": ("ASSAULT", "destroy"), "blow": ("ASSAULT", "explosives"), "detonate": ("ASSAULT", "explosives"),
    "target": ("ASSAULT", None), "fire": ("ASSAULT", None), "lose": ("ASSAULT", None),
    "down": ("ASSAULT", None), "intercept": ("ASSAULT", None), "repel": ("ASSAULT", None),
    "clash": ("ASSAULT", None), "fight": ("ASSAULT", None), "wound": ("ASSAULT", None),
    "injure": ("ASSAULT", None), "advance": ("ASSAULT", None),
    # COERCE: repression and coercive uses of power short of violence.
    "arrest": ("COERCE", "arrest"), "detain": ("COERCE", "arrest"), "jail": ("COERCE", "arrest"),
    "imprison": ("COERCE", "arrest"), "deport": ("COERCE", "deport"), "ban": ("COERCE", "restrict"),
    "censor": ("COERCE", "censor"), "confiscate": ("COERCE", "seize"), "outlaw": ("COERCE", "restrict"),
    "crack": ("COERCE", "restrict"), "disperse": ("COERCE", "restrict"), "block": ("COERCE", "restrict"),
    # MOBILIZE: military or police moves short of force.
    "mobilize": ("MOBILIZE", "troops"), "mobilise": ("MOBILIZE", "troops"), "deploy": ("MOBILIZE", "troops"),
    "mass": ("MOBILIZE", "troops"), "reinforce": ("MOBILIZE", "troops"), "conscript": ("MOBILIZE", "troops"),
    "move": ("MOBILIZE", "troops"), "station": ("MOBILIZE", "troops"), "reach": ("MOBILIZE", "troops"),
    # PROTEST
    "protest": ("PROTEST", "demo"), "demonstrate": ("PROTEST", "demo"), "rally": ("PROTEST", "demo"),
    "march": ("PROTEST", "demo"), "riot": ("PROTEST", "riot"), "boycott": ("PROTEST", "boycott"),
    "picket": ("PROTEST", "demo"), "blockade": ("PROTEST", "obstruct"), "vandalize": ("PROTEST", "vandalize"),
    # SANCTION
    "sanction": ("SANCTION", "discontinue"), "expel": ("SANCTION", "expel"), "suspend": ("SANCTION", "discontinue"),
    "sever": ("SANCTION", "discontinue"), "convict": ("SANCTION", "convict"), "sentence": ("SANCTION", "convict"),
    "recall": ("SANCTION", "withdraw"), "embargo": ("SANCTION", "discontinue"), "freeze": ("SANCTION", "discontinue"),
    # THREATEN
    "threaten": ("THREATEN", None), "warn": ("THREATEN", None), "vow": ("THREATEN", None),
    "ultimatum": ("THREATEN", None),
    # ACCUSE
    "accuse": ("ACCUSE", "allege"), "allege": ("ACCUSE", "allege"), "charge": ("ACCUSE", "allege"),
    "indict": ("ACCUSE", "allege"), "sue": ("ACCUSE", "allege"), "blame": ("ACCUSE", "allege"),
    "condemn": ("ACCUSE", "disapprove"), "criticize": ("ACCUSE", "disapprove"),
    "criticise": ("ACCUSE", "disapprove"), "denounce": ("ACCUSE", "disapprove"), "decry": ("ACCUSE", "disapprove"),
    "slam": ("ACCUSE", "disapprove"), "investigate": ("ACCUSE", "investigate"), "probe": ("ACCUSE", "investigate"),
    "complain": ("ACCUSE", "disapprove"), "summon": ("ACCUSE", "disapprove"),
    # REJECT
    "reject": ("REJECT", None), "refuse": ("REJECT", None), "veto": ("REJECT", None), "decline": ("REJECT", None),
    "rebuff": ("REJECT", None),
    # REQUEST
    "call": ("REQUEST", None), "urge": ("REQUEST", None), "demand": ("REQUEST", None),
    "appeal": ("REQUEST", "assist"), "request": ("REQUEST", None), "ask": ("REQUEST", None),
    "order": ("REQUEST", None), "press": ("REQUEST", None),
    # AGREE
    "agree": ("AGREE", None), "promise": ("AGREE", None), "pledge": ("AGREE", None), "offer": ("AGREE", None),
    "accept": ("AGREE", None),
    # CONSULT
    "meet": ("CONSULT", None), "visit": ("CONSULT", "visit"), "host": ("CONSULT", None),
    "negotiate": ("CONSULT", None), "discuss": ("CONSULT", None), "talk": ("CONSULT", None),
    "phone": ("CONSULT", "phone"),
    # SUPPORT
    "support": ("SUPPORT", None), "praise": ("SUPPORT", None), "welcome": ("SUPPORT", None),
    "endorse": ("SUPPORT", None), "commend": ("SUPPORT", None), "hail": ("SUPPORT", None),
    "back": ("SUPPORT", None), "recognize": ("SUPPORT", None), "recognise": ("SUPPORT", None),
    "ratify": ("SUPPORT", None), "sign": ("SUPPORT", None), "congratulate": ("SUPPORT", None),
    # CONCEDE
    "apologize": ("CONCEDE", None), "apologise": ("CONCEDE", None), "pardon": ("CONCEDE", None),
    "ease": ("CONCEDE", None), "lift": ("CONCEDE", None), "concede": ("CONCEDE", None),
    # COOPERATE
    "cooperate": ("COOPERATE", None), "extradite": ("COOPERATE", None),
    # AID
    "aid": ("AID", None), "donate": ("AID", None), "supply": ("AID", None), "rescue": ("AID", None),
    "provide": ("AID", None), "send": ("AID", None), "deliver": ("AID", None), "evacuate": ("AID", None),
    # Added from the manual's descriptions of SANCTION, COERCE, REJECT, AID, RETREAT, SUPPORT, REQUEST.
    "halt": ("SANCTION", "discontinue"), "cut": ("SANCTION", "discontinue"), "reduce": ("SANCTION", "discontinue"),
    "end": ("SANCTION", "discontinue"), "cancel": ("REJECT", "meet"), "impose": ("COERCE", "restrict"),
    "reimpose": ("COERCE", "restrict"), "extend": ("COERCE", "restrict"), "deny": ("REJECT", None),
    "renege": ("REJECT", None), "dismiss": ("REJECT", None), "give": ("AID", None), "grant": ("AID", None),
    "hack": ("COERCE", "cyber"), "seek": ("REQUEST", None), "pressure": ("REQUEST", None),
    "pressurize": ("REQUEST", None), "establish": ("SUPPORT", None), "defend": ("SUPPORT", None),
    "open": ("RETREAT", "access"), "receive": ("RETREAT", "access"), "demobilize": ("RETREAT", "disarm"),
    "demobilise": ("RETREAT", "disarm"), "pay": ("AID", None), "allow": ("CONCEDE", None), "contribute": ("AID", None),
    "hand": ("RETREAT", "release"), "throw": ("ASSAULT", "primitive"), "pull": ("RETREAT", "withdraw"),
    "use": ("ASSAULT", None), "look": ("ACCUSE", "investigate"), "close": ("SANCTION", "discontinue"),
    "ram": ("ASSAULT", None), "launch": ("ASSAULT", None), "push": ("ASSAULT", None),
    # RETREAT
    "withdraw": ("RETREAT", "withdraw"), "retreat": ("RETREAT", "withdraw"), "release": ("RETREAT", "release"),
    "free": ("RETREAT", "release"), "resign": ("RETREAT", "resign"), "disarm": ("RETREAT", "disarm"),
    "surrender": ("RETREAT", "disarm"), "exchange": ("RETREAT", "release"), "ship": ("RETREAT", "withdraw"),
    # SANCTION `expel': "forced the agency out of the country", "forced 1,000 refugees out of their homes"
    # (the manual: people made to flee are SANCTION `expel' with the causative agent as the actor).
    "force": ("SANCTION", "expel"),
    # COERCE `arrest' (manual: arrest, detain): "the army has been holding thousands of civilians".
    "hold": ("COERCE", "arrest"),
    # People made to flee are SANCTION `expel' (manual, SANCTION and RETREAT ambiguities).
    "flee": ("SANCTION", "expel"),
    # Retaliation: a material reprisal (ASSAULT when violent); announced, a threat.
    "retaliate": ("SANCTION", "discontinue"),
    "bar": ("COERCE", "restrict"), "sabotage": ("ASSAULT", "destroy"),
    "restore": ("SUPPORT", None), "approve": ("AID", None), "turn": ("REJECT", None),
    "drop": ("CONCEDE", None), "share": ("COOPERATE", None),
}  # fmt: skip

NOUN_TRIGGERS: Final[dict[str, Trigger]] = {
    "attack": ("ASSAULT", None), "airstrike": ("ASSAULT", "aerial"), "strike": ("ASSAULT", None),
    "shelling": ("ASSAULT", "heavy-weapons"), "bombing": ("ASSAULT", "aerial"), "bombardment": ("ASSAULT", "heavy-weapons"),
    "bomb": ("ASSAULT", "aerial"), "offensive": ("ASSAULT", None), "assault": ("ASSAULT", None),
    "raid": ("ASSAULT", None), "clash": ("ASSAULT", None), "fighting": ("ASSAULT", None), "ambush": ("ASSAULT", None),
    "massacre": ("ASSAULT", "targeted"), "killing": ("ASSAULT", None), "fire": ("ASSAULT", None),
    "shootout": ("ASSAULT", "firearms"), "explosion": ("ASSAULT", "explosives"), "blast": ("ASSAULT", "explosives"),
    "missile": ("ASSAULT", "heavy-weapons"), "rocket": ("ASSAULT", "heavy-weapons"), "barrage": ("ASSAULT", "heavy-weapons"),
    "assassination": ("ASSAULT", "targeted"), "kidnapping": ("ASSAULT", "abduct"), "incursion": ("ASSAULT", None),
    "invasion": ("ASSAULT", None),
    "arrest": ("COERCE", "arrest"), "detention": ("COERCE", "arrest"), "crackdown": ("COERCE", "restrict"),
    "curfew": ("COERCE", "curfew"), "ban": ("COERCE", "restrict"), "deportation": ("COERCE", "deport"),
    "protest": ("PROTEST", "demo"), "demonstration": ("PROTEST", "demo"), "rally": ("PROTEST", "demo"),
    "march": ("PROTEST", "demo"), "riot": ("PROTEST", "riot"), "boycott": ("PROTEST", "boycott"),
    "sit-in": ("PROTEST", "demo"), "walkout": ("PROTEST", "strike"),
    "sanction": ("SANCTION", "discontinue"), "embargo": ("SANCTION", "discontinue"),
    "talk": ("CONSULT", None), "meeting": ("CONSULT", None), "summit": ("CONSULT", "multilateral"),
    "visit": ("CONSULT", "visit"), "negotiation": ("CONSULT", None),
    "ceasefire": ("CONCEDE", None), "truce": ("CONCEDE", None), "apology": ("CONCEDE", None),
    "amnesty": ("CONCEDE", None), "aid": ("AID", None), "convoy": ("AID", None),
    "withdrawal": ("RETREAT", "withdraw"), "release": ("RETREAT", "release"), "resignation": ("RETREAT", "resign"),
    "deployment": ("MOBILIZE", "troops"), "mobilisation": ("MOBILIZE", "troops"),
    "mobilization": ("MOBILIZE", "troops"), "reinforcement": ("MOBILIZE", "troops"),
    "threat": ("THREATEN", None), "ultimatum": ("THREATEN", None), "accusation": ("ACCUSE", "allege"),
    "investigation": ("ACCUSE", "investigate"), "probe": ("ACCUSE", "investigate"), "lawsuit": ("ACCUSE", "allege"),
    "call": ("REQUEST", None), "demand": ("REQUEST", None), "appeal": ("REQUEST", None),
    "agreement": ("AGREE", None), "deal": ("AGREE", None), "exercise": ("MOBILIZE", "troops"),
    "torture": ("ASSAULT", "torture"), "alert": ("MOBILIZE", "troops"), "patrol": ("MOBILIZE", "police"),
    "mediation": ("CONSULT", "third-party"), "condemnation": ("ACCUSE", "disapprove"),
    "criticism": ("ACCUSE", "disapprove"), "expulsion": ("COERCE", "deport"), "drill": ("MOBILIZE", "troops"),
    "game": ("MOBILIZE", "troops"), "manoeuvre": ("MOBILIZE", "troops"), "maneuver": ("MOBILIZE", "troops"),
    "sabotage": ("ASSAULT", "destroy"), "sharing": ("COOPERATE", None), "support": ("SUPPORT", None),
    # Issuing an arrest warrant (in absentia) is THREATEN `arrest' (manual, THREATEN ambiguities).
    "warrant": ("THREATEN", "arrest"),
}  # fmt: skip

# Military exercises: joint ones are COOPERATE, single-country ones MOBILIZE (manual, MOBILIZE ambiguities).
# Joint patrols are joint military operations (COOPERATE), one country's patrols MOBILIZE.
EXERCISE_NOUNS: Final[frozenset[str]] = frozenset(
    {"exercise", "drill", "game", "manoeuvre", "maneuver", "patrol"}
)

# Generic heads that a trigger noun names the act of ("a mediation mission", "a bombing campaign"):
# the compound is then the event, unlike "aid workers" or "protest leaders".
ACT_HEADS: Final[frozenset[str]] = frozenset(
    {"mission", "effort", "bid", "attempt", "initiative", "campaign", "operation"}
)

# Verbs whose object decides whether they are events at all ("lost 1,000 soldiers" yes, "lost the vote" no).
OBJECT_REQUIRED: Final[dict[str, frozenset[str]]] = {
    "lose": frozenset({"soldier", "troop", "man", "fighter", "equipment", "tank", "vehicle", "aircraft", "plane",
                       "helicopter", "drone", "position", "village", "settlement", "town", "city", "ground",
                       "territory", "life", "personnel", "ship", "warship", "gun", "artillery"}),
    "fire": frozenset({"missile", "rocket", "shell", "round", "shot", "bullet", "gas", "drone", "mortar"}),
    "hit": frozenset(),  # any object: "a missile hit the station"; a subject is required instead
    "send": frozenset({"aid", "troop", "weapon", "food", "supply", "medicine", "help", "ammunition", "tank",
                       "fighter", "jet", "missile", "money", "doctor", "team", "convoy", "shipment", "assistance",
                       "arm", "relief", "material", "equipment", "peacekeeper", "soldier", "aircraft",
                       "warship", "warplane", "ship", "vessel", "force", "unit"}),
    "contribute": frozenset({"troop", "soldier", "aid", "money", "fund", "peacekeeper", "assistance", "force"}),
    "provide": frozenset({"aid", "weapon", "food", "supply", "medicine", "help", "ammunition", "shelter",
                          "assistance", "support", "fund", "funding", "loan", "money", "equipment", "asylum",
                          "intelligence", "photograph", "information", "training", "arm", "relief"}),
    "give": frozenset({"grant", "aid", "loan", "money", "assistance", "credit", "asylum", "weapon", "arm", "help",
                       "fund", "funding", "relief", "shelter"}),
    "grant": frozenset({"asylum", "aid", "loan", "credit", "visa", "assistance", "refuge", "amnesty", "pardon",
                        "clemency", "autonomy", "concession", "access"}),
    "pay": frozenset({"compensation", "reparation", "damages"}),
    "halt": frozenset({"aid", "mediation", "talk", "delivery", "cooperation", "trade", "flight", "supply", "export",
                       "import", "negotiation", "shipment", "assistance", "funding", "payment", "contact", "entry",
                       "firing", "fighting", "attack", "offensive", "operation"}),
    "cut": frozenset({"aid", "tie", "relation", "supply", "funding", "assistance", "export", "import", "trade",
                      "link", "contact", "power", "water", "electricity", "internet"}),
    "reduce": frozenset({"supply", "aid", "presence", "staff", "funding", "assistance", "trade", "delivery"}),
    "end": frozenset({"mediation", "cooperation", "aid", "talk", "relation", "mission", "support", "assistance",
                      "membership", "presence"}),
    "cancel": frozenset({"visit", "meeting", "talk", "trip", "summit", "negotiation", "session", "tour"}),
    "impose": frozenset({"blockade", "curfew", "restriction", "ban", "law", "emergency", "closure", "siege",
                         "lockdown", "censorship", "blackout", "sanction", "embargo", "tariff", "penalty"}),
    "reimpose": frozenset({"blockade", "curfew", "restriction", "ban", "law", "emergency", "closure", "siege",
                           "lockdown", "sanction", "embargo", "tariff"}),
    "extend": frozenset({"curfew", "restriction", "ban", "blockade", "siege", "emergency", "lockdown", "closure",
                         "law"}),
    "deny": frozenset({"entry", "access", "request", "visa", "permission", "allocation", "application", "asylum",
                       "permit", "admission", "landing", "passage", "bail", "appeal"}),
    "dismiss": frozenset({"appeal", "call", "proposal", "offer", "demand", "plan", "request", "ultimatum"}),
    "seek": frozenset({"asylum", "refuge", "help", "aid", "support", "talk", "meeting", "release", "extradition",
                       "compensation", "clarification", "assistance", "ceasefire", "dialogue", "protection"}),
    "establish": frozenset({"tie", "relation"}),
    "restore": frozenset({"tie", "relation"}),
    "approve": frozenset({"loan", "grant", "aid", "assistance", "credit", "funding", "disbursement", "bailout"}),
    "drop": frozenset({"demand", "condition", "precondition", "objection", "opposition", "charge", "veto",
                       "insistence"}),
    "share": frozenset({"intelligence", "information", "data"}),
    "retaliate": frozenset(),
    "turn": frozenset(),  # "turned down an invitation": checked in the coder (the particle)
    "bar": frozenset(),  # "barred the candidate from running": checked in the coder (a "from" phrase)
    "open": frozenset({"border", "crossing", "corridor", "bridge", "checkpoint", "port"}),
    "receive": frozenset({"observer", "inspector", "monitor", "peacekeeper"}),
    "allow": frozenset(),  # checked in the coder: third parties let in (ACCESS_GRANTED), or "allow X to ..."
    "deliver": frozenset({"aid", "weapon", "food", "supply", "medicine", "help", "ammunition", "assistance",
                          "system", "tank", "missile", "aircraft", "jet", "vehicle", "equipment", "arm", "shell"}),
    "supply": frozenset({"aid", "weapon", "food", "ammunition", "missile", "arm", "equipment", "fuel", "system",
                         "tank", "drone", "shell"}),
    "hand": frozenset({"hostage", "prisoner", "body", "detainee", "captive", "soldier", "weapon", "fighter",
                       "suspect", "militant", "fugitive"}),
    "throw": frozenset({"grenade", "device", "stone", "rock", "bomb", "cocktail", "molotov", "explosive"}),
    "use": frozenset({"cannon", "gas", "force", "bullet", "ammunition", "weapon", "baton", "grenade", "round"}),
    "close": frozenset({"airspace", "embassy", "consulate", "mission", "office", "border", "crossing"}),
    "launch": frozenset({"drone", "missile", "rocket", "attack", "strike", "offensive", "assault", "raid",
                         "operation", "incursion", "barrage", "bombardment", "airstrike", "bomb", "shell"}),
    "seize": frozenset({"village", "town", "city", "settlement", "position", "control", "territory", "base",
                        "airport", "hill", "district", "area", "building", "port", "bridge", "crossing"}),
    "free": frozenset({"prisoner", "hostage", "detainee", "captive", "soldier", "people", "civilian", "activist"}),
    "release": frozenset({"prisoner", "hostage", "detainee", "captive", "soldier", "people", "civilian",
                          "activist", "journalist", "man", "woman", "fund", "asset"}),
    "exchange": frozenset({"prisoner", "hostage", "body", "captive", "soldier"}),
    "reach": frozenset(),  # "reinforcements had reached the city": only with a military subject
    "move": frozenset(),  # "we will move to other cities": only with a military subject
    "advance": frozenset(),
    "back": frozenset(),
    "order": frozenset(),
    "press": frozenset(),
    "call": frozenset(),
    "mass": frozenset({"troop", "force", "soldier", "tank", "unit"}),
    "block": frozenset({"road", "access", "border", "crossing", "aid", "convoy", "website", "internet", "route",
                        "street", "highway", "traffic", "transport", "entrance", "bridge", "port",
                        # blocked decisions (REJECT, see the coder)
                        "adoption", "approval", "resolution", "bill", "proposal", "package", "decision",
                        "nomination", "appointment", "deal", "sale"}),
    "target": frozenset(),
    "down": frozenset({"drone", "plane", "aircraft", "helicopter", "jet", "missile"}),
    "station": frozenset({"troop", "soldier", "force", "missile", "weapon", "unit"}),
    "freeze": frozenset({"asset", "account", "fund", "aid", "talk", "relation"}),
    "recall": frozenset({"ambassador", "envoy", "diplomat"}),
    "suspend": frozenset({"aid", "talk", "relation", "cooperation", "flight", "trade", "membership", "mission",
                          "export", "import", "deal", "agreement", "delivery", "shipment", "operation",
                          "activity", "assistance", "funding", "payment", "negotiation", "broadcaster",
                          "newspaper", "channel", "station", "outlet", "website", "licence", "license", "media"}),
    "lift": frozenset({"curfew", "ban", "sanction", "restriction", "blockade", "siege", "embargo", "state",
                       "emergency", "measure", "closure", "lockdown", "suspension"}),
    "ease": frozenset({"curfew", "ban", "sanction", "restriction", "blockade", "siege", "embargo", "measure",
                       "emergency", "control"}),
}  # fmt: skip

# Verbs that are events only when their subject is a fighting or security force ("units moved").
MILITARY_SUBJECT_REQUIRED: Final[frozenset[str]] = frozenset(
    {"move", "reach", "advance", "station", "hit", "push"}
)

# Subjects and objects that make a movement military ("a drone hit", "moving thousands of troops").
MILITARY_NOUNS: Final[frozenset[str]] = frozenset(
    {"troop", "soldier", "force", "unit", "tank", "vehicle", "warship", "drone", "missile", "rocket", "shell",
     "bomb", "warplane", "jet", "artillery", "strike", "airstrike", "reinforcement", "fighter", "militant",
     "rebel", "army", "aircraft", "helicopter", "brigade", "battalion", "convoy", "column", "projectile"}
)  # fmt: skip

# Noun triggers that need a military context word nearby ("fire of the artillery", not "a fire broke out").
NOUN_CONTEXT_REQUIRED: Final[dict[str, frozenset[str]]] = {
    "fire": frozenset({"artillery", "mortar", "tank", "sniper", "gun", "machine", "heavy", "rocket", "open", "opened",
                       "exchange", "exchanged", "under", "return", "returned", "friendly", "cross"}),
    "strike": frozenset({"air", "drone", "missile", "rocket", "artillery", "military", "retaliatory", "deadly",
                         "killed", "kill", "precision", "israeli", "russian", "ukrainian", "us", "u.s."}),
    "bomb": frozenset({"aviation", "dropped", "drop", "car", "roadside", "under", "aerial", "exploded", "planted"}),
    "call": frozenset({"ceasefire", "truce", "talks", "dialogue", "release", "resignation", "calm", "restraint"}),
    "deal": frozenset({"ceasefire", "peace", "truce", "prisoner", "exchange", "signed", "reached", "agreed"}),
    "convoy": frozenset({"aid", "humanitarian", "relief", "food", "medical"}),
    "march": frozenset({"protest", "protesters", "thousands", "demonstrators", "rally", "supporters", "opposition"}),
    "rally": frozenset({"protest", "protesters", "demonstrators", "against", "anti", "opposition", "demanding"}),
    "exercise": frozenset({"joint", "military", "naval", "army", "troops", "war", "live-fire", "warships", "air"}),
    "game": frozenset({"war"}),
    "manoeuvre": frozenset({"joint", "military", "naval", "army", "troops", "war", "live-fire", "warships"}),
    "maneuver": frozenset({"joint", "military", "naval", "army", "troops", "war", "live-fire", "warships"}),
    "drill": frozenset({"military", "snap", "army", "naval", "troops", "live-fire", "war"}),
    "threat": frozenset({"issued", "made", "carried", "renewed", "repeated", "veiled", "explicit", "issue", "make"}),
    "ban": frozenset({"impose", "imposed", "announce", "announced", "introduce", "introduced", "new", "enforce",
                      "issued", "slapped", "ordered"}),
    "alert": frozenset({"troops", "forces", "army", "military", "police", "soldiers", "high", "combat"}),
    "patrol": frozenset({"police", "troops", "soldiers", "army", "military", "paramilitary", "naval", "security",
                        "joint", "warships", "border"}),
    "sabotage": frozenset({"cable", "pipeline", "line", "railway", "rail", "grid", "infrastructure", "plant",
                           "bridge", "power", "gas", "undersea", "network"}),
    "sharing": frozenset({"intelligence"}),
    "warrant": frozenset({"arrest"}),
}  # fmt: skip

# Verbs whose object is verbal support ("expressed their full support for"); other "support" is not coded.
SUPPORT_EXPRESSIONS: Final[frozenset[str]] = frozenset(
    {"express", "voice", "reiterate", "reaffirm", "declare", "affirm", "signal", "pledge", "offer"}
)
# Heads of "open to talks", "ready for negotiations": willingness to talk is an offer (AGREE).
WILLING_ADJECTIVES: Final[frozenset[str]] = frozenset({"open", "ready", "willing", "prepared", "committed"})
# Labels that make "called X Y" disapproval (the manual's ACCUSE: criticise, defame, denigrate):
# "called the ban an attack on democracy", "called the ruling politically motivated".
DISPARAGING_LABELS: Final[frozenset[str]] = frozenset(
    {"provocative", "provocation", "motivated", "attack", "attempt", "ploy", "illegal", "unlawful",
     "illegitimate", "absurd", "unacceptable", "outrageous", "violation", "crime", "criminal", "aggression",
     "terrorism", "terrorist", "lie", "liar", "propaganda", "farce", "sham", "coup", "interference",
     "meddling", "blackmail", "hostile", "irresponsible", "dangerous", "reckless", "baseless", "unfounded",
     "false", "fabricated", "insult", "insulting", "offensive", "disgrace", "disgraceful", "shameful",
     "racist", "hypocritical", "genocide", "massacre", "betrayal", "stupid", "useless", "crazy", "mistake",
     "pathetic", "divisive", "arbitrary", "unfit", "threat", "destabilizing", "destabilising", "escalation",
     "piracy", "theft", "harassment", "persecution", "repression", "witch-hunt", "vendetta", "slander",
     "smear", "hoax", "fraud", "corrupt", "corruption", "disaster", "failure", "shameless", "cynical",
     "unjust", "unjustified", "hysteria", "nonsense", "aggressive", "extremist", "fascist", "dictator",
     "dictatorship", "regime", "occupation", "invasion", "blow", "revolution", "abuse"}
)  # fmt: skip
# Destinations that make sending forces a deployment (MOBILIZE), not military aid to a recipient.
DEPLOYMENT_PLACES: Final[frozenset[str]] = frozenset(
    {"border", "frontier", "region", "area", "zone", "front", "coast", "strait", "sea", "island", "line",
     "waters", "province", "state", "city", "capital", "streets"}
)  # fmt: skip
# Whom a state hands over to another state in judicial cooperation (COOPERATE), not captives (RETREAT).
SUSPECTS: Final[frozenset[str]] = frozenset({"suspect", "fighter", "militant", "fugitive", "member"})

# Words in a sentence that make a "strike" a labour protest, not an attack: who strikes and over
# what. Not "general" or "staff" ("the general staff said the strikes had destroyed depots").
LABOUR_STRIKE_WORDS: Final[frozenset[str]] = frozenset(
    {"worker", "union", "labour", "labor", "teacher", "doctor", "nurse", "miner", "driver", "wage", "employee",
     "walkout", "docker", "dockworker", "salary", "pension", "employer"}
)  # fmt: skip
# Modifiers of the noun itself that make it a labour or hunger strike ("a general strike").
LABOUR_STRIKE_MODIFIERS: Final[frozenset[str]] = frozenset(
    {"general", "hunger", "indefinite", "nationwide", "national", "labour", "labor", "wildcat", "warning",
     "sympathy", "rail", "transport", "teacher", "doctor", "nurse", "worker", "union", "day", "hour"}
)  # fmt: skip
# A source asking not to be named is no request, nor one declining to give a name a refusal:
# "asked not to be identified", "declined to be named", "requested anonymity", "declined to give
# his name". The verbs of being named, and the nouns a source withholds.
NAMING_VERBS: Final[frozenset[str]] = frozenset({"name", "identify", "quote", "cite"})
IDENTITY_NOUNS: Final[frozenset[str]] = frozenset({"name", "identity", "surname", "anonymity", "full"})
# Modifiers that make a "strike" a military one ("air strikes", "a Russian missile strike").
MILITARY_STRIKE_MODIFIERS: Final[frozenset[str]] = frozenset(
    {"air", "drone", "missile", "rocket", "artillery", "military", "naval", "retaliatory", "precision",
     "preemptive", "pre-emptive", "aerial", "surgical", "nuclear", "deadly", "fatal", "lethal", "cruise",
     "ballistic", "airstrike"}
)  # fmt: skip

# Attack modes told by the weapon named near the trigger.
WEAPON_MODES: Final[dict[str, str]] = {
    "drone": "drone", "uav": "drone", "shahed": "drone", "aviation": "aerial", "aircraft": "aerial",
    "airstrike": "aerial", "air": "aerial", "jet": "aerial", "helicopter": "aerial", "warplane": "aerial",
    "artillery": "heavy-weapons", "mortar": "heavy-weapons", "rocket": "heavy-weapons", "missile": "heavy-weapons",
    "tank": "heavy-weapons", "shelling": "heavy-weapons", "howitzer": "heavy-weapons", "grad": "heavy-weapons",
    "gun": "firearms", "rifle": "firearms", "gunman": "firearms", "sniper": "firearms", "bullet": "firearms",
    "ied": "explosives", "landmine": "explosives", "mine": "explosives", "grenade": "explosives",
    "bomber": "suicide-attack", "suicide": "suicide-attack", "knife": "primitive", "machete": "primitive",
    "tear": "crowd-control", "cannon": "crowd-control", "rubber": "crowd-control",
}  # fmt: skip

# What a number next to an event counts, by the word that governs it.
QUANTITY_ROLES: Final[dict[str, str]] = {
    "kill": "killed", "die": "killed", "dead": "killed", "death": "killed", "body": "killed", "killing": "killed",
    "fatality": "killed", "life": "killed", "execute": "killed", "massacre": "killed",
    "wound": "wounded", "injure": "wounded", "wounded": "wounded", "injured": "wounded", "injury": "wounded",
    "hurt": "wounded", "casualty": "casualties", "lose": "casualties", "loss": "casualties",
    "capture": "captured", "liberate": "captured", "seize": "captured", "take": "captured", "recapture": "captured",
    "occupy": "captured", "arrest": "detained", "detain": "detained", "jail": "detained", "imprison": "detained",
    "abduct": "abducted", "kidnap": "abducted", "displace": "displaced", "flee": "displaced", "evacuate": "evacuated",
    "release": "released", "free": "released", "exchange": "released", "shoot": "downed", "down": "downed",
    "intercept": "downed", "destroy": "destroyed", "protester": "participants", "demonstrator": "participants",
}  # fmt: skip

UNIT_ROLES: Final[dict[str, str]] = {
    "settlement": "settlements", "village": "settlements", "town": "settlements", "city": "settlements",
    "tank": "equipment", "vehicle": "equipment", "equipment": "equipment", "drone": "equipment",
    "missile": "equipment", "aircraft": "equipment", "helicopter": "equipment", "artillery": "equipment",
    "prisoner": "prisoners", "hostage": "prisoners", "pow": "prisoners", "soldier": "personnel",
    "troop": "personnel", "fighter": "personnel", "protester": "participants", "demonstrator": "participants",
}  # fmt: skip

# Future actions become verbal categories (PLOVER manual: "Potential ambiguities" under AGREE, CONCEDE).
FUTURE_CATEGORY: Final[dict[str, str]] = {
    "ASSAULT": "THREATEN", "COERCE": "THREATEN", "MOBILIZE": "THREATEN", "SANCTION": "THREATEN",
    "CONSULT": "AGREE", "SUPPORT": "AGREE", "COOPERATE": "AGREE", "AID": "AGREE", "RETREAT": "CONCEDE",
    "PROTEST": "THREATEN",
}  # fmt: skip

# THREATEN mode from what the threatened action would be.
THREAT_MODES: Final[dict[str, str]] = {
    "ASSAULT": "violence",
    "MOBILIZE": "territory",
    "COERCE": "arrest",
    "SANCTION": "relations",
    "PROTEST": "restrict",
}

# PLOVER contexts told by words in the event's paragraph (a small, conservative subset of the manual's table).
CONTEXT_WORDS: Final[dict[str, frozenset[str]]] = {
    "election": frozenset({"election", "elections", "vote", "voters", "ballot", "polling", "campaign", "pseudo-elections"}),
    "migration": frozenset({"refugee", "refugees", "displaced", "migrants", "migrant", "asylum"}),
    "military": frozenset({"army", "troops", "military", "soldiers", "artillery", "brigade", "airstrike"}),
    "economic": frozenset({"wage", "wages", "inflation", "economy", "tariff", "tariffs", "trade", "budget", "levy"}),
    "legal": frozenset({"court", "judge", "trial", "prosecutor", "verdict", "lawsuit", "tribunal"}),
    "terrorism": frozenset({"terrorist", "terrorism", "jihadist", "jihadists"}),
    "human_security": frozenset({"famine", "hunger", "food", "water", "shelter"}),
    "health": frozenset({"hospital", "epidemic", "outbreak", "cholera", "vaccine"}),
    "diplomatic": frozenset({"ambassador", "embassy", "diplomat", "diplomats", "envoy", "talks"}),
}  # fmt: skip

# Violence words: an ambiguous trigger ("attack", "hit", "beat", "kill") is an ASSAULT only when one
# of these is in its sentence; political news "attacks" rivals and "kills" bills.
VIOLENCE_WORDS: Final[frozenset[str]] = frozenset(
    {"killed", "kill", "killing", "dead", "death", "deaths", "wounded", "injured", "casualties", "troops", "forces",
     "soldiers", "soldier", "army", "military", "militants", "militant", "rebels", "rebel", "fighters", "gunmen",
     "gunman", "police", "drone", "drones", "missile", "missiles", "rocket", "rockets", "shell", "shells", "shelling",
     "bomb", "bombs", "bombing", "artillery", "airstrike", "airstrikes", "strikes", "explosion", "explosives",
     "weapons", "weapon", "gun", "guns", "rifle", "civilians", "village", "villages", "town", "positions", "front",
     "offensive", "war", "battle", "attacked", "militia", "insurgents", "jihadists", "terrorists", "hostages",
     "aviation", "tanks", "tank", "convoy", "checkpoint", "border", "settlements", "liberated", "occupied",
     "regiment", "brigade", "battalion", "legion", "corps", "units", "volunteers", "formations", "guerrillas",
     "explosive", "servicemen", "serviceman", "sniper", "snipers", "mortar", "mortars", "grenade", "warplanes"}
)  # fmt: skip

# Triggers that need violence words to be an ASSAULT; the verbal ones become ACCUSE without them.
AMBIGUOUS_ASSAULT: Final[frozenset[str]] = frozenset(
    {"attack", "hit", "strike", "target", "fire", "fight", "beat", "destroy", "storm", "capture",
     "seize", "invade", "advance", "clash", "lose", "raid", "blow", "down", "repel", "shoot", "burn", "torch",
     "occupy", "liberate", "assault", "offensive", "fighting", "gun"}
)  # fmt: skip
VERBAL_ATTACKS: Final[frozenset[str]] = frozenset({"attack", "hit", "target", "fire", "assault", "slam"})
# Subjects that make "hit"/"attack" a physical blow ("the strike hit the second floor"), whatever the
# sentence's other words: munitions and strikes do not criticise.
MUNITION_NOUNS: Final[frozenset[str]] = frozenset(
    {"strike", "airstrike", "missile", "rocket", "shell", "shelling", "drone", "bomb", "bombing", "artillery",
     "mortar", "projectile", "grenade", "munition", "explosive", "barrage", "salvo", "torpedo", "mine"}
)  # fmt: skip
# Objects that make "hit"/"attack"/"target" physical ("hit the second floor of the building", "targeted
# a fuel depot"); besides PLACE_NOUNS. Politicians attack rivals, plans and records, not floors.
PHYSICAL_OBJECTS: Final[frozenset[str]] = frozenset(
    {"floor", "roof", "wall", "house", "home", "apartment", "flat", "tower", "block", "vehicle", "car", "bus",
     "truck", "lorry", "train", "convoy", "ship", "vessel", "tanker", "boat", "aircraft", "plane", "helicopter",
     "target", "depot", "warehouse", "substation", "station", "pipeline", "tent", "shelter", "clinic", "ambulance",
     "infrastructure", "installation", "headquarters", "post", "barracks", "runway", "tank", "power", "grid"}
)  # fmt: skip
# Particles that keep "hit" verbal: "hit out at critics", "hit back at the opposition".
VERBAL_HIT_PARTICLES: Final[frozenset[str]] = frozenset({"out", "back"})

# Words that make a warning a threat rather than a forecast ("warned it would retaliate").
THREAT_WORDS: Final[frozenset[str]] = frozenset(
    {"retaliate", "retaliation", "respond", "response", "force", "war", "sanction", "sanctions", "consequences",
     "punish", "punishment", "arrest", "military", "action", "measures", "attack", "strike", "strikes", "expel",
     "cut", "suspend", "withdraw", "destroy", "annihilate", "crush", "wipe", "invade", "occupy", "seize",
     "nuclear", "blockade", "ban", "prosecute", "paid", "fire", "dismiss", "close", "fighting", "violence",
     "conflict", "clashes", "harshly", "severe", "reprisals", "revenge", "tolerate", "countermeasure",
     "countermeasures"}
)  # fmt: skip

# Objects that make "kill"/"wound" figurative ("killed the bill").
INANIMATE_OBJECTS: Final[frozenset[str]] = frozenset(
    {"bill", "deal", "plan", "idea", "proposal", "measure", "legislation", "chance", "hope", "momentum", "story",
     "amendment", "project", "program", "programme", "time", "campaign", "deadline", "pride", "economy"}
)  # fmt: skip

# Adjectives and verbs whose infinitive complement is an intention, not a fact ("ready to host").
INTENT_GOVERNORS: Final[frozenset[str]] = frozenset(
    {"willing", "ready", "prepared", "committed", "determined", "set", "poised", "eager", "able", "plan", "intend",
     "vow", "pledge", "promise", "threaten", "swear", "decide", "aim", "prepare", "want", "hope", "expect",
     "agree", "offer", "seek", "propose", "going"}
)  # fmt: skip

# What "accept" commits to, by object: a concession, an agreement.
ACCEPT_CONCESSIONS: Final[frozenset[str]] = frozenset(
    {"demand", "condition", "request", "call", "resignation"}
)

# Non-military resources whose withdrawal is SANCTION `withdraw', not RETREAT (manual, SANCTION modes).
NON_MILITARY_STAFF: Final[frozenset[str]] = frozenset(
    {"peacekeeper", "observer", "monitor", "diplomat", "ambassador", "envoy", "staff", "inspector",
     "delegation", "mediator", "embassy", "aid", "volunteer"}
)  # fmt: skip
# Bodies and processes one withdraws from: leaving them reduces relations (SANCTION `withdraw').
WITHDRAWN_FROM: Final[frozenset[str]] = frozenset(
    {"talk", "negotiation", "organization", "organisation", "treaty", "agreement", "deal", "alliance",
     "mediation", "council", "pact", "accord", "process", "coalition", "court", "convention", "bloc",
     "commission", "league", "union", "dialogue", "membership", "mission", "forum", "conference"}
)  # fmt: skip
# Places "forced out of" that are not a territory: leaving office is no expulsion.
OFFICES: Final[frozenset[str]] = frozenset(
    {"office", "power", "post", "job", "position", "race", "government"}
)
# What an order to stop publishing or broadcasting silences (COERCE `censor').
MEDIA_NOUNS: Final[frozenset[str]] = frozenset(
    {"newspaper", "paper", "publication", "broadcast", "broadcasting", "broadcaster", "station", "channel",
     "magazine", "outlet", "website", "radio", "television", "daily", "weekly", "programme", "program"}
)  # fmt: skip

# Whom one "holds" in custody (its direct object); holding talks, elections or ground is no detention.
HELD_PEOPLE: Final[frozenset[str]] = frozenset(
    {"civilian", "refugee", "prisoner", "detainee", "protester", "demonstrator", "activist", "journalist",
     "people", "suspect", "dissident", "opponent", "hostage", "captive", "worker", "student", "villager",
     "resident", "passenger", "foreigner", "national", "migrant", "crew", "sailor"}
)  # fmt: skip
# Compounds that make a trigger noun a document, not an act ("a press release").
NOT_ACT_COMPOUNDS: Final[dict[str, frozenset[str]]] = {"release": frozenset({"press", "news"})}
# Third parties whose entry an actor allows: RETREAT `access' (manual: "allowing the entry of observers,
# peacekeepers, or humanitarian workers").
ACCESS_GRANTED: Final[frozenset[str]] = frozenset(
    {"observer", "inspector", "monitor", "peacekeeper", "aid", "access", "entry", "convoy", "truck",
     "worker", "journalist", "mediator", "delegation", "investigator"}
)  # fmt: skip

# Event places. Prepositions that put an act somewhere ("in", "near", "off the coast", "across the
# Gaza Strip"); "to" does only after a movement ("deployed troops to Upper Nile state", "a visit to
# Odesa"), not after "linked" or "deliver" (a partner, a recipient).
LOCATIVE_PREPOSITIONS: Final[frozenset[str]] = frozenset(
    {"in", "at", "near", "off", "outside", "inside", "across", "around", "on", "into", "over", "along",
     "through", "throughout", "within", "from", "onto", "beyond", "behind", "under", "upon", "opposite",
     "past", "via", "west", "east", "north", "south", "nearby"}
)  # fmt: skip
MOVEMENT_WORDS: Final[frozenset[str]] = frozenset(
    {"send", "deploy", "redeploy", "move", "dispatch", "fly", "travel", "return", "advance", "push", "transfer",
     "flee", "evacuate", "relocate", "march", "sail", "head", "visit", "trip", "journey", "mission", "arrive",
     "extend", "spread"}
)  # fmt: skip
# Nouns that name a place ("the village of X", "Ukrainian cities").
PLACE_NOUNS: Final[frozenset[str]] = frozenset(
    {"city", "town", "village", "region", "province", "state", "district", "area", "county", "capital",
     "territory", "port", "island", "coast", "border", "municipality", "settlement", "camp", "neighbourhood",
     "neighborhood", "suburb", "outskirts", "countryside", "oblast", "governorate", "valley", "prefecture", "department", "republic", "enclave", "strip", "zone", "front", "position", "base",
     "waters", "sea", "gulf", "strait", "river", "lake", "prison", "airport", "mountain", "hill", "desert",
     "hospital", "school", "market", "embassy", "consulate", "parliament", "square", "street", "road",
     "bridge", "checkpoint", "crossing", "refinery", "plant", "facility", "building", "compound", "mosque",
     "church", "university", "stadium", "harbour", "harbor", "shoal", "reef", "township", "commune",
     "hamlet", "quarter", "locality", "canton", "raion", "emirate", "archipelago"}
)  # fmt: skip
# Acts that happen at their object ("seized Rubaya", "shelled Kharkiv", "Kharkiv was shelled");
# the object of other acts is a party ("accused Kyiv", "urged Israel", "met Macron").
PLACE_TAKING_ACTS: Final[frozenset[str]] = frozenset({"ASSAULT", "MOBILIZE", "PROTEST", "COERCE"})
# Verbs whose "of" names an act of the one accused ("accused Kyiv of targeting civilians").
ACCUSING_VERBS: Final[frozenset[str]] = frozenset(
    {"accuse", "suspect", "convict", "charge", "acquit", "clear"}
)
# Nouns a place name modifies without being where something happens ("EU membership talks").
ABSTRACT_HEADS: Final[frozenset[str]] = frozenset(
    {"membership", "war", "conflict", "crisis", "deal", "agreement", "policy", "issue", "question", "accord",
     "process", "plan", "file", "dossier", "envoy", "delegation", "relations", "ties", "bid"}
)  # fmt: skip
