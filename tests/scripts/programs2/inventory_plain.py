class Item:
    __slots__ = ("name", "qty", "price")
    def __init__(self, name, qty, price): self.name, self.qty, self.price = name, qty, price
    def __repr__(self): return f"Item({self.name!r}, {self.qty}, {self.price})"
    @property
    def value(self): return self.qty * self.price
class Inventory:
    def __init__(self): self._items = {}
    def add(self, name, qty, price):
        if name in self._items:
            self._items[name].qty += qty
        else:
            self._items[name] = Item(name, qty, price)
    def remove(self, name, qty):
        item = self._items.get(name)
        if item is None: raise KeyError(name)
        if item.qty < qty: raise ValueError(f"only {item.qty} {name} left")
        item.qty -= qty
        if not item.qty: del self._items[name]
    def __iter__(self): return iter(sorted(self._items.values(), key=lambda i: -i.value))
    def __len__(self): return len(self._items)
    def __contains__(self, n): return n in self._items
inv = Inventory()
for args in [("bolt", 100, 0.1), ("gear", 5, 4.5), ("bolt", 50, 0.1), ("chain", 2, 12.0)]: inv.add(*args)
for name, q in [("bolt", 30), ("gear", 10), ("nut", 1), ("chain", 2)]:
    try:
        inv.remove(name, q); print("removed", q, name)
    except (KeyError, ValueError) as e:
        print("failed:", type(e).__name__, e)
print(len(inv), "chain" in inv, list(inv), round(sum(i.value for i in inv), 2))
