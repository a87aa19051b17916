// The `platform` module (Python 3 dialect), minimal: what a core can say of itself.
// python_implementation() is 'ePython' (sys.implementation.name 'epython', as
// CPython's is 'CPython' for 'cpython'); python_version() and python_version_tuple()
// are the language version the core implements (sys.version_info: 3.11.0); system()
// is 'ePython', the platform programs run on (as Jython's is 'Java'): a simulated
// micro-core device, not the host's operating system; machine() is the core's type,
// its device profile's name (parallel.coretype(): 'epiphany3', 'host'...). node(),
// release(), version() and processor() are '', CPython's answer when a value cannot
// be determined: a core has no network name and no operating system release. Not
// provided: uname(), platform(), architecture(), libc_ver(), the python_build/
// python_compiler family, and the OS-specific functions (win32_ver, mac_ver...).

export const PLATFORM_SOURCE = `# platform: library module of ePython-TS (see src/vm/modules/platformSource.ts)
import sys as _sys
from parallel import coretype as _coretype


def python_implementation():
    return 'ePython'


def python_version():
    return '%d.%d.%d' % _sys.version_info[:3]


def python_version_tuple():
    return tuple(str(x) for x in _sys.version_info[:3])


def system():
    return 'ePython'


def machine():
    return _coretype()


def node():
    return ''


def release():
    return ''


def version():
    return ''


def processor():
    return ''
`;
