for src in ["[x async for x in y]", "{x async for x in y}", "{x: 1 async for x in y}",
            "def f():\n    return [x async for x in y]", "class C:\n    z = [x async for x in y]",
            "lambda: [x async for x in y]"]:
    try:
        compile(src, "<s>", "exec")
        print(repr(src), "compiles")
    except SyntaxError as e:
        print(repr(src), "->", e.msg, e.lineno)
