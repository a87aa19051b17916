/*
 * Arithmetic as the original ePython does it (--classic).
 *
 * ^ and ** are both power, at the SAME precedence as * / % and left-associative,
 * so they bind tighter than + and - but not tighter than *.
 */
print 2*3^2      # (2*3)^2 = 36
print 2^3^2      # (2^3)^2 = 64, left-associative
print 2+3^2      # 2+(3^2) = 11
print 3^2*2      # (3^2)*2 = 18
print 2**10      # 1024
print 2.0*3^2    # (2.0*3)^2 = 36.0, a real
/*
 * / on two ints is C integer division (truncates toward zero) and % is the C
 * remainder (sign of the dividend). -7 is a signed literal.
 */
print 7/2        # 3
print -7/2       # -3 (Python 3 would say -3.5; Python's // would say -4)
print 7/-2       # -3
print -7%3       # -1 (Python: 2)
print 7%-3       # 1 (Python: -2)
print 17%5       # 2
/* With a real operand / is real division. */
print 7/2.0      # 3.500000
print 10.0/4     # 2.500000
print 3+2.5      # 5.500000
/* // always gives a real: the floor of the quotient. */
print 7//2       # 3.000000
print 9//3       # 3.000000
print 7.5//2     # 3.000000
/* Reals are single precision, printed like C's %f (6 decimals). */
print 2.3        # 2.300000
print 0.1+0.2    # 0.300000
print 1000.0     # 1000.000000
print 1.0/3      # 0.333333
print 2.5*4      # 10.000000
/* Fixed relative to the original, which produced garbage here: a real exponent
   and % on reals compute what Python computes. */
print 4^0.5      # 2.000000
print 5.5%2      # 1.500000
