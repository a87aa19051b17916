# The same loop as roundtrip.py with the messaging replaced by local calls: the
# interpreter's own cost, subtracted to get the messaging cost alone.
from parallel import coreid

ROUNDS = 1000


def send(v, pid):
    return None


def recv(pid):
    return 0


if coreid() == 0:
    for i in range(ROUNDS):
        send(i, 1)
        x = recv(1)
elif coreid() == 1:
    for i in range(ROUNDS):
        send(recv(0), 0)
