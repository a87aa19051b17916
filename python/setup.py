"""Build hook: an installed copy remembers the checkout it was installed from, so it
finds that checkout's runtime (bin/epython.js) from any directory. The metadata is
in pyproject.toml."""

import os

from setuptools import setup
from setuptools.command.build_py import build_py


class BuildWithCheckout(build_py):
    def run(self) -> None:
        super().run()
        checkout = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
        target = os.path.join(self.build_lib, "epython", "_checkout.py")
        with open(target, "w", encoding="utf-8") as f:
            f.write('"""Written at install time: the repository this copy was installed from."""\n')
            f.write(f"CHECKOUT = {checkout!r}\n")


setup(cmdclass={"build_py": BuildWithCheckout})
