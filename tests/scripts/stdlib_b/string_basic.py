import string
from string import Template

print(string.ascii_letters, string.digits, string.hexdigits, string.octdigits)
print(repr(string.whitespace), repr(string.punctuation), repr(string.printable))
print(string.capwords('  hello   wORLD  foo '), string.capwords('a-b-c', '-'), repr(string.capwords('')))

t = Template('$who likes $what, costs $$10 ${who}s')
print(t.substitute(who='tim', what='kung pao'))
print(t.substitute({'who': 'ann', 'what': 'tea'}, what='coffee'))
print(t.safe_substitute(who='bob'))
print(t.template, t.get_identifiers(), t.is_valid())
print(Template('$x and $').safe_substitute(x=1), Template('${x').safe_substitute(x=2))
print(Template('$a$b').substitute(a=[1], b=(2,)))

for tmpl, kw in [('$who likes', {}), ('hi $ there', {'x': 1}), ('line1\nab ${ x}', {}),
                 ('$1', {}), ('${}', {}), ('x$', {})]:
    try:
        print(Template(tmpl).substitute(**kw))
    except (KeyError, ValueError) as e:
        print(type(e).__name__, e)
print(Template('ok $').is_valid(), Template('$x ${y} $x').get_identifiers())
try:
    Template('$x').substitute({}, {})
except TypeError as e:
    print('TypeError')


class Pct(Template):
    delimiter = '%'


class Dotted(Template):
    idpattern = r'[a-z][_a-z0-9.]*'


print(Pct('%name is %% done, $keep').substitute(name='job'))
print(Dotted('$a.b and ${c.d}').substitute({'a.b': 1, 'c.d': 2}))
print(Template('$ÿ $x').safe_substitute(x=3))
print(Template('a $ $b ${c').get_identifiers())
class CS(Template):
    flags = 0
print(CS('$abc $Abc').safe_substitute(abc=1, Abc=2))
class BI(Template):
    braceidpattern = r'[a-z ]+'
print(BI('${a b} $c').substitute({'a b': 1, 'c': 2}))
