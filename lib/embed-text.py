#!/usr/bin/env python3
"""Turn a text file into a C string constant: embed-text.py INPUT OUTPUT SYMBOL."""
import sys

src, out, symbol = sys.argv[1], sys.argv[2], sys.argv[3]
data = open(src, 'rb').read()
with open(out, 'w', encoding='ascii') as f:
    f.write('/* Generated from %s by embed-text.py; do not edit. */\n' % src.split('/')[-1])
    f.write('extern const char %s[];\n' % symbol)
    f.write('const char %s[] = {\n' % symbol)
    for i in range(0, len(data), 16):
        f.write('  ' + ', '.join('0x%02x' % b for b in data[i:i + 16]) + ',\n')
    f.write('  0x00\n};\n')
