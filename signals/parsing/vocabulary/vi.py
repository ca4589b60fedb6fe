"""Vietnamese. Rows are also matched without their accents ("diem vao"), as people type them."""

# Vietnamese writes "1,15" for a decimal and "66.800" for a thousands group.
DECIMAL_COMMA = True
DOT_THOUSANDS = True

# "tp 0,85 y 0,9", "chốt lời 1,95 rồi 1,82": words that join two prices of one list (``sections``).
# "chốt lời 15,2 với 16" (with): between two prices, the next of the list.
JOINS = ("xa hơn", "và", "rồi", "sau đó", "với")
# "34.75, phần còn lại tới 32.9" (the rest up to …): the last price of a target list, joined to it.
JOINS = JOINS + ("phần còn lại tới", "phần còn lại đến", "phần còn lại ở", "còn lại tới", "còn lại đến")

# "mình đã vào", "mình đang giữ", "ai còn giữ": a position already open (``asides.tells_own_trade``).
# "Cancel the old ETH order. New entry: …": words that say a call replaces an earlier one (``replacements``).
REPLACING = ("cũ", "trước đó", "mới", "thay bằng", "thay vào đó")

HELD = (
    "đã vào", "mình vào", "tôi vào", "mình đang giữ", "ai đang giữ", "còn giữ lệnh", "ai còn giữ", "lệnh của mình",
    "lệnh của tôi", "mình đang long", "mình đang short", "giữ hay cắt", "cắt hay giữ", "giữ hay đóng", "làm sao giờ",
)

INVITE = ("ai vào cùng", "ai theo", "ae vào không", "anh em vào không", "sẵn sàng chưa", "ai vào nữa không",)
# A position the writer still holds from before (read by ``still_held``): his trade's story, not a new call.
STILL_HELD = ("vẫn đang giữ", "mình vẫn giữ", "em vẫn giữ", "vẫn còn giữ", "vẫn đang ôm", "mình vẫn ôm", "em vẫn ôm",)
# A tag closing a notice's question, asking only for a nod (read by ``tag_asks``).
TAG_ASKS = ("nhé", "nha", "rõ chưa", "ok chưa", "hiểu chưa", "được chưa",)
# "tô abrindo short em DOGE agora a mercado … beleza?": the writer opening a trade now, which a closing tag word does not make a question (``opening_now``).
OPENING_NOW = ("mình đang mở", "mình mở", "mình vào lệnh", "đang vào lệnh")
HELD = HELD + ("ai đã vào", "ai vào rồi",)  # a question to the group about who got in (``still_held``)

# "Còn nhớ kèo PEPE tuần trước?": a past call recalled (``asides.recalls_call``).
RECALL = ("còn nhớ", "nhớ kèo", "ae còn nhớ", "anh em còn nhớ")

# "Weekly recap 📊 …", "复盘一下昨天那单 …": a title opening the message over past trades' results (``recaps``).
RECAP_TITLES = ("tổng kết tuần", "tổng kết tháng", "tổng kết", "kết quả tuần", "báo cáo tuần", "nhìn lại tuần", "kết quả hôm qua",)
# A day's wrap or yesterday's trade as a post's title: past results, read only of a post that reports hits
# or ticks (``past_titles``); a recap may still carry a fresh call below.
PAST_TITLES = ("kèo hôm qua", "lệnh hôm qua", "tổng kết ngày", "tổng kết hôm nay",)

# "but ETH nahi, $AAVE", "not ETH, but SOL": a word that refuses the pair right beside it.
NOT_THIS = ("không phải",)
# After a stop, a look word before a price names the targets (``looked_targets``).
LOOK_TARGETS = ("nhìn", "kỳ vọng", "ngắm")
# "BTC yếu nhưng SOL long": a contrast that turns from the market talked about to the call (``contrast_call``).
CONTRASTS = ("nhưng", "tuy nhiên")

# "có nên vào … không?": a question's opening words and its particles (``questions``).
ASK_OPENS = ("có nên", "nên", "liệu", "cho hỏi", "hỏi chút", "ai biết", "ai", "có ai")
# "đặt SL 22 hay gồng tiếp ạ?" (set SL at 22 or hold on?): "A hay B?" weighs a choice, and "ạ" before
# the mark is the polite ending of a question.
# "kèo SOL hôm qua còn hiệu lực không?": whether an earlier call still holds (``questions``).
STILL_VALID = ("còn hiệu lực", "còn hiệu lực không", "còn valid", "còn vào được", "còn vào kịp", "còn chạy được", "vẫn còn ngon")
# "yesterday's DOGE signal (…) still valid?": a question that names an earlier call (``questions``).
EARLIER_CALL = ("hôm qua", "hôm trước", "kèo cũ")
TODAY = ("hôm nay", "tối nay")
# "DOT masih aman buat long ga ya?": whether a trade is still safe to take asks as "still valid" does (``questions``).
STILL_VALID = STILL_VALID + ("còn an toàn", "vẫn an toàn", "còn kịp")
ASK_MARKS = (
    "được không", "không nhỉ", "nhỉ", "hả", "chưa ạ", "ổn không", "có ổn không", "ạ", "hay gồng", "hay giữ", "hay cắt",
    "hay chốt", "hay thấp hơn", "hay cao hơn",
)
ASK_TAILS = ("hay không", "hay ko", "được không", "dc không", "ae thấy sao", "anh em thấy sao", "thấy sao")
WAIT_OR = ("hay chờ", "hay đợi", "hay là chờ", "hay là đợi", "hay chờ thêm", "hay đợi thêm")  # "long from 142.5 or wait for 135?": a plan offered beside waiting is asked about (``unsure_asks``)
# "o que vocês acham do XRP? pensando em comprar …": asking the group's opinion makes a sentence a question.
ASK_MARKS = ASK_MARKS + ("thấy sao", "nghĩ sao", "thấy thế nào")
DOUBTS = ("không chắc", "ko chắc", "không biết nữa", "chả biết", "chẳng biết", "hơi sợ", "sợ quá", "sợ là", "lo lắng", "hơi lo")  # "anyone think SEI is a steal?? … idk man": doubt after an opening question (``unsure_asks``)
# "thinking of longing SUI with stop 2.85 … but BTC dominance scares me": a trade weighed now, not called, after an
# opening question (``unsure_asks``); fear words ("scares me", "страшно") above are doubts too.
CONSIDERING = ("đang tính vào", "đang định vào", "đang tính mua", "đang định mua", "đang tính long", "đang tính short", "đang phân vân", "đang nghĩ long", "đang nghĩ short", "đang tính vào lệnh long", "đang tính vào lệnh short")
# "alguém acha que ainda dá pra entrar em SOL a 142? … pensei em stop 136 e alvo 150": a plan thought of, told after
# an opening question, is weighed too, whatever word follows (``unsure_asks``).
CONSIDERING = CONSIDERING + ("em định", "mình định", "định đặt", "tính đặt")

MUSING = ("đã định mua", "đã tính mua", "định mua nhưng", "tính mua nhưng", "định vào nhưng", "tính vào nhưng", "từng định mua")
POLL = ("bình chọn", "khảo sát", "thăm dò", "vote")  # "📊 ENQUETE … A) Long … B) Short …": a poll word or a call to vote over options (``polls``)
NOT_YET_HIT = ("chưa chạm", "chưa tới", "chưa đạt", "chưa hit")  # "target 7.80 kemaren belum kena": a hit word said not to have happened yet reports nothing (``pending_hits``)
# "TP1 sắp chạm" (TP1 about to be touched): a target almost reached is not hit yet either (``pending_hits``).
NOT_YET_HIT = NOT_YET_HIT + ("sắp chạm", "gần chạm", "suýt chạm", "sắp tới", "sắp đạt", "sắp hit", "gần tới")
LATER = ("sau đó", "tiếp theo", "rồi")  # "… Цели … / Дальше стоп в безубыток.": a sentence opened by "then" says its stop move or close for later (``changes_now``)
TURN_DONE = ("đã bay", "đã chạy", "đã pump", "bay rồi", "chạy rồi", "đã")
TURN_NEXT = ("đến lượt", "tới lượt", "lượt")

# "Mình đang ôm LINK long từ 14.8": "ôm" (holding a bag) tells a position already open (``asides``).
HELD = HELD + ("đang ôm", "mình ôm", "em đang ôm", "ôm lệnh")
# "mn ơi e đang long ARB từ 0.92 … có nên cắt k ạ" (I'm long ARB from 0.92 … should I cut?): the writer's own side,
# said with the younger speaker's "e"/"em", or "tôi"/"t"; "cắt hay" / "nên cắt" asks what to do with it.
HELD = HELD + (
    "e đang long", "e đang short", "em đang long", "em đang short", "tôi đang long", "tôi đang short", "t đang long",
    "t đang short", "e đang giữ", "em đang giữ", "e đang hold", "em đang hold", "mình đang hold", "nên cắt không", "nên cắt k",
)

# "Mình vào SUI 3.12 … hy vọng chạm 3.40": a hope for a position already held (``hoped_trades``).
HOPES = ("hy vọng", "hi vọng", "mong là", "cầu nguyện", "cầu cho")

WORDS = {
    # "plan" after the pair, as English "SOL plan: 148.20 - 151.60" (``line_prices``).
    "plan": ("kế hoạch cho", "kế hoạch"),
    # a verb between a label and its prices, as English "targets sit at" (``label_verbs``).
    # "Stop goes above 0.1688": a verb between a stop label and its side word (``placed_stops``).
    "stop_goes": ("sẽ nằm", "sẽ đặt", "sẽ để", "sẽ là"),
    "lies_at": ("nằm ở", "nằm tại", "đặt ở", "đặt tại"),
    "trying": ("đang thử", "thử vào", "thử"),  # "DOT long deniyorum 6,85": a verb between the side and its price (``entry_wording``)
    "so_on": ("cứ thế", "và cứ thế", "cứ như vậy", "cứ như thế"),  # "after TP2 move SL to TP1, and so on": a stop stepping target by target (``stepped_stops``)
    "of_trade": ("của lệnh", "cho lệnh"),  # "تحريك وقف الخسارة لصفقة #LTC" (the stop of the LTC trade): the trade a stop move names (``stop_subject``)
    "restate": ("tức là", "nghĩa là"),
    "average": ("trung bình",),
    "liquidation": ("thanh lý",),
    "allocation": ("phân bổ", "phân chia", "chốt lời từng phần", "chốt lời theo tỷ lệ", "khối lượng mỗi", "khối lượng cho", "khối lượng vào", "chia vốn"),
    "capital": ("vốn",),
    "entry": (
        # "Trigger ▸ 24.85": a template's trigger price is where the trade opens (``values_then_label``).
        "giá kích hoạt",
        # "Ladder buys: 63,850 / 63,200 / 62,400": a ladder's buy orders under their own heading, its entries.
        "lệnh mua bậc thang", "các lệnh mua bậc thang",
        # "bids at: 0.0118 (20%) …", buy orders placed: a ladder's entries.
        "các lệnh mua tại", "đặt lệnh mua tại", "lệnh mua đặt tại",
        # "Лимитки: 0.585 / 0.572 / 0.560", "Limit orders: …": the limit orders placed are the entries.
        "lệnh limit", "lệnh chờ", "lệnh chờ bán", "lệnh chờ mua", "lệnh limit bán", "lệnh limit mua",
        # "bắt đáy 61k" (catch the bottom at): a long's limit order below the market, its price the entry.
        "bắt đáy", "bắt đáy tại", "bắt đáy ở", "mua khi giảm về",
        # Copy-trading notices: the lead trader's opening price is the entry.
        "giá mở",
        "điểm mua", "giá mua", "vùng entry",
        "điểm vào", "vào lệnh", "vùng vào", "vùng vào lệnh", "giá vào", "giá vào lệnh", "vùng mua", "các vùng mua", "các vùng vào lệnh", "các điểm vào", "entry", "mua thêm",
        "mua lần",
        # "Mua rải: 16,80 – 16,20 – 15,60" (buy spread out): a ladder's entries, as "rải lệnh" places them.
        "mua rải", "rải lệnh", "rải mua",
        # "Bậc thang: 0.0312 / 0.0298 / 0.0285", "mua bậc thang" (the steps of a staircase): a ladder's entries.
        "bậc thang", "mua bậc thang", "vào bậc thang", "các bậc",
        # "Vùng tích lũy: 5,2 - 4,9", "vùng gom" (accumulation zone): where a spot buy fills. Not the bare
        # "tích lũy": "BTC đang tích lũy" says the price moves sideways.
        "vùng tích lũy", "vùng gom", "vùng gom hàng",  # "Mua lần 1: 4,85 / Mua lần 2: 4,52": a ladder's legs
        "vào",
        # "Nhập chính: 3 480 | Nhập DCA: 3 540", "giá nhập", "điểm nhập" (enter: main, then the DCA leg).
        "nhập", "nhập chính", "nhập dca", "nhập lệnh", "giá nhập", "điểm nhập", "vùng nhập",
        # "canh 41.5-42.3 vào", "canh mua 0.52", "canh vùng 41.5" (watch for the zone, then enter there).
        "canh", "canh vào", "canh vùng", "canh giá",
    ),
    # "стоп тянем за ценой по тейкам", "SL follows target by target": a stop moved up one target at a time (``hints``).
    "stepwise": ("theo từng tp", "theo từng mục tiêu", "từng mục tiêu một", "từng tp một"),
    # "Vùng vào lệnh: trong khoảng 24,10 đến 24,85" (within the range): the zone with its "in".
    "zone": ("vùng", "trong khoảng", "trong vùng", "trong phạm vi"),
    "stop": (
        # "ai chưa dời SL thì dời về 64.800" (whoever has not moved the SL, move it to 64,800): the address names
        # the stop the order after "thì" ("then", not a rule's "when") moves now.
        "ai chưa dời sl thì", "ai chưa dời stop thì", "ai chưa kéo sl thì", "ai chưa chuyển sl thì", "ae nào chưa dời sl thì",
        "anh em nào chưa dời sl thì", "ai chưa dời sl", "ae nào chưa dời sl",
        # "Invalidation: 11.75", "inv 138.9": the price that voids the idea is the stop (blind65).
        "điểm vô hiệu",
        # "setup hỏng nếu đóng nến trên 41.05" (the setup breaks on a close above …): the price that voids the idea.
        "setup hỏng nếu", "kèo hỏng nếu", "setup vô hiệu nếu", "kèo sai nếu",
        "cắt lỗ", "dừng lỗ", "sl", "stop loss", "cắt",
        "chặn lỗ", "stoploss", "điểm cắt lỗ",
    ),
    "target": (
        "chốt lời", "mục tiêu", "tp", "chốt lãi", "chốt lời dần", "chốt dần",
        "điểm chốt", "giá chốt", "chốt lời tại", "mục tiêu giá",
        # "Bán dần: 1,70 / 1,85" (partial sell): the share a spot buy sells at each price, its targets.
        "bán dần", "bán từng phần",
    ),
    "leverage": (
        "đòn bẩy",
        "đòn bẫy",
    ),
    # "Canh long SOL quanh 176,5 – 178", "canh mua 1.92" (watch for a long, a buy, there): the side.
    "long": ("tiềm năng tăng", 
        "long",
        "lệnh long", "vị thế long", "canh long",
    ),
    # "long ngắn hạn" (a short-term long): a horizon, dropped with "mid term" before sides are read; its "short" is no side.
    "horizon": ("ngắn hạn", "dài hạn", "trung hạn"),
    # "phe short": a market move or the crowd's positions, no side of this call: it becomes the side-less "squeeze".
    "squeeze": ("phe short", "phe long", "phe bán", "phe mua", "áp lực bán", "áp lực mua", "lực bán", "lực mua"),
    # "XRP cần đóng trên 2.24": what a coin needs, so the close after it is a candle's (``conditions``).
    "need": ("cần",),
    "short": (
        "short",
        "lệnh short", "vị thế short", "canh short",
    ),
    "market": (
        "giá hiện tại", "giá thị trường", "vào ngay", "vào luôn", "giá market",
        "ngay bây giờ", "lệnh thị trường", "lệnh market",
    ),
    "cancel": ("hủy lệnh", "huỷ lệnh", "hủy", "huỷ", "hủy kèo", "huỷ kèo", "hủy bỏ", "huỷ bỏ"),
    "close": (
        # "cut it here, -1R", "режем позицию": cutting a trade is closing it now (blind65).
        "cắt vị thế","cắt lệnh", "đóng lệnh", "đóng", "thoát lệnh", "chốt",
        # "Amankan 50% posisi", "paying myself on half": banking a share of a running trade (securing, pocketing) is closing it.
        "bỏ túi"),
    # "DOGE chạm luôn mục tiêu thứ 2" (hit the second target too): "luôn" (too, as well) goes with the hit.
    "hit": ("đã chạm", "chạm", "đạt", "đã đạt", "đã hit", "chạm luôn", "đã chạm luôn", "đạt luôn", "đã đạt luôn", "hit luôn", "cũng chạm", "cũng đã chạm"),
    "stopped": ("thoát lệnh ở sl", "ra ở sl", "dính sl", "dính stop", "dính stoploss", "cắn sl"),
    # "lệnh short đã khớp 1.71" (the short order filled at 1.71): a report on a trade already open.
    "filled": ("khớp giá", "đã khớp giá", "đã khớp", "đã khớp lệnh", "khớp lệnh", "đã được khớp", "đã kích hoạt"),
    # "dời SL hoà vốn": the older tone placement ("hoà", the mark on the "a") is as common as "hòa"; a row
    # each, as "hủy"/"huỷ" are, since accent folding keeps the mark where it is.
    "breakeven": ("hòa vốn", "hoà vốn", "huề vốn"),
    "move": ("dời", "kéo", "chuyển", "kéo lên", "kéo xuống",
             # "SL được dời về entry", "hãy dời SL": the passive and polite moods (w4u).
             "được dời", "được kéo", "được chuyển", "hãy dời", "hãy kéo", "hãy chuyển", "cần dời", "nên dời"),  # "kéo SL xuống 142,8" (pull the SL down to)
    "after": ("sau khi", "sau", "trở đi"),
    "half": ("một nửa vị thế", "một nửa", "nửa"),
    # "chốt toàn bộ lệnh", "close everything": the whole position, a close's share (``updates``).
    "whole": ("toàn bộ", "tất cả", "toàn bộ lệnh", "toàn bộ vị thế", "hết"),
    "quarter": ("một phần tư",),
    # "50% di area atas, 50% di area bawah": the upper and lower part of an entry zone, each with its share (``zone_shares``).
    "upper_part": ("phần trên", "vùng trên", "cận trên"),
    "lower_part": ("phần dưới", "vùng dưới", "cận dưới"),
    "half_each": ("hai phần bằng nhau", "2 phần bằng nhau", "mỗi lệnh một nửa", "chia đôi"),
    "cross": ("cross", "chéo"),
    "isolated": (
        "isolated", "cô lập",
    ),
    "cross_margin": ("ký quỹ chéo",),
    "isolated_margin": ("ký quỹ cô lập",),
    "margin": ("ký quỹ", "chế độ:"),
    "order_type": ("loại lệnh",),
    # "chốt bớt" (take some off): a part whose share is not stated, as English "close some".
    "parts": ("phần", "lệnh", "lần", "bớt"),  # "Vào 2 lần: 2365 và 2368" (enter twice)
    "profit": ("lợi nhuận", "lãi"),
    # "ведём стоп за ценой с отступом 1,5%" (we lead the stop behind the price): a trailing stop in words (blind56).
    # An order to switch a trailing stop on: the verb, whose condition starts the trail (``hints``).
    "trail_on": ("mở trailing stop", "bật luôn trailing stop", "bật trailing stop", "kích hoạt trailing stop", "bật trailing sl", "kích hoạt trailing sl", "dùng trailing stop", "dùng trailing sl"),
    "trailing": ("trail sl", "trail stop", "bật trailing stop", "bật trailing", "kích hoạt trailing stop", "kích hoạt trailing", "trailing stop", "dời sl theo giá", "chốt lời động", "trailing tp", "kéo sl theo giá", "dời stop theo giá"),
    "rules": ("quy tắc", "nguyên tắc"),
    # "SL follows the previous target": a trailing stop one target behind (``hints``).
    "previous": ("trước đó", "liền trước", "kế trước"),
    # "From then on the stop follows the previous target": a rule carried on from the sentence before (``rule_labels``).
    "carry_on": ("từ đó trở đi", "kể từ đó"),
    # "SL 5.52 and targets already placed": orders set for a trade already open, a report (``updates``).
    "placed": ("đã đặt sẵn", "đã cài sẵn", "đã đặt lệnh"),
    # A copy bot's notice that it opened the position for the reader: a running trade, no call.
    "status": ("lệnh đang chạy", "đang chạy", "vẫn đang chạy", "vẫn còn chạy", "lệnh vẫn mở", "đã mở lệnh cho bạn", "lệnh đã được mở cho bạn", "đã được mở cho bạn", "không cần vào lệnh thủ công", "không cần vào lệnh tay", "đừng vào lại thủ công"),
    "pair": ("cặp", "đồng coin", "mã"),
    "first": ("trước tiên", "trước hết", "đầu tiên", "thứ nhất"),
    "each": ("mỗi",),
    "respectively": ("lần lượt", "tương ứng", "theo thứ tự"),  # and "in turn": prices in the order written ("targets in turn 1 / 2", ``targets_in_turn``)
    # "trail the stop 1.5% below the high", "стоп на 1,5% ниже максимума": the price extreme a trailing stop follows (``hints``).
    "peak": ("đỉnh", "giá cao nhất", "đáy", "giá thấp nhất"),
    # "take 50% at TP1, rest at TP2": what is left of the position after a share (``hints``).
    "rest": ("phần còn lại", "còn lại", "nửa còn lại"),
    "runner": ("lệnh runner", "phần runner"),
    "no_leverage": ("không dùng đòn bẩy", "không đòn bẩy", "không sử dụng đòn bẩy", "không dùng leverage"),
    "wrong": ("tôi sai", "mình sai", "nhận sai", "sai kèo"),
    "second": ("thứ hai",),
    "third": ("thứ ba",),
    "or": ("hoặc",),
    "ask": ("có ai", "ai còn giữ", "phân vân", "mọi người nghĩ sao", "ae nghĩ sao", "anh em nghĩ sao", "đang tính", "định vào", "có nên", "nếu bạn"),
    "hedge": ("có thể", "có lẽ", "theo dõi"),
    # "No new trades today": the author opens nothing, whatever levels the analysis around it names.
    "not_a_call": ("không phải tín hiệu", "không phải kèo", "không phải lệnh", "chỉ là ví dụ", "hôm nay không có kèo", "hôm nay không vào lệnh", "hôm nay không có lệnh", "hôm nay đứng ngoài", "nay không có kèo"),
    "lesson": ("cách đọc tín hiệu", "cách hiểu tín hiệu", "kịch bản giả định", "giả định", "cẩm nang", "giả sử", "ví dụ", "là gì", "kiến thức", "người mới", "ae mới", "anh em mới", "bài học"),
    # "KÈO MỚI 🆕" after updates on other coins: a header opening a new call (``desk_posts``).
    "new_call": ("kèo mới", "lệnh mới", "tín hiệu mới", "kèo hôm nay", "tín hiệu hôm nay", "lệnh hôm nay", "cơ hội hôm nay", "cơ hội trong ngày"),
    "at": ("ở", "tại"),
    "news": ("tin tức", "tin nhanh", "tin thị trường"),
    "promo": (
        "giảm giá", "tham gia", "tháng trước", "tuần trước", "hôm qua", "kết quả", "nhắn tin", "thành viên",
        "tổng kết", "báo cáo", "tỷ lệ thắng", "tổng số tín hiệu",
        # "Kèo đẹp nhất: SOL long 172 → 189 (+98%)" (the best call): a recap's past trades.
        "kèo đẹp nhất", "kèo tệ nhất", "kèo ngon nhất", "lệnh đẹp nhất",
    ),
    "filler": (
        # "ai chưa dời SL thì dời về 64.800" (whoever has not moved the SL, move it to 64,800): "thì" after an
        # address to the holders is "then", an order for now, not the "when" of a rule for later.
        "ai chưa chốt thì", "ai chưa chốt lời thì", "ae nào chưa chốt thì", "anh em nào chưa chốt thì", "ai còn giữ thì",
        "ai đang giữ thì", "ai còn giữ lệnh thì", "ae nào còn giữ thì",
        # "4.12 đặt 30%" (at 4.12 place 30%): the verb between a leg's price and its share.
        "đặt",
        "giá", "về", "ở", "tại", "quanh", "khoảng", "và", "từ", "đến", "cho", "lệnh", "dưới", "trên", "vượt", "phá", "nếu giá vượt",
        "thủng", "phá vỡ", "gãy", "xuyên thủng",
        # "mình long SEI đây 0.3150" (I long SEI here): "here" between the pair and its price.
        "đây",
        # "mình long lại 60.350" (I long again at 60,350): "again" between a side and its price.
        "lại",
        # "short anh em 0.0412", "long các bác 142": how a chat addresses its readers, between the side and its price.
        "anh em", "các bác", "các bạn",
        # "vào short NOT nha, giá 0.00742", "long SUI nhé 1.72": a chat's closing particle between the pair and its price.
        "nha", "nhé", "nhe", "nhá", "nè",
    ),
    # "mua khi giá vượt 36,4" (buy when the price breaks 36.4), "Chạm TP1 thì dời SL" (TP1 hit, then move SL).
    # "SUI giữ được trên 1.72 thì long" (SUI holds above 1.72, then long): a hold is a condition too.
    # "chỉ khi X" (only if X): a conditional entry's "only", as English "entry only if breaks X" reads (blind69).
    # "Vào: giá bất kỳ trong 2.150 - 2.230" (any price): the zone itself, the words dropped.
    "any_price": ("giá bất kỳ", "bất kỳ giá nào", "giá nào cũng được"),
    # "hiện tại đứng ngoài quan sát" (for now stand aside and watch): the writer opens nothing for now (``talk``).
    "wait_see": ("đứng ngoài quan sát", "quan sát là chính", "chờ xem thêm"),
    # "on retest of 3,480", "на ретесте 0.6120" (on a retest of): a conditional entry's trigger, as "on break of" is (blind77).
    "when": ("khi retest", "khi giá retest", "retest lại", "chỉ khi", "chỉ nếu", "ngay khi", "ngay sau khi", "khi", "thì", "nếu", "giữ được trên", "giữ vững trên", "giữ trên", "giữ được dưới", "giữ dưới"),
    # "10 lần đòn bẩy" (10 times leverage): the "x" of a leverage. Not "lần" alone: "vào 2 lần".
    "times": ("lần đòn bẩy", "lần đòn bẫy"),
    "candle": ("nến", "đóng nến"),
    "hours": ("giờ",),
    # "đóng nến D dưới 12.6" (a daily candle closes below 12.6): D is the daily timeframe.
    "daily": ("ngày", "nến ngày", "khung ngày", "nến d", "đóng nến d", "khung d"),
    # "vùng 7,35-7,48 để bán" (a zone to sell): the side a zone is liked for (``zone_sides``).
    "buy": ("lệnh mua", "mua", "canh mua", "để mua"),
    "sell": ("bán", "lệnh bán", "canh bán", "để bán"),
    "percent": ("phần trăm",),
    # "DCA thêm ở 3,48", "nhồi thêm 3,40" (add more at …): a further leg of the entry, which adds to the side's own price.
    "dca": (
        # "if they flush it I add at 145,2", "добираю на 145,2": the added leg told in the first person.
        "mình nhồi thêm ở", "canh nhồi ở",
        "dca thêm", "nhồi thêm", "vào thêm", "bồi thêm", "nhồi lệnh", "nhồi"),
    # "ETH cũng yếu, không đụng": a pair the text declines to trade (``called_pair``).
    # "LINK: 15,40 aşılmadıkça long düşünmüyoruz", "not looking to long": a side refused is no side (``sections.stated_side``).
    "decline": ("không đụng", "không đụng vào", "không trade", "không đánh", "không chơi", "bỏ qua", "đứng ngoài", "chưa tính long", "chưa tính short", "không tính long", "không tính short", "chưa nghĩ đến long", "chưa nghĩ đến short",
                # "BTC is stuck, forget about it": the pair talked about, set aside.
                "kệ nó", "quên nó đi",
                # "BTC ranging, no opportunity, mainly watching LTC": the coin talked about has nothing to trade.
                "không có cơ hội", "chưa có cơ hội"),
}

# "Приклад розрахунку стоп-лоссу", "Example calculation": a worked calculation after a plan, whose numbers are no
# part of it (``examples``).
CALCULATION = ("tính toán", "cách tính", "kịch bản", "thực tế")
# "Scenario A – SELL … / Scenario B – BUY …", "Plan 1 / Plan 2": a noun that, with a letter or number after it at a
# line's start, heads one of a post's alternative plans (``alternatives``).
ALTERNATIVES = ('kịch bản', 'phương án', 'kế hoạch', 'lựa chọn')
# "Aggressive: … / Conservative: …": a risk profile heading one of a post's alternative plans (``alternatives``).
PROFILES = ('mạo hiểm', 'an toàn', 'thận trọng', 'táo bạo')

# "short desde 0,01385 hasta 0,01420": an entry zone written from one price to another (``entry_wording``).
RANGE_WORDS = ("từ {} đến {}", "từ {} tới {}", "{} đến {}", "{} tới {}")

# "vậy kế hoạch vẫn là long INJ 21.40-22.10 stop 20.30?": whether the plan still stands (``questions``).
STILL_VALID = STILL_VALID + ("kế hoạch vẫn", "plan vẫn", "kèo vẫn là", "vẫn là kế hoạch")
# "kèo BNB hôm qua giờ vào có muộn không? anh nói long 612": whether it is too late to enter an earlier call asks about that call, as "still valid?" does
# (``questions.asks_if_still_valid``); "you had said" names the earlier call whose prices are repeated (blind77).
STILL_VALID = STILL_VALID + ("có muộn không", "có trễ không", "muộn chưa", "trễ chưa", "vào muộn không", "vào trễ không")
EARLIER_CALL = EARLIER_CALL + ("anh nói", "các anh nói")
