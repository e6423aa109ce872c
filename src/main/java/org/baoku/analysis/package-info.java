/**
 * The text analysis both search engines share: folding (width, Traditional→Simplified, case) and the character
 * bigram tokenizer. It depends on Lucene alone, so the same classes run in the embedded index and, as a plugin jar
 * ({@code target/solr-plugin/baoku-analysis.jar}), on every SolrCloud node.
 */
package org.baoku.analysis;
