"""Arabic and Persian: one script, one table. Arabic-Indic and Persian digits are normalised to
ASCII in ``text.clean``; these rows are the words."""

# "بيتكوين", "اتریوم": the coins' names in Arabic and Persian script (``vocabulary.coin_aliases``).
COINS = {
    "بيتكوين": "BTC", "بتكوين": "BTC", "بیت کوین": "BTC", "بیتکوین": "BTC", "إيثريوم": "ETH", "ايثريوم": "ETH",
    "اتریوم": "ETH", "إيثيريوم": "ETH", "ايثيريوم": "ETH", "اتريوم": "ETH", "سولانا": "SOL", "ریپل": "XRP", "ريبل": "XRP",
    # "دوج رو همین الان لانگ بگیرید": Persian and Arabic traders write DOGE by its sound too.
    "دوج": "DOGE", "دوج کوین": "DOGE", "دوجکوین": "DOGE", "دوجكوين": "DOGE", "دوج كوين": "DOGE",
    "کاردانو": "ADA", "كاردانو": "ADA", "لایت کوین": "LTC", "لايتكوين": "LTC", "شیبا": "SHIB", "شيبا": "SHIB",
}

# "tp 0,85 y 0,9", "chốt lời 1,95 rồi 1,82": words that join two prices of one list (``sections``).
# "والهدف 9.4 وبعده 9.05" (and after it): "and" glued to "after it" joins two targets too.
JOINS = ("و", "ثم", "بعدها", "وبعدها", "بعده", "وبعده", "وبعدين", "بعدش")
# "34.75 والباقي إلى 32.9", "بقیه تا 32.9" (the rest to …): the last price of a target list, joined to it.
JOINS = JOINS + ("والباقي إلى", "والباقي الى", "الباقي إلى", "الباقي الى", "بقیه تا", "و بقیه تا", "مابقی تا")

# "فتحت", "دخلت", "مين داخل", "وارد شدم": a position already open (``asides.tells_own_trade``).
# "Cancel the old ETH order. New entry: …": words that say a call replaces an earlier one (``replacements``).
REPLACING = ("السابق", "السابقة", "القديم", "القديمة", "جديد", "جديدة", "بدلا من", "قبلی", "قدیمی", "جدید", "به جای")

HELD = (
    "فتحت", "دخلت", "أنا داخل", "انا داخل", "مين داخل", "حد داخل", "انا ماسك", "أنا ماسك", "مين ماسك", "صفقتي",
    "وارد شدم", "خریدم", "باز کردم", "پوزیشنم", "کسی داخل",
    "ماذا أفعل", "ماذا افعل", "اقفل ولا", "چیکار کنم", "نگه دارم یا",
)

INVITE = ("مين معانا", "مين معنا", "جاهزين", "کی پایه", "کی میاد", "مين كمان معانا",)
# A position the writer still holds from before (read by ``still_held``): his trade's story, not a new call.
STILL_HELD = ("لسه ماسك", "لسا ماسك", "ما زلت ماسك", "مازلت ماسك", "لا زلت ماسك", "ما زلت داخل", "مازلت داخل", "هنوز نگه داشتم", "هنوز توشم",)
# A tag closing a notice's question, asking only for a nod (read by ``tag_asks``).
TAG_ASKS = ("تمام", "مفهوم", "واضح", "اوكي", "باشه", "اوکی", "خب",)
# "tô abrindo short em DOGE agora a mercado … beleza?": the writer opening a trade now, which a closing tag word does not make a question (``opening_now``).
OPENING_NOW = ("أفتح", "نفتح", "بفتح", "دارم باز می‌کنم", "باز می‌کنم")
HELD = HELD + ("مين دخل", "حد دخل",)  # a question to the group about who got in (``still_held``)

# "تذكرون صفقة …", "یادتونه …" (remember the call …): a past call recalled (``asides.recalls_call``).
RECALL = ("تذكرون", "فاكرين", "هل تذكرون", "یادتونه", "یادتون هست", "یادتان هست")

# "Weekly recap 📊 …", "复盘一下昨天那单 …": a title opening the message over past trades' results (``recaps``).
RECAP_TITLES = ("نتائج الأسبوع", "ملخص الأسبوع", "حصاد الأسبوع", "نتایج هفته", "خلاصه هفته", "گزارش هفتگی",)
# A day's wrap or yesterday's trade as a post's title: past results, read only of a post that reports hits
# or ticks (``past_titles``); a recap may still carry a fresh call below.
PAST_TITLES = ("صفقة أمس", "صفقة الأمس", "صفقات أمس", "ملخص اليوم", "معامله دیروز", "خلاصه امروز",)

# "but ETH nahi, $AAVE", "not ETH, but SOL": a word that refuses the pair right beside it.
NOT_THIS = ("نه", "ليس", "مش")
# After a stop, a look word before a price names the targets (``looked_targets``).
LOOK_TARGETS = ("نراقب", "نستهدف")
# "BTC ضعيف لكن SOL شراء", "BTC ضعیف است ولی SOL لانگ": a contrast that turns from the market talked about to the call (``contrast_call``).
CONTRASTS = ("لكن", "ولكن", "لكنّ", "بس", "اما", "ولی", "ولي")

# "هل …؟", "آیا …؟": a question's opening words (``questions``).
ASK_OPENS = ("هل", "آیا", "ایا", "چطوره", "شو رأيكم", "یکی بگه", "کسی میدونه", "في حد", "فيه أحد", "کسی")
# "… هنوز معتبره؟" (is it still valid?): whether an earlier call still holds.
STILL_VALID = (
    "هنوز معتبر", "هنوز معتبره", "لا يزال صالح", "ما زال صالح", "مازال صالح", "لا تزال صالحة", "ما زالت صالحة",
    # Gulf, Levantine and Egyptian speech: "لسه صالحة؟", "لسه شغالة؟", "باقي صالح؟", "لازالت صالحة؟", "هنوز فعاله؟".
    "لسه صالحة", "لسه صالح", "لسا صالحة", "لسا صالح", "لسه شغالة", "لسه شغال", "لسا شغالة", "باقي صالح", "باقي صالحة",
    "باقية صالحة", "لا زالت صالحة", "لازالت صالحة", "مازالت صالحة", "لا زال صالح", "لازال صالح", "ما زالت شغالة",
    "مازالت شغالة", "لا زالت قائمة", "ما زالت قائمة", "هنوز فعاله", "هنوز فعال", "هنوز اعتبار داره",
)
# "yesterday's DOGE signal (…) still valid?": a question that names an earlier call (``questions``).
EARLIER_CALL = ("دیروز", "أمس", "الأمس", "البارحة", "قبلی")
TODAY = ("اليوم", "امروز", "امشب")
# "DOT masih aman buat long ga ya?": whether a trade is still safe to take asks as "still valid" does (``questions``).
STILL_VALID = STILL_VALID + ("لسه آمن", "لا يزال آمن", "ما زال آمن", "هنوز امنه", "هنوز امن")
ASK_MARKS = STILL_VALID + ("أم لا", "ام لا", "یا نه", "چطوره", "أو أقل", "أو أعلى", "یا پایین‌تر", "یا پایینتر", "یا بالاتر")
ASK_TAILS = ("ولا لا", "أم لا", "ام لا", "شو رأيكم", "ايش رأيكم", "یا نه", "نظرتون چیه", "نظر شما چیه")
WAIT_OR = ("أو ننتظر", "او ننتظر", "أو أنتظر", "او انتظر", "ولا ننتظر", "ولا نستنى", "ولا أستنى", "یا صبر کنیم", "یا صبر کنم", "یا منتظر بمونیم", "یا منتظر بمونم")  # "long from 142.5 or wait for 135?": a plan offered beside waiting is asked about (``unsure_asks``)
# "o que vocês acham do XRP? pensando em comprar …": asking the group's opinion makes a sentence a question.
ASK_MARKS = ASK_MARKS + ("ما رأيكم", "ايش رأيكم", "نظرتون چیه", "نظر شما چیه")
DOUBTS = ("مش متأكد", "مو متأكد", "لست متأكد", "لا أدري", "ما أدري", "نمیدونم", "نمی‌دونم", "مطمئن نیستم", "خايف", "أخاف", "اخاف", "میترسم", "می‌ترسم", "نگرانم")  # "anyone think SEI is a steal?? … idk man": doubt after an opening question (``unsure_asks``)
# "thinking of longing SUI with stop 2.85 … but BTC dominance scares me": a trade weighed now, not called, after an
# opening question (``unsure_asks``); fear words ("scares me", "страшно") above are doubts too.
CONSIDERING = ("أفكر أشتري", "افكر اشتري", "أفكر في الشراء", "افكر في الشراء", "أفكر أدخل", "دارم فکر میکنم بخرم", "فکر میکنم بخرم", "میخوام بخرم", "أفكر في لونج", "أفكر في شورت")
# "alguém acha que ainda dá pra entrar em SOL a 142? … pensei em stop 136 e alvo 150": a plan thought of, told after
# an opening question, is weighed too, whatever word follows (``unsure_asks``).
CONSIDERING = CONSIDERING + ("فكرت في", "فكرت ب", "فکر کردم")

MUSING = ("كنت أفكر في الشراء", "كنت افكر في الشراء", "كنت أفكر أشتري", "كنت ناوي أشتري", "كنت ناوي اشتري", "فکر کردم بخرم", "میخواستم بخرم ولی", "می‌خواستم بخرم ولی", "میخواستم وارد بشم ولی")
POLL = ("استطلاع", "تصويت", "صوتوا", "نظرسنجی", "رای بدید", "رأی بدید", "رای دهید")  # "📊 ENQUETE … A) Long … B) Short …": a poll word or a call to vote over options (``polls``)
NOT_YET_HIT = ("لم يتحقق بعد", "لم يتحقق حتى الآن", "لسه ما تحقق", "هنوز نخورده", "هنوز نرسیده")  # "target 7.80 kemaren belum kena": a hit word said not to have happened yet reports nothing (``pending_hits``)
# "الهدف الأول تقريباً تحقق" (the first target almost hit), "تقریباً رسید": a target almost reached is not hit yet either (``pending_hits``).
NOT_YET_HIT = NOT_YET_HIT + ("تقريباً تحقق", "تقريبا تحقق", "على وشك التحقق", "على وشك تحقيق", "قارب على التحقق",
    "اقترب من التحقق", "تقریباً رسید", "تقریبا رسید", "تقریباً خورد", "تقریبا خورد", "نزدیک به تحقق")
LATER = ("بعدها", "بعد ذلك", "ثم", "بعدش", "سپس", "بعد از آن")  # "… Цели … / Дальше стоп в безубыток.": a sentence opened by "then" says its stop move or close for later (``changes_now``)
TURN_DONE = ("طار", "خلص", "خلاص", "رفت", "پرید", "پامپ شد")
TURN_NEXT = ("دور", "الآن دور", "نوبت", "نوبته", "نوبت")

WORDS = {
    # "plan" after the pair, as English "SOL plan: 148.20 - 151.60" (``line_prices``).
    "plan": ("خطة", "برنامه"),
    # a verb between a label and its prices, as English "targets sit at" (``label_verbs``).
    # "Stop goes above 0.1688": a verb between a stop label and its side word (``placed_stops``).
    "stop_goes": ("يكون", "سيكون", "بيكون", "راح يكون", "میره", "میرود", "می رود", "خواهد بود", "میذاریم"),
    "lies_at": ("تقع عند", "تقع في", "قرار دارد در", "قرار دارند در"),
    "trying": ("أجرب", "نجرب", "أحاول", "نحاول", "امتحان می‌کنم", "تست می‌کنم"),  # "DOT long deniyorum 6,85": a verb between the side and its price (``entry_wording``)
    "so_on": ("وهكذا", "و هكذا", "و به همین ترتیب", "به همین ترتیب"),  # "after TP2 move SL to TP1, and so on": a stop stepping target by target (``stepped_stops``)
    "of_trade": ("لصفقة", "لصفقه", "للصفقة", "في صفقة", "برای معامله", "برای معامله‌ی"),  # "تحريك وقف الخسارة لصفقة #LTC" (the stop of the LTC trade): the trade a stop move names (``stop_subject``)
    # "ضغط البيع" (selling pressure): the market's flow, no side of this call: it becomes the side-less "squeeze".
    "squeeze": ("ضغط البيع", "ضغط بيع", "ضغط الشراء", "ضغط شراء", "فشار فروش", "فشار خرید"),
    "restate": ("یعنی", "يعني"),
    "average": ("متوسط", "میانگین"),
    "liquidation": ("التصفية", "تصفية", "لیکوئید شدن", "لیکویید شدن"),
    "allocation": ("توزيع", "تخصیص", "تقسیم", "جني الأرباح على مراحل", "سیو سود پله\u200cای", "سیو سود پلکانی", "حجم كل", "توزيع الحجم", "حجم هر", "تقسیم حجم"),
    "capital": ("رأس المال", "سرمایه"),
    # "شراء 0.52 والتعزيز 0.49" (buy, and the averaging entry), "پله دوم 3.60" (the second step): an added
    # leg, which adds to the side's own price (``legs``).
    "dca": (
        # "if they flush it I add at 145,2", "добираю на 145,2": the added leg told in the first person.
        "أضيف عند", "نضيف عند", "أعزز عند", "نعزز عند", "اضافه می‌کنم روی",
        "التعزيز", "تعزيز", "التبريد", "نقطة التعزيز", "پله دوم"),
    "entry": (
        # "Trigger ▸ 24.85": a template's trigger price is where the trade opens (``values_then_label``).
        "سعر التفعيل", "قیمت فعال‌سازی",
        # "Ladder buys: 63,850 / 63,200 / 62,400": a ladder's buy orders under their own heading, its entries.
        "مشتريات متدرجة", "سفارش‌های خرید پله‌ای",
        # "bids at: 0.0118 (20%) …", buy orders placed: a ladder's entries.
        "أوامر الشراء", "أوامر شراء", "سفارش‌های خرید",
        # "Лимитки: 0.585 / 0.572 / 0.560", "Limit orders: …": the limit orders placed are the entries.
        "أوامر الليمت", "سفارش لیمیت", "أوامر معلقة", "الأوامر المعلقة", "أوامر ليمت", "سفارش‌های لیمیت", "لیمیت‌ها", "لیمیت ها", "لیمیت",
        # Copy-trading notices: the lead trader's opening price is the entry.
        "سعر الفتح", "سعر الافتتاح",
        "دخول تدريجي",
        "الدخول", "دخول", "نقطة الدخول", "لنقطة الدخول", "لسعر الدخول", "للدخول", "منطقة الدخول", "سعر الدخول", "ورود", "نقطه ورود", "محدوده ورود",
        "قیمت ورود", "منطقه ورود", "نقاط ورود", "ادخل", "مناطق الدخول", "نقاط الدخول", "مناطق الشراء", "مناطق ورود",
        # "ادخلوا من 2.42" (enter, you all, from 2.42): the imperative a channel gives its readers.
        "ادخلوا",
        # "شراء LINK على ثلاث دفعات: 14.2 ، 13.8" (buy in three batches): a ladder's entries.
        # "الدفعة الأولى ١٤٫٨ / الدفعة الثانية ١٤٫٢", "خرید پله‌ای در سه قیمت:": a ladder's legs.
        "الدفعة الأولى", "الدفعة الثانية", "الدفعة الثالثة", "الدفعة الرابعة", "خرید پلهای", "خرید پله ای",
        "على ثلاث دفعات", "على دفعتين", "على أربع دفعات", "على دفعات", "بثلاث دفعات", "در سه پله", "در دو پله",
        "ورود پلهای", "ورود پله ای", "ورود پلکانی",
        # "از محدوده ۳٬۲۱۰ تا ۳٬۱۸۰ پله‌ای وارد بشید" (enter stepwise in the range): the order to enter after its
        # prices, as "3210 - 3180 entry" (``values_then_label``); "وارد شدیم" (we entered) is no row, a holder's story.
        "پلهای وارد بشید", "پله ای وارد بشید", "پلهای وارد شوید", "پله ای وارد شوید", "پلهای وارد شید", "پله ای وارد شید",
        "وارد بشید", "وارد شوید", "وارد شید", "وارد بشین", "ادخلوا",
        # "پله‌ها: 0.0312 / 0.0298 / 0.0285" (the steps), "درجات الدخول:" (the entry steps): a ladder's entries under
        # their own label; the bare "پله" of "در ۳ پله" stays a count (``parts``).
        "پلهها", "پله ها", "پلههای خرید", "پله های خرید", "درجات الدخول", "درجات الشراء", "الشراء على درجات", "شراء على درجات",
        "منطقة البيع", "منطقة الشراء",
        "پله اول", "پله سوم", "پله چهارم", "سعر الشراء", "نطاق الشراء", "نطاق البيع", "منطقه خرید",
        # "منطقة التجميع: 0.724 - 0.693", "منطقه انباشت" (accumulation zone): where a spot buy fills. Not the
        # bare word: "مرحلة التجميع" (the accumulation phase) describes the chart.
        "منطقة التجميع", "منطقة تجميع", "نطاق التجميع", "منطقه انباشت", "محدوده انباشت", "محدوده خرید", "ناحیه خرید",
    ),
    # "стоп тянем за ценой по тейкам", "SL follows target by target": a stop moved up one target at a time (``hints``).
    "stepwise": ("هدفاً بهدف", "هدف بهدف", "هدف به هدف", "تارگت به تارگت"),
    "zone": ("منطقة", "المنطقة", "محدوده", "منطقه"),
    # "شورت ENA بین 0.92 و 0.95" (Persian: between 0.92 and 0.95): a range, as English "between" is.
    "between": ("بین",),
    "stop": (
        # "Invalidation: 11.75", "inv 138.9": the price that voids the idea is the stop (blind65).
        "نقطة الإبطال", "نقطة الابطال",
        "الوقف", "إيقاف الخسارة", "ايقاف الخسارة", "وقف خسارة", "ستوب لوز", "حد الخسارة",
        "وقف الخسارة", "وقف الخساره", "اسال", "اس ال", "ستوب", "الستوب", "ستوب لوس", "استاپ", "حد ضرر", "حدضرر", "استاپ لاس", "ایست ضرر",
        "وقف", "ووقف الخسارة",
        "الإيقاف", "الايقاف", "إيقاف", "ايقاف",  # "🛑 الإيقاف: 7.71" (the stop), short for "إيقاف الخسارة"  # "ووقف الخسارة" ("and the stop"): a clitic the article rule does not reach
    ),
    "target": (
        "جني الارباح", "تی پی ها",
        # "تی‌پی‌ها" (TPs) joined by a zero-width non-joiner, which ``text.clean`` drops.
        "تیپیها", "تیپی ها", "تی پیها",
        "الهدف", "الأهداف", "الاهداف", "هدف", "أهداف", "اهداف", "جني الأرباح", "تارگت", "تارگتها", "تارگت ها",
        # "تارگتا: …", "تارگتامون" (the targets, our targets): spoken Persian drops the "ه" of the plural "ها".
        "تارگتا", "تارگتای", "تارگتامون", "تارگتهامون", "تیپیا", "تی پیا", "هدفا", "هدفامون",
        "حد سود", "حدسود", "تارجت", "التارجت", "تيك بروفيت", "تیپی", "تی پی",
        # "تي بي: 66,800 - 66,100" (TP): the English label said in Arabic letters, with Arabic "ي" and "ب"
        # where Persian writes "ی" and "پ"; and its plurals and the article.
        "تي بي", "تيبي", "التي بي", "تي بيز", "تي بيهات", "تیبی", "تی بی", "تيك بروفت", "تيك بروفيتس",
        # "بيع جزئي: 1.70 / 1.85", "فروش پله ای" (partial sell): the share a spot buy sells at each price, its targets.
        "بيع جزئي", "البيع الجزئي", "فروش پله ای", "فروش پلهای", "فروش پلکانی", "فروش مرحله ای",
    ),
    "leverage": (
        "الرافعة", "الرافعة المالية", "رافعة", "اهرم", "لوریج", "لورج",
        "الرافعه", "لیوریج", "لیورج",
        # "اهرم پیشنهادی: ۳ تا ۵", "الرافعة المقترحة 5x" (suggested leverage): the label with its adjective.
        "اهرم پیشنهادی", "اهرم مناسب", "اهرم توصیه شده", "الرافعة المقترحة", "الرافعة المناسبة", "رافعة مقترحة",
        # "ليفريج 20", "ليفرج ×10": the English word in Arabic letters, as Gulf and Levant channels write it.
        "ليفريج", "ليفرج", "ليفريدج", "لفريج", "ليڤريج", "اللیفریج", "الليفريج",
    ),
    "long": ("صعود محتمل", "صعود احتمالی", 
        "لونغ", "لونج", "لانگ",
        "لونق", "صفقة لونج",
    ),
    # "لونغ قصير المدى" (a short-term long): a horizon, dropped with "mid term" before sides are read; its "short" is no side.
    "horizon": ("قصير المدى", "قصيرة المدى", "طويل المدى", "طويلة المدى", "کوتاه مدت", "بلند مدت", "میان مدت"),
    "short": (
        "شورت",
        "شورط", "صفقة شورت",
    ),
    "market": (
        "سعر السوق", "السعر الحالي", "من السوق", "قیمت فعلی", "قیمت بازار", "از بازار",
        "الآن", "الان", "همین الان", "قیمت لحظه ای", "أمر سوق", "سفارش بازار",
    ),
    "cancel": ("إلغاء", "الغاء", "ألغيت", "لغو", "کنسل", "باطل", "ألغوا", "الغوا",
               # "صفقة OP ملغية" (the OP trade is cancelled): the participle, each gender and spelling.
               "ملغية", "ملغي", "ملغاة", "ملغاه", "ملغيه", "لغو شد", "کنسل شد"),
    "close": (
        # "cut it here, -1R", "режем позицию": cutting a trade is closing it now (blind65).
        "نقطع الصفقة", "قطعنا الصفقة","إغلاق", "اغلاق", "أغلق", "اغلق", "أغلقوا", "اغلقوا", "ببندید", "بستن", "ببندیم", "خروج",
        # "Amankan 50% posisi", "paying myself on half": banking a share of a running trade (securing, pocketing) is closing it.
        "أمنوا الأرباح", "أمّنوا الأرباح", "امنوا الارباح", "سیو سود کنید", "سود رو سیو کنید"),
    "hit": ("تحقيق", "تحقق", "تم تحقيق", "ضرب", "ضربت", "ضربنا", "خورد", "تاچ شد", "رسید",
            # "DOGE تارگت دوم رو هم زد" (hit the second target too), "حقق الهدف الثاني أيضاً": the Persian "زد" (hit)
            # only with its object marker or "too" (bare "زد" is Arabic "add!"), and Arabic "achieved" (fa-blind85-u04).
            "رو هم زد", "را هم زد", "رو هم زدیم", "را هم زدیم", "هم زد", "هم زدیم", "رو زد", "را زد", "رو زدیم", "را زدیم",
            "زده شد", "هم زده شد", "هم خورد", "رو هم خورد", "حقق", "حققت", "حققنا", "تحقق أيضا", "تحقق أيضاً"),
    "stopped": (
        "ضرب وقف الخسارة", "ضرب الستوب", "استاپ خورد", "استاپ خوردیم", "تم تفعيل وقف الخسارة", "تفعيل وقف الخسارة",
        "استاپ فعال شد",
    ),
    # "تم تفعيل الدخول" (the entry was filled), "پوزیشن فعال شد": a report on a trade already open.
    "filled": ("تم تفعيل", "تفعلت", "تم تنفيذ", "فعال شد", "پر شد", "اجرا شد"),
    "breakeven": ("نقطة التعادل", "سر به سر", "ریسک فری"),
    "move": ("اخفض", "اخفضوا", 
        "نقل", "انقل", "انقلوا", "حرك", "حركوا", "تحريك", "ببرید", "جابجا", "منتقل",
        "ارفع", "ارفعوا",
        "اسحب", "اسحبوا", "بکشید",
        # "استاپ رو بیارید نقطه ورود" (bring the stop to the entry point), "هاتوا الستوب": bring it.
        "بیارید", "بیاورید", "بیار", "هاتوا",
        # "استاپ رو منتقل کنید به ۳٬۴۵۰" (move the stop to), "منتقل بشه" (let it be moved), "يتم نقل": every mood (w4u).
        "منتقل کنید", "منتقل کن", "منتقل کنین", "منتقل بشه", "منتقل شود", "منتقل شد", "منتقل کردیم", "جابجا کنید", "جابجا بشه",
        "جابجا شود", "يتم نقل", "تم نقل", "ينقل", "يُنقل", "نقلنا",  # "اسحبوا الستوب إلى 142.8" (pull the stop to)
    ),
    "after": ("بعد", "بعد از", "پس از", "به بعد"),
    "starting_from": ("ابتداء من", "اعتبارا من"),
    "half": ("نصف", "نیمی", "نصف پوزیشن", "نصف الصفقة", "نصف المركز",
             # "ادخل بالنصف عند 1.20 والنصف الآخر عند 1.15" (enter half at 1.20 and the other half at 1.15): the half
             # with its article, and "the other/second half", as English "the other half" reads (w3u gap 3).
             "النصف", "النصف الآخر", "النصف الاخر", "النصف الأخير", "النصف الثاني", "النص التاني", "النص الثاني",
             "نصف دیگر", "نیمی دیگر", "نیمه دیگر", "نصف دیگه", "نیم دیگر"),
    "whole": ("بالكامل", "كامل الصفقة", "کامل", "همه"),
    "quarter": ("ربع", "ربع الصفقة", "یک چهارم", "یک‌چهارم"),
    # "50% di area atas, 50% di area bawah": the upper and lower part of an entry zone, each with its share (``zone_shares``).
    "upper_part": ("الجزء العلوي", "أعلى المنطقة", "بالای محدوده", "سقف محدوده"),
    "lower_part": ("الجزء السفلي", "أسفل المنطقة", "پایین محدوده", "کف محدوده"),
    "half_each": ("على جزئين متساويين", "بجزئين متساويين", "در دو بخش مساوی", "مناصفة", "نصف نصف", "نیمی نیمی"),
    "cross": (
        "كروس", "کراس", "متقاطع",
        "متقاطعة", "كراس",
    ),
    "isolated": (
        "معزول", "ایزوله",
        "معزولة", "ايزوليتد",
    ),
    "margin": ("هامش", "الهامش", "مارجین", "الوضع:", "حالت:"),
    "cross_margin": ("هامش متقاطع", "الهامش المتقاطع", "مارجین کراس"),
    "isolated_margin": ("هامش معزول", "الهامش المعزول", "مارجین ایزوله"),
    "order_type": ("نوع الأمر", "نوع الامر", "نوع سفارش"),
    # "خرید در ۳ پله" (buy in three steps); "پله اول ۱۴٫۶" (the first step) is an entry row.
    "parts": ("پله", "مرحله"),
    "profit": ("ربح", "أرباح", "سود"),
    # "ведём стоп за ценой с отступом 1,5%" (we lead the stop behind the price): a trailing stop in words (blind56).
    # An order to switch a trailing stop on: the verb, whose condition starts the trail (``hints``).
    "trail_on": ("فعّلوا تريلينغ ستوب", "فعلوا تريلينغ ستوب", "فعّلوا التريلينغ ستوب", "فعلوا التريلينغ ستوب", "فعّلوا تريلينج ستوب", "فعلوا تريلينج ستوب", "فعّل تريلينغ ستوب", "تریلینگ استاپ را فعال کنید", "فعّلوا وقف خسارة متحرك", "فعلوا وقف خسارة متحرك", "فعّلوا وقف الخسارة المتحرك", "فعلوا وقف الخسارة المتحرك", "فعّل وقف خسارة متحرك", "فعل وقف خسارة متحرك", "استخدموا وقف خسارة متحرك", "از تریلینگ استاپ استفاده کنید"),
    "trailing": ("تريلينغ ستوب", "تريلينج ستوب", "التريلينغ ستوب", "تريلينغ", "نحرك الوقف", "تریل می‌کنیم", "فعّلوا الوقف المتحرك", "فعل الوقف المتحرك", "تریلینگ را فعال کنید", "تریلینگ", "وقف متحرك", "نحرك الوقف مع السعر", "الوقف يتبع السعر", "حد ضرر را همراه قیمت جابجا می‌کنیم"),
    "rules": ("قوانین", "قواعد", "القواعد"),
    # "SL follows the previous target": a trailing stop one target behind (``hints``).
    "previous": ("قبلی", "السابق", "السابقة", "پیشین"),
    # "From then on the stop follows the previous target": a rule carried on from the sentence before (``rule_labels``).
    "carry_on": ("من ذلك الحين", "منذ ذلك الحين", "از آن به بعد", "از اون به بعد"),
    # "SL 5.52 and targets already placed": orders set for a trade already open, a report (``updates``).
    "placed": ("تم وضع", "گذاشته شد", "ثبت شد"),
    # A copy bot's notice that it opened the position for the reader: a running trade, no call.
    "status": ("الصفقة نشطة", "معامله فعال", "لا تزال نشطة", "لا تزال مفتوحة", "ما زالت مفتوحة", "مازالت مفتوحة", "هنوز فعال", "برای شما باز شد", "برای شما باز شده", "نیازی به ورود دستی نیست", "ورود دستی لازم نیست", "تم فتح الصفقة لك", "تم فتح صفقة لك", "تم فتح المركز لك", "لا حاجة للدخول اليدوي", "لا تدخل يدويا", "لا تدخل يدوياً"),
    "pair": ("عملة", "العملة", "الزوج", "ارز", "جفت ارز", "نماد", "رمزارز", "رمز ارز", "العملة الرقمية"),
    # "هدف أول 2651 | هدف ثاني 2659": the ordinal without its article too.
    "first": ("أولا", "اولا", "أولاً", "اولاً", "اول از همه", "الأول", "الاول", "اول", "أول"),
    "each": ("كل", "هر"),
    "respectively": ("على التوالي", "به ترتیب", "بالترتیب", "بالترتيب", "یکی یکی"),  # and "in turn": prices in the order written ("targets in turn 1 / 2", ``targets_in_turn``)
    # "trail the stop 1.5% below the high", "стоп на 1,5% ниже максимума": the price extreme a trailing stop follows (``hints``).
    "peak": ("القمة", "أعلى سعر", "أدنى سعر", "قله", "سقف قیمت", "بالاترین قیمت", "پایین\u200cترین قیمت"),
    # "take 50% at TP1, rest at TP2": what is left of the position after a share (``hints``).
    "rest": ("الباقي", "المتبقي", "باقی", "باقی\u200cمانده", "بقیه", "بقیه\u200cی", "مابقی", "النصف المتبقي", "ما تبقى"),  # "بقیه در تارگت ۲ و ۳" (the rest at targets 2 and 3)
    "runner": ("رانر", "الرانر"),
    "no_leverage": ("بدون رافعة", "بدون الرافعة", "بدون اهرم", "بدون لوریج"),
    "wrong": ("أكون مخطئا", "أنا مخطئ", "مخطئ", "اشتباه کردم", "اشتباه کرده‌ام"),
    "second": ("الثاني", "دوم", "ثاني", "ثانی"),
    "third": ("الثالث", "سوم", "ثالث"),
    # "والـ١٠٪ الباقية عند الرابع" (the remaining 10% at the fourth): a target by its place (``ordinal_shares``).
    "fourth": ("الرابع", "الرابعة", "رابع", "چهارم"),
    "or": ("أو", "او", "یا"),
    "ask": ("هل يعرف أحد", "هل يعرف احد", "هل تنصحون", "ما رأيكم", "أفكر في", "افكر في", "کسی میدونه", "به نظرتون", "دارم فکر میکنم", "لو اشتريت", "إذا اشتريت", "اذا اشتريت", "اگر بخرید"),
    "hedge": ("ربما", "قد", "شاید", "احتمالا", "ممکن است"),
    # "هذا مجرد مثال" (just an example), "فقط یک مثال است": a worked example says it is none.
    # "… هذا مثال تعليمي وليس توصية" (an educational example and not a recommendation): "and" glued to "not".
    "not_a_call": (
        "ليست توصية", "ليست إشارة", "سیگنال نیست", "مجرد مثال", "فقط مثال", "فقط یک مثال", "صرفا یک مثال",
        "ليس توصية", "وليس توصية", "وليست توصية", "ليس إشارة", "وليس إشارة",
        # "No new trades today": the author opens nothing, whatever levels the analysis around it names.
        "امروز معامله\u200cای نداریم", "امروز معاملهای نداریم", "امروز معامله ای نداریم", "امروز معامله نداریم", "امروز سیگنالی نداریم", "لا صفقات اليوم", "لا توجد صفقات اليوم", "لا صفقة اليوم", "اليوم بدون صفقات",
    ),
    # "درس: إذا دخلت شراء على BTC عند …" (lesson: if you buy BTC at …): a lesson's title before its prices.
    "lesson": ("كيف تقرأ الإشارة", "كيفية قراءة الإشارة", "كيفية تفسير", "سيناريو افتراضي", "افتراضي", "فرضی", "راهنما", "إرشادات", "فرض کنید", "لنفترض", "افترض", "على سبيل المثال", "مثال", "مثلاً", "مثلا", "للمبتدئين", "تعليمي", "درس اليوم", "درس", "چیست", "آموزش", "مبتدی"),
    # "سیگنال جدید 👇", "صفقة جديدة" after updates on other coins: a header opening a new call (``desk_posts``).
    "new_call": ("سیگنال جدید", "صفقة جديدة", "إشارة جديدة", "اشارة جديدة", "توصية جديدة", "معامله جدید", "صفقة اليوم", "إشارة اليوم", "اشارة اليوم", "سیگنال امروز", "فرصة اليوم", "فرصت امروز"),
    # "من ٥ إلى ١٠ مرات", "۵ تا ۱۰ برابر": a range of leverage; "مرات", "برابر" are its "x".
    # "من ١٤٫٢٠ لين ١٤٫٦٠" (from … until …): Gulf speech says "until" as "لين" / "إلين".
    "to": ("إلى", "الى", "تا", "الی", "لحد", "لغاية", "لغايه", "ل", "لين", "إلين", "الين", "لين ما"),  # "من X ل Y"  # "من 21.4 لحد 20.8" (from … up to …)
    "times": ("مرات", "مرة", "برابر"),
    # "نكتفي بالمراقبة حاليا" (we only watch for now): the writer opens nothing for now (``talk``).
    "wait_see": ("نكتفي بالمراقبة", "الانتظار والترقب", "فعلا نظاره", "فعلاً نظاره"),
    # "الدخول: أي سعر بين 2.15 و 2.23" (any price between): the zone itself, the words dropped.
    "any_price": ("أي سعر", "هر قیمتی"),
    "when": (
        # "only if X": a conditional entry's "only", as English "entry only if breaks X" reads (blind69).
        "فقط في حال", "فقط في حالة", "فقط إذا", "فقط اذا", "فقط عند", "فقط لو", "فقط اگر", "فقط در صورت",
        "إذا", "اذا", "اگر", "وقتی", "بمجرد", "به محض", "به محض اینکه",
        "عند كسر", "عند اختراق", "بعد كسر", "بعد اختراق", "لو", "در صورت شکست", "در صورت",
        # "لونج عند الإغلاق فوق 71,500" (long on a close above), "اگه بالای 1.92 تثبیت شد لانگ" (if it
        # holds above 1.92, long): a candle's close or hold as the condition, spoken Persian's "if".
        "عند الإغلاق", "عند الاغلاق", "عند إغلاق", "عند اغلاق", "بعد الإغلاق", "بعد الاغلاق", "في حال", "في حالة",
        # "on retest of 3,480", "на ретесте 0.6120" (on a retest of): a conditional entry's trigger, as "on break of" is (blind77).
        "عند إعادة اختبار", "عند اعادة اختبار", "بعد إعادة اختبار", "بعد اعادة اختبار", "إعادة اختبار", "اعادة اختبار",
        "در ریتست", "با ریتست", "ریتست", "در پولبک", "با پولبک", "پولبک",
        "اگه", "با تثبیت", "در صورت تثبیت", "با بسته شدن",
        # "ARB | بتجاوز 0.952" (on crossing), "باختراق", "عند تجاوز", "با عبور از": the trigger of a conditional entry.
        "بتجاوز", "عند تجاوز", "بعد تجاوز", "في حال تجاوز", "إذا تجاوز", "اذا تجاوز", "لو تجاوز", "باختراق", "بكسر",
        "عند الاختراق", "بعد الاختراق", "عند الكسر", "با عبور از", "با عبور", "در صورت عبور از", "بعد از عبور از", "با شکست",
    ),
    "at": ("عند", "في", "در"),
    "news": ("خبر", "أخبار", "اخبار", "خبر فوری"),
    "promo": (
        "اشتراك", "خصم", "انضم", "الشهر الماضي", "الأسبوع الماضي", "أمس", "النتائج", "عضویت", "تخفیف", "ماه گذشته",
        "هفته گذشته", "دیروز", "نتایج", "اشتراک", "حق اشتراک", "این ماه ما", "ماه پیش",
        "ملخص", "تقرير", "حصاد الأسبوع", "حصاد الشهر", "نسبة النجاح", "گزارش", "خلاصه", "جمع بندی",
        # "اشترك في قناة VIP … نسبة نجاح 92%" (subscribe … success rate): an advert, whatever call it quotes.
        "اشترك", "اشتركوا", "اشترك الآن", "نسبة نجاح", "معدل النجاح", "معدل نجاح", "نرخ موفقیت", "درصد موفقیت",
        # "📊 نتائج الأسبوع | #LINK ✅ الهدف 3 …" (the week's results): "results" without its article heads a recap too.
        "نتائج", "نتائج الأسبوع", "نتائج الشهر",
    ),
    "filler": (
        # "TON شورت هنا 5.412" (short here): "here" before a price, as English "here"; the price is the entry.
        # Persian "همینجا" (right here) too: "ورود همینجا 0.8240" names its entry, as every table's "here + price"
        # does; only "now" beside a price is a market entry (fa-blind64-h02 settled the convention's way).
        "هنا", "من هنا", "همینجا", "همین جا", "همین‌جا", "اینجا",
        # "4.12 ضع 30%" (at 4.12 place 30%): the verb between a leg's price and its share.
        "ضع", "بذار",
        "من", "إلى", "الى", "في", "و", "به", "در", "تا", "از", "را", "عند", "حول", "حدود", "تحت",
        "أسفل", "اسفل", "فوق", "زیر", "بالای", "پایین",
        "كسر", "اختراق", "شکست",
        "بين",  # "الشراء بين ١٧٦٫٥ و ١٧٩٫٢": between two prices, a zone
        "فريم", "الفريم", "فریم", "تايم فريم", "تایم فریم",  # "(فريم 4 ساعات)": the chart's timeframe
        "سبوت", "اسپات",  # "spot", as "BUY spot" reads in English
        "نقطه", "نقاط",  # "استاپ در نقطه 28000" (the stop at the point 28000)
        # "استاپ بذارید زیر 0.1485" (put the stop below …), "ضع الوقف عند": the verb between a label and its price.
        "بذارید", "بزارید", "بذار", "بزار", "بگذارید", "قرار بدید", "قرار دهید", "ضع", "ضعوا",
        # "شورت BNB بزنید بالای 668" (go short BNB above 668), "لانگ بزن روی 2.4": the verb of a side, before its price.
        "بزنید", "بزن", "بزنیم", "روی",
        # "سویی رو لانگ بگیرید رو 3.72 تا 3.80" (take a long on SUI at …): "رو", spoken "را" or "on", and "take".
        "رو", "بگیرید", "بگیر", "بگیریم",
        # "شورت گرفتم از 0.6240" (I took a short from 0.6240): the side's verb in the past, before its price.
        "گرفتم", "گرفتیم", "زدم", "زدیم",
        # "شورت رفقا 0.0412", "لونغ يا شباب 142": how a chat addresses its readers, between the side and its price.
        "يا شباب", "شباب", "يا جماعة", "رفقا", "دوستان",
    ),
    "candle": ("إغلاق شمعة", "اغلاق شمعة", "إغلاق الشمعة", "شمعة", "کلوز", "کندل", "بسته شدن"),
    "hours": ("ساعات", "ساعة", "ساعه", "ساعته", "ساعتی", "ساعت"),
    "daily": ("اليومي", "يومي", "روزانه"),
    # "هنشتري سبوت من منطقة 21.4 لحد 20.8" (Egyptian "we'll buy spot from 21.4 to 20.8"): the verb as a side.
    "buy": (
        "خرید", "شراء", "الشراء", "صفقة شراء", "هنشتري", "هنشترى", "نشتري", "سنشتري", "بنشتري", "اشتري", "میخریم", "بخرید",
    ),
    "sell": ("بيع", "البيع", "صفقة بيع", "فروش", "هنبيع", "نبيع", "سنبيع", "بنبيع", "میفروشیم", "بفروشید"),
    # "تریلینگ استاپ ۱.۵ درصدی" (a 1.5-percent trailing stop): the adjective, a percentage as "درصد" is.
    "percent": ("درصد", "درصدی", "درصده", "بالمئة", "بالمائة", "في المئة", "في المائة"),
    # "الهدف 1.0900 — 50 نقطة", "حد ضرر ۳۰ پیپ": a distance from a price, never a price (``line_prices``).
    "distance": ("نقطة", "بيب", "بيبس", "پیپ"),
    "gold": ("الذهب", "طلا", "انس طلا"),
    # "ETH هم ضعیف است، سراغش نمی‌رویم": a pair the text declines to trade (``called_pair``).
    # "LINK: 15,40 aşılmadıkça long düşünmüyoruz", "not looking to long": a side refused is no side (``sections.stated_side``).
    "decline": ("سراغش نمی\u200cرویم", "سراغش نمیرویم", "سراغش نمی\u200cریم", "سراغش نمیریم", "دست نمی\u200cزنیم", "دست نمیزنیم", "وارد نمی\u200cشویم", "وارد نمیشیم", "لن نلمسها", "لن نلمسه", "لا نلمسه", "لن ندخل", "لا ندخل", "نتجنبه", "نتجنبها", "لا نفكر في الشراء", "لا نفكر في البيع", "به لانگ فکر نمی\u200cکنیم", "به لانگ فکر نمیکنیم", "به شورت فکر نمی\u200cکنیم", "به شورت فکر نمیکنیم",
                # "BTC is stuck, forget about it": the pair talked about, set aside.
                "انسوه", "ولش کنید",
                # "BTC ranging, no opportunity, mainly watching LTC": the coin talked about has nothing to trade.
                "لا توجد فرصة", "لا فرصة", "فرصتی نیست", "فرصتی ندارد"),
}

# "22 Feb 2026", "22 февраля", "22 Şubat", "22 de febrero": a month's name beside a day makes a date, never a price (``stamps``).
MONTHS = ("يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر",
          "ژانویه", "فوریه", "مارس", "آوریل", "ژوئن", "ژوئیه", "اوت", "سپتامبر", "اکتبر", "نوامبر", "دسامبر")

# "Приклад розрахунку стоп-лоссу", "Example calculation": a worked calculation after a plan, whose numbers are no
# part of it (``examples``).
CALCULATION = ("حساب", "الحساب", "محاسبه", "سيناريو", "واقعي", "سناریو", "واقعی")
# "Scenario A – SELL … / Scenario B – BUY …", "Plan 1 / Plan 2": a noun that, with a letter or number after it at a
# line's start, heads one of a post's alternative plans (``alternatives``).
ALTERNATIVES = ('سيناريو', 'السيناريو', 'الخطة', 'خطة', 'الخيار', 'خيار', 'سناریو', 'گزینه', 'طرح', 'پلن')
# "Aggressive: … / Conservative: …": a risk profile heading one of a post's alternative plans (``alternatives``).
PROFILES = ('عدواني', 'هجومي', 'محافظ', 'متحفظ', 'تهاجمی', 'محافظه کار', 'محافظه\u200cکارانه', 'السيناريو الأول', 'السيناريو الثاني', 'السيناريو الثالث', 'الخطة الأولى', 'الخطة الثانية', 'سناریو اول', 'سناریو دوم', 'سناریو سوم')

# "short desde 0,01385 hasta 0,01420": an entry zone written from one price to another (``entry_wording``).
RANGE_WORDS = ("من {} إلى {}", "من {} الى {}", "من {} لحد {}", "من {} لين {}", "من {} إلين {}", "من {} الين {}", "از {} تا {}", "{} إلى {}", "{} الى {}", "{} تا {}")

# "يعني الخطة لسه لونج INJ 21.40-22.10 ووقف 20.30؟", "پس برنامه هنوز لانگه؟": whether the plan still stands (``questions``).
STILL_VALID = STILL_VALID + ("الخطة لسه", "الخطة لا تزال", "الخطة ما زالت", "الخطة مازالت", "برنامه هنوز", "پلن هنوز")
# "صفقة BNB أمس هل فات الأوان للدخول؟ قلتم لونج 612", "دیر نشده؟": whether it is too late to enter an earlier call asks about that call, as "still valid?" does
# (``questions.asks_if_still_valid``); "you had said" names the earlier call whose prices are repeated (blind77).
STILL_VALID = STILL_VALID + ("فات الأوان", "متأخر للدخول", "هل تأخرت", "دیر نشده", "دیر شده", "دیره")
EARLIER_CALL = EARLIER_CALL + ("قلتم", "گفتید", "گفته بودید")
