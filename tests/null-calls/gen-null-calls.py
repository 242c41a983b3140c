#!/usr/bin/env python3
"""Write a C program that calls every public function of libcongdoan with NULL where a pointer
is expected, one pointer argument at a time (the others valid), and checks what it does
against what its header comment says.

    gen-null-calls.py HEADER.h... OUTPUT.c
    gen-null-calls.py --discover HEADER.h... OUTPUT.c   (print what each call does instead)

The rule (congdoan/common.h, "NULL arguments"): the comment of every function that takes a
pointer says, in one sentence, what it does with NULL:

    On NULL: returns VALUE.
    On NULL: returns VALUE (`name`, `other` may be NULL).
    On NULL: does nothing.

VALUE is a C expression (NULL, 0, -1, CONGDOAN_EINVAL, CONGDOAN_LEVEL_UNKNOWN …). The
program checks, for each pointer argument that is not listed as one that may be NULL:
  - the call returns VALUE (a function that "does nothing" returns nothing);
  - the last error is then CONGDOAN_EINVAL and its message names the argument ("… unit is
    NULL"), except for "does nothing" (a free of NULL is not an error), where the last error is
    left alone;
  - nothing crashes (the sanitizer and valgrind runs of the unit tests run it too).
For an argument that may be NULL, the call must not fail because of it (no CONGDOAN_EINVAL
naming it). A function whose comment has no such sentence is a failure.

Valid values for the other arguments come from the sample data (examples/data), one corpus
for every call; a handle type the program does not know how to make (a new one) is tested
only with every handle argument NULL at once.
"""

import os
import re
import sys

discover = "--discover" in sys.argv
argv = [a for a in sys.argv[1:] if a != "--discover"]
# the script itself may come first (meson passes every input)
if argv and argv[0].endswith(".py"):
    argv = argv[1:]
headers, out_path = [a for a in argv if a.endswith(".h")], [a for a in argv if a.endswith(".c")][0]

# ---- parsing the headers ----------------------------------------------------------------

funcs = []
for h in headers:
    text = open(h, encoding="utf-8").read()
    # each declaration with the doc comment just before it (if any)
    for m in re.finditer(r"(/\*\*(?:(?!\*/).)*\*/\s*)?CONGDOAN_API\s+([^;{]*?\))\s*;", text, re.S):
        doc = m.group(1) or ""
        decl = " ".join(m.group(2).split())
        if "#" in decl:
            continue
        dm = re.match(r"(.*?)\b(congdoan_\w+)\s*\((.*)\)$", decl)
        if not dm:
            continue
        ret, name, params = dm.group(1).strip(), dm.group(2), dm.group(3).strip()
        plist = []
        if params and params != "void":
            for p in params.split(","):
                p = p.strip()
                # an array parameter ("size_t counts[N]") is a pointer
                p = re.sub(r"\s*(\w+)\s*\[[^]]*\]$", r" *\1", p)
                pm = re.match(r"(.*?)(\w+)$", p)
                plist.append((pm.group(1).strip(), pm.group(2)))
        funcs.append((name, ret, plist, doc, h))

NULL_RE = re.compile(r"On NULL:\s*(?:returns\s+(?P<value>[^;.(]+?|\"\")|(?P<nothing>does nothing))"
                     r"(?:\s*\((?P<opt>[^)]*?)\s+may\s+be\s+NULL\))?\s*[;.]", re.S)

# Handle types: every `typedef struct congdoan_X congdoan_X;` of the headers. A valid one comes
# from make_X() of null-support.h when that declares it; a type without one (new, from another
# part of the library) is tested only as NULL.
HANDLES = {}
for h in headers:
    for m in re.finditer(r"typedef struct (congdoan_(\w+)) congdoan_\w+;", open(h, encoding="utf-8").read()):
        HANDLES[m.group(1)] = m.group(2)
support_h = os.path.join(os.path.dirname(os.path.abspath(__file__)), "null-support.h")
MAKERS = set(re.findall(r"\bmake_(\w+)\(void\)", open(support_h, encoding="utf-8").read()))
FUNCTIONS = set(name for name, *_ in funcs)


def base_type(t):
    return t.replace("const", "").replace("*", "").strip()


def kind_of(t):
    """How to make a valid value of a parameter type."""
    stars = t.count("*")
    b = base_type(t)
    if stars == 0:
        if b == "congdoan_write_fn":
            return "fn"
        return "scalar"
    if stars == 1 and b == "char":
        return "string"
    if stars == 1 and b == "void":
        return "void"
    if stars == 1 and b in HANDLES:
        return "handle"
    if stars == 1:
        return "outscalar"          # int *, double *, size_t *, enum *
    if stars == 2 and b == "char" and t.count("const") == 2:
        return "strarray"           # const char *const * (a list of strings given)
    if stars == 2 and b == "char" and "const" in t:
        return "strcolumn"          # const char ** (bulk columns)
    if stars == 2 and b == "char":
        return "outstring"          # char **
    if stars == 2 and b in HANDLES:
        return "outhandle"
    return "unknown"


def is_pointer(t):
    return "*" in t or base_type(t) == "congdoan_write_fn"


def scalar_value(t, name):
    b = base_type(t)
    if b == "double":
        return "1.0"
    if name in ("parts",):
        return "CONGDOAN_WRITE_ALL"
    if name in ("at_ymd", "date_ymd", "ymd", "date"):
        return "20250630"
    if name == "year":
        return "2025"
    if name in ("roles",):
        return "1"
    if name == "body_kind":  # with a department
        return "0"
    if name == "kind":  # a department (unit kinds), a valid document kind too
        return "2"
    if name == "level":  # grassroots: may go under any unit of the sample data
        return "4"
    if name in ("size", "start", "count", "i", "c", "k", "l", "flags", "value", "members", "workers"):
        return "0" if name != "count" else "2"
    if b.startswith("congdoan_") or b in ("int", "long", "size_t"):
        return "1" if b.startswith("congdoan_") else "0"
    return "0"


STRINGS = {
    "path": "sample_path", "data": "\"<congdoan xmlns=\\\"urn:congdoan:1\\\" version=\\\"1.0\\\"/>\"",
    "period": "\"2025\"", "code": "\"2025\"", "number": "\"240/KH-TLĐ\"", "text": "\"240/KH-TLĐ\"",
    "tag": "\"xml-malformed\"", "a": "\"a\"", "b": "\"b\"",
}


new_ids = [0]


def string_value(name):
    if name in STRINGS:
        return STRINGS[name]
    if name == "id":  # a new object's id (edits) or a look-up that finds nothing
        new_ids[0] += 1
        return "\"nc-%d\"" % new_ids[0]
    if name.endswith("id"):
        return "\"laichau\""
    return "\"x\""


def c_local(t, name, idx):
    """Declaration and argument expression for a valid value."""
    k = kind_of(t)
    b = base_type(t)
    v = "a%d" % idx
    if k == "scalar":
        return "%s %s = (%s)%s;" % (t.replace("const ", ""), v, t.replace("const ", ""), scalar_value(t, name)), v
    if k == "fn":
        return "", "sink_write"
    if k == "string":
        return "", string_value(name)
    if k == "void":
        return "", "NULL"
    if k == "handle":
        if HANDLES[b] not in MAKERS:
            return None, None
        return "", "make_%s()" % HANDLES[b]
    if k == "strarray":
        return "static const char *const %s[] = {\"laichau\", \"tld\", NULL};" % v, v
    if k == "outscalar":
        return "static %s %s[1024]; memset(%s, 0, sizeof %s);" % (b, v, v, v), v
    if k == "strcolumn":
        return "static const char *%s[1024]; memset(%s, 0, sizeof %s);" % (v, v, v), v
    if k == "outstring":
        return "char *%s = NULL;" % v, "&" + v
    if k == "outhandle":
        cq = "const " if t.startswith("const") else ""
        return "%s%s *%s = NULL;" % (cq, b, v), "&" + v
    return None, None


def cleanup(t, idx):
    k = kind_of(t)
    b = base_type(t)
    v = "a%d" % idx
    if k == "outstring":
        return "congdoan_free(%s);" % v
    if k == "outhandle" and not t.startswith("const") and b + "_free" in FUNCTIONS:
        return "%s_free(%s);" % (b, v)
    return ""


def c_type_of_return(ret):
    return ret


lines = []
w = lines.append
w("/* Generated by tests/null-calls/gen-null-calls.py from the public headers: do not edit. */")
w("#include \"null-support.h\"")
w("")
calls = []
missing_doc = []

for name, ret, plist, doc, header in funcs:
    ptrs = [i for i, (t, n) in enumerate(plist) if is_pointer(t)]
    if not ptrs:
        continue
    m = NULL_RE.search(doc)
    if not m and not discover:
        missing_doc.append(name)
        continue
    value = m.group("value").strip() if m and m.group("value") else None
    nothing = bool(m and m.group("nothing"))
    optional = set(re.findall(r"`(\w+)`", m.group("opt") or "")) if m else set()
    unknown = any(kind_of(t) in ("unknown",) for t, n in plist)
    if unknown:
        missing_doc.append(name + " (a parameter type the generator does not know)")
        continue
    # one call per pointer argument, that one NULL; plus one with every handle NULL
    cases = [(i,) for i in ptrs]
    handle_idx = tuple(i for i in ptrs if kind_of(plist[i][0]) == "handle")
    if len(handle_idx) > 1:
        cases.append(handle_idx)
    # with a handle that cannot be made, every case needs all such handles NULL
    unmakeable = tuple(i for i in handle_idx if HANDLES[base_type(plist[i][0])] not in MAKERS)
    if unmakeable and unmakeable not in cases:
        cases.append(unmakeable)
    for case in cases:
        fn = "call_%s_%s" % (name, "_".join(map(str, case)))
        decls, args, cleans = [], [], []
        makeable = True
        for i, (t, n) in enumerate(plist):
            if i in case:
                args.append("NULL" if kind_of(t) != "fn" else "(congdoan_write_fn)NULL")
                continue
            d, a = c_local(t, n, i)
            if a is None:
                makeable = False
                break
            if d:
                decls.append(d)
            args.append(a)
            c = cleanup(t, i)
            if c:
                cleans.append(c)
        if not makeable:
            continue
        nulled = [plist[i][1] for i in case]
        is_optional = all(n in optional for n in nulled)
        w("static void %s(void)\n{" % fn)
        for d in decls:
            w("    " + d)
        w("    congdoan_error_clear();")
        label = "%s(%s)" % (name, ", ".join(("NULL" if i in case else plist[i][1]) for i in range(len(plist))))
        call = "%s(%s)" % (name, ", ".join(args))
        if ret == "void":
            w("    %s;" % call)
            rv = None
        else:
            w("    %s r = %s;" % (ret, call))
            rv = "r"
        if discover:
            if rv is None:
                w("    report_void(\"%s\");" % label)
            elif "*" in ret:
                w("    report_ptr(\"%s\", (const void *)r);" % label)
            elif "double" in ret:
                w("    report_double(\"%s\", r);" % label)
            else:
                w("    report_long(\"%s\", (long)r);" % label)
        else:
            names = ", ".join("\"%s\"" % n for n in nulled)
            if is_optional:
                w("    expect_optional(\"%s\", (const char *[]){%s, NULL});" % (label, names))
            elif nothing:
                w("    expect_nothing(\"%s\");" % label)
            else:
                cmp = "r == (%s)(%s)" % (ret, value)
                if "*" in ret and value not in ("NULL",):
                    cmp = "r && strcmp((const char *)r, %s) == 0" % value
                w("    expect_null_result(\"%s\", %s, \"%s\", (const char *[]){%s, NULL});" % (label, cmp, value.replace("\"", "\\\""), names))
        for c in cleans:
            w("    " + c)
        w("}\n")
        calls.append(fn)

w("static void (*const calls[])(void) = {")
for c in calls:
    w("    %s," % c)
w("};")
w("")
w("static const char *const undocumented[] = {")
for n in missing_doc:
    w("    \"%s\"," % n)
w("    NULL};")
w("")
w("int main(void)")
w("{")
w("    return run_null_calls(calls, sizeof calls / sizeof calls[0], undocumented);")
w("}")

with open(out_path, "w", encoding="utf-8") as f:
    f.write("\n".join(lines) + "\n")
