"""Full-text search of findings in Chinese: the trigram FTS5 index answers every term. Terms of three
characters or more are phrases of the index; shorter ones are looked up in the index's vocabulary as the
trigrams they begin (every indexed value ends with two U+001F, so every character begins a trigram), never by
scanning the findings' text. Terms separated by spaces must all match (AND).

What a person types is never FTS5 syntax: each term is quoted as a phrase, so ``"``, ``AND``, ``*`` or
``NEAR(`` are searched for as text and never raise.
"""

from __future__ import annotations

from sqlalchemy import ColumnElement, Select, String, column, func, literal, literal_column, select, table

from models.search import FTS_TABLE, TRIGRAM, finding_search_key

MAX_TERMS = 12  # more words than this add nothing a person meant; keeps the query small
# A phrase that matches nothing (control characters are never searched for: they are removed from terms).
NOTHING = '"\x02\x02\x02"'

_fts = table(FTS_TABLE, column("rowid"))
_vocab = table(FTS_TABLE + "_vocab", column("term"))


def search_terms(text: str | None) -> list[str]:
    """The distinct words of ``text`` (any whitespace, including the full-width space, separates them)."""
    cleaned = "".join(char for char in (text or "") if char.isprintable() or char.isspace())
    seen: list[str] = []
    for term in cleaned.split():
        if term not in seen:
            seen.append(term)
    return seen[:MAX_TERMS]


def fts_phrase(term: str) -> str:
    """``term`` as one FTS5 string (a phrase): quotes doubled, everything else literal."""
    return '"' + term.replace('"', '""') + '"'


def _beginning_with(term: str) -> ColumnElement[str]:
    """The MATCH expression, built in SQL from the vocabulary: every indexed trigram that begins with ``term``."""
    low = term.lower()  # the index folds case
    high = low[:-1] + chr(ord(low[-1]) + 1)
    quoted = literal('"', String) + func.replace(_vocab.c.term, '"', '""') + literal('"', String)
    return (select(func.coalesce(func.group_concat(quoted, " OR "), NOTHING))
            .where(_vocab.c.term >= low, _vocab.c.term < high).scalar_subquery())


def _indexed(expression: ColumnElement[str] | str) -> Select[tuple[int]]:
    return select(_fts.c.rowid).where(literal_column(FTS_TABLE).op("MATCH")(expression))


def matching_finding_ids(text: str | None) -> Select[tuple[str]] | None:
    """A subquery of the ids of live findings whose text holds every term of ``text``; None when it has none."""
    terms = search_terms(text)
    if not terms:
        return None
    query = select(finding_search_key.c.finding_id)
    long_terms = [term for term in terms if len(term) >= TRIGRAM]
    if long_terms:
        query = query.where(finding_search_key.c.docid.in_(_indexed(" AND ".join(fts_phrase(t) for t in long_terms))))
    for term in terms:
        if len(term) < TRIGRAM:
            query = query.where(finding_search_key.c.docid.in_(_indexed(_beginning_with(term))))
    return query
