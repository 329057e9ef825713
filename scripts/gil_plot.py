#!/usr/bin/env python3
"""Draw a GIL timeline (SVG) from a minipy GIL trace in Chrome Trace Event JSON.

usage: gil_plot.py TRACE.json OUT.svg      (runs under python3 and under minipy)

One lane per thread; slices `running` (green), `waiting for GIL` (amber) and `blocked: <call>`
(grey); a red tick where a waiter's wait timed out and it asked the holder to drop the GIL (on the
holder's lane); a time axis in milliseconds. The same picture `minipy -X gil-plot=out.svg` draws.
The JSON parser is built in (minipy has no json module yet); `load_trace` is also used by tests.
"""
import sys

RUNNING, WAITING, BLOCKED, REQUEST = "#2e7d32", "#f9a825", "#90a4ae", "#c62828"


class _Parser:
    """A small, strict JSON parser (objects, arrays, strings with escapes, numbers, literals)."""

    def __init__(self, text):
        self.s = text
        self.i = 0

    def error(self, what):
        raise ValueError(f"invalid JSON at offset {self.i}: {what}")

    def ws(self):
        s, i = self.s, self.i
        while i < len(s) and s[i] in " \t\r\n":
            i += 1
        self.i = i

    def value(self):
        self.ws()
        if self.i >= len(self.s):
            self.error("unexpected end")
        c = self.s[self.i]
        if c == "{":
            return self.obj()
        if c == "[":
            return self.arr()
        if c == '"':
            return self.string()
        for word, val in (("true", True), ("false", False), ("null", None)):
            if self.s.startswith(word, self.i):
                self.i += len(word)
                return val
        return self.number()

    def obj(self):
        self.i += 1
        out = {}
        self.ws()
        if self.s[self.i:self.i + 1] == "}":
            self.i += 1
            return out
        while True:
            self.ws()
            if self.s[self.i:self.i + 1] != '"':
                self.error("expected a key")
            k = self.string()
            self.ws()
            if self.s[self.i:self.i + 1] != ":":
                self.error("expected ':'")
            self.i += 1
            out[k] = self.value()
            self.ws()
            c = self.s[self.i:self.i + 1]
            self.i += 1
            if c == "}":
                return out
            if c != ",":
                self.error("expected ',' or '}'")

    def arr(self):
        self.i += 1
        out = []
        self.ws()
        if self.s[self.i:self.i + 1] == "]":
            self.i += 1
            return out
        while True:
            out.append(self.value())
            self.ws()
            c = self.s[self.i:self.i + 1]
            self.i += 1
            if c == "]":
                return out
            if c != ",":
                self.error("expected ',' or ']'")

    def string(self):
        s = self.s
        self.i += 1
        parts = []
        start = self.i
        while True:
            j = self.i
            if j >= len(s):
                self.error("unterminated string")
            c = s[j]
            if c == '"':
                parts.append(s[start:j])
                self.i = j + 1
                return "".join(parts)
            if c == "\\":
                parts.append(s[start:j])
                e = s[j + 1:j + 2]
                if e == "u":
                    parts.append(chr(int(s[j + 2:j + 6], 16)))
                    self.i = j + 6
                else:
                    m = {'"': '"', "\\": "\\", "/": "/", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t"}
                    if e not in m:
                        self.error("bad escape")
                    parts.append(m[e])
                    self.i = j + 2
                start = self.i
            elif ord(c) < 0x20:
                self.error("control character in string")
            else:
                self.i = j + 1

    def number(self):
        s, j = self.s, self.i
        while j < len(s) and s[j] in "+-0123456789.eE":
            j += 1
        text = s[self.i:j]
        if not text:
            self.error("unexpected character " + repr(s[self.i]))
        self.i = j
        if "." in text or "e" in text or "E" in text:
            return float(text)
        return int(text)


def parse_json(text):
    p = _Parser(text)
    v = p.value()
    p.ws()
    if p.i != len(text):
        p.error("trailing data")
    return v


def load_trace(path):
    with open(path) as f:
        return parse_json(f.read())


def _esc(s):
    return str(s).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def render(trace):
    events = trace["traceEvents"]
    names, order = {}, {}
    for e in events:
        if e.get("ph") == "M" and e.get("name") == "thread_name":
            names[e["tid"]] = e["args"]["name"]
        if e.get("ph") == "M" and e.get("name") == "thread_sort_index":
            order[e["tid"]] = e["args"]["sort_index"]
    slices = [e for e in events if e.get("ph") == "X"]
    requests = [e for e in events if e.get("ph") == "i" and e.get("name") == "timeout"]
    tids = list(names)
    for e in slices + requests:
        if e["tid"] not in names:
            names[e["tid"]] = str(e["tid"])
            tids.append(e["tid"])
    tids.sort(key=lambda t: (order.get(t, 1 << 30), t))
    lane = {t: i for i, t in enumerate(tids)}
    stamps = [e["ts"] for e in slices + requests] + [e["ts"] + e["dur"] for e in slices]
    t0 = min(stamps) if stamps else 0.0
    t1 = max(stamps) if stamps else 1.0
    if t1 <= t0:
        t1 = t0 + 1.0
    left, right, top, lane_h, bar_h, width = 170.0, 30.0, 56.0, 30.0, 18.0, 1200.0
    plot_w = width - left - right
    height = top + lane_h * max(len(tids), 1) + 50

    def x(ts):
        return left + plot_w * (ts - t0) / (t1 - t0)

    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           f'<svg xmlns="http://www.w3.org/2000/svg" width="{width:.0f}" height="{height:.0f}" '
           f'viewBox="0 0 {width:.0f} {height:.0f}" font-family="sans-serif" font-size="12">',
           '<title>minipy GIL timeline</title>', '<rect width="100%" height="100%" fill="white"/>',
           '<text x="10" y="20" font-weight="bold">GIL timeline</text>']
    lx = left
    for label, colour in (("running", RUNNING), ("waiting for GIL", WAITING), ("blocked (I/O, sleep, lock)", BLOCKED)):
        out.append(f'<rect x="{lx:.1f}" y="10" width="14" height="12" fill="{colour}"/>'
                   f'<text x="{lx + 18:.1f}" y="20">{label}</text>')
        lx += 40 + 7.0 * len(label)
    out.append(f'<line x1="{lx:.1f}" y1="9" x2="{lx:.1f}" y2="23" stroke="{REQUEST}" stroke-width="2"/>'
               f'<text x="{lx + 6:.1f}" y="20">drop request (timeout)</text>')
    for t in tids:
        y = top + lane_h * lane[t]
        out.append(f'<rect x="{left:.1f}" y="{y:.1f}" width="{plot_w:.1f}" height="{bar_h:.1f}" fill="#f5f5f5"/>'
                   f'<text x="10" y="{y + 13:.1f}">{_esc(names[t])} ({t})</text>')
    out.append('<g shape-rendering="crispEdges">')
    for e in slices:
        name = e["name"]
        colour = RUNNING if name == "running" else WAITING if name.startswith("waiting") else BLOCKED
        x0 = x(e["ts"])
        w = max(x(e["ts"] + e["dur"]) - x0, 0.5)
        y = top + lane_h * lane[e["tid"]]
        out.append(f'<rect x="{x0:.2f}" y="{y:.1f}" width="{w:.2f}" height="{bar_h:.1f}" fill="{colour}">'
                   f'<title>{_esc(name)} {e["dur"] / 1000.0:.3f} ms</title></rect>')
    out.append('</g>')
    for e in requests:
        holder = e.get("args", {}).get("holder_tid", e["tid"])
        y = top + lane_h * lane.get(holder, lane[e["tid"]])
        px = x(e["ts"])
        out.append(f'<line x1="{px:.2f}" y1="{y - 3:.1f}" x2="{px:.2f}" y2="{y + bar_h + 3:.1f}" '
                   f'stroke="{REQUEST}" stroke-width="1.5"/>')
    axis_y = top + lane_h * max(len(tids), 1) + 4
    out.append(f'<line x1="{left:.1f}" y1="{axis_y:.1f}" x2="{left + plot_w:.1f}" y2="{axis_y:.1f}" stroke="black"/>')
    span_ms = (t1 - t0) / 1000.0
    raw = span_ms / 10
    mag = 1.0
    while mag * 10 <= raw:
        mag *= 10
    while mag > raw:
        mag /= 10
    step = mag * 10
    for m in (1, 2, 5, 10):
        if m * mag >= raw:
            step = m * mag
            break
    k = 0
    while k * step <= span_ms + 1e-9:
        ms = k * step
        px = left + plot_w * ms / span_ms
        label = f"{ms:.2f}" if step < 1 else f"{ms:.0f}"
        out.append(f'<line x1="{px:.1f}" y1="{axis_y:.1f}" x2="{px:.1f}" y2="{axis_y + 5:.1f}" stroke="black"/>'
                   f'<text x="{px:.1f}" y="{axis_y + 18:.1f}" text-anchor="middle">{label}</text>')
        k += 1
    out.append(f'<text x="{left + plot_w:.1f}" y="{axis_y + 34:.1f}" text-anchor="end">time (ms)</text>')
    out.append('</svg>')
    return "\n".join(out) + "\n"


def main(argv):
    if len(argv) != 3:
        sys.stderr.write("usage: gil_plot.py TRACE.json OUT.svg\n")
        return 2
    svg = render(load_trace(argv[1]))
    with open(argv[2], "w") as f:
        f.write(svg)
    print(f"wrote {argv[2]}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
