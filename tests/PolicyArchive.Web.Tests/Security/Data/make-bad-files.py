#!/usr/bin/env python3
"""Writes the bad files of the security suite (issue 13). Run once; the files are kept in the repository.

  malformed.docx   a .docx cut short (not a readable zip)
  dtd.docx         a .docx whose document.xml declares a DTD with nested entities
  bomb.docx        ~50 KB that expands to 50 MB (one part of repeated bytes)
  big-text.docx    ~30 KB whose document.xml is 30 MB: megabytes of text from a small upload
  invalid-utf8.txt a French UTF-8 text with two bytes that are not UTF-8
"""
import io, zipfile, os

here = os.path.dirname(os.path.abspath(__file__))
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
CT = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
      '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
      '<Default Extension="xml" ContentType="application/xml"/>'
      '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
      '</Types>')
RELS = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
        '</Relationships>')

def docx(document_xml, extra=None):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, 'w', zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        z.writestr('[Content_Types].xml', CT)
        z.writestr('_rels/.rels', RELS)
        z.writestr('word/document.xml', document_xml)
        for name, data in (extra or {}).items():
            z.writestr(name, data)
    return buf.getvalue()

def para(text):
    return '<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % text

def body(paragraphs):
    return '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document %s><w:body>%s</w:body></w:document>' % (W, paragraphs)

good = docx(body(para("Contrôles à l'exportation des puces : une note.") + para("Deuxième paragraphe de la note sur les puces.")))
open(os.path.join(here, 'malformed.docx'), 'wb').write(good[: len(good) // 2])

dtd = ('<?xml version="1.0" encoding="UTF-8"?>'
       '<!DOCTYPE w:document [<!ENTITY a "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa">'
       '<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">'
       '<!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">]>'
       '<w:document %s><w:body>%s</w:body></w:document>' % (W, para('&d;')))
open(os.path.join(here, 'dtd.docx'), 'wb').write(docx(dtd))

bomb = body(para('x' * (50 * 1024 * 1024)))
open(os.path.join(here, 'bomb.docx'), 'wb').write(docx(bomb))

line = para("Les contrôles à l'exportation sur les puces avancées reviennent dans chaque paragraphe de ce document. ")
big = body(line * (30 * 1024 * 1024 // len(line)))
open(os.path.join(here, 'big-text.docx'), 'wb').write(docx(big))

text = "Contrôles à l'exportation européenne : la note.\n\nLa Commission européenne étudie les puces.\n".encode('utf-8')
open(os.path.join(here, 'invalid-utf8.txt'), 'wb').write(text[:30] + b'\xff\xfe' + text[30:])
