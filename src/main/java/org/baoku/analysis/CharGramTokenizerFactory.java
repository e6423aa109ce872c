package org.baoku.analysis;

import java.util.Map;

import org.apache.lucene.analysis.TokenizerFactory;
import org.apache.lucene.util.AttributeFactory;

/**
 * {@link CharGramTokenizer} for Solr schemas: {@code <tokenizer name="baokuCharGram" query="false"/>} on the index
 * side, {@code query="true"} on the query side.
 */
public final class CharGramTokenizerFactory extends TokenizerFactory {

	public static final String NAME = "baokuCharGram";

	private final boolean forQuery;

	public CharGramTokenizerFactory(Map<String, String> args) {
		super(args);
		this.forQuery = getBoolean(args, "query", false);
		if (!args.isEmpty()) {
			throw new IllegalArgumentException("Unknown parameters: " + args);
		}
	}

	/** For the service loader only. */
	public CharGramTokenizerFactory() {
		throw defaultCtorException();
	}

	@Override
	public CharGramTokenizer create(AttributeFactory factory) {
		return new CharGramTokenizer(factory, forQuery);
	}

}
