class Node:
    __slots__ = ("val", "next")
    def __init__(self, val, next=None): self.val, self.next = val, next
class LinkedList:
    def __init__(self, it=()):
        self.head = None
        for v in reversed(list(it)): self.head = Node(v, self.head)
    def __iter__(self):
        n = self.head
        while n: yield n.val; n = n.next
    def reverse(self):
        prev, cur = None, self.head
        while cur: cur.next, prev, cur = prev, cur, cur.next
        self.head = prev
    def __repr__(self): return " -> ".join(map(str, self)) or "empty"
ll = LinkedList(range(5)); print(ll); ll.reverse(); print(ll, list(ll)[::2], LinkedList())
class BST:
    def __init__(self): self.root = None
    def insert(self, k):
        def ins(n):
            if n is None: return [k, None, None]
            if k < n[0]: n[1] = ins(n[1])
            elif k > n[0]: n[2] = ins(n[2])
            return n
        self.root = ins(self.root)
    def inorder(self, n="start"):
        if n == "start": n = self.root
        if n is None: return
        yield from self.inorder(n[1]); yield n[0]; yield from self.inorder(n[2])
    def height(self, n="start"):
        if n == "start": n = self.root
        return 0 if n is None else 1 + max(self.height(n[1]), self.height(n[2]))
t = BST()
for k in [50, 30, 70, 20, 40, 60, 80, 30, 65]: t.insert(k)
print(list(t.inorder()), t.height())
def flatten(x):
    for i in x:
        if isinstance(i, (list, tuple)): yield from flatten(i)
        else: yield i
print(list(flatten([1, [2, [3, (4, 5)], []], [[[6]]]])))
def depth(x): return 1 + max(map(depth, x), default=0) if isinstance(x, list) else 0
print(depth([1, [2, [3]], []]))
