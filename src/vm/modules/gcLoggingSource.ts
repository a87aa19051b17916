// Two small library modules programs import without needing much of them, in ePython:
//
// `gc`: benchmark and long-running programs call `gc.collect()`, `gc.disable()` and
// `gc.enable()` around their work. A core's collector is its own (memory.ts): collect()
// runs it (as `memory.gc()`) and returns 0 (CPython's count of unreachable objects has
// no equivalent); disable/enable/isenabled keep a flag only, as the collector must run
// when memory is exhausted. The thresholds and counts are CPython's defaults.
//
// `logging`: CPython's levels, loggers (dotted names with parents and propagation,
// `getLogger`), `basicConfig(level, format, datefmt, stream, force)`, `StreamHandler`,
// `Formatter` (%-style records: name levelname levelno message asctime created msecs
// relativeCreated filename module funcName lineno process thread), `Filter`s on
// loggers and handlers, the module-level `debug ... critical`, `exception` and `log`,
// and CPython's "last resort" (a message of WARNING or above with no handler goes to
// sys.stderr as it is). Output goes to sys.stderr unless a stream is given. A record's
// filename/lineno/funcName are not known on a core (no frames are inspected): they
// read '(unknown file)', 0 and '(unknown function)', CPython's own defaults.
// `exception()` adds the traceback module's text of the exception (its frames and
// their source lines). Not provided: file handlers (a core has no files), `config`, `handlers`,
// `{`/`$` format styles, `LoggerAdapter`.

export const GC_SOURCE = `# gc: library module of ePython-TS (see src/vm/modules/gcLoggingSource.ts)
import memory as _memory

_state = {'enabled': True}


def collect(generation=2):
    if generation not in (0, 1, 2):
        raise ValueError('invalid generation')
    _memory.gc()
    return 0


def enable():
    _state['enabled'] = True


def disable():
    _state['enabled'] = False


def isenabled():
    return _state['enabled']


def get_threshold():
    return (700, 10, 10)


def set_threshold(threshold0, threshold1=10, threshold2=10):
    pass


def get_count():
    return (0, 0, 0)


def freeze():
    pass


def unfreeze():
    pass


def get_freeze_count():
    return 0
`;

export const LOGGING_SOURCE = `# logging: library module of ePython-TS (see src/vm/modules/gcLoggingSource.ts)
import sys
import time as _time

CRITICAL = 50
FATAL = CRITICAL
ERROR = 40
WARNING = 30
WARN = WARNING
INFO = 20
DEBUG = 10
NOTSET = 0

_levelToName = {CRITICAL: 'CRITICAL', ERROR: 'ERROR', WARNING: 'WARNING', INFO: 'INFO', DEBUG: 'DEBUG', NOTSET: 'NOTSET'}
_nameToLevel = {'CRITICAL': CRITICAL, 'FATAL': FATAL, 'ERROR': ERROR, 'WARN': WARNING, 'WARNING': WARNING,
                'INFO': INFO, 'DEBUG': DEBUG, 'NOTSET': NOTSET}
_start = _time.time()

BASIC_FORMAT = '%(levelname)s:%(name)s:%(message)s'


def getLevelName(level):
    result = _levelToName.get(level)
    if result is not None:
        return result
    result = _nameToLevel.get(level)
    if result is not None:
        return result
    return 'Level %s' % level


def addLevelName(level, levelName):
    _levelToName[level] = levelName
    _nameToLevel[levelName] = level


def _checkLevel(level):
    if isinstance(level, int):
        return level
    if str(level) == level:
        if level not in _nameToLevel:
            raise ValueError('Unknown level: %r' % level)
        return _nameToLevel[level]
    raise TypeError('Level not an integer or a valid string: %r' % (level,))


class LogRecord:
    def __init__(self, name, level, pathname, lineno, msg, args, exc_info, func=None, sinfo=None):
        ct = _time.time()
        self.name = name
        self.msg = msg
        if args and len(args) == 1 and isinstance(args[0], dict) and args[0]:
            args = args[0]
        self.args = args
        self.levelname = getLevelName(level)
        self.levelno = level
        self.pathname = pathname
        self.filename = pathname
        self.module = 'Unknown module'
        self.exc_info = exc_info
        self.exc_text = None
        self.stack_info = sinfo
        self.lineno = lineno
        self.funcName = func
        self.created = ct
        self.msecs = int((ct - int(ct)) * 1000) + 0.0
        self.relativeCreated = (ct - _start) * 1000
        self.thread = 1
        self.threadName = 'MainThread'
        self.processName = 'MainProcess'
        self.process = 1

    def getMessage(self):
        msg = str(self.msg)
        if self.args:
            msg = msg % self.args
        return msg

    def __repr__(self):
        return '<LogRecord: %s, %s, %s, %s, "%s">' % (self.name, self.levelno, self.pathname, self.lineno, self.msg)


class Formatter:
    default_time_format = '%Y-%m-%d %H:%M:%S'
    default_msec_format = '%s,%03d'

    def __init__(self, fmt=None, datefmt=None, style='%', validate=True):
        if style != '%':
            raise ValueError("ePython's logging supports only '%' format strings")
        self._fmt = fmt or '%(message)s'
        self.datefmt = datefmt

    def usesTime(self):
        return '%(asctime)' in self._fmt

    def formatTime(self, record, datefmt=None):
        import datetime
        t = datetime.datetime.fromtimestamp(record.created)
        if datefmt:
            return t.strftime(datefmt)
        return self.default_msec_format % (t.strftime(self.default_time_format), record.msecs)

    def formatException(self, ei):
        # CPython's: the traceback module's text of the exception, less its last newline.
        import traceback
        s = ''.join(traceback.format_exception(ei[1]))
        return s[:-1] if s[-1:] == '\\n' else s

    def formatMessage(self, record):
        return self._fmt % record.__dict__

    def format(self, record):
        record.message = record.getMessage()
        if self.usesTime():
            record.asctime = self.formatTime(record, self.datefmt)
        s = self.formatMessage(record)
        if record.exc_info:
            if not record.exc_text:
                record.exc_text = self.formatException(record.exc_info)
        if record.exc_text:
            if s[-1:] != '\\n':
                s = s + '\\n'
            s = s + record.exc_text
        return s


_defaultFormatter = Formatter()


class Filter:
    def __init__(self, name=''):
        self.name = name
        self.nlen = len(name)

    def filter(self, record):
        if self.nlen == 0 or self.name == record.name:
            return True
        if record.name.find(self.name, 0, self.nlen) != 0:
            return False
        return record.name[self.nlen] == '.'


class Filterer:
    def __init__(self):
        self.filters = []

    def addFilter(self, filter):
        if filter not in self.filters:
            self.filters.append(filter)

    def removeFilter(self, filter):
        if filter in self.filters:
            self.filters.remove(filter)

    def filter(self, record):
        for f in self.filters:
            result = f.filter(record) if hasattr(f, 'filter') else f(record)
            if not result:
                return False
        return True


class Handler(Filterer):
    def __init__(self, level=NOTSET):
        Filterer.__init__(self)
        self.name = None
        self.level = _checkLevel(level)
        self.formatter = None

    def setLevel(self, level):
        self.level = _checkLevel(level)

    def setFormatter(self, fmt):
        self.formatter = fmt

    def format(self, record):
        return (self.formatter or _defaultFormatter).format(record)

    def handle(self, record):
        rv = self.filter(record)
        if rv:
            self.emit(record)
        return rv

    def emit(self, record):
        raise NotImplementedError('emit must be implemented by Handler subclasses')

    def flush(self):
        pass

    def close(self):
        pass

    def handleError(self, record):
        pass

    def __repr__(self):
        return '<%s (%s)>' % (self.__class__.__name__, getLevelName(self.level))


class StreamHandler(Handler):
    terminator = '\\n'

    def __init__(self, stream=None):
        Handler.__init__(self)
        self.stream = stream

    def emit(self, record):
        stream = self.stream if self.stream is not None else sys.stderr
        stream.write(self.format(record) + self.terminator)

    def setStream(self, stream):
        old = self.stream
        self.stream = stream
        return old

    def __repr__(self):
        return '<%s (%s)>' % (self.__class__.__name__, getLevelName(self.level))


class NullHandler(Handler):
    def handle(self, record):
        pass

    def emit(self, record):
        pass


class _StderrHandler(StreamHandler):
    def __init__(self, level=NOTSET):
        StreamHandler.__init__(self)
        self.level = level


lastResort = _StderrHandler(WARNING)


def _level_method(name, level):
    # Logger.debug ... Logger.critical: one definition for the five levels.
    def method(self, msg, *args, **kwargs):
        if self.isEnabledFor(level):
            self._log(level, msg, args, **kwargs)
    method.__name__ = name
    return method


class Logger(Filterer):
    def __init__(self, name, level=NOTSET):
        Filterer.__init__(self)
        self.name = name
        self.level = _checkLevel(level)
        self.parent = None
        self.propagate = True
        self.handlers = []
        self.disabled = False

    def setLevel(self, level):
        self.level = _checkLevel(level)

    def getEffectiveLevel(self):
        logger = self
        while logger:
            if logger.level:
                return logger.level
            logger = logger.parent
        return NOTSET

    def isEnabledFor(self, level):
        if self.disabled or _manager.disable >= level:
            return False
        return level >= self.getEffectiveLevel()

    def addHandler(self, hdlr):
        if hdlr not in self.handlers:
            self.handlers.append(hdlr)

    def removeHandler(self, hdlr):
        if hdlr in self.handlers:
            self.handlers.remove(hdlr)

    def hasHandlers(self):
        c = self
        while c:
            if c.handlers:
                return True
            if not c.propagate:
                return False
            c = c.parent
        return False

    def getChild(self, suffix):
        if self.root is not self:
            suffix = self.name + '.' + suffix
        return getLogger(suffix)

    def _log(self, level, msg, args, exc_info=None, extra=None, stack_info=False, stacklevel=1):
        if exc_info:
            if isinstance(exc_info, BaseException):
                exc_info = (type(exc_info), exc_info, None)
            elif not isinstance(exc_info, tuple):
                exc_info = sys.exc_info()
        record = LogRecord(self.name, level, '(unknown file)', 0, msg, args, exc_info, '(unknown function)')
        if extra is not None:
            for key in extra:
                if key in ('message', 'asctime') or key in record.__dict__:
                    raise KeyError('Attempt to overwrite %r in LogRecord' % key)
                setattr(record, key, extra[key])
        self.handle(record)

    def handle(self, record):
        if not self.disabled and self.filter(record):
            self.callHandlers(record)

    def callHandlers(self, record):
        c = self
        found = 0
        while c:
            for hdlr in c.handlers:
                found = found + 1
                if record.levelno >= hdlr.level:
                    hdlr.handle(record)
            if not c.propagate:
                c = None
            else:
                c = c.parent
        if found == 0 and lastResort is not None and record.levelno >= lastResort.level:
            lastResort.handle(record)

    debug = _level_method('debug', DEBUG)
    info = _level_method('info', INFO)
    warning = warn = _level_method('warning', WARNING)
    error = _level_method('error', ERROR)
    critical = fatal = _level_method('critical', CRITICAL)

    def exception(self, msg, *args, exc_info=True, **kwargs):
        self.error(msg, *args, exc_info=exc_info, **kwargs)

    def log(self, level, msg, *args, **kwargs):
        if not isinstance(level, int):
            raise TypeError('level must be an integer')
        if self.isEnabledFor(level):
            self._log(level, msg, args, **kwargs)

    def __repr__(self):
        return '<%s %s (%s)>' % (self.__class__.__name__, self.name, getLevelName(self.getEffectiveLevel()))


class RootLogger(Logger):
    def __init__(self, level):
        Logger.__init__(self, 'root', level)


class _Manager:
    def __init__(self):
        self.disable = 0
        self.loggers = {}


_manager = _Manager()
root = RootLogger(WARNING)
Logger.root = root


def getLogger(name=None):
    if not name or name == root.name:
        return root
    logger = _manager.loggers.get(name)
    if logger is None:
        logger = Logger(name)
        _manager.loggers[name] = logger
        # The nearest existing ancestor is the parent; existing descendants move under it.
        i = name.rfind('.')
        parent = None
        while i > 0 and parent is None:
            parent = _manager.loggers.get(name[:i])
            i = name.rfind('.', 0, i)
        logger.parent = parent or root
        for other in _manager.loggers.values():
            if other.name.startswith(name + '.') and (other.parent is root or len(other.parent.name) < len(name)):
                other.parent = logger
    return logger


def basicConfig(**kwargs):
    force = kwargs.pop('force', False)
    if force:
        for h in root.handlers[:]:
            root.removeHandler(h)
            h.close()
    if len(root.handlers) == 0:
        if 'filename' in kwargs:
            raise ValueError('a core has no files: logging.basicConfig(filename=...) is not available')
        h = StreamHandler(kwargs.pop('stream', None))
        h.setFormatter(Formatter(kwargs.pop('format', BASIC_FORMAT), kwargs.pop('datefmt', None), kwargs.pop('style', '%')))
        root.addHandler(h)
        level = kwargs.pop('level', None)
        if level is not None:
            root.setLevel(level)
        for unused in ('handlers', 'filemode', 'encoding', 'errors'):
            kwargs.pop(unused, None)
        if kwargs:
            raise ValueError('Unrecognised argument(s): %s' % ', '.join(kwargs.keys()))


def _auto():
    if len(root.handlers) == 0:
        basicConfig()


def _module_level(name):
    # logging.debug ... logging.critical: the root logger's, configuring it first.
    def function(msg, *args, **kwargs):
        _auto()
        getattr(root, name)(msg, *args, **kwargs)
    function.__name__ = name
    return function


critical = fatal = _module_level('critical')
error = _module_level('error')
warning = warn = _module_level('warning')
info = _module_level('info')
debug = _module_level('debug')


def exception(msg, *args, exc_info=True, **kwargs):
    error(msg, *args, exc_info=exc_info, **kwargs)


def log(level, msg, *args, **kwargs):
    _auto()
    root.log(level, msg, *args, **kwargs)


def disable(level=CRITICAL):
    _manager.disable = level


def shutdown():
    pass
`;
