# 3.11 prints "Did you mean" for a misspelt name: locals first, then globals, then builtins.
def total(values):
    subtotal = 0
    for v in values:
        subtotal += v
    return subtotl
print(lenght)
