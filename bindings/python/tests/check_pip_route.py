"""The README's pip route, as a user takes it: `pip install bindings/python` under whichever
python3 comes first on PATH (a pyenv or venv Python without setuptools' wheel included) and
under Debian's /usr/bin/python3, with and without --no-build-isolation, offline (--no-index).
Each install must succeed, give an importable package of the source's version whose files are
the source's, and leave the source tree exactly as it was (no build/, *.egg-info, __pycache__).

Usage: check_pip_route.py   (CONGDOAN_LIBRARY names the library to import against)
"""

import os
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
PACKAGE_DIR = os.path.dirname(HERE)


def tree(folder):
    """Every path below folder, with the size of each file."""
    out = set()
    for root, dirs, files in os.walk(folder):
        for d in dirs:
            out.add(os.path.relpath(os.path.join(root, d), folder) + "/")
        for f in files:
            p = os.path.join(root, f)
            out.add((os.path.relpath(p, folder), os.path.getsize(p)))
    return out


def interpreters():
    """The distinct python3 programs to try: the first on PATH, then Debian's."""
    seen, out = set(), []
    for cand in (shutil.which("python3"), "/usr/bin/python3"):
        if not cand or not os.path.exists(cand):
            continue
        real = subprocess.run([cand, "-c", "import sys; print(sys.executable, sys.prefix)"],
                              capture_output=True, text=True).stdout.strip()
        if real not in seen:
            seen.add(real)
            out.append(cand)
    return out


def main():
    with open(os.path.join(PACKAGE_DIR, "congdoan", "__init__.py"), encoding="utf-8") as f:
        version = next(line.split('"')[1] for line in f if line.startswith("__version__"))
    failures, tried = [], 0
    env = dict(os.environ, PIP_DISABLE_PIP_VERSION_CHECK="1", PIP_NO_INPUT="1",
               PIP_ROOT_USER_ACTION="ignore", PYTHONDONTWRITEBYTECODE="")
    env.pop("PYTHONDONTWRITEBYTECODE")
    for python in interpreters():
        if subprocess.run([python, "-m", "pip", "--version"], capture_output=True).returncode:
            print("%s: no pip (python3-pip), skipped" % python)
            continue
        for isolation in ([], ["--no-build-isolation"]):
            tried += 1
            failed_before = len(failures)
            label = "%s -m pip install %s" % (python, " ".join(isolation + ["bindings/python"]))
            before = tree(PACKAGE_DIR)
            with tempfile.TemporaryDirectory() as tmp:
                target = os.path.join(tmp, "site")
                r = subprocess.run([python, "-m", "pip", "install", "--no-index", "--target",
                                    target] + isolation + [PACKAGE_DIR],
                                   capture_output=True, text=True, env=env)
                if r.returncode != 0:
                    failures.append("%s: exit %d\n%s" % (label, r.returncode, r.stderr[-2000:]))
                    continue
                check = subprocess.run(
                    [python, "-c", "import congdoan, os; print(congdoan.__version__); "
                     "print(os.path.dirname(congdoan.__file__))"],
                    capture_output=True, text=True, cwd=tmp,
                    env=dict(env, PYTHONPATH=target, PYTHONDONTWRITEBYTECODE="1"))
                lines = check.stdout.split()
                if check.returncode != 0 or lines != [version, os.path.join(target, "congdoan")]:
                    failures.append("%s: import gave %r (stderr %s)" % (label, lines, check.stderr[-500:]))
                # (pip compiles the modules it installs: __pycache__ is its own)
                installed = sorted(n for n in os.listdir(os.path.join(target, "congdoan"))
                                   if n != "__pycache__")
                sources = sorted(n for n in os.listdir(os.path.join(PACKAGE_DIR, "congdoan"))
                                 if n.endswith(".py"))
                if installed != sources:
                    failures.append("%s: installed %s, sources %s" % (label, installed, sources))
            after = tree(PACKAGE_DIR)
            if after != before:
                failures.append("%s: left in the source tree: %s; removed: %s"
                                % (label, sorted(map(str, after - before)),
                                   sorted(map(str, before - after))))
            print("%s: %s" % (label, "ok" if len(failures) == failed_before else "FAILED"))
    if tried == 0:
        failures.append("no python3 with pip found (install python3-pip)")
    for f in failures:
        print("FAIL: " + f)
    print("%d installs tried, %d failures" % (tried, len(failures)))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
