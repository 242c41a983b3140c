"""The build backend of the congdoan package (PEP 517 and PEP 660), in the package's own tree.

Why not setuptools: `pip install --no-build-isolation bindings/python` then needs the
interpreter's own setuptools and, before setuptools 70.1, the `wheel` package too; a pyenv or
venv Python often has neither, and without --no-build-isolation pip must fetch them from an
index. The package is a folder of pure-Python files, so its wheel is a zip of them with four
small metadata files: this module writes it with the standard library only. It needs nothing
(get_requires_* answer []), so pip works with or without build isolation, offline, under any
python3 3.8 or later; and it writes only into the folders pip hands it, never into the source
tree (no build/, no *.egg-info left behind).

The package's metadata lives here, once; its version is `__version__` in congdoan/__init__.py.
"""

import base64
import hashlib
import importlib.util
import os
import re
import tarfile
import zipfile

# pip imports this module with bytecode caching on, which would leave _backend/__pycache__ in
# the source tree: drop what the import wrote, and write no more.
def _forget_own_bytecode():
    import sys
    sys.dont_write_bytecode = True
    try:
        cached = importlib.util.cache_from_source(__file__)
        os.remove(cached)
        os.rmdir(os.path.dirname(cached))
    except (OSError, NotImplementedError, ValueError):
        pass


_forget_own_bytecode()

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PACKAGE = "congdoan"

SUMMARY = ("Python bindings (ctypes) for libcongdoan: documents, tasks, indicators, units and "
           "reports of the Vietnamese trade unions")
CLASSIFIERS = [
    "Programming Language :: Python :: 3",
    "License :: OSI Approved :: MIT License",
    "Operating System :: POSIX :: Linux",
    "Natural Language :: Vietnamese",
]
REQUIRES_PYTHON = ">=3.8"

# Zip entries dated 1980-01-01 (the earliest a zip can say) unless SOURCE_DATE_EPOCH says
# otherwise: the same sources give the same wheel.
def _timestamp():
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch and epoch.isdigit():
        import time
        t = time.gmtime(max(int(epoch), 315532800))
        return t[:6]
    return (1980, 1, 1, 0, 0, 0)


def _version():
    with open(os.path.join(ROOT, PACKAGE, "__init__.py"), encoding="utf-8") as f:
        m = re.search(r'^__version__ = "([^"]+)"$', f.read(), re.M)
    if not m:
        raise RuntimeError("congdoan/__init__.py has no line __version__ = \"…\"")
    return m.group(1)


def _dist_info():
    return "%s-%s.dist-info" % (PACKAGE, _version())


def _metadata():
    with open(os.path.join(ROOT, "README.md"), encoding="utf-8") as f:
        readme = f.read()
    lines = ["Metadata-Version: 2.1", "Name: " + PACKAGE, "Version: " + _version(),
             "Summary: " + SUMMARY, "License: MIT", "Requires-Python: " + REQUIRES_PYTHON]
    lines += ["Classifier: " + c for c in CLASSIFIERS]
    lines += ["Description-Content-Type: text/markdown", "", readme]
    return "\n".join(lines)


_WHEEL = ("Wheel-Version: 1.0\nGenerator: congdoan_build\nRoot-Is-Purelib: true\n"
          "Tag: py3-none-any\n")


def _package_files():
    """The package's modules (congdoan/*.py), sorted: the wheel's contents."""
    folder = os.path.join(ROOT, PACKAGE)
    return sorted(PACKAGE + "/" + n for n in os.listdir(folder) if n.endswith(".py"))


def _metadata_files():
    info = _dist_info()
    return [(info + "/METADATA", _metadata().encode("utf-8")),
            (info + "/WHEEL", _WHEEL.encode("ascii")),
            (info + "/top_level.txt", (PACKAGE + "\n").encode("ascii"))]


def _write_wheel(wheel_directory, entries):
    """A wheel of (name, bytes) entries plus its RECORD; returns the file name."""
    name = "%s-%s-py3-none-any.whl" % (PACKAGE, _version())
    record = []
    when = _timestamp()
    path = os.path.join(wheel_directory, name)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for arcname, data in entries + _metadata_files():
            info = zipfile.ZipInfo(arcname, when)
            info.external_attr = 0o644 << 16
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data)
            digest = base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=")
            record.append("%s,sha256=%s,%d" % (arcname, digest.decode("ascii"), len(data)))
        record_name = _dist_info() + "/RECORD"
        record.append(record_name + ",,")
        info = zipfile.ZipInfo(record_name, when)
        info.external_attr = 0o644 << 16
        z.writestr(info, "\n".join(record) + "\n")
    return name


def _read(relpath):
    with open(os.path.join(ROOT, relpath), "rb") as f:
        return f.read()


# ---- PEP 517 ---------------------------------------------------------------------------------

def get_requires_for_build_wheel(config_settings=None):
    return []


def get_requires_for_build_sdist(config_settings=None):
    return []


def prepare_metadata_for_build_wheel(metadata_directory, config_settings=None):
    info = _dist_info()
    for arcname, data in _metadata_files():
        target = os.path.join(metadata_directory, arcname)
        os.makedirs(os.path.dirname(target), exist_ok=True)
        with open(target, "wb") as f:
            f.write(data)
    return info


def build_wheel(wheel_directory, config_settings=None, metadata_directory=None):
    return _write_wheel(wheel_directory, [(p, _read(p)) for p in _package_files()])


def build_sdist(sdist_directory, config_settings=None):
    base = "%s-%s" % (PACKAGE, _version())
    name = base + ".tar.gz"
    members = ["pyproject.toml", "README.md", "_backend/congdoan_build.py"] + _package_files()
    with tarfile.open(os.path.join(sdist_directory, name), "w:gz", format=tarfile.PAX_FORMAT) as t:
        for rel in members:
            info = t.gettarinfo(os.path.join(ROOT, rel), arcname=base + "/" + rel)
            info.uid = info.gid = 0
            info.uname = info.gname = ""
            info.mtime = 315532800
            with open(os.path.join(ROOT, rel), "rb") as f:
                t.addfile(info, f)
        pkg_info = _metadata().encode("utf-8")
        info = tarfile.TarInfo(base + "/PKG-INFO")
        info.size, info.mtime, info.mode = len(pkg_info), 315532800, 0o644
        import io
        t.addfile(info, io.BytesIO(pkg_info))
    return name


# ---- PEP 660: `pip install -e bindings/python` (a .pth naming this folder) ------------------

def get_requires_for_build_editable(config_settings=None):
    return []


def prepare_metadata_for_build_editable(metadata_directory, config_settings=None):
    return prepare_metadata_for_build_wheel(metadata_directory, config_settings)


def build_editable(wheel_directory, config_settings=None, metadata_directory=None):
    return _write_wheel(wheel_directory, [(PACKAGE + ".pth", (ROOT + "\n").encode("utf-8"))])
