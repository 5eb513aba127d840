"""``python -m classifier`` runs the command-line interface."""

from classifier.cli import main

if __name__ == "__main__":
    main()
