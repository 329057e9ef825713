import textwrap
from textwrap import TextWrapper

text = ("The quick brown fox jumped over the lazy dog. Then it ran -- very fast -- into the "
        "well-known forest, a long-winded tale of self-improvement and anti-establishment "
        "sentiment. Supercalifragilisticexpialidocious words get broken.  Really!\tTabs too.")
for w in (10, 15, 20, 33, 70):
    print(w, textwrap.wrap(text, w))
print(textwrap.fill(text, 40, initial_indent='* ', subsequent_indent='  '))
print(textwrap.wrap(text, 12, break_long_words=False))
print(textwrap.wrap(text, 12, break_on_hyphens=False))
print(textwrap.wrap(text, 25, drop_whitespace=False))
print(textwrap.wrap(text, 30, fix_sentence_endings=True))
print(textwrap.wrap(text, 30, max_lines=3))
print(textwrap.wrap(text, 30, max_lines=2, placeholder='...'))
print(textwrap.wrap('a\tb\tc\nd', 80, expand_tabs=False), textwrap.wrap('a\tb', 80, tabsize=4))
print(textwrap.wrap('a\nb  c', 80, replace_whitespace=False))
print(textwrap.wrap('', 10), textwrap.wrap('   ', 10), textwrap.wrap('x' * 25, 10))
print(textwrap.wrap('---- a-b-c-d e--f --g h---i', 5))
print(textwrap.wrap('hello-world-wide-web foo-bar 12-34 x-y', 8))
print(textwrap.shorten('Hello  world!', width=12), '|', textwrap.shorten('Hello world!', width=11))
print(textwrap.shorten('Hello world', width=10, placeholder='...'))
print(textwrap.shorten(text, 50))

print(repr(textwrap.dedent('    a\n      b\n\n    c\n')))
print(repr(textwrap.dedent('  \t a\n  \t b\n   \n  c')))
print(repr(textwrap.dedent('\thello\n  \tworld\n')), repr(textwrap.dedent('no indent\n  x')))
print(repr(textwrap.dedent('   x\n  \n   y')))
print(repr(textwrap.indent('a\n\nb\n  \nc', '> ')))
print(repr(textwrap.indent('a\nb\r\nc', '+', lambda line: True)))

tw = TextWrapper(width=20, max_lines=2)
print(tw.fill('one two three four five six seven eight nine'))
for bad in (0, -1):
    try:
        textwrap.wrap('abc', bad)
    except ValueError as e:
        print('ValueError', e)
try:
    textwrap.wrap('abc def', 5, max_lines=1, placeholder=' [too long]')
except ValueError as e:
    print('ValueError', e)
try:
    textwrap.wrap('abc', 5, bogus=1)
except TypeError as e:
    print('TypeError')
