from kb.cli import entry

entry()
