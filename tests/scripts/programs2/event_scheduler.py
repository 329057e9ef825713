class Event:
    def __init__(self, t, name, action): self.t, self.name, self.action = t, name, action
    def __lt__(self, o): return (self.t, self.name) < (o.t, o.name)
class Scheduler:
    def __init__(self): self.queue, self.now, self.log = [], 0, []
    def at(self, t, name, action=None): self.queue.append(Event(t, name, action)); self.queue.sort()
    def run(self, until):
        while self.queue and self.queue[0].t <= until:
            ev = self.queue.pop(0); self.now = ev.t
            self.log.append(f"t={ev.t:>3} {ev.name}")
            if ev.action:
                try:
                    ev.action(self)
                except Exception as e:
                    self.log.append(f"      ! {type(e).__name__}: {e}")
def spawn(s): s.at(s.now + 5, "spawned")
def boom(s): raise RuntimeError("boom at %d" % s.now)
def repeat(s):
    if s.now < 30: s.at(s.now + 10, "tick", repeat)
s = Scheduler()
s.at(1, "start"); s.at(3, "spawner", spawn); s.at(4, "bomb", boom); s.at(0, "tick", repeat); s.at(50, "late")
s.run(35)
print("\n".join(s.log)); print("pending", [e.name for e in s.queue], "now", s.now)
