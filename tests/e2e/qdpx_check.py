"""Checks a .qdpx written by `plenary export --format qdpx` against its database.

Usage: qdpx_check.py FILE.qdpx DB [--tag ID]... [--expect IDS_FILE] [--all-docs]

The archive's members, GUID references, and that every selection is exactly
its passage, coded exactly with the passage's tags in force (an analyst's
decision winning) among the categories in scope. The coded passages must be
those of IDS_FILE (one passage id a line) when given, else every passage
with a tag in scope; the sources are the documents of the coded passages,
or every document with a passage with --all-docs. Each source's text must be the
documented layout of its document's passages. Prints what is wrong and
exits 1, or prints nothing.
"""
import sqlite3
import sys
import xml.etree.ElementTree as ET
import zipfile

NS = "{urn:QDA-XML:project:1.0}"
problems = []


def bad(msg):
    problems.append(msg)


def xml_safe(s):
    """What plenary writes for a character XML 1.0 forbids: U+FFFD."""
    return "".join(c if c in "\t\n" or (ord(c) >= 0x20 and c not in "\ufffe\uffff")
                   else "\ufffd" for c in s)


def layout(rows):
    """A document's text as plenary rebuilds it from its passages: a blank
    line between two, the section and the speaker label where they change,
    a line end at the end.
    Returns the text and each passage's (start, end) in characters."""
    out, spans = "", {}
    last = {"speaker": None, "section": None}
    for i, (pid, speaker, section, text) in enumerate(rows):
        if i:
            out += "\n\n"
        if section and section != last["section"]:
            out += xml_safe(section) + "\n\n"
            last["section"] = section
        if speaker and speaker != last["speaker"]:
            out += xml_safe(speaker) + ": "
            last["speaker"] = speaker
        start = len(out)
        out += xml_safe(text)
        spans[pid] = (start, len(out))
    return out + "\n", spans


def main(argv):
    path, dbpath = argv[0], argv[1]
    tags, expect, all_docs = [], None, False
    i = 2
    while i < len(argv):
        if argv[i] == "--tag":
            tags.append(argv[i + 1])
            i += 1
        elif argv[i] == "--expect":
            expect = {int(l) for l in open(argv[i + 1]) if l.strip()}
            i += 1
        elif argv[i] == "--all-docs":
            all_docs = True
        i += 1
    db = sqlite3.connect(dbpath)
    z = zipfile.ZipFile(path)
    if z.testzip() is not None:
        bad("a damaged member: %s" % z.testzip())
    root = ET.fromstring(z.read("project.qde"))
    if root.tag != NS + "Project":
        bad("the root is %s" % root.tag)

    # GUIDs: unique, and every reference resolves to the right kind
    guids = {}
    for e in root.iter():
        if "guid" in e.attrib:
            if e.attrib["guid"] in guids:
                bad("GUID %s used twice" % e.attrib["guid"])
            guids[e.attrib["guid"]] = e.tag[len(NS):]
    for e in root.iter():
        for attr, kind in (("creatingUser", "User"), ("creatingUserGUID", "User")):
            if attr in e.attrib and guids.get(e.attrib[attr]) != kind:
                bad("%s %s is no %s" % (attr, e.attrib[attr], kind))
        if e.tag == NS + "CodeRef" and guids.get(e.attrib["targetGUID"]) != "Code":
            bad("CodeRef %s is no code" % e.attrib["targetGUID"])
        if e.tag == NS + "VariableRef" and guids.get(e.attrib["targetGUID"]) != "Variable":
            bad("VariableRef %s is no variable" % e.attrib["targetGUID"])

    # codes: the categories in scope with their titles, under their lexicon
    titles = dict(db.execute("SELECT id, title FROM categories"))
    lexicons = dict(db.execute("SELECT id, lexicon_id FROM categories"))
    scope = set(tags) if tags else set(titles)
    code_of = {}
    for parent in root.iter(NS + "Code"):
        for code in parent.findall(NS + "Code"):
            cid = code.attrib["name"].split(": ")[0]
            if parent.attrib["name"] != lexicons.get(cid):
                bad("code %s is under %s" % (cid, parent.attrib["name"]))
    for code in root.iter(NS + "Code"):
        if code.attrib["isCodable"] != "true":
            continue
        cid = code.attrib["name"].split(": ")[0]
        code_of[code.attrib["guid"]] = cid
        if code.findtext(NS + "Description") != xml_safe(titles.get(cid, "")):
            bad("code %s: description %r" % (cid, code.findtext(NS + "Description")))
    if set(code_of.values()) != scope:
        bad("codes %s, expected %s" % (sorted(code_of.values()), sorted(scope)))

    variables = {v.attrib["guid"]: v.attrib["name"] for v in root.iter(NS + "Variable")}
    members = {"project.qde"}
    coded, docs = set(), set()
    for src in root.iter(NS + "TextSource"):
        g = src.attrib["guid"]
        members.add("sources/%s.txt" % g)
        if src.attrib["plainTextPath"] != "internal://%s.txt" % g:
            bad("source %s: plainTextPath %s" % (g, src.attrib["plainTextPath"]))
        text = z.read("sources/%s.txt" % g).decode("utf-8")
        dpath = src.findtext(NS + "Description").rsplit(" (", 1)[0]
        row = db.execute("SELECT id FROM documents WHERE path = ?", (dpath,)).fetchone()
        if not row:
            bad("source %s: no document %r" % (g, dpath))
            continue
        doc = row[0]
        docs.add(doc)
        rows = db.execute("SELECT id, speaker, section, text FROM passages WHERE document_id = ?"
                          " ORDER BY ordinal", (doc,)).fetchall()
        want_text, spans = layout(rows)
        if text != want_text:
            bad("source of document %d is not its passages' layout" % doc)
        meta = dict(db.execute("SELECT key, value FROM document_meta WHERE document_id = ?",
                               (doc,)))
        got_meta = {variables.get(v.find(NS + "VariableRef").attrib["targetGUID"]):
                    v.findtext(NS + "TextValue") for v in src.findall(NS + "VariableValue")}
        if got_meta != {k: xml_safe(v) for k, v in meta.items()}:
            bad("document %d: variables %r, metadata %r" % (doc, got_meta, meta))
        for sel in src.findall(NS + "PlainTextSelection"):
            desc = sel.findtext(NS + "Description")
            pid = int(desc.split("(id ")[1].split(")")[0])
            coded.add(pid)
            a, b = int(sel.attrib["startPosition"]), int(sel.attrib["endPosition"])
            ptext = db.execute("SELECT text FROM passages WHERE id = ?", (pid,)).fetchone()[0]
            if text[a:b] != xml_safe(ptext):
                bad("passage %d: the selection holds %r" % (pid, text[a:b][:80]))
            if spans.get(pid) != (a, b):
                bad("passage %d: selection %d-%d, expected %s" % (pid, a, b, spans.get(pid)))
            got = sorted(code_of.get(c.find(NS + "CodeRef").attrib["targetGUID"], "?")
                         for c in sel.findall(NS + "Coding"))
            force = db.execute("SELECT category_id, source FROM passage_tags"
                               " WHERE passage_id = ?", (pid,)).fetchall()
            want = sorted(c for c, _ in force if c in scope)
            if got != want:
                bad("passage %d: coded %s, tags in force %s" % (pid, got, want))
            for c, source in force:
                said = "%s from %s" % (c, "an analyst" if source == "analyst" else "the lexicon")
                if c in scope and said not in desc:
                    bad("passage %d: %r not in %r" % (pid, said, desc))
    if set(z.namelist()) != members:
        bad("members %s, expected %s" % (sorted(set(z.namelist()) ^ members), "none of them"))

    # the sources: every document (--all-docs), those of the coded passages
    # (the --tag case), or at least those (a query also selects untagged ones)
    given = expect is not None
    if not given:
        marks = ",".join("?" * len(scope))
        expect = {r[0] for r in db.execute("SELECT DISTINCT passage_id FROM passage_tags"
                                           " WHERE category_id IN (%s)" % marks, sorted(scope))}
    if coded != expect:
        bad("coded passages: %d extra, %d missing (e.g. %s)" % (
            len(coded - expect), len(expect - coded), sorted(coded ^ expect)[:5]))
    want_docs = {r[0] for r in db.execute(
        "SELECT DISTINCT document_id FROM passages WHERE id IN (%s)"
        % ",".join(str(p) for p in expect or [0]))}
    if all_docs:
        want_docs = {r[0] for r in db.execute("SELECT DISTINCT document_id FROM passages")}
    if (docs != want_docs) if not given or all_docs else not docs >= want_docs:
        bad("sources for %d documents, expected %d" % (len(docs), len(want_docs)))

    desc = root.findtext(NS + "Description")
    for (h,) in db.execute("SELECT DISTINCT lexicon_hash FROM tag_runs WHERE id IN"
                           " (SELECT run_id FROM tags WHERE passage_id IN (%s))"
                           % ",".join(str(p) for p in coded or [0])):
        if h not in desc:
            bad("the description does not state the run with sha256 %s" % h)
    for p in problems[:10]:
        print(p)
    return 1 if problems else 0


sys.exit(main(sys.argv[1:]))
