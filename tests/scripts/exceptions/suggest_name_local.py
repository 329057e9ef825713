# A NameError inside a function suggests one of its local names.
def total(values):
    subtotal = 0
    for v in values:
        subtotal += v
    return subtotl
print(total([1, 2]))
