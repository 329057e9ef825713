from ..helper import helper_value
from .. import sibling
VALUE = helper_value + 1
SIB = sibling.NAME
