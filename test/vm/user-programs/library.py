from typing import Dict, List, Optional
from collections import defaultdict

class Book:
    count = 0
    def __init__(self, isbn: str, title: str, author: str, year: int):
        self.isbn, self.title, self.author, self.year = isbn, title, author, year
        Book.count += 1
    def __repr__(self):
        return f"Book({self.isbn!r}, {self.title!r})"
    def __str__(self):
        return f"{self.title} by {self.author} ({self.year})"
    def __eq__(self, other):
        return isinstance(other, Book) and self.isbn == other.isbn
    def __hash__(self):
        return hash(self.isbn)
    def __lt__(self, other):
        return (self.year, self.title) < (other.year, other.title)

class Member:
    def __init__(self, name):
        self.name = name
        self.loans: List[Book] = []
    def __repr__(self):
        return f"<Member {self.name} loans={len(self.loans)}>"

class LibraryError(Exception): pass
class NotAvailable(LibraryError): pass
class LimitReached(LibraryError): pass

class Library:
    LIMIT = 2
    def __init__(self):
        self.books: Dict[str, Book] = {}
        self.available: set = set()
        self.members: Dict[str, Member] = {}
        self.log: List[str] = []
    def add(self, *books: Book) -> None:
        for b in books:
            self.books[b.isbn] = b
            self.available.add(b.isbn)
    def join(self, name):
        return self.members.setdefault(name, Member(name))
    def lend(self, isbn, name):
        m = self.members[name]
        if isbn not in self.available:
            raise NotAvailable(f"{self.books[isbn].title!r} is out")
        if len(m.loans) >= self.LIMIT:
            raise LimitReached(f"{name} has {len(m.loans)} books")
        self.available.remove(isbn)
        m.loans.append(self.books[isbn])
        self.log.append(f"lend {isbn} {name}")
    def give_back(self, isbn, name):
        m = self.members[name]
        m.loans.remove(self.books[isbn])
        self.available.add(isbn)
        self.log.append(f"return {isbn} {name}")
    def by_author(self):
        d = defaultdict(list)
        for b in sorted(self.books.values()):
            d[b.author].append(b.title)
        return dict(d)
    def __len__(self):
        return len(self.books)
    def __contains__(self, isbn):
        return isbn in self.books
    def __iter__(self):
        return iter(sorted(self.books.values()))
    def __getitem__(self, isbn):
        return self.books[isbn]

lib = Library()
lib.add(Book("1", "Dune", "Herbert", 1965), Book("2", "Emma", "Austen", 1815),
        Book("3", "Persuasion", "Austen", 1817), Book("4", "Neuromancer", "Gibson", 1984))
for n in ("ann", "ben"):
    lib.join(n)
print(len(lib), "3" in lib, "9" in lib, lib["4"], Book.count)
ops = [("1", "ann"), ("2", "ann"), ("3", "ann"), ("1", "ben"), ("4", "ben")]
for isbn, who in ops:
    try:
        lib.lend(isbn, who)
        print("ok", isbn, who)
    except NotAvailable as e:
        print("not available:", e)
    except LibraryError as e:
        print(type(e).__name__ + ":", e)
lib.give_back("1", "ann")
lib.lend("1", "ben") if len(lib.members["ben"].loans) < 2 else print("ben full")
print(lib.members, sorted(lib.available))
print(lib.by_author())
print([str(b) for b in lib])
print(lib.log)
print(sorted(lib.books.values(), key=lambda b: b.title, reverse=True)[:2])
print({b for b in lib if b.year < 1900} == {lib["2"], lib["3"]})
titles = {b.isbn: b.title.upper() for b in lib if "e" in b.title.lower()}
print(titles)
print(max(lib, key=lambda b: len(b.title)), min(lib).year, next(iter(lib)))
oldest: Optional[Book] = min(lib, default=None)
print(oldest, min([], default="none"), max([], key=len, default=0))
