"""Only for ``scrapyd-deploy``, which builds its egg with ``setup.py bdist_egg``.

Everything about the package is in pyproject.toml; without this file scrapyd-deploy would
write its own setup.py, whose egg lacks the shipped site configs.
"""

from setuptools import setup

setup()
