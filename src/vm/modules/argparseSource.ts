// `argparse` (Python 3 dialect): a library module written in ePython. A compact
// re-implementation of CPython 3.11's Lib/argparse.py: the same parsing algorithm
// (arguments classified as options 'O' and values 'A', nargs matched as regular
// expressions, positionals consumed greedily between options, abbreviations of long
// options, -xVALUE and --x=VALUE, combined short flags, '--'), the same help and usage
// layout (78 columns, help column at most 24, usage wrapped as CPython wraps it) and
// the same error messages: `usage: ...` and `prog: error: ...` on standard error and
// SystemExit(2); --help and --version print to standard output and exit 0.
//
// Provided: ArgumentParser(prog, usage, description, epilog, parents, prefix_chars,
// argument_default, add_help, allow_abbrev, exit_on_error), add_argument (positional
// and optional; type, default, required, help with %(default)s..., choices, nargs
// None ? * + N, actions store store_const store_true store_false append append_const
// count extend help version, dest, metavar incl. tuples, const), parse_args /
// parse_known_args (from sys.argv[1:] or a list), Namespace, add_argument_group,
// add_mutually_exclusive_group (required too), add_subparsers / add_parser (help,
// aliases, dest, required), set_defaults / get_default, format_usage / format_help /
// print_usage / print_help / error / exit, ArgumentError, ArgumentTypeError.
// Not provided: formatter classes (formatter_class is accepted and ignored: always
// the default HelpFormatter), fromfile_prefix_chars, conflict_handler='resolve',
// intermixed parsing, FileType, the COLUMNS environment variable (the width is 80).
// A Namespace records its attribute names in a list (instances have no __dict__ on a
// core), so vars(ns) is not available: use getattr or ns._get_kwargs().

export const ARGPARSE_SOURCE = String.raw`# argparse: library module of ePython-TS (see src/vm/modules/argparseSource.ts)
import sys as _sys
import re as _re

SUPPRESS = '==SUPPRESS=='
OPTIONAL = '?'
ZERO_OR_MORE = '*'
ONE_OR_MORE = '+'
PARSER = 'A...'
REMAINDER = '...'


class ArgumentError(Exception):
    def __init__(self, argument, message):
        self.argument_name = _action_name(argument)
        self.message = message
        Exception.__init__(self, str(self))

    def __str__(self):
        if self.argument_name is None:
            return self.message
        return 'argument %s: %s' % (self.argument_name, self.message)


class ArgumentTypeError(Exception):
    pass


def _action_name(action):
    if action is None:
        return None
    if action.option_strings:
        return '/'.join(action.option_strings)
    if action.metavar not in (None, SUPPRESS):
        return action.metavar
    if action.dest not in (None, SUPPRESS):
        return action.dest
    if action.choices:
        return '{' + ','.join(action.choices) + '}'
    return None


class Namespace:
    # CPython's: the attributes are the instance's __dict__ (vars(args) is just them).
    def __init__(self, **kwargs):
        for name in kwargs:
            setattr(self, name, kwargs[name])

    def _get_kwargs(self):
        return list(self.__dict__.items())

    def __repr__(self):
        parts = []
        star = {}
        for name, value in self._get_kwargs():
            if name.isidentifier():
                parts.append('%s=%r' % (name, value))
            else:
                star[name] = value
        if star:
            parts.append('**%s' % repr(star))
        return type(self).__name__ + '(' + ', '.join(parts) + ')'

    def __eq__(self, other):
        if not isinstance(other, Namespace):
            return NotImplemented
        return vars(self) == vars(other)

    def __contains__(self, key):
        return key in self.__dict__


class Action:
    def __init__(self, option_strings, dest, nargs=None, const=None, default=None, type=None, choices=None,
                 required=False, help=None, metavar=None):
        self.option_strings = option_strings
        self.dest = dest
        self.nargs = nargs
        self.const = const
        self.default = default
        self.type = type
        self.choices = choices
        self.required = required
        self.help = help
        self.metavar = metavar

    def _get_kwargs(self):
        names = ['option_strings', 'dest', 'nargs', 'const', 'default', 'type', 'choices', 'required', 'help', 'metavar']
        return [(n, getattr(self, n)) for n in names]

    def __repr__(self):
        return type(self).__name__ + '(' + ', '.join(['%s=%r' % kv for kv in self._get_kwargs()]) + ')'

    def format_usage(self):
        return self.option_strings[0]

    def __call__(self, parser, namespace, values, option_string=None):
        raise NotImplementedError('.__call__() not defined')


class _StoreAction(Action):
    def __init__(self, option_strings, dest, nargs=None, const=None, default=None, type=None, choices=None,
                 required=False, help=None, metavar=None):
        if nargs == 0:
            raise ValueError('nargs for store actions must be != 0; if you have nothing to store, actions such as '
                             'store true or store const may be more appropriate')
        if const is not None and nargs != OPTIONAL:
            raise ValueError('nargs must be %r to supply const' % OPTIONAL)
        Action.__init__(self, option_strings, dest, nargs, const, default, type, choices, required, help, metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, values)


class _StoreConstAction(Action):
    def __init__(self, option_strings, dest, const=None, default=None, required=False, help=None, metavar=None):
        Action.__init__(self, option_strings, dest, 0, const, default, None, None, required, help)

    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, self.const)


class _StoreTrueAction(_StoreConstAction):
    def __init__(self, option_strings, dest, default=False, required=False, help=None):
        _StoreConstAction.__init__(self, option_strings, dest, True, default, required, help)


class _StoreFalseAction(_StoreConstAction):
    def __init__(self, option_strings, dest, default=True, required=False, help=None):
        _StoreConstAction.__init__(self, option_strings, dest, False, default, required, help)


def _copy_items(items):
    if items is None:
        return []
    return list(items)


class _AppendAction(Action):
    def __init__(self, option_strings, dest, nargs=None, const=None, default=None, type=None, choices=None,
                 required=False, help=None, metavar=None):
        if nargs == 0:
            raise ValueError('nargs for append actions must be != 0; if arg strings are not supplying the value to '
                             'append, the append const action may be more appropriate')
        if const is not None and nargs != OPTIONAL:
            raise ValueError('nargs must be %r to supply const' % OPTIONAL)
        Action.__init__(self, option_strings, dest, nargs, const, default, type, choices, required, help, metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        items = _copy_items(getattr(namespace, self.dest, None))
        items.append(values)
        setattr(namespace, self.dest, items)


class _AppendConstAction(Action):
    def __init__(self, option_strings, dest, const=None, default=None, required=False, help=None, metavar=None):
        Action.__init__(self, option_strings, dest, 0, const, default, None, None, required, help, metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        items = _copy_items(getattr(namespace, self.dest, None))
        items.append(self.const)
        setattr(namespace, self.dest, items)


class _ExtendAction(_AppendAction):
    def __call__(self, parser, namespace, values, option_string=None):
        items = _copy_items(getattr(namespace, self.dest, None))
        items.extend(values)
        setattr(namespace, self.dest, items)


class _CountAction(Action):
    def __init__(self, option_strings, dest, default=None, required=False, help=None):
        Action.__init__(self, option_strings, dest, 0, None, default, None, None, required, help)

    def __call__(self, parser, namespace, values, option_string=None):
        count = getattr(namespace, self.dest, None)
        if count is None:
            count = 0
        setattr(namespace, self.dest, count + 1)


class _HelpAction(Action):
    def __init__(self, option_strings, dest=SUPPRESS, default=SUPPRESS, help=None):
        Action.__init__(self, option_strings, dest, 0, None, default, None, None, False, help)

    def __call__(self, parser, namespace, values, option_string=None):
        parser.print_help()
        parser.exit()


class _VersionAction(Action):
    def __init__(self, option_strings, version=None, dest=SUPPRESS, default=SUPPRESS,
                 help="show program's version number and exit"):
        Action.__init__(self, option_strings, dest, 0, None, default, None, None, False, help)
        self.version = version

    def __call__(self, parser, namespace, values, option_string=None):
        version = self.version
        if version is None:
            version = parser.version
        _sys.stdout.write(parser._expand(version, {'prog': parser.prog}) + '\n')
        parser.exit()


class _SubParsersAction(Action):
    def __init__(self, option_strings, prog, parser_class, dest=SUPPRESS, required=False, help=None, metavar=None):
        self._prog_prefix = prog
        self._parser_class = parser_class
        self._name_parser_map = {}
        self._choices_actions = []
        Action.__init__(self, option_strings, dest, PARSER, None, None, None, self._name_parser_map, required,
                        help, metavar)

    def add_parser(self, name, **kwargs):
        if kwargs.get('prog') is None:
            kwargs['prog'] = '%s %s' % (self._prog_prefix, name)
        aliases = kwargs.pop('aliases', ())
        if name in self._name_parser_map:
            raise ArgumentError(self, 'conflicting subparser: %s' % name)
        if 'help' in kwargs:
            help = kwargs.pop('help')
            metavar = name
            if aliases:
                metavar += ' (%s)' % ', '.join(aliases)
            self._choices_actions.append(Action([], name, help=help, metavar=metavar))
        parser = self._parser_class(**kwargs)
        self._name_parser_map[name] = parser
        for alias in aliases:
            self._name_parser_map[alias] = parser
        return parser

    def _get_subactions(self):
        return self._choices_actions

    def __call__(self, parser, namespace, values, option_string=None):
        parser_name = values[0]
        arg_strings = values[1:]
        if self.dest is not SUPPRESS:
            setattr(namespace, self.dest, parser_name)
        if parser_name not in self._name_parser_map:
            raise ArgumentError(self, 'unknown parser %r (choices: %s)' % (parser_name, ', '.join(self._name_parser_map)))
        subparser = self._name_parser_map[parser_name]
        subnamespace, arg_strings = subparser.parse_known_args(arg_strings, None)
        for key, value in subnamespace._get_kwargs():
            setattr(namespace, key, value)
        if arg_strings:
            if '_UNRECOGNIZED_ARGS_ATTR' not in namespace:
                setattr(namespace, '_UNRECOGNIZED_ARGS_ATTR', [])
            getattr(namespace, '_UNRECOGNIZED_ARGS_ATTR').extend(arg_strings)


_ACTIONS = {
    None: _StoreAction, 'store': _StoreAction, 'store_const': _StoreConstAction, 'store_true': _StoreTrueAction,
    'store_false': _StoreFalseAction, 'append': _AppendAction, 'append_const': _AppendConstAction,
    'count': _CountAction, 'help': _HelpAction, 'version': _VersionAction, 'extend': _ExtendAction,
}


class _ActionsContainer:
    def _init_container(self, prefix_chars):
        self.prefix_chars = prefix_chars
        self._actions = []
        self._option_string_actions = {}
        self._action_groups = []
        self._mutually_exclusive_groups = []
        self._defaults = {}
        self._has_negative_number_optionals = []

    def set_defaults(self, **kwargs):
        self._defaults.update(kwargs)
        for action in self._actions:
            if action.dest in kwargs:
                action.default = kwargs[action.dest]

    def get_default(self, dest):
        for action in self._actions:
            if action.dest == dest and action.default is not None:
                return action.default
        return self._defaults.get(dest, None)

    def add_argument(self, *args, **kwargs):
        chars = self.prefix_chars
        if not args or len(args) == 1 and args[0][0] not in chars:
            if args and 'dest' in kwargs:
                raise ValueError('dest supplied twice for positional argument')
            kwargs = self._get_positional_kwargs(*args, **kwargs)
        else:
            kwargs = self._get_optional_kwargs(*args, **kwargs)
        if 'default' not in kwargs:
            dest = kwargs['dest']
            if dest in self._defaults:
                kwargs['default'] = self._defaults[dest]
        action_name = kwargs.pop('action', None)
        if callable(action_name) and not isinstance(action_name, str):
            action_class = action_name
        else:
            if action_name not in _ACTIONS:
                raise ValueError('unknown action "%s"' % (action_name,))
            action_class = _ACTIONS[action_name]
        type_func = kwargs.get('type')
        if type_func is not None and not callable(type_func):
            raise ValueError('%r is not callable' % (type_func,))
        action = action_class(**kwargs)
        return self._add_action(action)

    def _add_action(self, action):
        for option_string in action.option_strings:
            if option_string in self._option_string_actions:
                raise ArgumentError(action, 'conflicting option string: %s' % option_string)
        self._actions.append(action)
        action.container = self
        for option_string in action.option_strings:
            self._option_string_actions[option_string] = action
            if _re.match('^-\\d+$|^-\\d*\\.\\d+$', option_string):
                if not self._has_negative_number_optionals:
                    self._has_negative_number_optionals.append(True)
        return action

    def _get_positional_kwargs(self, dest, **kwargs):
        if 'required' in kwargs:
            raise TypeError("'required' is an invalid argument for positionals")
        if kwargs.get('nargs') not in [OPTIONAL, ZERO_OR_MORE]:
            kwargs['required'] = True
        if kwargs.get('nargs') == ZERO_OR_MORE and 'default' not in kwargs:
            kwargs['required'] = True
        kwargs['dest'] = dest
        kwargs['option_strings'] = []
        return kwargs

    def _get_optional_kwargs(self, *args, **kwargs):
        option_strings = []
        long_option_strings = []
        for option_string in args:
            if not option_string[0] in self.prefix_chars:
                raise ValueError('invalid option string %r: must start with a character %r'
                                 % (option_string, self.prefix_chars))
            option_strings.append(option_string)
            if len(option_string) > 1 and option_string[1] in self.prefix_chars:
                long_option_strings.append(option_string)
        dest = kwargs.pop('dest', None)
        if dest is None:
            if long_option_strings:
                dest_option_string = long_option_strings[0]
            else:
                dest_option_string = option_strings[0]
            dest = dest_option_string.lstrip(self.prefix_chars)
            if not dest:
                raise ValueError('dest= is required for options like %r' % option_string)
            dest = dest.replace('-', '_')
        kwargs['dest'] = dest
        kwargs['option_strings'] = option_strings
        return kwargs

    def add_argument_group(self, title=None, description=None):
        group = _ArgumentGroup(self, title, description)
        self._action_groups.append(group)
        return group

    def add_mutually_exclusive_group(self, required=False):
        group = _MutuallyExclusiveGroup(self, required)
        self._mutually_exclusive_groups.append(group)
        return group


class _ArgumentGroup(_ActionsContainer):
    def __init__(self, container, title=None, description=None):
        self.title = title
        self.description = description
        self._group_actions = []
        self._container = container

    def add_argument(self, *args, **kwargs):
        return _ActionsContainer.add_argument(self, *args, **kwargs)

    def __getattr__(self, name):
        # The registries are the parser's: one name space of options for all groups.
        if name in ('prefix_chars', '_defaults', '_option_string_actions', '_actions',
                    '_has_negative_number_optionals', '_mutually_exclusive_groups'):
            return getattr(self._container, name)
        raise AttributeError("'%s' object has no attribute '%s'" % (type(self).__name__, name))

    def _add_action(self, action):
        action = _ActionsContainer._add_action(self, action)
        self._group_actions.append(action)
        return action


class _MutuallyExclusiveGroup(_ArgumentGroup):
    def __init__(self, container, required=False):
        _ArgumentGroup.__init__(self, container)
        self.required = required

    def _add_action(self, action):
        if action.required:
            raise ValueError('mutually exclusive arguments must be optional')
        action = self._container._add_action(action)
        self._group_actions.append(action)
        return action


def _metavar_formatter(action, default_metavar):
    if action.metavar is not None:
        result = action.metavar
    elif action.choices is not None:
        result = '{' + ','.join([str(c) for c in action.choices]) + '}'
    else:
        result = default_metavar

    def format(tuple_size):
        if isinstance(result, tuple):
            return result
        return (result,) * tuple_size
    return format


def _format_args(action, default_metavar):
    get_metavar = _metavar_formatter(action, default_metavar)
    nargs = action.nargs
    if nargs is None:
        return '%s' % get_metavar(1)
    if nargs == OPTIONAL:
        return '[%s]' % get_metavar(1)
    if nargs == ZERO_OR_MORE:
        metavar = get_metavar(1)
        if len(metavar) == 2:
            return '[%s [%s ...]]' % metavar
        return '[%s ...]' % metavar
    if nargs == ONE_OR_MORE:
        return '%s [%s ...]' % get_metavar(2)
    if nargs == REMAINDER:
        return '...'
    if nargs == PARSER:
        return '%s ...' % get_metavar(1)
    if nargs == SUPPRESS:
        return ''
    if not isinstance(nargs, int):
        raise ValueError('invalid nargs value')
    return ' '.join(['%s'] * nargs) % get_metavar(nargs)


def _default_metavar(action):
    return action.dest.upper() if action.option_strings else action.dest


def _invocation(action):
    if not action.option_strings:
        return _metavar_formatter(action, action.dest)(1)[0]
    if action.nargs == 0:
        return ', '.join(action.option_strings)
    args_string = _format_args(action, action.dest.upper())
    return ', '.join([s + ' ' + args_string for s in action.option_strings])


def _usage_part(action):
    if action.option_strings:
        part = action.option_strings[0]
        if action.nargs != 0:
            part += ' ' + _format_args(action, _default_metavar(action))
        return part if action.required else '[' + part + ']'
    part = _format_args(action, _default_metavar(action))
    return part


class ArgumentParser(_ActionsContainer):
    def __init__(self, prog=None, usage=None, description=None, epilog=None, parents=[], formatter_class=None,
                 prefix_chars='-', fromfile_prefix_chars=None, argument_default=None, conflict_handler='error',
                 add_help=True, allow_abbrev=True, exit_on_error=True):
        if prog is None:
            path = _sys.argv[0] if _sys.argv else 'prog'
            prog = path.replace('\\', '/').split('/')[-1]
        self.prog = prog
        self.usage = usage
        self.description = description
        self.epilog = epilog
        self.add_help = add_help
        self.allow_abbrev = allow_abbrev
        self.exit_on_error = exit_on_error
        self._init_container(prefix_chars)
        self._positionals = self.add_argument_group('positional arguments')
        self._optionals = self.add_argument_group('options')
        self._subparsers = None
        if add_help:
            # With prefix_chars without '-', help is its first character's: '+h', '++help'.
            p = '-' if '-' in prefix_chars else prefix_chars[0]
            self.add_argument(p + 'h', p * 2 + 'help', action='help', default=SUPPRESS, help='show this help message and exit')
        for parent in parents:
            for action in parent._actions:
                self._add_action(action)
            self._defaults.update(parent._defaults)

    def _add_action(self, action):
        if action.option_strings:
            self._optionals._add_action(action)
        else:
            self._positionals._add_action(action)
        return action

    def add_subparsers(self, title=None, description=None, prog=None, action=None, dest=SUPPRESS, required=False,
                       help=None, metavar=None, parser_class=None):
        if self._subparsers is not None:
            self.error('cannot have multiple subparser arguments')
        if title is not None or description is not None:
            self._subparsers = self.add_argument_group(title or 'subcommands', description)
        else:
            self._subparsers = self._positionals
        if prog is None:
            positionals = [a for a in self._actions if not a.option_strings]
            parts = [self.prog] + [_usage_part(a) for a in positionals]
            prog = ' '.join([p for p in parts if p])
        action = _SubParsersAction([], prog, parser_class or type(self), dest, required, help, metavar)
        self._subparsers._add_action(action)
        return action

    # ---- help and usage ----

    def _expand(self, text, params):
        if '%' not in text:
            return text
        return text % params

    def _expand_help(self, action):
        params = dict(action._get_kwargs())
        params['prog'] = self.prog
        for name in list(params):
            if params[name] is SUPPRESS:
                del params[name]
        for name in list(params):
            if hasattr(params[name], '__name__'):
                params[name] = params[name].__name__
        if params.get('choices') is not None:
            params['choices'] = ', '.join([str(c) for c in params['choices']])
        return action.help % params if '%' in action.help else action.help

    def format_usage(self):
        return self._format_usage() + '\n'

    def _format_usage(self):
        prefix = 'usage: '
        if self.usage is not None:
            return prefix + self._expand(self.usage, {'prog': self.prog})
        text_width = 78
        optionals = [a for a in self._actions if a.option_strings and a.help is not SUPPRESS]
        positionals = [a for a in self._actions if not a.option_strings and a.help is not SUPPRESS]
        opt_parts = self._group_parts(optionals)
        pos_parts = self._group_parts(positionals)
        usage = ' '.join([p for p in [self.prog] + opt_parts + pos_parts if p])
        if len(prefix) + len(usage) <= text_width:
            return prefix + usage
        prog = self.prog
        # CPython wraps at these parts of the usage text: a bracketed or parenthesised
        # run, else each word (a required option and its metavar are two parts).
        part_regexp = r'\(.*?\)+(?=\s|$)|\[.*?\]+(?=\s|$)|\S+'
        opt_parts = _re.findall(part_regexp, ' '.join(opt_parts))
        pos_parts = _re.findall(part_regexp, ' '.join(pos_parts))

        def get_lines(parts, indent, prefix=None):
            lines = []
            line = []
            indent_length = len(indent)
            if prefix is not None:
                line_len = len(prefix) - 1
            else:
                line_len = indent_length - 1
            for part in parts:
                if line_len + 1 + len(part) > text_width and line:
                    lines.append(indent + ' '.join(line))
                    line = []
                    line_len = indent_length - 1
                line.append(part)
                line_len += len(part) + 1
            if line:
                lines.append(indent + ' '.join(line))
            if prefix is not None:
                lines[0] = lines[0][len(indent):]
            return lines

        if len(prefix) + len(prog) <= 0.75 * text_width:
            indent = ' ' * (len(prefix) + len(prog) + 1)
            if opt_parts:
                lines = get_lines([prog] + opt_parts, indent, prefix)
                lines.extend(get_lines(pos_parts, indent))
            elif pos_parts:
                lines = get_lines([prog] + pos_parts, indent, prefix)
            else:
                lines = [prog]
        else:
            indent = ' ' * len(prefix)
            parts = opt_parts + pos_parts
            lines = get_lines(parts, indent)
            if len(lines) > 1:
                lines = []
                lines.extend(get_lines(opt_parts, indent))
                lines.extend(get_lines(pos_parts, indent))
            lines = [prog] + lines
        return prefix + '\n'.join(lines)

    def _group_parts(self, actions):
        # Usage parts; the members of a mutually exclusive group are joined with ' | '
        # inside one pair of brackets (parentheses when the group is required).
        parts = []
        done = []
        for action in actions:
            if action in done:
                continue
            group = None
            for g in self._mutually_exclusive_groups:
                if action in g._group_actions:
                    group = g
            if group is None or len(group._group_actions) < 2:
                parts.append(_usage_part(action))
                continue
            members = [a for a in group._group_actions if a in actions and a.help is not SUPPRESS]
            inner = []
            for a in members:
                done.append(a)
                p = _usage_part(a)
                if not a.required and p.startswith('[') and p.endswith(']'):
                    p = p[1:-1]
                inner.append(p)
            text = ' | '.join(inner)
            parts.append('(' + text + ')' if group.required else '[' + text + ']')
        return parts

    def format_help(self):
        import textwrap
        out = [self._format_usage(), '']
        if self.description:
            out.append(self._fill(self.description, 78, ''))
            out.append('')
        groups = [g for g in self._action_groups if g._group_actions or g.description]
        rows = []
        for g in groups:
            for a in g._group_actions:
                if a.help is SUPPRESS:
                    continue
                rows.append((2, _invocation(a)))
                if isinstance(a, _SubParsersAction):
                    for sub in a._get_subactions():
                        rows.append((4, _invocation(sub)))
        max_len = 0
        for indent, inv in rows:
            max_len = max(max_len, len(inv) + indent)
        help_position = min(max_len + 2, 24)
        help_width = max(78 - help_position, 11)
        for g in groups:
            lines = [g.title + ':']
            if g.description:
                lines.append(self._fill(g.description, 78 - 2, '  '))
                lines.append('')
            if not g._group_actions and g.description:
                lines.pop()
            for a in g._group_actions:
                if a.help is SUPPRESS:
                    continue
                lines.extend(self._format_action(a, 2, help_position, help_width))
                if isinstance(a, _SubParsersAction):
                    for sub in a._get_subactions():
                        lines.extend(self._format_action(sub, 4, help_position, help_width))
            out.append('\n'.join(lines))
            out.append('')
        if self.epilog:
            out.append(self._fill(self.epilog, 78, ''))
            out.append('')
        text = '\n'.join(out)
        while '\n\n\n' in text:
            text = text.replace('\n\n\n', '\n\n')
        return text.rstrip('\n') + '\n'

    def _fill(self, text, width, indent):
        # The description, epilog and group descriptions: CPython's _format_text.
        import textwrap
        if '%(prog)' in text:
            text = text % dict(prog=self.prog)
        text = ' '.join(text.split())
        return textwrap.fill(text, width, initial_indent=indent, subsequent_indent=indent)

    def _format_action(self, action, indent, help_position, help_width):
        import textwrap
        header = _invocation(action)
        action_width = help_position - indent - 2
        if not action.help:
            return [' ' * indent + header]
        if len(header) <= action_width:
            first = ' ' * indent + header + ' ' * (action_width - len(header)) + '  '
            same_line = True
        else:
            first = ' ' * indent + header
            same_line = False
        help_text = self._expand_help(action)
        help_lines = textwrap.wrap(' '.join(help_text.split()), help_width) if help_text.strip() else []
        lines = []
        if same_line and help_lines:
            lines.append(first + help_lines[0])
            help_lines = help_lines[1:]
        else:
            lines.append(first)
        for line in help_lines:
            lines.append(' ' * help_position + line)
        return lines

    def print_usage(self, file=None):
        (file or _sys.stdout).write(self.format_usage())

    def print_help(self, file=None):
        (file or _sys.stdout).write(self.format_help())

    def exit(self, status=0, message=None):
        if message:
            _sys.stderr.write(message)
        _sys.exit(status)

    def error(self, message):
        self.print_usage(_sys.stderr)
        self.exit(2, '%s: error: %s\n' % (self.prog, message))

    # ---- parsing ----

    def parse_args(self, args=None, namespace=None):
        args, argv = self.parse_known_args(args, namespace)
        if argv:
            self.error('unrecognized arguments: %s' % ' '.join(argv))
        return args

    def parse_known_args(self, args=None, namespace=None):
        if args is None:
            args = _sys.argv[1:]
        else:
            args = list(args)
        if namespace is None:
            namespace = Namespace()
        for action in self._actions:
            if action.dest is not SUPPRESS and not hasattr(namespace, action.dest):
                if action.default is not SUPPRESS:
                    setattr(namespace, action.dest, action.default)
        for dest in self._defaults:
            if not hasattr(namespace, dest):
                setattr(namespace, dest, self._defaults[dest])
        if self.exit_on_error:
            try:
                namespace, args = self._parse_known_args(args, namespace)
            except ArgumentError as err:
                self.error(str(err))
        else:
            namespace, args = self._parse_known_args(args, namespace)
        if '_UNRECOGNIZED_ARGS_ATTR' in namespace:
            args.extend(getattr(namespace, '_UNRECOGNIZED_ARGS_ATTR'))
            delattr(namespace, '_UNRECOGNIZED_ARGS_ATTR')
        return namespace, args

    def _parse_known_args(self, arg_strings, namespace):
        action_conflicts = {}
        for mutex_group in self._mutually_exclusive_groups:
            group_actions = mutex_group._group_actions
            for i, mutex_action in enumerate(group_actions):
                conflicts = action_conflicts.setdefault(id(mutex_action), [])
                conflicts.extend(group_actions[:i])
                conflicts.extend(group_actions[i + 1:])

        option_string_indices = {}
        pattern_parts = []
        i = 0
        while i < len(arg_strings):
            arg_string = arg_strings[i]
            if arg_string == '--':
                pattern_parts.append('-')
                for rest in arg_strings[i + 1:]:
                    pattern_parts.append('A')
                break
            option_tuple = self._parse_optional(arg_string)
            if option_tuple is None:
                pattern = 'A'
            else:
                option_string_indices[i] = option_tuple
                pattern = 'O'
            pattern_parts.append(pattern)
            i += 1
        arg_strings_pattern = ''.join(pattern_parts)

        seen_actions = []
        seen_non_default_actions = []
        extras = []
        parser = self

        def take_action(action, argument_strings, option_string=None):
            seen_actions.append(id(action))
            argument_values = parser._get_values(action, argument_strings)
            if argument_values is not action.default:
                seen_non_default_actions.append(id(action))
                for conflict_action in action_conflicts.get(id(action), []):
                    if id(conflict_action) in seen_non_default_actions:
                        raise ArgumentError(action, 'not allowed with argument %s' % _action_name(conflict_action))
            if argument_values is not SUPPRESS:
                action(parser, namespace, argument_values, option_string)

        def consume_optional(start_index):
            action, option_string, explicit_arg = option_string_indices[start_index]
            action_tuples = []
            while True:
                if action is None:
                    extras.append(arg_strings[start_index])
                    return start_index + 1
                if explicit_arg is not None:
                    arg_count = parser._match_argument(action, 'A')
                    chars = parser.prefix_chars
                    if arg_count == 0 and option_string[1] not in chars and explicit_arg != '':
                        action_tuples.append((action, [], option_string))
                        char = option_string[0]
                        option_string = char + explicit_arg[0]
                        new_explicit_arg = explicit_arg[1:] or None
                        if option_string in parser._option_string_actions:
                            action = parser._option_string_actions[option_string]
                            explicit_arg = new_explicit_arg
                        else:
                            raise ArgumentError(action, 'ignored explicit argument %r' % explicit_arg)
                    elif arg_count == 1:
                        stop = start_index + 1
                        args = [explicit_arg]
                        action_tuples.append((action, args, option_string))
                        break
                    else:
                        raise ArgumentError(action, 'ignored explicit argument %r' % explicit_arg)
                else:
                    start = start_index + 1
                    selected_patterns = arg_strings_pattern[start:]
                    arg_count = parser._match_argument(action, selected_patterns)
                    stop = start + arg_count
                    args = arg_strings[start:stop]
                    action_tuples.append((action, args, option_string))
                    break
            for action, args, option_string in action_tuples:
                take_action(action, args, option_string)
            return stop

        positionals = [a for a in self._actions if not a.option_strings]

        def consume_positionals(start_index):
            arg_counts = parser._match_arguments_partial(positionals, arg_strings_pattern[start_index:])
            for k in range(len(arg_counts)):
                action = positionals[k]
                arg_count = arg_counts[k]
                args = arg_strings[start_index: start_index + arg_count]
                start_index += arg_count
                take_action(action, args)
            del positionals[:len(arg_counts)]
            return start_index

        start_index = 0
        if option_string_indices:
            max_option_string_index = max(option_string_indices)
        else:
            max_option_string_index = -1
        while start_index <= max_option_string_index:
            next_option_string_index = min([index for index in option_string_indices if index >= start_index])
            if start_index != next_option_string_index:
                positionals_end_index = consume_positionals(start_index)
                if positionals_end_index > start_index:
                    start_index = positionals_end_index
                    continue
                else:
                    start_index = positionals_end_index
            if start_index not in option_string_indices:
                strings = arg_strings[start_index:next_option_string_index]
                extras.extend(strings)
                start_index = next_option_string_index
            start_index = consume_optional(start_index)
        stop_index = consume_positionals(start_index)
        extras.extend(arg_strings[stop_index:])

        required_actions = []
        for action in self._actions:
            if id(action) not in seen_actions:
                if action.required:
                    required_actions.append(_action_name(action))
                elif (action.default is not None and isinstance(action.default, str)
                      and hasattr(namespace, action.dest) and action.default is getattr(namespace, action.dest)):
                    setattr(namespace, action.dest, self._get_value(action, action.default))
        if required_actions:
            raise ArgumentError(None, 'the following arguments are required: %s' % ', '.join(required_actions))
        for group in self._mutually_exclusive_groups:
            if group.required:
                found = False
                for action in group._group_actions:
                    if id(action) in seen_non_default_actions:
                        found = True
                if not found:
                    names = [_action_name(a) for a in group._group_actions if a.help is not SUPPRESS]
                    raise ArgumentError(None, 'one of the arguments %s is required' % ' '.join(names))
        return namespace, extras

    def _match_argument(self, action, arg_strings_pattern):
        m = _re.match(self._nargs_pattern(action), arg_strings_pattern)
        if m is None:
            nargs = action.nargs
            if nargs is None:
                msg = 'expected one argument'
            elif nargs == OPTIONAL:
                msg = 'expected at most one argument'
            elif nargs == ONE_OR_MORE:
                msg = 'expected at least one argument'
            elif nargs == 1:
                msg = 'expected %s argument' % nargs
            else:
                msg = 'expected %s arguments' % nargs
            raise ArgumentError(action, msg)
        return len(m.group(1))

    def _match_arguments_partial(self, actions, arg_strings_pattern):
        for i in range(len(actions), 0, -1):
            pattern = ''.join([self._nargs_pattern(a) for a in actions[:i]])
            m = _re.match(pattern, arg_strings_pattern)
            if m is not None:
                return [len(g) for g in m.groups()]
        return []

    def _nargs_pattern(self, action):
        nargs = action.nargs
        if nargs is None:
            p = '(-*A-*)'
        elif nargs == OPTIONAL:
            p = '(-*A?-*)'
        elif nargs == ZERO_OR_MORE:
            p = '(-*[A-]*)'
        elif nargs == ONE_OR_MORE:
            p = '(-*A[A-]*)'
        elif nargs == REMAINDER:
            p = '([-AO]*)'
        elif nargs == PARSER:
            p = '(-*A[-AO]*)'
        elif nargs == SUPPRESS:
            p = '(-*-*)'
        else:
            p = '(-*%s-*)' % '-*'.join('A' * nargs)
        if action.option_strings:
            p = p.replace('-*', '').replace('-', '')
        return p

    def _parse_optional(self, arg_string):
        if not arg_string:
            return None
        if not arg_string[0] in self.prefix_chars:
            return None
        if arg_string in self._option_string_actions:
            return self._option_string_actions[arg_string], arg_string, None
        if len(arg_string) == 1:
            return None
        if '=' in arg_string:
            option_string, explicit_arg = arg_string.split('=', 1)
            if option_string in self._option_string_actions:
                return self._option_string_actions[option_string], option_string, explicit_arg
        option_tuples = self._get_option_tuples(arg_string)
        if len(option_tuples) > 1:
            options = ', '.join([option_string for action, option_string, explicit_arg in option_tuples])
            self.error('ambiguous option: %s could match %s' % (arg_string, options))
        elif len(option_tuples) == 1:
            return option_tuples[0]
        if _re.match('^-\\d+$|^-\\d*\\.\\d+$', arg_string):
            if not self._has_negative_number_optionals:
                return None
        if ' ' in arg_string:
            return None
        return None, arg_string, None

    def _get_option_tuples(self, option_string):
        result = []
        chars = self.prefix_chars
        if option_string[0] in chars and option_string[1] in chars:
            if self.allow_abbrev:
                if '=' in option_string:
                    option_prefix, explicit_arg = option_string.split('=', 1)
                else:
                    option_prefix = option_string
                    explicit_arg = None
                for option_string in self._option_string_actions:
                    if option_string.startswith(option_prefix):
                        action = self._option_string_actions[option_string]
                        result.append((action, option_string, explicit_arg))
        elif option_string[0] in chars and option_string[1] not in chars:
            option_prefix = option_string
            short_option_prefix = option_string[:2]
            short_explicit_arg = option_string[2:]
            for option_string in self._option_string_actions:
                if option_string == short_option_prefix:
                    action = self._option_string_actions[option_string]
                    result.append((action, option_string, short_explicit_arg))
                elif option_string.startswith(option_prefix):
                    action = self._option_string_actions[option_string]
                    result.append((action, option_string, None))
        return result

    def _get_values(self, action, arg_strings):
        if action.nargs not in [PARSER, REMAINDER]:
            if '--' in arg_strings:
                arg_strings = list(arg_strings)
                arg_strings.remove('--')
        if not arg_strings and action.nargs == OPTIONAL:
            if action.option_strings:
                value = action.const
            else:
                value = action.default
            if isinstance(value, str):
                value = self._get_value(action, value)
                self._check_value(action, value)
        elif not arg_strings and action.nargs == ZERO_OR_MORE and not action.option_strings:
            if action.default is not None:
                value = action.default
            else:
                value = arg_strings
            self._check_value(action, value)
        elif len(arg_strings) == 1 and action.nargs in [None, OPTIONAL]:
            value = self._get_value(action, arg_strings[0])
            self._check_value(action, value)
        elif action.nargs == REMAINDER:
            value = [self._get_value(action, v) for v in arg_strings]
        elif action.nargs == PARSER:
            value = [self._get_value(action, v) for v in arg_strings]
            self._check_value(action, value[0])
        elif action.nargs == SUPPRESS:
            value = SUPPRESS
        else:
            value = [self._get_value(action, v) for v in arg_strings]
            for v in value:
                self._check_value(action, v)
        return value

    def _get_value(self, action, arg_string):
        type_func = action.type
        if type_func is None:
            return arg_string
        if not callable(type_func):
            raise ArgumentError(action, '%r is not callable' % (type_func,))
        try:
            result = type_func(arg_string)
        except ArgumentTypeError as err:
            raise ArgumentError(action, str(err))
        except (TypeError, ValueError):
            name = getattr(action.type, '__name__', repr(action.type))
            raise ArgumentError(action, 'invalid %s value: %r' % (name, arg_string))
        return result

    def _check_value(self, action, value):
        if action.choices is not None and value not in action.choices:
            choices = ', '.join([repr(c) for c in action.choices])
            raise ArgumentError(action, 'invalid choice: %r (choose from %s)' % (value, choices))
`;
