"""Watch minipy's GIL: statistics, traces of every handoff, and the scheduling policy.

Statistics count from the moment this module is first imported (or from the start, under
-X gil-stats / -X gil-trace / -X gil-plot), or from the last reset_stats().

    stats()          a dict: elapsed, switch_interval, switches, switches_per_second,
                     forced_drops, voluntary_drops, drop_requests, waits, wait_p50/p90/p99/max
                     (seconds) and threads: one dict per thread (tid, name, alive, running,
                     waiting, blocked (seconds), acquisitions, forced_drops, voluntary_drops,
                     drop_requests)
    stats_text()     the same as the table -X gil-stats prints
    reset_stats()    start counting afresh
    with trace(path): ...   record every GIL event of the region into path
                     (.json: Chrome Trace Event JSON for Perfetto; .svg: a timeline; else text)
    policy()         the GIL's scheduling policy: 'interval' (CPython's, the default), 'ticks',
                     'fifo', 'io-priority' or 'deterministic'
    set_policy(name, **options)   switch policy (live; 'deterministic' only while no other
                     thread runs). ticks= (a positive int, default 100) sets N for 'ticks' and
                     'deterministic'; the others take no options (see sys.setswitchinterval()).
                     stats() also has: policy, tick_releases and failed_handoffs (ticks: releases
                     with a waiter present, and those the releaser won straight back), handoffs
                     (direct handoffs under fifo, io-priority, deterministic)
    switch_interval()  sys.getswitchinterval()
"""
import _gil
from _gil import stats, stats_text, reset_stats, switch_interval, trace_path_for_pid

POLICIES = ('interval', 'ticks', 'fifo', 'io-priority', 'deterministic')


class trace:
    """Context manager: record every GIL event while the block runs, then write them to path."""

    def __init__(self, path):
        if not isinstance(path, str):
            raise TypeError(f"trace() argument must be str, not {type(path).__name__}")
        self.path = path

    def __enter__(self):
        _gil._trace_begin()
        return self

    def __exit__(self, *exc_info):
        _gil._trace_end(self.path)
        return False

    def __repr__(self):
        return f"gil.trace({self.path!r})"


def policy():
    return _gil._policy()[0]


def set_policy(name, **options):
    if not isinstance(name, str):
        raise TypeError(f"set_policy() argument 'name' must be str, not {type(name).__name__}")
    if name not in POLICIES:
        raise ValueError(f"unknown GIL policy {name!r} (choose from {', '.join(POLICIES)})")
    ticks = 0
    if name in ('ticks', 'deterministic'):
        extra = sorted(set(options) - {'ticks'})
        if extra:
            raise TypeError(f"policy {name!r} takes only ticks= (got {', '.join(extra)})")
        if 'ticks' in options:
            ticks = options['ticks']
            if type(ticks) is not int or ticks <= 0:
                raise ValueError(f"ticks must be a positive int, not {ticks!r}")
    elif options:
        raise TypeError(f"policy {name!r} takes no options (got {', '.join(sorted(options))}); "
                        "use sys.setswitchinterval()")
    _gil._set_policy(name, ticks)
