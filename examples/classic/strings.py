/*
 * Strings in the classic dialect (--classic): "s" + anything concatenates, each
 * value in the original's format: ints %d, reals %f, booleans true/false and
 * none NONE. Evaluation is left to right.
 */
print "a" + 1                  # a1
print 1 + "a"                  # 1a
print "a" + 2.5                # a2.500000
print "a" + true               # atrue
print "a" + none               # aNONE
print 1 + 2 + "a" + 1 + 2      # 3a12: 1+2 is 3 first, then "3a", "3a1", "3a12"
x = 7
print "x=" + x + ", x*2=" + x*2    # * binds tighter than +
name = "core"
greeting = "Hello " + name
print greeting
print "ab" == "ab"             # true
print "ab" <> "cd"             # true: <> is !=
print "ab" == "cd"             # false
/* Fixed relative to the original (where str() was a no-op and this printed 11):
   str() converts to a string, so this concatenates. */
print str(5) + str(6)          # 56
