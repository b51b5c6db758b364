"""Sync packages, receipts and office setup files between the offices and HQ (docs/sync-format.md).

Never imports Qt: the CLI, the UI and the tests all call these functions.
"""
