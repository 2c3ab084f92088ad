"""Cell values as real ledgers hold them, turned into the values the entities store.

"第13届" -> 13, "二〇二六年" -> 2026, "第三轮" -> 3, "第二巡察组" -> 2; dates as datetime, Excel serial numbers or
text ("2026年3月5日", "2026.3.5", "2026/03/05", "20260305"); amounts in 万元 ("12.5万元", "125,000元", "1.2亿元");
yes/no as 是/否/√/×/Y/N; full-width characters, stray spaces and line breaks. A value that cannot be read
raises ``BadValue`` with a reason code of the REASONS tables (not_a_date, not_an_amount, ...) and its params.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date, datetime, timedelta
from decimal import Decimal, InvalidOperation
from typing import Any

from models.enums import Vocabulary, bracket_free, wording_key
from services.excel.columns import YES_NO_FALSE, YES_NO_TRUE, ColumnSpec, ValueType

EXCEL_EPOCH = datetime(1899, 12, 30)
MAX_AMOUNT = Decimal("1000000000")  # 万元, as the finding editor (services/findings_validation.py)
AMOUNT_PLACES = 6  # 万元 to the 分
SPLIT = re.compile(r"[、，,;；/|\n]+")
SPACES = re.compile(r"[ \t\u3000\u00a0\u2002\u2003\u200b]+")
DIGITS = re.compile(r"\d+")
DATE_TEXT = re.compile(r"^(\d{4})\s*[-./年]\s*(\d{1,2})\s*(?:[-./月]\s*(\d{1,2})\s*日?)?\s*(?:月)?$")
CN_DAY = "[一二三四五六七八九十]{1,3}"
CN_DATE = re.compile(f"([〇零○一二三四五六七八九]{{4}})年({CN_DAY})月(?:({CN_DAY})日)?")
DATE_COMPACT = re.compile(r"^(\d{4})(\d{2})(\d{2})$")
CN_DIGITS = {"〇": 0, "零": 0, "○": 0, "Ｏ": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7,
             "八": 8, "九": 9}
CN_UNITS = {"十": 10, "百": 100}
CN_NUMBER = re.compile(r"[〇零○一二两三四五六七八九十百]+")
UNIT_FACTORS = (("亿元", Decimal(10000)), ("亿", Decimal(10000)), ("万元", Decimal(1)), ("万", Decimal(1)),
                ("千元", Decimal("0.1")), ("元", Decimal("0.0001")))
TRUE_WORDS = frozenset(YES_NO_TRUE)
FALSE_WORDS = frozenset(YES_NO_FALSE)


class BadValue(Exception):
    def __init__(self, reason: str, **params: Any) -> None:
        super().__init__(reason)
        self.reason = reason
        self.params = params


def squash(text: str) -> str:
    """The comparable form of a header or choice: NFKC (full-width to half-width), no spaces, lower case."""
    return SPACES.sub("", unicodedata.normalize("NFKC", text)).replace("\n", "").replace("\r", "").lower()


def clean_text(value: Any, *, one_line: bool) -> str | None:
    """A text cell, trimmed; inner line breaks kept for paragraphs, folded into one space for short fields."""
    if value is None:
        return None
    if type(value) is not str:
        if isinstance(value, float) and value.is_integer():
            value = int(value)
        if isinstance(value, datetime):
            value = value.date().isoformat() if value.time() == datetime.min.time() else value.isoformat(" ")
        value = str(value)
    text: str = value
    if "_x000D_" in text:
        text = text.replace("_x000D_", "")
    if one_line:
        return " ".join(text.split()) or None  # str.split() also splits on full-width and no-break spaces
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "\n" in text:
        text = "\n".join(" ".join(line.split()) for line in text.strip().split("\n"))
        text = re.sub(r"\n{3,}", "\n\n", text)
    else:
        text = text.replace("\u3000", " ").replace("\u00a0", " ")
    return text.strip() or None


def chinese_number(text: str) -> int | None:
    """十三 -> 13, 二十 -> 20, 一百零二 -> 102, 二〇二六 -> 2026 (digit by digit when there is no unit)."""
    if not text:
        return None
    if not any(ch in CN_UNITS for ch in text):
        digits = [CN_DIGITS.get(ch) for ch in text]
        if any(d is None for d in digits):
            return None
        return int("".join(str(d) for d in digits))
    total, current = 0, 0
    for ch in text:
        if ch in CN_DIGITS:
            current = CN_DIGITS[ch]
        elif ch in CN_UNITS:
            total += (current or 1) * CN_UNITS[ch]
            current = 0
        else:
            return None
    return total + current


def ordinal(value: Any, minimum: int, maximum: int) -> int:
    """The number in "第13届", "十三届", "2026年度", "第二巡察组", "3" or 3.0."""
    if isinstance(value, bool):
        raise BadValue("not_a_number", value=str(value))
    if isinstance(value, int | float):
        if not float(value).is_integer():
            raise BadValue("not_a_number", value=str(value))
        number = int(value)
    else:
        text = unicodedata.normalize("NFKC", str(value)).strip()
        found = DIGITS.search(text)
        if found:
            number = int(found.group())
        else:
            match = CN_NUMBER.search(text)
            parsed = chinese_number(match.group()) if match else None
            if parsed is None:
                raise BadValue("not_a_number", value=str(value))
            number = parsed
    if not minimum <= number <= maximum:
        raise BadValue("out_of_range", minimum=minimum, maximum=maximum)
    return number


def to_int(value: Any) -> int:
    if isinstance(value, bool):
        raise BadValue("not_a_number", value=str(value))
    if isinstance(value, int):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    text = squash(str(value))
    if re.fullmatch(r"-?\d+", text):
        return int(text)
    raise BadValue("not_a_number", value=str(value))


def to_date(value: Any) -> date:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        if 1 <= value < 2958466:  # Excel's 1900-01-01 .. 9999-12-31
            return (EXCEL_EPOCH + timedelta(days=int(value))).date()
        raise BadValue("not_a_date", value=str(value))
    text = unicodedata.normalize("NFKC", str(value)).strip()
    text = SPACES.sub("", text).split("T")[0]
    match = DATE_TEXT.match(text) or DATE_COMPACT.match(text)
    if match is None:
        if re.fullmatch(r"\d+(\.0+)?", text) and 20000 < float(text) < 80000:
            return to_date(float(text))
        chinese = CN_DATE.fullmatch(text)
        if chinese is None:
            raise BadValue("not_a_date", value=str(value))
        parts = [chinese_number(chinese.group(1)), chinese_number(chinese.group(2)),
                 chinese_number(chinese.group(3)) if chinese.group(3) else 1]
    else:
        parts = [int(match.group(1)), int(match.group(2)), int(match.group(3) or 1)]
    try:
        return date(*(int(p or 0) for p in parts))
    except ValueError:
        raise BadValue("not_a_date", value=str(value)) from None


def to_datetime(value: Any) -> datetime:
    if isinstance(value, datetime):
        return value
    day = to_date(value)
    return datetime(day.year, day.month, day.day)


def to_amount(value: Any) -> Decimal:
    """An amount in 万元; text may carry its unit (元, 万元, 亿元) and thousands separators."""
    if isinstance(value, bool):
        raise BadValue("not_an_amount", value=str(value))
    if isinstance(value, float):
        amount = Decimal(repr(value)).quantize(Decimal(1).scaleb(-AMOUNT_PLACES))
    elif isinstance(value, int | Decimal):
        amount = Decimal(value)
    else:
        text = squash(str(value)).replace(",", "").replace("¥", "").replace("￥", "").replace("rmb", "")
        factor = Decimal(1)
        for unit, unit_factor in UNIT_FACTORS:
            if text.endswith(unit):
                text, factor = text[: -len(unit)], unit_factor
                break
        try:
            amount = Decimal(text) * factor
        except InvalidOperation:
            raise BadValue("not_an_amount", value=str(value)) from None
        if not amount.is_finite():
            raise BadValue("not_an_amount", value=str(value))
    if amount < 0:
        raise BadValue("negative")
    exponent = amount.normalize().as_tuple().exponent
    if isinstance(exponent, int) and exponent < -AMOUNT_PLACES:
        raise BadValue("not_an_amount", value=str(value))
    if amount > MAX_AMOUNT:
        raise BadValue("out_of_range", minimum=0, maximum=format(MAX_AMOUNT, ","))
    amount = amount.normalize()
    exponent = amount.as_tuple().exponent
    return amount.quantize(Decimal(1)) if isinstance(exponent, int) and exponent > 0 else amount


def to_yes_no(value: Any) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, int | float) and value in (0, 1):
        return bool(value)
    text = squash(str(value))
    if text in TRUE_WORDS:
        return True
    if text in FALSE_WORDS:
        return False
    raise BadValue("not_a_yes_no", value=str(value))


class ChoiceTable:
    """An enum column's accepted wordings (code, Chinese, English, aliases) -> the member's code. Each wording is
    known by its key (models.enums.wording_key: brackets full-width or half-width, enumeration commas and spaces
    do not count) and, when it has a bracketed part, also without it: 乡镇（街道）, 乡镇(街道), 乡镇街道 and 乡镇."""

    def __init__(self, vocabulary: type[Vocabulary], aliases: tuple[tuple[str, str], ...] = ()) -> None:
        self.words: dict[str, str] = {}
        wordings = [(member.value, word) for member in vocabulary for word in (member.value, member.zh, member.en)]
        for code, word in [*wordings, *aliases]:
            self.words.setdefault(wording_key(word), code)
        for code, word in [*wordings, *aliases]:
            bare = bracket_free(word)
            if bare and bare != unicodedata.normalize("NFKC", word).strip():
                self.words.setdefault(wording_key(bare), code)
        self.choices = "、".join(member.zh for member in vocabulary)

    def code(self, value: Any) -> str:
        text = str(value)
        found = self.words.get(wording_key(text))
        if found is None and bracket_free(text):
            found = self.words.get(wording_key(bracket_free(text)))
        if found is None:
            raise BadValue("unknown_choice", value=text, choices=self.choices)
        return found


def split_list(value: Any) -> list[str]:
    text = clean_text(value, one_line=False) or ""
    return [part.strip() for part in SPLIT.split(text) if part.strip()]


class ValueReader:
    """Reads the cells of one column: ``read(raw)`` -> the stored value, or None for an empty cell."""

    def __init__(self, spec: ColumnSpec) -> None:
        self.spec = spec
        self.table = ChoiceTable(spec.vocabulary, spec.choice_aliases) if spec.vocabulary else None
        self.one_line = spec.type is not ValueType.TEXT or (spec.max_length is not None and spec.max_length <= 200)
        self._read = self._pick()

    def read(self, raw: Any) -> Any:
        if raw is None or (type(raw) is str and not raw.strip()):
            return None
        return self._read(raw)

    def _pick(self) -> Any:
        kind = self.spec.type
        simple = {
            ValueType.TERM: lambda raw: ordinal(raw, 1, 99), ValueType.YEAR: lambda raw: ordinal(raw, 1990, 2100),
            ValueType.ROUND: lambda raw: ordinal(raw, 1, 99), ValueType.TEAM: lambda raw: ordinal(raw, 1, 99),
            ValueType.INT: to_int, ValueType.SEQ: to_int, ValueType.DATE: to_date, ValueType.DATETIME: to_datetime,
            ValueType.AMOUNT: to_amount, ValueType.YES_NO: to_yes_no,
        }
        if kind in simple:
            return simple[kind]
        if kind in (ValueType.TEXT, ValueType.ORG, ValueType.TAXONOMY):
            return self._text
        if kind is ValueType.ENUM:
            assert self.table is not None
            return self.table.code
        if kind is ValueType.ENUM_LIST:
            return self._enum_list
        if kind is ValueType.TEXT_LIST:
            return lambda raw: split_list(raw) or None
        raise AssertionError(kind)

    def _text(self, raw: Any) -> str | None:
        text = clean_text(raw, one_line=self.one_line)
        if text is not None and self.spec.max_length is not None and len(text) > self.spec.max_length:
            raise BadValue("too_long", maximum=self.spec.max_length, length=len(text))
        return text

    def _enum_list(self, raw: Any) -> list[str] | None:
        assert self.table is not None
        return list(dict.fromkeys(self.table.code(part) for part in split_list(raw))) or None
