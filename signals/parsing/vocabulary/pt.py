"""Portuguese (Brazilian and European)."""

# Brazil and Portugal write "1,15" for a decimal and "66.800" for a thousands group.
DECIMAL_COMMA = True
DOT_THOUSANDS = True

# "tp 0,85 y 0,9", "chốt lời 1,95 rồi 1,82": words that join two prices of one list (``sections``).
JOINS = ("e", "depois")
# "34,75 e deixo o resto correr até 32,9", "o resto em 32,9": the last price of a target list, joined to it.
JOINS = JOINS + ("o resto em", "o resto até", "e o resto em", "e o resto até", "resto até", "deixo o resto correr até", "e deixo o resto correr até", "runner até")

# "entrei", "estou comprado", "alguém entrou": a position already open (``asides.tells_own_trade``).
# "Cancel the old ETH order. New entry: …": words that say a call replaces an earlier one (``replacements``).
REPLACING = ("anterior", "antigo", "antiga", "novo", "nova", "no lugar")

HELD = (
    "entrei", "abri", "comprei", "estou comprado", "estou vendido", "tô comprado", "tô vendido", "minha entrada",
    "minha posição", "ainda segurando", "alguém segurando", "tô segurando", "estou segurando", "alguém entrou",
    "alguem entrou", "quem entrou", "quem está",
    "meu long", "meu short", "estou long", "estou short", "tô long", "tô short", "fecho ou seguro", "seguro ou fecho",
    "o que eu faço", "o que faço",
)

# "Gain: 0,7180", "151 gain 1": English words Brazilian channels use in their own sense. They are read
# only in a message that is already Portuguese, never a sign of it ("to gain 0.00315" is English).
BORROWED = ("gain", "gains", "de gain", "no gain", "em gain", "com gain")

INVITE = ("quem vai", "quem topa", "quem vem", "bora", "prontos", "quem mais entra", "quem mais vai",)
# A position the writer still holds from before (read by ``still_held``): his trade's story, not a new call.
STILL_HELD = ("tô posicionado", "to posicionado", "estou posicionado", "tô posicionada", "estou posicionada", "ainda segurando", "sigo segurando", "continuo segurando", "ainda tô dentro", "ainda estou dentro",)
# A tag closing a notice's question, asking only for a nod (read by ``tag_asks``).
TAG_ASKS = ("beleza", "blz", "ok", "certo", "entendido", "combinado", "tá", "fechou",)
# "tô abrindo short em DOGE agora a mercado … beleza?": the writer opening a trade now, which a closing tag word does not make a question (``opening_now``).
OPENING_NOW = ("tô abrindo", "to abrindo", "tou abrindo", "estou abrindo", "estamos abrindo", "tô entrando", "to entrando", "estou entrando", "estamos entrando", "abro", "abrimos")
HELD = HELD + ("quem pegou", "alguém pegou", "alguem pegou", "tô posicionado", "estou posicionado", "to posicionado",)  # a question to the group about who got in (``still_held``)

# "Lembram do long de SOL …?": a past call recalled (``asides.recalls_call``).
RECALL = ("lembram", "lembra do", "lembra da", "se lembram", "lembrem")

# "Weekly recap 📊 …", "复盘一下昨天那单 …": a title opening the message over past trades' results (``recaps``).
RECAP_TITLES = ("resumo semanal", "resumo da semana", "resumo do mês", "resultados da semana", "balanço semanal", "balanço da semana", "resultados de ontem",)
# A day's wrap or yesterday's trade as a post's title: past results, read only of a post that reports hits
# or ticks (``past_titles``); a recap may still carry a fresh call below.
PAST_TITLES = ("a operação de ontem", "operação de ontem", "operações de ontem", "a call de ontem", "call de ontem", "resumo do dia", "resumo diário",)

# "but ETH nahi, $AAVE", "not ETH, but SOL": a word that refuses the pair right beside it.
NOT_THIS = ("não", "mas não")
# After a stop, a look word before a price names the targets (``looked_targets``).
LOOK_TARGETS = ("olhando", "de olho em", "mirando")
# "BTC está fraco mas SOL long aqui": a contrast that turns from the market talked about to the call (``contrast_call``).
CONTRASTS = ("mas", "porém", "porem", "contudo", "entretanto")

# "vale a pena … ?", "será que …?": a question's opening words (``questions``).
ASK_OPENS = ("vale a pena", "será que", "devo", "alguém sabe", "é seguro", "compensa", "alguém", "alguem")
# "o sinal do DOGE de ontem ainda vale?": whether an earlier call still holds (``questions``).
STILL_VALID = ("ainda vale", "ainda válido", "ainda valido", "ainda válida", "ainda valida", "ainda está valendo", "ainda tá valendo", "ainda ativa", "ainda ativo", "ainda está de pé", "ainda tá de pé")
# "yesterday's DOGE signal (…) still valid?": a question that names an earlier call (``questions``).
EARLIER_CALL = ("de ontem", "ontem", "anterior")
TODAY = ("hoje", "de hoje")
# "DOT masih aman buat long ga ya?": whether a trade is still safe to take asks as "still valid" does (``questions``).
STILL_VALID = STILL_VALID + ("ainda é seguro", "ainda e seguro", "ainda tá seguro", "ainda ta seguro", "ainda dá pra entrar", "ainda da pra entrar")
ASK_MARKS = STILL_VALID + ("faz sentido", "boa ideia", "o que acham", "ou mais baixo", "ou mais alto", "ou abaixo", "ou acima")
ASK_TAILS = ("ou não", "ou nao", "sim ou não", "sim ou nao", "o que acham", "oq acham", "que acham")
WAIT_OR = ("ou espero", "ou esperar", "ou espera", "ou melhor esperar", "ou aguardo", "ou aguardar")  # "long from 142.5 or wait for 135?": a plan offered beside waiting is asked about (``unsure_asks``)
# "o que vocês acham do XRP? pensando em comprar …": asking the group's opinion makes a sentence a question.
ASK_MARKS = ASK_MARKS + ("o que vocês acham", "o que voces acham", "vocês acham", "voces acham", "oq vcs acham", "o que vcs acham")
# "ARB 0.82 pe long lena abhi late hai kya? … koi bata do": a question's closing particle, or a plea that someone
# tell, asks (``questions``).
ASK_MARKS = ASK_MARKS + ("alguém me diz", "alguem me diz", "alguém me fala", "alguem me fala")
DOUBTS = ("não sei", "nao sei", "sei lá", "sei la", "não tenho certeza", "nao tenho certeza", "com medo", "tenho medo", "me dá medo", "me da medo", "me assusta", "me preocupa")  # "anyone think SEI is a steal?? … idk man": doubt after an opening question (``unsure_asks``)
# "thinking of longing SUI with stop 2.85 … but BTC dominance scares me": a trade weighed now, not called, after an
# opening question (``unsure_asks``); fear words ("scares me", "страшно") above are doubts too.
CONSIDERING = ("pensando em comprar", "pensando em entrar", "pensando em vender", "pensando em longar", "pensando em shortar", "pensando em abrir", "to pensando em", "tô pensando em", "estou pensando em", "pensando num long", "pensando num short", "pensando em long", "pensando em short")
# "alguém acha que ainda dá pra entrar em SOL a 142? … pensei em stop 136 e alvo 150": a plan thought of, told after
# an opening question, is weighed too, whatever word follows (``unsure_asks``).
CONSIDERING = CONSIDERING + ("pensei em", "pensei num", "pensei numa", "tava pensando", "tô pensando", "to pensando")

MUSING = ("pensei em comprar", "pensei em vender", "pensei em entrar", "pensei em shortar", "pensei em longar", "pensei em abrir", "pensava em comprar", "pensava em entrar", "tava pensando em comprar", "estava pensando em comprar", "queria comprar mas", "queria entrar mas")
POLL = ("enquete", "votação", "votacao", "votem", "vota aí", "vota ai", "votar")  # "📊 ENQUETE … A) Long … B) Short …": a poll word or a call to vote over options (``polls``)
NOT_YET_HIT = ("ainda não bateu", "ainda nao bateu", "não bateu ainda", "nao bateu ainda", "ainda não atingiu", "ainda nao atingiu", "ainda não foi atingido", "ainda não foi atingida")  # "target 7.80 kemaren belum kena": a hit word said not to have happened yet reports nothing (``pending_hits``)
# "quase batendo o alvo 1" (almost hitting target 1): a target almost reached is not hit yet either (``pending_hits``).
NOT_YET_HIT = NOT_YET_HIT + ("quase batendo", "quase bateu", "quase batemos", "quase atingiu", "quase atingindo",
    "quase alcançou", "quase alcançando", "quase no", "quase na", "prestes a bater", "prestes a atingir")
LATER = ("depois", "depois disso", "em seguida", "mais tarde", "daí", "dai")  # "… Цели … / Дальше стоп в безубыток.": a sentence opened by "then" says its stop move or close for later (``changes_now``)
TURN_DONE = ("já foi", "já subiu", "já voou", "já andou", "já caiu", "já fez", "já")
TURN_NEXT = ("a vez do", "a vez da", "vez do", "vez da", "vez")

# "essa call do NEAR ainda ta valendo?": the accent left off, as chat writes it.
STILL_VALID = STILL_VALID + ("ainda ta valendo", "ainda esta valendo", "ainda ta de pé", "ainda ta de pe")
ASK_MARKS = ASK_MARKS + ("ainda ta valendo", "ainda esta valendo", "ainda ta de pé", "ainda ta de pe")

# "vc ta falando sério em shortar LTC a 98? … eu esperaria": a reply advising to wait doubts the plan (``unsure_asks``).
DOUBTS = DOUBTS + ("eu esperaria", "eu ficaria de fora", "eu não entraria", "eu nao entraria")

# "entrei no SUI em 3,12 … tomara que bata 3,40": a hope for a position already held (``hoped_trades``).
HOPES = ("tomara", "se deus quiser", "torçam por mim", "torcam por mim", "espero que bata")

WORDS = {
    # "plan" after the pair, as English "SOL plan: 148.20 - 151.60" (``line_prices``).
    "plan": ("plano para", "plano"),
    # a verb between a label and its prices, as English "targets sit at" (``label_verbs``).
    # "Stop goes above 0.1688": a verb between a stop label and its side word (``placed_stops``).
    "stop_goes": ("vai", "fica", "ficará", "ficara", "estará", "vai ficar", "vai estar"),
    "lies_at": ("ficam em", "fica em", "estão em", "está em", "se situam em"),
    "trying": ("tentando", "tento", "testando", "arriscando", "arrisco"),  # "DOT long deniyorum 6,85": a verb between the side and its price (``entry_wording``)
    "so_on": ("e assim por diante", "e assim sucessivamente"),  # "after TP2 move SL to TP1, and so on": a stop stepping target by target (``stepped_stops``)
    "of_trade": ("da operação", "na operação", "do trade", "da posição"),  # "تحريك وقف الخسارة لصفقة #LTC" (the stop of the LTC trade): the trade a stop move names (``stop_subject``)
    "restate": ("ou seja", "isto é", "quer dizer"),
    "average": ("média de",),
    "liquidation": ("liquidação", "liquidações"),
    "allocation": ("distribuição", "alocação", "realização escalonada", "realização parcial de lucro", "volume por", "tamanho por", "dividimos os alvos"),
    "capital": ("banca", "saldo"),
    # "long de 0,742, recompra em 0,715", "reforço 0,69": an added leg, which adds to the side's own price (``legs``).
    "dca": (
        # "if they flush it I add at 145,2", "добираю на 145,2": the added leg told in the first person.
        "adiciono mais em", "coloco mais em", "boto mais em", "completo em", "completo a mão em", "aumento a posição em",
        "vou aumentar em", "aumento em", "vou adicionar em", "adiciono em", "recompra", "recompras", "reforço", "reforçar", "reforçamos"),
    "entry": (
        # "Trigger ▸ 24.85": a template's trigger price is where the trade opens (``values_then_label``).
        "preço de gatilho", "preco de gatilho", "gatilho",
        # "bids at: 0.0118 (20%) …", buy orders placed: a ladder's entries.
        "ordens de compra", "ordens de compra em", "ordens em",
        # "Лимитки: 0.585 / 0.572 / 0.560", "Limit orders: …": the limit orders placed are the entries.
        "ordens limite", "ordens limitadas", "limites de venda", "limites de compra", "ordens limite de venda", "ordens limite de compra",
        # "comprar na queda em 61 mil" (buy the dip at): a long's limit order below the market, its price the entry.
        "comprar na queda em", "compra na queda em", "comprar nas quedas em", "comprar na correção em",
        # Copy-trading notices: the lead trader's opening price is the entry.
        "preço de abertura",
        "preço médio", "reentrada", "zona de compras", "entrada limite",
        "acumular", "acumule", "zona de acumulação", "zona de acúmulo", "região de compra",
        "entrada", "entradas", "zona de entrada", "zonas de entrada", "zonas de compra", "pontos de entrada", "preço de entrada", "ponto de entrada", "região de entrada", "zona de compra",
        # "Degraus: 0,0312 / 0,0298 / 0,0285" (the steps): a ladder's entries under their own label.
        "degraus", "degraus de entrada", "entrada em degraus", "compra em degraus", "entrada escalonada",
        # "short 🩸 entra 1,342" (enter at): the verb before its price, as English "enter 1.342". Not "entramos",
        # which is also "we entered", a report.
        "entra", "entrar",
    ),
    # "стоп тянем за ценой по тейкам", "SL follows target by target": a stop moved up one target at a time (``hints``).
    "stepwise": ("alvo a alvo", "de alvo em alvo", "de tp em tp"),
    # "Entrada: na faixa de 24,10 a 24,85": the zone with its "in", which would stand between label and prices.
    "zone": ("zona", "região", "faixa", "na faixa de", "na faixa", "dentro da faixa de", "na região de", "na zona de", "na zona"),
    "stop": (
        # "Invalidation: 11.75", "inv 138.9": the price that voids the idea is the stop (blind65).
        "invalidação", "invalidacao",
        # "a ideia invalida com fechamento acima de 41,05", "setup inválido abaixo de 2,10": the price that voids the idea.
        "a ideia invalida", "ideia invalida com", "setup inválido", "setup invalido", "ideia inválida",
        "stop loss", "stop", "sl",
        "stop-loss", "parar perdas",
        # "Parada de Perda: 141,60" (the stop of loss), "Perda máxima 2,21": the spelled-out stop, as Spanish writes it.
        "parada de perda", "parada de perdas", "stop de perda", "stop de perdas", "perda máxima", "limite de perda",
    ),
    "target": (
        "alvo", "alvos", "objetivo", "objetivos", "take profit", "tp",
        "stop gain", "parciais", "alvos parciais", "objectivo", "objectivos", "obj", "obj.",
        "realizar lucro", "realizar lucros", "realização", "realização de lucro", "realização de lucros",
        "realizo lucro", "realizamos lucro", "realizem lucro",
        # "Venda parcial: 1,70 / 1,85" (partial sell): the share a spot buy sells at each price, its targets.
        "venda parcial", "vendas parciais", "venda escalonada", "vendas escalonadas",
        # "Gain: 0,7180 / 0,6950", "151 gain 1": Brazilian channels label a target "gain"; "+38% de gain",
        # "15 no gain" are profit talk instead (the "profit" rows below, longer, win).
        "gain", "gains",
    ),
    "leverage": (
        "alavancagem", "alavanca",
        "alavancado",
        "alav", "alav.", "alavanc", "alavanc.",  # "alav 10": the abbreviation
    ),
    "long": ("potencial de alta", "alta potencial", 
        "long",
        "comprado", "comprada", "posição comprada", "posição long",
        # "Bitcoin na compra agora", "Posição longa em SOL": on the buy side.
        "na compra", "posição longa",
        # "Entrada Longa: 2,45–2,50", "Entrada Curta: em torno de $2.45–$2.50": the side's entry, its prices after it.
        "entrada longa",
        # "vou de short na OP aqui, 1,842" (I'm going short on OP here): the side with the verb that takes it.
        "vou de long", "vamos de long",
    ),
    # "long de curto prazo" (a short-term long): a horizon, dropped with "mid term" before sides are read; its "short" is no side.
    "horizon": ("de curto prazo", "curto prazo", "de longo prazo", "longo prazo", "de médio prazo", "médio prazo"),
    # "os vendidos": a market move or the crowd's positions, no side of this call: it becomes the side-less "squeeze".
    "squeeze": ("os vendidos", "os comprados", "posições vendidas liquidadas", "posições compradas liquidadas", "pressão de venda", "pressão vendedora", "pressão de compra", "pressão compradora", "volume de venda", "volume de compra"),
    # "o XRP precisa fechar acima de 2,24": what a coin needs, so the close after it is a candle's (``conditions``).
    "need": ("precisa", "precisaria", "tem que", "tem de", "teria que"),
    "short": (
        "short",
        "vendido", "vendida", "posição vendida", "posição short",
        "na venda", "posição curta", "entrada curta",
        "vou de short", "vamos de short",
    ),
    # "mercado ou 602,5": the market offers a written price as the alternative (``text.clean``).
    "market_or": ("mercado ou", "a mercado ou", "preço atual ou", "preço actual ou", "agora ou"),
    "market": (
        "a mercado", "preço de mercado", "preço atual", "no mercado",
        "preço actual",  # the European spelling
        "agora", "entrada imediata", "preço de mercado atual", "ordem a mercado", "ordem de mercado",
    ),
    "cancel": (
        "cancelado", "cancelada", "cancelar", "anulado",
        "cancelamos",
        # "Cancelem a ordem de #HIGH": the plural imperative, said to the readers.
        "cancelem", "anulem",
    ),
    "close": (
        # "cut it here, -1R", "режем позицию": cutting a trade is closing it now (blind65).
        "cortamos a posição", "cortando a posição", "cortamos a operação", "cortando a operação",
        "fechar", "fechamos", "fechem", "feche", "encerrar", "encerrado", "fechado",
        # "Amankan 50% posisi", "paying myself on half": banking a share of a running trade (securing, pocketing) is closing it.
        "garantam o lucro", "garantam lucro", "garantimos o lucro", "embolsem", "embolsamos", "botem no bolso",
        # "OPERAÇÃO ENCERRADA" (the trade closed): a report of a closed trade, feminine as "operação" is.
        "encerrada", "fechada",
        "encerramos", "fechando", "fechamos a posição",
        # "Realizar 50% no alvo 1" (realise 50% at target 1): a share closed, the plan's rule at that target.
        "realizar", "realize", "realizem",
        # "Realizamos 50% / 30% / 20%": the same share verb said by the caller, one share per target (``counted_shares``).
        "realizamos", "realiza", "realizando",
    ),
    # "fecha metade do XRP aqui": the spoken imperative "fecha" with its share; bare it is Spanish "date" (``CANONICAL``).
    "close_half": ("fecha metade", "fecha a metade", "fecha meia posição", "fecha mais metade"),
    "close_all": ("fecha tudo", "fecha a posição", "fecha toda a posição", "fecha a operação", "fecha o trade", "fecha o restante", "fecha o resto"),
    "close_part": ("fecha parcial", "fecha uma parte", "fecha parte", "fecha um pouco"),
    "hit": (
        "atingiu", "alcançou", "batemos",
        # "Esse sinal levou 1 hora(s) para atingir o alvo6" (took an hour to reach target 6); "ao atingir",
        # "quando atingir" stay conditions (``when``).
        "atingir", "alcançar",
        # "assim que tocar o primeiro, stop no preço de entrada" (once it touches the first): a condition's verb.
        "tocar o", "tocar a",
        "atingido", "atingida", "atingidos", "atingidas", "alcançado", "alcançados", "alcançada", "alcançadas", "batido",
        "batida", "batidos", "batidas", "bateu",
        # "primeiro take pego" (first take taken): a target taken is hit, as Russian "тейк взят" (w4u).
        "pego", "pegos", "tomado", "tomados",
    ),
    "stopped": ("saímos no stop", "saímos pelo stop", "stopado", "stopada", "stopou", "bateu no stop", "acionou o stop"),
    # "entrada executada em 1,71" (entry filled at 1.71): a report on a trade already open.
    "filled": ("executada", "executado", "ativada", "ativado", "acionada", "acionado", "preenchida", "preenchido",
               "executadas", "executados", "ativadas", "acionadas", "preenchidas", "preenchidos",
               "completada", "completadas", "concluída", "concluídas"),
    # "coloca stop gain no preço de entrada": a stop moved into profit, placed at the entry, is a break-even stop.
    # "stop gain em 36,20" (a stop moved into profit at 36.20), "coloca stop gain no preço de entrada" (put the
    # profit stop at the entry): a stop moved now, never a target. The verb with it, so its row wins over "breakeven".
    "profit_stop": ("stop gain em", "stop gain para", "stop gain pra", "stop gain a", "coloca stop gain", "coloque stop gain",
                    "coloquem stop gain", "colocar stop gain", "coloca o stop gain", "coloque o stop gain", "move o stop gain"),
    "breakeven": ("ponto de equilíbrio", "zero a zero", "stop gain no preço de entrada", "stop gain na entrada",
                  "stop gain no ponto de entrada", "stop gain no zero a zero", "stop no zero a zero",
                  # "joga o stop no 0 a 0" (break-even in digits), said as the move only: "o resto tá rodando com stop
                  # no 0 a 0" tells a holder's state; and never a bare "0 a 0", which "150 a 0,8" holds.
                  *(f"{verb} {stop} {to} {level}" for verb in ("joga", "jogar", "jogue", "joguem", "coloca", "coloque", "põe", "ponha",
                                                               "passa", "passe", "sobe", "suba", "leva", "leve", "move", "mova")
                    for stop in ("o stop", "stop", "o sl", "sl") for to in ("no", "pro", "para o", "pra")
                    for level in ("0 a 0", "0x0", "0 x 0", "zero a zero")),
                  # "o stop vai pro 0 a 0" (the stop goes to break-even): the stop said first stays its own word, so
                  # "SL breakeven" reads as the move (w4u).
                  *(f"{verb} {to} {level}" for verb in ("vai", "foi", "vai ser movido", "é movido", "foi movido", "passa", "sobe")
                    for to in ("no", "pro", "para o", "pra") for level in ("0 a 0", "0x0", "0 x 0", "zero a zero"))),
    "move": ("baixamos", 
        "mover", "movam", "mova", "subir", "subam",
        # "stop movido para 0,7420" (stop moved to): a move reported done, which a copier makes too.
        "movido", "movida", "movemos",
        "puxem", "puxamos", "puxar",  # "puxem o stop para 142,80" (pull the stop to)
        # "suba seu stop para 0.08464" (raise your stop to): the imperative said to one follower.
        "suba",
        # "quem tá no ETH sobe o stop pro preço de entrada": "raise" said as the spoken imperative.
        "sobe", "levanta", "levantem",
        "movemos", "subimos",
        # "desçam o stop pra 100.900", "baixem o stop" (lower the stop): the imperative, never "desce"/"baixa" (the price falls).
        "desçam", "desça", "baixem", "baixe", "abaixem", "abaixe",
        # "coloca o stop no preço de entrada" (put the stop at the entry price): the stop placed anew is moved;
        # "coloca a ordem em 0,1650" (place the order at) is an entry, so only the masculine "o" (o stop, o SL).
        "coloca o", "coloque o", "coloquem o", "colocar o",
        # "o stop é movido para a entrada", "que o stop seja movido": the passive and jussive moods (w4u).
        "é movido", "foi movido", "seja movido", "sejam movidos", "deve ser movido", "devem ser movidos", "foram movidos",
        "tem que mover", "precisa mover",
    ),
    # "A partir do TP2, trailing de 2%": a rule from a target on starts once it is hit (``hints``).
    "after": ("após", "depois de", "depois do", "depois da"),
    "starting_from": ("desde o", "a partir do", "a partir da"),
    "half": ("metade da posição", "metade",),
    "whole": ("tudo", "toda a posição", "a posição toda", "totalmente", "por completo"),
    "quarter": ("um quarto", "outro quarto", "último quarto", "ultimo quarto"),
    # "50% di area atas, 50% di area bawah": the upper and lower part of an entry zone, each with its share (``zone_shares``).
    "upper_part": ("parte de cima", "parte superior", "topo da zona"),
    "lower_part": ("parte de baixo", "parte inferior", "fundo da zona"),
    "half_each": ("em duas partes iguais", "em 2 partes iguais", "meio a meio", "metade cada", "metade em cada"),
    "cross": ("cruzada", "cruzado"),
    "isolated": ("isolada", "isolado"),
    "cross_margin": ("margem cruzada", "margem cruzado"),
    "isolated_margin": ("margem isolada", "margem isolado"),
    "margin": ("margem", "modo:"),
    "order_type": ("tipo de ordem",),
    "parts": ("ordens", "partes", "parcelas", "parcela", "vezes"),
    "profit": ("lucro", "ganho", "lucros", "ganhos", "de gain", "no gain", "em gain", "com gain"),
    # "ведём стоп за ценой с отступом 1,5%" (we lead the stop behind the price): a trailing stop in words (blind56).
    # An order to switch a trailing stop on: the verb, whose condition starts the trail (``hints``).
    "trail_on": ("liga o trailing stop", "liga o trailing", "ligar o trailing stop", "ligamos o trailing stop", "liguem o trailing stop", "ligue o trailing stop", "liga o stop móvel", "ativem o trailing stop", "ative o trailing stop", "ativar o trailing stop", "ativamos o trailing stop", "use trailing stop", "usem trailing stop", "usar trailing stop", "use o trailing stop", "usem o trailing stop",
                 # "depois do primeiro alvo vou usar stop móvel" (after the first target I'll use a trailing stop): "use" switches it on.
                 "usar stop móvel", "usar o stop móvel", "use stop móvel", "use o stop móvel", "usem stop móvel", "usem o stop móvel", "usarei stop móvel", "usarei o stop móvel", "usarei trailing stop"),
    "trailing": ("trailamos o stop", "trailar o stop", "vamos trailar o stop", "ativar trailing stop", "ativamos o trailing stop", "ativar o trailing stop", "ative o trailing stop", "stop móvel", "trailing stop", "take profit móvel", "take profit dinâmico", "seguimos o preço com o stop", "levamos o stop atrás do preço", "o stop segue o preço"),
    "rules": ("regras", "regra"),
    # "SL follows the previous target": a trailing stop one target behind (``hints``).
    "previous": ("anterior", "prévio"),
    # "From then on the stop follows the previous target": a rule carried on from the sentence before (``rule_labels``).
    "carry_on": ("a partir daí", "daí em diante", "a partir de então", "dali em diante"),
    # "SL 5.52 and targets already placed": orders set for a trade already open, a report (``updates``).
    "placed": ("já colocado", "já colocados", "já colocadas", "já posicionado", "já posicionados"),
    "status": ("trailing stop ativado", "trailing stop ajustado", "operação ativa", "status: ativa", "segue ativa", "segue aberta", "ainda ativa", "ainda aberta", "continua ativa",
               # "#NEAR long segue ativo" (the long, masculine, is still running).
               "segue ativo", "segue aberto", "ainda ativo", "ainda aberto", "continua ativo", "continua aberto",
               # A copy bot's notice that it opened the position for the reader: a running trade, no call.
               "posição aberta para você", "aberta para você", "aberta na sua conta", "não entre manualmente", "não precisa entrar manualmente", "não é necessário entrar manualmente",
               "segue rodando", "segue em andamento"),
    "pair": ("par", "moeda", "ativo", "símbolo"),
    "first": ("primeiramente", "primeiro lugar", "primeiro", "primeira"),
    "each": ("cada",),
    "respectively": ("respectivamente", "respetivamente", "sucessivamente", "em ordem"),  # and "in turn": prices in the order written ("targets in turn 1 / 2", ``targets_in_turn``)
    # "trail the stop 1.5% below the high", "стоп на 1,5% ниже максимума": the price extreme a trailing stop follows (``hints``).
    "peak": ("a máxima", "da máxima", "o topo", "do topo", "a mínima", "da mínima", "o fundo", "do fundo"),
    # "take 50% at TP1, rest at TP2": what is left of the position after a share (``hints``).
    "rest": ("o resto", "resto", "o restante", "o que sobrar", "o que resta", "a metade restante"),
    "runner": ("o runner", "um runner", "pro runner", "para o runner"),
    "no_leverage": ("sem alavancagem", "não usar alavancagem", "sem alavanca"),
    "wrong": ("errei", "estou errado", "estarei errado", "me enganei", "estou enganado"),
    "second": ("segundo", "segunda"),
    "third": ("terceiro", "terceira"),
    "or": ("ou",),
    "ask": (
        "alguém sabe", "alguem sabe", "o que acham", "estou pensando", "tô pensando", "to pensando", "penso em",
        "vale a pena", "será que", "devo",
        "se você comprar", "se voce comprar", "se você entrar", "se você vender",
        "se você compra", "se voce compra", "se você vende", "se você entra",
    ),
    "hedge": ("talvez", "poderia", "pode ser", "possivelmente", "provavelmente", "de olho"),
    # "No new trades today": the author opens nothing, whatever levels the analysis around it names.
    "not_a_call": ("não é sinal", "não é um sinal", "não é call", "não é uma call", "só um exemplo", "apenas um exemplo", "não entrar ainda", "não entre ainda", "ainda não entrar", "hoje não há operação", "hoje não tem operação", "sem operações hoje", "sem operação hoje", "hoje não operamos", "hoje sem sinal", "hoje não tem sinal", "nenhuma operação nova hoje"),
    "lesson": ("como interpretar", "como ler um sinal", "cenário de trade", "cenário hipotético", "hipotético", "hipoteticamente", "exemplo prático", "guia de trading", "guia", "diretrizes", "teria planejado", "poderia ter planejado", "suponha", "digamos que", "imagine que", "aula", "aula de", "o que é", "por exemplo", "exemplo", "a título de exemplo", "lição", "educação", "educativo", "iniciantes", "novatos"),
    # "🆕 NOVO SINAL" after updates on other coins: a header opening a new call (``desk_posts``).
    "new_call": ("novo sinal", "nova operação", "novo trade", "sinal do dia", "sinal de hoje", "operação do dia", "oportunidade do dia", "oportunidade de hoje"),
    # "outra entrada em 0,5080 se cair" (another entry at 0.5080): an entry added after the side's own price (``legs``).
    "another": ("outra", "outro"),
    # "Entrada: qualquer preço entre 2,150 e 2,230" (any price between): the zone itself, the words a filler.
    "any_price": ("qualquer preço", "qualquer preco", "qualquer valor", "a qualquer preço"),
    # "Por enquanto ficamos de fora" (we stay out for now): the writer opens nothing for now (``talk``).
    "wait_see": ("esperar para ver", "ficamos de fora", "ficar de fora", "ficar só observando", "modo espera"),
    "when": (
        # "Entrada: assim que romper 5,40" (as soon as it breaks): a conditional entry's trigger, as "se romper" is.
        "assim que romper", "quando romper", "logo que romper",
        "assim que rompa", "quando rompa", "assim que quebrar", "quando quebrar", "assim que passar de", "assim que passar", "assim que perder", "quando perder", "assim que superar",
        # "only if X": a conditional entry's "only", as English "entry only if breaks X" reads (blind69).
        "só se", "somente se", "apenas se", "só quando", "somente quando",
        # "on retest of 3,480", "на ретесте 0.6120" (on a retest of): a conditional entry's trigger, as "on break of" is (blind77).
        "no reteste de", "no reteste do", "no reteste da", "no reteste", "reteste de", "reteste",
        "se", "quando",
        "caso", "se romper", "se perder", "se quebrar", "se rompermos", "se perdermos", "se superar", "rompendo",
        # "Ao atingir o TP1, mover o stop" (on reaching TP1, move the stop): a rule for later.
        "ao tocar", "ao atingir", "ao bater", "ao chegar", "quando bater", "quando atingir", "quando tocar", "assim que", "logo que",
        # "qdo bater o primeiro alvo coloca o stop no zero a zero": chat shorthand for "quando", a rule for later.
        "qdo", "qndo", "qnd", "qdo bater", "qndo bater", "qnd bater", "qdo atingir", "qnd atingir",
    ),
    # "de 5 a 10x", "mover o stop a zero a zero": "to".
    "to": ("a", "até"),  # "(dá para reforçar até 2,19)": up to
    "at": ("em", "desde"),
    "news": ("notícia", "notícias", "noticia", "noticias", "notícias do mercado"),
    "promo": (
        "assinatura", "desconto", "junte-se", "entre no vip", "mês passado", "semana passada", "ontem",
        "resultados", "resumo semanal", "resumo mensal", "resumo do mês", "resumo da semana", "balanço do mês", "relatório semanal", "relatório", "balanço semanal",
        "balanço da semana", "taxa de acerto", "desempenho do mês", "desempenho mensal",
        # "Resumo de novembro | 23 sinais · 17 vencedoras … Melhor operação: …": a month's results.
        "resumo de", "vencedoras", "perdedoras", "melhor operação", "pior operação", "melhor trade", "pior trade",
    ),
    "filler": (
        # "short só abaixo de 13,42" (only below): a conditional entry's "only", as English "only below".
        "só abaixo de", "só acima de", "somente abaixo de", "somente acima de", "apenas abaixo de", "apenas acima de",
        # "4,12 coloco 30%" (at 4,12 I place 30%): the verb between a leg's price and its share.
        "coloco", "ponho",
        # "SL coloca abaixo de 136" (put it under 136): the same verb between a stop's label and its price.
        "coloca", "coloque", "coloquem", "colocamos", "põe", "ponha", "ponham", "bota", "botem",
        "a", "o", "de", "do", "da", "em", "no", "na", "nos", "nas", "para", "entre", "e", "perto", "preço", "até", "abaixo",
        "acima", "à vista", "a vista",
        "em torno de", "em torno", "por volta de",  # "Entrada Curta: em torno de $2.45" (around)
        "rompimento", "ruptura", "se romper", "rompendo", "abaixo de", "acima de", "a partir de",
        # "mover stop pro preço de entrada", "pra 0,52": Brazil's spoken "para o", "para".
        "pro", "pra", "pros", "pras",
        # "entrada 0,00001245 ate 0,00001270": chats type "até" (up to) without its accent.
        "ate",
        # "vou de short na OP aqui, 1,842": "here" between the pair and its price, as English "here" is filler.
        "aqui",
        # "compro SOL daqui mesmo 148,6", "bem aqui" (right from here, right here): "here" said twice over. Not bare
        # "daqui": "daqui a pouco" is "in a while".
        # "Entrei em ARB agora há pouco" (a little while ago): a time past, never "now" the market entry.
        "agora há pouco", "agora ha pouco", "agora a pouco", "agorinha há pouco", "há pouco", "ha pouco",
        "aqui mesmo", "bem aqui", "daqui mesmo", "bem daqui", "a partir daqui",
        # "o primeiro alvo é 3.340 e o segundo será 3.480": the copula between a label and its price.
        "é", "será",
        # "short mano 0,0412", "long galera 142": how a chat addresses its readers, between the side and its price.
        "mano", "galera", "pessoal", "bro",
    ),
    # "fechamento do candle de hora acima de 68.400", "vela horária" (an hourly close, candle): a stop's condition.
    "candle": ("fechamento", "fecho", "vela", "fechamento de vela", "fecho de vela", "vela horária", "vela horaria",
               "candle de hora", "candle de 1 hora", "fechamento horário", "fechamento horario"),
    "hours": ("horas", "hora"),
    "daily": ("diário", "diária"),
    "weekly": ("semanal",),
    "buy": (
        "compra", "comprar",
        "compramos", "comprem",
        # "comprei SOL a 142 … vendo em 150" (I bought … I sell at): the author's own buy, and its targets.
        "comprei", "compro",
        # "tô comprando acima de 0,1875" (I'm buying above): the gerund, as English "buying".
        "comprando",
    ),
    "sell": (
        "venda", "vender", "vendas",
        "vendemos", "vendam", "vendo",
        "vendendo",
    ),
    "percent": ("por cento", "porcento"),
    # "SL 30 pontos", "alvo +50 pontos": a distance from a price, never a price (``line_prices``).
    "distance": ("pontos",),
    "gold": ("ouro",),
    # "ETH está fraco, não vou entrar nele": a pair the text declines to trade (``called_pair``).
    # "LINK: 15,40 aşılmadıkça long düşünmüyoruz", "not looking to long": a side refused is no side (``sections.stated_side``).
    "decline": ("não vou", "não toco", "não tocaria", "não vou tocar", "não vou entrar", "não operamos", "não opero", "fico de fora", "ficamos de fora", "evitamos", "não pensamos em long", "não pensamos em short", "não buscamos long", "não buscamos short", "não consideramos long", "não consideramos short",
                # "BTC is stuck, forget about it": the pair talked about, set aside.
                "deixa pra lá", "esquece ele", "esquece esse",
                # "BTC ranging, no opportunity, mainly watching LTC": the coin talked about has nothing to trade.
                "sem oportunidade", "não há oportunidade", "nada para operar"),
}

# "22 Feb 2026", "22 февраля", "22 Şubat", "22 de febrero": a month's name beside a day makes a date, never a price (``stamps``).
MONTHS = ("de janeiro", "de fevereiro", "de março", "de abril", "de maio", "de junho", "de julho", "de agosto", "de setembro",
          "de outubro", "de novembro", "de dezembro", "janeiro", "fevereiro", "março", "junho", "julho", "setembro", "outubro",
          "novembro", "dezembro")

# "Приклад розрахунку стоп-лоссу", "Example calculation": a worked calculation after a plan, whose numbers are no
# part of it (``examples``).
CALCULATION = ("cálculo", "calculo", "cálculos", "cenário", "cenario", "real")
# "Scenario A – SELL … / Scenario B – BUY …", "Plan 1 / Plan 2": a noun that, with a letter or number after it at a
# line's start, heads one of a post's alternative plans (``alternatives``).
ALTERNATIVES = ('cenário', 'cenario', 'plano', 'opção', 'opcao', 'alternativa', 'variante')
# "Aggressive: … / Conservative: …": a risk profile heading one of a post's alternative plans (``alternatives``).
PROFILES = ('agressivo', 'conservador', 'moderado', 'prudente')

# "short desde 0,01385 hasta 0,01420": an entry zone written from one price to another (``entry_wording``).
RANGE_WORDS = ("de {} até {}", "desde {} até {}", "entre {} e {}", "{} até {}", "{} ate {}")

# "então o plano ainda é long INJ 21,40-22,10 com stop 20,30?": whether the plan still stands (``questions``).
STILL_VALID = STILL_VALID + ("o plano ainda", "plano continua", "o plano segue", "plano ainda é")
# "é tarde pra entrar no sinal de ontem? vocês disseram long 612": whether it is too late to enter an earlier call asks about that call, as "still valid?" does
# (``questions.asks_if_still_valid``); "you had said" names the earlier call whose prices are repeated (blind77).
STILL_VALID = STILL_VALID + ("é tarde pra entrar", "é tarde para entrar", "e tarde pra entrar", "tarde demais", "cheguei tarde", "já é tarde")
EARLIER_CALL = EARLIER_CALL + ("vocês disseram", "você disse")
