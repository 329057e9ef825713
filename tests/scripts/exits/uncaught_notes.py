e = ValueError("with note")
e.add_note("first note")
e.add_note("second")
raise e
