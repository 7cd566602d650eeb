"""Find the article to show: a text file, or an id inside an archive the readers understand."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from pathlib import Path

from extractor.api import Article
from extractor.readers import ReaderOptions, ReadError, read_path
from models import ArticleFacts


class ArticleNotFound(LookupError):
    """The article could not be read or the id is not in the archive."""


def article_from_file(path: str, options: ReaderOptions | None = None) -> Article:
    """The (first) article of a one-article file: text, Markdown or HTML (id = file stem)."""
    for item in read_path(path, options or ReaderOptions()):
        if isinstance(item, ReadError):
            raise ArticleNotFound(f"{item.id}: {item.reason}")
        return item
    raise ArticleNotFound(f"{path}: no article in the file")


def article_from_archive(
    path: str, article_id: str, options: ReaderOptions | None = None
) -> Article:
    """The article with ``article_id`` in a JSONL/CSV/WARC archive (read errors are skipped)."""
    for item in read_path(path, options or ReaderOptions()):
        if isinstance(item, Article) and item.id == article_id:
            return item
    raise ArticleNotFound(f"no article with id {article_id!r} in {path}")


def load_facts(
    article: str,
    *,
    archive: str | None = None,
    db_url: str | None = None,
    published: datetime | None = None,
) -> tuple[str, ArticleFacts]:
    """The text and records of the article to show.

    ``article`` is a file path, or an id when ``archive`` or ``db_url`` is given. Articles
    from files are extracted now; a database article is shown with the records stored for it.
    """
    if db_url is not None:
        from extractor.show.stored import stored_facts

        return stored_facts(db_url, article, archive)
    if archive is not None:
        found = article_from_archive(archive, article)
    else:
        if not Path(article).is_file():
            raise ArticleNotFound(
                f"{article}: no such file (to show an article by id, add --in ARCHIVE or --db URL)"
            )
        found = article_from_file(article)
    if published is not None and found.published is None:
        found = replace(found, published=published)
    return found.text, extract_article(found)


def extract_article(article: Article) -> ArticleFacts:
    from extractor.api import extract

    return extract(
        article.text,
        article.published,
        article_id=article.id,
        title=article.title,
        source=article.source,
        url=article.url,
    )
