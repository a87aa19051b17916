"""A tiny geometry package: vectors and their operations."""
from .vec import Vec
