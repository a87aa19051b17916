from __future__ import annotations

class InsufficientFunds(Exception):
    def __init__(self, needed: float, available: float) -> None:
        super().__init__(f"need {needed:.2f}, have {available:.2f}")
        self.needed = needed
        self.available = available

class Account:
    _next_id = 1
    interest = 0.01

    def __init__(self, owner: str, balance: float = 0.0) -> None:
        self.owner = owner
        self._balance = balance
        self.id = Account._next_id
        Account._next_id += 1
        self.history: list[tuple[str, float]] = []

    @property
    def balance(self) -> float:
        return self._balance

    @balance.setter
    def balance(self, value: float) -> None:
        if value < 0:
            raise ValueError("negative balance")
        self._balance = value

    def deposit(self, amount: float) -> "Account":
        if amount <= 0:
            raise ValueError(f"bad amount {amount!r}")
        self._balance += amount
        self.history.append(("deposit", amount))
        return self

    def withdraw(self, amount: float) -> Account:
        if amount > self._balance:
            raise InsufficientFunds(amount, self._balance)
        self._balance -= amount
        self.history.append(("withdraw", amount))
        return self

    @classmethod
    def from_string(cls, s: str) -> Account:
        owner, bal = s.split(":")
        return cls(owner, float(bal))

    @staticmethod
    def fmt(amount: float) -> str:
        return f"${amount:,.2f}"

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.owner!r}, {self._balance!r})"

    def __str__(self) -> str:
        return f"#{self.id} {self.owner}: {self.fmt(self._balance)}"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Account):
            return NotImplemented
        return self.owner == other.owner and self._balance == other._balance

    def __lt__(self, other: Account) -> bool:
        return self._balance < other._balance

    def __hash__(self) -> int:
        return hash((self.owner, self._balance))

class Savings(Account):
    interest = 0.05

    def add_interest(self) -> None:
        self.deposit(round(self.balance * self.interest, 2))

    def __str__(self) -> str:
        return "Savings " + super().__str__()

a = Account("alice", 100)
b = Savings.from_string("bob:2500.5")
c = Account("carol")
a.deposit(50).withdraw(30)
b.add_interest()
print(a, b, c, sep="\n")
print(repr(a), repr(b))
try:
    c.withdraw(10)
except InsufficientFunds as e:
    print("error:", e, e.needed, e.available, e.args)
try:
    a.deposit(-5)
except ValueError as e:
    print(type(e).__name__, e)
try:
    a.balance = -1
except ValueError as e:
    print("setter:", e)
a.balance = 1000
print(a.balance, a.history)
accounts = [a, b, c, Account("dave", 5)]
print([x.owner for x in sorted(accounts)])
print(max(accounts).owner, min(accounts, key=lambda x: x.owner).owner)
print(Account("x", 1) == Account("x", 1), Account("x", 1) == "x", Account("x", 1) != Account("y", 1))
print(len({Account("x", 1), Account("x", 1), Account("y", 2)}))
print(isinstance(b, Account), issubclass(Savings, Account), type(b).__mro__)
print(Account.fmt(1234567.891), Savings.interest, Account.interest, b.interest)
print(Account._next_id)
total = sum(x.balance for x in accounts)
print(f"total {total:>12,.2f}")
