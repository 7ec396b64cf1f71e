"""The draw of notices-dev16.jsonl (bench/labels/README.md): bench/labels/draw_dev.py with random.Random(26).

    python bench/labels/draw_dev16.py      # from the repository's root: prints the 60 pages, in order
"""

from draw_dev import main

if __name__ == "__main__":
    main(16, 26)
