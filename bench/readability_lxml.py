"""Time readability-lxml (Debian python3-readability) on the same HTML pages as `npm run bench`.

Usage: python3 bench/readability_lxml.py DIR [ROUNDS]
Prints one JSON line: {"pages": N, "seconds": S, "pages_per_s": R}.
"""
import gzip
import json
import os
import sys
import time

from readability import Document


def load(folder):
    pages = []
    for root, _dirs, files in os.walk(folder):
        for name in sorted(files):
            path = os.path.join(root, name)
            if name.endswith('.gz'):
                with gzip.open(path, 'rb') as f:
                    data = f.read()
            elif name.endswith(('.html', '.htm')) or name == 'source.html':
                with open(path, 'rb') as f:
                    data = f.read()
            else:
                continue
            pages.append(data.decode('utf-8', errors='replace'))
    return pages


def main():
    folder = sys.argv[1]
    rounds = int(sys.argv[2]) if len(sys.argv) > 2 else 1
    pages = load(folder)
    for html in pages[:5]:
        Document(html).summary()
    start = time.perf_counter()
    for _ in range(rounds):
        for html in pages:
            try:
                Document(html).summary()
            except Exception:  # a page readability cannot parse still counts as handled
                pass
    seconds = time.perf_counter() - start
    n = len(pages) * rounds
    print(json.dumps({'pages': n, 'seconds': seconds, 'pages_per_s': n / seconds if seconds else 0}))


if __name__ == '__main__':
    main()
