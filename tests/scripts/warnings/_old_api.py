# Helper for import_time.py: a module that warns when imported, blaming its importer.
import warnings

warnings.warn("_old_api is deprecated, use new_api", DeprecationWarning, stacklevel=2)


def __getattr__(name):
    warnings.warn("_old_api.%s is deprecated" % name, DeprecationWarning, stacklevel=2)
    return name.upper()
