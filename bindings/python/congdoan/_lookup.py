"""Look-ups by what people type (congdoan/lookup.h): a unit by id, name, short name or part of
a name, without diacritics, in any case; a document by id, number or title; a task by id or
words of its text; a word among choices. One answer, or a NoMatchError that carries the
candidates ("did you mean")."""

import collections
from ctypes import byref, c_char_p, c_size_t

from ._ffi import MatchesP, lib
from ._util import enc
from .enums import MatchKind
from .errors import Status, UnknownReferenceError

__all__ = ["Match", "NoMatchError", "lookup_word"]

Match = collections.namedtuple("Match", "object kind")
Match.__doc__ = ("A candidate of a look-up: the Unit, Document or Task (for lookup_word(), the "
                 "word) and how it matched (MatchKind; SUGGESTION for a near name that is not a "
                 "match).")


class NoMatchError(UnknownReferenceError):
    """A look-up found no answer: nothing (``candidates`` are the nearest names, maybe none)
    or several equally good matches (``ambiguous`` is True, ``candidates`` are the matches)."""

    def __init__(self, message, candidates=(), ambiguous=False):
        super().__init__(message, Status.ENOTFOUND)
        self.candidates = list(candidates)
        self.ambiguous = ambiguous


def _read(matches, wrap):
    n = lib.congdoan_matches_count(matches)
    return [Match(wrap(i), MatchKind(lib.congdoan_matches_kind(matches, i))) for i in range(n)]


def run(call, wrap):
    """Call a C look-up `call(matches_ptr)`; return the candidates' first object when it
    answered, else raise NoMatchError. The C list is freed before returning."""
    matches = MatchesP()
    rc = call(byref(matches))
    try:
        candidates = _read(matches, lambda i: wrap(matches, i))
        ambiguous = lib.congdoan_matches_ambiguous(matches)
    finally:
        lib.congdoan_matches_free(matches)
    if rc == 0:
        return candidates[0].object
    raise NoMatchError(lib.congdoan_error_last_message() or "no match", candidates, ambiguous)


def lookup_word(query, words):
    """The word of `words` that `query` is (exactly, or once folded: case, diacritics); else
    NoMatchError whose candidates are the nearest words ("progres" → "progress")."""
    words = list(words)
    array = (c_char_p * len(words))(*[enc(w) for w in words])
    index = c_size_t()
    return run(lambda m: lib.congdoan_lookup_word(enc(query, "query"), array, len(words), byref(index), m),
               lambda m, i: words[lib.congdoan_matches_index(m, i)])


