"""Portuguese (Brazilian and European)."""

# Brazil and Portugal write "1,15" for a decimal and "66.800" for a thousands group.
DECIMAL_COMMA = True
DOT_THOUSANDS = True

WORDS = {
    "entry": (
        "acumular", "acumule", "zona de acumulação",
        "entrada", "entradas", "zona de entrada", "preço de entrada", "ponto de entrada", "região de entrada", "zona de compra",
    ),
    "zone": ("zona", "região", "faixa"),
    "stop": ("stop loss", "stop", "sl", "stop gain"),
    "target": ("alvo", "alvos", "objetivo", "objetivos", "take profit", "tp"),
    "leverage": ("alavancagem", "alavanca"),
    "long": ("long",),
    "short": ("short",),
    "market": ("a mercado", "preço de mercado", "preço atual", "no mercado"),
    "cancel": ("cancelado", "cancelada", "cancelar", "anulado"),
    "close": ("fechar", "fechamos", "fechem", "feche", "encerrar", "encerrado", "fechado"),
    "hit": (
        "atingido", "atingida", "atingidos", "atingidas", "alcançado", "alcançados", "alcançada", "alcançadas", "batido",
        "batida", "batidos", "batidas", "bateu",
    ),
    "stopped": ("stopado", "stopada", "stopou", "bateu no stop"),
    "breakeven": ("ponto de equilíbrio", "zero a zero"),
    "move": ("mover", "movam", "mova", "subir", "subam"),
    "after": ("após", "depois de", "depois do", "depois da"),
    "half": ("metade",),
    "cross": ("cruzada", "cruzado", "margem cruzada"),
    "isolated": ("isolada", "isolado", "margem isolada"),
    "margin": ("margem",),
    "parts": ("ordens", "partes", "parcelas"),
    "profit": ("lucro", "ganho"),
    "trailing": ("stop móvel", "trailing stop"),
    "status": ("operação ativa", "status: ativa"),
    "pair": ("par", "moeda", "ativo", "símbolo"),
    "first": ("primeiro", "primeira"),
    "second": ("segundo", "segunda"),
    "third": ("terceiro", "terceira"),
    "or": ("ou",),
    "hedge": ("talvez", "poderia", "pode ser", "possivelmente", "provavelmente", "de olho"),
    "not_a_call": ("não é sinal", "não é um sinal", "não é call"),
    "when": ("se", "quando"),
    "filler": (
        "a", "o", "de", "do", "da", "em", "no", "na", "para", "entre", "e", "perto", "preço", "até", "abaixo",
        "acima",
        "rompimento", "ruptura", "se romper", "rompendo",
    ),
    "candle": ("fechamento", "vela", "fechamento de vela"),
    "hours": ("horas", "hora"),
    "daily": ("diário", "diária"),
    "buy": ("compra", "comprar"),
    "sell": ("venda", "vender"),
}
