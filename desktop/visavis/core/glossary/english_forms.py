"""Put an English verb gloss in the form the French word has here.

``"to rise, to amount to"`` shown for « s'élève » reads "rises, amounts to"; for « a été »
``"to be"`` reads "been".  Only glosses of the shape "to VERB …" change; everything else
is returned as it is.  Forms: ``"3sg"`` (il monte -> rises), ``"pp"`` (past participle),
``"base"`` (ils montent -> rise), ``"subj"`` (qu'il soit -> be), ``""`` (keep the infinitive).
"""

from __future__ import annotations

import re


def _wordset(text: str) -> frozenset[str]:
    return frozenset(text.split())


_IRREGULAR_PP = dict(pair.split(":") for pair in _wordset("""
be:been have:had do:done go:gone make:made say:said get:got take:taken come:come see:seen
know:known give:given find:found think:thought tell:told become:become leave:left feel:felt
bring:brought begin:begun keep:kept hold:held write:written stand:stood hear:heard let:let
mean:meant set:set meet:met run:run pay:paid sit:sat speak:spoken lie:lain lead:led read:read
grow:grown lose:lost fall:fallen send:sent build:built understand:understood draw:drawn
break:broken spend:spent cut:cut rise:risen drive:driven buy:bought wear:worn choose:chosen
seek:sought throw:thrown catch:caught deal:dealt win:won forget:forgotten sell:sold fight:fought
teach:taught eat:eaten hide:hidden shake:shaken steal:stolen strike:struck swim:swum
put:put shut:shut hit:hit hurt:hurt cost:cost spread:spread bear:borne beat:beaten bind:bound
bite:bitten blow:blown feed:fed fly:flown freeze:frozen hang:hung light:lit ride:ridden
ring:rung shine:shone shoot:shot sing:sung sink:sunk sleep:slept slide:slid slink:slunk
spin:spun split:split stick:stuck sting:stung swear:sworn sweep:swept swing:swung tear:torn
wake:woken weep:wept wind:wound arise:arisen forbid:forbidden undertake:undertaken
withdraw:withdrawn overcome:overcome upset:upset undergo:undergone
"""))
_DOUBLED = _wordset("""
stop plan drop ship shop step trip grab slip skip chat clap drag plug prefer refer occur
admit commit permit submit regret control patrol compel propel
""")
_THIRD = {"be": "is", "have": "has", "do": "does", "go": "goes"}
_VOWELS = "aeiou"
_TO_VERB = re.compile(r"^to (\w+)(.*)$", re.S)


def third_person(verb: str) -> str:
    if verb in _THIRD:
        return _THIRD[verb]
    if verb.endswith(("s", "sh", "ch", "x", "z", "o")):
        return verb + "es"
    if len(verb) > 1 and verb.endswith("y") and verb[-2] not in _VOWELS:
        return verb[:-1] + "ies"
    return verb + "s"


def past_participle(verb: str) -> str:
    if verb in _IRREGULAR_PP:
        return _IRREGULAR_PP[verb]
    if verb.endswith("e"):
        return verb + "d"
    if len(verb) > 1 and verb.endswith("y") and verb[-2] not in _VOWELS:
        return verb[:-1] + "ied"
    if verb in _DOUBLED or (len(verb) == 3 and verb[-1] not in _VOWELS + "wxy"
                            and verb[-2] in _VOWELS and verb[0] not in _VOWELS):
        return verb + verb[-1] + "ed"  # ban -> banned, stop -> stopped (not open -> opened)
    return verb + "ed"


def _inflect_one(part: str, form: str) -> str:
    match = _TO_VERB.match(part.strip())
    if match is None:
        return part.strip()
    verb, rest = match.group(1), match.group(2)
    if form == "3sg":
        verb = third_person(verb)
    elif form == "pp":
        verb = past_participle(verb)
    elif form == "base":
        verb = "are" if verb == "be" else verb
    elif form == "subj":
        pass  # « qu'il soit » -> "be"
    else:
        return part.strip()
    return verb + rest


def inflect_gloss(gloss: str, form: str) -> str:
    """``gloss`` with each "to VERB" part in ``form`` (see the module docstring)."""
    if not form or "to " not in gloss:
        return gloss
    pieces = re.split(r"([,;] )", gloss)
    return "".join(p if p in (", ", "; ") else _inflect_one(p, form) for p in pieces)
