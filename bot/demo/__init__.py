"""The demo article set: written for this project, safe to ship and show."""
