# epython-args: --cores 4 --deterministic
# Point-to-point messages: send() returns only once the receiver has taken the
# value (rendezvous), and messages between two cores arrive in the order sent.
# In the Python 3 dialect a message may carry strings, lists and tuples as well.
from parallel import coreid, numcores, send, recv, probe

me = coreid()
if me == 0:
    send(20, 1)
    send("a string", 1)
    send([1, 2.5, ["nested", (3, 4)]], 1)
    send([10, 20, 30], 2, 3)        # with n: three messages of one value each
elif me == 1:
    print(f"Got value {recv(0)} from core 0")
    print(f"Got {recv(0)!r} from core 0")
    print(f"Got {recv(0)} from core 0")
elif me == 2:
    values = recv(0, 3)            # with n: a list of three values
    print(f"Got {values} from core 0 in three messages")

# A ring: every core passes a token to its right neighbour; even cores send first
# so that the blocking sends never all wait on each other.
right = (me + 1) % numcores()
left = (me - 1) % numcores()
if me % 2 == 0:
    send(me * 100, right)
    token = recv(left)
else:
    token = recv(left)
    send(me * 100, right)
print(f"core {me} got token {token} from core {left}")
