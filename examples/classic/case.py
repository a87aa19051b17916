/*
 * The classic dialect is case-insensitive for keywords and variable names
 * (function names stay case-sensitive).
 */
X = 5
print x                 # 5: X and x are one variable
Total = 1
TOTAL = total + 10      # Total, TOTAL and total are one variable
print ToTaL             # 11
IF x > 3:
    PRINT "x is big"
ELSE:
    Print "x is small"
flag = TRUE
if flag:
    print "flag is " + flag     # flag is true
print FALSE             # false
print True              # true
nothing = NONE
print nothing           # NONE
print None              # NONE
i = 0
WHILE i < 3:
    i = I + 1
print i                 # 3
/* ! is a synonym of not */
if ! (x > 10):
    print "x is not more than 10"
