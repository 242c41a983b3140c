"""The ctypes layer: loading, the version check, and the prototype table against the library
and against the public headers."""

import ctypes
import os
import re
import shutil
import subprocess
import sys
import unittest

from . import support
import congdoan
from congdoan import _ffi

BINDINGS_DIR = os.path.dirname(support.HERE)


def header_declarations():
    """{name: number of parameters} of every CONGDOAN_API function in include/congdoan/*.h."""
    inc = os.path.join(support.SOURCE_ROOT, "include", "congdoan")
    out = {}
    for fn in sorted(os.listdir(inc)):
        if not (fn.endswith(".h") or fn.endswith(".h.in")):
            continue
        with open(os.path.join(inc, fn), encoding="utf-8") as f:
            text = re.sub(r"/\*.*?\*/", "", f.read(), flags=re.S)
        for m in re.finditer(r"CONGDOAN_API\s+[^;]*?\b(congdoan_\w+)\s*\(([^;]*?)\)\s*;", text, re.S):
            params = m.group(2).strip()
            out[m.group(1)] = 0 if params in ("", "void") else params.count(",") + 1
    return out


def run_python(code, env_changes):
    env = dict(os.environ)
    for k, v in env_changes.items():
        if v is None:
            env.pop(k, None)
        else:
            env[k] = v
    env["PYTHONPATH"] = BINDINGS_DIR
    return subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True,
                          timeout=60)


class Loading(unittest.TestCase):
    def test_loaded_library(self):
        self.assertTrue(_ffi.library_path)
        self.assertGreaterEqual(congdoan.library_version(), _ffi.MIN_VERSION)
        self.assertEqual(congdoan.library_version_number(),
                         _ffi.version_number(*congdoan.library_version()))
        self.assertEqual(_ffi.lib.congdoan_version_string(), "%d.%d.%d" % congdoan.library_version())

    def test_env_path_that_does_not_exist(self):
        r = run_python("import congdoan", {"CONGDOAN_LIBRARY": "/nonexistent/libcongdoan.so.0"})
        self.assertNotEqual(r.returncode, 0)
        self.assertIn("ImportError", r.stderr)
        self.assertIn("$CONGDOAN_LIBRARY '/nonexistent/libcongdoan.so.0'", r.stderr)
        self.assertIn("No such file", r.stderr)   # the OSError of the attempt

    def test_no_env_lists_every_attempt(self):
        r = run_python("import congdoan, sys; sys.stdout.write(congdoan.library_path())",
                       {"CONGDOAN_LIBRARY": None, "LD_LIBRARY_PATH": None})
        if r.returncode == 0:  # an installed libcongdoan was found by its SONAME
            self.assertIn("libcongdoan", r.stdout)
        else:
            self.assertIn("SONAME 'libcongdoan.so.0'", r.stderr)
            self.assertIn("find_library('congdoan')", r.stderr)
            self.assertIn("CONGDOAN_LIBRARY", r.stderr)

    def test_loaded_by_soname(self):
        # As on an installed system: no $CONGDOAN_LIBRARY, the loader finds libcongdoan.so.0 on
        # its search path (here LD_LIBRARY_PATH names the folder of the library under test).
        folder = os.path.dirname(os.path.abspath(_ffi.library_path))
        if not os.path.exists(os.path.join(folder, _ffi.SONAME)):
            self.skipTest("no %s next to %s" % (_ffi.SONAME, _ffi.library_path))
        r = run_python("import congdoan, sys; sys.stdout.write(congdoan.library_path() + ' ' + "
                       "'%d.%d.%d' % congdoan.library_version())",
                       {"CONGDOAN_LIBRARY": None, "LD_LIBRARY_PATH": folder})
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertEqual(r.stdout, "libcongdoan.so.0 %d.%d.%d" % congdoan.library_version())

    def test_not_libcongdoan(self):
        libc = ctypes.CDLL(None)
        with self.assertRaisesRegex(ImportError, "is not libcongdoan"):
            _ffi.check_version(libc, "libc")

    def test_older_library_refused(self):
        class Old:
            def __init__(self):
                self.congdoan_version_number = ctypes.CFUNCTYPE(ctypes.c_long)(lambda: 999)
        with self.assertRaisesRegex(ImportError, r"is libcongdoan 0\.0\.999; these bindings need 0\.1\.0"):
            _ffi.check_version(Old(), "old.so")

    def test_missing_functions_named(self):
        class Partial:
            congdoan_version_number = _ffi.lib.congdoan_version_number
        table = {"congdoan_version_number": ([], ctypes.c_long, None),
                 "congdoan_corpus_units_fill": ([], ctypes.c_size_t, None)}
        with self.assertRaisesRegex(ImportError, r"lacks 1 function\(s\) .*congdoan_corpus_units_fill"):
            _ffi.bind(Partial(), table, True, "partial.so", 1000)
        self.assertEqual(_ffi.bind(Partial(), table, False), {"congdoan_version_number"})


class PrototypeTable(unittest.TestCase):
    def test_every_required_prototype_is_in_the_library(self):
        table = _ffi.prototypes()
        optional = _ffi.optional_names()
        missing = [n for n in table if n not in optional and not hasattr(_ffi.lib, n)]
        self.assertEqual(missing, [])
        for name in table:
            self.assertEqual(_ffi.has(name), hasattr(_ffi.lib, name), name)

    def test_every_public_function_is_declared(self):
        decls = header_declarations()
        self.assertGreater(len(decls), 200)
        table = _ffi.prototypes()
        self.assertEqual(sorted(set(decls) - set(table)), [],
                         "public functions without a prototype in congdoan/_ffi.py")
        self.assertEqual(sorted(set(table) - set(decls)), [],
                         "prototypes of functions that are not in the headers")
        for name, nparams in decls.items():
            self.assertEqual(len(table[name][0]), nparams, "argument count of " + name)

    def test_exported_symbols_are_all_declared(self):
        nm = shutil.which("nm")
        path = _ffi.library_path
        if not nm or not os.path.isfile(path):
            self.skipTest("needs nm and a library path")
        out = subprocess.run([nm, "-D", "--defined-only", path], capture_output=True, text=True).stdout
        exported = {line.split()[-1].split("@")[0] for line in out.splitlines()
                    if " T " in line and "congdoan_" in line}
        self.assertTrue(exported)
        self.assertEqual(sorted(exported - set(_ffi.prototypes())), [])

    def test_handles_are_typed(self):
        corpus = congdoan.Corpus()
        unit_p = _ffi.UnitP()
        with self.assertRaises(ctypes.ArgumentError):
            _ffi.lib.congdoan_corpus_unit_count(unit_p)   # a unit where a corpus is expected
        corpus.close()

    def test_borrowed_strings_come_back_as_str(self):
        self.assertEqual(_ffi.lib.congdoan_schema_namespace(), "urn:congdoan:1")
        self.assertIsInstance(_ffi.lib.congdoan_strerror(-2), str)
        self.assertIsNone(_ffi.lib.congdoan_level_name(99))

    def test_owned_string_freed(self):
        # congdoan_text_normalize gives a char * that congdoan_free releases; the binding
        # copies it first. Many rounds must not grow the process (a leak would: ~1 KiB each).
        text = "Lai Cha\u0302u " * 100
        for _ in range(200):
            self.assertEqual(congdoan.normalize(text), "Lai Châu " * 100)


if __name__ == "__main__":
    unittest.main()
