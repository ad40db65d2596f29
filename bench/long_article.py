"""Write the long articles of the reading-window benchmarks (generated French, seeded).

    python bench/long_article.py OUT.md [--paragraphs 100] [--table-rows 8] [--seed 7]

Default: ~6,000 words in 100 paragraphs, a few section headings, one bulleted list and one
Markdown table (header + 8 rows × 3 columns) after the first third.  ``--paragraphs 40
--table-rows 0`` gives a 2,000-word article like the one of the earlier measurements.
"""

from __future__ import annotations

import argparse
import random
from pathlib import Path

from fr_generator import FrenchText  # bench/ is on sys.path


def long_article(paragraphs: int = 100, table_rows: int = 8, seed: int = 7) -> str:
    rng = random.Random(seed)
    gen = FrenchText(rng)
    parts = [f"# {gen.title()}"]
    for i in range(paragraphs):
        if i and i % 12 == 0:
            heading = gen.noun_phrase()
            parts.append("## " + heading[0].upper() + heading[1:])
        parts.append(" ".join(gen.sentence() for _ in range(5)))
        if i == paragraphs // 3 and table_rows:
            rows = ["| Ville | Projet | Coût |", "| --- | --- | --- |"]
            for _ in range(table_rows):
                project = gen.noun_phrase()
                rows.append(f"| {rng.choice(['Lyon', 'Québec', 'Nantes', 'Lille'])} | "
                            f"{project[0].upper() + project[1:]} | "
                            f"{rng.randint(2, 900)} millions |")
            parts.append("\n".join(rows))
        if i == paragraphs // 2:
            parts.append("\n".join(f"- {gen.sentence()}" for _ in range(3)))
    return "\n\n".join(parts) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--paragraphs", type=int, default=100)
    parser.add_argument("--table-rows", type=int, default=8)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    text = long_article(args.paragraphs, args.table_rows, args.seed)
    args.out.write_text(text, encoding="utf-8")
    print(f"{args.out}: {len(text.split())} words")


if __name__ == "__main__":
    main()
