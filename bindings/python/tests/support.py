"""Shared helpers: where the fixtures are, and loading them.

The environment of `meson test` sets CONGDOAN_LIBRARY (the built library), PYTHONPATH (this
folder's parent), CONGDOAN_TEST_DATA (tests/data), CONGDOAN_SAMPLE_DATA (examples/data) and
CONGDOAN_SOURCE_ROOT; without them the paths are taken relative to this file, so that
``CONGDOAN_LIBRARY=build/lib/libcongdoan.so.0 python3 -m unittest discover -s tests`` from
bindings/python works too."""

import os

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE_ROOT = os.environ.get("CONGDOAN_SOURCE_ROOT") or os.path.normpath(os.path.join(HERE, "..", "..", ".."))
TEST_DATA = os.environ.get("CONGDOAN_TEST_DATA") or os.path.join(SOURCE_ROOT, "tests", "data")
SAMPLE_DATA = os.environ.get("CONGDOAN_SAMPLE_DATA") or os.path.join(SOURCE_ROOT, "examples", "data")

import congdoan  # noqa: E402  (after the paths, so that an ImportError names the library)


def data(name):
    return os.path.join(TEST_DATA, name)


def sample(name=""):
    return os.path.join(SAMPLE_DATA, name) if name else SAMPLE_DATA


def load(*names):
    """A Corpus with these files of tests/data loaded one by one, as the C tests' test_load()."""
    c = congdoan.Corpus()
    try:
        for n in names:
            c.load_file(data(n))
    except BaseException:
        c.close()
        raise
    return c


KH = "kh-240-tld-2022"
NQ = "nq-dct-tld-doingoai"
CTR = "ctr-13-ldld-laichau-2025"
