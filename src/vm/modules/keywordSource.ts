// The `keyword` module (Python 3 dialect): CPython 3.11's keyword lists, in ePython.
// `iskeyword`/`issoftkeyword` are set membership, as CPython's (`frozenset.__contains__`).

export const KEYWORD_SOURCE = `# keyword: library module of ePython-TS (see src/vm/modules/keywordSource.ts)
kwlist = ['False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class',
          'continue', 'def', 'del', 'elif', 'else', 'except', 'finally', 'for', 'from', 'global',
          'if', 'import', 'in', 'is', 'lambda', 'nonlocal', 'not', 'or', 'pass', 'raise',
          'return', 'try', 'while', 'with', 'yield']
softkwlist = ['_', 'case', 'match']
iskeyword = frozenset(kwlist).__contains__
issoftkeyword = frozenset(softkwlist).__contains__
`;
