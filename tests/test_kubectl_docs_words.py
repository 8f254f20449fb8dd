"""sources/kubectl_docs.shell_words: shlex.split's words (comments on, the line's own words when shlex cannot read
it), with lines free of quotes, escapes and comment signs split at shlex's blanks instead of by shlex's reader."""

from __future__ import annotations

import shlex

from hypothesis import given, settings
from hypothesis import strategies as st

from deploycheck.sources.kubectl_docs import created_by, shell_words


def _shlex(text: str) -> list[str]:
    try:
        return shlex.split(text, comments=True)
    except ValueError:
        return text.split()


# shlex's blanks and the characters that are not (vertical tab, form feed, NEL, no-break space), shell syntax, words
ALPHABET = list(" \t\r\n\x0b\x0c\x1c\x85\xa0abc-=$|;\"'\\#\x00é")


@settings(max_examples=3000, deadline=None)
@given(st.text(alphabet=st.sampled_from(ALPHABET), max_size=30))
def test_the_words_are_shlexs(text: str) -> None:
    assert shell_words(text) == _shlex(text)


def test_real_lines() -> None:
    for line in ["create secret generic db --from-literal=password=$PW -n prod",
                 "create secret generic db\t--from-file=key.json\x0bx",  # \x0b is not a blank to shlex
                 "create configmap cfg --from-literal='a b'  # comment",
                 'create secret generic "unclosed', "create sa ksa\\ name", "create\u00a0secret x"]:
        assert shell_words(line) == _shlex(line), line
    assert created_by("kubectl create secret generic cloud-sql --from-file=k.json", {}) == ("Secret", "cloud-sql")
    assert created_by("kubectl create secret generic 'cloud-sql' # made by hand", {}) == ("Secret", "cloud-sql")
    assert created_by("kubectl create serviceaccount $KSA", {"KSA": "boa-ksa"}) == ("ServiceAccount", "boa-ksa")
