// The ePython instruction set: a stack machine close to CPython's, so the emitter is
// simple and the interpreter's dispatch is one switch. In memory an instruction is
// its opcode word followed by its operand words (Int32Array); in the image file it is
// one opcode byte followed by LEB128 operands (see image.ts), which keeps images
// smaller than the original's fixed-width prefix encoding.
//
// Operand kinds tell the disassembler and the image codec what an operand is:
//   int   a signed integer                 const  index into the code's constants
//   local index of a fast local            cell   index into the frame's cells
//   name  index into the code's names      global slot in the module's globals table
//   jump  absolute target (word offset in memory, instruction index in files)
//   count a small unsigned count

export type OperandKind = "int" | "const" | "local" | "cell" | "name" | "global" | "jump" | "count";

const table = [
  ["NOP"],
  ["POP_TOP"],
  ["ROT_TWO"],
  ["ROT_THREE"],
  ["DUP_TOP"],
  ["DUP_TOP_TWO"],
  ["LOAD_CONST", "const"],
  ["LOAD_INT", "int"],
  ["LOAD_NONE"],
  ["LOAD_TRUE"],
  ["LOAD_FALSE"],
  ["LOAD_FAST", "local"],
  ["STORE_FAST", "local"],
  ["DELETE_FAST", "local"],
  ["LOAD_DEREF", "cell"],
  ["STORE_DEREF", "cell"],
  ["LOAD_CLOSURE", "cell"],
  ["LOAD_GLOBAL", "global"],
  ["STORE_GLOBAL", "global"],
  ["DELETE_GLOBAL", "global"],
  ["LOAD_ATTR", "name"],
  ["STORE_ATTR", "name"],
  // Binary operators, Python 3 semantics: pop b, pop a, push a OP b.
  ["BINARY_ADD"],
  ["BINARY_SUB"],
  ["BINARY_MUL"],
  ["BINARY_TRUEDIV"],
  ["BINARY_FLOORDIV"],
  ["BINARY_MOD"],
  ["BINARY_POW"],
  ["BINARY_LSHIFT"],
  ["BINARY_RSHIFT"],
  ["BINARY_AND"],
  ["BINARY_OR"],
  ["BINARY_XOR"],
  // `+=` on a list extends it in place (identity preserved); otherwise BINARY_ADD.
  ["INPLACE_ADD"],
  // Classic dialect operators (the original's C semantics, see docs/language.md).
  ["CLASSIC_ADD"],
  ["CLASSIC_DIV"],
  ["CLASSIC_FLOORDIV"],
  ["CLASSIC_MOD"],
  ["UNARY_NEG"],
  ["UNARY_POS"],
  ["UNARY_INVERT"],
  ["UNARY_NOT"],
  ["COMPARE_EQ"],
  ["COMPARE_NE"],
  ["COMPARE_LT"],
  ["COMPARE_LE"],
  ["COMPARE_GT"],
  ["COMPARE_GE"],
  ["COMPARE_IN"],
  ["COMPARE_NOT_IN"],
  ["COMPARE_IS"],
  ["COMPARE_IS_NOT"],
  ["JUMP", "jump"],
  ["POP_JUMP_IF_FALSE", "jump"],
  ["POP_JUMP_IF_TRUE", "jump"],
  ["JUMP_IF_FALSE_OR_POP", "jump"],
  ["JUMP_IF_TRUE_OR_POP", "jump"],
  // Classic fresh defaults: jump if the local is bound (argument was given).
  ["JUMP_IF_BOUND", "local", "jump"],
  ["GET_ITER"],
  // TOS is an iterator: push its next item, or pop it and jump when exhausted.
  ["FOR_ITER", "jump"],
  ["BUILD_LIST", "count"],
  ["BUILD_TUPLE", "count"],
  // Classic list literal: a list that grows when indexed past its end.
  ["BUILD_CLASSIC_LIST", "count"],
  // Comprehensions: append TOS to the list `count` entries below it.
  ["LIST_APPEND", "count"],
  // Starred element: extend the list `count` entries below TOS with the iterable TOS.
  ["LIST_EXTEND", "count"],
  ["BINARY_SUBSCR"],
  ["STORE_SUBSCR"],
  ["DELETE_SUBSCR"],
  // obj lower upper step -> obj[lower:upper:step] (None for an absent part)
  ["SLICE_GET"],
  ["SLICE_SET"],
  ["SLICE_DEL"],
  ["UNPACK_SEQUENCE", "count"],
  // fn a1..an -> result
  ["CALL", "count"],
  // fn a1..an kwnames(tuple const) -> result; the last len(kwnames) args are keywords
  ["CALL_KW", "count"],
  // fn args(list) v1..vk [kwnames(tuple const) if k > 0] -> result; count = k
  ["CALL_EX", "count"],
  // obj a1..an -> obj.name(a1..an), without materialising a bound method
  ["CALL_METHOD", "name", "count"],
  ["RETURN_VALUE"],
  // code(const) [defaults tuple if count&1] [kwdefaults tuple of (name,value) if count&2]
  // [closure tuple if count&4] -> function
  ["MAKE_FUNCTION", "count"],
  ["IMPORT_NAME", "name"],
  ["IMPORT_FROM", "name"],
  ["IMPORT_STAR"],
  ["PRINT_CLASSIC"],
  // value [spec if count&4] -> formatted string; count&3: 0 none, 1 !s, 2 !r, 3 !a
  ["FORMAT_VALUE", "count"],
  ["BUILD_STRING", "count"],
  // [msg if count==1] -> raises AssertionError
  ["RAISE_ASSERT", "count"],
  // Specialised forms chosen by the emitter for hot shapes of code. Each does the
  // work of the 2-4 generic instructions named in its comment.
  // LOAD_FAST a; LOAD_FAST b
  ["LOAD_FAST2", "local", "local"],
  // LOAD_FAST a; LOAD_FAST b; BINARY_SUBSCR
  ["SUBSCR_FAST2", "local", "local"],
  // LOAD_FAST a; LOAD_FAST b; STORE_SUBSCR   (value on the stack)
  ["STORE_SUBSCR_FAST2", "local", "local"],
  // LOAD_FAST a; LOAD_INT k; BINARY_SUBSCR
  ["SUBSCR_FAST_INT", "local", "int"],
  // LOAD_FAST a; LOAD_INT k; STORE_SUBSCR   (value on the stack)
  ["STORE_SUBSCR_FAST_INT", "local", "int"],
  // FOR_ITER target; STORE_FAST x
  ["FOR_ITER_STORE", "local", "jump"],
  // LOAD_INT k; BINARY_ADD (Python 3 dialect only)
  ["ADD_INT", "int"],
  // An arithmetic expression over locals, constants and list items, described by a
  // string constant (see vm/exprJit.ts). The loader compiles it to a JavaScript
  // function; on success the value is pushed and control jumps past the generic
  // instructions that follow, otherwise (a guard failed) those run instead.
  ["EVAL_EXPR", "const", "jump"],
  // The same for a whole assignment `target = expr` (descriptor `(= T E)`): the
  // compiled function stores the value itself; nothing is pushed.
  ["EVAL_STMT", "const", "jump"],
  // COMPARE_xx; POP_JUMP_IF_FALSE target
  ["JUMP_IF_NOT_LT", "jump"],
  ["JUMP_IF_NOT_LE", "jump"],
  ["JUMP_IF_NOT_GT", "jump"],
  ["JUMP_IF_NOT_GE", "jump"],
  ["JUMP_IF_NOT_EQ", "jump"],
  ["JUMP_IF_NOT_NE", "jump"],
  // Exceptions (vm/exceptions.ts). SETUP_EXCEPT pushes a handler block: an error
  // before the matching POP_BLOCK restores this stack depth, pushes the exception
  // and jumps to the (forward) target.
  ["SETUP_EXCEPT", "jump"],
  ["POP_BLOCK"],
  // [exc [cause]] -> raises; count 0 (bare `raise` outside any handler) has nothing to re-raise
  ["RAISE", "count"],
  // exc -> raises the caught exception again (its traceback kept)
  ["RERAISE"],
  // exc type -> (jumps when exc is not an instance of type, or of any class in a tuple)
  ["JUMP_IF_NOT_EXC_MATCH", "jump"],
  // Classes (vm/classes.ts). CLASS_NAMESPACE (end of a class body) pushes the names
  // the body bound; name base1..baseN namespace -> class
  ["CLASS_NAMESPACE"],
  ["BUILD_CLASS", "count"],
  // obj -> (deletes obj.name)
  ["DELETE_ATTR", "name"],
  // In-place `-= &= |= ^=`: a set (and a dict for `|=`) changes in place, keeping its
  // identity; on other values they are the binary operators.
  ["INPLACE_SUB"],
  ["INPLACE_AND"],
  ["INPLACE_OR"],
  ["INPLACE_XOR"],
  // Set and dict displays: v1..vn -> set; k1 v1 .. kn vn -> dict
  ["BUILD_SET", "count"],
  ["BUILD_MAP", "count"],
  // Comprehensions and displays: add TOS to the set `count` entries below it; add the
  // pair key TOS1, value TOS to the dict `count` entries below them.
  ["SET_ADD", "count"],
  ["MAP_ADD", "count"],
  // `{*xs}` / `{**m}`: add every item of the iterable (every entry of the mapping) TOS
  // to the set (dict) `count` entries below it.
  ["SET_UPDATE", "count"],
  ["DICT_UPDATE", "count"],
  // A call with `**m` (vm/kwargs.ts): fn args-list kwdict mapping -> fn args-list kwdict,
  // merging the mapping's str keys into the keyword dict (a repeated key is CPython's
  // "got multiple values for keyword argument"); fn args-list kwdict -> result.
  ["KWARGS_MERGE"],
  ["CALL_EX_KW"],
  // `a, *b, c = v`: v -> the `count1` targets before the star, the starred list, the
  // `count2` after it, the first target's value on top (vm/starred.ts)
  ["UNPACK_EX", "count", "count"],
  // `with`: mgr -> exit mgr (exit is mgr's bound __exit__; vm/contextManagers.ts)
  ["WITH_SETUP"],
  // Generators (vm/generators.ts). GEN_START, the first instruction of a generator
  // function, returns a new generator holding the frame (its arguments bound) instead
  // of running the body. YIELD_VALUE: v -> (suspends; resumed with the sent value).
  ["GEN_START"],
  ["YIELD_VALUE"],
  // `yield from`: iterable -> iterator (a generator stays itself);
  // SEND: iter v -> sends v; the sub-iterator's yield suspends this generator at the
  // SEND itself (resumed with iter sent); its end pops iter, pushes its return value
  // and jumps to the target.
  ["GET_YIELD_FROM_ITER"],
  ["SEND", "jump"],
  // `a @ b` and `a @= b` (PEP 465): no built-in type defines them, so they go through
  // `__matmul__`/`__rmatmul__` (`__imatmul__` first for the in-place form) or raise
  // CPython's TypeError (ops.matmul).
  ["BINARY_MATMUL"],
  ["INPLACE_MATMUL"],
  // A slice inside a multi-dimensional subscript (`a[1:2, ::3]`): lower upper step ->
  // slice object (None for an absent part); the subscript's key is then a tuple.
  ["BUILD_SLICE"],
  // `a *= b`, `/=`, `//=`, `%=`, `**=`, `<<=`, `>>=`: an instance's `__imul__`... first
  // (ops.inplaceArith), otherwise the binary operator.
  ["INPLACE_MUL"],
  ["INPLACE_TRUEDIV"],
  ["INPLACE_FLOORDIV"],
  ["INPLACE_MOD"],
  ["INPLACE_POW"],
  ["INPLACE_LSHIFT"],
  ["INPLACE_RSHIFT"],
  // A class statement with keywords (`metaclass=M`, `flag=1`): name base1..baseN
  // {keyword: value} namespace -> class (vm/metaclasses.ts)
  ["BUILD_CLASS_KW", "count"],
  // `match` (vm/patterns.ts, compiler/patterns.ts). MATCH_SEQUENCE n star: subj -> subj
  // bool (a list/tuple/range of n items, at least n-1 with a star); MATCH_MAPPING:
  // subj -> subj bool; MATCH_KEYS rest: subj keys(tuple) -> [rest dict] values-tuple
  // (None for both on a miss); MATCH_CLASS npos: subj cls kwnames(names const) ->
  // attributes tuple or None.
  ["MATCH_SEQUENCE", "count", "count"],
  ["MATCH_MAPPING"],
  ["MATCH_KEYS", "count"],
  ["MATCH_CLASS", "count"],
  // Coroutines (vm/coroutines.ts). GET_AWAITABLE: v -> the iterator `await v` delegates
  // to with SEND (a coroutine itself, or what `__await__` returns); CPython's TypeError
  // for anything else. GET_AITER: v -> v.__aiter__() (`async for`). GET_ANEXT: aiter ->
  // the iterator of the awaitable aiter.__anext__() returns. ASYNC_WITH_SETUP: mgr ->
  // aexit mgr (aexit is mgr's bound __aexit__), as WITH_SETUP.
  ["GET_AWAITABLE"],
  ["GET_AITER"],
  ["GET_ANEXT"],
  ["ASYNC_WITH_SETUP"],
  // `except*` (PEP 654; vm/exceptionGroups.ts). The clauses share a state list
  // [exception, unmatched rest, raised...]. EXC_STAR_MATCH target: state type -> match,
  // or -> (nothing) and a jump to target when nothing of the rest matches type (which
  // is validated either way). EXC_STAR_RERAISE target: state -> (nothing), raising
  // what the clauses left (the rest and what they raised, combined as CPython does), or
  // jumping to target when that is nothing.
  ["EXC_STAR_MATCH", "jump"],
  ["EXC_STAR_RERAISE", "jump"],
  // `x += k` (Python 3 dialect only): ADD_INT's int fast path, else `+=` as
  // INPLACE_ADD does it (__iadd__, a list extended in place), not `+`.
  ["INPLACE_ADD_INT", "int"],
  // `break` out of a `for` loop: iter -> (popped). As POP_TOP, but a generator left
  // suspended inside a try or with that nothing else references is closed at once
  // (its finally runs), as CPython's reference counting closes it (core.ts abandonIterator).
  ["POP_ITER"],
] as const satisfies readonly (readonly [string, ...OperandKind[]])[];

/**
 * Opcode numbers. A TypeScript enum so the bundler inlines them as literals: the
 * interpreter's `switch` then compiles to a jump table. Must list the table's rows
 * in order (test/bytecode checks this).
 */
export const enum Op {
  NOP = 0,
  POP_TOP = 1,
  ROT_TWO = 2,
  ROT_THREE = 3,
  DUP_TOP = 4,
  DUP_TOP_TWO = 5,
  LOAD_CONST = 6,
  LOAD_INT = 7,
  LOAD_NONE = 8,
  LOAD_TRUE = 9,
  LOAD_FALSE = 10,
  LOAD_FAST = 11,
  STORE_FAST = 12,
  DELETE_FAST = 13,
  LOAD_DEREF = 14,
  STORE_DEREF = 15,
  LOAD_CLOSURE = 16,
  LOAD_GLOBAL = 17,
  STORE_GLOBAL = 18,
  DELETE_GLOBAL = 19,
  LOAD_ATTR = 20,
  STORE_ATTR = 21,
  BINARY_ADD = 22,
  BINARY_SUB = 23,
  BINARY_MUL = 24,
  BINARY_TRUEDIV = 25,
  BINARY_FLOORDIV = 26,
  BINARY_MOD = 27,
  BINARY_POW = 28,
  BINARY_LSHIFT = 29,
  BINARY_RSHIFT = 30,
  BINARY_AND = 31,
  BINARY_OR = 32,
  BINARY_XOR = 33,
  INPLACE_ADD = 34,
  CLASSIC_ADD = 35,
  CLASSIC_DIV = 36,
  CLASSIC_FLOORDIV = 37,
  CLASSIC_MOD = 38,
  UNARY_NEG = 39,
  UNARY_POS = 40,
  UNARY_INVERT = 41,
  UNARY_NOT = 42,
  COMPARE_EQ = 43,
  COMPARE_NE = 44,
  COMPARE_LT = 45,
  COMPARE_LE = 46,
  COMPARE_GT = 47,
  COMPARE_GE = 48,
  COMPARE_IN = 49,
  COMPARE_NOT_IN = 50,
  COMPARE_IS = 51,
  COMPARE_IS_NOT = 52,
  JUMP = 53,
  POP_JUMP_IF_FALSE = 54,
  POP_JUMP_IF_TRUE = 55,
  JUMP_IF_FALSE_OR_POP = 56,
  JUMP_IF_TRUE_OR_POP = 57,
  JUMP_IF_BOUND = 58,
  GET_ITER = 59,
  FOR_ITER = 60,
  BUILD_LIST = 61,
  BUILD_TUPLE = 62,
  BUILD_CLASSIC_LIST = 63,
  LIST_APPEND = 64,
  LIST_EXTEND = 65,
  BINARY_SUBSCR = 66,
  STORE_SUBSCR = 67,
  DELETE_SUBSCR = 68,
  SLICE_GET = 69,
  SLICE_SET = 70,
  SLICE_DEL = 71,
  UNPACK_SEQUENCE = 72,
  CALL = 73,
  CALL_KW = 74,
  CALL_EX = 75,
  CALL_METHOD = 76,
  RETURN_VALUE = 77,
  MAKE_FUNCTION = 78,
  IMPORT_NAME = 79,
  IMPORT_FROM = 80,
  IMPORT_STAR = 81,
  PRINT_CLASSIC = 82,
  FORMAT_VALUE = 83,
  BUILD_STRING = 84,
  RAISE_ASSERT = 85,
  LOAD_FAST2 = 86,
  SUBSCR_FAST2 = 87,
  STORE_SUBSCR_FAST2 = 88,
  SUBSCR_FAST_INT = 89,
  STORE_SUBSCR_FAST_INT = 90,
  FOR_ITER_STORE = 91,
  ADD_INT = 92,
  EVAL_EXPR = 93,
  EVAL_STMT = 94,
  JUMP_IF_NOT_LT = 95,
  JUMP_IF_NOT_LE = 96,
  JUMP_IF_NOT_GT = 97,
  JUMP_IF_NOT_GE = 98,
  JUMP_IF_NOT_EQ = 99,
  JUMP_IF_NOT_NE = 100,
  SETUP_EXCEPT = 101,
  POP_BLOCK = 102,
  RAISE = 103,
  RERAISE = 104,
  JUMP_IF_NOT_EXC_MATCH = 105,
  CLASS_NAMESPACE = 106,
  BUILD_CLASS = 107,
  DELETE_ATTR = 108,
  INPLACE_SUB = 109,
  INPLACE_AND = 110,
  INPLACE_OR = 111,
  INPLACE_XOR = 112,
  BUILD_SET = 113,
  BUILD_MAP = 114,
  SET_ADD = 115,
  MAP_ADD = 116,
  SET_UPDATE = 117,
  DICT_UPDATE = 118,
  KWARGS_MERGE = 119,
  CALL_EX_KW = 120,
  UNPACK_EX = 121,
  WITH_SETUP = 122,
  GEN_START = 123,
  YIELD_VALUE = 124,
  GET_YIELD_FROM_ITER = 125,
  SEND = 126,
  BINARY_MATMUL = 127,
  INPLACE_MATMUL = 128,
  BUILD_SLICE = 129,
  INPLACE_MUL = 130,
  INPLACE_TRUEDIV = 131,
  INPLACE_FLOORDIV = 132,
  INPLACE_MOD = 133,
  INPLACE_POW = 134,
  INPLACE_LSHIFT = 135,
  INPLACE_RSHIFT = 136,
  BUILD_CLASS_KW = 137,
  MATCH_SEQUENCE = 138,
  MATCH_MAPPING = 139,
  MATCH_KEYS = 140,
  MATCH_CLASS = 141,
  GET_AWAITABLE = 142,
  GET_AITER = 143,
  GET_ANEXT = 144,
  ASYNC_WITH_SETUP = 145,
  EXC_STAR_MATCH = 146,
  EXC_STAR_RERAISE = 147,
  INPLACE_ADD_INT = 148,
  POP_ITER = 149,
}

/** Names by opcode number. */
export const opNames: readonly string[] = table.map((row) => row[0]);

/** Operand kinds by opcode number. */
export const operandKinds: readonly (readonly OperandKind[])[] = table.map((row) => row.slice(1) as OperandKind[]);

/** Words an instruction occupies in memory (opcode + operands). */
export const instrWidth = (op: number): number => 1 + operandKinds[op].length;
