"""Turkish. Matching folds dotted and dotless i, so "GİRİŞ", "giriş" and "giris" all match."""

# Turkish writes "1,15" for a decimal and "66.800" for a thousands group.
DECIMAL_COMMA = True
DOT_THOUSANDS = True

# "tp 0,85 y 0,9", "chốt lời 1,95 rồi 1,82": words that join two prices of one list (``sections``).
JOINS = ("ve", "sonra")

WORDS = {
    "entry": (
        "ek alım", "kademeli alım", "ekleme", "alım seviyesi",
        "giriş", "giriş bölgesi", "giriş fiyatı", "giriş aralığı", "giriş seviyesi", "alım bölgesi", "alım fiyatı",
        "alış", "alım", "giriş noktası",
        # "SAT bölgesi 64.500 - 65.000" is where a short is opened, not the "sell zone" of targets.
        "al bölgesi", "sat bölgesi",
        "alım bölgeleri", "giriş bölgeleri", "alış bölgesi", "alış bölgeleri", "alış fiyatı",
    ),
    "zone": ("bölge", "bölgesi", "aralık", "aralığı", "bölgeleri"),
    "stop": (
        "zarar durdur", "zarar kes", "stop", "stopu", "stop loss", "zarar durdurma", "sl", "stop kaybı",
        "stop-loss", "zararı durdur", "stop seviyesi",
    ),
    "target": (
        "kâr hedefleri", "kar al seviyeleri", "tp seviyeleri",
        "hedef", "hedefler", "hedefleri", "hedefi", "hedeften", "hedefinden", "hedefe", "kâr al", "kar al", "tp", "kâr hedefi",
        "kar hedefleri", "satış hedefleri", "satış hedefi",
    ),
    "leverage": (
        "kaldıraç", "kaldıracı",
        "kaldıraçlı", "kaldırac",
    ),
    "long": ("long", "uzun", "alış yönlü", "yükseliş"),
    "short": ("short", "kısa", "satış yönlü", "düşüş"),
    "market": (
        "piyasa fiyatından", "piyasa fiyatı", "piyasadan", "anlık fiyat", "güncel fiyat", "market fiyatından",
        "şimdi", "hemen",
    ),
    "cancel": ("iptal", "iptal edildi", "iptal ediyoruz", "geçersiz"),
    "close": (
        "kapat", "kapatın", "kapatıyoruz", "kapattık", "kapatıldı", "çıkış yapın",
        "kapatıyorum",
    ),
    "hit": ("ulaşıldı", "ulaştı", "geldi", "vurdu", "vuruldu", "gerçekleşti", "alındı", "tamamlandı", "yakalandı"),
    "stopped": ("stop oldu", "stop olduk"),
    "breakeven": ("başabaş", "giriş seviyesine", "girişe", "maliyete", "giriş fiyatına"),
    "move": ("çekiyoruz", "çekin", "taşıyın", "taşıyoruz", "çek", "taşı"),
    "after": ("sonra", "sonrası", "den sonra", "dan sonra"),
    "half": ("yarısını", "yarısı", "yarım"),
    "cross": ("çapraz",),
    "isolated": ("izole", "izolasyon"),
    "margin": ("marjin",),
    "parts": ("parça", "parçada", "kademe", "kademede"),
    "profit": ("kâr", "kar", "kazanç"),
    "trailing": ("iz süren stop", "takip eden stop"),
    "status": ("işlem aktif", "durum: aktif"),
    "pair": ("coin", "parite", "sembol", "varlık"),
    "first": ("ilk", "birinci"),
    "second": ("ikinci",),
    "third": ("üçüncü",),
    "or": ("veya",),
    "ask": ("bilen var mı", "bilen var mi", "sizce", "ne düşünüyorsunuz", "düşünüyorum", "girmeyi düşünüyorum", "diyelim ki", "alırsan", "alırsanız"),
    "hedge": ("belki", "olabilir", "muhtemelen", "izliyorum", "takipteyim"),
    "not_a_call": ("sinyal değil",),
    "lesson": ("nedir", "örneğin", "örnek", "ders", "eğitim", "yeni başlayanlar", "yeni başlayanlara", "acemiler"),
    # "10 kat kaldıraç" ("10 times leverage"): the "x" of a leverage.
    "times": ("kat", "katı"),
    "when": (
        "eğer",
        "kırılırsa", "kırarsa", "kırılımında",
    ),
    "promo": (
        "üyelik", "indirim", "katıl", "katılın", "geçen ay", "geçen hafta", "dün", "sonuçlar",
    ),
    "filler": (
        "ile", "arası", "civarı", "altı", "üstü", "seviyesi", "fiyat", "fiyatı", "ve", "pozisyon", "pozisyonu",
        "altında", "üstünde", "üzerinde",
        "kırılımı", "kırılımında", "kırılırsa", "kırılım", "kırarsa",
        "açtım", "açıyorum", "açıyoruz", "seviyesinden", "seviyeden",  # "short açtım 3.485 seviyesinden"
    ),
    "candle": ("kapanış", "kapanışı", "mum", "mum kapanışı"),
    "hours": ("saatlik", "saatlikte", "saatlikten", "saatte", "saat"),
    "daily": ("günlük",),
    # "AL" / "SAT" (buy / sell) are whole words only, so "almak", "satış" and "kâr al" keep their
    # own reading; they count only in a message another Turkish word has shown to be Turkish.
    "buy": ("al", "satın al", "alım yap"),
    "sell": ("sat", "satış yap"),
    "percent": ("yüzde",),
}
