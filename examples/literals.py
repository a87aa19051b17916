# Literals: integers in every base, digit separators, floats that are exact in
# binary (so the output does not depend on float precision), strings in both
# quote styles with escapes, adjacent-literal concatenation, booleans and None.
# epython-cpython: same

# integers
print(42, -7, 0)
print(0x1F, 0XfF, 0o17, 0b1011, 0B11)
print(1_000_000, 0x_FF_FF, 0b_1010_1010)
print(2147483647, -2147483648)

# floats (all exactly representable in single precision)
print(2.5, .5, 5., 1e3, 2.5e-1, 1_000.5)
print(0.0, -0.0, 3.0)
print(1.5E2, 6.25e+1)

# strings: both quote styles, escapes
print('single', "double", 'it\'s', "say \"hi\"")
print("tab[\t]", "back\\slash", 'mixed "quotes" inside')
print("line1\nline2")
print("\x41\x42C", "\101", "\u00e9t\u00e9")
print("con" "cat" 'enated')
print("""triple
quoted""")
print('''also 'triple' quoted''')
print(len("\n\t\\"), len(""))

# booleans and None
print(True, False, None)
print(True + True, False * 5)
