# epython-args: --cores 4 --deterministic
# A pipeline: core 0 produces numbers, core 1 squares them, core 2 adds one, and
# core 3 collects the results. None flows down the pipeline to stop every stage.
from parallel import coreid, send, recv

N = 10
me = coreid()
if me == 0:
    for i in range(1, N + 1):
        send(i, 1)
    send(None, 1)
elif me == 1 or me == 2:
    while True:
        x = recv(me - 1)
        if x is None:
            send(None, me + 1)
            break
        send(x * x if me == 1 else x + 1, me + 1)
elif me == 3:
    results = []
    while True:
        x = recv(2)
        if x is None:
            break
        results.append(x)
    print(f"pipeline results: {results}")
    print(f"sum: {sum(results)}")
