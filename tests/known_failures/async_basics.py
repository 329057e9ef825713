import types
async def add(a, b):
    return a + b
async def main():
    r = await add(1, 2)
    out = [r]
    async def agen():
        for i in range(3):
            yield i
    async for v in agen():
        out.append(v)
    out.append([x async for x in agen()])
    return out
coro = main()
print(type(coro).__name__)
try:
    coro.send(None)
except StopIteration as e:
    print("result", e.value)
class AwaitMe:
    def __await__(self):
        v = yield "suspended"
        return v * 2
async def user():
    return await AwaitMe()
c = user()
print(c.send(None))
try:
    c.send(21)
except StopIteration as e:
    print("awaited", e.value)
