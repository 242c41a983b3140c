"""Exceptions raised by the congdoan bindings.

A C function of libcongdoan that fails returns a negative status code and leaves the details in a
thread-local "last error" (a message and, for input problems, a file, line and column). The
bindings read those details in the same thread, right after the failing call, and raise one of
the classes below::

    CongdoanError                      any failure; .code .message .file .line .column .issues
    ├── ParseError                     CONGDOAN_EPARSE: not well-formed XML, unreadable text
    │   ├── EncodingError              CONGDOAN_EENCODING: not UTF-8
    │   └── ForbiddenInputError        CONGDOAN_EFORBIDDEN: DTD entity declarations, external entities
    ├── ValidationError                CONGDOAN_EINVALID: the model's rules are broken
    │   ├── SchemaError                CONGDOAN_ESCHEMA: XML outside the vocabulary
    │   └── DuplicateIdError           CONGDOAN_EEXISTS: an identifier defined twice
    ├── UnknownReferenceError          CONGDOAN_ENOTFOUND (also a LookupError)
    ├── LimitExceededError             CONGDOAN_ELIMIT: size, depth, element count, text length
    ├── CongdoanIOError                CONGDOAN_EIO (also an OSError: .filename is the file)
    ├── InvalidArgumentError           CONGDOAN_EINVAL (also a ValueError)
    └── OutOfMemoryError               CONGDOAN_ENOMEM (also a MemoryError)

``except MemoryError``, ``except OSError``, ``except ValueError`` and ``except LookupError``
therefore catch what a Python programmer expects them to catch.
"""

__all__ = [
    "Status", "CongdoanError", "ParseError", "EncodingError", "ForbiddenInputError",
    "ValidationError", "SchemaError", "DuplicateIdError", "UnknownReferenceError",
    "LimitExceededError", "CongdoanIOError", "InvalidArgumentError", "OutOfMemoryError",
    "error_class",
]

import enum


class Status(enum.IntEnum):
    """congdoan_status: the codes C functions return (include/congdoan/error.h)."""
    OK = 0
    ERROR = -1
    ENOMEM = -2
    EINVAL = -3
    EIO = -4
    EPARSE = -5
    ESCHEMA = -6
    ELIMIT = -7
    EEXISTS = -8
    ENOTFOUND = -9
    EFORBIDDEN = -10
    EENCODING = -11
    EINVALID = -12


class CongdoanError(Exception):
    """A libcongdoan call failed.

    Attributes: ``code`` (a :class:`Status`), ``message`` (the library's text), ``file``,
    ``line`` and ``column`` (None when the error is not about a place in an input; columns
    count characters, as libxml2 does) and ``issues`` (for a failed load, every problem the
    load found, as :class:`congdoan.Issue` objects; else an empty list).
    """

    def __init__(self, message, code=Status.ERROR, file=None, line=None, column=None, issues=()):
        super().__init__(message)
        try:
            self.code = Status(code)
        except ValueError:
            self.code = code
        self.message = message
        self.file = file or None
        self.line = line or None
        self.column = column or None
        self.issues = list(issues)

    def __str__(self):
        where = ""
        if self.file:
            where = self.file
            if self.line:
                where += ":%d" % self.line
                if self.column:
                    where += ":%d" % self.column
            where += ": "
        return where + self.message

    def __repr__(self):
        return "%s(%r, code=%s, file=%r, line=%r, column=%r)" % (
            type(self).__name__, self.message, getattr(self.code, "name", self.code),
            self.file, self.line, self.column)

    def __reduce__(self):
        return (type(self), (self.message, int(self.code), self.file, self.line, self.column,
                             self.issues))


class ParseError(CongdoanError):
    """The input is not well-formed XML, or a text cannot be parsed (CONGDOAN_EPARSE)."""


class EncodingError(ParseError):
    """The input is not valid UTF-8 or declares another encoding (CONGDOAN_EENCODING)."""


class ForbiddenInputError(ParseError):
    """The input uses a forbidden XML feature (CONGDOAN_EFORBIDDEN)."""


class ValidationError(CongdoanError):
    """The input breaks a rule of the model (CONGDOAN_EINVALID); see ``issues``."""


class SchemaError(ValidationError):
    """Well-formed XML that does not follow the vocabulary (CONGDOAN_ESCHEMA)."""


class DuplicateIdError(ValidationError):
    """An identifier is defined twice (CONGDOAN_EEXISTS)."""


class UnknownReferenceError(CongdoanError, LookupError):
    """What was asked for does not exist (CONGDOAN_ENOTFOUND)."""


class LimitExceededError(CongdoanError):
    """A limit on the input was exceeded (CONGDOAN_ELIMIT); see Corpus.set_limit()."""


class CongdoanIOError(CongdoanError, OSError):
    """A file or folder could not be opened or read (CONGDOAN_EIO). An OSError."""

    def __init__(self, message, code=Status.EIO, file=None, line=None, column=None, issues=()):
        CongdoanError.__init__(self, message, code, file, line, column, issues)
        self.filename = file or None

    def __str__(self):
        return CongdoanError.__str__(self)


class InvalidArgumentError(CongdoanError, ValueError):
    """The call's arguments were refused (CONGDOAN_EINVAL). A ValueError."""


class OutOfMemoryError(CongdoanError, MemoryError):
    """Memory could not be allocated (CONGDOAN_ENOMEM). A MemoryError."""


_CLASSES = {
    Status.ENOMEM: OutOfMemoryError,
    Status.EINVAL: InvalidArgumentError,
    Status.EIO: CongdoanIOError,
    Status.EPARSE: ParseError,
    Status.ESCHEMA: SchemaError,
    Status.ELIMIT: LimitExceededError,
    Status.EEXISTS: DuplicateIdError,
    Status.ENOTFOUND: UnknownReferenceError,
    Status.EFORBIDDEN: ForbiddenInputError,
    Status.EENCODING: EncodingError,
    Status.EINVALID: ValidationError,
}


def error_class(code):
    """The exception class for a (negative) status code."""
    return _CLASSES.get(code, CongdoanError)
