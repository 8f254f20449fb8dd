#!/usr/bin/env python
# coding: utf-8
import logging
import datetime
import os
import subprocess
import sys

from flask.ext.script import Manager, Shell, Server, Command
import requests

from cla_public.app import create_app


class MyManager(Manager):
    def command(self, capture_all=False):
        def decorator(func):
            command = Command(func)
            command.capture_all_args = capture_all
            self.add_command(func.__name__, command)

            return func

        return decorator


log = logging.getLogger(__name__)
os.environ.setdefault("CLA_PUBLIC_CONFIG", "config/common.py")
app = create_app()
manager = MyManager(app)

VENV = os.environ.get("VIRTUAL_ENV", "")


def run(command, **kwargs):
    if "shell" not in kwargs:
        kwargs["shell"] = True

    return_code = subprocess.call(command, **kwargs)
    if return_code:
        sys.exit(return_code)


@manager.command(True)
def test(*args):
    import xmlrunner
    import unittest

    if args[0]:
        result = xmlrunner.XMLTestRunner(output="test-reports", verbosity=3).run(
            unittest.TestLoader().loadTestsFromNames(args[0])
        )
    else:
        result = xmlrunner.XMLTestRunner(output="test-reports", verbosity=3).run(
            unittest.TestLoader().discover("cla_public")
        )
    return sys.exit(not result.wasSuccessful())


def add_msgctxt(**format_kwargs):
    """add msgctxt to pot file as babel doesn't seem to correctly add this for pgettext"""
    cmd = (
        'sed -i \'\' -e \'s/msgid "{context}"/msgctxt "{context}"\\\nmsgid "{message}"/\' '
        "cla_public/translations/messages.pot"
    )
    run(cmd.format(**format_kwargs))


@manager.command
def make_messages():
    """compile po file."""
    run(
        "{venv}/bin/pybabel extract -F babel.cfg -k pgettext -k lazy_pgettext -k "
        "gettext -k lazy_gettext -k ugettext -k ungettext -k pugettext -k "
        "lazy_pugettext -o cla_public/translations/messages.pot --no-wrap"
        " .".format(venv=VENV)
    )

    pgettexts = [
        {"context": r"There is\/are", "message": "Yes"},
        {"context": r"There is\/are not", "message": "No"},
        {"context": "It is", "message": "Yes"},
        {"context": "It isn’t", "message": "No"},
        {"context": "I am", "message": "Yes"},
        {"context": "I’m not", "message": "No"},
    ]
    for trans in pgettexts:
        add_msgctxt(**trans)

    for language_code, _ in app.config.get("LANGUAGES"):
        run(
            "{venv}/bin/pybabel update -i cla_public/translations/messages.pot -d cla_public/translations"
            " -l {language_code} --no-wrap --no-fuzzy-matching".format(venv=VENV, language_code=language_code)
        )


@manager.command
def push_messages(force=False):
    """Push messages to transifex"""
    command = "tx push -s -t"
    if force:
        command += " -f --no-interactive"
    run(command)


@manager.command
def pull_messages(force=False):
    """Pull messages to transifex"""
    command = "tx pull"
    if force:
        command += " -f"
    run(command)


@manager.command
def compile_messages():
    """compile po file."""
    run("{venv}/bin/pybabel compile -d cla_public/translations".format(venv=VENV))


@manager.command
def download_means_test():
    file_path = os.path.join(
        os.path.dirname(__file__), "cla_public", "apps", "checker", "tests", "data", "means_test.xlsx"
    )
    spreadsheet_id = "1idIleO4-mNTM0pW6-aOcMwXgK_0yjrpL7YkHHeuWL5c"
    response = requests.get("https://docs.google.com/spreadsheets/d/%s/export?format=xlsx" % spreadsheet_id)
    assert response.status_code == 200, "Wrong status code"
    s = file(file_path, "w")
    s.write(response.content)
    s.close()


def _make_context():
    return {"app": app}


class MockDate(datetime.date):
    @classmethod
    def today(cls):
        return cls(2015, 1, 26)


manager.add_command("server", Server())
manager.add_command("shell", Shell(make_context=_make_context))


if __name__ == "__main__":
    manager.run()
