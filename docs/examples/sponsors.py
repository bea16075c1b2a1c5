#!/usr/bin/env python3
"""Who sponsored a resolution, and what the graph says about it: dcgraph from Python.

    python3 docs/examples/sponsors.py [ENDPOINT] [SYMBOL]

ENDPOINT is a dcgraph server's root (default http://localhost:3030), SYMBOL a resolution (default A/RES/78/311).
Needs SPARQLWrapper, pandas and rdflib: on Debian, apt-get install python3-sparqlwrapper python3-pandas python3-rdflib.
"""
import sys
import urllib.parse

import pandas as pd
from SPARQLWrapper import JSON, RDFXML, SPARQLWrapper

root = (sys.argv[1] if len(sys.argv) > 1 else "http://localhost:3030").rstrip("/")
symbol = sys.argv[2] if len(sys.argv) > 2 else "A/RES/78/311"

# 1. A named query is a CSV URL: pandas reads it as a table.
sponsors = pd.read_csv(f"{root}/queries/sponsors?format=csv&symbol={urllib.parse.quote(symbol)}")
print(f"{len(sponsors)} sponsors of {symbol}: {', '.join(sponsors['name'].head(3))}, ...")

# 2. Any SELECT through the SPARQL endpoint, as JSON, into a DataFrame.
endpoint = SPARQLWrapper(f"{root}/sparql")
endpoint.setQuery("""
    PREFIX dcg: <https://w3id.org/dcgraph/ontology#>
    SELECT ?kind (COUNT(DISTINCT ?paragraph) AS ?paragraphs) WHERE {
      ?document dcg:symbol "%s" ; dcg:paragraph ?paragraph .
      ?paragraph a ?kind .
      FILTER(?kind IN (dcg:PreambularParagraph, dcg:OperativeParagraph))
    } GROUP BY ?kind ORDER BY ?kind""" % symbol)
endpoint.setReturnFormat(JSON)
rows = endpoint.query().convert()["results"]["bindings"]
paragraphs = pd.DataFrame([{k: v["value"].rsplit("#", 1)[-1] for k, v in row.items()} for row in rows])
for _, row in paragraphs.iterrows():
    print(f"{row['kind']}: {row['paragraphs']}")

# 3. A CONSTRUCT as RDF/XML (SPARQLWrapper sends output=rdf+xml), parsed by rdflib into a graph.
endpoint = SPARQLWrapper(f"{root}/sparql")
endpoint.setReturnFormat(RDFXML)
endpoint.setQuery("""
    PREFIX dcg: <https://w3id.org/dcgraph/ontology#>
    CONSTRUCT { ?document ?p ?o } WHERE { ?document dcg:symbol "%s" ; ?p ?o }""" % symbol)
graph = endpoint.query().convert()
print(f"{len(graph)} statements about {symbol}")
