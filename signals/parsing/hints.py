"""How the source says to manage the trade: the targets' allocations (the entries' are read by
``entry_shares``), the stop to break-even after a target, and a trailing stop. Read from the canonical
(English) text, so every language's rows apply.
"""
from __future__ import annotations

import bisect
import re
from decimal import Decimal

from . import allocation_lines, condition_targets, counted_shares, even_levels, even_restates, ordinal_ones, ordinal_shares, rest_at_last, rest_runs, rest_shares, rest_to_ordinal, rule_labels_short, runner_shares, sell_levels, share_runs, short_target_labels, target_behind, target_groups, trail_clause_starts, trail_starts, trail_wording, word_shares
from .share_tokens import (
    ALLOCATION_TOTAL, ORDINALS, REST_CLAUSE, SHARE_OR_TARGET, allocations, paired, rule_lines, share, target_number,
)
from . import sections as sec
from .vocabulary import english_pattern
from .each_entry import without_entry_share
from .rule_labels import carries_on
from .stepped_stops import steps_on
from .verb_be import without_verb_be

_STOP = re.compile(r"\b(?:sl|s/l|stop[ -]?loss|stoploss|stops?)\b", re.I)
# "TP1到了之後止損拉到成本" ("TP1 … after SL move 成本"): Chinese "cost" beside a stop moved is its entry; the
# tables leave bare "成本" unread, as "降低成本" (lower the average cost) moves no stop.
_TO_ENTRY = re.compile(r"\b(?:breakeven|break[ -]?even|be|bep|entry|entries|entry[ ]price|cost)\b|成本", re.I)
# "Chạm TP1 thì dời SL về điểm vào" ("hit TP1 … move SL entry"): a target hit is a condition too.
# "trail SL to breakeven at Target 1": "at" a numbered target is its condition too.
# "From TP2 on, trail 1.5%": a rule that starts from a numbered target starts when it is hit (other
# languages' "a partir del TP2", "начиная с TP2" are "after" once canonical).
_WHEN = re.compile(
    r"\b(?:after|once|when|trigger|if|hit|hits|as[ ]soon[ ]as)\b|→|->"  # "SL to breakeven as soon as TP1 prints"
    r"|\b(?:at|from)(?=[ ]{1,3}(?:the[ ]{1,3})?(?:tp|target)[ ]{0,2}#?[0-9])",
    re.I,
)
# "Take 50% at TP1, move SL to entry", "Chốt non 50% ở TP1, dời SL về entry": a share taken at a target
# beside a stop moved to entry is a rule at that target, though no "when" is written. "Take partial at TP1",
# "Realizar parcial no alvo 1", "half at TP1": a share in words.
# "TP1 pe 50% book karo aur SL entry pe le aao", "到目标1先出一半": the target may come first. "Фиксируем 50% на первой цели, стоп в
# безубыток" ("50% first Target"), "TP1 de %50 kar al, stop girişe": a target by its ordinal, a Turkish "%50".
_NUMBERED_TARGET = r"(?:\b(?:tp|target)[ ]{0,2}#?[0-9]{1,2}(?![0-9]|[^\W\d_](?<![^\x00-\x7f]))|\b(?:first|second|third|fourth|fifth)[ ]{1,2}(?:tp|target)\b|\b(?:tp|target)[ ]{1,2}(?:first|second|third|fourth|fifth)\b)"
_SHARE_AT_TARGET = re.compile(
    rf"(?:[0-9]{{1,3}}[ ]?%|\b(?:partials?|parcial|parciales|parciais|half)\b)[^\n0-9%]{{0,12}}?{_NUMBERED_TARGET}"
    rf"|{_NUMBERED_TARGET}[^\n0-9%]{{0,12}}?(?:(?<![0-9.,+\-])(?:[0-9]{{1,3}}[ ]?%|%[ ]?[0-9]{{1,3}}\b)|\bhalf\b)",
    re.I,
)
_TARGET_NUMBER = re.compile(
    r"\b(?:tp|target|take[ -]?profit)[ ]{0,2}(?:#|no\.?)?[ ]{0,2}\(?[ ]{0,2}([0-9]{1,2})(?![0-9]|[.,][0-9])"
    r"|(?<![0-9.,])([0-9]{1,2})(?:st|nd|rd|th|-?(?:го|й|ый|ой|ого)|º|ª|\.)?[ ]{1,2}(?:tp|target|take[ -]?profit)"  # "1-го тейка", Turkish "1. hedef"
    r"|\b(first|second|third|fourth|fifth)[ ]{1,2}(?:tp|target|take[ -]?profit)"
    r"|\b(?:tp|target|take[ -]?profit)[ ]{1,2}(first|second|third|fourth|fifth)\b",  # Persian, Arabic order
    re.I,
)
# "hold được thì hold tới TP3", "hold to TP3 if you can": a target held to is where the trade runs, not
# the break-even's trigger ("…, chạm TP1 dời SL về entry" moves the stop at TP1).
_HOLD_TO_TARGET = re.compile(
    r"\b(?:hold|ride|keep|giữ)\b[^,.;\n]{0,20}?\b(?:to|until|till|tới|đến|sampai|hasta|até)[ ]{1,3}(?:tp|target)[ ]{0,2}#?[0-9]{1,2}",
    re.I,
)
# "25% at each target", "25% on each of the 4 targets", "%25 her TP'de": one share at every target.
_EACH_TARGET = re.compile(
    rf"(?:{english_pattern('each').pattern}|\bper)(?:[ ]{{1,3}}of(?:[ ]{{1,3}}the)?(?:[ ]{{1,3}}[0-9]{{1,2}})?)?"
    r"[ ]{1,3}(?:tp|target|take[ -]?profit)s?\b",
    re.I,
)
# A trailing distance: "1.5%", "1,5%" (a decimal comma), "%1,5" (Turkish, Arabic write the sign first: "TP2 %1" is 1).
_PERCENT = re.compile(
    r"(?<![0-9.,])(?:([0-9]{1,2}(?:\.[0-9]{1,3}|,[0-9]{1,2})?)[ ]?%(?![0-9])|%[ ]?([0-9]{1,2}(?:\.[0-9]{1,3}|,[0-9]{1,2})?)(?![0-9]|[.,][0-9]))"
)
_MOVING_TARGET = re.compile(r"\bmoving[ ]{1,3}target\b", re.I)
_PERCENTAGE_SETTING = re.compile(r"percentage[ ]{0,2}\([^)\n]{0,12}\)", re.I)


def take_profit_allocations(parts: list[sec.Section], take_profits: list[Decimal], text: str = "") -> list[Decimal] | None:
    """The shares beside the targets' prices ("TP1 2.10 (50%)"), else the ones a line states apart
    from them (``stated_target_shares``)."""
    text = runner_shares.as_last_target(short_target_labels.as_targets(text), take_profits)  # "Take 40% off at T1, 30% at T2", "leave 20% for the runner"
    labelled = [(p, a) for part in parts if part.kind == "tp" for p, a in zip(part.prices, part.allocations, strict=True)]
    beside = allocations(take_profits, [a for _, a in labelled]) if [p for p, _ in labelled] == take_profits else None
    stated = allocation_lines.stated_shares(text, "tp")
    return (beside or stated_target_shares(text, take_profits) or (allocations(take_profits, list(stated)) if stated else None)
            or _share_then_rest(text, take_profits) or _share_then_last(text, take_profits) or _group_shares(text, take_profits)
            or share_runs.spaced_run(text, take_profits) or _spelled_out_rules(text, take_profits)
            or share_runs.rest_with_share(text, take_profits) or _group_shares(counted_shares.from_first_share(text), take_profits)
            or _counted(parts, take_profits, text) or ordinal_shares.ordinal_shares(rest_to_ordinal.as_share(text), take_profits)
            or stated_target_shares(rest_shares.named_shares(text), take_profits) or rest_runs.shares_on_rest(text, take_profits)
            or stated_target_shares(trail_wording.without_stop_clauses(text), take_profits))  # "…, sisanya 20% di TP3"; "…, then 30/20/20% on the rest"


def _counted(parts: list[sec.Section], take_profits: list[Decimal], text: str) -> list[Decimal] | None:
    """"Split: 40% / 30% / 20% / 10%" anywhere, "TP: … (respectively 50/30/20%)" (``counted_shares``)."""
    entries = {price for part in parts if part.kind == "entry" for price in part.prices}
    shares = counted_shares.split_shares(text, len(take_profits), len(entries)) or counted_shares.respective_shares(text, "tp", len(take_profits))
    shares = shares or (counted_shares.clause_shares(text, len(take_profits), len(entries)) if len(take_profits) > 1 else None)
    return allocations(take_profits, shares) if shares else None


def _spelled_out_rules(text: str, take_profits: list[Decimal]) -> list[Decimal] | None:
    """"На первом тейке 30%, на втором 30%, остаток на третьем": the rules above, once each bare ordinal
    after a numbered target carries the target word (``share_runs.spelled_ordinals``)."""
    spelled = share_runs.spelled_ordinals(text)
    return None if spelled == text else (
        _share_then_rest(spelled, take_profits) or _share_then_last(spelled, take_profits) or stated_target_shares(spelled, take_profits))


def _share_then_last(text: str, take_profits: list[Decimal]) -> list[Decimal] | None:
    """"take half at first target" in a call with two targets, "30% at TP1, 30% at TP2" with three: shares
    at every target but the last leave the rest to the last one, the only place it can go."""
    for line in rule_lines(text):
        line = rest_at_last.without_last_rest(word_shares.spoken(line), len(take_profits))  # "…, TP3 close all"
        shares = paired(list(SHARE_OR_TARGET.finditer(line)))
        if not shares or re.search(r"[0-9]", SHARE_OR_TARGET.sub(" ", line)) or sorted(shares) != list(range(1, len(take_profits))):
            continue
        rest = ALLOCATION_TOTAL - sum(shares.values())
        return allocations(take_profits, [*(shares[n] for n in sorted(shares)), rest]) if rest > 0 else None
    return None


def stated_target_shares(text: str, take_profits: list[Decimal]) -> list[Decimal] | None:
    """"Take 25% profit at each target", "Cierra 25% en cada TP": one share at every target.
    "%50 TP1'de, %25 TP2'de, %25 TP3'te", "TP1 平仓50%，TP2 平30%，TP3 平剩余20%": a share per numbered
    target, on lines that hold no price. Only shares that cover every target and add up to 100 %."""
    by_target: dict[int, Decimal] = {}
    # Sentence by sentence: "Chốt 30% ở TP1, 30% ở TP2, 40% ở TP3. Chạm TP1 thì dời SL" names TP1 again for its stop rule.
    for line in map(_without_sizing, map(without_entry_share, rule_lines(text))):  # "50% on each entry, 25% per target": the entries' share is theirs
        each = _EACH_TARGET.search(line)
        clause = line[line[:each.start()].rfind(",") + 1:].split(",")[0] if each else ""
        # "Her hedefte %25 kâr alın, 1. hedeften sonra stop girişe": the share's own clause, not the rule after it;
        # "each Target close 25%, after second Target Trailing stop 2%": the trail's 2% is no share either.
        if each and (re.search(r"[0-9]", SHARE_OR_TARGET.sub(" ", _EACH_TARGET.sub(" ", line))) or _SHARE_ONLY.fullmatch(clause)):
            line = clause
        tokens = list(SHARE_OR_TARGET.finditer(line))
        if not tokens or re.search(r"[0-9]", SHARE_OR_TARGET.sub(" ", _EACH_TARGET.sub(" ", line))):
            continue  # a line with a price ("TP1 2.10 (+50%)") states no share apart from it
        shares = [share(token) for token in tokens if token.group("share")]
        if _EACH_TARGET.search(line) and len(shares) == 1:
            return allocations(take_profits, shares * len(take_profits))
        if _EACH_TARGET.search(line) and len(shares) == len(tokens) == len(take_profits) > 1:
            return allocations(take_profits, shares)  # "سیو سود در هر تارگت: ۳۰٪ / ۳۰٪ / ۴۰٪": one share per target, in order
        by_target.update(paired(tokens))
    if sorted(by_target) != list(range(1, len(take_profits) + 1)):
        return None
    return allocations(take_profits, [by_target[number] for number in sorted(by_target)])


def _without_sizing(line: str) -> str:
    """``line`` without its comma clauses on the position's size ("…, third Target 20%, 仓位控制在5%以内" →
    "capital 5%以内", "…, risk 2% of capital"): a share of the account, no target's."""
    if not english_pattern("capital").search(line):
        return line
    # "Quản lý vốn: chốt 50% ở TP1" ("capital management: close 50% TP1"): a numbered target keeps its clause too.
    return ",".join(
        clause for clause in line.split(",")
        if not english_pattern("capital").search(clause) or _TARGET_WORD.search(clause) or _NUMBERED_TARGET_WORD.search(clause)
    )


_NUMBERED_TARGET_WORD = re.compile(_NUMBERED_TARGET, re.I)


_BARE_ORDINAL = re.compile(r"\b(first|second|third|fourth|fifth)\b", re.I)
# "each Target close 25%": a clause of one share and the words of its rule, nothing else numbered.
_SHARE_ONLY = re.compile(r"[^0-9%]*(?:[0-9]{1,3}(?:\.[0-9]{1,2})?[ ]?%|%[ ]?[0-9]{1,3})[^0-9%]*")


def _share_then_rest(text: str, take_profits: list[Decimal]) -> list[Decimal] | None:
    """"Take 50% at TP1, rest at TP2", "Половину на первом тейке, остальное поровну на втором и третьем":
    shares at numbered targets, then the rest split evenly over the targets left. The targets the rest
    names, when it names any, must be exactly the ones left; numbers other than shares and targets
    (a price) make the sentence something else."""
    for line in word_shares.rest_sentences(rule_lines(text)):
        rest = REST_CLAUSE.search(line)
        head = word_shares.spoken(line[:rest.start()]) if rest and not word_shares.trails(line[:rest.start()]) else ""
        tokens = list(SHARE_OR_TARGET.finditer(head))
        if not tokens or re.search(r"[0-9]", SHARE_OR_TARGET.sub(" ", head)):
            continue
        shares = paired(tokens)
        left = [number for number in range(1, len(take_profits) + 1) if number not in shares]
        tail = target_groups.spelled_out(target_groups.rest_targets(word_shares.priced_targets(rest["tail"], take_profits), left))
        tail = even_restates.without_even_restatement(tail, ALLOCATION_TOTAL - sum(shares.values()), len(left))  # "(25% - 25%)"
        if re.search(r"[0-9]", SHARE_OR_TARGET.sub(" ", tail)):
            continue  # a price in the rest's clause
        named = [target_number(token) for token in SHARE_OR_TARGET.finditer(tail) if not token["share"]]
        named += [ORDINALS[word.lower()] for word in _BARE_ORDINAL.findall(SHARE_OR_TARGET.sub(" ", tail))]
        if not shares or not left or any(token["share"] for token in SHARE_OR_TARGET.finditer(tail)):
            continue
        if named and sorted(set(named)) != left:
            continue
        remaining = ALLOCATION_TOTAL - sum(shares.values())
        return allocations(take_profits, [shares.get(n, remaining / len(left)) for n in range(1, len(take_profits) + 1)])
    return None


# "TP2 aur TP3 pe 25-25%": Hindi repeats a share to say it of each; the share is said once.
_REPEATED_SHARE = re.compile(r"(?<![0-9.,+\-])([0-9]{1,3})-\1(?=[ ]?%)")


def _group_shares(text: str, take_profits: list[Decimal]) -> list[Decimal] | None:
    """"first Target 50%, second third 25%": one share said of targets written together (``target_groups``).
    Bare ordinals count as targets beside a target word; any other number makes the sentence something else."""
    for line in rule_lines(text):
        line = _REPEATED_SHARE.sub(r"\1", word_shares.spoken(_without_sizing(line)))
        tokens = list(SHARE_OR_TARGET.finditer(line))
        masked = SHARE_OR_TARGET.sub(lambda match: " " * len(match.group()), line)
        if not any(not token["share"] for token in tokens) or re.search(r"[0-9]", masked):
            continue
        items = [(t.start(), ("share", share(t)) if t["share"] else ("target", target_number(t))) for t in tokens]
        items += [(m.start(), ("target", ORDINALS[m.group().lower()])) for m in _BARE_ORDINAL.finditer(masked)]
        ordered = sorted(items)
        commas = [index for index, char in enumerate(line) if char == ","]
        percents = target_groups.group_shares([item for _, item in ordered], len(take_profits))
        rest = REST_CLAUSE.search(line)
        if not percents and not (rest and even_restates.bracketed_shares(rest["tail"])):
            # Clause by clause, unless the rest's shares are a bracket restating its even split: that
            # bracket agrees with the split (``_share_then_rest``) or the rule is left unread.
            percents = target_groups.group_shares(
                [item for _, item in ordered], len(take_profits), [bisect.bisect(commas, start) for start, _ in ordered])
        if percents:
            return allocations(take_profits, percents)
    return None


# "止盈：①4.30 ②4.48 … 到达①后止损上移至开仓价" ("hit 1) after SL move Entry"): a rule names a target by
# the index its list gave it, the circled or keycap number ``text.clean`` writes as "1)".
_TARGET_INDEX = re.compile(r"(?<![0-9.,])([0-9]{1,2})\)")


_BARE_AFTER = re.compile(r"after(?:[ ]{1,3}that)?[ ]{0,2}[,:]", re.I)


def breakeven_after(text: str) -> int | None:
    """"Breakeven after 2 target", "move SL to entry after TP1", "Stop: Breakeven - Trigger:
    Target (2)", "after the first target, stop to cost": the target number."""
    parts = rule_lines(ordinal_ones.as_targets(rule_labels_short.as_targets(sell_levels.as_targets(even_levels.as_breakeven(text)))))  # "once the first one / sell level hits": the first target; "stop 0 to 0": breakeven
    for index, line in enumerate(parts):
        spoken = without_verb_be(line)  # "don't be greedy" is no break-even
        says_breakeven = english_pattern("breakeven").search(spoken) or (_STOP.search(spoken) and _TO_ENTRY.search(spoken))
        condition = _WHEN.search(line) or _SHARE_AT_TARGET.search(line)
        if says_breakeven and condition and not _MOVING_TARGET.search(line) and not trail_clause_starts.condition_of_trail(line, condition.start()):
            # "No muevas el stop hasta que toque el primer objetivo; después, a break even": a bare "after"
            # ("después,", "after that,") points back to the target the sentence before it named.
            back = index and _BARE_AFTER.match(line, condition.start())
            line = _TARGET_INDEX.sub(r"TP\1", _HOLD_TO_TARGET.sub(" ", line))
            # "… move SL to entry after TP2": the condition's own target, or one before its word ("TP1 到了", ``condition_targets``)
            number = condition_targets.target_before(line, condition.start()) or _target_number(line[condition.start():]) or _target_number(line) or (_target_number(parts[index - 1]) if back else None)
            if number:
                return number
    return None


def trailing(text: str) -> dict | None:
    """A trailing stop the message states: a callback percentage, Cornix's "Moving Target", a stop that
    follows the previous target (``_follows_previous_target``), or only the words ("Use trailing SL when
    in profit"). It starts after the target its block names, or the one a condition before it on its
    line names ("止盈1后开启移动止损，回撤1.5%" → "after TP1 … Trailing stop, … 1.5%")."""
    text = trail_wording.readable(rule_labels_short.as_targets(sell_levels.as_targets(text)))  # "trail the stop once the first sell level fills": the first target; "到了 T2 之后开移动止损"
    moving = _follows_previous_target(text)
    if moving:
        return moving
    match = english_pattern("trailing").search(text)
    if not match:
        return _trails_peak(text)
    block = "\n".join(text[match.start():].split("\n")[:4])  # "Trailing Configuration:" spans lines
    first_line = _PERCENTAGE_SETTING.sub(" ", _SENTENCE_END.split(block.split("\n")[0], 1)[0])  # "Trailing stop. each Target %25 close": the next sentence's share
    # The sentence's own condition: "after TP1 move stop to entry; after TP2, trail 1.5%" trails after TP2.
    before = _SENTENCE_END.split(text[text.rfind("\n", 0, match.start()) + 1:match.start()])[-1]
    # "after TP2 I trail the rest by 1.5 %, no fixed TP3 exit": the condition before the word starts the
    # trail, whatever target the sentence names after it.
    condition = _condition_target(before)
    # "move SL to entry when TP1 hit, rest trailing 2% … after TP2": a condition after the word, in its own
    # clause, is the trail's own; the earlier clause's target is the break-even's.
    own = _condition_target(_CLAUSE_END.split(text[match.end():], 1)[0]) if condition and not _condition_target(before.split(",")[-1]) else None
    condition = own or condition
    activate = condition or _target_number(block)
    if _MOVING_TARGET.search(block):
        return {"kind": "moving_target", "activate_after_target": activate}
    # "TP2 के बाद 1.5% ट्रेलिंग स्टॉप" ("after TP2 1.5% Trailing stop"): the distance between the condition and the word.
    when = _WHEN.search(before)
    percent = _percent(first_line) or (_percent(before[when.start():]) if condition and when else None)
    if percent:
        return {"kind": "percent_below_highest", "callback_pct": percent, "activate_after_target": activate}
    if english_pattern("breakeven").search(without_verb_be(block)):
        return None  # "Trailing Configuration: Stop: Breakeven": a break-even rule, not a trail
    # "После второй цели трейлим стоп" ("after second Target Trailing stop"): the words alone, right after the
    # condition that starts them; a target named further off ("after TP1 stop to entry and trailing") is another rule's.
    # "TP2'den sonra iz süren stop aktif" (… trailing stop active) tells a state, not when to start: the
    # words must end their sentence.
    ends = _ENDS_SENTENCE.match(text, match.end())
    # "I'll trail the stop once the first target fills": the condition right after the verb starts the trail; the
    # noun ("Trailing after Target 2", pt-blind61-j05) names the rule, not when it starts. "after TP2 trail, rest
    # at market" (hi "TP2 ke baad trailing SL laga dena"): the verb right after its condition starts it too.
    switched_on = english_pattern("trail_on").search(text, max(0, match.start() - 24), match.end())  # "Enable the trailing stop after TP2"
    verb = match.group().lower().split(" ")[0] == "trail" or bool(switched_on and switched_on.end() == match.end())
    starts = condition if (ends or verb) and _RIGHT_AFTER_TARGET.search(before) else None
    starts = starts or (_condition_target(after.group()) if verb and (after := _TRAIL_THEN_WHEN.match(text, match.end())) else None)
    starts = starts or trail_wording.start_after_stop_noun(text, match.end())  # "trailing stop after tp2"
    starts = starts or trail_starts.start_after_noun(text, match.end()) or (trail_starts.start_before_verb(before) or trail_starts.start_from_condition(before) if verb else None)
    starts = starts or trail_clause_starts.start_in_clause(before, text[match.end():match.end() + 12])  # "Depois do TP2 ativo trailing stop"
    return {"kind": "unspecified", "activate_after_target": starts} if starts else {"kind": "unspecified"}


# "2. hedeften sonra %2 takip eden stop" ("2. Target after %2 Trailing stop"): an ordinal's dot ends no sentence.
_SENTENCE_END = re.compile(r"(?<=[.!;])(?!(?<=\b[0-9]\.)[ ]+(?:tp|target)\b)[ ]+", re.I)
_RIGHT_AFTER_TARGET = re.compile(rf"\b(?:after|once)[ ]{{1,3}}(?:the[ ]{{1,3}})?{_NUMBERED_TARGET}[ ,:]{{0,4}}$", re.I)
_ENDS_SENTENCE = re.compile(r"[ ]{0,3}(?:(?:sl|stop)[ ]{0,3})?[.!;]?[ ]*(?:\n|$|(?<=[.!;])[ ])", re.I)
_TRAIL_THEN_WHEN = re.compile(rf"[ ]{{1,3}}(?:(?:the|my|our)[ ]{{1,3}})?(?:(?:stop|sl|rest|it)[ ]{{1,3}})?(?:after|once|when|as[ ]soon[ ]as)[ ]{{1,3}}(?:the[ ]{{1,3}})?{_NUMBERED_TARGET}", re.I)
_CLAUSE_END = re.compile(r"[;!\n]|[.,](?![0-9])")  # not a decimal point: "trailing 2.5% after TP2"


def _percent(line: str) -> Decimal | None:
    found = _PERCENT.search(line)
    percent = Decimal((found.group(1) or found.group(2)).replace(",", ".")) if found else None
    return percent if percent else None


_TARGET_WORD = re.compile(r"\b(?:tp|target|take[ -]?profit)s?\b", re.I)


def _trails_peak(text: str) -> dict | None:
    """"After TP1 the stop 1.5% below the high", "после TP1 стоп на 1,5% ниже максимума": a stop kept a
    percentage from the price's extreme once a target is hit is a trail, though the word is not written.
    Without the target's condition it may be where the stop starts ("SL 2% below the low")."""
    for line in rule_lines(text):
        # "TP2之后剩余仓位按最高点回撤1.5%止盈" ("after TP2 rest … peak … 1.5% Target"): profit taken a
        # percentage off the peak is the same trail, said of the take-profit.
        keeps = _STOP.search(line) or _TARGET_WORD.search(line)
        percent = _percent(line) if keeps and english_pattern("peak").search(line) else None
        activate = _condition_target(line) if percent else None
        if activate:
            return {"kind": "percent_below_highest", "callback_pct": percent, "activate_after_target": activate}
    return None


# "SL sẽ dời theo TP trước đó" ("SL … TP previous"), "stop bir önceki hedefi takip eder", "o stop vai
# acompanhando o alvo anterior": the stop one target behind the price, Cornix's "Moving Target".
# "стоп тянем за ценой по тейкам" ("SL … target by target"), "stop follows the price from TP to TP": the same.
_PREVIOUS_TARGET = re.compile(
    rf"(?:{english_pattern('previous').pattern})[ ]{{1,3}}(?:tp|target)s?\b|\b(?:tp|target)s?[ ]{{1,3}}previous\b"
    r"|\b(?:from[ ]{1,3})?(?P<step>tp|target)[ ]{1,3}(?:by|to)[ ]{1,3}(?P=step)\b",
    re.I,
)


def _follows_previous_target(text: str) -> dict | None:
    """A sentence that moves the stop along to the previous target, from the target its condition names
    ("after TP1 SL тянем … предыдущую Target" → after target 1)."""
    lines = rule_lines(text)
    for index, line in enumerate(lines):
        if steps_on(line):  # "after TP2 move SL to TP1, and so on" (``stepped_stops``)
            return {"kind": "moving_target", "activate_after_target": _condition_target(line) or _any_target_hit(line)}
        # "بعد الهدف الأول حركوا الوقف مع كل هدف (Trailing)" ("after the first target move SL with each
        # Target (Trailing)"): a stop moved at each target, called a trail, steps target by target too.
        stop, each = _STOP.search(line), _EACH_TARGET.search(line)
        if stop and each and stop.start() < each.start() and english_pattern("trailing").search(line):
            return {"kind": "moving_target", "activate_after_target": _condition_target(line[:each.end()])}
        found = _PREVIOUS_TARGET.search(line) or target_behind.search(line)  # "the stop trails one target behind"
        # "take profits target by target, stop 105" moves no stop: a stepping stop is named before its step.
        if found and _STOP.search(line, 0, found.start() if found["step"] else len(line)):
            # "TP1 hit → SL to entry. From then on the stop follows the previous target": the sentence before's target.
            back = index and carries_on(line) and _rule_target(lines[index - 1])
            head = line[:found.start()]
            return {"kind": "moving_target", "activate_after_target": _condition_target(head) or back or _any_target_hit(head)}
    return None


_ANY_TARGET_HIT = re.compile(r"\b(?:hit|after|once|when)[ ]{1,3}(?:a[ ]{1,3}|any[ ]{1,3})?(?:tp|target)\b(?![ ]{0,2}#?[0-9])", re.I)


def _any_target_hit(line: str) -> int | None:
    """"Chạm TP nào thì kéo SL xuống TP liền trước" ("hit TP which when move SL … TP previous"), "when a
    target hits, stop to the previous one": whichever target is hit, so from the first one."""
    return 1 if _ANY_TARGET_HIT.search(line) else None


def _rule_target(line: str) -> int | None:
    """The target a rule's condition names, after its word ("after TP1") or before it ("TP1 hit →")."""
    when = _WHEN.search(line)
    return _condition_target(line) or (condition_targets.target_before(line, when.start()) if when else None)


# "TP1 geldikten sonra" ("TP1 came after"), "TP1 ke baad": a condition that follows its target.
# "2. hedeften sonra" ("2. Target after"): the Turkish ordinal's dot before the target word.
_TARGET_THEN_WHEN = re.compile(rf"(?:{_NUMBERED_TARGET}|(?<![0-9.,])[0-9]{{1,2}}\.[ ]{{1,2}}(?:tp|target)\b)(?:[ ]{{1,3}}[^\W\d_]+){{0,2}}[ ]{{1,3}}(?:after|once|when)\b", re.I)


def _condition_target(text: str) -> int | None:
    """The target a condition names ("after TP1", "TP1'den sonra"), not a target only mentioned."""
    conditions = condition_targets.without_share_places(list(_WHEN.finditer(text)), text)
    named = condition_targets.last_named(conditions, list(_TARGET_NUMBER.finditer(text)))
    number = _target_number(named.group()) if named else (_target_number(text[conditions[0].start():]) if conditions else None)
    postposed = _TARGET_THEN_WHEN.search(text)
    # "a cada alvo batido" → "to each Target hit", "at every target": a rule from the first target on.
    return number or (_target_number(postposed.group()) if postposed else None) or (1 if _EACH_TARGET.search(text) else None)


def _target_number(line: str) -> int | None:
    match = _TARGET_NUMBER.search(line)
    if not match:
        return None
    ordinal = match.group(3) or match.group(4)
    if ordinal:
        return ORDINALS[ordinal.lower()]
    number = int(match.group(1) or match.group(2))
    return number if 1 <= number <= 20 else None
