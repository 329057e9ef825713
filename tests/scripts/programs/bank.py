class InsufficientFunds(Exception):
    def __init__(self, acct, amount):
        super().__init__(f"{acct.owner} cannot withdraw {amount:.2f} (balance {acct.balance:.2f})")
        self.amount = amount
class Account:
    _next_id = 1
    def __init__(self, owner, balance=0.0):
        self.owner, self.balance = owner, balance
        self.id = Account._next_id; Account._next_id += 1
        self.history = []
    def deposit(self, amount):
        if amount <= 0: raise ValueError("deposit must be positive")
        self.balance += amount; self.history.append(("dep", amount))
    def withdraw(self, amount):
        if amount > self.balance: raise InsufficientFunds(self, amount)
        self.balance -= amount; self.history.append(("wd", amount))
    def __repr__(self): return f"Account#{self.id}({self.owner}, {self.balance:.2f})"
class Bank:
    def __init__(self): self.accounts = {}
    def open(self, owner, initial=0.0):
        a = Account(owner, initial); self.accounts[a.id] = a; return a
    def transfer(self, src, dst, amount):
        try:
            self.accounts[src].withdraw(amount)
        except KeyError:
            raise LookupError(f"no account {src}") from None
        self.accounts[dst].deposit(amount)
    def total(self): return sum(a.balance for a in self.accounts.values())
bank = Bank()
alice, bob = bank.open("alice", 100), bank.open("bob")
ops = [(1, 2, 30), (2, 1, 50), (1, 2, 70), (9, 1, 5), (1, 2, 0)]
for src, dst, amt in ops:
    try:
        bank.transfer(src, dst, amt)
        print("ok", src, "->", dst, amt)
    except InsufficientFunds as e:
        print("refused:", e)
    except LookupError as e:
        print("lookup:", e)
    except ValueError as e:
        print("invalid:", e, "| rolled back?", alice.balance)
print(alice, bob, bank.total())
print(alice.history, bob.history)
