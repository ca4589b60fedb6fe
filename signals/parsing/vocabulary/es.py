"""Spanish."""

# Most Spanish-speaking countries write "1,15" and "66.800"; Mexico's "0.45" shows its own dot.
DECIMAL_COMMA = True
DOT_THOUSANDS = True

WORDS = {
    "entry": (
        "acumular", "zona de acumulación",
        "entrada", "entradas", "zona de entrada", "precio de entrada", "punto de entrada", "rango de entrada", "zona de compra",
    ),
    "zone": ("zona", "rango"),
    "stop": ("stop loss", "stop", "sl", "parada de pérdidas", "límite de pérdida"),
    "target": ("objetivo", "objetivos", "tomar ganancias", "toma de ganancias", "tp"),
    "leverage": ("apalancamiento",),
    "long": ("largo", "en largo"),
    "short": ("corto", "en corto"),
    "market": ("precio de mercado", "a mercado", "al mercado", "precio actual", "a precio actual"),
    "cancel": ("cancelada", "cancelado", "cancelar", "anulada", "anulado"),
    "close": ("cerrar", "cerramos", "cierren", "cierra", "cerrada", "cerrado"),
    "hit": (
        "alcanzado", "alcanzada", "alcanzados", "alcanzadas", "logrado", "logrados", "logradas", "cumplido", "cumplidos",
        "tocado",
    ),
    "stopped": ("tocó el stop loss", "tocó el stop", "tocó stop", "saltó el stop"),
    "breakeven": ("punto de equilibrio", "equilibrio"),
    "move": ("mover", "movemos", "muevan", "mueve", "subir"),
    "after": ("después de", "después del", "después", "tras"),
    "half": ("la mitad", "mitad"),
    "cross": ("cruzado", "cruzada", "margen cruzado"),
    "isolated": ("aislado", "aislada", "margen aislado"),
    "margin": ("margen",),
    "parts": ("órdenes", "partes", "tramos"),
    "profit": ("ganancia", "ganancias", "beneficio"),
    "trailing": ("stop dinámico", "trailing stop", "stop móvil"),
    "status": ("operación activa", "estado: activa"),
    "pair": ("par", "moneda", "activo", "símbolo"),
    "first": ("primer", "primera", "primero"),
    "second": ("segundo", "segunda"),
    "third": ("tercer", "tercero", "tercera"),
    "hedge": ("tal vez", "quizás", "quizá", "podría", "posiblemente", "probablemente", "vigilando"),
    "not_a_call": ("no es señal", "no es una señal"),
    "when": ("si", "cuando"),
    "filler": (
        # "o" (or) stays a filler: it is also the Portuguese article ("para o ponto de entrada").
        "a", "o", "al", "de", "del", "el", "la", "en", "entre", "y", "cerca", "alrededor", "precio", "por debajo", "por encima",
        "hasta",
        "debajo", "encima",
        "ruptura", "rompimiento", "si rompe", "rompe",
    ),
    "candle": ("cierre", "vela", "cierre de vela"),
    "hours": ("horas", "hora"),
    "daily": ("diario", "diaria"),
    "buy": ("compra", "comprar"),
    "sell": ("vender", "venta"),
}
