"""Small helpers shared by the object layer: strings, dates and bulk columns."""

import ctypes
import datetime
import math
import os

from ._ffi import lib

NaN = float("nan")


def enc(text, what="text"):
    """A Python str (or bytes) as NUL-terminated UTF-8 for a `const char *` argument."""
    if text is None:
        return None
    if isinstance(text, bytes):
        return text
    if isinstance(text, str):
        return text.encode("utf-8")
    raise TypeError("%s must be a str, not %s" % (what, type(text).__name__))


def fspath(path):
    """A path (str, bytes or os.PathLike) as bytes, the way the OS names it (os.fsencode)."""
    return os.fsencode(path)


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
        lib.congdoan_date_parse(enc(value), ctypes.byref(out))
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
