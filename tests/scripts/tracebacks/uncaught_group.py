raise ExceptionGroup("grp", [ValueError("a"), TypeError("b")])
