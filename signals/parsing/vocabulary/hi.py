"""Hindi, in Devanagari and in the Latin letters of Hinglish ("entry pe shift kar dena").

Hindi and Hinglish channels write decimals with a dot, as English does ("14.6", "0.7435"), so
this table sets no number style of its own.
"""

# "बिटकॉइन": the coins' names in Devanagari (``vocabulary.coin_aliases``).
COINS = {
    "बिटकॉइन": "BTC", "बिटकोइन": "BTC", "एथेरियम": "ETH", "इथेरियम": "ETH", "सोलाना": "SOL", "डॉजकॉइन": "DOGE",
    "डोजकॉइन": "DOGE", "रिपल": "XRP",
}

# "tp 0,85 y 0,9", "chốt lời 1,95 rồi 1,82": words that join two prices of one list (``sections``).
JOINS = ("aur", "और", "phir", "फिर", "fir", "fhir")
# "34.75, baaki 32.9 tak" (the rest up to …): the last price of a target list, joined to it.
JOINS = JOINS + ("baaki", "baki", "बाकी", "aur baaki", "और बाकी")

# "maine liya", "meri entry", "kaun hold kar raha": a position already open (``asides.tells_own_trade``).
# "Cancel the old ETH order. New entry: …": words that say a call replaces an earlier one (``replacements``).
REPLACING = ("purana", "purani", "pichla", "pichli", "पुराना", "पुरानी", "पिछला", "पिछली", "naya", "nayi", "नया", "नई", "ki jagah")

HELD = (
    "maine", "मैंने", "le liya", "ले लिया", "liya hai", "mera trade", "meri entry", "mera long", "mera short",
    "main hold kar raha", "kaun hold kar raha", "koi hold kar raha", "kaun hold kar rahe", "kaun hold",
    "kisne liya", "मेरी एंट्री",
    # "Hold karu ya cut karu?", "kya karu?": what the writer should do with a position already open.
    "mera position", "meri position", "hold karu", "hold karun", "cut karu", "cut karun", "close karu", "close karun",
    "kya karu", "kya karun", "मेरा लॉन्ग", "मेरा शॉर्ट",
    # "main ARB long hoon 0.92 se … cut karu?": the writer's own side said with "I am".
    "main long hoon", "main short hoon", "mai long hu", "mai short hu", "main long hu", "main short hu",
)

INVITE = ("kaun aa raha", "kaun join kar raha", "ready ho", "chalo", "aur kaun aa raha",)
# A position the writer still holds from before (read by ``still_held``): his trade's story, not a new call.
STILL_HELD = ("main abhi bhi hold", "main ab bhi hold", "mai abhi bhi hold", "मैं अभी भी होल्ड", "abhi bhi hold kar raha hu", "abhi bhi hold kar raha hoon",)
# A tag closing a notice's question, asking only for a nod (read by ``tag_asks``).
TAG_ASKS = ("samjhe", "samjha", "theek hai", "thik hai", "ok na", "समझे", "ठीक है",)
# "2,12'nin altında günlük kapanış gelirse çıkıyoruz" (if a daily close comes under 2,12 we exit): an exit said
# after its price, the stop (``exits_after_price``).
EXITS_AFTER_PRICE = ("nikal jayenge", "nikal jaenge", "nikal jaunga", "exit karenge", "exit kar denge", "bahar nikal jayenge")
# "tô abrindo short em DOGE agora a mercado … beleza?": the writer opening a trade now, which a closing tag word does not make a question (``opening_now``).
OPENING_NOW = ("khol raha hoon", "khol rahe hain", "le raha hoon", "main khol raha")
HELD = HELD + ("kisne entry li", "kaun entry le chuka",)  # a question to the group about who got in (``still_held``)

# "yaad hai … call", "याद है": a past call recalled (``asides.recalls_call``).
RECALL = ("yaad hai", "yaad he", "याद है", "yad hai")

# "Weekly recap 📊 …", "复盘一下昨天那单 …": a title opening the message over past trades' results (``recaps``).
RECAP_TITLES = ("hafte ka result", "hafte ka recap", "saptahik report", "साप्ताहिक रिपोर्ट", "हफ्ते का रिजल्ट",)
# A day's wrap or yesterday's trade as a post's title: past results, read only of a post that reports hits
# or ticks (``past_titles``); a recap may still carry a fresh call below.
PAST_TITLES = ("kal ka trade", "kal ke trade", "aaj ka summary", "कल का ट्रेड", "aaj ka recap", "आज का सारांश", "daily summary",)

# "but ETH nahi, $AAVE", "not ETH, but SOL": a word that refuses the pair right beside it.
NOT_THIS = ("nahi", "nahin", "नहीं")
# After a stop, a look word before a price names the targets (``looked_targets``).
LOOK_TARGETS = ("dekh rahe", "dekhenge", "देख रहे")
# "BTC weak hai lekin SOL long", "magar", "par" is the table's "at": a contrast that turns from the market talked about to the call (``contrast_call``).
CONTRASTS = ("lekin", "magar", "लेकिन", "मगर", "but")

# "kya 3200 pe long sahi hai?": a question's opening words and its particles (``questions``).
ASK_OPENS = ("kya", "क्या", "kaise", "kitna", "kitni", "कितना", "koi", "कोई")
# "kal wala ETH call abhi bhi valid hai?": whether an earlier call still holds (``questions``).
STILL_VALID = ("abhi bhi valid", "ab bhi valid", "still valid hai", "अभी भी वैलिड", "abhi bhi chal raha", "ab bhi chalega", "abhi bhi active")
# "yesterday's DOGE signal (…) still valid?": a question that names an earlier call (``questions``).
EARLIER_CALL = ("kal wala", "kal ka", "kal wali", "कल वाला")
TODAY = ("आज", "aaj")
# "DOT masih aman buat long ga ya?": whether a trade is still safe to take asks as "still valid" does (``questions``).
STILL_VALID = STILL_VALID + ("abhi bhi safe", "ab bhi safe", "abhi safe hai", "अभी भी सेफ")
ASK_MARKS = STILL_VALID + ("sahi hai kya", "theek hai kya", "ya nahi", "ki nahi", "ya neeche", "ya upar", "ya aur neeche", "ya aur upar")
ASK_TAILS = ("ya nahi", "ki nahi", "kya lagta hai", "kya bolte ho", "sahi hai kya", "या नहीं", "क्या लगता है")
WAIT_OR = ("ya wait karein", "ya wait karu", "ya wait karun", "ya wait kare", "ya ruk jaye", "ya ruke", "या रुकें", "या इंतजार करें")  # "long from 142.5 or wait for 135?": a plan offered beside waiting is asked about (``unsure_asks``)
# "o que vocês acham do XRP? pensando em comprar …": asking the group's opinion makes a sentence a question.
ASK_MARKS = ASK_MARKS + ("kya lagta hai", "kya sochte ho", "क्या लगता है")
# "ARB 0.82 pe long lena abhi late hai kya? … koi bata do": a question's closing particle, or a plea that someone
# tell, asks (``questions``).
ASK_MARKS = ASK_MARKS + ("hai kya", "hain kya", "h kya", "है क्या", "हैं क्या", "koi bata do", "koi batao", "कोई बताओ", "कोई बता दो")
DOUBTS = ("pata nahi", "sure nahi", "पता नहीं", "पक्का नहीं", "darr lag raha", "dar lag raha", "dar lagta", "darr lagta", "डर लग रहा", "डर लगता")  # "anyone think SEI is a steal?? … idk man": doubt after an opening question (``unsure_asks``)
# "thinking of longing SUI with stop 2.85 … but BTC dominance scares me": a trade weighed now, not called, after an
# opening question (``unsure_asks``); fear words ("scares me", "страшно") above are doubts too.
CONSIDERING = ("lene ka soch raha hu", "lene ka soch raha hoon", "long lene ka soch", "short lene ka soch", "entry ka soch raha", "लेने का सोच रहा हूँ", "लेने की सोच रहा", "long ka soch raha", "short ka soch raha")
# "alguém acha que ainda dá pra entrar em SOL a 142? … pensei em stop 136 e alvo 150": a plan thought of, told after
# an opening question, is weighed too, whatever word follows (``unsure_asks``).
CONSIDERING = CONSIDERING + ("socha tha", "soch raha tha", "सोचा था")

MUSING = ("lene ka soch raha tha", "lene ka socha tha", "kharidne ka socha tha", "entry ka socha tha", "लेने का सोचा था", "लेने का सोच रहा था", "lena tha par", "lena chahta tha par")
POLL = ("poll", "vote karo", "vote do", "वोट", "मतदान")  # "📊 ENQUETE … A) Long … B) Short …": a poll word or a call to vote over options (``polls``)
NOT_YET_HIT = ("abhi tak hit nahi", "hit nahi hua", "abhi hit nahi", "abhi tak nahi aaya", "अभी तक हिट नहीं", "हिट नहीं हुआ")  # "target 7.80 kemaren belum kena": a hit word said not to have happened yet reports nothing (``pending_hits``)
# "TP1 लगभग हिट" (TP1 almost hit), "hit hone wala" (about to hit): a target almost reached is not hit yet either (``pending_hits``).
NOT_YET_HIT = NOT_YET_HIT + ("लगभग हिट", "लगभग पहुंच", "लगभग पहुँच", "हिट होने वाला", "पहुंचने वाला", "lagbhag hit",
    "hit hone wala", "hit hone hi wala", "pahunchne wala")
LATER = ("phir", "uske baad", "iske baad", "baad mein", "फिर", "उसके बाद")  # "… Цели … / Дальше стоп в безубыток.": a sentence opened by "then" says its stop move or close for later (``changes_now``)
TURN_DONE = ("already", "ho gaya", "chala gaya", "nikal gaya", "ud gaya", "udd gaya", "pump ho gaya", "उड़ गया", "हो गया")
TURN_NEXT = ("ki baari", "baari", "की बारी", "बारी")

# "SOL में 142 पर लॉन्ग लेना अभी ठीक रहेगा क्या?", "142 pe long lu kya abhi?": asking whether a trade would be right,
# or whether to take it, makes the sentence a question (``questions``); "soch raha hu" after it weighs the plan.
ASK_MARKS = ASK_MARKS + (
    "ठीक रहेगा क्या", "सही रहेगा क्या", "theek rahega kya", "thik rahega kya", "sahi rahega kya",
    "लूं क्या", "लूँ क्या", "लू क्या", "lu kya", "lun kya", "loon kya", "lena chahiye kya", "लेना चाहिए क्या",
)
WAIT_OR = WAIT_OR + ("ya thoda wait karu", "ya thoda wait karun", "या थोड़ा रुकूं", "या थोड़ा वेट करूं")
CONSIDERING = CONSIDERING + ("soch raha hu", "soch raha hoon", "soch rahi hu", "सोच रहा हूँ", "सोच रहा हूं")

# "maine SUI 3.12 pe le liya … umeed hai tp 3.40 aayega": a hope for a position already held (``hoped_trades``).
HOPES = ("umeed hai", "ummid hai", "उम्मीद है", "dua karo", "दुआ करो", "pray karo")

WORDS = {
    # "plan" after the pair, as English "SOL plan: 148.20 - 151.60" (``line_prices``).
    "plan": ("ka plan", "योजना"),
    # a verb between a label and its prices, as English "targets sit at" (``label_verbs``).
    # "Stop goes above 0.1688": a verb between a stop label and its side word (``placed_stops``).
    "stop_goes": ("jayega", "jaega", "lagega", "lagana", "जाएगा", "लगेगा", "लगाना"),
    "lies_at": ("rahenge", "rahega", "रहेंगे", "रहेगा"),
    "trying": ("try kar raha", "try kar rahe", "try kar rha", "koshish", "कोशिश"),  # "DOT long deniyorum 6,85": a verb between the side and its price (``entry_wording``)
    "so_on": ("isi tarah", "aise hi aage", "इसी तरह"),  # "after TP2 move SL to TP1, and so on": a stop stepping target by target (``stepped_stops``)
    "of_trade": ("trade ka", "trade ki", "ट्रेड का", "ट्रेड की"),  # "تحريك وقف الخسارة لصفقة #LTC" (the stop of the LTC trade): the trade a stop move names (``stop_subject``)
    # "बिकवाली का दबाव" (selling pressure): the market's flow, no side of this call: it becomes the side-less "squeeze".
    "squeeze": ("बिकवाली का दबाव", "खरीदारी का दबाव", "बिकवाली दबाव", "खरीदारी दबाव"),
    "restate": ("matlab", "yaani", "yani", "मतलब", "यानी"),
    "average": ("औसत",),
    "liquidation": ("लिक्विडेशन",),
    "allocation": ("आवंटन", "बंटवारा", "profit booking split", "चरणों में मुनाफा", "volume per"),
    "capital": ("पूंजी",),
    # "long 0.52 pe, add 0.49 pe", "avg 0.47 pe karna", "दूसरी एंट्री": an added leg, which adds to the side's own
    # price (``legs``).
    "dca": (
        # "if they flush it I add at 145,2", "добираю на 145,2": the added leg told in the first person.
        "add karunga", "add karenge", "aur lunga",
        "avg karo", "avg karna", "avg kar lena", "average karo", "add karo", "add karna", "एवरेज करें", "दूसरी एंट्री"),
    "entry": (
        # "Trigger ▸ 24.85": a template's trigger price is where the trade opens (``values_then_label``).
        "ट्रिगर प्राइस", "trigger price",
        # "Ladder buys: 63,850 / 63,200 / 62,400": a ladder's buy orders under their own heading, its entries.
        "ladder buys", "सीढ़ी खरीद ऑर्डर",
        # "bids at: 0.0118 (20%) …", buy orders placed: a ladder's entries.
        "खरीद ऑर्डर", "buy orders", "bids",
        # "लिमिट ऑर्डर: 0.585 / 0.572" (limit orders): the limit orders placed are the entries.
        "लिमिट ऑर्डर", "लिमिट ऑर्डर्स", "सेल लिमिट", "बाय लिमिट", "limit orders",
        "एंट्री", "प्रवेश", "एंट्री ज़ोन", "एंट्री ज़ोन्स", "entry zones", "खरीद मूल्य", "प्रवेश मूल्य", "entry", "बाय ज़ोन", "बाय जोन",
        "entry lo", "entry le lo", "एंट्री लें", "एवरेज",
        # "खरीद ज़ोन: 0.0341 - 0.0335" (buy zone), "संचय ज़ोन" (accumulation zone).
        "खरीद ज़ोन", "खरीद जोन", "खरीदारी ज़ोन", "खरीदारी जोन", "संचय ज़ोन", "संचय जोन",
        # "खरीद भाव: ₹78,50,000" (buy price).
        "खरीद भाव", "खरीदी भाव",
        # "सीढ़ी एंट्री: 0.0312 / 0.0298" (the steps of a ladder), "step entry": a ladder's entries under their own label.
        "सीढ़ी", "सीढ़ी एंट्री", "step entry", "steps entry",
    ),
    # "стоп тянем за ценой по тейкам", "SL follows target by target": a stop moved up one target at a time (``hints``).
    "stepwise": ("target dar target", "har target ke saath"),
    "zone": ("ज़ोन", "क्षेत्र"),
    "stop": (
        "स्टॉप लॉस", "स्टॉपलॉस", "स्टॉप", "एसएल", "stop loss", "sl",
        "stoploss", "स्टॉप-लॉस",
    ),
    "target": (
        "टारगेट", "लक्ष्य", "टार्गेट", "टीपी", "target", "tp", "टारगेट्स", "टार्गेट्स",
        "tgt",
        # "आंशिक बिक्री: 1.70 / 1.85" (partial sell): the share a spot buy sells at each price, its targets.
        "आंशिक बिक्री", "partial sell",
    ),
    "leverage": ("लीवरेज", "लेवरेज", "leverage"),
    # "ETH short karo 3420 pe", "long lo": Hinglish puts a verb ("do", "take") after the side.
    # "ETH short banao 3540 ke upar", "ETH में शॉर्ट बनाओ 3,465 से 3,490 तक": or "make" ("banao", "बनाओ") a position.
    # "close de to long banta hai" (then a long is on), "OP sell kar do 1.82-1.86" (sell it): the side said as what
    # the price makes, or with "do" as "lo".
    # "ETH में शॉर्ट लो 3620 पर" (take a short at 3620): the side with its verb, as "short lo" is written in Latin.
    "long": ("sambhavit tezi", "संभावित तेजी", "लॉन्ग बनाओ", "लॉन्ग बना लो", "लॉंग बनाओ", "लॉंग बना लो", "लॉन्ग लो", "लॉन्ग ले लो", "लॉन्ग करो", "लॉंग लो", "लॉन्ग", "लॉंग", "long", "long karo", "long lo", "long le lo", "buy karo", "long banao", "long banalo", "long bana lo", "long bana do", "long kar lo", "long kar do", "buy kar lo", "buy kar do", "long banta hai", "long banta",
             "long बनता है", "long बनता", "लॉन्ग बनता है"),  # "अब AVAX long बनता है": the same in Devanagari
    # "short term long" in Hinglish: a horizon, dropped with "mid term" before sides are read; its "short" is no side.
    "horizon": ("short term", "long term", "शॉर्ट टर्म", "लॉन्ग टर्म"),
    "short": ("शॉर्ट बनाओ", "शॉर्ट बना लो", "शॉट बनाओ", "शॉर्ट लो", "शॉर्ट ले लो", "शॉर्ट करो", "शॉर्ट", "short", "short karo", "short lo", "short le lo", "sell karo", "short banao", "short banalo", "short bana lo", "short bana do", "short kar lo", "short kar do", "sell kar lo", "sell kar do", "short banta hai", "short banta",
              "short बनता है", "short बनता", "शॉर्ट बनता है"),
    "market": (
        "मार्केट प्राइस", "वर्तमान मूल्य", "अभी",
        "abhi", "abhi ke price pe", "current price pe", "cmp pe", "market price pe", "मार्केट ऑर्डर",
    ),
    "cancel": (
        "रद्द", "कैंसल",
        "cancel karo", "cancel kar do", "cancel kar dijiye", "cancel karein",
    ),
    "close": (
        # "cut it here, -1R", "режем позицию": cutting a trade is closing it now (blind65).
        "cut karo", "cut kar do", "position cut karo",
        # "Amankan 50% posisi", "paying myself on half": banking a share of a running trade (securing, pocketing) is closing it.
        "profit secure karo", "profit secure kar lo", "jeb mein dalo", "जेब में डालो",
        "बंद करें", "बंद",
        "close karo", "close kar do", "book karo", "profit book karo",
        # "अभी 50% प्रॉफिट बुक करें" (book 50% profit now), "TRADE CLOSE KARDO" ("kar do" written as one word).
        "प्रॉफिट बुक करें", "प्रॉफिट बुक करो", "प्रॉफिट बुक कर लें", "बुक करें", "बुक करो", "बुक कर लें",
        "close kardo", "book kardo", "profit book kar lo", "book kar lo",
    ),
    "hit": ("हिट", "पूरा हुआ", "पहुंच गया", "lag gaya", "lag gya"),  # "SL lag gaya": the stop was hit
    "stopped": (
        "स्टॉप लॉस हिट", "स्टॉप हिट",
    ),
    # "entry fill ho gaya 1.71 pe" (the entry filled at 1.71): a report on a trade already open.
    "filled": (
        "fill ho gaya", "fill ho gayi", "fill ho gya", "fill ho chuka", "fill hua", "trigger ho gaya", "activate ho gaya",
        "फिल हो गया", "ट्रिगर हो गया",
    ),
    "breakeven": ("ब्रेकईवन",),
    "move": ("neeche karo", "upar karo", 
        "शिफ्ट करें", "ले जाएं",
        "shift karo", "shift kar do", "le jao", "shift kar dena",
        # "sl entry pe shift kar lo" (shift your SL to entry): the same order said to oneself's readers, "kar lo".
        "shift kar lo", "shift kar lijiye", "शिफ्ट कर लो", "pe kar lo", "par kar lo", "पर कर लो", "पे कर लो",
        # "SL 0.742 pe shift kar diya" (the SL was moved to): a move reported done, which a copier makes too.
        "shift kar diya", "shift ho gaya", "शिफ्ट कर दिया",
        # "SL अब एंट्री पर कर दो" (put the SL at entry now): "put at" said after the place (``stop_wordings``).
        "पर कर दो", "पे कर दो", "par kar do", "pe kar do", "खींच दो", "kheench do",
        # "SL एंट्री पे कर दें" (please put the SL at entry): the same order in its polite forms.
        "पर कर दें", "पे कर दें", "पर कर दीजिए", "पे कर दीजिए", "par kar dein", "pe kar dein", "par kar den", "pe kar den",
        "par kar dijiye", "pe kar dijiye",
        # "SL अपनी entry पे ले आओ" (bring your SL to entry): "bring to" said after the place, in every politeness.
        "पे ले आओ", "पर ले आओ", "पे ले आएं", "पर ले आएं", "पे ले आइए", "पर ले आइए", "पे ले आना", "पर ले आना",
        "pe le aao", "par le aao", "pe le ao", "par le ao", "pe le aaye", "par le aaye", "pe le aayein", "par le aayein",
        "pe le aana", "par le aana",
        # "SL को एंट्री पर कर दिया जाए" (let the SL be put at entry): the passive jussive, in both scripts (w4u).
        "पर कर दिया जाए", "पे कर दिया जाए", "पर कर दिया जाय", "पे कर दिया जाय", "पर किया जाए", "पे किया जाए",
        "पर शिफ्ट किया जाए", "पे शिफ्ट किया जाए", "शिफ्ट किया जाए", "शिफ्ट कर दिया जाए", "पर ले जाया जाए",
        "par kar diya jaye", "pe kar diya jaye", "par kiya jaye", "pe kiya jaye", "shift kiya jaye", "shift kar diya jaye",
        "par shift kiya jaye", "pe shift kiya jaye",
    ),
    "after": ("के बाद", "बाद", "ke baad", "से आगे", "se aage"),
    "half": ("आधा", "आधी", "आधी पोजीशन", "पोजीशन का आधा", "aadha", "aadhi", "adha"),  # "0.1612 pe aadha" (half at)
    "whole": ("poora", "pura", "पूरा", "पूरी", "सारा"),
    "quarter": ("चौथाई", "एक चौथाई"),
    # "50% di area atas, 50% di area bawah": the upper and lower part of an entry zone, each with its share (``zone_shares``).
    "upper_part": ("upar wale hisse", "ऊपरी हिस्से", "ऊपरी हिस्सा"),
    "lower_part": ("neeche wale hisse", "निचले हिस्से", "निचला हिस्सा"),
    "half_each": ("do barabar hisson mein", "दो बराबर हिस्सों में", "आधा-आधा", "आधा आधा", "aadha aadha", "aadha-aadha"),
    "cross": ("क्रॉस", "cross"),
    "isolated": ("आइसोलेटेड", "isolated"),
    "margin": ("मार्जिन", "मोड:"),
    "cross_margin": ("क्रॉस मार्जिन",),
    "isolated_margin": ("आइसोलेटेड मार्जिन",),
    "order_type": ("ऑर्डर टाइप", "order type"),
    "profit": ("प्रॉफिट", "मुनाफा", "profit"),
    # "ведём стоп за ценой с отступом 1,5%" (we lead the stop behind the price): a trailing stop in words (blind56).
    # An order to switch a trailing stop on: the verb, whose condition starts the trail (``hints``).
    "trail_on": ("trailing stop on kar dena", "trailing sl on kar dena", "trailing stop chalu kar dena", "ट्रेलिंग स्टॉप लगा दें", "trailing stop लगा दें", "trailing stop लगा दो", "trailing stop लगाएं", "trailing sl लगा दें", "trailing sl लगा दो", "trailing sl लगाएं", "ट्रेलिंग स्टॉप लगाएं", "ट्रेलिंग स्टॉप लगा दो", "ट्रेलिंग एसएल लगा दें", "trailing sl laga dena", "trailing sl laga do", "trailing sl lagao", "trailing stop laga dena", "trailing stop laga do", "trailing stop lagao", "trailing sl lagana", "trailing sl use karna", "trailing stop use karna", "trailing sl use karo", "trailing stop use karo"),
    "trailing": ("sl trail karo", "stop trail karo", "sl ko trail karo", "trailing stop on karo", "trailing on karo", "ट्रेलिंग चालू करें", "ट्रेलिंग", "trailing", "स्टॉप को कीमत के साथ ट्रेल करें", "sl ko price ke saath trail karo"),
    "rules": ("नियम", "niyam"),
    # "SL follows the previous target": a trailing stop one target behind (``hints``).
    "previous": ("pichhle", "pichhla", "pichli", "pichhli", "pichle", "pichla", "पिछले", "पिछला"),
    # "From then on the stop follows the previous target": a rule carried on from the sentence before (``rule_labels``).
    "carry_on": ("uske baad se", "wahan se aage", "उसके बाद से", "वहाँ से आगे"),
    # "SL 5.52 and targets already placed": orders set for a trade already open, a report (``updates``).
    "placed": ("laga diya", "laga diye", "already laga"),
    # "XRP long abhi bhi active hai" (is still active): a reminder of a trade already open.
    "status": (
        "ट्रेड सक्रिय", "abhi bhi active", "abhi bhi chal raha", "abhi bhi open", "trade active hai",
        "trade chal raha hai", "अभी भी एक्टिव", "अभी भी चल रहा", "ट्रेड चल रहा",
        # "AVAX short abhi bhi running hai": Hinglish says the English word.
        "abhi bhi running", "running hai", "running me hai", "abhi running hai", "अभी भी रनिंग", "रनिंग में",
        # A copy bot's notice that it opened the position for the reader: a running trade, no call.
        "bot ne khud khola", "bot ne khola hai", "aapke liye open ho gaya", "aapke liye khola", "manually enter mat karo", "manual entry ki zarurat nahi", "आपके लिए खोली गई", "आपके लिए ओपन", "मैन्युअल एंट्री न करें",
    ),
    "pair": ("कॉइन", "जोड़ी", "कॉइन का नाम"),
    "first": (
        "पहले", "पहला", "पहली",
        "pehli", "pehla", "pehle",
    ),
    "each": ("har", "हर"),
    "respectively": ("क्रमशः", "kramashah", "kramsh", "kram se", "क्रम से", "ek ek karke", "एक एक करके"),  # and "in turn": prices in the order written ("targets in turn 1 / 2", ``targets_in_turn``)
    # "trail the stop 1.5% below the high", "стоп на 1,5% ниже максимума": the price extreme a trailing stop follows (``hints``).
    "peak": ("हाई", "शिखर", "high se", "top se"),
    # "take 50% at TP1, rest at TP2": what is left of the position after a share (``hints``).
    "rest": ("baaki", "baki", "बाकी", "बाक़ी", "बचा हुआ", "bacha hua"),
    "runner": ("रनर", "runner ke liye"),
    "no_leverage": ("bina leverage", "बिना लीवरेज", "leverage ke bina", "लीवरेज के बिना"),
    "wrong": ("main galat", "mai galat", "galat hu", "galat", "मैं गलत", "गलत"),
    "second": (
        "दूसरी",
        "दूसरे", "दूसरा",
        "dusri", "doosri", "dusra", "doosra", "dusre", "doosre",
    ),
    "third": (
        "तीसरा", "तीसरे", "तीसरी",
        "teesri", "tisri", "teesra", "teesre",
    ),
    # "والـ١٠٪ الباقية عند الرابع" (the remaining 10% at the fourth): a target by its place (``ordinal_shares``).
    "fourth": ("chautha", "chauthe", "chauthi", "चौथा", "चौथे", "चौथी"),
    "or": ("या", "ya"),
    "ask": ("koi batao", "koi bataye", "kya lagta", "kya lagta hai", "soch raha", "soch rahi", "सोच रहा", "क्या लगता", "कोई बताए", "agar aap", "agar tum", "अगर आप", "अगर तुम",
            # "… cut kar du kya?" (should I cut?): a holder asking what to do with his own trade (``asides``).
            "cut kar du", "cut kar doon", "cut karna chahiye", "kaat du"),
    "hedge": ("शायद", "संभवतः"),
    # "Ye sirf example hai, call nahi hai": a worked example says it is none, after its prices.
    # "No new trades today": the author opens nothing, whatever levels the analysis around it names.
    "not_a_call": ("सिग्नल नहीं", "कॉल नहीं", "सिर्फ उदाहरण", "call nahi hai", "call nahi h", "signal nahi hai", "sirf example", "sirf udaharan", "aaj koi trade nahi", "aaj trade nahi", "aaj koi signal nahi", "aaj koi entry nahi", "आज कोई ट्रेड नहीं", "आज कोई सिग्नल नहीं"),
    "lesson": ("सिग्नल कैसे पढ़ें", "signal kaise padhe", "signal kaise samjhe", "काल्पनिक", "गाइड", "उदाहरण", "उदाहरण के लिए", "सबक", "आज का सबक", "मान लीजिए", "मान लो", "सीखें", "sabak", "aaj ka sabak", "maan lijiye", "maan lo", "क्या होता है", "शुरुआती", "beginners ke liye", "naye logon ke liye", "example ke liye", "kya hota hai",
               # "Risk management samjho: agar ETH 3400 pe long kiya …" (understand risk management: if you longed …).
               "samjho", "samjhiye", "समझो", "समझिए",
               # "सीख: अगर आपने BTC 60,000 पर लिया और SL 58,800 रखा …" (lesson: if you had bought …): a worked example.
               "सीख", "आज की सीख", "seekh", "aaj ki seekh", "अगर आपने", "agar aapne", "agar aap ne"),
    # "NAYA SIGNAL 🆕" after updates on other coins: a header opening a new call (``desk_posts``).
    "new_call": ("naya signal", "nayi call", "naya trade", "नया सिग्नल", "aaj ka signal", "aaj ki call", "aaj ka trade", "आज का सिग्नल", "aaj ka mauka", "आज का मौका"),
    # "Entry 3 hisson me", "3 हिस्सों में": how many orders a ladder has, never a price.
    # "एंट्री दो हिस्सों में लेना" (take the entry in two parts): the count in words, as "2 parts".
    "parts": ("दो हिस्सों में", "दो हिस्सों", "do hisson me", "do hisson mein", "do hisse", "do part", "हिस्सों", "हिस्से", "hisson", "hisse", "baar", "बार"),
    # "10 गुना लीवरेज" (10 times leverage): the "x" of a leverage. Not "गुना" alone: "2 गुना मुनाफा" is a gain.
    "times": ("गुना लीवरेज", "गुना लेवरेज", "guna leverage", "gunaa leverage"),
    # "abhi wait and watch karo" (for now wait and watch): the writer opens nothing for now (``talk``).
    "wait_see": ("wait and watch", "abhi sirf dekhna hai", "अभी सिर्फ देखना है"),
    "any_price": ("kisi bhi price", "किसी भी प्राइस", "किसी भी भाव"),
    "when": (
        # "only if X": a conditional entry's "only", as English "entry only if breaks X" reads (blind69).
        "sirf agar", "sirf tab", "सिर्फ अगर", "केवल अगर",
        # "on retest of 3,480", "на ретесте 0.6120" (on a retest of): a conditional entry's trigger, as "on break of" is (blind77).
        "retest par", "retest pe", "retest hone par", "retest hone pe", "रीटेस्ट पर", "रीटेस्ट", "रिटेस्ट पर", "रिटेस्ट",
        "अगर", "जब", "agar", "jab",
        "jaise hi", "जैसे ही",
        # "Pehla target hit hote hi SL entry pe kar dena" (as soon as the first target hits …).
        "hote hi", "hone par", "hone pe", "होते ही", "होने पर",
        "आए तो", "आये तो", "aaye to", "aye to",
        # "tp1 aate hi sl entry pe kar dena" (as soon as TP1 comes, SL to entry): "comes" said as the condition.
        "aate hi", "aate hee", "आते ही", "aane par", "aane pe", "आने पर",
        # "TP1 lagte hi SL entry pe kar dena" (as soon as TP1 is struck, SL to entry): "strikes" said as the condition.
        "lagte hi", "lagte hee", "lagtey hi", "लगते ही", "lagne par", "lagne pe", "लगने पर", "lag jaye to", "lag jaye toh", "लग जाए तो",
        # "Pehla target hit ho toh SL entry pe kar dena" (if the first target hits, then …): a rule for later.
        "ho toh", "ho to", "ho jaye toh", "ho jaye to", "ho jaaye toh", "हो तो", "हो जाए तो", "हो जाये तो",
    ),
    "at": ("pe", "par", "पर", "पे"),
    "news": ("समाचार", "खबर", "ख़बर", "khabar", "taaza khabar"),
    "promo": (
        "मेंबरशिप", "डिस्काउंट", "जुड़ें", "पिछले महीने", "पिछले हफ्ते", "join karo", "pichle mahine", "pichle hafte",
        "पिछला महीना", "पिछला हफ्ता", "कुल सिग्नल", "रिपोर्ट", "जॉइन करें", "pichla mahina", "pichla hafta",
        "hafte ka result", "mahine ka result", "weekly result", "performance report",
        # "📊 इस हफ्ते के नतीजे" (this week's results): a recap's heading.
        "नतीजे", "रिजल्ट", "hafte ke results", "natije",
        # "कल वाला ETH शॉर्ट … सभी टारगेट हिट ✅ +62%" (yesterday's ETH short): a recap, as "昨日", "вчера".
        # Not bare "कल", which is tomorrow as well.
        "कल वाला", "कल वाले", "कल वाली", "कल का सिग्नल", "कल की कॉल", "कल का ट्रेड", "kal wala", "kal wale", "kal wali",
        "kal ka signal", "kal ki call", "kal ka trade",
    ),
    "filler": (
        # "TON short yaha 5.412" (short here): "here" before a price, as English "here"; the price is the entry.
        "yaha", "yahan", "yaha se", "yahan se", "यहाँ", "यहां", "यहाँ से", "यहां से",
        "lagao", "lagana", "laga do", "rakh do", "rakhna", "rakhen", "laga ke",
        "को", "से", "तक", "पर", "के", "नीचे", "ऊपर", "करें", "करो",
        "ke", "se", "tak", "ke beech", "beech", "neeche", "niche", "upar", "ke upar", "ke neeche", "aur", "me", "mein",
        "karo", "pe", "par", "rakho", "rakhe", "breakout", "breakdown", "ब्रेकडाउन", "ब्रेकआउट",
        # "xauusd sell kar rahe 2661 se" (we are selling from 2661), "long kar lo 64000 pe": the verb's helper.
        "kar rahe", "kar raha", "kar rahi", "kar rahe hain", "kar raha hu", "kar raha hoon", "kar lo", "kar do", "kardo", "karlo",
        "karenge", "kar rahe hai", "कर रहे", "कर रहे हैं", "कर लो",
        # "SUI ka short le rahe hai 4.285" (we are taking a SUI short): "le" (take) with the same helpers.
        "le rahe", "le rahe hai", "le rahe hain", "le raha", "le raha hu", "le raha hoon", "le rahi", "le lo",
        "ले रहे", "ले रहे हैं", "ले रहा", "ले लो",
        # "एंट्री दो हिस्सों में लेना:" (take the entry in two parts): the infinitive as an instruction, before the label's colon.
        "लेना", "lena", "लेनी", "leni",
        # "SOL स्पॉट में 177-174 के बीच धीरे-धीरे खरीदें" (buy SOL in spot between 177 and 174, bit by bit):
        # Hindi puts the verb last, so these stand between the pair and its prices.
        "में", "के बीच", "बीच", "के आसपास", "आसपास", "स्पॉट", "धीरे-धीरे", "धीरे धीरे", "dheere dheere", "aaspaas", "ke aaspaas",
        # "SOL long bhai 142", "short dosto 0.0412": how a chat addresses its readers, between the side and its price.
        "bhai", "bhaiyo", "bhailog", "bhai log", "dosto", "भाई", "दोस्तों",
    ),
    # "3,650 ke upar close de to long banta hai" (if it closes above 3,650, a long is on): a candle's close, a
    # condition for the side, never an instruction to close.
    # "2.31 के ऊपर 4 घंटे की क्लोजिंग आए तो लॉन्ग" (if a 4h closing above 2.31 comes, long): the closing, then
    # the condition's verb after it, as Turkish "kapanış gelirse".
    "candle": (
        "क्लोज़", "क्लोज", "कैंडल", "बंद", "close de to", "close de", "close diya to", "close kare to", "close ho to",
        "क्लोजिंग", "क्लोज़िंग", "की क्लोजिंग", "की क्लोज़िंग", "का क्लोज", "का क्लोज़",
    ),
    "hours": ("घंटे", "घंटा"),
    "daily": ("दैनिक",),
    "buy": ("खरीदें", "खरीदो", "बाय", "accumulate karo", "kharido", "kharid lo"),
    # "7.35-7.48 zone bechne ke liye" (a zone to sell): the side a zone is liked for (``zone_sides``).
    "sell": ("बेचें", "बेचो", "सेल", "bechne ke liye", "बेचने के लिए"),
    "percent": ("प्रतिशत", "pratishat"),
    # "SL 30 पिप्स", "target +50 पॉइंट्स": a distance from a price, never a price (``line_prices``).
    "distance": ("पिप्स", "पिप", "पॉइंट्स", "पॉइंट"),
    # "but ETH nahi, $AAVE", "ETH ko nahi chhedenge": a pair the text declines to trade (``called_pair``).
    # "LINK: 15,40 aşılmadıkça long düşünmüyoruz", "not looking to long": a side refused is no side (``sections.stated_side``).
    "decline": ("nahi chhedenge", "nahi chhuenge", "nahi lenge", "nahi le rahe", "skip kar rahe", "door rahenge", "नहीं छूएंगे", "नहीं लेंगे", "long nahi soch rahe", "short nahi soch rahe", "long ka nahi soch rahe", "short ka nahi soch rahe",
                # "BTC 64k pe atka hua hai usko chhodo" (leave it): the pair talked about is set aside.
                "usko chhodo", "isko chhodo", "use chhodo", "ise chhodo", "usko chhod do", "isko chhod do", "उसको छोड़ो", "इसे छोड़ो",
                # "BTC ranging, no opportunity, mainly watching LTC": the coin talked about has nothing to trade.
                "कोई मौका नहीं", "koi mauka nahi", "koi mauka nahin"),
}

# "22 Feb 2026", "22 февраля", "22 Şubat", "22 de febrero": a month's name beside a day makes a date, never a price (``stamps``).
MONTHS = ("जनवरी", "फ़रवरी", "फरवरी", "मार्च", "अप्रैल", "मई", "जून", "जुलाई", "अगस्त", "सितंबर", "अक्टूबर", "नवंबर", "दिसंबर")

# "Приклад розрахунку стоп-лоссу", "Example calculation": a worked calculation after a plan, whose numbers are no
# part of it (``examples``).
CALCULATION = ("गणना", "calculation", "hisab", "परिदृश्य", "scenario", "asli")
# "Scenario A – SELL … / Scenario B – BUY …", "Plan 1 / Plan 2": a noun that, with a letter or number after it at a
# line's start, heads one of a post's alternative plans (``alternatives``).
ALTERNATIVES = ('scenario', 'plan', 'option', 'परिदृश्य', 'योजना', 'विकल्प')
# "Aggressive: … / Conservative: …": a risk profile heading one of a post's alternative plans (``alternatives``).
PROFILES = ('aggressive', 'conservative', 'safe', 'आक्रामक', 'सुरक्षित')

# "short desde 0,01385 hasta 0,01420": an entry zone written from one price to another (``entry_wording``).
RANGE_WORDS = ("{} se {} tak", "{} से {} तक")

# "to plan abhi bhi INJ long 21.40-22.10 stop 20.30 hai?": whether the plan still stands (``questions``).
STILL_VALID = STILL_VALID + ("plan abhi bhi", "plan ab bhi", "plan wahi hai", "प्लान अभी भी")
# "kal wala BNB abhi enter karu to late hai kya? aapne 612 long bola tha": whether it is too late to enter an earlier call asks about that call, as "still valid?" does
# (``questions.asks_if_still_valid``); "you had said" names the earlier call whose prices are repeated (blind77).
STILL_VALID = STILL_VALID + ("late hai kya", "late to nahi", "der to nahi", "der ho gayi kya", "देर तो नहीं", "लेट है क्या")
EARLIER_CALL = EARLIER_CALL + ("aapne bola tha", "aap ne bola tha")
