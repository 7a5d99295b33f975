#!/usr/bin/python3
"""Xapian 1.4 (Debian's python3-xapian) over the benchmark's corpus, driven by bench/PolicyArchive.Bench.

  xapian_engine.py build DB CORPUS.jsonl   index every document, print {"documents": N}
  xapian_engine.py serve DB                one JSON query per stdin line, one JSON answer per stdout line

Set up as a user would: the French stemmer (STEM_SOME), BM25 (Xapian's default weighting), positions for phrases, CJK
text as n-grams, title words weighted 5 (as FTS5's bm25 title weight), language and year as boolean filter terms, the
title and body stored as the document data for the snippet. A search returns the top 10 with MSet.snippet and the
exact number of matches (get_mset with checkatleast = the document count).
"""
import json
import re
import sys

import xapian

TITLE_WEIGHT = 5
CJK = xapian.TermGenerator.FLAG_CJK_NGRAM
# Xapian keeps an apostrophe between letters inside the word ("l'exportation" is one term, as "don't" is): French
# elisions are split after the apostrophe, in the text indexed, stored (for the snippet) and queried alike.
ELISION = re.compile(r"(?<=\w)(['’])(?=\w)")


def split_elisions(text):
    return ELISION.sub(r"\1 ", text)


def build(db_path, corpus_path):
    db = xapian.WritableDatabase(db_path, xapian.DB_CREATE_OR_OVERWRITE)
    generator = xapian.TermGenerator()
    generator.set_stemmer(xapian.Stem("french"))
    generator.set_stemming_strategy(xapian.TermGenerator.STEM_SOME)
    generator.set_flags(CJK)
    count = 0
    db.begin_transaction(False)
    with open(corpus_path, encoding="utf-8") as corpus:
        for line in corpus:
            if not line.strip():
                continue
            record = json.loads(line)
            document = xapian.Document()
            generator.set_document(document)
            title, body = split_elisions(record["title"]), split_elisions(record["body"])
            generator.index_text(title, TITLE_WEIGHT)
            generator.increase_termpos()
            generator.index_text(body)
            document.add_boolean_term("XL" + record["language"])
            document.add_boolean_term("XY" + record["date"][:4])
            document.set_data(json.dumps({"title": record["title"], "body": body}, ensure_ascii=False))
            count += 1
            db.replace_document(count, document)
            if count % 10000 == 0:
                db.commit_transaction()
                db.begin_transaction(False)
    db.commit_transaction()
    db.close()
    print(json.dumps({"documents": count}), flush=True)


def serve(db_path):
    db = xapian.Database(db_path)
    stemmer = xapian.Stem("french")
    parser = xapian.QueryParser()
    parser.set_stemmer(stemmer)
    parser.set_stemming_strategy(xapian.QueryParser.STEM_SOME)
    parser.set_database(db)
    parser.set_default_op(xapian.Query.OP_AND)
    enquire = xapian.Enquire(db)
    enquire.set_weighting_scheme(xapian.BM25Weight())
    documents = db.get_doccount()
    for line in sys.stdin:
        if not line.strip():
            continue
        request = json.loads(line)
        text = split_elisions(" ".join(request["terms"]))
        if request.get("phrase"):
            text = '"' + text + '"'
        query = parser.parse_query(text, xapian.QueryParser.FLAG_PHRASE | xapian.QueryParser.FLAG_CJK_NGRAM)
        filters = []
        if request.get("language"):
            filters.append(xapian.Query("XL" + request["language"]))
        if request.get("year"):
            filters.append(xapian.Query("XY" + str(request["year"])))
        if filters:
            query = xapian.Query(xapian.Query.OP_FILTER, query, xapian.Query(xapian.Query.OP_AND, filters))
        enquire.set_query(query)
        mset = enquire.get_mset(0, 10, documents)
        hits = []
        for match in mset:
            data = json.loads(match.document.get_data())
            snippet = mset.snippet(data["body"], 200, stemmer, xapian.MSet.SNIPPET_EXHAUSTIVE | CJK, "<mark>", "</mark>", "…")
            if isinstance(snippet, bytes):
                snippet = snippet.decode("utf-8")
            hits.append({"id": match.docid, "title": data["title"], "snippet": snippet, "score": match.weight})
        sys.stdout.write(json.dumps({"total": mset.get_matches_estimated(), "hits": hits}, ensure_ascii=False) + "\n")
        sys.stdout.flush()


if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[1] == "build":
        build(sys.argv[2], sys.argv[3])
    elif len(sys.argv) == 3 and sys.argv[1] == "serve":
        serve(sys.argv[2])
    else:
        sys.exit(__doc__)
