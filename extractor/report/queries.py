"""What the report shows, as typed rows read from a facts database.

Table and column names are those of :mod:`extractor.sinks.rows` (``articles``, one table per
record list, ``errors``; nested fields flattened as ``as_of_resolved_start``,
``speaker_name`` …). Aggregation is done here in Python over narrow selects, so the SQL stays
portable across SQLite, DuckDB and PostgreSQL.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from typing import Any

from extractor.report.connect import Database, DatabaseError
from extractor.sinks.rows import ARTICLES, ERRORS, normalise_name

#: Record tables counted in the report, in display order.
COUNTED_TABLES = ("prices", "amounts", "percentages", "liquidations", "quotes", "people")
NO_SOURCE = "(no source)"


@dataclass(frozen=True)
class SourceCounts:
    source: str
    articles: int
    records: dict[str, int]


@dataclass(frozen=True)
class PricePoint:
    asset: str
    when: datetime
    value: float
    currency: str | None
    kind: str | None
    dated_by: str  # "as_of" or "published"


@dataclass(frozen=True)
class LiquidationDay:
    day: date
    currency: str
    sides: dict[str, float]


@dataclass
class QuotedPerson:
    name: str
    quotes: int = 0
    articles: set[str] = field(default_factory=set)
    roles: Counter[str] = field(default_factory=Counter)
    organizations: Counter[str] = field(default_factory=Counter)


@dataclass(frozen=True)
class Failure:
    article_id: str
    source: str
    reason: str


def check_tables(db: Database) -> None:
    """Fail clearly when the database was not written by ``extract --db``."""
    try:
        db.rows(f"SELECT COUNT(*) FROM {db.table(ARTICLES)}")
    except Exception as exc:  # noqa: BLE001 - each driver has its own error types
        raise DatabaseError(
            f"{db.where}: no '{ARTICLES}' table; was it written by extract --db?"
        ) from exc


def counts_by_source(db: Database) -> list[SourceCounts]:
    """Articles and records per source (most articles first), plus an overall total row."""
    articles = Counter[str]()
    for source, n in db.rows(f"SELECT source, COUNT(*) FROM {db.table(ARTICLES)} GROUP BY source"):
        articles[source or NO_SOURCE] += int(n)
    records: dict[str, Counter[str]] = defaultdict(Counter)
    for table in COUNTED_TABLES:
        sql = (
            f"SELECT a.source, COUNT(*) FROM {db.table(table)} r "
            f"JOIN {db.table(ARTICLES)} a ON a.id = r.article_id GROUP BY a.source"
        )
        for source, n in db.rows(sql):
            records[source or NO_SOURCE][table] += int(n)
    out = [
        SourceCounts(s, n, {t: records[s][t] for t in COUNTED_TABLES})
        for s, n in sorted(articles.items(), key=lambda kv: (-kv[1], kv[0]))
    ]
    total = {t: sum(c.records[t] for c in out) for t in COUNTED_TABLES}
    return [*out, SourceCounts("all sources", sum(articles.values()), total)]


def price_points(db: Database) -> list[PricePoint]:
    """Prices of named assets dated by their ``as_of`` time, else the article's publication."""
    sql = (
        f"SELECT p.asset, p.as_of_resolved_start, a.published, p.value, p.currency, p.kind "
        f"FROM {db.table('prices')} p JOIN {db.table(ARTICLES)} a ON a.id = p.article_id "
        f"WHERE p.asset IS NOT NULL AND p.value IS NOT NULL"
    )
    out = []
    for asset, as_of, published, value, currency, kind in db.rows(sql):
        when = _when(as_of)
        dated_by = "as_of"
        if when is None:
            when, dated_by = _when(published), "published"
        if when is not None:
            out.append(PricePoint(str(asset), when, float(value), currency, kind, dated_by))
    return sorted(out, key=lambda p: (p.asset, p.when))


def liquidation_days(db: Database) -> list[LiquidationDay]:
    """Liquidated amounts per day, currency and side (long, short, total)."""
    sql = (
        f"SELECT l.as_of_resolved_start, a.published, l.currency, l.side, l.amount "
        f"FROM {db.table('liquidations')} l JOIN {db.table(ARTICLES)} a ON a.id = l.article_id "
        f"WHERE l.amount IS NOT NULL"
    )
    sums: dict[tuple[date, str], dict[str, float]] = defaultdict(dict)
    for as_of, published, currency, side, amount in db.rows(sql):
        when = _when(as_of) or _when(published)
        if when is None:
            continue
        sides = sums[(when.date(), currency or "?")]
        key = side or "total"
        sides[key] = sides.get(key, 0.0) + float(amount)
    return [LiquidationDay(d, c, s) for (d, c), s in sorted(sums.items())]


def most_quoted(db: Database, limit: int = 15) -> list[QuotedPerson]:
    """Speakers by number of quotes, with the roles and organisations given to them."""
    sql = (
        f"SELECT speaker_name, speaker_role, speaker_organization, article_id "
        f"FROM {db.table('quotes')} WHERE speaker_name IS NOT NULL"
    )
    people: dict[str, QuotedPerson] = {}
    for name, role, org, article_id in db.rows(sql):
        person = people.setdefault(normalise_name(str(name)), QuotedPerson(str(name)))
        person.quotes += 1
        person.articles.add(str(article_id))
        if role:
            person.roles[str(role)] += 1
        if org:
            person.organizations[str(org)] += 1
    ranked = sorted(people.values(), key=lambda p: (-p.quotes, -len(p.articles), p.name))
    return ranked[:limit]


def failures(db: Database, limit: int = 200) -> tuple[list[Failure], int]:
    """The failed articles (first ``limit``, by id) and how many there are in all."""
    total = int(db.rows(f"SELECT COUNT(*) FROM {db.table(ERRORS)}")[0][0])
    rows = db.rows(
        f"SELECT article_id, source, reason FROM {db.table(ERRORS)} ORDER BY article_id, reason"
    )
    return [Failure(str(a), str(s or ""), str(r or "")) for a, s, r in rows[:limit]], total


def _when(value: Any) -> datetime | None:
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        when = value
    else:
        try:
            when = datetime.fromisoformat(str(value).replace("Z", "+00:00"))
        except ValueError:
            return None
    # Aware and naive times are compared on one axis: aware ones become naive UTC.
    return when.astimezone(timezone.utc).replace(tzinfo=None) if when.tzinfo else when
