"""Hindi, in Devanagari and in the Latin letters of Hinglish ("entry pe shift kar dena").

Hindi and Hinglish channels write decimals with a dot, as English does ("14.6", "0.7435"), so
this table sets no number style of its own.
"""

WORDS = {
    "entry": ("एंट्री", "प्रवेश", "एंट्री ज़ोन", "खरीद मूल्य", "प्रवेश मूल्य", "entry", "बाय ज़ोन", "बाय जोन"),
    "zone": ("ज़ोन", "क्षेत्र"),
    "stop": ("स्टॉप लॉस", "स्टॉपलॉस", "स्टॉप", "एसएल", "stop loss", "sl"),
    "target": ("टारगेट", "लक्ष्य", "टार्गेट", "टीपी", "target", "tp", "टारगेट्स", "टार्गेट्स"),
    "leverage": ("लीवरेज", "लेवरेज", "leverage"),
    "long": ("लॉन्ग", "लॉंग", "long"),
    "short": ("शॉर्ट", "short"),
    "market": ("मार्केट प्राइस", "वर्तमान मूल्य", "अभी"),
    "cancel": ("रद्द", "कैंसल"),
    "close": ("बंद करें", "बंद"),
    "hit": ("हिट", "पूरा हुआ", "पहुंच गया"),
    "stopped": ("स्टॉप लॉस हिट", "स्टॉप हिट"),
    "breakeven": ("ब्रेकईवन",),
    "move": ("शिफ्ट करें", "ले जाएं"),
    "after": ("के बाद", "बाद", "ke baad"),
    "half": ("आधा", "आधी"),
    "cross": ("क्रॉस", "cross"),
    "isolated": ("आइसोलेटेड", "isolated"),
    "profit": ("प्रॉफिट", "मुनाफा", "profit"),
    "trailing": ("ट्रेलिंग", "trailing"),
    "status": ("ट्रेड सक्रिय",),
    "pair": ("कॉइन", "जोड़ी", "कॉइन का नाम"),
    "first": ("पहले", "पहला", "पहली"),
    "second": ("दूसरे", "दूसरा"),
    "third": ("तीसरा", "तीसरे", "तीसरी"),
    "or": ("या", "ya"),
    "hedge": ("शायद", "संभवतः"),
    "not_a_call": ("सिग्नल नहीं",),
    # "Entry 3 hisson me", "3 हिस्सों में": how many orders a ladder has, never a price.
    "parts": ("हिस्सों", "हिस्से", "hisson", "hisse"),
    "when": ("अगर", "जब", "agar", "jab"),
    "filler": (
        "को", "से", "तक", "पर", "के", "नीचे", "ऊपर", "करें", "करो",
        "ke", "se", "tak", "ke beech", "beech", "neeche", "niche", "upar", "ke upar", "ke neeche", "aur", "me", "mein",
        "karo", "pe", "breakout",
    ),
    "candle": ("क्लोज़", "क्लोज", "कैंडल"),
    "hours": ("घंटे", "घंटा"),
    "daily": ("दैनिक",),
    "buy": ("खरीदें", "खरीदो", "बाय", "accumulate karo", "kharido", "kharid lo"),
    "sell": ("बेचें", "बेचो", "सेल"),
}
