/**
 * Search: free text over the published offers on Hibernate Search (an embedded Lucene index by
 * default, Elasticsearch/OpenSearch with outbox-polling coordination for several instances). The
 * offer feature knows nothing of it: the index follows the offer entity's changes in the
 * transaction that makes them. Per-language analysis, German compounds, typing mistakes, the
 * glossary of official words in {@code translations/search-glossary.properties}, marked matches,
 * "did you mean" and a rebuild for administrators (docs/decisions/019).
 */
package de.willkommenvorort.search;
