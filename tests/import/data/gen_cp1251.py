#!/usr/bin/env python3
# Regenerates cp1251.gift (a Windows-1251 GIFT file) next to this script.
import os
src = """// Русский тест в кодировке Windows-1251.
$CATEGORY: $course$/top/История

::Декларация::В каком году подписана Московская декларация? {
=1956 #Верно: 19 октября 1956 г.
~1951 #Это Сан-Францисский договор.
~1960
}

Столица России — Москва. {T}
"""
out = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'cp1251.gift')
open(out, 'wb').write(src.encode('cp1251'))
