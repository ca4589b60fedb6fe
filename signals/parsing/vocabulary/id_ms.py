"""Indonesian, with the Malay spellings Indonesian channels share."""

# Indonesia writes "14,6" for a decimal and "95.150" for a thousands group, as Turkey and Brazil do.
DECIMAL_COMMA = True
DOT_THOUSANDS = True

# "tp 0,85 y 0,9", "chốt lời 1,95 rồi 1,82": words that join two prices of one list (``sections``).
# "TP 0.0338 sama 0.0352" (and, as spoken), "serta" (as well as).
# "di 3,12 sm 3,05" ("sama", and): chats shorten the join to its consonants.
JOINS = ("dan", "lalu", "kemudian", "terus", "sama", "serta", "sm", "dn")
# "34.75, sisanya sampai 32.9" (the rest up to …): the last price of a target list, joined to it.
JOINS = JOINS + ("sisanya sampai", "sisanya ke", "sisanya di", "dan sisanya sampai", "dan sisanya di", "sisa sampai")

# "gaes ada call long SUI nih": "ada" (there is) spells a listed ticker; in lower case beside another
# ticker it is the word (``symbols``).
WORD_TICKERS = ("ada",)

# "aku udah masuk", "masih hold", "ada yang masih": a position already open (``asides.tells_own_trade``).
# "Cancel the old ETH order. New entry: …": words that say a call replaces an earlier one (``replacements``).
REPLACING = ("lama", "sebelumnya", "baru", "diganti", "gantinya")

HELD = (
    "aku masuk", "saya masuk", "udah masuk", "sudah masuk", "aku open", "saya open", "aku entry", "saya entry",
    "yang masih hold", "saya masih hold", "aku masih hold", "posisiku", "ada yang masih", "siapa yang masih",
    "ada yang hold", "ada yang masuk",
    "posisi saya", "long saya", "short saya", "saya lagi long", "aku lagi long",
    # "gw lagi long ARB dari 0.92 … cut ga ya" (I'm long ARB from 0.92 … cut or not?): the writer's own side in slang.
    "saya lagi short", "aku lagi short", "gue lagi long", "gue lagi short", "gw lagi long", "gw lagi short", "hold atau cut", "cut atau hold",
    # "aku nyangkut SOL di 175" (I'm stuck in SOL from 175), "cut loss atau hold?": a holder asking.
    "nyangkut", "kenyangkut", "cut loss atau hold", "cl atau hold", "atau hold",
)

INVITE = ("siapa ikut", "yang ikut", "gas ga", "siap", "siapa lagi ikut",)
# A position the writer still holds from before (read by ``still_held``): his trade's story, not a new call.
STILL_HELD = ("aku masih hold", "saya masih hold", "gw masih hold", "gue masih hold", "aku masih pegang", "saya masih pegang", "gw masih pegang", "masih nyangkut",)
# A tag closing a notice's question, asking only for a nod (read by ``tag_asks``).
TAG_ASKS = ("paham", "faham", "oke", "ok ya", "siap ya", "ngerti",)
# "tô abrindo short em DOGE agora a mercado … beleza?": the writer opening a trade now, which a closing tag word does not make a question (``opening_now``).
OPENING_NOW = ("lagi buka", "saya buka", "aku buka", "gue buka", "kita buka")
HELD = HELD + ("siapa yang udah masuk", "siapa yg udh masuk",)  # a question to the group about who got in (``still_held``)

# "Masih ingat call PEPE minggu lalu?": a past call recalled (``asides.recalls_call``).
RECALL = ("masih ingat", "ingat call", "ingat sinyal", "inget call")

# "Weekly recap 📊 …", "复盘一下昨天那单 …": a title opening the message over past trades' results (``recaps``).
RECAP_TITLES = ("rekap mingguan", "rekap minggu ini", "rekap", "hasil minggu ini", "laporan mingguan", "ringkasan mingguan",)
# A day's wrap or yesterday's trade as a post's title: past results, read only of a post that reports hits
# or ticks (``past_titles``); a recap may still carry a fresh call below.
PAST_TITLES = ("trade kemarin", "sinyal kemarin", "rekap harian", "rangkuman hari ini", "rekap hari ini", "ringkasan harian",)

# "but ETH nahi, $AAVE", "not ETH, but SOL": a word that refuses the pair right beside it.
NOT_THIS = ("bukan",)
# After a stop, a look word before a price names the targets (``looked_targets``).
LOOK_TARGETS = ("lihat", "incar", "ngincer")
# "BTC lemah tapi SOL long": a contrast that turns from the market talked about to the call (``contrast_call``).
CONTRASTS = ("tapi", "tetapi", "namun")

# "apakah … ?", "entry 13,4 aman gak?": a question's opening words and its particles (``questions``).
ASK_OPENS = ("apakah", "apa", "gimana", "bagaimana", "berapa", "kenapa", "mau tanya", "numpang tanya", "ada yang", "ada yg")
# "sinyal ATOM kemarin masih valid ga?": whether an earlier call still holds (``questions``).
STILL_VALID = ("masih valid", "masih berlaku", "masih bisa masuk", "masih bisa entry", "masih aktif", "masih jalan")
# "yesterday's DOGE signal (…) still valid?": a question that names an earlier call (``questions``).
EARLIER_CALL = ("kemarin", "sebelumnya")
TODAY = ("hari ini", "malam ini")
# "DOT masih aman buat long ga ya?": whether a trade is still safe to take asks as "still valid" does (``questions``).
STILL_VALID = STILL_VALID + ("masih aman", "masih oke buat", "masih ok buat")
ASK_MARKS = STILL_VALID + ("kah", "nggak", "ngga", "gak", "ga", "tidak", "bukan", "atau lebih rendah", "atau lebih tinggi", "atau lebih bawah", "atau lebih atas")
ASK_TAILS = ("atau nggak", "atau gak", "atau ga", "atau tidak", "menurut kalian", "gimana menurut kalian", "gmn menurut kalian")
WAIT_OR = ("atau tunggu", "atau nunggu", "atau tunggu dulu", "atau nunggu dulu", "atau sabar dulu")  # "long from 142.5 or wait for 135?": a plan offered beside waiting is asked about (``unsure_asks``)
# "o que vocês acham do XRP? pensando em comprar …": asking the group's opinion makes a sentence a question.
ASK_MARKS = ASK_MARKS + ("menurut kalian", "gimana menurut kalian", "pendapat kalian")
DOUBTS = ("gak tau", "ga tau", "nggak tau", "entahlah", "gak yakin", "ga yakin", "nggak yakin", "tidak yakin", "takut", "ngeri", "khawatir", "was-was")  # "anyone think SEI is a steal?? … idk man": doubt after an opening question (``unsure_asks``)
# "thinking of longing SUI with stop 2.85 … but BTC dominance scares me": a trade weighed now, not called, after an
# opening question (``unsure_asks``); fear words ("scares me", "страшно") above are doubts too.
CONSIDERING = ("lagi mikir mau", "kepikiran mau", "lagi kepikiran", "berencana beli", "lagi pertimbangkan", "mempertimbangkan", "kepikiran long", "kepikiran short", "lagi mikir long", "lagi mikir short")
# "alguém acha que ainda dá pra entrar em SOL a 142? … pensei em stop 136 e alvo 150": a plan thought of, told after
# an opening question, is weighed too, whatever word follows (``unsure_asks``).
CONSIDERING = CONSIDERING + ("tadinya mikir", "sempat mikir", "kepikiran pasang")

MUSING = ("tadinya mau beli", "tadi mau beli", "sempat mau beli", "sempat kepikiran beli", "tadinya mau masuk", "mau beli tapi", "mau masuk tapi", "pengen beli tapi", "pengen masuk tapi")
POLL = ("polling", "voting", "vote", "jajak pendapat")  # "📊 ENQUETE … A) Long … B) Short …": a poll word or a call to vote over options (``polls``)
NOT_YET_HIT = ("belum kena", "blm kena", "belum tercapai", "belum kesentuh", "belum tersentuh", "belum nyentuh")  # "target 7.80 kemaren belum kena": a hit word said not to have happened yet reports nothing (``pending_hits``)
# "TP1 hampir kena" (TP1 almost hit): a target almost reached is not hit yet either (``pending_hits``).
NOT_YET_HIT = NOT_YET_HIT + ("hampir kena", "hampir tercapai", "hampir nyentuh", "hampir sampai", "dikit lagi kena",
    "sedikit lagi kena", "bentar lagi kena")
LATER = ("selanjutnya", "kemudian", "setelah itu", "lalu", "habis itu")  # "… Цели … / Дальше стоп в безубыток.": a sentence opened by "then" says its stop move or close for later (``changes_now``)
TURN_DONE = ("sudah terbang", "udah terbang", "sudah pump", "udah pump", "sudah", "udah")
TURN_NEXT = ("giliran", "sekarang giliran")

# "gw lg mikir mau masuk …", "tp gk yakin wkwk": chat spellings of weighing and of doubt (``unsure_asks``).
CONSIDERING = CONSIDERING + ("lg mikir mau", "lg mikir", "lagi mikir", "lg kepikiran")
DOUBTS = DOUBTS + ("gk yakin", "g yakin", "ngga yakin", "gk tau", "g tau")

HELD = HELD + ("udh masuk", "aku udh masuk", "gw udh masuk", "gue udah masuk")
# "semoga tp 3,40 tembus 🙏 doain ya": a hope for a position already held (``hoped_trades``).
HOPES = ("semoga", "smoga", "moga-moga", "doain", "doakan", "mudah-mudahan", "mudah2an")

WORDS = {
    # "plan" after the pair, as English "SOL plan: 148.20 - 151.60" (``line_prices``).
    "plan": ("rencana untuk", "rencana"),
    # a verb between a label and its prices, as English "targets sit at" (``label_verbs``).
    # "Stop goes above 0.1688": a verb between a stop label and its side word (``placed_stops``).
    "stop_goes": ("letaknya", "ditaruh", "diletakkan", "dipasang", "ditempatkan"),
    "lies_at": ("berada di", "terletak di"),  # not "ada di": its "ada" is the ADA ticker too
    "trying": ("mencoba", "nyoba", "cuba", "mencuba"),  # "DOT long deniyorum 6,85": a verb between the side and its price (``entry_wording``)
    "so_on": ("dan seterusnya", "begitu seterusnya", "dan begitu seterusnya"),  # "after TP2 move SL to TP1, and so on": a stop stepping target by target (``stepped_stops``)
    "of_trade": ("untuk posisi", "di posisi", "untuk trade"),  # "تحريك وقف الخسارة لصفقة #LTC" (the stop of the LTC trade): the trade a stop move names (``stop_subject``)
    "restate": ("artinya", "maksudnya", "yaitu", "yakni"),
    "average": ("rata-rata", "rata rata"),
    "liquidation": ("likuidasi", "dilikuidasi"),
    "allocation": ("alokasi", "pembagian", "take profit bertahap", "tp bertahap", "ambil untung bertahap", "volume per", "volume tiap", "volume setiap", "ukuran per", "bagi modal"),
    "capital": ("modal", "saldo"),
    # "long di 0,52, tambah di 0,49", "avg di 0,47": an added leg, which adds to the side's own price (``legs``).
    "dca": ("tambah", "tambahan", "beli lagi", "tambah posisi", "avg di", "avg down",
            "bisa dca", "boleh dca", "bisa tambah", "bisa avg"),  # "2,145 (bisa DCA sampai 2,19)": can add up to
    "entry": (
        # "Trigger ▸ 24.85": a template's trigger price is where the trade opens (``values_then_label``).
        "harga pemicu", "harga trigger",
        # "bids at: 0.0118 (20%) …", buy orders placed: a ladder's entries.
        "order beli di", "antrean beli di", "antrian beli di",
        # "Лимитки: 0.585 / 0.572 / 0.560", "Limit orders: …": the limit orders placed are the entries.
        "order limit", "order limit jual", "order limit beli", "limit order", "pesanan had",
        # Copy-trading notices: the lead trader's opening price is the entry.
        "harga buka", "harga pembukaan",
        # "Entry zona 3.320 - 3.360": the English label with the Indonesian word for its zone.
        "entry zona", "entry area", "zona entry", "area entry",
        "beli bertahap", "pembelian bertahap", "masuk bertahap", "masuk", "harga masuk", "area masuk", "zona masuk", "titik masuk", "area beli", "harga beli", "entry",
        "entri", "kemasukan", "harga kemasukan", "zon masuk", "zona beli", "zona-zona beli", "zona-zona masuk", "titik-titik masuk",
        # "Area akumulasi: 0,52 - 0,55" (accumulation zone): where a spot buy fills.
        "area akumulasi", "zona akumulasi", "akumulasi spot", "akumulasi di", "akumulasi bertahap", "zon akumulasi", "zon beli", "kawasan beli",
        # "Serok bertahap:" (scoop up in steps): slang for buying a dip, a ladder's label.
        "serok bertahap", "serok cicil", "cicil beli", "beli cicil", "area serok", "zona serok",
        # "Tangga entry: 0,0312 / 0,0298" (the steps), "entry bertahap": a ladder's entries under their own label.
        "entry bertahap", "tangga entry", "entry tangga", "beli tangga", "anak tangga",
    ),
    "sell_zone": ("zona jual", "area jual"),
    # "стоп тянем за ценой по тейкам", "SL follows target by target": a stop moved up one target at a time (``hints``).
    "stepwise": ("target demi target", "tp demi tp"),
    "zone": (
        "area", "zona",
        "zon",
        # "Entry: di kisaran 24,10 - 24,85", "dalam rentang": the zone with its "in".
        "di kisaran", "dalam kisaran", "dalam rentang", "di rentang", "dalam zona", "di zona",
    ),
    "stop": (
        # "Invalidation: 11.75", "inv 138.9": the price that voids the idea is the stop (blind65).
        "invalidasi",
        # "setup batal kalau close di atas 41.05" (the setup is void on a close above …): the price that voids the idea.
        "setup batal kalau", "setup batal jika", "setup gagal kalau", "setup gagal jika", "skenario batal kalau",
        "stop loss", "sl", "batas rugi", "cut loss", "cutloss",
        "henti rugi", "hentikan kerugian", "had rugi", "stoploss",
    ),
    "target": (
        "target", "tp", "ambil untung", "target jual",
        "sasaran", "sasaran harga", "target harga", "ambil keuntungan",
        # "Jual bertahap: 1,70 / 1,85" (partial sell): the share a spot buy sells at each price, its targets.
        "jual bertahap",
    ),
    "leverage": (
        "leverage",
        "leveraj", "leverej", "daya ungkit",
    ),
    # "longin TON di 3,12", "shortin ETH" (long it, short it): the chat's verb made of the English side.
    "long": ("potensi kenaikan", "long", "longin"),
    # "long jangka pendek" (a short-term long): a horizon, dropped with "mid term" before sides are read; its "short" is no side.
    "horizon": ("jangka pendek", "jangka panjang", "jangka menengah"),
    # "para shorter": a market move or the crowd's positions, no side of this call: it becomes the side-less "squeeze".
    "squeeze": ("para shorter", "para longer", "tekanan jual", "tekanan beli", "volume jual", "volume beli"),
    # "XRP perlu close di atas 2.24": what a coin needs, so the close after it is a candle's (``conditions``).
    "need": ("perlu", "harus"),
    "short": ("short", "shortin"),
    "order_type": ("jenis order", "tipe order", "jenis pesanan"),
    "market": (
        "harga pasar", "harga sekarang", "sekarang",
        "harga semasa", "harga terkini", "harga saat ini", "harga market", "order pasar",
    ),
    "cancel": ("dibatalkan", "batal", "batalkan", "batalin"),
    # "amankan sebagian profit di TP1 lalu geser SL ke entry" (secure part of the profit at TP1, then the stop to
    # entry): a share taken at a target, the break-even rule's condition, as Portuguese "fecha parcial" is (blind77).
    # Not a bare "amankan sebagian ya" after a hit target: an invitation to holders, the hit is the news (blind63).
    "close_part": ("amankan sebagian profit", "ambil sebagian profit", "tutup sebagian posisi", "tutup sebagian"),
    "close": (
        # "cut it here, -1R", "режем позицию": cutting a trade is closing it now (blind65).
        "cut posisi", "cut di sini","tutup", "tutup posisi", "keluar",
        # "Amankan 50% posisi sekarang" (secure 50% of the position now): banking a share is closing it.
        "amankan", "amanin", "amankan posisi", "amankan profit", "kantongin", "kantongi"),
    "hit": (
        "tercapai", "kena", "sudah kena",
        "capai", "sudah tercapai",
    ),
    "stopped": ("keluar di sl", "cut loss di sl", "kena sl", "kena stop loss", "kena stop", "terkena sl"),
    # "entry sudah terisi di 1.71" (the entry filled at 1.71): a report on a trade already open.
    "filled": ("terisi", "sudah terisi", "tereksekusi", "sudah tereksekusi", "ter-trigger"),
    # "amankan modal" (secure the capital): the stop put at entry, never the close "amankan" alone is.
    "breakeven": ("titik impas", "amankan modal", "amanin modal"),
    "move": ("menurunkan", "menaikkan", 
        "pindahkan", "geser", "pindah",
        # "SL dipindahkan ke 0,742" (the SL was moved to): a move reported done, which a copier makes too.
        "dipindahkan", "dipindah", "digeser",
        "alihkan", "naikkan",
        "tarik", "turunkan",
        # "SL harus dipindah ke entry", "SL agar dipindahkan": the jussive moods (w4u).
        "harus dipindah", "harus dipindahkan", "agar dipindahkan", "mohon dipindahkan", "silakan pindahkan", "tolong pindahkan",  # "tarik SL ke 142,8" (pull the SL to), "turunkan SL" (lower the SL)
    ),
    # Malay "lepas tu alihkan SL ke harga masuk" (after that move the SL to entry), "selepas TP1".
    "after": ("setelah", "selepas", "selepas itu", "lepas tu", "lepas itu"),
    "starting_from": ("mulai dari", "bermula dari"),
    "half": ("setengah posisi", "setengah", "separuh"),
    "whole": ("semua", "semuanya", "seluruh", "seluruhnya"),
    "quarter": ("seperempat", "satu perempat"),
    # "50% di area atas, 50% di area bawah": the upper and lower part of an entry zone, each with its share (``zone_shares``).
    "upper_part": ("area atas", "bagian atas", "zona atas"),
    "lower_part": ("area bawah", "bagian bawah", "zona bawah"),
    "half_each": ("dua bagian sama besar", "dalam dua bagian sama", "masing-masing setengah", "masing-masing separuh"),
    "cross": (
        "cross",
        "silang",
    ),
    # "Mode: Isolated", "Mode margin: Cross": the label before the margin's mode.
    "margin": ("mode margin", "mode:"),
    "isolated": (
        "isolated",
        "terisolasi", "isolasi",
    ),
    "cross_margin": ("margin silang",),
    "isolated_margin": ("margin terisolasi", "margin isolasi"),
    "profit": ("profit", "untung", "keuntungan"),
    # "ведём стоп за ценой с отступом 1,5%" (we lead the stop behind the price): a trailing stop in words (blind56).
    # An order to switch a trailing stop on: the verb, whose condition starts the trail (``hints``).
    "trail_on": ("hidupkan trailing stop", "nyalakan trailing stop", "aktifkan trailing stop", "pasang trailing stop", "aktifkan trailing sl", "pasang trailing sl", "gunakan trailing stop", "pakai trailing stop"),
    "trailing": ("trailing sl", "geser sl ikuti harga", "aktifkan trailing stop", "nyalakan trailing stop", "aktifkan trailing", "trailing", "geser sl mengikuti harga", "sl mengikuti harga"),
    "rules": ("aturan", "peraturan"),
    # "SL follows the previous target": a trailing stop one target behind (``hints``).
    "previous": ("sebelumnya",),
    # "From then on the stop follows the previous target": a rule carried on from the sentence before (``rule_labels``).
    "carry_on": ("sejak itu", "dari situ seterusnya", "mulai saat itu"),
    # "SL 5.52 and targets already placed": orders set for a trade already open, a report (``updates``).
    "placed": ("sudah dipasang", "sudah pasang", "sudah terpasang"),
    # A copy bot's notice that it opened the position for the reader: a running trade, no call.
    "status": ("posisi aktif", "masih aktif", "masih berjalan", "masih running", "posisi masih open", "dibuka untuk anda", "dibuka untuk kamu", "sudah dibuka otomatis", "tidak perlu entry manual", "jangan entry manual", "tak perlu masuk manual", "tidak perlu masuk manual"),
    "pair": ("koin", "pasangan", "aset"),
    "first": ("pertama-tama", "pertama tama", "pertama",),
    "each": ("setiap", "tiap"),
    "respectively": ("masing-masing", "berturut-turut", "berurutan", "secara berurutan"),  # and "in turn": prices in the order written ("targets in turn 1 / 2", ``targets_in_turn``)
    # "trail the stop 1.5% below the high", "стоп на 1,5% ниже максимума": the price extreme a trailing stop follows (``hints``).
    "peak": ("puncak", "harga tertinggi", "titik tertinggi", "harga terendah"),
    # "take 50% at TP1, rest at TP2": what is left of the position after a share (``hints``).
    "rest": ("sisanya", "sisa", "setengah sisanya", "yang tersisa"),
    "runner": ("sisa runner", "buat runner", "untuk runner"),
    "no_leverage": ("tanpa leverage", "tidak pakai leverage", "tanpa leveraj"),
    "wrong": ("saya salah", "aku salah", "analisa salah", "salah"),
    "second": ("kedua",),
    "third": ("ketiga",),
    # "والـ١٠٪ الباقية عند الرابع" (the remaining 10% at the fourth): a target by its place (``ordinal_shares``).
    "fourth": ("keempat",),
    "or": ("atau",),
    "ask": ("siapa yang tahu", "yang tahu", "yg tau", "menurut kalian", "lagi mikir", "kepikiran", "rencana mau", "kalau kamu beli", "jika kamu", "kalau kamu",
            # "… cut ga ya", "perlu cut?" (should I cut?): a holder asking what to do with his own trade (``asides``).
            "cut ga", "cut gak", "cut nggak", "cut engga", "perlu cut", "sebaiknya cut"),
    # "Yang masih hold boleh amankan sebagian" (holders may secure part): a suggestion, no close to copy.
    "hedge": ("mungkin", "bisa jadi", "pantau", "boleh amankan", "boleh amanin", "bisa amankan", "bisa amanin"),
    # "Ini cuma contoh, bukan call": a worked example says it is none. Not "bukan ajakan membeli"
    # (no invitation to buy): every Indonesian signal's footer.
    # "No new trades today": the author opens nothing, whatever levels the analysis around it names. Not "tidak ada"
    # ("there is no"): a row's every word is kept from reading as a ticker, and "ada" is ADA.
    "not_a_call": ("bukan sinyal", "bukan call", "cuma contoh", "hanya contoh", "sekadar contoh", "hari ini tiada entry", "hari ini tanpa entry", "hari ini tidak entry", "hari ini tidak buka posisi", "hari ini libur trading"),
    "lesson": ("cara membaca sinyal", "cara memahami sinyal", "skenario hipotetis", "hipotetis", "panduan", "misalkan", "anggap saja", "pelajaran", "contoh", "misalnya", "apa itu", "tips pemula", "pemula", "edukasi", "untuk pemula"),
    # "SINYAL BARU 🆕" after updates on other coins: a header opening a new call (``desk_posts``).
    "new_call": ("sinyal baru", "call baru", "trade baru", "posisi baru", "sinyal hari ini", "signal hari ini", "call hari ini", "peluang hari ini"),
    # "SINYAL LONG #BTCUSDT": a word that shows the message is Indonesian, and so its number style.
    "signal": ("sinyal",),
    "parts": ("bagian", "tahap", "kali", "tingkat"),
    # "Entry: harga berapa pun antara 2.150 - 2.230" (any price between): the zone itself, the words dropped.
    "any_price": ("harga berapa pun", "harga berapapun", "harga mana saja"),
    # "pantau dulu dari pinggir" (watch from the side for now): the writer opens nothing for now (``talk``).
    "wait_see": ("pantau dari pinggir", "menonton dari pinggir", "duduk di pinggir"),
    "when": (
        # "only if X": a conditional entry's "only", as English "entry only if breaks X" reads (blind69).
        "hanya jika", "hanya kalau", "hanya bila",
        # "on retest of 3,480", "на ретесте 0.6120" (on a retest of): a conditional entry's trigger, as "on break of" is (blind77).
        "saat retest", "ketika retest", "jika retest", "kalau retest", "saat harga retest",
        "jika", "kalau", "bila", "apabila", "begitu", "ketika", "sebaik sahaja", "sebaik saja", "segera setelah", "begitu tercapai",
        "jika tembus", "kalau tembus", "bila tembus", "jika break", "kalau break",
    ),
    # "di harga 2,48" (at the price 2,48), "pada harga": a phrase of Indonesian's own.
    # "sl di atas 286" (the stop above 286), "di bawah": where a price lies ties it to its label as "at" does.
    "at": ("di", "pada", "dari", "di harga", "pada harga", "dari harga", "kat", "di atas", "di bawah", "diatas", "dibawah"),  # Malay "kat TP1" (at TP1)
    # "2,48 sampai 2,53", "10 hingga 20x": a range's "to".
    "to": ("sampai", "hingga"),
    # "10 kali leverage" (10 times leverage): the "x" of a leverage. Not "kali" alone: "2 kali entry".
    "times": ("kali leverage", "kali leveraj", "kali leverej", "kali ganda leverage"),
    "news": ("berita", "berita terkini", "kabar terkini", "kabar pasar"),
    "promo": (
        "keanggotaan", "diskon", "gabung", "bulan lalu", "minggu lalu", "kemarin",
        "rekap", "rekapan", "laporan mingguan", "hasil minggu ini", "hasil bulan ini", "laporan bulanan",
        "laporan performa", "performa bulan ini",
    ),
    # "TON short di sini 5,412", "Long XRP di sini 0.5870" (short, long here): the price is the entry, as after
    # English "here"; its own role, not a filler, so Indonesian's own word shows the language (blind77).
    "here": ("di sini", "disini", "dari sini"),
    "filler": (
        # "short hanya di bawah 13,42" (only below): a conditional entry's "only", as English "only below".
        "hanya di bawah", "hanya di atas",
        # "4,12 pasang 30%" (at 4,12 place 30%): the verb between a leg's price and its share.
        "pasang",
        # "SL taro di bawah 136" (put the SL under 136): the verb that sets a stop between its label and its price.
        "taro", "taroh", "taruh", "taruhkan", "letak", "letakkan", "pasangin", "pasangkan",
        "ke", "di", "dan", "sekitar", "harga", "untuk", "posisi", "di bawah", "di atas",
        "breakout", "tembus",
        # "TP aman 1.41" (the safe target): a word that grades a target, not prose after it.
        "aman",
        # "longin TON bro di 3,12", "gan": how a chat addresses its readers, between the pair and its price.
        "bro", "gan", "guys", "bang", "kak",
    ),
    "candle": ("penutupan",),
    "hours": ("jam",),
    "daily": ("harian",),
    "weekly": ("mingguan",),
    # "serok di 0,0665 - 0,069" (scoop up at): slang for buying the dip.
    "buy": ("beli", "serok", "nyerok"),
    # "zona 7,35-7,48 untuk jual" (a zone to sell): the side a zone is liked for (``zone_sides``).
    "sell": ("jual", "untuk jual", "buat jual"),
    "percent": ("persen",),
    # "SL 30 poin", "TP +50 pips": a distance from a price, never a price (``line_prices``).
    "distance": ("poin",),
    # "ETH lemah, nggak disentuh dulu": a pair the text declines to trade (``called_pair``).
    # "LINK: 15,40 aşılmadıkça long düşünmüyoruz", "not looking to long": a side refused is no side (``sections.stated_side``).
    "decline": ("tidak disentuh", "nggak disentuh", "gak disentuh", "jangan disentuh", "skip dulu", "tidak masuk", "nggak masuk", "hindari dulu", "belum mau long", "belum mau short", "tidak mau long", "tidak mau short", "belum kepikiran long", "belum kepikiran short",
                # "BTC is stuck, forget about it": the pair talked about, set aside.
                "lupakan dulu", "lupain dulu",
                # "BTC ranging, no opportunity, mainly watching LTC": the coin talked about has nothing to trade.
                "tanpa peluang", "minim peluang"),
}

# "22 Feb 2026", "22 февраля", "22 Şubat", "22 de febrero": a month's name beside a day makes a date, never a price (``stamps``).
MONTHS = ("Januari", "Februari", "Maret", "Mac", "Mei", "Juni", "Jun", "Juli", "Julai", "Agustus", "Ogos", "Oktober", "Desember", "Disember")

# "Приклад розрахунку стоп-лоссу", "Example calculation": a worked calculation after a plan, whose numbers are no
# part of it (``examples``).
CALCULATION = ("perhitungan", "hitungan", "pengiraan", "skenario", "nyata")
# "Scenario A – SELL … / Scenario B – BUY …", "Plan 1 / Plan 2": a noun that, with a letter or number after it at a
# line's start, heads one of a post's alternative plans (``alternatives``).
ALTERNATIVES = ('skenario', 'rencana', 'opsi', 'pilihan', 'alternatif')
# "Aggressive: … / Conservative: …": a risk profile heading one of a post's alternative plans (``alternatives``).
PROFILES = ('agresif', 'konservatif', 'moderat', 'aman')

# "short desde 0,01385 hasta 0,01420": an entry zone written from one price to another (``entry_wording``).
RANGE_WORDS = ("dari {} sampai {}", "dari {} hingga {}", "dari {} ke {}", "antara {} dan {}", "{} sampai {}", "{} hingga {}", "{} sampe {}")

# "jadi rencananya masih long INJ 21.40-22.10 stop 20.30?": whether the plan still stands (``questions``).
STILL_VALID = STILL_VALID + ("rencananya masih", "rencana masih", "plannya masih", "plan masih")
# "sinyal BNB kemarin kalau masuk sekarang telat gak? katanya long 612": whether it is too late to enter an earlier call asks about that call, as "still valid?" does
# (``questions.asks_if_still_valid``); "you had said" names the earlier call whose prices are repeated (blind77).
STILL_VALID = STILL_VALID + ("telat gak", "telat ga", "telat nggak", "telat engga", "udah telat", "sudah terlambat", "terlambat gak", "masih keburu")
EARLIER_CALL = EARLIER_CALL + ("kalian bilang", "admin bilang")
