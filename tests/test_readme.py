"""The README is a doctest: every `$ votecli ...` transcript in it is what votecli prints."""

from __future__ import annotations

import re
import shlex

import pytest

from conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")
TRANSCRIPTS = re.findall(r"```console\n\$ (votecli [^\n]*)\n(.*?)```", README, re.DOTALL)


def test_the_readme_starts_with_the_two_set_up_commands():
    first_block = README.split("```")[1].strip().splitlines()
    assert first_block[0] == "sh"
    assert len(first_block) == 3
    assert "votecli summary" in first_block[1]
    assert "[test]" in first_block[2] and "pytest" in first_block[2]


@pytest.mark.parametrize(("command", "output"), TRANSCRIPTS, ids=[t[0] for t in TRANSCRIPTS])
def test_transcript(invoke, command, output):
    result = invoke(*shlex.split(command)[1:])
    assert result.exit_code == 0
    assert result.stdout == output
