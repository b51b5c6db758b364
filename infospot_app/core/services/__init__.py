"""Core services: one module per aggregate, each taking a Session and an Actor."""
