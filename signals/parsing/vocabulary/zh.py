"""Chinese, simplified and traditional in one table: channels mix them, and no word here means
something else in the other script. Rows match without word boundaries (Chinese has no spaces)."""

# "大饼 空 97400": what traders call the coins (``vocabulary.coin_aliases``).
COINS = {
    "大饼": "BTC", "大餅": "BTC", "比特币": "BTC", "比特幣": "BTC", "二饼": "ETH", "二餅": "ETH", "姨太": "ETH",
    "以太坊": "ETH", "以太": "ETH", "狗狗币": "DOGE", "狗狗幣": "DOGE", "狗狗": "DOGE",
    "索拉纳": "SOL", "索拉納": "SOL", "瑞波币": "XRP", "瑞波幣": "XRP", "莱特币": "LTC", "萊特幣": "LTC",
}

# "tp 0,85 y 0,9", "chốt lời 1,95 rồi 1,82": words that join two prices of one list (``sections``).
# Cantonese "2.71 同 2.55" (2.71 and 2.55).
JOINS = ("和", "及", "然后", "然後", "同")
# "34.75，剩下的拿到32.9" (hold the rest to …): the last price of a target list, joined to it.
JOINS = JOINS + ("剩下的拿到", "剩下拿到", "剩余拿到", "剩餘拿到", "剩下的看", "剩下看", "剩余看")

# "开了", "我进了", "拿着", "有人拿": a position already open (``asides.tells_own_trade``).
# "Cancel the old ETH order. New entry: …": words that say a call replaces an earlier one (``replacements``).
REPLACING = ("之前的", "上一个", "上一個", "旧的", "舊的", "原来的", "原來的", "新的", "新单", "新單", "改为", "改為")

HELD = (
    "开了", "開了", "我开", "我開", "我进", "我進", "我拿着", "有人拿着", "我拿著", "有人拿著", "我持有", "有人拿", "还拿着", "還拿著", "我的单", "我的單",
    "被套",
    "我的多单", "我的空单", "我的多單", "我的空單", "我做多了", "我做空了", "还是平仓", "還是平倉", "怎么办", "怎麼辦",
    # "我3455进的ETH空，浮盈还行，先拿着不动" (the ETH short I entered at 3455, floating profit, holding still): "进的"
    # after a price is where the writer got in, "浮盈/浮亏" the open trade's paper gain or loss.
    "进的", "進的", "浮盈", "浮亏", "浮虧", "拿着不动", "拿著不動",
)

INVITE = ("上车了吗", "上車了嗎", "一起上车", "一起上車", "跟不跟", "还有谁上车", "還有誰上車", "有人一起吗",)
# A position the writer still holds from before (read by ``still_held``): his trade's story, not a new call.
STILL_HELD = ("还拿着", "還拿著", "还拿著", "还在拿", "還在拿", "还扛着", "還扛著", "一直拿着", "一直拿著", "我还在车上", "我還在車上", "还没平", "還沒平",)
# A tag closing a notice's question, asking only for a nod (read by ``tag_asks``).
TAG_ASKS = ("好吗", "好嗎", "明白吗", "明白嗎", "懂了吗", "懂了嗎", "知道吗", "知道嗎", "好不好",)
# "tô abrindo short em DOGE agora a mercado … beleza?": the writer opening a trade now, which a closing tag word does not make a question (``opening_now``).
OPENING_NOW = ("我现在开", "我現在開", "现在开空", "現在開空", "现在开多", "現在開多", "我开空", "我開空", "我开多", "我開多")
HELD = HELD + ("谁上车了", "誰上車了", "有人上车了吗", "有人上車了嗎",)  # a question to the group about who got in (``still_held``)

# "还记得上周我们喊的 PEPE 吗？" (remember the PEPE we called last week?): a past call recalled (``asides.recalls_call``).
RECALL = ("还记得", "還記得", "记得上周", "記得上週", "记得昨天")

# "Weekly recap 📊 …", "复盘一下昨天那单 …": a title opening the message over past trades' results (``recaps``).
RECAP_TITLES = ("复盘", "復盤", "总结", "總結", "周报", "週報", "月报", "月報", "战报", "戰報", "本周战绩", "本週戰績", "上周战绩", "上週戰績", "昨日战绩回顾", "昨日戰績回顧", "战绩回顾", "戰績回顧",)
# A day's wrap or yesterday's trade as a post's title: past results, read only of a post that reports hits
# or ticks (``past_titles``); a recap may still carry a fresh call below.
PAST_TITLES = ("昨天那单", "昨天的单", "昨日那单", "今日总结", "今日復盤", "每日总结",)

# "but ETH nahi, $AAVE", "not ETH, but SOL": a word that refuses the pair right beside it.
NOT_THIS = ("不是",)
# After a stop, a look word before a price names the targets (``looked_targets``).
LOOK_TARGETS = ("目标看", "看到", "看")
# "大饼有点软，不过我还是接了 LINK 的多": a contrast that turns from the market talked about to the call (``contrast_call``).
CONTRASTS = ("不过", "不過", "但是", "可是", "但")

# "问一下 … 合适吗？": a question's opening words and the particles only a question has (``questions``).
ASK_OPENS = ("问一下", "問一下", "请问", "請問", "想问", "想問", "求问", "求問", "请教", "請教", "求教", "有人", "有没有人", "有沒有人", "有谁", "有誰", "谁", "誰")
# "昨天的 SOL 信号还有效吗？": whether an earlier call still holds (``questions``).
STILL_VALID = ("还有效", "還有效", "还能上", "還能上", "还能进", "還能進", "还能做", "還能做", "还可以进", "還可以進", "还可以上", "還可以上", "还算数", "還算數")
# "yesterday's DOGE signal (…) still valid?": a question that names an earlier call (``questions``).
EARLIER_CALL = ("昨天", "昨日", "之前的", "上次")
TODAY = ("今天", "今日", "今晚")
# "DOT masih aman buat long ga ya?": whether a trade is still safe to take asks as "still valid" does (``questions``).
STILL_VALID = STILL_VALID + ("还安全", "還安全", "还来得及", "還來得及")
ASK_MARKS = ("吗", "嗎", "呢", "么", "麼", "会不会", "會不會", "能不能", "要不要", "是不是", "可不可以", "行不行", "好不好", "有没有", "有沒有",
             # "我想 4.85 空，止损 5.1，靠谱不？" (does it hold up?): a tag asking the readers to judge the plan.
             "靠谱不", "靠譜不", "靠不靠谱", "靠不靠譜", "合适不", "合適不", "合不合适", "合不合適", "可以不", "行不", "对不对", "對不對",
             "稳不稳", "穩不穩", "怎么样", "怎麼樣", "咋样", "咋樣", "还是更低", "还是更高", "還是更低", "還是更高")
ASK_TAILS = ("怎么看", "怎麼看", "可以吗", "可以嗎", "行不行", "合适吗", "合適嗎", "大家觉得呢", "大家覺得呢")
WAIT_OR = ("还是等", "還是等", "还是再等", "還是再等", "还是等等", "還是等等")  # "long from 142.5 or wait for 135?": a plan offered beside waiting is asked about (``unsure_asks``)
# "o que vocês acham do XRP? pensando em comprar …": asking the group's opinion makes a sentence a question.
ASK_MARKS = ASK_MARKS + ("怎么看", "怎麼看", "觉得怎么样", "覺得怎麼樣", "大家觉得", "大家覺得")
DOUBTS = ("不确定", "不確定", "不知道", "拿不准", "拿不準", "没把握", "沒把握", "害怕", "有点怕", "有點怕", "担心", "擔心", "心里没底", "心裡沒底")  # "anyone think SEI is a steal?? … idk man": doubt after an opening question (``unsure_asks``)
# "thinking of longing SUI with stop 2.85 … but BTC dominance scares me": a trade weighed now, not called, after an
# opening question (``unsure_asks``); fear words ("scares me", "страшно") above are doubts too.
CONSIDERING = ("在考虑", "考虑做多", "考慮做多", "考虑做空", "考慮做空", "在考慮", "想要不要", "在想要不要", "考虑开多", "考虑开空", "考慮開多", "考慮開空")
# "alguém acha que ainda dá pra entrar em SOL a 142? … pensei em stop 136 e alvo 150": a plan thought of, told after
# an opening question, is weighed too, whatever word follows (``unsure_asks``).
CONSIDERING = CONSIDERING + ("我想过", "我想過", "想着", "想著")

MUSING = ("本来想买", "本來想買", "本来想进", "本來想進", "本来想做多", "本來想做多", "本来想做空", "本來想做空", "想过买", "想過買", "本想买", "本想買")
POLL = ("投票", "民调", "民調", "投个票", "投個票")  # "📊 ENQUETE … A) Long … B) Short …": a poll word or a call to vote over options (``polls``)
NOT_YET_HIT = ("还没到", "還沒到", "还没打到", "還沒打到", "尚未触及", "尚未觸及", "还没触及", "還沒觸及")  # "target 7.80 kemaren belum kena": a hit word said not to have happened yet reports nothing (``pending_hits``)
# "第一个目标3400快到了" (the first target 3400 is almost reached): a target almost reached is not hit yet either (``pending_hits``).
NOT_YET_HIT = NOT_YET_HIT + ("快到了", "快到", "快要到", "快要到了", "即将到达", "即將到達", "即将触及", "即將觸及", "接近", "马上到", "馬上到", "差一点到",
    "差一點到")
LATER = ("之后", "之後", "然后", "然後", "随后", "隨後", "接下来", "接下來")  # "… Цели … / Дальше стоп в безубыток.": a sentence opened by "then" says its stop move or close for later (``changes_now``)
TURN_DONE = ("已经涨了", "已經漲了", "已经起飞", "已經起飛", "涨完了", "漲完了", "已经", "已經")
TURN_NEXT = ("轮到", "輪到", "轮", "輪")

# "我已经在3.12进了SUI … 希望能到3.40": a hope for a position already held (``hoped_trades``).
HOPES = ("希望", "但愿", "保佑", "祈祷")

WORDS = {
    # "plan" after the pair, as English "SOL plan: 148.20 - 151.60" (``line_prices``).
    "plan": ("计划", "計劃"),
    # a verb between a label and its prices, as English "targets sit at" (``label_verbs``).
    # "Stop goes above 0.1688": a verb between a stop label and its side word (``placed_stops``).
    "stop_goes": ("放在", "设在", "設在", "挂在", "掛在"),
    "lies_at": ("位于", "位於", "分别在", "分別在", "分别是", "分別是"),
    "trying": ("尝试", "嘗試", "试试", "試試", "试一下", "試一下"),  # "DOT long deniyorum 6,85": a verb between the side and its price (``entry_wording``)
    "so_on": ("以此类推", "以此類推", "依此类推", "依此類推"),  # "after TP2 move SL to TP1, and so on": a stop stepping target by target (``stepped_stops``)
    "of_trade": ("这笔单的", "這筆單的", "该单的", "該單的"),  # "تحريك وقف الخسارة لصفقة #LTC" (the stop of the LTC trade): the trade a stop move names (``stop_subject``)
    "restate": ("也就是", "也就是说", "也就是說"),
    "average": ("平均",),
    "liquidation": ("强制平仓", "強制平倉", "强平", "強平", "爆仓", "爆倉"),
    # "止盈比例：30% / 30% / 40%" (take-profit shares: …): the targets' shares.
    "allocation": ("分配", "仓位分配", "倉位分配", "分批止盈比例", "止盈分配", "止盈比例", "仓位比例", "倉位比例", "资金分配", "資金分配"),
    # "仓位控制在5%以内" (keep the position within 5 %): the position's share of the account, not a target's (``hints``).
    "capital": ("本金", "仓位控制在", "倉位控制在", "总仓位", "總倉位"),
    # "开多 7.15 | 补仓 6.90", "加仓位 0.158": an added leg, which adds to the side's own price (``legs``).
    "dca": (
        # "if they flush it I add at 145,2", "добираю на 145,2": the added leg told in the first person.
        "再补", "补一点在", "加一点在",
        "补仓", "補倉", "补仓位", "補倉位", "加仓", "加倉", "加仓位", "加倉位"),
    "entry": (
        # "Trigger ▸ 24.85": a template's trigger price is where the trade opens (``values_then_label``).
        "触发价", "觸發價", "触发价格", "觸發價格",
        # "Ladder buys: 63,850 / 63,200 / 62,400": a ladder's buy orders under their own heading, its entries.
        "阶梯买单", "階梯買單",
        # "bids at: 0.0118 (20%) …", buy orders placed: a ladder's entries.
        "买单挂在", "买单挂", "挂买单",
        # "第一档 0.1415 / 第二档 0.1382": a ladder's legs, first, second, third.
        *(f"第{n}{step}" for n in "一二三四五12345" for step in "档檔"),
        # "首仓一半，补仓一半" (the first order half, the added order half): the first leg, before a DCA.
        "首仓", "首倉",
        "入市", "入市價", "入市价", "入貨", "入货", "建仓区间", "建倉區間", "建仓区", "建倉區", "入场区", "入場區",
        "入场", "入場", "进场", "進場", "开仓", "開倉", "开仓价", "開倉價", "入场价", "入場價", "进场价", "進場價",
        "入场区间", "入場區間", "进场区间", "進場區間", "入场位", "入場位", "挂单", "掛單", "建仓", "建倉", "买入价", "買入價",
        "开仓价格", "開倉價格", "入场价格", "入場價格", "进场价格", "進場價格",
        "进场价位", "進場價位", "入场价位", "入場價位", "开仓价位", "開倉價位",
        "进场位", "進場位", "开仓位", "開倉位", "进场点", "進場點", "入场点", "入場點",
        # "分批挂单：5.72 / 5.60 / 5.47" (orders placed in parts): the entry's label, whole, so the
        # "分批挂" of a ladder (``parts``) does not take the "挂" of its "挂单".
        "分批挂单", "分批掛單", "限价挂单", "限價掛單", "限价单", "限價單",
        # "阶梯：0.0312 / 0.0298 / 0.0285", "阶梯买入" (a staircase of buys): a ladder's entries under their own label.
        "阶梯", "階梯", "阶梯买入", "階梯買入", "阶梯挂单", "階梯掛單", "阶梯建仓", "階梯建倉",
        # "分兩筆：34.2 和 35.0" (in two orders: 34.2 and 35.0): the entry said as its orders, after the side.
        "分两笔", "分兩筆", "分两笔进", "分兩筆進", "分两笔挂", "分兩筆掛",
        # "第一仓 14.6（30%）": the first, second … leg of a ladder.
        "第一仓", "第二仓", "第三仓", "第四仓", "第一倉", "第二倉", "第三倉", "第四倉",
        "第一笔", "第二笔", "第三笔", "第四笔", "第一筆", "第二筆", "第三筆", "第四筆",
        # "吸筹区：0.52-0.55", "埋伏区" (accumulation, ambush zone): where a spot buy fills. Not the bare
        # "吸筹": "主力吸筹" says the whales accumulate.
        "吸筹区", "吸籌區", "吸筹区间", "吸籌區間", "埋伏", "埋伏区", "埋伏區", "埋伏位", "低吸区", "低吸區",
        "买入区间", "買入區間", "买入区", "買入區",
    ),
    "sell_zone": ("卖出区", "卖出区间", "卖出区域", "賣出區", "賣出區間"),
    # "стоп тянем за ценой по тейкам", "SL follows target by target": a stop moved up one target at a time (``hints``).
    # "止損跟著目標往下移" (the stop follows the targets down).
    "stepwise": ("逐个目标", "逐個目標", "一个目标一个目标", "一個目標一個目標", "跟着目标", "跟著目標", "跟随目标", "跟隨目標"),
    "zone": ("区间", "區間", "范围", "範圍", "区域", "區域"),
    "stop": (
        # "Invalidation: 11.75", "inv 138.9": the price that voids the idea is the stop (blind65).
        "失效位", "失效点", "失效點",
        # "思路失效：收盘站上41.05" (the idea fails on a close above …): the price that voids the idea.
        "思路失效", "逻辑失效", "邏輯失效", "形态失效", "形態失效",
        "止蝕", "止蚀", "止蝕位", "止蝕價", "止蚀价", "停損價", "停损价", "停损点", "停損點",
        "止损", "止損", "停损", "停損", "止损价", "止損價", "防守", "止损位", "止損位", "止损点", "止損點", "止损价格", "止損價格",
        "止损价位", "止損價位",
    ),
    "target": (
        "止賺", "止赚", "止賺位", "止赚位",
        # Cantonese "止賺睇 2.71" (take profit, look to 2.71), "先睇 3.1": "睇" is "看". Not the bare "睇":
        # "睇好" and "睇淡" are views, "睇下" a look.
        "止賺睇", "止赚睇", "止盈睇", "目標睇", "目标睇", "先睇", "再睇", "上睇", "下睇", "睇到", "睇至",
        "止盈", "目标", "目標", "目标价", "目標價", "止盈价", "止盈價", "止盈位", "止盈点", "止盈點", "目标位", "目標位", "止盈价格",
        "止盈價格", "目标价格", "目標價格",
        "止盈价位", "止盈價位", "目标价位", "目標價位", "目标看", "目標看",
        "停利", "停利點", "停利点", "停利價", "停利价", "獲利目標", "获利目标", "止盈目標", "止盈目标",
        # "分批卖出：1.70 / 1.85" (partial sell): the share a spot buy sells at each price, its targets.
        "分批卖出", "分批賣出", "分批止盈", "部分止盈", "分两笔止盈", "分兩筆止盈", "卖出目标", "賣出目標",
        # "盈利位：2700—2600" (profit levels), "看到 95500 94200", "上方先看 678，再看 695" (look to …): the
        # levels a call expects the price to reach. Not the bare "看": "看多" is a side, "好看" a word.
        "盈利位", "盈利點位", "盈利点位", "获利位", "獲利位", "盈利目标", "盈利目標",
        "看到", "看至", "看向", "先看", "再看", "上看", "下看",
    ),
    "leverage": (
        "杠杆", "槓桿", "杠杠", "倍数", "倍數",
        "杠桿", "槓杆",
    ),
    # "这里可以试个空" (one can try a short here), "来个多": a side tried or taken, with a measure word.
    "long": ("潜在涨幅", "潛在漲幅", 
        "做多", "开多", "開多", "接多", "追多", "多单", "多單", "看多", "多头", "多頭", "方向:多", "揸多", "揸多單", "揸多单",
        "试多", "試多", "试个多", "試個多", "来个多", "來個多", "搞个多", "搞個多",
        "开多价", "開多價", "开多价格", "開多價格", "做多价", "做多價", "多单价", "多單價", "多单价格", "多單價格",
        # "多單佈局：142.5 / 139.8" (long placement): the side, labelling the orders it lays out.
        "多单布局", "多單佈局", "多單布局", "做多布局", "做多佈局",
        # "市價直接進多" (at market, go straight in long): the side as the verb "enter".
        "进多", "進多",
        # "我先多了 …" (I went long first): not bare "先多了", which opens "先多了解" (first learn more).
        "我先多了",
    ),
    # Hong Kong "沽空" (sell short).
    # "逼空": a market move or the crowd's positions, no side of this call: it becomes the side-less "squeeze".
    "squeeze": ("逼空", "轧空", "軋空", "逼多", "空头被爆", "空頭被爆", "空头爆仓", "空頭爆倉", "空头被清算", "空頭被清算", "多头被爆", "多頭被爆", "多头爆仓", "多頭爆倉", "多头被清算", "多頭被清算",
                # "空頭擠壓" (short squeeze), "空头回补" (short covering), "多杀多" (longs liquidating longs).
                "空头挤压", "空頭擠壓", "多头挤压", "多頭擠壓", "挤空", "擠空", "空头回补", "空頭回補", "多杀多", "多殺多", "空杀空", "空殺空",
                "空军", "空軍", "多军", "多軍", "抛压", "拋壓", "卖压", "賣壓", "买盘", "買盤", "卖盘", "賣盤"),
    "short": (
        "做空", "开空", "開空", "接空", "追空", "空单", "空單", "看空", "空头", "空頭", "方向:空", "沽空", "沽空單", "沽空单",
        "试空", "試空", "试个空", "試個空", "来个空", "來個空", "搞个空", "搞個空",
        # "doge 0.1680 附近空一下" (short around 0.168 for a bit), "空一手": the side as a casual verb.
        "空一下", "空一手",
        # "这里可以空一点" (can short a bit here). Not its long twin: "多一点" is "a bit more" ("多一点耐心").
        "空一点", "空一點",
        # "开空价：91800-92500" (the short's opening price): the side, labelling its entry.
        "开空价", "開空價", "开空价格", "開空價格", "做空价", "做空價", "空单价", "空單價", "空单价格", "空單價格",
        "空单布局", "空單佈局", "空單布局", "做空布局", "做空佈局",
        "进空", "進空",
        # "我先空了 5.42-5.55 分批" (I shorted first, 5.42-5.55 in parts): the writer's own short, as a verb.
        "我先空了", "先空了", "我空了",
    ),
    "market": (
        "市价", "市價", "现价", "現價", "当前价", "當前價", "市价单", "市價單",
    ),
    "cancel": ("取消", "作废", "作廢", "撤单", "撤單", "撤销", "撤銷"),
    # "先平一半落袋" ("close half first, bank it"): "先平" is a close said before its share; not bare "平" (平均, 平台).
    "close": (
        # "cut it here, -1R", "режем позицию": cutting a trade is closing it now (blind65).
        "砍掉", "砍仓", "砍倉","平掉", "平仓", "平倉", "止盈离场", "离场", "離場", "出局", "先平",
        # "Amankan 50% posisi", "paying myself on half": banking a share of a running trade (securing, pocketing) is closing it.
        "锁定利润", "鎖定利潤",
              # "TP3 全平" (close all at TP3): what is left closed at the last target.
              "全平", "全部平掉"),
    "hit": (
        "已达成", "已達成", "达成", "達成", "已到达", "已到達", "到达", "到達", "已触及", "已觸及", "命中",
        "到位", "已到位", "已到", "已经到", "已經到", "已经到达", "已經到達",
        # "TP1 到了先平一半" (TP1 reached, first close half): a target reached, here the rule's condition.
        "到了",
    ),
    "stopped": (
        "止损出局", "止損出局", "止损出场", "止損出場", "止损离场", "止損離場", "止损了", "止損了", "被止损", "被止損", "打止损", "打止損",
        "已触发止损", "已觸發止損", "触发止损", "觸發止損", "止损已触发", "止損已觸發", "止损触发", "止損觸發",
    ),
    # "空单已成交 1.71" (the short filled at 1.71), "已进场": a report on a trade already open.
    "filled": ("已成交", "成交了", "已触发", "已觸發", "已进场", "已進場", "已入场", "已入場"),
    "breakeven": ("保本", "成本价", "成本價", "开仓价附近", "開倉價附近"),
    "move": ("下调至", "下调到", "上调至", "上调到", "下調至", "下調到", "上調至", "上調到", "移至", "移到", "移动到", "移動到", "上移至", "上移到", "下移至", "下移到", "调整至", "調整至",
             "拉到", "拉至", "挪到", "挪至", "下拉至", "上拉至",
             # "止损调到保本", "止损改至3450" (set / change the stop to): every mood says the move the same way (w4u).
             "调到", "調到", "改到", "改至", "改为", "改為", "设到", "設到", "设至", "設至"),
    "after": ("之后", "之後", "后", "後", "开始", "開始"),
    # "先看3460，再看3520，最后3600" (first, then, finally): "finally" joins the last price of a list, kept whole so
    # its "后" is not read as "after".
    # "先看66000，强的话67500" (first 66000, if it is strong 67500): the next target of the list.
    "then": ("然后", "然後", "最后", "最後", "强的话", "強的話", "更强的话", "更強的話"),
    # "杠杆5到10倍" (5 to 10 times): a range's "to".
    "to": ("到",),
    # "97 800 先上一半，96 500 补仓另一半" (put on half first, add the other half): "上一" there is no "previous".
    "half": ("一半", "半仓", "半倉", "先上一半", "上一半", "先进一半", "先進一半", "先买一半", "先買一半"),
    "whole": ("全部", "全部仓位", "全部倉位", "所有仓位", "所有倉位"),
    "quarter": ("四分之一", "四分之一仓"),
    # "進場:3.72、3.58(分兩筆各半)", "two entries, half each": the entries split evenly (``hints``).
    # "50% di area atas, 50% di area bawah": the upper and lower part of an entry zone, each with its share (``zone_shares``).
    "upper_part": ("区间上沿", "上沿", "上半区"),
    "lower_part": ("区间下沿", "下沿", "下半区"),
    "half_each": ("分两等份", "分成两等份", "两等份", "各半", "各一半", "一半一半"),
    "cross": (
        "全仓", "全倉",
        "全仓模式", "全倉模式",
    ),
    "isolated": (
        "逐仓", "逐倉",
        "逐仓模式", "逐倉模式",
    ),
    "margin": ("保证金", "保證金", "模式:"),
    "cross_margin": ("全仓保证金", "全倉保證金"),
    "isolated_margin": ("逐仓保证金", "逐倉保證金"),
    "order_type": ("订单类型", "訂單類型", "下单方式", "下單方式"),
    "profit": ("收益", "盈利", "利润", "利潤"),
    # "开 1.5% 回撤追踪止盈" (turn on a 1.5% pullback trailing take-profit): a take-profit that trails is a trailing stop.
    # "ведём стоп за ценой с отступом 1,5%" (we lead the stop behind the price): a trailing stop in words (blind56).
    # An order to switch a trailing stop on: the verb, whose condition starts the trail (``hints``).
    "trail_on": ("设置移动止损", "設置移動止損", "设移动止损", "設移動止損", "使用移动止损", "使用移動止損", "开移动止损", "開移動止損", "打开移动止损", "打開移動止損", "开追踪止损", "開追蹤止損", "开跟踪止损", "開跟蹤止損"),
    "trailing": ("开始移动止损", "開始移動止損",
                 # "到TP2后开启trailing stop": the English noun glued to a Chinese verb, which no word boundary separates.
                 "开启trailing stop", "開啟trailing stop", "开启trailing sl", "開啟trailing sl", "开启trailing", "開啟trailing",
                 "开trailing stop", "開trailing stop", "打开trailing stop", "打開trailing stop", "启动trailing stop", "啟動trailing stop",
                 "启用trailing stop", "啟用trailing stop", "设置trailing stop", "設置trailing stop", "用trailing stop", "开始trailing", "開始trailing", "开始追踪止损", "開始追蹤止損", "开启移动止损", "開啟移動止損", "开启追踪止损", "開啟追蹤止損", "移动止损", "移動止損", "追踪止损", "追蹤止損", "跟踪止损", "跟蹤止損", "移动止盈", "移動止盈", "追踪止盈", "追蹤止盈", "跟踪止盈", "跟蹤止盈", "回撤止盈", "止损跟随价格", "止损跟着价格走", "止損跟隨價格"),
    "rules": ("规则", "規則", "纪律", "紀律"),
    # "SL follows the previous target": a trailing stop one target behind (``hints``).
    # "每到一个目标止损上移至前一目标" (to each target, SL moves to the previous target): "前一" before the target word itself.
    "previous": ("上一个", "上一個", "前一个", "前一個", "前一", "上一"),
    # "From then on the stop follows the previous target": a rule carried on from the sentence before (``rule_labels``).
    "carry_on": ("此后", "此後", "从此", "從此", "从那以后", "從那以後"),
    # "SL 5.52 and targets already placed": orders set for a trade already open, a report (``updates``).
    "placed": ("已挂好", "已掛好", "已设好", "已設好", "已设置好", "已設置好"),
    # A copy bot's notice that it opened the position for the reader: a running trade, no call.
    "status": ("持仓中", "持倉中", "进行中", "進行中", "已为您开仓", "已為您開倉", "已为你开仓", "已為你開倉", "已自动开仓", "已自動開倉", "无需手动下单", "無需手動下單", "无需手动开仓", "無需手動開倉", "请勿手动重复下单", "請勿手動重複下單"),
    "pair": ("币种", "幣種", "交易对", "交易對", "合约", "合約", "标的", "標的"),
    "first": ("首先", "先是", "第一", "第一个", "第一個"),
    # "每到一个目标,止损跟到上一个目标" (each time a target is reached, the stop follows to the previous one).
    # "每档 1/3 仓位" (each level 1/3 of the position): a ladder's level, read with its share (``entry_split``).
    "each": ("每档", "每檔", "每个", "每個", "每一个", "每一個", "每到一个", "每到一個"),
    "respectively": ("分别", "分別", "依次", "依序"),  # and "in turn": prices in the order written ("targets in turn 1 / 2", ``targets_in_turn``)
    # "trail the stop 1.5% below the high", "стоп на 1,5% ниже максимума": the price extreme a trailing stop follows (``hints``).
    "peak": ("最高价", "最高價", "最高点", "最高點", "高点", "高點", "最低价", "最低價", "最低点", "最低點"),
    # "take 50% at TP1, rest at TP2": what is left of the position after a share (``hints``).
    "rest": ("剩余", "剩餘", "其余", "其餘", "剩下的", "剩下", "剩下一半", "剩余一半", "另一半", "另外一半"),
    "runner": ("留作runner", "尾仓"),
    "no_leverage": ("不加杠杆", "不加槓桿", "无杠杆", "無槓桿", "不用杠杆", "不开杠杆", "不開槓桿"),
    "wrong": ("认错", "認錯", "我错了", "我錯了", "看错", "看錯", "算错", "算錯"),
    # "第一目标 3340，第二个 3480" (the second one): the ordinal with its measure word.
    "second": ("第二", "第二个", "第二個"),
    "third": ("第三", "第三个", "第三個"),
    # "والـ١٠٪ الباقية عند الرابع" (the remaining 10% at the fourth): a target by its place (``ordinal_shares``).
    "fourth": ("第四", "第四个", "第四個"),
    "or": ("或",),
    "ask": ("有人知道", "有谁知道", "有誰知道", "请问", "請問", "大家觉得", "大家覺得", "我在想", "我打算", "打算", "想要进", "想進", "如果你", "假如你"),
    "hedge": ("可能", "或许", "或許", "也许", "也許", "观望", "觀望"),
    # "No new trades today": the author opens nothing, whatever levels the analysis around it names.
    "not_a_call": ("不是信号", "不是信號", "非喊单", "非喊單", "不是喊单", "不是喊單", "只是举例", "只是舉例", "只是例子", "先别进场", "先別進場", "暂不进场", "暫不進場", "今天不开单", "今天不開單", "不开新单", "不開新單", "先不开新单", "先不開新單", "今日不开单", "今日不開單", "今天没有新单", "今天沒有新單", "今天不交易", "今日无单", "今日無單"),
    # "举个例子：本金 1000U，ETH 3000 开多 …", "打个比方": a worked example, never a call.
    "lesson": ("如何解读信号", "如何解讀信號", "如何看信号", "如何看信號", "交易场景", "交易情境", "假设性", "假設性", "指南", "教程", "假设你", "假設你", "什么是", "什麼是", "例如", "比如", "举例", "舉例", "举个例子", "舉個例子", "打个比方", "打個比方", "比方说", "比方說", "教学", "教學", "新手", "科普", "小课堂", "小課堂", "课堂", "課堂"),
    # "🆕 新单：" after updates on other coins: a header opening a new call (``desk_posts``).
    "new_call": ("新单", "新單", "新信号", "新信號", "新开单", "新開單", "今日信号", "今日信號", "今日单", "今日單", "今日机会", "今日機會", "今天的机会", "今天的機會"),
    # "目前以观望为主" (for now mainly wait and see): the writer opens nothing for now (``talk``). Before the
    # hedge row "观望", which the longer rows outrank.
    "wait_see": ("以观望为主", "以觀望為主", "观望为主", "觀望為主", "保持观望", "保持觀望", "建议观望", "建議觀望", "继续观望", "繼續觀望"),
    # "任意价格 2.15-2.23 进场" (any price): the zone itself, the words dropped.
    "any_price": ("任意价格", "任意價格", "任何价格", "任何價格"),
    "when": (
        # "only if X": a conditional entry's "only", as English "entry only if breaks X" reads (blind69).
        "只有在", "仅在", "僅在",
        "如果", "若",
        "一旦", "假如", "要是",
    ),
    # "BNB 在 578-582 挂单做多" (at 578-582, a limit long): "at", tying the entry zone to the side after it.
    "at": ("在",),
    "news": ("新闻", "新聞", "快讯", "快訊", "资讯", "資訊"),
    "promo": (
        "会员", "會員", "优惠", "優惠", "折扣", "加入", "上个月", "上個月", "上周", "上週", "昨天", "昨日", "战绩", "戰績",
        "私信", "私聊",
        "总结", "總結", "周报", "週報", "月报", "月報", "战报", "戰報", "胜率", "勝率", "业绩报告", "業績報告",
    ),
    # "TON 这里空 5.412", "1000PEPE 这里空 0.01182" (short here): the price is the entry, as after English
    # "here"; its own role, not a filler, so the side right after it still reads as a side (blind77).
    "here": ("这里", "這裡", "这边", "這邊"),
    "filler": (
        "附近", "左右", "至", "以下", "以上", "价格", "價格", "点位", "點位", "跌破", "低于", "低於", "高于", "高於",
        "价位", "價位",
        # "目标1 上涨18% 2.26" (target 1, up 18%, 2.26): the gain before a target's price, as English "TP1 up 18% 2.26".
        "上涨", "上漲",
        "突破", "站上", "回踩", "回调", "回調",
        # "回测 3.2 做空" (short on a retest of 3.2): the retest, as 回踩 (pull back to) is (blind77).
        "回测", "回測",
        # "突破0.4850站稳再追多" (once it breaks 0.4850 and holds, long): the condition of an entry, no price nor side.
        "站稳", "站穩", "站稳再", "站穩再", "站稳后", "站穩後",
        # "强的话67500再走一点" (if strong, 67500, running a bit further): said of a target after its price.
        "再走一点", "再走一點", "再走一段", "还能走", "還能走",
        # "96800一线" (around the 96800 line), "限价81900" (a limit price), "轻仓" (a light position):
        # words around an entry's price that neither price nor side.
        "一线", "一線", "一带", "一帶", "反弹", "反彈", "限价", "限價", "轻仓", "輕倉", "小仓位", "小倉位",
        # "CHIP 空 福利單 市價進場" (a short, a bonus trade, at market): the kind of call, no price nor side.
        "福利单", "福利單",
        "重仓", "重倉", "满仓", "滿倉",
        # "进多少仓位合适" (how much to put in): "how much", kept whole so its "进多" is no long.
        "进多少", "進多少",
        # "止损就放0.1525下面" (put the stop below 0.1525): the verb between a label and its price.
        "黄金分割", "黃金分割", "黄金坑", "黃金坑",  # the golden ratio, a "golden pit" dip: no gold
        # "3380到3410之间" (between 3380 and 3410): the range said, then "between".
        "之间", "之間",
        "就放", "放在", "放到", "就设", "就設", "设在", "設在", "设置在", "設置在", "下面", "上面",
        # "4.12 掛 30%、3.96 掛 30%" (place 30% at 4.12, …): the verb between a leg's price and its share.
        "掛", "挂",
        # "第一止盈就定翻倍0.013434" (the first target set at the double, 0.013434): the verb and the
        # gain it stands for, between a target's label and its price.
        "就定", "定在", "翻倍",
        # "做空兄弟们0.0412", "家人们 多 142": how a chat addresses its readers, between the side and its price.
        "兄弟们", "兄弟們", "家人们", "家人們",
    ),
    "candle": ("收盘", "收盤", "收线", "收線", "K线", "K線"),
    "hours": ("小时", "小時"),
    "daily": ("日线", "日線"),
    "weekly": ("周线", "週線"),
    # "分批买入" (buy in parts): a ladder's label, its side the buy.
    # "TIA 低吸 5.42-5.55" (buy low): a spot buy at the prices that follow.
    "buy": ("买入", "買入", "分批买入", "分批買入", "分批建仓", "分批建倉", "低吸"),
    # "7.35-7.48 区间用来卖出" (a zone to sell): the side a zone is liked for (``zone_sides``).
    "sell": ("卖出", "賣出", "用来卖出", "用來賣出"),
    "percent": ("百分之",),
    # "止损30个点", "止盈 +50個點": a distance from a price, never a price (``line_prices``). Not a bare "点":
    # "2650点" is also a level.
    "distance": ("个点", "個點"),
    "gold": ("黄金", "黃金", "现货黄金", "現貨黃金"),
    # "挂单 3335 附近（分批：3335 / 3310 / 3290）": in parts, the legs of a ladder.
    # "多单分批挂：27.20 / 26.70" (a long, placed in parts): the orders of a ladder placed, its legs.
    "parts": ("分批挂", "分批掛", "分批",),
    # "ETH也弱，先不碰": a pair the text declines to trade (``called_pair``).
    # "LINK: 15,40 aşılmadıkça long düşünmüyoruz", "not looking to long": a side refused is no side (``sections.stated_side``).
    "decline": ("不碰", "先不碰", "不参与", "不參與", "不考虑", "不考慮", "不进场", "不進場", "不考虑做多", "不考慮做多", "不考虑做空", "不考慮做空", "暂不做多", "暫不做多", "暂不做空", "暫不做空",
                # "BTC is stuck, forget about it": the pair talked about, set aside.
                "先别管它", "先別管它",
                # "大饼今天横盘没什么机会，主要看 LTC …" (BTC ranging, no opportunity; mainly watching LTC): the coin
                # talked about has nothing to trade.
                "没什么机会", "沒什麼機會", "没有机会", "沒有機會", "没机会", "沒機會"),
}

# "Приклад розрахунку стоп-лоссу", "Example calculation": a worked calculation after a plan, whose numbers are no
# part of it (``examples``).
CALCULATION = ("计算", "計算", "算法", "场景", "場景", "实战", "實戰")
# "Scenario A – SELL … / Scenario B – BUY …", "Plan 1 / Plan 2": a noun that, with a letter or number after it at a
# line's start, heads one of a post's alternative plans (``alternatives``).
ALTERNATIVES = ('方案', '情景', '剧本', '劇本', '预案', '預案', '策略', '计划', '計劃')
# "Aggressive: … / Conservative: …": a risk profile heading one of a post's alternative plans (``alternatives``).
PROFILES = ('激进', '激進', '稳健', '穩健', '保守', '进取', '進取')

# "short desde 0,01385 hasta 0,01420": an entry zone written from one price to another (``entry_wording``).
RANGE_WORDS = ("从 {} 到 {}", "從 {} 到 {}", "从{}到{}", "從{}到{}", "由 {} 至 {}", "{} 到 {}", "{}到{}", "{}至{}", "{} 至 {}")

# "所以计划还是 INJ 21.40-22.10 做多，止损 20.30？": whether the plan still stands (``questions``).
STILL_VALID = STILL_VALID + ("计划还是", "計劃還是", "计划不变", "計劃不變", "计划没变", "計劃沒變")
# "昨天的 BNB 现在进晚了吗？你说的 612 多": whether it is too late to enter an earlier call asks about that call, as "still valid?" does
# (``questions.asks_if_still_valid``); "you had said" names the earlier call whose prices are repeated (blind77).
STILL_VALID = STILL_VALID + ("晚了吗", "晚了嗎", "晚不晚", "会不会太晚", "會不會太晚", "来不及了吗", "來不及了嗎")
EARLIER_CALL = EARLIER_CALL + ("你说的", "你說的", "你们说的", "你們說的")
