from archiver.cli import run

run()
