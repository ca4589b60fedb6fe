"""Prices and quantities print as written: never 6.6E+4 for a stop at 66,000."""
from decimal import Decimal

from django.template import engines


def render(source: str, **context) -> str:
    return engines["django"].from_string(source).render(context)


def test_a_round_price_prints_without_an_exponent():
    # Decimal("66000.00000000").normalize() is 6.6E+4: what the positions row used to show.
    assert render("SL {{ stop|plain }}", stop=Decimal("66000.00000000")) == "SL 66000"


def test_a_price_keeps_its_significant_decimals_and_drops_trailing_zeros():
    assert render("{{ p|plain }} {{ q|plain }}", p=Decimal("0.00012300"), q=Decimal("1.50000000")) == "0.000123 1.5"


def test_a_missing_price_falls_back_to_the_default():
    assert render('{{ stop|plain|default:"–" }}', stop=None) == "–"
