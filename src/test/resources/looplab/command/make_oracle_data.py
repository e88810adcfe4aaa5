#!/usr/bin/env python3
"""Builds the oracle-derived test data of looplab.command (run with CPython 3.11):

  * OracleTable.java: tricky scripts with the oracle's verdict (0 = accepted,
    else the rejected line) and, when accepted, the oracle's parse in the
    canonical one-line-per-command form of Canonical.java;
  * for each script RES/NAME.loop, RES/NAME.parsed (the oracle's parse of it),
    and RES/scripts.txt listing them.

The .loop files are the conformance scenarios and the output of
`gen.py --seed 3 --count 50`, copied here.  From the project root:

    R=src/test/resources/looplab/command
    python3 $R/make_oracle_data.py ../shared/conformance \
        src/test/java/looplab/command/OracleTable.java $R
"""
import glob
import os
import struct
import sys

sys.dont_write_bytecode = True
sys.path.insert(0, sys.argv[1])
import oracle  # noqa: E402

LONG_MAX = 2 ** 63 - 1
INT_MAX = 2 ** 31 - 1


def hexs(s):
    return "s:" + s.encode("utf-8").hex()


def dbl(x):
    return "%016x" % struct.unpack("<Q", struct.pack("<d", x))[0]


def spec(t, f):
    if t[0] == "fixed":
        return "fixed:" + f(t[1])
    return "range:" + f(t[1]) + ":" + f(t[2])


def canon(cmd):
    a, n = cmd.args, cmd.name
    if n == "new":
        return f"{cmd.lineno} new maxsize={a['maxsize']} seed={a['seed']} kind={a['kind']}"
    if n == "spawn":
        name = "-" if a["name"] is None else hexs(a["name"])
        if a["role"] == "producer":
            return (f"{cmd.lineno} spawn producer name={name} count={spec(a['count'], str)} "
                    f"delay={spec(a['delay'], dbl)} sentinel={int(a['sentinel'])}")
        return f"{cmd.lineno} spawn consumer name={name} delay={spec(a['delay'], dbl)}"
    if n == "put":
        return f"{cmd.lineno} put " + ("None" if a["item"] is None else hexs(a["item"]))
    if n == "get":
        return f"{cmd.lineno} get"
    if n == "cancel":
        return f"{cmd.lineno} cancel " + hexs(a["name"])
    if n in ("step", "tick"):
        return f"{cmd.lineno} {n} {min(a['n'], LONG_MAX)}"    # Java clamps, same behaviour
    if n == "run":
        return f"{cmd.lineno} run " + ("-" if a["until"] is None else dbl(a["until"]))
    raise AssertionError(n)


def too_big_count(cmds):
    """Scripts the Java parser refuses on purpose: a count above an int."""
    for c in cmds:
        if c.name == "spawn" and c.args["role"] == "producer":
            if any(v > INT_MAX for v in c.args["count"][1:]):
                return c.lineno
    return 0


def verdict(data):
    try:
        cmds = oracle.parse_script(data)
    except oracle.ScriptError as e:
        return e.lineno, e.reason, 0
    return 0, "; ".join(canon(c) for c in cmds), too_big_count(cmds)


# Single lines: each is tested as line 2 of "# first line\n<line>\n".
LINES = [
    # blank, comments
    b"", b"   ", b"\t\f\x0b\r", b"# comment", b"   # comment", b"#", b'#"', b"##",
    # new
    b"new", b"new maxsize=0 seed=0 kind=fifo", b"new kind=lifo", b"new kind=priority seed=-5",
    b"new seed=-0", b"new seed=--1", b"new seed=+1", b"new seed=1.5", b"new seed=-",
    b"new seed=12345678901234567890123456789", b"new seed=-98765432109876543210",
    b"new maxsize=99999999999999999999999", b"new maxsize=-1", b"new maxsize=1.0",
    b"new maxsize=007", b"new maxsize=1 maxsize=2", b"new foo=1", b"new Kind=fifo",
    b"new kind=FIFO", b"new kind=heap", b"new kind=", b"new =5", b"new maxsize==1",
    b"new x", b'new "kind=lifo"', b"NEW", b"new kind=lifo#comment", b"new kind=lifo#",
    b"new seed=", b"new seed=1 foo=2", b"new kind=heap x", b"new x kind=heap",
    b"new maxsize=x seed=y", b"new seed=1 seed=1", b"new   kind=lifo\tmaxsize=2  ",
    # spawn
    b"spawn", b"spawn worker", b"spawn Producer", b'spawn "producer"', b"spawn producer",
    b"spawn consumer", b"spawn producer alpha", b"spawn producer alpha beta",
    b'spawn producer ""', b'spawn producer "" x', b'spawn producer "two words" count=2',
    b"spawn producer count=2 alpha delay=0", b"spawn producer count=5..2",
    b"spawn producer count=3..3", b"spawn producer count=0", b"spawn producer count=0..0 delay=0..0",
    b"spawn producer count=-1", b"spawn producer count=1.5", b"spawn producer count=3..7..9",
    b"spawn producer count=3..", b"spawn producer count=..3", b"spawn producer count=3...7",
    b"spawn producer count=007..010", b"spawn producer count=2147483647",
    b"spawn producer count=2147483648", b"spawn producer count=0..99999999999999999999",
    b"spawn producer count=99999999999999999999..1",
    b"spawn producer delay=-1", b"spawn producer delay=.5", b"spawn producer delay=5.",
    b"spawn producer delay=1e3", b"spawn producer delay=0.5..0.1", b"spawn producer delay=0.25..0.25",
    b"spawn producer delay=1..2", b"spawn producer delay=0.1..0.10000000000000000001",
    b"spawn producer delay=0.10000000000000000001..0.1", b"spawn producer delay=0.2..0.1999999999999999999999",
    b"spawn producer delay=", b"spawn producer delay=nan", b"spawn producer delay=inf",
    b"spawn producer delay=" + b"9" * 400, b"spawn producer delay=0.1..." , b"spawn producer delay=0..1.",
    b"spawn producer delay=0.3333333333333333333333333333333333",
    b"spawn producer sentinel=yes", b"spawn producer sentinel=ON", b"spawn producer sentinel=off",
    b"spawn producer sentinel=on", b"spawn consumer count=3", b"spawn consumer sentinel=off",
    b"spawn consumer delay=0", b"spawn consumer C0 delay=0.1..0.3", b"spawn consumer a b",
    b"spawn producer count=1 count=2", b"spawn producer Count=1", b'spawn producer "count=3"',
    b'spawn producer a "b"', b"spawn producer None", b"spawn producer=1",
    b"spawn  producer\tcount=1", b"spawn producer#x", b"spawn producer count=1#c",
    "spawn consumer na\u00efve".encode(), b"spawn producer name=x", b"spawn producer =x",
    b"spawn producer x= ", b"spawn producer count=", b"spawn consumer delay=1 delay=2",
    b'spawn consumer "" delay=1', b"spawn producer count=x delay=y", b"spawn producer sentinel=on sentinel=off",
    # put
    b"put", b"put a b", b'put "a', b'put a"b"', b'put "a"b', b'put "a b"', b'put ""', b"put None",
    b'put "None"', b"put none", b"put a#comment", b'put "#not a comment"', b'put "a"#c',
    b'put "a" #c', b"put a=b", b'put "a=b"', b"put 'a b'", b'put "a\tb"', b'put """"',
    b'put "" ""', b'put x"', "put \u00fcn\u00efc\u00f6d\u00e9".encode(), "put \u65e5\u672c".encode(),
    "put \U0001F600".encode(), b'put "\\"', b'put "a\\" b"', b'put "a""b"', b"put a#\"b",
    b'put "a"\t', b'put "a"\r', b"put \x00", b"put \x01\x7f", b"put None None", b'put "None" x',
    # get, cancel
    b"get", b"get x", b'get ""', b"get #c", b"get\t", b"cancel", b"cancel a b", b"cancel nobody",
    b'cancel "two words"', b'cancel ""', b"cancel a=b", b"cancel None",
    # step, tick
    b"step", b"step 0", b"step 1", b"step x", b"step -1", b"step 1 2", b'step "3"', b"step 1.5",
    b"step 99999999999999999999999", b"step 9223372036854775807", b"step 9223372036854775808",
    b"tick", b"tick 0", b"tick 3", b"tick 1 2", b"tick n=3", b"step +1", b"step 0x10",
    "step \uff13".encode(), b"tick 007", b"step#5", b"step 5#x",
    # run
    b"run", b"run 5", b"run until=x", b"run until=0", b"run until=1.5", b"run until=.5",
    b"run until=1..2", b"run until=-1", b"run until=1 until=2", b"run until=", b"run foo=1",
    b'run "until=1"', b"run until=1e2", b"run UNTIL=1", b"run until=00.50",
    b"run until=" + b"1" * 400,
    # views
    b"show", b"queue x", b"tasks a b c", b"ready", b"timers", b"help", b"help spawn", b"trace",
    b"history", b"Show", b'show "x', b'show a"b', b"show count=3 x", b'"show"', b'show "quoted" =',
    b"where", b"why", b"quit", b"exit", b"views",
    # unknown commands and blanks
    b"frob", b'"spawn" producer', b'""', b'"" x', b"Spawn producer", b"PUT x",
    "spawn\u00a0producer".encode(), "put\u3000x".encode(), b"\x0bput\x0cx\r", b"put x\r",
    b"\x00", b'"', b'""#', b"\x1cput x", b"put\x1cx",
]

# Whole scripts (several lines, line endings, UTF-8).
SCRIPTS = [
    b"new kind=priority\nput None\n", b'new kind=priority\nput "None"\n',
    b"new kind=priority\nspawn producer\n", b"new kind=priority\nspawn producer sentinel=on\n",
    b"new kind=priority\nspawn producer sentinel=off\n", b"new kind=priority\nspawn consumer\n",
    b"new kind=priority\nnew\nput None\n", b"new kind=priority\nnew kind=lifo\nspawn producer sentinel=on\n",
    b"new kind=priority\nshow\nput None\n", b"put None\nnew kind=priority\nput x\nput None\n",
    b"new kind=priority\nput None #c\n", b"new kind=priority\nspawn producer sentinel=on count=x\n",
    b"new kind=priority # c\nput None\n", b'new kind=priority\nspawn producer "sentinel=on"\n',
    b"new kind=priority\nspawn producer sentinel=on#c\n", b"new kind=priority\nnew kind=heap\nput None\n",
    b"show\r\nput x\r\nrun\r\n", b"show\r\nfrob\r\n", b"\n\n\nfrob", b"frob\n", b"put a\n\n", b"",
    b"\n", b"\r", b"\n\n", b"put a", b"put \xff\n", b"show\nput \xc3\n", b"# \xed\xa0\x80 comment\n",
    b"put \xef\xbb\xbf\n", b"\xef\xbb\xbfnew\n", b"put \xf0\x9f\x98\x80\n", b"put a\xc3",
    b"put \xc0\x80\n", b"put \xf4\x90\x80\x80\n", b"frob\nput \xff\n",
    b"new\nspawn producer\nspawn producer count=x\nfrob\n",
    b"spawn producer X\nspawn consumer X\n", b"spawn consumer P0\nspawn producer\n",
    b"spawn producer count=5\n\xff", b"step\rstep\n", b"put a\x85b\n".decode("latin-1").encode(),
]


def jstr(data):
    """A Java string literal holding the bytes as chars 0..255 (octal escapes: safe in
    Java sources, unlike \\u escapes of line ends)."""
    out = []
    for b in data:
        c = chr(b)
        if c == '"' or c == "\\":
            out.append("\\" + c)
        elif 0x20 <= b < 0x7F:
            out.append(c)
        else:
            out.append("\\%03o" % b)
    return '"' + "".join(out) + '"'


def main():
    java_out, res = sys.argv[2], sys.argv[3]
    rows = []
    for line in LINES:
        rows.append(b"# first line\n" + line + b"\n")
    rows.extend(SCRIPTS)
    seen = set()
    body = []
    for data in rows:
        assert data not in seen, data
        seen.add(data)
        line, detail, deviate = verdict(data)
        body.append(f"            row({jstr(data)}, {line}, {deviate}, {jstr(detail.encode('utf-8'))})")
    ok = sum(1 for d in rows if verdict(d)[0] == 0)
    with open(java_out, "w", encoding="utf-8") as f:
        f.write(HEADER.format(n=len(rows), ok=ok, bad=len(rows) - ok))
        f.write(",\n".join(body) + ");\n")
        f.write(FOOTER)
    scripts = sorted(glob.glob(os.path.join(res, "*.loop")))
    with open(os.path.join(res, "scripts.txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write("".join(os.path.basename(p) + "\n" for p in scripts))
    for path in scripts:
        with open(path, "rb") as f:
            data = f.read()
        line, detail, deviate = verdict(data)
        assert line == 0 and deviate == 0, (path, detail)
        with open(path[:-5] + ".parsed", "w", encoding="utf-8", newline="\n") as f:
            f.write(detail.replace("; ", "\n") + "\n")
    print(f"{len(rows)} rows ({ok} accepted), {len(scripts)} scripts")


HEADER = """package looplab.command;

import java.util.List;

/**
 * GENERATED by src/test/resources/looplab/command/make_oracle_data.py from the
 * conformance oracle's {{@code parse_script}} (CPython 3.11); do not edit.
 * {n} scripts: {ok} accepted, {bad} rejected.
 *
 * <p>Each row: the script's bytes (one char per byte, 0..255); the oracle's verdict, 0 for
 * accepted, else the line it rejects; the line the Java parser rejects on purpose although the
 * oracle accepts it (a count above an int), else 0; and the oracle's reason, or when accepted
 * its parse in the canonical form of {{@link Canonical}}.
 */
final class OracleTable {{

    record Row(String latin1, int oracleLine, int deviationLine, String detail) {{
    }}

    private static Row row(String latin1, int oracleLine, int deviationLine, String detail) {{
        return new Row(latin1, oracleLine, deviationLine, detail);
    }}

    static final int SIZE = {n};

    static final List<Row> ROWS = List.of(
"""

FOOTER = """
    private OracleTable() {
    }
}
"""

if __name__ == "__main__":
    main()
