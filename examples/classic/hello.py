/*
 * Classic ePython (run with --classic): the original's hello, on one core.
 * `print` is a statement taking one expression; "s" + anything concatenates.
 */
print "Hello world"
print "The answer is " + 42
print("parentheses are just a parenthesised expression")
