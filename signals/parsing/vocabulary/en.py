"""English: the canonical spelling. Other languages' words are rewritten into these before the
section grammar (``sections.py``) reads the message, so these rows are what it understands."""

# "Bitcoin na venda agora", "Solana long": a coin's full name names its pair in any language
# (``vocabulary.coin_aliases``).
COINS = {
    "bitcoin": "BTC", "ethereum": "ETH", "solana": "SOL", "ripple": "XRP", "cardano": "ADA", "dogecoin": "DOGE",
    "polkadot": "DOT", "chainlink": "LINK", "avalanche": "AVAX", "litecoin": "LTC", "tron": "TRX", "polygon": "MATIC",
    "binance coin": "BNB", "toncoin": "TON", "shiba inu": "SHIB", "uniswap": "UNI", "doge coin": "DOGE",
}

# "tp 0,85 y 0,9", "chốt lời 1,95 rồi 1,82": words that join two prices of one list (``sections``).
# "TP first 29,2, second 27,8" ("TP pertama …, kedua …"): an ordinal between two prices lists them.
# "hedef 1.31 sonra 1.25", "objetivo 0,85 después 0,9": "after" once canonical, "then" between two prices.
# "targets 20.80 then 19.90 maybe 18.70 if btc dumps": a hedged last target is still one to take profit at.
JOINS = ("and", "then", "&", "second", "third", "fourth", "after", "maybe", "then maybe")
# "34.75 and letting the rest run to 32.9", "then 15.40, runner to 16.80": the last price of a target list,
# what is left of the position run to it, joined to the list (only ever read between two prices).
JOINS = JOINS + ("runner to", "runner at", "then runner to", "and runner to", "and a runner to", "the runner to", "and the runner to",
                 "rest to", "the rest to", "and the rest to", "rest at", "the rest at", "and the rest at", "rest runs to", "the rest runs to",
                 "let the rest run to", "and let the rest run to", "letting the rest run to", "and letting the rest run to",
                 "leaving the rest for", "and leaving the rest for", "runner for", "final runner to", "last runner to")

# "I opened", "I'm in", "anyone still holding", "who is in": a position already open, the writer's or the readers'
# (``asides.tells_own_trade``); asked about, or told without a whole plan, it is no call.
# "Cancel the old ETH order. New entry: …": words that say a call replaces an earlier one (``replacements``).
REPLACING = ("old", "previous", "earlier", "prior", "new", "instead", "updated", "replaces", "replacing")

HELD = (
    "i opened", "i've opened", "i have opened", "i'm in", "im in", "i am in", "i got in", "i entered", "i longed",
    "i shorted", "i'm holding", "im holding", "i am holding", "anyone still holding", "who is still holding",
    "who's still holding", "i'm still holding", "i am still holding", "still holding my", "still holding our",
    "anyone holding", "who is holding", "who's holding", "who is in", "who's in", "who else is in", "anyone in",
    "my long", "my short", "my entry", "my position",
    # "I'm long SOL from 152.4 …", "my ETH long": the writer's own side (a ticker between is read past).
    "i'm long", "im long", "i am long", "i'm short", "im short", "i am short",
    # "… should I close now or hold??": what to do with a position already open.
    "hold or cut", "hold or close", "close or hold", "cut or hold", "should i close", "should i hold",
    "should i cut", "what should i do",
)

# "… TP 160. Who's joining?": a question that invites the readers into the call (``asides``).
INVITE = ("who's joining", "who is joining", "who's with me", "who is with me", "who's in", "who is in", "you in", "are you in", "ready", "let's go", "anyone else in", "anybody else in", "who else is in", "who else is joining", "anyone joining",)
# A position the writer still holds from before (read by ``still_held``): his trade's story, not a new call.
STILL_HELD = ("i'm still holding", "im still holding", "i am still holding", "i'm still in", "im still in", "i am still in", "still holding my", "i'm positioned", "im positioned", "i am positioned", "still riding my", "still sitting in my",)
# A tag closing a notice's question, asking only for a nod (read by ``tag_asks``).
TAG_ASKS = ("ok", "okay", "right", "got it", "understood", "clear", "alright", "yeah",)
# "tô abrindo short em DOGE agora a mercado … beleza?": the writer opening a trade now, which a closing tag word does not make a question (``opening_now``).
OPENING_NOW = ("i'm opening", "im opening", "i am opening", "we're opening", "we are opening", "i'm entering", "im entering", "i'm going short", "i'm going long", "i'm shorting", "i'm longing")
HELD = HELD + ("who got in", "anyone get in", "anyone got in", "who took the", "anyone took the",)  # a question to the group about who got in (``still_held``)

# "Remember our SOL call last week?": a past call recalled, an advert's opening (``asides.recalls_call``).
RECALL = ("remember", "remember our", "remember the", "recall our", "throwback")

# "Weekly recap 📊 …", "复盘一下昨天那单 …": a title opening the message over past trades' results (``recaps``).
RECAP_TITLES = ("weekly recap", "monthly recap", "daily recap", "recap", "weekly results", "monthly results", "weekly report", "monthly report", "week in review", "month in review", "results of the week", "performance report", "trade review", "yesterday's results", "results review",)
# A day's wrap or yesterday's trade as a post's title: past results, read only of a post that reports hits
# or ticks (``past_titles``); a recap may still carry a fresh call below.
PAST_TITLES = ("yesterday's", "daily wrap", "daily wrap-up", "weekly wrap", "weekly wrap-up", "wrap-up", "day recap", "eod recap", "end of day recap", "today's results", "yesterday's trades", "yesterday's trade",
                "daily wrap up", "wrap up", "daily roundup", "daily round-up", "daily summary", "today's wrap",)

# "but ETH nahi, $AAVE", "not ETH, but SOL": a word that refuses the pair right beside it.
NOT_THIS = ("not", "but not")
# "止损0.0243 看0.0218 0.0205" (stop …, looking at …): after a stop, a look word right before a price
# names the targets (``looked_targets``).
LOOK_TARGETS = ("looking at", "looking for", "eyeing")
# "ETH looks heavy but SOL long here": a contrast that turns from the market talked about to the call (``contrast_call``).
CONTRASTS = ("but", "however")

# "is 20x at 3200 too much?", "should I …?": words opening a question (``questions``).
ASK_OPENS = ("is", "are", "should", "shall", "can", "could", "would", "will", "do", "does", "did", "what", "how", "which", "why", "anyone", "anybody", "is it", "worth")
# "ETH long 3200, stop 3100 still valid?": whether an earlier call still holds.
STILL_VALID = ("still valid", "still good", "still open to enter", "still active", "still in play", "still a go")
# "yesterday's DOGE signal (…) still valid?": a question that names an earlier call (``questions``).
EARLIER_CALL = ("yesterday", "yesterday's", "earlier", "last week", "the old signal", "your signal")
# "Yesterday's results were great, today SOL long …": the day the call after it is made (``asides``).
TODAY = ("today", "today's", "tonight")
# "DOT masih aman buat long ga ya?": whether a trade is still safe to take asks as "still valid" does (``questions``).
STILL_VALID = STILL_VALID + ("still safe", "still ok to enter", "still okay to enter")
ASK_MARKS = STILL_VALID + ("makes sense", "make sense", "good idea", "legit", "or lower", "or higher", "or below", "or above")
# "anyone in the SOL short? thinking of entering 182-185 …, is 10x too much or nah": words that close a message by
# asking the readers' opinion, with or without a "?" (``questions.asks_for_opinion``).
ASK_TAILS = ("or nah", "or naw", "or not", "or no", "yes or no", "yay or nay", "what do you think", "what do u think", "what do you guys think", "wdyt", "thoughts anyone")
WAIT_OR = ("or wait", "or should i wait", "or should we wait", "or better wait", "or just wait", "or wait for")  # "long from 142.5 or wait for 135?": a plan offered beside waiting is asked about (``unsure_asks``)
# "o que vocês acham do XRP? pensando em comprar …": asking the group's opinion makes a sentence a question.
ASK_MARKS = ASK_MARKS + ("what do you think", "what do u think", "what do you guys think", "what do u guys think", "thoughts on")
# "ARB 0.82 pe long lena abhi late hai kya? … koi bata do": a question's closing particle, or a plea that someone
# tell, asks (``questions``).
ASK_MARKS = ASK_MARKS + ("someone tell me", "somebody tell me", "anyone tell me")
DOUBTS = ("idk", "i dunno", "dunno", "not sure", "no idea", "im not sure", "i'm not sure", "scares me", "scared", "afraid", "worries me", "makes me nervous", "i'm nervous", "im nervous")  # "anyone think SEI is a steal?? … idk man": doubt after an opening question (``unsure_asks``)
# "thinking of longing SUI with stop 2.85 … but BTC dominance scares me": a trade weighed now, not called, after an
# opening question (``unsure_asks``); fear words ("scares me", "страшно") above are doubts too.
CONSIDERING = ("thinking of longing", "thinking of shorting", "thinking of buying", "thinking of selling", "thinking of entering", "thinking of going long", "thinking of going short", "thinking about longing", "thinking about shorting", "thinking about buying", "thinking about entering", "considering longing", "considering shorting", "considering buying", "considering a long", "considering a short", "thinking long", "thinking short", "thinking a long", "thinking a short", "thinking about going long", "thinking about going short", "thinking about selling", "considering going long", "considering going short")
# "alguém acha que ainda dá pra entrar em SOL a 142? … pensei em stop 136 e alvo 150": a plan thought of, told after
# an opening question, is weighed too, whatever word follows (``unsure_asks``).
CONSIDERING = CONSIDERING + ("i thought of", "i was thinking", "was thinking of a", "thought about a")

# "pensei em comprar … mas tô com medo", "was thinking of buying": a trade the writer considered, told in the past,
# is a musing, not a call, whatever targets it names (``musings``).
MUSING = ("was thinking of buying", "was thinking of selling", "was thinking of longing", "was thinking of shorting", "was thinking of entering", "thought about buying", "thought about selling", "thought about entering", "thought of buying", "was gonna buy", "was going to buy", "wanted to buy but", "wanted to long but", "wanted to short but")
POLL = ("poll", "vote", "votes", "voting", "survey", "cast your vote")  # "📊 ENQUETE … A) Long … B) Short …": a poll word or a call to vote over options (``polls``)
NOT_YET_HIT = ("not hit yet", "hasn't hit yet", "hasnt hit yet", "has not hit yet", "hasn't been hit yet", "not yet hit", "not reached yet", "hasn't reached yet", "not yet reached", "yet to hit", "yet to be hit", "yet to be reached")  # "target 7.80 kemaren belum kena": a hit word said not to have happened yet reports nothing (``pending_hits``)
# "TP1 almost hit", "almost at TP1": a target almost reached is not hit yet either (``pending_hits``).
NOT_YET_HIT = NOT_YET_HIT + ("almost hit", "almost reached", "almost at", "nearly hit", "nearly reached",
    "nearly at", "about to hit", "close to hitting", "almost done")
LATER = ("then", "afterwards", "after that", "later on", "later", "next")  # "… Цели … / Дальше стоп в безубыток.": a sentence opened by "then" says its stop move or close for later (``changes_now``)
# "SOL already went, now it's AVAX's turn": a coin said done (``TURN_DONE``) before the words handing the turn
# to the next (``TURN_NEXT``) is no call (``turn_passed``).
TURN_DONE = ("already pumped", "already went", "already ran", "already flew", "already moved", "already did its move", "already dumped", "is done", "already")
TURN_NEXT = ("turn", "next up", "now it's")

# "you serious about shorting LTC at 98? … i'd wait": a reply questioning a plan and advising to wait (``unsure_asks``).
ASK_MARKS = ASK_MARKS + ("are you serious", "you serious", "r u serious")
DOUBTS = DOUBTS + ("i'd wait", "i would wait", "id wait", "i'd stay out", "i would stay out")

# "I'm in SOL from 142 … hopefully tp 150 hits 🙏": a hope for a position already held (``hoped_trades``).
HOPES = ("hopefully", "fingers crossed", "pray for me", "wish me luck", "i hope it", "hope it hits")

WORDS = {
    # "SOL plan: 148.20 - 151.60 LONG": a heading word between the pair and its prices, a filler there (``line_prices``).
    "plan": ("plan", "trade plan", "game plan"),
    # "Targets sit at 0.0234, 0.0243", "цели находятся на …": a verb between a label and its prices (``label_verbs``).
    # "Stop goes above 0.1688": a verb between a stop label and its side word (``placed_stops``).
    "stop_goes": ("goes", "go", "sits", "stays", "will be", "should be", "would be", "will go", "should go", "is going", "is going to be"),
    "lies_at": ("sit at", "sits at", "sitting at", "sitting", "lie at", "lies at", "come in at", "comes in at", "are at", "is at", "stand at", "stands at", "are placed at", "are set at"),
    "trying": ("i'm trying", "im trying", "i am trying", "trying", "attempting"),  # "DOT long deniyorum 6,85": a verb between the side and its price (``entry_wording``)
    "so_on": ("and so on", "and so forth", "and so on with each target"),  # "after TP2 move SL to TP1, and so on": a stop stepping target by target (``stepped_stops``)
    "of_trade": ("of the trade", "for the trade", "on the trade", "of the position", "for the position"),  # "تحريك وقف الخسارة لصفقة #LTC" (the stop of the LTC trade): the trade a stop move names (``stop_subject``)
    "restate": ("meaning", "i.e.", "that is", "in other words"),
    # "Average Entry Zone: ~0.0447", "(from avg entry 4747.5)": the average of a plan's entries, which restates them (``sections``).
    "average": ("avg", "average", "center", "centre", "midpoint"),
    # "triggers 2x leverage contract liquidation", "被強制平倉": positions the market wipes out, neither this
    # trade's leverage nor a close to make (``leverage``).
    "liquidation": ("liquidation", "liquidations", "liquidated", "forced liquidation"),
    # "Primary Entry (2% capital): 0.0442": a share of the account, which weighs an entry leg (``hints``).
    "allocation": ("allocation", "distribution", "volume on", "volume per", "volume for", "size on", "size per", "size for"),
    "capital": ("capital", "balance", "portfolio", "deposit"),
    "entry": ("entry", "entries", "enter", "buy zone", "trigger", "trigger price", "trigger zone", "entry zone", "entry zones", "buy zones", "entry points", "open price", "opening price"),
    "sell_zone": ("sell zone", "sell area", "selling zone"),
    # "стоп тянем за ценой по тейкам", "SL follows target by target": a stop moved up one target at a time (``hints``).
    "stepwise": ("target by target", "tp by tp", "from target to target", "from tp to tp"),
    "zone": ("zone", "range", "area"),
    "stop": ("stop loss", "stoploss", "sl", "stop", "invalidation"),
    "target": ("target", "targets", "take profit", "tp", "objective", "objectives", "exits", "exit targets"),
    "leverage": ("leverage", "lev", "lvg", "gearing"),
    "long": ("potential rise", "long", "buy"),
    # a trade's horizon: a horizon, dropped with "mid term" before sides are read; its "short" is no side.
    "horizon": ("short term", "long term", "mid term", "medium term"),
    # "retail is shorting": a market move or the crowd's positions, no side of this call: it becomes the side-less "squeeze".
    "squeeze": ("short squeeze", "long squeeze", "short squeezes", "long squeezes", "retail is shorting", "retail is longing", "retail are shorting", "retail are longing", "investors are shorting", "investors are longing", "traders are shorting", "traders are longing", "everyone is shorting", "everyone is longing", "everybody is shorting", "everybody is longing", "the crowd is shorting", "the crowd is longing", "whales are shorting", "whales are longing", "selling pressure", "buying pressure", "selling volume", "buying volume", "selling interest", "buying interest"),
    "short": ("short", "sell"),
    "market": ("market", "market price", "cmp", "current price", "now", "market order"),
    "cancel": ("cancel", "cancelled", "canceled", "invalidated", "pull the order", "pull your orders"),
    "close": ("close", "closed", "exit"),
    "hit": ("hit", "reached", "achieved", "done"),
    "breakeven": ("breakeven", "break even", "be"),
    "move": ("move", "moved", "drag", "dragged", "pull", "pulled", "bump", "bumped"),  # "drag the stop down to 142.80" (``stop_wordings``)
    "after": ("after", "once"),
    # "SL to breakeven as soon as TP1 prints": a condition, as "when" is (``hints``).
    "when": (
        "as soon as",
        # "on retest of 3,480", "на ретесте 0.6120" (on a retest of): a conditional entry's trigger, as "on break of" is (blind77).
        "on retest of", "on a retest of", "on the retest of", "on retest", "on a retest", "on the retest", "retest of",
    ),
    "another": ("another",),
    # "For now wait and see", "staying on the sidelines": the writer opens nothing for now (``talk``).
    "wait_see": ("wait and see", "wait-and-see", "stay on the sidelines", "staying on the sidelines", "sit on the sidelines", "sitting on the sidelines"),
    "half": ("half of the position", "half the position", "half",),
    # "chốt toàn bộ lệnh", "close everything": the whole position, a close's share (``updates``).
    "whole": ("all", "everything", "whole position", "entire position", "the whole position", "the entire position", "in full", "fully", "completely"),
    "quarter": ("a quarter", "quarter"),
    # "50% di area atas, 50% di area bawah": the upper and lower part of an entry zone, each with its share (``zone_shares``).
    "upper_part": ("upper area", "upper part", "upper end", "top of the zone", "top of the range", "top of zone"),
    "lower_part": ("lower area", "lower part", "lower end", "bottom of the zone", "bottom of the range", "bottom of zone"),
    "half_each": ("half and half", "half each", "in two equal parts", "in 2 equal parts"),
    "cross": ("cross",),
    "isolated": ("isolated",),
    "profit": ("profit", "profits"),
    # "ведём стоп за ценой с отступом 1,5%" (we lead the stop behind the price): a trailing stop in words (blind56).
    # An order to switch a trailing stop on: the verb, whose condition starts the trail (``hints``).
    "trail_on": ("turn on the trailing stop", "switch on the trailing stop", "turn the trailing stop on", "enable trailing stop", "enable the trailing stop", "enable a trailing stop", "set a trailing stop", "set the trailing stop",
                 # "Use a trailing stop after TP2": "use" switches the trail on as "set" does.
                 "use a trailing stop", "use the trailing stop", "use trailing stop", "use a trailing sl", "use trailing sl"),
    "trailing": ("trailing the stop", "start trailing", "turn on trailing stop", "switch on trailing stop", "activate trailing stop", "trailing", "trailing stop", "trail the stop", "trail stop", "trail the sl", "trail sl", "trail your stop", "trail", "trail the stop behind price", "trail the stop behind the price", "stop follows the price", "the stop follows the price", "move the stop behind the price"),
    # "📌 Rules: after TP1 …" under a call: the plan's own management, no report (``plan_blocks``).
    "rules": ("rules", "rule", "house rules", "trade rules"),
    # "SL follows the previous target": a trailing stop one target behind (``hints``).
    "previous": ("previous", "prior", "preceding"),
    # "From then on the stop follows the previous target": a rule carried on from the sentence before (``rule_labels``).
    "carry_on": ("from then on", "from there on", "from that point on", "from then onwards", "thereafter"),
    # "SL 5.52 and targets already placed": orders set for a trade already open, a report (``updates``).
    "placed": ("already placed", "already in place", "already set"),
    # "#ARB long still active, entry 1.06": a reminder of a trade already open, never a new one.
    "status": (
        "active state", "status: active", "status: running", "trade is active", "trade running",
        "still active", "still running", "still open", "still live", "trade is running", "position is running",
        "position running", "is still running",
        # "📍 Trailing Stop Activated | BTCUSD @ 64979.21 | SL: 64940.04": a bot's notice on an open position.
        "trailing stop activated", "trailing stop tightened", "trailing stop updated", "trailing stop moved",
        "trailing stop raised", "trailing stop lowered", "trailing stop adjusted",
        # A copy bot's notice that it opened the position for the reader: a running trade, no call.
        "position opened for you", "opened for you", "trade opened for you", "opened on your account", "copied to your account", "do not re-enter manually", "don't re-enter manually", "dont re-enter manually", "no need to enter manually", "do not enter manually", "no manual entry needed",
    ),
    "pair": ("coin", "pair", "symbol", "ticker", "asset", "token"),
    "first": ("firstly", "at first", "first",),
    # "after each reached target": a target reached is a target (``hints``); "each hit" is left, "hit" reports.
    "each": ("each", "every", "each reached", "every reached", "each achieved", "every achieved"),
    "respectively": ("respectively",),
    # "trail the stop 1.5% below the high", "стоп на 1,5% ниже максимума": the price extreme a trailing stop follows (``hints``).
    "peak": ("peak", "the peak", "the high", "the highs", "the top", "the low", "the lows", "the bottom", "local high", "local low", "highest price", "lowest price"),
    # "take 50% at TP1, rest at TP2", "остальное поровну на втором и третьем": what is left of the
    # position after a share, split over the targets left (``hints``).
    "rest": ("rest", "the rest", "remainder", "the remainder", "what's left", "what is left", "whatever is left"),
    "runner": ("runner", "the runner", "a runner", "moonbag", "moon bag", "runner bag"),
    # "SL: 198.950 (50 pips)", "TP1: 197.950 — 50 pips", "SL 30 pts": a distance from a price, never a price
    # (``line_prices``). Vietnamese writes "pip" too; its "điểm" is also an index level, so it has no row.
    "distance": ("pips", "pip", "points", "pts"),
    "no_leverage": ("no leverage", "without leverage", "no lev"),
    "wrong": ("i'm wrong", "i am wrong", "we're wrong", "we are wrong", "wrong",
              # "Thesis is dead on a close above 41.05", "setup is invalid below 2.10": the idea void at a price,
              # as "I'm wrong below it" is (``wrong_stops``).
              "thesis is dead", "thesis dead", "idea is dead", "setup is dead", "trade is dead", "setup invalid", "setup is invalid",
              "idea invalid", "idea is invalid", "thesis invalid", "thesis is invalid", "thesis breaks", "idea breaks",
              "thesis is wrong", "idea is wrong", "setup is void", "idea is void", "thesis is void"),
    "second": ("second",),
    "third": ("third",),
    # "والـ١٠٪ الباقية عند الرابع" (the remaining 10% at the fourth): a target by its place (``ordinal_shares``).
    "fourth": ("fourth",),
    # "ETH short at 3420", "short karo 3420 pe", "short di 3420": the word that ties a price to the
    # side before it. ``sections`` skips these in any message, whatever its language.
    "at": ("at",),
    # "VIP membership 50% off … last month our BTC long hit all targets … DM": an advert or a
    # results post, which ``signal.build`` never trades without a stop and an entry label.
    # "📰 News: ETF inflows …", "BREAKING NEWS:": a news post opening the message is no trade nor update.
    "news": ("news", "breaking news", "market news", "crypto news", "headlines"),
    "promo": (
        "vip membership", "vip access", "vip group", "vip channel", "join vip", "join our vip", "membership", "join now",
        "subscribe", "subscription", "discount", "% off", "promo", "offer ends", "limited offer", "dm me", "dm us",
        "last month", "last week", "yesterday", "this week's results", "results", "hit all", "all targets hit",
        "all targets done", "profit made",
        # "📊 Weekly report: 12 signals, 9 TP ✅": a recap of past trades, no news for one of them.
        "weekly report", "monthly report", "daily report", "weekly recap", "monthly recap", "recap", "win rate",
        "weekly results", "monthly results", "week in review", "month in review",
        "winrate", "total signals",
        # "🏆 MONTHLY PERFORMANCE REPORT — June | RNDR long @ 7.10 → TP4 10.20 (+43%)": past calls' results.
        "performance report", "performance recap", "monthly performance", "weekly performance",
        # "November recap | 23 signals, 17 winners … Best trade: #TAO long 402 → 563 (+40%)": past results.
        "best trade", "worst trade", "best call", "worst call",
    ),
    "candle": ("candle",),
    "margin": ("margin", "mode:", "wallet", "margin type", "wallet mode"),
    "cross_margin": ("cross margin",),
    "isolated_margin": ("isolated margin",),
    "order_type": ("order type", "type of order"),
    # "Buy in 3 orders", "Entry 3 parts: …": a count of a ladder's orders, not a price (``sections``).
    # "short laddered: 84.6 / 85.9 / 87.2": a ladder's prices are the legs of one entry.
    "parts": ("part", "parts", "orders", "legs", "steps", "tranches", "batches", "ladder", "laddered", "rung", "rungs", "trades"),
    "or": ("or",),
    # "BTC could bounce from 62000 toward 65000": talk about what price may do, not an order.
    "hedge": ("maybe", "might", "could", "perhaps", "possibly", "probably", "likely", "watching"),
    # "… not a call": the author says it is no trade. "Not financial advice" is every signal's footer.
    # "Anyone know if SOL at 165 is still a buy?", "thinking of going long": a question or a plan of
    # the writer's own, which ``signal.build`` never trades without targets.
    "ask": (
        "anyone know", "anyone knows", "does anyone", "anybody know", "what do you think", "any thoughts",
        "thinking of", "thinking about", "i'm thinking", "im thinking", "should i", "is it still a good",
        # "If you buy SOL at 180 and put the stop at 171 …": a hypothetical, not an order.
        "if you buy", "if you sell", "if you long", "if you short", "if you enter", "if you go long", "if you go short",
    ),
    # "Trade #1284 Incoming … (Prepare, dont place it yet)": a trade announced, not to be placed yet.
    "not_a_call": (
        "not a call", "not a signal", "not a trade signal", "dont place it yet", "don't place it yet",
        "do not place it yet", "dont place yet", "don't place yet", "dont enter yet", "don't enter yet", "do not enter yet",
        # "Just an example, not a trade call": a worked example says it is none, after its prices.
        "not a trade call", "isnt a call", "isn't a call", "just an example", "only an example", "example only",
        # "No new trades today": the author opens nothing, whatever levels the analysis around it names.
        "no new trades today", "no new trade today", "no trades today", "no trade today", "no new positions today", "no new entries today", "no signal today", "no signals today", "no new signals today", "no trades for today",
    ),
    # "📚 How to read our signals: a call like …", "What is a stop loss? For example …": a lesson or an
    # example, which ``signal.build`` never trades, whatever prices it names.
    "lesson": (
        "how to interpret", "how to understand a signal", "trade scenario", "trading scenario", "hypothetical", "hypothetically", "practical example",
        "how to read", "how to use", "how to set", "how to", "what is", "what's a", "for example", "example", "e.g.",
        "lesson", "education", "educational", "tutorial", "beginners", "beginner", "newbies", "newbie",
        "tip for beginners", "tips for beginners", "trading tip", "📚", "📖",
        # "Risk management 101 | Say you long ETH at 3,400 with a stop at 3,332 …": a worked example.
        "say you", "let's say you", "suppose you", "imagine you", "assume you", "trading 101", "management 101",
        "risk 101",
        # "here's how a trader might have planned this short trade: … would have been at 3.1053": a past
        # chart explained after the fact, no order.
        "might have planned", "would have planned", "could have planned", "would have entered",
        # "TRADING STRATEGY GUIDE ✍️ | 1️⃣ Margin Mode …", "follow these key guidelines: … Example signal post":
        # rules for trading or for posting signals, whatever example prices they quote.
        "guide", "guidelines", "trading guide", "strategy guide",
    ),
    # "🆕 NEW CALL | #INJ/USDT LONG …" after updates on other coins: a header opening a new call (``desk_posts``).
    "new_call": ("new call", "new signal", "new trade", "new setup", "today's signal", "todays signal", "signal of the day", "trade of the day", "today's opportunity", "todays opportunity", "opportunity of the day"),
    # "ETH is weak too, not touching it. SOL long …": a pair the text declines to trade (``called_pair``).
    # "LINK: 15,40 aşılmadıkça long düşünmüyoruz", "not looking to long": a side refused is no side (``sections.stated_side``).
    "decline": ("not touching", "won't touch", "wouldn't touch", "not trading", "staying away from", "stay away from it", "skipping it", "not for me", "passing on", "not looking to long", "not looking to short", "not looking for longs", "not looking for shorts", "not considering a long", "not considering longs", "not considering a short", "not considering shorts",
                # "BTC is stuck, forget about it": the pair talked about, set aside.
                "forget about it", "forget it",
                # "BTC ranging, no opportunity there, mainly watching LTC": the coin talked about has nothing to trade.
                "no opportunity", "no opportunities", "nothing to trade"),
}

# "22 Feb 2026", "22 февраля", "22 Şubat", "22 de febrero": a month's name beside a day makes a date, never a price (``stamps``).
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
          "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec")

# "Приклад розрахунку стоп-лоссу", "Example calculation": a worked calculation after a plan, whose numbers are no
# part of it (``examples``). "Exemplo real: …", "Contoh Skenario (Margin 5x, Long)": a real case or scenario a lesson
# works through is its example too, however much it reads like a trade.
CALCULATION = ("calculation", "calculations", "calc", "math", "scenario", "real", "real-life", "walkthrough")
# "Scenario A – SELL … / Scenario B – BUY …", "Plan 1 / Plan 2": a noun that, with a letter or number after it at a
# line's start, heads one of a post's alternative plans (``alternatives``).
ALTERNATIVES = ('scenario', 'plan', 'option', 'variant', 'alternative', 'setup')
# "Aggressive: … / Conservative: …": a risk profile heading one of a post's alternative plans (``alternatives``).
PROFILES = ('aggressive', 'conservative', 'moderate', 'risky', 'safe')

# "short desde 0,01385 hasta 0,01420": an entry zone written from one price to another (``entry_wording``).
RANGE_WORDS = ("from {} to {}", "from {} till {}", "from {} until {}", "between {} and {}", "{} till {}", "{} until {}")

# "so the plan is still long INJ 21.40-22.10 with stop 20.30?": a question whether the plan still stands asks about
# the plan it restates, as "still valid?" does (``questions.asks_if_still_valid``); without the "?" it is a call.
STILL_VALID = STILL_VALID + ("plan is still", "is the plan still", "plan still", "still the plan")
# "is it too late to long SOL at 142? was thinking stop 136 and tp 155": a plan thought of, told after an opening
# question with its subject dropped, is weighed (``unsure_asks``), as "tava pensando", "думал", "socha tha" are.
CONSIDERING = CONSIDERING + ("was thinking",)
# "is it too late to enter now? you said long 612, stop 598": whether it is too late to enter an earlier call asks about that call, as "still valid?" does
# (``questions.asks_if_still_valid``); "you had said" names the earlier call whose prices are repeated (blind77).
STILL_VALID = STILL_VALID + ("is it too late", "am i too late", "am i late", "too late to enter", "late to enter")
EARLIER_CALL = EARLIER_CALL + ("you said", "you had said")
