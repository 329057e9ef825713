# 3.11 prints "Did you mean" for a misspelt attribute (the closest name by edit distance).
class Account:
    def __init__(self):
        self.balance = 10
    def deposit(self, n):
        self.balance += n
a = Account()
a.deposit(5)
print(a.balance)
a.depost(1)
