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
  ["CLASSIC_POW"],
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
] as const satisfies readonly (readonly [string, ...OperandKind[]])[];

type OpName = (typeof table)[number][0];

/** Opcode numbers by name: Op.LOAD_FAST ... */
export const Op = Object.fromEntries(table.map((row, i) => [row[0], i])) as { readonly [K in OpName]: number };

/** Names by opcode number. */
export const opNames: readonly string[] = table.map((row) => row[0]);

/** Operand kinds by opcode number. */
export const operandKinds: readonly (readonly OperandKind[])[] = table.map((row) => row.slice(1) as OperandKind[]);

/** Words an instruction occupies in memory (opcode + operands). */
export const instrWidth = (op: number): number => 1 + operandKinds[op].length;
