# Checks of minipy's GIL trace files, shared by the tests in this folder (runs under minipy).
import sys

sys.path.insert(0, "../../scripts")
import gil_plot  # noqa: E402  (its JSON parser)

VOCABULARY = {"thread_start", "thread_exit", "request", "timeout", "drop", "take"}
REASONS = {"forced", "blocking", "exit", "yield"}


def check_log(path):
    """Parse a .log trace and check its columns and the handoff invariants.

    Returns (problems, events) where events is a list of (t_ns, tid, name, switch, event, details)."""
    problems = []
    events = []
    with open(path) as f:
        lines = f.read().split("\n")
    if not lines or not lines[0].startswith("# minipy GIL trace"):
        problems.append("missing header")
    for n, line in enumerate(lines, 1):
        if not line or line.startswith("#"):
            continue
        cols = line.split("\t")
        if len(cols) != 6:
            problems.append(f"line {n}: {len(cols)} columns")
            continue
        try:
            t, tid, sw = int(cols[0]), int(cols[1]), int(cols[3])
        except ValueError:
            problems.append(f"line {n}: bad number")
            continue
        if cols[4] not in VOCABULARY:
            problems.append(f"line {n}: unknown event {cols[4]}")
        if cols[4] == "drop":
            reason = cols[5].split(" ")[0]
            if not reason.startswith("reason=") or reason[7:] not in REASONS:
                problems.append(f"line {n}: bad drop details {cols[5]}")
            if reason == "reason=blocking" and " call=" not in cols[5]:
                problems.append(f"line {n}: blocking drop without its call")
        if cols[4] == "take" and not cols[5].startswith("waited_ns="):
            problems.append(f"line {n}: bad take details {cols[5]}")
        events.append((t, tid, cols[2], sw, cols[4], cols[5]))
    problems += check_handoffs(events)
    return problems, events


UNKNOWN = "unknown"


def check_handoffs(events):
    """Never two holders; each take follows the previous holder's drop; time and switch numbers
    never go back."""
    problems = []
    holder = UNKNOWN  # a region may begin while some thread holds the GIL
    last_t = last_sw = -1
    for t, tid, name, sw, ev, details in events:
        if t < last_t:
            problems.append(f"time goes back at {t}")
        if sw < last_sw:
            problems.append(f"switch number goes back at {t}")
        last_t, last_sw = t, sw
        if ev == "take":
            if holder is not None and holder != UNKNOWN:
                problems.append(f"{t}: {name} takes while {holder} holds the GIL")
            holder = tid
        elif ev == "drop":
            if holder != UNKNOWN and holder != tid:
                problems.append(f"{t}: {name} drops a GIL it does not hold ({holder})")
            holder = None
    return problems


def check_json(path):
    """Parse a .json trace (Chrome Trace Event format) and check its shape. Returns (problems, trace)."""
    problems = []
    trace = gil_plot.load_trace(path)
    events = trace.get("traceEvents")
    if not isinstance(events, list):
        return ["no traceEvents list"], trace
    named = set()
    lanes = {}
    for e in events:
        ph = e.get("ph")
        if ph == "M":
            if e.get("name") == "thread_name":
                named.add(e["tid"])
        elif ph == "X":
            name = e["name"]
            if not (name in ("running", "waiting for GIL") or name.startswith("blocked: ")):
                problems.append(f"bad slice name {name}")
            if e["dur"] < 0:
                problems.append("negative slice")
            lanes.setdefault(e["tid"], []).append((e["ts"], e["ts"] + e["dur"]))
        elif ph == "i":
            if e["name"] not in VOCABULARY:
                problems.append(f"bad event name {e['name']}")
            if e["name"] == "drop" and e["args"].get("reason") not in REASONS:
                problems.append("drop without a reason")
        else:
            problems.append(f"unexpected phase {ph}")
    for tid, spans in lanes.items():
        if tid not in named:
            problems.append(f"lane {tid} has no thread_name")
        spans.sort()
        for (a0, a1), (b0, b1) in zip(spans, spans[1:]):
            if b0 < a1 - 0.002:
                problems.append(f"overlapping slices on lane {tid} at {b0}")
                break
    return problems, trace


def xml_problems(text):
    """A small well-formedness check: balanced tags, quoted attributes, escaped text."""
    stack = []
    i = 0
    n = len(text)
    while i < n:
        lt = text.find("<", i)
        chunk = text[i:] if lt < 0 else text[i:lt]
        amp = chunk.find("&")
        while amp >= 0:
            semi = chunk.find(";", amp)
            if semi < 0 or chunk[amp + 1:semi] not in ("lt", "gt", "amp", "quot", "apos"):
                return ["bad entity in text"]
            amp = chunk.find("&", semi)
        if lt < 0:
            break
        gt = text.find(">", lt)
        if gt < 0:
            return ["unterminated tag"]
        tag = text[lt + 1:gt]
        i = gt + 1
        if tag.startswith("?") or tag.startswith("!--"):
            continue
        if tag.startswith("/"):
            if not stack or stack.pop() != tag[1:].strip():
                return [f"mismatched </{tag[1:]}>"]
            continue
        closed = tag.endswith("/")
        body = tag[:-1] if closed else tag
        parts = body.split(" ", 1)
        attrs = parts[1].strip() if len(parts) > 1 else ""
        while attrs:
            eq = attrs.find("=")
            if eq <= 0 or attrs[eq + 1:eq + 2] != '"':
                return [f"bad attribute in <{parts[0]}>"]
            end = attrs.find('"', eq + 2)
            if end < 0 or "<" in attrs[eq + 2:end]:
                return [f"bad attribute value in <{parts[0]}>"]
            attrs = attrs[end + 1:].strip()
        if not closed:
            stack.append(parts[0])
    if stack:
        return [f"unclosed <{stack[-1]}>"]
    return []
