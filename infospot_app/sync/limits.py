"""Bounds on what a sync file may hold, so a hostile file cannot exhaust memory or disk."""

MAX_FILE_BYTES = 1 << 30  # 1 GiB on the stick or in the mail
MAX_HEADER_BYTES = 16 * 1024
MAX_MEMBERS = 64
MAX_MANIFEST_BYTES = 1 << 20
MAX_MEMBER_BYTES = 4 << 30  # uncompressed
MAX_RATIO = 200  # uncompressed / compressed bytes of one member
RATIO_FLOOR = 1 << 20  # tiny members may compress better than the ratio; allow 1 MiB regardless
MAX_LINE_BYTES = 1 << 20
MAX_ROWS = 5_000_000
MAX_TEXT_CHARS = 100_000  # a Text column (notes, address, description)
