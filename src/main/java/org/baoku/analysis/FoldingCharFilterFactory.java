package org.baoku.analysis;

import java.io.Reader;
import java.util.Map;

import org.apache.lucene.analysis.CharFilterFactory;

/** {@link FoldingCharFilter} for Solr schemas: {@code <charFilter name="baokuFolding"/>} ahead of smartcn's words. */
public final class FoldingCharFilterFactory extends CharFilterFactory {

	public static final String NAME = "baokuFolding";

	public FoldingCharFilterFactory(Map<String, String> args) {
		super(args);
		if (!args.isEmpty()) {
			throw new IllegalArgumentException("Unknown parameters: " + args);
		}
	}

	/** For the service loader only. */
	public FoldingCharFilterFactory() {
		throw defaultCtorException();
	}

	@Override
	public Reader create(Reader input) {
		return new FoldingCharFilter(input);
	}

	@Override
	public Reader normalize(Reader input) {
		return create(input);
	}

}
