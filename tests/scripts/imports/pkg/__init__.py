print("pkg init", __name__, __package__)
from .helper import helper_value
__all__ = ["helper_value", "exported"]
exported = "exp"
_private = 1
