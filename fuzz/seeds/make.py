#!/usr/bin/env python3
"""Writes the seeds that are binary or need computed lengths and offsets: web archives
(plain and gzip per record), a gzipped JSON Lines dump, and small hand-made PDFs. The
other seeds beside this file are written by hand. Run from anywhere: python3 make.py"""
import gzip
import os
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))


def put(target, name, data):
    with open(os.path.join(HERE, target, name), "wb") as f:
        f.write(data)


# --- web archives -------------------------------------------------------------------

def warc(kind, headers, block):
    head = f"WARC/1.0\r\nWARC-Type: {kind}\r\n" + "".join(f"{k}: {v}\r\n" for k, v in headers)
    head += f"Content-Length: {len(block)}\r\n\r\n"
    return head.encode() + block + b"\r\n\r\n"


def http(status, ctype, body, extra=""):
    head = f"HTTP/1.1 {status} X\r\nContent-Type: {ctype}\r\n{extra}"
    if "chunked" not in extra:
        head += f"Content-Length: {len(body)}\r\n"
    return head.encode() + b"\r\n" + body


PAGE = (b"<html><head><title>Talks in Doha</title><meta name=\"author\" content=\"Sara Malik\">"
        b"</head><body><nav>Home | World</nav><article><h1>Talks in Doha</h1>"
        b"<p>Envoys of the Taliban met United States officials in Doha on Monday.</p>"
        b"<p>Qatar mediated, a diplomat said.</p></article><footer>(c) Desk</footer></body></html>")


def chunk(body, size=40):
    out = b""
    for i in range(0, len(body), size):
        part = body[i:i + size]
        out += f"{len(part):x}\r\n".encode() + part + b"\r\n"
    return out + b"0\r\n\r\n"


def uri(n):
    return [("WARC-Target-URI", f"https://desk.example/{n}"),
            ("WARC-Date", "2024-03-04T10:00:00Z"),
            ("WARC-Record-ID", f"<urn:uuid:0000000{n}>")]


def resp(n):
    return uri(n) + [("Content-Type", "application/http; msgtype=response")]


records = [
    warc("warcinfo", [("Content-Type", "application/warc-fields")], b"software: hand\r\n"),
    warc("request", uri(1), b"GET /1 HTTP/1.1\r\nHost: desk.example\r\n\r\n"),
    warc("response", resp(1), http(200, "text/html; charset=utf-8", PAGE)),
    warc("response", resp(2), http(200, "text/html", chunk(PAGE), "Transfer-Encoding: chunked\r\n")),
    warc("response", resp(3), http(200, "text/html", gzip.compress(PAGE, mtime=0),
                                   "Content-Encoding: gzip\r\n")),
    warc("response", resp(4), http(404, "text/html", b"<p>Not found</p>")),
    warc("response", resp(5), http(301, "text/html", b"", "Location: /1\r\n")),
    warc("response", resp(6), http(200, "image/png", b"\x89PNG\r\n\x1a\n")),
    warc("response", resp(8), http(200, "", zlib.compress(PAGE), "Content-Encoding: deflate\r\n")),
    warc("resource", uri(7) + [("Content-Type", "text/html")], PAGE),
    warc("revisit", uri(1), b""),
]
put("read_warc", "archive.warc", b"".join(records))
put("read_warc", "archive.warc.gz", b"".join(gzip.compress(r, mtime=0) for r in records[:4]))
# A record cut short, then a whole one: reading goes on at the next header.
cut = records[2][: len(records[2]) // 2]
put("read_warc", "cut-short.warc", cut + b"\r\n" + records[8])

# --- a gzipped dump, two members ----------------------------------------------------

lines = [b'{"title": "One", "text": "Russia supplies Syria with jets.", "date": "2024-01-02"}\n',
         b'{"title": "Two", "text": "Turkey fought the PKK in Iraq.", "url": "https://x.example/2"}\n']
put("read_jsonl", "dump.jsonl.gz", b"".join(gzip.compress(line, mtime=0) for line in lines))

# --- PDFs ---------------------------------------------------------------------------


def pdf(objects, info=None):
    """A PDF of the given objects (numbered from 1; the first is the catalog) with a
    cross-reference table at the right offsets."""
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offsets = []
    for i, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    for o in offsets:
        out += f"{o:010d} 00000 n \n".encode()
    trailer = f"<< /Size {len(objects) + 1} /Root 1 0 R"
    if info:
        trailer += f" /Info {info} 0 R"
    out += f"trailer\n{trailer} >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return out


def stream(data, compress=False):
    if compress:
        data = zlib.compress(data)
        return f"<< /Length {len(data)} /Filter /FlateDecode >>\nstream\n".encode() + data + b"\nendstream"
    return f"<< /Length {len(data)} >>\nstream\n".encode() + data + b"\nendstream"


FONT = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"


def pages(contents, compress=False, info=None, small_font=False):
    """Catalog, page tree, one font, then a page and a content stream per entry."""
    n = len(contents)
    kids = " ".join(f"{4 + 2 * i} 0 R" for i in range(n))
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>",
               f"<< /Type /Pages /Kids [{kids}] /Count {n} >>".encode(),
               FONT]
    for i, c in enumerate(contents):
        objects.append(f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
                       f"/Resources << /Font << /F1 3 0 R >> >> /Contents {5 + 2 * i} 0 R >>".encode())
        objects.append(stream(c, compress))
    if info:
        objects.append(info)
        return pdf(objects, info=len(objects))
    return pdf(objects)


def lines_at(y, size, *texts):
    out = b"BT\n" + f"/F1 {size} Tf\n{size + 2} TL\n72 {y} Td\n".encode()
    for t in texts:
        out += b"(" + t + b") Tj T*\n"
    return out + b"ET\n"


body = lines_at(700, 12, b"Hezbollah fighters crossed into Syria, officials said.",
                b"Iran has long armed the group, according to analysts.")
put("read_pdf", "one-page.pdf", pages([body]))
put("read_pdf", "two-pages-info.pdf", pages(
    [lines_at(700, 18, b"Report on the Sahel") + lines_at(650, 11, b"JNIM attacked an army post near Mopti.")
     + lines_at(40, 8, b"1"),
     lines_at(700, 11, b"The Wagner Group trained Malian sol-", b"diers in 2022, a UN panel found.")
     + lines_at(60, 7, b"1 The panel's report was leaked.") + lines_at(40, 8, b"2")],
    compress=True,
    info=b"<< /Title (Sahel digest) /Author (Desk) /CreationDate (D:20240304100000Z) >>"))
tj = (b"BT /F1 12 Tf 72 700 Td [(Al-Sha) 20 (baab) -250 (fought) -250 (AMISOM.)] TJ "
      b"0 -14 Td (\\(Kenya\\) \\351tat \\222quote\\222) Tj ET\n"
      b"BT /F1 12 Tf 300 700 Td (Second column text.) Tj ET\n")
put("read_pdf", "kerning-and-columns.pdf", pages([tj]))
put("read_pdf", "no-text.pdf", pages([b"0 0 m 100 100 l S\n"]))
