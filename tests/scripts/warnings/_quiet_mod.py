# Helper for deprecation_main.py: warnings raised from a module that is not __main__.
import warnings


def deprecated_here():
    warnings.warn("deprecated inside _quiet_mod", DeprecationWarning)


def deprecated_for_caller():
    warnings.warn("deprecated, blamed on the caller", DeprecationWarning, stacklevel=2)


def future_here():
    warnings.warn("future inside _quiet_mod", FutureWarning)


def user_here():
    warnings.warn("user warning inside _quiet_mod")
    warnings.warn("user warning inside _quiet_mod")
