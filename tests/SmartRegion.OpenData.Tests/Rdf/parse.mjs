// Parses the platform's Turtle with n3 and its JSON-LD with jsonld.js (expand, then toRDF) and writes both as
// N-Triples / N-Quads, so that a third, independent library (Python rdflib) can compare the graphs.
// Usage: node parse.mjs catalog.ttl out-n3.nt catalog.jsonld out-jsonld.nq
import fs from 'node:fs'
import { Parser, Writer } from 'n3'
import jsonld from 'jsonld'

const [ttlIn, ttlOut, jsonIn, jsonOut] = process.argv.slice(2)
const quads = new Parser({ format: 'text/turtle' }).parse(fs.readFileSync(ttlIn, 'utf8'))
const writer = new Writer({ format: 'N-Triples' })
writer.addQuads(quads)
writer.end((error, result) => {
  if (error) throw error
  fs.writeFileSync(ttlOut, result)
})

const document = JSON.parse(fs.readFileSync(jsonIn, 'utf8'))
// No document loader: the context is inline, nothing may be fetched.
const noRemote = async (url) => { throw new Error(`remote context requested: ${url}`) }
const expanded = await jsonld.expand(document, { documentLoader: noRemote })
const nquads = await jsonld.toRDF(expanded, { format: 'application/n-quads', documentLoader: noRemote })
fs.writeFileSync(jsonOut, nquads)
console.log(`n3 triples: ${quads.length}, jsonld expanded nodes: ${expanded.length}, jsonld quads: ${nquads.split('\n').filter(Boolean).length}`)
