# minipy's main demo (threads-free for now; the GIL issues turn it into the GIL tour).
# It shows the interpreter running ordinary Python: classes, generators, closures, exceptions,
# big integers, formatting and comprehensions, with the same output as CPython.
import sys


class Account:
    """A bank account that refuses to go negative."""

    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance

    def withdraw(self, amount):
        if amount > self.balance:
            raise ValueError(f"{self.owner} cannot withdraw {amount}: balance is {self.balance}")
        self.balance -= amount
        return self.balance

    def __repr__(self):
        return f"Account({self.owner!r}, {self.balance})"


def fibonacci():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


def counter():
    count = 0

    def bump(step=1):
        nonlocal count
        count += step
        return count
    return bump


def main():
    print("minipy", sys.version_info[:2] >= (3, 11) and "speaks Python 3.11")
    acct = Account("ada", 100)
    print("opened:", acct)
    acct.withdraw(30)
    print("after withdrawing 30:", acct)
    try:
        acct.withdraw(500)
    except ValueError as e:
        print("refused:", e)

    fibs = []
    for n in fibonacci():
        if n > 1000:
            break
        fibs.append(n)
    print("fibonacci up to 1000:", fibs)
    print("2 ** 200 =", 2 ** 200)
    print("squares of evens:", {n: n * n for n in range(10) if n % 2 == 0})
    bump = counter()
    bump(); bump(); print("closure counted to", bump(10))
    words = "the quick brown fox jumps over the lazy dog".split()
    print("longest words:", sorted(words, key=len, reverse=True)[:3])
    print("%-8s|%8.3f|%x" % ("pi", 3.14159265, 255), "{:>10,}".format(1234567))


main()
