"""Spanish."""

# Most Spanish-speaking countries write "1,15" and "66.800"; Mexico's "0.45" shows its own dot.
DECIMAL_COMMA = True
DOT_THOUSANDS = True

# "tp 0,85 y 0,9", "chốt lời 1,95 rồi 1,82": words that join two prices of one list (``sections``).
JOINS = ("y", "luego", "después")
# "34,75 y dejo correr el resto hasta 32,9", "el resto a 32,9": the last price of a target list, joined to it.
JOINS = JOINS + ("el resto a", "el resto hasta", "y el resto a", "y el resto hasta", "dejo correr el resto hasta", "y dejo correr el resto hasta", "runner a", "runner hasta")

# "entré", "estoy dentro", "alguien sigue": a position already open (``asides.tells_own_trade``).
# "Cancel the old ETH order. New entry: …": words that say a call replaces an earlier one (``replacements``).
REPLACING = ("anterior", "viejo", "vieja", "nuevo", "nueva", "en su lugar")

HELD = (
    "entré", "abrí", "compré", "estoy dentro", "estoy comprado", "estoy corto", "estoy largo", "mi entrada", "mi posición",
    "sigo dentro", "sigo aguantando", "alguien aguantando", "alguien entró", "alguien sigue", "quién entró",
    "quién sigue",
    "mi long", "mi short", "mi largo", "mi corto", "cierro o aguanto", "aguanto o cierro", "qué hago",
)

INVITE = ("quién se une", "quién se apunta", "quién entra", "listos", "vamos", "alguien más se une", "alguien más entra", "quién más entra",)
# A position the writer still holds from before (read by ``still_held``): his trade's story, not a new call.
STILL_HELD = ("sigo dentro", "sigo aguantando", "todavía aguanto", "aún aguanto", "estoy posicionado", "estoy posicionada", "sigo posicionado", "sigo con mi",)
# A tag closing a notice's question, asking only for a nod (read by ``tag_asks``).
TAG_ASKS = ("vale", "ok", "entendido", "de acuerdo", "claro",)
TAG_ASKS = TAG_ASKS + ("sí", "si", "okey", "okay", "verdad", "listo", "va", "estamos", "entendidos")  # "…, TP 150, ¿sí?" (``tag_asks``)
# "tô abrindo short em DOGE agora a mercado … beleza?": the writer opening a trade now, which a closing tag word does not make a question (``opening_now``).
OPENING_NOW = ("estoy abriendo", "estamos abriendo", "me estoy metiendo", "nos estamos metiendo", "estoy entrando", "estamos entrando", "abro", "abrimos")
HELD = HELD + ("quién agarró", "quien agarro", "alguien agarró", "quién pilló", "alguien pilló", "estoy posicionado",)  # a question to the group about who got in (``still_held``)

# "¿Recuerdan el long de ADA …?": a past call recalled (``asides.recalls_call``).
RECALL = ("recuerdan", "recuerdas", "se acuerdan", "te acuerdas", "acuérdense")

# "Weekly recap 📊 …", "复盘一下昨天那单 …": a title opening the message over past trades' results (``recaps``).
RECAP_TITLES = ("resumen semanal", "resumen de la semana", "resumen del mes", "resultados de la semana", "resultados semanales", "balance semanal", "balance de la semana", "resultados de ayer",)
# A day's wrap or yesterday's trade as a post's title: past results, read only of a post that reports hits
# or ticks (``past_titles``); a recap may still carry a fresh call below.
PAST_TITLES = ("la operación de ayer", "operación de ayer", "operaciones de ayer", "resumen del día", "resumen diario",)

# "but ETH nahi, $AAVE", "not ETH, but SOL": a word that refuses the pair right beside it.
NOT_THIS = ("no", "pero no")
# After a stop, a look word before a price names the targets (``looked_targets``).
LOOK_TARGETS = ("mirando", "miramos", "apuntando a")
# "el BTC pinta flojo pero yo me meto en corto en MOVE": a contrast that turns from the market talked about to the call (``contrast_call``).
CONTRASTS = ("pero", "sin embargo")

# "¿… conviene?": a question opens with "¿" or these words (``questions``).
ASK_OPENS = ("conviene", "vale la pena", "debería", "alguien sabe", "alguien")
# "¿la señal de SOL de ayer sigue válida?": whether an earlier call still holds (``questions``).
STILL_VALID = ("sigue válido", "sigue valido", "sigue válida", "sigue valida", "sigue vigente", "todavía vale", "aún vale", "sigue activa", "sigue activo", "sigue en pie", "todavía es válida", "todavía es válido")
# "yesterday's DOGE signal (…) still valid?": a question that names an earlier call (``questions``).
EARLIER_CALL = ("de ayer", "ayer", "anterior")
TODAY = ("hoy", "de hoy")
# "DOT masih aman buat long ga ya?": whether a trade is still safe to take asks as "still valid" does (``questions``).
STILL_VALID = STILL_VALID + ("todavía es seguro", "todavia es seguro", "sigue siendo seguro", "aún es seguro", "aun es seguro", "todavía da para entrar")
ASK_MARKS = STILL_VALID + ("tiene sentido", "buena idea", "qué opinan", "que opinan", "o más abajo", "o más bajo", "o más arriba", "o más alto")
ASK_TAILS = ("o no", "sí o no", "si o no", "qué opinan", "que opinan", "qué piensan", "que piensan", "qué dicen", "que dicen")
WAIT_OR = ("o espero", "o esperamos", "o espero a", "o mejor espero", "o mejor esperar", "o esperar")  # "long from 142.5 or wait for 135?": a plan offered beside waiting is asked about (``unsure_asks``)
# "o que vocês acham do XRP? pensando em comprar …": asking the group's opinion makes a sentence a question.
ASK_MARKS = ASK_MARKS + ("qué piensan", "que piensan", "qué opinan de", "ustedes qué opinan")
# "ARB 0.82 pe long lena abhi late hai kya? … koi bata do": a question's closing particle, or a plea that someone
# tell, asks (``questions``).
ASK_MARKS = ASK_MARKS + ("alguien me dice", "alguien me diga")
DOUBTS = ("no sé", "no estoy seguro", "no estoy segura", "ni idea", "me da miedo", "tengo miedo", "me asusta", "me preocupa", "da cosa")  # "anyone think SEI is a steal?? … idk man": doubt after an opening question (``unsure_asks``)
# "thinking of longing SUI with stop 2.85 … but BTC dominance scares me": a trade weighed now, not called, after an
# opening question (``unsure_asks``); fear words ("scares me", "страшно") above are doubts too.
CONSIDERING = ("pensando en comprar", "pensando en entrar", "pensando en vender", "pensando en ir largo", "pensando en ir corto", "pensando en abrir", "estoy pensando en", "me planteo entrar", "me planteo comprar", "pensando en un long", "pensando en un short", "pensando en long", "pensando en short")
# "alguém acha que ainda dá pra entrar em SOL a 142? … pensei em stop 136 e alvo 150": a plan thought of, told after
# an opening question, is weighed too, whatever word follows (``unsure_asks``).
CONSIDERING = CONSIDERING + ("pensé en", "pense en", "pensaba en", "estaba pensando")

MUSING = ("pensé en comprar", "pense en comprar", "pensé en entrar", "pensé en vender", "pensaba comprar", "pensaba entrar", "pensaba vender", "estaba pensando en comprar", "estaba pensando en entrar", "quería comprar pero", "queria comprar pero", "quería entrar pero")
POLL = ("encuesta", "votación", "votacion", "voten", "votad", "vota")  # "📊 ENQUETE … A) Long … B) Short …": a poll word or a call to vote over options (``polls``)
NOT_YET_HIT = ("todavía no tocó", "todavia no toco", "aún no tocó", "aun no toco", "no ha tocado aún", "aún no se alcanzó", "todavía no se alcanzó", "todavía no llegó", "aún no llegó")  # "target 7.80 kemaren belum kena": a hit word said not to have happened yet reports nothing (``pending_hits``)
# "casi toca el TP1" (it almost touches TP1): a target almost reached is not hit yet either (``pending_hits``).
NOT_YET_HIT = NOT_YET_HIT + ("casi toca", "casi tocó", "casi toco", "casi llega", "casi llegó", "casi alcanza",
    "casi alcanzó", "a punto de tocar", "a punto de llegar", "a punto de alcanzar")
LATER = ("luego", "después", "despues", "más adelante", "mas adelante", "después de eso")  # "… Цели … / Дальше стоп в безубыток.": a sentence opened by "then" says its stop move or close for later (``changes_now``)
TURN_DONE = ("ya se fue", "ya subió", "ya voló", "ya hizo", "ya")
TURN_NEXT = ("le toca", "el turno de", "turno", "toca")

# "¿en serio vas a shortear LTC en 98? … yo esperaría": a reply advising to wait doubts the plan (``unsure_asks``).
DOUBTS = DOUBTS + ("yo esperaría", "yo esperaria", "yo no entraría", "yo no entraria")

# "entré en SUI en 3,12 … ojalá toque 3,40": a hope for a position already held (``hoped_trades``).
HOPES = ("ojalá", "ojala", "crucen los dedos", "deséenme suerte", "deseenme suerte")

WORDS = {
    # "plan" after the pair, as English "SOL plan: 148.20 - 151.60" (``line_prices``).
    "plan": ("plan para", "plan de trade"),
    # a verb between a label and its prices, as English "targets sit at" (``label_verbs``).
    # "Stop goes above 0.1688": a verb between a stop label and its side word (``placed_stops``).
    "stop_goes": ("va", "irá", "ira", "queda", "quedará", "estará", "lo ponemos", "va a estar"),
    "lies_at": ("están en", "está en", "se sitúan en", "se ubican en", "quedan en"),
    "trying": ("probando", "pruebo", "intento", "intentando", "me animo"),  # "DOT long deniyorum 6,85": a verb between the side and its price (``entry_wording``)
    "so_on": ("y así sucesivamente", "y asi sucesivamente"),  # "after TP2 move SL to TP1, and so on": a stop stepping target by target (``stepped_stops``)
    "of_trade": ("de la operación", "en la operación", "del trade", "de la posición"),  # "تحريك وقف الخسارة لصفقة #LTC" (the stop of the LTC trade): the trade a stop move names (``stop_subject``)
    "restate": ("o sea", "es decir"),
    "average": ("promedio de", "precio promedio de"),
    "liquidation": ("liquidación", "liquidaciones"),
    "allocation": ("distribución", "reparto", "asignación", "toma de ganancias escalonada", "toma parcial de ganancias", "volumen por", "volumen para", "tamaño por", "dividimos los objetivos"),
    "capital": ("saldo",),
    # "largo desde 0,7420, recompra en 0,7150", "recarga 0,69": an added leg, which adds to the side's own price (``legs``).
    "dca": (
        # "if they flush it I add at 145,2", "добираю на 145,2": the added leg told in the first person.
        "agrego en", "agregaré en", "agregamos en", "sumo en", "cargo más en", "cargo mas en", "si lo barren añado en",
        "añado en", "añadiré en", "añadimos en", "recompra", "recompras", "recarga", "recargas", "promediar", "promediamos"),
    "entry": (
        # "Trigger ▸ 24.85": a template's trigger price is where the trade opens (``values_then_label``).
        "precio de activación", "precio de activacion", "disparador",
        # "bids at: 0.0118 (20%) …", buy orders placed: a ladder's entries.
        "órdenes de compra", "órdenes de compra en", "órdenes en",
        # "Лимитки: 0.585 / 0.572 / 0.560", "Limit orders: …": the limit orders placed are the entries.
        "órdenes límite", "ordenes limite", "órdenes limitadas", "ordenes limitadas", "límites de venta", "limites de venta", "límites de compra", "limites de compra",
        # "comprar en las caídas a 61k" (buy the dips at): a long's limit order below the market, its price the entry.
        "comprar en las caídas a", "comprar las caídas a", "comprar la caída en", "compra en caídas a", "comprar en el retroceso a",
        # Copy-trading notices: the lead trader's opening price is the entry.
        "precio de apertura",
        "precio medio", "reentrada", "entrada límite",
        "acumular", "zona de acumulación", "entrada escalonada", "zona de compras", "acumulamos",
        "entrada", "entradas", "zona de entrada", "zonas de entrada", "zonas de compra", "puntos de entrada", "precio de entrada", "punto de entrada", "rango de entrada", "zona de compra",
        # "Escalones: 0,0312 / 0,0298 / 0,0285" (the steps): a ladder's entries under their own label.
        "escalones", "escalones de entrada", "entrada por escalones", "compra por escalones", "compra en escalones",
        # "short entra 1,342" (enter at): the verb before its price, as English "enter 1.342".
        "entra", "entrar",
    ),
    # "стоп тянем за ценой по тейкам", "SL follows target by target": a stop moved up one target at a time (``hints``).
    "stepwise": ("objetivo a objetivo", "de objetivo en objetivo", "de tp en tp"),
    # "Entrada: en el rango de 24,10 a 24,85": the zone with its "in", which would stand between label and prices.
    "zone": ("zona", "rango", "en el rango de", "en el rango", "dentro del rango de", "dentro del rango", "en la zona de", "en la zona"),
    "stop": (
        # "Invalidation: 11.75", "inv 138.9": the price that voids the idea is the stop (blind65).
        "invalidación", "invalidacion",
        # "La idea se invalida con cierre sobre 41,05", "setup inválido bajo 2,10": the price that voids the idea.
        "la idea se invalida", "idea invalidada con", "setup inválido", "setup invalido", "idea inválida", "idea invalida",
        "stop loss", "stop", "sl", "parada de pérdidas", "límite de pérdida",
        "stop de pérdidas", "stop-loss", "pérdida máxima",
    ),
    "target": (
        "objetivo", "objetivos", "tomar ganancias", "toma de ganancias", "tp",
        # "tomo ganancia en 3.320 y 3.250": singular, plural and the verb's forms label the targets.
        "tomar ganancia", "toma de ganancia", "tomo ganancia", "tomo ganancias", "toma ganancia", "toma ganancias",
        "tomamos ganancias", "tomamos ganancia", "tomen ganancias", "tomen ganancia",
        "salida", "salidas", "punto de salida", "objetivos de salida", "metas",
        "toma de beneficios", "tomar beneficios", "tomamos beneficios", "tomo beneficios", "recoger beneficios", "recogemos beneficios", "recojo beneficios", "beneficios en", "take profit", "objetivos de venta", "objetivo de venta",
        "ventas parciales", "venta parcial", "tomo ganancias", "tomamos ganancias",
        # "ventas escalonadas en 22,40, 24,10 y 26,90" (staggered sells): a spot buy's targets, as in Portuguese.
        "ventas escalonadas", "venta escalonada",
        # "Tomas de ganancia: 24,8 / 26,3", "toma de utilidades", "obj 0.02791": plurals, the Latin American word, the short form.
        "tomas de ganancia", "tomas de ganancias", "tomas de beneficios", "toma de utilidades", "tomas de utilidades",
        "toma de utilidad", "obj", "obj.", "objs",
    ),
    "leverage": (
        "apalancamiento",
        "palanca", "apalancado",
        "apal", "apal.", "apalanc", "apalanc.",  # "apal 10": the abbreviation
    ),
    "long": ("subida potencial", "potencial de subida", 
        "largo", "en largo",
        "posición larga", "en long",
        "entrada larga",  # "Entrada larga: 2,45–2,50": the side's entry, its prices after it
    ),
    # "long a corto plazo" (a short-term long): a horizon, dropped with "mid term" before sides are read; its "short" is no side.
    "horizon": ("a corto plazo", "corto plazo", "a largo plazo", "largo plazo", "a medio plazo", "medio plazo", "mediano plazo"),
    # "los cortos": a market move or the crowd's positions, no side of this call: it becomes the side-less "squeeze".
    "squeeze": ("los cortos", "los largos", "liquidación en corto", "liquidaciones en corto", "liquidación en largo", "liquidaciones en largo", "posiciones cortas liquidadas", "posiciones largas liquidadas", "presión de venta", "presión vendedora", "presión de compra", "presión compradora", "volumen de venta", "volumen de compra"),
    # "XRP necesita cerrar por encima de $2.24": what a coin needs, so the close after it is a candle's (``conditions``).
    "need": ("necesita", "necesitaría", "tiene que", "tendría que"),
    "short": (
        "corto", "en corto",
        "posición corta", "en short", "entrada corta",
    ),
    # "a mercado o 585": the market offers a written price as the alternative (``text.clean``).
    "market_or": ("a mercado o", "al mercado o", "a precio actual o", "precio actual o", "ahora o"),
    "market": (
        "precio de mercado", "a mercado", "al mercado", "precio actual", "a precio actual",
        "ahora", "ya mismo", "orden de mercado", "orden a mercado",
    ),
    "cancel": (
        "cancelada", "cancelado", "cancelar", "anulada", "anulado",
        "cancelamos", "anulamos",
        # "Cancelen la orden de #HIGH": the plural imperative, said to the readers, Spain's "cancelad" too.
        "cancelen", "cancelad", "anulen",
    ),
    # "Cerrad la mitad del corto" (close half the short, said to the readers): Spain's plural imperative too.
    "close": (
        # "cut it here, -1R", "режем позицию": cutting a trade is closing it now (blind65).
        "cortamos la posición", "cortamos la operación", "cortando la posición", "cortando la operación","cerrar", "cerramos", "cierren", "cierra", "cerrada", "cerrado", "cerrad", "cerrando",
        # "Amankan 50% posisi", "paying myself on half": banking a share of a running trade (securing, pocketing) is closing it.
        "aseguren ganancias", "asegurad ganancias", "aseguramos ganancias", "embolsen", "embolsad", "embolsamos",
              # "Realizamos 50% / 30% / 20%": profit taken in shares, one per target (``counted_shares``).
              "realizamos", "realizamos ganancias"),
    "hit": (
        "tocó", "conseguido", "alcanzó",
        "alcanzado", "alcanzada", "alcanzados", "alcanzadas", "logrado", "logrados", "logradas", "cumplido", "cumplidos",
        "tocado",
        # "primer take tomado" (first take taken): a target taken is hit, as Russian "тейк взят" (w4u).
        "tomado", "tomada", "tomados", "tomadas",
        # "en cuanto toque el primero, stop a precio de entrada" (as soon as it touches the first): the subjunctive of a
        # condition; bare "toca" is a turn ("le toca a ETH", TURN_NEXT), so only with its article.
        "toque", "toque el", "toque la",
    ),
    "stopped": (
        "salimos por stop", "salimos en stop", "tocó el stop loss", "tocó el stop", "tocó stop", "saltó el stop", "se activó el stop", "se ejecutó el stop",
    ),
    # "entrada ejecutada en 1,71" (entry filled at 1.71): a report on a trade already open.
    "filled": (
        "ejecutada", "ejecutado", "se ejecutó", "activada", "activado", "se activó", "ejecutadas", "ejecutados",
        "activadas", "llenadas", "completada", "completadas", "completado", "completados",
    ),
    # "stop en ganancias en 36,20" (the stop into profit at): a stop moved now, never a target.
    "profit_stop": ("stop en ganancias en", "stop en ganancia en", "stop en beneficios en", "stop en beneficio en", "stop en profit en"),
    "breakeven": ("punto de equilibrio", "equilibrio"),
    "move": ("bajamos", 
        "mover", "movemos", "muevan", "mueve", "subir",
        # "stop movido a 0,7420" (stop moved to): a move reported done, which a copier makes too.
        "movido", "movida", "movimos", "trasladado", "trasladamos",
        "arrastren", "arrastramos",  # "arrastren el stop a 142,80" (drag the stop to)
        "subimos",
        # "bajen el stop a 3.290" (lower the stop): the imperative, never "baja" (the price falls).
        "bajen", "baje", "bajemos",
        "sube", "suban", "levanten",  # "suban el stop a entrada" (raise the stop to)
        # "el stop se mueve a entrada", "que se mueva el stop": the impersonal and jussive moods (w4u).
        "se mueve", "se mueven", "se mueva", "se muevan", "se sube", "se suben", "se suba", "se pasa", "se pasan",
        "se traslada", "se trasladan", "se lleva", "se llevan", "muévanlo", "muevanlo", "mueva", "es movido", "fue movido",
        "debe moverse", "hay que mover", "pasamos",
    ),
    # "A partir del TP2, trailing 2%": a rule from a target on starts once it is hit (``hints``); not
    # "a partir de", which also sets an entry ("Entrada a partir de 142").
    "after": ("después de", "después del", "después", "tras"),
    "starting_from": ("desde el", "a partir del",),
    "half": ("la mitad de la posición", "la mitad", "mitad"),
    "whole": ("todo", "toda la posición", "por completo", "totalmente"),
    "quarter": ("un cuarto", "otro cuarto", "último cuarto", "ultimo cuarto"),
    # "50% di area atas, 50% di area bawah": the upper and lower part of an entry zone, each with its share (``zone_shares``).
    "upper_part": ("parte alta", "parte superior", "zona alta"),
    "lower_part": ("parte baja", "parte inferior", "zona baja"),
    "half_each": ("en dos partes iguales", "en 2 partes iguales", "mitad y mitad", "mitad cada una", "mitad cada uno", "mitad en cada"),
    "cross": ("cruzado", "cruzada"),
    "isolated": ("aislado", "aislada"),
    "cross_margin": ("margen cruzado", "margen cruzada"),
    "isolated_margin": ("margen aislado", "margen aislada"),
    "margin": ("margen", "modo:"),
    "order_type": ("tipo de orden",),
    "parts": ("órdenes", "partes", "tramos", "tramo", "veces"),
    "profit": ("ganancia", "ganancias", "beneficio"),
    # "ведём стоп за ценой с отступом 1,5%" (we lead the stop behind the price): a trailing stop in words (blind56).
    # An order to switch a trailing stop on: the verb, whose condition starts the trail (``hints``).
    "trail_on": ("enciende el trailing stop", "encendemos el trailing stop", "encended el trailing stop", "activa el trailing stop", "prende el trailing stop", "activad el trailing stop", "activen el trailing stop", "activar el trailing stop", "activamos el trailing stop", "usar trailing stop", "usen trailing stop", "usa trailing stop", "usen el trailing stop",
                 # "después del TP1 voy a usar stop dinámico": "use" switches the trail on in any of its names.
                 "usar stop dinámico", "usar el stop dinámico", "usar stop móvil", "usar el stop móvil", "usaré trailing stop", "usaré stop dinámico", "usaré stop móvil"),
    "trailing": ("trailamos el stop", "trailear el stop", "vamos a trailear el stop", "activar trailing stop", "activamos trailing stop", "activar el trailing stop", "activamos el trailing stop", "stop dinámico", "trailing stop", "stop móvil", "take profit dinámico", "take profit móvil", "seguimos el precio con el stop", "llevamos el stop detrás del precio", "el stop sigue al precio"),
    "rules": ("reglas", "regla"),
    # "SL follows the previous target": a trailing stop one target behind (``hints``).
    "previous": ("anterior", "previo"),
    # "From then on the stop follows the previous target": a rule carried on from the sentence before (``rule_labels``).
    "carry_on": ("a partir de ahí", "de ahí en adelante", "a partir de entonces", "desde entonces"),
    # "SL 5.52 and targets already placed": orders set for a trade already open, a report (``updates``).
    "placed": ("ya colocado", "ya colocados", "ya colocadas", "ya puesto", "ya puestos"),
    "status": ("trailing stop activado", "trailing stop ajustado", "operación activa", "estado: activa", "sigue activa", "sigue abierta", "todavía activa", "aún activa",
               # A copy bot's notice that it opened the position for the reader: a running trade, no call.
               "posición abierta para ti", "abierta para ti", "abierta para usted", "abierta en tu cuenta", "no entres manualmente", "no vuelvas a entrar manualmente", "no es necesario entrar manualmente", "no hace falta entrar manualmente",
               "sigue activo", "sigue abierto", "todavía activo", "aún activo", "sigue en curso"),
    "pair": ("par", "moneda", "activo", "símbolo"),
    "first": ("primeramente", "en primer lugar", "primer", "primera", "primero"),
    "each": ("cada",),
    "respectively": ("respectivamente", "sucesivamente", "en orden"),  # and "in turn": prices in the order written ("targets in turn 1 / 2", ``targets_in_turn``)
    # "trail the stop 1.5% below the high", "стоп на 1,5% ниже максимума": the price extreme a trailing stop follows (``hints``).
    "peak": ("el máximo", "del máximo", "los máximos", "el pico", "del pico", "el mínimo", "del mínimo"),
    # "take 50% at TP1, rest at TP2": what is left of the position after a share (``hints``).
    "rest": ("el resto", "resto", "lo restante", "lo que queda", "la mitad restante"),
    "runner": ("el runner", "un runner", "para el runner"),
    "no_leverage": ("sin apalancamiento", "no usar apalancamiento", "sin palanca"),
    "wrong": ("me equivoqué", "me equivoque", "me equivoco", "estoy equivocado", "me equivocaría", "me equivocaria"),
    "second": ("segundo", "segunda"),
    "third": ("tercer", "tercero", "tercera"),
    # "والـ١٠٪ الباقية عند الرابع" (the remaining 10% at the fourth): a target by its place (``ordinal_shares``).
    "fourth": ("cuarto", "cuarta"),
    "hedge": ("tal vez", "quizás", "quizá", "podría", "posiblemente", "probablemente", "vigilando"),
    "ask": (
        "alguien sabe", "alguno sabe", "saben si", "qué opinan", "que opinan", "qué piensan", "pienso", "estoy pensando",
        "me pregunto", "vale la pena", "debería",
        "si compras", "si vendes", "si entras", "si pones",
    ),
    # "No new trades today": the author opens nothing, whatever levels the analysis around it names.
    "not_a_call": ("no es señal", "no es una señal", "no es call", "no es un call", "no es una llamada", "solo un ejemplo", "sólo un ejemplo", "no entrar todavía", "no entres todavía", "no entrar aún", "hoy no hay operación", "hoy no hay operaciones", "hoy no hay señal", "hoy no hay señales", "sin operaciones hoy", "hoy no operamos", "hoy no abrimos nada", "no hay operaciones nuevas hoy"),
    "lesson": ("cómo interpretar", "como interpretar", "cómo leer una señal", "como leer una señal", "escenario de trading", "escenario hipotético", "hipotético", "hipotéticamente", "ejemplo práctico", "guía de trading", "guía", "pautas", "habría planeado", "podría haber planeado", "supongamos", "digamos que", "imagina que", "clase de", "qué es", "que es el", "que es la", "por ejemplo", "ejemplo", "a modo de ejemplo", "pongamos que", "lección", "educación", "educativo", "principiantes", "novatos"),
    # "NUEVA OPERACIÓN 👇" after updates on other coins: a header opening a new call (``desk_posts``).
    "new_call": ("nueva operación", "nueva señal", "nuevo trade", "señal del día", "señal de hoy", "operación del día", "oportunidad del día", "oportunidad de hoy"),
    # "otra entrada en 0,5080 si baja" (another entry at 0.5080): an entry added after the side's own price (``legs``).
    "another": ("otra", "otro"),
    # "Entrada: cualquier precio entre 2,15 y 2,23" (any price between): the zone itself, the words a filler.
    "any_price": ("cualquier precio", "a cualquier precio"),
    # "Hoy toca esperar y ver" (wait and see): the writer opens nothing for now (``talk``).
    "wait_see": ("esperar y ver", "modo espera", "nos quedamos fuera", "mejor quedarse fuera", "quedarse fuera"),
    "when": (
        # "Entrada: en cuanto rompa 5,40" (as soon as it breaks): a conditional entry's trigger, as "si rompe" is.
        "en cuanto rompa", "cuando rompa", "apenas rompa", "tan pronto como rompa", "en cuanto supere", "cuando supere",
        "en cuanto pierda", "cuando pierda",
        # "only if X": a conditional entry's "only", as English "entry only if breaks X" reads (blind69).
        "solo si", "sólo si", "solo cuando", "sólo cuando",
        # "on retest of 3,480", "на ретесте 0.6120" (on a retest of): a conditional entry's trigger, as "on break of" is (blind77).
        "en retest de", "en el retest de", "en retest", "en el retest", "retest de", "en retesteo de", "en el retesteo de", "retesteo de", "retesteo",
        "si", "cuando",
        "si rompe", "si pierde", "si supera", "si perfora", "al romper", "en ruptura de", "si cae de",
        # "Al tocar TP1 mover el SL a entrada" (on touching TP1, move the SL to entry): a rule for later.
        "al tocar", "al llegar a", "al llegar al", "al alcanzar", "cuando toque", "cuando llegue a", "en cuanto", "apenas", "tan pronto como",
    ),
    # "de 5 a 10x", "subir el stop a 2,42": "to"; before "at", which it is not.
    "to": ("a", "hasta"),  # "(se puede promediar hasta 2,19)": up to
    # "WIF corto desde 2,84" (short from 2.84): "from" ties the entry to its side as "at" does.
    "at": ("en", "desde"),
    "news": ("noticia", "noticias", "noticias del mercado"),
    "promo": (
        "membresía", "suscripción", "descuento", "únete", "el mes pasado", "la semana pasada", "ayer",
        "resultados", "resumen semanal", "resumen mensual", "resumen del mes", "resumen de la semana",
        "balance del mes", "balance semanal", "informe semanal", "reporte semanal",
        "informe mensual", "reporte mensual", "informe de rendimiento", "rendimiento del mes",
        # "Resumen de noviembre | 23 señales · 17 ganadoras … Mejor operación: …": a month's results.
        "resumen de", "ganadoras", "perdedoras", "mejor operación", "peor operación", "mejor trade", "peor trade",
    ),
    "filler": (
        # "short solo por debajo de 13,42" (only below): a conditional entry's "only", as English "only below".
        "solo por debajo de", "solo por encima de", "sólo por debajo de", "sólo por encima de", "solo debajo de", "solo encima de",
        # "4,12 pongo 30%" (at 4,12 I place 30%): the verb between a leg's price and its share.
        "pongo", "coloco",
        # "SL ponlo debajo de 136" (put it under 136): the same verb between a stop's label and its price.
        "pon", "ponlo", "ponemos", "pongan", "poned", "coloca", "colócalo", "colocalo", "colocamos", "coloquen",
        "a la baja", "al alza", "hacia abajo", "hacia arriba", "por arriba", "arriba", "abajo",
        # "o" (or) stays a filler: it is also the Portuguese article ("para o ponto de entrada").
        "a", "o", "al", "de", "del", "el", "la", "en", "entre", "y", "cerca", "alrededor", "precio", "por debajo", "por encima",
        "en torno a", "alrededor de",  # "Entrada corta: en torno a 2,45" (around)
        "hasta",
        "debajo", "encima", "bajo", "a partir de",
        "ruptura", "rompimiento", "si rompe", "rompe",
        # "voy corto en OP aquí, 1,842": "here" between the pair and its price, as English "here" is filler.
        # "short en SOL acá 142,5": the Río de la Plata's "here".
        "aquí", "acá", "aca",
        # "compro SOL justo aquí 148,6", "desde aquí mismo" (right here, from right here): "here" said twice over.
        "justo aquí", "justo acá", "aquí mismo", "acá mismo", "desde aquí", "desde acá", "desde aquí mismo", "desde acá mismo",
        # "el primer objetivo es 3.340 y el segundo será 3.480": the copula between a label and its price.
        "es", "será", "sera",
        # "short hermano 0,0412", "long amigos 142": how a chat addresses its readers, between the side and its price.
        "hermano", "hermanos", "amigos", "chicos", "bro",
    ),
    # "cierre horario por encima de 68.400", "vela horaria" (an hourly close, candle): a stop's condition.
    "candle": ("cierre", "vela", "cierre de vela", "cierre horario", "vela horaria", "vela de una hora", "cierre de la vela horaria"),
    "hours": ("horas", "hora"),
    "daily": ("diario", "diaria"),
    "weekly": ("semanal",),
    # "Compras escalonadas: 34,2 / 33,4" (staggered buys): a buy side whose prices are a ladder.
    "buy": (
        "compras escalonadas", "compra escalonada", "compra", "comprar",
        "compramos", "compren",
        # "compré ADA en spot a 0,4385 … vendo en 0,462" (I bought … I sell at): the author's own buy, and its targets.
        "compré", "compro",
        # "estoy comprando por encima de 0,52" (I'm buying above): the gerund, as English "buying".
        "comprando",
    ),
    "sell": (
        # "Ventas: 0,60 / 0,66" after the buy: where the spot trade sells, its targets (``signal``).
        "vender", "venta", "ventas",
        "vendemos", "vendan", "vendo",
    ),
    "percent": ("por ciento",),
    # "SL 30 puntos", "TP +50 pipos": a distance from a price, never a price (``line_prices``).
    "distance": ("puntos", "pipos"),
    "gold": ("oro",),
    # "ETH está débil, no lo tocaría": a pair the text declines to trade (``called_pair``).
    # "LINK: 15,40 aşılmadıkça long düşünmüyoruz", "not looking to long": a side refused is no side (``sections.stated_side``).
    "decline": ("no tocaría", "no lo tocaría", "no la tocaría", "no lo toco", "no la toco", "no los toco", "no las toco", "no toco", "no lo tocamos", "no tocamos", "no opero", "no operamos", "mejor evitarlo", "lo evitamos", "no buscamos largos", "no buscamos cortos", "no pensamos en largo", "no pensamos en corto", "no consideramos largos", "no consideramos cortos",
                # "BTC is stuck, forget about it": the pair talked about, set aside.
                "olvídalo", "olvídate de él", "déjalo de lado",
                # "BTC ranging, no opportunity, mainly watching LTC": the coin talked about has nothing to trade.
                "no hay oportunidad", "no hay oportunidades", "sin oportunidad", "nada que operar"),
}

# "22 Feb 2026", "22 февраля", "22 Şubat", "22 de febrero": a month's name beside a day makes a date, never a price (``stamps``).
MONTHS = ("de enero", "de febrero", "de marzo", "de abril", "de mayo", "de junio", "de julio", "de agosto", "de septiembre",
          "de setiembre", "de octubre", "de noviembre", "de diciembre", "enero", "febrero", "marzo", "abril", "junio", "julio",
          "agosto", "septiembre", "octubre", "noviembre", "diciembre")

# "Приклад розрахунку стоп-лоссу", "Example calculation": a worked calculation after a plan, whose numbers are no
# part of it (``examples``).
CALCULATION = ("cálculo", "calculo", "cálculos", "escenario", "real")
# "Scenario A – SELL … / Scenario B – BUY …", "Plan 1 / Plan 2": a noun that, with a letter or number after it at a
# line's start, heads one of a post's alternative plans (``alternatives``).
ALTERNATIVES = ('escenario', 'plan', 'opción', 'opcion', 'alternativa', 'variante')
# "Aggressive: … / Conservative: …": a risk profile heading one of a post's alternative plans (``alternatives``).
PROFILES = ('agresivo', 'conservador', 'moderado', 'prudente')

# "short desde 0,01385 hasta 0,01420": an entry zone written from one price to another (``entry_wording``).
RANGE_WORDS = ("desde {} hasta {}", "desde {} a {}", "entre {} y {}", "{} hasta {}")

# "¿entonces el plan sigue siendo long INJ 21,40-22,10 con stop 20,30?": whether the plan still stands (``questions``).
STILL_VALID = STILL_VALID + ("el plan sigue", "plan sigue siendo", "sigue el plan", "el plan todavía es", "el plan aún es")
# "¿es tarde para entrar en la señal de ayer? dijiste long 612": whether it is too late to enter an earlier call asks about that call, as "still valid?" does
# (``questions.asks_if_still_valid``); "you had said" names the earlier call whose prices are repeated (blind77).
STILL_VALID = STILL_VALID + ("es tarde para entrar", "muy tarde para entrar", "demasiado tarde para entrar", "llego tarde", "ya es tarde")
EARLIER_CALL = EARLIER_CALL + ("dijiste", "dijeron")
