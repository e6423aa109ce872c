package org.baoku.ingest.roles;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * How likely an article read from a page PDF is wrong (its text, headline, dateline or authors not as printed), as
 * the committed model learned it from typeset pages each read with a line-role model that never saw their engine
 * ({@code docs/reader-model.md}, {@code tools/engines/train_doubt.py}): the reader's doubt about its own reading.
 * The model is data ({@code article-doubt.json} beside this class: boosted trees and the probability from which an
 * article is sent to review, 1 where no such probability could be trusted); {@code -Dbaoku.doubt.model=FILE} reads another one, {@code none} reads without one (as
 * its training data is read).
 */
public final class ArticleDoubt {

	/** The system property naming a model file to read instead of the committed one, or {@code none}. */
	public static final String MODEL_PROPERTY = "baoku.doubt.model";

	/** The system property naming a scan article-doubt model to read instead of the committed one, or {@code none}. */
	public static final String SCAN_MODEL_PROPERTY = "baoku.scan.doubt.model";

	/** The model in force once read (empty: none asked for), or why it could not be. */
	private static final ReadOnce COMMITTED = new ReadOnce(() -> load(MODEL_PROPERTY, "article-doubt.json"));

	/** The scan model in force once read (empty: none asked for), or why it could not be. */
	private static final ReadOnce COMMITTED_SCAN = new ReadOnce(() -> load(SCAN_MODEL_PROPERTY, "scan-doubt.json"));

	private final BoostedTrees trees;

	private final double threshold;

	private final int wrong;

	private ArticleDoubt(BoostedTrees trees, double threshold) {
		this.trees = trees;
		this.threshold = threshold;
		this.wrong = trees.classes().indexOf("wrong");
	}

	/**
	 * The model in force: the file {@value #MODEL_PROPERTY} names, else the committed one; empty for {@code none}.
	 * @throws IllegalStateException where it is missing or is not a model, saying which file and why
	 */
	public static Optional<ArticleDoubt> model() {
		return answer(COMMITTED.get());
	}

	/**
	 * The model for articles read off a scan (issue 79), trained on OCR'd scans of typeset pages with what OCR said
	 * of each article beside the signals a PDF's have: the file {@value #SCAN_MODEL_PROPERTY} names, else the
	 * committed {@code scan-doubt.json}; empty for {@code none}.
	 * @throws IllegalStateException where it is missing or is not a model, saying which file and why
	 */
	public static Optional<ArticleDoubt> scanModel() {
		return answer(COMMITTED_SCAN.get());
	}

	private static Optional<ArticleDoubt> answer(Object model) {
		@SuppressWarnings("unchecked")
		Optional<ArticleDoubt> read = (Optional<ArticleDoubt>) model;
		return read;
	}

	private static Object load(String property, String resource) {
		String file = System.getProperty(property);
		if ("none".equals(file)) {
			return Optional.empty();
		}
		String name = file == null || file.isBlank() ? "the committed " + resource : file;
		try (InputStream in = file == null || file.isBlank() ? ArticleDoubt.class.getResourceAsStream(resource)
				: Files.newInputStream(Path.of(file))) {
			if (in == null) {
				return new IllegalStateException(resource + " is missing beside " + ArticleDoubt.class.getName());
			}
			return Optional.of(read(in));
		}
		catch (IOException | RuntimeException e) {
			return new IllegalStateException("the article-doubt model " + name + " cannot be read: " + e.getMessage(), e);
		}
	}

	/** A model from its JSON: trees ({@link BoostedTrees#read}) of the classes right and wrong, and a threshold. */
	public static ArticleDoubt read(InputStream in) throws IOException {
		JsonNode root = new ObjectMapper().readTree(in);
		BoostedTrees trees = BoostedTrees.of(root);
		if (!trees.classes().equals(List.of("right", "wrong"))) {
			throw new IOException("not an article-doubt model: its classes are " + trees.classes() + ", not [right, wrong]");
		}
		JsonNode threshold = root.path("threshold");
		if (!threshold.isNumber() || threshold.asDouble() <= 0 || threshold.asDouble() > 1) {
			throw new IOException("no \"threshold\" above 0 and at most 1");
		}
		return new ArticleDoubt(trees, threshold.asDouble());
	}

	/** The features it takes, by name. */
	public List<String> features() {
		return trees.features();
	}

	/** From this probability of being wrong on, an article goes to review; 1: the model sends none alone. */
	public double threshold() {
		return threshold;
	}

	/** Whether the model sends any article to review by itself (its training found a threshold it can be trusted from). */
	public boolean doubtsAlone() {
		return threshold < 1;
	}

	/** Whether an article the model gives this chance of being wrong goes to review for it. */
	public boolean doubts(double wrong) {
		return doubtsAlone() && wrong >= threshold;
	}

	/** The probability that an article whose features are {@code features} (by name, each it takes) is wrong. */
	public double wrong(Map<String, Double> features) {
		List<String> names = trees.features();
		double[] x = new double[names.size()];
		for (int i = 0; i < x.length; i++) {
			Double value = features.get(names.get(i));
			if (value == null) {
				throw new IllegalArgumentException("the article-doubt model takes " + names.get(i) + ", not given");
			}
			x[i] = value;
		}
		return trees.probabilities(x)[wrong];
	}

}
