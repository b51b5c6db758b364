"""Realistic Turkish demo data, made through the services' validation and write bookkeeping."""

from .run import PILOT_OFFICES, DemoSummary, fill_demo

__all__ = ["PILOT_OFFICES", "DemoSummary", "fill_demo"]
