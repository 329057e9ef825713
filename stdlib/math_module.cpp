// The math module (placeholder: filled in with the numbers part of issue #2).
