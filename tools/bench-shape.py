#!/usr/bin/env python3
"""Counts what CPython's asyncio does for each workload of the anchor: loop iterations and
handles run, from the main task's first step to its end (run_until_complete's own stop
callback and its iteration left out). BenchShapeTest holds LoopLab to the same counts.

usage: tools/bench-shape.py N...   (run from the repository's root)
"""
import asyncio, os, sys, importlib.util
anchor = os.path.join(os.path.dirname(__file__), "..", "..", "shared", "bench", "asyncio_bench.py")
spec = importlib.util.spec_from_file_location("ab", anchor)
ab = importlib.util.module_from_spec(spec); spec.loader.exec_module(ab)
import asyncio.base_events as be, asyncio.events as ev
counts = {'handles':0,'iters':0,'steps':0}
orig_run = ev.Handle._run
def _run(self):
    counts['handles'] += 1
    return orig_run(self)
ev.Handle._run = _run
orig_once = be.BaseEventLoop._run_once
def _run_once(self):
    counts['iters'] += 1
    return orig_once(self)
be.BaseEventLoop._run_once = _run_once
for name, work in ab.WORKLOADS.items():
    for n in [int(a) for a in sys.argv[1:]]:
        loop = asyncio.new_event_loop()
        t = loop.create_task(work(n))
        counts['handles'] = 0; counts['iters'] = 0
        loop.run_until_complete(t)
        print(name, n, counts['iters'] - 1, counts['handles'] - 1)
        loop.close()
