"""Every feature in features/ becomes tests here: the help articles, executable."""

from pytest_bdd import scenarios

scenarios("it", "de", "en")
