"""How rounds and teams are named when a person gives no name: 十三届市委第三轮巡察, 市委第二巡察组."""

from __future__ import annotations

CN = "〇一二三四五六七八九"


def cn_number(n: int) -> str:
    """13 -> 十三, 20 -> 二十, 105 -> 105 (official titles spell numbers below a hundred in characters)."""
    if n < 0 or n >= 100:
        return str(n)
    if n < 10:
        return CN[n]
    tens, ones = divmod(n, 10)
    return ("" if tens == 1 else CN[tens]) + "十" + (CN[ones] if ones else "")


def round_title(term_no: int, round_no: int, committee: str = "市委") -> str:
    return f"{cn_number(term_no)}届{committee}第{cn_number(round_no)}轮巡察"


def team_name(team_no: int, committee: str = "市委") -> str:
    return f"{committee}第{cn_number(team_no)}巡察组"
