package org.baoku.search;

import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.util.FileSystemUtils;

import org.baoku.config.BaokuProperties;

/** The search contract on the embedded Lucene index, in a temp folder. */
class EmbeddedSearchContractTests extends SearchContract {

	private Path dir;

	private ArticleIndex index;

	@Override
	protected SearchEngine open() throws Exception {
		dir = Files.createTempDirectory("baoku-contract");
		index = new ArticleIndex(new BaokuProperties(dir, dir, false, ""));
		return new EmbeddedSearchEngine(index, new ArticleSearcher(index), new RelatedArticles(index));
	}

	@Override
	protected void close() throws Exception {
		index.close();
		FileSystemUtils.deleteRecursively(dir);
	}

}
