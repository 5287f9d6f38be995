"""Word lists the analysis rules use, kept as typed data in one place.

Sources: the reporting-verb inventory follows Krestel, Bergler & Witte (2008), "Minding the
Source", extended with the predicates PolNeAR's guidelines count as attribution cues (Newell et al.
2018); group and government head nouns are from reading wire copy (Reuters, AP, AFP, Ukrinform).
"""

from __future__ import annotations

from typing import Final

# Lemmas of verbs that introduce reported content. Value: the modality the cue itself implies.
SPEECH_CUES: Final[dict[str, str]] = {
    "say": "asserted",
    "state": "asserted",
    "tell": "asserted",
    "note": "asserted",
    "announce": "asserted",
    "add": "asserted",
    "declare": "asserted",
    "report": "asserted",
    "write": "asserted",
    "post": "asserted",
    "confirm": "asserted",
    "explain": "asserted",
    "insist": "asserted",
    "argue": "asserted",
    "assert": "asserted",
    "maintain": "asserted",
    "stress": "asserted",
    "emphasise": "asserted",
    "emphasize": "asserted",
    "acknowledge": "asserted",
    "admit": "asserted",
    "reveal": "asserted",
    "disclose": "asserted",
    "recall": "asserted",
    "repeat": "asserted",
    "reiterate": "asserted",
    "tweet": "asserted",
    "testify": "asserted",
    "inform": "asserted",
    "observe": "asserted",
    "point": "asserted",  # "pointed out"
    "conclude": "asserted",
    "find": "asserted",  # "the report found that"
    "show": "asserted",  # "the data showed that"
    "accuse": "asserted",
    "blame": "asserted",
    "describe": "asserted",
    "comment": "asserted",
    "remark": "asserted",
    "mention": "asserted",
    "answer": "asserted",
    "reply": "asserted",
    "respond": "asserted",
    "continue": "asserted",  # '"...," he continued.'
    "boast": "asserted",
    "brag": "asserted",
    "complain": "asserted",
    "protest": "asserted",
    "concede": "asserted",
    "agree": "asserted",
    "claim": "asserted",
    "allege": "asserted",
    "suggest": "hedged",
    "believe": "hedged",
    "estimate": "hedged",
    "speculate": "hedged",
    "predict": "future",
    "think": "hedged",
    "suspect": "hedged",
    "hope": "future",
    "expect": "future",
    "deny": "denied",
    "reject": "denied",
    "dismiss": "denied",
    "refute": "denied",
    "dispute": "denied",
    "warn": "future",
    "threaten": "future",
    "vow": "future",
    "pledge": "future",
    "promise": "future",
    "ask": "question",
    "wonder": "question",
    "urge": "future",
    "call": "future",  # "called on X to ..."
    "demand": "future",
    "appeal": "future",
    # Manner of speaking and writing ("yelled that", "recited the pledge", "emailed supporters").
    "exclaim": "asserted",
    "utter": "asserted",
    "recite": "asserted",
    "email": "asserted",
    "confess": "asserted",
    "interject": "asserted",
    "bemoan": "asserted",
    "yell": "asserted",
    "bark": "asserted",
    "chant": "asserted",
    "quote": "asserted",
    "articulate": "asserted",
    "document": "asserted",
    "joke": "asserted",  # '"...," she joked', "joked that"
    "proclaim": "asserted",
    "opine": "hedged",
    "scoff": "asserted",  # '"...," she scoffed'
}

# Verbs that report only with a clause ("ruled that", "charged that", "held that"): their objects
# are no statements ("held talks", "charged him with", "ruled the country").
CLAUSE_CUES: Final[dict[str, str]] = {
    "charge": "asserted", "rule": "asserted", "hold": "asserted", "determine": "asserted",
    "contend": "asserted", "counter": "asserted", "retort": "asserted", "quip": "asserted",
    "muse": "hedged", "posit": "hedged", "reason": "asserted", "recount": "asserted",
    "clarify": "asserted", "specify": "asserted", "stipulate": "asserted", "hint": "hedged",
    "forecast": "future", "guarantee": "future", "swear": "asserted", "lament": "asserted",
    "regret": "asserted", "grumble": "asserted", "object": "asserted", "wager": "hedged",
    "discover": "asserted", "prove": "asserted", "demonstrate": "asserted", "establish": "asserted",
    "caution": "future", "concur": "asserted", "theorize": "hedged", "surmise": "hedged",
    # an analyst's judgement ("the Institute for the Study of War assessed that …")
    "assess": "hedged", "judge": "hedged",
}  # fmt: skip

# Speech verbs whose bare noun object is no statement ("added Nebraska to the map", "maintains a
# lead", "continued the tour"): they report with a clause or a quotation only, like CLAUSE_CUES.
NO_OBJECT_SPEECH_CUES: Final[frozenset[str]] = frozenset({"add", "maintain", "continue"})

# Verbs of thought and perception that report a belief when they take a clause ("knows that").
COGNITION_CUES: Final[dict[str, str]] = {
    "know": "asserted", "see": "asserted", "understand": "asserted", "realize": "asserted",
    "realise": "asserted", "recognize": "asserted", "recognise": "asserted", "learn": "asserted",
    "hear": "asserted", "notice": "asserted", "feel": "hedged", "worry": "hedged", "fear": "hedged",
    "consider": "hedged", "doubt": "hedged", "assume": "hedged", "guess": "hedged", "reckon": "hedged",
    "imagine": "hedged", "sense": "hedged", "bet": "hedged", "figure": "hedged", "agree": "asserted",
}  # fmt: skip

# Cues of a private state (thinking, wanting, liking) rather than an act of speech: "said she was tired
# and wanted a change" reports the wanting inside what was said.
PRIVATE_STATE_CUES: Final[frozenset[str]] = frozenset(
    {"think", "believe", "suspect", "hope", "expect", "estimate", "speculate", "wonder", "want", "wish",
     "plan", "intend", "decide", "worry", "fear", "feel", "know", "understand", "support", "favor",
     "favour", "like", "prefer", "admire", "agree", "continue"}
)  # fmt: skip

# Verbs that state a view of something only with "X as Y" ("sees Clinton as the stronger candidate",
# "regards the city as its capital", "painted him as a liar"); alone their object is no stance.
AS_PREDICATE_CUES: Final[dict[str, str]] = {
    "see": "hedged", "regard": "hedged", "view": "hedged", "consider": "hedged", "perceive": "hedged",
    "remember": "asserted", "portray": "asserted", "paint": "asserted",
    "depict": "asserted", "frame": "asserted", "picture": "hedged",
    "envision": "hedged", "characterize": "asserted", "characterise": "asserted",
    "describe": "asserted", "dismiss": "asserted", "hail": "asserted", "tout": "asserted",
    "bill": "asserted", "peg": "hedged", "cast": "asserted", "tag": "asserted",
}  # fmt: skip

# Verbs whose infinitive complement is the reported intention ("wants to end the war").
INTENTION_CUES: Final[frozenset[str]] = frozenset(
    {"want", "offer", "propose", "plan", "hope", "vow", "pledge", "promise", "intend", "wish", "threaten",
     "urge", "call", "ask", "demand",
     # directives and persuasion: what the speaker wants the other to do ("ordered the city to release",
     # "is trying to persuade voters to back him", "pressured them to stop")
     "order", "request", "convince", "persuade", "pressure", "press", "encourage", "implore", "beg",
     "instruct", "advise"}
)  # fmt: skip

# Verbs that state a stance toward something: what they take as object is what the stance is about
# (PolNeAR counts "backs", "attacked", "endorsed" as attribution cues).
STANCE_CUES: Final[frozenset[str]] = frozenset(
    {"support", "endorse", "criticize", "criticise", "oppose", "question", "defend", "back", "praise",
     "attack", "denounce", "blast", "slam", "condemn", "welcome", "applaud", "hail", "thank",
     "challenge", "mock", "ridicule", "champion", "tout", "embrace", "favor", "favour", "rebuke", "lambast",
     "decry", "fault",
     "credit", "laud", "commend", "chide", "scold", "knock", "bash",
     # verbs of judging (Levin 33): the object is what is judged
     "assail", "rebuff", "rebut", "repudiate", "scorn", "downplay", "extol", "chastise", "lambaste",
     "deride", "disparage", "berate", "castigate", "excoriate", "malign", "smear", "savage", "heckle",
     "boo", "insult", "belittle", "denigrate", "admire", "lampoon", "skewer", "taunt", "pillory",
     "hammer"}
)  # fmt: skip

# More predicates PolNeAR's annotators mark when they take an object: the object is what the
# speaker's stance or statement is about ("discussed the plan", "cited the report", "prefers Sanders").
OBJECT_STANCE_CUES: Final[frozenset[str]] = frozenset(
    {"discuss", "cite", "express", "highlight", "echo", "name", "prefer", "like", "love", "hate",
     "dislike", "recommend", "disavow", "address", "nominate", "remember", "identify", "list",
     "acknowledge", "emphasize", "emphasise", "underscore", "stress", "decry", "lament",
     "trumpet", "promote", "pitch", "unveil", "outline", "detail", "float", "slam",
     "vilify", "dismiss", "reject", "deny", "dispute", "demand", "propose", "predict", "promise",
     "pledge", "vow", "announce", "report", "repeat", "reveal", "disclose", "confirm", "describe",
     "mention", "post", "tweet", "write", "recall", "know", "understand", "recognize", "recognise",
     "fear", "question", "admit", "concede", "answer", "accept", "ask", "call", "label", "brand",
     "dub", "characterize", "characterise", "portray", "refer", "share", "assure", "remind", "imply",
     "compare", "liken", "view", "congratulate", "encourage", "indicate", "deem", "hail", "shout",
     "cheer", "reference", "reaffirm", "tout", "signal", "advocate", "favor", "favour", "want",
     "interpret", "envision", "foresee", "anticipate", "contemplate", "mull", "ponder", "coin",
     "shrug", "brush",
     # acts of invoking, echoing or setting against each other what others said or did ("invoked the
     # civil rights leader", "retweeted the message", "contrasted her record with his")
     "retweet", "proclaim", "contradict", "herald", "attribute", "preach",
     # directives whose object is what is ordered or asked for ("ordered a review", "requested anonymity")
     "order", "request",
     # taking a position on a thing by what one does with it ("justified the raid", "relishes the
     # fight", "vetoed the bill", "judged it a failure")
     "relish", "justify", "judge", "revere", "veto"}
)  # fmt: skip

# Light verbs whose object noun carries the statement or stance ("made the case for", "raised
# questions about", "took a swipe at", "expressed concern that"), with those nouns. Not "launch",
# "mount" or "unleash" (attacks are events), nor "draw" ("drew criticism from X": X is the source).
LIGHT_VERBS: Final[frozenset[str]] = frozenset(
    {"make", "issue", "release", "raise", "express", "take", "voice", "offer", "deliver", "sound",
     "throw", "pay", "post", "put", "give", "lodge", "file", "level", "renew",
     "repeat", "reiterate", "have", "register", "cast"}
)  # fmt: skip
STATEMENT_NOUNS: Final[frozenset[str]] = frozenset(
    {"case", "statement", "comment", "remark", "mention", "criticism", "question", "concern", "swipe",
     "shot", "jab", "dig", "stance", "view", "call", "note", "tribute", "support",
     "endorsement", "allegation", "accusation", "observation", "point", "argument", "claim", "promise",
     "pledge", "threat", "warning", "attack", "defense", "defence", "appeal", "plea", "announcement",
     "message", "letter", "thought", "congratulation", "doubt", "objection", "complaint", "charge",
     "prediction", "assessment", "apology", "denial", "rebuke", "challenge", "demand", "request",
     "proposal", "suggestion", "reference", "praise", "condemnation", "admission", "assurance", "vow",
     "insistence", "opinion", "verdict", "appraisal", "broadside", "salvo", "tirade", "diatribe",
     "critique", "rebuttal", "retort", "response", "reply", "explanation", "testimony", "speech",
     # idioms of taking a side or a shot ("took issue with", "took aim at", "took credit for", "made no
     # secret of", "cast doubt on")
     "issue", "aim", "credit", "exception", "umbrage", "offense", "offence", "secret", "stand", "swing",
     "potshot",
     # feelings voiced ("voiced frustration with", "expressed skepticism about")
     "frustration", "skepticism", "scepticism", "displeasure", "disappointment", "outrage",
     "dismay", "reservation", "misgiving", "approval", "disapproval", "confidence", "optimism",
     "pessimism", "alarm",
     # wishes and commitments stated ("expressed hope that", "expressed interest in", "made a commitment
     # to", "has no intention of")
     "hope", "interest", "regret", "sympathy", "gratitude", "solidarity", "desire", "willingness",
     "reluctance", "intention", "commitment", "preference", "enthusiasm", "appreciation", "fear"}
)  # fmt: skip

# What a poll found is the poll's to say: "In a poll released Monday, most voters backed X" (PolNeAR
# marks the poll as the source and "in" as the cue).
POLL_NOUNS: Final[frozenset[str]] = frozenset({"poll", "survey", "polling"})

# Verbs that report without a source when passive or raising ("is expected to", "it was reported
# that", "seemed to"), with the modality they give what they report.
# Verbs of making known whose agentless passive reports, on no one's word, that its subject was
# made known ("the deal was announced Tuesday", "the price was not disclosed").
DISCLOSURE_CUES: Final[frozenset[str]] = frozenset(
    {"announce", "release", "disclose", "report", "reveal", "confirm", "unveil"}
)

UNSOURCED_CUES: Final[dict[str, str]] = {
    "seem": "hedged", "appear": "hedged", "expect": "future", "report": "hedged", "rumor": "hedged",
    "rumour": "hedged", "say": "hedged", "believe": "hedged", "think": "hedged", "know": "asserted",
    "see": "hedged", "consider": "hedged", "estimate": "hedged", "predict": "future", "project": "future",
    "announce": "asserted", "reveal": "asserted", "confirm": "asserted", "ask": "question",
    "name": "asserted", "call": "asserted", "describe": "asserted", "allege": "hedged",
    "suspect": "hedged", "claim": "hedged",
}  # fmt: skip

# Participles that name a thing by what it is called or judged to be, on no one's word in the text:
# "a method known as fracking", "a book titled 'X'", "the measure, dubbed Y".
NAMING_PARTICIPLES: Final[frozenset[str]] = frozenset({"know", "title", "dub", "nickname", "deem"})

# Verdicts passed on someone in the passive with no one named as passing them ("was declared the
# winner", "is accused of fraud", "was charged with assault", "is widely viewed as a moderate"), with
# the complement that carries the verdict: a predicate ("oprd"), a clause ("ccomp"), or a preposition.
PASSIVE_VERDICT_CUES: Final[dict[str, frozenset[str]]] = {
    "declare": frozenset({"oprd"}), "charge": frozenset({"with"}), "accuse": frozenset({"of"}),
    "view": frozenset({"as"}), "regard": frozenset({"as"}), "portray": frozenset({"as"}),
    "criticize": frozenset({"for", "as"}), "criticise": frozenset({"for", "as"}),
    "blame": frozenset({"for"}), "nominate": frozenset({"as"}), "tell": frozenset({"ccomp"}),
}  # fmt: skip

# Adjectives that state a speaker's belief or stance after a copula ("was critical of", "is confident
# that", "were eager to"), as PolNeAR counts them.
ADJECTIVE_CUES: Final[frozenset[str]] = frozenset(
    {"critical", "confident", "sure", "certain", "convinced", "aware", "clear", "optimistic",
     "pessimistic", "skeptical", "sceptical", "hopeful", "worried", "concerned", "afraid", "fearful",
     "adamant", "insistent", "vocal", "supportive", "opposed", "proud", "happy", "unhappy", "angry",
     "upset", "furious", "frustrated", "disappointed", "pleased", "satisfied", "dissatisfied", "eager",
     "keen", "reluctant", "willing", "unwilling", "determined", "hostile", "sympathetic", "favorable",
     "favourable", "dismissive", "wary", "suspicious", "doubtful", "unsure", "uncertain", "undecided",
     "enthusiastic", "excited", "grateful", "thankful", "sorry", "ashamed", "embarrassed", "outspoken",
     "quick", "careful", "emphatic", "unequivocal", "explicit", "silent", "mum", "quiet",
     # feelings and leanings toward something, with what they are about ("nervous about", "tired of",
     # "intent on", "open to", "comfortable with", "leery of")
     "glad", "nervous", "tired", "intent", "bent", "appreciative", "upbeat", "impassioned", "shocked",
     "scared", "outraged", "ambivalent", "open", "receptive", "resistant", "averse", "amenable", "leery",
     "cautious", "comfortable", "mindful", "cognizant", "bullish", "bearish", "enamored", "fond",
     "contemptuous", "disdainful", "scornful"}
)  # fmt: skip

# Verbs of feeling whose object (or passive subject) is the one who feels and whose subject is
# what the feeling is about ("the remark angered Republicans", "voters were rattled by the attacks"):
# PolNeAR counts the one who feels as the source of a stance on the cause.
EXPERIENCER_VERBS: Final[frozenset[str]] = frozenset(
    {"anger", "enrage", "infuriate", "incense", "outrage", "rattle", "alarm", "frustrate", "disappoint",
     "dismay", "appall", "appal", "horrify", "offend", "annoy", "irk", "irritate", "rile", "trouble",
     "bother", "unnerve", "spook", "disgust", "impress", "delight", "thrill", "please"}
)  # fmt: skip

# Verbs whose object is the person addressed, not what is said ("told him", "warned voters").
ADDRESSEE_CUES: Final[frozenset[str]] = frozenset(
    {"tell", "inform", "ask", "urge", "remind", "assure", "warn", "advise", "encourage",
     "invite", "press", "push", "implore", "beg", "instruct", "direct", "convince", "persuade", "pressure"}
)  # fmt: skip

# Verbs whose noun object is a fact told, not a position taken: "bloggers reported heavy losses",
# "the army claimed the capture of the town", "the governor confirmed three deaths". The object is
# the content of a report (a claim), as a clause would be.
FACT_OBJECT_CUES: Final[frozenset[str]] = frozenset({"report", "claim", "allege", "confirm"})

# Nouns whose denial is a claim of innocence, not a position ("denied any wrongdoing", "denied
# involvement in the attack"), unlike "denied access" or "rejected the levy".
DENIED_FACT_NOUNS: Final[frozenset[str]] = frozenset(
    {
        "wrongdoing",
        "involvement",
        "responsibility",
        "guilt",
        "role",
        "knowledge",
        "participation",
        "complicity",
        "culpability",
        "link",
    }
)

# Verbs whose infinitive reports a decision or a refusal ("refused to comment", "decided to run").
DECISION_CUES: Final[dict[str, str]] = {
    "refuse": "denied", "decline": "denied", "seek": "future", "decide": "future", "choose": "future",
    "aim": "future", "hesitate": "hedged", "prefer": "hedged", "agree": "future", "plan": "future",
    "intend": "future", "pledge": "future",
}  # fmt: skip

# Verbs whose stance object follows a preposition ("voted against", "spoke about"), with those prepositions.
PREPOSITIONAL_STANCE_VERBS: Final[dict[str, frozenset[str]]] = {
    "vote": frozenset({"for", "against"}), "speak": frozenset({"about", "of", "against", "out"}),
    "talk": frozenset({"about", "of"}), "comment": frozenset({"on", "about"}),
    "weigh": frozenset({"in", "on"}),
    # what was written or reported about ("wrote of his years in exile"); not "wrote on Twitter"
    "write": frozenset({"about", "of"}), "report": frozenset({"about"}), "tweet": frozenset({"about"}),
    "campaign": frozenset({"for", "against"}), "argue": frozenset({"for", "against"}),
    "push": frozenset({"for", "on", "against"}),  # "pushed back on"
    "lobby": frozenset({"for", "against"}), "advocate": frozenset({"for"}),
    "rail": frozenset({"against"}), "complain": frozenset({"about", "of"}), "worry": frozenset({"about"}),
    "call": frozenset({"for"}), "ask": frozenset({"for", "about"}), "testify": frozenset({"about"}),
    "joke": frozenset({"about"}), "boast": frozenset({"about", "of"}), "lie": frozenset({"about"}),
    "warn": frozenset({"about", "of", "against"}), "apologize": frozenset({"for"}),
    "apologise": frozenset({"for"}), "press": frozenset({"for"}), "focus": frozenset({"on"}),
    "refer": frozenset({"to"}), "point": frozenset({"to"}), "respond": frozenset({"to", "with", "by"}),
    "side": frozenset({"with"}), "reply": frozenset({"with", "by"}), "hint": frozenset({"at"}),
    "allude": frozenset({"to"}),
    "object": frozenset({"to"}), "insist": frozenset({"on"}), "elaborate": frozenset({"on"}),
    "reflect": frozenset({"on"}), "dwell": frozenset({"on"}), "harp": frozenset({"on"}),
    "reminisce": frozenset({"about"}), "muse": frozenset({"about", "on"}), "brag": frozenset({"about"}),
    "rant": frozenset({"about", "against"}), "fume": frozenset({"about", "over"}),
    "balk": frozenset({"at"}), "vouch": frozenset({"for"}), "plead": frozenset({"for"}),
    "lash": frozenset({"at"}),
    # taking sides, keeping away from a side, arguing with one ("distanced himself from", "sparred
    # over", "acquiesced to", "zeroed in on", "came out against", "opened up about", "stood by")
    "distance": frozenset({"from"}), "spar": frozenset({"with", "over", "on", "about"}),
    "acquiesce": frozenset({"to", "in"}), "zero": frozenset({"on"}), "come": frozenset({"against"}),
    "open": frozenset({"about"}), "scoff": frozenset({"at"}), "preach": frozenset({"about", "on"}),
    "disagree": frozenset({"with", "on", "about", "over"}), "agree": frozenset({"with", "on"}),
    "touch": frozenset({"on", "upon"}),
    "believe": frozenset({"in"}), "pounce": frozenset({"on"}), "caution": frozenset({"against", "about"}),
    "stand": frozenset({"by"}), "double": frozenset({"on"}), "sound": frozenset({"on", "about"}),
    "chime": frozenset({"on", "with"}),
}  # fmt: skip

# Of those, the ones whose to-infinitive is the course urged or chosen ("voted to repeal the law",
# "pushed the party to reject the deal", "lobbied to suspend the rule").
INFINITIVE_STANCE_VERBS: Final[frozenset[str]] = frozenset({"vote", "push", "press", "lobby"})

# Nouns that carry a stance when someone owns them ("Trump's criticism of", "opposition to X by
# Y"); not "support for", more often a tally ("support for Clinton fell") than anyone's stance.
PREPOSITIONAL_STANCE_NOUNS: Final[frozenset[str]] = frozenset(
    {"criticism", "opposition", "endorsement", "praise", "concern", "call", "view", "position",
     "stance", "comment", "remark", "attack", "claim", "warning", "plea", "demand", "proposal", "pledge",
     "promise", "vow", "threat", "objection", "complaint", "defense", "defence", "opinion", "assessment",
     "suggestion", "refusal", "insistence", "condemnation", "accusation", "allegation", "denial",
     "rejection"}
)  # fmt: skip

# Stances the subject is on the receiving end of ("the bill drew criticism from unions", "won the
# backing of the mayor", "came under heavy criticism"): the one who gives them speaks, the subject
# is what the stance is about. Nouns of a judgement given, and verbs of getting or undergoing one;
# not "fire" (also gunfire), "applause" (a reaction to a moment) or "scrutiny" (an inquiry, no view).
RECEIVED_STANCE_NOUNS: Final[frozenset[str]] = frozenset(
    {"support", "backing", "endorsement", "criticism", "praise", "condemnation", "opposition", "backlash",
     "rebuke", "plaudit", "censure", "ire", "flak", "derision", "ridicule"}
)  # fmt: skip
RECEIVING_VERBS: Final[frozenset[str]] = frozenset(
    {"draw", "face", "receive", "win", "earn", "garner", "attract", "enjoy", "endure", "gain", "secure",
     "land", "net", "invite", "weather", "court", "pick"}
)  # fmt: skip

# Prepositions that belong to a cue's verb group as PolNeAR marks it ("referring to", "focused on").
CUE_PREPOSITIONS: Final[dict[str, frozenset[str]]] = {
    "refer": frozenset({"to"}), "focus": frozenset({"on"}), "point": frozenset({"to"}),
    "respond": frozenset({"to"}), "reply": frozenset({"to"}), "agree": frozenset({"with", "on"}),
    "insist": frozenset({"on"}), "rely": frozenset({"on"}), "side": frozenset({"with"}),
    "hint": frozenset({"at"}), "allude": frozenset({"to"}), "object": frozenset({"to"}),
    "compare": frozenset({"to", "with"}), "liken": frozenset({"to"}),
    "appeal": frozenset({"to", "for"}), "call": frozenset({"on", "for"}), "admit": frozenset({"to"}),
    "seem": frozenset({"like"}), "appear": frozenset({"like"}),  # "seems like": the raising verb's "to be"
}  # fmt: skip

# Verbs that state or judge only with a particle, with those particles ("laid out his plan", "singled
# out immigrants", "played down the risk", "walked back his remark", "the court struck down the law").
PARTICLE_CUES: Final[dict[str, frozenset[str]]] = {
    "lay": frozenset({"out"}), "spell": frozenset({"out"}), "single": frozenset({"out"}),
    "play": frozenset({"down"}), "talk": frozenset({"up"}), "rule": frozenset({"out"}),
    "walk": frozenset({"back"}), "set": frozenset({"out", "forth"}), "strike": frozenset({"down"}),
    "tick": frozenset({"off"}), "rattle": frozenset({"off"}),
    # answering back or holding firm ('"...," she shot back', "pushed back on", "doubled down on")
    "shoot": frozenset({"back"}), "fire": frozenset({"back"}), "hit": frozenset({"back"}),
    "push": frozenset({"back"}), "double": frozenset({"down"}), "sound": frozenset({"off"}),
    "chime": frozenset({"in"}),
}  # fmt: skip

# Headline verbs of attack or answer, cues only in a headline's clipped style ("Mayors Rip Governor",
# "Senator Goes After Rival", "Governor Breaks With Party On Tax"); with the words that must follow
# them, if any. Not "hit", "torch" or "blow up", literal in war reports ("Shells hit market").
HEADLINE_CUES: Final[dict[str, frozenset[str]]] = {
    "rip": frozenset(), "pan": frozenset(), "trash": frozenset(), "whack": frozenset(),
    "debunk": frozenset(), "reassure": frozenset(),
    "swipe": frozenset({"at"}), "go": frozenset({"after"}), "break": frozenset({"with"}),
    "sum": frozenset({"up"}), "lash": frozenset({"out"}), "diverge": frozenset({"on", "over"}),
    "clash": frozenset({"with", "over", "on"}), "feud": frozenset({"with", "over"}),
}  # fmt: skip

# Verbs whose infinitive cue is part of one verb group with them ("appeared to suggest", "went on to say").
RAISING_VERBS: Final[frozenset[str]] = frozenset(
    {"appear", "seem", "go", "begin", "start", "continue", "proceed", "tend", "come", "get"}
)

# What a statement is made in ("said in a statement", "told reporters during a briefing").
CHANNEL_NOUNS: Final[frozenset[str]] = frozenset(
    {"statement", "interview", "speech", "release", "letter", "email", "post", "tweet", "op-ed", "call",
     "conference", "briefing", "appearance", "remark", "address", "message", "video", "debate", "town",
     "rally", "hearing", "testimony", "filing", "memo", "report", "broadcast", "podcast", "column",
     "editorial"}
)  # fmt: skip

# Lemmas the English model gets wrong for cue verbs ("hopes" → "hop").
CUE_LEMMA_FIXES: Final[dict[str, str]] = {"hop": "hope", "retweete": "retweet"}
# The forms of "hope" the model lemmatizes as "hop" ("hoping", "hoped").
HOPE_FORMS: Final[frozenset[str]] = frozenset({"hope", "hopes", "hoped", "hoping"})

# Nouns that, as subject of a cue or object of "according to", stand for the speaker's text.
DOCUMENT_NOUNS: Final[frozenset[str]] = frozenset(
    {
        "statement",
        "report",
        "communique",
        "release",
        "post",
        "message",
        "letter",
        "declaration",
        "announcement",
        "document",
        "memo",
        "tweet",
        "video",
        "address",
        "briefing",
        "filing",
        "study",
        "survey",
        "poll",
        "data",
        "figures",
        "analysis",
        "assessment",
        "update",
        "bulletin",
    }
)

# What a quotation can be the words of, as in '"…," read the email' / 'the sign read "…"'.
READABLE_NOUNS: Final[frozenset[str]] = DOCUMENT_NOUNS | frozenset(
    {"email", "e-mail", "editorial", "sign", "banner", "headline", "caption", "note", "ad", "text",
     "placard", "card", "inscription", "plaque", "it"}
)  # fmt: skip

# Subjects that report a finding when they "find" something ("the survey found a narrow lead", "a
# jury found him guilty"); a person who "found a way" or "found himself in trouble" reports nothing.
FINDING_SUBJECTS: Final[frozenset[str]] = DOCUMENT_NOUNS | frozenset(
    {"paper", "inquiry", "investigation", "probe", "review", "audit", "jury", "research", "researcher",
     "experiment", "test", "panel", "commission", "court", "judge", "investigator", "scientist",
     "author"}
)  # fmt: skip

# Plural nouns of record that "show" what the reporter read in them ("records show", "polls show",
# "documents show").
SHOWING_NOUNS: Final[frozenset[str]] = FINDING_SUBJECTS | frozenset(
    {"record", "document", "result", "number", "figure", "statistic", "email", "photo", "image",
     "transcript", "log", "filing", "poll", "survey", "study", "estimate"}
)  # fmt: skip

# Armed-group nouns no one uses for a state's army ("The army said … The rebels said": two sides).
NON_STATE_ARMED_NOUNS: Final[frozenset[str]] = frozenset(
    {
        "rebel",
        "militant",
        "insurgent",
        "guerrilla",
        "gang",
        "partisan",
        "militia",
        "militiaman",
        "separatist",
        "jihadist",
        "gunman",
        "paramilitary",
    }
)

# Plural nouns for a group's members after its name ("M23 rebels", "Hamas fighters", "the gang").
MEMBER_NOUNS: Final[frozenset[str]] = NON_STATE_ARMED_NOUNS | frozenset({"fighter"})

# Head nouns of descriptions that name a non-state armed group or a fighting force.
ARMED_GROUP_NOUNS: Final[frozenset[str]] = NON_STATE_ARMED_NOUNS | frozenset(
    {
        "formation",
        "unit",
        "volunteer",
        "fighter",
        "legion",
        "corps",
        "battalion",
        "brigade",
        "regiment",
        "troop",
        "force",
        "army",
        "soldier",
        "combatant",
        "navy",
        "military",
    }
)

# Words that make an armed body a state's ("the Israeli military", "Israel Defense Forces"): no one
# calls it "the group", unlike the armed groups that fight it.
STATE_MILITARY_WORDS: Final[frozenset[str]] = frozenset(
    {"army", "military", "navy", "troops", "defense", "defence", "idf"}
)

# Words in the proper name of an armed group that fights a state, whatever state word the name
# also holds ("Myanmar National Democratic Alliance Army", "Kachin Independence Army", "Free Syrian
# Army", "Rapid Support Forces"). China's "People's Liberation Army" is the exception the rule
# names (`EntityTable.state_military`).
NON_STATE_NAME_WORDS: Final[frozenset[str]] = frozenset(
    {"liberation", "independence", "democratic", "alliance", "front", "resistance", "revolutionary",
     "free", "support", "brotherhood", "mujahideen", "movement", "islamic", "jihad"}
)  # fmt: skip

# Head nouns of descriptions that name a government body.
GOVERNMENT_NOUNS: Final[frozenset[str]] = frozenset(
    {
        "ministry",
        "government",
        "kremlin",
        "administration",
        "cabinet",
        "presidency",
        "office",
        "department",
        "council",
        "parliament",
        "junta",
        "authority",
        "authorities",
        "regime",
        "embassy",
        "commission",
        "agency",
        "service",
        "police",
        "military",
        "command",
        "headquarters",
        "staff",
        "prosecutor",
        "court",
        "congress",
        "senate",
        "assembly",
        "duma",
        "rada",
        "treasury",
        "bureau",
        "directorate",
        "secretariat",
        "legislature",
        "municipality",
    }
)

# Role nouns that fit anyone holding a more specific title: "the official" may be the governor.
GENERIC_PERSON_ROLES: Final[frozenset[str]] = frozenset(
    {"official", "member", "leader", "chief", "head", "source", "man", "woman", "representative"}
    | {"politician", "lawmaker", "officer"}
)
# Head nouns of descriptions that name one person by role.
PERSON_ROLE_NOUNS: Final[frozenset[str]] = frozenset(
    {
        # people who write or tell what they saw ("One prominent blogger, who writes as Rybar")
        "blogger",
        "commentator",
        "eyewitness",
        "historian",
        "pundit",
        "influencer",
        "medic",
        "minister",
        "president",
        "official",
        "spokesperson",
        "spokesman",
        "spokeswoman",
        "governor",
        "mayor",
        "commander",
        "general",
        "officer",
        "mediator",
        "chairman",
        "chairwoman",
        "chair",
        "founder",
        "owner",
        "editor",
        "reporter",
        "coordinator",
        "administrator",
        "inspector",
        "attorney",
        "counsel",
        "physician",
        "nurse",
        "teacher",
        "priest",
        "imam",
        "rabbi",
        "pastor",
        "member",
        "diplomat",
        "ambassador",
        "envoy",
        "leader",
        "chief",
        "head",
        "secretary",
        "senator",
        "lawmaker",
        "politician",
        "candidate",
        "director",
        "analyst",
        "expert",
        "witness",
        "resident",
        "journalist",
        "correspondent",
        "doctor",
        "activist",
        "source",
        "lawyer",
        "judge",
        "negotiator",
        "adviser",
        "advisor",
        "aide",
        "premier",
        "chancellor",
        "king",
        "queen",
        "prince",
        "emir",
        "sheikh",
        "cleric",
        "bishop",
        "pope",
        "researcher",
        "professor",
        "economist",
        "colonel",
        "captain",
        "sergeant",
        "lieutenant",
        "major",
        "representative",
        "man",
        "woman",
        "mother",
        "father",
        "farmer",
        "student",
        "worker",
        "survivor",
        "victim",
    }
)

# Head nouns of other collective speakers ("residents", "officials", "sources", "experts").
COLLECTIVE_PERSON_NOUNS: Final[frozenset[str]] = frozenset(
    {
        # people by what they do or where they are ("Traders at the port said …")
        "trader",
        "merchant",
        "shopkeeper",
        "farmer",
        "fisherman",
        "driver",
        "worker",
        "student",
        "parent",
        "refugee",
        "voter",
        "supporter",
        "official",
        "resident",
        "witness",
        "source",
        "expert",
        "analyst",
        "diplomat",
        "observer",
        "activist",
        "doctor",
        "medic",
        "lawmaker",
        "leader",
        "people",
        "villager",
        "protester",
        "organizer",
        "organiser",
        "monitor",
        "investigator",
        "researcher",
        "scientist",
        "critic",
    }
)

# Subjects that make a cue non-assertive: "no one can claim that ...".
NEGATIVE_SUBJECTS: Final[frozenset[str]] = frozenset(
    {"no one", "nobody", "none", "noone", "nothing", "anyone", "anybody", "few"}
)

# Modal and hedging words inside content.
HEDGE_WORDS: Final[frozenset[str]] = frozenset(
    {
        "may",
        "might",
        "possibly",
        "perhaps",
        "reportedly",
        "allegedly",
        "apparently",
        "likely",
        "unlikely",
        "probably",
        "purportedly",
        "presumably",
        "seemingly",
        "supposedly",
        "unconfirmed",
        "unverified",
    }
)
# Auxiliaries that put reported content in the future ("said it would", "will").
FUTURE_WORDS: Final[frozenset[str]] = frozenset({"will", "shall", "'ll", "wo", "would", "going"})

# Main verbs of content that is about the future ("she expected talks to resume").
INTENTION_VERBS: Final[frozenset[str]] = frozenset(
    {"expect", "plan", "intend", "hope", "aim", "prepare", "vow", "pledge", "promise", "threaten", "seek"}
)

# Auxiliaries that make a speech verb hypothetical: "the government would ask" reports no speech.
MODAL_AUXILIARIES: Final[frozenset[str]] = frozenset(
    {"will", "would", "shall", "should", "may", "might", "could", "can", "must", "'ll", "wo", "ca"}
)

# Objects of deny/reject that stand for reported content ("rejected claims that ...").
# Labels that call what was said false ("called the claim disinformation", "a lie").
FALSITY_WORDS: Final[frozenset[str]] = frozenset(
    {
        "lie",
        "lies",
        "false",
        "fake",
        "fabrication",
        "fabricated",
        "disinformation",
        "misinformation",
        "propaganda",
        "baseless",
        "groundless",
        "untrue",
        "nonsense",
        "slander",
        "hoax",
    }
)

CLAIM_NOUNS: Final[frozenset[str]] = frozenset(
    {
        "claim",
        "report",
        "allegation",
        "accusation",
        "account",
        "suggestion",
        "charge",
        "rumour",
        "rumor",
        "assertion",
        "statement",
        "idea",
        "notion",
        "speculation",
        "assessment",
        "story",
        "finding",
    }
)

# Head nouns of descriptions that name an organisation ("the group", "the alliance").
ORGANISATION_NOUNS: Final[frozenset[str]] = frozenset(
    {
        "group",
        "organisation",
        "organization",
        "alliance",
        "union",
        "party",
        "company",
        "coalition",
        "movement",
        "association",
        "federation",
        "charity",
        "firm",
        "network",
        "bank",
        "institute",
        "foundation",
        "committee",
        "board",
        "mission",
        "campaign",
        "bloc",
        "consortium",
        "operator",
        "club",
    }
)

# Words around a person's name that tell their gender (for he/she resolution).
FEMALE_WORDS: Final[frozenset[str]] = frozenset(
    {
        "mrs",
        "ms",
        "miss",
        "madam",
        "spokeswoman",
        "chairwoman",
        "congresswoman",
        "businesswoman",
        "queen",
        "princess",
        "duchess",
        "sister",
        "mother",
        "daughter",
        "wife",
        "widow",
        "grandmother",
        "actress",
        "she",
        "her",
        "hers",
        "herself",
        "woman",
        "girl",
        "lady",
        "dame",
    }
)
MALE_WORDS: Final[frozenset[str]] = frozenset(
    {
        "mr",
        "sir",
        "spokesman",
        "chairman",
        "congressman",
        "businessman",
        "king",
        "prince",
        "duke",
        "brother",
        "father",
        "son",
        "husband",
        "widower",
        "grandfather",
        "actor",
        "he",
        "him",
        "his",
        "himself",
        "man",
        "boy",
        "lord",
    }
)

# Countries often named in news by a short form that ISO 3166 does not list.
COUNTRY_ALIASES: Final[dict[str, str]] = {
    "russia": "RU",
    "britain": "GB",
    "great britain": "GB",
    "uk": "GB",
    "u.k.": "GB",
    "england": "GB",
    "america": "US",
    "us": "US",
    "u.s.": "US",
    "usa": "US",
    "the united states": "US",
    "south korea": "KR",
    "north korea": "KP",
    "iran": "IR",
    "syria": "SY",
    "vietnam": "VN",
    "moldova": "MD",
    "bolivia": "BO",
    "venezuela": "VE",
    "tanzania": "TZ",
    "laos": "LA",
    "taiwan": "TW",
    "palestine": "PS",
    "czech republic": "CZ",
    "ivory coast": "CI",
    "drc": "CD",
    "dr congo": "CD",
    "democratic republic of congo": "CD",
    "turkey": "TR",
}

# Well-known non-state armed groups whose names carry no pattern ("Hamas", not "X Brigade").
# Names as used by ACLED's actor list and major wires.
ARMED_GROUP_NAMES: Final[tuple[str, ...]] = (
    "Hamas",
    "Hezbollah",
    "Houthis",
    "Houthi",
    "Ansar Allah",
    "Taliban",
    "Islamic State",
    "ISIS",
    "ISIL",
    "al-Shabaab",
    "al-Qaeda",
    "Boko Haram",
    "M23",
    "PKK",
    "YPG",
    "SDF",
    "Wagner",
    "Wagner Group",
    "Islamic Jihad",
    "Tatmadaw",
    "RSF",
    "Rapid Support Forces",
    "Tigray People's Liberation Front",
    "TPLF",
    "FARC",
    "ELN",
    "Fano",
    "Jama'at Nasr al-Islam wal Muslimin",
    "JNIM",
    "Hayat Tahrir al-Sham",
    "HTS",
    "Azov",
)

# Title-case heads that make a preceding capitalised name an armed formation.
ARMED_GROUP_NAME_HEADS: Final[tuple[str, ...]] = (
    "Legion",
    "Corps",
    "Battalion",
    "Brigade",
    "Brigades",
    "Regiment",
    "Militia",
    "Army",
    "Front",
    "Guard",
    "Guards",
    "Division",
    "Forces",
    "Militias",
    "Mujahideen",
    "Martyrs",
)

GOVERNMENT_NAMES: Final[tuple[str, ...]] = (
    "Kremlin",
    "White House",
    "Pentagon",
    "Downing Street",
    "Elysee",
    "Élysée",
    "State Department",
    "Foreign Office",
    "Home Office",
    "Bundestag",
    "Knesset",
    "Verkhovna Rada",
    "State Duma",
    "Duma",
)

# Words that make the preceding capitalised name an administrative unit ("Kursk Oblast").
ADMIN_UNIT_WORDS: Final[frozenset[str]] = frozenset(
    {
        "oblast",
        "oblasts",
        "region",
        "regions",
        "province",
        "provinces",
        "krai",
        "governorate",
        "governorates",
        "district",
        "districts",
        "county",
        "counties",
        "state",
        "states",
        "republic",
        "prefecture",
        "prefectures",
        "raion",
        "territory",
        "territories",
    }
)

# Words NER sometimes folds into a person's name ("Prime Minister Anna Berg"); never part of it.
PERSON_TITLES: Final[frozenset[str]] = frozenset(
    {
        "president",
        "prime",
        "minister",
        "foreign",
        "defence",
        "defense",
        "interior",
        "finance",
        "deputy",
        "secretary",
        "general",
        "gen",
        "col",
        "lt",
        "maj",
        "capt",
        "sgt",
        "adm",
        "mr",
        "mrs",
        "ms",
        "dr",
        "prof",
        "sir",
        "dame",
        "lord",
        "king",
        "queen",
        "prince",
        "princess",
        "sheikh",
        "chancellor",
        "governor",
        "gov",
        "mayor",
        "senator",
        "sen",
        "rep",
        "representative",
        "ambassador",
        "pope",
        "vice",
        "chief",
        "commander",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "premier",
        "judge",
        "justice",
        "speaker",
        "state",
    }
)

# Every cue lemma the attribution finder knows, with the modality it implies.
ALL_CUES: Final[dict[str, str]] = {
    **CLAUSE_CUES,
    **{lemma: "asserted" for lemma in OBJECT_STANCE_CUES},
    **{lemma: "asserted" for lemma in STANCE_CUES},
    **DECISION_CUES,
    **{lemma: "future" for lemma in INTENTION_CUES},
    **AS_PREDICATE_CUES,
    **COGNITION_CUES,
    **SPEECH_CUES,
}
