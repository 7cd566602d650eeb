"""Build ``extractor/data/given_names.txt`` from Faker's person providers (MIT licence).

Run by hand when the list is to be rebuilt, with Faker importable and the shared corpus
beside the project (neither is needed at run time)::

    python scripts/make_given_names.py \\
        --corpus ../shared/corpus/crypto-news-cryptocompare-2025/crypto_news_2025.jsonl

Every Latin-script locale's given names are taken, then a name is dropped when it is also an
ordinary word (written in lower case at least ``--common`` times in the corpus: "will",
"price", "long"), a month, a place or a nationality ("China", "Jordan"): the list says that a
capitalised word opening a two- or three-word name is a person's given name, and such words
are not. Only word counts are read from the corpus; none of its text is kept.
"""

from __future__ import annotations

import argparse
import collections
import importlib
import json
import pkgutil
import re
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "extractor" / "data"
_NAME = re.compile(r"[A-Z][a-z]{2,}")
#: Months name no one here ("June Holt" is rare; "June Fed meeting" is not).
MONTHS = {
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december",
}  # fmt: skip
_ATTRS = (
    "first_names",
    "first_names_male",
    "first_names_female",
    "first_romanized_names",
    "first_romanized_names_male",
    "first_romanized_names_female",
)


def faker_name_lists() -> Iterator[tuple[str, list[str]]]:
    """Every given-name list of Faker's person providers, as (attribute, lower-case names)."""
    import faker.providers.person as person  # type: ignore[import-not-found]

    for module in pkgutil.iter_modules(person.__path__):
        provider = getattr(
            importlib.import_module(f"faker.providers.person.{module.name}"), "Provider", None
        )
        for attr in _ATTRS:
            value = provider.__dict__.get(attr) if provider is not None else None
            if value is None or isinstance(value, property):
                continue
            words = value.keys() if hasattr(value, "keys") else value
            yield attr, [w.lower() for w in words if isinstance(w, str) and _NAME.fullmatch(w)]


def faker_given_names() -> set[str]:
    return {name for _, names in faker_name_lists() for name in names}


def faker_genders() -> dict[str, set[str]]:
    """Given name → the genders ("m", "f") Faker's gendered lists give it, in any locale."""
    genders: dict[str, set[str]] = collections.defaultdict(set)
    for attr, names in faker_name_lists():
        gender = "m" if attr.endswith("_male") else "f" if attr.endswith("_female") else ""
        for name in names if gender else []:
            genders[name].add(gender)
    return genders


def lower_case_counts(corpus: Path) -> collections.Counter[str]:
    counts: collections.Counter[str] = collections.Counter()
    with corpus.open(encoding="utf-8") as fh:
        for line in fh:
            counts.update(re.findall(r"\b[a-z]{3,}\b", json.loads(line)["text"]))
    return counts


def table_words(name: str) -> set[str]:
    lines = (DATA / name).read_text(encoding="utf-8").splitlines()
    return {w.lower() for line in lines if line and not line.startswith("#") for w in line.split()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, required=True)
    parser.add_argument("--common", type=int, default=3)
    args = parser.parse_args()
    counts = lower_case_counts(args.corpus)
    banned = table_words("places.txt") | table_words("nationalities.txt") | MONTHS
    names = sorted(n for n in faker_given_names() if counts[n] < args.common and n not in banned)
    header = [
        "# Given names: a capitalised word opening a two- or three-word name is a person's given",
        "# name ('Lena Holt posted …'), whatever label the model gives the name. Built by",
        "# scripts/make_given_names.py from the person providers of Faker (MIT licence,",
        "# https://github.com/joke2k/faker), less ordinary words, months, places, nationalities.",
    ]
    (DATA / "given_names.txt").write_text("\n".join(header + names) + "\n", encoding="utf-8")
    print(f"{len(names)} given names written")
    genders = faker_genders()
    gendered = [f"{n} {next(iter(genders[n]))}" for n in names if len(genders.get(n, ())) == 1]
    header = [
        "# Given names with the one gender Faker's gendered name lists give them in every",
        "# locale (m or f; names listed for both are left out), for 'he'/'she' to take up the",
        "# right person. Built by scripts/make_given_names.py beside given_names.txt.",
    ]
    (DATA / "given_name_genders.txt").write_text(
        "\n".join(header + gendered) + "\n", encoding="utf-8"
    )
    print(f"{len(gendered)} gendered given names written")


if __name__ == "__main__":
    main()
