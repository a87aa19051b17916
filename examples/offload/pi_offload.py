# The original's pi_offload.py (tutorial 6's last program): the dartboard method for pi, one
# estimate per core, averaged on the host.
from epython import offload


@offload
def findPI(darts, rounds):
    from random import random
    from math import pow
    mypi = 0.0
    i = 1
    while i <= rounds:
        score = 0.0
        j = 1
        while j <= darts:
            x = random()
            y = random()
            if pow(x, 2) + pow(y, 2) < 1.0:
                score += 1
            j += 1
        mypi = mypi + 4.0 * (score / darts)
        i += 1
    return mypi


estimates = findPI(100, 10)
pi = sum(estimates)
value = (pi / 10) / len(estimates)
print("Value of PI is " + str(value))
# The estimate is random: the check below is what the expected output records.
print("close to pi:", abs(value - 3.14159) < 0.2)
