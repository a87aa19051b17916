// The `contextlib` module (Python 3 dialect): a library module written in ePython,
// compiled into the program image when a program imports it (see `libraryModules`).
//
// CPython 3.11's own algorithms, shortened: `contextmanager` drives the generator
// (an exception in the `with` body is thrown into it at its `yield`; the generator
// suppresses it by not re-raising; CPython's RuntimeErrors "generator didn't yield",
// "generator didn't stop", "generator didn't stop after throw()"), a context manager
// made by `contextmanager` is also a decorator (ContextDecorator, a fresh generator
// per call), and ExitStack runs its callbacks last-in first-out, passing each the
// exception the later ones left, with CPython's `__context__` fix-up. The async
// variants (asynccontextmanager, AsyncExitStack, aclosing) are CPython's too: an
// async generator driven by anext()/athrow(), and one stack of callbacks for both
// kinds in AsyncExitStack (each entry says whether it is awaited).
// `redirect_stdout`/`redirect_stderr` replace `sys.stdout`/`sys.stderr`, which
// print() consults (vm/modules/sys.ts `redirectedStream`).
//
// Every object here is an ordinary instance, charged and traced as the program's own.
// Not provided: `chdir` (a core has no file system).

export const CONTEXTLIB_SOURCE = `# contextlib: library module of ePython-TS (see src/vm/modules/contextlibSource.ts)
import sys
from abc import ABC, abstractmethod


class AbstractContextManager(ABC):
    def __enter__(self):
        return self

    @abstractmethod
    def __exit__(self, exc_type, exc_value, traceback):
        return None


def _copy_function_names(wrapper, func):
    for name in ("__module__", "__name__", "__qualname__", "__doc__"):
        try:
            value = getattr(func, name)
        except AttributeError:
            continue
        setattr(wrapper, name, value)
    wrapper.__wrapped__ = func
    return wrapper


class AbstractAsyncContextManager(ABC):
    async def __aenter__(self):
        return self

    @abstractmethod
    async def __aexit__(self, exc_type, exc_value, traceback):
        return None


class ContextDecorator:
    def _recreate_cm(self):
        return self

    def __call__(self, func):
        def inner(*args, **kwds):
            with self._recreate_cm():
                return func(*args, **kwds)
        return _copy_function_names(inner, func)


class AsyncContextDecorator:
    def _recreate_cm(self):
        return self

    def __call__(self, func):
        async def inner(*args, **kwds):
            async with self._recreate_cm():
                return await func(*args, **kwds)
        return _copy_function_names(inner, func)


class _GeneratorContextManager(ContextDecorator, AbstractContextManager):
    def __init__(self, func, args, kwds):
        self.gen = func(*args, **kwds)
        self.func = func
        self.args = args
        self.kwds = kwds

    def _recreate_cm(self):
        return self.__class__(self.func, self.args, self.kwds)

    def __enter__(self):
        try:
            return next(self.gen)
        except StopIteration:
            raise RuntimeError("generator didn't yield") from None

    def __exit__(self, typ, value, traceback):
        if typ is None:
            try:
                next(self.gen)
            except StopIteration:
                return False
            else:
                raise RuntimeError("generator didn't stop")
        if value is None:
            value = typ()
        try:
            self.gen.throw(value)
        except StopIteration as exc:
            # The generator suppressed the exception, unless the body's own
            # StopIteration came back out of it.
            return exc is not value
        except RuntimeError as exc:
            if exc is value:
                return False
            # PEP 479: a StopIteration from the body comes back as a RuntimeError.
            if isinstance(value, StopIteration) and exc.__cause__ is value:
                return False
            raise
        except BaseException as exc:
            if exc is not value:
                raise
            return False
        raise RuntimeError("generator didn't stop after throw()")


def contextmanager(func):
    def helper(*args, **kwds):
        return _GeneratorContextManager(func, args, kwds)
    return _copy_function_names(helper, func)


class _AsyncGeneratorContextManager(AsyncContextDecorator, AbstractAsyncContextManager):
    def __init__(self, func, args, kwds):
        self.gen = func(*args, **kwds)
        self.func = func
        self.args = args
        self.kwds = kwds

    def _recreate_cm(self):
        return self.__class__(self.func, self.args, self.kwds)

    async def __aenter__(self):
        try:
            return await anext(self.gen)
        except StopAsyncIteration:
            raise RuntimeError("generator didn't yield") from None

    async def __aexit__(self, typ, value, traceback):
        if typ is None:
            try:
                await anext(self.gen)
            except StopAsyncIteration:
                return False
            else:
                raise RuntimeError("generator didn't stop")
        if value is None:
            value = typ()
        try:
            await self.gen.athrow(value)
        except StopAsyncIteration as exc:
            return exc is not value
        except RuntimeError as exc:
            if exc is value:
                return False
            # PEP 479: a StopIteration from the body comes back as a RuntimeError.
            if isinstance(value, (StopIteration, StopAsyncIteration)) and exc.__cause__ is value:
                return False
            raise
        except BaseException as exc:
            if exc is not value:
                raise
            return False
        raise RuntimeError("generator didn't stop after athrow()")


def asynccontextmanager(func):
    def helper(*args, **kwds):
        return _AsyncGeneratorContextManager(func, args, kwds)
    return _copy_function_names(helper, func)


class closing(AbstractContextManager):
    def __init__(self, thing):
        self.thing = thing

    def __enter__(self):
        return self.thing

    def __exit__(self, *exc_info):
        self.thing.close()


class aclosing(AbstractAsyncContextManager):
    def __init__(self, thing):
        self.thing = thing

    async def __aenter__(self):
        return self.thing

    async def __aexit__(self, *exc_info):
        await self.thing.aclose()


class nullcontext(AbstractContextManager, AbstractAsyncContextManager):
    def __init__(self, enter_result=None):
        self.enter_result = enter_result

    def __enter__(self):
        return self.enter_result

    def __exit__(self, *excinfo):
        pass

    async def __aenter__(self):
        return self.enter_result

    async def __aexit__(self, *excinfo):
        pass


class suppress(AbstractContextManager):
    def __init__(self, *exceptions):
        self._exceptions = exceptions

    def __enter__(self):
        pass

    def __exit__(self, exctype, excinst, exctb):
        return exctype is not None and issubclass(exctype, self._exceptions)


class _RedirectStream(AbstractContextManager):
    _stream = None

    def __init__(self, new_target):
        self._new_target = new_target
        self._old_targets = []

    def __enter__(self):
        self._old_targets.append(getattr(sys, self._stream))
        setattr(sys, self._stream, self._new_target)
        return self._new_target

    def __exit__(self, exctype, excinst, exctb):
        setattr(sys, self._stream, self._old_targets.pop())


class redirect_stdout(_RedirectStream):
    _stream = "stdout"


class redirect_stderr(_RedirectStream):
    _stream = "stderr"


def _bound_exit(cm, cm_exit):
    def _exit_wrapper(exc_type, exc, tb):
        return cm_exit(cm, exc_type, exc, tb)
    return _exit_wrapper


def _no_protocol(cls, kind):
    return TypeError("'" + getattr(cls, "__module__", "builtins") + "." + getattr(cls, "__qualname__", cls.__name__) +
                     "' object does not support the " + kind + " protocol")


def _fix_exception_context(new_exc, old_exc, frame_exc):
    # A callback's exception gets the exception it replaced as __context__,
    # as if the callbacks were nested with statements.
    while 1:
        exc_context = new_exc.__context__
        if exc_context is None or exc_context is old_exc:
            return
        if exc_context is frame_exc:
            break
        new_exc = exc_context
    new_exc.__context__ = old_exc


def _reraise_fixed(exc):
    # Raising sets the exception's __context__ to the one being handled: keep the fixed one.
    fixed_ctx = exc.__context__
    try:
        raise exc
    except BaseException:
        exc.__context__ = fixed_ctx
        raise


class _BaseExitStack:
    # Each entry of _exit_callbacks is (is_sync, callback): an AsyncExitStack awaits
    # what the async methods pushed.
    def __init__(self):
        self._exit_callbacks = []

    def pop_all(self):
        new_stack = type(self)()
        new_stack._exit_callbacks = self._exit_callbacks
        self._exit_callbacks = []
        return new_stack

    def push(self, exit):
        try:
            exit_method = type(exit).__exit__
        except AttributeError:
            # Not a context manager: a callback with __exit__'s signature.
            self._push_exit_callback(exit)
        else:
            self._push_exit_callback(_bound_exit(exit, exit_method))
        return exit

    def enter_context(self, cm):
        cls = type(cm)
        try:
            _enter = cls.__enter__
            _exit = cls.__exit__
        except AttributeError:
            raise _no_protocol(cls, "context manager") from None
        result = _enter(cm)
        self._push_exit_callback(_bound_exit(cm, _exit))
        return result

    def callback(self, callback, /, *args, **kwds):
        def _exit_wrapper(exc_type, exc, tb):
            callback(*args, **kwds)
        _exit_wrapper.__wrapped__ = callback
        self._push_exit_callback(_exit_wrapper)
        return callback

    def _push_exit_callback(self, callback, is_sync=True):
        self._exit_callbacks.append((is_sync, callback))


class ExitStack(_BaseExitStack, AbstractContextManager):
    def __enter__(self):
        return self

    def __exit__(self, *exc_details):
        received_exc = exc_details[0] is not None
        frame_exc = sys.exc_info()[1]
        suppressed_exc = False
        pending_raise = False
        while self._exit_callbacks:
            is_sync, cb = self._exit_callbacks.pop()
            try:
                if cb(*exc_details):
                    suppressed_exc = True
                    pending_raise = False
                    exc_details = (None, None, None)
            except BaseException as exc:
                _fix_exception_context(exc, exc_details[1], frame_exc)
                pending_raise = True
                exc_details = (type(exc), exc, None)  # a core keeps no traceback objects
        if pending_raise:
            _reraise_fixed(exc_details[1])
        return received_exc and suppressed_exc

    def close(self):
        self.__exit__(None, None, None)


class AsyncExitStack(_BaseExitStack, AbstractAsyncContextManager):
    async def enter_async_context(self, cm):
        cls = type(cm)
        try:
            _enter = cls.__aenter__
            _exit = cls.__aexit__
        except AttributeError:
            raise _no_protocol(cls, "asynchronous context manager") from None
        result = await _enter(cm)
        self._push_exit_callback(_bound_exit(cm, _exit), False)
        return result

    def push_async_exit(self, exit):
        try:
            exit_method = type(exit).__aexit__
        except AttributeError:
            self._push_exit_callback(exit, False)
        else:
            self._push_exit_callback(_bound_exit(exit, exit_method), False)
        return exit

    def push_async_callback(self, callback, /, *args, **kwds):
        async def _exit_wrapper(exc_type, exc, tb):
            await callback(*args, **kwds)
        _exit_wrapper.__wrapped__ = callback
        self._push_exit_callback(_exit_wrapper, False)
        return callback

    async def aclose(self):
        await self.__aexit__(None, None, None)

    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc_details):
        received_exc = exc_details[0] is not None
        frame_exc = sys.exc_info()[1]
        suppressed_exc = False
        pending_raise = False
        while self._exit_callbacks:
            is_sync, cb = self._exit_callbacks.pop()
            try:
                if is_sync:
                    cb_suppress = cb(*exc_details)
                else:
                    cb_suppress = await cb(*exc_details)
                if cb_suppress:
                    suppressed_exc = True
                    pending_raise = False
                    exc_details = (None, None, None)
            except BaseException as exc:
                _fix_exception_context(exc, exc_details[1], frame_exc)
                pending_raise = True
                exc_details = (type(exc), exc, None)
        if pending_raise:
            _reraise_fixed(exc_details[1])
        return received_exc and suppressed_exc
`;
