"""Alembic environment: run in-process on the connection InfoSpot hands over."""

from alembic import context
from sqlalchemy import create_engine

from infospot_app.core.models import Base
from infospot_app.core.models.base import UTCDateTime

config = context.config
target_metadata = Base.metadata


def run() -> None:
    """Migrate the given connection, or a URL from the config (used by tooling only)."""
    connection = config.attributes.get("connection")
    if connection is None:
        engine = create_engine(config.get_main_option("sqlalchemy.url"))
        with engine.begin() as own:
            _migrate(own)
        return
    _migrate(connection)


def _render_item(type_: str, obj: object, autogen_context: object) -> str | bool:
    """Render our column types as plain SQLAlchemy types, so revisions never import the app."""
    if type_ == "type" and isinstance(obj, UTCDateTime):
        return "sa.DateTime()"
    return False


def _migrate(connection) -> None:  # noqa: ANN001
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,
        compare_type=True,
        render_item=_render_item,
    )
    with context.begin_transaction():
        context.run_migrations()


run()
