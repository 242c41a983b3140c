#!/usr/bin/env python3
"""Gather the built message catalogues into one folder laid out as an installed one, for the
tests and the Vietnamese man pages of an uninstalled build (CONGDOAN_LOCALEDIR=ROOT):

    make-locale.py ROOT STAMP CATALOGUE.mo...

Each CATALOGUE is meson's LANG/LC_MESSAGES/DOMAIN.mo; it is copied to ROOT/LANG/LC_MESSAGES/.
"""
import os
import shutil
import sys

root, stamp, catalogues = sys.argv[1], sys.argv[2], sys.argv[3:]
for mo in catalogues:
    messages_dir = os.path.dirname(os.path.abspath(mo))
    lang = os.path.basename(os.path.dirname(messages_dir))
    target = os.path.join(root, lang, 'LC_MESSAGES')
    os.makedirs(target, exist_ok=True)
    shutil.copyfile(mo, os.path.join(target, os.path.basename(mo)))
with open(stamp, 'w', encoding='utf-8') as f:
    f.write('\n'.join(catalogues) + '\n')
