"""The draw of notices-dev13.jsonl (bench/labels/README.md): bench/labels/draw_dev.py with random.Random(20).

    python bench/labels/draw_dev13.py      # from the repository's root: prints the 60 pages, in order
"""

from draw_dev import main

if __name__ == "__main__":
    main(13, 20)
