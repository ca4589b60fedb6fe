"""Turkish. Matching folds dotted and dotless i, so "GİRİŞ", "giriş" and "giris" all match."""

# Turkish writes "1,15" for a decimal and "66.800" for a thousands group.
DECIMAL_COMMA = True
DOT_THOUSANDS = True
# "TP'ler", "Stop'lar", "Hedef'lerimiz": a suffix after an apostrophe belongs to the word before it.
SUFFIX_AFTER_APOSTROPHE = True

# "tp 0,85 y 0,9", "chốt lời 1,95 rồi 1,82": words that join two prices of one list (``sections``).
JOINS = ("ve", "sonra")
# "2,75, kalanı 3,10'a kadar" (the rest up to …): the last price of a target list, joined to it.
JOINS = JOINS + ("kalanı", "kalanını", "kalan kısmı", "geri kalanı", "en son", "sonra da", "son olarak")

# "açtım", "girdim", "tutan var mı": a position already open (``asides.tells_own_trade``).
# "Cancel the old ETH order. New entry: …": words that say a call replaces an earlier one (``replacements``).
REPLACING = ("eski", "önceki", "yeni", "yerine")

HELD = (
    "açtım", "girdim", "aldım", "aldık", "tutuyorum", "pozisyonum", "girişim", "giren var", "tutan var", "hâlâ tutan", "hala tutan",
    "benim long", "benim short", "benim pozisyon", "benim işlemim", "long'dayım", "longdayım", "short'tayım", "shorttayım", "ne yapayım", "kapatayım mı", "tutayım mı",
)

INVITE = ("katılan var mı", "kim geliyor", "hazır mısınız", "hazır mıyız", "girecek var mı", "başka giren var mı",)
# A position the writer still holds from before (read by ``still_held``): his trade's story, not a new call.
STILL_HELD = ("hâlâ tutuyorum", "hala tutuyorum", "hâlâ taşıyorum", "hala taşıyorum", "hâlâ içerideyim", "hala içerideyim", "pozisyondayım", "hâlâ pozisyondayım",)
# A tag closing a notice's question, asking only for a nod (read by ``tag_asks``).
TAG_ASKS = ("tamam mı", "anlaşıldı mı", "anladınız mı", "tamam",)
# "2,12'nin altında günlük kapanış gelirse çıkıyoruz" (if a daily close comes under 2,12 we exit): an exit said
# after its price, the stop (``exits_after_price``).
EXITS_AFTER_PRICE = ("çıkıyoruz", "çıkıyorum", "çıkarız", "çıkarım", "çıkacağız", "kapatıyoruz", "kapatırız", "kapatıyorum", "pozisyonu kapatıyoruz", "stop oluyoruz", "stop oluruz")
# "tô abrindo short em DOGE agora a mercado … beleza?": the writer opening a trade now, which a closing tag word does not make a question (``opening_now``).
OPENING_NOW = ("açıyorum", "açıyoruz", "giriyorum", "giriyoruz", "alıyoruz", "alıyorum")
HELD = HELD + ("alan var mı", "giren oldu mu",)  # a question to the group about who got in (``still_held``)

# "Geçen haftaki PEPE sinyalini hatırlıyor musunuz?": a past call recalled (``asides.recalls_call``).
RECALL = ("hatırlıyor musunuz", "hatırlıyor musun", "hatırlayın", "hatirliyor musunuz")

# "Weekly recap 📊 …", "复盘一下昨天那单 …": a title opening the message over past trades' results (``recaps``).
RECAP_TITLES = ("haftalık özet", "haftanın özeti", "haftalık sonuçlar", "aylık sonuçlar", "aylık özet", "haftalık rapor", "haftalık değerlendirme", "dünün sonuçları",)
# A day's wrap or yesterday's trade as a post's title: past results, read only of a post that reports hits
# or ticks (``past_titles``); a recap may still carry a fresh call below.
PAST_TITLES = ("dünkü", "dünün", "dünkü işlem", "dünkü işlemler", "dünün işlemleri", "dünkü sinyal", "dünkü sinyaller", "günün özeti", "gün sonu özeti",)

# "but ETH nahi, $AAVE", "not ETH, but SOL": a word that refuses the pair right beside it.
NOT_THIS = ("değil",)
# After a stop, a look word before a price names the targets (``looked_targets``).
LOOK_TARGETS = ("bakıyoruz", "bakıyorum")
# "BTC zayıf ama SOL long": a contrast that turns from the market talked about to the call (``contrast_call``).
CONTRASTS = ("ama", "fakat", "ancak", "lakin")

# "sizce … mantıklı mı?": a question's opening words (its "mı" is ``asides``' particle) (``questions``).
ASK_OPENS = ("sizce", "acaba", "nasıl", "ne kadar", "kimse", "biri")
# "dünkü SOL sinyali hâlâ geçerli mi?": whether an earlier call still holds (``questions``).
STILL_VALID = ("hâlâ geçerli", "hala geçerli", "halen geçerli", "hâlâ aktif", "hala aktif", "halen aktif", "hala geçerlimi", "hala devam ediyor mu")
# "yesterday's DOGE signal (…) still valid?": a question that names an earlier call (``questions``).
EARLIER_CALL = ("dünkü", "dün", "önceki sinyal")
TODAY = ("bugün", "bugünkü")
# "DOT masih aman buat long ga ya?": whether a trade is still safe to take asks as "still valid" does (``questions``).
STILL_VALID = STILL_VALID + ("hala güvenli", "hâlâ güvenli", "halen güvenli", "hala girilir")
ASK_MARKS = ("mı", "mi", "mu", "mü", "mısın", "misin", "mıyım", "miyim", "yoksa daha aşağı", "yoksa daha yukarı", "veya daha aşağı")
ASK_TAILS = ("ne dersiniz", "ne düşünüyorsunuz", "mantıklı mı", "olur mu", "yoksa değil mi")
WAIT_OR = ("yoksa beklemeli", "yoksa bekleyelim", "yoksa bekleyeyim", "yoksa beklesem", "ya da bekleyelim", "veya bekleyelim", "yoksa bekle")  # "long from 142.5 or wait for 135?": a plan offered beside waiting is asked about (``unsure_asks``)
# "o que vocês acham do XRP? pensando em comprar …": asking the group's opinion makes a sentence a question.
ASK_MARKS = ASK_MARKS + ("ne düşünüyorsunuz", "ne dersiniz", "ne diyorsunuz")
# "ARB 0.82 pe long lena abhi late hai kya? … koi bata do": a question's closing particle, or a plea that someone
# tell, asks (``questions``).
ASK_MARKS = ASK_MARKS + ("biri söylesin", "biri söyler mi")
DOUBTS = ("bilmiyorum", "emin değilim", "emin degilim", "bilemedim", "korkuyorum", "korkutuyor", "tedirginim", "endişeliyim", "çekiniyorum")  # "anyone think SEI is a steal?? … idk man": doubt after an opening question (``unsure_asks``)
# "thinking of longing SUI with stop 2.85 … but BTC dominance scares me": a trade weighed now, not called, after an
# opening question (``unsure_asks``); fear words ("scares me", "страшно") above are doubts too.
CONSIDERING = ("almayı düşünüyorum", "girmeyi düşünüyorum", "açmayı düşünüyorum", "satmayı düşünüyorum", "long açmayı düşünüyorum", "short açmayı düşünüyorum", "long düşünüyorum", "short düşünüyorum", "long girmeyi düşünüyorum", "short girmeyi düşünüyorum")
# "alguém acha que ainda dá pra entrar em SOL a 142? … pensei em stop 136 e alvo 150": a plan thought of, told after
# an opening question, is weighed too, whatever word follows (``unsure_asks``).
CONSIDERING = CONSIDERING + ("düşündüm", "düşünmüştüm", "dusundum")

MUSING = ("almayı düşündüm", "girmeyi düşündüm", "almayı düşünmüştüm", "girmeyi düşünmüştüm", "alacaktım ama", "girecektim ama")
POLL = ("anket", "oylama", "oy verin", "oylayın", "oylayin")  # "📊 ENQUETE … A) Long … B) Short …": a poll word or a call to vote over options (``polls``)
NOT_YET_HIT = ("henüz gelmedi", "henüz vurmadı", "henüz görülmedi", "daha gelmedi")  # "target 7.80 kemaren belum kena": a hit word said not to have happened yet reports nothing (``pending_hits``)
# "TP1'e neredeyse geldi" (it almost came to TP1): a target almost reached is not hit yet either (``pending_hits``).
NOT_YET_HIT = NOT_YET_HIT + ("neredeyse geldi", "neredeyse geldik", "neredeyse vurdu", "neredeyse ulaştı",
    "neredeyse ulaştık", "gelmek üzere", "vurmak üzere", "ulaşmak üzere")
LATER = ("sonra", "daha sonra", "ardından", "sonrasında")  # "… Цели … / Дальше стоп в безубыток.": a sentence opened by "then" says its stop move or close for later (``changes_now``)
TURN_DONE = ("zaten gitti", "zaten uçtu", "zaten", "gitti", "uçtu")
TURN_NEXT = ("sıra", "sırası", "sırada")

# "LTC'yi 98'den short mu açacaksın cidden? … ben beklerdim": a reply advising to wait doubts the plan (``unsure_asks``).
DOUBTS = DOUBTS + ("ben beklerdim", "ben girmezdim")

# "SUI'ye 3,12'den girdim … umarım 3,40 gelir": a hope for a position already held (``hoped_trades``).
HOPES = ("umarım", "umarim", "inşallah tutar", "dua edin")

WORDS = {
    # "plan" after the pair, as English "SOL plan: 148.20 - 151.60" (``line_prices``).
    "plan": ("için plan", "için planımız", "planı"),
    # a verb between a label and its prices, as English "targets sit at" (``label_verbs``).
    # "Stop goes above 0.1688": a verb between a stop label and its side word (``placed_stops``).
    "stop_goes": ("gider", "gidecek", "olacak"),
    "lies_at": ("şu seviyelerde", "şu noktalarda", "şu seviyede"),
    "trying": ("deniyorum", "deniyoruz", "deneyelim", "deneme amaçlı"),  # "DOT long deniyorum 6,85": a verb between the side and its price (``entry_wording``)
    "so_on": ("ve böyle devam", "ve böyle devam eder", "ve bu şekilde devam", "böyle devam eder"),  # "after TP2 move SL to TP1, and so on": a stop stepping target by target (``stepped_stops``)
    "of_trade": ("işlemi için", "pozisyonu için"),  # "تحريك وقف الخسارة لصفقة #LTC" (the stop of the LTC trade): the trade a stop move names (``stop_subject``)
    "restate": ("yani", "diğer bir deyişle"),
    "average": ("ortalama",),
    "liquidation": ("likidasyon", "likidasyonu", "likidasyonlar", "tasfiye"),
    "allocation": ("dağılım", "dağılımı", "kademeli kâr al", "kademeli kar al", "kademeli kâr alım", "kademeli kar alım", "hacim dağılımı", "hacmi dağılımı", "sermayeyi bölüyoruz"),
    "capital": ("sermaye", "sermayenin"),
    # "TAO long 412'den, ekleme 398", "ek alım 0,95": an added leg, which adds to the side's own price (``legs``).
    "dca": (
        # "if they flush it I add at 145,2", "добираю на 145,2": the added leg told in the first person.
        "eklerim", "ekliyorum", "ekleriz", "ekliyoruz", "ekleme yaparım", "ekleme yapıyoruz",
        "ekleme", "ek alım", "ekleme yap", "ekleme yapılabilir", "ekleyebilirsiniz", "ekleyebilirsin", "ekleyin"),
    "entry": (
        # "Trigger ▸ 24.85": a template's trigger price is where the trade opens (``values_then_label``).
        "tetik fiyatı", "tetikleme fiyatı",
        # "Ladder buys: 63,850 / 63,200 / 62,400": a ladder's buy orders under their own heading, its entries.
        "kademeli alımlar",
        # "bids at: 0.0118 (20%) …", buy orders placed: a ladder's entries.
        "alış emirleri", "alım emirleri",
        # "Лимитки: 0.585 / 0.572 / 0.560", "Limit orders: …": the limit orders placed are the entries.
        "limit emirleri", "limit emirler", "satış limitleri", "alış limitleri", "limit satış emirleri", "limit alış emirleri", "limit emirlerimiz",
        # Copy-trading notices: the lead trader's opening price is the entry.
        "açılış fiyatı",
        "kademeli alım", "alım seviyesi",
        "giriş", "giriş bölgesi", "giriş fiyatı", "giriş aralığı", "giriş seviyesi", "alım bölgesi", "alım fiyatı",
        "alış", "alım", "giriş noktası", "giriş noktaları",
        # "short gir 1,342" (enter at): the verb before its price, as English "enter 1.342".
        "giriyoruz", "girin", "giriyorum",
        # "3210 ile 3180 arası giriş yapın" (enter between): the order to enter after its range (``entry_after_range``).
        "giriş yapın", "giriş yapalım", "giriş yapabilirsiniz",
        # "SAT bölgesi 64.500 - 65.000" is where a short is opened, not the "sell zone" of targets.
        "al bölgesi", "sat bölgesi", "satış bölgesi", "satış bölgeleri",
        "alım bölgeleri", "giriş bölgeleri", "alış bölgesi", "alış bölgeleri", "alış fiyatı",
        # "Biriktirme bölgesi: 6,10 - 5,75" (accumulation zone): where a spot buy fills.
        "biriktirme bölgesi", "toplama bölgesi", "birikim bölgesi",
        # "Basamaklar: 0,0312 / 0,0298" (the steps), "alım kademeleri": a ladder's entries under their own label;
        # the bare "kademe" of "3 kademede" stays a count (``parts``).
        "basamaklar", "alım basamakları", "giriş basamakları", "basamaklı alım", "kademeler", "alım kademeleri", "giriş kademeleri",
    ),
    # "стоп тянем за ценой по тейкам", "SL follows target by target": a stop moved up one target at a time (``hints``).
    "stepwise": ("hedef hedef", "hedeften hedefe", "her hedefte bir"),
    "zone": ("bölge", "bölgesi", "aralık", "aralığı", "bölgeleri"),
    "stop": (
        # "Invalidation: 11.75", "inv 138.9": the price that voids the idea is the stop (blind65).
        "geçersizlik seviyesi", "geçersizlik",
        # "Senaryo iptali: 2,12" (the setup is void at …), as Russian "отмена сетапа —": with its colon, a stop.
        "senaryo iptali:", "setup iptali:", "fikir geçersiz", "senaryo geçersiz", "setup geçersiz",
        "zarar durdur", "zarar kes", "stop", "stopu", "stop loss", "zarar durdurma", "sl", "stop kaybı",
        "stop-loss", "zararı durdur", "stop seviyesi", "stopları", "stopumuzu", "stoplar", "stopunuzu", "stoplarınızı", "stoplarımızı",
    ),
    "target": (
        "kâr hedefleri", "kar al seviyeleri", "tp seviyeleri",
        "hedef", "hedefler", "hedefleri", "hedefi", "hedeften", "hedefinden", "hedefe", "hedefte", "kâr al", "kar al", "tp", "kâr hedefi",
        # "İlk kâr alımı 2,52, sonra 2,75" (the first profit taking): where profit is taken, a target.
        "kâr alımı", "kar alımı", "kâr alımları", "kar alımları", "kâr alım", "kar alım",
        "kar hedefleri", "satış hedefleri", "satış hedefi",
        # "Kısmi satış: 1,70 / 1,85" (partial sell): the share a spot buy sells at each price, its targets.
        "kısmi satış", "kademeli satış", "parçalı satış", "satış seviyeleri",
    ),
    "leverage": (
        "kaldıraç", "kaldıracı",
        "kaldıraçlı", "kaldırac",
    ),
    # "XRP long al 2.3150 / 2.2900" (buy a long), "short aç 1.42" (open a short): the side and its verb.
    # "XRP'ye long giriyorum 2,31'den" (I'm going long from 2.31): the side with its verb, before its price.
    # "ETH'yi shortluyorum" (I'm shorting ETH): the side made a verb.
    "long": ("potansiyel yükseliş", "long", "uzun", "alış yönlü", "yükseliş", "long al", "long alın", "long aç", "long açın", "long gir", "long girin", "long giriyorum", "long giriyoruz", "longluyorum", "longluyoruz"),
    # "ARB'de kısa vadeli long" (a short-term long): a horizon, dropped with "mid term" before sides are read; its "short" is no side.
    "horizon": ("kısa vadeli", "kısa vade", "uzun vadeli", "uzun vade", "orta vadeli", "orta vade"),
    # "short sıkışması": a market move or the crowd's positions, no side of this call: it becomes the side-less "squeeze".
    "squeeze": ("kısa sıkışma", "kısa sıkışması", "short sıkışma", "short sıkışması", "long sıkışma", "long sıkışması", "shortçular", "shortçuları", "longçular", "longçuları", "satış baskısı", "satış baskısını", "alış baskısı", "alış baskısını", "satış hacmi", "alış hacmi", "alım baskısı", "alım baskısını"),
    "short": ("short", "kısa", "satış yönlü", "düşüş", "short aç", "short açın", "short gir", "short girin", "short sat", "short giriyorum", "short giriyoruz", "shortluyorum", "shortluyoruz"),
    "market": (
        "piyasa fiyatından", "piyasa fiyatı", "piyasadan", "anlık fiyat", "güncel fiyat", "market fiyatından",
        "şimdi", "hemen", "piyasa emri",
    ),
    "cancel": ("iptal", "iptal edildi", "iptal ediyoruz", "geçersiz", "iptal edin"),
    "close": (
        # "cut it here, -1R", "режем позицию": cutting a trade is closing it now (blind65).
        "burada kesiyoruz", "burada kesiyorum", "pozisyonu kesiyoruz", "işlemi kesiyoruz", "pozisyonu kesiyorum",
        "kapat", "kapatın", "kapatıyoruz", "kapattık", "kapatıldı", "çıkış yapın",
        # "Amankan 50% posisi", "paying myself on half": banking a share of a running trade (securing, pocketing) is closing it.
        "cebe atın", "cebe atıyoruz", "cebe koyun", "cebe koyuyoruz",
        "kapatıyorum",
    ),
    "hit": ("ulaşıldı", "ulaştı", "geldi", "vurdu", "vuruldu", "gerçekleşti", "alındı", "tamamlandı", "yakalandı"),
    "stopped": ("stoptan çıktık", "stop olduk çıktık", "stop oldu", "stop olduk", "stopa takıldı"),
    # "girişi gerçekleşti" / "emir doldu" (the entry, the order filled): a report on a trade already open.
    "filled": ("girişi gerçekleşti", "girişi doldu", "giriş doldu", "doldu", "dolduruldu", "giriş gerçekleşti", "giriş yapıldı", "emir doldu", "emir gerçekleşti", "tetiklendi"),
    "breakeven": ("başabaş", "giriş seviyesine", "girişe", "maliyete", "giriş fiyatına"),
    "move": ("düşürüyoruz", "yükseltiyoruz", "çekiyoruz", "çekin", "taşıyın", "taşıyoruz", "çek", "taşı", "çektik", "çekelim",
             "düşürün", "yükseltin",
             # "stop 0,742'e taşındı" (the stop was moved to): a move reported done, which a copier makes too.
             "taşındı", "taşıdık", "çekildi",
             # "Stoplar giriş seviyesine çekilsin" (let the stops be pulled to entry): the jussive and the "must" forms (w4u).
             "çekilsin", "taşınsın", "çekilmeli", "taşınmalı", "çekilmelidir", "taşınmalıdır", "çekiniz", "taşıyınız",
             "çekilir", "taşınır", "yükseltilsin", "yükseltildi"),  # "stopu 100.900'e düşürün" (lower the stop to)
    # "TP2'ye ulaştıktan sonra" (after reaching TP2): the verb of reaching and its "after" read as one "after", so
    # the target glued before it is the condition's ("after TP2", ``word_order.after_first``).
    "after": ("sonra", "sonrası", "den sonra", "dan sonra", "itibaren", "den itibaren", "dan itibaren",
              "ulaştıktan sonra", "ulaşıldıktan sonra", "geldikten sonra", "vurduktan sonra", "alındıktan sonra", "gördükten sonra"),
    # "TP1'de pozisyonun yarısını kapatın" (close half of the position at TP1): "of the position" is part of the half.
    "half": ("pozisyonun yarısını", "pozisyonun yarısı", "yarısını", "yarısı", "yarım"),
    "whole": ("tamamını", "tamamı", "hepsini", "tümünü", "tamamen", "komple"),
    "quarter": ("çeyreğini", "çeyreği", "çeyrek"),
    # "50% di area atas, 50% di area bawah": the upper and lower part of an entry zone, each with its share (``zone_shares``).
    "upper_part": ("üst kısım", "üst kısmında", "üst bölge", "bölgenin üstü"),
    "lower_part": ("alt kısım", "alt kısmında", "alt bölge", "bölgenin altı"),
    "half_each": ("yarı yarıya", "iki eşit parçada", "iki eşit parça halinde", "iki eşit parçaya"),
    "cross": ("çapraz",),
    "isolated": ("izole", "izolasyon"),
    "margin": ("marjin", "marj", "mod:"),  # "Marj: İzole"
    "cross_margin": ("çapraz marjin", "çapraz marj"),
    "isolated_margin": ("izole marjin", "izole marj"),
    "order_type": ("emir tipi", "emir türü"),
    # "her girişe %25": a share on each entry, not a stop to entry (``each_entry``).
    "each_entry": ("her girişe", "her girişte", "her bir girişe", "her bir girişte"),
    "parts": ("parça", "parçada", "kademe", "kademede", "kademeye", "kademeler", "kez"),
    "profit": ("kâr", "kar", "kazanç"),
    # "ведём стоп за ценой с отступом 1,5%" (we lead the stop behind the price): a trailing stop in words (blind56).
    # An order to switch a trailing stop on: the verb, whose condition starts the trail (``hints``).
    "trail_on": ("trailing stopu açın", "trailing stop'u devreye alın", "trailing stop devreye girer", "iz süren stop devreye girer", "trailing stop devreye girecek", "iz süren stop devreye girecek", "iz süren stopu devreye alın", "iz süren stopu aktif edin", "trailing stopu devreye alın", "trailing stop kullanın", "iz süren stop kullanın", "takip eden stop kullanın", "takip eden stopu kullanın", "iz süren stopu kullanın", "trailing stopu kullanın"),
    "trailing": ("trailing stop'u açıyoruz", "trailing stopu açıyoruz", "trailing stop'u açın", "stopu takip ettiriyoruz", "trailing stop aç", "trailing stop açın", "trailing stop açıyoruz", "iz süren stop", "takip eden stop", "iz süren kâr al", "takip eden kâr al", "stopu fiyatın arkasından takip ettiriyoruz", "stop fiyatı takip eder", "stopu fiyatla birlikte taşıyoruz"),
    "rules": ("kurallar", "kural"),
    # "SL follows the previous target": a trailing stop one target behind (``hints``).
    "previous": ("bir öncekine", "öncekine", "bir öncekinin", "önceki", "bir önceki"),
    # "From then on the stop follows the previous target": a rule carried on from the sentence before (``rule_labels``).
    "carry_on": ("o andan itibaren", "bu noktadan sonra", "bundan böyle"),
    # "SL 5.52 and targets already placed": orders set for a trade already open, a report (``updates``).
    "placed": ("zaten kurulu", "zaten girildi", "emirler girildi"),
    # A copy bot's notice that it opened the position for the reader: a running trade, no call.
    "status": ("işlem aktif", "durum: aktif", "hâlâ aktif", "hala aktif", "hâlâ açık", "hala açık", "işlem devam ediyor", "sizin için açıldı", "pozisyonunuz açıldı", "hesabınızda açıldı", "manuel giriş yapmayın", "manuel girmeyin", "manuel girişe gerek yok", "tekrar manuel girmeyin"),
    "pair": ("coin", "parite", "sembol", "varlık"),
    "first": ("ilk önce", "öncelikle", "ilk", "birinci"),
    # "her ulaşılan hedeften sonra" (after each reached target): read whole as "each" (``hints``).
    "each": ("her", "her ulaşılan", "her alınan", "her vurulan"),
    "respectively": ("sırasıyla", "sirasiyla", "sırayla", "sirayla"),  # and "in turn": prices in the order written ("targets in turn 1 / 2", ``targets_in_turn``)
    # "trail the stop 1.5% below the high", "стоп на 1,5% ниже максимума": the price extreme a trailing stop follows (``hints``).
    "peak": ("zirve", "zirvenin", "zirveden", "zirvesinin", "tepenin", "tepeden", "en yüksek fiyatın", "en yüksek fiyattan", "en düşük fiyatın"),
    # "take 50% at TP1, rest at TP2": what is left of the position after a share (``hints``).
    "rest": ("kalanı", "kalanini", "geri kalanı", "geri kalanını", "kalan yarısı", "kalan yarısını", "kalan kısmı", "kalan pozisyon"),
    "runner": ("runner'a", "runner olarak"),
    "no_leverage": ("kaldıraçsız", "kaldıraç yok", "kaldıraç kullanmayın", "kaldıraç kullanmadan"),
    "wrong": ("yanılmışım", "yanılmış oluruz", "yanılmışız", "yanıldım", "hatalıyım"),
    "second": ("ikinci",),
    "third": ("üçüncü",),
    # "والـ١٠٪ الباقية عند الرابع" (the remaining 10% at the fourth): a target by its place (``ordinal_shares``).
    "fourth": ("dördüncü",),
    "or": ("veya",),
    "ask": ("bilen var mı", "bilen var mi", "sizce", "ne düşünüyorsunuz", "düşünüyorum", "girmeyi düşünüyorum", "alırsan", "alırsanız"),
    "hedge": ("belki", "olabilir", "muhtemelen", "izliyorum", "takipteyim"),
    # "Sinyal değildir", "sadece bir örnektir": a worked example says it is none. Not "yatırım tavsiyesi
    # değildir" (not investment advice): every Turkish signal's footer.
    # "No new trades today": the author opens nothing, whatever levels the analysis around it names.
    "not_a_call": ("sinyal değil", "sinyal değildir", "çağrı değil", "çağrı değildir", "sadece örnek", "sadece bir örnek", "henüz girmeyin", "henüz girmeyelim", "bugün yeni işlem yok", "bugün işlem yok", "yeni işlem yok", "bugün işlem açmıyoruz", "bugün pozisyon açmıyoruz", "bugün sinyal yok"),
    # "Risk yönetimi örneği: …" (an example of risk management), "mesela ETH 3000'den long": an example.
    "lesson": ("sinyal nasıl okunur", "nasıl yorumlanır", "işlem senaryosu", "varsayımsal", "rehber", "rehberi", "diyelim ki", "farz edelim", "nedir", "örneğin", "örnek", "örneği", "örnek olarak", "mesela", "ders", "eğitim", "yeni başlayanlar", "yeni başlayanlara", "acemiler"),
    # "🆕 YENİ İŞLEM" after updates on other coins: a header opening a new call (``desk_posts``).
    "new_call": ("yeni işlem", "yeni sinyal", "yeni pozisyon", "yeni sinyalimiz", "günün sinyali", "bugünün sinyali", "günün işlemi", "bugünün fırsatı", "günün fırsatı", "bugünkü fırsat"),
    # "10 kat kaldıraç" ("10 times leverage"): the "x" of a leverage.
    "times": ("kat", "katı"),
    # "TON short burada 5,412", "ARB long buradan 0.7420" (here, from here): the price is the entry, as
    # after English "here"; Turkish's own word, so it shows the language when nothing else does.
    "here": ("burada", "buradan", "tam burada", "tam buradan", "buradan itibaren"),
    # "bir diğer giriş 0,5080" (another entry): an entry added after the side's own price (``legs``).
    "another": ("bir diğer", "diğer bir"),
    # "Giriş: herhangi bir fiyat 2,15 - 2,23 arası" (any price): the zone itself, the words dropped.
    "any_price": ("herhangi bir fiyat", "herhangi bir fiyattan", "her fiyattan"),
    "wait_see": ("izlemede kalıyoruz", "kenarda bekliyoruz", "kenarda kalıyoruz", "bekle gör", "şimdilik izliyoruz"),
    "when": (
        "eğer",
        # "on retest of 3,480", "на ретесте 0.6120" (on a retest of): a conditional entry's trigger, as "on break of" is (blind77).
        "retestte", "retestinde", "retest gelirse", "retest edince",
        "kırılırsa", "kırarsa", "kırılımında",
        # "TP1 gelince stop girişe" (when TP1 comes, the stop to entry): a rule for later.
        "gelince", "olunca", "ulaşınca", "değince", "görünce", "vurunca",
        "gelir gelmez", "olur olmaz", "vurur vurmaz",  # "TP1 gelir gelmez" (as soon as TP1 comes)
        # "2,31 üzerinde 4 saatlik kapanış gelirse LONG" (if a 4h close above 2.31 comes, long): the
        # condition's verb ends its clause, after the price.
        "gelirse", "olursa", "yaparsa",
    ),
    "news": ("haber", "haberler", "piyasa haberleri"),
    "promo": (
        "üyelik", "indirim", "katıl", "katılın", "geçen ay", "geçen hafta", "dün", "sonuçlar",
        "haftalık rapor", "aylık rapor", "günlük rapor", "haftalık özet", "aylık özet", "haftanın özeti", "ayın özeti", "rapor", "toplam sinyal",
        "başarı oranı",
        # "VIP grubumuzda bu ay 38 sinyal … Katılmak için DM": an advert for the paid group and its results.
        "vip grubumuz", "vip grubumuzda", "vip grubu", "vip grubuna", "vip kanalımız", "vip kanalı", "katılmak için",
        "katılım için", "başarılı sinyal",
        # "📊 Haftanın sonuçları | #LINK ✅ hedef 3 …" (the week's results): the possessive form heads a recap too.
        "sonuçları", "haftanın sonuçları", "ayın sonuçları",
    ),
    "filler": (
        # "short sadece 13,42 altında" (only below 13,42): a conditional entry's "only", as English "only below".
        "sadece",
        # "4.12 koyuyorum %30" (at 4.12 I place 30%): the verb between a leg's price and its share.
        "koyuyorum", "koyuyoruz",
        "ile", "arası", "civarı",
        # "2,31 civarından alıyoruz" (we buy from around 2.31): the price's neighbourhood, as "civarı".
        "civarından", "civarında", "civarlarından", "civarlarında", "altı", "üstü", "seviyesi", "fiyat", "fiyatı", "ve", "pozisyon", "pozisyonu",
        "altında", "üstünde", "üzerinde",
        "kırılımı", "kırılımında", "kırılırsa", "kırılım", "kırarsa",
        "açtım", "açıyorum", "açıyoruz", "seviyesinden", "seviyeden",  # "short açtım 3.485 seviyesinden"
        # "Fiyat 0,8420 seviyesine gelirse short" (if the price comes to the 0,8420 level): the level's dative
        # between a conditional entry's price and its verb, as "to the … level" in "comes to the 0.8420 level".
        "seviyesine", "seviyeye", "seviyelerine", "bölgesine", "noktasına", "fiyatına",
        # "long girdim 412 den", "ONDO aldım 1.02 den" (I went long / I bought from …): the verb between the
        # side or pair and its price, and the case ending typed apart from the price ("412'den").
        "girdim", "girdik", "aldım", "aldık", "den", "dan", "ten", "tan",
        "altın oran",  # the golden ratio of a Fibonacci level, no gold
        # "4.90 a kadar ekleyebilirsiniz" (you can add up to 4.90): the case ending and "up to" between a price and its label.
        "a kadar", "e kadar", "ya kadar", "ye kadar",
        "de", "da",  # "2,24'ten de ekleme" (from 2.24 too, an add): "too", between a price and its label
        "emri", "emir",  # "SAT emri @ 35,82", "alış emri 1,20" (sell / buy order at): "order", as in English
        # "PEOPLE short açtım abi 0.0412 den" (bro): how a chat addresses its readers, between the side and its price.
        "abi", "abiler", "siz", "sizler", "hocam", "kanka", "kankalar", "kardeşim", "kardeşler", "arkadaşlar", "dostlar", "beyler",
    ),
    "candle": ("kapanış", "kapanışı", "mum", "mum kapanışı"),
    "hours": ("saatlik", "saatlikte", "saatlikten", "saatte", "saat"),
    "daily": ("günlük",),
    "weekly": ("haftalık",),
    # "AL" / "SAT" (buy / sell) are whole words only, so "almak", "satış" and "kâr al" keep their
    # own reading; they count only in a message another Turkish word has shown to be Turkish.
    "buy": ("al", "satın al", "alım yap", "alım için", "almak için"),
    # "7,35-7,48 bölgesi satış için" (the zone for selling): the side a zone is liked for (``zone_sides``).
    "sell": ("sat", "satış yap", "satış", "satış için", "satmak için"),
    "percent": ("yüzde",),
    # "Stop 30 pip", "hedef +50 puan": a distance from a price, never a price (``line_prices``).
    "distance": ("puan",),
    "gold": ("altın", "ons altın", "altın ons"),
    # "ETH zayıf, ona dokunmuyorum": a pair the text declines to trade (``called_pair``).
    # "LINK: 15,40 aşılmadıkça long düşünmüyoruz", "not looking to long": a side refused is no side (``sections.stated_side``).
    "decline": ("bakmayın", "bakmayin", "bakmıyorum", "bakmıyoruz", "boş verin", "boşverin", "dokunmuyorum", "dokunmuyoruz", "dokunmayın", "dokunmam", "girmiyorum", "girmiyoruz", "uzak duruyorum", "uzak duruyoruz", "pas geçiyorum", "pas geçiyoruz", "long düşünmüyoruz", "short düşünmüyoruz", "long düşünmüyorum", "short düşünmüyorum", "long aramıyoruz", "short aramıyoruz", "long açmıyoruz", "short açmıyoruz",
                # "BTC is stuck, forget about it": the pair talked about, set aside.
                "unutun onu", "onu unutun",
                # "BTC ranging, no opportunity, mainly watching LTC": the coin talked about has nothing to trade.
                "fırsat yok", "fırsat görmüyorum", "fırsat görmüyoruz"),
}

# "22 Feb 2026", "22 февраля", "22 Şubat", "22 de febrero": a month's name beside a day makes a date, never a price (``stamps``).
MONTHS = ("Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül", "Ekim", "Kasım", "Aralık")

# "Приклад розрахунку стоп-лоссу", "Example calculation": a worked calculation after a plan, whose numbers are no
# part of it (``examples``).
CALCULATION = ("hesaplama", "hesaplaması", "hesabı", "senaryo", "senaryosu", "gerçek")
# "Scenario A – SELL … / Scenario B – BUY …", "Plan 1 / Plan 2": a noun that, with a letter or number after it at a
# line's start, heads one of a post's alternative plans (``alternatives``).
ALTERNATIVES = ('senaryo', 'plan', 'seçenek', 'opsiyon', 'alternatif')
# "Aggressive: … / Conservative: …": a risk profile heading one of a post's alternative plans (``alternatives``).
PROFILES = ('agresif', 'muhafazakar', 'muhafazakâr', 'temkinli', 'konservatif')

# "short desde 0,01385 hasta 0,01420": an entry zone written from one price to another (``entry_wording``).
RANGE_WORDS = ("{}'ten {}'ye", "{}'den {}'ye", "{}'dan {}'ya", "{}'tan {}'ya", "{} ile {} arası")

# "yani plan hâlâ INJ long 21.40-22.10, stop 20.30 mu?": whether the plan still stands (``questions``).
STILL_VALID = STILL_VALID + ("plan hâlâ", "plan hala", "plan halen", "plan aynı mı", "plan aynı")
# "dünkü BNB sinyaline şimdi girsem geç mi? 612'den long … demiştiniz": whether it is too late to enter an earlier call asks about that call, as "still valid?" does
# (``questions.asks_if_still_valid``); "you had said" names the earlier call whose prices are repeated (blind77).
STILL_VALID = STILL_VALID + ("girsem geç mi", "girmek geç mi", "girmek için geç mi", "geç kaldım mı", "geç mi kaldım", "geç kalmış mıyım", "girmek için çok mu geç")
EARLIER_CALL = EARLIER_CALL + ("demiştiniz", "demiştin", "vermiştiniz", "paylaşmıştınız")
