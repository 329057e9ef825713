from enum import Enum
class State(Enum):
    IDLE = 1
    RUNNING = 2
    DONE = 3
TRANSITIONS = {(State.IDLE, "start"): State.RUNNING, (State.RUNNING, "finish"): State.DONE, (State.RUNNING, "abort"): State.IDLE}
class Machine:
    def __init__(self): self.state = State.IDLE; self.trail = [self.state.name]
    def fire(self, ev):
        key = (self.state, ev)
        if key not in TRANSITIONS:
            raise RuntimeError(f"bad event {ev!r} in {self.state}")
        self.state = TRANSITIONS[key]; self.trail.append(self.state.name)
m = Machine()
for ev in ["start", "abort", "finish", "start", "finish", "start"]:
    try:
        m.fire(ev)
    except RuntimeError as e:
        print(e)
print(m.trail, m.state, State(2), State["DONE"].value, list(State), State.IDLE in State)
