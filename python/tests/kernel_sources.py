# Functions whose kernel module test_kernels.py inspects (line numbers matter).
import math
import random as rnd
from math import sqrt

import json

import epython
from epython import coreid, offload

SCALE = 3
NAME = "grid"
RATIO = 0.5
TABLE = {"not": "a constant"}
UNUSED_CONSTANT = 99


def square(x):
    return x * x


def norm(x, y):
    return sqrt(square(x) + square(y)) * SCALE


@offload
def kernel(n):
    values = [norm(i, RATIO) for i in range(n)]
    return math.floor(sum(values)) + rnd.randint(0, 0) + coreid()


@offload(target=[1])
def uses_table():
    return TABLE


@offload
def qualified():
    return epython.numcores() - epython.coreid()


host_only = json.dumps([1])  # never part of a kernel module
