"""Small helpers shared by the object layer: strings, dates and bulk columns."""

import ctypes
import datetime
import math
import os

# _ffi imports this module (for Text): the library is looked up there at call time.
from . import _ffi

NaN = float("nan")


def no_nul(data, what="text"):
    """`data` (bytes) as it is, or ValueError when it holds a NUL byte.

    C reads a string only up to its first NUL: '240/KH-TLĐ\\x00garbage' would be parsed as
    '240/KH-TLĐ', a look-up of 'laichau\\x00zzz' would find 'laichau', and the path
    'examples/data\\x00/junk' would load examples/data. Refused as the standard library refuses
    such paths. Every str, bytes or path that crosses into C comes through here: enc() and
    fspath() below, and Text, the argument type the bindings give every `const char *`."""
    if b"\0" in data:
        raise ValueError("embedded null character in %s" % what)
    return data


def enc(text, what="text"):
    """A Python str (or bytes) as NUL-terminated UTF-8 for a `const char *` argument."""
    if text is None:
        return None
    if isinstance(text, bytes):
        return no_nul(text, what)
    if isinstance(text, str):
        return no_nul(text.encode("utf-8"), what)
    raise TypeError("%s must be a str, not %s" % (what, type(text).__name__))


def fspath(path):
    """A path (str, bytes or os.PathLike) as bytes, the way the OS names it (os.fsencode)."""
    return no_nul(os.fsencode(path), "path")


class Text(ctypes.c_char_p):
    """The argument type of a `const char *` that C reads up to its NUL (every one but a buffer
    given with its size): bytes without a NUL, or None. A last guard behind enc() and fspath(),
    so that no call, present or future, hands C a string that it would cut short."""

    @classmethod
    def from_param(cls, value):
        if isinstance(value, (bytes, bytearray)):
            no_nul(bytes(value), "a string argument")
        return ctypes.c_char_p.from_param(value)


def date_out(ymd):
    """year*10000 + month*100 + day as a datetime.date; None for 0."""
    if not ymd:
        return None
    return datetime.date(ymd // 10000, ymd // 100 % 100, ymd % 100)


def ymd_in(value, what="date"):
    """A date argument as year*10000 + month*100 + day (0 for None).

    Accepts a datetime.date (or datetime), an int already in that form, or a str in any form
    congdoan_date_parse() reads ("2024-01-01", "01/01/2024", "ngày 1 tháng 1 năm 2024")."""
    if value is None:
        return 0
    if isinstance(value, datetime.datetime):
        value = value.date()
    if isinstance(value, datetime.date):
        return value.year * 10000 + value.month * 100 + value.day
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    if isinstance(value, str):
        out = ctypes.c_int()
        _ffi.lib.congdoan_date_parse(enc(value), ctypes.byref(out))
        return out.value
    raise TypeError("%s must be a datetime.date, an int YYYYMMDD or a str, not %s"
                    % (what, type(value).__name__))


def iso(d):
    """A date as an ISO string for to_dict(); None stays None."""
    return d.isoformat() if d is not None else None


def none_if_nan(x):
    return None if x is None or math.isnan(x) else x


def none_if_negative(x):
    return None if x < 0 else x


# ---- bulk columns --------------------------------------------------------------------------


def column(ctype, n):
    """A ctypes array of n elements (at least one, so that it is never a NULL pointer)."""
    return (ctype * max(n, 1))()


def tolist(array, n):
    """The first n elements of a ctypes array of numbers as a Python list (one memcpy)."""
    if n == 0:
        return []
    return memoryview(array).cast("B").cast(array._type_._type_)[:n].tolist()


def pointer_column(n):
    """An array for a `const char **` column whose pointers are decoded by Decoder."""
    return (ctypes.c_void_p * max(n, 1))()


def as_strings(array):
    """The `const char **` view of a pointer_column() array, for a prototype's argtypes."""
    return ctypes.cast(array, ctypes.POINTER(ctypes.c_char_p))


class Decoder(dict):
    """address -> str, decoding each distinct C string once (interned ids repeat millions of times)."""

    def __missing__(self, address):
        text = ctypes.string_at(address).decode("utf-8") if address else None
        self[address] = text
        return text

    def strings(self, array, n):
        if n == 0:
            return []
        addresses = memoryview(array).cast("B").cast("P")[:n].tolist()
        return list(map(self.__getitem__, addresses))


class PathDecoder(Decoder):
    """The same for file names, which the OS need not give in UTF-8 (os.fsdecode)."""

    def __missing__(self, address):
        text = os.fsdecode(ctypes.string_at(address)) if address else None
        self[address] = text
        return text
