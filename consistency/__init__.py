"""consistency: find where news sources about one story disagree.

The public API is the library form of ``consistency check``::

    from consistency import check, load_config
    result = check(["seeds/"], load_config(), out="reports/latest")

Subpackages, in the order a check uses them: ``core`` (types, config, hashing, cache),
``stages`` (ingest → report), ``structured`` (who/where/when/how many) with its word
lists in ``lang`` (language data), ``nli`` (the cross-encoder; ``nli.training`` apart),
``review`` (verdicts and tuning), ``cli``.
"""

from importlib.metadata import PackageNotFoundError, version

from consistency.core.config import Config, ConfigError, load_config
from consistency.core.types import CheckResult
from consistency.pipeline import CheckError, Models, check

try:
    __version__ = version("consistency")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0"

__all__ = [
    "CheckError",
    "CheckResult",
    "Config",
    "ConfigError",
    "Models",
    "__version__",
    "check",
    "load_config",
]
