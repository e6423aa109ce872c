package org.baoku.ingest.roles;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The role of each line of a page, as the committed model learned it from typeset pages of several engines
 * ({@code docs/reader-model.md}): headline, kicker, subtitle, byline, dateline, body, caption, credit, page
 * furniture, jump line, column label, brief, section heading, advert. The model is data
 * ({@code line-roles.json} beside this class); {@code -Dbaoku.reader.model=FILE} reads another one, as the
 * leave-one-engine-out measures do.
 */
public final class LineRoles {

	/** The system property naming a model file to read instead of the committed one. */
	public static final String MODEL_PROPERTY = "baoku.reader.model";

	/**
	 * The system property naming a scan model file to read instead of the committed {@code scan-roles.json}, or
	 * {@code none} to read scans without one.
	 */
	public static final String SCAN_MODEL_PROPERTY = "baoku.scan.model";

	private static final Object NO_MODEL = new Object();

	/** The model in force once read, or why it could not be. */
	private static final ReadOnce COMMITTED = new ReadOnce(
			() -> load(System.getProperty(MODEL_PROPERTY), "line-roles.json", "line-role model"));

	/** The scan model in force once read: a model, {@link #NO_MODEL}, or why it could not be read. */
	private static final ReadOnce COMMITTED_SCAN = new ReadOnce(() -> {
		String file = System.getProperty(SCAN_MODEL_PROPERTY);
		return "none".equals(file) ? NO_MODEL : load(file, "scan-roles.json", "scan line-role model");
	});

	private final BoostedTrees trees;

	/** What model this is ({@link #fingerprint(BoostedTrees)}), and the paper's rounds it carries after it. */
	private final String fingerprint;

	private LineRoles(BoostedTrees trees, String fingerprint) {
		this.trees = trees;
		this.fingerprint = fingerprint;
	}

	/** A line's likeliest role, how sure the model is of it, and the runner-up. */
	public record Guess(String role, double probability, String second, double secondProbability) {

		/** No guess: the line was not read by the model. */
		public static final Guess NONE = new Guess("", 0, "", 0);

		public boolean is(String name) {
			return role.equals(name);
		}

		@Override
		public String toString() {
			return String.format("%s %.2f (%s %.2f)", role, probability, second, secondProbability);
		}

	}

	/**
	 * The model in force: the file {@value #MODEL_PROPERTY} names, else the committed one.
	 * @throws IllegalStateException where it is missing or is not a model, saying which file and why
	 */
	public static LineRoles model() {
		return (LineRoles) COMMITTED.get();
	}

	/**
	 * The model for lines read by OCR off a scan (issue 79), trained on OCR lines of rendered typeset pages with what
	 * the image shows of each ({@code scan-roles.json} beside this class, or the file {@value #SCAN_MODEL_PROPERTY}
	 * names); empty for {@code none}.
	 * @throws IllegalStateException where it is missing or is not a model, saying which file and why
	 */
	public static Optional<LineRoles> scanModel() {
		Object model = COMMITTED_SCAN.get();
		return model == NO_MODEL ? Optional.empty() : Optional.of((LineRoles) model);
	}

	private static Object load(String file, String resource, String what) {
		String name = file == null || file.isBlank() ? "the committed " + resource : file;
		try (InputStream in = file == null || file.isBlank() ? LineRoles.class.getResourceAsStream(resource)
				: Files.newInputStream(Path.of(file))) {
			if (in == null) {
				return new IllegalStateException(resource + " is missing beside " + LineRoles.class.getName());
			}
			return read(in);
		}
		catch (IOException | RuntimeException e) {
			return new IllegalStateException("the " + what + " " + name + " cannot be read: " + e.getMessage(), e);
		}
	}

	/** A model from its JSON ({@link BoostedTrees#read}). */
	public static LineRoles read(InputStream in) throws IOException {
		BoostedTrees trees = BoostedTrees.read(in);
		return new LineRoles(trees, fingerprint(trees));
	}

	/**
	 * The first 16 hex digits of the SHA-256 of what the model answers with (features, roles, baseline, trees), not
	 * of its file: the same trees trained again, with another training time in the file's notes, are the same model.
	 */
	private static String fingerprint(BoostedTrees trees) {
		String answers = trees.features() + "\n" + trees.classes() + "\n" + java.util.Arrays.toString(trees.baseline())
				+ "\n" + BoostedTrees.json(trees.rounds());
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256").digest(answers.getBytes(StandardCharsets.UTF_8));
			return java.util.HexFormat.of().formatHex(hash).substring(0, 16);
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("every Java has SHA-256", e);
		}
	}

	/** Which model this is, to know a paper's rounds are fitted over it ({@link PaperRounds#base()}). */
	public String fingerprint() {
		return fingerprint;
	}

	/** The roles it gives, in its order. */
	public List<String> roles() {
		return trees.classes();
	}

	/**
	 * This model with a paper's own rounds after it; where they were fitted over another model (or there are none),
	 * this model alone.
	 */
	public LineRoles over(PaperRounds paper) {
		if (paper.isEmpty() || !paper.base().equals(fingerprint)) {
			return this;
		}
		List<BoostedTrees.Tree[]> rounds = new java.util.ArrayList<>(trees.rounds());
		rounds.addAll(paper.rounds());
		return new LineRoles(new BoostedTrees(trees.features(), trees.classes(), trees.baseline(), List.copyOf(rounds)),
				fingerprint + "+" + paper.rounds().size());
	}

	/**
	 * A paper's own rounds, fitted over this model on lines of its checked pages: each line's features and its
	 * role (one of {@link #roles()}).
	 */
	public PaperRounds fit(List<Map<String, Double>> lines, List<String> roles, TreeFitting.Settings settings) {
		double[][] x = new double[lines.size()][];
		int[] y = new int[lines.size()];
		double[] weight = new double[lines.size()];
		for (int i = 0; i < x.length; i++) {
			x[i] = vector(lines.get(i));
			y[i] = trees.classes().indexOf(roles.get(i));
			if (y[i] < 0) {
				throw new IllegalArgumentException("the line-role model gives no role " + roles.get(i));
			}
			weight[i] = 1;
		}
		BoostedTrees more = TreeFitting.more(trees, x, y, weight, settings);
		return new PaperRounds(fingerprint, more.rounds().subList(trees.rounds().size(), more.rounds().size()));
	}

	/** The features the model takes, by name, in its order. */
	public List<String> features() {
		return trees.features();
	}

	/** The guess for a line whose features are {@code features} (by name; each the model takes must be there). */
	public Guess guess(Map<String, Double> features) {
		double[] p = trees.probabilities(vector(features));
		int best = 0;
		int second = p.length > 1 ? 1 : 0;
		for (int k = 1; k < p.length; k++) {
			if (p[k] > p[best]) {
				second = best;
				best = k;
			}
			else if (k != best && (second == best || p[k] > p[second])) {
				second = k;
			}
		}
		List<String> roles = trees.classes();
		return new Guess(roles.get(best), p[best], roles.get(second), p[second]);
	}

	/** Every role's probability for a line whose features are {@code features}, by role. */
	public Map<String, Double> probabilities(Map<String, Double> features) {
		double[] p = trees.probabilities(vector(features));
		Map<String, Double> byRole = new java.util.LinkedHashMap<>();
		for (int k = 0; k < p.length; k++) {
			byRole.put(trees.classes().get(k), p[k]);
		}
		return byRole;
	}

	private double[] vector(Map<String, Double> features) {
		List<String> names = trees.features();
		double[] x = new double[names.size()];
		for (int i = 0; i < x.length; i++) {
			Double value = features.get(names.get(i));
			if (value == null) {
				throw new IllegalArgumentException("the line-role model takes " + names.get(i) + ", not given");
			}
			x[i] = value;
		}
		return x;
	}

}
