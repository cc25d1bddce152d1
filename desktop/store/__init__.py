"""The project file: schema, migrations, opening and refusing, queries and search."""

from desktop.store.project import Project, ProjectRefused, create_project, open_project

__all__ = ["Project", "ProjectRefused", "create_project", "open_project"]
