"""Parses every file with rdflib and checks that all give the same graph (isomorphic, blank nodes aside).

Usage: python3 isomorphic.py FILE:FORMAT FILE:FORMAT ...   (formats: turtle, xml, json-ld, nt)
Prints one line per file with its triple count, then "isomorphic: true" or the differences; exit 1 when they differ.
"""
import sys

import rdflib
from rdflib.compare import graph_diff, isomorphic, to_isomorphic

graphs = []
for argument in sys.argv[1:]:
    path, fmt = argument.rsplit(':', 1)
    graph = rdflib.Graph()
    graph.parse(path, format=fmt)
    graphs.append((argument, graph))
    print(f'{argument}: {len(graph)} triples')

first_name, first = graphs[0]
differing = [name for name, graph in graphs[1:] if not isomorphic(first, graph)]
if not differing:
    print('isomorphic: true')
    sys.exit(0)

for name in differing:
    graph = dict(graphs)[name]
    _, only_first, only_other = graph_diff(to_isomorphic(first), to_isomorphic(graph))
    print(f'isomorphic: false ({first_name} vs {name})')
    for triple in list(only_first)[:10]:
        print('  only in first:', triple)
    for triple in list(only_other)[:10]:
        print('  only in other:', triple)
sys.exit(1)
