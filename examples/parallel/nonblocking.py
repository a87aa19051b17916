# epython-args: --cores 2 --deterministic
# nonblocking_send returns at once; test_sent tells whether the receiver has taken
# the value yet, wait_sent waits for it. Any number of sends may be outstanding.
from parallel import coreid, nonblocking_send, test_sent, wait_sent, recv, send, sync

if coreid() == 0:
    nonblocking_send(1, 1)
    nonblocking_send(2, 1)
    print(f"taken before the receiver ran: {test_sent(1)}")
    sync()
    print(f"after wait_sent: {wait_sent(1)}, test_sent: {test_sent(1)}")
else:
    sync()
    print(f"received {recv(0)} then {recv(0)}")
