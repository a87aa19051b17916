// The `secrets` module (Python 3 dialect): CPython 3.11's functions over
// random.SystemRandom, a library module written in ePython.
//
// CPython draws from the OS's entropy (os.urandom). A core has no OS: SystemRandom is a
// second Mersenne Twister of the core (random.ts systemRandomState), seeded from the
// core's seed, so tokens are NOT cryptographically secure here (the generator's
// outputs predict its next ones) and are reproducible under --seed/--deterministic.
// They are fine for identifiers and tests on the simulated device, not for keys.
// compare_digest is hmac's (hmacSource.ts), as CPython's secrets imports it.

export const SECRETS_SOURCE = `# secrets: library module of ePython-TS (see src/vm/modules/secretsSource.ts)
from random import SystemRandom
from hmac import compare_digest

__all__ = ['choice', 'randbelow', 'randbits', 'SystemRandom', 'token_bytes', 'token_hex',
           'token_urlsafe', 'compare_digest']

_sysrand = SystemRandom()

randbits = _sysrand.getrandbits
choice = _sysrand.choice

DEFAULT_ENTROPY = 32


def randbelow(exclusive_upper_bound):
    if exclusive_upper_bound <= 0:
        raise ValueError("Upper bound must be positive.")
    return _sysrand.randrange(exclusive_upper_bound)


def token_bytes(nbytes=None):
    if nbytes is None:
        nbytes = DEFAULT_ENTROPY
    if isinstance(nbytes, int) and nbytes < 0:
        raise ValueError("negative argument not allowed")
    return _sysrand.randbytes(nbytes)


def token_hex(nbytes=None):
    return token_bytes(nbytes).hex()


def token_urlsafe(nbytes=None):
    import base64
    return base64.urlsafe_b64encode(token_bytes(nbytes)).rstrip(b'=').decode('ascii')
`;
