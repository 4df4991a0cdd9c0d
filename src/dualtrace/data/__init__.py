"""Reference data as plain files; `path()` finds them inside the installed package."""

from importlib import resources
from pathlib import Path


def path(*parts: str) -> Path:
    return Path(str(resources.files("dualtrace.data").joinpath(*parts)))
