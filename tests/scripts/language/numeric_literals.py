print(0x1F, 0o17, 0b1010, 1_000_000, 0x_ff, 1e3, 1.5e-3, .5, 5., 1j * 1j)
print(10 ** 30, -10 ** 20, 2 ** 64 - 1, 0xFFFFFFFFFFFFFFFFFF)
print(1 / 3, 2 / 3, 1e16, 1e-5, 123456789.0 * 10, float('inf'), -float('inf'))
print(0.1 + 0.2, round(2.675, 2), 1e22, 1e21, 12345678901234567890.0)
