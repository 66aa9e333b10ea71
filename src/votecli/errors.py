"""The package's exceptions: the CLI turns each into one `votecli: error: ...` line."""

from __future__ import annotations


class VotecliError(Exception):
    """Base class of every error votecli raises on purpose (exit code 1)."""


class InputError(VotecliError):
    """A path or stream could not be read as text."""


class UnknownCandidateError(VotecliError):
    """A name given on the command line matches no candidate."""
