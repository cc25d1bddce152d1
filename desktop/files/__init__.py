"""Files from and to the outside world: only regular files read, complete files written, never over a project."""
