# Message round trips between cores 0 and 1: core 0 sends, core 1 sends it back.
# ROUNDS is replaced by bench/device/run.mjs.
from parallel import coreid, send, recv

ROUNDS = 1000
if coreid() == 0:
    for i in range(ROUNDS):
        send(i, 1)
        x = recv(1)
elif coreid() == 1:
    for i in range(ROUNDS):
        send(recv(0), 0)
