"""Writing XML (congdoan/writer.h), when the loaded library has the writer."""

import ctypes
from ctypes import byref, c_size_t

from . import _ffi
from ._ffi import lib
from ._util import fspath
from .errors import CongdoanError


def available():
    """True when the loaded library has the whole writer API."""
    return all(_ffi.has(name) for name in _ffi.optional_names()
               if name.startswith(("congdoan_output_", "congdoan_write_")))


def _require():
    if not available():
        raise NotImplementedError("the loaded libcongdoan (%s) has no XML writer "
                                  "(congdoan/writer.h)" % _ffi.library_path)


def write_memory(write):
    """Run write(output) on a memory output and return the XML bytes."""
    _require()
    out = _ffi.OutputP()
    lib.congdoan_output_new_memory(byref(out))
    try:
        write(out)
        lib.congdoan_output_finish(out)
        size = c_size_t()
        p = lib.congdoan_output_data(out, byref(size))
        return ctypes.string_at(p, size.value) if p else b""
    finally:
        lib.congdoan_output_free(out)


def write_to(target, write):
    """Run write(output) into a path (atomically) or a binary file object."""
    _require()
    out = _ffi.OutputP()
    errors = []
    if hasattr(target, "write"):
        def sink(payload, data, size):
            try:
                target.write(ctypes.string_at(data, size))
                return 0
            except BaseException as e:  # reported after the C call returns
                errors.append(e)
                return 1
        callback = _ffi.WRITE_FN(sink)  # kept alive until the output is freed
        lib.congdoan_output_new_callback(callback, None, byref(out))
    else:
        callback = None
        lib.congdoan_output_new_file(fspath(target), byref(out))
    try:
        write(out)
        lib.congdoan_output_finish(out)
    except CongdoanError as e:
        if errors:
            raise errors[0] from e
        raise
    finally:
        lib.congdoan_output_free(out)
        del callback
