#!/usr/bin/env python3
"""Writes the DOCX, ODT and PDF fixtures of tests/e2e/office.sh into DIR.

Good files with known content (a heading, two paragraphs, a table, title,
author and date properties, non-ASCII text, "remittances") and bad ones: a
truncated zip, an XML bomb, a zip bomb, garbage named .pdf, a PDF without
text. No office suite or PDF writer is needed: the formats are written by
hand, as small as their readers accept.
"""
import sys
import zipfile
from pathlib import Path

TITLE = "Submission on remittances"
AUTHOR = "Zoë Nakamura"
DATE = "2024-03-05T10:00:00Z"
HEADING = "Financial inclusion"
PARA1 = "Lowering the cost of remittances helps families in Côte d'Ivoire."
PARA2 = "Migrants\u2019 savings should reach banks safely, said the délégation."
ROW1 = ["Corridor", "Cost"]
ROW2 = ["Senegal–France", "7 %"]

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def w_par(text, style=None):
    ppr = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ""
    return f"<w:p>{ppr}<w:r><w:t xml:space=\"preserve\">{text}</w:t></w:r></w:p>"


def w_table(rows):
    out = "<w:tbl>"
    for row in rows:
        out += "<w:tr>" + "".join(f"<w:tc>{w_par(c)}</w:tc>" for c in row) + "</w:tr>"
    return out + "</w:tbl>"


def docx_document(body):
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            f"<w:document {W}><w:body>{body}</w:body></w:document>")


CONTENT_TYPES = ('<?xml version="1.0" encoding="UTF-8"?><Types xmlns='
                 '"http://schemas.openxmlformats.org/package/2006/content-types">'
                 '<Default Extension="xml" ContentType="application/xml"/></Types>')

CORE = ('<?xml version="1.0" encoding="UTF-8"?><cp:coreProperties '
        'xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        f"<dc:title>{TITLE}</dc:title><dc:creator>{AUTHOR}</dc:creator>"
        f'<dcterms:created xsi:type="dcterms:W3CDTF">{DATE}</dcterms:created>'
        "</cp:coreProperties>")


def write_docx(path, document, core=CORE):
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", CONTENT_TYPES)
        z.writestr("word/document.xml", document)
        if core:
            z.writestr("docProps/core.xml", core)


def good_docx(path):
    body = (w_par(TITLE, "Title") + w_par(HEADING, "Heading1") + w_par(PARA1)
            + '<w:p><w:r><w:t>' + PARA2.split(",")[0] + ',</w:t><w:tab/>'
            '<w:t xml:space="preserve">' + PARA2.split(",", 1)[1].lstrip() + "</w:t></w:r></w:p>"
            + w_table([ROW1, ROW2]))
    write_docx(path, docx_document(body))


ODT_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
          'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
          'xmlns:dc="http://purl.org/dc/elements/1.1/"')


def good_odt(path):
    first, rest = PARA2.split(" ", 1)
    cells = lambda row: "".join(
        f"<table:table-cell><text:p>{c}</text:p></table:table-cell>" for c in row)
    content = (f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {ODT_NS}>'
               "<office:body><office:text>"
               f'<text:h text:outline-level="1">{HEADING}</text:h>'
               f"<text:p>{PARA1}</text:p>"
               f'<text:p><text:span>{first}</text:span><text:s text:c="2"/>{rest}</text:p>'
               f"<table:table><table:table-row>{cells(ROW1)}</table:table-row>"
               f"<table:table-row>{cells(ROW2)}</table:table-row></table:table>"
               "</office:text></office:body></office:document-content>")
    meta = (f'<?xml version="1.0" encoding="UTF-8"?><office:document-meta {ODT_NS}>'
            f"<office:meta><dc:title>{TITLE}</dc:title>"
            f"<meta:initial-creator>{AUTHOR}</meta:initial-creator>"
            f"<meta:creation-date>{DATE}</meta:creation-date></office:meta>"
            "</office:document-meta>")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.text")
        z.writestr("content.xml", content)
        z.writestr("meta.xml", meta)


def pdf(pages):
    """A PDF whose pages show the given lines (Helvetica, 12 pt, one line
    every 14 pt from the top), with a correct cross-reference table."""
    objs = ["<< /Type /Catalog /Pages 2 0 R >>", None,
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    kids = []
    for lines in pages:
        ops = "".join(f"BT /F1 12 Tf 60 {780 - 14 * i} Td ({line}) Tj ET\n"
                      for i, line in enumerate(lines) if line)
        data = ops.encode("latin-1")
        objs.append(f"<< /Length {len(data)} >>\nstream\n{ops}endstream")
        objs.append(f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
                    f"/Resources << /Font << /F1 3 0 R >> >> /Contents {len(objs)} 0 R >>")
        kids.append(f"{len(objs)} 0 R")
    objs[1] = f"<< /Type /Pages /Kids [{' '.join(kids)}] /Count {len(kids)} >>"
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for n, body in enumerate(objs, 1):
        offsets.append(len(out))
        out += f"{n} 0 obj\n{body}\nendobj\n".encode("latin-1")
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    out += "".join(f"{o:010d} 00000 n \n" for o in offsets).encode()
    out += (f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\n"
            f"startxref\n{xref}\n%%EOF\n").encode()
    return bytes(out)


def two_page_pdf(path):
    header = "Global Compact consultation - written input"
    # The second paragraph runs on to page 2; "govern-" + "ments" is one word.
    page1 = [header, "", "Remittances and financial inclusion", "",
             "Migrant workers send money home every month, and the fees they pay",
             "are still far too high in most corridors. We ask the govern-",
             "ments of countries of origin to promote digital transfers and", "",
             "", "1"]
    page2 = [header, "", "to publish the costs of each provider in every corridor.", "",
             "States should also protect migrants from exploitation by",
             "recruiters, and guarantee decent work in countries of destination.", "",
             "", "2"]
    Path(path).write_bytes(pdf([page1, page2]))


def main():
    d = Path(sys.argv[1])
    d.mkdir(parents=True, exist_ok=True)
    good_docx(d / "submission.docx")
    good_odt(d / "submission.odt")
    two_page_pdf(d / "statement.pdf")
    # Bad inputs: each must get its own verdict, the batch going on.
    whole = (d / "submission.docx").read_bytes()
    (d / "truncated.docx").write_bytes(whole[: len(whole) // 2])
    bomb = ('<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
            + "".join(f'<!ENTITY lol{i} "{("&lol" + str(i - 1) + ";") * 10 if i > 1 else "&lol;" * 10}">'
                      for i in range(1, 10))
            + f"]><w:document {W}><w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p>"
            "</w:body></w:document>")
    write_docx(d / "laughs.docx", bomb)
    write_docx(d / "zipbomb.docx", docx_document(w_par("a" * (40 << 20))))
    (d / "garbage.pdf").write_bytes(b"%PDF-1.4\n" + bytes(range(256)) * 8)
    Path(d / "scanned.pdf").write_bytes(pdf([[], []]))


if __name__ == "__main__":
    main()
