# try/finally with break, continue and return in every combination.
def ret_in_try():
    try:
        return "try"
    finally:
        print("finally runs")
print(ret_in_try())

def ret_in_finally_overrides():
    try:
        return "try"
    finally:
        return "finally"
print(ret_in_finally_overrides())

def finally_swallows_exception():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"
print(finally_swallows_exception())

def break_in_try():
    out = []
    for i in range(5):
        try:
            if i == 2:
                break
            out.append(i)
        finally:
            out.append("f%d" % i)
    return out
print(break_in_try())

def continue_in_try():
    out = []
    for i in range(3):
        try:
            if i == 1:
                continue
            out.append(i)
        finally:
            out.append("f")
    return out
print(continue_in_try())

def break_in_finally():
    out = []
    for i in range(3):
        try:
            raise KeyError(i)
        finally:
            out.append(i)
            break
    return out
print(break_in_finally())

def nested_finally():
    out = []
    try:
        try:
            return out
        finally:
            out.append("inner")
    finally:
        out.append("outer")
print(nested_finally())

def while_finally():
    n = 0
    while True:
        try:
            n += 1
            if n < 3:
                continue
            break
        finally:
            print("iteration", n)
    return n
print(while_finally())

def exc_through_finally():
    try:
        try:
            1 / 0
        finally:
            print("cleanup")
    except ZeroDivisionError as e:
        print("caught", e)
exc_through_finally()

def return_in_except_with_finally():
    try:
        raise ValueError("x")
    except ValueError:
        return "from except"
    finally:
        print("finally after except")
print(return_in_except_with_finally())

def loop_return_in_finally_loop():
    for i in range(3):
        try:
            pass
        finally:
            if i == 1:
                return i
print(loop_return_in_finally_loop())

def gen():
    try:
        yield 1
        yield 2
    finally:
        print("gen finally")
for v in gen():
    print(v)
    break
