# Resource object code (Python 3)
# Created by: object code
# Created by: The Resource Compiler for Qt version 6.12.0
# WARNING! All changes made in this file will be lost!

from PySide6 import QtCore

qt_resource_data = b"\
\x00\x00\x00\xf8\
<\
svg xmlns=\x22http:\
//www.w3.org/200\
0/svg\x22 viewBox=\x22\
0 0 24 24\x22 fill=\
\x22none\x22 stroke=\x22#\
9cc3ea\x22 stroke-w\
idth=\x221.8\x22 strok\
e-linecap=\x22round\
\x22 stroke-linejoi\
n=\x22round\x22><path \
d=\x22M12 3v12M7 10\
l5 5 5-5\x22/><path\
 d=\x22M4 17v2a2 2 \
0 0 0 2 2h12a2 2\
 0 0 0 2-2v-2\x22/>\
</svg>\x0a\
\x00\x00\x016\
<\
svg xmlns=\x22http:\
//www.w3.org/200\
0/svg\x22 viewBox=\x22\
0 0 24 24\x22 fill=\
\x22none\x22 stroke=\x22#\
9cc3ea\x22 stroke-w\
idth=\x221.8\x22 strok\
e-linecap=\x22round\
\x22 stroke-linejoi\
n=\x22round\x22><path \
d=\x22M5 3h11a2 2 0\
 0 1 2 2v16H7a2 \
2 0 0 1-2-2z\x22/><\
path d=\x22M5 19a2 \
2 0 0 1 2-2h11\x22/\
><path d=\x22M9 7h6\
M9 10.5h6M9 14h3\
\x22/><path d=\x22M20.\
5 8.5 16 13\x22/></\
svg>\x0a\
\x00\x00\x01f\
<\
svg xmlns=\x22http:\
//www.w3.org/200\
0/svg\x22 viewBox=\x22\
0 0 64 64\x22><path\
 d=\x22M32 4 8 12v1\
8c0 15 10.5 26.5\
 24 30 13.5-3.5 \
24-15 24-30V12z\x22\
 fill=\x22#1d3557\x22/\
><path d=\x22M32 10\
 14 16v14c0 11.5\
 7.8 20.6 18 23.\
6 10.2-3 18-12.1\
 18-23.6V16z\x22 fi\
ll=\x22#e63946\x22/><p\
ath d=\x22M26 20h8.\
5a7 7 0 0 1 0 14\
H30v9h-4z\x22 fill=\
\x22#fff\x22/><path d=\
\x22M30 24v6h4.3a3 \
3 0 0 0 0-6z\x22 fi\
ll=\x22#e63946\x22/></\
svg>\x0a\
\x00\x00\x01\x0a\
<\
svg xmlns=\x22http:\
//www.w3.org/200\
0/svg\x22 viewBox=\x22\
0 0 24 24\x22 fill=\
\x22none\x22 stroke=\x22#\
9cc3ea\x22 stroke-w\
idth=\x221.8\x22 strok\
e-linecap=\x22round\
\x22 stroke-linejoi\
n=\x22round\x22><path \
d=\x22M5 21V4\x22/><pa\
th d=\x22M5 4h11l-2\
 4 2 4H5\x22/><circ\
le cx=\x2217.5\x22 cy=\
\x2218\x22 r=\x222.5\x22/><p\
ath d=\x22M12 21h3\x22\
/></svg>\x0a\
\x00\x00\x01Q\
<\
svg xmlns=\x22http:\
//www.w3.org/200\
0/svg\x22 viewBox=\x22\
0 0 24 24\x22 fill=\
\x22none\x22 stroke=\x22#\
9cc3ea\x22 stroke-w\
idth=\x221.8\x22 strok\
e-linecap=\x22round\
\x22 stroke-linejoi\
n=\x22round\x22><rect \
x=\x223\x22 y=\x225\x22 widt\
h=\x2218\x22 height=\x221\
6\x22 rx=\x222\x22/><path\
 d=\x22M3 10h18M8 3\
v4M16 3v4\x22/><cir\
cle cx=\x2212\x22 cy=\x22\
14.5\x22 r=\x221.8\x22/><\
path d=\x22M8.8 19.\
5c.7-1.6 1.8-2.4\
 3.2-2.4s2.5.8 3\
.2 2.4\x22/></svg>\x0a\
\
\x00\x00\x00\xfc\
<\
svg xmlns=\x22http:\
//www.w3.org/200\
0/svg\x22 viewBox=\x22\
0 0 24 24\x22 fill=\
\x22none\x22 stroke=\x22#\
9cc3ea\x22 stroke-w\
idth=\x221.8\x22 strok\
e-linecap=\x22round\
\x22 stroke-linejoi\
n=\x22round\x22><path \
d=\x22M12 3 4 6v6c0\
 5 3.4 8.3 8 9 4\
.6-.7 8-4 8-9V6z\
\x22/><path d=\x22m8.5\
 12 2.5 2.5 4.5-\
5\x22/></svg>\x0a\
\x00\x00\x00\xd7\
<\
svg xmlns=\x22http:\
//www.w3.org/200\
0/svg\x22 viewBox=\x22\
0 0 24 24\x22 fill=\
\x22none\x22 stroke=\x22#\
9cc3ea\x22 stroke-w\
idth=\x221.8\x22 strok\
e-linecap=\x22round\
\x22 stroke-linejoi\
n=\x22round\x22><path \
d=\x22M3 12a9 9 0 1\
 0 3-6.7\x22/><path\
 d=\x22M3 3v5h5\x22/><\
/svg>\x0a\
\x00\x00\x01B\
<\
svg xmlns=\x22http:\
//www.w3.org/200\
0/svg\x22 viewBox=\x22\
0 0 24 24\x22 fill=\
\x22none\x22 stroke=\x22#\
9cc3ea\x22 stroke-w\
idth=\x221.8\x22 strok\
e-linecap=\x22round\
\x22 stroke-linejoi\
n=\x22round\x22><rect \
x=\x225\x22 y=\x224\x22 widt\
h=\x2214\x22 height=\x221\
7\x22 rx=\x222\x22/><path\
 d=\x22M9 2.5h6v3H9\
z\x22/><path d=\x22m8.\
5 11 1.5 1.5 3-3\
M8.5 16.5l1.5 1.\
5 3-3\x22/><path d=\
\x22M15 11.5h1.5M15\
 17h1.5\x22/></svg>\
\x0a\
"

qt_resource_name = b"\
\x00\x05\
\x00o\xa6S\
\x00i\
\x00c\x00o\x00n\x00s\
\x00\x0a\
\x02\xceU\x87\
\x00b\
\x00a\x00c\x00k\x00u\x00p\x00.\x00s\x00v\x00g\
\x00\x0b\
\x06\xbc\xe1\xe7\
\x00l\
\x00o\x00g\x00b\x00o\x00o\x00k\x00.\x00s\x00v\x00g\
\x00\x09\
\x01\xc7\xb4\xc7\
\x00p\
\x00i\x00k\x00e\x00t\x00.\x00s\x00v\x00g\
\x00\x0a\
\x05\xbb\xc3G\
\x00e\
\x00v\x00e\x00n\x00t\x00s\x00.\x00s\x00v\x00g\
\x00\x0a\
\x0a\xcaw\x87\
\x00r\
\x00o\x00s\x00t\x00e\x00r\x00.\x00s\x00v\x00g\
\x00\x09\
\x0b\x9e\x89\x07\
\x00c\
\x00h\x00e\x00c\x00k\x00.\x00s\x00v\x00g\
\x00\x0b\
\x06y\xcf\xa7\
\x00r\
\x00e\x00s\x00t\x00o\x00r\x00e\x00.\x00s\x00v\x00g\
\x00\x0d\
\x03p\x1f\x07\
\x00c\
\x00h\x00e\x00c\x00k\x00l\x00i\x00s\x00t\x00.\x00s\x00v\x00g\
"

qt_resource_struct = b"\
\x00\x00\x00\x00\x00\x02\x00\x00\x00\x01\x00\x00\x00\x01\
\x00\x00\x00\x00\x00\x02\x00\x00\x00\x08\x00\x00\x00\x02\
\x00\x00\x00F\x00\x00\x00\x00\x00\x01\x00\x00\x026\
\x00\x00\x00\x10\x00\x00\x00\x00\x00\x01\x00\x00\x00\x00\
\x00\x00\x00\xc6\x00\x00\x00\x00\x00\x01\x00\x00\x07\xde\
\x00\x00\x00^\x00\x00\x00\x00\x00\x01\x00\x00\x03\xa0\
\x00\x00\x00\xaa\x00\x00\x00\x00\x00\x01\x00\x00\x07\x03\
\x00\x00\x00*\x00\x00\x00\x00\x00\x01\x00\x00\x00\xfc\
\x00\x00\x00x\x00\x00\x00\x00\x00\x01\x00\x00\x04\xae\
\x00\x00\x00\x92\x00\x00\x00\x00\x00\x01\x00\x00\x06\x03\
"

def qInitResources():
    QtCore.qRegisterResourceData(0x01, qt_resource_struct, qt_resource_name, qt_resource_data)

def qCleanupResources():
    QtCore.qUnregisterResourceData(0x01, qt_resource_struct, qt_resource_name, qt_resource_data)

qInitResources()
